"""`cchc extract FILE...`: one JSON line per file with the full facts record (facts-schema.md)."""

from __future__ import annotations

import json
import sys

import click

from extract import extract_file


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--body/--no-body", default=True, help="Include the article text in each record.")
def extract_command(files: tuple[str, ...], body: bool) -> None:
    """Extract the article and its inspection facts from HTML or TXT files (JSON Lines on stdout).

    A file that cannot be read or parsed still gets a line with "error" set; the rest go on.
    """
    for path in files:
        try:
            record = extract_file(path).public_dict()
            if not body:
                record.pop("body", None)
        except Exception as exc:  # one bad file must not stop the others
            record = {"source": path, "error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()


COMMANDS = [extract_command]
