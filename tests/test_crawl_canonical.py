"""Canonical URLs: one key per page, whatever the link looked like."""

import pytest

from crawler.canonical import canonical_url, fetchable_url, same_site, unescape_href


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        # entity-escaped Liferay hrefs, fragment, portlet state, host case
        (
            "https&#x3a;&#x2f;&#x2f;SoNoiVu.LongAn.gov.vn&#x2f;web&#x2f;snv&#x2f;-&#x2f;view_content&#x2f;31077-kiem-tra"
            "?p_p_id=101&amp;p_p_lifecycle=0&amp;redirect=%2Fweb%2Fsnv#binh-luan",
            "https://sonoivu.longan.gov.vn/web/snv/-/view_content/31077-kiem-tra",
        ),
        # listing page numbers are content, Liferay state is not
        (
            "http://a.vn/web/snv/tin-tuc?p_p_id=101_INSTANCE_x&p_p_lifecycle=0&_101_INSTANCE_x_cur=2",
            "http://a.vn/web/snv/tin-tuc?_101_INSTANCE_x_cur=2",
        ),
        # tracking parameters dropped, query sorted, content id kept, default port dropped
        (
            "http://xa.vn:80/index.php?id=207&com=tin-tuc&act=detail&utm_source=zalo&fbclid=abc&zarsrc=31",
            "http://xa.vn/index.php?act=detail&com=tin-tuc&id=207",
        ),
        # session ids in the path and in the query (Java and ASP.NET cookieless sessions)
        ("http://h.vn/Pages/tin.aspx;jsessionid=0A1B2C?ItemID=12", "http://h.vn/Pages/tin.aspx?ItemID=12"),
        (
            "http://h.vn/(S(lit3py55t21z5v55vlm25s55))/Pages/tin.aspx?ItemID=12",
            "http://h.vn/Pages/tin.aspx?ItemID=12",
        ),
        (
            "http://h.vn/tin.aspx?ItemID=12&ASP.NET_SessionId=xyz&PHPSESSID=1",
            "http://h.vn/tin.aspx?ItemID=12",
        ),
        # non-default port kept; Vietnamese path percent-encoded once
        (
            "http://127.0.0.1:8001/tin/kiểm-tra-1042.html",
            "http://127.0.0.1:8001/tin/ki%E1%BB%83m-tra-1042.html",
        ),
        # a named entity lookalike is a real parameter, not an escape
        ("http://h.vn/a?x=1&copy=2", "http://h.vn/a?copy=2&x=1"),
    ],
)
def test_canonical_url(href: str, expected: str) -> None:
    assert canonical_url(href) == expected


def test_variants_of_one_article_share_a_key() -> None:
    variants = [
        "http://xa.vn/index.php?com=tin-tuc&act=detail&id=5",
        "http://XA.vn/index.php?act=detail&id=5&com=tin-tuc#top",
        "http://xa.vn/index.php?com=tin-tuc&act=detail&id=5&utm_medium=social",
    ]
    assert len({canonical_url(url) for url in variants}) == 1
    assert canonical_url("http://xa.vn/index.php?com=tin-tuc&act=detail&id=6") != canonical_url(variants[0])


def test_fetchable_url_keeps_state_parameters() -> None:
    url = "http://a.vn/web/snv/tin-tuc?p_p_id=101_INSTANCE_x&amp;_101_INSTANCE_x_cur=2#page"
    assert fetchable_url(url) == "http://a.vn/web/snv/tin-tuc?p_p_id=101_INSTANCE_x&_101_INSTANCE_x_cur=2"


def test_unescape_href_double_escaped() -> None:
    assert unescape_href("http&amp;#x3a;//a.vn/x?a=1&amp;amp;b=2") == "http://a.vn/x?a=1&b=2"


def test_same_site_compares_host_and_port() -> None:
    assert same_site("http://127.0.0.1:8001/a", "http://127.0.0.1:8001/b?c=1")
    assert not same_site("http://127.0.0.1:8001/a", "http://127.0.0.1:8002/a")
    assert same_site("http://a.vn/x", "http://A.VN:80/y")
    assert not same_site("http://a.vn/x", "http://b.a.vn/x")
