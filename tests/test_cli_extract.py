"""`cchc extract`: one JSON line per file in input order; a bad file gets an "error" line, the rest go on."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cchc.cli import main

PAGE = """<html><head><meta charset="windows-1258"><title>Kiểm tra CCHC tại xã Tân Tập</title></head>
<body><h1>Kiểm tra CCHC tại xã Tân Tập</h1><p>Đăng ngày 14/04/2022</p>
<div class="journal-content-article"><p>Ngày 13/4, Đoàn kiểm tra cải cách hành chính của huyện do đồng chí
Nguyễn Văn An – Trưởng phòng Nội vụ làm Trưởng đoàn đã làm việc tại xã Tân Tập. Xã đã tiếp nhận 1.250 hồ sơ,
100% hồ sơ được giải quyết đúng hạn.</p></div></body></html>"""


def test_one_line_per_file_and_errors_do_not_stop(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text(PAGE, encoding="utf-8")
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.txt"), str(binary), str(good)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [Path(r["source"]).name for r in records] == ["missing.txt", "image.html", "good.html"]
    assert "No such file" in records[0]["error"] and "binary" in records[1]["error"]
    good_record = records[2]
    assert good_record.get("error") is None and good_record["is_inspection_article"]
    assert good_record["published_date"] == "2022-04-14"
    assert [leader["name"] for leader in good_record["team_leaders"]] == ["Nguyễn Văn An"]
    assert {m["value"] for m in good_record["metrics"]} == {1250, 100}
