"""Session 18 rules, found on development data and on the even sets of the session's rounds (read
after their blind measurement). Every sentence here is ours."""

from __future__ import annotations


def test_an_unread_attribution_naming_someone_else_stops_the_carry_over():
    from test_session13 import _speakers
    got = _speakers("«El puerto no puede seguir así», ha dicho la alcaldesa, Nerea Olabarri.\n\n«Aquí nadie sabe "
                    "nada», rezonga un estibador en la puerta.", "es")
    assert got.get("Aquí nadie sabe nada") is None
    got = _speakers("“The boiler failed on Friday,” said the caretaker, Amos Fell. “Nobody came.”\n\n“We wore coats "
                    "in class,” grumbled one of the pupils.")
    assert got.get("We wore coats in class") is None
    got = _speakers("“The boiler failed on Friday,” said the caretaker, Amos Fell.\n\n“We wore coats in class,” "
                    "shrugs Petra Quill, who teaches maths.")
    assert got.get("We wore coats in class") != "Amos Fell"
    # a definite title after an unread verb is the one named before: the carry stands
    got = _speakers("A presidente da junta, Lurdes Vaz, visitou a escola. «Ninguém fica sem aulas», garante. "
                    "«A obra começa em janeiro», reitera a autarca.", "pt")
    assert got["A obra começa em janeiro"] == "Lurdes Vaz"


def test_a_short_first_name_is_the_full_name_with_the_same_surname():
    from test_session13 import _speakers
    text = ("The museum's director, Dominic Hartle, closed the doors on Friday.\n\nOur own volunteer, Greta Hartle (no "
            "relation), has catalogued the flood damage.\n\nDom Hartle, who has run the museum since 2019, put it simply: "
            "“We will dry every page.”")
    assert _speakers(text)["We will dry every page"] == "Dominic Hartle"


def test_a_capitalised_title_in_apposition_is_not_the_speaker():
    from test_session13 import _speakers
    got = _speakers("The haulier collapsed on Monday.\n\nMarta Quillon, Joint Administrator, said: “This is a sad day "
                    "for the valley.”\n\nOwen Frisk, Joint Administrator, added: “We are talking to the council.”")
    assert got["This is a sad day for the valley"] == "Marta Quillon"
    assert got["We are talking to the council"] == "Owen Frisk"


def test_a_leading_adverb_is_no_part_of_a_bodys_name():
    from test_session13 import _speakers
    got = _speakers("The report was written by Gwen Farrow, the director of midwifery. Even the Dales Maternity Network, "
                    "which is supposed to check decisions like this, calls it “a proportionate response”.")
    assert got["a proportionate response"] == "Dales Maternity Network"


def test_a_person_of_a_body_with_the_bodys_own_appositive_is_who_speaks():
    from test_session13 import _speakers
    got = _speakers("The council banned rental bikes on Tuesday. Ivo Marsh of the Lantern Riders Alliance, a cyclists' "
                    "group, called the ban “a lazy fix.”")
    assert got["a lazy fix"] == "Ivo Marsh"


def test_a_bodys_name_goes_on_over_the_place_it_is_of():
    from test_session13 import _speakers
    got = _speakers("The Association of Porters of the Brenvale remembers that it warned in June that the lifts “were "
                    "never tested”.\n\nThe Syndicate Workers of the Pottery speaks of “a warned accident”.")
    assert got["were never tested"] == "Association of Porters of the Brenvale"
    assert got["a warned accident"] == "Syndicate Workers of the Pottery"


def test_a_name_then_a_capitalised_title_then_a_body_before_the_verb():
    from test_session13 import _speakers
    got = _speakers("The scheme was suspended on Monday.\n\nDaniel Achter, General Manager, RideWell UK, said: “Our "
                    "riders deserve better bikes.”\n\nMaria Lenz, Head of Operations, Velo Group, said: “We agree.”")
    assert got["Our riders deserve better bikes"] == "Daniel Achter"
    assert got["We agree"] == "Maria Lenz"


def _conflicts(x: str, y: str) -> list[tuple[str, str, str]]:
    from test_session17 import _conflicts as conflicts
    return conflicts(x, y)


def test_a_part_told_before_its_whole_is_agreed_with_the_part():
    assert [k for k in _conflicts(
        "Gritter drivers in Fenmoor began a two-day strike on Monday. Thirty-eight of the county's 44 gritter drivers "
        "joined the walkout, the union said.",
        "Gritter drivers in Fenmoor began a two-day strike on Monday. Thirty-eight drivers are taking part in the "
        "walkout, the union said.") if k[0] == "number"] == []


def test_failing_to_start_is_no_affirmation_against_would_not_start():
    assert [k for k in _conflicts(
        "Power to the gate motors was lost shortly before 11pm and the standby generator would not start, the agency "
        "confirmed.",
        "Power to the gate motors was lost at 22:51 and the standby generator failed to start, the agency confirmed.")
        if k[0] == "negation"] == []


def test_an_unnamed_teller_set_off_with_a_place_and_a_name_called_a_nickname():
    from test_session13 import _speakers
    got = _speakers("Lukas Arnet, the hut warden, said the room was empty.\n\nA mountain guide in Sarnau, who asked not "
                    "to be named, said the corner had been safe for half a century. “Nobody ever saw snow come down "
                    "there,” he said.")
    assert got.get("Nobody ever saw snow come down there") is None
    got = _speakers("Pascal Lousteau, 58, assure skier sur « l'Aiglon », le surnom du télésiège, « chaque hiver depuis "
                    "sa construction ».", "fr")
    assert got.get("l'Aiglon") is None
    assert got["chaque hiver depuis sa construction"] == "Pascal Lousteau"


def test_it_was_called_in_the_bulletin_is_the_body_opening_the_sentence_before():
    from test_session13 import _speakers
    got = _speakers("The 31-year-old Luke Arnet said: “We left at seven.”\n\nThe Alvetic Snow Institute had raised the "
                    "danger to level 4. “The danger remains high above 2200 meters,” it was called in the avalanche "
                    "bulletin.")
    assert got["The danger remains high above 2200 meters"] == "Alvetic Snow Institute"


def test_a_name_ends_at_its_paragraph():
    from test_session13 import _speakers
    got = _speakers("The court ruled on Tuesday.\n\nBest line, para 47: “A committee may disagree. It may not do so in "
                    "silence.” – Mrs Justice Prossard\n\nGlenys_L\nPosted Wed 2 Dec 2026, 08:40\n\nGreat news.")
    assert got["A committee may disagree. It may not do so in silence"] == "Prossard"


def test_a_romance_verb_set_off_by_commas_keeps_the_speaker_and_a_german_age_names_a_person():
    from test_session13 import _speakers
    got = _speakers("La sindaca di Corvena, Luisa Cevallo, non usa giri di parole: “Chiediamo le reti dal 2019”, sbotta. "
                    "“Nessuno ci ha ascoltati.” Il Comune, ricorda, aveva scritto alla società “quattro volte, con le "
                    "fotografie”.", "it")
    assert got["quattro volte, con le fotografie"] == "Luisa Cevallo"
    got = _speakers("Oberbürgermeisterin Dr. Anke Wiesner spricht von einer „Wunde“.\n\n„Das war wie im Kino“, sagte ein "
                    "älterer Fahrgast. Ute (58) aus Halberstein war mit ihren Enkeln unterwegs. „Die fragen dauernd, "
                    "wann wir wieder fahren“, erzählt sie und lacht.", "de")
    assert got["Die fragen dauernd, wann wir wieder fahren"] == "Ute"


def test_an_indefinite_german_subject_is_someone_unnamed():
    from test_session13 import _speakers
    got = _speakers("Kapitän Klaus Halbrecht sagte: „Wir prüfen alles.“\n\nLaut Wetteramt lag die Sicht unter 50 Metern. "
                    "Ein Besatzungsmitglied, das ungenannt bleiben will, sagt: „Von der Brücke aus sah man den Bug "
                    "nicht.“", "de")
    assert got.get("Von der Brücke aus sah man den Bug nicht") is None


def test_a_bodys_plural_possessive_name_and_its_second_partial_quote():
    from test_session13 import _speakers
    got = _speakers("Margaret Kellby, the board chair, told reporters the fees would go.\n\nThe Health Workers' Guild, "
                    "which represents nurses and porters, said leaving staff out was \"a slap in the face\" and that "
                    "permits amounted to \"a tax on turning up to work\".")
    assert got["a slap in the face"] == "Health Workers' Guild"
    assert got["a tax on turning up to work"] == "Health Workers' Guild"


def test_the_holder_of_a_post_of_a_body_is_not_the_body():
    from test_session13 import _speakers
    got = _speakers("That is not how Jess Kerrow sees it. The chair of Skelby Point Boardriders, whose members surf "
                    "Gullet Cove all year, said: \"Empty beaches are exactly where people get into trouble.\"")
    assert got.get("Empty beaches are exactly where people get into trouble") != "Skelby Point Boardriders"


def test_a_figure_closing_its_clause_is_told_and_a_christmas_market_is_no_date():
    assert [k for k in _conflicts(
        "The permitted night-time level in the village is 45 decibels, the district said.",
        "At a noise measurement were measured at the bedroom window 84 decibels, allowed are in the village at night "
        "45.") if k[0] == "number"] == []
    from newsweave.analyze.time import find_timexes
    text = "In 2019 a fire at the Christmas market destroyed one chalet. Le marché de Noël ouvre samedi."
    assert [text[s.start:s.end] for s in find_timexes(text, "2026-12-07", "en")] == ["2019"]


def test_a_grade_is_no_speech_and_a_places_crisis_staff_is_no_place():
    from test_session13 import _speakers
    got = _speakers("Nadja Stein, who leads the monitoring team, said the flank moved.\n\nThe Valdris crisis staff said in "
                    "a statement: \"The danger zone is closed until further notice.\"\n\nMeridale Care said the home had "
                    "been rated \"requires improvement\" for its building by the inspectorate.")
    assert got["The danger zone is closed until further notice"] == "Valdris crisis staff"
    assert got.get("requires improvement") is None


def test_romance_first_names_tell_a_gender():
    from test_session13 import _speakers
    got = _speakers("Mauro Tettaroni, the mayor, said: \"An hour later there would have been school buses.\"\n\nDr. Elena "
                    "Bramonti, the province's chief geologist, said 180 millimeters of rain had fallen on the slope. "
                    "Tettaroni had asked for steel nets on that stretch in 2023, but the money never came. \"Nobody can "
                    "promise this will not happen again,\" she said.")
    assert got["Nobody can promise this will not happen again"] == "Elena Bramonti"


def test_a_romance_until_not_denies_nothing_and_a_count_in_someones_words_is_no_report():
    assert [k for k in _conflicts(
        "Extraction at the quarry is suspended until the road is safe, the company said.",
        "The excavation at the quarry is suspended until the road will not be safe, the company said.")
        if k[0] == "negation"] == []
    assert [k for k in _conflicts(
        "The community council chair put it bluntly: “This is a merger on paper. Two days a week is not a surgery.”",
        "The community council chair said the village building will open as a branch surgery three days a week.")
        if k[0] == "number"] == []


def test_an_estimated_count_is_approximate_a_leaflets_title_is_no_speech_and_waters_of_is_a_body():
    assert [k for k in _conflicts(
        "An estimated 5,000 tonnes of rock came down at Gwinnow Cove, the coastguard said on Monday.",
        "Our geologists estimate that 4,760 tonnes of rock came away from the cliff at Gwinnow Cove on Sunday night.")
        if k[0] == "number"] == []
    from test_session13 import _speakers
    got = _speakers("The Heritage Coast Trust closed the path on Monday. The Trust asks visitors to read our leaflet "
                    "\"Walking Safely on the Penwarra Coast\" before setting out.\n\nFor the Farmers' Union of Marisal "
                    "it is \"an emergency in slow motion\".\n\nWaters of Alcantara, for its part, has indicated in a "
                    "statement: \"The supply with cisterns is guaranteed.\"")
    assert got.get("Walking Safely on the Penwarra Coast") is None
    assert got["The supply with cisterns is guaranteed"] == "Waters of Alcantara"
