"""Serving the app from several processes: gunicorn pre-forks workers that share one listening socket.

A Python process runs one thread at a time on the CPU (the GIL), so one waitress process uses one
core however many threads it has, and a search request is mostly CPU. gunicorn's master binds the
socket, forks `workers` processes (each with `threads` threads) and replaces any that dies. The app
is built once in the master and inherited by the workers; each worker opens the store on its first
request (search_app/storage.py), so no SQLite connection is shared across a fork. gunicorn needs a
POSIX system (it imports fcntl): waitress stays the single-process path that runs everywhere.

A request goes to a worker free to serve it. Each connection is closed after its answer
(`keepalive = 0`, as gunicorn's sync workers always do), and a worker accepts no more connections
than it has threads (`worker_connections`); the others wait in the listening socket's queue, which
every worker takes from. With keep-alive, a connection stayed with the worker that accepted it, and
the workers race to accept: 16 clients connecting at once left one worker spending 7-10 ms of CPU
per request of the run and the other 1-3 ms (web benchmark, cache off, 2 cores), so one core idled
while the other was saturated. Without the bound, a busy worker still accepted requests it could only
queue behind its own. Web benchmark, API, 2 workers x 4 threads: 141-181 requests/s (p95 127-160 ms)
kept alive; 206-209 (p95 136-149) closed; 211-217 (p95 110-115) closed and bounded; with 2 threads
each, 215-219 (p95 93-97). A connection that sends nothing holds its thread at most 5 s (gunicorn's
wait for request data) and is then dropped. Behind a reverse proxy nothing changes (nginx opens a
connection per request by default).
"""

from __future__ import annotations

import gc
import os
import queue
import signal
from collections.abc import Callable
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

Address = tuple[str, int]


class PreforkServer(BaseApplication):  # type: ignore[misc]  # gunicorn ships no type hints
    """gunicorn configured in code (no config file or command line of its own is read)."""

    def __init__(
        self,
        app: Flask,
        *,
        host: str,
        port: int,
        workers: int,
        threads: int,
        on_ready: Callable[[list[Address]], None],
    ) -> None:
        self.application = app
        self.settings: dict[str, Any] = {
            "bind": [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"],
            "workers": workers,
            "threads": threads,
            "worker_class": "gthread",  # threads; a slow export holds one thread, not the process
            "keepalive": 0,  # a request per connection ...
            "worker_connections": threads,  # ... taken by a worker with a free thread (see above)
            "preload_app": True,  # built once; workers fork from it
            "proc_name": "cchc",
            "loglevel": "warning",  # the command prints its own start-up lines; errors still show
            "accesslog": None,
            # gunicorn >= 25.1 opens a control socket at one fixed path per user; two servers would clash.
            "control_socket_disable": True,
            "when_ready": lambda arbiter: on_ready([_address(lnr.sock) for lnr in arbiter.LISTENERS]),
            "pre_fork": _freeze_inherited_objects,
            "post_fork": _keep_early_signals,
            "post_worker_init": _replay_early_signals,
            "worker_exit": _exit_now,
        }
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.settings.items():
            if name in self.cfg.settings:  # a setting an older gunicorn lacks is left out, not an error
                self.cfg.set(name, value)

    def load(self) -> Flask:
        return self.application


_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT)


def _freeze_inherited_objects(arbiter: Any, worker: Any) -> None:
    """Before each fork, move the app and every module it loaded out of the collector's reach
    (`gc.freeze`, as the gc docs advise for pre-fork servers): a worker's collections then walk only
    what its requests make, and they no longer write to inherited pages, which stay shared. The
    collector took 0.29 ms of a search page's 9.4 ms, 0.10 ms once frozen (in process, 10k articles).
    What is already garbage is collected first, so it is not kept for good."""
    gc.collect()
    gc.freeze()


def _keep_early_signals(arbiter: Any, worker: Any) -> None:
    """In a new worker, keep hold of where the signals it receives before its own handlers exist go.

    Until the worker installs its handlers it runs the master's, inherited at the fork, which queue the
    signal on its copy of the master's queue, where nothing reads it. A stop that reached a worker still
    booting was lost, and the master then waited its full graceful timeout (30 s) for it: 1 stop in
    13-65 measured when the server was stopped right after its first answers, while the second worker
    was being forked. An older gunicorn that keeps a list there instead of a queue is left as it was."""
    worker.cchc_early_signals = getattr(arbiter, "SIG_QUEUE", None)


def _replay_early_signals(worker: Any) -> None:
    """Once the worker's handlers are installed, send it again any stop signal it received before."""
    take = getattr(getattr(worker, "cchc_early_signals", None), "get_nowait", None)
    received = []
    while take is not None:
        try:
            received.append(take())
        except queue.Empty:
            break
    for sig in dict.fromkeys(sig for sig in received if sig in _STOP_SIGNALS):
        os.kill(os.getpid(), sig)


def _exit_now(arbiter: Any, worker: Any) -> None:
    """End a stopping worker without tearing down the interpreter it inherited.

    Freeing every module and object of the inherited app in each worker took seconds of CPU at every
    stop (measured when `cchc` still imported spaCy and Scrapy up front; commands now load lazily, so
    there is less to free). A worker holds nothing to flush: its store is read-only
    and gunicorn has already finished its requests and closed its sockets when this hook runs. A worker
    that failed to boot (still `alive`) exits the usual way, with the status that tells the master why."""
    if not worker.alive:
        os._exit(0)


def _address(sock: Any) -> Address:
    host, port = sock.getsockname()[:2]  # IPv6 names are (host, port, flowinfo, scope)
    return host, port
