"""Benchmarks that print figures: extraction, indexing, search, web, export and crawl.

`python -m bench --quick` runs all of them at small sizes, `python -m bench` at full sizes,
`--only extraction,search` selects some. Each prints a table and writes `bench/results/<name>.json`.
They never assert on timings: the numbers are for the README and for comparing runs.
"""
