"""The SQLite backend beyond the shared contract: file, schema, fact tables, NFC, query syntax, exports."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import sqlite3
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from cchc.record import Article
from store import open_store
from store.base import (
    FACETS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    QueryError,
    SearchQuery,
    StoreError,
    content_hash,
)
from store.export import FACT_TABLES, csv_cell, fact_columns, fact_rows, write_csv, write_jsonl
from store.sqlite import SQLiteStore
from store.sqlite_facets import FACET_VALUES
from store.sqlite_highlight import WORDS_BEFORE_HIT, snippet
from store.sqlite_query import parse_query
from store.sqlite_schema import migrations
from tests.old_schemas import as_schema
from tests.store_contract.samples import (
    all_articles,
    dan_van,
    decomposed,
    duc_trong,
    lich_tiep_dan,
    tan_tap,
    tien_yen,
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cchc.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(f"sqlite:///{db_path}") as opened:
        opened.upsert(all_articles())
        yield opened


def raw(db_path: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def test_relative_path_creates_folders_wal_and_schema_version(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///nested/dir/x.sqlite") as opened:
        assert opened.count() == 0
    path = tmp_path / "nested" / "dir" / "x.sqlite"
    assert path.exists()
    assert raw(path, "PRAGMA journal_mode") == [("wal",)]
    assert raw(path, "PRAGMA user_version") == [(migrations()[-1][0],)]


def test_newer_schema_is_refused(db_path: Path) -> None:
    SQLiteStore(f"sqlite:///{db_path}").close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(f"sqlite:///{db_path}")


def test_not_a_database_or_missing_file_is_a_store_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("this is not sqlite at all, just text " * 100)
    with pytest.raises(StoreError):
        SQLiteStore(f"sqlite:///{junk}")
    with pytest.raises(StoreError, match="no store"):
        SQLiteStore(f"sqlite:///{tmp_path / 'missing.sqlite'}", read_only=True)


def test_read_only_store_refuses_writes(store: SQLiteStore, db_path: Path) -> None:
    with SQLiteStore(f"sqlite:///{db_path}", read_only=True) as reader:
        assert reader.count() == 5
        with pytest.raises(StoreError, match="read-only"):
            reader.upsert([tan_tap()])


def test_only_a_read_only_store_maps_its_file(store: SQLiteStore, db_path: Path) -> None:
    """Searches of a read-only store (a web server's) read a memory map; a writer's memory must not
    grow with the store it writes (store/sqlite.py SEARCH_MMAP_BYTES)."""
    with SQLiteStore(f"sqlite:///{db_path}", read_only=True) as reader:
        assert reader._conn().execute("PRAGMA mmap_size").fetchone()[0] > 0
        assert reader.search(SearchQuery(q="tan tap")).total == 1
    assert store._conn().execute("PRAGMA mmap_size").fetchone()[0] == 0


def test_every_facet_has_sql() -> None:
    assert set(FACET_VALUES) == set(FACETS)


def test_fact_tables_hold_the_facts_with_evidence(store: SQLiteStore, db_path: Path) -> None:
    article = tan_tap()
    rows = raw(
        db_path,
        "SELECT l.name, l.title, l.evidence_start, l.evidence_end, l.evidence_sentence, a.extractor_version"
        " FROM leaders l JOIN articles a ON a.pk = l.article_pk WHERE a.url = ?",
        article.url,
    )
    leader = article.team_leaders[0]
    assert rows == [
        (
            leader.name,
            leader.title,
            leader.evidence.start,
            leader.evidence.end,
            leader.evidence.sentence,
            "test-1",
        )
    ]
    assert article.body[rows[0][2] : rows[0][3]] == "Nguyễn Văn An"
    assert raw(db_path, "SELECT value, unit, total FROM metrics ORDER BY value") == [
        (21.0, "nhiệm vụ", 29.0),
        (98.5, "%", None),
    ]
    assert raw(db_path, "SELECT number, symbol, date FROM legal_refs") == [("3776", "KH-UBND", "2022-12-16")]
    assert raw(db_path, "SELECT date FROM inspection_dates") == [("2024-05-10",)]
    assert sorted(raw(db_path, "SELECT name, district FROM units")) == [
        ("phòng Tài nguyên và Môi trường", "huyện Đức Trọng"),
        ("xã Tân Tập", "huyện Cần Giuộc"),
        ("xã Đồng Ngũ", "huyện Tiên Yên"),
    ]
    assert raw(db_path, "SELECT count(*) FROM fetches") == [(1,)]


def test_facts_are_rebuilt_on_update(store: SQLiteStore, db_path: Path) -> None:
    article = tan_tap().model_copy(update={"team_leaders": [], "extractor_version": "test-2"})
    report = store.upsert([article])
    assert report.updated == 1
    assert raw(db_path, "SELECT count(*) FROM leaders") == [(2,)]  # Trần Thị Bình and the Đức Trọng one
    assert raw(db_path, "SELECT count(*) FROM articles WHERE extractor_version = 'test-2'") == [(1,)]
    assert raw(db_path, "SELECT count(*) FROM article_terms") == [(5,)]
    assert store.search(SearchQuery(filters={"leader": ["Nguyễn Văn An"]})).total == 1


def test_full_text_follows_edited_titles_and_bodies(store: SQLiteStore, db_path: Path) -> None:
    """The FTS table is contentless: an update must remove exactly the terms the old text indexed."""
    original = tan_tap()
    edited = original.model_copy(
        update={"title": "Kiểm tra Xoàixanh ở Tân Tập", "body": original.body + " Quýtmới được nhắc thêm."}
    )
    retitled_only = edited.model_copy(update={"extractor_version": "test-4"})
    for version in (edited, retitled_only, original, edited):
        assert store.upsert([version]).errors == []
        assert store.search(SearchQuery(q="quytmoi")).total == (version is not original)
        assert store.search(SearchQuery(q="Xoàixanh", exact=True)).total == (version is not original)
    assert raw(db_path, "INSERT INTO article_terms (article_terms, rank) VALUES ('integrity-check', 1)") == []
    assert raw(db_path, "SELECT count(*) FROM article_terms") == [(store.count(),)]


def test_history_keeps_superseded_records_once(db_path: Path) -> None:
    """Schema 7: the current text's version holds no copy of the record; a replaced text keeps its last one."""
    first = tan_tap()
    reextracted = first.model_copy(update={"extractor_version": "test-5"})
    second = reextracted.model_copy(update={"body": first.body + " Đoạn bổ sung."})
    third = second.model_copy(update={"body": second.body + " Đoạn nữa."})
    with SQLiteStore(f"sqlite:///{db_path}") as opened:
        for article in (first, reextracted, second, third):
            opened.upsert([article])
        versions = opened.versions(first.canonical_url or "")
    assert [(v.record.body, v.record.extractor_version) for v in versions] == [
        (first.body, "test-5"),
        (second.body, "test-5"),
        (third.body, "test-5"),
    ]
    assert raw(db_path, "SELECT record IS NULL FROM article_versions ORDER BY pk") == [(0,), (0,), (1,)]


def test_schema_6_history_loses_only_the_copy_of_current_records(db_path: Path) -> None:
    with SQLiteStore(f"sqlite:///{db_path}") as opened:
        opened.upsert([tan_tap()])
        opened.upsert([tan_tap().model_copy(update={"body": tan_tap().body + " Thêm."})])
        before = opened.versions(tan_tap().canonical_url or "")
    with sqlite3.connect(db_path) as conn:  # schema 6 copied every version's record
        conn.execute(
            "UPDATE article_versions SET record = (SELECT record FROM articles WHERE pk = article_pk)"
            " WHERE record IS NULL"
        )
    as_schema(db_path, 6)
    with SQLiteStore(f"sqlite:///{db_path}") as migrated:
        assert migrated.versions(tan_tap().canonical_url or "") == before
    assert raw(db_path, "SELECT record IS NULL FROM article_versions ORDER BY pk") == [(0,), (1,)]


def test_decomposed_input_is_stored_composed_with_evidence_moved(tmp_path: Path) -> None:
    with SQLiteStore(f"sqlite:///{tmp_path / 'nfd.sqlite'}") as opened:
        opened.upsert([decomposed(tan_tap())])
        stored = opened.get(tan_tap().url)
        assert stored.body == tan_tap().body and stored.title == tan_tap().title
        leader = stored.team_leaders[0]
        assert unicodedata.is_normalized("NFC", leader.name)
        assert stored.body[leader.evidence.start : leader.evidence.end] == "Nguyễn Văn An"
        assert opened.search(SearchQuery(q="Đoàn kiểm tra", exact=True)).total == 1
        assert opened.upsert([tan_tap()]).unchanged == 1  # what was stored is exactly the composed article
        assert opened.count() == 1


@pytest.mark.parametrize("error", [None, 'a quote " and ,"error":"x" in a value'])
def test_content_hash_from_the_record_without_fetch_is_the_whole_records(error: str | None) -> None:
    """The writer hashes the JSON it stores (without `fetch`) with `fetch` put back: byte for byte the
    whole record's JSON, so stores written before and after hash alike."""
    articles = [*all_articles(), decomposed(tan_tap())]
    assert any(article.fetch for article in articles) and not all(article.fetch for article in articles)
    for article in articles:
        article = article.model_copy(update={"error": error})
        record = article.model_dump_json(exclude={"fetch"})
        assert content_hash(article, record) == content_hash(article)
        assert content_hash(article) == hashlib.sha256(article.model_dump_json().encode()).hexdigest()


def test_article_without_any_identity_is_reported_not_stored(store: SQLiteStore) -> None:
    report = store.upsert([Article(source="", title="Không nguồn"), dan_van()])
    assert report.unchanged == 1 and len(report.errors) == 1
    assert store.count() == 5


def test_title_hits_rank_above_body_hits(tmp_path: Path) -> None:
    in_body = Article(
        source="a.txt",
        title="Tin hoạt động tuần này",
        body="Huyện tổ chức tập huấn chuyển đổi số cho cán bộ; chuyển đổi số được giao cho các xã.",
    )
    in_title = Article(
        source="b.txt",
        title="Chuyển đổi số trong cải cách hành chính",
        body="Tỉnh triển khai nhiều việc mới.",
    )
    with SQLiteStore(f"sqlite:///{tmp_path / 'rank.sqlite'}") as opened:
        opened.upsert([in_body, in_title])
        ranked = [hit.title for hit in opened.search(SearchQuery(q="chuyen doi so")).hits]
        scores = [hit.score for hit in opened.search(SearchQuery(q="chuyen doi so")).hits]
    assert ranked == [in_title.title, in_body.title]
    assert scores[0] > scores[1] > 0


def test_partial_dates_bound_whole_months(store: SQLiteStore) -> None:
    assert store.search(SearchQuery(date_from="2023-12", date_to="2024-01")).total == 2
    with pytest.raises(QueryError):
        store.search(SearchQuery(date_from="13/05/2024"))


def test_phrase_prefix_and_exact_highlight(store: SQLiteStore) -> None:
    hits = store.search(SearchQuery(q='"tiep cong d"*')).hits
    assert [hit.title for hit in hits] == [lich_tiep_dan().title]
    assert f"{HIGHLIGHT_START}tiếp công dân{HIGHLIGHT_END}" in hits[0].snippet_html
    hit = store.search(SearchQuery(q="TÂN TẬP", exact=True)).hits[0]
    assert f"xã {HIGHLIGHT_START}Tân{HIGHLIGHT_END} {HIGHLIGHT_START}Tập{HIGHLIGHT_END}" in hit.title_html


def test_snippet_is_about_thirty_words_around_the_first_hit(tmp_path: Path) -> None:
    filler = " ".join(f"từ{i}" for i in range(200))
    article = Article(source="long.txt", title="Bài dài", body=f"{filler} Đoàn kiểm tra đến xã. {filler}")
    with SQLiteStore(f"sqlite:///{tmp_path / 'long.sqlite'}") as opened:
        opened.upsert([article])
        snippet = opened.search(SearchQuery(q="doan")).hits[0].snippet_html
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet.split()) == 30 + 2
    assert f"{HIGHLIGHT_START}Đoàn{HIGHLIGHT_END}" in snippet


def _snippet(body: str, query: str) -> str:
    parsed = parse_query(query)
    return snippet(body, parsed.highlight_pattern(), False, parsed.longest_term)


@pytest.mark.parametrize("offset", range(560, 620, 4))
def test_snippet_starts_at_the_first_match_wherever_the_body_is_cut_to_find_it(offset: int) -> None:
    """The first match is looked for in a folded beginning of the body, widened until one is clear of
    the cut (store/sqlite_highlight.py): a phrase running past the cut must still win over a shorter
    term after its start, and a word cut in two must not match."""
    lead = "x " * (offset // 2)
    marked = _snippet(
        f"{lead}Kiểm tra cải cách hành chính; tra cứu. " + "thêm " * 200, '"kiểm tra cải cách" tra'
    )
    assert marked.split(HIGHLIGHT_START)[0].split() == ["…", *["x"] * WORDS_BEFORE_HIT], offset
    assert f"{HIGHLIGHT_START}Kiểm tra cải cách{HIGHLIGHT_END}" in marked
    cut_word = _snippet(f"{lead}trabant và {'thêm ' * 200}tra", "tra")
    assert cut_word.endswith(f"{HIGHLIGHT_START}tra{HIGHLIGHT_END}"), offset


@pytest.mark.parametrize("first_word", range(24, 30))
def test_a_phrase_that_starts_in_the_snippet_is_marked_whole(first_word: int) -> None:
    """A snippet holds 30 words from its first match; a phrase starting at any of its last words is
    marked whole, the snippet running on to its end."""
    filler = " ".join(f"từ{i}" for i in range(first_word - 2))
    body = f"Kết quả {filler} kiểm tra cải cách hành chính" + " tiếp" * 40
    marked = _snippet(body, '"kết quả" OR "kiểm tra cải cách hành chính"')
    assert marked.startswith(f"{HIGHLIGHT_START}Kết quả{HIGHLIGHT_END}")
    assert marked.endswith(f"{HIGHLIGHT_START}kiểm tra cải cách hành chính{HIGHLIGHT_END} …")


def test_a_phrase_spread_over_long_punctuation_is_still_the_first_match() -> None:
    """The words of a phrase may be any distance apart (dot leaders in a form): what bounds a match is
    its number of words, not its length."""
    body = "Kiểm" + " ." * 150 + " tra" + " ." * 400 + " cải cách hành chính." + " thêm" * 200
    marked = _snippet(body, '"kiểm tra cải cách" tra')
    assert marked.startswith("Kiểm ."), marked[:40]  # the window ends before the phrase does: unmarked


@pytest.mark.parametrize(
    ("query", "exact", "text", "spans"),
    [
        ("tra", False, "kiem tra, ktra tra-cuu xtra tra", [(5, 8), (15, 18), (28, 31)]),
        ('"kiem tra"', False, "kiem  -  tra kiemtra kiem trax (kiem tra)", [(0, 12), (32, 40)]),
        ("kiem*", False, "xkiem kiemtra kiem_ kiem", [(6, 13), (14, 19), (20, 24)]),
        ("3776/KH", False, "a3776 kh 3776-kh 3776kh", [(9, 16)]),
        ("Tân", True, "TÂN Tân xTân tân_ Tânx", [(0, 3), (4, 7)]),
    ],
)
def test_highlight_pattern_matches_whole_words(query: str, exact: bool, text: str, spans: list) -> None:
    """A term matches where no word character comes before it (the test sits after its first character,
    store/sqlite_query.py) and none after it unless it is a prefix."""
    pattern = parse_query(query, exact=exact).highlight_pattern()
    assert [m.span() for m in pattern.finditer(text)] == spans


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Đoàn kiểm tra", '(("doan") AND ("kiem") AND ("tra"))'),
        ('"tân tập" OR kiem*', '(("tan tap" OR "kiem"*))'),
        ("3776/KH-UBND", '(("3776 kh ubnd"))'),
        ('NEAR("x"', '(("near") AND ("x"))'),
        ('a"b', '(("a") AND ("b"))'),
    ],
)
def test_user_syntax_becomes_quoted_fts(text: str, expression: str) -> None:
    assert parse_query(text).match_expression() == expression


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Nguyễn Văn Hùng", '("nguyen van hung")'),
        ('"kiểm tra" xã Tân*', '("kiem tra xa tan"*)'),
        ("Nguyễn -Hùng Văn", '("nguyen van")'),
        ("Thanh", None),  # one term: the phrase is the match itself
        ('"Thanh Miện"', None),
        ("kiem* tra", None),  # a prefix before the end
        ("Thanh OR Miện xã", None),  # alternatives have no one order
    ],
)
def test_relevance_ranks_up_the_terms_side_by_side_as_typed(text: str, phrase: str | None) -> None:
    assert parse_query(text).phrase_expression() == phrase


def test_exact_and_excluded_expressions() -> None:
    parsed = parse_query("Đoàn -huyện", exact=True)
    assert parsed.match_expression() == '{title_exact body_exact} : (("Đoàn"))'
    assert parsed.excluded_expression() == '{title_exact body_exact} : ("huyện")'
    assert parse_query("   ") is None


def test_folded_search_in_every_column_matches_what_the_folded_columns_match(tmp_path: Path) -> None:
    """Folded expressions name no columns (store/sqlite_query.py); this is what makes that safe: a folded
    word or phrase is found in exactly the articles whose folded title or body holds it, though the exact
    columns also hold unmarked words ("tra", "Long An", "UBND") next to marked ones ("trà", "Đoàn")."""
    articles = [
        Article(
            source="a.txt", title="Đoàn kiểm tra tại xã Long An", body="Trà và TRA cứu hồ sơ; 3776/KH-UBND."
        ),
        Article(source="b.txt", title="Uống trà", body="Ông Nguyễn Văn Hùng, Trưởng đoàn, tra cứu dữ liệu."),
        Article(source="c.txt", title="Tra cứu thủ tục", body="Đoạn văn về đoàn thể và đoan trang, Dak Lak."),
        Article(
            source="d.txt", title="Kiem tra khong dau", body="Bai viet khong dau: doan kiem tra xa Long An."
        ),
    ]
    queries = ("tra", "trà", "đoan", "Đoàn kiểm tra", '"kiem tra"', "long an", '"van hung"', "3776 ubnd")
    queries += ("dak*", "tra -doan", '"tra cuu" OR trà', "khong dau")
    with SQLiteStore(f"sqlite:///{tmp_path / 'columns.sqlite'}") as opened:
        opened.upsert(articles)
    with sqlite3.connect(tmp_path / "columns.sqlite") as conn:

        def matching(expression: str) -> set[int]:
            return {pk for (pk,) in conn.execute("SELECT rowid FROM article_terms(?)", (expression,))}

        for query in queries:
            parsed = parse_query(query)
            for expression in filter(None, (parsed.match_expression(), parsed.excluded_expression())):
                assert matching(expression) == matching(f"{{title_folded body_folded}} : {expression}"), query
            assert matching(parsed.match_expression()), query


def test_many_hostile_queries_never_crash(store: SQLiteStore) -> None:
    pieces = [
        '"',
        "(",
        ")",
        "*",
        "-",
        "^",
        ":",
        "{",
        "}",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "+",
        "kiểm",
        "đ",
        "'",
        "\\",
    ]
    for i, a in enumerate(pieces):
        for b in pieces[i:]:
            with contextlib.suppress(QueryError):
                store.search(SearchQuery(q=f"{a}{b} {b}{a}"))


def test_concurrent_threads_each_get_a_connection(store: SQLiteStore) -> None:
    totals: list[int] = []
    threads = [
        threading.Thread(target=lambda: totals.append(store.search(SearchQuery(q="kiem tra")).total))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert totals == [3, 3, 3, 3]


def test_upsert_while_iterating(store: SQLiteStore) -> None:
    renamed = (a.model_copy(update={"extractor_version": "test-3"}) for a in store.iter_articles())
    report = store.upsert(renamed)
    assert report.updated == 5 and store.count() == 5
    assert {a.extractor_version for a in store.iter_articles()} == {"test-3"}


# --- exports ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+84 912", "'+84 912"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("xã Tân Tập", "xã Tân Tập"),
        (-3, "-3"),
        (98.5, "98.5"),
        (21.0, "21"),
        (True, "true"),
        (None, ""),
        (["a", "=b"], "a; =b"),
    ],
)
def test_csv_cells_are_formula_safe(value: object, cell: str) -> None:
    assert csv_cell(value) == cell


def test_csv_of_articles_with_bom() -> None:
    evil = dan_van().model_copy(update={"title": "=cmd|' /C calc'!A0"})
    out = io.StringIO(newline="")
    assert write_csv([tan_tap(), evil], out, bom=True) == 2
    text = out.getvalue()
    assert text.startswith("\ufeffid,url,title,")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0]["team_leaders"] == "Nguyễn Văn An (Phó Giám đốc Sở Nội vụ)"
    assert rows[0]["metrics"] == "hồ sơ giải quyết đúng hạn: 98.5 %"
    assert rows[0]["is_inspection_article"] == "true"
    assert rows[1]["title"] == "'=cmd|' /C calc'!A0"


def test_fact_rows_carry_their_article() -> None:
    rows = list(fact_rows([tan_tap(), duc_trong(), tien_yen()], "leaders"))
    assert [row["name"] for row in rows] == ["Nguyễn Văn An", "Nguyễn Văn An", "Trần Thị Bình"]
    assert rows[0]["article_url"] == tan_tap().canonical_url
    assert rows[0]["article_title"] == tan_tap().title
    assert tuple(rows[0]) == fact_columns("leaders")
    assert set(FACT_TABLES) >= {"leaders", "units", "metrics", "legal_refs", "inspection_dates"}


def test_jsonl_round_trip(store: SQLiteStore) -> None:
    out = io.StringIO()
    assert write_jsonl(store.iter_articles(), out) == 5
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    by_source = {line["source"]: line for line in lines}
    assert by_source[tan_tap().source]["http_status"] == 200
    assert "fetch" not in by_source[tan_tap().source]
    for article in (tien_yen(), duc_trong(), dan_van(), lich_tiep_dan()):
        assert Article.model_validate(by_source[article.source]) == article
