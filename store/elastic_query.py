"""A SearchQuery as an Elasticsearch request body: bool query, filters, facets, sort, highlight.

The user's text is parsed by the same parser as the SQLite backend (store.sqlite_query), so
both backends accept and reject the same queries; each term becomes a `multi_match` phrase (or
phrase_prefix) over the title and body, never `query_string`, so no input reaches Elasticsearch
as syntax. Unless `exact`, terms are folded and searched in the `.folded` subfields
(lowercase + asciifolding, đ→d); exact mode searches the NFC fields (lowercase only).
Ranking adds a `best_fields` multi_match over exact and folded fields plus a phrase boost.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from store.base import FACETS, HIGHLIGHT_END, HIGHLIGHT_START, QueryError, SearchQuery
from store.sqlite_query import ParsedQuery, Term, parse_query

FACET_LIMIT = 100
MAX_RESULT_WINDOW = 10_000  # index.max_result_window: deeper pages need search_after
TITLE_BOOST = 10
PHRASE_BOOST = 3
SNIPPET_CHARS = 220
EXACT_FIELDS = (f"title^{TITLE_BOOST}", "body")
FOLDED_FIELDS = (f"title.folded^{TITLE_BOOST}", "body.folded")
# Facet → (nested path or None, keyword field).
FACET_FIELDS: dict[str, tuple[str | None, str]] = {
    "province": (None, "province"),
    "district": ("units", "units.district"),
    "inspecting_level": (None, "inspecting_level"),
    "kind": (None, "kind"),
    "year": (None, "year"),
    "month": (None, "month"),
    "leader": ("leaders", "leaders.name"),
    "unit_type": ("units", "units.type"),
    "portal": (None, "portal"),
    "is_inspection": (None, "is_inspection"),
}
assert set(FACET_FIELDS) == set(FACETS)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _term_clause(term: Term, fields: tuple[str, ...]) -> dict[str, Any]:
    return {
        "multi_match": {
            "query": " ".join(term.words),
            "type": "phrase_prefix" if term.prefix else "phrase",
            "fields": list(fields),
        }
    }


def _any_of(clauses: list[dict[str, Any]]) -> dict[str, Any]:
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses, "minimum_should_match": 1}}


def _ranking(parsed: ParsedQuery, text: str) -> list[dict[str, Any]]:
    """Optional clauses that only order the matches: words anywhere, the whole phrase boosted."""
    fields = list(EXACT_FIELDS if parsed.exact else EXACT_FIELDS + FOLDED_FIELDS)
    words = " ".join(w for group in parsed.groups for term in group for w in term.words)
    exact = parsed if parsed.exact else parse_query(text, exact=True)
    exact_words = " ".join(w for group in exact.groups for term in group for w in term.words) if exact else ""
    clauses = [
        {"multi_match": {"query": words, "fields": fields, "type": "best_fields"}},
        {"multi_match": {"query": words, "fields": fields, "type": "phrase", "boost": PHRASE_BOOST}},
    ]
    if exact_words and exact_words != words:
        clauses.append(
            {"multi_match": {"query": exact_words, "fields": list(EXACT_FIELDS), "type": "phrase"}}
        )
    return clauses


def _filter_clause(name: str, values: list[str]) -> dict[str, Any]:
    if name not in FACET_FIELDS:
        raise QueryError(f"Không có bộ lọc {name!r} / Unknown filter {name!r}: use {', '.join(FACETS)}")
    path, field = FACET_FIELDS[name]
    terms = {"terms": {field: values}}
    return {"nested": {"path": path, "query": terms}} if path else terms


def _bound(name: str, value: str, *, upper: bool) -> str:
    """A day, month or year as its first day, or (upper) the first day after it."""
    match = _DATE.match(value)
    try:
        if match is None:
            raise ValueError(value)
        year, month, day = (int(part) if part else None for part in match.groups())
        first = date(year, month or 1, day or 1)
    except ValueError:
        raise QueryError(
            f"Ngày không hợp lệ {name}={value!r}, cần YYYY-MM-DD / Invalid date, use YYYY-MM-DD"
        ) from None
    if not upper:
        return first.isoformat()
    if day is not None:
        return date.fromordinal(first.toordinal() + 1).isoformat()
    if month is not None:
        return date(year + month // 12, month % 12 + 1, 1).isoformat()
    return date(year + 1, 1, 1).isoformat()


def build_query(query: SearchQuery) -> tuple[dict[str, Any], ParsedQuery | None]:
    """The `query` clause for the matching articles (and the parsed text, for highlights)."""
    parsed = parse_query(query.q, exact=query.exact)
    must: list[dict[str, Any]] = []
    must_not: list[dict[str, Any]] = []
    should: list[dict[str, Any]] = []
    filters: list[dict[str, Any]] = []
    for name, values in query.filters.items():
        clause = _filter_clause(name, values)  # an unknown name is an error even without values
        if values:
            filters.append(clause)
    if parsed is not None:
        fields = EXACT_FIELDS if parsed.exact else FOLDED_FIELDS
        must = [_any_of([_term_clause(term, fields) for term in group]) for group in parsed.groups]
        must_not = [_term_clause(term, fields) for term in parsed.excluded]
        if parsed.groups:
            should = _ranking(parsed, query.q)
    date_range: dict[str, str] = {}
    if query.date_from:
        date_range["gte"] = _bound("date_from", query.date_from, upper=False)
    if query.date_to:
        date_range["lt"] = _bound("date_to", query.date_to, upper=True)
    if date_range:
        filters.append({"range": {"published_date": date_range}})
    bool_query = {
        "must": must or [{"match_all": {}}],
        "must_not": must_not,
        "should": should,
        "filter": filters,
    }
    return {"bool": bool_query}, parsed


def sort_clause(query: SearchQuery, has_text: bool) -> list[dict[str, Any] | str]:
    """Newest first unless relevance applies; `id` breaks ties so search_after is stable."""
    if query.sort == "date_asc":
        return [{"published_date": {"order": "asc", "missing": "_last"}}, {"id": "asc"}]
    by_date: list[dict[str, Any] | str] = [
        {"published_date": {"order": "desc", "missing": "_last"}},
        {"id": "desc"},
    ]
    return ["_score", *by_date] if query.sort == "relevance" and has_text else by_date


def highlight_clause(parsed: ParsedQuery) -> dict[str, Any]:
    title, body = ("title", "body") if parsed.exact else ("title.folded", "body.folded")
    return {
        "pre_tags": [HIGHLIGHT_START],
        "post_tags": [HIGHLIGHT_END],
        "fields": {
            title: {"number_of_fragments": 0},
            body: {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1},
        },
    }


def facet_aggs(names: list[str]) -> dict[str, Any]:
    aggs: dict[str, Any] = {}
    for name in names:
        if name not in FACET_FIELDS:
            raise QueryError(
                f"Không có nhóm {name!r} / Unknown facet {name!r}: use one of {', '.join(FACETS)}"
            )
        path, field = FACET_FIELDS[name]
        terms = {"terms": {"field": field, "size": FACET_LIMIT}}
        if path:
            terms["aggs"] = {"articles": {"reverse_nested": {}}}
            aggs[name] = {"nested": {"path": path}, "aggs": {"values": terms}}
        else:
            aggs[name] = terms
    return aggs


def facet_counts(name: str, agg: dict[str, Any]) -> list[tuple[str, int]]:
    """(value, number of articles) of one facet, most frequent first (nested: articles, not facts)."""
    if FACET_FIELDS[name][0]:
        counts = [
            (b.get("key_as_string", b["key"]), b["articles"]["doc_count"]) for b in agg["values"]["buckets"]
        ]
    else:
        counts = [(b.get("key_as_string", b["key"]), b["doc_count"]) for b in agg["buckets"]]
    return sorted(((str(value), n) for value, n in counts), key=lambda item: (-item[1], item[0]))


def search_body(query: SearchQuery) -> tuple[dict[str, Any], ParsedQuery | None]:
    """The whole `_search` body for one page of `query`."""
    clause, parsed = build_query(query)
    has_text = parsed is not None and bool(parsed.groups)
    body: dict[str, Any] = {
        "query": clause,
        "size": query.per_page,
        "sort": sort_clause(query, has_text),
        "track_total_hits": True,
        "_source": {"excludes": ["record"]},
    }
    if query.search_after is not None:
        body["search_after"] = query.search_after
    else:
        start = (query.page - 1) * query.per_page
        if start + query.per_page > MAX_RESULT_WINDOW:
            raise QueryError(
                f"Trang quá sâu / Page too deep: only the first {MAX_RESULT_WINDOW} results can be paged; "
                "use search_after (sort_key of the last hit) to go further"
            )
        body["from"] = start
    if has_text:
        body["highlight"] = highlight_clause(parsed)
    if query.facets:
        body["aggs"] = facet_aggs(query.facets)
    return body, parsed
