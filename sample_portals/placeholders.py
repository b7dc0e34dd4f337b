"""Tokens the static pages carry and the server replaces at request time.

The build must be byte-for-byte deterministic, yet a portal shows today's date in its header
clock and feeds/sitemaps need absolute URLs on whatever port the server got.
"""

from __future__ import annotations

from datetime import date

from sample_portals.vndates import clock

TODAY = "%%HOM_NAY%%"
BASE_URL = "%%BASE_URL%%"


def fill(body: bytes, base_url: str, today: date) -> bytes:
    """Replace the tokens in a served file."""
    return body.replace(TODAY.encode(), clock(today).encode()).replace(BASE_URL.encode(), base_url.encode())
