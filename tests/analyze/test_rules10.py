"""Session 9 rules: the day of the event told by a weekday, compared only between clauses of one act."""

from __future__ import annotations

from newsweave.analyze.contradictions import _same_act, _verb_near
from newsweave.analyze.values import event_day, find_dates
from test_rules9 import _kinds

WED = "2026-12-02"  # a Wednesday


def _days(text: str, dct: str = WED, lang: str = "en") -> list[tuple[str, str]]:
    return [(text[v.start:v.end], v.value) for v in find_dates(text, dct, lang)]


def test_a_weekday_governed_by_a_verb_of_the_event_is_a_date_of_the_story():
    assert ("Tuesday", "2026-12-01") in _days("The board of the Orvell water company approved the rise on Tuesday.")
    assert ("Tuesday", "2026-12-01") in _days("On Tuesday the harbour council approved the new mooring fees.")
    assert ("yesterday", "2026-12-01") in _days("The decision to close the ferry office was made yesterday.")
    assert ("mardi", "2026-12-01") in _days("Le rationnement de l'eau a commencé mardi à Velnoux.", lang="fr")
    # a weekday before a date: the day of the approval, not of the telling
    text = "The utility said after its board approved the increase on Monday, Nov. 30."
    assert event_day(text, text.index("Monday"), text.index("Monday") + 6)


def test_a_weekday_of_the_telling_stays_out():
    for text in ("Mayor Ilse Brand said on Tuesday that the pool would reopen.",
                 "On Monday, the ministry said prices would rise.",
                 "Police told reporters Tuesday that the road was open again.",
                 "The club said on Tuesday it had signed a lease for the ground."):
        assert not [d for d in _days(text) if d[1] in ("2026-11-30", "2026-12-01")], text
    text = "Das hat die Kelsauer Post am Dienstag mitgeteilt."
    assert not _days(text, lang="de")


def test_the_verb_of_a_dates_clause():
    text = "The strike began after 900 drivers walked off the job on Monday, Oct. 12, over pay."
    v = [d for d in find_dates(text, "2026-10-14") if "Monday" in text[d.start:d.end] or d.value == "2026-10-12"][0]
    assert _verb_near(text, v) == "walked"
    text = "Health officials on Thursday kept the passengers aboard the Orla Star."
    assert _verb_near(text, find_dates(text, "2026-12-04")[0]) == "kept"
    text = "Der Stadtrat hat die Erhöhung am Dienstag genehmigt."
    assert _verb_near(text, find_dates(text, WED, "de")[0]) == "genehmigt"


def test_one_act_across_languages_and_synonyms():
    a = "The Velnoux council approved the budget on Tuesday."
    b = "Il consiglio ha approvato martedì il bilancio."
    assert _same_act(a, find_dates(a, WED)[0], b, find_dates(b, WED, "it")[0])
    a = "Water rationing began on Tuesday in Velnoux."
    b = "Rationing in Velnoux started on Monday, Nov. 30."
    assert _same_act(a, find_dates(a, WED)[0], b, find_dates(b, WED)[0])
    a = "Firefighters were struggling on Monday to hold the fire above Kelsau."
    b = "The fire broke out late on Sunday above Kelsau."
    assert not _same_act(a, find_dates(a, "2026-08-11")[0], b, find_dates(b, "2026-08-11")[0])


def test_the_same_act_on_two_days_conflicts_and_two_acts_do_not():
    assert "date" in _kinds("The board of Stadtwerke Orvell approved the 12 percent rise on Tuesday.",
                            "The board of Stadtwerke Orvell approved the rise on Monday, Nov. 30.",
                            dct_a=WED, dct_b=WED)
    # the days of two steps of one story
    assert "date" not in _kinds("Ships were waiting at anchor off Porto Lenz on Wednesday as the dock strike went on.",
                                "The dock strike began when 900 workers walked off the job at Porto Lenz on Monday, "
                                "Oct. 12.", dct_a="2026-10-14", dct_b="2026-10-14")
    # the telling and the event
    assert "date" not in _kinds("The night train derailed near Lunetre late on Sunday, Nov. 15, the minister said.",
                                "The minister announced the derailment of the night train near Lunetre on Monday.",
                                dct_a="2026-11-16", dct_b="2026-11-16")


def test_sums_written_the_local_way():
    from newsweave.analyze.values import find_counts

    def sums(t: str) -> list[tuple[str, float, str]]:
        return [(t[v.start:v.end], v.value, v.unit) for v in find_counts(t)]

    assert sums("The Dh45 million souk renovation") == [("Dh45 million", 45e6, "dirham")]
    assert sums("JA$30 million for a new stand") == [("JA$30 million", 30e6, "dollar")]
    assert sums("Rs. 4.5 billion for the mill") == [("Rs. 4.5 billion", 4.5e9, "rupee")]
    assert sums("Traders will pay R350 a month") == [("R350", 350.0, "rand")]
    assert sums("Drivers took the R21 highway") == []  # a road, not a sum
    assert "number" in _kinds("The Dh45 million renovation of the Old Souk starts in March.",
                              "The Dh38 million renovation of the Old Souk starts in March.")


def test_two_rises_of_one_price_are_one_change():
    assert "number" in _kinds("Households in Orvell will pay 12 percent more for their water from January 1.",
                              "Stadtwerke Orvell will raise its water price by 9 percent from Jan. 1.")
    # a rise and a share of something else
    assert "number" not in _kinds("Households in Orvell will pay 12 percent more for their water from January 1.",
                                  "About 9 percent of Orvell's water comes from the Lindsee reservoir.")


def test_the_baseline_of_a_change_does_not_set_the_sentence_in_the_past():
    from newsweave.analyze.ledger import is_background
    from newsweave.analyze.values import find_dates

    def background(t: str, dct: str = "2026-04-09") -> list[bool]:
        return [is_background(t, v, dct) for v in find_dates(t, dct)]

    assert background("The food bank served 980 households in March, 43 per cent more than a year earlier.") == [
        False, False]
    assert background("The Orvell mine closed more than a year ago.") == [True]


def test_a_verb_after_a_modal_or_to_tells_the_act():
    a = "Renovation of the Old Souk will begin on Tuesday, with about 200 shops moving to a car park."
    b = "The traders meet again at the majlis on Thursday to draw up a moving rota."
    va, vb = find_dates(a, "2026-11-29")[0], find_dates(b, "2026-12-01")[0]
    assert (_verb_near(a, va), _verb_near(b, vb)) == ("begin", "meet")
    assert not _same_act(a, va, b, vb)
    # "to" ends a word too: "Porto Lenz" holds no verb
    text = "Ships were waiting at anchor off Porto Lenz on Wednesday."
    assert _verb_near(text, find_dates(text, "2026-10-14")[0]) == "waiting"


def _timed_kinds(ta: str, tb: str, dct_a: str, dct_b: str) -> list[str]:
    # units as the ledger builds them: dates after the publication day are ahead (future_at)
    from newsweave.analyze.contradictions import compare
    from newsweave.analyze.ledger import is_future
    from test_rules9 import _unit
    a, b = _unit("a", ta, dct_a), _unit("b", tb, dct_b)
    a.future_at = {v.start for v in a.dates if is_future(v, dct_a)}
    b.future_at = {v.start for v in b.dates if is_future(v, dct_b)}
    return [c["kind"] for c in compare(a, b, similarity=0.9, text_a=ta, text_b=tb, article_entities={})]


def test_a_vote_done_and_a_vote_ahead_are_two_votes():
    done = "Members of the Caisse de Velnoux voted on Tuesday to merge with the Caisse du Val."
    assert "date" not in _timed_kinds(done, "Members of the Caisse du Val will vote on the merger on Wednesday.", WED, WED)
    # both done, on two days: one vote told two ways
    assert "date" in _timed_kinds(done, "Members of the Caisse de Velnoux voted on Monday, Nov. 30, to merge.", WED, WED)
    # both ahead, one with "should": one reconnection promised for two days
    assert "date" in _timed_kinds("All homes should be reconnected by Sunday, Dec. 6, the company said.",
                                  "The company promises that all the homes will be reconnected by Wednesday.",
                                  "2026-12-04", "2026-12-06")


def test_negation_words():
    from newsweave.analyze.values import negations
    assert negations("The auditors said the accounts cannot be approved.")
    assert not negations("She will keep her money there, no matter what they paint on the door.")


def test_a_season_label_is_no_date_and_a_place_with_its_town_is_one_place():
    assert _days("The theatre lost 1.3 million euros in the 2025-2026 season.", "2026-11-11") == []
    assert _days("La saison 2025-26 a coûté cher.", "2026-11-11", "fr") == []
    from newsweave.analyze.contradictions import _name_within
    assert _name_within("Moot Hall in Castlekeel", "Moot Hall")
    assert not _name_within("Moot Hall", "Castlekeel Town Hall")


def test_a_hedged_large_share_rounds_to_its_tens():
    kinds = _kinds("Landlords challenged a 146 per cent increase in the property rates.",
                   "Landlords challenged an increase of some 150 per cent in the property rates.")
    assert "precision" in kinds and "number" not in kinds
    assert "number" in _kinds("Turnout was about 61% in the vote on the rates.", "Turnout was 58% in the vote on the rates.")


def test_single_holder_posts_are_read_with_whose_post_they_are():
    from newsweave.analyze.contradictions import posts

    def read(t: str) -> list[tuple[str, str]]:
        return [(key[1], holder) for key, holder, _ in posts(t)]

    assert read("“It was hard,” said Ilka Brenner, the council's president.") == [("president:counc", "Brenner")]
    assert read("The tribunal's president, Aldo Pinna, said the rules were clear.") == [("president:tribu", "Pinna")]
    assert read("Oda Renk, president of the tribunal, told the agency.") == [("president:tribu", "Renk")]
    assert read("Culture Minister the Hon. Calvin Tuckett JP tabled the Bill.") == [("minister:cultu", "Tuckett")]
    assert read("festival director Álvaro Sendín told reporters.") == [("director:festi", "Sendín")]
    assert read("The Auditor-General, Ms Runa Patel, said in her report.") == [("auditor-general:", "Patel")]
    # whose post is not said, or not the post itself
    assert read("Mayor Ilse Brand said the pool would reopen.") == []
    assert read("Its director, Hanno Wyss, said the wing would triple the space.") == []
    assert read("Deputy Mayor Lior Abend will run the district.") == []
    assert read("Pia Kolle, the federation's vice-president, takes over.") == []
    assert read("Tomas Irl, the club's former president, spoke.") == []
    # the Russian and the US foreign ministers hold two posts
    keys = {key[1] for key, _, _ in posts("Russian Foreign Minister Pavel Orlov met US Foreign Minister Dana Kemp.")}
    assert len(keys) == 2


def test_two_sources_giving_one_post_to_two_people_conflict():
    from test_ledger3 import _ledger
    led = _ledger({"a": "The Orvell museum will close for two years. The museum's director, Claudine Favre, said the "
                        "new wing would triple the exhibition space.",
                   "b": "The Orvell museum will shut for two years from January. Anselm Wyss, the museum's director, "
                        "told reporters the new wing would go up behind the old hall."})
    names = [c for cl in led["claims"] for c in cl["conflicts"] if c["kind"] == "name"]
    assert {(c["a_value"], c["b_value"]) for c in names} == {("Favre", "Wyss")}
    # an article naming both holds two of them
    led = _ledger({"a": "The museum's director, Claudine Favre, said the wing would open. Anselm Wyss, the "
                        "museum's director until May, agreed.",
                   "b": "Anselm Wyss, the museum's director, told reporters the wing would open."})
    assert not [c for cl in led["claims"] for c in cl["conflicts"] if c["kind"] == "name"]


def test_a_fact_of_another_time_witnesses_nothing():
    from test_ledger3 import _ledger
    led = _ledger({"a": "Firefighters rescued 14 residents from the Orla tower on Sunday night.",
                   "b": "Firefighters rescued 11 residents from the Orla tower on Sunday night.",
                   "c": "The Orla tower has 90 flats. In 2011, firefighters rescued 14 residents from the Orla tower "
                        "after a fire."})
    pairs = {(c["a"]["article_id"], c["b"]["article_id"]) for cl in led["claims"] for c in cl["conflicts"]}
    assert pairs == {("a", "b")}  # not b against the 2011 rescue


def test_a_plural_subject_denied_the_verb_another_account_gives_it():
    from newsweave.analyze.contradictions import same_subject_negated
    assert same_subject_negated("Rents in the souk will not rise after the renovation.",
                                "Rents in the souk will rise by 10 per cent after the works.")
    assert same_subject_negated("Residents will not pay for their permits.",
                                "Residents will pay 40 euros a year for a permit.")
    assert not same_subject_negated("Rents will not rise.", "Prices will rise.")
    assert not same_subject_negated("Officials could not say how many had left.", "Officials said 40 had left.")


def test_dates_in_relative_clauses_and_deadlines_before_a_feast():
    kinds = _kinds("Mayor Renata Lins, who proposed the tax bill in August, defended it.",
                   "Mayor Renata Lins, who took office in January 2025, must sign the tax bill.", dct_a=WED, dct_b=WED)
    assert "date" not in kinds
    assert "date" in _kinds("Mayor Renata Lins, who proposed the tax bill in August, defended it.",
                            "Mayor Renata Lins, who proposed the tax bill in May, defended it.", dct_a=WED, dct_b=WED)
    assert "date" not in _kinds("A 100-bed unit in Castlederry is due to open in 2028.",
                                "No transfer to the unit in Castlederry will take place before Easter 2027.")


def test_one_act_of_one_thing_in_two_venues():
    from newsweave.analyze.contradictions import venues

    def read(t: str) -> list[tuple[tuple[str, str], str]]:
        return [(key, t[s:e]) for key, _, (s, e) in venues(t)]

    assert read("The votes were counted in the Montaubris town hall.") == [(("vote", "coun"), "Montaubris town hall")]
    assert read("The board met behind closed doors at the Villa Sauvaire.") == [(("board", "held"), "Villa Sauvaire")]
    assert read("The handover took place at the Orvell embassy.") == [(("hando", "held"), "Orvell embassy")]
    assert read("The council voted in December.") == []  # a time, not a venue
    assert read("The votes were not counted in the Montaubris town hall.") == []
    from test_ledger3 import _ledger
    led = _ledger({"a": "Vernay voted against the merger. The votes were counted in the Montaubris town hall.",
                   "b": "Vernay rejected the merger. The votes were counted in the Corsalles school gymnasium."})
    places = [c for cl in led["claims"] for c in cl["conflicts"] if c["kind"] == "place"]
    assert [(c["a_value"], c["b_value"]) for c in places] == [("Montaubris town hall", "Corsalles school gymnasium")]


def test_vote_tallies():
    from newsweave.analyze.contradictions import tallies

    def read(t: str) -> list[tuple[int, int]]:
        return [v for v, _ in tallies(t)]

    assert read("Councillors voted 19 to 11 for the motion.") == [(19, 11)]
    assert read("The council voted 17-13 on Monday.") == [(17, 13)]
    assert read("It passed by 27 votes to 14.") == [(27, 14)]
    assert read("La motion a été adoptée par 27 voix contre 14.") == [(27, 14)]
    assert read("The committee voted four to one.") == [(4, 1)]
    assert read("19 for, 11 against, two abstentions") == [(19, 11)]
    for text in ("The team won 3-1 on Sunday.", "Prices rose 3 to 4 percent.", "The vote was delayed by 10 to 15 minutes."):
        assert read(text) == [], text
    from test_ledger3 import _ledger
    led = _ledger({"a": "Orvell council voted 19 to 11 to censure its chairman over his expenses.",
                   "b": "Orvell council voted 17-13 on Monday to censure its chairman over his expenses.",
                   "c": "Orvell council voted 19 to 11 to censure the chairman. An earlier motion failed 12 to 18."})
    nums = [(c["a_value"], c["b_value"]) for cl in led["claims"] for c in cl["conflicts"] if "the vote went" in c["reason"]]
    assert nums == [("19-11", "17-13")]  # c gives two tallies: two votes, not read


def test_public_life_count_nouns_in_other_languages():
    from newsweave.analyze.values import find_counts

    def units(t: str) -> list[tuple[float, str]]:
        return [(v.value, v.unit) for v in find_counts(t)]

    assert units("La caisse et ses neuf employés") == [(9.0, "employee")]
    assert units("The caisse and its 11 employees") == [(11.0, "employee")]
    assert units("Los 38 aerogeneradores del parque") == [(38.0, "turbine")]
    assert units("Die 120 Mitglieder des Vereins") == [(120.0, "member")]
    assert units("The motion passed with two abstaining.") == [(2.0, "abstention")]


def test_local_honorifics_are_not_part_of_speakers_names():
    from test_rules8 import _speakers
    got = _speakers("The minister suspended the council. “I have nothing to hide,” said Cr Kerrie Dunstan. "
                    "Later Cr Dunstan added: “We will appeal.”")
    assert got == {"I have nothing to hide": "Kerrie Dunstan", "We will appeal": "Kerrie Dunstan"}
    got = _speakers("“This is a victory for the ordinary house owner,” said Nana Kwesi Oduro, who chairs the landlords.")
    assert got == {"This is a victory for the ordinary house owner": "Kwesi Oduro"}
