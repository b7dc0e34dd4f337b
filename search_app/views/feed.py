"""`/feed.atom?<search params>`: the newest matches of any search as an Atom feed, for feed readers.

Built with ElementTree, so titles and snippets from scraped pages are escaped XML text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from flask import Blueprint, Response, request, url_for

from search_app.formatting import unmarked
from search_app.params import parse_state
from search_app.storage import get_store

bp = Blueprint("feed", __name__)
ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50


@bp.get("/feed.atom")
def atom() -> Response:
    asked = parse_state(request.args)
    state = replace(asked, sort="date", page=1, per_page=FEED_SIZE)
    result = get_store().search(state.to_query())
    feed = ET.Element("feed", xmlns=ATOM, attrib={"xml:lang": "vi"})
    title = f"Kiểm tra CCHC: {state.q}" if state.q else "Kiểm tra cải cách hành chính"
    ET.SubElement(feed, "title").text = title
    ET.SubElement(feed, "id").text = request.url
    ET.SubElement(feed, "link", rel="self", href=request.url)
    ET.SubElement(
        feed, "link", rel="alternate", type="text/html", href=request.host_url.rstrip("/") + asked.url(page=1)
    )
    newest = max((hit.published_date or "" for hit in result.hits), default="")
    ET.SubElement(feed, "updated").text = _timestamp(newest)
    for hit in result.hits:
        entry = ET.SubElement(feed, "entry")
        page_url = url_for("articles.show", article_id=hit.id, _external=True)
        ET.SubElement(entry, "title").text = hit.title or "(không có tiêu đề)"
        ET.SubElement(entry, "id").text = page_url
        ET.SubElement(entry, "link", rel="alternate", type="text/html", href=page_url)
        ET.SubElement(entry, "updated").text = _timestamp(hit.published_date)
        if hit.portal:
            ET.SubElement(ET.SubElement(entry, "author"), "name").text = hit.portal
        if hit.snippet_html:
            ET.SubElement(entry, "summary").text = unmarked(hit.snippet_html)
    body = ET.tostring(feed, encoding="unicode", xml_declaration=True)
    return Response(body, content_type="application/atom+xml; charset=utf-8")


def _timestamp(day: str | None) -> str:
    """Atom wants RFC 3339; articles only have a day, so midnight UTC (now when the day is unknown)."""
    if day and len(day) >= 10:
        return f"{day[:10]}T00:00:00Z"
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
