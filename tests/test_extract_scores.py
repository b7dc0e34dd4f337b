"""Regression guard: the extractor's score on every annotated set must not drop below what it reached.

Uses ../shared/eval/score.py itself (the contract), on the seeds when present, the hand-written
corpus under tests/corpus and the sample portals' rendered pages with their gold.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from extract import extract_file
from tests.goldsets import CORPUS, SEEDS, sample_portal_gold

SCORER = SEEDS.parent / "eval" / "score.py"
# Macro F1/accuracy reached when this guard was last raised; raise them as the extractor improves. The corpus's
# floor was lowered from 0.985 to 0.98 when the reviewer sets ak-ao (interviews, non-article pages such as listings
# and an English page) were added at 0.984: a harder corpus, not a weaker extractor (the older 470 articles: 0.988);
# and from 0.98 to 0.975 when the sets bj-bn (long narratives full of dates that are not days of inspecting, checks
# inside a sector, mobile and print copies) were added at 0.979 (the 770 articles before them: 0.982); back to 0.98
# when the fixes of the ninth round (bo-bs) brought the 890 articles to 0.983.
FLOORS = {"seeds": 0.99, "corpus": 0.98, "sample_portals": 0.98}


def _scorer():
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not present")
    spec = importlib.util.spec_from_file_location("cchc_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["cchc_score"] = module
    spec.loader.exec_module(module)
    return module


def _macro(gold_dir: Path) -> dict:
    score = _scorer()
    gold = score.load_gold(gold_dir)
    preds = [extract_file(doc).public_dict() for doc, _ in gold.values()]
    return score.score(gold, preds)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_macro_does_not_regress(name: str, tmp_path: Path) -> None:
    if name == "seeds" and not SEEDS.exists():
        pytest.skip("../shared/seeds is not present")
    folder = {"seeds": SEEDS, "corpus": CORPUS}.get(name) or sample_portal_gold(tmp_path)
    result = _macro(folder)
    assert result["missing_predictions"] == 0
    assert result["macro"] >= FLOORS[name], result
