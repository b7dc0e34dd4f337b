"""Bar charts as inline SVG, drawn on the server: no JavaScript, no chart library, no CDN.

Colours and fonts come from classes in static/style.css (the CSP forbids inline styles);
geometry is plain SVG attributes. Every label is escaped, and a bar may link to the
article its number came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

ROW_HEIGHT = 26
LABEL_WIDTH = 170
BAR_WIDTH = 200
VALUE_WIDTH = 90


@dataclass(frozen=True)
class Bar:
    label: str
    share: float  # 0..1 of the full bar length
    text: str  # the value as shown next to the bar
    href: str | None = None
    title: str | None = None


def horizontal_bars(bars: list[Bar], caption: str) -> Markup:
    """One bar per row, label on the left and value on the right."""
    height = ROW_HEIGHT * len(bars) + 4
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    rows = []
    for i, bar in enumerate(bars):
        y = i * ROW_HEIGHT + 2
        length = round(max(0.0, min(bar.share, 1.0)) * BAR_WIDTH, 1)
        row = (
            f'<text class="chart-label" x="{LABEL_WIDTH - 8}" y="{y + 17}" text-anchor="end">'
            f"{escape(_clip(bar.label))}</text>"
            f'<rect class="chart-track" x="{LABEL_WIDTH}" y="{y + 4}" width="{BAR_WIDTH}" height="16"/>'
            f'<rect class="chart-bar" x="{LABEL_WIDTH}" y="{y + 4}" width="{length}" height="16"/>'
            f'<text class="chart-value" x="{LABEL_WIDTH + BAR_WIDTH + 6}" y="{y + 17}">{escape(bar.text)}</text>'
        )
        rows.append(_linked(row, bar))
    return _svg(width, height, caption, "".join(rows))


def vertical_bars(bars: list[Bar], caption: str) -> Markup:
    """Columns over time (e.g. inspections per month), value above and label below each column."""
    column, plot, label_space = 34, 120, 40
    width = max(column * len(bars), 200)
    height = plot + label_space + 16
    columns = []
    for i, bar in enumerate(bars):
        x = i * column
        size = round(max(0.0, min(bar.share, 1.0)) * plot, 1)
        top = 16 + plot - size
        columns.append(
            _linked(
                f'<rect class="chart-bar" x="{x + 5}" y="{top}" width="{column - 10}" height="{size}"/>'
                f'<text class="chart-value" x="{x + column / 2}" y="{top - 3}" text-anchor="middle">'
                f"{escape(bar.text)}</text>"
                f'<text class="chart-label chart-label-small" x="{x + column / 2}" y="{16 + plot + 14}"'
                f' text-anchor="middle">{escape(bar.label)}</text>',
                bar,
            )
        )
    return _svg(width, height, caption, "".join(columns))


def _linked(content: str, bar: Bar) -> str:
    title = f"<title>{escape(bar.title)}</title>" if bar.title else ""
    if bar.href:
        return f'<a href="{escape(bar.href)}">{title}{content}</a>'
    return f"<g>{title}{content}</g>"


def _svg(width: float, height: float, caption: str, body: str) -> Markup:
    return Markup(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img" aria-label="{escape(caption)}">'
        f"<title>{escape(caption)}</title>{body}</svg>"
    )


def _clip(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
