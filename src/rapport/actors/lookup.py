"""One short actor phrase -> the actor it names: name, kind, country, sector, role.

    >>> lookup("the Chinese foreign minister", "2023-06-19")
    {'text': 'the Chinese foreign minister', 'name': 'Qin Gang', 'kind': 'person',
     'country': 'CHN', 'sector': 'GOV', 'role': 'Minister of Foreign Affairs of China'}
    >>> lookup("Shanghai authorities")["country"], lookup("Shanghai authorities")["sector"]
    ('CHN', 'GOV')

The answer is built on what the pipeline already does, in this order:

1. the whole phrase is a knowledge-base form: a body or outlet ("the DEA", "NATO",
   "Reuters"), a country, capital or seat of government ("the U.S.", "Beijing",
   "the Kremlin"), or a city or region (``cities.tsv``);
2. the actors stage (``rapport.actors.extract``) runs on the phrase, and the actor at the
   head of the phrase is the answer ("Armenian Prime Minister Nikol Pashinyan", "the head
   of US diplomacy" on a date, "Israeli troops" is not: its head is "troops");
3. a role phrase with its country or body (``KB.role_mention``), resolved to the holder on
   the date ("the US defense secretary", "the NATO chief", "White House press secretary");
4. composition: the country of a modifier (a demonym, country, body, city or region) and
   the sector of the head noun ("Israeli troops" -> ISR MIL, "Shanghai authorities" ->
   CHN GOV, "Donetsk separatists" -> UKR REB, "hundreds of protesters" -> OPP);
5. nothing known: the phrase itself, sector UNK ("a group of men").

Conventions (the same as the actors stage and CAMEO/PLOVER coding):

* a country, a capital and a city or region named alone are the state: kind "country",
  the country's ISO3, **no sector** ("Beijing" -> CHN, None);
* a seat of government is the government: "the Kremlin", "the Élysée", "Downing Street"
  -> sector GOV;
* "Brussels" alone is the European Union (EUR GOV), as wire copy uses it; with a noun it is
  the Belgian city ("Brussels prosecutors" -> BEL JUD);
* a person's role is the knowledge base's title on the date (the office the text names, when
  the person held several); without a date, the title as the text writes it; a bare role
  phrase ("the Chinese foreign minister") needs a date to name a person;
* generic nouns take their sector from ``roles.tsv`` ("protesters" -> OPP,
  "men" -> UNK), with no country.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from itertools import islice
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Token

from ..schema import Actor, Document
from . import knowledge
from .resolve import ActorTable, extract

__all__ = ["lookup", "lookup_many", "lookup_lines", "FIELDS"]

#: The keys of every answer, in order.
FIELDS = ("text", "name", "kind", "country", "sector", "role")

#: Capitals that, as a phrase on their own, stand for an international body, not the state.
CAPITAL_BODIES = {"brussels": "European Union"}

#: Head nouns that count or collect: the actor is what they count ("hundreds of
#: protesters", "members of Hamas"), unless that is nothing known.
QUANTITY_HEADS = frozenset({
    "hundreds", "thousands", "dozens", "scores", "millions", "tens", "number", "group",
    "groups", "crowd", "crowds", "handful", "couple", "members", "member", "band", "gang",
    "lot", "lots", "some", "many", "most", "all", "several", "few", "one", "two", "three",
})

#: Sectors of armed actors: "Hezbollah fighters" are Hezbollah (PRM), not generic rebels.
ARMED = frozenset({"REB", "PRM", "MIL", "UAF"})

#: "Russian-backed separatists", "pro-Russian separatists", "Iran-aligned militias": the
#: country is who backs them, not theirs; such a word gives the phrase no country.
SUPPORT_WORDS = frozenset({
    "backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "allied",
    "aligned", "affiliated", "linked", "leaning", "friendly", "controlled", "installed",
    "appointed", "occupied", "held", "born",
})
STANCE_PREFIXES = frozenset({"pro", "anti"})

#: Prepositions of place: "troops in Mali" are not Malian.
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "on",
                      "into", "within", "throughout", "along", "over", "to", "toward",
                      "towards"})

_DETERMINERS = re.compile(r"^(the|a|an|some|several|many|few)\s+", re.I)


def _check_date(date: Optional[str]) -> Optional[str]:
    if date is None or date == "":
        return None
    try:
        return dt.date.fromisoformat(str(date).strip()).isoformat()
    except ValueError:
        raise ValueError(f"date must be YYYY-MM-DD, not {date!r}") from None


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"text must be a string, not {type(text).__name__}")
    return " ".join(text.split())


def lookup(text: str, date: Optional[str] = None) -> dict:
    """The actor a short phrase names, from the knowledge base or from the phrase itself.

    ``date`` (YYYY-MM-DD) is the day the phrase was written: it picks the holder of a role
    ("the Chinese foreign minister") and the title a person held then. Returns a dict with
    the keys ``FIELDS``; ``country`` is an ISO3 or PLOVER special code (UNO, EUR, IGO,
    NGO, IMG, MNC) or None, ``sector`` a PLOVER sector code or None.
    """
    from ..nlp import load
    on = _check_date(date)
    phrase = _clean(text)
    return _answer(load()(phrase), text, phrase, on)


def lookup_many(items: Iterable[dict], batch_size: int = 256) -> Iterator[dict]:
    """``lookup`` over many ``{"text", "date"?}`` items, parsed in batches with
    ``nlp.pipe``; one answer per item, in input order.

    An item whose text is not a string or whose date is not a date raises ValueError
    when it is reached.
    """
    from ..nlp import load

    def feed():
        for item in items:
            on = _check_date(item.get("date"))
            phrase = _clean(item.get("text"))
            yield phrase, (item["text"], phrase, on)

    for doc, (text, phrase, on) in load().pipe(feed(), as_tuples=True, batch_size=batch_size):
        yield _answer(doc, text, phrase, on)


def lookup_lines(lines: Iterable[str], date: Optional[str] = None,
                 batch_size: int = 256) -> Iterator[dict]:
    """``lookup`` over JSON lines ``{"text": ..., "date"?: ...}`` (other keys are ignored),
    one answer per non-blank line, in order; ``date`` is the default for lines without one.

    A line that cannot be read (not JSON, not an object, no "text" string, a bad date)
    gives a record with every field None plus ``line`` (its number) and ``error`` (the
    reason); the lines after it are still read.
    """
    default = _check_date(date)
    numbered = ((n, line) for n, line in enumerate(lines, 1) if line.strip())
    while True:
        chunk = list(islice(numbered, batch_size))
        if not chunk:
            return
        parsed: list[tuple[int, object]] = [(n, _parse_line(line, default)) for n, line in chunk]
        good = iter(lookup_many([x for _, x in parsed if isinstance(x, dict)], batch_size))
        for n, x in parsed:
            if isinstance(x, dict):
                yield next(good)
            else:
                yield {**_result(None), "line": n, "error": f"line {n}: {x}"}


def _parse_line(line: str, default: Optional[str]):
    """The item a JSON line holds, or the reason (a str) it cannot be looked up."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not valid JSON ({exc.msg})"
    if not isinstance(item, dict):
        return 'not a JSON object (want {"text": ..., "date": ...})'
    if not isinstance(item.get("text"), str):
        return 'no "text" string'
    try:
        day = _check_date(item.get("date")) or default
    except ValueError as exc:
        return str(exc)
    return {"text": item["text"], "date": day}


# ---------------------------------------------------------------------------------------


def _result(text, name=None, kind=None, country=None, sector=None, role=None) -> dict:
    return {"text": text, "name": name, "kind": kind, "country": country, "sector": sector,
            "role": role}


def _bare(phrase: str) -> str:
    """The phrase without a leading determiner and a trailing possessive."""
    out = _DETERMINERS.sub("", phrase).strip()
    return re.sub(r"['’]s$", "", out)


def _answer(doc: Doc, text: str, phrase: str, on: Optional[str]) -> dict:
    kb = knowledge.load()
    if not phrase:
        return _result(text, sector="UNK")
    table = extract(doc, Document(id="lookup", text=phrase, published=on))
    head = _head(doc)
    actor = _head_actor(doc, table, head)
    if actor is not None and actor.canonical \
            and knowledge.normalize(phrase) not in CAPITAL_BODIES:
        return _from_actor(kb, text, actor, table, on)     # a knowledge-base actor
    whole = _whole(kb, text, phrase, on)
    if whole is not None:
        return whole
    if actor is not None and (actor.country or actor.sector):
        return _from_actor(kb, text, actor, table, on)     # coded from the text
    role = _role(kb, text, phrase, on)
    if role is not None:
        return role
    composed = _compose(kb, text, phrase, doc, table, head)
    if actor is not None and composed["country"] is None and composed["sector"] == "UNK":
        return _from_actor(kb, text, actor, table, on)     # a name, nothing more
    return composed


def _whole(kb, text: str, phrase: str, on: Optional[str]) -> Optional[dict]:
    """The whole phrase is one knowledge-base form: a body, a country, a city."""
    key = knowledge.normalize(phrase)
    if key in CAPITAL_BODIES and any(c.isupper() for c in phrase):
        b = kb.bodies.get(CAPITAL_BODIES[key])
        if b is not None:
            return _result(text, b.name, b.kind, b.country, b.sector)
    b = kb.body(phrase)
    if b is not None:
        return _result(text, b.name, b.kind, b.country, b.sector)
    c = kb.country(phrase)
    if c is not None:
        return _country(text, c)
    c = kb.city(phrase)
    if c is not None:
        if c.via in ("capital", "seat"):
            return _country(text, c)
        return _result(text, _bare(phrase), "country", c.iso3, None)
    people = kb.person_exact(phrase)
    if not people and len(key.split()) == 1 and phrase[:1].isupper():
        people = kb.person(phrase)              # a known surname alone: "Biden", "Lavrov"
    if len(people) == 1:
        return _person(kb, text, people[0], on, set())
    return None


def _person(kb, text: str, p, on: Optional[str], keys: set) -> dict:
    """A knowledge-base person: the office held on the day; with no date (or no office
    that day) the country and sector of their latest office and no role."""
    term = _term(kb, p.name, on, keys) if on else None
    if term is not None:
        return _result(text, p.name, "person", term.country, term.sector, term.title)
    return _result(text, p.name, "person", p.country, p.sector, None)


def _country(text: str, c) -> dict:
    """A country named by its name, a demonym, its capital (the state: no sector) or a
    seat of government (the government: GOV)."""
    return _result(text, c.name, "country", c.iso3, "GOV" if c.via == "seat" else None)


# -- the head of the phrase ----------------------------------------------------------------


def _head(doc: Doc) -> Optional[Token]:
    """The phrase's head token: the root, or what a counting noun counts."""
    if not len(doc):
        return None
    root = doc[:].root
    if root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
        # a noun phrase parsed as a clause ("Dhaka police", "Tripoli militias"): the last
        # word is the head when it is a known noun, else the last noun
        kb = knowledge.load()
        last = doc[-1]
        if kb.sector_noun(last.lower_) or kb.role_phrase(last.lower_):
            root = last
        else:
            nouns = [t for t in doc if t.pos_ in ("NOUN", "PROPN")]
            if nouns:
                root = nouns[-1]
    seen = 0
    while root.lower_ in QUANTITY_HEADS and seen < 3:
        objs = [c for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                for c in p.children if c.dep_ == "pobj"]
        if not objs:
            break
        root = objs[0]
        seen += 1
    return root


def _head_actor(doc: Doc, table: ActorTable, head: Optional[Token]) -> Optional[Actor]:
    """The actor the head token belongs to; an appositive name counts for a title
    ("US Ambassador to China Nicholas Burns")."""
    if head is None:
        return None
    for c in head.children:
        if c.dep_ == "appos" and c.i in table.token_actor:
            a = table.by_id(table.token_actor[c.i])
            if a is not None and a.kind == "person":
                return a
    aid = table.token_actor.get(head.i)
    return table.by_id(aid) if aid else None


def _from_actor(kb, text: str, a: Actor, table: ActorTable, on: Optional[str]) -> dict:
    name = a.canonical or a.name
    country, sector, role = a.country, a.sector, a.role
    if a.kind == "country":
        mention = a.mentions[0].text if a.mentions else name
        c = kb.country(mention)
        sector = "GOV" if c is not None and c.via == "seat" else None
    elif a.kind == "person" and a.canonical and on:
        term = _term(kb, a.canonical, on, table.roles.get(a.id, set()))
        if term is not None:
            role, sector, country = term.title, term.sector, term.country
    if a.kind != "person":
        role = None
    if sector is None and a.kind != "country":
        sector = "UNK"
    return _result(text, name, a.kind, country, sector, role)


def _term(kb, person: str, on: str, keys: set):
    """The office ``person`` held on ``on``: one the text named if any, else the most
    recently taken."""
    people = kb.person_exact(person) or kb.person(person)
    if len(people) != 1:
        return None
    terms = kb.roles_of(people[0], on)
    if not terms:
        return None
    named = [t for t in terms if keys & set(t.roles)]
    pool = named or terms
    return max(pool, key=lambda t: t.start or dt.date.min)


# -- role phrases ------------------------------------------------------------------------


def _role(kb, text: str, phrase: str, on: Optional[str]) -> Optional[dict]:
    """A role phrase with its country or body: the holder on the day, else the role."""
    rm = kb.role_mention(phrase)
    if rm is None or rm.kind != "person" or not (rm.country or rm.org):
        return None
    where = rm.org or rm.country
    holder = kb.holder(rm.role, where, on) if on else None
    if holder is None and on and rm.org and rm.country:
        holder = kb.holder(rm.role, rm.country, on)
    if holder is not None:
        term = _term(kb, holder.name, on, {rm.role})
        return _result(text, holder.name, "person", term.country if term else rm.country,
                       term.sector if term else rm.sector, term.title if term else None)
    return _result(text, _bare(phrase), "person", rm.country, rm.sector, rm.phrase or None)


# -- composition -------------------------------------------------------------------------


def _noun_sector(kb, words: list[str], lemma: str) -> Optional[tuple[str, str, Optional[str]]]:
    """(sector, kind, role phrase or None) of a head noun phrase: its longest known tail."""
    for i in range(len(words)):
        tail = " ".join(words[i:])
        hit = kb.role_phrase(tail)
        if hit is not None:
            return hit[1], hit[2], tail if hit[2] == "person" else None
        noun = kb.sector_noun_kind(tail)
        if noun is not None:        # (a collective is a group of people)
            return noun[0], "group" if noun[1] == "collective" else noun[1], None
        s = kb.sector_noun(tail)
        if s is not None:
            return s, "group", None
    hit = kb.role_phrase(lemma)
    if hit is not None:
        return hit[1], "group" if lemma != words[-1] else hit[2], None
    return None


def _compose(kb, text: str, phrase: str, doc: Doc, table: ActorTable,
             head: Optional[Token]) -> dict:
    """Country of a modifier + sector of the head noun; UNK when the noun is unknown."""
    if head is None:
        return _result(text, _bare(phrase), sector="UNK")
    # the head noun phrase: the head and the plain words just before it
    start = head.i
    while start > 0 and doc[start - 1].pos_ in ("NOUN", "ADJ", "VERB", "PROPN") \
            and doc[start - 1].is_lower and head.i - start < 3 \
            and doc[start - 1].i not in table.token_actor:
        start -= 1
    words = [t.lower_ for t in doc[start:head.i + 1]]
    found = _noun_sector(kb, words, head.lemma_.lower())
    sector, kind, role = found if found else ("UNK", None, None)
    if kind is None:
        kind = "group" if head.tag_ in ("NNS", "NNPS") else "person"
    others = [t for t in doc if (t.i < start or t.i > head.i) and _gives_country(t, head)]
    country, body = _modifier_country(kb, doc, table, others)
    name = _bare(phrase)
    if body is not None and body.sector in ARMED and sector in ARMED:
        return _result(text, body.name, body.kind, body.country, body.sector)
    return _result(text, name, kind, country, sector, role)


def _gives_country(tok: Token, head: Token) -> bool:
    """Whether a word around the head may give the phrase its country: not one that says
    who backs it ("Russian-backed", "pro-Russian") nor where it is ("in Mali")."""
    doc = tok.doc
    nxt = doc[tok.i + 1:tok.i + 3]
    if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in SUPPORT_WORDS:
        return False
    prev = doc[max(0, tok.i - 2):tok.i]
    if len(prev) == 2 and prev[1].text == "-" and prev[0].lower_ in STANCE_PREFIXES:
        return False
    if tok.lower_ in STANCE_PREFIXES:
        return False
    t = tok
    for _ in range(8):
        if t.i == head.i or t.head.i == t.i:
            break
        if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE:
            return False
        t = t.head
    return True


def _modifier_country(kb, doc: Doc, table: ActorTable, tokens: list[Token]):
    """(country code, body or None) named by the words around the head noun."""
    for t in tokens:
        aid = table.token_actor.get(t.i)
        a = table.by_id(aid) if aid else None
        if a is not None and a.country and a.kind != "person":
            body = kb.bodies.get(a.canonical) if a.canonical else None
            return a.country, body
    for t in tokens:
        aid = table.token_actor.get(t.i)
        a = table.by_id(aid) if aid else None
        if a is not None and a.country:
            return a.country, None
    # people the stage left out ("Putin's troops"): their country
    for t in tokens:
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in table.token_actor:
            people = kb.person(t.text)
            if len(people) == 1 and people[0].country not in knowledge.SPECIAL_CODES:
                return people[0].country, None
    # places and countries the stage left out ("Shanghai", "St. Petersburg", "US")
    idx = [t.i for t in tokens]
    for size in (4, 3, 2, 1):
        for k in range(len(idx) - size + 1):
            if idx[k + size - 1] - idx[k] != size - 1:
                continue
            span = doc[idx[k]:idx[k] + size]
            if span[0].is_punct or span[-1].is_punct:
                continue
            for lookup_fn in (kb.country, kb.city):
                c = lookup_fn(span.text)
                if c is not None:
                    return c.iso3, None
            b = kb.body(span.text)
            if b is not None:
                return b.country, b
    return None, None
