"""Session 8 rules: running figures, negated clauses, hedged counts far apart, ages, translated names."""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, _count_relation, compare
from newsweave.analyze.values import find_counts, find_dates
from test_rules8 import _speakers  # one ledger-of-one-article helper for both rule files

DCT = "2026-09-08"


def _unit(aid: str, t: str, dct: str = DCT) -> Unit:
    stamps: list[tuple[int, int, str]] = []
    return Unit(aid, 0, len(t), t, counts=find_counts(t), dates=find_dates(t, dct, "en", 0, stamps), stamps=stamps)


def _kinds(ta: str, tb: str, dct_a: str = DCT, dct_b: str = DCT, persons=None) -> list[str]:
    a, b = _unit("a", ta, dct_a), _unit("b", tb, dct_b)
    if persons:
        a.persons, b.persons = persons
        a.entities = set(a.persons) | {"shared"}
        b.entities = set(b.persons) | {"shared"}
    return [c["kind"] for c in compare(a, b, similarity=0.9, text_a=ta, text_b=tb, article_entities={})]


def test_readings_of_a_running_figure_at_different_times_do_not_conflict():
    # the same day, afternoon and evening: the fund grew
    assert "number" not in _kinds("The appeal for the rescue team had raised £2,400 by Monday evening.",
                                  "The rescue team's appeal passed £1,000 this afternoon.", dct_b="2026-09-07")
    assert "number" not in _kinds("On Saturday morning 41,000 homes were still without power.",
                                  "By Friday afternoon 120,000 homes were without power.")
    # the same time: a real disagreement
    assert "number" in _kinds("The appeal had raised £2,400 by Monday evening.",
                              "The appeal had raised £1,000 by Monday evening.")


def test_a_running_word_elsewhere_in_the_sentence_does_not_make_a_toll_a_reading():
    # "still missing" is said of the two, not of the dead: four vs three killed stays a conflict
    kinds = _kinds("Four people were killed when a gas explosion tore through a block early on Wednesday.",
                   "Three people were killed and two are still missing after a gas explosion early on Tuesday, Sept. 1.")
    assert "number" in kinds


def test_a_denial_must_share_words_with_the_clause_it_denies():
    # the second sentence repeats the first one's aside, not the leak the first one denies
    assert "negation" not in _kinds(
        "No fuel leaked into the harbour, Okafor said, although divers would inspect the hull on Friday.",
        "The divers go to inspect the hull of the ship on Friday, Okafor said.")
    assert "negation" in _kinds("No fuel leaked into the harbour from the damaged tanker on Tuesday.",
                                "Fuel leaked into the harbour from the damaged tanker on Tuesday.")


def test_the_teller_of_a_denial_is_not_what_is_denied():
    assert "negation" not in _kinds("The company says no redundancy will be compulsory and every worker will be offered a job.",
                                    "The company says every worker will be offered a job.")


def test_two_hedged_counts_far_apart_disagree():
    ta, tb = "About 150 people marched through the town.", "Around 300 people marched through the town."
    a, b = find_counts(ta)[0], find_counts(tb)[0]
    assert _count_relation(a, b, ta, tb) == "differ"
    tc = "Some 160 people marched through the town."
    assert _count_relation(a, find_counts(tc)[0], ta, tc) == "precision"
    assert "number" in _kinds(ta, tb)


def test_ages_of_different_people_do_not_conflict():
    # the first sentence gives the other side's age too: a couple of 71 and a man of 34
    assert "number" not in _kinds("The dead were a couple from Altbach, both 71, and a 34-year-old man from Kessel.",
                                  "Among the dead is a married couple from Old Brook, both 71 years old.")
    # one person, two ages
    assert "number" in _kinds("A 16-year-old boy was found in the wreck.", "A 19-year-old man was found in the wreck.")


def test_a_place_name_translated_by_its_parts_is_no_rival_participant():
    ta = "Rubble was dumped below the Mühle von Oberlemmingen on the east bank of the river."
    tb = "Rubble was dumped below the old mill of Upper Lemmingen on the east bank of the river."
    persons = ({"p1": (ta.index("Mühle"), ta.index(" on the east"))},
               {"p2": (tb.index("Upper"), tb.index(" on the east"))})
    assert "name" not in _kinds(ta, tb, persons=persons)
    # two different people stay rivals
    ta = "The inquiry is led by Renate Hollweg of the district office."
    tb = "The inquiry is led by Bernd Kiesling of the district office."
    persons = ({"p1": (ta.index("Renate"), ta.index(" of the"))}, {"p2": (tb.index("Bernd"), tb.index(" of the"))})
    assert "name" in _kinds(ta, tb, persons=persons)


def test_a_person_of_a_body_is_who_speaks_not_the_body():
    got = _speakers("Geologists inspected the crater on Monday. Petra Lindqvist of the Borland Geological Survey has "
                    "studied it for years.\n\n“Salt and water do not mix,” says Petra Lindqvist of the Borland "
                    "Geological Survey.")
    assert got["Salt and water do not mix"] == "Petra Lindqvist"


def test_a_body_whose_name_holds_and_speaks_as_one_body():
    from newsweave.analyze.entities import _join_and_bodies

    text = "Harwick Fire and Rescue Service said in a statement: “Crews worked through the night.”"
    r = text.index("Rescue")
    ms = [{"start": 0, "end": 12, "text": "Harwick Fire", "type": "PERSON", "src": "model"},
          {"start": r, "end": r + 14, "text": "Rescue Service", "type": "ORG", "src": "model"}]
    [m] = _join_and_bodies(text, ms)
    assert (m["text"], m["type"]) == ("Harwick Fire and Rescue Service", "ORG")
    # two bodies named side by side stay two
    text = "Harwick Police and the Coastguard Agency said"
    c = text.index("Coastguard")
    ms = [{"start": 0, "end": 14, "text": "Harwick Police", "type": "ORG", "src": "model"},
          {"start": c, "end": c + 17, "text": "Coastguard Agency", "type": "ORG", "src": "model"}]
    assert len(_join_and_bodies(text, ms)) == 2


def test_a_role_conflict_cites_the_fullest_name_of_the_holder():
    from newsweave.analyze.contradictions import offices
    from newsweave.analyze.contradictions import _POSSESSIVE

    [(_, holder, _)] = offices("Judge Thorne's key line: prison is no marketplace.")
    assert _POSSESSIVE.sub("", holder) == "Thorne"


def test_joined_days_make_a_longer_period():
    ta = "The airport cancelled 42 flights on Monday because of ash."
    tb = "The airport cancelled 64 flights on Monday and Tuesday because of ash."
    assert "number" not in _kinds(ta, tb)
    assert "number" in _kinds(ta, "The airport cancelled 64 flights on Monday because of ash.")


def test_spanish_la_manana_is_the_morning_not_tomorrow():
    t = "El alcalde visitó el lugar el martes por la mañana."
    assert "2026-11-27" not in [v.value for v in find_dates(t, "2026-11-26", "es")]
    t = "El alcalde visitará el lugar mañana."
    assert [v.value for v in find_dates(t, "2026-11-26", "es")] == ["2026-11-27"]


def test_a_capitalised_phrase_opening_with_a_common_word_is_no_rival_participant():
    from newsweave.analyze.contradictions import _common_word_first

    ta = "The first family of the town hosted the dinner. The First Family attended, the mayor said."
    assert _common_word_first("First Family", ta, "")
    # a known first name stays a name even when it is a word too, and so does a name never written small
    assert not _common_word_first("Mark Lowry", "Mark Lowry passed the 20-mile mark.", "")
    assert not _common_word_first("Renate Hollweg", "Renate Hollweg leads the inquiry.", "")


def test_a_running_time_and_an_including_clause_are_not_counts_to_compare():
    assert find_counts("Drone spotted near the airport 1:20 autoplay") == []
    [whole, part] = find_counts("He faces 29 charges in all, including 11 counts of murder.")
    assert (whole.qual, part.qual) == ("", "part")


def test_the_date_of_an_embedded_post_is_not_an_event_date():
    assert find_dates("I do not wish to force this on anyone. — Jane Roe (@janeroe) May 27, 2014", "2014-05-29") == []
    assert [v.value for v in find_dates("The show was cancelled on May 27, 2014.", "2014-05-29")] == ["2014-05-27"]


def test_an_elliptical_comparison_group_denies_nothing():
    from newsweave.analyze.values import negations

    assert not negations("Children with a dog were less likely to get asthma than those who did not, the study found.")
    # an elliptical denial of a verb phrase is still one
    assert negations("We need to understand why it did not.") != []


def test_a_year_after_since_that_opens_a_when_clause_dates_that_clause():
    from newsweave.analyze.ledger import is_background

    t = "It is the worst stranding on the island since 1998, when 60 whales died on the same coast."
    [v] = find_dates(t, "2026-10-08")
    assert is_background(t, v, "2026-10-08")
    t = "The pier has been closed since 1998 for repairs."
    assert find_dates(t, "2026-10-08") == []


def test_a_day_counted_from_another_is_not_compared_by_itself():
    t = "The whales stranded on Tuesday night, and volunteers worked through the next day."
    assert "2026-10-07" not in [v.value for v in find_dates(t, "2026-10-08")]


def test_until_a_time_before_a_count_marks_a_reading():
    assert "number" not in _kinds("Forty-seven pilot whales stranded on the beach on Tuesday night.",
                                  "Until Wednesday at night, 21 whales had been returned to the sea.",
                                  "2026-10-08", "2026-10-09")


def test_according_to_opening_a_sentence_is_not_a_first_name():
    got = _speakers("La direttrice del festival, Chiara Benedetti, ha sospeso i voli. Secondo Benedetti, il festival "
                    "riprenderà giovedì.\n\n«Voliamo qui da 22 anni», ha detto ai giornalisti.", "it")
    assert got["Voliamo qui da 22 anni"] == "Chiara Benedetti"


def test_a_name_from_a_place_before_a_colon_is_the_speaker():
    got = _speakers("We asked fans what they saw. Martin Ashdown was in the stand.\n\nMartin, from Kelsby: “I have never "
                    "been so ashamed.”")
    assert got["I have never been so ashamed"] in ("Martin Ashdown", "Martin")


def test_where_a_statement_was_posted_is_not_who_posted_it():
    got = _speakers("Le Club Spéléo de Rivesac a remercié les secours.\n\nSur Facebook, le club a écrit : « Merci à "
                    "chaque sauveteur. »", "fr")
    assert got.get("Merci à chaque sauveteur") != "Sur Facebook"


def test_the_company_is_not_an_authority_named_before_it():
    got = _speakers("The Borland Civil Aviation Authority is investigating Aerostati Colline, which runs the balloon. "
                    "The authority had passed the balloon at an inspection in May. “Our thoughts are with our passengers,” "
                    "the company said.")
    assert got["Our thoughts are with our passengers"] != "Borland Civil Aviation Authority"


def test_a_place_named_in_two_languages_is_one_place():
    ta = "The balloon crashed into a vineyard near San Procolo on Sunday morning."
    tb = "The balloon crashed into a vineyard in Saint Proculus on Sunday morning."
    a, b = _unit("a", ta), _unit("b", tb)
    a.places = {"p1": (ta.index("San"), ta.index(" on Sunday"))}
    b.places = {"p2": (tb.index("Saint"), tb.index(" on Sunday"))}
    assert [c["kind"] for c in compare(a, b, similarity=0.9, text_a=ta, text_b=tb, article_entities={})] == []


def test_a_later_sentence_by_sentence_translation_is_a_repost_of_its_source():
    import numpy as np

    from newsweave.analyze.claims import translated_reposts

    # articles o (English original), f (German, same day), r (English, next day); r's sentences are
    # f's in order, f's follow o loosely
    rng = np.random.default_rng(7)
    base = rng.normal(size=(6, 32))
    units, vecs = [], []
    for aid, noise in (("o", 0.9), ("f", 0.0), ("r", 0.2)):
        for k in range(6):
            units.append(Unit(aid, k * 10, k * 10 + 9, "x"))
            vecs.append(base[k] + noise * rng.normal(size=32))
    v = np.array(vecs)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    sim = v @ v.T
    lang = {"o": "en", "f": "de", "r": "en"}
    published = {"o": "2026-08-16", "f": "2026-08-16", "r": "2026-08-17"}
    assert translated_reposts(units, sim, lang, published) == {"r": "f"}
    # published the same day: an outlet's own article, not a repost
    assert translated_reposts(units, sim, lang, {**published, "r": "2026-08-16"}) == {}
    # the same language: reprints are found elsewhere (near-duplicate detection)
    assert translated_reposts(units, sim, {**lang, "f": "en"}, published) == {}


def test_will_verb_in_a_month_is_the_coming_month_even_just_after_it():
    from newsweave.analyze.time import find_timexes

    t = "Under the plan the pupils will move in August to the school in Kleinwalde."
    assert [x.data["value"] for x in find_timexes(t, "2026-09-23")] == ["2027-08"]
    # past tense: the August just gone
    t = "The pupils moved in August to the school in Kleinwalde."
    assert [x.data["value"] for x in find_timexes(t, "2026-09-23")] == ["2026-08"]


def test_both_numbers_on_both_sides_are_one_tally():
    assert "number" not in _kinds("Councillors approved the closure by 31 votes to 24.",
                                  "The district assembly voted with 31 to 24 votes for the closure.")


def test_a_denial_is_about_what_follows_the_negation():
    assert "negation" not in _kinds("Frawley was refused bail and is due to appear in court on Friday.",
                                    "Frawley is due to face court on Friday, police said.")


def test_a_thing_dated_in_its_own_clause_sets_the_clause_in_that_time():
    from newsweave.analyze.ledger import is_background

    t = "The school was built in 1958 for 240 pupils."
    [v] = find_dates(t, "2026-09-23")
    assert is_background(t, v, "2026-09-23")
    t = "The school, opened in 1958, has 68 pupils."
    [v] = find_dates(t, "2026-09-23")
    assert not is_background(t, v, "2026-09-23")


def test_local_titles_are_not_part_of_the_name():
    from newsweave.analyze.ledger import build_ledger
    from newsweave.model import Article
    from newsweave.settings import Settings

    t = ("The leader of Stallbridge Council, Councillor Ruth Penhallow, said the brewery mattered. Speaking on the "
         "Morning Show, Cllr Siobhan Hegarty said: \"People were pushed off it.\"")
    art = Article(id="a", source="a", fmt="txt", raw=t, extracted=t, text=t, outlet="a", published="2026-11-14", language="en")
    names = {e["name"] for e in build_ledger([art], {"id": "s", "version": 1}, Settings.load(environ={}))["entities"]}
    assert {"Ruth Penhallow", "Siobhan Hegarty"} <= names


def test_a_body_named_after_its_kind_is_no_person():
    got = _speakers("Oliver Tamsett of the campaign group Return Now said the museum still held hundreds of objects. "
                    "“One drum is a start,” he said.")
    assert got["One drum is a start"] == "Oliver Tamsett"


def test_distances_to_two_places_are_not_one_distance():
    ta = "The pupils will move to the primary school in Kleinwalde, 14 kilometres away."
    tb = "The pupils will move to the primary school in Haselbach, eight kilometres away."
    a, b = _unit("a", ta), _unit("b", tb)
    a.places = {"p1": (ta.index("Kleinwalde"), ta.index(", 14"))}
    b.places = {"p2": (tb.index("Haselbach"), tb.index(", eight"))}
    assert "number" not in [c["kind"] for c in compare(a, b, similarity=0.9, text_a=ta, text_b=tb, article_entities={})]
    b.places = {"p1": (tb.index("Haselbach"), tb.index(", eight"))}
    assert "number" in [c["kind"] for c in compare(a, b, similarity=0.9, text_a=ta, text_b=tb, article_entities={})]


def test_one_thing_dated_twice_is_compared_whatever_its_clause():
    from newsweave.analyze.contradictions import _dated_by

    ta, tb = "The bridge was built in 1978 by a state company.", "The bridge, built in 1987, carried 9,000 vehicles a day."
    [va], [vb] = find_dates(ta, "2026-11-14"), find_dates(tb, "2026-11-14")
    assert _dated_by(ta, va) == _dated_by(tb, vb) == "built"


def test_scare_quotes_banners_and_places_are_not_speakers():
    got = _speakers("The HSE said 2,140 names were removed during a “validation” exercise, Mary Byrne said.")
    assert "validation" not in got
    got = _speakers("Anna Weber spoke to the crowd. The children had painted a 30-metre banner: “Lindenberg stays”.")
    assert got.get("Lindenberg stays") is None


def test_a_spanish_incise_verb_keeps_the_last_speaker():
    got = _speakers("El alcalde, Ignacio Beltrán, promete dar la batalla. «Ribaseca sin jazz es un pueblo apagado», "
                    "dijo Ignacio Beltrán. El Ayuntamiento, añadió, podría reunir 50.000 euros, «pero no cinco veces esa "
                    "cifra».", "es")
    assert got["pero no cinco veces esa cifra"] == "Ignacio Beltrán"


def test_a_relative_clause_place_is_not_the_colon_speaker():
    got = _speakers("Jesús Arnedo, que regenta desde hace 26 años el Bar Cantábrico en la Plaza Mayor, asegura que la "
                    "semana del festival le paga medio año de alquiler: «En julio contrato a cuatro camareros.»", "es")
    assert got["En julio contrato a cuatro camareros"] == "Jesús Arnedo"


def test_inner_capitals_and_occupations_in_names():
    import re

    from newsweave.analyze.entities import _NAME_TOKEN

    assert re.findall(_NAME_TOKEN, "Eilidh MacRae met Ross McAllister and Anna DiNapoli") == \
        ["Eilidh", "MacRae", "Ross", "McAllister", "Anna", "DiNapoli"]
    got = _speakers("Juergen Stoeckl has run the bakery for 22 years.\n\nBaker master Juergen Stoeckl is relieved. "
                    "\"Half of my customers parked in front of the door,\" he says.")
    assert got["Half of my customers parked in front of the door"] == "Juergen Stoeckl"


def test_without_and_a_gerund_denies_nothing():
    from newsweave.analyze.values import negations

    assert not negations("The largest ships can berth without waiting for high tide.")
    assert negations("The ferry left without a pilot.") != []


def test_a_start_date_is_not_the_day_of_the_decision():
    assert "date" not in _kinds("The club will have to close at 11pm from December 1, the committee said.",
                                "The club lost its late licence on Monday (Nov 16), the committee said.",
                                "2026-11-18", "2026-11-18")


def test_the_paper_a_quote_was_said_to_is_not_its_speaker():
    got = _speakers("A diretora do zoo, Helena Prates, não achou graça. Helena Prates falou aos jornalistas.\n\n"
                    "«Uma girafa não é uma brincadeira», disse ao Diário.", "pt")
    assert got["Uma girafa não é uma brincadeira"] != "Diário"


def test_a_number_right_after_an_opening_straight_quote_is_read_whole():
    [v] = find_counts('"Twenty-five cents per trip is a coffee a day for me," says Rosa.')
    assert (v.value, v.unit) == (25.0, "cent")
    [v] = find_counts('She was more direct: "Three hundred euro are a month of profit for us."')
    assert v.value == 300.0


def test_an_unnamed_caller_inside_a_long_sentence_is_no_known_speaker():
    got = _speakers("BilleteraYa, the mobile-money service, announced on Friday that it would raise its fee from 1% to "
                    "3%, a move a consumer group called “a tax on the poor”.")
    assert got.get("a tax on the poor") is None


def test_french_present_tense_inversions_with_a_name():
    got = _speakers("Le syndicat des producteurs de Brennac affirme que ses fermes ne couvrent plus leurs coûts.\n\n"
                    "« On nous demande de produire du lait à perte », lance Jean-Luc Ferrand, président du syndicat.", "fr")
    assert got["On nous demande de produire du lait à perte"] == "Jean-Luc Ferrand"


def test_translated_reposts_can_be_turned_off():
    from newsweave.settings import Settings

    s = Settings.load(environ={})
    assert s.ledger.translated_reposts is True and s.ledger.repost_min_share == 0.5
    # an override is read (unknown keys would be an error)
    off = Settings.load(environ={"NEWSWEAVE_LEDGER__TRANSLATED_REPOSTS": "false"})
    assert off.ledger.translated_reposts is False


def test_a_limit_is_no_denial_and_a_festival_is_its_eve_and_its_day():
    from newsweave.analyze.values import negations

    assert not negations("An hour will cost 1.20 euros, and no car may stay longer than three hours.")
    assert negations("No car may enter the old town.") != []
    assert "date" not in _kinds("The ban also covers the New Year's Eve display, the council said.",
                                "The ban does not concern the fireworks of the New Year, the council said.")
