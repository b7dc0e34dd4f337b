"""Who inspects: the level of the inspecting body (ministry, province, district, commune) and its name."""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from cchc.record import Unit
from cchc.vntext import UPPER, fold
from extract.components.state import Found, Page
from extract.components.units import office_name_end, province_unit
from extract.gazetteer import REORGANISED, city_province_on, gazetteer
from extract.lexicon import SECTOR_BODIES, UNIT_LEVEL

_LEVEL_CUES = [
    (
        "ministry",
        re.compile(
            # (not a ministry that joins the province's team: "Đoàn kiểm tra liên ngành của tỉnh và Bộ Nội vụ")
            # (not a province's military command: "Bộ Chỉ huy Quân sự tỉnh kiểm tra", "Bộ CHQS tỉnh"; nor a set of
            # something: "bộ công cụ kiểm tra", "bộ tiêu chí", "bộ máy")
            # (not the ministry that publishes the index: "Chỉ số CCHC của tỉnh do Bộ Nội vụ công bố")
            # (nor the ministry reported to: "tổng hợp kết quả báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 15/11/2009")
            r"(?<!cua tinh va )(?<!bao cao )(?<!ubnd tinh, )(?<!gui )\bbo noi vu\b(?! (da |vua )?cong bo)|(?<!can )(?<!cua tinh va )\bbo(?<!cong bo)(?<!toan bo) (?!phan\b|chi huy\b|chqs\b|doi\b|may\b|cong cu\b|tieu chi\b|chi so\b|cau hoi\b|phieu\b)[a-z]+ [a-z -]{0,36}kiem tra|"
            r"(?<!can )(?<!cong )(?<!toan )\bbo (se |da )?kiem tra (truc tiep|tai)\b|doan kiem tra (?<!mot )(cua|thuoc) bo\b|"
            r"thu truong(?! (cac|co quan|don vi|to chuc))|vu truong"  # "Thủ trưởng các cơ quan" folds alike
            # central agencies: "Đoàn kiểm tra của Bảo hiểm xã hội (BHXH) Việt Nam", "của Tổng cục Hải quan"; the State
            # Treasury, named for no place, at work: "Kho bạc Nhà nước (KBNN) đã tổ chức 04 đợt kiểm tra"
            r"|doan (kiem tra|cong tac)[a-z0-9 ()]{0,40} (?<!mot )(cua|thuoc) (([a-z()]+ ){1,5}viet nam\b|tong cuc)"
            r"|\bkho bac nha nuoc (\(kbnn\) )?(da )?(to chuc|tien hanh|kiem tra)\b"
            # ... and the State Bank's own team, not its province branch's: "Đoàn kiểm tra của NHNN"
            r"|(doan|to) (kiem tra|cong tac)[a-z0-9 ()]{0,40} (?<!mot )(cua|thuoc) (ngan hang nha nuoc|nhnn)\b(?! chi nhanh)"
            # the Government's Office and the Prime Minister's working group
            r"|(doan|to) (kiem tra|cong tac)[a-z0-9 ]{0,40} (?<!mot )(cua|thuoc) (van phong chinh phu|thu tuong)|^to cong tac cua thu tuong"
            # ... or the Office itself: "Văn phòng Chính phủ ban hành Kế hoạch kiểm tra", "... sẽ kiểm tra tại 02 bộ"
            r"|\bvan phong chinh phu (se |da )?(ban hanh ke hoach |tien hanh |to chuc )?kiem tra\b"
            # the supreme court and procuracy: "VKSND tối cao kiểm tra công tác CCHC tại Viện kiểm sát tỉnh"
            r"|\b(vksnd|tand|vien kiem sat nhan dan|toa an nhan dan) toi cao\b"
        ),
    ),
    (
        "province",
        re.compile(
            r"doan kiem tra[a-z0-9 ]{0,40} (?<!mot )(cua|thuoc) (ubnd |uy ban nhan dan |(so|ban|chi cuc) [a-z ]{2,30})?tinh|^tinh kiem tra|ubnd tinh kiem tra|so noi vu (to chuc |tien hanh |ban hanh ke hoach )?kiem tra|"
            # the province's team, named for reform work: "Đoàn kiểm tra cải cách hành chính tỉnh làm việc với ..."
            r"doan (cong tac|kiem tra) (cua tinh|(cong tac )?(cai cach hanh chinh|cchc) (cua )?tinh\b)|giam doc so|"
            # "Sở Nội vụ đã tham mưu UBND tỉnh tổ chức 02 đợt kiểm tra", "do lãnh đạo Sở Nội vụ làm Trưởng đoàn"
            r"tham muu (cho )?ubnd tinh (to chuc|thanh lap)|lanh dao so [a-z ]{0,30}lam truong doan"
            # the province's office that issues the round's plan: "Văn phòng UBND tỉnh ban hành kế hoạch kiểm tra"
            r"|van phong (ubnd|uy ban nhan dan) tinh (da |vua |se )?ban hanh ke hoach[^.;\n]{0,60}\bkiem tra"
            # ... or a department that forms the team: "Sở Nội vụ đã ban hành Quyết định số 402/QĐ-SNV ngày 30/7/2020
            # thành lập Đoàn kiểm tra liên ngành"
            r"|\bso [a-z ]{2,30}(da |vua )?(ban hanh|ky) quyet dinh[^.;\n]{0,60}\bthanh lap (doan|to) kiem tra"
        ),
    ),
    (
        "district",
        # (not districts listed among those inspected: "Kết quả kiểm tra ... tại các sở, ngành và UBND huyện, thành phố")
        re.compile(
            r"doan kiem tra[a-z0-9 ]{0,40} (?<!mot )(cua|thuoc) (ubnd |uy ban nhan dan )?(huyen|thi xa|thanh pho|quan)\b|phong noi vu|ubnd (huyen|thi xa|quan) (ban hanh|kiem tra)|chanh van phong hdnd|van phong hdnd|(?<!tai )(?<!\d )(?<!cac )(?<!nganh va )(?<!lam viec voi )ubnd huyen|^huyen [a-z ]+ kiem tra"
        ),
    ),
    (
        "commune",
        re.compile(
            r"(doan|to) kiem tra[a-z0-9 ]{0,40} (?<!mot )(cua|thuoc) (ubnd |uy ban nhan dan )?(xa|phuong|thi tran)|chu tich ubnd (xa|phuong)(?: (?!sau\b)[a-z]+){0,4} (kiem tra|lam (to|truong)\b)|ubnd xa (ban hanh|kiem tra|to chuc)|kiem tra tai cac (ap|thon)"
        ),
    ),
]
_LEVEL_OF_POST = [
    (
        "ministry",
        re.compile(
            # (a province's own Cục is the province's: "Phó Cục trưởng Cục Thuế tỉnh Quảng Ngãi")
            r"(?<!can )\bbo\b(?! (chi huy|chqs|doi)\b)|thu truong(?! (cac|co quan|don vi))|vu truong|(?<!chi )cuc(?![a-z ]{0,40}\btinh\b)|tong giam doc|"
            r"chinh phu|\bviet nam\b|\btoi cao\b"  # a central agency: "Phó Chánh Văn phòng BHXH Việt Nam", "VKSND tối cao"
            r"|\bngan hang nha nuoc\b(?! (viet nam )?chi nhanh)"  # "Phó Chánh Văn phòng Ngân hàng Nhà nước"
        ),
    ),
    # (a provincial police department by its code or name: "Phó Trưởng phòng PC06", "Trưởng phòng PV01", "Trưởng phòng
    # Cảnh sát quản lý hành chính về trật tự xã hội"; the Sở Nội vụ's own reform department, which a district's
    # home-affairs office has not: "Trưởng phòng Cải cách hành chính")
    # (a Sở's Chi cục is the province's, not a district's branch: "Chi cục trưởng Chi cục Thuế huyện A")
    (
        "province",
        re.compile(
            r"\bso\b|\btinh\b|\bp[a-z]\d{2}\b|\bphong (cai cach hanh chinh|canh sat)\b"
            r"|\bchi cuc\b(?![a-z -]{0,40}\b(huyen|thi xa|quan|thanh pho)\b)"
        ),
    ),
    # (not "Cục Hải quan", nor the "phòng" of "Văn phòng")
    ("district", re.compile(r"\b(?:huyen|thi xa|thanh pho|(?<!van )phong)\b|(?<!hai )\bquan\b")),
    ("commune", re.compile(r"\bxa\b|phuong|thi tran|dac khu")),
]
_LEVEL_ABOVE = {"commune": "district", "district": "province", "province": "ministry", "hamlet": "commune"}


# "Bộ" folds as the "Bố" of huyện Bố Trạch and the "Bồ" of Hoành Bồ do: a ministry is written "bộ", or with no marks.
_BO = re.compile(r"\bbo\b")


def _cue(
    level: str,
    pattern: re.Pattern[str],
    written: str,
    folded: str | None = None,
    cited: list[tuple[int, int]] | None = None,
) -> re.Match[str] | None:
    """The first match of a level's `pattern` in the folded text whose "bộ" of a ministry is one as written, outside
    the `cited` documents (their issuer is no team: "Quyết định số 1294/QĐ-BNV ngày 03/12/2012 của Bộ Nội vụ")."""
    folded = fold(written) if folded is None else folded
    for match in pattern.finditer(folded):
        if any(start <= match.start() < end for start, end in cited or ()):
            continue
        if level != "ministry" or all(
            written[bo.start() + 1] in "ộỘoO" for bo in _BO.finditer(folded, *match.span())
        ):
            return match
    return None


def _level(page: Page, title: str, body: str | None) -> str | None:
    written = (title or "") + "\n" + page.text[:3000]
    text = fold(written)
    city = _province_city(page) and not _a_district_city(body)
    for level, pattern in _LEVEL_CUES:
        if match := _cue(level, pattern, title or ""):
            return _city_itself(level, city, written, match.end())
    for found in page.leaders:
        post = found.value.title or ""
        if (body := _PROVINCIAL_BODY.search(post)) and gazetteer().province(body.group("place")):
            return "province"  # "Phó Giám đốc KBNN Sơn La": a sector body named for its province
        for level, pattern in _LEVEL_OF_POST:
            if _cue(level, pattern, post):
                if level == "ministry" and _BRANCHES_OF_CUC.search(fold(post)) and _inspects_branches(page):
                    return "province"  # a Cục that inspects its own Chi cục is a province's sector office
                if level == "district" and _a_province_city(post, page.meta.published):
                    return "province"  # "Phó Chủ tịch UBND thành phố Cần Thơ": the city is a province
                if (
                    level == "district"
                    and not _DISTRICT_NAMED.search(fold(post))
                    and _units_level(page, bodies=True) == "district"
                ):
                    return "province"  # a provincial body's "phòng" over districts: "Trưởng phòng Tham mưu" (police)
                return _city_itself(level, city, post, len(post.rstrip()))
    offset = len(title or "") + 1
    cited = [(f.start + offset, f.end + offset) for f in page.legal_refs]
    for level, pattern in _LEVEL_CUES:
        if match := _cue(level, pattern, written, text, cited):
            return _city_itself(level, city, written, match.end())
    level = _units_level(page)
    if level is None:
        return None
    if level == "commune" and (page.meta.published or "") >= REORGANISED:
        return "province"  # the two-tier government: no district stands between communes and their province
    return _LEVEL_ABOVE.get(level)


def _units_level(page: Page, *, bodies: bool = False) -> str | None:
    """The level most of the inspected units are of (`bodies`: a body's too, a district's when named for one:
    "Công an huyện Lục Ngạn", "Chi cục Thuế thành phố Phan Thiết")."""
    levels = [_level_of(u.value, bodies) for u in page.units if "inspected" in u.tags]
    levels = [lv for lv in levels if lv]
    return Counter(levels).most_common(1)[0][0] if levels else None


def _level_of(unit: Unit, bodies: bool) -> str | None:
    if unit.type != "body":
        return UNIT_LEVEL.get(unit.type or "")
    return "district" if bodies and _DISTRICT_NAMED.search(fold(unit.name)) else None


_DISTRICT_NAMED = re.compile(r"\b(huyen|thi xa|thanh pho|quan)\b")
_PROVINCIAL_BODY = re.compile(
    r"(?:"
    + "|".join(re.escape(b) for b in sorted(SECTOR_BODIES, key=len, reverse=True))
    + r") (?:tỉnh |thành phố )?(?P<place>"
    + UPPER
    + r"[\w' ]+)$"
)
_BRANCHES_OF_CUC = re.compile(r"(?<!tong )\bcuc\b")


def _inspects_branches(page: Page) -> bool:
    """Whether the units inspected include a Chi cục or a Đội ("Đội Quản lý thị trường số 3"), and no Cục: the team's
    Cục is then its province's (one that inspects a province's Cục and its Chi cục is central)."""
    names = [fold(u.value.name) for u in page.units if "inspected" in u.tags]
    return any(n.startswith(("chi cuc", "doi ")) for n in names) and not any(
        n.startswith("cuc ") for n in names
    )


def _province_city(page: Page) -> bool:
    """Whether the article's province is a city (Hà Nội, Hải Phòng, Đà Nẵng, Huế, Cần Thơ, Hồ Chí Minh)."""
    province = page.facts.get("province")
    place = gazetteer().province(province) if province else None
    return place is not None and city_province_on(place, page.meta.published)


_CITY_NAMED = re.compile(r"thành phố ((?:" + UPPER + r"\w*\s?){1,3})")


def _a_province_city(post: str, published: str | None) -> bool:
    """Whether the post names a city that is a province (Hà Nội, Cần Thơ; Huế only from July 2025, a district's
    city before)."""
    for match in _CITY_NAMED.finditer(post):
        place = gazetteer().province(match.group(1).strip())
        if place and city_province_on(place, published):
            return True
    return False


def _a_district_city(body: str | None) -> bool:
    """Whether the team's own body is a city inside a province ("Đoàn kiểm tra ... của UBND thành phố Thủ Đức"): the
    bare "thành phố" of its members' posts is that city, not the province-city around it."""
    match = _CITY_NAMED.search(body or "")
    return match is not None and any(
        place.level == "district" for place in gazetteer().find("thành phố", match.group(1).strip())
    )


def _city_itself(level: str, city: bool, text: str, end: int) -> str:
    """In a province that is a city, "UBND thành phố" with no name after it is the province's own government."""
    if (
        level == "district"
        and city
        and fold(text[:end]).endswith("thanh pho")
        and not _names_a_city(text, end)
    ):
        return "province"
    return level


def _names_a_city(text: str, end: int) -> bool:
    """Whether a city's name follows `end` on its line: a capitalised word, or in a headline in capitals ("CỦA THÀNH
    PHỐ KIỂM TRA ...") words the gazetteer knows as a district-level city."""
    words = text[end:].partition("\n")[0].split()[:3]
    if not words or not words[0][0].isupper():
        return False
    if not words[0].isupper() or len(words[0]) == 1:
        return True
    return any(gazetteer().find("thành phố", " ".join(words[:n]).title()) for n in range(1, len(words) + 1))


_BODY_OF_TEAM = re.compile(
    r"(?:Đoàn|đoàn|Tổ|tổ) (?:kiểm tra|công tác)[^.;:\n]{0,70}? (?:của|thuộc) (?P<body>(?:UBND |Ủy ban nhân dân |Uỷ ban nhân dân )?"
    r"(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn|Bộ|Sở|[Pp]hòng)(?: "
    + UPPER
    + r"\w*| và| vụ| pháp| tư)*)"
)
_BODY_ORGANISES = re.compile(
    r"(?P<body>(?:Bộ|Sở|[Pp]hòng) Nội vụ|UBND (?:tỉnh|huyện|thị xã|thành phố|xã)(?: " + UPPER + r"\w*)*)"
    r" (?:đã )?(?:tổ chức|tiến hành|thành lập đoàn|kiểm tra)"
)
_POST_ORGANISATION = re.compile(
    r"(?P<body>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND – UBND|Sở|Bộ|[Pp]hòng|Văn phòng) .+)$"
)


_OFFICE_WORD = re.compile(r"(?:Bộ|Sở|[Pp]hòng) ")


def _with_office_name(text: str, start: int, body: str) -> str:
    """The office's whole name where its words are not all capitalised: "Bộ Tài nguyên và Môi trường", "Sở Y tế",
    not "Bộ Tài" and "Sở Y"."""
    word = _OFFICE_WORD.match(text, start)
    end = office_name_end(text, word.end()) if word else None
    return text[start:end] if end and end > start + len(body) else body


def _inspecting_body(page: Page) -> str | None:
    """Who inspects: the team's own "của ..." phrase, a body that organises the inspection, or the leader's office."""
    text = page.text[:4000]
    for pattern in (_BODY_OF_TEAM, _BODY_ORGANISES):
        match = pattern.search(text)
        if match and match.group("body").strip() not in (
            "Bộ",
            "Sở",
            "phòng",
            "Phòng",
        ):  # a bare office word names nothing
            return _with_office_name(text, match.start("body"), match.group("body").strip())
    for found in page.leaders:
        match = _POST_ORGANISATION.search(found.value.title or "")
        if match:
            return match.group("body").strip()
    return None


def _named_body(body: str, province: str | None, units: list[Found]) -> str:
    """ "huyện" or "UBND tỉnh" alone, named after what the article resolved: its province, or the one
    district all its inspected communes belong to."""
    words = body.split()
    if words[-1] == "tỉnh" and province:
        return f"{body} {province}"
    districts = {
        f.value.district for f in units if f.value.district and f.value.type in ("xã", "phường", "thị trấn")
    }
    if words[-1] in ("huyện", "thị xã", "quận") and len(districts) == 1:
        return f"{body} {districts.pop()}"
    return body


_BELOW_MINISTRY = ("province", "district", "commune")
# A central team's session with the province's government, named bare: "Chiều 12/9, đoàn làm việc với UBND tỉnh", "tại
# buổi làm việc với UBND tỉnh", "Phó Chủ tịch UBND tỉnh Lê Hữu Phước chủ trì buổi làm việc với Đoàn kiểm tra".
_WITH_PROVINCE = re.compile(
    r"\b(?:(?:doan|to)(?: cong tac| kiem tra)?(?: da)?|buoi) lam viec voi (?:lanh dao )?(?:ubnd|uy ban nhan dan) "
    r"(?P<type>tinh|thanh pho)\b"
)
_WITH_TEAM = re.compile(
    r"\bchu tich(?: thuong truc)? (?:ubnd|uy ban nhan dan) (?P<type>tinh|thanh pho)\b[^.;]{0,60}?"
    r"\b(?:tiep va lam viec|lam viec|chu tri buoi lam viec) voi doan\b"
)
_NAME_AFTER = re.compile(" " + UPPER)


def _province_worked_with(page: Page, province: str | None) -> Found | None:
    """The province a central team worked with in session, when the text names its government bare."""
    place = gazetteer().province(province) if province else None
    match = next(
        (
            m
            for pattern in (_WITH_PROVINCE, _WITH_TEAM)
            for m in pattern.finditer(page.folded)
            if not _NAME_AFTER.match(page.text, m.end("type"))  # (not "UBND tỉnh Bạc Liêu", named)
        ),
        None,
    )
    if place is None or match is None:
        return None
    type_word = page.text[match.start("type") : match.end("type")].lower()
    if (type_word == "thành phố") != city_province_on(place, page.meta.published):
        return None  # ("UBND thành phố" in a province is a city's)
    return province_unit(page, match.start("type"), match.end("type"), type_word, province)


def _is_province(unit: Unit) -> bool:
    return unit.code is not None and unit.code == unit.province_code


@Language.component("cchc_inspector")
def find_inspector(doc: Doc) -> Doc:
    page = doc._.page
    facts = page.facts
    relevant = facts.get("is_inspection_article", True)
    body = _inspecting_body(page) if relevant else None
    level = _level(page, page.meta.title or "", body) if relevant else None
    if level == "district" and (page.meta.published or "") >= REORGANISED:
        # (no district since July 2025: a đặc khu, or a ward's "phòng", is at a commune's level)
        level = "commune"
    facts["inspecting_level"] = level
    if facts["inspecting_level"] in _BELOW_MINISTRY:
        # (a province's or a district's team inspects no province: "Đoàn công tác của tỉnh làm việc tại Thành phố Hồ
        # Chí Minh" is another trip, "thành phố Hà Nội" the city a district's wards are of)
        facts["units"] = [f for f in facts.get("units", []) if not _is_province(f.value)]
    elif (
        facts["inspecting_level"] == "ministry"
        and not any(_is_province(f.value) for f in facts.get("units", []))
        and (worked_with := _province_worked_with(page, facts.get("province")))
    ):
        facts["units"] = [*facts.get("units", []), worked_with]
    facts["inspecting_body"] = (
        _named_body(body, facts.get("province"), facts.get("units", [])) if body else None
    )
    return doc
