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


def test_ascii_folds_are_the_only_non_ascii_matches_of_ascii_characters():
    # the literal pre-check of triggers lower-cases the text; it is exact only if no other character
    # matches an ASCII one case-insensitively
    ascii_ci = re.compile(r"[\x00-\x7f]", re.I)
    found = {chr(c) for c in range(0x80, 0x110000)
             if not 0xD800 <= c < 0xE000 and ascii_ci.match(chr(c))}
    assert found == set("\u0130\u0131\u017f\u212a")
    assert all(R._ASCII_FOLDS.match(ch) for ch in found)


def test_every_trigger_hit_contains_one_of_its_literals():
    # the pre-check only runs on texts without İ ı ſ K (they can match ASCII letters unlike their lower case)
    text = R._ASCII_FOLDS.sub("x", TEXT + " " + TEXT.upper())
    checked = 0
    for rules in (R.EN_RULES, R.DE_RULES, R.FR_RULES):
        for name, _rx, _h, trigger in rules:
            lits = R.trigger_literals(trigger) if trigger is not None else None
            if not lits:
                continue
            for m in trigger.finditer(text):
                assert any(s in m.group().lower() for s in lits), (name, m.group())
                checked += 1
    assert checked > 50
    assert R.absent_triggers("Stra\u017fse") is None  # a long s: the pre-check steps aside


def test_detection_with_and_without_the_literal_precheck_agree(monkeypatch):
    from newsweave.analyze import time as T

    text = R._ASCII_FOLDS.sub("x", TEXT)  # so that the pre-check runs

    def run():
        return [(t.start, t.end, t.value) for t in T._detect(text, T.V.parse_date("2022-01-05"), "en")]

    with_check = run()
    assert T.absent_triggers(text) is not None
    monkeypatch.setattr(T, "absent_triggers", lambda text: None)
    assert run() == with_check and with_check


def test_guard_fronts_every_branch_of_a_top_level_alternation():
    # session 9: "\d\s*[ap]\.?m|noon|..." got its guard in front of the first branch only, so the other branches
    # were tried at every position; the guard now fronts a group of all of them (half the time of that scan)
    p = R._c(r"\d\s*pm|noon|midnight")
    assert p.pattern.startswith("(?=[") and p.pattern.endswith(")") and "])(?:" in p.pattern
    text = "At 5 pm, noon or MIDNIGHT; 5pm and xnoon."
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in re.finditer(r"\d\s*pm|noon|midnight", text, re.I)]
