"""Every date and date range in the body (which of them are inspection days is decided later)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import Found
from extract.dates import find_dates


@Language.component("cchc_dates")
def find_body_dates(doc: Doc) -> Doc:
    doc._.dates = [Found(m.start, m.end, m) for m in find_dates(doc._.text)]
    return doc
