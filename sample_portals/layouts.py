"""The four portal layout families: URL schemes, furniture numbers and robots rules of each.

Markup lives in `templates/<portal>/`; what is here is what the templates and the builder must
agree on (which URL an article has, which URL page N of a listing has).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from sample_portals.placeholders import BASE_URL
from sample_portals.source import SourceArticle

CATEGORY_LABELS = {"cai-cach-hanh-chinh": "Cải cách hành chính", "tin-tuc": "Tin tức - Sự kiện"}


@dataclass(frozen=True)
class TthcStats:
    """Sidebar widget "Kết quả giải quyết TTHC": numbers that are never facts of an article."""

    year: int
    received: int
    resolved: int
    on_time_percent: str


@dataclass(frozen=True)
class Layout:
    """What every portal has; subclasses give the URL scheme of one platform."""

    id: str
    name: str
    owner: str
    address: str
    phone: str
    footer_year: int
    online: int
    total_visits: int
    tthc: TthcStats
    robots: str
    per_page: int = 4
    has_feeds: bool = False

    def home_urls(self) -> tuple[str, ...]:
        return ("/",)

    def article_url(self, article: SourceArticle) -> str:
        raise NotImplementedError

    def listing_url(self, category: str, page: int) -> str:
        raise NotImplementedError

    def listing_aliases(self, category: str) -> tuple[str, ...]:
        """Other URLs that serve page 1 of a listing (the pager's own link to page 1)."""
        return ()

    def about_url(self) -> str:
        raise NotImplementedError

    def image_url(self, article: SourceArticle, number: int) -> str:
        raise NotImplementedError

    def feed_url(self, category: str) -> str:
        raise NotImplementedError(f"{self.id} has no RSS")

    def views(self, article: SourceArticle) -> int:
        """A stable "Lượt xem" count, different for every article."""
        return 120 + (article.id * 7919 + len(article.slug) * 31) % 4870


class Liferay(Layout):
    """Liferay 6.2 asset publisher on a provincial department's site."""

    portlet = "101_INSTANCE_tT4kBq9wXz"

    def article_url(self, article: SourceArticle) -> str:
        return f"/web/snv/tin-tuc/-/view_content/{article.id}-{article.slug}"

    def listing_url(self, category: str, page: int) -> str:
        base = f"/web/snv/{category}"
        if page == 1:
            return base
        query = {"p_p_id": self.portlet, "p_p_lifecycle": "0", f"_{self.portlet}_cur": str(page)}
        return f"{base}?{urlencode(query)}"

    def listing_aliases(self, category: str) -> tuple[str, ...]:
        query = {"p_p_id": self.portlet, "p_p_lifecycle": "0", f"_{self.portlet}_cur": "1"}
        return (f"/web/snv/{category}?{urlencode(query)}",)

    def home_urls(self) -> tuple[str, ...]:
        return ("/", "/web/snv")

    def about_url(self) -> str:
        return "/web/snv/gioi-thieu"

    def image_url(self, article: SourceArticle, number: int) -> str:
        return f"/documents/10181/0/anh-{article.id}-{number}.svg"


class SharePoint(Layout):
    """SharePoint with Tân Dân web parts on a district portal."""

    pages = {"cai-cach-hanh-chinh": "Cai-cach-hanh-chinh", "tin-tuc": "Tin-tuc-su-kien"}

    def article_url(self, article: SourceArticle) -> str:
        return f"/portal/pages/{article.published:%Y-%m-%d}/{article.slug}-{article.id}.aspx"

    def listing_url(self, category: str, page: int) -> str:
        base = f"/portal/Pages/{self.pages[category]}.aspx"
        return base if page == 1 else f"{base}?PageIndex={page}"

    def listing_aliases(self, category: str) -> tuple[str, ...]:
        return (f"/portal/Pages/{self.pages[category]}.aspx?PageIndex=1",)

    def home_urls(self) -> tuple[str, ...]:
        return ("/", "/portal/Pages/Trang-chu.aspx")

    def about_url(self) -> str:
        return "/portal/Pages/Gioi-thieu.aspx"

    def image_url(self, article: SourceArticle, number: int) -> str:
        return f"/portal/PublishingImages/{article.published:%Y}/{article.id}-{number}.svg"


class NukeViet(Layout):
    """NukeViet eGovernment: alias-id URLs, `page-N` listings, RSS per category and a sitemap."""

    def article_url(self, article: SourceArticle) -> str:
        return f"/vi/news/{article.category}/{article.slug}-{article.id}.html"

    def listing_url(self, category: str, page: int) -> str:
        return f"/vi/news/{category}/" if page == 1 else f"/vi/news/{category}/page-{page}"

    def home_urls(self) -> tuple[str, ...]:
        return ("/", "/vi/")

    def about_url(self) -> str:
        return "/vi/about/gioi-thieu.html"

    def image_url(self, article: SourceArticle, number: int) -> str:
        return f"/uploads/news/{article.published:%Y_%m}/{article.slug}-{number}.svg"

    def feed_url(self, category: str) -> str:
        return f"/vi/news/rss/{category}"


class Commune(Layout):
    """A commune's hand-made PHP site where every page is `index.php` plus a query string."""

    def article_url(self, article: SourceArticle) -> str:
        return f"/index.php?com=tin-tuc&act=detail&id={article.id}"

    def listing_url(self, category: str, page: int) -> str:
        return f"/index.php?com={category}" if page == 1 else f"/index.php?com={category}&page={page}"

    def listing_aliases(self, category: str) -> tuple[str, ...]:
        return (f"/index.php?com={category}&page=1",)

    def home_urls(self) -> tuple[str, ...]:
        return ("/", "/index.php")

    def about_url(self) -> str:
        return "/index.php?com=gioi-thieu"

    def image_url(self, article: SourceArticle, number: int) -> str:
        return f"/upload/tintuc/{article.id}_{number}.svg"


_PERMISSIVE = "User-agent: *\nDisallow:\n"

LAYOUTS: dict[str, Layout] = {
    layout.id: layout
    for layout in (
        Liferay(
            id="liferay",
            name="Sở Nội vụ tỉnh Long An",
            owner="Sở Nội vụ tỉnh Long An",
            address="số 2 đường Song Hành, phường 1, thành phố Tân An, tỉnh Long An",
            phone="0272.3826.104",
            footer_year=2024,
            online=27,
            total_visits=4798809,
            tthc=TthcStats(2024, 3182, 3167, "99,53"),
            robots=_PERMISSIVE,
        ),
        SharePoint(
            id="sharepoint",
            name="Cổng thông tin điện tử huyện Cần Đước",
            owner="Ủy ban nhân dân huyện Cần Đước",
            address="khu 1A, thị trấn Cần Đước, huyện Cần Đước, tỉnh Long An",
            phone="0272.3874.129",
            footer_year=2023,
            online=112,
            total_visits=2315640,
            tthc=TthcStats(2023, 12406, 11429, "98,7"),
            robots=_PERMISSIVE,
        ),
        NukeViet(
            id="nukeviet",
            name="Cổng thông tin điện tử huyện Thanh Miện",
            owner="Ủy ban nhân dân huyện Thanh Miện",
            address="khu 1, thị trấn Thanh Miện, huyện Thanh Miện, tỉnh Hải Dương",
            phone="0220.3736.215",
            footer_year=2022,
            online=58,
            total_visits=1204377,
            tthc=TthcStats(2022, 8733, 8701, "97,2"),
            robots="User-agent: *\nDisallow: /admin/\nDisallow: /install/\nCrawl-delay: 1\n"
            f"Sitemap: {BASE_URL}/sitemap.xml\n",
            has_feeds=True,
        ),
        Commune(
            id="commune",
            name="Trang thông tin điện tử xã Tân Lý Tây",
            owner="Ủy ban nhân dân xã Tân Lý Tây",
            address="ấp Tân Thuận, xã Tân Lý Tây, huyện Châu Thành, tỉnh Tiền Giang",
            phone="0273.3611.482",
            footer_year=2021,
            online=170,
            total_visits=934007,
            tthc=TthcStats(2021, 1540, 1538, "100"),
            robots=_PERMISSIVE,
        ),
    )
}
