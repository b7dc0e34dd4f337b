"""The `cchc` command line: each subcommand lives in `cchc.commands.<module>` and is listed here."""

from __future__ import annotations

import importlib

import click

COMMAND_MODULES = ("extract", "crawl", "sources", "store", "serve", "demo", "elastic")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cchc")
def main() -> None:
    """Find, extract, search and export CCHC inspection reports from Vietnamese portals."""


for _name in COMMAND_MODULES:
    _module = importlib.import_module(f"cchc.commands.{_name}")
    for _command in _module.COMMANDS:
        main.add_command(_command)


if __name__ == "__main__":
    main()
