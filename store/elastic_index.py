"""Elasticsearch connection and index lifecycle: template, versioned indices behind an alias, reindex.

Documents live in `ALIAS-vN` (`cchc-articles-v1`, ...) and are always read and written through
the alias `ALIAS`, so `reindex` can build `ALIAS-vN+1` from the live index and swap the alias in
one atomic `_aliases` call: readers never see a missing or half-filled index. The mapping is
only in index_config/elasticsearch/cchc-articles.json (an index template matching `ALIAS-v*`).
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from elasticsearch import Elasticsearch, NotFoundError

from store.base import StoreError

DEFAULT_ALIAS = "cchc-articles"
TEMPLATE_PATH = (
    Path(__file__).resolve().parent.parent / "index_config" / "elasticsearch" / "cchc-articles.json"
)
_VERSION = re.compile(r"-v(\d+)$")
_TRUE = {"1", "true", "yes", "on"}


def parse_uri(uri: str) -> tuple[str, str]:
    """`http(s)://HOST:PORT[/][?index=ALIAS]` → (node URL, alias)."""
    parts = urlsplit(uri)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"not an Elasticsearch URI: {uri!r} (use http(s)://HOST:PORT[?index=NAME])")
    alias = parse_qs(parts.query).get("index", [DEFAULT_ALIAS])[0]
    if not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", alias):
        raise StoreError(f"invalid index name {alias!r}: lower-case letters, digits, '_', '-', '.'")
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", "")), alias


def client_from_env(node_url: str, **options: Any) -> Elasticsearch:
    """A client for `node_url` with auth and TLS from CCHC_ES_* variables (explicit options win)."""
    settings: dict[str, Any] = {}
    if api_key := os.environ.get("CCHC_ES_API_KEY"):
        settings["api_key"] = api_key
    elif username := os.environ.get("CCHC_ES_USERNAME"):
        settings["basic_auth"] = (username, os.environ.get("CCHC_ES_PASSWORD", ""))
    if ca_certs := os.environ.get("CCHC_ES_CA_CERTS"):
        settings["ca_certs"] = ca_certs
    if (verify := os.environ.get("CCHC_ES_VERIFY_CERTS")) is not None:
        settings["verify_certs"] = verify.strip().lower() in _TRUE
    return Elasticsearch(node_url, **(settings | options))


@cache
def _template_file() -> str:
    return TEMPLATE_PATH.read_text(encoding="utf-8")


def index_template(alias: str) -> dict[str, Any]:
    """The template body for indices `ALIAS-v*`."""
    template = json.loads(_template_file())
    template["index_patterns"] = [f"{alias}-v*"]
    return template


def versioned_name(alias: str, version: int) -> str:
    return f"{alias}-v{version}"


def current_index(client: Elasticsearch, alias: str) -> str | None:
    """The concrete index behind `alias`, None if the alias does not exist."""
    try:
        indices = list(client.indices.get_alias(name=alias))
    except NotFoundError:
        return None
    if len(indices) != 1:
        raise StoreError(f"alias {alias!r} points to {len(indices)} indices: {indices}")
    return indices[0]


def put_template(client: Elasticsearch, alias: str) -> None:
    client.indices.put_index_template(name=alias, **index_template(alias))


def create_index(client: Elasticsearch, alias: str) -> str:
    """Template + `ALIAS-v1` + alias, unless the alias already exists; returns the live index."""
    if (existing := current_index(client, alias)) is not None:
        return existing
    put_template(client, alias)
    name = versioned_name(alias, 1)
    client.indices.create(index=name, aliases={alias: {}})
    return name


def reindex(client: Elasticsearch, alias: str) -> tuple[str, str]:
    """Copy the live index into the next version (current template) and swap the alias atomically.

    Returns (old, new). The old index is kept so an operator can roll back by moving the alias.
    """
    old = current_index(client, alias)
    if old is None:
        raise StoreError(f"no index behind {alias!r}: run `cchc index create` first")
    match = _VERSION.search(old)
    version = int(match.group(1)) + 1 if match else 1
    while client.indices.exists(index=versioned_name(alias, version)):
        version += 1
    new = versioned_name(alias, version)
    put_template(client, alias)
    client.indices.create(index=new)
    result = client.reindex(
        source={"index": old}, dest={"index": new}, refresh=True, wait_for_completion=True
    )
    if result.get("failures"):
        raise StoreError(f"reindex {old} → {new} failed: {result['failures'][:3]}")
    copied, expected = client.count(index=new)["count"], client.count(index=old)["count"]
    if copied != expected:
        raise StoreError(f"reindex {old} → {new} copied {copied} of {expected} documents; alias not moved")
    client.indices.update_aliases(
        actions=[{"remove": {"index": old, "alias": alias}}, {"add": {"index": new, "alias": alias}}]
    )
    return old, new
