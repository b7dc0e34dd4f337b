"""The province an article is about: votes from resolved units, named provinces, portal hosts, furniture."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from cchc.vntext import UPPER, fold
from extract.components.state import Page, text_year
from extract.gazetteer import FORMER_DISTRICTS, FORMER_PROVINCES, gazetteer, province_on, province_then
from extract.scan import matches_at

# The type word in any case, also without diacritics; the name capitalised (the gazetteer folds it), up to the next
# type word ("HUYỆN CHÂU THÀNH - TỈNH TIỀN GIANG").
_TYPE = r"(?i:tỉnh|tinh|thành phố|thanh pho|tp\.?|huyện|huyen|quận|(?<!cơ )(?<!co )quan)"  # (not "CƠ QUAN CHỦ QUẢN")
# (a type word written with its marks: not the "Quan" of "huyện Quan Hóa")
_NAME_WORD = r"(?!(?i:tỉnh|thành phố|huyện|quận|tp)\b)" + UPPER + r"\w*"
_PLACE_NAMED = re.compile(
    r"(?P<type>" + _TYPE + r")[ \t]+"
    r"(?P<name>(?:" + _NAME_WORD + r"|\d{1,2}\b)(?:[ \t]+" + _NAME_WORD + r"){0,3}"  # "Quận 8" of TP.HCM
    r"(?:[ \t]*[-–][ \t]*" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r")?)?)"  # "tỉnh Bà Rịa - Vũng Tàu"
)


# Where a type word may start, found in the lowercased text: an alternation of literals is scanned for
# quickly, while `_PLACE_NAMED`'s case-insensitive one was tried at every character of the page.
_TYPE_START = re.compile(r"tỉnh|tinh|thành phố|thanh pho|tp|huyện|huyen|quận|quan")


def _places_named(text: str) -> Iterator[re.Match[str]]:
    """`_PLACE_NAMED.finditer(text)`, tried only where a type word starts."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lowercase is longer: offsets would not line up
        return _PLACE_NAMED.finditer(text)
    return matches_at(_PLACE_NAMED, text, (m.start() for m in _TYPE_START.finditer(lowered)))


class _Named(NamedTuple):
    provinces: list[str]  # named, or through a district name only one province has, in text order
    possible: set[str]  # the provinces of district names several provinces have ("huyện Châu Thành")


def named_provinces(text: str, day: str | None, hints: set[str]) -> _Named:
    """Provinces named as "tỉnh X"/"thành phố X", or through a district name only one province has (its province
    on `day`; of the portal's province `hints` when one of them has it)."""
    gaz = gazetteer()
    found, possible = [], set()
    for match in _places_named(text):
        words = match.group("name").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if (kind := fold(match.group("type"))) in ("huyen", "quan"):
                provinces = {
                    province_then(d.province, d.name, day)
                    for d in gaz.find("huyện" if kind == "huyen" else "quận", name, hints)
                }
                hit = next(iter(provinces)) if len(provinces) == 1 else FORMER_DISTRICTS.get(fold(name))
                if len(provinces) > 1:
                    possible |= provinces
            else:
                place = gaz.province(name)
                hit = place.province if place else FORMER_PROVINCES.get(fold(name))
            if hit:
                found.append(hit)
                break
    return _Named(found, possible)


def _banner_province(context: str) -> str | None:
    """The province a site's banner ends on with no type word before it, when nothing else names one: "SỞ GIÁO DỤC
    VÀ ĐÀO TẠO QUẢNG NGÃI", "Kho bạc Nhà nước Bắc Ninh"."""
    for line in context.splitlines()[:_BANNER_LINES]:
        words = line.split()
        if len(words) > _BANNER_WORDS or any(ch.isdigit() for ch in line):
            continue
        for n in (4, 3, 2):
            if len(words) > n and (place := gazetteer().province(" ".join(words[-n:]))):
                return place.province
    return None


_BANNER_LINES = 8
_BANNER_WORDS = 12


def _province(page: Page) -> tuple[str | None, str | None]:
    """Votes: resolved units, provinces the text names, portal hosts, then the page's furniture."""
    gaz = gazetteer()
    votes: Counter[str] = Counter()
    day = page.meta.published
    if day is None and (year := text_year(page.text)):
        day = f"{year}-01-01"  # a page without its date is of the year it names: "năm 2026", "tỉnh Phú Yên trước đây"
    for found in page.units:
        if (unit := found.value).province:
            votes[province_then(unit.province, unit.district, day)] += 3 if "inspected" in found.tags else 2
    hints = page.facts["province_hints"]
    named = named_provinces(page.text, day, hints)
    for name in named.provinces:
        votes[name] += 2
    for host in re.findall(r"([a-z0-9.-]+)\.gov\.vn", page.text.lower()) + [page.meta.host or ""]:
        name = gaz.province_of_host(host)
        if name:
            votes[name] += 2
    # Once each, in page order: a tie goes to the first vote cast, so a set here (ordered by the process's
    # string hash seed) made the province of a page differ from one run to the next.
    for name in dict.fromkeys(named_provinces(page.meta.context, day, hints).provinces):
        votes[name] += 1
    if not votes and (banner := _banner_province(page.meta.context)):
        votes[province_on(banner, day)] += 1
    if not votes:
        return None, None
    # A tie goes to a province that has a district the text names (ambiguously: "huyện Châu Thành" is in ten
    # provinces, none of them Hải Dương), else to the first province voted for.
    top = max(votes.values())
    tied = [name for name, count in votes.items() if count == top]
    name = next((name for name in tied if name in named.possible), tied[0])
    name = province_on(name, day)  # "tỉnh Ninh Thuận trước đây" in 2026 is Khánh Hòa
    place = gaz.province(name)
    return name, place.province_code if place else None


@Language.component("cchc_province")
def resolve_province(doc: Doc) -> Doc:
    page = doc._.page
    page.facts["province"], page.facts["province_code"] = _province(page)
    return doc
