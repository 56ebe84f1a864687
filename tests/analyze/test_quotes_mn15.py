"""Session 13 (second round) quote speakers, each cause on invented sentences (no text of the
audited stories): the wrong speakers an audit of Multi-News stories mn111-mn126 found
(bench/ledger_quotes.py). A show's title after "tells <Channel>'s", a place after "in" just
before the verb, an unnamed aide to someone, a name used "under the alias", an unnamed teller
after the quote, a link headline in square brackets, "remembered a foreman telling her", a pronoun
after "according to <Name>", the audience after "telling <Channel>'s", the owner of a decree, a
heading in single marks, "leading the clerk to tell him"."""

from __future__ import annotations

from test_quotes7 import _art

from newsweave.analyze.ledger import build_ledger
from newsweave.settings import Settings


def _speakers(text: str) -> dict[str, str | None]:
    led = build_ledger([_art("a", text, "en")], {"id": "s", "version": 1}, Settings.load(environ={}))
    return {q["text"].strip(" ,.“”\"‘’'«»"): q["speaker"] for q in led["quotes"]}


def test_a_show_title_after_tells_a_channels_possessive_is_no_ones_words():
    got = _speakers('Harbour chief Odile Reeve defended the plan on Sunday. Reeve tells Norvik TV\'s "Late Tea at '
                    'Nine" that the ferry "will not stop for anyone" this winter.')
    assert got.get("Late Tea at Nine") is None
    got = _speakers('Harbour chief Odile Reeve told Norvik TV\'s "Late Tea at Nine" on Sunday that she would stay.')
    assert got.get("Late Tea at Nine") is None


def test_a_place_after_in_right_before_the_verb_is_no_speaker():
    got = _speakers('Ilse Marrow runs the harbour office. A second worker, a welder who quit after a fall on a '
                    'shift in Tellmark, said: "Nobody checked the ropes that week."')
    assert got.get("Nobody checked the ropes that week") is None


def test_an_unnamed_aide_to_someone_is_not_that_someone():
    got = _speakers('Mayor Colm Arden signed the order on Friday. An aide to Mayor Colm Arden told the radio the '
                    'ruling "changes nothing" for the port.')
    assert got.get("changes nothing") is None


def test_a_name_used_under_an_alias_is_no_ones_words():
    got = _speakers('A broker of leaked files, trading under the alias "Lantern," told the Tellmark Ledger that '
                    'the data came from an old breach.')
    assert got.get("Lantern") is None


def test_an_unnamed_teller_after_the_quote_stops_the_carry_over():
    got = _speakers('Pella Danvik, whose son is on the trawler, said she was "so relieved" to hear the news. '
                    '"I want him home and well," she said. "We cannot stop crying," a cousin of one of the '
                    'missing deckhands said at the quay.')
    assert got["I want him home and well"] == "Pella Danvik"
    assert got.get("We cannot stop crying") is None


def test_a_person_in_a_bracketed_link_headline_is_no_antecedent():
    got = _speakers('Senator Brann Oakes spoke at the dock. "The tide is turning," Oakes said. [Read more: '
                    'Mayor Colm Arden meets the fishers] "And the port will thrive," he added.')
    assert got["And the port will thrive"] == "Brann Oakes"


def test_remembered_a_foreman_telling_her_is_the_unnamed_foremans_words():
    got = _speakers('Dana Oyel works on the night crew. "Rules are for other crews," she remembered a foreman '
                    'telling her.')
    assert got.get("Rules are for other crews") is None


def test_a_pronoun_goes_to_the_one_an_account_is_credited_to():
    got = _speakers('Harbour warden Daniel Searle closed the north pier on Monday. "The pier is shut," Searle said. '
                    'Crews dragged the canal until dusk, according to Peter Brandt, a spokesman for the harbour '
                    'police. "We will look at every boat," he said.')
    assert got["The pier is shut"] == "Daniel Searle"
    assert got["We will look at every boat"] == "Peter Brandt"


def test_a_name_after_a_channels_possessive_is_the_audience_not_a_pronouns_antecedent():
    got = _speakers('Press aide Ruben Salk was busy on Friday. After telling the "Dawn" Show\'s Oskar Lund that '
                    'talks had stalled, he said the mayor would "keep every option".')
    assert got["keep every option"] == "Ruben Salk"


def test_the_owner_of_a_decree_opening_the_sentence_is_a_pronouns_antecedent():
    got = _speakers('Governor Ada Kersh signed the curfew on Friday. Lawyer Marta Revel said the curfew "cannot '
                    'stand" in court. Kersh\'s decree shuts the bars at ten. She argued in a radio address that it '
                    'would "keep the streets calm at night."')
    assert got["keep the streets calm at night"] == "Ada Kersh"


def test_a_quote_in_single_marks_alone_on_its_line_without_a_stop_is_a_subheading():
    got = _speakers('The crew chief, Oren Vask, said the night shift "never gets a hearing" at the yard.\n\n'
                    '‘Nobody listens to the night crew’\n\nLast winter a welder lost two fingers on the line.')
    assert got["never gets a hearing"] == "Oren Vask"
    assert got.get("Nobody listens to the night crew") is None


def test_the_one_prompted_to_tell_speaks_not_the_subject():
    got = _speakers('On the call, Ivo Brask, a night watchman, said he kept after the van, leading the clerk to '
                    'tell him, "Please stay in your car."')
    assert got.get("Please stay in your car") is None
