"""Fixtures shared by test modules of different stages."""

from __future__ import annotations

import pytest

import store.sqlite_search as plans


@pytest.fixture
def small_search_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite search limits lowered so a store of a few hundred articles takes every path (exact,
    sampled facets, estimated totals) that a store of a million takes."""
    monkeypatch.setattr(plans, "COUNT_LIMIT", 40)
    monkeypatch.setattr(plans, "FACET_SAMPLE", 60)
    monkeypatch.setattr(plans, "STRATA", 4)
