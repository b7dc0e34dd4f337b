"""Repair the text of a page before anything reads it: entities, NFD, legacy fonts, mojibake.

Legacy font encodings (TCVN3/ABC, VNI, VISCII) are converted by `viparse.fix`, which is
correct but costs about a millisecond per call, so it only runs on paragraphs that show
the characters those encodings produce and real Vietnamese Unicode text never uses.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

import viparse

from cchc.vntext import UPPER, fold, nfc

# Characters TCVN3/ABC text shows when read as Unicode and Vietnamese never uses (§ for Đ, µ for à ...),
# and VNI's tone marks written after a vowel ("chaøo", "caùc").
_TCVN3 = "§µ¶¸×¬®¹»¼½¾ÆÇËÎÏÑÖØÞßæçëîïñöøûü¦¢£¤¥©ª«\xad"  # \xad (soft hyphen) is ư
_VNI_MARK = "[aeiouyâêô][øùûõï]"
_LEGACY_MARKERS = re.compile(f"[{_TCVN3}]|{_VNI_MARK}")
_MOJIBAKE = re.compile(r"(?:Ã.|á[º»]|Ä[\u2018\u2019\u0090-\u0091]|Æ[°¡])")
_SPACE_SET = " \t\u00a0\u2000-\u200a\u202f\u3000"
# What word processors leave in a text, found in one pass and each put right by `_word_processor_mark`:
# - invisible characters inside words and numbers ("2.\u200b356"): zero-width spaces and joiners, the byte-order mark
#   (a zero-width space between two syllables stands for a space, as a soft hyphen does);
# - a soft hyphen left once legacy fonts (whose "ư" is \xad) are converted: inside a syllable a word processor's
#   ("Trư\xadờng"), between two a PDF's line break ("cải\xadcách"), told apart by the letters around it, since a
#   Vietnamese syllable holds one run of vowels;
# - a no-break space grouping thousands, as Word's French style writes them ("1\u00a0245 hồ sơ"): Vietnamese's "."
#   (the group before it is checked after the match);
# - Unicode's hyphen and no-break hyphen ("1187/QĐ\u2011UBND", "Phó\u2010Giám đốc"): the ASCII hyphen every
#   pattern reads.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_GROUPING = "\u00a0\u202f"
_HYPHENS = "\u2010\u2011"
_MARKS = _INVISIBLE + "\xad" + _GROUPING + _HYPHENS
_WORD_PROCESSOR_MARK = re.compile(f"[{_INVISIBLE}]|\xad|[{_HYPHENS}]|[{_GROUPING}]" + r"(?=\d{3}(?![\d.,/]))")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]*$")
_LETTERS_AFTER = re.compile(r"[^\W\d_]*")
_ONE_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]*")
_GROUP_BEFORE = re.compile(r"(?:^|[^\d.,/])\d{1,3}$")


def _word_processor_mark(match: re.Match[str]) -> str:
    text, at, mark = match.string, match.start(), match.group(0)
    if mark in "\xad\u200b":  # (a zero-width space may stand for a space as well: "Suối\u200bĐá")
        left = _LETTERS_BEFORE.search(text, max(0, at - 8), at).group(0)
        right = _LETTERS_AFTER.match(text, at + 1).group(0)
        return "" if not left or not right or _ONE_SYLLABLE.fullmatch(fold(left + right).lower()) else " "
    if mark in _HYPHENS:
        return "-"
    if mark in _GROUPING:
        return "." if _GROUP_BEFORE.search(text, max(0, at - 4), at) else mark
    return ""


# Runs of spaces to make one plain space; a lone plain space before a word is skipped, not replaced by
# itself (half the cost on a page, where most spaces are already right).
_SPACES = re.compile(f"(?! [^{_SPACE_SET}])[{_SPACE_SET}]+")


def _fix_legacy(paragraph: str, page_encoding: str | None) -> str:
    """The paragraph converted from the legacy font it shows. viparse's guess on one paragraph may fail (VISCII or
    none for a TCVN3 paragraph holding "sæ theo dâi cßn ghi chÐp"): then the font found in the page's marked
    paragraphs together is used, sentence by sentence in a paragraph that mixes it with Unicode."""
    if len(_LEGACY_MARKERS.findall(paragraph)) < 2:
        return paragraph
    if page_encoding is None or viparse.detect_text_encoding(paragraph) == page_encoding:
        fixed = viparse.fix(paragraph)  # (viparse reads a paragraph mixing fonts word by word)
        font = _font_by_marks(paragraph) if fixed == paragraph else None
        return viparse.fix(paragraph, encoding=font) if font else fixed
    if _in_legacy_font(paragraph):
        return viparse.fix(paragraph, encoding=page_encoding)
    return _SENTENCE.sub(
        lambda s: viparse.fix(s[0], encoding=page_encoding) if _in_legacy_font(s[0]) else s[0], paragraph
    )


# A sentence from its first letter (viparse drops the spaces around what it converts).
_SENTENCE = re.compile(r"[^.;!?\s][^.;!?]*[.;!?]*")


def _in_legacy_font(sentence: str) -> bool:
    """Marked, and without a letter past Latin-1, where every legacy font's bytes lie and Unicode's "ạ", "ơ", "đ"
    do not."""
    return len(_LEGACY_MARKERS.findall(sentence)) >= 2 and not any(
        ch > "\xff" and ch.isalpha() for ch in sentence
    )


def _font_by_marks(paragraph: str) -> str | None:
    """The legacy font of a paragraph viparse makes no guess for (a short schedule line: "- Ngµy 19/4: buæi s¸ng kiÓm
    tra t¹i UBND x· Th¹ch Kªnh"): the one whose marks it shows more of, when it shows enough of them inside words
    (not a footer's "©" or a pager's "»") and none of Unicode's Vietnamese letters."""
    inside = _MARK_IN_WORD.findall(paragraph)
    if len(inside) < _FEWEST_MARKS or not _in_legacy_font(paragraph):
        return None
    vni = sum(len(m) == 2 for m in inside)
    return "vni" if vni > len(inside) - vni else "tcvn3"


_FEWEST_MARKS = 3
_MARK_IN_WORD = re.compile(f"(?<=[A-Za-z])(?:[{_TCVN3}]|{_VNI_MARK})|[{_TCVN3}](?=[A-Za-z])")


def in_legacy_font(text: str) -> bool:
    """Whether a page is written in a legacy font throughout (20 marker characters or more): tools that drop soft
    hyphens as invisible (trafilatura) would lose TCVN3's "ư" before `repair` sees it."""
    return sum(1 for _ in islice(_LEGACY_MARKERS.finditer(text), 20)) == 20


def _fix_mojibake(paragraph: str) -> str:
    """UTF-8 bytes that were decoded as cp1252 ("Viá»‡t" → "Việt"); left alone unless it round-trips."""
    if not _MOJIBAKE.search(paragraph):
        return paragraph
    raw = bytearray()
    for ch in paragraph:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return paragraph
            raw.append(ord(ch))  # bytes cp1252 leaves undefined, kept by browsers as C1 controls
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return paragraph


def _fix_encodings(text: str) -> str:
    """The lines that show a legacy font (two marker characters or more) or mojibake, converted.

    Only those lines are looked at: "©" in a footer or "»" in a breadcrumb is one marker on its line,
    and checking each of a page's hundreds of lines cost more than the rest of the repair."""
    starts = Counter(text.rfind("\n", 0, m.start()) for m in _LEGACY_MARKERS.finditer(text))
    suspect = {start for start, markers in starts.items() if markers >= 2}
    suspect.update(text.rfind("\n", 0, m.start()) for m in _MOJIBAKE.finditer(text))
    if not suspect:
        return text
    lines = text.split("\n")
    before = -1  # the offset of the newline that precedes the line
    looked_at = []
    for line in lines:
        looked_at.append(before in suspect)
        before += len(line) + 1
    lines = [_fix_mojibake(line) if look else line for line, look in zip(lines, looked_at, strict=True)]
    # (the font guessed from the lines wholly in one together, which say more than one does)
    marked = [line for line, look in zip(lines, looked_at, strict=True) if look and _in_legacy_font(line)]
    page_encoding = viparse.detect_text_encoding("\n".join(marked)) if marked else None
    fixed = (
        _fix_legacy(line, page_encoding) if look else line
        for line, look in zip(lines, looked_at, strict=True)
    )
    return nfc("\n".join(fixed))


# A city's or a town's short type glued to its name ("TP.Long Khánh", "TX.Phú Mỹ"): a space after it, as "TP. Bảo
# Lộc" is written, so the name reads with its type.
_GLUED_TYPE = re.compile(r"(?<!\w)(TP|TX)\.(?=" + UPPER + r")")


# Full-width digits and their separators, as an East Asian input method types them ("２５/３/２０２１", "１.２０５"):
# the ASCII ones every pattern reads.
_FULL_WIDTH = re.compile("[\uff0c-\uff19]")
_HALF_WIDTH = str.maketrans({chr(0xFF0C + i): chr(0x2C + i) for i in range(0x19 - 0x0C + 1)})


def repair(text: str) -> str:
    """Unescaped, NFC, legacy encodings converted, spaces tidied; line structure kept."""
    text = _GLUED_TYPE.sub(r"\1. ", nfc(text))
    if not text.isascii():
        text = _fix_encodings(text)
        if _FULL_WIDTH.search(text):
            text = text.translate(_HALF_WIDTH)
        if any(mark in text for mark in _MARKS):  # a substring test per mark costs a thirtieth of the scan
            text = _WORD_PROCESSOR_MARK.sub(_word_processor_mark, text)
    return "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n"))
