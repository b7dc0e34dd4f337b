"""The search sidebar's facet links, computed in Python before the template prints them.

A results page lists about 170 facet values. Rendering each through template calls (has_filter,
toggle_filter_url, value_label, the vn_number filter) cost more than half of the page's own CPU,
most of it in Jinja's call machinery; here each link is one small tuple the template only prints
(still autoescaped there).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from search_app.formatting import vn_number
from search_app.labels import FACET_LABELS, facet_label, value_label
from search_app.params import SearchState
from store.base import FacetValue

FACET_LIMIT = 10  # links shown per facet before "more"


class FacetLink(NamedTuple):
    href: str  # adds the filter, or removes it when active
    label: str
    count: str  # in Vietnamese number format
    active: bool


class FacetGroup(NamedTuple):
    label: str
    shown: list[FacetLink]
    more: list[FacetLink]  # behind a "more" toggle


def facet_groups(state: SearchState, facets: Mapping[str, Sequence[FacetValue]]) -> list[FacetGroup]:
    """The sidebar's facets in FACET_LABELS order, each with its first FACET_LIMIT links shown."""
    groups = []
    for name in FACET_LABELS:
        links = [
            FacetLink(
                state.toggle_filter_url(name, item.value),
                value_label(name, item.value),
                vn_number(item.count),
                state.has_filter(name, item.value),
            )
            for item in facets.get(name) or ()
        ]
        if links:
            groups.append(FacetGroup(facet_label(name), links[:FACET_LIMIT], links[FACET_LIMIT:]))
    return groups
