"""Running the `cchc` command as a child process: the benchmarks measure the program users run.

A child's peak memory is read from its own `/proc/<pid>/status` (VmHWM) while it runs. The rusage
of a child (`wait4`) cannot be used: Linux folds the forking parent's peak into the child's when it
execs, so every child of a large benchmark process looked as big as the benchmark itself.
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
from typing import NamedTuple

_HWM = re.compile(r"^VmHWM:\s+(\d+) kB", re.MULTILINE)
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
    """Run `cchc ARGS`; return its exit code, wall time, peak RSS (its own VmHWM) and stderr."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [*cchc_command(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = _PeakWatcher(child.pid)
    peak.start()
    assert child.stderr is not None
    stderr = child.stderr.read()  # stdout is discarded, so reading one pipe to its end cannot deadlock
    child.wait()
    peak.join()
    return Measured(child.returncode, time.perf_counter() - start, round(peak.kib / 1024, 1), stderr)


class _PeakWatcher(threading.Thread):
    """Polls a process's VmHWM (a high-water mark, so the last reading before exit is its peak, short
    of at most one polling interval)."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.status = Path(f"/proc/{pid}/status")
        self.interval = interval
        self.kib = 0

    def run(self) -> None:
        while True:
            try:
                text = self.status.read_text()
            except OSError:
                return
            if "State:\tZ" in text:  # exited, not yet reaped: its memory is gone
                return
            if match := _HWM.search(text):
                self.kib = max(self.kib, int(match.group(1)))
            time.sleep(self.interval)


def descendants(pid: int) -> list[int]:
    """Child processes of `pid`, recursively (Linux /proc; none elsewhere)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            children = [int(child) for child in task.read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *descendants(child)]
    return found


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a running process has used so far (Linux /proc; 0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Served(NamedTuple):
    base_url: str
    pid: int  # of the `cchc serve` process; its workers are its descendants


@contextmanager
def cchc_serve(store_uri: str, threads: int = 2) -> Iterator[Served]:
    """Start `cchc serve` on a free loopback port; yield its base URL and pid; stop it on exit."""
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
                yield Served(match.group(1), child.pid)
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
