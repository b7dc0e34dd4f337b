"""The annotated document sets the extractor is scored on, gathered as score.py expects them.

`score.py` wants NAME.html|txt beside NAME.json in one folder; the sample portals keep gold
next to their Markdown sources and serve rendered pages, so this copies both into a folder.
Run as a script to print the folders: `python tests/goldsets.py OUT_DIR`.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITES = ROOT / "sample_portals" / "sites"
CORPUS = ROOT / "tests" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"


def sample_portal_gold(out: Path) -> Path:
    """Rendered article pages of the sample portals with their gold, as PORTAL__SLUG.html/.json."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = json.loads((SITES / "manifest.json").read_text(encoding="utf-8"))
    for portal, info in manifest["portals"].items():
        routes = json.loads((SITES / portal / "routes.json").read_text(encoding="utf-8"))
        for page in info["pages"]:
            if not page.get("is_article") or not page.get("gold"):
                continue
            name = f"{portal}__{page['slug']}"
            shutil.copyfile(SITES / portal / routes[page["url"]], out / f"{name}.html")
            shutil.copyfile(ROOT / "sample_portals" / page["gold"], out / f"{name}.json")
    return out


if __name__ == "__main__":
    print(sample_portal_gold(Path(sys.argv[1])))
