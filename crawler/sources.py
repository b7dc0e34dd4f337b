"""The registry of portals to crawl (`crawler/sources.yaml`), validated with pydantic.

Each entry: `id`, `name`, `province`, `level`, `start_urls`, optional `feeds` (RSS/Atom) and
`sitemaps`, optional `article_url_pattern` (a regex searched in the URL; when given it alone
decides which pages are articles), optional `follow_url_pattern` (only links matching it are
followed, besides start URLs, feeds and sitemaps), and `active` (an inactive entry is kept for
the record, e.g. a portal that moved, and `cchc crawl` refuses it with a message).

URLs may contain the `{base}` placeholder, replaced by the base URL given at load time
(`cchc crawl --base-url`). That is how the sample portals, which the demo and the tests serve
on a random loopback port, sit in a registry: `sample_portals/sources.yaml` style entries
such as `start_urls: ["{base}/vi/news/cai-cach-hanh-chinh"]`. An entry with `{base}` and no
base URL given is an error, so a crawl never requests a literal `{base}`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DEFAULT_SOURCES = Path(__file__).with_name("sources.yaml")
BASE_PLACEHOLDER = "{base}"


class SourceError(ValueError):
    """The registry cannot be read, or has no such source; the message is for the user."""


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    province: str | None = None
    level: Literal["ministry", "province", "district", "commune"]
    start_urls: list[str] = Field(min_length=1)
    feeds: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)
    article_url_pattern: str | None = None
    follow_url_pattern: str | None = None
    active: bool = True

    @field_validator("article_url_pattern", "follow_url_pattern")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from exc
        return pattern

    def with_base(self, base_url: str | None) -> Source:
        """This source with `{base}` in its URLs replaced by `base_url` (no trailing slash)."""
        urls = {"start_urls": self.start_urls, "feeds": self.feeds, "sitemaps": self.sitemaps}
        if not any(BASE_PLACEHOLDER in url for group in urls.values() for url in group):
            return self
        if not base_url:
            raise SourceError(f"source {self.id!r} uses {BASE_PLACEHOLDER}: give its base URL (--base-url)")
        base = base_url.rstrip("/")
        resolved = {key: [u.replace(BASE_PLACEHOLDER, base) for u in group] for key, group in urls.items()}
        return self.model_copy(update=resolved)


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sources: list[Source]

    @field_validator("sources")
    @classmethod
    def _unique_ids(cls, sources: list[Source]) -> list[Source]:
        ids = [source.id for source in sources]
        duplicates = sorted({source_id for source_id in ids if ids.count(source_id) > 1})
        if duplicates:
            raise ValueError(f"duplicate source ids: {', '.join(duplicates)}")
        return sources


def load_registry(path: str | Path | None = None) -> Registry:
    path = Path(path) if path else DEFAULT_SOURCES
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SourceError(f"cannot read sources registry {path}: {exc}") from exc
    try:
        return Registry.model_validate(data)
    except ValidationError as exc:
        raise SourceError(f"invalid sources registry {path}:\n{exc}") from exc


def get_source(source_id: str, path: str | Path | None = None, base_url: str | None = None) -> Source:
    """The source with this id, `{base}` resolved; a SourceError naming the known ids if none."""
    registry = load_registry(path)
    for source in registry.sources:
        if source.id == source_id:
            return source.with_base(base_url)
    known = ", ".join(source.id for source in registry.sources) or "none"
    raise SourceError(f"unknown source {source_id!r} in {path or DEFAULT_SOURCES} (known: {known})")
