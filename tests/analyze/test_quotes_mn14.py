"""Session 13 quote speakers, each cause on invented sentences (no text of the audited stories):
the wrong and missing speakers an audit of Multi-News stories mn076-mn110 found
(bench/ledger_quotes.py). A clause after "while", a show's title after a channel's possessive, a
headline in capitals, a quote describing an unnamed speaker, "said Sgt. <Name>", "the report said"
with no author, "<Body> chairman <Name> said", a name set off after an object of "for", "from the
<noun> <Name>", a clause's subject read as an appositive title holder, a clip's label line,
"Neither X", a teller inside a "that" clause, "<Place>-based <Body>", a paper's title with a
subtitle, "<Name> of the <Body> said", a surname after "!", "co-chair" and "remembered"."""

from __future__ import annotations

from test_quotes7 import _art

from newsweave.analyze.ledger import build_ledger
from newsweave.analyze.quotes import not_a_speaker_mention
from newsweave.settings import Settings


def _speakers(text: str) -> dict[str, str | None]:
    led = build_ledger([_art("a", text, "en")], {"id": "s", "version": 1}, Settings.load(environ={}))
    return {q["text"].strip(" ,.“”\"‘’'«»"): q["speaker"] for q in led["quotes"]}


def test_a_clause_after_while_is_not_the_quotes_attribution():
    got = _speakers('Trade Secretary Colm Arden said Mrs Venn was "the right pick for the port job", while '
                    'Treasurer Ilse Marrow warned the vote would "tear the party apart" in the spring.')
    assert got["the right pick for the port job"] == "Colm Arden"


def test_a_show_title_after_a_channels_possessive_is_no_ones_words():
    got = _speakers('"We will win this," Odile Reeve said on Norvik TV\'s "Late Tea at Nine." Then she '
                    'left the studio.')
    assert got["We will win this"] == "Odile Reeve"
    assert got.get("Late Tea at Nine") is None


def test_a_line_in_capitals_is_a_headline():
    got = _speakers("Dana Oyel told the magazine that sales were up.\n\n'HARBOR NIGHTS': TEN YEARS ON\n\n"
                    "\"It was gone in a day,\" she said.")
    assert got.get("HARBOR NIGHTS") is None
    assert got["It was gone in a day"] == "Dana Oyel"


def test_a_quote_between_an_article_and_a_verb_describes_an_unnamed_speaker():
    got = _speakers('The plan is shaky. A "well-placed harbour official" told the Tellmark Ledger that the bill will '
                    'fail.')
    assert got.get("well-placed harbour official") is None
    # (not after "that": 'the idea that “…,” said X' is X's)
    got = _speakers('The guild long ago accepted the idea that "craft takes patience," said Ilse Marrow, head of '
                    'the guild.')
    assert got["craft takes patience"] == "Ilse Marrow"


def test_said_then_an_abbreviated_rank_and_a_name():
    got = _speakers('"A car can cross two states by noon," said Sgt. Pello Varnik with the Tellmark County '
                    'Police.')
    assert got["A car can cross two states by noon"] == "Pello Varnik"


def test_the_report_said_names_no_body_unless_the_article_says_whose():
    got = _speakers('Sen. Amira Duval said the panel did good work. The study blamed the Ministry of Roads for '
                    'many delays. "Bridges were left unpainted for a decade," the report said.')
    assert got["Bridges were left unpainted for a decade"] is None


def test_a_title_after_a_bodys_name_and_its_holder():
    got = _speakers('Tellmark Guild of Weavers chairman Obed Kanter said the mood was "very gloomy" among shop '
                    'owners.')
    assert got["very gloomy"] == "Obed Kanter"


def test_a_name_set_off_after_an_object_of_for_is_the_subject():
    got = _speakers('Ilse Varn was hurt in the fall. The adviser working for Mrs Varn, Odo Brem of Brem Legal '
                    'in Tellmark, said: "My client wants answers, not excuses."')
    assert got["My client wants answers, not excuses"] == "Odo Brem"


def test_from_the_noun_name_is_an_object_and_the_owner_of_the_memoir_writes():
    got = _speakers("Obed Varga's memoir ranges from the painter Lina Quill to sea birds. He wrote about his "
                    'cell: "Every office guards its own door," he wrote.')
    assert got["Every office guards its own door"] == "Obed Varga"


def test_a_subject_after_a_name_and_a_comma_is_no_appositive_title():
    got = _speakers('President Dario Felk phoned Anna Lindqvist in May. After Felk met Lindqvist, the new '
                    'president travelled north to open a bridge. Lindqvist would not comment. "The bridge is a '
                    'triumph," the president told a radio host.')
    assert got["The bridge is a triumph"] == "Dario Felk"


def test_a_clips_label_line_and_neither_are_no_speakers():
    text = "She spoke.\n\nCanal Nueve Video: El Faro Vuelve a Brillar\n\nMore later."
    for name in ("Canal Nueve Video", "Vuelve a Brillar"):
        i = text.find(name)
        assert not_a_speaker_mention(text, i, i + len(name))
    text = "Neither Halvorsen nor her union would comment."
    assert not_a_speaker_mention(text, 0, len("Neither Halvorsen"))
    text = "Rosa Imbert said: yes."
    assert not not_a_speaker_mention(text, 0, len("Rosa Imbert"))


def test_a_teller_inside_a_that_clause_is_not_the_pronouns_antecedent():
    got = _speakers('UPDATE: Kasimir Oduya, an aide to Stellan Brook, disputed that Brook told Mara Ilves he '
                    'would quit the talks. He said in a statement: "The talks go on and we are hopeful."')
    assert got["The talks go on and we are hopeful"] == "Kasimir Oduya"


def test_a_place_based_body_is_the_body():
    got = _speakers('Pexo makes soap in Norland. Vellin, Norland-based Pexo said it was "glad the long case is '
                    'over" on Monday.')
    assert got["glad the long case is over"] == "Pexo"


def test_a_papers_title_with_a_subtitle_is_no_ones_words():
    got = _speakers('Dana Rusk and Omar Vell wrote in the paper, "Quiet Rivers: How Dams Shape Fish Counts and '
                    'Water Temperature in Upland and Lowland Streams." They counted trout for two summers.')
    assert got.get("Quiet Rivers: How Dams Shape Fish Counts and Water Temperature in Upland and Lowland "
                   "Streams") is None


def test_a_full_name_of_the_body_said_is_the_person():
    got = _speakers('"The north lane reopens at six," Kari Dunn of the Tellmark Road Authority '
                    'said.')
    assert got["The north lane reopens at six"] == "Kari Dunn"


def test_a_surname_and_a_verb_after_an_exclamation_mark():
    got = _speakers('Tom Vasko rehearsed his lines. "Three shows and no sleep!" Vasko said on stage as he read the '
                    'list.')
    assert got["Three shows and no sleep!"] == "Tom Vasko"


def test_a_co_chair_with_a_long_appositive():
    got = _speakers('"The audit rules have not kept pace with the spending," '
                    'Liberal co-chair Ravi Olund, formerly a long-serving mayor of Tellmark, said while opening a '
                    'hearing of the panel on Monday.')
    assert got["The audit rules have not kept pace with the spending"] == "Ravi Olund"


def test_remembered_is_a_verb_of_saying():
    got = _speakers('"The lane was shut by nine," said Pim Ardell, who drives it daily. "We waited two hours for '
                    'a tow," remembered Sanne Veldkamp.')
    assert got["We waited two hours for a tow"] == "Sanne Veldkamp"


def test_a_pronoun_after_an_unnamed_official_telling_is_nobody_named():
    got = _speakers('The dam was opened on the birthday of the late founder Velk Arramon.\n\nA U.S. water '
                    'official said the gauges had "barely moved at all" since May. "We expect no floods this '
                    'year," he said.')
    assert got["We expect no floods this year"] is None
    # (a name between the teller and the quote is still the pronoun's)
    got = _speakers('A water official said the gauges were fine. Engineer Oskar Brandt spoke next. "We expect no '
                    'floods this year," he said.')
    assert got["We expect no floods this year"] == "Oskar Brandt"
