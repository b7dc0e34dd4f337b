"""Realistic Vietnamese articles with facts and evidence, built directly (no extractor involved)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

from pydantic import BaseModel

from cchc.record import Article, DateSpan, Evidence, FetchedPage, Leader, LegalRef, Metric, Unit


def evidence(body: str, text: str) -> Evidence:
    """Evidence of `text` (its first occurrence in `body`) inside its sentence."""
    start = body.index(text)
    end = start + len(text)
    sentence_start = body.rfind(". ", 0, start) + 2 if body.rfind(". ", 0, start) >= 0 else 0
    sentence_end = body.find(".", end)
    return Evidence(sentence=body[sentence_start : sentence_end + 1], start=start, end=end)


TAN_TAP_BODY = (
    "Ngày 10/5/2024, Đoàn kiểm tra công tác cải cách hành chính của tỉnh Long An do ông Nguyễn Văn An, "
    "Phó Giám đốc Sở Nội vụ, làm Trưởng đoàn đã làm việc với Ủy ban nhân dân xã Tân Tập, huyện Cần Giuộc. "
    "Việc kiểm tra thực hiện theo Kế hoạch số 3776/KH-UBND ngày 16/12/2022 của UBND tỉnh. "
    "Theo báo cáo, xã đã giải quyết đúng hạn 98,5% hồ sơ thủ tục hành chính trong quý I. "
    "Đoàn đề nghị xã tiếp tục niêm yết công khai thủ tục tại bộ phận một cửa."
)

TIEN_YEN_BODY = (
    "Ủy ban nhân dân huyện Tiên Yên ban hành kế hoạch kiểm tra cải cách hành chính năm 2023. "
    "Tổ kiểm tra do bà Trần Thị Bình, Trưởng phòng Nội vụ huyện, làm tổ trưởng sẽ làm việc tại xã Đồng Ngũ "
    "trong tháng 4. Nội dung kiểm tra gồm cải cách thể chế, thủ tục hành chính và chuyển đổi số."
)

DUC_TRONG_BODY = (
    "Sau đợt kiểm tra, huyện Đức Trọng thông báo kết quả tại phòng Tài nguyên và Môi trường. "
    "Đơn vị đã hoàn thành 21/29 nhiệm vụ cải cách hành chính được giao. "
    "Ông Nguyễn Văn An làm Trưởng đoàn đã đề nghị đẩy nhanh tiến độ số hóa hồ sơ."
)

DAN_VAN_BODY = (
    "Sáng 15/1/2024, Ban Dân vận Tỉnh ủy Long An tổ chức hội nghị tổng kết công tác dân vận năm 2023. "
    "Đại biểu Đoàn Thanh niên phát biểu về phong trào tình nguyện tại các khu dân cư."
)

LICH_BODY = "Văn phòng Ủy ban nhân dân huyện thông báo lịch tiếp công dân định kỳ của lãnh đạo huyện."


def tan_tap() -> Article:
    body = TAN_TAP_BODY
    return Article(
        source="https://sonoivu.longan.gov.vn/tin-tuc/kiem-tra-cchc-xa-tan-tap",
        url="https://sonoivu.longan.gov.vn/tin-tuc/kiem-tra-cchc-xa-tan-tap",
        canonical_url="https://sonoivu.longan.gov.vn/tin-tuc/kiem-tra-cchc-xa-tan-tap",
        portal="sonoivu.longan.gov.vn",
        title="Đoàn kiểm tra cải cách hành chính làm việc tại xã Tân Tập",
        published_date="2024-05-13",
        body=body,
        is_inspection_article=True,
        kind="visit",
        province="Long An",
        province_code="80",
        inspecting_level="province",
        inspecting_body="Sở Nội vụ",
        inspection_periods=[
            DateSpan(first="2024-05-10", last="2024-05-10", evidence=evidence(body, "10/5/2024"))
        ],
        inspection_dates=["2024-05-10"],
        team_leaders=[
            Leader(
                name="Nguyễn Văn An", title="Phó Giám đốc Sở Nội vụ", evidence=evidence(body, "Nguyễn Văn An")
            )
        ],
        inspected_units=[
            Unit(
                name="xã Tân Tập",
                type="xã",
                district="huyện Cần Giuộc",
                province="Long An",
                evidence=evidence(body, "xã Tân Tập"),
            )
        ],
        legal_refs=[
            LegalRef(
                text="Kế hoạch số 3776/KH-UBND ngày 16/12/2022",
                type="Kế hoạch",
                number="3776",
                symbol="KH-UBND",
                date="2022-12-16",
                evidence=evidence(body, "Kế hoạch số 3776/KH-UBND ngày 16/12/2022"),
            )
        ],
        metrics=[
            Metric(label="hồ sơ giải quyết đúng hạn", value=98.5, unit="%", evidence=evidence(body, "98,5%"))
        ],
        extractor_version="test-1",
        fetch=FetchedPage(
            url="https://sonoivu.longan.gov.vn/tin-tuc/kiem-tra-cchc-xa-tan-tap",
            final_url="https://sonoivu.longan.gov.vn/tin-tuc/kiem-tra-cchc-xa-tan-tap",
            fetched_at=datetime(2024, 5, 14, 8, 30, tzinfo=UTC),
            status=200,
            html=f"<html><head><title>Kiểm tra CCHC</title></head><body><p>{body}</p></body></html>",
            encoding="utf-8",
            source_id="longan-sonoivu",
        ),
    )


def tien_yen() -> Article:
    body = TIEN_YEN_BODY
    return Article(
        source="https://tienyen.quangninh.gov.vn/ke-hoach-kiem-tra-cchc-2023",
        url="https://tienyen.quangninh.gov.vn/ke-hoach-kiem-tra-cchc-2023",
        portal="tienyen.quangninh.gov.vn",
        title="Kế hoạch kiểm tra cải cách hành chính năm 2023 của huyện Tiên Yên",
        published_date="2023-03-02",
        body=body,
        is_inspection_article=True,
        kind="plan",
        province="Quảng Ninh",
        inspecting_level="district",
        team_leaders=[Leader(name="Trần Thị Bình", title="Trưởng phòng Nội vụ huyện")],
        inspected_units=[
            Unit(name="xã Đồng Ngũ", type="xã", district="huyện Tiên Yên", province="Quảng Ninh")
        ],
        extractor_version="test-1",
    )


def duc_trong() -> Article:
    body = DUC_TRONG_BODY
    return Article(
        source="https://ductrong.lamdong.gov.vn/ket-qua-kiem-tra-cchc",
        url="https://ductrong.lamdong.gov.vn/ket-qua-kiem-tra-cchc",
        portal="ductrong.lamdong.gov.vn",
        title="Kết quả kiểm tra cải cách hành chính tại các phòng chuyên môn huyện Đức Trọng",
        published_date="2023-12-20",
        body=body,
        is_inspection_article=True,
        kind="results",
        province="Lâm Đồng",
        inspecting_level="district",
        team_leaders=[Leader(name="Nguyễn Văn An", evidence=evidence(body, "Nguyễn Văn An"))],
        inspected_units=[
            Unit(
                name="phòng Tài nguyên và Môi trường",
                type="phòng",
                district="huyện Đức Trọng",
                evidence=evidence(body, "phòng Tài nguyên và Môi trường"),
            )
        ],
        metrics=[Metric(label="nhiệm vụ hoàn thành", value=21, total=29, unit="nhiệm vụ")],
        extractor_version="test-1",
    )


def dan_van() -> Article:
    return Article(
        source="https://sonoivu.longan.gov.vn/tin-tuc/hoi-nghi-dan-van-2023",
        url="https://sonoivu.longan.gov.vn/tin-tuc/hoi-nghi-dan-van-2023",
        portal="sonoivu.longan.gov.vn",
        title="Hội nghị tổng kết công tác dân vận năm 2023",
        published_date="2024-01-15",
        body=DAN_VAN_BODY,
        province="Long An",
        extractor_version="test-1",
    )


def lich_tiep_dan() -> Article:
    """No date, no URL: identified by its source path."""
    return Article(
        source="files/lich-tiep-cong-dan.txt",
        title="Thông báo lịch tiếp công dân",
        body=LICH_BODY,
        extractor_version="test-1",
    )


def all_articles() -> list[Article]:
    return [tan_tap(), tien_yen(), duc_trong(), dan_van(), lich_tiep_dan()]


def decomposed(article: Article) -> Article:
    """The same article typed in NFD (as some portals serve it), evidence counted in the NFD body."""

    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    body = nfd(article.body)

    def moved(item: BaseModel) -> BaseModel:
        if item.evidence is None:
            return item
        return item.model_copy(
            update={"evidence": evidence(body, nfd(article.body[item.evidence.start : item.evidence.end]))}
        )

    facts = {
        name: [moved(item) for item in getattr(article, name)]
        for name in ("team_leaders", "inspected_units", "legal_refs", "metrics", "inspection_periods")
    }
    facts["team_leaders"] = [
        leader.model_copy(update={"name": nfd(leader.name)}) for leader in facts["team_leaders"]
    ]
    return article.model_copy(update={"title": nfd(article.title or ""), "body": body, **facts})
