"""Session 11 quote speakers on real-style news, each cause on our own sentences: the wrong speakers
an audit of Multi-News stories found (a pronoun before the quote, an unnamed "a spokesman for …",
titles of works, objects in lists, long appositives). The Multi-News case of a surname whose full
name the model read only in part ("CNN host <First> <Surname>" marked as the surname) could not be
reproduced on our own sentences: the entity index restores the full naming there."""

from __future__ import annotations

from test_quotes7 import _art

from newsweave.analyze.ledger import build_ledger
from newsweave.settings import Settings


def _speakers(text: str) -> dict[str, str | None]:
    led = build_ledger([_art("a", text, "en")], {"id": "s", "version": 1}, Settings.load(environ={}))
    return {q["text"].strip(" ,.“”\"‘’'«»"): q["speaker"] for q in led["quotes"]}


def test_a_pronoun_before_the_quote_is_not_a_name_that_follows_it():
    got = _speakers("The interview lasted twelve minutes. Declan Battersby, the party's chair, did not hold back. "
                    "He called Desmond Okafor a \"reckless amateur.\" He said that Okafor was being \"evasive\" "
                    "about the budget.")
    assert got["reckless amateur"] == "Declan Battersby"
    assert got["evasive"] == "Declan Battersby"


def test_the_spokesman_after_an_unnamed_a_spokesman_is_not_a_spokesman_named_elsewhere():
    text_a = ("Velmar Air spokesman Piotr Haskell said the jet was inspected overnight. \"The aircraft is safe,\" "
              "Haskell said.")
    text_b = ("Officials still do not know what a drone would do to an engine, a spokesman for the Civil Aviation "
              "Board told reporters on Monday.\n\n\"We simply have no test data yet,\" the spokesman said. "
              "\"A bird is much softer than a battery.\"")
    settings = Settings.load(environ={})
    led = build_ledger([_art("a", text_a, "en"), _art("b", text_b, "en")], {"id": "s", "version": 1}, settings)
    got = {q["text"].strip(" ,.\""): q["speaker"] for q in led["quotes"] if q["article_id"] == "b"}
    assert got["We simply have no test data yet"] is None
    assert got.get("A bird is much softer than a battery") is None
    # a spokesman introduced with his name is still resolved
    got_a = {q["text"].strip(" ,.\""): q["speaker"] for q in led["quotes"] if q["article_id"] == "a"}
    assert got_a["The aircraft is safe"] == "Piotr Haskell"


def test_the_title_of_a_work_in_quotes_is_no_ones_speech():
    got = _speakers("Marcus Ellery wrote about his years at sea in his 2009 memoir, \"Salt Under the Fingernails.\" "
                    "\"I never meant to stay that long,\" said Marcus Ellery.")
    assert not got.get("Salt Under the Fingernails")
    assert got["I never meant to stay that long"] == "Marcus Ellery"


def test_names_after_from_to_and_a_title_are_objects_not_the_pronouns_subject():
    got = _speakers("Singer Ottilie Marsh received the city's medal on Sunday. At the ceremony, the famed performer "
                    "thanked her band, her producers -- from Thomas Baker to Dr. Linus Hale and Abel Stroud -- and "
                    "her fans. \"I owe this to everyone who ever bought a ticket,\" she told the crowd.")
    assert got["I owe this to everyone who ever bought a ticket"] == "Ottilie Marsh"


def test_an_age_in_apposition_marks_the_subject_among_names_in_a_list():
    got = _speakers("Rudi Kasim won the race on Sunday.\n\nAfter thanking several people, including his brother "
                    "Tobias Wren, coach Felix Amari and his agent Dario Pell, Kasim, 31, turned to the crowd.\n\n"
                    "\"This medal belongs to my town,\" he said.")
    assert got["This medal belongs to my town"] == "Rudi Kasim"


def test_a_sentence_opening_for_x_is_about_x_for_a_later_pronoun():
    got = _speakers("Martin Keller, an economist, studies electronic waste.\n\n"
                    "Tomas Ostrova, a chemist, sees it differently. \"Nobody recycles them,\" Ostrova said.\n\n"
                    "For Keller, the answer is simple.\n\n"
                    "\"Keep your phone for five years,\" he said.")
    assert got["Keep your phone for five years"] == "Martin Keller"


def test_a_bare_quote_after_an_attribution_with_a_long_appositive_continues_it():
    got = _speakers("\"She never missed a shift,\" said Tomasz Rybak, 44, who worked beside her on the night line "
                    "at the Dunmore bottling plant for eleven years before it closed last spring. "
                    "\"She was the best of us.\"")
    assert got["She never missed a shift"] == "Tomasz Rybak"
    assert got["She was the best of us"] == "Tomasz Rybak"


def test_an_abbreviated_title_and_name_after_a_quote_stop_the_carry_over():
    got = _speakers("\"We will vote this autumn,\" Senator Paula Greer said.\n\n"
                    "\"This is about the clinics in our state,\" Sen. Orla Dunmore Orla Dunmore recent stories "
                    "MORE (D-Ore.) said on Wednesday.")
    assert got["We will vote this autumn"] == "Paula Greer"
    assert got["This is about the clinics in our state"] != "Paula Greer"


def test_an_abbreviated_honorific_before_the_name_after_a_quote_names_the_speaker():
    got = _speakers("State Senator Harold Quinlan filed the bill on Monday. His colleague Margaret Oyelaran "
                    "opposed it.\n\n\"The bill only makes the rules clear,\" Mr. Quinlan explained.\n\n"
                    "\"It is a favour for one man,\" Ms. Oyelaran said.")
    assert got["The bill only makes the rules clear"] == "Harold Quinlan"
    assert got["It is a favour for one man"] == "Margaret Oyelaran"


def test_the_one_reported_answering_inside_the_clause_speaks():
    got = _speakers("Gareth Lindqvist asked for a meeting before he was dismissed. He said Helen Marchetti "
                    "responded that \"nothing you say will change my mind.\"")
    assert got["nothing you say will change my mind"] == "Helen Marchetti"


def test_an_unread_attribution_after_a_quote_stops_the_carry_over():
    got = _speakers("\"More vents may open further down the slope,\" said Tomas Brekke, who heads the observatory.\n\n"
                    "\"There is a real chance of new outbreaks,\" Ingrid Solheim, the chief scientist at the "
                    "national survey's volcano office on the island's east coast told a briefing.")
    assert got["More vents may open further down the slope"] == "Tomas Brekke"
    assert got["There is a real chance of new outbreaks"] != "Tomas Brekke"


def test_a_bare_quote_far_from_the_last_quote_is_the_one_reported_before_it():
    got = _speakers("\"Spacesuits are not glamorous,\" said astronaut Ruth Oduya, a veteran of three missions. "
                    "\"Everyone needs the bathroom, even in orbit.\"\n\n"
                    "Crews now wear absorbent garments, which would not work for flights longer than a day, "
                    "according to the contest's website. Nobody would want to wear one for a week, and the "
                    "problem is more than a matter of comfort for the agency and its partners abroad.\n\n"
                    "Oduya said the waste has to be treated or it could harm the crew. \"Given enough time, "
                    "infection can set in.\"")
    assert got["Given enough time, infection can set in"] == "Ruth Oduya"


def test_the_agent_after_led_by_and_a_title_is_the_pronouns_antecedent():
    # (guards the object rule above: "to Dr. X" is an object, "led by Mr X" the one acting)
    got = _speakers("The session was delayed so that members, led by Mr Abernathy Vance, could pay tribute to "
                    "the Governor.\n\nMembers said she had been a steady hand for forty years.\n\n"
                    "He said it was \"typical of her quiet sense of duty\" that she wanted no ceremony.")
    assert got["typical of her quiet sense of duty"] == "Abernathy Vance"
