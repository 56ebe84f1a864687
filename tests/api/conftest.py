import pytest
from fastapi.testclient import TestClient

import serve_corpus
from newsweave.api import create_app
from newsweave.settings import Settings

from serve_helpers import TOKEN, make_client


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    d = tmp_path_factory.mktemp("apidb")
    serve_corpus.build(d / "api.db")
    return d / "api.db"


@pytest.fixture(scope="module")
def client(corpus_db):
    app = create_app(str(corpus_db), Settings.load(environ={}))
    with TestClient(app) as c:
        yield c


@pytest.fixture
def writable(tmp_path):
    serve_corpus.build(tmp_path / "w.db")
    with make_client(tmp_path / "w.db", token=TOKEN, max_request_bytes=200_000) as c:
        yield c
