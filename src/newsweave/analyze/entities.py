"""Named entities: per-article mentions (spaCy NER plus rules) and story-level canonical entities.

Per article, :func:`article_mentions` returns mention dicts ``{"start", "end", "text", "type"}``
(types PERSON, ORG, GPE, LOC) from spaCy (``[ledger] ner_model``, only its ``ner`` component runs,
loaded once per process) or, for non-English text or when spaCy is missing, from a
capitalised-name heuristic. Rules add what the model misses: "Title Firstname Lastname"
appositives, "Long Name (ACRONYM)" pairs and "Mr./Ms. X".

Per story, :class:`EntityIndex` merges mentions into entities:

* a transliteration key (:func:`translit_key`) makes Sergey/Sergei/Sergej, Yuri/Yury/Iouri,
  Kiev/Kyiv, Lavrov/Lawrow equal;
* persons with the same surname and compatible first names (same key, a known nickname or the
  same initial) merge, unless the story has two different people of that surname;
* a lone surname ("Lavrov") joins the one person of the story with that surname;
* an acronym joins the organisation it abbreviates ("OSCE" <-> "Organization for Security and
  Co-operation in Europe"), from an explicit "(OSCE)" or from the initials;
* a title phrase ("the Russian Foreign Minister", "the minister") links to a person when an
  appositive in the story ("Russian Foreign Minister Sergei Lavrov") makes it unambiguous;
* mangled spellings of one person or organisation in different articles ("Marta Kovalchik" /
  "Marta Kowalczyk") join conservatively, see :meth:`EntityIndex._merge_mangled`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, Iterable, Iterator

from ..blas import one_blas_thread

TYPES = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC"}
TITLE_HEADS = (
    "minister", "president", "secretary", "spokesman", "spokeswoman", "spokesperson", "advisor", "adviser",
    "ambassador", "chancellor", "chief", "director", "governor", "mayor", "senator", "envoy", "commander",
    "chairman", "chairwoman", "chair", "premier", "diplomat", "king", "queen", "prince",
    "secretary-general", "prosecutor", "judge", "ceo", "founder", "head", "leader", "commissioner", "negotiator",
    "executive", "coach", "manager", "captain", "skipper", "curator", "lawyer", "attorney", "inspector",
    "superintendent", "professor", "economist", "sheriff",
    "mp",  # "X, the MP for Kiruma County, said"
)
# titles read only before a name ("Cllr Siobhán Hegarty", "Councillor Ruth Penhallow"): the name is
# the person's without them; "the councillor" alone is not bound to a holder as the heads above are
_NAME_ONLY_TITLES = ("councillor", "councilor", "cllr", "cr", "mayoress", "alderman", "sergeant", "sgt", "insp", "supt",
                     "engr",
                     # members of assemblies, before the name ("Nominated MCA Faith Were", "MEP Ana Roos")
                     "mca", "mep", "mla", "msp", "mpp", "mna")
_HEAD_RE = "|".join(sorted(TITLE_HEADS, key=len, reverse=True))
# capitalised words that continue a title after its head ("Chief Fire Officer", "Chief Executive",
# "Director General"), never a first name
_TITLE_WORDS = frozenset(TITLE_HEADS) | {"fire", "police", "officer", "executive", "operating", "financial", "medical",
                                         "constable", "inspector", "superintendent", "sergeant", "general", "deputy",
                                         "assistant", "station", "justice", "whip", "of", "staff", "economist",
                                         "mechanical", "engineer", "technical", "nursing", "operations",
                                         "commercial", "information", "scientific"}
# (ß sorts before à: "Größl" is one token)
# ("MacRae", "McAllister", "DiNapoli": one inner capital after a short prefix)
_NAME_TOKEN = (r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zßà-öø-ÿā-ž’']+(?:(?:(?<=Mac)|(?<=Mc)|(?<=Di)|(?<=De)|(?<=Le)|(?<=La)|(?<=O')|(?<=O’)|(?<=ll')|(?<=ll’)|(?<=D')|(?<=D’))[A-Z][a-zßà-öø-ÿā-ž]+)?"
               r"(?:-[A-ZÀ-ÖØ-ÞĀ-Ža-zßà-öø-ÿā-ž][a-zßà-öø-ÿā-ž’']+)*")
_NAME = _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){0,2}"
# a given name, a particle and two more names ("Mayor María del Pilar Ezquerro"); not a name and "do
# Porto" (of Porto) after it
_NAME_PARTICLED = (_NAME_TOKEN + r"\s+(?:del|de|da|do|dos|das|di|della|van|von)\s+" + _NAME_TOKEN + r"\s+" + _NAME_TOKEN
                   + r"(?![\w’'\-])")
# "Russian Foreign Minister Sergei Lavrov", "NATO Secretary General Jens Stoltenberg"
_TITLE_BEFORE = re.compile(
    r"(\b(?:(?:[A-Z][\w\-]*|of|for|on)\s+){0,4}?(?i:" + _HEAD_RE.replace("secretary-general", "secretary[- ]general")
    # (not across a blank line: "General Secretary\n\nIssued at Port Masanda" closes a signature)
    + "|" + "|".join(_NAME_ONLY_TITLES) + r"))(?![^\S\n]*\n[^\S\n]*\n)\s+(" + _NAME_PARTICLED + "|" + _NAME + r")")
# "Yury Ushakov, Russian presidential advisor on foreign policy issues,"
# an appositive holds no verb of saying: in "... of Lavergne, announced Tuesday the minister of the
# Culture, Etienne Marshal" the title is the minister's, not the city's
_TITLE_AFTER = re.compile(r"^,\s+(?:the\s+)?((?:(?!(?:said|says|announced|declared|told|added|stated|confirmed|reported|"
                          r"explained|according)\b)[\w\-’']+\s+){0,4}?(?:" + _HEAD_RE + r")(?:\s+(?:of|on|for|to)\s+[\w\s\-]{2,40}?)?)(?=[,.;)])", re.I)
_SPACE_NAME = re.compile(r"\s+(" + _NAME + r")")
_NAMES_THEN_SPACE = re.compile(r"(?:" + _NAME_TOKEN + r"\s+)*")
_SPACE_THEN_NAMES = re.compile(r"(?:\s+" + _NAME_TOKEN + r")*")
_DATELINE_PLACE = re.compile(r"(?:^|\n)\s*([A-ZÀ-Þ][A-ZÀ-Þ'’\-]{2,}(?:[ \-][A-ZÀ-Þ'’]{2,}){0,2}),\s")
_SAINT = re.compile(r"(?:Saint|Sainte|San|Santa|Santo|São|St|Ste|Sankt)-", re.I)  # "Saint-Clair": a place
_APPOSITIVE_AFTER = re.compile(r",\s+(?:who|whose|\d{1,3},)\s")  # "Wirth, who was freed …", "Devlin, 26, is …"
# (a word like an occupation: "Trader", "Member", "Vendor", "Florist", "Servant")
_NOUN_SUFFIX = re.compile(r"(?:er|or|ist|ant|ent)$")
# (three words too: "José Ignacio Antilef, who rents out boats")
_NAME_WHO = re.compile(r"(?<![\w’'\-])(" + _NAME_TOKEN + r"(?:[ \t]+" + _NAME_TOKEN + r")?\s+" + _NAME_TOKEN
                       + r"),\s+who(?:se)?\b")
# (Romance honorifics and "Lady", as machine translation renders "D." and "Dona", only before a name
# that does not run on over a particle: "Dona Maria do Céu Pinto" is more than "Maria")
_HONORIFIC = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau)\.?\s+(?:Justice\s+)?(" + _NAME + r")|"
                        r"(?:Dona|Doña|Sra|Lady|Madame|Mme|Signora)\.?\s+(" + _NAME + r")(?![\w’'\-])"
                        r"(?!\s+(?:do|da|dos|das|de|del|della|di|du|des|von|van)\b))")  # "Mrs Justice X": a judge
_ACRONYM_DEF = re.compile(
    r"\b((?:[A-Z][\w\-]+)(?:\s+(?:[A-Z][\w\-]+|and|for|of|the|in|on|&|de|du|des|für|und))+)\s*\(([A-Z][A-Za-z&]{1,9})\)")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
# "Ponta do Anequim", "Praia da Luz": the model keeps the name and drops the kind of place before it
_PLACE_WORD_OF = re.compile(r"\b(?:Ponta|Praia|Porto|Puerto|Rio|Río|Serra|Sierra|Cabo|Capo|Monte|Lago|Isla|Ilha|Isola|"
                            r"Vila|Villa|Valle|Val|Pointe|Point|Port|Cape|Mount|Lake)\s+(?:do|da|dos|das|de|del|della|"
                            r"di|du|des|of|of\s+the)\s+$")
_LOC_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|im|in der|bei|nach|aus)\s+$", re.I)
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|im|bei)\s+$", re.I)
_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|outside|im|in\s+der|bei|nach|aus|en|a|de|à|au|aux|nel|nella|"
                           r"di|da|em|no|na|do|para|hacia|desde|von|zu|vers)\s+$", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|asked|according\s+to)\s+$")
_PERSON_AFTER = re.compile(r"[’']s\s+(?:wife|husband|son|daughter|office|spokes\w+)|,?\s+(?:said|says|told|added|"
                           r"stated|noted|warned|announced|insisted|explained|asked|replied|wrote)\b")
# "the Russian Foreign Minister", "the top diplomat", "Norland's envoy" (the possessive's owner is not
# part of the title)
_TITLE_PHRASE = re.compile(r"\b(?:[Tt]he|[A-Z][\w\-]*[’']s)\s+((?:[\w\-’']+\s+){0,3}?(?i:" + _HEAD_RE + r"))\b"
                           r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,3}"
                           r"|[a-z][\w\-]+\b(?!\s+of\b)))?")
# titles written differently for the same office, normalised before comparing (folded, lower case)
TITLE_SYNONYMS = (
    (re.compile(r"\b(?:top|chief|leading)\s+diplomat\b"), "foreign minister"),
    (re.compile(r"\bsecretary of state\b"), "foreign minister"),
    (re.compile(r"\bforeign secretary\b"), "foreign minister"),
    (re.compile(r"\bforeign affairs minister\b|\bminister of foreign affairs\b|\bminister for foreign affairs\b"),
     "foreign minister"),
    (re.compile(r"\bpremier\b"), "prime minister"),
)
_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
# German titles are compounds ("Außenminister", "Sicherheitsberater"): the head is a suffix
_DE_HEADS = ("minister", "ministerin", "berater", "beraterin", "sprecher", "sprecherin", "chef", "chefin",
             "präsident", "präsidentin", "bürgermeister", "bürgermeisterin", "beauftragte", "beauftragten",
             "beauftragter", "kommissar", "kommissarin", "botschafter", "botschafterin", "kanzler", "kanzlerin")
_DE_HEAD_RE = "|".join(sorted(_DE_HEADS, key=len, reverse=True))
# "der kessawische Außenminister", "des Hafenbeauftragten": German article + up to 2 words + compound title
_DE_TITLE_PHRASE = re.compile(r"\b(?:[Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en)\s+((?:[\w\-]+\s+){0,2}?[A-ZÄÖÜ][\wäöüß]*(?:"
                              + _DE_HEAD_RE + r"))\b")
# German title compounds, folded (ß -> ss, no umlauts), to the English title they are compared as
DE_TITLES = (
    (re.compile(r"\baussen(?:minister)\w*"), "foreign minister"),
    (re.compile(r"\binnen(?:minister)\w*"), "interior minister"),
    (re.compile(r"\bministerprasident\w*"), "prime minister"),
    (re.compile(r"\bsicherheitsberater\w*"), "security adviser"),
    (re.compile(r"\bprasidentenberater\w*"), "presidential adviser"),
    (re.compile(r"\bregierungssprecher\w*"), "government spokesperson"),
    (re.compile(r"\bgewerkschafts(?:chef|fuhrer|vorsitzende)\w*"), "union leader"),
    (re.compile(r"\bhafen(?:beauftragte|kommissar)\w*"), "harbour commissioner"),
    (re.compile(r"\bburgermeister\w*"), "mayor"),
    (re.compile(r"\bsprecherin\b"), "spokeswoman"),
    (re.compile(r"\bsprecher\b"), "spokesman"),
    (re.compile(r"\b(\w+)minister(?:in)?\b"), r"\1 minister"),
    (re.compile(r"\b(\w+)berater(?:in)?\b"), r"\1 adviser"),
    (re.compile(r"\bberater(?:in)?\b"), "adviser"),
)
# rank words: "Deputy Foreign Minister" is not "the Foreign Minister"
_RANKS = {"deputy", "vice", "assistant", "former", "ex", "acting", "junior", "stellvertretende", "stellvertretender",
          "ehemalige", "ehemaliger"}
# nationality adjectives qualify a title and may be dropped when nothing matches with them
# ("der kessawische Außenminister" -> foreign minister)
_NATIONALITY = re.compile(r"^(?:[a-z]+(?:isch|ische|ischen|ischer|isches)|[a-z]{3,}(?:ian|an|ese|ish|i))$")
# lowercase modifiers before a title head ("the presidential adviser Yuri Vasko", "said union
# leader Carla Mendes") belong to the title when a determiner, a possessive, a preposition, a
# reporting verb or punctuation precedes them
_TITLE_LEFT_WORDS = {"the", "a", "an", "his", "her", "its", "their", "by", "with", "between", "and", "to", "from",
                     "of", "for", "said", "says", "told", "added"}


def _title_modifiers(text: str, pos: int) -> list[str]:
    toks = re.findall(r"[\w’'\-]+|[^\w\s]", text[max(0, pos - 60):pos])
    mods: list[str] = []
    while toks and len(mods) < 3:
        w = toks[-1]
        if not re.fullmatch(r"[a-z][a-z\-]+", w) or fold(w) in _CAP_STOP or w in _TITLE_LEFT_WORDS:
            break
        mods.insert(0, toks.pop())
    if not mods or not toks:
        return []
    w = toks[-1]
    if w in _TITLE_LEFT_WORDS or re.fullmatch(r"[^\w\s]", w) or re.fullmatch(r"[A-Z][\w\-]*[’']s", w):
        return mods
    return []
_LOWER_JOIN = {"of", "for", "and", "the", "in", "on", "de", "du", "des", "von", "van", "der", "al", "bin", "la", "le", "di", "da",
               "do", "dos", "das", "del", "della"}
NICKNAMES = [
    {"jacob", "jake"}, {"william", "bill", "will"}, {"robert", "bob", "rob"}, {"michael", "mike"},
    {"james", "jim", "jimmy"}, {"thomas", "tom"}, {"alexander", "alex", "sasha"}, {"joseph", "joe"},
    {"richard", "rick", "dick"}, {"elizabeth", "liz", "beth"}, {"katherine", "kate", "catherine"},
    {"daniel", "dan"}, {"anthony", "tony"}, {"edward", "ed", "ted"}, {"charles", "charlie", "chuck"},
    # (only ever compared between two full names sharing a surname, so a short form that is also a
    # word does no harm)
    {"dominic", "dom"}, {"samuel", "sam"}, {"benjamin", "ben"}, {"christopher", "chris"}, {"nicholas", "nick"},
    {"andrew", "andy", "drew"}, {"stephen", "steven", "steve"}, {"matthew", "matt"}, {"timothy", "tim"},
    {"patrick", "pat", "paddy"}, {"kenneth", "ken", "kenny"}, {"ronald", "ron", "ronnie"}, {"donald", "don"},
    {"gerald", "gerry"}, {"frederick", "fred", "freddie"}, {"theodore", "theo"}, {"douglas", "doug", "dougie"},
    {"desmond", "des"}, {"raymond", "ray"}, {"lawrence", "larry"}, {"philip", "phil"}, {"jonathan", "jon"},
    {"gregory", "greg"}, {"jeffrey", "jeff"}, {"leonard", "len", "lenny"}, {"gareth", "gaz"},
    {"jennifer", "jen", "jenny"}, {"margaret", "maggie", "meg", "peggy"}, {"susan", "sue", "susie"},
    {"deborah", "debbie", "deb"}, {"rebecca", "becky", "becca"}, {"victoria", "vicky", "tori"},
    {"patricia", "trish", "patsy"}, {"jacqueline", "jackie"}, {"josephine", "jo", "josie"},
    {"christine", "chris", "chrissie"}, {"samantha", "sam"}, {"alexandra", "alex", "lexi"},
]
_NICK: dict[str, set[int]] = defaultdict(set)
for _i, _group in enumerate(NICKNAMES):
    for _n in _group:
        _NICK[_n].add(_i)
# words that start sentences or are capitalised for grammar, never names on their own
# (cheers on banners, "Allez Mathis", "Forza Rossi", open no name either)
_CAP_STOP = set("""allez vive viva forza hop bravo merci grazie gracias danke
a an the this that these those he she it we they i you his her its our their my your
and or but if when while after before since until as at by for from in into of on to with without about
there here what which who whom whose where why how all any each every some no not yes also however
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december januar februar märz mai juni juli oktober dezember montag dienstag
mittwoch donnerstag freitag samstag sonntag mr mrs ms dr der die das ein eine und oder aber wenn als im am zum zur
vom beim es sie er wir ihr ich du le la les un une et ou mais auch nach laut bei mit für über unter vor
diese dieser dieses diesen wie was wer dann noch nur schon jetzt heute gestern morgen hier dort secondo segun
jan feb apr jun jul aug sep sept oct nov dec
selon il lo gli el los las os desde hacia durante tras entre
mme mlle madame monsieur signora signor sig sra srta dona doña frau herr mma rre
já""".split())  # honorifics: no part of a name
# the first or last word of a place's name; Italian, Spanish, Portuguese and French ones too ("Rio
# Freddo", "Lago Nero", "Capo Ferlano"), which the English model reads as people
_BODY_NOUN_BEFORE = re.compile(r"\b(?:group|charity|campaign|organi[sz]ation|association|company|firm|union|party|"
                               r"club|trust|foundation|network|coalition|movement|band|brand|label)\s+$", re.I)
# the body a head heads: "el director del Ecoparque, Joaquín Irigoyen", "diretor de operações da Cevalt"
_HEAD_OF_BEFORE = re.compile(r"\b(?:director|directora|diretor|diretora|directeur|directrice|direttore|direttrice|"
                             r"president|presidente|présidente?|chief|head|manager|gerente|ceo|chairman|chairwoman|"
                             r"spokesman|spokeswoman|spokesperson|portavoz|porta-voz|porte-parole|portavoce)"
                             r"(?:\s+(?:of\s+)?[a-zà-ÿ]+){0,2}?\s+(?:of\s+the|of|del|de\s+la|de|do|da|della|dello|du|des|"
                             r"de\s+l['’]|at|at\s+the)\s+$", re.I)
_VESSEL_BEFORE = re.compile(r"\b(?:trawler|ship|vessel|boat|ferry|yacht|barge|tanker|freighter|longliner|tug|"
                            r"schooner|catamaran|lifeboat|chalutier|navire|bateau|péniche|barco|navio|buque|pesquero|"
                            r"palangreiro|nave|peschereccio|traghetto|chiatta|Schiff|Kutter|Frachter|Fähre|storm|"
                            r"hurricane|typhoon|cyclone|tempête|tormenta|tempestad|tempesta|tempestade|Sturm|"
                            r"Orkan|Sturmtief)\s+$", re.I)
_STORM = re.compile(r"(?:Storm|Hurricane|Typhoon|Cyclone|Tropical\s+Storm)\s")
_HOLDER_AFTER = re.compile(r",\s+" + _NAME_TOKEN + r"\s+" + _NAME_TOKEN)
_PLACE_FIRST = {"Port", "Fort", "Mount", "Lake", "Cape", "Saint", "San", "Santa", "Bad", "Rio", "Río", "Lago", "Monte",
                "Mont", "Val", "Valle", "Punta", "Capo", "Cabo", "Porto", "Puerto", "Ponte", "Pont", "Sierra", "Serra",
                "Pico", "Piz", "Isla", "Isola", "Ilha", "Praia", "Playa", "Lac", "Passo", "Paso", "Colle", "Cima",
                "Bosco", "Sasso", "Lido", "Golfo", "Baía", "Bahía", "Sankt", "São", "Santo", "Sainte", "Plaza", "Piazza",
                "Praça", "Calle", "Rua", "Rue", "Avenida", "Viale", "Largo", "Paseo", "Vila", "Villa", "Ciudad",
                "Cidade"}
_PLACE_LAST = {"Island", "Islands", "Strait", "River", "Sea", "Gulf", "Bay", "Peninsula", "Valley", "Lake", "Coast",
               "Gorge", "Pass", "Canyon", "Glacier", "Falls", "Ridge", "Reservoir", "Estuary",
               # buildings and works, which the model reads as people ("the Ashdown Building")
               "Building", "Tower", "Stadium", "Arena", "Bridge", "Tunnel", "Terminal", "Airport", "Cathedral"}
_DEMONYM_SUFFIXES = ("n", "an", "ian", "ese", "ish", "i")
# "Alte Steinbrücke", "Lindenstraße", "Domplatz": a German bridge, street or square the model may read
# as a person (no surname ends so)
_PLACE_TAIL_WORD = re.compile(r"(?:brücke|straße|strasse|platz|gasse|kirche|bahnhof|hafen|allee|ufer)$", re.I)
_PLACE_HEAD_RUN = re.compile(r"(?:Rua|Calle|Carrer|Via|Viale|Vicolo|Corso|Rue|Avenida|Avinguda|Largo|Praça|Plaza|"
                             r"Piazza|Piazzale|Travessa|Paseo|Estrada|Quai|Cais|Ribeira|Campo)\s+"
                             r"(?:(?:do|da|dos|das|de|del|della|di|du|des|la|le)\s+)?" + _NAME_TOKEN
                             + r"(?:\s+" + _NAME_TOKEN + r")*")
_FACILITY_AFTER = (r"\s+(?:library|station|hospital|harbour|harbor|beach|market|museum|town\s+council|"
                   r"parish\s+council|village|primary\s+school|high\s+school|pier|lifeboat|airport)\b")
# a street's or square's word opening a name ("Rua dos Tanoeiros", "Largo do Pelourinho", "Calle Mayor")
_PLACE_HEAD_WORD = re.compile(r"(?:Rua|Calle|Carrer|Via|Viale|Vicolo|Corso|Rue|Avenida|Avinguda|Largo|Praça|Plaza|"
                              r"Piazza|Piazzale|Travessa|Paseo|Estrada|Quai|Cais|Ribeira|Campo)\s+"
                              r"(?:(?:do|da|dos|das|de|del|della|di|du|des|la|le)\s+)?[A-ZÀ-Þ]")
# a given name and a particle right before a name the model began after them ("Maria do Céu Barroso")
_GIVEN_PARTICLE_BEFORE = re.compile(r"(?<![\w’'\-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\s+(?:do|da|dos|das|del|della|du)\s+$")
_ORG_WORDS = re.compile(r"\b(?:ministry|council|organi[sz]ation|agency|party|union|bank|company|corp|inc|ltd|"
                        r"group|committee|office|department|court|parliament|assembly|alliance|association|"
                        r"institute|university|commission|fund|service|servicios|servizi|servi[cç]os|news|times|post|press|ministerium|"
                        r"astilleros|estaleiros|cantieri|chantiers|werft|shipyards?|shipbuilders?|"
                        r"rat|partei|bund|amt|gericht|verband|authority|autoridad|autorità|autorité|board|federation|"
                        r"ministerio|ministero|ministère|consejo|consiglio|conseil|agencia|agenzia|agence|"
                        r"sindicato|sindacato|syndicat|compañía|società|société|tribunal|tribunale|pharma|pharmaceuticals?|"
                        r"chemicals?|airlines?|airways|motors|energy|holdings?|industries|logistics|laboratories|"
                        r"labs|therapeutics|biotech|telecom|insurance|shipping|mining|foods|systems|technologies|watch|foundation|"
                        r"coalition|movement|forum|society|league|observatory|police|policía|polizia|polizei|gendarmerie|"
                        r"guardia|carabinieri|army|ejército|esercito|armée|bundeswehr|fc|olympique|sporting|atlético|atletico|"
                        r"dynamo|dinamo|racing|relief|aid|rescue|homes|properties|developments|housing|builders|contractors|trust|"
                        r"companhia|compagnie|empresa|azienda|cooperativa|consorcio|consorzio|asociaci[oó]n|"
                        r"associa[cç][aã]o|associazione|federaci[oó]n|federa[cç][aã]o|federazione|fédération|régie|network|"
                        r"partnership|collective|consortium|initiative|campaign|syndicate|coaches|buses|ferries|travel|water|"
                        r"aguas|águas|aigües|acque|conselleria|consellería|consejería|comisi[oó]n|commissione|comiss[aã]o|kommission|"
                        r"confederaci[oó]n|confederazione|confédération|confedera[cç][aã]o|osservatorio|observatorio|observatoire|"
                        r"observat[oó]rio)\b", re.I)


# the last word of a body's name, never of a place's ("West Bank" is a place, "Fiammara Observatory" a body)
_BODY_LAST = re.compile(r"\s(?:Observatory|Institute|Commission|Agency|Ministry|Council|Authority|Association|"
                        r"Federation|Foundation|Committee|Department|Directorate|Inspectorate|Laboratory)$")


# German bodies are compounds: "Elster Automobilwerke", "Zirmtaler Bergbahnen", "Waldacher Brauerei"
_ORG_SUFFIX = re.compile(r"\w(?:werke|werk|bahnen|betriebe|gesellschaft|genossenschaft|versicherung|sparkasse|kasse|"
                         r"verband|brauerei|stiftung|verlag|kliniken|klinikum|stadtwerke)\b", re.I)


def _org_name(s: str) -> bool:
    return bool(_ORG_WORDS.search(s) or _ORG_SUFFIX.search(s))


# letters that Unicode does not decompose into a base letter and a mark ("Wołoszyn" -> "woloszyn")
_NO_DECOMPOSE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "ı": "i",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d"})


def _group_counts(keys, types, surfaces) -> tuple[Counter, Counter]:
    """Entity types and surface forms counted over the keys of one group."""
    tc: Counter = Counter()
    sc: Counter = Counter()
    for k in keys:
        tc.update(types[k])
        sc.update(surfaces[k])
    return tc, sc


def fold(s: str) -> str:
    """Lowercase without diacritics (``ß`` -> ``ss``, ``ł`` -> ``l``)."""
    # names and words are folded over and over (200,000 calls for 250 stories): short ones are cached
    return _fold_short(s) if len(s) <= 64 else _fold(s)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss").replace("ẞ", "ss").translate(_NO_DECOMPOSE))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


_fold_short = lru_cache(maxsize=65536)(_fold)
# the stop words are compared folded: "Für Lea" must stop at "fur" ("uber" stays a name, the firm)
_CAP_STOP.update(w for w in map(_fold, list(_CAP_STOP)) if w != "uber")


# weekdays and months of the Romance languages (the English and German ones are in _CAP_STOP), which
# open a sentence before "la", "le", "el"...: never the first word of a name joined by that article
_TIME_LEAD = frozenset(_fold(w) for w in """lunedì martedì mercoledì giovedì venerdì sabato domenica lundi mardi
mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo segunda terça quarta
quinta sexta gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre janvier
février mars avril juin juillet août septembre octobre décembre enero febrero abril mayo junio julio septiembre
octubre noviembre diciembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro""".split())


_PLURAL_NOUN_AFTER = re.compile(r"\s+[a-zà-ÿ]+s\b")
# (a year is no count, nor a number that ends a sentence or a line: "in 2022. Delahaye also runs")
_COUNT_BEFORE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?[^\S\n]+$")
# articles that open titles and bodies but no one's name ("La", "Le", "Lo", "Del" do: La Russa, Le Pen)
_ARTICLE_NOT_NAME = frozenset({"Il", "Gli", "Los", "Las", "Der", "Die", "Das"})


_SAINT_WORDS = frozenset({"saint", "sainte", "sankt", "st", "ste", "san", "santa", "santo", "sao"})


@lru_cache(maxsize=65536)
def token_key(tok: str) -> str:
    """Transliteration key of one name token: first sound class + consonant skeleton.

    >>> token_key("Sergey") == token_key("Sergei") == token_key("Sergej")
    True
    >>> token_key("Kiev") == token_key("Kyiv"), token_key("Lavrov") == token_key("Lawrow")
    (True, True)
    """
    s = re.sub(r"[^a-z]", "", fold(tok))
    if not s:
        return ""
    if s in _SAINT_WORDS:
        return "st"  # "Sankt Oswin", "Saint Oswin", "Sainte-Aure", "Saint-Aure", "St Oswin"
    if len(s) >= 7 and s.endswith("ien"):
        s = s[:-3] + "ia"  # German country names: Kessawien / Kessavia, Rumänien / Romania
    for a, b in (("tsch", "ch"), ("sch", "sh"), ("kh", "h"), ("ph", "f"), ("ck", "k"), ("w", "v"), ("dzh", "j"),
                 ("zh", "j"), ("ts", "c"), ("tz", "c"), ("q", "k"), ("x", "ks")):
        s = s.replace(a, b)
    head = s[0]
    if head in "yji":
        head = "i"
    rest = re.sub(r"[aeiouyj]", "", s[1:])
    rest = re.sub(r"(.)\1+", r"\1", rest)
    return head + rest


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    # ("Gwenaelle The Drezen": machine translation renders the particle of "Gwenaëlle Le Drézen")
    toks = re.split(r"[\s\-]+", name)
    return " ".join(k for k in (token_key("le" if i and t == "The" else t) for i, t in enumerate(toks)) if k)


# occupations and roles that open a sentence before a full name ("Farmer Gwen Tallis", "Pensioner
# Ada Brill"); surnames among them (Baker, Farmer) are safe because a full name must follow
_LEADING_NOUN = re.compile(r"(?:Farmer|Teacher|Nurse|Pilot|Driver|Student|Miner|Fisherman|Shopkeeper|Landlord|Lifeguard|"
                           r"Caretaker|Ranger|Warden|Ferryman|Boatman|Instructor|"
                           r"Haulier|Trucker|Docker|Stevedore|Fishmonger|Butcher|Grocer|Florist|Publican|Plumber|"
                           r"Electrician|Carpenter|Welder|Crofter|Skipper|Deckhand|Postman|Postwoman|Porter|"
                           r"Seller|Vendor|Trader|Stallholder|Shepherd|Winemaker|Hotelier|Innkeeper|Gardener|Forester|"
                           r"Landlady|Resident|Neighbour|Neighbor|Witness|Survivor|Passenger|Grandmother|"
                           r"Grandfather|Widow|Widower|Pensioner|Owner|Chef|Baker|Vet|Firefighter|Paramedic|"
                           r"Volunteer|Campaigner|Activist|Councillor|Councilor|Priest|Pastor|Vicar|Imam|Rabbi|"
                           r"Businessman|Businesswoman|Cleaner|Worker|Engineer|Midwife|Mechanic|Builder|Ranger|"
                           r"Warden|Guard|Runner|Climber|Hiker|Diver|Sailor|Soldier|Veteran|Photographer|"
                           r"Journalist|Reporter|Author|Writer|Artist|Singer|Actor|Actress|Fan|Mum|Mom|Dad|Mother|Grandma|Grandpa|Granny|"
                           r"Daughter|Brother|Sister|Father|Husband|Wife|Grandson|Granddaughter|Uncle|Aunt|"
                           # a live blog's or phone-in's contributors ("Reader Marcus Tan messages:")
                           r"Reader|Viewer|Listener|Caller|Commuter|Shopper|Voter|Customer|Spectator|"
                           r"Landwirt|Landwirtin|Anwohner|Anwohnerin|Zeuge|Zeugin|Lehrer|Lehrerin|Rentner|"
                           r"Rentnerin|Bürgermeister|Bürgermeisterin|Oberbürgermeister|Oberbürgermeisterin|"
                           r"Landrat|Landrätin|Pfarrer|Pfarrerin|Mayoress|Bäcker|Bäckerin|Händler|Händlerin|Wirt|Wirtin)"
                           r"(?:\s+(?:master|mistress|meister|owner))?\s+(?=[A-ZÀ-ÖØ-Þ])")


_SAYS_AFTER_NAME = re.compile(r",?\s+(?:said|says|told|added|explained|recalled|dijo|afirmó|disse|sagte|a\s+dit)\b")
_KIN_LEAD = re.compile(r"(?:Mum|Mom|Dad|Mother|Grandma|Grandpa|Granny|Daughter|Brother|Sister|Father|Husband|Wife|"
                       r"Grandson|Granddaughter|Uncle|Aunt)\s+(?=[A-ZÀ-ÖØ-Þ])")


# (also "Cr Dunstan" (an Australian councillor), "Nana Kwesi Oduro" (a Ghanaian honorific), "Mme Orsini",
# "Mma Kelebogile Mosweu" / "Rre Molefhe" (the Setswana Mrs and Mr), the Fijian chiefly "Ratu Peni
# Matanitobua" (not its female "Adi": also a first name, "Adi Shamir", and "Adi Mereani" alone would
# lose the title's bond to the full name))
# and a judge's "Justice" ("Mrs Justice Angharad Prosser", "Justice Harriet Akello Mutebi"; "Justice
# Mensah" alone may be a first name and stays)
_TITLE_LEAD = re.compile(r"(?:(?:Lady|Lord)\s+Mayor(?:ess)?(?=\s+[A-ZÀ-Ý])|Cllr|Clr|Councillor|Councilor|Cr|Sgt|Insp|Supt|Engr|Mayoress|Alderman|Sergeant|Nana|Mme|Mlle|Mma|Rre|Ratu|"
                         r"MCA|MEP|MLA|MSP|MPP|MNA|Madam(?!\s+(?:Justice|Speaker|Chair|Chairperson|President)\b)|"
                         r"(?:(?:Mr|Mrs|Ms|Lady|Lord|Madam)\.?\s+)?Justice(?=\s+[A-ZÀ-Ý][\w’'\-]+\s+[A-ZÀ-Ý])|"
                         # British police ranks ("DI Nadia Okafor", "DCI Tom Reyes"): before a full name only
                         r"(?:DCI|DI|DS|DC|DSupt|PCSO|PC)(?=\s+[A-ZÀ-Ý][\w’'\-]+\s+[A-ZÀ-Ý])|"
                         # a cathedral's dean before a full name ("Dean Sabine W.", "Dekanin Sabine W."); "Dean"
                         # alone may be a first name
                         r"(?:Dean|Dekanin|Dekan|Deaness)(?=\s+[A-ZÀ-Ý][\w’'\-]+\s+[A-ZÀ-Ý])|"
                         # a German mayor's or MP's abbreviation, a firm's officer ("OB Klaus D.", "MD Alison P.")
                         r"(?:OB|MdB|MdL|MP|MD|CEO|CFO|COO|GM)(?=\s+[A-ZÀ-Ý][\w’'\-]+\s+[A-ZÀ-Ý])|"
                         # ranks before a surname ("Cmdr Sarmento said")
                         r"Cmdr|Cdr|Capt|Lt|Maj|Adm|Brig|Cpl|Pte|"
                         # a German compound title before a full name ("Verkehrssenator Malte I.",
                         # "Polizeisprecherin Anke R.")
                         r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:senator|minister|sprecher|direktor|präsident|leiter|meister|rat|"
                         r"kommissar|chef)(?:in)?(?=\s+[A-ZÀ-Ý][\w’'\-]+\s+[A-ZÀ-Ý]))"
                         r"\.?\s+(?=[A-ZÀ-Ý])")
_PORTFOLIO_BEFORE = re.compile(r"\b(?:assessor|councill?or|alderman|minister|delegate|commissioner|secretary|"
                               r"deputy|spokesperson|spokesman|spokeswoman)\s+(?:to|for|of)\s+(?:the\s+)?$", re.I)
# (an acronym, or a paper's one-word name: "told to the Mail Rose F.", a rendering of "contou ao
# Correio Rosa F.")
_OUTLET_LEAD = re.compile(r"(?:[A-Z]{2,6}|Correio|Diário|Diario|Jornal|Mail|Post|Gazette|Herald|Times|Journal|Courier|Echo|"
                          r"Chronicle|Mercury|Tribune|Express|Observer|Gazzetta|Corriere|Giornale|Periódico|Zeitung|"
                          r"Kurier|Anzeiger|Bote)\s+(?=[A-ZÀ-Ý][\w’'\-]+\s+[A-ZÀ-Ý])")
_AUDIENCE_BEFORE_NAME = re.compile(r"\b(?:ao|à|aos|às|al|au|aux|alla|to|told)\s+(?:the\s+)?$")
# "according to" opening a sentence, read by the English model as a first name
_ACCORDING_LEAD = re.compile(r"(?:Secondo|Según|Segundo|Selon|Laut)\s+(?=[A-ZÀ-Ý])")
_COMMA_AFTER = re.compile(r"\s*,")
# a verb-first attribution opening its sentence ("Said Akinwale: …", "Added Reed, “…”")
# (and the Romance ones: "Chiosa Parodi: «…»", "Manifestó Quintanilla: …", "Ajoute Mme X :")
_SAID_LEAD = re.compile(r"(?:Said|Says|Added|Adds|Chiosa|Aggiunge|Conclude|Sottolinea|Ribadisce|Spiega|Manifestó|"
                        r"Agrega|Agregó|Añade|Añadió|Concluye|Remata|Remató|Sentencia|Ajoute|Conclut|Tranche|"
                        r"Acrescenta|Conclui|Remata)\s+(?=[A-ZÀ-Ý])")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|[.!?][”\"’]\s*)$")
# ("Said Hamdan, the mayor, …" is a name; "Said Kamwendo in her ruling:" is the verb)
_COLON_OR_COMMA = re.compile(r"\s*(?::|,\s*[“\"«])|\s+(?:in|at|on|during|after|before)\s+[^:;.!?“”\"«»\n]{1,40}:")


_KIN_APPOS_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ss]on|[Ss]a|[Ss]u|[Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre|[Ss]ua|[Ss]eu|[Ii]l|[Ll]a|[Ee]l|[Oo]|"
    # ("Rosado's wife, Amélia, who …": an owner's name in the possessive; "A mulher, Amélia,")
    r"[Ll]o|A|[A-ZÀ-Þ][\w\-]*['’]s)\s+(?:son|daughter|wife|"
    r"husband|brother|sister|father|mother|fils|fille|femme|mari|frère|sœur|père|mère|hijo|hija|esposa|esposo|"
    r"hermano|hermana|padre|madre|figlio|figlia|moglie|marito|fratello|sorella|Sohn|Tochter|Frau|Mann|Bruder|"
    r"Schwester|Vater|Mutter|filho|filha|mulher|marido|irmão|irmã|pai|mãe|papa|maman|papá|mamá|dad|mum|mom|"
    r"Papa|Mama),?\s+$")
_KIN_NAME = re.compile(_KIN_APPOS_BEFORE.pattern[:-1] + r"([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)(?=\s*[,.;]|\s+\d)")
_LONE_TITLE = re.compile(r"(?:Alderman|Alderwoman|Councillor|Councilor|Cllr|Mayoress|Sergeant|Sgt|Insp|Supt)\.?")
_PREP_LEAD = re.compile(r"(?:For|From|With|Without|Für|Pour|Para|Por)\s+(?=[A-ZÀ-Þ])")


_COUNTED_TIME = re.compile(r"(?:Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun|Zehn|Zwölf|Dos|Tres|Cuatro|Cinco|Seis|Due|Tre|"
                           r"Quattro|Cinque|Sei|Dois|Duas|Três|Quatro|Deux|Trois|Quatre|Cinq|Six|Two|Three|Four|Five)\s+"
                           r"(?:Jahre|Jahren|Jahrzehnte|Monate|Monaten|Wochen|Tage|Tagen|Stunden|Minuten|años|meses|semanas|"
                           r"días|horas|anni|mesi|settimane|giorni|ore|anos|dias|ans|mois|semaines|jours|heures|Years|"
                           r"Months|Weeks|Days|Hours)")


# Romance and German possessives the model may read as a name ("Su esposo, Celso R.")
_POSSESSIVE_WORDS = frozenset("su sus mi mis tu tus nuestro nuestra son sa ses mon ma mes seu sua seus suas suo "
                              "sein seine ihr ihre mein meine".split())


def _clean_mention(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at line breaks, strip "the", possessives and punctuation; return sub-spans."""
    out = []
    pos = start
    for part in re.split(r"(\n+|\s*[:/|]\s*)", text[start:end]):
        s, e = pos, pos + len(part)
        pos = e
        if re.fullmatch(r"\n+|\s*[:/|]\s*", part):
            continue
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not (text[e - 1].isalnum()):
            e -= 1
        if e + 2 < len(text) and text[e] in "'’" and text[e + 1].isupper() and text[e - 1].isalpha():
            # "Marta Dall'Osto", "Carla D'Amico": the model stops at the apostrophe
            m2 = re.match(r"[’']\w+", text[e:])
            e += m2.end() if m2 else 0
        if text[s:e].lower().startswith("the "):
            s += 4
        if e + 1 < len(text) and text[e] == "-" and text[e + 1].isalpha() \
                or s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
            continue  # "Croix" of "the Croix-Marie market": a piece of a hyphenated name
        if _LONE_TITLE.fullmatch(text, s, e):
            continue  # "Alderman for mobility Marc Dewael told …": the title alone is nobody's name
        if text[s:e] in ("Lady", "Lord") and text.startswith((" Mayor", " mayor"), e):
            continue  # ("Lady Mayor Katja D.": a translated "Frau Bürgermeisterin"; "Lord Mayor Karin W.")
        prep = _PREP_LEAD.match(text, s, e)
        if prep:
            s = prep.end()  # "For Lea it is clear:", "Für Lea ist klar:": the preposition is no first name
        ol = _OUTLET_LEAD.match(text, s, e)
        if ol and _AUDIENCE_BEFORE_NAME.search(text, max(0, s - 8), s):
            s = ol.end()  # "garantiu ao CO Nuno Campelo": the paper told, then the speaker
        tl = _TITLE_LEAD.match(text, s, e)
        if tl and tl.end() < e:
            s = tl.end()  # "Cllr Varma", "Sgt Dean Holt": the name without its title
        el = _ELIDED_TITLE_LEAD.match(text, s, e)
        if el and el.end() < e:
            s = el.end()  # "L'assessora Marta G.": an elided article and a title in lower case
        if len(text[s:e].split()) >= 3 and _PORTFOLIO_BEFORE.search(text, max(0, s - 40), s):
            # "The assessor to the Mobility Martha Pesenti": a translated portfolio, then the name
            s += len(text[s:e].split()[0]) + 1
        said = _SAID_LEAD.match(text, s, e)
        if said and said.end() < e and _SENTENCE_START.search(text, max(0, s - 4), s) and _COLON_OR_COMMA.match(text, e):
            s = said.end()  # "Said Akinwale: “…”": the verb before the speaker, not a first name
        acc = _ACCORDING_LEAD.match(text, s, e)
        if acc and _COMMA_AFTER.match(text, e):
            s = acc.end()  # "Secondo Benedetti, il festival ...": according to Benedetti
        if _COUNTED_TIME.fullmatch(text, s, e):
            continue  # "Zwei Jahre habe die Familie gesucht": a span of time opening a sentence, no one's name
        if " " not in text[s:e] and _SENTENCE_START.search(text, max(0, s - 4), s):
            mod = _MODIFIES_TITLE.match(text, e)
            if mod and not any(w in _NOT_TITLE_MODIFIER or w.endswith("ed") for w in mod.group(1).split()):
                continue  # "Wagon building master Heinz-George P. (71)": a word of the title, no one's name
        whole = _LEADING_NOUN.match(text, s)
        if whole and e <= whole.end():
            continue  # "Baker" of "Baker master Juergen Stoeckl": an occupation before a name, no one's name
        lead = _LEADING_NOUN.match(text, s, e)
        if lead and (len(text[s:e].split()) >= 3 or _KIN_LEAD.match(text, s, e)):
            # "Farmer Gwen Tallis told ...": a sentence-initial occupation, not a first name; "Dad
            # Kevin" (two words) is Kevin
            s = lead.end()
        for suffix in ("'s", "’s"):
            if text[s:e].endswith(suffix):
                e -= len(suffix)
        if e - s >= 2 and any(c.isupper() for c in text[s:e]):
            out.append((s, e))
    return out


@lru_cache(maxsize=4)
def load_spacy(model: str) -> Any:
    """The spaCy pipeline ``model`` with only ``ner`` enabled, loaded once; None if unavailable."""
    try:
        import spacy
    except ImportError:
        return None
    try:
        nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    except OSError:
        return None
    if "ner" not in nlp.pipe_names:
        return None
    # the sm model's ner has its own embedding layer, so tok2vec is not needed
    nlp.max_length = max(nlp.max_length, 2_000_000)
    try:
        from thinc.api import NumpyOps

        # thinc multiplies with BLIS by default, whose CPU detection falls back to a generic
        # reference kernel on CPUs it does not know (here a virtualised AMD EPYC: 33 GFLOP/s vs
        # 96 for numpy's OpenBLAS on the NER's maxout layers); numpy's matmul gives the same
        # mentions (checked on 150 Multi-News articles: 6,732 mentions, none different) with
        # 25% less CPU for NER
        ops = NumpyOps(use_blis=False)
        for _, proc in nlp.components:
            for node in proc.model.walk():
                node.ops = ops
    except (ImportError, TypeError, AttributeError):
        pass
    return nlp


def model_mentions(texts: list[str], model: str) -> list[list[dict[str, Any]]] | None:
    """spaCy mentions for each text (None when the model cannot be loaded)."""
    nlp = load_spacy(model)
    if nlp is None:
        return None
    # wire copies repeat whole texts within a story or batch (40 of Multi-News's 666 articles):
    # each distinct text goes through the model once
    uniq = list(dict.fromkeys(texts))
    with one_blas_thread():
        found = dict(zip(uniq, _mentions_of_docs(uniq, nlp.pipe(uniq, batch_size=16))))
    return [found[t] if k == 0 else [dict(m) for m in found[t]] for k, t in _occurrence_numbers(texts)]


def _occurrence_numbers(texts: list[str]) -> Iterator[tuple[int, str]]:
    seen: dict[str, int] = {}
    for t in texts:
        k = seen.get(t, 0)
        seen[t] = k + 1
        yield k, t


def _mentions_of_docs(texts: list[str], docs: Iterable[Any]) -> list[list[dict[str, Any]]]:
    out = []
    for text, doc in zip(texts, docs):
        ms = []
        for ent in doc.ents:
            t = TYPES.get(ent.label_)
            if not t:
                continue
            for s, e in _clean_mention(text, ent.start_char, ent.end_char):
                typ = "ORG" if t == "PERSON" and _ORG_WORDS.search(text[s:e]) else \
                    "LOC" if t == "PERSON" and (_PLACE_TAIL_WORD.search(text[s:e])
                                                or _PLACE_HEAD_WORD.match(text, s, e)) else t
                if typ == "PERSON" and " " not in text[s:e].strip() and re.search(
                        r"(?<![\w’'\-])" + re.escape(text[s:e]) + _FACILITY_AFTER, text):
                    typ = "GPE"  # "Saltmere will lose its Saturday" after "used Saltmere library": a place
                if t == "PERSON" and (ph := _PLACE_HEAD_RUN.match(text, s)) and ph.end() >= e:
                    e, typ = ph.end(), "LOC"  # "Rua" of "the Rua dos Tanoeiros": the street's whole name
                if typ == "PERSON" and (pb := _GIVEN_PARTICLE_BEFORE.search(text, max(0, s - 30), s)) \
                        and pb.group(1).lower() not in _NOT_NAME_WORDS and fold(pb.group(1)) not in _TITLE_WORDS \
                        and not _TITLE_LEAD.match(pb.group(1) + " X"):
                    s = pb.start()  # "Maria do | Céu Barroso": the given name before its particle
                e = _extend_name(text, s, e, typ)
                if typ == "ORG" and (tail := _IN_PLACE_TAIL.search(text, s, e)) and len(text[s:tail.start()].split()) >= 2:
                    e = tail.start()  # "the Sarvegna Museum of Egyptian Antiquities | in Canavera": where it is
                if ms and s < ms[-1]["end"]:
                    continue  # inside the name the mention before was extended over
                ms.append({"start": s, "end": e, "text": text[s:e], "type": typ, "src": "model"})
        out.append(_join_and_bodies(text, ms))
    return out


# a body's name the model ran on over the town it stands in
_IN_PLACE_TAIL = re.compile(r"\s+in\s+(?:the\s+)?" + _NAME_TOKEN + r"$")
# what the model cuts off a name: the place after "of" ("The Departmental Government of | Wilanqa"),
# the surnames after two given names ("Rosa Elena | Condori Apaza")
# (also over an article: "the Chamber of agriculture of | the Bredelle")
_OF_NAME_AFTER = re.compile(r"\s+(?:the\s+|la\s+|le\s+|l['’])?(" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")?)")
_PLURAL_POSSESSIVE_NAME = re.compile(r"[’'](?:\s+" + _NAME_TOKEN + r"){1,3}(?![\w’'\-])")
_OF_PLACE_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")?)(?![\w’'\-])")
_LOWER_OF_PLACE_AFTER = re.compile(r"\s+([a-z]+(?:s|ers|ors|ists|men))\s+(?:of|from)\s+(" + _NAME_TOKEN + r")(?![\w’'\-])")
_TRAILING_OF = re.compile(r"\s+(?:of|for|de|du|des|da|do|di|del|della|von)(?:\s+the)?$")
_MORE_NAMES = re.compile(r" (" + _NAME_TOKEN + r"(?: " + _NAME_TOKEN + r")?)(?![\w’'\-])")
_NOT_NAME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jr sr said says told""".split())


def _extend_name(text: str, s: int, e: int, typ: str) -> int:
    if typ == "ORG" and text[e - 1:e] == "s":
        # "Health Workers’ Guild", "Farmers' Union": the model stops at the plural possessive
        m = _PLURAL_POSSESSIVE_NAME.match(text, e)
        if m:
            return m.end()
    # (and a translated person's "Mary of | the Conception Rebelo", from "Maria da Conceição")
    if typ in ("ORG", "GPE", "LOC", "PERSON") and _TRAILING_OF.search(text, s, e):
        m = _OF_NAME_AFTER.match(text, e)
        return m.end() if m else e
    if typ == "ORG" and _ORG_WORDS.search(text, s, e) and (m := _LOWER_OF_PLACE_AFTER.match(text, e)) \
            and m.group(1).lower() not in _NOT_NAME_WORDS:
        # "The Association of the Taxi | drivers of Portalva": a translated name keeps its nouns in
        # lower case; it goes on to the place it is of
        return m.end()
    if typ == "ORG" and _ORG_WORDS.search(text, s, e):
        # "The Association of Midwives | of the Ervedal": a body's name goes on over the place it
        # is of, which the model leaves out
        m = _OF_PLACE_AFTER.match(text, e)
        if m and not any(w.lower() in _NOT_NAME_WORDS for w in m.group(1).split()):
            return m.end()
    if typ == "PERSON" and len(text[s:e].split()) == 2:
        m = _MORE_NAMES.match(text, e)
        if m and not any(w.lower() in _NOT_NAME_WORDS or w.lower() in _TITLE_WORDS for w in m.group(1).split()):
            return m.end()
    return e


# the last word of a body's name that may hold "and": "Wessmoor Fire and Rescue Service", "Health and
# Safety Executive", which the model cuts into "Wessmoor Fire" (a person) and "Rescue Service"
_AND_BODY_HEAD = re.compile(r"(?:Service|Services|Authority|Administration|Executive|Agency|Department|Board|Union|"
                            r"Commission|Trust|Society|Institute|Directorate|Inspectorate)$")
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")


def _join_and_bodies(text: str, ms: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for m in ms:
        p = out[-1] if out else None
        if p is not None and _AND_GAP.fullmatch(text, p["end"], m["start"]) and _AND_BODY_HEAD.search(m["text"]) \
                and len(p["text"].split()) <= 3 and p["text"][:1].isupper():
            out[-1] = {"start": p["start"], "end": m["end"], "text": text[p["start"]:m["end"]], "type": "ORG", "src": "model"}
            continue
        out.append(m)
    return out


def _ner_chunk(args: tuple[list[str], str]) -> list[list[dict[str, Any]]] | None:
    return model_mentions(*args)


def _die_with_parent(parent: int) -> None:
    """Worker initializer: end this worker when the process that forked it dies.

    A ``kill -9`` of newsweave would otherwise leave forked NER workers blocked on their task
    queue for ever (their siblings keep the queue's pipe open, so they never see EOF).
    """
    import ctypes
    import os
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass  # not Linux: the pool's own shutdown still ends the workers in normal runs
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def model_mentions_parallel(texts: list[str], model: str, processes: int) -> list[list[dict[str, Any]]] | None:
    """:func:`model_mentions` over ``processes`` forked worker processes, results in input order.

    The model is loaded in this process first, so forked workers inherit it (no per-worker load);
    texts go out in small contiguous chunks and come back as mention dicts (not spaCy docs).
    Each text is analysed on its own, so the result is the same as with one process. Falls back
    to one process where ``fork`` is unavailable.
    """
    if processes <= 1 or len(texts) < 2:
        return model_mentions(texts, model)
    if load_spacy(model) is None:
        return None
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in mp.get_all_start_methods():
        return model_mentions(texts, model)
    size = max(1, min(16, len(texts) // (processes * 4)))
    chunks = [(texts[i:i + size], model) for i in range(0, len(texts), size)]
    out: list[list[dict[str, Any]]] = []
    import os

    with ProcessPoolExecutor(max_workers=processes, mp_context=mp.get_context("fork"),
                             initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        for part in pool.map(_ner_chunk, chunks):
            out.extend(part or [])
    return out


_AFTER_NUMBER = re.compile(r"\d[\d.,]*\s+$")
_KIN_NOUN = re.compile(r"Mann|Ehemann|Ehefrau|Gatte|Gattin|Sohn|Tochter|Bruder|Schwester|Vater|Mutter|Enkel|Enkelin|"
                       r"Opa|Oma|Onkel|Tante|Neffe|Nichte|Schwiegersohn|Schwiegertochter|Lebensgefährte|"
                       r"Lebensgefährtin|Freund|Freundin|Nachbar|Nachbarin")
_DE_POSSESSIVE = re.compile(r"(?:Sein|Ihr|Unser|Euer|Dessen|Deren)(?:e|em|en|er|es)?")
_TOPIC_AFTER = re.compile(r",\s+(?:lui|elle|él|ella|lei|ele|ela|er|sie|qui|que|che|der|die|who)\b")


def heuristic_mentions(text: str, sentences: Iterable[tuple[int, int]]) -> list[dict[str, Any]]:
    """Capitalised-name heuristic (any language): runs of capitalised tokens, typed by cue words.

    A single capitalised token is kept only away from a sentence start; German capitalises every
    noun, so lone tokens are typed ``"?"`` and survive only if the story knows them (see
    :meth:`EntityIndex.add_article`).
    """
    starts = {s for s, _ in sentences}
    out = []
    joins = _LOWER_JOIN - {"in", "on", "for", "and", "of", "the"}
    # (an acronym or an upper-case word may hold accented capitals: "ao DIÁRIO Marta V.")
    rx = re.compile(r"(?:" + _NAME_TOKEN + r"|[A-ZÀ-ÖØ-Þ]{2,12}(?![\w’'\-]))(?:\s+(?:(?:" + "|".join(joins) + r")\s+)?(?:"
                    + _NAME_TOKEN + r"|[A-ZÀ-ÖØ-Þ]{2,12}(?![\w’'\-])))*")
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        toks = m.group(0).split()
        while toks and (fold(toks[0]) in _CAP_STOP or (s in starts and len(toks) > 1 and fold(toks[0]) in _CAP_STOP)):
            s += len(toks[0]) + 1
            toks = toks[1:]
        if len(toks) >= 3 and toks[1].islower() and fold(toks[0]) in _TIME_LEAD:
            # "Martedì la Soprintendenza ispezionerà": the day opens the sentence, then the body
            s += len(toks[0]) + len(toks[1]) + 2
            toks = toks[2:]
        if len(toks) >= 3 and toks[0].isupper() and _AUDIENCE_BEFORE_NAME.search(text, max(0, s - 8), s):
            # "garantiu ao CO Nuno Campelo": the paper told (an acronym), then the speaker
            s += len(toks[0]) + 1
            toks = toks[1:]
        if len(toks) >= 3 and _LEADING_NOUN.match(toks[0] + " " + toks[1]) or \
                len(toks) in (2, 3) and (_KIN_NOUN.fullmatch(toks[0]) or _KIN_LEAD.match(toks[0] + " X")):
            # "Rentner Gottfried Fuchs": an occupation, then the name; "ihrem Mann Werner": her
            # husband, Werner (German capitalises the kinship noun); "Ihr Sohn Tobias Brandt" too
            s += len(toks[0]) + 1
            toks = toks[1:]
        elif len(toks) >= 3 and _ELIDED_TITLE_LEAD.match(text, s):
            # "L'assessora Marta G.": an elided article and a title in lower case
            s += len(toks[0]) + 1
            toks = toks[1:]
        elif len(toks) >= 2 and (tl := _TITLE_LEAD.match(text, s)) and tl.end() < e:
            # "OB Klaus Dannecker sieht …", "Sgt Dean Holt": the name without its title
            n = len(tl.group(0).split())
            s = tl.end()
            toks = toks[n:]
        elif len(toks) == 4 and _DE_POSSESSIVE.fullmatch(toks[0]) and not toks[1].isupper():
            # "Seine Stellvertreterin Anja Roth": his deputy, Anja Roth (German capitalises the noun)
            s += len(toks[0]) + len(toks[1]) + 2
            toks = toks[2:]
        elif len(toks) >= 2 and s in starts and _SAID_LEAD.match(text, s) and _COLON_OR_COMMA.match(text, e):
            # "Chiosa Parodi: «…»" opening a sentence: the verb first, then the speaker
            s += len(toks[0]) + 1
            toks = toks[1:]
        elif len(toks) >= 2 and s in starts and _ACCORDING_LEAD.match(text, s) and _COMMA_AFTER.match(text, e):
            # "Segundo Venâncio, o preço …" opening a sentence: according to Venâncio (Segundo is
            # also a given name, so only before the comma that closes the source)
            s += len(toks[0]) + 1
            toks = toks[1:]
        while toks and fold(toks[-1]) in _LOWER_JOIN | _CAP_STOP:
            toks = toks[:-1]
            e = s + len(" ".join(toks))
        if not toks:
            continue
        s2 = s
        # rebuild the end from the actual text to keep exact offsets
        e = s2 + len(text[s2:].split(toks[-1], 1)[0]) + len(toks[-1]) if len(toks) > 1 else s2 + len(toks[0])
        at_start = s2 in starts
        if _AFTER_NUMBER.search(text, max(0, s2 - 12), s2) or _COUNTED_TIME.fullmatch(text, s2, e) \
                or _DE_NUMBER.fullmatch(toks[0].lower()):
            continue  # "rund 600 Tonnen Bauschutt", "Zwei Jahre …": German nouns counted, not a name
        if len(toks) == 1:
            if fold(toks[0]) in _CAP_STOP or (at_start and not _TOPIC_AFTER.match(text, e)):
                # (a sentence may open with a lone name the story knows, set off by a comma before
                # a pronoun or a clause: "Marc, lui, est certain …", "Marta, que …"; kept only if known)
                continue
            typ = "ORG" if toks[0].isupper() else "?"
        else:
            typ = "ORG" if _ORG_WORDS.search(text[s2:e]) else "GPE" if _SAINT.match(toks[0]) \
                else "LOC" if _PLACE_HEAD_WORD.match(text, s2, e) \
                else "PERSON" if len(toks) <= 3 else "ORG"
            if typ == "PERSON" and _DE_ARTICLE_INSIDE.search(text, s2, e):
                typ = "?"  # "Teil der Fertigung": German nouns joined by an article, no one's name (unless known)

        if typ == "ORG" and _BODY_HEAD_END.search(toks[-1]):
            of = _OF_NAME_AFTER_BODY.match(text, e)
            if of:
                e = of.end()  # "The Plastics Manufacturers' Association of Valdoria": the body's own name
        out.append({"start": s2, "end": e, "text": text[s2:e], "type": typ, "src": "heuristic"})
    return join_particle_names(text, out)


# "Hundertachtzig Familien": a German number written as one word, then the noun counted
_DE_NUMBER = re.compile(r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|"
                        r"fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und)+")
_BODY_HEAD_ALONE = re.compile(r"Trust|Council|Association|Union|Commission|Authority|Board|Federation|Society|"
                              r"Foundation|Agency|Ministry|Museum|Club|Company|Federazione|Fondazione|Associação|"
                              r"Asociación|Fédération|Verband|Stiftung")
_DE_ARTICLE_INSIDE = re.compile(r"(?<!\bvon)(?<!\bvan)(?<!\bzu)\s(?:der|die|das|des|dem|den)\s")
# (two names opening a sentence: longer runs hold titles and occupations, "Landlord Huw Pryce, 61,")
_NAME_AGE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(" + _NAME_TOKEN + r"[ \t]+" + _NAME_TOKEN + r"),[ \t]*\d{1,3},[ \t]+(?=[a-z])"
                       # (the German way, one name or two: "Ute (58) aus Halberfeld war …")
                       r"|(?:^|(?<=[.!?]\s)|(?<=\n))(" + _NAME_TOKEN + r"(?:[ \t]+" + _NAME_TOKEN + r")?)[ \t]+\(\d{1,3}\)"
                       r"(?=[ \t]+(?:aus|von|vom|from|de|da|di|war|ist|hat|sagt|[a-zäöüß]))")
# "Disappointment for Noemie Chappaz, 29 years, come from …" (a translation's "29 ans"): a name
# given an age in years, anywhere in a sentence (the originals' "68 anni" are the heuristic layer's)
_NAME_AGE_YEARS = re.compile(r"(?<![\w’'\-])((?:" + _NAME_TOKEN + r"[ \t]+){1,3}" + _NAME_TOKEN + r"),[ \t]*\d{1,3}[ \t]+"
                             r"years\b")
# "grandad-of-five Les Catterick, 72, told …": given names that are also stop words (the French
# article, the month) opening a name given an age, inside a sentence
_STOPWORD_GIVEN_AGE = re.compile(r"(?<=[a-z,\-–] )((?:Les|May)[ \t]+" + _NAME_TOKEN + r"),[ \t]*\d{1,3},")
# "Brais, el hijo del patrón, de 24 años, hacía …": a one-name person set off with a relative's noun
_KIN_APPOSED_AFTER = re.compile(r",\s+(?:el|la|il|o|a|le|the|his|her|su|sua|seu|son|sa|sein|seine|ihr|ihre)\s+"
                                r"(?:hij[oa]|figli[oa]|filh[oa]|fils|fille|son|daughter|sohn|tochter|herman[oa]|fratello|"
                                r"sorella|irmã|irmão|frère|sœur|brother|sister|bruder|schwester|nieto|nieta|nipote|neto|neta|"
                                r"grandson|granddaughter|marido|mujer|esposa|moglie|mulher|husband|wife|mari|femme)\b", re.I)
# "Koldo, de 71 años, usa la línea": an age set off after a one-name person opening a sentence
_AGE_APPOSED_AFTER = re.compile(r",\s+(?:de\s+|di\s+)?\d{1,3}(?:\s+(?:años|anni|anos|ans|Jahre|years?(?:\s+old)?))?,")
_KIN_NOUNS = frozenset("""sohn tochter vater mutter bruder schwester frau mann ehefrau ehemann enkel enkelin opa oma
witwe witwer onkel tante neffe nichte son daughter father mother brother sister wife husband widow uncle aunt
grandson granddaughter""".split())
_SPOUSE_AFTER = re.compile(r"\s+and\s+(?:his|her)\s+(?:wife|husband)\b")
_AND_SPOUSE = re.compile(r"(?<![\w’'\-])(" + _NAME_TOKEN + r"\s+" + _NAME_TOKEN + r")\s+and\s+(?:his|her)\s+"
                         r"(?:wife|husband|partner|son|daughter|brother|sister)\b")
_NAME_TITLE_APPOSED = re.compile(r"(?<![\w’'\-])(" + _NAME_TOKEN + r"[ \t]+" + _NAME_TOKEN + r"),[ \t]+(?:the[ \t]+)?"
                                 r"(?:[a-z][\w\-]*[ \t]+){0,2}(?:chief|head|director|spokesman|spokeswoman|spokesperson|"
                                 r"president|chairman|chairwoman|chair|mayor|manager|secretary|leader|founder|owner|"
                                 r"coordinator|minister|governor|councillor|councilor|commissioner|superintendent)\b")
# "Nadia Ferrand, a geologist with the cavities office": two names set off before "a" and a noun
# that is no kind of body
_NAME_A_NOUN = re.compile(r"(?<![\w’'\-])(" + _NAME_TOKEN + r"[ \t]+" + _NAME_TOKEN + r"),[ \t]+an?[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}?"
                          r"(?!(?:company|firm|group|charity|business|body|organi[sz]ation|cooperative|co-operative|union|"
                          r"association|club|trust|brand|chain|start-?up|maker|manufacturer|operator|supplier|agency|"
                          r"network|platform|website|site|newspaper|paper|station|town|village|city|region|district|"
                          r"river|lake|island|street|road|hotel|restaurant|pub|bar|shop|school|hospital|museum|"
                          r"theatre|venue|team|party|movement|campaign|fund|bank|airline|port|estate|farm|arm|unit|division|"
                          r"subsidiary|member|part|branch|wing)\b)"
                          r"[a-z][\w\-]*[ \t]*(?:[,.]|with|at|from|of|for|in|who|whose|and)")


def _iter_name_apposed(text: str) -> Iterator[re.Match]:
    yield from _NAME_TITLE_APPOSED.finditer(text)
    yield from _NAME_A_NOUN.finditer(text)


_NOT_A_SURNAME = re.compile(r"Council|Committee|Group|Bank|Airport|Hospital|School|University|College|Police|Street|"
                            r"Road|Lane|Avenue|Square|Station|Church|Centre|Center|Hall|House|Partners|Holdings|"
                            r"Ltd|Inc|AG|GmbH|SA|Airways|Airlines|Railways?|Ferries|Energy|Water|Power|Media|News")
_CAPITAL_WORD_END = re.compile(r"[A-ZÀ-Ý][\w’'\-.]*[ \t]+(?:(?:da|de|do|dos|das|di|del|della|van|von|der|den|le|la|du|des|"
                               r"y|e)[ \t]+)?$")
_NAME_JOINER_END = re.compile(r"\b(?:for|of|the|and|on|at|in)[ \t]+$")
_HONORIFIC_WORD = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Cllr|Rev|Fr|Sr|Sra|Dott|Mme|Mlle|Herr|Frau)\.?")
_PLACE_POLICE = re.compile(r"(?<![\w’'\-])(" + _NAME_TOKEN + r"(?:[ \t]+" + _NAME_TOKEN + r")?)[ \t]+(?:police|fire[ \t]+"
                           r"brigade|fire[ \t]+service|coastguard)\b")
_ROMANCE_PARTICLE = r"(?:de\s+la|de\s+los|de\s+las|des|de|du|del|dels|do|da|dos|das|di|della|dello|dei|degli|delle|d[’'])"
_ROMANCE_BODY = re.compile(r"(?<![\w’'\-])(?:Liga|Lega|Ligue|Amici|Amiche|Amigos|Amigas|Amis|Régie|Compagnie|Société|Syndicat|Fédération|Chambre|Caisse|Mutuelle|"
                           r"Compañía|Sociedad|Asociación|Federación|Cámara|Cooperativa|Consorcio|Mancomunidad|"
                           r"Confederación|Companhia|Sociedade|Associação|Federação|Câmara|Confederação|Società|"
                           r"Associazione|Federazione|Consorzio|Azienda|Confederazione|Sindicato|Sindacato)\s+"
                           # (a common noun may come first: "Chambre d'agriculture du Verdane")
                           r"(?:" + _ROMANCE_PARTICLE + r"\s*[a-zà-ÿ]{4,}(?:\s+(?:et|e|y)\s+" + _ROMANCE_PARTICLE
                           + r"\s*[a-zà-ÿ]{4,})?\s+)?" + _ROMANCE_PARTICLE + r"\s*" + _NAME_TOKEN + r"(?:\s+(?:" + _ROMANCE_PARTICLE + r"\s*)?"
                           + _NAME_TOKEN + r"){0,4}")
_DE_BODY_FOR = re.compile(r"(?<![\w’'\-])[A-ZÄÖÜ][a-zäöüß]*(?:amt|anstalt|verein|institut|zentrum|stiftung|gesellschaft|"
                          r"verband|kammer|behörde|büro|ministerium|rat)\s+für\s+[A-ZÄÖÜ][a-zäöüß]+(?:\s+und\s+[A-ZÄÖÜ][a-zäöüß]+)?")
_FRIENDS_OF = re.compile(r"(?<![\w’'\-])(?:League\s+of\s+(?:the\s+)?)?Friends\s+of\s+(?:the\s+)?" + _NAME_TOKEN
                         + r"(?:\s+(?:(?:da|de|do|dos|das|di|del|della|of|the|of\s+the)\s+)?" + _NAME_TOKEN + r"){0,4}")
_BODY_HEAD_END = re.compile(r"^(?:Association|Union|Council|Federation|Chamber|Society|Institute|Board|Authority|"
                            r"Commission|League|Confederation|Guild|Syndicate|Cooperative|Co-operative)$")
_OF_NAME_AFTER_BODY = re.compile(r"\s+of\s+(?:the\s+)?" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")?(?![\w’'\-])")


# (found from " of <Capital>" back to a title head: one pass of a big case-blind alternation over
# every word of every article cost more than the rest of rule_mentions)
_OF_CAPITAL = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-ZÀ-ÖØ-Þ])")
_WORD_BEFORE = re.compile(r"([A-Za-z\-]+)$")
_PLACE_THEN_NAME = re.compile(_NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){0,2},\s+(" + _NAME_TOKEN + r"(?:\s+"
                              + _NAME_TOKEN + r"){1,2})(?=\s*[,.;])")
_HEADS = frozenset(TITLE_HEADS)


_WATERS_OF = re.compile(r"(?<![\w’'\-])Waters\s+of\s+(?:the\s+)?" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r")?")
_THE_BODY = re.compile(r"(?<![\w’'\-])[Tt]he\s+((?:[A-Z][\w’'\-]+\s+){2,3}(?:Network|Partnership|Collective|Consortium|"
                       r"Initiative|Campaign|Alliance|Coalition|Association|Federation|Trust|Society|Foundation|Forum|"
                       r"Council|Board|Authority|Commission|Union|Institute|Agency))(?![\w’'\-])(?!\s+(?:of|for|and|&)\s)")

# "The Lichtelmarkt traders' association said", "the Getxaran fishermen's guild": a place's or
# market's name, then the members it gathers and the kind of body, all one organisation (the model
# reads the name alone, as a person or a place); one word only: "the Lattarina Viva traders'
# committee" may be the body the story calls "Lattarina Viva"
_MEMBERS_BODY = re.compile(r"(?<![\w’'\-])[Tt]he\s+([A-ZÀ-Ý][\w’'\-]+\s+[a-z]+(?:s['’]|['’]s)\s+"
                           r"(?:association|union|guild|cooperative|co-operative|federation|committee|society|club))"
                           r"(?![\w’'\-])(?!\s+(?:of|for)\s)")


# a sentence-opening word, lower-case words and a title's head, then a capitalised name: the word
# belongs to the title ("Festival committee president Gisela O.")
_MODIFIES_TITLE = re.compile(r"((?:\s+[a-z][\w\-]*){1,2})\s+(?:" + _HEAD_RE + r"|master|officer)\s+[A-ZÀ-Ý][\w’'\-]+"
                             r"[\s\-]+[A-ZÀ-Ý]")
_NOT_TITLE_MODIFIER = frozenset("met told said says asked thanked called urged joined named and or with to of for by "
                                "as at in on is was has had the a an his her their its our your new former".split())


_ELIDED_TITLE_LEAD = re.compile(r"[LlDd]['’][a-zà-ÿ]+\s+(?=[A-ZÀ-Þ])")
_HON_TOKENS = frozenset("dr prof mr mrs ms mme mlle dott dra sr sra dres".split())


def rule_mentions(text: str) -> list[dict[str, Any]]:
    """Mentions the model tends to miss: titled names, honorifics, acronym definitions."""
    out = []
    for m in _KIN_NAME.finditer(text):
        # "Son papa, Didier, …", "her brother Pere": a first name after a kinship noun is a person
        if fold(m.group(1)) not in _CAP_STOP:
            out.append({"start": m.start(1), "end": m.end(1), "text": m.group(1), "type": "PERSON", "src": "rule"})
    for m in _TITLE_BEFORE.finditer(text):
        if not m.group(1)[0].isupper() and not m.group(1).lower().startswith(TITLE_HEADS + _NAME_ONLY_TITLES):
            continue
        name = re.sub(r"[’']s$", "", m.group(2))
        name_start, title_end = m.start(2), m.end(1)
        # "Chief Fire Officer Derek Pryce": capitalised title words after the head are the title's
        while name.split() and fold(name.split()[0]) in _TITLE_WORDS:
            name_start = text.index(name.split()[0], name_start) + len(name.split()[0])
            title_end = name_start
            rest = _SPACE_NAME.match(text, name_start)
            if not rest:
                name = ""
                break
            name, name_start = re.sub(r"[’']s$", "", rest.group(1)), rest.start(1)
        if not name:
            continue
        tl = _TITLE_LEAD.match(text, name_start, name_start + len(name))
        if tl and tl.end() < name_start + len(name):
            # "Mayor Ratu Peni Matanitobua": an honorific after the title is no part of the name
            name, name_start = name[tl.end() - name_start:], tl.end()
        if fold(name.split()[0]) in _CAP_STOP or _ORG_WORDS.search(name):
            continue
        title = text[m.start(1):title_end]
        if title[0].islower():
            mods = _title_modifiers(text, m.start(1))
            if mods:
                title = " ".join(mods) + " " + title
        out.append({"start": name_start, "end": name_start + len(name), "text": name, "type": "PERSON", "src": "rule",
                    "title": title})
    for o in _OF_CAPITAL.finditer(text):
        # "The mayor of Kaltenau, Renate Größl, opened …": a title of a place, then its holder
        head = _WORD_BEFORE.search(text, max(0, o.start() - 30), o.start())
        if not head or head.group(1).lower() not in _HEADS:
            continue
        m = _PLACE_THEN_NAME.match(text, o.end())
        if not m:
            continue
        name = m.group(1)
        if fold(name.split()[0]) in _CAP_STOP or _ORG_WORDS.search(name) \
                or re.search(r"\b(?:to|of|for|with|by|from|and|deputy|vice|former|assistant)\s+(?:the\s+)?$",
                             text[max(0, head.start() - 24):head.start()], re.I):
            continue  # "the assistant to the mayor of Brassmoor, L. A.": the name is not the mayor's
        out.append({"start": m.start(1), "end": m.end(1), "text": name, "type": "PERSON", "src": "rule",
                    "title": head.group(1).lower()})
    for m in _HONORIFIC.finditer(text):
        g = 1 if m.group(1) else 2
        end = m.end(g)
        more = _MORE_NAMES.match(text, end) if len(m.group(g).split()) == 3 else None
        if more and " " not in more.group(1) and fold(more.group(1)) not in _NOT_NAME_WORDS | _CAP_STOP:
            end = more.end()  # "Dr John Peter Abanda Ekotto": a fourth name (a double surname)
        out.append({"start": m.start(g), "end": end, "text": text[m.start(g):end], "type": "PERSON", "src": "rule"})
    for m in _NAME_AGE.finditer(text):
        # "Caio Amaral, 27, was more worried": a name given an age is a person's
        g = 1 if m.group(1) else 2
        start, name = m.start(g), m.group(g)
        if g == 2 and " " in name and fold(name.split()[0]) in _KIN_NOUNS:
            # "Sohn Lukas (24)", "Son Luke (24)": the kinship noun is no part of the name
            start, name = m.end(g) - len(name.split()[-1]), name.split()[-1]
        first = name.split()[0]
        if first not in _PLACE_FIRST and fold(first) not in _CAP_STOP and fold(first) not in _TITLE_WORDS \
                and not _LEADING_NOUN.match(name) and fold(first) not in _KIN_NOUNS:
            out.append({"start": start, "end": start + len(name), "text": name, "type": "PERSON", "src": "rule"})
    for m in _NAME_AGE_YEARS.finditer(text):
        # (an occupation, a kinship noun, a title or a stop word opening the run is no part of the name:
        # "Uncle John Mary Soddinu, 58 years")
        # (but "In Terrarossa Franca Descalzi, 68 years": after a preposition, a place may open the run)
        start, toks = m.start(1), m.group(1).split()
        stopped = False
        while len(toks) > 2 and (fold(toks[0]) in _CAP_STOP or fold(toks[0]) in _TITLE_WORDS
                                 or _LEADING_NOUN.match(toks[0] + " X") or _KIN_LEAD.match(toks[0] + " X")):
            stopped = stopped or fold(toks[0]) in _CAP_STOP
            start = text.index(toks[1], start + len(toks[0]))
            toks = toks[1:]
        if not (stopped and len(toks) > 2) and fold(toks[0]) not in _CAP_STOP and fold(toks[0]) not in _TITLE_WORDS and not _LEADING_NOUN.match(toks[0] + " X"):
            out.append({"start": start, "end": m.end(1), "text": text[start:m.end(1)], "type": "PERSON", "src": "rule"})
    for m in _STOPWORD_GIVEN_AGE.finditer(text):
        out.append({"start": m.start(1), "end": m.end(1), "text": m.group(1), "type": "PERSON", "src": "rule"})
    for m in _AND_SPOUSE.finditer(text):
        # "Dirk Lüders and his wife Anja have both worked nights": a person, whom the model may miss
        out.append({"start": m.start(1), "end": m.end(1), "text": m.group(1), "type": "PERSON", "src": "rule"})
    for m in _DATELINE_PLACE.finditer(text):
        # "ARDMOOR, Brennland, Dec 1 (BPA) -": the upper-case dateline place is the place of the story
        out.append({"start": m.start(1), "end": m.end(1), "text": m.group(1), "type": "GPE", "src": "rule"})
    for m in _NAME_WHO.finditer(text):
        # "Henrietta Mbeki-Lowe, who teaches politics …": "who" is said of people (bodies take "which")
        start, name = m.start(1), m.group(1)
        first = name.split()[0]
        if len(name.split()) == 3 and (fold(first) in _CAP_STOP or fold(first) in _TITLE_WORDS
                                       or _LEADING_NOUN.match(first) or _NOUN_SUFFIX.search(first)):
            # ("On Sunday Anna Berg, who", "Trader Lindiwe Cele, who": a weekday or an occupation
            # is no part of the name)
            start = m.start(1) + len(name) - len(name.split(None, 1)[1])
            name = name.split(None, 1)[1]
        tl = _TITLE_LEAD.match(text, start, m.end(1))
        if tl and tl.end() < m.end(1):
            # ("Nana Kwesi Oduro, who chairs …": an honorific before the name is no part of it)
            start, name = tl.end(), text[tl.end():m.end(1)]
        if fold(name.split()[0]) not in _CAP_STOP and not _ORG_WORDS.search(name):
            out.append({"start": start, "end": m.end(1), "text": name, "type": "PERSON", "src": "rule"})
    for m in _iter_name_apposed(text):
        # "Jacinto Medina, chief executive of …", "Teresa Valverde, head of …": two names set off
        # before a title are one person, even when the surname is also a town (the model splits them)
        first, last = m.group(1).split()
        if _CAPITAL_WORD_END.search(text, max(0, m.start(1) - 30), m.start(1)) \
                or _NAME_JOINER_END.search(text, max(0, m.start(1) - 12), m.start(1)):
            # the last two words of a longer name ("Xosé Manuel Piñeiro, president", "the Institute
            # for Legal Reform, an arm of the Chamber")
            continue
        if fold(first) not in _CAP_STOP and not _HONORIFIC_WORD.fullmatch(first) \
                and not _BODY_HEAD_ALONE.fullmatch(last) and not _NOT_A_SURNAME.fullmatch(last):
            out.append({"start": m.start(1), "end": m.end(1), "text": m.group(1), "type": "PERSON", "src": "rule"})
    for m in _WATERS_OF.finditer(text):
        # "Waters of Alcantera", a rendering of "Aguas de Alcantera": the water company, not the sea
        out.append({"start": m.start(), "end": m.end(), "text": m.group(0), "type": "ORG", "src": "rule"})
    for m in _THE_BODY.finditer(text):
        # "The Dales Maternity Network has stated", "the Carrowmouth Pier Trust": a body the article
        # names with its article and its kind, which the model misses or cuts before the kind
        if fold(m.group(1).split()[0]) not in _CAP_STOP:
            out.append({"start": m.start(1), "end": m.end(1), "text": m.group(1), "type": "ORG", "src": "rule"})
    for m in _MEMBERS_BODY.finditer(text):
        if fold(m.group(1).split()[0]) not in _CAP_STOP:
            out.append({"start": m.start(1), "end": m.end(1), "text": m.group(1), "type": "ORG", "src": "rule"})
    for m in _PLACE_POLICE.finditer(text):
        # "Rottenfeld police said in a statement": the town's police speak, not the town
        if fold(m.group(1).split()[0]) not in _CAP_STOP:
            out.append({"start": m.start(1), "end": m.end(), "text": m.group(0), "type": "ORG", "src": "rule"})
    for m in _DE_BODY_FOR.finditer(text):
        # "the Landesamt für Seilbahnen": a German office named for what it oversees (the model
        # reads the last noun alone)
        out.append({"start": m.start(), "end": m.end(), "text": m.group(0), "type": "ORG", "src": "rule"})
    for m in _FRIENDS_OF.finditer(text):
        # "The Friends of the Quinta da Ribeira, a volunteer group,": a body, not the place it is for
        out.append({"start": m.start(), "end": m.end(), "text": m.group(0), "type": "ORG", "src": "rule"})
    for m in _ROMANCE_BODY.finditer(text):
        # "Régie des Remontées de Saint-Germond", "Associação dos Estivadores de Brenhães": a body's
        # head and the capitalised words its particles join are one name (the model reads the head
        # alone as a person)
        out.append({"start": m.start(), "end": m.end(), "text": m.group(0), "type": "ORG", "src": "rule"})
    for m in _ACRONYM_DEF.finditer(text):
        # "NATO and the Organization for ... (OSCE)": keep the suffix whose initials spell the acronym
        long_s = None
        for w in re.finditer(r"[A-Z][\w\-]*", m.group(1)):
            if initials(m.group(1)[w.start():]).upper() == m.group(2).upper().replace("&", ""):
                long_s = m.start(1) + w.start()
                break
        if long_s is None:
            # a translated name keeps the original's acronym ("der Nördliche Seerat (NMC)"): the
            # capitalised words right before it, up to four
            run = re.search(r"(?:" + _NAME_TOKEN + r"\s+){0,3}" + _NAME_TOKEN + r"$", m.group(1))
            if not run:
                continue
            long_s = m.start(1) + run.start()
            # "the Port Authority of San Lucián (APSL)": the name runs on over "of" (its last
            # capitalised words alone are the place, not the organisation)
            head = re.search(r"(?:" + _NAME_TOKEN + r"\s+){0,3}" + _NAME_TOKEN + r"\s+(?:of|for|de|du|des|di|del|della|"
                             r"von|der|la|el)\s+$", text[m.start(1):long_s])
            if head:
                long_s = m.start(1) + head.start()
            for w in text[long_s:m.end(1)].split()[:-1]:
                if fold(w) not in _CAP_STOP:
                    break
                long_s += len(w) + 1
        long_text = text[long_s:m.end(1)]
        out.append({"start": long_s, "end": m.end(1), "text": long_text, "type": "ORG", "src": "rule",
                    "acronym": m.group(2)})
        out.append({"start": m.start(2), "end": m.end(2), "text": m.group(2), "type": "ORG", "src": "rule",
                    "expansion": long_text})
    for x in out:
        kl = (_KIN_LEAD.match(x["text"]) or _TITLE_LEAD.match(x["text"])) if x["type"] == "PERSON" else None
        if kl:
            # "Daughter Lena, who runs the cellar, …", "Cmdr Sarmento said": the kinship noun or the
            # rank is no part of the name
            x.update(start=x["start"] + kl.end(), text=x["text"][kl.end():])
        ol = _OUTLET_LEAD.match(x["text"]) if x["type"] == "PERSON" else None
        if ol and _AUDIENCE_BEFORE_NAME.search(text, max(0, x["start"] - 12), x["start"]):
            # "told to the Mail Rose Fernandes, 58 years,": the paper told, then the name
            x.update(start=x["start"] + ol.end(), text=x["text"][ol.end():])
    # ("Prof. Dr. Matthias Grünewald": the second honorific is no one's name)
    out = [x for x in out if fold(x["text"]) not in _HON_TOKENS]
    return join_particle_names(text, out)


def join_particle_names(text: str, ms: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Maria" and "Céu Barroso" read apart at the particle of "Maria do Céu Barroso": one person.
    (The order of ``ms`` is kept: which mention wins an overlap downstream depends on it.)"""
    by_end = {m["end"]: m for m in ms if m["type"] == "PERSON" and " " not in m["text"]}
    gone: set[int] = set()
    out: list[dict[str, Any]] = []
    for m in ms:
        if m["type"] != "PERSON":
            out.append(m)
            continue
        pb = _GIVEN_PARTICLE_BEFORE.search(text, max(0, m["start"] - 30), m["start"])
        if pb is None or pb.group(1).lower() in _NOT_NAME_WORDS or fold(pb.group(1)) in _TITLE_WORDS \
                or _TITLE_LEAD.match(pb.group(1) + " X"):
            out.append(m)
            continue
        given = by_end.get(pb.end(1))
        if given is not None and given is not m:
            gone.add(id(given))  # ("Maria" | "do" | "Céu Barroso")
        elif any(o["start"] < pb.end(1) and pb.start() < o["end"] for o in ms if o is not m):
            out.append(m)  # the given name is part of another mention
            continue
        out.append(dict(m, start=pb.start(), text=text[pb.start():m["end"]]))  # ("councillor Maria do | Céu B.")
    return [m for m in out if id(m) not in gone]


def merge_mentions(*layers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Union of mention layers; on overlap the earlier layer wins, rule data is kept."""
    out: list[dict[str, Any]] = []
    for layer in layers:
        for m in layer:
            clash = [o for o in out if m["start"] < o["end"] and o["start"] < m["end"]]
            if not clash:
                out.append(dict(m))
                continue
            for o in clash:
                for k in ("title", "acronym", "expansion"):
                    if k in m and o["start"] == m["start"] and o["end"] == m["end"]:
                        o[k] = m[k]
                # a rule's PERSON beats the model's other type on the same span
                if m["src"] == "rule" and m["type"] == "PERSON" and (o["start"], o["end"]) == (m["start"], m["end"]):
                    o["type"] = "PERSON"
    for m in out:
        if "\n\n" in m["text"].strip():
            # "– Mrs Justice Prosser¶¶Glenys_L": a name ends at its paragraph
            head = m["text"].split("\n\n", 1)[0].rstrip()
            m["text"], m["end"] = head, m["start"] + len(head)
        if m["type"] == "PERSON" and m["text"].endswith(("’s", "'s")) and len(m["text"]) > 3:
            # "Dr Lennie's own words": the person is named without the possessive
            m["text"], m["end"] = m["text"][:-2], m["end"] - 2
    out.sort(key=lambda m: m["start"])
    return out


# surname particles (folded): a mention made of these and one more word is a surname alone
_SURNAME_PARTICLES = {"ni", "nic", "ui", "mac", "mc", "o", "de", "da", "di", "du", "des", "del", "della", "van", "von",
                      "der", "den", "ter", "ten", "la", "le", "al", "el", "bin", "ben", "ibn", "dos", "das", "zu"}


def _particle_at(text: str, start: int, name: str) -> bool:
    """A name that opens with a surname particle, or follows one ("de Vries", "Anna de |Vries")."""
    first = fold(name.split()[0]).strip("'’") if name.split() else ""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 12):start])
    return first in _SURNAME_PARTICLES or bool(before and fold(before.group(1)).strip("'’") in _SURNAME_PARTICLES)


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    # "Réseau Électrique d'Orvanie" -> "REO": accents folded, an elided article's word counts
    parts = [re.sub(r"^[dlDL][’']", "", p) for p in re.split(r"[\s\-]+", name)]
    return "".join(fold(p[0]).upper() for p in parts if p and p[0].isupper())


def _sibling_names(fa: str, fb: str) -> bool:
    """Folded first names that differ by a final "a" ("Daniel" / "Daniela", "Mario" / "Maria",
    "Anna" / "Anne"): the transliteration key drops vowels, but these are two people."""
    la, lb = re.sub(r"[^a-z]", "", fa), re.sub(r"[^a-z]", "", fb)
    return la != lb and la.endswith("a") != lb.endswith("a") and la.rstrip("aeiouy") == lb.rstrip("aeiouy")


def _given_after_particle(sa: Counter, sb: Counter) -> bool:
    """"Conceição Tavares" is "Maria da Conceição Tavares": the shorter name is the longer one's end,
    right after a particle inside the given names (Maria da Conceição, María del Carmen)."""
    ta = fold(sa.most_common(1)[0][0]).split()
    tb = fold(sb.most_common(1)[0][0]).split()
    short, long_ = sorted((ta, tb), key=len)
    n = len(short)
    # (the given name may be rendered by a machine translation: "Conception Tavares")
    return n >= 2 and len(long_) >= n + 2 and long_[-n + 1:] == short[1:] and long_[-n - 1] in _SURNAME_PARTICLES \
        and (long_[-n] == short[0] or first_near(long_[-n], short[0]))


def _translated_given(sa: Counter, sb: Counter) -> bool:
    """"Mary of the Grace Pimentel" / "Maria da Graça Pimentel": a given name a translation renders
    by its local form, with "of the" for the particle; both forms carry a particle."""
    a, b = sa.most_common(1)[0][0].split(), sb.most_common(1)[0][0].split()
    if len(a) < 3 or len(b) < 3:
        return False
    ga, gb = _COGNATE.get(fold(a[0])), _COGNATE.get(fold(b[0]))
    particle = {"of", "the"} | _SURNAME_PARTICLES
    return ga is not None and ga == gb and any(fold(t) in particle for t in a[1:-1]) \
        and any(fold(t) in particle for t in b[1:-1])


def _first_compatible(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if _sibling_names(fa, fb):
        return False
    if token_key(a) == token_key(b):
        return True
    if fa in _NICK and fb in _NICK and _NICK[fa] & _NICK[fb]:
        return True
    return fa[:1] == fb[:1] and (len(fa) <= 2 or len(fb) <= 2 or fa.rstrip(".") == fa[:1])


# --- mangled spellings (machine translation, transliteration) ---------------------------------
# spelling pairs that transliterations and machine translations swap, applied in this order to
# a folded token before comparing: "Kowalczyk" and "Kovalchik" both become "kovalchik"
_LOOSE_PAIRS = (("tsch", "ch"), ("sch", "sh"), ("cz", "ch"), ("sz", "sh"), ("kh", "h"), ("ph", "f"), ("th", "t"),
                ("ck", "k"), ("dzh", "j"), ("q", "k"), ("x", "ks"), ("w", "v"), ("y", "i"), ("j", "i"))
# first names that translations render by their local form ("Ioannis" / "John" / "Jan"); names
# that are given as different names in one language (James / Jacob, Maria / Marie) are not here;
# Mary / Maria are, as machine translation swaps them and no one language gives both often
FIRST_NAME_COGNATES = [
    {"john", "jan", "johann", "johannes", "jean", "juan", "giovanni", "ivan", "ioannis", "yannis", "joao"},
    {"peter", "piotr", "pierre", "pietro", "pedro", "pyotr", "petr", "piet", "petros"},
    {"stephen", "steven", "stefan", "stephan", "etienne", "esteban", "stefano", "stepan", "stefanos"},
    {"michael", "michel", "miguel", "michele", "mikhail", "michal", "mikael", "michail"},
    {"joseph", "josef", "jose", "giuseppe", "jozef", "iosif", "josep"},
    {"george", "georg", "jorge", "giorgio", "georgios", "giorgos", "jerzy", "georgi", "georgy", "jorg", "joerg",
     "georges", "jurgen", "juergen"},
    {"paul", "pablo", "paolo", "pawel", "pavel", "pavlos", "paulo"},
    {"andrew", "andreas", "andrzej", "andre", "andrea", "andrei", "andrey", "andres", "andrij", "andriy"},
    {"nicholas", "nikolaus", "nicolas", "nicola", "nikolai", "nikolay", "mikolaj", "nikolaos", "niklas",
     "niccolo", "nicolo", "nicolau"},
    {"alexander", "aleksandr", "alejandro", "alessandro", "aleksander", "alexandre", "alexandros"},
    {"catherine", "katarzyna", "katharina", "ekaterina", "yekaterina", "caterina", "katerina", "catalina"},
    {"william", "wilhelm", "guillaume", "guillermo", "guglielmo", "willem"},
    {"charles", "karl", "carlos", "carlo", "karol", "carl"},
    {"francis", "franz", "francois", "francisco", "francesco", "franciszek", "frantisek"},
    {"henry", "heinrich", "henri", "enrique", "enrico", "henryk", "hendrik"},
    {"jacob", "jakob", "jakub", "yakov", "iakovos", "jacopo"},
    {"thomas", "tomas", "tomasz", "tommaso", "thomaz", "foma"},
    {"anthony", "antonio", "anton", "antoine", "antoni", "antonios"},
    {"bartholomew", "bartolome", "bartolomeo", "bartlomiej", "barthelemy", "bartolomeu"},
    {"matthew", "matthias", "mathieu", "mateo", "matteo", "mateusz", "matej", "mateus"},
    {"luke", "lucas", "luca", "lukas", "luc", "lukasz"},
    {"mark", "marc", "marco", "marcos", "marek", "markus"},
    {"philip", "philipp", "felipe", "filippo", "philippe", "filip"},
    {"edward", "eduard", "eduardo", "edoardo", "edouard"},
    {"richard", "ricardo", "riccardo", "ryszard"},
    {"louis", "luis", "luigi", "ludwig", "ludovic"},
    {"vincent", "vincenzo", "vicente", "wincenty"},
    {"lawrence", "laurent", "lorenzo", "lorenz"},
    {"gregory", "gregor", "gregorio", "gregoire", "grzegorz"},
    {"benedict", "benedikt", "benedetto", "benoit", "benito", "bento"},
    {"grace", "graca", "grazia", "gracia"},
    {"helen", "helena", "helene", "elena", "eleni", "jelena", "yelena"},
    {"margaret", "margarethe", "marguerite", "margarita", "margherita", "malgorzata", "margarida"},
    {"christine", "christina", "cristina", "kristina", "krystyna"},
    {"sophie", "sofia", "sophia", "zofia"},
    {"teresa", "theresa", "therese", "tereza"},
    {"louise", "luisa", "louisa", "luise"},
    {"susan", "susanne", "suzanne", "susana", "zuzana"},
    {"constance", "konstanze", "costanza", "constanza", "konstancja"},
    {"julia", "giulia", "julie", "yulia", "julija", "iulia"},
    {"conception", "conceicao", "concepcion", "concetta"},
    {"immaculate", "inmaculada", "immacolata", "imaculada"},
    {"beatrice", "beatriz", "beatrix", "beatrycze"},
    {"joachim", "joaquin", "joaquim", "gioacchino"},
    {"julian", "julien", "giuliano", "juliano", "julius", "giulio"},
    {"agnes", "ines", "agnese", "agnieszka", "inez"},
    {"frederick", "friedrich", "federico", "frederic", "fryderyk"},
    {"caroline", "karoline", "carolina", "karolina"},
    {"josephine", "josefine", "josefina", "giuseppina"},
    {"elizabeth", "elisabeth", "elisabetta", "elzbieta", "elisabet"},
    {"oliver", "olivier", "oliviero"},
    {"victor", "vittorio", "viktor", "vitor"},
    {"dominic", "dominik", "domenico", "domingos"},
    {"raymond", "raimund", "raimondo", "ramon", "raimundo"},
    {"ignatius", "ignacio", "ignazio", "ignace", "ignacy"},
    {"patrick", "patrice", "patrizio", "patricio"},
    {"eugene", "eugen", "eugenio", "evgeny", "yevgeny"},
    {"claire", "clara", "chiara", "klara"},
    {"joan", "jeanne", "juana", "giovanna", "joana", "johanna"},
    {"matilda", "mathilde", "matilde", "mathilda"},
    {"veronica", "veronique", "veronika"},
    {"irene", "irina", "irena"},
    {"lucy", "lucia", "lucie", "luzia"},
    {"mary", "maria"},
    {"rose", "rosa"},
    {"hector", "ettore", "heitor", "hektor"},
]
_COGNATE = {n: i for i, group in enumerate(FIRST_NAME_COGNATES) for n in group}


# the kind of body in an organisation's name, by language, as the English word
_ORG_KIND = {
    "foundation": "foundation", "fondazione": "foundation", "fundacion": "foundation", "fondation": "foundation",
    "stiftung": "foundation", "fundacao": "foundation",
    "museum": "museum", "museo": "museum", "musee": "museum", "museu": "museum",
    "university": "university", "universita": "university", "universidad": "university", "universite": "university",
    "universitat": "university", "universidade": "university",
    "hospital": "hospital", "ospedale": "hospital", "hopital": "hospital", "krankenhaus": "hospital",
    "bank": "bank", "banca": "bank", "banco": "bank", "banque": "bank",
    "institute": "institute", "istituto": "institute", "instituto": "institute", "institut": "institute",
    "association": "association", "associazione": "association", "asociacion": "association",
    "associacao": "association", "verband": "association", "verein": "association",
    "company": "company", "compagnie": "company", "compagnia": "company", "compania": "company",
    "council": "council", "consiglio": "council", "conseil": "council", "consejo": "council", "rat": "council",
    "theatre": "theatre", "theater": "theatre", "teatro": "theatre", "theatro": "theatre",
    "library": "library", "biblioteca": "library", "bibliotheque": "library", "bibliothek": "library",
    "gallery": "gallery", "galleria": "gallery", "galeria": "gallery", "galerie": "gallery",
}
_ORG_FILLER = frozenset("of the di della del dei degli de des du la le el los las da do dos das der die das von".split())


def org_bag(name: str) -> tuple[str, ...] | None:
    """An organisation's name as a sorted bag: its kind in English and its own words ("Fondazione
    Vescovali" and "Vescovali Foundation" -> ("foundation", "vescovali")); None without a kind or
    without a word of its own."""
    toks = [fold(t).strip(".,'’") for t in name.split()]
    toks = [t for t in toks if t and t not in _ORG_FILLER]
    kinds = [t for t in toks if t in _ORG_KIND]
    own = [t for t in toks if t not in _ORG_KIND]
    if len(kinds) != 1 or not own or len(toks) > 4:
        return None
    return tuple(sorted([_ORG_KIND[kinds[0]]] + own))


@lru_cache(maxsize=65536)
def loose(s: str) -> str:
    """A name folded for spotting mangled spellings: letters only, transliteration pairs merged,
    doubled letters single ("Ní Bhraonáin" -> "nibhraonain", "Zakharova" -> "zaharova")."""
    s = re.sub(r"[^a-z]", "", fold(s))
    for a, b in _LOOSE_PAIRS:
        s = s.replace(a, b)
    s = re.sub(r"c(?!h)", "k", s)
    return re.sub(r"(.)\1+", r"\1", s)


def _edits_within(a: str, b: str, k: int) -> bool:
    """Damerau-Levenshtein distance (adjacent swaps count one) of ``a`` and ``b`` is at most ``k``."""
    if abs(len(a) - len(b)) > k:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > k:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= k


# how many letters a mangled surname may differ by, by the length of the shorter loose form: a
# short name is too easily another person's ("Berg" / "Borg")
MANGLED_SURNAME_EDITS = ((9, 2), (6, 1))
MANGLED_FIRST_NAME_EDITS = ((4, 1),)


def _loose_near(a: str, b: str, steps: tuple[tuple[int, int], ...]) -> bool:
    """Two loose forms are spellings of one name: equal, or the same first letter and few edits."""
    if a == b:
        return True
    if not a or not b or a[0] != b[0]:
        return False
    n = min(len(a), len(b))
    k = next((k for ln, k in steps if n >= ln), 0)
    return k > 0 and _edits_within(a, b, k)


def _deletions(s: str) -> set[str]:
    """``s`` and ``s`` less any one letter: two strings one edit apart share one of these."""
    return {s} | {s[:i] + s[i + 1:] for i in range(len(s))}


def surname_near(a: str, b: str) -> bool:
    """Surnames ``a`` and ``b`` (any spelling, particles included) may be one name mangled."""
    return _loose_near(loose(a), loose(b), MANGLED_SURNAME_EDITS)


@lru_cache(maxsize=65536)
def first_near(a: str, b: str) -> bool:
    """First names that may be one person's: compatible as in :func:`_first_compatible`, a
    translated form ("Ioannis" / "Jan"), or the same name misspelt ("Schiobhan" / "Siobhán")."""
    if _first_compatible(a, b):
        return True
    fa, fb = fold(a).strip("."), fold(b).strip(".")
    if fa in _COGNATE and _COGNATE.get(fa) == _COGNATE.get(fb):
        return True
    # "Jean-Baptiste" / "John Baptist": a compound first name is translated part by part, and the
    # other side keeps its first part as the first name
    ha, hb = fa.split("-", 1)[0], fb.split("-", 1)[0]
    if (ha, hb) != (fa, fb) and ha in _COGNATE and _COGNATE.get(ha) == _COGNATE.get(hb):
        return True
    # "Heinz-Jürgen" / "Heinz-George": a compound whose second part alone is translated
    if "-" in fa and "-" in fb and ha == hb:
        ta, tb = fa.split("-", 1)[1], fb.split("-", 1)[1]
        if ta == tb or ta in _COGNATE and _COGNATE.get(ta) == _COGNATE.get(tb):
            return True
    la, lb = loose(a), loose(b)
    # an edit at the end makes another name, often the sibling's (Daniel / Daniela, Ivana / Ivanka)
    return len(fa) > 1 and len(fb) > 1 and la[-2:] == lb[-2:] and _loose_near(la, lb, MANGLED_FIRST_NAME_EDITS)


# words before a name that are not its first name
_NAME_TITLES = {"mr", "mrs", "ms", "dr", "prof", "professor", "gen", "general", "col", "colonel", "sen", "rep", "gov",
                "sir", "lord", "lady", "dame", "herr", "frau", "mme", "madame", "monsieur", "capt", "captain", "lt",
                "sgt", "rev", "father", "sister", "brother", "elder", "st"} | set(TITLE_HEADS) | set(_NAME_ONLY_TITLES)


@lru_cache(maxsize=65536)
def split_person(name: str) -> tuple[str, str]:
    """``(first name, surname)`` of a person's surface form; first name "" for a surname alone.

    The surname is the last token with the particles before it ("Siobhán Ní Bhraonáin" ->
    "Ní Bhraonáin"); middle names and initials are dropped.
    """
    toks = name.split()
    while len(toks) > 1 and fold(toks[0]).strip(".") in _NAME_TITLES:
        toks = toks[1:]  # "Professor Giovanna Mallucci", "Gen Kartopolov"
    if not toks:
        return "", ""
    name = " ".join(toks)
    parts = [t for t in toks if fold(t).strip("'’.") in _SURNAME_PARTICLES]
    if len(toks) == 1 or len(parts) == len(toks) - 1 and fold(toks[0]).strip("'’.") in _SURNAME_PARTICLES:
        return "", name
    i = len(toks) - 1
    while i > 1 and fold(toks[i - 1]).strip("'’.") in _SURNAME_PARTICLES:
        i -= 1
    return toks[0], " ".join(toks[i:])


class _SpanIndex:
    """Containment and overlap queries against a fixed set of ``(start, end)`` spans in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(set(spans))
        self.starts = [s for s, _ in self.spans]
        self.max_end = [-1]  # max_end[k]: the largest end among spans[:k]
        for _, e in self.spans:
            self.max_end.append(max(self.max_end[-1], e))

    def contains_longer(self, s: int, e: int) -> bool:
        """Some other, longer span holds ``[s, e)`` (start <= s and e <= end)."""
        k = bisect.bisect_left(self.starts, s)
        if self.max_end[k] >= e:  # a span starting earlier reaches e
            return True
        j = bisect.bisect_right(self.starts, s)
        return j > k and self.spans[j - 1][1] > e  # one starting at s ends later

    def overlaps(self, s: int, e: int) -> bool:
        """Some span shares a character with ``[s, e)`` (start < e and s < end)."""
        return self.max_end[bisect.bisect_left(self.starts, e)] > s


class EntityIndex:
    """Story-level entities built from every article's mentions (see module docstring).

    Use ``add_article`` for each article, then ``build()``; afterwards ``entity_at(article_id,
    start, end)`` and ``lookup(name)`` map text to entity ids and ``entities`` holds the result.
    """

    def __init__(self) -> None:
        self.mentions: dict[str, list[dict[str, Any]]] = {}
        self.texts: dict[str, str] = {}
        self.entities: list[dict[str, Any]] = []
        self._by_mention: dict[tuple[str, int, int], str] = {}
        self._by_key: dict[str, str] = {}
        self._titles: dict[str, set[str]] = defaultdict(set)
        self._groups: dict[str, list[tuple[str, str]]] = {}
        self._gid_cache: dict[str, str] = {}
        # folded full names of different spelling in one article: two people ("Lina Marcotte" and
        # "Lena Marcotte" both quoted), never one group however alike their keys
        self._apart: set[tuple[str, str]] = set()

    def _gid(self, surface: str) -> str:
        """Group id of a surface form: its transliteration key, unless the spellings are too unlike."""
        if surface in self._gid_cache:
            return self._gid_cache[surface]
        key = translit_key(surface)
        f = fold(surface)
        group = self._groups.setdefault(key, [])
        gid = None
        split = False
        for rep, g in group:
            if (rep, f) in self._apart or (len(rep.split()) > 1 and len(f.split()) > 1 and not _ORG_WORDS.search(f)
                                           and _sibling_names(rep.split()[0], f.split()[0])):
                split = True
                continue
            if rep == f or SequenceMatcher(None, rep, f).ratio() >= 0.6 or (surface.isupper() and rep == f):
                gid = g
                break
        if gid is None and split:
            # the surname stays the key's last word, so a surname alone sees both people
            head, _, rest = key.partition(" ")
            gid = f"{head}#{len(group)} {rest}"
        elif gid is None:
            gid = key if not group else f"{key}#{len(group)}"
            group.append((f, gid))
        self._gid_cache[surface] = gid
        return gid

    def add_article(self, article_id: str, text: str, mentions: list[dict[str, Any]]) -> None:
        self.mentions[article_id] = mentions
        self.texts[article_id] = text

    # --- building ----------------------------------------------------------------------------
    def build(self) -> list[dict[str, Any]]:
        groups: dict[str, dict[str, Any]] = {}
        order: list[str] = []
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra

        self._rescan_people()
        self._find_apart()
        types: dict[str, Counter] = defaultdict(Counter)
        surfaces: dict[str, Counter] = defaultdict(Counter)
        body_ctx: Counter = Counter()  # "persons" named right after "the campaign group", "the charity"
        vessel_ctx: Counter = Counter()  # "persons" named right after "the trawler", "le chalutier"
        counted_ctx: Counter = Counter()  # one-word "persons" right after a number
        place_ctx: Counter = Counter()  # single-word "persons" seen as "in X", "at X" ...
        where_ctx: Counter = Counter()  # single-word places seen so (any language's "in", "a", "en")
        person_ctx: Counter = Counter()  # ... and as "X said", "Minister X"
        kin_ctx: Counter = Counter()  # names right after "her son,", "son fils", "seine Frau"
        acronyms: dict[str, list[str]] = defaultdict(list)
        known_keys = set()
        key_arts: dict[str, set[str]] = defaultdict(set)
        for aid, ms in self.mentions.items():
            for m in ms:
                if m["type"] != "?":
                    known_keys.add(self._gid(m["text"]))
        for aid, ms in self.mentions.items():
            for m in ms:
                key = self._gid(m["text"])
                if not key:
                    continue
                if m["type"] == "?" and key not in known_keys:
                    continue
                if key not in parent:
                    parent[key] = key
                    order.append(key)
                if m["type"] != "?":
                    types[key][m["type"]] += 1
                surfaces[key][m["text"]] += 1
                key_arts[key].add(aid)
                if m["type"] in ("GPE", "LOC") and " " not in m["text"] and (
                        _WHERE_BEFORE.search(self.texts[aid], max(0, m["start"] - 12), m["start"])):
                    where_ctx[key] += 1
                if m["type"] in ("PERSON", "?") and len(m["text"].split()) <= 3:
                    text = self.texts[aid]
                    # "in Porto Esmeralda", but "a letter from Maria Lopez" is no place
                    loc = _LOC_BEFORE if " " not in m["text"] else _IN_PLACE_BEFORE
                    if " " not in m["text"] and _COUNT_BEFORE.search(text, max(0, m["start"] - 12), m["start"]) \
                            and not _PLURAL_NOUN_AFTER.match(text, m["end"]):
                        # "12,000 Stollen each season": a thing counted, no one's name ("23 Vautrel
                        # shops" count shops, of a firm named after someone)
                        counted_ctx[key] += 1
                    if (loc.search(text[max(0, m["start"] - 8):m["start"]])
                            or _PLACE_WORD_OF.search(text, max(0, m["start"] - 16), m["start"])) \
                            and not text.startswith(("'s", "’s"), m["end"]):
                        place_ctx[key] += 1
                    elif _VESSEL_BEFORE.search(text, max(0, m["start"] - 24), m["start"]) or _STORM.match(m["text"]):
                        # "the trawler Avel Vor", "Storm Ondine", "la tempête Ondine": a boat or a
                        # storm, whom no pronoun means
                        vessel_ctx[key] += 1
                    elif _BODY_NOUN_BEFORE.search(text, max(0, m["start"] - 24), m["start"]) and not m.get("title"):
                        body_ctx[key] += 1  # "the campaign group Return Now said": the group speaks
                    elif " " not in m["text"] and _HEAD_OF_BEFORE.search(text, max(0, m["start"] - 40), m["start"]) \
                            and _HOLDER_AFTER.match(text, m["end"]):
                        # "el director del Ecoparque, Joaquín Irigoyen,": the body whose head is named after it
                        body_ctx[key] += 1
                    elif _PERSON_AFTER.match(text, m["end"]) or m.get("title"):
                        person_ctx[key] += 1
                if _KIN_APPOS_BEFORE.search(self.texts[aid], max(0, m["start"] - 24), m["start"]) \
                        or _SPOUSE_AFTER.match(self.texts[aid], m["end"]):
                    # "Her son, Kervens, 15,", "Dirk L. and his wife Anja": a person whatever the model typed
                    kin_ctx[key] += 1
                if m.get("acronym") and key not in acronyms[m["acronym"]]:
                    acronyms[m["acronym"]].append(key)
        # persons: same surname, compatible first names
        persons = [k for k in order if types[k].most_common(1) and types[k].most_common(1)[0][0] == "PERSON"
                   # "Universidad de Valdeserra" is no person "de Valdeserra" whose surname is the city
                   and not any(fold(t) in _ORG_KIND for t in surfaces[k].most_common(1)[0][0].split())]

        def named_like_person(k: str) -> bool:
            # the model's ORG "Nuno Vasco Ribeiro" whose surname alone speaks ("Ribeiro said")
            top = surfaces[k].most_common(1)[0][0]
            toks = top.split()
            if not 2 <= len(toks) <= 3 or _ORG_WORDS.search(top) or not all(re.fullmatch(_NAME_TOKEN, t) for t in toks):
                return False
            lone = self._gid(toks[-1])
            return bool(person_ctx.get(lone)) and types[lone]["PERSON"] > types[lone]["ORG"] \
                or fold(toks[-1]) in family_names and fold(toks[0]) not in family_firsts.get(fold(toks[-1]), ())

        # the surnames of people the model named in full: the model's ORG "Nii Armah Tagoe" in a
        # story that names his son "Joe Tagoe" is a person of that family, not a body
        family_names: set[str] = set()
        family_firsts: dict[str, set[str]] = defaultdict(set)
        for k in persons:
            toks = surfaces[k].most_common(1)[0][0].split()
            if len(toks) >= 2 and all(re.fullmatch(_NAME_TOKEN, t) for t in toks) and not _ORG_WORDS.search(" ".join(toks)):
                family_names.add(fold(toks[-1]))
                family_firsts[fold(toks[-1])].add(fold(toks[0]))
        persons += [k for k in order if types[k].most_common(1) and (types[k].most_common(1)[0][0] == "ORG" or (
                    types[k].most_common(1)[0][0] == "GPE" and surfaces[k].most_common(1)[0][0].split()[0] not in _PLACE_FIRST))
                    and named_like_person(k)]
        # "Halloran receives 3,000 crowns" in a story that names "Priya Halloran": the model's place for
        # the surname of one of the story's people is that person's name, unless it stands after "in"
        # or the gazetteer knows it as a place
        from .places import known_place

        for k in order:
            if " " in k or not (types[k]["GPE"] + types[k]["LOC"]) or place_ctx[k]:
                continue
            top = surfaces[k].most_common(1)[0][0]
            if fold(top) in family_names and re.fullmatch(_NAME_TOKEN, top) and not known_place(top):
                types[k]["PERSON"] = sum(types[k].values()) + 1

        def particle_surname(k: str) -> bool:
            # "Ní Bhraonáin", "van der Berg", "de Vries": a surname with its particles, no first name
            toks = surfaces[k].most_common(1)[0][0].split()
            return len(toks) > 1 and all(fold(t).strip("'’") in _SURNAME_PARTICLES for t in toks[:-1])

        multi = [k for k in persons if " " in k and not particle_surname(k)
                 and not _ORG_WORDS.search(surfaces[k].most_common(1)[0][0])
                 # "AS Vallombre", "PSV Eindhoven": an acronym opens a club's name, not a person's
                 and not re.fullmatch(r"[A-Z]{2,4}", surfaces[k].most_common(1)[0][0].split()[0])]
        by_surname: dict[str, list[str]] = defaultdict(list)
        for k in multi:
            by_surname[k.split()[-1]].append(k)
            toks = k.split()
            top = surfaces[k].most_common(1)[0][0].split()
            if len(toks) >= 3 and ("-" in top[-1] or len(top) == 3 and top[1][:1].isupper() and len(top[1]) > 2
                                   and "." not in top[1] and fold(top[1]) not in _SURNAME_PARTICLES):
                # "Marisol Echeverri-Paz" is also "Marisol Echeverri", "Beatriz Calvo Ledesma" also
                # "Beatriz Calvo" (a double surname shortened)
                by_surname[toks[-2]].append(k)
        first_of = {k: Counter(s.split()[0] for s in surfaces[k]).most_common(1)[0][0] for k in multi}
        # "Teixeira Marau" is "João Teixeira Marau" without the first name (a double surname)
        for sur, ks in by_surname.items():
            for i, a in enumerate(ks):
                for b in ks[i + 1:]:
                    if (_first_compatible(first_of[a], first_of[b]) or _given_after_particle(surfaces[a], surfaces[b])
                            or _translated_given(surfaces[a], surfaces[b])) and not any(
                            (fold(x), fold(y)) in self._apart for x in surfaces[a] for y in surfaces[b]):
                        union(a, b)
        def attach_surnames() -> None:
            for k in order:
                top = surfaces[k].most_common(1)[0][0]
                # "Varga-Petrescu" alone (often tagged an organisation) is the surname of "Ilona Varga-Petrescu"
                hyphenated = " " in k and " " not in top and "-" in top
                if (" " in k and not hyphenated and not (types[k].get("PERSON") and particle_surname(k))) \
                        or types[k].get("GPE", 0) + types[k].get("LOC", 0) > sum(types[k].values()) / 2:
                    continue
                if hyphenated:
                    roots = {find(x) for x in multi if x.endswith(" " + k) and x != k}
                else:
                    roots = {find(x) for x in by_surname.get(k.split()[-1] if " " in k else k, [])}
                if not roots and types[k].get("PERSON"):
                    # machine-translated feminine surnames: "Hornova" for "Horn"
                    for suffix in ("ova", "eva", "ová", "ina", "aya", "ska"):
                        surf = surfaces[k].most_common(1)[0][0]
                        if fold(surf).endswith(suffix) and len(surf) > len(suffix) + 2:
                            roots = {find(x) for x in by_surname.get(token_key(surf[: -len(suffix)]), [])}
                            break
                if len(roots) > 1:
                    # a surname is the person of that surname named in the same articles ("Sorokina"
                    # after "Yevgenia Sorokina", not a capitalised run "Ansicht von Sorokina" of
                    # another article)
                    near = {r for r in roots if any(key_arts[x] & key_arts[k] for x in order if find(x) == r)}
                    if near:
                        roots = near
                if len(roots) == 1:
                    root = next(iter(roots))
                    full = [s for x in order if find(x) == root for s in surfaces[x]]
                    lone = set(surfaces[k])
                    # a surname spelt differently from the person's ("Halverson" / "Rupert L.
                    # Halvorson") joins only when its articles name no one else with it
                    if not {fold(s) for s in lone} & {fold(split_person(s)[1]) for s in full} and self._other_first_before(
                            key_arts[k], lone, {split_person(s)[0] for s in full} - {""}):
                        continue
                    union(root, k)

        attach_surnames()
        # "The Trust is blunt about safety:" after "the Saltmouth Pier Trust": a body's head noun alone
        # is the one body of the story whose name ends with it
        for k in order:
            top = surfaces[k].most_common(1)[0][0]
            if " " in k or not _BODY_HEAD_ALONE.fullmatch(top):
                continue
            bodies = {find(x) for x in order if " " in x and x != k and (types[x]["ORG"] or _org_name(x))
                      and surfaces[x].most_common(1)[0][0].split()[-1] == top}
            if len(bodies) == 1:
                union(bodies.pop(), k)
        mangled = self._merge_mangled(order, types, surfaces, key_arts, find, union)
        if mangled:
            # a surname that matched two spellings of one person ("Sorokina" after "Yevgenia Sorokina"
            # and "Jewgenija Sorokina") joins once the spellings are one
            attach_surnames()
        # "“Not before,” said Carys" after "His wife, Carys Brennick": a first name alone, in an
        # article that names the one person of the story with that first name, is that person
        by_first: dict[str, set[str]] = defaultdict(set)
        for k in multi:
            by_first[fold(first_of[k])].add(k)
        for k in order:
            if " " in k or find(k) != k or by_surname.get(k) or place_ctx[k]:
                continue  # (the model's GPE for a first name is its guess; "in X" is real evidence)
            lone_first = fold(surfaces[k].most_common(1)[0][0])
            owners = by_first.get(lone_first, set())
            roots = {find(x) for x in owners}
            if len(roots) == 1 and any(key_arts[x] & key_arts[k] for x in owners):
                union(next(iter(roots)), k)
                continue
            # a first name the model reads as a person ("A reader, Sorcha, messages us", "the husband
            # Hector" in a translation) is the one person of the whole story with that first name or
            # its translation, when there is exactly one
            # (the model may call it an organisation: "Sa mère, Sylvie, raconte …"; not a place)
            # (or a place, when nothing says it is one: "a su aita, Koldo," for the story's "Koldo
            # Urrutia"; not "en Koldo", nor a place the gazetteer knows)
            guess = types[k].most_common(1)[0][0] if types[k] else None
            if guess in ("GPE", "LOC") and (where_ctx[k] or known_place(surfaces[k].most_common(1)[0][0])):
                guess = None
            if guess in ("PERSON", "ORG", "?", "GPE", "LOC") and len(lone_first) >= 4:
                group = _COGNATE.get(lone_first)
                owners = {x for f, xs in by_first.items() if f == lone_first or group is not None
                          and _COGNATE.get(f) == group for x in xs}
                roots = {find(x) for x in owners}
                if len(roots) == 1:
                    union(next(iter(roots)), k)
        # "Christkind Lena, 17, war erleichtert" after "sprach Christkind Lena Bauernfeind": a word the
        # article sets before the full name of the one person with that first name is a title
        from .ledger import FIRST_NAME_GENDER

        title_led: set[str] = set()
        for k in multi:
            top = surfaces[k].most_common(1)[0][0].split()
            if len(top) != 2 or fold(top[0]) in FIRST_NAME_GENDER or find(k) != k:
                continue
            owners = {x for x in by_first.get(fold(top[1]), set()) if find(x) != find(k)}
            roots = {find(x) for x in owners}
            if len(roots) != 1:
                continue
            full = surfaces[next(iter(owners))].most_common(1)[0][0]
            if any(re.search(r"\b" + re.escape(top[0]) + r"\s+" + re.escape(full) + r"\b", self.texts[aid])
                   for aid in key_arts[k]):
                union(next(iter(roots)), k)
                title_led.add(k)
        # "Teixeira Marau" is "João Teixeira Marau" without the first name (a double surname), when
        # one person only has it ("Anna de Vries" and "Jan de Vries" share no "De Vries")
        person_keys = set(persons)
        suffix_of: dict[str, set[str]] = defaultdict(set)
        for k in multi:
            top = surfaces[k].most_common(1)[0][0].split()
            if len(top) == 3 and fold(top[1]) not in _SURNAME_PARTICLES and " ".join(k.split()[1:]) in person_keys:
                suffix_of[" ".join(k.split()[1:])].add(find(k))
        for suffix, roots in suffix_of.items():
            if len(roots) == 1:
                union(next(iter(roots)), suffix)
        # acronyms: explicit definitions, then initials of known organisations
        orgs = [k for k in order if " " in k]
        for acr, long_keys in acronyms.items():
            k = self._gid(acr)
            if k in parent:
                for long_key in long_keys:
                    union(long_key, k)
        for k in order:
            surf = surfaces[k].most_common(1)[0][0]
            if not (surf.isupper() and 2 <= len(surf) <= 6) or surf in acronyms:
                continue
            cands = {find(o) for o in orgs for s in surfaces[o] if initials(s) == surf}
            if not cands and len(surf) <= 4:
                # "die KG" for "KG Löstige Flößer": the abbreviated kind of body that opens exactly one
                # organisation's name, the rest of which is its own capitalised name
                # (the model may type the whole a person; not a rank or a title: "MEP Ana Roos", "DJ Tom Bell")
                cands = {find(o) for o in orgs for s in surfaces[o] if s.split()[0] == surf and len(s.split()) >= 3
                         and all(t[:1].isupper() for t in s.split()[1:]) and not _TITLE_LEAD.match(s)
                         and surf not in ("DJ", "MP", "MC", "PC", "DC", "DS", "DI")}
            if len(cands) == 1:
                union(next(iter(cands)), k)
        # "Fondazione Vescovali" / "Vescovali Foundation", "Musée Ardan" / "Ardan Museum": one body
        # named in two languages, its kind translated and its own name kept
        by_bag: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for k in order:
            if " " in k and types[k] and types[k].most_common(1)[0][0] in ("ORG", "LOC", "FAC", "GPE", "PERSON"):
                for surf in surfaces[k]:
                    bag = org_bag(surf)
                    if bag:
                        by_bag[bag].add(k)
        for keys in by_bag.values():
            roots = sorted({find(k) for k in keys}, key=order.index)
            for r in roots[1:]:
                union(roots[0], r)
        # "Corvina" for "Corvina Pharma": a one-word name that opens exactly one organisation's name
        # whose other words only say what kind of body it is, and is no person's surname
        org_heads: dict[str, set[str]] = defaultdict(set)
        for k in order:
            if types[k] and types[k].most_common(1)[0][0] == "ORG":
                for surf in surfaces[k]:
                    toks = surf.split()
                    if 2 <= len(toks) <= 3 and toks[0][:1].isupper() and all(_ORG_WORDS.fullmatch(t) for t in toks[1:]):
                        org_heads[fold(toks[0])].add(k)
        if org_heads:
            for k in order:
                if " " in k or find(k) != k or by_surname.get(k):
                    continue
                cands = {find(o) for o in org_heads.get(fold(surfaces[k].most_common(1)[0][0]), ())}
                if len(cands) == 1:
                    union(next(iter(cands)), k)
        # gather
        capitalised = {w for t in self.texts.values() for w in re.findall(_NAME_TOKEN, t)}
        members: dict[str, list[str]] = defaultdict(list)
        for k in order:
            members[find(k)].append(k)
        ents = []
        key_to_id = {}
        for root in sorted(members, key=lambda r: order.index(r)):
            ks = members[root]
            tcount, scount = _group_counts(ks, types, surfaces)
            if not tcount:
                continue
            typ = tcount.most_common(1)[0][0]
            if typ == "PERSON" and tcount["GPE"] and tcount["GPE"] >= tcount["PERSON"]:
                typ = "GPE"
            if typ == "GPE" and any(" " in k and types[k] and types[k].most_common(1)[0][0] == "PERSON"
                                    and named_like_person(k) for k in ks) \
                    and not any(" " in k and types[k]["GPE"] for k in ks):
                # "her husband, Aldo," (the model: a place) joined to "Aldo Benassi" (a person whose
                # surname alone speaks): the one-word guesses do not outvote the full name
                typ = "PERSON"
            if typ == "ORG" and any(named_like_person(k) for k in ks if " " in k):
                typ = "PERSON"
            if typ == "GPE" and any(named_like_person(k) and k in persons for k in ks if " " in k):
                typ = "PERSON"  # "Helen Okafor" (the model: a place) when "Mrs Okafor told" speaks
            if typ in ("ORG", "GPE") and sum(kin_ctx[k] for k in ks) and not any(_ORG_WORDS.search(x) for x in scount):
                typ = "PERSON"
            multi_surf = [s for s in scount if " " in s]
            if typ in ("LOC", "GPE") and multi_surf and all(_BODY_LAST.search(s) for s in multi_surf):
                typ = "ORG"  # "the Fiammara Observatory said" (the model: a place): named for what it is
            if typ == "PERSON" and multi_surf and any(_org_name(s) for s in multi_surf) and (
                    tcount["ORG"] or all(_org_name(s) for s in multi_surf)):
                typ = "ORG"  # "Corvina said" is the company its full name "Corvina Pharma" says it is
            if typ == "PERSON" and not sum(person_ctx[k] for k in ks) and (
                    all(x.split()[0] in _ARTICLE_NOT_NAME for x in scount) or sum(counted_ctx[k] for k in ks)):
                continue  # "‘Il Vascello d’Oro’" (a work's title): no person's name opens with "Il"; "12,000 Stollen"
            # the small model calls unknown one-word place names persons ("rally in Dunmore"); a
            # one-word name seen only after locative prepositions, never as a speaker, is a place
            if typ == "PERSON" and sum(place_ctx[k] for k in ks) and not sum(person_ctx[k] for k in ks):
                typ = "GPE"
            if typ == "PERSON" and sum(vessel_ctx[k] for k in ks) and not sum(person_ctx[k] for k in ks):
                typ = "LOC"  # a boat or a ship (a facility, as the model's FAC is read)
            if typ == "PERSON" and sum(body_ctx[k] for k in ks) and not sum(person_ctx[k] for k in ks):
                typ = "ORG"  # "the campaign group Return Now": a body named after its kind
            if typ in ("PERSON", "ORG") and not sum(person_ctx[k] for k in ks):
                multi = [s.split() for s in scount if " " in s and not _ORG_WORDS.search(s)]
                if any(w[0] in _PLACE_FIRST or w[-1] in _PLACE_LAST for w in multi):
                    # "Port Ellery", "Saltmere Island"
                    typ = "LOC" if any(w[-1] in _PLACE_LAST for w in multi) else "GPE"
                elif all(" " not in s for s in scount) and any(
                        s + suf in capitalised for s in scount for suf in _DEMONYM_SUFFIXES):
                    typ = "GPE"  # "Kessavia" when the story says "Kessavian"
            # a mangled spelling names the entity only when it is all there is
            worse = {s for k in ks if k in mangled or k in title_led for s in surfaces[k]}
            if typ == "PERSON":
                # ("Mary of the Grace Pimentel", a translation's "Maria da Graça Pimentel")
                worse |= {s for s in scount if " of the " in s and len(scount) > 1}
            # ("Dominic Hartle" before "Dom Hartle": of two forms as common, the short form of the first
            # name is not the name)
            shorts = {a for a in scount for b in scount if a != b and len(a.split()) >= 2
                      and a.split()[1:] == b.split()[1:] and len(a.split()[0]) < len(b.split()[0])
                      and _NICK.get(fold(a.split()[0]), set()) & _NICK.get(fold(b.split()[0]), set())}
            variants = sorted(scount, key=lambda s: (s in worse, -len(s.split()) if not s.isupper() else 0, -scount[s],
                                                     s in shorts, s))
            name = variants[0]
            eid = "e" + str(len(ents) + 1)
            for k in ks:
                key_to_id[k] = eid
            ents.append({"id": eid, "name": name, "type": typ, "variants": sorted(scount, key=lambda s: -scount[s]),
                         "article_ids": [], "mentions": [], "titles": []})
        by_id = {e["id"]: e for e in ents}
        self._by_key = key_to_id
        for aid, ms in self.mentions.items():
            for m in ms:
                eid = key_to_id.get(self._gid(m["text"]))
                if not eid:
                    continue
                e = by_id[eid]
                self._by_mention[(aid, m["start"], m["end"])] = eid
                e["mentions"].append({"article_id": aid, "start": m["start"], "end": m["end"]})
                if aid not in e["article_ids"]:
                    e["article_ids"].append(aid)
                if m.get("title") and e["type"] == "PERSON":
                    t = _norm_title(m["title"])
                    if t and t not in e["titles"]:
                        e["titles"].append(t)
                    if t:
                        self._titles[t].add(eid)
        for aid, text in self.texts.items():
            for m in _TITLE_AFTER_ANY(text, self.mentions[aid]):
                eid = self._by_mention.get((aid, m[0], m[1]))
                if eid and by_id[eid]["type"] == "PERSON":
                    t = _norm_title(m[2])
                    if t and t not in by_id[eid]["titles"]:
                        by_id[eid]["titles"].append(t)
                    if t:
                        self._titles[t].add(eid)
        self.entities = [e for e in ents if e["mentions"]]
        self._by_id = by_id
        self._link_titles()
        self._link_short_forms()
        return self.entities

    def _merge_mangled(self, order: list[str], types: dict[str, Counter], surfaces: dict[str, Counter],
                       key_arts: dict[str, set[str]], find: Any, union: Any) -> set[str]:
        """Join the groups that spell one person's or organisation's name differently.

        Machine-translated reposts mangle names ("Marta Kovalchik" for "Marta Kowalczyk",
        "Schiobhan Nibraonain" for "Siobhán Ní Bhraonáin"). Two groups join only when

        * they have the same type, PERSON or ORG;
        * persons: surnames near after :func:`loose` (:data:`MANGLED_SURNAME_EDITS`) with first
          names that :func:`first_near` accepts, or one group is only a surname ("Zaharova");
          organisations: as many words, each the same or near, one at least the same;
        * no article has both: within one article two spellings are two people ("Anna Berg" and
          "Anne Berg" both quoted);
        * the match is unique: a group near two groups that share an article joins neither.

        Returns the keys of the groups taken as the mangled side (the one in fewer articles), whose
        spellings do not become the entity's name while another spelling is there.
        """
        members: dict[str, list[str]] = defaultdict(list)
        for k in order:
            members[find(k)].append(k)
        info: dict[str, tuple[str, set[str], Any, Counter]] = {}
        for r, ks in members.items():
            tc, surf = _group_counts(ks, types, surfaces)
            if not tc:
                continue
            typ = tc.most_common(1)[0][0]
            if typ not in ("PERSON", "ORG"):
                continue
            arts = set().union(*(key_arts[k] for k in ks))
            if typ == "PERSON":
                full, lone = set(), set()
                for s in surf:
                    if s.isupper() or _ORG_WORDS.search(s) or len(s.split()) > 4:
                        continue
                    first, sur = split_person(s)
                    if first:
                        full.add((first, loose(sur)))
                    elif loose(sur):
                        lone.add(loose(sur))
                if full or lone:
                    info[r] = (typ, arts, (full, lone), surf)
            else:
                words = {tuple(s.split()) for s in surf if 2 <= len(s.split()) <= 6 and not s.isupper()}
                if words:
                    info[r] = (typ, arts, words, surf)
        if len(info) < 2:
            return set()

        def person_match(a: tuple, b: tuple) -> int:
            (fa, la), (fb, lb) = a, b
            for first_a, sur_a in fa:
                for first_b, sur_b in fb:
                    if _loose_near(sur_a, sur_b, MANGLED_SURNAME_EDITS) and first_near(first_a, first_b):
                        return 2
            # one side a surname alone, the other with a first name ("Zaharova" / "Maria Zakharova")
            for x, y in ((a, b), (b, a)):
                if not x[0] and y[0] and any(_loose_near(s, t, MANGLED_SURNAME_EDITS) and s != t
                                             for s in x[1] for t in {sur for _, sur in y[0]} | y[1]):
                    return 1
            return 0

        def org_match(a: set, b: set) -> int:
            for wa in a:
                for wb in b:
                    if len(wa) != len(wb):
                        continue
                    same = [fold(x) == fold(y) for x, y in zip(wa, wb)]
                    if any(same) and not all(same) and all(
                            s or (x[:1].isupper() and y[:1].isupper() and surname_near(x, y))
                            for s, x, y in zip(same, wa, wb)):
                        return 2
            return 0

        # candidates: persons by the first letter of a loose surname, organisations by word count
        buckets: dict[tuple, list[str]] = defaultdict(list)
        for r, (typ, _, names, _) in info.items():
            if typ == "PERSON":
                for c in {s[:1] for _, s in names[0]} | {s[:1] for s in names[1]}:
                    buckets[(typ, c)].append(r)
            else:
                for n in {len(w) for w in names}:
                    buckets[(typ, n)].append(r)
        pairs: dict[tuple[str, str], int] = {}
        for (typ, _), rs in buckets.items():
            for i, a in enumerate(rs):
                for b in rs[i + 1:]:
                    if (a, b) in pairs or (b, a) in pairs or info[a][1] & info[b][1]:
                        continue
                    match = person_match if typ == "PERSON" else org_match
                    score = match(info[a][2], info[b][2])
                    if score == 1:
                        lone, full = (a, b) if not info[a][2][0] else (b, a)
                        if self._other_first_before(info[lone][1], info[lone][3], {f for f, _ in info[full][2][0]}):
                            continue
                    if score:
                        pairs[(a, b)] = score
        if not pairs:
            return set()
        partners: dict[str, set[str]] = defaultdict(set)
        for a, b in pairs:
            partners[a].add(b)
            partners[b].add(a)
        ambiguous = {r for r, ps in partners.items()
                     if any(info[x][1] & info[y][1] for x in ps for y in ps if x < y)
                     or (len(ps) > 1 and any(pairs.get((r, p), pairs.get((p, r))) == 1 for p in ps))}
        arts_of = {r: set(info[r][1]) for r in info}
        mangled: set[str] = set()
        for (a, b), score in sorted(pairs.items(), key=lambda kv: -kv[1]):
            if a in ambiguous or b in ambiguous:
                continue
            ra, rb = find(a), find(b)
            if ra == rb or arts_of[ra] & arts_of[rb]:
                continue

            def weight(r: str) -> tuple:
                surf = info[r][3]
                # the original spelling is in more articles; machine translation loses diacritics
                return (len(info[r][1]), any(fold(s) != s.lower() for s in surf), sum(surf.values()))

            lost = b if weight(a) >= weight(b) else a
            mangled.update(k for k in members[lost])
            union(ra, rb)
            arts_of[find(a)] = arts_of[ra] | arts_of[rb]
        return mangled

    def _link_short_forms(self) -> None:
        """"the council" -> the story's one organisation whose name is headed by "Council"."""
        heads: dict[str, set[str]] = defaultdict(set)
        for e in self.entities:
            if e["type"] != "ORG":
                continue
            for v in e["variants"]:
                toks = v.split()
                if len(toks) < 2 or v.isupper():
                    continue
                cut = next((i for i, t in enumerate(toks) if t.islower()), len(toks))
                head = toks[cut - 1].lower() if cut else ""
                if head and _ORG_WORDS.fullmatch(head):
                    heads[head].add(e["id"])
        self._fold_bare_heads()
        heads = {h: ids for h, ids in heads.items() if len(ids) == 1}
        if not heads:
            return
        rx = re.compile(r"\b[Tt]he\s+(" + "|".join(map(re.escape, heads)) + r")\b(?!\s+(?:of|for)\b|\s+[A-Z]|-)")
        for aid, text in self.texts.items():
            for m in rx.finditer(text):
                e = self._by_id[next(iter(heads[m.group(1)]))]
                s, end = m.start(), m.end()
                if any(mm["article_id"] == aid and mm["start"] < end and s < mm["end"] for mm in e["mentions"]):
                    continue
                e["mentions"].append({"article_id": aid, "start": s, "end": end, "via": "short"})
                self._by_mention[(aid, s, end)] = e["id"]
                if aid not in e["article_ids"]:
                    e["article_ids"].append(aid)

    def _fold_bare_heads(self) -> None:
        """"La Comisión se limitó a un comunicado" -> the one organisation headed "Comisión" that this
        article names ("Comisión de Pesca del Golfo"), article by article: a translated story's
        "Commission" is the repost's "Commission of Fishing of the Gulf", not a body of its own."""
        by_art: dict[tuple[str, str], set[str]] = defaultdict(set)
        bare: list[tuple[dict[str, Any], str]] = []
        for e in self.entities:
            if e["type"] != "ORG":
                continue
            words = {v.split()[0].lower() for v in e["variants"] if v.strip()}
            if all(len(v.split()) == 1 for v in e["variants"]) and len(words) <= 2 \
                    and all(_ORG_WORDS.fullmatch(w) for w in words):
                bare.append((e, next(iter(words))))
                continue
            for m in e["mentions"]:
                toks = self.texts[m["article_id"]][m["start"]:m["end"]].split()
                if len(toks) < 2 or toks[0].isupper():
                    continue
                cut = next((i for i, t in enumerate(toks) if t.islower()), len(toks))
                head = toks[cut - 1].lower() if cut else ""
                if head and _ORG_WORDS.fullmatch(head):
                    by_art[(m["article_id"], fold(head))].add(e["id"])
        for e, _w in bare:
            keep = []
            for m in e["mentions"]:
                aid = m["article_id"]
                head = fold(self.texts[aid][m["start"]:m["end"]].split()[0].lower())
                owners = by_art.get((aid, head), set())
                if len(owners) != 1:
                    keep.append(m)
                    continue
                t = self._by_id[next(iter(owners))]
                t["mentions"].append(dict(m, via="short"))
                self._by_mention[(aid, m["start"], m["end"])] = t["id"]
                if aid not in t["article_ids"]:
                    t["article_ids"].append(aid)
            if len(keep) < len(e["mentions"]):
                e["mentions"] = keep
                e["article_ids"] = [a for a in e["article_ids"] if any(m["article_id"] == a for m in keep)]
        self.entities = [e for e in self.entities if e["mentions"]]
        live = {e["id"] for e in self.entities}
        for k in [k for k, v in self._by_key.items() if v not in live]:
            del self._by_key[k]

    def _rescan_people(self) -> None:
        """Find every article's occurrences of the story's multi-word person names, in any spelling.

        The model may split or mislabel a name in one article ("Yury" ORG + "Ushakov" missed) that
        it got right elsewhere; a capitalised pair with the same transliteration key is that person.
        """
        keys = {translit_key(m["text"]) for ms in self.mentions.values() for m in ms
                if m["type"] == "PERSON" and len(m["text"].split()) >= 2 and not _ORG_WORDS.search(m["text"])}
        # (the capitalised-name heuristic's long runs are not organisation names to search for)
        orgs = {m["text"] for ms in self.mentions.values() for m in ms
                if m["type"] == "ORG" and m.get("src") != "heuristic" and (len(m["text"].split()) >= 3 or m.get("acronym"))}
        surnames = {k.split()[-1] for k in keys}
        # "Dom Ashby" for the story's "Dominic Ashby": a short form of the first name, same surname
        nick_firsts: dict[str, set[str]] = defaultdict(set)
        for ms in self.mentions.values():
            for m in ms:
                toks = m["text"].split()
                if m["type"] == "PERSON" and len(toks) >= 2 and fold(toks[0]) in _NICK and not _ORG_WORDS.search(m["text"]):
                    nick_firsts[token_key(toks[-1])].add(fold(toks[0]))
        # people the story knows by one name only ("his son Théo, 24,"), which the model may miss
        # where the name opens a sentence ("Théo sleeps on a friend's sofa.")
        # (or by a first name: "Mo was more hopeful" after "Mo Akhtar")
        single = {fold(m["text"].split()[0]) for ms in self.mentions.values() for m in ms
                  if m["type"] == "PERSON" and m.get("src") != "heuristic" and len(m["text"].split()) <= 3
                  and m["text"][:1].isupper()}
        single = {f for f in single if len(f) >= 2 and f not in _CAP_STOP and f not in _POSSESSIVE_WORDS
                  and f not in _NAME_TITLES and token_key(f) not in surnames}
        near = self._near_person_finder()
        # the model glues an appositive's title to the name ("the minister of the Culture, Etienne
        # Marshal" as one ORG): such a span is not an organisation to search the story for
        def glued(o: str) -> bool:
            tail = o.rsplit(", ", 1)[-1]
            return ", " in o and (translit_key(tail) in keys or near(tail))

        orgs = {o for o in orgs if not glued(o)}
        rx = re.compile(_NAME_TOKEN + r"\s+" + _NAME_TOKEN)
        lone = re.compile(r"(?<![\w’'\-])" + _NAME_TOKEN + r"(?![\w\-])")
        for aid, text in self.texts.items():
            ms = self.mentions[aid]
            added = []
            for m in rx.finditer(text):
                for s, e in ((m.start(), m.end()),):
                    name = re.sub(r"[’']s$", "", text[s:e])
                    toks = name.split()
                    if _TITLE_LEAD.match(name):
                        continue  # ("Cmdr Sarmento": a rank and a surname, no first name)
                    if translit_key(name) in keys or near(name) or (
                            len(toks) == 2 and fold(toks[0]) in _NICK
                            and any(_NICK[fold(toks[0])] & _NICK[f] for f in nick_firsts.get(token_key(toks[1]), ()))) or (
                            _SAYS_AFTER_NAME.match(text, s + len(name))
                            and token_key(name.split()[-1]) in surnames and fold(name.split()[0]) not in _CAP_STOP
                            and fold(name.split()[0]) not in _NAME_TITLES and not _ORG_WORDS.search(name)):
                        # (or a relative of a story person speaking: "Mercedes Olmo said" beside
                        # "Javier Olmo", the model's "Mercedes" a car maker)
                        added.append({"start": s, "end": s + len(name), "text": name, "type": "PERSON", "src": "story"})
            # the pair regex does not overlap matches; try again one token later for "X Name Surname"
            for m in re.finditer(_NAME_TOKEN + r"\s+(" + _NAME_TOKEN + r"\s+" + _NAME_TOKEN + ")", text):
                name = re.sub(r"[’']s$", "", m.group(1))
                if translit_key(name) in keys or near(name):
                    added.append({"start": m.start(1), "end": m.start(1) + len(name), "text": name, "type": "PERSON",
                                  "src": "story"})
            # a story person's surname alone ("Hale said"), not part of a longer capitalised name and
            # not opening a sentence unless a reporting verb or a possessive follows
            if surnames or single:
                for m in lone.finditer(text):
                    tok = re.sub(r"[’']s$", "", m.group(0))
                    if token_key(tok) not in surnames and fold(tok) not in single or fold(tok) in _CAP_STOP:
                        continue
                    before = text[max(0, m.start() - 30):m.start()]
                    after = text[m.start() + len(tok):m.start() + len(tok) + 30]
                    if re.search(_NAME_TOKEN + r"\s+$", before) or re.match(r"\s+" + _NAME_TOKEN, after):
                        continue
                    if token_key(tok) not in surnames:
                        # (a one-name person only where the name opens a sentence and a verb follows,
                        # and the model read nothing there: not "Électricité" of "Électricité d'Armance")
                        if not any(x["start"] < m.start() + len(tok) and m.start() < x["end"] for x in ms) \
                                and (not before.strip() or re.search(r"[.!?\n][\"”’»]?\s*$", before)) \
                                and (re.match(r"\s+[a-z]+\b", after) or _KIN_APPOSED_AFTER.match(after)
                                     or _AGE_APPOSED_AFTER.match(after)) \
                                and not re.match(r"\s+(?:of|and|de|da|del|di|von|van)\b", after):
                            added.append({"start": m.start(), "end": m.start() + len(tok), "text": tok, "type": "PERSON",
                                          "src": "story"})
                        continue
                    if (not before.strip() or re.search(r"[.!?:\n]\s*[“\"«„]?\s*$", before)) \
                            and not _PERSON_AFTER.match(after) and not after.startswith(("'s", "’s")) \
                            and not _APPOSITIVE_AFTER.match(after):
                        continue
                    added.append({"start": m.start(), "end": m.start() + len(tok), "text": tok, "type": "PERSON",
                                  "src": "story"})
            for name in orgs:
                pos = text.find(name)
                while pos >= 0:
                    added.append({"start": pos, "end": pos + len(name), "text": name, "type": "ORG", "src": "story"})
                    pos = text.find(name, pos + len(name))
            # drop finds inside a longer find, then mentions that overlap a find (sorted spans and
            # running maxima of their ends: long articles have hundreds of each)
            inside = _SpanIndex([(a["start"], a["end"]) for a in added])
            added = [a for a in added if not inside.contains_longer(a["start"], a["end"])]
            # nor a surname inside a longer person name the article already has: "Vries" in "Anna
            # de Vries", "Ní Bhraonáin" in "Siobhán Ní Bhraonáin" (lowercase or particle tokens
            # break the capitalised pairs the searches above look for)
            people = _SpanIndex([(m["start"], m["end"]) for m in ms if m["type"] == "PERSON"])
            added = [a for a in added if a["type"] != "PERSON" or not people.contains_longer(a["start"], a["end"])
                     or not _particle_at(text, a["start"], a["text"])]
            # nor "Beatriz Calvo" over the article's own "Beatriz Calvo Ledesma": a double surname
            # or a middle name the article gives is kept (the two forms join by surname later)
            longer = [(m["start"], m["end"]) for m in ms if m["type"] == "PERSON" and m.get("src") != "heuristic"]

            def inside_name(a: dict[str, Any]) -> bool:
                # "Teixeira Marau" inside the article's own "João Teixeira Marau"
                return any(ls <= a["start"] and a["end"] <= le and (ls, le) != (a["start"], a["end"])
                           and _NAMES_THEN_SPACE.fullmatch(text, ls, a["start"])
                           and _SPACE_THEN_NAMES.fullmatch(text, a["end"], le) for ls, le in longer)

            added = [a for a in added if not (a["type"] == "PERSON" and inside_name(a))]
            if not added:
                continue
            hit = _SpanIndex([(a["start"], a["end"]) for a in added])
            keep = [m for m in ms if not hit.overlaps(m["start"], m["end"])]
            first: dict[tuple[int, int], dict[str, Any]] = {}
            for m in ms:
                first.setdefault((m["start"], m["end"]), m)
            seen = set()
            for a in added:
                if (a["start"], a["end"]) not in seen:
                    seen.add((a["start"], a["end"]))
                    old = first.get((a["start"], a["end"]))
                    if old is not None:
                        a = {**old, "type": a["type"]}
                    keep.append(a)
            keep.sort(key=lambda m: m["start"])
            self.mentions[aid] = keep

    def _other_first_before(self, arts: Iterable[str], lone: Iterable[str], firsts: set[str]) -> bool:
        """Some article of ``arts`` writes a surname of ``lone`` after a first name that is not
        one of ``firsts``: "Jensen said" where the article has "Robin Jensen" is not "Richard L.
        Jenson"."""
        for aid in arts:
            text = self.texts[aid]
            for surf in lone:
                for m in re.finditer(r"(" + _NAME_TOKEN + r")\s+(?:[A-Z]\.\s+)?" + re.escape(surf) + r"\b", text):
                    w = m.group(1)
                    if fold(w) in _CAP_STOP or fold(w).strip(".") in _NAME_TITLES or w.isupper() \
                            or w.endswith(("'s", "’s")):
                        continue
                    if not any(first_near(w, f) for f in firsts):
                        return True
        return False

    def _find_apart(self) -> None:
        """Record two people of one article whose names share a key (see ``_apart``).

        Real articles misspell a name now and then ("Saddam Hussain" beside "Saddam Hussein",
        "Rui" / "Ruo Patricio"): only full names with the same surname and first names that
        differ even after :func:`loose`, each one speaking ("said Lina Marcotte", "Lena Marcotte
        told"), are taken for two people.
        """
        for aid, ms in self.mentions.items():
            text = self.texts[aid]
            by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for m in ms:
                if m["type"] == "PERSON" and " " in m["text"]:
                    by_key[translit_key(m["text"])].append(m)
            for same in by_key.values():
                if len({m["text"] for m in same}) < 2:
                    continue
                forms: dict[str, dict[str, str]] = defaultdict(dict)
                for m in same:
                    first, sur = split_person(m["text"])
                    if first and (_PERSON_AFTER.match(text, m["end"])
                                  or _SAID_BEFORE.search(text, max(0, m["start"] - 40), m["start"])):
                        forms[loose(sur)][loose(first)] = fold(m["text"])
                for fs in forms.values():
                    if len(fs) > 1:
                        self._apart.update((x, y) for x in fs.values() for y in fs.values() if x != y)

    def _near_person_finder(self) -> Any:
        """A test for "First Last" pairs that spell a story person's name a little differently.

        The model often misses or mistypes a mangled name ("the minister of the Culture, Etienne
        Marshal" as one organisation); a pair whose surname is near a person's (one deletion
        apart after :func:`loose`, then :func:`_loose_near`) with a compatible first name is
        that name as a mention of its own (merging it is :meth:`_merge_mangled`'s call).
        """
        index: dict[str, set[tuple[str, str]]] = defaultdict(set)
        initials: set[str] = set()  # of the surnames' last words: most pairs fail on this alone
        for text in {m["text"] for ms in self.mentions.values() for m in ms if m["type"] == "PERSON"}:
            if _ORG_WORDS.search(text) or not 2 <= len(text.split()) <= 3:
                continue
            first, sur = split_person(text)
            ls = loose(sur)
            if len(fold(first).strip(".")) < 2 or len(ls) < MANGLED_SURNAME_EDITS[-1][0]:
                continue
            initials.add(loose(sur.split()[-1])[:1])
            for d in _deletions(ls):
                index[d].add((first, ls))
        memo: dict[str, bool] = {}

        def near(name: str) -> bool:
            if name in memo:
                return memo[name]
            if not index or loose(name.rsplit(None, 1)[-1])[:1] not in initials:
                return False
            first, sur = split_person(name)
            ls = loose(sur)
            memo[name] = bool(first) and fold(first) not in _CAP_STOP and len(ls) >= MANGLED_SURNAME_EDITS[-1][0] \
                and any(_loose_near(ls, s, MANGLED_SURNAME_EDITS) and first_near(first, f)
                        for d in _deletions(ls) for f, s in index.get(d, ()))
            return memo[name]

        return near

    def _link_titles(self) -> None:
        for aid, text in self.texts.items():
            for m in title_phrases(text):
                eid = self.resolve_title(m.group(0), aid)
                if eid:
                    e = self._by_id[eid]
                    s, end = m.start(), m.end()
                    if any(mm["article_id"] == aid and mm["start"] <= s < mm["end"] for mm in e["mentions"]):
                        continue
                    e["mentions"].append({"article_id": aid, "start": s, "end": end, "via": "title"})
                    self._by_mention[(aid, s, end)] = eid
                    if aid not in e["article_ids"]:
                        e["article_ids"].append(aid)

    # --- lookups ------------------------------------------------------------------------------
    def resolve_title(self, phrase: str, article_id: str | None = None) -> str | None:
        """The one person a title phrase ("the top diplomat", "the minister") refers to, or None.

        Titles come from appositives anywhere in the story ("Foreign Minister Rhea Abadi", "Lena
        Dorsch, the transport minister") and are compared after :data:`TITLE_SYNONYMS` ("top
        diplomat" = "foreign minister"). The phrase matches a title exactly, else by its head word
        with all its other words (a spokesman/spokeswoman/spokesperson head matches any of the
        three when nothing else does). Unambiguous in the story wins; otherwise, with
        ``article_id``, the one matching person that article names.
        """
        t = _norm_title(phrase)
        if not t:
            return None
        ids = self._titles.get(t)
        if ids and len(ids) == 1:
            return next(iter(ids))
        words = t.split()
        head = words[-1]
        cands: set[str] = set()
        ranks = set(words) & _RANKS
        # with all qualifiers, then without nationality adjectives ("der kessawische Außenminister")
        for mods in (words[:-1], [w for w in words[:-1] if not _NATIONALITY.match(w)]):
            for heads in ({head}, _SPOKES if head in _SPOKES else set()):
                for title, tids in self._titles.items():
                    tw = title.split()
                    if tw and tw[-1] in heads and all(w in tw for w in mods) and set(tw) & _RANKS == ranks:
                        cands |= tids
                if cands:
                    break
            if cands:
                break
        if len(cands) == 1:
            return next(iter(cands))
        if len(cands) > 1 and article_id is not None:
            local = {eid for eid in cands
                     if any(m["article_id"] == article_id and m.get("via") != "title"
                            for m in self._by_id[eid]["mentions"])}
            if len(local) == 1:
                return next(iter(local))
        return None

    def lookup(self, name: str) -> str | None:
        key = self._gid(name)
        if key in self._by_key:
            return self._by_key[key]
        toks = key.split()
        if len(toks) > 1 and toks[-1] in self._by_key \
                and (self._by_id.get(self._by_key[toks[-1]]) or {}).get("type") == "PERSON":
            # "Dr Lavrov" is Lavrov; "AS Vallombre" (a club) is not the town Vallombre
            return self._by_key[toks[-1]]
        # a surname the model did not tag ("“…,” Renzi-Malfatti said"): the one person named so
        hits = {eid for k, eid in self._by_key.items() if k.endswith(" " + key)
                and (self._by_id.get(eid) or {}).get("type") == "PERSON"} if key else set()
        return hits.pop() if len(hits) == 1 else None

    def entity_at(self, article_id: str, start: int, end: int) -> str | None:
        """The entity of a mention overlapping ``[start, end)`` (the longest such mention)."""
        best = None
        for e in self.entities:
            for m in e["mentions"]:
                if m["article_id"] == article_id and m["start"] < end and start < m["end"]:
                    ln = m["end"] - m["start"]
                    if best is None or ln > best[0]:
                        best = (ln, e["id"])
        return best[1] if best else None

    def get(self, eid: str | None) -> dict[str, Any] | None:
        return self._by_id.get(eid) if eid else None

    def article_mentions(self, article_id: str) -> list[tuple[int, int, str]]:
        out = [(s, e, eid) for (aid, s, e), eid in self._by_mention.items() if aid == article_id]
        out.sort()
        return out


def title_phrases(text: str) -> list[re.Match]:
    """Title descriptors in a text: "the Russian Foreign Minister", "Norland's envoy", "der Außenminister"."""
    return list(_title_phrases(text))  # read twice per article (title links, then quote speakers)


@lru_cache(maxsize=16)
def _title_phrases(text: str) -> tuple[re.Match, ...]:
    out = list(_TITLE_PHRASE.finditer(text))
    out += [m for m in _DE_TITLE_PHRASE.finditer(text) if not any(o.start() < m.end() and m.start() < o.end() for o in out)]
    out.sort(key=lambda m: m.start())
    return tuple(out)


def _norm_title(t: str) -> str:
    """A title folded to its comparable form: "the Russian Foreign Minister" -> "russian foreign minister"."""
    t = fold(t).replace("-", " ")
    t = re.sub(r"\b\w+[’']s\b", " ", t)  # "the country's top diplomat": the owner is not the title
    for rx, canon in DE_TITLES:
        t = rx.sub(canon, t)
    for rx, canon in TITLE_SYNONYMS:
        t = rx.sub(canon, t)
    words = [w for w in t.split() if w and w not in {"the", "a", "an", "its", "his", "her", "their", "der", "die", "das", "des", "dem", "den"}]
    if not words or words[-1] not in {h.replace("-", " ").split()[-1] for h in TITLE_HEADS}:
        # keep titles whose head is a known title word ("... advisor on foreign policy" -> "... advisor")
        for i in range(len(words) - 1, -1, -1):
            if words[i] in TITLE_HEADS:
                words = words[: i + 1]
                break
        else:
            return ""
    return " ".join(words)


def _TITLE_AFTER_ANY(text: str, mentions: list[dict[str, Any]]) -> Iterable[tuple[int, int, str]]:
    for m in mentions:
        if m["type"] != "PERSON":
            continue
        mm = _TITLE_AFTER.match(text[m["end"]:m["end"] + 90])
        if mm:
            yield m["start"], m["end"], mm.group(1)
