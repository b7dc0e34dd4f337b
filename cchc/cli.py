"""The `cchc` command line: each subcommand lives in `cchc.commands.<module>` and is listed here.

Commands are imported when they run (click's lazy-loading pattern): `cchc serve` then never loads
spaCy or Scrapy, which keeps each web worker process small and quick to start.
"""

from __future__ import annotations

import importlib

import click

# Command name -> the module of cchc.commands whose COMMANDS list holds it.
COMMAND_MODULES = {
    "extract": "extract",
    "crawl": "crawl",
    "sources": "sources",
    "search": "store",
    "export": "store",
    "reextract": "store",
    "serve": "serve",
    "demo": "demo",
    "index": "elastic",
    "store": "elastic",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(cmd_name)
        if module is None:
            return None
        commands = importlib.import_module(f"cchc.commands.{module}").COMMANDS
        return next(command for command in commands if command.name == cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cchc")
def main() -> None:
    """Find, extract, search and export CCHC inspection reports from Vietnamese portals."""


if __name__ == "__main__":
    main()
