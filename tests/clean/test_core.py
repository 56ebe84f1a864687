"""The cleaning contract: the clean text is ``extracted`` minus removed spans, nothing invented or moved."""

from hypothesis import given, settings as hsettings, strategies as st

from newsweave.clean.core import Line, clean_text, partial_cut, rebuild, split_lines
from newsweave.model import Removed

from .fixtures import BREADCRUMB_GLUED_OUTLET, COUNTERS_CAPTIONS_MT, DATE_TAGLINE_FIRST


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


def _check_contract(extracted: str, res) -> None:
    assert res.text == rebuild(extracted, res.removed)
    for r in res.removed:
        assert extracted[r.start : r.end] == r.text
    spans = sorted((r.start, r.end) for r in res.removed)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "removed spans overlap"
    for ts, es, n in res.segments:
        assert res.text[ts : ts + n] == extracted[es : es + n]
    assert _is_subsequence("".join(res.text.split()), "".join(extracted.split()))
    # every character of the clean text outside the segments is a paragraph separator
    covered = set()
    for ts, _, n in res.segments:
        covered.update(range(ts, ts + n))
    assert all(res.text[i] == "\n" for i in range(len(res.text)) if i not in covered)


def test_split_lines_offsets():
    text = "  A title \n\nBody line.\n  \nLast"
    lines = split_lines(text)
    assert [l.text for l in lines] == ["A title", "Body line.", "Last"]
    assert all(text[l.start : l.end] == l.text for l in lines)


def test_whole_line_removals_keep_contract():
    for doc in (DATE_TAGLINE_FIRST, COUNTERS_CAPTIONS_MT):
        res = clean_text(doc, pre_marked={0: "title"})
        _check_contract(doc, res)
        assert res.removed[0].reason == "title"


def test_partial_cut_at_line_end_removes_the_joining_space():
    doc = "Title\n\nThe vote passed. Brightwater Tribune\n"
    lines = split_lines(doc)
    start = doc.index("Brightwater")
    cut = partial_cut(doc, lines[1], start, start + len("Brightwater Tribune"), "site_name")
    assert cut.text == " Brightwater Tribune"
    res = clean_text(doc, pre_marked={0: "title"}, pre_cuts=[cut])
    assert res.text == "The vote passed."
    _check_contract(doc, res)
    assert res.to_extracted(0) == doc.index("The vote")


def test_partial_cut_at_line_start_and_middle():
    doc = "NEWS: The vote passed [ad] on Monday."
    line = split_lines(doc)[0]
    head = partial_cut(doc, line, 0, 5, "site_name")
    mid = partial_cut(doc, line, doc.index("[ad]"), doc.index("[ad]") + 4, "promo")
    res = clean_text(doc, pre_cuts=[head, mid])
    assert res.text == "The vote passed on Monday."
    _check_contract(doc, res)


def test_partial_cut_must_match_the_text():
    doc = "Body of the story goes here."
    try:
        clean_text(doc, pre_cuts=[Removed(0, 4, "Nope", "site_name")])
    except ValueError:
        pass
    else:
        raise AssertionError("a cut that does not match the text must be refused")


def test_partial_cut_outside_its_line_is_refused():
    doc = "One line\nTwo line"
    lines = split_lines(doc)
    try:
        partial_cut(doc, lines[0], 9, 12, "x")
    except ValueError:
        pass
    else:
        raise AssertionError


def test_glued_outlet_fixture_keeps_the_last_sentence():
    res = clean_text(BREADCRUMB_GLUED_OUTLET)
    _check_contract(BREADCRUMB_GLUED_OUTLET, res)
    assert "Opposition members said the decision ignored the advice of coastal communities." in res.text


def test_adjacent_duplicate_short_line_is_removed_but_distant_repeats_stay():
    doc = "Title\n\nCaption of a picture\nCaption of a picture\n\nStep one\n\nBody text here.\n\nStep one\n"
    res = clean_text(doc)
    reasons = [(r.text, r.reason) for r in res.removed]
    assert reasons == [("Caption of a picture", "duplicate_line")]
    assert res.text.count("Step one") == 2


_line = st.text(alphabet=st.sampled_from("ab .,:/\u00e9\u0416"), min_size=0, max_size=30)


@hsettings(max_examples=150, deadline=None)
@given(st.lists(_line, min_size=1, max_size=12), st.data())
def test_contract_holds_for_any_removals(raw_lines, data):
    doc = "\n".join(raw_lines)
    lines = split_lines(doc)
    pre = {i: "metadata" for i in range(len(lines)) if data.draw(st.booleans())}
    cuts = []
    for i, ln in enumerate(lines):
        if i in pre or len(ln.text) < 2 or not data.draw(st.booleans()):
            continue
        a = data.draw(st.integers(ln.start, ln.end - 1))
        b = data.draw(st.integers(a + 1, ln.end))
        if doc[a:b].strip():
            cuts.append(partial_cut(doc, Line(ln.start, ln.end, ln.text), a, b, "site_name"))
    res = clean_text(doc, pre_marked=pre, pre_cuts=cuts)
    _check_contract(doc, res)
