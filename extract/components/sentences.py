"""Sentence boundaries: ". ! ?" and line breaks, not abbreviations ("TP.") or numbers ("33.653")."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from cchc.vntext import fold
from extract.components.state import Page

# Not after an abbreviation: "TP. Huế", "Tp. Rạch Giá", "TT. Phố Châu", "đ/c. X", degrees before a name ("TS. Lê Văn
# Đông", "ThS."), a type's initial before a place ("P. An Hòa", "X. Phi Thông", "H. Đức Hòa").
# The lookahead first: the lookbehinds are then tried at punctuation only.
_END = re.compile(
    r"(?=[.!?…])(?<!\bTP)(?<!\bTp)(?<!\bTT)(?<!\bTX)(?<!\bđ/c)(?<!\bTS)(?<!\bThS)(?<!\bGS)(?<!\bBS)(?<!\b[HPQX])"
    r"[.!?…]+[\"”’)]*(?=\s+[^\sa-zđ0-9,;])|"
    # a sentence opening on a number ("... về PAR INDEX. 10 tháng năm 2022, huyện tiếp nhận ..."), not after a letter
    # that stands for a word ("P. 3", "Q. 1") or a decimal written apart
    r"(?=[.!?…])(?<=[^\W\d][^\W\d])[.!?…]+[\"”’)]*(?=\s+\d{1,4}\s+[^\W\d])|\n+"
)


# What numbers a line: "1", "12", "a", "B", "IV".
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}|[A-Za-zĐđ]|[IVX]{1,4})")


def _add(bounds: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Keep a non-empty sentence, starting at its first non-space character."""
    segment = text[start:end]
    if segment.strip():
        bounds.append((start + len(segment) - len(segment.lstrip()), end))


@Language.component("cchc_sentences")
def split_sentences(doc: Doc) -> Doc:
    page = doc._.page
    if page is None:  # run as a plain nlp(text) pipeline: no page around the text
        page = doc._.page = Page(text=doc.text)
    text = page.text
    page.folded = fold(text)
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.group(0)[0] == "." and _ENUMERATOR.fullmatch(
            text, text.rfind("\n", 0, match.start()) + 1, match.start()
        ):
            continue  # "1. Thứ Ba, ngày 12/5: Sở Y tế", "A. ĐOÀN SỐ 1", "II. KẾT QUẢ": a list item's number
        end = match.end() if match.group(0)[0] != "\n" else match.start()
        _add(bounds, text, start, end)
        start = match.end()
    _add(bounds, text, start, len(text))
    page.sentences = bounds
    if len(doc):  # one array call: Token objects and is_sent_start setters are slow per token
        offsets = doc.to_array("IDX").astype("int64")
        flags = numpy.where(numpy.isin(offsets, [s for s, _ in bounds]), 1, -1)
        flags[0] = 1
        doc.from_array([SENT_START], flags.astype("int64").view("uint64").reshape(-1, 1))
    return doc
