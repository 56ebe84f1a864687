"""Session 21 rules, found on the even sets of the session's rounds (read after their blind
measurement). Every sentence here is ours."""

from __future__ import annotations


def _conflicts(*texts: tuple[str, str]) -> list[tuple[str, str, str]]:
    from test_session20 import _conflicts as conflicts
    return conflicts(*texts)


def _speakers(text: str, lang: str = "en") -> dict[str, str | None]:
    from test_session13 import _speakers as speakers
    return speakers(text, lang)


def _timexes(text: str, dct: str, lang: str = "en") -> list[tuple[str, str]]:
    from newsweave.analyze.time import find_timexes
    return [(text[t.start:t.end], t.data["value"]) for t in find_timexes(text, dct, lang=lang)]


# contradictions

def test_a_figure_the_other_article_also_tells_in_the_same_words_is_another_fact():
    # the first outlet gives the offer and the demand; the second the demand only, in the same words
    got = _conflicts(("Drivers at the Harlow depot rejected the company's offer of a 3.5% pay rise on Monday. The "
                      "drivers want 6%. Buses across Harlow stopped at noon.", "en"),
                     ("Drivers at the Harlow depot, who want a 6% pay rise, walked out on Monday after rejecting "
                      "the company's offer. Buses across Harlow stopped at noon.", "en"))
    assert not [c for c in got if c[0] == "number"]


def test_a_figure_the_other_article_tells_of_another_act_still_conflicts():
    # (guard) "Two men were arrested" does not make "three men in hospital" agree with "two men"
    from newsweave.analyze.contradictions import _article_tells
    from newsweave.analyze.values import find_counts
    a = ("A fight outside the Crown left three men in hospital on Saturday. Two men were arrested at the scene.")
    b = "A fight outside the Crown on Saturday sent two men to hospital, police said."
    vb = [v for v in find_counts(b) if v.value == 2][0]
    assert not _article_tells(a, b, vb)
    va = [v for v in find_counts(a) if v.value == 3][0]
    assert not _article_tells(b, a, va)


def test_a_yearly_rate_is_not_the_count_of_one_event():
    got = _conflicts(("The faculty admits 420 first-year students a year; the leaked paper was the anatomy exam "
                      "sat on Friday.", "en"),
                     ("The faculty annulled the anatomy exam sat on Friday by 380 students after the leak.", "en"))
    assert not [c for c in got if c[0] == "number"]


def test_two_rates_still_disagree():
    # (guard) both sides give a weekly figure
    from newsweave.analyze.contradictions import _RATE_AFTER
    text_a, text_b = "will open three days a week", "will open two days a week"
    assert bool(_RATE_AFTER.match(text_a, text_a.index(" a week"))) == bool(
        _RATE_AFTER.match(text_b, text_b.index(" a week")))


# time

def test_the_days_of_an_opening_schedule_are_no_dates():
    got = _timexes("The library will stay open around the clock from Sunday to Thursday, with two floors open.",
                   "2026-12-02")
    assert ("Sunday", "XXXX-WXX-7") in got and ("Thursday", "XXXX-WXX-4") in got


def test_a_span_of_weekdays_for_one_event_keeps_its_dates():
    # (guard) a strike from Monday to Wednesday is an event
    got = _timexes("Cleaners will strike from Monday to Wednesday.", "2026-12-02")
    assert ("Monday", "2026-12-07") in got


def test_hours_a_day_from_a_weekday_is_a_rate_then_a_day():
    got = _timexes("The hall will open 24 hours a day from Sunday to Thursday.", "2026-12-02")
    assert not [g for g in got if g[0].startswith("a day from")]


def test_a_weekday_after_a_simple_future_in_spanish_lies_ahead():
    got = _timexes("La ciudad está en alerta desde este miércoles y la crecida llegará, según las previsiones, "
                   "la madrugada del jueves.", "2026-12-09", "es")
    assert ("jueves", "2026-12-10") in got


def test_a_weekday_after_a_simple_future_in_italian_lies_ahead():
    assert ("giovedì", "2026-12-10") in _timexes("La funivia riaprirà giovedì, dopo il collaudo.", "2026-12-09", "it")


# quotes

def test_someone_unnamed_before_a_quote_is_not_the_last_speaker():
    got = _speakers("Tom Harker, who rides to work every day, spoke first. “The road is a danger,” he said.\n\n"
                    "Someone at the back of the hall was less patient. “Mend it or close it,” he shouted as the "
                    "meeting ended.")
    assert got["The road is a danger"] == "Tom Harker"
    assert got["Mend it or close it"] is None


def test_a_portuguese_lament_after_a_title_and_a_name():
    got = _speakers("O vereador Rui Vasconcelos garantiu: «A bancada fica fechada.»\n\n«Há dois anos que pedimos "
                    "obras», lamentou o presidente do clube, Artur Quintela, «e nada.»", "pt")
    assert got["Há dois anos que pedimos obras"] == "Artur Quintela"


def test_a_translated_portfolio_before_a_name_is_no_part_of_it():
    from newsweave.analyze.entities import _clean_mention
    text = "The assessor to the Mobility Lucia Ferrante asked for night shuttles."
    s = text.index("Mobility")
    got = [text[a:b] for a, b in _clean_mention(text, s, s + len("Mobility Lucia Ferrante"))]
    assert got == ["Lucia Ferrante"]


def test_the_father_set_off_with_a_stressed_pronoun_is_the_owner_of_the_son():
    got = _speakers("Depuis 40 ans, Henri Vasseur vend des marrons au marché. Son fils Hugo, 24 ans, tient la "
                    "caisse. « Ça marche bien », dit le jeune homme. Le père, lui, soupire : « Les clients ne "
                    "viennent plus. »", "fr")
    assert got["Les clients ne viennent plus"] == "Henri Vasseur"
