"""Session 12 rules, found on heldout107 and heldout108 after their blind measurement (read as
development data): a part taken from someone's whole, the Fijian chiefly title, a colon
introduction told at length, a name inside a relative clause, a pronoun in a participle aside, a
verb-first "Said X in her ruling:", and a predicate that denies by its meaning. Every sentence here
is ours."""

from __future__ import annotations

from test_quotes7 import _art

from newsweave.analyze.contradictions import same_subject_negated
from newsweave.analyze.entities import rule_mentions
from newsweave.analyze.ledger import build_ledger
from newsweave.analyze.values import find_counts
from newsweave.settings import Settings


def _speakers(text: str) -> dict[str, str | None]:
    led = build_ledger([_art("a", text, "en")], {"id": "s", "version": 1}, Settings.load(environ={}))
    return {q["text"].strip(" ,.“”\"‘’'«»"): q["speaker"] for q in led["quotes"]}


def test_a_part_of_someones_whole_marks_the_whole():
    # "two of Vaturua's three goals": three is the team's whole, not a second count of her goals
    got = [(v.value, v.unit, v.qual) for v in find_counts("Mele Tora scored two of Vaturua's three goals.")]
    assert got == [(3.0, "goal", "total")]
    got = [(v.value, v.qual) for v in find_counts("She scored two of their 14 goals this season.")]
    assert got == [(14.0, "total")]
    # control: a count with no part before it stays a plain count
    assert [(v.value, v.qual) for v in find_counts("Vaturua scored three goals.")] == [(3.0, "")]
    # a capitalised word with no possessive mark is no owner ("two of Oslo 5 players")
    assert find_counts("Two of Brevik 5 players left.")[0].qual == ""


def test_the_fijian_chiefly_title_is_no_part_of_the_name():
    text = "Mayor Ratu Semi Koroivalu opened the meeting."
    names = {text[m["start"]:m["end"]] for m in rule_mentions(text)}
    assert "Semi Koroivalu" in names and "Ratu Semi Koroivalu" not in names
    # its female counterpart is also a given name, so it stays ("Professor Adi Lerner")
    text = "Professor Adi Lerner opened the meeting."
    assert {text[m["start"]:m["end"]] for m in rule_mentions(text)} == {"Adi Lerner"}


def test_a_colon_introduction_may_name_its_audience_at_length():
    got = _speakers("The council voted 7-4. Semi Koroivalu, who captains the national side, told the Pacific Desk "
                    "by phone from Port Anvers: \"It is the proudest day of my career.\"")
    assert got["It is the proudest day of my career"] == "Semi Koroivalu"


def test_a_name_inside_the_subjects_relative_clause_does_not_take_his_pronoun():
    got = _speakers("Tomas Wendl, who sold the orchard with his brother Aurel, said the family had refused "
                    "two hotel chains. \"My father planted every tree here,\" he said.")
    assert got["My father planted every tree here"] == "Tomas Wendl"
    # control: with the brother as the sentence's speaker, the pronoun is his
    got = _speakers("Tomas Wendl sold the orchard, and his brother, Aurel Wendl, said the family had refused "
                    "two hotel chains. \"My father planted every tree here,\" he said.")
    assert got["My father planted every tree here"] == "Aurel Wendl"


def test_a_pronoun_in_a_participle_aside_is_someone_else():
    got = _speakers("Union leader Yohane Mvula praised the court. Among the reinstated are Kondwani Banda, 38, "
                    "and his wife Tiyamike.\n\nSaid Tiyamike Banda: \"We sold the chickens first.\"\n\n"
                    "Kondwani, sitting beside her, smiled. \"She did the bargaining, I did the worrying,\" he said.")
    assert got["She did the bargaining, I did the worrying"] == "Kondwani Banda"


def test_verb_first_said_before_a_name_and_a_phrase():
    got = _speakers("The court ruled on Friday.\n\nSaid Mkandawire in her judgment: \"A lawful strike is not "
                    "misconduct.\"\n\nJudge Linda Mkandawire gave the board 30 days.")
    assert got["A lawful strike is not misconduct"] == "Linda Mkandawire"


def test_a_predicate_that_denies_by_its_meaning_agrees_with_a_denial():
    neg = "Pensioners on the basic rate are not affected."
    assert not same_subject_negated("The 4,100 pensioners on the basic rate, who earn less, are exempt.", neg)
    assert not same_subject_negated("Pensioners on the basic rate are spared.", neg)
    # control: an affirmed predicate of the same kind still meets the denial
    assert same_subject_negated("Pensioners on the basic rate are affected.", neg)


def test_machine_translated_speech_verbs():
    got = _speakers("The tariff rises in March. \"The old meter is a machine to make debt,\" hammered Rodrigue "
                    "Ahouandjinou. The minister, Clarisse Adjovi, backs the reform. \"Every country that did it cut "
                    "its losses,\" she confided to our newsroom.")
    assert got["The old meter is a machine to make debt"] == "Rodrigue Ahouandjinou"
    assert got["Every country that did it cut its losses"] == "Clarisse Adjovi"


def test_a_bodys_name_goes_on_past_of():
    got = _speakers("Vendors protested on Monday.\n\nThe Market Traders' Union of Ventora said: \"This ban was "
                    "decided without a single study.\"")
    assert got["This ban was decided without a single study"] == "Market Traders' Union of Ventora"


def test_a_broadcast_sound_cue_names_its_speaker_first():
    text = ("ANCHOR: Good evening. A station is off the air tonight.\n\n"
            "REPORTER: The owner started it in 1998.\n\n"
            "SOT — MARLON PEAKE, OWNER, BAYLINE RADIO: \"Twenty years on air and one mistake ends it.\"\n\n"
            "REPORTER: The regulator says the rules were clear.\n\n"
            "SOT — DESIREE VANCE, CHAIR, MEDIA AUTHORITY: \"The suspension is two days. Not one.\"")
    got = _speakers(text)
    assert got["Twenty years on air and one mistake ends it"] == "Marlon Peake"
    assert got["The suspension is two days. Not one"] == "Desiree Vance"


def test_a_month_in_a_future_clause_is_the_coming_one_in_other_languages():
    from newsweave.analyze.time import find_timexes

    def month(text: str, lang: str) -> str:
        return [s.data["value"] for s in find_timexes(text, "2026-09-24", lang)][0]

    # said in late September, August in a future clause is next year's
    assert month("Die Kinder sollen im August an die Schule in Kleinau wechseln.", "de") == "2027-08"
    assert month("Les élèves changeront d'école en août.", "fr") == "2027-08"
    assert month("La escuela cerrará en agosto.", "es") == "2027-08"
    assert month("La scuola chiuderà ad agosto.", "it") == "2027-08"
    # controls: the past tense keeps the August just gone
    assert month("Im August wurde die Schule geschlossen.", "de") == "2026-08"
    assert month("La escuela cerró en agosto.", "es") == "2026-08"


def test_a_place_in_a_counterfactual_witnesses_nothing():
    from newsweave.analyze.contradictions import _COUNTERFACTUAL

    # "In Dornau he would still have sat in the car": where it did not happen
    assert _COUNTERFACTUAL.search("In Dornau he would still have sat in the car.")
    assert _COUNTERFACTUAL.search("„In Dornau wär' er noch im Auto gesessen.“")
    # a plan or a report in indirect speech is no counterfactual
    assert not _COUNTERFACTUAL.search("She said patients would be taken to the hospital in Dornau.")
    assert not _COUNTERFACTUAL.search("Patients will be taken to the hospital in Dornau.")


def test_a_workforce_is_a_whole():
    # "employs some 2,000 workers" is the whole; the 940 owed overtime are some of them
    got = [(v.value, v.qual) for v in find_counts("Velora Textiles employs some 2,000 workers at the plant.")]
    assert got == [(2000.0, "total")]
    assert [(v.value, v.qual) for v in find_counts("It owes overtime to 940 workers.")] == [(940.0, "")]


def test_a_romance_verb_first_colon_introduction_is_no_name():
    from newsweave.analyze.entities import heuristic_mentions

    text = "Dopo le navi toccherà ai traghetti. Chiosa Benvenuti: «Poi, un giorno, i container»."
    names = {text[m["start"]:m["end"]] for m in heuristic_mentions(text, [(0, 35), (36, len(text))])}
    assert "Benvenuti" in names and "Chiosa Benvenuti" not in names
