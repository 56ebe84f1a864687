"""The first-character lookahead that timex_rules._c puts in front of each pattern only speeds matching up:
every rule and trigger, with and without it, finds the same matches."""

import re

import pytest

from newsweave.analyze import timex_rules as R

# written for this test: dates, times, durations and near-misses in mixed case, with characters that
# case-insensitive matching folds specially (long s, Kelvin sign, dotted capital I)
TEXT = (
    "On Monday, Jan. 9, 2022 at 10:35 a.m. EST the board met; MARCH 3rd and 3 march 1999 too. "
    "Talks lasted two and a half years, about 5 1/2 hours, nearly two decades and the past three years. "
    "Earlier this month, late last week, the third-quarter loss, the year-ago period, in the 1990s and '80s. "
    "Every Tuesday night, each ſummer, daily, 12/31/1999, 1999-12-31T23:59, noon Saturday, tomorrow morning. "
    "\u212aelvin weeks, İstanbul on \u017funday, the Christmas holidays, New Year's Eve, by year-end. "
    "Am 3. März 2021 um 14 Uhr, nächsten Montag, vor zwei Wochen; le 3 mars 2021 à 14h30, la semaine prochaine."
)

_GUARD = re.compile(r"^(\\b)?\(\?=\[(?:[^\]\\]|\\.)*\]\)")


def _unguarded(p: re.Pattern) -> re.Pattern:
    m = _GUARD.match(p.pattern)
    return re.compile((m.group(1) or "") + p.pattern[m.end():] if m else p.pattern, p.flags)


@pytest.mark.parametrize("rules", [R.EN_RULES, R.DE_RULES, R.FR_RULES], ids=["en", "de", "fr"])
def test_guarded_patterns_match_like_plain_ones(rules):
    text = TEXT + " " + TEXT.upper() + " " + TEXT.lower()
    guarded = 0
    for name, rx, _h, trigger in rules:
        for p in (rx, trigger):
            if p is None:
                continue
            plain = _unguarded(p)
            guarded += plain.pattern != p.pattern
            assert [m.span() for m in p.finditer(text)] == [m.span() for m in plain.finditer(text)], name
            for lo in range(0, len(text), 97):  # windows cut anywhere, as iter_matches uses them
                assert ([m.span() for m in p.finditer(text, lo, lo + 180)]
                        == [m.span() for m in plain.finditer(text, lo, lo + 180)]), name
    assert guarded >= len(rules)  # most rules and triggers do get a guard


def test_first_chars_bounds_or_gives_up():
    parse = R._sp.parse
    assert R._first_chars(parse(r"\b(?:jan|feb)\b", re.I)) == {"j", "f"}
    assert R._first_chars(parse(r"(?:the\s+)?(?P<n>\d+)\s+days", re.I)) == {"t", r"\d"}
    assert R._first_chars(parse(r"(?:a)?", re.I)) is None  # may match the empty string
    assert R._first_chars(parse(r"[^a]x", re.I)) is None  # a negated class bounds nothing
    assert R._first_chars(parse(r".x", re.I)) is None


def test_shared_trigger_windows_equal_private_scans():
    text = TEXT * 3
    for _name, rx, _h, trigger in R.EN_RULES:
        if trigger is None:
            continue
        w = R.trigger_windows(trigger, text)
        assert [m.span() for m in R.iter_matches(rx, trigger, text, w)] == \
            [m.span() for m in R.iter_matches(rx, trigger, text)]
