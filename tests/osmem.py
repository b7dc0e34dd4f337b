"""osmem-server, the in-memory stand-in for Elasticsearch that the tests and `bench/indexing.py` run.

osmem is an in-memory OpenSearch-compatible server. It answers 406 to the Elasticsearch
client's `compatible-with` media types and does not send `X-Elastic-Product`, so the client is
given `PlainJsonNode`, which speaks plain JSON and marks responses as Elasticsearch's. Only
tests and benchmarks use it (through `ElasticStore`'s `client_options`); product code is a normal client.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from elastic_transport import HttpHeaders, Urllib3HttpNode
from osmem_server import OsmemServer

_PLAIN = {"accept": "application/json", "content-type": "application/json"}


class PlainJsonNode(Urllib3HttpNode):
    """Rewrites vendor media types to application/json / application/x-ndjson."""

    def perform_request(
        self,
        method: str,
        target: str,
        body: bytes | None = None,
        headers: HttpHeaders | None = None,
        **kwargs: Any,
    ) -> Any:
        plain = HttpHeaders(headers or {})
        for name, value in _PLAIN.items():
            if name in plain or name == "accept":
                ndjson = "x-ndjson" in plain.get(name, "")
                plain[name] = "application/x-ndjson" if ndjson else value
        response = super().perform_request(method, target, body=body, headers=plain, **kwargs)
        response_headers = response.meta.headers.copy()
        response_headers["x-elastic-product"] = "Elasticsearch"
        return response._replace(meta=dataclasses.replace(response.meta, headers=response_headers))


CLIENT_OPTIONS: dict[str, Any] = {"node_class": PlainJsonNode}


@contextmanager
def running_osmem() -> Iterator[str]:
    """Base URL of an osmem-server on a free loopback port, stopped on exit."""
    server = OsmemServer.start(japanese=False, addr="127.0.0.1:0")
    try:
        yield server.url
    finally:
        server.close()
