"""Stories: group articles that report the same event, incrementally and across languages.

The corpus step ``stories`` (registered here) clusters the articles stored since its last run
(see :mod:`newsweave.cluster.step` for the state it keeps and :mod:`newsweave.cluster.engine` for
the algorithm) and writes one ``story`` document per story (CONTRACTS.md), which ``stories.json``
exports. docs/stories.md explains the algorithm, the settings and the measured figures.
"""

from __future__ import annotations

from typing import Any

from ..pipeline import Progress, register_step
from ..settings import Settings
from ..store.base import Store
from .step import recluster, resolve_story_id, story_of, update_stories

__all__ = ["story_of", "resolve_story_id", "update_stories", "recluster"]


@register_step("stories")
def stories_step(store: Store, settings: Settings, progress: Progress) -> dict[str, Any]:
    return update_stories(store, settings, progress)
