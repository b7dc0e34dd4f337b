"""Running the `cchc` command as a child process: the benchmarks measure the program users run.

`run_measured` waits with `os.wait4`, which returns the resource usage of that one child, so each
run gets its own peak RSS (RUSAGE_CHILDREN would give the maximum over every child so far).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

_SERVING = re.compile(r"Serving on (http://[^\s,]+?)/?(?:,|\s)")


def cchc_command() -> list[str]:
    """The `cchc` entry point of the running interpreter's environment (the venv's)."""
    script = Path(sys.executable).parent / "cchc"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from cchc.cli import main; main()"]


@dataclass(frozen=True)
class Measured:
    returncode: int
    seconds: float
    peak_rss_mib: float
    stderr: str


def run_measured(args: Sequence[str]) -> Measured:
    """Run `cchc ARGS`, return its exit code, wall time and peak RSS (ru_maxrss, KiB on Linux)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [*cchc_command(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert child.stderr is not None
    stderr = child.stderr.read()  # stdout is discarded, so reading one pipe to its end cannot deadlock
    child.stderr.close()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
    return Measured(child.returncode, time.perf_counter() - start, round(usage.ru_maxrss / 1024, 1), stderr)


@contextmanager
def cchc_serve(store_uri: str, threads: int = 4) -> Iterator[str]:
    """Start `cchc serve` on a free loopback port; yield its base URL; stop it on exit."""
    args = ["serve", "--store", store_uri, "--host", "127.0.0.1", "--port", "0", "--threads", str(threads)]
    child = subprocess.Popen(
        [*cchc_command(), *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert child.stdout is not None
        seen = []
        for line in child.stdout:
            seen.append(line)
            if match := _SERVING.search(line):
                # Keep reading: a server logging under load (waitress's "Task queue depth") would
                # otherwise fill the pipe and block mid-benchmark.
                threading.Thread(target=child.stdout.read, daemon=True).start()
                yield match.group(1)
                break
        else:
            raise RuntimeError("cchc serve exited before serving:\n" + "".join(seen))
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
