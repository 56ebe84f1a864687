"""Language identification on a bounded sample: same answers as on the whole text.

The texts are fictional reports written for this test (no real events or people).
"""

import pytest

from newsweave.lang import SAMPLE_CHARS, _identifier, detect_language, language_sample

TEXTS = {
    "en": "The ferry company on the island of Holmsund said on Tuesday that it would add two evening crossings "
          "from May, after months of complaints from commuters who work in the harbour town. The mayor welcomed "
          "the decision but said the timetable still left the northern villages without a morning connection. ",
    "de": "Die Reederei auf der Insel Holmsund hat am Dienstag angekündigt, ab Mai zwei zusätzliche Abendfahrten "
          "anzubieten. Pendler hatten sich monatelang über fehlende Verbindungen beschwert. Der Bürgermeister "
          "begrüßte die Entscheidung, kritisierte aber, dass die nördlichen Dörfer weiterhin ohne Frühverbindung bleiben. ",
    "fr": "La compagnie de ferries de l'île de Holmsund a annoncé mardi qu'elle ajouterait deux traversées en "
          "soirée à partir de mai, après des mois de plaintes des habitants qui travaillent dans la ville portuaire. "
          "Le maire a salué la décision, tout en regrettant que les villages du nord restent sans liaison le matin. ",
    "es": "La compañía de transbordadores de la isla de Holmsund anunció el martes que añadirá dos travesías "
          "nocturnas a partir de mayo, tras meses de quejas de los vecinos que trabajan en la ciudad portuaria. "
          "El alcalde celebró la decisión, aunque lamentó que los pueblos del norte sigan sin conexión por la mañana. ",
    "it": "La compagnia di traghetti dell'isola di Holmsund ha annunciato martedì che da maggio aggiungerà due "
          "corse serali, dopo mesi di lamentele da parte dei pendolari che lavorano nella città portuale. Il sindaco "
          "ha accolto con favore la decisione, ma ha detto che i villaggi del nord restano senza un collegamento mattutino. ",
    "nl": "De veerdienst op het eiland Holmsund heeft dinsdag aangekondigd dat er vanaf mei twee extra "
          "avondovertochten komen, na maanden van klachten van forenzen die in de havenstad werken. De burgemeester "
          "is blij met het besluit, maar zegt dat de noordelijke dorpen nog steeds geen ochtendverbinding hebben. ",
    "pt": "A companhia de ferries da ilha de Holmsund anunciou na terça-feira que vai acrescentar duas travessias "
          "noturnas a partir de maio, depois de meses de queixas dos moradores que trabalham na cidade portuária. "
          "O presidente da câmara saudou a decisão, mas disse que as aldeias do norte continuam sem ligação de manhã. ",
    "sv": "Färjebolaget på ön Holmsund meddelade på tisdagen att det lägger till två kvällsturer från maj, efter "
          "månader av klagomål från pendlare som arbetar i hamnstaden. Borgmästaren välkomnade beslutet men sade att "
          "byarna i norr fortfarande saknar en förbindelse på morgonen. ",
    "pl": "Przewoźnik promowy na wyspie Holmsund poinformował we wtorek, że od maja uruchomi dwa dodatkowe "
          "wieczorne rejsy, po miesiącach skarg mieszkańców pracujących w mieście portowym. Burmistrz z zadowoleniem "
          "przyjął tę decyzję, ale zaznaczył, że wsie na północy nadal nie mają porannego połączenia. ",
    "ru": "Паромная компания острова Хольмсунд во вторник объявила, что с мая добавит два вечерних рейса после "
          "многомесячных жалоб жителей, которые работают в портовом городе. Мэр приветствовал это решение, но "
          "отметил, что северные деревни по-прежнему остаются без утреннего сообщения. ",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_each_language_is_recognised_from_a_bounded_sample(lang):
    # a long text (more than twice the sample): the sample and the whole text agree
    text = "\n\n".join([TEXTS[lang]] * 8)
    assert len(text) > 2 * SAMPLE_CHARS
    assert detect_language(text) == lang
    assert _identifier().classify(text)[0] == lang
    assert detect_language(TEXTS[lang]) == lang  # one paragraph is enough


def test_sample_cuts_at_a_word_boundary():
    text = "word " * 400
    s = language_sample(text, 1000)
    assert len(s) <= 1000 and s.endswith("word") and text.startswith(s)
    assert language_sample("short text", 1000) == "short text"


def test_too_short_or_unsure_gives_the_default():
    assert detect_language("Ja.", default="xx") == "xx"
    assert detect_language("1234 5678 9012 3456 7890 !!!", default=None, min_prob=0.999) is None


def test_generated_articles_same_language_on_sample_and_whole_text():
    from newsweave.gen import generate

    items = list(generate(150, seed=3))
    long_texts = [(it["language"], "\n\n".join([it["text"]] * 3)) for it in items]
    got = [detect_language(t) for _, t in long_texts]
    whole = [_identifier().classify(t)[0] for _, t in long_texts]
    assert got == whole
    assert sum(g == want for g, (want, _) in zip(got, long_texts)) >= 0.98 * len(items)
