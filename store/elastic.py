"""The Elasticsearch store: `ElasticStore("https://HOST:9200?index=cchc-articles")`.

Reads and writes go through the alias (see store/elastic_index.py); opening a writable store
on a cluster without it runs `cchc index create` implicitly. Auth and TLS come from CCHC_ES_*
environment variables; `client_options` (or the class attribute of the same name) are passed to
`elasticsearch.Elasticsearch` as is, e.g. a `node_class` for a test server.
Upserts stream through `helpers.streaming_bulk`; every document the cluster rejects is named
in `UpsertReport.errors`. `iter_articles` pages with a point in time (scroll if the cluster has
no PIT API), so an export never holds more than one page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any, ClassVar

from elasticsearch import ApiError, BadRequestError, Elasticsearch, TransportError, helpers

from cchc.record import Article
from store.base import (
    FacetValue,
    QueryError,
    SearchHit,
    SearchQuery,
    SearchResult,
    Store,
    StoreError,
    UpsertReport,
    article_id,
)
from store.elastic_docs import from_source, to_document
from store.elastic_index import client_from_env, create_index, current_index, parse_uri
from store.elastic_query import build_query, facet_counts, search_body, sort_clause
from store.sqlite_highlight import snippet
from store.sqlite_rows import normalize_article

BULK_CHUNK = 500
BULK_RETRIES = 5
SCAN_PAGE = 500
KEEP_ALIVE = "2m"


class ElasticStore(Store):
    client_options: ClassVar[dict[str, Any]] = {}

    def __init__(
        self, uri: str, read_only: bool = False, client_options: dict[str, Any] | None = None
    ) -> None:
        self.uri = uri
        self.read_only = read_only
        node_url, self.alias = parse_uri(uri)
        self.client: Elasticsearch = client_from_env(
            node_url, **(self.client_options | (client_options or {}))
        )
        with self._errors():
            if read_only:
                if current_index(self.client, self.alias) is None:
                    raise StoreError(f"no index {self.alias!r} at {node_url}: run `cchc index create`")
            else:
                create_index(self.client, self.alias)

    @contextmanager
    def _errors(self, *, searching: bool = False) -> Iterator[None]:
        """A rejected search is the user's to fix; an unreachable or failing cluster is the store's."""
        try:
            yield
        except BadRequestError as exc:
            if not searching:
                raise StoreError(f"Elasticsearch store {self.uri}: {exc}") from exc
            raise QueryError(f"Truy vấn không hợp lệ / Invalid query: {exc.message}") from exc
        except (ApiError, TransportError) as exc:
            raise StoreError(f"Elasticsearch store {self.uri}: {exc}") from exc

    def close(self) -> None:
        self.client.close()

    def upsert(self, articles: Iterable[Article]) -> UpsertReport:
        if self.read_only:
            raise StoreError(f"{self.uri} is open read-only")
        report = UpsertReport()
        planned: dict[str, tuple[str, str]] = {}  # id → (key, outcome) of documents sent
        known: dict[str, tuple[str, str]] = {}  # id → (key, content_hash) written in this call

        def actions() -> Iterator[dict[str, Any]]:
            for batch in _batches(articles, BULK_CHUNK):
                documents = []
                for article in batch:
                    try:
                        documents.append(to_document(normalize_article(article)))
                    except ValueError as exc:
                        report.errors.append(
                            f"{article.canonical_url or article.url or article.source!r}: {exc}"
                        )
                stored = self._stored_hashes([doc["id"] for doc in documents]) | known
                for doc in documents:
                    key, previous = doc["key"], stored.get(doc["id"])
                    if previous is not None and previous[0] != key:
                        report.errors.append(f"{key!r}: article id {doc['id']} is taken by {previous[0]!r}")
                    elif previous is not None and previous[1] == doc["content_hash"]:
                        report.unchanged += 1
                    else:
                        planned[doc["id"]] = (key, "updated" if previous else "inserted")
                        known[doc["id"]] = (key, doc["content_hash"])
                        yield {"_op_type": "index", "_index": self.alias, "_id": doc["id"], "_source": doc}

        with self._errors():
            for ok, item in helpers.streaming_bulk(
                self.client,
                actions(),
                chunk_size=BULK_CHUNK,
                max_retries=BULK_RETRIES,
                raise_on_error=False,
            ):
                result = item["index"]
                key, outcome = planned.pop(result["_id"])
                if ok:
                    setattr(report, outcome, getattr(report, outcome) + 1)
                else:
                    known.pop(result["_id"], None)
                    error = result.get("error")
                    reason = error.get("reason", error) if isinstance(error, dict) else error
                    report.errors.append(
                        f"{key!r}: Elasticsearch rejected it ({result.get('status')}): {reason}"
                    )
            self.client.indices.refresh(index=self.alias)
        return report

    def _stored_hashes(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        if not ids:
            return {}
        docs = self.client.mget(index=self.alias, ids=ids, source_includes=["key", "content_hash"])["docs"]
        return {d["_id"]: (d["_source"]["key"], d["_source"]["content_hash"]) for d in docs if d.get("found")}

    def get(self, article_id_or_url: str) -> Article | None:
        with self._errors():
            ids = [article_id_or_url, article_id(article_id_or_url)]
            docs = self.client.mget(index=self.alias, ids=ids)["docs"]
        return next((from_source(d["_source"]) for d in docs if d.get("found")), None)

    def count(self) -> int:
        with self._errors():
            return self.client.count(index=self.alias)["count"]

    def search(self, query: SearchQuery) -> SearchResult:
        body, _ = search_body(query)
        with self._errors(searching=True):
            response = self.client.search(index=self.alias, body=body)
        aggregations = response.get("aggregations", {})
        return SearchResult(
            total=response["hits"]["total"]["value"],
            hits=[_hit(hit) for hit in response["hits"]["hits"]],
            facets={
                name: [FacetValue(value=v, count=n) for v, n in facet_counts(name, aggregations[name])]
                for name in query.facets
            },
        )

    def iter_articles(self, query: SearchQuery | None = None) -> Iterator[Article]:
        query = query or SearchQuery()
        clause, parsed = build_query(query)
        body = {"query": clause, "sort": sort_clause(query, parsed is not None and bool(parsed.groups))}
        with self._errors():
            try:
                pit = self.client.open_point_in_time(index=self.alias, keep_alive=KEEP_ALIVE)["id"]
            except ApiError as exc:  # no PIT API (e.g. OpenSearch-compatible servers): scroll instead
                if exc.status_code not in (400, 404, 405):
                    raise
                pit = None
        if pit is None:
            hits: Iterable[dict[str, Any]] = helpers.scan(
                self.client,
                index=self.alias,
                query=body,
                size=SCAN_PAGE,
                preserve_order=True,
                scroll=KEEP_ALIVE,
            )
        else:
            hits = self._pit_pages(pit, body)
        with self._errors():
            for hit in hits:
                yield from_source(hit["_source"])

    def _pit_pages(self, pit: str, body: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Every hit of `body` in a point-in-time view, page by page with search_after."""
        search_after = None
        try:
            while True:
                page_body = body | {"size": SCAN_PAGE, "pit": {"id": pit, "keep_alive": KEEP_ALIVE}}
                if search_after is not None:
                    page_body["search_after"] = search_after
                response = self.client.search(body=page_body)
                pit = response.get("pit_id", pit)
                hits = response["hits"]["hits"]
                yield from hits
                if len(hits) < SCAN_PAGE:
                    return
                search_after = hits[-1]["sort"]
        finally:
            self.client.close_point_in_time(id=pit)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _hit(hit: dict[str, Any]) -> SearchHit:
    source, highlight = hit["_source"], hit.get("highlight", {})
    title_marks = highlight.get("title.folded") or highlight.get("title")
    body_marks = highlight.get("body.folded") or highlight.get("body")
    return SearchHit(
        id=hit["_id"],
        url=source.get("canonical_url") or source.get("url"),
        title=source.get("title"),
        published_date=source.get("published_date"),
        portal=source.get("portal"),
        province=source.get("province"),
        kind=source.get("kind"),
        is_inspection_article=source.get("is_inspection") == "true",
        title_html=title_marks[0] if title_marks else source.get("title"),
        snippet_html=" ".join(body_marks[0].split())
        if body_marks
        else snippet(source.get("body") or "", None, False, longest=1),
        score=hit.get("_score"),
        sort_key=hit.get("sort"),
    )
