"""The crawl against a portal that fails in every way real ones do: it finishes, stores each healthy
article once with readable Vietnamese, and lists every page it could not get."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.charset import decide
from sample_portals import tcvn3
from tests.faulty_server import FaultySite, Page, serve_faulty
from tests.test_crawl_spider import PARAGRAPHS, layout
from tests.test_crawl_support import run_crawl, stored

TITLES = {
    "/tin-tuc/on-dinh-2001.html": "Huyện kiểm tra cải cách hành chính tại xã Tân Phước",
    "/tin-tuc/loi-roi-hoi-phuc-2002.html": "Tổ công tác làm việc với Bộ phận một cửa xã Phú Đông",
    "/tin-tuc/tra-loi-cham-2003.html": "Kết quả kiểm tra công vụ quý III tại thị trấn",
    "/tin-tuc/cp1258-2004.html": "Đoàn kiểm tra của tỉnh làm việc tại huyện Cần Đước",
    "/tin-tuc/utf8-khai-1252-2005.html": "Ủy ban nhân dân xã rà soát thủ tục hành chính",
    "/tin-tuc/tcvn3-2006.html": "Thanh tra công vụ tại phòng tài nguyên và môi trường",
    "/tin-tuc/mojibake-2007.html": "Việt hóa biểu mẫu hồ sơ trực tuyến ở Bến Lức",
}
HUNG = "/tin-tuc/treo-2101.html"
# Seconds: every healthy page (the slowest answers in 0.3 s) arrives well within it even when the crawl
# process stalls on a loaded machine; the hung page never does, as it is held until the crawl has ended.
DOWNLOAD_TIMEOUT = 3
FAILING = {
    HUNG: "timeout",
    "/tin-tuc/cut-ngang-2102.html": "truncated",
    "/tin-tuc/vong-lap-2103.html": "redirect loop",
    "/tin-tuc/qua-lon-2104.html": "too large",
}
COPY = "/in/on-dinh-2001.html"  # a print view: the same article under another URL


def article_html(title: str, n: int) -> str:
    body = "".join(f"<p>{text} (Bài số {n}.)</p>" for text in PARAGRAPHS)
    return layout(
        f"<div class='detail'><h1>{title}</h1><div class='date'>Ngày đăng {n:02d}/10/2024</div>"
        f"<div class='content'>{body}</div></div>"
    )


def cp1258(text: str) -> bytes:
    """windows-1258 bytes: base letters precomposed where the code page has them, tones combining."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(mark for mark in parts if mark in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(mark for mark in parts if mark not in tones))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def mojibake(text: str) -> str:
    """UTF-8 bytes read as windows-1252 (bytes it leaves undefined kept as C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def faulty_pages(hung: threading.Event) -> dict[str, Page]:
    """The portal; the HUNG page answers only once `hung` is set."""
    paths = [*TITLES, *FAILING, COPY]
    home = layout("".join(f"<p><a href='{path}'>Tin {i}</a></p>" for i, path in enumerate(paths)))
    pages = {
        "/robots.txt": Page("User-agent: *\nCrawl-delay: 0.05\n", content_type="text/plain"),
        "/": Page(home),
        "/tin-tuc": Page(home),
        "/gioi-thieu": Page(layout("<h1>Giới thiệu</h1>")),
        HUNG: Page(article_html("Trang treo", 1), gate=hung),
        "/tin-tuc/cut-ngang-2102.html": Page(article_html("Trang cắt ngang", 2), truncated=True),
        "/tin-tuc/vong-lap-2103.html": Page(status=302, location="/tin-tuc/vong-lap-b"),
        "/tin-tuc/vong-lap-b": Page(status=302, location="{base}/tin-tuc/vong-lap-2103.html"),
        "/tin-tuc/qua-lon-2104.html": Page(article_html("Trang rất lớn", 4) + "<!--" + "x" * 300_000 + "-->"),
    }
    html = {path: article_html(title, n) for n, (path, title) in enumerate(TITLES.items(), start=1)}
    pages |= {path: Page(text) for path, text in html.items()}
    pages[COPY] = Page(html["/tin-tuc/on-dinh-2001.html"])
    pages["/tin-tuc/loi-roi-hoi-phuc-2002.html"].fail_first = 1
    pages["/tin-tuc/tra-loi-cham-2003.html"].delay = 0.3
    pages["/tin-tuc/cp1258-2004.html"].body = cp1258(html["/tin-tuc/cp1258-2004.html"])
    pages["/tin-tuc/utf8-khai-1252-2005.html"].content_type = "text/html; charset=windows-1252"
    pages["/tin-tuc/tcvn3-2006.html"].body = tcvn3.encode(html["/tin-tuc/tcvn3-2006.html"]).encode("latin-1")
    pages["/tin-tuc/mojibake-2007.html"].body = mojibake(html["/tin-tuc/mojibake-2007.html"])
    return pages


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FaultySite, Path, str]]:
    store = tmp_path_factory.mktemp("faulty") / "faulty.sqlite"
    hung = threading.Event()
    with serve_faulty(faulty_pages(hung)) as site:
        result = run_crawl(
            "--start-url",
            f"{site.base}/",
            "--set",
            f"DOWNLOAD_TIMEOUT={DOWNLOAD_TIMEOUT}",
            "--set",
            "RETRY_TIMES=1",
            "--set",
            "DOWNLOAD_MAXSIZE=100000",
            store=store,
        )
        hung.set()  # the crawl gave up on it: let the server's held answers go
        assert result.returncode == 0, result.stderr
        yield site, store, result.stderr


def test_every_healthy_article_stored_once(faulty_crawl: tuple[FaultySite, Path, str]) -> None:
    site, store, _ = faulty_crawl
    articles = stored(store)
    healthy = {site.base + path for path in TITLES}
    copies = {site.base + "/tin-tuc/on-dinh-2001.html", site.base + COPY}
    assert set(articles) - copies == healthy - copies
    assert len(set(articles) & copies) == 1  # the print view is the same text: one of the two is kept
    assert site.statuses["/tin-tuc/loi-roi-hoi-phuc-2002.html", 500] == 1  # failed, retried, recovered


def test_text_is_readable_whatever_the_charset(faulty_crawl: tuple[FaultySite, Path, str]) -> None:
    site, store, _ = faulty_crawl
    articles = {url.removeprefix(site.base): article for url, article in stored(store).items()}
    for path, title in TITLES.items():
        if path in articles:
            assert "tổ công tác của huyện" in articles[path].body, path
            if path != "/tin-tuc/tcvn3-2006.html":  # extract.textfix repairs legacy fonts in the body only
                assert articles[path].title == title, path
    assert articles["/tin-tuc/cp1258-2004.html"].fetch.encoding == "cp1258"
    assert articles["/tin-tuc/utf8-khai-1252-2005.html"].fetch.encoding == "utf-8"
    assert articles["/tin-tuc/tcvn3-2006.html"].fetch.encoding == "cp1252"  # Latin-1 letters for textfix
    html = articles["/tin-tuc/cp1258-2004.html"].fetch.html
    assert html == unicodedata.normalize("NFC", html) and "Đoàn kiểm tra" in html


def test_failures_counted_and_listed(faulty_crawl: tuple[FaultySite, Path, str]) -> None:
    site, _, summary = faulty_crawl
    failures = summary.split("failures:", 1)[1]
    for path in set(FAILING) - {"/tin-tuc/vong-lap-2103.html"}:
        assert f"{site.base}{path}  " in failures, path
    assert f"  redirect loop: {site.base}/tin-tuc/vong-lap-2103.html -> " in failures
    assert f"{len(FAILING)} errors" in summary
    # windows-1258, TCVN3 and UTF-8 under a windows-1252 label; the double-encoded page
    assert "charset: 4 pages not in the declared encoding" in summary
    assert "1 same text as another article" in summary


def test_robots_crawl_delay_applied(faulty_crawl: tuple[FaultySite, Path, str]) -> None:
    _, _, summary = faulty_crawl
    assert "robots.txt Crawl-delay 0.05 s on 127.0.0.1" in summary


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("Cải cách hành chính".encode(), "text/html; charset=windows-1252", "utf-8"),
        (cp1258("Cải cách hành chính"), "text/html; charset=utf-8", "cp1258"),
        (cp1258("Cải cách hành chính"), "text/html; charset=windows-1258", "cp1258"),
        (tcvn3.encode("Cải cách hành chính").encode("latin-1"), "text/html; charset=utf-8", "cp1252"),
        (b"\xef\xbb\xbf" + "Cải cách".encode(), "text/html; charset=windows-1252", "utf-8"),
        (b"<meta charset='windows-1258'>" + cp1258("Cải cách"), None, "cp1258"),
        (b"plain ascii", "text/html; charset=iso-8859-1", "cp1252"),
    ],
)
def test_charset_decision(body: bytes, content_type: str | None, expected: str) -> None:
    assert decide(body, content_type).encoding == expected
