"""Vietnamese text helpers shared by every stage: NFC and accent folding.

`fold` maps each NFC character to exactly one character (tone and vowel marks
dropped, đ→d, lower-cased), so offsets found in folded text are offsets in the
original: search highlights are computed on folded text and shown on the real one.
"""

from __future__ import annotations

import html
import re
import unicodedata

import numpy as np

_SPECIAL = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"}


def nfc(text: str) -> str:
    """Unescape HTML entities and compose: portals mix NFD, entities and precomposed text."""
    return unicodedata.normalize("NFC", html.unescape(text))


# The old tone placement on open syllables ("hoà", "thuỷ", "khoẻ") and the new ("hòa", "thủy", "khỏe"): portals
# write both, name registries the new. Each pair is one character for one, so offsets stay.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below
# (the tone the vowel's only mark: "ậ" decomposes to a, dot below, circumflex)
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?![\u0300-\u036f])(?![^\W\d_])")


def _moved(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFC", match[1] + match[3]) + match[2]


def new_tones(text: str) -> str:
    """NFC `text` with the tone of "oa", "oe", "uy" ending a syllable on the first vowel, as the gazetteer spells
    names: "Khánh Hoà" → "Khánh Hòa", "Uỷ ban" → "Ủy ban" ("hoàn", "quý" and "khuỷu" keep theirs). Same length."""
    decomposed = unicodedata.normalize("NFD", text)
    if not any(tone in decomposed for tone in _TONES):
        return text
    return unicodedata.normalize("NFC", _OLD_TONE.sub(_moved, decomposed))


def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    folded = unicodedata.normalize("NFD", ch)[0].lower()
    return folded if len(folded) == 1 else ch


# Latin letters with their marks (Latin-1, Latin Extended A/B, Vietnamese block): one C-level translate.
# A list indexed by code point (identity where nothing changes) is looked up twice as fast as a dict;
# code points past its end raise IndexError, which `str.translate` reads as "keep the character".
def _fold_table() -> list[int]:
    table = list(range(0x1F00))
    for block in (range(0x41, 0x5B), range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        for code in block:
            table[code] = ord(_fold_char(chr(code)))
    return table


_TABLE = _fold_table()
# The same table over UTF-16 code units, for long texts: looked up by numpy, a 2,400-character body folds
# in 9 µs instead of 44 (str.translate looks each character up in Python objects); below _SHORT characters
# str.translate is faster. Surrogates map to themselves, so characters beyond the BMP pass through whole.
_UNITS = np.arange(0x10000, dtype="<u2")
_UNITS[: len(_TABLE)] = _TABLE
_SHORT = 128


def fold(text: str) -> str:
    """Accent-insensitive form of NFC `text`, same length: "Đoàn kiểm tra" → "doan kiem tra"."""
    if len(text) < _SHORT:
        return text.translate(_TABLE)
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype="<u2")
    folded = _UNITS[units].tobytes().decode("utf-16-le", "surrogatepass")
    # A lone high surrogate followed by a lone low one decodes as one character: keep the length.
    return folded if len(folded) == len(text) else text.translate(_TABLE)


# Regex character class of upper-case Latin letters with Vietnamese marks (Python's re has no \p{Lu};
# a range like À-Ỹ would also take the lower-case letters between them).
UPPER = (
    "["
    + "".join(
        chr(c)
        for r in (range(0x41, 0x5B), range(0xC0, 0x250), range(0x1E00, 0x1F00))
        for c in r
        if chr(c).isupper()
    )
    + "]"
)
