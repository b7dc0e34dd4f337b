"""ASP.NET WebForms pagination: listing pages 2..N reachable only by posting the form back (`__doPostBack`)."""

from __future__ import annotations

import base64
import threading
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs

from tests.loopback_app import Answer, Call, serve_app
from tests.test_crawl_spider import PARAGRAPHS
from tests.test_crawl_support import run_crawl, stored

PAGES = 4
GRID = "ctl00$main$gvTin"
LOGIN = "ctl00$main$lnkDangNhap"


def article_path(page: int, row: int) -> str:
    return f"/tin-tuc/kiem-tra-cchc-{page}{row}-{1000 + 10 * page + row}.aspx"


def article_title(page: int, row: int) -> str:
    return f"Kiểm tra cải cách hành chính tại xã số {page}{row}"


def page_html(main: str) -> str:
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Huyện Mẫu</title></head><body>"
        f"<form method='post' action='./DanhSach.aspx' id='aspnetForm'>{main}</form></body></html>"
    )


def postback_link(target: str, argument: str, text: str) -> str:
    return f"<a href=\"javascript:__doPostBack('{target}','{argument}')\">{text}</a>"


def state(page: int) -> str:
    return base64.b64encode(f"page={page}".encode()).decode()


def listing(page: int) -> str:
    """Page `page` of the listing, with the WebForms furniture: hidden state, a search box, a login link."""
    hidden = {
        "__EVENTTARGET": "",
        "__EVENTARGUMENT": "",
        "__VIEWSTATE": state(page),
        "__EVENTVALIDATION": f"ev{page}",
    }
    fields = "".join(
        f"<input type='hidden' name='{name}' id='{name}' value='{value}'>" for name, value in hidden.items()
    )
    rows = "".join(
        f"<tr><td><a href='{article_path(page, row)}'>{article_title(page, row)}</a></td><td>0{row}/10/2024</td></tr>"
        for row in range(1, 4)
    )
    pager = " ".join(
        f"<span>{n}</span>" if n == page else postback_link(GRID, f"Page${n}", str(n))
        for n in range(1, PAGES + 1)
    )
    if page < PAGES:
        pager += " " + postback_link(GRID, "Page$Next", "Sau")
    return page_html(
        f"{fields}<input type='text' name='ctl00$txtTim' value=''><input type='submit' name='ctl00$btnTim' value='Tìm'>"
        f"{postback_link(LOGIN, '', 'Đăng nhập')}<h2>Tin tức</h2><table>{rows}"
        f"<tr class='pager'><td colspan='2'>{pager}</td></tr></table>"
    )


def article(page: int, row: int) -> str:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return page_html(
        f"<div class='detail'><h1>{article_title(page, row)}</h1><div class='date'>Ngày 0{row}/10/2024</div>"
        f"<div class='content'>{body}</div></div>"
    )


class WebFormsSite:
    """Answers a postback only if it carries a page's own view state and validation, as ASP.NET does."""

    def __init__(self) -> None:
        self.gets: Counter[str] = Counter()
        self.posts: Counter[tuple[str, str, str]] = Counter()  # (target, argument, view state)
        self.served: Counter[int] = Counter()  # listing page -> times served by a postback
        self.bodies: list[dict[str, list[str]]] = []
        self.rejected = 0
        self.lock = threading.Lock()

    def __call__(self, call: Call) -> Answer:
        with self.lock:
            return self._post(call) if call.method == "POST" else self._get(call.path)

    def _get(self, path: str) -> Answer:
        self.gets[path] += 1
        if path in ("/", "/DanhSach.aspx"):
            return Answer(listing(1))
        for page in range(1, PAGES + 1):
            for row in range(1, 4):
                if path == article_path(page, row):
                    return Answer(article(page, row))
        return Answer("<h1>404</h1>", status=404)

    def _post(self, call: Call) -> Answer:
        form = parse_qs(call.body.decode(), keep_blank_values=True)
        self.bodies.append(form)
        field = {name: values[0] for name, values in form.items()}
        target, argument, view_state = (
            field.get("__EVENTTARGET"),
            field.get("__EVENTARGUMENT"),
            field.get("__VIEWSTATE"),
        )
        self.posts[target or "", argument or "", view_state or ""] += 1
        current = next((n for n in range(1, PAGES + 1) if state(n) == view_state), None)
        if (
            call.path != "/DanhSach.aspx"
            or current is None
            or field.get("__EVENTVALIDATION") != f"ev{current}"
        ):
            self.rejected += 1
            return Answer("<h1>Invalid postback or callback argument</h1>", status=500)
        if target == GRID and argument == "Page$Next":
            page = current + 1
        elif target == GRID and argument and argument.removeprefix("Page$").isdigit():
            page = int(argument.removeprefix("Page$"))
        else:
            self.rejected += 1
            return Answer("<h1>Unexpected postback</h1>", status=500)
        self.served[page] += 1
        return Answer(listing(page))


def test_pager_postbacks_reach_every_listing_page(tmp_path: Path) -> None:
    site = WebFormsSite()
    with serve_app(site) as base:
        result = run_crawl("--start-url", f"{base}/DanhSach.aspx", store=tmp_path / "w.sqlite")
    assert result.returncode == 0, result.stderr
    expected = {base + article_path(page, row) for page in range(1, PAGES + 1) for row in range(1, 4)}
    articles = stored(tmp_path / "w.sqlite")
    assert set(articles) == expected
    assert all(site.gets[article_path(page, row)] == 1 for page in range(1, PAGES + 1) for row in range(1, 4))
    # pages 2..4 exist only as answers to postbacks, and each of those carried its page's own state
    assert all(site.served[page] >= 1 for page in range(2, PAGES + 1))
    assert site.rejected == 0
    # only pager links are followed: not the login link, not the search button
    assert not any(target == LOGIN for target, _, _ in site.posts)
    assert not any("ctl00$btnTim" in form for form in site.bodies)
    # a numbered page is posted once whatever page links it; "Sau" once per page state
    assert max(site.posts.values()) == 1
    numbered = Counter(argument for target, argument, _ in site.posts if argument != "Page$Next")
    assert set(numbered.values()) == {1}
