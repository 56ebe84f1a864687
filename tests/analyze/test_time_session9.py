"""Session-9 rules of find_timexes. Every sentence is written for these tests (fictional names and places)."""

from __future__ import annotations

from newsweave.analyze.time import find_timexes

DCT = "2021-12-29"  # a Wednesday, in ISO week 2021-W52


def tx(text: str, dct: str | None = DCT) -> dict[str, dict]:
    return {text[s.start:s.end]: s.data for s in find_timexes(text, dct)}


def val(text: str, dct: str | None = DCT) -> dict[str, str]:
    return {k: v["value"] for k, v in tx(text, dct).items()}


def test_every_with_a_count_is_a_set():
    # probe: "every four years" recurs (SET P4Y) like "every other week" (P2W); it was the duration "four years"
    d = tx("Kellan holds its mayoral vote every four years and its buses run every 15 minutes.")
    assert d["every four years"]["value"] == "P4Y" and d["every four years"]["type"] == "SET"
    assert d["every 15 minutes"]["value"] == "PT15M" and d["every 15 minutes"]["type"] == "SET"
    assert val("The Dorne census is taken every two decades.") == {"every two decades": "P20Y"}
    assert tx("The Tarn committee meets every other week.")["every other week"]["type"] == "SET"
    # no unit of time: no expression; a fractional count stays the duration rule's
    assert val("Holders of Brelin stock get two shares for every five shares held.") == {}
    assert tx("Dalby visits every 2 1/2 weeks.")["2 1/2 weeks"]["type"] == "DURATION"


def test_consecutive_straight_successive_counts_are_durations():
    # probe: a qualifying word between the count and its unit, as "eight trading days"
    assert val("Dorne prices have risen for 12 consecutive months.") == {"12 consecutive months": "P12M"}
    assert val("The Kellan index fell for five successive weeks.") == {"five successive weeks": "P5W"}
    assert val("Tarn rates climbed for three straight days.") == {"three straight days": "P3D"}
    # an ordinal counts nothing
    assert val("Brelin rates climbed for a third straight month.") == {}


def test_the_week_after_next_and_the_day_before_last():
    # probe: two units from now (was "the week after" counted from the last date, plus nothing)
    assert val("The Marlo trial starts the week after next.") == {"the week after next": "2022-W02"}
    v = val("The Dalby vote was held the day before last; results come the month after next.")
    assert v == {"the day before last": "2021-12-27", "the month after next": "2022-02"}
    # "last" / "next" that begin another expression stay with it
    assert val("The crash came the day before last Tuesday's hearing.") == {"the day before last Tuesday": "2021-12-27"}
    assert val("Tarn arrived on Dec. 20 and left the day after.")["the day after"] == "2021-12-21"


def test_a_24_hour_clock_with_its_zone_is_a_time():
    # probe: "14:30 local time", "00:01 GMT on Friday" (was nothing, or only the weekday)
    assert val("The Tarn rocket launched at 14:30 local time.") == {"14:30 local time": "2021-12-29T14:30"}
    assert val("The Kellan quake struck at 23:40 UTC Sunday.") == {"23:40 UTC Sunday": "2021-12-26T23:40"}
    assert val("Polls in Dorne close at 20:00 CET on Sunday.") == {"20:00 CET on Sunday": "2021-12-26T20:00"}
    # a US zone name stays in the extent as "EST" does
    assert val("The Brelin market opens at 9:30 a.m. Eastern time.") == {"9:30 a.m. Eastern time": "2021-12-29T09:30"}
    # without a zone a 24-hour figure may be a score or a running time: left alone
    assert val("Marlo won the race in 2:10 and the final ended 21:15.") == {}


def test_through_a_weekday_is_a_deadline():
    # probe: as "until Friday", forward unless told in the past; "Monday through Friday" is a span of weekdays
    assert val("Voting in Kellan continues through Saturday.") == {"Saturday": "2022-01-01"}
    assert val("Voting in Kellan continued through Saturday.") == {"Saturday": "2021-12-25"}
    # (since session 21 the days an office is open are a weekly schedule, not two dates)
    assert val("The Dorne office was open Monday through Friday.") == {"Monday": "XXXX-WXX-1", "Friday": "XXXX-WXX-5"}


def test_the_year_ahead_and_the_years_ahead():
    # probe: "the year ahead" is the twelve months to come (was "the year", the DCT's year); "the years ahead" was
    # cut to "the years" and then dropped (it is PXY as "the weeks ahead" is PXW)
    d = tx("Brelin analysts expect growth in the year ahead.")
    assert d["the year ahead"]["value"] == "P1Y" and d["the year ahead"]["type"] == "DURATION"
    assert val("Dorne investors are wary of the month ahead.") == {"the month ahead": "P1M"}
    assert val("The years ahead will be hard for Kellan.") == {"The years ahead": "PXY"}
    assert val("The weeks ahead will be hard for Kellan.") == {"The weeks ahead": "PXW"}
    assert val("Over the years, Tarn grew.") == {"the years": "PXY"}


def test_a_holiday_weekend_is_the_weekend_next_to_the_holiday():
    # probe: was "the Labor Day" (the Monday) with "weekend" left out
    assert val("Rain fell on Kellan over the Labor Day weekend.") == {"the Labor Day weekend": "2021-W35-WE"}
    # Easter Sunday 2021-04-04 ends its weekend; Thanksgiving (a Thursday) is followed by one
    assert val("Tarn traffic was heavy over the Easter weekend.") == {"the Easter weekend": "2021-W13-WE"}
    assert val("Dorne shoppers came on the Thanksgiving weekend.") == {"the Thanksgiving weekend": "2021-W47-WE"}
    d = tx("Fireworks lit Brelin over the Independence Day weekend.")["the Independence Day weekend"]
    assert d["interval"] == ["2021-07-03", "2021-07-04"]
    # a holiday of several days has no one weekend: the holidays alone, as before
    assert list(val("The Christmas holidays weekend was quiet in Marlo.")) == ["The Christmas holidays"]


def test_todays_youth_is_the_present_age_not_the_day():
    # "today's youth", "in today's world", "by today's standards": the present (PRESENT_REF, as "these days")
    assert val("The Kellan case is for today's youth what the war was for their parents.") == {"today": "PRESENT_REF"}
    assert val("In today\u2019s fast-changing world, Dorne jobs vanish.") == {"today": "PRESENT_REF"}
    assert val("By today's standards the Tarn car is slow.") == {"today": "PRESENT_REF"}
    # a thing of the day stays the day
    assert val("Today's Brelin meeting was cancelled.") == {"Today": "2021-12-29"}
    assert val("The offer appears in today's editions of the Marlo paper.") == {"today": "2021-12-29"}


def test_that_night_is_the_part_of_the_day_last_named():
    # probe: as "that day" is the day last named, "that night" is its night (was nothing)
    v = val("The Tarn fire started on Dec. 20. That night, crews fought the blaze.")
    assert v["That night"] == "2021-12-20TNI"
    assert val("The Dorne vote was held on Dec. 20. Earlier that morning, lines were long.")[
        "Earlier that morning"] == "2021-12-20TMO"
    # a year has no night; "that night shifts" is a demonstrative before a noun
    assert val("In 1990 the Kellan plant closed. That night, workers marched.") == {"1990": "1990"}
    assert val("On Dec. 20 Marlo police said that night shifts are short.") == {"Dec. 20": "2021-12-20"}


def test_more_irregular_past_forms_set_the_tense():
    # probe: "heard", "sought", "sat" are past cues like "held" (was: the "will" after them made the weekday future)
    v = val("The Kellan court heard arguments Tuesday and will rule Friday.")
    assert v == {"Tuesday": "2021-12-28", "Friday": "2021-12-31"}
    assert val("In the interview Friday, Marlo also sought to defend the plan, which will be voted on.")[
        "Friday"] == "2021-12-24"


def test_the_scheduling_present_points_forward():
    # probe: news tells plans in the present tense ("leaves for Asia on Sunday", "opens Friday"); with no other cue
    # a weekday was the last one
    assert val("The Tarn president leaves for Asia on Sunday.") == {"Sunday": "2022-01-02"}
    assert val("The Dorne film opens in theaters on Friday.") == {"Friday": "2021-12-31"}
    v = val("The Kellan hearing, which began Monday, continues Thursday.")
    assert v == {"Monday": "2021-12-27", "Thursday": "2021-12-30"}
    # a past verb nearer the weekday still wins
    assert val("Brelin says sales rose on Monday.") == {"Monday": "2021-12-27"}


def test_since_a_month_or_a_day_is_on_or_before_the_dct():
    # probe: "since" names a starting point, so it is not the coming January (a near date used to win)
    assert val("Kellan's mayor has been in office since January.") == {"January": "2021-01"}
    assert val("The Dorne rate has been unchanged since Jan. 5.") == {"Jan. 5": "2021-01-05"}
    assert val("Tarn protests have continued since mid-November.")["mid-November"] == "2021-11"
    assert val("The Marlo ceasefire has held since Dec. 20.") == {"Dec. 20": "2021-12-20"}
