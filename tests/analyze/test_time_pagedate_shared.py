"""check_page_date runs one timex detection: the absolute full dates it reads for infer_published
are the same with the page date as without any document date."""

from __future__ import annotations

import pytest

from newsweave.analyze.time import _full_dates, check_page_date, infer_published
from newsweave.gen import generate

TEXTS = [
    ("Brennick, 27.12.2021\nTalks will begin on Monday, January 10, 2022, after the holidays.", "2021-12-27", "en"),
    ("The summit of March 3, 2019 was followed by talks on 4 March. Next Friday the envoys meet again.",
     "2019-03-05", "en"),
    ("Berlin, 9. Januar 2022 - Die Gespräche beginnen am Montag, dem 10. Januar 2022, und enden im Februar.",
     "2022-01-09", "de"),
    ("Le 14 mars 2020, le conseil s'est réuni; il se réunira de nouveau le 2 avril 2020.", "2020-03-15", "fr"),
    ("No date with a year here, only next Tuesday and December 27.", "2021-12-27", "en"),
]


def _corpus():
    yield from TEXTS
    for it in generate(120, seed=11, languages=("en", "de")):
        yield it["text"], (it["published"] or "")[:10] or "2021-06-01", it["language"]


@pytest.mark.parametrize("text,dct,lang", list(_corpus()))
def test_full_dates_do_not_depend_on_the_document_date(text, dct, lang):
    plain = [(s.start, s.end, s.data["value"][:10]) for s in _full_dates(text, lang)]
    dated = [(s.start, s.end, s.data["value"][:10]) for s in _full_dates(text, lang, dct)]
    assert plain == dated
    assert infer_published(text, lang) == infer_published(text, lang, dct)


def test_page_date_report_is_unchanged_by_the_shared_detection():
    text, dct, lang = TEXTS[0]
    rep = check_page_date("2022-01-28", text, lang)
    assert rep is not None and rep["suggested"]["date"] == "2021-12-27"
    assert check_page_date(dct, text, lang) is None
