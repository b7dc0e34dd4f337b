"""Schema 13: a search with words takes its filters as facet tokens of the full-text rows. It must find
exactly what the words and the facet values find, follow every update of an article's facets, and never
let text stand in for a facet value."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from bench.corpus import generate
from cchc.record import Article
from store.base import MAX_PER_PAGE, SearchQuery, StoreError, article_id, article_key
from store.sqlite import SQLiteStore
from store.sqlite_facets import FACET_VALUES, facet_token
from store.sqlite_schema import migrations
from tests.old_schemas import as_schema
from tests.store_contract.samples import all_articles, tan_tap

WORDS = ("kiem tra", "Đoàn kiểm tra", '"cai cach hanh chinh"', "ho so -thien", "xã OR huyện", "kiem*")
FILTERS = (
    {"province": ["Long An"]},
    {"kind": ["visit", "results"]},
    {"province": ["Long An", "Quảng Ninh"], "is_inspection": ["true"]},
    {"unit_type": ["xã"], "year": ["2023", "2024"]},
    {"leader": ["Nguyễn Văn An"]},
    {"province": ["Nowhere"]},
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    path = tmp_path_factory.mktemp("tokens") / "tokens.sqlite"
    with SQLiteStore(f"sqlite:///{path}") as opened:
        opened.upsert([s.record for s in generate(300, seed=13, html=False)] + all_articles())
        yield opened


def every_hit(store: SQLiteStore, query: SearchQuery) -> list[str]:
    """The ids of every match, in the search's order, page by page."""
    found: list[str] = []
    page = 1
    while True:
        result = store.search(query.model_copy(update={"page": page, "per_page": MAX_PER_PAGE}))
        assert not result.total_approximate
        found += [hit.id for hit in result.hits]
        if len(found) >= result.total:
            return found
        page += 1


def holds(article: Article, filters: dict[str, list[str]]) -> bool:
    return all(set(FACET_VALUES[name](article)) & set(values) for name, values in filters.items())


@pytest.mark.parametrize("words", WORDS)
@pytest.mark.parametrize("exact", [False, True])
def test_words_and_filters_find_the_word_matches_holding_the_values(
    store: SQLiteStore, words: str, exact: bool
) -> None:
    """Same articles, same order (relevance does not depend on the filter), same totals and facets as
    the unfiltered search's matches that hold the values."""
    articles = {article_id(article_key(article)): article for article in store.iter_articles()}
    for filters in FILTERS:
        for sort in ("relevance", "date"):
            unfiltered = every_hit(store, SearchQuery(q=words, exact=exact, sort=sort))
            expected = [id for id in unfiltered if holds(articles[id], filters)]
            query = SearchQuery(q=words, exact=exact, sort=sort, filters=filters, facets=["province", "kind"])
            assert every_hit(store, query) == expected, (filters, sort)
            assert store.search(query).total == len(expected)


def test_an_update_of_the_facets_alone_moves_the_article_between_filters(tmp_path: Path) -> None:
    """Same title and body, another province: the FTS row must be replaced all the same (its tokens),
    and the old row deleted with the old tokens, or the index would still find it under Long An."""
    original = tan_tap()
    moved = original.model_copy(update={"province": "Quảng Ninh", "extractor_version": "test-moved"})
    path = tmp_path / "moved.sqlite"
    with SQLiteStore(f"sqlite:///{path}") as opened:
        for version in (original, moved, original, moved):
            assert opened.upsert([version]).errors == []
            for province in ("Long An", "Quảng Ninh"):
                query = SearchQuery(q="Tân Tập", filters={"province": [province]})
                assert opened.search(query).total == (version.province == province), (
                    version.province,
                    province,
                )
    with closing(sqlite3.connect(path)) as conn:  # FTS5's integrity-check cannot see a wrong delete here
        long_an = conn.execute(
            "SELECT count(*) FROM article_terms(?)", (f'"{facet_token("province", "Long An")}"',)
        )
        assert long_an.fetchone() == (0,)


def test_text_that_spells_a_facet_token_is_no_facet_value(tmp_path: Path) -> None:
    """Tokens are read from the facets column only: a page cannot put itself into a province's results."""
    token = facet_token("province", "Long An")
    forged = Article(
        source="forged.txt", title=f"Kiểm tra {token}", body=f"Kiểm tra cải cách hành chính {token}."
    )
    with SQLiteStore(f"sqlite:///{tmp_path / 'forged.sqlite'}") as opened:
        opened.upsert([forged])
        assert opened.search(SearchQuery(q="kiểm tra", filters={"province": ["Long An"]})).total == 0
        assert opened.search(SearchQuery(q="kiểm tra")).total == 1


def test_schema_12_store_gets_facet_tokens_and_searches_alike(store: SQLiteStore, tmp_path: Path) -> None:
    queries = [
        SearchQuery(q=words, filters=filters, facets=["province"])
        for words in WORDS[:3]
        for filters in FILTERS
    ]
    path = tmp_path / "old.sqlite"
    with SQLiteStore(f"sqlite:///{path}") as copy:
        copy.upsert(list(store.iter_articles()))
        before = [copy.search(query) for query in queries]
    as_schema(path, 12)
    with SQLiteStore(f"sqlite:///{path}") as migrated:
        assert [migrated.search(query) for query in queries] == before
    with closing(sqlite3.connect(path)) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "facets" in [row[1] for row in conn.execute("PRAGMA table_info(article_terms)")]
    assert "articles_fts" not in tables  # renamed: an older cchc's writer fails instead of leaving tokens out


def test_a_writer_refuses_a_store_a_newer_cchc_migrated_while_it_was_open(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    with SQLiteStore(f"sqlite:///{path}") as writer:
        writer.upsert([tan_tap()])
        with closing(sqlite3.connect(path)) as newer:
            newer.execute(f"PRAGMA user_version = {migrations()[-1][0] + 1}")
        with pytest.raises(StoreError, match="newer cchc"):
            writer.upsert(all_articles())
        assert writer.count() == 1


@pytest.mark.parametrize(
    "value", ['") OR ("', "NEAR(kiểm tra)", "{title_exact} : tra", "Long An*", "-Long An", ""]
)
def test_a_filter_value_is_never_fts5_syntax(tmp_path: Path, value: str) -> None:
    """A value reaches FTS5 only as its hash: one that spells syntax finds its own articles and no others."""
    marked = tan_tap().model_copy(update={"province": value or None})
    with SQLiteStore(f"sqlite:///{tmp_path / 'values.sqlite'}") as opened:
        opened.upsert([marked, *all_articles()[1:]])
        for words in ("", "Tân Tập", "kiểm tra"):
            found = opened.search(SearchQuery(q=words, filters={"province": [value]}))
            assert [hit.id for hit in found.hits] == ([] if not value else [article_id(article_key(marked))])
