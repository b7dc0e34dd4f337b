"""spaCy components of the facts extractor, each registered with `@Language.component`.

They run on syllable tokens (spaCy's rule-based tokenizer on a blank "vi" pipeline) in the
order of `extract.nlp.PIPELINE`; each reads what earlier ones left in `doc._.page` (a
`state.Page`) and adds its own facts there, with character offsets into its `text` (the article
body) as evidence.
Importing this package registers every component and the Doc extensions.
"""

from extract.components import (  # noqa: F401 - imported for their registrations
    dates,
    inspected,
    inspection_days,
    inspector,
    leaders,
    legal,
    metrics,
    province,
    relevance,
    sentences,
    units,
)
