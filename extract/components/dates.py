"""Every date and date range in the body (which of them are inspection days is decided later)."""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import Found
from extract.dates import DateMention, find_dates

# "Sáng nay, Đoàn kiểm tra ... đang làm việc", "Hôm nay, ...": the page's own day, when no date follows to say it
# ("Sáng nay (12/3)" gives one, read as any date).
_TODAY = re.compile(
    r"(?=[SsCcTtHh])(?<![\w/])(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+nay|[Hh]ôm nay)(?!\s*\(\s*\d)(?=[\s,])"
)


@Language.component("cchc_dates")
def find_body_dates(doc: Doc) -> Doc:
    dates = [Found(m.start, m.end, m) for m in find_dates(doc._.text)]
    published = doc._.meta.published if doc._.meta else None
    if published:
        day = date.fromisoformat(published)
        ymd = (day.year, day.month, day.day)
        for match in _TODAY.finditer(doc._.text):
            mention = DateMention(match.start(), match.end(), match.group(0), ymd, ymd)
            dates.append(Found(match.start(), match.end(), mention, {"today"}))
        dates.sort(key=lambda f: f.start)
    doc._.dates = dates
    return doc
