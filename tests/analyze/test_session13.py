"""Session 13 rules, found on heldout115 and heldout116 after their blind measurement (read as
development data): more French verbs of an attribution inside one pair of marks (Quebec's "de
dire" too) and their word-for-word English renderings, a preposition or a lone title read as a
name, a person the model typed as a body whose family the story names, a negation after the verb,
and the superseded day of a postponed plan. Every sentence here is ours."""

from __future__ import annotations

from dataclasses import replace

from test_quotes7 import _art

from newsweave.analyze.contradictions import same_subject_negated
from newsweave.analyze.entities import EntityIndex, _clean_mention, heuristic_mentions, rule_mentions
from newsweave.analyze.ledger import build_ledger
from newsweave.analyze.sentences import split_sentences
from newsweave.settings import Settings


def _ledger(*texts: tuple[str, str, str]) -> dict:
    arts = [_art(aid, text, lang) for aid, text, lang in texts]
    return build_ledger(arts, {"id": "s", "version": 1}, Settings.load(environ={}))


def _speakers(text: str, lang: str = "en") -> dict[str, str | None]:
    led = _ledger(("a", text, lang))
    return {q["text"].strip(" ,.“”\"‘’'«»"): q["speaker"] for q in led["quotes"]}


def test_more_french_verbs_inside_one_pair_of_marks():
    got = _speakers("La ministre Claire Vautrin appuie la décision : « Nous n'avons pas le choix. » "
                    "L'association des meuniers parle d'un recul. « Deux moulins devaient ouvrir cet été, soutient "
                    "son président, Gérald Thibodeau. Ils attendront. »", "fr")
    assert got["Deux moulins devaient ouvrir cet été"] == "Gérald Thibodeau"
    assert got["Ils attendront"] == "Gérald Thibodeau"


def test_quebec_de_dire():
    got = _speakers("La ministre Claire Vautrin appuie la décision : « Nous n'avons pas le choix. » "
                    "À Rivière-Basse, la déception est grande. « Nous avions le terrain et les permis, de dire le "
                    "maire Sylvain Gendron. Il ne manquait qu'une signature. »", "fr")
    assert got["Nous avions le terrain et les permis"] == "Sylvain Gendron"
    assert got["Il ne manquait qu'une signature"] == "Sylvain Gendron"


def test_a_machine_translated_incise_in_english():
    got = _speakers("The minister Claire Vautrin supports the decision: “We have not the choice.” The association "
                    "of millers speaks of a step back. “Two mills were to open this summer, maintains its president, "
                    "Gerald Thibodeau. They will wait.”")
    assert got["Two mills were to open this summer"] == "Gerald Thibodeau"
    assert got["They will wait"] == "Gerald Thibodeau"
    # "said" inside one pair of marks is most often another paper's excerpt, quoted whole: not split
    got = _speakers("The Ledger reported: “Mills were to open this summer, said Gerald Thibodeau, the association's "
                    "president. They will wait.”")
    assert not any(k.startswith("They will wait") for k in got)


def test_a_preposition_is_no_first_name():
    text = "Sanne Roos ist 14. Für Sanne ist klar: „Die meisten werden froh sein.“ Ihr Vater ist skeptisch."
    names = {text[m["start"]:m["end"]] for m in heuristic_mentions(text, split_sentences(text))}
    assert "Für Sanne" not in names
    text = "For Sanne it is clear: most will be glad."
    assert [text[s:e] for s, e in _clean_mention(text, 0, len("For Sanne"))] == ["Sanne"]


def test_a_lone_title_is_nobodys_name():
    text = ("The Ostkerke council voted 27-14 to delay the ban. Alderman for housing Pieter Claeys told ORN "
            "the delay was “a pause, not a retreat.” “Every family will be heard,” Claeys said.")
    assert _clean_mention(text, 51, 59) == []
    led = _ledger(("a", text, "en"))
    assert "Alderman" not in {e["name"] for e in led["entities"]}


def test_a_negation_after_the_verb_denies_too():
    # both accounts deny: no conflict
    assert not same_subject_negated("Hydro-Vallon will not connect any new data centre for 18 months.",
                                    "Hydro-Vallon will connect no more new data centres during 18 months.")
    # control: one account affirms
    assert same_subject_negated("Hydro-Vallon will not connect any new data centre for 18 months.",
                                "Hydro-Vallon will connect two new data centres this year.")


def _dates(led: dict) -> list[dict]:
    return [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "date"]


def _december(*texts: tuple[str, str]) -> dict:
    arts = [replace(_art(aid, text), published="2026-12-02") for aid, text in texts]
    return build_ledger(arts, {"id": "s", "version": 1}, Settings.load(environ={}))


def test_the_day_a_plan_had_before_it_was_moved_is_no_conflict():
    a = ("The Dunmere council voted on Tuesday to delay the ban on old diesel vans in the town centre. The ban on "
         "old diesel vans was due to start on January 1. The vote was 21 to 9.")
    b = ("The Dunmere council voted on Tuesday to delay the ban on old diesel vans. The ban on old diesel vans "
         "will now take effect on January 1, 2028. The vote was 21 to 9.")
    assert not _dates(_december(("a", a), ("b", b)))
    # control: two accounts of the new day still disagree
    c = b.replace("January 1, 2028", "March 1, 2028")
    assert _dates(_december(("b", b), ("c", c)))


def _typed(text: str, marks: list[tuple[str, str, int]]) -> dict[str, str]:
    """Entity types built from model mentions given as (surface, type, occurrence)."""
    ix = EntityIndex()
    ms = []
    for surface, typ, k in marks:
        at = -1
        for _ in range(k):
            at = text.find(surface, at + 1)
        ms.append({"start": at, "end": at + len(surface), "text": surface, "type": typ, "src": "model"})
    ix.add_article("a", text, ms)
    return {e["name"]: e["type"] for e in ix.build()}


def test_a_body_named_like_someone_of_a_family_the_story_names_is_a_person():
    text = ("Nii Ayi Bortey went to court. A visibly elated Nii Ayi Bortey thanked the court. His son, Kofi Bortey, "
            "was cautious. Kofi Bortey said so.")
    got = _typed(text, [("Nii Ayi Bortey", "ORG", 1), ("Nii Ayi Bortey", "ORG", 2), ("Kofi Bortey", "PERSON", 1),
                        ("Kofi Bortey", "PERSON", 2)])
    assert got["Nii Ayi Bortey"] == "PERSON"
    # a body's name stays a body: it says what it is ("Bortey Holdings") or shares no surname
    text = "Bortey Holdings went to court. Bortey Holdings won. Kofi Bortey said so. Kofi Bortey smiled."
    got = _typed(text, [("Bortey Holdings", "ORG", 1), ("Bortey Holdings", "ORG", 2), ("Kofi Bortey", "PERSON", 1),
                        ("Kofi Bortey", "PERSON", 2)])
    assert got["Bortey Holdings"] == "ORG"


def test_a_quantifier_denies_its_predicate_not_the_people_it_counts():
    from newsweave.analyze.contradictions import _clause_shared
    neg = "The ferry docked safely, with none of the 212 passengers and nine crew on board injured, the operator said."
    ns = neg.index("none")
    # the other account names the same people but says nothing of injuries: nothing denied
    assert not _clause_shared(neg, ns, "Nine crew and 212 passengers were on board the ferry at the time.")
    # control: the other account states the very predicate
    assert _clause_shared(neg, ns, "Several of the 212 passengers were injured when the ferry docked.")


# --- from heldout118 (read after its blind measurement) ----------------------------------------

def test_a_plural_possessive_in_the_descriptor_before_a_colon():
    got = _speakers("Growers are wary. Maize growers' chairman Odhiambo Kirui put it plainly: "
                    "\"We will believe it when the lorries come.\"")
    assert got["We will believe it when the lorries come"] == "Odhiambo Kirui"


def test_a_name_closing_the_subjects_apposition_is_not_the_pronouns():
    got = _speakers("Jordi Pallarès, leader of the opposition Bloc Ribera, said the vote had been rushed. "
                    "\"Nobody has read the contract,\" he told the paper.")
    assert got["Nobody has read the contract"] == "Jordi Pallarès"


def test_her_brother_tells_whose_brother():
    got = _speakers("Remei Batlle, who chairs the residents' federation, watched from the gallery with her brother "
                    "Quim, a plumber at the company. \"I will still fix the same pipes,\" he said.")
    assert got["I will still fix the same pipes"] != "Remei Batlle"


def test_a_member_of_an_assembly_before_the_name():
    text = "Nominated MCA Wanjiru Atieno Kamau, who voted against, said the lease was rushed."
    names = {text[m["start"]:m["end"]] for m in rule_mentions(text)}
    assert "Wanjiru Atieno Kamau" in names
    assert [text[s:e] for s, e in _clean_mention(text, 10, 36)] == ["Wanjiru Atieno Kamau"]


def test_a_negation_inside_a_condition_denies_nothing():
    a = _art("a", "The Kisora Dockers Union wants nine months of wage arrears paid before the handover.")
    b = _art("b", "The Kisora Dockers Union said it would strike if the wage arrears were not paid before the handover.")
    led = build_ledger([a, b], {"id": "s", "version": 1}, Settings.load(environ={}))
    assert not [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "negation"]


# --- from heldout122 and heldout124 (read after their blind measurement) -----------------------

def test_a_title_set_off_beside_a_name_is_that_person():
    got = _speakers("Odile Brandt, the health minister, presented the plan on Monday. The finance minister, "
                    "Claude Vessaz, said it was affordable. \"Teeth are not a luxury,\" he said.")
    assert got["Teeth are not a luxury"] == "Claude Vessaz"
    got = _speakers("The board chairman, Ronald Kabuye, signed the circular. Moses Odongo-Abura, the MP for Kiruma "
                    "County, said he would raise the matter in Parliament. \"You cannot ban a livelihood by circular,\" "
                    "he said.")
    assert got["You cannot ban a livelihood by circular"] == "Moses Odongo-Abura"


def test_more_french_inverted_verbs_and_their_renderings():
    got = _speakers("Au marché, Mme Yolande Pierrot, 41 ans, n'en revient pas. Son fils Kesner, 15 ans, révise "
                    "depuis janvier. « J'étais prêt lundi », lâche-t-il.", "fr")
    assert got["J'étais prêt lundi"] == "Kesner"
    got = _speakers("At the market, Mrs Yolande Pierrot, 41 years, does not come back from it. Her son Kesner, 15 "
                    "years, revises since January. \"I was ready Monday,\" drops he.")
    assert got["I was ready Monday"] == "Kesner"


def test_a_name_after_a_kinship_noun_is_a_person():
    text = "Son papa, Didier, chef formé à l'école, est plus fâché qu'elle."
    assert [(m["text"], m["type"]) for m in rule_mentions(text)] == [("Didier", "PERSON")]
    text = "Her son, Kesner, 15, has been revising. Kesner shrugged. Kesner laughed."
    got = _typed(text, [("Kesner", "ORG", 1), ("Kesner", "ORG", 2), ("Kesner", "ORG", 3)])
    assert got["Kesner"] == "PERSON"


def test_a_piece_of_a_hyphenated_name_is_no_name():
    text = "At the Croix-Marie market, trader Yolande Pierrot said"
    at = text.index("Croix")
    assert _clean_mention(text, at, at + len("Croix")) == []
    at = text.index("Marie")
    assert _clean_mention(text, at, at + len("Marie")) == []


def test_a_verb_that_denies_by_its_meaning_affirms_nothing():
    a = _art("a", "Jean Favre, the Socialist deputy who first tabled the idea, said one adult in five in the "
                  "canton now goes without dental care.")
    b = _art("b", "For Jean Favre, the socialist deputy at the origin of the idea, one adult in five in the canton "
                  "renounces today the dental care.")
    led = build_ledger([a, b], {"id": "s", "version": 1}, Settings.load(environ={}))
    assert not [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "negation"]


# --- from heldout126 and heldout128 (read after their blind measurement) -----------------------

def test_a_fee_and_a_fine_are_two_sums():
    from newsweave.analyze.contradictions import _money_role
    from newsweave.analyze.values import find_counts
    a = "Drivers will have 60 days to register, at a fee of 20 dollars, and must carry a helmet."
    b = "Drivers who ride without a plate face fines of 50 dollars, and must register within 60 days."
    va = [v for v in find_counts(a) if v.value == 20][0]
    vb = [v for v in find_counts(b) if v.value == 50][0]
    assert (_money_role(a, va), _money_role(b, vb)) == ("fee", "fine")


def test_every_n_months_is_a_frequency_not_a_span():
    a = _art("a", "The Vantu Biosafety Authority said it had studied the application for eight months before "
                  "granting the trial permit.")
    b = _art("b", "The Vantu Biosafety Authority said the applicant must report to it every three months under the "
                  "trial permit.")
    led = build_ledger([a, b], {"id": "s", "version": 1}, Settings.load(environ={}))
    assert not [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "number"]


def test_a_phone_in_caller_from_a_place():
    got = _speakers("Callers were split. Kwesi from Abeka Junction: \"The bikes are chaos. The judge should ride "
                    "with them one day.\"")
    assert got["The bikes are chaos. The judge should ride with them one day"] == "Kwesi"


def test_madam_is_an_honorific():
    text = "Madam Adjoa Mensah-Bonsu said the ban hurt traders."
    assert [text[s:e] for s, e in _clean_mention(text, 0, 24)] == ["Adjoa Mensah-Bonsu"]
    text = "Madam Speaker called the House to order."
    assert [text[s:e] for s, e in _clean_mention(text, 0, 13)] == ["Madam Speaker"]


# --- from heldout130 and heldout132 (read after their blind measurement) -----------------------

def test_clr_and_an_honorific_after_a_title_in_apposition():
    text = "Clr Tendai Mufaro said the bills were estimated."
    assert [text[s:e] for s, e in _clean_mention(text, 0, 18)] == ["Tendai Mufaro"]
    got = _speakers("The board met on Monday. The general secretary, Mr. Osei Lartey-Mensah, spoke after the "
                    "treasurer, Abena Quaye. \"We will reopen the ground,\" he said.")
    assert got["We will reopen the ground"] == "Osei Lartey-Mensah"


def test_a_title_does_not_name_the_word_after_a_blank_line():
    text = "Signed:\nOsei Lartey-Mensah\nGeneral Secretary\n\nIssued at Port Bellan, 3 December"
    assert "Issued" not in {m["text"] for m in rule_mentions(text)}
