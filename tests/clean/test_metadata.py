"""Plain-text metadata: title, site name, dates, datelines, bylines, credits, outlets; end to end through ingest."""

import pytest

from newsweave import pipeline
from newsweave.clean.core import rebuild, split_lines
from newsweave.clean.metadata import find_text_metadata, parse_date_line, parse_dateline, parse_outlet_date_line

from . import fixtures as F


@pytest.mark.parametrize("line,iso", [
    ("January 28, 2024", "2024-01-28"),
    ("27.12.2023", "2023-12-27"),
    ("2023-12-27", "2023-12-27"),
    ("Posted on 3 March 2024 10:15", "2024-03-03"),
    ("Wednesday, Sept. 4, 2024", "2024-09-04"),
    ("Published: 14/05/2024", "2024-05-14"),
    ("3. März 2024", "2024-03-03"),
    ("03/04/2024", None),  # a date line, but day and month cannot be told apart
])
def test_date_lines(line, iso):
    assert parse_date_line(line) == (True, iso)


@pytest.mark.parametrize("line", ["March 3 was a Sunday.", "The 2024 budget", "31.02.2024 is no date at all"])
def test_not_date_lines(line):
    is_date, iso = parse_date_line(line)
    assert iso is None
    assert not is_date or line.startswith("31.02")


def test_outlet_date_line():
    assert parse_outlet_date_line("Valley Courier, 11.03.2024") == ("Valley Courier", "2024-03-11")
    assert parse_outlet_date_line("He said on 11.03.2024") is None


@pytest.mark.parametrize("lead,place,agency", [
    ("MOSCOW (AA) – Russia announced", "MOSCOW", "AA"),
    ("VELLMARK CITY (NPA) – Premier Jonas", "VELLMARK CITY", "NPA"),
    ("BERLIN, March 3 (Reuters) - The government", "BERLIN", "Reuters"),
    ("PORTVALE – The harbour", "PORTVALE", None),
])
def test_datelines(lead, place, agency):
    d = parse_dateline(lead)
    assert d["place"] == place and d.get("agency") == agency


@pytest.mark.parametrize("lead", ["I – for one – disagree", "A new port opens", "NATO said on Monday that"])
def test_not_datelines(lead):
    assert parse_dateline(lead) is None


def _meta(text, **kw):
    lines = split_lines(text)
    return find_text_metadata(lines, extracted=text, **kw), lines


def test_title_after_date_tagline_and_menu():
    m, lines = _meta(F.DATE_TAGLINE_FIRST)
    assert m.fields["title"] == "Port workers in Vellmark end strike after nine days of talks"
    assert m.fields["published"] == "2024-03-03"
    assert m.fields["outlet"] == "Harbour Light Gazette"
    assert {lines[i].text: r for i, r in m.claimed.items()} == {
        "March 3, 2024": "metadata", "Harbour Light Gazette": "site_name",
        "Local Coast World Sport": "site_name",
        "Port workers in Vellmark end strike after nine days of talks": "title",
    }


def test_first_line_is_the_title_and_standfirst_stays():
    m, lines = _meta(F.DATELINE_COOKIES)
    assert m.fields["title"] == lines[0].text
    assert m.fields["dateline"] == "VELLMARK CITY" and m.fields["credit"] == "NPA"
    assert 1 not in m.claimed  # the standfirst is part of the story


def test_short_first_line_title_without_other_candidates():
    m, lines = _meta("Tram strike ends\n\nTram drivers in Ostrava-on-Sea returned to work on Monday after a two-day strike over rosters.\n")
    assert m.fields["title"] == "Tram strike ends"


def test_given_title_is_claimed_not_guessed():
    m, lines = _meta("Harbour Light Gazette\n\nPort reopens\n\nThe port reopened on Monday after a storm, the harbour master said.\n",
                     has_title=True, title="Port reopens")
    assert "title" not in m.fields and "outlet" not in m.fields
    assert m.claimed == {1: "title"}


def test_glued_outlet_is_cut_from_the_last_paragraph():
    m, lines = _meta(F.BREADCRUMB_GLUED_OUTLET)
    assert m.fields["outlet"] == "Brightwater Tribune"
    assert [c.text for c in m.cuts] == [" Brightwater Tribune"]
    assert m.cuts[0].reason == "site_name"


def test_last_sentence_ending_with_a_name_is_not_an_outlet():
    text = ("Harbour fees rise\n\nThe harbour board raised mooring fees by four percent on Tuesday, citing the cost of "
            "dredging the channel and repairing the north pier. \u201cIt was unavoidable,\u201d said Chair Ada Moss\n")
    m, _ = _meta(text)
    assert m.cuts == [] and "outlet" not in m.fields


def _ingest_texts(tmp_path, store, settings, docs):
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    for name, text in docs.items():
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
    rep = pipeline.ingest([str(d)], store, settings)
    return rep, {a.source.rsplit("/", 1)[-1][:-4]: a for a in store.iter_articles()}


def test_fixture_articles_end_to_end(tmp_path, store, settings):
    docs = {n: getattr(F, n) for n in ("DATE_TAGLINE_FIRST", "COUNTERS_CAPTIONS_MT", "TRAILING_OUTLET_SOURCE",
                                       "BREADCRUMB_GLUED_OUTLET", "DATELINE_COOKIES", "BYLINE_SHARE", "LOOKALIKES")}
    rep, arts = _ingest_texts(tmp_path, store, settings, docs)
    assert rep.stored == len(docs) and rep.rejected == 0
    got = {n: (a.title, a.outlet, a.published, a.dateline, a.byline, a.credit) for n, a in arts.items()}
    assert got["DATE_TAGLINE_FIRST"] == ("Port workers in Vellmark end strike after nine days of talks",
                                         "Harbour Light Gazette", "2024-03-03", None, None, None)
    assert got["COUNTERS_CAPTIONS_MT"] == ("Council of Ostrava-on-Sea approves new tram line", None, None, None, None, None)
    assert got["TRAILING_OUTLET_SOURCE"] == ("Northern rail bridge reopens after repairs", "Valley Courier", "2024-03-11",
                                             None, None, "Nordpress")
    assert got["BREADCRUMB_GLUED_OUTLET"][1] == "Brightwater Tribune"
    assert got["DATELINE_COOKIES"][3:] == ("VELLMARK CITY", None, "NPA")
    assert arts["DATELINE_COOKIES"].meta["x_agency"] == "NPA"
    assert got["BYLINE_SHARE"][4] == "Clara Voss and Emil Rask"
    reasons = {n: sorted(r.reason for r in a.removed) for n, a in arts.items()}
    assert reasons["COUNTERS_CAPTIONS_MT"] == ["counters", "mt_disclaimer", "photo_caption", "photo_caption", "promo", "title"]
    assert reasons["TRAILING_OUTLET_SOURCE"] == ["comment_form", "comment_form", "metadata", "metadata", "related_links", "title"]
    assert reasons["DATE_TAGLINE_FIRST"] == ["metadata", "related_links", "site_name", "site_name", "title"]
    assert reasons["BYLINE_SHARE"] == ["metadata", "share_prompt", "share_prompt", "share_prompt", "site_name", "title"]
    assert reasons["DATELINE_COOKIES"] == ["cookie_banner", "title"]
    assert reasons["LOOKALIKES"] == ["title"]
    for n, a in arts.items():
        assert a.text == rebuild(a.extracted, a.removed), n
    # the dateline is part of the lead sentence and stays; no sentence of any story is lost
    assert arts["DATELINE_COOKIES"].text.splitlines()[2].startswith("VELLMARK CITY (NPA) – Premier Jonas Aalto")
    for n, doc in docs.items():
        chrome = {r.text.strip() for r in arts[n].removed}
        for line in doc.splitlines():
            if line.strip() and line.strip() not in chrome and line.strip() != "Home / Politics / " + arts[n].title:
                body_line = line.strip().replace(" Brightwater Tribune", "")
                assert body_line in arts[n].text, (n, line)


def test_show_lists_removed_with_reasons(tmp_path, store, settings, capsys):
    from newsweave.cli import main

    db = tmp_path / "s.db"
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(F.COUNTERS_CAPTIONS_MT, encoding="utf-8")
    assert main(["ingest", str(d), "--db", str(db), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["articles", "--db", str(db), "--json"]) == 0
    import json

    aid = json.loads(capsys.readouterr().out)[0]["id"]
    assert main(["show", aid, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "[mt_disclaimer] Disclaimer: This text was translated automatically" in out
    assert "[counters] 1874 views 3 comment(s)" in out


def test_short_sentence_case_headline_before_a_deck_is_the_title():
    m, lines = _meta("Harbour fees rise\n\nBoard cites dredging costs and pier repairs\n\n"
                     "The harbour board raised mooring fees by four percent on Tuesday, its chair said.\n")
    assert m.fields["title"] == "Harbour fees rise"
    assert "outlet" not in m.fields and m.claimed == {0: "title"}
