import pytest

from .data import ARTICLES, story_doc


@pytest.fixture
def dam_store(store):
    store.put_articles(ARTICLES)
    store.put_doc("story", "s1", story_doc(["a1", "a2", "a3", "a4"]))
    return store


@pytest.fixture
def settings(settings):
    # these tests bring their own story documents: the clustering step must not add its own
    return settings.replace({"stories": {"enabled": False}})
