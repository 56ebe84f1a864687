"""The fictional world the generator writes about: people, places, organisations, outlets.

Everything here is invented for newsweave. People come with spelling variants (transliterations,
short forms) and a German spelling, places and organisations with their German names, so that
articles about the same event differ the way real coverage does. Outlets carry their own chrome
lines (taglines, teasers, footers) so that per-outlet learning has something to learn.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Person:
    name: str                 # canonical English spelling
    variants: tuple[str, ...]  # other English spellings seen in coverage
    de: str                   # German spelling
    surname: str
    role: str                 # "the Kessavian Foreign Minister"
    role_de: str
    female: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    de: str
    country: str
    country_de: str


@dataclass(frozen=True, slots=True)
class Org:
    name: str
    acronym: str
    de: str


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    domain: str
    language: str
    wire: bool
    code: str                     # dateline agency code, e.g. "NWA"
    top: tuple[str, ...] = ()     # lines above the body (site name, tagline, breadcrumbs)
    bottom: tuple[str, ...] = ()  # lines below the body (footers, comment forms)
    teasers: tuple[str, ...] = ()  # "See also ..." style teasers placed inside the body
    counters: bool = False        # "1234 views 0 comment(s)"
    dateline: bool = True         # lead starts with "CITY (CODE) –"
    section: str = "world"


PEOPLE: tuple[Person, ...] = (
    Person("Dmitri Orlenko", ("Dmitry Orlenko", "D. Orlenko"), "Dmitri Orlenko", "Orlenko",
           "the Kessavian Foreign Minister", "der kessavische Außenminister"),
    Person("Yuri Vasko", ("Yury Vasko", "Iouri Vasko"), "Juri Wasko", "Vasko",
           "the presidential adviser", "der Präsidentenberater"),
    Person("Jacob Hale", ("Jake Hale",), "Jacob Hale", "Hale",
           "the Norvandian national security adviser", "der norvandische Sicherheitsberater"),
    Person("Margit Sandvik", ("Margit Sandvig",), "Margit Sandvik", "Sandvik",
           "the Norvandian Prime Minister", "die norvandische Regierungschefin", True),
    Person("Alina Petrenko", ("Alena Petrenko",), "Alina Petrenko", "Petrenko",
           "the ministry spokeswoman", "die Ministeriumssprecherin", True),
    Person("Henrik Toll", ("H. Toll",), "Henrik Toll", "Toll",
           "the harbour commissioner", "der Hafenbeauftragte"),
    Person("Carla Mendes", ("Karla Mendes",), "Carla Mendes", "Mendes",
           "the union leader", "die Gewerkschaftschefin", True),
    Person("Tomas Eriksen", ("Thomas Eriksen",), "Tomas Eriksen", "Eriksen",
           "the energy minister", "der Energieminister"),
    Person("Elena Voss", ("Jelena Voss",), "Elena Voss", "Voss",
           "the central bank governor", "die Notenbankchefin", True),
    Person("Omar Haddad", ("Omar Hadad",), "Omar Haddad", "Haddad",
           "the mayor", "der Bürgermeister"),
    Person("Lucia Ferro", ("Lucía Ferro",), "Lucia Ferro", "Ferro",
           "the chief prosecutor", "die Generalstaatsanwältin", True),
    Person("Pieter de Waal", ("Peter de Waal",), "Pieter de Waal", "de Waal",
           "the trade commissioner", "der Handelskommissar"),
    Person("Sergei Kalnin", ("Sergey Kalnin",), "Sergej Kalnin", "Kalnin",
           "the defence minister", "der Verteidigungsminister"),
    Person("Ingrid Holm", ("Ingrid Holme",), "Ingrid Holm", "Holm",
           "the opposition leader", "die Oppositionsführerin", True),
)

PLACES: tuple[Place, ...] = (
    Place("Harbortown", "Harbortown", "Norvand", "Norvand"),
    Place("Port Ellery", "Port Ellery", "Norvand", "Norvand"),
    Place("Brennick", "Brennick", "Norvand", "Norvand"),
    Place("Saltmere", "Saltmere", "Norvand", "Norvand"),
    Place("Kostrava", "Kostrawa", "Kessavia", "Kessawien"),
    Place("Velden", "Velden", "Kessavia", "Kessawien"),
    Place("Rivna", "Riwna", "Kessavia", "Kessawien"),
    Place("Marisburg", "Marisburg", "Altmark", "Altmark"),
    Place("Grauwick", "Grauwick", "Altmark", "Altmark"),
    Place("Aldenport", "Aldenport", "Valdoria", "Valdorien"),
    Place("Tessel", "Tessel", "Valdoria", "Valdorien"),
    Place("Duneholm", "Dünholm", "Valdoria", "Valdorien"),
)

ORGS: tuple[Org, ...] = (
    Org("Northern Maritime Council", "NMC", "Nördlicher Seerat"),
    Org("Coastal Energy Agency", "CEA", "Küstenenergieagentur"),
    Org("Union of Port Workers", "UPW", "Hafenarbeitergewerkschaft"),
    Org("Regional Security Forum", "RSF", "Regionales Sicherheitsforum"),
    Org("Valdorian Central Bank", "VCB", "Valdorische Zentralbank"),
    Org("Altmark Rail Company", "ARC", "Altmärkische Bahngesellschaft"),
)

TOPICS = (
    ("security guarantees", "Sicherheitsgarantien"),
    ("fishing quotas", "Fangquoten"),
    ("gas transit fees", "Gastransitgebühren"),
    ("border crossings", "Grenzübergänge"),
    ("grain shipments", "Getreidelieferungen"),
    ("prisoner exchanges", "Gefangenenaustausch"),
    ("port access", "Hafenzugang"),
    ("power grid links", "Stromnetzverbindungen"),
)

_TEASERS = (
    "Five ways to keep your kitchen warm this winter",
    "Local bakery wins regional bread award",
    "Ten photos from the harbour festival",
    "Why commuters are switching to night trains",
    "The quiet comeback of the village cinema",
    "Three things to know before the holiday traffic",
    "Weather: frost warning for the coast",
    "Opinion: our streets deserve better lighting",
    "Fans queue overnight for cup final tickets",
    "A chef explains the perfect fish soup",
)

_TEASERS_DE = (
    "Fünf Tipps für eine warme Küche im Winter",
    "Bäckerei gewinnt regionalen Brotpreis",
    "Zehn Bilder vom Hafenfest",
    "Warum Pendler auf Nachtzüge umsteigen",
)

OUTLETS: tuple[Outlet, ...] = (
    Outlet("Northwire Agency", "northwire.example", "en", True, "NWA",
           top=(),
           bottom=("© Northwire Agency. All rights reserved.",), section="world"),
    Outlet("Continental Press Service", "cps-news.example", "en", True, "CPS",
           bottom=("(Reporting by the CPS desk; editing by the night team)",), section="news"),
    Outlet("The Harbor Ledger", "harborledger.example", "en", False, "HL",
           top=("The Harbor Ledger", "News you can anchor to", "Home / World / Europe"),
           bottom=("Related Posts", "Leave a Reply", "Your email address will not be published. Fields marked * are required"),
           teasers=tuple("See also  " + t for t in _TEASERS), counters=True, dateline=False, section="world"),
    Outlet("Valley Courier", "valleycourier.example", "en", False, "VC",
           top=("VALLEY COURIER", "Home / Politics"),
           bottom=("Bonus video:", "Share this article", "This site uses cookies to improve your experience. By continuing you accept our use of cookies."),
           teasers=tuple("Read also: " + t for t in _TEASERS), section="politics"),
    Outlet("Global Digest Online", "globaldigest.example", "en", False, "GD",
           top=("Global Digest Online — Complete World News",),
           bottom=("Disclaimer: this article was translated automatically and may contain errors.",
                   "Follow us on social media for more updates"),
           teasers=tuple("See also: " + t for t in _TEASERS), counters=True, dateline=False, section="world-news"),
    Outlet("The Morning Compass", "morningcompass.example", "en", False, "MC",
           top=("The Morning Compass | Independent journalism since 1921",),
           bottom=("Subscribe to our morning newsletter for the day's top stories.",
                   "Copyright The Morning Compass. Reproduction without permission is prohibited."),
           teasers=tuple("More on this: " + t for t in _TEASERS), section="international"),
    Outlet("Coastline Times", "coastlinetimes.example", "en", False, "CT",
           top=("Coastline Times", "Home / News / International"),
           bottom=("Comments", "Share on Facebook", "Cookies: we use cookies for analytics and ads. Manage settings."),
           counters=True, dateline=False, section="news"),
    Outlet("Nordkurier Rundschau", "nordrundschau.example", "de", False, "NR",
           top=("Nordkurier Rundschau", "Startseite / Politik / Ausland"),
           bottom=("Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie zu.",
                   "Kommentar schreiben"),
           teasers=tuple("Lesen Sie auch: " + t for t in _TEASERS_DE), section="politik"),
    Outlet("Deutsche Nachrichtenagentur Nord", "dnn-agentur.example", "de", True, "DNN",
           bottom=("© DNN. Alle Rechte vorbehalten.",), section="ausland"),
    Outlet("Tagesblick", "tagesblick.example", "de", False, "TB",
           top=("Tagesblick — Nachrichten aus aller Welt",),
           bottom=("Teilen Sie diesen Artikel", "Mehr zum Thema"),
           teasers=tuple("Auch interessant: " + t for t in _TEASERS_DE), counters=True, dateline=False, section="welt"),
)

CAPTIONS = (
    "{surname} at a press conference, Photo: {agency}/Archive",
    "{surname} speaks to reporters. Photo: {agency}",
    "The harbour of {place}, Photo: Valdis Kree/{agency}",
)

CAPTIONS_DE = (
    "{surname} bei einer Pressekonferenz, Foto: {agency}/Archiv",
    "Der Hafen von {place}, Foto: {agency}",
)

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
MONTHS_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")

# the numbers 2..12 as words; coverage mixes digits and words
NUM_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve"}
NUM_DE = {2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 9: "neun",
          10: "zehn", 11: "elf", 12: "zwölf"}
