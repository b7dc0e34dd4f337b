"""Vietnamese text helpers shared by every stage: NFC and accent folding.

`fold` maps each NFC character to exactly one character (tone and vowel marks
dropped, đ→d, lower-cased), so offsets found in folded text are offsets in the
original: search highlights are computed on folded text and shown on the real one.
"""

from __future__ import annotations

import html
import unicodedata
from functools import lru_cache

_SPECIAL = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"}


def nfc(text: str) -> str:
    """Unescape HTML entities and compose: portals mix NFD, entities and precomposed text."""
    return unicodedata.normalize("NFC", html.unescape(text))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    folded = base.lower()
    return folded if len(folded) == 1 else ch.lower()[:1] or ch


def fold(text: str) -> str:
    """Accent-insensitive form of NFC `text`, same length: "Đoàn kiểm tra" → "doan kiem tra"."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)
