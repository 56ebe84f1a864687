"""Optional URL fetching; disabled unless ``[fetch] enabled`` (see issue on reliability)."""

from __future__ import annotations

from typing import Iterator

from ..model import RawDoc, Reject
from ..settings import Settings


def fetch_url(url: str, settings: Settings) -> Iterator[RawDoc | Reject]:
    if not settings.fetch.enabled:
        yield Reject(url, "E107", "fetching URLs is disabled; set [fetch] enabled = true or save the page to a file")
        return
    yield Reject(url, "E107", "fetching is not implemented yet")
