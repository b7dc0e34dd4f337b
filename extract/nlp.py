"""The spaCy pipeline: a blank Vietnamese pipeline with syllable tokens and our rule components.

`spacy.blank("vi")` would need pyvi for word segmentation; our regex tokenizer
(extract/tokenizer.py) gives syllables and punctuation ("13/4", "33.653", "51,25", "%") and needs
no model.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

import extract.components  # noqa: F401 - registers the components
import extract.tokenizer  # noqa: F401 - registers the tokenizer
from extract.components.state import Page, PageMeta

PIPELINE = (
    "cchc_sentences",
    "cchc_dates",
    "cchc_legal_refs",
    "cchc_leaders",
    "cchc_units",
    "cchc_metrics",
    "cchc_relevance",
    "cchc_leaders_at_work",
    "cchc_inspected_units",
    "cchc_province",
    "cchc_inspector",
    "cchc_inspection_dates",
    "cchc_units_in_force",
)


@cache
def pipeline() -> Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "cchc_syllables.v1"}}})
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


def analyse(body: str, meta: PageMeta, province_hints: set[str] | None = None) -> Page:
    """Run every component over `body`; the page-level `meta` is visible to all of them."""
    nlp = pipeline()
    doc = nlp.make_doc(body)
    doc._.page = Page(text=body, meta=meta, facts={"province_hints": province_hints or set()})
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc._.page
