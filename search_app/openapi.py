"""The OpenAPI 3 description of the JSON API and the downloads, built from the app's own limits and tables.

Generated rather than written by hand so it cannot drift: the facets, per-page and query limits, the
fact tables with their column filters and the export formats all come from the modules that enforce them.
"""

from __future__ import annotations

from typing import Any

from search_app.downloads import CSV_TYPE, JSONL_TYPE, XLSX_TYPE
from search_app.fact_tables import FACET_VALUES, TABLES, FactTable
from search_app.params import DEFAULT_PER_PAGE, MAX_FILTER_VALUE, MAX_FILTERS, MAX_RESULT_WINDOW, SORTS
from store.base import FACETS, MAX_PER_PAGE, MAX_QUERY_LENGTH

Schema = dict[str, Any]


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _query(name: str, description: str, schema: Schema, **extra: Any) -> Schema:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
        **extra,
    }


SEARCH_PARAMETERS: list[Schema] = [
    _query(
        "q",
        "Words to find; accents optional unless `exact`. Quoted phrases, OR and -word are understood.",
        {"type": "string", "maxLength": MAX_QUERY_LENGTH},
    ),
    _query(
        "exact",
        "Match the diacritics as written.",
        {"type": "string", "enum": ["1", "0", "true", "false", "on", "off", "yes", "no"]},
    ),
    _query(
        "f",
        "Filter `facet:value`; repeat for more (values of one facet are alternatives, facets combine).",
        {
            "type": "array",
            "maxItems": MAX_FILTERS,
            "items": {
                "type": "string",
                "pattern": f"^({'|'.join(FACETS)}):.+$",
                "maxLength": MAX_FILTER_VALUE + max(map(len, FACETS)) + 1,
            },
        },
        style="form",
        explode=True,
    ),
    _query("from", "Published on or after this day: yyyy-mm-dd or dd/mm/yyyy.", {"type": "string"}),
    _query("to", "Published on or before this day: yyyy-mm-dd or dd/mm/yyyy.", {"type": "string"}),
    _query(
        "sort",
        "Order; `relevance` without `q` lists newest first.",
        {"type": "string", "enum": list(SORTS), "default": "relevance"},
    ),
]
PAGE_PARAMETERS: list[Schema] = [
    _query(
        "page",
        f"Page number; page × per_page may not pass {MAX_RESULT_WINDOW} (exports have no such limit).",
        {"type": "integer", "minimum": 1, "default": 1},
    ),
    _query(
        "per_page",
        "Rows per page.",
        {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE},
    ),
]
FACETS_PARAMETER = _query(
    "facets",
    "The facets to count, comma-separated or repeated; empty for none (a faster answer). Without it: every"
    " facet the search page shows.",
    {"type": "string", "pattern": f"^(({'|'.join(FACETS)})(,({'|'.join(FACETS)}))*)?$"},
)


def _error(description: str, media: str = "application/json") -> Schema:
    schema = _ref("Error") if media == "application/json" else {"type": "string"}
    return {"description": description, "content": {media: {"schema": schema}}}


def _json(description: str, schema: Schema) -> Schema:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


BAD_PARAMS = "A parameter is malformed or out of range; `error` says which (in Vietnamese)."
STORE_DOWN = "The store cannot be opened."


def _column_filters(table: FactTable) -> list[Schema]:
    return [
        _query(
            column.name,
            f"Rows whose `{column.name}` ({column.label}) is this value; repeat for alternatives.",
            {"type": "array", "items": {"type": "string", "maxLength": MAX_FILTER_VALUE}},
            style="form",
            explode=True,
        )
        for column in table.columns
        if column.filter
    ]


def _fact_api(table: FactTable) -> Schema:
    return {
        "get": {
            "operationId": f"facts_{table.name}",
            "summary": f"{table.title}: one page of the table",
            "description": table.description
            + " Search parameters choose the articles, column parameters the rows;"
            + " unknown parameters are rejected.",
            "tags": ["facts"],
            "parameters": [*SEARCH_PARAMETERS, *PAGE_PARAMETERS, *_column_filters(table)],
            "responses": {
                "200": _json("Rows of the page, the row count and facet counts.", _ref("FactPage")),
                "400": _error(BAD_PARAMS),
                "503": _error(STORE_DOWN),
            },
        }
    }


_MEDIA = {"csv": CSV_TYPE.split(";")[0], "jsonl": JSONL_TYPE.split(";")[0], "xlsx": XLSX_TYPE}


def _download(operation: str, summary: str, fmt: str, parameters: list[Schema]) -> Schema:
    body = {"type": "string", "format": "binary"} if fmt == "xlsx" else {"type": "string"}
    return {
        "get": {
            "operationId": operation,
            "summary": summary,
            "tags": ["exports"],
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "Every matching row (no page), as an attachment.",
                    "content": {_MEDIA[fmt]: {"schema": body}},
                },
                "400": _error(BAD_PARAMS, "text/html"),
                "503": _error(STORE_DOWN, "text/html"),
            },
        }
    }


def _paths() -> dict[str, Schema]:
    paths: dict[str, Schema] = {
        "/api/search": {
            "get": {
                "operationId": "search",
                "summary": "Full-text search with filters, facets and highlights",
                "tags": ["search"],
                "parameters": [*SEARCH_PARAMETERS, *PAGE_PARAMETERS, FACETS_PARAMETER],
                "responses": {
                    "200": _json("One page of hits and the facet counts.", _ref("SearchResponse")),
                    "400": _error(BAD_PARAMS + " Also a query the search engine rejects."),
                    "503": _error(STORE_DOWN),
                },
            }
        },
        "/api/articles/{key}": {
            "get": {
                "operationId": "article",
                "summary": "The public record of one article, with every fact and its evidence",
                "tags": ["search"],
                "parameters": [
                    {
                        "name": "key",
                        "in": "path",
                        "required": True,
                        "description": "The article id (`hits[].id`) or its canonical URL.",
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": _json("The record (cchc.record.Article without raw HTML).", _ref("Article")),
                    "404": _error("No article has this id or URL."),
                    "503": _error(STORE_DOWN),
                },
            }
        },
    }
    for table in TABLES.values():
        paths[f"/api/facts/{table.name}"] = _fact_api(table)
    paths["/api/openapi.json"] = {
        "get": {
            "operationId": "openapi",
            "summary": "This document",
            "tags": ["search"],
            "responses": {"200": _json("OpenAPI 3 description of the API.", {"type": "object"})},
        }
    }
    search = SEARCH_PARAMETERS
    paths["/export.csv"] = _download("export_articles_csv", "Matching articles as CSV", "csv", search)
    paths["/export.jsonl"] = _download(
        "export_articles_jsonl", "Matching articles as JSON Lines", "jsonl", search
    )
    for table in TABLES.values():
        for fmt in ("csv", "jsonl", "xlsx"):
            paths[f"/facts/{table.name}.{fmt}"] = _download(
                f"export_{table.name}_{fmt}",
                f"{table.title}: every matching row as {fmt.upper()}",
                fmt,
                [*search, *_column_filters(table)],
            )
    return paths


SCHEMAS: dict[str, Schema] = {
    "Error": {
        "type": "object",
        "required": ["error", "status"],
        "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
    },
    "FacetValue": {
        "type": "object",
        "required": ["value", "count"],
        "properties": {"value": {"type": "string"}, "count": {"type": "integer", "minimum": 1}},
    },
    "Facets": {
        "type": "object",
        "description": f"Counts per facet, most frequent first (fact tables list up to {FACET_VALUES}).",
        "additionalProperties": {"type": "array", "items": _ref("FacetValue")},
    },
    "Hit": {
        "type": "object",
        "required": ["id", "snippet_html", "page_url", "api_url"],
        "properties": {
            "id": {"type": "string"},
            "url": {"type": "string", "nullable": True},
            "title": {"type": "string", "nullable": True},
            "published_date": {"type": "string", "nullable": True},
            "portal": {"type": "string", "nullable": True},
            "province": {"type": "string", "nullable": True},
            "kind": {"type": "string", "nullable": True},
            "is_inspection_article": {"type": "boolean"},
            "title_html": {"type": "string", "description": "Escaped text, matches in <mark>."},
            "snippet_html": {"type": "string", "description": "Escaped text, matches in <mark>."},
            "score": {
                "type": "number",
                "nullable": True,
                "description": "Relevance, when sorted by it. SQLite: 2 if the query words stand side by side as"
                " typed, plus 1 if the title holds every one; null past the 2,001 newest matches of a broad"
                " search. Elasticsearch: its BM25 score.",
            },
            "page_url": {"type": "string", "format": "uri"},
            "api_url": {"type": "string", "format": "uri"},
        },
    },
    "SearchResponse": {
        "type": "object",
        "required": ["total", "total_approximate", "page", "per_page", "hits", "facets"],
        "properties": {
            "total": {"type": "integer", "minimum": 0},
            "total_approximate": {
                "type": "boolean",
                "description": "`total` is an estimate (a broad search over a very large store); pages past"
                " the real matches come back empty.",
            },
            "page": {"type": "integer", "minimum": 1},
            "per_page": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE},
            "hits": {"type": "array", "items": _ref("Hit")},
            "facets": _ref("Facets"),
            "facets_approximate": {
                "type": "boolean",
                "description": "Facet counts estimated from a sample of very many matches.",
            },
        },
    },
    "Article": {
        "type": "object",
        "description": "See eval/facts-schema.md: facts carry `evidence` {sentence, start, end} into `body`.",
        "required": ["id", "source", "body", "kind"],
        "properties": {"id": {"type": "string"}, "source": {"type": "string"}, "body": {"type": "string"}},
        "additionalProperties": True,
    },
    "FactPage": {
        "type": "object",
        "required": ["table", "total", "page", "per_page", "columns", "rows", "facets"],
        "properties": {
            "table": {"type": "string", "enum": list(TABLES)},
            "total": {"type": "integer", "minimum": 0},
            "page": {"type": "integer", "minimum": 1},
            "per_page": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE},
            "columns": {"type": "array", "items": {"type": "string"}},
            "rows": {
                "type": "array",
                "description": "`columns` of each row, its `page_url` (the article, at the fact's sentence)"
                " and, for facts, its `position` within the article.",
                "items": {
                    "type": "object",
                    "required": ["article_id", "page_url"],
                    "properties": {"article_id": {"type": "string"}, "page_url": {"type": "string"}},
                    "additionalProperties": True,
                },
            },
            "facets": _ref("Facets"),
        },
    },
}


def openapi_document(server_url: str) -> Schema:
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "cchc: administrative-reform inspections",
            "version": "1",
            "description": "Search Vietnamese portals' reports of CCHC inspections, read their evidenced facts"
            " and download them. Text is NFC; dates are ISO in JSON.",
        },
        "servers": [{"url": server_url}],
        "tags": [
            {"name": "search", "description": "Articles"},
            {"name": "facts", "description": "Fact tables"},
            {"name": "exports", "description": "Downloads of every match"},
        ],
        "paths": _paths(),
        "components": {"schemas": SCHEMAS},
    }
