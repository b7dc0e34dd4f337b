"""The text-encoding traps of an article body, applied when a paragraph is turned into HTML.

Real portals serve NFD text, vowels half written as HTML entities (`tr&ocirc;̀ng`) and paragraphs
pasted from TCVN3 documents; an extractor must undo all three to get NFC back.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.entities import codepoint2name

from markupsafe import Markup

from sample_portals import tcvn3
from sample_portals.source import split_tcvn3_mark

_WORD = re.compile(r"\S+")


def _entity_char(ch: str) -> str:
    """`ồ` → `&ocirc;` + U+0300: the base letter and first mark as a named entity, other marks raw."""
    parts = unicodedata.normalize("NFD", ch)
    for cut in range(len(parts), 0, -1):
        head = unicodedata.normalize("NFC", parts[:cut])
        name = codepoint2name.get(ord(head)) if len(head) == 1 and cut > 1 else None
        if name:
            return f"&{name};{parts[cut:]}"
    return html.escape(ch)


def _with_entities(text: str) -> str:
    """Every other word gets its accented vowels as entities, so both forms meet in one page."""
    pieces: list[str] = []
    last = 0
    for index, match in enumerate(_WORD.finditer(text)):
        pieces.append(html.escape(text[last : match.start()]))
        word = match.group()
        pieces.append("".join(_entity_char(ch) for ch in word) if index % 2 else html.escape(word))
        last = match.end()
    pieces.append(html.escape(text[last:]))
    return "".join(pieces)


def paragraph_html(text: str, traps: frozenset[str]) -> Markup:
    """Escaped HTML of one paragraph with the article's traps applied."""
    marked, plain = split_tcvn3_mark(text)
    if marked:
        return Markup(html.escape(tcvn3.encode(plain) if "tcvn3" in traps else plain))
    encoded = _with_entities(text) if "entities" in traps else html.escape(text)
    if "nfd" in traps:
        encoded = unicodedata.normalize("NFD", encoded)
    return Markup(encoded)
