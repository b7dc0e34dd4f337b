"""Preloaded by the fork server of the crawl's extraction workers (`cchc.ingest.ExtractorPool`).

Importing this module builds the extractor in the fork server, so every worker forked from it shares
the NLP pipeline and gazetteer copy-on-write instead of building its own: after 1,000 pages a forked
worker had written 20 MiB of the 190 MiB it inherited.
"""

from cchc.page_records import warm_up

warm_up()
