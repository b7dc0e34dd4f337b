"""The article page: the text with its facts marked where their evidence points, the facts table,
the same story on other portals (the store's near-duplicate cluster) and the texts it had before."""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from search_app.facts import article_facts, body_paragraphs
from search_app.storage import get_store
from store.base import article_id as id_of
from store.base import article_key

bp = Blueprint("articles", __name__)
MAX_COPIES = 20  # a syndicated story rarely has more; the page stays short if one does


@bp.get("/a/<path:article_id>")
def show(article_id: str) -> str:
    store = get_store()
    article = store.get(article_id)
    if article is None:
        abort(404)
    own_id = id_of(article_key(article))
    copies = [
        found
        for key in store.cluster(own_id)[: MAX_COPIES + 1]
        if key != own_id and (found := store.get(key))
    ]
    facts = article_facts(article)
    paragraphs, anchors = body_paragraphs(article.body, facts)
    return render_template(
        "article.html",
        article_id=own_id,
        article=article,
        facts=facts,
        paragraphs=paragraphs,
        anchors=anchors,
        copies=[(id_of(article_key(copy)), copy) for copy in copies[:MAX_COPIES]],
        versions=store.versions(own_id),
    )
