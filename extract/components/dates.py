"""Every date and date range in the body (which of them are inspection days is decided later)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import Found
from extract.dates import DateMention, find_dates

# Days told from the page's own day, when no date follows to say it ("Sáng nay (12/3)" gives one, read as any
# date): "Sáng nay, Đoàn kiểm tra ... đang làm việc", "Hôm nay"; "Chiều qua", "hôm qua" the day before; "Sáng thứ
# Năm vừa qua" the last Thursday before it, "thứ Sáu tuần trước" the Friday of the week before.
_RELATIVE_DAY = re.compile(
    r"(?=[SsCcTtHh][áhrốô])(?<![\w/])(?:"  # the first two letters of each alternative, to skip by
    r"(?P<today>(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+nay|[Hh]ôm nay)|"
    r"(?P<yesterday>(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+(?:hôm\s+)?|[Hh]ôm\s+)qua)|"
    r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+)?[Tt]hứ\s+(?P<weekday>Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])"
    r"\s+(?P<past>vừa qua|tuần trước)"
    r")(?!\s*\(\s*\d)(?=[\s,.])"
)
_WEEKDAYS = {
    name: i
    for i, names in enumerate(("Hai 2", "Ba 3", "Tư 4", "Năm 5", "Sáu 6", "Bảy 7"))
    for name in names.split()
}


def _relative_day(match: re.Match[str], published: date) -> date:
    if match["today"]:
        return published
    if match["yesterday"]:
        return published - timedelta(days=1)
    weekday = _WEEKDAYS[match["weekday"]]
    if match["past"] == "tuần trước":
        return published - timedelta(days=published.weekday() + 7 - weekday)
    return published - timedelta(days=(published.weekday() - weekday) % 7 or 7)


def _says_its_date(text: str, end: int, date_start: int) -> bool:
    """Whether a date follows a relative day closely, in its sentence, to say which day it is."""
    return end <= date_start <= end + 60 and not re.search(r"[.;\n]", text[end:date_start])


@Language.component("cchc_dates")
def find_body_dates(doc: Doc) -> Doc:
    dates = [Found(m.start, m.end, m) for m in find_dates(doc._.text)]
    published = doc._.meta.published if doc._.meta else None
    if published:
        page_day = date.fromisoformat(published)
        for match in _RELATIVE_DAY.finditer(doc._.text):
            if any(_says_its_date(doc._.text, match.end(), found.start) for found in dates):
                continue  # "Hôm nay, vào lúc 08 giờ 00 phút, ngày mười tháng mười một năm ..."
            day = _relative_day(match, page_day)
            ymd = (day.year, day.month, day.day)
            mention = DateMention(match.start(), match.end(), match.group(0), ymd, ymd)
            dates.append(Found(match.start(), match.end(), mention, {"relative"}))
        dates.sort(key=lambda f: f.start)
    doc._.dates = dates
    return doc
