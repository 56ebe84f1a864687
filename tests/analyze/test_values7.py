"""Margins, two vague counts, years we inferred, and negations that deny nothing."""

from __future__ import annotations

from newsweave.analyze.contradictions import Unit, compare
from newsweave.analyze.values import find_counts, find_dates, negations


def _kinds(ta: str, tb: str, dates: bool = False) -> list[str]:
    def unit(aid: str, t: str) -> Unit:
        return Unit(aid, 0, len(t), t, counts=find_counts(t), dates=find_dates(t, "2026-12-02") if dates else [])
    return [c["kind"] for c in compare(unit("a", ta), unit("b", tb), similarity=0.9, text_a=ta, text_b=tb,
                                       article_entities={})]


def test_a_margin_is_not_the_total():
    assert _kinds("Mayor Vik has won a third term by 312 votes.", "Mayor Vik finished with 23,906 votes.") == []
    assert _kinds("Vik was declared the winner of the election by just 213 votes.",
                  "Vik won the election by 312 votes.") == ["number"]


def test_two_vague_counts_disagree_unless_a_hedge_admits_the_other():
    assert _kinds("About 300,000 people have received the vaccine.",
                  "About 500,000 people have received the vaccine.") == ["number"]
    assert _kinds("About 300,000 people have received the vaccine.",
                  "Some 320,000 people have received the vaccine.") == ["precision"]


def test_negated_participle_after_a_noun_and_declined_to():
    t = "Pharmacies must return the doses not used."
    assert not negations(t)
    t = "The doses were not used."
    assert [t[a:b] for a, b in negations(t)] == ["not"]
    t = "His office declined to comment."
    assert [t[a:b] for a, b in negations(t)] == ["declined to"]
    assert not negations("Prices declined 5% in May.")


def test_a_denied_verb_stated_in_a_longer_sentence():
    from newsweave.analyze.contradictions import predicate_denied

    neg = "The airline said in a statement that payment card details had not been accessed."
    aff = "Hackers stole the data, the airline said, and the card details of some 40,000 of them were accessed."
    hit = predicate_denied(neg, aff)
    assert hit and neg[hit[0]:hit[1]] == "not"
    # a noun of the same stem is no verb, and a relative clause's subject is its own
    assert predicate_denied("The mayor opened the gym to passengers who could not travel on.",
                            "The mayor of Lunetre opened the municipal gym to the travellers.") is None


def test_a_count_owned_by_a_name():
    t = "Hackers stole the data of 1.8 million Lindra Air customers. He lives at 7 Downing Street."
    assert [(v.value, v.unit, t[v.start:v.end]) for v in find_counts(t)] == \
        [(1_800_000, "customer", "1.8 million Lindra Air customers")]


def test_a_deadline_and_an_event_day_are_not_one_date():
    assert _kinds("The airline discovered the intrusion on November 12.",
                  "Regulators gave the airline until December 11 to report the intrusion.", dates=True) == []
    assert _kinds("The line stays closed until the 10 December at least.",
                  "The line stays closed until at least December 1.", dates=True) == ["date"]


def test_the_same_season_with_an_inferred_year_is_no_conflict():
    assert _kinds("“We wrote to management in the spring,” he said.", "We wrote to the direction in spring.",
                  dates=True) == []


def test_a_conjunction_after_a_number_counts_nothing():
    t = "The airline found the breach on November 12 but waited eleven days."
    assert [(v.value, v.unit) for v in find_counts(t)] == [(11, "day")]


def test_negation_in_capitals_does_not_crash():
    # the descriptive-participle check once looked for a lower-case "not" and raised on "NOT"
    assert not negations("Pharmacies must return the doses NOT used.")


def test_a_footnote_number_glued_to_a_closing_quote_is_no_count():
    assert find_counts("the “fulness of times.”5 Ancient principles would be restored") == []
    assert [(v.value, v.unit) for v in find_counts("He said “yes” 5 times.")] == [(5, "time")]


def test_counts_eleven_times_apart_are_two_quantities():
    assert _kinds("Kestwick admitted students from 27,000 applications.",
                  "The 14 universities received 310,000 applications.") == []
    assert _kinds("Some 2,400 dockers walked out.", "Some 24,000 dockers walked out.") == ["number"]


def test_deprived_of_is_a_negation_like_without():
    assert _kinds("About 300,000 homes have been without electricity since Thursday.",
                  "About 300 000 homes are deprived of electricity since Thursday.") == []


def test_a_bare_weekday_read_a_week_apart_is_no_conflict():
    from newsweave.analyze.contradictions import _weekday_direction
    from newsweave.analyze.values import Value

    fri, fri_before = Value("date", "2026-12-04", 0, 6), Value("date", "2026-11-27", 0, 7)
    assert _weekday_direction(fri, fri_before, "Friday", "viernes")
    # a date the text spells out, or two different weekdays, are not guesses
    assert not _weekday_direction(fri, fri_before, "December 4", "viernes")
    assert not _weekday_direction(fri, Value("date", "2026-12-03", 0, 6), "Friday", "jueves")
