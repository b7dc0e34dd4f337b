"""Text of an article's attached documents (PDF with pypdf, DOCX with python-docx), offline.

The crawler fetches the files and calls `read_document` (named in `CCHC_ATTACHMENT_READER` by
`cchc crawl`); the texts ride on `FetchedPage.attachment_texts` and `extract_page` reads them after
the page's own body. The format is told by the file's first bytes, not its name: portals serve
`.pdf` links that are Word files and the other way round. A scanned PDF has no text layer and
gives "" (no OCR here).
"""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.table import Table
from pypdf import PdfReader

from cchc.vntext import nfc


class UnreadableDocument(ValueError):
    """The bytes are neither a PDF nor a DOCX file (an old .doc, an HTML error page, a zip of scans)."""


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n\n".join(text for page in reader.pages if (text := (page.extract_text() or "").strip()))


def _docx_text(data: bytes) -> str:
    """Paragraphs and table rows in document order (a row's cells joined by tabs)."""
    lines: list[str] = []
    for block in Document(io.BytesIO(data)).iter_inner_content():
        if isinstance(block, Table):
            lines.extend("\t".join(cell.text.strip() for cell in row.cells) for row in block.rows)
        elif block.text.strip():
            lines.append(block.text.strip())
    return "\n".join(lines)


def _is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def read_document(data: bytes, url: str = "") -> str:
    """The NFC text of a PDF or DOCX file; raises `UnreadableDocument` for anything else."""
    if data.lstrip()[:5] == b"%PDF-":
        return nfc(_pdf_text(data))
    if _is_docx(data):
        return nfc(_docx_text(data))
    raise UnreadableDocument(f"not a PDF or DOCX file: {url or data[:16]!r}")
