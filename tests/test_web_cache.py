"""The web app's answer cache never outlives the data it shows, and cheap facet links equal the slow ones.

Writes come from another store object (as from `cchc crawl` in another process) or another thread;
each must change `Store.data_version()` so the next request renders afresh.
"""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from search_app import create_app
from search_app.cache import Cached, ResponseCache
from search_app.params import SearchState
from store.sqlite import SQLiteStore
from tests.store_contract.samples import all_articles, tan_tap


@pytest.fixture
def uri(tmp_path: Path) -> str:
    uri = f"sqlite:///{tmp_path / 'cache.sqlite'}"
    with SQLiteStore(uri) as store:
        store.upsert(all_articles()[:3])
    return uri


def total(client: FlaskClient, query: str) -> int:
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 200
    return response.get_json()["total"]


def another_article(n: int):
    return tan_tap().model_copy(
        update={
            "canonical_url": f"https://xa{n}.example.gov.vn/kiem-tra",
            "url": None,
            "title": f"Bài số {n}",
        }
    )


def test_repeated_search_is_answered_from_the_cache(uri: str) -> None:
    app = create_app(uri)
    client = app.test_client()
    first = client.get("/?q=kiem+tra")
    again = client.get("/?q=kiem+tra")
    assert first.status_code == again.status_code == 200
    assert again.get_data() == first.get_data()
    assert again.headers["Content-Security-Policy"] == first.headers["Content-Security-Policy"]
    assert len(app.extensions["cchc_response_cache"]) == 1


def test_x_cache_says_miss_when_rendered_and_hit_when_reused(uri: str) -> None:
    app = create_app(uri)
    client = app.test_client()
    answers = [client.get("/api/search?q=kiem+tra") for _ in range(3)]
    assert [a.headers.get("X-Cache") for a in answers] == ["miss", "hit", "hit"]
    assert answers[1].get_data() == answers[2].get_data() == answers[0].get_data()
    assert client.get("/?q=*").headers.get("X-Cache") is None  # an error is neither stored nor reused
    uncached = create_app(uri, config={"RESPONSE_CACHE_SIZE": 0}).test_client()
    assert uncached.get("/api/search?q=kiem+tra").headers.get("X-Cache") is None


def test_x_cache_worker_tells_the_processes_apart(uri: str) -> None:
    """The benchmark warms every worker of `cchc serve --workers N` by this header: a worker forked from
    the built app (as gunicorn's preload does) names its cache differently from the parent's."""
    app = create_app(uri)
    read, write = os.pipe()
    if (pid := os.fork()) == 0:
        try:
            os.write(write, app.test_client().get("/api/search?q=kiem").headers["X-Cache-Worker"].encode())
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    in_child = os.read(read, 64).decode()
    client = app.test_client()
    here = [client.get("/api/search?q=kiem").headers for _ in range(2)]
    assert [h["X-Cache"] for h in here] == ["miss", "hit"]
    assert here[0]["X-Cache-Worker"] == here[1]["X-Cache-Worker"] != in_child != ""


def test_a_write_from_another_connection_invalidates_cached_answers(uri: str) -> None:
    client = create_app(uri).test_client()
    before = total(client, "q=kiem+tra")
    with SQLiteStore(uri) as writer:
        writer.upsert([another_article(1)])
    assert total(client, "q=kiem+tra") == before + 1
    page = client.get("/?q=B%C3%A0i+s%E1%BB%91+1").get_data(as_text=True)
    assert "Bài số 1" in page


def test_a_write_through_the_same_store_object_changes_its_version(uri: str) -> None:
    with SQLiteStore(uri) as store:
        version = store.data_version()
        assert store.data_version() == version
        store.upsert([another_article(2)])
        assert store.data_version() != version


def test_a_commit_seen_by_another_thread_changes_the_shared_version(uri: str) -> None:
    reader = SQLiteStore(uri, read_only=True)
    seen: list[int] = []

    def in_thread() -> None:
        seen.append(reader.data_version())

    threads = [threading.Thread(target=in_thread)]
    threads[0].start()
    threads[0].join()
    version = reader.data_version()
    with SQLiteStore(uri) as writer:
        writer.upsert([another_article(3)])
    assert reader.data_version() > max(version, *seen)
    reader.close()


def test_errors_and_exports_are_not_cached(uri: str) -> None:
    app = create_app(uri)
    client = app.test_client()
    assert client.get("/?q=*").status_code == 400
    assert client.get("/export.csv?q=kiem").status_code == 200
    assert len(app.extensions["cchc_response_cache"]) == 0


def test_cache_size_zero_turns_it_off(uri: str) -> None:
    app = create_app(uri, config={"RESPONSE_CACHE_SIZE": 0})
    assert "cchc_response_cache" not in app.extensions
    assert app.test_client().get("/?q=kiem").status_code == 200


def test_least_recently_used_answers_go_first_within_both_bounds() -> None:
    cache = ResponseCache(max_entries=2, max_bytes=10)
    small = Cached(b"abcd", 200, ())
    cache.put(("/a", 1), small)
    cache.put(("/b", 1), small)
    assert cache.get(("/a", 1)) == small  # /a used last: /b goes first
    cache.put(("/c", 1), small)
    assert cache.get(("/b", 1)) is None and cache.get(("/a", 1)) == small
    cache.put(("/d", 1), Cached(b"0123456789", 200, ()))  # fills the byte bound alone
    assert len(cache) == 1 and cache.get(("/d", 1)) is not None
    cache.put(("/e", 1), Cached(b"x" * 11, 200, ()))  # larger than the bound: never kept
    assert cache.get(("/e", 1)) is None


@pytest.mark.parametrize(
    "state",
    [
        SearchState(),
        SearchState(q="cải cách & hành chính"),
        SearchState(
            q="Tân Tập",
            exact=True,
            filters=(("province", "Long An"),),
            date_from=date(2024, 1, 2),
            date_to=date(2024, 12, 31),
            sort="date",
            per_page=50,
            page=3,
        ),
        SearchState(filters=(("kind", "visit"), ("leader", "Nguyễn Văn An"))),
    ],
)
def test_facet_links_built_by_concatenation_equal_the_full_url(uri: str, state: SearchState) -> None:
    with create_app(uri).test_request_context("/"):
        for name, value in [("province", "Bà Rịa - Vũng Tàu"), ("kind", "visit"), ("leader", "Lê Thị: Hà")]:
            pair = (name, value)
            filters = (
                tuple(f for f in state.filters if f != pair)
                if pair in state.filters
                else (*state.filters, pair)
            )
            assert state.toggle_filter_url(name, value) == state.url(filters=filters, page=1)
