"""A weekday after a future or a schedule dates the event ("will reopen on Wednesday")."""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, compare
from newsweave.analyze.values import find_dates, scheduled

DCT = "2026-11-30"  # a Monday


def _dates(t: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(t[v.start:v.end], v.value) for v in find_dates(t, DCT, lang)]


def _kinds(ta: str, tb: str) -> list[str]:
    def unit(aid: str, t: str) -> Unit:
        return Unit(aid, 0, len(t), t, dates=find_dates(t, DCT))
    return [c["kind"] for c in compare(unit("a", ta), unit("b", tb), similarity=0.9, text_a=ta, text_b=tb,
                                       article_entities={})]


def test_a_scheduled_weekday_is_a_date_a_reporting_weekday_is_not():
    assert _dates("The library will reopen on Wednesday.") == [("Wednesday", "2026-12-02")]
    assert _dates("The board is due to meet Thursday to decide.") == [("Thursday", "2026-12-03")]
    assert _dates("Die Suche soll am Donnerstag fortgesetzt werden.", "de") == [("Donnerstag", "2026-12-03")]
    # the day something was said, or a future in another clause, is not the event's date
    assert _dates("The mayor said on Monday that the library will reopen.") == []
    assert _dates("The firm, which will appeal, said on Monday it was disappointed.") == []
    # a schedule told in the past may have been missed or moved: "was expected to begin Friday"
    assert _dates("Work was expected to begin Friday, the agency said.") == []
    assert not scheduled("He said on ", len("He said on "))


def test_a_scheduled_weekday_disagrees_with_another_day():
    assert _kinds("The library will reopen on Wednesday.", "The library will reopen on December 9.") == ["date"]
    assert _kinds("The library will reopen on Wednesday.", "The library will reopen on December 2.") == []
    # "on Monday, December 14" after "will reopen" is the reopening day, not the reporting day
    assert _kinds("Schools will reopen on Wednesday.",
                  "Schools will reopen on Monday, December 14, the council said.") == ["date"]
    assert _kinds("The council said on Monday, December 14, that schools had reopened.",
                  "The council said on Friday, December 18, that schools had reopened.") == []


def test_a_time_of_day_dates_the_event_unless_said_then():
    assert _dates("Part of the dam gave way late on Sunday, flooding the town.") == [("Sunday", "2026-11-29")]
    assert _dates("The wall collapsed early on Monday, November 23, sending water down.") == \
        [("Monday, November 23", "2026-11-23")]
    assert _dates("The minister said late on Sunday that the dam held.") == []
    # "early on Monday, November 23" is the event's day, not the day it was reported
    assert _kinds("The wall collapsed early on Monday, November 23.", "The wall collapsed late on Saturday.") == ["date"]


def test_weekdays_in_other_languages_are_reporting_days_unless_in_the_future():
    assert _dates("a annoncé lundi le ministre des Transports", "fr") == []
    assert _dates("El ministro lo anunció el lunes.", "es") == []
    assert _dates("Le comité se réunira mercredi.", "fr") == [("mercredi", "2026-12-02")]
