"""cchc: find, extract, search and export Vietnamese administrative-reform inspections."""

__version__ = "0.1.0"
