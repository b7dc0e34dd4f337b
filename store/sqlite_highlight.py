"""Highlighted title and ~30-word snippet for a hit, marked on the ORIGINAL text.

Matches are found in `fold(text)` (or the text itself in exact mode); `fold` keeps every
offset, so the same offsets wrap the original words in HIGHLIGHT_START / HIGHLIGHT_END.
"""

from __future__ import annotations

import re
from itertools import islice

from cchc.vntext import fold
from store.base import HIGHLIGHT_END, HIGHLIGHT_START

SNIPPET_WORDS = 30
WORDS_BEFORE_HIT = 8
_FIRST_FOLD = 600  # characters folded to look for the first match; fourfold until found
_WORD_SPAN = re.compile(r"\S+")
_SPACES = re.compile(r"\s+")
_WORD_START = re.compile(r"(?<!\w)\w")


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


def _words_before(body: str, pos: int, count: int) -> list[tuple[int, int]]:
    """The last `count` word spans ending by `pos` (a word start or a space), fewer at the text's start.
    Read in a window that widens until it holds them: a body has hundreds of words, a snippet thirty."""
    width = 8 * count
    while True:
        low = max(0, pos - width)
        spans = [m.span() for m in _WORD_SPAN.finditer(body, low, pos)]
        if spans and low > 0 and not body[low - 1].isspace():
            spans = spans[1:]  # the end of a word the window cut
        if len(spans) >= count or low == 0:
            return spans[-count:]
        width *= 4


def snippet(body: str, pattern: re.Pattern[str] | None, exact: bool, longest: int) -> str:
    """About SNIPPET_WORDS words of `body` around its first match (or its start), matches marked:
    WORDS_BEFORE_HIT words before the match's word, more when the body ends sooner. `longest` is the
    word count of the pattern's longest term (ParsedQuery.longest_term)."""
    searchable, first = _first_match(body, pattern, exact, longest)
    pos = first.start() if first is not None else 0
    if pos < len(body) and not body[pos].isspace():
        while pos > 0 and not body[pos - 1].isspace():
            pos -= 1  # the start of the word the match is in
    before = _words_before(body, pos, SNIPPET_WORDS + 1)
    after = list(islice(_WORD_SPAN.finditer(body, pos), SNIPPET_WORDS + 1))
    if not before and not after:
        return ""
    taken = min(len(before), max(WORDS_BEFORE_HIT, SNIPPET_WORDS - min(len(after), SNIPPET_WORDS)))
    words = before[len(before) - taken :] + [m.span() for m in after[: SNIPPET_WORDS - taken]]
    start, end = words[0][0], words[-1][1]
    spans = []
    if pattern is not None:
        # A term that starts in the window may run past it by up to `longest` - 1 words: the window then
        # ends with it, so a phrase is marked whole rather than left unmarked.
        reach = max([end, *(m.end() for m in islice(_WORD_SPAN.finditer(body, end), longest - 1))])
        if len(searchable) < reach:  # matches are looked for up to `reach` only; folding is per character
            searchable += _searchable(body[len(searchable) : reach], exact)
        spans = [m.span() for m in pattern.finditer(searchable, start, reach) if m.end() > m.start()]
        spans = [span for span in spans if span[0] < end]
        end = max([end, *(stop for _, stop in spans)])
    text = _SPACES.sub(" ", _mark(body[start:end], spans, start))
    more_before, more_after = len(before) > taken, _WORD_SPAN.search(body, end) is not None
    return ("… " if more_before else "") + text + (" …" if more_after else "")


def _first_match(
    body: str, pattern: re.Pattern[str] | None, exact: bool, longest: int
) -> tuple[str, re.Match[str] | None]:
    """The first match of `pattern` in the searchable form of `body`, and as much of that form as was
    made to find it: folding a whole body (2,900 characters at the median) for a match near its start
    was a quarter of a snippet's time. A match found in a folded beginning counts when `longest` words
    start between it and the cut: a match of an n-word term holds exactly n word starts, so no match
    starting before it can run past the cut (a phrase "kiem tra cai cach" cut where "tra" still fits),
    and when a character follows it, so a word cut in two does not pass for a whole one."""
    if pattern is None:
        return body, None
    size = _FIRST_FOLD
    while True:
        searchable = _searchable(body[:size], exact)
        first = pattern.search(searchable)
        if size >= len(body) or (first is not None and _clear_of_the_cut(searchable, first, longest)):
            return searchable, first
        size *= 4


def _clear_of_the_cut(searchable: str, match: re.Match[str], longest: int) -> bool:
    """Whether `match`, found in a cut `searchable`, is also the match there in the whole text."""
    if match.end() >= len(searchable):
        return False
    starts = islice(_WORD_START.finditer(searchable, match.start()), longest)
    return sum(1 for _ in starts) == longest
