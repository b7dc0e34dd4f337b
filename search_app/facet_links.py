"""The search sidebar's facet links, computed and marked up in Python; the template prints each group's.

A results page lists about 170 facet values. Rendering each through template calls (has_filter,
toggle_filter_url, value_label, the vn_number filter) cost more than half of the page's own CPU,
most of it in Jinja's call machinery; here each link is one small tuple. Printing the tuples through
a template macro still cost 0.6 ms of a 9 ms page (an autoescape call per value): `facet_items`
writes their list items with `html.escape` instead, every value escaped, attribute quotes included.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import NamedTuple

from markupsafe import Markup

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


_ESTIMATE_MARK = '<abbr title="ước tính">≈</abbr>'
_ACTIVE = ' class="active" aria-current="true"'
_REMOVES = '<span class="visually-hidden">Bỏ lọc: </span>'


def facet_items(links: Sequence[FacetLink], approximate: bool) -> Markup:
    """The links as `<li>` items: the link (which says it removes an active filter) and its count,
    marked as an estimate when the counts are."""
    mark = _ESTIMATE_MARK if approximate else ""
    return Markup(
        "".join(
            f'<li><a href="{escape(link.href)}"{_ACTIVE if link.active else ""}>'
            f"{_REMOVES if link.active else ''}{escape(link.label)}</a>"
            f' <span class="count">{mark}{escape(link.count)}</span></li>'
            for link in links
        )
    )
