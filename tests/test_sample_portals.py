"""Sample portals: a deterministic, committed build and a loopback server that behaves like the real sites."""

from __future__ import annotations

import html
import json
import unicodedata
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import viparse
from bs4 import BeautifulSoup

from cchc.vntext import nfc
from sample_portals import tcvn3
from sample_portals.build import CONTENT_DIR, SITES_DIR, build
from sample_portals.server import serve_portals
from sample_portals.source import load_article, split_tcvn3_mark
from sample_portals.vndates import clock, today_in_vietnam

MANIFEST = json.loads((SITES_DIR / "manifest.json").read_text(encoding="utf-8"))
PORTALS = list(MANIFEST["portals"])
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def fetch(url: str) -> tuple[int, str, bytes]:
    """Status, Content-Type and body; 4xx answers are results here, not errors."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def articles(portal: str) -> list[dict]:
    return [page for page in MANIFEST["portals"][portal]["pages"] if page["is_article"]]


@pytest.fixture(scope="module")
def portal_urls() -> dict[str, str]:
    with serve_portals() as urls:
        yield urls


def test_build_is_deterministic_and_matches_committed_sites(tmp_path: Path) -> None:
    build(out_dir=tmp_path / "a")
    build(out_dir=tmp_path / "b")
    first = tree(tmp_path / "a")
    assert first == tree(tmp_path / "b")
    committed = tree(SITES_DIR)
    stale = sorted(name for name in set(first) | set(committed) if first.get(name) != committed.get(name))
    assert not stale, f"sites/ is out of date, run python -m sample_portals.build: {stale[:10]}"


def test_every_content_article_is_in_the_manifest() -> None:
    for path in sorted(CONTENT_DIR.glob("*/*.md")):
        portal = path.parent.name
        source = load_article(path, portal)
        [page] = [page for page in articles(portal) if page["slug"] == source.slug]
        assert page["title"] == source.title
        assert page["published_date"] == source.published.date().isoformat()
        assert page["category"] == source.category
        if path.with_suffix(".json").exists():
            assert (CONTENT_DIR.parent / page["gold"]).exists()


@pytest.mark.parametrize("portal", PORTALS)
def test_every_article_is_served_with_its_title(portal_urls: dict[str, str], portal: str) -> None:
    for page in articles(portal):
        status, content_type, body = fetch(portal_urls[portal] + page["url"])
        assert status == 200, page["url"]
        assert content_type == "text/html; charset=utf-8"
        text = nfc(body.decode("utf-8"))
        assert page["title"] in text or page["title"].upper() in text


@pytest.mark.parametrize("portal", PORTALS)
def test_crawl_from_home_reaches_every_page_and_only_the_dead_link_fails(
    portal_urls: dict[str, str], portal: str
) -> None:
    """Follow every local link (pagers, entity-escaped hrefs, query strings) from the home page."""
    base = portal_urls[portal]
    info = MANIFEST["portals"][portal]
    seen, failed, queue = set(), set(), deque(["/"])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, content_type, body = fetch(base + target)
        if status != 200:
            failed.add((target, status))
            continue
        if not content_type.startswith("text/html"):
            continue
        for anchor in BeautifulSoup(body, "html.parser").find_all("a", href=True):
            url = urlsplit(urljoin(base + target, anchor["href"]))
            if url.scheme == "http" and f"{url.scheme}://{url.netloc}" == base:
                queue.append(url.path + (f"?{url.query}" if url.query else ""))
    assert failed == {(url, 404) for url in info["dead_links"]}
    assert {page["url"] for page in info["pages"]} <= seen
    for pages in info["listings"].values():
        assert len(pages) == len(set(pages)) and set(pages) <= seen


def test_listings_have_several_pages_and_query_order_does_not_matter(portal_urls: dict[str, str]) -> None:
    info = MANIFEST["portals"]["liferay"]
    pages = info["listings"]["cai-cach-hanh-chinh"]
    assert len(articles("liferay")) <= 4 or len(pages) > 1
    if len(pages) > 1:
        path, query = pages[1].split("?")
        shuffled = "&".join(reversed(query.split("&")))
        assert fetch(f"{portal_urls['liferay']}{path}?{shuffled}")[0] == 200


def test_robots_txt(portal_urls: dict[str, str]) -> None:
    for portal, base in portal_urls.items():
        status, content_type, body = fetch(base + "/robots.txt")
        assert status == 200 and content_type.startswith("text/plain"), portal
    robots = fetch(portal_urls["nukeviet"] + "/robots.txt")[2].decode()
    assert "Crawl-delay: 1" in robots and "Disallow: /admin/" in robots
    assert f"Sitemap: {portal_urls['nukeviet']}/sitemap.xml" in robots


def test_rss_and_sitemap_list_the_articles(portal_urls: dict[str, str]) -> None:
    base, info = portal_urls["nukeviet"], MANIFEST["portals"]["nukeviet"]
    article_urls = {base + page["url"] for page in articles("nukeviet")}
    status, content_type, body = fetch(base + "/sitemap.xml")
    assert status == 200 and content_type.startswith("application/xml")
    locs = {loc.text for loc in ET.fromstring(body).iter(f"{SITEMAP_NS}loc")}
    assert article_urls <= locs
    in_feeds: set[str] = set()
    for feed in info["feeds"]:
        status, content_type, body = fetch(base + feed)
        assert status == 200 and content_type.startswith("application/rss+xml")
        in_feeds |= {link.text for link in ET.fromstring(body).iterfind("channel/item/link")}
    assert in_feeds and in_feeds <= article_urls


@pytest.mark.parametrize(
    ("day", "wording"),
    [
        (date(2026, 11, 23), "Thứ hai, ngày 23 tháng 11 năm 2026"),
        (date(2026, 12, 6), "Chủ nhật, ngày 06 tháng 12 năm 2026"),  # Sunday is no "Thứ": CI once ran on one
    ],
)
def test_clock_spells_the_day_as_portals_do(day: date, wording: str) -> None:
    assert clock(day) == wording


def test_header_clock_shows_today(portal_urls: dict[str, str]) -> None:
    for portal, base in portal_urls.items():
        before = today_in_vietnam()
        page = fetch(base + "/")[2].decode("utf-8")
        # the day read before or after the request: midnight in Vietnam may pass while it is answered
        assert clock(before) in page or clock(today_in_vietnam()) in page, portal


def test_unknown_url_is_404(portal_urls: dict[str, str]) -> None:
    assert fetch(portal_urls["commune"] + "/index.php?com=tin-tuc&act=detail&id=999999")[0] == 404


def test_tcvn3_table_round_trips_through_viparse() -> None:
    text = "Đoàn kiểm tra cải cách hành chính làm việc tại xã Tân Lý Tây, huyện Châu Thành, tỉnh Ninh Bình"
    encoded = tcvn3.encode(text)
    assert "B×nh" in encoded and encoded.isascii() is False
    assert viparse.fix(encoded, encoding="tcvn3") == text
    assert tcvn3.decode(encoded) == text


def _trap_article() -> str:
    return (
        "---\nid: 7\nslug: bai-thu-bay\ncategory: cai-cach-hanh-chinh\ntitle: Bài thử các bẫy mã hóa\n"
        "published: 2023-05-04 08:00\ntraps: [nfd, entities, tcvn3]\n"
        "images:\n  - after: 1\n    caption: Ảnh đoàn kiểm tra\n---\n"
        "Đoàn kiểm tra đến trường học và trạm y tế.\n\n"
        "{tcvn3} Ủy ban nhân dân tỉnh Ninh Bình ban hành kế hoạch.\n"
    )


def test_encoding_traps_are_in_the_served_bytes(tmp_path: Path) -> None:
    (tmp_path / "content" / "commune").mkdir(parents=True)
    (tmp_path / "content" / "commune" / "bai-thu-bay.md").write_text(_trap_article(), encoding="utf-8")
    manifest = build(tmp_path / "content", tmp_path / "sites")
    [page] = [p for p in manifest["portals"]["commune"]["pages"] if p["is_article"]]
    with serve_portals(["commune"], sites_dir=tmp_path / "sites") as urls:
        raw = fetch(urls["commune"] + page["url"])[2].decode("utf-8")
    paragraph = "Đoàn kiểm tra đến trường học và trạm y tế."
    assert paragraph not in raw
    assert "&ecirc;\u0309" in raw  # "kiểm": entity for ê, combining hook above
    assert paragraph in nfc(raw)
    assert tcvn3.encode("ủy ban nhân dân tỉnh Ninh Bình") in html.unescape(raw)
    assert "Ảnh đoàn kiểm tra" in raw


@pytest.mark.parametrize("portal", PORTALS)
def test_content_traps_are_served_as_declared(portal_urls: dict[str, str], portal: str) -> None:
    for page in articles(portal):
        source = load_article(CONTENT_DIR.parent / page["source"], portal)
        raw = fetch(portal_urls[portal] + page["url"])[2].decode("utf-8")
        served = html.unescape(raw)
        for paragraph in source.paragraphs:
            marked, plain = split_tcvn3_mark(paragraph)
            if marked and "tcvn3" in source.traps:
                assert tcvn3.encode(plain) in served
                assert plain not in nfc(raw)
            elif "nfd" in source.traps and unicodedata.normalize("NFD", plain) != plain:
                assert plain not in raw and plain in nfc(raw)
            else:
                assert plain in nfc(raw)
