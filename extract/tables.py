"""Tables of per-unit results, read as sentences.

Results articles often give each inspected unit's figures in a table ("STT | Đơn vị | Số hồ sơ kiểm tra |
Tỷ lệ đúng hạn (%)"). The components read sentences, where a figure is a metric when its counted noun
follows it; a table row has the noun in its column header instead. So each data row is rewritten in place
as a list item with the headers as the nouns: "- Huyện Yên Sơn: 120 hồ sơ kiểm tra; Tỷ lệ đúng hạn 98,84%."
HTML data tables are first rendered one row per line, cells joined by " | " (`table_rows`), the form
text pages already have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

import lxml.html

from cchc.vntext import fold
from extract.lexicon import METRIC_NOUNS, UNIT_TYPES
from extract.numbers import parse_number

CELL_SEPARATOR = " | "
FIGURE_CELL = re.compile(r"^[+-]?\d[\d.,]*\s*%?$")  # a cell that holds a figure
ROW_NUMBER_HEADER = re.compile(r"^(s[oố]\s*)?(tt|stt|thu tu)\.?$")
# A column of rates: "Tỷ lệ (%)", "Phần trăm", or a sub-column's bare "%".
_PERCENT_HEADER = re.compile(r"\(\s*%\s*\)|\bty le\b|\bphan tram\b|(?:^|\s)%$")
_RANK_HEADER = re.compile(r"\bxep (thu|hang)\b")
# A column of points with its maximum in brackets: "Chỉ đạo, điều hành (12)", "Tổng (100)", "TTHC (tối đa 20 điểm)".
_MAXIMUM_HEADER = re.compile(r"^(?P<name>\D+?)\s*\(\s*(?:tối đa\s*)?(?P<max>\d{1,3})(?:\s*điểm)?\s*\)$")
_COUNT_HEADER = re.compile(r"^(tong )?so (luong )?")
_NESTED_BLOCKS = ".//table|.//ul|.//ol|.//img"  # a cell may wrap its text in <p> or <div>
_MAX_CELL = 300  # a list of units fits in a cell; a layout table holds whole paragraphs
# What records come to ("Đúng hạn", "Trễ hạn", "Đã giải quyết"): a column counting them counts records, though a
# merged header above it ("Kết quả giải quyết") does not say so.
_RECORD_OUTCOME = re.compile(
    r"\b(dung han|tre han|qua han|truoc han|giai quyet|tiep nhan|truc tuyen|so hoa)\b"
)
_NOUNS = tuple(fold(noun) for noun in METRIC_NOUNS)
_NOUNS_LONGEST_FIRST = sorted(_NOUNS, key=len, reverse=True)
_TYPE_STARTS = tuple(f"{t} " for t in UNIT_TYPES)
# A schedule's column of deadlines ("Hạn gửi báo cáo", "Thời hạn"): its days are no days of inspecting, and the
# header, kept before each, says so.
_DEADLINE_HEADER = re.compile(r"\bhan\b")
_DAY = re.compile(r"^\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?$")
# A row that groups the rows below it ("I", "UBND các xã, thị trấn"): one short cell, the table goes on after it.
_GROUP_ROW = re.compile(r"^[^|]{1,120}$")


def _cell_text(cell: lxml.html.HtmlElement) -> str:
    """A cell's text on one line, its line breaks and blocks apart ("Sáng: UBND huyện Tân Biên<br>Chiều: UBND xã
    Thạnh Bình" ran the two together)."""
    text = "".join(_pieces(cell)) if next(cell.iter(*_APART), None) is not None else cell.text_content()
    return " ".join(text.split())


def _pieces(element: lxml.html.HtmlElement) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str):  # (not a comment)
            apart = child.tag in _APART
            yield " " if apart else ""
            yield from _pieces(child)
            yield " " if apart else ""
        yield child.tail or ""


_APART = frozenset({"br", "p", "div", "li"})


def table_rows(table: lxml.html.HtmlElement) -> list[str] | None:
    """A data table's rows as lines of cells joined by " | ", or None for a layout table (nested blocks,
    long cells, fewer than two rows of two cells), which is read as ordinary blocks.

    Merged cells are laid out on a grid: a header spanning columns names each of them, and the header rows above
    the data (those before the first row with a figure, th or not) make one line ("Kết quả giải quyết Đúng hạn");
    a data cell spanning rows (a schedule's day over its morning and afternoon rows) is repeated in each, one
    spanning columns ("Tổng cộng") is written once."""
    if table.xpath(_NESTED_BLOCKS):
        return None
    grid: list[list[str]] = []
    copies: list[set[int]] = []  # per row, the columns that repeat a cell spanning columns
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still spanned, text)
    for tr in table.xpath(".//tr"):
        row: list[str] = []
        repeated: set[int] = set()
        column = 0
        for cell in tr.xpath("./th|./td"):
            while column in pending:
                column = _fill_spanned(row, pending, column)
            text = _cell_text(cell)
            if len(text) > _MAX_CELL:
                return None
            rows_spanned, columns_spanned = _span(cell, "rowspan"), _span(cell, "colspan")
            for offset in range(columns_spanned):
                row.append(text)
                if offset:
                    repeated.add(column + offset)
                if rows_spanned > 1:
                    pending[column + offset] = (rows_spanned - 1, text)
            column += columns_spanned
        while column in pending:
            column = _fill_spanned(row, pending, column)
        grid.append(row)
        copies.append(repeated)
    if len(grid) < 2 or max(len(r) for r in grid) < 2:
        return None
    # a title in one cell across the table ("TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TỪ 01/01 ĐẾN 15/9/2022") is read as a line
    # of its own, not a header over every column
    titles = []
    while len(grid) > 2 and len(grid[0]) == max(len(r) for r in grid) and len(copies[0]) == len(grid[0]) - 1:
        titles.append(grid[0][0])
        grid, copies = grid[1:], copies[1:]
    # the rows above the first that holds a figure or groups the rows below it ("I | Khối phường" spanning the
    # table: a schedule has neither, then its first row), three at most
    header_rows = next(
        (
            i
            for i, (row, repeated) in enumerate(zip(grid, copies, strict=True))
            if any(FIGURE_CELL.match(c) for c in row[1:])
            or i
            and len(row) > 2
            and len(repeated) >= len(row) - 2
        ),
        1,
    )
    header_rows = max(1, min(header_rows, 3))
    for row, repeated in zip(grid[header_rows:], copies[header_rows:], strict=True):
        for column in repeated:
            row[column] = ""  # "Tổng cộng" spanning two columns is written once
    if header_rows > 1:
        merged = [
            _merged_header([r[i] if i < len(r) else "" for r in grid[:header_rows]])
            for i in range(max(len(r) for r in grid))
        ]
        grid = [merged, *grid[header_rows:]]
    return [*titles, *(CELL_SEPARATOR.join(cells) for cells in grid)]


def _span(cell: lxml.html.HtmlElement, attribute: str) -> int:
    value = (cell.get(attribute) or "1").strip()
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1


def _fill_spanned(row: list[str], pending: dict[int, tuple[int, str]], column: int) -> int:
    """Repeat a cell spanning rows from above into `row` at `column`; the next column."""
    left, text = pending.pop(column)
    row.append(text)
    if left > 1:
        pending[column] = (left - 1, text)
    return column + 1


def _merged_header(names: list[str]) -> str:
    """A column's header rows read top to bottom, each name once: "Kết quả giải quyết Đúng hạn"."""
    out: list[str] = []
    for name in names:
        if name and name not in out:
            out.append(name)
    return " ".join(out)


def _cells(line: str) -> list[str]:
    """A row's cells, empty ones included ("7 | Xã Phong Phú | 0 |" has four)."""
    return [cell.strip() for cell in line.strip().split("|")]


def _phrase(header: str, cell: str) -> str:
    """One cell as the words a sentence would give it: "120 hồ sơ kiểm tra", "tỷ lệ đúng hạn 98,84%", "18.390/18.452
    hồ sơ đúng hạn/tiếp nhận" (a fraction under a header naming what it counts in brackets)."""
    if _FRACTION_CELL.match(cell) and (counted := _COUNTED_IN_BRACKETS.search(header)):
        named = (header[: counted.start()] + header[counted.end() :]).strip()
        return f"{cell} {counted[1]} {named[:1].lower()}{named[1:]}".rstrip()
    if not FIGURE_CELL.match(cell):
        return f"{header} {cell}" if header else cell
    folded = fold(header)
    if _RANK_HEADER.search(folded) and "," not in cell and "." not in cell:
        return f"xếp thứ {cell} hạng"  # a rank column: "Xếp thứ" 4 reads "xếp thứ 4 hạng"
    if cell.endswith("%") or _PERCENT_HEADER.search(folded):
        name = re.sub(r"\s*\(\s*%\s*\)", "", header).strip()
        return f"{name} {cell.rstrip('% ')}%"
    if (
        (most := _MAXIMUM_HEADER.match(header))
        and "diem" not in folded
        and (value := parse_number(cell)) is not None
        and value <= int(most["max"])
    ):
        return f"{cell} điểm {most['name']}"  # a group of criteria scored out of its maximum: "Thể chế (8)"
    if _RATING_HEADER.match(folded) and cell.isdigit():
        return f"{cell} đơn vị {header[:1].lower()}{header[1:]}"  # units per rating: "Xếp loại Tốt" 6
    counted = header[count.end() :] if (count := _COUNT_HEADER.match(folded)) else header
    if counted and not counted.split()[0].isupper():  # "Hồ sơ tiếp nhận" reads "hồ sơ"; "TTHC" stays
        counted = counted[:1].lower() + counted[1:]
    said = fold(counted)  # "Kết quả giải quyết Đúng hạn" under a merged header counts records
    if _RECORD_OUTCOME.search(said) and (not said.startswith(_NOUNS) or said.startswith("ket qua")):
        counted = f"hồ sơ {counted}"
    return f"{cell} {counted}".strip()


# A rating's column under the group of ratings: "Xếp loại" over "Tốt | Khá | Trung bình".
_RATING_HEADER = re.compile(
    r"^(so don vi )?xep loai (xuat sac|tot|kha|trung binh|yeu|dat|khong dat|chua dat)$"
)
_FRACTION_CELL = re.compile(r"^\d[\d.]*\s*/\s*\d[\d.]*$")
_COUNTED_IN_BRACKETS = re.compile(r"\s*\(\s*([^\W\d][^()%]{0,20}?)\s*\)")
_REMARK_HEADER = re.compile(r"(ghi chu|luu y)$")
# A column saying where each row's unit sits, not a unit of the list: "Địa bàn" (thị xã Từ Sơn), "Địa điểm làm việc".
_PLACE_HEADER = re.compile(r"^(dia ban|dia chi( tru so)?|dia diem( lam viec)?|tru so|noi lam viec)$")


def _is_deadline(header: str, cell: str) -> bool:
    return bool(_DEADLINE_HEADER.search(fold(header)) and _DAY.match(cell))


# A column of the days units were inspected: "Thời gian kiểm tra", "Ngày làm việc", "Thời gian".
_DAY_HEADER = re.compile(r"^(thoi gian|ngay)( (kiem tra|lam viec))?$")


def _cell_said(header: str, cell: str) -> str:
    """A cell as the row's sentence says it: a deadline or a leader with its header, a bare day under the days' column
    as a day ("- Sở Y tế: ngày 14/9; Khá"; alone, "14/9" may be a fraction)."""
    if _is_deadline(header, cell):
        return f"{header[:1].lower()}{header[1:]} {cell}"
    if _LEADER_HEADER.match(fold(header)):
        # "Trưởng đoàn: Đ/c Hà Thị Thu – Phó Chủ tịch UBND huyện", who leads that day
        return f"{header}: {cell}"
    return f"ngày {cell}" if _DAY.match(cell) and _DAY_HEADER.match(fold(header)) else cell


# A schedule's column of who leads the team each day.
_LEADER_HEADER = re.compile(r"^(truong doan|to truong|truong to|chu tri)$")


def _types_of_column(header: str) -> list[str]:
    """The unit types a column's header names its cells by: "Xã", "Tên xã", "Xã, thị trấn", "Xã/phường"."""
    kinds = [k.strip() for k in re.split(r"[,/]| và ", re.sub(r"^tên\s+", "", header.lower()))]
    return kinds if kinds[0] and all(k in UNIT_TYPES for k in kinds) else []


# A totals row's label: "Tổng cộng", "Tổng", "Cộng", "Bình quân", "Toàn huyện", or two of them ("Cộng/bình quân").
_TOTAL = r"(?:tong cong|tong so|tong|cong|(?:binh quan|trung binh)(?: chung)?|toan (?:huyen|tinh|thi xa|thanh pho))"
TOTAL_ROW = re.compile(rf"^{_TOTAL}(?:\s*[/,–-]\s*{_TOTAL})?$")
# ... or a row of what the units are measured against: "Chỉ tiêu tỉnh giao năm 2024", "Bình quân cấp xã toàn Thành
# phố". Neither names a unit, whatever the column's type.
_MEASURE_ROW = re.compile(r"^(chi tieu|muc tieu|binh quan|trung binh)\b")


def _label_index(pairs: list[tuple[str, str]]) -> int | None:
    """Which of a row's (header, cell) pairs names the row: the first that is neither a figure nor a place."""
    return next(
        (
            i
            for i, (h, c) in enumerate(pairs)
            if not FIGURE_CELL.match(c) and not _PLACE_HEADER.match(fold(h))
        ),
        None,
    )


def _sentence(headers: list[str], cells: list[str], text: str = "") -> str | None:
    """A row as a list item: "- Huyện Yên Sơn: 120 hồ sơ kiểm tra; ...", or a schedule's "- Sáng thứ Ba (21/5):
    Phòng Tư pháp" (no figures: the first cell, then the rest as written). `text` is the page's, which may give a
    bare name's type."""
    named = [(h, c) for h, c in zip(headers, cells, strict=False) if c]
    pairs = [(h, c) for h, c in named if not ROW_NUMBER_HEADER.match(fold(h))]
    label_index = _label_index(pairs)
    if label_index is None and named and TOTAL_ROW.match(fold(named[0][1])):
        # "Tổng cộng" spanning the row number's column and the unit's: the totals row, labelled by it
        pairs = [("", named[0][1]), *pairs]
        label_index = 0
    if label_index is None or len(pairs) < 2:
        return None
    label_header, label = pairs[label_index]
    if (
        (kinds := _types_of_column(label_header))
        and not label.lower().startswith(_TYPE_STARTS)
        and not (TOTAL_ROW.match(folded := fold(label)) or _MEASURE_ROW.match(folded))
    ):
        # the column "Xã" over "Tịnh Hà": "Xã Tịnh Hà"; "Xã, thị trấn" over "Long Hưng" by the type the text gives
        # the place elsewhere ("thị trấn Huỳnh Hữu Nghĩa"), else the first
        said = re.search(rf"\b({'|'.join(kinds)}) {re.escape(label)}\b", text, re.IGNORECASE)
        label = f"{said.group(1) if said else kinds[0]} {label}"
    rest = [(h, c) for i, (h, c) in enumerate(pairs) if i != label_index]
    if label.lower().startswith(_COMMUNE_STARTS):
        label, rest = _with_district(label, rest)
    # a place goes in brackets at the row's end, where its address is not read as one more unit of the list
    places = [(h, c) for h, c in rest if _PLACE_HEADER.match(fold(h))]
    where = "".join(f" ({h}: {c})" for h, c in places)
    rest = [pair for pair in rest if pair not in places]
    if not rest:
        return f"- {label}{where}."
    if not any(
        FIGURE_CELL.match(c) for _, c in rest
    ):  # a deadline keeps its header, which says what the day is
        # a remark stays in brackets: "UBND xã A (Ghi chú: cả ngày)", no unit of the list
        remarks = "".join(f" ({h}: {c})" for h, c in rest if _REMARK_HEADER.match(fold(h)))
        cells = [_cell_said(h, c) for h, c in rest if not _REMARK_HEADER.match(fold(h))]
        return f"- {label}: {'; '.join(cells)}{where}{remarks}."
    phrases, before = [], ""
    for header, cell in rest:  # ("Nhiệm vụ được giao", "Đã hoàn thành", "Chưa hoàn thành": each counts tasks)
        before = _with_noun_before(header, before)
        phrases.append(_phrase(before, cell))
    return f"- {label}: {'; '.join(phrases)}{where}."


# What tasks come to ("Đã hoàn thành", "Chưa hoàn thành", "Đang thực hiện"): a column beside the tasks set
# ("Nhiệm vụ được giao") counts its noun, though its own header does not say it.
_TASK_OUTCOME = re.compile(r"^((da |chua )?hoan thanh|dang (thuc hien|trien khai))\b")


def _with_noun_before(header: str, before: str) -> str:
    """The header, led by the noun of the column before it when it tells only what came of that column's things."""
    folded = fold(header)
    if not _TASK_OUTCOME.match(folded) or folded.startswith(_NOUNS):
        return header
    counted = before[count.end() :] if (count := _COUNT_HEADER.match(fold(before))) else before
    said = fold(counted) + " "
    noun = next((n for n in _NOUNS_LONGEST_FIRST if said.startswith(n + " ")), None)
    return f"{counted[: len(noun)].lower()} {header[:1].lower()}{header[1:]}" if noun else header


# A column naming the district each commune of the row lies in: "Huyện" (Ba Chẽ), "Thuộc huyện", "Huyện, thành phố".
_DISTRICT_HEADER = re.compile(
    r"^(thuoc )?(?P<type>huyen|quan|thi xa|thanh pho)((, ?| ?/ ?)(huyen|quan|thi xa|thanh pho))*$"
)
_TYPES_FOLDED = {fold(t): t for t in UNIT_TYPES}
_COMMUNE_STARTS = ("xã ", "phường ", "thị trấn ")


def _with_district(label: str, rest: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """A commune's row with its district's column written as the text would: "Xã Thanh Sơn (huyện Ba Chẽ)", which
    locates the commune and names no unit of the list."""
    for i, (header, cell) in enumerate(rest):
        district = _DISTRICT_HEADER.match(fold(header))
        if district and not FIGURE_CELL.match(cell):
            place = (
                cell if cell.lower().startswith(_TYPE_STARTS) else f"{_TYPES_FOLDED[district['type']]} {cell}"
            )
            return f"{label} ({place})", rest[:i] + rest[i + 1 :]
    return label, rest


def _groups_rows_below(lines: list[str], index: int, headers: list[str]) -> bool:
    """Whether `lines[index]` is a group row: short, without cells, and followed (past another group row, as in
    "II" then "UBND các xã, thị trấn") by a row of the table."""
    for k in range(index, min(index + 2, len(lines) - 1)):
        if not _GROUP_ROW.match(lines[k]):
            return False
        if _fits(lines[k + 1], headers):
            return True
    return False


# A table turned on its side: what is measured down its first column, the units across ("TT | Nội dung kiểm tra | Hòa
# Bắc | Hòa Ninh", then "8 | Hồ sơ TTHC tiếp nhận | 412 | 1.035").
_MEASURES_HEADER = re.compile(r"^(noi dung|tieu chi|chi tieu)( kiem tra| danh gia| cham diem)?$")


def _sideways(headers: list[str]) -> bool:
    """Whether the header names what each row measures, then the units in its other columns."""
    named = [h for h in headers if h and not ROW_NUMBER_HEADER.match(fold(h))]
    named = named[:1] + [h for h in named[1:] if not _MEASURE_ROW.match(fold(h))]
    return (
        len(named) >= 3
        and bool(_MEASURES_HEADER.match(fold(named[0])))
        # (a unit's name may open on a word that counts units: "Xã Đông Ngũ", not "Xã được kiểm tra")
        and all(h[:1].isupper() and (not fold(h).startswith(_NOUNS) or _unit_named(h)) for h in named[1:])
    )


_COUNCIL = re.compile(r"^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+", re.IGNORECASE)


def _unit_named(header: str) -> bool:
    """Whether a header is a unit's name: its type word, then a capitalised name ("Xã Đông Ngũ", "Phường 5"), or
    its People's Committee's ("UBND xã Phú Quới")."""
    header = _COUNCIL.sub("", header)
    lowered = header.lower()
    return any(
        lowered.startswith(start) and (header[len(start)].isupper() or header[len(start)].isdigit())
        for start in _TYPE_STARTS
        if len(header) > len(start)
    )


def _sideways_sentence(headers: list[str], cells: list[str]) -> str | None:
    """A measure's row as a list item per unit: "- Hồ sơ TTHC tiếp nhận: Hòa Bắc 412 hồ sơ TTHC tiếp nhận; ..." (a
    row of marks, "Có"/"Không", as written)."""
    pairs = [
        (h, c) for h, c in zip(headers, cells, strict=False) if c and not ROW_NUMBER_HEADER.match(fold(h))
    ]
    if len(pairs) < 2:
        return None
    # (a column of what the units are measured against, "Chỉ tiêu tỉnh giao", is no unit's figure)
    (_, measure), rest = pairs[0], [(h, c) for h, c in pairs[1:] if not _MEASURE_ROW.match(fold(h))]
    if not any(FIGURE_CELL.match(c) for _, c in rest):
        return f"- {measure}: {'; '.join(c for _, c in rest)}."
    # (in lower case after each unit: "Cấp huyện tỷ lệ ...", no "huyện Tỷ")
    said = measure if measure.split()[0].isupper() else measure[:1].lower() + measure[1:]
    return f"- {measure}: {'; '.join(f'{h} {_phrase(said, c)}' for h, c in rest if FIGURE_CELL.match(c))}."


def read_tables(lines: list[str]) -> list[str]:
    """`lines` with each data row of a pipe table rewritten as a sentence, in place (same number of lines, so
    indices into them stay right); the header stays as it is, and a totals row is one more row (its figures are
    often told nowhere else)."""
    out = list(lines)
    i = 0
    while i < len(lines):
        headers = _cells(lines[i]) if "|" in lines[i] else None
        first = i + 1
        if headers and first < len(lines) and (merged := _with_second_header(headers, lines[first])):
            headers, first = merged, first + 1
        end = first
        while (
            headers
            and end < len(lines)
            and (_fits(lines[end], headers) or _groups_rows_below(lines, end, headers))
        ):
            end += 1
        if headers and end - first >= 2 and not any(FIGURE_CELL.match(h) for h in headers):
            read_row = _sideways_sentence if _sideways(headers) else partial(_sentence, text="\n".join(lines))
            for j in range(first, end):
                # (the header said again under a group's row is no row: "Ngày | Đơn vị được kiểm tra | Ghi chú")
                repeated = _cells(lines[j]) == _cells(lines[i])
                sentence = read_row(headers, _cells(lines[j])) if "|" in lines[j] and not repeated else None
                if sentence is not None:
                    out[j] = sentence
            i = end
        else:
            i += 1
    return out


def _fits(line: str, headers: list[str]) -> bool:
    """Whether `line` is a row of the table: a cell under each header, or all but an empty remark at the end (a tab
    table copied as text loses its trailing empty "Ghi chú" cell)."""
    width = len(_cells(line))
    return (
        width == len(headers)
        or width == len(headers) - 1 > 1
        and bool(_REMARK_HEADER.match(fold(headers[-1])))
    )


def _with_second_header(headers: list[str], line: str) -> list[str] | None:
    """The headers of two rows, when `line` is a second one under groups that span its columns: "Đơn vị | Năm 2018 |
    | Quý I/2019 |" over "| Tiếp nhận | Trễ hạn | Tiếp nhận | Trễ hạn" reads "Năm 2018 Tiếp nhận", ..."""
    cells = _cells(line) if "|" in line else []
    if (
        len(cells) != len(headers)
        or cells[0]
        or not headers[0]  # (a Markdown table's rows open with a pipe; its next line is a rule of dashes)
        or all(headers[1:])  # (a group spans its columns with empty cells; a schedule's next row has its own)
        or any(FIGURE_CELL.match(c) or c and set(c) <= set("-:") for c in cells[1:])
    ):
        return None
    groups, group = [], ""
    for k, header in enumerate(headers):
        group = header or (group if k else "")
        groups.append(group)
    return [_merged_header([groups[k], cells[k]]) for k in range(len(headers))]
