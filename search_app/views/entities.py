"""`/leader/<name>` and `/unit/<name>`: every inspection of one person or one unit, over time.

Leaders are found through the store's `leader` filter. Units have no filter of their own (a
unit may appear under its pre- or post-2025 name), so their page reads the inspection articles
and keeps those that name the unit.
"""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from search_app.comparison import Figure
from search_app.entities import leader_profile, unit_profile
from search_app.facts import metric_value
from search_app.labels import metric_label, value_label
from search_app.storage import get_store
from store.base import SearchQuery

bp = Blueprint("entities", __name__)


@bp.get("/leader/<path:name>")
def leader(name: str) -> str:
    query = SearchQuery(filters={"leader": [name]}, sort="date_asc")
    profile = leader_profile(name, get_store().iter_articles(query))
    if not profile.inspections:
        abort(404)
    return render_template("leader.html", profile=profile)


@bp.get("/unit/<path:name>")
def unit(name: str) -> str:
    query = SearchQuery(filters={"is_inspection": ["true"]}, sort="date_asc")
    profile = unit_profile(name, get_store().iter_articles(query))
    if not profile.inspections:
        abort(404)
    return render_template(
        "unit.html",
        profile=profile,
        metric_label=metric_label,
        figure_text=figure_text,
        levels=", ".join(value_label("inspecting_level", level).lower() for level in sorted(profile.levels)),
    )


def figure_text(figure: Figure) -> str:
    return metric_value(figure.value, figure.total, figure.unit, figure.qualifier)
