"""The actor dictionary: countries (names, demonyms, capitals) and sector words."""

from casus.actors.countries import CountryMention, country_index, identified_state
from casus.actors.sectors import ARMED_SIDES, STATE_FORCES, Sector, named_army, sector_of

__all__ = ["ARMED_SIDES", "STATE_FORCES", "CountryMention", "Sector", "country_index", "identified_state", "named_army",
           "sector_of"]
