"""Every date and date range in the body (which of them are inspection days is decided later)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import Found
from extract.dates import DateMention, find_dates
from extract.lexicon import WEEKDAY_NAMES, WEEKDAYS

# Days told from the page's own day, when no date follows to say it ("Sáng nay (12/3)" gives one, read as any
# date): "Sáng nay, Đoàn kiểm tra ... đang làm việc", "Hôm nay"; "Sáng mai", "ngày mai" the day after (a report's
# next stop, a round to come); "Chiều qua", "hôm qua" the day before; "Sáng thứ
# Năm vừa qua" the last Thursday before it, "thứ Sáu tuần trước" the Friday of the week before, "từ thứ Ba đến thứ
# Năm tuần này" those of the page's week, "thứ Hai tuần tới" that of the week after (not "tuần sau", said as often
# of the week after the story's day: "lùi buổi kiểm tra sang thứ Ba tuần sau").
# A part of the day before a day's name: "Sáng", "chiều", "trưa", "tối".
_PART_OF_DAY = r"(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)"
_WEEKDAY = r"(?:" + _PART_OF_DAY + r"\s+)?[Tt]hứ\s+(?P<{}>" + WEEKDAY_NAMES + ")"
_RELATIVE_DAY = re.compile(
    r"(?=[SsCcTtHhNn][áhrốôgừ])(?<![\w/])(?:"  # the first two letters of each alternative, to skip by
    r"(?P<today>" + _PART_OF_DAY + r"\s+nay|[Hh]ôm nay)|"
    r"(?P<tomorrow>(?:" + _PART_OF_DAY + r"|[Nn]gày)\s+mai)|"
    r"(?P<yesterday>(?:" + _PART_OF_DAY + r"\s+(?:hôm\s+)?|[Hh]ôm\s+)qua)|"
    # (two days of one week: "từ thứ Ba đến thứ Năm tuần này", "thứ Hai và thứ Ba tuần trước")
    r"(?:(?:[Tt]ừ\s+)?"
    + _WEEKDAY.format("first")
    + r"\s+(?:đến|tới|và|[-–])\s+)?"
    + _WEEKDAY.format("weekday")
    + ""
    r"\s+(?P<past>vừa qua|tuần trước|tuần qua|tuần này|tuần tới)"
    r")(?!\s*\(\s*\d{1,2}\s*[/.])(?=[\s,.])"  # (a date in brackets after it says which day: not "Hôm qua (7-11)")
)


# A date in brackets after a day told from the page's: "Hôm qua (14/9)".
_FROM_THE_PAGE = re.compile(r"(?i:hôm|sáng|chiều|trưa|tối)\s+(?:hôm\s+)?(?:qua|nay)\s*\(?\s*$")


def _relative_days(match: re.Match[str], published: date) -> tuple[date, date]:
    """The first and last day a relative mention tells, from the page's day (the week from Monday)."""
    if match["today"]:
        return published, published
    if match["tomorrow"]:
        return published + timedelta(days=1), published + timedelta(days=1)
    if match["yesterday"]:
        return published - timedelta(days=1), published - timedelta(days=1)
    last = _weekday(WEEKDAYS[match["weekday"]], match["past"], published)
    first = _weekday(WEEKDAYS[match["first"]], match["past"], published) if match["first"] else last
    return min(first, last), last


_WEEK_OFFSET = {"tuần trước": -7, "tuần qua": -7, "tuần này": 0, "tuần tới": 7}


def _weekday(weekday: int, when: str, published: date) -> date:
    if when == "vừa qua":  # the last such day before the page's
        return published - timedelta(days=(published.weekday() - weekday) % 7 or 7)
    return published - timedelta(days=published.weekday()) + timedelta(days=_WEEK_OFFSET[when] + weekday)


# The day after the one the text told last, opening a clause: "Hôm sau, đoàn về huyện Bắc Quang", "Sáng hôm sau",
# "Ngày tiếp theo", "lùi sang hôm sau" ("Sáng hôm sau (18/4)" says its date); and a day of the range told last by
# its place in it: "Trong 3 ngày, từ 22 đến 24/4, ... Ngày đầu tiên, tại thị trấn Cái Đôi Vàm ...", "Ngày làm việc
# thứ hai", "Ngày cuối" ("thứ Hai" capitalised is a Monday).
_NEXT_DAY = re.compile(
    r"(?=[SsCcTtNnHh][áhrốgô])(?<!\w)"  # the first two letters of each alternative, to skip by
    r"(?:" + _PART_OF_DAY + r"\s+)?(?:(?:[Nn]gày\s+)?[Hh]ôm\s+sau|[Nn]gày\s+(?:tiếp theo|kế tiếp)|"
    r"[Nn]gày\s+(?:làm việc\s+)?(?P<nth>đầu tiên|đầu|thứ nhất|thứ hai|thứ ba|thứ tư|cuối cùng|cuối)"
    r"(?=\s*[,:]|\s+của đợt))"
    r"(?!\s*\(\s*\d)(?=[\s,.])"
)
_A_VISIT_S_DAYS = timedelta(days=14)
# Which day of a range each place is (None: the last).
_NTH = {
    "đầu tiên": 0,
    "đầu": 0,
    "thứ nhất": 0,
    "thứ hai": 1,
    "thứ ba": 2,
    "thứ tư": 3,
    "cuối cùng": None,
    "cuối": None,
}
_CLAUSE_OPENING = re.compile(r"(?:[\n.;,:]\s*|(?<!\w)(?:sang|vào|đến)\s)$")
# A document's date ("Công văn số 2781/BNV-CCHC ngày 12/6/2018") and a period's bound ("Từ ngày 01/7/2025, Trung
# tâm đã tiếp nhận") are no days the narrative is at.
_TIME_OF_DAY = re.compile(_PART_OF_DAY + r"\s")
_NOT_TOLD = re.compile(
    r"(?:\d/[\w.\-–]+\s*,?\s*(?:(?:ban hành|ký)\s+)?|(?<!\w)(?:[Tt]ừ|đến|trước|[Kk]ể từ)\s+(?:hết\s+)?)(?:ngày\s*)?$"
)
# ... the bound's word opening the mention itself: "Từ đầu năm 2026 đến ngày 20/4, Trung tâm tiếp nhận ..."
_BOUND_OPENING = re.compile(r"(?:[Tt]ừ|[Đđ]ến|[Tt]rước|[Kk]ể từ)\s+(?:hết\s+)?(?:ngày\s*)?\d")


def _next_days(text: str, dates: list[Found], page_year: int | None) -> list[Found]:
    """Each next day told without its date, from the last day told before it (chained: "Hôm sau ... Ngày tiếp theo")."""
    out: list[Found] = []
    if not any(
        words in text
        for words in ("ôm sau", "tiếp theo", "kế tiếp", "gày đầu", "gày cuối", "gày thứ", "ệc thứ")
    ):
        return out
    told = [  # (a visit's range has its own "từ": "từ 22 đến 24/4"; so has a time of day: "từ tối 10/11")
        f
        for f in dates
        if (
            _a_visit_s_range(f.value, page_year)
            or _TIME_OF_DAY.match(f.value.text)
            or not (
                _NOT_TOLD.search(text, max(0, f.start - 50), f.start) or _BOUND_OPENING.match(f.value.text)
            )
        )
        and not _recalled(f.value, page_year)
    ]
    visits: list[Found] | None = None  # (found once, for the first day told by its place in a visit)
    for match in _NEXT_DAY.finditer(text):
        start = match.start()
        if start and not _CLAUSE_OPENING.search(text, max(0, start - 8), start):
            continue
        if match["nth"]:  # counted in the last range told
            visits = _visits(text, told, page_year) if visits is None else visits
        before = [f for f in (visits if match["nth"] else told + out) if f.end <= start]
        if not before:
            continue
        last_told = max(before, key=lambda f: f.start).value
        year, month, day = last_told.last
        try:
            after = (
                _nth_day(last_told, page_year, _NTH[match["nth"]])
                if match["nth"]
                else date(year or page_year or 2001, month, day) + timedelta(days=1)
            )
        except ValueError:
            continue
        if after is None:
            continue
        ymd = (after.year if year else None, after.month, after.day)
        mention = DateMention(start, match.end(), match.group(0), ymd, ymd)
        out.append(Found(start, match.end(), mention, {"relative"}))
    return out


# A weekday opening a clause, with nothing after it to say its date: "Thứ Ba, đoàn về xã Hành Thiện"; or a day of
# the month alone, opening a clause or a unit's heading: "Ngày 14, Đoàn tiếp tục làm việc tại huyện Triệu Phong",
# "Xã Cuôr Đăng (ngày 12)".
_BARE_DAY = re.compile(
    r"(?=[SsCcTtNn][áhrốg])(?<!\w)(?:"  # the first two letters of each alternative, to skip by
    + _PART_OF_DAY
    + r"\s+)?(?:[Tt]hứ\s+(?P<weekday>"
    + WEEKDAY_NAMES
    + r")(?=\s*,)|(?:(?<=[Ss]áng )|(?<=[Cc]hiều )|[Nn]gày\s+)(?P<day>\d{1,2})(?=\s*[,)]))"
)


def _days_in_ranges(text: str, dates: list[Found], page_year: int | None) -> list[Found]:
    """A weekday or a day of the month told bare after a range of a few days names its day in that range: "Từ thứ Hai
    đến thứ Tư tuần trước, Đoàn ... đã kiểm tra tại huyện Nghĩa Hành. ... Thứ Ba, đoàn về xã Hành Thiện" is the
    Tuesday of it, "Từ ngày 12 đến 19/9, Đoàn ... Ngày 14, Đoàn tiếp tục làm việc" the 14th of September."""
    if "hứ " not in text and "gày " not in text:
        return []
    ranges: list[Found] | None = None  # (found once, for the first bare day)
    out: list[Found] = []
    for match in _BARE_DAY.finditer(text):
        start = match.start()
        if (
            start
            and not _CLAUSE_OPENING.search(text, max(0, start - 8), start)
            and text[start - 1] != "("
            or any(start <= f.start <= match.end() + 12 for f in dates)  # "Thứ Ba, ngày 15/6" says its date
        ):
            continue
        if ranges is None:
            ranges = [
                f for f in dates if _a_visit_s_range(f.value, page_year) and not _recalled(f.value, page_year)
            ]
        before = [f for f in ranges if f.end <= start]
        if not before:
            continue
        span = max(before, key=lambda f: f.start).value
        first, last = span.resolve(page_year or 2001) or (None, None)
        if first is None or last is None:
            continue
        day, end = date.fromisoformat(first), date.fromisoformat(last)
        if match["weekday"]:
            day += timedelta(days=(WEEKDAYS[match["weekday"]] - day.weekday()) % 7)
        else:  # (the range's first month, then its last: "từ 28/9 đến 03/10", "ngày 30" and "ngày 02")
            told = int(match["day"])
            day = next(
                (d for d in (_on_day(day, told), _on_day(end, told)) if d and day <= d <= end),
                end + timedelta(1),
            )
        if day > end:
            continue
        ymd = (day.year if span.first[0] else None, day.month, day.day)
        out.append(
            Found(start, match.end(), DateMention(start, match.end(), match.group(0), ymd, ymd), {"relative"})
        )
    return out


def _on_day(month_of: date, day: int) -> date | None:
    """The `day` of `month_of`'s month, None when it has no such day."""
    try:
        return month_of.replace(day=day)
    except ValueError:
        return None


_LISTED_NEXT = re.compile(r"\s*(?:,|và)\s*(?:(?:sáng|chiều|ngày)\s+)?")


def _visits(text: str, told: list[Found], page_year: int | None) -> list[Found]:
    """The visits told as ranges of a few days ("từ 22 đến 24/4") or as runs of days listed ("14 và 15/9")."""
    visits = [f for f in told if _a_visit_s_range(f.value, page_year)]
    run: list[Found] = []
    for found in [*told, None]:
        if found and run and _LISTED_NEXT.fullmatch(text, run[-1].end, found.start):
            run.append(found)
            continue
        if len(run) > 1:
            span = DateMention(
                run[0].start,
                run[-1].end,
                text[run[0].start : run[-1].end],
                run[0].value.first,
                run[-1].value.last,
            )
            visits.append(Found(span.start, span.end, span))
        run = [found] if found else []
    return visits


def _recalled(day: DateMention, page_year: int | None) -> bool:
    """A day of an earlier year that the text recalls ("lần kiểm tra ngày 18/10/2016" in a report of 2019), which no
    "Hôm sau" follows on; last December's may be the visit a January page tells."""
    year, month, _ = day.last
    return bool(year and page_year and year < page_year and not (year == page_year - 1 and month == 12))


def _a_visit_s_range(span: DateMention, page_year: int | None) -> bool:
    """A range of a few days, not a period the figures cover ("từ 1/1 đến 10/3")."""
    first, last = span.resolve(page_year or 2001) or ("", "")
    return first != last and date.fromisoformat(last) - date.fromisoformat(first) <= _A_VISIT_S_DAYS


def _nth_day(span: DateMention, page_year: int | None, nth: int | None) -> date | None:
    """The `nth` day of `span` (None: its last), or None past its end."""
    first, last = span.resolve(page_year or 2001) or (None, None)
    if first is None or last is None:
        return None
    if nth is None:
        return date.fromisoformat(last)
    day = date.fromisoformat(first) + timedelta(days=nth)
    return day if day <= date.fromisoformat(last) else None


def _says_its_date(text: str, end: int, date_start: int) -> bool:
    """Whether a date follows a relative day closely, in its sentence, to say which day it is."""
    return end <= date_start <= end + 60 and not re.search(r"[.;\n]", text[end:date_start])


@Language.component("cchc_dates")
def find_body_dates(doc: Doc) -> Doc:
    page = doc._.page
    dates = [Found(m.start, m.end, m) for m in find_dates(page.text)]
    published = page.meta.published
    if published:
        page_day = date.fromisoformat(published)
        for match in _RELATIVE_DAY.finditer(page.text):
            if any(_says_its_date(page.text, match.end(), found.start) for found in dates):
                continue  # "Hôm nay, vào lúc 08 giờ 00 phút, ngày mười tháng mười một năm ..."
            line_start = page.text.rfind("\n", 0, match.start()) + 1
            if match["today"] and any(
                line_start <= found.start < match.start()
                and "relative" not in found.tags
                and not _FROM_THE_PAGE.search(page.text, max(0, found.start - 20), found.start)
                for found in dates
            ):
                # a story's "today" after its own day: "Chiều 24/10, cả đoàn đã họp ..., nên sáng nay ..." (not after
                # another day told from the page's: "Chiều qua, Đoàn kiểm tra tại xã A; sáng nay, tại xã B", "Hôm qua
                # (14/9), Đoàn ... làm việc với UBND tỉnh. Sáng nay, đoàn kiểm tra thực tế")
                continue
            first, last = _relative_days(match, page_day)
            mention = DateMention(
                match.start(),
                match.end(),
                match.group(0),
                (first.year, first.month, first.day),
                (last.year, last.month, last.day),
            )
            dates.append(Found(match.start(), match.end(), mention, {"relative"}))
    page_year = int(published[:4]) if published else None
    dates += _next_days(page.text, dates, page_year) + _days_in_ranges(page.text, dates, page_year)
    dates.sort(key=lambda f: f.start)
    page.dates = dates
    return doc
