"""Session 11 rules, found by reading the conflicts emitted on real news (Multi-News, by eye;
bench/data/multinews_conflict_labels.json): values both articles tell, places of two different
things, unknowable calendar days, negations that deny nothing, dates that name another event,
and undated articles. Every sentence here is ours."""

from __future__ import annotations

import pytest

from newsweave.analyze.contradictions import _lead_words, predicate_denied, same_subject_negated
from newsweave.analyze.values import compare_dates, negations
from newsweave.model import Article
from test_rules9 import _kinds, _unit


def test_undated_weekdays_and_months_are_no_calendar_days():
    # "late Monday" in an undated article may be 23 June: nothing says the days differ
    assert compare_dates("XXXX-WXX-1", "XXXX-06-23") == "unknown"
    assert compare_dates("XXXX-WXX-2", "2016-04-09") == "unknown"
    # "earlier this month" of an undated article is any month
    assert compare_dates("XXXX-XX", "XXXX-09") == "unknown"
    # known parts are still compared: November against October, summer against winter
    assert compare_dates("XXXX-11", "2016-10") == "differ"
    assert compare_dates("XXXX-SU", "2016-WI") == "differ"
    assert compare_dates("XXXX-07-07", "XXXX-07-09") == "differ"


def test_a_place_is_compared_only_as_the_place_of_one_thing():
    ta = "Ambulances were diverted to the regional hospital in Alcora on Monday."
    tb = "Ambulances were being diverted to the regional clinic in Tresmont on Monday."
    assert _lead_words(ta, ta.index("Alcora")) & _lead_words(tb, tb.index("Tresmont"))
    # an album sold in one country and a singer born in a city tell of two things
    ta = "The singer has sold 23 million albums in Verania."
    tb = "Born in Tresmont, the singer has sold 40 million records."
    assert not _lead_words(ta, ta.index("Verania")) & _lead_words(tb, tb.index("Tresmont"))
    # names in the way ("the Hospital de Santa Clotilde in") are skipped, the act is not
    ta = "The hospital diverted ambulances to the Hospital de Santa Clotilde in Alcora."
    assert "divert" in _lead_words(ta, ta.index("Alcora"))


def test_place_conflicts_in_compare_need_the_same_thing():
    def kinds(ta: str, pa: str, tb: str, pb: str) -> list[str]:
        a, b = _unit("a", ta), _unit("b", tb)
        a.places = {"p1": (ta.index(pa), ta.index(pa) + len(pa))}
        b.places = {"p2": (tb.index(pb), tb.index(pb) + len(pb))}
        a.entities, b.entities = {"p1", "s"}, {"p2", "s"}
        from newsweave.analyze.contradictions import compare
        return [c["kind"] for c in compare(a, b, similarity=0.9, text_a=ta, text_b=tb, article_entities={})]

    assert "place" in kinds("The ballots were taken under escort to the electoral office in Kelmscar.", "Kelmscar",
                            "The ballots were moved under escort to the electoral office in Saltmarsh.", "Saltmarsh")
    assert "place" not in kinds("Prosecutors said he could still be tried in Verania.", "Verania",
                                "Supporters cheered as the ruling let him stay in Tresmont.", "Tresmont")


def test_exclusive_and_additive_words_are_no_negations():
    assert not negations("She had only an aunt, no other family, and wanted to live with her.")
    assert not negations("The bridge is not only old but unsafe.")
    assert not negations("It was none other than the mayor.")
    # a reply word: the denial is in the clause after it ("don't"), not in "No"
    assert negations("No, I don't think that.") == ((len("No, I do"), len("No, I don't")),)
    # real denials stay
    assert negations("No cars were damaged.") != []
    assert negations("Nobody else was hurt.") != []


def test_a_condition_affirms_nothing():
    neg = "The court ruled that Daniel Frosch should not be extradited to Verania."
    # "if Frosch was extradited" states no extradition
    assert predicate_denied(neg, "His lawyers warned that if Daniel Frosch was extradited he would be at risk.") is None
    assert predicate_denied(neg, "Last year Daniel Frosch was extradited to Verania.") is not None


def test_one_subject_with_two_predicates_is_no_denial():
    # the same person named as subject, two unrelated predicates
    assert not same_subject_negated("Tomas Rennick was pronounced dead after doctors failed to revive him.",
                                    "Tomas Rennick does not call for medical help in the recording.")
    # the same predicate denied and affirmed
    assert same_subject_negated("The museum's alarm system was not working on the night.",
                                "The museum's alarm system was working on the night.")


def _article(aid: str, text: str, published: str | None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", fmt="txt", raw=text, extracted=text, text=text, language="en",
                   outlet=aid, published=published)


@pytest.fixture(scope="module")
def settings():
    from newsweave.settings import Settings

    return Settings.load(environ={}, overrides={"ledger": {"ner": "rules", "embeddings": "tfidf"}})


def test_values_one_article_tells_both_are_not_a_disagreement(settings):
    from newsweave.analyze.ledger import build_ledger

    def number_conflicts(a_text: str) -> list[dict]:
        arts = [_article("a", a_text, "2026-03-02"),
                _article("b", "The city council paid $130,000 to the builder of the Dunmore bridge last year.",
                         "2026-03-02")]
        led = build_ledger(arts, {"id": "s", "version": 1}, settings)
        return [k for c in led["claims"] for k in c["conflicts"] if k["kind"] == "number"]

    # control: an article that gives only its own sum disagrees with the other
    assert number_conflicts("The city council paid $500,000 to the builder of the Dunmore bridge last year.")
    # the same article also telling the other's sum tells of two payments
    assert not number_conflicts("The city council paid $500,000 to the builder of the Dunmore bridge last year. "
                                "Separately, the council paid $130,000 to the architect.")


def test_an_undated_article_is_read_as_of_the_date_it_gives_itself(settings):
    from newsweave.analyze.ledger import build_ledger

    text = ("(Published Monday, Nov. 19, 2018)\n\nThe council of Dunmore approved the new bridge on Monday, "
            "the mayor said. Work starts next month.")
    led = build_ledger([_article("a", text, None)], {"id": "s", "version": 1}, settings)
    got = led["meta"]["inferred_published"]["a"]
    assert got["date"] == "2018-11-19" and got["used"] == "published"
    assert text[got["start"]:got["end"]].startswith("Monday, Nov. 19, 2018")
    assert "2018-11-19" in {t["date"] for t in led["timeline"]}
    # a dated article keeps its date and the ledger says nothing was inferred
    led = build_ledger([_article("a", text, "2018-11-20")], {"id": "s", "version": 1}, settings)
    assert "inferred_published" not in led["meta"]


def test_a_date_that_names_another_event_or_a_deadline_is_not_the_day_of_the_act():
    assert "date" not in _kinds("Thousands marched in Dunmore to mark the anniversary of the March 4 attacks.",
                                "Thousands marched in Dunmore to mark the attacks of March 2, 2019.")
    assert "date" in _kinds("Thousands marched in Dunmore to mark the day of March 4.",
                            "Thousands marched in Dunmore to mark the day of March 2.")
    # a deadline named as such plays another role than the day the work was done
    assert "date" not in _kinds("The chief finished the report before his self-imposed deadline of May 1, the mayor said.",
                                "The chief finished the report on May 3, the mayor said.")
    assert "date" in _kinds("The chief finished the report on May 1, the mayor said.",
                            "The chief finished the report on May 3, the mayor said.")


def test_a_limit_is_not_a_measure():
    # heldout102 (read as development data): the legal minimum against the average measured
    assert "number" not in _kinds("Shells on the north coast are now smaller than the legal minimum of 5 centimetres.",
                                  "Shells on the north coast now average 4.1 centimetres, the study found.")
    assert "number" in _kinds("Shells on the north coast now average 5 centimetres, the study found.",
                              "Shells on the north coast now average 4.1 centimetres, the study found.")
    # two limits are compared
    assert "number" in _kinds("The council set a cap of 40 flats on the site.",
                              "The council set a cap of 35 flats on the site.")


def test_the_time_a_denial_is_set_in_is_not_what_it_denies():
    from newsweave.analyze.contradictions import _clause_shared

    neg = "The station had been deprived of antenna during 15 days in 2019."
    at = neg.index("deprived")
    assert not _clause_shared(neg, at, "The station was taken off the air for 15 days in 2019.")
    assert _clause_shared(neg, at, "The station kept its antenna for 15 days in 2019.")


def test_setswana_honorifics_are_no_part_of_a_name():
    # heldout102 (read as development data): "Mma Kelebogile Mosweu" is Kelebogile Mosweu
    from newsweave.analyze.entities import _clean_mention

    text = "Mma Kelebogile Mosweu said she had waited for years."
    assert [text[s:e] for s, e in _clean_mention(text, 0, len("Mma Kelebogile Mosweu"))] == ["Kelebogile Mosweu"]
    text = "Rre Gaone Molefhe said the list was fair."
    assert [text[s:e] for s, e in _clean_mention(text, 0, len("Rre Gaone Molefhe"))] == ["Gaone Molefhe"]
