"""Administrative units and offices named in the body, resolved through the gazetteer.

Finds "xã Tân Tập", shared type words ("các xã Tân Tập, Phước Vĩnh Đông" → two communes,
"các xã, thị trấn như: Hồng Khê, Tân Hồng"), offices ("phòng Tài nguyên và Môi trường",
"Sở Tư pháp", "các phòng: Tư pháp, Nội vụ") and bodies ("Trung tâm Hành chính công huyện X").
Every mention is kept with tags; `classify` decides which ones were inspected.
"""

from __future__ import annotations

import re
import string

from spacy.language import Language
from spacy.tokens import Doc

from cchc.record import Unit
from cchc.vntext import UPPER, fold, new_tones
from extract.components.state import Found, Page, evidence
from extract.gazetteer import REORGANISED, Place, gazetteer, to_2025
from extract.lexicon import (
    BODY_PREFIXES,
    BRANCHED_DEPARTMENTS,
    CAPITALISED_BODY_PREFIXES,
    LEVELS,
    NAME_STOP_WORDS,
    NAMED_BODY_PREFIXES,
    OFFICE_NAMES_FOLDED,
    OWN_NAME_PREFIXES,
    SECTOR_BODIES,
    SURNAMES,
    UNIT_LEVEL,
    UNIT_TYPES,
    WEEKDAY_NAMES,
)
from extract.scan import NOT_NAME, full_name, initials, words_from


def _territorial_pattern(types: list[str], connectives: str, descriptors: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t) for t in types)
    return re.compile(
        r"(?<!\w)(?P<plural>(?:các|cac)\s+)?(?P<type>"
        + alternatives
        + r")(?P<more>(?:\s*,\s*(?:"
        + alternatives
        + r"))*)"
        + r"(?:[ \t]+(?:"
        + "|".join(descriptors)
        + r"))?"  # "3 xã vùng cao Tà Xùa, Xím Vàng"
        + r"(?:(?P<bracket>[ \t]+\()(?="
        + UPPER
        + r")|[ \t]*(?:,?[ \t]*(?-i:"
        + connectives
        + r"))?[ \t]*:?[ \t]+|(?<=\())",  # "như" only in lower case: "huyện Như Thanh"; a rating's "(" (below); a count's "(" (_territorial)
        re.IGNORECASE,
    )


_TYPE_RE = "|".join(re.escape(t) for t in UNIT_TYPES)
# The units a list names said to be the ones inspected, in this round or year: "các xã được kiểm tra đợt này gồm: ...",
# "Các tỉnh còn lại được kiểm tra gồm: ..." (not those still to come: "Năm xã còn lại sẽ được kiểm tra").
_CHECKED = r"(?:còn lại )?được (?:chọn )?kiểm tra(?: thực tế| trực tiếp)?(?: (?:đợt|lần) (?:này|\d+|[IVX]+)| năm \d{4})?"
# What kind of commune or district a list is of, between the type word and the names.
# ... or that the list is of the units inspected: "các huyện được kiểm tra là Cao Lộc, Văn Lãng".
_DESCRIPTORS = [
    # (in lower case: "Xã Biên Giới" is a name)
    "(?-i:vùng cao|vùng sâu|vùng xa|biên giới|miền núi|ven biển|đặc biệt khó khăn)",
    _CHECKED,
    # ... or the rating of the units named in brackets: "hai xã tốt (Quảng Khê, Đắk Ha), ba xã khá (Quảng Sơn, ...)"
    r"(?:xếp loại |đạt loại |loại )?(?:xuất sắc|tốt|khá|trung bình|yếu)[ \t]*\((?=" + UPPER + ")",
    # ... or before the names their list opens: "10 phường xếp loại khá gồm: Bạch Mai, ...", "4 phường được xếp
    # loại trung bình là Bạch Đằng, ..."
    r"(?:được )?(?:xếp|đạt) loại (?:xuất sắc|tốt|khá|trung bình|yếu)(?=[ \t]*(?:gồm|là|:))",
]
# ... or the area they lie in, before the colon that opens their names: "8 phường khu vực trung tâm: Hạ Long, ...".
_AREA = r"(?:khu vực|vùng|địa bàn)(?:[ \t]+[^\W\d_]+){1,3}(?=:)"
_TERRITORIAL = _territorial_pattern(list(UNIT_TYPES), "như|gồm|là", [*_DESCRIPTORS, _AREA])
# Pages written without diacritics ("xa Tham Don"): the type words in ASCII, mapped back to the real ones.
# ("làng" and "bon" are left out: unaccented "lang" is also "Lạng Sơn".)
_PLAIN_TYPES = {fold(t): t for t in UNIT_TYPES if t not in ("làng", "bon")}
_PLAIN_TYPE_RE = "|".join(re.escape(t) for t in _PLAIN_TYPES)
_TYPE_AT = re.compile(r"(?:" + _TYPE_RE + r")(?=\s)", re.IGNORECASE)
_PLAIN_TYPE_AT = re.compile(r"(?:" + _PLAIN_TYPE_RE + r")(?=\s)", re.IGNORECASE)
_TERRITORIAL_PLAIN = _territorial_pattern(list(_PLAIN_TYPES), "nhu|gom|la", [fold(d) for d in _DESCRIPTORS])
# Ministries share the departments' names ("Bộ Xây dựng", "Sở Xây dựng"); "Bộ" only capitalised ("cán bộ Tư pháp").
# A hasty page's "P." before an office's name is "phòng" ("P. Tư pháp", "P.TN&MT"), not the ward it is before a place.
# After "các" or a count the type word is shared by the list: "các sở: Tư pháp, Y tế", "tại 4 sở: Công Thương, Xây
# dựng, ...", "Cả ba sở Tư pháp, Y tế và Xây dựng", "Các sở được kiểm tra gồm: Tư pháp, Y tế".
_OFFICE = re.compile(
    r"(?<!\w)(?P<plural>(?:các|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?(?P<type>phòng|(?<!cơ )(?<!trụ )sở|(?-i:Bộ))"
    r"(?(plural)(?: " + _CHECKED + r"(?: gồm| là)?)?)(?:\s*:\s*|\s+)|"
    r"(?<!\w)(?-i:P)\.\s?",
    re.IGNORECASE,
)
_OFFICE_TYPES = {"sở": "Sở", "bộ": "Bộ"}
_BODY = re.compile(  # not the "Cục" of "Tổng Cục Hải quan"
    initials(BODY_PREFIXES)
    + "(?<!ổng )(?:"
    + "|".join(re.escape(b) for b in sorted(BODY_PREFIXES, key=len, reverse=True))
    + ")",
    re.IGNORECASE,
)
# A body's level after its prefix ("Văn phòng UBND huyện"), with the place that follows it; the level word is
# not the first of "xã hội". Named bodies have up to six words of their own name before it.
_BODY_LEVEL = r"(?:\s+\([^()]{1,12}\))?\s+(" + _TYPE_RE + r")(?!\w|\s+hội)(?:\s+(?=" + UPPER + r"))?"
_BODY_NAME = r"(?:\s+[^\s,.;:()]+){1,6}?"
# Village words that also begin the names of towns, communes and wards ("Buôn Ma Thuột", "Plei Kần", "xã Bản Luốc"): types
# in lower case.
_NAME_STARTERS = {"buôn", "plei", "buon", "làng", "bon", "bản", "xóm"}  # ("phường Xóm Chiếu")


def _starts_a_name(word: str) -> bool:
    return word.istitle() and word.lower() in _NAME_STARTERS


_ENUMERATED = re.compile(r"(?:gồm|như|là|gom|nhu|la)?\s*:|\s(?:gồm|gom)\s")
# (the units counted by their people's committees: "5 UBND huyện, thành phố (Hải Hậu, Giao Thủy, ...)")
_COUNT_BEFORE = re.compile(r"(\d+)\s+((UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?$")
_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")
_COUNT_OF_TYPE_BEFORE = re.compile(
    r"(?:\d+|các)\s+(?P<type>" + _TYPE_RE + r")\s[^,;.:\d()]{0,30}$", re.IGNORECASE
)


def _counted_type(counted: str, listed: str) -> str:
    """Of a count's type word and the one before a list's "gồm", the list's: the lower level's."""
    levels = [UNIT_LEVEL.get(t.lower()) for t in (counted, listed)]
    if None in levels or LEVELS.index(levels[0]) >= LEVELS.index(levels[1]):
        return listed
    return counted


_LIST_SEP = re.compile(r"[^\S\n]*(?:,|;|và|với|va|voi)[^\S\n]*(?:(?:các|của|cac|cua)\s+)?")


# Words an ALL-CAPS headline goes on with after a type word, which the gazetteer may know as short place names.
_HEADLINE_VERBS = frozenset({"làm", "kiểm", "tại", "về", "đến", "với", "và", "có", "đã", "sẽ", "tổ", "đoàn"})
# Two names joined by a dash, as some wards of July 2025 are named ("phường Xuân Hương – Đà Lạt").
_COMPOUND = re.compile(r"((?:\w+ ){0,2}\w+) ?[-–—] ?(\w+(?: \w+){0,2})")
_DASH = re.compile(r" ?[–—-] ?")


def _compound_name(text: str, pos: int, type_word: str) -> tuple[int, int] | None:
    """A place whose name holds a dash, when the gazetteer knows it (its names write the dash as " - ")."""
    match = _COMPOUND.match(text, pos)
    if match is None:
        return None
    rest = match.group(2).split(" ")
    for n in range(len(rest), 0, -1):
        if gazetteer().find(type_word, f"{match.group(1)} - {' '.join(rest[:n])}"):
            return pos, match.start(2) + len(" ".join(rest[:n]))
    return None


def _place_name(text: str, pos: int, type_word: str) -> tuple[int, int] | None:
    """A place name at `pos`; the gazetteer decides where it ends when it knows the place.

    The longest run of up to four words it knows wins, whatever their case: ALL-CAPS headlines
    ("XÃ TÂN LÝ TÂY"), names that begin with an organisation word ("Chi Lăng Bắc", "Đoàn Kết"),
    and capitals a legacy encoding lost ("Yên mô"). Otherwise (hamlets, offices, places the
    gazetteer lacks) the capitalised run, stopped at organisation words.
    """
    if UNIT_LEVEL.get(type_word.lower()) == "hamlet" and (number := _NUMBER_WORD.match(text, pos)):
        return pos, number.end()  # "tổ dân phố số 3", as written
    words = words_from(text, pos, 4)
    if not words or not (words[0].group(0)[0].isupper() or words[0].group(0).isdigit()):
        return None
    if text.startswith(("Trung bình", "Họ và tên"), pos) or _WEEKDAY_OF_A_DATE.match(text, pos):
        # the rating "1 xã Trung bình", whatever the gazetteer's "xã Trung Bình" says; a table's "TT | Họ và tên"; a
        # schedule's next day after a list, "xã Lộc Ninh; Thứ Ba (23/8): ...", whatever "thị trấn Thứ Ba" says
        return None
    if type_word.isupper() and words[0].group(0).lower() in _HEADLINE_VERBS:
        return None  # "THÀNH PHỐ LÀM VIỆC TẠI PHƯỜNG 9": the headline goes on, no place "Làm"
    if compound := _compound_name(text, pos, type_word):
        return compound
    # Wards, districts and hamlets may be numbered: "Phường 3", "Quận 8", "khu phố 2", "thôn Lệ Sơn 1".
    numbered = type_word.lower() in ("phường", "quận") or UNIT_LEVEL.get(type_word.lower()) == "hamlet"
    run = _capitalised_run(words, numbered)
    for n in range(len(words), 0, -1):
        candidate = text[words[0].start() : words[n - 1].end()]
        if not numbered and candidate.isdigit():
            continue
        places = gazetteer().find(type_word, candidate)
        # A shorter namesake of another type ("xã Thanh" for "thị trấn Thanh Nê", which the gazetteer lacks), or one
        # only spelt alike without its marks ("Trang" for "xã Tràng Các"), does not cut the written name.
        if places and n < len(run) and run[n].group(0) in _PART_OF_NAME:
            return run[0].start(), run[-1].end()  # "xã Ngư Thủy Nam", merged away, is not "xã Ngư Thủy"
        written = new_tones(candidate).lower()  # the gazetteer spells the tones the new way
        exact = any(p.name.lower() == written for p in places)
        # a word that opens no name ("Chủ tịch UBND xã") is a place only as the gazetteer spells it
        if places and (n >= len(run) and (run or exact) or _of_type(places, type_word) and exact):
            # (a namesake told apart by a letter or a Roman number goes on past the name: "phường Hải Châu I",
            # "xã Vĩnh Thạnh A")
            suffix = _SUFFIX_AFTER.match(text, words[n - 1].end())
            return words[0].start(), suffix.end() if suffix else words[n - 1].end()
    if type_word.isupper() or run and run[0].group(0).isupper() and len(run[0].group(0)) > 1:
        # an unknown run in an ALL-CAPS headline is as likely the rest of the headline; one that opens on initials is
        # another unit ("huyện Kiến Xương và CN VPĐKĐĐ huyện Vũ Thư")
        return None
    return (run[0].start(), run[-1].end()) if run else None


_WEEKDAY_OF_A_DATE = re.compile(
    r"Thứ (?:" + WEEKDAY_NAMES + r")[ \t]*[(,-]?[ \t]*(?:ngày[ \t]+)?\d{1,2}(?:[ \t]*[/.-]|[ \t]+tháng)",
    re.IGNORECASE,
)
_NUMBER_WORD = re.compile(r"số \d+\b(?![,.]\d)")
# Words that end a commune's name to tell it from its namesake ("Ngư Thủy Nam", "Tân Hiệp Đông", "Hòa Thượng").
_PART_OF_NAME = frozenset({"Bắc", "Nam", "Đông", "Tây", "Trung", "Thượng", "Hạ"})


def _capitalised_run(words: list[re.Match[str]], numbered: bool) -> list[re.Match[str]]:
    """The leading capitalised words, stopped at organisation words, an ALL-CAPS word or a number. "Các" goes on a
    name it follows in the same run of words ("xã Tràng Các"); it opens a sentence ("Các xã ...") only first."""
    run = []
    for i, w in enumerate(words):
        token = w.group(0)
        following = words[i + 1].group(0) if i + 1 < len(words) else ""
        # (and "Nội" ends a name it follows: "xã An Nội", but not "Nội vụ", "Nội dung"; so does "Đồng": "phường Sài
        # Đồng", but not "Đồng chí")
        # (and any such word ends a name it follows where the words end, "xã Triệu Đề,": what it opens would go on)
        in_name = bool(run) and (
            i + 1 == len(words)
            and w.string[w.end() : w.end() + 1] != " "
            or token == "Các"
            and w.start() == run[-1].end() + 1
            or token == "Nội"
            and following.lower() not in ("vụ", "dung")
            or token == "Đồng"
            and following.lower() != "chí"
        )
        # (numbers up to three digits: "phiên bản 2015" is a version's year, no hamlet)
        numbered_here = numbered and token.isdigit() and len(token) < 4
        if not (token[0].isupper() or numbered_here) or token in NOT_NAME and not in_name:
            break
        if token == "Đơn" and following.lower() == "vị":
            break  # a table's column read into its row: "- Xã: Đơn vị Xã Đức Chánh; 1.126 hồ sơ"
        if run and token.isupper() and len(token) > 1:
            break
        run.append(w)
        if token.isdigit():
            break
    return run


def _of_type(places: list[Place], type_word: str) -> bool:
    return UNIT_LEVEL.get(type_word.lower()) != "commune" or any(p.type == type_word.lower() for p in places)


def office_name_end(text: str, pos: int) -> int | None:
    """End offset of a known office name ("Tài nguyên và Môi trường") at `pos`."""
    window = fold(text[pos : pos + 60])
    for folded, _name in OFFICE_NAMES_FOLDED:
        if window.startswith(folded) and (len(window) == len(folded) or not window[len(folded)].isalnum()):
            return pos + len(folded)
    return None


def _as_written(office: str) -> str:
    """An office's name as the lexicon writes it when the page shouts it ("VĂN HÓA, THỂ THAO VÀ DU LỊCH")."""
    if not office.isupper():
        return office
    folded = fold(office)
    return next((name for key, name in OFFICE_NAMES_FOLDED if key == folded), office)


def _resolve(type_word: str, name: str, provinces: set[str], published: str | None = None) -> Place | None:
    """The place a unit names; of namesakes of both eras, those of the era the page was written in ("phường Ba
    Đình" of a 2026 page is Hà Nội's new ward, not Thanh Hóa's old one)."""
    candidates = gazetteer().find(type_word, _DASH.sub(" - ", name), provinces)
    era = "2025" if published and published >= REORGANISED else "legacy"
    of_era = [p for p in candidates if p.era == era] or candidates
    written = new_tones(name).lower()
    exact = [p for p in of_era if p.name.lower() == written] or of_era
    return exact[0] if len({p.province for p in exact}) == 1 else None


_ABBREVIATED_TYPES = {
    "tp.": "thành phố",
    "tp": "thành phố",
    "tt.": "thị trấn",
    "tt": "thị trấn",
    "tx.": "thị xã",
    "tx": "thị xã",
    "h.": "huyện",
    "x.": "xã",
    "p.": "phường",
}
# also other things' shorthand ("TT Y tế", an initial "H.", "P. Nội vụ"): a place only if the gazetteer knows it
_CHECKED_ABBREVIATIONS = {"tt.", "tt", "tx.", "tx", "h.", "x.", "p."}


def _unit(
    page: Page, start: int, end: int, type_word: str, name: str, provinces: set[str], tags: set[str]
) -> Found:
    written = _ABBREVIATED_TYPES.get(type_word.lower(), type_word.lower())
    type_word = _PLAIN_TYPES.get(written, written)  # "xa" on a page without diacritics is "xã"
    if name.isupper() and not _ROMAN.fullmatch(name):
        name = name.title()  # (not a ward numbered the Roman way: "Phường IV")
    unit = Unit(name=f"{written} {name}", type=type_word, evidence=evidence(page, start, end))
    published = page.meta.published
    place = (
        _resolve(type_word, name, provinces, published) if type_word not in ("phòng", "sở", "body") else None
    )
    if place:
        unit.code, unit.province, unit.province_code = place.code, place.province, place.province_code
        unit.district, unit.district_code = place.district, place.district_code
        if place.level == "commune" and place.era == "legacy" and place.district:
            merged = to_2025(place.name, place.district, place.province)
            if merged:
                unit.new_name, unit.new_code, unit.new_province = merged
        tags = tags | {"resolved"}
        if fold(name) != name.lower() and new_tones(name).casefold() != new_tones(place.name).casefold():
            tags = tags | {"respelt"}  # placed by its letters alone: "Từ" as xã Tư, "Hoãn kiểm" as Hoàn Kiếm
    return Found(start, end, unit, tags)


def province_unit(page: Page, start: int, end: int, type_word: str, province: str) -> Found:
    """The province a bare "UBND tỉnh" at `start` names, after the place the article resolved."""
    return _unit(page, start, end, type_word, province, {province}, set())


_ROMAN = re.compile(r"[IVX]+")
# the letter or Roman number that tells a commune or ward from its namesake ("Vĩnh Thạnh A", "Hải Châu II")
_SUFFIX_RE = r"(?:[A-D]|I{1,3}|IV|VI{0,3}|IX|X)(?!\w|\.\S)"  # (not a shorthand's initial: "Q.1")
_SUFFIX_AFTER = re.compile(" " + _SUFFIX_RE)
_LONE_SUFFIX = re.compile(_SUFFIX_RE)
_SUFFIXED = re.compile(r"(.+ )" + _SUFFIX_RE)
_ASCII_LETTERS = string.ascii_letters.encode()


def _unaccented(text: str) -> bool:
    """The page was written without diacritics: almost no character outside ASCII (counted in C, not per char)."""
    ascii_only = text.encode("ascii", "ignore")
    letters = len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTERS))
    non_ascii = len(text) - len(ascii_only)
    return letters > 0 and non_ascii < letters * 0.005


# (or the number goes on as a figure: "thấp nhất là phường Mông Dương với 79,15%")
_WORD_AFTER = re.compile(r"\s+(?!(?:và|va)\b)\w|[,.]\d|\s*%")


def _part_of_figure(text: str, span: tuple[int, int]) -> bool:
    """A number that goes on past a decimal mark or a thousands dot is a figure, not a numbered ward: "Điểm bình quân
    của 10 phường là 83,63 điểm" (but "các thôn 5,11 và 18" lists three hamlets)."""
    return text[span[0] : span[1]].isdigit() and _FIGURE_GOES_ON.match(text, span[1]) is not None


_FIGURE_GOES_ON = re.compile(r"[,.]\d+(?!\d)(?![^\S\n]*(?:[,;]|và\b))")


def _count_not_name(text: str, span: tuple[int, int]) -> bool:
    """A bare number after a list's comma that a word follows is a count, not a numbered ward: "tại phường Thủy
    Dương, 8 tháng đầu năm" (a list of numbered wards goes on with a comma, "và" or the sentence's end)."""
    return text[span[0] : span[1]].isdigit() and _WORD_AFTER.match(text, span[1]) is not None


def _territorial(page: Page, provinces: set[str]) -> list[Found]:
    text = page.text
    plain = _unaccented(text)
    pattern, type_re, type_at = (
        (_TERRITORIAL_PLAIN, _PLAIN_TYPE_RE, _PLAIN_TYPE_AT) if plain else (_TERRITORIAL, _TYPE_RE, _TYPE_AT)
    )
    found: list[Found] = []
    carried: dict[int, re.Match[str]] = {}  # a body's list going on at a place of its own type word
    for match in pattern.finditer(text):
        type_word = match.group("type")
        if _ENUMERATED.search(match.group(0)) and (
            counted := _COUNT_OF_TYPE_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ):
            # "tại 10 xã phía Bắc huyện gồm A, B": the list is of the communes counted, "huyện" is their district's
            type_word = _counted_type(counted.group("type"), type_word)
        if _starts_a_name(type_word):
            continue  # "thị xã Buôn Hồ", "Chi cục Thuế Krông Pắc, Buôn Hồ": part of a name, not a village
        if fold(text[max(0, match.start() - 5) : match.start()]) == "toan ":
            continue  # the whole of one, named by no name: "Bình quân toàn tỉnh: Hồ sơ tiếp nhận ..."
        pos = match.end()
        if (own := type_at.match(text, pos)) and not _starts_a_name(own.group(0)):
            continue  # "6 phường gồm Phường 1, Phường 5": each name brings its own type word
        tags = {"plural"} if match.group("plural") or match.group("more") else set()
        counted = bool(_COUNT_BEFORE.search(text, max(0, match.start() - 24), match.start()))
        if match.group("bracket") and not counted:
            continue  # a count's names in brackets, "03 phường (Phú Cường, Hiệp Thành và Chánh Nghĩa)"; no other
        if _ENUMERATED.search(match.group(0)) or counted:
            tags.add("enumerated")  # "8 tỉnh gồm: A, B", "các xã như: C, D": the units a sentence counts out
        # a body's branches listed by their places: "BHXH các huyện Di Linh, Lạc Dương" are "BHXH huyện Di Linh", ...,
        # and so are those after "BHXH huyện Di Linh (84 điểm), Lạc Dương (82,5 điểm)"
        body = _BODY_BEFORE.search(text, max(0, match.start() - 48), match.start()) or carried.get(
            match.start()
        )
        first, after_semicolon, listed_from, previous = True, False, len(found), ""
        opening = _MIXED_OPENING.search(text, max(0, match.start() - 40), match.start())
        mixed = ", " + opening.group("types") if opening else ""
        while True:
            # "xã Trường Xuân A và B": the suffix alone names the namesake ("Trường Xuân B")
            namesake = None if first else _SUFFIXED.fullmatch(previous)
            suffix = namesake and _LONE_SUFFIX.match(text, pos)
            span = suffix.span() if suffix else _place_name(text, pos, type_word)
            # (after a colon a count may come first: "- Phường, xã: 8 đơn vị được kiểm tra; 3 tốt")
            if (
                span is None
                or (not first or ":" in match.group(0))
                and _count_not_name(text, span)
                or _part_of_figure(text, span)
            ):
                break
            if _NUMBERED_SHORT.match(text, span[0]):
                break  # "khu phố 3, P.14": the list ends where a ward in shorthand begins
            if not first and text.startswith("/", span[1]):
                break  # "Tại xã Trần Thới, Đ/c Chủ tịch ...", "Tại bản Pa Khen, 8/8 thủ tục": shorthand, a fraction
            if (body_word := _BODY.match(text, span[0])) and not body_word.group(0).istitle():
                # "4 Công an cấp huyện được kiểm tra trực tiếp: Công an thành phố Sa Đéc": a body, no place (but
                # "phường Trung Tâm" is one)
                break
            name = (
                namesake.group(1) + text[span[0] : span[1]]
                if namesake and suffix
                else text[span[0] : span[1]]
            )
            own_type = _own_type(type_word, match.group("more") or ("" if first else mixed), name, type_re)
            start = match.start() if first else span[0]
            if first and own_type != type_word:
                # "Ban Quản lý các khu công nghiệp tỉnh, huyện Đắk Song": the place begins at its own type word
                start = _last_type_word(text, match.start("more"), match.end("more"), own_type)
            unit = _unit(
                page, start, span[1], own_type, name, provinces, tags | ({"listed"} if not first else set())
            )
            if ("resolved" not in unit.tags or after_semicolon and "respelt" in unit.tags) and (
                type_word.lower() in _CHECKED_ABBREVIATIONS
                or after_semicolon
                or UNIT_LEVEL.get(type_word.lower()) in ("district", "province")
                and full_name(name)
            ):
                # past a ";" a schedule's next cell begins: "UBND xã Hòa An; Số hóa hồ sơ" names no xã Số, nor does
                # "...; Hoãn kiểm tra" name Hoàn Kiếm, spelt otherwise; a post's type
                # word comes before its holder: "Trưởng phòng Nội vụ huyện Đỗ Văn Hưng" (communes named for a person
                # the gazetteer may not place: "xã Hoàng Văn Thụ")
                break
            if body:
                unit.value.name, unit.value.type = f"{body.group(1)} {unit.value.name}", "body"
                unit.tags.add("body")
            found.append(unit)
            first, previous = False, name
            # a list item may carry its district in brackets: "01 xã: Phước Đại (Bác Ái), Quảng Sơn (Ninh Sơn)"
            bracket = _BRACKETED.match(text, span[1])
            sep = _LIST_SEP.match(text, bracket.end() if bracket else span[1])
            own_type = sep and re.match(
                type_re + r"|phòng|sở", text[sep.end() : sep.end() + 10], re.IGNORECASE
            )
            if (
                not sep
                or own_type
                and not _starts_a_name(own_type.group(0))
                or _body_at(text, sep.end())
                or _RANK.match(text, sep.end())
            ):
                # "Trạm Y tế các xã A, B, thị trấn C": the body's list goes on with a place of its level
                if (
                    body
                    and own_type
                    and UNIT_LEVEL.get(own_type.group(0).lower()) == UNIT_LEVEL.get(type_word.lower())
                ):
                    carried[sep.end()] = body
                break  # "BHXH huyện Đức Trọng và BHXH các huyện ...": a body of its own follows; "..., Thượng tá A"
            pos, after_semicolon = sep.end(), ";" in sep.group(0)
        # "tại 04 xã, thị trấn Diễn Châu": the district the counted units lie in, no unit of theirs
        if (
            counted
            and match.group("more")
            and len(found) - listed_from == 1
            and _counts_more(text, match.start())
        ):
            del found[-1]
    return found


# A list's opening that counts units of several types, its first item named with its own type word and the rest bare:
# "8 xã, thị trấn gồm: thị trấn Giồng Riềng, Thạnh Hưng, Ngọc Chúc" (the bare ones take the type the place has).
_MIXED_OPENING = re.compile(
    r"(?P<types>(?:" + _TYPE_RE + r")(?:\s*,\s*(?:" + _TYPE_RE + r"))+)\s*(?:gồm|là|như)?\s*:?\s*$",
    re.IGNORECASE,
)


def _own_type(type_word: str, more: str, name: str, type_re: str) -> str:
    """Of the type words a list shares ("huyện, thành phố Phúc Yên"), the one of the place named, if not the first."""
    if not more or any(p.type == type_word.lower() for p in gazetteer().find(type_word, name)):
        return type_word
    others = re.findall(type_re, more, re.IGNORECASE)
    return next((t for t in others if any(p.type == t.lower() for p in gazetteer().find(t, name))), type_word)


def _last_type_word(text: str, start: int, end: int, type_word: str) -> int:
    """Where `type_word` last stands in text[start:end] (the type words a list shares)."""
    return start + text[start:end].lower().rfind(type_word.lower())


def _counts_more(text: str, start: int) -> bool:
    """Whether the count before `start` is of more than one unit."""
    count = _COUNT_BEFORE.search(text, max(0, start - 26), start)
    return count is not None and int(count.group(1)) > 1


# A police or army rank before a name: "Công an huyện Hướng Hóa, Thượng tá Lê Văn A" lists no place "Thượng".
_RANK = re.compile(r"(?:Thượng|Trung|Đại|Thiếu) (?:tá|úy|uý|tướng)\b")
_BODY_BEFORE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(b) for b in sorted(SECTOR_BODIES, key=len, reverse=True)) + r")\s+$"
)


_NAMED_IN_BRACKETS = re.compile(r"chuyên môn\s*\(\s*")


def _names_a_place(text: str, pos: int, type_word: str) -> bool:
    """Whether the words at `pos` are, as written, the name of a place of `type_word` the gazetteer knows."""
    span = _place_name(text, pos, type_word)
    name = new_tones(text[span[0] : span[1]]).lower() if span else ""
    return any(place.name.lower() == name for place in gazetteer().find(type_word, name)) if name else False


def _body_at(text: str, pos: int) -> bool:
    """Whether a body's name ("BHXH", "Công an", "Chi cục") begins at `pos`, capitalised as a name begins."""
    body = _BODY.match(text, pos)
    return body is not None and body.group(0)[0].isupper()


# The province a department belongs to, written after its name: "Sở Tài chính tỉnh Nghệ An" is one unit, not a
# department and a province.
_PROVINCE_OF_DEPARTMENT = re.compile(r"[ \t]+((?:tỉnh|thành phố)(?:[ \t]+" + UPPER + r"[\w'-]*){1,4})(?!\w)")
# ... or named bare, past the department's short form: "Sở Giáo dục và Đào tạo (GD&ĐT) Bắc Ninh".
_BARE_PROVINCE_OF_DEPARTMENT = re.compile(
    r"(?:[ \t]*\([^()]{1,12}\))?[ \t]+(" + UPPER + r"[\w'-]*(?:[ \t]+" + UPPER + r"[\w'-]*){0,3})(?!\w)"
)
# ... and so is a district's office, with its district: "phòng Tư pháp huyện Văn Chấn", "Phòng Giáo dục và Đào tạo
# (GD&ĐT) huyện Giao Thủy".
_DISTRICT_OF_OFFICE = re.compile(
    r"(?:[ \t]+\([^()\n]{1,15}\))?[ \t]+(huyện|thị xã|thành phố|quận)[ \t]+(?=" + UPPER + ")"
)


def _bare_province_after(text: str, end: int) -> tuple[str, int, Place] | None:
    """The province a department's name ends on without "tỉnh" (its longest run of capitalised words that names
    one), the end of that name and the place."""
    bare = _BARE_PROVINCE_OF_DEPARTMENT.match(text, end)
    if bare is None:
        return None
    words = list(re.finditer(r"\S+", bare.group(1)))
    for last in reversed(words):
        name = bare.group(1)[: last.end()]
        if place := gazetteer().province(name):
            return name, bare.start(1) + last.end(), place
    return None


def _district_of_office(page: Page, end: int, provinces: set[str]) -> tuple[int, str, Place | None] | None:
    """The district written after an office's name: where it ends, as written, and the place it names."""
    if not (after := _DISTRICT_OF_OFFICE.match(page.text, end)) or not (
        span := _place_name(page.text, after.end(), after.group(1))
    ):
        return None
    name = page.text[span[0] : span[1]]
    return span[1], f"{after.group(1)} {name}", _resolve(after.group(1), name, provinces, page.meta.published)


def _offices(page: Page, provinces: set[str]) -> list[Found]:
    text = page.text
    found: list[Found] = []
    for match in _OFFICE.finditer(text):
        type_word = _OFFICE_TYPES.get((match.group("type") or "phòng").lower(), "phòng")
        pos, first, item = match.end(), True, match.start()
        # the offices a count names in brackets: "03 phòng chuyên môn (Tài nguyên và Môi trường; Tư pháp)"
        grouped = _NAMED_IN_BRACKETS.match(text, pos)
        if grouped:
            pos = item = grouped.end()
        while True:
            end = office_name_end(text, pos)
            if end is None:
                break
            start = item  # an item that repeats the type word ("Sở A, Sở B") starts at it
            name = _as_written(text[pos:end])
            province = None
            if type_word == "Sở" and (place := _PROVINCE_OF_DEPARTMENT.match(text, end)):
                name, end = f"{name} {place.group(1)}", place.end()
            elif type_word == "Sở" and (bare := _bare_province_after(text, end)):
                name, end, province = f"{name} {bare[0]}", bare[1], bare[2]
            district = None
            if type_word == "phòng" and (placed := _district_of_office(page, end, provinces)):
                end, written, district = placed
                name = f"{name} {written}"
            unit = Unit(
                name=f"{type_word} {name}",
                type=type_word.lower(),
                evidence=evidence(page, start, end),
            )
            if district:  # (its province votes for the article's, as the district itself would)
                unit.district, unit.district_code = district.name, district.code
                unit.province, unit.province_code = district.province, district.province_code
            if province:
                unit.province, unit.province_code = province.province, province.province_code
            tags = {"office"} | ({"listed"} if not first else set())
            if match.group("plural") and _ENUMERATED.search(match.group(0)):
                tags.add("enumerated")  # "Các sở được kiểm tra gồm: Tư pháp, ...", as a list of places is
            found.append(Found(start, end, unit, tags))
            first = False
            # (past its short form: "các phòng: Cảnh sát giao thông (PC08), Quản lý xuất nhập cảnh (PA08)")
            short = _ABBREVIATION_IN_BRACKETS.match(text, end)
            sep = _LIST_SEP.match(text, short.end() if short else end)
            if (
                not sep
                or not (match.group("plural") or grouped)
                and not text[sep.end() : sep.end() + 4].lower().startswith(("sở", "phòng", "bộ "))
            ):
                break
            pos = item = sep.end()
            if text[pos : pos + 5].lower().startswith(("sở ", "phòng", "bộ ")):
                nxt = _OFFICE.match(text, pos)
                if not nxt:
                    break
                pos = nxt.end()
    return found


# What no body's name opens on: a word that refers back to a unit named before ("Trung tâm của phường").
_REFERS_BACK = re.compile(r"\s+(của|này|đó|thuộc|trực thuộc)\s")


# A body's word that goes on as its head's post: "Chi cục trưởng", "Cục phó".
_HEAD_OF = re.compile(r" (?:trưởng|phó)\b", re.IGNORECASE)


def _bodies(page: Page) -> list[Found]:
    text = page.text
    found: list[Found] = []
    for match in _BODY.finditer(text):
        prefix = match.group(0).lower()
        if prefix in CAPITALISED_BODY_PREFIXES and not match.group(0)[0].isupper():
            continue
        end = match.end()
        if _HEAD_OF.match(text, end):
            continue  # a post: "bà A, Chi cục trưởng cho biết trên địa bàn thành phố ..."
        if region := _REGION.match(text, end):  # "Kho bạc Nhà nước khu vực XIII", "Thuế cơ sở 6"
            end = region.end()
        elif prefix == "thuế cơ sở":
            continue
        name = _BODY_NAME if prefix in NAMED_BODY_PREFIXES else ""
        tail = re.match(name + _BODY_LEVEL, text[end : end + 80], re.IGNORECASE)
        # ("Trung tâm của phường" refers back; "Trung tâm cơ bản được" is no centre of a hamlet "bản")
        if tail and (
            _REFERS_BACK.match(text, end)
            or UNIT_LEVEL.get(tail.group(1).lower()) == "hamlet"
            and text[end : end + tail.start(1)].islower()
        ):
            tail = None
        if region and not tail:
            found.append(_body(page, match.start(), end, None))
        elif tail:
            found.append(_body(page, match.start(), end + tail.end(), tail.group(1)))
        elif (bare := _BEFORE_NAME.match(text, end)) and _place_at(text, bare.end(), "tỉnh", "province"):
            body = _body(page, match.start(), bare.end(), "tỉnh")  # "Kho bạc Nhà nước (KBNN) Bắc Ninh"
            if (
                prefix.startswith("chi nhánh")
                and (at := _DISTRICT_AFTER.match(text, body.end))
                and _place_name(text, at.end(), at.group("type"))
            ):  # a branch named for its province, then its district: "Chi nhánh VPĐKĐĐ Hà Nội quận Tây Hồ"
                body = _body(page, match.start(), at.end(), at.group("type"))
            found.append(body)
        elif bare and _place_at(
            text, bare.end(), "huyện", "district"
        ):  # a district's branch: "KBNN Lạng Giang"
            found.append(_body(page, match.start(), bare.end(), "huyện"))
        elif prefix == "ban dân tộc" and match.group(0)[0].isupper():  # a department named alone, as a Sở is
            found.append(_body(page, match.start(), end, None))
        elif text.startswith(" Việt Nam", end):  # the central body: "Bảo hiểm xã hội Việt Nam"
            found.append(_body(page, match.start(), end + len(" Việt Nam"), None))
        elif (
            prefix.startswith("chi nhánh")
            and (at := _BRANCH_AT.match(text, end))
            and (place := _place_name(text, at.end(), at.group("type")))
        ):  # a branch named for the ward it sits in: "Chi nhánh Văn phòng Đăng ký đất đai tại phường An Khê"
            found.append(_body(page, match.start(), place[1], at.group("type")))
        # else "Bộ phận một cửa" alone is part of the unit the sentence names
    return [_as_branch(page, f) for f in found if not _a_kind_of_body(text, f)]


# What counts the bodies of a kind: "các KBNN huyện", "4 KBNN huyện", "hai Chi cục ...".
_COUNTED_BEFORE = re.compile(
    r"(?:\b(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)|\d)\s+$", re.IGNORECASE
)


def _a_kind_of_body(text: str, found: Found) -> bool:
    """Whether a body counted or in the plural is named for a level and no place: "các KBNN huyện", "4 Kho bạc Nhà
    nước huyện" name a kind of body ("Văn phòng HĐND và UBND huyện" alone is the district's own)."""
    words = found.value.name.split()
    return UNIT_LEVEL.get(words[-1].lower()) in ("district", "commune") and bool(
        _COUNTED_BEFORE.search(text, max(0, found.start - 12), found.start)
        or len(words) > 2
        and words[-2].isdigit()  # ... or counted inside the name: "bộ phận một cửa 4 xã"
    )


# A body's branch, as the provincial one-stop centres have had since July 2025: "Chi nhánh Trung tâm Phục vụ hành
# chính công tỉnh tại phường Nam Định", "Chi nhánh số 2 Trung tâm Phục vụ hành chính công tỉnh".
_BRANCH = re.compile(r"Chi nhánh(?: số \d+)?\s+$")
_BRANCH_AT = re.compile(r"\s+tại\s+(?P<type>xã|phường|đặc khu|thị trấn)\s+")
_DISTRICT_AFTER = re.compile(r"[^\S\n]+(?P<type>quận|huyện|thị xã|thành phố)[^\S\n]+")


def _as_branch(page: Page, body: Found) -> Found:
    """The body, or its branch when the text names one: a unit of its own, where the team may go without the body."""
    text = page.text
    branch = _BRANCH.search(text, max(0, body.start - 16), body.start)
    if branch is None:
        return body
    end = body.end
    if (at := _BRANCH_AT.match(text, end)) and (place := _place_name(text, at.end(), at.group("type"))):
        end = place[1]
    elif region := _BRANCH_REGION.match(text, end):
        end = region.end()
    name = " ".join(_ABBREVIATION_IN_BRACKETS.sub("", text[branch.start() : end]).split())
    unit = body.value.model_copy(update={"name": name, "evidence": evidence(page, branch.start(), end)})
    return Found(branch.start(), end, unit, body.tags)


# The region or number of a body since the 2025 reorganisation: "Kho bạc Nhà nước khu vực XIII", "Bảo hiểm xã hội
# khu vực VII", "Chi cục Hải quan khu vực Phủ Lý", "Thuế cơ sở 1".
# (on its line: "Chi cục Thuế khu vực" closing a heading is no region "Tại Chi" below)
_NAMED_REGION = r"[^\S\n]+khu vực[^\S\n]+" + UPPER + r"\w*(?:[^\S\n]+" + UPPER + r"\w*)*"
_REGION = re.compile(r"(?:[^\S\n]+khu vực)?[^\S\n]+(?:[IVXL]+|\d{1,2})\b|" + _NAMED_REGION)
# ... and a branch's region: "Chi nhánh Trung tâm Phục vụ hành chính công tỉnh khu vực Biên Hòa".
_BRANCH_REGION = re.compile(_NAMED_REGION)
_BEFORE_NAME = re.compile(r"(?:\s+\([^()]{1,12}\))?\s+(?=" + UPPER + r")")


def _place_at(text: str, pos: int, type_word: str, level: str) -> bool:
    """Whether the name of a place of `level` (and not the start of a longer capitalised name) begins at `pos`."""
    span = _place_name(text, pos, type_word)
    return span is not None and any(
        p.level == level for p in gazetteer().find(type_word, text[span[0] : span[1]])
    )


def _body(page: Page, start: int, end: int, level: str | None) -> Found:
    """A body from `start` to `end`, where its `level` word ("tỉnh", "thành phố") ends, with the place after it: the
    place ("BHXH thành phố Hạ Long") says which province the body serves."""
    text = page.text
    span = _place_name(text, end, level) if level and text[end - 1] == " " else None
    place = _resolve(level, text[span[0] : span[1]], set(), page.meta.published) if level and span else None
    end = span[1] if span else len(text[:end].rstrip())
    name = " ".join(
        _ABBREVIATION_IN_BRACKETS.sub("", text[start:end]).split()
    )  # "Kho bạc Nhà nước (KBNN) tỉnh"
    place = place or _province_at_end(name.split())
    unit = Unit(
        name=name,
        type="body",
        province=place.province if place else None,
        province_code=place.province_code if place else None,
        evidence=evidence(page, start, end),
    )
    return Found(start, end, unit, {"body"})


_ABBREVIATION_IN_BRACKETS = re.compile(r"\s*\([^()]{1,12}\)")


_OWN_NAMED = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(p) for p in OWN_NAME_PREFIXES) + r")\s+(?:[-–]\s*)?"
    r"(?="
    + UPPER
    # "Ban Quản lý các khu công nghiệp Bắc Ninh", "Phòng Công chứng số 1", "Cơ sở cai nghiện ma túy tỉnh"
    + r"|các [Kk]hu |số \d|(?:cai nghiện|bảo trợ) )"
)
_ONE_STOP_OFFICES = frozenset({"trung tam hanh chinh cong", "trung tam phuc vu hanh chinh cong"})
# (on its line: a headline's "tại các Chi cục Thuế" runs into no letterhead below it)
# (past a dash only to a capitalised word, "Văn hóa - Điện ảnh"; not to what the unit is, "Bảo tàng Lâm Đồng – đơn vị
# sự nghiệp trực thuộc Sở")
_NAME_WORD = re.compile(r"[ \t]*(?:[-–][ \t]*(?=" + UPPER + r"|\d))?(?![-–])([^\s,.;:()\"“”]+)")


_WORD_BEFORE = re.compile(r"(?<!\S)(\S+) $")


def _own_named(page: Page) -> list[Found]:
    """Public-service units by their own name ("Bệnh viện Sản Nhi Nghệ An", "Chi cục Kiểm lâm"): the capitalised
    word after the prefix and the words that follow it, up to a word that carries the sentence on, a level
    ("tỉnh", with its place) or punctuation."""
    text = page.text
    found: list[Found] = []
    for match in _OWN_NAMED.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if word and word[1] in SURNAMES:
            continue  # a surname before it makes it a middle name: "ông Phạm Trường Sơn"
        body = _BODY.match(text, match.start())
        if body and fold(body.group(0)) in _ONE_STOP_OFFICES:
            continue  # "Trung tâm Phục vụ hành chính công" alone is part of the unit the sentence names
        if body and fold(body.group(0)) == "tram y te":
            continue  # a health station is named for its commune: "Trạm Y tế xã A", "Trạm Y tế các xã A, B"
        end, count, level, previous = match.end(), 0, None, ""
        while count < 12 and (word := _NAME_WORD.match(text, _past_own_short_form(text, match.start(), end))):
            token = word.group(1)
            if token == "các" and _TYPE_AT.match(text, word.end() + 1):
                break  # "Trung tâm Y tế các huyện Ninh Phước, Thuận Nam": a body per place, read with the places
            # "Trường Tiểu học số 2 Liên Thủy"; a school numbered at its name's end, "Trường THPT Đô Lương 1"
            numbered = token[0].isdigit() and (previous == "số" or _LAST_NUMBER.match(text, word.start()))
            if count and (_ends_name(text, token, word.end()) or token[0].isdigit() and not numbered):
                break
            before, previous = previous, token
            end, count = word.end(), count + 1
            if UNIT_LEVEL.get(token.lower(), "hamlet") != "hamlet" and not _SOCIETY.match(text, word.end()):
                # (not the "xã" of "Cục Bảo trợ xã hội"; the town's in "Trường THPT Thị xã Quảng Trị")
                level = f"thị {token}" if before.lower() == "thị" else token
                break
        if level is None and (longer := _name_with_comma(text, match.start(), end)):
            end = longer  # "Trung tâm Văn hóa, Thể thao và Truyền thanh": one name
            if level_word := _LEVEL_AFTER.match(text, end):
                level, end = level_word.group(1), level_word.end() - 1
        if (
            level is None
            and text.startswith(BRANCHED_DEPARTMENTS, match.start())
            and not _ends_in_province(text[:end])
        ):
            continue  # "Cục Thuế", "4 Cục Hải quan": a sector's department named by no place
        if level is None and count == 1 and gazetteer().find(None, text[match.start() : end]):
            continue  # a place named like a body: the district "Trạm Tấu", "xã Bản Công (Trạm Tấu)"
        if (
            level is None
            and text[match.start() : end].split()[-1][0].islower()
            and _COUNTED_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            continue  # a kind counted, named for no place: "tại hai Chi cục Hải quan cửa khẩu quốc tế"
        found.append(
            _body(page, match.start(), end + (level is not None and text[end : end + 1] == " "), level)
        )
    return found


# A number that ends a name where the name ends: "Trường THPT Đô Lương 1," (not "... Lương 1 năm").
_LAST_NUMBER = re.compile(r" \d{1,2}(?=[,;.):]|[ \t]*(?:\n|$)|\t| và )")
# The name's kind in full with its short form in brackets, the name going on after it: "Trường Trung học phổ thông
# (THPT) Bảo Lộc", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên (GDNN-GDTX) huyện Bảo Lâm".
_SHORT_FORM_INSIDE = re.compile(r"[ \t]*\(([A-ZĐ][A-ZĐ&-]{1,11})\)(?=[ \t]+\S)")


def _past_own_short_form(text: str, start: int, end: int) -> int:
    """Where the name goes on: past a bracketed short form spelled by the initials of the words before it."""
    short = _SHORT_FORM_INSIDE.match(text, end)
    if short is None:
        return end
    letters = short.group(1).replace("-", "").replace("&", "")
    words = [w for w in text[start:end].split() if w.lower() != "và" and w[0] not in "-–"]
    spelled = "".join(fold(w[0]).upper() for w in words)
    return short.end() if len(letters) >= 2 and spelled.endswith(fold(letters).upper()) else end


def _ends_in_province(text: str) -> bool:
    """Whether `text` ends with a province's name ("Cục Hải quan Đồng Nai", "... khu vực Thanh Hóa") or the country's
    (a ministry's own: "Cục Hàng hải Việt Nam")."""
    words = text.split()
    return words[-2:] == ["Việt", "Nam"] and len(words) > 3 or _province_at_end(words) is not None


def _province_at_end(words: list[str]) -> Place | None:
    """The province whose name the words end with, after some of the body's own ("Bệnh viện Sản Nhi Nghệ An", "Ban
    Quản lý các Khu công nghiệp Bà Rịa - Vũng Tàu")."""
    return next(
        (
            place
            for n in (2, 3, 5, 4, 1)
            if len(words) > n and (place := gazetteer().province(" ".join(words[-n:])))
        ),
        None,
    )


# After "và", a capitalised word that starts no unit of its own goes on with the name: "Chi cục Chăn nuôi và Thú y",
# "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Trạm Trồng trọt và Bảo vệ thực vật" (but "Bệnh viện A và
# Bệnh viện B", "Chi cục A và xã B", "Chi cục A và Bảo hiểm xã hội B": a body's whole prefix).
_NEW_UNIT_WORDS = sorted(
    {w for w in (*OWN_NAME_PREFIXES, *BODY_PREFIXES) if w[:1].isupper()}
    | {t.split()[0].capitalize() for t in UNIT_TYPES}
    | {"UBND", "Ủy", "Uỷ", "Sở", "Phòng", "Bộ", "Ban", "Văn phòng", "Chi nhánh"},
    key=len,
    reverse=True,
)
# (or the second half of a field's name in lower case: "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ")
_NAME_GOES_ON = re.compile(
    r"\s+(?:(?!(?:"
    + "|".join(map(re.escape, _NEW_UNIT_WORDS))
    + r")(?!\w))"
    + UPPER
    + r"|(?:công nghệ|kỹ thuật|kĩ thuật|đào tạo|môi trường|truyền thông|xã hội)(?!\w))"
)


_STOP_BEFORE: dict[str, str | tuple[str, ...]] = {
    "triển": " khai",
    "thực": " hiện",
    "kiểm": " tra",
    "dự": " kiến",
    "hướng": " dẫn",
    "tự": (" kiểm", " chấm", " đánh"),  # "các Chi cục Thuế tự kiểm tra", not "Trường THCS Lý Tự Trọng"
    # what a unit is asked to do ("...; Ban Quản lý các Khu công nghiệp cập nhật các quy trình nội bộ")
    "cập": " nhật",
    "rà": " soát",
    "bổ": " sung",
    "khắc": " phục",
    "chấn": " chỉnh",
    "niêm": " yết",
    "kiện": " toàn",
    "hoàn": " thiện",
    "xếp": " loại",  # ... or how it was rated: "Bảo tàng Lịch sử Thừa Thiên Huế xếp loại Khá"
}
_SOCIETY = re.compile(r" hội\b")
# A stop word a name goes on past: "Cục Người có công" (people who served the revolution), not "Cục A có 5 phòng".
_GOES_ON_AFTER = {"có": " công"}


def _ends_name(text: str, token: str, after: int) -> bool:
    """Whether `token` (not the name's first word), ending at `after`, is where the sentence goes on past the name:
    "đã", "tại", "và Bệnh viện B"; not the "và" of "Chăn nuôi và Thú y", the "triển" of "Phát triển", the "thực" of
    "An toàn vệ sinh thực phẩm" nor the "kiểm" of "Trung tâm Đăng kiểm xe cơ giới"."""
    word = token.lower()
    if word == "và":
        return not _NAME_GOES_ON.match(text, after)
    if word in _STOP_BEFORE:  # "triển khai", "thực hiện", "kiểm tra" go on with the sentence
        return text.startswith(_STOP_BEFORE[word], after)
    if word in _GOES_ON_AFTER and text.startswith(_GOES_ON_AFTER[word], after):
        return False
    return word in NAME_STOP_WORDS


# A list whose items share the prefix said once before it: "các bệnh viện: Đa khoa Thống Nhất, Phổi Đồng Nai",
# "các Trung tâm Y tế: huyện Nhơn Trạch, thành phố Biên Hòa", "các Chi nhánh Văn phòng Đăng ký đất đai: A, B".
_SHARED_PREFIX = re.compile(
    r"(?<!\w)(?:các|cac)\s+(?P<prefix>(?i:"
    + "|".join(re.escape(p) for p in sorted({*OWN_NAME_PREFIXES, "Chi nhánh"}, key=len, reverse=True))
    + r")(?:\s+[^\s:,;.()]+){0,7}?)\s*:\s*"
)
_SHARED_ITEM = re.compile(
    r"(?:và\s+)?(?P<item>"
    + UPPER
    + r"[^,;.:()\n]{1,60}?|(?:"
    + _TYPE_RE
    + r")\s[^,;.:()\n]{1,50}?)(?=\s*(?:[,;.(]|\svà\s|$))"
)

_SHARED_SEP = re.compile(r"\s*,\s*|\s+và\s+")  # ";" closes the list: the next group has its own prefix
# ... or schools by their kind, with no colon, in groups of their district: "các trường THPT Lục Ngạn số 1, Lục Ngạn
# số 2 (huyện Lục Ngạn); Lục Nam, Cẩm Lý (huyện Lục Nam)".
_SCHOOL_LEVELS = (
    r"(?:THPT|THCS|PTDTBT|PTDTNT|TH&THCS|THCS&THPT|Tiểu học|Mầm non|Trung học cơ sở|Trung học phổ thông)"
)
_SCHOOLS_PREFIX = re.compile(
    r"(?<!\w)(?:các|cac)\s+(?P<prefix>(?i:trường)\s+" + _SCHOOL_LEVELS + r")\s+(?=" + UPPER + ")"
)
# A school of another level in the list: "các trường THCS Giao Nhân và Tiểu học Giao Tiến".
_OWN_SCHOOL_LEVEL = re.compile(_SCHOOL_LEVELS + r"\s")
_GROUP_PLACE = re.compile(r"\s*\((?:" + _TYPE_RE + r")\s[^()]{1,40}\)")  # "(huyện Lục Ngạn)"
_GROUP_SEP = re.compile(r"\s*[,;]\s*|\s+và\s+")


def _shared_prefix(page: Page) -> tuple[list[Found], list[tuple[int, int]]]:
    """The units of each such list, and the spans of the phrases that head them."""
    text = page.text
    found: list[Found] = []
    heads: list[tuple[int, int]] = []
    for match in (*_SHARED_PREFIX.finditer(text), *_SCHOOLS_PREFIX.finditer(text)):
        heads.append((match.start(), match.end()))
        prefix = match.group("prefix")
        prefix = prefix[:1].upper() + prefix[1:]
        pos, first = match.end(), True
        while (item := _SHARED_ITEM.match(text, pos)) and len(item.group("item").split()) <= 8:
            start, end = item.start("item"), item.end("item")
            if not first and (_BODY.match(text, start) or _OWN_NAMED.match(text, start)):
                break  # "... huyện Long Thành và Chi cục Bảo vệ môi trường": a unit of its own ends the list
            own_level = match.re is _SCHOOLS_PREFIX and _OWN_SCHOOL_LEVEL.match(text, start)
            name = f"{prefix.split()[0] if own_level else prefix} {text[start:end]}"
            unit = Unit(name=name, type="body", evidence=evidence(page, start, end))
            found.append(Found(start, end, unit, {"body"} | (set() if first else {"listed"})))
            first = False
            place = _GROUP_PLACE.match(text, end)  # (the group's district, then the next group past a ";")
            sep = _GROUP_SEP.match(text, place.end()) if place else _SHARED_SEP.match(text, end)
            if not sep:
                break
            pos = sep.end()
    return found, heads


# A name that holds a comma: ", Thể thao và Truyền thanh" after "Trung tâm Văn hóa" (two to four short parts).
_NAME_WITH_COMMA = re.compile(
    r",\s+("
    + UPPER
    + r"[^\s,.;:()]*(?:\s+[^\s,.;:()]+){0,2})\s+và\s+"
    + UPPER
    + r"[^\s,.;:()]*(?:\s+(?!(?:"
    + _TYPE_RE
    + "|"
    + "|".join(sorted(NAME_STOP_WORDS))
    + r")(?!\w))[a-zà-ỹđ][^\s,.;:()]*){0,2}"
)
_PLURAL_BEFORE = re.compile(r"\b(?:các|cac)\s+$")
_LEVEL_AFTER = re.compile(r"\s+(" + _TYPE_RE + r") ")


def _name_with_comma(text: str, start: int, end: int) -> int | None:
    """Where a name stopped at a comma really ends, if ", A và B" goes on with it: not when A starts another unit
    of a list ("Bệnh viện A, Trung tâm Y tế B và ..."), nor after "các" (a list sharing the prefix)."""
    if _PLURAL_BEFORE.search(text, max(0, start - 5), start) or not (
        more := _NAME_WITH_COMMA.match(text, end)
    ):
        return None
    part = more.group(1)
    if _BODY.match(part) or _OWN_NAMED.match(part) or _OFFICE.match(part) or _TERRITORIAL.match(part):
        return None
    return more.end()


# The cities' shorthand for numbered wards and districts: "UBND P.12", "Q.3" (a capital, a dot, the number).
_NUMBERED_SHORT = re.compile(r"(?<!\w)(?P<kind>[PQ])\.\s?(?P<number>\d{1,2})(?!\d|[/.,]\d)")
_SHORT_KINDS = {"P": "phường", "Q": "quận"}
# ... or by its name, a place the gazetteer knows: "UBND P.Phước Hội", "P. Tân An".
_NAMED_SHORT = re.compile(r"(?<!\w)(?P<kind>P)\.\s?(?=" + UPPER + r"[a-zà-ỹđ])")


def _numbered_short(page: Page, provinces: set[str]) -> list[Found]:
    found = [
        _unit(page, m.start(), m.end(), _SHORT_KINDS[m["kind"]], m["number"], provinces, set())
        for m in _NUMBERED_SHORT.finditer(page.text)
    ]
    for m in _NAMED_SHORT.finditer(page.text):
        kind = _SHORT_KINDS[m["kind"]]
        span = _place_name(page.text, m.end(), kind)
        name = page.text[span[0] : span[1]] if span else ""
        # (a ward the gazetteer knows, not "P.Tư pháp", the justice office in shorthand, whatever "xã Tư" there is)
        if name and any(place.type == kind for place in gazetteer().find(kind, name, provinces)):
            found.append(_unit(page, m.start(), span[1], kind, name, provinces, set()))
    return found


# "xã ta", "phường ta": the commune whose portal the article is on, named by the portal's banner or footer
# ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ SONG LÃNG", "Bản quyền thuộc UBND xã Song Lãng").
# (" ta" is what the engine looks for, a literal it skips to; the type word before it is checked after.)
_OUR = re.compile(r" ta(?!\w)", re.IGNORECASE)
_OUR_TYPE = re.compile(r"(?<!\w)(xã|phường|thị trấn)$", re.IGNORECASE)
_SITE_OWNER = re.compile(
    r"(?:thông tin điện tử|ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(xã|phường|thị trấn)[^\S\n]+((?:[^\W\d_][\w'’]*[^\S\n]?){1,4}?)"
    r"(?=[^\S\n]*(?:$|[-–,|.]|huyện|thị xã|thành phố|tỉnh))",  # on one line: the header's, not the menu below it
    re.IGNORECASE | re.MULTILINE,
)


def _our_unit(page: Page, provinces: set[str]) -> list[Found]:
    text = page.text
    ours = [
        (kind, m.end())
        for m in _OUR.finditer(text)
        if (kind := _OUR_TYPE.search(text, max(0, m.start() - 9), m.start()))
    ]
    owner = _SITE_OWNER.search(page.meta.context) if ours and page.meta else None
    if owner is None:
        return []
    name = owner.group(2).strip()
    return [
        _unit(page, kind.start(), end, owner.group(1), name, provinces, set())
        for kind, end in ours
        if kind.group(1).lower() == owner.group(1).lower()
    ]


@Language.component("cchc_units")
def find_units(doc: Doc) -> Doc:
    page = doc._.page
    provinces = set(page.facts.get("province_hints", ()))
    mentions: list[Found] = []
    # Of two mentions that overlap, the one that starts first holds the other ("phường Trường Thi" is no school
    # "Trường Thi"); at the same start, bodies before named units, offices and territorial units.
    shared, heads = _shared_prefix(page)
    territorial = _territorial(page, provinces)
    # ... but a place a list names after its type word is not a body: "5 xã: Hoa Thủy, ... và Trường Thủy" (a school
    # "Trường Thủy"?)
    # (one the gazetteer knows in several provinces all the same: "UBND các xã Vạn Ninh, Trường Xuân và Hiền Ninh")
    listed = {
        f.start
        for f in territorial
        if "listed" in f.tags and ("resolved" in f.tags or _names_a_place(page.text, f.start, f.value.type))
    }
    found = (
        shared
        + _bodies(page)
        + [f for f in _own_named(page) if f.start not in listed]
        + _offices(page, provinces)
        + territorial
        + _our_unit(page, provinces)
        + _numbered_short(page, provinces)
    )
    for f in sorted(found, key=lambda f: f.start):  # stable: the order above breaks ties
        if any(s <= f.start < e for s, e in heads):
            continue  # "các Trung tâm Y tế:" heads a list and names no unit
        if not any(m.start < f.end and f.start < m.end for m in mentions):
            mentions.append(f)
    sharing = _sharing_their_kind(page, mentions)
    # (each of them holds the place it names: "các Chi nhánh VPĐKĐĐ huyện A, huyện B")
    mentions = [m for m in mentions if not any(b.start <= m.start < b.end for b in sharing)]
    page.units = _placed_by_districts(sorted(mentions + sharing, key=lambda f: f.start))
    return doc


_PLURAL = re.compile(r"(?:các|cac)\s+$")
_PLACE_ITEM = re.compile(
    r"(?:\s*,\s*|\s+và\s+)(?:(?P<type>huyện|thị xã|thành phố|quận|xã|phường|thị trấn)\s+)?"
    r"(?P<name>" + UPPER + r"[^\s,;.:()]*(?:\s+" + UPPER + r"[^\s,;.:()]*){0,3})"
)
_TRAILING_TYPE = re.compile(r"\s+(?:huyện|thị xã|thành phố|quận|xã|phường|thị trấn)$")


def _sharing_their_kind(page: Page, mentions: list[Found]) -> list[Found]:
    """Bodies of one kind listed by their places after the first is named in full: "các Chi cục Hải quan Biên Hòa,
    Long Thành và Nhơn Trạch" names three (a place the gazetteer knows ends each)."""
    text = page.text
    found: list[Found] = []
    for first in mentions:
        if "body" not in first.tags or not _PLURAL.search(text, max(0, first.start - 5), first.start):
            continue
        words = first.value.name.split()
        place = next(
            (n for n in (3, 2, 1) if len(words) > n + 1 and gazetteer().find(None, " ".join(words[-n:]))), 0
        )
        if not place or not _PLACE_ITEM.match(text, first.end):
            found.extend(_sharing_their_descriptor(page, first))
            continue
        prefix, pos = " ".join(words[:-place]), first.end
        # (an item may bring its own type word: "các Chi nhánh VPĐKĐĐ huyện Bình Sơn, huyện Tư Nghĩa, thị xã Đức Phổ")
        kind = _TRAILING_TYPE.search(prefix)
        while (item := _PLACE_ITEM.match(text, pos)) and gazetteer().find(
            item.group("type"), item.group("name")
        ):
            start, end = item.start("type") if item.group("type") else item.start("name"), item.end("name")
            own = (
                f"{prefix[: kind.start()] if kind else prefix} {item.group('type')}"
                if item.group("type")
                else prefix
            )
            unit = Unit(name=f"{own} {item.group('name')}", type="body", evidence=evidence(page, start, end))
            found.append(Found(start, end, unit, {"body", "listed"}))
            pos = end
    return found


# ... or by the words that tell them apart after the kind: "các Chi cục Hải quan cửa khẩu quốc tế Móng Cái, cửa khẩu
# cảng Cái Lân và cửa khẩu Hoành Mô" (each item opens on the first's two lowercase words and ends on a name).
_DESCRIBED_ITEM = re.compile(
    r"(?:\s*,\s*|\s+và\s+)(?P<item>(?P<lead>[a-zà-ỹđ]+ [a-zà-ỹđ]+)(?: [a-zà-ỹđ]+){0,3}(?: "
    + UPPER
    + r"[\w']*){1,4})(?=\s*(?:[,;.(]|\svà\s|$))"
)


def _sharing_their_descriptor(page: Page, first: Found) -> list[Found]:
    text, name = page.text, first.value.name
    found: list[Found] = []
    pos = first.end
    while (item := _DESCRIBED_ITEM.match(text, pos)) and (at := name.find(f" {item['lead']} ")) > 0:
        start, end = item.span("item")
        unit = Unit(name=f"{name[:at]} {item['item']}", type="body", evidence=evidence(page, start, end))
        found.append(Found(start, end, unit, {"body", "listed"}))
        pos = end
    return found


def _placed_by_districts(mentions: list[Found]) -> list[Found]:
    """A commune resolved to a province none of the text's districts lie in is not that province's: a commune merged
    away before the gazetteer's snapshot can match a namesake elsewhere ("xã Nhật Tân" of Kim Bảng, Hà Nam, against
    Nhật Tân of Tiên Lữ, Hưng Yên). Its codes are dropped; the districts the text names decide."""
    districts = {  # (not a city that is a province: "thành phố Đà Nẵng")
        f.value.province
        for f in mentions
        if "resolved" in f.tags and UNIT_LEVEL.get(f.value.type or "") == "district" and f.value.district
    }
    if not districts:
        return mentions
    for f in mentions:
        unit = f.value
        if (
            "resolved" in f.tags
            and UNIT_LEVEL.get(unit.type or "") == "commune"
            and unit.province not in districts
        ):
            f.value = Unit(name=unit.name, type=unit.type, evidence=unit.evidence)
            f.tags.discard("resolved")
    return mentions
