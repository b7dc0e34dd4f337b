"""Legal references: Kế hoạch / Quyết định / Công văn / Chỉ thị ... with number, symbol, date, issuer."""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from cchc.record import LegalRef
from cchc.vntext import fold
from extract.components.state import Found, Page, evidence, in_other_story
from extract.dates import DateMention

_TYPES = (
    "kế hoạch",
    "quyết định",
    "công văn",
    "chỉ thị",
    "thông báo",
    "kết luận",
    "nghị quyết",
    "nghị định",
    "thông tư",
    "hướng dẫn",
    "báo cáo",
    "văn bản",
    "chương trình",
    "công điện",
    "tờ trình",
    "luật",
    "pháp lệnh",
)
# Matched on the folded text (same offsets), so "Ke hoach so 156" on a page without diacritics is found too.
_TYPE_NAMES = {fold(t): t[:1].upper() + t[1:] for t in _TYPES}
# Abbreviated types, which count only with "số" after them or their symbol's repeating them: "QĐ số 30c/QĐ-SNV",
# "KH 15/KH-UBND".
_ABBREVIATED = {"qd": "Quyết định", "kh": "Kế hoạch", "cv": "Công văn", "tb": "Thông báo"}
_TYPE_NAMES |= _ABBREVIATED
_REF = re.compile(
    r"(?P<type>" + "|".join(_TYPE_NAMES) + r")(?:\s+lien\s+(?:tich|nganh))?\s+"
    # (a number in thousands as an amount is written, before its symbol: "Kế hoạch số 1.095/KH-UBND", "số 3 012/QĐ")
    r"(?:(?P<so>so)\s*:?\s*)?(?P<number>\d{1,3}(?:[. ]\d{3})+(?=\s?/)|\d{1,6})[a-z]?(?:-(?:19|20)\d\d(?=/))?"
    # "30c/NQ-CP", "19-2017/NQ-CP"; spaced as typed: "1052 /QĐ–UBND", "27/KH – UBND"; the Party's: "156-KH/BCĐ",
    # "04-NQ/HU"
    # (an issuer's symbol with an ampersand: "2315/KH-SGD&ĐT")
    r"(?P<symbol>(?:-[a-z]{2,5}(?= ?/))?(?: ?/ ?[0-9a-z][\w.&\-–]*(?: [-–] [a-z][\w.&]*)?)*)",
)
# A law by its name and its number, which the National Assembly's symbol ends: "Luật Đất đai số 31/2024/QH15".
_LAW = re.compile(
    r"(?P<type>luat)(?: [a-z]+){1,10}? (?P<so>so) ?(?P<number>\d{1,3})(?P<symbol>/\d{4}/qh\d{1,2})\b"
)
# A document named for what it does before its number: "Quyết định thành lập Đoàn kiểm tra số 3962/QĐ-UBND",
# counted only with "số" and a symbol of letters after it (not "thông báo tại Công văn số 326/SNV-CCHC").
_DESCRIBED = re.compile(
    r"(?P<type>quyet dinh|ke hoach|cong van|thong bao)(?! (?:tai|theo|cua|va)\b)"
    r"(?: (?!(?:" + "|".join(_TYPE_NAMES) + r")\b)[a-z]+){1,6}? (?P<so>so) ?:? ?(?P<number>\d{1,6})"
    r"(?P<symbol>(?: ?/ ?[0-9a-z][\w.\-–]*)*/ ?[a-z][\w.\-–]*)"
)
_SPACED_DASH = re.compile(r"\s*[-–]\s*")
# What comes between a document's number and its day, on the same line (a headline ending on a number is not dated
# by the next line's "Ngày 9/11, ...").
_DATE_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:ban hanh|duoc ban hanh|k[yi])\s+)?(?:ngay\s*)*")
_ISSUER = re.compile(
    r"\s*(?:của|do)\s+(?P<issuer>(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|HĐND|Chủ tịch|Thủ tướng|Chính phủ|Bộ|Sở|"
    r"Ban|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Văn phòng|Hội đồng)[^,;.()\n]{0,80}?)(?=\s+(?:về|v/v|V/v|quy định|qui định|"
    r"ban hành|triển khai|thực hiện|và|tại)\b|[,;.()\n]|$)",
)


def _year_issued(day: DateMention, published: str | None) -> int | None:
    """The year of a document's day told without one: the page's, or the year before when the day falls after the
    page's ("Quyết định ... ngày 19/12" on a page of 4 January)."""
    if not published:
        return None
    page_day = date.fromisoformat(published)
    return page_day.year - ((day.last[1], day.last[2]) > (page_day.month, page_day.day))


_YEAR_GUESSED = "year guessed"  # a reference's tag: its day was written without its year


def _document(found: Found) -> tuple[str, str, str | None]:
    return found.value.type, found.value.number, found.value.symbol


@Language.component("cchc_legal_refs")
def find_legal_refs(doc: Doc) -> Doc:
    page = doc._.page
    text = page.text
    dates_by_start = {f.start: f for f in page.dates}
    found: list[Found] = []
    seen: set[tuple] = set()
    folded = page.folded
    for match in sorted(
        (*_REF.finditer(folded), *_LAW.finditer(folded), *_DESCRIBED.finditer(folded)),
        key=lambda m: m.start(),
    ):
        # without a sentence's full stop after it ("như Thông báo số 245/TB-SNV.")
        symbol = _SPACED_DASH.sub(
            "-", text[match.start("symbol") : match.end("symbol")].rstrip(".-–")
        ).replace(" ", "")
        if not any(c.isalpha() for c in symbol):
            symbol = ""  # a day, not a symbol: "hạn gửi báo cáo 31/3/2021"
        kind = match.group("type")
        if not match.group("so") and (
            not symbol or kind in _ABBREVIATED and not fold(symbol).lower().startswith(f"/{kind}")
        ):
            continue  # "kế hoạch 2023" is not a reference; "Kế hoạch 222/KH-UBND" and "QĐ 3412/QĐ-UBND" are
        if match.start() > 0 and text[match.start() - 1].isalpha() or in_other_story(page, match.start()):
            continue
        if found and match.start() < found[-1].end and match.group("number") in found[-1].value.text:
            continue  # the "kết luận số 189/TB-UBND" inside "Thông báo kết luận số 189/TB-UBND", read already
        end = match.end()
        ref_date, guessed = None, False
        gap = _DATE_GAP.match(folded, end)
        date_found = dates_by_start.get(gap.end()) if gap else None
        if date_found is None and gap:  # "ngày 15 tháng 9" starts at the "ngày" the gap consumed
            back = folded.rfind("ngay", end, gap.end() + 1)
            date_found = dates_by_start.get(back) if back >= 0 else None
        if date_found is not None:
            # (a day without its year is the document's too: "Quyết định số 4126/QĐ-UBND ngày 19/12", issued before
            # the page, in its year or the one before)
            date_found.tags.add("legal")
            end = date_found.end
            resolved = date_found.value.resolve(_year_issued(date_found.value, page.meta.published))
            ref_date = resolved[1] if resolved else None
            guessed = not date_found.value.has_year
        issuer_match = _ISSUER.match(text, end)
        issuer = issuer_match.group("issuer").strip() if issuer_match else None
        number = re.sub(r"\D", "", match.group("number"))
        ref = LegalRef(
            text=text[match.start() : end],
            type=_TYPE_NAMES[match.group("type")],
            number=str(int(number)),
            symbol=symbol.lstrip("/-").upper() or None,
            date=ref_date,
            issuer=issuer,
            evidence=evidence(page, match.start(), end),
        )
        key = (ref.type, ref.number, ref.symbol, ref.date)
        if key in seen or (ref.symbol is None and any(k[:2] == key[:2] and k[3] == ref.date for k in seen)):
            continue
        seen.add(key)
        found.append(
            Found(
                match.start(),
                issuer_match.end() if issuer_match else end,
                ref,
                {_YEAR_GUESSED} if guessed else set(),
            )
        )
    # (a document cited again without its date, or with its year left out, is the one cited with it)
    dated = {_document(f) for f in found if f.value.date}
    fully_dated = {_document(f) for f in found if f.value.date and _YEAR_GUESSED not in f.tags}
    found = [
        f
        for f in found
        if f.value.date
        and _YEAR_GUESSED not in f.tags  # dated in full
        or f.value.date
        and _document(f) not in fully_dated  # its year guessed, and cited nowhere in full
        or _document(f) not in dated  # undated, and cited nowhere with a date
    ]
    own = _own_number(page)
    if own and not any(
        (f.value.number, f.value.symbol) == (own.value.number, own.value.symbol) for f in found
    ):
        found.insert(0, own)
    page.legal_refs = found
    return doc


# A page that is itself an official document ("Thông báo kết luận kiểm tra ..." posted whole) heads it with its
# number, "Số: 112/TB-SNV", and a place-and-date line; the symbol's first part says what kind of document it is.
_OWN_NUMBER = re.compile(
    r"(?m)^[ \t]*Số\s*:\s*(?P<number>\d{1,6})\s*/\s*(?P<symbol>(?P<kind>[A-ZĐ]{1,4})(?:-[\w.&]+)+)"
)
_KINDS_BY_SYMBOL = {
    "TB": "Thông báo",
    "BC": "Báo cáo",
    "QĐ": "Quyết định",
    "KH": "Kế hoạch",
    "KL": "Kết luận",
    "CT": "Chỉ thị",
    "HD": "Hướng dẫn",
    "NQ": "Nghị quyết",
}
_DATE_LINE_GAP = 300  # the place-and-date line sits beside or just below the number


def _own_number(page: Page) -> Found | None:
    """The document's own number and date, when the page is the document."""
    match = _OWN_NUMBER.search(page.text)
    if match is None or match.group("kind") not in _KINDS_BY_SYMBOL:
        return None
    dated = next(
        (
            f
            for f in page.dates
            if match.end() <= f.start <= match.end() + _DATE_LINE_GAP and f.value.resolve(None)
        ),
        None,
    )
    ref = LegalRef(
        text=match.group(0).strip(),
        type=_KINDS_BY_SYMBOL[match.group("kind")],
        number=str(int(match.group("number"))),
        symbol=match.group("symbol").upper(),
        date=dated.value.resolve(None)[1] if dated else None,
        evidence=evidence(page, match.start(), match.end()),
    )
    if dated:
        dated.tags.add("legal")
    return Found(match.start(), match.end(), ref)
