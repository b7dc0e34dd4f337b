"""`/api/openapi.json`: a valid OpenAPI 3 document that lists every JSON and export endpoint, whose paths
answer as documented, and whose parameters never turn malformed input into a server error."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

from search_app import create_app
from store import open_store
from store.base import article_id, article_key
from tests.browser.ui_samples import ARTICLES

ARTICLE_ID = article_id(article_key(ARTICLES[0]))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    uri = f"sqlite:///{tmp_path_factory.mktemp('openapi') / 'o.sqlite'}"
    with open_store(uri) as store:
        store.upsert(ARTICLES)
    return create_app(uri, config={"TESTING": True}).test_client()


@pytest.fixture(scope="module")
def spec(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200 and response.content_type == "application/json"
    return response.get_json()


def concrete(path: str) -> str:
    return path.replace("{key}", ARTICLE_ID)


def inlined(node: Any, spec: dict[str, Any]) -> Any:
    """The schema with every local $ref replaced by what it points at, for a plain JSON-schema validator."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            return inlined(target, spec)
        return {key: inlined(value, spec) for key, value in node.items()}
    if isinstance(node, list):
        return [inlined(item, spec) for item in node]
    return node


def test_document_is_valid_openapi_3(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.")


def test_every_json_and_export_route_is_documented(client: FlaskClient, spec: dict[str, Any]) -> None:
    app = client.application
    documented = set(spec["paths"])
    with app.test_request_context():
        for rule in app.url_map.iter_rules():
            if rule.endpoint.startswith(("api.", "exports.")) or rule.endpoint == "facts.export":
                for values in _rule_values(rule):
                    path = rule.build(values)[1]
                    assert path.replace(ARTICLE_ID, "{key}") in documented, path


def _rule_values(rule: Any) -> list[dict[str, str]]:
    """Every value of the rule's `any(...)` converters (tables, formats); the article key for paths."""
    combos: list[dict[str, str]] = [{}]
    for name in rule.arguments:
        converter = rule._converters[name]
        choices = sorted(converter.items) if hasattr(converter, "items") else [ARTICLE_ID]
        combos = [{**combo, name: choice} for combo in combos for choice in choices]
    return combos


def test_every_documented_path_answers_with_its_documented_body(
    client: FlaskClient, spec: dict[str, Any]
) -> None:
    for path, item in spec["paths"].items():
        response = client.get(concrete(path))
        response.close()  # ends a streamed download and its request context
        assert response.status_code == 200, path
        documented = item["get"]["responses"]["200"]["content"]
        media = response.content_type.split(";")[0]
        assert media in documented, (path, media)
        if media == "application/json":
            schema = inlined(documented[media]["schema"], spec)
            OAS30Validator(schema).validate(response.get_json())


def test_limits_in_the_document_are_the_enforced_ones(client: FlaskClient, spec: dict[str, Any]) -> None:
    per_page = next(p for p in spec["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "per_page")
    maximum = per_page["schema"]["maximum"]
    assert client.get(f"/api/search?per_page={maximum}").status_code == 200
    assert client.get(f"/api/search?per_page={maximum + 1}").status_code == 400
    query = next(p for p in spec["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "q")
    assert (
        client.get("/api/search", query_string={"q": "x" * (query["schema"]["maxLength"] + 1)}).status_code
        == 400
    )


MALFORMED = {
    "q": "x" * 501,
    "exact": "maybe",
    "f": "colour:red",
    "from": "2024-13-01",
    "to": "31/02/2024",
    "sort": "random",
    "page": "zero",
    "per_page": "0",
    "key": "k" * 201,
}


def _operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(path, item["get"]) for path, item in spec["paths"].items()]


def test_each_malformed_parameter_is_a_400_with_a_message(client: FlaskClient, spec: dict[str, Any]) -> None:
    checked = 0
    for path, operation in _operations(spec):
        for parameter in operation.get("parameters", []):
            bad = MALFORMED.get(parameter["name"], "v" * 201)
            if parameter["in"] != "query":
                continue
            response = client.get(concrete(path), query_string={parameter["name"]: bad})
            assert response.status_code == 400, (path, parameter["name"], bad)
            assert "400" in operation["responses"]
            body = response.get_data(as_text=True)
            message = response.get_json()["error"] if path.startswith("/api/") else body
            assert message and "Traceback" not in message
            checked += 1
    assert checked > 100


def test_unknown_parameters_of_fact_tables_are_rejected(client: FlaskClient) -> None:
    response = client.get("/api/facts/leaders?key=rate_on_time")  # a metrics column, not a leaders one
    assert response.status_code == 400 and "name" in response.get_json()["error"]


ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
VALUES = st.one_of(
    ANY_TEXT,
    st.integers().map(str),
    st.sampled_from(
        ["", " ", "-1", "1e9", "NaN", "0x10", '"', "*", "NEAR(", "a OR", "\x00", "\ue000", "1/1/0"]
    ),
    st.builds(
        lambda name, value: f"{name}:{value}", st.sampled_from(["province", "year", "x", ""]), ANY_TEXT
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_parameter_value_is_a_server_error(
    client: FlaskClient, spec: dict[str, Any], data: st.DataObject
) -> None:
    path, operation = data.draw(st.sampled_from(_operations(spec)))
    names = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"] or ["q"]
    query = data.draw(st.lists(st.tuples(st.sampled_from(names), VALUES), max_size=4))
    response = client.get(concrete(path), query_string=query)
    response.get_data()  # exports fail while streaming, if at all
    response.close()
    assert response.status_code in (200, 400), (path, query, response.status_code)
    if response.status_code == 400 and path.startswith("/api/"):
        assert json.loads(response.get_data())["error"]
