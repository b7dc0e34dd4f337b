"""Reading `content/<portal>/<slug>.md`: YAML front matter plus blank-line separated paragraphs."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

CATEGORIES = ("cai-cach-hanh-chinh", "tin-tuc")
TCVN3_MARK = "{tcvn3}"


@dataclass(frozen=True)
class Figure:
    """An image shown after paragraph `after` (1-based)."""

    after: int
    caption: str


@dataclass(frozen=True)
class SourceArticle:
    """One article as its author wrote it, all text NFC."""

    portal: str
    id: int
    slug: str
    category: str
    title: str
    published: datetime
    paragraphs: tuple[str, ...]
    author: str = ""
    summary: str = ""
    images: tuple[Figure, ...] = ()
    traps: frozenset[str] = field(default_factory=frozenset)
    syndicated_with: str | None = None
    gold: Path | None = None
    path: Path | None = None


class ContentError(ValueError):
    """A content file breaks the contract of sample_portals/README.md."""


def split_tcvn3_mark(paragraph: str) -> tuple[bool, str]:
    """(whether the paragraph is marked for the TCVN3 trap, its text without the mark)."""
    if paragraph.startswith(TCVN3_MARK):
        return True, paragraph[len(TCVN3_MARK) :].lstrip()
    return False, paragraph


def _nfc(value: object) -> str:
    return unicodedata.normalize("NFC", str(value or "")).strip()


def _published(value: object) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return datetime.fromisoformat(str(value).strip())


def _split_front_matter(text: str, path: Path) -> tuple[dict, str]:
    if not text.startswith("---"):
        raise ContentError(f"{path}: no YAML front matter")
    _, front, body = text.split("---", 2)
    meta = yaml.safe_load(front) or {}
    if not isinstance(meta, dict):
        raise ContentError(f"{path}: front matter is not a mapping")
    return meta, body


def _paragraphs(body: str) -> tuple[str, ...]:
    """Paragraphs are separated by blank lines; line breaks inside one are spaces."""
    blocks = (" ".join(line.strip() for line in block.splitlines()) for block in body.strip().split("\n\n"))
    return tuple(_nfc(block) for block in blocks if block.strip())


def load_article(path: Path, portal: str) -> SourceArticle:
    """Parse one `.md` file; raise ContentError with the file name when it is malformed."""
    meta, body = _split_front_matter(path.read_text(encoding="utf-8"), path)
    try:
        category = str(meta["category"])
        if category not in CATEGORIES:
            raise ContentError(f"{path}: unknown category {category!r}")
        gold = path.with_suffix(".json")
        return SourceArticle(
            portal=portal,
            id=int(meta["id"]),
            slug=str(meta.get("slug") or path.stem),
            category=category,
            title=_nfc(meta["title"]),
            published=_published(meta["published"]),
            paragraphs=_paragraphs(body),
            author=_nfc(meta.get("author")),
            summary=_nfc(meta.get("summary")),
            images=tuple(Figure(int(i["after"]), _nfc(i.get("caption"))) for i in meta.get("images") or ()),
            traps=frozenset(str(t) for t in meta.get("traps") or ()),
            syndicated_with=meta.get("syndicated_with"),
            gold=gold if gold.exists() else None,
            path=path,
        )
    except ContentError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise ContentError(f"{path}: {exc!r}") from exc


def load_portal(content_dir: Path, portal: str) -> list[SourceArticle]:
    """All articles of a portal, newest first (ties by id) so every listing is stable."""
    articles = [load_article(path, portal) for path in sorted((content_dir / portal).glob("*.md"))]
    ids = [a.id for a in articles]
    if len(ids) != len(set(ids)):
        raise ContentError(f"{portal}: duplicate article ids {sorted(i for i in ids if ids.count(i) > 1)}")
    return sorted(articles, key=lambda a: (a.published, a.id), reverse=True)
