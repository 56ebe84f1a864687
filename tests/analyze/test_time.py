"""Temporal expressions, publication dates and the timeline (sentences written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from newsweave.analyze.time import (
    build_timeline,
    check_page_date,
    find_timexes,
    infer_published,
    timex_interval,
)
from newsweave.model import Article
from newsweave.settings import Settings

DCT = "2021-12-27"  # a Monday


def tx(text: str, dct: str | None = DCT, lang: str = "en") -> dict[str, dict]:
    """{surface text: data} for every expression found; also checks every span lies in the text."""
    out = {}
    for s in find_timexes(text, dct, lang):
        assert 0 <= s.start < s.end <= len(text)
        assert s.label == "TIMEX"
        assert text[s.start:s.end] == text[s.start:s.end].strip()
        out[text[s.start:s.end]] = s.data
    return out


def val(text: str, dct: str | None = DCT, lang: str = "en") -> dict[str, str]:
    return {k: v["value"] for k, v in tx(text, dct, lang).items()}


# ----------------------------------------------------------------------------- absolute dates

@pytest.mark.parametrize("text,surface,value", [
    ("The Velmora summit opened on January 9, 2022 in Oslo.", "January 9, 2022", "2022-01-09"),
    ("The port of Kestrel reopened on 9 January 2022.", "9 January 2022", "2022-01-09"),
    ("Minutes were signed 27.12.2021 by the council.", "27.12.2021", "2021-12-27"),
    ("The filing is dated 2021-12-27 in the registry.", "2021-12-27", "2021-12-27"),
    ("The vote was moved to 03/14/2022 by the board.", "03/14/2022", "2022-03-14"),
    ("Trading resumed on Dec. 15th after the pause.", "Dec. 15th", "2021-12-15"),
    ("The mayor spoke on Monday, December 20, 2021 at noon.", "Monday, December 20, 2021", "2021-12-20"),
])
def test_absolute_dates(text, surface, value):
    got = tx(text)
    assert got[surface]["value"] == value
    assert got[surface]["type"] == "DATE"
    assert got[surface]["granularity"] == "day"


def test_day_without_year_follows_tense_and_distance():
    v = val("The Rivon talks will start on Jan. 9, officials said.")
    assert v["Jan. 9"] == "2022-01-09"
    v = val("On Dec. 15, the Tessaly envoy handed over the draft.")
    assert v["Dec. 15"] == "2021-12-15"
    # the weekday fixes the year: December 22, 2021 was a Wednesday
    v = val("The minister spoke in an interview on Wednesday, December 22.", "2022-03-01")
    assert v["Wednesday, December 22"] == "2021-12-22"


def test_month_year_and_bare_month():
    v = val("Output fell in March 2021. The Corvel plant will reopen in January.")
    assert v["March 2021"] == "2021-03"
    assert v["January"] == "2022-01"
    v = val("Sales at Brandt Mills rose sharply in November.")
    assert v["November"] == "2021-11"


def test_may_the_modal_is_not_a_month():
    assert "may" not in {k.lower() for k in tx("The Harlow committee may decide later.")}
    assert val("The Harlow committee met in May.")["May"] == "2021-05"


def test_years_decades_centuries_spelled():
    v = val("Founded in 1988, the firm grew in the 1990s and in the late 1970s; a 20th century idea. "
            "It changed hands in nineteen ninety-six.")
    assert v["1988"] == "1988"
    assert v["the 1990s"] == "199"
    assert v["the late 1970s"] == "197"
    assert v["20th century"] == "19"
    assert v["nineteen ninety-six"] == "1996"
    assert "$2000" not in tx("It cost $2000 to fix.")


# ----------------------------------------------------------------------------- relative expressions

def test_deictic_words():
    v = val("Yesterday the Orlen council met; today it votes and tomorrow it adjourns.")
    assert v["Yesterday"] == "2021-12-26"
    assert v["today"] == "2021-12-27"
    assert v["tomorrow"] == "2021-12-28"
    d = tx("The Brisk Party said now is the time.")
    assert d["now"]["value"] == "PRESENT_REF"


def test_weekdays_default_to_past_and_follow_future_tense():
    v = val("The Galdor ministry announced the plan on Wednesday.")
    assert v["Wednesday"] == "2021-12-22"
    v = val("The delegations will meet on Thursday in Vienna.")
    assert v["Thursday"] == "2021-12-30"
    v = val("They spoke last Friday and will speak again next Monday.")
    assert v["last Friday"] == "2021-12-24"
    assert v["next Monday"] == "2022-01-03"
    # a weekday equal to the document's own weekday is that day
    assert val("The mayor resigned Monday.")["Monday"] == "2021-12-27"


def test_relative_calendar_units():
    v = val("Last week prices rose; this month they fell; next year they may recover, "
            "unlike last month and this year.")
    assert v["Last week"] == "2021-W51"
    assert v["this month"] == "2021-12"
    assert v["next year"] == "2022"
    assert v["last month"] == "2021-11"
    assert v["this year"] == "2021"
    d = tx("The Pellam works will close early next year.")
    assert d["early next year"]["value"] == "2022" and d["early next year"]["mod"] == "START"


def test_beginning_of_next_year_and_early_year():
    d = tx("Talks should start at the very beginning of next year, in early 2022.")
    assert d["the very beginning of next year"]["value"] == "2022"
    assert d["the very beginning of next year"]["mod"] == "START"
    assert d["early 2022"]["value"] == "2022" and d["early 2022"]["mod"] == "START"
    assert d["early 2022"]["relative"] is False


def test_new_year_holidays_are_a_range_in_early_january():
    d = tx("The negotiations will take place immediately after the New Year holidays.")
    e = d["immediately after the New Year holidays"]
    assert e["value"] == "2022-01-09/2022-01-15"
    assert e["granularity"] == "range" and e["mod"] == "AFTER"
    d = tx("Work on the Sorrel bridge will resume after the New Year holidays.")
    assert d["after the New Year holidays"]["value"] == "2022-01-09/2022-01-18"
    assert val("Shops will close for Christmas.", "2021-12-20")["Christmas"] == "2021-12-25"


def test_two_days_later_is_anchored_to_the_previous_date():
    v = val("On Dec. 15 the Tarn agency filed the draft, and two days later the ministry published it.")
    assert v["Dec. 15"] == "2021-12-15"
    assert v["two days later"] == "2021-12-17"
    v = val("Three weeks ago the Ulm plant shut.")
    assert v["Three weeks ago"] == "2021-W49"  # 2021-12-06


def test_seasons():
    v = val("This winter the Kavel river froze; last summer it ran dry.")
    assert v["This winter"] == "2021-WI"
    assert v["last summer"] == "2021-SU"
    iv = timex_interval("2021-WI")
    assert iv == ("2021-12-01", "2022-02-28")


def test_quarters_and_a_year_earlier():
    v = val("Lomond Corp said third-quarter profit rose 5% from a year earlier.", "1999-10-26")
    assert v["third-quarter"] == "1999-Q3"
    assert v["a year earlier"] == "1998-Q3"


def test_durations_and_sets():
    d = tx("The strike at Wendle Mills lasted three weeks, then about two hours, and for several years.")
    assert d["three weeks"] == {"value": "P3W", "type": "DURATION", "granularity": "week", "relative": False}
    assert d["about two hours"]["value"] == "PT2H"
    assert d["about two hours"]["mod"] == "APPROX"
    assert d["several years"]["value"] == "PXY"
    d = tx("Ferries leave every Thursday and cost $5 a week.")
    assert d["every Thursday"]["type"] == "SET"
    assert d["every Thursday"]["value"] == "XXXX-WXX-4"
    assert "52 years old" not in tx("The driver, 52 years old, was unhurt.")


def test_times_of_day():
    d = tx("The blast happened at 10 p.m. Wednesday and the police arrived around 7:15 a.m.")
    assert d["10 p.m. Wednesday"]["value"] == "2021-12-22T22:00"
    assert d["10 p.m. Wednesday"]["type"] == "TIME"
    assert d["around 7:15 a.m."]["value"] == "2021-12-27T07:15"
    assert val("The vote is set for this evening.")["this evening"] == "2021-12-27TEV"


def test_no_document_date_gives_placeholders():
    d = tx("The Brann ferry sails on Friday and returns in January; 2019 was different.", None)
    assert d["Friday"]["value"] == "XXXX-WXX-5"
    assert d["January"]["value"] == "XXXX-01"
    assert d["2019"]["value"] == "2019"
    assert "interval" not in d["Friday"]


def test_interval_is_attached():
    d = tx("Prices at Calder rose in January 2022.")
    assert d["January 2022"]["interval"] == ["2022-01-01", "2022-01-31"]


# ----------------------------------------------------------------------------- German and French

def test_german():
    v = val("Am 9. Januar 2022 tagte der Rat. Nächste Woche folgt die Abstimmung, gestern gab es Streit. "
            "Anfang nächsten Jahres soll der Bau beginnen. Vor drei Tagen kam die Antwort.", lang="de")
    assert v["9. Januar 2022"] == "2022-01-09"
    assert v["Nächste Woche"] == "2022-W01"
    assert v["gestern"] == "2021-12-26"
    assert v["Anfang nächsten Jahres"] == "2022"
    assert v["Vor drei Tagen"] == "2021-12-24"
    d = tx("Die Gespräche beginnen nach den Neujahrsfeiertagen.", lang="de")
    assert d["nach den Neujahrsfeiertagen"]["value"] == "2022-01-09/2022-01-18"
    assert val("Der Vertrag wird morgen unterzeichnet.", lang="de")["morgen"] == "2021-12-28"
    # the noun "Morgen" (morning) is no date
    assert "Morgen" not in tx("Am Morgen regnete es.", lang="de")


def test_french():
    v = val("Le 9 janvier 2022, le conseil a voté. Demain, la semaine prochaine et l'an prochain "
            "aussi. Il y a trois jours, début janvier.", lang="fr")
    assert v["9 janvier 2022"] == "2022-01-09"
    assert v["Demain"] == "2021-12-28"
    assert v["la semaine prochaine"] == "2022-W01"
    assert v["l'an prochain"] == "2022"
    assert v["Il y a trois jours"] == "2021-12-24"
    assert v["début janvier"] == "2022-01"
    assert val("Il est arrivé lundi dernier.", lang="fr")["lundi dernier"] == "2021-12-20"


# ----------------------------------------------------------------------------- publication date

def test_infer_published_from_date_line():
    text = "March 3, 2023\n\nHeadline about the Fennel dam\n\nThe Fennel dam opened on Tuesday."
    r = infer_published(text)
    assert r["date"] == "2023-03-03" and r["confidence"] >= 0.9
    assert text[r["start"]:r["end"]] == "March 3, 2023"
    text = "The Quarry board met.\n\nIt approved the budget.\n\nNorthwire, 04.05.2023\nSource: wire"
    assert infer_published(text)["date"] == "2023-05-04"
    text = "The Elm council said on Thursday, May 11, 2023, that it would vote soon."
    r = infer_published(text)
    assert r["date"] == "2023-05-11" and 0.5 <= r["confidence"] < 0.9
    assert infer_published("No dates here at all, only words.") is None


def test_check_page_date_flags_a_late_page_date():
    text = ("The Halvard talks will begin in January. The first round will be held in January 2022, "
            "the envoy said on Wednesday, December 22.")
    r = check_page_date("2022-01-28", text)
    assert r is not None and r["confidence"] >= 0.6
    assert r["latest_consistent"] == "2021-12-31"
    for e in r["evidence"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert check_page_date("2021-12-23", text) is None
    assert check_page_date(None, text) is None


def test_check_page_date_uses_a_date_line():
    text = "June 2, 2020\n\nThe Orbison mill closed after a long strike, its owners said."
    r = check_page_date("2020-09-15", text)
    assert r is not None and r["suggested"]["date"] == "2020-06-02"


# ----------------------------------------------------------------------------- timeline

def _art(aid: str, text: str, published: str, lang: str = "en") -> Article:
    return Article(id=aid, source=f"{aid}.txt", fmt="txt", raw=text, extracted=text, text=text,
                   published=published, language=lang)


def test_timeline_merges_same_event_across_articles_and_links_precisions():
    a = _art("a", "Talks between Arvenia and Boltan will begin in January, the foreign minister said.\n\n"
                  "The minister met the Boltan envoy on Monday.", "2021-12-22")
    b = _art("b", "Arvenia and Boltan talks will begin in January according to the foreign minister.", "2021-12-23")
    c = _art("c", "Arvenia and Boltan talks will start on Jan. 10, the foreign minister of Arvenia said.", "2021-12-27")
    d = _art("d", "December 30, 2021\n\nThe storm hit the Boltan coast on Dec. 2.", "2021-12-30")
    tl = build_timeline([a, b, c, d], {})
    by_date = {e["date"]: e for e in tl}
    jan = by_date["2022-01"]
    assert jan["granularity"] == "month" and jan["scheduled"] is True
    assert {c_["article_id"] for c_ in jan["citations"]} == {"a", "b"}
    day = by_date["2022-01-10"]
    assert day["granularity"] == "day" and day["scheduled"] is True
    assert day["id"] in jan["compatible_with"] and jan["id"] in day["compatible_with"]
    monday = by_date["2021-12-20"]
    assert monday["scheduled"] is False
    assert "2021-12-30" not in by_date  # a date line is not an event
    assert by_date["2021-12-02"]["scheduled"] is False
    dates = [e["date"].split("/")[0] for e in tl]
    assert dates == sorted(dates)
    texts = {x.id: x.text for x in (a, b, c, d)}
    for e in tl:
        for cit in e["citations"]:
            assert texts[cit["article_id"]][cit["start"]:cit["end"]] in (e["text"],) or cit["end"] > cit["start"]
        for m in e["mentions"]:
            frag = texts[m["article_id"]][m["start"]:m["end"]]
            assert frag and any(frag in texts[c_["article_id"]][c_["start"]:c_["end"]] for c_ in e["citations"])


def test_timeline_keeps_different_events_on_the_same_date_apart():
    a = _art("a", "The Corran bridge opened on Dec. 1 after years of work.", "2021-12-10")
    b = _art("b", "Wildfires spread across the Pell valley on Dec. 1, firefighters reported.", "2021-12-10")
    tl = build_timeline([a, b], {"a": [(0, len(a.text))], "b": [(0, len(b.text))]})
    assert len([e for e in tl if e["date"] == "2021-12-01"]) == 2


def test_timeline_merge_threshold_is_a_setting():
    a = _art("a", "The Corran bridge opened on Dec. 1 after years of work.", "2021-12-10")
    b = _art("b", "Wildfires spread across the Pell valley on Dec. 1, firefighters reported.", "2021-12-10")
    tl = build_timeline([a, b], {}, options={"timeline_merge_similarity": 0.0,
                                             "timeline_link_similarity": 0.2})
    assert len([e for e in tl if e["date"] == "2021-12-01"]) == 1


def test_settings_section_is_packaged():
    s = Settings.load(environ={})
    assert 0 < s.time.timeline_merge_similarity <= 1
    assert 0 < s.time.page_date_conflict <= 1


# ----------------------------------------------------------------------------- robustness

@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("abcJanuary Dec. 0123456789,-/.:\n") +
                                ["May ", "Friday ", "next ", "last ", "year", " ago", "two ", "weeks", "p.m.",
                                 "the ", "Januar ", "janvier ", "après ", "New Year holidays"]),
                max_size=60).map("".join),
       st.sampled_from([None, "2021-12-27", "1999-02-28"]), st.sampled_from(["en", "de", "fr"]))
def test_spans_always_inside_text(text, dct, lang):
    spans = find_timexes(text, dct, lang)
    last_end = -1
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= last_end  # sorted, no overlaps
        last_end = s.end
        assert s.data["type"] in ("DATE", "TIME", "DURATION", "SET")
        assert s.data["granularity"] in ("day", "month", "season", "year", "range", "week", "time")


def test_french_and_german_holidays_and_past_units():
    v = val("Le ministre viendra après les fêtes de fin d'année. Il est venu le mois dernier.", lang="fr")
    assert v["après les fêtes de fin d'année"] == "2022-01-09/2022-01-18"
    assert v["le mois dernier"] == "2021-11"
    v = val("Mitte März kam der Minister nach Linz, um 15 Uhr.", lang="de")
    assert v["Mitte März"] == "2021-03"
    assert v["um 15 Uhr"] == "2021-12-27T15:00"


def test_german_month_before_a_colon_stays_a_date():
    # the English title check ("August: Osage County") must not drop German months before a capitalised noun
    from newsweave.analyze.time import find_timexes

    t = "Im August: Der Umsatz von Tarnow stieg."
    assert [(t[s.start:s.end], s.data["value"]) for s in find_timexes(t, "2021-12-27", "de")] == [("August", "2021-08")]
