"""`/compare?province=&from_year=&to_year=`: the districts and communes of a province side by side.

Without a province the page lists the provinces that have inspection articles to choose from.
"""

from __future__ import annotations

from flask import Blueprint, render_template, request, url_for
from markupsafe import Markup

from search_app.charts import Bar, horizontal_bars, vertical_bars
from search_app.comparison import Comparison, UnitFigures, compare
from search_app.formatting import vn_date
from search_app.labels import metric_label
from search_app.params import BadParams
from search_app.storage import get_store
from search_app.views.entities import figure_text
from store.base import SearchQuery

bp = Blueprint("compare", __name__)
MIN_YEAR, MAX_YEAR = 1990, 2100
INSPECTIONS = {"is_inspection": ["true"]}


@bp.get("/compare")
def index() -> str:
    province = request.args.get("province", "").strip()
    from_year, to_year = _year("from_year"), _year("to_year")
    if from_year and to_year and from_year > to_year:
        raise BadParams("Năm bắt đầu phải không sau năm kết thúc.")
    store = get_store()
    provinces = store.search(SearchQuery(filters=INSPECTIONS, per_page=1, facets=["province"])).facets
    comparison = None
    if province:
        query = SearchQuery(
            filters={**INSPECTIONS, "province": [province]},
            date_from=f"{from_year}-01-01" if from_year else None,
            date_to=str(to_year) if to_year else None,
            sort="date_asc",
        )
        comparison = compare(store.iter_articles(query))
    return render_template(
        "compare.html",
        province=province,
        from_year=from_year,
        to_year=to_year,
        provinces=[v.value for v in provinces.get("province", [])],
        comparison=comparison,
        unit_chart=unit_chart,
        month_chart=month_chart,
        figure_text=figure_text,
        metric_label=metric_label,
    )


def unit_chart(unit: UnitFigures, comparison: Comparison) -> Markup:
    """The unit's figures as bars: rates and x/total as shares, counts against the largest unit."""
    bars = []
    for key in comparison.keys:
        figure = unit.figures.get(key)
        if figure is None:
            continue
        share = figure.share
        if share is None:
            share = figure.value / (comparison.maximum(key) or 1)
        bars.append(
            Bar(
                label=metric_label(key),
                share=share,
                text=figure_text(figure),
                href=url_for("articles.show", article_id=figure.article_id),
                title=f"{figure.article_title or ''} ({vn_date(figure.date)})",
            )
        )
    return horizontal_bars(bars, f"Số liệu của {unit.name}")


def month_chart(comparison: Comparison, province: str) -> Markup:
    peak = max((n for _, n in comparison.per_month), default=0) or 1
    bars = [
        Bar(
            label=f"{month[5:7]}/{month[2:4]}",
            share=n / peak,
            text=str(n) if n else "",
            title=f"{vn_date(month)}: {n} cuộc kiểm tra",
        )
        for month, n in comparison.per_month
    ]
    return vertical_bars(bars, f"Số cuộc kiểm tra theo tháng tại {province}")


def _year(name: str) -> int | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    if not raw.isdigit() or not MIN_YEAR <= int(raw) <= MAX_YEAR:
        raise BadParams(f"{name} phải là năm từ {MIN_YEAR} đến {MAX_YEAR}.")
    return int(raw)
