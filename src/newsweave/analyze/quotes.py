"""Direct quotations and their speakers; the same quote across outlets.

:func:`find_quotes` scans a text for quotations in the usual styles (“…”, "…", «…», „…“, „…”,
‘…’, '…'), including quotes that run over several paragraphs (a paragraph that ends inside a quote
and a next paragraph that reopens it). Each quote is the span of its *inner* text, so the
shown text is always the source's characters (``verbatim`` is checked, not assumed).

:func:`attribute` finds the speaker from the sentence around the quote:

* after the quote: ``“…,” Lavrov said`` / ``“…,” said Lavrov`` / ``“…,” he added`` /
  ``“…,” the minister said`` / ``“…,” CPN spokesman Oisín Daly said`` / ``“…”, said trade union
  boss Emil Kast`` (a known name only) / ``“…,” Mr. Thayer explained`` / French ``« … », a déclaré
  le ministre``, ``« … », a-t-elle ajouté``;
* before it: ``Lavrov said: “…”``, ``According to Lavrov, “…”``, ``Lavrov: “…”``,
  ``Lavrov noted that the US acted “as in business”``;
* a pronoun or a title resolves to the story's entity (pronouns: the last named person before
  the quote, or before the pronoun when it stands before the quote, outside quotes; "the
  spokesman" after an unnamed "a spokesman for …" is nobody named elsewhere); a quote with no cue
  right after a quote of a known speaker in the previous sentence continues that speaker, unless
  a name right after it is an attribution we could not read;
* the title of a work in title case after "book", "album", "feature" … names no speaker;
* in transcripts and extracts (two labelled paragraphs or more, in an exchange), the words after a
  label naming a person (``HON. ABENA K. (MCE): …``, ``KOVAC: …``, ``The Minister for Transport
  (Mr Lee): …``) are that person's, added as quotes of their own (:func:`label_turns`); roles
  (``Q:``, ``THE COURT:``) name nobody.

:func:`normalize_for_match` makes quotes comparable across outlets (quote marks, dashes,
whitespace, case), keeping a map back to source offsets so ``also_in`` spans are exact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any, Callable

PAIRS = {"“": "”", "«": "»", "„": "“”", "‘": "’", "»": "«", "‹": "›", "「": "」"}
STRAIGHT = '"'
VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "stressed", "stresses", "noted", "notes", "explained",
    "warned", "insisted", "argued", "claimed", "stated", "declared", "announced", "wrote", "writes", "asked",
    "replied", "continued", "emphasized", "emphasised", "pointed out", "concluded", "commented", "acknowledged",
    "admitted", "confirmed", "recalled", "specified", "urged", "assured", "remarked", "suggested", "observed",
    "underlined", "underscored", "predicted", "promised", "vowed", "asserted", "believes", "complained",
    "recounted", "conceded", "cautioned", "answered", "responded", "insists", "warns", "argues", "claims",
    "explains", "admits", "recalls", "predicts", "promises", "demands", "affirms", "answers", "replies",
    "responds", "thinks", "affirmed", "summed up", "asks",
    # more Portuguese, Spanish and Italian verbs of telling ("«…», lamentou o presidente do clube, X")
    "lamentou", "lamentava", "atirou", "insistiu", "defendeu", "questionou", "concluiu", "sustentou", "observou",
    "destacou", "realçou", "confessou", "confidenciou", "ironizou", "protestou", "assegurou", "vincou", "reforçou",
    "resumiu", "resumió", "destacó", "matizó", "recalcó", "zanjó", "confesó", "reconoció", "ironizó", "concluyó",
    "lamentaba", "ha lamentato", "ha concluso", "ha osservato", "ha ammesso", "ha confessato", "ha ironizzato",
    "ha rimarcato", "ha insistito", "ha replicato", "ha confermato", "ha ricordato", "ha raccontato",
    # word-for-word renderings of French "a confié", "a rassuré", "a martelé" in machine translations
    "confided", "reassured", "hammered",
    "respondió", "contestó", "ha risposto", "a répondu", "raconte", "explique", "affirme", "ajoute",
    "afirma", "conta", "respondeu", "antwortete", "erklärt", "betont",
    "sagte", "sagt", "erklärte", "betonte", "meinte", "fügte hinzu", "so",
    "meint", "ergänzt", "ergänzte", "erzählt", "erzählte", "fügt hinzu",
    # French passé composé: "« … », a déclaré le ministre", "Marchal a dit : « … »"
    "a déclaré", "a dit", "a ajouté", "a précisé", "a affirmé", "a expliqué", "a indiqué", "a souligné",
    "a annoncé", "a estimé", "a assuré", "a confié", "a poursuivi", "a averti", "a insisté", "a lancé",
    "a raconté", "a répondu", "a reconnu", "a rappelé", "a martelé", "a regretté",
    # Spanish and Italian
    "dijo", "afirmó", "declaró", "explicó", "añadió", "agregó", "aseguró", "señaló", "indicó", "advirtió",
    "subrayó", "comentó", "insistió", "ha dicho", "ha afirmado", "ha declarado", "ha explicado", "ha añadido",
    "ha detto", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha affermato", "ha sottolineato", "ha annunciato",
    "ha precisato", "ha assicurato", "ha avvertito", "ha commentato", "ha ribadito", "dice",
    # Portuguese
    "disse", "afirmou", "declarou", "explicou", "acrescentou", "garantiu", "sublinhou", "referiu", "adiantou",
    "salientou", "frisou", "admitiu", "alertou", "comentou", "respondeu", "responde", "contou", "reconheceu", "diz", "afirma",
    # present tense in Spanish and Italian features ("«…», reconoce ella", "dice la signora B.") and
    # their word-for-word renderings ("recognises she", "summarises Martha")
    "reconoce", "resume", "explica", "asegura", "añade", "insiste", "admite", "recuerda", "lamenta", "relata",
    "spiega", "racconta", "aggiunge", "ammette", "ricorda", "sottolinea", "conferma",
    "recognises", "recognizes", "summarises", "summarizes",
    # French present tense with the subject after it ("« … », indique Sérac Domaines dans un communiqué")
    # and its word-for-word renderings ("indicates Serac Domaines", "confides she")
    "indique", "précise", "souligne", "assure", "estime", "confie", "poursuit", "insiste", "résume", "répond",
    "reconnaît", "déclare", "annonce", "prévient", "rappelle", "regrette", "dit", "lance", "martèle", "glisse",
    "lâche", "conclut", "avertit", "soupire", "launches", "slips", "drops",
    "indicates", "confides", "specifies", "underlines", "laments", "lamented", "lamentó", "lembra",
    # "wrote" in Portuguese, Spanish, Italian, French (a judge's ruling, a statement)
    "escreveu", "escribió", "ha escrito", "ha scritto", "a écrit",
    # more French passés composés and Portuguese, Spanish present tenses of telling and judging
    "a prévenu", "a dénoncé", "a réagi", "a tranché", "a jugé", "a commenté", "a admis", "a concédé",
    "a promis", "a témoigné", "a résumé", "a lâché", "a glissé", "a conclu", "a plaidé", "a fustigé",
    "desabafa", "considera", "garante", "acrescenta", "avisa", "avisou", "alerta", "critica", "criticou",
    "opina", "advierte", "criticó", "denunció", "denuncia", "sostiene",
    # English retorts and posts ("“…,” Brandt hit back on Twitter")
    "hit back", "shot back", "fired back", "retorted", "quipped", "joked", "tweeted", "captioned", "countered",
    "reiterated", "protested", "exclaimed", "boasted",
    # more French present tenses and their renderings ("« … », soutient son directeur, X")
    "soutient", "a soutenu", "constate", "déplore", "a déploré", "renchérit", "nuance", "commente", "signale",
    "tranche", "plaide", "concède", "admet", "fait valoir", "a fait valoir", "maintains", "maintained",
    # Quebec's infinitive of reported speech: "« … », de dire le maire Réjean Paradis"
    "de dire", "de préciser", "de souligner", "de poursuivre", "de conclure", "de lancer", "de rappeler",
    "de résumer", "de répondre", "de commenter", "d'ajouter", "d’ajouter", "d'expliquer", "d’expliquer",
    "d'indiquer", "d’indiquer", "d'affirmer", "d’affirmer",
    # ("“…,” remembered Kate Ilves": as "recalled")
    "remembered", "shouted", "shouts", "yelled", "yells",
    # "«…», suspira o pai" and its rendering "sighs the father"
    "sighs", "sighed", "suspira", "suspirou", "suspiró", "sospira", "seufzt", "seufzte",
    # imperfects of telling ("«…», desabafava um pescador", "comentaba otra vecina") and the
    # renderings of "desabafou" ("unburdened a fisherman")
    "desabafava", "desabafou", "contava", "dizia", "explicava", "comentava", "lembrava", "comentaba", "decía",
    "contaba", "explicaba", "recordaba", "diceva", "raccontava", "spiegava", "unburdened", "unburdens", "vented",
    # "«…», rematou Meireles" and its rendering "finished Meireles"
    "rematou", "remató", "finished", "sustains", "sustained", "assures", "muttered", "murmured", "whispered", "grumbled", "mumbled",
    # Italian "«…», fa sapere la Provincia" (lets it be known) and its word-for-word rendering, and
    # French "martèle" rendered "hammers"
    "fa sapere", "fanno sapere", "ha fatto sapere", "hanno fatto sapere", "makes know", "make know", "hammers",
    # "« … », sourit son père" and its renderings
    "sourit", "souriait", "sonríe", "sorride", "sorri", "sorriu", "lächelt", "smiles", "smiled",
    # shouts ("«Finalmente!» ha gridato qualcuno dal loggione")
    "ha gridato", "gridò", "gridava", "gritó", "gritaba", "gritou", "gritava", "a crié", "crie", "criait", "rief",
    "ruft", "has shouted", "souffle", "soufflait", "whispers",
    # present tenses of Romance telling ("«…», señala la Asociación", "comenta un vecino") and renderings
    "señala", "comenta", "commenta", "apunta", "subraya", "sublinha", "precisa", "matiza", "zanja",
    "sentencia", "indica", "assicura", "assegura", "afferma", "avverte", "adverte", "riconosce", "reconhece",
    "recorda", "dénonce", "conclude", "cuenta",
    # grumbling ("« … ? », peste un vacancier" and its rendering "curses a holidaymaker")
    "peste", "pestait", "râle", "grogne", "bougonne", "curses", "cursed", "grumbles", "moans", "moaned",
    "schimpft", "schimpfte", "sbotta", "protesta", "reclama", "reclamou",
)
# French titles after "le"/"la", read as the English title the story's entities carry
FR_HEADS = {"ministre": "minister", "directrice": "director", "directeur": "director", "président": "president",
            "présidente": "president", "porte-parole": "spokesperson", "maire": "mayor", "commissaire": "commissioner",
            "chef": "chief", "ambassadeur": "ambassador", "ambassadrice": "ambassador", "procureur": "prosecutor",
            # Spanish, Italian, Portuguese heads after el/la/il/o/a
            "directora": "director", "director": "director", "presidenta": "president", "presidente": "president",
            "ministra": "minister", "ministro": "minister", "alcalde": "mayor", "alcaldesa": "mayor", "regidor": "mayor", "regidora": "mayor",
            "portavoz": "spokesperson", "sindaco": "mayor", "sindaca": "mayor", "direttore": "director",
            "direttrice": "director", "portavoce": "spokesperson", "diretora": "director", "diretor": "director",
            "prefeito": "mayor", "prefeita": "mayor", "porta-voz": "spokesperson", "fiscal": "prosecutor",
            "procuratore": "prosecutor", "cheffe": "chief", "gerente": "manager", "gerenta": "manager",
            "comandante": "commander", "alcaldesa": "mayor", "presidenta": "president",
            # judges, prosecutors and lawyers ("ha detto la giudice Giuditta C.", "escreveu a juíza")
            "giudice": "judge", "juge": "judge", "juez": "judge", "jueza": "judge", "juiz": "judge", "juíza": "judge",
            "procuratrice": "prosecutor", "procureure": "prosecutor", "procuradora": "prosecutor",
            "procurador": "prosecutor", "promotor": "prosecutor", "promotora": "prosecutor",
            "avvocato": "lawyer", "avvocata": "lawyer", "avocat": "lawyer", "avocate": "lawyer", "abogado": "lawyer",
            "abogada": "lawyer", "advogado": "lawyer", "advogada": "lawyer"}
_FR_HEAD_RE = "|".join(sorted((re.escape(h) for h in FR_HEADS), key=len, reverse=True))
# German heads after "die"/"der" ("„…“, sagte die OB", "sagte der Bürgermeister"), capitalised as nouns are
DE_HEADS = {"oberbürgermeisterin": "mayor", "oberbürgermeister": "mayor", "bürgermeisterin": "mayor",
            "bürgermeister": "mayor", "ob": "mayor", "ministerin": "minister", "minister": "minister",
            "sprecherin": "spokesperson", "sprecher": "spokesperson", "direktorin": "director", "direktor": "director",
            "präsidentin": "president", "präsident": "president", "landrätin": "district administrator",
            "landrat": "district administrator"}
_DE_HEAD_NP_RE = "|".join(sorted((h[:1].upper() + h[1:] if h != "ob" else "OB" for h in DE_HEADS), key=len, reverse=True))
_VERB_RE = r"(?:" + "|".join(sorted((re.escape(v) for v in VERBS), key=len, reverse=True)) + r")"
_NAME_TOK = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*"
from .entities import _HEAD_RE

# "the company said": an organisation named before speaks (see ``org_before``)
_ORG_HEADS = (r"company|firm|group|agency|authority|ministry|department|board|council|union|party|committee|operator|"
              r"service|centre|center|institute|office|inspectorate|brigade|trust|"
              r"airline|manufacturer|maker|regulator|bank|foundation|organi[sz]ation|charity|club|association|"
              r"federation|utility|insurer|carrier|network|court|commission|watchdog|museum|hospital|school|"
              r"university|team|church|airport|organisers|organizers|municipality|directorate|zoo|library|gallery|"
              r"theatre|theater|cooperative|observatory|laboratory")
_ORG_DESC = re.compile(r"the\s+(?:[a-z][\w\-]+\s+){0,2}?(" + _ORG_HEADS + r"|statement|release|letter|report|filing|notice)")
# "The Plastics Manufacturers' Association of Valdoria": a body's name goes on past "of"
_BODY_OF = (r"(?:(?:" + "|".join(f"(?<={h})" for h in ("Association", "Union", "Council", "Federation", "Chamber",
                                                        "Society", "Institute", "Board", "Authority", "Commission",
                                                        "League", "Confederation", "Guild", "Province", "Region",
                                                        "Prefecture", "Municipality", "County", "Canton")) + r")\s+of\s+(?:the\s+)?"
            + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r")?)?")
# "spokesman Oisín Daly", "CPN spokesman Oisín Daly" (an organisation's acronym before the title)
# ("Liberal co-chair Ravi Olund": a title shared, "co-" before the head)
_NP = (r"(?P<np>(?:[Tt]he\s+(?:elder|older|younger)\s+" + _NAME_TOK + r"(?![\w’'\-]))|"  # ("the older Mateos said")
       r"(?:(?:[A-Z]{2,6}\s+|(?:[A-Z][a-z][\w’'\-]*\s+){1,2}(?=[a-z]))?(?:[a-z][\w\-]+[’']?\s+){0,2}(?:co-)?(?:" + _HEAD_RE + r")\s+" + _NAME_TOK + r"(?:\s+"
       + _NAME_TOK + r"){0,2})|"
       r"(?:[Tt]he\s+(?:[a-z][\w\-]+\s+){0,2}?(?:" + _ORG_HEADS + r"|statement|release|letter|report|filing|notice)(?![\w\-]))|"
       r"(?:[Tt]he\s+(?:[\w\-]+\s+){0,3}?(?i:" + _HEAD_RE + r"))|"
       r"(?:(?:[Dd]ie|[Dd]er)\s+(?:" + _DE_HEAD_NP_RE + r")(?![\w\-]))|"
       r"(?:(?:[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Oo]|[Aa])\s+(?:[\w\-]+\s+){0,2}?(?:" + _FR_HEAD_RE + r")(?![\w\-])"
       r"(?:\s+" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2})?)|(?:[Tt]he\s+[A-Z][\w\-]+(?:\s+[A-Z][\w’'\-]+){0,3}"
       + _BODY_OF + r")|(?:(?<![\w’'\-])(?:[Hh]e|[Ss]he|[Ee]r|[Ss]ie|[Ee]lla|[Éé]l|[Ll]ei|[Ll]ui|[Ee]la|[Ee]le)(?![\w’'\-]))|"
       # ("Pescadores do Brando", "Banco de la Nación": particles inside a name)
       r"(?:" + _NAME_TOK + r"(?:\s+(?:" + _NAME_TOK + r"|of|for|the|do|da|dos|das|de|del|della|di|du|des|von)){0,4}"
       r"(?<!\sof)(?<!\sfor)(?<!\sthe)(?<!\sdo)(?<!\sda)(?<!\sdos)(?<!\sdas)(?<!\sde)(?<!\sdel)(?<!\sdella)"
       r"(?<!\sdi)(?<!\sdu)(?<!\sdes)(?<!\svon)))")
# ("“…,” Delahaye, 44, said in a statement": an age in apposition)
# (and an appositive: "“…” Alberto Roig, TUVISA's managing director, told SPA.")
_POST_NP_VERB = re.compile(r"^[\s,]*[—–-]?\s*" + _NP + r"(?:,\s*\d{1,3},|,\s*[^,;:.!?“”\"«»„]{1,80},)?\s+(?:also\s+|further\s+|then\s+|later\s+|has\s+|have\s+)?"
                           + _VERB_RE + r"\b")
# "“…,” culture alderman Luc Dewael told LPA": lower-case descriptors, a full name, the verb
# (and after a body's name: "“…,” Brightwater credit analyst Tomas Ekwe said")
# (not "Kari Dunn of the Harlow Road Authority said": a body after "of the" is no descriptor's name)
_POST_DESC_NAME_VERB = re.compile(r"^[\s,]*(?:[A-Z][\w&’'\-]+\s+){0,3}(?:(?!(?:of|from|at|for|with|the|in|on)\s)"
                                  r"[a-z][\w\-]+\s+){1,3}(?P<np>" + _NAME_TOK
                                  + r"(?:\s+" + _NAME_TOK
                                  + r"){1,2})\s+(?:also\s+)?" + _VERB_RE + r"\b")
_POST_VERB_NP = re.compile(r"^[\s,]*[—–-]?\s*" + _VERB_RE + r"\s+" + _NP)
# "“…,” said trade union boss Emil Kast": lower-case descriptors between the verb and the name;
# taken only when the name is a known entity (else "said on Tuesday" would name "Tuesday")
# (also "said an angry Brandt", "said senior paediatrician and nutritionist Inge Varhol of the
# Holm Clinic", "said orthopaedic surgeon Dr. Selma Okoro": an article before an adjective, "and"
# between two descriptors, an abbreviated title before the name)
_POST_VERB_DESC_NAME = re.compile(r"^[\s,]*[—–-]?\s*" + _VERB_RE + r"\s+(?:an?\s+(?=[a-z]))?"
                                  r"(?:(?!(?:on|in|at|by|to|for|from|after|before|"
                                  r"during|while|when|that|the|an|but|late|early|last|this|of|"
                                  # ("said a woman waiting outside City Hall": a place after a preposition)
                                  r"outside|inside|near|behind|beside|opposite|around|across|along|into|onto|towards?|"
                                  r"under|over|through|past|beyond|with|"
                                  # ("raconte un habitant des Arolles": a resident of a place, unnamed)
                                  r"de|des|du|del|della|dei|degli|delle|da|do|dos|das|von|vom|aus|"
                                  # ("sagte eine Frau, die …": German capitalises the noun after the article)
                                  r"ein|eine|einer|einem|eines)\b)[a-z][\w\-’']*\s+)"
                                  r"{1,4}(?<!\band\s)(?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+)?(?P<np>" + _NAME_TOK
                                  + r"(?:\s+" + _NAME_TOK + r"){0,2})(?=\s*[,.;!?]|\s*$|"
                                  r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z])")
# "“…”, garantiu ao CO Nuno Campelo, diretor …": the paper told (an acronym) stands between the
# verb and the speaker's full name
_POST_VERB_OUTLET_NAME = re.compile(r"^[\s,]*" + _VERB_RE + r"\s+(?:ao|à|aos|às|al|au|aux|alla|to|a)\s+[A-ZÀ-Þ]{2,8}\s+"
                                    r"(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})(?=\s*[,.;!?]|\s*$)")
# "« … », a-t-elle ajouté"
_POST_FR_INVERTED = re.compile(r"^[\s,]*a-t-(?P<np>il|elle)\s+(?:déclaré|dit|ajouté|précisé|affirmé|expliqué|indiqué|"
                               r"souligné|annoncé|estimé|assuré|confié|poursuivi|averti|insisté|raconté|répondu|"
                               r"reconnu|rappelé|martelé|regretté)\b")
# word-for-word renderings of French inversions in machine-translated reposts: "“…”, has declared
# the minister", "“…”, has she added", "“…”, has launched the procurator Rafael Q."
_MT_VERBS = (r"(?:declared|added|said|launched|specified|announced|explained|indicated|underlined|affirmed|"
             r"estimated|assured|confided|continued|warned|insisted|stated|precised|recounted|explained|told)")
_POST_MT_INVERTED = re.compile(r"^[\s,]*(?:has|have|had)\s+" + _MT_VERBS + r"\s+" + _NP)
# the same without the auxiliary ("“…,” launched the general director, Helen B."), and a descriptor
# then the name after a comma ("has launched the alderwoman of the Culture, Nadia V., at the origin …")
# German verbs whose particle closes the clause: "„…“, kündigte Ebner an", "fügte sie hinzu", "räumte er ein"
_POST_DE_SEPARABLE = re.compile(r"^[\s,]*(?:kündigte|kündigt|fügte|fügt|räumte|räumt|gab|gibt|stellte|stellt|hob|hebt|"
                                r"führte|führt|merkte|merkt|wies|weist|schob|schiebt|gestand)\s+" + _NP
                                + r"\s+(?:an|hinzu|ein|zu|klar|hervor|aus|hin|nach)\b")
_DESC_STOP = (r"(?:in|on|at|of|for|to|from|by|with|and|or|told|tells|said|says|during|after|before|near|outside|inside|"
              r"about|as|when|while|who|which|that|the|a|an|his|her|its|their|our|my|this|last|next|on|into|onto|"
              r"over|under|via|per|than|then|also|later|earlier|today|yesterday|tonight|late|early|de|da|di|du|del|"
              r"la|le|el|il|en|von|van|und|et|y|e)")
_DESC_THEN_NAME = re.compile(r"\s+(?!" + _DESC_STOP + r"\b)[a-z][\w\-]+\s+(?:(?!" + _DESC_STOP + r"\b)[a-z][\w\-]+\s+)?"
                             r"(?P<name>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})(?=\s*[,.;!?]|\s*$|"
                             # ("said Trasseo boss George Kemmerling on Wednesday in Sternfeld")
                             r"\s+(?:on|in|at)\s+[A-Z])")
_NAME_COMMA_END = re.compile(r"(?<![\w’'\-])" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2},\s*$")
_PARENTHETICAL_SAID = re.compile(r"(?:he|she)\s+(?:said|says|added|adds|insisted|argued|claimed)\s*,\s*$", re.I)
# (not after an abbreviation: "Eng. Khalid", "Prof. Ruth", "No. 4")
_INNER_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bEng)(?<!\bProf)(?<!\bGen)(?<!\bCol)(?<!\bRev)(?<!\bSgt)"
                                  r"(?<!\bCapt)(?<!\bCllr)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bSupt)(?<!\bInsp)(?<!\bDott)"
                                  r"(?<!\bIng)(?<!\bAvv)(?<!\bSra)(?<!\bMme)[.!?]\s+(?=[A-Z])")
# (or a plain role: "“…,” the helm, Dean A., told paramedics")
_POST_OWNED_TITLE_NAME = re.compile(r"^[\s,]*(?:its|their|his|her|the\s+[a-z][\w\-]+['’]s|the)\s+(?:[a-z][\w\-]+\s+){0,2}[a-z][\w\-]+,\s*(?P<np>"
                                    + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2}),\s+" + _VERB_RE + r"\b")
_DAYS_MONTHS = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                          r"June|July|August|September|October|November|December)\b")
# 'changed her Instagram name to “…”', 'renamed it “…”': a name given, not words spoken
# (and 'trading under the alias “Lantern,”', 'by the name “Kettle”': a name someone uses)
_RENAMED_BEFORE = re.compile(r"\b(?:(?:name|nickname|handle|username|moniker)\s+(?:to|as)|renamed(?:\s+\w+)?|rebranded"
                             r"(?:\s+\w+)?(?:\s+as)?|(?:by|under)\s+the\s+(?:name|nickname|alias|pseudonym|handle|"
                             r"moniker|username)(?:\s+of)?,?)\s*$", re.I)
# "One Twitter user wrote:": a name qualifying an indefinite subject ("One X user", "A BBC reporter")
_INDEFINITE_OPENING = re.compile(r"\s*(?:(?:As|Or|And|But)\s+(?:a|an|one)|One|Another|Some|Several|Many|Two|Three|A|An)\s+$")
# "The review of Norvale Systems concluded there was “…”": the owner after "of" is not the subject
_SPOKESPERSON_AFTER = re.compile(r"\s+(?:spokes\w+|representative|statement)\b")
# '“#love,” “#dogs”': hashtags and handles are no one's words
_TAGS_ONLY = re.compile(r"(?:[#@][\w\-]+[,.;]?\s*)+")
_OF_OWNER_BEFORE = re.compile(r"(?:^|[\s,;(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
                              r"(?:[a-z][\w\-]+\s+){0,2}?"
                              r"(?P<noun>[a-z][\w\-]+)\s+of\s+$")
_CLAUSE_AFTER_DAY = re.compile(r",?\s*(?:when|while|after|before|as|if|because|since|until|once|where)\b")
_TIME_NP = re.compile(r"(?:(?:On|In|By|Since|Until|Last|Next|This|Early|Late)\s+)?" + _DAYS_MONTHS.pattern
                      + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?")
_PRE_RECALLED_TELLING = re.compile(r"\b(?:recalled|recalls|remembered|remembers|heard|hears|quoted|quotes|recalling|"
                                   r"remembering)\s+(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2})\s+"
                                   r"(?:telling|saying|say|tell|as\s+saying|warning|shouting)\b[^“”\"«»„.!?]{0,80}$")
_HON_ABBR = {"M": "m", "Mme": "f", "Mlle": "f", "Mr": "m", "Mrs": "f", "Ms": "f", "Dr": None, "Sr": "m", "Sra": "f",
             "Sig": "m", "Prof": None}
_PRONOUN_GENDER = {"he": "m", "er": "m", "il": "m", "él": "m", "lui": "m", "ele": "m",
                   "she": "f", "sie": "f", "elle": "f", "ella": "f", "lei": "f", "ela": "f"}
_HON_NAME = re.compile(_NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2}")
_POST_MT_BARE = re.compile(r"^[\s,]*(?:launched|precised|confided|means)\s+" + _NP)
_POST_MT_DESC_NAME = re.compile(r"^[\s,]*(?:(?:has|have|had)\s+" + _MT_VERBS + r"|launched|precised|confided)\s+"
                                r"(?:[\w’'\-]+\s+){0,6}?[\w’'\-]+,\s*(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK
                                + r"){1,2})(?=\s*[.,;]|\s*$)")
_POST_MT_PRONOUN = re.compile(r"^[\s,]*(?:has|a)\s+(?P<np>he|she|il|elle)\s+(?:" + _MT_VERBS + r"|" + _VERB_RE + r")\b")
_APPOSED_NAME = re.compile(r"(?:\s+(?:of|de|del|di|della|des|du|da|do|dos|das|dei|degli)\s+(?:the\s+|la\s+|el\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}?)?"
                           r",\s*(?:(?:the|la|el|il|le|der|die|l['’])\s*(?:[a-zà-ÿ]+\s+){1,2})?(?P<name>"
                           + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})(?=\s*[,.;]|\s+(?:in|at|on|during|en|a|al|nel|durante)\b)")
_POSTPOSED_ADJ = re.compile(r"\s+(?!" + _VERB_RE + r"\b)[a-zà-ÿ][\w\-]*(?=,)")
_PRE_ACCORDING = re.compile(r"(?:[Aa]ccording\s+to|[Ss]egún|[Ss]econdo|[Ss]egundo|[Ll]aut|[Ss]elon)\s+" + _NP
                            + r"(?:\s*,?\s*$|(?:\s+(?:of|from|at|vom|von|de|del|di|da|du)\s+[^,;:“”\"«»„]{1,60})?,\s+"
                            r"[^“”\"«»„.;:]{1,200}$)")
_PRE_COLON = re.compile(_NP + r"\s*:\s*$")
_PLACE_PREP_BEFORE = re.compile(r"(?:(?<!More\s)(?<!more\s)\bfrom|\b(?:en|in|at|on|à|au|a|im|am|aus|nel|nella|no|na|del|de|da|di))\s+"
                                r"(?:(?:la|el|the|le|il|o|a|der|dem)\s+)?$", re.I)
# (and when: "spoke to pilgrims after Sunday Mass:" ends on an event, not on who speaks)
_WHERE_PREP_BEFORE = re.compile(r"\b(?:in|at|on|à|au|a|im|nel|nella|en|no|na|after|before|during|following)\s+"
                                r"(?:(?:our|their|my|his|its|the)\s+)?$")
_ARTICLE_NP = re.compile(r"(?:El|La|Los|Las|Il|Lo|Gli|O|A|Os|As|Le|Les|The)\s")
# (a phone-in's "Kwabena from Dome Junction:" has no comma before "from")
_NAME_FROM_PLACE = re.compile(r"(?:^|[\s(])(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2})(?:,\s+(?:from|of|in|aus|de|"
                              r"da|di)|\s+from)\s+$")
# between the speaker and the verb: appositives ("Vik, 58, who was seeking a third term, said") or a
# prepositional phrase ("Marguerite A. of the Green Renewal party told NWS that …"); a name in
# apposition ("the head of APSL, Julián Ortuzar, said") is the speaker itself, not a modifier
# (a capitalised title in apposition is no name: "Rachel Okafor, Area Flood Risk Manager, said"; and
# the phrase may carry its own indefinite appositive: "Jo Hale of the Rail Alliance, a riders' group, said")
_TITLE_END_WORDS = ("Manager", "Director", "Officer", "Commander", "Chief", "Secretary",
                                          "President", "Minister", "Chair", "Chairman", "Chairwoman", "Leader",
                                          "Spokesperson", "Spokesman", "Spokeswoman", "Head", "Executive", "Inspector",
                                          "Superintendent", "Coordinator", "Adviser", "Advisor", "Editor", "Engineer",
                                          "Administrator", "Receiver", "Liquidator", "Trustee", "Treasurer", "Clerk",
                                          "Registrar", "Surveyor", "Warden", "Curator", "Principal", "Headteacher",
                                          "Ranger", "Controller", "Auditor", "Partner", "Consultant", "Planner",
                                          "Analyst", "Surgeon", "Physician", "Matron", "Commissioner", "Solicitor",
                                          "Counsel", "Supervisor", "Organiser", "Organizer", "Founder", "Owner")
_TITLE_END = "".join(f"(?<!{w})" for w in _TITLE_END_WORDS)
_SPEAKER_MOD = r"(?:(?:,(?!\s*" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,3}" + _TITLE_END + r"\s*,)[^,;:“”\"«»„]{1,110}){1,2},|\s+(?:of|from|at|for|on|in)\s+[^,;:“”\"«»„]{1,60}?(?:,\s+(?:a|an)\s+[^,;:“”\"«»„]{1,60},)?|\s*\((?![A-Z]{2,}\))[^()“”\"«»„]{1,60}\))?"
# "Der Fischer Jonah Thwaite sagte der Zeitung: „…“", "Thwaite told the Chronicle: “…”": the subject
# of the verb speaks, not the outlet or audience named just before the colon (also one whose name
# holds an ampersand, "told Licensee & Caterer:", and one told a while after it, "told PNA by phone
# from Hong Kong:")
_PRE_VERB_OBJ_COLON = re.compile(r"(?:^|[\s,;(])" + _NP + _SPEAKER_MOD + r",?\s+(?:also\s+)?" + _VERB_RE
                                 + r"\s+(?:[\w’'\-&]+\s+){0,7}?[\w’'\-]+\s*:\s*$")
_PRE_NP_VERB = re.compile(r"(?:^|[\s,;(])" + _NP + _SPEAKER_MOD + r",?\s+(?:also\s+|further\s+|then\s+|later\s+|has\s+|"
                          r"had\s+)?" + _VERB_RE + r"\b(?P<rest>[^“”\"«»„]*)$")
_PRONOUN_BEFORE_VERB = re.compile(r"(?<![\w’'\-])(?P<np>he|she|er|sie|il|elle|ella|lei|ele|ela)\s+(?:also\s+|further\s+|"
                                  r"then\s+|later\s+|has\s+|had\s+)?" + _VERB_RE + r"\b")
# Italian, Spanish and Portuguese drop the subject: "«…», ha detto." is "he/she said"
_PRODROP_VERBS = (r"(?:ha\s+(?:detto|aggiunto|spiegato|dichiarato|affermato|sottolineato|precisato|raccontato|ammesso|"
                  r"assicurato|avvertito|commentato|ribadito|dicho|afirmado|declarado|explicado|añadido|agregado|"
                  r"asegurado|señalado|contado)|dijo|añadió|agregó|explicó|afirmó|aseguró|señaló|contó|disse|"
                  r"afirmou|acrescentou|explicou|declarou|dice|aggiunge|spiega|cuenta|asegura|explica|señala|afirma|"
                  r"añade|conta|diz|afirma|racconta|continua|sottolinea|"
                  # Spanish (Mexican "platicó") and Portuguese preterites of telling
                  r"comentó|relató|platicó|expresó|sostuvo|reconoció|admitió|recordó|precisó|detalló|"
                  r"comentou|lembrou|admitiu|garantiu|reconheceu|relatou|desabafou|lamentou|concluiu|insistiu|confessou|"
                  r"confesó|concluyó|"
                  r"lamenta|afferma|recorda|sostiene|confiesa|relata|admite|recuerda|subraya|precisa|lembra|sublinha|"
                  r"desabafa|garante|acrescenta|avisa|avisou|opina|advierte|ricorda|ricordava|spiegava|precisa|assicura|"
                  r"insiste|ammette|osserva|aggiungeva|diceva)")
_PRODROP_INCISE = re.compile(r",\s*" + _PRODROP_VERBS + r"\s*$")
# where a teller stands, in lower case, between the verb and who tells ("dice in piazza un turista")
_PLACE_BETWEEN = (r"(?:in|nel|nella|al|alla|en|na|no|sur|dans|auf|im|am)\s+(?:la\s+|le\s+|il\s+|el\s+|a\s+|o\s+|der\s+)?"
                  r"[a-zà-ÿ]+\s+")
_POST_PRODROP = re.compile(r"^[\s,]*" + _PRODROP_VERBS + r"(?!\s+" + _PLACE_BETWEEN + r"(?:un|una|uno|um|uma|une)\s)"
                           r"(?=\s*[.,;!?]|\s*$|\s+(?:ai|al|alla|alle|agli|a\s+la|a\s+los|"
                           r"in|en|durante|nel|nella|ieri|oggi|hoy|ayer|ontem|hoje|poi|luego|después|depois)\b)")
# "X called the crash “…”", "X described it as “…”": the words are X's
_PRE_NP_CALLED = re.compile(r"(?:^|[\s,;(])" + _NP + _SPEAKER_MOD + r",?\s+(?:also\s+|has\s+|had\s+)?(?:called|described|dubbed|termed|qualified|calificó|definió|defined|"
                            # (and the present: "Simmons, who was once her pupil, calls her “…”")
                            r"labelled|labeled|calls(?!\s+(?:for|on|upon)\b)|describes|dubs|terms)\s+(?:[\w’'\-]+\s+){0,5}?(?:as\s+)?$")
_REPLY_OF = re.compile(r"\b(?:la\s+replica|la\s+risposta|la\s+respuesta|la\s+réplica|a\s+resposta|a\s+réplica|la\s+réponse|"
                       r"la\s+riposte|die\s+Antwort|die\s+Replik|the\s+reply|the\s+answer|the\s+response|the\s+retort)\s+"
                       r"(?:della|dello|del|di|de\s+la|de|da|do|du|des|von|of|from)\s+(?:the\s+|la\s+|il\s+)?"
                       r"(?P<np>[A-ZÀ-ÖØ-Þ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]+)?)")
# "Silvana Q. aveva parlato di «…»", "had spoken of “…”"
_SPOKE_OF_TAIL = (r",?\s+(?:(?:had|has|aveva|ha|había|tinha|avait|a)\s+)?"
                  r"(?:spoken\s+of|spoke\s+of|speaks\s+of|parlato\s+di|parla\s+di|hablado\s+de|habló\s+de|"
                  r"habla\s+de|falado\s+de|falou\s+de|fala\s+de|fala\s+(?=num)|parlé\s+de|parle\s+de|"
                  r"spricht\s+von|sprach\s+von)\s*(?:(?:a|an|un|una|uno|une|um|uma|num|numa|ein|einem|einer)\s+)?$")
_PRE_NP_SPOKE_OF = re.compile(r"(?:^|[\s,;(])" + _NP + _SPOKE_OF_TAIL)
# ("Giovanna D., direttrice di Cordana Superski, parla di «…»": the name before the appositive)
_PRE_NP_APPOSED_SPOKE_OF = re.compile(r"(?:^|[\s,;(])" + _NP + r"(?P<apposed>,\s+[^,;:“”\"«»]{1,80},)" + _SPOKE_OF_TAIL)
# "Margit S., who leads the inquiry, urges caution: «…»": a sentence that opens with a name and
# ends in a colon right before the quote is the named person's introduction
_PRE_SUBJECT_COLON = re.compile(r"^\s*" + r"(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*[–—-]?\s*)?"  # a live blog's time stamp
                                r"(?:(?:(?:And|But|Yet|Et|Mais|Pero|Ma|Und|Aber)\s+(?:an?|the|one|another|her|his|"
                                r"their|un|une|uno|una|ein|eine)|[Tt]he|[Ll]a|[Ll]e|[Ll]'|[Ll]’|[Ii]l|[Ee]l|[Dd]er|[Dd]ie|[Dd]as|O|A|Os|As|Lo|Los|Las|Gli|"
                                # "Her husband, Tomás Gadea, was blunter:"
                                r"Her|His|Their|Su|Sua|Seu|Sa|Son|Ihr|Sein|Seine|Ihre)(?:\s+|(?<=['’]))[^,:;“”\"«»„]{1,60},\s*)?"
                                # (a whole word: "Leader of …" does not open with "Le"; "And a reader,
                                # Jenny M., who …, emailed to say:")
                                # "Race director Owen P. is standing by his team:", "Varnbergbau-Chefin K. H. sprach …:"
                                # (not a preposition: "Sur Facebook, le club a écrit :" is where, not who)
                                r"(?!(?:On|In|At|Sur|Sous|Dans|Pour|Avec|Auf|Su|Sul|Sulla|Nel|Nella|Per|En|Em|No|Na|Por|"
                                r"Para|Con|Ao|Aos|To)\s)"
                                # ("Cane growers' chairman Josphat N. put it plainly:": a plural possessive too)
                                # ("Students' Union president Jas M. was unimpressed:": a body's two-word
                                # name, then its officer's title)
                                r"(?:(?:[A-ZÀ-Þ][\w’'\-]*\s+[A-ZÀ-Þ][\w’'\-]*\s+(?:vice[\s-])?(?:president|chair|chairman|"
                                r"chairwoman|secretary|spokesman|spokeswoman|spokesperson|director|leader|head|manager|"
                                r"treasurer|organi[sz]er|coordinator|captain|officer)|"
                                r"[A-ZÀ-Þ][\w’'\-]*(?:\s+[a-zà-ÿ][\w\-]*[’']?){0,2})\s+(?=[A-ZÀ-Þ]))?"
                                # one word only when it names a known person ("Ettore sorride:")
                                r"(?P<np>(?!(?:A|An|The)\s)" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2})"
                                r"(?:,[^:;“”\"«»„]{1,100},)?,?\s+[^:;“”\"«»„]{1,100}:\s*$")
_CAP_RUN = re.compile(r"((?:[A-ZÀ-Þ][\w’'\-]*)(?:\s+[A-ZÀ-Þ][\w’'\-]*)*)(?=\s+[a-zà-ÿ])")


def _known_tail(pre: str, lo: int, hi: int, base: int, resolve_name) -> tuple[int, int, str] | None:
    """The last two (or three) words of the capitalised run pre[lo:hi], when they name a known person."""
    toks = pre[lo:hi].split()
    for k in (2, 3):
        if len(toks) <= k:
            break
        tail = " ".join(toks[-k:])
        start = pre.rfind(tail, lo, hi)
        if start >= 0 and resolve_name(base + start, base + hi, tail):
            return base + start, base + hi, tail
    return None


# a capitalised word opening the sentence right before the subject's name ("Jana Koehler waves off:")
_FIRST_NAME_BEFORE = re.compile(r"^\s*([A-ZÀ-Þ][a-zà-ÿ]+)\s+$")
# a full name right after the first comma of such a sentence, followed by a lower-case word (its
# verb): what came before was a descriptor ("Chief of group Green Citizen, Karim Benali has not
# chewed his words:")
_COLON_APPOSED_SUBJECT = re.compile(r",\s*(?:(?:le|la|el|il|lo|o|a|der|die|the)\s+)?(?:(?:Dr|Dre|Dra|Pr|Prof|Me|Dott|Mgr)\.?\s+)?(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})\s+(?=[a-zà-ÿ])")
# a speaker phrase that is only a description ("the patrol vessel's captain", "a presidente")
_DESCRIPTOR = re.compile(r"(?i:the|an?|la|le|el|il|lo|os?|as|der|die|das)\s+[a-zà-ÿ]|[Ll]['’]\s*[a-zà-ÿ]")
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'\-])(?:[Aa]n?|[Tt]he)\s*$")
_TITLE_CASE_LABEL = re.compile(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}[!.]?")
_NOUN_AFTER_LABEL = re.compile(r"\s+(?!(?:is|was|are|were|has|had|said|says|and|or|but|to|of|in|on|at|for|with|by)\b)"
                               r"[a-z]+s?\b(?!\s+(?:said|says|told)\b)")
# 'a line on the wall with “Riada 1959” painted beside it': words written on something, not said
_WRITTEN_AFTER = re.compile(r"\s*(?:painted|written|scrawled|printed|carved|inscribed|stencil?led|sprayed|chalked|"
                            r"engraved|embroidered|etched)\b(?!\s+(?:to|in\s+a\s+(?:letter|statement|post)))")
_SCARE_BEFORE = re.compile(r"\b(?:a|an|the|this|that|its|their|his|her|our|so-called)\s*$", re.I)
_LABEL_BEFORE = re.compile(r"(?:\b(?:banner|sign|placard|poster|slogan|headline|graffiti|t-shirt|faixa|cartaz|pancarta|"
                           r"pancarte|banderole|striscione|cartello|plakat)s?(?:\s+(?:reading|saying|"
                           r"(?:that|which)\s+(?:still\s+|once\s+)?(?:reads?|said|says)))?\s*:?\s*$|\bpetition\s+headed|\bso-called|\bso\s+called|\bknown\s+(?:\w+\s+){0,3}?as|\bnicknamed|\btitled|\bentitled|"
                           r"\bheadlined|\bthe\s+(?:words?|term|phrase|slogan|hashtag|label)|\bsigns?\s+reading|"
                           # ("had been rated “requires improvement” by the inspectorate": a grade)
                           r"\b(?:rated|graded|classed|classified|ranked)\s+(?:as\s+)?|"
                           # "a sheet hung from a balcony says it all:", "um lençol … diz tudo:": a sign that
                           # speaks is no speaker
                           r"\b(?:sheet|bedsheet|banner|sign|placard|poster|notice|board|lençol|cartaz|faixa|pancarte|"
                           r"banderole|panneau|affiche|schild|transparent|plakat|cartello|striscione|pancarta|letrero|"
                           r"sábana|affichette|écriteau|cartel|aviso)\b[^.!?:“”«»\"]{0,50}\b(?:says?|reads?|diz|dizia|dit|disait|"
                           r"dice|decía|sagt|lautet|recita|proclaims?|indique|indiquait|indica|indicaba|indicates?|"
                           r"indicated|affiche|affichait|shows?|showed|displays?|displayed|muestra|mostraba|mostra|mostrava|"
                           r"exibe|exibia|zeigt|zeigte)\b[^.!?:“”«»\"]{0,20}:\s*[«“\"„]?\s*$|"

                           # "with a poster written by hand in the shop window:": a sign set before the
                           # colon, and no one said to speak in between
                           # (not "X is quoted in the notice:")
                           r"(?<!\bin\s)(?<!\bon\s)\b(?:a|an|the)\s+(?:hand-?written\s+|handmade\s+|printed\s+)?(?:sign|"
                           r"poster|placard|banner|notice|chalkboard|cartel|cartello|affiche|pancarte|Schild|Plakat)\b"
                           r"(?![^.!?:“”«»\"]{0,60}\b(?:said|says|told|added|explained|asked|quoted|stated|wrote|writes)\b)"
                           r"[^.!?:“”«»\"]{0,60}:\s*[«“\"„]?\s*$|"
                           # ("The island's plan for winter fires, called “Cumbre Segura”, was approved"):
                           # a name set off after its noun
                           r"(?<=[a-z]),\s+(?:called|named|dubbed|titled)\s*$|"
                           r"\bsogenannten?|\bcosiddett[oaie]|"
                           # ("the departure boards flashed “Fahrt fällt aus”", "Auf den Anzeigetafeln stand so
                           # oft „…“": what a board or screen shows)
                           r"\b(?:boards?|screens?|displays?|[Aa]nzeigetafeln?|[Aa]nzeigen|panneaux|tabelloni?|pantallas?|"
                           r"pain[ée]is)\b[^.!?:“”«»\"]{0,40}\b(?:flashed|showed|displayed|read|stand|standen|zeigten?|"
                           r"affichaient|affichait|mostravano|mostrava|mostraban|mostraba)\s+(?:[a-zäöüß]+\s+){0,3}$|"
                           # "a cork oak that everyone calls “the Grandmother”": the verb right before the
                           # quote names (with an object in between, "called the cracks “…”", it is speech)
                           r"\b(?:call|calls|chamam|llaman|appellent|chiamano|nennen)(?:-lhe|-le)?)\s*$", re.I)
# "« l'Aigle », le surnom du télésiège", "“the Eagle”, the nickname of the lift": a name the
# words after the quote call a name
_NICKNAME_APPOSED = re.compile(r"\s*,\s*(?:the|its|their|his|her|le|la|son|sa|leur|il|el|su|o|a|seu|sua|der|die|das|"
                               r"sein|seine|ihr|ihre)\s+(?:nickname|surnom|sobriquet|soprannome|nomignolo|apodo|mote|"
                               r"alcunha|apelido|Spitzname|Beiname|Kosename)\b", re.I)
# a capitalised word opening a sentence that names nobody
# ("A petition, “Keep Gullhaven Afloat”, had 1,870 signatures": its title, when title-cased)
_PETITION_BEFORE = re.compile(r"\b(?:petition|campaign)s?,?\s*$", re.I)
_ONE_OF_BEFORE = re.compile(r"\b(?:one|some|two|three|several|many|few|each|any|another)\s+of\s+(?:our|the|their|its|his|"
                            r"her|my|your)\s+$", re.I)
_NOT_SPEAKER = re.compile(r"(?:More|Asked|Also|But|And|Then|Later|Earlier|Meanwhile|Update|Latest|Elsewhere|Still|Now|"
                          r"Today|Yesterday|Here|There|This|That|Some|Many|Most|Others?|Several|"
                          # ("One listener, who did not give a name, …:": a count, never a name)
                          r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b")
_VERB_WORD = re.compile(r"^[\s,]*" + _VERB_RE + r"\b")
# "“…” – Felix Durrant, for the defence": a pull quote signed with a full name after a dash
_POST_DASH_NAME = re.compile(r"^\s*[—–-]\s*(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})(?=\s*[,.;(]|\s*$)")
# "…, he was categorical:", "She put it bluntly:": a pronoun subject of a colon introduction
_PRE_POSSESSIVE_COLON = re.compile(r"(?:^|[.!?]\s+)(?:(?P<np>Her|His)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:line|words?|message|"
                                   r"verdict|reply|answer|response|view|warning|plea|advice|conclusion|explanation|"
                                   r"promise|point|argument|comment|retort|version)(?:\s+(?:was|is|to\s+\w+))?"
                                   r"(?:\s+[a-z][\w\-]*){0,2}|"
                                   # "Sein Kommentar:", "Ihr Fazit:" (German says whose: sein is his, ihr hers)
                                   r"(?P<de>Sein|Seine|Ihr|Ihre)\s+(?:[a-zäöü][\w\-]*\s+)?(?:Kommentar|Fazit|Urteil|Antwort|"
                                   r"Botschaft|Appell|Warnung|Rat|Einschätzung|Bilanz|Erklärung|Reaktion|Worte))\s*:\s*$")
_PRE_PRONOUN_COLON = re.compile(r"(?:^|,\s+)(?P<np>[Hh]e|[Ss]he)\s+(?!said|says|told|added)[a-z][^:;“”\"«»„,]{1,60}:\s*$")
# (and "His verdict on Pike:": whom it is about)
_SPEECH_NOUN = re.compile(r"\s+(?:own\s+)?(?:advice|words?|message|verdict|reply|answer|view|warning|statement|"
                          r"comment|response|plea|account|version|take|promise|verdict|conclusion|explanation)\b")
_AUDIENCE_BEFORE = re.compile(r"\b(?:to|told|tells|telling|on|about|with|against|at|over|into|ao|aos|à|às|al|au|aux|alla|"
                              r"allo|agli|zum|zur)\s+$|"
                              # "… ai giornalisti sulla scalinata del Pretorio:": a place, not who speaks
                              r"\b(?:of|del|della|dello|dei|delle|di|de|des|du|do|da|dos|das|in|nel|nella|sulla|sul|en|no|na|"
                              r"im|am|vom)\s+(?:(?:the|la|le|el|il|lo|o|a|der|dem|den)\s+)?$")
# "“…”, indique Sérac Domaines", "“…”, confides she": a word, then a name or pronoun, right after a
# quote is an attribution, read or not; no earlier speaker carries over it
_POST_INVERTED_GUESS = re.compile(r"^[\s,]*[a-zà-ÿ][\w\-]*\s+(?:[A-ZÀ-Þ]|(?:he|she|il|elle|ella|lei|ela)\b)")
# an attribution after a quote's comma that we could not read: a verb (after an auxiliary: "ha
# insistido"), then a subject that is someone indefinite ("atira um taxista", "remembers a
# neighbour", "breathes one of the clients"), someone's relative or officer ("replica su consejero
# delegado") or a capitalised name; a definite title ("vents the commander") is left to the carry
_POST_UNREAD_INVERTED = re.compile(r"^\s*,?\s*(?:(?:ha|han|hat|has|have|had|a|ont|è|tem|foi|was|is)\s+)?"
                                   r"(?P<verb>[a-zà-ÿ][\w\-]*)\s+(?:(?:corto|breve|secco|seco|court|sec|kurz|off)\s+)?"
                                   r"(?:(?P<who>an|one|um|uma|un|una|uno|ein|eine|einer|"
                                   r"another|su|sua|seu|sa|son|ses|sus|his|her|their|its)\s|(?P<a>a|der|die)\s|(?P<np>"
                                   + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2}))")
_POST_ANY_VERB_COMMA_NAME = re.compile(r"^\s*(?!(?:at|in|on|of|for|by|to|from|with|as|and|or|but|near|a|an|the|"
                                       r"en|a|de|di|da|du|des|del|dans|nel|nella|no|na|em|im|am|auf|bei)\b)"
                                       r"[a-zà-ÿ][\w\-]*(?:\s+[\w’'\-]+){0,6}?,\s*(?:(?:l['’]\s*)?[a-zà-ÿ][\w\-]*\s+){0,2}"
                                       r"(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})(?=\s*[.,;!?]|\s*$)")
# (a German title is a capitalised noun: "„…“, so der Bäckermeister.")
_TITLE_WORD = re.compile(r"([a-zà-ÿ]{4,}|[A-ZÄÖÜ][a-zäöüß]{3,})(?=\s*[.,;!?]|\s*$)")
_FULL_NAME = re.compile(_NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2}")
# (a label passed over may sit in it: 'he said, pointing to a line with “Riada 1959” painted beside it. “…”')
_ATTR_GAP = re.compile(r"[,.!?]?\s*[”\"»“]\s*[,.!?]?\s*(?:[^.!?;:“”\"«»„\n]|[“\"«][^.!?“”\"«»\n]{1,40}[”\"»]){3,200}[.!?]\s*[“\"«„]")
_SPLIT_GAP = re.compile(r"[,]?\s*[”\"»“]?\s*,?\s*[^.!?;:“”\"«»„\n]{3,120},\s*[“\"«„]")
# "“…”, says its captain, Joel Ashworth-Price": the verb, a descriptor, then the full name
# ("explicó el presidente de la Confederación Hidrográfica del Sarbela (CHS), Ignacio Lasheras": a
# long title ending in the body's acronym)
_POST_VERB_DESC_COMMA_NAME = re.compile(r"^[\s,]*" + _VERB_RE + r"\s+(?:[\w’'\-]+\s+){0,8}?[\w’'\-]+(?:\s+\([A-Z]{2,8}\))?,\s*(?P<np>"
                                        + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})(?=\s*[.,;]|\s*$)")
# "« … », explique-t-elle", "dit-il"
_POST_FR_PRESENT_INVERTED = re.compile(r"^[\s,]*(?:explique|raconte|ajoute|affirme|assure|dit|précise|souligne|estime|"
                                       r"confie|poursuit|insiste|lance|résume|répond|reconnaît|déclare|indique|"
                                       r"lâche|glisse|martèle|tranche|soutient|note|observe|commente|concède|admet|"
                                       r"avoue|soupire|renchérit|rétorque|nuance|conclut|prévient|rappelle)"
                                       r"-(?:t-)?(?P<np>il|elle)\b")
# a day between the verb and who tells: "contaba ayer una estudiante", "disse ontem um vizinho"
_WHEN_WORD = r"(?:yesterday|today|ayer|hoy|ontem|hoje|hier|ieri|oggi|gestern|heute)"
_AUDIENCE_BETWEEN = (r"(?:ao|à|aos|al|alla|au|a\s+la)\s+[A-ZÀ-Þ][\w’'\-]*(?:\s+(?:[A-ZÀ-Þ][\w’'\-]*|da|do|de|del|della|"
                     r"di|du|la)){0,4}\s+")
# (up to seven words: "“…,” a cousin of one of the missing deckhands said")
_POST_UNNAMED = re.compile(r"^[\s,]*(?:(?:one|a|an|another|some|two|three|several|many|other|the)\s+(?:[\w\-’']+\s+){0,7}?"
                           + _VERB_RE + r"\b|" + _VERB_RE + r"\s+(?:" + _WHEN_WORD + r"\s+)?(?:someone|somebody|qualcuno|"
                           r"alguien|alguém|quelqu[’']un|jemand|l[’']une?\s+des?)\b|"
                           # ("one reads in the bulletin", "si legge nel bollettino": a text's words, whose
                           # author is not the last speaker)
                           r"(?:one\s+(?:reads|can\s+read)|si\s+legge|se\s+lee|on\s+(?:peut\s+)?lit|lê-se|man\s+liest)\b|"
                           # ("means a mountain guide": a rendering of "meint ein Bergführer")
                           r"(?:means|meant|comments|commented)\s+(?:a|an|one|another)\s+[a-z]|"
                           # ("erzählt eine Nachbarin": a German noun, capitalised; not a body's spokesman)
                           + _VERB_RE + r"\s+(?:ein|eine|einer)\s+(?!Sprecher)[A-ZÄÖÜ][a-zäöüß]|"
                           # ("disse ao Correio da Ria uma turista": the paper told stands between)
                           + _VERB_RE + r"\s+(?:" + _WHEN_WORD + r"\s+)?(?:" + _AUDIENCE_BETWEEN + r"|" + _PLACE_BETWEEN + r")?"
                           r"(?:the|a|an|one|another|un|une|um|uma|uno|una|ein|eine|"
                           r"otra|otro|outra|outro|altra|altro|autre|andere|anderer)\s+[a-z]|"
                           # "said one Mill Lane resident": an indefinite, whatever names qualify it
                           + _VERB_RE + r"\s+(?:a|an|one|another)\s+(?:[A-Z][\w’'\-]*\s+){1,3}[a-z])")
_INNER_CALLER = re.compile(r"\b((?:a|an|one|another)\s+(?:[\w\-]+\s+){0,3}?)(?:called|described|dubbed|termed)\s+"
                           r"(?:it\s+|this\s+|that\s+)?(?:as\s+)?$", re.I)
_APPOSED_BODY_NAME = re.compile(r",\s+(" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,3}),")
_BODY_OF_BEFORE = re.compile(r"\b(?:[Tt]he\s+)?((?:[a-z][\w’'\-]*\s+){0,2}(?:association|union|council|committee|federation|"
                             r"society|board|chamber|club|league|brotherhood|confraternity|guild|cooperative|co-operative|"
                             # ("The prefecture of Orbenne said in a statement:": the state's office, not the place)
                             r"prefecture|municipality|province|provincial\s+government|regional\s+government)"
                             r")\s+of\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}$")
_INNER_NAMED_CALLER = re.compile(r",\s+(?:a|an)\s+[\w\-]+\s+(?:that\s+|which\s+)?(?:[^,“”\"«»]{0,60},\s+)?(?P<np>"
                                 + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2}),?\s+(?:had\s+)?(?:called|described|"
                                 r"dubbed|termed|dismissed|branded|labell?ed|derided|mocked|hailed)\s+"
                                 r"(?:it\s+|this\s+|that\s+)?(?:as\s+)?$")
_AUDIENCE_PREP = re.compile(r"\b(?:ao|à|aos|às|al|alla|allo|au|aux)\s+$", re.I)
PRO_DROP = "∅"  # the subject an Italian/Spanish/Portuguese verb leaves out: a pronoun of either gender
PRONOUNS = {"he", "she", "er", "sie", "il", "elle", "ella", "él", "lei", "lui", "ela", "ele", PRO_DROP}
# "«…», sostiene la organización" / "“…”, heißt es beim Verband": a body named by what it is, after
# the quote; whichever body the article named just before, never the last person quoted
# (the verb may be an English one we do not list: "“…”, indicated the firm in a communiqué")
_POST_BODY_NOUN = re.compile(r"^[\s,]*(?:(?:" + _VERB_RE + r"|[a-z]{3,}(?:ed|es))\s+(?:la|el|le|il|l[’']|a|o|the)\s*(?:organizaci[oó]n|organisation|"
                             r"organization|organizzazione|organiza[cç][aã]o|asociaci[oó]n|associazione|associa[cç][aã]o|"
                             r"agrupaci[oó]n|entidad|entity|federaci[oó]n|fédération|federazione|federa[cç][aã]o|"
                             # ("advierte el colectivo en un comunicado": the platform named before)
                             r"colectivo|collectif|collettivo|coletivo|plataforma|plateforme|piattaforma|"
                             r"coop[eé]rativa|coopérative|(?P<firm>firma|empresa|compa[ñn][ií]a|companhia|sociedad|entreprise|société|"
                             r"azienda|ditta|firm))(?![’'\w]|\s+of\b)|heißt\s+es\s+(?:beim|bei\s+der|bei\s+den|vonseiten\s+(?:der|des)|"
                             r"aus\s+(?:dem|der)|im)\s+[A-ZÄÖÜ]\w+)\b")
# "“…,” it said": a body, never a person (nor the last person quoted)
# (also "it was called in the bulletin", "it is said in the report": renderings of "hieß es im …")
_IT_VERB = re.compile(r"^[\s,]*it\s+(?:(?:also\s+|then\s+|later\s+|further\s+)?" + _VERB_RE
                      + r"\b|(?:was|is)\s+(?:called|said|stated|written)\s+(?:in|by|from)\s)")
_AND_VERB = re.compile(r"^[\s,]*and\s+(?:also\s+|then\s+)?" + _VERB_RE + r"\b")


# an attribution inside one pair of quote marks, as French, Spanish and Italian write it:
# « Nous retenons un virus, a déclaré J.-B. Morvan, directeur de la santé portuaire. Rien d'autre. »,
# « C'est pénible, explique-t-elle, mais c'est fini en deux jours », «Hemos retrocedido —afirmó el
# gerente—. Las enfermeras …»
_INCISE_VERB = (r"(?:a\s+(?:déclaré|dit|ajouté|précisé|affirmé|expliqué|indiqué|souligné|assuré|estimé|raconté|"
                r"confié|poursuivi|reconnu|insisté|lancé|répondu|soutenu|noté|rappelé|martelé|tranché|commenté|"
                r"conclu|admis|concédé|plaidé|déploré|prévenu|lâché|fait\s+valoir)|"
                r"(?:explique|raconte|ajoute|affirme|assure|dit|"
                r"précise|souligne|estime|confie|poursuit|insiste|résume|répond|reconnaît|déclare|indique|lance|"
                r"soutient|note|observe|rappelle|martèle|tranche|commente|signale|renchérit|nuance|prévient|"
                r"lâche|glisse|constate|déplore|admet|concède|plaide|conclut|fait\s+valoir|peste|râle|souffle|sourit|"
                # Quebec's "de dire le maire", "d'ajouter la ministre"
                r"de\s+(?:dire|préciser|souligner|poursuivre|conclure|lancer|rappeler|résumer|répondre|commenter)|"
                r"d['’](?:ajouter|expliquer|indiquer|affirmer|insister)|"
                # the French present inside one pair of marks, rendered word for word by a machine
                # translation: "…, maintains its director, X. …" (not "said": an English quote that
                # holds "…, said Dr. X, …" is most often an excerpt of another paper, quoted whole)
                r"(?:adds|explains|maintains|insists|argues|stresses|declares|affirms|underlines|estimates|"
                r"concludes|hammers|sighs|specifies|confides|concedes|deplores|laments|pleads|slices|drops|"
                r"launches|slips|assures|tells|curses|grumbles)(?=\s+(?:[A-Z]|the\s|its\s|his\s|her\s|their\s|he\b|she\b)))"
                r"(?:-t-(?:il|elle)|-(?:il|elle)|\s+(?=[A-ZÀ-Þ]|l[ea]\s|l['’]|s(?:on|a)\s|the\s|its\s|his\s|"
                r"her\s|their\s|he\b|she\b)))")
_INCISE_COMMA = re.compile(r",\s+(?P<inc>" + _INCISE_VERB + r"[^,.;:!?«»“”\"]{0,60}?)\s*(?P<stop>[,.])\s+")
_INCISE_DASH = re.compile(r"\s*[—–]\s*(?P<inc>(?:" + _VERB_RE + r"|" + _INCISE_VERB + r")\b[^—–\n«»“”\"]{0,80}?)"
                          r"\s*[—–]\s*[.,;]?\s*")
# a descriptor in apposition after the speaker's name, still part of the attribution ("…, a déclaré
# Jean-Baptiste Morvan, directeur de la santé portuaire d'Ardonie. Nous …")
_INCISE_APPOSITION = re.compile(r"(?:(?:le|la|l['’]|el|il|lo|o|a)\s*)?(?:" + _FR_HEAD_RE + r"|responsable|médecin|"
                                r"chef|adjointe?|secrétaire|capitaine|commandante?|professeure?|docteure?|avocate?|"
                                r"préfète?|gérante?|gerente|jefe|jefa|portavoz|responsabile|direttore|capo|"
                                r"assessore|ingegnere|medico|médica|médico|enfermera|enfermero)\b[^,.;:!?«»“”\"]{0,80}"
                                r"[.,]\s+")

_INCISE_NAME = re.compile(_NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2}\s*(?P<stop>[,.])\s+")


def split_incises(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """Quotes cut where an attribution stands inside their marks; also the starts of the second
    halves, whose speaker is the one the attribution names."""
    out: list[tuple[int, int]] = []
    second: set[int] = set()
    for qs, qe in spans:
        m = _INCISE_DASH.search(text, qs, qe) or _INCISE_COMMA.search(text, qs, qe)
        if m is None or m.start() <= qs or m.end() >= qe:
            out.append((qs, qe))
            continue
        end = m.end()
        if m.re is _INCISE_COMMA and m.group("stop") == ",":
            ap = _INCISE_APPOSITION.match(text, end)
            if ap and ap.end() < qe and re.search(r"[A-ZÀ-Þ]", m.group("inc")[2:]):
                end = ap.end()  # the descriptor after a name belongs to the attribution
            elif not re.search(r"[A-ZÀ-Þ]", m.group("inc")[2:]):
                # "…, a lancé la directrice générale, Hélène Brassard. Mais …": a title, then the
                # holder's name in apposition (and maybe a descriptor after it) close the attribution
                nm = _INCISE_NAME.match(text, end)
                if nm and nm.end() < qe:
                    end = nm.end()
                    ap = _INCISE_APPOSITION.match(text, end) if nm.group("stop") == "," else None
                    if ap and ap.end() < qe:
                        end = ap.end()
        first_end = m.start()
        if not text[qs:first_end].strip() or not text[end:qe].strip():
            out.append((qs, qe))
            continue
        out.append((qs, first_end))
        out.append((end, qe))
        second.add(end)
    return out, second


def find_quotes(text: str, min_words: int = 1) -> list[tuple[int, int]]:
    """Inner spans ``(start, end)`` of direct quotations, multi-paragraph ones included."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "'" and (i == 0 or text[i - 1] in _SINGLE_BEFORE) and i + 1 < n and text[i + 1].isalnum():
            end = _find_single_close(text, i + 1)
            if end is not None:
                out.append((i + 1, end))
                i = end + 1
                continue
        if c == STRAIGHT or c in PAIRS:
            # an apostrophe-like ‘ inside a word is not an opening quote
            if c == "‘" and i > 0 and text[i - 1].isalnum():
                i += 1
                continue
            if c == "»" and not (i + 1 < n and text[i + 1].isalpha()):
                i += 1
                continue
            closers = STRAIGHT if c == STRAIGHT else PAIRS[c]
            end = _find_close(text, i + 1, c, closers)
            if end is not None:
                inner = (i + 1, end)
                s, e = inner
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if len(text[s:e].split()) >= min_words:
                    out.append((s, e))
                i = end + 1
                continue
        i += 1
    return out


# 'analyst Raymond “Ray” Quillan said', 'Tomas "The Hammer" Ekwe': a nickname inside a name is no quote
_NICK_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][\w’'\-]*\.?[ \t]$")
_NICK_INNER = re.compile(r"(?:The\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?")
_NICK_AFTER = re.compile(r"[ \t][A-Z][\w’'\-]+")


# ('“Panner Lou” Brenner said he …': opening the sentence, before a surname and a verb of saying)
_NICK_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)$")
_NICK_AFTER_SAYS = re.compile(r"[ \t][A-Z][\w’'\-]+\s+(?:said|says|told|tells)\b")


def _is_nickname(text: str, open_pos: int, s: int, e: int, close_pos: int) -> bool:
    if not _NICK_INNER.fullmatch(text, s, e):
        return False
    if _NICK_BEFORE.search(text, max(0, open_pos - 40), open_pos) and _NICK_AFTER.match(text, close_pos + 1):
        return True
    return bool(" " in text[s:e].strip() and _NICK_SENTENCE_START.search(text, max(0, open_pos - 12), open_pos)
                and _NICK_AFTER_SAYS.match(text, close_pos + 1))


# "On Twitter, she wrote", "| Photo by Reuters": a one-word name after "on"/"via" is a platform, one
# before "by" and a capitalised word a picture credit, whatever the model typed it as
_SENTENCE_ADVERB = re.compile(r"(?:Nevertheless|Nonetheless|However|Moreover|Meanwhile|Furthermore|Still|Instead|"
                              r"Otherwise|Indeed|Anyway|Besides|Thus|Hence|Consequently|Afterwards?|Yet|Ultimately|"
                              r"Eventually|Fortunately|Unfortunately|Sadly|Luckily|Finally)")
_PLATFORM_BEFORE = re.compile(r"(?<![\w’'\-])(?:[Oo]n|[Vv]ia)\s+$")
_CREDIT_AFTER = re.compile(r"\s+by\s+[A-Z]")
_MEDIA_LABEL = re.compile(r"[ \t]*(?:[A-Z][\w&’'\-]*[ \t]+){0,3}(?:Video|Videos|Photo|Photos|Gallery|Slideshow|Audio|"
                          r"Podcast)[ \t]*:")


def not_a_speaker_mention(text: str, s: int, e: int) -> bool:
    """A person mention that no pronoun or title can mean: a link's or handle's junk with digits
    ("c0ZtP8M17l"), words run together across a line break ("Advertisement\n\nMcKinnon"), a
    platform or a credit line read as a one-word name."""
    name = text[s:e]
    if "\n" in name or any(c.isdigit() for c in name):
        return True
    if s > 1 and text[s - 1] == "/" and text[s - 2].isalpha():
        return True  # "WIREPIX/Dana Orsk": a picture credit, one word or more
    if _SENTENCE_ADVERB.fullmatch(name.strip()) and text.startswith(",", e):
        return True  # "Nonetheless, she wrote": a sentence adverb the model read as a name
    lo = text.rfind("\n", 0, s) + 1
    if _MEDIA_LABEL.match(text, lo, lo + 80):
        return True  # "Canal Nueve Video: <title of a clip>": a link's label and title, no one
    if re.match(r"(?:Neither|Either)\s", name):
        return True  # "Neither Halvorsen nor her union would comment": no one's words follow
    ob, cb = text.rfind("[", max(0, s - 200), s), text.find("]", e, e + 200)
    if ob >= 0 and cb >= 0 and "]" not in text[ob:s] and "[" not in text[e:cb] and "\n" not in text[ob:cb] \
            and len(text[ob + 1:cb].split()) >= 4:
        return True  # "[Read more: Mayor Colm Arden meets the fishers]": a link's headline set in the story
    if " " in name.strip():
        return False
    return bool(_PLATFORM_BEFORE.search(text, max(0, s - 6), s) or _CREDIT_AFTER.match(text, e))


# Straight single quotes are also apostrophes ("Pievelunga's", "the players' union", "'90s"): one
# opens only at a word start and closes only before a space or punctuation, right after a comma,
# full stop, ! or ? or right before punctuation, on the same line, around two words or more
_SINGLE_BEFORE = " \t\n(—–-"
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?])'(?=[\s)]|$)|(?<=[\w])'(?=[.,;:!?)])")


def _find_single_close(text: str, j: int) -> int | None:
    line_end = text.find("\n", j)
    limit = min(len(text) if line_end < 0 else line_end, j + 2_000)
    m = _SINGLE_CLOSE.search(text, j, limit)
    if m is None or len(text[j:m.start()].split()) < 2 or re.search(r"\s'\w", text[j:m.start()]):
        return None  # unclosed, one word, or another opening before the close
    return m.start()


# A quotation runs at most this many characters: without a bound, every unclosed opener scanned
# to the end of the text (100,000 bare “ took 98 CPU-s on one hostile page).
MAX_QUOTE_CHARS = 10_000


@lru_cache(maxsize=32)
def _stops(closers: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(closers) + "\n]")


def _find_close(text: str, j: int, opener: str, closers: str) -> int | None:
    n = len(text)
    limit = min(n, j + MAX_QUOTE_CHARS)
    stops = _stops(closers)
    while j < limit:
        m = stops.search(text, j, limit)  # jump to the next closer or line break
        if m is None:
            return None
        j = m.start()
        c = text[j]
        if c in closers:
            if c == "’" and j + 1 < n and text[j + 1].isalpha():
                j += 1  # an apostrophe: don’t
                continue
            if opener == STRAIGHT and j > 0 and text[j - 1].isspace() and j + 1 < n and text[j + 1].isalnum():
                return None  # looks like the next opening: this one never closed
            return j
        if c == "\n":
            k = j
            while k < n and text[k].isspace():
                k += 1
            if "\n" in text[j + 1:k] or text[j:k].count("\n") >= 2:
                # a paragraph break inside a quote: fine only if the next paragraph reopens it
                if k < n and text[k] == opener:
                    j = k + 1
                    continue
                return None
        j += 1
    return None


def _sentence_bounds(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    starts = [s for s, _ in sentences]
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return (0, sentences[0][1] if sentences else pos)
    return sentences[i]


def attribute(
    text: str,
    quotes: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    resolve_name: Callable[[int, int, str], str | None],
    resolve_title: Callable[[str], str | None],
    persons_before: Callable[..., tuple[str | None, str | None]],
    persons_between: Callable[[int, int], set[str | None]] | None = None,
    agrees: Callable[[str | None, str], bool] | None = None,
    org_before: Callable[[int, str], str | None] | None = None,
    reporter_before: Callable[[int], str | None] | None = None,
    incise_seconds: set[int] | None = None,
    transcript_turns: bool = False,
) -> list[dict[str, Any]]:
    """Speaker of each quote: ``{"start", "end", "speaker_text", "speaker_id", "how"}``.

    ``resolve_name(start, end, name)`` maps a name occurrence to an entity id, ``resolve_title``
    a title phrase, ``persons_before(pos, pronoun)`` gives the last person named before ``pos`` outside
    quotes (for pronouns); ``persons_between(a, b)`` the entity ids (None for an unnamed title) of
    the people mentioned between two offsets: a pronoun right after a quote of a known speaker,
    with nobody else named in between, is that speaker. ``agrees(eid, pronoun)`` says whether
    what the story tells of a person's gender allows the pronoun ("she" is not a man's);
    ``org_before(pos, head)`` resolves "the company", "the agency" to the organisation named
    last before ``pos``; ``reporter_before(pos)`` the person reported speaking ("X said …") in
    the sentence right before ``pos``, for a quote with no cue of its own. ``how`` says which cue was used (``post``, ``pre``, ``according``,
    ``colon``, ``continued``) so benchmarks can break results down.
    """
    out = []
    prev: dict[str, Any] | None = None
    # nicknames ('analyst Raymond “Ray” Quillan said') are no one's words; what follows them is still
    # attributed as after a quote of the person they name
    nicks = {(qs, qe) for qs, qe in quotes if 0 < qs and qe < len(text) and not text[qs - 1].isalnum()
             and not text[qe].isalnum() and _is_nickname(text, qs - 1, qs, qe, qe)}
    # (the attribution after a quote reads on through a nickname, its marks blanked)
    through = text
    if nicks:
        chars = list(text)
        for qs, qe in nicks:
            chars[qs - 1] = chars[qe] = " "
        through = "".join(chars)
    # a name set off in marks and called a name after them ("skis on « l'Aigle », the lift's nickname,
    # « every winter »"): the attribution before it reads on through it, its marks blanked
    named = set()
    pre_text = text
    for qs, qe in quotes:
        c = qe
        while c < len(text) and text[c].isspace():
            c += 1
        if _NICKNAME_APPOSED.match(text, c + 1):
            named.add((qs, qe))
    if named:
        chars = list(text)
        for qs, qe in named:
            o, c = qs - 1, qe
            while o > 0 and text[o].isspace():
                o -= 1
            while c < len(text) and text[c].isspace():
                c += 1
            if o >= 0 and c < len(text):
                chars[o] = chars[c] = " "
        pre_text = "".join(chars)
    for qs, qe in quotes:
        # the mark characters sit just outside the inner span
        open_pos = qs - 1
        while open_pos > 0 and text[open_pos].isspace():
            open_pos -= 1
        close_pos = qe
        while close_pos < len(text) and text[close_pos].isspace():
            close_pos += 1
        ss, _ = _sentence_bounds(sentences, open_pos)
        _, se = _sentence_bounds(sentences, max(close_pos - 1, open_pos))
        after_end = se
        for q2s, q2e in quotes:
            if q2s > qe and (q2s, q2e) not in nicks:
                after_end = min(after_end, q2s - 1)
                break
        post = through[close_pos + 1:max(after_end, close_pos + 1)]
        before_start = ss
        for q0s, q0e in quotes:
            if q0e < qs and q0e + 1 > before_start and (q0s, q0e) not in named:
                before_start = q0e + 1
        pre = pre_text[before_start:max(open_pos, before_start)]
        found = None
        inner_named = False
        body_of = None
        hon_gender = None
        if incise_seconds and qs in incise_seconds and prev is not None and prev.get("speaker_text") is not None:
            # the rest of a quote after the attribution inside its marks: the same speaker
            rec = {"start": qs, "end": qe, "speaker_text": prev["speaker_text"], "speaker_id": prev["speaker_id"],
                   "how": "continued"}
            out.append(rec)
            prev = rec
            continue
        if _is_work_title(text, qs, qe, open_pos) or _TAGS_ONLY.fullmatch(text, qs, qe) \
                or _WRITTEN_AFTER.match(text, close_pos + 1) or _RENAMED_BEFORE.search(
                text, max(0, open_pos - 40), max(open_pos, 0)) or _LABEL_BEFORE.search(
                text, max(0, open_pos - 90), max(open_pos, 0)) or (
                _SCARE_BEFORE.search(text, max(0, open_pos - 12), max(open_pos, 0)) and " " not in text[qs:qe].strip()
                or _DETERMINER_BEFORE.search(text, max(0, open_pos - 6), max(open_pos, 0))
                and _VERB_WORD.match(text[close_pos + 1:close_pos + 40])) \
                or _PETITION_BEFORE.search(text, max(0, open_pos - 12), max(open_pos, 0)) \
                and _TITLE_CASE_LABEL.fullmatch(text, qs, qe) \
                or _headline_line(text, open_pos, close_pos) or _subhead_line(text, open_pos, close_pos) \
                or (qs, qe) in named \
                or (_DETERMINER_BEFORE.search(text, max(0, open_pos - 6), max(open_pos, 0))
                    and _TITLE_CASE_LABEL.fullmatch(text, qs, qe) and _NOUN_AFTER_LABEL.match(text, close_pos + 1)):
            # ('climbing over the “Path Closed” barriers': a label in title case between an article and
            # its noun names the thing, nobody speaks it)
            # ('A “seasoned campaign hand” told the paper': the quote describes the speaker, who is
            # unnamed; a line all in capitals is a headline)
            # (and 'a "validation" exercise': one word set off by a determiner is a scare quote)
            # 'so-called “ghost ballots”', 'known locally as “the Kettle”': a name, not speech
            rec = {"start": qs, "end": qe, "speaker_text": None, "speaker_id": None, "how": None}
            out.append(rec)
            continue
        if _NEW_CLAUSE_AFTER.match(post):
            # 'X said Y was “…”, while Treasurer Z warned …': the clause after "while" is another
            # person's doing, not the quote's attribution
            post = ""
        for rx, how, base, part in ((_POST_NP_VERB, "post", close_pos + 1, post), (_POST_VERB_NP, "post", close_pos + 1, post),
                                    (_POST_FR_INVERTED, "post", close_pos + 1, post),
                                    (_POST_MT_INVERTED, "post", close_pos + 1, post),
                                    (_POST_MT_BARE, "post", close_pos + 1, post),
                                    (_POST_DESC_NAME_VERB, "post", close_pos + 1, post),
                                    (_POST_MT_PRONOUN, "post", close_pos + 1, post),
                                    (_POST_DE_SEPARABLE, "post", close_pos + 1, post)):
            km = _POST_VERB_KIN_NAME.match(part)
            if km:
                # "« … », sourit son père, Gilbert, guide à la retraite": the relative is named
                found = (base + km.start("np"), base + km.end("np"), km.group("np"), how)
                break
            if _POST_KIN_UNNAMED.match(part):
                found = (-1, -1, "", "unnamed")
                break
            if _POST_RECALLED_UNNAMED.match(part):
                # "“…,” she remembered a foreman telling her": the unnamed foreman's words, not hers
                found = (-1, -1, "", "unnamed")
                break
            m = rx.match(part)
            if m and not (rx is _POST_VERB_NP and (text.startswith(("’s ", "'s "), base + m.end("np"))
                                                   or m.group("np").endswith(("’s", "'s")))):
                found = (base + m.start("np"), base + m.end("np"), m.group("np"), how)
                break  # ("said Lemmwacht's chairwoman, Petra Voss": the owner is not who speaks)
        if (not found or found[3] == "post" and found[0] >= close_pos + 1 and not found[2][:1].islower()) \
                and (nb := _POST_NAME_OF_BODY_VERB.match(post)) \
                and (not found or found[0] >= close_pos + 1 + nb.end("np")):
            # "“…,” Col. Davide S. of the Food Inspection Corps told CPS": the body read before its
            # verb is where the person named first works; the person speaks
            found = (close_pos + 1 + nb.start("np"), close_pos + 1 + nb.end("np"), nb.group("np"), "post")
        if found and found[3] == "post" and found[2][:1].islower() and found[2].lower() not in PRONOUNS \
                and (cm := _POST_VERB_DESC_COMMA_NAME.match(post)):
            # "«…», explicó el presidente de la Confederación del Sarbela (CHS), Ignacio Lasheras": the
            # name set off after the title speaks
            found = (close_pos + 1 + cm.start("np"), close_pos + 1 + cm.end("np"), cm.group("np"), "post")
        elif found and found[3] == "post" and found[2][:1].islower() and found[2].split()[-1] in _HON_ABBR \
                and (cm := _POST_VERB_DESC_NAME.match(post)):
            # "said office leader Dr. Heike Ammermann": the name after the abbreviated title, not a
            # descriptor cut at its full stop
            found = (close_pos + 1 + cm.start("np"), close_pos + 1 + cm.end("np"), cm.group("np"), "post")
        if found and found[3] == "post" and found[2][:1].isupper() and found[1] > 0 \
                and not _DESCRIPTOR.match(found[2]):
            dm = _DESC_THEN_NAME.match(text, found[1])
            if dm and not _DAYS_MONTHS.match(dm.group("name")):
                # "“…,” added Kelby resident Ian Moss": the place or club before a lower-case descriptor is
                # not who speaks; the full name after it is
                found = (dm.start("name"), dm.end("name"), dm.group("name"), "post")
        if found and found[3] == "post" and found[2] in _HON_ABBR and text.startswith(". ", found[1]):
            # "« … », a prévenu M. Morel": the name after the abbreviated honorific speaks
            hm = _HON_NAME.match(text, found[1] + 2)
            if hm:
                hon_gender = _HON_ABBR[found[2]]
                found = (hm.start(), hm.end(), hm.group(0), "post")
        if not found:
            m = _POST_HON_NAME_VERB.match(post)
            if m:
                # "“…,” Mr. Thayer explained": the name after the abbreviated honorific speaks
                found = (close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np"), "post")
                hon_gender = _HON_ABBR.get(m.group("hon"))
        if not found:
            # (the signature may stand past the quote's sentence end: read the text itself)
            m = _POST_DASH_NAME.match(text[close_pos + 1:close_pos + 90].split("\n", 1)[0])
            if m:
                found = (close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np"), "post")
        if not found:
            m = _POST_OWNED_TITLE_NAME.match(post)
            if m:
                # "“…,” its president, Manuel P., said": the one named after the body's title
                found = (close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np"), "post")
        if not found:
            m = _POST_VERB_DESC_COMMA_NAME.match(post) or _POST_MT_DESC_NAME.match(post) \
                or _POST_VERB_OUTLET_NAME.match(post)
            if m:
                found = (close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np"), "post")
        if not found and (text[qs:qe].rstrip()[-1:].isalpha() or text[qs:qe].rstrip()[-1:] == ",") \
                and len(text[qs:qe].split()) >= 3 and not _TITLE_CASE_LABEL.fullmatch(text, qs, qe):
            m = _POST_ANY_VERB_COMMA_NAME.match(post)
            if m and resolve_name(close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np")):
                # "«…» allarga le braccia il comandante provinciale, l'ingegner Fabio Grbec": a gesture we
                # do not list, then the full name of someone the story knows, set off after a comma
                found = (close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np"), "post")
        if not found:
            m = _POST_FR_PRESENT_INVERTED.match(post)
            if m:
                found = (close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np"), "post")
        if not found:
            m = _POST_PRODROP.match(post)
            if m:
                found = (close_pos + 1 + m.start(), close_pos + 1 + m.end(), PRO_DROP, "post")
        if not found:
            m = _POST_VERB_DESC_NAME.match(post)
            if m and resolve_name(close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np")):
                found = (close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np"), "post")
        if not found:
            m = _POST_LONG_TITLE_NAME.match(post)
            if m and (post[:m.start("np")].split() or ["X"])[-1][:1].isupper() \
                    and not _ORG_NAME_END.search(m.group("np")) and not _ORG_WORD.search(m.group("np")):
                # (not "Bo Tallis of the Wis. Canal Board said": a body after "of the")
                found = (close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np"), "post")
        if not found:
            m = _POST_NAME_OF_BODY_VERB.match(post)
            if m:
                # "“…,” Kari Dunn of the Harlow Road Authority said": the person, not the body
                found = (close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np"), "post")
        if found and found[3] == "post" and found[2] != PRO_DROP and found[0] > 0 \
                and _AUDIENCE_PREP.search(text, max(0, found[0] - 8), found[0]):
            # "«…», disse ao Diário": the paper it was said to; the verb's subject is left out
            found = (found[0], found[1], PRO_DROP, "post")
        if not found and prev is not None and prev.get("speaker_id") and prev.get("how") == "post" \
                and _SPLIT_GAP.fullmatch(text, prev["end"], open_pos + 1):
            # "“He's been stitched up,” Lee said, according to the Clarion, “and we'll prove it.”": the
            # rest of a quote split by its attribution, whatever else the attribution names
            found = (-1, -1, "", "and")
        if not found and _UNNAMED_WHO_WROTE.search(pre):
            found = (-1, -1, "", "unnamed")
        if not found:
            m = _PRE_RECALLED_TELLING.search(pre)
            if m:
                # "Grant recalled Valenti telling him: “…”": the words are the one recalled, not the recaller's
                found = (before_start + m.start("np"), before_start + m.end("np"), m.group("np"), "pre")
        if not found:
            for rx, how in ((_PRE_ACCORDING, "according"), (_PRE_VERB_OBJ_COLON, "colon"), (_PRE_COLON, "colon")):
                m = rx.search(pre)
                if m and _NOT_SPEAKER.match(m.group("np")):
                    continue  # "More from Costigan, asked whether …:" is no speaker named "More"
                if m and _ONE_OF_BEFORE.search(pre, max(0, m.start("np") - 24), m.start("np")):
                    # "As one of our Junior Infants asked her mum:": one unnamed member of a group
                    found = (-1, -1, "", "unnamed")
                    break
                if m and rx is _PRE_VERB_OBJ_COLON and _TIME_NP.fullmatch(m.group("np")) and (
                        not pre[:m.start("np")].strip() or _OF_BEFORE.search(pre, 0, m.start("np"))):
                    # "On Thursday, Chief Magistrate X, …, read out the words …:" (see below); "No
                    # link with the flood of November, assures the manager:" (the colon rule reads
                    # the manager)
                    continue
                if m and rx is _PRE_COLON and (_PRE_POSSESSIVE_COLON.search(pre)
                                               or _WHERE_PREP_BEFORE.search(pre, 0, m.start("np"))):
                    # "Sein Kommentar:" is his; "… per restare a Sarenza:" ends on where, not who
                    continue
                if m and rx is _PRE_COLON and _AUDIENCE_BEFORE.search(pre, 0, m.start("np")):
                    continue  # "… described the morning to The Art Courier:": whom it was said to
                if m and rx is _PRE_COLON and " " not in m.group("np") and _DE_ARTICLE_BEFORE.search(pre, 0, m.start("np")):
                    continue  # "… stellte sich den Fragen der Journalisten:": a German noun, not a name
                nm = _NAME_THEN_BODY_DESC.search(pre, 0, m.start("np")) if m and rx is _PRE_COLON else None
                if nm:
                    # "Non usa giri di parole Franco T., del sindacato … Slm:": the body closes the
                    # descriptor after the speaker's name
                    found = (before_start + nm.start("np"), before_start + nm.end("np"), nm.group("np"), how)
                    break
                if m and rx is _PRE_VERB_OBJ_COLON and _PLACE_PREP_BEFORE.search(pre, 0, m.start("np")):
                    continue  # "X, que regenta el bar en la Plaza Mayor, asegura …:": where, not who
                if m and rx is _PRE_COLON:
                    # "Martin, from Kelsby:": the person, not the place after "from"
                    fm = _NAME_FROM_PLACE.search(pre, 0, m.start("np"))
                    if fm:
                        found = (before_start + fm.start("np"), before_start + fm.end("np"), fm.group("np"), how)
                        break
                im = _ACCORDING_INNER.search(pre, m.end("np")) if m and rx is _PRE_ACCORDING else None
                if im:
                    found = (before_start + im.start("np"), before_start + im.end("np"), im.group("np"), "pre")
                    break
                if m:
                    found = (before_start + m.start("np"), before_start + m.end("np"), m.group("np"), how)
                    found = _relative_head(pre, m.start("np"), before_start) or _lead_name(pre, m.start("np"), before_start,
                                                                                           how) or found
                    break
        if not found and prev is not None and prev.get("speaker_text") is not None and before_start > ss \
                and _AND_VERB.match(pre):
            # “…,” Lavrov said, and added that he meant “…”: the same speaker, same sentence
            found = (-1, -1, "", "and")
        if not found:
            m = None
            for m in _PRE_NP_VERB.finditer(pre):
                pass
            last_stop = None
            for last_stop in _INNER_SENTENCE_END.finditer(pre):
                pass
            if m and last_stop and m.start("np") < last_stop.end():
                # a sentence end the splitter missed ("… if the money can be found. Pam H. (chair of
                # the trustees) said it's “…”"): the subject of the last sentence speaks
                m = _PRE_NP_VERB.search(pre, last_stop.end()) or m
            if m and _TIME_NP.fullmatch(m.group("np")):
                # "On Thursday, Senior Circuit Judge Patrick Holloway, …, said": a day opening the
                # sentence is no speaker; the subject set off after it is
                # (not inside a clause opening after it: "On Thursday, when the embassy told …")
                m = None if _CLAUSE_AFTER_DAY.match(pre, m.end("np")) \
                    else next(_PRE_NP_VERB.finditer(pre, m.end("np")), None)
            if m and _IN_PLACE_BEFORE.search(pre, max(0, m.start("np") - 6), m.start("np")) \
                    and not _PRONOUN_BEFORE_VERB.search(pre, m.end("np"), m.start("rest")):
                # "A second worker, a welder who quit after a fall in Tellmark, said:": the place the
                # clause ends on is no subject; the speaker set off before it is unnamed (not "a film
                # made in Tellmark in which he argued": the pronoun, below)
                m = None
            if m and _TO_PLACE_BEFORE.search(pre, max(0, m.start("np") - 8), m.start("np")):
                # "X, the regional secretary, flew to Corvelo on Monday and said": where she went is
                # no subject; the name opening the sentence is
                sm = _SUBJECT_AND_VERB.match(pre, 0, m.start("rest"))
                m = None
                if sm:
                    found = (before_start + sm.start("np"), before_start + sm.end("np"), sm.group("np"), "pre")
            if m and _UNNAMED_AIDE_TO.search(pre, max(0, m.start("np") - 60), m.start("np")):
                # "An aide to Mayor Colm Arden told the radio …": the mayor is whom the unnamed
                # adviser works for, not the one speaking
                m = None
            if m and _INDEFINITE_WHO.fullmatch(pre, 0, m.start("np")):
                # "A neighbour who watched from a balcony on the Calle de la Rúa said:": someone
                # unnamed; the name closes the relative clause
                m = None
                found = (-1, -1, "", "unnamed")
            ow = _OF_OWNER_BEFORE.search(pre, 0, m.start("np")) if m else None
            if ow and not re.fullmatch(_HEAD_RE, ow.group("noun"), re.I):
                # "The review of Norvale Systems concluded": what of the body speaks is unnamed
                m = None
            elif ow and ow.group(0).lstrip(" ,;(")[:3].lower() == "the" and not _ARTICLE_NP.match(m.group("np")):
                # "The chair of Skelby Point Boardriders, whose members surf all year, said:": the
                # holder of the post speaks, not the body (the title is read below, or nobody)
                t0 = ow.start() + len(ow.group(0)) - len(ow.group(0).lstrip(" ,;("))
                found = (before_start + t0, before_start + ow.end("noun"), pre[t0:ow.end("noun")], "pre")
                m = None
            pm = _PRONOUN_BEFORE_VERB.search(pre, m.end("np"), m.start("rest")) if m else None
            im = _INNER_SPEAKER.match(m.group("rest")) if m else None
            if im and not _NOT_SPEAKER.match(im.group("np")):
                # "He said Weiss responded that “…”": the words are the one reported speaking inside
                found = (before_start + m.start("rest") + im.start("np"), before_start + m.start("rest") + im.end("np"),
                         im.group("np"), "pre")
            elif pm:
                # "At a meeting at the Miners' Institute on Thursday night he told members:": the
                # pronoun right before the verb is its subject, not the name the phrase ends on
                found = (before_start + pm.start("np"), before_start + pm.end("np"), pm.group("np"), "pre")
            elif m and not _NOT_SPEAKER.match(m.group("np")):
                found = (before_start + m.start("np"), before_start + m.end("np"), m.group("np"), "pre")
                found = _relative_head(pre, m.start("np"), before_start) or _lead_name(pre, m.start("np"), before_start,
                                                                                       "pre") or found
                inner = _INNER_CALLER.search(m.group("rest"))
                named_inner = _INNER_NAMED_CALLER.search(m.group("rest"))
                if named_inner:
                    # "X said it would be reviewed, a pledge the group's chair, Rhian C., dismissed as
                    # “…”": the words are the one who dismissed it, named inside (and no one a later
                    # "he said" goes back to: the sentence is X's)
                    inner_named = True
                    found = (before_start + m.start("rest") + named_inner.start("np"),
                             before_start + m.start("rest") + named_inner.end("np"), named_inner.group("np"), "pre")
                elif not inner and _INNER_PROMPTED_TELLER.search(m.group("rest")):
                    # "X said he kept after the van, leading the clerk to tell him, “…”": the one
                    # prompted to speak (here unnamed), not the subject
                    found = (-1, -1, "", "unnamed")
                elif inner:
                    # "X announced …, a move a consumer group called “…”": the words are the inner
                    # caller's (here someone unnamed), not the subject's
                    found = (before_start + m.start("rest") + inner.start(1), before_start + m.start("rest") + inner.end(1),
                             inner.group(1), "unnamed")
                if m.group("rest").startswith(",") and _ARTICLE_NP.match(m.group("np")) \
                        and _PRODROP_INCISE.search(pre, 0, m.start("rest")):
                    # "El Ayuntamiento, añadió, podría reunir 50.000 euros, «…»": a verb set off by
                    # commas with no subject of its own; the body is what the last speaker spoke of
                    found = (-1, -1, "", "and") if prev is not None and prev.get("speaker_text") is not None else None
        if not found:
            m = None
            for m in _PRE_NP_CALLED.finditer(pre):
                pass
            if m is None:
                m = _PRE_NP_APPOSED_SPOKE_OF.search(pre)
                if not (m and _FULL_NAME.fullmatch(m.group("np")) and not _ORG_WORD.search(m.group("np"))
                        and resolve_name(before_start + m.start("np"), before_start + m.end("np"), m.group("np"))):
                    # (the name before an appositive only when it is a person the story knows)
                    m = _PRE_NP_SPOKE_OF.search(pre)
            if m:
                found = (before_start + m.start("np"), before_start + m.end("np"), m.group("np"), "pre")
        if not found and before_start == ss:
            m = _PRE_PRONOUN_COLON.search(pre)
            if m:
                found = (before_start + m.start("np"), before_start + m.end("np"), m.group("np"), "colon")
            else:
                m = _PRE_POSSESSIVE_COLON.search(pre)
                if m:
                    # "Her key line:", "His answer was simple:": the owner of the words, as a pronoun
                    g = "np" if m.group("np") else "de"
                    found = (before_start + m.start(g), before_start + m.end(g),
                             "she" if m.group(g).lower() in ("her", "ihr", "ihre") else "he", "colon")
        if not found and before_start == ss:
            m = _PRE_SUBJECT_COLON.match(pre)
            if m and (_NOT_SPEAKER.match(m.group("np")) or _INDEFINITE_OPENING.fullmatch(pre, 0, m.start("np"))
                      and not _SPOKESPERSON_AFTER.match(pre, m.end("np"))):
                m = None  # ("A BA spokesman said:" is the airline speaking, as "a BA spokesman" is elsewhere)
            comma = pre.find(",", m.end("np")) if m else -1
            ap = _COLON_APPOSED_SUBJECT.match(pre, comma) if comma >= 0 else None
            if m and not ap and (_FROM_BEFORE.search(pre, 0, m.start("np"))
                                 or _INDEFINITE_AT.fullmatch(pre, 0, m.start("np"))
                                 or _INDEFINITE_WHO.fullmatch(pre, 0, m.start("np"))
                                 or _ROLE_OF_BODY.fullmatch(pre, 0, m.start("np"))):
                # ("O responsável da Proteção Civil não tem dúvidas:": the official, not the body)
                # "A volunteer from Castelmoor, who asked not to be named, said:": where the speaker
                # is from, not who; someone unnamed, not the last speaker
                found = (-1, -1, "", "unnamed")
            elif ap:
                # "Chef de groupe Vert Citoyen, Karim Benali n'a pas mâché ses mots :": the group
                # closes a descriptor set before the subject; the full name after the comma speaks
                found = (before_start + ap.start("np"), before_start + ap.end("np"), ap.group("np"), "colon")
            elif m and (cap := _CAP_RUN.match(pre, m.start("np"))) and cap.end(1) > m.end("np") \
                    and (tail := _known_tail(pre, m.start("np"), cap.end(1), before_start, resolve_name)):
                # "Chief Mechanical Engineer Ruth Ambler added:": the capitalised title run ends in the
                # full name of someone the story knows
                found = (tail[0], tail[1], tail[2], "colon")
            elif m and (fm := _FIRST_NAME_BEFORE.search(pre, 0, m.start("np"))) and resolve_name(
                    before_start + fm.start(1), before_start + m.end("np"), pre[fm.start(1):m.end("np")]):
                # "Jana Koehler waves off:": the descriptor slot took her first name; the full name
                # is a person the story knows (not "Race director Owen P.", a lower-case title)
                found = (before_start + fm.start(1), before_start + m.end("np"), pre[fm.start(1):m.end("np")], "colon")
            elif m and resolve_name(before_start + m.start("np"), before_start + m.end("np"), m.group("np")):
                found = (before_start + m.start("np"), before_start + m.end("np"), m.group("np"), "colon")
        if not found and qe > 0 and text[qe - 1] in ".!?" and not post.strip():
            nxt = text[close_pos + 1:close_pos + 201].split("\n", 1)[0]
            m = _POST_NP_VERB.match(nxt) or _POST_HON_NAME_VERB.match(nxt)
            # ('“…!” Vasko said on stage': after "!" or "?" a surname alone and a verb are the attribution)
            if m and (len(m.group("np").split()) >= 2 or text[qe - 1] in "!?") and m.group("np")[:1].isupper() \
                    and not _DESCRIPTOR.match(m.group("np")) and _NEXT_SENTENCE_SAYS.match(nxt, m.end()) \
                    and resolve_name(close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np")):
                found = (close_pos + 1 + m.start("np"), close_pos + 1 + m.end("np"), m.group("np"), "post")
        if (not found or found[3] in ("pre", "colon")) and pre.rstrip().endswith(":"):
            m = _REPLY_OF.search(pre)
            if m and resolve_name(before_start + m.start("np"), before_start + m.end("np"), m.group("np")):
                # "Netta la replica della Dallago a chi l'accusa di inseguire Fossena: «…»": the one
                # whose reply it is, not a name in what she replies to
                found = (before_start + m.start("np"), before_start + m.end("np"), m.group("np"), "colon")
        if not found and qe > 0 and text[qe - 1] in ".!?" and not post.strip():
            vm = _VERDICT_OF.match(text, close_pos + 1)
            if vm and resolve_name(vm.start("np"), vm.end("np"), vm.group("np")):
                found = (vm.start("np"), vm.end("np"), vm.group("np"), "post")
        if found and found[3] in ("pre", "colon") and found[0] > 0 \
                and _INDEFINITE_AT_END.search(text, max(0, found[0] - 80), found[0]):
            # "A shopkeeper in the Rua dos Tanoeiros said:": where someone unnamed is, not who
            found = (-1, -1, "", "unnamed")
        if found and found[3] in ("pre", "colon") and found[0] > 0 \
                and (found[2][:1].isupper() or found[2].startswith("the ") and found[2][4:5].isupper()) \
                and (bo := _BODY_OF_BEFORE.search(text, max(0, found[0] - 60), found[0])):
            # "The residents' association of the Casco Alto said in a statement:": the body speaks,
            # not the place it is of
            found = (bo.start(1), found[1], text[bo.start(1):found[1]], found[3])
            body_of = found[2]
        if found and found[3] in ("pre", "colon") and found[2][:1].isupper() and 0 <= found[1] <= open_pos:
            tail = text[found[1]:open_pos]
            hm = _MOD_HEAD_NAME.match(tail)
            am = _APPOSED_FULL_NAME.match(tail) \
                if _OBJ_PREP_BEFORE.search(text, max(0, found[0] - 30), found[0]) else None
            if hm or am:
                # "<Body> of Weavers chairman Obed Kanter said": the holder of the title after
                # the body's name; "The adviser working for Mrs Varn, Odo Brem of Brem Legal, said:":
                # the name set off after an object of "for" is the subject's
                m = hm or am
                found = (found[1] + m.start("np"), found[1] + m.end("np"), m.group("np"), found[3])
        if found and found[0] >= 0 and "\n\n" in found[2].strip():
            # "… in silence.” – Mrs Justice Prosser¶¶Glenys_L": a name ends at its paragraph
            head = found[2].split("\n\n", 1)[0].rstrip()
            found = (found[0], found[0] + len(head), head, found[3])
        if found and found[0] >= 0 and found[2][:1].isupper() and (ct := _COLLECTIVE_TAIL.match(text, found[1])):
            # "The Valdeis crisis staff said": the name qualifies a body, which speaks
            found = (found[0], ct.end(), text[found[0]:ct.end()], found[3])
        if found and found[0] >= 0 and found[2][:1].isupper():
            qm = _QUALIFIED_ABBR_TITLE.match(text, found[0])
            if qm:
                found = (qm.start("np"), qm.end("np"), qm.group("np"), found[3])
        speaker_id = None
        speaker_text = None
        how = None
        if found and found[3] == "post" and found[1] > 0:
            # "“…”, said the mayor of Casteldoria, Gianfranco Tumminelli": the name in apposition
            # after a descriptor is who speaks ("the engineer X", "la secretaria general, X")
            ap = _APPOSED_NAME.match(text, found[1])
            if ap is None and found[2].split()[0].lower() in ("la", "le", "el", "il", "o", "a"):
                # "a lancé la directrice générale, Hélène Brassard": Romance titles take their
                # adjective after the noun
                adj = _POSTPOSED_ADJ.match(text, found[1])
                ap = _APPOSED_NAME.match(text, adj.end()) if adj else None
            if ap and (resolve_name(ap.start("name"), ap.end("name"), ap.group("name"))
                       or found[2][:1].islower() or found[2].split()[0].lower() in ("the", "la", "le", "el", "il")):
                # a full name after a title is who speaks, known to the story or not
                found = (ap.start("name"), ap.end("name"), ap.group("name"), "post")
        if found and found[0] >= 0 and found[2].endswith(("’s", "'s")) and _SPEECH_NOUN.match(text, found[1]):
            # "Dr Lennie's own words: “…”": the owner of the words speaks, named without the possessive
            found = (found[0], found[1] - 2, found[2][:-2], found[3])
        it_body = not found and org_before is not None and (_IT_VERB.match(post) or _POST_BODY_NOUN.match(post))
        if it_body:
            bm = _POST_BODY_NOUN.match(post)
            speaker_id = org_before(open_pos, "it" if _IT_VERB.match(post) else "company" if bm and bm.group("firm")
                                    else "organisation")
            speaker_text, how = ("it", "post") if speaker_id else ("", "unresolved")
        elif found and found[3] == "and":
            speaker_text, speaker_id, how = prev["speaker_text"], prev["speaker_id"], "continued"
        elif found and found[2].lower() in PRONOUNS and prev is not None and prev.get("speaker_id") \
                and not prev.get("inner") \
                and persons_between is not None and 0 <= open_pos - prev["end"] < 600 \
                and persons_between(prev.get("attr_end", prev["end"]),
                                    found[0] if prev["end"] <= found[0] < open_pos else open_pos) \
                <= {prev["speaker_id"]} \
                and (agrees is None or agrees(prev["speaker_id"], found[2].lower())) \
                and prev.get("hon") in (None, _PRONOUN_GENDER.get(found[2].lower(), prev.get("hon"))) \
                and not _definite_subject(text, sentences, open_pos, persons_between) \
                and not _kin_opening(text, sentences, open_pos, found[2].lower(), persons_between) \
                and not _indefinite_teller(text, sentences, open_pos, persons_between):
            # (not "he" after "said Mrs. Assunta P.", whatever the story knows of her gender)
            # "« … », a déclaré le ministre. « … », a-t-il ajouté": nobody else named since
            speaker_text, speaker_id, how = prev["speaker_text"], prev["speaker_id"], found[3]
        elif found and found[2].endswith(("’s", "'s")) and found[1] > 0 and not _SPEECH_NOUN.match(text, found[1]):
            how = None  # "Marcus's sister is visibly upset:" is the sister's ("Okonjo's advice is:" is his)
        elif found and found[3] == "unnamed":
            how = "unresolved"  # "a move a consumer group called “…”": someone unnamed, not the last body named
        elif found:
            s, e, np, how = found
            low = np.lower()
            org = _ORG_DESC.fullmatch(low)
            if org and org_before is not None and org.group(1) == "report" \
                    and not _REPORT_AUTHOR.search(text, max(0, open_pos - 1500), open_pos):
                speaker_text = np  # (whose report, the article does not say: someone unnamed)
            elif org and org_before is not None and (ab := _APPOSED_BODY_NAME.match(text, e)) \
                    and ab.end(1) < open_pos:
                # "The municipal water company, Amalba, said in a statement:": the body's name set
                # off right after what it is, not the last body of that kind named before
                speaker_text = ab.group(1)
                speaker_id = resolve_name(ab.start(1), ab.end(1), speaker_text)
            elif org and org_before is not None:
                speaker_text, speaker_id = np, org_before(open_pos, org.group(1))
                if speaker_id is None and len(np.split()) >= 3 and np.split()[1][:1].isupper():
                    # "the Hawaiian Volcano Observatory said" before the article names it otherwise: a
                    # body's name, not a description; shown as the article gives it
                    speaker_text, org = np.split(" ", 1)[1], None
                    tail = _BODY_OF_TAIL.match(text, e)
                    if tail:
                        speaker_text += tail.group(0).rstrip()  # ("… Association of Head Teachers")
            elif low in ("lui", "elle") and s > 0 and (kn := _KIN_BEFORE_STRESSED.search(text, max(0, s - 30), s)):
                # "Le père, lui, soupire :": the stressed pronoun repeats the relative just before it
                speaker_text, speaker_id = _resolve_np(kn.group(1), kn.start(1), kn.end(1), resolve_name, resolve_title,
                                                       persons_before, open_pos, text)
                if not speaker_id:
                    speaker_text, how = "", "unresolved"
            elif low in PRONOUNS and (kin := _kin_opening(text, sentences, open_pos, low, persons_between)):
                # "Her brother was blunter. “…,” he said": the brother the article named before ("with
                # her brother Marco"), else someone unnamed
                speaker_text = text[kin[0]:kin[1]]
                speaker_id = resolve_name(kin[0], kin[1], speaker_text) if kin[1] > kin[0] else None
                if not speaker_id:
                    speaker_text, how = "", "unresolved"
            elif low in PRONOUNS and _kin_subject(text, sentences, open_pos, low):
                # (kept "unresolved" below: someone unnamed, so no carry-over of the last speaker)
                speaker_text, how = "", "unresolved"
            elif low in PRONOUNS and prev is not None and prev.get("kin") == low and not prev.get("speaker_id") \
                    and not (persons_between is not None and persons_between(prev["end"], open_pos)) \
                    and not _far_from(text, sentences, prev["end"], open_pos):
                speaker_text, how = "", "unresolved"  # ("She adds: “…”" right after: the same relative)
            elif low in PRONOUNS and _indefinite_teller(text, sentences, open_pos, persons_between):
                # "An aide told reporters the bill was “…”. “…,” she said": the unnamed aide, not a
                # woman named paragraphs before
                speaker_text, how = "", "unresolved"
            elif low in PRONOUNS and (dm := _definite_subject(text, sentences, open_pos, persons_between)):
                # "The priest was less interested in engineering. “…,” he said": the one the sentence
                # before is about, named by what he is; his title's holder if the story names one
                speaker_text = dm
                speaker_id = resolve_title("the " + dm.split()[-1].lower(), dm.split()[-1].lower(), open_pos)
                how = how if speaker_id else "unresolved"
            elif low in PRONOUNS:
                anchor = _intro_anchor(text, sentences, open_pos, low)
                if anchor is None and 0 <= s < open_pos:
                    # "He called Arden a “…”", "She said that Brody was “…”": a pronoun before the
                    # quote goes back to someone named before it, not to the names that follow it
                    anchor = s
                    nc = _NAME_COMMA_END.search(text, max(0, s - 60), s)
                    if nc and _PARENTHETICAL_SAID.match(text, s, open_pos):
                        # "Cabrera, he said, “knows the numbers”": the name is what he spoke of; "he"
                        # goes back to someone named before it
                        anchor = nc.start()
                eid, desc = persons_before(open_pos if anchor is None else anchor, low)
                speaker_text, speaker_id = (None, None) if eid is None and desc is None else (desc or "", eid)
                if speaker_text is None and prev is not None and prev.get("speaker_id") and agrees is not None \
                        and not agrees(prev["speaker_id"], low):
                    # "« …, assure-t-il. »" after a woman's quote, with no man named before: someone
                    # the pronoun rules out as the last speaker is not carried over to
                    speaker_text, how = "", "unresolved"
            elif low.split(" ", 1)[0] in ("ein", "eine", "einer", "eines") and " " in low:
                # "Ein Besatzungsmitglied, das ungenannt bleiben will, sagt:": someone unnamed (a German
                # noun is capitalised, so the heuristic may have read it as a name)
                how = "unresolved"
            else:
                speaker_text, speaker_id = _resolve_np(np, s, e, resolve_name, resolve_title, persons_before, open_pos,
                                                       text)
                if body_of is not None and np == body_of:
                    speaker_text, speaker_id = body_of, None  # (not a name inside it the story knows)
                if speaker_id is None and speaker_text and " " not in speaker_text.strip():
                    # one capitalised word that names nobody the story knows ("Auf die Frage, …"): no speaker
                    speaker_text = None
                elif speaker_id is None and speaker_text and _HONORIFIC_SURNAME.fullmatch(speaker_text.strip()):
                    # "Ms Carrow said" when the article names two Carrows, or none the story knows: a
                    # surname it could not tell apart is nobody's, rather than a name no one bears (and
                    # not the previous speaker's either)
                    how = "unresolved"
            if speaker_text is None:
                how = None
            elif speaker_id is None and (org or _DESCRIPTOR.match(speaker_text)):
                # "“…,” the company said" with no company named before, "said the patrol vessel's
                # captain" naming nobody the story knows: an explicit speaker we cannot name, so
                # no speaker, and not the previous quote's either
                how = "unresolved"
        if found and prev is not None and prev.get("hon") and prev.get("speaker_id") \
                and _PRONOUN_GENDER.get(found[2].lower(), prev["hon"]) != prev["hon"] \
                and speaker_id in (None, prev["speaker_id"]):
            # "“…,” said Mrs. Assunta P. Her son, Nicolò, … “…,” he said": not hers, and no carry-over
            speaker_id, how = None, "unresolved"
        if how == "unresolved":
            speaker_text, how = None, None
        elif how is None and _POST_INVERTED_GUESS.match(post) and _VERB_WORD.match(post):
            pass  # an attribution after the quote that names someone we could not read: not the last speaker's
        elif how is None and _POST_TITLED_NAME.match(post):
            # "“…,” Sen. Ada Marsh (D-Ore.), whose bill …, said", "“…,” Ada Marsh, the chief scientist at
            # …, told a briefing": someone named that we could not read, not the last speaker
            pass
        elif how is None and prev is not None and prev.get("speaker_id") and prev.get("how") == "post" \
                and _SPLIT_GAP.fullmatch(text, prev["end"], open_pos + 1):
            # "“The damage,” said Inés Calvera, the museum's director, “is worse …”": one quote split
            # by its attribution
            speaker_text, speaker_id, how = prev["speaker_text"], prev["speaker_id"], "continued"
        elif how is None and _POST_UNNAMED.match(post):
            pass  # "“…,” one injured fan said": someone unnamed, not the previous speaker
        elif how is None and prev is not None and (um := _POST_UNREAD_INVERTED.match(post)) and um.group("a") \
                and (hm := _TITLE_WORD.match(post, um.end())) \
                and (t_eid := resolve_title("the " + hm.group(1).lower(), hm.group(1).lower(), open_pos)) \
                and t_eid != prev.get("speaker_id"):
            # "“…”, confessa a administradora": the one the article named with that title, not the
            # last speaker
            speaker_text, speaker_id, how = hm.group(1), t_eid, "post"
        elif how is None and (text[qs:qe].rstrip()[-1:] in (",", "?", "!") or post.lstrip().startswith(",")
                              or text[qs:qe].rstrip()[-1:].isalpha() and post[:1].isspace()) \
                and (um := _POST_UNREAD_INVERTED.match(post)) \
                and (um.group("who") or um.group("a") and um.group("verb").endswith(("s", "ed"))
                     or um.group("np") and um.group("np").split()[-1] not in ((prev or {}).get("speaker_text") or "").split()):
            # "“…”, atira um taxista", "“…,” emphasises Florian H.": a quote that ends on its comma,
            # then a verb we do not know and someone other than the last speaker ("a" is English
            # only after an English verb form: "atira a autarca" is the mayor named before)
            pass
        elif how is None and prev is not None and prev.get("how") == "post" and (
                prev.get("speaker_id") or _FULL_NAME.fullmatch(prev.get("speaker_text") or "")
                and not _ORG_WORD.search(prev["speaker_text"]) and not _ORG_NAME_END.search(prev["speaker_text"])) \
                and ss >= open_pos - 1 and _ATTR_GAP.fullmatch(text, prev["end"], open_pos + 1):
            # (also a full name the story does not otherwise know: "“…,” Ana Ruiz, producer of the
            # show, said in a release. “…”"; and a long appositive, "said Tom Bell, 29, one of …")
            # "“…,” launched the general director, Helen B. “But a book …”": nothing between the two
            # quotes but the first one's attribution, whoever else it names (her title, the paper)
            speaker_text, speaker_id, how = prev["speaker_text"], prev["speaker_id"], "continued"
        elif how is None and prev is not None and prev.get("speaker_id") and not (
                persons_between is not None and persons_between(prev["end"], open_pos) - {prev["speaker_id"]}) \
                and not _far_from(text, sentences, prev["end"], open_pos):
            # a bare quote opening the sentence right after a quote of a known speaker continues it
            # (and so does a second partial quote of the same report: "said leaving staff out was “…”
            # and that permits amounted to “…”")
            # (not one word, which is as often a word mentioned: "meant “heart” and not “hurt.”")
            if ss >= open_pos - 1 or _same_report_gap(text, prev["end"], open_pos) and " " in text[qs:qe].strip():
                speaker_text, speaker_id, how = prev["speaker_text"], prev["speaker_id"], "continued"
        elif how is None and ss >= open_pos - 1 and reporter_before is not None and not (
                prev is not None and prev.get("unread") and 0 <= open_pos - prev["end"] < 200):
            # (not after a quote whose own speaker, named in the sentence before, is someone we
            # could not name: "“…,” the spokesman said. “…”" is that unnamed spokesman's)
            # "Commander X said the gate stayed shut. “They followed their instructions.”": a bare
            # quote after a sentence in which someone is reported speaking is theirs
            eid = reporter_before(open_pos)
            if eid:
                speaker_text, speaker_id, how = "", eid, "after_report"
        rec = {"start": qs, "end": qe, "speaker_text": speaker_text, "speaker_id": speaker_id, "how": how}
        if inner_named:
            rec["inner"] = True
        if found and how == "post" and speaker_id and found[1] > qe:
            # ("«…», explicó el presidente de la Junta del Puerto, Juan Pérez. «…», añadió": the body
            # in the title of the named speaker is no one else speaking between the two quotes)
            rec["attr_end"] = found[1]
        if found and speaker_id is None and found[2].lower() in ("he", "she") and speaker_text is None \
                and found[3] != "and":
            rec["kin"] = found[2].lower()
        if found and speaker_id is None and found[3] != "and":
            rec["unread"] = True
        if hon_gender and how:
            rec["hon"] = hon_gender
        elif how == "continued" and prev is not None and prev.get("hon") and prev.get("speaker_id") == speaker_id:
            rec["hon"] = prev["hon"]
        out.append(rec if (qs, qe) not in nicks else dict(rec, speaker_text=None, speaker_id=None, how=None))
        prev = rec
    turns = label_turns(text)
    if turns:
        out = _label_records(text, quotes, out, turns, resolve_name, transcript_turns)
    return out


# "He said Weiss responded that “…”": a name and a verb of answering inside the reported clause
_INNER_SPEAKER = re.compile(r"\s+(?:that\s+)?(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2})\s+(?:had\s+)?"
                            r"(?:responded|replied|answered|retorted|told\s+(?:him|her|them|me|us)|wrote\s+back)"
                            r"(?:\s+(?:that|with|by\s+saying))?\s*[,:]?\s*$")
# "“…,” Mr. Thayer explained", "“…,” Ms. Ruiz, 41, said": an abbreviated honorific before the name
# (also "“…,” Dr. Rosalind Achebe of the Kestrel Valley Medical Center in Dunmere said")
_POST_HON_NAME_VERB = re.compile(r"^[\s,]*(?P<hon>Mr|Mrs|Ms|Dr|Prof)\.\s+(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK
                                 + r"){0,2})(?:,\s*\d{1,3},|\s+(?:of|from|at)\s+[^,;:.!?“”\"«»„]{1,70}?)?\s+(?:also\s+)?"
                                 + _VERB_RE + r"\b")
# "“… within a single wingbeat.” Halvard Nyberg, professor of zoology, said in a news release.": a
# quote closing its sentence, attributed by the next one (a full name, the verb, then no clause)
_NEXT_SENTENCE_SAYS = re.compile(r"(?=\s*[.,;]|\s+(?:in|on|at|during|via|after|before|while|when|to|from)\b)")
# "‘…’ That was the verdict of Mrs Eilidh Rennick, who …": the next sentence names whose words they were
_VERDICT_OF = re.compile(r"\s*(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:verdict|view|words?|"
                         r"reaction|response|message|warning|assessment|judge?ment|plea|answer|opinion|advice)\s+"
                         r"(?:of|from)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK
                         + r"){0,2})(?=[\s,.;])")
# "“…,” Sen. Ada Marsh …": an abbreviated title and a name right after a quote are its speaker,
# read or not
_POST_TITLED_NAME = re.compile(r"^[\s,]*[—–-]?\s*(?:(?:Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Dr|Prof|Supt|Insp|Det|Cmdr)"
                               r"\.\s+"
                               + _NAME_TOK + r"|(?:[A-Z][\w’'\-.&]*\s+){1,6}[A-Z][\w’'\-.]*(?:,\s|\s+(?:said|says|"
                               r"told|added|wrote|explained)\b))")
# (a body's name ends in its kind: "… Observatory", "… Institute", not a person's)
_ORG_NAME_END = re.compile(r"(?:Observatory|Institute|Foundation|Center|Centre|Council|Agency|Association|Society|"
                           r"Service|Office|Department|Ministry|Commission|Committee|Fund|Group|Inc|Corp|Ltd|Bank|"
                           r"University|College|Hospital|Network|Project|Initiative|Program|Programme|Alliance)\.?$")
# "his 2005 book, “Symptoms of a Long Night”", "a feature, “Signs of the Times”": the title of a
# work, set in title case after the word for the work, is no one's speech
_WORK_BEFORE = re.compile(r"\b(?:book|memoir|novel|autobiography|feature|article|column|essay|album|song|single|track|"
                          r"film|movie|documentary|show|series|programme|program|play|musical|poem|episode|podcast|"
                          r"exhibition|opera|painting|sculpture|biography|paper|study|thesis|dissertation|leaflet|booklet|"
                          r"brochure|pamphlet|handbook|guidebook|flyer|report|"
                          # ("rehearsed the comparsa “The Castaways”": a carnival group's name)
                          r"comparsa|chirigota|murga|troupe|choir|ensemble|revue|carol|hymn|anthem|pasodoble|ballet|"
                          r"cantata)s?\s*,?\s*$",
                          re.I)
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from",
                          "as", "but", "nor", "vs", "via", "into", "is", "be"})


# 'called in “Salt Over Glass” the', 'her part in “Harbour Lights 2”', 'on “The Noon Kettle”', 'an
# episode of “<Show>,”': a short title-case phrase after a preposition names a work or a show; no
# one says it
_PREP_BEFORE = re.compile(r"(?<![\w’'\-])(?:in|on|of)\s*$")
# ('on Norvik TV's “The Late Lantern.”': a channel's possessive between the preposition and the title;
# also after a verb of telling, 'X tells Norvik TV's “Late Tea” that …': the show it was told on)
_PREP_OWNER_BEFORE = re.compile(r"(?<![\w’'\-])(?:in|on|of|to|tells|told|telling)\s+(?:[A-Z][\w&.\-]*\s+){0,2}"
                                r"[A-Z][\w&.\-]*[’']s\s*$")
_UNNAMED_AIDE_TO = re.compile(r"(?:^|[\s,;(])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+"
                              r"(?:[a-z][\w\-]*\s+){0,2}?(?:(?:advis[eo]rs?|aides?|sources?|staffers?)\s+(?:close\s+)?"
                              r"(?:to|for)|(?:allies|ally|friends?|confidants?|associates?|colleagues?)\s+"
                              r"(?:close\s+to|to|of))\s+$")
# "“…,” his mother said": a relative the attribution does not name, not the last speaker (whose
# relative she is)
_KIN_NOUN = (r"(?:mother|mom|mum|wife|sister|daughter|grandmother|aunt|girlfriend|father|dad|husband|brother|son|"
             r"grandfather|uncle|boyfriend|partner|widow|widower|cousin|niece|nephew)")
_KIN_ROMANCE = (r"(?:pai|mãe|filho|filha|avô|avó|marido|mulher|irmão|irmã|padre|madre|hijo|hija|abuelo|abuela|"
                r"esposo|esposa|hermano|hermana|père|mère|fils|fille|grand-père|grand-mère|mari|femme|frère|sœur|"
                r"figlio|figlia|nonno|nonna|marito|moglie|fratello|sorella|Vater|Mutter|Sohn|Tochter|"
                r"Opa|Oma|Mann|Frau|Bruder|Schwester)")
_POST_KIN_UNNAMED = re.compile(r"^[\s,]*(?:(?:his|her|their)\s+" + _KIN_NOUN + r"\s+(?:said|says|added|adds|told|tells|"
                               r"replied|replies)\b|(?:said|says|added|adds|replied|replies)\s+(?:his|her|their)\s+"
                               + _KIN_NOUN + r"\s*[,.;!?]|"
                               # "«…», suspira o pai", "sighs the father": a relative the story names only
                               # by kinship (whose father?), not the last speaker
                               + _VERB_RE + r"\s+(?:the|o|a|el|la|il|le|der|die|sa|son|su)\s+(?:"
                               + _KIN_NOUN + r"|" + _KIN_ROMANCE + r")\s*[,.;!?])")
_POST_VERB_KIN_NAME = re.compile(r"^[\s,]*" + _VERB_RE + r"\s+(?:the|o|a|el|la|il|le|der|die|sa|son|su|his|her|their|"
                                 r"seu|sua|sein|seine|ihr|ihre)\s+(?:" + _KIN_NOUN + r"|" + _KIN_ROMANCE
                                 + r")\s*,\s*(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2})\s*[,.;!?]")
_POST_RECALLED_UNNAMED = re.compile(r"^[\s,]*[—–-]?\s*(?:[\w’'\-]+\s+){1,3}?(?:recalled|recalls|remembered|remembers|"
                                    r"heard|hears|quoted|quotes)\s+(?:one|a|an|another|some)\s+(?:[a-z][\w\-]*\s+){0,3}?"
                                    r"(?:saying|say|says|tell|telling|tells|shout|shouting|yell|yelling)\b")
_INNER_PROMPTED_TELLER = re.compile(r"\b(?:prompting|prompted|causing|leading|forcing)\s+(?:the|a|an|one|another)\s+"
                                    r"(?:[a-z][\w\-]*\s+){0,2}?to\s+(?:tell|say|ask|reply|respond|write|warn|shout|yell)"
                                    r"\b[^.;!?]*$")
_IN_PLACE_BEFORE = re.compile(r"(?<![\w’'\-])(?:in|at|from)\s+$")
# 'X said Y was “…”, while Treasurer Z warned': a clause of someone else's after the quote
_NEW_CLAUSE_AFTER = re.compile(r"^[\s,]*(?:while|whereas|although|though)\s")


def _headline_line(text: str, open_pos: int, close_pos: int) -> bool:
    """The quote stands on a line with letters and none in lower case: a headline ("'<SHOW>': TEN
    YEARS ON"), no one's words."""
    lo = text.rfind("\n", 0, max(open_pos, 0)) + 1
    hi = text.find("\n", close_pos)
    line = text[lo:hi if hi >= 0 else len(text)]
    return len(re.findall(r"[A-Z]", line)) >= 4 and not any(c.islower() for c in line)


def _subhead_line(text: str, open_pos: int, close_pos: int) -> bool:
    """The quote, in single marks and with no stop of its own, is its line's only text: a section's
    heading ("‘Nobody listens to the night crew’" between paragraphs), not someone's words there."""
    if open_pos < 0 or close_pos >= len(text) or text[open_pos] not in "‘'" or text[close_pos] not in "’'":
        return False
    lo = text.rfind("\n", 0, open_pos) + 1
    hi = text.find("\n", close_pos)
    if text[lo:open_pos].strip() or text[close_pos + 1:hi if hi >= 0 else len(text)].strip():
        return False
    inner = text[open_pos + 1:close_pos].strip()
    return bool(inner) and inner[-1] not in ".!?,;:…"
_TITLE_TOKEN = re.compile(r"[A-Z0-9][\w’'\-:]*|" + "|".join(sorted(_TITLE_SMALL, key=len, reverse=True)))


# "said Nevada Sen. Orla Brandvik": a state or party before an abbreviated title qualifies it;
# the name after the title speaks
_QUALIFIED_ABBR_TITLE = re.compile(r"(?:[A-Z][\w’'\-]*\s+){0,2}?(?:Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Dr|Prof|Supt|Insp|"
                                   r"Det|Cmdr|Atty)\.\s+(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2})")
# "“…,” Junior Minister for Ports and Trade with the Assembly Idris Kalmer said": a long title with
# small words in it, then the name and the verb
_POST_LONG_TITLE_NAME = re.compile(r"^[\s,]*[—–-]?\s*(?:[A-Z][\w’'\-.]*\s+(?:(?:for|of|with|and|on|at|in|the)\s+)*)"
                                   r"{1,8}?(?P<np>" + _NAME_TOK + r"\s+" + _NAME_TOK
                                   + r")\s+(?:said|says|stated|added|told|wrote|explained|noted|warned)\b")
_MOD_HEAD_NAME = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\w&’'\-]*\s+){1,4}(?:" + _HEAD_RE + r")\s+(?P<np>"
                            + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2}),?\s+(?:also\s+)?" + _VERB_RE + r"\b")
_OBJ_PREP_BEFORE = re.compile(r"\b(?:for|to|of|with|by)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$")
_APPOSED_FULL_NAME = re.compile(r",\s*(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})(?:\s+(?:of|from|at)\s+"
                                r"[^,;:“”\"«»„]{1,60})?,\s+(?:also\s+)?" + _VERB_RE + r"\b")
# "the report said" names no body unless the article says whose report it is ("the Harlow
# Council's report", "a report by the Harlow Council", "the council published a report")
_REPORT_AUTHOR = re.compile(r"[A-Z][\w&\-]*[’']s\s+(?:[\w\-]+\s+){0,3}report|report\s+(?:\w+\s+)?(?:by|from)\s+"
                            r"(?:the\s+)?[A-Z]|[A-Z][\w&\-]*\s+(?:issued|released|published|presented|sent)\s+"
                            r"(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){0,3}report")
_POST_NAME_OF_BODY_VERB = re.compile(r"^[\s,]*(?:(?:Col|Dr|Capt|Lt|Maj|Gen|Sgt|Insp|Prof|Cdr|Cmdr|Supt)\.?\s+)?(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})\s+(?:of|from|at)\s+"
                                     r"the\s+[^,;:“”\"«»„]{1,60}?\s+(?:said|says|told|added|explained|noted|wrote)\b")
# "According to Ruth Galloway, Amos Pender stated that “…”": the one reported speaking inside
_ACCORDING_INNER = re.compile(r",\s+(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})\s+(?:had\s+|has\s+)?"
                              r"(?:said|stated|says|declared|told\s+\w+|wrote|insisted|warned)\s+(?:that\s+)?$")
# "the clip posted by a viewer who wrote:": the words of someone unnamed, not the sentence's subject
_UNNAMED_WHO_WROTE = re.compile(r"(?<![\w’'\-])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome)\s+(?:[\w\-]+\s+){0,2}?(?:who|that)\s+"
                                r"(?:had\s+|has\s+)?(?:wrote|said|tweeted|posted|commented|replied|added|writes|says|"
                                r"tweets|posts)\s*:?\s*$")
# the office titles a place or party qualifies ("the Oregon senator"): a person, never the place
_OFFICE_HEADS = frozenset({"senator", "governor", "congressman", "congresswoman", "lawmaker", "legislator", "mayor",
                           "representative", "assemblyman", "assemblywoman", "councilman", "councilwoman"})


# "While Vance spoke, his father stepped out of the shop. “…,” he says": someone unnamed,
# introduced as a relative, is the subject a pronoun right after means, not the last name
# (a clause's subject after a comma or "and"; not one opening the sentence, "Her husband waited
# with the mayor", after which a pronoun still goes back to the person named before)
_KIN_SUBJECT = re.compile(r"(?:,\s+|\band\s+)(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?P<f>mother|mom|mum|wife|sister|daughter|"
                          r"grandmother|aunt|girlfriend)|(?P<m>father|dad|husband|brother|son|grandfather|uncle|"
                          r"boyfriend))\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")


def _kin_subject(text: str, sentences: list[tuple[int, int]], open_pos: int, pronoun: str) -> bool:
    """The text right before the quote at ``open_pos`` (the sentence before it, and its own sentence
    up to it) has a relative, unnamed, as a clause's subject, of the pronoun's gender."""
    if open_pos <= 0 or pronoun not in ("he", "she"):
        return False
    ss, _ = _sentence_bounds(sentences, open_pos)
    ps = _sentence_bounds(sentences, ss - 1)[0] if ss > 0 else ss
    m = None
    for m in _KIN_SUBJECT.finditer(text, ps, open_pos):
        pass
    return bool(m and (m.group("f") if pronoun == "she" else m.group("m")))


_KIN_WORDS_F = r"mother|mum|mom|wife|sister|daughter|grandmother|aunt|niece|partner"
_KIN_WORDS_M = r"father|dad|husband|brother|son|grandfather|uncle|nephew|partner"
# "Her brother was blunter." opening the sentence before a quote: the relative is its subject
_KIN_NAMED_OPENING = re.compile(r"\s*(?:His|Her|Their)\s+(?:(?P<f>" + _KIN_WORDS_F + r")|(?P<m>" + _KIN_WORDS_M
                                + r")),?\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w’'\-]+)(?:,\s*\d{1,3},)?\s+[a-z]")
_KIN_OPENING = re.compile(r"\s*(?P<poss>His|Her|Their)\s+(?:(?P<f>" + _KIN_WORDS_F + r")|(?P<m>" + _KIN_WORDS_M
                          + r"))\s+(?:was|is|had|has|did|does|could|would|seemed|sounded|looked|shook|nodded|sighed|"
                          r"shrugged|laughed|smiled|went|put|took|kept|struck|puts|takes|keeps|shakes|nods|sighs|shrugs|"
                          r"laughs|smiles|goes|looks|sounds|seems|blames|blamed|sees|saw|thinks|thought|agrees|agreed|"
                          r"disagrees|disagreed|remains|remained|worries|worried|wants|wanted)\b")


def _kin_opening(text: str, sentences: list[tuple[int, int]], open_pos: int, pronoun: str,
                 persons_between) -> tuple[int, int] | None:
    """The span of the relative a "he"/"she" quote goes back to when the sentence before it (or its
    own, up to the quote) opens on that relative unnamed ("Her brother was blunter. “…,” he said"),
    with nobody named from there to the quote, and the article named the relative before with the
    same words ("with her brother Marco")."""
    if open_pos <= 0 or pronoun not in ("he", "she"):
        return None
    ss, _ = _sentence_bounds(sentences, open_pos)
    ps = _sentence_bounds(sentences, ss - 1)[0] if ss > 0 else ss
    for start in (ss, ps):
        nm = _KIN_NAMED_OPENING.match(text, start, open_pos)
        if nm and nm.group("f" if pronoun == "she" else "m") \
                and not (persons_between is not None and persons_between(nm.end("name"), open_pos) - {None}):
            # "Her son Hugo drove over at two in the morning. “…,” he said": the relative named
            # right there, first name only (which the model may not read as a person)
            return nm.span("name")
        m = _KIN_OPENING.match(text, start, open_pos)
        if not m or not m.group("f" if pronoun == "she" else "m") \
                or persons_between is not None and persons_between(m.end(), open_pos) - {None}:
            continue
        kin = m.group("f") or m.group("m")
        # "… has run the bar with her brother Marco": the relative the article named before
        named = None
        for named in re.compile(r"\b" + m.group("poss").lower() + r"\s+" + kin + r",?\s+([A-ZÀ-ÖØ-Þ][\w’'\-]+"
                                r"(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]+)?)").finditer(text, 0, start):
            pass
        if named:
            return named.span(1)
        # "His son, Tiago M., … “…,” Tiago said. His father was less philosophical. “…,” he said": the
        # relative of someone the article introduced as the other end of the tie is that one's owner,
        # the full name opening the sentence before the introduction
        inverse = _KIN_INVERSE.get(kin.lower())
        intro = None
        # (with or without the comma: "His son Luis, who drives the van, …")
        for intro in re.finditer(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:His|Her)\s+(?:" + inverse + r"),?\s+[A-ZÀ-ÖØ-Þ]",
                                 text[:start]) if inverse else ():
            pass
        mid = None
        for mid in re.finditer(r"\b(?:and|with)\s+(?:his|her)\s+(?:" + inverse + r"),?\s+[A-ZÀ-ÖØ-Þ]", text[:start]) \
                if inverse and not intro else ():
            pass
        if mid:
            # "Beneath it stood Xoán L., 58, a welder …, and his son Breixo L., 27": the one set off
            # with an age or a description just before
            # (or the name right before: "Dirk L. and his wife Anja"), within the same sentence
            adj = _NAME_RIGHT_BEFORE.search(text, max(0, mid.start() - 60), mid.start())
            if adj:
                return adj.span(1)
            stops = [b.end() for b in _SENTENCE_STOP.finditer(text, max(0, mid.start() - 300), mid.start())]
            owner = None
            for owner in _APPOSED_OWNER.finditer(text, stops[-1] if stops else max(0, mid.start() - 300), mid.start()):
                pass
            return owner.span(1) if owner else (open_pos, open_pos)
        if intro:
            # (by the stops before it: the splitter may keep the two sentences together)
            ipos = intro.start() + len(intro.group(0)) - len(intro.group(0).lstrip()) - 1
            stops = [b.end() for b in _SENTENCE_STOP.finditer(text, max(0, ipos - 600), ipos)]
            po = stops[-1] if stops else None
            full = _FULL_NAME_OPENING.match(text, po, ipos) if po is not None else None
            return full.span(1) if full else (open_pos, open_pos)
        # (else the pronoun's usual reading: "His mother was not convinced" after "Her son, Loïc T.")
        return None
    return None


_NAME_RIGHT_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]+){1,2})\s+$")
# (a place of origin may stand between: "Moira T., from Harbury Lane, who had driven down with her husband")
_APPOSED_OWNER = re.compile(r"([A-ZÀ-ÖØ-Þ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]+){1,2}),\s+(?:from\s+[^,.;:“”\"]{1,40},\s+)?"
                            r"(?:\d{1,3}\b|who\b|an?\s)")
_SENTENCE_STOP = re.compile(r"(?:^|[.!?][\"”’»]?\s+|\n\s*)(?=\S)")
_KIN_INVERSE = {"father": "son|daughter", "dad": "son|daughter", "mother": "son|daughter", "mum": "son|daughter",
                "mom": "son|daughter", "son": "father|mother", "daughter": "father|mother", "husband": "wife",
                "wife": "husband"}
_FULL_NAME_OPENING = re.compile(r"\s*([A-ZÀ-ÖØ-Þ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]+){1,2})\b(?=,|\s+[a-z])")


# "A defence official said …", "An aide told …": someone unnamed, introduced as a teller
_INDEFINITE_PERSON = re.compile(r"\s*(?:(?:On|In|At|Outside|Near|By|Later|Earlier|After|Before|Inside|Down|Up)\s+[^,.!?“”\"]{0,50},"
                                # ("Outside the locked doors, where a notice read “Closed”, one regular …")
                                r"(?:\s+where\s+[^.!?]{0,120}?,)?\s+)?(?:[Ss]ome(?:one|body)\b|[Aa]\s+voice\b|"
                                # ("Someone in the public gallery was less restrained. “…,” he shouted")
                                r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'\-]+\s+){0,3}?"
                                r"(?:walker|resident|subscriber|woman|man|neighbou?r|driver|passenger|shopkeeper|pensioner|"
                                r"fisherman|worker|nurse|mother|father|parent|student|teacher|customer|visitor|tourist|"
                                r"farmer|trader|witness|villager|commuter|cyclist|motorist|fan|supporter|volunteer|"
                                r"employee|guide|skier|climber|regular|diner|dog-walker|pilgrim|islander|stallholder)\b|"
                                # ("Une voisine, qui habite au-dessus, a entendu un moteur. « … », dit-elle.")
                                r"(?:Une?|Una?|Uno|Uma?|Eine?)\s+(?:[\w’'\-]+\s+){0,2}?(?:voisine?|habitante?|passante?|"
                                r"touriste|femme|homme|témoin|vecin[ao]|turista|mujer|hombre|testigo|vicin[ao]|donna|uomo|"
                                r"testimone|vizinh[ao]|mulher|homem|testemunha|Nachbarin|Nachbar|Frau|Mann|Zeugin|Zeuge|"
                                r"Anwohnerin|Anwohner|Passantin|Passant|Touristin|Tourist|Besucherin|Besucher)\b)")
_ANONYMOUS_TELLER = re.compile(r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'\-]+,?\s+){1,4}?(?:(?:in|from|at|on|near)\s+"
                               r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?,?\s+)?(?:who|which)\s+(?:asked|did\s+not\s+want|"
                               r"didn['’]t\s+want|declined|refused|prefers?\s+not|preferred\s+not|requested|"
                               r"(?:would|will|did)\s+not\s+give|(?:wouldn|won|didn)['’]t\s+give|spoke\s+on\s+"
                               r"condition)\b")
_INDEFINITE_TELLER = re.compile(r"(?:^|[.!?”\"]\s+|\n\s*)(?:An?|One|Another)\s+(?:[\w.’'\-]+\s+){0,3}?(?:official|"
                                r"spokesman|spokeswoman|spokesperson|source|officer|aide|diplomat|insider)s?\s+"
                                r"(?:also\s+|later\s+)?(?:said|says|told|tells|added|confirmed|explained)\b")


def _indefinite_teller(text: str, sentences: list[tuple[int, int]], open_pos: int, persons_between) -> bool:
    """The sentence before the quote at ``open_pos`` (or its own, up to it) opens with someone
    unnamed telling ("A defence official said …"), and nobody is named from there to the quote."""
    if open_pos <= 0:
        return False
    ss, _ = _sentence_bounds(sentences, open_pos)
    ps = _sentence_bounds(sentences, ss - 1)[0] if ss > 0 else ss
    m = None
    # (from a little before the sentence before: the splitter may cut "A U.S. official" after "U.S.")
    for m in _INDEFINITE_TELLER.finditer(text, max(0, ps - 40), open_pos):
        pass
    if m is None:
        # "On the steps outside, an elderly subscriber shook her head. “…,” she said": the sentence
        # before opens on someone unnamed (after a place or a time set before it); "A midwife who
        # asked not to be named said …": whatever the noun, one who keeps her name back
        # ("A guide in Sarnaz, who asked not to be named, said": the place is nobody named)
        # (and the quote's own sentence, when the splitter did not end the one before at the quote)
        m = _ANONYMOUS_TELLER.match(text, ps, open_pos) or _INDEFINITE_PERSON.match(text, ps, open_pos) \
            or _ANONYMOUS_TELLER.match(text, ss, open_pos) or _INDEFINITE_PERSON.match(text, ss, open_pos)
    return bool(m) and not (persons_between is not None and persons_between(m.end(), open_pos) - {None})


_DEFINITE_PERSON = re.compile(r"\s*The\s+(?:[a-z][\w\-]*\s+)?(priest|rector|vicar|driver|widow|widower|mother|father|"
                              r"farmer|fisherman|shopkeeper|landlord|landlady|owner|teacher|doctor|nurse|captain|skipper|"
                              r"baker|pilot|guide|keeper|caretaker|headteacher|headmistress|headmaster|coach|referee)\s+"
                              r"(?:was|is|had|has|did|does|could|would|remained|seemed|stood|sat|looked|shook|nodded|"
                              r"smiled|sighed|laughed|shrugged|said|says)\b")


def _definite_subject(text: str, sentences: list[tuple[int, int]], open_pos: int, persons_between) -> str | None:
    """The person noun the sentence before the quote opens on as its subject ("The priest was less
    interested …"), when nobody is named from there to the quote."""
    if open_pos <= 0:
        return None
    ss, _ = _sentence_bounds(sentences, open_pos)
    ps = _sentence_bounds(sentences, ss - 1)[0] if ss > 0 else ss
    for start in (ss, ps):
        m = _DEFINITE_PERSON.match(text, start, open_pos)
        if m and not (persons_between is not None and persons_between(m.end(), open_pos) - {None}):
            return text[m.start():m.end(1)].strip()
    return None


def _is_work_title(text: str, qs: int, qe: int, open_pos: int) -> bool:
    if not _WORK_BEFORE.search(text, max(0, open_pos - 30), max(open_pos, 0)):
        inner = text[qs:qe].strip().rstrip(",")
        if inner.endswith(".") and not inner.endswith(".."):
            inner = inner[:-1]  # ('on Norvik TV's “The Late Lantern.”': the sentence's stop inside the marks)
        toks = inner.split()
        return bool((_PREP_BEFORE.search(text, max(0, open_pos - 8), max(open_pos, 0))
                     or _PREP_OWNER_BEFORE.search(text, max(0, open_pos - 40), max(open_pos, 0))) and 2 <= len(toks) <= 8
                    and toks[0][:1].isupper() and not re.search(r"[.!?;]", inner)
                    and all(_TITLE_TOKEN.fullmatch(t) for t in toks))
    words = re.findall(r"[^\W\d_][\w’'\-]*", text[qs:qe])
    if not words or len(words) > (24 if ":" in text[qs:qe] else 14):  # (a subtitle after a colon)
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words) and words[0][0].isupper()


_HONORIFIC_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|M|Dr|Herr|Frau|Sr|Sra|Signor|Signora|Sig|Sig\.ra)\.?\s+"
                                + _NAME_TOK)


def _label_records(text: str, quotes: list[tuple[int, int]], out: list[dict[str, Any]],
                   turns: list[tuple[int, int, str | None, bool, int, int]], resolve_name,
                   add_turns: bool = True) -> list[dict[str, Any]]:
    """Add the words of labelled turns as quotes of the person each label names (see ``label_turns``;
    only with ``add_turns``: the roles' turns still keep their quotes from a speaker outside them)."""
    full: dict[str, tuple[str, str | None]] = {}  # a label's name word -> the latest full name holding it
    # an untitled one-word label speaks only in an exchange: a role label ("Q:") in the text, or the same
    # label twice ("Arsenal: Raya; White, Saliba …" / "Chelsea: …" is a line-up, not a transcript)
    roles = any(t[2] is None for t in turns)
    seen_labels: dict[str, int] = {}
    for t in turns:
        if t[2] is not None:
            seen_labels[t[2].lower()] = seen_labels.get(t[2].lower(), 0) + 1
    # and any turn is speech only in an exchange: a list of candidates ("ALICE SMITH (Green): A nurse who
    # …" / "TOM REED (Labour): …") names each person once, with no questions
    by_surname: dict[str, int] = {}
    for t in turns:
        if t[2] is not None:
            key = t[2].split()[-1].lower()
            by_surname[key] = by_surname.get(key, 0) + 1
    if not roles and max(by_surname.values(), default=0) < 2:
        return out
    by_start = {r["start"]: r for r in out}
    added = []
    for ns, ne, name, titled, ts, te in turns:
        inside = [r for qs, qe in quotes if ts - 1 <= qs <= te and (r := by_start.get(qs)) is not None]
        speaker = None
        if name is not None:
            toks = name.split()
            if len(toks) >= 2:
                eid = resolve_name(ns, ne, name)
                if not eid and _ORG_WORD.search(name):
                    pass  # "CITY COUNCIL:", "RADIO KELBY:": a body, not a person
                elif eid or titled or text[ns:ne].isupper():
                    speaker = (name, eid)
                    for t in (toks[0], toks[-1]):
                        full[t.lower()] = speaker
            else:
                speaker = full.get(toks[0].lower())
                if speaker is None and (titled or roles or seen_labels.get(name.lower(), 0) >= 2):
                    speaker = _label_full_mention(text, name, ns, resolve_name)
        if speaker is None:
            # "Q: …", "THE COURT: …": words of nobody named; a quote inside is no one's by carry-over
            # (within the turn, a quote may still continue one attributed there)
            seen: set[str | None] = set()
            for r in inside:
                if (r["how"] == "continued" and r["speaker_id"] not in seen) or (
                        r["how"] == "after_report" and r["start"] <= ts + 1):
                    r["speaker_text"], r["speaker_id"], r["how"] = None, None, None
                elif r["speaker_id"]:
                    seen.add(r["speaker_id"])
            continue
        if inside and _CUE_LINE.match(text, text.rfind("\n", 0, ts) + 1, ts + 1):
            # a sound cue's quoted words are the cued person's, not the body that ends the cue
            for r in inside:
                if r["how"] in ("colon", None) or r["start"] <= ts + 1:
                    r["speaker_text"], r["speaker_id"], r["how"] = speaker[0], speaker[1], "label"
            continue
        if inside or re.search(r"[“”\"«»„]", text[ts:te]):
            continue  # a quoted turn is read by the colon rule; quotes within a turn keep their own speakers
        added.append({"start": ts, "end": te, "speaker_text": speaker[0], "speaker_id": speaker[1], "how": "label"})
    if not added or not add_turns:
        return out
    return sorted(out + added, key=lambda r: r["start"])


# "Asked about her father after Rezzonico had left, she was brief. “…,” she said": the people an
# introductory clause names are not who the main clause's pronoun is; that pronoun, and the quote's,
# go back to the people named before the sentence
# (participles only: they have no subject of their own, while in "When Ana Ruiz arrived, she said"
# the clause's subject may well be the pronoun's)
_INTRO_PRONOUN = re.compile(r"(?:Asked|Speaking|Pressed|Questioned|Told|Leaving|Having|Responding|Reacting|Writing|"
                            r"Addressing|Interviewed|Reached|Contacted)\b[^.!?;:“”\"«»„]{1,150}?,\s+(he|she)\s+")


def _intro_anchor(text: str, sentences: list[tuple[int, int]], open_pos: int, pronoun: str) -> int | None:
    """Start of the sentence whose introductory clause precedes the pronoun subject before a quote."""
    if pronoun not in ("he", "she"):
        return None
    k = bisect_right([s for s, _ in sentences], open_pos) - 1
    if k < 0:
        return None
    s0 = sentences[k][0]
    if not text[s0:open_pos].strip():
        k -= 1  # the quote opens its sentence: the pronoun subject is the previous sentence's
        if k < 0:
            return None
        s0 = sentences[k][0]
    m = _INTRO_PRONOUN.match(text, s0, open_pos)
    return s0 if m and m.group(1).lower() == pronoun else None


# "School Flavor, which prepares the meals in its kitchen in the neighbourhood Garden Dawn, affirmed
# in a note:": a name closing a relative clause still open before it is no subject; the name the
# clause hangs on is
# (the clause may set off the name it ends on: "Lola C., 34, who had driven in with her sister, Pepa C.,
# told the Gazette:" is Lola's telling)
_OPEN_RELATIVE = re.compile(r",\s+(?:which|who|whose|where|que|qui|dont|où|che|cui|donde|cuyo|cuya|onde|cujo|cuja)\b"
                            r"[^,;:“”\"«»„]*(?:\b(?:his|her|their)\s+[a-z]+,\s+)?$")
_AGE_CLOSING = re.compile(r",\s*\d{1,3}\s*$")
_HEAD_BEFORE = re.compile(r"(?:^|[\s(])(?P<np>" + _NAME_TOK + r"(?:\s+(?:" + _NAME_TOK + r"|of|de|do|da|del|di|du|des))"
                          r"{0,3})\s*$")


# "Magdalena K., managing director of the operator, Zirmtal Mountain Railways, told reporters:": a
# name after a descriptor that ends on a common noun names that noun (the operator), not the speaker
_LEAD_NAME_APPOSED = re.compile(r"^\s*(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2}),\s+(?:[^,;:“”\"«»„]{1,80}?\b"
                                r"(?:the|its|their|la|le|el|il|lo|o|a|der|die|das|des)\s+[a-zà-ÿ][\w\-]*|"
                                # "Dan Ash, General Manager, RideLoop UK, said": a capitalised title, then the body
                                r"(?:[A-Z][\w\-]*\s+){0,3}(?:" + "|".join(_TITLE_END_WORDS) + r")(?:\s+(?:of|for)\s+"
                                r"[A-Z][^,;:“”\"«»„]{0,40})?),\s*$")
_TO_PLACE_BEFORE = re.compile(r"\b(?:flew|went|travel(?:l)?ed|drove|came|returned|headed|moved|sailed|walked)\s+"
                              r"(?:back\s+)?(?:to|into)\s+(?:the\s+)?$")
_SUBJECT_AND_VERB = re.compile(r"^\s*(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2})(?:,[^,;:“”\"«»„]{1,80},)?\s+"
                               r"[a-z][^;:“”\"«»„]*?\band\s+(?:then\s+|also\s+|later\s+)?" + _VERB_RE + r"$")
_OF_BEFORE = re.compile(r"\bof\s+$")
# "O responsável da Proteção Civil não tem dúvidas:", "The head of the Trust was clear:": a role of
# the body opens the sentence; its holder speaks, not the body
_ROLE_OF_BODY = re.compile(r"\s*(?:[OoAaIlLeEl]{1,2}|The|Der|Die)\s+(?:[a-zà-ÿ][\w\-]*\s+){0,2}"
                           r"(?:d[aoe]s?|del|della|dello|dei|degli|delle|du|des|of\s+the|of|der|des)\s+")
# "A lifeguard at Polvean, who did not want to be named, said:": someone unnamed, of a place
_INDEFINITE_AT = re.compile(r"\s*(?:One|Another|A|An|Um|Uma|Un|Une|Una|Uno|Ein|Eine)\s+(?:[a-zà-ÿ][\w’'\-]*\s+){1,3}"
                            r"(?:at|in|from|of|de|do|da|di|du|aus|bei)\s+(?:the\s+)?")
_INDEFINITE_AT_END = re.compile(r"(?:^|[.!?][”\"’]?\s+|\n)\s*(?:One|Another|A|An|Um|Uma|Un|Une|Una|Uno|Ein|Eine)\s+"
                                r"(?:[a-zà-ÿ][\w’'\-]*\s+){1,3}(?:at|in|from|on|near|outside|em|en|na|no|dans|aus|bei|da|do|das|dos|de|"
                                r"del|della|di|du)\s+"
                                r"(?:the\s+|la\s+|le\s+|a\s+|o\s+|der\s+|die\s+|dem\s+)?$")
# "A neighbour who watched from a balcony on the Calle de la Rúa said:": a name inside the unnamed
# one's relative clause
_INDEFINITE_WHO = re.compile(r"\s*(?:One|Another|A|An|Um|Uma|Un|Une|Una|Uno|Ein|Eine)\s+(?:[a-zà-ÿ][\w’'\-]*\s+){1,3}"
                             r"(?:who|que|qui|che|der|die)\s+[^,:;“”\"«»]{0,80}?\s+(?:the\s+|la\s+|le\s+|el\s+)?")
_FROM_BEFORE = re.compile(r"(?<!More\s)(?<!more\s)\b(?:from|aus)\s+$")
_NAME_THEN_BODY_DESC = re.compile(r"(?<![\w’'\-])(?P<np>" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){1,2}),\s+(?:del|della|dello|dei|"
                           r"degli|delle|de\s+la|del|de|do|da|dos|das|du|des|of\s+the|of)\s+[^,;:“”\"«»„]{1,80}$")
_DE_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|den|dem|des|einem|einer|eines)\s+$")


def _lead_name(pre: str, np_start: int, base: int, how: str) -> tuple[int, int, str, str] | None:
    m = _LEAD_NAME_APPOSED.match(pre, 0, np_start)
    return (base + m.start("np"), base + m.end("np"), m.group("np"), how) if m else None


def _relative_head(pre: str, np_start: int, base: int) -> tuple[int, int, str, str] | None:
    if pre[np_start:np_start + 5].split(" ", 1)[0].lower() in PRONOUNS:
        return None  # "the staff, who he said had looked after it “…”": the pronoun still speaks
    rel = _OPEN_RELATIVE.search(pre, 0, np_start)
    if rel is None:
        return None
    age = _AGE_CLOSING.search(pre, 0, rel.start())  # ("Lola C., 34, who …")
    head = _HEAD_BEFORE.search(pre, 0, age.start() if age else rel.start())
    if head is None or _NOT_SPEAKER.match(head.group("np")):
        return (-1, -1, "", "unnamed")  # a relative clause on something we cannot name: nobody
    return (base + head.start("np"), base + head.end("np"), head.group("np"), "pre")


_REPORT_GAP = re.compile(r"[,.!?]?\s*[”\"»’]\s*,?\s+(?P<words>(?:and|but)\s+(?:[a-z][\w’'\-]*\s+){1,10})$")
_VERB_WORDS = frozenset(v for v in VERBS if " " not in v)


def _same_report_gap(text: str, a: int, b: int) -> bool:
    """Between two quotes of one sentence only "and that …" in lowercase words, with no other verb of
    telling than one right after "and" or "that" (not "… and the union called it “…”")."""
    m = _REPORT_GAP.fullmatch(text, a, b)
    if not m:
        return False
    words = m.group("words").split()
    return not any(w in _VERB_WORDS and words[k - 1] not in ("and", "but", "that") for k, w in enumerate(words) if k)


def _far_from(text: str, sentences: list[tuple[int, int]], a: int, b: int) -> bool:
    """Too far from the quote that ends at ``a`` for one at ``b`` to continue it: two sentences or more,
    400 characters or more, or another quote between (a bare quote there may still be the words of
    someone reported speaking in the sentence right before it)."""
    gap = text[a:b]
    return len(gap) >= 400 or bool(re.search(r"[“”\"«»„]", gap[3:])) \
        or len(_sentences_between(sentences, a, b)) > 1


def _sentences_between(sentences: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    return [(s, e) for s, e in sentences if s >= a and e <= b]


def _title(resolve_title, phrase: str, head: str, pos: int) -> str | None:
    """``resolve_title`` told where the title stands and its word in the article's language, when
    it takes them (the ledger binds "il sindaco" to the mayor this article named before)."""
    try:
        return resolve_title(phrase, head=head, pos=pos)
    except TypeError:
        return resolve_title(phrase)


# "a spokesman for the aviation authority told reporters … “…,” the spokesman said": a title the
# article introduced with an indefinite article and no name is someone it does not name
_INDEFINITE_BEFORE = re.compile(r"(?:^|[\s(,;])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w’'\-]+\s+){0,3}$")
_NAME_AFTER_TITLE = re.compile(r",?\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*(?=[\s,.])")
_NAME_COMMA_BEFORE = re.compile(r"(?:[A-Z][\w’'\-.]*\s+|[a-z,]\s+)[A-Z][\w’'\-]*(?:,\s*\d{1,3})?\s*,\s?$")
_APPOSED_AFTER_TITLE = re.compile(r",\s+[A-Z][\w’'\-]*\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?\s*,")


def _unnamed_title(text: str | None, head: str, pos: int) -> bool:
    """The last time the article used the title word ``head`` before ``pos``, it introduced someone
    with "a"/"an" and gave no name ("a spokesman for the agency said …")."""
    if not text or len(head) < 4:
        return False
    last = None
    for m in re.finditer(r"\b" + re.escape(head) + r"\b", text[:pos], re.I):
        last = m
    ind = _INDEFINITE_BEFORE.search(text, max(0, last.start() - 40), last.start()) if last else None
    if ind is None or _NAME_COMMA_BEFORE.search(text, max(0, ind.start() - 60), ind.start() + 1):
        return False  # ("Ana Ruiz, a spokeswoman for the port, said": named before, in apposition)
    # ("a spokeswoman, Ana Ruiz," / "a spokesman for Acme, Tom Hale, said": named after all; "a
    # spokesman for the Civil Aviation Authority told NBC" names the body, not the person)
    return not (_NAME_AFTER_TITLE.match(text, last.end())
                or _APPOSED_AFTER_TITLE.search(text[last.end():last.end() + 90].split(".", 1)[0]))


_COLLECTIVE_HEADS = frozenset({"staff", "team", "crew", "unit", "cell", "brigade", "squad", "taskforce", "panel"})
_COLLECTIVE_TAIL = re.compile(r"(?:\s+(?!(?:the|a|an|its|their|his|her|and|or|of|to|in|on)\b|" + _VERB_RE + r"\b)[a-z][\w\-]*)"
                              r"{0,2}?\s+(?:" + "|".join(sorted(_COLLECTIVE_HEADS)) + r")(?=\s+(?:also\s+)?[a-z]+)")
_LEAD_ADVERBS = frozenset({"even", "only", "also", "and", "but", "yet", "still", "now", "then", "so", "instead",
                           "meanwhile", "however", "later", "separately"})


_GENERATION_NP = re.compile(r"(?:[Tt]he\s+)?(elder|older|younger|senior|junior)\s+(" + _NAME_TOK + r")")


_KIN_BEFORE_STRESSED = re.compile(r"(?:^|[.!?]\s+|\n)((?:Le|La)\s+(?:père|mère|fils|fille)),\s*$")
_PARENT_WORDS = ("père", "mère", "padre", "madre", "pai", "mãe", "Vater", "Mutter")
_CHILD_WORDS = ("fils", "fille", "hijo", "hija", "filho", "filha", "figlio", "figlia", "Sohn", "Tochter")
# "Le père", "la madre", "o pai", "der Vater": a parent or child the article names by kinship alone
_DEF_KIN_NP = re.compile(r"(?:[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Oo]|[Aa]|[Dd]er|[Dd]ie)\s+(" + "|".join(_PARENT_WORDS + _CHILD_WORDS)
                         + r")")


def _resolve_np(np: str, s: int, e: int, resolve_name, resolve_title, persons_before, pos: int,
                text: str | None = None):
    low = np.lower()
    if low in PRONOUNS:
        eid, desc = persons_before(pos)
        if eid is None and desc is None:
            return (None, None)
        return (desc or "", eid)
    km = _DEF_KIN_NP.fullmatch(np)
    if km and text is not None:
        # "Son fils Thomas, 27 ans, tient le stand. … Le père, lui, soupire :": the parent of the child
        # the article introduced with a possessive is that possessive's owner, the person named last
        # before the introduction
        kin = km.group(1).lower()
        inverse = _CHILD_WORDS if kin in _PARENT_WORDS else _PARENT_WORDS
        intro = None
        for intro in re.compile(r"\b(?:[Ss]on|[Ss]a|[Ss]u|[Ss]eu|[Ss]ua|[Ss]uo|[Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre)\s+(?:"
                                + "|".join(inverse) + r")\b,?\s+[A-ZÀ-ÖØ-Þ]").finditer(text, 0, max(0, s)):
            pass
        if intro:
            eid, desc = persons_before(intro.start())
            if eid:
                return (desc or np, eid)
    gm = _GENERATION_NP.fullmatch(np)
    if gm and text is not None:
        # "the older Mateos said" after "His father, Alberto Mateos,": of two people sharing a
        # surname, the one the article introduced as the parent (or the child, for "the younger")
        kin = r"father|mother" if gm.group(1).lower() in ("elder", "older", "senior") else r"son|daughter"
        intro = None
        for intro in re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:" + kin + r"),?\s+(" + _NAME_TOK + r"\s+"
                                + re.escape(gm.group(2)) + r")\b").finditer(text, 0, max(0, s)):
            pass
        if intro:
            eid = resolve_name(intro.start(1), intro.end(1), intro.group(1))
            if eid:
                return (intro.group(1), eid)
    first = low.split(" ", 1)[0]
    if low.rsplit(" ", 1)[-1] in _COLLECTIVE_HEADS and len(low.split()) >= 2 and np[:1].isupper() \
            and first not in ("the", "la", "le", "el", "il", "der", "die", "das"):
        return (np, None)  # "Valdeis crisis staff": a body named as the article names it, not the place
    if first in _LEAD_ADVERBS and " " in np:
        # "Even the Dales Network, which …, calls it": the adverb opening the sentence is no part of it
        k = len(first) + 1
        return _resolve_np(np[k:], s + k, e, resolve_name, resolve_title, persons_before, pos, text)
    if first.endswith("-based") and " " in np:
        # "Vellin, Norland-based Pexo said": the place qualifies the body, which speaks
        k = len(first) + 1
        return _resolve_np(np[k:], s + k, e, resolve_name, resolve_title, persons_before, pos, text)
    if first in ("le", "la", "el", "il", "o", "a"):
        m = _AFTER_FR_HEAD.search(np)
        if m:
            # "la giudice Giuditta Casellini": the holder named after the title speaks
            eid = resolve_name(s + m.start(1), e, m.group(1))
            return (m.group(1), eid) if eid or " " in m.group(1) else (np, None)
    if first in ("le", "la", "el", "il", "o", "a") and " " in low and low.rsplit(" ", 1)[-1] in FR_HEADS:
        # "le ministre": only a title, resolved as its English counterpart ("the minister")
        head = low.rsplit(" ", 1)[-1]
        return (np, _title(resolve_title, "the " + FR_HEADS[head], head, pos) if head in FR_HEADS else None)
    if first in ("der", "die") and len(low.split()) == 2 and low.split()[1] in DE_HEADS:
        # "„…“, sagte die OB": only a title, the holder this article named with it before
        head = low.split()[1]
        for h in ("oberbürgermeisterin", "oberbürgermeister", "ob") if head == "ob" else (head,):
            eid = _title(resolve_title, "the " + DE_HEADS[head], h, pos)
            if eid:
                return (np, eid)
        return (np, None)
    if first in ("the", "der", "die", "das") and " " in low:
        k = len(first) + 1
        if np[k:k + 1].islower() and _unnamed_title(text, low.rsplit(" ", 1)[-1], s):
            eid = None  # "the spokesman" after "a spokesman for the regulator": not a holder named elsewhere
        elif np[k:k + 1].islower():
            # "the mayor": a title, bound first to the holder this article named
            eid = _title(resolve_title, np, low.rsplit(" ", 1)[-1], pos) or resolve_name(s + k, e, np[k:])
        elif np.rsplit(" ", 1)[-1].islower():
            # "the Velmora minister", "the Kremlin spokesman": the capitalised words qualify the title; its
            # holder named in the article speaks, else the body (a one-word person or place there is
            # the model's misreading of a ministry's or a city's name)
            eid = _title(resolve_title, np, low.rsplit(" ", 1)[-1], pos)
            if eid is None and low.rsplit(" ", 1)[-1] in _OFFICE_HEADS and resolve_name(s + k, e, np[k:]):
                # "The Oregon senator said": the holder is the person last named, never the place
                eid, _desc = persons_before(s)
                return (np, eid) if eid else (None, None)
            if eid is None and low.rsplit(" ", 1)[-1] in _COLLECTIVE_HEADS and len(low.split()) >= 3:
                # "The Valdeis crisis staff said": a body the place qualifies, not the place; named as
                # the article names it
                return (np[k:], None)
            eid = eid or resolve_name(s + k, e, np[k:])
        else:
            eid = resolve_name(s + k, e, np[k:]) or _title(resolve_title, np, low.rsplit(" ", 1)[-1], pos)
        if eid is None and np[k:k + 1].isupper():
            return (np[k:], None)  # "the Prison Officers' Association": the name, without its article
        return (np, eid) if eid else (np, None)
    # "CPN spokesman Oisín Daly": the name after the title is who speaks, not the organisation
    m = _AFTER_HEAD.search(np)
    if m:
        eid = resolve_name(s + m.start(1), e, m.group(1))
        if eid:
            return (np, eid)
    # "Matthew Ehrenreich of the State Office for Geology": the person, not the body after "of"
    m = _NAME_OF_BODY.match(np)
    if m:
        eid = resolve_name(s, s + m.end(1), m.group(1))
        if eid or " " in m.group(1).strip():
            # (a full name the story does not know is still the person, never the body after "of")
            return (m.group(1), eid)
    toks = np.split()
    if len(toks) >= 4 and _TITLE_OF_BODY.match(np):
        # "Head of Ops Tom Gilchrist says": a capitalised title, then the full name of someone the story knows
        for k in (3, 2):
            tail = " ".join(toks[-k:])
            t_eid = resolve_name(e - len(tail), e, tail)
            if t_eid and all(t[:1].isupper() for t in toks[-k:]) and not _ORG_WORD.search(tail):
                return (tail, t_eid)
    eid = resolve_name(s, e, np)
    return (np, eid)


_BODY_OF_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-ZÀ-Þ][\w’'\-]*\s*){1,3}")
_TITLE_OF_BODY = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:of|for)\s+")


# (English only: "de", "da", "von" join parts of one name, "Maria da Silva", "Ursula von der Leyen")
_NAME_OF_BODY = re.compile(r"((?:[A-ZÀ-Ý][\w’'\-]+\s+){1,3}[A-ZÀ-Ý][\w’'\-]+)\s+(?:of|from|at)\s+(?:the\s+)?[A-ZÀ-Ý]")
_AFTER_FR_HEAD = re.compile(r"(?i:\b(?:" + _FR_HEAD_RE + r"))\s+(" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2})$")
_AFTER_HEAD = re.compile(r"(?i:\b(?:" + _HEAD_RE + r"))\s+(" + _NAME_TOK + r"(?:\s+" + _NAME_TOK + r"){0,2})$")


# --- cross-outlet matching --------------------------------------------------------------------
_TYPO = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                       "—": "-", "–": "-", "‐": "-", "‑": "-", "\u00a0": " "})


_ALNUM_RUN = re.compile(r"[^\W_]+")  # runs of str.isalnum() characters


def normalize_for_match(text: str) -> tuple[str, list[int]]:
    """Lowercased text with unified quotes/dashes, punctuation dropped and whitespace collapsed.

    Returns the normalised string and, for each of its characters, the source offset.
    """
    parts: list[str] = []
    idx: list[int] = []
    prev_end = -1
    for m in _ALNUM_RUN.finditer(text.translate(_TYPO)):
        s, e = m.span()
        w = m.group().lower()
        if len(w) != e - s:  # "İ".lower() has two code points: keep one per source character
            w = "".join(c.lower()[:1] for c in m.group())
        if prev_end >= 0:
            parts.append(" ")
            idx.append(prev_end)
        parts.append(w)
        idx.extend(range(s, e))
        prev_end = e
    return "".join(parts), idx


def normalize_text(text: str) -> str:
    """The string of :func:`normalize_for_match` without the offsets (same result, less work)."""
    words = _ALNUM_RUN.findall(text.translate(_TYPO))
    return " ".join(w.lower() if len(w.lower()) == len(w) else "".join(c.lower()[:1] for c in w) for w in words)


def find_in(norm_needle: str, haystack_norm: str, haystack_idx: list[int]) -> tuple[int, int] | None:
    """Source span in the haystack of a normalised needle (whole words), or None."""
    if not norm_needle:
        return None
    pos = 0
    while True:
        k = haystack_norm.find(norm_needle, pos)
        if k < 0:
            return None
        end = k + len(norm_needle)
        if (k == 0 or haystack_norm[k - 1] == " ") and (end == len(haystack_norm) or haystack_norm[end] == " "):
            return haystack_idx[k], haystack_idx[end - 1] + 1
        pos = k + 1


# Transcripts and extracts name each turn's speaker in a label at the paragraph's start ("HON. ABENA
# KORANTENG (MCE): We have …", "KOVAC: …", "Ms Okafor (Lagos Central): …", "The Minister for
# Transport (Mr Lee): …"): the words after a label naming a person are that person's, verbatim.
# A role ("Q:", "A:", "INTERVIEWER:", "THE COURT:") names nobody; a single name counts only when it
# stands for a person named in full (an earlier label, or a full mention in the text).
_LABEL_LINE = re.compile(r"(?P<label>[A-ZÀ-ÖØ-Þ][\w’'.\-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*|for|of|de|van|von|da|di|del|"
                         r"and|la|le)){0,6})(?:\s*\((?P<paren>[^()\n:]{1,60})\))?\s*:[ \t]+(?=\S)")
_LABEL_TITLES = frozenset(
    "hon hon. honourable honorable mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor supt supt. superintendent "
    "insp insp. inspector det det. detective sgt sgt. sergeant const const. constable cllr cllr. cr cr. councillor "
    "councilor sen sen. senator rep rep. representative judge justice mayor minister president governor gov gov. "
    "capt capt. captain chief col col. colonel gen gen. general sir dame lord lady rev rev. reverend fr fr. father "
    "nana madam madame mme m. deputy premier commissioner chairman chairwoman chair ambassador dci di ds pc "
    "atty atty. attorney mx mx. dj".split())
_LABEL_ROLES = frozenset(
    "q a question answer questions answers interviewer interviewee presenter host co-host cohost anchor newsreader "
    "reporter correspondent narrator voiceover vo caller moderator audience crowd unidentified man woman male female "
    "speaker witness defendant prosecutor prosecution defence defense counsel clerk court juror jury bailiff "
    "interpreter translator editor note update correction source sources photo photos picture caption watch read "
    "also more key fact facts breaking exclusive live video audio contact media press email tel phone web website "
    "listen subscribe transcript voice voices all both others other student students resident residents official "
    "officials spokesperson spokesman spokeswoman guest guests panel panellist panelist member members chorus "
    "big one the what when where why how who our your my his her their its this that pictured warning disclaimer "
    "update updated edited summary background timeline analysis opinion comment comments verdict bottom line "
    "headline headlines in brief news weather sport sports business politics world "
    # other languages' interview roles: Frage/Antwort, Pregunta/Respuesta (P:/R:), Domanda/Risposta (D:/R:) …
    "p r d f frage antwort pregunta respuesta domanda risposta pergunta resposta réponse reponse moderator "
    "moderador moderadora moderatore moderatrice entrevistador entrevistadora intervistatore journaliste "
    "journalist journalistin periodista giornalista jornalista sprecher sprecherin".split())


# a broadcast script's sound cue: "SOT — NAME, ROLE, BODY:", "SOUNDBITE: NAME, ROLE:"
_CUE_LINE = re.compile(r"(?:SOT|SOUNDBITE|SOUND\s+BITE|BITE|SYNC|GRAB|ACTUALITY)\s*[—–:\-]+\s*"
                       r"(?P<label>[A-ZÀ-ÖØ-Þ][\w’'.\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.\-]*){0,3})\s*(?:,[^:\n]{1,100})?:[ \t]+(?=\S)")


def _label_name(label: str, paren: str | None) -> tuple[str, bool, int] | None:
    """The person a turn label names: ``(name, titled, offset of the name in the label)``, or None."""
    words = label.split()
    if words[0].lower() == "the":
        # "The Minister for Transport (Mr Lee):": the holder in brackets; "THE COURT:" names nobody
        if paren:
            pw = paren.split()
            if len(pw) >= 2 and pw[0].lower().rstrip(".") in {t.rstrip(".") for t in _LABEL_TITLES}:
                return " ".join(pw[1:]), True, -1
        return None
    k = 0
    while k < len(words) - 1 and words[k].lower() in _LABEL_TITLES:
        k += 1
    rest = words[k:]
    if not 1 <= len(rest) <= 4 or any(w.lower().strip(".") in _LABEL_ROLES for w in rest):
        return None
    if any(not w[:1].isupper() for w in rest) or any(w.endswith(".") and len(w) > 2 for w in rest):
        return None  # "Minister for Transport", "Key facts." are no names
    offset = len(" ".join(words[:k])) + (1 if k else 0)
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in rest)
    return name, k > 0 or bool(paren), offset


def label_turns(text: str) -> list[tuple[int, int, str | None, bool, int, int]]:
    """Speaker-labelled turns: ``(name_start, name_end, name, titled, turn_start, turn_end)``.

    ``name`` is None for a role ("Q:", "INTERVIEWER:", "THE COURT:"). Only texts with two labelled
    paragraphs or more are read as transcripts (one "Name: words" line is a headline's form).
    """
    if text.count(":") < 2:
        return []
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line_start = pos
        while line_start < end and text[line_start] in " \t":
            line_start += 1
        colon = text.find(":", line_start, min(end, line_start + 90))
        if colon > line_start and text[line_start].isupper():
            cue = _CUE_LINE.match(text, line_start, end)
            if cue:
                # "SOT — DALTON USHER, OWNER, CAYSIDE RADIO: “…”": the first part names the speaker
                got = _label_name(cue.group("label"), None)
                te = end
                while te > cue.end() and text[te - 1].isspace():
                    te -= 1
                if got is None:
                    out.append((line_start, line_start, None, False, cue.end(), te))
                else:
                    name, titled, off = got
                    ns = cue.start("label") + off
                    out.append((ns, ns + len(name), name, True, cue.end(), te))
                pos = end + 1
                continue
            m = _LABEL_LINE.match(text, line_start, end)
            if m:
                te = end
                while te > m.end() and text[te - 1].isspace():
                    te -= 1
                got = _label_name(m.group("label"), m.group("paren"))
                if got is None:
                    out.append((line_start, line_start, None, False, m.end(), te))
                else:
                    name, titled, off = got
                    if off < 0:
                        ns = m.start("paren") + m.group("paren").index(name)
                    else:
                        ns = line_start + off
                    out.append((ns, ns + len(name), name, titled, m.end(), te))
        pos = end + 1
    return out if len(out) >= 2 else []


_NOT_FIRST_NAME = frozenset("the a an and but or if when as at in on of for to by from with said says told asked "
                            "mr mrs ms miss dr prof sir dame lord lady madam mme mayor minister judge president "
                            "hon cllr rev fr st saint lake mount river street road".split())


_ORG_WORD = re.compile(r"\b(?:" + _ORG_HEADS + r"|news|radio|tv|television|police|city|county|state|government|"
                       r"parliament|assembly|house|senate|press|media|staff|team|crew|chorus|audience)\b", re.I)
_CONTRACTION = re.compile(r"['’](?:m|s|re|ll|d|ve|t)$", re.I)


def _label_full_mention(text: str, name: str, pos: int, resolve_name) -> tuple[str, str | None] | None:
    """The person a one-word label stands for: the text's full naming of that word ("Marta Kovac
    said …" before "KOVAC:"), the nearest before the label when two people share it, else the only
    one after; None when there is no full naming or only several after."""
    word = name[:1].upper() + name[1:].lower()
    if _DAYS_MONTHS.fullmatch(word):
        return None  # "MONDAY:" in a schedule is no one
    forms: dict[str, list[tuple[int, int]]] = {}
    for m in re.finditer(r"(?<![\w’'\-])(?:([A-ZÀ-ÖØ-Þ][\w’'\-]+) " + re.escape(word) + r"|" + re.escape(word)
                         + r" ([A-ZÀ-ÖØ-Þ][\w’'\-]+))(?![\w’'\-])", text):
        other = m.group(1) or m.group(2)
        if other.lower().rstrip(".") in _NOT_FIRST_NAME or other.isupper() or _CONTRACTION.search(other):
            continue  # ("I'm Kostas" names nobody in full)
        forms.setdefault(m.group(0), []).append((m.start(), m.end()))
    if not forms:
        return None
    before = [(s, e, f) for f, spans in forms.items() for s, e in spans if e <= pos]
    if before:
        s, e, f = max(before)
    elif len(forms) == 1:
        f = next(iter(forms))
        s, e = forms[f][0]
    else:
        return None
    eid = resolve_name(s, e, f)
    return (f, eid) if eid else None  # (a full naming the story knows: not "Cyber Monday", "Lake Tana")
