"""Team leaders ("Trưởng đoàn", "tổ trưởng") with their posts, from the common phrasings.

Anchors: "... làm Trưởng đoàn" / "dẫn đầu" (the person is before, after "do" when present),
"Trưởng đoàn: X, post" / "Trưởng đoàn là X" / "Trưởng đoàn, ông X," (after), "X – post, Trưởng đoàn kiểm tra"
(before).
"Phó trưởng đoàn", members and the plan's signer never match an anchor.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from cchc.record import Leader
from cchc.vntext import UPPER, fold
from extract.components.inspection_days import recalled_round, recalled_year
from extract.components.relevance import audits_reform_work
from extract.components.state import (
    ARCHIVE_PHOTO,
    Found,
    Page,
    caption_of,
    clause_end,
    evidence,
    in_caption,
    in_other_story,
    later_round,
    lower_level_teams,
    page_team_level,
    sentence_of,
)
from extract.gazetteer import gazetteer
from extract.scan import WORD, clean_title, find_person, honorific_end, person_name_at, post_head_at

# Anchors match the folded text (same offsets): "lam truong doan" on pages without diacritics too.
# (not the head of another group: "Tổ trưởng Tổ một cửa của xã", "Tổ trưởng Tổ giúp việc", "tổ trưởng tổ Văn phòng")
_ROLE = r"(?:truong doan|to truong(?! to (?!kiem tra|cong tac|so\b|\d))|truong to)"
# "Trưởng đoàn kiểm tra", in shorthand "Trưởng đoàn KT"; one of several teams' or rounds' "Trưởng đoàn số 2", "Trưởng
# đoàn đợt 2"
_OF_TEAM = (
    r"(?: kiem tra| kt\b)?(?: lien (?:nganh|nganh tinh|nganh huyen)\b)?(?: (?:so|dot) \d+\b| dot nay\b)?"  # "liên ngành"
    # ("Trưởng đoàn của Đoàn kiểm tra số 2 là đồng chí A")
    r"(?: cua (?:doan|to)(?: kiem tra)? so \d+\b)?"
    # ... and its subject and body: "Trưởng đoàn kiểm tra cải cách hành chính của UBND tỉnh, Phó Giám đốc Sở Nội vụ A"
    r"(?: (?:cong tac )?(?:cai cach hanh chinh|cchc)(?: cua (?:ubnd |uy ban nhan dan )?(?:tinh|huyen|thi xa|quan|thanh pho|so noi vu))?)?"
)
# No "phó" guard before "làm": "Phó trưởng đoàn" cannot match "làm Trưởng đoàn", and a post ending in "thành phố"
# folds to "... pho lam truong doan".
_BEFORE = re.compile(  # not "trong nhóm dẫn đầu", "dẫn đầu cả nước", "tỉnh dẫn đầu là Quảng Ninh", "phường A dẫn đầu
    # với 96,5 điểm": a rank
    r"(?:lam|la|giu chuc|giu vai tro|kiem)\s+"  # "ông A, Phó Chủ tịch UBND huyện giữ chức Trưởng đoàn", "... kiêm Tổ trưởng"
    + _ROLE
    # co-leaders: "do ông A, Phó Giám đốc Sở Nội vụ và bà B, Phó Giám đốc Sở Tư pháp đồng Trưởng đoàn"
    + r"|(?:lam |\b)dong truong doan"
    # the role in brackets after the post: "do ông A, Phó Giám đốc Sở (Trưởng đoàn) cùng các thành viên"
    + r"|\(\s*"
    + _ROLE
    + r"\s*\)"
    + r"|dan dau(?<!nhom dan dau)(?<!vi tri dan dau)(?<!top dan dau)(?! (ca nuoc|toan tinh|toan quoc|ve|bo chi so|chi so|bang xep hang|la|huyen|tinh|thanh pho)\b| voi \d)"
    r"|chu tri doan"
    r"|chu tri(?= (da )?(kiem tra|lam viec) )"  # "Đoàn kiểm tra ... do <post> X chủ trì đã kiểm tra tại ..."
)
# A group that leads a ranking, its members before "dẫn đầu": "đưa PAR INDEX vào nhóm 45 tỉnh, thành phố dẫn đầu" (not
# a team's group led by its head: "nhóm 2 do bà A dẫn đầu").
# ... or the units that lead it: "Các xã Tân Xuân, An Qui và Thạnh Phú dẫn đầu nhờ ..."
_RANKING_GROUP = re.compile(
    r"\b(nhom (\d+|cac)|cac (xa|phuong|thi tran|huyen|so|don vi|co quan|dia phuong))\b(?:(?!\bdo\b)[^.;]){0,40}$"
)


def _ranked(page: Page, anchor: re.Match[str]) -> bool:
    return anchor.group(0).startswith("dan dau") and bool(
        _RANKING_GROUP.search(page.folded, max(0, anchor.start() - 50), anchor.start())
    )


# "Trưởng đoàn: X", "Trưởng đoàn là X", "Trưởng đoàn kiểm tra - đồng chí X" (a dash only before an honorific),
# "dẫn đầu (đoàn) là ông X".
_AFTER = re.compile(
    r"(?:(?<!pho )"
    + _ROLE
    + _OF_TEAM
    + r"|dan dau doan"
    + _OF_TEAM
    + r")(?:\s*(?::|la\b)\s*|\s*[–—\-]\s*(?=(?:dong chi|ong|ba)\s))"
    # ("dẫn đầu" alone names a person only with an honorific: "Dẫn đầu là Trường THCS Văn Môn với 93,5 điểm" ranks)
    r"|dan dau\s*(?::|la\b)\s*(?=(?:dong chi|ong|ba)\s)"
    # ... or a table of the team's make-up, the role's cell opening its row: "Trưởng đoàn | Ông Lê Hoàng Vũ – ..."
    r"|(?:^|(?<=\n))[^\S\n]*" + _ROLE + _OF_TEAM + r"[^\S\n]*\|[^\S\n]*"
)
# "Trưởng đoàn kiểm tra, ông X, Phó Chủ tịch UBND huyện, ghi nhận ...": the role opening its sentence, a comma, and
# the person (a comma after the role mid-sentence more often ends a post: "X, Phó Chủ tịch, Trưởng đoàn, ...").
# "Trưởng đoàn kiểm tra Y Khoa Niê (Phó Giám đốc Sở Nội vụ) ghi nhận": the name right after the role.
_NAMED_AFTER = re.compile(
    _ROLE + r"(?<!pho truong doan)(?<!pho to truong)(?<!pho truong to)" + _OF_TEAM + r" (?=\w)"
)
_OPENING = re.compile(  # also after an opening clause: "Kết thúc đợt kiểm tra, Trưởng đoàn kiểm tra, đồng chí X"
    r"(?:^|(?<=\n)|(?<=\. )|(?<=, ))" + _ROLE + _OF_TEAM + r"\s*,\s*(?=(?:dong chi|ong|ba)\s)"
    # ... or a numbered team's row, its head first: "- Đoàn số 1: Ông Phan Đình Khoa, Giám đốc Sở Nội vụ; 17/11"
    r"|(?:^|(?<=\n))\W*(?:doan|to)(?: kiem tra)? so \d+\s*:\s*(?=(?:dong chi|ong|ba)\s)"
)
_TRAILING = re.compile(  # also a member table's row: "- Ông A: Phó Chủ tịch UBND huyện; Trưởng đoàn."
    r"\s*(?:[,–—\-]\s*(?<!pho )" + _ROLE + r"(?: doan)?" + _OF_TEAM + r"\b|;\s*" + _ROLE + r"(?=\s*(?:\.|$)))"
    # ... or its cells flattened into one line, copied from a PDF: "1 Ông Trần Văn Hiệp Phó Chủ tịch UBND huyện
    # Trưởng đoàn"
    r"|(?<!pho)[ \t]" + _ROLE + r"(?=[ \t]*$)",
    re.MULTILINE,
)
# "Trưởng đoàn kiểm tra – Phó Chánh Văn phòng UBND tỉnh Nguyễn Duy Tiến đánh giá ...", "Trưởng đoàn, Giám đốc Sở Nội
# vụ Lê Văn A, ...": the role, a dash or a comma, then a post and the name right after it.
# (not the role a person before it takes: "A làm Trưởng đoàn, Phó Giám đốc Sở B làm Phó Trưởng đoàn")
_POSTED_AFTER = re.compile(
    r"(?<!lam )(?<!la )"
    + _ROLE
    + r"(?<!pho truong doan)(?<!pho to truong)(?<!pho truong to)"
    + _OF_TEAM
    + r"\s*[,–—\-]\s*(?=\w)"
)
# "Đoàn kiểm tra của Sở Nội vụ (Trưởng đoàn Cầm Văn Tươi, Phó Giám đốc Sở) đã ...": the post ends with the bracket.
_BRACKETED = re.compile(r"\(\s*" + _ROLE + _OF_TEAM + r"\s+")
# A signature block: the signing capacity alone on its line (or in its cell), the name some lines below.
_SIGNING = re.compile(r"(?:^|\|)[^\S\n]*(?:TRƯỞNG ĐOÀN|TỔ TRƯỞNG)[^\S\n]*(?=\||$)", re.MULTILINE)
_LINE = re.compile(r"[^\n]*")
_SIGNATURE_BLOCK = 200
_DO = re.compile(r"(?:^|\s)do\s", re.IGNORECASE)
_STOP_AFTER = re.compile(r";|\.\s|pho truong doan|\bto pho\b|pho to truong|thanh vien|cac thanh vien")


def _as_name(written: str) -> str:
    """A name as names are written: "HOÀNG ĐỨC TRỌNG" in an interview's introduction is Hoàng Đức Trọng."""
    return written.title() if written.isupper() else written


def _persons(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        person = find_person(text, pos, end)
        if not person:
            break
        found.append(person)
        pos = person[1]
    return found


def _leader(page: Page, chunk_start: int, chunk_end: int, person: tuple[int, int]) -> Found | None:
    text = page.text
    read_as, person = person, _after_place(text, person)
    if person is None or text[max(0, person[0] - 2) : person[0]].strip() in _QUOTES:
        return None  # a quote's first words: "Trưởng đoàn kiểm tra: “Kim Sơn đã có nhiều cố gắng ..."
    if person != read_as:  # the post stands before its place: "Phó Chủ tịch UBND quận Ngô Quyền"
        chunk_start = min(chunk_start, max(sentence_of(page, person[0])[0], read_as[0] - 60))
    title = (
        clean_title(text[person[1] : chunk_end])
        or clean_title(text[chunk_start : person[0]])
        or _post_before(text, sentence_of(page, person[0])[0], person[0])
        or _post_after(text, person[1])
    )
    leader = Leader(name=_as_name(text[person[0] : person[1]]), title=title, evidence=evidence(page, *person))
    return Found(person[0], person[1], leader)


_QUOTES = {"“", '"', "«", "‘"}


# What parts a post from the words before it: "Phát biểu kết luận, Giám đốc Sở Nội vụ, TS. Hồ Đắc Thắng – Trưởng
# đoàn", "Trưởng đoàn kiểm tra là Phó Trưởng Thuế tỉnh Lê Thị Thu Hà", "Kết luận của Thứ trưởng Bộ Nội vụ Phan Đức Long".
_BEFORE_POST = re.compile(r"(?:[,;:(–—\n]|\s-|\b(?:là|do|của|với)\b)\s*")
_AFTER_NAME = re.compile(r"\s*(?:,|[–—-](?=\s))\s*")


def _post_before(text: str, s_start: int, name_start: int) -> str | None:
    """The post written right before the name ("Phó Chủ tịch UBND huyện Gò Dầu Nguyễn Thị Mỹ Hằng – Trưởng đoàn"),
    past an honorific or a degree; None when other words come between ("tiếp và làm việc với đồng chí X")."""
    breaks = list(_BEFORE_POST.finditer(text, s_start, name_start))
    start, end = breaks[-1].end() if breaks else s_start, name_start
    if breaks and honorific_end(text, start) == name_start:  # "Giám đốc Sở Nội vụ, TS. Hồ Đắc Thắng"
        start, end = breaks[-2].end() if len(breaks) > 1 else s_start, breaks[-1].start()
    before = " ".join(text[start:end].split()).removesuffix(".")
    post = clean_title(before)
    return post if post and before.endswith(post) else None


def _post_after(text: str, name_end: int) -> str | None:
    """The post after the name behind a comma or a dash ("Trưởng đoàn kiểm tra Nguyễn Thị Thu Hương – Phó Chủ tịch
    UBND quận ghi nhận ...")."""
    gap = _AFTER_NAME.match(text, name_end)
    if gap is None or post_head_at(text, gap.end()) is None:
        return None
    return clean_title(text[gap.end() : clause_end(text, gap.end())])


# (the place's first words may stand before the name read: "huyện Vạn Ninh Nguyễn Thị Hạnh" reads "Ninh Nguyễn ...")
_PLACE_TYPE_BEFORE = re.compile(
    r"\b(quận|huyện|thị xã|thành phố|tỉnh|xã|phường|thị trấn) (?:(?-i:" + UPPER + r")\w* ){0,2}$",
    re.IGNORECASE,
)


def _after_place(text: str, person: tuple[int, int]) -> tuple[int, int] | None:
    """A post's place read as the start of the name ("Phó Chủ tịch UBND quận Ngô Quyền Vũ Mạnh Hùng"): the name
    starts after the place the gazetteer knows; a place read as a whole name ("quận Ngô Quyền") is none."""
    kind = _PLACE_TYPE_BEFORE.search(text, max(0, person[0] - 30), person[0])
    if kind is None:
        return person
    place_start = kind.end(1) + 1
    numbered = _PLACE_NUMBER.match(text, person[1])  # "Xã Sơn Kim 1 dẫn đầu", a commune numbered in its name
    if _is_place(kind.group(1), text[place_start : numbered.end() if numbered else person[1]]):
        return None
    words = list(WORD.finditer(text, person[0], person[1]))
    for n in range(len(words) - 2, 0, -1):  # at least two syllables stay the person's
        if _is_place(kind.group(1), text[place_start : words[n - 1].end()]):
            # (read again from there: the place took syllables the name's length allows it, "huyện Trần Văn Thời Tô
            # Minh Khải" was read "Trần Văn Thời Tô Minh")
            return person_name_at(text, words[n].start()) or (words[n].start(), person[1])
    return person


_PLACE_NUMBER = re.compile(r" \d{1,2}\b")


def _is_place(type_word: str, name: str) -> bool:
    """A place of that type: a "thành phố" is a province or a district, never a commune ("Phó Chủ tịch UBND thành
    phố Lâm Quốc Thịnh" has no city called Lâm, only a township)."""
    found = gazetteer().find(type_word, name)
    return any(p.level != "commune" for p in found) if type_word.lower() == "thành phố" else bool(found)


def _before_anchor(page: Page, anchor: re.Match[str]) -> list[Found]:
    """The leader named before a role word ("do ông A, Phó Giám đốc Sở Nội vụ làm Trưởng đoàn"), or each of the
    teams' heads a phrase lists there."""
    s_start, _ = sentence_of(page, anchor.start())
    dos = [m.end() for m in _DO.finditer(page.text, s_start, anchor.start())]  # "Đỗ" folds to "do"
    if dos and (heads := _listed_heads(page, dos[-1], anchor.start())):
        return heads
    if (
        not dos
        and (in_turn := _IN_TURN.search(page.folded, s_start, anchor.start()))
        and (heads := _heads_in_turn(page, s_start, anchor.start(), in_turn.start()))
    ):
        return heads
    leader = _one_before_anchor(page, anchor, s_start, dos)
    return [leader] if leader else []


_GROUP_HEAD_ROLE = re.compile(r"\b(to truong|truong to)$")
# The teams' heads named in turn, before their roles: "Ông A, bà B và ông C – các Phó Giám đốc Sở Nội vụ – lần lượt
# làm Trưởng đoàn số 1, số 2 và số 3", with the post they share between dashes or each their own.
_IN_TURN = re.compile(r"\s*\blan luot\s*$")
_SHARED_POST = re.compile(r"[–—-]\s*cac (?P<post>[a-z][a-z ]{2,60}?)\s*[–—-]")
_BEFORE_NEXT_HEAD = re.compile(r"\s*(?:,|;|\bva\b)\s*(?:(?:ong|ba|dong chi)\s+)?$")


def _heads_in_turn(page: Page, s_start: int, role: int, in_turn: int) -> list[Found]:
    text, folded = page.text, page.folded
    persons = _persons(text, s_start, role)
    shared = _SHARED_POST.search(folded, s_start, role)
    found = []
    for person, after in zip(persons, [*(p[0] for p in persons[1:]), None], strict=True):
        # (each one's post up to the next name, or to "lần lượt")
        between = _BEFORE_NEXT_HEAD.search(folded, person[1], after) if after is not None else None
        end = in_turn if after is None else between.start() if between else after
        leader = _leader(page, person[0], end, person)
        if leader and shared:
            leader.value.title = text[shared.start("post") : shared.end("post")]
        found += [leader] if leader else []
    return found if len(found) > 1 else []


def _one_before_anchor(page: Page, anchor: re.Match[str], s_start: int, dos: list[int]) -> Found | None:
    text = page.text
    chunk_start = dos[-1] if dos else s_start
    persons = _persons(text, chunk_start, anchor.start())
    if not persons:
        return None
    person = persons[0] if dos else _without_post_place(text, persons)[-1]
    deputy = _DEPUTY.search(page.folded, person[1], anchor.start())
    if anchor.group(0).startswith("kiem") or _GROUP_HEAD_ROLE.search(anchor.group(0)):
        # a deputy who heads a sub-team too: "ông A, Phó Giám đốc Sở Tư pháp, Phó Trưởng đoàn kiêm Tổ trưởng", "Tổ 2 do
        # ông B, Trưởng phòng Nội vụ, Phó Trưởng đoàn làm Tổ trưởng", the post the one before the roles
        return _leader(page, chunk_start, deputy.start() if deputy else anchor.start(), person)
    if deputy or _DEPUTY.search(page.folded, chunk_start, person[0]):
        # "Tổ thứ hai do ông A, Trưởng phòng CCHC, Phó Trưởng đoàn dẫn đầu", "do Phó Trưởng đoàn B dẫn đầu": the
        # team's deputy
        return None
    return _leader(page, chunk_start, anchor.start(), person)


# Several teams' heads named in one phrase: "ba đoàn kiểm tra ... do các đồng chí: A – Phó Chủ tịch UBND huyện; B –
# Trưởng phòng Nội vụ; C – Chánh Văn phòng HĐND và UBND huyện làm trưởng đoàn"; ... sharing a post: "do các Phó Giám
# đốc Sở Nội vụ: bà A, ông B và ông C làm Trưởng đoàn"; or two or more, each with an honorific: "do ông A, Phó Giám đốc
# Sở Nội vụ và bà B, Phó Giám đốc Sở Tư pháp đồng Trưởng đoàn", "do ông A, Giám đốc Sở Nội vụ; ông B, ... và bà C, ...".
_HEADS_LISTED = re.compile(r"\s*cac (dong chi|ong, ba|ong|ba)\s*:?\s*")
_HEADS_SHARING_POST = re.compile(r"\s*cac (?P<post>[a-z][a-z ]{2,60}?)\s*:\s*")
_NEXT_HEAD = re.compile(r"(?:,?\s+và|;)\s+(?=(?:ông|bà|đồng chí)\s)")
_BLANK = re.compile(r"\s*")


def _listed_heads(page: Page, after_do: int, role: int) -> list[Found]:
    """Each head of a list of teams' heads between "do" and the role word, with the post after their name or the
    one they share (none unless there are two or more)."""
    text, post = page.text, None
    if heads := _HEADS_LISTED.match(page.folded, after_do):
        items = re.finditer(r"[^;]+", text[heads.end() : role])
    elif heads := _HEADS_SHARING_POST.match(page.folded, after_do):
        post = text[heads.start("post") : heads.end("post")]
        items = re.finditer(r"(?:(?!,|\bvà\b).)+", text[heads.end() : role])
    else:
        heads = _BLANK.match(text, after_do)
        items = re.finditer(r".+?(?=" + _NEXT_HEAD.pattern + r"|$)", text[heads.end() : role])
    found = []
    for item in items:
        start, end = heads.end() + item.start(), heads.end() + item.end()
        if (person := find_person(text, start, end)) and (leader := _leader(page, start, end, person)):
            if post:
                leader.value.title = post
            found.append(leader)
    return found if len(found) > 1 else []


def _without_post_place(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names before a role word but the last when it is the post's place ("đồng chí A, Phó Giám đốc KBNN Sơn La
    làm Trưởng đoàn", "Ông A, Trưởng phòng Nội vụ huyện Trần Văn Thời, Trưởng đoàn kiểm tra"), or any place its type
    word names, whole ("đồng chí A, Chủ tịch UBND phường Trần Lãm dẫn đầu đoàn kiểm tra")."""
    if len(persons) > 1 and (
        _is_place_name(text[slice(*persons[-1])]) or _after_place(text, persons[-1]) is None
    ):
        return persons[:-1]
    return persons


def _is_place_name(name: str) -> bool:
    """A province's or a district's name read as a person's ("Sơn La", "Thanh Chương")."""
    gaz = gazetteer()
    return gaz.province(name) is not None or bool(gaz.find("huyện", name))


_DEPUTY = re.compile(r"\bpho (truong doan|to truong|truong to)\b")


def _after_anchor(page: Page, anchor: re.Match[str]) -> Found | None:
    text = page.text
    _, s_end = sentence_of(page, anchor.start())
    start = anchor.end()
    after = honorific_end(text, start)
    stop = _STOP_AFTER.search(page.folded, after or start, s_end)  # past the "TS." of "TS. Lê Văn Đông"
    chunk_end = stop.start() if stop else s_end
    person = person_name_at(text, after, after_honorific=True) if after else person_name_at(text, start)
    if person is None:
        person = find_person(text, start, min(chunk_end, start + 120))
    if person is None:
        return None
    return _leader(page, start, chunk_end, person)


def _opening_anchor(page: Page, anchor: re.Match[str]) -> Found | None:
    """The person after "Trưởng đoàn kiểm tra, ông", and the post between the next two commas (what follows it is
    what the leader did: "..., Phó Chủ tịch UBND huyện, ghi nhận ...")."""
    text = page.text
    after = honorific_end(text, anchor.end())
    person = person_name_at(text, after, after_honorific=True) if after else None
    if person is None:
        return None
    post = re.match(r"\s*[,–—-]\s*([^,;.]+)", text[person[1] :])
    post_end = person[1] + post.end() if post else person[1]
    return _leader(page, person[1], post_end, person)


def _named_after_anchor(page: Page, anchor: re.Match[str]) -> Found | None:
    text = page.text
    # past an honorific in either case: "Trưởng đoàn ông A", a table's cell "Trưởng đoàn Ông Phạm Minh Đức"
    start = anchor.end() + (honorific_end(text[anchor.end() : anchor.end() + 40].lower(), 0) or 0)
    if not text[start : start + 1].isupper():
        return None
    person = person_name_at(text, start, after_honorific=True)
    if person is None:
        return None
    # the post, if any, follows in brackets or between commas ("..., Phó Giám đốc Sở, yêu cầu"); not what he said
    post = re.match(r" ?\([^()]{3,80}\)|,[^,;.]{3,80}(?=,)", text[person[1] : person[1] + 90])
    return _leader(page, person[1], person[1] + (post.end() if post else 0), person)


def _signer(page: Page, anchor: re.Match[str]) -> Found | None:
    """The name a document's signature block puts under "TRƯỞNG ĐOÀN" / "TỔ TRƯỞNG" (after "(Đã ký)"), with the
    post on the line below it when there is one."""
    text = page.text
    for line in _LINE.finditer(text, anchor.end(), min(len(text), anchor.end() + _SIGNATURE_BLOCK)):
        start = line.start() + len(line.group(0)) - len(line.group(0).lstrip(" |\t"))
        person = person_name_at(text, start) if start < line.end() else None
        if person and text[person[1] : line.end()].strip(" |\t") == "":
            post = _LINE.match(text, line.end() + 1)
            below = post.group(0).strip(" |\t") if post else ""
            title = below if post_head_at(below, 0) is not None else None
            leader = Leader(
                name=_as_name(text[person[0] : person[1]]), title=title, evidence=evidence(page, *person)
            )
            return Found(person[0], person[1], leader)
    return None


def _posted_after_anchor(page: Page, anchor: re.Match[str]) -> Found | None:
    text = page.text
    post_end = post_head_at(text, anchor.end())
    if post_end is None:
        return None
    person = find_person(text, post_end, min(len(text), post_end + 80))
    if (
        person is None
        or re.search(r"[,;.()]", text[post_end : person[0]])
        or gazetteer().province(text[person[0] : person[1]])
    ):
        return None  # the post is the previous person's: "ông A, Trưởng đoàn, Phó Giám đốc Sở Nội vụ Hà Tĩnh, ..."
    return _leader(page, anchor.end(), person[0], person)


def _bracketed_anchor(page: Page, anchor: re.Match[str]) -> Found | None:
    text = page.text
    close = text.find(")", anchor.end(), anchor.end() + 150)
    person = person_name_at(text, anchor.end()) if close > 0 else None
    return _leader(page, person[1], close, person) if person else None


# A post right after the role: "Ông A, Trưởng đoàn, Phó Giám đốc Sở Nội vụ phát biểu".
_POST_AFTER_ROLE = re.compile(r"\s*[,–—-]\s*(?P<post>[^,;.()]*)")


def _trailing_anchor(page: Page, anchor: re.Match[str]) -> Found | None:
    text = page.text
    s_start, _ = sentence_of(page, anchor.start())
    words = list(WORD.finditer(text, s_start, anchor.start()))
    chunk_start = words[-25].start() if len(words) > 25 else s_start
    persons = _persons(text, chunk_start, anchor.start())
    if not persons:
        return None
    person = _without_post_place(text, persons)[-1]
    leader = _leader(page, person[0], anchor.start(), person)
    post = _POST_AFTER_ROLE.match(text, anchor.end())
    if leader and leader.value.title is None and post and post_head_at(text, post.start("post")):
        leader.value.title = clean_title(post["post"])
    return leader


# A team of another kind in the same article: a People's Council supervision ("Đoàn giám sát của HĐND"), or the
# group that assists the team ("Giúp việc cho Đoàn có Tổ thư ký do ông X ... làm tổ trưởng").
_HELPING_TEAM = r"to thu ky|to giup viec|giup viec cho doan"
_OTHER_TEAM = re.compile(
    # (not the reform steering committee's own: "Đoàn giám sát số 2 của Ban Chỉ đạo cải cách hành chính tỉnh")
    r"doan giam sat(?!( so \d+)? (cua )?(ban chi dao|bcd) (cai cach hanh chinh|cchc))|"
    r"doan khao sat (cua )?(hdnd|hoi dong nhan dan|mat tran)|"
    r"doan thanh tra|"  # another body's audit in the same digest: "Đoàn thanh tra của Cục Thuế tỉnh do ông A ..."
    + _HELPING_TEAM
)
_HELPING = re.compile(_HELPING_TEAM)
_INSPECTING_TEAM = re.compile(r"\b(doan|to)( cong tac)? kiem tra\b")


def _leads_other_work(page: Page, start: int) -> bool:
    """Whether the person heads another group: one the sentence names before the person without any check, or the
    helping group it names last before the person ("Đoàn kiểm tra ... do ông A làm Trưởng đoàn; giúp việc cho Đoàn có
    Tổ giúp việc do ông B ... làm Tổ trưởng"; not "Trưởng đoàn là ông A ..., ông B là Tổ trưởng Tổ giúp việc")."""
    s_start, s_end = sentence_of(page, start)
    if "kiem tra" not in page.folded[s_start:s_end]:
        other = _OTHER_TEAM.search(page.folded, s_start, start)
        # (the Inspectorate's own team when what the page tells is its inspection of reform work: "Đoàn thanh tra do bà
        # A, Phó Chánh Thanh tra Sở Nội vụ làm Trưởng đoàn")
        return bool(other) and not (other.group(0) == "doan thanh tra" and audits_reform_work(page))
    helping = [m.end() for m in _HELPING.finditer(page.folded, s_start, start)]
    ours = [m.end() for m in _INSPECTING_TEAM.finditer(page.folded, s_start, start)]
    return bool(helping) and (not ours or helping[-1] > ours[-1])


# A sentence telling how the team was led before ("Trước đây, Đoàn do ông A làm Trưởng đoàn. Do ông A được điều động
# ..., ông B làm Trưởng đoàn đợt 2"): its leader no longer leads it.
_FORMERLY = re.compile(r"\W*(truoc day|truoc kia)\b")


# ... or names the leader another replaced: "ông B, Phó Giám đốc Sở Nội vụ làm Trưởng Đoàn kiểm tra số 2 thay ông A".
_REPLACED = re.compile(
    r"\btruong doan\b[^.;]{0,40}\bthay (?:ong|ba|dong chi) (?P<name>[a-z]+(?: [a-z]+){1,3}?)(?=[.;,(]| do\b)|"
    # ... or tells them moved away: "Do ông A được điều động nhận nhiệm vụ mới tại Sở ..., ... giao ông B làm Q.
    # Trưởng đoàn"
    r"\bdo (?:ong|ba|dong chi) (?P<moved>[a-z]+(?: [a-z]+){1,3}?) (?:duoc|da) (?:dieu dong|luan chuyen|nghi huu|"
    r"chuyen cong tac)\b"
)


# A head of a people's committee or a department who checks in person, the others going with them: "đồng chí A, Chủ
# tịch UBND huyện đã trực tiếp đến kiểm tra đột xuất ... Cùng đi với đồng chí Chủ tịch có ..." (the person right
# before, with only their post between: not "Theo ông A, Trưởng phòng Nội vụ, Đoàn đã trực tiếp kiểm tra").
_IN_PERSON = re.compile(
    r"\b(?:da |vua )?truc tiep (?:den |di |xuong )?kiem tra\b|"
    r"\b(?:da|vua) (?:den |xuong )?kiem tra dot xuat\b"  # "đồng chí A, Chủ tịch UBND tỉnh đã kiểm tra đột xuất"
)
_TEAM_WORD = re.compile(r"\b(doan|to)\b")
_POST_ONLY = re.compile(r"\s*[,–—-]\s*(?P<post>[^,;:.()]{3,80}(?:,\s*[^,;:.()]{3,80})?)\s*")


def _in_person_anchor(page: Page, anchor: re.Match[str]) -> Found | None:
    text = page.text
    s_start, _ = sentence_of(page, anchor.start())
    persons = _persons(text, s_start, anchor.start())
    post = persons and _POST_ONLY.fullmatch(text, persons[-1][1], anchor.start())
    if (
        not post
        or post_head_at(text, post.start("post")) is None
        or _TEAM_WORD.search(page.folded, post.start("post"), post.end("post"))
        or _DEPUTY.search(page.folded, s_start, anchor.start())
    ):
        # (not "ông A, Phó Chủ tịch UBND huyện cùng Đoàn": the team's doing, the other anchors'; nor "Phó Trưởng đoàn
        # A, Trưởng phòng Nội vụ trực tiếp kiểm tra sổ sách": the deputy at work)
        return None
    return _leader(page, post.start("post"), anchor.start(), persons[-1])


# A sentence telling the team at work, as one the replaced leader led on its first days.
_HAS_LED = re.compile(r"\b(da|vua) (kiem tra|lam viec)\b")


@Language.component("cchc_leaders")
def find_leaders(doc: Doc) -> Doc:
    page = doc._.page
    found: dict[str, Found] = {}
    team_level = page_team_level(page)
    candidates = (
        [f for m in _BEFORE.finditer(page.folded) if not _ranked(page, m) for f in _before_anchor(page, m)]
        + [_after_anchor(page, m) for m in _AFTER.finditer(page.folded)]
        + [_opening_anchor(page, m) for m in _OPENING.finditer(page.folded)]
        + [_trailing_anchor(page, m) for m in _TRAILING.finditer(page.folded)]
        + [_bracketed_anchor(page, m) for m in _BRACKETED.finditer(page.folded)]
        + [_posted_after_anchor(page, m) for m in _POSTED_AFTER.finditer(page.folded)]
        + [_named_after_anchor(page, m) for m in _NAMED_AFTER.finditer(page.folded)]
        + [_signer(page, m) for m in _SIGNING.finditer(page.text)]
        + [_in_person_anchor(page, m) for m in _IN_PERSON.finditer(page.folded)]
    )
    ordered = sorted(
        (
            c
            for c in candidates
            if c
            and not _leads_other_work(page, c.start)
            and not in_other_story(page, c.start)
            and not recalled_round(page, sentence_of(page, c.start)[0], c.start)
            and not recalled_year(page, page.folded[sentence_of(page, c.start)[0] : c.start])
            # (the head of the host's own team, as it sums up its year: "Ông A, Phó Chủ tịch UBND huyện, Trưởng đoàn
            # kiểm tra CCHC của huyện báo cáo" on the province's visit)
            and not any(lower_level_teams(page, *sentence_of(page, c.start), team_level))
            and not _FORMERLY.match(page.folded, sentence_of(page, c.start)[0])
        ),
        key=lambda c: c.start,
    )
    in_text = [c for c in ordered if not in_caption(page, c.start)]
    # A leader named only in a photo's caption ("Đồng chí X, Trưởng đoàn kiểm tra phát biểu kết luận tại xã A")
    # when the text names none, unless the photo is from the archive.
    for cand in in_text or [c for c in ordered if not ARCHIVE_PHOTO.search(caption_of(page, c.start))]:
        key = fold(cand.value.name)
        known = found.get(key)
        if known is None or (known.value.title is None and cand.value.title):
            found[key] = known if known and not cand.value.title else cand
    for replaced in _REPLACED.finditer(page.folded):
        name = "name" if replaced["name"] else "moved"
        key = fold(page.text[replaced.start(name) : replaced.end(name)])
        if not any(
            fold(c.value.name) == key and _HAS_LED.search(page.folded, *sentence_of(page, c.start))
            for c in in_text
        ):
            found.pop(key, None)  # (not one who led the team on its first days: both led it)
    if not found and (named := _named_by_post(page)):
        found[fold(named.value.name)] = named
    page.leaders = _without_partial_names(sorted(found.values(), key=lambda f: f.start))
    for leader in page.leaders:
        if all(_to_come(page, c) for c in in_text if fold(c.value.name) == fold(leader.value.name)):
            leader.tags.add("to come")
    return doc


def _to_come(page: Page, candidate: Found) -> bool:
    """Whether the sentence, from the leader on, tells a round still to come: "Đoàn kiểm tra số 2 do ông A làm Trưởng
    đoàn sẽ kiểm tra tại Sở Xây dựng vào cuối tháng 3"."""
    return later_round(page, candidate.start, sentence_of(page, candidate.start)[1])


@Language.component("cchc_leaders_at_work")
def drop_teams_to_come(doc: Doc) -> Doc:
    """A report's leaders are those of the teams at work: not one of a team it tells will go later (a plan's teams
    are all to come, and all lead)."""
    page = doc._.page
    if page.facts.get("kind") != "plan":
        page.leaders = [f for f in page.leaders if "to come" not in f.tags] or page.leaders
    return doc


# A team led by a post the text does not name ("do Giám đốc Sở Nội vụ làm trưởng đoàn"), one with a head only.
_HEAD_POST = (
    r"(?P<post>(?:pho )?(?:giam doc|chu tich|chanh van phong|truong phong|vu truong|cuc truong|thu truong|bo truong)"
    r"(?: [a-z]+){1,8}?)"
)
_LED_BY_POST = re.compile(r"\bdo (?:dong chi |ong |ba )?" + _HEAD_POST + r" (?:lam " + _ROLE + r"|dan dau)\b")


# ... or said to be the team's head: "Trưởng đoàn kiểm tra là Phó Giám đốc Sở Nội vụ phụ trách lĩnh vực CCHC."
_HEAD_IS_POST = re.compile(r"\btruong doan(?: kiem tra)? la " + _HEAD_POST + r"(?= phu trach\b|[.;,(])")


def _named_by_post(page: Page) -> Found | None:
    """The leader the text names elsewhere with the post that it says led the team, when it names one holder of that
    post: in the headline ("Giám đốc Sở Nội vụ Nguyễn Văn Hùng kiểm tra CCHC tại Gò Quao" over "... do Giám đốc Sở
    Nội vụ làm trưởng đoàn") or in the story ("Phó Chủ tịch UBND huyện Thào Mí Chá thay mặt Đoàn kiểm tra ...")."""
    led = _LED_BY_POST.search(page.folded) or _HEAD_IS_POST.search(page.folded)
    if led is None:
        return None
    named: dict[str, Found] = {}
    post = re.escape(led.group("post"))
    for at in re.finditer(r"(?<!pho )" + post + " ", page.folded):
        person = person_name_at(page.text, at.end())
        leader = _leader(page, at.start(), at.end() - 1, person) if person else None
        if leader:
            named.setdefault(fold(leader.value.name), leader)
    # ... or with the name before it, speaking for the team: "Đồng chí Đào Văn Hùng, Phó Chủ tịch UBND huyện phát
    # biểu kết luận", "ông A Phi, Phó Giám đốc Sở Nội vụ, thay mặt Đoàn quán triệt ..." (not one who signs the plan or
    # tells what the team will do, nor the leader of an archive photo's round)
    for at in re.finditer(r"(?<!pho )" + post + r"\b", page.folded):
        before = _NAME_BEFORE_POST.search(page.text, max(0, at.start() - 60), at.start())
        if (
            before is None
            or not _FOR_THE_TEAM.search(page.folded, *sentence_of(page, at.start()))
            or in_caption(page, at.start())
            and ARCHIVE_PHOTO.search(caption_of(page, at.start()))
        ):
            continue
        leader = _leader(page, before.start(1), at.end(), before.span(1))
        if leader:
            named.setdefault(fold(leader.value.name), leader)
    return next(iter(named.values())) if len(named) == 1 else None


_FOR_THE_TEAM = re.compile(r"\bthay mat doan\b|\btruong doan\b|\bket luan\b")
_NAME_BEFORE_POST = re.compile(
    r"(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+((?:" + UPPER + r"[\w']*\s+){1,4}" + UPPER + r"[\w']*),\s*$"
)


def _without_partial_names(leaders: list[Found]) -> list[Found]:
    """A name read without its first syllables is the same leader: "Trưởng phòng Nội vụ huyện Kră Jăn Ha Tuyên"
    read as "Ha Tuyên" with the post "... huyện Kră Jăn", where another mention gives the whole name; and so is one
    without its last, as the Central Highlands' names are shortened after the first mention ("Y Thuôn Mlô", then
    "Trưởng đoàn Y Thuôn")."""
    kept = list(leaders)
    for part in leaders:
        # (two syllables: a longer name whose end is a title-cased verb, "Lương Đức Tâm Đề Nghị", is the run-on one)
        if len(part.value.name.split()) == 2 and any(
            f.value.name.startswith(part.value.name + " ") for f in kept
        ):
            kept.remove(part)
            continue
        whole = next((f for f in kept if f.value.name.endswith(" " + part.value.name)), None)
        if whole is None:
            continue
        missing = whole.value.name[: -len(part.value.name)].strip()
        if part.value.title and part.value.title.endswith(" " + missing):
            whole.value.title = part.value.title[: -len(missing)].strip()
        kept.remove(part)
    # ... and a name read in a paragraph of capitals runs on into its verb ("TRƯỞNG ĐOÀN LƯƠNG ĐỨC TÂM ĐỀ NGHỊ ...")
    # where another mention gives the name alone
    for run_on in list(kept):
        if run_on.value.evidence.sentence.isupper() and any(
            run_on.value.name.startswith(f.value.name + " ") for f in kept
        ):
            kept.remove(run_on)
    return kept
