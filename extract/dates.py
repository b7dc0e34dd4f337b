"""Day-first Vietnamese dates and date ranges in running text.

Finds "13/4", "14/5/2020", "03/10 - 06/10/2022", "22 - 23/9/2022", "21-10 đến 01-11-2019", "1.8–17.9.2013", "7.10",
"ngày 13 tháng 7 năm 2022" (with or without diacritics), "từ ngày 5 đến ngày 7/6/2023",
"Đăng ngày 14 - 04 - 2022", "các ngày 23, 24 và 26/10/2023", "14/XI/2012". A day without a year keeps `year=None`;
the caller decides which year it takes (publication year, or the year the text names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

from extract.lexicon import METRIC_NOUNS
from extract.numbers import WORDS_NUMBER, number_in_words
from extract.scan import matches_at

YMD = tuple[int | None, int, int]

_D = r"(?P<{n}d>[0-3]?\d)"
_M = r"(?P<{n}m>[01]?\d)"
_Y = r"(?P<{n}y>(?:19|20)\d\d)"
_SEP = r"\s?[/.\-–]\s?"  # (a day, a month and a year between en dashes too: "ngày 02 – 3 – 2017")
_SLASH = r"[/.]"
# A day's and a month's dash, spaced as some newspapers write it: "Chiều 7 - 10", "ngày 06 - 4 - 2012".
_DASH = r"[^\S\n]?-[^\S\n]?"
# (the last day's weekday too: "từ thứ Bảy 29/4 đến hết thứ Tư 03/5/2023"; two days' weekdays are two mentions,
# "ngày 19/3 và Thứ Tư, ngày 20/3")
_WEEKDAY = r"(?:(?:thứ|thu)\s+(?:hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|[2-7])|chủ nhật|chu nhat)\s*,?\s*"
_TO = (
    r"(?:[^\S\n]*(?:[-–—]|đến|den|tới|toi)\s*(?:hết\s+)?"
    + _WEEKDAY
    + r"|"  # (not a list's next item: "02\n- Thứ Tư")
    r"\s*(?:[-–—]|đến|den|tới|toi|và|va)\s*(?:hết\s+)?)(?:(?:ngày|ngay)\s+)?"
)
# Words that make "8/12" a fraction of things counted rather than 8 December.
_COUNTED = r"(?:" + "|".join(re.escape(noun) for noun in sorted(METRIC_NOUNS, key=len, reverse=True)) + r")\b"
# Units of a span after "5 - 7" ("từ 5 - 7 ngày", "3 - 5 năm"; not "ngày 7-10 năm 2020") or things counted.
_SPAN_UNIT = (
    r"(?:ngày|ngay|tháng|thang|tuần|tuan|giờ|gio|phút|phut|năm|nam)\b(?!\s+(?:19|20)\d\d)|%|" + _COUNTED
)
_TRIGGER = (
    # a schedule's or a table's label: "Sở Tư pháp: Ngày kiểm tra 08/8; 88,5 điểm"
    r"(?:(?<![\w])(?:ngày|ngay)\s+(?:kiểm tra|kiem tra|làm việc|lam viec)\s*:?\s*|"
    r"(?<![\w])(?:ngày|ngay|sáng|sang|chiều|chieu|trưa|trua|tối|toi|hôm|hom|từ|tu|đến|den|và|va|"
    r"trước|truoc|sau|đêm|dem|mai)\s+(?:(?:ngày|ngay|hôm)\s+)?|"
    # a weekday: "thứ Ba, 13/8", "Chủ nhật 18/8"
    r"(?<![\w])" + _WEEKDAY + r"(?:(?:ngày|ngay)\s+)?)"
)


def _p(template: str, *names: str) -> str:
    """Expand {Da}/{Ma}/{Ya} (and b...) placeholders into named day, month and year groups."""
    for n in names:
        for key, group in (("D", _D), ("M", _M), ("Y", _Y)):
            template = template.replace("{" + key + n + "}", group.format(n=n))
    return template


# Months named in words: "ngày 12 và 13 tháng Mười" (not "tháng năm", the year's word; nor "tháng Giêng", "tháng
# Chạp", the lunar year's first and last months: "ngày 13 tháng Giêng, tức ngày 03/02/2023").
MONTH_WORDS = {
    "mười hai": 12,
    "mười một": 11,
    "mười": 10,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}
# (May only before its year, the same word: "từ ngày 07 đến ngày 09 tháng Năm năm 2019")
_M_WORDY = r"(?P<{n}m>[01]?\d|" + "|".join(MONTH_WORDS) + r"|năm(?=\s+(?:năm|nam)\s+(?:19|20)\d\d))(?!\w)"
# Every month's word, those two too, each with its number (where a pattern lets "một" and "năm" be months at all).
_MONTH_NUMBER = MONTH_WORDS | {"một": 1, "năm": 5}


def _wordy(n: str) -> str:
    """ "ngày 13 tháng 7 năm 2022", "ngày 13 tháng Mười", also written without diacritics; `n` names its groups."""
    return (
        r"(?:ngày|ngay)\s+{D_}\s+(?:tháng|thang)\s+" + _M_WORDY.format(n=n) + r"(?:\s+(?:năm|nam)\s+{Y_})?"
    ).replace("_", n)


# Ordered: the first pattern that matches at a position wins, longer forms first.
_PATTERNS: list[re.Pattern[str]] = [
    re.compile(
        flags=re.IGNORECASE,
        pattern=_p(r"(?<!\d){Da}{S}{Ma}{S}{Ya}" + _TO + r"{Db}{S}{Mb}{S}{Yb}(?!\d)", "a", "b").replace(
            "{S}", _SEP
        ),
    ),
    re.compile(
        flags=re.IGNORECASE,
        pattern=_p(
            r"(?<!\d){Da}"
            + r"[/.\-]"  # (the first day's month after a dash too: "14-10 và 15/10")
            + r"{Ma}"
            + _TO
            + r"{Db}"
            + _SLASH
            + r"{Mb}(?:"
            + _SLASH
            + r"{Yb})?(?!\d)",
            "a",
            "b",
        ),
    ),
    re.compile(
        flags=re.IGNORECASE,
        pattern=_p(r"(?<!\d){Da}" + _TO + r"{Db}" + _SLASH + r"{Mb}(?:" + _SLASH + r"{Yb})?(?!\d)", "a", "b"),
    ),
    # Days and months written with dashes, the year given once at the end: "21-10 đến ngày 01-11-2019".
    _DASHED_RANGE := re.compile(
        flags=re.IGNORECASE,
        pattern=_p(r"(?<!\d){Da}{-}{Ma}" + _TO + r"{Db}{-}{Mb}{-}{Yb}(?!\d)", "a", "b").replace("{-}", _DASH),
    ),
    # Days written with dashes, the year given: "05 và 06-3-2024", "07 đến 09 - 10 - 2020".
    _DASHED_DAYS := re.compile(
        flags=re.IGNORECASE,
        pattern=_p(r"(?<!\d){Da}" + _TO + r"{Db}{-}{Mb}{-}{Yb}(?!\d)", "a", "b").replace("{-}", _DASH),
    ),
    re.compile(flags=re.IGNORECASE, pattern=_p(_wordy("a") + _TO + _wordy("b"), "a", "b")),
    re.compile(
        flags=re.IGNORECASE,
        pattern=_p(
            r"(?:(?:ngày|ngay)\s+)?{Da}"
            + _TO
            + r"(?:ngày|ngay)?\s*{Db}\s+(?:tháng|thang)\s+"
            + _M_WORDY.format(n="b")
            + r"(?:\s+(?:năm|nam)\s+{Yb})?",
            "a",
            "b",
        ),
    ),
    re.compile(flags=re.IGNORECASE, pattern=_p(_wordy("a"), "a")),
    re.compile(flags=re.IGNORECASE, pattern=_p(r"(?<!\d){Da}{S}{Ma}{S}{Ya}(?!\d)", "a").replace("{S}", _SEP)),
    # A year in two digits, after a trigger word or in brackets, as notes have it: "Thứ 3 (12/6/18)", "sáng 15/6/18".
    _TWO_DIGIT_YEAR := re.compile(
        flags=re.IGNORECASE,
        pattern=_p(r"(?:" + _TRIGGER + r"|\()" + r"{Da}/{Ma}/(?P<ay>[0-3]\d)(?![\d/-])", "a"),
    ),
    # A day and month after a trigger word, unless a counted noun follows on its line: "và 8/12 cơ quan" is a fraction
    # ("sáng 23/9" ending a caption over "Xã Đức Phong ..." is a day).
    _TRIGGERED_DAY_MONTH := re.compile(
        flags=re.IGNORECASE,
        pattern=_p(_TRIGGER + r"{Da}" + _SLASH + r"{Ma}\b(?![/.,]\d)(?![^\S\n]+" + _COUNTED + r")", "a"),
    ),
    re.compile(flags=re.IGNORECASE, pattern=_p(r"\({Da}" + _SLASH + r"{Ma}\)", "a")),
    # A range of dashed days and months without a year, after a trigger word: "từ ngày 28-9 đến ngày 02-10".
    _TRIGGERED_DASHED_RANGE := re.compile(
        flags=re.IGNORECASE,
        pattern=_p(
            _TRIGGER + r"{Da}-(?P<am>1[0-2]|0?[1-9])" + _TO + r"{Db}-(?P<bm>1[0-2]|0?[1-9])(?![\d/.\-])",
            "a",
            "b",
        ),
    ),
    # Days whose month follows a dash, after a trigger word: "Từ ngày 22 đến 24-10", "hai ngày 10 và 11-10".
    _TRIGGERED_DASHED_DAYS := re.compile(
        flags=re.IGNORECASE,
        pattern=_p(_TRIGGER + r"{Da}" + _TO + r"{Db}-(?P<bm>1[0-2]|0?[1-9])(?![\d/.\-])", "a", "b"),
    ),
    # "Ngày 05-3", "Chiều 7 - 10": with a dash only after a trigger word, and not the start of a range ("ngày
    # 13-14/9"), nor a span of time or of things counted ("từ 5 - 7 ngày làm việc", "từ 3 - 5 hồ sơ").
    _TRIGGERED_DASHED := re.compile(
        flags=re.IGNORECASE,
        pattern=_p(
            _TRIGGER
            + r"{Da}"
            + _DASH
            + r"(?P<am>1[0-2]|0?[1-9])(?![\d/.\-])(?![^\S\n]*(?:"
            + _SPAN_UNIT
            + r"))",
            "a",
        ),
    ),
    # ... or in brackets after its weekday, as newspapers write it: "thứ Ba (18-3) và thứ Tư (19-3)".
    _WEEKDAY_DASHED := re.compile(
        flags=re.IGNORECASE,
        pattern=_p(r"(?<![\w])" + _WEEKDAY + r"\({Da}-(?P<am>1[0-2]|0?[1-9])\)", "a"),
    ),
]
# Patterns that open with a trigger word are tried only in a window around each run of digits (the trigger
# stands at most _BEFORE_DIGITS characters before the day; what follows the month is read up to _AFTER_DIGITS):
# scanning the whole text with their long alternation cost 0.27 ms a page each.
# The patterns that need a day and a month joined by a dash ("05-3", "24-10"), and that pair.
_WITH_DASHES = frozenset(
    {
        _DASHED_RANGE,
        _DASHED_DAYS,
        _TRIGGERED_DASHED_RANGE,
        _TRIGGERED_DASHED_DAYS,
        _TRIGGERED_DASHED,
        _WEEKDAY_DASHED,
    }
)
_DAY_DASH_MONTH = re.compile(r"(?<!\d)[0-3]?\d" + _DASH + r"(?:1[0-2]|0?[1-9])(?![\d/.])")
_NEAR_DIGITS = frozenset(
    {
        _TWO_DIGIT_YEAR,
        _TRIGGERED_DAY_MONTH,
        _TRIGGERED_DASHED_RANGE,
        _TRIGGERED_DASHED_DAYS,
        _TRIGGERED_DASHED,
        _WEEKDAY_DASHED,
    }
)
_BEFORE_DIGITS, _AFTER_DIGITS = 32, 64


@dataclass(frozen=True)
class DateMention:
    """A date or range found in text; `first`/`last` are (year or None, month, day)."""

    start: int
    end: int
    text: str
    first: YMD
    last: YMD

    @property
    def has_year(self) -> bool:
        return self.last[0] is not None

    def resolve(self, default_year: int | None) -> tuple[str, str] | None:
        """ISO first and last day, taking `default_year` where the text gives none."""
        last_year = self.last[0] or default_year
        first_year = self.first[0] or last_year
        if last_year is None or first_year is None:
            return None
        if self.first[0] is None and (self.first[1], self.first[2]) > (self.last[1], self.last[2]):
            first_year -= 1  # "28/12 - 03/01/2023" spans a new year
        try:
            a = date(first_year, self.first[1], self.first[2])
            b = date(last_year, self.last[1], self.last[2])
        except ValueError:
            return None
        return (a.isoformat(), b.isoformat()) if a <= b else None


def _valid(y: int | None, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31 and (y is None or 1990 <= y <= 2100)


def _ymd(match: re.Match[str], prefix: str, fallback: dict[str, int | None]) -> YMD | None:
    groups = match.groupdict()
    d = groups.get(prefix + "d")
    if d is None:
        return None
    m = groups.get(prefix + "m") or fallback.get("m")
    y = groups.get(prefix + "y") or fallback.get("y")
    if m is None:
        return None
    month = _MONTH_NUMBER[m.lower()] if isinstance(m, str) and not m.isdigit() else int(m)
    ymd = (int(y) + (2000 if len(y) == 2 else 0) if y else None, month, int(d))  # "12/6/18": 2018
    return ymd if _valid(*ymd) else None


_DIGIT_RUN = re.compile(r"(?<!\d)\d")


def _matches(pattern: re.Pattern[str], text: str, digit_runs: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`; a pattern that opens with a day not preceded by a digit can only match
    where a run of digits starts (a body has a few dozen of them in thousands of characters)."""
    if pattern.pattern.startswith(r"(?<!\d)(?P<ad>"):
        return matches_at(pattern, text, digit_runs)
    if pattern in _NEAR_DIGITS:
        return _matches_near(pattern, text, digit_runs)
    return pattern.finditer(text)


def _matches_near(pattern: re.Pattern[str], text: str, digit_runs: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` within the windows around the runs of digits, merged where they overlap."""
    windows: list[list[int]] = []
    for run in digit_runs:
        start, end = max(0, run - _BEFORE_DIGITS), min(len(text), run + _AFTER_DIGITS)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


# Several days of one month listed, the last one with its month: "các ngày 23, 24 và 26/10/2023" (no range), "sáng 5
# và chiều 6/3", "sáng ngày 7 và chiều ngày 8/9/2010".
_PART_OF_DAY = r"(?:(?:sáng|chiều|trưa|tối)\s+(?:ngày\s+)?|ngày\s+|ngay\s+)"
_DAY_LIST = re.compile(
    r"(?<!\w)"
    + _PART_OF_DAY
    + r"(?P<days>[0-3]?\d(?:\s*,\s*[0-3]?\d)*)\s*(?:,|và|va)\s*(?:"
    + _PART_OF_DAY
    + r")?"
    + _p(r"{Db}" + _SLASH + r"{Mb}(?:" + _SLASH + r"{Yb})?(?!\d)", "b"),
    re.IGNORECASE,
)


def _listed_days(text: str) -> list[DateMention]:
    """Each day of a listed run ("23, 24 và 26/10/2023") as a mention of its own."""
    found = []
    for match in _DAY_LIST.finditer(text):
        last = _ymd(match, "b", {})
        if last is None:
            continue
        year, month, _ = last
        for day in re.finditer(r"\d+", match.group("days")):
            ymd = (year, month, int(day.group(0)))
            if _valid(*ymd):
                start = match.start("days") + day.start()
                found.append(DateMention(start, start + len(day.group(0)), day.group(0), ymd, ymd))
        found.append(
            DateMention(match.start("bd"), match.end(), text[match.start("bd") : match.end()], last, last)
        )
    return found


# A date written in words, as minutes and decisions write it: "ngày mười tháng mười một năm hai nghìn không trăm mười
# sáu".
_IN_WORDS = re.compile(
    rf"(?=[Nn])(?i:(?<!\w)ngày\s+(?P<d>{WORDS_NUMBER})\s+tháng\s+(?P<m>{WORDS_NUMBER}|{'|'.join(MONTH_WORDS)})\s+năm\s+"
    rf"(?P<y>{WORDS_NUMBER}))(?!\w)"
)


def _dates_in_words(text: str) -> list[DateMention]:
    found = []
    for match in _IN_WORDS.finditer(text):
        parts = [
            MONTH_WORDS.get(match.group(g).lower()) or number_in_words(match.group(g).lower()) for g in "ymd"
        ]
        if None in parts:
            continue
        ymd = (int(parts[0]), int(parts[1]), int(parts[2]))  # type: ignore[arg-type]
        if _valid(*ymd):
            found.append(DateMention(match.start(), match.end(), match.group(0), ymd, ymd))
    return found


# "Mồng"/"mùng", the word for days 1 to 10 ("sáng mồng 7 tháng 11", "ngày mồng 5 và mồng 7/11"), read as the "ngày"
# the patterns know: the same length, so every offset holds (one pass here, not a longer alternative in each pattern).
_MONG = re.compile(r"(?<!\w)([Mm])(?:ồ|ù)ng(?!\w)")


# A month in Roman numerals after its day, as some older pages write it: "13 và 14/XI/2012", "từ 12/IX đến 04/XI".
_ROMAN_MONTH = re.compile(r"(?<=\d[/-])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![^\W\d_]|\d)")
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MARKS = ("/I", "/V", "/X", "-I", "-V", "-X")  # (a search of the pattern only where one stands)


def _arabic_months(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with its Roman months in digits, and where each respelled month ends (in the new text) with the
    length it gained there, to take the mentions' offsets back to the text as written."""
    shifts: list[tuple[int, int]] = []
    pieces: list[str] = []
    kept = gained = 0
    for match in _ROMAN_MONTH.finditer(text):
        digits = str(_ROMAN_MONTHS.index(match.group(1)) + 1)
        pieces += [text[kept : match.start()], digits]
        gained += len(digits) - len(match.group(1))
        shifts.append((match.start() + gained + len(match.group(1)), gained))
        kept = match.end()
    return "".join(pieces) + text[kept:], shifts


def _as_written(offset: int, shifts: list[tuple[int, int]]) -> int:
    gained = 0
    for end, total in shifts:
        if end > offset:
            break
        gained = total
    return offset - gained


def find_dates(text: str) -> list[DateMention]:
    """All non-overlapping date mentions, in text order."""
    written = text
    if "ồng" in text or "ùng" in text:
        text = _MONG.sub(lambda m: "Ngày" if m.group(1) == "M" else "ngày", text)
    shifts: list[tuple[int, int]] = []
    if any(mark in text for mark in _ROMAN_MARKS) and (arabic := _arabic_months(text))[1]:
        text, shifts = arabic
    found = _listed_days(text) + _dates_in_words(text)
    taken: list[tuple[int, int]] = [(m.start, m.end) for m in found]
    digit_runs = [m.start() for m in _DIGIT_RUN.finditer(text)]
    dashed = _DAY_DASH_MONTH.search(text) is not None
    for pattern in _PATTERNS:
        if pattern in _WITH_DASHES and not dashed:
            continue  # most texts write no day and month joined by a dash: five patterns spared
        for match in _matches(pattern, text, digit_runs):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if "\n" in match.group(0) and "|" in text[text.rfind("\n", 0, start) + 1 : start]:
                continue  # a table's header ("Ngày | Tổ 1 | Tổ 2") over its first row ("- 19/10 (thứ Hai): ...")
            if match.groupdict().get("bd") and _NUMBERED_PLACE_BEFORE.search(text, max(0, start - 12), start):
                continue  # a ward's number before a day: "tại Phường 5 và ngày 23/8" (the day alone matches next)
            last = _ymd(match, "b", {}) or _ymd(match, "a", {})
            if last is None:
                continue
            first = _ymd(match, "a", {"m": last[1], "y": None}) or last
            taken.append((start, end))
            found.append(DateMention(start, end, match.group(0), first, last))
    found.sort(key=lambda m: m.start)
    found = [m for m in found if not _LUNAR_AFTER.match(text, m.end)]
    if shifts:
        found = [
            replace(m, start=_as_written(m.start, shifts), end=_as_written(m.end, shifts)) for m in found
        ]
    return [replace(m, text=written[m.start : m.end]) if text is not written else m for m in found]


_NUMBERED_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?:phường|quận|khóm|khu phố|tổ|ấp|thôn|xóm|số|P\.?)\s*$", re.IGNORECASE
)


# A day of the lunar calendar: "ngày 11 tháng Mười âm lịch", "(15/8 âm lịch)", "10/3 (AL)".
_LUNAR_AFTER = re.compile(
    r"\s*\(?(âm lịch|am lich|AL\b)|\s+năm\s+(Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\b"
)


def parse_date_string(text: str) -> date | None:
    """The first full date (with year) in a short string such as a date line or an attribute."""
    iso = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", text)
    if iso and (moment := _aware_moment(text.strip())):
        return moment.astimezone(_VIETNAM).date()  # "2025-11-17T17:30:00Z" was 18 November in Vietnam
    if iso:
        return _calendar_date(iso.group(1), iso.group(2), iso.group(3))
    if weekday := _ENGLISH_WEEKDAY_DATE.search(text):
        # Drupal's "Submitted by ... on Fri, 06/14/2024 - 10:05": month first, as its weekday says
        for month, day in ((weekday["b"], weekday["a"]), (weekday["a"], weekday["b"])):
            found = _calendar_date(weekday["y"], month, day)
            if found and found.weekday() == _ENGLISH_WEEKDAYS.index(weekday["w"].lower()):
                return found
    for mention in find_dates(text):
        if mention.has_year and (found := _calendar_date(*mention.last)):
            return found
    # (no day-first date: a moment with AM/PM in the en-US culture, month first)
    if us_moment := _US_MOMENT.search(text):
        return _calendar_date(us_moment.group(3), us_moment.group(1), us_moment.group(2))
    if (month_named := _MONTH_NAMED.search(text)) and (
        month_named.group(2) != "năm" or text[month_named.end(2)] == ","
    ):
        month = month_named.group(2).lower()
        return _calendar_date(
            month_named.group(3), month if month.isdigit() else _MONTH_NUMBER[month], month_named.group(1)
        )
    if english := _ENGLISH_DAY_FIRST.search(text) or _ENGLISH_MONTH_FIRST.search(text):
        return _calendar_date(english["y"], _ENGLISH_MONTHS[english["m"].lower()[:3]], english["d"])
    if month_first := MONTH_FIRST.search(text):
        month = month_first.group(1).lower()
        return _calendar_date(
            month_first.group(3), month if month.isdigit() else _MONTH_NUMBER[month], month_first.group(2)
        )
    # Liferay 6.0's "28/12/15 15:45", a commune site's "Ngày đăng: 05/10/19": the year in two digits
    if short := _SHORT_YEAR_MOMENT.search(text) or _SHORT_YEAR_POSTED.match(text):
        return _calendar_date(2000 + int(short.group(3)), short.group(2), short.group(1))
    if labelled := _ISO_DATE.search(text):  # "Ngày đăng: 2015-12-22 14:22:10"
        return _calendar_date(labelled.group(1), labelled.group(2), labelled.group(3))
    return None


def _calendar_date(year: int | str, month: int | str, day: int | str) -> date | None:
    """The date, or None where the calendar has no such day ("31/6/2024")."""
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


# A day, a month and a two-digit year, with the time after them (so "15/9/15" alone stays no date).
_SHORT_YEAR_MOMENT = re.compile(
    r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})(?![\d/.-])\s+\d{1,2}[:h]\d{2}"
)
_SHORT_YEAR_POSTED = re.compile(
    r"\W*(?:ngày đăng|đăng ngày|ngày cập nhật|cập nhật|ngày xuất bản)\s*:?\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})(?![\d/.-])",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d/.-])")
# ASP.NET's default culture on old portals: "Ngày đăng: 6/14/2018 10:05:33 AM" is 14 June (but "05/07/2019 8:30 AM"
# on most portals is 5 July).
_ENGLISH_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ENGLISH_WEEKDAY_DATE = re.compile(
    r"(?<![a-z])(?P<w>"
    + "|".join(_ENGLISH_WEEKDAYS)
    + r")[a-z]*\.?,?\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?!\d)",
    re.I,
)
_US_MOMENT = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\b")


_VIETNAM = timezone(timedelta(hours=7))


def _aware_moment(text: str) -> datetime | None:
    """An ISO 8601 moment with its UTC offset (a page's metadata); None for a bare date or a local time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


# WordPress's Vietnamese locale names the month in words, first: "Đăng vào Tháng Sáu 12, 2017", "Tháng Mười Một 3,
# 2020"; or after the day: "Thứ Hai, 18 Tháng Mười Một, 2024".
_MONTH_WORD = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
MONTH_FIRST = re.compile(r"(?<!\w)tháng\s+(\d{1,2}|" + _MONTH_WORD + r")\s+(\d{1,2}),\s*(\d{4})(?!\d)", re.I)
# A date line without "ngày", as Joomla prints it: "Thứ năm, 17 Tháng 9 2015 09:21"; a month in words takes
# WordPress's comma before its year, or a capital as PHP-Nuke and DotNetNuke write it ("10 Tháng Tư 2012"), when it
# is May's word: "9 tháng năm 2023" is nine months of the year ("24 Tháng mười một 2010" is a day).
_MONTH_NAMED = re.compile(
    r"(?<!\d)(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2}(?=,?\s)|(?:"
    + _MONTH_WORD
    + r")(?=,|\s+\d{4})),?\s+(?:(?:năm|nam)\s+)?(\d{4})(?!\d)",
    re.I,
)
# A bilingual portal's English date line: "Ngày đăng / Posted: 17 November 2020", "November 17, 2020".
_ENGLISH_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
_ENGLISH_MONTH = r"(?P<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?"
_ENGLISH_DAY_FIRST = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+" + _ENGLISH_MONTH + r",?\s+(?P<y>\d{4})(?!\d)", re.I
)
_ENGLISH_MONTH_FIRST = re.compile(
    r"(?<![a-z])" + _ENGLISH_MONTH + r"\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})(?!\d)", re.I
)
