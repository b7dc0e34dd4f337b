"""Comparison view and entity pages over a real SQLite store of Long An inspections (`tests.browser.ui_samples`)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from search_app import create_app
from search_app.charts import BAR_WIDTH
from store import open_store
from store.base import article_id, article_key
from tests.browser.ui_samples import ARTICLES


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    uri = f"sqlite:///{tmp_path_factory.mktemp('compare') / 'c.sqlite'}"
    with open_store(uri) as store:
        store.upsert(ARTICLES)
    return create_app(uri, config={"TESTING": True}).test_client()


def page(client: FlaskClient, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def table(soup: BeautifulSoup, selector: str) -> list[list[str]]:
    return [
        [c.get_text(" ", strip=True) for c in tr.select("th, td")] for tr in soup.select(f"{selector} tr")
    ]


def link_of(slug: str) -> str:
    article = next(a for a in ARTICLES if a.url and a.url.endswith(slug))
    return f"/a/{article_id(article_key(article))}"


def test_compare_without_province_offers_the_provinces(client: FlaskClient) -> None:
    soup = page(client, "/compare")
    assert [o.get_text() for o in soup.select("#province option")] == ["— chọn —", "Long An"]
    assert soup.select_one(".compare-table") is None


def test_districts_and_communes_side_by_side_with_newest_figures(client: FlaskClient) -> None:
    soup = page(client, "/compare?province=Long+An")
    districts, communes = soup.select(".compare-table")
    rows = table(districts, "")
    assert rows[0][:4] == ["Đơn vị", "Số lần kiểm tra", "Tỷ lệ hồ sơ đúng hạn", "Tỷ lệ hồ sơ trước hạn"]
    assert rows[1][:4] == ["huyện Cần Giuộc", "2", "97,3%", "12,4%"]  # 2024 beats 2023's 95,5%
    assert rows[2][:3] == ["huyện Đức Hòa", "1", "91,2%"]
    newest = districts.find("a", string="97,3%")
    assert newest["href"] == link_of("kiem-tra-cchc-can-giuoc-2024")
    assert "18/20 nhiệm vụ" in districts.get_text()
    commune_rows = table(communes, "tbody")
    assert [r[0] for r in commune_rows] == ["xã Long Hậu nay: xã Cần Giuộc", "xã Tân Tập"]
    assert "1.204 hồ sơ" in communes.get_text()


def test_years_narrow_the_comparison(client: FlaskClient) -> None:
    soup = page(client, "/compare?province=Long+An&from_year=2023&to_year=2023")
    districts = soup.select(".compare-table")[0]
    assert districts.find("a", string="95,5%")["href"] == link_of("kiem-tra-cchc-can-giuoc-2023")
    assert "97,3%" not in districts.get_text()
    empty = page(client, "/compare?province=Long+An&from_year=2030")
    assert "Không có bài kiểm tra nào" in empty.select_one(".message").get_text()


@pytest.mark.parametrize("query", ["from_year=abc", "to_year=20245", "from_year=2024&to_year=2023"])
def test_bad_years_are_400(client: FlaskClient, query: str) -> None:
    page(client, f"/compare?province=Long+An&{query}", status=400)


def test_charts_are_inline_svg_with_links_and_no_inline_styles(client: FlaskClient) -> None:
    response = client.get("/compare?province=Long+An")
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    charts = soup.select("svg.chart")
    assert len(charts) == 1 + 2 + 2  # per month, two districts, two communes
    per_month = charts[0]
    values = [t.get_text() for t in per_month.select("text.chart-value")]
    assert len(values) == 13 and values.count("") == 9  # 05/2023 … 05/2024, four months with inspections
    assert [t.get_text() for t in per_month.select("text.chart-label")][:2] == ["05/23", "06/23"]
    can_giuoc = soup.select("figure.unit-chart")[0]
    assert can_giuoc.figcaption.get_text() == "huyện Cần Giuộc"
    bar_links = [a["href"] for a in can_giuoc.select("svg a")]
    assert link_of("kiem-tra-cchc-can-giuoc-2024") in bar_links
    widths = [float(r["width"]) for r in can_giuoc.select("rect.chart-bar")]
    assert widths[0] == pytest.approx(0.973 * BAR_WIDTH, abs=0.1)
    assert soup.find(attrs={"style": True}) is None and soup.find("script") is None
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]


def test_leader_page_lists_inspections_and_posts(client: FlaskClient) -> None:
    soup = page(client, "/leader/Trần Thị Hoa")
    assert soup.h1.get_text() == "Trần Thị Hoa"
    assert table(soup, ".posts-table tbody") == [["Giám đốc Sở Nội vụ", "20/06/2023", "21/05/2024"]]
    rows = table(soup, ".inspections-table tbody")
    assert [r[:2] for r in rows] == [
        ["20/06/2023", "xã Tân Tập"],
        ["02/04/2024", "xã Long Hậu"],
        ["21/05/2024", "huyện Cần Giuộc"],
    ]
    assert soup.select_one(".inspections-table a")["href"] == "/unit/x%C3%A3%20T%C3%A2n%20T%E1%BA%ADp"
    page(client, "/leader/Không Có Ai", status=404)


def test_unit_page_has_figures_over_time_and_its_2025_name(client: FlaskClient) -> None:
    soup = page(client, "/unit/xã Tân Tập")
    assert "2 lần" in soup.select_one(".summary").get_text()
    assert table(soup, ".names-table tbody") == [["xã Tân Tập", "xã Tân Tập"]]
    figures = table(soup, ".figures-table tbody")
    assert figures[0] == ["Tỷ lệ hồ sơ đúng hạn", "20/06/2023", "98,1%"]
    assert ["Hồ sơ đã giải quyết", "28/05/2024", "1.204 hồ sơ"] in figures
    merged = page(client, "/unit/xã Cần Giuộc")  # the post-2025 name finds the old unit
    assert table(merged, ".names-table tbody") == [["xã Long Hậu", "xã Cần Giuộc"]]
    page(client, "/unit/xã Không Tồn Tại", status=404)
