"""Page-type signals: only articles go to the extractor; listings, home, about and tag pages do not."""

import pytest

from crawler.pagetype import classify, page_signals, url_shape

HEADER = (
    "<header><div class='clock'>Thứ hai, ngày 03 tháng 03 năm 2025</div><nav><a href='/'>Trang chủ</a> "
    "<a href='/gioi-thieu'>Giới thiệu</a> <a href='/tin-tuc'>Tin tức</a></nav></header>"
)
PARAGRAPH = (
    "Đoàn kiểm tra công tác cải cách hành chính của huyện đã làm việc với Ủy ban nhân dân xã "
    "về việc thực hiện cơ chế một cửa, việc số hóa hồ sơ và kết quả giải quyết thủ tục hành chính. "
)


def dated_list(slug: str, month: int, count: int) -> str:
    """A <ul> of links each followed by a date, as in "Tin khác" boxes and tag pages."""
    rows = (
        f"<li><a href='/tin-tuc/{slug}-{n}-{500 + n}.html'>Tin {n}</a> ({n + 1:02d}/{month:02d}/2024)</li>"
        for n in range(count)
    )
    return f"<ul>{''.join(rows)}</ul>"


SIDEBAR = f"<aside><h3>Tin đọc nhiều</h3>{dated_list('doc-nhieu', 2, 5)}<p>Đang truy cập: 27</p></aside>"


def page(main: str) -> str:
    return f"<html><head><title>Cổng</title></head><body>{HEADER}<main>{main}</main>{SIDEBAR}</body></html>"


ARTICLE = page(
    "<div class='article'><h1>Kiểm tra cải cách hành chính tại xã Tân Lân</h1>"
    "<div class='date'>Ngày đăng 14/04/2022 09:30</div>"
    f"<div class='body'><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"
    f"<div class='other'><b>Các tin khác</b>{dated_list('khac', 1, 6)}</div></div>"
)
XHTML_ARTICLE = '<?xml version="1.0" encoding="utf-8"?>' + ARTICLE.replace(
    "<html>", '<html xmlns="http://www.w3.org/1999/xhtml">'
)
ARTICLE_BR_BODY = page(
    "<table><tr><td><p class='Title'>KIỂM TRA CẢI CÁCH HÀNH CHÍNH TẠI XÃ</p>"
    "<span>Cập nhật08-02-2021 02:28</span>"
    f"<div class='ExternalClass1A2B'>{PARAGRAPH}<br>{PARAGRAPH}<br>{PARAGRAPH}</div></td></tr></table>"
)
LISTING = page(
    "<h1>Cải cách hành chính</h1><div class='list'>"
    + "".join(
        f"<div class='item'><h3><a href='/tin-tuc/bai-{n}-{1000 + n}.html'>Kiểm tra đợt {n}</a></h3>"
        f"<span>{n:02d}/03/2024 10:15</span><p>{PARAGRAPH[:150]}...</p></div>"
        for n in range(1, 11)
    )
    + "</div><ul class='pager'><li><a href='/tin-tuc?page=2'>2</a></li>"
    "<li><a href='/tin-tuc?page=3'>3</a></li><li><a href='/tin-tuc?page=2'>Trang sau</a></li></ul>"
)
ABOUT = page(
    "<h1>Giới thiệu chung</h1><div class='content'>"
    "<p>Xã nằm ở phía đông của huyện, có diện tích tự nhiên 1.250 ha và dân số khoảng 9.800 người. "
    "Nhân dân chủ yếu sống bằng nghề trồng lúa, cây ăn trái và nuôi thủy sản.</p>"
    "<p>Bộ máy chính quyền gồm Hội đồng nhân dân, Ủy ban nhân dân và các ban, ngành, đoàn thể. "
    "Bộ phận tiếp nhận và trả kết quả làm việc các ngày trong tuần, trừ thứ bảy và chủ nhật.</p>"
    "<p>Địa chỉ liên hệ: ấp Tân Phong, điện thoại trụ sở và thư điện tử được niêm yết tại bảng tin.</p></div>"
)
TAG = page(f"<h1>Thẻ: một cửa</h1>{dated_list('mot-cua', 5, 8)}")
TAG_WITH_INTRO = page(
    f"<h1>Thẻ: một cửa</h1><div class='intro'><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"
    + dated_list("mot-cua", 5, 8)
)
HOME = page(
    "<div class='featured'>"
    + "".join(
        f"<div><a href='/tin-tuc/noi-bat-{n}-{600 + n}.html'>Tin nổi bật {n}</a> <i>{n:02d}/06/2024</i>"
        f"<p>{PARAGRAPH[:120]}</p></div>"
        for n in range(1, 7)
    )
    + "</div>"
)


@pytest.mark.parametrize(
    ("url", "html", "expected"),
    [
        ("http://xa.vn/tin-tuc/kiem-tra-cchc-1042.html", ARTICLE, "article"),
        # an XHTML page opening on an XML declaration is still read as HTML
        (
            "http://xa.vn/tin-tuc/kiem-tra-cchc-1043.html",
            XHTML_ARTICLE,
            "article",
        ),
        ("http://xa.vn/bai-viet?ma=kiem-tra", ARTICLE, "article"),  # a URL with no shape: structure decides
        ("http://xa.vn/Pages/kiem-tra.aspx", ARTICLE_BR_BODY, "article"),
        ("http://xa.vn/tin-tuc", LISTING, "listing"),
        ("http://xa.vn/tin-tuc?page=2", LISTING, "listing"),
        ("http://xa.vn/gioi-thieu", ABOUT, "other"),
        ("http://xa.vn/tag/mot-cua", TAG, "listing"),
        ("http://xa.vn/tag/mot-cua", TAG_WITH_INTRO, "listing"),  # long text, yet its dated links decide
        ("http://xa.vn/", HOME, "listing"),
    ],
)
def test_classify(url: str, html: str, expected: str) -> None:
    assert classify(url, html) == expected


def test_article_pattern_decides_alone() -> None:
    pattern = r"[?&]act=detail"
    assert classify("http://xa.vn/index.php?com=tin&act=detail&id=5", ABOUT, pattern) == "article"
    assert classify("http://xa.vn/index.php?com=tin", ARTICLE, pattern) != "article"


def test_signals_explain_the_decision() -> None:
    article = page_signals("http://xa.vn/tin-tuc/kiem-tra-cchc-1042.html", ARTICLE)
    assert article.text_chars > 500 and article.link_density < 0.1
    assert article.headlines == 1 and article.dated and not article.pagination
    listing = page_signals("http://xa.vn/tin-tuc", LISTING)
    assert listing.pagination and listing.dated_links >= 10
    # the header clock is not a publication date
    assert not page_signals("http://xa.vn/gioi-thieu", ABOUT).dated


@pytest.mark.parametrize(
    ("url", "shape"),
    [
        ("http://h.vn/", "listing"),
        ("http://h.vn/vi/news/cchc/page-2", "listing"),
        ("http://h.vn/web/snv/tin?_101_INSTANCE_x_cur=3", "listing"),
        ("http://h.vn/tags/mot-cua", "listing"),
        ("http://h.vn/vi/news/cchc/kiem-tra-1101.html", "article"),
        ("http://h.vn/web/snv/tin-tuc/-/view_content/31077-kiem-tra", "article"),
        ("http://h.vn/portal/pages/2023-01-30/kiem-tra-468686.aspx", "article"),
        ("http://h.vn/index.php?com=tin-tuc&act=detail&id=207", "article"),
        ("http://h.vn/tin-tuc-su-kien/kiem-tra-cchc-889529", "article"),
        ("http://h.vn/gioi-thieu", "neutral"),
    ],
)
def test_url_shape(url: str, shape: str) -> None:
    assert url_shape(url) == shape
