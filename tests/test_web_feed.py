"""The Atom feed of a search: same parameters as the page, newest first, scraped text escaped."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from search_app import create_app
from store import open_store
from tests.browser.ui_samples import ARTICLES, inspection

NS = {"atom": "http://www.w3.org/2005/Atom"}
HOSTILE = inspection(
    "bai-lo",
    "2024-06-01",
    ("Lê Văn <b>Tư</b>", "Trưởng phòng"),
    ("xã <script>Mỹ Lộc</script>", "xã", None, None),
    [],
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    uri = f"sqlite:///{tmp_path_factory.mktemp('feed') / 'f.sqlite'}"
    with open_store(uri) as store:
        store.upsert([*ARTICLES, HOSTILE])
    return create_app(uri, config={"TESTING": True}).test_client()


def feed(client: FlaskClient, query: str) -> ET.Element:
    response = client.get(f"/feed.atom?{query}")
    assert response.status_code == 200
    assert response.content_type == "application/atom+xml; charset=utf-8"
    return ET.fromstring(response.get_data())


def test_feed_has_the_matches_newest_first_with_links_to_article_pages(client: FlaskClient) -> None:
    root = feed(client, "q=tan+tap")
    assert root.findtext("atom:title", namespaces=NS) == "Kiểm tra CCHC: tan tap"
    entries = root.findall("atom:entry", NS)
    assert [e.findtext("atom:updated", namespaces=NS) for e in entries] == [
        "2024-05-28T00:00:00Z",
        "2023-06-20T00:00:00Z",
    ]
    link = entries[0].find("atom:link", NS).get("href")
    assert urlsplit(link).path.startswith("/a/") and client.get(urlsplit(link).path).status_code == 200
    assert "Tân Tập" in entries[0].findtext("atom:summary", namespaces=NS)
    assert "\ue000" not in entries[0].findtext("atom:summary", namespaces=NS)


def test_feed_honours_filters_and_escapes_scraped_text(client: FlaskClient) -> None:
    assert len(feed(client, "f=leader:Trần+Thị+Hoa").findall("atom:entry", NS)) == 3
    raw = client.get("/feed.atom?q=my+loc").get_data(as_text=True)
    assert "<script>" not in raw and "&lt;script&gt;" in raw
    assert client.get("/feed.atom?sort=random").status_code == 400


def test_search_page_links_its_feed(client: FlaskClient) -> None:
    soup = BeautifulSoup(client.get("/?q=can+giuoc&f=kind:visit").get_data(as_text=True), "html.parser")
    alternate = soup.find("link", rel="alternate", type="application/atom+xml")["href"]
    assert urlsplit(alternate).path == "/feed.atom"
    assert parse_qs(urlsplit(alternate).query) == {"q": ["can giuoc"], "f": ["kind:visit"]}
    assert soup.select_one(".exports").find("a", string="Atom")["href"] == alternate
