"""The command line's lazy command table lists exactly the commands the modules define."""

from __future__ import annotations

import importlib
import subprocess
import sys

from click.testing import CliRunner

from cchc.cli import COMMAND_MODULES, main


def test_every_command_module_command_is_listed_under_its_name() -> None:
    defined = {
        command.name: module
        for module in set(COMMAND_MODULES.values())
        for command in importlib.import_module(f"cchc.commands.{module}").COMMANDS
    }
    assert defined == COMMAND_MODULES
    help_text = CliRunner().invoke(main, ["--help"]).output
    assert all(f"  {name} " in help_text for name in COMMAND_MODULES)


def test_serving_does_not_load_the_extractor_or_the_crawler() -> None:
    code = (
        "import sys; from cchc.cli import main; main.get_command(None, 'serve'); print(sorted(sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "'spacy'" not in loaded and "'scrapy'" not in loaded
