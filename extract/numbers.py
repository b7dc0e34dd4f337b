"""Vietnamese numbers: "." groups thousands, "," is the decimal mark, words scale.

"33.653" → 33653, "51,25" → 51.25, "1 nghìn 800" → 1800, "2,5 nghìn" → 2500, "02" → 2,
"100.0" (an English-style decimal some widgets print) → 100.0; and the words reporters write small counts and
round figures with: "ba hồ sơ" → 3, "hơn một nghìn hồ sơ" → 1000.
"""

from __future__ import annotations

import re

_SCALES = {
    "nghìn": 1_000,
    "ngàn": 1_000,
    "nghin": 1_000,
    "ngan": 1_000,
    "triệu": 1_000_000,
    "trieu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
    "ty": 1_000_000_000,
}

_DIGIT_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
# A number word counts only with a scale or a counted thing after it (what follows is the caller's to check): "năm"
# is also "year", "ba" also "father".
NUMBER_WORD = r"(?<!\w)(?i:" + "|".join(_DIGIT_WORDS) + r")(?=\s)"
DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?"
NUMBER = DIGITS + "|" + NUMBER_WORD
_SCALED = re.compile(
    rf"(?P<num>{NUMBER})(?:\s+(?P<scale>nghìn|ngàn|nghin|ngan|triệu|trieu|tỷ|tỉ)(?!\w)(?:\s+(?P<rest>\d{{1,3}})(?!\d))?)?"
)


def parse_number(text: str) -> float | None:
    """A single written number ("33.653", "51,25", "100.0"), or None if it is not one."""
    text = text.strip()
    if text.lower() in _DIGIT_WORDS:
        return float(_DIGIT_WORDS[text.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", text):
        return float(text.replace(",", "."))
    if re.fullmatch(r"\d+\.\d{1,2}", text):
        return float(text)
    return None


def parse_quantity(text: str) -> tuple[float, int] | None:
    """Value and matched length of a number at the start of `text`, scale words included."""
    match = _SCALED.match(text)
    if not match:
        return None
    value = parse_number(match.group("num"))
    if value is None:
        return None
    scale = match.group("scale")
    if scale:
        value *= _SCALES[scale]
        if match.group("rest"):
            value += float(match.group("rest")) * _SCALES[scale] / 1000
    return value, match.end()
