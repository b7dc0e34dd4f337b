"""Administrative units of Vietnam before and after the July 2025 reorganisation.

Built once from the database that ships with `vietnamadminunits` (MIT; GSO codes):
63 provinces / 696 districts / 10,040 communes before, 34 provinces / 3,321 communes after.
Lookups are by accent-folded short name ("cuong chinh"), so "xã Cương chính" and
"xa Cuong Chinh" both resolve. Old units are converted to the merged ones with the
package's own converter, so the UI can group across 2025.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import vietnamadminunits

from cchc.vntext import fold
from extract.lexicon import UNIT_LEVEL

_DB = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"


@dataclass(frozen=True)
class Place:
    """One unit; `era` is "legacy" (before July 2025) or "2025"."""

    level: str  # province | district | commune
    type: str  # "xã", "huyện", "tỉnh", ...
    name: str  # short name without the type word
    code: str
    province: str
    province_code: str
    district: str | None = None
    district_code: str | None = None
    era: str = "legacy"


# The legacy table names a province as it was just before July 2025; articles of the years before call it otherwise.
# Thừa Thiên Huế became the city of Huế in January 2025, so a 2018 article names "tỉnh Thừa Thiên Huế".
_LEGACY_PROVINCE_NAMES = {"46": "Thừa Thiên Huế"}


# Portal labels the database's keywords leave out: Thừa Thiên Huế's portals before 2025 and Huế's ("hue" is too short
# for the keywords' rule), Bà Rịa - Vũng Tàu's with its hyphen.
_MORE_HOST_LABELS = {"46": ["thuathienhue", "hue"], "77": ["baria-vungtau"]}
_HOST_PREFIX = re.compile(r"^(bao|bhxh|haiquan)(?=[a-z]{5})")


# The database tells namesakes of one province apart by their type: "Cao Lãnh (Thành phố)" and "Cao Lãnh (Huyện)",
# "Cai Lậy (Thị xã)"; pages write the type before the name.
_TYPE_SUFFIX = re.compile(r"\s*\((?:Huyện|Thị xã|Thành phố|Quận|Xã|Phường|Thị trấn)\)$")


def _without_type(name: str | None) -> str | None:
    return _TYPE_SUFFIX.sub("", name) if name else name


class Gazetteer:
    def __init__(self, db_path: Path = _DB) -> None:
        self.provinces: dict[str, list[Place]] = {}
        self.districts: dict[str, list[Place]] = {}
        self.communes: dict[str, list[Place]] = {}
        self.host_keywords: dict[str, str] = {}
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
            self._load_legacy(db)
            self._load_2025(db)

    def _add(self, index: dict[str, list[Place]], place: Place) -> None:
        bucket = index.setdefault(_key(place.name), [])
        if place not in bucket:
            bucket.append(place)

    def _load_legacy(self, db: sqlite3.Connection) -> None:
        rows = db.execute(
            "SELECT provinceShort, provinceCode, province, districtShort, districtCode, districtType,"
            " wardShort, wardCode, wardType, provinceKeywords FROM admin_units_legacy"
        )
        for p_short, p_code, p_full, d_short, d_code, d_type, w_short, w_code, w_type, p_keys in rows:
            p_short = _LEGACY_PROVINCE_NAMES.get(p_code, p_short)
            d_short, w_short = _without_type(d_short), _without_type(w_short)
            p_type = "thành phố" if p_full.startswith("Thành phố") else "tỉnh"
            self._add(self.provinces, Place("province", p_type, p_short, p_code, p_short, p_code))
            self._add(
                self.districts,
                Place("district", d_type.lower(), d_short, d_code, p_short, p_code, d_short, d_code),
            )
            if w_short:
                self._add(
                    self.communes,
                    Place("commune", w_type.lower(), w_short, w_code, p_short, p_code, d_short, d_code),
                )
            keys = [key for key in re.findall(r'"([a-z]+)"', p_keys or "") if len(key) > 3]
            for key in keys + _MORE_HOST_LABELS.get(p_code, []):
                self.host_keywords.setdefault(key, p_short)

    def _load_2025(self, db: sqlite3.Connection) -> None:
        rows = db.execute(
            "SELECT provinceShort, provinceCode, province, wardShort, wardCode, wardType FROM admin_units"
        )
        for p_short, p_code, p_full, w_short, w_code, w_type in rows:
            p_type = "thành phố" if p_full.startswith("Thành phố") else "tỉnh"
            self._add(self.provinces, Place("province", p_type, p_short, p_code, p_short, p_code, era="2025"))
            self._add(
                self.communes,
                Place("commune", w_type.lower(), w_short, w_code, p_short, p_code, era="2025"),
            )

    def find(self, type_word: str | None, name: str, provinces: set[str] | None = None) -> list[Place]:
        """Candidates for a unit written as `type_word name`, narrowed to `provinces` when that helps."""
        # Numbered units keep their type word in the database's name: "Quận 8", "Phường 3".
        key = _key(f"{type_word} {name}" if type_word and name.strip().isdigit() else name)
        level = _LEVEL_OF_TYPE.get((type_word or "").lower())
        if level == "hamlet":
            return []  # hamlets (thôn, ấp) are not in the gazetteer; a commune of that name is another place
        pools = {"province": self.provinces, "district": self.districts, "commune": self.communes}
        # (a "thành phố" is a province or a district, never a commune: "thành phố Phan Minh Tâm" names no xã Phan)
        indexes = (
            [pools[level]] if level else [pools[k] for k in pools if k != "commune" or type_word is None]
        )
        found = [p for index in indexes for p in index.get(key, [])]
        if not name.isascii():  # written with its marks: "Diễn Hải" of Nghệ An is not Bạc Liêu's "Điền Hải"
            found = [p for p in found if _same_d(p.name, name)]
        if type_word and level != "province":
            typed = [p for p in found if p.type == type_word.lower()]
            typed += _risen(found, type_word.lower(), provinces or set())
            found = typed or found
        if provinces:
            narrowed = [p for p in found if p.province in provinces]
            found = narrowed or found
        return found

    def province(self, name: str) -> Place | None:
        hits = self.provinces.get(_key(name))
        return hits[0] if hits else None

    def province_of_host(self, host: str) -> str | None:
        """Province named by a portal host such as `sonoivu.longan.gov.vn` or `dichvucong.gialai.gov.vn`, read from
        the right: `hoabinh.baclieu.gov.vn` is the portal of Bạc Liêu's district Hòa Bình."""
        for label in reversed(host.lower().split(".")):
            # (a province's newspaper, its social insurance or customs office: "baonghean.vn", "bhxhnghean.gov.vn")
            label = _HOST_PREFIX.sub("", label)
            if label in self.host_keywords:
                return self.host_keywords[label]
        return None


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def _same_d(a: str, b: str) -> bool:
    """Whether two names that fold alike are one name as written: folding makes "Điền" and "Diễn" one; a "Đ" alone
    may be a spelling of the same name ("Đliê Ya", the database's "Dliê Ya")."""
    a, b = a.lower(), b.lower()
    if len(a) != len(b):
        return True  # "Hòa Tú II", the database's "Hòa Tú 2"
    return [c == "đ" for c in a] == [c == "đ" for c in b] or a.replace("đ", "d") == b.replace("đ", "d")


_DASH = re.compile(r"\s*[-–—]\s*")


def spaced_dashes(text: str) -> str:
    """Any hyphen or dash between words spaced as the database spaces it, " - ": one key for a name however its dash
    is typed ("Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "phường Lâm Viên – Đà Lạt")."""
    return _DASH.sub(" - ", text)


def _key(name: str) -> str:
    """The folded name, a closing Roman numeral written as a number: the database has "Tam Xuân I" where the
    portals write "Tam Xuân 1"; any dash spaced as the database spaces it."""
    head, _, last = spaced_dashes(fold(name)).rpartition(" ")
    return f"{head} {_ROMAN[last]}" if head and last in _ROMAN else f"{head} {last}".strip()


# Districts rise in type and keep their name (huyện Phong Điền of Thừa Thiên Huế is a thị xã from 2025, huyện Tân Uyên
# of Bình Dương a thị xã from 2013): an older page's "huyện X" may be a thị xã, a quận or a thành phố of the database.
_DISTRICT_RANK = {"huyện": 0, "thị xã": 1, "quận": 1, "thành phố": 2}


def _risen(found: list[Place], written: str, provinces: set[str]) -> list[Place]:
    """The districts of `provinces` (the page's portal's) named as written but of a higher type now: the namesake
    of the type written elsewhere ("huyện Phong Điền" of Cần Thơ) is not the portal's."""
    rank = _DISTRICT_RANK.get(written)
    if rank is None:
        return []
    return [
        p
        for p in found
        if p.level == "district" and p.province in provinces and _DISTRICT_RANK.get(p.type, -1) > rank
    ]


# A "thành phố" is either a province-level city or a district-level one: look in both.
_LEVEL_OF_TYPE: dict[str, str | None] = {**UNIT_LEVEL, "thành phố": None, "tp.": None}


@cache
def gazetteer() -> Gazetteer:
    """The shared instance (about 0.2 s to build, then only dict lookups)."""
    return Gazetteer()


REORGANISED = "2025-07-01"  # the day the 34 provinces took over from the 63


# Provinces renamed before the reorganisation: Thừa Thiên Huế is the city of Huế from January 2025 (and the
# database's "Huế" of a page of 2023, "thành phố Huế", is in Thừa Thiên Huế).
_RENAMED = {"Thừa Thiên Huế": ("2025-01-01", "Huế")}


def city_province_on(province: Place, published: str | None) -> bool:
    """Whether `province` was a city run by the centre (Hà Nội, Cần Thơ) on `published`: the 2025 table's cities
    only from the reorganisation, Thừa Thiên Huế only from its renaming."""
    if province.type != "thành phố":
        return False
    if province.era != "legacy":
        return (published or "") >= REORGANISED
    renamed = _RENAMED.get(province.name)
    return not renamed or (published or "") >= renamed[0]


# Provinces merged into another before it: Hà Tây became part of Hà Nội on 1 August 2008 ("tỉnh Hà Tây (cũ)" on a
# later page). Hà Nội of before is Hà Nội: only a rename reads both ways.
_MERGED = {"Hà Tây": ("2008-08-01", "Hà Nội")}
# Provinces the database no longer has, by folded name.
FORMER_PROVINCES = {"ha tay": "Hà Tây"}
# Districts the database no longer has, merged or split before July 2025, by folded name: Từ Liêm (split in 2013),
# Quận 2 and Quận 9 (into Thủ Đức, 2021), Hoành Bồ (into Hạ Long, 2019), Quảng Uyên, Phục Hòa and Trà Lĩnh (into
# Quảng Hòa and Trùng Khánh, 2020), Long Điền and Đất Đỏ (into Long Đất, 2025), Mỹ Lộc (into Nam Định, 2025). A page
# of their years names them with their province.
FORMER_DISTRICTS = {
    "tu liem": "Hà Nội",
    "2": "Hồ Chí Minh",
    "9": "Hồ Chí Minh",
    "hoanh bo": "Quảng Ninh",
    "quang uyen": "Cao Bằng",
    "phuc hoa": "Cao Bằng",
    "tra linh": "Cao Bằng",
    "long dien": "Bà Rịa - Vũng Tàu",
    "dat do": "Bà Rịa - Vũng Tàu",
    "my loc": "Nam Định",
}

# The districts Hà Nội took in on 1 August 2008 (Resolution 15/2008/QH12), by their province before: Hà Tây's, and
# Mê Linh of Vĩnh Phúc. The database names them Hà Nội's; a page of 2007 names their province as it was.
_JOINED_HA_NOI = "2008-08-01"
_BEFORE_HA_NOI = {
    **dict.fromkeys(
        (
            "ha dong",
            "son tay",
            "ba vi",
            "phuc tho",
            "dan phuong",
            "hoai duc",
            "quoc oai",
            "thach that",
            "chuong my",
            "thanh oai",
            "thuong tin",
            "phu xuyen",
            "ung hoa",
            "my duc",
        ),
        "Hà Tây",
    ),
    "me linh": "Vĩnh Phúc",
}


def province_then(province: str, district: str | None, day: str | None) -> str:
    """The province the district `district` of `province` (as the database has it) was part of on `day` (ISO)."""
    if province == "Hà Nội" and district and day and day < _JOINED_HA_NOI:
        return _BEFORE_HA_NOI.get(fold(district), province)
    return province


@cache
def province_on(name: str, day: str | None) -> str:
    """The province `name` was part of on `day` (ISO): a province merged in July 2025 is its successor's after,
    one merged before is its successor's from that day, one renamed before is called by its name of that day."""
    if day:
        for old, (since, new) in _RENAMED.items():
            if name in (old, new):
                name = new if day >= since else old
        if name in _MERGED and day >= _MERGED[name][0]:
            name = _MERGED[name][1]
    if not day or day < REORGANISED:
        return name
    try:
        unit = vietnamadminunits.convert_address(name)
    except Exception:  # the converter raises plain exceptions for names it does not know
        return name
    return getattr(unit, "short_province", None) or name


@cache
def to_2025(commune: str, district: str, province: str) -> tuple[str, str, str] | None:
    """The merged commune (name, code, province) that a pre-2025 commune became."""
    try:
        unit = vietnamadminunits.convert_address(f"{commune}, {district}, {province}")
    except Exception:  # the converter raises plain exceptions for units it does not know
        return None
    if not unit or not getattr(unit, "ward", None):
        return None
    return unit.ward, unit.ward_code, unit.short_province
