"""The SQLite store's bounded search plans give the same pages as a full evaluation, and estimates
close to the truth, flagged as estimates.

The limits are lowered so a store of a few hundred articles takes every path a store of a million
takes; the reference is the same store searched with the limits as shipped (every match counted).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest

import store.sqlite_facets as facet_counts
import store.sqlite_search as plans
from bench.corpus import generate
from cchc.vntext import fold
from store.base import FACETS, SearchQuery, SearchResult
from store.sqlite import SQLiteStore

BROAD = SearchQuery(q="kiem tra", per_page=15)
FILTERED = SearchQuery(q="", filters={"kind": ["visit", "results"]}, per_page=15)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    records = [s.record for s in generate(400, seed=11, html=False)]
    # Every 9th article undated, so date-sorted pages must also walk the undated tail.
    records = [
        r.model_copy(update={"published_date": None}) if i % 9 == 0 else r for i, r in enumerate(records)
    ]
    path = tmp_path_factory.mktemp("plans") / "plans.sqlite"
    with SQLiteStore(f"sqlite:///{path}") as opened:
        opened.upsert(records)
        yield opened


def exact(store: SQLiteStore, query: SearchQuery) -> SearchResult:
    result = store.search(query)
    assert not result.total_approximate and not result.facets_approximate
    return result


def ids(result: SearchResult) -> list[str]:
    return [hit.id for hit in result.hits]


@pytest.mark.parametrize("query", [BROAD, FILTERED, SearchQuery(q="xã -thiên", date_from="2020-01-01")])
@pytest.mark.parametrize("sort", ["date", "date_asc"])
def test_date_sorted_pages_of_a_broad_search_are_the_exact_pages(
    store: SQLiteStore, query: SearchQuery, sort: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = range(1, 40)
    truth = [ids(exact(store, query.model_copy(update={"sort": sort, "page": page}))) for page in pages]
    assert sum(map(len, truth)) > 100
    monkeypatch.setattr(plans, "COUNT_LIMIT", 40)
    for page, expected in zip(pages, truth, strict=True):
        result = store.search(query.model_copy(update={"sort": sort, "page": page}))
        assert result.total_approximate
        assert ids(result) == expected, f"page {page}"


@pytest.mark.parametrize("query", [BROAD, FILTERED])
@pytest.mark.usefixtures("small_search_limits")
def test_broad_search_estimates_its_total_and_facets_and_says_so(
    store: SQLiteStore, query: SearchQuery
) -> None:
    matching = list(store.iter_articles(query))
    truth = Counter(a.kind for a in matching)
    result = store.search(query.model_copy(update={"facets": list(FACETS)}))
    assert result.total_approximate and result.facets_approximate
    assert result.total > plans.COUNT_LIMIT
    assert abs(result.total - len(matching)) <= 0.25 * len(matching)
    estimated = {v.value: v.count for v in result.facets["kind"]}
    assert set(estimated) <= set(truth)
    assert sum(estimated.values()) == pytest.approx(len(matching), rel=0.3)


@pytest.mark.usefixtures("small_search_limits")
def test_broad_relevance_search_ranks_its_newest_matches(store: SQLiteStore) -> None:
    matching = {a.canonical_url or a.url for a in store.iter_articles(BROAD)}
    result = store.search(BROAD.model_copy(update={"per_page": 100}))
    assert result.total_approximate
    ranked = plans.COUNT_LIMIT + 1
    scores = [hit.score for hit in result.hits]
    assert None not in scores[:ranked] and scores[:ranked] == sorted(scores[:ranked], reverse=True)
    assert set(scores[ranked:]) == {None}  # past the ranked newest matches: the others, by date
    assert {hit.url for hit in result.hits} <= matching


@pytest.mark.usefixtures("small_search_limits")
def test_a_search_below_the_count_limit_is_counted_exactly_with_its_facets(
    store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plans, "COUNT_LIMIT", 10_000)
    query = BROAD.model_copy(update={"facets": ["kind", "province"]})
    result = store.search(query)
    matching = list(store.iter_articles(query))
    assert result.total == len(matching) and not result.total_approximate
    assert not result.facets_approximate
    for name in ("kind", "province"):
        counted = Counter(getattr(article, name) for article in matching)
        assert {v.value: v.count for v in result.facets[name]} == {
            value: n for value, n in counted.items() if value is not None
        }


def test_a_partial_date_bound_includes_the_whole_month(store: SQLiteStore) -> None:
    dated = [a for a in store.iter_articles() if a.published_date]
    month = dated[0].published_date[:7]
    in_month = [a for a in dated if a.published_date[:7] == month]
    result = store.search(SearchQuery(date_from=f"{month}-01", date_to=month, per_page=200))
    assert result.total == len(in_month) and not result.total_approximate


def test_estimates_are_rounded_to_two_significant_digits() -> None:
    assert plans._rounded(70_372) == 70_000
    assert plans._rounded(1_234_567) == 1_200_000
    assert plans._rounded(87) == 87


def test_temp_tables_do_not_leak_between_searches(store: SQLiteStore) -> None:
    first = store.search(BROAD.model_copy(update={"facets": ["kind"]}))
    store.search(SearchQuery(q="thiên tai", facets=["kind"]))
    assert store.search(BROAD.model_copy(update={"facets": ["kind"]})) == first


@pytest.mark.parametrize("count_limit", [10_000, 40])
def test_relevance_ranks_the_words_side_by_side_then_in_the_title_then_newest(
    store: SQLiteStore, monkeypatch: pytest.MonkeyPatch, count_limit: int
) -> None:
    monkeypatch.setattr(plans, "COUNT_LIMIT", count_limit)
    query = SearchQuery(q="xã Tân", per_page=100)
    articles = {a.canonical_url or a.url: a for a in store.iter_articles(query)}
    result = store.search(query)
    assert len(result.hits) == len(articles) > 40

    def tier(url: str) -> int:
        title, body = fold(articles[url].title or ""), fold(articles[url].body or "")
        in_title = all(re.search(rf"\b{word}\b", title) for word in ("xa", "tan"))
        return in_title + 2 * any(re.search(r"\bxa\W+tan\b", text) for text in (title, body))

    ranked = result.hits[: count_limit + 1]
    tiers = [tier(hit.url or "") for hit in ranked]
    assert [hit.score for hit in ranked] == tiers
    assert tiers == sorted(tiers, reverse=True) and len(set(tiers)) >= 3
    for group in set(tiers):
        dates = [h.published_date or "" for h, t in zip(ranked, tiers, strict=True) if t == group]
        assert dates == sorted(dates, reverse=True)


def test_relevance_exports_come_in_the_order_of_the_search(store: SQLiteStore) -> None:
    query = SearchQuery(q="xã Tân", per_page=100)
    exported = [a.canonical_url or a.url for a in store.iter_articles(query)]
    assert exported == [hit.url for hit in store.search(query).hits]


@pytest.mark.usefixtures("small_search_limits")
def test_relevance_pages_past_the_ranked_matches_go_on_by_date_and_cover_every_match_once(
    store: SQLiteStore,
) -> None:
    matching = {a.canonical_url or a.url for a in store.iter_articles(BROAD)}
    seen: list[str] = []
    page = 1
    while hits := store.search(BROAD.model_copy(update={"page": page})).hits:
        seen += [hit.url for hit in hits]
        page += 1
    assert len(seen) == len(set(seen)) and set(seen) == matching
    ranked = plans.COUNT_LIMIT + 1
    after = store.search(BROAD.model_copy(update={"per_page": 100, "page": 2})).hits  # starts past the ranked
    dates = [hit.published_date or "" for hit in after]
    assert ranked < 100 and dates == sorted(dates, reverse=True)


@pytest.mark.usefixtures("small_search_limits")
def test_estimated_facets_list_values_by_shown_count_then_value_and_cut_there(
    store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Weighted counts are fractions until shown: values shown with the same count are listed by value
    (as the exact counts of a whole store are), and the cut at FACET_LIMIT keeps the first of them."""
    query = BROAD.model_copy(update={"facets": ["leader", "month"]})
    monkeypatch.setattr(facet_counts, "FACET_LIMIT", 1_000)
    whole = store.search(query).facets
    monkeypatch.setattr(facet_counts, "FACET_LIMIT", 5)
    cut = store.search(query).facets
    for name, values in whole.items():
        pairs = [(-v.count, v.value) for v in values]
        assert pairs == sorted(pairs) and len(set(v.count for v in values)) < len(values), name
        assert cut[name] == values[:5]
