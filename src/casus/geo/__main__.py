"""``python -m casus.geo [--if-missing]``: build the gazetteer index (see ``casus.geo.gazetteer``).

An entry point of the package rather than ``python -m casus.geo.gazetteer``, which runpy warns
about because the package imports that module first.
"""

import sys

from casus.geo.gazetteer import main

sys.exit(main())
