"""End-to-end in headless Chromium: the pages as a user sees and uses them."""

import re

import pytest

from serve_helpers import shot

pytestmark = pytest.mark.browser


def test_story_list_open_story_click_citation(page, base_url):
    page.goto(base_url + "/")
    assert page.title().startswith("Stories")
    rows = page.locator(".story-row")
    assert rows.count() == 2
    ferry = rows.filter(has_text="Portvale ferry crews strike")
    assert "4 independent sources" in ferry.inner_text()
    assert "2 contested" in ferry.inner_text() and "1 single-source" in ferry.inner_text()
    shot(page, "01-story-list")

    ferry.get_by_role("link", name="Portvale ferry crews strike").click()
    page.wait_for_url(re.compile(r"/stories/s-ferry$"))
    assert page.locator("h1").inner_text() == "Portvale ferry crews strike"
    evidence = page.locator(".evidence").nth(1)
    assert not evidence.is_visible()  # sources stay folded until asked for
    shot(page, "02-story-page")

    cite = page.locator("a.cite").nth(3)  # sentence 2, second source (Saltmere Gazette)
    cite.click()
    assert evidence.is_visible()
    assert cite.get_attribute("aria-expanded") == "true"
    cards = evidence.locator(".source")
    assert cards.count() == 2
    marks = [m.inner_text() for m in evidence.locator("mark").all()]
    assert marks == ["About 40 crew members joined the strike", "Some 45 crew members stopped work"]
    assert "Saltmere Gazette" in evidence.locator(".card-slot.current").inner_text()
    # the whole source sentence is shown around the highlighted span
    assert "according to the Saltmere council." in cards.nth(1).inner_text()
    evidence.scroll_into_view_if_needed()
    shot(page, "03-citation-open", full_page=False)
    assert page.errors == []


def test_citations_are_keyboard_reachable(page, base_url):
    page.goto(base_url + "/stories/s-ferry")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cite')"):
            break
    else:
        pytest.fail("no citation reachable with Tab")
    box = page.evaluate("document.activeElement.getAttribute('data-ev')")
    assert page.locator(f"#{box}").is_visible()  # focusing a citation shows its sources
    page.keyboard.press("Escape")
    assert not page.locator(f"#{box}").is_visible()


def test_story_page_sections(page, base_url):
    page.goto(base_url + "/stories/s-ferry")
    matrix = page.locator("table.matrix")
    assert matrix.locator("thead th").count() == 6  # claim + 5 outlets
    folded = matrix.locator("thead th.folded")
    assert folded.count() == 1 and "Island Daily" in folded.inner_text() and "reprints Coastline Wire" in folded.inner_text()
    row = matrix.locator("tbody tr").nth(1)  # 40 vs 45 crew members
    states = [c.get_attribute("class") for c in row.locator("td").all()]
    assert states[0].startswith("cell supports") and states[1].startswith("cell contradicts")
    dis = page.locator(".disagreement")
    assert dis.count() == 2
    assert dis.first.locator("mark").all_inner_texts() == ["About 40 crew members", "Some 45 crew members"]
    assert "Island shops expect fresh deliveries" in page.locator(".single").inner_text()
    assert "verbatim" in page.locator(".quotes").inner_text()
    chips = page.locator(".chips .chip")
    assert chips.count() == 3 and "also: Marrow" in chips.filter(has_text="Ilse Marrow").inner_text()
    svg = page.locator("svg.timeline")
    assert svg.locator("g.ev").count() == 3 and svg.locator("g.ev.scheduled").count() == 2
    assert page.locator(".bs.new").count() == 2  # two sentences new since version 1
    page.locator("svg.timeline").scroll_into_view_if_needed()
    shot(page, "04-story-timeline", full_page=False)


def test_article_page_removed_chrome_and_highlight(page, base_url):
    page.goto(base_url + "/articles/hh-1?hl=86-125#hl")
    assert page.locator("mark#hl").inner_text() == "About 40 crew members joined the strike"
    removed = page.locator("details.removed")
    assert removed.count() == 1
    assert "related links" in removed.locator("summary").inner_text()
    assert not removed.locator("p").is_visible()
    removed.locator("summary").click()
    assert removed.locator("p").text_content() == "See also  Ten recipes for a rainy weekend"
    shot(page, "05-article")
    page.goto(base_url + "/articles/id-1")
    assert "This article is a reprint of" in page.locator(".note").inner_text()


def test_entity_outlet_search_pages(page, base_url):
    page.goto(base_url + "/entities")
    page.get_by_role("link", name=re.compile("Ilse Marrow")).click()
    assert page.locator("h1").inner_text() == "Ilse Marrow"
    assert page.locator(".story-row").count() == 1
    page.goto(base_url + "/outlets")
    shot(page, "06-outlets")
    page.get_by_role("link", name="Coastline Wire", exact=True).click()
    stats = page.locator(".stats").inner_text()
    assert re.search(r"reprints given\s*1", stats, re.I)
    page.goto(base_url + "/search?q=ferry")
    assert page.locator(".hits li").count() == 4
    page.goto(base_url + '/search?q=%22ferry')
    assert "not valid full-text syntax" in page.locator(".error").inner_text()


def test_phone_layout(browser, base_url):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    pg = ctx.new_page()
    pg.goto(base_url + "/stories/s-ferry")
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"page scrolls sideways on a phone ({width}px)"
    pg.locator("a.cite").first.tap()
    assert pg.locator(".evidence.open").is_visible()
    shot(pg, "07-phone-story")
    ctx.close()


def test_big_story_sections_are_cut_and_paged(browser, corpus_db):
    """With one item per section (as a 300-article story shows 30 of hundreds), the story page
    links to each full section and the section pages page through every item."""
    from newsweave.api import create_app
    from newsweave.settings import Settings
    from serve_live import live_server

    settings = Settings.load(environ={}, overrides={"serve": {"story_section_items": 1, "page_size": 1}})
    with live_server(create_app(str(corpus_db), settings)) as url:
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = ctx.new_page()
        try:
            pg.goto(url + "/stories/s-ferry")
            assert pg.locator(".disagreement").count() == 1
            assert pg.locator("#arts-h + ul.arts li").count() == 1
            pg.get_by_role("link", name="all 2 disagreements →").click()
            pg.wait_for_url(re.compile(r"/stories/s-ferry/disagreements$"))
            assert pg.locator("h1").inner_text().startswith("Disagreements")
            first = pg.locator(".disagreement").inner_text()
            pg.get_by_role("link", name="next →").click()
            pg.wait_for_url(re.compile(r"page=2"))
            second = pg.locator(".disagreement").inner_text()
            assert first != second and "page 2 of 2" in pg.locator(".pager").inner_text()
            assert pg.locator(".pager a[rel=next]").count() == 0
            shot(pg, "08-story-section-page")
            pg.goto(url + "/stories/s-ferry")
            pg.get_by_role("link", name="all 5 articles →").click()
            pg.wait_for_url(re.compile(r"/stories/s-ferry/articles$"))
            outlets = []
            for i in range(5):
                outlets.append(pg.locator("ul.arts .outlet").inner_text())
                if i < 4:
                    pg.locator(".pager a[rel=next]").click()
                    pg.wait_for_url(re.compile(rf"page={i + 2}$"))
            assert len(set(outlets)) == 5 and pg.locator(".pager a[rel=next]").count() == 0
        finally:
            ctx.close()
