"""Vietnamese display conventions for the templates: day-first dates, "." thousands, "," decimals.

Also the one place where highlight markers become HTML: the text is escaped first and
only then are the private-use markers turned into <mark>, so scraped text can never
inject markup.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from markupsafe import Markup, escape

from store.base import HIGHLIGHT_END, HIGHLIGHT_START

_MARKERS = re.compile(f"([{HIGHLIGHT_START}{HIGHLIGHT_END}])")
_PAIR = HIGHLIGHT_START + HIGHLIGHT_END
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")


def vn_date(value: str | date | datetime | None) -> str:
    """ "2024-03-05" → "05/03/2024"; "2024-03" → "03/2024"; anything else is shown as written."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if match := _ISO_DAY.match(value):
        year, month, day = match.groups()
        return f"{day}/{month}/{year}"
    if match := _ISO_MONTH.fullmatch(value):
        year, month = match.groups()
        return f"{month}/{year}"
    return value


def vn_number(value: float | int | None) -> str:
    """12345.5 → "12.345,5": integers without decimals, others with up to two."""
    if value is None:
        return ""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def marked(text: str | None) -> Markup:
    """Escape `text` and turn highlight markers into <mark>; stray or unclosed markers are repaired.

    Markers as the store writes them (pairs, in order) are replaced in the escaped text at once;
    only other sequences, which scraped text holding the private-use characters could make, take
    the piecewise repair (twice as slow: 6 µs for a snippet)."""
    if not text:
        return Markup("")
    markers = _MARKERS.findall(text)
    if "".join(markers) == _PAIR * (len(markers) // 2):
        return Markup(str(escape(text)).replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>"))
    parts: list[str] = []
    inside = False
    for piece in _MARKERS.split(text):
        if piece == HIGHLIGHT_START:
            if not inside:
                parts.append("<mark>")
                inside = True
        elif piece == HIGHLIGHT_END:
            if inside:
                parts.append("</mark>")
                inside = False
        else:
            parts.append(str(escape(piece)))
    if inside:
        parts.append("</mark>")
    return Markup("".join(parts))


def unmarked(text: str | None) -> str:
    """The plain text without highlight markers (for attributes and JSON consumers)."""
    return _MARKERS.sub("", text or "")
