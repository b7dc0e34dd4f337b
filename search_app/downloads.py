"""Downloads of row streams as CSV, JSON Lines and XLSX, shared by the search and fact-table exports.

CSV and JSON Lines are generated line by line into the response. XLSX cannot be streamed that way
(it is a zip), so openpyxl's write-only workbook spills the rows to a temporary file that is sent
and then dropped: memory stays flat however many rows match. Scraped text must stay text in every
format: CSV cells go through `store.export.csv_cell`, XLSX cells are typed as strings, so a title
starting with "=" is never a formula.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from itertools import chain
from typing import Any, TypeVar

from flask import Response, send_file, stream_with_context
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from cchc.record import Article
from store.export import csv_cell, write_jsonl

CSV_TYPE = "text/csv; charset=utf-8"
JSONL_TYPE = "application/x-ndjson; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_COLUMN_WIDTH = 24

T = TypeVar("T")


def started(items: Iterator[T]) -> Iterator[T]:
    """`items` with its first element already pulled: a store raises a bad query here, while the
    view can still answer 400, instead of in the middle of a download."""
    first = next(items, None)
    return chain([first], items) if first is not None else iter(())


def filename(stem: str, extension: str) -> str:
    return f"cchc-{stem}-{date.today():%Y%m%d}.{extension}"


def attachment(body: Iterator[str], content_type: str, name: str) -> Response:
    return Response(
        stream_with_context(body),
        content_type=content_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def csv_lines(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> Iterator[str]:
    """Header then one formula-safe CSV line per row; the BOM lets Excel read Vietnamese as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values: Sequence[str]) -> str:
        writer.writerow(values)
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield "\ufeff" + line(columns)
    for row in rows:
        yield line([csv_cell(row.get(name)) for name in columns])


def jsonl_lines(records: Iterable[Article | Mapping[str, Any]]) -> Iterator[str]:
    for record in records:
        buffer = io.StringIO()
        write_jsonl([record], buffer)
        yield buffer.getvalue()


def xlsx_response(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], sheet: str, name: str
) -> Response:
    """The rows as one worksheet, written to a temporary file that `send_file` streams and closes."""
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet[:31])  # Excel's limit on sheet names
    for number in range(1, len(columns) + 1):
        worksheet.column_dimensions[get_column_letter(number)].width = XLSX_COLUMN_WIDTH
    worksheet.append([_xlsx_cell(worksheet, name) for name in columns])
    for row in rows:
        worksheet.append([_xlsx_cell(worksheet, row.get(name)) for name in columns])
    # Unnamed, so gone once the response has sent and closed it; a context manager would close it too early.
    spool = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115
    try:
        workbook.save(spool)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    return send_file(spool, mimetype=XLSX_TYPE, as_attachment=True, download_name=name)


def _xlsx_cell(worksheet: WriteOnlyWorksheet, value: Any) -> Any:
    """Numbers and booleans stay typed; everything else becomes a cell that is text, never a formula."""
    if value is None or isinstance(value, bool | int | float):
        return value
    text = "; ".join(str(item) for item in value) if isinstance(value, list | tuple) else str(value)
    cell = WriteOnlyCell(worksheet, value=ILLEGAL_CHARACTERS_RE.sub("", text))
    cell.data_type = "s"
    return cell
