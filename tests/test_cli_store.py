"""`cchc search`, `cchc export` and `cchc reextract` through click's CliRunner on a real SQLite store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cchc.cli import main
from cchc.record import Article
from extract import EXTRACTOR_VERSION
from store import open_store
from store.base import article_id, article_key
from tests.store_contract.samples import all_articles, dan_van, lich_tiep_dan, tan_tap


@pytest.fixture
def uri(tmp_path: Path) -> str:
    uri = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    evil = dan_van().model_copy(update={"title": '=HYPERLINK("http://evil","Hội nghị")'})
    with open_store(uri) as store:
        store.upsert([*all_articles()[:3], evil, lich_tiep_dan()])
    return uri


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_search_table_shows_highlights_in_brackets(uri: str) -> None:
    result = run("search", "--store", uri, "doan", "kiem", "tra")
    assert result.exit_code == 0, result.output
    assert "13/05/2024  sonoivu.longan.gov.vn" in result.stdout
    assert "[Đoàn] [kiểm] [tra] cải cách hành chính" in result.stdout
    assert result.stdout.rstrip().endswith("kết quả / results")


def test_search_jsonl_one_hit_per_line(uri: str) -> None:
    result = run("search", "--store", uri, "--format", "jsonl", "--limit", "2", "kiem tra")
    assert result.exit_code == 0
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(hits) == 2
    assert {"id", "url", "title", "snippet_html", "title_html"} <= set(hits[0])


def test_search_exact_and_filters(uri: str) -> None:
    plain = run("search", "--store", uri, "--format", "jsonl", "--exact", "tan tap")
    assert plain.stdout == ""
    exact = run("search", "--store", uri, "--format", "jsonl", "--exact", "Tân Tập")
    assert json.loads(exact.stdout)["id"] == article_id(article_key(tan_tap()))
    filtered = run(
        "search", "--store", uri, "--format", "jsonl", "--filter", "province=Quảng Ninh", "kiem tra"
    )
    assert [json.loads(line)["province"] for line in filtered.stdout.splitlines()] == ["Quảng Ninh"]


@pytest.mark.parametrize("query", ["AND", "*", "-", "()"])
def test_malformed_query_exits_2_with_a_message(uri: str, query: str) -> None:
    result = CliRunner().invoke(main, ["search", "--store", uri, query])
    assert result.exit_code == 2
    assert "không có từ nào để tìm" in result.stderr
    assert "Traceback" not in result.output


def test_search_uses_cchc_store_env(uri: str) -> None:
    result = run("search", "--format", "jsonl", "tan tap", env={"CCHC_STORE": uri})
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["search", "--store", f"sqlite:///{tmp_path / 'none.sqlite'}", "x"])
    assert result.exit_code == 1
    assert "no store" in result.stderr


def test_export_articles_csv_is_formula_safe_with_bom(uri: str, tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    result = run(
        "export", "--store", uri, "--what", "articles", "--format", "csv", "--bom", "--output", str(out)
    )
    assert result.exit_code == 0
    assert "exported 5 articles rows" in result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,url,title,")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 5
    titles = {row["title"] for row in rows}
    assert '\'=HYPERLINK("http://evil","Hội nghị")' in titles
    assert not any(title.startswith("=") for title in titles)


def test_export_fact_rows_with_article_context(uri: str) -> None:
    result = run(
        "export", "--store", uri, "--what", "leaders", "--format", "csv", "--filter", "province=Long An"
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(row["name"], row["article_title"]) for row in rows] == [("Nguyễn Văn An", tan_tap().title)]
    assert rows[0]["article_url"] == tan_tap().canonical_url
    assert rows[0]["evidence_sentence"].startswith("Ngày 10/5/2024, Đoàn kiểm tra")


def test_export_jsonl_round_trips_to_the_extract_record(uri: str) -> None:
    result = run("export", "--store", uri, "--format", "jsonl", "tan tap")
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record == tan_tap().public_dict()
    expected = tan_tap().model_copy(update={"fetch": None})
    assert Article.model_validate({k: v for k, v in record.items() if k in Article.model_fields}) == expected


def test_export_bad_query_exits_2(uri: str) -> None:
    result = CliRunner().invoke(main, ["export", "--store", uri, "--format", "jsonl", "*"])
    assert result.exit_code == 2 and "cchc:" in result.stderr


def test_reextract_rebuilds_from_raw_html_and_keeps_ids(uri: str) -> None:
    old = tan_tap()
    html = (
        "<html><head><title>Kiểm tra CCHC tại xã Tân Tập</title></head><body><article>"
        "<h1>Kiểm tra cải cách hành chính tại xã Tân Tập năm 2024</h1>"
        f"<p>{old.body}</p><p>{old.body}</p></article></body></html>"
    )
    stale = old.model_copy(
        update={"extractor_version": "0.0.0-old", "fetch": old.fetch.model_copy(update={"html": html})}
    )
    with open_store(uri) as store:
        store.upsert([stale])
    result = run("reextract", "--store", uri)
    assert result.exit_code == 0, result.output
    assert "1 updated" in result.stdout
    assert "4 skipped without raw HTML" in result.stdout
    with open_store(uri, read_only=True) as store:
        rebuilt = store.get(article_id(article_key(old)))
        assert store.count() == 5
    assert rebuilt.extractor_version == EXTRACTOR_VERSION
    assert rebuilt.canonical_url == old.canonical_url
    assert "Tân Tập" in rebuilt.title
    assert "Đoàn kiểm tra" in rebuilt.body
    assert rebuilt.fetch == stale.fetch
