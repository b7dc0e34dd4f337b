"""Attached documents: PDF and DOCX read offline, fetched after their article (capped), fed to the extractor."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from extract.attachments import UnreadableDocument, read_document
from tests.loopback_app import Answer, Call, serve_app
from tests.test_crawl_spider import PARAGRAPHS, layout, title
from tests.test_crawl_support import run_crawl, stored

PLAN = [
    "Kế hoạch kiểm tra công tác cải cách hành chính năm 2024",
    "Đoàn kiểm tra của Ủy ban nhân dân huyện làm việc tại Ủy ban nhân dân xã An Phú ngày 15/10/2024.",
]


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer is `lines`, written by hand (no binary fixture, no PDF writer).

    Vietnamese letters are outside every standard font encoding, so each distinct character gets a
    one-byte code and the font's ToUnicode map says which character the code stands for — the way
    real PDFs with subset fonts carry their text.
    """
    chars = sorted({char for line in lines for char in line})
    code = {char: number for number, char in enumerate(chars, 1)}
    assert len(chars) <= 100  # one bfchar block
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def /CMapType 2 def\n"
        "1 begincodespacerange <01> <FF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n"
        + "\n".join(f"<{code[char]:02X}> <{ord(char):04X}>" for char in chars)
        + "\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end"
    )
    shown = " ".join("<" + "".join(f"{code[char]:02X}" for char in line) + "> Tj T*" for line in lines)
    widths = " ".join(["500"] * len(chars))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        " /Contents 5 0 R >>",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar {len(chars)}"
        f" /Widths [{widths}] /ToUnicode 6 0 R >>",
    ]
    for stream in (f"BT /F1 11 Tf 14 TL 50 790 Td {shown} ET", cmap):
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    pdf += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return pdf


def report_docx() -> bytes:
    document = Document()
    document.add_heading("Báo cáo kết quả kiểm tra", level=1)
    document.add_paragraph("Tổng số hồ sơ tiếp nhận trong kỳ:")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Đơn vị", "Hồ sơ"), ("Xã An Phú", "1.204")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("Tỷ lệ giải quyết đúng hạn đạt 98,5%.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_pdf_text_layer_read_offline() -> None:
    assert read_document(minimal_pdf(PLAN)) == "\n".join(PLAN)


def test_docx_paragraphs_and_table_rows_in_document_order() -> None:
    assert read_document(report_docx()).splitlines() == [
        "Báo cáo kết quả kiểm tra",
        "Tổng số hồ sơ tiếp nhận trong kỳ:",
        "Đơn vị\tHồ sơ",
        "Xã An Phú\t1.204",
        "Tỷ lệ giải quyết đúng hạn đạt 98,5%.",
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64),
        b"<html><body>Not found</body></html>",
        b"PK\x03\x04junk",
    ],
    ids=["old-word-doc", "html-error-page", "broken-zip"],
)
def test_other_files_are_unreadable(data: bytes) -> None:
    with pytest.raises(UnreadableDocument):
        read_document(data, "http://example.test/file.pdf")


FILES = {
    "/files/ke-hoach.pdf": Answer(minimal_pdf(PLAN), content_type="application/pdf"),
    "/files/bao-cao.docx": Answer(
        report_docx(), content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ),
    "/files/qua-lon.pdf": Answer(minimal_pdf(PLAN) + b"%" * 100_000, content_type="application/pdf"),
    "/files/cu.doc": Answer(b"\xd0\xcf\x11\xe0", content_type="application/msword"),
}
ARTICLE = "/tin-tuc/ke-hoach-kiem-tra-1001.html"


def attachment_portal(hits: list[str]):
    links = "".join(
        f"<li><a href='{path}'>Tệp {n}</a></li>" for n, path in enumerate([*FILES, "/files/da-xoa.pdf"])
    )
    article = layout(
        f"<div class='detail'><h1>{title(1)}</h1>"
        "<div class='date'>Ngày cập nhật 16/10/2024</div><div class='content'>"
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
        + f"<p>Tệp đính kèm:</p><ul>{links}</ul></div></div>"
    )

    def app(call: Call) -> Answer:
        hits.append(call.path)
        if call.path in ("/", "/robots.txt"):
            return Answer(
                f"<a href='{ARTICLE}'>Kế hoạch</a>" if call.path == "/" else "", content_type="text/html"
            )
        if call.path == ARTICLE:
            return Answer(article)
        return FILES.get(call.path) or Answer("<h1>404</h1>", status=404)

    return app


def test_crawl_reads_attachments_into_the_article(tmp_path: Path) -> None:
    hits: list[str] = []
    store = tmp_path / "a.sqlite"
    with serve_app(attachment_portal(hits)) as base:
        result = run_crawl("--start-url", f"{base}/", "--set", "CCHC_ATTACHMENT_MAXSIZE=60000", store=store)
    assert result.returncode == 0, result.stderr
    [article] = stored(store).values()
    assert article.fetch is not None
    assert article.fetch.attachments == [base + path for path in [*FILES, "/files/da-xoa.pdf"]]
    # the readable ones were fetched once each; the old .doc not at all (nothing reads it offline)
    assert [hits.count(path) for path in FILES] == [1, 1, 1, 0]
    assert hits.count("/files/da-xoa.pdf") == 1  # a dead attachment is not retried like a page
    # the PDF's and the DOCX's text follow the article's own, the oversized file's does not
    body = article.body
    assert body.index(PARAGRAPHS[-1]) < body.index(PLAN[1]) < body.index("Xã An Phú\t1.204")
    assert body.count(PLAN[0]) == 1
    # a fact found only in the attached plan (a day before the page's: one after it in a visit report is a stop
    # still to come)
    assert "2024-10-15" in article.inspection_dates
    failures = result.stderr.partition("failures:")[2]
    assert "/tin-tuc" in failures and "/files/" not in failures  # failed attachments are not page failures
