"""An article's facts as rows for the facts table and as marks in its body text.

Each fact's `Evidence` gives offsets into `Article.body`; the body is cut into
paragraphs and escaped segment by segment, and only the fact spans get a
`<mark class="fact fact-KIND">`, so scraped text never reaches the page as HTML.
Overlapping spans keep the first (earliest, then longest); the others are still
listed in the table, just without a link into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from cchc.record import Article, Evidence
from search_app.formatting import vn_date, vn_number

KIND_LABELS = {
    "leader": "Trưởng đoàn",
    "unit": "Đơn vị được kiểm tra",
    "date": "Thời gian kiểm tra",
    "legal": "Văn bản",
    "metric": "Số liệu",
}
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Fact:
    """One row of the facts table; `anchor` is the id of its mark in the text, when shown there."""

    kind: str
    cells: tuple[str, ...]
    summary: str
    evidence: Evidence | None
    anchor: str

    @property
    def title(self) -> str:
        return f"{KIND_LABELS[self.kind]}: {self.summary}"


def article_facts(article: Article) -> list[Fact]:
    """All facts in table order: leaders, units, dates, legal references, metrics."""
    facts: list[Fact] = []

    def add(kind: str, cells: tuple[str | None, ...], summary: str, evidence: Evidence | None) -> None:
        anchor = f"fact-{kind}-{sum(f.kind == kind for f in facts) + 1}"
        facts.append(Fact(kind, tuple(c or "" for c in cells), summary, evidence, anchor))

    for leader in article.team_leaders:
        summary = f"{leader.name}, {leader.title}" if leader.title else leader.name
        add("leader", (leader.name, leader.title), summary, leader.evidence)
    for unit in article.inspected_units:
        place = ", ".join(p for p in (unit.district, unit.province) if p)
        add("unit", (unit.name, unit.type, place, unit.new_name), unit.name, unit.evidence)
    for span in article.inspection_periods:
        days = _day_range(span.first, span.last)
        add("date", (days,), days, span.evidence)
    if not article.inspection_periods:
        for day in article.inspection_dates:
            add("date", (vn_date(day),), vn_date(day), None)
    for ref in article.legal_refs:
        add("legal", (ref.text, ref.type, ref.number, vn_date(ref.date), ref.issuer), ref.text, ref.evidence)
    for metric in article.metrics:
        value = metric_value(metric.value, metric.total, metric.unit, metric.qualifier)
        add("metric", (metric.label, value), f"{metric.label}: {value}", metric.evidence)
    return facts


def metric_value(value: float, total: float | None, unit: str | None, qualifier: str | None) -> str:
    """ "hơn 95,5%", "21/29 xã": the figure as a Vietnamese reader writes it."""
    text = vn_number(value) + (f"/{vn_number(total)}" if total is not None else "")
    if unit:
        text += unit if unit == "%" else f" {unit}"
    return f"{qualifier} {text}" if qualifier else text


def body_paragraphs(body: str, facts: list[Fact]) -> tuple[list[Markup], set[str]]:
    """The body as escaped paragraphs with fact marks, and the anchors that made it into the text."""
    spans = _usable_spans(body, facts)
    paragraphs = [
        _render(body, match.start(), match.end(), spans)
        for match in _PARAGRAPH.finditer(body)
        if match.group().strip()
    ]
    return paragraphs, {fact.anchor for _, _, fact in spans}


def _day_range(first: str, last: str) -> str:
    return vn_date(first) if first == last else f"{vn_date(first)} – {vn_date(last)}"


_Span = tuple[int, int, Fact]


def _usable_spans(body: str, facts: list[Fact]) -> list[_Span]:
    """(start, end, fact) for evidence inside the body, sorted, without overlaps."""
    candidates = sorted(
        ((f.evidence.start, f.evidence.end, f) for f in facts if f.evidence),
        key=lambda span: (span[0], -span[1]),
    )
    kept: list[_Span] = []
    for start, end, fact in candidates:
        if 0 <= start < end <= len(body) and (not kept or start >= kept[-1][1]):
            kept.append((start, end, fact))
    return kept


def _render(body: str, start: int, end: int, spans: list[_Span]) -> Markup:
    """body[start:end] escaped, with the parts of `spans` inside it marked (a span may cross paragraphs)."""
    out: list[str] = []
    cursor = start
    for span_start, span_end, fact in spans:
        if span_end <= start or span_start >= end:
            continue
        lo, hi = max(span_start, start), min(span_end, end)
        anchor = f' id="{fact.anchor}"' if span_start >= start else ""
        out.append(str(escape(body[cursor:lo])))
        out.append(
            f'<mark class="fact fact-{fact.kind}"{anchor} title="{escape(fact.title)}">'
            f"{escape(body[lo:hi])}</mark>"
        )
        cursor = hi
    out.append(str(escape(body[cursor:end])))
    return Markup("".join(out))
