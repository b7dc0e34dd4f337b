"""Entry points of the extractor: page parts (page.py) → spaCy analysis (nlp.py) → `Article`."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from cchc.record import Article, DateSpan, FetchedPage, Metric
from cchc.vntext import fold
from crawler.charset import decide
from extract.components.metrics import UNIT_COUNT_NOUNS
from extract.components.province import named_provinces
from extract.components.state import Found, Page, PageMeta, evidence, semicolon_clause, sentence_of
from extract.gazetteer import gazetteer, province_on
from extract.nlp import analyse
from extract.page import parse_html
from extract.page_text import PageParts, parse_text

EXTRACTOR_VERSION = "1.2.0"  # records say which rules made them; `cchc reextract` brings old ones up to date


# A plan's figures of what is to come: its targets and the scope it sets ("mục tiêu 100%", "tối thiểu 30 hồ sơ").
_TARGET_OR_SCOPE = re.compile(
    r"muc tieu|chi tieu|phan dau|toi thieu|it nhat|moi don vi|noi dung kiem tra|danh sach|du kien|\bse\b"
)


# A province's standing in the national indices ("Chỉ số CCHC của tỉnh đạt 88,35 điểm, xếp thứ 24/63"): a figure of
# the inspected work only when a central team inspects the province.
_INDEX = re.compile(
    r"chi so (cai cach hanh chinh|cchc|par|hai long|sipas|dti|chuyen doi so)|par ?index|\b(sipas|dti)\b"
)
# (not the district's rank "thứ 5/8 huyện, thị xã, thành phố trong tỉnh", "đứng đầu toàn tỉnh")
_OF_PROVINCE = re.compile(r"(?<!trong )(?<!toan )\btinh\b|/63\b|63 tinh")
_LOWER_UNITS = re.compile(r"\b(huyen|xa|phuong|thi tran)\b")
# ... unless, on a province team's page, the index is a district's, which the province's only ranks: "Năm 2017, Chỉ
# số CCHC của huyện Hải Lăng đạt 82,15 điểm, xếp thứ 3/10 địa phương cấp huyện của tỉnh", "được xếp thứ 3/12 về Chỉ
# số CCHC cấp huyện của tỉnh" (not beside the province's own: "Chỉ số CCHC của tỉnh Tây Ninh xếp thứ 25/63").
_DISTRICT_INDEX = re.compile(
    r"\bchi so [^.;,]{0,30}?\b(cua|cap) (ubnd )?(huyen|thi xa|quan)\b|"
    r"\bxep thu \d+/\d+ (((dia phuong|don vi) )?(cap huyen|huyen|thi xa|quan)|ve chi so [a-z ]{0,20}?cap huyen)\b"
)
# ... and so is a department's among the departments, when the province's team inspects it: "Chỉ số CCHC của Ban đạt
# 86,45%, xếp thứ 3/20 sở, ban, ngành của tỉnh" (a department checking its own units ranks itself).
_DEPARTMENT_INDEX = re.compile(
    r"\bchi so [^.;,]{0,30}?\bcua (so|ban)\b|\bxep thu \d+/\d+ so, (ban, )?nganh\b"
)
_PROVINCE_TEAM = re.compile(r"^((ubnd|uy ban nhan dan) )?tinh\b|^so noi vu\b")
_PROVINCE_OWN_INDEX = re.compile(r"\bchi so (?:(?!cap |cua )[^.;]){0,40}\bcua tinh\b|/63\b")
_NOT_SET_AGAINST = r"(?![^.]*\b(so voi|cao hon|thap hon|binh quan|muc chung)\b)"
# (not the province's as the benchmark the unit's is set against: "đạt 46,5%, thấp hơn mức bình quân 48,9% của toàn
# tỉnh")
_PROVINCE_WIDE = re.compile(
    r"^(?![^.;]*\b(so voi|cao hon|thap hon)\b[^.;]{0,40}\b(toan|ca) tinh\b)"
    r"[^.;]{0,80}?\b((toan|ca) tinh|tren dia ban tinh)\b" + _NOT_SET_AGAINST
)
# ... and so are a district team's of its own district: "Tính chung toàn huyện, 9 tháng năm 2018, Bộ phận một cửa cấp
# huyện và 23 xã, thị trấn tiếp nhận 41.220 hồ sơ".
_DISTRICT_WIDE = re.compile(
    r"^(?![^.;]*\b(cua|tai) (xa|phuong|thi tran)\b)"  # (not a commune's standing in it: "xếp thứ 7 toàn huyện")
    r"[^.;]{0,80}?\b(toan|ca) (huyen|thi xa|quan)\b" + _NOT_SET_AGAINST
)
# ... or its average, as the figure's label tells it ("Tỷ lệ hồ sơ trực tuyến của cấp xã toàn tỉnh hiện bình quân
# 78,6%", "mức chung của toàn tỉnh cùng kỳ là 31,4%", a city's "bình quân cấp xã của thành phố đạt 52,7%"), not a
# unit's set against it ("cao hơn bình quân của tỉnh").
_PROVINCE_AVERAGE = re.compile(
    r"^(?!.*\b(so voi|cao hon|thap hon|vuot)\b)(?=.*\b(binh quan|trung binh|muc chung)\b)"
    r".*((\b(toan|ca)|\bcap (xa|huyen)( cua)?) tinh|\bcap xa( cua)? thanh pho)\b"
)
_RATED = re.compile(r"\b(xep loai|dat loai|loai (xuat sac|tot|kha|trung binh|yeu))\b")
# (not the office the figures come from: "Theo số liệu của Sở Nội vụ, ...")
_UNIT_NAMED = re.compile(r"\b(?i:huyện|xã|phường|thị trấn|thị xã|thành phố|quận|sở)\s+(?!Nội vụ)[A-ZĐ0-9]")


def _reported(metric: Metric, kind: str, level: str | None, clause: str, province_team: bool) -> bool:
    """Counts of units are figures of a campaign's results; in a visit they only set the scene ("tại 3 xã", "cả 3
    xã đã tiếp nhận 57 hồ sơ") unless they are a share ("9/12 xã"). A plan reports figures of the work done so
    far, not the targets and scope it sets. A province's index figures are its own, not those of the units its
    teams inspect, unless the figure's `clause` (folded, between its semicolons) is a district's index: "Chỉ số CCHC
    của huyện đạt 71,05 điểm, xếp thứ 11/12; ..., trong khi Chỉ số CCHC của tỉnh xếp thứ 10/63" keeps the
    district's; a department's rank among the departments is its figure when `province_team` inspects it."""
    sentence = fold(metric.evidence.sentence)
    if kind == "plan" and _TARGET_OR_SCOPE.search(sentence):
        return False
    # (a district's rank among its province's districts is the district's, a unit's figure)
    province_index = metric.total == 63 or (
        _INDEX.search(sentence)
        and _OF_PROVINCE.search(sentence)
        and not (
            level == "province"
            and (_DISTRICT_INDEX.search(sentence) or province_team and _DEPARTMENT_INDEX.search(sentence))
            and not _PROVINCE_OWN_INDEX.search(sentence)
            or _DISTRICT_INDEX.search(clause)
            and not (_OF_PROVINCE.search(clause) or _PROVINCE_OWN_INDEX.search(clause))
        )
    )
    if level != "ministry" and province_index and not _LOWER_UNITS.search(fold(metric.unit or "")):
        return False
    # (nor the province's own totals, in a sentence naming no unit: "8 tháng đầu năm, toàn tỉnh tiếp nhận 312.540 hồ
    # sơ, tỷ lệ giải quyết đúng hạn đạt 97,6%")
    counts_units = metric.key == "units_inspected" or (
        metric.total is None and (metric.unit or "").lower() in UNIT_COUNT_NOUNS
    )
    if (
        level != "ministry"
        and (
            _PROVINCE_WIDE.search(sentence)
            or _PROVINCE_AVERAGE.search(fold(metric.label))
            or level == "district"
            and _DISTRICT_WIDE.search(sentence)
        )
        and not _UNIT_NAMED.search(metric.evidence.sentence)
        # (not the units the round rated: "Toàn huyện có 6 đơn vị xếp loại Tốt, 11 đơn vị loại Khá")
        and not (counts_units and kind == "results" and _RATED.search(sentence))
    ):
        return False
    return kind == "results" or not counts_units


def _clause_of(page: Page, found: Found) -> str:
    """The folded part of a figure's sentence between its semicolons."""
    s_start, s_end = sentence_of(page, found.start)
    return page.folded[slice(*semicolon_clause(page.folded, s_start, s_end, found.start, found.end))]


def _recalled(page: Page, found: Found) -> bool:
    """Whether the figure is of an earlier round the sentence recalls as it opens: "Năm 2014, tỉnh kiểm tra 8 cơ
    quan, địa phương, trong đó có 2 đơn vị xếp loại trung bình", "Năm ngoái, huyện chỉ kiểm tra được 8 đơn vị" (a
    plan's are the work done so far, which it reports; and so are an earlier round's findings set against what is
    left of them now: "Năm 2021, Đoàn ... chỉ ra 7 tồn tại; đến nay huyện đã khắc phục 5/7")."""
    if page.facts["kind"] == "plan":
        return False
    s_start, s_end = sentence_of(page, found.start)
    before = page.folded[s_start : found.start]
    opening = _YEAR_OPENING.match(before)
    if (
        not opening
        or not _CHECK_TOLD.search(before, opening.end())
        or _SET_AGAINST_NOW.search(page.folded, s_start, s_end)
    ):
        return False
    year = opening["year"]
    return not year.isdigit() or (round_year := _round_year(page)) is not None and int(year) < round_year


# (or after a comparison's or a reminder's words: "Để so sánh, năm 2019 Đoàn ... đã kiểm tra 10 xã khác, với điểm bình
# quân 79,45 điểm", "đại diện phòng Nội vụ nhắc lại: năm 2023, Đoàn ... chỉ ra 27 tồn tại")
# (or the earlier round set against this one, its figures in brackets: "So với đợt kiểm tra năm 2011 (kiểm tra 4 xã, chỉ
# có 1 xã đạt loại tốt), ...")
_YEAR_OPENING = re.compile(
    r"\W*(?:de so sanh,?\s*|[^.;:]{0,80}\bnhac lai\s*:?\s*)?"
    r"(?:(?:trong|dot kiem tra) |so voi (?:(?:dot|lan|ket qua) )?(?:kiem tra )?(?=nam [^(]*\())?"
    r"nam (?P<year>\d{4}|ngoai|truoc)\b"
)
_CHECK_TOLD = re.compile(r"(?<!duoc )\b(kiem tra|lam viec)\b")
_SET_AGAINST_NOW = re.compile(r"\b(lan nay|dot nay|den nay|hien nay|den thoi diem)\b")
_HEADLINE_YEAR = re.compile(r"\bnam (\d{4})\b")


def _round_year(page: Page) -> int | None:
    """The year of the round the page reports: the one its headline names, or of its last day, or its own."""
    if named := _HEADLINE_YEAR.search(fold(page.meta.title or "")):
        return int(named.group(1))
    days = [last for _, (_, last) in page.facts["dates"]]
    if days:
        return int(max(days)[:4])
    return int(page.meta.published[:4]) if page.meta.published else None


def _latest_event(page: Page) -> date | None:
    """The latest day the text reports as past: legal references and explicit inspection days (a plan's are
    still to come)."""
    days = [date.fromisoformat(f.value.date) for f in page.legal_refs if f.value.date]
    # (not a day told from the page's own, "sáng mai": it cannot gainsay it; and of a span, its first day: a visit
    # may tell the whole round, "Đoàn ... kiểm tra tại 8 huyện từ ngày 11/9 đến ngày 06/10/2017", or be told on its
    # second day of three, "có lịch làm việc tại huyện trong ba ngày, từ 23 đến 25/7/2024")
    if page.facts["kind"] != "plan":
        for found, (first, _last) in page.facts["dates"]:
            if found.value.has_year and "relative" not in found.tags:
                days.append(date.fromisoformat(first))
    return max(days) if days else None


def _published(parts: PageParts, page: Page, fetched: date | None) -> str | None:
    """The page's date unless it cannot be right: after the fetch, before the events reported."""
    candidates = [parts.published] if parts.published else []
    candidates += [d for d in parts.published_candidates if d not in candidates]
    latest = _latest_event(page)
    for day in candidates:
        if fetched and (day > fetched or day == fetched and len(candidates) > 1):
            continue  # the portal's clock shows the day of the fetch
        if latest and day < latest:
            continue
        return day.isoformat()
    return None


def _build(parts: PageParts, source: str, url: str | None, fetched: datetime | None) -> Article:
    address = url or parts.own_url
    host = urlsplit(address).hostname if address else None
    meta = PageMeta(
        title=parts.title,
        published=parts.published.isoformat() if parts.published else None,
        host=host,
        context=parts.context,
        captions=parts.captions,
    )
    hint = gazetteer().province_of_host(host) if host else None
    if host is None:
        # (without a portal address, the page's own furniture naming one province: "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC
        # NGẠN", "Địa chỉ: ... huyện Lục Ngạn, tỉnh Bắc Giang"; not read for a page fetched from a portal, whose host
        # says more)
        named = set(named_provinces(parts.context, meta.published, set()).provinces)
        hint = named.pop() if len(named) == 1 else None
    # (the portal's province by its name of the page's day too: "hue.gov.vn" of 2026 is Huế's)
    hints = {hint, province_on(hint, meta.published)} if hint else None
    page = analyse(parts.body, meta, hints)
    facts = page.facts
    relevant = facts["is_inspection_article"]
    body = facts["inspecting_body"]
    province_team = bool(body and _PROVINCE_TEAM.match(fold(body)))
    published = _published(parts, page, fetched.date() if fetched else None)
    periods = []
    for found, (first, last) in facts["dates"]:
        periods.append(DateSpan(first=first, last=last, evidence=evidence(page, found.start, found.end)))
    # (a report's round told as a span past its page, "từ ngày 11/9 đến ngày 06/10/2017" on 14 September: the days
    # after the page are not inspected yet)
    reported = facts["kind"] != "plan" and published
    inspection_dates = sorted(
        {d for p in periods for d in (p.first, p.last) if not (reported and d > published)}
    )
    return Article(
        source=source,
        url=url,
        title=parts.title,
        published_date=published,
        author=parts.author,
        body=parts.body,
        is_inspection_article=relevant,
        kind=facts["kind"],
        province=facts["province"],
        province_code=facts["province_code"],
        inspecting_level=facts["inspecting_level"],
        inspecting_body=facts["inspecting_body"],
        inspection_periods=periods,
        inspection_dates=inspection_dates,
        team_leaders=[f.value for f in page.leaders] if relevant else [],
        inspected_units=[f.value for f in facts["units"]],
        legal_refs=[f.value for f in page.legal_refs],
        metrics=[
            f.value
            for f in page.metrics
            if _reported(
                f.value, facts["kind"], facts["inspecting_level"], _clause_of(page, f), province_team
            )
            and not _recalled(page, f)
        ]
        if relevant
        else [],
        extractor_version=EXTRACTOR_VERSION,
    )


def extract_html(
    html: str, url: str | None = None, source: str | None = None, fetched: datetime | None = None
) -> Article:
    return _build(parse_html(html, url), source or url or "", url, fetched)


def extract_text(text: str, source: str) -> Article:
    return _build(parse_text(text), source, None, None)


def extract_page(page: FetchedPage) -> Article:
    """The page's article; text read from its attached documents is analysed as more of its body."""
    parts = parse_html(page.html, page.final_url)
    if page.attachment_texts:
        parts = replace(parts, body="\n\n".join(filter(None, [parts.body, *page.attachment_texts.values()])))
    article = _build(parts, page.url, page.final_url, page.fetched_at)
    return article.model_copy(update={"fetch": page, "portal": page.source_id, "url": page.url})


def _decode(raw: bytes) -> str:
    """Text of a saved page, in the encoding its bytes are really in (see crawler.charset)."""
    if b"\x00" in raw[:8192]:
        raise ValueError("binary content: not an HTML or text file")
    return raw.decode(decide(raw).encoding, errors="replace")


def extract_file(path: str | Path) -> Article:
    path = Path(path)
    text = _decode(path.read_bytes())
    if path.suffix.lower() in {".html", ".htm"}:
        return extract_html(text, source=str(path), fetched=datetime.fromtimestamp(path.stat().st_mtime, UTC))
    return extract_text(text, source=str(path))
