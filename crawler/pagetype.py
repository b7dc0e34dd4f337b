"""Is a fetched page an article, a listing, or something else (home, about, contact, tags)?

Only articles are handed on to the extractor; listings are crawled for their links. A source
in the registry may give an `article_url_pattern`, which then decides alone. Otherwise a few
cheap, generic signals are combined into a score, because no single one is reliable on
government portals (every page has dated "related news" lists, a header clock, counters):

- one main text block of substantial length (paragraphs under one parent, links excluded)
  with few links inside it;
- a single `<h1>` headline;
- a publication date next to that block (not inside a link list), or in page metadata;
- no pagination, and not a page of many dated links with only short texts;
- the URL shape: a numeric content id (`-1042.html`, `view_content/12-`, `?id=5`) or a
  listing shape (`/`, `page-2`, `?page=2`, `_cur=2`, `/tag/`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import Literal
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement
from parsel import Selector

PageType = Literal["article", "listing", "other"]

LONG_TEXT = 500
SHORT_TEXT = 250
MANY_DATED_LINKS = 6

_DATE = re.compile(
    r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?!\d)|\b\d{4}-\d{2}-\d{2}\b|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}",
    re.IGNORECASE,
)
_PAGE_PARAM = re.compile(r"[?&](?:page|pageindex|p|trang|pg|start)=\d+|_cur=\d+|/(?:page|trang)-\d+", re.I)
_PAGE_TEXT = re.compile(r"^(?:\d{1,3}|»|›|>>|next|sau|tiếp|trang sau|trang tiếp|cuối|last)$", re.IGNORECASE)
_ARTICLE_URL = re.compile(
    r"""-\d{3,}\.(?:html?|aspx|php)$        # slug-1042.html, slug-468686.aspx
      |/view_content/\d+|/-/details/|/-/asset_publisher/\w+/content/
      |/\d{4}-\d{2}-\d{2}/[^/]+$            # /pages/2023-01-30/slug.aspx
      |/[a-z0-9-]+-\d{4,}/?$                # /tin-tuc/slug-889529
      |[?&](?:act|view|task)=(?:detail|chitiet|view)
      |[?&](?:itemid|newsid|articleid|article_id|tinid)=\d+""",
    re.IGNORECASE | re.VERBOSE,
)
_LISTING_URL = re.compile(r"/(?:tags?|chu-de|category|categories|search|tim-kiem|rss|feed)(?:/|$)", re.I)
_BLOCK_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "select", "option", "textarea"}
_PAGE_WRAPPERS = {"html", "body", "form"}  # ASP.NET WebForms wrap the whole page in one <form>
_DATE_META = (
    "//meta[@property='article:published_time' or @name='pubdate' or @itemprop='datePublished']"
    " | //*[@itemprop='datePublished'] | //time[@datetime]"
)


def _text(node: HtmlElement) -> str:
    return " ".join(" ".join(node.itertext()).split())


def _own_text_chars(node: HtmlElement) -> int:
    """Characters of text directly inside `node` (not in child elements): `<br>`-separated bodies."""
    parts = [node.text or ""] + [child.tail or "" for child in node]
    return len(" ".join(" ".join(parts).split()))


def _content_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """Elements in document order, without the subtrees of `_BLOCK_SKIP` tags (scripts, navigation...).

    One walk that prunes those subtrees: testing every element's ancestors instead costs a proxy object
    (and lxml.html's class lookup) per ancestor, which made this the crawl's most expensive step.
    """
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node.tag, str) and node.tag not in _BLOCK_SKIP:
            yield node
            stack.extend(reversed(node))


def _main_block(elements: list[HtmlElement]) -> tuple[HtmlElement | None, int]:
    """The element holding the most paragraph text, with that many characters (links excluded)."""
    totals: dict[HtmlElement, int] = {}
    for node in elements:
        if node.tag == "a":
            continue
        if node.tag == "p":
            chars = len(_text(node)) - sum(len(_text(link)) for link in node.iter("a"))
            parent = node.getparent()
            if parent is not None:
                totals[parent] = totals.get(parent, 0) + chars
        own = _own_text_chars(node)
        if own:
            totals[node] = totals.get(node, 0) + own
    if not totals:
        return None, 0
    block = max(totals, key=totals.__getitem__)
    return block, totals[block]


def _link_density(block: HtmlElement) -> float:
    total = len(_text(block))
    return sum(len(_text(link)) for link in block.iter("a")) / total if total else 1.0


def _dated_near(block: HtmlElement, root: HtmlElement) -> bool:
    """A date beside the main block (up to two levels up, below <body>), outside links and lists."""
    if root.xpath(_DATE_META):
        return True
    container = block
    for _ in range(2):
        parent = container.getparent()
        if parent is None or parent.tag in _PAGE_WRAPPERS:
            break
        container = parent
    texts = container.xpath(".//text()[not(ancestor::a or ancestor::li or ancestor::script)]")
    return any(_DATE.search(text) for text in texts)


def _dated_links(elements: list[HtmlElement]) -> int:
    """Links whose item (the link and its small enclosing elements) shows a date: rows of a listing."""
    count = 0
    texts: dict[
        HtmlElement, str
    ] = {}  # a pager's hundred links share their enclosing elements: text them once
    for link in (node for node in elements if node.tag == "a"):
        context = _text(link)
        for level, ancestor in enumerate(link.iterancestors()):
            text = texts.get(ancestor)
            if text is None:
                text = texts[ancestor] = _text(ancestor)
            if level == 3 or len(text) > 400:
                break
            context = text
        if _DATE.search(context):
            count += 1
    return count


def _has_pagination(root: HtmlElement) -> bool:
    for link in root.iter("a"):
        href = link.get("href") or ""
        if _PAGE_PARAM.search(href) and _PAGE_TEXT.match(_text(link) or "x"):
            return True
        if link.get("rel") == "next":
            return True
    return bool(root.xpath("//link[@rel='next'] | //*[contains(concat(' ', @class, ' '), ' pager ')]"))


def url_shape(url: str) -> Literal["article", "listing", "neutral"]:
    parts = urlsplit(url)
    tail = parts.path + ("?" + parts.query if parts.query else "")
    if parts.path in ("", "/") and not parts.query or _PAGE_PARAM.search(tail) or _LISTING_URL.search(tail):
        return "listing"
    return "article" if _ARTICLE_URL.search(tail) else "neutral"


class PageSignals:
    """What `classify` looks at, kept so a surprising decision can be explained.

    Each signal is read from the page when first asked for: a long text scores without its dated
    links, the costliest signal (0.6 of the 1.7 ms a page took to classify in a crawl), and a page that
    matches the source's `article_url_pattern` needs none.
    """

    def __init__(self, url: str, root: HtmlElement | None) -> None:
        self.url_shape = url_shape(url)
        self._root = root

    @cached_property
    def _elements(self) -> list[HtmlElement]:
        """Held, so that lxml reuses the elements' proxies in later walks."""
        return list(_content_elements(self._root)) if self._root is not None else []

    @cached_property
    def _main(self) -> tuple[HtmlElement | None, int]:
        return _main_block(self._elements)

    @property
    def text_chars(self) -> int:
        return self._main[1]

    @cached_property
    def link_density(self) -> float:
        block = self._main[0]
        return _link_density(block) if block is not None else 1.0

    @cached_property
    def headlines(self) -> int:
        return len(self._root.xpath("//h1")) if self._root is not None else 0

    @cached_property
    def dated(self) -> bool:
        block = self._main[0]
        return block is not None and self._root is not None and _dated_near(block, self._root)

    @cached_property
    def dated_links(self) -> int:
        return _dated_links(self._elements)

    @cached_property
    def pagination(self) -> bool:
        return self._root is not None and _has_pagination(self._root)

    def score(self) -> int:
        score = 2 if self.text_chars >= LONG_TEXT else 1 if self.text_chars >= SHORT_TEXT else -2
        score += 1 if self.link_density <= 0.25 else -2 if self.link_density > 0.5 else 0
        score += 1 if self.headlines == 1 else 0
        score += 1 if self.dated else -2
        score -= 2 if self.pagination else 0
        score -= 2 if self.text_chars < LONG_TEXT and self.dated_links >= MANY_DATED_LINKS else 0
        score += {"article": 1, "listing": -3, "neutral": 0}[self.url_shape]
        return score


def page_signals(url: str, html: str | Selector) -> PageSignals:
    # (type "html": parsel would read a page opening on "<?xml ...?>" as XML)
    root = (html if isinstance(html, Selector) else Selector(text=html, type="html")).root
    return PageSignals(url, root if isinstance(root, etree._Element) else None)


def classify(url: str, html: str | Selector, article_url_pattern: str | None = None) -> PageType:
    """`article` if the page should be extracted; `listing` for pages of links; `other` otherwise."""
    signals = page_signals(url, html)
    if article_url_pattern:
        if re.search(article_url_pattern, url):
            return "article"
    elif signals.score() >= 3:
        return "article"
    return "listing" if signals.pagination or signals.dated_links >= MANY_DATED_LINKS else "other"
