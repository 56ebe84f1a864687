"""TimeML/TIMEX3 conventions of find_timexes: extents, financial quarters, vague references, direction.

Every sentence is written for these tests (fictional companies and places).
"""

from __future__ import annotations

from newsweave.analyze.time import find_timexes

DCT = "2021-10-27"  # a Wednesday, early in the fourth quarter


def tx(text: str, dct: str | None = DCT) -> dict[str, dict]:
    return {text[s.start:s.end]: s.data for s in find_timexes(text, dct)}


def val(text: str, dct: str | None = DCT) -> dict[str, str]:
    return {k: v["value"] for k, v in tx(text, dct).items()}


# ----------------------------------------------------------------------------- extents

def test_prepositions_and_focus_words_stay_outside_durations():
    v = val("Brelin Oil grew over the past two years and kept its chief for only six months.")
    assert v["the past two years"] == "P2Y"
    assert v["six months"] == "P6M"
    assert "over the past two years" not in v and "only six months" not in v
    # "over" as a quantity stays in: more than a week
    d = tx("The Tarn inspection is likely to last over a week.")
    assert d["over a week"]["value"] == "P1W" and d["over a week"]["mod"] == "MORE_THAN"


def test_article_before_a_count_adjective_is_not_part_of_the_expression():
    v = val("Marlo signed a two-year contract after the 12-day strike.")
    assert v["two-year"] == "P2Y"
    assert v["12-day"] == "P12D"
    # a counted plural noun keeps its article: "the nine months", "a few days"
    v = val("For the nine months, Dovecote earned more; it will decide within a few days.")
    assert v["the nine months"] == "P9M"
    assert v["a few days"] == "PXD"


def test_counts_before_or_after_an_event_are_durations():
    v = val("The Keswin warrants may be exercised until 90 days after their issue date.")
    assert v["90 days"] == "P90D"
    v = val("Inspectors returned nearly two months after the Velloc plant closed.")
    assert v["nearly two months"] == "P2M"
    v = val("The lenders must wait at least 30 days before closing the Ardent purchase.")
    assert v["at least 30 days"] == "P30D"


def test_fractional_years_and_quarter_counts():
    assert val("Refugees lived in the Osk camps for 2 1/2 years.")["2 1/2 years"] == "P2Y6M"
    assert val("The charge will be spread over the next three quarters.")["the next three quarters"] == "P9M"


def test_fractions_and_ordinals_are_not_durations():
    assert not any(v.startswith("P") for v in val("Funds hold more than a quarter of the Quill market.").values())
    assert val("A second group of Harwick directors objected.") == {}


# ----------------------------------------------------------------------------- vague references

def test_vague_references():
    v = val("The Sollen board expects to list the unit in the near future and will act soon.")
    assert v["the near future"] == "FUTURE_REF"
    assert v["soon"] == "FUTURE_REF"
    # "soon" inside a relation is not a time
    assert "soon" not in val("The Sollen board met soon after the vote, as soon as it could.")
    assert val("Over the years, the Pell fund changed hands.")["the years"] == "PXY"
    assert val("Prices may fall in the weeks ahead.")["the weeks ahead"] == "PXW"
    assert val("Costs rose in recent months.")["recent months"] == "PXM"
    assert val("Costs rose in recent years.")["recent years"] == "PAST_REF"
    assert val("There were sell programs in past years, too.")["past years"] == "PAST_REF"
    assert val("Tax carry-forwards will cut payments in future quarters.")["future quarters"] == "FUTURE_REF"


# ----------------------------------------------------------------------------- quarters and years

def test_the_quarter_is_the_quarter_the_report_is_about():
    text = ("Ravel Corp. said its fiscal first quarter ended Sept. 30 was weak. For the quarter, Ravel lost "
            "money. Sales in the latest period fell, and this quarter's loss includes charges.")
    v = val(text)
    assert v["fiscal first quarter"] == "2021-Q1" or v.get("its fiscal first quarter") == "2021-Q1"
    assert v["the quarter"] == "2021-Q1"
    assert v["the latest period"] == "2021-Q1"
    assert v["this quarter"] == "2021-Q1"


def test_a_future_quarter_is_not_the_subject_of_the_report():
    text = ("Ormond earned more in the third quarter. It expects a charge in the fourth quarter. "
            "In the latest quarter, revenue rose from a year ago.")
    v = val(text)
    assert v["the latest quarter"] == "2021-Q3"
    assert v["a year ago"] == "2020-Q3"


def test_the_quarter_a_year_ago_and_last_years_quarter():
    text = "Kelso earned more in the third quarter. For the quarter a year ago, it lost money."
    assert val(text)["the quarter a year ago"] == "2020-Q3"
    text = "Kelso earned more in the third quarter. U.K. sales for last year's quarter were small."
    assert val(text)["last year's quarter"] == "2020-Q3"
    text = "Kelso lost money in the third quarter, against a profit in the same period last year."
    assert val(text)["the same period last year"] == "2020-Q3"


def test_half_years():
    v = val("Profit fell in the second half of 2019 and in the first half of last year; "
            "earnings for the last half of 2021 will be lower.")
    assert v["the second half of 2019"] == "2019-H2"
    assert v["the first half of last year"] == "2020-H1"
    assert v["the last half of 2021"] == "2021-H2"


def test_that_year_that_quarter_and_fiscal_years():
    v = val("Imports peaked in 2018. That year, exports of Lurin watches fell.")
    assert v["That year"] == "2018"
    v = val("The fund lost money in the second quarter. Results for that quarter included a write-down.")
    assert v["that quarter"] == "2021-Q2"
    v = val("Sales in the latest fiscal year rose; in the current fiscal year they will fall.")
    assert v["the latest fiscal year"] == "2020"
    assert v["the current fiscal year"] == "2021"


def test_year_end():
    v = val("The Dunmore deal should close by year-end.")
    assert v["year-end"] == "2021-12-31"
    v = val("The index is up 12% since year-end.")
    assert v["year-end"] == "2020-12-31"


# ----------------------------------------------------------------------------- direction and anchors

def test_plan_that_had_been_due_is_past():
    v = val("The Ferran offer had been due to expire Friday evening.")
    assert v["Friday evening"] == "2021-10-22TEV"
    v = val("The Ferran offer previously had been scheduled to expire at midnight Friday.")
    assert v["midnight Friday"].startswith("2021-10-22")
    assert val("The Ferran offer is due to expire Friday.")["Friday"] == "2021-10-29"


def test_a_record_set_on_a_day_is_past():
    assert val("The Halden index ended near its record high set on Aug. 6.", "2022-02-06")["Aug. 6"] == "2021-08-06"


def test_deadline_months_point_forward():
    v = val("The Corvan bank extended loans through January.")
    assert v["January"] == "2022-01"
    v = val("The buyers plan to repay the bridge loan by February.")
    assert v["February"] == "2022-02"


def test_closed_periods_end_in_the_past():
    assert val("In the fiscal year ended Jan. 31, Pindar earned $3 million.")["Jan. 31"] == "2021-01-31"


def test_previous_and_following_weekday_count_from_the_last_date():
    v = val("The index fell 4% from the previous Friday.")
    assert v["the previous Friday"] == "2021-10-22"
    v = val("On Oct. 1 the Brisk talks began; the following Monday they broke down.")
    assert v["the following Monday"] == "2021-10-04"


def test_part_of_day_with_a_day_word():
    assert val("In Lisbon at mid-afternoon yesterday, Tova shares were up.")["mid-afternoon yesterday"] == "2021-10-26TAF"


def test_spelled_years_in_months_and_seasons():
    v = val("Prices hit that level in the winter of nineteen ninety-four. January nineteen ninety-seven was worse.")
    assert v["the winter of nineteen ninety-four"] == "1994-WI"
    assert v["January nineteen ninety-seven"] == "1997-01"


def test_one_day_after_a_modal_is_an_indefinite_future():
    assert val("The Corin league will one day be the largest in the region.")["one day"] == "FUTURE_REF"
    assert val("The Corin strike lasted one day.")["one day"] == "P1D"


def test_modal_and_planned_weekdays_point_forward():
    # published on Wednesday 2021-10-27: the coming Thursday is 2021-10-28, the past one 2021-10-21
    assert val("The Vell family could return home on Thursday, a spokesman said.")["Thursday"] == "2021-10-28"
    assert val("Talks might resume Friday in Port Lorn.")["Friday"] == "2021-10-29"
    assert val("The minister is expected to visit Thursday.")["Thursday"] == "2021-10-28"
    assert val("Farmers were planning to march on Saturday.")["Saturday"] == "2021-10-30"
    assert val("The ferry could leave as early as Monday.")["Monday"] == "2021-11-01"
    # a negated modal reports what did not happen: past
    assert val("Officials could not be reached Monday.")["Monday"] == "2021-10-25"
    # the capitalised "-ed" of a name is no past-tense cue
    assert val("The envoy would travel to the United States Thursday.")["Thursday"] == "2021-10-28"
    # a date right after a reporting verb is the reporting day, even before "to + verb"
    assert val("The Dorne council announced on Monday to offer a reward.")["Monday"] == "2021-10-25"


def test_clock_time_takes_the_day_named_after_it_or_the_day_told_about():
    v = val("The blast in Lorn occurred at about 10:35 a.m. (0735 GMT) Monday, officials said.")
    assert v["about 10:35 a.m."] == "2021-10-25T10:35"
    v = val("The envoy was attacked on Oct. 13. He died at 10 p.m. in hospital.")
    assert v["10 p.m."] == "2021-10-13T22:00"
    assert val("The market closed at 4 p.m. with small gains.")["4 p.m."] == "2021-10-27T16:00"


def test_rescheduled_until_a_weekday_points_forward():
    assert val("The court postponed until Tuesday morning any action.")["Tuesday morning"] == "2021-11-02TMO"
    assert val("The talks lasted until Tuesday.")["Tuesday"] == "2021-10-26"


def test_current_as_an_adjective_is_the_present():
    assert val("Skyrail will add flights, up from the current four a week.")["current"] == "PRESENT_REF"
    assert val("Holders may buy shares at half the then current price.")["then current"] == "PAST_REF"
    assert "current" not in val("The current account deficit widened.")
    assert "current" not in val("The river's current was strong.")


def test_a_weekday_in_the_possessive_is_a_known_event():
    # "would" in the clause does not move "Wednesday's ruling" into the future
    assert val("The Vell family said they would fight Wednesday's ruling.")["Wednesday"] == "2021-10-27"
    assert val("Lawyers would appeal Monday's decision.")["Monday"] == "2021-10-25"
    assert val("Parties campaigned ahead of Sunday's election.")["Sunday"] == "2021-10-31"


def test_the_day_before_in_apposition_is_that_day():
    v = val("Shares fell after Oct. 12, the day before the crash, and again later.")
    assert v["the day"] == "2021-10-12"
    assert val("The talks began on Oct. 12. The day before, the envoys arrived.")["The day before"] == "2021-10-11"
    # a year is no anchor for a day: "the next day" is then some day of that year
    assert val("In 1990 the mill closed. The next day the owners left.")["The next day"] == "1990-XX-XX"
    assert val("In March 2020 the mill closed. The next day the owners left.")["The next day"] == "2020-03-XX"


def test_titles_are_not_dates():
    assert "Today" not in val("The mayor told USA Today that talks failed.")
    assert "This Week" not in val('The envoy said on ABC\'s "This Week" that talks failed.')
    assert val("Today, the council voted.")["Today"] == "2021-10-27"
    assert val("He said: Today we vote.")["Today"] == "2021-10-27"


def test_fractional_counts_use_the_smaller_unit():
    v = val("The vote took 5 1/2 hours; the count a minute and a half; the search two and a half days.")
    assert v["5 1/2 hours"] == "PT5H30M"
    assert v["a minute and a half"] == "PT1M30S"
    assert v["two and a half days"] == "P2DT12H"
    assert val("The deal runs for two and a half years.")["two and a half years"] == "P2Y6M"


# ----------------------------------------------------------------------------- session 4 rules

def _vals(text: str, dct: str = "1998-02-13") -> dict[str, str]:
    from newsweave.analyze.time import find_timexes

    return {text[s.start:s.end]: s.data["value"] for s in find_timexes(text, dct)}


def test_spelled_decades_need_the_and_know_their_century():
    assert _vals("Membership of the Dorvan league fell through the nineties.") == {"the nineties": "199"}
    assert _vals("Membership rose in the early sixties.")["the early sixties"] == "196"
    assert _vals("The ferry captain is in his sixties.") == {}  # an age, no "the"
    assert _vals("Jazz clubs of the twenties reopened.", "2026-05-01") == {"the twenties": "192"}
    assert _vals("Prices of the twenties were lower.", "2035-05-01") == {"the twenties": "202"}


def test_spelled_count_of_years_is_no_year():
    # "two thousand" followed by a unit counts units; alone it is still the year
    assert "two thousand" not in _vals("The glassblowers kept the recipe for more than two thousand years.")
    assert _vals("The plan was to halve unemployment by the year two thousand.") == {"the year two thousand": "2000"}


def test_later_in_the_day_is_the_day_told_about():
    assert _vals("The mayor arrived in Tarnow later in the day.") == {"later in the day": "1998-02-13"}
    out = _vals("On Feb. 3 the convoy left Tarnow. Earlier in the day, rain closed the pass.")
    assert out["Earlier in the day"] == "1998-02-03"


def test_adjectival_hyphenated_quarter_leaves_the_article_to_its_noun():
    text = "The third-quarter loss of Varno Mills widened, and the third quarter was weak."
    from newsweave.analyze.time import find_timexes

    spans = [text[s.start:s.end] for s in find_timexes(text, "1989-10-30")]
    assert spans == ["third-quarter", "the third quarter"]


def test_modal_with_negated_subject_is_past_inability():
    # "could" points forward ("could return on Thursday") unless the clause is negated, by "not" or by its subject
    assert _vals("Neither he nor his aides could be reached Wednesday in Tarnow.", "2000-01-06") == \
        {"Wednesday": "2000-01-05"}
    assert _vals("The envoy could return on Thursday.", "2000-01-06") == {"Thursday": "2000-01-06"}


def test_counted_units_with_a_qualifier_and_halves_before_later():
    assert _vals("Shares fell for eight trading days in Tarnow.")["eight trading days"] == "P8D"
    assert _vals("The lender may extend the loan for an additional year.")["an additional year"] == "P1Y"
    # the "ago" rule has no halves: the duration stays rather than nothing
    assert _vals("But a minute and a half later, the pilot called in.")["a minute and a half"] == "PT1M30S"


def test_that_day_is_the_day_last_named():
    out = _vals("Guards found the barge on Oct. 23, 1998. Earlier that day, the river rose.")
    assert out["Earlier that day"] == "1998-10-23"
    assert _vals("In 1996 the barge sank. Divers came that same day.")["that same day"] == "1996-XX-XX"
    assert "that day" not in _vals("Nobody knows what happened that day.")  # no date before it


def test_second_day_of_a_coordinated_pair_is_its_own_date():
    out = _vals("The Tarnow summit meets on April 24 and 25, the ministers said.", "1999-02-10")
    assert out == {"April 24": "1999-04-24", "25": "1999-04-25"}
    assert _vals("Sales rose on May 5 and 6 percent fell.", "1999-02-10") == {"May 5": "1999-05-05"}


def test_participle_adjectives_are_no_past_cue_and_this_season_can_be_past():
    # "a still unspecified date": the -ed word modifies a noun; "would be paid" sets the direction
    assert _vals("The dividend would be paid on a still unspecified date in January.", "1989-10-26") == \
        {"January": "1990-01"}
    # "this summer" said in November is the coming one only when not told in the past tense
    assert _vals("The Varno stock began trading this summer at $14.", "1989-11-01") == {"this summer": "1989-SU"}
    assert _vals("The Varno stock will trade this summer.", "1989-11-01") == {"this summer": "1990-SU"}


def test_infinitive_after_a_non_prospective_governor_is_no_future_cue():
    # "to + verb" points forward after a plan ("expects to sell in June"), not after "difficult", "continuing",
    # "tried": there the governing verb sets the direction
    assert _vals("The flood made it hard for Varno Mills to ship grain well into the summer.", "1989-10-26") == \
        {"the summer": "1989-SU"}
    assert _vals("Varno Bank is continuing to try to sell itself under a June accord.", "1989-10-27") == \
        {"June": "1989-06"}
    # a plan still points forward
    assert _vals("Varno Bank expects to sell itself in June.", "1989-10-27") == {"June": "1990-06"}


def test_quarter_ended_on_a_day_is_the_calendar_quarter_holding_most_of_it():
    # no quarter named before: the three months up to July 31 are mostly the second quarter
    assert val("In the quarter ended July 31, Tarn Foods had 5 million shares out.") == \
        {"the quarter": "2021-Q2", "July 31": "2021-07-31"}
    assert val("In the quarter ended Sept. 30, Tarn Foods lost money.")["the quarter"] == "2021-Q3"
    # a fiscal name given first is the report's quarter and stays
    v = val("Tarn Foods earned more in its fiscal first quarter. For the quarter ended Sept. 30, sales rose.")
    assert v["the quarter"] == "2021-Q1"


def test_first_or_last_two_quarters_of_a_year_are_its_halves():
    assert val("Losses will last through at least the first two quarters of 2022, Tarn Foods said.") == \
        {"the first two quarters of 2022": "2022-H1"}
    assert val("Sales fell in the last two quarters of last year.") == {"the last two quarters of last year": "2020-H2"}
    # without a year it stays a duration
    assert val("Sales fell in the first two quarters.")["the first two quarters"] == "P6M"


def test_vague_count_before_later_or_earlier_is_a_duration_of_the_count():
    # "a few days later" counts from the event just told, not from now: no FUTURE_REF, the count alone
    d = tx("Tarn Foods named a new chief on Oct. 3. A few days later, it cut its forecast.")
    assert d["A few days"]["value"] == "PXD" and d["A few days"]["type"] == "DURATION"
    assert "A few days later" not in d
    assert val("The mill had closed several years earlier.")["several years"] == "PXY"
    # "ago" still counts from now
    assert val("The mill closed a few years ago.")["a few years ago"] == "PAST_REF"


def test_year_earlier_counted_period_is_one_duration():
    v = val("Net for the year-earlier nine months included a gain at Tarn Foods.")
    assert v == {"the year-earlier nine months": "P9M"}


def test_year_that_ends_a_name_is_no_date():
    assert _vals("Farkas set up a venture called Tarno Orbit 1980, making parts.") == {}
    assert _vals("Critics attacked the Extradition Act 2003 again.") == {}
    # a year after a capitalised word is still a year otherwise
    assert _vals("The Tarnow Fair 1980 drew crowds, and in 1981 it moved.") == {"1980": "1980", "1981": "1981"}


def test_at_a_later_date_is_a_vague_future():
    assert val("Tarn Foods will raise the money at a later date.") == {"a later date": "FUTURE_REF"}
    assert val("The board picked a later date.") == {}


def test_weekday_with_a_plural_part_of_day_recurs():
    d = tx("Tarno Air will fly to Varna on Monday and Tuesday nights from March 30.", "2021-02-12")
    assert (d["Monday"]["value"], d["Monday"]["type"]) == ("XXXX-WXX-1TNI", "SET")
    assert (d["Tuesday nights"]["value"], d["Tuesday nights"]["type"]) == ("XXXX-WXX-2TNI", "SET")
    assert val("The choir sings on Saturday mornings.")["Saturday mornings"] == "XXXX-WXX-6TMO"
    # a single night is a date
    assert val("The choir sang on Tuesday night.", "2021-02-12")["Tuesday night"] == "2021-02-09TNI"


def test_the_past_before_a_count_is_not_the_vague_past():
    assert "the past" not in val("Riots broke out in Tarnow for the past three summers.")
    assert val("In the past, Tarnow had riots.") == {"the past": "PAST_REF"}


def test_extents_this_past_fiscal_hyphen_and_or_so():
    assert val("Tarn Foods sold the unit this past spring.", "1989-10-30") == {"this past spring": "1989-SP"}
    assert val("The envoy left this past Sunday.", "1989-10-30") == {"this past Sunday": "1989-10-29"}
    assert val("Tarn Foods earned $4 million in the fiscal-first quarter.", "1989-10-30") == \
        {"the fiscal-first quarter": "1989-Q1"}
    d = tx("The share may rise over the next two years or so.")
    assert d["the next two years or so"]["value"] == "P2Y" and d["the next two years or so"]["mod"] == "APPROX"


def test_a_count_per_unit_of_time_is_a_set():
    for text, unit in (("The Tarno pipeline would ship 570,000 barrels a day of oil.", "P1D"),
                       ("Inmates stay in their cells 23 hours a day.", "P1D"),
                       ("Many are lucky to eat one full meal a day.", "P1D"),
                       ("The fever infects about 2,500 people a year.", "P1Y")):
        d = tx(text)
        (k, v), = [(k, v) for k, v in d.items() if k.startswith("a ")]
        assert (v["value"], v["type"]) == (unit, "SET"), text
    # a preposition or an anchor before/after makes it a length of time
    assert tx("Fifty people could live there for a year.")["a year"]["type"] == "DURATION"
    # counted from a named day it is a date, and no frequency either
    assert tx("Tarn Mobile sells 4S phones in China a week from this Friday.")["a week from this Friday"]["type"] == "DATE"


def test_one_day_as_a_hoped_future_and_capitalised_unit_names():
    assert val("His mother named him Tarn, hoping that one day he would lead the town.") == {"one day": "FUTURE_REF"}
    assert val("Mara was planning one day to sell the farm.") == {"one day": "FUTURE_REF"}
    assert val('"One day I want to run the mill," she said.') == {"One day": "FUTURE_REF"}
    assert val("The decision came one day before the vote.") == {"one day": "P1D"}
    # a capitalised unit word in a name is no duration
    assert val("Stars walked barefoot for the Varno One Day Without Shoes event.") == {}


def test_compound_durations_and_month_titles():
    assert val("Crying fell to 1 hour 10 minutes a night by week twelve.")["1 hour 10 minutes"] == "PT1H10M"
    assert val("The Tarnow trial took two years and six months.") == {"two years and six months": "P2Y6M"}
    assert val("The storm lasted three days and two hours.") == {"three days and two hours": "P3DT2H"}
    # a month before a colon and a capitalised word is a title
    assert val("She won praise for her role in August: Varno County.") == {}
    assert val("She won praise in August: critics loved her.", "2021-10-27") == {"August": "2021-08"}


def test_financial_quarter_notation_fiscal_years_and_the_week_of():
    assert val("Tarn Foods' sales rose in Q3 2019 and Q1 2020.") == {"Q3 2019": "2019-Q3", "Q1 2020": "2020-Q1"}
    assert val("H1 2020 profit fell at Tarn Foods.") == {"H1 2020": "2020-H1"}
    assert val("Tarn Foods earned more in FY1998 than in FY'97.", "1998-10-28") == {"FY1998": "1998", "FY'97": "1997"}
    # a bare quarter is this year's, or last year's if it has not begun (as "the third quarter")
    assert val("Sales rose in Q3.", "2021-10-27") == {"Q3": "2021-Q3"}
    # no dates: a visa class, a car model
    assert val("The H1 visa rules hit Tarn Foods; he drove a Q7.") == {}
    assert val("The Tarnow talks ended the week of June 5.", "1998-10-28") == {"the week of June 5": "1998-W23"}


def test_hundreds_before_2000_are_centuries():
    assert val("Tarnow grew rich in the late 1800s.") == {"the late 1800s": "18"}
    assert val("Tarnow grew in the early 1900s and again in the 2000s.") == \
        {"the early 1900s": "19", "the 2000s": "200"}
    assert val("Tarnow grew in the 1990s.") == {"the 1990s": "199"}


def test_spelled_day_of_month():
    assert val("Women's Day in Tarnow is this coming Sunday, March eighth.", "1998-03-05") == \
        {"Sunday, March eighth": "1998-03-08"}
    assert val("It was signed on May the twenty-first, nineteen ninety-eight.") == \
        {"May the twenty-first, nineteen ninety-eight": "1998-05-21"}
    # an ordinal of the noun that follows is no day
    # (the month itself before its noun stays a month: "the March [second round]")
    assert val("The March second round of Tarnow talks failed.", "1998-03-05") == {"March": "1998-03"}


# ----------------------------------------------------------------------------- session 6 (aquaint as development)

def test_hour_with_a_part_of_day_is_a_clock_time():
    v = val("The Orvel ferry will leave at 4 in the morning and return by eight o'clock in the evening.")
    assert v["4 in the morning"] == "2021-10-27T04:00"
    assert v["eight o'clock in the evening"] == "2021-10-27T20:00"
    assert val("Crews met at 3 in the afternoon Friday.")["3 in the afternoon Friday"] == "2021-10-22T15:00"
    # only after a preposition is the number an hour
    assert val("Dalby ranked 4 in the morning ratings.") == {}


def test_the_day_before_or_after_a_named_day_is_one_expression():
    # DCT Wednesday 2021-10-27: "last Tuesday" is 2021-10-26, the day before it the Monday
    assert val("The day before last Tuesday's Halvern vote, the mayor resigned.") == \
        {"The day before last Tuesday": "2021-10-25"}
    assert val("Shops reopened the day after Oct. 12, 2020.") == {"the day after Oct. 12, 2020": "2020-10-13"}
    assert val("The Brenner sale closed the day after Christmas.") == {"the day after Christmas": "2020-12-26"}
    # no named day after it: still the day after the last date mentioned
    assert val("Talks began on Friday. The day after the vote, Brelin left.")["The day after"] == "2021-10-23"


def test_adjectives_in_long_are_durations_and_high_noon_is_no_time():
    v = val("After their third day-long session and a decades-long feud, the Tarn council held an hour-long vote.")
    assert v == {"day-long": "P1D", "decades-long": "PXDE", "hour-long": "PT1H"}
    assert val("The Dalby vote was high noon for the mayor; a poster showed the film \"High Noon.\"") == {}
    assert val("The Dalby vote is at noon.") == {"noon": "2021-10-27T12:00"}


def test_easter_week_and_holy_week_are_the_week_of_easter_sunday():
    # Easter 2000 fell on April 23: its ISO week is W16 (April 17-23)
    assert val("Pilgrims filled Tarnow as Easter week began.", "2000-04-17") == {"Easter week": "2000-W16"}
    assert val("The Dalby choir sings in Holy Week.", "2000-03-30") == {"Holy Week": "2000-W16"}


def test_the_next_morning_is_the_morning_after_the_day_last_named():
    v = val("Brelin was held on Friday and appeared in court the next morning.")
    assert v["the next morning"] == "2021-10-23TMO"
    assert val("Brelin was held on Friday; the previous evening he had left.")["the previous evening"] == "2021-10-21TEV"
    # no day to count from: nothing
    assert val("Brelin appeared in court the next morning.") == {}


def test_may_or_march_after_a_determiner_and_before_a_noun_is_a_month():
    assert val("The March vote will decide the Tarn merger.", "1999-02-10") == {"March": "1999-03"}
    assert val("Its May elections will be close.", "1999-02-10") == {"May": "1999-05"}
    # a march's name, a verb, a noun: no month
    assert val("They joined the March on Tarnow and the annual March for Peace.", "1999-02-10") == {}
    assert val("The March was long, and the strikers may march again.", "1999-02-10") == {}


def test_tense_reads_past_abbreviations_and_to_the_end_of_a_long_sentence():
    # DCT Wednesday 2021-10-27. The nearest March would be the coming one; the verb at the end of the sentence
    # ("destroyed"), past the abbreviated state, puts it in the past
    text = "In March, a week after the fair in Dalby, Vt., a fire at the old Tarn mill destroyed the roof."
    assert val(text)["March"] == "2021-03"
    # "next to" is a place, not a future cue
    assert val("Hundreds were hurt in the blasts next to the Tarn embassy on Friday.")["Friday"] == "2021-10-22"


def test_week_of_a_month_is_one_expression():
    v = val("The Tarn fair will open in the first week of March. The old one closed in the last week of June.")
    assert v == {"the first week of March": "2022-W09", "the last week of June": "2021-W25"}


def test_clock_time_without_am_pm_after_a_preposition_and_before_a_part_of_day():
    assert val("Brelin met the board at 10:30 Tuesday morning.") == {"10:30 Tuesday morning": "2021-10-26T10:30"}
    assert val("The Dalby vote closes at 7:30 Friday evening.")["7:30 Friday evening"].endswith("T19:30")
    # a score is no time
    assert val("Dalby won 10:30 against Tarn on Friday evening.") == {"Friday evening": "2021-10-22TEV"}


def test_count_from_a_named_day_is_a_date():
    v = val("The Brelin trial starts a week from Friday and ends three weeks from today.")
    assert v == {"a week from Friday": "2021-11-05", "three weeks from today": "2021-11-17"}


def test_hyphenated_day_range_and_its_year():
    assert val("The Tarn fair ran March 5-7, 2020.") == {"March 5": "2020-03-05", "7, 2020": "2020-03-07"}
    assert val("Talks ran Jan. 9 and 10, 2019, in Dalby.") == {"Jan. 9": "2019-01-09", "10, 2019": "2019-01-10"}


def test_election_day_is_the_tuesday_after_the_first_monday_of_november():
    assert val("Tarn's mayor will campaign until Election Day.", "1998-10-26") == {"Election Day": "1998-11-03"}
    # a lower-case election day is some other vote's
    assert val("The election day in Dalby was calm.", "1998-10-26") == {}


def test_a_preposition_that_does_not_change_a_holiday_stays_outside():
    assert val("Tarn shops close until Christmas.") == {"Christmas": "2021-12-25"}
    # "after" changes the value (the days after it) and stays in
    assert "after Christmas" in val("Dalby will reopen after Christmas.")


def test_last_or_next_before_a_holiday():
    # DCT 2000-02-10: the latest Thanksgiving was in November 1999, the next Christmas is in December 2000
    assert val("The Tarn boat sank last Thanksgiving.", "2000-02-10") == {"last Thanksgiving": "1999-11-25"}
    assert val("Dalby opens its market next Christmas.", "2000-02-10") == {"next Christmas": "2000-12-25"}


def test_hyphenated_early_late_before_a_month():
    d = tx("Brelin made the late-November trip to Tarn.", "2000-01-28")
    assert d["late-November"]["value"] == "1999-11" and d["late-November"]["mod"] == "END"
    assert val("Dalby printed a late-breaking story.", "2000-01-28") == {}


def test_later_that_year_and_a_month_of_a_year_only_named():
    v = val("Brelin fled in June 1998 and returned later that year.")
    assert v["later that year"] == "1998"
    # of a year only, "that month" is an unnamed month of it (no interval on a timeline)
    d = tx("In 1990 Dalby grew; that month its mill closed.")
    assert d["that month"]["value"] == "1990-XX" and "interval" not in d["that month"]


def test_a_count_before_long_keeps_its_duration_and_far_infinitives_set_no_tense():
    assert val("Dalby played a 45 minute-long set after two-month-long drills.") == \
        {"45 minute": "PT45M", "two-month": "P2M"}
    assert val("Tarn ended a years-long feud.") == {"years-long": "PXY"}
    # the extended search for a cue takes the verb, not an infinitive in its object: past, not the coming Wednesday
    text = ("On Wednesday, when the Tarn embassy, on advice from the Dalby nuclear safety commission and its staff, "
            "told citizens to leave the area, the advice rested on a model.")
    assert val(text, "2021-10-25")["Wednesday"] == "2021-10-20"


def test_year_ago_of_a_nine_month_figure_is_the_year():
    # session 8: a quarter report compares its quarter "with a year earlier" (that quarter a year before), but a
    # figure for the first nine months compared with a year earlier is about that longer period: the year
    text = ("Velmar Corp. said third-quarter net rose to $5 million from $4 million a year earlier. "
            "For the nine months, net was $12 million, compared with $10 million a year earlier.")
    got = [(text[t.start:t.end], t.data["value"]) for t in find_timexes(text, DCT)]
    assert got[1] == ("a year earlier", "2020-Q3") and got[-1] == ("a year earlier", "2020")
    text = ("Ostrander Inc. posted a third-quarter loss. In the first nine months, net was $30 million, compared "
            "with a loss of $8 million in the 2020 period. The year-ago results included a $9 million charge.")
    v = val(text)
    assert v["the 2020 period"] == "2020" and v["The year-ago"] == "2020"
    assert val("Ostrander Inc. posted a third-quarter loss. Sales for the year to date rose 4% from the same "
               "period last year.")["the same period last year"] == "2020"
    v = val("Ostrander Inc. posted a third-quarter loss. For the nine months, net fell from the year-earlier period "
            "but rose from the year-ago quarter.")
    assert v["the year-earlier period"] == "2020" and v["the year-ago quarter"] == "2020-Q3"
    # a quarter named after the nine months is the period compared
    v = val("For the nine months, Velmar earned $12 million, and in the third quarter $4 million, up from $3 "
            "million a year earlier.")
    assert v["a year earlier"] == "2020-Q3"
    # the quarter sentence after a nine-month one takes the quarter again
    text = ("For the nine months, Velmar earned $12 million. Third-quarter net fell to $2 million from $3 "
            "million a year ago. The year-ago results were restated.")
    v = val(text)
    assert v["a year ago"] == "2020-Q3" and v["The year-ago"] == "2020-Q3"


def test_this_past_week_keeps_this_in_its_extent():
    # session 8 (probe): as "this past Sunday"; "this past year" is left alone (it often means the last twelve months)
    assert val("Kellan voters went to the polls this past weekend.", "1989-10-26") == {"this past weekend": "1989-W42-WE"}
    assert val("Dorne shares fell this past week.", "1989-10-26") == {"this past week": "1989-W42"}
