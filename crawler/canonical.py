"""One URL per page: the canonical form used to dedupe a crawl and to key the store.

Portals link the same article under many URLs: entity-escaped hrefs (Liferay writes
`https&#x3a;&#x2f;&#x2f;...`), fragments, tracking parameters, session ids in the query or
the path, Liferay portlet state (`p_p_*`, `redirect=` back links that differ per listing
page). `canonical_url` strips all of that, sorts the query and lowercases the host, but keeps
the parameters that select the content (`id=`, `ItemID=`, `act=detail`, `_..._cur=` pages).
The crawler requests `fetchable_url` (only repaired, nothing dropped: a portal may need its
state parameters to serve the page) and dedupes on `canonical_url`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, safe_url_string, url_query_cleaner

# Numeric character references and &amp; only: named entities such as `&copy` can be a real
# query parameter (`?a=1&copy=2`) and must not be touched.
_CHAR_REF = re.compile(r"&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp));")

_TRACKING_PARAM = re.compile(
    r"""^(?:utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|mc_cid|mc_eid|_ga|_gl
        |jsessionid|phpsessid|sid|sessionid|asp\.net_sessionid|aspsessionid\w*
        |p_p_\w+|redirect|_\w+_redirect|backurl|_\w+_backurl)$""",
    re.IGNORECASE | re.VERBOSE,
)
# Session ids carried in the path: `;jsessionid=...` and ASP.NET cookieless `/(S(abc))/`.
_PATH_SESSION = re.compile(r";jsessionid=[^/?#]*|/\((?:[A-Z]\([^)]*\))+\)(?=/)", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Every page links the portal's menus and sidebars again, and one article URL is keyed several times
# (spider, listing middleware, pipelines): the same few thousand URLs come back all crawl long.
_URL_CACHE = 16384


def unescape_href(href: str) -> str:
    """Decode character references left in an href (double-escaped markup), repeatedly."""

    def decode(match: re.Match[str]) -> str:
        dec, hexa, amp = match.groups()
        if amp:
            return "&"
        return chr(int(dec) if dec else int(hexa, 16))

    previous = None
    while previous != href:
        previous, href = href, _CHAR_REF.sub(decode, href)
    return href.strip()


@lru_cache(maxsize=_URL_CACHE)
def fetchable_url(url: str) -> str:
    """The URL to request: entity references decoded, fragment dropped, safely percent-encoded."""
    return safe_url_string(unescape_href(url).split("#", 1)[0])


@lru_cache(maxsize=_URL_CACHE)
def canonical_url(url: str) -> str:
    """The dedupe key of a page URL (see the module docstring for what is dropped and kept)."""
    url = _PATH_SESSION.sub("", fetchable_url(url))
    parts = urlsplit(url)
    if parts.port is not None and _DEFAULT_PORTS.get(parts.scheme) == parts.port:
        parts = parts._replace(netloc=parts.netloc.rsplit(":", 1)[0])
    url = urlunsplit(parts)
    names = {name for name, _ in parse_qsl(parts.query, keep_blank_values=True)}
    tracking = sorted(name for name in names if _TRACKING_PARAM.match(name))
    if tracking:
        url = url_query_cleaner(url, tracking, remove=True, keep_fragments=False)
    return canonicalize_url(url)


def same_site(url: str, other: str) -> bool:
    """True when both URLs are on the same host and port (scheme-default ports compare equal)."""

    def site(value: str) -> tuple[str, int | None]:
        parts = urlsplit(value)
        return (parts.hostname or "", parts.port or _DEFAULT_PORTS.get(parts.scheme))

    return site(url) == site(other)
