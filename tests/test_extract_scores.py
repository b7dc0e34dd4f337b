"""Regression guard: the extractor's score on every annotated set must not drop below what it reached.

Uses ../shared/eval/score.py itself (the contract), on the seeds when present, the hand-written
corpus under tests/corpus and the sample portals' rendered pages with their gold.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

import pytest

from extract import extract_file
from extract.components.metrics import canonical_key
from tests.goldsets import CORPUS, SEEDS, sample_portal_gold

SCORER = SEEDS.parent / "eval" / "score.py"
# Macro F1/accuracy reached when this guard was last raised; raise them as the extractor improves. The corpus's
# floor was lowered from 0.985 to 0.98 when the reviewer sets ak-ao (interviews, non-article pages such as listings
# and an English page) were added at 0.984: a harder corpus, not a weaker extractor (the older 470 articles: 0.988);
# and from 0.98 to 0.975 when the sets bj-bn (long narratives full of dates that are not days of inspecting, checks
# inside a sector, mobile and print copies) were added at 0.979 (the 770 articles before them: 0.982); back to 0.98
# when the fixes of the ninth round (bo-bs) brought the 890 articles to 0.983.
FLOORS = {"seeds": 0.99, "corpus": 0.98, "sample_portals": 0.98}
# Share of the corpus's matched gold figures whose canonical key, read from the label the annotator wrote, is the key
# the extractor gave: 0.877 when it was set (0.698 before labels took the words after a figure).
KEY_FLOOR = 0.87


def _scorer():
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not present")
    spec = importlib.util.spec_from_file_location("cchc_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["cchc_score"] = module
    spec.loader.exec_module(module)
    return module


@cache
def _predictions(gold_dir: Path) -> tuple[dict, list[dict]]:
    """The gold of a folder and the extractor's records of its documents, made once per run."""
    gold = _scorer().load_gold(gold_dir)
    docs = [doc for doc, _ in gold.values()]
    # Workers from a fork server, not forks of pytest, which may be running other tests' server threads.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(os.cpu_count(), mp_context=context) as pool:
        return gold, list(pool.map(_record, docs, chunksize=64))


def _record(doc: Path) -> dict:
    return extract_file(doc).public_dict()


def _macro(gold_dir: Path) -> dict:
    return _scorer().score(*_predictions(gold_dir))


# Extracting the corpus's 10,000-odd documents once takes 3-6 minutes in one process on the 2-core VMs (more than
# pytest-timeout's default 300 s on the slowest), about half that in two; the keys' test reads the same cached records.
CORPUS_TIMEOUT = 1200


@pytest.mark.timeout(CORPUS_TIMEOUT)
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_macro_does_not_regress(name: str, tmp_path: Path) -> None:
    if name == "seeds" and not SEEDS.exists():
        pytest.skip("../shared/seeds is not present")
    folder = {"seeds": SEEDS, "corpus": CORPUS}.get(name) or sample_portal_gold(tmp_path)
    result = _macro(folder)
    assert result["missing_predictions"] == 0
    assert result["macro"] >= FLOORS[name], result


@pytest.mark.timeout(CORPUS_TIMEOUT)
def test_metric_keys_agree_with_the_annotators_labels() -> None:
    """Comparisons and charts group figures by canonical key ("rate_on_time", "records_late"); the score matches
    figures by value only, so this guards what it cannot see."""
    score = _scorer()
    gold, preds = _predictions(CORPUS)
    by_name = {Path(p["source"]).stem: p for p in preds}
    agree = matched = 0
    for name, (_doc, g) in gold.items():
        if not g.get("is_inspection_article"):
            continue
        golds, used = g.get("metrics", []), set()
        for metric in by_name[name]["metrics"]:
            i = next(
                (i for i, m in enumerate(golds) if i not in used and score.metric_match(metric, m)), None
            )
            if i is not None:
                used.add(i)
                matched += 1
                agree += canonical_key(golds[i]["label"], golds[i].get("unit")) == metric["key"]
    assert agree / matched >= KEY_FLOOR, (agree, matched)
