"""The five seed articles (one event, five outlets) must form one story. Needs ../shared/seeds."""

import os
from pathlib import Path

import pytest

from newsweave import pipeline
from newsweave.cluster import update_stories

REPO = Path(__file__).resolve().parents[2]
SEEDS = Path(os.environ.get("NEWSWEAVE_SHARED", REPO.parent / "shared")) / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"{SEEDS} not found (set NEWSWEAVE_SHARED)")
@pytest.mark.parametrize("method", ["auto", "terms"])  # one has a page date a month off: corrected from its text
def test_seed_articles_form_one_story(store, settings, method):
    rep = pipeline.ingest([str(SEEDS)], store, settings)
    assert rep.stored == 5
    update_stories(store, settings.replace({"stories": {"method": method}}))
    live = [d for _, d in store.iter_docs("story") if not d.get("merged_into")]
    assert len(live) == 1 and len(live[0]["article_ids"]) == 5
