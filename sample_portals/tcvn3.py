"""Unicode → TCVN3 (ABC, TCVN 5712:1993 "VN3") encoder for the legacy-font trap.

Old portal pages pasted from `.VnTime` documents carry TCVN3 bytes inside UTF-8 pages: each
Vietnamese letter is one byte in 0xA1-0xFE and shows up as the Latin-1 character of that byte
("Ninh Bình" → "Ninh B×nh"). The table below is the byte layout of TCVN 5712:1993 (VN3): 0xA1-0xA7
upper-case base letters Ă Â Ê Ô Ơ Ư Đ, 0xA8-0xAE their lower-case forms, then the five tones of each
vowel in the order grave, hook, tilde, acute, dot below. VN3 has no upper-case toned letters (the
`.VnTimeH` font draws the lower-case bytes in capitals), so those are encoded as their lower-case
byte, exactly the loss real documents have.
"""

from __future__ import annotations

import unicodedata

# Each row: a vowel, then its bytes for grave, hook above, tilde, acute, dot below.
_TONED_ROWS: dict[str, tuple[int, int, int, int, int]] = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # same order as the rows
_BASE_LETTERS = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}
_BASE_LETTERS |= {"ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE}


def _build_table() -> dict[str, str]:
    table = {letter: chr(byte) for letter, byte in _BASE_LETTERS.items()}
    for vowel, row in _TONED_ROWS.items():
        for mark, byte in zip(_TONE_MARKS, row, strict=True):
            toned = unicodedata.normalize("NFC", vowel + mark)
            table[toned] = chr(byte)
            table.setdefault(toned.upper(), chr(byte))
    return table


UNICODE_TO_TCVN3: dict[str, str] = _build_table()
TCVN3_TO_UNICODE: dict[str, str] = {
    byte: letter for letter, byte in UNICODE_TO_TCVN3.items() if letter.islower() or letter in _BASE_LETTERS
}


def encode(text: str) -> str:
    """Text as it appears when TCVN3 bytes are read as Latin-1 (ASCII passes through)."""
    return "".join(UNICODE_TO_TCVN3.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def decode(text: str) -> str:
    """Inverse of `encode` for text without upper-case toned letters."""
    return "".join(TCVN3_TO_UNICODE.get(ch, ch) for ch in text)
