"""Session 20 rules, found on the even sets of the session's rounds (read after their blind
measurement). Every sentence here is ours."""

from __future__ import annotations


def _conflicts(*texts: tuple[str, str]) -> list[tuple[str, str, str]]:
    from test_quotes7 import _ledger
    led = _ledger(*((f"a{i}", t, lang) for i, (t, lang) in enumerate(texts)))
    by_id = {f"a{i}": t for i, (t, _) in enumerate(texts)}
    return [(k["kind"], by_id[k["a"]["article_id"]][k["a"]["start"]:k["a"]["end"]],
             by_id[k["b"]["article_id"]][k["b"]["start"]:k["b"]["end"]])
            for c in led["claims"] for k in c["conflicts"]]


def _speakers(text: str, lang: str = "en") -> dict[str, str | None]:
    from test_session13 import _speakers as speakers
    return speakers(text, lang)


# contradictions

def test_a_pseudo_cleft_with_lacking_denies_nothing():
    got = _conflicts(("The replacement of the signalling, budgeted at 48 million euros, will be brought forward to "
                      "2028, Arregi said: \"The money is there. What we need now is speed.\"", "en"),
                     ("The renovation of the signalling, budgeted at 48 million euros, will be advanced to 2028, "
                      "Arregi said: \"The money is there. What is lacking now is speed.\"", "en"))
    assert not [c for c in got if c[0] == "negation"]


def test_an_elided_italian_this_year_is_a_date():
    from newsweave.analyze.time import find_timexes
    text = "Il festival, nato nel 1931, quest'anno ha richiamato circa 400 mila spettatori. Quest’anno no."
    got = [(text[t.start:t.end], t.data["value"]) for t in find_timexes(text, "2026-12-05", lang="it")]
    assert ("quest'anno", "2026") in got and ("Quest’anno", "2026") in got


def test_a_forecast_in_the_simple_past_is_no_outcome():
    got = _conflicts(("Wind gusts reached 141 km/h at the coastal station of Cabo Lindo on Saturday, the weather "
                      "institute said.", "en"),
                     ("The regional civil protection commander said the weather institute foresaw gusts of 110 km/h "
                      "at Cabo Lindo on Saturday.", "en"))
    assert not [c for c in got if c[0] == "number"]


def test_a_count_over_the_first_hours_is_an_early_reading():
    got = _conflicts(("The islanders' association has launched a petition against the fare rise, which gathered 410 "
                      "signatures in its first 24 hours.", "en"),
                     ("By Thursday evening the islanders' association petition against the fare rise had passed 600 "
                      "signatures.", "en"))
    assert not [c for c in got if c[0] == "number"]


def test_a_count_before_a_name_the_other_side_never_gives_is_another_thing():
    # (the whole ledger aligns such pairs only in longer stories: heldout324's show story)
    from newsweave.analyze.contradictions import _names_other_thing
    from newsweave.analyze.values import Value
    text = "The council intends to hold a one-day Spring Stock Show at Coldmere in April."
    i = text.index("one-day")
    v = Value(kind="count", start=i, end=i + len("one-day"), value=1.0, unit="day")
    assert _names_other_thing(text, v, "The council called off the two-day show at Coldmere.")
    assert not _names_other_thing(text, v, "The Spring Stock Show will also be a two-day show.")
    j = text.index("Coldmere")
    assert not _names_other_thing(text, Value(kind="count", start=j - 3, end=j - 1, value=1.0, unit="day"), "")


def test_a_place_and_its_compound_in_a_translation_are_one_place():
    # (heldout330: "in Hornach valley" against "its factory in Hornachtal")
    from newsweave.analyze.contradictions import _compound_named
    assert _compound_named("Lindach", "It will close its factory in Lindachtal, cutting 48 jobs.")
    assert not _compound_named("Lindach", "It will close its factory in Lindach, cutting 48 jobs.")
    assert not _compound_named("Lindach", "It will close its factory in Lindachers Hof.")


# quotes

def test_a_count_word_never_opens_a_speakers_name():
    # (heldout326: "One listener, …:" read as "Thirty-one", an entity the story had)
    from newsweave.analyze.quotes import _ANONYMOUS_TELLER, _NOT_SPEAKER
    assert _NOT_SPEAKER.match("One") and _NOT_SPEAKER.match("Three")
    assert not _NOT_SPEAKER.match("Oneida Barnes")
    assert _ANONYMOUS_TELLER.match("One listener, who did not give a name, sent a message asking: ")


def test_a_colon_after_where_someone_stayed_or_wrote_names_no_speaker():
    # (heldout326: "… per restare a Sarenza: «…»"; heldout334: "a comment on our Instagram:")
    from newsweave.analyze.quotes import _WHERE_PREP_BEFORE
    assert _WHERE_PREP_BEFORE.search("aveva rinunciato a due ingaggi per restare a ")
    assert _WHERE_PREP_BEFORE.search("summed it all up in a comment on our ")
    assert not _WHERE_PREP_BEFORE.search("Le commentaire de ")


def test_a_body_named_right_after_what_it_is_speaks_under_its_name():
    # (heldout336: "The municipal water company, Amalba, said in a statement:" was the city council)
    from newsweave.analyze.quotes import _APPOSED_BODY_NAME
    text = "The municipal water company, Aguamar, said in a statement: "
    m = _APPOSED_BODY_NAME.match(text, text.index(","))
    assert m and m.group(1) == "Aguamar"

def test_his_father_after_his_son_named_is_the_sons_owner():
    got = _speakers("Gales tore the roof off the west stand on Saturday night.\n\nJoaquim Pereira, 61, has looked after "
                    "the pitch since the ground opened in 2003. His son, Tiago Pereira, who joined the ground staff "
                    "three years ago, was the first to arrive. \"The pitch is fine, the goals are fine,\" Tiago said."
                    "\n\nHis father was less philosophical. \"Twenty years I have worked here and I never saw this,\" he "
                    "said.")
    assert got["Twenty years I have worked here and I never saw this"] == "Joaquim Pereira"


def test_her_mother_after_her_son_named_when_the_splitter_joins_the_sentences():
    # (a guard: the start code got this one by carrying the last speaker's owner over; the new rule
    # must find her too, though the splitter keeps her sentence and her son's together)
    got = _speakers("The line opened on Saturday.\n\nNolwenn Le Bras, who has run the family bakery on the Quai des "
                    "Pêcheurs for 27 years, said she lost a third of her trade during the works. Her son, Loïc Le Bras, "
                    "19, sees it differently. \"I used to spend an hour a day on the bus,\" he said.\n\nHis mother was "
                    "not convinced. \"Ask me again in a year,\" she said.")
    assert got["Ask me again in a year"] == "Nolwenn Le Bras"


def test_sein_kommentar_is_his():
    got = _speakers("Der Tunnel bleibt gesperrt, sagte Polizeisprecherin Anke Rohde.\n\nVerkehrssenator Malte Iversen "
                    "will bis zum 18. Dezember einen Bericht vom Landesamt. Sein Kommentar: „Niemand sollte sich daran "
                    "gewöhnen, dass dieser Tunnel zu ist.“", "de")
    assert got["Niemand sollte sich daran gewöhnen, dass dieser Tunnel zu ist"] == "Malte Iversen"


def test_a_one_name_person_opening_a_sentence_with_her_age_is_a_mention():
    from test_quotes7 import _ledger
    led = _ledger(("a", "Maite Urrutia, 34, was taking her father, Koldo Urrutia, to a hospital appointment when the "
                        "train stopped. \"Nobody told us anything,\" she said.", "en"),
                  ("b", "Maite Urrutia, enfermera de 34 años, acompañaba a su aita, Koldo, a una cita en el hospital "
                        "cuando el convoy se paró en el túnel. «Nadie nos dijo nada», relata.\n\nKoldo, de 71 años, usa "
                        "la línea desde su inauguración en 1997. «En mi vida había andado por un túnel», confiesa.", "es"))
    got = {q["text"][:16]: q["speaker"] for q in led["quotes"] if q["article_id"] == "b"}
    assert got["En mi vida había"] == "Koldo Urrutia"


def test_a_name_inside_a_phrase_set_off_after_the_subject_does_not_speak():
    got = _speakers("The trust voted to close the unit.\n\nMedical director Dr Helen Marchbank, questioned for almost an "
                    "hour by campaigners including Rhian Carrow, told the meeting the decision was about safety. \"I will "
                    "not sign a rota that has holes in it,\" she said.")
    assert got["I will not sign a rota that has holes in it"] == "Helen Marchbank"


def test_the_one_who_dismissed_a_pledge_as_words_says_them():
    got = _speakers("The trust will close the unit, its board said.\n\nOwen Lathbury, the trust's chief executive, said "
                    "the decision would be reviewed after a year, a pledge the campaign group's chair, Rhian Carrow, "
                    "dismissed as \"a promise written in sand\". \"If we can recruit, we will come back to this table,\" "
                    "he said.")
    assert got["a promise written in sand"] == "Rhian Carrow"
    assert got["If we can recruit, we will come back to this table"] == "Owen Lathbury"


def test_a_comment_on_our_instagram_is_no_speaker():
    got = _speakers("Residents of Fennimore Court have complained about mould since October, the union said.\n\n"
                    "One Fennimore resident summed it all up in a comment on our Instagram: \"Finally.\"")
    assert got.get("Finally") is None




# round 50

def test_the_older_of_two_sharing_a_surname_is_the_parent():
    got = _speakers("Volunteers saved the books on Tuesday.\n\nOne of them, Jesús Marcos, a doctoral student, worked through "
                    "the night. His father, Alberto Marcos, a bookbinder, joined him in the morning.\n\n\"I bound some of "
                    "these with my own hands,\" the older Marcos said. \"You don't leave them in a puddle.\"")
    assert got["I bound some of these with my own hands"] == "Alberto Marcos"
    assert got["You don't leave them in a puddle"] == "Alberto Marcos"


def test_a_platform_named_by_what_it_is_after_the_quote_is_no_last_speaker():
    got = _speakers("Su hija, Reyes Roldán, bióloga, sostiene que las tuberías eran viejas. «Nadie nos ha enseñado una "
                    "foto», lamenta.\n\nLa plataforma de vecinos, que ya ha reunido 3.500 firmas, anuncia que irá a los "
                    "tribunales. «Si hace falta, nos encadenaremos a los troncos», advierte el colectivo en un comunicado.",
                    "es")
    assert got["Si hace falta, nos encadenaremos a los troncos"] != "Reyes Roldán"


def test_a_word_before_the_full_name_of_the_one_person_with_that_first_name_is_a_title():
    from test_quotes7 import _ledger
    led = _ledger(("a", "Vom Balkon der Kirche sprach Christkind Lena Bauernhof am Freitagabend den Prolog. Christkind "
                        "Lena, 17, war hinterher erleichtert. „Der Wind hat mich nervöser gemacht“, sagte sie.", "de"),
                  ("b", "The Christkind, 17-year-old Lena Bauernhof, spoke the prologue from the church balcony on "
                        "Friday.", "en"))
    names = {e["name"] for e in led["entities"] if e["type"] == "PERSON"}
    assert "Lena Bauernhof" in names and "Christkind Lena" not in names


def test_someone_unnamed_after_where_a_notice_read_is_nobody_named():
    got = _speakers("Cllr Priya Deshpande, leader of the council, said it would help but could not promise money.\n\n"
                    "Outside the locked doors, where a printed notice read \"Closed until further notice\", one regular "
                    "who has been coming since 1961 wiped her eyes. \"It's like having a relative in hospital,\" she said.")
    assert got["It's like having a relative in hospital"] is None


def test_a_part_told_after_its_total_with_of_which():
    from newsweave.analyze.contradictions import _part_after_which
    assert _part_after_which("Nine persons were taken in charge by the firemen, of which two transported to "
                             "the hospital.") == 2
    assert _part_after_which("Neuf personnes ont été prises en charge, dont deux transportées à l'hôpital.") == 2
    assert _part_after_which("Nine persons were taken in charge by the firemen.") is None


def test_a_translated_bodys_name_goes_on_to_the_place_it_is_of():
    from test_quotes7 import _ledger
    led = _ledger(("a", "The Association of the Taxi drivers of Portalba estimates that the detour adds ten minutes.", "en"))
    assert any(e["name"] == "Association of the Taxi drivers of Portalba" for e in led["entities"])


# round 51

def test_a_strike_called_for_a_weekday_lies_ahead():
    from newsweave.analyze.time import find_timexes
    text = "The union said heritage sites were treated badly and called a one-hour stoppage across the province for Friday."
    got = {text[t.start:t.end]: t.data["value"] for t in find_timexes(text, "2026-12-10")}
    assert got["Friday"] == "2026-12-11"
    text = "The union held a one-hour stoppage across the province on Friday."
    got = {text[t.start:t.end]: t.data["value"] for t in find_timexes(text, "2026-12-10")}
    assert got["Friday"] == "2026-12-04"


def test_the_old_thing_and_its_replacement_are_two_things():
    got = _conflicts(("A new LED beacon will be fixed to the roof of the fog-signal station, and the old lamp, visible for "
                      "22 nautical miles, will be switched off, the lighthouse authority said.", "en"),
                     ("A new LED beacon, with a range of 18 nautical miles, will be mounted on a mast on Gull Rock, the "
                      "lighthouse authority said.", "en"))
    assert not [c for c in got if c[0] == "number"]


def test_a_translated_lady_mayor_is_no_person():
    got = _speakers("The ferry has been grounded since Monday.\n\nLady Mayor Katja Doerrenbach wants to apply at the "
                    "Federation for a dredging of the fairway. Her conclusion: \"A ferry that sits on the gravel is no "
                    "ferry, but an island.\"")
    assert got["A ferry that sits on the gravel is no ferry, but an island"] == "Katja Doerrenbach"


def test_a_poster_before_a_colon_speaks_no_words():
    got = _speakers("Patxi Irurzun, president of the traders' association, calculates that trade has fallen by a fifth. "
                    "His daughter Amaia runs a toy shop in the Main Street, with a poster written by hand in the shop "
                    "window: \"Open, with lights or without them\".")
    assert got.get("Open, with lights or without them") is None


def test_words_painted_on_a_wall_are_no_quote_and_the_speaker_goes_on():
    from test_quotes7 import _ledger
    led = _ledger(("a", "The cellar flooded on Sunday.\n\nHis father, Anselmo Lobera, 84, has seen this before. \"In 1959 the "
                        "water reached the second step,\" he said, pointing to a line on the wall with \"Riada 1959\" "
                        "painted beside it. \"This time it went over the fourth.\"", "en"))
    got = {q["text"].strip(" ,.\""): q["speaker"] for q in led["quotes"]}
    assert got.get("Riada 1959") is None
    assert got["This time it went over the fourth"] == "Anselmo Lobera"


def test_someone_on_a_street_is_not_the_street():
    got = _speakers("The union president, Priya Raman, said the fight goes on.\n\nOne second-year who works in a bar on "
                    "Wharf Street told us: \"I'll be walking home at 3am now.\"")
    assert got["I'll be walking home at 3am now"] != "Wharf Street"


def test_quoted_in_the_notice_is_no_sign():
    # (a guard: the start code got it; the sign-before-a-colon rule above must leave it alone)
    got = _speakers("The authority found that 41,000 bills were estimates.\n\nDirector-General Tendai Moyo is quoted in "
                    "the notice: \"Estimated billing is permitted for one month, not for six.\"")
    assert got["Estimated billing is permitted for one month, not for six"] == "Tendai Moyo"


def test_a_body_of_a_place_speaks_not_the_place():
    got = _speakers("The museum has been closed until further notice, the councillor Ana Ruiz said.\n\nThe residents' "
                    "association of the Casco Viejo said in a statement: \"We asked for the cliff to be reinforced three "
                    "years ago.\"")
    assert got["We asked for the cliff to be reinforced three years ago"] == "residents' association of the Casco Viejo"


def test_a_translated_name_with_of_the_is_kept_whole():
    got = _speakers("The dock will stay closed for six weeks, the administration said.\n\nThe coordinator, Mary of the "
                    "Conception Rebelo, remembers that the wear of the seals was reported in March. \"We wrote, we sent "
                    "and we waited\", she laments.")
    assert got["We wrote, we sent and we waited"] == "Mary of the Conception Rebelo"


def test_a_forecast_of_more_rain_is_no_count_of_the_rain_that_fell():
    got = _conflicts(("Heavy rain, 186.4 litres per square metre over seven days according to the regional weather "
                      "office, saturated the cliff above the Albeda river.", "en"),
                     ("The regional weather office forecasts another 40 litres per square metre over the cliff above "
                      "the Albeda river by Wednesday.", "en"))
    assert not [c for c in got if c[0] == "number"]


# round 52

def test_his_father_after_and_his_son_named_mid_sentence():
    got = _speakers("The yard will cut 310 jobs, the company said.\n\nBeneath the banner stood Xoán Varela, 58, a welder "
                    "who has spent 34 years at the yard, and his son Breixo Varela, 27, an apprentice. \"My father taught "
                    "me that a ship is finished when the last weld holds,\" Breixo Varela said.\n\nHis father was blunter. "
                    "\"I have four years to my pension,\" he said.")
    assert got["I have four years to my pension"] == "Xoán Varela"


def test_her_husband_after_a_name_and_his_wife():
    # (a guard: the start code got it; the mid-sentence rule above must find him right before "and his wife")
    got = _speakers("Sabine Kaul, who chairs the works council, said the council would fight. \"The night shift did not "
                    "make the bad decisions,\" she said.\n\nDirk Lohse and his wife Anja have both worked nights for six "
                    "years. \"We planned our whole life around this shift,\" Anja said. Her husband was quieter. \"We'll "
                    "manage,\" he said.")
    assert got["We'll manage"] == "Dirk Lohse"


def test_a_name_set_off_after_its_noun_is_no_quote():
    # (heldout358: 'The island's plan for winter fires, called “Cumbre Segura”,' had a speaker)
    from newsweave.analyze.quotes import _LABEL_BEFORE
    assert _LABEL_BEFORE.search("The island's plan for winter fires, called ")
    assert not _LABEL_BEFORE.search("Its president called the plan ")
