import os
from pathlib import Path

import pytest

import serve_corpus
from serve_live import live_server

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    d = tmp_path_factory.mktemp("webdb")
    serve_corpus.build(d / "web.db")
    return d / "web.db"


@pytest.fixture(scope="module")
def base_url(corpus_db):
    from newsweave.api import create_app
    from newsweave.settings import Settings

    app = create_app(str(corpus_db), Settings.load(environ={}))
    with live_server(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium chromium-driver")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    yield pg
    ctx.close()
