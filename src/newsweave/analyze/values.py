"""Comparable values inside a sentence: counts with their unit, dates, negation.

Contradiction detection (:mod:`newsweave.analyze.contradictions`) compares these between
aligned claims, so each value keeps the character span it was read from.

* :func:`find_counts` reads "three rounds", "2 rounds", "20 people", "1,200 troops" as
  ``(value, unit)`` where ``unit`` is the following noun reduced to a crude singular.
* :func:`find_dates` uses ``newsweave.analyze.time.find_timexes`` when that module is present
  and otherwise a small built-in reader (absolute dates and months only: enough to compare).
* :func:`has_negation` spots "not", "no", "never", "n't", "denied" ...

Example::

    >>> [(v.value, v.unit) for v in find_counts("They held three rounds and 2 sessions.")]
    [(3.0, 'round'), (2.0, 'session')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100,
    # French ("un"/"une" are also the article and "cent" an English word: left out)
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
    "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    # Spanish and Italian ("uno"/"una"/"un" are also the article: left out)
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "cien": 100,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "otto": 8, "dieci": 10, "dodici": 12,
    "quindici": 15, "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100,
    # Portuguese ("um"/"uma" are also the article: left out)
    "dois": 2, "duas": 2, "três": 3, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "doze": 12, "vinte": 20,
    "trinta": 30, "quarenta": 40, "cem": 100,
}
# "treinta y cinco", "trinta e cinco": Spanish and Portuguese tens and units in three words
_ROMANCE_TENS = ("veinte", "treinta", "cuarenta", "cincuenta", "vinte", "trinta", "quarenta", "cinquenta")
_ROMANCE_ONES = ("uno", "una", "um", "uma", "dos", "dois", "duas", "tres", "três", "cuatro", "quatro", "cinco",
                 "seis", "siete", "sete", "ocho", "oito", "nueve", "nove")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000,
          "billions": 1_000_000_000, "tausend": 1_000, "millionen": 1_000_000, "milliarden": 1_000_000_000,
          "milliard": 1_000_000_000, "milliards": 1_000_000_000, "mio": 1_000_000, "mrd": 1_000_000_000,
          "millones": 1_000_000, "milioni": 1_000_000, "millón": 1_000_000, "milhão": 1_000_000, "milhões": 1_000_000}
# "500 mil pessoas", "40 mil famílias" (Portuguese and Spanish thousands); not after a currency
# sign, where "$5 mil" is English for millions
_COUNT_SCALES = {**SCALES, "mil": 1_000}
APPROX = re.compile(r"\b(?:about|around|approximately|roughly|nearly|near|round|almost|some|more than|over|at least|up to|"
                    r"fewer than|less than|close to|under|dozens|hundreds|thousands|several|etwa|rund|mehr als|fast|"
                    r"environ|près de|plus de|quelque|unos|unas|alrededor de|cerca de|casi|más de|circa|quasi|"
                    r"oltre|più di|almeno|al menos|an\s+estimated|estimated|estimates?(?:\s+that)?|geschätzt|"
                    r"geschätzte|estimé|estimés|estimée|estimées|estimado|estimados|estimadas|stimat[oaie])"
                    r"(?:\s+an?)?\s*$", re.I)  # "more than a dozen", "an estimated 5,000 tonnes"
# nouns after a number that are not countable things being reported (times, ranks, money units stay)
_NOT_UNITS = {"of", "and", "or", "to", "the", "a", "in", "on", "at", "for", "by", "per", "percent", "am", "pm",
              "p", "a.m", "p.m", "th", "st", "nd", "rd", "years", "year",
              # years in other languages, excluded like "years" (ages and durations, rarely a reported count)
              "ans", "an", "année", "années", "jahre", "jahren", "jahr", "años", "año", "anni", "anno",
              # a verb after the number: "no one was hurt", "one has left" count nothing
              "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "did", "does",
              "said", "says", "who", "which", "that", "from", "with", "than", "after", "before", "each",
              # a conjunction or preposition after a day ("on November 12 but waited") counts nothing
              "but", "as", "when", "while", "if", "so", "because", "then", "until", "since", "into", "over",
              "under", "about", "against", "between", "through", "during", "without", "within", "where"}
# count nouns that name the same thing: a German noun, a synonym or an irregular plural maps to
# one English unit, so "drei Runden" / "three rounds" and "23 Schiffe" / "twenty vessels" compare
UNIT_ALIASES = {
    "basis": "basis point", "basispunkte": "basis point", "basispunkten": "basis point",
    # one kind of person or thing in other words and languages
    "persons": "person", "pessoa": "person", "pessoas": "people",
    "resident": "resident", "residents": "resident", "inhabitant": "resident", "inhabitants": "resident",
    "einwohner": "resident", "einwohnern": "resident", "abitante": "resident", "abitanti": "resident",
    "habitante": "resident", "habitantes": "resident", "habitant": "resident", "habitants": "resident",
    "fireman": "firefighter", "firemen": "firefighter", "bombero": "firefighter", "bomberos": "firefighter",
    "pompier": "firefighter", "pompiers": "firefighter", "feuerwehrleute": "firefighter", "bombeiros": "firefighter",
    "dorf": "village", "dörfer": "village", "dörfern": "village", "aldeia": "village", "aldeias": "village",
    "villaggio": "village", "villaggi": "village", "pueblo": "village", "pueblos": "village",
    "kilometro": "kilometer", "kilometros": "kilometer", "kilómetro": "kilometer", "kilómetros": "kilometer",
    "chilometri": "kilometer", "hektar": "hectare", "batch": "lot", "batches": "lot", "lote": "lot", "lotes": "lot",
    "lotti": "lot", "lotto": "lot", "dosis": "dose", "doses": "dose", "dosi": "dose", "cuadro": "painting", "cuadros": "painting", "quadro": "painting",
    "quadri": "painting", "quadros": "painting", "dipinto": "painting", "dipinti": "painting",
    "runde": "round", "runden": "round", "schiff": "ship", "schiffe": "ship", "vessel": "ship",
    "mensch": "people", "menschen": "people", "personen": "people",
    "tote": "dead", "toten": "dead", "verletzte": "injured", "verletzten": "injured",
    "arbeiter": "worker", "hafenarbeiter": "docker", "tag": "day", "tage": "day", "tagen": "day",
    "woche": "week", "wochen": "week", "stunde": "hour", "stunden": "hour", "fischer": "fisherman",
    "fishermen": "fisherman", "men": "man", "women": "woman", "children": "child", "kinder": "child",
    "haushalt": "household", "haushalte": "household", "haushalten": "household", "home": "household",
    "homes": "household", "bergleute": "miner", "bergarbeiter": "miner", "gemälde": "painting",
    "tableau": "painting", "tableaux": "painting", "personne": "people", "personnes": "people",
    "mineur": "miner", "mineurs": "miner", "maison": "household", "maisons": "household",
    "foyer": "household", "foyers": "household",
    "persona": "people", "personas": "people", "persone": "people", "trabajador": "worker",
    "trabajadores": "worker", "lavoratore": "worker", "lavoratori": "worker", "estibador": "docker",
    "estibadores": "docker", "portuale": "docker", "portuali": "docker", "muerto": "dead", "muertos": "dead",
    "morto": "dead", "morti": "dead", "herido": "injured", "heridos": "injured", "ferito": "injured",
    "feriti": "injured", "día": "day", "días": "day", "giorno": "day", "giorni": "day", "semana": "week",
    "semanas": "week", "settimana": "week", "settimane": "week", "hora": "hour", "horas": "hour",
    "ora": "hour", "ore": "hour", "casa": "household", "casas": "household", "vivienda": "household",
    "viviendas": "household", "famiglia": "family", "famiglie": "family", "familia": "family",
    "familias": "family", "families": "family", "barco": "ship", "barcos": "ship", "nave": "ship", "navi": "ship",
    "hectárea": "hectare", "hectáreas": "hectare", "ettaro": "hectare", "ettari": "hectare", "hectares": "hectare",
    "dockworker": "docker", "dockworkers": "docker", "stevedore": "docker", "stevedores": "docker",
    "aircraft": "plane", "airplane": "plane", "airplanes": "plane", "flugzeug": "plane", "flugzeuge": "plane",
    "flugzeugen": "plane", "avion": "plane", "avions": "plane", "aereo": "plane", "aerei": "plane",
    "avión": "plane", "aviones": "plane", "secondi": "second", "segundos": "second", "sekunden": "second",
    "satélite": "satellite", "satélites": "satellite", "satellite": "satellite", "satelliti": "satellite",
    # public-life nouns (session 9): staff, members, schools, streets, seats, turbines, abstentions
    "employé": "employee", "employés": "employee", "employée": "employee", "employées": "employee",
    "empleado": "employee", "empleados": "employee", "dipendente": "employee", "dipendenti": "employee",
    "funcionário": "employee", "funcionários": "employee", "mitarbeiter": "employee", "mitarbeitende": "employee",
    "mitarbeitern": "employee", "beschäftigte": "employee", "membre": "member", "membres": "member",
    "miembro": "member", "miembros": "member", "membro": "member", "membri": "member", "membros": "member",
    "mitglied": "member", "mitglieder": "member", "mitgliedern": "member", "école": "school", "écoles": "school",
    "escuela": "school", "escuelas": "school", "escola": "school", "escolas": "school", "scuola": "school",
    "scuole": "school", "schule": "school", "schulen": "school", "rue": "street", "rues": "street",
    "calle": "street", "calles": "street", "rua": "street", "ruas": "street", "strada": "street",
    "strade": "street", "straße": "street", "straßen": "street", "strasse": "street", "strassen": "street",
    "siège": "seat", "sièges": "seat", "escaño": "seat", "escaños": "seat", "seggio": "seat", "seggi": "seat",
    "sitz": "seat", "sitze": "seat", "aerogenerador": "turbine", "aerogeneradores": "turbine",
    "éolienne": "turbine", "éoliennes": "turbine", "windrad": "turbine", "windräder": "turbine",
    "abstaining": "abstention", "abstentions": "abstention", "abstenciones": "abstention",
    "enthaltungen": "abstention", "astensioni": "abstention",

    # speeds: "140 km/h", "160 kilometers per hour", "160 Kilometern pro Stunde" are one unit
    "km/h": "km/h", "kmh": "km/h", "kph": "km/h", "kilometern": "kilometer", "kilometre": "kilometer",
    "kilometres": "kilometer",
    "liter": "litre", "liters": "litre", "litres": "litre", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
    "tonnen": "tonne", "litro": "litre", "litri": "litre", "litros": "litre",
    # money: the word after a scale ("210 millions d'euros", "1,2 Millionen Euro") or a symbol ("€350,000")
    "euro": "euro", "euros": "euro", "dollar": "dollar", "dollars": "dollar", "€": "euro", "$": "dollar",
    "£": "pound",
}
# counts of one unit this many times apart are not one quantity told two ways ("27,000 applications" to
# one university, "310,000 applications" to fourteen); a count misreported by a factor of ten stays in
MAX_COUNT_RATIO = 11
# a story names sums of every size (a budget, a sponsor's deal, a fine) in sentences alike: two
# sums more than this many times apart are two sums, whatever the wording ("14 million florins"
# budget vs a deal "worth 300,000 florins"); one sum misreported stays within it ("4.5 million
# euros" vs "6 million euros", "21 million" vs "210 million")
MAX_MONEY_RATIO = 11
# one share misreported is near the other ("58%" / "61.4%", "a 9 percent raise" / "7 percent"); "5
# percent were white" and "94 percent were black" are two shares
MAX_SHARE_RATIO = 3
# sums of money: a story names many ("sold for $137,000", "a bonnet fetched $30,000"), so they are
# compared only between units aligned by meaning, never paired by shared words or as witnesses
MONEY_UNITS = frozenset({"euro", "dollar", "pound", "florin", "franc", "krona", "krone", "kronor", "kroner", "yen",
                         "yuan", "renminbi", "rupee", "peso", "ruble", "rouble", "real", "rand", "lira", "zloty",
                         "forint", "koruna", "dinar", "dirham", "riyal", "shekel", "baht", "won", "ringgit", "naira",
                         "shilling", "peseta", "mark", "escudo", "guilder", "drachma"})
# a story gives many shares ("turnout was 58%", "a 9 percent raise", "inflation of 2%") and many
# ages, so like sums of money they are compared only between units aligned by meaning
PERCENT, AGE = "percent", "year-old"
ALIGNED_ONLY_UNITS = MONEY_UNITS | {PERCENT, AGE}
# "58%", "4.75 percent", "6.8 per cent", "4,75 Prozent", "9 %", "nine percent"; "percentage
# points" are a change of a share, not a share
_PERCENT = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
    r"(?:\s?%|[\s-]+(?:percent|per\s+cent|prozent|pour\s+cent|por\s+ciento|per\s+cento|por\s+cento)\b)"
    r"(?!\s*(?:points?|punkte?n?)\b)", re.I)
_AGE_LIST = re.compile(r"\d+-?\s*(?:and|or|to|,)\s*$")
# "a 16-year-old boy", "the 67-year-old farmer": an age
_AGE = re.compile(r"(?<![\w.,])(\d{1,3}|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
                  r"[\s-]+years?[\s-]+old\b", re.I)
# what every _PERCENT / _AGE hit contains (same flags, so the same case folding)
_PERCENT_CUE = re.compile(r"%|p(?:er|rozent|our|or)", re.I)
_AGE_CUE = re.compile(r"year", re.I)
_PER_HOUR = re.compile(r"\s+(?:per|an|pro|à\s+l['’])\s*(?:hour|stunde|heure)\b", re.I)
_KM = {"kilometer", "kilometre", "kilometern", "kilomètre", "km"}
# "two more rounds" counts rounds added to some already named: relative, unless "the first round"
# comes before it, then the total is one more ("the first round ... followed by two more rounds" = 3)
_MORE = {"more", "further", "additional", "other", "weitere", "weiteren"}
_FIRST = re.compile(r"\b(?:the\s+)?(?:first|erste|ersten)\s+([A-Za-zÀ-ÿ]{3,})\b", re.I)
_NO_ONE = re.compile(r"\b(?:no|any|every|some|each|the|this|that)[\s-]*$", re.I)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12}
_DE_MONTHS = {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
              "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12}
_ALL_MONTHS = {**_MONTHS, **_MONTH_ABBR, **_DE_MONTHS}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _ALL_MONTHS), key=len, reverse=True))

# "40.000 households" (a German or French thousands separator, also in English reposts of such
# texts): a dot before exactly three digits and no further digit or decimal part; "3.5" and
# "0.125" stay decimals
# "120 000 litres" (French, and German with thin spaces): groups of three digits after a space,
# a no-break space or a narrow no-break space; after a month name ("May 5 300 people") a plain
# space is not read as a separator (find_counts)
_SPACED = r"[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)"
# "1,2 million", "3,4 millions", "1,2 Millionen": a decimal comma, only before a scale word
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?=[\s-]+(?:millions?|millionen|milliards?|milliarden|mio|mrd|billions?|millones|milioni|millón|milhão|milhões)\b)"
_NUM_TOKEN = (r"(?:" + _DECIMAL_COMMA + r"|\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,]\d)|" + _SPACED + r"|\d+(?:\.\d+)?|"
              r"(?:" + "|".join(_TENS) + r")-(?:" + "|".join(_ONES) + r")|"
              r"(?:" + "|".join(_ROMANCE_TENS) + r")\s+[ye]\s+(?:" + "|".join(_ROMANCE_ONES) + r")\b|"
              + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")")
_MONTH_BEFORE = re.compile(r"\b(?:" + _MONTH_RE + r")\.?\s*$", re.I)
_THOUSANDS_DOT = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_SCALE_RE = "|".join(sorted(SCALES, key=len, reverse=True))
_COUNT = re.compile(
    # (a straight quote opens a quote before a word, "Twenty-five cents …", and closes one after it)
    r"(?<![\w.,”’)])(?<![\w.,!?;:]\")(" + _NUM_TOKEN + r")(?:[\s-]+(" + "|".join(sorted(_COUNT_SCALES, key=len, reverse=True))
    + r")\.?(?:\s+of|\s+de|\s+d['’]|\s+di)?)?"
    r"(?:[\s-]+|(?<=['’]))(?:(" + "|".join(_MORE) + r")\s+)?(km/h|[A-Za-zÀ-ÿ]{3,}\b)", re.I)
# "€350,000", "$2.5 million", "£40m", "€1,2 Mio."
_MONEY = re.compile(r"(?<![\w])([€$£])\s?(" + _NUM_TOKEN + r")(?:\s?(" + _SCALE_RE + r"|m|bn|k)\b)?", re.I)
_SHORT_SCALES = {"m": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
# sums written the local way: "JA$30 million", "HK$12m", "Dh45 million", "R450 a month", "Sh30",
# "Rs. 4.5 billion", "RM260 million", "CHF 1.2 million" (case matters: "r450" is no rand)
_MONEY_PREFIX = re.compile(r"(?<![\w$])((?:US|AU|CA|NZ|HK|JA|TT|EC|BD|NT|A|C|S|J)\$|Dh|AED|R|KSh|Ksh|KES|Sh|Rs\.?|INR|"
                           r"₹|RM|CHF|¥)\s?(" + _NUM_TOKEN + r")(?:\s?(" + _SCALE_RE + r"|m|bn|k)\b)?(?![\w$%])")
_MONEY_CONTEXT = re.compile(r"\b(?:costs?|costing|pay|pays|paid|paying|price[sd]?|fees?|fines?|fined|worth|rent|"
                            r"salary|wages?|charge[sd]?|charging|budget|spend|spent|raise[sd]?|rose|fell|from|to|of|at|"
                            r"about|around|some|than)\s+(?:\w+\s+)?$", re.I)
_PREFIX_UNITS = {"dh": "dirham", "aed": "dirham", "r": "rand", "ksh": "shilling", "kes": "shilling", "sh": "shilling",
                 "rs": "rupee", "rs.": "rupee", "inr": "rupee", "₹": "rupee", "rm": "ringgit", "chf": "franc", "¥": "yen"}
# the word after a modifier that follows a number: "-bombing aircraft" / " planes"
_OWNER_THEN_NOUN = re.compile(r"(?:[A-Z][\w\-’']*\s+){1,3}([a-z]{3,})\b")
_HEAD_AFTER_MODIFIER = re.compile(r"(?:-[A-Za-zÀ-ÿ]+)*\s+([a-zà-ÿ]{3,})\b")
_NEG = re.compile(r"\b(?!no\s*[,!]|no\s+(?:I|we|you|he|she|they)\s)(?!no\s+(?:matter|doubt|wonder|other)\b)(?!none\s+other\b)(?!not\s+(?:only|just|least|unlike)\b)(?!(?:not|no|nicht)\s+(?:far|lejos|weit)\b)(?!not\s+long\s+(?:after|before|ago|afterwards)\b)(?!without\s+(?:a\s+hitch|a\s+glitch|incident|fail|delay|doubt|question|a\s+problem|any\s+problems?|problems?)\b)(?:not|cannot|no|never|none|neither|nor|nobody|nothing|without|denied|denies|deny|refused|"
                  r"refuses|rejected|declined\s+to|declines\s+to|deprived|(?<!what\sis\s)(?<!what[’']s\s)lacking|privés?|privées?|ohne|senza|nicht|kein|keine|"
                  r"keinen|nie|niemals)\b|n[’']t\b",
                  re.I)
# "What is lacking now is speed": a pseudo-cleft names what is needed, it denies nothing
# "No, I don't think that": the reply word denies nothing itself (the clause after it may)
# "no other family" (only an aunt), "none other than", "not only ... but": exclusive or additive
# words, no denial ("not far from the border", "no lejos de", "not long after": litotes, nearness) (judged on real Multi-News stories; see docs/evidence.md, Session 11)
# "the doses not used", "votes not counted": a participle negated after its noun describes the
# noun (unused doses) and denies no predicate; "not" after an auxiliary, a modal or an adverb does
_NOT_AFTER_NOUN = re.compile(r"([a-z][\w’'\-]*)\s+(not)\s+(?:yet\s+)?(?:\w+ed|paid|sold|spent|known|seen|given|taken|"
                             r"made|found|shown|done|kept|held|met|won|built|read|told|sent|left)\b", re.I)
_ACCORDING_TO_END = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}$")
_NOT_AFTER_OK = frozenset("""is are was were be been being am do does did has have had will would can could should may
might must shall need or if but and why whether probably still also just certainly definitely really yet already
clearly simply apparently reportedly allegedly surely perhaps maybe often always sometimes""".split())


@dataclass(frozen=True, slots=True)
class Value:
    """A value read from ``text[start:end]``; ``approx`` marks hedged counts ("about 20")."""

    kind: str  # "count" | "date"
    value: Any
    start: int
    end: int
    unit: str = ""
    approx: bool = False
    granularity: str = ""
    mod: str = ""  # TIMEX3 modifier of a date: "AFTER" ("after Jan. 9"), "BEFORE", "START" ...
    qual: str = ""  # a count's modifier before its noun ("exposed" in "187 exposed individuals")


def singular(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]  # "batches", "boxes"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def parse_number(tok: str) -> float | None:
    if re.fullmatch(r"\d{1,3},\d{1,2}", tok):
        return float(tok.replace(",", "."))  # a decimal comma (only read before a scale word)
    t = tok.lower().replace(",", "")
    if re.fullmatch(_SPACED, t):
        return float(re.sub(r"[ \u00a0\u202f]", "", t))
    if _THOUSANDS_DOT.fullmatch(t):
        return float(t.replace(".", ""))
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    tens, _, ones = t.partition("-")
    if tens in _TENS and ones in _ONES:
        return float(WORD_NUMBERS[tens] + WORD_NUMBERS[ones])
    parts = t.split()
    if len(parts) == 3 and parts[0] in _ROMANCE_TENS and parts[1] in ("y", "e") and parts[2] in _ROMANCE_ONES:
        return float(WORD_NUMBERS[parts[0]] + WORD_NUMBERS.get(parts[2], 1))
    try:
        return float(t)
    except ValueError:
        return None


def unit_of(word: str) -> str:
    """The unit a count noun stands for: singular, with German nouns and synonyms mapped, accents
    dropped ("opérations" and "operations" are one unit)."""
    w = word.lower()
    if w in UNIT_ALIASES:
        return UNIT_ALIASES[w]
    s = singular(w)
    s = UNIT_ALIASES.get(s, s)
    if not s.isascii():
        import unicodedata

        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s


# "Sixty-two of roughly 120", "three out of the 14", "two of the team's three": a part, then the
# whole it is taken from (an owner may stand between: "two of Tavuni's three tries")
PART_OF = re.compile(r"(?<![\w.,])(" + _NUM_TOKEN + r")\s+(?:out\s+)?of\s+(?:the\s+|an?\s+)?"
                     r"(?:(?:his|her|its|their|our|(?:the\s+)?[\w.-]+['’]s?)\s+)?(?:estimated\s+)?"
                     r"(?:(?:roughly|about|around|some|nearly|almost|approximately|more\s+than|over)\s+)?$", re.I)
_BOUND_BEFORE = re.compile(r"\b(?:within|inside|in\s+under|innerhalb|dans\s+les|en\s+moins\s+de|entro|dentro\s+de)\s+(?:the\s+)?$",
                           re.I)
_WORKFORCE_BEFORE = re.compile(r"\b(?:employs|employed|employing|employ|emplea|empleaba|impiega|impiegava|emprega|"
                               r"empregava|emploie|employait|beschäftigt|beschäftigte|workforce\s+of|staff\s+of|"
                               # ("Greyline operates 64 routes": its whole network)
                               r"operates|operated|betreibt|gestisce|explota)\s+"
                               r"(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|unos|unas|cerca\s+de|"
                               r"circa|quasi|cerca\s+di|environ|près\s+de|rund|etwa)\s+)?$", re.I)
_SUBSET_BEFORE = re.compile(r"\b(?:(?:the\s+)?(?:first|last|remaining|final|other|next)|including|among\s+them)\s+$", re.I)
_POSITION_AFTER = re.compile(r"\s+(?:mark|marker|point|post|milestone|line)\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_ONE_OF_BEFORE = re.compile(r"\b(?:first|last|final|latest|each|none|one|any)\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|"
                            r"her\s+)?$", re.I)
_LABEL_NUMBER_BEFORE = re.compile(r"(?:\b(?:No|Nr|Nº|N°|number|Number|Gate|Platform|Pier|Berth|Runway|Line|Track|"
                                  r"Stand|Bay|Room|Ward|Unit|Block|Lot|Route|Bus|Flight)\.?|#)\s*$")
# units that measure (time, distance, weight, area, money, share, age): "a 20-minute delay" is as
# long as "20 minutes"; any other noun in a compound before a noun ("six-reactor") says what a thing is
_MEASURES = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "night", "decade", "century",
                       "kilometer", "kilometre", "km", "mile", "metre", "meter", "foot", "feet", "yard", "inch",
                       "centimetre", "centimeter", "millimetre", "millimeter", "ton", "tonne", "kilo", "kilogram",
                       "gram", "pound", "ounce", "litre", "liter", "gallon", "acre", "hectare", "degree", "percent",
                       "point", "knot", "storey", "story", "floor", "lap", "round", "game", "set", "stage", "leg"})
_NOUN_NEXT = re.compile(r"\s+[A-Za-zÀ-ÿ]")


def find_counts(text: str, offset: int = 0) -> list[Value]:
    """Counts with a unit noun; years (1900-2099 without a unit noun) are not counts."""
    out: list[Value] = []
    for m in _COUNT.finditer(text):
        if " " in m.group(1) and m.group(1)[0].isdigit() and _MONTH_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            # "May 5 300 people": the day, then a count; read from the last group on
            m = _COUNT.match(text, m.start() + m.group(1).rindex(" ") + 1) or m
            if " " in m.group(1):
                continue
        if m.start() >= 2 and text[m.start() - 1] == ":" and text[m.start() - 2].isdigit():
            continue  # "2:49 autoplay": a clock or a running time, not 49 of anything
        num = parse_number(m.group(1))
        if num is None or text[max(0, m.start() - 2):m.start()].strip()[-1:] in ("€", "$", "£"):
            continue  # "$50,000 payments" is a sum of money (read below), not 50,000 payments
        unit = m.group(4)
        lw = unit.lower()
        if lw in _NOT_UNITS or lw in _ALL_MONTHS or lw in WORD_NUMBERS or lw == "out":
            continue  # ("Sixty-two of …" is no count of "two"s, "Three out of …" none of "out"s)
        # after digits a capitalised word is a name ("7 Downing"), unless a known (German) count noun
        # or the owner of the plural noun after it ("1.8 million Lindra Air customers")
        owned = None
        if unit[0].isupper() and m.group(1)[0].isdigit() and lw not in UNIT_ALIASES:
            owned = _OWNER_THEN_NOUN.match(text, m.start(4))
            hw = owned.group(1).lower() if owned else ""
            if not (owned and len(hw) > 3 and hw.endswith("s") and not hw.endswith("ss") and hw not in _NOT_UNITS):
                continue
            unit, lw = owned.group(1), hw
        if m.group(1).lower() == "one" and _NO_ONE.search(text[max(0, m.start() - 8):m.start()]):
            continue  # "no one", "the one": not a count of one
        if m.group(1).isdigit() and 1900 <= num <= 2100 and len(m.group(1)) == 4:
            continue
        if m.group(1)[0].isdigit() and _LABEL_NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the No. 2 engine", "Gate #4", "Platform 3": a label, not a count of engines
        if m.group(2):
            num *= _COUNT_SCALES[m.group(2).lower()]
        end = owned.end(1) if owned else m.end()
        head = _HEAD_AFTER_MODIFIER.match(text, end) if unit != "km/h" and not owned else None
        qual = ""
        hw = head.group(1).lower() if head else ""
        plural_head = len(hw) > 3 and hw.endswith("s") and not hw.endswith("ss") and hw not in _NOT_UNITS
        if head and (text.startswith("-", end) or (not lw.endswith("s") and (
                lw.endswith(("ing", "ed")) and (plural_head or hw in UNIT_ALIASES)
                or plural_head and num > 1))):
            # "four firefighting planes", "six water-bombing aircraft": the noun after the modifier
            qual = text[m.start(4):head.start(1)].strip().lower()
            unit, end = head.group(1), head.end(1)
        u = unit_of(unit)
        if u in _KM or singular(u) in _KM:
            ph = _PER_HOUR.match(text, end)
            if ph:
                u, end = "km/h", ph.end()
        start = m.start()
        if m.group(3):
            first = None
            for f in _FIRST.finditer(text[:m.start()]):
                if unit_of(f.group(1)) == u:
                    first = f
            if first is None:
                continue
            num += 1
            start = first.start()
        if _POSITION_AFTER.match(text, end) and _THE_BEFORE.search(text, max(0, start - 8), start):
            continue  # "near the 38-kilometre mark": a place on a course, not an amount
        approx = bool(APPROX.search(text[max(0, start - 20):start]))
        if _SUBSET_BEFORE.search(text, max(0, start - 24), start):
            qual = qual or "part"  # "the first four hikers": some of them, compared only with other parts
        elif _WORKFORCE_BEFORE.search(text, max(0, start - 30), start):
            # "employs some 2,000 workers": the whole workforce, compared only with other wholes (the
            # 940 owed overtime are some of them)
            qual = qual or "total"
        elif _BOUND_BEFORE.search(text, max(0, start - 16), start):
            qual = qual or "bound"  # "most are found within 48 hours": a limit, not an amount
        if not qual and not m.group(2) and text[m.start(4) - 1] == "-" and not lw.endswith("s") \
                and not {lw, singular(lw), unit_of(unit)} & (_MEASURES | MONEY_UNITS) and _NOUN_NEXT.match(text, end):
            qual = "attr"  # "the six-reactor plant", "a 40-seat bus": what a thing is, not a count of it
        if _ONE_OF_BEFORE.search(text, max(0, start - 24), start):
            qual = "total"  # "the last of 11 stadium dates": the whole series, not the ten played so far
        part = PART_OF.search(text, max(0, start - 60), start)
        if part and parse_number(part.group(1)) is not None:
            # "Sixty-two of roughly 120 guests": the whole a part is taken from, compared only with
            # other wholes (the part is a subset, as often as not of another count)
            qual = qual or "total"
        out.append(Value("count", num, offset + start, offset + end, u, approx, qual=qual))
    for m in _MONEY.finditer(text):
        num = parse_number(m.group(2))
        if num is None or any(v.start <= offset + m.start(2) < v.end for v in out):
            continue
        if m.group(3):
            sc = m.group(3).lower()
            num *= _SHORT_SCALES.get(sc) or SCALES[sc]
        approx = bool(APPROX.search(text[max(0, m.start() - 20):m.start()]))
        out.append(Value("count", num, offset + m.start(), offset + m.end(), UNIT_ALIASES[m.group(1)], approx))
    for m in _MONEY_PREFIX.finditer(text):
        num = parse_number(m.group(2))
        if num is None:
            continue
        if m.group(1) in ("R", "Sh") and not m.group(3) and not _MONEY_CONTEXT.search(text, max(0, m.start() - 25),
                                                                                   m.start()):
            continue  # "the R21 highway": a bare R or Sh is a sum only where money is talked of
        if m.group(3):
            sc = m.group(3).lower()
            num *= _SHORT_SCALES.get(sc) or SCALES[sc]
        # the number may have been read as a count of its scale word ("4.5 billion")
        out = [v for v in out if not (v.start < offset + m.end() and offset + m.start(2) < v.end)]
        approx = bool(APPROX.search(text[max(0, m.start() - 20):m.start()]))
        unit = "dollar" if m.group(1).endswith("$") else _PREFIX_UNITS[m.group(1).lower()]
        out.append(Value("count", num, offset + m.start(), offset + m.end(), unit, approx))
    for rx, unit, cue in ((_PERCENT, PERCENT, _PERCENT_CUE), (_AGE, AGE, _AGE_CUE)):
        if not cue.search(text):
            continue  # most sentences give no share and no age: skip the costlier scan
        for m in rx.finditer(text):
            tok = m.group(1)
            if unit == AGE and _AGE_LIST.search(text, max(0, m.start() - 12), m.start()):
                continue  # "14- and 15-year-old girls": several ages, none of one person
            num = parse_number(tok.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", tok) else tok)
            if num is None or any(v.start < offset + m.end() and offset + m.start() < v.end for v in out):
                continue
            approx = bool(APPROX.search(text[max(0, m.start() - 20):m.start()]))
            out.append(Value("count", num, offset + m.start(), offset + m.end(), unit, approx))
    out.sort(key=lambda v: v.start)
    return out


def comparable_amounts(a: float, b: float, unit: str = "") -> bool:
    """Could ``a`` and ``b`` be one quantity told two ways (see :data:`MAX_COUNT_RATIO`)?"""
    lo, hi = sorted((abs(a), abs(b)))
    cap = MAX_MONEY_RATIO if unit in MONEY_UNITS else MAX_SHARE_RATIO if unit == PERCENT else MAX_COUNT_RATIO
    return lo > 0 and hi / lo < cap


_D_MONTH_DAY = re.compile(r"\b(" + _MONTH_RE + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
_D_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(" + _MONTH_RE + r")\.?(?:,?\s+(\d{4}))?\b", re.I)
_D_MONTH = re.compile(r"\b(" + "|".join(list(_MONTHS) + list(_DE_MONTHS)) + r")\b(?:\s+(?:of\s+)?(\d{4}))?", re.I)
_D_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_D_REL_YEAR = re.compile(r"\b(next|this|last|coming|previous)\s+year\b", re.I)
_D_YEAR = re.compile(r"\b(?:in|since|by|until|of|im|bis)\s+((?:19|20)\d{2})\b")


def _year_for(month: int, dct: str | None) -> int | None:
    # an unqualified month in news means the nearest one: this month or a coming one, unless far back
    if not dct or len(dct) < 7:
        return None
    try:
        y, m = int(dct[:4]), int(dct[5:7])
    except ValueError:
        return None
    if month >= m or m - month <= 3:
        return y
    return y + 1


def _builtin_dates(text: str, dct: str | None, offset: int) -> list[Value]:
    found: list[Value] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, value: str, gran: str) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(Value("date", value, offset + s, offset + e, granularity=gran))

    for m in _D_NUMERIC.finditer(text):
        if m.group(1):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            y, mo, d = int(m.group(4)), int(m.group(5)), int(m.group(6))
        try:
            add(m.start(), m.end(), date(y, mo, d).isoformat(), "day")
        except ValueError:
            continue
    for rx, order in ((_D_MONTH_DAY, "md"), (_D_DAY_MONTH, "dm")):
        for m in rx.finditer(text):
            mon_s, day_s = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
            mo = _ALL_MONTHS.get(mon_s.lower().rstrip("."))
            day = int(day_s)
            if not mo or not 1 <= day <= 31:
                continue
            y = int(m.group(3)) if m.group(3) else _year_for(mo, dct)
            value = f"{y:04d}-{mo:02d}-{day:02d}" if y else f"XXXX-{mo:02d}-{day:02d}"
            add(m.start(), m.end(), value, "day")
    for m in _D_MONTH.finditer(text):
        mo = _ALL_MONTHS[m.group(1).lower()]
        if m.group(1).lower() == "may" and not m.group(2) and m.group(1)[0].islower():
            continue
        y = int(m.group(2)) if m.group(2) else _year_for(mo, dct)
        add(m.start(), m.end(), f"{y:04d}-{mo:02d}" if y else f"XXXX-{mo:02d}", "month")
    for m in _D_YEAR.finditer(text):
        add(m.start(1), m.end(1), m.group(1), "year")
    if dct and re.match(r"^\d{4}", dct):
        for m in _D_REL_YEAR.finditer(text):
            y = int(dct[:4]) + {"next": 1, "this": 0, "last": -1, "coming": 1, "previous": -1}[m.group(1).lower()]
            add(m.start(), m.end(), str(y), "year")
    found.sort(key=lambda v: v.start)
    return found


_WEEKDAYS_OTHER = (r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|"
                   r"samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|"
                   r"giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira")
_REPORTING = re.compile(r"^(?:on\s+|am\s+|le\s+|el\s+)?(?:" + _WEEKDAYS_OTHER + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
                        r"tonight|this\s+(?:morning|afternoon|evening|week)|last\s+\w+|earlier|now|recently|currently)$",
                        re.I)


# (and "from October", "dès lundi": where a period starts, not when a reported event happens)
_SINCE = re.compile(r"\b(?:since|seit|depuis)\s+$", re.I)
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)
_ANAPHORIC_DAY = re.compile(r"(?:the\s+)?(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b|"
                            r"(?:the\s+)?day\s+(?:before|after)\b(?!\s+(?:yesterday|tomorrow))", re.I)
# "will reopen on Wednesday", "is due to meet on Monday, December 14", "soll am Donnerstag": a
# weekday after a future or a schedule in the same clause dates the event, not the reporting
SCHEDULED_BEFORE = _SCHEDULED = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are)\s+(?:due|set|scheduled|expected|planned|going)\s+to|"
    r"(?:scheduled|set|planned|due|postponed|moved|rescheduled)\s+(?:for|to|on)|wird|werden|soll|sollen)\b"
    r"[^.;:!?\n,\"“”«»]{0,40}$", re.I)
_BARE_WEEKDAY = re.compile(r"(?:on\s+|am\s+|le\s+|el\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                           + _WEEKDAYS_OTHER + r")", re.I)


# "se réunira mercredi", "reabrirá el jueves", "riaprirà giovedì": a future-tense verb right before
_ROMANCE_FUTURE = re.compile(r"\b\w{3,}(?:ra|rá|rà|ront|rán|ranno|rão)\s+(?:le\s+|el\s+|il\s+|na\s+|no\s+)?$", re.I)
# "late on Sunday", "early on Monday, October 26", "in the early hours of Friday": a time of day
# dates the event (nobody reports "late on Sunday" when a thing was said) unless a reporting verb
# comes right before ("said late on Sunday")
_PART_OF_DAY = re.compile(r"\b(?:(?:early|late)\s+(?:on\s+)?|(?:in\s+)?the\s+(?:early\s+hours|small\s+hours|night|"
                          r"morning|evening)\s+of\s+|before\s+dawn\s+(?:on\s+)?)$", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|confirmed|stated|reported|added)\s+(?:\w+\s+){0,2}$", re.I)


# Who said something and when is the outlet's channel, not the story's event: "said on Monday",
# "told reporters Tuesday", "On Monday, the ministry said", "a annoncé lundi le ministre" (an
# announcement or a confirmation is the telling of what it announces).
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|added|adds|stated|states|wrote|writes|commented|explained|"
    r"insisted|declared|claimed|remarked|noted|argued|warned|reported|according\s+to|statement|interview|"
    r"announced|announces|confirmed|confirms|annoncé|annonce|anunció|anunciou|annunciato|annuncia|"
    r"dijo|dice|afirmó|declaró|explicó|señaló|aseguró|indicó|detto|dichiarato|spiegato|disse|diz|afirmou|"
    r"declarou|dit|déclaré|expliqué|indiqué|affirmé|sagte|sagt|erklärte|erklärt|mitgeteilt|teilte|berichtete)\b",
    re.I)
# a finite verb of the event between the speech verb and the day: "said after its board approved the
# increase on Monday" dates the approval
_EVENT_VERB = re.compile(
    r"\b(?!(?:said|added|stated|commented|explained|insisted|declared|claimed|remarked|noted|argued|warned|"
    r"reported|needed|used|based|called)\b)[a-z]{3,}ed\b|\b(?:began|begun|took|taken|was|were|held|met|made|went|"
    r"came|left|won|lost|rose|fell|cut|voted|opened|shut|struck|broke|ran|sold|bought|paid|gave|given|"
    r"became|got|born|hit|set|signed|agreed|started|ended|closed)\b", re.I)


_PAST_SCHEDULE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:expected|scheduled|planned|due|set|supposed|meant)\s+to\b",
                            re.I)


def event_day(text: str, start: int, end: int) -> bool:
    """Does the weekday or "yesterday" at ``text[start:end]`` date the reported event rather than
    the telling of it? Speech right before ("said on Monday"), or after the day when no verb comes
    before it ("On Monday, the ministry said"), marks the telling; another verb marks the event
    ("approved the increase on Tuesday", "On Tuesday the council approved")."""
    before = text[max(0, start - 80):start]
    cut = max(before.rfind(ch) for ch in ".;:!?\n\"“”«»")
    before = before[cut + 1:]
    if _PAST_SCHEDULE.search(before):
        return False  # "was expected to begin Friday": a plan told in the past may have been moved
    speech = list(_SPEECH_VERB.finditer(before))
    if speech:
        return bool(_EVENT_VERB.search(before, speech[-1].end()))
    if _EVENT_VERB.search(before):
        return True
    # no verb before: the clause's verb comes after ("Das hat die Post am Dienstag mitgeteilt")
    after = text[end:end + 80]
    stop = min([i for i in (after.find(ch) for ch in ".;:!?\n") if i >= 0] or [len(after)])
    after = after[:stop]
    sp, ev = _SPEECH_VERB.search(after), _EVENT_VERB.search(after)
    if sp and (not ev or sp.start() < ev.start()):
        return False
    return True


def scheduled(text: str, start: int) -> bool:
    """Does a future or a schedule ("will reopen", "is due to meet") or a time of day ("late on
    Sunday") tie the weekday date at ``start`` to the event rather than to its reporting?"""
    if _SCHEDULED.search(text, max(0, start - 60), start) or _ROMANCE_FUTURE.search(text, max(0, start - 30), start):
        return True
    m = _PART_OF_DAY.search(text, max(0, start - 40), start)
    return bool(m) and not _SAID_BEFORE.search(text, max(0, m.start() - 30), m.start())


def find_dates(text: str, dct: str | None = None, lang: str = "en", offset: int = 0,
               stamps: list[tuple[int, int, str]] | None = None) -> list[Value]:
    """Date values of ``text`` (ISO prefixes, ``XXXX`` for an unknown year, ``A/B`` for ranges).

    Expressions that only date the *reporting* ("on Monday", "yesterday") are left out: outlets
    publish on different days, so those differ without any disagreement about the event.
    ``stamps``, when given, receives ``(start, end, value)`` for every date or time of day that names
    one day (``2026-09-07`` or ``2026-09-07TEV``), reporting days and clock times included (when a
    running figure was read).
    """
    try:
        from . import time as time_mod  # owned by the time helper; optional until it lands
        find_timexes = time_mod.find_timexes
    except (ImportError, AttributeError):
        return _builtin_dates(text, dct, offset)
    out = []
    for sp in find_timexes(text, dct, lang):
        data = sp.data or {}
        if _ANAPHORIC_DAY.match(text, sp.start):
            continue  # "worked through the next day": a day counted from another, compared through that one
        if stamps is not None and data.get("type") in ("DATE", "TIME") and _DAY_VALUE.match(str(data.get("value"))):
            stamps.append((offset + sp.start, offset + sp.end, str(data["value"])[:16]))
        if data.get("type") not in (None, "DATE"):
            continue
        qual = ""
        if _REPORTING.match(text[sp.start:sp.end].strip()) and not (
                _BARE_WEEKDAY.fullmatch(text[sp.start:sp.end].strip()) and scheduled(text, sp.start)):
            if not (_EVENT_DAY_WORD.fullmatch(text[sp.start:sp.end].strip())
                    and _RESOLVED_DAY.match(str(data.get("value"))) and event_day(text, sp.start, sp.end)):
                continue
            qual = EVENT_DAY  # "approved the rise on Tuesday": compared only between clauses of one act
        if is_dateline(text, sp.start, sp.end):
            continue  # "STAVERING, June 13 (Northgate) -": when the wire filed, not when it happened
        if _TWEET_SIGNATURE.search(text, max(0, sp.start - 40), sp.start):
            continue  # "— Jane Roe (@janeroe) May 28, 2014": when an embedded post was sent
        if _SINCE.search(text[max(0, sp.start - 8):sp.start]) and not _WHEN_AFTER.match(text, sp.end):
            # "since 2019": the start of a period, not when the reported event happens ("since 1998,
            # when 60 whales died" dates the "when" clause)
            continue
        val = data.get("value")
        if not val or not re.match(r"^(?:\d{4}|XXXX)", str(val)):
            continue
        if _SEASON_YEARS.search(text, max(0, sp.start - 5), sp.end + 5):
            continue  # "the 2025-2026 season", "la saison 2025-26": a season's label, not when something happened
        start, gran = sp.start, data.get("granularity", "")
        day = _DAY_DOT.search(text, max(0, sp.start - 5), sp.start)
        if gran == "month" and day and re.fullmatch(r"\d{4}-\d{2}", str(val)) and 1 <= int(day.group(1)) <= 31:
            # "on 11. June" (a German date in an English repost): the day before the month
            start, gran, val = day.start(), "day", f"{val}-{int(day.group(1)):02d}"
        out.append(Value("date", str(val), offset + start, offset + sp.end, granularity=gran,
                         mod=str(data.get("mod") or ""), qual=qual))
    return out


_SEASON_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}\s?[-–/]\s?(?:(?:19|20)\d{2}|\d{2})(?!\d)")
_TWEET_SIGNATURE = re.compile(r"\(@\w{1,30}\)\s*$")
EVENT_DAY = "event_day"
# the one-day words whose day is the event's when a verb of the event governs them (see event_day)
_EVENT_DAY_WORD = re.compile(r"(?:on\s+|am\s+|le\s+|el\s+|last\s+)?(?:" + _WEEKDAYS_OTHER +
                             r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)", re.I)
_RESOLVED_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|T)")
_DAY_DOT = re.compile(r"(?<![\d.])(\d{1,2})\.\s+$")
# a dateline: an upper-case place (and an optional agency), a comma, the date, then "(Agency)" or a dash
_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ .'’\-]{1,40}(?:,\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ .'’\-]{1,30})?"
                              r"(?:\s*\([^)\n]{1,30}\))?,\s*$")
_DATELINE_AFTER = re.compile(r",?\s*(?:\d{4}\s*)?(?:\([^)\n]{1,40}\)\s*)?[-–—]")


def is_dateline(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the date of a dateline ("STAVERING, June 13 (Northgate) - ...")?"""
    return bool(_DATELINE_BEFORE.search(text, max(0, start - 60), start) and _DATELINE_AFTER.match(text, end))


def has_negation(text: str) -> bool:
    return bool(_NEG.search(text))


# "told not to drink", "urged residents not to travel": an instruction, not a denial; "has not
# commented": no answer, which another account cannot contradict
# ("She does not hide her emotion", a translation of "ne cache pas son émotion": litotes, no denial)
NOT_DENIAL = re.compile(r"\bnothing\s+(?:more|else)\b|\bnot\s+(?:hide|hiding|conceal|concealing)\b|"
                        r"\b(?:told|asked|urged|advised|warned|ordered|instructed|reminded|tells|asks|urges|advises|"
                        r"warns|orders)\b(?:\s+[\w’'\-]+){0,3}?\s+(?:not\s+to|to\s+not)\b|\bnot\s+(?:yet\s+)?(?:commented|"
                        r"responded|replied|answered|returned)\b|\bno\s+comment\b", re.I)


@lru_cache(maxsize=8192)  # asked again for the same sentence by every pair it is compared in
def negations(text: str) -> tuple[tuple[int, int], ...]:
    # (not "the cracks were according to Trasseo not discovered": a machine-translated German order,
    # the source of the account between the verb and its negation)
    descriptive = {m.start(2) for m in _NOT_AFTER_NOUN.finditer(text) if m.group(1).lower() not in _NOT_AFTER_OK
                   and not _ACCORDING_TO_END.search(text, max(0, m.start(1) - 60), m.start(1))}
    return tuple((m.start(), m.end()) for m in _NEG.finditer(text) if m.start() not in descriptive
            and not (m.group(0).lower() in _REPLY_VERBS and _REPLY_TO_PRONOUN.match(text, m.end()))
            and not (m.group(0).lower() == "without" and (_GERUND_AFTER.match(text, m.end())
                                                          or _DO_WITHOUT_BEFORE.search(text, max(0, m.start() - 30), m.start())))
            and not _BOUND_AFTER_NEG.match(text, m.end())
            and not _WHILE_NOT_BEFORE.search(text, max(0, m.start() - 50), m.start())
            and not _FRANK_IDIOM_AFTER.match(text, m.end())
            and not (m.group(0).lower() == "not" and _ELLIPSIS_AFTER.match(text, m.end())
                     and _AUX_BEFORE.search(text, max(0, m.start() - 40), m.start())))


# "stay on the ground as long as one does not know what happened" (a rendering of "tant qu'on ne sait
# pas"), "mientras no", "finché non": a time or a condition, not a denial ("until we know")
_WHILE_NOT_BEFORE = re.compile(r"(?:\b(?:as|so)\s+long\s+as\b[^.;:!?,]{0,40}|\btant\s+qu(?:e\s+|['’]\s*)[^.;:!?,]{0,25}|"
                               r"\b(?:mientras|finch[ée]|enquanto|até\s+que|hasta\s+que)\s+|\bsolange\b[^.;:!?,]{0,40})$",
                               re.I)
# "he doesn't hold back on the residents", "did not mince his words", "n'a pas mâché ses mots", "Does not
# use turns of words" (a rendering of "non usa giri di parole"): idioms of speaking frankly, no denial
_FRANK_IDIOM_AFTER = re.compile(r"\s+(?:(?:hold|holds|holding|held)\s+back\b|(?:mince|minced|mincing)\s+(?:\w+\s+)?words\b|"
                                r"pull(?:ed|ing|s)?\s+(?:any\s+|his\s+|her\s+|their\s+)?punches\b|"
                                r"(?:use|uses|used)\s+turns\s+of\s+words?\b|(?:usa|usato|ha\s+usato)\s+giri\s+di\s+parole\b|"
                                r"(?:a\s+)?(?:pas\s+)?mâch\w*\s+ses\s+mots\b|mâch\w*\s+pas\s+ses\s+mots\b)", re.I)
# "less likely than those who did not, the study found": an elliptical comparison group, no denial
# "no car may stay longer than three hours", "will not pay more than 10%": a limit ("up to three
# hours" says the same), not a denial
_BOUND_AFTER_NEG = re.compile(r"[^.;,:!?]{0,40}?\b(?:longer|more|later|fewer|less|greater|higher|lower)\s+than\b", re.I)
# "will have to manage without helicopter flights": what is taken away, said the other way round
# ("will ban helicopter flights" says the same), not a denial
_DO_WITHOUT_BEFORE = re.compile(r"\b(?:manage|managed|manages|managing|cope|coped|copes|coping|make\s+do|"
                                r"live|lived)\s+$", re.I)
# "berth without waiting for high tide": a manner, not a denial ("at any tide" says the same)
_GERUND_AFTER = re.compile(r"\s+(?:\w+\s+)?\w+ing\b")
_ELLIPSIS_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")
_AUX_BEFORE = re.compile(r"\b(?:than|who|those)\b[^,.;:]{0,24}?\b(?:did|do|does|had|has|have|was|were|is|are|could|"
                         r"would|will|can)\s+$", re.I)


# "X rejected that.", "she denied it": the rejected statement is in another sentence, so the
# sentence itself denies nothing that another account could affirm
_REPLY_VERBS = frozenset({"rejected", "denied", "denies"})
_REPLY_TO_PRONOUN = re.compile(r"\s+(?:that|this|it|them|those|these)\s*(?:[.,;:!?]|$)", re.I)


def date_range(value: str) -> tuple[str, str] | None:
    """Inclusive ``(first_day, last_day)`` ISO strings covered by a value, or None if unknown year."""
    if "/" in value:
        a, b = value.split("/", 1)
        ra, rb = date_range(a), date_range(b)
        return (ra[0], rb[1]) if ra and rb else None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if d:
        return (f"{y}-{mo}-{d}", f"{y}-{mo}-{d}")
    if mo:
        return (f"{y}-{mo}-01", f"{y}-{mo}-31")
    season = re.match(r"^\d{4}-(SP|SU|FA|WI)", value)
    if season:
        s = {"SP": ("03", "05"), "SU": ("06", "08"), "FA": ("09", "11"), "WI": ("12", "02")}[season.group(1)]
        if s[0] == "12":
            return (f"{y}-12-01", f"{int(y) + 1}-02-29")
        return (f"{y}-{s[0]}-01", f"{y}-{s[1]}-31")
    return (f"{y}-01-01", f"{y}-12-31")


def compare_date_values(a: Value, b: Value) -> str:
    """:func:`compare_dates` aware of open bounds: "after Jan. 9" is compatible with Jan. 12."""
    rel = compare_dates(a.value, b.value)
    if rel != "differ":
        return rel
    for x, y in ((a, b), (b, a)):
        if x.mod in ("AFTER", "ON_OR_AFTER", "BEFORE", "ON_OR_BEFORE"):
            rx, ry = date_range(x.value), date_range(y.value)
            if not rx or not ry:
                return "unknown"
            if x.mod.endswith("AFTER") and ry[1] >= rx[0] or x.mod.endswith("BEFORE") and ry[0] <= rx[1]:
                return "precision"
    return rel


_WEEK_TAIL = re.compile(r"-W[\dX]")


def compare_dates(a: str, b: str) -> str:
    """``"same"``, ``"precision"`` (one contains the other) or ``"differ"`` (disjoint), ``"unknown"``."""
    if a == b:
        return "same"
    if a.startswith("XXXX") or b.startswith("XXXX"):
        ma, mb = a[4:], b[4:]
        if not ma or not mb:
            return "unknown"
        if ("X" in ma or "X" in mb or bool(_WEEK_TAIL.match(ma)) != bool(_WEEK_TAIL.match(mb))) and ma != mb:
            # an undated text's "late Monday" (XXXX-WXX-1) or "earlier this month" (XXXX-XX) can be
            # any day or month: nothing says it is not "23 June"
            return "unknown"
        if a.startswith("XXXX") and b.startswith("XXXX"):
            return "same" if ma == mb else ("precision" if ma.startswith(mb) or mb.startswith(ma) else "differ")
        full, part = (b, a) if a.startswith("XXXX") else (a, b)
        tail = full[4:]
        if tail == part[4:]:
            return "same"
        return "precision" if tail.startswith(part[4:]) or part[4:].startswith(tail) else "differ"
    ra, rb = date_range(a), date_range(b)
    if not ra or not rb:
        return "unknown"
    if ra == rb:
        return "same"
    if (ra[0] <= rb[0] and rb[1] <= ra[1]) or (rb[0] <= ra[0] and ra[1] <= rb[1]):
        return "precision"
    if ra[1] < rb[0] or rb[1] < ra[0]:
        return "differ"
    return "precision"
