"""Repair the text of a page before anything reads it: entities, NFD, legacy fonts, mojibake.

Legacy font encodings (TCVN3/ABC, VNI, VISCII) are converted by `viparse.fix`, which is
correct but costs about a millisecond per call, so it only runs on paragraphs that show
the characters those encodings produce and real Vietnamese Unicode text never uses.
"""

from __future__ import annotations

import re

import viparse

from cchc.vntext import nfc

# Characters TCVN3/ABC text shows when read as Unicode and Vietnamese never uses (§ for Đ, µ for à ...),
# and VNI's tone marks written after a vowel ("chaøo", "caùc").
_TCVN3 = "§µ¶¸×¬®¹»¼½¾ÆÇËÎÏÑÖØÞßæçëîïñöøûü¦¢£¤¥©ª«\xad"  # \xad (soft hyphen) is ư
_LEGACY_MARKERS = re.compile(f"[{_TCVN3}]|[aeiouyâêô][øùûõï]")
_LEGACY_DENSE = re.compile(f"[{_TCVN3}]|[aeiouyâêô][øùûõï]")
_MOJIBAKE = re.compile(r"(?:Ã.|á[º»]|Ä[\u2018\u2019\u0090-\u0091]|Æ[°¡])")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def _fix_legacy(paragraph: str) -> str:
    if len(_LEGACY_DENSE.findall(paragraph)) < 2:
        return paragraph
    return viparse.fix(paragraph)


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


def repair(text: str) -> str:
    """Unescaped, NFC, legacy encodings converted, spaces tidied; line structure kept."""
    text = nfc(text)
    if not text.isascii() and (_LEGACY_MARKERS.search(text) or _MOJIBAKE.search(text)):
        text = "\n".join(_fix_legacy(_fix_mojibake(line)) for line in text.split("\n"))
        text = nfc(text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
