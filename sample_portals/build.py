"""Render `content/` into the static sites of `sites/`: pages, routes.json per portal, manifest.json.

Run `python -m sample_portals.build` after changing content or templates. The output is
deterministic (same input, byte-identical files) because it is committed and tests compare a fresh
build with it; anything that depends on the moment of the request is left as a placeholder token
for the server (`placeholders.py`).
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

if __package__ in (None, ""):  # `python sample_portals/build.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sample_portals.layouts import CATEGORY_LABELS, LAYOUTS, Layout
from sample_portals.placeholders import BASE_URL, TODAY
from sample_portals.source import CATEGORIES, SourceArticle, load_portal, split_tcvn3_mark
from sample_portals.traps import paragraph_html
from sample_portals.vndates import VIETNAM_TZ, rfc822, vndate

PACKAGE_DIR = Path(__file__).resolve().parent
CONTENT_DIR = PACKAGE_DIR / "content"
TEMPLATES_DIR = PACKAGE_DIR / "templates"
SITES_DIR = PACKAGE_DIR / "sites"
RELATED = 5
DEAD_LINK_TITLE = "Thông báo lịch tiếp công dân định kỳ của lãnh đạo"


@dataclass(frozen=True)
class FigureView:
    src: str
    caption: str


@dataclass(frozen=True)
class Block:
    """One body paragraph and the figures shown right after it."""

    html: Markup
    figures: tuple[FigureView, ...]


@dataclass(frozen=True)
class Entry:
    """An article as listings and related lists show it."""

    url: str
    title: str
    published: datetime
    views: int
    summary: str
    category: str
    article: SourceArticle | None = None


@dataclass
class Site:
    """One portal's articles plus the derived lists every page template needs."""

    layout: Layout
    articles: list[SourceArticle]
    files: dict[str, bytes] = field(default_factory=dict)
    routes: dict[str, str] = field(default_factory=dict)

    def entry(self, article: SourceArticle) -> Entry:
        lead = split_tcvn3_mark(article.paragraphs[0])[1] if article.paragraphs else ""
        summary = article.summary or lead
        return Entry(
            url=self.layout.article_url(article),
            title=article.title,
            published=article.published,
            views=self.layout.views(article),
            summary=summary,
            category=article.category,
            article=article,
        )

    def in_category(self, category: str) -> list[SourceArticle]:
        return [a for a in self.articles if a.category == category]

    def newer(self, article: SourceArticle) -> list[Entry]:
        same = self.in_category(article.category)
        return [self.entry(a) for a in reversed(same[: same.index(article)])][:RELATED]

    def older(self, article: SourceArticle) -> list[Entry]:
        same = self.in_category(article.category)
        return [self.entry(a) for a in same[same.index(article) + 1 :]][:RELATED]

    def most_read(self) -> list[Entry]:
        ranked = sorted(self.articles, key=lambda a: (-self.layout.views(a), a.id))
        return [self.entry(a) for a in ranked[:RELATED]]

    def latest(self, category: str | None = None, count: int = RELATED) -> list[Entry]:
        chosen = self.in_category(category) if category else self.articles
        return [self.entry(a) for a in chosen[:count]]

    def dead_entry(self) -> Entry:
        """A listing entry whose article was deleted: its URL answers 404."""
        newest = self.in_category("tin-tuc")[:1] or self.articles[:1]
        ghost = SourceArticle(
            portal=self.layout.id,
            id=max((a.id for a in self.articles), default=0) + 917,
            slug="thong-bao-lich-tiep-cong-dan-dinh-ky",
            category="tin-tuc",
            title=DEAD_LINK_TITLE,
            published=newest[0].published if newest else datetime(2020, 1, 1),
            paragraphs=(),
        )
        return self.entry(ghost)

    def add(self, urls: tuple[str, ...] | list[str], path: str, body: str | bytes) -> None:
        self.files[path] = body.encode("utf-8") if isinstance(body, str) else body
        for url in urls:
            if url in self.routes:
                raise ValueError(f"{self.layout.id}: two pages for {url}")
            self.routes[url] = path


def _number(value: int) -> str:
    """4798809 → "4.798.809": Vietnamese thousands separator."""
    return f"{value:,}".replace(",", ".")


def _iso(moment: datetime) -> str:
    """schema.org datePublished: "2020-05-14T10:13:00+07:00"."""
    return moment.replace(tzinfo=VIETNAM_TZ).isoformat()


def _entity_escaped(url: str) -> Markup:
    """Liferay writes some hrefs with every '/' and ':' as hex entities."""
    return Markup(html.escape(url).replace("/", "&#x2f;").replace(":", "&#x3a;"))


PAGER_WINDOW = 2


def _pager(page: int, pages: int) -> list[int | None]:
    """The page numbers a listing's pager links to, None for a gap ("1 … 6 7 [8] 9 10 … 950"): portals show a
    window around the current page, not every page of a category."""
    shown = {1, pages} | set(range(max(1, page - PAGER_WINDOW), min(pages, page + PAGER_WINDOW) + 1))
    numbers: list[int | None] = []
    previous = 0
    for n in sorted(shown):
        if n > previous + 1:
            numbers.append(None)
        numbers.append(n)
        previous = n
    return numbers


def _environment(portal: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader([TEMPLATES_DIR / portal, TEMPLATES_DIR / "_shared"]),
        autoescape=select_autoescape(["html", "xml", "rss"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["vndate"] = vndate
    env.filters["rfc822"] = rfc822
    env.filters["iso"] = _iso
    env.filters["number"] = _number
    env.filters["entity_escaped"] = _entity_escaped
    env.globals["pager"] = _pager
    env.globals.update(TODAY=TODAY, BASE_URL=BASE_URL, CATEGORY_LABELS=CATEGORY_LABELS, CATEGORIES=CATEGORIES)
    return env


def _blocks(site: Site, article: SourceArticle) -> list[Block]:
    figures = [
        (fig.after, FigureView(site.layout.image_url(article, n), fig.caption))
        for n, fig in enumerate(article.images, start=1)
    ]
    return [
        Block(paragraph_html(text, article.traps), tuple(view for after, view in figures if after == i))
        for i, text in enumerate(article.paragraphs, start=1)
    ]


def _image_svg(caption: str) -> str:
    """A small placeholder picture; the caption is the only content that matters."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">'
        '<rect width="640" height="360" fill="#c9d6df"/>'
        f'<text x="20" y="340" font-size="16" fill="#2b3a42">{html.escape(caption)}</text></svg>\n'
    )


def _listing_pages(site: Site, category: str) -> list[list[Entry]]:
    entries = site.latest(category, count=len(site.articles))
    per_page = site.layout.per_page
    pages = [entries[i : i + per_page] for i in range(0, len(entries), per_page)] or [[]]
    if category == "tin-tuc":
        pages[0].insert(min(1, len(pages[0])), site.dead_entry())
    return pages


def _manifest_page(site: Site, url: str, kind: str, article: SourceArticle | None = None) -> dict:
    record: dict = {"url": url, "kind": kind, "is_article": article is not None}
    if article is not None:
        gold = article.gold
        record.update(
            slug=article.slug,
            id=article.id,
            title=article.title,
            published=article.published.isoformat(sep=" ", timespec="minutes"),
            published_date=article.published.date().isoformat(),
            category=article.category,
            traps=sorted(article.traps),
            syndicated_with=article.syndicated_with,
            source=f"content/{site.layout.id}/{article.path.name}" if article.path else None,
            gold=f"content/{site.layout.id}/{gold.name}" if gold else None,
        )
    return record


def _render_site(site: Site) -> dict:
    """Render every page of one portal into `site.files`/`site.routes`; return its manifest entry."""
    layout, env = site.layout, _environment(site.layout.id)
    common = {"site": site, "layout": layout}
    pages: list[dict] = []

    site.add(layout.home_urls(), "index.html", env.get_template("home.html").render(common, page_kind="home"))
    pages.append(_manifest_page(site, layout.home_urls()[0], "home"))

    listings: dict[str, list[str]] = {}
    for category in CATEGORIES:
        listing = _listing_pages(site, category)
        listings[category] = [layout.listing_url(category, n) for n in range(1, len(listing) + 1)]
        for number, items in enumerate(listing, start=1):
            urls = [layout.listing_url(category, number)]
            if number == 1:
                urls.extend(layout.listing_aliases(category))
            body = env.get_template("listing.html").render(
                common, page_kind="listing", category=category, items=items, page=number, pages=len(listing)
            )
            site.add(urls, f"listing/{category}-{number}.html", body)
            pages.append(_manifest_page(site, urls[0], "listing"))

    for article in site.articles:
        url = layout.article_url(article)
        body = env.get_template("article.html").render(
            common,
            page_kind="article",
            article=article,
            entry=site.entry(article),
            blocks=_blocks(site, article),
            newer=site.newer(article),
            older=site.older(article),
        )
        site.add([url], f"articles/{article.id}-{article.slug}.html", body)
        pages.append(_manifest_page(site, url, "article", article))
        for number, figure in enumerate(article.images, start=1):
            image_url = layout.image_url(article, number)
            site.add([image_url], f"images/{article.id}-{number}.svg", _image_svg(figure.caption))

    about = env.get_template("about.html").render(common, page_kind="about")
    site.add([layout.about_url()], "about.html", about)
    pages.append(_manifest_page(site, layout.about_url(), "about"))
    site.add(["/robots.txt"], "robots.txt", layout.robots)

    feeds: list[str] = []
    if layout.has_feeds:
        for category in CATEGORIES:
            feeds.append(layout.feed_url(category))
            body = env.get_template("rss.xml").render(common, category=category, items=site.latest(category))
            site.add([feeds[-1]], f"rss/{category}.rss", body)
        sitemap = env.get_template("sitemap.xml").render(common)
        site.add(["/sitemap.xml"], "sitemap.xml", sitemap)

    return {
        "name": layout.name,
        "layout": type(layout).__name__,
        "home": layout.home_urls()[0],
        "about": layout.about_url(),
        "robots": "/robots.txt",
        "listings": listings,
        "feeds": feeds,
        "sitemap": "/sitemap.xml" if layout.has_feeds else None,
        "dead_links": [site.dead_entry().url],
        "pages": pages,
    }


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def build(content_dir: Path = CONTENT_DIR, out_dir: Path = SITES_DIR) -> dict:
    """Render every portal into `out_dir`, replacing what was there; return the manifest."""
    manifest: dict = {"portals": {}}
    for portal in LAYOUTS:
        site = Site(LAYOUTS[portal], load_portal(content_dir, portal))
        manifest["portals"][portal] = _render_site(site)
        target = out_dir / portal
        shutil.rmtree(target, ignore_errors=True)
        for rel, data in sorted(site.files.items()):
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(data)
        (target / "routes.json").write_text(_json(site.routes), encoding="utf-8")
    (out_dir / "manifest.json").write_text(_json(manifest), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=CONTENT_DIR)
    parser.add_argument("--out", type=Path, default=SITES_DIR)
    args = parser.parse_args(argv)
    manifest = build(args.content, args.out)
    for portal, info in manifest["portals"].items():
        articles = sum(page["is_article"] for page in info["pages"])
        print(f"{portal}: {articles} articles, {len(info['pages'])} pages -> {args.out / portal}")


if __name__ == "__main__":
    main()
