"""Speech-act rules: saying things that are events in themselves. Saying someone
committed crimes accuses them (112x); spelling out consequences threatens (130); stressing
the need for someone to act, or saying they must, asks it of them (02x, 100); being
concerned by what someone did disapproves of them (110)."""
from __future__ import annotations

from dataclasses import replace as dc_replace
from typing import Optional

from spacy.tokens import Token

from ..actors import ActorTable, knowledge
from ..layout import REPORTER_LABELS, speaker_labels, text_of
from ..schema import Event, Span
from . import coding
from .args import TIE_NOUNS, _abroad, _actors, _by_prep, _owner, _subject, _trimmed, counterpart_state
from .lexicon import entries
from .modality import FUTURE_AUX, HYPOTHETICAL_AUX, SPEECH_HEADS, TOPIC_VERBS, time_for


def _rule_event(ctx: "_Context", tok: Token, trigger: Token, code_str: str, actor: list[str],
                recipient: list[str], explain: str, negated: bool = False) -> Event:
    """An event made by a speech-act rule: asserted (the saying happened), dated from its
    clause, no place of its own. A saying in the present tense ("we are concerned by the
    death ... on January 12") happens now: the date in its complement is the other event's."""
    code = coding.lookup(code_str)
    verb = tok if tok.dep_ != "xcomp" else tok.head          # "we continue to be concerned"
    present = verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VB" and verb.head.tag_ in ("VBP", "VBZ"))
    dated = None if present else ctx.date_for(tok, future=False)
    modal = {c.lower_ for c in verb.children if c.dep_ == "aux"} & {"would", "could", "might"}
    return Event(
        id="e0", type=code.plover_type, mode=code.plover_mode, cameo=code_str,
        goldstein=code.goldstein, quad_class=code.quad_class, actor=actor, recipient=recipient,
        date=dated.iso if dated else (ctx.pub.isoformat() if ctx.pub else None),
        date_text=dated.text if dated else None,
        date_precision=dated.precision if dated else ("day" if ctx.pub else None),
        date_from_publication=dated is None, place=None, place_country=None,
        negated=negated, modality="hypothetical" if modal else "asserted",   # "she would
        reciprocal=False, evidence=_trimmed(tok.sent),           # have been outraged by"
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
    if tok.i not in quoted and (table.joint or table.joint_ids):      # a joint statement's
        ids = table.joint_ids or [table._country(c) for c in table.joint]   # own voice: all
        return list(dict.fromkeys(ids)), "the joint statement's authors"    # its authors
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


def _accusation(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
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
#: "severe costs for Russia's actions" are a punishment; plain "costs" are prices.
SEVERE = {"severe", "swift", "significant", "massive", "heavy", "serious", "real", "steep",
          "crippling", "unprecedented", "grave", "enormous"}
CONSEQUENCES = {"consequence", "consequences", "response", "repercussion", "repercussions",
                "implication", "implications", "retaliation", "penalty", "penalties",
                "punishment", "sanction", "sanctions"}     # not "costs": health-care costs

#: Verbs whose subject brings the consequence on itself ("aggression would result in").
BRING_ON = {"result", "lead", "trigger", "bring", "mean", "prompt", "provoke", "invite",
            "face", "pay", "suffer", "bear", "incur", "draw", "meet"}

#: Verbs that impose the consequence on someone ("impose costs on Russia").
IMPOSE = {"impose", "inflict", "exact", "take"}

WARN_HEADS = SPEECH_HEADS | {"describe", "detail", "outline", "explain", "warn", "caution",
                             "signal", "convey", "make", "threaten", "promise", "vow"}


#: Modals that put an act on someone as a duty: "Eritrean forces should withdraw".
DUTY_MODALS = {"should", "must"}


def _duty(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """What a statement says another side should or must do is its author's appeal to
    that side (CAMEO 020): "Belligerents in the Tigray region should declare a ceasefire,
    and Eritrean and Amhara forces should withdraw" -> the author REQUEST each of them;
    "Congress must act with urgency". Not what "we" must do, nor a passive ("Russia must
    be held accountable" is what others must do to it)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in ("be", "have", "know", "remain", "understand"):
        return None
    told = time_for(tok)
    if told:                     # "it is past time for the regime and its enablers, including
        asked = [a for t in told for x in [t] + [g for c in t.subtree if c.dep_ == "prep"   # Russia
                                                 and c.lower_ == "including"            # and Iran,
                                                 for g in c.children if g.dep_ == "pobj"]   # to halt"
                 for a in _actors([x], table, quoted)]
        askers, how = _accusers(tok, table, quoted)
        asked = list(dict.fromkeys(a for a in asked if a not in askers))
        if asked and askers:
            return _rule_event(ctx, tok, tok, "020", askers, asked,
                               f"duty rule: 'it is time for ... to {tok.text}' -> 020; asked via "
                               f"'for'; asking: {how}")
        return None
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    clause = tok
    if tok.dep_ == "xcomp" and "to" in aux and tok.head.lemma_.lower() in ("need", "have") \
            and tok.head.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "auxpass" for c in tok.children):
        # "Congress needs to pass legislation", "Russia has to end it": a duty as much as
        # "must" (not a past "needed to", a report of what was required)
        clause, aux = tok.head, {f"{tok.head.text} to"}
    duty = aux & DUTY_MODALS if clause is tok else aux
    if not duty or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return None
    if clause.dep_ not in ("ROOT", "conj") or any(c.dep_ == "mark" for c in clause.children):
        return None                     # (not "if X should ...", "so that X must ..."; a
                                        # reported "declared that X must" is _obligation's)
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subj or any(t.lower_ in ("we", "i", "you", "us", "everyone", "all", "nothing", "no", "it", "this", "that")
                       for s in subj for t in [s] + [c for c in s.children if c.dep_ == "det"]):
        return None
    subj = [x for x in subj if x.pos_ == "PROPN" or table.at(x)
            or knowledge.load().sector_noun(x.lemma_.lower())]
    asked = _actors(subj, table, quoted)       # (a side: not "the discussion of X must begin")
    askers, how = _accusers(tok, table, quoted)
    asked = [a for a in asked if a not in askers]
    if not asked or not askers:
        return None
    return _rule_event(ctx, tok, tok, "020", askers, asked,
                       f"duty rule: '{' '.join(sorted(duty))} {tok.text}' put on another "
                       f"side -> 020; asked via subject; asking: {how}")    # ("must not
                                                                             # invade": asked too)


def _warning(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
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
    cons = [t for t in sub if t.pos_ == "NOUN" and (t.lemma_.lower() in CONSEQUENCES or (
        t.lemma_.lower() == "cost" and any(a.lower_ in SEVERE for a in t.children if a.dep_ == "amod")))]
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

#: Verbs by which a speaker stresses a need to the other side of a meeting or call.
STRESS_VERBS = {"stress", "emphasize", "emphasise", "underscore", "highlight", "underline",
                "reiterate", "reaffirm", "note", "raise"}

#: What is asked, by the verb of the clause: yield (025) or meet (026), else 020.
YIELD_VERBS = {"withdraw", "cease", "end", "stop", "halt", "release", "free", "lift", "pull",
               "de-escalate", "deescalate", "retreat", "reverse", "abandon", "allow", "permit"}

MEET_VERBS = {"return", "negotiate", "talk", "engage", "meet", "resume", "dialogue"}


def _need(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
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
                                     and a.i > g.i and a.tag_ == "VB"), None)
                        # (not "the importance of the Alliance to maintaining peace": what
                        # it matters for, no act asked of it)
                    if verb is not None:
                        acts.append((g, verb))
        elif c.dep_ in ("advcl", "acl") and c.pos_ == "VERB":      # "for all parties to respect"
            acts += [(x, c) for x in c.children if x.dep_ == "nsubj"]
    bare = None
    if not acts:            # "stressed the need to see de-escalation": whose is not said
        bare = next((c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB"
                     and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
    governor = top.head if top.dep_ != "pobj" else top.head.head
    if governor.lemma_.lower() in TOPIC_VERBS and top.dep_ == "dobj":
        return None      # "They discussed the importance of ...": a topic, no appeal made
    asker = [table.voice[tok.i]] if table.voice.get(tok.i) else []
    if not asker and governor.pos_ in ("VERB", "AUX"):
        asker = _actors(_subject(governor), table, quoted)
    asked = [a for a in _actors([x for x, _ in acts if (x.lemma_.lower(), "NOUN") not in entries()],
                                table, quoted) if a not in asker]    # "the importance of
                                                                      # cooperation to address"
    how = "the needed act's subject"
    if bare is not None and asker:
        # ... then it is asked of the state the sentence has just named as the doer of
        # something: "concerns that Russia has the capacity to launch an invasion ... and
        # emphasized the need to see de-escalation" -> Russia
        doers = [t for t in tok.doc[tok.sent.start:tok.i] if t.dep_ in ("nsubj", "nsubjpass")
                 and table.at(t) and table.at(t) not in asker
                 and table.by_id(table.at(t)).kind in ("country", "organization")]
        if governor.pos_ not in ("VERB", "AUX") or not _actors(_subject(governor), table, quoted):
            doers = []          # only when the one who stresses it is the clause's subject
        asked = [table.at(doers[-1])] if doers else []
        acts = [(tok, bare)]
        how = "the state the sentence names as the doer before it"
    ties = any(g.lemma_.lower() in TIE_NOUNS | {"coordination"} for c in tok.children
               if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    if asker and not asked and governor.lemma_.lower() in STRESS_VERBS and not table.voice.get(tok.i) \
            and not ties:       # ("the importance of trilateral cooperation": shared, no ask)
        other = counterpart_state(asker, table, tok.sent)
        if other:   # "The Secretary stressed the importance of human rights", after meeting
            asked, how = [other], "the other side's state (the meeting or call just reported)"
            acts = acts or [(tok, bare or tok)]
    if not asker or not asked or not acts:
        return None
    verb = acts[0][1].lemma_.lower()
    code_str = "025" if verb in YIELD_VERBS else "026" if verb in MEET_VERBS else "020"
    return _rule_event(ctx, tok, tok, code_str, asker, asked,
                       f"need rule: '{governor.text} the {tok.text}'"
                       f"{f' of {acts[0][1].text!r}' if acts[0][1].i != tok.i else ''} -> "
                       f"{code_str}; actor via {'the quote' if table.voice.get(tok.i) else 'subject'}; "
                       f"recipient via {how}")

#: Modals that turn a reported clause into a demand on its subject: "Russia said Sudan
#: must return the helicopter" -> Russia REQUEST Sudan (100); "should" appeals (020).
DEMAND_MODALS = {"must": "100", "should": "020", "ought": "020"}


def _obligation(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """Saying that someone must act demands it of them (CAMEO 100; "should": 020):
    "the administration declared that China must drop barriers to U.S. exports"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in WARN_HEADS | {"declare", "insist", "conclude", "demand", "urge"}:
        return None
    for x in tok.children:
        if x.dep_ != "ccomp":
            continue
        modal = next((a.lower_ for a in x.children if a.dep_ == "aux" and a.lower_ in DEMAND_MODALS
                      and not any(s.dep_ == "nsubj" and s.i > a.i for s in x.children)), None)
        # ("should it pursue aggression": an inverted condition, not an obligation)
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


#: Nouns of disapproval a subject is "united in": "united in our deep concern regarding ...".
CONCERN_NOUNS = {"concern", "alarm", "dismay", "condemnation", "outrage", "disappointment", "opposition"}


#: Verbs that link a subject to its state, as "be" does: "We remain concerned about ...".
LINKING_VERBS = {"remain", "stay", "feel", "become", "grow", "seem", "appear"}


def _concern(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """Being concerned (alarmed, troubled...) by what someone did disapproves of them
    (CAMEO 110, PLOVER ACCUSE/disapprove): "We continue to be deeply concerned by the death
    of Omar Assad after Israeli soldiers detained him" -> the speaker ACCUSE Israel. The
    one disapproved of is the first state or body in the phrase."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in LINKING_VERBS:    # "We remain concerned
        adj = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in CONCERN_ADJ), None)
        who = _subject(tok)                                           # about ..."
    elif tok.pos_ == "VERB" and tok.lower_ == "united" and any(c.dep_ == "auxpass" for c in tok.children):
        # "We are united in our deep concern regarding the regime's attacks": the concern held
        adj = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
                    for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in CONCERN_NOUNS), None)
        who = [c for c in tok.children if c.dep_ == "nsubjpass"]
    elif tok.pos_ == "VERB":           # "Germany is alarmed by ...": parsed as a passive
        adj = tok if tok.lower_ in CONCERN_ADJ and any(c.dep_ == "auxpass" for c in tok.children) else None
        who = [c for c in tok.children if c.dep_ == "nsubjpass"]
    else:
        adj = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in CONCERN_ADJ), None)
        who = _subject(tok)
    if adj is None:
        return None
    about = [g for p in adj.children if p.dep_ in ("prep", "agent")
             and p.lower_ in ("by", "about", "over", "at", "with", "regarding", "in")
             + (("of",) if adj.pos_ == "NOUN" else ())
             for g in p.children if g.dep_ in ("pobj", "pcomp")]
    if not about:       # "We are disappointed the regime has opted to walk away": the
        about = [g for c in adj.children if c.dep_ == "ccomp"     # clause's doer
                 for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if not about:
        return None
    speaker = _actors(who, table, quoted) or (
        [table.voice[tok.i]] if table.voice.get(tok.i) else [])
    # "alarmed by the February 9 arrests of members of civil society by the military
    # authorities": an act's doer, when the phrase names one, before whoever it names first
    # ("concerned by recent developments along the border, including the detention of
    # several Armenian soldiers by Azerbaijani forces": an act the phrase goes on to name)
    acts = about + [t for g in about for t in g.subtree if t.pos_ == "NOUN" and t not in about]
    target = next((a for g in acts if g.pos_ == "NOUN" and entries().get((g.lemma_.lower(), "NOUN"))
                   for a in _owner(g, table, quoted) if a not in speaker
                   and table.by_id(a).kind != "person"), None)
    rest = tok.doc[adj.i + 1:tok.sent.end]     # the phrase first, then a doer after it
    doers = [t for t in rest if t.dep_ in ("nsubj", "poss")
             or (t.dep_ in ("amod", "compound") and t.head.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PROPN")]
    how = "the doer of the act it names" if target else "the first state or body in the phrase or after it"
    for t in ([t for g in about for t in g.subtree] + doers) if target is None else []:
        aid = table.at(t)
        actor = table.by_id(aid) if aid else None
        if actor is not None and aid not in speaker and actor.kind != "person":
            if actor.kind == "country" and t.dep_ == "amod" and actor.country and {
                    (table.by_id(s).country if table.by_id(s) else None) for s in speaker} == {actor.country}:
                continue    # "shocked by the violence that brought grief to an American
                            # community", said by Americans: their own people, hurt, not blamed
            target = aid
            break
    if target is None and about[0].dep_ in ("nsubj", "nsubjpass"):
        # "disappointed the regime has opted to walk away": the regime named before
        target = next((a for a in _actors(about[:1], table, quoted) if a not in speaker
                       and table.by_id(a).kind != "person"), None)
        how = "the subject of the clause"
    if not speaker or target is None:
        return None
    code = "111" if adj.lemma_.lower() in ("condemnation", "outrage") else "110"
    return _rule_event(ctx, tok, adj, code, speaker, [target],
                       f"concern rule: 'be {adj.text} {about[0].head.text}' -> {code}; actor via "
                       f"subject; recipient: {how}",
                       any(c.dep_ == "neg" for c in tok.children))


def _addressee(tok: Token, table: ActorTable) -> Optional[str]:
    """Whom a speaker's "you" is said to, in a turn or quote with a known speaker: the
    person the turn names (not the speaker), nearest before ("Jens, thank you"; "So
    Secretary Blinken, dear Tony, welcome ..."), else after in the same sentence. Only a
    person we can place (a country): "thank you, everyone", an audience member's first
    name or a mis-tagged "Laughter" address no one we code."""
    speaker = table.voice.get(tok.i)
    if speaker is None or any(t.lower_ in ("all", "everyone", "everybody", "folks", "guys")
                              for t in tok.sent):
        return None                        # "thank you all", "thank you, everyone"
    doc = tok.doc
    lo = tok.i
    while lo > 0 and (table.voice.get(lo - 1) == speaker or doc[lo - 1].is_space):
        lo -= 1
    named = [t for t in list(doc[lo:tok.i]) + list(doc[tok.i:tok.sent.end])
             if table.at(t) and table.at(t) != speaker
             and not (t.dep_ == "appos" and table.at(t.head))]   # "Blinken, dear Tony": Blinken
    me = table.by_id(speaker)
    named = [t for t in named if table.by_id(_full_name(table.at(t), table)).kind == "person"
             and table.by_id(_full_name(table.at(t), table)).country
             and table.by_id(_full_name(table.at(t), table)).name != (me.name if me else None)]
    before = [t for t in named if t.i < tok.i]
    if not named:
        return _other_speaker(tok, speaker, table)
    return _full_name(table.at(before[-1] if before else named[0]), table)


def _other_speaker(tok: Token, speaker: str, table: ActorTable) -> Optional[str]:
    """In a transcript of two people (press availability of two ministers), a turn's
    "you" that names no one is the other speaker: "Thank you for your leadership". Not in a
    briefing, where "you" is a reporter (a "Q", "QUESTION" or "OPERATOR" turn)."""
    labels = {label.strip().upper() for _, _, label in speaker_labels(text_of(tok.doc))}
    if not labels or labels & (REPORTER_LABELS | {"OPERATOR", "MODERATOR"}):
        return None
    people = {v for v in table.voice.values()
              if table.by_id(v) is not None and table.by_id(v).kind == "person"}
    if len(people) != 2 or speaker not in people:
        return None
    other = table.by_id(next(iter(people - {speaker})))
    return other.id if other.country else None


def _full_name(aid: str, table: ActorTable) -> str:
    """A first name said to someone ("Jens, thank you") is the person of that first name
    the text names in full, when there is exactly one."""
    actor = table.by_id(aid)
    if actor is None or " " in actor.name:
        return aid
    full = [a for a in table.actors if a.kind == "person" and a.id != aid
            and a.name.split()[0] == actor.name]
    return full[0].id if len(full) == 1 else aid


def _greeting(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """ "Secretary Blinken, welcome to NATO Headquarters", said by a known speaker: the
    speaker hosts the addressee's visit (CAMEO 043)."""
    if tok.lemma_.lower() != "welcome" or tok.pos_ not in ("VERB", "ADJ") \
            or any(c.dep_ in ("nsubjpass", "dobj") for c in tok.children) \
            or not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return None
    host = table.voice.get(tok.i)
    called = [table.at(c) for c in tok.children if c.dep_ == "nsubj"]   # the vocative,
    if called and not (called[0] and table.by_id(called[0]).kind == "person"):  # parsed as
        return None                                   # a subject: "Secretary Blinken, welcome"
    guest = called[0] if called else _addressee(tok, table)
    if guest is None or host is None or guest == host:
        return None
    if table.by_id(guest).country == table.by_id(host).country:
        return None                   # "Folks, welcome to the White House": no visitor
    return _rule_event(ctx, tok, tok, "043", [host], [guest],
                       "greeting rule: a speaker's 'welcome to ...' hosts the one addressed -> 043")


#: "Romania is an exemplary partner", "Japan has been a steadfast ally": calling a state a
#: good partner praises it (CAMEO 051), said by whoever says it.
PRAISE_NOUNS = {"partner", "ally", "friend", "leader", "example", "model", "champion"}
PRAISE_ADJ = {"exemplary", "great", "strong", "valued", "valuable", "close", "reliable",
              "important", "key", "steadfast", "trusted", "true", "indispensable", "vital",
              "critical", "essential", "excellent", "outstanding", "good", "stalwart",
              "unwavering", "dependable", "strategic", "global", "regional", "powerful",
              "wonderful", "extraordinary", "remarkable", "incredible", "tremendous", "special",
              "enduring", "longstanding", "invaluable", "crucial", "significant", "firm"}


def _as_told(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """ "As President Biden told President Putin directly, we will stand ...": the telling is
    a statement to the one told (CAMEO 010), made before; a plain "told Y that ..." is
    a report of what was said, whose content is coded instead."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("tell", "say", "make") \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    told = [c for c in tok.children if c.dep_ in ("dobj", "dative")] if tok.lemma_.lower() == "tell" \
        else [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
              if g.dep_ == "pobj"]           # "as I said to President Xi"
    speakers = _actors([c for c in tok.children if c.dep_ == "nsubj"], table, quoted)
    hearers = [a for a in _actors(told, table, quoted) if a not in speakers]
    if not speakers or not hearers:
        return None
    return _rule_event(ctx, tok, tok, "010", speakers, hearers,
                       f"as-told rule: 'as ... {tok.text}' someone -> 010; actor via subject; "
                       f"recipient: the one told")


#: Words of gladness a speaker's "to be in X" hangs on: "It's wonderful to be back in India".
GLAD_WORDS = {"wonderful", "great", "good", "nice", "glad", "happy", "pleased", "delighted",
              "honored", "honoured", "pleasure", "honor", "honour", "privilege", "thrilled", "terrific"}


def _presence(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """Being in another country's city for a purpose is a visit (CAMEO 042): "This week,
    Deputy National Security Advisor Daleep Singh was in New Delhi to discuss ..." ->
    Singh VISIT India. Only a person, abroad, in the past or present (not "will be in"),
    with a purpose clause or a date that says it is a trip."""
    glad = tok.dep_ == "xcomp" and tok.i in quoted and table.voice.get(tok.i) and (
        tok.head.lemma_.lower() in GLAD_WORDS or any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in GLAD_WORDS for c in tok.head.children))
    # ("It's wonderful to be back in Kuwait": the speaker is there)
    if tok.lemma_ != "be" or (tok.dep_ not in ("ROOT", "conj") and not glad) \
            or {c.lower_ for c in tok.children if c.dep_ == "aux"} & (FUTURE_AUX | HYPOTHETICAL_AUX):
        return None
    places = [g for p in list(tok.children) + [p for a in tok.children if a.dep_ == "advmod"
                                                for p in a.children]     # "back in Kuwait"
              if p.dep_ == "prep" and p.lower_ == "in"
              for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")]
    purpose = glad or any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
                          for c in tok.children)
    dated = any(ctx.pub and d.start >= tok.sent.start_char and d.start < tok.sent.end_char
                for d in ctx.dates)
    if not places or not (purpose or dated):
        return None
    who = [table.voice[tok.i]] if glad else _actors([c for c in tok.children if c.dep_ == "nsubj"], table, quoted)
    people = [a for a in who if table.by_id(a).kind == "person"]
    kb = knowledge.load()
    ent = next((e for e in tok.sent.ents if e.start <= places[0].i < e.end), None)
    text = ent.text if ent is not None else places[0].text
    place = kb.city(text) or kb.country(text)
    if not people or place is None or place.iso3 in knowledge.SPECIAL_CODES \
            or any(table.by_id(a).country == place.iso3 for a in people):
        return None
    host = table.place_actor(place.iso3, ent if ent is not None else tok.doc[places[0].i:places[0].i + 1])
    ev = _rule_event(ctx, tok, tok, "042", people, [host],
                     (f"presence rule: the speaker glad 'to {tok.text} in {text}' -> 042; actor: the "
                      f"quote's speaker" if glad else
                      f"presence rule: '{tok.text} in {text}' with a purpose or date -> 042; "
                      f"actor via subject") + "; recipient: the place's country")
    return dc_replace(ev, mode="visit", place=text, place_country=place.iso3)


def _company(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """Having been with someone is a meeting (040): "I was with President Duda yesterday",
    "we were with the Foreign Minister in Riga". Only the past ("was", "were"), people on
    both sides, and none of one government."""
    if tok.lemma_ != "be" or tok.tag_ != "VBD" or tok.dep_ not in ("ROOT", "conj", "ccomp") \
            or any(c.dep_ == "neg" for c in tok.children):
        return None
    withs = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in [p, *p.subtree] if g.dep_ in ("pobj", "conj") and g.pos_ == "PROPN"]
    if not withs:
        return None
    who = [a for a in _actors([c for c in tok.children if c.dep_ == "nsubj"], table, quoted)
           if table.by_id(a).kind == "person"]
    met = [a for a in _actors(withs, table, quoted) if table.by_id(a).kind == "person" and a not in who]
    home = {table.by_id(a).country for a in who}
    met = [a for a in met if table.by_id(a).country not in home or table.by_id(a).country is None]
    if not who or not met:
        return None
    return _rule_event(ctx, tok, tok, "040", who, met,
                       f"company rule: '{tok.text} with' someone -> 040; actor via subject; "
                       f"recipient via with")


def _praise(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """Calling a state or body a good partner, ally or friend praises it (051): by the
    quote's speaker, the owner of the statement, or the author of an official statement."""
    attr = next((c for c in tok.children if c.dep_ == "attr" and c.lemma_.lower() in PRAISE_NOUNS), None)
    if attr is None or not any(a.lower_ in PRAISE_ADJ for a in attr.children if a.dep_ == "amod") \
            or any(c.dep_ == "neg" for c in tok.children) \
            or any(c.dep_ == "compound" or (c.dep_ == "prep" and c.lower_ == "of") for c in attr.children):
        return None             # "a strong trade partner of China" describes, not praises
    praised = [a for a in _actors([c for c in tok.children if c.dep_ == "nsubj"], table, quoted)
               if table.by_id(a) is not None and table.by_id(a).kind in ("country", "organization")]
    sayers, how = _accusers(tok, table, quoted)
    own = {table.by_id(x).country for x in sayers if table.by_id(x) is not None}
    praised = [a for a in praised if a not in sayers and table.by_id(a).country not in own]
    if not praised or not sayers:
        return None
    return _rule_event(ctx, tok, attr, "051", sayers, praised,
                       f"praise rule: calling it '{attr.text}' -> 051; actor via {how}")


#: Adjectives of thanks: "I'm grateful to Ann and to Sweden for its leadership".
GRATEFUL_ADJ = {"grateful", "thankful", "indebted", "appreciative"}


def _grateful(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """Being grateful to someone praises them (051): "I'm grateful to Ann and to Sweden for
    its leadership" -> the speaker praises both. Gratitude for a thing with no one named
    ("grateful for this partnership") names no other side."""
    adj = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in GRATEFUL_ADJ), None)
    if adj is None or any(c.dep_ == "neg" for c in tok.children):
        return None
    to = [g for p in adj.children if p.dep_ == "prep" and p.lower_ == "to"
          for g in p.children if g.dep_ == "pobj"]
    to += [g for p in adj.children if p.dep_ == "prep" and p.lower_ == "to"
           for c in p.children if c.dep_ == "conj" and c.lower_ == "to"
           for g in c.children if g.dep_ == "pobj"]          # "to Ann and to Sweden"
    to += [g for p in adj.children if p.dep_ == "prep" and p.lower_ == "to"
           for c in p.conjuncts if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    actors = _actors(subj, table, quoted)
    thanked = [a for a in dict.fromkeys(_actors(to, table, quoted)) if a not in actors]
    how = "to"
    if not thanked:     # "grateful for Poland's partnership", "for the leadership that the
        things = [g for p in adj.children if p.dep_ == "prep" and p.lower_ == "for"   # Nether-
                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]   # lands shows"
        things += [c for p in adj.children if p.dep_ == "prep" and p.lower_ == "for"
                   for g in p.children if g.dep_ == "pobj" and g.pos_ in ("ADJ", "NOUN")
                   for c in g.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                   and any(a.dep_ == "amod" for a in c.children)]
        # ("the tireless and dedicated work of X": the parser takes the first adjective for
        # the object and hangs the noun on it)
        doers = [x for g in things for x in g.children if x.dep_ == "poss"] \
            + [x for g in things for r in g.children if r.dep_ == "relcl"
               for x in r.children if x.dep_ == "nsubj"] \
            + [x for g in things for x in _by_prep(g, "of")]
        thanked = [a for a in dict.fromkeys(_actors(doers, table, quoted)) if a not in actors]
        how = "for (whose the thing is)"
    thanked = _abroad(thanked, actors, table, "country")
    if not actors or not thanked:      # (not "grateful to ... our entire diplomatic team")
        return None
    return _rule_event(ctx, tok, adj, "051", actors, thanked,
                       f"praise rule: '{adj.text} {how}' -> 051; actor via subject")


#: Feelings one is put in by what others did: "we are encouraged by / that ...".
HEARTENED = {"encourage", "hearten", "gratify"}


def _encouraged(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """Being encouraged by what someone did praises them (051): "We are encouraged that the
    government of Ethiopia has taken steps", "encouraged by Kenya's efforts" -> the one
    encouraged praises the doers. Encouraged to act ("encouraged X to") is an appeal, coded
    by the lexicon."""
    if tok.lemma_.lower() not in HEARTENED or not any(c.dep_ == "auxpass" for c in tok.children) \
            or any(c.dep_ in ("neg", "xcomp") for c in tok.children):
        return None
    actors = _actors([c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
                     + [x for c in tok.children if c.dep_ == "auxpass" for x in c.children
                        if x.dep_ == "nsubj"], table, quoted)   # (the parser may hang "We" on "are")
    by = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers = [g for g in by if table.at(g)] + [x for g in by for x in g.children if x.dep_ == "poss"] \
        + [x for g in by for r in g.children if r.dep_ == "relcl" for x in r.children if x.dep_ == "nsubj"]
    said = [x for c in tok.children if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                 for m in c.children)
            for x in c.children if x.dep_ == "nsubj"]
    doers += said + [g for x in by + said if not table.at(x) for g in _by_prep(x, "of")]   # "the government of"
    done = [a for a in dict.fromkeys(_actors(doers, table, quoted)) if a not in actors]
    done = _abroad(done, actors, table, "country")
    if not actors or not done:
        return None
    return _rule_event(ctx, tok, tok, "051", actors, done,
                       f"praise rule: '{tok.text}' by what others did -> 051; actor via subject")


#: Verbs whose subject makes the call they govern: "reiterated / renewed / united in its call".
CALL_HOLDERS = {"reiterate", "renew", "repeat", "echo", "make", "issue", "join", "unite",
                "reaffirm", "stand", "restate", "voice", "underscore", "emphasize", "emphasise"}


def _call_for(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """ "The United States calls for the Taliban to reverse these decisions", "We strongly
    advocate for the WHO to invite Taiwan", "united in our
    call for the Lukashenka regime to cooperate": the one the for-clause makes act is the one
    asked (CAMEO 020). The parser makes "for" the mark of that clause, not a preposition of
    the call, so the lexicon's call-for rows never see it."""
    if tok.lemma_.lower() not in ("call", "appeal", "advocate", "press", "push") or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    verb, subjects = nxt.head, [c for c in nxt.head.children if c.dep_ == "nsubj"]
    if nxt.lower_ == "for" and nxt.dep_ == "prep" and nxt.head.i == tok.i:
        # (or "for" a preposition whose object the to-clause follows: "for the regime to act")
        subjects = [g for g in nxt.children if g.dep_ == "pobj"][:1]
        after = subjects[0].right_edge.i + 1 if subjects else len(tok.doc)
        to = tok.doc[after] if after < len(tok.doc) else None
        verb = to.head if to is not None and to.lower_ == "to" and to.dep_ == "aux" else tok
    elif nxt.dep_ != "mark":
        return None
    if nxt.lower_ != "for" or verb.pos_ != "VERB" or verb.i <= tok.i \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    asked = _actors(subjects, table, quoted)
    if tok.pos_ == "VERB":
        who, how = _subject(tok), "subject"
    else:
        who, how = [c for c in tok.children if c.dep_ == "poss"], "possessive"
        if not who and tok.i and tok.doc[tok.i - 1].lower_ in ("his", "her", "their", "its", "our"):
            who = [tok.doc[tok.i - 1]]      # (a possessive the parser hung elsewhere)
        mine = _actors(who, table, quoted)
        head = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if not mine and any(c.lower_ in ("his", "her") for c in who) and head is not None \
                and head.lemma_.lower() in CALL_HOLDERS and all(
                    table.by_id(a).kind == "person" for a in _actors(_subject(head), table, quoted)):
            who = _subject(head)    # "Blinken reiterated his call for Russia to withdraw"
            mine = _actors(who, table, quoted)
        if any(c.lower_ in ("his", "her") for c in who) and (not mine or not all(
                table.by_id(a).kind == "person" for a in mine)):
            return None          # "his call" is a person's: not a misread antecedent
        if not _actors(who, table, quoted) and head is not None \
                and head.lemma_.lower() in CALL_HOLDERS:     # (not "rejected a call for ...")
            who, how = _subject(head), f"subject of '{head.text}'"
    callers = _actors(who, table, quoted)
    asked = [a for a in asked if a not in callers]
    if not callers or not asked:
        return None
    return _rule_event(ctx, tok, tok, "020", callers, asked,
                       f"call-for rule: '{tok.text} for X to {verb.text}' asks X -> 020; actor via "
                       f"{how}; recipient: the subject of the for-clause")


def _joined_by(tok: Token, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """ "Today I met with fellow leaders from our NATO Allies ... We were joined today by our
    close partners Sweden, Finland, and the European Union": those who joined a meeting the
    text has just told met its side (CAMEO 040). Only foreign states, bodies or people: "the
    President was joined by the First Lady" is company, not a meeting."""
    if tok.lemma_ != "join" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start else 0
    if not any(t.lemma_.lower() in ("meet", "meeting", "summit", "talks", "call", "conference",
                                    "session", "ministerial", "dialogue") for t in doc[start:tok.sent.end]):
        return None
    hosts = _actors([c for c in tok.children if c.dep_ == "nsubjpass"], table, quoted)
    guests = _actors([g for c in tok.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj"], table, quoted)
    home = {table.by_id(a).country for a in hosts}
    guests = [g for g in guests if g not in hosts and table.by_id(g).country not in home]
    if not hosts or not guests:
        return None
    return _rule_event(ctx, tok, tok, "040", hosts, guests,
                       "joined-by rule: those who 'joined' a meeting just told met its side -> 040; "
                       "actor via passive subject; recipient via agent")


#: What one is thanked for that is aid given: "Kazakhstan's generous humanitarian assistance".
CREDITED_AID_NOUNS = {"assistance", "aid", "donation", "donations", "contribution", "contributions",
                      "generosity", "hospitality", "help"}
#: Acts one is thanked for doing that give aid: "for hosting Rohingya refugees".
CREDITED_AID_VERBS = {"host": "075", "welcome": "075", "shelter": "075", "provide": "070",
                      "send": "070", "donate": "070", "deliver": "070", "supply": "070", "give": "070"}
#: People one takes in: "hosting Rohingya refugees", "welcoming Afghans".
SHELTERED = {"refugee", "migrant", "evacuee", "asylum", "seeker", "individual", "people", "family",
             "child", "afghan", "ukrainian", "person"}


def credited_aid(ev: Event, doc, table: ActorTable, ctx: "_Context", quoted) -> Optional[Event]:
    """Aid one is thanked for is aid given (AID, 070/075): "thanked Foreign Minister Tileuberdi
    for Kazakhstan's generous humanitarian assistance ... to the people of Ukraine" ->
    Kazakhstan AID Ukraine; "expressed gratitude to Bangladesh for its generosity in hosting
    Rohingya refugees" -> Bangladesh AID the refugees. The giver is the thing's owner, else the
    one thanked; the receiver must be named."""
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not ev.recipient:
        return None
    tok = span.root
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    fors = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
            for g in p.children if g.dep_ in ("pobj", "pcomp")]
    for thing in fors:
        acts = []
        if thing.pos_ == "NOUN" and thing.lemma_.lower() in CREDITED_AID_NOUNS:
            nxt = [doc[thing.i + 1]] if thing.i + 1 < len(doc) else []   # (or on the verb)
            acts = [g for p in list(thing.children) + nxt if p.dep_ == "prep" and p.lower_ == "in"
                    for g in p.children if g.dep_ == "pcomp" and g.lemma_.lower() in CREDITED_AID_VERBS]
            owners = [c for c in thing.children if c.dep_ == "poss"]
            takers = [] if acts else [g for p in list(thing.children) + [
                                          c for c in tok.children if c.i > thing.i]   # (or on the
                                      if p.dep_ == "prep" and p.lower_ in ("to", "for")     # verb)
                                      for g in p.children if g.dep_ == "pobj"]
            code = "075" if thing.lemma_.lower() == "hospitality" else "070"   # (an act found
                                                                               # sets its own)
        elif thing.pos_ == "VERB" and thing.lemma_.lower() in CREDITED_AID_VERBS:
            acts, owners, takers, code = [thing], [], [], "070"
        else:
            continue
        for act in acts:
            code = CREDITED_AID_VERBS[act.lemma_.lower()]
            objs = [c for c in act.children if c.dep_ in ("dobj", "dative")]
            if code == "075":       # people taken in, not "hosting the talks" or a visitor
                objs = [o for o in objs if o.lemma_.lower() in SHELTERED or o.ent_type_ == "NORP"]
            elif any(o.lemma_.lower() in ("opportunity", "chance", "time", "floor", "word") for o in objs):
                continue            # "thank you for giving us this opportunity": a courtesy
            to = [g for p in act.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                  for g in p.children if g.dep_ == "pobj"]
            takers += to if code == "070" and to else objs
        givers = [a for a in _actors(owners, table, quoted)
                  if table.by_id(a) is not None and table.by_id(a).kind != "person"] \
            if owners and not all(o.pos_ == "PRON" for o in owners) \
            else list(ev.recipient)
        got = [a for a in _actors(takers, table, quoted) if a not in givers]
        if givers and got:
            return _rule_event(ctx, tok, thing, code, givers, got,
                               f"credited-aid rule: thanked for '{thing.text}' -> {code}; actor: "
                               f"{'its owner' if owners else 'the one thanked'}; recipient: who got it")
    return None
