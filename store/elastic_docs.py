"""Article ↔ Elasticsearch document.

The document has searchable/filterable fields (see the mapping in
index_config/elasticsearch/cchc-articles.json) plus `record`: the whole Article as JSON, not
indexed (`enabled: false`), from which `get` and exports rebuild the Article exactly as upserted.
`content_hash` lets an upsert tell unchanged articles from updated ones without rewriting them.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from cchc.record import Article
from store.base import article_id, article_key


def content_hash(article: Article) -> str:
    return hashlib.sha256(article.model_dump_json().encode("utf-8")).hexdigest()


def to_document(article: Article) -> dict[str, Any]:
    """The document of one (NFC) article; `_id` is `document["id"]`."""
    key = article_key(article)
    date = article.published_date
    return {
        "id": article_id(key),
        "key": key,
        "canonical_url": article.canonical_url,
        "url": article.url,
        "source": article.source,
        "portal": article.portal,
        "title": article.title,
        "body": article.body,
        "published_date": date,
        "year": date[:4] if date else None,
        "month": date[:7] if date else None,
        "author": article.author,
        "is_inspection": "true" if article.is_inspection_article else "false",
        "kind": article.kind,
        "province": article.province,
        "province_code": article.province_code,
        "inspecting_level": article.inspecting_level,
        "inspecting_body": article.inspecting_body,
        "inspection_dates": article.inspection_dates,
        "leaders": [leader.model_dump(exclude={"evidence"}) for leader in article.team_leaders],
        "units": [unit.model_dump(exclude={"evidence"}) for unit in article.inspected_units],
        "metrics": [metric.model_dump(exclude={"evidence"}) for metric in article.metrics],
        "extractor_version": article.extractor_version,
        "error": article.error,
        "content_hash": content_hash(article),
        "stored_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "record": article.model_dump(mode="json"),
    }


def from_source(source: dict[str, Any]) -> Article:
    return Article.model_validate(source["record"])
