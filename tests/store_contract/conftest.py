"""`store_uri_factory`: one fresh, empty store URI per call, for every backend under test.

The contract tests only use `store.open_store(uri)` and the `Store` interface, so adding a
backend here (e.g. Elasticsearch) runs the whole suite against it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import count
from pathlib import Path

import pytest

from tests.elastic_server import elastic_uri_factory, elastic_url  # noqa: F401 - fixtures for the "elastic" param


@pytest.fixture(params=["sqlite", pytest.param("elastic", marks=pytest.mark.elastic)])
def store_uri_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    if request.param == "elastic":
        yield request.getfixturevalue("elastic_uri_factory")
        return
    numbers = count(1)

    def sqlite_uri() -> str:
        return f"sqlite:///{tmp_path / f'store-{next(numbers)}.sqlite'}"

    yield sqlite_uri
