"""casus: evidence-backed event records from news and official statements."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1"
