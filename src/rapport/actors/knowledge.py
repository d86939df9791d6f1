"""The actor knowledge base: countries, bodies, media, officeholders, role phrases.

The knowledge is plain, reviewed data in ``src/rapport/data/`` that a user can read and
extend without code:

==================== =====================================================================
``countries.tsv``    iso3, name, aliases, demonyms, capitals, seats (government metonyms)
``bodies.tsv``       international and national bodies, armed groups, companies
``media.tsv``        news agencies and outlets (sector JRN)
``officeholders.csv`` people with dated terms (one row per term)
``roles.tsv``        role phrases -> role key, and generic sector nouns -> sector
``cities.tsv``       major cities and well-known regions -> the country they are in
==================== =====================================================================

Each file explains its columns in its header comments. ``load()`` reads them once per
process (``functools.lru_cache``). A user directory named by the environment variable
``RAPPORT_KNOWLEDGE`` (several may be joined with ``os.pathsep``) may hold any of the same
file names; its rows are added, and replace the built-in rows with the same key:
countries by iso3, bodies and media by name, officeholders by name (all the built-in terms
of that person are replaced by the user's), role phrases and sector nouns by phrase, cities
by name.

Matching normalises text the same way on both sides (``normalize``): case, accents,
dots ("U.S." = "US"), hyphens (= spaces), curly apostrophes and a leading "the" are
ignored. Two kinds of forms only match text that is not all lower-case: all-capital
abbreviations in the data ("US", "DRC", "WHO", "ICE"), so the pronoun "us" is not the
United States; and names that are also ordinary English words (``COMMON_WORDS``: "china",
"turkey", "jersey", "congress", "amnesty"...). A surname alone ("Rice", "May") likewise
only finds a person when it is capitalised.

This module has no dependency beyond the standard library (no pycountry at run time).
"""
from __future__ import annotations

import csv
import functools
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

__all__ = [
    "KB", "Country", "Body", "Person", "Term", "RoleMention", "KnowledgeError",
    "load", "normalize", "DATA_DIR", "ENV_VAR", "SPECIAL_CODES", "SECTORS",
    "SHARED_ROLES", "COMMON_WORDS",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ENV_VAR = "RAPPORT_KNOWLEDGE"

COUNTRIES_FILE = "countries.tsv"
BODIES_FILE = "bodies.tsv"
MEDIA_FILE = "media.tsv"
OFFICEHOLDERS_FILE = "officeholders.csv"
ROLES_FILE = "roles.tsv"
CITIES_FILE = "cities.tsv"
FILES = (COUNTRIES_FILE, BODIES_FILE, MEDIA_FILE, OFFICEHOLDERS_FILE, ROLES_FILE, CITIES_FILE)

#: PLOVER country-field codes for actors that are no state.
SPECIAL_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"})

#: PLOVER sector codes.
SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PRM", "PTY", "REB", "UAF", "OPP", "ELI",
    "PRE", "BUS", "CVL", "EDU", "JRN", "LAB", "MED", "REL", "REF", "AGR", "CRM", "SOC",
    "UNK",
})

#: Role keys that several people hold at the same time in one country or body. The data
#: test allows overlapping terms only for these; ``holder`` never picks one of several.
SHARED_ROLES = frozenset({
    "spokesperson", "fm_spokesperson", "ambassador", "envoy", "diplomat", "official",
    "adviser", "minister", "legislator", "military_officer", "soldier", "judge",
    "prosecutor", "lawyer", "head", "military", "police", "court", "parliament",
})

#: Names in the data that are also ordinary lower-case English words: they match only
#: text with a capital letter ("Turkey", not "turkey"; "The Hill", not "the hill").
COMMON_WORDS = frozenset({
    "china", "turkey", "jersey", "guernsey", "guinea", "chad", "jordan", "georgia",
    "japan", "chile", "panama", "male", "lima", "victoria", "kingston", "man",
    "congress", "senate", "treasury", "pentagon", "house", "amnesty", "care", "quad",
    "memorial", "shell", "apple", "amazon", "meta", "alphabet", "google", "total",
    "hill", "times", "independent", "guardian", "economist", "politico", "mint", "nation",
    "sun", "star", "mirror", "express", "post", "telegraph", "observer", "standard",
    "globe", "dawn", "ria", "rada", "kan", "mehr", "fars",
})

BODY_KINDS = frozenset({"organization", "group"})
ROLE_KINDS = frozenset({"person", "organization", "group", "collective"})

DateLike = Union[date, datetime, str]

#: Public roles of a leader's spouse (data/roles.tsv): no office, no surname of their own.
SPOUSE_ROLES = {"first_lady", "second_gentleman"}
# Names whose family name comes first (surname lookups use the first token).
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})
_PARTICLES = frozenset({
    "al", "el", "bin", "ben", "ibn", "von", "van", "der", "den", "de", "da", "di", "del",
    "della", "dos", "das", "du", "la", "le", "zu",
})
_ROMAN = re.compile(r"^[ivxl]+$")
_TITLES = (
    "president", "vice president", "prime minister", "premier", "chancellor", "king",
    "queen", "emir", "crown prince", "prince", "sheikh", "sheik", "sir", "dame", "lord",
    "mr", "mrs", "ms", "dr", "general", "gen", "field marshal", "admiral", "secretary",
    "secretary of state", "minister", "foreign minister", "defence minister",
    "defense minister", "senator", "sen", "rep", "ayatollah", "pope", "mullah",
    "supreme leader", "leader", "spokesperson", "spokesman", "spokeswoman",
)

_CHARMAP = str.maketrans({
    "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u0131": "i", "\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u00d8": "O",
    "\u0111": "d", "\u0110": "D", "\u00e6": "ae", "\u00c6": "AE",
})
_SEPARATORS = re.compile(r"[\s\-_/,;:()\"\u201c\u201d\[\]]+")


class KnowledgeError(ValueError):
    """A knowledge file that cannot be read: names the file and line."""


@functools.lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """The key under which a surface form is matched (cached: the same words recur).

    Lower-case, no accents, no dots, hyphens and punctuation as spaces, curly apostrophes
    as straight ones, "&" as "and", single spaces, no leading "the".
    """
    t = unicodedata.normalize("NFKD", text.translate(_CHARMAP))
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = t.replace("&", " and ").replace(".", "")
    t = _SEPARATORS.sub(" ", t).strip()
    if t.startswith("the "):
        t = t[4:]
    return t


_SPELLINGS = re.compile(r"(?<=[Oo]rgani)[sz](?=ation)|(?<=[Pp]rogram)(?:me)?\b")


def spellings(form: str) -> list[str]:
    """A body's name in British and American spelling: "Organisation" and "Organization",
    "Programme" and "Program", so that a text written in either finds the one body."""
    if not _SPELLINGS.search(form):
        return [form]
    uk = _SPELLINGS.sub(lambda m: "s" if m.group() in "sz" else "me", form)
    us = _SPELLINGS.sub(lambda m: "z" if m.group() in "sz" else "", form)
    return list(dict.fromkeys((form, uk, us)))


def _is_abbreviation(surface: str) -> bool:
    """All-capital abbreviations ("US", "U.S.", "DRC", "WHO") need non-lower-case text."""
    s = surface.replace(".", "").replace("-", "").replace("&", "")
    return 2 <= len(s) <= 6 and s.isalpha() and s.isupper()


def _has_upper(text: str) -> bool:
    return any(c.isupper() for c in text)


def _needs_capital(key: str, strict: bool) -> bool:
    """Whether a form under ``key`` only matches text with a capital letter."""
    return strict or key in COMMON_WORDS


#: Real words one letter from a country's name: never taken as its misspelling.
_NEAR_COUNTRY_WORDS = {"columbia", "americas", "guianas", "dominica", "maldive", "samoan"}


def _strip_possessive(key: str) -> str:
    if key.endswith("'s"):
        return key[:-2]
    if key.endswith("'"):
        return key[:-1]
    return key


def _as_date(value: DateLike) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip()[:10])


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _levenshtein(a: str, b: str) -> int:
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# ---------------------------------------------------------------------------------------
# records


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    via: Optional[str] = None       # how a lookup matched: name|alias|demonym|capital|seat


@dataclass(frozen=True)
class Body:
    name: str
    aliases: tuple[str, ...]
    country: str                    # ISO3 or UNO/EUR/IGO/NGO/ISM/IMG/MNC
    sector: str
    kind: str                       # organization | group
    source: str = "bodies"          # bodies | media
    via: Optional[str] = None       # name | alias


@dataclass(frozen=True)
class Term:
    role: str                       # the main role key (first of ``roles``)
    title: str
    country: str
    start: Optional[date]           # None: before the period the data covers
    end: Optional[date]             # None: still in office
    roles: tuple[str, ...] = ()     # every role key the term carries
    sector: str = "GOV"
    org: Optional[str] = None       # canonical body name, for offices of a body

    def active(self, on: DateLike) -> bool:
        day = _as_date(on)
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def has_role(self, role: str) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    country: str                    # of the most recent term
    sector: str                     # of the most recent term
    terms: tuple[Term, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


@dataclass(frozen=True)
class RoleMention:
    """A role phrase read from a mention: "the top U.S. diplomat" -> foreign_minister, USA."""
    role: str
    sector: str
    kind: str
    country: Optional[str] = None   # ISO3 or special code found in the mention
    org: Optional[str] = None       # canonical body name found in the mention
    phrase: str = ""                # the normalised role phrase that matched


# ---------------------------------------------------------------------------------------
# reading files


@dataclass
class _Rows:
    path: str
    header: dict[str, int]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)

    def get(self, row: list[str], col: str) -> str:
        i = self.header.get(col)
        return row[i].strip() if i is not None and i < len(row) else ""


def _read_table(path: Path, required: tuple[str, ...]) -> _Rows:
    delimiter = "\t" if path.suffix == ".tsv" else ","
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    with path.open(encoding="utf-8-sig", newline="") as f:
        numbered = [(n, line) for n, line in enumerate(f, 1)
                    if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise KnowledgeError(f"{path}: no header row")
    parsed = list(csv.reader([line for _, line in numbered], delimiter=delimiter,
                             quoting=quoting))
    if len(parsed) != len(numbered):
        raise KnowledgeError(f"{path}: a quoted field spans lines")
    header = {name.strip().lower(): i for i, name in enumerate(parsed[0])}
    missing = [c for c in required if c not in header]
    if missing:
        raise KnowledgeError(f"{path}:{numbered[0][0]}: missing columns {missing}")
    table = _Rows(str(path), header)
    width = len(parsed[0])
    for (n, _), row in zip(numbered[1:], parsed[1:]):
        if len(row) > width:
            raise KnowledgeError(f"{path}:{n}: {len(row)} fields, header has {width}")
        table.rows.append((n, row))
    return table


def _merge(base: list, extra: list, key) -> list:
    """Rows of ``extra`` replace rows of ``base`` with the same key, or are appended."""
    if not extra:
        return base
    keys = {key(r) for r in extra}
    return [r for r in base if key(r) not in keys] + extra


def _check_code(code: str, known: set[str], where: str) -> None:
    if code not in known and code not in SPECIAL_CODES:
        raise KnowledgeError(f"{where}: unknown country code {code!r}")


def _check_sector(sector: str, where: str) -> None:
    if sector not in SECTORS:
        raise KnowledgeError(f"{where}: unknown sector {sector!r}")


def _parse_date(value: str, where: str) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise KnowledgeError(f"{where}: bad date {value!r} (want YYYY-MM-DD)") from None


# ---------------------------------------------------------------------------------------
# the knowledge base


class KB:
    """Lookups over the loaded knowledge files. Build with ``load()``."""

    def __init__(self, dirs: Iterable[Path]):
        dirs = [Path(d) for d in dirs]
        self.sources = tuple(str(d) for d in dirs)
        self._load_countries(dirs)
        self._load_bodies(dirs)
        self._load_roles(dirs)
        self._load_people(dirs)
        self._load_cities(dirs)

    # -- loading ------------------------------------------------------------------------

    @staticmethod
    def _tables(dirs: list[Path], name: str, required: tuple[str, ...]) -> list[_Rows]:
        return [_read_table(d / name, required) for d in dirs if (d / name).is_file()]

    def _load_countries(self, dirs: list[Path]) -> None:
        rows: list[tuple[str, Country, bool, str]] = []
        for t in self._tables(dirs, COUNTRIES_FILE, ("iso3", "name")):
            extra = []
            for n, r in t.rows:
                where = f"{t.path}:{n}"
                iso = t.get(r, "iso3").upper()
                if not re.fullmatch(r"[A-Z]{3}", iso):
                    raise KnowledgeError(f"{where}: bad iso3 {iso!r}")
                name = t.get(r, "name")
                if not name:
                    raise KnowledgeError(f"{where}: empty name")
                fields = {c: _split(t.get(r, c))
                          for c in ("aliases", "demonyms", "capitals", "seats")}
                c = Country(iso, name, **fields)
                extra.append((iso, c, where))
            rows = _merge(rows, extra, key=lambda x: x[0])
        self.countries: dict[str, Country] = {}
        index: dict[str, list[tuple[tuple, str, str, bool]]] = {}
        for order, (iso, c, where) in enumerate(rows):
            if iso in self.countries:
                raise KnowledgeError(f"{where}: duplicate iso3 {iso}")
            clean = replace(c, **{f: tuple(s.rstrip("?").strip() for s in getattr(c, f))
                                  for f in ("aliases", "demonyms", "capitals", "seats")})
            self.countries[iso] = clean
            groups = (("name", (c.name,)), ("alias", c.aliases), ("demonym", c.demonyms),
                      ("capital", c.capitals), ("seat", c.seats))
            for rank, (via, forms) in enumerate(groups):
                for form in forms:
                    secondary = form.endswith("?")
                    form = form.rstrip("?").strip()
                    key = normalize(form)
                    if not key:
                        continue
                    index.setdefault(key, []).append(
                        ((secondary, rank, order), iso, via, _is_abbreviation(form)))
        for cands in index.values():
            cands.sort(key=lambda x: x[0])
        self._country_index = index

    def _load_bodies(self, dirs: list[Path]) -> None:
        known = set(self.countries)
        bodies: list[tuple[Body, str]] = []
        media: list[tuple[Body, str]] = []
        for t in self._tables(dirs, BODIES_FILE, ("name", "code", "sector", "kind")):
            extra = []
            for n, r in t.rows:
                where = f"{t.path}:{n}"
                b = Body(t.get(r, "name"), _split(t.get(r, "aliases")),
                         t.get(r, "code").upper(), t.get(r, "sector").upper(),
                         t.get(r, "kind").lower(), "bodies")
                if not b.name:
                    raise KnowledgeError(f"{where}: empty name")
                _check_code(b.country, known, where)
                _check_sector(b.sector, where)
                if b.kind not in BODY_KINDS:
                    raise KnowledgeError(f"{where}: kind must be organization or group")
                extra.append((b, where))
            bodies = _merge(bodies, extra, key=lambda x: normalize(x[0].name))
        for t in self._tables(dirs, MEDIA_FILE, ("name", "country")):
            extra = []
            for n, r in t.rows:
                where = f"{t.path}:{n}"
                b = Body(t.get(r, "name"), _split(t.get(r, "aliases")),
                         t.get(r, "country").upper(), (t.get(r, "sector") or "JRN").upper(),
                         "organization", "media")
                if not b.name:
                    raise KnowledgeError(f"{where}: empty name")
                _check_code(b.country, known, where)
                _check_sector(b.sector, where)
                extra.append((b, where))
            media = _merge(media, extra, key=lambda x: normalize(x[0].name))
        self.bodies: dict[str, Body] = {}
        index: dict[str, list[tuple[int, str, str, bool]]] = {}
        for order, (b, where) in enumerate(bodies + media):
            if b.name in self.bodies:
                raise KnowledgeError(f"{where}: duplicate name {b.name!r}")
            self.bodies[b.name] = b
            for rank, (via, forms) in enumerate((("name", (b.name,)), ("alias", b.aliases))):
                for form in (v for f in forms for v in spellings(f)):
                    key = normalize(form)
                    if key:
                        index.setdefault(key, []).append(
                            ((rank, order), b.name, via, _is_abbreviation(form)))
        for cands in index.values():
            cands.sort(key=lambda x: x[0])
        self._body_index = index

    def _load_roles(self, dirs: list[Path]) -> None:
        phrases: list[tuple[str, tuple[str, str, str]]] = []
        nouns: list[tuple[str, tuple[str, str]]] = []
        xc: list[tuple[str, str]] = []
        for t in self._tables(dirs, ROLES_FILE, ("phrase", "role", "sector", "kind")):
            xp, xn = [], []
            for n, r in t.rows:
                where = f"{t.path}:{n}"
                phrase = normalize(t.get(r, "phrase"))
                role, sector = t.get(r, "role"), t.get(r, "sector").upper()
                kind = t.get(r, "kind").lower() or "person"
                if not phrase:
                    raise KnowledgeError(f"{where}: empty phrase")
                _check_sector(sector, where)
                if kind not in ROLE_KINDS:
                    raise KnowledgeError(f"{where}: kind must be person, organization, group or collective")
                if role:
                    xp.append((phrase, (role, sector, kind)))
                    country = t.get(r, "country").upper()
                    if country:
                        if not re.fullmatch(r"[A-Z]{3}", country):
                            raise KnowledgeError(f"{where}: bad country {country!r}")
                        xc.append((phrase, country))
                else:
                    xn.append((phrase, (sector, kind)))
            phrases = _merge(phrases, xp, key=lambda x: x[0])
            nouns = _merge(nouns, xn, key=lambda x: x[0])
        self._role_countries: dict[str, str] = dict(xc)
        self._roles: dict[str, tuple[str, str, str]] = {}
        for p, v in phrases:
            self._roles.setdefault(p, v)
        self._nouns: dict[str, tuple[str, str]] = {}
        for p, v in nouns:
            self._nouns.setdefault(p, v)
        self.role_keys = frozenset(v[0] for v in self._roles.values())
        #: every word of a role phrase, plus title words too vague to be phrases alone
        self.title_words = frozenset(w for p in self._roles for w in p.split()) | {
            "secretary", "under", "assistant", "deputy", "acting", "special", "envoy",
            "representative", "spokesperson", "spokesman", "spokeswoman", "senior", "chief"}
        data = resources.files("rapport.data").joinpath("common_words.txt").read_text(encoding="utf-8")
        #: words the corpus writes in lower case: in front of a name they are title words
        self.common_words = frozenset(l for l in data.splitlines() if l and not l.startswith("#"))
        data = resources.files("rapport.data").joinpath("regions.txt").read_text(encoding="utf-8")
        self.regions = frozenset(l.strip() for l in data.splitlines() if l.strip() and not l.startswith("#"))

    def _load_people(self, dirs: list[Path]) -> None:
        known = set(self.countries)
        rows: list[tuple[str, tuple[str, ...], Term, str]] = []
        required = ("name", "country", "role", "title", "sector", "start", "end")
        for t in self._tables(dirs, OFFICEHOLDERS_FILE, required):
            extra = []
            for n, r in t.rows:
                where = f"{t.path}:{n}"
                name = t.get(r, "name")
                if not name:
                    raise KnowledgeError(f"{where}: empty name")
                roles = tuple(x for x in _split(t.get(r, "role")))
                if not roles:
                    raise KnowledgeError(f"{where}: empty role")
                country = t.get(r, "country").upper()
                _check_code(country, known, where)
                sector = t.get(r, "sector").upper()
                _check_sector(sector, where)
                start = _parse_date(t.get(r, "start"), where)
                end = _parse_date(t.get(r, "end"), where)
                if start and end and start > end:
                    raise KnowledgeError(f"{where}: start {start} after end {end}")
                org = t.get(r, "org") or None
                if org:
                    b = self.body(org)
                    org = b.name if b else org
                term = Term(roles[0], t.get(r, "title"), country, start, end, roles,
                            sector, org)
                extra.append((name, _split(t.get(r, "aliases")), term, where))
            rows = _merge(rows, extra, key=lambda x: normalize(x[0]))
        grouped: dict[str, tuple[list[str], list[Term]]] = {}
        for name, aliases, term, _ in rows:
            al, terms = grouped.setdefault(name, ([], []))
            al.extend(a for a in aliases if a not in al and a != name)
            terms.append(term)
        self.people: dict[str, Person] = {}
        for name, (al, terms) in grouped.items():
            terms.sort(key=lambda t: (t.start or date.min, t.end or date.max))
            latest = max(terms, key=lambda t: (t.start or date.min))
            self.people[name] = Person(name, tuple(al), latest.country, latest.sector,
                                       tuple(terms))
        self._spouses: Optional[dict[str, list[Person]]] = None     # built on first use
        self._person_index: dict[str, list[str]] = {}
        self._surname_index: dict[str, list[str]] = {}
        self._fuzzy_forms: list[tuple[tuple[str, ...], str, int]] = []
        spouses: set[str] = set()
        for p in self.people.values():
            family_first = any(t.country in _FAMILY_NAME_FIRST for t in p.terms)
            # a leader's spouse is not "Biden" alone: a surname shared with an officeholder
            # is the officeholder's ("Zelenska", hers alone, stays hers)
            spouse = all(set(t.roles) <= SPOUSE_ROLES for t in p.terms)
            for form in p.forms:
                key = normalize(form)
                if not key:
                    continue
                _add(self._person_index, key, p.name)
                tokens = [x for x in key.split() if len(x) > 1]
                if len(tokens) >= 2:
                    sur = 0 if family_first else len(tokens) - 1
                    self._fuzzy_forms.append((tuple(tokens), p.name, sur))
                for s in _surnames(key.split(), family_first):
                    _add(self._surname_index, s, p.name)
            if spouse:
                spouses.add(p.name)
        for key, names in self._surname_index.items():
            if any(n not in spouses for n in names):
                names[:] = [n for n in names if n not in spouses]

    def _load_cities(self, dirs: list[Path]) -> None:
        known = set(self.countries)
        rows: list[tuple[str, tuple[str, ...], str, str, str]] = []
        for t in self._tables(dirs, CITIES_FILE, ("name", "iso3")):
            extra = []
            for n, r in t.rows:
                where = f"{t.path}:{n}"
                name, iso = t.get(r, "name"), t.get(r, "iso3").upper()
                if not name:
                    raise KnowledgeError(f"{where}: empty name")
                if iso not in known:
                    raise KnowledgeError(f"{where}: unknown country code {iso!r}")
                kind = (t.get(r, "kind") or "city").lower()
                if kind not in ("city", "region"):
                    raise KnowledgeError(f"{where}: kind must be city or region")
                extra.append((name, _split(t.get(r, "aliases")), iso, kind, where))
            rows = _merge(rows, extra, key=lambda x: normalize(x[0]))
        index: dict[str, tuple[str, str, str]] = {}
        for name, aliases, iso, kind, where in rows:
            for form in (name,) + aliases:
                key = normalize(form)
                if not key:
                    continue
                if key in index and index[key][0] != iso:
                    raise KnowledgeError(f"{where}: {form!r} is already a city of "
                                         f"{index[key][0]}")
                index[key] = (iso, kind, name)
        #: normalised city or region form -> (iso3, kind, canonical name)
        self._city_index = index

    # -- countries ----------------------------------------------------------------------

    def country(self, text: str) -> Optional[Country]:
        """The country a name, alias, demonym, capital or seat names; ``via`` says which."""
        if not text or not text.strip():
            return None
        key = normalize(text)
        upper = _has_upper(text)
        hit = self._country_lookup(key, upper)
        if hit is None and _strip_possessive(key) != key:
            hit = self._country_lookup(_strip_possessive(key), upper)
        if hit is None and key.endswith("s") and len(key) > 3:     # "Israelis", "Britons"
            hit = self._country_lookup(key[:-1], upper, only=("demonym",))
        return hit

    def _country_lookup(self, key: str, upper: bool, only=None) -> Optional[Country]:
        for _, iso, via, strict in self._country_index.get(key, ()):
            if not upper and _needs_capital(key, strict):
                continue
            if only and via not in only:
                continue
            return replace(self.countries[iso], via=via)
        return None

    def fuzzy_country(self, word: str) -> Optional[Country]:
        """The one country a misspelt one-word name means: one letter dropped, added or
        changed ("Ethopia", "Afganistan", "Phillippines"). Only names and aliases of seven
        letters or more, so that short names one letter apart ("Iran", "Iraq"; "Gambia",
        "Zambia") never stand for each other; the word must be capitalised, not itself
        a known name, and close to one country only. Returns the country with ``via``
        "fuzzy"."""
        if not word or not word[:1].isupper() or not word.isalpha() or len(word) < 7:
            return None
        key = word.casefold()
        if key in self._country_index or key in _NEAR_COUNTRY_WORDS or self.city(word) \
                or (key.endswith("s") and key[:-1] in self._country_index):
            return None             # "Germans", "the Americas": a plural, not a slip
        index = self.__dict__.get("_fuzzy_country_index")
        if index is None:
            index = {}
            for k, cands in self._country_index.items():
                if len(k) < 7 or not k.isalpha():
                    continue
                for _, iso, via, _strict in cands:
                    if via not in ("name", "alias"):
                        continue
                    for d in {k} | {k[:i] + k[i + 1:] for i in range(len(k))}:
                        index.setdefault(d, set()).add(iso)
            self.__dict__["_fuzzy_country_index"] = index
        found: set[str] = set()
        for d in {key} | {key[:i] + key[i + 1:] for i in range(len(key))}:
            found |= index.get(d, set())
        if len(found) != 1:
            return None
        return replace(self.countries[found.pop()], via="fuzzy")

    def city(self, text: str) -> Optional[Country]:
        """The country a city or region is in ("Shanghai", "Kharkiv", "Texas"), or None.

        ``via`` is "city" or "region" for a ``cities.tsv`` row, "capital" or "seat" for a
        capital or seat of government in ``countries.tsv``. Place names are proper nouns:
        text with no capital letter never matches ("nice", "split").
        """
        if not text or not text.strip() or not _has_upper(text):
            return None
        key = normalize(text)
        for k in (key, _strip_possessive(key)):
            hit = self._city_index.get(k)
            if hit is not None:
                return replace(self.countries[hit[0]], via=hit[1])
            c = self._country_lookup(k, True, only=("capital", "seat"))
            if c is not None:
                return c
        return None

    def cities(self) -> Iterator[tuple[str, str, str]]:
        """Every city and region form as (surface key, iso3, kind)."""
        for key, (iso, kind, _) in self._city_index.items():
            yield key, iso, kind

    def is_code(self, code: str) -> bool:
        """True for a known ISO3 code or a PLOVER special code (UNO, EUR, IGO...)."""
        return code in self.countries or code in SPECIAL_CODES

    # -- bodies and media ---------------------------------------------------------------

    def body(self, text: str) -> Optional[Body]:
        """The body or media outlet a name or alias names (``via``: name|alias)."""
        if not text or not text.strip():
            return None
        key = normalize(text)
        upper = _has_upper(text)
        for k in (key, _strip_possessive(key)):
            b = self._body_key(k, upper)
            if b is not None:
                return b
        return None

    # -- people -------------------------------------------------------------------------

    def person(self, name: str) -> list[Person]:
        """People whose name or alias is ``name``; else whose surname is; else [].

        A leading title is ignored ("President Xi", "Mr Blinken"). A surname alone only
        matches capitalised text ("Rice", not "rice").
        """
        if not name or not name.strip():
            return []
        upper = _has_upper(name)
        for key in _title_variants(normalize(name)):
            names = self._person_index.get(key)
            if not names and upper:
                names = self._surname_index.get(key)
            if names:
                return [self.people[n] for n in names]
        return []

    def spouse_by_given_name(self, given: str, on: DateLike) -> Optional[Person]:
        """The one leader's spouse in a public role on the day whose given name (or a short
        form an alias has) is ``given``: "Jill and I" in the President's statement."""
        if self._spouses is None:
            self._spouses = {}
            for p in self.people.values():
                if p.terms and all(set(t.roles) <= SPOUSE_ROLES for t in p.terms):
                    for f in p.forms:
                        first = normalize(f).split()[:1]
                        if first and p not in self._spouses.get(first[0], []):
                            self._spouses.setdefault(first[0], []).append(p)
        found = [p for p in self._spouses.get(normalize(given), [])
                 if any(t.active(on) for t in p.terms)]
        return found[0] if len(found) == 1 else None

    def fuzzy_person(self, name: str, max_distance: int = 2) -> Optional[Person]:
        """The one person a misspelt full name most likely means ("Anthony Blinken").

        An exact name or alias wins. Otherwise the name must have as many tokens (initials
        ignored) as a known name form, each token within a small edit distance (none for
        tokens under 4 letters, 1 up to 7 letters, 2 beyond), the surname within 1, the
        total within ``max_distance``, and one token exact unless the total is 1. A tie
        between two people gives None: better no link than a wrong one.
        """
        if not name or not name.strip():
            return None
        key = (name, max_distance)
        cache = self.__dict__.setdefault("_fuzzy_cache", {})
        if key not in cache:        # names repeat across a corpus: scan the forms once each
            if len(cache) > 100_000:
                cache.clear()
            cache[key] = self._fuzzy_scan(name, max_distance)
        return cache[key]

    def _fuzzy_scan(self, name: str, max_distance: int) -> Optional[Person]:
        exact = self.person_exact(name)
        if exact:
            return exact[0] if len(exact) == 1 else None
        tokens = tuple(x for x in normalize(name).split() if len(x) > 1)
        if len(tokens) < 2:
            return None
        best: Optional[int] = None
        found: set[str] = set()
        index = self.__dict__.get("_fuzzy_index")
        if index is None:        # a form can only match if it shares one token exactly
            index = {}           # (two or more tokens, each off by at least one, exceed 1)
            for k, (form, _, _) in enumerate(self._fuzzy_forms):
                for tok in set(form):
                    index.setdefault(tok, []).append(k)
            self.__dict__["_fuzzy_index"] = index
        cands = sorted({k for tok in tokens for k in index.get(tok, ())})
        for form, pname, sur in (self._fuzzy_forms[k] for k in cands):
            if len(form) != len(tokens):
                continue
            total, exact_tokens, ok = 0, 0, True
            for i, (a, b) in enumerate(zip(tokens, form)):
                if a == b:
                    exact_tokens += 1
                    continue
                shortest = min(len(a), len(b))
                allowed = 0 if shortest < 4 else (1 if shortest <= 7 else 2)
                if i == sur:
                    allowed = min(allowed, 1)
                if abs(len(a) - len(b)) > allowed:
                    ok = False
                    break
                d = _levenshtein(a, b)
                if d > allowed:
                    ok = False
                    break
                total += d
                if total > max_distance:
                    ok = False
                    break
            if not ok or (exact_tokens == 0 and total > 1):
                continue
            if best is None or total < best:
                best, found = total, {pname}
            elif total == best:
                found.add(pname)
        if best is not None and len(found) == 1:
            return self.people[found.pop()]
        return None

    def person_exact(self, name: str) -> list[Person]:
        """People whose canonical name or an alias is exactly ``name`` (normalised)."""
        return [self.people[n] for n in self._person_index.get(normalize(name or ""), ())]

    def holders(self, role: str, where: str, on: DateLike) -> list[Person]:
        """Everyone holding ``role`` in ``where`` on a day, most recently started first.

        ``where`` is an ISO3 or special code (UNO, EUR...), a body name or alias ("NATO",
        "the UN": offices of that body) or a country name. With a country code, offices of
        armed groups and movements (bodies of kind group, such as Hamas) are left out.
        """
        day = _as_date(on)
        match = self._where(where)
        if match is None:
            return []
        kind, value = match
        found = self._active(role, kind, value, day)
        if not found and role == "leader":
            found = self._active("head_of_government", kind, value, day)
        return found

    def role_country(self, phrase: str) -> Optional[str]:
        """The state an office belongs to when only one state has it (roles.tsv's country
        column: "deputy secretary of state" is the USA's); None for offices many states have."""
        key = normalize(phrase or "")
        return self._role_countries.get(key) or self._role_countries.get(_strip_possessive(key))

    def holder(self, role: str, where: str, on: DateLike) -> Optional[Person]:
        """Who held ``role`` in ``where`` on that day; None if nobody or several did.

        On a handover day (one term ends, the next starts) the incoming holder is given.
        """
        found = self.holders(role, where, on)
        return found[0] if len(found) == 1 else None

    def _where(self, where: str) -> Optional[tuple[str, str]]:
        w = (where or "").strip()
        if not w:
            return None
        if w.upper() == w and self.is_code(w):
            return ("country", w)
        b = self.body(w)
        if b is not None:
            return ("org", b.name)
        c = self.country(w)
        if c is not None:
            return ("country", c.iso3)
        return None

    def _active(self, role: str, kind: str, value: str, day: date) -> list[Person]:
        hits: list[tuple[Term, Person]] = []
        for p in self.people.values():
            for t in p.terms:
                if not t.has_role(role) or not t.active(day):
                    continue
                if kind == "org":
                    if t.org != value:
                        continue
                else:
                    if t.country != value:
                        continue
                    b = self.bodies.get(t.org) if t.org else None
                    if b is not None and b.kind == "group":
                        continue
                hits.append((t, p))
        if len({p.name for _, p in hits}) > 1:
            # a handover day: the term that ends today gives way to the one that starts
            staying = [(t, p) for t, p in hits if t.end != day]
            if staying:
                hits = staying
        hits.sort(key=lambda tp: tp[0].start or date.min, reverse=True)
        out: list[Person] = []
        for _, p in hits:
            if p not in out:
                out.append(p)
        return out

    def roles_of(self, person: Union[Person, str], on: DateLike) -> list[Term]:
        """The terms ``person`` (a Person or a name) held on that day."""
        day = _as_date(on)
        if isinstance(person, str):
            people = self.person_exact(person) or self.person(person)
            if len(people) != 1:
                return []
            person = people[0]
        p = self.people.get(person.name, person)
        return [t for t in p.terms if t.active(day)]

    # -- roles and sectors --------------------------------------------------------------

    def role_phrase(self, text: str) -> Optional[tuple[str, str, str]]:
        """(role key, sector, kind) for a role phrase ("head of diplomacy"), or None."""
        key = normalize(text or "")
        return self._roles.get(key) or self._roles.get(_strip_possessive(key))

    def sector_noun(self, word: str) -> Optional[str]:
        """The PLOVER sector of a generic noun ("authorities" -> GOV), or None."""
        key = normalize(word or "")
        for k in (key, key[:-1] if key.endswith("s") else key + "s"):
            if k in self._nouns:
                return self._nouns[k][0]
        return None

    def sector_noun_kind(self, word: str) -> Optional[tuple[str, str]]:
        """(sector, kind) of a generic noun, or None."""
        key = normalize(word or "")
        return self._nouns.get(key)

    def role_mention(self, text: str) -> Optional[RoleMention]:
        """Read a role mention with its country: "the top U.S. diplomat", "China's premier",
        "the head of US diplomacy", "NATO chief", "Kremlin spokesman".

        The longest country form (name, alias, demonym, capital, seat) inside the mention
        gives the country; failing that, the longest body form gives the body (and its
        country). What remains is the role phrase; a role phrase that covers the whole
        mention ("Kremlin spokesman", "NATO chief") wins over the remainder.
        """
        if not text or not text.strip():
            return None
        upper = _has_upper(text)
        tokens = [_strip_possessive(t) for t in normalize(text).split()]
        whole = self.role_phrase(" ".join(tokens))
        country = org = None
        span: Optional[tuple[int, int]] = None
        for lookup in ("country", "body"):
            for size in range(min(5, len(tokens)), 0, -1):
                for i in range(len(tokens) - size + 1):
                    key = " ".join(tokens[i:i + size])
                    if lookup == "country":
                        c = self._country_lookup(key, upper)
                        if c is not None:
                            country, span = c.iso3, (i, i + size)
                    else:
                        b = self._body_key(key, upper)
                        if b is not None:
                            org, country, span = b.name, b.country, (i, i + size)
                    if span:
                        break
                if span:
                    break
            if span:
                break
        rest_key = ""
        if span:
            rest = tokens[:span[0]] + tokens[span[1]:]
            while rest and rest[-1] in ("of", "the", "for"):
                rest.pop()
            while rest and rest[0] in ("the",):
                rest.pop(0)
            rest_key = " ".join(rest)
        rest_hit = self._roles.get(rest_key) if rest_key else None
        hit, phrase = (whole, " ".join(tokens)) if whole else (rest_hit, rest_key)
        if hit is None:
            return None
        role, sector, kind = hit
        return RoleMention(role, sector, kind, country, org, phrase)

    def _body_key(self, key: str, upper: bool) -> Optional[Body]:
        for _, name, via, strict in self._body_index.get(key, ()):
            if not upper and _needs_capital(key, strict):
                continue
            return replace(self.bodies[name], via=via)
        return None

    # -- enumeration --------------------------------------------------------------------

    def aliases(self) -> Iterator[tuple[str, str, str]]:
        """Every surface form as (surface, kind, target).

        kind is country|demonym|capital|seat (target: iso3), body|media (target: body
        name), person (target: person name), role (target: role key) or sector (target:
        sector code). For building a spaCy PhraseMatcher.
        """
        for c in self.countries.values():
            for s in (c.name,) + c.aliases:
                yield s, "country", c.iso3
            for kind, forms in (("demonym", c.demonyms), ("capital", c.capitals),
                                ("seat", c.seats)):
                for s in forms:
                    yield s, kind, c.iso3
        for b in self.bodies.values():
            kind = "media" if b.source == "media" else "body"
            for s in {v for f in (b.name,) + b.aliases for v in spellings(f)}:
                yield s, kind, b.name
        for p in self.people.values():
            for s in p.forms:
                yield s, "person", p.name
        for phrase, (role, _, _) in self._roles.items():
            yield phrase, "role", role
        for phrase, (sector, _) in self._nouns.items():
            yield phrase, "sector", sector

    def __repr__(self) -> str:
        return (f"<KB {len(self.countries)} countries, {len(self.bodies)} bodies, "
                f"{len(self.people)} people, {len(self._roles)} role phrases>")


def _add(index: dict[str, list[str]], key: str, name: str) -> None:
    names = index.setdefault(key, [])
    if name not in names:
        names.append(name)


def _surnames(tokens: list[str], family_first: bool) -> list[str]:
    """Keys a person is found under by surname alone."""
    if len(tokens) < 2:
        return []
    if family_first:
        return [tokens[0]] if len(tokens[0]) > 1 else []
    last = tokens[-1]
    if _ROMAN.match(last) or len(last) < 2:
        return []
    keys = [last]
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1] in _PARTICLES:
        i -= 1
        keys.append(" ".join(tokens[i:]))
    return keys


def _title_variants(key: str) -> list[str]:
    """``key`` and ``key`` without a leading title ("president xi" -> "xi")."""
    out = [key]
    for title in sorted(_TITLES, key=len, reverse=True):
        if key.startswith(title + " "):
            out.append(key[len(title) + 1:])
            break
    return out


def _dirs() -> tuple[str, ...]:
    extra = os.environ.get(ENV_VAR, "")
    return tuple(p for p in extra.split(os.pathsep) if p.strip())


@functools.lru_cache(maxsize=8)
def _load(extra_dirs: tuple[str, ...]) -> KB:
    for d in extra_dirs:
        if not Path(d).is_dir():
            raise KnowledgeError(f"{ENV_VAR}: {d} is not a directory")
    return KB([DATA_DIR, *extra_dirs])


def load() -> KB:
    """The knowledge base: the package data plus the ``RAPPORT_KNOWLEDGE`` directories.

    Loaded once per process for a given ``RAPPORT_KNOWLEDGE`` value.
    """
    return _load(_dirs())


load.cache_clear = _load.cache_clear  # type: ignore[attr-defined]
