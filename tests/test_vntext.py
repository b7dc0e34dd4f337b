"""Accent folding: the numpy path for long texts folds exactly as the per-character table."""

from __future__ import annotations

import random

import pytest

from cchc.vntext import _TABLE, fold, new_tones


def test_fold_examples_short_and_long() -> None:
    assert fold("Đoàn kiểm tra CCHC") == "doan kiem tra cchc"
    long_text = "Ủy ban nhân dân xã Tân Lý Tây — “kiểm tra” 📄 " * 20
    assert fold(long_text) == "uy ban nhan dan xa tan ly tay — “kiem tra” 📄 " * 20


def test_fold_matches_the_table_at_every_length_and_code_point() -> None:
    """Latin with marks, other scripts, characters beyond the BMP and lone surrogates (a lone high one
    followed by a lone low one must not become one character)."""
    rng = random.Random(7)
    ranges = [(0, 0x2500), (0x1E00, 0x1F20), (0xD800, 0xE000), (0x10000, 0x110000)]
    for length in (0, 1, 127, 128, 129, 400, 5000):
        for _ in range(40):
            text = "".join(chr(rng.randrange(*rng.choice(ranges))) for _ in range(length))
            folded = fold(text)
            assert folded == text.translate(_TABLE)
            assert len(folded) == len(text)
    pair = "x" * 200 + "\ud83d\udcc4"  # two lone surrogates, not the emoji
    assert fold(pair) == pair


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Khánh Hoà", "Khánh Hòa"),
        ("Uỷ ban", "Ủy ban"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("THUỶ", "THỦY"),
        ("hoàn thành", "hoàn thành"),  # a closed syllable keeps its tone where it is
        ("quý", "quý"),  # "qu" is one consonant
        ("khuỷu", "khuỷu"),
        ("Hành Thuận", "Hành Thuận"),  # "ậ": the tone is not the vowel's only mark
        ("hoặc", "hoặc"),
    ],
)
def test_new_tones_moves_the_old_placement_and_keeps_the_length(old: str, new: str) -> None:
    assert new_tones(old) == new
    assert len(new_tones(old)) == len(old)
