"""A page's text as lines, from HTML or a saved .txt copy: where the body ends (furniture), which lines are
captions, bylines, site headers and date lines, lines a hard wrap split joined again, and for a page without known
selectors, the headline and publication date read from its top lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise, takewhile

import trafilatura

from cchc.vntext import UPPER, fold
from extract.dates import MONTH_FIRST, MONTH_WORDS, parse_date_string
from extract.scan import LIST_ITEM
from extract.tables import CELL_SEPARATOR, FIGURE_CELL, ROW_NUMBER_HEADER, read_tables
from extract.textfix import in_legacy_font, repair

# A tool's or a counter's name that a sentence may open on too ("Chia sẻ với Đoàn, ông ...", "Bình luận về kết quả
# ..., ông ...", "Đã xem xét 25 văn bản"): furniture only as a short line of its own or with its value after ":".
_TOOL_TAIL = r"(?=[^.,;]{0,40}$|(?:\s+\w+){0,2}\s*[:|(])"  # ("Chia sẻ bài viết: <the headline>")
_TOOLS = r"(?:bình luận|gửi bình luận|đã xem|in bài|chia sẻ)" + _TOOL_TAIL
# Lines that start the page's furniture after an article's body.
FURNITURE = re.compile(
    r"^(?:tin liên quan|tin mới nhất|tin mới|tin khác|các tin khác|tin cùng chuyên mục|các tin đã đưa|tin đã đưa|"
    r"những tin mới hơn|những tin cũ hơn|ý kiến bạn đọc|ý kiến\s*\(|" + _TOOLS + r"|thống kê truy cập|"
    r"liên kết website|kết quả giải quyết tthc(?:\W*$|\s+(?:năm|tháng|quý))|đánh giá:|lượt xem|số lượt xem|tin đọc nhiều|xem nhiều|"
    r"tác giả bài viết|nguồn tin|gửi email|bản quyền|trưởng ban biên tập|đang tải dữ liệu|"
    r"trang thông tin điện tử|cổng thông tin điện tử|\d+ người đang online|thống kê:|tags?:|từ khóa:|từ khoá:|về đầu trang|"
    r"quay lại|xem thêm|bài viết liên quan|các bài viết khác|mã xác thực|các văn bản khác|văn bản liên quan|văn bản cùng loại|tệp đính kèm)",
    re.IGNORECASE,
)
# The article's tools and counters, which portals print under the headline as well as after the text.
_TOOLBAR = re.compile(r"^(?:lượt xem|số lượt xem|gửi email|" + _TOOLS + ")", re.IGNORECASE)
# A sidebar's heading copied with the page, alone on its line: what follows is the portal's, not the article's
# ("Văn bản chỉ đạo điều hành" and its list of documents).
_FURNITURE_HEADING = re.compile(
    r"^\W*(?:văn bản mới|văn bản chỉ đạo(?: điều hành)?|văn bản điều hành|văn bản pháp luật|"
    r"văn bản quy phạm pháp luật|thông báo mới|đường dây nóng|liên kết|"
    # "Bài liên quan", "Văn bản cùng chuyên mục", "Các tin đã đăng:" over teasers with their dates
    r"(?:các |những )?(?:tin|bài|bài viết|tin bài|văn bản|thông báo)(?: tức)? "
    r"(?:liên quan|cùng chuyên mục|cùng loại|khác|đã đăng|đã đưa|mới hơn|cũ hơn))\W*$",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^(?:ảnh\s*:|ảnh minh họa|ảnh minh hoạ|\(ảnh)|\(ảnh[^)]*\)\s*$|\.(?:jpe?g|png|gif)$", re.IGNORECASE
)
_DATE_LINE = re.compile(
    r"^\W*(?:\d+\s+(?=\d))?(?:(?:hôm nay:?\s*)?(?:thứ|thu|chủ nhật|chu nhat|ngày đăng|ngay dang|đăng ngày|dang ngay|cập nhật|cap nhat|ngày cập nhật|"
    r"ngay cap nhat|gửi lúc|gui luc|gửi bởi|gui boi|đăng lúc|dang luc|ngày|ngay)\s*.{0,40})?\W*"
    # (a date, a year, a time or an age: not a headline opening on a count, "18 xã, phường được kiểm tra"; past a
    # forum post's number, "#1  29-12-2016, 08:47 AM")
    r"(?=\d{1,2}\s*[/.-]\s*\d|\d{4}\b|\d{1,2}\s*[:h]\s*\d\d|\d{1,2}\s+(?:tháng|thang|thg)\b|\d+\s+(?:giờ|phút|ngày|gio|phut|ngay)\s+trước)",
    re.IGNORECASE,
)
# A line that opens with a date but goes on as a sentence of the article ("Ngày 30/10/2025, UBND xã ... ban hành
# Kế hoạch ..."): not a dateline.
_STORY = re.compile(
    r"^\W*(ngay\s+)?(\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?|"
    r"\d{1,2} thang (\d{1,2}|" + "|".join(fold(w) for w in MONTH_WORDS) + r")( nam \d{4})?)"  # "tháng Mười"
    r"\s*,(?!\s*\d{4}\b)(\s+\S+){4,}"
)
# A date line that says what it dates: trusted at the foot of a page too, where portals print "Ngày cập nhật"
# after the byline (an unlabelled date there may belong to a related link).
# (PHP-Nuke's "Gửi lúc Thứ ba, 16 Tháng 12 2008 (09:12:33) bởi ...", or "Gửi bởi snvqt vào Thứ hai, 27 Tháng 10 2008 @
# 08:41:12 ICT")
_LABELLED_DATE_LINE = re.compile(
    r"^\W*(?:(?:tin|bài) )?(?:ngày đăng|đăng ngày|đăng lúc|gửi lúc|gửi bởi \S+ vào|ngày cập nhật|cập nhật|ngày xuất bản)"
    r"\s*:?\s*"
    r"(?:lúc\s*:?\s*\d{1,2}[:h]\d{2}\s*[,-]?\s*)?(?:(?:thứ \w+|chủ nhật),?\s*)?(?:ngày\s*:?\s*)?\d",
    re.IGNORECASE,
)
# Lines above a copied page's headline: the site's name ("SỞ NỘI VỤ TỈNH THANH HÓA", "Cổng thông tin điện tử tỉnh
# Nghệ An"), its search box, menu or breadcrumbs ("Trang chủ > Tin tức > Chính quyền").
_SITE_NAME = re.compile(
    r"^(cong thong tin|trang thong tin|website|so|ubnd|uy ban nhan dan|hdnd|van phong|bao)\b[^.:;]*"
    r"\b(tinh|thanh pho|tp\.?|huyen|thi xa|quan|xa|phuong|thi tran|dac khu|bo)(\s+(?:[-–]\s+)?\w+){1,10}$"
)
# An official document's head: the issuer's level and the national motto ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ
# NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), above the document's own title.
_DOCUMENT_HEAD = re.compile(
    r"^(uy ban nhan dan|cong hoa xa hoi chu nghia viet nam|doc lap - tu do - hanh phuc)$"
)
_ISSUER_LINE = re.compile(
    r"^(ubnd )?(tinh|huyen|thi xa|thanh pho|quan|xa|phuong|thi tran|so|phong|doan kiem tra)( [\w&]+){1,4}$"
)
# A newspaper's or a broadcaster's name ("BÁO TUYÊN QUANG ĐIỆN TỬ", "Đài Phát thanh - Truyền hình Hà Tĩnh"), told
# from a headline by its capitals or its "điện tử" ("Báo", folded, is also "Bảo" and "Bão").
_MEDIA_NAME = re.compile(
    r"^(bao|dai phat thanh|dai truyen hinh|dai pt ?-? ?th|trung tam (van hoa|truyen thong|thong tin))\b"
)
_NEWS_WORDS = re.compile(
    r"\b(kiem tra|lam viec|ban hanh|ket qua|ke hoach(?! va dau tu)|danh gia|hoi nghi|tap huan|trien khai|to chuc|chi so|cong bo|"
    r"thuc hien|tham gia|tiep nhan|khai mac|be mac|phat dong|tong ket|so ket|khao sat|giam sat|phuc tra)\b"
)
_SITE_NAVIGATION = re.compile(
    r"^(trang chu|tim kiem|home\b|tin tuc\b[^.]{0,60}$)|( [>/»›] \S.*){2}| [>»›] |\s\|\s"
)
_BYLINE = re.compile(
    r"^(?:(?:bài|tin|bài,? ảnh|tin,? ảnh|bài và ảnh|tác giả)\s*:\s*)?("
    + UPPER
    + r"[\w.]*(?:\s+"
    + UPPER
    + r"[\w.]*){0,4})\s*$"
)


@dataclass
class PageParts:
    title: str | None = None
    published: date | None = None
    published_candidates: list[date] = field(default_factory=list)
    author: str | None = None
    body: str = ""
    captions: list[tuple[int, int]] = field(default_factory=list)
    context: str = ""
    own_url: str | None = None  # the address a saved page gives for itself: its portal when no URL is known


def text_lines(text: str) -> list[str]:
    lines = repair(text).split("\n")
    if "null" in text:
        lines = [_STRAY_NULL.sub("", line) for line in lines]
    return _without_page_breaks([line for line in lines if line])


# A document copied from its PDF keeps each page's foot and the next page's number ("Trang 1/3", then "2"), which cut
# a sentence, even a name ("Cục trưởng Cục Kiểm" / "Trang 1/3" / "2" / "soát thủ tục hành chính làm Trưởng đoàn").
_PAGE_FOOT = re.compile(r"^\s*(?:[Tt]rang \d{1,3}\s*/\s*\d{1,3}|- \d{1,3} -)\s*$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")


_FOOTNOTE_RULE = re.compile(r"^\s*_{5,}\s*$")  # the rule a word processor draws over a page's footnotes
_FOOTNOTES_PER_PAGE = 15


def _without_page_breaks(lines: list[str]) -> list[str]:
    """The lines without a page's foot and the number heading the next page, so the wrap rules join what they cut.
    A page's footnotes under their rule go after the paragraph they cut, if they cut one ("... tại Sở Tài nguyên và
    Môi trường và UBND thị" / "____" / "¹ Quyết định số ..." / "- 2 -" / "xã Vĩnh Châu."), and a next page's bare
    number inside a sentence goes ("... tiếp nhận 1.127 hồ" / "2" / "sơ, ...")."""
    out: list[str] = []
    notes: list[str] = []  # footnotes lifted out of a cut paragraph, until it ends
    after_foot = False
    i = 0
    while i < len(lines):
        line = lines[i]
        cut = (
            bool(out)
            and len(out[-1].split()) >= _CUT_LINE_WORDS
            and not _SENTENCE_END.search(out[-1].rstrip())
        )
        foot = cut and _FOOTNOTE_RULE.match(line) and _page_foot_after(lines, i)
        if foot:
            notes += lines[i + 1 : foot]
            i, after_foot = foot + 1, True
            continue
        if _PAGE_FOOT.match(line):
            after_foot = True
        elif _PAGE_NUMBER.match(line) and (after_foot or _inside_a_sentence(lines, i)):
            after_foot = False
        else:
            after_foot = False
            out.append(line)
            if notes and _SENTENCE_END.search(line.rstrip()):
                out += notes
                notes = []
        i += 1
    return out + notes


def _page_foot_after(lines: list[str], rule: int) -> int | None:
    """The index of the page's foot (or the next page's number) that closes the footnotes under `rule`."""
    for k in range(rule + 1, min(rule + 1 + _FOOTNOTES_PER_PAGE, len(lines))):
        if _PAGE_FOOT.match(lines[k]) or _PAGE_NUMBER.match(lines[k]):
            return k
    return None


def _inside_a_sentence(lines: list[str], i: int) -> bool:
    """Whether the bare number at `i` cuts a paragraph's sentence, not a table's column of numbers."""
    return (
        0 < i < len(lines) - 1
        and len(lines[i - 1].split()) >= _CUT_LINE_WORDS
        and not _SENTENCE_END.search(lines[i - 1].rstrip())
        and lines[i + 1].lstrip()[:1].islower()
    )


# A template's unset field printed as "null" (Liferay), alone on its line or after the paragraph's last sentence.
_STRAY_NULL = re.compile(r"(?:(?<=[.!?…”\"])[^\S\n]+|^\s*)null\s*$")


_SENTENCE_END = re.compile(r"[.!?:;…\"”)]$")


def _is_caption(line: str, title: str | None) -> bool:
    stripped = line.strip().rstrip(".").casefold()
    if title and stripped == title.strip().rstrip(".").casefold():
        return True
    if _CAPTION.search(line):
        return True
    return (
        len(line.split()) < 25
        and not _SENTENCE_END.search(line)
        and not _BYLINE.match(line)
        and not LIST_ITEM.match(line)
        and " | " not in line  # a table's row ("1 | Sáng thứ Hai, 15/8/2016 | Sở Giao thông vận tải")
        and not _HEADING_WITH_CONTENT.match(line)
    )


# A team's line over its rows, a heading with content: "Tổ 1: thị trấn Gò Dầu, các xã Thanh Phước, Phước Đông"; or a
# day's: "Ngày 07/11/2022: UBND huyện Bác Ái; UBND xã Phước Đại", "Thứ Ba (08/11): UBND xã Phước Tiến".
_HEADING_WITH_CONTENT = re.compile(
    r"^\W*(?:(?:tổ|đoàn|nhóm)(?: kiểm tra)?(?: số)? \d+|(?:(?:sáng|chiều)\s+)?(?:thứ \w+,?\s*)?\(?(?:ngày\s+)?"
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)?)\s*:\s*\w",
    re.IGNORECASE,
)


def _open_long_line(line: str) -> bool:
    return (
        len(line) >= 60
        and not _SENTENCE_END.search(line.rstrip())
        and not LIST_ITEM.match(line)
        and not is_site_header(line)
        and not (
            _is_date_line(line) and len(line.split()) < 10
        )  # prose may wrap to a line opening with a date
    )


_DOCUMENT_NUMBER = re.compile(r"^\s*Số\s*:\s*\d{1,6}\s*/")
_PLACE_AND_DATE = re.compile(r"^\s*(?!Thứ|Chủ nhật)[^\d,|]{2,40}, ngày \d{1,2} tháng \d{1,2} năm \d{4}\s*$")
_BROKEN_WORD = re.compile(r"(?<=\w)-$")
_DASH_END = re.compile(r"\w\s+[–—-]$")
# An abbreviation in brackets before a word in lower case: "(CCHC) huyện ..." (not a paper's tag, "(CT) - Ngày").
_ABBREVIATION_OPENS = re.compile(r"\s*\([A-ZĐ][A-ZĐ&]+\)\s+(?!" + UPPER + r")[^\W\d_]")


def _unwrap(lines: list[str], captions: set[int]) -> tuple[list[str], set[int]]:
    """Lines a hard wrap split (text pasted from a word processor) joined again: a line ending in a comma, or one
    without a sentence's end followed by one that starts in lower case. Short pieces of a sentence would otherwise
    pass for photo captions, whose facts are not read. Returns the lines and the captions' new indices."""
    out: list[str] = []
    moved: dict[int, int] = {}
    open_ = [_open_long_line(line) for line in lines]
    for i, line in enumerate(lines):
        previous = out[-1].rstrip() if out else ""
        wrapped = (
            previous.endswith(",")
            or bool(_BROKEN_SYMBOL.search(previous))
            or _broken_date(previous, line)
            or (not _SENTENCE_END.search(previous) and line.lstrip()[:1].islower())
            or _cut_mid_sentence(previous, line)
            # a range or a name a narrow column cut at its dash ("Từ 22 –" / "24/8, Tổ ...", "phòng Lao động –" /
            # "Thương binh và Xã hội"), or before the abbreviation that follows a name ("... cải cách hành chính" /
            # "(CCHC) huyện ...")
            or bool(_DASH_END.search(previous))
            or (not _SENTENCE_END.search(previous) and bool(_ABBREVIATION_OPENS.match(line)))
        )
        # A run of long lines none of which ends a sentence is a paragraph wrapped before capitalised words too
        # ("... của UBND tỉnh" / "Kon Tum đã kiểm tra ..."); one such line alone may be a headline.
        wrapped = wrapped or (
            i > 0
            and open_[i - 1]
            and (i > 1 and open_[i - 2] or open_[i])
            and not LIST_ITEM.match(line)
            # (nor into or out of a date line: PHP-Nuke's "Gửi lúc Thứ hai, 27 Tháng 10 2008 @ 08:41:12 ICT bởi ...")
            and not (_dated_line(line) and not _DAY_WORD_END.search(lines[i - 1]))
            and not _dated_line(lines[i - 1])
            and not _banner_after(lines[i - 1], line)
        )
        # A paragraph's line cut with no sentence's end (longer than headlines run) goes on in the next, even inside a
        # name ("... tại UBND thị trấn Huỳnh Hữu" / "Nghĩa và UBND xã Mỹ Hương.").
        wrapped = wrapped or (
            i > 0
            and open_[i - 1]
            and len(lines[i - 1].split()) > _HEADLINE_WORDS
            and not LIST_ITEM.match(line)
            and not _is_date_line(line)
        )
        # (never into or out of a table's row: a caption and a table's title over "TT | Đơn vị | ...")
        table_row = CELL_SEPARATOR in line or CELL_SEPARATOR in previous
        if previous and wrapped and i not in captions and i - 1 not in captions and not table_row:
            # a word a hyphen broke across the lines ("xã Tiến Hó-" / "a và ...") is whole again
            broken = _BROKEN_WORD.search(previous) and line.lstrip()[:1].islower()
            # a document's symbol or a date the wrap split: "3105/QĐ-" / "UBND ngày ...", "Sáng ngày 12/" / "5/2023"
            if _BROKEN_SYMBOL.search(previous) or _broken_date(previous, line):
                out[-1] = f"{previous}{line.strip()}"
            else:
                out[-1] = f"{previous[:-1]}{line.strip()}" if broken else f"{previous} {line.strip()}"
        else:
            out.append(line)
        moved[i] = len(out) - 1
    return out, {moved[i] for i in captions}


_DAY_WORD_END = re.compile(r"\b[Nn]gày\s*$")  # "... theo Quyết định số 387/QĐ-SNV ngày" / "10/4/2019 của ..."


def _dated_line(line: str) -> bool:
    """A date line that holds a date (not any line opening with a figure: "3. UBND thị trấn Cầu Giát")."""
    return _is_date_line(line) and parse_date_string(line) is not None


_HEADLINE_WORDS = 35  # the longest headlines of the annotated pages run to 32 words
_NEEDS_MORE = re.compile(r"\s(và|của|do|từ|với|các|những|bà|ông)$")
# (a site's name over its date line ends in a place too: "Sở Nội vụ tỉnh Lào Cai" / "Thứ Hai, ...")
_CUT_LINE_WORDS = 8
_NEEDS_YEAR = re.compile(r"\s(năm|tháng)$")
_YEAR_FIRST = re.compile(r"\s*\d{1,4}\b(?!\s*[.:)])")
_PERSON_CUT = re.compile(r"\s(ông|bà|đồng chí)(\s+" + UPPER + r"\w*){1,3}$")
_PLACE_CUT = re.compile(
    r"\s(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(\s+" + UPPER + r"\w*){1,3}$"
)
# (or closes the sentence, alone on its line: "tại xã Hòa An và thị trấn Kinh" / "Cùng.")
_NAME_GOES_ON = re.compile(r"\s*" + UPPER + r"\w*(\s+" + UPPER + r"\w*)?(\s*[,–-]|\s+và\s|[.;]\s*$)")
_ENDS = frozenset('.!?:;…"”)')
_TAIL = 60  # characters of a line's end that hold what it was cut after


def _cut_mid_sentence(previous: str, line: str) -> bool:
    """Whether `previous` was cut mid-sentence before `line`: after a word that needs the next ("Trong hai ngày 22 và" /
    "23/10/2019, Đoàn ...", "... năm" / "2019 của UBND tỉnh"), or inside a person's or a place's name ("... do bà Phan
    Thị Thanh" / "Hương, Phó Giám đốc", "tại UBND phường Thủy" / "Dương và UBND xã Thủy Thanh"). Only a line's tail is
    read: every line of a page comes here."""
    if not previous or previous[-1] in _ENDS:
        return False
    tail = previous[-_TAIL:]
    if _NEEDS_MORE.search(tail):
        return "|" not in previous and len(previous.split(None, 3)) > 3
    if _NEEDS_YEAR.search(tail):
        return bool(_YEAR_FIRST.match(line))
    if not _PERSON_CUT.search(tail) and not (
        _PLACE_CUT.search(tail) and len(previous.split()) >= _CUT_LINE_WORDS
    ):
        return False
    return bool(_NAME_GOES_ON.match(line)) and not _is_date_line(line) and not _banner_after(previous, line)


# A site's or a paper's name opening a line: "Trang thông tin điện tử quận Sơn Trà - Chuyên mục: ...", "Báo và Phát
# thanh, Truyền hình Phú Thọ".
_SITE_OPENING = re.compile(
    r"^\W*(cong thong tin|trang thong tin|website|bao (?!cao\b)|dai phat thanh|dai truyen hinh)"  # (not "Báo cáo ...")
)


def _banner_after(previous: str, line: str) -> bool:
    """Whether `line` is the site's banner under a headline, not more of it: it opens on a site's name, or in capitals
    under a line that is not ("... tại xã Thạch Đài" over "THẠCH HÀ - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN")."""
    words = [word for word in line.split() if any(ch.isalpha() for ch in word)][:3]
    shouting = len(words) == 3 and all(word.isupper() for word in words) and not previous.isupper()
    return shouting or bool(_SITE_OPENING.match(fold(line)))


_BROKEN_SYMBOL = re.compile(r"\d/[A-ZĐ]{1,6}-$")
_DAY_CUT = re.compile(r"(?<![\d/.])\d{1,2}/$")


def _broken_date(previous: str, line: str) -> bool:
    """Whether a wrap split a date after its day's slash: "Sáng ngày 12/" / "5/2023 Đoàn kiểm tra ..."."""
    return bool(_DAY_CUT.search(previous)) and line.lstrip()[:1].isdigit()


_LINK_AFTER_SENTENCE = re.compile(r"[.!?]\s+(?:xem thêm|đọc thêm)\s*:\s*\w", re.IGNORECASE)
_INLINE_LINK = re.compile(r"^\W*(xem thêm|đọc thêm)\s*:\s*\w", re.IGNORECASE)


# A box of links that newspapers set inside the text ("TIN LIÊN QUAN", "Đọc thêm" and a few headlines), the article
# going on below it.
_INLINE_BOX = re.compile(
    r"^\W*(?:tin liên quan|bài liên quan|tin bài liên quan|đọc thêm|xem thêm)\W*$", re.IGNORECASE
)
_BOX_ITEMS = 6
_PARAGRAPH_WORDS = 30


def _furniture_cell(line: str) -> int | None:
    """Offset of a table row's cell, after its first, that opens with furniture ("Các tin khác:") other than the
    article's counters and tools, if any."""
    offset = line.find(CELL_SEPARATOR)
    while offset >= 0:
        start = offset + len(CELL_SEPARATOR)
        cell = line[start:].lstrip(" |")  # ("Ngày đăng: ... | Lượt xem: 412" heads the text)
        if FURNITURE.match(cell) and not _TOOLBAR.match(cell):
            return start
        offset = line.find(CELL_SEPARATOR, start)
    return None


def _after_inline_box(lines: list[str], i: int) -> int | None:
    """Where the text goes on after a box of links at line `i`: past its few short items, paragraphs of the article
    (two of 30 words or more before any other furniture). None when the box ends the text."""
    if not _INLINE_BOX.match(lines[i]):
        return None
    j = i + 1
    while j < len(lines) and j - i <= _BOX_ITEMS and len(lines[j].split()) < _PARAGRAPH_WORDS:
        if j + 1 < len(lines) and len(lines[j + 1].split()) >= _PARAGRAPH_WORDS and j > i + 1:
            break  # a crosshead over the next paragraph: the article again
        j += 1
    rest = []
    for line in lines[j:]:
        if FURNITURE.match(line) or _FURNITURE_HEADING.match(line):
            break
        rest.append(line)
    return j if sum(len(line.split()) >= _PARAGRAPH_WORDS for line in rest) >= 2 else None


_REPEATED_PARAGRAPH = 80  # characters: shorter lines repeat as they should (a table's "Tốt", a heading)


# A signature block's line above the signer's name: "(Đã ký)", "TRƯỞNG ĐOÀN", "TỔ TRƯỞNG", a lone "KT.".
_SIGNED = re.compile(
    r"^\W*(?:\(?\s*(?:đã ký|da ky|ký|đã ký và đóng dấu)\s*\)?|KT\.|TM\.|TRƯỞNG ĐOÀN|TỔ TRƯỞNG)\W*$", re.I
)


def assemble(parts: PageParts, lines: list[str], caption_lines: set[int] = frozenset()) -> None:
    """Body from lines: stop at furniture, mark captions, take a trailing byline as author.

    The headline is the body's first line: it often names the inspected unit that the text
    only calls "xã" or "UBND huyện".
    """
    lines, caption_lines = _unwrap(lines, set(caption_lines))
    lines = read_tables(lines)
    body: list[str] = []
    in_body: set[int] = set()  # the captions' indices in `body`, which skips lines of `lines`
    skip_to = 0  # past a box of links inside the text
    for i, line in enumerate(lines):
        if i < skip_to:
            continue
        if _INLINE_LINK.match(line):
            continue  # "Xem thêm: <another article's headline>" in the middle of the text
        if link := _LINK_AFTER_SENTENCE.search(line):  # the same after a sentence, as <br> bodies run them on
            line = line[: link.start() + 1]
        # A furniture word opening a sentence that introduces what follows is text ("Trang thông tin điện tử
        # huyện trích đăng nội dung chính của Quyết định:").
        if body and (cut := _furniture_cell(line)) is not None:
            # a layout table's row read as one line: "P.V | | Các tin khác: • ..." ends the text at that cell
            if line[:cut].strip(" |"):
                body.append(line[:cut].rstrip(" |"))
            parts.context = "\n".join([line[cut:], *lines[i + 1 :]])
            break
        furniture = FURNITURE.match(line) or _FURNITURE_HEADING.match(line)
        if (
            _TOOLBAR.match(line)
            and sum(len(other.split()) >= 40 for other in body) <= 1
            and any(len(other.split()) >= 40 for other in lines[i + 1 : i + 6])
        ):
            continue  # a view count or a print link in the bar under the headline or its sapo, the text below it
        if furniture and body and not (line.rstrip().endswith(":") and len(line.split()) >= 10):
            resume = _after_inline_box(lines, i)
            if resume is not None:
                skip_to = resume
                continue
            parts.context = "\n".join(lines[i:])
            break
        if len(line) >= _REPEATED_PARAGRAPH and line in body:
            continue  # a paragraph pasted twice: its facts are told once
        if i in caption_lines:
            in_body.add(len(body))
        body.append(line)
    # (not the name a signature block closes on: "TRƯỞNG ĐOÀN", "(Đã ký)", then the signer)
    if (
        body
        and _BYLINE.match(body[-1])
        and len(body[-1].split()) <= 5
        and len(body) > 1
        and not _SIGNED.match(body[-2])
    ):
        parts.author = parts.author or _BYLINE.match(body[-1]).group(1)
        body.pop()
    caption_lines = in_body
    if (removed := _take_lead_stamp(parts, body)) is not None:
        caption_lines = {i - (i > removed) for i in caption_lines}
    if parts.title and (not body or body[0].strip() != parts.title):
        body.insert(0, parts.title)
        caption_lines = {i + 1 for i in caption_lines}
    offset, listing = 0, False
    for i, line in enumerate(body):
        # (the rows a line ending in ":" opens are a list, however short: "Kết quả cụ thể:", then "Xã Thiên Lộc: 90,25
        # điểm – Xuất sắc", ...)
        row = listing and _is_caption(line, None) and not _CAPTION.search(line)
        if i > 0 and not row and (i in caption_lines or _is_caption(line, parts.title)):
            parts.captions.append((offset, offset + len(line)))
        listing = line.rstrip().endswith(":") or row
        offset += len(line) + 1
    parts.body = "\n".join(body)


def _take_lead_stamp(parts: PageParts, body: list[str]) -> int | None:
    """A posting stamp opening the lead ("(Thứ Sáu, 27/11/2020 14:35) Đoàn kiểm tra ...") dates the page, not an
    event of the text: it leaves the body and becomes the page's date when no other says it. Returns the index of
    the line it took whole, if it stood alone."""
    first = next((i for i, line in enumerate(body) if line.strip() != parts.title), None)
    if first is None or not (stamp := _LEAD_STAMP.match(body[first])):
        return None
    if (posted := parse_date_string(stamp.group(1))) is None:
        return None
    if parts.published is None:
        parts.published = posted
    elif posted not in parts.published_candidates:
        parts.published_candidates.append(posted)
    if rest := body[first][stamp.end() :]:
        body[first] = rest
        return None
    # a line of its own, maybe after Liferay's stray "null": "null (Thứ Sáu, 07/11/2025 16:20)"
    del body[first]
    return first


# A full date and maybe its time: "20-12-2024 08:15", "15/09/2021 17:05", "6/12/2024 9:15:00 AM".
_DATE_AND_TIME = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(\s*[-|,]?\s*\d{1,2}[:h]\d{2}(:\d{2})?(\s*[AP]M)?)?"
# A header row that ends with the date: "Tin tức - Sự kiện      08/11/2019", "Cải cách hành chính
# Cập nhật20-12-2024 08:15".
_ENDS_WITH_DATE = re.compile(r"^[^\d.]{0,50}[\s\w]" + _DATE_AND_TIME + r"\s*$")
# A stamp in brackets before the lead's first word or on a line of its own: "(Thứ Sáu, 27/11/2020 14:35) Đoàn ...".
_LEAD_STAMP = re.compile(
    r"^\s*(?:null\s*)?\(\s*(?:(?:thứ \w+|chủ nhật)\s*,?\s*)?(?:ngày\s*)?("
    + _DATE_AND_TIME
    + r")\s*\)\s*[-–:]?\s*(?=\w|$)",
    re.IGNORECASE,
)
# (or the time first: "16:45, 15/11/2018")
_BARE_DATE = re.compile(r"(\d{1,2}[:h]\d{2}\s*[,-]?\s*)?" + _DATE_AND_TIME + "$")


# A meta line led by its author's name in capitals, maybe closed by a view counter: "ĐÌNH KHÔI - Cập nhật lúc 09:15,
# Thứ Năm, 13/06/2024", "THANH TÂM  Thứ Sáu, 05/12/2025 16:20  4.106 lượt xem".
_SEPARATOR = re.compile(r"^\s*[-–|:]?\s*")
_COUNTER_TAIL = re.compile(r"\s*[|-]?\s*(?:[\d.]+\s+lượt xem|lượt xem:?\s*[\d.]+)\s*$", re.IGNORECASE)


def _without_author(line: str) -> str | None:
    """The line after an author's name in capitals and without a closing view counter; None if it opens on none."""
    words = line.split()
    named = len(list(takewhile(lambda w: w.isupper() and w.isalpha(), words[:3])))
    if not named:
        return None
    return _COUNTER_TAIL.sub("", _SEPARATOR.sub("", " ".join(words[named:]), count=1))


def _is_date_line(line: str) -> bool:
    return _dated(line) or bool((rest := _without_author(line)) and _dated(rest))


def _dated(line: str) -> bool:
    """Whether the line is a date line as written (`_is_date_line` reads it past an author's name too)."""
    if len(line) >= 120:
        return False
    return (
        (bool(_DATE_LINE.match(line)) and not _STORY.search(fold(line)))
        or bool(_ENDS_WITH_DATE.match(line))
        # a meta bar: "Thời sự | 15/09/2021 17:05 | 412 lượt xem", "Vân Anh | 16:45, 15/11/2018" (not a clock: "... |
        # Thứ bảy, ngày ..."), or one with a labelled date: "Báo Quảng Ninh | Thời sự | Cập nhật: 06:15, 03/01/2024"
        or " | " in line
        and any(
            _BARE_DATE.match(part.strip(" ()[]")) or _LABELLED_DATE_LINE.match(part)
            for part in line.split(" | ")
        )  # "(07:56 | 11/03/2024)"
        or bool(_MONTH_FIRST_LINE.match(line))
        or bool(_BREADCRUMB_DATE.search(line))
    )


# A breadcrumb whose last step is the date: "Trang chủ » Tin tức - Sự kiện » Cải cách hành chính » 25/08/2016".
_BREADCRUMB_DATE = re.compile(r"[»›]\s*" + _DATE_AND_TIME + r"\s*$")
# WordPress's "Đăng vào Tháng Sáu 12, 2017 bởi Ban biên tập"
_MONTH_FIRST_LINE = re.compile(r"^\W*(?:đăng vào\s+|ngày đăng\s*:?\s*)?" + MONTH_FIRST.pattern, re.IGNORECASE)


def is_site_header(line: str) -> bool:
    folded = fold(line).strip()
    if _SITE_NAVIGATION.search(folded):
        return True
    named = _SITE_NAME.match(folded) or (
        _MEDIA_NAME.match(folded)
        and (line.isupper() or folded.endswith(" dien tu") or len(folded.split()) <= 4)
    )
    if _DOCUMENT_HEAD.match(folded) or (line.isupper() and _ISSUER_LINE.match(folded)):
        return True  # "ỦY BAN NHÂN DÂN" / "HUYỆN YÊN THẾ" / "ĐOÀN KIỂM TRA CCHC" over a document's title
    return len(folded.split()) <= 16 and bool(named) and not _NEWS_WORDS.search(folded)


def _above_menu(next_lines: list[str]) -> bool:
    """Whether the next line is a menu or breadcrumbs (not a dateline with its "|"): the line above it, unless it
    tells news, names the site ("BỆNH VIỆN TRUNG ƯƠNG THÁI NGUYÊN", "KINH TẾ & ĐÔ THỊ"), the headline comes below."""
    return (
        bool(next_lines)
        and not _is_date_line(next_lines[0])
        and bool(_SITE_NAVIGATION.search(folded := fold(next_lines[0])))
        and not _ARTICLE_TOOLS.search(folded)
    )


# An article's own tools under its headline, in a bar like a menu's: "Cỡ chữ A- A A+ | In bài | Gửi bài viết".
_ARTICLE_TOOLS = re.compile(r"\b(co chu|in bai|gui bai|in trang|ban in)\b")


def _is_category(line: str, following: str) -> bool:
    """A section's name above the headline ("THỜI SỰ", "Chính trị - Xây dựng Đảng"): a few words, then (past any
    date line) a longer line that is a headline too (not a sentence)."""
    words, next_words = len(line.split()), len(following.split())
    if line.isupper():
        return words <= 4 and next_words > words
    # "Chính trị - Xây dựng Đảng"; two sections' names joined by a dash may run to six ("Chính trị - Xây dựng chính
    # quyền")
    named = sum(any(ch.isalnum() for ch in word) for word in line.split())
    return (
        (named <= 5 or named <= 6 and " - " in line)
        and words < next_words <= 40
        and not following.endswith((".", ";", ":"))
    )


def _over_headline(line: str, below: list[str]) -> bool:
    """Whether a line that tells no news (a site's or a section's name: "Sở Nội vụ Sơn La", "KHO BẠC NHÀ NƯỚC BẮC
    NINH", "Tin hoạt động của các sở, ban, ngành") stands over one that does, before the date line or the text: the
    headline."""
    if (
        _NEWS_WORDS.search(fold(line))
        or len(line.split()) > _SECTION_WORDS
        or any(ch.isdigit() for ch in line)
    ):
        return False  # (a roundup's headline has its week: "Tin vắn Phước Long tuần từ ngày 06/11 đến ngày 12/11/2023")
    for other in below:
        words = len(other.split())
        if _is_date_line(other) or words > _HEADLINE_WORDS:
            return False
        if (
            words >= _HEADLINE_MIN_WORDS
            and not _SENTENCE_END.search(other.rstrip("?"))
            and _NEWS_WORDS.search(fold(other))
            and not is_site_header(other)
        ):
            return True
    return False


_SECTION_WORDS = 12
_HEADLINE_MIN_WORDS = 5


def _title_index(lines: list[str], title: str | None) -> int | None:
    return next((i for i, line in enumerate(lines) if title and line.strip() == title), None)


def date_near_title(lines: list[str], title: str | None) -> date | None:
    """The first date line after the title and before the text, else a date line just before it (a clock is skipped
    later). A schedule's cells below the lead ("Thứ Ba, ngày 15/4/2025") are the text's."""
    index = _title_index(lines, title)
    if index is None:
        return None
    after = lines[index + 1 : index + 8]
    text_starts = next((i for i, line in enumerate(after) if len(line.split()) > 25), len(after))
    for line in [*after[:text_starts], *reversed(lines[max(0, index - 3) : index])]:
        if _is_date_line(line):
            found = parse_date_string(line)
            if found:
                return found
    return None


_UPDATED = re.compile(r"^\W*(?:ngày )?cập nhật", re.IGNORECASE)
_POSTED_WORDS = r"(?:ngày đăng|đăng ngày|ngày xuất bản|đăng lúc|đăng vào)\b"
_POSTED_LABEL = re.compile(r"^\W*" + _POSTED_WORDS, re.IGNORECASE)
_WEEKDAY_LINE = re.compile(r"^\W*(thứ [^\W\d]+|chủ nhật)\b", re.IGNORECASE)
_POSTED_LABEL_INSIDE = re.compile(_POSTED_WORDS, re.IGNORECASE)


def _posted_on(line: str) -> date | None:
    """A date line's date: the one its posting label gives, in a bar of several ("Ngày ban hành: 07/10/2024 | Ngày
    đăng: 08/10/2024 08:05"), else its first."""
    label = _POSTED_LABEL_INSIDE.search(line)
    return (parse_date_string(line[label.end() :]) if label else None) or parse_date_string(line)


def posted_under_title(lines: list[str], title: str | None) -> date | None:
    """The date a "Ngày đăng" label gives just under the headline, on its line or the next."""
    index = _title_index(lines, title)
    if index is None:
        return None
    for i in range(index + 1, min(len(lines), index + 6)):
        if _POSTED_LABEL.match(lines[i]):
            # (the label alone on its line, the date under it; not the text's first sentence, when the label's own
            # date is unreadable: WordPress's "Đăng lúc 17/10/202520/10/2025", its two <time>s run together)
            return parse_date_string(lines[i]) or (
                parse_date_string(lines[i + 1])
                if i + 1 < len(lines) and _is_date_line(lines[i + 1])
                else None
            )
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if _is_date_line(following) and not _UPDATED.match(following):
        return parse_date_string(following)  # "(07:56 | 11/03/2024)" right under the headline
    return None


# A byline with the day it was written: "Bài, ảnh: H'Linh Niê – 22/8/2017".
_DATED_BYLINE = re.compile(
    r"^\W*(?:bài|tin|ảnh|bài,? ảnh|tin,? ảnh|bài và ảnh)\s*:\s*[^\d:]{2,40}[–—-]\s*\d{1,2}/\d{1,2}/\d{4}\s*$",
    re.IGNORECASE,
)
# ... or a posting stamp on its own line, its weekday and time with it ("Thứ Hai, 06/10/2014 - 15:21"): a related
# link's date comes bare or in brackets.
_STAMP_LINE = re.compile(
    r"^(?:thứ \w+|chủ nhật),?\s*(?:ngày\s*)?\d{1,2}/\d{1,2}/\d{4}\s*[-–|,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?\s*$",
    re.IGNORECASE,
)


def _labelled_dates(
    lines: list[str], start: int, labelled: Callable[[str], object] | None = None
) -> list[tuple[int, date]]:
    """The first labelled date line below the top of the page ("Ngày cập nhật 08/11/2024" after the byline), a
    dated byline or a posting stamp; or the first line `labelled` takes ("Ngày đăng: 21/10/2016 - 15:32 | Lượt xem:
    318" after the text)."""
    labelled = labelled or (
        lambda line: _LABELLED_DATE_LINE.match(line) or _DATED_BYLINE.match(line) or _STAMP_LINE.match(line)
    )
    for i in range(start, len(lines)):
        if len(lines[i]) < 80 and labelled(lines[i]) and (found := parse_date_string(lines[i])):
            return [(i, found)]
    return []


def from_text_lines(
    parts: PageParts,
    lines: list[str],
    fallback_html: str | None = None,
    url: str | None = None,
    lead: str | None = None,
) -> None:
    """A page we have no selectors for, or a saved .txt: title and date from the top lines. The `lead` a page marks
    as such opens the text trafilatura finds, which often leaves it out."""
    lines, _ = _unwrap(lines, set())  # a first paragraph cut short would pass for a header line
    head: list[tuple[int, date]] = []
    start = 0
    title_index = None
    if parts.title:  # known from the markup: the date lines around it are before or after it
        title_index = next((i for i, line in enumerate(lines[:40]) if line.strip() == parts.title), None)
    first = max(0, title_index - 6) if title_index is not None else 0
    # (a copied menu, one item a line, may run a dozen lines above the headline)
    last = title_index + 12 if title_index is not None else _HEAD_LINES
    menu = _menu_lines(lines[:last])
    for i in range(first, min(len(lines), last)):
        line = lines[i]
        found = _posted_on(line) if _is_date_line(line) else None
        if found:
            if not _CLOCK.match(line):  # "Hôm nay, Thứ năm ngày 03/12/2009": the portal's clock, not its date
                head.append((i, found))
            start = i + 1
            continue
        if is_site_header(line) or i in menu or (title_index is None and _PLACE_AND_DATE.match(line)):
            start = i + 1  # a document's place-and-date line is kept with its number, after the headline
            continue
        if title_index is not None and line.strip() == parts.title:
            start = i + 1  # the headline again under the breadcrumbs, as Joomla prints it above its date
            continue
        words = len(line.split())
        if parts.title is None and title_index is None and words <= 40 and not line.endswith((".", ";")):
            following = next((other for other in lines[i + 1 : i + 4] if not _is_date_line(other)), "")
            banner = _above_menu(lines[i + 1 : i + 2]) and not _NEWS_WORDS.search(fold(line))
            if (
                not banner
                and not _is_category(line, following)
                and not _over_headline(line, lines[i + 1 : i + 7])
            ):
                title_index = i
                parts.title = line
                start = i + 1
                continue
        # A sentence's end; a short line ending in ":" is furniture ("Tin liên quan:"), a long one opens a list.
        # Below the headline, a line of a dozen words is the text, hard-wrapped before a capitalised name.
        ends_sentence = _SENTENCE_END.search(line) and (not line.endswith(":") or words >= 8)
        wrapped_text = (  # (not a banner in capitals: "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG - CỔNG THÔNG TIN ĐIỆN TỬ")
            title_index is not None
            and words >= 12
            and not line.isupper()
            and not _banner_after(lines[i - 1], line)
            and i + 1 < len(lines)
            and not _is_date_line(lines[i + 1])
        )
        if (words > 25 or ends_sentence or wrapped_text) and (title_index is None or i > title_index):
            break
        start = i + 1
    if not head:
        head = _labelled_dates(lines, start)
    elif all(_above_menu(lines[i + 1 : i + 2]) for i, _ in head):
        head += _labelled_dates(
            lines, start, _POSTED_LABEL.match
        )  # the only date up top is a clock over breadcrumbs
    elif title_index is not None and all(i < title_index and _WEEKDAY_LINE.match(lines[i]) for i, _ in head):
        # ... or a weekday's over the headline, which a date labelled under the text says is the clock copied with
        # the page: "Thứ Ba, ngày 11 tháng 10 năm 2022" over it, "Ngày cập nhật: 26/9/2022" under the text
        head += _labelled_dates(lines, start, _LABELLED_DATE_LINE.match)
    # (a date the page labels as its posting beats a clock's above it: "Thứ Sáu, 16-06-2017 | 09:42:15", then
    # "Ngày đăng: 12-10-2016 15:40"; so does one below the breadcrumbs, the clock standing above them)
    head.sort(
        key=lambda found: (
            not _POSTED_LABEL.match(lines[found[0]]),
            _above_menu(lines[found[0] + 1 : found[0] + 2])
            or found[0] + 1 < len(lines)
            and is_site_header(lines[found[0] + 1])  # ... or the site's name: "Thứ Hai, 24/04/2017" over it
            # (not a document's issuer, its number below it: "06/06/2024 14:05", "ỦY BAN NHÂN DÂN THÀNH PHỐ THUẬN AN",
            # "Số: 1245/TB-UBND", then its own "Thuận An, ngày 04 tháng 6 năm 2024")
            and not any(_DOCUMENT_NUMBER.match(line) for line in lines[found[0] + 2 : found[0] + 4]),
        )
    )
    after_title = [d for i, d in head if title_index is None or i > title_index]
    before_title = [d for i, d in head if title_index is not None and i < title_index]
    parts.published_candidates = after_title + before_title
    parts.published = parts.published or (
        after_title[0] if after_title else before_title[0] if before_title else None
    )
    # An official document's number and place-and-date line head the page like a site's banner, but they are the
    # document's own reference: kept, after the headline.
    numbered = any(_DOCUMENT_NUMBER.match(line) for line in lines[:start])
    head_lines = [
        line for line in lines[:start] if _DOCUMENT_NUMBER.match(line) or _PLACE_AND_DATE.match(line)
    ]
    body_lines = (head_lines if numbered else []) + lines[start:]
    if fallback_html is not None and parts.title and not in_legacy_font(fallback_html):
        extracted = trafilatura.extract(fallback_html, url=url, include_comments=False, fast=True)
        if extracted and len(extracted) > 200:
            body_lines = text_lines(extracted)
            # (from a layout of tables it may keep the menus and sidebars above the headline: the text is below it)
            heading = next((i for i, line in enumerate(body_lines) if line.strip() == parts.title), -1)
            body_lines = [line for line in body_lines[heading + 1 :] if line.strip() != parts.title]
            if lead and (lead_lines := text_lines(lead)) and lead_lines[0] not in body_lines:
                body_lines = lead_lines + body_lines
    assemble(parts, body_lines)
    # The site's name above the headline says where the portal is ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẬU LỘC - THANH HÓA"),
    # and so does the footer ("Bản quyền thuộc Sở Nội vụ tỉnh Quảng Ninh"), which a body from trafilatura leaves out.
    footer = () if parts.context else lines[-_FOOTER_LINES:]
    parts.context = "\n".join(line for line in (*lines[:start], parts.context, *footer) if line)


_FOOTER_LINES = 8
_HEAD_LINES = 30
# A menu copied one item a line: a run of three or more lines of a few words, none a sentence or a date ("Trang chủ",
# "Tin tức", "Cải cách hành chính", "Kinh tế - Xã hội", "Liên hệ").
_MENU_ITEM_WORDS = 4
_MENU_RUN = 3


def _menu_lines(lines: list[str]) -> set[int]:
    items = [
        sum(any(ch.isalnum() for ch in word) for word in line.split())
        if not _SENTENCE_END.search(line) and not any(ch.isdigit() for ch in line)
        else None
        for line in lines
    ]
    short = [n is not None and n <= _MENU_ITEM_WORDS for n in items]
    menu: set[int] = set()
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and short[end]:
            end += 1
        if end - i >= _MENU_RUN:
            # the run goes on through a longer item that a short one follows ("Văn bản - Chỉ đạo điều hành" over
            # "Liên hệ")
            while (
                end + 1 < len(lines)
                and items[end] is not None
                and items[end] <= 2 * _MENU_ITEM_WORDS
                and short[end + 1]
            ):
                end += 2
                while end < len(lines) and short[end]:
                    end += 1
            menu.update(range(i, end))
        i = max(end, i + 1)
    return menu


def headline_over_date(lines: list[str]) -> str | None:
    """The line right above a labelled date ("Ngày đăng: 18/05/2007", "Ngày cập nhật: 10/09/2010 - 15:42"): an old
    portal's headline, found before a marquee or a site's name over its menus is taken for it."""
    for above, line in pairwise(lines):
        words = len(above.split())
        if (
            _LABELLED_DATE_LINE.match(line)
            and 5 <= words <= 40
            and not _SENTENCE_END.search(above)
            and not _is_date_line(above)
            and not is_site_header(above)
        ):
            return above
    return None


# The portal's clock: "Hôm nay, Thứ năm ngày 03/12/2009", or a weekday and its date heading the site's menu ("Thứ
# Năm, 06/11/2025 | Trang chủ | Tin tức - Sự kiện"); or a print view's day of printing ("Trang thông tin điện tử huyện
# A - Ngày in: 03/06/2024").
_CLOCK = re.compile(
    r"^\W*hôm nay\b|^\W*thứ [^\W\d]+,? (?:ngày )?\d{1,2}/\d{1,2}/\d{4}\s*\|\s*trang chủ\b|^[^\d]{0,60}\bngày in\s*:",
    re.IGNORECASE,
)
# Cells a word processor separated with tabs: three or more are a table's row ("Phường 1<TAB>2.315<TAB>100%"),
# read with pipes; two are side-by-side columns (a signature block beside "Nơi nhận:"), read one after the other.
_TAB_CELLS = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")


# A table copied one cell a line ("Đơn vị", "Tiếp nhận", "Trễ hạn", then "UBND xã An Hải", "761", "3", ...): its
# header's short lines, then rows of as many lines, each a name and its figures (a dash where a cell had none); read
# with pipes. A numbered table ("STT" first) opens each row with its number, and its totals row with an empty line;
# its number keeps the rows aligned, so a row may hold words beside its figures (a rating: "Tốt", "Khá").
_CELL_LINE = re.compile(r"^[^\s.;:!?]([^\n]{0,58}[^.;:!?\s])?$")
_NO_FIGURE = frozenset({"-", "–", "—"})
_STACKED_ROWS = 2


def _stacked_tables(lines: list[str]) -> list[str]:
    cells = [line.strip() for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        if table := _stacked_table_at(cells, i):
            rows, i = table
            out += rows
        else:
            out.append(lines[i])
            i += 1
    return out


def _stacked_table_at(cells: list[str], i: int) -> tuple[list[str], int] | None:
    """The pipe rows of a table copied one cell a line from `cells[i]`, and the line after it."""
    j = i
    while j < len(cells) and _CELL_LINE.match(cells[j]) and not FIGURE_CELL.match(cells[j]):
        j += 1
    numbered = bool(ROW_NUMBER_HEADER.match(fold(cells[i])))
    start = (
        j if numbered else j - 1
    )  # (unnumbered, the header's run of short lines ends on the first row's name)
    width = start - i
    if width < 3 or j >= len(cells) or not FIGURE_CELL.match(cells[j]):
        return None
    rows, r = [], start
    while r + width <= len(cells):
        row = cells[r : r + width]
        name, figures = row[numbered], row[numbered + 1 :]
        if (
            numbered
            and row[0]
            and not FIGURE_CELL.match(row[0])
            or FIGURE_CELL.match(name)
            or not _CELL_LINE.match(name)
            or not all(
                FIGURE_CELL.match(c) or c in _NO_FIGURE or numbered and _CELL_LINE.match(c) for c in figures
            )
            or not any(FIGURE_CELL.match(c) for c in figures)
        ):
            break
        rows.append(["" if c in _NO_FIGURE else c for c in row])
        r += width
    if len(rows) < _STACKED_ROWS:
        return _numbered_rows_at(cells, i) if numbered else None
    return [CELL_SEPARATOR.join(row) for row in [cells[i:start], *rows]], r


_GROUP_NUMBER = re.compile(r"^[IVX]{1,4}\.?$")  # a group's row in a numbered table: "I", "Cơ quan chuyên môn"


def _numbered_rows_at(cells: list[str], i: int) -> tuple[list[str], int] | None:
    """A numbered table copied one cell a line whose rows hold words (a schedule: "1", "Phòng Tư pháp", "Thứ Ba,
    08/10/2024", "Sáng"), its header perhaps of two rows: each row opens on the next number and is as long as the
    first, a group's row ("II", "UBND các xã, thị trấn") perhaps between two."""

    def group_at(k: int) -> bool:
        return (
            k + 1 < len(cells)
            and bool(_GROUP_NUMBER.match(cells[k]))
            and bool(_CELL_LINE.match(cells[k + 1]))
        )

    first = next((k for k in range(i + 1, min(len(cells), i + 16)) if cells[k] == "1"), None)
    second = first and next(
        (k for k in range(first + 1, min(len(cells), first + 12)) if cells[k] == "2"), None
    )
    if not second or not all(_CELL_LINE.match(c) for c in cells[i:second]):
        return None
    header_end = first - 2 if group_at(first - 2) else first
    width = second - first - (2 if group_at(second - 2) else 0)
    if width < 2:
        return None
    rows: list[list[str]] = [] if header_end == first else [cells[header_end:first]]
    pos, number = first, 1
    while pos + width <= len(cells) and cells[pos] == str(number):
        row = cells[pos : pos + width]
        if not all(_CELL_LINE.match(c) for c in row[1:]):
            break
        rows.append(row)
        pos, number = pos + width, number + 1
        if group_at(pos) and pos + 2 < len(cells) and cells[pos + 2] == str(number):
            rows.append(cells[pos : pos + 2])
            pos += 2
    if number - 1 < _STACKED_ROWS:
        return None
    header = _two_row_header(cells[i:header_end], width)
    return [CELL_SEPARATOR.join(row) for row in [header, *rows]], pos


def _two_row_header(header: list[str], width: int) -> list[str]:
    """A header of more cells than its rows have, copied from two rows: its last k cells spanning two columns each
    over the 2k cells of the row below ("Giải quyết đúng hạn", "Nộp trực tuyến", then "Số hồ sơ", "Tỷ lệ (%)" under
    each), read as one row of `width` cells ("Giải quyết đúng hạn Số hồ sơ")."""
    groups = len(header) - width
    top = len(header) - 2 * groups
    if groups <= 0 or top - groups < 1:
        return header
    below = header[top:]
    spanning = [
        f"{group} {below[2 * j + k]}" for j, group in enumerate(header[top - groups : top]) for k in (0, 1)
    ]
    return [*header[: top - groups], *spanning]


def _tab_tables(lines: list[str]) -> list[str]:
    """Lines of cells separated with tabs read with pipes. A table whose header takes two rows keeps its empty cells:
    a merged header copied from a web page ("Đơn vị<TAB>Năm 2018<TAB><TAB>Quý I/2019<TAB>" over "<TAB>Tiếp nhận<TAB>Trễ
    hạn<TAB>Tiếp nhận<TAB>Trễ hạn") spans its columns with them."""
    raw = [
        [cell.strip() for cell in line.rstrip("\r\n ").split("\t")] if "\t" in line else [] for line in lines
    ]
    out = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and len(raw[end]) == len(raw[i]) > 2:
            end += 1
        if (
            end - i >= _SPACE_TABLE_ROWS
            and not raw[i + 1][0]
            and sum(map(bool, raw[i + 1])) > 1
            and not all(raw[i])
        ):
            out += [CELL_SEPARATOR.join(cells) for cells in raw[i:end]]
            i = end
        elif days := _dated_pairs(raw, i):
            out += [CELL_SEPARATOR.join(cells) for cells in raw[i : i + days]]
            i += days
        else:
            out.append(_tab_cells(lines[i]))
            i += 1
    return out


def _dated_pairs(raw: list[list[str]], i: int) -> int:
    """The rows of a schedule in two columns from row `i`, its header's and those opening on a day ("Thời
    gian<TAB>Đơn vị được kiểm tra" over "Ngày 15/6<TAB>UBND huyện Can Lộc"), three at least; else 0. Two cells are
    otherwise side-by-side columns, a signature block beside "Nơi nhận:"."""
    if len(raw[i]) != 2 or not all(raw[i]):
        return 0
    end = i + 1
    while end < len(raw) and len(raw[end]) == 2 and all(raw[end]) and _DAY_CELL.match(raw[end][0]):
        end += 1
    return end - i if end - i > _SPACE_TABLE_ROWS else 0


# A cell that opens on a day: "Ngày 24-25/6", "Sáng thứ Ba, 16/6", "15/6/2015".
_DAY_CELL = re.compile(r"^\D{0,20}\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?/\s*\d{1,2}")


def _tab_cells(line: str) -> str:
    if "\t" not in line:
        return line
    cells = _TAB_CELLS.split(line)
    # (a word processor's list item, its marker and a tab: "\uf0b7<TAB>Ngày 12/6/2017: ...")
    if len(cells) == 2 and LIST_ITEM.fullmatch(cells[0] + " "):
        return " ".join(cells)
    # (a row's empty last cells count: "16/8/2024<TAB>UBND xã Châu Quang<TAB>" under "Ngày | Đơn vị | Ghi chú")
    raw = [cell.strip() for cell in line.lstrip(" \t").rstrip("\r\n ").split("\t")]
    if len(raw) > 2 and len(cells) == 2:
        return CELL_SEPARATOR.join(raw)
    return CELL_SEPARATOR.join(cells) if len(cells) > 2 else "\n".join(cells)


# Cells a PDF or a plain-text table lined up with spaces ("1     Huyện Tây Hòa     86,75    Khá"): a run of three or
# more rows of the same three or more cells is a table, read with pipes. Prose has a stray double space at most.
_SPACE_CELLS = re.compile(r"(?<=\S)[ \xa0]{2,}(?=\S)")  # (a web page's runs of no-break spaces too)
_SPACE_TABLE_ROWS = 3


def _space_tables(lines: list[str]) -> list[str]:
    cells = [_SPACE_CELLS.split(line.strip()) for line in lines]
    out = list(lines)
    i = 0
    while i < len(lines):
        width, end, rows = len(cells[i]), i, []
        while end < len(lines):
            if len(cells[end]) == width >= 3:
                rows.append(end)
            elif not (rows and len(cells[end]) < width and _row_follows(cells, end, width)):
                break  # (a group's row or a subtotal between two rows goes as written: "II   UBND XÃ, THỊ TRẤN")
            end += 1
        if len(rows) >= _SPACE_TABLE_ROWS:
            for row in rows:
                out[row] = CELL_SEPARATOR.join(cells[row])
            # the header above, its words wrapped onto the indented lines under it, each under its column ("Hồ sơ"
            # over "tiếp nhận"), a group's row perhaps between it and the first row
            header = (
                rows[0]
                if rows[0] + 1 < len(lines) and lines[rows[0] + 1][:1].isspace() and rows[0] + 1 not in rows
                else next(
                    (h for h in range(rows[0] - 1, max(-1, rows[0] - 5), -1) if len(cells[h]) == width), None
                )
            )
            if header is not None:
                below = header + 1
                while below < len(lines) and below not in rows and lines[below][:1].isspace():
                    below += 1
                out[header] = CELL_SEPARATOR.join(_wrapped_header(lines[header:below]))
                out[header + 1 : below] = [""] * (below - header - 1)
        i = max(end, i + 1)
    return out


def _row_follows(cells: list[list[str]], index: int, width: int) -> bool:
    return any(k < len(cells) and len(cells[k]) == width for k in (index + 1, index + 2))


_CELL_START = re.compile(r"(?:^|(?<=  ))\S")
_PIECE = re.compile(r"\S+(?: \S+)*")


def _wrapped_header(lines: list[str]) -> list[str]:
    """A header whose cells wrap onto the lines under it, as one row: each piece below joins the column it starts
    under."""
    starts = [m.start() for m in _CELL_START.finditer(lines[0].rstrip())]
    header = _SPACE_CELLS.split(lines[0].strip())
    for line in lines[1:]:
        for piece in _PIECE.finditer(line):
            column = max((k for k, start in enumerate(starts) if start <= piece.start() + 1), default=0)
            header[column] = f"{header[column]} {piece.group(0)}"
    return header


# A day in an address's path, as WordPress ("/2021/04/09/<slug>/") and Tân Dân ("/pages/2022-06-15/<slug>.aspx")
# portals write them; a copy may keep the address on its first line.
_URL_DAY = re.compile(r"/(20\d\d)([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=/|$)")
_URL_LINE = re.compile(r"^\s*https?://\S+\s*$")
# A print view's own address below the text: "Địa chỉ bài viết: https://sonoivu.quangtri.gov.vn/tin-tuc/2018/11/06/..."
_ADDRESS_LINE = re.compile(
    r"^\s*(?:địa chỉ|đường dẫn|link|url)(?: (?:bài viết|bài|tin|trang))?\s*:\s*(https?://\S+)\s*$",
    re.IGNORECASE,
)


def url_date(url: str | None) -> date | None:
    """The day an article's address gives, the last resort for its publication date."""
    match = _URL_DAY.search(url or "")
    return date(int(match[1]), int(match[3]), int(match[4])) if match else None


def plain_tables(lines: list[str]) -> list[str]:
    """The lines with the tables written without markup (one cell a line, cells apart by tabs or by runs of spaces)
    read with pipes, as a web page's tables are."""
    return _space_tables(_tab_tables(_stacked_tables(lines)))


def parse_text(text: str) -> PageParts:
    parts = PageParts()
    lines = plain_tables(text.split("\n"))
    first = next((line for line in lines if line.strip()), "")
    address = first if _URL_LINE.match(first) else None
    if address:
        lines.remove(address)
    from_text_lines(parts, text_lines("\n".join(lines)))
    if not address:
        address = next((m[1] for line in lines if (m := _ADDRESS_LINE.match(line))), None)
    parts.published = parts.published or url_date(address)
    return parts
