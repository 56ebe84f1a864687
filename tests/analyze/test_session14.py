"""Session 14 rules, found on the even sets of rounds 21 to 24 (heldout134 … heldout148) after their
blind measurement (read as development data), and on the real-news false conflicts labelled by eye
in earlier sessions: unnamed tellers (a resident, a firefighter, a woman shouting, a relative), more
renderings of French verbs inside one pair of marks, titles bound across a relative clause or past
a short title, names the model cut or typed wrongly, signs that speak, and conflicts that are a
proposal, a habit, a question, a label, time left or a whole. Every sentence here is ours."""

from __future__ import annotations

from test_quotes7 import _art
from test_session13 import _ledger, _speakers

from newsweave.analyze.ledger import build_ledger
from newsweave.settings import Settings


def test_a_resident_of_a_place_is_unnamed_not_the_place():
    got = _speakers("La ligne reste fermée entre Vornaz et Les Combettes. « Nous n'enverrons aucun train, "
                    "affirme Odile Marchand, directrice de la compagnie. » « On aurait dit un orage en plein "
                    "hiver », raconte un habitant des Combettes. La compagnie emploie septante personnes.", "fr")
    assert got["Nous n'enverrons aucun train"] == "Odile Marchand"
    assert got["On aurait dit un orage en plein hiver"] is None


def test_more_renderings_of_french_verbs_inside_one_pair_of_marks():
    got = _speakers("“The snow lay across the rails and I braked,” tells the driver, Paul Vernier, 44 years. "
                    "“We will send no train under this slope as long as the experts have not allowed it, hammers "
                    "Odile Marchand, director of the company. The security passes before the timetable.”")
    assert got["We will send no train under this slope as long as the experts have not allowed it"] == "Odile Marchand"
    assert got["The security passes before the timetable"] == "Odile Marchand"


def test_italian_fa_sapere_names_its_speaker():
    got = _speakers("Il presidente della Provincia di Valdorsa, Carlo Venturelli, difende i tecnici: «Hanno agito "
                    "subito». «Una passerella per i pedoni sarà montata entro tre settimane», fa sapere la "
                    "Provincia.\n\nLa sindaca ha convocato i residenti.", "it")
    assert got["Hanno agito subito"] == "Carlo Venturelli"
    assert got["Una passerella per i pedoni sarà montata entro tre settimane"] != "Carlo Venturelli"


def test_an_unnamed_teller_after_a_portuguese_present():
    got = _speakers("O comandante Rui Pacheco falou aos jornalistas: «O fogo não está vencido.» «Quarenta horas "
                    "sem dormir», responde um bombeiro de um concelho vizinho, sentado no passeio.", "pt")
    assert got["O fogo não está vencido"] == "Rui Pacheco"
    assert got["Quarenta horas sem dormir"] is None


def test_a_title_is_not_bound_across_a_relative_clause():
    got = _speakers("Rosa Pellow, 9, who handed the Mayor a petition, sat in the gallery. The Mayor, Cllr Joan "
                    "Abara, asked for quiet. “This is a council meeting, not a football match,” the Mayor said.")
    assert got["This is a council meeting, not a football match"] == "Joan Abara"


def test_a_person_named_after_a_title_read_as_a_body():
    got = _speakers("Maritime Operations Controller Ailsa Brand said: “They did everything right.”\n\n"
                    "Lifeboat Coxswain Douglas Tarrant said: “Seeing the light on that raft was the best thing I "
                    "saw all year.”")
    assert got["Seeing the light on that raft was the best thing I saw all year"] == "Douglas Tarrant"


def test_a_count_inside_a_proposal_is_no_conflict():
    a = _art("a", "Councillors voted to close the Brindle Lane library. An amendment from Cllr Amos Ward to keep "
                  "the Brindle Lane library open two days a week was defeated.")
    b = _art("b", "Councillors voted to close the Brindle Lane library. The central library will stay open six "
                  "days a week, the council said.")
    led = build_ledger([a, b], {"id": "s", "version": 1}, Settings.load(environ={}))
    assert not [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "number"]


def test_a_question_affirms_nothing_a_denial_could_contradict():
    for asked, denied in (("Will the ferry to Orran Island run on Sunday?",
                           "The ferry to Orran Island will not run on Sunday, the operator said."),
                          ("Did the council approve the new car park in Harlby?",
                           "The council did not approve the new car park in Harlby on Monday.")):
        led = build_ledger([_art("a", asked), _art("b", denied)], {"id": "s", "version": 1}, Settings.load(environ={}))
        assert not [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "negation"]
    # the same words stated, not asked, are denied
    led = build_ledger([_art("a", "The council approved the new car park in Harlby."),
                        _art("b", "The council did not approve the new car park in Harlby on Monday.")],
                       {"id": "s", "version": 1}, Settings.load(environ={}))
    assert [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "negation"]


def test_a_place_named_in_the_other_word_order_is_one_place():
    from newsweave.analyze.contradictions import _named_inverted
    assert _named_inverted("Bay of Varne", "the boat was tracked through the Halsund Strait and Värne Bay")
    assert _named_inverted("Värne Bay", "sank in the Bay of Varne, south of the port")
    assert not _named_inverted("Bay of Varne", "the boat was tracked through the Halsund Strait")


def test_a_year_that_labels_a_thing_dates_no_act():
    from newsweave.analyze.contradictions import _year_label
    from newsweave.analyze.values import Value
    t = "the ruling could overturn Harlow v. Beck, the 1973 case that settled the matter"
    s = t.index("1973")
    assert _year_label(t, Value("date", "1973", s, s + 4, None))
    t = "the court settled the matter in 1973, after a long case"
    s = t.index("1973")
    assert not _year_label(t, Value("date", "1973", s, s + 4, None))


def test_time_left_and_time_passed_are_two_counts():
    a = _art("a", "Harlby won the cup final at Orran Park when Tomas Vey scored with just two minutes remaining.")
    b = _art("b", "Harlby won the cup final at Orran Park after Tomas Vey scored after four minutes of play.")
    led = build_ledger([a, b], {"id": "s", "version": 1}, Settings.load(environ={}))
    assert not [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "number"]


def test_all_before_a_count_makes_it_the_whole():
    from newsweave.analyze.contradictions import part_and_total
    from newsweave.analyze.values import find_counts
    a = "Tomas Vey's three goals earned Harlby a draw at Orran Park."
    b = "Fans can watch all six goals of the draw at Orran Park online."
    va = [v for v in find_counts(a) if v.value == 3][0]
    vb = [v for v in find_counts(b) if v.value == 6][0]
    assert part_and_total(a, va, b, vb)


def test_a_three_word_name_before_who():
    from newsweave.analyze.entities import rule_mentions
    people = lambda t: [m["text"] for m in rule_mentions(t) if m["type"] == "PERSON"]  # noqa: E731
    assert people("Fin.\n\nJosé Ignacio Arrieta, who has rented out boats for 19 years, was angry.") == [
        "José Ignacio Arrieta"]
    # an occupation or a weekday before the name is no part of it
    assert people("Trader Lindiwe Mokoena, who sells fruit, was angry.") == ["Lindiwe Mokoena"]
    assert people("On Sunday Anna Berg, who runs the kiosk, was angry.") == ["Anna Berg"]


def test_a_body_name_runs_on_over_of_the():
    from newsweave.analyze.entities import _extend_name
    t = "according to the Chamber of agriculture of the Valbrune, which promises help"
    s = t.index("Chamber")
    e = s + len("Chamber of agriculture of")
    assert t[s:_extend_name(t, s, e, "ORG")] == "Chamber of agriculture of the Valbrune"


def test_a_relative_the_attribution_does_not_name_is_not_the_last_speaker():
    got = _speakers("Anna Varrone, 67, has waited 14 months for a new hip. Her son, Luca Varrone, was less "
                    "forgiving. “Somebody in that building should be ashamed,” he said.\n\n“He worries too much,” "
                    "his mother said.")
    assert got["Somebody in that building should be ashamed"] == "Luca Varrone"
    assert got["He worries too much"] != "Luca Varrone"


def test_a_persons_habit_is_not_the_schemes_count():
    a = _art("a", "Tom Varga, 44, who drives a delivery van into the centre six days a week, said the charge would "
                  "cost him about £1,500 a year.")
    b = _art("b", "The charge will apply seven days a week, and drivers who do not pay will face a penalty.")
    led = build_ledger([a, b], {"id": "s", "version": 1}, Settings.load(environ={}))
    assert not [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "number"]


def test_a_sign_that_speaks_is_no_speaker():
    got = _speakers("Harlby Council thanked the crews: “We owe you.” Outside Harlby Council, a banner reads: "
                    "“Thank you, firefighters.”")
    assert got["We owe you"] == "Harlby Council"
    assert got.get("Thank you, firefighters") is None
    got = _speakers("Harlby Council thanked the crews: “We owe you.” Opposite Harlby Council a placard says: "
                    "“Thank you, firefighters.”")
    assert got.get("Thank you, firefighters") is None


def test_romance_honorifics_and_lady_before_a_name():
    from newsweave.analyze.entities import rule_mentions
    people = lambda t: [m["text"] for m in rule_mentions(t) if m["type"] == "PERSON"]  # noqa: E731
    assert people("“Entre já no carro”, conta D. Albertina. Dona Albertina tem 81 anos.") == ["Albertina"]
    assert people("“Enter the car already”, tells Lady Albertina.") == ["Albertina"]
    # a name that runs on over a particle is more than its first word
    assert people("Dona Maria do Céu Pinto deixou as cabras.") == []


def test_she_is_never_a_body():
    got = _speakers("Priya Varnell, 13, won the national title in Selbury on Sunday. The Velmora Chess Federation "
                    "said in a statement: “Priya's victory is the best thing to happen to our chess in a "
                    "generation.” The prize fund was 12,000 crowns.\n\n“I am tired and I want pizza,” she told "
                    "reporters after the prize-giving.")
    assert got["I am tired and I want pizza"] != "Velmora Chess Federation"


def test_a_province_of_a_place_is_one_body():
    got = _speakers("Mayor Silvano Tosi told TAP by telephone: “We are an island now.” The Autonomous Province of "
                    "Ardena said in a statement: “Supplies will reach the village every day by air.”")
    assert got["Supplies will reach the village every day by air"] == "Autonomous Province of Ardena"


def test_a_shout_from_someone_unnamed_is_not_the_last_speakers():
    got = _speakers("Shire mayor Cr Dennis Pruitt said the council would appeal. “This board has just told 11,800 "
                    "people that their town does not matter,” Cr Pruitt said.\n\n“Who's going to drive me at "
                    "3am?” a woman shouted from the back of the hall.")
    assert got["This board has just told 11,800 people that their town does not matter"] == "Dennis Pruitt"
    assert got.get("Who's going to drive me at 3am?") is None


def test_a_surname_the_model_read_as_a_place_is_the_familys():
    from test_session13 import _typed
    text = ("Priya Halvarsen, 13, won the title. Her father, Sanjay Halvarsen, drives a bus. Halvarsen learned the "
            "game at six. Halvarsen receives 3,000 crowns.")
    types = _typed(text, [("Priya Halvarsen", "PERSON", 1), ("Sanjay Halvarsen", "PERSON", 1),
                          ("Halvarsen", "GPE", 3), ("Halvarsen", "GPE", 4)])
    assert types["Halvarsen"] == "PERSON"
    # a real place keeps its type: "Sydney" is a city before it is anyone's surname
    text = "Ann Sydney, 40, runs a cafe. Sydney was hit by the storm. Sydney lost power."
    types = _typed(text, [("Ann Sydney", "PERSON", 1), ("Sydney", "GPE", 2), ("Sydney", "GPE", 3)])
    assert types["Sydney"] == "GPE"


def test_the_agency_told_is_not_the_company():
    got = _speakers("Bus fares will rise on Tuesday, the company said. “We held fares for four years,” Artur Meireles, "
                    "managing director of Rodoviária Cardomarense, told the Lusarra Herald. In a statement, the "
                    "company said: “The new fares reflect costs we can no longer absorb.”")
    assert got["The new fares reflect costs we can no longer absorb"] == "Rodoviária Cardomarense"
    got = _speakers("Bus fares will rise on Tuesday. “We held fares for four years,” Artur Meireles, managing "
                    "director of the operator, told Reuters. In a statement, the company said: “The new fares "
                    "reflect costs we can no longer absorb.”")
    assert got["The new fares reflect costs we can no longer absorb"] is None


def test_known_as_names_it_does_not_affirm_knowing():
    from newsweave.analyze.contradictions import _KNOWN_AS, _NOT_KNOWN
    assert _KNOWN_AS.search("The device is better known to its users today as the seer stone.")
    assert _NOT_KNOWN.search("All the details of how the device worked are not known.")
    assert not _KNOWN_AS.search("The details of how the device worked are now known.")


def test_a_sheriff_is_a_title_before_a_name():
    got = _speakers("Sheriff Dale Whitby stated: “Our deputies were on scene within six minutes.” “The most important "
                    "thing today is that every child is going home,” Sheriff Whitby added.")
    assert got["The most important thing today is that every child is going home"] == "Dale Whitby"


def test_a_town_called_vila_is_a_place_and_a_body_headed_by_someone_is_no_person():
    from test_session13 import _typed
    text = "Fire crews came from Vila Serrenha. The town of Vila Serrenha lost power."
    assert _typed(text, [("Vila Serrenha", "PERSON", 1), ("Vila Serrenha", "PERSON", 2)])["Vila Serrenha"] != "PERSON"
    text = "“Entró sola”, contó el director del Ecoparque, Joaquín Irigoyen. El Ecoparque cerró en 2016."
    types = _typed(text, [("Ecoparque", "PERSON", 1), ("Joaquín Irigoyen", "PERSON", 1), ("Ecoparque", "PERSON", 2)])
    assert types["Ecoparque"] != "PERSON"


def test_a_denial_lifted_at_a_time_is_no_conflict():
    a = _art("a", "Aparecida Rocha, 71, left her house on Rua da Ponte with her son. Her son said his mother had "
                  "refused to leave until the canaries were ready.")
    b = _art("b", "Aparecida Rocha, 71, left her house on Rua da Ponte with her son. Her son said his mother only "
                  "agreed to leave after the canaries were ready.")
    led = build_ledger([a, b], {"id": "s", "version": 1}, Settings.load(environ={}))
    assert not [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "negation"]
