"""Rendering helpers of the web app: Vietnamese numbers and dates, safe highlights, fact marks in text."""

from __future__ import annotations

from datetime import date, datetime

from cchc.record import Article, Evidence, Leader, Metric, Unit
from search_app.facts import article_facts, body_paragraphs, metric_value
from search_app.formatting import marked, vn_date, vn_number
from store.base import HIGHLIGHT_END as E
from store.base import HIGHLIGHT_START as S


def test_vietnamese_numbers_and_dates() -> None:
    assert vn_number(33653) == "33.653"
    assert vn_number(1234567.5) == "1.234.567,5"
    assert vn_number(51.25) == "51,25"
    assert vn_number(12.0) == "12"
    assert vn_date("2023-05-09") == "09/05/2023"
    assert vn_date("2023-05") == "05/2023"
    assert vn_date("tháng 5") == "tháng 5"
    assert vn_date(date(2024, 1, 2)) == "02/01/2024"
    assert vn_date(datetime(2024, 6, 2, 8, 30)) == "02/06/2024 08:30"
    assert metric_value(21, 29, "xã", "hơn") == "hơn 21/29 xã"
    assert metric_value(95.5, None, "%", None) == "95,5%"


def test_marked_escapes_text_before_adding_marks() -> None:
    text = f"<b>Đoàn</b> {S}kiểm tra{E} & {S}<i>{E}"
    assert str(marked(text)) == "&lt;b&gt;Đoàn&lt;/b&gt; <mark>kiểm tra</mark> &amp; <mark>&lt;i&gt;</mark>"


def test_marked_repairs_stray_and_unclosed_markers() -> None:
    assert str(marked(f"a{E}b{S}{S}c")) == "ab<mark>c</mark>"
    assert str(marked(f"{E}x{S}y")) == "x<mark>y</mark>"  # as many of each, out of order
    assert str(marked(None)) == ""


def _article(body: str, **facts: object) -> Article:
    return Article(source="t", body=body, **facts)


def _ev(body: str, text: str) -> Evidence:
    start = body.index(text)
    return Evidence(sentence=body, start=start, end=start + len(text))


def test_fact_marks_sit_on_their_evidence_and_escape_the_rest() -> None:
    body = "Ông Lê Văn A <em>Trưởng đoàn</em> kiểm tra xã B.\nĐạt 90% hồ sơ."
    article = _article(
        body,
        team_leaders=[Leader(name="Lê Văn A", evidence=_ev(body, "Lê Văn A"))],
        metrics=[Metric(label="tỷ lệ", value=90, unit="%", evidence=_ev(body, "90%"))],
    )
    paragraphs, anchors = body_paragraphs(body, article_facts(article))
    assert [str(p) for p in paragraphs] == [
        'Ông <mark class="fact fact-leader" id="fact-leader-1" title="Trưởng đoàn: Lê Văn A">Lê Văn A</mark>'
        " &lt;em&gt;Trưởng đoàn&lt;/em&gt; kiểm tra xã B.",
        'Đạt <mark class="fact fact-metric" id="fact-metric-1" title="Số liệu: tỷ lệ: 90%">90%</mark> hồ sơ.',
    ]
    assert anchors == {"fact-leader-1", "fact-metric-1"}


def test_overlapping_outside_and_cross_paragraph_evidence() -> None:
    body = "xã Tân Tập, huyện Cần Giuộc\nnăm 2023"
    article = _article(
        body,
        inspected_units=[
            Unit(name="xã Tân Tập, huyện Cần Giuộc", evidence=_ev(body, "xã Tân Tập, huyện Cần Giuộc")),
            Unit(name="huyện Cần Giuộc", evidence=_ev(body, "huyện Cần Giuộc")),  # inside the first: dropped
            Unit(name="ngoài bài", evidence=Evidence(sentence="", start=500, end=510)),  # outside the body
        ],
        metrics=[Metric(label="năm", value=2023, evidence=_ev(body, "Giuộc\nnăm"))],  # overlaps: dropped
    )
    paragraphs, anchors = body_paragraphs(body, article_facts(article))
    assert anchors == {"fact-unit-1"}
    assert str(paragraphs[1]) == "năm 2023"


def test_a_span_across_paragraphs_is_marked_in_each_with_one_anchor() -> None:
    body = "Kế hoạch số 12/KH\nngày 3/4/2023"
    article = _article(body, metrics=[Metric(label="x", value=12, evidence=_ev(body, "12/KH\nngày"))])
    paragraphs, _ = body_paragraphs(body, article_facts(article))
    assert 'id="fact-metric-1"' in str(paragraphs[0]) and ">12/KH</mark>" in str(paragraphs[0])
    assert str(paragraphs[1]).startswith('<mark class="fact fact-metric" title=') and ">ngày</mark>" in str(
        paragraphs[1]
    )


def test_month_facet_values_read_day_first() -> None:
    from search_app.labels import value_label

    assert value_label("month", "2024-10") == "10/2024"
    assert value_label("kind", "visit") != "visit"
