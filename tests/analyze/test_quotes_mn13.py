"""Session 12 (second round) quote speakers, each cause on invented sentences (no text of the
audited stories): the wrong speakers an audit of Multi-News stories mn046-mn075 found
(bench/ledger_quotes.py). Titles of works after a preposition, a state before an abbreviated
title, "the <state> senator", a long title before a name, "According to X, Y stated that", "a fan
who wrote:", a nickname opening a sentence, a picture credit after a slash, a sentence adverb read
as a person, and an unnamed relative as the subject before a pronoun."""

from __future__ import annotations

from test_quotes7 import _art

from newsweave.analyze.ledger import build_ledger
from newsweave.analyze.quotes import not_a_speaker_mention
from newsweave.settings import Settings


def _speakers(text: str) -> dict[str, str | None]:
    led = build_ledger([_art("a", text, "en")], {"id": "s", "version": 1}, Settings.load(environ={}))
    return {q["text"].strip(" ,.“”\"‘’'«»"): q["speaker"] for q in led["quotes"]}


def test_a_title_case_work_after_a_preposition_is_no_ones_words():
    got = _speakers('Wenna Kord, who sings with two bands, added that her part in "Harbour Lights 2" was her '
                    'favourite.')
    assert got.get("Harbour Lights 2") is None
    got = _speakers('Pell Arvo told guests last week on "The Noon Kettle" that he plans a tour.')
    assert got.get("The Noon Kettle") is None
    got = _speakers('Reviewers recalled what Osk Demming called in "Salt Over Glass" the last winter.')
    assert got.get("Salt Over Glass") is None
    # (speech after "in" is still speech: not title case)
    got = _speakers('Pell Arvo said in a short note that the label was "sorry for the long wait."')
    assert got["sorry for the long wait"] == "Pell Arvo"


def test_a_state_before_an_abbreviated_title_is_no_speaker():
    got = _speakers('"The map favours us this time, and the money will follow," said Nevada Sen. Orla '
                    'Brandvik, who leads the caucus.')
    assert got["The map favours us this time, and the money will follow"] == "Orla Brandvik"


def test_the_state_senator_is_the_person_last_named_not_the_state():
    got = _speakers('Martin Ruel said he would rest at home. "We gave it everything," Ruel said. The Oregon '
                    'senator said he had kept his ads friendly in a season when "people feel let down."')
    assert got["people feel let down"] == "Martin Ruel"


def test_a_long_title_with_small_words_before_the_name():
    got = _speakers('"We stand by the ruling," Varga stated. "The new figures show the deal is dead," Junior '
                    'Minister for Ports and Trade with the Assembly Idris Kalmer said.')
    assert got["The new figures show the deal is dead"] == "Idris Kalmer"


def test_a_body_after_of_the_is_not_a_long_titles_name():
    got = _speakers('"Crews are clearing the lanes one by one," Bo Tallis of the Wis. Canal Board said.')
    assert got["Crews are clearing the lanes one by one"] not in ("Canal Board", "Wis. Canal Board")


def test_according_to_one_person_another_stated_that():
    got = _speakers('According to Ruth Galloway, Amos Pender stated that "the winter fast was the hardest '
                    'test of the year."')
    assert got["the winter fast was the hardest test of the year"] == "Amos Pender"


def test_a_fan_who_wrote_is_not_the_sentences_subject():
    got = _speakers('Sela Marr also shared the clip posted by a viewer who wrote: "They will stretch this '
                    'feud for a whole season."')
    assert got["They will stretch this feud for a whole season"] is None


def test_a_nickname_opening_a_sentence_is_no_ones_words():
    got = _speakers('Storms shook the hills. "Panner Lou" Brenner said he digs there most weekends.')
    assert "Panner Lou" not in got


def test_a_credit_after_a_slash_and_a_sentence_adverb_are_no_person():
    text = "Ivo Lant waited at the gate. WIREPIX/Dana Orsk The fuss has Lant nervous. Even so, she wrote it."
    s = text.index("Dana")
    assert not_a_speaker_mention(text, s, s + len("Dana Orsk"))
    text2 = "Ivo Lant waited. Nonetheless, she wrote a reply."
    s = text2.index("Nonetheless")
    assert not_a_speaker_mention(text2, s, s + len("Nonetheless"))
    s = text.index("Ivo Lant")
    assert not not_a_speaker_mention(text, s, s + len("Ivo Lant"))


def test_a_party_before_an_office_is_left_as_it_was():
    # (only a qualifier the story knows as a name, a state, is replaced by the person last named)
    got = _speakers('The attorney Moss Hadley spoke first. Orrin’s order was rare, a scholar said. The Democratic '
                    'mayor said he paused it "so that the panel can review the plan."')
    assert got["so that the panel can review the plan"] != "Moss Hadley"


def test_a_pronoun_after_an_unnamed_relative_as_subject_is_nobody_named():
    got = _speakers('Peter Vance said he regretted it. While Vance spoke to the press, his father abruptly stepped '
                    'out of the shop. "Peter, come back in now," he says, waving him over. He adds: "Sorry, the '
                    'boy is tired."')
    assert got["Peter, come back in now"] is None
    assert got["Sorry, the boy is tired"] is None
    # (a relative opening the sentence is left as it was: the pronoun goes back to the person named)
    got = _speakers('Peter Vance said he regretted it. His cousin waited with the mayor. "We back him fully," he '
                    'said.')
    assert got["We back him fully"] == "Peter Vance"
