"""`cchc demo`: the whole pipeline offline on the bundled sample portals, then the web UI.

Serves the four sample portals on loopback, crawls each with `cchc crawl --start-url`
(generic discovery, robots.txt, extraction, store) into a fresh demo store, and serves
the search UI on it. Each crawl runs in its own process: Scrapy's reactor starts once
per process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from cchc.commands.serve import serve

DEMO_STORE = Path("data") / "demo.sqlite"


@click.command()
@click.option(
    "--store", "store_uri", default=f"sqlite:///{DEMO_STORE}", show_default=True, help="Demo store URI."
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port of the web UI."
)
@click.option("--no-serve", is_flag=True, help="Crawl and store only (used by the tests).")
@click.pass_context
def demo(ctx: click.Context, store_uri: str, port: int, no_serve: bool) -> None:
    """Crawl the bundled sample portals offline, store the articles and serve the search UI."""
    from sample_portals.server import serve_portals

    if store_uri.startswith("sqlite:///"):
        path = Path(store_uri.removeprefix("sqlite:///"))
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            stale.unlink(missing_ok=True)
    with serve_portals() as portals:
        for portal, base in portals.items():
            click.echo(f"cchc demo: crawling sample portal {portal} at {base}/", err=True)
            command = [
                sys.executable,
                "-m",
                "cchc.cli",
                "crawl",
                "--start-url",
                f"{base}/",
                "--store",
                store_uri,
            ]
            command += [
                "--set",
                "AUTOTHROTTLE_START_DELAY=0.2",
            ]  # loopback: no need to wait for throttling to warm up
            if subprocess.run(command, check=False).returncode != 0:
                raise click.ClickException(f"the crawl of {portal} failed; see the messages above")
    if not no_serve:
        ctx.invoke(serve, store_uri=store_uri, host="127.0.0.1", port=port, threads=4)


COMMANDS = [demo]
