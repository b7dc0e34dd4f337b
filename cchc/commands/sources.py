"""`cchc sources`: inspect the portal registry (`crawler/sources.yaml` and its includes).

    cchc sources check                      # schema, ids, URLs, hosts, provinces: exit 1 on errors
    cchc sources check --probe --timeout 5  # also request every start URL and report reachability
    cchc sources list --era 2025 --active-only --ids

The registry was written without network access, so `check --probe` is how a person finds out
which guessed portal hosts answer before marking them `verified: true`. Gazetteer checks live
here rather than in `crawler/` because the crawler stage must not import `extract`.
"""

from __future__ import annotations

import ssl
import sys
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import get_args
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

import click

from cchc.vntext import fold, new_tones, nfc
from crawler.settings import USER_AGENT
from crawler.sources import BASE_PLACEHOLDER, Era, Finding, Level, Source, SourceError, read_registry
from extract.gazetteer import Gazetteer, Place, gazetteer

ERA_LABELS = {"legacy": "legacy", "2025": "2025", None: "-"}


def _key(name: str) -> str:
    """The gazetteer's index key: accent-folded, so a misspelt accent still finds its suggestion."""
    return fold(nfc(name))


def _named(places: Iterable[Place], name: str, era: str | None) -> list[Place]:
    return [place for place in places if place.name == nfc(name) and (era is None or place.era == era)]


def _unknown(kind: str, name: str, era: str | None, near: Iterable[Place]) -> str:
    spelled = sorted({place.name for place in near if place.name != name})
    hint = f" (did you mean {', '.join(map(repr, spelled))}?)" if spelled else ""
    era_word = f"{era} " if era else ""
    return f"{kind} {name!r} is not a {era_word}{kind} of the gazetteer{hint}"


def place_findings(source: Source, places: Gazetteer) -> list[Finding]:
    """The entry's province (and district or commune) must be gazetteer short names of its era."""
    if not source.province:
        return []
    near = places.provinces.get(_key(source.province), [])
    if not _named(near, source.province, source.era):
        return [Finding(source.id, _unknown("province", source.province, source.era, near))]
    if not source.unit:
        return []
    index = places.districts if source.level == "district" else places.communes
    near = [p for p in index.get(_key(source.unit), []) if p.province == nfc(source.province)]
    if not _named(near, source.unit, source.era):
        return [Finding(source.id, _unknown(source.level, source.unit, source.era, near))]
    return []


@dataclass(frozen=True)
class Probe:
    source_id: str
    url: str
    status: int | None  # None: no HTTP answer at all
    detail: str

    @property
    def reachable(self) -> bool:
        return self.status is not None


# Scrapy does not verify certificates and many portals send incomplete chains: probe the same way.
_TLS = ssl.create_default_context()
_TLS.check_hostname = False
_TLS.verify_mode = ssl.CERT_NONE


def _ask(url: str, method: str, timeout: float) -> tuple[int, str]:
    """Status of one request and where it was redirected; HTTPError on an error status."""
    request = Request(url, method=method, headers={"User-Agent": USER_AGENT})
    with urlopen(request, timeout=timeout, context=_TLS) as response:
        final_host = urlsplit(response.url).hostname
        return response.status, f"redirects to {final_host}" if final_host != urlsplit(url).hostname else ""


def probe_url(source_id: str, url: str, timeout: float) -> Probe:
    """HEAD the URL (GET if HEAD is refused); any HTTP answer, even an error status, counts as reachable."""
    try:
        try:
            status, detail = _ask(url, "HEAD", timeout)
        except HTTPError as exc:
            if exc.code not in (405, 501):
                raise
            status, detail = _ask(url, "GET", timeout)
    except HTTPError as exc:
        return Probe(source_id, url, exc.code, str(exc.reason))
    except (URLError, OSError, ValueError) as exc:
        reason = exc.reason if isinstance(exc, URLError) else exc
        return Probe(source_id, url, None, str(reason) or type(reason).__name__)
    return Probe(source_id, url, status, detail)


def probe_sources(sources: list[Source], timeout: float, workers: int = 16) -> list[Probe]:
    """Every start URL probed in parallel (hundreds of portals, most time spent waiting)."""
    targets = [(source.id, url) for source in sources for url in source.start_urls]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda target: probe_url(*target, timeout), targets))


def _summary(sources: list[Source]) -> list[str]:
    levels = get_args(Level)
    counts = Counter((source.era, source.level) for source in sources)
    width = max(map(len, levels)) + 1
    header = "era".ljust(8) + "".join(level.rjust(width) for level in levels) + "total".rjust(width)
    rows = [header]
    for era in [*get_args(Era), None]:
        cells = [counts[era, level] for level in levels]
        if any(cells):
            rows.append(ERA_LABELS[era].ljust(8) + "".join(str(c).rjust(width) for c in [*cells, sum(cells)]))
    totals = [sum(counts[era, level] for era in ERA_LABELS) for level in levels]
    rows.append("total".ljust(8) + "".join(str(c).rjust(width) for c in [*totals, sum(totals)]))
    real = [source for source in sources if BASE_PLACEHOLDER not in source.hosts]
    active = sum(source.active for source in sources)
    rows.append(
        f"{len(sources)} sources: {active} active, {len(sources) - active} inactive; "
        f"{sum(not s.verified for s in real)} of {len(real)} real portals unverified; "
        f"{len(sources) - len(real)} samples on {BASE_PLACEHOLDER}"
    )
    return rows


@click.group()
def sources() -> None:
    """Check and list the portal registry."""


_SOURCES_FILE = click.option(
    "--sources",
    "sources_file",
    type=click.Path(dir_okay=False),
    help="Registry YAML file (default: shipped).",
)


@sources.command()
@_SOURCES_FILE
@click.option("--probe", is_flag=True, help="Also request each start URL and report reachability.")
@click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=5.0, show_default=True, help="Probe timeout (s)."
)
@click.option("--base-url", help="Replaces {base} so the sample entries are probed too.")
def check(sources_file: str | None, probe: bool, timeout: float, base_url: str | None) -> None:
    """Validate the registry offline; exit 1 if any entry is invalid."""
    registry, errors = read_registry(sources_file)
    places = gazetteer()
    errors += [finding for source in registry.sources for finding in place_findings(source, places)]
    for finding in errors:
        click.echo(f"ERROR {finding}")
    for host, ids in registry.shared_hosts().items():
        click.echo(f"WARNING host {host} is crawled by several active entries: {', '.join(ids)}")
    click.echo("\n".join(_summary(registry.sources)))
    if probe:
        _report_probes(registry.sources, timeout, base_url)
    if errors:
        click.echo(f"{len(errors)} error(s)", err=True)
        sys.exit(1)


def _report_probes(entries: list[Source], timeout: float, base_url: str | None) -> None:
    resolved, skipped = [], []
    for source in entries:
        try:
            resolved.append(source.with_base(base_url))
        except SourceError:
            skipped.append(source.id)
    results = probe_sources(resolved, timeout)
    for result in results:
        state = f"reachable {result.status}" if result.reachable else "unreachable"
        detail = f" ({result.detail})" if result.detail else ""
        click.echo(f"{state:<16} {result.source_id:<24} {result.url}{detail}")
    reachable = sum(result.reachable for result in results)
    click.echo(f"probe: {reachable} reachable, {len(results) - reachable} unreachable", nl=False)
    click.echo(f", {len(skipped)} skipped (no --base-url for {BASE_PLACEHOLDER})" if skipped else "")


@sources.command("list")
@_SOURCES_FILE
@click.option("--era", type=click.Choice(get_args(Era)), help="Only this era.")
@click.option("--level", type=click.Choice(get_args(Level)), help="Only this level.")
@click.option("--province", help="Only this province (gazetteer short name).")
@click.option("--active-only", is_flag=True, help="Skip inactive entries.")
@click.option("--skip-samples", is_flag=True, help=f"Skip the sample portals (URLs on {BASE_PLACEHOLDER}).")
@click.option("--ids", "ids_only", is_flag=True, help="Print ids only, one a line (for scripts).")
def list_sources(
    sources_file: str | None,
    era: str | None,
    level: str | None,
    province: str | None,
    active_only: bool,
    skip_samples: bool,
    ids_only: bool,
) -> None:
    """List registry entries, e.g. the ids a scheduled crawl should visit."""
    registry, errors = read_registry(sources_file)
    if errors:
        raise click.ClickException("the registry has errors: run `cchc sources check`")
    chosen = [
        source
        for source in registry.sources
        if (era is None or source.era == era)
        and (level is None or source.level == level)
        and (province is None or source.province == new_tones(nfc(province)))  # ("Khánh Hoà" as typed)
        and (source.active or not active_only)
        and not (skip_samples and BASE_PLACEHOLDER in source.hosts)
    ]
    for source in chosen:
        if ids_only:
            click.echo(source.id)
        else:
            checked = (
                "sample"
                if BASE_PLACEHOLDER in source.hosts
                else "verified"
                if source.verified
                else "unverified"
            )
            flags = ("active" if source.active else "inactive") + f", {checked}"
            where = source.unit or source.province or ""
            click.echo(
                f"{source.id:<24} {ERA_LABELS[source.era]:<6} {source.level:<8} {where:<18} "
                f"{source.start_urls[0]}  [{flags}]"
            )


COMMANDS = [sources]
