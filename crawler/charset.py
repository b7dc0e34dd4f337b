"""Which encoding a page's bytes are really in, when the server and the page disagree with them.

Vietnamese portals often declare UTF-8 (header or `<meta>`) while an old template or a pasted
document sends windows-1258, or declare windows-1252 while sending UTF-8. Decoding with the
declared charset then turns every accented letter into U+FFFD or mojibake, and the extractor
cannot repair the first. The decision, in order:

1. a byte-order mark wins;
2. bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever is declared (random
   legacy bytes almost never form valid multi-byte sequences);
3. else the declared encoding if it decodes without error and reads as Vietnamese at least as
   well as the legacy Windows code pages (windows-1258, then windows-1252);
4. else the best of those by a Vietnamese-letter score; when none reads as Vietnamese,
   windows-1252 (latin-1 if it cannot), because it keeps every byte as one Latin-1 character,
   which is what `extract.textfix` expects of TCVN3 (VN3) legacy-font text.

A page that is valid UTF-8 but was double-encoded on its way to the server (mojibake through
and through) is turned back by `undo_double_encoding`.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

_VIETNAMESE_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE_LETTERS = frozenset(_VIETNAMESE_LOWER + _VIETNAMESE_LOWER.upper())
# latin-1 decodes anything: the fallback for bytes windows-1252 leaves undefined.
_LEGACY_CANDIDATES = ("cp1258", "cp1252", "latin-1")


@dataclass(frozen=True)
class CharsetDecision:
    """The encoding to decode with, what the server/page declared, and why they may differ."""

    encoding: str
    declared: str | None
    reason: str  # "bom", "declared", "valid utf-8", "sniffed"


def _normalized(name: str | None) -> str | None:
    if not name:
        return None
    resolved = resolve_encoding(name)
    return codecs.lookup(resolved).name if resolved else None


def vietnamese_score(text: str) -> int:
    """Vietnamese letters minus a penalty for what a wrong decoding leaves (U+FFFD, C1 controls,
    stray combining marks, Latin-1 letters Vietnamese does not use)."""
    score = 0
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            continue
        if ch in VIETNAMESE_LETTERS:
            score += 1
        elif ch == "\ufffd" or "\x80" <= ch <= "\x9f" or unicodedata.combining(ch) or ch <= "\u024f":
            score -= 3
    return score


def _decodes(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decide(body: bytes, content_type: str | None = None) -> CharsetDecision:
    """The encoding of an HTML `body` given its Content-Type header (see the module docstring)."""
    declared = _normalized(http_content_type_encoding(content_type or "")) or _normalized(
        html_body_declared_encoding(body)
    )
    bom, _ = read_bom(body)
    if bom:
        return CharsetDecision(_normalized(bom) or bom, declared, "bom")
    if body.isascii():
        return CharsetDecision(declared or "utf-8", declared, "declared")
    if _decodes(body, "utf-8") is not None:
        return CharsetDecision("utf-8", declared, "declared" if declared == "utf-8" else "valid utf-8")
    scores = {
        name: vietnamese_score(text)
        for name in (declared, *_LEGACY_CANDIDATES)
        if name and name != "utf-8" and (text := _decodes(body, name)) is not None
    }
    if declared in scores and scores[declared] >= max(scores.values()):
        return CharsetDecision(declared, declared, "declared")
    best = max(scores, key=scores.__getitem__)  # ties: the declared one, then the candidates' order
    if scores[best] <= 0:  # nothing reads as Vietnamese: keep bytes as Latin-1 letters (TCVN3 text)
        best = next(name for name in ("cp1252", "latin-1") if name in scores)
    return CharsetDecision(best, declared, "sniffed")


def undo_double_encoding(text: str) -> str | None:
    """The page before someone decoded its UTF-8 as windows-1252 and saved it again as UTF-8
    ("Viá»‡t" for "Việt"), or None when `text` does not read better that way. Only whole pages are
    handled here; a stray mojibake paragraph in a sound page is left to `extract.textfix`."""
    if text.isascii() or vietnamese_score(text) > 0:
        return None
    raw = bytearray()
    for ch in text:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            raw.append(ord(ch))  # bytes windows-1252 leaves undefined survive as C1 controls
    repaired = _decodes(bytes(raw), "utf-8")
    if repaired is None or vietnamese_score(repaired) <= 0:
        return None
    return repaired


def nfc_html(text: str) -> str:
    """The decoded page in NFC (portals mix NFD and precomposed text); markup and entities untouched."""
    return unicodedata.normalize("NFC", text)
