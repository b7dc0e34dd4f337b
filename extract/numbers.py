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
}
_UNIT_AFTER_TENS = {**_DIGIT_WORDS, "mốt": 1, "tư": 4, "lăm": 5}  # "hai mươi mốt", "ba mươi tư", "mười lăm"
_WORD_SCALES = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000}


def _words(names: dict[str, int]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


# A number written in words, as radio transcripts and some reporters write them: "ba", "mười lăm", "hai mươi mốt",
# "một trăm linh năm", "một nghìn hai trăm", "chín mươi lăm phẩy bốn". The grammar keeps "ba năm" (three years)
# from reading as a number: after a digit word only "mươi", "trăm", a scale or "phẩy" go on.
_D, _U = _words(_DIGIT_WORDS), _words(_UNIT_AFTER_TENS)
_TENS = rf"(?:mười|(?:{_D})\s+mươi)(?:\s+(?:{_U}))?"
_SMALL = rf"(?:(?:{_D}|không)\s+trăm(?:\s+(?:(?:linh|lẻ)\s+(?:{_D})|{_TENS}))?|{_TENS}|(?:{_D}))"
WORDS_NUMBER = (
    rf"{_SMALL}(?:\s+(?:{_words(_WORD_SCALES)})(?:\s+{_SMALL})?)*(?:\s+phẩy\s+(?:{_D})(?:\s+(?:{_D}))*)?"
)
# A number word counts only with a scale or a counted thing after it (what follows is the caller's to check): "năm"
# is also "year", "ba" also "father".
NUMBER_WORD = r"(?<!\w)(?i:" + WORDS_NUMBER + r")(?=\s)"
# Thousands may be grouped by spaces too, as some typesetting does ("3 415 hồ sơ", "12 486"), but not after the number
# of a place ("Phường 7 894 hồ sơ" is ward 7's 894 records).
_NUMBERED_PLACES = (
    "phường",
    "quận",
    "tổ",
    "số",
    "ấp",
    "khóm",
    "khu",
    "thôn",
    "xóm",
    "bản",
    "đội",
    "khoản",
    "điều",
)
_NOT_A_PLACE_NUMBER = "".join(f"(?<!{w} )(?<!{w.capitalize()} )" for w in _NUMBERED_PLACES)
DIGITS = (
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|"
    + r"(?=\d{1,3}[ \u00a0\u202f]\d{3}(?!\d))"  # (the place words are looked at only where such a number starts)
    + _NOT_A_PLACE_NUMBER
    + r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?"
)
NUMBER = DIGITS + "|" + NUMBER_WORD
_SCALED = re.compile(
    rf"(?P<num>{NUMBER})(?:\s+(?P<scale>nghìn|ngàn|nghin|ngan|triệu|trieu|tỷ|tỉ)(?!\w)(?:\s+(?P<rest>\d{{1,3}})(?!\d))?)?"
)


def parse_number(text: str) -> float | None:
    """A single written number ("33.653", "51,25", "100.0"), or None if it is not one."""
    text = text.strip()
    if text[:1].isalpha():
        return number_in_words(text.lower())
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", text):
        return float(re.sub(r"\D", "", text))
    if re.fullmatch(r"\d+(?:,\d+)?", text):
        return float(text.replace(",", "."))
    if re.fullmatch(r"\d+\.\d{1,2}", text):
        return float(text)
    return None


def number_in_words(text: str) -> float | None:
    """ "một nghìn hai trăm" → 1200, "chín mươi lăm phẩy bốn" → 95.4 (a phrase `NUMBER_WORD` matched)."""
    words = text.split()
    if "phẩy" in words:
        cut = words.index("phẩy")
        whole = number_in_words(" ".join(words[:cut]))
        decimals = "".join(str(_DIGIT_WORDS.get(w, "")) for w in words[cut + 1 :])
        return float(f"{int(whole)}.{decimals}") if whole is not None and decimals else whole
    total, group, pending = 0, 0, 0
    for word in words:
        if word in _WORD_SCALES:
            total += (group + pending) * _WORD_SCALES[word]
            group = pending = 0
        elif word == "mười":
            group += 10
        elif word == "mươi":
            group, pending = group + pending * 10, 0
        elif word == "trăm":
            group, pending = group + pending * 100, 0
        elif word in _UNIT_AFTER_TENS:
            pending = _UNIT_AFTER_TENS[word]
        elif word == "không":  # "hai nghìn không trăm mười sáu"
            pending = 0
        elif word not in ("linh", "lẻ"):
            return None
    return float(total + group + pending)


def parse_quantity(text: str, pos: int = 0) -> tuple[float, int] | None:
    """Value and matched length of a number at `pos` in `text`, scale words included (the words before it seen:
    "Phường 10 846 hồ sơ" is ward 10's 846 records)."""
    match = _SCALED.match(text, pos)
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
        # (binary floats scale a decimal badly: "4,1 triệu" would be 4099999.9999999995)
        value = round(value, 6)
    return value, match.end() - pos
