"""Accent folding: the numpy path for long texts folds exactly as the per-character table."""

from __future__ import annotations

import random

from cchc.vntext import _TABLE, fold


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
