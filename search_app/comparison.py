"""Districts and communes of one province side by side on canonical metrics (`Metric.key`).

Built from plain `Article`s (`Store.iter_articles`), so every backend gives the same table.
An article may name several units; each figure belongs to the unit mentioned last before it
in the text (its evidence), else to the article's first unit of that level. For each unit and
key the newest figure is kept, with the article it came from, so every number can be checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from cchc.record import Article, Metric, Unit
from store.base import article_id, article_key

DISTRICT_TYPES = frozenset({"huyện", "quận", "thị xã", "thành phố"})
COMMUNE_TYPES = frozenset({"xã", "phường", "thị trấn"})
# Keys in the order a reader expects them; others follow alphabetically.
KEY_ORDER = (
    "rate_on_time",
    "rate_early",
    "rate_on_time_or_early",
    "rate_late",
    "records_received",
    "records_resolved",
    "rate_digitised",
    "rate_online",
    "online_payment",
    "rate_online_payment",
    "tasks_done",
    "tasks_done_pct",
    "units_inspected",
)


@dataclass(frozen=True)
class Figure:
    """One number, where it was published."""

    value: float
    total: float | None
    unit: str | None
    qualifier: str | None
    article_id: str
    article_title: str | None
    date: str | None

    @classmethod
    def of(cls, metric: Metric, article: Article) -> Figure:
        return cls(
            value=metric.value,
            total=metric.total,
            unit=metric.unit,
            qualifier=metric.qualifier,
            article_id=article_id(article_key(article)),
            article_title=article.title,
            date=article.published_date,
        )

    @property
    def share(self) -> float | None:
        """The figure as a fraction of its whole (for bars), when it has one."""
        if self.unit == "%":
            return self.value / 100
        if self.total:
            return self.value / self.total
        return None


@dataclass
class UnitFigures:
    name: str
    level: str  # "district" or "commune"
    district: str | None
    new_name: str | None
    figures: dict[str, Figure] = field(default_factory=dict)
    inspections: int = 0


@dataclass
class Comparison:
    districts: list[UnitFigures]
    communes: list[UnitFigures]
    keys: list[str]
    per_month: list[tuple[str, int]]  # (YYYY-MM, inspections), every month of the span
    articles: int

    def maximum(self, key: str) -> float:
        """Largest value of `key` over all units: the scale of count bars."""
        return max(
            (u.figures[key].value for u in self.districts + self.communes if key in u.figures), default=0.0
        )


def unit_level(unit: Unit) -> str | None:
    kind = (unit.type or "").lower()
    if kind in DISTRICT_TYPES:
        return "district"
    if kind in COMMUNE_TYPES:
        return "commune"
    return None


def inspection_month(article: Article) -> str | None:
    """The month an inspection took place: its first inspection day, else the publication date."""
    day = min(article.inspection_dates, default=None) or article.published_date
    return day[:7] if day and len(day) >= 7 else None


def compare(articles: Iterable[Article]) -> Comparison:
    units: dict[tuple[str, str], UnitFigures] = {}
    months: Counter[str] = Counter()
    count = 0
    for article in articles:
        count += 1
        if month := inspection_month(article):
            months[month] += 1
        ranked = [(u, level) for u in article.inspected_units if (level := unit_level(u))]
        for unit, level in ranked:
            entry = units.setdefault((level, unit.name), UnitFigures(unit.name, level, unit.district, None))
            entry.inspections += 1
            entry.new_name = unit.new_name or entry.new_name
            entry.district = entry.district or unit.district
        for metric in article.metrics:
            owner = metric_owner(metric, [unit for unit, _ in ranked])
            if metric.key and owner is not None:
                _keep_newest(
                    units[(unit_level(owner) or "", owner.name)], metric.key, Figure.of(metric, article)
                )
    keys = {key for entry in units.values() for key in entry.figures}
    order = sorted(keys, key=lambda k: (KEY_ORDER.index(k) if k in KEY_ORDER else len(KEY_ORDER), k))

    def of_level(level: str) -> list[UnitFigures]:
        return sorted((u for u in units.values() if u.level == level), key=lambda u: u.name)

    return Comparison(of_level("district"), of_level("commune"), order, _every_month(months), count)


def metric_owner(metric: Metric, units: list[Unit]) -> Unit | None:
    """The unit a figure is about: the one mentioned last before it, else the first one."""
    if not units:
        return None
    start = metric.evidence.start if metric.evidence else None
    before = [u for u in units if u.evidence and start is not None and u.evidence.start <= start]
    return max(before, key=lambda u: u.evidence.start if u.evidence else 0) if before else units[0]


def _keep_newest(entry: UnitFigures, key: str, figure: Figure) -> None:
    current = entry.figures.get(key)
    if current is None or (current.date or "") <= (figure.date or ""):
        entry.figures[key] = figure


def _every_month(counts: Counter[str]) -> list[tuple[str, int]]:
    """Months from the first to the last with inspections, empty ones included (a gap is information)."""
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    months: list[tuple[str, int]] = []
    while (label := f"{year:04d}-{month:02d}") <= last:
        months.append((label, counts.get(label, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
