"""The Doc extension the components share, and the small span types they store there."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from spacy.tokens import Doc

from cchc.record import Evidence
from cchc.vntext import fold
from extract.scan import LIST_ITEM


@dataclass
class PageMeta:
    """What the page (not the body text) tells about the article."""

    title: str | None = None
    published: str | None = None  # ISO date from the page, before the sanity rule
    host: str | None = None
    context: str = ""  # furniture kept aside: sidebars, footers (province hints only)
    captions: list[tuple[int, int]] = field(default_factory=list)  # body offsets of image captions


@dataclass
class Found:
    """A fact found in the body: its offsets and the value the component made of it."""

    start: int
    end: int
    value: object
    tags: set[str] = field(default_factory=set)


@dataclass
class Page:
    """The body and what the components have found in it so far, kept in one Doc extension, `doc._.page`: each
    component reads it once and hands it to its helpers (every `doc._` access builds spaCy's accessor anew; the
    ten extensions read this way cost a tenth of the extraction)."""

    text: str  # the body, kept once (Doc.text is rebuilt from the tokens on each access)
    meta: PageMeta = field(default_factory=PageMeta)
    folded: str = ""  # cchc.vntext.fold(text): same offsets, for accent-insensitive patterns
    sentences: list[tuple[int, int]] = field(default_factory=list)
    dates: list[Found] = field(default_factory=list)  # DateMention values
    legal_refs: list[Found] = field(default_factory=list)  # LegalRef values
    units: list[Found] = field(default_factory=list)  # Unit values: every unit mention, tagged
    leaders: list[Found] = field(default_factory=list)  # Leader values
    metrics: list[Found] = field(default_factory=list)  # Metric values
    facts: dict[str, Any] = field(
        default_factory=dict
    )  # classification results (relevance, kind, level, ...)


if not Doc.has_extension("page"):
    Doc.set_extension("page", default=None)


_start = itemgetter(0)  # a sentence's start: bisect over the (start, end) bounds


def sentence_of(page: Page, start: int) -> tuple[int, int]:
    bounds = page.sentences or [(0, len(page.text))]
    i = bisect_right(bounds, start, key=_start) - 1
    return bounds[max(i, 0)]


def evidence(page: Page, start: int, end: int) -> Evidence:
    s, e = sentence_of(page, start)
    return Evidence(sentence=page.text[s:e], start=start, end=end)


def semicolon_clause(text: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence `s_start:s_end` between the semicolons around `start:end`: "Trước đó, ngày 4/8,
    Đoàn đã kiểm tra tại xã A; dự kiến đến cuối tháng 9, Đoàn sẽ kiểm tra 12 xã" tells a past day, then a round to
    come."""
    right = text.find(";", end, s_end)
    return max(s_start, text.rfind(";", s_start, start) + 1), right if right >= 0 else s_end


def clause_end(text: str, pos: int) -> int:
    """End of the clause that opens at `pos`: a legal reference's subject ("về việc ...") is another document's
    business; a post after a leader's name ends with it."""
    stops = [i for i in (text.find(c, pos) for c in (",", ";", ". ", "\n", ":")) if i >= 0]
    return min(stops) if stops else len(text)


# A round of inspections still to come, in folded text ("Đoàn sẽ tiếp tục kiểm tra tại xã C", "sẽ tham mưu UBND tỉnh
# kiểm tra"): in a report of a visit or of results, its units and days are not inspected yet.
# "Theo kế hoạch, ngày 23/10, đoàn tiếp tục kiểm tra tại xã B" in a report is to come too, unless it says "đã".
# ("sắp xếp", arranging, folds to "sap xep": "kiểm tra CCHC sau sắp xếp đơn vị hành chính đã làm việc tại ...")
# ("đầu tuần sau dịp lễ hội", the week after a festival or a holiday, is no week to come)
_LATER_ROUND = re.compile(
    # (and the next month's tasks in a report of the month: "Nhiệm vụ trọng tâm tháng 10: Tiếp tục kiểm tra ...";
    # and a round's place: "Đợt 2 của kế hoạch kiểm tra sẽ được thực hiện tại UBND huyện A")
    r"\b(se|sap(?! xep)|du kien|de xuat|(tuan|thang|dot) (toi|sau(?! do| khi| dip| (ky )?(nghi|le|tet))(?![^.;]{0,8}\d))|thoi gian toi|ngay mai|nhiem vu trong tam|"
    r"(tuan|thang) (tiep theo|ke tiep)(?![^.;]{0,40}\bda\b)|"  # ("Trong tuần tiếp theo, Đoàn tiếp tục kiểm tra tại")
    r"phuong huong,? nhiem vu|tu nay (den|toi) (cuoi|het)|"  # ("từ nay đến cuối tháng 11, Tổ số 1 tiếp tục làm việc")
    r"theo (ke hoach|kh|lich)\b(?:(?!\bda\b)[^.;]){0,40}?\btiep tuc)\b[^.;]{0,60}?\b(kiem tra|phuc tra|lam viec|den|kt|dien ra|to chuc|bat dau|tien hanh|thuc hien tai)\b"
)
# The team's own meetings, away from the units it inspects ("họp triển khai", "họp thống nhất dự thảo kết luận").
TEAM_MEETING = (
    # "họp hai đoàn để thống nhất kết quả", "họp, thống nhất", "họp các thành viên đoàn để thống nhất nội dung", "họp
    # phiên triển khai"
    r"\bhop,? ((cac|hai|ba|\d+) (doan|to)( kiem tra)? |(cac )?thanh vien (doan|to)( kiem tra)? )?(de |phien )?"
    # ("họp nội bộ", "họp giao ban tại Sở Nội vụ", "họp, nghe Đoàn báo cáo kết quả")
    r"(trien khai|thong nhat|thong qua|rut kinh nghiem|tong hop|lien tich|chung|doan|phan cong|quan triet|ban|noi bo|"
    r"giao ban|nghe)\b"
)
# A clause that has the team at work at a unit ("kiểm tra hồ sơ tại", "làm việc với", "đã kiểm tra"; not a notice's "kết
# luận kiểm tra ... tại" or its record's "biên bản kiểm tra tại", nor the schedule it issues: "ban hành Thông báo ... về
# lịch kiểm tra ... tại", nor the team meeting: "Tổ kiểm tra họp tại trụ sở UBND xã để thống nhất kết quả", "Sau khi kết
# thúc kiểm tra tại cơ sở, ... Đoàn đã họp", "... với đại diện các đơn vị được kiểm tra trực tiếp"). Its days may come
# between: "làm việc từ ngày 03 - 06/11/2025 tại".
TEAM_AT_WORK = re.compile(
    # (nor where it goes next: "đoàn đã họp rút kinh nghiệm trước khi tiếp tục kiểm tra tại huyện Đại Lộc", "... trước
    # khi làm việc tại hai đơn vị cuối")
    r"(?<!ket luan )(?<!ket qua )(?<!lich )(?<!ket thuc )(?<!noi dung )(?<!truoc khi )(?<!khi tiep tuc )"
    r"(?<!bien ban )kiem tra(?! hop\b)[a-z ,]{0,40} tai(?! phong hop| hoi truong)|"
    r"(?<!lich )(?<!bien ban )(?<!khong )(?<!de cuong )(?<!noi dung )(?<!truoc khi )"
    r"lam viec(( tu| trong)?( cac)? ngay [\d/. -]{1,24}?((den|va) (ngay )?[\d/.]{1,10})?)? (tai|voi)|"
    # (not "dự thảo kết luận các đơn vị đã kiểm tra", the day before it went: "Trước khi tiến hành kiểm tra, ngày 10/4
    # Đoàn sẽ họp triển khai", nor a day at its own office: "Đoàn đã làm việc nội bộ tại trụ sở Sở Nội vụ")
    r"(?<!don vi )(?<!truoc khi )(tien hanh|da) (kiem tra|lam viec(?! noi bo))|"
    # (not what the team did before it went: "Trước khi đi kiểm tra thực tế, chiều 26/8, đoàn đã họp thống nhất")
    # (nor the team's meeting on what to check: "Đoàn họp ... thống nhất nội dung kiểm tra đột xuất")
    r"(?<!duoc )(?<!truoc khi )(?<!truoc khi di )(?<!noi dung )kiem tra (thuc te|truc tiep|dot xuat)|"
    r"\bden kiem tra|co buoi"
)


# What a clause tells as done: "đã", "vừa" (a schedule's rows tell nothing done).
TOLD_DONE = re.compile(r"\b(da|vua)\b")


# A central team's stop in another province, told around the one the page is about: "Trước khi đến Vĩnh Long, ngày
# 04 - 05/11, Đoàn đã kiểm tra tại Sở Tư pháp tỉnh Trà Vinh", "Trước Hà Nam, Đoàn đã kiểm tra tại tỉnh Ninh Bình", "Kết
# thúc đợt kiểm tra tại Hà Giang, ngày 8 - 9/6, Đoàn tiếp tục làm việc tại BHXH tỉnh Tuyên Quang", "Theo chương trình,
# sau Hậu Giang, ngày 16/8 đoàn tiếp tục kiểm tra tại tỉnh Sóc Trăng" (the place capitalised: not "Sau đó, ...").
_STOP_AROUND = re.compile(
    r"\W*(truoc khi (den|ve|toi|lam viec (tai|voi)) |truoc (?!do\b)|ket thuc [^,;]{0,50}?\btai |"
    r"(theo (chuong trinh|lich|ke hoach),? )?sau (?P<after>))(?P<here>[a-z ]{2,30}?)\s*,"
)
_PROVINCE_NAMED = re.compile(r"\btinh ([a-z]+ [a-z]+)")


def in_another_province(page: Page, s_start: int, start: int, end: int) -> bool:
    """Whether the province named in text[start:end] is not the one the sentence opens on as where the team is or
    was: the team's stop before or after it."""
    around = _STOP_AROUND.match(page.folded, s_start)
    if around and around.group("after") is not None and not page.text[around.start("here")].isupper():
        around = None
    if not around:
        return False
    # (the place may keep its "tỉnh")
    return any(
        named.group(1) not in around["here"] for named in _PROVINCE_NAMED.finditer(page.folded, start, end)
    )


def later_round(page: Page, start: int, end: int, *, reaching_end: bool = False) -> bool:
    """Whether the text between `start` and `end` announces a round still to come (`reaching_end`: in the clause
    that `end` is in). "Sẽ" and "sắp" count in lower case as written: "huyện Chư Sê" folds to "chu se" too."""
    for match in _LATER_ROUND.finditer(page.folded, start, end):
        if (
            (page.text[match.start()].islower() or match.group(1) not in ("se", "sap"))
            # (within a sentence, whose periods are a shorthand's or a number's: "tại H. Giồng Riềng và TP. Rạch Giá")
            and not (reaching_end and ";" in page.folded[match.end() : end])
            and not _HELD_AFTER_ALL.search(page.folded, match.start(), end)
        ):
            return True
    return False


# A round put off, then held: "Đợt 2 dự kiến tổ chức trong tháng 7 nhưng phải tạm hoãn do dịch COVID-19, sau đó được
# tiến hành từ ngày 25/10 ...", "dự kiến trong tháng 6 đã phải lùi lại và được tiến hành từ ngày 12/10", "Theo lịch,
# ngày 27/12 Đoàn tiếp tục kiểm tra, tuy nhiên ... được lùi sang ngày 28/12" (not "sau đó sẽ tiến hành", "sẽ lùi sang").
_HELD_AFTER_ALL = re.compile(
    r"\b(sau do|nhung) (da |duoc |da duoc )?(tien hanh|to chuc|dien ra)\b|"
    r"\b(lui|hoan)\b[^.;]{0,30}?(,| va) (da )?duoc (tien hanh|to chuc)\b|"
    r"(?<!\bse )(?<!\bse duoc )\b(lui|doi|chuyen)( lai)? sang (ngay|sang|chieu|thu|\d)|"
    # ... or a round to come named in an opening clause, then the check told done: "chuẩn bị cho đợt kiểm tra của
    # huyện dự kiến trong quý II năm 2024, trong hai ngày 8 và 9/4/2024, Tổ kiểm tra ... đã tiến hành tự kiểm tra tại"
    r",[^.;]{0,120}\b(da|vua) (tien hanh|kiem tra|lam viec)\b"
)


# A team named for the level it belongs to ("Đoàn kiểm tra CCHC số 2 của tỉnh", "Đoàn kiểm tra của Bộ Nội vụ", "Tổ kiểm
# tra của xã", "Trưởng đoàn kiểm tra CCHC của huyện"), or that level's committee checking ("UBND tỉnh đã tổ chức kiểm
# tra"); "owner" is the level's word.
_LEVEL_TEAM = re.compile(
    r"\b(?:(?:doan|to) (?:tu )?(?:kiem tra|cong tac)(?: cong tac)?(?: (?:cai cach hanh chinh|cchc))?(?: \(cchc\))?(?: nam \d{4})?"
    r"(?: so \d+)?(?: cua)? (?:(?:ubnd|uy ban nhan dan) )?|"
    r"(?P<committee>ubnd|uy ban nhan dan) )(?P<owner>bo|tinh|so|huyen|quan|thi xa|xa|phuong|thi tran)\b"
    r"(?(committee)(?= (?:da|vua) (?:to chuc )?kiem tra))"
)
_OWNER_LEVEL = {
    "bo": 4,
    "tinh": 3,
    "so": 3,
    "huyen": 2,
    "quan": 2,
    "thi xa": 2,
    "xa": 1,
    "phuong": 1,
    "thi tran": 1,
}


def page_team_level(page: Page) -> int:
    """The level of the team the page is about, from the first team named for its level (0 when none is): the
    headline's "Đoàn kiểm tra CCHC của tỉnh làm việc tại huyện A"."""
    match = _LEVEL_TEAM.search(page.folded)
    return _OWNER_LEVEL[match["owner"]] if match else 0


def lower_level_teams(page: Page, start: int, end: int, team_level: int) -> Iterator[re.Match[str]]:
    """The teams between `start` and `end` of a level below the page's team's, named by the level's word alone ("Đoàn
    kiểm tra của huyện", not "của huyện Giồng Riềng"): the host's own, as it sums up its year to the visiting team.
    None where a day is given between: the article's own account of both rounds ("từ ngày 08 đến ngày 12/8/2022, Đoàn
    kiểm tra CCHC của huyện đã kiểm tra tại xã A")."""
    if any(start <= f.start < end and "legal" not in f.tags for f in page.dates):
        return
    for match in _LEVEL_TEAM.finditer(page.folded, start, end):
        if (
            not page.text[match.end() + 1 : match.end() + 2].isupper()
            and _OWNER_LEVEL[match["owner"]] < team_level
        ):
            yield match


def carries_on_later_round(page: Page, s_start: int, clause_start: int, clause_end: int) -> bool:
    """Whether a clause goes on with the round the sentence announced before it: "... sẽ kiểm tra 30 xã, phường;
    Đoàn số 3 tiếp tục kiểm tra phường Cầu Giấy vào ngày 25/11/2025", "tuần sau Đoàn số 1 sẽ làm việc tại ...; Đoàn
    số 2 kiểm tra tại xã Vĩnh Linh" (not what it "đã" done)."""
    return _CARRIES_ON.match(page.folded, clause_start, clause_end) is not None and later_round(
        page, s_start, clause_start
    )


_CARRIES_ON = re.compile(
    r"(?:(?!\bda\b)[^.;])*?\btiep tuc\b|\s*(?:doan|to)(?: kiem tra| cong tac)? so \d+\b(?![^.;]*\bda\b)"
)


def _is_heading(line: str) -> bool:
    """A heading in capitals over a list's rows, as an appendix has them: "A. ĐOÀN SỐ 1", "LỊCH KIỂM TRA TRỰC TIẾP"."""
    return len(line) <= 120 and line.isupper() and ":" not in line and ";" not in line


# A table's group row between its rows ("II", "UBND các xã, thị trấn"): a few words, no clause of its own.
_GROUP_ROW = re.compile(r"^[^.;:|]{1,60}$")


_HEADING_WORDS = 8
_TABLE_TITLE_WORDS = 12
_GROUP_LABEL = re.compile(r"\W*((to|doan)( cong tac| kiem tra)?( so)? \d+|dot \d+)\W*")


_NUMBERED_HEADING = re.compile(r"\s*(?:\d{1,2}|[ivx]{1,4})[./)]\s[^.;:]{3,80}")
# ("3. Thời gian và đơn vị được kiểm tra", "2. Lịch kiểm tra cụ thể")
_UNITS_HEADING = re.compile(
    r"\b(don vi|co quan|dia phuong)\b[^.;:]{0,20}\bduoc kiem tra\b|\blich (kiem tra|lam viec)( cu the)?\s*$"
)


# A row of a schedule opening on its round's or its period's label rather than a bullet: "Đợt 1 (từ ngày 15 đến 19/4):
# Sở Giao thông vận tải, ...", "Quý II (tháng V và tháng VI/2026): xã Diễn Châu, ...".
_LABEL_ROW = re.compile(r"\s*(?:dot|quy|cum) (?:\d{1,2}|[ivx]{1,4})\b[^:\n]{0,60}:\s")


def _row_opening(folded: str, start: int) -> bool:
    return LIST_ITEM.match(folded, start) is not None or _LABEL_ROW.match(folded, start) is not None


def list_head(page: Page, s_start: int) -> str:
    """The folded sentence that opens the list a sentence continues, one item per line ("Đối tượng kiểm tra gồm:
    ...;" then "Trung tâm Phục vụ hành chính công xã."; "Lịch kiểm tra như sau:" then "- Ngày 13/7: UBND xã A"
    rows), or "" when the sentence is no list item."""
    bounds = page.sentences
    index = bisect_right(bounds, s_start, key=_start) - 1
    # an item, or a table's row ("1 | Sáng thứ Hai, 15/8/2016 | Sở Giao thông vận tải")
    in_rows = _row_opening(page.folded, s_start) or (
        index >= 0 and " | " in page.folded[s_start : bounds[index][1]]
    )
    above = bounds[max(0, index - 30) : max(0, index)]
    in_table = in_rows and any(" | " in page.folded[start:end] for start, end in above)
    labels = ""  # a group's short label between the list's opening and its rows ("Đoàn số 1:", "Đợt 2:")
    # a table's header row, which names its columns ("STT | Ngày kiểm tra | Đơn vị được kiểm tra")
    header = ""
    # past a table's group row ("II", "UBND các xã, thị trấn"): only a table's header may follow
    grouped = False
    # a group's heading of its own ("Thứ Tư, ngày 16/10/2019:" after the rows of "Thứ Hai, ngày 14/10/2019:"): the
    # groups above are its siblings, the list's opening is above them
    current = page.folded[s_start : bounds[index][1]].rstrip() if index >= 0 else ""
    own_heading = not in_rows and current.endswith(":") and len(current.split()) <= _HEADING_WORDS
    following = current
    for start, end in reversed(above):
        previous = page.folded[start:end].rstrip()
        line_start = page.text.rfind("\n", 0, start) + 1
        if (
            in_rows
            and line_start < start
            and LIST_ITEM.match(page.folded, line_start)
            and previous[-1:] != ":"
        ):
            continue  # an item's next sentence on its line: "- Thứ Sáu, 16/10: A. Buổi kiểm tra B được lùi sang ..."
        sibling = (
            previous.endswith(":") and len(previous.split()) <= _HEADING_WORDS and LIST_ITEM.match(following)
        )
        following = previous
        if own_heading and (LIST_ITEM.match(previous) or sibling):
            continue
        if previous.startswith("noi nhan"):
            return previous  # a document's addressees: offices sent a copy, not inspected
        if (
            in_rows
            and _NUMBERED_HEADING.fullmatch(previous)
            and _UNITS_HEADING.search(previous)
            and not _NUMBERED_HEADING.match(current)
        ):
            # a notice's numbered part over its bulleted rows: "3. Thời gian và đơn vị được kiểm tra"
            return f"{previous} {labels} {header}".rstrip()
        if (
            previous.endswith(":")
            and len(previous.split()) <= 4
            or in_rows
            and _GROUP_LABEL.fullmatch(previous)
        ):
            labels = labels or previous  # (or a team's label of its own line: "Tổ công tác số 1")
            continue
        if in_rows and not labels and _is_heading(page.text[start:end]):
            labels = previous  # "A. ĐOÀN SỐ 1" over an appendix's rows, then what the rows are
            continue
        if in_rows and labels and _is_heading(page.text[start:end]):
            if "kiem tra" in previous:
                return f"{previous} {labels}"  # "LỊCH KIỂM TRA TRỰC TIẾP ..."
            continue  # the heading of the group above ("A. ĐOÀN SỐ 1" over "B. ĐOÀN SỐ 2")
        if in_rows and previous.startswith("(") and previous.endswith(")"):
            continue  # "(Kèm theo Kế hoạch số 38/KH-UBND ...)" under an appendix's heading
        if (
            previous.endswith(":")
            or in_rows
            and _UNITS_HEADING.search(previous)
            and len(previous.split()) <= 4
        ):
            # (or a schedule's short heading of its own: "Lịch kiểm tra" over its rows)
            return f"{labels} {header}".strip() if grouped else f"{previous} {labels} {header}".rstrip()
        if in_table and " | " in previous:
            grouped, header = False, previous
            continue  # between its rows and the sentence that opens the table
        if in_table and not header and _GROUP_ROW.match(previous) and not LIST_ITEM.match(previous):
            grouped = True
            continue
        if grouped and LIST_ITEM.match(previous):
            continue  # the rows of the group above
        if (
            header
            and not grouped
            and len(previous.split()) <= _TABLE_TITLE_WORDS
            and previous[-1:] not in ".;,!?"
        ):
            return f"{previous} {labels} {header}".rstrip()  # a table's title over its header row
        if grouped or not (previous.endswith((";", ",")) or in_rows and _row_opening(previous, 0)):
            return f"{labels} {header}".strip()
        if ":" in previous and not _row_opening(previous, 0):
            return f"{previous} {labels}".rstrip()
    return f"{labels} {header}".strip()


def previous_sentence(page: Page, s_start: int) -> str:
    """The folded sentence before the one starting at `s_start` ("" for the first)."""
    bounds = page.sentences
    index = bisect_right(bounds, s_start, key=_start) - 1
    if index < 1:
        return ""
    start, end = bounds[index - 1]
    return page.folded[start:end]


def next_sentence(page: Page, s_end: int, count: int = 1) -> str:
    """The folded sentence after the one ending at `s_end` ("" for the last), or the next `count` of them."""
    bounds = page.sentences
    index = bisect_right(bounds, s_end, key=_start)
    return " ".join(page.folded[start:end] for start, end in bounds[index : index + count])


def in_caption(page: Page, start: int) -> bool:
    return any(s <= start < e for s, e in page.meta.captions)


def told_in_captions(page: Page) -> bool:
    """Whether the page is a photo story ("Chùm ảnh", "Phóng sự ảnh"): its captions hold most of what it tells, three
    of them or more, or fewer holding nearly all of it (a photo news item whose one caption is the story), so their
    facts are the story's."""
    captions = page.meta.captions
    covered = sum(e - s for s, e in captions)
    return covered >= 0.45 * len(page.text) and (len(captions) >= 3 or covered >= 0.6 * len(page.text))


def caption_of(page: Page, start: int) -> str:
    return next((page.text[s:e] for s, e in page.meta.captions if s <= start < e), "")


# A photo from the archive or an illustration: its caption tells of another day.
ARCHIVE_PHOTO = re.compile(r"tư liệu|minh họa|minh hoạ|ảnh: internet", re.IGNORECASE)


# Another story's headline with its date, as related-news lists give them ("- Kiểm tra công tác cải cách hành chính
# tại huyện Đại Từ (12/08/2022)"): its words and its day are not this article's.
_DATED_LINE_END = re.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)[^\S\n]*$", re.MULTILINE)
_HEADLINE_LENGTH = 200


# Another team's work at the same time, told in passing: "Cùng ngày 14/8, Tổ kiểm tra số 2 ... đã làm việc tại huyện Bến
# Lức; kết quả ... sẽ được thông tin trong bài viết khác", "Cũng trong sáng 18/11, Tổ kiểm tra công vụ ... đã kiểm tra
# đột xuất việc chấp hành giờ giấc làm việc tại phường Mỹ Thới".
_ANOTHER_TEAM_MEANWHILE = re.compile(
    r"\W*cung (trong )?(ngay|sang|chieu|thoi gian|buoi)\b[^.]{0,40}?,? (to|doan) kiem tra (so \d+|cong vu)\b"
    r"[^.]*\b(se duoc thong tin|thong tin (sau|trong bai)|kiem tra dot xuat)"
)


def other_stories(page: Page) -> list[tuple[int, int]]:
    """The spans of text that tell other stories, in text order, found once per page: the short lines that end with a
    date in brackets (from the date: a scan of every line's start cost a third of the relevance component), a
    digest's items that tell no inspection, and another team's work told in passing."""
    if "other_stories" not in page.facts:
        text, spans = page.text, []
        for end in _DATED_LINE_END.finditer(text):
            start = text.rfind("\n", 0, end.start()) + 1
            if end.start() - start <= _HEADLINE_LENGTH:
                spans.append((start, end.end()))
        spans += [(start, end) for start, end, _, inspection in _digest_items(page) if not inspection]
        spans += [
            (start, end)
            for start, end in page.sentences
            if _ANOTHER_TEAM_MEANWHILE.match(page.folded, start, end)
        ]
        page.facts["other_stories"] = _merged(spans)
    return page.facts["other_stories"]


# A digest of the week's or the month's news ("ĐIỂM TIN HOẠT ĐỘNG NGÀNH NỘI VỤ TUẦN TỪ 13 - 17/10/2025", "Tin tổng hợp
# hoạt động tháng 10/2018"), its items under their own headings, numbered ("2. Kiểm tra công tác cải cách hành chính
# tại xã Can Lộc và xã Đức Thọ") or not: the leaders, units, days, documents and figures of its other items ("3.
# Kiểm tra đột xuất việc chấp hành kỷ luật ...") are not the inspection's.
_DIGEST = re.compile(
    r"\b(diem tin|ban tin|tin van|tin tuc tuan|tom tat tin|hoat dong noi bat|tin (tong hop|hoat dong))\b"
)
_ITEM_HEADING = re.compile(r"^[^\S\n]*(?:(\d{1,2})[.)][^\S\n]+)?([^\n]{5,160}?)[^\S\n]*$", re.MULTILINE)
# An unnumbered heading opens a paragraph of the item's story, and is no photo's caption ("Ông A phát biểu tại buổi
# làm việc với UBND tỉnh" sits inside the inspection's story).
_ITEM_STORY = re.compile(r"\n[^\S\n]*\n?[^\S\n]*[^\n]{80,}[.:;!?”\"][^\S\n]*(\n|$)")
# (its first group empty, where a numbered heading's number stands)
_BULLETED_STORY = re.compile(r"^[^\S\n]*()[-–•+*][^\S\n]+([^\n]{80,})$", re.MULTILINE)
_CAPTION_WORDS = re.compile(r"\b(phat bieu|quang canh|toan canh|chup anh|anh:)|\(anh\b")
_INSPECTION_ITEM = re.compile(
    r"\b(kiem tra|phuc tra)\b[^\n]*\b(cai cach hanh chinh|cchc|(kiem soat )?thu tuc hanh chinh|tthc)\b"
)


def digest_headline(page: Page) -> str | None:
    """The heading of a digest's first item telling an inspection: the headline its story has (the digest's own names
    the week), which the relevance and kind of the page are read from."""
    return next((heading for _, _, heading, inspection in _digest_items(page) if inspection), None)


def _digest_items(page: Page) -> list[tuple[int, int, str, bool]]:
    """A digest's items as (start, end, heading, whether it tells an inspection), found once per page; none when no
    item tells one."""
    if "digest_items" not in page.facts:
        # (or a headline joining its stories with ";", two of them enough: "Giám sát ... tại xã Phước Kiển; kiểm tra
        # cải cách hành chính tại xã Hiệp Phước và thị trấn Nhà Bè")
        title = fold(page.meta.title or "")
        least = 3 if _DIGEST.search(title) else 2 if ";" in title else 0
        page.facts["digest_items"] = _items_of(page, least) if least else []
    return page.facts["digest_items"]


_CHECK_WORD = re.compile(r"\b(kiem tra|phuc tra)\b")


def _first_story(headline: re.Match[str]) -> str:
    """The headline's first story when it joins several with ";", else nothing: a headline names its items."""
    first, joined, _ = headline.group(2).partition(";")
    return first if joined else ""


def _items_of(page: Page, least: int) -> list[tuple[int, int, str, bool]]:
    text = page.text
    candidates = [m for m in _ITEM_HEADING.finditer(text) if not m.group(2).endswith((".", ":", ";", ","))]
    numbered = [m for m in candidates if m.group(1)]
    first = int(numbered[0].group(1)) if numbered else 0
    # (numbered in turn from the first or the second: a copy may lose the first item's heading with the page's top)
    if (
        len(numbered) >= 3
        and first <= 2
        and [int(m.group(1)) for m in numbered] == list(range(first, first + len(numbered)))
    ):
        headings = numbered
    else:
        headings = [
            m
            for m in candidates
            if not m.group(1)
            and m.group(2)[:1].isupper()
            and _ITEM_STORY.match(text, m.end())
            and not _CAPTION_WORDS.search(fold(m.group(2)))
        ]
        if len(headings) < least:
            # (or a bulleted paragraph each, the story its own heading: "- Ngày 7/5, Đoàn kiểm tra liên ngành vệ
            # sinh an toàn thực phẩm huyện do bà A làm trưởng đoàn đã kiểm tra 15 cơ sở ...")
            headings = list(_BULLETED_STORY.finditer(text))
        if len(headings) < least:
            return []
    ends = [m.start() for m in headings[1:]] + [len(text)]
    # (the headline opening the page names its items, and is none of them; unless its first story runs on under it,
    # its own heading dropped as the headline's copy, and the other headings tell no checks: "Kiểm tra CCHC tại xã A;
    # tập huấn ...", then the visit's paragraphs, then "TẬP HUẤN ...")
    runs_on = not any(_CHECK_WORD.search(fold(m.group(2))) for m in headings[1:])
    items = [
        (
            m.start(),
            end,
            m.group(2),
            bool(
                _INSPECTION_ITEM.search(fold(m.group(2) if m.start() else _first_story(m) if runs_on else ""))
            ),
        )
        for m, end in zip(headings, ends, strict=True)
    ]
    if headings is numbered and first == 2:
        # the first item's story without its heading, under the page's headline: told by its first line
        start = text.find("\n") + 1
        story = text[start : text.find("\n", start)]
        items.insert(0, (start, headings[0].start(), story, bool(_INSPECTION_ITEM.search(fold(story)))))
    return items if any(inspection for *_, inspection in items) else []


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def in_other_story(page: Page, start: int) -> bool:
    return any(s <= start < e for s, e in other_stories(page))


def without_other_stories(page: Page) -> str:
    """The text with its related headlines and a digest's other items left out."""
    text, kept, pos = page.text, [], 0
    for start, end in other_stories(page):
        kept.append(text[pos:start])
        pos = end
    return "".join(kept) + text[pos:]


def text_year(text: str) -> int | None:
    """The year a text names most ("năm 2026"): a page without its date is of it."""
    years = Counter(int(y) for y in re.findall(r"năm (20\d\d)", text))
    return years.most_common(1)[0][0] if years else None
