"""Teaser blocks under related-links headings, mastheads around the headline, and chrome in
German, French and Spanish; with the story lines that look like them and must stay."""

import pytest

from newsweave.clean import reasons as R
from newsweave.clean.core import clean_text, rebuild, split_lines
from newsweave.clean.metadata import find_text_metadata
from newsweave.clean.rules import is_teaser_heading, is_teaser_line, line_reason, line_reasons

from . import fixtures as F

MULTILINGUAL = [
    ("Diese Website verwendet Cookies. Wenn Sie weitersurfen, stimmen Sie zu.", R.COOKIES),
    ("Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.", R.COOKIES),
    ("Ce site utilise des cookies pour améliorer votre expérience.", R.COOKIES),
    ("Nous utilisons des cookies pour mesurer l'audience.", R.COOKIES),
    ("Este sitio web utiliza cookies para mejorar la experiencia del usuario.", R.COOKIES),
    ("Utilizamos cookies propias y de terceros.", R.COOKIES),
    ("Alle akzeptieren", R.COOKIES),
    ("Tout accepter", R.COOKIES),
    ("Aceptar todas", R.COOKIES),
    ("Lesen Sie auch: Neue Brücke über die Förde", R.RELATED),
    ("Mehr zum Thema", R.RELATED),
    ("Das könnte Sie auch interessieren", R.RELATED),
    ("Voir aussi : La grève des dockers entre dans sa deuxième semaine", R.RELATED),
    ("Lire aussi", R.RELATED),
    ("À lire aussi : le port de Brennvik rouvre", R.RELATED),
    ("Leer más", R.RELATED),
    ("Noticias relacionadas", R.RELATED),
    ("Te puede interesar: El faro de Ostvik cumple cien años", R.RELATED),
    ("Artikel teilen", R.SHARE),
    ("Auf Facebook teilen", R.SHARE),
    ("Partager sur Twitter", R.SHARE),
    ("Compartir en WhatsApp", R.SHARE),
    ("Folgen Sie uns auf Instagram", R.SHARE),
    ("Suivez-nous sur Facebook", R.SHARE),
    ("Kommentar schreiben", R.COMMENTS),
    ("Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.", R.COMMENTS),
    ("Laisser un commentaire", R.COMMENTS),
    ("Votre adresse e-mail ne sera pas publiée.", R.COMMENTS),
    ("Deja un comentario", R.COMMENTS),
    ("Tu dirección de correo electrónico no será publicada.", R.COMMENTS),
    ("Dieser Artikel wurde maschinell übersetzt und kann Fehler enthalten.", R.MT_DISCLAIMER),
    ("Cet article a été traduit automatiquement.", R.MT_DISCLAIMER),
    ("Este artículo ha sido traducido automáticamente con inteligencia artificial.", R.MT_DISCLAIMER),
    ("Hinweis: Dieser Text ist eine Übersetzung.", R.MT_DISCLAIMER),
    ("1.204 Aufrufe | 12 Kommentare", R.COUNTERS),
    ("2 300 vues", R.COUNTERS),
    ("Foto: Nordpress", R.CAPTION),
    ("Der Hafen von Ostvik, Foto: Lena Berg/Nordpress", R.CAPTION),
    ("Anzeige", R.PROMO),
    ("Publicidad", R.PROMO),
    ("Jetzt den Newsletter abonnieren", R.PROMO),
    ("Accueil / Monde / Europe", R.BREADCRUMB),
    ("© 2024 Ostvik Morgenblatt. Alle Rechte vorbehalten.", R.SITE_NAME),
    ("Tous droits réservés", R.SITE_NAME),
]


@pytest.mark.parametrize("line,reason", MULTILINGUAL)
def test_multilingual_chrome(line, reason):
    assert line_reason(line) == reason


STORY_LINES = [
    # reporting verbs: a story about cookies or translations, not a banner or a disclaimer
    "Wir verwenden keine Cookies ohne Zustimmung, sagte der Sprecher des Verlags.",
    "Nous utilisons des cookies uniquement pour la sécurité, a déclaré la ministre.",
    "Die Aufsichtsbehörde erklärte, die Website verwende Cookies ohne Zustimmung der Nutzer.",
    "Le ministère a indiqué que le site utilisait des cookies sans consentement.",
    "Der Text des Abkommens wurde maschinell übersetzt, kritisierte die Opposition.",
    "Este texto fue traducido automáticamente, dijo el portavoz, y contenía errores.",
    # markers without a separator, followed by a sentence
    "Lire aussi la déclaration du ministre, publiée lundi, sur le site du gouvernement.",
    "Leer más libros es la meta del programa municipal, dijo la alcaldesa.",
    "Teilen Sie Ihre Meinung mit dem Gemeinderat, sagte der Bürgermeister.",
    "Das Foto zeigt den zerstörten Hafen von Ostvik.",
    "Kommentare des Ministers lagen am Montag nicht vor.",
    "Comentarios del ministro no estaban disponibles el lunes.",
    "Akzeptieren wollte die Gewerkschaft das Angebot nicht.",
    "Ce site utilise l'énergie solaire depuis 2019, selon la mairie.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_lines_in_other_languages_stay(line):
    assert line_reason(line) is None, line


def test_teaser_heading_and_line_shapes():
    for h in ("Related Posts", "See also", "Read more", "More from Ostvik Morning Star", "Lesen Sie auch:", "Voir aussi", "Leer más"):
        assert is_teaser_heading(h), h
    for h in ("See also  Storm closes schools", "Related: Flood barriers tested", "Related talks will take place in May."):
        assert not is_teaser_heading(h), h
    assert is_teaser_line("Weather: frost warning for the coast")
    assert is_teaser_line("Why island schools are short of teachers")
    assert is_teaser_line("10 photos from the harbour festival")
    for line in ("The council met on Monday.", "Ostvik", "and the ferry company said", "Residents said:",
                 "A very long line that goes on and on with many words and never really ends as a headline would"):
        assert not is_teaser_line(line), line


def test_teaser_block_takes_the_headlines_after_a_heading():
    texts = ["A storm closed the harbour on Monday, officials said.", "Related Posts",
             "Lighthouse keeper retires after forty years", "Five walks for a windy weekend", "Leave a Reply",
             "Ten photos from the harbour festival"]
    assert line_reasons(texts) == [None, R.RELATED, R.RELATED, R.RELATED, R.COMMENTS, None]


def test_teaser_block_stops_at_a_sentence_and_keeps_what_follows():
    texts = ["Read more", "The council will meet again on Friday.", "Ferry fares rise in April"]
    assert line_reasons(texts) == [R.RELATED, None, None]
    # a heading with text after it is one teaser, not a block heading
    texts = ["See also  Storm closes schools", "Ferry fares rise in April"]
    assert line_reasons(texts) == [R.RELATED, None]
    # a claimed line (metadata) ends a block too
    assert line_reasons(["Related Posts", "By Clara Voss", "Ferry fares rise in April"], claimed={1}) == [R.RELATED, None, None]


def test_teaser_block_is_bounded():
    texts = ["Related Posts"] + [f"Harbour story number {w} of the week" for w in
                                 ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")]
    got = line_reasons(texts)
    assert got[:9] == [R.RELATED] * 9 and got[9:] == [None, None]


def _meta(text):
    lines = split_lines(text)
    return find_text_metadata(lines, extracted=text), lines


def test_caps_masthead_and_slogan_under_the_title():
    m, lines = _meta(F.CAPS_MASTHEAD_UNDER_TITLE)
    assert m.fields["title"] == "Ferry fares to Brennvik islands rise by eight percent"
    assert m.fields["outlet"] == "Brennvik Post"
    assert m.fields["credit"] == "Nordpress"  # found although a dozen chrome lines follow it
    claimed = {lines[i].text: r for i, r in m.claimed.items()}
    assert claimed["BRENNVIK POST"] == R.SITE_NAME and claimed["Your harbour, your headlines"] == R.SITE_NAME
    assert claimed["Source: Nordpress"] == R.METADATA


def test_masthead_above_the_navigation():
    m, lines = _meta(F.MASTHEAD_NAV_THEN_TITLE)
    assert m.fields["title"] == "Landslide closes coast road near Ostvik"
    assert m.fields["outlet"] == "Ostvik Morning Star"
    claimed = {lines[i].text: r for i, r in m.claimed.items()}
    assert claimed == {"Ostvik Morning Star": R.SITE_NAME, "Serving the fjord since 1887": R.SITE_NAME,
                       "Landslide closes coast road near Ostvik": R.TITLE, "March 9, 2024": R.METADATA}


@pytest.mark.parametrize("text,title,kept", [
    # a sentence-case deck under the headline is part of the story, not a slogan
    ("Ferry fares rise in April\n\nIslanders fear higher costs for freight\n\nFerry fares will rise by eight percent "
     "from April, the ferry company said on Friday after months of talks.\n",
     "Ferry fares rise in April", "Islanders fear higher costs for freight"),
    # an all-capitals line with a sentence after it: the sentence is not a slogan
    ("Ferry fares rise in April\n\nNORDLYS LINE\n\nThe company says fuel costs rose.\n\nFerry fares will rise by eight "
     "percent from April, the ferry company said on Friday after months of talks.\n",
     "Ferry fares rise in April", "The company says fuel costs rose."),
    # a site name and a breadcrumb with nothing after it: the old rule (the label is the title) stands
    ("Ostvik Morning Star\n\nHome / News\n\nA landslide closed the coast road north of Ostvik on Saturday morning, "
     "the road authority said in a statement.\n", "Ostvik Morning Star", None),
    # the first head line is a headline, not a site name: no masthead above the navigation
    ("Landslide closes coast road near Ostvik\n\nHome / News / Region\n\nRoad authority reviews slope rules\n\n"
     "A landslide closed the coast road north of Ostvik on Saturday morning, the road authority said.\n",
     "Landslide closes coast road near Ostvik", "Road authority reviews slope rules"),
])
def test_masthead_rules_keep_story_lines(text, title, kept):
    m, lines = _meta(text)
    assert m.fields["title"] == title
    if kept:
        i = next(i for i, ln in enumerate(lines) if ln.text == kept)
        assert i not in m.claimed


def _clean(text):
    lines = split_lines(text)
    m = find_text_metadata(lines, extracted=text)
    res = clean_text(text, pre_marked=m.claimed, pre_cuts=m.cuts, base_reasons=m.line_reasons)
    assert res.text == rebuild(text, res.removed)
    return m, res


@pytest.mark.parametrize("name", ["CAPS_MASTHEAD_UNDER_TITLE", "MASTHEAD_NAV_THEN_TITLE", "GERMAN_CHROME"])
def test_fixtures_end_to_end_keep_every_story_sentence(name):
    text = getattr(F, name)
    m, res = _clean(text)
    removed = {r.text for r in res.removed}
    body = [ln.text for ln in split_lines(text) if ln.text not in removed]
    # what stays is exactly the story: every kept line ends as a sentence
    assert body and all(b.rstrip('"“”').endswith((".", "!", "?")) for b in body), body
    assert all(b in res.text for b in body)


def test_fixture_removals_with_reasons():
    _, res = _clean(F.CAPS_MASTHEAD_UNDER_TITLE)
    got = {r.text: r.reason for r in res.removed}
    for teaser in ("Lighthouse keeper retires after forty years", "Five walks for a windy weekend",
                   "Why island schools are short of teachers", "More stories"):
        assert got[teaser] == R.RELATED
    _, res = _clean(F.MASTHEAD_NAV_THEN_TITLE)
    assert {r.text: r.reason for r in res.removed}["Council to review slope safety rules"] == R.RELATED
    _, res = _clean(F.GERMAN_CHROME)
    assert sorted(r.reason for r in res.removed) == sorted([
        R.TITLE, R.BREADCRUMB, R.MT_DISCLAIMER, R.SHARE, R.RELATED, R.RELATED, R.COMMENTS, R.COMMENTS, R.COOKIES])
