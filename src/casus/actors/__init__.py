"""The actor dictionary: countries (names, demonyms, capitals) and sector words."""

from casus.actors.countries import CountryMention, country_index
from casus.actors.sectors import Sector, sector_of

__all__ = ["CountryMention", "Sector", "country_index", "sector_of"]
