"""The crawler against a small portal served on loopback: discovery, politeness, failures, caps, dedupe."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_crawl_support import FAST, Route, Site, run_crawl, serve, stored

REPO = Path(__file__).resolve().parents[1]
PARAGRAPHS = (
    "Sáng nay, tổ công tác của huyện đã đến làm việc tại Ủy ban nhân dân xã để nắm tình hình thực hiện "
    "nhiệm vụ cải cách hành chính trong quý, tập trung vào việc tiếp nhận hồ sơ qua dịch vụ công trực tuyến.",
    "Qua kiểm tra, tổ công tác ghi nhận xã đã niêm yết đầy đủ thủ tục hành chính tại Bộ phận một cửa, "
    "các hồ sơ được giải quyết đúng hạn và có sổ theo dõi rõ ràng.",
    "Tổ công tác đề nghị xã tiếp tục rà soát quy trình nội bộ, tăng cường tuyên truyền để người dân "
    "sử dụng dịch vụ công trực tuyến nhiều hơn trong thời gian tới.",
)


def article_path(n: int) -> str:
    return f"/tin-tuc/bai-{n}-{1000 + n}.html"


def title(n: int) -> str:
    return f"Tổ công tác kiểm tra cải cách hành chính đợt {n}"


def layout(main: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Xã Mẫu</title>{head}</head><body>"
        "<div class='top'>Thứ hai, ngày 03 tháng 03 năm 2025</div>"
        "<div class='menu'><a href='/'>Trang chủ</a> <a href='/gioi-thieu'>Giới thiệu</a> "
        f"<a href='/tin-tuc'>Tin tức</a></div><div class='main'>{main}</div>"
        "<div class='footer'>Trang thông tin điện tử xã Mẫu. Truy cập tổng 934.007</div></body></html>"
    )


def article(n: int) -> str:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    extra = "<p><a href='/files/ke-hoach-kiem-tra.pdf'>Tải kế hoạch</a></p>" if n == 1 else ""
    return layout(
        f"<div class='detail'><h1>{title(n)}</h1><div class='date'>Ngày cập nhật {n:02d}/10/2024</div>"
        f"<div class='content'>{body}{extra}</div><div class='other'>Các tin khác<ul>"
        f"<li><a href='{article_path(n % 10 + 1)}'>{title(n % 10 + 1)}</a> ({n:02d}/09/2024)</li>"
        "</ul></div></div>"
    )


def listing(items: list[str], pager: str) -> str:
    rows = "".join(
        f"<div class='row'><a href='{href}'>Tin số {i}</a><span>{i + 1:02d}/10/2024</span>"
        f"<p>{PARAGRAPHS[0][:120]}...</p></div>"
        for i, href in enumerate(items)
    )
    return layout(f"<h2>Tin tức</h2>{rows}<div class='pager'>{pager}</div>")


def pager(*pages: int) -> str:
    return " ".join(f"<a href='/tin-tuc{'' if n == 1 else f'?page={n}'}'>{n}</a>" for n in pages)


BROKEN = ["/tin-tuc/loi-may-chu-1500.html", "/tin-tuc/da-xoa-1404.html", "/tin-tuc/cu-1003.html"]


def portal_routes() -> dict[str, Route]:
    rss_item = "<item><title>{t}</title><link>{base}{p}</link></item>"
    routes = {
        "/robots.txt": Route(
            "User-agent: *\nDisallow: /noi-bo/\nSitemap: {base}/sitemap-tin.xml\n", content_type="text/plain"
        ),
        "/": Route(
            layout(
                f"<a href='{article_path(1)}'>{title(1)}</a> "
                f"<a href='{article_path(1)}?utm_source=zalo#binh-luan'>Bình luận</a> "
                "<a href='/tag/mot-cua'>một cửa</a> <a href='/noi-bo/bao-cao-9001.html'>Nội bộ</a> "
                "<a href='/tin-tuc/bai-0-1000.html'>Trang trống</a>",
                head="<link rel='alternate' type='application/rss+xml' href='/rss/tin-tuc.rss'>",
            )
        ),
        "/tin-tuc": Route(listing([article_path(n) for n in (1, 2, 3, 4)], pager(2))),
        "/tin-tuc?page=2": Route(listing([article_path(n) for n in (5, 6, 7)], pager(1, 3))),
        "/tin-tuc?page=3": Route(listing([article_path(8), *BROKEN], pager(2))),
        "/tin-tuc/loi-may-chu-1500.html": Route("<h1>Lỗi máy chủ</h1>", status=500),
        "/tin-tuc/cu-1003.html": Route(status=301, location=article_path(3)),
        "/rss/tin-tuc.rss": Route(
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Tin tức</title>"
            + rss_item.format(t=title(9), base="{base}", p=article_path(9))
            + rss_item.format(t=title(1), base="{base}", p=article_path(1))
            + "</channel></rss>",
            content_type="application/rss+xml",
        ),
        "/sitemap-tin.xml": Route(
            "<?xml version='1.0' encoding='utf-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"<url><loc>{{base}}{article_path(10)}</loc></url></urlset>",
            content_type="application/xml",
        ),
        "/gioi-thieu": Route(
            layout(
                "<h1>Giới thiệu</h1><div class='content'><p>Xã Mẫu nằm ven sông, có bốn ấp và khoảng "
                "sáu nghìn nhân khẩu; người dân sống chủ yếu bằng nghề trồng lúa và nuôi cá.</p><p>Trụ sở "
                "Ủy ban nhân dân xã đặt tại ấp Một; Bộ phận một cửa làm việc các ngày trong tuần.</p></div>"
            )
        ),
        "/tag/mot-cua": Route(listing([article_path(1), article_path(2)], "")),
        "/noi-bo/bao-cao-9001.html": Route(article(99)),
        "/tin-tuc/bai-0-1000.html": Route("<html><body></body></html>"),
    }
    routes.update({article_path(n): Route(article(n)) for n in range(1, 11)})
    return routes


ARTICLES = {article_path(n) for n in range(1, 11)}


@pytest.fixture(scope="module")
def portal() -> Iterator[Site]:
    with serve(portal_routes()) as site:
        yield site


@pytest.fixture(scope="module")
def full_crawl(portal: Site, tmp_path_factory: pytest.TempPathFactory) -> tuple[Site, Path, str]:
    store = tmp_path_factory.mktemp("crawl") / "full.sqlite"
    result = run_crawl("--start-url", f"{portal.base}/", store=store)
    assert result.returncode == 0, result.stderr
    return portal, store, result.stderr


def test_every_article_stored_once_with_its_title(full_crawl: tuple[Site, Path, str]) -> None:
    site, store, _ = full_crawl
    articles = stored(store)
    assert set(articles) == {site.base + path for path in ARTICLES}
    for n in range(1, 11):
        record = articles[site.base + article_path(n)]
        assert record.title == title(n)
        assert record.fetch is not None and record.fetch.status == 200 and record.fetch.encoding == "utf-8"
        assert record.fetch.fetched_at.tzinfo is not None
    attachments = articles[site.base + article_path(1)].fetch.attachments
    assert attachments == [f"{site.base}/files/ke-hoach-kiem-tra.pdf"]


def test_pagination_rss_and_sitemap_discovered(full_crawl: tuple[Site, Path, str]) -> None:
    site, _, _ = full_crawl
    assert site.requested("/tin-tuc?page=3") == 1  # reached only through the pager
    assert site.requested("/rss/tin-tuc.rss") == 1  # announced by <link rel=alternate>
    assert site.requested("/sitemap-tin.xml") == 1  # announced in robots.txt
    assert site.requested(article_path(9)) == 1  # listed only in the feed
    assert site.requested(article_path(10)) == 1  # listed only in the sitemap


def test_each_url_requested_once(full_crawl: tuple[Site, Path, str]) -> None:
    site, _, _ = full_crawl
    assert site.requested(article_path(1)) == 1  # linked plainly, with tracking and fragment, and in the feed
    assert not any("utm_source" in path for path in site.hits)
    assert site.requested(article_path(3)) == 1  # also the target of a redirect


def test_robots_disallow_honoured(full_crawl: tuple[Site, Path, str]) -> None:
    site, _, _ = full_crawl
    assert site.requested("/noi-bo/bao-cao-9001.html") == 0


def test_failures_retried_counted_and_listed(full_crawl: tuple[Site, Path, str]) -> None:
    site, _, summary = full_crawl
    assert site.requested("/tin-tuc/loi-may-chu-1500.html") == 3  # first try + RETRY_TIMES
    assert f"{site.base}/tin-tuc/loi-may-chu-1500.html  HTTP 500" in summary
    assert f"{site.base}/tin-tuc/da-xoa-1404.html  HTTP 404" in summary
    assert "2 errors" in summary
    assert "sitemap.xml" not in summary  # a probe, not a failure


def test_non_articles_not_stored(full_crawl: tuple[Site, Path, str]) -> None:
    site, store, _ = full_crawl
    urls = set(stored(store))
    pages = ("/", "/tin-tuc", "/tin-tuc?page=2", "/gioi-thieu", "/tag/mot-cua", "/tin-tuc/bai-0-1000.html")
    assert all(site.requested(path) == 1 for path in pages)
    assert not urls & {site.base + path for path in pages}


def test_recrawl_creates_no_duplicates(full_crawl: tuple[Site, Path, str]) -> None:
    site, store, _ = full_crawl
    result = run_crawl("--start-url", f"{site.base}/", store=store)
    assert result.returncode == 0, result.stderr
    assert "store: 0 new" in result.stderr
    assert len(stored(store)) == len(ARTICLES)


def test_depth_cap(portal: Site, tmp_path: Path) -> None:
    with serve(portal_routes()) as site:
        result = run_crawl("--start-url", f"{site.base}/", "--max-depth", "1", store=tmp_path / "d.sqlite")
        assert result.returncode == 0, result.stderr
        # depth 1: the home page's links, and the entries of its feed and of the robots.txt sitemap
        assert set(stored(tmp_path / "d.sqlite")) == {site.base + article_path(n) for n in (1, 9, 10)}
        assert site.requested("/tin-tuc?page=2") == 0


def test_page_cap(tmp_path: Path) -> None:
    with serve(portal_routes()) as site:
        result = run_crawl("--start-url", f"{site.base}/", "--max-pages", "4", store=tmp_path / "p.sqlite")
        assert result.returncode == 0, result.stderr
        not_pages = {"/robots.txt", "/sitemap.xml", "/sitemap-tin.xml", "/rss/tin-tuc.rss"}
        assert sum(count for path, count in site.hits.items() if path not in not_pages) == 4
        assert "page cap reached" in result.stderr


def test_registry_source_with_base_placeholder(tmp_path: Path) -> None:
    registry = tmp_path / "sources.yaml"
    registry.write_text(
        "sources:\n  - id: xa-mau\n    name: Xã Mẫu\n    province: Tiền Giang\n    level: commune\n"
        "    start_urls: ['{base}/tin-tuc']\n    article_url_pattern: '/tin-tuc/bai-\\d+-\\d+\\.html$'\n",
        encoding="utf-8",
    )
    routes = portal_routes()
    routes["/tin-tuc"] = Route(listing(["/tin-tuc/bai-0-1000.html", article_path(2)], ""))
    with serve(routes) as site:
        args = ("--source", "xa-mau", "--sources", str(registry), "--base-url", site.base, "--max-depth", "1")
        result = run_crawl(*args, store=tmp_path / "r.sqlite")
    assert result.returncode == 0, result.stderr
    articles = stored(tmp_path / "r.sqlite")
    # the listing's article, and the one of the sitemap that robots.txt names (always probed)
    assert set(articles) == {site.base + article_path(n) for n in (2, 10)}
    assert articles[site.base + article_path(2)].portal == "xa-mau"
    assert "1 skipped" in result.stderr  # the empty page matched the pattern but has no title and no text


def test_unknown_source_is_a_clear_error(tmp_path: Path) -> None:
    result = run_crawl("--source", "khong-co", store=tmp_path / "u.sqlite")
    assert result.returncode != 0
    assert "unknown source 'khong-co'" in result.stderr and "known:" in result.stderr


def test_scrapy_crawl_from_repo_root(tmp_path: Path) -> None:
    out = tmp_path / "pages.jsonl"
    with serve(portal_routes()) as site:
        settings = [part.replace("--set", "-s") for part in FAST]
        command = [str(Path(sys.executable).with_name("scrapy")), "crawl", "portal"]
        command += ["-a", f"start_url={site.base}/tag/mot-cua", "-a", "max_depth=1", "-O", str(out)]
        command += settings
        result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    pages = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(page["url"] for page in pages) == sorted(site.base + article_path(n) for n in (1, 10, 2))
    assert {page["source_id"] for page in pages} == {site.base.removeprefix("http://")}
    assert all(page["status"] == 200 and "<h1>" in page["html"] for page in pages)
