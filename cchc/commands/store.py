"""`cchc search`, `cchc export` and `cchc reextract`: the stored articles from the command line.

All three work on any backend through `store.open_store`; `--store` defaults to CCHC_STORE,
then sqlite:///data/cchc.sqlite. A malformed query is the user's to fix: message on stderr
and exit code 2, never a traceback.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from cchc.record import Article
from store import open_store, resolve_uri
from store.base import (
    FACETS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_PER_PAGE,
    QueryError,
    SearchHit,
    SearchQuery,
    StoreError,
    article_key,
)
from store.export import ARTICLE_COLUMNS, FACT_TABLES, fact_columns, fact_rows, write_csv, write_jsonl

store_option = click.option(
    "--store",
    "store_uri",
    metavar="URI",
    help="sqlite:///PATH or http(s)://HOST:PORT (default: CCHC_STORE, else sqlite:///data/cchc.sqlite).",
)


def query_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """QUERY words and the filters shared by `search` and `export`."""
    options = [
        click.argument("query", nargs=-1),
        click.option("--exact", is_flag=True, help="Match with diacritics (default: accent-insensitive)."),
        click.option(
            "--filter",
            "filters",
            multiple=True,
            metavar="NAME=VALUE",
            help=f"Keep articles whose facet NAME is VALUE (repeatable; names: {', '.join(FACETS)}).",
        ),
        click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Published on or after this date."),
        click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Published on or before this date."),
        click.option(
            "--sort",
            type=click.Choice(["relevance", "date", "date_asc"]),
            default="relevance",
            show_default=True,
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _search_query(
    query: tuple[str, ...],
    exact: bool,
    filters: tuple[str, ...],
    date_from: str | None,
    date_to: str | None,
    sort: str,
    **page: int,
) -> SearchQuery:
    grouped: dict[str, list[str]] = {}
    for item in filters:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--filter")
        grouped.setdefault(name.strip(), []).append(value.strip())
    return SearchQuery(
        q=" ".join(query),
        exact=exact,
        filters=grouped,
        date_from=date_from,
        date_to=date_to,
        sort=sort,
        **page,
    )


@contextmanager
def _user_errors() -> Iterator[None]:
    """QueryError → stderr + exit 2; StoreError → click's error (exit 1)."""
    try:
        yield
    except QueryError as exc:
        click.echo(f"cchc: {exc}", err=True)
        sys.exit(2)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _bracketed(text: str) -> str:
    return text.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")


def _day_first(iso_date: str | None) -> str:
    """2024-05-13 → 13/05/2024, as Vietnamese readers write dates."""
    if not iso_date:
        return "--/--/----"
    return "/".join(reversed(iso_date.split("-")))


def _print_table(hits: list[SearchHit], total: int) -> None:
    width = shutil.get_terminal_size((120, 24)).columns
    for hit in hits:
        head = f"{_day_first(hit.published_date):10}  {(hit.portal or '-')[:24]:24}  "
        title = _bracketed(hit.title_html or hit.title or hit.url or hit.id)
        click.echo(head + textwrap.shorten(title, width=max(width - len(head), 30), placeholder=" …"))
        if hit.snippet_html:
            indent = " " * 12
            click.echo(
                textwrap.fill(
                    _bracketed(hit.snippet_html),
                    width=max(width, 60),
                    initial_indent=indent,
                    subsequent_indent=indent,
                )
            )
    click.echo(f"{len(hits)}/{total} kết quả / results")


@click.command()
@store_option
@query_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, MAX_PER_PAGE))
@click.option(
    "--format", "output_format", type=click.Choice(["table", "jsonl"]), default="table", show_default=True
)
def search(store_uri: str | None, limit: int, output_format: str, **query: Any) -> None:
    """Full-text search of stored articles; matches are shown in [brackets].

    QUERY: words (all must match, accents optional), "a phrase", OR, -excluded, prefix*.
    """
    with _user_errors():
        request = _search_query(**query, per_page=limit)
        with open_store(resolve_uri(store_uri), read_only=True) as store:
            result = store.search(request)
    if output_format == "jsonl":
        for hit in result.hits:
            click.echo(hit.model_dump_json())
    else:
        _print_table(result.hits, result.total)


@contextmanager
def _output(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


@click.command()
@store_option
@query_options
@click.option(
    "--what",
    type=click.Choice(["articles", *FACT_TABLES]),
    default="articles",
    show_default=True,
    help="One row per article, or per fact (each with its article's id, URL and title).",
)
@click.option(
    "--format", "output_format", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True
)
@click.option("--output", "-o", default="-", metavar="FILE", help="Write here instead of standard output.")
@click.option("--bom", is_flag=True, help="Start CSV with a UTF-8 byte order mark (for Excel).")
def export(
    store_uri: str | None, what: str, output_format: str, output: str, bom: bool, **query: Any
) -> None:
    """Export stored articles (optionally those matching QUERY and filters) or their facts."""
    with _user_errors(), open_store(resolve_uri(store_uri), read_only=True) as store:
        articles = store.iter_articles(_search_query(**query))
        records: Iterable[Article | dict[str, Any]] = (
            articles if what == "articles" else fact_rows(articles, what)
        )
        with _output(output) as fh:
            if output_format == "jsonl":
                count = write_jsonl(records, fh)
            else:
                columns = ARTICLE_COLUMNS if what == "articles" else fact_columns(what)
                count = write_csv(records, fh, columns, bom=bom)
    click.echo(f"cchc: exported {count} {what} rows", err=True)


@click.command()
@store_option
def reextract(store_uri: str | None) -> None:
    """Rebuild every stored record from its raw HTML with the current extractor (ids are kept)."""
    from extract import EXTRACTOR_VERSION, extract_page

    counts: Counter[str] = Counter()
    failures: list[str] = []

    def rebuilt(articles: Iterable[Article]) -> Iterator[Article]:
        for old in articles:
            if old.fetch is None:
                counts["skipped"] += 1
                continue
            key = article_key(old)
            try:
                new = extract_page(old.fetch)
            except Exception as exc:  # one bad stored page must not stop the rebuild
                counts["failed"] += 1
                failures.append(f"{key}: {exc}")
                continue
            yield new.model_copy(update={"canonical_url": key})

    with _user_errors(), open_store(resolve_uri(store_uri)) as store:
        report = store.upsert(rebuilt(store.iter_articles()))
    for line in [*failures, *report.errors]:
        click.echo(f"cchc: {line}", err=True)
    click.echo(
        f"reextract (extractor {EXTRACTOR_VERSION}): {report.updated} updated, {report.unchanged} unchanged, "
        f"{counts['skipped']} skipped without raw HTML, {counts['failed'] + len(report.errors)} failed"
    )


COMMANDS = [search, export, reextract]
