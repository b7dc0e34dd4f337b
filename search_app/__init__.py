"""The Flask web app: Vietnamese search page, article pages with evidenced facts, exports and a JSON API.

`create_app()` is the factory for `cchc serve` and for `flask --app search_app run`;
the store URI comes from the argument, `CCHC_STORE`, or the default SQLite file,
and the store is opened read-only unless the config says otherwise. Search answers are cached
until the store changes (search_app/cache.py; `RESPONSE_CACHE_SIZE = 0` turns that off).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search_app import cache, security
from search_app.facet_links import facet_items
from search_app.formatting import marked, vn_date, vn_number
from search_app.labels import FACET_LABELS, SORT_LABELS, facet_label, value_label
from search_app.params import DEFAULT_PER_PAGE, BadParams
from search_app.views import api, articles, compare, entities, exports, facts, feed, search
from store import resolve_uri
from store.base import QueryError, StoreError

_MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    404: "Không tìm thấy trang hoặc bài viết này.",
    405: "Phương thức không được hỗ trợ.",
    500: "Đã có lỗi phía máy chủ. Vui lòng thử lại sau.",
    503: "Chưa mở được kho dữ liệu.",
}


def create_app(store_uri: str | None = None, *, config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(STORE_URI=resolve_uri(store_uri), STORE_READ_ONLY=True)
    if config:
        app.config.update(config)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]  # Vietnamese stays readable in the API
    app.json.sort_keys = False  # type: ignore[attr-defined]  # records keep their field order
    app.jinja_env.autoescape = True  # every template, whatever its extension
    app.jinja_env.filters.update(marked=marked, vn_date=vn_date, vn_number=vn_number)
    app.jinja_env.globals.update(
        FACET_LABELS=FACET_LABELS,
        SORT_LABELS=SORT_LABELS,
        default_per_page=DEFAULT_PER_PAGE,
        facet_items=facet_items,
        facet_label=facet_label,
        value_label=value_label,
    )
    security.init_app(app)
    cache.init_app(app)
    for blueprint in (search.bp, exports.bp, articles.bp, compare.bp, entities.bp, facts.bp, feed.bp, api.bp):
        app.register_blueprint(blueprint)
    _register_errors(app)
    return app


def _register_errors(app: Flask) -> None:
    """Bad input is the user's to fix (400 with the reason); nothing reaches them as a traceback."""

    @app.errorhandler(BadParams)
    @app.errorhandler(QueryError)
    def bad_request(exc: ValueError) -> tuple[Response | str, int]:
        return _error(400, str(exc))

    @app.errorhandler(StoreError)
    def store_unavailable(exc: StoreError) -> tuple[Response | str, int]:
        app.logger.error("store unavailable: %s", exc)
        return _error(503, f"{_MESSAGES[503]} {exc}")  # StoreError messages are written for the user

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> tuple[Response | str, int]:
        code = exc.code or 500
        return _error(code, _MESSAGES.get(code, exc.name))


def _error(code: int, message: str) -> tuple[Response | str, int]:
    if request.path.startswith(api.bp.url_prefix or "/api"):
        return jsonify(error=message, status=code), code
    return render_template("error.html", code=code, message=message), code
