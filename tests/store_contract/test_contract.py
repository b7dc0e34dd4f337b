"""What every store backend must do, checked only through `store.base.Store`.

Ranking may differ between backends, so results are compared as SETS of ids unless the
order is the contract (date sorts, pagination covering everything once).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from cchc.record import Article
from cchc.vntext import fold
from store import open_store
from store.base import (
    FACETS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_QUERY_LENGTH,
    QueryError,
    SearchQuery,
    Store,
    article_id,
    article_key,
)

from .samples import all_articles, dan_van, duc_trong, lich_tiep_dan, tan_tap, tien_yen


@pytest.fixture
def store(store_uri_factory: Callable[[], str]) -> Iterator[Store]:
    with open_store(store_uri_factory()) as opened:
        report = opened.upsert(all_articles())
        assert report.inserted == 5 and not report.errors
        yield opened


def ident(article: Article) -> str:
    return article_id(article_key(article))


def ids(store: Store, **query: object) -> set[str]:
    return {hit.id for hit in store.search(SearchQuery(per_page=100, **query)).hits}


def strip_markers(text: str) -> str:
    return text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def test_upsert_again_changes_nothing_and_never_duplicates(store: Store) -> None:
    report = store.upsert(all_articles())
    assert (report.inserted, report.updated, report.unchanged) == (0, 0, 5)
    changed = tien_yen().model_copy(update={"title": "Kế hoạch kiểm tra CCHC năm 2023 (sửa đổi)"})
    report = store.upsert([changed, duc_trong()])
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 1)
    assert store.count() == 5
    assert store.get(ident(changed)).title == "Kế hoạch kiểm tra CCHC năm 2023 (sửa đổi)"


def test_get_by_id_or_url_returns_the_same_record(store: Store) -> None:
    article = tan_tap()
    assert store.get(ident(article)) == article
    assert store.get(article.canonical_url) == article
    assert store.get(lich_tiep_dan().source) == lich_tiep_dan()
    assert store.get("0000000000000000") is None


def test_search_ignores_diacritics_and_folds_d(store: Store) -> None:
    expected = {ident(tan_tap())}
    assert expected <= ids(store, q="doan kiem tra")
    assert ids(store, q="tan tap") == expected
    assert ids(store, q="TÂN TẬP") == expected
    assert ids(store, q="đức trọng") == ids(store, q="duc trong") == {ident(duc_trong())}


def test_exact_mode_needs_the_diacritics(store: Store) -> None:
    assert ids(store, q="tân tập", exact=True) == {ident(tan_tap())}
    assert ids(store, q="tan tap", exact=True) == set()
    assert ids(store, q="dan van", exact=True) == set()
    assert ids(store, q="dân vận", exact=True) == {ident(dan_van())}


def test_phrases_or_exclusion_and_prefix(store: Store) -> None:
    assert ids(store, q='"tan tap"') == {ident(tan_tap())}
    assert ids(store, q='"tap tan"') == set()
    assert ids(store, q='"tien yen" OR "duc trong"') == {ident(tien_yen()), ident(duc_trong())}
    inspections = ids(store, q="kiem tra cai cach")
    assert ident(tien_yen()) in inspections
    assert ids(store, q="kiem tra cai cach -ngũ") == inspections - {ident(tien_yen())}
    assert ids(store, q='kiem tra cai cach -"tien yen"') == inspections - {ident(tien_yen())}
    assert ids(store, q='"tiep cong dan"') == {ident(lich_tiep_dan())}
    assert ids(store, q="lich tiep*") == {ident(lich_tiep_dan())}
    assert ids(store, q="lị*") == {ident(lich_tiep_dan())}


@pytest.mark.parametrize("text", ["AND", "*", "-", "()", "OR", '""', "- * ()"])
def test_queries_without_words_are_query_errors(store: Store, text: str) -> None:
    with pytest.raises(QueryError):
        store.search(SearchQuery(q=text))


@pytest.mark.parametrize(
    "text",
    [
        '"unclosed',
        "NEAR(",
        "kiểm tra)",
        "a:b",
        "{title}: x",
        "^x",
        "x AND",
        "OR x",
        'x" OR "',
        "'; DROP TABLE",
        "\\",
        "AND OR NOT",
    ],
)
def test_odd_queries_never_crash(store: Store, text: str) -> None:
    try:
        result = store.search(SearchQuery(q=text))
    except QueryError as exc:
        assert str(exc)
    else:
        assert result.total >= 0


def test_overlong_query_is_a_query_error(store: Store) -> None:
    with pytest.raises(QueryError):
        store.search(SearchQuery(q="kiểm tra " * (MAX_QUERY_LENGTH // 9 + 1)))


def test_highlights_wrap_the_original_words(store: Store) -> None:
    hit = next(h for h in store.search(SearchQuery(q="doan kiem tra")).hits if h.id == ident(tan_tap()))
    assert HIGHLIGHT_START + "Đoàn" in hit.title_html
    assert strip_markers(hit.title_html) == tan_tap().title
    assert HIGHLIGHT_START in hit.snippet_html
    marked = hit.snippet_html.split(HIGHLIGHT_START)[1].split(HIGHLIGHT_END)[0]
    assert any(word in fold(marked) for word in ("doan", "kiem", "tra"))
    for word in strip_markers(hit.snippet_html).replace("…", " ").split():
        assert word in tan_tap().body


def test_empty_query_lists_everything_newest_first(store: Store) -> None:
    result = store.search(SearchQuery(sort="relevance"))
    assert result.total == 5
    dated = [hit.published_date for hit in result.hits if hit.published_date]
    assert dated == sorted(dated, reverse=True)
    assert result.hits[-1].published_date is None
    assert all(hit.snippet_html and HIGHLIGHT_START not in hit.snippet_html for hit in result.hits)


def test_date_sorts(store: Store) -> None:
    newest = [h.published_date for h in store.search(SearchQuery(q="kiem tra", sort="date")).hits]
    oldest = [h.published_date for h in store.search(SearchQuery(q="kiem tra", sort="date_asc")).hits]
    assert newest == sorted(newest, reverse=True)
    assert oldest == sorted(oldest)


def test_pagination_covers_every_hit_once(store: Store) -> None:
    pages = [store.search(SearchQuery(per_page=2, page=page, sort="date")) for page in (1, 2, 3, 4)]
    assert {page.total for page in pages} == {5}
    seen = [hit.id for page in pages for hit in page.hits]
    assert len(seen) == 5 and len(set(seen)) == 5
    assert pages[3].hits == []


def test_facet_counts(store: Store) -> None:
    result = store.search(SearchQuery(facets=list(FACETS)))
    facets = {name: {v.value: v.count for v in values} for name, values in result.facets.items()}
    assert set(facets) == set(FACETS)
    assert facets["province"] == {"Long An": 2, "Quảng Ninh": 1, "Lâm Đồng": 1}
    assert facets["leader"] == {"Nguyễn Văn An": 2, "Trần Thị Bình": 1}
    assert facets["kind"] == {"visit": 1, "plan": 1, "results": 1, "other": 2}
    assert facets["year"] == {"2024": 2, "2023": 2}
    assert facets["month"]["2024-05"] == 1
    assert facets["is_inspection"] == {"true": 3, "false": 2}
    assert facets["unit_type"] == {"xã": 2, "phòng": 1}
    assert facets["district"] == {"huyện Cần Giuộc": 1, "huyện Tiên Yên": 1, "huyện Đức Trọng": 1}
    assert facets["inspecting_level"] == {"province": 1, "district": 2}
    assert facets["portal"]["sonoivu.longan.gov.vn"] == 2


def test_facets_follow_the_query(store: Store) -> None:
    result = store.search(SearchQuery(q='"Nguyen Van An"', facets=["province"]))
    assert {v.value: v.count for v in result.facets["province"]} == {"Long An": 1, "Lâm Đồng": 1}


def test_filters_or_within_and_across_facets(store: Store) -> None:
    assert ids(store, filters={"province": ["Long An"]}) == {ident(tan_tap()), ident(dan_van())}
    assert ids(store, filters={"province": ["Long An"], "is_inspection": ["true"]}) == {ident(tan_tap())}
    both = {ident(tien_yen()), ident(duc_trong())}
    assert ids(store, filters={"province": ["Quảng Ninh", "Lâm Đồng"]}) == both
    assert ids(store, filters={"leader": ["Nguyễn Văn An"]}) == {ident(tan_tap()), ident(duc_trong())}
    assert ids(store, filters={"unit_type": ["phòng"], "kind": ["results"]}) == {ident(duc_trong())}
    assert ids(store, q="kiem tra", filters={"district": ["huyện Tiên Yên"]}) == {ident(tien_yen())}


def test_unknown_filter_is_a_query_error(store: Store) -> None:
    with pytest.raises(QueryError):
        store.search(SearchQuery(filters={"colour": ["red"]}))


def test_date_range(store: Store) -> None:
    assert ids(store, date_from="2023-06-01", date_to="2023-12-31") == {ident(duc_trong())}
    assert ids(store, date_from="2024-01-15") == {ident(tan_tap()), ident(dan_van())}
    assert ids(store, date_to="2023-03-02") == {ident(tien_yen())}


def test_iter_articles_streams_matching_records(store: Store) -> None:
    assert {ident(a) for a in store.iter_articles()} == {ident(a) for a in all_articles()}
    matching = list(store.iter_articles(SearchQuery(q='"nguyen van an"')))
    assert {ident(a) for a in matching} == {ident(tan_tap()), ident(duc_trong())}
    assert tan_tap() in matching  # full records, raw page included
