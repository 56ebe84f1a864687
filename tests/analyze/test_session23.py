"""Session 23 rules, found on the even sets of the session's round (read after their blind
measurement). Every sentence here is ours."""

from __future__ import annotations


def _conflicts(*texts: tuple[str, str]) -> list[tuple[str, str, str]]:
    from test_session20 import _conflicts as conflicts
    return conflicts(*texts)


def _speakers(text: str, lang: str = "en") -> dict[str, str | None]:
    from test_session13 import _speakers as speakers
    return speakers(text, lang)


# quotes and entities

def test_a_works_title_opening_with_il_is_nobody_so_she_is_the_daughter():
    got = _speakers("The night watchman, Aldo Serra, 59, has guarded the yard for 18 years. ‘I saw the flames "
                    "before I smelt anything,’ Serra said.\n\nThose for four, including Bruno Dal Monte’s "
                    "celebrated ‘Il Vascello d’Oro’, are a total loss.\n\nDal Monte, 74, who designed ‘Il Vascello "
                    "d’Oro’ for the 2001 season, was at the gate by dawn with his daughter, Marta Dal Monte, a set "
                    "painter who has worked on the theatre’s backdrops since 2012. He was in no mood for comfort. "
                    "‘A ship like that took me a year,’ he said.\n\n‘Dad kept all the sketches,’ she said, ‘so it "
                    "can be done again.’")
    assert got["A ship like that took me a year"] == "Dal Monte"
    assert got["Dad kept all the sketches"] == "Marta Dal Monte"


def test_la_and_le_still_open_surnames():
    # (guard) "La Torre", "Le Gall" are names; only "Il", "Gli", "Los", "Las", "Der", "Die", "Das" are not
    from newsweave.analyze.entities import _ARTICLE_NOT_NAME
    assert "La" not in _ARTICLE_NOT_NAME and "Le" not in _ARTICLE_NOT_NAME and "Il" in _ARTICLE_NOT_NAME


def test_a_weekday_opening_a_sentence_is_no_part_of_the_bodys_name():
    from newsweave.analyze.entities import heuristic_mentions
    from newsweave.analyze.sentences import split_sentences
    text = "La perizia arriverà entro un mese.\n\nGiovedì la Prefettura convocherà i gestori."
    got = [m["text"] for m in heuristic_mentions(text, split_sentences(text))]
    assert "Prefettura" in got and not [t for t in got if t.startswith("Giovedì")]


def test_a_teller_standing_somewhere_unnamed_is_no_speaker():
    got = _speakers("Secondo Carla Montefusco, geologa della regione, la frana era prevedibile. «La parete va "
                    "controllata tutta» avverte.\n\n«Io resto fino a domenica» dice in piazza un turista tedesco. "
                    "«Dove trovo un posto così?»", "it")
    assert got.get("Io resto fino a domenica") is None
    assert got.get("Dove trovo un posto così?") is None


def test_a_pro_drop_verb_before_a_place_is_still_the_last_speaker():
    # (guard) "dice in conferenza stampa" with no one after it: the one who spoke before
    got = _speakers("La sindaca Carla Montefusco ha parlato a lungo. «Riapriremo presto» dice in conferenza "
                    "stampa.", "it")
    assert got["Riapriremo presto"] == "Carla Montefusco"


# contradictions

def test_a_boats_cost_and_a_bequest_are_two_sums():
    got = _conflicts(("The new lifeboat cost £3.1 million; supporters raised the rest.", "en"),
                     ("The new lifeboat will be named after a farmer who left the charity £1.4 million. The boat "
                      "cost about £3 million.", "en"))
    assert not [c for c in got if c[0] == "number" and "1.4" in c[1] + c[2]]


def test_a_years_launches_and_launches_since_a_year_are_two_sums():
    got = _conflicts(("The old lifeboat has served the station for 31 years and launched 588 times.", "en"),
                     ("Lifeboat crews on this coast launched 1,210 times last year, the charity said.", "en"))
    assert not [c for c in got if c[0] == "number" and "588" in c[1] + c[2]]


def test_two_counts_of_launches_in_one_year_still_disagree():
    # (guard) the same period on both sides
    got = _conflicts(("The Harwick lifeboat launched 58 times last year, the station said.", "en"),
                     ("The Harwick lifeboat launched 85 times last year, according to the station.", "en"))
    assert [c for c in got if c[0] == "number"]


def test_a_countdown_one_day_apart_is_the_day_of_writing():
    got = _conflicts(("The pistes have lost their snow eight days before the World Cup race, organisers said.", "en"),
                     ("The pistes lost their snow seven days before the World Cup race, the organisers said.", "en"))
    assert not [c for c in got if c[0] == "number" and "days" in c[1]]


def test_a_countdown_agrees_when_the_dates_of_writing_account_for_it():
    from newsweave.analyze.contradictions import Unit, _countdown_agrees
    from newsweave.analyze.values import find_counts
    ta, tb = "It came four days before the final.", "It came six days before the final."
    a = Unit("a", 0, len(ta), ta, published="2026-12-12")
    b = Unit("b", 0, len(tb), tb, published="2026-12-10")
    va = [v for v in find_counts(ta) if v.value == 4][0]
    vb = [v for v in find_counts(tb) if v.value == 6][0]
    assert _countdown_agrees(a, ta, va, b, tb, vb)
    # (guard) written on the same day, two apart: they disagree
    b.published = "2026-12-12"
    assert not _countdown_agrees(a, ta, va, b, tb, vb)


def test_a_companys_whole_network_is_no_count_of_the_cancelled_routes():
    got = _conflicts(("Greyline Buses says 23 school routes run from its Ferry Lane depot will not operate during "
                      "the 48-hour walkout, affecting around 2,000 pupils.", "en"),
                     ("Greyline Buses will not run school routes from Ferry Lane during the walkout. Greyline Buses "
                      "operates 64 routes across Darnshire and employs 410 people, including 340 drivers.", "en"))
    assert not [c for c in got if c[0] == "number" and "64" in c[1] + c[2]]


def test_two_networks_still_disagree():
    # (guard) two wholes are still compared
    got = _conflicts(("Greyline Buses operates 64 routes across Darnshire and employs 410 people.", "en"),
                     ("Greyline Buses operates 46 routes across Darnshire, the company said.", "en"))
    assert [c for c in got if c[0] == "number" and "64" in c[1] + c[2]]


# round 63

def test_a_carnival_groups_name_in_quotes_is_a_title():
    # (in its story the name was taken for the fire chief's words continued; a short text does not
    # reproduce that, so the title test itself is checked)
    from newsweave.analyze.quotes import _is_work_title
    text = 'In the hall rehearsed the comparsa "The Lighthouse Keepers", of John Manuel Ortega.'
    qs = text.index('"') + 1
    qe = text.index('"', qs)
    assert _is_work_title(text, qs, qe, qs - 1)


def test_a_french_unnamed_neighbour_then_dit_elle():
    got = _speakers("La gérante, Camille Roussel, a fait le compte. « Il manque trente caisses », dit-elle.\n\n"
                    "Une voisine, qui habite au-dessus du chai, a entendu un moteur vers 4 heures. « J'ai cru que "
                    "c'était le camion-poubelle », dit-elle.", "fr")
    assert got["Il manque trente caisses"] == "Camille Roussel"
    assert got.get("J'ai cru que c'était le camion-poubelle") is None


def test_sagte_eine_frau_is_unnamed():
    got = _speakers("Hollenberg. Am Samstagabend fing im Schlosshof ein Dieselgenerator Feuer, rund 1.800 Besucher "
                    "mussten gehen.\n\nUte Brandl war mit ihrem Mann gekommen. „Die Kinder dachten, das gehört "
                    "zur Show“, erzählt sie.\n\n„Das ging hoch wie eine Fackel“, sagte eine Frau, die an der Kasse "
                    "angestanden hatte.", "de")
    assert got["Die Kinder dachten, das gehört zur Show"] == "Ute Brandl"
    assert got.get("Das ging hoch wie eine Fackel") is None


# round 64

def test_an_unnamed_mother_after_a_long_where_clause():
    got = _speakers("The parade is off, the committee said. “We are heartbroken,” said its chair, Tessa Vane.\n\n"
                    "Outside the town hall, where a banner still promises “Grand Winter Parade – Saturday 5 December – "
                    "Everyone Welcome”, one mother was close to tears. “My two have talked of nothing else,” she said.")
    assert got["We are heartbroken"] == "Tessa Vane"
    assert got.get("My two have talked of nothing else") is None


def test_an_event_after_a_preposition_before_the_colon_is_no_speaker():
    got = _speakers("Fr Tomas Avelar, the rector of the shrine, spoke to pilgrims after Sunday Mass: “The shrine "
                    "stays open.”")
    assert got.get("The shrine stays open") != "Sunday Mass"


def test_the_paper_told_before_a_name_with_an_age():
    from newsweave.analyze.entities import rule_mentions
    text = "\"I heard the hill moan\", told to the Mail Rosa Vilar, 61 years, who sells candles there."
    names = [m["text"] for m in rule_mentions(text) if m["type"] == "PERSON"]
    assert "Rosa Vilar" in names and not [n for n in names if n.startswith("Mail")]


def test_an_owners_wife_named_after_the_possessive_is_she():
    got = _speakers("Marta Quelhas, the archaeologist in charge, said she had checked the site on Saturday. \"They "
                    "knew which tubes to take,\" she said.\n\nVarela's wife, Amélia, who helps behind the counter, "
                    "heard a lorry at about 3am. \"On a Sunday night? I should have known,\" she said.")
    assert got["On a Sunday night? I should have known"] == "Amélia"


def test_a_portuguese_wife_named_after_a_mulher():
    got = _speakers("O furto foi descoberto por Custódio Varela, que tem o café em frente. «Falta meio andaime!», "
                    "contou ao jornal.\n\nA mulher, Amélia, que o ajuda ao balcão, ouviu um camião às três da manhã. "
                    "«Pensei que era o lixo», diz.", "pt")
    assert got["Pensei que era o lixo"] == "Amélia"


def test_a_thing_counted_is_no_person_for_he_to_mean():
    text = ("KELSTADT — Firefighters evacuated 300 people from homes around one of Kelstadt's oldest Stollen "
            "bakeries on Monday after gas was found leaking under its oven room.\n\nBaker Jonas Hellwig, 52, runs "
            "the business his great-grandfather founded. The bakery makes about 12,000 Stollen each season, and "
            "about 4,000 of them are shipped abroad.\n\nHis mother, Ruth Hellwig, 79, still weighs out the raisins "
            "every morning. \"I have never smelled anything like that,\" she said.\n\nHer son expects the bakery "
            "to reopen on Thursday. \"We have lost three days of baking, not the recipe,\" he said.\n\nOn Tuesday "
            "a handwritten sign on the door read \"Heute kein Stollen\" (\"No Stollen today\").")
    got = _speakers(text)
    assert got["We have lost three days of baking, not the recipe"] == "Jonas Hellwig"


def test_a_firm_named_before_its_counted_shops_stays_a_name():
    # (guard) "23 Marchal shops" count shops
    from newsweave.analyze.entities import _PLURAL_NOUN_AFTER
    assert _PLURAL_NOUN_AFTER.match("23 Marchal shops", len("23 Marchal"))


def test_a_heading_in_capitals_ends_before_the_line_under_it():
    from newsweave.analyze.sentences import split_sentences
    text = ("The council is looking at options.\n\nWHAT THE OPERATOR SAYS\nManaging director Gareth Lowe put it "
            "like this: \"We will not run it on hope.\"")
    got = [text[s:e] for s, e in split_sentences(text)]
    assert "WHAT THE OPERATOR SAYS" in got
    assert _speakers(text)["We will not run it on hope"] == "Gareth Lowe"


def test_so_der_baeckermeister_is_the_master_baker():
    got = _speakers("Bäckermeister Jonas Hellwig (52) führt den Betrieb.\n\nSeine Mutter Ruth Hellwig (79) wiegt die "
                    "Rosinen ab. „So etwas nie“, erzählt sie.\n\nAm Freitag soll wieder gebacken werden. „Wir haben "
                    "drei Backtage verloren“, so der Bäckermeister.", "de")
    assert got["Wir haben drei Backtage verloren"] == "Jonas Hellwig"


def test_no_longer_born_there_and_births_suspended_agree():
    got = _conflicts(("Babies will no longer be born at St Aldhelm's Hospital from Monday, after the health board "
                      "suspended its midwife-led unit for three months.", "en"),
                     ("The health board has today taken the decision to suspend births at the midwife-led unit at "
                      "St Aldhelm's Hospital from Monday for three months.", "en"))
    assert not [c for c in got if c[0] == "negation"]
