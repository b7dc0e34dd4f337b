"""Records as flat rows, and streaming CSV / JSON Lines writers (shared by the CLI, the web app and stores).

A fact table is one list field of `Article` (`team_leaders`, `inspected_units`...) flattened to one
row per item, with its `Evidence` spread over `evidence_*` columns; the SQLite store keeps the same
rows in its tables, and `cchc export --what leaders` writes them with the article's id, URL and title.

CSV cells are formula-safe: a text cell that a spreadsheet would run as a formula (starting with
= + - @, tab or CR) gets a leading apostrophe, because exported text comes from scraped pages.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import IO, Any

from pydantic import BaseModel

from cchc.record import Article, DateSpan, Leader, LegalRef, Metric, Unit
from store.base import article_id, article_key

EVIDENCE_COLUMNS = ("evidence_sentence", "evidence_start", "evidence_end")
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class FactTable:
    """One list field of `Article` as a table: `columns` of one row per item."""

    attribute: str
    columns: tuple[str, ...]

    def rows(self, article: Article) -> Iterator[dict[str, Any]]:
        for item in getattr(article, self.attribute):
            yield _item_row(item, self.columns)


def _model_table(attribute: str, model: type[BaseModel]) -> FactTable:
    fields = tuple(name for name in model.model_fields if name != "evidence")
    return FactTable(attribute, fields + EVIDENCE_COLUMNS if "evidence" in model.model_fields else fields)


def _item_row(item: BaseModel | str, columns: tuple[str, ...]) -> dict[str, Any]:
    if isinstance(item, str):  # a list of plain values, e.g. inspection_dates
        return {columns[0]: item}
    row = item.model_dump(exclude={"evidence"})
    evidence = getattr(item, "evidence", None)
    if "evidence_sentence" in columns:
        row["evidence_sentence"] = evidence.sentence if evidence else None
        row["evidence_start"] = evidence.start if evidence else None
        row["evidence_end"] = evidence.end if evidence else None
    return row


FACT_TABLES: dict[str, FactTable] = {
    "leaders": _model_table("team_leaders", Leader),
    "units": _model_table("inspected_units", Unit),
    "metrics": _model_table("metrics", Metric),
    "legal_refs": _model_table("legal_refs", LegalRef),
    "inspection_dates": FactTable("inspection_dates", ("date",)),
    "inspection_periods": _model_table("inspection_periods", DateSpan),
}

FACT_CONTEXT_COLUMNS = ("article_id", "article_url", "article_title")

ARTICLE_COLUMNS = (
    "id",
    "url",
    "title",
    "published_date",
    "portal",
    "province",
    "kind",
    "is_inspection_article",
    "inspecting_level",
    "inspecting_body",
    "inspection_dates",
    "team_leaders",
    "inspected_units",
    "legal_refs",
    "metrics",
    "extractor_version",
    "source",
)


def fact_columns(table: str) -> tuple[str, ...]:
    return FACT_CONTEXT_COLUMNS + FACT_TABLES[table].columns


def fact_rows(articles: Iterable[Article], table: str) -> Iterator[dict[str, Any]]:
    """One row per fact of every article, each with the id, URL and title of its article."""
    spec = FACT_TABLES[table]
    for article in articles:
        context = {
            "article_id": article_id(article_key(article)),
            "article_url": article.canonical_url or article.url,
            "article_title": article.title,
        }
        for row in spec.rows(article):
            yield context | row


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def _metric_text(metric: Metric) -> str:
    return f"{metric.label}: {_number(metric.value)}" + (f" {metric.unit}" if metric.unit else "")


def article_row(article: Article) -> dict[str, Any]:
    """An article as one flat CSV row: lists become "; "-joined readable text."""
    return {
        "id": article_id(article_key(article)),
        "url": article.canonical_url or article.url,
        "title": article.title,
        "published_date": article.published_date,
        "portal": article.portal,
        "province": article.province,
        "kind": article.kind,
        "is_inspection_article": article.is_inspection_article,
        "inspecting_level": article.inspecting_level,
        "inspecting_body": article.inspecting_body,
        "inspection_dates": article.inspection_dates,
        "team_leaders": [f"{x.name} ({x.title})" if x.title else x.name for x in article.team_leaders],
        "inspected_units": [x.name for x in article.inspected_units],
        "legal_refs": [x.text for x in article.legal_refs],
        "metrics": [_metric_text(x) for x in article.metrics],
        "extractor_version": article.extractor_version,
        "source": article.source,
    }


def csv_cell(value: Any) -> str:
    """A value as CSV text that no spreadsheet will evaluate."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, list | tuple):
        value = "; ".join(str(item) for item in value)
    text = str(value)
    if isinstance(value, int):
        return text
    return "'" + text if text.startswith(_FORMULA_PREFIXES) else text


def write_csv(
    records: Iterable[Article | Mapping[str, Any]],
    fh: IO[str],
    columns: Sequence[str] | None = None,
    *,
    bom: bool = False,
) -> int:
    """Stream `records` (articles or row dicts) as CSV; returns the number of rows written.

    `columns` defaults to ARTICLE_COLUMNS for articles, else the keys of the first row. `bom` starts
    the file with a UTF-8 byte order mark so Excel reads Vietnamese text correctly.
    Open `fh` with newline="" as the csv module asks.
    """
    rows = (article_row(r) if isinstance(r, Article) else r for r in records)
    first = next(rows, None)
    if columns is None:
        columns = ARTICLE_COLUMNS if first is None else tuple(first)
    if bom:
        fh.write("\ufeff")
    writer = csv.writer(fh)
    writer.writerow(columns)
    count = 0
    for row in chain([first], rows) if first is not None else ():
        writer.writerow([csv_cell(row.get(name)) for name in columns])
        count += 1
    return count


def write_jsonl(records: Iterable[Article | Mapping[str, Any]], fh: IO[str]) -> int:
    """Stream one JSON object per line: `Article.public_dict()` for articles, rows as they are."""
    count = 0
    for record in records:
        data = record.public_dict() if isinstance(record, Article) else dict(record)
        fh.write(json.dumps(data, ensure_ascii=False) + "\n")
        count += 1
    return count
