"""One module per group of `cchc` subcommands; `cchc.cli` collects their `COMMANDS`."""
