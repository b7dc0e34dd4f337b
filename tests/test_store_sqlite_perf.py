"""What the SQLite store's speed-ups must not change: facet counts, totals, date order, batches with a bad
article, the schema-3, schema-8 and schema-10 backfills of older stores, the signatures schema 11 recomputes,
clustering when template text fills the LSH buckets, and merging the full-text index."""

from __future__ import annotations

import sqlite3
import struct
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.corpus import generate
from cchc.cli import main
from cchc.record import Article
from store import sqlite_clusters
from store.base import FACETS, SearchQuery, StoreError, article_id
from store.sqlite import COMMIT_EVERY, SQLiteStore
from store.sqlite_clusters import BAND_TABLES, band_values, stored_signature
from store.sqlite_facets import FACET_VALUES
from store.sqlite_schema import migrations
from tests.old_schemas import as_schema
from tests.store_contract.samples import all_articles, tan_tap


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(f"sqlite:///{tmp_path / 'perf.sqlite'}") as opened:
        opened.upsert([s.record for s in generate(120, seed=5, html=False)] + all_articles())
        yield opened


def expected_facets(articles: list[Article]) -> dict[str, Counter[str]]:
    """Articles per facet value, counted in Python from the records themselves."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    for article in articles:
        for name, values in FACET_VALUES.items():
            counts[name].update({v for v in values(article) if v is not None})
    return counts


def as_counters(result_facets: dict) -> dict[str, Counter[str]]:
    return {name: Counter({v.value: v.count for v in values}) for name, values in result_facets.items()}


def test_landing_page_totals_equal_counts_over_every_article(store: SQLiteStore) -> None:
    result = store.search(SearchQuery(facets=list(FACETS), per_page=5))
    articles = list(store.iter_articles())
    assert result.total == len(articles) == store.count()
    assert as_counters(result.facets) == expected_facets(articles)
    newest = sorted(articles, key=lambda a: a.published_date or "", reverse=True)
    assert [h.published_date for h in result.hits] == [a.published_date for a in newest[:5]]


@pytest.mark.parametrize(
    "query",
    [
        SearchQuery(q="kiem tra cai cach"),
        SearchQuery(q="", filters={"province": ["Long An"], "kind": ["visit"]}),
        SearchQuery(q="xã", filters={"unit_type": ["xã"]}, date_from="2021-01-01"),
        SearchQuery(q="hành chính -thiên", sort="date_asc"),
    ],
)
def test_facets_of_a_selection_count_its_articles(store: SQLiteStore, query: SearchQuery) -> None:
    result = store.search(query.model_copy(update={"facets": list(FACETS), "per_page": 200}))
    matching = list(store.iter_articles(query))
    assert result.total == len(matching) > 0
    assert as_counters(result.facets) == expected_facets(matching)
    assert [h.url for h in result.hits] == [a.canonical_url or a.url for a in matching][:200]


def test_totals_follow_updates(store: SQLiteStore) -> None:
    moved = tan_tap().model_copy(update={"province": "Tây Ninh", "body": tan_tap().body + " Cập nhật."})
    assert store.upsert([moved]).updated == 1
    facets = store.search(SearchQuery(facets=["province"])).facets["province"]
    counted = dict(expected_facets(list(store.iter_articles()))["province"])
    assert {v.value: v.count for v in facets} == counted
    assert counted["Tây Ninh"] == 1
    words = SearchQuery(q="kiểm tra", facets=["province"], per_page=200)  # counted from article_facets
    sampled = as_counters(store.search(words).facets)["province"]
    assert sampled == expected_facets(list(store.iter_articles(words)))["province"]
    assert sampled["Tây Ninh"] == 1


def dates_in_step(path: Path) -> bool:
    """Whether `article_dates` holds exactly each article's own publication date."""
    with closing(sqlite3.connect(path)) as conn:
        return sorted(conn.execute("SELECT pk, published_date FROM article_dates")) == sorted(
            conn.execute("SELECT pk, published_date FROM articles")
        )


def test_a_changed_date_moves_the_article_in_date_order(store: SQLiteStore, tmp_path: Path) -> None:
    url = tan_tap().canonical_url
    by_date = SearchQuery(sort="date", per_page=1)
    newest = store.search(by_date).hits[0].published_date or ""
    later = f"{int(newest[:4]) + 1}-01-02"
    assert store.upsert([tan_tap().model_copy(update={"published_date": later})]).updated == 1
    for query in (by_date, SearchQuery(q="kiem tra", sort="date", per_page=1)):
        assert store.search(query).hits[0].url == url
    assert [hit.url for hit in store.search(SearchQuery(date_from=later)).hits] == [url]
    assert next(store.iter_articles(by_date)).canonical_url == url

    assert store.upsert([tan_tap().model_copy(update={"published_date": None})]).updated == 1
    dates = [(a.canonical_url, a.published_date) for a in store.iter_articles(by_date)]
    undated = [u for u, date in dates if date is None]
    assert url in undated and dates[-len(undated) :] == [(u, None) for u in undated]  # behind every dated one
    assert url not in {a.canonical_url for a in store.iter_articles(SearchQuery(date_from="1900-01-01"))}
    oldest_first = [h.published_date for h in store.search(SearchQuery(sort="date_asc", per_page=200)).hits]
    assert (
        oldest_first[-len(undated) :] == [None] * len(undated) and None not in oldest_first[: -len(undated)]
    )

    assert store.upsert([tan_tap()]).updated == 1
    original = SearchQuery(date_from=tan_tap().published_date or "", date_to=tan_tap().published_date or "")
    assert url in {hit.url for hit in store.search(original).hits}
    assert dates_in_step(tmp_path / "perf.sqlite")


def test_a_reader_refuses_an_older_store_and_names_the_command_that_migrates_it(
    store: SQLiteStore, tmp_path: Path
) -> None:
    path = tmp_path / "perf.sqlite"
    as_schema(path, 9)
    with pytest.raises(StoreError, match=f"older than {migrations()[-1][0]}.*cchc store optimize"):
        SQLiteStore(f"sqlite:///{path}", read_only=True)
    CliRunner().invoke(main, ["store", "optimize", "--store", f"sqlite:///{path}"], catch_exceptions=False)
    with SQLiteStore(f"sqlite:///{path}", read_only=True) as migrated:
        assert migrated.count() == store.count()
    assert dates_in_step(path)


def test_schema_9_store_gets_a_dates_table_and_searches_alike(store: SQLiteStore, tmp_path: Path) -> None:
    queries = [
        SearchQuery(facets=list(FACETS), per_page=7, page=3),
        SearchQuery(q="kiem tra cai cach", sort="date_asc", per_page=5, page=2),
        SearchQuery(q="xã", filters={"unit_type": ["xã"]}, date_from="2021-01-01", date_to="2023-06"),
    ]
    before = [store.search(query) for query in queries]
    path = tmp_path / "perf.sqlite"
    as_schema(path, 9)
    with SQLiteStore(f"sqlite:///{path}") as migrated:
        assert [migrated.search(query) for query in queries] == before
    assert dates_in_step(path)
    with closing(sqlite3.connect(path)) as conn:
        indexes = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "article_dates_published" in indexes and "articles_published" not in indexes


def test_a_bad_article_in_a_batch_is_reported_and_the_rest_stored(tmp_path: Path) -> None:
    records = [s.record for s in generate(COMMIT_EVERY + 10, seed=9, html=False)]
    bad = records[3].model_copy(update={"canonical_url": None, "url": None, "source": ""})
    with SQLiteStore(f"sqlite:///{tmp_path / 'bad.sqlite'}") as opened:
        report = opened.upsert([*records[:3], bad, *records[3:]])
        assert report.inserted == len(records) and len(report.errors) == 1
        assert opened.count() == len(records)
        assert opened.search(SearchQuery(q=records[2].title or "", exact=True)).total >= 1


def test_older_store_gets_facet_values_backfilled(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with SQLiteStore(f"sqlite:///{path}") as opened:
        opened.upsert(all_articles())
    conn = sqlite3.connect(path)
    written = sorted(conn.execute("SELECT * FROM facet_values"))
    totals = sorted(conn.execute("SELECT * FROM facet_totals"))
    conn.close()
    as_schema(
        path,
        2,
        "DROP TABLE facet_values; DROP TABLE facet_totals; ALTER TABLE fetches DROP COLUMN attachment_texts;",
    )
    with SQLiteStore(f"sqlite:///{path}") as migrated:
        assert migrated.search(SearchQuery(facets=["leader"])).facets["leader"]
    conn = sqlite3.connect(path)
    assert sorted(conn.execute("SELECT * FROM facet_values")) == written
    assert sorted(conn.execute("SELECT * FROM facet_totals")) == totals
    conn.close()


def test_schema_7_store_gets_facet_ids_with_the_same_counts(store: SQLiteStore, tmp_path: Path) -> None:
    query = SearchQuery(q="kiem tra cai cach", facets=list(FACETS))
    before = store.search(query).facets
    path = tmp_path / "perf.sqlite"
    as_schema(path, 7)
    with SQLiteStore(f"sqlite:///{path}") as migrated:
        assert migrated.search(query).facets == before
    conn = sqlite3.connect(path)
    numbered = dict(((facet, value), id) for id, facet, value in conn.execute("SELECT * FROM facet_ids"))
    rows = Counter(
        (pk, numbered[facet, value]) for pk, facet, value in conn.execute("SELECT * FROM facet_values")
    )
    blobs = conn.execute("SELECT article_pk, ids FROM article_facets").fetchall()
    conn.close()
    assert Counter((pk, id) for pk, blob in blobs for (id,) in struct.iter_unpack("<i", blob)) == rows


def test_exact_copies_cluster_when_template_text_fills_the_buckets(tmp_path: Path) -> None:
    records = [s.record for s in generate(200, seed=2, html=False)]
    copy = records[50].model_copy(update={"canonical_url": "http://copy.example/x", "url": None})
    with SQLiteStore(f"sqlite:///{tmp_path / 'clusters.sqlite'}") as opened:
        opened.upsert([*records, copy])
        original = opened.search(SearchQuery(q=records[50].title or "", exact=True, per_page=200))
        ids = {h.id for h in original.hits if h.url in (records[50].canonical_url, copy.canonical_url)}
        assert len(ids) == 2
        assert ids <= set(opened.cluster(next(iter(ids))))


def test_copy_in_a_later_batch_joins_the_cluster_and_a_repeated_id_is_an_update(tmp_path: Path) -> None:
    records = [s.record for s in generate(30, seed=4, html=False)]
    copy = records[7].model_copy(update={"canonical_url": "http://copy.example/y", "url": None})
    edited = records[3].model_copy(update={"body": records[3].body + " Bài được cập nhật."})
    with SQLiteStore(f"sqlite:///{tmp_path / 'later.sqlite'}") as opened:
        assert opened.upsert(records).inserted == 30
        report = opened.upsert([copy, records[3], edited, edited])
        assert (report.inserted, report.updated, report.unchanged) == (1, 1, 2)
        original = article_id(records[7].canonical_url or "")
        assert opened.cluster(original) == [original, article_id(copy.canonical_url or "")]
        assert [v.record.body for v in opened.versions(records[3].canonical_url or "")] == [
            records[3].body,
            edited.body,
        ]
        assert len(opened.cluster(article_id(records[3].canonical_url or ""))) == 1


BANDS = "SELECT * FROM minhash_bands UNION ALL SELECT * FROM minhash_bands_recent"


def test_band_rows_find_the_same_clusters_before_and_after_they_merge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copies and edits, each in the batch after its original's, cluster alike whether the band rows they meet
    are still in minhash_bands_recent (never merged) or were merged into minhash_bands after nearly every batch."""
    records = [s.record for s in generate(150, seed=9, html=False)]
    batches = [records[start : start + 15] for start in range(0, len(records), 15)]
    copies = {}
    for n in range(0, len(records), 10):
        copy = records[n].model_copy(update={"canonical_url": f"http://copy.example/{n}", "url": None})
        copies[n] = copy
        batches[min(n // 15 + 1, len(batches) - 1)].append(copy)
    for n in range(5, len(records), 25):
        batches[min(n // 15 + 1, len(batches) - 1)].append(
            records[n].model_copy(update={"body": records[n].body + " Bài được cập nhật."})
        )
    built = {}
    for limit in (10**9, 50):
        monkeypatch.setattr(sqlite_clusters, "RECENT_BANDS", limit)
        path = tmp_path / f"bands-{limit}.sqlite"
        with SQLiteStore(f"sqlite:///{path}") as opened:
            for batch in batches:
                opened.upsert(batch)
            for n, copy in copies.items():
                assert article_id(copy.canonical_url or "") in opened.cluster(records[n].canonical_url or "")
        with closing(sqlite3.connect(path)) as conn:
            built[limit] = sorted(
                conn.execute("SELECT article_pk, cluster_id, minhash FROM article_clusters")
            )
            merged, recent = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in BAND_TABLES)
            assert sorted(conn.execute(BANDS)) == sorted(
                (band, value, pk)
                for pk, _, blob in built[limit]
                for band, value in enumerate(band_values(stored_signature(blob)))
            )
        assert (merged == 0 < recent) if limit == 10**9 else (merged > 0)
    assert built[50] == built[10**9]


SCHEME_1_STORE = (
    "UPDATE articles SET minhash = zeroblob(512); UPDATE minhash_bands SET value = value + 1;"
    "CREATE TRIGGER facet_values_counted AFTER INSERT ON facet_values BEGIN SELECT 1; END;"
    "CREATE TRIGGER facet_values_uncounted AFTER DELETE ON facet_values BEGIN SELECT 1; END;"
)
SCHEME_2_STORE = (
    "UPDATE article_clusters SET minhash = zeroblob(512); UPDATE minhash_bands SET value = value + 1;"
)


@pytest.mark.parametrize(("version", "undone"), [(4, SCHEME_1_STORE), (10, SCHEME_2_STORE)])
def test_a_store_of_an_older_signature_scheme_gets_new_signatures(
    tmp_path: Path, version: int, undone: str
) -> None:
    """Schema 11 recomputes the signatures of scheme 1 (schema 2-4, whose facet triggers schema 5 drops) and of
    scheme 2; an older scheme's signatures look like any other blob, only the schema version tells them apart."""
    path = tmp_path / f"schema{version}.sqlite"
    records = [s.record for s in generate(40, seed=6, html=False)]
    with SQLiteStore(f"sqlite:///{path}") as opened:
        opened.upsert(records)
    conn = sqlite3.connect(path)
    placements = sorted(conn.execute("SELECT * FROM article_clusters"))
    bands = sorted(conn.execute(BANDS))
    conn.close()
    as_schema(path, version, undone)
    copy = records[9].model_copy(update={"canonical_url": "http://copy.example/z", "url": None})
    with SQLiteStore(f"sqlite:///{path}") as migrated:
        migrated.upsert([copy])
        assert article_id(copy.canonical_url or "") in migrated.cluster(records[9].canonical_url or "")
    conn = sqlite3.connect(path)
    assert sorted(conn.execute("SELECT * FROM article_clusters WHERE article_pk <= 40")) == placements
    assert sorted(conn.execute(f"SELECT * FROM ({BANDS}) WHERE article_pk <= 40")) == bands
    triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'facet_values'"
    assert conn.execute(triggers).fetchone() == (0,)
    conn.close()


def test_a_schema_11_store_gets_its_64_bit_signatures_stored_in_32_bits(tmp_path: Path) -> None:
    path = tmp_path / "schema11.sqlite"
    with SQLiteStore(f"sqlite:///{path}") as opened:
        opened.upsert([s.record for s in generate(40, seed=6, html=False)])
    with closing(sqlite3.connect(path)) as conn, conn:
        placements = sorted(conn.execute("SELECT * FROM article_clusters"))
        bands = sorted(conn.execute(BANDS))
        conn.executemany(
            "UPDATE article_clusters SET minhash = ? WHERE article_pk = ?",
            [(stored_signature(blob).astype("<u8").tobytes(), pk) for pk, _, blob in placements],
        )
    as_schema(path, 11)
    with SQLiteStore(f"sqlite:///{path}") as migrated:
        assert migrated.count() == 40
    with closing(sqlite3.connect(path)) as conn:
        assert sorted(conn.execute("SELECT * FROM article_clusters")) == placements
        assert sorted(conn.execute(BANDS)) == bands


def fts_segments(path: Path) -> int:
    """FTS5 b-trees (segments) in the store's full-text index: a segment's pages have rowids
    segid << 37 | page in the shadow table (FTS5's on-disk format); rows below are its metadata."""
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT count(DISTINCT id >> 37) FROM article_terms_data WHERE id >= 1 << 37"
        ).fetchone()[0]


def test_a_store_that_wrote_a_twentieth_of_it_merges_its_index_when_closed(tmp_path: Path) -> None:
    path = tmp_path / "merge.sqlite"
    records = [s.record for s in generate(100, seed=8, html=False)]
    query = SearchQuery(q="kiem tra cai cach", facets=list(FACETS), per_page=100)
    with SQLiteStore(f"sqlite:///{path}") as opened:
        for start in range(0, 100, 25):
            opened.upsert(records[start : start + 25])
        assert fts_segments(path) >= 4  # at least one per committed batch
        before = opened.search(query)
    assert fts_segments(path) == 1
    with SQLiteStore(f"sqlite:///{path}") as opened:
        assert opened.search(query) == before
        opened.upsert([records[0].model_copy(update={"body": records[0].body + " Sửa."})])  # 1 %
    assert fts_segments(path) > 1
    result = CliRunner().invoke(main, ["store", "optimize", "--store", f"sqlite:///{path}"])
    assert result.exit_code == 0, result.output
    assert fts_segments(path) == 1


def test_optimize_refuses_a_read_only_store(store: SQLiteStore, tmp_path: Path) -> None:
    reader = SQLiteStore(f"sqlite:///{tmp_path / 'perf.sqlite'}", read_only=True)
    with reader, pytest.raises(StoreError, match="read-only"):
        reader.optimize()


def test_a_writer_s_cache_follows_its_transactions(tmp_path: Path) -> None:
    """Bulk writes keep a large page cache; a crawl's batches of ten do not grow one they do not use."""
    records = [s.record for s in generate(COMMIT_EVERY + 10, seed=9, html=False)]
    with SQLiteStore(f"sqlite:///{tmp_path / 'cache.sqlite'}") as opened:
        conn = opened._conn()
        opened.upsert(records[:10])
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -2048
        opened.upsert(records[10:])
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -COMMIT_EVERY * 64
