"""ASP.NET WebForms pagination: pager links that post the page's form back instead of naming a URL.

WebForms portals render GridView/DataPager pagers as
`<a href="javascript:__doPostBack('ctl00$main$grid','Page$2')">2</a>`: pages 2..N exist only as the
answer to a POST of the page's server `<form>` with `__EVENTTARGET`/`__EVENTARGUMENT` set and its
hidden state (`__VIEWSTATE`, `__EVENTVALIDATION`, ...) carried over, which form2request does as a
browser would. Only pager links are followed (a `Page$...` argument, or a page number or
next/previous as link text): other postbacks are buttons (search, log in, switch language).
A pager page is deduped on (form action, target, argument) when the argument names a page
(`Page$3`): its view state differs on every page, so page 3 asked from page 1 and from page 2 is
one page. Relative moves (`Page$Next`, a "Sau" button with no argument) lead where the page's state
says, so their key also holds a digest of `__VIEWSTATE`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import scrapy
from form2request import form2request
from scrapy.http import TextResponse

from crawler.canonical import canonical_url

# Request meta holding the dedupe key of a postback (the spider's and the Redis dupefilter's).
POSTBACK_KEY = "cchc_postback"

_POSTBACK_CALL = re.compile(
    r"""(?:__doPostBack|WebForm_PostBackOptions)\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]*)['"]"""
)
_PAGER_ARGUMENT = re.compile(r"^Page\$", re.IGNORECASE)
_ABSOLUTE_PAGE = re.compile(r"^Page\$\d+$", re.IGNORECASE)
_PAGER_TEXT = re.compile(
    r"^(?:\d{1,4}|\.\.\.|…|»|«|›|‹|>>?|<<?|next|prev(?:ious)?|first|last"
    r"|(?:trang\s+)?(?:sau|trước|tiếp|đầu|cuối))$",
    re.IGNORECASE,
)
_SERVER_FORM = "//form[.//input[@name='__VIEWSTATE' or @name='__EVENTTARGET']]"


@dataclass(frozen=True)
class Postback:
    """One `__doPostBack(target, argument)` call: the control that raises the event, and its argument."""

    target: str
    argument: str


def pager_postbacks(response: TextResponse) -> list[Postback]:
    """The distinct pager postbacks linked from a WebForms page, in page order."""
    if not response.xpath(_SERVER_FORM):
        return []
    found: list[Postback] = []
    for link in response.xpath("//a[contains(@href, 'PostBack')]"):
        match = _POSTBACK_CALL.search(link.attrib.get("href", ""))
        if not match:
            continue
        postback = Postback(*match.groups())
        text = " ".join(link.xpath("string()").get("").split())
        is_pager = _PAGER_ARGUMENT.match(postback.argument) or _PAGER_TEXT.match(text)
        if is_pager and postback not in found:
            found.append(postback)
    return found


def postback_request(response: TextResponse, postback: Postback, **kwargs: Any) -> scrapy.Request:
    """The POST of the page's server form that a click on the pager link sends (`kwargs` go to Request)."""
    form = response.xpath(_SERVER_FORM)[0]
    data = {"__EVENTTARGET": postback.target, "__EVENTARGUMENT": postback.argument}
    request_data = form2request(form, data, click=False)
    key = f"{canonical_url(request_data.url)} postback {postback.target} {postback.argument}"
    if not _ABSOLUTE_PAGE.match(postback.argument):
        state = form.xpath(".//input[@name='__VIEWSTATE']/@value").get("")
        key += " state " + hashlib.sha1(state.encode()).hexdigest()
    meta = {**kwargs.pop("meta", {}), POSTBACK_KEY: key}
    return request_data.to_scrapy(callback=kwargs.pop("callback", None), meta=meta, **kwargs)
