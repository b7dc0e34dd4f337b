"""From an HTML page to its parts: title, publication date, author, body, captions.

Measured on the sample portals (see README "Extraction"): trafilatura takes the portal name
as the title on Liferay, a sidebar or footer date as the publication date on three of four
layouts, keeps counters and sidebars on table layouts and takes up to 1.5 s on them. So the
selectors of the known portal families come first (lxml, a few ms) and trafilatura is the
fallback for layouts we do not know. The text then goes through the line rules of
`extract.page_text`, the same as a saved .txt copy's.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from functools import cache

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from cchc.vntext import fold
from crawler.charset import nfc_html
from extract.dates import parse_date_string
from extract.page_text import (
    PageParts,
    assemble,
    date_near_title,
    from_text_lines,
    headline_over_date,
    is_site_header,
    plain_tables,
    posted_under_title,
    text_lines,
    url_date,
)
from extract.scan import LIST_ITEM
from extract.tables import table_rows
from extract.textfix import repair

TITLE_SELECTORS = (
    "h1.title",
    "[id$=lblTieuDe]",  # ASP.NET labels with no class: "ctl00_ContentPlaceHolder1_lblTieuDe"
    ".tandan-p-article-news-title",
    "p.Title",
    ".asset-full-content .asset-title",
    "span.asset-title",
    ".ArticleTitle",
    ".articleTitle",  # DNN's NewsArticles module, as its body and date (not the sidebar modules' h2 "moduleTitle")
    ".title_detail",
    ".title-detail",
    ".news-title",
    "h1.title-news",
    "h1.article-title",
    ".detail-title",
    "td.title",
    ".TieuDe",
    ".header-title",  # Liferay 6.0's h1 and 6.2's h3 in the portlet's taglib-header
    ".contentheading",  # Joomla 1.5
    ".tieude",  # "tiêu đề", the headline's box on hand-built ASP.NET portals
    "[class*=tieude_chitiet]",  # a commune's PHP site: "tiêu đề chi tiết" (over its "tieude_tinkhac", other news)
    "[class*=tieude_tin]",  # classic ASP: "tieude_tin" (not the sidebar's "tieude_box")
    "[class*=tieudetin]",
    "h2",
    "h3",
    "[class*=tieude-chitiet]",
    "[class*=tieu-de-chi-tiet]",
    "[class*=title-detail]",
    "h1",
    "h2.title",
)
BODY_SELECTORS = (
    "#news-bodyhtml",
    ".journal-content-article",
    ".ms-rtestate-field",
    "[class^=ExternalClass]",
    ".ArticleContent",
    ".articleContent",  # DNN's NewsArticles module (DnnForge), its class in camel case
    ".textdetail",
    "[itemprop=articleBody]",
    ".article-content",
    ".detail-content",
    ".content-detail",
    ".news-content",
    ".noidung",
    ".NoiDung",
    "[class*=noidung-chitiet]",
    "[class*=noi-dung]",
    "[class*=noidung]",
    "[id$=lblNoiDung]",  # "ctl00_ContentPlaceHolder1_lblNoiDung"
    "[id$=divNoiDung]",  # ... and its block, whose class may name nothing ("content")
    ".entry-content",
    "article",
)
SUMMARY_SELECTORS = (
    ".hometext",
    "#hometext",  # NukeViet 3
    ".article-intro",  # Joomla templates' lead above "article-body"
    ".article-summary",
    ".tandan-p-article-news-summary",
    ".ArticleSummary",
    ".asset-full-content .asset-summary",  # Liferay's article (not its teasers' "asset-abstract"): the lead
    "b.lv_description_mode1",
    ".sapo",
    ".summary",
    "[class*=sapo]",
    "[class*=Sapo]",
    "[class*=tomtat]",  # "tóm tắt", the lead in its own box above the body
    "[class*=TomTat]",
    "[class*=tom-tat]",
    "[class*=trichdan]",  # "trích dẫn", classic ASP portals' lead
    "[class*=trich-dan]",
    "[class*=articleSummary]",  # DotNetNuke's News Articles
    "[class*=trichyeu]",  # "trích yếu"
    "[id*=TomTat]",  # ASP.NET labels named for it with no class: "ctl00_..._lblTomTat"
    "[id*=TrichDan]",
    ".news-summary",
    "[id$=lblMoTa]",  # "mô tả", an ASP.NET news module's lead label: "dnn_ctr1380_ViewTinTuc_lblMoTa"
)
DATE_SELECTORS = (
    "[itemprop=datePublished]",
    "meta[property='article:published_time']",
    "meta[name=pubdate]",  # news sites' own: <meta name="pubdate" content="2019-10-17T06:32:00+07:00">
    ".tandan-span-date-publish",
    ".asset-full-content .assetPublishDate",
    ".PostDate",
    ".time_detail_news",
    "#datearticle",
    ".date_time",
    ".news-date",
    ".article-date",
    ".articleDate",  # DNN's NewsArticles module, its date in a class or in the module's label
    "[id$=ViewArticle_lblDate]",
    ".publish-date",
    "time.published",  # WordPress: <time class="entry-date published">, then "updated"
    "time.entry-date",  # ... older themes (Twenty Eleven, Twelve): <time class="entry-date" datetime="...">
    ".post-date",
    ".metadata-publish-date",  # Liferay 6.0
    ".ngay-dang",
    ".createdate",  # Joomla 1.5: "Thứ năm, 17 Tháng 9 2015 09:21"
    "dd.published",  # Joomla 3's article info: <dd class="published">Được đăng ngày Thứ sáu, 14 Tháng 10 2016 08:42
    ".field--name-created",  # Drupal 8: "Gửi bởi ... vào <span class="field--name-created">T2, 28/11/2022 - 14:30"
    ".date-post",
    "[class*=ngay-capnhat]",
    "[class*=ngaycapnhat]",
    "[class*=ngay-dang]",
    "[class*=ngaydang]",
    "[id$=lblNgayDang]",  # "ctl00_ContentPlaceHolder1_lblNgayDang"
    ".date-detail",
    "[class*=meta] .date",  # a news CMS's line under the headline: "<div class='article-meta'>... <span class='date'>"
    "[class*=article__time]",  # a newspaper's BEM classes: "<span class='article__time'>Thứ Tư, 28/12/2022, 07:15"
)
_DROP_TAGS = ("script", "style", "noscript", "form", "iframe", "svg", "button", "select", "textarea")
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "figcaption",
    "figure",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "ul",
    "ol",
    "td",
    "dd",
    "dt",
    "center",
}


def _text_of(element: lxml.html.HtmlElement) -> str:
    """Text with line breaks at block boundaries (lxml's text_content() runs blocks together)."""
    parts: list[str] = []
    # (a comment's tail is text: Word's "<p><!--StartFragment-->Ngày 12/3, Đoàn ..." as editors paste it)
    walk = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, el in walk:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event in ("comment", "pi"):
            if el.tail:
                parts.append(el.tail)
        elif event == "start":
            if tag == "table" and (rows := table_rows(el)) is not None:
                parts.append("\n" + "\n".join(rows) + "\n")
                walk.skip_subtree()
                continue
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if tag == "li" and not LIST_ITEM.match(el.text_content()):
                parts.append("- ")  # the bullet a browser draws: the rows of a list read as list items
            if el.text and tag not in _DROP_TAGS:
                parts.append(el.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.tail and el is not element:
                parts.append(el.tail)
    return "".join(parts)


@cache
def _compiled(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")


def _select(tree: lxml.html.HtmlElement, selector: str) -> list[lxml.html.HtmlElement]:
    return _compiled(selector)(tree)


_CLASS_OR_ID = re.compile(r"[.#]([\w-]+)")
_ATTRIBUTE_VALUE = re.compile(r"\[[\w-]+[*^$|~]?=['\"]?([^'\"\]]+)")
_TAG = re.compile(r"(?:^|[\s>+~])([a-z][a-z0-9]*)")


@cache
def _needles(selector: str) -> tuple[tuple[str, ...], ...]:
    """Per comma-separated group of `selector`, the strings its match needs in the page source
    (lowercased): class and id names, attribute values, "<tag"."""
    return tuple(
        tuple(
            needle.lower()
            for needle in (
                *_CLASS_OR_ID.findall(group),
                *_ATTRIBUTE_VALUE.findall(group),
                *(f"<{tag}" for tag in _TAG.findall(group.strip())),
            )
        )
        for group in selector.split(",")
    )


def _may_match(selector: str, source: str) -> bool:
    """False when a class, id, attribute value or tag that every group of `selector` needs is nowhere
    in the lowercased page `source`. Most selectors are other portals': running each over the whole
    tree was a tenth of an extraction, a substring test is nothing."""
    return any(all(needle in source for needle in group) for group in _needles(selector))


def _first(
    tree: lxml.html.HtmlElement,
    selectors: tuple[str, ...],
    source: str,
    *,
    outside_lists: bool = False,
    no_data_table: bool = False,
    outside_boxes: bool = False,
) -> lxml.html.HtmlElement | None:
    """The first match of the first selector that matches (`outside_lists`: not in a sidebar's widget or a list of
    other articles, whose "post-date" is another article's; `no_data_table`: not a table of figures, whose class may
    name the text it sits in, "tbl-noidung"; `outside_boxes`: not a sidebar box's content, whose class may name
    content too, "noidungkhung")."""
    for selector in selectors:
        if not _may_match(selector, source):
            continue
        for found in _select(tree, selector):
            if outside_lists and _in_list_of_articles(found):
                continue
            if no_data_table and found.tag == "table" and table_rows(found) is not None:
                continue
            if outside_boxes and _box_content(found):
                continue
            return found
    return None


def _box_content(element: lxml.html.HtmlElement) -> bool:
    """The content of a box of hand-built portals' sidebars, its class naming the box, "khung" (a frame):
    "noidungkhung", "khung_nd" (a page's own frame, "<table class='khung'>", may hold the article)."""
    return "khung" in (element.get("class") or "").lower()


def _in_list_of_articles(element: lxml.html.HtmlElement) -> bool:
    """In an aside, a widget, or a list item that links elsewhere (a meta bar's "<li class='date'>" links nowhere;
    Joomla's article info is an "<aside class='article-aside'>")."""
    return any(
        ancestor.tag == "aside"
        and "article" not in (ancestor.get("class") or "")
        or "widget" in (ancestor.get("class") or "")
        or ancestor.tag == "li"
        and ancestor.find(".//a") is not None
        for ancestor in element.iterancestors()
    )


# The <title>'s parts: the headline and the site's name, or a breadcrumb ("Sở Nội vụ > Tin tức > Headline").
_TITLE_PARTS = re.compile(r"\s[-|–>»]\s")


def _title(tree: lxml.html.HtmlElement, source: str) -> str | None:
    """The headline: the first selector match that the page's <title>/og:title confirms.

    Related-article lists reuse the headline's classes, so an unconfirmed match is only a fallback, and not one that
    is a sidebar's or another article's in a list.
    """
    head = tree.xpath("//meta[@property='og:title']/@content") + tree.xpath("//title/text()")
    titles = [fold(" ".join(repair(h).split())) for h in head]
    page_title = " ".join(titles)
    # (a subheading is in the <title> too when the headline names it: "<h3>Xã Hành Thuận</h3>" under "Kiểm tra ... tại
    # xã Hành Thuận, Hành Trung và thị trấn Chợ Chùa"; a headline is most of the <title>'s longest part)
    longest = max((part for t in titles for part in _TITLE_PARTS.split(t)), key=len, default="")
    first = None
    for selector in TITLE_SELECTORS:
        if not _may_match(selector, source):
            continue
        for element in _select(tree, selector)[:5]:
            text = " ".join(repair(element.text_content()).split())
            if len(text) < 8:
                continue
            if first is None and not _other_article_s(element):
                first = text
            if (
                page_title
                and fold(text) in page_title
                and 2 * len(text) >= len(longest)
                and not is_site_header(text)
            ):
                return text  # (the site's name is in the <title> too: "Headline | Sở Nội vụ tỉnh Bình Phước")
    if first:
        return first
    if page_title:
        parts = _TITLE_PARTS.split(" ".join(repair(" ".join(head[-1:])).split()))
        return max(parts, key=len) if parts else None
    return None


def _other_article_s(heading: lxml.html.HtmlElement) -> bool:
    """A heading no <title> confirms that is a sidebar's ("<h2 class='widget-title'>Tin nổi bật</h2>") or another
    article's in a list or a widget ("<aside class='widget'>...<h3 class='entry-title'><a href='/2017/08/28/...'>"), as
    a WordPress theme puts above the post's own "<h2 class='entry-title'>" (a linked heading may be the page's own:
    Joomla's "<h2><a href='...item/1187-...'>")."""
    return "widget" in (heading.get("class") or "") or _in_list_of_articles(heading)


def _date_of(element: lxml.html.HtmlElement) -> date | None:
    value = element.get("content") or element.get("datetime") or element.get("title") or ""
    return parse_date_string(value) or parse_date_string(repair(element.text_content()))


def _linked_data_date(tree: lxml.html.HtmlElement) -> date | None:
    """The "datePublished" of the page's JSON-LD (a NewsArticle, perhaps inside an "@graph")."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # a broken block says nothing
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(published := item.get("datePublished"), str):
                    return parse_date_string(published)
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


# XHTML pages of the 2000s open on one ("<?xml version="1.0" encoding="utf-8"?>"), which lxml refuses in a str: the
# text is decoded already.
_XML_DECLARATION = re.compile(r"^[\ufeff\s]*<\?xml[^>]*\?>")


def parse_html(html: str, url: str | None = None) -> PageParts:
    # (composed before any length is measured: a body or a table cell in NFD is longer than it reads)
    html = nfc_html(_XML_DECLARATION.sub("", html, count=1))
    tree = lxml.html.fromstring(html)
    source = html.lower()
    # a last resort for the date: pages that show only "2 giờ trước" say it in their JSON-LD
    linked = _linked_data_date(tree) if "ld+json" in source else None
    # (and a Joomla site's modules, its sidebars' polls, weather and gold prices: never the article)
    for bad in tree.xpath(
        "//script|//style|//noscript|//iframe|//svg|//textarea|//select|//*[starts-with(@class, 'moduletable')]"
    ):
        bad.drop_tree()
    parts = PageParts()
    parts.title = _title(tree, source)
    site_name = ""
    for head_title in tree.xpath("//head/title"):
        # Read; out of the page's text, where it would pass for the headline at the top of the page and put
        # the header's clock "after the title", before the real headline and its date. It often names the site
        # ("... - Cổng thông tin điện tử tỉnh Bắc Ninh"): context for the province.
        site_name = repair(head_title.text_content()).strip()
        head_title.drop_tree()
    date_el = _first(tree, DATE_SELECTORS, source, outside_lists=True)
    if date_el is not None:
        parts.published = _date_of(date_el)
    body_el = _first(tree, BODY_SELECTORS, source, no_data_table=True, outside_boxes=True)
    if body_el is not None:
        body_el = _with_continuations(body_el)
    if body_el is not None and len(body_el.text_content().strip()) > 200:
        _drop_inline_boxes(body_el)
        summary_el = _first(tree, SUMMARY_SELECTORS, source)
        caption_text = {
            repair(c.text_content()).strip()
            for c in _select(
                body_el,
                "figcaption, .caption, .image-caption, p > em:only-child, td > em:only-child, p > i:only-child, "
                "td > i:only-child, td.image_desc",
            )
            if c.tag not in ("em", "i") or _under_image(c)
        }
        text = _text_of(body_el)
        if summary_el is not None and summary_el.text_content().strip() not in body_el.text_content():
            text = _text_of(summary_el) + "\n" + text
        lines = text_lines("\n".join(plain_tables([line for line in text.split("\n") if line.strip()])))
        captions = {i for i, line in enumerate(lines) if line.strip() in caption_text}
        page_lines = text_lines(_text_of(tree))
        if not parts.title or is_site_header(parts.title):
            # an old table layout's headline in a bold cell over its "Cập nhật: 17/07/2015" (the <title> names the
            # site)
            parts.title = headline_over_date(page_lines[:60]) or parts.title
        assemble(parts, lines, captions)
        parts.context = parts.context or "\n".join(page_lines)  # header and footer name the portal's place
        if parts.published is None:
            parts.published = date_near_title(page_lines, parts.title)
    else:
        summary_el = _first(tree, SUMMARY_SELECTORS, source)
        lead = _text_of(summary_el) if summary_el is not None else None
        page_lines = text_lines(_text_of(tree))
        # the <title> names only the site ("::: SO NOI VU TINH HA TAY :::", "Thi xa Gia Nghia - Tin tuc"), or reads like
        # a site's name ("SỞ NỘI VỤ TỈNH HÀ TÂY - Tin chi tiết", whose footer names the site again): the headline over
        # the date line, if there is one, for a headline that reads like a site's name may be one ("Ủy ban nhân dân xã
        # rà soát thủ tục hành chính")
        site_only = parts.title is not None and (
            len(parts.title.split()) < 5
            or fold(parts.title) not in {fold(line.strip()) for line in page_lines}
        )
        if site_only or parts.title and is_site_header(parts.title):
            parts.title = headline_over_date(page_lines[:40]) or (None if site_only else parts.title)
        from_text_lines(parts, page_lines, fallback_html=_for_trafilatura(tree, html), url=url, lead=lead)
    if date_el is not None and (date_el.tag == "meta" or date_el.get("itemprop")):
        # the page's "Ngày đăng" under the headline over its metadata, which may be an edit's or an import's time
        parts.published = posted_under_title(page_lines, parts.title) or parts.published
    parts.context = f"{site_name}\n{parts.context}" if site_name else parts.context
    if url is None:
        parts.own_url = _own_url(tree)
    # (the page's own address read once, and with a URL known only when its date is wanted from it)
    parts.published = (
        parts.published
        or linked
        or url_date(url)
        or url_date(parts.own_url if url is None else _own_url(tree))
    )
    return parts


def _with_continuations(body: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The body and the blocks of its own class that go on with it below a photo or an advertisement (ASP.NET's
    "divNoiDung" then "divNoiDung2"), read as one."""
    kind = body.get("class")
    more = [el for el in body.itersiblings() if kind and el.tag == body.tag and el.get("class") == kind]
    if not more:
        return body
    whole = lxml.html.Element(body.tag)
    for block in (body, *more):
        whole.append(copy.deepcopy(block))
    return whole


def _own_url(tree: lxml.html.HtmlElement) -> str | None:
    """The address the page gives for itself, or its site's (a saved SharePoint page's `<base href>`)."""
    found = tree.xpath("//link[@rel='canonical']/@href|//meta[@property='og:url']/@content|//base/@href")
    return next((url for url in found if url.startswith(("http://", "https://"))), None)


_INLINE_BOX_CLASS = re.compile(r"relate|lien-?quan|tinlienquan|xem-?them|doc-?them", re.IGNORECASE)


def _drop_inline_boxes(body: lxml.html.HtmlElement) -> None:
    """Out of the body, the boxes of other articles' links that newspapers set inside the text
    ("article__inline-related", "tin-lien-quan-inline"); the text goes on below them."""
    boxes = [el for el in body.iterdescendants() if _INLINE_BOX_CLASS.search(el.get("class") or "")]
    for box in boxes:
        if not any(ancestor in boxes for ancestor in box.iterancestors()):  # the outermost box holds the rest
            box.drop_tree()


def _under_image(em: lxml.html.HtmlElement) -> bool:
    """Whether an italic paragraph or cell is an image's caption: an image in it or just before it, or in the table
    row before its row (an italic note closing the text, "* Các đơn vị được kiểm tra gồm: ...", is text)."""
    holder = em.getparent()
    near = [holder, holder.getprevious()] if holder is not None else []
    if holder is not None and holder.tag in ("td", "th") and (row := holder.getparent()) is not None:
        near += [row, row.getprevious()]
    return any(el is not None and (el.tag == "img" or el.find(".//img") is not None) for el in near)


def _for_trafilatura(tree: lxml.html.HtmlElement, html: str) -> str:
    """The page for trafilatura with its tables read as ours are: a portal laid out in a table (DotNetNuke, old
    ASP.NET) would reach us as one paragraph, headline, date line and text run together, so layout tables become
    blocks; a data table would come one cell a line (PHP-Nuke's figures in its "content" font), so each of its rows
    becomes a paragraph of cells joined by " | ", its merged header read."""
    tables = list(tree.iter("table"))
    if not tables:
        return html
    rows = {table: table_rows(table) for table in tables}
    layout = [table for table in tables if rows[table] is None]
    own = [  # each layout table's own rows and cells, not those of a data table inside it
        element
        for table in layout
        for element in (table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th"))
        if element is table or next(element.iterancestors("table")) is table
    ]
    for table, lines in rows.items():
        if lines is not None:  # (a data table holds no table: one that does is read as layout)
            block = lxml.html.Element("div")
            for line in lines:
                etree.SubElement(block, "p").text = line
            block.tail = table.tail
            table.getparent().replace(table, block)
    for element in own:
        element.tag = "div"
    return lxml.html.tostring(tree, encoding="unicode")
