"""Step three, reported speech without marks: "X said (that) ...", "..., X said", "As X
said, ...", "X's statement that ...". A speech verb in the first person present is the
author's own voice, not a report."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..actors import ActorTable
from ..schema import Quote, Span
from .clauses import _after_dateline, _reported_clause, _trailing_relay
from .lexicon import cues
from .marks import OPEN_CLOSE
from .speakers import _Speakers, _mention_span, _subject, _unrelativise
from .via import _via


def _indirect(doc: Doc, table: ActorTable, speakers: _Speakers, inside: set[int],
              used: set[int], spoken: set[int]) -> list[Quote]:
    """Reported speech without marks: "X said (that) ...", "..., X said". ``inside``: all
    tokens in quotation marks (never a cue); ``spoken``: those already quoted as speech
    (a clause holding them is not reported again)."""
    out = []
    lex = cues().verbs
    for t in doc:
        if t.i in used or t.i in inside or lex.get(t.lemma_.lower()) != "speech" or t.pos_ != "VERB":
            continue
        if (t.text[:1].isupper() and not t.is_sent_start) or t.ent_type_ in ("PERSON", "ORG") \
                or (t.dep_ == "acl" and t.tag_ == "VBN"):
            continue        # "Muhammad Said Abd al-Rahman": a name; "the state of emergency,
                            # declared at the time of ...": a participle, no one speaking
        clause = _reported_clause(t)
        if clause is None or any(i in spoken for i in range(clause.start, clause.end)):
            continue
        if _trailing_relay(t) and t.head.i != t.i and lex.get(t.head.lemma_.lower()) == "speech" \
                and any(c.dep_ == "nsubj" for c in t.head.children):
            continue        # "X said ..., Xinhua reported": X's words, relayed (see _via)
        subj = _unrelativise(_subject(t), t, table)
        if subj is None:
            continue
        if subj.lower_ in ("it", "this", "that", "which") and not table.at(subj):
            if subj.lower_ != "it":
                continue
        if _performative(t, subj):
            continue
        speaker = speakers.resolve(subj)
        if speaker is None and subj.pos_ not in ("PROPN", "PRON", "NOUN"):
            continue
        if speaker is None and subj.tag_ == "NN" and subj.lower_.endswith("ing"):
            continue        # "The lifting of the state of emergency, declared ...": an act
                            # speaks for no one (a misparse of a participle)
        speakers.note(subj, speaker)
        via = _via(t.sent, inside, table, subj, t)
        out.append(Quote(id="", text=clause.text, start=clause.start_char, end=clause.end_char,
                         kind="indirect", speaker=speaker, speaker_mention=_mention_span(subj),
                         cue=t.text, cue_span=Span(t.idx, t.idx + len(t.text), t.text), via=via))
    out.extend(_as_clauses(doc, table, speakers, inside, used, spoken))
    out.extend(_noun_clauses(doc, table, speakers, inside, spoken))
    return out


def _performative(cue: Token, subj: Token) -> bool:
    """ "I can announce that ...", "We reiterate that ...", "I want to stress that ...": a
    speech verb of the first person in the present is the author speaking now, which is
    the author's own voice, not a report; "I noted then that" and "as we have said" report
    earlier speech."""
    if subj.lower_ not in ("i", "we") or cue.tag_ in ("VBD", "VBN"):
        return False
    top = cue
    while top.dep_ in ("conj", "xcomp") and top.head.pos_ in ("VERB", "AUX") and top.head.i != top.i:
        top = top.head
        if top.tag_ in ("VBD", "VBN"):
            return False
    aux = [c for c in top.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "VBD" or a.lemma_ == "have" for a in aux):
        return False        # "we did say", "we have said"
    return top.tag_ in ("VBP", "VBZ") or (top.tag_ == "VB" and any(a.tag_ == "MD" for a in aux))


def _clause_span(doc: Doc, start: int, end: int) -> Optional[SpacySpan]:
    start = _after_dateline(doc, start)
    while start < end and (doc[start].is_punct and doc[start].text not in OPEN_CLOSE
                           or doc[start].dep_ in ("mark", "cc") or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in "”’\""
                           or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end - start >= 3 else None


def _and_that(doc: Doc, end: int) -> int:
    """ "the concerns that X and also that Y": a second that-clause coordinated with the
    first (which the parser may hang elsewhere) belongs to the same report; the end of
    both."""
    j, sent_end = end, doc[end - 1].sent.end
    saw_cc = False
    while j < sent_end and (doc[j].dep_ == "cc" or doc[j].text == ","
                            or doc[j].lower_ in ("also", "further", "moreover")):
        saw_cc = saw_cc or doc[j].dep_ == "cc"
        j += 1
    if saw_cc and j < sent_end and doc[j].lower_ == "that" and doc[j].dep_ == "mark" \
            and doc[j].head.i > j:
        return max(x.i for x in doc[j].head.subtree) + 1
    return end


def _as_clauses(doc: Doc, table: ActorTable, speakers: "_Speakers", inside: set[int],
                used: set[int], spoken: set[int]) -> list[Quote]:
    """ "As X said, CLAUSE" / "As X told Y: CLAUSE": the main clause is what X said."""
    out = []
    lex = cues().verbs
    for t in doc:
        if t.i in used or t.i in inside or lex.get(t.lemma_.lower()) != "speech" \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) \
                and not any(c.dep_ == "agent" for c in t.children):
            continue            # "as it is called locally": a name, not a report
        subj = _unrelativise(_subject(t), t, table)
        if subj is None:
            continue
        sent = t.sent
        as_end = max(x.i for x in t.subtree) + 1
        clause = _clause_span(doc, as_end, sent.end)
        if clause is None or any(i in spoken for i in range(clause.start, clause.end)) \
                or _performative(t, subj):
            continue
        speaker = speakers.resolve(subj)
        speakers.note(subj, speaker)
        out.append(Quote(id="", text=clause.text, start=clause.start_char, end=clause.end_char,
                         kind="indirect", speaker=speaker,
                         speaker_mention=_mention_span(subj), cue=t.text,
                         cue_span=Span(t.idx, t.idx + len(t.text), t.text),
                         via=_via(sent, inside, table, subj, t)))
    return out


def _noun_clauses(doc: Doc, table: ActorTable, speakers: "_Speakers", inside: set[int],
                  spoken: set[int]) -> list[Quote]:
    """ "X's statement that ...", "noted the minister's statement that ...", "reiterated our
    concerns that ...": a cue noun with a that-clause. The speaker is the noun's possessor,
    else the subject of the verb it is the object of; that subject, if another, relays it."""
    out = []
    nouns = cues().nouns
    for n in doc:
        if n.i in inside or n.pos_ != "NOUN" or n.lemma_.lower() not in nouns:
            continue
        comp = [c for c in n.children if c.dep_ in ("acl", "ccomp", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if not comp:
            continue
        c = comp[0]
        toks = sorted(c.subtree, key=lambda x: x.i)
        clause = _clause_span(doc, toks[0].i, _and_that(doc, toks[-1].i + 1))
        if clause is None or any(i in spoken for i in range(clause.start, clause.end)):
            continue
        poss = next((p for p in n.children if p.dep_ == "poss"), None)
        agent = next((g for a in n.children if a.dep_ == "acl" for b in a.children
                      if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"), None)
        verb = n.head if n.dep_ in ("dobj", "nsubj", "pobj") else None
        vsubj = _subject(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
        own = poss is not None and poss.lower_ in ("our", "my", "their", "his", "her", "its")
        if poss is not None and not own:
            who = poss                      # "the Foreign Minister's statement that"
        elif agent is not None:
            who = agent                     # "the concerns expressed by many Tunisians that"
        elif own or nouns[n.lemma_.lower()] == "thought":
            who = vsubj                     # "reiterated our concerns that"
        else:
            who = None                      # "noted the statement that": whose, unsaid
        if who is None:
            continue
        speaker = speakers.resolve(who)
        speakers.note(who, speaker)
        via = []
        if who is poss and vsubj is not None:
            relay = speakers.resolve(vsubj)
            if relay and relay != speaker:
                via.append(table.by_id(relay).name)
        mention = doc[min(x.i for x in who.subtree):n.i + 1] if who is poss else None
        out.append(Quote(id="", text=clause.text, start=clause.start_char, end=clause.end_char,
                         kind="indirect", speaker=speaker,
                         speaker_mention=(Span(mention.start_char, mention.end_char, mention.text)
                                          if mention is not None else _mention_span(who)),
                         cue=n.text, cue_span=Span(n.idx, n.idx + len(n.text), n.text), via=via))
    return out
