"""The interface every store backend implements (SQLite embedded, Elasticsearch).

The web app, the command line and the crawl pipeline only talk to `Store`, so a
backend can be swapped with `--store URI` and nothing else changes. The contract
tests in `tests/store_contract/` run the same assertions against every backend.

Highlights: `SearchHit.title_html`/`snippet_html` are NOT HTML. They are plain text
in which matched passages are wrapped in HIGHLIGHT_START / HIGHLIGHT_END (private-use
characters); renderers escape the text first and then turn the markers into <mark>.
"""

from __future__ import annotations

import hashlib
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from cchc.record import Article

HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"

# Facet name -> what it groups by. Every backend supports all of them.
FACETS: dict[str, str] = {
    "province": "province of the article",
    "district": "district of an inspected unit",
    "inspecting_level": "level of the inspecting body",
    "kind": "visit / plan / results / other",
    "year": "year of publication",
    "month": "YYYY-MM of publication",
    "leader": "team leader name",
    "unit_type": "type word of an inspected unit (xã, huyện, phòng...)",
    "portal": "portal (source id or host)",
    "is_inspection": "true/false",
}

MAX_PER_PAGE = 200
MAX_QUERY_LENGTH = 500


def article_key(article: Article) -> str:
    """The identity of an article in every store: its canonical URL, else its URL, else its source."""
    key = article.canonical_url or article.url or article.source
    if not key:
        raise ValueError("article has no canonical_url, url or source to identify it")
    return key


def article_id(key: str) -> str:
    """Short stable id of an article key (`SearchHit.id`), the same in every backend so links survive."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def text_hash(article: Article) -> str:
    """Hash of what a reader sees (NFC title and body): equal for exact copies under other URLs,
    different when a portal edits the text, the same when only the fetch time or page chrome changed."""
    text = unicodedata.normalize("NFC", f"{article.title or ''}\n{article.body}")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(article: Article, record: str | None = None) -> str:
    """Hash of the whole record: equal when a re-crawl or re-extraction changed nothing.

    `record`, the article's JSON without `fetch` (`model_dump_json(exclude={"fetch"})`), spares a writer
    that already has it from serialising every field again (20 us of 0.7 ms per article into SQLite)."""
    whole = article.model_dump_json() if record is None else _with_fetch(record, article)
    return hashlib.sha256(whole.encode("utf-8")).hexdigest()


def _with_fetch(record: str, article: Article) -> str:
    """The article's whole JSON, byte for byte, from its JSON without `fetch`: `fetch` goes back before
    `error`, the last field. No string value can hold `,"error":`, since JSON escapes its quotes."""
    fetch = article.fetch.model_dump_json() if article.fetch is not None else "null"
    cut = record.rindex(',"error":')
    return f'{record[:cut]},"fetch":{fetch}{record[cut:]}'


def article_fields(article: Article, record: str | None = None) -> dict[str, Any]:
    """The article-level fields every backend stores and filters on (each adds its own representations);
    `record` as for `content_hash`."""
    key = article_key(article)
    return {
        "id": article_id(key),
        "key": key,
        "canonical_url": article.canonical_url,
        "url": article.url,
        "source": article.source,
        "portal": article.portal,
        "title": article.title,
        "published_date": article.published_date,
        "author": article.author,
        "body": article.body,
        "kind": article.kind,
        "province": article.province,
        "province_code": article.province_code,
        "inspecting_level": article.inspecting_level,
        "inspecting_body": article.inspecting_body,
        "extractor_version": article.extractor_version,
        "error": article.error,
        "content_hash": content_hash(article, record),
        "stored_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


class StoreError(RuntimeError):
    """A store cannot be opened or written; the message says why, for the user."""


class QueryError(ValueError):
    """A malformed search query; the message is shown to the user as is."""


class SearchQuery(BaseModel):
    q: str = ""
    exact: bool = False
    filters: dict[str, list[str]] = Field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    sort: Literal["relevance", "date", "date_asc"] = "relevance"
    page: int = Field(default=1, ge=1)
    per_page: int = Field(default=20, ge=1, le=MAX_PER_PAGE)
    facets: list[str] = Field(default_factory=list)
    search_after: list | None = None


class SearchHit(BaseModel):
    id: str
    url: str | None
    title: str | None
    published_date: str | None
    portal: str | None
    province: str | None = None
    kind: str | None = None
    is_inspection_article: bool = False
    title_html: str | None = None
    snippet_html: str = ""
    score: float | None = None
    sort_key: list | None = None


class FacetValue(BaseModel):
    value: str
    count: int


class SearchResult(BaseModel):
    total: int
    # True when `total` is an estimate: a backend may extrapolate it from a sample of the matches
    # rather than count every match of a broad search over a very large store; the UI shows "≈".
    total_approximate: bool = False
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]] = Field(default_factory=dict)
    # True when the counts were estimated from a sample of the matches (a backend may do that for
    # searches matching most of a very large store); the UI shows them as "≈".
    facets_approximate: bool = False


class UpsertReport(BaseModel):
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = Field(default_factory=list)


class ArticleVersion(BaseModel):
    """One distinct text of an article as it was stored (`Store.versions`, oldest first)."""

    canonical_url: str
    content_hash: str
    fetched_at: datetime | None
    record: Article


class HttpValidators(BaseModel):
    """What a server said identifies its copy of a page, sent back on the next crawl (conditional GET)."""

    etag: str | None = None
    last_modified: str | None = None


class Store(ABC):
    """A place that keeps articles with their facts and answers searches over them."""

    uri: str

    @abstractmethod
    def upsert(self, articles: Iterable[Article]) -> UpsertReport:
        """Insert or update by canonical URL; never duplicates a URL."""

    @abstractmethod
    def get(self, article_id: str) -> Article | None:
        """One article by its id (as in `SearchHit.id`) or by its canonical URL."""

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResult:
        """Full-text search with filters, facets and highlights; raises QueryError on bad input."""

    @abstractmethod
    def iter_articles(self, query: SearchQuery | None = None) -> Iterator[Article]:
        """Every matching article, streamed (exports never hold all rows in memory)."""

    @abstractmethod
    def count(self) -> int: ...

    def iter_fact_rows(self, table: str, query: SearchQuery | None = None) -> Iterator[dict[str, Any]]:
        """One row per fact (`store.export.FACT_TABLES[table]`) of every matching article, streamed.

        The default flattens `iter_articles`, so every backend has fact tables; a backend that keeps
        the facts in tables of their own may answer from them instead, with the same rows.
        """
        from store.export import fact_rows  # store.export builds on this module

        return fact_rows(self.iter_articles(query), table)

    # Crawl support. The defaults keep a backend working without history, clusters or validators.

    def versions(self, article_id: str) -> list[ArticleVersion]:
        """Every distinct text the article had, oldest first (default: only the current one)."""
        article = self.get(article_id)
        if article is None:
            return []
        fetched = article.fetch.fetched_at if article.fetch else None
        url = article_key(article)
        return [
            ArticleVersion(
                canonical_url=url, content_hash=text_hash(article), fetched_at=fetched, record=article
            )
        ]

    def cluster(self, article_id: str) -> list[str]:
        """Ids of the articles telling the same story as this one (itself included), near-duplicates too."""
        return [article_id] if self.get(article_id) is not None else []

    def text_duplicate_of(self, article: Article) -> str | None:
        """Id of another article of the same portal with exactly this title and body (default: unknown)."""
        return None

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """The canonical URLs among `urls` that are stored articles."""
        return {url for url in urls if self.get(url) is not None}

    def http_validators(self, url: str) -> HttpValidators | None:
        """ETag / Last-Modified last seen for this canonical URL (default: none, so full GETs)."""
        return None

    def save_http_validators(self, validators: dict[str, HttpValidators]) -> None:  # noqa: B027 - optional
        """Remember ETag / Last-Modified per canonical URL (default: forget them)."""

    def data_version(self) -> int | None:
        """A number that changes whenever stored articles may have changed, so a reader may cache
        answers under it (the web app does); None (the default): the backend cannot tell cheaply."""
        return None

    def optimize(self) -> None:  # noqa: B027 - optional hook
        """Compact the search index so that searches read fewer pieces (default: the backend's own merging)."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
