"""Fact tables (`/facts/<table>`, `/api/facts/<table>`, CSV / JSON Lines / XLSX exports) and the article
page's other copies and versions, over a real SQLite store of Long An inspections (`tests.browser.ui_samples`)
plus an article whose scraped title is a spreadsheet formula."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient
from openpyxl import load_workbook

from cchc.record import Article
from search_app import create_app
from search_app.fact_tables import TABLES
from store import open_store
from store.base import article_id
from tests.browser.ui_samples import ARTICLES
from tests.test_web import hostile_article

ALL = [*ARTICLES, hostile_article()]
METRIC_KEYS = Counter(m.key for a in ALL for m in a.metrics)
INSPECTIONS = [a for a in ALL if a.is_inspection_article]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    uri = f"sqlite:///{tmp_path_factory.mktemp('facts') / 'f.sqlite'}"
    with open_store(uri) as store:
        assert store.upsert(ALL).inserted == len(ALL)
    return create_app(uri, config={"TESTING": True}).test_client()


def page(client: FlaskClient, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def api(client: FlaskClient, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    return response.get_json()


def test_index_links_every_table(client: FlaskClient) -> None:
    links = {a["href"] for a in page(client, "/facts").select(".table-list a")}
    assert links == {f"/facts/{name}" for name in TABLES}


def test_metrics_table_counts_its_keys_and_filters_by_one(client: FlaskClient) -> None:
    data = api(client, "/api/facts/metrics?per_page=200")
    assert data["total"] == sum(METRIC_KEYS.values())
    assert {v["value"]: v["count"] for v in data["facets"]["key"]} == dict(METRIC_KEYS)
    on_time = api(client, "/api/facts/metrics?key=rate_on_time&per_page=200")
    assert on_time["total"] == METRIC_KEYS["rate_on_time"]
    assert {row["key"] for row in on_time["rows"]} == {"rate_on_time"}
    assert {row["unit"] for row in on_time["rows"]} == {"%"}


def test_table_page_shows_vietnamese_values_and_links_each_row_to_its_sentence(client: FlaskClient) -> None:
    soup = page(client, "/facts/metrics?key=rate_on_time")
    assert soup.select_one(".summary strong").get_text() == str(METRIC_KEYS["rate_on_time"])
    cells = [td.get_text() for td in soup.select("table.data-table td.num")]
    assert "97,3" in cells  # decimal comma
    link = soup.select_one("table.data-table td a")["href"]
    path, anchor = link.split("#")
    article = page(client, path)
    assert article.find(id=anchor).name == "mark"
    assert "Tỷ lệ hồ sơ đúng hạn" in soup.select_one(".active-filters").get_text()


def test_facet_link_adds_the_column_filter_and_keeps_the_search(client: FlaskClient) -> None:
    soup = page(client, "/facts/units?q=tan+tap")
    facet = next(s for s in soup.select(".facet") if s.h3.get_text() == "Loại đơn vị")
    link = facet.find("a", string=lambda text: text and text.strip() == "xã")["href"]
    assert "q=tan+tap" in link and "type=x%C3%A3" in link
    rows = page(client, link).select("table.data-table tbody tr")
    assert rows and all(tr.find_all("td")[1].get_text() == "xã" for tr in rows)


def test_inspections_table_has_one_row_per_inspection_with_leaders(client: FlaskClient) -> None:
    data = api(client, "/api/facts/inspections?per_page=200")
    assert data["total"] == len(INSPECTIONS)
    hoa = api(client, "/api/facts/inspections?leaders=Tr%E1%BA%A7n+Th%E1%BB%8B+Hoa&per_page=200")
    expected = [a for a in INSPECTIONS if any(x.name == "Trần Thị Hoa" for x in a.team_leaders)]
    assert hoa["total"] == len(expected) > 0
    assert all("Trần Thị Hoa" in row["leaders"] for row in hoa["rows"])
    assert all(row["inspection_dates"] for row in hoa["rows"])


def test_search_params_choose_the_articles(client: FlaskClient) -> None:
    in_2024 = api(client, "/api/facts/inspections?from=2024-01-01&to=31/12/2024&per_page=200")
    assert in_2024["total"] == sum((a.published_date or "").startswith("2024") for a in INSPECTIONS)
    assert {row["published_date"][:4] for row in in_2024["rows"]} == {"2024"}
    province = api(client, "/api/facts/leaders?f=province:Long+An&per_page=200")
    assert province["total"] == sum(len(a.team_leaders) for a in ALL if a.province == "Long An")


def test_pages_cover_every_row_once(client: FlaskClient) -> None:
    everything = api(client, "/api/facts/metrics?per_page=200")["rows"]
    paged = [
        row
        for number in (1, 2, 3, 4, 5, 6)
        for row in api(client, f"/api/facts/metrics?per_page=3&page={number}")["rows"]
    ]
    assert paged == everything
    soup = page(client, "/facts/metrics?per_page=3&page=2")
    assert soup.select_one(".pagination a[aria-current=page]").get_text() == "2"
    assert len(soup.select("table.data-table tbody tr")) == 3


def test_csv_export_is_the_whole_filtered_table_and_formula_safe(client: FlaskClient) -> None:
    response = client.get("/facts/units.csv?page=3")  # exports ignore the page
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).removeprefix("\ufeff"))))
    assert len(rows) == sum(len(a.inspected_units) for a in ALL)
    hostile = [row for row in rows if "HYPERLINK" in row["article_title"]]
    assert hostile and all(row["article_title"].startswith("'=") for row in hostile)
    filtered = client.get("/facts/metrics.csv?key=rate_on_time").get_data(as_text=True)
    assert (
        len(list(csv.DictReader(io.StringIO(filtered.removeprefix("\ufeff"))))) == METRIC_KEYS["rate_on_time"]
    )


def test_jsonl_export_has_one_object_per_row(client: FlaskClient) -> None:
    response = client.get("/facts/inspections.jsonl?kind=visit")
    assert response.content_type.startswith("application/x-ndjson")
    rows = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert len(rows) == sum(a.kind == "visit" for a in INSPECTIONS)
    assert all(row["kind"] == "visit" and isinstance(row["leaders"], list) for row in rows)


def test_xlsx_export_keeps_numbers_typed_and_formulas_as_text(client: FlaskClient) -> None:
    response = client.get("/facts/units.xlsx")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment; filename=cchc-units-")
    sheet = load_workbook(io.BytesIO(response.data), read_only=True).active
    header, *rows = sheet.iter_rows(values_only=True)
    assert header == TABLES["units"].export_columns
    assert len(rows) == sum(len(a.inspected_units) for a in ALL)
    title_column = header.index("article_title")
    hostile = [row for row in rows if "HYPERLINK" in row[title_column]]
    assert hostile and hostile[0][title_column] == hostile_article().title  # the exact text, as a string
    cells = load_workbook(io.BytesIO(client.get("/facts/metrics.xlsx").data)).active
    value_column = [c.value for c in cells[1]].index("value") + 1
    assert all(
        isinstance(cells.cell(row, value_column).value, float | int) for row in range(2, cells.max_row + 1)
    )
    assert all(cell.data_type != "f" for row in cells.iter_rows() for cell in row)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/facts/metrics?colour=red", 400),
        ("/api/facts/metrics?colour=red", 400),
        ("/facts/metrics.csv?page=0", 400),
        ("/facts/leaders?per_page=100000", 400),
        ("/facts/leaders?name=" + "x" * 300, 400),
        ("/facts/articles", 404),
        ("/facts/metrics.pdf", 404),
    ],
)
def test_bad_table_urls_are_client_errors(client: FlaskClient, url: str, status: int) -> None:
    assert client.get(url).status_code == status


# The article page's other facts about an article: its copies on other portals and its earlier texts.

STORY = [
    "Ngày 14/3/2024, Đoàn kiểm tra cải cách hành chính của tỉnh Long An làm việc với UBND xã Long Hậu.",
    "Đoàn đã xem xét việc niêm yết thủ tục hành chính, sổ theo dõi hồ sơ và phần mềm một cửa điện tử của xã.",
    "Trong năm 2023 xã tiếp nhận 2.140 hồ sơ, giải quyết đúng hạn 2.101 hồ sơ, trễ hạn 39 hồ sơ.",
    "Trưởng đoàn đề nghị xã rà soát quy trình nội bộ và công khai số điện thoại đường dây nóng tại bộ phận một cửa.",
    "Đại diện xã tiếp thu các ý kiến và cam kết khắc phục trước ngày 30/4/2024.",
]


def story(url: str, portal: str, title: str, lead: str | None = None, body: list[str] = STORY) -> Article:
    text = "\n".join([lead, *body] if lead else body)
    return Article(source=url, url=url, portal=portal, title=title, body=text, published_date="2024-03-15")


@pytest.fixture(scope="module")
def history_client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    uri = f"sqlite:///{tmp_path_factory.mktemp('history') / 'h.sqlite'}"
    with open_store(uri) as store:
        store.upsert(
            [story("https://longan.gov.vn/long-hau", "longan.gov.vn", "Kiểm tra CCHC tại xã Long Hậu")]
        )
        store.upsert(
            [
                story(
                    "https://cangiuoc.longan.gov.vn/tin/long-hau",
                    "cangiuoc.longan.gov.vn",
                    "Tỉnh kiểm tra cải cách hành chính ở Long Hậu",
                    lead="(CG) Tin từ Sở Nội vụ.",
                ),
                story(
                    "https://longan.gov.vn/khac",
                    "longan.gov.vn",
                    "Tin khác",
                    body=["Một bài không liên quan."],
                ),
            ]
        )
        edited = [*STORY[:-1], "Đại diện xã tiếp thu ý kiến và cam kết khắc phục trong tháng 4/2024."]
        store.upsert(
            [
                story(
                    "https://longan.gov.vn/long-hau",
                    "longan.gov.vn",
                    "Kiểm tra CCHC tại xã Long Hậu (cập nhật)",
                    body=edited,
                )
            ]
        )
    return create_app(uri, config={"TESTING": True}).test_client()


def test_article_page_lists_the_same_story_on_other_portals(history_client: FlaskClient) -> None:
    soup = page(history_client, f"/a/{article_id('https://longan.gov.vn/long-hau')}")
    copies = soup.select(".copies li")
    assert [li.a.get_text() for li in copies] == ["Tỉnh kiểm tra cải cách hành chính ở Long Hậu"]
    assert "cangiuoc.longan.gov.vn" in copies[0].get_text()
    back = page(history_client, copies[0].a["href"]).select(".copies li a")
    assert [a.get_text() for a in back] == ["Kiểm tra CCHC tại xã Long Hậu (cập nhật)"]
    assert page(history_client, f"/a/{article_id('https://longan.gov.vn/khac')}").select(".copies") == []


def test_article_page_shows_its_earlier_texts(history_client: FlaskClient) -> None:
    soup = page(history_client, f"/a/{article_id('https://longan.gov.vn/long-hau')}")
    rows = soup.select(".versions tbody tr")
    assert [tr.find_all("td")[1].get_text() for tr in rows] == [
        "Kiểm tra CCHC tại xã Long Hậu",
        "Kiểm tra CCHC tại xã Long Hậu (cập nhật)",
    ]
    assert rows[-1].get("aria-current") == "true"
    unchanged = page(history_client, f"/a/{article_id('https://cangiuoc.longan.gov.vn/tin/long-hau')}")
    assert unchanged.select(".versions") == []
