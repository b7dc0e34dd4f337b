"""Sentence boundaries: ". ! ?" and line breaks, not abbreviations ("TP.") or numbers ("33.653")."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_END = re.compile(r"(?<!\bTP)(?<!\bTT)(?<!\bđ/c)[.!?…]+[\"”’)]*(?=\s+[^\sa-zđ0-9,;])|\n+")


@Language.component("cchc_sentences")
def split_sentences(doc: Doc) -> Doc:
    text = doc.text
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end() if match.group(0)[0] != "\n" else match.start()
        if text[start:end].strip():
            bounds.append((start, end))
        start = match.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    doc._.sentences = bounds
    starts = {s for s, _ in bounds}
    for token in doc:
        token.is_sent_start = token.idx in starts or token.i == 0
    return doc
