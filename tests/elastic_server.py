"""Test fixtures for the Elasticsearch backend: an osmem-server on a free loopback port per session.

osmem is an in-memory OpenSearch-compatible server. It answers 406 to the Elasticsearch
client's `compatible-with` media types and does not send `X-Elastic-Product`, so the client is
given `PlainJsonNode`, which speaks plain JSON and marks responses as Elasticsearch's. Only
tests use it (through `ElasticStore.client_options`); product code is a normal client.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from itertools import count
from typing import Any

import pytest
from elastic_transport import HttpHeaders, Urllib3HttpNode
from osmem_server import OsmemServer

from store.elastic import ElasticStore

_INDEX_NUMBERS = count(1)
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


@pytest.fixture(scope="session")
def elastic_url() -> Iterator[str]:
    """Base URL of a session-wide osmem-server (OpenSearch-compatible, in memory)."""
    server = OsmemServer.start(japanese=False, addr="127.0.0.1:0")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ElasticStore, "client_options", {"node_class": PlainJsonNode})
        yield server.url
    server.close()


@pytest.fixture
def elastic_uri_factory(elastic_url: str) -> Callable[[], str]:
    """A fresh index name per call, so tests never see each other's documents."""
    return lambda: f"{elastic_url}?index=test-{next(_INDEX_NUMBERS)}"
