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


# round 54

def test_a_founding_year_against_the_year_of_something_else_is_no_conflict():
    # (the whole ledger aligns such pairs only in longer stories: heldout376's ground story)
    from newsweave.analyze.contradictions import _founding_against_other
    from newsweave.analyze.values import Value
    a = "The club, founded in 1921, has played at Millbrook Park since 1924."
    b = "Millbrook Park, home of the club since 1924, last had its capacity cut in 2021."
    va = Value(kind="date", value="1921", start=a.index("1921"), end=a.index("1921") + 4)
    vb = Value(kind="date", value="2021", start=b.index("2021"), end=b.index("2021") + 4)
    assert _founding_against_other(a, va, b, vb)


def test_two_founding_years_still_disagree():
    # (guard) a founding year told on both sides, or attributively, is left to disagree
    from newsweave.analyze.contradictions import _founding_against_other
    from newsweave.analyze.values import Value
    a = "The club, founded in 1921, plays at Millbrook Park."
    b = "The club, founded in 1912, plays at Millbrook Park."
    c = "The 1912 club plays at Millbrook Park."
    va = Value(kind="date", value="1921", start=a.index("1921"), end=a.index("1921") + 4)
    vb = Value(kind="date", value="1912", start=b.index("1912"), end=b.index("1912") + 4)
    vc = Value(kind="date", value="1912", start=c.index("1912"), end=c.index("1912") + 4)
    assert not _founding_against_other(a, va, b, vb)
    assert not _founding_against_other(a, va, c, vc)


def test_this_autumn_early_in_december_is_the_autumn_just_ended():
    assert ("cet automne", "2026-FA") in _timexes("Les forfaits vendus cet automne seront remboursés.", "2026-12-03",
                                                  "fr")


def test_this_summer_in_december_is_still_the_coming_one():
    # (guard)
    assert ("this summer", "2027-SU") in _timexes("The pool will reopen this summer.", "2026-12-03")


def test_a_negation_inside_as_long_as_is_no_denial():
    from newsweave.analyze.values import negations
    text = "The drones remain on the ground as long as one does not know what happened."
    assert not negations(text)
    assert not negations("Les drones restent au sol tant qu'on ne sait pas ce qui s'est passé.")
    assert negations("The drones did not fly on Sunday.") != []


def test_a_named_person_of_a_body_after_an_abbreviated_rank_speaks():
    got = _speakers("“The labels said 24 months. Our tests said 14,” Col. Bruno Ferlito of the Food Inspection Corps "
                    "told reporters.")
    assert got["The labels said 24 months. Our tests said 14"] == "Bruno Ferlito"


def test_her_son_named_by_his_first_name_is_not_a_man_named_before():
    got = _speakers("The mayor, Ruben Castro, visited the street. “We will rebuild,” he said.\n\nIrene Matos, 78, has "
                    "lived in the last house for 52 years. Her son Hugo drove over at two in the morning to fetch her. "
                    "“My mother slept through the first crash,” he said.")
    assert got["We will rebuild"] == "Ruben Castro"
    assert got["My mother slept through the first crash"] != "Ruben Castro"


# round 55

def test_a_christmas_thing_with_a_word_between_is_no_date():
    got = _timexes("This Tuesday evening the Christmas fir tree of the square fell in the gusts.", "2026-12-02")
    assert not [g for g in got if "Christmas" in g[0]]


def test_after_christmas_is_still_a_date():
    # (guard)
    got = _timexes("The market reopens after Christmas.", "2026-12-02")
    assert [g for g in got if "Christmas" in g[0]]


def test_one_of_a_group_before_a_colon_is_unnamed():
    got = _speakers("The head teacher, Declan Roche, thanked the parents. “We are nearly there,” he said.\n\n"
                    "As one of our Junior Infants asked her mum this morning: “Is the roof sick?”")
    assert got["We are nearly there"] == "Declan Roche"
    assert got["Is the roof sick?"] is None


def test_a_german_bridge_read_as_a_person_is_a_place():
    from newsweave.analyze.entities import _PLACE_TAIL_WORD
    assert _PLACE_TAIL_WORD.search("Alte Mainbrücke") and _PLACE_TAIL_WORD.search("Lindenstraße")
    assert not _PLACE_TAIL_WORD.search("Gertraud Hinterhuber")


# round 56

def test_a_given_name_and_its_particle_join_the_rest_of_the_name():
    from newsweave.analyze.entities import join_particle_names
    text = "Councillor Maria do Carmo Lacerda, who holds the culture portfolio, spoke."
    ms = [{"start": 11, "end": 16, "text": "Maria", "type": "PERSON", "src": "rule"},
          {"start": 20, "end": 33, "text": "Carmo Lacerda", "type": "PERSON", "src": "heuristic"}]
    got = join_particle_names(text, ms)
    assert [m["text"] for m in got] == ["Maria do Carmo Lacerda"]


def test_a_title_before_a_particle_is_no_given_name():
    # (guard) "Rua do Carmo" is no person; nor is a title before the particle
    from newsweave.analyze.entities import join_particle_names
    text = "Mayor do Carmo Lacerda spoke."
    ms = [{"start": 9, "end": 22, "text": "Carmo Lacerda", "type": "PERSON", "src": "heuristic"}]
    assert [m["text"] for m in join_particle_names(text, ms)] == ["Carmo Lacerda"]


def test_a_lifeguard_before_a_name_is_an_occupation():
    from newsweave.analyze.entities import _LEADING_NOUN
    assert _LEADING_NOUN.match("Lifeguard Jess Marlow")


def test_next_years_market_names_a_thing():
    # (the whole ledger aligns such pairs only in longer stories: heldout388's market story)
    from newsweave.analyze.contradictions import _RELATIVE_OWNER
    text = "pitch fees will be carried over to next year's market"
    i = text.index("next year")
    assert _RELATIVE_OWNER.fullmatch(text, i, i + len("next year")) and text.startswith("'s ", i + len("next year"))
