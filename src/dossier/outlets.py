"""Who published a report, when the input does not say: the outlet its URL names.

One home for what ingest records as an article's outlet and what the evidence stage reads as the outlet
of a record stored without one; it imports nothing of dossier's, so either may use it cheaply.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def outlet_of(url: str | None) -> str | None:
    """The outlet a report's URL names: its host without "www." ("voanews.com"); None without a host.

    >>> outlet_of("https://www.voanews.com/a/pakistan-train/8006651.html")
    'voanews.com'
    """
    if not url:
        return None
    host = urlsplit(url.strip()).hostname or ""
    host = host.removeprefix("www.")
    return host if "." in host else None
