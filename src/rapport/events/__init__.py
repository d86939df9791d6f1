"""Events stage: who did what to whom, when and where, coded in PLOVER and CAMEO.

A trigger is a verb or event noun found in the predicate lexicon (data/predicates.tsv),
with the frame it needs (a preposition, a light verb's object). Its arguments come from
the dependency parse (subject, object, "with"/"to"/"against"/"between" phrases, passive
agents, conjuncts) mapped to actors; its modality from negation, auxiliaries and the verbs
above it; its date and place from the clause, then the sentence, then the publication
date (flagged). ``Event.explain`` says which lexicon line and parse path made each event.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace as dc_replace
from typing import Optional

from spacy.tokens import Doc, Token

from .. import time as timex
from ..actors import ActorTable, knowledge
from ..layout import dateline_of, text_of
from ..schema import Document, Event, Span
from . import coding
from .lexicon import Entry, entries

FUTURE_AUX = {"will", "shall", "'ll"}
#: Speech acts performed by saying you want to perform them: "I want to thank X".
PERFORMATIVES = {"thank", "congratulate", "commend", "welcome", "condemn", "praise", "applaud",
                 "acknowledge", "recognize", "recognise", "express", "offer", "extend",
                 "convey", "apologize", "apologise", "salute", "honor", "honour", "denounce",
                 "reaffirm", "emphasize", "emphasise", "stress", "underscore", "urge", "appeal"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "can", "must"}
FUTURE_GOVERNORS = {"plan", "schedule", "expect", "intend", "aim", "prepare", "set", "hope",
                    "seek", "want", "propose", "promise", "pledge", "agree", "decide", "go"}
#: Types that need no other side: a country mobilises, people protest.
MONADIC = {"MOBILIZE", "PROTEST"}
#: Verbs that carry an event noun ("held talks", "called off the talks"): the noun's
#: participants are the verb's subject. "France condemned the attack" is not France's attack.
LIGHT_VERBS = {"hold", "have", "pay", "conduct", "carry", "launch", "stage", "make", "sign",
               "reach", "impose", "call", "cancel", "postpone", "begin", "start", "continue",
               "resume", "attend", "host", "join", "open", "wage", "mount", "undertake",
               "complete", "conclude", "suspend", "break", "end", "announce", "plan",
               "schedule", "organize", "organise", "convene", "lead", "intensify", "escalate"}
OBLIGATION_GOVERNORS = {"have", "need", "ought"}
REQUEST_GOVERNORS = {"urge", "ask", "call", "demand", "press", "encourage", "request", "appeal",
                     "invite", "push", "implore", "beg", "want", "need"}
THREAT_GOVERNORS = {"threaten", "warn", "vow", "consider", "weigh", "mull"}
CANCEL_GOVERNORS = {"cancel", "postpone", "call", "scrap", "delay", "suspend", "abandon"}
SPEECH_HEADS = {"say", "tell", "state", "note", "add", "claim", "report", "stress", "believe",
                "think", "announce", "underscore", "emphasize", "reiterate", "warn", "argue"}
CHARGE_HEADS = {"accuse", "blame", "charge", "suspect", "convict", "indict", "condemn",
                "criticize", "criticise", "denounce", "praise", "commend", "thank", "credit"}


def _published(document: Document) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat((document.published or "")[:10])
    except ValueError:
        return None


def _expand(tok: Token) -> list[Token]:
    """A token and its conjuncts ("Chen and Blinken")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "appos" and (c.pos_ != "PROPN" or any(
                t.pos_ == "VERB" for t in tok.doc[min(tok.i, c.i):max(tok.i, c.i)])):
            continue            # "Pakistan, a key U.S. ally": a description, not a second
                                # actor; a verb between: a misparse, not an appositive
        if c.dep_ in ("conj", "appos"):
            out.extend(_expand(c))
    return out


def _title_of(tok: Token, table: ActorTable) -> list[Token]:
    """ "Head of Presidential Administration Andriy Yermak, [and] Chief ... Zaluzhny": a title
    whose name hangs under its of-phrase stands for that person (and the names joined to it)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and table.at(g) and table.by_id(table.at(g)).kind == "person":
                    return _expand(g)
    return []


def _owner(tok: Token, table: ActorTable, skip) -> list[str]:
    """Whose thing an argument is, when the thing is no actor: "rejected calls by Belarus's
    rulers" -> Belarus, "commended the governments of Antigua and Barbuda and Guatemala"
    -> both countries, "violated the ceasefire with Armenia" -> Armenia."""
    if tok.pos_ != "NOUN":
        return []
    # "condemned the invasion of Ukraine": of an event noun whose lexicon row takes its
    # recipient from "of", that is the victim, not the one condemned
    rows = entries().get((tok.lemma_.lower(), "NOUN"), ())
    victim_of = any("of" in e.recipient for e in rows)
    # "condemned the coup in Myanmar": an event named by a noun is owned by where it is
    preps = ("by", "of", "from", "with", "in") if rows else ("by", "of", "from", "with")
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps \
                and not (c.lower_ == "of" and victim_of):
            ids = []
            for g in c.children:
                if g.dep_ == "pobj":
                    for x in _expand(g):
                        aid = table.resolve(x, skip) or table.phrase_actor(x, need_country=True)
                        if aid and aid not in ids:
                            ids.append(aid)
            if ids:
                return ids
    for c in tok.children:     # "the heroism exhibited by the Ukrainian people"
        if c.dep_ == "acl" and c.tag_ == "VBN":
            ids = [a for g in c.children if g.dep_ == "agent" for p in g.children
                   if p.dep_ == "pobj" for a in [table.resolve(p, skip) or table.phrase_actor(p, need_country=True)] if a]
            if ids:
                return ids
    return []


#: Plural heads that name the parties of the last two-sided encounter: "the two leaders
#: agreed", "both sides", "the ministers".
GROUP_HEADS = {"leader", "side", "president", "minister", "counterpart", "delegation",
               "diplomat", "party", "man", "woman", "official", "envoy", "chief", "premier",
               "foreign", "secretary", "sides", "parties"}


def _parties(tok: Token, table: ActorTable) -> list[str]:
    """ "The two leaders", "both sides": the actors of the last reciprocal event before
    this token, when the phrase names no one itself (no owner, no country)."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in GROUP_HEADS:
        return []
    kids = {c.lower_: c.dep_ for c in tok.children}
    if any(d in ("poss", "amod", "compound") for d in kids.values()) and not kids.keys() & {"two", "both"}:
        return []
    if not (kids.keys() & {"the", "both", "two"}):
        return []
    return list(table.parties)


def _actors(tokens, table: ActorTable, skip) -> list[str]:
    ids: list[str] = []
    for t in tokens:
        for tt in _expand(t):
            group = [] if table.at(tt) else _parties(tt, table)
            if group:
                ids.extend(x for x in group if x not in ids)
                continue
            aid = table.resolve(tt, skip)
            owners = [] if aid else _owner(tt, table, skip)
            if not aid and not owners:
                aid = table.phrase_actor(tt, need_country=True)
            named = [] if aid and table.by_id(aid).kind == "person" else _title_of(tt, table)
            for x in [aid] + owners + [table.at(n) for n in named]:
                if x and x not in ids:
                    ids.append(x)
            if tt.pos_ == "NOUN":       # "Hungarian and Romanian officials": each country
                for c in tt.children:
                    if c.dep_ == "amod":
                        for cc in _expand(c)[1:]:
                            other = table.at(cc)
                            if other and other not in ids:
                                ids.append(other)
    return ids


PARTICLES = {"down", "up", "off", "out", "back", "away", "over", "in", "on"}
#: What one calls someone to do on the phone: "called Putin to discuss Ukraine" is a call;
#: "called the faithful to combat protesters" is an appeal (the lexicon's "xcomp" frame).
TALK_VERBS = {"discuss", "talk", "congratulate", "express", "offer", "convey", "thank",
              "review", "coordinate", "consult", "brief", "update", "condole", "share",
              "exchange", "follow", "reaffirm", "underscore", "emphasize", "emphasise",
              "stress", "welcome", "wish", "inform", "explain", "check", "say", "tell",
              "relay", "apologize", "apologise", "reiterate", "raise", "assure"}


def _match(tok: Token, cand: list[Entry]) -> Optional[Entry]:
    """The first lexicon row whose frame the trigger has (see ``_matches``)."""
    return next(iter(_matches(tok, cand)), None)


def _matches(tok: Token, cand: list[Entry]) -> list[Entry]:
    """Every lexicon row whose frame the trigger has, in file order: its preposition or particle
    (a particle the parser called advmod counts: "stepped down"), and its object (the
    direct object, or the object of the row's own preposition: "spoke by phone", or of
    an instrumental with/by when the row names none: "threatened X with strikes")."""
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "agent")
             or (c.dep_ == "advmod" and c.lower_ in PARTICLES)}
    if any(c.dep_ == "xcomp" and c.lemma_.lower() not in TALK_VERBS for c in tok.children):
        preps.add("xcomp")       # "called the faithful to combat": a to-clause frame
    direct = {w for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass") or (
        c.dep_ in ("ccomp", "oprd", "acomp") and c.pos_ == "ADJ")   # "hold X accountable"
        for w in (c.lemma_.lower(), c.lower_)}     # passive: "troops were deployed"
    out: list[Entry] = []
    for e in cand:
        if e.prep and e.prep not in preps:
            continue
        if e.objects:
            own = {e.prep} if e.prep else {"with", "by"}     # "threatened X with strikes"
            objs = direct | {g.lemma_.lower() for c in tok.children if c.dep_ == "prep"
                             and c.lower_ in own for g in c.children if g.dep_ == "pobj"}
            if not e.objects & objs:
                continue
        out.append(e)
        if e.cameo == "-":
            break               # a frame that is no event stops the rows below it
    return out


#: Verbs whose object does what their to-clause says: "urged Moscow to withdraw".
#: Commands are not here: "the Prosecutor General ordered RosKomNadzor to restrict access"
#: is coded to the one whose order it was.
OBJECT_CONTROL = {"urge", "ask", "call", "encourage", "press", "invite", "tell", "allow", "help",
                  "enable", "persuade", "permit", "push", "implore", "request", "appeal",
                  "pressure", "empower", "challenge", "expect", "want", "need", "require"}
#: Verbs that judge an object for what it did: "commended the UAE for providing aid".
JUDGE_FOR = {"commend", "thank", "praise", "applaud", "congratulate", "credit", "blame",
             "condemn", "criticize", "criticise", "accuse", "fault", "punish", "sanction",
             "reward", "honor", "honour", "salute", "welcome", "suspect", "charge", "convict",
             "indict", "denounce", "rebuke", "reprimand", "hold"}
#: Nouns whose to-clause is what the owner (or the verb's subject) could or would do:
#: "Russia has the capacity to launch an invasion" (an ability, not an invasion).
ABILITY_NOUNS = {"capacity", "ability", "capability", "readiness", "willingness", "option",
                 "right", "power", "means", "potential", "freedom", "authority", "chance",
                 "opportunity", "intention", "intent", "plan", "plans", "threat", "desire",
                 "wish", "bid", "attempt", "effort", "efforts", "determination", "resolve",
                 "offer", "proposal", "promise", "pledge", "commitment", "decision", "move",
                 "readiness", "refusal", "failure", "need", "call", "demand", "request"}
HYPOTHETICAL_NOUNS = {"capacity", "ability", "capability", "readiness", "willingness", "option",
                      "right", "power", "means", "potential", "freedom", "authority", "chance",
                      "opportunity", "intention", "intent", "plan", "plans", "threat", "desire",
                      "wish", "offer", "proposal", "promise", "pledge", "commitment", "need",
                      "call", "demand", "request"}


def _subject(tok: Token, control: bool = True) -> list[Token]:
    """Grammatical subject, climbing to the clause that controls a subjectless one:
    xcomp/conj/advcl to their head's subject ("agreed to visit"), an object-control verb's
    object ("urged Moscow to withdraw"), a judging verb's object ("commended the UAE for
    providing aid"), "by/in V-ing" to the governing clause ("including by imposing costs"),
    and a noun's owner ("Putin's decision to recognize", "our efforts to respond")."""
    t = tok
    for _ in range(6):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        agent = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent and t is tok:
            return agent
        if subj:
            return subj
        if t is not tok:        # "Biden is scheduled to meet Xi", "soldiers were deployed
            passive = [c for c in t.children if c.dep_ == "nsubjpass"]   # and attacked ..."
            if passive:
                return passive
        h = t.head
        if h.i == t.i:
            break
        if control and t.dep_ == "xcomp" and h.lemma_.lower() in OBJECT_CONTROL:
            objs = [c for c in h.children if c.dep_ in ("dobj", "dative")]
            objs += [g for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                     for g in c.children if g.dep_ == "pobj"]       # "called on X to"
            if objs:
                return objs
        if t.dep_ in ("xcomp", "conj", "advcl"):
            t = h
            continue
        if t.dep_ in ("pcomp", "pobj") and h.dep_ == "prep":
            verb = h.head
            if h.lower_ in ("for", "of") and verb.lemma_.lower() in JUDGE_FOR:
                objs = [c for c in verb.children if c.dep_ == "dobj"]
                if objs:                       # "accused X of attacking", "thanked X for"
                    return objs
            if h.lower_ not in ("by", "in", "through", "after", "before", "while", "since",
                                "including", "without", "upon", "on"):
                break
            while verb.dep_ == "prep" and verb.head.i != verb.i:   # "including by V-ing"
                verb = verb.head
            t = verb
            continue
        if t.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN"):
            poss = [c for c in h.children if c.dep_ == "poss"]
            if poss:
                return poss                    # "Putin's decision to recognize"
            if h.lemma_.lower() in ABILITY_NOUNS and h.dep_ in ("dobj", "attr", "nsubj", "pobj"):
                t = h.head if h.dep_ != "pobj" else h.head.head
                continue                       # "Russia has the capacity to launch"
            break
        break
    if t.pos_ == "NOUN" and t is not tok:
        return [c for c in t.children if c.dep_ == "poss"]   # "our efforts, including by ..."
    return []


#: Subjects that are things, not actors: "a roadside bombing killed ...", "a strike hit".
THING_SUBJECTS = {"attack", "strike", "airstrike", "bombing", "bomb", "explosion", "blast",
                  "shelling", "shell", "missile", "rocket", "mine", "device", "ied", "grenade",
                  "drone", "fire", "gunfire", "raid", "barrage", "shot", "shots", "crash",
                  "violence", "clash", "clashes", "fighting", "landmine", "minefield"}


def _agentless(tok: Token, subj: list[Token]) -> bool:
    """The text names no doer: a passive with no by-phrase ("three civilians were killed"),
    or a thing as subject ("a car bomb killed ..."). Only then may an event lack an actor;
    an active clause whose subject we cannot resolve is left out rather than half-coded."""
    if any(t.lemma_.lower() in THING_SUBJECTS for t in subj):
        return True
    if subj:
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _local_group(subj: list[Token], table: ActorTable, place_iso: Optional[str],
                 need_place: bool = True) -> list[str]:
    """ "Police arrested dozens in Moscow", "Hundreds of protesters rallied in Ottawa": a
    group named by its sector noun only belongs to the country where the text puts the
    event. Without such a place the group is made without a country only as the other
    side of a known actor ("Pakistani forces killed six militants"); a doer must have one."""
    if not place_iso and need_place:
        return []
    out = []
    for t in subj:
        head = t
        if t.lemma_.lower() in ("hundred", "hundreds", "thousand", "thousands", "dozen",
                                "dozens", "group", "crowd", "number", "scores"):
            head = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), t)
        if head.pos_ not in ("NOUN", "PROPN") or not knowledge.load().sector_noun(head.lemma_.lower()):
            continue
        aid = table.phrase_actor(head)
        actor = table.by_id(aid) if aid else None
        if actor is not None:
            if actor.country is None:
                actor.country = place_iso
                actor.link_reason = "described (noun phrase); country of the event's place"
            out.append(aid)
    return out


#: Types whose other side may be a place: "withdrew from the city of Kherson" (UKR),
#: "shelled Kharkiv".
PLACE_TARGETS = {"RETREAT", "ASSAULT", "COERCE", "MOBILIZE"}


def _place_side(toks: list[Token], table: ActorTable, ctx: "_Context") -> list[str]:
    """The country of a named place among the argument tokens or in their phrase."""
    for t in toks:
        for x in sorted((x for x in t.subtree if abs(x.i - t.i) <= 8), key=lambda x: abs(x.i - t.i)):
            if not x.text[:1].isupper():
                continue
            ent = next((e for e in ctx.places if e.start <= x.i < e.end), None)
            span = ent if ent is not None else x.doc[x.i:x.i + 1]
            c = ctx.kb.country(span.text) or ctx.kb.city(span.text)
            if c is not None:
                return [table.place_actor(c.iso3, span)]
    return []


def _by_prep(tok: Token, prep: str) -> list[Token]:
    return [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == prep
            for g in c.children if g.dep_ == "pobj"]


def _recipients(tok: Token, entry: Entry, place_iso: Optional[str]) -> tuple[list[Token], str, Optional[str]]:
    for slot in entry.recipient:
        if slot in ("dobj", "dative"):
            toks = [c for c in tok.children if c.dep_ == slot]
            if slot == "dobj" and not toks:     # "hold Russia accountable": a small clause
                toks = [g for c in tok.children if c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ"
                        for g in c.children if g.dep_ == "nsubj"]
            if entry.pos == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.children):
                toks = [c for c in tok.children if c.dep_ == "nsubjpass"]
        elif slot == "place":
            return [], "place", place_iso
        else:
            prep = slot.split(":")[-1]
            toks = _by_prep(tok, prep)
            # the prepositional phrase may hang on the object ("imposed sanctions on X")
            for c in tok.children:
                if c.dep_ == "dobj":
                    toks += _by_prep(c, prep)
                    if prep == "for":     # "the need for Russia to act": Russia is the
                        toks += [g for a in c.children if a.dep_ in ("acl", "advcl")
                                 for g in a.children if g.dep_ == "nsubj"]   # "to act"
                    if not toks:          # "announced $50 million in assistance for Ukraine"
                        toks += [g for p in c.subtree if p.dep_ == "prep" and p.lower_ == prep
                                 and p.head.pos_ == "NOUN" and p.i - c.i <= 6
                                 for g in p.children if g.dep_ == "pobj"][:2]
        if toks:
            return toks, slot, None
    for slot in entry.recipient:          # "spoke with: A of X; B of Y; and C of Z"
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == slot), None)
        if prep is not None and not any(g.dep_ == "pobj" for g in prep.children):
            rest = [t for t in tok.doc[prep.i + 1:tok.sent.end]
                    if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat")
                    and not (t.head.lower_ == "of" and t.head.head.pos_ == "PROPN")]
            if rest:
                return rest, f"{slot} (list)", None
    return [], "", None


def _modality(tok: Token, threat: bool = False) -> tuple[str, bool, str]:
    """(modality, negated, why) from the trigger's auxiliaries and the verbs above it.

    A threat is made when it is spoken: "X threatened to strike if Y ...", "we will hold
    Russia accountable" are threats that happened, so neither the condition nor the future
    makes a ``threat`` hypothetical."""
    negated = any(c.dep_ == "neg" for c in tok.children)
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    t, path = tok, []
    while t.dep_ in ("xcomp", "ccomp", "dobj", "acl", "advcl", "nsubj",
                     "nsubjpass") and t.head.i != t.i and len(path) < 4:
        prev, t = t, t.head
        path.append(t)
        if prev.dep_ == "acl" and t.pos_ == "NOUN" and t.lemma_.lower() in HYPOTHETICAL_NOUNS:
            return "hypothetical", negated, f"what '{t.text}' allows or asks for, not a fact"
        aux |= {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        negated = negated or (t.pos_ == "VERB" and any(c.dep_ == "neg" for c in t.children))
        lemma = t.lemma_.lower()
        if lemma in CANCEL_GOVERNORS and (lemma != "call" or any(c.lower_ == "off" for c in t.children)):
            return "cancelled", negated, f"governed by '{t.text}'"
        if lemma == "schedule" and any(c.lower_ in ("initially", "originally") for c in t.children):
            return "cancelled", negated, f"'{t.text}' initially"
        if lemma in OBLIGATION_GOVERNORS and tok.dep_ == "xcomp" and t.i == tok.head.i:
            return "hypothetical", negated, f"obligation ('{t.text} to')"
        if lemma in ("want", "like", "wish") and tok.lemma_.lower() in PERFORMATIVES \
                and any(c.lower_ in ("i", "we") for c in t.children if c.dep_ == "nsubj"):
            aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
            break         # "I want to thank X", "we would like to congratulate": done by saying
        if lemma in REQUEST_GOVERNORS and t.pos_ == "VERB":
            return "hypothetical", negated, f"requested by '{t.text}'"
        if lemma in ("fail", "refuse", "decline") and t.pos_ == "VERB":
            return "asserted", True, f"'{t.text}' to"
        if lemma in THREAT_GOVERNORS and t.pos_ == "VERB":
            return "hypothetical", negated, f"threatened by '{t.text}'"
        if lemma in FUTURE_GOVERNORS and t.pos_ == "VERB":
            return "future", negated, f"governed by '{t.text}'"
        if t.pos_ == "VERB" and not (prev.dep_ == "dobj" and lemma in LIGHT_VERBS):
            break                      # "the capacity to launch an invasion": climb on
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        head = tok.head
        if head.lemma_.lower() == "schedule" and any(c.lower_ in ("initially", "originally") for c in head.children):
            return "cancelled", negated, f"'{head.text}' initially"
        if head.lemma_.lower() in FUTURE_GOVERNORS:
            return "future", negated, f"subject of '{head.text}'"
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if not threat:
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in c.children) for c in verb.children):
            return "hypothetical", negated, "main clause of a condition"   # "if X, we will Y"
        if aux & FUTURE_AUX or "going" in aux:
            return "future", negated, "future auxiliary"
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical", negated, "modal auxiliary"
    t = tok
    for _ in range(6):              # inside an if-clause, however deep: "if China provides
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return "hypothetical", negated, "conditional clause"     # ... as it attacks"
        if t.head.i == t.i:
            break
        t = t.head
    return "asserted", negated, ("a threat or pledge is made when it is said" if threat else "")


def _account(tok: Token) -> tuple[Optional[Token], bool]:
    """Whose account an event is given in: (the speech or accusing verb, alleged).

    "X attacked Y, an official said" / "officials said X attacked Y": reported, and the
    event keeps the speaker in ``reported_by``. "Z accused X of attacking Y": alleged —
    the text asserts the accusation, not the attack, which is never counted as happened."""
    t = tok
    for _ in range(6):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH_HEADS:
            return t.head, False
        if t.dep_ in ("pcomp", "pobj") and t.head.dep_ == "prep" \
                and t.head.head.lemma_.lower() in CHARGE_HEADS:
            return t.head.head, True
        if t.head.i == t.i:
            break
        t = t.head
    return None, False


def _rule_event(ctx: "_Context", tok: Token, trigger: Token, code_str: str, actor: list[str],
                recipient: list[str], explain: str, negated: bool = False) -> Event:
    """An event made by a speech-act rule: asserted (the saying happened), dated from its
    clause, no place of its own."""
    code = coding.lookup(code_str)
    dated = ctx.date_for(tok, future=False)
    return Event(
        id="e0", type=code.plover_type, mode=code.plover_mode, cameo=code_str,
        goldstein=code.goldstein, quad_class=code.quad_class, actor=actor, recipient=recipient,
        date=dated.iso if dated else (ctx.pub.isoformat() if ctx.pub else None),
        date_text=dated.text if dated else None,
        date_precision=dated.precision if dated else ("day" if ctx.pub else None),
        date_from_publication=dated is None, place=None, place_country=None,
        negated=negated, modality="asserted", reciprocal=False, evidence=_trimmed(tok.sent),
        trigger=Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
        explain=explain + ("; negated" if negated else ""))


#: What one is said to have committed that makes the saying an accusation:
#: "assessed that Russia's forces have committed war crimes".
CRIMES = {"crime": "1121", "crimes": "1121", "abuse": "1122", "abuses": "1122",
          "violation": "1122", "violations": "1122", "atrocity": "1124", "atrocities": "1124",
          "genocide": "1124", "massacre": "1124", "massacres": "1124", "cleansing": "1124"}
STATEMENT_NOUNS = {"statement", "assessment", "finding", "findings", "conclusion",
                   "determination", "claim", "allegation", "view", "report", "charge"}


#: Harms one can be held responsible for: "Russia is responsible for the abuses".
HARMS = {"abuse", "abuses", "atrocity", "atrocities", "crime", "crimes", "violation",
         "violations", "death", "deaths", "killing", "killings", "attack", "attacks",
         "crisis", "destruction", "suffering", "bloodshed", "massacre", "genocide", "war"}


def _crime(tok: Token) -> Optional[tuple[Token, str]]:
    """(the crime noun, its CAMEO 112x code) when ``tok`` is "commit" with a crime for
    object ("committed war crimes", "war crimes had been committed by Putin's forces"), or
    "be responsible / to blame / guilty for" a harm ("Russia is responsible for the abuses")."""
    if tok.lemma_.lower() == "be" and tok.pos_ == "AUX":
        for c in tok.children:
            if c.dep_ == "acomp" and c.lower_ in ("responsible", "guilty", "culpable", "liable"):
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in ("for", "of"):
                        for g in p.children:
                            if g.dep_ == "pobj" and g.lemma_.lower() in HARMS | {"abuse"}:
                                war = any(m.lower_ in ("war", "humanity") for m in g.subtree)
                                return g, ("1124" if war else CRIMES.get(g.lemma_.lower(), "1122"))
        return None
    if tok.lemma_.lower() != "commit" or tok.pos_ not in ("VERB", "AUX"):
        return None
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CRIMES:
            war = any(m.lower_ in ("war", "humanity") for m in c.subtree)
            return c, ("1124" if war else CRIMES[c.lemma_.lower()])
    return None


def _accusers(tok: Token, table: ActorTable, quoted) -> tuple[list[str], str]:
    """Who asserts what ``tok``'s clause says: the speaker of a reported clause ("the U.S.
    government assesses that ..."), the owner of a statement ("echoed President Biden's
    statement that ...") and who echoes it, the speaker of a direct quote, else the
    author of an official statement (data/authors.tsv)."""
    if table.voice.get(tok.i):
        return [table.voice[tok.i]], "the quote's speaker"
    t = tok
    for _ in range(6):
        h = t.head
        if h.i == t.i:
            break
        if t.dep_ == "ccomp" and h.lemma_.lower() in SPEECH_HEADS | {"assess", "determine",
                                                                      "conclude", "find", "judge"}:
            return _actors(_subject(h), table, quoted), f"clause of '{h.text}'"
        if t.dep_ in ("acl", "ccomp") and h.lemma_.lower() in STATEMENT_NOUNS:
            ids = _actors([c for c in h.children if c.dep_ == "poss"], table, quoted)
            if h.dep_ in ("dobj", "pobj") and h.head.pos_ == "VERB":
                ids += [x for x in _actors(_subject(h.head), table, quoted) if x not in ids]
            return ids, f"'{h.text}' that"
        t = h
    fp = table.first_person
    if fp is not None and tok.i not in quoted and "title" in (fp.link_reason or ""):
        if fp not in table.actors:          # "Statement by the President": his own words
            table.actors.append(fp)
        return [fp.id], "the statement's author, named in its title"
    if table.author is not None and tok.i not in quoted:
        if table.author not in table.actors:
            table.actors.append(table.author)
        return [table.author.id], "the author's own statement"
    return [], ""


def _accusation(doc: Doc, tok: Token, table: ActorTable, ctx: "_Context", n: int,
                quoted) -> Optional[Event]:
    """Saying that someone committed a crime accuses them (CAMEO 112x): "the government
    assesses that members of Russia's forces have committed war crimes" -> the US government
    ACCUSE Russia. The accused come from the clause's subject or by-agent."""
    found = _crime(tok)
    if found is None:
        return None
    noun, code_str = found
    doers = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] \
        or [c for c in tok.children if c.dep_ == "nsubj"]
    accused = _actors(doers, table, quoted)
    accusers, how = _accusers(tok, table, quoted)
    accused = [a for a in accused if a not in accusers]
    if not accused or not accusers:
        return None
    how_accused = "by-agent" if any(c.dep_ == "agent" for c in tok.children) else "subject"
    return _rule_event(ctx, tok, tok, code_str, accusers, accused,
                       f"accusation rule: '{tok.text} {noun.text}' asserted by {how} -> {code_str}; "
                       f"accused via {how_accused}", any(c.dep_ == "neg" for c in tok.children))


#: What a warning says will follow: "would result in a swift, severe response",
#: "described the consequences if China provides support".
CONSEQUENCES = {"consequence", "consequences", "cost", "costs", "response", "repercussion",
                "repercussions", "implication", "implications", "price", "retaliation",
                "penalty", "penalties", "punishment", "sanction", "sanctions"}
#: Verbs whose subject brings the consequence on itself ("aggression would result in").
BRING_ON = {"result", "lead", "trigger", "bring", "mean", "prompt", "provoke", "invite",
            "face", "pay", "suffer", "bear", "incur", "draw", "meet"}
#: Verbs that impose the consequence on someone ("impose costs on Russia").
IMPOSE = {"impose", "inflict", "exact", "take"}
WARN_HEADS = SPEECH_HEADS | {"describe", "detail", "outline", "explain", "warn", "caution",
                             "signal", "convey", "make", "threaten", "promise", "vow"}


def _warning(doc: Doc, tok: Token, table: ActorTable, ctx: "_Context", n: int,
             quoted) -> Optional[Event]:
    """A speech act that spells out consequences for someone is a threat (CAMEO 130):
    "He underscored that further Russian aggression would result in a severe response" ->
    speaker THREATEN Russia; "described the consequences if China provides support" ->
    speaker THREATEN China. The one threatened is the subject of the condition, of the
    verb that brings the consequence on ("aggression would result in"), or the one it is
    imposed on ("impose costs on X")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in WARN_HEADS:
        return None
    if tok.lemma_.lower() == "make" and not any(c.lower_ == "clear" for c in tok.children):
        return None
    scope = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "advcl", "xcomp")]
    sub = [t for c in scope for t in c.subtree]
    cons = [t for t in sub if t.lemma_.lower() in CONSEQUENCES and t.pos_ == "NOUN"]
    if not cons:
        return None
    targets: list[Token] = []
    for m in (t for t in sub if t.dep_ == "mark" and t.lower_ in ("if", "unless")):
        targets += _subject(m.head)                        # "if China provides ..."
    for c in cons:
        verb = c.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        lemma = verb.lemma_.lower()
        if not ({a.lower_ for a in verb.children if a.dep_ == "aux"} & (FUTURE_AUX | HYPOTHETICAL_AUX)):
            continue           # "detailed our efforts, including imposing costs": done, no threat
        if lemma in BRING_ON:
            targets += [x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass")]
        elif lemma in IMPOSE:
            targets += _by_prep(verb, "on") + _by_prep(verb, "against") + _by_prep(c, "on") \
                + _by_prep(c, "against")
        targets += _by_prep(c, "for")                      # "consequences for Russia"
    speaker = _actors(_subject(tok), table, quoted) or (
        [table.voice[tok.i]] if table.voice.get(tok.i) else [])
    threatened = [a for a in _actors(targets, table, quoted) if a not in speaker]
    if not speaker or not threatened:
        return None
    return _rule_event(ctx, tok, tok, "130", speaker, threatened,
                       f"warning rule: '{tok.text}' spells out '{cons[0].text}' for the threatened "
                       f"-> 130; actor via subject; recipient via condition or consequence",
                       any(c.dep_ == "neg" for c in tok.children))


#: Nouns that, stressed by someone, ask another to act: "stressed the need for Russia to
#: de-escalate", "the importance of Iran returning to the talks".
NEED_NOUNS = {"need", "importance", "necessity", "urgency", "imperative"}
#: What is asked, by the verb of the clause: yield (025) or meet (026), else 020.
YIELD_VERBS = {"withdraw", "cease", "end", "stop", "halt", "release", "free", "lift", "pull",
               "de-escalate", "deescalate", "retreat", "reverse", "abandon", "allow", "permit"}
MEET_VERBS = {"return", "negotiate", "talk", "engage", "meet", "resume", "dialogue"}


def _need(doc: Doc, tok: Token, table: ActorTable, ctx: "_Context", n: int,
          quoted) -> Optional[Event]:
    """Stressing that someone needs to act is an appeal to them (CAMEO 02x, PLOVER REQUEST):
    "the Secretary stressed the need for Russia to de-escalate" -> Secretary REQUEST Russia.
    The appealing side is the one who stresses it (the governing verb's subject or the
    quote's speaker); the one appealed to is the subject of the needed act."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in NEED_NOUNS:
        return None
    top = tok                        # "the recklessness of this war and the importance of"
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ not in ("dobj", "attr", "pobj"):
        return None
    acts: list[tuple[Token, Token]] = []            # (subject, verb of the needed act)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for"):
            for g in c.children:
                if g.dep_ == "pcomp":                # "of Russia withdrawing"
                    acts += [(x, g) for x in g.children if x.dep_ == "nsubj"]
                elif g.dep_ == "pobj":               # "of Iran returning", "for Russia to ..."
                    verb = next((a for a in g.children if a.dep_ in ("acl", "relcl")), None)
                    if verb is None:
                        verb = next((a for a in tok.head.children if a.dep_ in ("advcl", "xcomp")
                                     and a.i > g.i), None)
                    if verb is not None:
                        acts.append((g, verb))
        elif c.dep_ in ("advcl", "acl") and c.pos_ == "VERB":      # "for all parties to respect"
            acts += [(x, c) for x in c.children if x.dep_ == "nsubj"]
    if not acts:
        return None
    governor = top.head if top.dep_ != "pobj" else top.head.head
    asker = [table.voice[tok.i]] if table.voice.get(tok.i) else []
    if not asker and governor.pos_ in ("VERB", "AUX"):
        asker = _actors(_subject(governor), table, quoted)
    asked = [a for a in _actors([x for x, _ in acts], table, quoted) if a not in asker]
    if not asker or not asked:
        return None
    verb = acts[0][1].lemma_.lower()
    code_str = "025" if verb in YIELD_VERBS else "026" if verb in MEET_VERBS else "020"
    return _rule_event(ctx, tok, tok, code_str, asker, asked,
                       f"need rule: '{governor.text} the {tok.text}' of '{acts[0][1].text}' -> "
                       f"{code_str}; actor via {'the quote' if table.voice.get(tok.i) else 'subject'}; "
                       f"recipient via the needed act's subject")


#: Modals that turn a reported clause into a demand on its subject: "Russia said Sudan
#: must return the helicopter" -> Russia REQUEST Sudan (100); "should" appeals (020).
DEMAND_MODALS = {"must": "100", "should": "020", "ought": "020"}


def _obligation(doc: Doc, tok: Token, table: ActorTable, ctx: "_Context", n: int,
                quoted) -> Optional[Event]:
    """Saying that someone must act demands it of them (CAMEO 100; "should": 020):
    "the administration declared that China must drop barriers to U.S. exports"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in WARN_HEADS | {"declare", "insist", "conclude", "demand", "urge"}:
        return None
    for x in tok.children:
        if x.dep_ != "ccomp":
            continue
        modal = next((a.lower_ for a in x.children if a.dep_ == "aux" and a.lower_ in DEMAND_MODALS), None)
        if modal is None and x.lemma_.lower() in ("have", "need") \
                and any(c.dep_ == "xcomp" for c in x.children):
            modal, x = "must", next(c for c in x.children if c.dep_ == "xcomp")   # "has to"
            x = x.head
        if modal is None:
            continue
        subj = [c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lower_ in ("we", "i", "us") for c in subj):
            continue                           # "we must": a resolve, not a demand
        speaker = _actors(_subject(tok), table, quoted) or (
            [table.voice[tok.i]] if table.voice.get(tok.i) else [])
        asked = [a for a in _actors(subj, table, quoted) if a not in speaker]
        if not speaker or not asked:
            continue
        code_str = DEMAND_MODALS.get(modal, "100")
        return _rule_event(ctx, tok, tok, code_str, speaker, asked,
                           f"obligation rule: '{tok.text}' that ... '{modal} {x.text}' -> "
                           f"{code_str}; actor via subject; recipient via the clause's subject",
                           any(c.dep_ == "neg" for c in tok.children))
    return None


#: Adjectives of disapproval: "we are deeply concerned by the circumstances of ...".
CONCERN_ADJ = {"concerned", "alarmed", "troubled", "disturbed", "dismayed", "appalled",
               "outraged", "disappointed", "worried", "shocked", "horrified", "angered"}


def _concern(doc: Doc, tok: Token, table: ActorTable, ctx: "_Context", n: int,
             quoted) -> Optional[Event]:
    """Being concerned (alarmed, troubled...) by what someone did disapproves of them
    (CAMEO 110, PLOVER ACCUSE/disapprove): "We continue to be deeply concerned by the death
    of Omar Assad after Israeli soldiers detained him" -> the speaker ACCUSE Israel. The
    one disapproved of is the first state or body in the phrase."""
    if tok.pos_ == "VERB":           # "Germany is alarmed by ...": parsed as a passive
        adj = tok if tok.lower_ in CONCERN_ADJ and any(c.dep_ == "auxpass" for c in tok.children) else None
        who = [c for c in tok.children if c.dep_ == "nsubjpass"]
    else:
        adj = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in CONCERN_ADJ), None)
        who = _subject(tok)
    if adj is None:
        return None
    about = [g for p in adj.children if p.dep_ in ("prep", "agent")
             and p.lower_ in ("by", "about", "over", "at", "with")
             for g in p.children if g.dep_ in ("pobj", "pcomp")]
    if not about:
        return None
    speaker = _actors(who, table, quoted) or (
        [table.voice[tok.i]] if table.voice.get(tok.i) else [])
    target = None
    rest = tok.doc[adj.i + 1:tok.sent.end]     # the phrase first, then the rest of the sentence
    for t in [t for g in about for t in g.subtree] + [t for t in rest if t.dep_ != "punct"]:
        aid = table.at(t)
        actor = table.by_id(aid) if aid else None
        if actor is not None and aid not in speaker and actor.kind != "person":
            target = aid
            break
    if not speaker or target is None:
        return None
    return _rule_event(ctx, tok, adj, "110", speaker, [target],
                       f"concern rule: 'be {adj.text} {about[0].head.text}' -> 110; actor via "
                       f"subject; recipient: the first state or body in the phrase or after it",
                       any(c.dep_ == "neg" for c in tok.children))


def _trimmed(sent) -> Span:
    """A sentence's span without surrounding whitespace (or blanked boilerplate)."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return Span(start, start + len(text.strip()), text.strip())


def _imperative(tok: Token) -> bool:
    """ "Please visit our website": an instruction to the reader, not an event."""
    return tok.tag_ == "VB" and tok.dep_ == "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


class _Context:
    """Per-document helpers: date mentions and places."""

    def __init__(self, doc: Doc, document: Document):
        self.doc = doc
        self.pub = _published(document)
        self.dates = timex.find(text_of(doc))
        self.kb = knowledge.load()
        # once per document: Span.ents walks the whole Doc on every call
        self.places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]

    def date_for(self, tok: Token, future: bool):
        sent = tok.sent
        sub = sorted(tok.subtree, key=lambda t: t.i)
        in_sent = [d for d in self.dates if sent.start_char <= d.start < sent.end_char]
        if self.pub is None:
            return None
        if not in_sent:
            return self._narrative_date(tok, future)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
        head_span = (tok.head.left_edge.idx, tok.head.right_edge.idx + len(tok.head.right_edge))

        def rank(d):
            inside = lo <= d.start < hi
            near_head = head_span[0] <= d.start < head_span[1]
            return (not inside, not near_head, abs(d.start - tok.idx))
        for d in sorted(in_sent, key=rank):
            r = timex.resolve(d, self.pub, future=future)
            if r is not None:
                return r
        return None

    def _narrative_date(self, tok: Token, future: bool):
        """A past-tense clause with no date of its own continues the story's last dated
        day: the nearest day-precise date earlier in the paragraph or the one before it
        ("On April 24, Blinken traveled to Kyiv. ... While in Kyiv, they met ...")."""
        verb = tok if tok.pos_ == "VERB" else tok.head
        if verb.tag_ != "VBD" or future:
            return None
        text = text_of(self.doc)
        para_start = text.rfind("\n", 0, text.rfind("\n", 0, tok.sent.start_char) - 1) + 1 \
            if "\n" in text[:tok.sent.start_char] else 0
        earlier = [d for d in self.dates if para_start <= d.start < tok.sent.start_char]
        for d in reversed(earlier):
            r = timex.resolve(d, self.pub)
            if r is not None and r.precision == "day":
                return r
        return None

    def place_for(self, tok: Token) -> tuple[Optional[str], Optional[str], Optional[object]]:
        sent = tok.sent
        ents = [e for e in self.places if sent.start <= e.start < sent.end]
        sub = {t.i for t in tok.subtree}
        ranked = sorted(ents, key=lambda e: (e.start not in sub, abs(e.start - tok.i)))
        for e in ranked:
            head = e.root.head
            if head.lower_ in ("in", "at", "to", "across", "throughout", "inside") and head.dep_ == "prep":
                c = self.kb.country(e.text) or self.kb.city(e.text)
                return e.text, (c.iso3 if c else None), e
        d = dateline_of(self.doc)
        if d is not None and "\n" not in text_of(self.doc)[d[1]:sent.start_char]:
            c = self.kb.country(d[2]) or self.kb.city(d[2])     # the dateline's paragraph
            return d[2], (c.iso3 if c else None), None
        return None, None, None


def _event(doc: Doc, tok: Token, entry: Entry, table: ActorTable, ctx: _Context, n: int,
           skip, args: Optional[tuple] = None) -> Optional[Event]:
    code = coding.lookup(entry.cameo)
    how = "subject" if entry.pos == "VERB" else "of/by/poss"
    if args is not None:
        subj = []
    elif entry.pos == "VERB":
        subj = _subject(tok)
    else:
        subj = ([] if "of" in entry.recipient else _by_prep(tok, "of")) + _by_prep(tok, "by") \
            + [c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and table.at(c)]
        if not _actors(subj, table, skip) and tok.dep_ in ("dobj", "nsubjpass") \
                and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in LIGHT_VERBS:
            subj = _subject(tok.head)          # "Russia called off the talks with Ukraine"
            how = f"subject of light verb '{tok.head.text}'"
        if len(_actors(subj, table, skip)) < 2 and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "at"):
            # "traded barbs during a phone call", "X, Y and Z launched an agenda to counter
            # hatred at the meeting of ...": the clause's subject took part
            for verb in list(tok.head.ancestors)[:5]:
                if verb.pos_ in ("VERB", "AUX") and _actors(_subject(verb), table, skip):
                    if not subj or len(_actors(_subject(verb), table, skip)) > 1:
                        subj = _subject(verb)      # a group beats "the meeting of <body>"
                        how = f"subject of '{verb.text}' (took part {tok.head.lower_} the {tok.text})"
                    break
    place, place_iso, place_span = ctx.place_for(tok)
    rec_toks, slot, rec_iso = _recipients(tok, entry, place_iso)
    if not rec_toks and entry.pos == "NOUN" and "to" in entry.recipient:
        # "the visit of the head of US diplomacy to China": the to-phrase may hang lower
        rec_toks = [g for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "to"
                    for g in t.children if g.dep_ == "pobj"][:1]
        slot = "to (in the noun phrase)" if rec_toks else slot
    actors = _actors(subj, table, skip)
    if not actors and subj and args is None:
        actors = _local_group(subj, table, place_iso)
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("in", "by") \
            and tok.head.head.lemma_.lower() in ("stand", "join", "unite", "align"):
        # "We stand with our Ukrainian partners in condemning ...": the partners condemn too
        actors += [a for a in _actors(_by_prep(tok.head.head, "with"), table, skip) if a not in actors]
    if not actors and entry.pos == "VERB" and args is None:
        # "ordered the authority RosKomNadzor to restrict": when the one told to act is no
        # actor we know, the one who told it is
        actors = _actors(_subject(tok, control=False), table, skip)
    recipients = [r for r in _actors(rec_toks, table, skip) if r not in actors]
    if not recipients and rec_toks and args is None:
        recipients = [r for r in _local_group(rec_toks, table, place_iso, need_place=not actors)
                      if r not in actors]
    if not recipients and args is None and entry.objects and entry.cameo in ("110", "111") \
            and entry.pos == "VERB" and not entry.reciprocal:
        # "we share the concerns ... that the new constitution could weaken Tunisia's
        # democracy": a concern voiced is about the first state or body that follows
        for t in tok.doc[tok.i + 1:tok.sent.end]:
            a = table.by_id(table.at(t)) if table.at(t) else None
            if a is not None and a.id not in actors and a.kind in ("country", "organization") \
                    and a.sector != "MED" and t.head.lower_ != "to":      # not "according to X"
                recipients, slot = [a.id], "the first state or body after the concern"
                break
    if not recipients and rec_toks and args is None and code is not None \
            and code.plover_type in PLACE_TARGETS:
        # "imposed a curfew in the town of Cizre in southeastern Turkey": the place's
        # country, even the actor's own (domestic coercion is TUR -> TUR)
        recipients = _place_side(rec_toks, table, ctx)
        slot = f"{slot} (a place: its country)" if recipients else slot
    if not recipients and entry.pos == "VERB":
        # "threatened to break relations with Russia", "refused to lift the curfew on
        # Palestinians", "urged Moscow to withdraw": the other side of the verb it governs
        appeal = entry.cameo[:2] in ("02", "10")
        for x in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
            # "demanded that Moscow return the children": who is asked is who must act
            objs = [c for c in x.children if c.dep_ == "nsubj"] if appeal and x.dep_ == "ccomp" else []
            objs += [c for c in x.children if c.dep_ in ("dobj", "dative")]
            objs += [g for p in ("with", "against", "on", "to", "from") for g in _by_prep(x, p)]
            objs += [g for c in x.children if c.dep_ == "dobj" for p in ("with", "on", "against")
                     for g in _by_prep(c, p)]
            recipients = [r for r in _actors(objs, table, skip) if r not in actors]
            if recipients:
                slot = f"{'subject or object' if appeal else 'object'} of '{x.text}'"
                break
    if slot == "place" and rec_iso and place_span is not None:
        host = table.place_actor(rec_iso, place_span)
        if host not in actors:
            recipients = [host]
    if entry.pos == "NOUN" and slot in ("between", "with") and not actors and len(recipients) > 1:
        actors, recipients = recipients[:1], recipients[1:]
    if args is not None:
        actors, recipients, slot = args[0], args[1], "to/dative of the speech verb"
    reciprocal = entry.reciprocal
    group: list[str] = []
    if not recipients and entry.reciprocal and len(actors) > 1:
        group = list(actors)                # "Chen and Blinken met": each pair took part
        actors, recipients = actors[:1], actors[1:]
    if not actors and not recipients:
        return None
    if not actors and (entry.pos == "NOUN" or not _agentless(tok, subj)):
        return None         # someone did it and we could not tell who: no half-made dyad
    if not recipients and (code is None or code.plover_type not in MONADIC):
        return None                 # a dyad needs two sides: "X supported" codes nothing
    modality, negated, why = _modality(tok, threat=entry.cameo.startswith("13"))
    dated = ctx.date_for(tok, future=(modality == "future"))
    sent = tok.sent
    explain = (f"{entry.describe()}; trigger '{tok.text}' ({tok.dep_} of '{tok.head.text}'); "
               f"actor via {how}; "
               f"recipient via {slot or 'none'}" + (f"; modality {modality}: {why}" if why else ""))
    cameo = entry.cameo
    intent = coding.intent_code(cameo) if modality == "future" and not negated else None
    if intent:           # "Portugal will support Turkey": an intention stated now, AGREE
        explain += (f"; future {code.plover_type} -> {intent} (PLOVER: cooperation in the "
                    f"future tense is an expression of intent)")
        cameo, code = intent, coding.lookup(intent)     # still future: never "happened"
    mode = (entry.mode if cameo == entry.cameo else None) or (code.plover_mode if code else None)
    host: list[str] = []
    if entry.pos == "NOUN" and code and code.plover_type == "CONSULT" and tok.dep_ in ("dobj", "nsubjpass") \
            and tok.head.lemma_.lower() in HOST_VERBS:
        # "Turkey hosted talks between Russian and Ukrainian delegations": talks with a
        # third party; the host's part is its own event (045, mediate)
        host = [h for h in _actors(_subject(tok.head), table, skip) if h not in recipients]
        if slot == "between" and len(recipients) > 1 and set(actors) <= set(host):
            actors, recipients = recipients[:1], recipients[1:]     # the parties talk
        host = [h for h in host if h not in actors + recipients]
        if host:
            mode = "third-party"
            explain += f"; third party: '{tok.head.text}' by its subject"
    if len(group) > 2 and code and code.plover_type == "CONSULT" and not entry.mode:
        mode = "multilateral"
        explain += f"; {len(group)} parties: multilateral, one event per pair"
    date = dated.iso if dated else (ctx.pub.isoformat() if ctx.pub else None)
    if dated is not None and dated.text not in sent.text:
        explain += f"; date from an earlier sentence ('{dated.text}')"
    elif dated is None:
        explain += "; no date in the text: publication date"
    ev = Event(
        id=f"e{n}", type=code.plover_type if code else None,
        mode=mode, cameo=cameo,
        goldstein=code.goldstein if code else None, quad_class=code.quad_class if code else None,
        actor=actors, recipient=recipients, date=date,
        date_text=dated.text if dated else None,
        date_precision=dated.precision if dated else ("day" if ctx.pub else None),
        date_from_publication=dated is None, place=place, place_country=place_iso,
        negated=negated, modality=modality, reciprocal=reciprocal,
        evidence=_trimmed(sent),
        trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text), explain=explain)
    ev._group = group
    ev._host = host
    return ev


def _pairwise(ev: Event) -> list[Event]:
    """A reciprocal event among a group of three or more ("the UAE, the US and Israel met")
    stands for every pair: A-B and A-C are the first event, B-C the next."""
    group = getattr(ev, "_group", None) or []
    out = [ev]
    for i in range(1, len(group) - 1):
        out.append(dc_replace(ev, actor=[group[i]], recipient=group[i + 1:]))
    return out


#: Verbs whose subject brings others together: "Turkey hosted talks between A and B".
HOST_VERBS = {"host", "broker", "mediate", "facilitate", "convene", "organize", "organise",
              "sponsor", "arrange"}


def _hosting(ev: Event) -> Optional[Event]:
    """The host's own event beside third-party talks: host CONSULT (045) the parties."""
    host = getattr(ev, "_host", None)
    if not host:
        return None
    code = coding.lookup("045")
    return dc_replace(ev, actor=list(host), recipient=list(dict.fromkeys(ev.actor + ev.recipient)),
                      cameo="045", type=code.plover_type, mode="third-party",
                      goldstein=code.goldstein, quad_class=code.quad_class, reciprocal=False,
                      explain=ev.explain + "; the host's part (045)")


ENCOUNTER_NOUNS = {"visit": "040", "trip": "040", "meeting": "040", "talks": "040",
                   "summit": "040", "call": "041", "conversation": "041"}


def _encounter(doc: Doc, tok: Token, table: ActorTable, ctx: _Context, n: int, skip) -> Optional[Event]:
    """Words passed from one actor to another during a visit, meeting or call mean the two
    met: "X conveyed this to Y during the visit" -> X CONSULT Y."""
    during = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "during"
              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ENCOUNTER_NOUNS]
    if not during:
        return None
    addressees = _by_prep(tok, "to") + [c for c in tok.children if c.dep_ == "dative"]
    actors = _actors(_subject(tok), table, skip)
    recipients = [r for r in _actors(addressees, table, skip) if r not in actors]
    if not actors or not recipients:
        return None
    noun = during[0]
    entry = Entry(lemma=noun.lemma_.lower(), pos="NOUN", prep=None, objects=frozenset(),
                  cameo=ENCOUNTER_NOUNS[noun.lemma_.lower()], mode=None, recipient=(),
                  reciprocal=True, line=0)
    ev = _event(doc, noun, entry, table, ctx, n, skip, args=(actors, recipients))
    if ev is None:
        return None
    ev.trigger = Span(tok.idx, tok.idx + len(tok.text), tok.text)
    ev.explain = (f"encounter rule: '{tok.text}' to an addressee during '{noun.text}' -> "
                  f"{entry.cameo}; actor via subject; recipient via to/dative")
    return ev


def extract(doc: Doc, table: ActorTable, document: Document,
            voice: Optional[dict] = None) -> list[Event]:
    """Events of one document, in text order. ``voice`` maps the tokens of direct quotes
    to their speaker's actor id: events there are that speaker's account (``reported_by``),
    "we" and "I" there are the speaker, and a quote with no known speaker gives none."""
    voice = voice or {}
    quoted = frozenset(voice)
    table.voice = voice
    table.parties = []
    lex = entries()
    ctx = _Context(doc, document)
    events: list[Event] = []
    carried: set[int] = set()
    for tok in doc:
        if tok.pos_ == "AUX" and tok.lemma_ == "be" and tok.dep_ in ("ROOT", "ccomp", "conj", "xcomp") \
                and not (tok.i in voice and voice[tok.i] is None):
            for rule in (_accusation, _concern):     # "X is responsible", "we are concerned"
                ev = rule(doc, tok, table, ctx, len(events) + 1, quoted)
                if ev is not None:
                    events.append(ev)
            continue
        if (tok.i in voice and voice[tok.i] is None) or tok.pos_ not in ("VERB", "NOUN", "PROPN") \
                or (tok.pos_ != "VERB" and table.at(tok)):
            continue                 # "the Negev Summit" names an actor, not an event
        pos = "VERB" if tok.pos_ == "VERB" else "NOUN"
        cand = lex.get((tok.lemma_.lower(), pos)) or lex.get((tok.lower_, pos))
        if tok.i in carried:
            continue                 # "held talks": the light-verb frame made the event
        speech, alleged = _account(tok)
        if pos == "VERB" and speech is None:
            ev = _encounter(doc, tok, table, ctx, len(events) + 1, quoted)
            if ev is not None:
                events.append(ev)
        if pos == "VERB":
            for rule in (_accusation, _warning, _obligation, _concern):
                ev = rule(doc, tok, table, ctx, len(events) + 1, quoted)
                if ev is not None:
                    events.append(ev)
        if pos == "NOUN":
            ev = _need(doc, tok, table, ctx, len(events) + 1, quoted)
            if ev is not None:
                events.append(ev)
        if not cand:
            continue
        rows = _matches(tok, cand)
        if not rows or rows[0].cameo == "-" or _imperative(tok):
            continue
        ev = None
        for entry in rows:       # "fired a missile at X" (190) else "fired a missile" (150)
            if entry.cameo == "-":
                break
            ev = _event(doc, tok, entry, table, ctx, len(events) + 1, quoted)
            if ev is not None:
                break
        if ev is None:
            continue
        if entry.objects:
            carried.update(c.i for c in tok.children if c.dep_ in ("dobj", "attr"))
        if ev.reciprocal and ev.modality == "asserted" and not ev.negated:
            table.parties = list(dict.fromkeys(ev.actor + ev.recipient))
        if tok.i in voice:
            ev.reported_by = [voice[tok.i]]
            ev.explain += "; reported: inside a direct quote"
        elif speech is not None:
            ev.reported_by = _actors(_subject(speech), table, quoted)
            ev.alleged = alleged
            ev.explain += (f"; alleged: complement of '{speech.text}'" if alleged else
                           f"; reported: clause of '{speech.text}'")
        events.append(ev)
    out: list[Event] = []
    seen: set = set()
    undated: dict = {}                     # an encounter's key without its date -> index
    for ev in events:                      # every pair of a group; ids in text order
        hosting = _hosting(ev)
        for e in _pairwise(ev) + ([hosting] if hosting else []):
            key = _same_event(e, doc)
            same_words = ("trigger", e.trigger.start, e.cameo[:2], tuple(e.actor), tuple(e.recipient))
            if (key is not None and key in seen) or same_words in seen:
                continue        # one act found by two rules ("warned Iran of consequences")
            loose = (e.cameo[:3], frozenset(e.actor + e.recipient), e.modality, e.negated) \
                if e.type == "CONSULT" else None
            if loose in undated:
                kept = out[undated[loose]]
                if kept.date_from_publication or e.date_from_publication:
                    if kept.date_from_publication and not e.date_from_publication:
                        out[undated[loose]] = dc_replace(     # "the visit ... arrived Sunday"
                            kept, date=e.date, date_text=e.date_text, date_precision=e.date_precision,
                            date_from_publication=False,
                            explain=kept.explain + f"; date from '{e.trigger.text}' ('{e.date_text}')")
                    continue    # one encounter, one undated mention of it
            seen.update((key, same_words))
            if loose is not None:
                undated[loose] = len(out)
            out.append(e)
    out = _one_agreement(out)
    return [dc_replace(e, id=f"e{i}") for i, e in enumerate(out, 1)]


def _one_agreement(events: list[Event]) -> list[Event]:
    """ "Saudi Arabia and Iran agreed to restore relations": the agreement (030) and the
    intent it states (032) are one AGREE; the more specific code stays."""
    groups: dict = {}
    for e in events:
        if e.type == "AGREE":
            groups.setdefault((e.evidence.start, frozenset(e.actor + e.recipient)), []).append(e)
    drop, keep = set(), {}
    for same in groups.values():
        if len(same) > 1:
            spec = max(same, key=lambda e: (len(e.cameo), e.cameo[-1] != "0"))
            said = next((e for e in same if e.modality == "asserted"), spec)
            code = coding.lookup(spec.cameo)
            keep[id(said)] = dc_replace(   # the agreeing happened; what was agreed: spec
                said, cameo=spec.cameo, mode=spec.mode, goldstein=code.goldstein if code else said.goldstein,
                quad_class=code.quad_class if code else said.quad_class,
                explain=said.explain + f"; what was agreed: {spec.cameo} ('{spec.trigger.text}')")
            drop.update(id(e) for e in same if e is not said)
    return [keep.get(id(e), e) for e in events if id(e) not in drop]


def _same_event(ev: Event, doc: Doc):
    """A key shared by mentions of one event, or None. A readout's second "spoke with" on
    the same day is the same call; "Russia's invasion of Ukraine" named again is the same
    invasion. Two verbs of other kinds are two acts ("welcomed ..., commended ...")."""
    status = (ev.modality, ev.negated, ev.alleged)
    if ev.type == "CONSULT":
        return ("CONSULT", frozenset(ev.actor + ev.recipient), ev.date) + status
    trigger = doc.char_span(ev.trigger.start, ev.trigger.end)
    if trigger is not None and trigger.root.pos_ in ("NOUN", "PROPN"):
        return (ev.type, ev.cameo[:2], tuple(ev.actor), tuple(ev.recipient)) + status
    return None
