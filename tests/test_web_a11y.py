"""Accessibility of every page kind, checked on the served HTML and CSS: Vietnamese language, a skip link
to the main landmark, labelled inputs, one h1, focusable scrolling tables, visible focus, and WCAG AA
contrast (4.5:1) of the colour pairs the stylesheet uses for text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from search_app import create_app
from store import open_store
from store.base import article_id, article_key
from tests.browser.ui_samples import ARTICLES, PROVINCE

STYLE = Path(__file__).resolve().parents[1] / "search_app" / "static" / "style.css"
FIRST = article_id(article_key(ARTICLES[0]))
LEADER = ARTICLES[0].team_leaders[0].name
UNIT = ARTICLES[0].inspected_units[0].name
PAGES = [
    "/",
    "/?q=kiem+tra&f=kind:visit",
    f"/a/{FIRST}",
    "/facts",
    "/facts/inspections",
    "/facts/metrics?key=rate_on_time",
    "/facts/units",
    f"/compare?province={PROVINCE}",
    f"/leader/{LEADER}",
    f"/unit/{UNIT}",
    "/khong-co-trang-nay",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    uri = f"sqlite:///{tmp_path_factory.mktemp('a11y') / 'a.sqlite'}"
    with open_store(uri) as store:
        store.upsert(ARTICLES)
    return create_app(uri, config={"TESTING": True}).test_client()


@pytest.fixture(scope="module", params=PAGES)
def soup(request: pytest.FixtureRequest, client: FlaskClient) -> BeautifulSoup:
    response = client.get(request.param)
    assert response.status_code in (200, 404)
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def test_language_title_and_one_h1(soup: BeautifulSoup) -> None:
    assert soup.html["lang"] == "vi"
    assert soup.title.get_text(strip=True)
    assert len(soup.find_all("h1")) == 1


def test_skip_link_leads_to_the_main_landmark(soup: BeautifulSoup) -> None:
    first_link = soup.body.find("a")
    assert "skip-link" in first_link["class"]
    target = soup.find(id=first_link["href"].removeprefix("#"))
    assert target.name == "main" and len(soup.find_all("main")) == 1
    assert soup.find("header") and soup.find("footer")
    assert all(nav.get("aria-label") for nav in soup.find_all("nav"))


def test_every_control_has_a_label(soup: BeautifulSoup) -> None:
    for control in soup.find_all(["input", "select", "textarea"]):
        if control.get("type") == "hidden":
            continue
        labelled = control.get("aria-label") or (
            control.get("id") and soup.find("label", attrs={"for": control["id"]})
        )
        assert labelled, control
    assert all(button.get_text(strip=True) for button in soup.find_all("button"))


def test_scrolling_tables_are_named_keyboard_regions(soup: BeautifulSoup) -> None:
    for region in soup.select(".table-scroll"):
        assert region.get("tabindex") == "0" and region.get("role") == "region", region.attrs
        assert region.get("aria-label") or soup.find(id=region.get("aria-labelledby"))
    for table in soup.find_all("table"):
        assert all(th.get("scope") in ("col", "row") for th in table.find_all("th"))


# Contrast: (foreground, background) pairs the stylesheet puts text on, by variable name or literal.
TEXT_PAIRS = [
    ("--text", "--bg"),
    ("--text", "--panel"),
    ("--text", "--mark"),
    ("--muted", "--bg"),
    ("--muted", "--panel"),
    ("--accent", "--bg"),
    ("--accent", "--panel"),
    ("--accent-dark", "--bg"),
    ("#fff", "--accent"),
    ("#fff", "--accent-dark"),
    ("--text", "#dbeafe"),
    ("--text", "#dcfce7"),
    ("--text", "#f3e8ff"),
    ("--text", "#ffedd5"),
    ("--text", "#fef9c3"),
]
AA_TEXT = 4.5
AA_NON_TEXT = 3.0  # focus outlines (WCAG 1.4.11)


def css_variables(css: str) -> dict[str, str]:
    root = re.search(r":root\s*\{([^}]*)\}", css)
    assert root, "style.css defines its colours in :root"
    return dict(re.findall(r"(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\b", root.group(1)))


def luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_text_colours_meet_wcag_aa(foreground: str, background: str) -> None:
    colours = css_variables(STYLE.read_text(encoding="utf-8"))
    ratio = contrast(colours.get(foreground, foreground), colours.get(background, background))
    assert ratio >= AA_TEXT, f"{foreground} on {background}: {ratio:.2f}"


def test_focus_is_visible_and_contrasts() -> None:
    css = STYLE.read_text(encoding="utf-8")
    assert re.search(r":focus-visible\s*\{[^}]*outline:\s*3px solid var\(--focus\)", css)
    colours = css_variables(css)
    assert contrast(colours["--focus"], colours["--bg"]) >= AA_NON_TEXT
    assert "outline: none" not in css.replace("main:focus { outline: none; }", "")
