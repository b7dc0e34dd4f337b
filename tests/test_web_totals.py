"""Totals on the search page and in the API: an estimated total is shown as one ("≈ 1.234 bài"), and
page links never point past the result window a URL may ask for.

A real SQLite store of synthetic articles; its search limits are lowered (as in
tests/test_store_sqlite_search.py) so a few hundred articles take the estimating path a store of
millions takes.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

import search_app.params
import search_app.views.search
import store.sqlite_search as plans
from bench.corpus import generate
from search_app import create_app
from search_app.formatting import vn_number
from store import open_store

BROAD = "q=kiem+tra"


@pytest.fixture(scope="module")
def store_uri(tmp_path_factory: pytest.TempPathFactory) -> str:
    uri = f"sqlite:///{tmp_path_factory.mktemp('totals') / 'totals.sqlite'}"
    with open_store(uri) as store:
        store.upsert([s.record for s in generate(300, seed=5, html=False)])
    return uri


@pytest.fixture
def client(store_uri: str) -> FlaskClient:
    return create_app(store_uri, config={"TESTING": True, "RESPONSE_CACHE_SIZE": 0}).test_client()


def summary(client: FlaskClient, query: str) -> str:
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    return soup.select_one(".summary").get_text(" ", strip=True)


@pytest.mark.usefixtures("small_search_limits")
def test_an_estimated_total_is_marked_on_the_page_and_in_the_api(client: FlaskClient) -> None:
    data = client.get(f"/api/search?{BROAD}").get_json()
    assert data["total_approximate"] is True and data["total"] > plans.COUNT_LIMIT
    assert summary(client, BROAD) == f"Tìm thấy ≈ {vn_number(data['total'])} bài"
    soup = BeautifulSoup(client.get(f"/?{BROAD}").get_data(as_text=True), "html.parser")
    assert soup.select_one(".summary abbr")["title"] == "ước tính"


def test_a_counted_total_is_shown_as_it_is(client: FlaskClient) -> None:
    data = client.get(f"/api/search?{BROAD}").get_json()
    assert data["total_approximate"] is False and data["total"] > 0
    assert summary(client, BROAD) == f"Tìm thấy {vn_number(data['total'])} bài"


def test_page_links_stop_at_the_result_window(client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_app.params, "MAX_RESULT_WINDOW", 50)
    monkeypatch.setattr(search_app.views.search, "MAX_RESULT_WINDOW", 50)
    response = client.get("/?per_page=5")
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    numbers = [int(a.get_text()) for a in soup.select(".pagination a") if a.get_text().isdigit()]
    assert max(numbers) == 10  # 300 matches, but only the first 50 can be asked for
    assert client.get("/?per_page=5&page=10").status_code == 200
    assert client.get("/?per_page=5&page=11").status_code == 400
