"""Everything known about one person or one unit, gathered across articles.

A leader's posts come from the title written next to their name in each article; a unit's
figures over time are its metrics (attributed as in `comparison`), oldest first, and its names
are the pre-2025 name and the merged unit it became (`Unit.new_name`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from cchc.record import Article, Unit
from search_app.comparison import Figure, metric_owner, unit_level
from store.base import article_id, article_key


@dataclass(frozen=True)
class Inspection:
    article_id: str
    title: str | None
    date: str | None
    units: tuple[str, ...]
    leaders: tuple[str, ...]
    role: str | None = None  # the leader's post in this article


@dataclass
class Post:
    title: str
    first: str | None
    last: str | None


@dataclass
class LeaderProfile:
    name: str
    inspections: list[Inspection] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)


@dataclass
class UnitProfile:
    name: str
    inspections: list[Inspection] = field(default_factory=list)
    names: dict[str, str | None] = field(default_factory=dict)  # pre-2025 name → name after the merger
    levels: set[str] = field(default_factory=set)
    figures: dict[str, list[Figure]] = field(default_factory=dict)  # key → figures, oldest first


def same_name(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def _inspection(article: Article, role: str | None = None) -> Inspection:
    return Inspection(
        article_id=article_id(article_key(article)),
        title=article.title,
        date=min(article.inspection_dates, default=None) or article.published_date,
        units=tuple(u.name for u in article.inspected_units),
        leaders=tuple(x.name for x in article.team_leaders),
        role=role,
    )


def leader_profile(name: str, articles: Iterable[Article]) -> LeaderProfile:
    """`articles` oldest first; posts are listed in the order they were first seen."""
    profile = LeaderProfile(name)
    for article in articles:
        leader = next((x for x in article.team_leaders if same_name(x.name, name)), None)
        if leader is None:
            continue
        inspection = _inspection(article, leader.title)
        profile.inspections.append(inspection)
        if leader.title:
            post = next((p for p in profile.posts if same_name(p.title, leader.title)), None)
            if post is None:
                profile.posts.append(Post(leader.title, inspection.date, inspection.date))
            else:
                post.last = inspection.date or post.last
    return profile


def _matches(unit: Unit, name: str) -> bool:
    return same_name(unit.name, name) or (unit.new_name is not None and same_name(unit.new_name, name))


def unit_profile(name: str, articles: Iterable[Article]) -> UnitProfile:
    """`articles` oldest first; `name` may be the unit's old name or its name after the merger."""
    profile = UnitProfile(name)
    for article in articles:
        matching = [u for u in article.inspected_units if _matches(u, name)]
        if not matching:
            continue
        inspection = _inspection(article)
        profile.inspections.append(inspection)
        for unit in matching:
            profile.names[unit.name] = unit.new_name or profile.names.get(unit.name)
            if level := unit_level(unit):
                profile.levels.add(level)
        for metric in article.metrics:
            if metric.key and metric_owner(metric, article.inspected_units) in matching:
                profile.figures.setdefault(metric.key, []).append(Figure.of(metric, article))
    return profile
