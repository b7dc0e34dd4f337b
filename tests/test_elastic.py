"""Elasticsearch backend beyond the shared contract: bulk errors, streaming, reindex, store copy, CLI.

Runs against osmem-server (in-memory, OpenSearch-compatible) started once per session by
tests/elastic_server.py; the contract suite in tests/store_contract/ also runs on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from cchc.cli import main
from cchc.record import Article, Metric
from store import open_store
from store.base import SearchQuery, StoreError, article_id, article_key
from store.elastic import BULK_CHUNK, SCAN_PAGE, ElasticStore
from store.elastic_index import client_from_env, current_index, parse_uri
from tests.elastic_server import elastic_uri_factory, elastic_url  # noqa: F401 - fixtures
from tests.store_contract.samples import all_articles, duc_trong, tan_tap

pytestmark = pytest.mark.elastic


@pytest.fixture
def store(elastic_uri_factory: Callable[[], str]) -> Iterator[ElasticStore]:  # noqa: F811
    with ElasticStore(elastic_uri_factory()) as opened:
        yield opened


def ident(article: Article) -> str:
    return article_id(article_key(article))


def many_articles(n: int) -> list[Article]:
    """`n` small articles, enough to span several bulk chunks and scan pages."""
    return [
        Article(
            source=f"https://xa{i}.example.gov.vn/kiem-tra-cchc",
            canonical_url=f"https://xa{i}.example.gov.vn/kiem-tra-cchc",
            title=f"Kiểm tra cải cách hành chính tại xã số {i}",
            published_date=f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            body=f"Đoàn kiểm tra làm việc với xã số {i} về thủ tục hành chính.",
        )
        for i in range(n)
    ]


def test_uri_names_the_alias() -> None:
    assert parse_uri("https://es.example:9200") == ("https://es.example:9200", "cchc-articles")
    assert parse_uri("http://127.0.0.1:9200/?index=cchc") == ("http://127.0.0.1:9200", "cchc")
    with pytest.raises(StoreError):
        parse_uri("http://127.0.0.1:9200?index=Bad Name")


def test_auth_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_ES_USERNAME", "elastic")
    monkeypatch.setenv("CCHC_ES_PASSWORD", "secret")
    assert client_from_env("http://es.example:9200")._headers["authorization"] == "Basic ZWxhc3RpYzpzZWNyZXQ="
    monkeypatch.setenv("CCHC_ES_API_KEY", "a2V5")
    assert client_from_env("http://es.example:9200")._headers["authorization"] == "ApiKey a2V5"


def test_read_only_store_needs_an_existing_index(elastic_uri_factory: Callable[[], str]) -> None:  # noqa: F811
    with pytest.raises(StoreError, match="cchc index create"):
        ElasticStore(elastic_uri_factory(), read_only=True)


def test_documents_rejected_by_the_mapping_are_reported_and_the_rest_kept(store: ElasticStore) -> None:
    bad = tan_tap().model_copy(update={"published_date": "13/05/2024"})
    report = store.upsert([bad, duc_trong()])
    assert report.inserted == 1 and len(report.errors) == 1
    assert bad.canonical_url in report.errors[0] and "published_date" in report.errors[0]
    assert store.count() == 1
    report = store.upsert([tan_tap()])  # the fixed record goes in: the failure left nothing behind
    assert (report.inserted, report.errors) == (1, [])


def test_many_articles_span_chunks_and_stream_back_complete(store: ElasticStore) -> None:
    articles = many_articles(BULK_CHUNK + SCAN_PAGE // 2 + 7)
    report = store.upsert(articles)
    assert (report.inserted, report.errors) == (len(articles), [])
    assert store.count() == len(articles)
    streamed = [ident(a) for a in store.iter_articles(SearchQuery(sort="date"))]
    assert sorted(streamed) == sorted(ident(a) for a in articles)
    report = store.upsert(articles)
    assert (report.inserted, report.updated, report.unchanged) == (0, 0, len(articles))


def test_search_after_pages_through_everything_once(store: ElasticStore) -> None:
    articles = many_articles(45)
    store.upsert(articles)
    seen: list[str] = []
    query = SearchQuery(q="kiem tra", sort="date", per_page=10)
    while hits := store.search(query).hits:
        seen += [hit.id for hit in hits]
        query = query.model_copy(update={"search_after": hits[-1].sort_key})
    assert len(seen) == len(set(seen)) == len(articles)


def test_metric_label_and_value_match_together(store: ElasticStore) -> None:
    two = duc_trong().model_copy(
        update={
            "metrics": [
                Metric(label="nhiệm vụ hoàn thành", value=21, total=29),
                Metric(label="hồ sơ đúng hạn", value=98.5, unit="%"),
            ]
        }
    )
    store.upsert([two])

    def hits(label: str, value: float) -> int:
        nested = {
            "bool": {"filter": [{"term": {"metrics.label": label}}, {"term": {"metrics.value": value}}]}
        }
        query = {"nested": {"path": "metrics", "query": nested}}
        return store.client.count(index=store.alias, query=query)["count"]

    assert hits("nhiệm vụ hoàn thành", 21) == 1
    assert hits("nhiệm vụ hoàn thành", 98.5) == 0  # label of one metric, value of the other


def test_index_create_and_reindex_swap_the_alias(elastic_uri_factory: Callable[[], str]) -> None:  # noqa: F811
    uri = elastic_uri_factory()
    runner = CliRunner()
    created = runner.invoke(main, ["index", "create", "--store", uri])
    assert created.exit_code == 0, created.output
    _, alias = parse_uri(uri)
    assert f"{alias}-v1" in created.output
    assert runner.invoke(main, ["index", "create", "--store", uri]).exit_code == 0  # idempotent
    with ElasticStore(uri) as store:
        store.upsert(all_articles())
        reindexed = runner.invoke(main, ["index", "reindex", "--store", uri])
        assert reindexed.exit_code == 0, reindexed.output
        assert current_index(store.client, alias) == f"{alias}-v2"
        assert store.client.indices.exists(index=f"{alias}-v1")  # kept for a roll-back
        assert store.count() == len(all_articles())
        assert store.get(ident(tan_tap())) == tan_tap()
        assert {h.id for h in store.search(SearchQuery(q="duc trong")).hits} == {ident(duc_trong())}
        report = store.upsert(all_articles())
        assert report.unchanged == len(all_articles())


def test_store_copy_sqlite_to_elastic_and_back_loses_nothing(
    elastic_uri_factory: Callable[[], str],  # noqa: F811
    tmp_path: Path,
) -> None:
    sqlite_uri, back_uri = f"sqlite:///{tmp_path / 'a.sqlite'}", f"sqlite:///{tmp_path / 'b.sqlite'}"
    elastic_uri = elastic_uri_factory()
    with open_store(sqlite_uri) as source:
        source.upsert(all_articles())
    runner = CliRunner()
    there = runner.invoke(main, ["store", "copy", "--from", sqlite_uri, "--to", elastic_uri])
    assert there.exit_code == 0, there.output
    assert "5 inserted" in there.output
    back = runner.invoke(main, ["store", "copy", "--from", elastic_uri, "--to", back_uri])
    assert back.exit_code == 0, back.output
    with open_store(back_uri, read_only=True) as copied, open_store(elastic_uri, read_only=True) as elastic:
        assert sorted(copied.iter_articles(), key=article_key) == sorted(all_articles(), key=article_key)
        for query in (SearchQuery(q="kiem tra cai cach"), SearchQuery(filters={"province": ["Long An"]})):
            assert {h.id for h in copied.search(query).hits} == {h.id for h in elastic.search(query).hits}
    again = runner.invoke(main, ["store", "copy", "--from", sqlite_uri, "--to", elastic_uri])
    assert "0 inserted, 0 updated, 5 unchanged" in again.output


def test_index_commands_need_an_elasticsearch_uri(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["index", "create", "--store", f"sqlite:///{tmp_path / 'x.sqlite'}"])
    assert result.exit_code == 2 and "not an Elasticsearch URI" in result.output
