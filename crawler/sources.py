"""The registry of portals to crawl (`crawler/sources.yaml` and the files it includes), validated with pydantic.

Each entry: `id`, `name`, `province`, `level`, `start_urls`, optional `feeds` (RSS/Atom) and
`sitemaps`, optional `article_url_pattern` (a regex searched in the URL; when given it alone
decides which pages are articles), optional `follow_url_pattern` (only links matching it are
followed, besides start URLs, feeds and sitemaps), optional `selectors` (CSS selectors by
field name, e.g. `title`, `date`, `body`, for a layout the generic extraction gets wrong), and
`active` (an inactive entry is kept for the record, e.g. a portal that moved, and `cchc crawl`
refuses it with a message).

Entries for real portals also say which administrative era they belong to (`era`: `legacy` for
the 63 provinces and their districts before 1 July 2025, `2025` for the 34 merged provinces),
their homepage `host`, the `unit` (district or commune short name) for lower levels, the
province's Sở Nội vụ portal (`sonoivu`), whether a person has checked the URLs live
(`verified`) and a free `note`. Province and unit names are checked against the gazetteer by
`cchc sources check` (the crawler stage does not import `extract`).

A registry file may `include:` other registry files (paths relative to it); ids are unique
across all of them. That keeps the ~200 real portals in `crawler/registry/*.yaml` apart from
the sample portals.

URLs may contain the `{base}` placeholder, replaced by the base URL given at load time
(`cchc crawl --base-url`). That is how the sample portals, which the demo and the tests serve
on a random loopback port, sit in a registry: `sample_portals/sources.yaml` style entries
such as `start_urls: ["{base}/vi/news/cai-cach-hanh-chinh"]`. An entry with `{base}` and no
base URL given is an error, so a crawl never requests a literal `{base}`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

DEFAULT_SOURCES = Path(__file__).with_name("sources.yaml")
BASE_PLACEHOLDER = "{base}"
_HOST_PATTERN = r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"

Level = Literal["ministry", "province", "district", "commune"]
Era = Literal["legacy", "2025"]


class SourceError(ValueError):
    """The registry cannot be read, or has no such source; the message is for the user."""


def url_problem(url: str) -> str | None:
    """Why `url` cannot be requested as written, or None. `{base}` may only stand for the scheme and host."""
    if any(ch.isspace() for ch in url):
        return "contains whitespace"
    if url.startswith(BASE_PLACEHOLDER):
        url = "http://base.invalid" + url.removeprefix(BASE_PLACEHOLDER)
    if BASE_PLACEHOLDER in url:
        return f"{BASE_PLACEHOLDER} may only start a URL"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "not an http(s) URL"
    if not parts.hostname:
        return "has no host"
    return None


def url_host(url: str) -> str:
    """The host of a registry URL; `{base}` for the sample portals' placeholder."""
    if url.startswith(BASE_PLACEHOLDER):
        return BASE_PLACEHOLDER
    return urlsplit(url).hostname or ""


def _checked_url(url: str) -> str:
    problem = url_problem(url)
    if problem:
        raise ValueError(f"{url!r}: {problem}")
    return url


Url = Annotated[str, AfterValidator(_checked_url)]


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    province: str | None = None
    level: Level
    start_urls: list[Url] = Field(min_length=1)
    feeds: list[Url] = Field(default_factory=list)
    sitemaps: list[Url] = Field(default_factory=list)
    article_url_pattern: str | None = None
    follow_url_pattern: str | None = None
    active: bool = True
    selectors: dict[str, str] = Field(default_factory=dict)
    era: Era | None = None
    host: str | None = Field(default=None, pattern=_HOST_PATTERN)
    unit: str | None = None
    sonoivu: Url | None = None
    verified: bool = False
    note: str | None = None
    tls: Literal["verify", "lenient", "legacy"] = (
        "verify"  # lenient: a known-broken chain (crawler/settings.py)
    )

    @field_validator("era", mode="before")
    @classmethod
    def _era_as_text(cls, era: object) -> object:
        """YAML reads `era: 2025` as a number."""
        return str(era) if isinstance(era, int) else era

    @field_validator("article_url_pattern", "follow_url_pattern")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from exc
        return pattern

    @model_validator(mode="after")
    def _consistent(self) -> Source:
        """The spider stays on the start URLs' hosts, so feeds and sitemaps elsewhere would be wasted."""
        if self.level != "ministry" and not self.province:
            raise ValueError(f"a {self.level} portal needs its province")
        if self.unit and self.level not in ("district", "commune"):
            raise ValueError("unit is only for district and commune portals")
        start_hosts = {url_host(url) for url in self.start_urls}
        if self.host and start_hosts != {self.host}:
            raise ValueError(
                f"start URLs must be on host {self.host} (found {', '.join(sorted(start_hosts))})"
            )
        off_site = [url for url in self.feeds + self.sitemaps if url_host(url) not in start_hosts]
        if off_site:
            raise ValueError(f"feeds/sitemaps not on a start URL's host: {', '.join(off_site)}")
        return self

    @property
    def hosts(self) -> set[str]:
        return {url_host(url) for url in self.start_urls}

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

    def duplicate_ids(self) -> list[str]:
        ids = [source.id for source in self.sources]
        return sorted({source_id for source_id in ids if ids.count(source_id) > 1})

    def shared_hosts(self) -> dict[str, list[str]]:
        """Hosts that more than one active entry starts from: the same portal would be crawled twice."""
        owners: dict[str, list[str]] = {}
        for source in self.sources:
            if source.active:
                for host in source.hosts - {BASE_PLACEHOLDER}:
                    owners.setdefault(host, []).append(source.id)
        return {host: ids for host, ids in sorted(owners.items()) if len(ids) > 1}


@dataclass(frozen=True)
class Finding:
    """One problem of a registry: where (file and entry) and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class _RawEntry:
    file: Path
    index: int
    data: Any

    @property
    def where(self) -> str:
        source_id = self.data.get("id") if isinstance(self.data, dict) else None
        return f"{self.file.name} entry {self.index + 1}" + (f" ({source_id})" if source_id else "")


def _read_file(path: Path, seen: set[Path], findings: list[Finding]) -> list[_RawEntry]:
    """The entries of `path` and of the files it includes, in order; unreadable parts become findings."""
    resolved = path.resolve()
    if resolved in seen:
        findings.append(Finding(path.name, "included more than once"))
        return []
    seen.add(resolved)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        findings.append(Finding(str(path), f"cannot read: {exc}"))
        return []
    unknown = sorted(set(data) - {"include", "sources"}) if isinstance(data, dict) else None
    if unknown is None or unknown:
        findings.append(Finding(str(path), "expected a mapping with `sources:` and optional `include:`"))
        return []
    includes, sources = data.get("include") or [], data.get("sources") or []
    if not isinstance(includes, list) or not isinstance(sources, list):
        findings.append(Finding(str(path), "`include` and `sources` must be lists"))
        return []
    entries = [_RawEntry(path, index, entry) for index, entry in enumerate(sources)]
    for included in includes:
        entries += _read_file(path.parent / str(included), seen, findings)
    return entries


def _validation_messages(exc: ValidationError) -> list[str]:
    messages = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        messages.append(f"{field}: {message}" if field else message)
    return messages


def read_registry(path: str | Path | None = None) -> tuple[Registry, list[Finding]]:
    """Every valid entry of the registry and its includes, and a finding for each problem found.

    Reading goes on past bad entries so that `cchc sources check` can list every problem at once.
    """
    findings: list[Finding] = []
    sources = []
    for entry in _read_file(Path(path) if path else DEFAULT_SOURCES, set(), findings):
        try:
            sources.append(Source.model_validate(entry.data))
        except ValidationError as exc:
            findings += [Finding(entry.where, message) for message in _validation_messages(exc)]
    registry = Registry(sources=sources)
    findings += [Finding("registry", f"duplicate source id {dup!r}") for dup in registry.duplicate_ids()]
    return registry, findings


def load_registry(path: str | Path | None = None) -> Registry:
    """The registry, or a SourceError listing every problem: a crawl never runs on a broken registry."""
    registry, findings = read_registry(path)
    if findings:
        problems = "\n".join(f"  {finding}" for finding in findings)
        raise SourceError(f"invalid sources registry {path or DEFAULT_SOURCES}:\n{problems}")
    return registry


def get_source(source_id: str, path: str | Path | None = None, base_url: str | None = None) -> Source:
    """The source with this id, `{base}` resolved; a SourceError naming the closest known ids if none."""
    registry = load_registry(path)
    ids = [source.id for source in registry.sources]
    for source in registry.sources:
        if source.id == source_id:
            return source.with_base(base_url)
    closest = difflib.get_close_matches(source_id, ids, n=5, cutoff=0.6)
    hint = f"; closest: {', '.join(closest)}" if closest else ""
    raise SourceError(
        f"unknown source {source_id!r} in {path or DEFAULT_SOURCES} (known: {len(ids)} ids{hint};"
        " list them with `cchc sources list`)"
    )
