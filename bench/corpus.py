"""A deterministic synthetic corpus of CCHC articles, streamed, for benchmarks at any size (1k → 1M).

Each article is drawn from a seeded `random.Random` (same seed and index, same article), so a run
can be repeated and two benchmarks see the same pages. It carries inspection facts (team leaders
built from name parts, real units, day-first dates, legal references, metrics written with
Vietnamese number formats), each with its evidence as the extractor records it, mixed with noise
(ordinary news, visitor counters, view counts). Articles are as long as real ones: the fact-bearing
paragraphs are padded with fact-free filler drawn phrase by phrase (the report's sections,
shortcomings, directions). Inspection bodies have a median of 2,900 characters (the five seed articles
in ../shared/seeds: 2,000 to 4,900, median 2,800); ordinary news about 1,000.
"""

from __future__ import annotations

import random
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from cchc.record import Article, DateSpan, Evidence, Leader, LegalRef, Metric, Unit
from cchc.vntext import fold
from sample_portals.build import Site, _blocks, _environment
from sample_portals.layouts import LAYOUTS
from sample_portals.placeholders import fill
from sample_portals.source import SourceArticle

PORTALS = tuple(LAYOUTS)
# Raised whenever a seed yields other articles than before: stores built from the corpus are named with it.
CORPUS_VERSION = 2  # 2: bodies as long as real ones, facts with evidence
RELATED_WINDOW = 6  # articles of the same portal kept for the "Tin liên quan" lists of each page
RENDER_DAY = date(2024, 6, 1)  # the header clock's "today", fixed so pages are deterministic

# Real units (pre-2025): province -> district -> communes.
PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    "Long An": {
        "huyện Cần Đước": ("xã Tân Lân", "xã Phước Đông", "xã Long Hựu Đông", "xã Tân Chánh"),
        "huyện Cần Giuộc": ("xã Phước Lại", "xã Long Thượng", "xã Tân Kim"),
        "huyện Đức Hòa": ("xã Hựu Thạnh", "xã Mỹ Hạnh Nam", "xã Đức Lập Hạ"),
        "huyện Tân Thạnh": ("xã Hậu Thạnh Đông", "xã Nhơn Hòa Lập"),
    },
    "Hải Dương": {
        "huyện Thanh Miện": ("xã Cao Thắng", "xã Đoàn Tùng", "xã Lam Sơn", "xã Ngũ Hùng"),
        "huyện Ninh Giang": ("xã Hồng Phong", "xã Kiến Quốc"),
        "huyện Gia Lộc": ("xã Gia Tân", "xã Yết Kiêu"),
    },
    "Tiền Giang": {
        "huyện Châu Thành": ("xã Tân Lý Tây", "xã Tân Lý Đông", "xã Long Định", "xã Thân Cửu Nghĩa"),
        "huyện Cái Bè": ("xã Hậu Mỹ Bắc A", "xã An Hữu"),
        "huyện Chợ Gạo": ("xã Bình Phục Nhứt", "xã Hòa Tịnh"),
    },
    "Lâm Đồng": {
        "huyện Đức Trọng": ("xã Hiệp Thạnh", "xã Ninh Gia", "xã Tà Năng"),
        "huyện Di Linh": ("xã Gia Hiệp", "xã Tân Châu"),
    },
    "Quảng Nam": {
        "huyện Thăng Bình": ("xã Bình Dương", "xã Bình Minh"),
        "huyện Duy Xuyên": ("xã Duy Sơn", "xã Duy Trung"),
    },
}
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương")
MIDDLE_NAMES = ("Văn", "Thị", "Minh", "Thanh", "Hữu", "Quốc", "Ngọc", "Đức", "Thị Thu", "Công")
GIVEN_NAMES = ("Hùng", "Tâm", "Lan", "Trí", "Phương", "Dũng", "Hạnh", "Sơn", "Thảo", "Khoa", "Nga", "Tuấn")
LEADER_TITLES = {
    "province": ("Giám đốc Sở Nội vụ", "Phó Giám đốc Sở Nội vụ", "Phó Chủ tịch UBND tỉnh"),
    "district": (
        "Phó Chủ tịch UBND huyện",
        "Trưởng phòng Nội vụ huyện",
        "Chánh Văn phòng HĐND và UBND huyện",
    ),
}
NEWS_TOPICS = (
    ("Hội nghị sơ kết công tác phòng chống thiên tai", "công tác phòng chống thiên tai và tìm kiếm cứu nạn"),
    ("Ra quân làm sạch đường làng ngõ xóm", "phong trào vệ sinh môi trường khu dân cư"),
    ("Khai giảng lớp bồi dưỡng nghiệp vụ công tác dân số", "công tác dân số và phát triển"),
    ("Tổ chức ngày hội đại đoàn kết toàn dân tộc", "phong trào toàn dân đoàn kết xây dựng đời sống văn hóa"),
)

# Fact-free filler (no names, numbers or dates) of the kind that fills real reports, drawn slot by slot:
# whole stock paragraphs would make every article share most of its 5-word shingles, so the
# near-duplicate clustering would see one story everywhere. Slots of 1-5 words make most shingles span
# two or three slots, and two articles share few of them.
INSPECTION_SLOTS = (
    (
        "Bên cạnh đó,",
        "Ngoài ra,",
        "Tuy nhiên,",
        "Đồng thời,",
        "Qua kiểm tra,",
        "Theo đánh giá của đoàn,",
        "Mặt khác,",
        "",
    ),
    (
        "đơn vị",
        "bộ phận một cửa",
        "công chức chuyên môn",
        "lãnh đạo địa phương",
        "các bộ phận chuyên môn",
        "cán bộ phụ trách",
        "văn phòng",
        "tổ công tác",
        "người đứng đầu",
        "công chức văn phòng - thống kê",
    ),
    (
        "đã chủ động",
        "tiếp tục",
        "thường xuyên",
        "bước đầu",
        "cơ bản đã",
        "chưa thật sự",
        "đã tập trung",
        "còn lúng túng khi",
        "nghiêm túc",
        "kịp thời",
        "chưa quan tâm",
    ),
    (
        "rà soát quy trình nội bộ",
        "cập nhật trạng thái hồ sơ",
        "niêm yết công khai thủ tục hành chính",
        "hướng dẫn người dân nộp hồ sơ trực tuyến",
        "số hóa kết quả giải quyết",
        "kiện toàn bộ máy",
        "triển khai chữ ký số",
        "tuyên truyền cải cách hành chính",
        "tiếp nhận phản ánh, kiến nghị",
        "quản lý văn bản điện tử",
        "đánh giá mức độ hài lòng",
        "bố trí trang thiết bị",
        "thanh toán phí, lệ phí trực tuyến",
        "lưu trữ hồ sơ",
    ),
    (
        "theo đúng quy định",
        "trên môi trường mạng",
        "tại bộ phận tiếp nhận",
        "ở các ấp, khu phố",
        "trong kỳ báo cáo",
        "để phục vụ người dân tốt hơn",
        "nhưng hiệu quả chưa cao",
        "song còn một số hạn chế",
        "đáp ứng yêu cầu đề ra",
        "theo chỉ đạo của cấp trên",
        "và cần khắc phục sớm",
    ),
)
NEWS_SLOTS = (
    ("Dịp này,", "Trước đó,", "Theo ban tổ chức,", "Cũng tại buổi lễ,", "Thời gian tới,", ""),
    ("địa phương", "các đoàn thể", "người dân", "ban tổ chức", "các trường học", "lực lượng đoàn viên"),
    ("đã tích cực", "tiếp tục", "sẽ", "hăng hái", "đồng loạt", "chủ động"),
    (
        "tuyên truyền sâu rộng",
        "ra quân dọn vệ sinh",
        "trồng cây xanh",
        "thăm hỏi gia đình chính sách",
        "tổ chức giao lưu văn nghệ",
        "vận động quyên góp",
        "sửa chữa đường giao thông",
        "khen thưởng các tập thể",
    ),
    (
        "bằng nhiều hình thức",
        "trên địa bàn",
        "với tinh thần trách nhiệm",
        "một cách thiết thực",
        "trong không khí phấn khởi",
        "theo kế hoạch đề ra",
    ),
)


def _filler(rng: random.Random, slots: tuple[tuple[str, ...], ...], sentences: int) -> str:
    """A paragraph of `sentences` sentences, each one choice per slot."""
    drawn = (" ".join(part for part in map(rng.choice, slots) if part) for _ in range(sentences))
    return " ".join(sentence[0].upper() + sentence[1:] + "." for sentence in drawn)


@dataclass(frozen=True)
class SyntheticArticle:
    """One generated article: where it lives, its page HTML (empty when not rendered) and its facts."""

    portal: str
    url: str
    html: str
    record: Article
    source: SourceArticle


def vn_number(value: float, decimals: int = 0) -> str:
    """12406 → "12.406", 98.6 → "98,6": the Vietnamese way of writing numbers."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _day(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _cited(body: str, text: str) -> Evidence:
    """Evidence of `text` in `body` (paragraphs joined by blank lines): its paragraph is its sentence."""
    start = body.index(text)
    first = body.rfind("\n\n", 0, start) + 2 if "\n\n" in body[:start] else 0
    last = body.find("\n\n", start)
    return Evidence(
        sentence=body[first : last if last >= 0 else len(body)], start=start, end=start + len(text)
    )


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(title).lower()).strip("-")[:90]


class _Writer:
    """Draws one article's facts and sentences from `rng`; the sentences are this module's own."""

    def __init__(self, rng: random.Random, number: int) -> None:
        self.rng = rng
        self.number = number
        self.published = datetime(2019, 1, 1, 7, 30) + timedelta(
            days=rng.randrange(6 * 365), minutes=rng.randrange(600)
        )

    def person(self, level: str) -> Leader:
        r = self.rng
        name = f"{r.choice(SURNAMES)} {r.choice(MIDDLE_NAMES)} {r.choice(GIVEN_NAMES)}"
        return Leader(name=name, title=r.choice(LEADER_TITLES[level]))

    def legal_ref(self, issuer_place: str) -> LegalRef:
        r = self.rng
        issued = self.published.date() - timedelta(days=r.randrange(20, 200))
        kind, symbol = r.choice((("Kế hoạch", "KH-UBND"), ("Quyết định", "QĐ-UBND"), ("Kế hoạch", "KH-SNV")))
        number = str(r.randrange(12, 3400))
        text = f"{kind} số {number}/{symbol} ngày {issued.day}/{issued.month}/{issued.year}"
        issuer = f"UBND {issuer_place}" if symbol.endswith("UBND") else "Sở Nội vụ"
        return LegalRef(
            text=text, type=kind, number=number, symbol=symbol, date=issued.isoformat(), issuer=issuer
        )

    def inspection(self) -> tuple[Article, list[str], str]:
        """An inspection article: (facts, paragraphs, title)."""
        r = self.rng
        province = r.choice(list(PLACES))
        district = r.choice(list(PLACES[province]))
        level = r.choice(("province", "district"))
        kind = r.choice(("visit", "visit", "plan", "results"))
        leader = self.person(level)
        ref = self.legal_ref(f"tỉnh {province}" if level == "province" else district)
        units = (
            r.sample(PLACES[province][district], k=min(2, len(PLACES[province][district])))
            if level == "district"
            else r.sample(list(PLACES[province]), k=2)
        )
        first = self.published.date() - timedelta(days=r.randrange(1, 10))
        last = first + timedelta(days=r.randrange(0, 3))
        received = r.randrange(300, 25000)
        on_time = round(r.uniform(85, 100), 1)
        body_text = "cấp tỉnh" if level == "province" else f"UBND {district}"
        who = f"{leader.title} {leader.name}"
        joined = " và ".join(units)
        days = _day(first) if first == last else f"từ ngày {_day(first)} đến ngày {_day(last)}"
        paragraphs = [
            f"Thực hiện {ref.text} về kiểm tra công tác cải cách hành chính năm {first.year}, "
            f"ngày {_day(first)}, Đoàn kiểm tra CCHC {body_text} do ông {who} làm Trưởng đoàn "
            f"đã làm việc tại {joined}.",
            f"Theo báo cáo, trong kỳ các đơn vị đã tiếp nhận {vn_number(received)} hồ sơ thủ tục hành chính, "
            f"tỷ lệ giải quyết đúng hạn đạt {vn_number(on_time, 1)}%.",
            f"Đoàn đã kiểm tra trực tiếp Bộ phận tiếp nhận và trả kết quả, việc niêm yết công khai thủ tục "
            f"hành chính và hồ sơ lưu trữ; thời gian kiểm tra {days}.",
            f"Kết luận buổi làm việc, ông {leader.name} đề nghị các đơn vị tiếp tục đẩy mạnh dịch vụ công "
            f"trực tuyến và khắc phục ngay những tồn tại đã chỉ ra.",
        ]
        if kind == "plan":
            paragraphs[0] = (
                f"UBND {district} vừa ban hành {ref.text} về kiểm tra công tác cải cách hành chính "
                f"năm {first.year} đối với {joined}, giao {who} làm Trưởng đoàn."
            )
        padding = [_filler(r, INSPECTION_SLOTS, r.randint(2, 3)) for _ in range(r.randint(8, 12))]
        paragraphs[2:2] = padding[:-2]  # the report's sections after the figures
        paragraphs[-1:-1] = padding[-2:]  # shortcomings and directions before the conclusion
        body = "\n\n".join(paragraphs)  # as `generate` joins them
        title = {
            "visit": f"Kiểm tra công tác cải cách hành chính tại {units[0]}",
            "plan": f"Kế hoạch kiểm tra cải cách hành chính năm {first.year} tại {district}",
            "results": f"Kết quả kiểm tra cải cách hành chính năm {first.year} của {district}",
        }[kind]
        record = Article(
            source="bench",
            title=title,
            is_inspection_article=True,
            kind=kind,
            province=province,
            inspecting_level=level,
            inspecting_body=f"Đoàn kiểm tra CCHC {body_text}",
            inspection_periods=[
                DateSpan(first=first.isoformat(), last=last.isoformat(), evidence=_cited(body, days))
            ],
            inspection_dates=sorted({first.isoformat(), last.isoformat()}),
            team_leaders=[leader.model_copy(update={"evidence": _cited(body, leader.name)})],
            inspected_units=[
                Unit(
                    name=u,
                    type=u.split()[0],
                    district=district.split(" ", 1)[1],
                    province=province,
                    evidence=_cited(body, u),
                )
                for u in units
            ],
            legal_refs=[ref.model_copy(update={"evidence": _cited(body, ref.text)})],
            metrics=[
                Metric(
                    label="hồ sơ thủ tục hành chính tiếp nhận",
                    value=received,
                    unit="hồ sơ",
                    evidence=_cited(body, f"{vn_number(received)} hồ sơ"),
                ),
                Metric(
                    label="tỷ lệ giải quyết đúng hạn",
                    value=on_time,
                    unit="%",
                    qualifier="đạt",
                    evidence=_cited(body, f"{vn_number(on_time, 1)}%"),
                ),
            ],
        )
        return record, paragraphs, title

    def news(self) -> tuple[Article, list[str], str]:
        """An ordinary news item: not an inspection, but with numbers and dates that look like facts."""
        r = self.rng
        province = r.choice(list(PLACES))
        district = r.choice(list(PLACES[province]))
        headline, topic = r.choice(NEWS_TOPICS)
        title = f"{district.split(' ', 1)[1]}: {headline}"
        paragraphs = [
            f"Sáng ngày {_day(self.published.date())}, {district} tổ chức sự kiện về {topic} "
            f"với sự tham gia của {vn_number(r.randrange(80, 4000))} đại biểu và người dân.",
            f"Năm qua, địa phương đã huy động {vn_number(r.uniform(1, 900), 2)} tỷ đồng cho {topic}.",
            f"Trang thông tin đã có {vn_number(r.randrange(1000, 9_000_000))} lượt truy cập kể từ khi vận hành.",
        ]
        paragraphs[2:2] = [_filler(r, NEWS_SLOTS, r.randint(2, 3)) for _ in range(r.randint(3, 5))]
        return Article(source="bench", title=title, province=province), paragraphs, title

    def draw(self) -> tuple[Article, list[str], str]:
        return self.inspection() if self.rng.random() < 0.7 else self.news()


def _article_rng(seed: int, number: int) -> random.Random:
    return random.Random(seed * 1_000_003 + number)


class _Renderer:
    """Renders pages with a portal's article template; keeps a few recent articles as related links."""

    def __init__(self, portal: str) -> None:
        self.layout = LAYOUTS[portal]
        self.template = _environment(portal).get_template("article.html")
        self.recent: deque[SourceArticle] = deque(maxlen=RELATED_WINDOW)

    def render(self, article: SourceArticle, base_url: str) -> str:
        self.recent.appendleft(article)
        site = Site(self.layout, sorted(self.recent, key=lambda a: (a.published, a.id), reverse=True))
        body = self.template.render(
            {"site": site, "layout": self.layout},
            page_kind="article",
            article=article,
            entry=site.entry(article),
            blocks=_blocks(site, article),
            newer=site.newer(article),
            older=site.older(article),
        )
        return fill(body.encode("utf-8"), base_url, RENDER_DAY).decode("utf-8")


def generate(
    count: int,
    seed: int = 0,
    *,
    html: bool = True,
    base_url: str = "http://127.0.0.1:8000",
    portals: tuple[str, ...] = PORTALS,
) -> Iterator[SyntheticArticle]:
    """Yield `count` articles, cycling through `portals`' layouts; `html=False` skips rendering (faster).

    `base_url` may be the server placeholder (`sample_portals.placeholders.BASE_URL`) for pages that
    `sample_portals.server` will serve and fill in.
    """
    renderers = {portal: _Renderer(portal) for portal in portals} if html else {}
    for number in range(count):
        writer = _Writer(_article_rng(seed, number), number)
        record, paragraphs, title = writer.draw()
        portal = portals[number % len(portals)]
        source = SourceArticle(
            portal=portal,
            id=100_000 + number,
            slug=_slug(title) or f"bai-{number}",
            category="cai-cach-hanh-chinh" if record.is_inspection_article else "tin-tuc",
            title=title,
            published=writer.published,
            paragraphs=tuple(paragraphs),
            author=f"{writer.rng.choice(GIVEN_NAMES)} {writer.rng.choice(GIVEN_NAMES)}",
        )
        url = base_url + LAYOUTS[portal].article_url(source)
        page = renderers[portal].render(source, base_url) if html else ""
        record = record.model_copy(
            update={
                "url": url,
                "canonical_url": url,
                "source": url,
                "portal": portal,
                "published_date": writer.published.date().isoformat(),
                "body": "\n\n".join(paragraphs),
                "extractor_version": "bench",
            }
        )
        yield SyntheticArticle(portal=portal, url=url, html=page, record=record, source=source)
