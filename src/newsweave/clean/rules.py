"""Chrome rules: each line of an article is matched against anchored patterns with a reason code.

Precision first: a lost fact is worse than a leftover banner. Every rule matches a *whole,
short line* whose shape sentences of a story do not have: a marker followed by a separator or
nothing ("Related Posts", "Related: ..."), a line of counters, a credit after "Photo:", a banner
that speaks to the reader ("This website uses cookies ..."). tests/clean/test_rules.py holds
the negative cases: story sentences that look like chrome and must stay.
"""

from __future__ import annotations

import re
from typing import Container

from . import reasons as R

_SEP = r"\s*(?::|\||»|›|>|–|—|-)\s*"
_I = re.I

# "See also ...", "Read more: ...", "Related Posts", "Related: ..." (but not "Related talks will ...")
_RELATED_TEASER = re.compile(r"^(see also|read also|also read|read more)\b(?P<sep>" + _SEP + r")?(?P<rest>.*)$", _I)
# headings that need a separator or nothing after them; German nouns are capitalised, so "Lesen Sie
# auch" + a capital is no sign of a teaser there: the other languages are only here
_RELATED_SEP = re.compile(
    r"^(related( posts?| articles?| stories| story| coverage| content| links| reading| news| topics)?"
    r"|recommended( for you| stories| reading| articles)?|trending( now| stories)?|popular( now| stories)?"
    r"|more on this( story| topic)?|you (may|might) also like|more stories|more news|most read|most popular"
    r"|top stories|editor'?s picks|further reading|more from [\w' -]{1,30}"
    # de
    r"|lesen sie (auch|mehr)|mehr zum thema|mehr dazu|auch interessant|das könnte sie (auch )?interessieren"
    r"|(weitere|verwandte|ähnliche) (artikel|beiträge|nachrichten|themen)|siehe auch|meistgelesen|am meisten gelesen"
    # fr
    r"|voir aussi|(à |a )?lire (aussi|également|egalement)|(à |a )?voir (aussi|également)|sur le même sujet|sur le meme sujet"
    r"|articles? (liés|similaires|associés)|les plus lus|lire la suite|dans la même rubrique"
    # es
    r"|leer más|leer mas|lee también|lea también|lee tambien|ver también|ver tambien|(te|le) puede interesar"
    r"|(noticias|artículos|articulos|contenidos?) relacionad[oa]s|más noticias|lo más leído|lo mas leido"
    r")(?P<sep>" + _SEP + r"|\s*$)(?P<rest>.*)$", _I)

_COUNTER_UNIT = (r"(views?|reads?|comments?(\(s\))?|shares?|likes?|reactions?|aufrufe|kommentare?|vues|commentaires?"
                 r"|partages|visites|lectures|visitas|comentarios?|lecturas|compartidos)")
_COUNTERS = re.compile(r"^(\d[\d.,\s]*\s*" + _COUNTER_UNIT + r"\s*[|·•,]?\s*)+$", _I)
_COUNTERS_ICON = re.compile(r"^[👁💬❤️\s]*\d[\d.,]*\s*[|·•]\s*\d[\d.,]*\s*$")

# "Lavrov, Photo: Reuters" / "Photo: AFP" / "(Photo by Jane Roe/Getty Images)" / "Foto: dpa"
_CAPTION = re.compile(r"^(?P<subject>[^.!?:]{0,80}?)[,.]?\s*\(?\b(photo|foto|image|imagen|picture|pic|photograph|fotografía"
                      r"|credit|crédit|crédito|bild)s?(\s+credit)?\s*(:|by)\s*(?P<credit>[^.!?:]{1,60}?)\)?\s*$", _I)

_MT = [
    re.compile(r"^(disclaimer|note|notice|hinweis|avertissement|remarque|aviso|nota)\s*:?.*\b(translat|übersetz|tradu)\w*", _I),
    re.compile(r"^(this|the) (article|text|content|story|page|news|post|report)\b.{0,60}\b(machine|automatic(ally)?|ai|google|deepl)\b.{0,30}translat\w*", _I),
    re.compile(r"^(machine|automatically|ai)[- ]translated\b", _I),
    re.compile(r"^translated (automatically|by (an? )?(ai|machine|google|deepl|automatic))", _I),
    re.compile(r"^(the )?translations? (are|is|was|were) (mostly |partly )?(done|made|produced|generated) (through|by|with|using) (an? )?(ai|machine|automatic|google|deepl)", _I),
    # de / fr / es
    re.compile(r"^(dieser|der|die(se)?) (artikel|text|beitrag|meldung|nachricht)\b.{0,80}\b(maschinell|automatisch|automatisiert|ki|deepl|google)\b.{0,40}übersetzt", _I),
    re.compile(r"^((maschinell|automatisch) übersetzt|übersetzt (mit|von|durch) (deepl|google|ki|einer ki|einem ki))", _I),
    re.compile(r"^(cet|l'|l’|ce) ?(article|texte|contenu)\b.{0,80}\b(traduit|traduction)\b.{0,40}(automatique(ment)?|machine|ia|intelligence artificielle|deepl|google)", _I),
    re.compile(r"^(traduit automatiquement|traduction automatique|traduit (par|avec) (deepl|google|une ia|l'ia))", _I),
    re.compile(r"^(este|el|esta) (artículo|articulo|texto|contenido|noticia)\b.{0,80}\b(traducid[oa]|traducción)\b.{0,40}(automátic\w*|automatic\w*|máquina|ia|inteligencia artificial|deepl|google)", _I),
    re.compile(r"^(traducid[oa] automáticamente|traducción automática|traducid[oa] (por|con) (deepl|google|una ia|ia))", _I),
]

_PROMO = [
    re.compile(r"^(bonus video|watch( the)? video|watch|video|vidéo|listen|podcast|advertisement|advertising|sponsored( content)?"
               r"|anzeige|werbung|gesponsert|publicité|contenu sponsorisé|publicidad|contenido patrocinado|ad)\s*:?\s*$", _I),
    re.compile(r"^(subscribe|sign up|register|join|jetzt|abonnieren|abonnez-vous|inscrivez-vous|suscríbete|suscribete|suscríbase"
               r"|regístrate|melden sie sich|registrieren sie sich)\b.{0,80}\b(newsletter|channel|updates|alerts|mailing list"
               r"|boletín|boletin|lettre d'information)\b", _I),
    re.compile(r"^(download|get) (our|the) (free )?app\b", _I),
]

_BREADCRUMB = [
    re.compile(r"^(home|start|main|startseite|homepage|accueil|inicio|portada)\s*[/>»›|]\s*\S", _I),
    re.compile(r"^[^/>»›|.!?]{1,30}(\s[»›>]\s[^/>»›|.!?]{1,40}){2,}$"),
]

_COMMENTS = [
    re.compile(r"^(leave a (reply|comment)|post a comment|add (a )?comment|write a comment|comments?|show comments|view comments"
               r"|join the (discussion|conversation)|\d+ comments?|kommentare?|kommentieren|kommentar (schreiben|verfassen)"
               r"|kommentare (anzeigen|lesen)|diskutieren sie mit|(laisser|laissez|ajouter|écrire) un commentaire|commentaires?"
               r"|(deja|dejar|escribe|añadir) un comentario|deja una respuesta|comentarios?)\s*:?\s*$", _I),
    re.compile(r"your email address will not be published|ihre e-?mail-?adresse wird nicht veröffentlicht"
               r"|votre adresse (e-?mail|de messagerie|électronique) ne sera pas publiée"
               r"|tu (dirección de )?correo electrónico no será publicad[oa]", _I),
    re.compile(r"^(required fields are marked|erforderliche felder sind|pflichtfelder sind|les champs obligatoires sont"
               r"|los campos obligatorios están)", _I),
    re.compile(r"^you must be logged in to (post|leave) a comment", _I),
]

# a banner speaks to the reader or about "this site"; a story about cookies does neither
_COOKIES = re.compile(r"^(this (web)?site|our (web)?site|this page|we( and our partners)? use|by (using|continuing|clicking)"
                      r"|cookies? (help|policy|settings|notice|consent)|we value your privacy"
                      r"|diese (web)?seite|diese website|unsere (web)?seite|unsere website|wir (und unsere partner )?(verwenden|nutzen|setzen)"
                      r"|durch die (weitere )?nutzung|indem sie|(ce|notre) site|nous (et nos partenaires )?utilisons|en (poursuivant|continuant)"
                      r"|(este|nuestro) (sitio|portal)|(esta|nuestra) (web|página)|(utilizamos|usamos)|al (continuar|navegar|utilizar|usar))"
                      r".{0,300}\bcookies?\b", _I)
_COOKIE_ACCEPT = re.compile(r"^(accept( all)?( cookies)?|i agree|got it|allow (all )?cookies|reject all|manage cookies|cookie settings"
                            r"|(alle )?(cookies )?akzeptieren|alle ablehnen|einverstanden|cookie-einstellungen"
                            r"|tout accepter|tout refuser|j'accepte|paramètres des cookies|gérer les cookies"
                            r"|aceptar( todas?)?( las)?( cookies)?|rechazar( todas?)?|configurar cookies|configuración de cookies)\s*[.!]?$", _I)

_PLATFORMS = r"(facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|reddit|pinterest|vk|viber|flipboard|messenger|print|copy link|xing|bluesky|threads|mastodon)"
_SHARE = [
    re.compile(r"^(share( this)?( article| story| post| page)?( on| via)?( " + _PLATFORMS + r")?|tweet( this)?|pin it|print( this( article)?)?"
               r"|email this|copy link|click to share.{0,40}|(artikel |beitrag )?teilen|(auf|per|via) " + _PLATFORMS + r" teilen"
               r"|partager( l'article| cet article)?( sur| via| par)?( " + _PLATFORMS + r")?"
               r"|compartir( (el|este) artículo| esta noticia)?( en| por| vía| via)?( " + _PLATFORMS + r")?)\s*:?\s*$", _I),
    re.compile(r"^(follow us|folgen sie uns|join us|suivez-nous|síguenos|siguenos)( (on|auf|sur|en) (" + _PLATFORMS
               + r"|google news|instagram|youtube)([ ,]+(and |und |et |y )?\w+)*)?\s*[.!:]?\s*$", _I),
    re.compile(r"^" + _PLATFORMS + r"(\s*[|,/·•]?\s*" + _PLATFORMS + r"){1,8}\s*$", _I),
]

_SITE_NAME = [
    re.compile(r"^(©|\(c\)|copyright\s*(©|\(c\)|\d{4}))\s*.{0,100}$", _I),
    re.compile(r"\b(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)\b", _I),
]

_MAX_WORDS = 25


def _one(patterns: list[re.Pattern]) -> re.Pattern:
    """One pattern for a list of alternatives (one call per line instead of one per pattern)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), _I)


_BREADCRUMB_ANY, _SHARE_ANY, _MT_ANY = _one(_BREADCRUMB), _one(_SHARE), _one(_MT)
_COMMENT_NOTICE, _SITE_ANY = _one(_COMMENTS[1:]), _one(_SITE_NAME)
# a banner or a disclaimer speaks for the site; a line with a reporting verb reports what someone said
_SPEECH = re.compile(r"\b(said|says|told|claimed|according to|sagte|sagt|erklärte|kritisierte|betonte|laut|a dit|a déclaré"
                     r"|a affirmé|selon|dijo|afirmó|declaró|según)\b", _I)
# a line longer than this is never chrome (the longest rule, a cookie banner, is bounded well below it)
_MAX_CHARS = 800
# a teaser under a "Related Posts" heading: a short headline, not a sentence
_TEASER_MAX_WORDS = 14
_TEASER_MAX_LINES = 8
_TEASER_END = re.compile(r"[.!,;:…]['\"”’»)]*$")


def _words(text: str) -> int:
    return len(text.split())


def line_reason(text: str, index: int = 0, total: int = 0) -> str | None:
    """The reason code if the whole line ``text`` is chrome, else None.

    ``index`` and ``total`` locate the line in its article (unused by the current rules, kept
    so position-aware rules can be added without changing callers). Lines under a related-links
    heading are judged by :func:`line_reasons`, which sees the whole article.
    """
    # Most lines are story text: each rule first checks a cheap necessary condition (a word
    # count, a keyword, a separator character) before its regular expression runs.
    if len(text) > _MAX_CHARS:
        return None
    words = _words(text)
    if words > 60:
        return None
    low = text.lower()
    if words <= _MAX_WORDS:
        if _RELATED_SEP.match(text):
            return R.RELATED
        first = text[:1]
        if (first.isdigit() and _COUNTERS.match(text)) or (words <= 8 and _COUNTERS_ICON.match(text)):
            return R.COUNTERS
        if ('photo' in low or 'foto' in low or 'image' in low or 'pic' in low or 'credit' in low or 'crédit' in low or 'bild' in low):
            m = _CAPTION.match(text)
            if m and _words(m.group("credit")) <= 6 and m.group("credit")[:1].isupper():
                return R.CAPTION
        if ((words <= 4 and _PROMO[0].match(text)) or (('newsletter' in low or 'channel' in low or 'updates' in low or 'alerts' in low or 'mailing list' in low or 'boletín' in low or 'boletin' in low or "lettre d'information" in low) and _PROMO[1].match(text))
                or ("app" in low and _PROMO[2].match(text))):
            return R.PROMO
        if ('/' in text or '>' in text or '»' in text or '›' in text or '|' in text) and _BREADCRUMB_ANY.match(text):
            return R.BREADCRUMB
        if words <= 12 and _SHARE_ANY.match(text):
            return R.SHARE
        if words <= 6 and _COOKIE_ACCEPT.match(text):
            return R.COOKIES
    if words <= 40:
        m = _RELATED_TEASER.match(text)
        # without a separator the teaser must start like a headline ("See also  Storm ..."),
        # so that "Also read into the statement was ..." stays
        if m and (m.group("sep") or not m.group("rest") or m.group("rest").lstrip()[:1].isupper()
                  or m.group("rest").lstrip()[:1].isdigit()):
            return R.RELATED
        if (('translat' in low or 'übersetz' in low or 'tradu' in low) and _MT_ANY.match(text)
                and not _SPEECH.search(text)):
            return R.MT_DISCLAIMER
        if (words <= 8 and _COMMENTS[0].match(text)) or (('mail' in low or 'correo' in low or 'adresse' in low or 'required' in low or 'erforderlich' in low or 'pflicht' in low or 'obligatoire' in low or 'obligatorio' in low or 'logged' in low) and _COMMENT_NOTICE.search(text)):
            return R.COMMENTS
        if words <= 15 and ('©' in low or '(c)' in low or 'copyright' in low or 'reserved' in low or 'vorbehalten' in low or 'réservés' in low or 'derechos' in low) and _SITE_ANY.search(text):
            return R.SITE_NAME
    if "cookie" in low and _COOKIES.match(text) and not _SPEECH.search(text):
        return R.COOKIES
    return None


def is_teaser_heading(text: str) -> bool:
    """A related-links heading with nothing after it ("Related Posts", "Read more", "Lesen Sie auch:")."""
    if _words(text) > 8:
        return False
    m = _RELATED_SEP.match(text) or _RELATED_TEASER.match(text)
    return bool(m) and not m.group("rest").strip()


def is_teaser_line(text: str) -> bool:
    """A line that reads as a linked headline: 2-14 words, starts with a capital or a digit, and
    does not end as a sentence or a clause (``.``, ``!``, ``,``, ``;``, ``:``, ``…``).

    Only used for the lines right after a related-links heading (:func:`line_reasons`).
    """
    words = _words(text)
    if not 2 <= words <= _TEASER_MAX_WORDS or _TEASER_END.search(text):
        return False
    first = text.lstrip("\"'“‘„«»(")[:1]
    return first.isupper() or first.isdigit()


def line_reasons(texts: list[str], claimed: Container[int] = (), base: list[str | None] | None = None) -> list[str | None]:
    """:func:`line_reason` of every line of one article, plus teaser blocks.

    A related-links heading standing alone ("Related Posts", "See also", "Read more", "More
    from <outlet>", "Lesen Sie auch", "Voir aussi", "Leer más") takes the headline-like lines
    right after it (:func:`is_teaser_line`, at most 8) with the same reason. The block ends at
    the first line that is not headline-like, so a paragraph after the box stays, and so does
    everything after it. Lines in ``claimed`` (taken by metadata extraction) also end a block.
    ``base``: the :func:`line_reason` of every line when already known (it is not changed).
    """
    out = list(base) if base is not None and len(base) == len(texts) else [line_reason(t) for t in texts]
    i = 0
    n = len(texts)
    while i < n:
        if out[i] == R.RELATED and is_teaser_heading(texts[i]):
            j = i + 1
            while j < n and j - i <= _TEASER_MAX_LINES and out[j] is None and j not in claimed and is_teaser_line(texts[j]):
                out[j] = R.RELATED
                j += 1
            i = j
        else:
            i += 1
    return out
