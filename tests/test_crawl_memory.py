"""What the crawl process holds: no extractor of its own when worker processes extract."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_crawl_process_does_not_load_the_extractor_until_it_extracts() -> None:
    """With extraction workers, the crawl process imports the pipeline, the spider and the attachment
    reader, but never spaCy and the gazetteer (~130 MiB): only the workers hold them."""
    script = (
        "import sys, cchc.ingest, crawler.spiders.portal, extract.attachments\n"
        "print('spacy' in sys.modules, 'extract.api' in sys.modules)\n"
        "import extract\n"
        "print(extract.extract_html('<h1>Kiểm tra</h1><p>Kiểm tra cải cách hành chính.</p>').title)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == ["False False", "Kiểm tra"]


def test_unknown_extract_attribute_is_an_attribute_error() -> None:
    import extract

    with pytest.raises(AttributeError, match="no attribute 'extract_pdf'"):
        extract.extract_pdf  # noqa: B018
