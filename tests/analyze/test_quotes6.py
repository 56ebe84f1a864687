"""Pronoun speakers are the sentence's subject or reporter; verb-object colons; machine-translated inversions."""

from __future__ import annotations

from newsweave.analyze.ledger import build_ledger
from newsweave.model import Article
from newsweave.settings import Settings


def _speakers(text: str, lang: str = "en") -> dict[str, str | None]:
    art = Article(id="a", source="a", fmt="txt", raw=text, extracted=text, text=text, outlet="o", published="2025-03-03",
                  language=lang)
    led = build_ledger([art], {"id": "s", "version": 1}, Settings.load(environ={}))
    return {q["text"].strip(" ,.“”\"‘’"): q["speaker"] for q in led["quotes"]}


def test_he_is_the_subject_of_the_previous_sentence_not_a_possessive():
    got = _speakers("Prosecutor Tomas Varel told the court the money had gone to a firm owned by Ilse Marten's "
                    "cousin. “This was a price list, not a gift,” he said.")
    assert got["This was a price list, not a gift"] == "Tomas Varel"


def test_she_is_who_told_reporters_not_a_name_earlier_in_the_sentence():
    got = _speakers("The stolen works include two views by the painter Jonas Hallam, the gallery's director, "
                    "Mira Osk, told reporters. ‘They knew exactly what they wanted,’ she said.")
    assert got["They knew exactly what they wanted"] == "Mira Osk"


def test_a_colon_after_verb_and_object_goes_to_the_subject():
    got = _speakers("Der Fischer Jonas Hallam sagte der Zeitung: „Das Wasser ist über Nacht trüb geworden.“", "de")
    # alone, a German article only has capitalised-word names ("Fischer Jonas Hallam"); not "Zeitung"
    assert got["Das Wasser ist über Nacht trüb geworden"].endswith("Jonas Hallam")


def test_machine_translated_inversions():
    got = _speakers('The minister of the Health, Ilse Marten, spoke on Thursday. "It is an attack against the most '
                    'sick of our country", has declared the minister Ilse Marten. "We will not pay one cent to the '
                    'criminals", has she added.')
    assert got["It is an attack against the most sick of our country"] == "Ilse Marten"
    assert got["We will not pay one cent to the criminals"] == "Ilse Marten"
