"""The one typed record that flows from the spider to the UI.

`FetchedPage` is what the crawler hands on (everything needed to re-extract later);
`Article` is what the extractor makes of it and what every store keeps and returns.
Every extracted fact carries `Evidence`: the sentence it came from and its character
offsets in `Article.body`, so the UI can highlight it and a reader can check it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["visit", "plan", "results", "other"]
Level = Literal["ministry", "province", "district", "commune"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FetchedPage(_Model):
    """A page as the crawler fetched it: enough to re-run the extractor at any time."""

    url: str
    final_url: str
    fetched_at: datetime
    status: int
    html: str
    encoding: str | None = None
    source_id: str | None = None
    attachments: list[str] = Field(default_factory=list)
    # Text read from attached documents (PDF, DOCX), by attachment URL; the extractor reads it after the body.
    attachment_texts: dict[str, str] = Field(default_factory=dict)


class Evidence(_Model):
    """Where a fact was found: `body[start:end]` is the fact's text, inside `sentence`."""

    sentence: str
    start: int
    end: int


class Leader(_Model):
    name: str
    title: str | None = None
    evidence: Evidence | None = None


class Unit(_Model):
    """An administrative unit or office, with gazetteer codes when it could be resolved.

    Codes are the GSO codes of the pre-July-2025 units; `new_*` are the merged units
    after the 2025 reorganisation, so the UI can group across both.
    """

    name: str
    type: str | None = None
    code: str | None = None
    district: str | None = None
    district_code: str | None = None
    province: str | None = None
    province_code: str | None = None
    new_name: str | None = None
    new_code: str | None = None
    new_province: str | None = None
    evidence: Evidence | None = None


class LegalRef(_Model):
    text: str
    type: str | None = None
    number: str | None = None
    symbol: str | None = None
    date: str | None = None
    issuer: str | None = None
    evidence: Evidence | None = None


class Metric(_Model):
    label: str
    value: float
    unit: str | None = None
    total: float | None = None
    qualifier: str | None = None
    key: str | None = None
    evidence: Evidence | None = None


class DateSpan(_Model):
    """One inspection day or range of days, as written in the text."""

    first: str
    last: str
    evidence: Evidence | None = None


class Article(_Model):
    """An article and the inspection facts extracted from it (see ../shared/eval/facts-schema.md)."""

    source: str
    url: str | None = None
    canonical_url: str | None = None
    portal: str | None = None
    title: str | None = None
    published_date: str | None = None
    author: str | None = None
    body: str = ""
    is_inspection_article: bool = False
    kind: Kind = "other"
    province: str | None = None
    province_code: str | None = None
    inspecting_level: Level | None = None
    inspecting_body: str | None = None
    inspection_periods: list[DateSpan] = Field(default_factory=list)
    inspection_dates: list[str] = Field(default_factory=list)
    team_leaders: list[Leader] = Field(default_factory=list)
    inspected_units: list[Unit] = Field(default_factory=list)
    legal_refs: list[LegalRef] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    extractor_version: str | None = None
    fetch: FetchedPage | None = None
    error: str | None = None

    def public_dict(self) -> dict:
        """The record as `cchc extract` and the exports print it: everything but the raw HTML."""
        data = self.model_dump(mode="json", exclude={"fetch"})
        if self.fetch is not None:
            data["fetched_at"] = self.fetch.fetched_at.isoformat()
            data["http_status"] = self.fetch.status
            data["final_url"] = self.fetch.final_url
        return data
