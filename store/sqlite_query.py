"""User search syntax → a safe FTS5 MATCH expression, and the matching regex for highlights.

Users type Google-like queries, never FTS5: words (AND by default), "quoted phrases",
`OR` between two terms, `-word` / `-"phrase"` to exclude, `kiem*` for a prefix. Every term is
rebuilt from its word characters and double-quoted, so no input can reach FTS5 as syntax; what
has no word at all (`*`, `-`, `()`, a lone `AND`) is a QueryError.

Unless `exact`, words are folded with `cchc.vntext.fold` exactly like the indexed text, so
"doan kiem tra" finds "Đoàn kiểm tra".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cchc.vntext import fold, nfc
from store.base import MAX_QUERY_LENGTH, QueryError

_TOKEN = re.compile(r'(?P<neg>-)?(?:"(?P<phrase>[^"]*)"?(?P<star>\*)?|(?P<bare>[^\s"]+))')
_WORD = re.compile(r"\w+")
# A folded search reads every column: a folded query word can only equal an exact-text word that has no
# marks, and folding leaves such a word as it is, so the folded columns hold it too (a phrase likewise).
# Naming the folded columns asked FTS5 to read every position list to test its column: the benchmark's
# words cost 35-50 % more as a set, 30-45 % more as a phrase (tests/test_store_sqlite.py checks that
# both forms match the same articles). An exact query names its columns: folded text has "tra" for "trà".
FOLDED_COLUMNS = None
EXACT_COLUMNS = "{title_exact body_exact}"
FOLDED_TITLE = "{title_folded}"
FACET_COLUMN = "{facets}"  # facet tokens (schema 13, store/sqlite_facets.py)
EXACT_TITLE = "{title_exact}"


@dataclass(frozen=True)
class Term:
    """A word or phrase (consecutive words); `prefix` lets its last word be a prefix."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")

    def regex(self) -> str:
        """The term as whole words. The "not after a word character" test follows the first character, as in
        `k(?<!\\wk)iem`: when every alternative starts with a literal, `re` skips to where one of those
        characters is, where a leading lookbehind had it try every position (highlighting a six-word query in
        300 bodies: 277 -> 43 us per body, same matches)."""
        first = re.escape(self.words[0][0])
        joined = r"\W+".join(re.escape(word) for word in self.words)
        return first + rf"(?<!\w{first})" + joined[len(first) :] + (r"\w*" if self.prefix else r"(?!\w)")


@dataclass(frozen=True)
class ParsedQuery:
    """All `groups` must match (each group: any of its terms); no `excluded` term may match."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]
    exact: bool

    @property
    def columns(self) -> str | None:
        return EXACT_COLUMNS if self.exact else FOLDED_COLUMNS

    def match_expression(self, *, title_only: bool = False) -> str | None:
        """FTS5 MATCH text for the required terms (in the title alone if `title_only`); None when only
        exclusions were given."""
        if not self.groups:
            return None
        anded = " AND ".join("(" + " OR ".join(t.fts() for t in group) + ")" for group in self.groups)
        columns = (EXACT_TITLE if self.exact else FOLDED_TITLE) if title_only else self.columns
        return in_columns(columns, anded)

    def phrase_expression(self) -> str | None:
        """The required terms side by side as typed, as one phrase (what relevance ranks up): None
        unless there are two terms or more, none with alternatives and only the last a prefix."""
        terms = [group[0] for group in self.groups if len(group) == 1]
        if len(terms) < max(2, len(self.groups)) or any(t.prefix for t in terms[:-1]):
            return None
        phrase = Term(tuple(word for term in terms for word in term.words), terms[-1].prefix)
        return in_columns(self.columns, phrase.fts())

    def excluded_expression(self) -> str | None:
        if not self.excluded:
            return None
        return in_columns(self.columns, " OR ".join(t.fts() for t in self.excluded))

    @property
    def longest_term(self) -> int:
        """Words in the longest required term (what a snippet needs to know of a match's extent)."""
        return max((len(t.words) for group in self.groups for t in group), default=1)

    def highlight_pattern(self) -> re.Pattern[str]:
        """Matches the required terms in folded text (or, if exact, in the original text)."""
        terms = sorted({t for group in self.groups for t in group}, key=lambda t: -sum(map(len, t.words)))
        return re.compile("|".join(t.regex() for t in terms), re.IGNORECASE if self.exact else 0)


def in_columns(columns: str | None, expression: str) -> str:
    """`expression` restricted to `columns` (an FTS5 column filter), or in every column if None."""
    return f"{columns} : ({expression})" if columns else f"({expression})"


def parse_query(text: str, *, exact: bool = False) -> ParsedQuery | None:
    """The query as terms; None for a blank query (everything matches)."""
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(
            f"Truy vấn quá dài (tối đa {MAX_QUERY_LENGTH} ký tự) / "
            f"The query is too long (at most {MAX_QUERY_LENGTH} characters)"
        )
    if not text.strip():
        return None
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for token in _TOKEN.finditer(nfc(text)):
        bare = token["bare"]
        if bare in ("OR", "AND") and not token["neg"]:
            pending_or = bare == "OR" and bool(groups)
            continue
        content = token["phrase"] if token["phrase"] is not None else bare
        words = tuple(_WORD.findall(content if exact else fold(content)))
        if not words:
            continue
        term = Term(words, prefix=bool(token["star"]) or (bare is not None and bare.endswith("*")))
        if token["neg"]:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if not groups and not excluded:
        raise QueryError(
            f"Truy vấn {text!r} không có từ nào để tìm / The query {text!r} has no words to search for"
        )
    return ParsedQuery(tuple(tuple(g) for g in groups), tuple(excluded), exact)
