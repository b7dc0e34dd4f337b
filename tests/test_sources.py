"""The portal registry: the shipped files validate, broken ones fail clearly, --probe reports reachability."""

from __future__ import annotations

import socket
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cchc.commands.sources import sources
from crawler.sources import SourceError, get_source, read_registry
from extract.gazetteer import gazetteer
from tests.test_crawl_support import Route, serve


def run(*args: str) -> Result:
    return CliRunner().invoke(sources, list(args), catch_exceptions=False)


def write_registry(path: Path, entries: str, include: str = "") -> Path:
    path.write_text(f"{include}sources:\n{entries}", encoding="utf-8")
    return path


def entry(
    source_id: str, province: str = "Long An", url: str = "https://longan.gov.vn/", **extra: str
) -> str:
    lines = [f"  - id: {source_id}", f"    name: Cổng {source_id}", f"    province: {province}"]
    lines += ["    level: province", f"    start_urls: ['{url}']"]
    lines += [f"    {key}: {value}" for key, value in extra.items()]
    return "\n".join(lines) + "\n"


def closed_port() -> int:
    """A loopback port nothing listens on: bound, read, released."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_shipped_registry_validates_with_a_summary() -> None:
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "ERROR" not in result.output and "WARNING" not in result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.split()}
    assert rows["legacy"][1] == "63" and rows["2025"][1] == "34"  # the province column
    assert "unverified" in result.output


def test_every_province_of_both_eras_has_one_portal() -> None:
    registry, findings = read_registry()
    assert findings == []
    portals = Counter((s.era, s.province) for s in registry.sources if s.level == "province" and s.era)
    provinces = {(place.era, place.name) for places in gazetteer().provinces.values() for place in places}
    assert set(portals) == provinces
    assert set(portals.values()) == {1}
    assert Counter(era for era, _ in portals) == {"legacy": 63, "2025": 34}
    real = [source for source in registry.sources if source.era]
    assert not any(source.verified for source in real)
    assert all(source.host and source.start_urls[0].startswith(f"https://{source.host}/") for source in real)


def test_real_and_sample_sources_resolve() -> None:
    assert get_source("2025-tayninh").start_urls == ["https://tayninh.gov.vn/"]
    assert get_source("longan").sonoivu == "https://sonoivu.longan.gov.vn/"
    assert get_source("nukeviet", base_url="http://127.0.0.1:9").feeds[0].startswith("http://127.0.0.1:9/")
    with pytest.raises(SourceError, match="closest: 2025-tayninh"):
        get_source("2025-tayninhh")


def test_broken_registry_lists_every_error_and_exits_1(tmp_path: Path) -> None:
    entries = (
        entry("longan")
        + entry("longan", url="https://tanan.longan.gov.vn/")
        + entry("xau-url", url="htp://longan.gov.vn/")
        + entry("khoang-trang", url="https://long an.gov.vn/")
        + entry("sai-tinh", province="Long Ann", url="https://a.gov.vn/")
        + entry("sai-dau", province="Long Án", url="https://b.gov.vn/", era="legacy")
        + entry("sai-ky", province="Long An", url="https://c.gov.vn/", era="2025")
        + entry("feed-ngoai", url="https://d.gov.vn/", feeds="['https://e.gov.vn/rss']")
        + entry("cap-sai", url="https://f.gov.vn/", level="county").replace("    level: province\n", "")
    )
    registry = write_registry(tmp_path / "broken.yaml", entries)
    result = run("check", "--sources", str(registry))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert "ERROR registry: duplicate source id 'longan'" in errors
    assert any("(xau-url): start_urls.0: 'htp://longan.gov.vn/': not an http(s) URL" in e for e in errors)
    assert any("(khoang-trang): start_urls.0:" in e and "contains whitespace" in e for e in errors)
    assert "ERROR sai-tinh: province 'Long Ann' is not a province of the gazetteer" in errors
    assert (
        "ERROR sai-dau: province 'Long Án' is not a legacy province of the gazetteer (did you mean 'Long An'?)"
        in errors
    )
    assert any(e.startswith("ERROR sai-ky: province 'Long An' is not a 2025 province") for e in errors)
    assert any("(feed-ngoai)" in e and "not on a start URL's host: https://e.gov.vn/rss" in e for e in errors)
    assert any("(cap-sai): level:" in e for e in errors)
    assert len(errors) == 8


def test_shared_hosts_are_warnings_not_errors(tmp_path: Path) -> None:
    entries = entry("mot") + entry("hai") + entry("cu", active="false")
    result = run("check", "--sources", str(write_registry(tmp_path / "r.yaml", entries)))
    assert result.exit_code == 0, result.output
    assert "WARNING host longan.gov.vn is crawled by several active entries: mot, hai" in result.output


def test_includes_and_unit_names(tmp_path: Path) -> None:
    district = entry("cangiuoc", url="https://cangiuoc.longan.gov.vn/", unit="Cần Giuộc", era="legacy")
    write_registry(tmp_path / "districts.yaml", district.replace("level: province", "level: district"))
    wrong = entry("canduoc", url="https://x.longan.gov.vn/", unit="Cần Đúc", era="legacy")
    write_registry(tmp_path / "wrong.yaml", wrong.replace("level: province", "level: district"))
    good = write_registry(tmp_path / "main.yaml", entry("longan"), "include: [districts.yaml]\n")
    assert run("check", "--sources", str(good)).exit_code == 0
    assert [s.id for s in read_registry(good)[0].sources] == ["longan", "cangiuoc"]

    bad = write_registry(tmp_path / "bad.yaml", entry("longan"), "include: [wrong.yaml, missing.yaml]\n")
    result = run("check", "--sources", str(bad))
    assert result.exit_code == 1
    assert "ERROR canduoc: district 'Cần Đúc' is not a legacy district of the gazetteer" in result.output
    assert "missing.yaml: cannot read" in result.output


def test_probe_reports_reachable_and_unreachable(tmp_path: Path) -> None:
    with serve({"/": Route("<h1>Cổng</h1>"), "/cu": Route(status=301)}) as site:
        moved_to = site.base.replace("127.0.0.1", "localhost") + "/"
        site.routes["/cu"].location = moved_to
        entries = (
            entry("song", url=f"{site.base}/")
            + entry("chuyen", url=f"{site.base}/cu")
            + entry("mat", url=f"http://127.0.0.1:{closed_port()}/")
            + entry("mau", url="{base}/")
        )
        registry = write_registry(tmp_path / "probe.yaml", entries)
        result = run("check", "--sources", str(registry), "--probe", "--timeout", "3")
    assert result.exit_code == 0, result.output
    probes = [line for line in result.output.splitlines() if line.startswith(("reachable", "unreachable"))]
    lines = {name: line for line in probes for name in ("song", "chuyen", "mat") if f" {name} " in line}
    assert lines["song"].startswith("reachable 200")  # HEAD refused (501), then GET
    assert lines["chuyen"].startswith("reachable 200") and "(redirects to localhost)" in lines["chuyen"]
    assert lines["mat"].startswith("unreachable") and "refused" in lines["mat"].lower()
    assert "probe: 2 reachable, 1 unreachable, 1 skipped (no --base-url for {base})" in result.output


def test_list_gives_the_ids_a_scheduled_crawl_visits() -> None:
    result = run("list", "--active-only", "--skip-samples", "--ids")
    ids = result.output.split()
    assert result.exit_code == 0 and "2025-tayninh" in ids and "longan" in ids
    assert "hanoi" not in ids  # same portal as 2025-hanoi, inactive
    assert "nukeviet" not in ids  # a sample portal on {base}
    only_2025 = run("list", "--era", "2025", "--ids").output.split()
    assert len(only_2025) == 34 and all(source_id.startswith("2025-") for source_id in only_2025)
    table = run("list", "--province", "Long An", "--level", "district").output
    assert "longan-cangiuoc" in table and "Cần Giuộc" in table and "unverified" in table
    # a province typed with the old tone placement
    old_style = run("list", "--province", "Khánh Hoà", "--era", "2025", "--ids").output.split()
    assert old_style == run("list", "--province", "Khánh Hòa", "--era", "2025", "--ids").output.split() != []
