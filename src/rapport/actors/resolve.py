"""Mentions -> canonical actors.

Sources of mentions, in order of trust: spaCy's named entities (cleaned of the titles it
swallows and of the words it mislabels), knowledge-base surfaces (countries, demonyms,
capitals, seats of government, bodies, media), and role phrases ("the Chinese president",
"the head of US diplomacy"). A title in front of a name ("Chinese Foreign Minister Chen
Gang") teaches the role from the text itself; a bare role phrase is resolved first to the
person the text gave that role, then to the knowledge base's officeholder on the day.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Iterator, Optional

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..layout import dateline_of, speaker_labels, text_of
from ..nlp import LIST_TITLE_ROLES
from ..schema import Actor, Document, Span, Warning
from . import groups, knowledge
from .knowledge import _levenshtein

#: Words that may open a personal name as a courtesy title; never part of the name.
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam", "dame",
              "his", "her", "excellency", "h.e.", "gen.", "lt.", "col.", "sen.", "rep.", "gov.",
              "sheikh", "sheik", "shaikh", "sheikha", "majesty", "highness", "royal", "late"}
#: Words that end the name of an institution, never a person's: "Japan's National Security
#: Secretariat", "Chinese Communist Party Politburo".
INSTITUTION_WORDS = {"secretariat", "politburo", "commission", "committee", "council", "ministry",
                     "office", "department", "agency", "bureau", "directorate", "parliament",
                     "assembly", "government", "cabinet", "party", "court", "senate", "congress",
                     "administration", "service", "forces", "army", "police", "guard", "institute",
                     "foundation", "center", "centre", "bank", "fund", "union", "organization",
                     "organisation", "authority", "presidency", "embassy", "mission", "staff"}
#: Tokens that may sit inside a title in front of a name ("Secretary of State ...").
TITLE_GLUE = {"of", "for", "to", "'s", "’s", "-"}
#: Plural heads naming the people who sit for a body ("G7 Leaders", "EU Members").
PEOPLE_PLURALS = {"ministers", "leaders", "members", "representatives", "delegates",
                  "envoys", "ambassadors", "heads", "governments", "partners", "allies"}
#: Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "des",
                  "le", "la", "bin", "ibn", "al", "el", "ben", "dos", "das", "ter", "zu"}
#: Titles held abroad: the country after "to"/"for" is where they serve ("Ambassador to
#: Libya", "Special Envoy for Yemen"), not whose they are.
POSTED_ROLES = {"ambassador", "envoy", "representative", "coordinator", "chargé", "consul",
                "emissary", "delegate", "ambassador-designate", "nominee"}
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "i",
            "we", "you", "me", "us", "himself", "herself", "themselves", "itself"}
#: Heads of noun phrases that describe a speaking body without naming it.
_BODY_NOUNS = {"mission", "report", "commission", "committee", "panel", "inquiry",
               "investigation", "council", "delegation", "team", "experts", "monitors",
               "observers", "investigators", "prosecutors", "spokesperson", "spokesman",
               "spokeswoman", "official", "source", "sources", "diplomats"}
_FIRST_PERSON = {"we", "us", "our", "ours", "ourselves", "i", "me", "my"}
_FIRST_SINGULAR = {"i", "me", "my", "mine", "myself"}
#: Transcript labels that name a role in the room, not a person: their turns are speech
#: with no speaker we can name.
ANONYMOUS_LABELS = {"QUESTION", "QUESTIONS", "MODERATOR", "PARTICIPANT", "PARTICIPANTS",
                    "AUDIENCE", "AUDIENCE MEMBER", "REPORTER", "REPORTERS", "JOURNALIST",
                    "OPERATOR", "INTERPRETER", "TRANSLATOR", "STAFF", "STAFFER", "CROWD",
                    "ANNOUNCER", "VOICE", "UNIDENTIFIED", "UNIDENTIFIED SPEAKER", "PRESS",
                    "MEMBER OF THE PRESS", "PARTICIPANT QUESTION", "NARRATOR"}
#: Armed bodies that belong to a state even when a text gives them a leader as owner.
_FORCE_NOUNS = {"force", "forces", "troop", "troops", "army", "military", "soldier",
                "soldiers", "navy", "militia", "regime", "government", "administration",
                # "condemn Putin's war of choice": a leader's war is the state's
                "war", "invasion", "aggression", "occupation", "offensive", "bombardment"}
#: A title that names who speaks in the first person: "Statement by the President on ...",
#: "Remarks by Deputy Secretary of State Wendy Sherman at ...". Readouts are third person.
_TITLE_AUTHOR = re.compile(
    r"^(?:(?:Joint |Press )?Statements?|Remarks|Op-Ed|Message|Letter|Address|Speech|Testimony|"
    r"Interview|Opening Statement|Keynote)\s+(?:as\s+(?:Prepared|Delivered)\s+(?:for\s+Delivery\s+)?)?"
    r"(?:by|from|of)\s+(?P<who>.+?)(?=\s+(?:on|at|to|before|"
    r"in|for|with|during|regarding|about|after|following|upon)\s|\s+(?-i:[A-Z][a-z]+ing)\b|\s*[:,;\u2013\u2014(]|$)", re.I)
# ("Statement by President Joe Biden Recognizing the 40th Year of ...": the author ends
# where a participle starts what the statement does; "Statement of President Joe Biden on",
# "Remarks as Prepared for Delivery by First Lady Jill Biden at" name theirs too)
_PERSON_PRON = {"he", "him", "she", "her", "himself", "herself"}
_GROUP_PRON = {"they", "them", "it", "itself", "themselves"}
#: Things named after the city they were made in: "the Minsk agreements", "the Paris
#: Agreement", "the Normandy format" do not stand for a government.
NAMED_AFTER_PLACES = {"agreement", "agreements", "accord", "accords", "protocol", "protocols",
                      "format", "process", "declaration", "convention", "treaty", "group",
                      "principles", "plan", "summit", "talks", "conference", "communique",
                      "memorandum", "framework", "initiative", "agenda", "document", "statute", "act"}
#: Heads of names that are texts, not actors: "the Minsk agreements", "the Abraham Accords".
TEXT_NOUNS = {"agreement", "agreements", "accord", "accords", "protocol", "protocols",
              "declaration", "convention", "treaty", "communique", "memorandum", "statute",
              "charter", "resolution", "act", "bill"}
#: Heads of defined names that are things, not actors: "Intercontinental Ballistic Missile
#: (ICBM)", "Front-End Engineering and Design (FEED) study", "Foreign Military Financing (FMF)".
THING_HEADS = {"missile", "missiles", "weapon", "weapons", "system", "systems", "vehicle",
               "vehicles", "drone", "drones", "rocket", "rockets", "bomb", "bombs", "device",
               "devices", "reactor", "reactors", "program", "programme", "programs", "plan",
               "initiative", "partnership", "study", "report", "index", "test", "virus",
               "disease", "syndrome", "financing", "sale", "sales", "assistance", "aid",
               "strategy", "framework", "mechanism", "project", "projects", "facility",
               "technology", "technologies", "material", "materials", "product", "products",
               "law", "order", "visa", "visas", "status", "exercise", "exercises", "operation",
               "consultations", "talks", "dialogue", "negotiations"}
LOCATIVE_PREPS = {"in", "at", "to", "from", "near", "into", "across", "outside", "inside",
                  "around", "throughout", "toward", "towards", "via"}


def _leader(actor) -> bool:
    """Whether a person heads a state or government (by the role the text or the
    knowledge base gives)."""
    role = (actor.role or "").lower()
    if role:
        return not role.startswith("vice") and any(
            w in role for w in ("president", "prime minister", "chancellor", "king", "queen", "emir"))
    known = knowledge.load().person(actor.canonical or actor.name)
    return len(known) == 1 and any({"head_of_state", "head_of_government"} & set(t.roles or (t.role,))
                                   for t in known[0].terms)


def _clause_subject(tok: Token) -> set[int]:
    """Tokens of the subject of an object pronoun's own clause, which the pronoun cannot
    mean: in "Biden spoke with Trudeau to thank him", "him" is not Biden (a reflexive
    would be)."""
    if tok.dep_ not in ("dobj", "dative", "pobj") or tok.lower_ not in ("him", "her", "them"):
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return {t.i for t in subj.subtree}
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head          # "spoke with X to thank him": the one who spoke thanks
    return set()


def _state_organ(tok: Token) -> bool:
    """A noun for a state's organ or its people in office ("authorities", "Government",
    "court", "forces"): the sector nouns of ``roles.tsv`` that ``groups.STATE_ORGANS`` lists."""
    return knowledge.load().sector_noun(tok.lemma_.lower()) in groups.STATE_ORGANS


@dataclass
class ActorTable:
    """The actors of one document and the token -> actor index the later stages use."""
    actors: list[Actor] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    token_actor: dict[int, str] = field(default_factory=dict)
    roles: dict[str, set] = field(default_factory=dict)   # actor id -> role keys from text
    author: Optional[Actor] = None   # who "we" is in the author's voice (from the source)
    first_person: Optional[Actor] = None   # who "I" is there (from the title or the source)
    voice: dict = field(default_factory=dict)  # token -> speaker id inside direct quotes
    parties: list = field(default_factory=list)  # the last encounter's sides ("the two leaders")
    joint: list = field(default_factory=list)    # ISO3 of a joint statement's authors: its "we"
    joint_ids: list = field(default_factory=list)   # else their actor ids, from the lead's subject
    joint_as: Optional[str] = None   # the body such a statement speaks as ("the Coalition")
    # the events stage's reading state for one document (set in events.extract):
    party_host: Optional[str] = None   # who held the last encounter with several others
    party_sides: Optional[tuple] = None   # its two sides, when it had two
    listed: tuple = ()   # (heading token, [people]) of a bulleted participant list
    members_of: dict = field(default_factory=dict)   # body id -> the leaders listed for it

    def next_id(self) -> str:
        """A fresh actor id: ids are never reused, even for actors made later on demand."""
        used = {a.id for a in self.actors} | {x.id for x in (self.author, self.first_person) if x}
        n = len(used) + 1
        while f"a{n}" in used:
            n += 1
        return f"a{n}"

    def by_id(self, actor_id: Optional[str]) -> Optional[Actor]:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def at(self, token: Token) -> Optional[str]:
        return self.token_actor.get(token.i)

    def resolve(self, tok: Optional[Token], skip: frozenset = frozenset()) -> Optional[str]:
        """The actor a syntactic argument stands for: its own mention, a possessor
        ("Blinken's office"), an appositive name, a pronoun's antecedent (by person vs
        organisation and recency, skipping tokens in ``skip`` such as quoted words), or a
        role noun ("the Secretary", "the ministry") naming an actor seen before."""
        if tok is None:
            return None
        own = self.token_actor.get(tok.i)
        if own is None or self._kind(own) != "person":   # "the minister, Chen Gang": Chen;
            for c in tok.children:                       # two names side by side: each
                if c.dep_ == "appos" and self.token_actor.get(c.i) and not (tok.pos_ == "PRON" and any(
                        t.pos_ in ("VERB", "AUX") for t in tok.doc[min(tok.i, c.i):max(tok.i, c.i)])):
                    # (not across a clause: "I want to thank the members ...: Senators Patrick
                    # Leahy, ...", where the parser hangs the list on "I")
                    kind = self._kind(self.token_actor[c.i])
                    if kind == "person":
                        return self.token_actor[c.i]
        if own:
            return own
        for c in tok.children:
            if c.dep_ in ("poss", "compound") and self.token_actor.get(c.i):
                owner = self.by_id(self.token_actor[c.i])
                if tok.lemma_.lower() in _FORCE_NOUNS and owner is not None \
                        and owner.kind == "person" and owner.country:
                    # "Putin's forces": a leader's army is the country's, not the man's
                    return self._country(owner.country)
                return self.token_actor[c.i]
        for c in tok.children:     # "the Republic of Yemen Government": the state named
            if c.dep_ == "nmod" and self.token_actor.get(c.i) and _state_organ(tok) \
                    and self._kind(self.token_actor[c.i]) == "country" \
                    and not any(g.dep_ in ("conj", "cc") for g in c.children):   # before its organ
                return self.token_actor[c.i]     # (one state: not "U.S. and Vietnamese officials")
        for c in tok.children:     # "Russian authorities' conviction of Navalny": the owner
            if c.dep_ == "poss" and c.pos_ == "NOUN" and _state_organ(c):
                for a in c.children:   # named by its country is that country
                    if a.dep_ == "amod" and self.token_actor.get(a.i) \
                            and self._kind(self.token_actor[a.i]) == "country":
                        return self.token_actor[a.i]
        if tok.pos_ == "NOUN":     # "Hungarian officials", "Israeli troops": the country's
            for c in tok.children:  # people, coded as the country
                if c.dep_ == "amod" and self.token_actor.get(c.i):
                    return self.token_actor[c.i]
        low = tok.lower_
        if low in _FIRST_PERSON and (self.voice.get(tok.i) or (
                tok.i not in skip and tok.text != "ME" and (tok.text == "I" or not tok.text.isupper()))):
            return self.own_voice(tok.i, singular=low in _FIRST_SINGULAR)   # ("US" is the country)
        if low in _PERSON_PRON or low in _GROUP_PRON:
            return self._antecedent(tok, skip)
        if tok.pos_ in ("NOUN", "PROPN"):
            return self._role_noun(tok)
        return None

    def own_voice(self, i: int, singular: bool = False) -> Optional[str]:
        """Who "we" (or "I", ``singular``) at token ``i`` is: inside a quote its speaker (a
        body's head speaking for the body, "We provide support to Ukraine" said by NATO's
        Secretary General); else the statement's author."""
        if self.voice.get(i):
            body = None if singular else self._body_of(self.voice[i])
            return body or self.voice[i]
        fp = self.first_person
        if fp is not None and (singular or ("title" in (fp.link_reason or "")
                                            and (_leader(fp) or self.author is None))):
            # "I noted" in a bylined statement: its author; a leader's "we" is the leader, as
            # the dev gold codes President Biden's; an adviser's or a spokesperson's "we" is
            # the government they speak for
            if fp not in self.actors:
                self.actors.append(fp)
            return fp.id
        if self.author is not None:
            if self.author not in self.actors:
                self.actors.append(self.author)
            return self.author.id
        return None

    def _body_of(self, person_id: str) -> Optional[str]:
        """The body a person heads, when the text names it: the one international body all
        their known terms are offices of (NATO for Jens Stoltenberg)."""
        a = self.by_id(person_id)
        if a is None or a.kind != "person":
            return None
        known = knowledge.load().person(a.canonical or a.name)
        orgs = {t.org for p in known[:1] for t in p.terms} if len(known) == 1 else set()
        if len(orgs) != 1 or None in orgs:
            return None
        org = orgs.pop()
        return next((b.id for b in self.actors if b.kind == "organization" and b.mentions
                     and org in (b.name, b.canonical)), None)

    def _members(self, tok: Token) -> Optional[str]:
        """A body's members as one collective: "all ARF member states", "the Member States
        of the United Nations", "OAS members" (a group, as the body's members act
        together); its name is the phrase as written, without determiners."""
        own = self.by_id(self.token_actor.get(tok.i))
        if own is not None:
            return own.id if (own.link_reason or "").startswith("members of") else None
        lemma = tok.lemma_.lower().removesuffix("s")          # "States" (PROPN) too
        member = (lemma == "member" and tok.lower_.endswith("s")) or (   # (a "Politburo Member" is
            lemma in ("state", "country", "nation", "government")       # one person's title)
                                       and any(c.lower_ == "member" for c in tok.children))
        if not member:
            return None
        body = None
        near = list(tok.children) + [g for c in tok.children if c.lower_ == "member" for g in c.children]
        for c in near:          # "ARF member states": the body may modify "member"
            x = self.by_id(self.token_actor.get(c.i)) if c.dep_ in ("compound", "nmod", "poss") else None
            if x is None and c.dep_ == "prep" and c.lower_ == "of":
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                x = self.by_id(self.token_actor.get(g.i)) if g is not None else None
            if x is not None and x.kind in ("organization", "group"):
                body = x
                break
        if body is None:
            return None
        words = [t for t in _phrase_words(tok) if t.lower_ not in ("all", "other", "the", "its", "their")]
        if not words:
            return None
        start, end = min(t.i for t in words), max(t.i for t in words) + 1
        span = tok.doc[start:end]
        # "United Nations member states" for "UN Member States" and "the Member States of the
        # United Nations"; a long name keeps the short form the text uses ("OAS member states")
        written = next((m.text for m in body.mentions if m.start >= span.start_char
                        and m.end <= span.end_char), body.name)
        short = body.name if len(body.name.split()) <= 2 else written
        name = f"{short} {'members' if lemma == 'member' else 'member ' + tok.lower_}"
        actor = next((a for a in self.actors if a.kind == "group" and a.name == name), None)
        mention = Span(span.start_char, span.end_char, span.text)
        if actor is None:
            actor = Actor(id=self.next_id(), name=name, kind="group", country=body.country,
                          sector="GOV", mentions=[mention],
                          link_reason=f"members of {body.name}")
            self.actors.append(actor)
        elif mention not in actor.mentions:
            actor.mentions.append(mention)
        for i in range(start, end):
            self.token_actor.setdefault(i, actor.id)
        return actor.id

    def phrase_actor(self, tok: Optional[Token], need_country: bool = False) -> Optional[str]:
        """An actor the text describes but does not name, made from the noun phrase
        itself: "officials in besieged Mariupol" (UKR GOV), "Brazilian police" (BRA COP),
        "the mission of experts". Only for heads that name a collective or a body (a
        sector noun or a reporting body); used for speakers and event arguments that
        resolve to nobody, so nothing is guessed beyond the text's own words."""
        if tok is None or self.token_actor.get(tok.i) or groups.describes_a_name(tok):
            return None             # ("journalist and activist Masih Alinejad")
        if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its") for c in tok.children):
            return None             # "Plenkovic and his government": someone's own, not a
                                    # group of its own ("his government for Ukraine")
        if tok.lower_ == "force" and not any(c.dep_ in ("det", "poss") for c in tok.children):
            return None             # "dispersed demonstrations with lethal force": a means
        kb = knowledge.load()
        # "faith leaders", "health care providers", "Attorneys General", "Senators": a
        # collective named by what its members do
        collective = groups.collective_sector(tok, kb)
        if tok.pos_ != "NOUN" and collective is None:
            return None
        if tok.lemma_.lower() in _COLLECTIVES:      # "a group of Yoruba leaders": the leaders
            inner = next((self.token_actor[g.i] for c in tok.children
                          if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj" and g.i in self.token_actor), None)
            if inner is not None and self._kind(inner) != "person":
                return inner
            if inner is None:       # "a diverse group of national religious leaders"
                inner = next((self.phrase_actor(g, need_country) for c in tok.children
                              if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                              if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS")), None)
                if inner is not None:
                    return inner
        members = self._members(tok)
        if members is not None:
            return members
        earlier = self._collective_before(tok, kb)
        if earlier is not None:
            return earlier
        lemma = tok.lemma_.lower()
        if lemma in TEXT_NOUNS or tok.lower_ in TEXT_NOUNS:
            return None             # "the Minsk agreements" are a text, not a group
        sector = (collective[0] if collective else None) or kb.sector_noun(tok.lower_) \
            or kb.sector_noun(lemma) or ("CVL" if lemma in _HELD_NOUNS else None)
        if sector is None and lemma not in _BODY_NOUNS and not need_country:
            return None             # with a country named, any people or things will do:
                                    # "Japanese fishermen", "Ukrainian cities"
        words = _phrase_words(tok)
        if not words or len(words) > 8:
            return None
        start, end = min(t.i for t in words), max(t.i for t in words) + 1
        world = bool(collective) and collective[1] in groups.WORLD_COLLECTIVES     # "all countries"
        if world and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "all":
            start = min(start, tok.i - 1)       # ("all" is its name here, not a determiner)
        while start < tok.i and not world and (tok.doc[start].like_num or tok.doc[start].lower_ in groups.COUNTING
                                 or tok.doc[start].dep_ in ("nummod", "quantmod", "punct", "cc")):
            start += 1              # "more than 20 state legislators": the legislators
        span = tok.doc[start:end]
        country = None
        for t in span:
            c = kb.country(t.text) or (kb.city(t.text) if hasattr(kb, "city") else None)
            if c is not None and t.text[:1].isupper():
                country = c.iso3
                break
        own = country is not None
        if country is None and sector in groups.STATE_SECTORS and lemma in _RULER_NOUNS:
            # "the Ortega-Murillo regime", "the Assad regime": the state of the ruler it is named for
            ruler = next((self.by_id(self.token_actor[x.i]) for c in tok.children
                          if c.dep_ in ("compound", "nmod") for x in c.subtree
                          if x.i in self.token_actor), None)
            if ruler is not None and ruler.kind == "person" and ruler.country \
                    and ruler.country not in knowledge.SPECIAL_CODES:
                return self.place_actor(ruler.country, span)
        if country is None and sector is not None and not world and not self._others_of_a_list(tok):
            country = self._sentence_country(tok, range(start, end), sector)   # (the world's: no one's)
            if country is not None and sector in groups.STATE_SECTORS and collective is None:
                return self.place_actor(country, span)   # "the regime": the state itself
            if country is None and sector in groups.STATE_SECTORS and collective is None and not any(
                    c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "amod" and c.text[:1].isupper())
                    for c in tok.children):
                # ("the regime", "the military regime": the one named before, else after:
                # "condemning the military regime's executions ... The Myanmar military regime")
                owners = (self.by_id(self.token_actor.get(c.i))
                          for t in [*reversed(tok.doc[:start]), *tok.doc[end:]]
                          if t.lemma_.lower() in {lemma} | _RULER_NOUNS for c in [t, *t.children]
                          if c.i == t.i or c.dep_ in ("compound", "amod", "poss"))
                # ("the military junta in Myanmar ... the military regime": the same rulers)
                before = next((a.id if a.kind == "country" else self._country(a.country)
                               for a in owners if a is not None and a.country
                               and a.country not in knowledge.SPECIAL_CODES
                               and a.kind in ("country", "person", "organization", "group")), None)
                # ("the Assad regime", "the Myanmar military regime")
                if before is not None:       # "The Assad regime met those demands ... it is
                    return before            # time for the regime to halt": the same state
        if need_country and country is None and collective is None:
            return None
        if sector is None and lemma not in _BODY_NOUNS and not any(
                c.dep_ in ("amod", "compound", "poss", "nmod") and kb.country(c.text)
                for c in tok.children):
            return None             # the country must modify the head itself
        name = span.text
        if country and not own and sector is not None and not any(
                t.pos_ == "PROPN" and not kb.country(t.text) for t in span[:tok.i - start]):
            # "peaceful protesters" in Cuba: "Cuban protesters"; the mention keeps the text
            name = groups.group_name(kb, country, list(span[:tok.i - start]), tok)
        mention = Span(span.start_char, span.end_char, span.text)
        actor = next((a for a in self.actors if a.kind == "group" and a.name == name
                      and a.country == country and name != span.text), None)
        if actor is not None:
            actor.mentions.append(mention)
            actor.mentions.sort(key=lambda m: m.start)
        else:
            actor = Actor(id=self.next_id(), name=name, kind="group", country=country,
                          sector=sector, mentions=[mention],
                          link_reason="described (noun phrase)" if own or country is None
                          else "described (noun phrase); the sentence's country")
            self.actors.append(actor)
        for i in range(start, end):
            self.token_actor.setdefault(i, actor.id)
        return actor.id

    def _others_of_a_list(self, tok: Token) -> bool:
        """ "Under Secretary Bass, Ambassador Jones, and other senior officials": the others
        are of the named ones' side, not of a country the sentence names elsewhere."""
        if not any(c.dep_ == "amod" and c.lower_ == "other" for c in tok.children):
            return False
        return any(t.i in self.token_actor or (t.dep_ == "appos" and t.head.i in self.token_actor)
                   for t in tok.conjuncts)       # (the parser may join them to a title)

    def _collective_before(self, tok: Token, kb) -> Optional[str]:
        """ "Met with a group of Senators and House members ... thanked the lawmakers": a
        bare plural of the same sector after "the" is the collective named before it (the
        last one), not a new group."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children) \
                or any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.children) \
                or tok.tag_ not in ("NNS", "NNPS"):
            return None
        sector = kb.sector_noun(tok.lower_)
        if sector is None:
            return None
        def named_collective(a) -> bool:
            first = a.mentions[0]
            span = tok.doc.char_span(first.start, first.end, alignment_mode="expand")
            return span is not None and groups.collective_sector(span[-1], kb) is not None

        before = [a for a in self.actors if a.kind == "group" and a.sector == sector
                  and (a.link_reason or "").startswith("described") and a.mentions
                  and a.mentions[0].end <= tok.idx and named_collective(a)]
        if not before:
            return None
        actor = max(before, key=lambda a: a.mentions[0].start)
        actor.mentions.append(Span(tok.idx, tok.idx + len(tok.text), tok.text))
        self.token_actor.setdefault(tok.i, actor.id)
        return actor.id

    def _sentence_country(self, tok: Token, inside, sector: str) -> Optional[str]:
        """The one country a sentence names, for a group it describes without one: for
        the state's organs ("the regime", "police") any country the sentence names, for
        other groups the place the sentence puts them in ("MININT forces repressed
        peaceful protestors across Cuba": CUB; "Pakistani forces killed six militants":
        none). None when it names several, or when the only one is the other side of the
        government named ("Washington urged the government to ...")."""
        sent = tok.sent
        found: dict[str, int] = {}
        organ = sector in groups.STATE_ORGANS
        kb = knowledge.load()
        for i in range(sent.start, sent.end):
            if i in inside:
                continue
            city = None
            if i not in self.token_actor:
                t = tok.doc[i]       # "the demonstration in Baku": a place that is no actor
                if organ or t.ent_type_ not in ("GPE", "LOC") or t.ent_iob_ != "B" \
                        or not t.text[:1].isupper():
                    continue
                ent = next((e for e in sent.ents if e.start == i), None)
                city = kb.city(ent.text) if ent is not None else None
                if city is None or city.iso3 in knowledge.SPECIAL_CODES:
                    continue
            if not organ:
                t = tok.doc[i]
                while t.dep_ in ("compound", "amod", "flat", "conj", "appos", "poss") and t.head.i != t.i:
                    t = t.head
                if not (t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS) or not (
                        t.head.head.i == tok.i or tok.is_ancestor(t) or t.head.head.is_ancestor(tok)
                        or _attached_to(t, tok.head) and tok.dep_ in ("nsubj", "nsubjpass")):
                    continue        # a place in the group's own clause, not another's
            if city is not None:
                found.setdefault(city.iso3, i)
                continue
            a = self.by_id(self.token_actor[i])
            if a is None or not a.country or a.country in knowledge.SPECIAL_CODES:
                continue
            found.setdefault(a.country, i)
        if len(found) > 1 and sector in groups.STATE_SECTORS:
            # "We, the Foreign Ministers of Austria, ..., condemn the arrests of protestors in
            # Cuba and call on the government to ...": not the speakers' own states
            speakers = {t.i for v in tok.ancestors for c in v.children
                        if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            found = {c: i for c, i in found.items() if i not in speakers}
        if len(found) != 1:
            return None
        iso, i = next(iter(found.items()))
        if sector in groups.STATE_SECTORS:
            verb = tok.head
            while verb.dep_ in ("prep", "pobj", "xcomp", "ccomp", "conj", "dobj") and verb.head.i != verb.i \
                    and verb.pos_ not in ("VERB", "AUX"):
                verb = verb.head
            t = tok.doc[i]
            while t.dep_ in ("compound", "amod", "poss", "flat") and t.head.i != t.i:
                t = t.head
            if t.head.i == verb.i and t.dep_ in ("nsubj", "nsubjpass"):
                return None
        return iso

    def _country(self, iso3: str) -> str:
        """The country actor for an ISO3 code, made (with no mention) if the text has none."""
        actor = next((a for a in self.actors if a.kind == "country" and a.country == iso3), None)
        if actor is None:
            c = knowledge.load().countries.get(iso3)
            actor = Actor(id=self.next_id(), name=c.name if c else iso3, kind="country",
                          country=iso3, canonical=c.name if c else None, link_reason="owner's country")
            self.actors.append(actor)
        return actor.id

    def place_actor(self, iso3: str, span) -> str:
        """The country a place stands for when it is the other side of an event ("arrived
        in Amman": Jordan hosts the visit); the place's words become its mention."""
        actor = next((a for a in self.actors if a.kind == "country" and a.country == iso3), None)
        if actor is None:
            c = knowledge.load().countries.get(iso3)
            actor = Actor(id=self.next_id(), name=c.name if c else iso3,
                          kind="country", country=iso3, canonical=c.name if c else None,
                          link_reason="place")
            self.actors.append(actor)
        if not any(m.start == span.start_char for m in actor.mentions):
            actor.mentions.append(Span(span.start_char, span.end_char, span.text))
            actor.mentions.sort(key=lambda m: m.start)
        for i in range(span.start, span.end):
            self.token_actor.setdefault(i, actor.id)
        return actor.id

    def body_actor(self, body, span) -> str:
        """The actor for a known body named only inside a person's title ("the High
        Representative of the European Union" signs for the EU); the words become its mention."""
        actor = next((a for a in self.actors if a.kind == body.kind and body.name in (a.name, a.canonical)), None)
        if actor is None:
            actor = Actor(id=self.next_id(), name=body.name, kind=body.kind, country=body.country,
                          sector=body.sector, canonical=body.name, link_reason="named in a title")
            self.actors.append(actor)
        if not any(m.start == span.start_char for m in actor.mentions):
            actor.mentions.append(Span(span.start_char, span.end_char, span.text))
            actor.mentions.sort(key=lambda m: m.start)
        return actor.id

    def _kind(self, actor_id: str) -> Optional[str]:
        a = self.by_id(actor_id)
        return a.kind if a else None

    def _antecedent(self, tok: Token, skip) -> Optional[str]:
        """The actor a pronoun refers to: the subject of the nearest sentence that has a
        fitting one (centering's preferred antecedent), else the nearest fitting mention."""
        want_person = tok.lower_ in _PERSON_PRON
        plural = tok.lower_ in ("they", "them", "their", "themselves")
        doc = tok.doc

        def fits(aid, i=None):
            if (self._kind(aid) == "person") == want_person:
                return True
            # "Blinken and Austin met ... They noted": joined persons are a "they"
            return plural and i is not None and (doc[i].dep_ == "conj" or any(
                c.dep_ == "conj" for c in doc[i].children))
        sent = tok.sent
        limit = tok.i
        nearest = None
        bound = _clause_subject(tok)
        for step in range(4):
            found = [(i, self.token_actor[i]) for i in range(sent.start, limit)
                     if i in self.token_actor and i not in skip and fits(self.token_actor[i], i)
                     and i not in bound]
            if want_person:
                # "The Deputy Secretary raised ... In particular, she raised": a subject
                # named by its role is an antecedent too, even before a named subject of a
                # clause further on ("The Secretary provided an update on efforts to hold
                # Putin accountable ... He commended")
                roled = [(t.i, aid) for t in doc[sent.start:limit] if _is_subject(t) and t.i not in skip
                         and t.i not in bound and t.pos_ in ("NOUN", "PROPN") and t.i not in self.token_actor
                         and not (t.dep_ in ("compound", "flat") and (
                             t.head.i in self.token_actor or t.head.pos_ in ("NOUN", "PROPN")))
                         # ("The Deputy Secretary": the phrase's head, not "Deputy" alone)
                         for aid in [self._role_noun(t)] if aid and self._kind(aid) == "person"]
                found = sorted(found + roled)
            subjects = [aid for i, aid in found if _is_subject(doc[i])]
            if subjects:     # in the pronoun's own sentence the nearest, before it the first
                return subjects[-1] if step == 0 else subjects[0]
            if step == 0 and found and tok.head.i != sent.root.i:
                return found[-1][1]     # "help NATO Allies with capabilities they donated"
            if step > 0 and not found and tok.lower_ in ("it", "its", "they", "their", "them"):
                head = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if head is not None and head.pos_ == "NOUN" and self.resolve(head) is None \
                        and (head.tag_ == "NNS") == plural:
                    return None         # "The resolution passed. It holds Belarus ...": a thing
            if found and nearest is None:
                nearest = found[-1][1]
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
            limit = sent.end
        return nearest

    def _role_noun(self, tok: Token) -> Optional[str]:
        """ "the Secretary", "the ministry": a definite noun naming an actor seen before by
        its role or a word of its name. "a majority of nations" names no one."""
        word = tok.lower_
        if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their", "his", "her")
                   for c in tok.children) and not tok.text[:1].isupper():
            return None
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "another", "no",
                                                 "all", "some", "other", "these", "those")
               or (c.dep_ == "compound" and c.lower_ == "member") for c in tok.children):
            return None               # "a President" is nobody in particular; "all States",
                                      # "Member States" are not the United States
        if word in ("government", "regime") and self.parties and self.author is not None and not any(
                c.dep_ in ("compound", "amod", "prep") for c in tok.children):
            # "Sherman pressed the government to reopen political space", after meeting Hun
            # Sen: the government of the one the author's side just met
            theirs = {self.by_id(p).country for p in self.parties if self.by_id(p) is not None} \
                - {self.author.country, None}
            theirs = {c for c in theirs if len(c) == 3 and c not in ("UNO", "EUR", "IGO", "IMG")}
            if len(theirs) == 1:
                return self._country(theirs.pop())
        # every word of the title must be in the role: "the Vice President" is not the
        # President, "the Secretary of Defense" not the Secretary of State
        title = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                 and c.text[:1].isupper()} | {word} | {
            g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()}
        opening = next((c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")
                        and c.i < tok.i and c.text[:1].isupper()), word)
        first = None
        for i in range(tok.i - 1, -1, -1):
            aid = self.token_actor.get(i)
            if aid:
                a = self.by_id(aid)
                words = re.findall(r"\w+", (a.role or "").lower())
                if title <= set(words) and words and words[0] == opening:
                    return aid      # "the Secretary" after "Secretary of State Blinken met UK
                                    # Foreign Secretary Truss" is the one whose title it opens,
                if title <= set(words) or word in a.name.lower().split():   # else the nearest
                    first = first or aid
        return first

    def in_span(self, start: int, end: int) -> list[str]:
        """Actor ids mentioned within tokens [start, end), in order, without repeats."""
        seen: list[str] = []
        for i in range(start, end):
            a = self.token_actor.get(i)
            if a and a not in seen:
                seen.append(a)
        return seen


@dataclass
class _Mention:
    start: int                  # token offsets into the Doc
    end: int
    key: tuple                  # grouping key
    name: str
    kind: str
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    role_key: Optional[str] = None
    canonical: Optional[str] = None
    reason: str = "text"
    title_start: int = -1


def _families(doc: Doc, mentions: list[_Mention]) -> Iterator[tuple[int, int, str, Optional[str]]]:
    """(start, end, "<Surname> family", country) for a family named after a person the text
    names: "George Floyd's family", "the family of Mr. George Floyd", "the Reed family"."""
    person_at = {i: m for m in mentions if m.kind == "person" for i in range(m.start, m.end)}
    for tok in doc:
        if tok.lower_ != "family" or tok.pos_ != "NOUN":
            continue
        named = [c for c in tok.children if c.dep_ in ("poss", "compound")] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
        for n in named:
            m = person_at.get(n.i)
            if m is not None:
                yield tok.i, tok.i + 1, f"{m.name.split()[-1]} family", m.country
                break


#: Prepositions that put a group in a place ("protesters across Cuba").
_PLACE_PREPS = {"in", "at", "across", "throughout", "inside", "within", "around", "near"}
#: Prepositions whose phrase adds other actors, not a part of the name: "MININT forces,
#: including the PNR".
_ADDING_PREPS = {"including", "like", "such", "except", "excluding", "especially", "notably",
                 "besides", "plus", "alongside", "unlike", "versus", "among"}


#: Nouns for a number of the people the "of" phrase names: "a group of Yoruba leaders".
#: People held where they are: "Prisoners rioted at a jail in Dili" are East Timor's.
_HELD_NOUNS = {"prisoner", "prisoners", "detainee", "detainees", "inmate", "inmates"}
_COLLECTIVES = {"group", "band", "crowd", "number", "handful", "dozen", "dozens", "hundred",
                "hundreds", "thousand", "thousands", "scores"}
#: What follows a country's name when it names a currency ("US $50 million").
_MONEY_SIGNS = {"$", "dollar", "dollars", "cents"}
_MONEY_NOUNS = {"dollar", "cent", "currency", "pound"}
#: Military ranks written before a name: "Lt. Gen. Prosper Avril" holds an office.
_RANKS = {"gen.", "gen", "general", "lt.", "lt", "col.", "col", "colonel", "maj.", "major",
          "adm.", "admiral", "marshal", "brig.", "brigadier"}


#: Nouns for a state's rulers: "the junta" and "the regime" of one text are one state.
_RULER_NOUNS = {"regime", "junta"}


def _attached_to(place: Token, verb: Token) -> bool:
    """Whether a place hangs from a verb through prepositional phrases only: "rioted at a
    jail in Dili" puts Dili in the rioting's clause."""
    t = place
    for _ in range(6):
        if t.dep_ not in ("pobj", "prep", "compound", "appos", "poss") or t.head.i == t.i:
            return False
        t = t.head
        if t.i == verb.i:
            return True
    return False


def _phrase_words(tok: Token) -> list[Token]:
    """The words of a described group: the head, its left modifiers and its
    prepositional phrases ("officials in besieged Mariupol"), without determiners,
    clauses, appositives, adding phrases ("including the PNR") or anything after a comma."""
    doc = tok.doc
    stop = next((t.i for t in doc[tok.i + 1:tok.sent.end] if t.is_punct and t.text not in ("-", "’s", "'s")),
                tok.sent.end)
    words = []
    owned = {g.i for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
             and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children) for g in p.subtree}
    for t in tok.subtree:
        if (t.i > tok.i and t.i >= stop) or t.i in owned:
            continue        # ("the Virginia delegation for their leadership": why it is thanked)
        if t.i <= tok.i or (t.head == tok and t.dep_ == "prep" and t.lower_ not in _ADDING_PREPS) \
                or (t.head.head == tok and t.head.dep_ == "prep" and t.head.lower_ not in _ADDING_PREPS):
            words.append(t)
    words = [t for t in words if t.dep_ not in ("det", "punct", "relcl", "acl", "appos")
             and not t.is_space and not (t.i < tok.i and t.head.dep_ in ("relcl", "acl", "appos"))]
    while words and words[-1].i > tok.i and (words[-1].dep_ == "prep" or words[-1].pos_ in ("ADP", "CCONJ")):
        words.pop()             # "... from over 123 countries in", "stakeholders in Cameroon
                                # and in": no preposition or conjunction left hanging
    return words


def _is_subject(tok: Token) -> bool:
    """True when a token is, or is part of the name of, a clause's subject."""
    t = tok
    for _ in range(3):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.dep_ not in ("compound", "flat", "appos", "amod", "poss", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _date(document: Document) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat((document.published or "")[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4)
def _surface_matcher(vocab_id: int, vocab) -> PhraseMatcher:
    """A case-sensitive matcher over every knowledge-base surface (built once per vocab)."""
    kb = knowledge.load()
    matcher = PhraseMatcher(vocab, attr="ORTH")
    from spacy.lang.en import English
    tok = English().tokenizer
    patterns: dict[str, list] = {}
    for surface, kind, _target in kb.aliases():
        if kind in ("role", "sector") or len(surface) < 2 \
                or (kind == "person" and len(surface.split()) < 2):
            continue
        for variant in {surface, surface[:1].upper() + surface[1:]}:
            patterns.setdefault(kind, []).append(tok(variant))
    for kind, docs in patterns.items():
        matcher.add(kind, docs)
    return matcher


def _norm(text: str) -> str:
    text = text.replace("’", "'").strip()
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"'s$", "", text)
    return re.sub(r"\s+", " ", text)


def _country_in(tokens, kb) -> Optional[str]:
    """The country named inside a phrase ("Chinese", "US", "China's"), if any."""
    for t in tokens:
        if t.is_alpha or "." in t.text:
            c = kb.country(t.text)
            if c:
                return c.iso3
    text = " ".join(t.text for t in tokens)
    for n in (3, 2):
        words = text.split()
        for i in range(len(words) - n + 1):
            c = kb.country(" ".join(words[i:i + n]))
            if c:
                return c.iso3
    return None


def _role_of(tokens, kb):
    """(role key, sector, kind, country) for a title or role phrase, or None.

    Country words are taken out before the lookup so that "the head of US diplomacy",
    "China's chief of diplomacy" and "the top U.S. diplomat" reduce to known phrases.
    """
    # "U.S. Ambassador to Libya", "Special Envoy for Yemen": the country after "to"/"for"
    # is the posting, not the holder's country
    post = next((k for k, t in enumerate(tokens) if t.lower_ in ("to", "for") and k > 0
                 and tokens[k - 1].lower_ in POSTED_ROLES), None)
    country = _country_in(tokens[:post] if post is not None else tokens, kb)
    words = [t.text.lower() for t in tokens
             if t.dep_ not in ("det", "case", "punct") and t.lower_ not in HONORIFICS
             and not (kb.country(t.text) and t.text[:1].isupper())]
    words = [w for w in words if w not in ("'s", "’s")]
    if words == ["leader"] and tokens[-1].text == "Leader":
        return None         # "Leader Schumer": a chamber's or party's leader, not a state's
    for i in range(len(words)):          # longest suffix-free match from the left
        for j in range(len(words), i, -1):
            hit = kb.role_phrase(" ".join(words[i:j]))
            if hit:
                return hit[0], hit[1], hit[2], country
    return None


def _list_title(doc: Doc, start: int) -> Optional[Token]:
    """The plural title a list of surnames hangs from, walking back over the names before
    this one ("Senators Crapo, Risch"), or None."""
    i = start - 1
    while i >= 0 and (doc[i].text in (",", "and") or (doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()
                                                      and doc[i].text not in LIST_TITLE_ROLES)):
        i -= 1
    return doc[i] if i >= 0 and doc[i].text in LIST_TITLE_ROLES else None


def _title_before(doc: Doc, start: int, kb) -> int:
    """Start of a title written just before a name ("US Secretary of State ", "Iranian
    foreign ministry spokesman "): capitalised words, title words, and the glue between."""
    i = start
    while i > 0:
        t = doc[i - 1]
        if t.is_sent_end or t.is_punct and t.text not in ("-", "’s", "'s"):
            break
        joined = t.lower_ == "and" and i - 2 >= 0 and doc[i - 2].lower_ in kb.title_words \
            and doc[i].lower_ in kb.title_words \
            and not (i - 3 >= 0 and doc[i - 3].lower_ == "the")
        # "Special Envoy and Ambassador to Libya"; but "The Secretary and HRVP Borrell",
        # "The President and Prime Minister Kishida" are two people
        if t.text[:1].isupper() or (t.lower_ in kb.title_words and not t.is_stop) \
                or t.lower_ in TITLE_GLUE and i - 1 > 0 or joined:   # "foreign ministry spokesman"
            if t.lower_ == "the":
                break
            i -= 1
            continue
        break
    while i < start and doc[i].lower_ in TITLE_GLUE:
        i += 1
    return i


def _title_suffix(tok: Token) -> bool:
    """ "Elect" in "President-Elect Marcos", "Designate" in "Prime Minister-Designate
    Albanese": the end of a title, never the start of a name."""
    return tok.lower_ in ("-elect", "-designate") or (
        tok.lower_ in ("elect", "designate") and tok.i > 0 and tok.doc[tok.i - 1].text == "-")


def _listed_under_title(doc: Doc, kb) -> list[SpacySpan]:
    """ "Senators Sinema, Cassidy, and Manchin": names listed under a plural title for people
    are people, whatever the NER made of them (it tags such surnames as organisations).
    Only capitalised words that are no country, city or body."""
    out = []
    for e in doc.ents:
        if e.label_ not in ("ORG", "GPE", "NORP", "PERSON") or len(e) > 3:
            continue
        toks = [t for t in e if t.text[:1].isupper() and t.is_alpha]
        if not toks or len(toks) != len([t for t in e if t.ent_type_ != "DATE" and t.lower_ != "today"]):
            continue
        head = toks[-1]      # (not the root of "Manchin today")
        while head.dep_ in ("appos", "conj") and head.head.i != head.i and head.head.i < head.i:
            head = head.head
        title = next((c for c in head.children if c.dep_ == "compound" and c.i < head.i
                      and c.tag_ in ("NNS", "NNPS") and c.lower_.endswith("s")), None)
        if title is None:
            continue
        role = kb.role_phrase(title.lower_[:-1])
        if role is None or role[-1] != "person":
            continue
        text = " ".join(t.text for t in toks)
        if kb.country(text) or kb.city(text) or kb.body(text):
            continue
        out.append(SpacySpan(doc, toks[0].i, toks[-1].i + 1, label="PERSON"))
    return out


def _person_mentions(doc: Doc, ent: SpacySpan, kb, on) -> Optional[_Mention]:
    """A PERSON entity cleaned of titles; its title (inside or before it) gives the role."""
    start = ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and not kb.role_phrase(doc[start - 1].lower_) and not kb.country(doc[start - 1].text) \
            and not (doc[start - 1].lower_.endswith("s") and kb.role_phrase(doc[start - 1].lower_[:-1])) \
            and not doc[start - 1].ent_type_ and start > ent.start - 2 \
            and not (doc[start - 1].lower_ in kb.common_words
                     and any(doc[k].lower_ in ("for", "of", "and")        # "Under Secretary
                             for k in range(max(0, start - 4), start - 1))):
        # for Farm Production and Conservation Robert Bonnie": the portfolio ends the title
        start -= 1
    end = ent.end
    if end < len(doc) and doc[end - 1].lower_ in NAME_PARTICLES or (
            end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].text.islower()):
        j = end             # "Ursula von" + "der Leyen": the NER stopped at a name particle
        while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and doc[j].text.islower():
            j += 1
        if j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and j > end - 1:
            end = j + 1
    of = next((t.i for t in doc[start + 1:end] if t.lower_ == "of"), None)
    if of is not None and kb.country(doc[of + 1:end].text.removeprefix("the ")):
        end = of            # "Prime Minister Mitsotakis of Greece" (one PERSON to the NER):
                            # the name stops before the country it is of
    ent = doc[start:end]
    toks = list(ent)
    k = 0
    while k < len(toks) and (toks[k].lower_ in HONORIFICS or toks[k].lower_ in kb.title_words
                             or (toks[k].lower_.endswith("s") and toks[k].lower_[:-1] in kb.title_words
                                 and len(toks) - k > 1)      # "Vice Foreign Ministers Cho and Mori"
                             or kb.country(toks[k].text) or _title_suffix(toks[k]) or toks[k].text == "-"
                             or (k == 0 and len(toks) > 2 and toks[k + 1].lower_ in kb.title_words
                                 and kb.city(toks[k].text) is not None)   # "Louisiana
                                                                          # Representative X"
                             or (toks[k].lower_ in kb.common_words and len(toks) - k > 2
                                 and (toks[k].is_sent_start or not toks[k].text[:1].isupper()
                                      or (toks[k].text.isupper() and len(toks[k].text) > 2)
                                      or (k == 0 and toks[k].i > 0          # "Advisor on
                                          and doc[toks[k].i - 1].lower_ in ("on", "for", "of"))   # Migration
                                      or any(t.lower_ in kb.title_words        # Amy Pope",
                                             for t in toks[k + 1:min(k + 3, len(toks) - 1)])))):
        # ("Communications Director Pili Tobar": a portfolio's word before a title)
        # ("9:15 a.m. LOCAL Secretary Blinken meets": a schedule's capitals before the title)
        # (a capitalised common word inside a sentence may be a name: "Sit Taing Aung")
        k += 1
    for j in range(k + 1, len(toks) - 1):      # "[Hostage Affairs] Roger Carstens": a
        if not all(t.lower_ in kb.common_words for t in toks[k:j]):   # portfolio's words
            break                                                     # before a known name
        rest = " ".join(t.text for t in toks[j:])
        if any(p.name.lower() == rest.lower() or rest.lower() in (a.lower() for a in p.aliases)
               for p in kb.person(rest)):
            k = j
            break
    name_toks = toks[k:]
    while name_toks and name_toks[-1].is_space:
        name_toks = name_toks[:-1]      # "Agenda\n\n" (the NER's entity runs into the break)
    if not name_toks or not any(t.text[:1].isupper() for t in name_toks):
        return None
    if len(name_toks) == 1 and (kb.role_phrase(name_toks[0].lower_) or name_toks[0].is_stop):
        return None
    if name_toks[-1].lower_ in kb.title_words and all(
            t.lower_ in kb.common_words or t.lower_ in kb.title_words for t in name_toks):
        return None     # "Caucus Chair", "Agenda Chair": a title the NER took for a name
    title_start = _title_before(doc, ent.start, kb)
    title_toks = list(doc[title_start:ent.start]) + toks[:k]
    name = re.sub(r"\s+", " ", doc[name_toks[0].i:name_toks[-1].i + 1].text)   # as written:
    # "al-Rahman", not "al - Rahman"
    name = re.sub(r"\s*(['’]s)$", "", name)
    m = _Mention(start=name_toks[0].i, end=name_toks[-1].i + 1, key=("person", name),
                 name=name, kind="person", title_start=title_start)
    role = _role_of(title_toks, kb) if title_toks else None
    if role:
        m.role_key, m.sector, _, m.country = role
        m.role = " ".join(t.text for t in title_toks if t.lower_ not in HONORIFICS).strip()
    else:
        plural = _list_title(doc, name_toks[0].i)
        role = kb.role_phrase(LIST_TITLE_ROLES.get(plural.text, "")) if plural is not None else None
        if role:        # "Senators Crapo, Risch, and Wyden": each one a senator, not the
            m.role_key, m.sector = role[0], role[1]     # Liechtenstein premier "Risch"
            m.role = LIST_TITLE_ROLES[plural.text]
    if m.country is None:           # "Lebanon's new President Elias Hrawi"
        head = name_toks[-1]
        for c in head.lefts:
            if c.dep_ in ("poss", "nmod", "amod", "compound") and c.i < name_toks[0].i \
                    and c.text[:1].isupper() and kb.country(c.text):
                m.country = kb.country(c.text).iso3
                break
    return m


@lru_cache(maxsize=1)
def _not_actors() -> frozenset:
    """Names that are diseases, vaccines or things (data/not_actors.txt)."""
    text = resources.files("rapport.data").joinpath("not_actors.txt").read_text(encoding="utf-8")
    return frozenset(l.strip() for l in text.splitlines() if l.strip() and not l.startswith("#"))


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, set]:
    """Short given names -> the full names they stand for (data/nicknames.tsv)."""
    text = resources.files("rapport.data").joinpath("nicknames.tsv").read_text(encoding="utf-8")
    rows = [l.split("\t") for l in text.splitlines() if l.strip() and not l.startswith("#")]
    return {r[0].strip(): set(r[1].strip().split("|")) for r in rows if len(r) > 1}


def _widened(ent: SpacySpan, kb, taken) -> SpacySpan:
    """A person's name the NER cut short: "Edwin Ramon Castro [Rivera]" — a capitalised
    name word the parse makes the head of the name's last word (or a modifier of a word
    in it) belongs to the name."""
    doc = ent.doc
    start, end = ent.start, ent.end

    def name_word(t):
        return t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and t.i not in taken \
            and t.lower_ not in kb.title_words and t.lower_ not in HONORIFICS \
            and kb.country(t.text) is None and t.lower_ not in kb.common_words
    while end < len(doc) and end - start < 5 and doc[end - 1].head.i == end and name_word(doc[end]):
        end += 1
    while start > 0 and end - start < 5 and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i < end and name_word(doc[start - 1]):
        start -= 1
    return ent if (start, end) == (ent.start, ent.end) else SpacySpan(doc, start, end, label="PERSON")


def _name_words(name: str) -> list[str]:
    """A name's words in lower case, hyphens as spaces: a transcript label's "AL-THANI" is
    the "Al Thani" of a full name."""
    return [w for w in re.split(r"[\s\-]+", name.lower()) if w]


def _part_of(short: list[str], full: list[str]) -> bool:
    """ "Blinken", "Al Owais", "Chen" are parts of "Antony J. Blinken", "Abdul Rahman Al
    Owais", "Chen Gang": the tail or the head of a longer name."""
    n = len(short)
    if n < len(full) and (full[-n:] == short or full[:n] == short):
        return True
    split = [w for f in full for w in f.split("-") if w]     # "Powell" of "Debbie
    return len(split) > len(full) and n < len(split) and split[-n:] == short   # Mucarsel-Powell"


def _label_mentions(doc: Doc, kb, taken: set) -> list[_Mention]:
    """Speakers named by transcript labels: title words dropped, the rest a (sur)name."""
    out = []
    for start, end, label in speaker_labels(text_of(doc)):
        if label == "Q" or label.strip().upper() in ANONYMOUS_LABELS:
            continue                     # a reporter: speech, but no one we can name
        words = [w for w in label.replace(".", " ").split()
                 if w.lower() not in kb.title_words and w.lower() not in HONORIFICS]
        span = doc.char_span(start, end, alignment_mode="expand")
        if not words or span is None or any(t.i in taken for t in span) \
                or all(w.lower() in kb.common_words for w in words):
            continue
        name = " ".join(w.capitalize() for w in words)
        # the label as a whole may be a known form ("KING ABDULLAH": King Abdullah II)
        hits = kb.person(" ".join(w.capitalize() for w in label.replace(".", " ").split())) \
            if len(label.split()) > len(words) else []
        hits = hits if len(hits) == 1 else kb.person(name)
        m = _Mention(span.start, span.end, ("person", name), name, "person", title_start=span.start, reason="transcript label")
        if len(hits) == 1:
            m.key, m.canonical, m.reason = ("kb", hits[0].name), hits[0].name, "transcript label"
        out.append(m)
    return out


def _one_slip(text_name: str, kb_name: str) -> bool:
    """A misspelling ("Anthony" for "Antony") changes one word by one letter; a
    transliteration ("Valeriy Zaluzhny" for "Valerii Zaluzhnyi") changes more."""
    a, b = text_name.lower().split(), kb_name.lower().split()
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and _levenshtein(*diff[0]) == 1


def _titled_name(doc: Doc, tok: Token, kb, taken: set) -> Optional[_Mention]:
    """A name the NER missed after a title: "... and Nonproliferation Eliot Kang" -> the
    last two capitalised words of a noun phrase whose left part holds a role word."""
    if tok.pos_ != "PROPN" or tok.dep_ in ("compound", "flat") or not tok.text[:1].isupper():
        return None
    prev = doc[tok.i - 1] if tok.i else None
    if prev is None or prev.pos_ != "PROPN" or prev.i in taken or not prev.text[:1].isupper() \
            or prev.head != tok:
        return None
    if kb.country(f"{prev.text} {tok.text}") or kb.body(f"{prev.text} {tok.text}"):
        return None
    for t in (prev, tok):
        if t.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC", "DATE") or t.lower_ in kb.title_words \
                or kb.country(t.text) or not t.is_alpha or t.lower_ in kb.common_words:
            return None
    top = tok
    while top.dep_ in ("pobj", "prep", "nmod", "conj", "appos") and top.head.i != top.i \
            and top.head.pos_ not in ("VERB", "AUX"):
        top = top.head      # (the noun phrase only: not "Yesterday, President Biden spoke
    left = [t for t in top.subtree if t.i < prev.i]         # with Governor ..." as the title)
    while left and left[0].pos_ in ("ADP", "DET", "PUNCT", "CCONJ"):
        left = left[1:]
    if not any(t.lower_ in kb.title_words for t in left):
        return None
    title = [t for t in left if t.i not in taken]
    m = _Mention(prev.i, tok.i + 1, ("person", f"{prev.text} {tok.text}"), f"{prev.text} {tok.text}",
                 "person", title_start=min(t.i for t in left), reason="titled name")
    role = _role_of(title, kb) if title else None
    if role:
        m.role_key, m.sector, _, m.country = role
        m.role = " ".join(t.text for t in left)
    return m


def _may_hold(person, m: _Mention) -> bool:
    """Whether a known person found by one name may be the one the text titles: the
    title's office and country must be among the person's terms."""
    if m.role_key and person.terms and not any(
            m.role_key == t.role or m.role_key in t.roles or t.role.endswith("_" + m.role_key)
            for t in person.terms):
        return False             # ("Minister Sikorski" may be the foreign minister)
    return not (m.country and person.terms and not any(t.country == m.country for t in person.terms))


def _group_persons(mentions: list[_Mention], kb, on=None) -> None:
    """Give every person mention its canonical key: knowledge base, part of a longer name
    in the same text, close spelling of a known person."""
    # "... Ned Price said. ..., Price said.": a one-word "organisation" that is the surname
    # of a person named in the text is that person (the NER often tags a bare surname ORG)
    surnames = {m.name.split()[-1] for m in mentions
                if m.kind == "person" and m.key[0] != "role" and len(m.name.split()) > 1}
    for m in mentions:
        if m.kind == "organization" and m.key[0] == "org" and m.name in surnames:
            m.kind, m.key, m.reason = "person", ("person", m.name), "text"
    persons = [m for m in mentions if m.kind == "person" and m.key[0] != "role"]
    for m in persons:
        hits = kb.person(m.name)
        if len(m.name.split()) == 1:
            hits = [p for p in hits if _may_hold(p, m)]   # "King Hussein" is not the UN's
            if m.role_key == "legislator" and on is not None:
                # a legislature has hundreds of members and the knowledge base names few:
                # "Senator Johnson" is the one it knows only if that one sat there that day
                hits = [p for p in hits if any(t.active(on) for t in p.terms if m.role_key in t.roles)]
        if len(hits) == 1 or (hits and len(m.name.split()) > 1):    # Zeid Ra'ad Al Hussein
            p = hits[0]
            m.key, m.canonical, m.reason = ("kb", p.name), p.name, (
                "exact" if p.name == m.name else "alias")
            continue
        fuzzy = kb.fuzzy_person(m.name) if len(m.name.split()) > 1 else None
        if fuzzy:
            m.key, m.canonical = ("kb", fuzzy.name), fuzzy.name
            known = {w.lower() for f in fuzzy.forms for w in f.split()}
            m.reason = ("fuzzy" if _one_slip(m.name, fuzzy.name)
                        and not {w.lower() for w in m.name.split()} <= known
                        else "variant spelling")      # "Mohammed": a spelling an alias has
    # a short form joins the longest full name in the text it is part of
    for m in persons:
        words = m.name.split()
        owners = [f for f in persons if _part_of(words, f.name.split())]
        if not owners and (m.reason == "transcript label" or len(words) == 1):
            low = _name_words(m.name)     # "FOREIGN MINISTER AL-THANI", "Mohammed": Al Thani,
            fits = {f.key: f for f in persons if f is not m and f.key != m.key and (   # as the
                _part_of(low, _name_words(f.name)) or _part_of(low, _name_words(f.canonical or "")))}
            owners = list(fits.values()) if len(fits) == 1 else []    # text or the KB spells him
        if not owners and len(words) == 1 and words[0].lower() in _nicknames():
            full = _nicknames()[words[0].lower()]        # "dear Tony": Antony Blinken
            fits = {f.key: f for f in persons if f is not m and (f.canonical or f.name).split()[0].lower() in full}
            owners = list(fits.values()) if len(fits) == 1 else []
        if not owners and len(words) == 1 and m.key[0] != "kb" and on is not None \
                and words[0][:1].isupper() and not words[0].isupper():
            spouse = kb.spouse_by_given_name(words[0], on)
            if spouse is not None:     # "Jill and I send our warmest greetings": the
                                       # President's wife, who holds a public role that day
                m.key, m.canonical, m.reason = ("kb", spouse.name), spouse.name, "spouse's given name"
                m.country, m.sector = m.country or spouse.country, m.sector or spouse.sector
                continue
        if owners and (m.reason == "text" or len(words) == 1):
            # two full names share the word ("U.S. Special Representative Kim, ROK Special
            # Representative Kim"): the one whose country the short form's title gives
            def fit(f) -> int:
                known = kb.person(f.canonical) if f.key[0] == "kb" and f.canonical else []
                homes = {t.country for t in known[0].terms if t.country} if known else set()
                homes = homes or ({f.country} if f.country else set())
                return 1 if not (m.country and homes) else 2 if m.country in homes else 0
            owner = max(owners, key=lambda f: (fit(f), len(f.name.split())))
            m.key, m.canonical, m.reason = owner.key, owner.canonical, "short form"
            m.role_key = m.role_key or owner.role_key


def _collect(doc: Doc, kb, on) -> list[_Mention]:
    mentions: list[_Mention] = []
    taken: set[int] = set()

    def add(m: Optional[_Mention]):
        if m is None or any(i in taken for i in range(m.start, m.end)):
            return
        mentions.append(m)
        taken.update(range(m.start, m.end))

    for m in _label_mentions(doc, kb, taken):
        add(m)
    for start, end, label in speaker_labels(text_of(doc)):
        if label.strip().upper() in ANONYMOUS_LABELS:     # "QUESTION:" is nobody
            span = doc.char_span(start, end, alignment_mode="expand")
            taken.update(range(span.start, span.end) if span is not None else ())
    for m in _acronym_mentions(doc, kb):   # before the NER: "MASSOB" is no person
        add(m)
    matcher = _surface_matcher(id(doc.vocab), doc.vocab)
    found = [SpacySpan(doc, s, e, label=doc.vocab.strings[k]) for k, s, e in matcher(doc)]
    # known people the NER missed count as PERSON entities
    people = [SpacySpan(doc, sp.start, sp.end, label="PERSON") for sp in found
              if sp.label_ == "person" and not any(t.ent_type_ == "PERSON" for t in sp)]
    # "Chancellor Scholz" tagged as a place: a known person's name after a title is the person
    people += [SpacySpan(doc, e.start, e.end, label="PERSON") for e in doc.ents
               if e.label_ in ("GPE", "ORG", "NORP") and e.start > 0 and len(e) <= 3
               and doc[e.start - 1].lower_ in kb.title_words and not kb.country(e.text)
               and not kb.city(e.text) and not kb.body(e.text) and kb.person(e.text)]
    # "spoke with Akiba Takeo, Secretary General of Japan's National Security Secretariat",
    # "met with Bjoern Seibert, Head of Cabinet of ...": two or three capitalised words
    # tagged as an organisation or a place, with a person's title in apposition after them,
    # are that person
    people += [SpacySpan(doc, e.start, e.end, label="PERSON") for e in doc.ents
               if e.label_ in ("ORG", "GPE") and 2 <= len(e) <= 3 and e.end + 1 < len(doc)
               and doc[e.end].text == "," and all(
                   t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                   and t.lower_ not in kb.title_words and t.lower_ not in INSTITUTION_WORDS
                   and t.lower_ not in kb.common_words and not kb.country(t.text) for t in e)
               and not kb.body(e.text) and not kb.city(e.text)
               and any(kb.role_phrase(doc[e.end + 1:k].text.lower()) for k in range(e.end + 2, min(e.end + 6, len(doc))))]
    # "Japanese National Security Advisor Akiba Takeo" tagged as one organisation: the
    # capitalised words after the last title word are the person the title names
    for e in doc.ents:
        if e.label_ != "ORG" or len(e) < 3:
            continue
        titled_ent = any(knowledge.normalize(t.text) in kb.title_words for t in e) or (
            e.start > 0 and doc[e.start - 1].lower_ in kb.title_words)
        last = max((t.i for t in e if knowledge.normalize(t.text) in kb.title_words or (
            titled_ent and t.text[:1].isupper() and kb.country(t.text))), default=None)
        # ("Minister of the Revolutionary Armed Forces of Cuba Álvaro López Miera")
        tail = list(doc[last + 1:e.end]) if last is not None else []
        if 1 <= len(tail) <= 3 and all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in kb.title_words
                                       and not kb.country(t.text) and not kb.sector_noun(t.lower_)
                                       and t.lower_ not in kb.common_words
                                       and t.lower_ not in INSTITUTION_WORDS for t in tail) \
                and not kb.body(e.text):       # (not "National Security Secretariat")
            people.append(SpacySpan(doc, tail[0].i, e.end, label="PERSON"))
    people += [SpacySpan(doc, t.i, t.i + 1, label="PERSON") for t in doc
               if t.pos_ == "PROPN" and not t.ent_type_ and t.i > 0 and t.text[:1].isupper()
               and doc[t.i - 1].lower_ in kb.title_words and t.lower_ not in kb.title_words
               and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].dep_ != "conj")
               and not kb.country(t.text) and not kb.city(t.text) and kb.person(t.text)]
    people += _listed_under_title(doc, kb)
    ents = sorted(list(doc.ents) + people, key=lambda e: -(e.end - e.start))
    # tokens of known multi-word countries and bodies: "Antigua and Barbuda" is no person
    known = {i for sp in found if sp.label_ != "person" and len(sp) > 1 for i in range(sp.start, sp.end)}
    for ent in ents:
        if ent.label_ == "PERSON":
            if kb.body(_norm(ent.text)) or kb.country(_norm(ent.text)) \
                    or _norm(ent.text).lower().removeprefix("the ") in kb.regions \
                    or _norm(ent.text).lower() in _not_actors() \
                    or all(knowledge.normalize(t.text) in kb.title_words for t in ent) \
                    or any(i in known for i in range(ent.start, ent.end)):
                continue            # "Foggy Bottom", "Tatmadaw", "the Sahel": a body or place
            if len(ent) == 1 and ent.root.dep_ in ("compound", "amod", "nmod") \
                    and (groups.identity_head(ent.root.head, kb)
                         or ent.root.head.lower_ in groups.MOVEMENT_HEADS) \
                    and not kb.person(ent.text):
                continue            # "the Hutu rebel group": a people, not a person
            m = _person_mentions(doc, _widened(ent, kb, taken | known), kb, on)
            if m is not None and not any(i in taken for i in range(m.start, m.end)):
                add(m)
                taken.update(range(m.title_start, m.start))   # the title is not another actor
    for tok in doc:
        if tok.i not in taken:
            add(_titled_name(doc, tok, kb, taken))
    # "the family of Mr. George Floyd", "the Reed family": a family is an actor of its own;
    # meeting it is not meeting the person it is named after (often dead or detained)
    for start, end, name, country in _families(doc, mentions):
        add(_Mention(start, end, ("group", name.lower()), name, "group", country, "CVL",
                     reason="family of a named person"))
    # "Yoruba leaders", "Shona rebels": a people's or a faith's group (its country is the
    # sentence's, given in ``extract``)
    for start, end, name, sector, iso in groups.identity_groups(doc, kb, taken, known):
        add(_Mention(start, end, ("group", name.lower()), name, "group", iso, sector,
                     reason="identity group"))
    # "the Azadliq opposition coalition": a movement the NER missed (country: the sentence's)
    for start, end, name, sector in groups.named_movements(doc, kb, taken, known):
        add(_Mention(start, end, ("org", name.lower()), name, "organization", None, sector,
                     reason="named movement"))
    # role phrases that name no one ("the Chinese president", "the Secretary"); before the
    # country words, so "Chinese" in "the Chinese president" is part of the role
    for tok in doc:
        if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        add(_role_mention(doc, tok, kb, taken))
    # "ethnic Albanians": a minority, with the country it lives in (given in ``extract``)
    for start, end, name, iso, sector in groups.ethnic_groups(doc, kb, taken, known):
        add(_Mention(start, end, ("group", name.lower()), name, "group", None, sector,
                     reason="ethnic group", canonical=None))
    # "Lebanese gunmen", "Tunisia's vibrant civil society": groups with their country
    for start, end, iso, name, sector, kind in groups.demonym_groups(doc, kb, taken, known):
        add(_Mention(start, end, ("group", name.lower(), iso), name, kind, iso, sector,
                     reason="demonym and sector noun"))
    # knowledge-base surfaces and organisation entities
    d = dateline_of(doc)
    if d is not None:                  # "WASHINGTON —" is where, not who
        head = doc.char_span(d[0], d[1], alignment_mode="expand")
        taken.update(range(head.start, head.end) if head is not None else ())
    spans = [sp for sp in found if sp.label_ != "person"]
    spans += [e for e in doc.ents if e.label_ in ("ORG", "GPE", "NORP", "LOC")]
    spans += [SpacySpan(doc, e.start, e.end, label="ORG") for e in doc.ents
              if e.label_ in ("FAC", "PRODUCT", "WORK_OF_ART", "EVENT") and _described_as_body(e, kb)]
    spans.sort(key=lambda s: (-(s.end - s.start), s.start))
    for span in spans:
        add(_named_mention(doc, span, kb))
    for tok in doc:                    # "Ethopia", "Afganistan": a misspelt country name
        if tok.i not in taken and tok.pos_ == "PROPN" and len(tok.text) >= 7 \
                and tok.ent_iob_ != "I" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
            c = kb.fuzzy_country(tok.text)
            if c is not None:
                add(_Mention(tok.i, tok.i + 1, ("kb", c.iso3), tok.text, "country", c.iso3,
                             canonical=c.name, reason="fuzzy"))
    for tok in doc:                    # "U.S.-led", "Iran-backed": one token, a country inside
        if tok.i not in taken and "-" in tok.text and tok.text[:1].isupper():
            c = kb.country(tok.text.rsplit("-", 1)[0])
            if c is not None:
                add(_Mention(tok.i, tok.i + 1, ("kb", c.iso3), c.name, "country", c.iso3,
                             canonical=c.name, reason="adjective"))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _acronym_mentions(doc: Doc, kb) -> list[_Mention]:
    """ "the Cuban Ministry of the Interior (MININT)": the name, the acronym in brackets and
    every later use of the acronym ("MININT forces") are one organisation, with the
    country of a demonym in front of the name ("Cuban")."""
    out: list[_Mention] = []
    for start, end, acr in groups.acronym_definitions(doc):
        if kb.country(doc[start:end].text) or kb.country(acr):
            continue                       # "the United Arab Emirates (UAE)": the state
        if doc[end - 1].lower_ in THING_HEADS or doc[end - 1].lower_ in TEXT_NOUNS:
            continue                       # "Intercontinental Ballistic Missile (ICBM)"
        if start > 0 and doc[start - 1].text[:1].isupper() and kb.country(doc[start - 1].text) \
                and kb.country(doc[start - 1].text).via == "demonym":
            start -= 1                     # "the Cuban Ministry of the Interior"
        toks = list(doc[start:end])
        # the text's own definition wins over a known body with the same acronym ("BOE")
        body = kb.body(doc[start:end].text) or kb.body(" ".join(t.text for t in toks[1:]))
        if body is not None:
            proto = dict(key=("kb", body.name), name=body.name, kind=body.kind or "organization",
                         country=body.country, sector=body.sector, canonical=body.name,
                         reason="body")
        else:
            name = groups.body_name(kb, toks)
            sector = next((kb.sector_noun(t.lower_) for t in reversed(toks)
                           if t.is_alpha and kb.sector_noun(t.lower_)), None)
            proto = dict(key=("org", name.lower()), name=name, kind="organization",
                         country=_country_in(toks, kb) or _owner_country(doc, start, end, kb),
                         sector=sector, reason="acronym")
        spans = [(start, end), (end + 1, end + 2)]
        spans += [(t.i, t.i + 1) for t in doc if t.text == acr and not start <= t.i <= end + 1]
        out += [_Mention(s, e, **proto) for s, e in spans]
    return out


def _owner_country(doc: Doc, start: int, end: int, kb) -> Optional[str]:
    """The country of the body that owns a name: "the Department of the Treasury's Office
    of Foreign Assets Control" is the Treasury's, so American."""
    for c in doc[start:end].root.children:
        if c.dep_ == "poss" and c.i < start:
            lo = c.left_edge.i + (1 if c.left_edge.lower_ == "the" else 0)
            text = doc[lo:c.right_edge.i + 1].text
            text = text[:-2] if text.endswith(("'s", "’s")) else text
            owner = kb.body(text) or kb.country(text)
            iso = getattr(owner, "country", None) or getattr(owner, "iso3", None)
            if iso and iso not in knowledge.SPECIAL_CODES:
                return iso
    return None


#: Place nouns a one-word name may only qualify ("the Anglophone regions", "Kurdish areas")
REGION_HEADS = {"region", "area", "province", "zone", "district", "territory", "part", "city", "town"}


def _named_mention(doc: Doc, span: SpacySpan, kb) -> Optional[_Mention]:
    text = _norm(span.text)
    if not text or (text.lower() in PRONOUNS and not (len(text) > 1 and text.isupper())):
        return None
    start = span.start + (1 if span[0].lower_ in ("the", "a", "an") else 0)   # ("a Presidential
    end = span.end - (1 if span[-1].text in ("'s", "’s") else 0)            # Leadership Council")
    if doc[end - 1].pos_ in ("ADP", "DET", "CCONJ") and doc[end - 1].is_lower:
        while end > start and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ") and doc[end - 1].is_lower:
            end -= 1            # "COVID-19 on the": the NER ran past the name
        text = _norm(doc[span.start:end].text)
    if start >= end:
        return None
    if span.label_ == "ORG" and any(t.tag_ == "PRP$" for t in doc[start:end]):
        return None             # "the Foreign Ministers for their nations": a description
    if end - start == 1 and doc[start].dep_ in ("amod", "compound") \
            and doc[start].head.lemma_.lower() in REGION_HEADS and not kb.country(text) and not kb.body(text):
        return None             # "the Anglophone regions of Cameroon": a kind of place
    lo, hi = start, end                     # the whole hyphenated word: "Indo-Pacific"
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 2].whitespace_:
        lo -= 2
    while hi + 1 < len(doc) and doc[hi].text == "-" and not doc[hi - 1].whitespace_:
        hi += 2
    if (_norm(doc[start:end].text).lower() in kb.regions or doc[lo:hi].text.lower() in kb.regions) \
            and not kb.body(text):
        return None                         # "the Indo-Pacific", "the Sahel": no actor
    body = kb.body(text)
    owner = next((kb.country(c.text) for c in doc[start:end].root.children
                  if c.dep_ == "poss" and c.i < start and c.text[:1].isupper()), None)
    if body and body.country and owner is not None and owner.iso3 != body.country \
            and body.country not in knowledge.SPECIAL_CODES:
        # "Chile's Senate" is not the US Senate a bare "Senate" would be
        name = _norm(doc[start:end].text)
        return _Mention(start, end, ("org", name.lower(), owner.iso3), name, body.kind or "organization",
                        owner.iso3, body.sector)
    if body:
        return _Mention(start, end, ("kb", body.name), body.name, body.kind or "organization",
                        body.country, body.sector, canonical=body.name, reason="body")
    country = kb.country(text)
    if country and ((end < len(doc) and doc[end].text in _MONEY_SIGNS) or (
            doc[start:end].root.dep_ in ("compound", "nmod", "amod")
            and doc[start:end].root.head.lemma_.lower() in _MONEY_NOUNS)):
        return None                         # "US $50 million", "Hong Kong dollars": money
    if country:
        head = doc[span.start]
        if country.via == "capital" and head.head.lower_ in LOCATIVE_PREPS and head.dep_ == "pobj":
            return None                     # "in Beijing" is a place, not the government
        named_for = span.root
        while named_for.dep_ in ("compound", "nmod") and named_for.head.i != named_for.i \
                and named_for.head.pos_ == "PROPN" and named_for.head.lemma_.lower() not in NAMED_AFTER_PLACES:
            named_for = named_for.head          # "the Helsinki Final Act"
        if country.via == "capital" and named_for.dep_ in ("compound", "nmod") \
                and named_for.head.lemma_.lower() in NAMED_AFTER_PLACES:
            return None                     # "the Minsk agreements" name a text, not Belarus
        return _Mention(start, end, ("kb", country.iso3), country.name, "country", country.iso3,
                        None, canonical=country.name, reason=country.via)
    if span.label_ in ("ORG", "PERSON") and not any(t.text[:1].isupper() or t.is_digit for t in doc[start:end]):
        return None                         # "sham trials": the NER's guess, no name at all
    if span.label_ == "ORG" and doc[end - 1].lemma_.lower() in TEXT_NOUNS:
        return None                         # "the Minsk agreements", "Abraham Accords": texts
    if span.label_ in ("ORG", "PERSON", "NORP") and _norm(text).lower().removeprefix("the ") in _not_actors():
        return None                         # "COVID-19": a disease, not an organisation
    if span.label_ == "ORG" and kb.role_phrase(text) and title_holder_after(doc, end) is not None:
        return None                         # "National Security Advisor to the Vice President
                                            # Ambassador Nancy McEldowney": her title
    if span.label_ == "ORG":
        of = next((t.i for t in doc[start:end] if t.lower_ == "of"), None)
        if of is not None and of > start and (doc[of - 1].tag_ in ("NNS", "NNPS") or (
                doc[of - 1].lower_.endswith("s") and kb.role_phrase(doc[of - 1].lower_[:-1]))
                or doc[of - 1].lower_ in PEOPLE_PLURALS) \
                and kb.country(doc[of + 1:end].text.removeprefix("the ")):
            end = of                # "G7 Foreign Ministers of Canada, France, ...": the
                                    # states listed are sides of their own
        if doc[end - 1].text[:1].isupper() and (
                kb.role_phrase(doc[end - 1].lower_[:-1]) or doc[end - 1].lower_ in PEOPLE_PLURALS):
            first = start + (doc[start].lower_ == "the")
            for k in range(end - 1, first, -1):      # "G7 Foreign Ministers", "NATO Defense
                body = kb.body(doc[first:k].text)    # Ministers": the body they meet as
                if body is not None:
                    return _Mention(start, end, ("kb", body.name), body.name,
                                    body.kind or "organization", body.country, body.sector,
                                    canonical=body.name, reason="body's members")
        if doc[end - 1].lower_ in THING_HEADS:
            return None             # "the Intercontinental Ballistic Missile": a thing
        if all(t.lower_ in PEOPLE_PLURALS or t.lower_ == "the" for t in doc[start:end]):
            return None             # "the Governments (of France, Germany, ...)": no name
        cut = next((t.i for t in doc[start:end] if t.text == "("), end)
        if cut <= start:
            return None             # "Umma (Nation": the name stops at the bracket
        end = cut
        toks = list(doc[start:end])
        sector = next((kb.sector_noun(t.lower_) for t in reversed(toks) if kb.sector_noun(t.lower_)), None)
        iso = _country_in(toks, kb)
        iso = iso or _owner_country(doc, start, end, kb)
        name = groups.body_name(kb, toks) if end - start > 2 else _norm(doc[start:end].text)
        return _Mention(start, end, ("org", name.lower()), name, "organization", iso, sector)
    if span.label_ == "NORP":
        if "-" in text:
            return None                     # "Sino-US": two countries, not a group
        if text.lower() in kb.regions:
            return None                     # "European leaders": a region is no actor
        return _Mention(start, end, ("group", text.lower()), text, "group", None, None)
    return None


#: Heads of an appositive that say a name is a body's: "Saraya al-Areen, a militia ...".
BODY_HEADS = {"militia", "group", "organization", "organisation", "company", "firm", "party",
              "network", "entity", "movement", "faction", "brigade", "battalion", "unit",
              "agency", "bank", "corporation", "conglomerate", "outlet", "newspaper"}


def _described_as_body(ent: SpacySpan, kb) -> bool:
    """A name the NER took for a facility or a product that the text calls a militia, a
    group or a company in apposition is that body."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and (
        c.lemma_.lower() in BODY_HEADS or kb.sector_noun(c.lower_)) for c in ent.root.children)


def title_holder_after(doc: Doc, end: int) -> Optional[int]:
    """A role phrase whose portfolio ("for Europe and North America") runs on into a
    person's name is that person's title: the index of the name's first token."""
    k = end
    if k >= len(doc) or doc[k].lower_ not in ("for", "to", "on"):
        return None
    k += 1
    while k < min(len(doc), end + 10) and (doc[k].text[:1].isupper() or doc[k].lower_ in ("and", "the", "of", "&")) \
            and doc[k].ent_type_ != "PERSON":
        k += 1
    return k if k < len(doc) and doc[k].ent_type_ == "PERSON" and k > end + 1 else None


def _role_mention(doc: Doc, tok: Token, kb, taken: set) -> Optional[_Mention]:
    """A role phrase headed by ``tok`` with no name attached: "the head of US diplomacy"."""
    if not kb.role_phrase(tok.lower_) and not kb.role_phrase(tok.lemma_.lower()):
        # multiword heads ("chief of diplomacy") are tried from their head noun too
        mods = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod")]
        if not any(kb.role_phrase(f"{tok.lower_} of {c.lower_}") for p in tok.children
                   if p.dep_ == "prep" and p.lower_ == "of" for c in p.children) \
                and not any(kb.role_phrase(" ".join(mods[i:] + [tok.lower_]))
                            for i in range(len(mods))):
            return None
    if tok.tag_ == "NN" and tok.text.islower() and not any(c.dep_ in ("det", "poss") for c in tok.children):
        return None     # "reproductive justice": a cause, not someone's office
    left = [c for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "case")]
    start = min([tok.i] + [c.left_edge.i for c in left])
    end = tok.i + 1
    for p in tok.rights:
        if p.dep_ == "prep" and p.lower_ == "of" and p.i == end:
            objs = [c for c in p.children if c.dep_ == "pobj"]
            if objs and objs[0].ent_type_ == "PERSON" and objs[0].i - end > 1:
                return None     # "President of the European Council Charles Michel": a title
                                # whose holder is named at its end
            if objs and objs[0].pos_ == "NOUN" and kb.sector_noun(objs[0].lemma_.lower()) not in (None, "GOV") \
                    and not kb.role_phrase(f"{tok.lower_} of {objs[0].lower_}"):
                return None     # "the leader of Cuba's military": a group's head, not the
                                # state's leader
            if objs and objs[0].i - end < 4:      # "of State", "of US diplomacy"
                end = objs[0].i + 1
                inner = [g for q in objs[0].children if q.dep_ == "prep" and q.lower_ == "of"
                         and q.i == end for g in q.children if g.dep_ == "pobj"]
                if inner and kb.country(doc[objs[0].i:inner[0].right_edge.i + 1].text.removeprefix("the ")):
                    end = inner[0].right_edge.i + 1     # "of the Kingdom of Saudi Arabia"
    toks = list(doc[start:end])
    if any(i in taken for i in range(start, end)) or doc[start].lower_ in ("a", "an", "any", "every"):
        return None
    if title_holder_after(doc, end) is not None:
        return None             # "UK Minister of State for Europe and North America James
                                # Cleverly": a title, its holder named right after it
    if any(t.lower_ in HONORIFICS for t in doc[start:end]):
        return None             # "Mr. Minister": a form of address, not a reference
    role = _role_of(toks, kb)
    if not role:
        return None
    role_key, sector, kind, country = role
    if kind != "person":
        return None
    where = country
    if country is None:             # "the NATO chief", "the EU foreign policy chief"
        rm = kb.role_mention(doc[start:end].text)
        if rm is not None and rm.org and rm.kind == "person":
            role_key, sector, country, where = rm.role, rm.sector, rm.country, rm.org
    text = doc[start:end].text
    if tok.lower_ in ("authorities", "officials"):
        return None
    return _Mention(start if doc[start].lower_ != "the" else start, end, ("role", role_key, where),
                    _norm(text), "person", country, sector, role=_norm(text), role_key=role_key,
                    reason="role")


#: Words that put a role in the past: its holder on the day is someone else.
PAST_MARKS = {"former", "ex", "late", "then", "previous", "erstwhile", "onetime"}


def _resolve_roles(mentions: list[_Mention], kb, on, warnings: list[Warning], doc: Doc,
                   home: Optional[str] = None, house_roles: frozenset = frozenset(),
                   title: str = "") -> None:
    """Bare role phrases -> the person the text gave that role, else the holder on the day.

    ``home`` is the publisher's country (data/authors.tsv): a transcript's speaker label
    "THE PRESIDENT" on whitehouse.gov is the US president, whoever else the text names."""
    titled = [m for m in mentions if m.kind == "person" and m.role_key and m.key[0] != "role"]
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e, _ in speaker_labels(text_of(doc))] if home else []
    labels = {sp.start for sp in spans if sp is not None}
    persons_at = {pm.start: pm for pm in mentions if pm.kind == "person" and pm.key[0] != "role"}
    roles_at = {rm.start: rm for rm in mentions if rm.key[0] == "role"}
    for m in mentions:
        if m.key[0] != "role":
            continue
        # "the Crown Prince and Prime Minister of Bahrain, Salman ...": both roles are the name's
        last = m
        while last.end + 1 < len(doc) and doc[last.end].lower_ == "and" and last.end + 1 in roles_at:
            last = roles_at[last.end + 1]
        # "the Pentagon's spokesman, John Kirby": the role and the appositive name are one
        # person, who takes the role's country when the knowledge base has none
        k = last.end + 1 if last.end < len(doc) and doc[last.end].text == "," else None
        while k is not None and k < len(doc) and k not in persons_at \
                and doc[k].lower_.rstrip(".") in HONORIFICS | {"prince", "princess", "sheikh", "king", "queen"}:
            k += 1             # "..., Prince Faisal bin Farhan Al Saud"
        named = persons_at.get(k) if k is not None else None
        if named is not None and doc[named.start:named.end].root.dep_ == "appos":
            named.country = named.country or m.country
            named.role = named.role or m.role
            m.key, m.name, m.canonical, m.reason = named.key, named.name, named.canonical, "role with its name"
            if not named.role_key:     # a later bare "the Foreign Minister" is this one
                named.role_key = m.role_key
                titled.append(named)
            elif named.role_key != m.role_key:      # ... and so is a bare "the Crown Prince"
                titled.append(replace(named, role_key=m.role_key))
            continue
        # "Abe Shinzo, former Prime Minister of Japan": the role describes the name it
        # is in apposition to
        root = doc[m.start:m.end].root
        owner = next((pm for pm in persons_at.values() if pm.start <= root.head.i < pm.end),
                     None) if root.dep_ == "appos" else None
        if owner is not None:
            owner.country = owner.country or m.country
            owner.role = owner.role or m.role
            m.key, m.name, m.canonical, m.reason = owner.key, owner.name, owner.canonical, "role of its name"
            m.country = owner.country
            continue
        if root.dep_ == "pobj" and root.head.lower_ == "as":
            m.country = None   # "As Vice President, I visited him": the subject's own office
            continue
        if any(t.lower_ in PAST_MARKS for t in doc[m.start:m.end]):
            continue         # "the former prime minister" is not the one in office
        role_key, country = m.key[1], m.key[2]
        house = role_key in house_roles and all(
            t.text[:1].isupper() for t in doc[m.start:m.end] if t.lower_ not in ("the", "of"))
        if country is None and home and on and (m.start in labels or m.start - 1 in labels or house):
            holder = kb.holder(role_key, home, on)
            if holder is not None:
                m.key, m.name, m.canonical, m.reason = ("kb", holder.name), holder.name, holder.name, "role on date (publisher's country)"
                m.country = holder.country
                continue
        def home_of(t):               # a titled name's country, from the KB when known
            if t.country:
                return t.country
            known = kb.person(t.canonical or t.name) if (t.canonical or t.name) else []
            return known[0].country if len(known) == 1 else None
        # "the President of Ukraine" is not "President Putin", named just before
        # "the Iraqi prime minister" is not "Prime Minister Abiy", whose country the text
        # does not give: a role with a country takes only a name of that country
        same = [t for t in titled if t.role_key == role_key and (country is None or home_of(t) == country)]
        if not same:    # "the Chinese minister" after "Chinese Foreign Minister Chen Gang"
            # (every word but a country's: "the vice president" is not "President Biden")
            words = {w for w in m.name.lower().split() if w not in ("the", "this", "that")
                     and not kb.country(w)}
            same = [t for t in titled if words <= set((t.role or "").lower().split())
                    and (country is None or home_of(t) == country)]
        before = [t for t in same if t.start < m.start] or same

        def lead(text):     # the title's first word after articles and country words
            return next((w for w in (text or "").lower().replace(".", "").split()
                         if w not in ("the", "this", "that", "u", "s", "us", "uk") and not kb.country(w)), None)
        alike = [t for t in before if lead(t.role) == lead(m.name)]
        before = alike or before    # "the Secretary" after "Secretary of State Blinken met UK
        if before:                  # Foreign Secretary Truss" is the Secretary of State
            t = before[-1]
            m.key, m.name, m.canonical, m.reason = t.key, t.name, t.canonical, "role in text"
            m.country = m.country or t.country
            continue
        holder = kb.holder(role_key, country, on) if (country and on) else None
        if holder:
            m.key, m.name, m.canonical, m.reason = ("kb", holder.name), holder.name, holder.name, "role on date"
            m.country = holder.country
            titled.append(m)   # "the Foreign Minister of Saudi Arabia ... the Foreign Minister"
            continue
        named = _titled_in_title(m, title, kb, on) if country is None else None
        if named is not None:   # "Readout of President Biden's Meeting with Prime Minister
            m.key, m.name, m.canonical, m.reason = ("kb", named.name), named.name, named.name, \
                "role the title gives a name"          # Trudeau of Canada": "the Prime Minister"
            m.country = named.country
            titled.append(m)
    # role conflicts: a name given a title that the knowledge base says someone else held
    for t in titled:
        if not (t.country and on):
            continue
        holder = kb.holder(t.role_key, t.country, on)
        if holder and t.canonical != holder.name and holder.name != t.name \
                and not (t.canonical and kb.person(t.canonical)):
            span = doc[t.start:t.end]
            warnings.append(Warning(
                kind="role_conflict",
                message=(f"the text names {t.name} as {t.role or t.role_key} ({t.country}), but on "
                         f"{on.isoformat()} that office was held by {holder.name}"),
                start=span.start_char, end=span.end_char))


def extract(doc: Doc, document: Document) -> ActorTable:
    """Find, group and code the actors of one parsed document."""
    kb = knowledge.load()
    on = _date(document)
    mentions = _collect(doc, kb, on)
    _group_persons(mentions, kb, on)
    table = ActorTable()
    home = _author_row(document)
    _resolve_roles(mentions, kb, on, table.warnings, doc, home["country"] if home else None,
                   frozenset(((home or {}).get("house_roles") or "").split("|")) - {""},
                   re.sub(r"\s+", " ", document.title or ""))
    by_key: dict[tuple, Actor] = {}
    for m in mentions:
        if m.key[0] == "role" and m.country is None:
            continue                       # "the Secretary" with no one to be: leave it
        span = doc[m.start:m.end]
        actor = by_key.get(m.key)
        if actor is None:
            actor = Actor(id=f"a{len(by_key) + 1}", name=" ".join((m.canonical or m.name).split()), kind=m.kind,
                          country=m.country, sector=m.sector, canonical=m.canonical,
                          link_reason=m.reason)
            by_key[m.key] = actor
            table.actors.append(actor)
        actor.country = actor.country or m.country
        if actor.kind != "country":
            actor.sector = actor.sector or m.sector
        actor.role = actor.role or (m.role if m.reason != "role in text" else None)
        if m.role_key:
            table.roles.setdefault(actor.id, set()).add(m.role_key)
        actor.mentions.append(Span(span.start_char, span.end_char, span.text))
        for i in range(m.start, m.end):
            table.token_actor[i] = actor.id
        if m.kind == "person" and 0 <= m.title_start < m.start:
            # "U.S. Special Envoy and Ambassador to Libya Richard Norland visited": the parse
            # may make the title the subject and hang the name below it; the title is the person
            for t in doc[m.title_start:m.start]:
                if t.i not in table.token_actor and t.pos_ in ("PROPN", "NOUN") \
                        and t.dep_ in ("nsubj", "nsubjpass") \
                        and not m.title_start <= t.head.i < m.end \
                        and any(m.start <= d.i < m.end for d in t.subtree):
                    table.token_actor[t.i] = actor.id
        if m.reason in ("fuzzy", "variant spelling") and not any(
                w.kind in ("misspelling", "spelling_variant") and m.name in w.message
                for w in table.warnings):
            table.warnings.append(Warning(
                kind="misspelling" if m.reason == "fuzzy" else "spelling_variant",
                message=(f"“{m.name}” taken as {m.canonical} (a close spelling)"
                         if m.reason == "fuzzy" else
                         f"“{m.name}” taken as {m.canonical} (another spelling of the name)"),
                start=span.start_char, end=span.end_char))
    _code_from_kb(table.actors, kb, on)
    _country_from_of(table, doc, kb)
    _identity_countries(table, doc, kb)
    _text_names(table.actors, mentions, by_key)
    table.author = _author(document, by_key, table.next_id())
    table.first_person = _first_person(document, kb, on, by_key, home, table.next_id())
    people = _joint_people(document, kb, by_key, table)
    table.joint = [] if people else _joint_authors(document, kb)
    table.joint_ids = people or ([] if table.joint else _joint_subjects(document, doc, table))
    table.joint_as = _signing_body(document, table)
    _names_from_title(table, document, kb)
    _country_names_as_written(table, kb)
    _body_names_as_written(table, kb)
    return table


def _body_names_as_written(table: "ActorTable", kb) -> None:
    """A national body the text names with its country ("the US State Department", "The
    U.S. Treasury") is named as written; ``canonical`` keeps the standard name ("U.S.
    Department of State"). A bare "the Department" keeps the standard name."""
    for a in table.actors:
        if a.kind != "organization" or not a.country or not a.mentions or a.country in knowledge.SPECIAL_CODES:
            continue
        forms = []
        for m in a.mentions:
            f = re.sub(r"^the\s+", "", m.text.strip(), flags=re.I).removesuffix("’s").removesuffix("'s")
            words = f.split()
            if len(words) < 2 or not all(w[:1].isupper() or w in ("of", "for", "the", "and") for w in words):
                continue
            lead = next((" ".join(words[:k]) for k in (2, 1)
                         if (c := kb.country(" ".join(words[:k]))) is not None and c.iso3 == a.country
                         and c.via != "demonym"), None)      # ("Israeli Defense Forces" is the IDF)
            if lead and len(lead.split()) < len(words) and kb.body(f) is not None:
                forms.append(f)
        if forms:
            best = max(forms, key=lambda f: (len(f.split()), len(f)))
            if best != a.name:
                a.canonical = a.canonical or a.name
                a.name = best


def _country_names_as_written(table: "ActorTable", kb) -> None:
    """A country the text names only by another of its names ("Burma", "the Czech
    Republic") is named so; ``canonical`` keeps the standard name. Abbreviations ("DPRK")
    and formal long forms ("Republic of Korea", "Russian Federation") do not rename it."""
    for a in table.actors:
        if a.kind != "country" or not a.mentions:
            continue
        said = [re.sub(r"^the\s+", "", m.text.strip(), flags=re.I).removesuffix("’s").removesuffix("'s")
                for m in a.mentions]
        forms = set(said)
        written = {f for f in forms if (c := kb.country(f)) is not None and c.via == "alias"
                   and not f.isupper() and " of " not in f and all(w[:1].isupper() for w in f.split())
                   and not any(w in f for w in ("Federation", "People", "Republic of", "Kingdom of"))}
        if len(written) == 1 and said.count(next(iter(written))) > said.count(a.name):
            # (the name the text mostly uses: "Burma" four times, "Myanmar" once in a firm's name)
            a.canonical = a.canonical or a.name
            a.name = written.pop()


def _titled_in_title(m: _Mention, title: str, kb, on):
    """The known person a document's title names with the bare role the body uses ("the
    Prime Minister" under "... Meeting with Prime Minister Trudeau of Canada"), or None:
    the person must hold that role on the day."""
    words = [w for w in m.name.split() if w.lower() not in ("the", "this", "that")]
    if not title or not words or on is None:
        return None
    hit = re.search(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\s+((?:[A-Z][\w’'.-]+\s?){1,3})",
                    title, re.I)
    if hit is None:
        return None
    name = " ".join(w for w in hit.group(1).split() if not kb.country(w) and w.lower() not in ("of", "and"))
    people = [p for p in kb.person(name) if any(t.active(on) and m.key[1] in t.roles for t in p.terms)] if name else []
    return people[0] if len(people) == 1 else None


def _names_from_title(table: "ActorTable", document: Document, kb) -> None:
    """A person the body names by surname only ("FOREIGN MINISTER LINDE") whom the title
    names in full ("... and Swedish Foreign Minister Ann Linde Before Their Meeting") takes
    the full name; the mentions stay as written."""
    title = re.sub(r"\s+", " ", document.title or "")
    for a in table.actors:
        if a.kind != "person" or a.canonical or len(a.name.split()) != 1:
            continue
        m = re.search(r"\b((?:[A-Z][\w’'.-]+ ){1,2})" + re.escape(a.name) + r"\b", title)
        if m is None:
            continue
        given = [w for w in m.group(1).split() if w.lower() not in kb.title_words
                 and not kb.country(w) and w.lower() not in HONORIFICS]
        if given and given[-1] == m.group(1).split()[-1]:
            a.name = f"{given[-1]} {a.name}"


_STATEMENT = re.compile(r"\b(?:Statement|Declaration|Communiqu[eé])s?\b", re.I)
_PERSON_AUTHOR = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?:(?:Deputy|Acting|Under|Assistant|"
                            r"Press|Vice)\s+)*(?:President|Secretary|Spokesperson|Spokesman|"
                            r"Ambassador|Administrator|Envoy|Minister|Prime Minister|Director)\b", re.I)


def _joint_subjects(document: Document, doc: Doc, table: "ActorTable") -> list[str]:
    """A statement no person signs whose lead names its authors as the subject ("The Troika
    (Norway, the United Kingdom, and the United States), Canada, Switzerland, and the
    European Union are alarmed by ..."): its "we" is all of them. States and bodies only,
    two or more, from the first two sentences."""
    title = re.sub(r"\s+", " ", document.title or "").strip()
    if not _STATEMENT.search(title) or _PERSON_AUTHOR.search(title):
        return []
    m = _TITLE_AUTHOR.match(title)
    body = knowledge.load().body(re.sub(r"^the\s+", "", m["who"], flags=re.I)) if m else None
    if body is not None:        # "Statement by the Global Coalition on ...": the body's "we"
        own = next((a for a in table.actors if a.canonical == body.name or a.name == body.name), None)
        if own is not None:
            return [own.id]
    for sent in list(doc.sents)[:3]:    # "The following is the text of a joint statement
        for t in sent:                   # by the Governments of the United States and ..."
            if t.lemma_.lower() in ("statement", "declaration", "communique", "communiqué"):
                preps = list(t.children)
                subj = t
                if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ == "text":
                    subj = t.head.head           # "The text of the following statement was"
                if subj.dep_ in ("nsubjpass", "nsubj"):     # "The following statement was
                    preps += [c for c in subj.head.children if c.dep_ == "agent"]  # released by"
                preps += [x for x in sent if x.i > t.i and x.lower_ == "by" and x.dep_ in ("agent", "prep")
                          and x.head.lemma_.lower() in ("issue", "release", "make", "sign", "publish",
                                                        "adopt", "deliver")][:1]
                # ("a joint statement on Armed Forces Day in Myanmar issued by ...")
                ids = _signers([x for p in preps if p.dep_ in ("prep", "agent")
                                and p.lower_ in ("by", "from", "of") for x in p.subtree], table)
                if len(ids) < 2:       # the parser may break the list off the "by"-phrase:
                    by = next((p for p in preps if p.lower_ in ("by", "from") and p.i > t.i), None)
                    run = []           # read on to the sentence's end or its first verb
                    for x in sent[by.i - sent.start + 1:] if by is not None else ():
                        if x.pos_ in ("VERB", "AUX") or x.lower_ in ("regarding", "concerning", "about", ":"):
                            break
                        run.append(x)
                    ids = _signers(run, table)
                by = next((p for p in preps if p.lower_ in ("by", "from") and p.i > t.i), None)
                if len(ids) >= 2 and by is not None:   # "..., and the European External Action
                    run = []                            # Service" hung on the verb: one more
                    for x in sent[by.right_edge.i - sent.start + 1:]:
                        if x.pos_ in ("VERB", "AUX") or x.lower_ in ("regarding", "concerning", "about", ":"):
                            break
                        run.append(x)
                    if run and run[0].text == "," or run and run[0].lower_ == "and":
                        ids += [i for i in _signers(run, table) if i not in ids]
                if len(ids) >= 2:
                    return ids
    for sent in list(doc.sents)[:2]:
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        head = next((c for c in subj.children if c.dep_ == "appos"), subj) \
            if subj.lower_ == "we" else subj
        listed = _signers(list(head.subtree), table)
        if len([i for i in listed if table.by_id(i).kind == "country"]) >= 2:
            return listed       # "We, the G7 Foreign Ministers of Canada, France, ...": each
        body = table.by_id(table.token_actor.get(head.i))
        if body is not None and body.kind in ("organization", "group"):
            return [body.id]    # "We, the G7 Foreign Ministers": the G7
        ids = []
        for t in subj.subtree:
            a = table.by_id(table.token_actor.get(t.i))
            if a is not None and a.kind in ("country", "organization") and a.id not in ids:
                ids.append(a.id)
        if len(ids) >= 2 or (len(ids) == 1 and head.lower_ in PEOPLE_PLURALS and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children)):
            return ids          # "The undersigned members of the Media Freedom Coalition"
    return []


def _signing_body(document: Document, table: "ActorTable") -> Optional[str]:
    """The body a statement of several governments speaks as, named before "Statement" in
    its title ("Media Freedom Coalition Statement on the Arrest of ..."): in the text, "The
    Media Freedom Coalition demands" is all the signers. Only with two or more signers."""
    title = re.sub(r"\s+", " ", document.title or "").strip().lower()
    cut = title.find(" statement")
    if cut <= 0 or len([i for i in table.joint_ids if (table.by_id(i) or None)
                        and table.by_id(i).kind == "country"]) < 2:
        return None
    return next((a.id for a in table.actors if a.kind == "organization" and a.id not in table.joint_ids
                 and a.name.lower().removeprefix("the ") in title[:cut]), None)


def _signers(tokens, table: "ActorTable") -> list[str]:
    """The states and bodies a statement's lead lists as its authors, in order. A group named
    only to qualify the listed members ("the G7 foreign ministers of Canada, France, ...") is
    not one more signer: each member signs."""
    ids = []
    for x in tokens:
        if x.dep_ in ("nmod", "compound") and x.head.lower_ in PEOPLE_PLURALS and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in x.head.children):
            continue
        if x.lower_ in PEOPLE_PLURALS and any(c.dep_ == "prep" and c.lower_ == "of" for c in x.children):
            continue        # "the Foreign Ministers of Canada, France, ...": each state signs
        a = table.by_id(table.token_actor.get(x.i))
        if a is not None and a.kind == "person" and x.ent_type_ == "GPE" and x.ent_iob_ == "B":
            # "the Secretary of State of the United States": the state in a signer's title
            end = x.i + 1
            while end < len(x.doc) and x.doc[end].ent_iob_ == "I":
                end += 1
            c = knowledge.load().country(x.doc[x.i:end].text.removeprefix("the "))
            a = table.by_id(table._country(c.iso3)) if c is not None else None
        elif a is not None and a.kind == "person" and x.ent_type_ == "ORG" and x.ent_iob_ == "B":
            # "the High Representative of the European Union": the body in a signer's title
            end = x.i + 1
            while end < len(x.doc) and x.doc[end].ent_iob_ == "I":
                end += 1
            body = knowledge.load().body(x.doc[x.i:end].text.removeprefix("the "))
            a = table.by_id(table.body_actor(body, x.doc[x.i:end])) \
                if body is not None and body.kind == "organization" else None
        if a is not None and a.kind == "organization" and x.i + 1 < len(x.doc) and x.doc[x.i + 1].text == "(" \
                and any(c.dep_ == "appos" and (table.by_id(table.token_actor.get(c.i)) or a).kind == "country"
                        for c in x.children):
            continue            # "the Troika (Norway, the United Kingdom and the United States)":
                                # the members it lists sign, not the group once more
        if a is not None and a.kind in ("country", "organization") and a.id not in ids:
            ids.append(a.id)
    return ids


_JOINT = re.compile(r"^Joint (?:Statement|Declaration|Communiqu[eé]|Readout)s? (?:by|of|from|between) "
                    r"(?:the )?(?P<who>.+?)(?=\s+(?:on|at|to|regarding|about|following|after|for(?!\s+Foreign\b))\s|\s*[:;\u2013\u2014(]"
                    r"|,\s+(?!and\b|the\b|(?-i:[A-Z]))|$)",
                    re.I)


def _joint_authors(document: Document, kb) -> list[str]:
    """A joint statement's "we" is all its authors: "Joint Statement by the United States
    and Japan on ...", "... Between the United States and Poland", "on the U.S.-Iraq
    Strategic Dialogue" -> each country. Countries only; none unless two or more."""
    title = re.sub(r"\s+", " ", document.title or "").strip()
    if not re.match(r"Joint (?:Statement|Declaration|Communiqu[eé]|Readout)", title, re.I):
        return []
    m = _JOINT.match(title)
    between = re.search(r"\b[Bb]etween (?:the )?(.+?) and (?:the )?(.+?)(?= on | at |[:,;(]|$)", title)
    if m:
        parts = [p.strip() for p in re.split(r",|\band\b|&", m["who"]) if p.strip()]
    elif between:
        parts = [between.group(1), between.group(2)]
    else:
        chain = re.search(r"((?:[A-Z][\w.]*)(?: (?:[A-Z][\w.]*|of))*(?:-(?:[A-Z][\w.]*)(?: (?:[A-Z][\w.]*|of))*)+)", title)
        parts = chain.group(1).split("-") if chain else []
    codes = []
    for p in parts:
        p = re.sub(r"^(?:the|Government of( the)?|Governments of( the)?)\s+", "", p.strip(), flags=re.I)
        words = p.split()
        c = next((kb.country(" ".join(words[:k])) for k in range(len(words), 0, -1)
                  if kb.country(" ".join(words[:k]))), None)     # "Republic of Korea Trilateral"
        iso = c.iso3 if c is not None else _signer_state(words, kb)
        if iso is None or iso in codes:
            return []                  # a party we cannot place: no guess about the rest
        codes.append(iso)
    return codes if len(codes) > 1 else []


def _joint_people(document: Document, kb, by_key: dict, table: "ActorTable") -> list[str]:
    """A joint statement that people of two or more states sign ("Joint Statement by
    President Joseph R. Biden Jr. of the United States and President Iván Duque Márquez of
    the Republic of Colombia"): its "we" is those people. Signers of one state speak for it
    (the publisher's "we"); a signer the knowledge base does not know: no guess."""
    title = re.sub(r"\s+", " ", document.title or "").strip()
    m = _JOINT.match(title)
    if m is None or not _PERSON_AUTHOR.search(title):
        return []
    people = []
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", m["who"]):
        part = re.split(r"\s+of\s+(?:the\s+)?(?=[A-Z])", part.strip())[0]   # "... of the United States"
        words = [w for w in part.split() if not re.fullmatch(r"[A-Z]\.|Jr\.?|Sr\.?|II|III", w)]
        found = next((f for k in (3, 2) if len(words) >= k
                      for f in [kb.person(" ".join(words[-k:]))] if len(f) == 1), None)
        if found is None:
            return []
        people.append(found[0])
    if len(people) < 2 or len({p.country for p in people}) < 2:
        return []
    ids = []
    for p in people:
        actor = by_key.get(("kb", p.name))
        if actor is None:
            actor = Actor(id=table.next_id(), name=p.name, kind="person", country=p.country,
                          sector=p.sector, canonical=p.name, link_reason="signer named in the title")
            table.actors.append(actor)
            by_key[("kb", p.name)] = actor
        ids.append(actor.id)
    return ids


def _signer_state(words: list[str], kb) -> Optional[str]:
    """The state of a signer a joint statement's title names by office and name ("Secretary
    of State Antony J. Blinken"): the known person's, when the name's last words find one."""
    name = [w for w in words if not re.fullmatch(r"[A-Z]\.", w)]
    for k in (2, 3):
        found = kb.person(" ".join(name[-k:])) if len(name) >= k else []
        if len(found) == 1 and found[0].country:
            return found[0].country
    return None


@lru_cache(maxsize=1)
def _authors() -> dict[str, dict]:
    text = resources.files("rapport.data").joinpath("authors.tsv").read_text(encoding="utf-8")
    rows = [l.split("\t") for l in text.splitlines() if l.strip() and not l.startswith("#")]
    return {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}


def _author(document: Document, by_key: dict, new_id: str) -> Optional[Actor]:
    """The actor speaking in the author's voice, from the source's domain (data/authors.tsv)."""
    row = _author_row(document)
    if row is None:
        return None
    existing = by_key.get(("kb", row["country"])) or by_key.get(("kb", row["name"]))
    if existing is not None:
        return existing
    return Actor(id=new_id, name=row["name"], kind=row["kind"], country=row["country"],
                 sector=row["sector"], canonical=row["name"], link_reason="author (source)")


def _first_person(document: Document, kb, on, by_key: dict, row: Optional[dict],
                  new_id: str) -> Optional[Actor]:
    """Who "I" is in the author's own voice: the person a title names ("Statement by the
    President on ...": the publisher's president on the day), else the publisher's usual
    first-person author (data/authors.tsv: a state.gov statement in the first person is the
    Secretary's). None when neither says, so "I" is then left unresolved."""
    title = re.sub(r"\s+", " ", document.title or "").strip()
    m = _TITLE_AUTHOR.match(title)
    byline = _byline_person(document.author)
    if m:
        who, reason = m["who"], "the author named in the title"
    elif byline:
        who, reason = byline, "the byline"
    elif row and row.get("first_person"):
        who, reason = row["first_person"], f"first person on {row['domain']}"
    else:
        return None
    words = who.split()
    person = None
    named = [w for w in words if w[:1].isupper() and w.lower() not in kb.title_words
             and w.lower() not in HONORIFICS and w.lower() != "the"]
    for k in sorted({2, 3, len(words)}) if named else ():
        found = kb.person(" ".join(words[-k:])) if len(words) >= k else []
        if len(found) == 1:
            person = found[0]
            break
    if person is None and named:
        # "Statement by President Biden Four Years After the Parkland Shooting": the name
        # may stand before words the title runs on with
        for i in range(1, len(words)):
            w = words[i]
            if w not in named or words[i - 1].lower() not in kb.title_words:
                continue           # (a name right after a title: not "the White House")
            found = (kb.person(" ".join(words[i:i + 2])) if i + 1 < len(words) and words[i + 1] in named
                     else []) or kb.person(w)
            if len(found) == 1:
                person = found[0]
                break
    if person is None and on:
        rm = kb.role_mention(who)
        where = (rm.org or rm.country or (row["country"] if row else None)) if rm else None
        person = kb.holder(rm.role, where, on) if rm and where else None
    if person is None:
        # a name the knowledge base does not hold ("Remarks by Deputy Secretary of State
        # Wendy Sherman"): the title's trailing name, with the country its role or the
        # publisher gives
        tail = []
        for w in reversed(words):
            if w not in named:
                break
            tail.insert(0, w)
        if (m is None and not byline) or len(tail) < 2:
            return None
        rm = kb.role_mention(who)
        country = (rm.country if rm else None) or (row["country"] if row else None)
        name = " ".join(tail)
        existing = by_key.get(("person", name))
        if existing is not None:
            return existing
        return Actor(id=new_id, name=name, kind="person", country=country,
                     sector="GOV" if rm else None, role=rm.role if rm else None,
                     link_reason=f"first person: {reason} (not in the knowledge base)")
    existing = by_key.get(("kb", person.name))
    if existing is not None:
        return existing
    # named as the title spells the person ("Dr. Liz Sherwood-Randall"), as in the body's
    # mentions; the knowledge base's spelling stays in ``canonical``
    written = next((f for f in person.aliases if len(f.split()) == len(person.name.split())
                    and not any(w.lower() in kb.title_words for w in f.split())
                    and re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", who)), person.name)
    return Actor(id=new_id, name=written, kind="person", country=person.country,
                 sector=person.sector, canonical=person.name, link_reason=f"first person: {reason}")


def _byline_person(author: Optional[str]) -> Optional[str]:
    """The one person a byline names, as "Title Name" for the lookups ("Wendy R. Sherman,
    Deputy Secretary of State" -> "Deputy Secretary of State Wendy Sherman"); None for an
    office ("Office of the Spokesperson", "The White House") or several people."""
    parts = [p.strip() for p in (author or "").split(",") if p.strip()]
    if len(parts) != 2 or parts[1].lower() in ("jr.", "jr", "sr.", "ii", "iii"):
        return None
    words = [w for w in parts[0].split() if not re.fullmatch(r"[A-Z]\.", w)]    # "Wendy R. Sherman"
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    return f"{' '.join(parts[1].split())} {' '.join(words)}"


def _author_row(document: Document) -> Optional[dict]:
    host = (document.source or "").lower()
    if not host and document.url:
        host = re.sub(r"^https?://(www\.)?", "", document.url).split("/")[0].lower()
    table = _authors()
    return next((table[d] for d in _parents(host) if d in table), None)


def _parents(host: str) -> list[str]:
    parts = host.split(".")
    return [".".join(parts[i:]) for i in range(len(parts) - 1)]


def _particles_apart(name: str) -> list[str]:
    """A name's words with its Arabic article spelt one way and hyphens split: "el-Sisi"
    and "Al Sisi" are the same words."""
    low = re.sub(r"\b(?:el|al|ul|ad|as|ash|an|ar|at|az)[-\s]", "al ", name.lower())
    return low.replace("-", " ").replace("'", "").replace("\u2019", "").split()


def _text_names(actors: list[Actor], mentions: list[_Mention], by_key: dict) -> None:
    """A person is named as the text spells them ("Sergey Lavrov", "Volodymyr Zelenskyy")
    when that is another spelling of the same words; the knowledge base's spelling stays in
    ``canonical`` and is the name when the text adds middle names ("Joseph R. Biden").
    Only a misspelling ("Anthony Blinken") takes the canonical name instead."""
    forms: dict[str, list[str]] = {}
    for m in mentions:
        actor = by_key.get(m.key)
        if actor is not None and m.kind == "person" and m.reason in (
                "exact", "alias", "text", "short form", "titled name", "variant spelling"):
            forms.setdefault(actor.id, []).append(m.name)
    for a in actors:
        if a.kind != "person" or a.link_reason == "fuzzy" or a.id not in forms:
            continue
        full = " ".join(max(forms[a.id], key=lambda n: (len(n.split()), len(n))).split())
        if a.canonical is None or len(full.split()) == len(a.canonical.split()) \
                or _particles_apart(full) == _particles_apart(a.canonical):
            a.name = full       # a transliteration the text prefers; middle names stay out
                                # ("Abdel Fattah Al Sisi" for "Abdel Fattah el-Sisi")
        elif a.canonical and len(full.split()) < len(a.canonical.split()):
            # "President Zelenskyy" only: the known given name, the text's spelling of the
            # surname ("Volodymyr Zelenskyy", not the knowledge base's "Zelensky")
            head, tail = a.canonical.split(), full.split()
            known = head[-len(tail):]
            if [w.lower() for w in known] != [w.lower() for w in tail] and all(
                    _levenshtein(x.lower(), y.lower()) <= 2 for x, y in zip(known, tail)) \
                    and not {w.lower() for w in tail} & {w.lower() for w in head}:
                # (not "President Yoon" for "Yoon Suk Yeol": the family name comes first)
                a.name = " ".join(head[:-len(tail)] + tail)


def _title_country(doc: Doc, idx: list[int], kb) -> Optional[str]:
    """The country (or a body's code) named among a title's tokens: a demonym or country
    ("Nigerian", "Lebanon's"), else a body of two or three words ("Arab League") or a
    national body's acronym ("DHS")."""
    toks = [doc[i] for i in idx if doc[i].text[:1].isupper()]
    for n in (3, 2):
        for k in range(len(toks) - n + 1):
            run = toks[k:k + n]
            if run[-1].i - run[0].i == n - 1:
                body = kb.body(" ".join(t.text for t in run))
                if body is not None and body.country:
                    return body.country
    for t in toks:
        c = kb.country(t.text.replace("’s", "").replace("'s", ""))
        if c is not None:
            return c.iso3
    for t in toks:              # "DHS Secretary Alejandro Mayorkas": a national body's acronym
        if t.text.isupper() and len(t.text) > 1:
            body = kb.body(t.text)
            if body is not None and body.country and body.country not in knowledge.SPECIAL_CODES:
                return body.country
    return None


_TRAVEL = {"travel", "visit", "arrive", "fly", "go", "come", "return", "head", "land", "tour"}


def _destinations(table: "ActorTable", sent, kb=None) -> set:
    """Countries a sentence sends someone to ("traveled to Mexico", "visited Kyiv",
    "traveled to Tianjin"): no one's own country for that."""
    out = set()
    for t in sent:
        if t.lemma_.lower() not in _TRAVEL or t.pos_ != "VERB":
            continue
        for c in t.children:
            objs = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ in ("to", "in") else []
            for o in objs:
                for x in o.subtree:
                    a = table.by_id(table.token_actor.get(x.i))
                    if a is not None and a.kind == "country" and a.country:
                        out.add(a.country)
                    elif a is None and kb is not None and x.pos_ == "PROPN":
                        place = next((e for e in sent.ents if e.start <= x.i < e.end), x)
                        c = kb.city(_norm(place.text))       # a city: its country
                        if c is not None:
                            out.add(c.iso3)
    return out


def _office_country(role: str, kb) -> Optional[str]:
    """The country of an office only one state has, from the role as written, read from
    its longest known ending ("deputy assistant secretary of state for european ...")."""
    words = knowledge.normalize(role).split()
    for i in range(len(words)):
        if kb.role_phrase(" ".join(words[i:])):
            return kb.role_country(" ".join(words[i:]))
    return None


def _country_from_of(table: "ActorTable", doc: Doc, kb) -> None:
    """A person the knowledge base does not know takes the country the text gives in the
    title before the name ("Nigerian junior foreign minister Dubem Oniya", "Lebanon's new
    President Elias Hrawi", "Arab League Secretary-General Chedli Klibi": the body's code)
    or right after it ("Prime Minister Krisjanis Karins of Latvia")."""
    for a in table.actors:
        if a.kind != "person" or a.country:
            continue
        for m in a.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            title = [t.i for t in span.root.subtree if t.i < span.start]   # the NP's left part
            code = _title_country(doc, title, kb)
            if code:
                a.country = code
                a.link_reason = a.link_reason or "country in the title"
                break
            if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
                code = _appositive_country(table, doc, span, kb)
                if code:             # "Salaheddine Sidhoum, Algeria's leading activist"
                    a.country = code
                    break
                continue
            other = table.by_id(table.token_actor.get(span.end + 1))
            if other is not None and other.kind == "country" and other.country:
                a.country = other.country
                a.link_reason = a.link_reason or "country after the name"
                break
    for a in table.actors:       # "President Laurent Gbagbo extended the curfew in Abidjan"
        if a.kind != "person" or a.country or not a.mentions:
            continue
        span = doc.char_span(a.mentions[0].start, a.mentions[0].end, alignment_mode="expand")
        if span is None:
            continue
        ranked = span.start > 0 and doc[span.start - 1].lower_ in _RANKS
        if not (a.role or table.roles.get(a.id) or ranked):
            continue
        title = " ".join(str(x) for x in (a.role, table.roles.get(a.id)) if x).lower() + " " + \
            doc[max(span.sent.start, span.start - 4):span.start].text.lower()
        if any(w in title for w in ("ambassador", "envoy", "chargé", "charge d", "consul",
                                    "representative")):
            continue    # a diplomat serves the state that sent them, not the one named
        own = _office_country(str(a.role or table.roles.get(a.id) or ""), kb)
        if own:         # "Deputy Assistant Secretary of State for European and Eurasian
            a.country = own      # Affairs Robin Dunnigan": an office only one state has
            a.link_reason = a.link_reason or "the office's country"
            continue
        codes = sentence_countries(table, span.sent, kb, skip=a.id) - _destinations(table, span.sent, kb)
        if len(codes) == 1:      # a titled office-holder the text gives no country: the
            a.country = codes.pop()      # one country of the sentence that names them
            a.link_reason = a.link_reason or "the sentence's country"
    for a in table.actors:       # "the Tropas de Prevención (TDP) of the Cuban Ministry of
        if a.kind != "organization" or a.country:    # Revolutionary Armed Forces": Cuba's
            continue
        for m in a.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            owner = next((table.by_id(table.token_actor.get(c.i)) for c in span.root.children
                          if c.dep_ == "poss" and c.i < span.start), None)
            if owner is not None and owner.kind == "country" and owner.country \
                    and owner.country not in knowledge.SPECIAL_CODES:
                a.country = owner.country        # "the Ivory Coast's Supreme Court"
                break
            k = span.end
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
                k += 3
            if k + 1 < len(doc) and doc[k].lower_ == "of":
                j = k + 1 + (doc[k + 1].lower_ == "the")
                other = table.by_id(table.token_actor.get(j)) if j < len(doc) else None
                if other is not None and other.kind in ("country", "organization") and other.country \
                        and other.country not in knowledge.SPECIAL_CODES:
                    a.country = other.country
                    break


def sentence_countries(table: "ActorTable", sent, kb, skip: Optional[str] = None,
                       persons: bool = False) -> set:
    """The countries a sentence names or puts things in, for someone it gives no country:
    its actors' countries (not a person's or a special code's; a target's too, as the
    PLOVER gold codes "opened investigations against Chilean officials": the judge is
    Chile's) and the countries of the places it names ("the curfew in Abidjan": Côte
    d'Ivoire)."""
    doc = sent.doc
    codes = set()
    for i in range(sent.start, sent.end):
        x = table.by_id(table.token_actor.get(i))
        if x is None or x.id == skip or (x.kind == "person" and not persons) or not x.country \
                or x.country in knowledge.SPECIAL_CODES:
            continue
        codes.add(x.country)
    places = [ent for ent in sent.ents if ent.label_ in ("GPE", "LOC")]
    places += [doc[t.i:t.i + 1] for t in sent if t.pos_ == "PROPN" and t.dep_ == "pobj"
               and t.head.lower_ in LOCATIVE_PREPS and not t.ent_type_]   # "in Asuncion"
    for place in places:
        if any(t.i in table.token_actor for t in place):
            continue
        c = kb.city(_norm(place.text))      # cities, capitals, seats: a country's name that
        if c is not None:                   # is no actor was left out on purpose ("US $5")
            codes.add(c.iso3)
    return codes


def _identity_countries(table: "ActorTable", doc: Doc, kb) -> None:
    """A people's or a faith's group ("Yoruba leaders", "Islamic fundamentalists") takes
    the one country its sentence names or puts things in: PLOVER codes the country an
    ethnic or religious group is in, and the ethnicity only as a further attribute
    ("A group of Yoruba leaders ... Nigerian President Obasanjo": NGA). So does a movement
    the text names without a country ("the Azadliq coalition ... in Baku": AZE), and an
    ethnic minority ("ethnic Albanians in south Serbia": SRB, never Albania)."""
    for a in table.actors:
        if a.country or not a.mentions \
                or a.link_reason not in ("identity group", "ethnic group", "named movement"):
            continue
        span = doc.char_span(a.mentions[0].start, a.mentions[0].end, alignment_mode="expand")
        if span is None:
            continue
        codes = set()
        if a.link_reason == "ethnic group":
            # "ethnic Albanians in south Serbia": the place the phrase puts them in first;
            # never the nation the name comes from ("ethnic Albanians": not Albania)
            nation = kb.country(span[1].text)
            for p in span.root.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "of", "from", "inside", "across"):
                    for t in p.subtree:
                        x = table.by_id(table.token_actor.get(t.i))
                        c = x.country if x is not None and x.kind == "country" else None
                        if c is None and t.ent_type_ in ("GPE", "LOC") and t.text[:1].isupper():
                            c = getattr(kb.city(t.text) or kb.country(t.text), "iso3", None)
                        if c:
                            codes.add(c)
            if len(codes) != 1:
                codes = sentence_countries(table, span.sent, kb, skip=a.id)
            codes.discard(nation.iso3 if nation else None)
        else:
            codes = sentence_countries(table, span.sent, kb, skip=a.id,
                                       persons=a.link_reason == "identity group")
        if len(codes) == 1:
            a.country = codes.pop()


def _appositive_country(table: "ActorTable", doc: Doc, span, kb) -> Optional[str]:
    """The country an appositive gives a person: "Salaheddine Sidhoum, Algeria's leading
    human rights activist", "A member of the Syrian parliament, Mohammed Mamoun"."""
    root = span.root
    sides = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        sides.append(root.head)
    for side in sides:
        toks = [t for t in side.subtree if not span.start <= t.i < span.end
                and abs(t.i - side.i) <= 10]
        if root.dep_ == "appos" and side is root.head:
            toks = [t for t in toks if t.i < span.start or t.head.i != side.i or t.i == side.i]
        # "Beth Jones, Coordinator for Afghan Relocation Efforts": the country after a
        # posted role's "for" or "to" is the posting, not the holder's
        toks = [t for t in toks if not any(a.dep_ == "prep" and a.lower_ in ("for", "to")
                                           and a.head.lower_ in POSTED_ROLES
                                           for a in t.ancestors if side.is_ancestor(a))]
        own = table.by_id(table.token_actor.get(side.i))
        if own is not None and own.kind == "person" and own.link_reason == "role" \
                and own.country and own.country not in knowledge.SPECIAL_CODES:
            return own.country       # the appositive is a role phrase with its country
        for t in toks:
            other = table.by_id(table.token_actor.get(t.i))
            if other is not None and other.kind == "person":
                return None          # another person's title, not this one's
        for t in toks:
            other = table.by_id(table.token_actor.get(t.i))
            if other is not None and other.kind != "person" and other.country \
                    and other.country not in knowledge.SPECIAL_CODES:
                return other.country
    return None


def _code_from_kb(actors: list[Actor], kb, on) -> None:
    """Fill the role held on the day and the sector from the knowledge base."""
    for a in actors:
        if a.kind != "person" or not a.canonical:
            continue
        people = kb.person(a.canonical)
        if not people:
            continue
        p = people[0]
        a.country = p.country or a.country     # the known person's, not a title's neighbour
        a.sector = a.sector or p.sector
        if on:
            terms = kb.roles_of(p, on)
            if terms:
                a.role = terms[0].title
                a.sector = a.sector or getattr(terms[0], "sector", None)
                # the country of the office held that day: Kallas was Estonia's in 2022
                a.country = getattr(terms[0], "country", None) or a.country
