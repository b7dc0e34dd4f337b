"""The crawler's item is `cchc.record.FetchedPage` itself.

itemadapter (>= 0.9) adapts pydantic models natively (`ItemAdapter.is_item(FetchedPage(...))`
is true), so pipelines and feed exports take it as is: no Scrapy `Item` mirror to keep in sync.
"""

from cchc.record import FetchedPage

__all__ = ["FetchedPage"]
