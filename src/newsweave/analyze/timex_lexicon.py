"""Word lists for temporal expressions in English, German, French, Spanish, Italian and Portuguese.

Kept apart from the rules (:mod:`newsweave.analyze.time`) so a language is added by adding words,
not code. Every key is lower case; values are plain numbers or codes.
"""

from __future__ import annotations

MONTHS = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
        "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
        "dezember": 12, "dez": 12,
    },
    "fr": {
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4,
        "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
        "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12,
        "déc": 12,
    },
    "es": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    "it": {
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
        "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    "pt": {
        "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
        "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
}

# Abbreviations that are also ordinary words: only accepted with a day number or a year next to them.
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jun", "jul", "aug", "sep", "dec", "oct", "nov", "jan", "feb", "apr",
                    "sept", "mai", "mars", "dez", "okt", "jun"}

WEEKDAYS = {
    "en": {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7},
    "de": {"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6,
           "sonnabend": 6, "sonntag": 7},
    "fr": {"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7},
    "es": {"lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5, "sábado": 6,
           "sabado": 6, "domingo": 7},
    "it": {"lunedì": 1, "lunedi": 1, "martedì": 2, "martedi": 2, "mercoledì": 3, "mercoledi": 3, "giovedì": 4,
           "giovedi": 4, "venerdì": 5, "venerdi": 5, "sabato": 6, "domenica": 7},
    # (only the "-feira" forms: "segunda" is also "second", "quinta" an estate)
    "pt": {"segunda-feira": 1, "terça-feira": 2, "terca-feira": 2, "quarta-feira": 3, "quinta-feira": 4,
           "sexta-feira": 5, "sábado": 6, "sabado": 6, "domingo": 7},
}

NUMBERS = {
    "en": {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12, "half a": 0.5,
        "a couple of": 2, "couple of": 2, "a couple": 2,
        "a few": "X", "few": "X", "several": "X", "some": "X", "many": "X", "a number of": "X",
    },
    "de": {
        "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4,
        "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
        "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "hundert": 100, "einige": "X", "einigen": "X",
        "mehrere": "X", "mehreren": "X", "wenige": "X", "wenigen": "X", "paar": "X", "ein paar": "X",
    },
    "fr": {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
        "cent": 100, "quelques": "X", "plusieurs": "X",
    },
    "es": {
        "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
        "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
        "cien": 100, "unos": "X", "unas": "X", "varios": "X", "varias": "X",
    },
    "it": {
        "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
        "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20,
        "trenta": 30, "cento": 100, "alcuni": "X", "alcune": "X", "diversi": "X", "parecchi": "X",
    },
    "pt": {
        "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
        "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20, "trinta": 30,
        "cem": 100, "uns": "X", "umas": "X", "vários": "X", "várias": "X",
    },
}

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# unit word -> ISO 8601 duration letter (T-prefixed ones are time units) and calendar granularity
UNITS = {
    "en": {
        "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "2W",
        "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE",
        "millennium": "ML", "millennia": "ML", "weekend": "WE", "semester": "6M",
    },
    "de": {
        "sekunde": "S", "sekunden": "S", "minute": "M", "minuten": "M", "stunde": "H", "stunden": "H",
        "tag": "D", "tage": "D", "tagen": "D", "tages": "D", "woche": "W", "wochen": "W", "monat": "M",
        "monate": "M", "monaten": "M", "monats": "M", "quartal": "Q", "quartale": "Q", "quartalen": "Q",
        "jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "jahrzehnt": "DE", "jahrzehnte": "DE",
        "jahrzehnten": "DE", "jahrhundert": "CE", "jahrhunderte": "CE", "wochenende": "WE",
    },
    "fr": {
        "seconde": "S", "secondes": "S", "minute": "M", "minutes": "M", "heure": "H", "heures": "H",
        "jour": "D", "jours": "D", "journée": "D", "journées": "D", "semaine": "W", "semaines": "W",
        "mois": "M", "trimestre": "Q", "trimestres": "Q", "an": "Y", "ans": "Y", "année": "Y",
        "années": "Y", "décennie": "DE", "décennies": "DE", "siècle": "CE", "siècles": "CE",
        "week-end": "WE", "weekend": "WE",
    },
    "es": {
        "segundo": "S", "segundos": "S", "minuto": "M", "minutos": "M", "hora": "H", "horas": "H", "día": "D",
        "días": "D", "dia": "D", "dias": "D", "semana": "W", "semanas": "W", "mes": "M", "meses": "M",
        "trimestre": "Q", "trimestres": "Q", "año": "Y", "años": "Y", "década": "DE", "décadas": "DE",
        "siglo": "CE", "siglos": "CE", "fin de semana": "WE",
    },
    "it": {
        "secondo": "S", "secondi": "S", "minuto": "M", "minuti": "M", "ora": "H", "ore": "H", "giorno": "D",
        "giorni": "D", "settimana": "W", "settimane": "W", "mese": "M", "mesi": "M", "trimestre": "Q",
        "trimestri": "Q", "anno": "Y", "anni": "Y", "decennio": "DE", "decenni": "DE", "secolo": "CE",
        "secoli": "CE", "fine settimana": "WE", "weekend": "WE",
    },
    "pt": {
        "segundo": "S", "segundos": "S", "minuto": "M", "minutos": "M", "hora": "H", "horas": "H", "dia": "D",
        "dias": "D", "semana": "W", "semanas": "W", "mês": "M", "meses": "M", "trimestre": "Q",
        "trimestres": "Q", "ano": "Y", "anos": "Y", "década": "DE", "décadas": "DE", "século": "CE",
        "séculos": "CE", "fim de semana": "WE",
    },
}

SEASONS = {
    "en": {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    "de": {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"},
    "fr": {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    "es": {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    "it": {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
    "pt": {"primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI"},
}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "midday": "MI",
    "morgen": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV", "nacht": "NI", "mittag": "MI",
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI", "midi": "MI",
}

# Cue words for the tense of the clause around an expression without a year ("Friday", "in January").
FUTURE_CUES = {
    "en": {"will", "'ll", "won't", "shall", "going", "plans", "planned", "planning", "scheduled",
           "expected", "expects", "expect", "intends", "intend", "due", "set", "would", "should", "could", "might",
           "may", "next",
           "upcoming", "coming", "wants", "hopes", "aims", "await", "awaits", "forthcoming",
           # the scheduling present of news ("leaves for Asia on Sunday", "resumes Thursday")
           "leaves", "arrives", "departs", "opens", "begins", "starts", "resumes", "continues", "meets", "visits",
           "returns", "travels", "heads", "convenes", "reconvenes", "expires", "kicks", "hosts", "goes"},
    "de": {"wird", "werden", "wirst", "werde", "soll", "sollen", "sollte", "sollten", "geplant", "plant",
           "planen", "will", "wollen", "nächste", "nächsten", "nächster", "kommende", "kommenden", "bis",
           "voraussichtlich", "erwartet"},
    "fr": {"sera", "seront", "serons", "va", "vont", "allons", "devrait", "devraient", "doit", "doivent",
           "prochain", "prochaine", "prévu", "prévue", "prévus", "prévues", "aura", "auront", "jusqu'au",
           "compte", "entend"},
    "es": {"será", "serán", "va", "van", "vamos", "debería", "deberá", "prevé", "previsto", "prevista", "próximo",
           "próxima", "tendrá", "tendrán", "habrá", "comenzará", "empezará", "espera", "planea"},
    "it": {"sarà", "saranno", "dovrebbe", "dovrà", "prevede", "previsto", "prevista", "prossimo", "prossima",
           "avrà", "avranno", "inizierà", "comincerà", "partirà", "spera", "intende"},
    "pt": {"será", "serão", "vai", "vão", "vamos", "deverá", "deverão", "deve", "devem", "prevê", "previsto",
           "prevista", "próximo", "próxima", "terá", "terão", "haverá", "começará", "espera", "planeia",
           "pretende"},
}
PAST_CUES = {
    "en": {"said", "was", "were", "had", "did", "ago", "last", "earlier", "yesterday", "told", "took", "made",
           "came", "went", "got", "began", "rose", "fell", "grew", "saw", "met", "held", "gave", "left",
           "brought", "sold", "bought", "paid", "won", "lost", "became", "ran", "put", "cut", "hit",
           "shut", "spent", "sent", "built", "led", "broke", "spoke", "wrote", "chose", "drove", "knew",
           "thought", "felt", "found", "kept", "meant", "stood", "struck", "fought", "caught", "taught",
           "been", "since", "previously", "recently",
           # more irregular past forms (session 9): "heard arguments Tuesday" is past
           "heard", "sought", "fled", "shot", "flew", "drew", "threw", "withdrew", "sat", "lay", "laid", "hid",
           "sank", "swore", "tore", "wore", "woke", "froze", "dealt", "lent", "slid", "hung", "rode", "rang",
           "sang", "swept", "slept", "bent", "clung", "flung", "stuck", "dug", "spun", "forgot", "forgave",
           "understood", "overcame", "oversaw", "overtook", "undertook", "upheld", "withheld", "mistook",
           "arose", "strove", "bore", "bred", "fed", "lit", "split", "quit", "shook", "forbade"},
    "de": {"sagte", "sagten", "war", "waren", "hatte", "hatten", "hat", "haben", "ist", "wurde", "wurden",
           "gestern", "vergangenen", "letzten", "letzte", "vor", "seit", "erklärte", "teilte", "kündigte", "kam",
           "kamen", "ging", "gingen", "gab", "sprach", "traf", "trafen", "fand", "begann", "stand"},
    "fr": {"a", "ont", "était", "étaient", "avait", "avaient", "fut", "hier", "dernier", "dernière", "passé",
           "passée", "depuis", "déclaré", "annoncé", "dit", "affirmé", "indiqué"},
    "es": {"fue", "fueron", "era", "eran", "había", "habían", "ha", "han", "ayer", "pasado", "pasada", "hace",
           "desde", "dijo", "afirmó", "declaró", "anunció", "comenzó", "empezó", "ocurrió"},
    "it": {"fu", "furono", "era", "erano", "aveva", "avevano", "ha", "hanno", "è", "sono", "ieri", "scorso",
           "scorsa", "fa", "da", "detto", "dichiarato", "annunciato", "iniziato", "cominciato", "avvenuto"},
    "pt": {"foi", "foram", "era", "eram", "tinha", "tinham", "havia", "ontem", "passado", "passada", "há",
           "desde", "disse", "afirmou", "declarou", "anunciou", "começou", "aconteceu", "ocorreu"},
}
# past participles that point forward ("scheduled", "expected") are in FUTURE_CUES and win over "-ed"
