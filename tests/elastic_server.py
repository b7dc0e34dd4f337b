"""Test fixtures for the Elasticsearch backend: an osmem-server on a free loopback port per session.

The client talks to it through `tests.osmem.PlainJsonNode` (see there why); product code is a normal client.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import count

import pytest

from store.elastic import ElasticStore
from tests.osmem import CLIENT_OPTIONS, running_osmem

_INDEX_NUMBERS = count(1)


@pytest.fixture(scope="session")
def elastic_url() -> Iterator[str]:
    """Base URL of a session-wide osmem-server (OpenSearch-compatible, in memory)."""
    with running_osmem() as url, pytest.MonkeyPatch.context() as patch:
        patch.setattr(ElasticStore, "client_options", CLIENT_OPTIONS)
        yield url


@pytest.fixture
def elastic_uri_factory(elastic_url: str) -> Callable[[], str]:
    """A fresh index name per call, so tests never see each other's documents."""
    return lambda: f"{elastic_url}?index=test-{next(_INDEX_NUMBERS)}"
