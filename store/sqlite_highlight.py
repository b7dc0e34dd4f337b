"""Highlighted title and ~30-word snippet for a hit, marked on the ORIGINAL text.

Matches are found in `fold(text)` (or the text itself in exact mode); `fold` keeps every
offset, so the same offsets wrap the original words in HIGHLIGHT_START / HIGHLIGHT_END.
"""

from __future__ import annotations

import re

from cchc.vntext import fold
from store.base import HIGHLIGHT_END, HIGHLIGHT_START

SNIPPET_WORDS = 30
WORDS_BEFORE_HIT = 8
_WORD_SPAN = re.compile(r"\S+")
_SPACES = re.compile(r"\s+")


def _searchable(text: str, exact: bool) -> str:
    return text if exact else fold(text)


def _mark(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    """Wrap `spans` (offsets in a string of which `text` starts at `offset`) in the markers."""
    out, pos = [], 0
    for start, end in spans:
        start, end = start - offset, end - offset
        out += [text[pos:start], HIGHLIGHT_START, text[start:end], HIGHLIGHT_END]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def mark_title(title: str | None, pattern: re.Pattern[str] | None, exact: bool) -> str | None:
    if title is None or pattern is None:
        return title
    spans = [m.span() for m in pattern.finditer(_searchable(title, exact)) if m.end() > m.start()]
    return _mark(title, spans)


def snippet(body: str, pattern: re.Pattern[str] | None, exact: bool) -> str:
    """About SNIPPET_WORDS words of `body` around its first match (or its start), matches marked."""
    searchable = _searchable(body, exact) if pattern is not None else body
    first = pattern.search(searchable) if pattern is not None else None
    words = [m.span() for m in _WORD_SPAN.finditer(body)]
    if not words:
        return ""
    first_word = 0
    if first is not None:
        first_word = next((i for i, (_, end) in enumerate(words) if end > first.start()), 0)
    lo = max(0, min(first_word - WORDS_BEFORE_HIT, len(words) - SNIPPET_WORDS))
    hi = min(len(words), lo + SNIPPET_WORDS)
    start, end = words[lo][0], words[hi - 1][1]
    spans = []
    if pattern is not None:
        spans = [m.span() for m in pattern.finditer(searchable, start, end) if m.end() > m.start()]
    text = _SPACES.sub(" ", _mark(body[start:end], spans, start))
    return ("… " if lo > 0 else "") + text + (" …" if hi < len(words) else "")
