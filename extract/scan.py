"""Small scanners over body text shared by the rule components: names, posts, capitalised runs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import takewhile

from cchc.vntext import UPPER, fold
from extract.lexicon import HONORIFICS, POST_HEADS_FOLDED, SURNAMES


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that can only match at one of `starts` (ascending): only
    those places are tried. A regex engine tries every character, and a leading case-insensitive
    alternation or a lookbehind leaves it nothing to skip by."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            yield match
            end = match.end()


def initials(words: Iterable[str]) -> str:
    """A lookahead for the first letters of `words` in either case, to begin a pattern that starts with a
    case-insensitive alternation of them: the regex engine then skips by every other character in C
    (3.5x faster on the bodies' prefixes)."""
    letters = {case for word in words for case in (word[0].lower(), word[0].upper())}
    return "(?=[" + "".join(re.escape(letter) for letter in sorted(letters)) + "])"


# An apostrophe inside a word belongs to it (Ê Đê and Jrai names: "H'Hen", "Y'Moan"); around one it is a quote.
WORD = re.compile(r"(?:[^\s,;:.()\[\]\"“”'!?–—\-/]|(?<=\w)'(?=\w))+")
# A list item ("- Xã A còn 27 hồ sơ quá hạn", "a) ...", "2. ..."): content, however short (use with .match).
# Bullets as editors type them and as word processors paste them (Symbol-font bullets land in the private-use area).
BULLETS = "-–+*•▪■□◦●○►▶➢➤✓·\uf0a7\uf0b7\uf0d8"
LIST_ITEM = re.compile(r"\s*(?:[" + re.escape(BULLETS) + r"]\s|[a-zđ]\)\s|\d{1,2}[./)]\s)")
# Capitalised words that start an organisation or a sentence, never a person's or a place's name.
NOT_NAME = frozenset(
    [
        "UBND",
        "HĐND",
        "Đoàn",
        "Đảng",
        "Ban",
        "Sở",
        "Phòng",
        "Bộ",
        "Chủ",
        "Phó",
        "Trưởng",
        "Chánh",
        "Giám",
        "Bí",
        "Thực",
        "Tại",
        "Trụ",  # "Trụ sở UBND xã" in a schedule's place column
        "Các",
        "Cùng",
        "Về",
        "Qua",
        "Theo",
        "Trong",
        "Ngày",
        "Sau",
        "Trước",
        "Nơi",  # "32 xã, phường: Nơi chuyển động, nơi còn lúng túng"
        "Tốt",  # a rating: "3 phường Tốt (Phường 25, ...)", "4 phường Khá"
        "Khá",
        "Yếu",
        "Kém",
        "Ông",
        "Bà",
        "Thường",
        "Tổ",
        "Cục",
        "Chi",
        "Ủy",
        "Uỷ",
        "Hội",
        "Kế",
        "Quyết",
        "Chỉ",
        "Đề",
        "Nhằm",
        "Đây",
        "Năm",
        "Tháng",
        "Tỉnh",
        "Huyện",
        "Xã",
        "Phường",
        "Quận",
        "Nội",
        "CCHC",
        "TTHC",
        "Cải",
        "Kiểm",
        "Hành",
        "Lãnh",
        "Viện",
        "Cơ",
        "Tòa",
        "Toà",
        "Báo",
        "Ảnh",
        "Đội",
        "MTTQ",
        "Mặt",
        "Thuế",
        "Kho",
        "Nhà",
        "Chương",
        "Đối",
        "Tổng",
        "Tiếp",
        "Nghị",
        "Thông",
        "Luật",
        "Bên",
        "Đồng",
    ]
)
_SEP_NAME_POST = re.compile(r"\s*(?:[,–—\-:(]|\s)\s*")


_FOLDED_SURNAMES = frozenset(fold(s) for s in SURNAMES)  # pages written without diacritics


def words_from(text: str, pos: int, limit: int = 6) -> list[re.Match[str]]:
    """The next `limit` words from `pos`, stopping at any punctuation other than a single space."""
    out: list[re.Match[str]] = []
    while len(out) < limit:
        match = WORD.match(text, pos)
        if not match:
            break
        out.append(match)
        if text[match.end() : match.end() + 1] != " ":
            break
        pos = match.end() + 1
    return out


# Stop words that are also given names ("Hoàng Văn Nghị", "Nguyễn Văn Năm", "Trần Thị Chi", "Kim Văn Tốt"): a name's
# own syllable after its first two, unless the next word makes them the word they usually are ("Nghị định", "Năm 2024").
_GIVEN_NAMES_TOO = {
    "Nghị": r"định|quyết|sự",
    "Năm": r"\d",
    "Chi": r"cục|bộ|nhánh|hội",
    "Đồng": r"chí",
    "Thông": r"tin|tư|báo",
    "Hội": r"nghị|đồng|đoàn|viên|thi|Nông|Cựu|Liên|Phụ",
    "Quyết": r"định",
    "Thường": r"trực|vụ|xuyên",  # "Lục Văn Thường", not "Phó Chủ tịch Thường trực"
    "Đoàn": r"kiểm|công|giám|khảo|thanh|Thanh|TNCS|liên|đại|viên|đã|do|làm|có|gồm|đến|tiến|và",  # "bà Đoàn Thị Lan"
    "Chương": r"trình|\d|[IVX]",  # "Thân Văn Chương", not "Chương trình"
    "Tiếp": r"nhận|tục|theo|đó|thu|công|dân|xúc|cận",
    "Hành": r"chính",
    "Luật": r"[A-ZĐÂ]|số|này|về|\d",  # "Nguyễn Văn Luật", not "Luật Đất đai"
    "Tốt": r"\(|:|\d",  # "ông Kim Văn Tốt", not a rating's units: "Tốt (Phường 25, ...)", "Tốt: 3 đơn vị"
    "Khá": r"\(|:|\d",
    # (a post's first word when a word follows: "Chánh Văn phòng", "Chánh án", "Trưởng đoàn", "Phó Giám đốc"; a name's
    # last before a comma: "ông Đàng Văn Chánh, Phó Giám đốc Sở")
    "Chánh": r"\w",
    "Ban": r"\w",  # "ông Huỳnh Văn Ban, Trưởng phòng Nội vụ", not "Ban Chỉ đạo"
    "Trưởng": r"\w",
    "Phó": r"\w",
}


_MIDDLE_NAMES = frozenset({"Thị", "Văn"})


def full_name(name: str) -> bool:
    """Whether `name` is a person's written in full: a surname, "Văn" or "Thị", a given name ("Đỗ Văn Hưng")."""
    words = name.split()
    return len(words) >= 3 and words[0] in SURNAMES and words[1] in _MIDDLE_NAMES and words[2][:1].isupper()


def _given_name_here(token: str, text: str, end: int) -> bool:
    continuation = _GIVEN_NAMES_TOO.get(token)
    return continuation is not None and not re.match(rf"\s+(?:{continuation})", text[end : end + 12])


# The royal lineages' names, longer than others: "bà Công Tằng Tôn Nữ Thị Minh Thư".
_LINEAGE = re.compile(r"Công (?:Tằng |Huyền )?Tôn Nữ ")


def person_name_at(text: str, pos: int, *, after_honorific: bool = False) -> tuple[int, int] | None:
    """Offsets of a person's name starting at `pos` (2-5 capitalised syllables, 7 for a royal lineage's), or None."""
    lineage = _LINEAGE.match(text, pos)
    words = words_from(text, pos, 5 + (len(lineage.group(0).split()) - 2 if lineage else 0))
    if (
        not words
        or not words[0].group(0)[0].isupper()
        or words[0].group(0).isascii()
        and post_head_at(text, pos)
    ):
        return None  # (a post written without diacritics, "Pho Chu tich", is no name "Pho Chu")
    if after_honorific and words[0].group(0).isupper() and len(words[0].group(0)) > 1:
        # a name in capitals, as interviews introduce the one they talk with: "ông HOÀNG ĐỨC TRỌNG, Phó Giám đốc"
        run = list(takewhile(lambda w: w.group(0).isupper() and len(w.group(0)) > 1, words))
        surname = fold(run[0].group(0).title()) in _FOLDED_SURNAMES
        return (run[0].start(), run[-1].end()) if len(run) >= 2 and surname else None
    if words[0].group(0) in NOT_NAME and not (
        after_honorific and _given_name_here(words[0].group(0), text, words[0].end())
    ):
        return None  # "ông Thông Văn Chiến": after an honorific, such a word may be a surname
    first = words[0].group(0)
    if (
        first not in SURNAMES
        and not (first.isascii() and fold(first) in _FOLDED_SURNAMES)
        and not after_honorific
        and not (len(words) >= 3 and words[1].group(0) in _MIDDLE_NAMES and words[2].group(0)[:1].isupper())
        and not (len(words) >= 2 and _HIGHLAND_NAME.fullmatch(first))
    ):
        # a surname we do not list passes before "Thị"/"Văn" and a given name ("Clâu Thị Vân"), and so does a Central
        # Highlands name's first word before its next ("Phó Giám đốc Sở Nội vụ H'Yim Kđoh")
        return None
    run = [words[0]]
    for w in words[1:]:
        token = w.group(0)
        # (nor a post right after the name, without a comma: "ông Trinh Hoai Nam Vu truong Vu CCHC", "Lê Văn Thắng
        # P.CT UBND huyện")
        if (
            not token[0].isupper()
            or token.isupper()
            and len(token) > 1
            or fold(token) in _POST_FIRST_WORDS
            and post_head_at(text, w.start())
        ):
            break
        # (after an honorific, the second word too: "ông Y Thông Niê", an Ê Đê man's name)
        if token in NOT_NAME and not (
            (len(run) >= 2 or after_honorific) and _given_name_here(token, text, w.end())
        ):
            break
        run.append(w)
    if len(run) < 2:
        # one word after an honorific is a name when written like the Central Highlands' (K'Ho, Mạ) names are:
        # "ông K'Dũng", "bà K’Brel"
        return (run[0].start(), run[0].end()) if after_honorific and _HIGHLAND_NAME.fullmatch(first) else None
    return run[0].start(), run[-1].end()


# The first word of each post head, up to its first mark: "pho" of "Phó Chủ tịch", "p" of "P.CT".
_POST_FIRST_WORDS = frozenset(re.match(r"\w+", folded).group(0) for folded, _post in POST_HEADS_FOLDED)
_HIGHLAND_NAME = re.compile(r"[A-ZĐ][a-zà-ỹđ]?['’]" + UPPER + r"\w+")


# Degrees and ranks between an honorific and a name: "TS. Lê Văn Đông", "ông BSCKII Trần Văn A", "TS.BS Lê Thanh
# Bình", "Đại tá Phan Văn Thanh".
_DEGREE_OR_RANK = re.compile(
    r"(?:(?:PGS|GS|TS|ThS|BSCKII|BSCKI|BSCK|BS|CKII|CKI|DS|KS)\.?\s*|(?:Đại|Thượng|Trung|Thiếu) tá\s+)+(?="
    + UPPER
    + ")"
)


def honorific_end(text: str, pos: int) -> int | None:
    """If an honorific ("đồng chí", "ông", "bà"), a degree or a rank starts at `pos`, the offset after them."""
    end = next(
        (
            pos + len(h) + 1
            for h in HONORIFICS
            if text.startswith(h, pos) and text[pos + len(h) : pos + len(h) + 1] == " "
        ),
        None,
    )
    degree = _DEGREE_OR_RANK.match(text, end or pos)
    return degree.end() if degree else end


def find_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first person's name inside text[start:end], preferring one after an honorific."""
    fallback = None
    for match in WORD.finditer(text, start, end):
        after = honorific_end(text, match.start())
        if after is not None:
            found = person_name_at(text, after, after_honorific=True)
            if found and found[1] <= end:
                return found
        if fallback is None and (match.start() == start or not text[match.start() - 1].isalnum()):
            found = person_name_at(text, match.start())
            if found and found[1] <= end:
                fallback = found
    return fallback


def post_head_at(text: str, pos: int) -> int | None:
    """End offset of a post head ("Phó Giám đốc") starting at `pos`, case-insensitively."""
    window = fold(text[pos : pos + 40])
    for folded, _post in POST_HEADS_FOLDED:
        if window.startswith(folded) and (len(window) == len(folded) or not window[len(folded)].isalnum()):
            return pos + len(folded)
    return None


# A post ends where the sentence goes on: a bracket, the verb that follows the name and post (also behind a dash:
# "Phó Chủ tịch UBND huyện – cho biết", "KT tại UBND xã"), or the role in the team ("..., Trưởng đoàn.").
# (an acting head's "Q." or "Quyền" goes with the role: "Chánh Văn phòng HĐND và UBND huyện, Q. Trưởng đoàn")
_TITLE_END = re.compile(
    r"\)|\(|,?\s+(?:[–—-]\s+)?(?:(?:Q\.|[Qq]uyền)\s*(?=[Tt]rưởng đoàn|[Tt]ổ trưởng))?(?:đã|đến|làm việc|tiến hành|kiểm tra|KT|dẫn đầu|trực tiếp|làm trưởng|làm tổ trưởng|cùng|"
    r"[Tt]rưởng đoàn|[Tt]ổ trưởng|chủ trì|đánh giá|ghi nhận|yêu cầu|đề nghị|phát biểu|kết luận|nhấn mạnh|cho biết)"
    r"(?=[\s:,.;]|$)"
)


_DEGREE_AFTER = re.compile(r"[,\s]+(?:(?:PGS|GS|TS|ThS|BSCKII|BSCKI|BSCK|BS|CKII|CKI|DS|KS)\.?\s*)+$")


def clean_title(text: str) -> str | None:
    """A post as written, without separators and honorifics around it; None if it names no post."""
    title = _TITLE_END.split(text.strip(" ,;:–—-\n("), maxsplit=1)[0]  # "X (Phó Giám đốc Sở)": the bracket's
    for h in HONORIFICS:
        if title.startswith(h + " "):
            title = title[len(h) + 1 :]
    title = re.sub(r"\s+", " ", title).strip(" ,;:–—-").removesuffix(".")  # a post that ends the text
    # "Phó Giám đốc Sở Nội vụ, TS. Phạm Văn Khánh": the degree is the name's
    title = _DEGREE_AFTER.sub("", title)
    if not title:
        return None
    for i in range(len(title)):
        if (i == 0 or title[i - 1] == " ") and post_head_at(title, i) is not None:
            return title[i:].strip(" ,;:–—-")
    return None
