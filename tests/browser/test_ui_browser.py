"""The web UI in a real browser: Debian's Chromium, headless, driven by Playwright.

A waitress server in a thread serves the app over a temporary SQLite store filled with
`ui_samples`; the tests type, click and download the way a user does. Screenshots of the
pages land in docs/screenshots/ (they document the UI in the README).
"""

from __future__ import annotations

import csv
import io
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from ui_samples import ARTICLES, PROVINCE

from search_app import create_app
from store import open_store

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (tests/setup_system.sh)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from waitress import create_server

    uri = f"sqlite:///{tmp_path_factory.mktemp('ui') / 'ui.sqlite'}"
    with open_store(uri) as store:
        assert store.upsert(ARTICLES).inserted == len(ARTICLES)
    server = create_server(create_app(uri), host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()
        thread.join(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(
        base_url=base_url, accept_downloads=True, viewport={"width": 1280, "height": 900}
    )
    errors: list[str] = []
    tab = context.new_page()
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield tab
    context.close()
    assert errors == [], f"the browser reported errors (CSP violations?): {errors}"


def search(page: Page, words: str) -> list[str]:
    page.goto("/")
    page.get_by_label("Từ khoá").fill(words)
    page.get_by_role("button", name="Tìm kiếm").click()
    page.wait_for_load_state()
    return page.locator(".hit-title").all_inner_texts()


def test_search_with_and_without_diacritics(page: Page) -> None:
    folded = search(page, "can giuoc")
    accented = search(page, "Cần Giuộc")
    assert folded == accented
    assert "Kiểm tra cải cách hành chính tại huyện Cần Giuộc" in folded
    assert page.locator(".hit-title mark").first.inner_text() in {"Cần", "Giuộc"}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "search.png"), full_page=True)


def test_clicking_a_facet_filters_the_results(page: Page) -> None:
    page.goto("/")
    assert page.locator(".summary strong").inner_text() == str(len(ARTICLES))
    facet = page.locator(".facet", has=page.get_by_role("heading", name="Trưởng đoàn"))
    facet.get_by_role("link", name="Trần Thị Hoa").click()
    page.wait_for_load_state()
    led_by_hoa = [a for a in ARTICLES if a.team_leaders[0].name == "Trần Thị Hoa"]
    assert page.locator(".summary strong").inner_text() == str(len(led_by_hoa))
    assert "Trần Thị Hoa" in page.locator(".active-filters").inner_text()


def test_article_page_highlights_a_fact(page: Page) -> None:
    search(page, "xa long hau")
    page.locator(".hit-title a").first.click()
    page.wait_for_load_state()
    leader = page.locator("mark.fact.fact-leader")
    assert leader.inner_text() == "Trần Thị Hoa" and leader.is_visible()
    page.locator(".facts-metric a").first.click()
    assert page.url.endswith("#fact-metric-1")
    assert page.locator("mark.fact-metric:target").inner_text() == "99% hồ sơ giải quyết đúng hạn"


def test_csv_download_has_the_matching_rows(page: Page, tmp_path: Path) -> None:
    search(page, "tan tap")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    target = tmp_path / "export.csv"
    shutil.copyfile(info.value.path(), target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert sorted(row["published_date"] for row in rows) == ["2023-06-20", "2024-05-28"]
    assert {row["province"] for row in rows} == {PROVINCE}
    assert all("xã Tân Tập" in row["inspected_units"] for row in rows)


def test_comparison_view_links_numbers_to_their_article(page: Page) -> None:
    page.goto("/")
    page.get_by_role("link", name="So sánh").click()
    page.get_by_label("Tỉnh, thành phố").select_option(PROVINCE)
    page.get_by_role("button", name="So sánh").click()
    page.wait_for_load_state()
    assert page.locator("svg.chart").count() == 5
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "compare.png"), full_page=True)
    page.locator(".compare-table").first.get_by_role("link", name="97,3%").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Kiểm tra cải cách hành chính tại huyện Cần Giuộc"
    assert "97,3% hồ sơ giải quyết đúng hạn" in page.locator("mark.fact-metric").all_inner_texts()


PHONE = {"width": 360, "height": 740}
PHONE_PAGES = [
    "/?q=kiem+tra+cai+cach",
    "/facts/inspections",
    "/facts/metrics",
    "/facts/units",
    f"/compare?province={PROVINCE}",
]


@pytest.fixture()
def phone(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(base_url=base_url, viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def overflows(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth > window.innerWidth")


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_phone_width_pages_do_not_scroll_sideways(phone: Page, path: str) -> None:
    phone.goto(path)
    assert not overflows(phone), f"{path} is wider than {PHONE['width']} px"


def test_phone_search_and_article_fit_and_wide_tables_scroll_in_place(phone: Page) -> None:
    phone.goto("/?q=can+giuoc")
    assert not overflows(phone)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(SCREENSHOTS / "search-mobile.png"), full_page=True)
    phone.locator(".hit-title a").first.click()
    phone.wait_for_load_state()
    assert not overflows(phone)
    phone.goto("/facts/units")
    region = phone.locator(".table-scroll")
    assert region.evaluate("el => el.scrollWidth > el.clientWidth")  # the table scrolls, not the page
    region.focus()
    assert phone.evaluate("document.activeElement.classList.contains('table-scroll')")
