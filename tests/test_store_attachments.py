"""Text read from attached documents (`FetchedPage.attachment_texts`) is kept by every store, so
`cchc reextract` reads the attached plan again (the extractor analyses it as more of the body)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from cchc.cli import main
from cchc.record import FetchedPage
from extract import extract_page
from store import open_store
from store.base import article_id
from store.elastic import ElasticStore
from store.sqlite import SQLiteStore
from tests.elastic_server import elastic_uri_factory, elastic_url  # noqa: F401 - fixtures
from tests.old_schemas import as_schema

ARTICLE_URL = "https://tanphu.example.gov.vn/tin-tuc/ke-hoach-kiem-tra-cchc-2024.html"
PLAN_URL = "https://tanphu.example.gov.vn/files/ke-hoach-kiem-tra.pdf"
PLAN_TEXT = (
    "Kế hoạch kiểm tra cải cách hành chính năm 2024 của huyện.\n"
    "Đoàn kiểm tra của Ủy ban nhân dân huyện làm việc tại Ủy ban nhân dân xã Tân Phú ngày 22/10/2024."
)
HTML = (
    "<html><head><title>Kế hoạch kiểm tra cải cách hành chính năm 2024</title></head><body><article>"
    "<h1>Kế hoạch kiểm tra cải cách hành chính năm 2024</h1><p>Ngày đăng: 02/10/2024</p>"
    "<p>Ủy ban nhân dân huyện ban hành kế hoạch kiểm tra công tác cải cách hành chính tại các xã.</p>"
    f"<p>Tệp đính kèm: <a href='{PLAN_URL}'>kế hoạch</a></p></article></body></html>"
)


def page() -> FetchedPage:
    return FetchedPage(
        url=ARTICLE_URL,
        final_url=ARTICLE_URL,
        fetched_at=datetime(2024, 10, 30, 8, 30, tzinfo=UTC),
        status=200,
        html=HTML,
        encoding="utf-8",
        attachments=[PLAN_URL],
        attachment_texts={PLAN_URL: PLAN_TEXT},
    )


PLAN_LINE = PLAN_TEXT.splitlines()[-1]


def test_sqlite_get_returns_the_attachment_texts(tmp_path: Path) -> None:
    with SQLiteStore(f"sqlite:///{tmp_path / 'a.sqlite'}") as store:
        store.upsert([extract_page(page())])
        stored = store.get(ARTICLE_URL)
    assert stored is not None and stored.fetch == page()


def test_reextract_reads_the_attachments_again(tmp_path: Path) -> None:
    uri = f"sqlite:///{tmp_path / 'r.sqlite'}"
    current = extract_page(page())
    assert PLAN_LINE in current.body
    stale = current.model_copy(update={"extractor_version": "0.0.0-old", "body": "Bản cũ."})
    with open_store(uri) as store:
        store.upsert([stale])
    result = CliRunner().invoke(main, ["reextract", "--store", uri], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "1 updated" in result.stdout
    with open_store(uri, read_only=True) as store:
        rebuilt = store.get(article_id(ARTICLE_URL))
    assert rebuilt is not None and rebuilt.fetch == page()
    assert PLAN_LINE in rebuilt.body


def test_pages_stored_before_schema_4_read_back_without_attachment_texts(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with SQLiteStore(f"sqlite:///{path}") as store:
        store.upsert([extract_page(page())])
    as_schema(path, 3, earlier="ALTER TABLE fetches DROP COLUMN attachment_texts;")
    with SQLiteStore(f"sqlite:///{path}") as migrated:
        stored = migrated.get(ARTICLE_URL)
    assert stored is not None and stored.fetch == page().model_copy(update={"attachment_texts": {}})


@pytest.mark.elastic
def test_elasticsearch_keeps_the_attachment_texts(elastic_uri_factory: Callable[[], str]) -> None:  # noqa: F811
    with ElasticStore(elastic_uri_factory()) as store:
        store.upsert([extract_page(page())])
        stored = store.get(ARTICLE_URL)
    assert stored is not None and stored.fetch == page()
