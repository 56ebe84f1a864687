"""Session 22 rules, found on the even sets of the session's rounds (read after their blind
measurement). Every sentence here is ours."""

from __future__ import annotations


def _conflicts(*texts: tuple[str, str]) -> list[tuple[str, str, str]]:
    from test_session20 import _conflicts as conflicts
    return conflicts(*texts)


def _speakers(text: str, lang: str = "en") -> dict[str, str | None]:
    from test_session13 import _speakers as speakers
    return speakers(text, lang)


def _entities(*texts: tuple[str, str, str]) -> list[dict]:
    from test_session13 import _ledger
    return _ledger(*texts)["entities"]


# quotes and entities

def test_a_lord_mayor_may_be_a_woman():
    got = _speakers("Market manager Ilse Brandauer defended the prices. “We run a market,” she said.\n\n"
                    "Lord Mayor Katrin Wendholt appealed for calm. The fair, she said, was “still the finest in "
                    "the region, at any price”.")
    assert got["still the finest in the region, at any price"] == "Katrin Wendholt"


def test_a_lord_is_still_a_man():
    # (guard) "Lord" alone keeps its gender
    from newsweave.analyze.ledger import _GENDERED_TITLE
    m = _GENDERED_TITLE.search("Lord Ashdown said")
    assert m and m.group(3)
    m = _GENDERED_TITLE.search("Lord Mayor Katrin Wendholt said")
    assert m is None or not m.group(3)


def test_a_places_traders_association_is_one_body():
    got = _speakers("The Feldmarkt traders' association, which met at the Löwenhof on Tuesday evening, said in a "
                    "statement: “Our costs have risen sharply.”\n\nThe Ostend residents' association said: “We were "
                    "never asked.”")
    assert got["Our costs have risen sharply"] == "Feldmarkt traders' association"
    assert got["We were never asked"] == "Ostend residents' association"


def test_a_word_before_a_titles_head_is_no_name():
    from newsweave.analyze.entities import _clean_mention
    text = "The fire spread fast. Wagon building master Heinz-Georg Brückmann (71) builds the floats."
    s = text.index("Wagon")
    assert _clean_mention(text, s, s + len("Wagon")) == []


def test_a_sentence_opening_name_before_a_verb_and_a_title_stays():
    # (guard) "Okafor met president Ruth Amadi": a name, a verb, then the title
    from newsweave.analyze.entities import _clean_mention
    text = "The talks ended. Okafor met president Ruth Amadi on Friday."
    s = text.index("Okafor")
    assert _clean_mention(text, s, s + len("Okafor")) == [(s, s + len("Okafor"))]


def test_a_compound_first_name_whose_second_part_is_translated():
    from newsweave.analyze.entities import first_near
    assert first_near("Heinz-Jürgen", "Heinz-George")
    assert not first_near("Heinz-Jürgen", "Karl-George")


def test_an_abbreviated_kind_of_body_opening_one_name_is_that_body():
    ents = _entities(("a", "The carnival society KG Frohe Schiffer lost three of its floats in a fire at its workshop "
                           "in Oberau on Monday night, the society said.", "en"),
                     ("b", "Drei Wagen der KG Frohe Schiffer sind verbrannt. Auf Facebook schrieb die KG am Dienstag: "
                           "„Wir stehen wieder auf.“", "de"))
    kg = [e for e in ents if "KG" in e["variants"]]
    assert kg and "KG Frohe Schiffer" in kg[0]["variants"]


def test_les_before_a_surname_with_an_age_is_a_first_name():
    got = _speakers("Two more turned up in the garden of Les and Dora Pennick in Mill Lane.\n\n“I opened the "
                    "curtains and there they were,” grandad-of-three Les Pennick, 74, told the Echo. “I thought I "
                    "was dreaming.”")
    assert got["I thought I was dreaming"] == "Les Pennick"


def test_a_relative_clause_may_set_off_the_name_it_ends_on():
    got = _speakers("Lucía Ferrán, 34, who had driven in from Almenar with her sister, Pilar Ferrán, told the "
                    "Gazette: “For ten minutes I could not move my arms.”")
    assert got["For ten minutes I could not move my arms"] == "Lucía Ferrán"


def test_a_relative_clause_with_a_friend_still_goes_to_its_head():
    # (guard)
    got = _speakers("Ana Ruiz, who came with her friend Marta Gil, said: “We left early.”")
    assert got["We left early"] == "Ana Ruiz"


def test_the_translated_particle_of_a_surname():
    from newsweave.analyze.entities import translit_key
    assert translit_key("Gwenaelle The Drezen") == translit_key("Gwenaëlle Le Drézen")
    assert translit_key("The Drezen") != translit_key("Le Drézen")  # (a name opening with "The" is not changed)


# contradictions

def test_two_lines_on_five_is_a_part_of_the_five():
    got = _conflicts(("Floodwater swept into the tram depot overnight, forcing the company to suspend two of its "
                      "five lines. The company runs 94 trams on five lines.", "en"),
                     ("One night was enough. The river rushed into the tram depot: 14 trams damaged and two lines "
                      "on five at the stop.", "en"))
    assert not [c for c in got if c[0] == "number" and "five" in c[1] + c[2] and "two" in c[1] + c[2]]


def test_on_a_number_followed_by_its_noun_is_no_whole():
    # (guard) "three people on two boats" gives no whole
    from newsweave.analyze.contradictions import _ON_WHOLE_AFTER
    text = "three people on two boats were rescued"
    assert not _ON_WHOLE_AFTER.match(text, len("three people"))
    text = "two lines on five at the stop"
    assert _ON_WHOLE_AFTER.match(text, len("two lines"))


def test_a_denied_removal_and_an_affirmed_keeping_agree():
    from newsweave.analyze.contradictions import _kept_both_ways
    assert _kept_both_ways("The cash machine outside the shop will not be removed",
                           "The free cash machine at the premises will remain in operation.")
    # (guard) a denied keeping is no agreement
    assert not _kept_both_ways("The cash machine will not be removed",
                               "The cash machine will not remain in operation.")
    assert not _kept_both_ways("The cash machine will not be repaired", "The cash machine will remain in operation.")


# round 58

def test_the_same_words_read_against_two_anchors_are_no_date_conflict():
    got = _conflicts(("Ana Reis, 81, arrived at 7pm on Sunday and was given a bed at 2pm the next day, 19 hours "
                      "later, the hospital said.", "en"),
                     ("Ana Reis, 81, arrived on Sunday at 19h00 and only had a bed at 14h00 of the following day: "
                      "19 hours later, the hospital said.", "en"))
    assert not [c for c in got if c[0] == "date" and "19 hours later" in c[1] and "19 hours later" in c[2]]


def test_a_name_given_an_age_in_years_inside_a_sentence_is_a_person():
    got = _speakers("Odile Ferrand, the mayor, said the show was cancelled.\n\nDisappointment for Noemie Chappuis, "
                    "29 years, come from Saint-Luce with her husband Julien. \"The little ones spoke about it since "
                    "one month\", sighs she.")
    assert got["The little ones spoke about it since one month"] == "Noemie Chappuis"


def test_a_name_inside_an_italian_relative_clause_is_not_the_subject():
    got = _speakers("L'assessora Marta Ghedini, che lunedì ha visitato il locale insieme al sindaco Andrea Tosarelli, "
                    "conferma che il portico non era nell'elenco. «Il portico è del proprietario, ma la strada è "
                    "della città» dice.", "it")
    assert got["Il portico è del proprietario, ma la strada è della città"] == "Marta Ghedini"


def test_his_father_after_his_son_introduced_without_a_comma():
    got = _speakers("Ramón Ortega has baked bread at the foot of the bridge for 40 years. His son Iker, who drives the "
                    "van, is relieved. \"The flour truck is another story,\" Iker said. His father shrugged. \"This "
                    "bridge has seen floods and a war,\" he said.")
    assert got["This bridge has seen floods and a war"] == "Ramón Ortega"


def test_a_haulier_before_a_name_is_no_part_of_it():
    got = _speakers("Haulier Dave Pennick, 58, who has made the crossing for 20 years, was less calm: \"I have "
                    "eleven tonnes of cheese in the back.\"")
    assert got["I have eleven tonnes of cheese in the back"] == "Dave Pennick"


def test_a_place_of_origin_between_the_owner_and_who():
    got = _speakers("Among those waiting was Moira Trent, from Harbury Lane, who had driven down with her husband "
                    "Keith. Keith said they had been told nothing. His wife was more philosophical. \"We have got a "
                    "flask and a dog,\" she said.")
    assert got["We have got a flask and a dog"] == "Moira Trent"


def test_a_bodys_two_word_name_then_its_officers_title_then_the_name():
    got = _speakers("Students' Union president Jas Mandeer was unimpressed: \"Twenty pounds a day is a start.\"")
    assert got["Twenty pounds a day is a start"] == "Jas Mandeer"


def test_a_name_said_of_someone_else_before_the_colon_stays_the_subject():
    # (guard)
    got = _speakers("Maria Lozano said Ana Ruibal was right: \"It works.\"")
    assert got["It works"] == "Maria Lozano"


def test_an_unnamed_teller_after_the_paper_she_told():
    got = _speakers("Conceição Freire, que tem um quiosque no cais, viu tudo. «Ouvi gritos e quando me virei o barco "
                    "já estava virado», conta.\n\n«Foi tudo muito rápido», disse ao Correio da Ria uma turista "
                    "espanhola que seguia noutro barco.", "pt")
    assert got["Foi tudo muito rápido"] is None


def test_a_bodys_name_run_on_over_its_town():
    from newsweave.analyze.entities import _IN_PLACE_TAIL
    text = "Sarvena Museum of Egyptian Antiquities in Canavera"
    m = _IN_PLACE_TAIL.search(text)
    assert m and text[:m.start()] == "Sarvena Museum of Egyptian Antiquities"


def test_what_a_departure_board_flashes_is_no_quote():
    got = _speakers("\"We would rather run a timetable we can keep,\" said Henning Ohlsen, the director. Last month "
                    "one trip in eight was cancelled, he said, and the departure boards flashed \"Fahrt fällt aus\" so "
                    "often that riders stopped trusting them.")
    assert "Fahrt fällt aus" not in got


def test_his_mother_puts_the_blame():
    got = _speakers("Heike Meyerholz is a nurse. Her son Jan, 19, rides Line 4 every morning. \"Mom says the drivers "
                    "are exhausted,\" Jan Meyerholz said.\n\nHis mother puts the blame on pay. \"Nobody wants to "
                    "start at 4 in the morning for that,\" she said.")
    assert got["Nobody wants to start at 4 in the morning for that"] == "Heike Meyerholz"


# round 59

def test_a_translated_square_is_the_same_place():
    from newsweave.analyze.contradictions import _same_place_translated
    assert _same_place_translated("Piazza Grande", "Big Square")
    assert _same_place_translated("Puente Viejo", "the Old Bridge")
    assert _same_place_translated("Piazza Garibaldi", "Garibaldi Square")


def test_two_squares_of_their_own_names_stay_apart():
    # (guard)
    from newsweave.analyze.contradictions import _same_place_translated
    assert not _same_place_translated("Piazza Grande", "Old Square")
    assert not _same_place_translated("Hollins Field", "Brackenford Airport")


def test_a_span_of_time_told_as_an_offset_is_not_a_stay():
    got = _conflicts(("The thieves set off the alarm at 3.40am, but were gone by the time a patrol arrived eight "
                      "minutes later, police said.", "en"),
                     ("The burglars came in through a skylight and spent eleven minutes inside, police said, and "
                      "the alarm did not go off.", "en"))
    assert not [c for c in got if c[0] == "number" and "minutes" in c[1]]


def test_two_offsets_still_disagree():
    # (guard)
    from newsweave.analyze.contradictions import _OFFSET_AFTER
    a, b = "a patrol arrived eight minutes later", "a patrol arrived eleven minutes later"
    assert bool(_OFFSET_AFTER.match(a, a.index(" later"))) == bool(_OFFSET_AFTER.match(b, b.index(" later")))


def test_a_relative_clause_setting_off_a_brothers_name_before_he_said():
    got = _speakers("Sandro Rosetti, who runs the business with his brother, Mauro, said the family had come to the "
                    "festival for 22 years. \"Our hearts are with the injured,\" he said.")
    assert got["Our hearts are with the injured"] == "Sandro Rosetti"


def test_the_helm_named_after_a_comma_before_the_verb():
    got = _speakers("\"The boat just rolled,\" said Lisa Penhale, 41, who captains the crew.\n\n\"I felt the stern go "
                    "and then we were all in,\" the helm, Dean Ashcroft, told paramedics.")
    assert got["I felt the stern go and then we were all in"] == "Dean Ashcroft"


def test_a_title_then_a_name_with_a_particle_and_two_more_names():
    from newsweave.analyze.entities import rule_mentions
    text = "\"A float is a sail on wheels,\" Mayor María del Pilar Ezquerra said. Mayor Rui Moreira do Porto said no."
    names = [m["text"] for m in rule_mentions(text) if m["type"] == "PERSON"]
    assert "María del Pilar Ezquerra" in names
    assert "Rui Moreira" in names  # (guard) "do Porto" is where he is mayor of


def test_a_place_after_a_preposition_is_no_speaker():
    got = _speakers("\"My grandchildren have talked about nothing else for weeks,\" said a woman waiting outside City "
                    "Hall.")
    assert got["My grandchildren have talked about nothing else for weeks"] is None


# round 60

def test_a_street_read_as_a_person_is_a_place():
    from newsweave.analyze.entities import _PLACE_HEAD_RUN, _PLACE_HEAD_WORD
    assert _PLACE_HEAD_WORD.match("Rua dos Tanoeiros")
    assert _PLACE_HEAD_RUN.match("Rua dos Tanoeiros said").group(0) == "Rua dos Tanoeiros"
    assert not _PLACE_HEAD_WORD.match("Rua")  # (guard) the word alone, with nothing after it


def test_someone_unnamed_in_a_street_is_no_speaker():
    got = _speakers("Tiago was less amused: \"Two hours and fifty minutes.\"\n\nA shopkeeper in the Rua dos "
                    "Tanoeiros said: \"We heard a bang and everybody ran outside to look up.\"")
    assert got["We heard a bang and everybody ran outside to look up"] is None


def test_the_paper_told_in_capitals_with_an_accent():
    got = _speakers("Os bombeiros desceram 23 passageiros para o Largo do Pelourinho.\n\n“Ninguém esteve em perigo "
                    "em momento algum”, garantiu ao DIÁRIO Marta Vasconcelos, presidente executiva da empresa.", "pt")
    assert got["Ninguém esteve em perigo em momento algum"] == "Marta Vasconcelos"


def test_a_prefecture_of_a_place_is_the_body_not_the_place():
    got = _speakers("The prefecture of Orbenne said in a statement: \"Freedom to protest does not include freedom to "
                    "block a public works site.\"")
    assert got["Freedom to protest does not include freedom to block a public works site"] == "prefecture of Orbenne"


def test_a_british_chairman_may_be_a_woman():
    got = _speakers("The device was taken from the kiosk on Church Lane.\n\nParish council chairman Cllr Rowena Pask "
                    "said the theft was \"beyond belief\". \"Whoever took it has taken a chance at life away,\" she "
                    "added.")
    assert got["Whoever took it has taken a chance at life away"] == "Rowena Pask"


def test_german_title_after_the_quote():
    got = _speakers("Oberbürgermeisterin Dagmar Wehrmann verteidigte den Beschluss. „Wir haben kein Geld im Keller“, "
                    "sagte die OB.", "de")
    assert got["Wir haben kein Geld im Keller"] == "Dagmar Wehrmann"


def test_four_people_to_a_level_is_no_count_of_the_hurt():
    got = _conflicts(("The team had crowned a tower of four people to a level, nine levels high, when a man on the "
                      "second level lost his footing at the fair on Saturday.", "en"),
                     ("Five people were hurt when a nine-level human tower collapsed at the fair on Saturday.", "en"))
    assert not [c for c in got if c[0] == "number" and "people" in c[1]]


def test_a_person_named_by_a_first_name_alone_gets_its_gender():
    # (guard: passes at the start code too; the first-name-alone gender cue it keeps did not fix the
    # read set's case, where the story's other articles decide)
    got = _speakers("Among the visitors were Luc and Annick Verbruggen, a retired couple. Luc carried a child up the "
                    "last steps. \"I have sat through Mass in cathedrals that were noisier,\" she said.")
    assert got["I have sat through Mass in cathedrals that were noisier"] == "Annick Verbruggen"


# round 61

def test_a_one_word_name_before_library_is_a_place():
    # (guard: passes at the start code too; the read set's case needs the whole article, where the
    # model reads "Saltmere" as a person)
    got = _speakers("Margaret Tilney, 81, has used Saltmere library every Saturday for sixty years, lately with her "
                    "husband Dennis. Saltmere will lose its Saturday afternoon. \"Dennis listens to the audiobooks and "
                    "I read the papers,\" she said.")
    assert got["Dennis listens to the audiobooks and I read the papers"] == "Margaret Tilney"


def test_a_dean_before_a_full_name_is_a_title():
    got = _speakers("Dean Sabine Wörner broke the news to the congregation on Tuesday evening: \"Advent without bells "
                    "will feel strange.\"")
    assert got["Advent without bells will feel strange"] == "Sabine Wörner"


def test_dean_alone_is_still_a_first_name():
    # (guard)
    got = _speakers("\"We lost,\" Dean Rowley said after the match.")
    assert got["We lost"] == "Dean Rowley"
