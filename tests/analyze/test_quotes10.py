"""Session 9 quote rules, each on our own sentences: an apposed holder's name after a Romance title
inside one pair of quote marks, a descriptor group before the colon speaker's name, an audience
whose name holds an ampersand, and "Segundo X," opening a Portuguese sentence."""

from __future__ import annotations

from test_quotes7 import _ledger, _speakers

from newsweave.analyze.quotes import find_quotes, split_incises


def test_a_title_and_the_holders_name_inside_one_pair_of_quote_marks_are_the_attribution():
    text = ("« Le vieux pont ne tiendra pas un hiver de plus, a déclaré la directrice générale, Odette Marchand. "
            "Nous fermons la route lundi. »")
    spans, seconds = split_incises(text, find_quotes(text))
    # the name is no part of the second half of the quote
    assert [text[s:e] for s, e in spans] == ["Le vieux pont ne tiendra pas un hiver de plus",
                                             "Nous fermons la route lundi."]
    got = _speakers("Le conseil a voté. " + text, "fr")
    assert got["Le vieux pont ne tiendra pas un hiver de plus"] == "Odette Marchand"
    assert got["Nous fermons la route lundi"] == "Odette Marchand"


def test_a_descriptor_group_before_a_comma_is_not_the_colon_speaker():
    got = _speakers("Le conseil a voté la hausse. Chef de file du groupe Ville Ouverte, Amandine Roseau n'a pas "
                    "caché sa colère : « Vous fermez la piscine aux familles. »", "fr")
    assert got["Vous fermez la piscine aux familles"] == "Amandine Roseau"
    got = _speakers("The council voted on Monday. Leader of group Open Town, Amandine Roseau did not hide her "
                    "anger: “You are closing the pool to families.”")
    assert got["You are closing the pool to families"] == "Amandine Roseau"
    # a person opening the sentence still speaks ("Name, who …, verb …:")
    got = _speakers("The council voted on Monday. Amandine Roseau, who leads Open Town, did not hide her anger: "
                    "“You are closing the pool to families.”")
    assert got["You are closing the pool to families"] == "Amandine Roseau"


def test_an_audience_whose_name_holds_an_ampersand_is_not_the_speaker():
    got = _speakers("Rhodri Penhale, secretary of the Tarrow Growers Association, told Farmer & Grower: “We cannot "
                    "plant what we cannot insure.”")
    assert got["We cannot plant what we cannot insure"] == "Rhodri Penhale"


def test_segundo_opening_a_portuguese_sentence_is_according_to():
    got = _speakers("A queixa foi apresentada pela vereadora Inês Carvalhal. Segundo Carvalhal, a obra custou o "
                    "dobro do previsto. “Ninguém viu as contas”, disse ela aos jornalistas.", "pt")
    assert got["Ninguém viu as contas"] == "Inês Carvalhal"


def test_a_conjunction_and_a_descriptor_open_the_colon_speakers_sentence():
    got = _speakers("The pool reopens on Friday. And a listener, Corin Maddox, who swims there daily, wrote in "
                    "to say: “Thank you to everyone who fixed the boiler.”")
    assert got["Thank you to everyone who fixed the boiler"] == "Corin Maddox"


def test_a_lone_known_first_name_opening_a_sentence_before_a_pronoun_takes_the_next_pronoun():
    en = ("Josette Ravel, 74, came with her grandson, Bastien Ravel. Bastien said he voted for the merger. "
          "Mayor Armand Coudray spoke of a sad day.")
    fr = ("Josette Ravel, 74 ans, est venue avec son petit-fils Bastien. Le maire Armand Coudray a parlé d'un "
          "triste jour.\n\nBastien, lui, ne croit pas au projet. « Ma grand-mère ne changera jamais de banque », dit-il.")
    led = _ledger(("a", en, "en"), ("b", fr, "fr"))
    got = {q["text"].strip(" ,.«»"): q["speaker"] for q in led["quotes"] if q["article_id"] == "b"}
    assert got["Ma grand-mère ne changera jamais de banque"] == "Bastien Ravel"


def test_a_pronoun_right_before_the_verb_speaks_not_the_place_the_phrase_ends_on():
    got = _speakers("The fund's trustee is Owen Carrick. At a crowded meeting at the Quarrymen's Hall on Friday "
                    "evening he told members: “We will not cut a single pension this year.”")
    assert got["We will not cut a single pension this year"] == "Owen Carrick"


def test_a_kinship_noun_before_a_first_name_in_german_is_no_part_of_the_name():
    text = ("Hedwig Lanz, 69, hat seit 20 Jahren eine Jahreskarte. Sie stand schon am Morgen am Tor, zusammen mit "
            "ihrem Mann Konrad. „Ich komme, bis ich die Jungen sehe“, sagt sie.")
    got = _speakers(text, "de")
    assert got["Ich komme, bis ich die Jungen sehe"] == "Hedwig Lanz"


def test_a_name_closing_an_open_relative_clause_is_not_the_speaker():
    got = _speakers("The contract was cancelled on Tuesday. Brightmeal Catering, which cooks the lunches for all "
                    "forty schools in its depot on the edge of the estate known as Harrow Fields, replied in a "
                    "statement: “Every meal we were paid for was served.”")
    assert got["Every meal we were paid for was served"] == "Brightmeal Catering"
    # a pronoun inside the relative clause still speaks
    got = _speakers("Culture minister Anouk Verhaegen said the mask would go home. She thanked the curators, who "
                    "she said had kept it “with more care than the men who took it.”")
    assert got["with more care than the men who took it"] == "Anouk Verhaegen"


def test_names_in_a_participle_clause_before_a_pronoun_subject_are_not_its_referent():
    text = ("His sister, Oriana Bellucci, sat in the public gallery every day. Asked about the verdict after "
            "Tancredi Moss had left the court, she was brief. “He was careless, not a thief,” she said.")
    got = _speakers(text)
    assert got["He was careless, not a thief"] == "Oriana Bellucci"
    # a subordinate clause with a subject of its own keeps the usual reading
    got = _speakers("Tancredi Moss, the lawyer, left early. When Oriana Bellucci reached the steps, she said: "
                    "“We will appeal.”")
    assert got["We will appeal"] == "Oriana Bellucci"


def test_a_description_naming_nobody_the_story_knows_is_no_speaker_and_ends_the_carry_over():
    got = _speakers("Coastguard officer Ruairi Dunne said the boat was found at dawn. “It drifted for two days,” Dunne "
                    "said. “They had no water left,” said the lifeboat's captain.")
    assert got["It drifted for two days"] == "Ruairi Dunne"
    assert got["They had no water left"] is None
    # a pronoun whose referent is such a description: no speaker either
    got = _speakers("Coastguard officer Ruairi Dunne said the boat was found at dawn. The lifeboat's captain told "
                    "reporters the engine had failed. “They had no water left,” she said.")
    assert got["They had no water left"] is None


def test_a_bare_quote_after_nothing_but_the_previous_quotes_attribution_continues_it():
    # a machine-translated French inversion, with a descriptor and the name after a comma
    got = _speakers("The vote was adopted by 412 voices against 198. \"Nobody wanted to be the one who shuts the "
                    "door,\" launched the general director, Odette Marchand. \"But a door nobody opens is a wall.\"")
    assert got["Nobody wanted to be the one who shuts the door"] == "Odette Marchand"
    assert got["But a door nobody opens is a wall"] == "Odette Marchand"
    got = _speakers("“The alderwoman has made her choice,” has launched the leader of the opposition, Karel Maes, "
                    "at the council meeting. “We will fight it.”")
    assert got["We will fight it"] == "Karel Maes"
    # someone else named in the attribution (whom it was said to) does not break the carry-over
    got = _speakers("Coastguard officer Ruairi Dunne spoke at the harbour. “We found them at dawn,” Dunne told "
                    "the mayor, Siobhan Keane. “Another day and they would have died.”")
    assert got["Another day and they would have died"] == "Ruairi Dunne"
    # an unnamed speaker of the next quote still stops it
    got = _speakers("“We found them at dawn,” coastguard officer Ruairi Dunne said. “I heard the engine stop,” "
                    "said a fisherman on the pier.")
    assert got["I heard the engine stop"] is None


def test_a_romance_title_with_the_holders_name_after_it_speaks_as_that_person():
    got = _speakers("Il tribunale ha condannato l'ex sindaco. «Ha agito come un padrone», ha detto la giudice "
                    "Ornella Vitali leggendo la sentenza.", "it")
    assert got["Ha agito come un padrone"] == "Ornella Vitali"
    # the title alone is the holder the article named, and "escreveu" (wrote) reports
    got = _speakers("A juíza Marta Calado suspendeu o contrato. “Nenhum contrato se assina numa gaveta”, escreveu a "
                    "juíza na decisão.", "pt")
    assert got["Nenhum contrato se assina numa gaveta"] == "Marta Calado"


def test_a_place_after_a_preposition_before_the_colon_is_not_the_speaker():
    got = _speakers("Il suo avvocato, Tullio Maranzana, ha dichiarato ai giornalisti sulla scalinata del Pretorio: "
                    "«Il mio cliente è sollevato.»", "it")
    assert got["Il mio cliente è sollevato"] == "Tullio Maranzana"


def test_had_spoken_of_a_quote_is_the_subjects_words():
    got = _speakers("La procuratrice pubblica Ilaria Montanari aveva parlato di «una cassaforte privata dentro il "
                    "comune».", "it")
    assert got["una cassaforte privata dentro il comune"] == "Ilaria Montanari"
    got = _speakers("Prosecutor Ilaria Montanari had spoken of “a private safe inside the town hall”.")
    assert got["a private safe inside the town hall"] == "Ilaria Montanari"


def test_more_preterites_of_telling_with_a_dropped_subject_and_german_present_tense_verbs():
    got = _speakers("Su hija Adela Robles, estudiante de Derecho, lo acompañó en la audiencia. \"Es un buen "
                    "comienzo\", platicó, \"pero el juicio sigue\".", "es")
    assert got["Es un buen comienzo"] == "Adela Robles"
    got = _speakers("A vizinha Rosa Tavares viu tudo da janela. “Parecia um terramoto”, desabafou.", "pt")
    assert got["Parecia um terramoto"] == "Rosa Tavares"
    got = _speakers("Im Wahllokal steht Konrad Baumli. «Ein Museum ist schön», meint er. «Aber die Miete steigt.»",
                    "de")
    assert got["Ein Museum ist schön"] == "Konrad Baumli"
    got = _speakers("Ramona Ciocca, titolare di un banco di frutta da vent'anni, non ci sta. «Nessuno vuole "
                    "chiudere», afferma.", "it")
    assert got["Nessuno vuole chiudere"] == "Ramona Ciocca"


def test_calls_in_the_present_tense_quotes_the_subject():
    got = _speakers("Housing Minister Anselm Drury, who was once her student, calls her “the conscience of this "
                    "island”.")
    assert got["the conscience of this island"] == "Anselm Drury"


def test_live_blog_entries_introduce_their_speakers_after_the_time_stamp():
    text = ("Welcome to our live coverage of the council meeting.\n\n2.19pm\nCouncillor Wenna Tregothnan opens the "
            "debate. Her key line: “This is not about one man.”\n\n2.40pm\nOrrin Pascoe (no relation) is up now "
            "and he is not holding back: “This is a show trial.”\n\n4.10pm\nReader Jago Penrose messages: “Does "
            "he keep his allowance?”")
    got = _speakers(text)
    assert got["This is not about one man"] == "Wenna Tregothnan"
    assert got["This is a show trial"] == "Orrin Pascoe"
    assert got["Does he keep his allowance?"] == "Jago Penrose"


def test_lower_case_descriptors_then_a_full_name_after_a_quote_speak_as_that_name():
    got = _speakers("The council approved the fee on Monday. “Free entry was a luxury we paid for with roads,” "
                    "culture alderman Brecht Vanlaere told the agency.")
    assert got["Free entry was a luxury we paid for with roads"] == "Brecht Vanlaere"


def test_a_name_then_an_appositive_then_the_verb_after_a_quote():
    got = _speakers("The fare rises to 1.60 euros in March.\n\n“Something had to give” Leocadia Ferrán, the bus "
                    "company's managing director, told the agency.")
    assert got["Something had to give"] == "Leocadia Ferrán"


def test_speaks_of_a_quote_is_the_subjects_words():
    got = _speakers("The users' group Ride Fair speaks of a “daylight robbery” and plans a petition.")
    assert got["daylight robbery"] == "Ride Fair"
    got = _speakers("L'associazione ambientalista Mare Limpido parla di «un disastro annunciato».", "it")
    assert got["un disastro annunciato"] == "Mare Limpido"
