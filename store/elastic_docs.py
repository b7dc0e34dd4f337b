"""Article ↔ Elasticsearch document.

The document has searchable/filterable fields (see the mapping in
index_config/elasticsearch/cchc-articles.json) plus `record`: the whole Article as JSON, not
indexed (`enabled: false`), from which `get` and exports rebuild the Article exactly as upserted.
`content_hash` lets an upsert tell unchanged articles from updated ones without rewriting them.
"""

from __future__ import annotations

from typing import Any

from cchc.record import Article
from store.base import article_fields


def to_document(article: Article) -> dict[str, Any]:
    """The document of one (NFC) article; `_id` is `document["id"]`."""
    date = article.published_date
    return article_fields(article) | {
        "year": date[:4] if date else None,
        "month": date[:7] if date else None,
        "is_inspection": "true" if article.is_inspection_article else "false",
        "inspection_dates": article.inspection_dates,
        "leaders": [leader.model_dump(exclude={"evidence"}) for leader in article.team_leaders],
        "units": [unit.model_dump(exclude={"evidence"}) for unit in article.inspected_units],
        "metrics": [metric.model_dump(exclude={"evidence"}) for metric in article.metrics],
        "record": article.model_dump(mode="json"),
    }


def from_source(source: dict[str, Any]) -> Article:
    return Article.model_validate(source["record"])
