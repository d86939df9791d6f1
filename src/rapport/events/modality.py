"""Whether an event happened: negation, future, hypothetical (modals, conditions,
requests, obligations, threats, abilities), cancelled; and whose account it is given in
(a reported clause, an accusation)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .args import COMMITMENT_NOUNS, HYPOTHETICAL_NOUNS, LIGHT_VERBS

FUTURE_AUX = {"will", "shall", "'ll", "’ll"}     # (the typographic apostrophe too)

#: Speech acts performed by saying you want to perform them: "I want to thank X".
PERFORMATIVES = {"thank", "congratulate", "commend", "welcome", "condemn", "praise", "applaud",
                 "acknowledge", "recognize", "recognise", "express", "offer", "extend",
                 "convey", "apologize", "apologise", "salute", "honor", "honour", "denounce",
                 "reaffirm", "emphasize", "emphasise", "stress", "underscore", "urge", "appeal"}

HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "can", "must"}

FUTURE_GOVERNORS = {"plan", "schedule", "expect", "intend", "aim", "prepare", "set", "hope",
                    "seek", "want", "propose", "promise", "pledge", "agree", "decide", "go", "commit"}

#: "X is willing / ready / prepared to V": an intention, not yet an act.
READY_ADJ = {"willing", "ready", "prepared", "eager", "keen", "determined", "poised",
             "unwilling", "reluctant"}

#: Nouns of being ready or wishing to act, whose to-clause the parser may hang on the verb
#: ("highlighted U.S. preparedness to meet the DPRK"); not "use all authorities to hold Iran
#: accountable", where the to-clause is the verb's purpose
READY_NOUNS = {"readiness", "willingness", "preparedness", "intention", "intent", "desire", "wish"}

#: Nouns whose to-clause was refused ("the PRC's unwillingness to cooperate with the WHO":
#: a refusal, REJECT) or not done ("its failure to release them": no release).
REFUSAL_NOUNS = {"refusal", "unwillingness", "reluctance"}
FAILURE_NOUNS = {"failure", "inability"}

#: Verbs that only time the act they govern: "the need to continue providing aid" is as
#: hypothetical as "the need to provide aid".
ASPECTUAL = {"continue", "keep", "begin", "start", "resume"}

OBLIGATION_GOVERNORS = {"have", "need", "ought"}

REQUEST_NOUNS = {"call", "appeal", "demand", "request", "plea", "urging"}
#: Orders to one's own government ("directed my administration to impose sanctions"): the
#: act ordered is announced, not asked of another side
ORDER_VERBS = {"direct", "instruct", "order", "task"}
OWN_AGENCIES = {"administration", "team", "government", "department", "agency", "agencies", "cabinet"}
REQUEST_GOVERNORS = {"urge", "ask", "call", "demand", "press", "encourage", "request", "appeal",
                     "invite", "push", "implore", "beg", "want", "need", "advocate",
                     # instructions: "designated aides to meet with them", "directed his team to"
                     "designate", "direct", "instruct", "task", "assign"}

#: Verbs whose object is what was talked about: "discussed efforts to provide support for
#: Ukraine" says nothing about support given.
TOPIC_VERBS = {"discuss", "explore", "examine", "debate"}     # (efforts reviewed were made)
#: ... when what was talked about is a way or a plan ("discussed our donation of doses
#: provided to Tanzania" still says the doses were given)
TOPIC_NOUNS = {"effort", "way", "step", "option", "measure", "plan", "proposal", "idea",
               "approach", "strategy", "possibility", "prospect", "opportunity", "initiative",
               "mean", "means", "path", "avenue", "importance", "need", "necessity"}

THREAT_GOVERNORS = {"threaten", "warn", "vow", "consider", "weigh", "mull"}

CANCEL_GOVERNORS = {"cancel", "postpone", "call", "scrap", "delay", "suspend", "abandon"}

SPEECH_HEADS = {"say", "tell", "state", "note", "add", "claim", "report", "stress", "believe",
                "think", "announce", "underscore", "emphasize", "reiterate", "warn", "argue",
                "confirm", "declare"}

CHARGE_HEADS = {"accuse", "blame", "charge", "suspect", "convict", "indict", "condemn",
                "criticize", "criticise", "denounce"}

#: Praise takes its act as given: "commended X for providing aid" says X provided it.
CREDIT_HEADS = {"praise", "commend", "thank", "credit", "congratulate", "applaud", "salute"}


#: Verbs of standing position: in the simple present ("The United States supports
#: Tunisia's democracy", "continues to oppose any change") they state a policy, not an act.
STANCE_VERBS = {"support", "back", "oppose", "favor", "favour"}


#: Prepositions that put an attack behind another act: "in response to", "resulting from".
BACKGROUND_PREPS = {"to", "from", "after", "following", "since", "amid"}
#: Nouns whose of-phrase is a cause: "the economic consequences of Russia's invasion".
CONSEQUENCE_NOUNS = {"effect", "impact", "consequence", "result", "fallout", "aftermath",
                     "repercussion", "cost", "toll", "implication", "wake"}


def _background(tok: Token) -> bool:
    """An attack noun told only as what another act answers or follows ("in response to
    Russia's invasion of Ukraine", "the crisis resulting from", "the consequences of"): it
    took place, earlier, and is not reported anew (annotators code 0 in 14), whatever the
    tense of the act that answers it; it still names who attacked whom."""
    return tok.dep_ == "pobj" and (tok.head.lower_ in BACKGROUND_PREPS or (
        tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in CONSEQUENCE_NOUNS))


def _standing(tok: Token) -> bool:
    """A stance verb in the simple present, or governed by a present "continue(s) to"."""
    if tok.lemma_.lower() not in STANCE_VERBS:
        return False
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("continue", "remain"):
        tok = tok.head
    return tok.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in tok.children)


def time_for(tok: Token) -> Optional[list[Token]]:
    """ "It is (past) time for the regime and its enablers to halt their attack", "It is
    time for Russia to withdraw": who is told it is time to act (None: no such frame)."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    h = tok.head
    if tok.dep_ == "xcomp" and h.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lemma_.lower() == "time" for c in h.children):
        return [g for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children if g.dep_ == "pobj"]
    if tok.dep_ in ("relcl", "acl") and h.lemma_.lower() == "time" and h.dep_ == "attr" \
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        return [c for c in tok.children if c.dep_ == "nsubj"]
    return None


#: Words that put an event named by a noun ahead: "the President's upcoming visit".
AHEAD_WORDS = {"upcoming", "forthcoming", "planned", "proposed", "scheduled", "expected",
               "anticipated", "next", "future", "prospective", "impending", "coming"}


def _modality(tok: Token, threat: bool = False) -> tuple[str, bool, str]:
    """(modality, negated, why) from the trigger's auxiliaries and the verbs above it.

    A threat is made when it is spoken: "X threatened to strike if Y ...", "we will hold
    Russia accountable" are threats that happened, so neither the condition nor the future
    makes a ``threat`` hypothetical."""
    negated = any(c.dep_ == "neg" and not (tok.pos_ == "NOUN" and c.i > tok.i) for c in tok.children)
    # ("chose an invasion, not diplomacy": the "not" after a noun denies what follows it)
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if time_for(verb) is not None:
        return "hypothetical", negated, "what it is time for someone to do"
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.lower_ in READY_ADJ:
        refusing = tok.head.lower_ in ("unwilling", "reluctant") or any(
            c.dep_ == "neg" for c in tok.head.head.children)         # "is not ready to"
        return "future", negated or refusing, f"'{tok.head.text} to'"   # "is willing to"
    if tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in AHEAD_WORDS
                                  for c in tok.children):
        return "future", negated, "an event still ahead ('upcoming', 'planned')"
    if any(x.dep_ == "pcomp" and x.head.lower_ == "to" and x.head.head.lemma_.lower() == "look"
           and any(c.lower_ == "forward" for c in x.head.head.children)
           for x in [tok] + list(tok.ancestors)[:4]):
        return "future", negated, "'look forward to'"     # "I look forward to consulting",
        # "... to enhancing our partnership during his visit to Israel in July"
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
            and tok.head.lemma_.lower() in TOPIC_VERBS \
            and not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.subtree):
        # "The leaders also discussed the recent talks between Russia and Ukraine": what was
        # talked about, not an act the text reports ("discussed our donation of doses
        # provided to Tanzania" still says they were given)
        return "hypothetical", negated, f"a topic of '{tok.head.text}', not an act"
    nouns = []             # "discussed a range of issues, including our joint efforts to
    for anc in list(tok.ancestors)[:7]:                           # support Ukraine": a topic
        if anc.pos_ == "VERB":
            if anc.lemma_.lower() in TOPIC_VERBS and set(nouns) & TOPIC_NOUNS:
                return "hypothetical", negated, f"a topic of '{anc.text}', not an act"
            if anc.lemma_.lower() not in ASPECTUAL and anc.dep_ not in ("prep", "pcomp", "amod"):
                break
        elif anc.pos_ == "NOUN":
            nouns.append(anc.lemma_.lower())
    t, path = tok, []
    while t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.head.i != t.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        # (a conjunct with a subject of its own is a clause of its own: "These efforts must
        # remain Sudanese-led, and we welcome the commitment of UNITAMS" is no "must")
        t = t.head       # "call on Russia to cease ... and withdraw": the first verb's frame
        if not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            aux |= {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
    if t is not tok and _performative_wish(t, tok):
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}   # "I would like to
        # thank you so much, thank the administration for ...": the second thanks, said too
    base = t
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head          # (through nouns too: "from the nonproliferation of ...,
    if threat and tok.tag_ == "VBG" and first.dep_ == "pcomp" and first.head.lower_ == "on":
        pledge = first.head.head        # (or the object just before, when the parser hangs
        if pledge.pos_ == "VERB":       # "on" on the verb: "stressed his focus on ensuring")
            pledge = next((c for c in pledge.children if c.dep_ == "dobj" and c.i == first.head.i - 1), pledge)
        if pledge.lemma_.lower() in COMMITMENT_NOUNS:
            # "stressed the enduring U.S. focus on ensuring accountability": a pledge, made in
            # saying so
            return "asserted", negated, f"a threat or pledge is made when it is said ('{pledge.text} on')"
    if tok.tag_ == "VBG" and first.dep_ in ("pcomp", "pobj") and (      # ending torture")
            first.head.lower_ in ("on", "about", "regarding", "concerning")
            or (first.head.lower_ == "from" and first.head.head.lemma_.lower() in ("range", "vary"))):
        # "issues ranging from ending torture to allowing all to serve", "on holding
        # corporate America accountable": subjects worked on, not acts done
        return "hypothetical", negated, f"a topic ('{first.head.text} {first.text}'), not an act"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "at", "on", "in") \
            and tok.head.head.pos_ in ("VERB", "AUX") and not negated and any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.head.head.children):
        # "During her meetings with the leaders of Poland and Romania, the Vice President
        # will advance ...": what is done then is still ahead, and so is the meeting
        return "future", negated, f"'{tok.head.text}' a time still ahead ('{tok.head.head.text}')"
    if tok.dep_ in ("advcl", "xcomp") and tok.left_edge.i > 0 \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        before = tok.doc[tok.left_edge.i - 1]
        if not (before.pos_ == "NOUN" and before.lemma_.lower() in READY_NOUNS):
            # "reaffirmed the readiness of the United States, in coordination with the EU, to
            # impose ...": the noun a few words back, the verb's object
            before = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i
                           and c.lemma_.lower() in READY_NOUNS), before)
        if before.pos_ == "NOUN" and before.lemma_.lower() in READY_NOUNS and before.head.i == tok.head.i:
            # "highlighted U.S. preparedness to meet the DPRK": the to-clause parsed as the
            # verb's, though it is the noun's
            return "hypothetical", negated, f"what '{before.text}' allows or asks for, not a fact"
    while (t.dep_ in ("xcomp", "ccomp", "dobj", "acl", "advcl", "nsubj", "pcomp", "prep", "nsubjpass")
           or (t.dep_ == "pobj" and t.head.lower_ in ("in", "to", "at", "for", "into"))) \
            and t.head.i != t.i and len(path) < 4:
        # ("urged all parties to participate in the meeting": the meeting is asked for;
        # but not "after the meeting between Biden and Xi": a time, not the frame's act)
        prev, t = t, t.head
        path.append(t)
        if prev.dep_ == "acl" and t.pos_ == "NOUN" and t.lemma_.lower() == "opportunity" \
                and tok.lemma_.lower() in PERFORMATIVES and t.head.lemma_.lower() == "take":
            aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
            break       # "I want to take this opportunity to thank X": thanked by saying so
        if prev.dep_ == "acl" and t.pos_ == "NOUN" and t.lemma_.lower() in HYPOTHETICAL_NOUNS:
            if threat and t.lemma_.lower() in PLEDGE_NOUNS:
                return "asserted", negated, f"a threat or pledge is made when it is said ('{t.text} to')"
            return "hypothetical", negated, f"what '{t.text}' allows or asks for, not a fact"
        if prev.dep_ == "acl" and t.pos_ == "NOUN" and t.lemma_.lower() in REFUSAL_NOUNS:
            return "asserted", True, f"'{t.text}' to"        # "the PRC's unwillingness to
        if prev.dep_ == "acl" and t.pos_ == "NOUN" and t.lemma_.lower() in FAILURE_NOUNS:
            return "asserted", True, f"'{t.text}' to act"    # cooperate": a refusal; "failure
                                                             # to release": not done
        aux |= {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if tok.pos_ == "NOUN" and t.pos_ == "VERB" and t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") \
                and t.lemma_.lower() not in ASPECTUAL \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in t.children):
            # "will visit the region ... and attend a Summit of the GCC": the shared "will"
            aux |= {c.lower_ for c in t.head.children if c.dep_ in ("aux", "auxpass")}
        negated = negated or (t.pos_ == "VERB" and t.lemma_.lower() != "hesitate"   # "will not
                              and any(c.dep_ == "neg" for c in t.children))     # hesitate to act"
        lemma = t.lemma_.lower()
        if lemma in CANCEL_GOVERNORS and (lemma != "call" or any(c.lower_ == "off" for c in t.children)):
            return "cancelled", negated, f"governed by '{t.text}'"
        if lemma == "schedule" and any(c.lower_ in ("initially", "originally") for c in t.children):
            return "cancelled", negated, f"'{t.text}' initially"
        if lemma in OBLIGATION_GOVERNORS and base.dep_ == "xcomp" and t.i == base.head.i:
            return "hypothetical", negated, f"obligation ('{t.text} to')"
        if _performative_wish(t, tok) or _performative_wish(t, prev):
            aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
            break         # "I want to thank X", "we would like to congratulate": done by saying
                          # (and "I want to thank X for providing Y": what X did, done)
        if lemma in TOPIC_VERBS and prev.dep_ == "dobj" and t.pos_ == "VERB" \
                and prev.lemma_.lower() in TOPIC_NOUNS:
            return "hypothetical", negated, f"a topic of '{t.text}', not an act"
        if lemma in TOPIC_VERBS and prev.dep_ in ("xcomp", "ccomp") and t.pos_ == "VERB" and prev.pos_ == "VERB":
            # "discussed collaborating on COP27", "discussed how to best cooperate to impose
            # further costs": what they talked of doing, not done
            return "hypothetical", negated, f"a topic of '{t.text}', not an act"
        if lemma in ORDER_VERBS and t.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in OWN_AGENCIES
                and any(g.dep_ == "poss" and g.lower_ in ("my", "our", "his", "her") for g in c.children)
                for c in t.children):
            # "I have directed my administration to impose sanctions on Nord Stream 2 AG": a
            # government's own act ordered, announced as coming
            return "future", negated, f"ordered by '{t.text}' of one's own government"
        if lemma in REQUEST_GOVERNORS and t.pos_ == "VERB":
            return "hypothetical", negated, f"requested by '{t.text}'"
        if prev.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children) \
                and lemma not in ("hold", "have", "host", "join") \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in REQUEST_NOUNS for c in t.children):
            # (not "held calls to discuss the launch with X": phone calls, not appeals)
            return "hypothetical", negated, f"what '{t.text}' a call asks"  # "reiterate our
                                                    # call on the DPRK to engage ... and accept"
        if lemma in ("fail", "refuse", "decline") and t.pos_ == "VERB":
            return "asserted", True, f"'{t.text}' to"
        if lemma in THREAT_GOVERNORS and t.pos_ == "VERB":
            if threat and lemma != "consider" and lemma not in ("weigh", "mull"):
                # "vowed to hold the Kremlin accountable": the threat is made in the vowing
                return "asserted", negated, f"a threat is made when it is vowed ('{t.text}')"
            return "hypothetical", negated, f"threatened by '{t.text}'"
        if lemma in FUTURE_GOVERNORS and t.pos_ == "VERB":
            if threat:     # "will seek to hold accountable those responsible": said, so made
                return "asserted", negated, f"a threat or pledge is made when it is said ('{t.text}')"
            return "future", negated, f"governed by '{t.text}'"
        if t.pos_ == "VERB" and not (prev.dep_ == "dobj" and lemma in LIGHT_VERBS) \
                and not (prev.dep_ == "prep" and t.dep_ == "xcomp") \
                and not (prev.dep_ == "xcomp" and lemma in ASPECTUAL and t.dep_ != "ROOT"):
            if t.dep_ in ("xcomp", "ccomp") and t.head.pos_ == "VERB" \
                    and t.head.lemma_.lower() in TOPIC_VERBS:
                return "hypothetical", negated, f"a topic of '{t.head.text}', not an act"
            need = _needed_by(t)
            if need is not None and threat and need.lemma_.lower() in PLEDGE_NOUNS:
                return "asserted", negated, f"a threat or pledge is made when it is said ('{need.text} to')"
            if need is not None:
                return "hypothetical", negated, f"what '{need.text}' allows or asks for, not a fact"
            break                      # "the capacity to launch an invasion": climb on;
                                       # "urge X to join us in condemning": on to 'urge'
    purpose = t
    while purpose.dep_ == "conj" and purpose.head.pos_ in ("VERB", "AUX") and purpose.head.i != purpose.i:
        purpose = purpose.head
    if purpose is not tok and purpose.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                             for c in purpose.children):
        # "will visit the region to reinforce ... and attend a Summit of the GCC": what a
        # future trip is for is ahead too
        aux |= {c.lower_ for c in purpose.head.children if c.dep_ == "aux" and c.lower_ in FUTURE_AUX}
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lower_ in ("event", "case", "prospect", "threat", "risk", "possibility") \
            and tok.head.head.head.lower_ in ("in", "of", "against", "about", "over"):
        return "hypothetical", negated, f"'{tok.head.head.head.text} {tok.head.head.text} of'"
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
        if "would" in aux and _reported(verb):
            return "future", negated, "'would' in reported speech (a past 'will')"
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


def _performative_wish(wish: Token, act: Token) -> bool:
    """ "I want to thank X", "we would like to congratulate": an act done by saying one wishes
    to do it."""
    return wish.lemma_.lower() in ("want", "like", "wish") and act.lemma_.lower() in PERFORMATIVES \
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in wish.children)


#: Nouns whose stating makes the threat or pledge they govern: "highlighted the U.S.
#: commitment to continue to hold Moscow accountable", "stressed the need to hold the
#: Kremlin accountable" (annotators code both as THREATEN made that day).
PLEDGE_NOUNS = {"commitment", "pledge", "promise", "determination", "resolve", "readiness",
                "willingness", "preparedness", "intention", "intent", "need"}


def _needed_by(t: Token) -> Optional[Token]:
    """ "the need for NATO Allies to continue to work tirelessly to support Ukraine": a
    chain of to-clauses under a noun of need or ability is still what it asks for."""
    for _ in range(4):
        if t.dep_ not in ("xcomp", "advcl", "acl") or t.head.i == t.i \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return None
        if t.dep_ in ("acl", "advcl") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in HYPOTHETICAL_NOUNS:
            return t.head
        t = t.head
    return None


def _reported(verb: Token) -> bool:
    """The clause is what someone said: "Palestinian leaders said they would boycott ..."
    (sequence of tenses: "would" there is the speaker's "will"). An if-clause keeps it
    hypothetical."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return False
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_HEADS | {
        "announce", "declare", "promise", "pledge", "vow", "threaten", "insist", "confirm"}


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
                and t.head.head.lemma_.lower() in CHARGE_HEADS | CREDIT_HEADS:
            return t.head.head, t.head.head.lemma_.lower() in CHARGE_HEADS
        if t.head.i == t.i:
            break
        t = t.head
    return None, False
