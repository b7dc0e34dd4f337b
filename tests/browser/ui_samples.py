"""Realistic inspection articles of one province (Long An) for the UI tests: districts and communes
inspected over two years, with leaders, canonical metric keys and evidence at exact body offsets.

Shared by the browser tests and the comparison / entity / feed / fact-table tests (`tests.browser.ui_samples`).
"""

from __future__ import annotations

from datetime import datetime

from cchc.record import Article, DateSpan, Evidence, FetchedPage, Leader, Metric, Unit

PROVINCE = "Long An"


def _evidence(body: str, text: str) -> Evidence:
    start = body.index(text)
    return Evidence(sentence=body, start=start, end=start + len(text))


def inspection(
    slug: str,
    day: str,
    leader: tuple[str, str],
    unit: tuple[str, str, str | None, str | None],
    metrics: list[tuple[str, str, str, float, str, float | None]],
) -> Article:
    """One visit article: `unit` is (name, type, district, name after 2025); each metric is
    (written text, label, key, value, unit, total) and its written text is placed in the body."""
    name, type_, district, new_name = unit
    leader_name, leader_title = leader
    year, month, dom = day.split("-")
    figures = "; ".join(written for written, *_ in metrics)
    body = (
        f"Ngày {int(dom)}/{int(month)}/{year}, Đoàn kiểm tra công tác cải cách hành chính tỉnh Long An "
        f"do ông {leader_name}, {leader_title}, làm Trưởng đoàn đã làm việc tại {name}.\n"
        + (f"Theo báo cáo của đơn vị: {figures}.\n" if metrics else "")
        + "Đoàn ghi nhận đơn vị niêm yết công khai thủ tục hành chính đầy đủ tại bộ phận một cửa."
    )
    date_written = f"Ngày {int(dom)}/{int(month)}/{year}"
    url = f"https://sonoivu.longan.gov.vn/tin-tuc/{slug}"
    return Article(
        source=url,
        url=url,
        canonical_url=url,
        portal="sonoivu.longan.gov.vn",
        title=f"Kiểm tra cải cách hành chính tại {name}",
        published_date=day,
        body=body,
        is_inspection_article=True,
        kind="visit",
        province=PROVINCE,
        inspecting_level="province",
        inspecting_body="Sở Nội vụ tỉnh Long An",
        inspection_periods=[DateSpan(first=day, last=day, evidence=_evidence(body, date_written))],
        inspection_dates=[day],
        team_leaders=[Leader(name=leader_name, title=leader_title, evidence=_evidence(body, leader_name))],
        inspected_units=[
            Unit(
                name=name,
                type=type_,
                district=district,
                province=PROVINCE,
                new_name=new_name,
                new_province=PROVINCE if new_name else None,
                evidence=_evidence(body, name),
            )
        ],
        metrics=[
            Metric(label=label, key=key, value=value, unit=unit, total=total, evidence=_evidence(body, text))
            for text, label, key, value, unit, total in metrics
        ],
        fetch=FetchedPage(
            url=url, final_url=url, fetched_at=datetime(2025, 3, 1, 9, 0), status=200, html="<html></html>"
        ),
    )


UT = ("Nguyễn Văn Út", "Phó Giám đốc Sở Nội vụ")
HOA = ("Trần Thị Hoa", "Giám đốc Sở Nội vụ")

ARTICLES = [
    inspection(
        "kiem-tra-cchc-can-giuoc-2023",
        "2023-05-09",
        UT,
        ("huyện Cần Giuộc", "huyện", None, None),
        [
            ("95,5% hồ sơ giải quyết đúng hạn", "hồ sơ giải quyết đúng hạn", "rate_on_time", 95.5, "%", None),
            ("tiếp nhận 33.653 hồ sơ", "hồ sơ tiếp nhận", "records_received", 33653, "hồ sơ", None),
        ],
    ),
    inspection(
        "kiem-tra-cchc-duc-hoa-2023",
        "2023-06-14",
        UT,
        ("huyện Đức Hòa", "huyện", None, None),
        [
            ("91,2% hồ sơ giải quyết đúng hạn", "hồ sơ giải quyết đúng hạn", "rate_on_time", 91.2, "%", None),
            ("hoàn thành 18/20 nhiệm vụ", "nhiệm vụ hoàn thành", "tasks_done", 18, "nhiệm vụ", 20),
        ],
    ),
    inspection(
        "kiem-tra-cchc-xa-tan-tap-2023",
        "2023-06-20",
        HOA,
        ("xã Tân Tập", "xã", "huyện Cần Giuộc", "xã Tân Tập"),
        [
            ("98,1% hồ sơ giải quyết đúng hạn", "hồ sơ giải quyết đúng hạn", "rate_on_time", 98.1, "%", None),
            ("62% hồ sơ được số hóa", "hồ sơ được số hóa", "rate_digitised", 62, "%", None),
        ],
    ),
    inspection(
        "kiem-tra-cchc-xa-long-hau-2024",
        "2024-04-02",
        HOA,
        ("xã Long Hậu", "xã", "huyện Cần Giuộc", "xã Cần Giuộc"),
        [
            ("99% hồ sơ giải quyết đúng hạn", "hồ sơ giải quyết đúng hạn", "rate_on_time", 99, "%", None),
            ("40,5% hồ sơ thanh toán trực tuyến", "thanh toán trực tuyến", "online_payment", 40.5, "%", None),
        ],
    ),
    inspection(
        "kiem-tra-cchc-can-giuoc-2024",
        "2024-05-21",
        HOA,
        ("huyện Cần Giuộc", "huyện", None, None),
        [
            ("97,3% hồ sơ giải quyết đúng hạn", "hồ sơ giải quyết đúng hạn", "rate_on_time", 97.3, "%", None),
            ("12,4% hồ sơ giải quyết trước hạn", "hồ sơ giải quyết trước hạn", "rate_early", 12.4, "%", None),
        ],
    ),
    inspection(
        "kiem-tra-cchc-xa-tan-tap-2024",
        "2024-05-28",
        UT,
        ("xã Tân Tập", "xã", "huyện Cần Giuộc", "xã Tân Tập"),
        [("giải quyết 1.204 hồ sơ", "hồ sơ giải quyết", "records_resolved", 1204, "hồ sơ", None)],
    ),
]
