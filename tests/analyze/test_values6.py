"""Sums of money, decimal commas, scale words with "of"/"d'", datelines and "11. June" in English."""

from __future__ import annotations

import pytest

from newsweave.analyze.values import comparable_amounts, find_counts, find_dates, is_dateline


@pytest.mark.parametrize("text, read", [
    ("The clinic paid €1.2m to the gang.", ("€1.2m", "euro", 1_200_000)),
    ("for taking bribes worth €350,000 from Velto", ("€350,000", "euro", 350_000)),
    ("a fine of $1.5bn was imposed", ("$1.5bn", "dollar", 1_500_000_000)),
    ("They asked for £40k.", ("£40k", "pound", 40_000)),
    ("Die Klinik zahlte 1,2 Millionen Euro.", ("1,2 Millionen Euro", "euro", 1_200_000)),
    ("Les dégâts s'élèvent à 3,4 millions d'euros.", ("3,4 millions d'euros", "euro", 3_400_000)),
    ("a contract of a value of 210 millions of euros", ("210 millions of euros", "euro", 210_000_000)),
    ("Der Schaden liegt bei 3,5 Mio. Euro.", ("3,5 Mio. Euro", "euro", 3_500_000)),
    ("Velto made four $50,000 payments.", ("$50,000", "dollar", 50_000)),
])
def test_money_and_scaled_counts(text, read):
    got = [(text[v.start:v.end], v.unit, v.value) for v in find_counts(text)]
    assert read in got


def test_a_comma_is_a_thousands_separator_unless_a_scale_word_follows():
    assert [(v.value, v.unit) for v in find_counts("1,200 troops and 1,5 euros")] == [(1200.0, "troop")]


def test_amounts_a_hundred_times_apart_are_not_one_quantity():
    assert comparable_amounts(350_000, 530_000) and comparable_amounts(2_000, 20_000)
    assert not comparable_amounts(210_000_000, 350_000) and not comparable_amounts(0, 5)


@pytest.mark.parametrize("text, lang, dates", [
    ("DELMAR, June 13 (Coastwire) - A tank leaked on June 11.", "en", ["2026-06-11"]),
    ("OSK, Nov 10 (Atlantic Post) - Homes are still without power.", "en", []),
    ("Lusk, 3 mars 2026 – L'usine a fermé le 2 mars.", "fr", ["2026-03-02"]),
    ("The tank leaked on June 11, the agency said on June 13.", "en", ["2026-06-11", "2026-06-13"]),
    ("A tank of the chemical work has on 11. June leaked.", "en", ["2026-06-11"]),
])
def test_dateline_dates_are_not_event_dates_and_day_dot_month_reads_a_day(text, lang, dates):
    assert [v.value for v in find_dates(text, "2026-06-14", lang)] == dates


def test_is_dateline_needs_a_place_a_comma_and_a_dash_or_agency():
    t = "DELMAR, June 13 (Coastwire) - Text. Later, June 13 - no."
    assert is_dateline(t, 8, 15)
    assert not is_dateline(t, t.rindex("June"), t.rindex("June") + 7)


@pytest.mark.parametrize("a, b", [
    ("Velto made four payments of $50,000 each to the firm.", "Velto paid the firm $200,000 in four payments."),
    ("Velto made four $50,000 payments totaling $200,000.", "Velto paid the firm $500,000 last year."),
])
def test_rates_and_sides_with_several_sums_give_no_number_conflict(a, b):
    from newsweave.analyze.contradictions import Unit, compare

    ua = Unit("a", 0, len(a), a, counts=find_counts(a))
    ub = Unit("b", 0, len(b), b, counts=find_counts(b))
    for x, y, tx, ty in ((ua, ub, a, b), (ub, ua, b, a)):
        got = compare(x, y, similarity=1.0, text_a=tx, text_b=ty, article_entities={})
        assert not [c for c in got if c["kind"] == "number"], got


def test_a_dateline_with_a_region_and_a_translated_next_weekday():
    t = "SAN LUIS, Tarvena, Oct 14 (Meridian Press) - The negotiations will resume the next Tuesday in the capital."
    assert [v.value for v in find_dates(t, "2026-10-14", "en")] == ["2026-10-20"]
    t = "On Oct. 13 the talks broke down. The next Tuesday they resumed."
    assert [v.value for v in find_dates(t, "2026-11-02", "en")] == ["2026-10-13", "2026-10-20"]


@pytest.mark.parametrize("text, unit, qual", [
    ("supported by four firefighting planes sent by Lorvania", "plane", "firefighting"),
    ("Six water-bombing aircraft were dropping water", "plane", "water-bombing"),
    ("20 rescue workers arrived", "worker", "rescue"),
    ("one man was killed", "man", ""),
    ("three rounds of talks", "round", ""),
    ("a 2.3-tonne satellite", "tonne", ""),
])
def test_the_counted_noun_is_the_head_after_a_modifier(text, unit, qual):
    (v,) = find_counts(text)
    assert (v.unit, v.qual) == (unit, qual)


def test_two_differently_qualified_groups_are_not_one_count():
    from newsweave.analyze.contradictions import Unit, same_counted

    a, b, c = "187 exposed individuals", "14 seropositive individuals", "190 individuals"
    ua, ub, uc = (Unit("x", 0, len(t), t, counts=find_counts(t)) for t in (a, b, c))
    assert not same_counted(ua.counts[0], ua, ub.counts[0], ub)
    assert same_counted(ua.counts[0], ua, uc.counts[0], uc)
