"""The article page: the text with its facts marked where their evidence points, and the facts table."""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from search_app.facts import article_facts, body_paragraphs
from search_app.storage import get_store

bp = Blueprint("articles", __name__)


@bp.get("/a/<path:article_id>")
def show(article_id: str) -> str:
    article = get_store().get(article_id)
    if article is None:
        abort(404)
    facts = article_facts(article)
    paragraphs, anchors = body_paragraphs(article.body, facts)
    return render_template(
        "article.html",
        article_id=article_id,
        article=article,
        facts=facts,
        paragraphs=paragraphs,
        anchors=anchors,
    )
