"""Session 19 rules, found on the even sets of the session's rounds (read after their blind
measurement) and on Multi-News. Every sentence here is ours."""

from __future__ import annotations


def _conflicts(x: str, y: str) -> list[tuple[str, str, str]]:
    from test_session17 import _conflicts as conflicts
    return conflicts(x, y)


def test_a_long_title_ending_in_an_acronym_then_the_name_and_a_pro_drop_verb_after_it():
    from test_session13 import _speakers
    got = _speakers("Llovió toda la noche en la cabecera del Arbe.\n\n«Las compuertas no se movieron», explicó el "
                    "presidente de la Mancomunidad de Aguas del Arbe (MAA), Tomás Ilundain. «Teníamos gente y teníamos "
                    "luz», añadió.", "es")
    assert got["Las compuertas no se movieron"] == "Tomás Ilundain"
    assert got["Teníamos gente y teníamos luz"] == "Tomás Ilundain"


def test_the_body_in_the_speakers_title_does_not_stop_the_carry_over():
    from test_session13 import _speakers
    got = _speakers("La junta se reunió el lunes.\n\n«No podemos esperar más», explicó el presidente de la Junta del "
                    "Muelle, Íñigo Garmendia. «Las grúas deben moverse», añadió.", "es")
    assert got["Las grúas deben moverse"] == "Íñigo Garmendia"


def test_a_descriptor_before_an_abbreviated_title_is_not_the_speaker():
    from test_session13 import _speakers
    got = _speakers("The lock has been closed since Thursday.\n\n\"We open the river only when the ship is off the "
                    "bank\", said office leader Dr. Wiebke Sanftleben. \"That is a question of days.\"")
    assert got["We open the river only when the ship is off the bank"] == "Wiebke Sanftleben"


def test_a_bare_body_word_is_the_body_of_that_name_in_the_article():
    from newsweave.analyze.entities import EntityIndex
    idx = EntityIndex()
    text_es = "La Comisión de Pesca del Golfo recortó la cuota el jueves. La Comisión se limitó a un comunicado."
    text_en = ("The Commission of Fishing of the Gulf cut the quota on Thursday. The Commission limited itself to a "
               "communiqué.")
    for aid, text in (("es", text_es), ("en", text_en)):
        ms = [{"start": text.index(n), "end": text.index(n) + len(n), "type": "ORG", "text": n}
              for n in ("Comisión de Pesca del Golfo", "Commission of Fishing of the Gulf") if n in text]
        word = "Comisión" if aid == "es" else "Commission"
        bare = text.rindex(word)
        ms.append({"start": bare, "end": bare + len(word), "type": "ORG", "text": word})
        idx.add_article(aid, text, ms)
    ents = idx.build()
    assert sorted(e["name"] for e in ents) == ["Comisión de Pesca del Golfo", "Commission of Fishing of the Gulf"]


def test_an_unnamed_teller_who_would_not_give_his_name_and_words_read_in_a_bulletin():
    from test_session13 import _speakers
    got = _speakers("Rosa Ferlito, who runs a bakery on Via Etnea, said: \"We sell bread. Now we sell dust.\"\n\nA street "
                    "sweeper who would not give his name pointed at the gutters. \"This is not a week's work,\" he "
                    "said.\n\nThe Corvara Observatory said the ash column reached eight kilometres. \"New episodes "
                    "cannot be ruled out,\" the observatory said in its bulletin.")
    assert got.get("This is not a week's work") is None
    assert got["New episodes cannot be ruled out"] == "Corvara Observatory"


def test_words_one_reads_in_a_bulletin_are_not_the_last_speakers():
    from test_session13 import _speakers
    got = _speakers("Rosa Ferlito cuts short: \"We sell bread. Now we sell dust.\"\n\n\"The eruptive phase is "
                    "finished\" one reads in the bulletin.")
    assert got.get("The eruptive phase is finished") is None


def test_not_far_from_is_no_denial():
    assert [k for k in _conflicts(
        "A burnt-out car was found on Monday morning near Les Rousses, close to the border, the prosecutor said.",
        "A burned car was found Monday morning near Les Rousses, not far from the border, the prosecutor said.")
        if k[0] == "negation"] == []


def test_a_forecast_is_no_rival_count_of_the_outcome():
    assert [k for k in _conflicts(
        "The river Ensle reached 4.3 metres above its usual level overnight, flooding 62 homes in Tanner's Row, the "
        "agency said.",
        "Forecasters had expected the river Ensle to peak at 3.8 metres above its usual level overnight, flooding homes "
        "in Tanner's Row, the agency said.") if k[0] == "number"] == []


def test_a_places_stock_is_no_rival_count_of_what_happened():
    assert [k for k in _conflicts(
        "Brackwell Zoo, which opened in 1934, keeps four red pandas in its enclosure by the lake.",
        "Three red pandas escaped from their enclosure by the lake at Brackwell Zoo on Friday.")
        if k[0] == "number"] == []


def test_distances_to_two_named_places_are_no_rival_counts():
    assert [k for k in _conflicts(
        "Most runway flights this week are diverted to Brackley Airport, 70 kilometres away, the airport said.",
        "Coaches will take runway passengers this week to Hollin Field, 55 kilometres away, the airport said.")
        if k[0] == "number"] == []


def test_an_unread_verb_then_a_title_is_the_one_the_article_gave_that_title():
    from test_session13 import _speakers
    got = _speakers("Teresa Abrantes, administradora da Corticeira Abrantes, tem 22 contentores retidos.\n\nO pai, "
                    "António Abrantes, já viu pior. “Despachei cortiça durante uma revolução”, recorda.\n\n“Nunca o vi "
                    "tão preocupado”, confessa a administradora.", "pt")
    assert got["Nunca o vi tão preocupado"] == "Teresa Abrantes"


def test_a_bodys_officer_named_after_the_possessive_title():
    from test_session13 import _speakers
    got = _speakers("Council leader Denise Tregarth said the lights would go off at ten.\n\nThe Porthwen Chamber of Trade "
                    "said it had not been consulted.\n\n\"We read about it on Facebook like everybody else,\" the "
                    "chamber's chairman, Graham Penhale, said.")
    assert got["We read about it on Facebook like everybody else"] == "Graham Penhale"


def test_a_kinship_noun_and_a_second_honorific_are_no_part_of_a_name():
    from test_session13 import _speakers
    got = _speakers("\"It sounded like a train,\" says wine-maker Matthew Loescher (58).\n\nDaughter Lena, who since last "
                    "year leads the cellar, remains sober: \"The vintage lies in the tank, that one is safe.\"")
    assert got["The vintage lies in the tank, that one is safe"] in ("Lena", "Lena Loescher")
    got = _speakers("Der Klinikchef, Prof. Dr. Matthias Grünhage, rechnet mit längeren Wartelisten. "
                    "„Wir holen das auf, aber nicht vor dem Frühjahr“, sagt er.", "de")
    assert got["Wir holen das auf, aber nicht vor dem Frühjahr"] == "Matthias Grünhage"


def test_a_capitalised_title_run_ends_in_the_known_name():
    from test_session13 import _speakers
    got = _speakers("Ruth Ambrey has looked after the engine since 2011.\n\nChief Mechanical Engineer Ruth Ambrey added: "
                    "“The crack is small, but a boiler is not a place for hope.”")
    assert got["The crack is small, but a boiler is not a place for hope"] == "Ruth Ambrey"


def test_an_italian_gesture_before_the_speaker_and_an_unnamed_docker():
    from test_session13 import _speakers
    got = _speakers("L'ingegner Fabio Grbac guida i vigili del fuoco. Dušan Kralić, 58 anni, è rimasto in cabina: «Ho "
                    "sentito il rimorchio alzarsi.»\n\n«La bora non bussa prima di entrare» allarga le braccia il "
                    "comandante provinciale, l'ingegner Fabio Grbac.\n\n«Su quel ponte non doveva esserci nessuno» taglia "
                    "corto un portuale, che chiede di restare anonimo.", "it")
    assert got["La bora non bussa prima di entrare"] == "Fabio Grbac"
    assert got.get("Su quel ponte non doveva esserci nessuno") is None


def test_as_a_regular_emailed_us_is_someone_unnamed_and_an_aged_maker_is_she():
    from test_session13 import _speakers
    got = _speakers("Ruth Ambrey, the society's engineer, said: “We will have her back for Easter.”\n\nAs a WVR regular "
                    "emailed us on Thursday: “No engine, no Christmas.”")
    assert got.get("No engine, no Christmas") is None
    got = _speakers("Mayor Federica Lonari was blunt: “This is not a prank.”\n\nAmong the broken pieces was a shepherd "
                    "made by Giulia Bonfanti, 34, whose father Renato has modelled figures for half a century. She spent "
                    "about 200 hours on it, she said. “I can make it again,” she said.")
    assert got["I can make it again"] == "Giulia Bonfanti"


def test_a_part_of_that_a_usual_range_and_a_date_pushed_back_are_no_rival_values():
    assert [k for k in _conflicts(
        "The cuts to the Christmas lights will save about £18,000 on electricity, hire and insurance, the council says.",
        "The council said the cuts to the Christmas lights would save £18,420. Electricity accounts for £7,900 of that.")
        if k[0] == "number" and "7,900" in k[2]] == []
    assert [k for k in _conflicts(
        "The Skerrow Head light normally reaches 19 nautical miles, the lighthouse board said.",
        "During the failure the Skerrow Head standby lamp reached only 8 nautical miles, the lighthouse board said.")
        if k[0] == "number"] == []
    assert [k for k in _conflicts(
        "The opening of Valcourbe's Line E tram, set for Dec. 12, has been pushed back to a later date, the authority "
        "said.",
        "The opening of the Line E tram in Valcourbe has been postponed to Saturday, April 17, the authority said.")
        if k[0] == "date"] == []


def test_a_quantifier_is_no_content_shared_with_a_denied_clause():
    assert [k for k in _conflicts(
        "The lighthouse board says it has had no report of any vessel in danger, and that it regrets ‘any concern "
        "caused to mariners and to the island community’.",
        "The lighthouse board regrets “any concern caused to mariners and to the island community”.")
        if k[0] == "negation"] == []


def test_a_rank_is_no_part_of_a_name_and_the_paper_told_is_no_speaker():
    from test_session13 import _speakers
    got = _speakers("The harbour master, Commander Nuno Sarmeiro, coordinated the operation.\n\n\"The river was lower than "
                    "the charts said,\" Cmdr Sarmeiro said.")
    assert got["The river was lower than the charts said"] == "Nuno Sarmeiro"
    got = _speakers("Maria Pinto abriu o café às duas da manhã. “Tinha sopa para vinte”, desabafa.\n\nAo JAT, um "
                    "tripulante que pediu para não ser identificado garantiu: “Já tínhamos avisado.”", "pt")
    assert got.get("Já tínhamos avisado") is None
