"""Event arguments: who did it and to whom, from the dependency parse and the actors
stage (subjects through control and raising, objects, prepositions, owners, groups,
places), and which lexicon rows a trigger's frame matches."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..actors import ActorTable, groups, knowledge
from ..actors.resolve import PEOPLE_PLURALS, title_holder_after
from ..schema import Span
from .lexicon import Entry, entries

#: Verbs that carry an event noun ("held talks", "called off the talks"): the noun's
#: participants are the verb's subject. "France condemned the attack" is not France's attack.
LIGHT_VERBS = {"hold", "have", "pay", "conduct", "carry", "launch", "stage", "make", "sign",
               "reach", "impose", "call", "cancel", "postpone", "begin", "start", "continue",
               "resume", "attend", "host", "join", "open", "wage", "mount", "undertake",
               "complete", "conclude", "suspend", "break", "end", "announce", "plan",
               "schedule", "organize", "organise", "convene", "lead", "intensify", "escalate",
               "choose", "pursue", "chair", "co-chair", "cochair", "moderate", "co-host", "cohost"}
#: Verbs of going somewhere for an encounter: "traveled to Tianjin for meetings with Wang
#: Yi" -> the traveller met him.
TRAVEL_VERBS = {"travel", "come", "go", "arrive", "fly", "head", "return", "journey", "be"}


#: Plain words for "everyone involved" that an appositive "especially X" narrows to X.
ALL_SIDES = {"party", "side", "country", "state", "actor", "stakeholder", "nation", "government"}


#: Heads of a state's formal name: "the Kingdom of Denmark", "the Republic of Korea".
STATE_HEADS = {"kingdom", "republic", "federation", "commonwealth", "principality", "sultanate",
               "duchy", "emirate", "state", "states"}   # ("the United States of America and India")


def _expand(tok: Token) -> list[Token]:
    """A token and its conjuncts ("Chen and Blinken")."""
    out = [tok]
    singled = [c for c in tok.children if c.dep_ == "appos" and any(
        a.dep_ == "advmod" and a.lower_ in ("especially", "particularly", "notably") for a in c.children)]
    if singled and tok.lemma_.lower() in ALL_SIDES:
        return [x for c in singled for x in _expand(c)]   # "all parties, especially the
                                                          # Syrian regime": the regime
    titled = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and tok.i < c.i
              and (tok.ent_type_ == "GPE" or tok.lower_ == "republic")
              and c.left_edge.i > 0 and tok.doc[c.left_edge.i - 1].text == ")"]
    if titled:          # "Republic of Korea (ROK) First Vice Foreign Minister Cho Hyundong":
        return _expand(titled[0])       # the country opens the person's title
    openers = set()     # ... also when joined: "Wendy Sherman and Republic of Korea (ROK) First
    for p in tok.children:              # Vice Foreign Minister Cho" (all hung on Sherman)
        if p.dep_ == "appos" and p.ent_type_ == "PERSON" and p.left_edge.i > 0 \
                and tok.doc[p.left_edge.i - 1].text == ")":
            for c in tok.children:
                if c.dep_ == "conj" and (c.ent_type_ == "GPE" or c.lower_ == "republic") and c.i < p.i \
                        and c.right_edge.i + 1 < len(tok.doc) and tok.doc[c.right_edge.i + 1].text == "(":
                    openers |= {c.i} | {a.i for a in tok.children if a.dep_ == "appos" and c.i < a.i < p.left_edge.i}
    for c in tok.children:
        if c.i in openers:
            continue
        if c.dep_ == "appos" and tok.lower_ in ("we", "us") and tok.i < c.i:
            out.extend(_expand(c))      # "We, the Foreign Ministers of A, B and C, condemn"
            continue
        if c.dep_ == "appos" and (c.pos_ != "PROPN" or any(
                t.pos_ == "VERB" for t in tok.doc[min(tok.i, c.i):max(tok.i, c.i)])):
            continue            # "Pakistan, a key U.S. ally": a description, not a second
                                # actor; a verb between: a misparse, not an appositive
        if c.dep_ in ("conj", "appos"):
            out.extend(_expand(c))
        elif c.dep_ == "npadvmod" and c.i > tok.i and c.ent_type_ == "PERSON" == tok.ent_type_ \
                and tok.doc[c.i - 1].text == ",":
            out.extend(_expand(c))      # "Senators Feinstein, Ernst, Durbin, and Murkowski":
                                        # the parser makes the second name a modifier
        elif c.dep_ == "nmod" and c.i < tok.i and c.ent_type_ == "PERSON" \
                and any(a.dep_ == "cc" and a.lower_ == "and" for a in c.children):
            out.append(c)       # "Under Secretary Victoria Nuland and Deputy Foreign Minister
                                # Sedat Onal met": the parser hangs the first name on the
                                # second's title; both are named
        elif c.dep_ in ("compound", "nmod") and c.i < tok.i and tok.ent_type_ == "PERSON":
            out.extend(p for p in c.subtree if p.dep_ == "appos" and p.ent_type_ == "PERSON"
                       and any(a.dep_ == "cc" and a.lower_ == "and" for a in p.children)
                       and not any(a.dep_ == "conj" for a in p.children))
            # "Special Representative for Afghanistan Thomas West and Under Secretary of the
            # Treasury ... Brian Nelson led": the first name hangs, unjoined, on a title of
            # the second; both lead
    if tok.lower_ in STATE_HEADS:   # "Canada, the Kingdom of Denmark, Finland, Iceland, ...":
        out += [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"   # the list
                for g in p.children if g.dep_ == "pobj"                         # goes on
                for c in g.children if c.dep_ == "conj" and c.ent_type_ == "GPE"  # inside the
                for x in _expand(c)]                                             # "of"
    cc = next((c for c in tok.children if c.dep_ == "cc"), None)
    if cc is not None and not any(c.dep_ == "conj" for c in tok.children) \
            and cc.i + 1 < len(tok.doc) and tok.doc[cc.i + 1].text == "Under" \
            and tok.doc[cc.i + 1].dep_ == "prep":
        # "Sullivan, Mayorkas, and Under Secretary of State Uzra Zeya traveled": the parser
        # takes the title's "Under" for a preposition; its object is the last conjunct
        out.extend(g for g in tok.doc[cc.i + 1].children if g.dep_ == "pobj" and g.pos_ == "PROPN")
    return out


def _title_of(tok: Token, table: ActorTable) -> list[Token]:
    """ "Head of Presidential Administration Andriy Yermak, [and] Chief ... Zaluzhny": a title
    whose name hangs under its of-phrase stands for that person (and the names joined to it).
    "An advisor and daughter of Daniel Ortega" is someone else."""
    if tok.lemma_.lower() in RELATION_NOUNS and not (tok.text[:1].isupper() and tok.i and tok.doc[tok.i - 1].text[:1].isupper()):
        return []       # (but "National Security Advisor to the Vice President ..." is a title)
    if tok.pos_ == "NOUN" and not tok.text[:1].isupper() and (
            (tok.lemma_.lower(), "NOUN") in entries() or tok.lemma_.lower() in VICTIM_NOUNS):
        return []       # "the arrest of journalist Raman Pratasevich": an act, not his title
    heads = [tok]
    for _ in range(3):      # "Minister of the Revolutionary Armed Forces of Cuba Álvaro López
        nxt = []            # Miera": the name may hang under a deeper of-phrase
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() not in RELATION_NOUNS:
                    for g in c.children:
                        if g.dep_ == "pobj" and table.at(g) and table.by_id(table.at(g)).kind == "person" \
                                and not _own_title_before(g):
                            return _expand(g)
                        if g.dep_ == "pobj" and g.text[:1].isupper():
                            nxt.append(g)
        heads = nxt
    after = [tok.doc[tok.i + 1]] if tok.i + 1 < len(tok.doc) and tok.pos_ == "PROPN" \
        and tok.doc[tok.i + 1].head != tok else []
    for c in list(tok.children) + after:
        # "UK Minister of State for Europe and North America James Cleverly" (the parser may
        # hang the portfolio on the verb: "met with ROK Special Representative for Korean
        # Peninsula Peace and Security Affairs Noh Kyu-duk")
        if c.dep_ == "prep" and c.lower_ in ("for", "to", "on"):
            k = title_holder_after(tok.doc, c.i)
            name = tok.doc[k] if k is not None else None
            if name is not None and table.at(name) and table.by_id(table.at(name)).kind == "person":
                name = _name_head(name)
                return [name] + _next_titled(name, table)
    return []


def _name_head(tok: Token) -> Token:
    """The last word of a name whose first word title_holder_after gives."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _next_titled(name: Token, table: ActorTable) -> list[Token]:
    """ "... Bureau Funakoshi Takehiro and ROK Special Representative for Korean Peninsula
    Peace and Security Affairs Noh Kyu-duk": a second titled name joined to the first, its
    portfolio hung on the first name by the parser."""
    out = []
    for c in name.children:
        if c.dep_ != "conj" or c.pos_ != "PROPN" or table.at(c):
            continue
        preps = [p for p in list(c.children) + list(name.children)
                 if p.dep_ == "prep" and p.lower_ in ("for", "to", "on") and p.i > c.i]
        k = title_holder_after(name.doc, preps[0].i) if preps else None
        other = name.doc[k] if k is not None else None
        if other is not None and table.at(other) and table.by_id(table.at(other)).kind == "person":
            out.append(_name_head(other))
    return out


def _own_title_before(name: Token) -> bool:
    """A name with its own title just before it ("Head of Cabinet of the European Commission
    President Ursula von der Leyen"): that title is hers; the outer one is someone else's."""
    first = min([name] + [c for c in name.subtree if c.dep_ in ("compound", "flat") and c.i < name.i],
                key=lambda t: t.i)
    role = knowledge.load().role_phrase(first.doc[first.i - 1].lower_) if first.i > 0 else None
    return role is not None and role[-1] == "person"


#: Nouns whose of-phrase names who suffered, not who is to blame: "deplored the loss of
#: innocent Afghan lives".
VICTIM_NOUNS = {"loss", "death", "suffering", "plight", "fate", "casualty", "toll", "safety",
                "wellbeing", "well-being", "hardship", "pain", "grief",
                # "the removal and arrest of Mr. Pratasevich": who was arrested, not who did it
                "arrest", "arrests", "detention", "detentions", "imprisonment", "removal",
                "abduction", "kidnapping", "execution", "executions", "killing", "killings",
                "murder", "torture", "jailing", "sentencing", "disappearance", "deportation",
                # "condemn ... conviction and sentencing of opposition leader Aleksey Navalny"
                "conviction", "convictions", "prosecution", "prosecutions",
                # "demanded the release of Raman Pratasevich": who is to be freed
                "release", "freedom"}


#: People named by their tie to someone: "the daughter of Daniel Ortega" is not Ortega.
RELATION_NOUNS = {"daughter", "son", "wife", "husband", "brother", "sister", "father", "mother",
                  "child", "relative", "cousin", "nephew", "niece", "advisor", "adviser", "aide",
                  "associate", "friend", "confidant", "crony", "spouse", "family", "in-law",
                  "bodyguard", "assistant"}        # ("Iran's proxies" are Iran's, though)


#: Ties between two sides: praising one praises the other side of it.
TIE_NOUNS = {"partnership", "relationship", "relation", "tie", "cooperation", "friendship",
             "alliance", "bond", "collaboration"}


#: Acts no lexicon row codes that are still owned by where they happen: "the military
#: coup in Myanmar" is Myanmar's.
PLACE_OWNED = {"coup", "putsch", "takeover"}


#: Acts of leaving, whose from-phrase is the place left: "the withdrawal of troops from ...".
LEAVING_NOUNS = {"withdrawal", "pullout", "pullback", "departure", "exit", "retreat", "evacuation", "expulsion"}


#: Participles that say what befell people, not what they did or whose they are
SUFFERED = {"affect", "impact", "displace", "harm", "hit", "victimize", "victimise", "target", "kill",
            "injure", "wound", "force", "uproot", "devastate", "threaten", "persecute", "detain",
            "arrest", "imprison", "torture", "abduct", "kidnap", "trap", "strand", "endanger"}


def _owner(tok: Token, table: ActorTable, skip) -> list[str]:
    """Whose thing an argument is, when the thing is no actor: "rejected calls by Belarus's
    rulers" -> Belarus, "commended the governments of Antigua and Barbuda and Guatemala"
    -> both countries, "violated the ceasefire with Armenia" -> Armenia."""
    if (tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.lower_ in PEOPLE_PLURALS)) \
            or tok.lemma_.lower() in RELATION_NOUNS:
        return []       # (but "the Foreign Ministers of Austria, Brazil and Colombia" are theirs)
    # "condemned the invasion of Ukraine": of an event noun whose lexicon row takes its
    # recipient from "of", that is the victim, not the one condemned
    rows = entries().get((tok.lemma_.lower(), "NOUN"), ())
    victim_of = any("of" in e.recipient for e in rows) or tok.lemma_.lower() in VICTIM_NOUNS
    # "condemned the coup in Myanmar": an event named by a noun is owned by where it is; "the
    # adoption of a resolution at the OAS": a decision, by the body it was taken at
    preps = ("by", "of", "from", "with", "in", "at") if rows or tok.lemma_.lower() in PLACE_OWNED \
        else ("by", "of", "from", "with", "at")
    if rows and all(e.cameo[:2] in ("18", "19", "20") for e in rows):
        preps = tuple(p for p in preps if p not in ("in", "at"))   # "terrorist attacks in India":
                                                                   # where they struck, not whose
    if tok.lemma_.lower() in LEAVING_NOUNS:     # "the withdrawal of troops from Ukraine's
        preps = tuple(p for p in preps if p != "from")   # borders": where they leave, not whose
    if tok.lemma_.lower() in TIE_NOUNS:     # "appreciate the strategic partnership between
        preps += ("between",)               # Uzbekistan and the United States"
    if rows:               # "condemned the regime's suppression of protesters": the regime
        ids = [a for c in tok.children if c.dep_ == "poss" for x in _expand(c)
               for a in [table.resolve(x, skip) or table.phrase_actor(x, need_country=True)] if a]
        if victim_of:       # "their arbitrary detention", "Navalny's arrest": who suffered it
            ids = [a for a in ids if table.by_id(a).kind not in ("person", "group")]
        if ids:
            return list(dict.fromkeys(ids))
    if rows:            # "the attack on the detention center by ISIS" (misparsed "by")
        ids = [a for g in _noun_agents(tok)[len(_by_prep(tok, "by")):] for x in _expand(g)
               for a in [table.resolve(x, skip) or table.phrase_actor(x, need_country=True)] if a]
        if ids:
            return list(dict.fromkeys(ids))
    if not rows and tok.dep_ == "dobj" and tok.head.lemma_.lower() in WELCOMING | JUDGE_FOR \
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children):
        # "welcomes the pledge by Saudi Arabia and the UAE": the parser hangs the noun's by-
        # phrase on the verb
        ids = [a for g in _by_prep(tok.head, "by") for x in _expand(g)
               for a in [table.resolve(x, skip) or table.phrase_actor(x, need_country=True)] if a]
        if ids:
            return list(dict.fromkeys(ids))
    ids = [a for g in _on_the_part_of(tok) for x in _expand(g)       # "this harassment on
           for a in [table.resolve(x, skip) or table.phrase_actor(x, need_country=True)] if a]
    if ids:                                      # the part of Sudan's military authorities"
        return list(dict.fromkeys(ids))
    if victim_of:       # "the detention of several Armenian soldiers by Azerbaijani forces":
        ids = [a for g in _by_prep(tok, "of") for y in _by_prep(g, "by") for x in _expand(y)  # the
               for a in [table.resolve(x, skip) or table.phrase_actor(x, need_country=True)]  # agent
               if a]                                                   # hung on the victims
        if ids:
            return list(dict.fromkeys(ids))
    # "the forced landing of a Ryanair flight in Minsk by the Belarusian authorities": the
    # agent's by-phrase first, wherever it stands
    for c in sorted(tok.children, key=lambda c: (c.lower_ != "by", c.i)):
        if c.dep_ == "prep" and c.lower_ in preps \
                and not (c.lower_ == "of" and victim_of):
            ids = []
            for g in c.children:
                if g.dep_ == "pobj":
                    agents = [a for y in _by_prep(g, "by") for a in _actors([y], table, skip)] \
                        if c.lower_ == "of" else []
                    if agents:      # "the forced landing of a Ryanair flight ... by the Belarusian
                        return agents   # authorities": the parser hangs the agent on the of-phrase
                    if c.lower_ == "of" and g.lemma_.lower() in CRAFT_NOUNS:
                        continue    # "the grounding of a Ryanair flight": the craft it
                                    # befell, not whose the act was
                    for x in _expand(g):
                        states = [a for y in _by_prep(x, "of") for z in _expand(y) for a in [table.resolve(z, skip)]
                                  if a and table.by_id(a).kind == "country"] \
                            if x.lower_ in ("governments", "peoples", "people", "nations") else []
                        if states:      # "the support of the Governments of Saudi Arabia, Jordan,
                            ids += [a for a in states if a not in ids]      # Egypt, and Oman"
                            continue
                        aid = table.resolve(x, skip) or table.phrase_actor(x, need_country=True)
                        if aid is None and x.pos_ == "NOUN" and x.lemma_.lower() not in VICTIM_NOUNS:
                            # "the decision by the leadership of Saudi Arabia"
                            aid = next((table.resolve(y, skip) for y in _by_prep(x, "of")   # leadership
                                        if table.resolve(y, skip)), None)         # of Saudi Arabia"
                        if aid and aid not in ids:
                            ids.append(aid)
            if ids:
                return ids
    if rows and victim_of and any(e.cameo[:2] == "17" for e in rows):
        # "the mass arrests and detentions of protestors in Cuba": the state of the place
        # where people were arrested made the arrests
        places = [x for g in _by_prep(tok, "of") for x in _by_prep(g, "in")] + _by_prep(tok, "in") \
            + (_by_prep(tok.head, "in") if tok.dep_ == "dobj" else [])   # (the parse may hang
        ids = [a for x in places for a in [table.resolve(x, skip)]            # "in Cuba" on the
               if a and table.by_id(a).kind == "country"]                     # verb)
        if ids:
            return list(dict.fromkeys(ids))
    if tok.lemma_.lower() in ("adoption", "passage", "approval"):   # "the adoption of a
        ids = [a for g in _by_prep(tok, "of") for p in ("at", "by", "in")   # resolution at
               for x in _by_prep(g, p) for a in [table.resolve(x, skip)] if a]   # the OAS"
        if ids:
            return list(dict.fromkeys(ids))
    # "throttling Twitter, Facebook, and Instagram platforms", "Hamas positions": a common
    # noun named by the actors before it stands for them
    named = [table.at(x) for c in tok.children if c.dep_ == "compound" and (
                 c.pos_ == "PROPN" or table.at(c)) for x in _expand(c)
             if tok.lemma_.lower() in PART_NOUNS]     # "TDP soldiers"; not "SSI benefits"
    if not named:   # "the U.N. military presence", "European Community foreign ministers":
        named = [table.at(x) for c in tok.children    # a state or body before an adjective
                 if c.dep_ == "nmod" and c.pos_ == "PROPN" for x in _expand(c)]
        if not all(named) or not all(table.by_id(a).country for a in named):
            named = []      # only an actor we can place: not "Moslem fundamentalist
                            # demonstrators", not a misread name ("the Design (FEED) study")
    if not named:   # "the DPRK ballistic missile launch": the state before the noun compound
        named = [table.at(x) for m in tok.children if m.dep_ == "compound" and m.pos_ == "NOUN"
                 for c in m.children if c.dep_ == "nmod" and c.pos_ == "PROPN"
                 and c.i < m.i for x in _expand(c)]
        if not all(named) or not all(table.by_id(a).kind == "country" for a in named):
            named = []      # (only a state: not "State Department exchange alumni")
    if named and all(named):
        return list(dict.fromkeys(named))
    for c in tok.children:     # "14 individuals tied to the Iranian regime": whose they are
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in TIED:
            ids = [a for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                   for g in p.children if g.dep_ == "pobj" for x in _expand(g)
                   for a in [table.resolve(x, skip) or table.phrase_actor(x, need_country=True)] if a]
            if ids:
                return list(dict.fromkeys(ids))
    kb = knowledge.load()      # "condemned the DPRK's behavior": a thing (no people noun)
    if not kb.sector_noun(tok.lemma_.lower()) and not kb.sector_noun(tok.lower_):   # is its
        ids = [a for c in tok.children if c.dep_ == "poss" for x in _expand(c)     # owner's
               for a in [table.resolve(x, skip)] if a and table.by_id(a).kind != "person"]
        if ids:
            return list(dict.fromkeys(ids))
    # "the heroism exhibited by the Ukrainian people", "the test of another missile
    # conducted by the DPRK" (the participle may hang on the of-phrase)
    for c in list(tok.children) + [a for g in _by_prep(tok, "of") for a in g.children]:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in SUFFERED:
            # (not "refugees affected by Russia's war": whom an act befell are not its doer's)
            ids = [a for g in c.children if g.dep_ == "agent" for p in g.children
                   if p.dep_ == "pobj" for x in _expand(p)          # ("by the UK and Canada")
                   for a in [table.resolve(x, skip) or table.phrase_actor(x, need_country=True)] if a]
            ids = list(dict.fromkeys(ids))
            ids = ids or [a for g in c.children if g.dep_ == "agent" for p in g.children   # "by
                          if p.dep_ == "pobj" for a in _actors([p], table, skip)]  # members of
            ids = ids or [a for p in _by_prep(c, "by") for a in _actors([p], table, skip)]
            if ids:                                                          # Russia's forces"
                return ids
    for c in tok.children:     # "the tremendous support the Czech Republic has shown to
        if c.dep_ == "relcl" and (c.lemma_.lower() in SHOWN or any(     # Ukraine": who showed
                x.dep_ == "xcomp" and x.lemma_.lower() in SHOWN for x in c.children)):   # it
            ids = [a for g in c.children if g.dep_ == "nsubj" for x in _expand(g)
                   for a in [table.resolve(x, skip)] if a]
            if ids:
                return list(dict.fromkeys(ids))
    if any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in tok.children) \
            and not table.at(tok) and not kb.sector_noun(tok.lemma_.lower()) \
            and not any(c.dep_ in ("poss", "compound", "nmod") or c.ent_type_ in ("NORP", "GPE", "ORG")
                        for c in tok.children):
        # "Kim condemned the DPRK's missile launches ... He expressed concern that these
        # launches ...": an act named again, with nothing of its own to say whose, is the one
        # named last with its doer, in the sentences before
        sent = tok.sent
        for x in reversed(tok.doc[max(0, sent.start - 200):sent.start]):
            if x.lemma_.lower() == tok.lemma_.lower() and x.pos_ == "NOUN":
                # its owner named before it: "Belarus's forced diversion", "the DPRK's
                # February 26 and March 4 launches" (the parser hangs the owner on the date);
                # a state's or body's, not a person's ("her leadership")
                ids = [a for c in list(x.children) + list(x.head.children if x.dep_ == "conj" else ())
                       if c.dep_ == "poss" for a in [table.resolve(c, skip)]
                       if a and table.by_id(a).kind != "person"]
                if ids:
                    return ids
    return []

#: Virtues whose owner does the act they are shown in: "its generosity in hosting refugees".
CREDIT_NOUNS = {"generosity", "leadership", "hospitality", "role", "efforts", "effort", "work",
                "courage", "commitment", "partnership", "help", "support", "solidarity"}

#: Craft an act may befall: "the forced diversion of a commercial Ryanair flight".
CRAFT_NOUNS = {"flight", "plane", "aircraft", "airliner", "jet", "vessel", "ship", "tanker", "boat",
               "freighter", "ferry", "helicopter"}

#: Determiners that name an act again: "the launches", "these attacks".
ANAPHORIC_DETS = {"the", "these", "this", "those", "that", "such"}

#: Verbs of a relative clause whose subject owns the thing: "the support X has shown".
SHOWN = {"show", "provide", "give", "offer", "extend", "demonstrate", "display", "make", "lend",
         "play", "take"}

#: Participles that tie people to an actor: "individuals tied to the regime", "entities
#: linked to Hezbollah", "companies affiliated with the military".
TIED = {"tie", "link", "affiliate", "associate", "connect", "loyal", "attach", "belong"}

#: Nouns for an actor's people, sites and outlets: "Hamas positions", "the BBC and Deutsche
#: Welle websites", "TDP soldiers" stand for the actor named before them.
PART_NOUNS = {"website", "site", "platform", "outlet", "office", "position", "soldier", "troop",
              "force", "fighter", "official", "member", "officer", "base", "account",
              "channel", "facility", "headquarters", "unit", "militant", "camp", "post",
              "leader", "leadership", "delegation", "representative", "spokesman",
              "spokesperson", "envoy", "ship", "vessel", "aircraft", "embassy", "consulate",
              "station", "bureau", "operative", "agent", "supporter", "activist", "target"}

#: Plural heads that name the parties of the last two-sided encounter: "the two leaders
#: agreed", "both sides", "the ministers".
GROUP_HEADS = {"leader", "side", "president", "minister", "counterpart", "delegation",
               "diplomat", "party", "man", "woman", "official", "envoy", "chief", "premier",
               "foreign", "secretary", "sides", "parties", "participant"}


#: Words inside an office's name, no owner of it: "the Vice Foreign Ministers".
TITLE_MODIFIERS = {"vice", "foreign", "deputy", "prime", "defense", "defence", "finance",
                   "trade", "senior", "first", "assistant", "under", "chief", "heads", "head"}


def counterpart_state(actors: list, table: ActorTable, sent, own_ok: bool = False) -> Optional[str]:
    """The state on the other side of the meeting or call just reported, when the actors
    are all on one side and the other side is one foreign state's people or the state:
    "Secretary Blinken met Foreign Minister Shoukry ... The Secretary stressed the
    importance of human rights" is asked of Egypt. None when the sentence names anyone
    else (but that state and its people)."""
    sides = table.party_sides
    if not sides or not actors:
        return None
    for mine, theirs in (sides, sides[::-1]):
        if not set(actors) <= set(mine):
            continue
        own = {table.by_id(a).country for a in mine if table.by_id(a)}
        states = {table.by_id(a).country for a in theirs if table.by_id(a)}
        if len(states) == 1 and None not in states and not states & own \
                and not states & knowledge.SPECIAL_CODES:
            iso = states.pop()
            if any(a not in actors and (table.by_id(a) is None or table.by_id(a).country != iso)
                   and not (own_ok and table.by_id(a) is not None and table.by_id(a).country in own)
                   for a in table.in_span(sent.start, sent.end)):   # (own_ok: "funding from the
                                                                    # United States" is theirs)
                return None
            return table._country(iso)
    return None


def _parties(tok: Token, table: ActorTable) -> list[str]:
    """ "The two leaders", "both sides": the actors of the last reciprocal event before
    this token, when the phrase names no one itself (no owner, no country)."""
    if tok.pos_ == "NUM" and tok.dep_ in ("nsubj", "nsubjpass") \
            and any(c.lower_ == "the" for c in tok.children) and _number(tok) == len(table.parties):
        return list(table.parties)      # "The two condemned ...": the two who just met
    if tok.lower_ in ("both", "all") and tok.dep_ in ("nsubj", "nsubjpass") and len(table.parties) >= 2 \
            and (tok.lower_ == "all" or len(table.parties) == 2):
        of = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
              if g.dep_ == "pobj"]
        if not of and not list(tok.children):
            return list(table.parties)  # "Both agreed on the need to respond": the two who met
        if of and of[0].lower_ in ("them", "us"):
            return list(table.parties)  # "All of them agreed"
    plural = tok.tag_ in ("NNS", "NNPS") or (tok.tag_ == "NNP" and tok.lower_.endswith("s"))
    if not plural or (tok.lemma_.lower() not in GROUP_HEADS
                                           and tok.lower_.removesuffix("s") not in GROUP_HEADS):
        return []
    kids = {c.lower_: c.dep_ for c in tok.children
            if c.lower_ not in TITLE_MODIFIERS}     # "the Vice Foreign Ministers"
    if tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass") and len(table.parties) >= 2 \
            and (table.at(tok.head) or table.resolve(tok.head)) in table.parties \
            and all(d in ("poss", "compound", "cc", "punct") for d in kids.values()) \
            and not any(c.dep_ == "compound" and table.at(c) for c in tok.children) \
            and not any(k not in ("her", "his", "their", "foreign", "vice") for k, d in kids.items()
                        if d in ("poss", "compound")):
        # "The Secretary and Foreign Ministers condemned", "Deputy Secretary Sherman and her
        # counterparts condemned": one side named, the other sides of the meeting joined to her
        return [p for p in table.parties if p != (table.at(tok.head) or table.resolve(tok.head))]
    if any(d in ("poss", "amod", "compound") for d in kids.values()) and not kids.keys() & {"two", "both"}:
        return []
    if not (kids.keys() & {"the", "both", "two"}) and not ("all" in kids and "prep" not in kids.values()):
        return []           # ("All participants agreed": every side of the call; not "all
                            # parties to the conflict", named by what they are parties to)
    host = table.party_host
    count = next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), None)
    if host in table.parties and count is not None and _number(count) == len(table.parties) - 1:
        return [p for p in table.parties if p != host]   # "Harris spoke to A, B, C and D ...
                                                         # The four leaders thanked her"
    return list(table.parties)


def _number(tok: Token) -> Optional[int]:
    """A small count written as a word or digits ("four", "4")."""
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
    return words.get(tok.lower_) or (int(tok.text) if tok.text.isdigit() else None)


_TITLE_HEADS = {"director", "counsel", "advisor", "adviser", "coordinator", "administrator",
                "chair", "chairman", "chairwoman", "secretary", "spokesperson", "spokesman",
                "spokeswoman", "officer", "chief", "head", "deputy", "assistant", "envoy"}


#: Heads of things that are no actor though a name may make them look like one: a law, a
#: programme, a grant, an award ("the Digital Equity Planning Grant will provide $60
#: million", "this Bipartisan innovation bill will allow us ...", "receive an honorary
#: Doctorate"). Only an actor the knowledge does not place (no country, no sector) is dropped.
NON_ACTOR_HEADS = {"act", "bill", "law", "legislation", "grant", "grants", "program",
                   "programme", "initiative", "period", "award", "awards", "prize", "doctorate",
                   "degree", "scholarship", "fellowship", "plan", "strategy", "framework",
                   "declaration", "accord", "treaty", "resolution", "amendment", "policy"}


def _unplaced_thing(aid: str, tok: Token, table: ActorTable) -> bool:
    """An unplaced organisation named like a law or programme, or found under such a head."""
    a = table.by_id(aid)
    if a is None or a.kind == "person" or a.country or a.sector:
        return False
    last = a.name.split()[-1].lower() if a.name.split() else ""
    return last in NON_ACTOR_HEADS or (tok.pos_ == "NOUN" and tok.lemma_.lower() in NON_ACTOR_HEADS)


POPULATION = {"people", "citizen", "population", "national", "resident", "civilian", "inhabitant",
              "person", "individual", "man", "woman", "child", "family"}


def _people_from(tok: Token) -> bool:
    """ "activists from Burma", "journalists in Hong Kong": people outside the state
    named with the country they come from are a group of their own, not that country
    (the state's organs, "Sudan's military authorities", stay the state)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() in POPULATION:
        return False           # "the citizens of Ukraine" are Ukraine's people: Ukraine
    sector = knowledge.load().sector_noun(tok.lemma_.lower())
    return sector is not None and sector not in groups.STATE_ORGANS \
        and any(c.dep_ == "prep" and c.lower_ in ("from", "in", "of") for c in tok.children)


#: People who act for those they are said to represent: "delegations representing A and B".
AGENT_NOUNS = {"delegation", "official", "representative", "team", "negotiator", "envoy"}


def _represented(tok: Token, table: ActorTable, skip) -> list[str]:
    """ "Senior delegations representing the United States and Thailand met": the states
    the delegations represent are the sides."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in AGENT_NOUNS or table.at(tok):
        return []
    objs = [g for a in tok.children if a.dep_ == "acl" and a.lemma_.lower() == "represent"
            for g in a.children if g.dep_ == "dobj"]
    return list(dict.fromkeys(a for o in objs for x in _expand(o) for a in [table.resolve(x, skip)] if a))


def _parties_go_on(tok: Token, table: ActorTable) -> bool:
    """ "The two leaders also discussed ... Libyan plans. They also affirmed ...": a "they"
    whose sentence follows one about the two sides goes on about them, whatever state the
    sentence between happens to name."""
    if tok.dep_ != "nsubj" or tok.sent.start == 0:
        return False
    prev = tok.doc[tok.sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.lower_ == "they" or bool(_parties(subj, table)) or (
        # ("The Secretary and the Foreign Minister hailed ... They reaffirmed": both sides)
        subj.conjuncts and all((table.at(x) or table.resolve(x)) in table.parties
                               for x in [subj, *subj.conjuncts])) or (
        # ("The Secretary and President compared notes": a role the parser or the text leaves
        # open beside one side, as many as the sides)
        len(subj.conjuncts) + 1 == len(table.parties) and any(
            (table.at(x) or table.resolve(x)) in table.parties for x in [subj, *subj.conjuncts])
        and all(x.pos_ == "PROPN" and x.lemma_.lower() in _TITLE_HEADS | {"secretary", "president", "minister"}
                and not any(c.dep_ in ("compound", "flat", "appos") for c in x.children)
                for x in [subj, *subj.conjuncts])) or (
        subj.lemma_.lower() == "group" and table.parties and not list(subj.children)[1:]
        and any(c.lower_ == "the" for c in subj.children))     # "The group discussed ..."
        or (table.at(subj) in table.parties and subj.tag_ != "NNS" and not subj.conjuncts
            and tok.head.dep_ == "ROOT" and (tok.head.lemma_.lower(), "VERB") in entries()))
    # ("Secretary Blinken recognized the support both the Government of the Czech Republic
    # and its citizens have shown ... They agreed ...": one side spoke, then both acted)


#: "in response to X", "in connection with X", "in retaliation for X": what an act answers.
RESPONSE_NOUNS = {"response": "to", "connection": "with", "retaliation": "for", "reaction": "to",
                  "reprisal": "for", "light": "of"}


def _answered(tok: Token) -> Optional[Token]:
    """The act a sanction or a rebuke answers: "enacting sanctions in connection with this
    repression", "imposed sanctions in response to the regime's suppression of protesters"."""
    for h in [tok] + [c for c in tok.children if c.dep_ == "dobj"]:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ != "in":
                continue
            for n in p.children:
                want = RESPONSE_NOUNS.get(n.lemma_.lower()) if n.dep_ == "pobj" else None
                if want:
                    return next((g for q in n.children if q.dep_ == "prep" and q.lower_ == want
                                 for g in q.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return None


ENCOUNTER_VERBS = {"speak", "meet", "talk", "confer", "call"}


def _encounter_sides(tok: Token, table: ActorTable, skip) -> list[str]:
    """ "President Biden spoke today with Transatlantic leaders about ... Together they
    expressed deep concern": "they" after a sentence about a call or meeting are those who
    took part in it that we can name, not a country the sentence mentions in passing."""
    if tok.dep_ not in ("nsubj", "poss") or tok.sent.start == 0:
        return []
    prev = tok.doc[tok.sent.start - 1].sent
    root = prev.root
    if root.lemma_.lower() not in ENCOUNTER_VERBS or tok.sent.start - prev.start > 60:
        return []
    sides = _actors(_subject(root), table, skip)
    sides += [x for x in _actors(_by_prep(root, "with"), table, skip) if x not in sides]
    return sides


def _responsible(tok: Token) -> Token:
    """ "those responsible for the abuses committed by Russia": the doer of what they are
    responsible for (the agent of the act, else the act's own noun for its owner)."""
    if tok.lower_ not in ("those", "anyone", "all", "everyone", "people", "individuals"):
        return tok
    for a in tok.children:
        if a.lemma_.lower() in ("responsible", "accountable", "culpable") and a.dep_ in ("amod", "acl"):
            for p in a.children:
                if p.dep_ == "prep" and p.lower_ == "for":
                    for act in p.children:
                        if act.dep_ != "pobj":
                            continue
                        agent = [g for v in act.children if v.dep_ == "acl" for b in v.children
                                 if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"]
                        return agent[0] if agent else act
    return tok


def _named_members(tok: Token, table: ActorTable) -> list[str]:
    """The people a group noun names with "including" or "led by": "senior Administration
    officials including Commerce Secretary Raimondo, Deputy Defense Secretary Hicks, ..."."""
    if tok.pos_ != "NOUN" or (tok.tag_ != "NNS" and tok.lemma_.lower() not in ("group", "delegation")):
        return []
    out = []
    heads = [p for p in tok.children if p.lower_ == "including" and p.dep_ == "prep"]
    heads += [a for led in tok.children if led.dep_ == "acl" and led.lemma_.lower() in ("lead", "head")
              for a in led.children if a.dep_ == "agent"]   # "a group of House members led by
    for p in heads:                                        # Chairman Meeks and Member McCaul"
        for g in p.children:
            if g.dep_ == "pobj":
                for x in _expand(g):
                    a = table.by_id(table.at(x))
                    if a is not None and a.kind == "person" and a.id not in out:
                        out.append(a.id)
    return out if len(out) >= 2 else []


def _abroad(recipients: list, actors: list, table: ActorTable, kind: str) -> list:
    """The recipients that are not of the acting persons' own state: not the state itself
    (``kind`` "country": "grateful to ... our entire diplomatic team") or not a compatriot
    (``kind`` "person": "Senator Dodd and President Biden worked closely together")."""
    home = {table.by_id(a).country for a in actors if table.by_id(a).kind == "person"}
    return [r for r in recipients if not (table.by_id(r).kind == kind and table.by_id(r).country in home)]


def _publishers_administration(tok: Token, aid: Optional[str], table: ActorTable) -> Optional[str]:
    """ "we thank this administration", "the Administration officials" on a government's
    site: with no owner or country of its own, the publisher's government."""
    if table.author is None or not table.author.country:
        return None
    found = table.by_id(aid) if aid else None
    if found is None:
        bare = tok.lemma_.lower() == "administration" and not any(
            c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "poss" and c.lower_ not in ("my", "our"))
            for c in tok.children)      # ("my Administration is imposing new sanctions")
    else:
        bare = found.country is None and found.kind != "person" \
            and found.name.lower().removeprefix("the ") == "administration"
    return table._country(table.author.country) if bare else None


def _joined_antecedent(tok: Token, aid: str, table: ActorTable) -> list[str]:
    """ "Blinken and Hoekstra condemned ... They agreed": a plural pronoun whose antecedent
    is one of joined actors stands for all of them."""
    if tok.lower_ not in ("they", "their", "them", "themselves"):
        return []
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start else 0
    start = doc[start - 1].sent.start if start else 0
    for j in range(tok.i - 1, start - 1, -1):
        if table.at(doc[j]) != aid or not (doc[j].dep_ == "conj" or any(
                c.dep_ == "conj" for c in doc[j].children)):
            continue
        head = doc[j]
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head    # ("Special Representative Kim, ROK Special Representative Kim,
                                # and Director General Funakoshi": the list hangs on an appositive)
        if head.dep_ not in ("nsubj", "nsubjpass"):
            continue         # the joined actors must be the subject: not "members of A and B"
        group = list(dict.fromkeys(x for x in (table.at(c) for c in _expand(head)) if x))
        return group if len(group) > 1 and aid in group else []
    return []


def _note_members(t: Token, table: ActorTable) -> None:
    """ "The Quad Leaders - Prime Minister Scott Morrison of Australia, ..., and President
    Joe Biden - convened": a body's members listed beside it, remembered for the body."""
    body = next((table.at(c) for c in t.children if c.dep_ in ("compound", "nmod") and table.at(c)
                 and table.by_id(table.at(c)).kind in ("organization", "group")), None)
    if body is None or body in table.members_of or t.tag_ not in ("NNS", "NNPS") \
            and not t.lower_.endswith("s"):
        return
    people = [table.at(x) for x in _expand(t)[1:] if table.at(x)
              and table.by_id(table.at(x)).kind == "person"]
    if len(people) >= 2:
        table.members_of[body] = list(dict.fromkeys(people))


#: What one expresses or offers, never a side: "solidarity with the Ukrainian people and our
#: sympathy with the victims".
FELT_NOUNS = {"sympathy", "sympathies", "condolence", "condolences", "solidarity", "support",
              "gratitude", "appreciation", "thanks", "admiration", "respect", "commitment",
              "concern", "prayer", "prayers", "wish", "wishes", "congratulations", "condemnation"}


def _companions(tok: Token) -> list[Token]:
    """Those a person is said to be joined or accompanied by: "Jon Finer, joined by Acting
    Assistant Secretary ... Joey Hood, traveled to Tunis and met ..." (both did it)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON":
        return []
    return [g for a in tok.children if a.dep_ == "acl" and a.tag_ == "VBN"
            and a.lemma_.lower() in ("join", "accompany")
            for ag in a.children if ag.dep_ == "agent" for g in ag.children if g.dep_ == "pobj"
            and g.ent_type_ == "PERSON"]


def _actors(tokens, table: ActorTable, skip) -> list[str]:
    ids: list[str] = []
    tokens = [x for t in tokens for x in [t] + _companions(t)]
    for t in tokens:
        t = _responsible(t)
        if t.lower_ in ("who", "which", "that", "whom") and t.head.dep_ == "relcl" \
                and t.dep_ in ("nsubjpass", "dobj") and t.head.head.pos_ in ("NOUN", "PROPN"):
            t = t.head.head      # "Kovrig and Spavor, who are detained by China": them
            while t.dep_ == "conj" and t.head.i != t.i:    # (the one it was done to;
                t = t.head                                 # "Cubans who protest" are not Cuba)
        our_states = t.lemma_.lower() in ("state", "country", "government", "nation") \
            and t.tag_ in ("NNS", "NNPS") and any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children)
        if (t.lower_ in ("we", "our", "us") or our_states) and (table.joint or table.joint_ids) \
                and not table.voice.get(t.i):
            # a joint statement's "we" (and "our states") is all its authors: those of its
            # title, else those named in its lead
            signers = [table._country(iso) for iso in table.joint] if table.joint else table.joint_ids
            ids += [x for x in signers if x not in ids]
            continue
        if table.joint_as and not table.voice.get(t.i) and (table.at(t) == table.joint_as or (
                t.lemma_.lower() == "member" and any(
                    table.at(x) == table.joint_as for x in t.subtree if x.i != t.i))):
            ids += [x for x in table.joint_ids if x not in ids]
            continue         # "The Media Freedom Coalition demands", "The undersigned members
                             # of the Media Freedom Coalition condemn": the governments signing
        named = _named_members(t, table) or _represented(t, table, skip)
        if named:            # "senior Administration officials including Commerce Secretary
            ids.extend(x for x in named if x not in ids)      # Raimondo, ... Hicks": them
            continue
        _note_members(t, table)
        for k, tt in enumerate(_expand(t)):
            if k and t.pos_ == "NOUN" and t.lemma_.lower() in VICTIM_NOUNS:
                continue        # "the release of Raman Pratasevich, as well as all other
                                # journalists": more of those held, not more sides
            if k and tt.pos_ == "NOUN" and any(c.dep_ == "poss" for c in tt.children) \
                    and ((tt.lemma_.lower(), "NOUN") in entries() or _by_prep(tt, "with")
                         or tt.lemma_.lower() in FELT_NOUNS):
                continue        # "solidarity with the Ukrainian people and our sympathy with
                                # the victims": a thing of its own with its own owner, not a side
            if k and tt.lemma_.lower() in _TITLE_HEADS and not table.at(tt) \
                    and not _title_of(tt, table):
                continue        # "Julie Rodriguez, White House Intergovernmental Affairs
                                # Director, Jennifer Klein, ...": a title, not another actor
            if tt.text[:1].isupper() and tt.lemma_.lower() in _TITLE_HEADS | {"member"} and any(
                    c.dep_ == "conj" and c.lemma_.lower() in _TITLE_HEADS and _title_of(c, table)
                    for c in tt.children):
                continue        # "Politburo Member and Director of the Office ... Yang Jiechi":
                                # two titles of the one person the second names
            group = [] if table.at(tt) else _parties(tt, table)
            if group and tt.dep_ in ("dobj", "dative") and table.party_sides \
                    and set(table.party_sides[1]) <= set(group):
                group = list(table.party_sides[1])   # "Klein met with state legislative
                # leaders ... officials thanked the leaders": the ones met, not their host
            if not group and tt.lower_ in ("they", "their", "them") and len(table.parties) >= 2 \
                    and ((len(table.parties) == 2 and table.resolve(tt, skip) is None)
                         or _parties_go_on(tt, table)) \
                    and not (tt.dep_ == "poss" and (tt.head.lemma_.lower(), "NOUN") in entries()
                             and (any(c.lower_ == "respective" for c in tt.head.children)
                                  or _by_prep(tt.head, "with"))):
                # (not "their respective conversations with Putin": encounters of their own)
                group = list(table.parties)    # "They reaffirmed their readiness": the
                                               # two sides of the call just reported
            if not group and tt.lower_ == "they" and tt.dep_ == "nsubj" and tt.head.dep_ == "conj" \
                    and len(table.parties) >= 2 and any(
                        _parties(c, table) for c in tt.head.head.children if c.dep_ == "nsubj"):
                group = list(table.parties)    # "The four leaders thanked the Vice President,
                                               # and they agreed to continue working together"
            if not group and tt.lower_ in ("they", "their", "them") and not table.parties:
                group = _encounter_sides(tt, table, skip)
            if group:
                ids.extend(x for x in group if x not in ids)
                continue
            aid = table._members(tt) if tt.pos_ in ("NOUN", "PROPN") else None
            aid = aid or table.resolve(tt, skip)        # "all ARF member states": a collective
            listed = table.members_of.get(aid)
            if listed and not table.voice.get(tt.i):
                # "the Quad Leaders - A, B, C and D - convened ... They agreed ...": the
                # body named again is the leaders the text listed for it
                ids.extend(x for x in listed if x not in ids)
                continue
            aid = _publishers_administration(tt, aid, table) or aid
            joined = _joined_antecedent(tt, aid, table) if aid else []
            if joined:
                ids.extend(x for x in joined if x not in ids)
                continue
            if not aid and (_people_from(tt) or groups.collective_sector(tt, knowledge.load())):
                aid = table.phrase_actor(tt, need_country=True)   # "activists from Burma",
                # "leaders from civil rights organizations": the people, not their bodies
            if not aid and tt.lemma_.lower() == "delegation" and any(c.lower_ == "the" for c in tt.children) \
                    and not any(c.dep_ in ("compound", "poss", "amod", "nmod") for c in tt.children):
                # "a United States interagency delegation traveled ... The delegation also met
                # with ...": the delegation named before
                before = [x for x in tt.doc[:tt.i] if x.lemma_.lower() == "delegation"]
                owned = next((o for x in reversed(before) for o in [_owner(x, table, skip)] if o), [])
                if owned:
                    ids.extend(i for i in owned if i not in ids)
                    continue
            named_apart = any(c.dep_ == "appos" and table.at(c) and table.by_id(table.at(c)).kind == "person"
                              for c in tt.children) or (
                tt.dep_ == "conj" and any(c.dep_ == "appos" and table.at(c)
                                          and table.by_id(table.at(c)).kind == "person"
                                          for c in tt.head.children))
            # (a state listed after "the foreign ministers of Cyprus, Hellenic Republic, ..."
            # is one more of them, not the person the phrase names)
            owners = [] if aid or named_apart else _owner(tt, table, skip)
            # ("an advisor and daughter of Ortega, Camila Ortega": she is named, not Ortega)
            if not aid and not owners:
                aid = table.phrase_actor(tt, need_country=True)
            named = [] if aid and table.by_id(aid).kind == "person" else _title_of(tt, table)
            if named and aid and (table.by_id(aid).kind == "country" or (
                    table.by_id(aid).kind == "organization" and tt.text[:1].isupper()
                    and tt.lemma_.lower() in _TITLE_HEADS | {"member"})):
                aid = None          # "UK Minister of State for Europe ... James Cleverly",
                                    # "Politburo Member and Director ... Yang Jiechi"
            partner = _role_before_title(tt, aid, table)
            for x in [partner, aid] + owners + [table.at(n) for n in named]:
                if x and x not in ids and not _unplaced_thing(x, tt, table):
                    ids.append(x)
            if tt.pos_ == "NOUN":       # "Hungarian and Romanian officials": each country
                for c in tt.children:
                    if c.dep_ == "amod":
                        for cc in _expand(c)[1:]:
                            other = table.at(cc)      # a region is no side: "European leaders"
                            if other and other not in ids and table.by_id(other).country:
                                ids.append(other)
    return ids

def _role_before_title(tt: Token, aid: Optional[str], table: ActorTable) -> Optional[str]:
    """ "The Secretary and Foreign Minister Colonna agreed": the parser reads "The Secretary
    and Foreign Minister" as one title of Colonna's; a definite role noun joined to her title
    that names another person seen before (Blinken) is a second subject."""
    if aid is None or tt.pos_ != "PROPN" or table.by_id(aid).kind != "person":
        return None
    for h in tt.children:
        if h.dep_ in ("nmod", "compound") and h.i < tt.i and h.pos_ in ("PROPN", "NOUN") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) \
                and any(c.dep_ == "conj" and c.i < tt.i for c in h.children) and not table.at(h):
            other = table._role_noun(h)
            if other and other != aid and table.by_id(other).kind == "person":
                return other
    return None


PARTICLES = {"down", "up", "off", "out", "back", "away", "over", "in", "on"}

#: What one calls someone to do on the phone: "called Putin to discuss Ukraine" is a call;
#: "called the faithful to combat protesters" is an appeal (the lexicon's "xcomp" frame).
TALK_VERBS = {"discuss", "talk", "congratulate", "express", "offer", "convey", "thank",
              "review", "coordinate", "consult", "brief", "update", "condole", "share",
              "exchange", "follow", "reaffirm", "underscore", "emphasize", "emphasise",
              "stress", "welcome", "wish", "inform", "explain", "check", "say", "tell",
              "relay", "apologize", "apologise", "reiterate", "raise", "assure"}


#: Verbs whose to-clause is the act pledged: "committed to strengthen deterrence".
PLEDGE_VERBS = {"commit", "pledge", "promise", "vow", "undertake"}


def _to_clause(c: Token) -> bool:
    """ "allowed Poland to send tanks": the parser may make the object the subject of a
    to-clause (ccomp) rather than the verb's object with an xcomp."""
    return c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
        and any(a.dep_ == "nsubj" for a in c.children)


def _matches(tok: Token, cand: list[Entry]) -> list[Entry]:
    """Every lexicon row whose frame the trigger has, in file order: its preposition or particle
    (a particle the parser called advmod counts: "stepped down"), and its object (the
    direct object, or the object of the row's own preposition: "spoke by phone", or of
    an instrumental with/by when the row names none: "threatened X with strikes")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in ("for", "on", "upon") and tok.lemma_.lower() == "call":
        cand = [e for e in cand if e.cameo != "041"]     # "call for X to act" is no phone call
    lemma = tok.lemma_.lower()
    no_to = (lemma == "welcome" and (not any(
        g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC", "FAC") or g.lower_ in ("home", "office")
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children) or any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and _by_prep(c, "of") for c in tok.children))) or (
        lemma == "thank" and not any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children))
    if no_to:       # a "to" row only for a visit to a place or "Thank you to X": "welcome the
        cand = [e for e in cand if e.prep != "to"]   # commitment of ECOWAS to continued
        # engagement", "welcomes the appointment of Dominic Ng to the APEC Business Advisory
        # Council" and "thanked X for Kazakhstan's aid ... to Ukraine" (which thanks X) are not
    preps = {c.lower_ for c in tok.children if (c.dep_ in ("prep", "prt", "agent")
             or (c.dep_ == "advmod" and c.lower_ in PARTICLES | {"together"}))
             and not (c.i < tok.i and any(g.ent_type_ in ("DATE", "TIME") for g in c.children))}
    # ("On March 10, Sung Kim called Liu Xiaoming": a time before the verb is no "call on")
    preps |= {m.lower_ for c in tok.children if c.dep_ in ("advcl", "xcomp", "ccomp")
              and not (c.tag_ == "VBG" and any(s.dep_ == "nsubj" for s in c.children))
              for m in c.children if m.dep_ == "mark" and m.lower_ in ("with", "to")}  # misparse
    # (but "with President Biden participating" is a clause of its own, no "with" of tok)
    if any((c.dep_ == "xcomp" or _to_clause(c)) and (c.lemma_.lower() not in TALK_VERBS or lemma in PLEDGE_VERBS)
           for c in tok.children) \
            or any(c.dep_ == "prep" and c.lower_ == "to" and g.dep_ == "pobj" and g.tag_ == "VB"
                   and g.lemma_.lower() not in TALK_VERBS for c in tok.children for g in c.children) \
            or (lemma in PLEDGE_VERBS and any(
                c.dep_ == "advcl" and c.tag_ == "VB" and c.i > tok.i
                and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == tok.i + 1 for a in c.children)
                for c in tok.children)):
        # ("They committed to further strengthen deterrence": the parser takes the pledged
        # act for a purpose)
        preps.add("xcomp")       # "called the faithful to combat" (or to "combat", as a pobj)
    heads = [c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass") or (
        c.dep_ in ("ccomp", "oprd", "acomp") and c.pos_ == "ADJ") or (
        c.dep_ == "advcl" and c.pos_ == "ADJ" and c.lower_ in ("accountable", "responsible", "liable")
        and any(o.dep_ == "dobj" and o.i < c.i for o in tok.children))]   # "hold X accountable"
    # ("hold Moscow and its supporters, including ..., accountable": the parser may take the
    # predicate after a long object for a clause of its own)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
        heads.append(tok.head)      # "the atrocities committed by Russia": what was committed
    if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and not any(
            c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in tok.children):
        heads.append(tok.head)      # "meetings that the Vice President held with ...": held them
    # "reminded Sudan's military authorities of their obligations": the parser may hang the
    # verb's of-phrase on an object that names someone
    hung = [p for h in heads if h.pos_ == "PROPN" or any(c.dep_ == "poss" for c in h.children)
            for p in h.children if p.dep_ == "prep" and p.lower_ == "of"]
    preps |= {p.lower_ for p in hung}
    direct = {w for c in heads for w in (c.lemma_.lower(), c.lower_)}   # passive: "troops
                                                                        # were deployed"
    direct |= {"$" for c in heads if c.pos_ == "NUM" and any(m.text in ("$", "US$") for m in c.children)}
    # ("provide $500,000 to ASEAN": the parser hangs the "$" on the number)
    for c in heads:     # "took coordinated sanctions action": the kind of action decides
        kinds = [m for m in c.children if m.dep_ == "compound" and m.pos_ == "NOUN"]
        if c.lemma_.lower() in KIND_HEADS and kinds:
            direct = (direct - {c.lemma_.lower(), c.lower_}) | {w for m in kinds for w in (m.lemma_.lower(), m.lower_)}
    for c in heads:     # "increase the deployment of clean energy": what is deployed decides
        if c.lemma_.lower() in OF_WHAT:
            inner = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]
            if inner:
                direct = (direct - {c.lemma_.lower(), c.lower_}) | {
                    w for g in inner for w in (g.lemma_.lower(), g.lower_)}
    # "reached an agreement to reopen the border": a to-clause on the object is the 'xcomp'
    # frame of a row that names that object (what was agreed is still to be done)
    clause_objects = {w for c in heads if any(
        a.dep_ in ("acl", "relcl") and a.tag_ == "VB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
        for a in c.children) for w in (c.lemma_.lower(), c.lower_)}

    def rows(objects: set) -> list[Entry]:
        out: list[Entry] = []
        for e in cand:
            if e.prep and e.prep not in preps \
                    and not (e.prep == "xcomp" and e.objects & clause_objects):
                continue
            if e.objects:
                own = {e.prep} if e.prep else {"with", "by"}     # "threatened X with strikes"
                objs = objects | {g.lemma_.lower() for c in list(tok.children) + hung
                                  if c.dep_ == "prep" and c.lower_ in own
                                  and (e.prep or c.i > tok.i)    # ("With attacks on the vote,
                                  for g in c.children if g.dep_ == "pobj"}   # I call on ...": a
                                  # fronted phrase is a circumstance, no instrument)
                if not e.objects & objs:
                    continue
            out.append(e)
            if e.cameo == "-":
                break               # a frame that is no event stops the rows below it
        return out
    out = rows(direct)
    if not any(e.objects for e in out):
        # the object's head names no frame: its conjuncts ("provided photographs and
        # intelligence"), its noun modifiers ("ended mediation efforts", "suspended aid
        # deliveries") or, for a measure or part, what it is of ("handed over 700 kg of
        # medicine", "captured part of the stronghold") may; the head's own frame wins
        more = {w for x in _object_words(heads) for w in (x.lemma_.lower(), x.lower_)} - direct
        if more:
            wider = rows(direct | more)
            found = [e for e in wider if e.objects]
            if found and found[0].cameo != "-":   # a modifier names an event frame, not
                out = wider                       # a non-event ("human rights" + abuse)
    return out


#: Object heads whose of-phrase says what they are: "the deployment of troops" is of troops,
#: "the deployment of clean energy" is no military one.
OF_WHAT = {"deployment", "presence", "redeployment"}


#: Object heads whose noun modifier says what kind they are: "sanctions action".
KIND_HEADS = {"action", "measure", "step", "restriction", "policy", "ban"}


#: Object heads that measure or portion out what their of-phrase names.
PARTITIVES = {"part", "series", "number", "batch", "wave", "round", "set", "lot", "kind",
              "type", "form", "day", "week", "month", "hour", "ton", "tonne", "kg",
              "kilogram", "pound", "barrel", "litre", "liter", "gallon", "piece", "portion",
              "share", "amount", "quantity", "volume", "consignment", "shipment", "load",
              "truckload", "planeload", "package", "string", "spate", "range", "bit", "dozen",
              "hundred", "thousand", "million", "billion", "worth"}


def _object_words(heads: list[Token]) -> list[Token]:
    """Words of the object beyond its head that may name the frame: conjuncts, noun
    modifiers, and the of-phrase of a partitive head (with its own modifiers)."""
    out: list[Token] = []
    for h in heads:
        if h.pos_ not in ("NOUN", "PROPN"):
            continue
        group = [h] + list(h.conjuncts)
        if h.lemma_.lower() in PARTITIVES:
            group += [g for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj" for g in [g] + list(g.conjuncts)]
        for x in group:
            out += [x] + [m for m in x.children if m.dep_ in ("compound", "nmod") and m.pos_ == "NOUN"]
    return [x for x in out if x not in heads]

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
ABILITY_NOUNS = {"capacity", "ability", "capability", "readiness", "willingness", "preparedness", "option",
                 "right", "power", "means", "potential", "freedom", "authority", "chance",
                 "opportunity", "intention", "intent", "plan", "plans", "threat", "desire",
                 "wish", "bid", "attempt", "effort", "efforts", "determination", "resolve",
                 "offer", "proposal", "promise", "pledge", "commitment", "decision", "move",
                 "readiness", "refusal", "failure", "need", "call", "demand", "request"}

HYPOTHETICAL_NOUNS = {"capacity", "ability", "capability", "readiness", "willingness", "preparedness", "option",
                      "right", "power", "means", "potential", "freedom", "authority", "chance",
                      "opportunity", "intention", "intent", "plan", "plans", "threat", "desire",
                      "wish", "offer", "proposal", "promise", "pledge", "commitment", "need",
                      "call", "demand", "request"}


#: Participles that state their subject's own stance after "be": "X is opposed to Y".
STATIVE_PASSIVES = {"oppose"}


#: Verbs whose to-phrase of an -ing verb is the subject's own act: "committed to holding".
TO_CONTROL = {"commit", "dedicate", "devote", "pledge", "consent", "object", "resort", "turn"}


#: Instruments that act for whoever issues them ("issued an order imposing ...")
INSTRUMENT_NOUNS = {"policy", "order", "decree", "law", "measure", "regulation", "rule", "directive",
                    "proclamation", "memorandum", "determination"}


#: Verbs that welcome what someone else undertook ("welcomes the pledge by X to provide")
WELCOMING = {"welcome", "applaud", "commend", "praise", "hail", "salute", "appreciate"}


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
        elif any(c.dep_ == "nsubjpass" for c in t.children):
            if t.lemma_.lower() in STATIVE_PASSIVES:     # "Biden is opposed to any proposals":
                return [c for c in t.children if c.dep_ == "nsubjpass"]   # a stance, his own
            break               # "after a diplomat was accused of ...": agentless, no climbing
        h = t.head
        if h.i == t.i:
            break
        if control and t.dep_ == "xcomp" and h.lemma_.lower() in OBJECT_CONTROL:
            objs = [c for c in h.children if c.dep_ in ("dobj", "dative")]
            objs += [g for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                     for g in c.children if g.dep_ == "pobj"]       # "called on X to"
            if objs:
                return objs
        if control and h.lemma_.lower() in WELCOMING and (t.dep_ == "xcomp" or (
                t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))):
            # (an advcl too: "welcomes the United Kingdom's announcement today to impose
            # further sanctions", the time word between)
            objs = [c for c in h.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            owners = [p for o in objs for p in o.children if p.dep_ == "poss"] \
                + [g for o in objs for g in _by_prep(o, "by")] + (_by_prep(h, "by") if objs else [])
            if owners:       # "welcomes the pledge by Saudi Arabia and the UAE to provide $2
                return owners    # billion": the parser hangs the pledge's act on "welcomes"
        if t.dep_ == "advcl" and (t.tag_ == "VBN" or (t.tag_ == "VBD" and t.i > 0 and t.doc[t.i - 1].pos_ == "NOUN")) \
                and not any(c.dep_ in ("aux", "auxpass", "mark") for c in t.children):
            break   # a bare participle is passive: "Asked about X, Blinken said" (he was asked),
                    # "a government agreed through the process" (misparsed as a clause): its
                    # agent is not the clause's subject
        if t.dep_ in ("xcomp", "conj", "advcl") or (t.dep_ == "acomp" and t.pos_ == "ADJ"):
            t = h            # "Syria is willing to withdraw": the copula's subject
            continue
        if t.dep_ == "pcomp" and h.lower_ == "of" and h.head.lemma_.lower() in ("process", "midst", "course") \
                and h.head.dep_ == "pobj" and h.head.head.dep_ == "prep" and h.head.head.lower_ == "in":
            t = h.head.head.head     # "the United States is in the process of providing ...":
            continue                 # who is in the process does it
        if t.dep_ in ("pcomp", "pobj") and h.dep_ == "prep" and h.lower_ == "to" \
                and h.head.pos_ == "VERB" and h.head.lemma_.lower() in TO_CONTROL:
            t = h.head       # "committed to holding the Kremlin accountable": who committed
            continue
        if t.dep_ == "pcomp" and h.dep_ == "prep" and h.lower_ in ("to", "on") and h.head.pos_ == "NOUN" \
                and h.head.lemma_.lower() in COMMITMENT_NOUNS:
            owners = [p for p in h.head.children if p.dep_ == "poss"
                      or (p.dep_ in ("compound", "nmod") and p.pos_ == "PROPN")]
            if owners:       # "the U.S. commitment to ensuring accountability": the
                return owners    # committed one does it
            break
        if t.dep_ == "pcomp" and h.dep_ == "prep" and h.lower_ == "in":
            # "Moldova's generosity in welcoming refugees": the virtue's owner does it (the
            # parser may hang "in" on the verb, after the noun)
            owned = h.head if h.head.pos_ == "NOUN" else t.doc[h.i - 1] if h.i else None
            owners = [c for c in owned.children if c.dep_ == "poss" and c.pos_ != "PRON"] \
                if owned is not None and owned.pos_ == "NOUN" and owned.lemma_.lower() in CREDIT_NOUNS \
                and (owned is h.head or owned.dep_ == "pobj") else []
            if owners:
                return owners
        if t.dep_ in ("pcomp", "pobj") and h.dep_ == "prep":
            verb = h.head
            if h.lower_ in ("for", "of") and verb.lemma_.lower() in JUDGE_FOR:
                objs = [c for c in verb.children if c.dep_ == "dobj"]
                if objs:                       # "accused X of attacking", "thanked X for"
                    return objs
            if h.lower_ not in ("by", "in", "through", "after", "before", "while", "since",
                                "including", "without", "upon", "on"):
                break
            including = h.lower_ == "including"
            while verb.dep_ == "prep" and verb.head.i != verb.i:   # "including by V-ing"
                including = including or verb.lower_ == "including"
                verb = verb.head
            owners = [p for o in verb.children if including and o.dep_ == "dobj"
                      and o.lemma_.lower() in EFFORT_NOUNS for p in o.children if p.dep_ == "poss"
                      or (p.dep_ in ("compound", "nmod") and p.pos_ == "PROPN")]
            if including and not owners and verb.lemma_.lower() in EFFORT_NOUNS:
                owners = [p for p in verb.children if p.dep_ == "poss" or (   # "outlined U.S.
                    p.dep_ in ("compound", "nmod") and p.pos_ == "PROPN")]    # efforts ...,
                                                                              # including providing"
            if owners:       # "Biden detailed our efforts ..., including by imposing costs":
                return owners                   # the efforts' owner imposes them
            t = verb
            continue
        if t.dep_ == "acl" and t.tag_ == "VBG" and h.dep_ == "dobj" and h.lemma_.lower() in INSTRUMENT_NOUNS \
                and not any(c.dep_ == "poss" for c in h.children):
            t = h.head      # "I am establishing a policy imposing visa restrictions on ...":
            continue        # who makes the policy does what it does
        if t.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN"):
            poss = [c for c in h.children if c.dep_ == "poss"]
            if poss:
                return poss                    # "Putin's decision to recognize"
            if t.tag_ == "VBG" and h.lower_ in PEOPLE_PLURALS:
                return [h]                     # "the Foreign Ministers of A, B and C,
                                               # condemning X": they condemn
            if t.tag_ == "VBG" and h.lemma_.lower() in TEXT_NOUNS and _by_prep(h, "by"):
                return _by_prep(h, "by")       # "a statement by A and B condemning X"
            if t.tag_ == "VBG" and h.lemma_.lower() in TEXT_NOUNS and h.dep_ in ("dobj", "nsubjpass"):
                t = h.head                     # "issued a statement condemning X": who
                continue                       # issued it condemns
            if h.lemma_.lower() in ABILITY_NOUNS and h.dep_ in ("dobj", "attr", "nsubj", "pobj"):
                t = h.head if h.dep_ != "pobj" else h.head.head
                continue                       # "Russia has the capacity to launch"
            break
        if t.dep_ in ("relcl", "acl") and h.pos_ == "NOUN" and h.lemma_.lower() in KIND_HEADS | {"tool"} \
                and h.dep_ == "dobj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            t = h.head          # "prepared to take further measures to hold Russia to account":
            continue            # who takes the measures
        break
    if t.pos_ == "NOUN" and t is not tok:
        return [c for c in t.children if c.dep_ == "poss"]   # "our efforts, including by ..."
    return []

#: Texts that say something: "issued a declaration demanding ...", "released a statement
#: condemning ...": the one who put the text out does what its -ing clause says.
TEXT_NOUNS = {"statement", "declaration", "communique", "communiqué", "letter", "message",
              "resolution", "note", "notice", "appeal", "proclamation", "decree", "order",
              "announcement", "release", "memo", "memorandum", "report"}

#: Nouns of a pledge whose owner does what its to- or on-clause names.
COMMITMENT_NOUNS = {"commitment", "focus", "determination", "resolve", "pledge", "promise", "dedication"}

#: Nouns for what someone does, whose owner does what an including-clause lists.
EFFORT_NOUNS = {"effort", "work", "step", "measure", "action", "response", "support",
                "commitment", "campaign", "policy", "strategy", "plan", "approach"}

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
            if actor.country is None and place_iso:
                actor.country = place_iso
                actor.link_reason = "described (noun phrase); country of the event's place"
            out.append(aid)
    return out

#: Nouns for those a sanction names only by kind ("five entities located in Russia")
LISTED_NOUNS = {"entity", "individual", "person", "company", "firm", "bank", "vessel", "official",
                "party", "network", "business", "organization", "organisation", "facilitator"}


def _located(toks: list[Token], table: ActorTable, skip: frozenset) -> list[str]:
    """ "sanctions on five entities and individuals located in Russia and the DPRK", "21
    entities in Russia's defense sector": those listed only by kind are the states they are
    said to be in."""
    out = []
    for t in toks:
        for h in [t] + list(t.conjuncts):
            if h.lemma_.lower() not in LISTED_NOUNS:
                continue
            holders = [h] + [c for c in h.children if c.dep_ == "acl"
                             and c.lemma_.lower() in ("locate", "base", "operate", "register", "domicile")]
            for x in holders:
                for g in _by_prep(x, "in"):
                    for y in [g] + list(g.conjuncts) + [c for c in g.children if c.dep_ == "poss"]:
                        a = table.resolve(y, skip)
                        if a and table.by_id(a).kind == "country" and a not in out:
                            out.append(a)
    return out


#: Types whose other side may be a place: "withdrew from the city of Kherson" (UKR),
#: "shelled Kharkiv".
PLACE_TARGETS = {"RETREAT", "ASSAULT", "COERCE", "MOBILIZE"}


def _place_side(toks: list[Token], table: ActorTable, ctx: "_Context") -> list[str]:
    """The country of a named place among the argument tokens or in their phrase."""
    for t in toks:
        for x in sorted((x for x in t.subtree if abs(x.i - t.i) <= 8), key=lambda x: abs(x.i - t.i)):
            if not x.text[:1].isupper() or not (x.i == t.i or x.head.lower_ in (
                    "in", "at", "of", "near", "across", "into", "from", "inside", "around")
                    or (x.dep_ == "compound" and x.head.i == t.i)):  # "the Jenin refugee camp"
                continue        # a place, not a possessor ("reporting on Russia's invasion")
            ent = next((e for e in ctx.places if e.start <= x.i < e.end), None)
            span = ent if ent is not None else x.doc[x.i:x.i + 1]
            c = ctx.kb.country(span.text) or ctx.kb.city(span.text)
            if c is not None:
                return [table.place_actor(c.iso3, span)]
    return []


def _noun_agents(tok: Token) -> list[Token]:
    """Who did an act named by a noun, written "by X" where the parser hung it: on the noun,
    on the noun's own object ("the attack on the detention center by ISIS"), or on the
    active verb the noun is the object of ("We condemn the attack on X by Daesh/ISIS")."""
    out = _by_prep(tok, "by")
    out += [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "on"
            for g in p.children if g.dep_ == "pobj" and (g.lemma_.lower(), "NOUN") not in entries()
            for x in _by_prep(g, "by")]     # (not "protests against violations by Israel")
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children):
        out += [x for x in _by_prep(tok.head, "by") if x.pos_ in ("PROPN", "NOUN")]
    return out


def _on_the_part_of(tok: Token) -> list[Token]:
    """Who does an act named by a noun, written "on the part of X": on the noun, or on the
    verb the noun is the object of (the parser hangs it on either)."""
    holders = [tok] + ([tok.head] if tok.dep_ in ("dobj", "pobj") else [])
    return [x for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "part"
            for x in _by_prep(g, "of")]


def _absolute(g: Token) -> bool:
    """ "discussed regional integration, with Jordan a critical hub for it": a with-phrase
    whose name is followed by what it is (an absolute clause), not a side of the act."""
    nxt = g.doc[g.right_edge.i + 1] if g.right_edge.i + 1 < len(g.doc) else None
    return nxt is not None and nxt.lower_ in ("a", "an") and nxt.head.i not in {t.i for t in g.subtree} \
        and g.head.i > 0 and g.doc[g.head.i - 1].text == ","


def _by_prep(tok: Token, prep: str) -> list[Token]:
    """The objects of ``tok``'s preposition ``prep``; "spoke with King Salman to discuss"
    parsed as "with [Salman to discuss]" gives the clause's subject."""
    out = []
    for c in tok.children:       # "providing intelligence to Macedonia": the parser may call
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:     # "to" a dative
            objs = [g for g in c.children if g.dep_ == "pobj" and not (prep == "with" and _absolute(g))]
            if not objs:
                objs = [x for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"
                        for x in g.children if x.dep_ == "nsubj" and x.pos_ == "PROPN"]
            if not objs and not list(c.children):
                # "the offer announced today by Danish Prime Minister Mette Frederiksen to begin
                # negotiating": the parser makes the name the subject of the clause after "by"
                objs = [x for g in tok.children if g.dep_ in ("ccomp", "xcomp", "advcl") and g.i > c.i
                        for x in g.children if x.dep_ == "nsubj" and x.pos_ == "PROPN"
                        and x.left_edge.i == c.i + 1]
            out += objs
        elif c.dep_ in ("advcl", "xcomp", "ccomp") and prep in ("with", "to") and any(
                m.dep_ == "mark" and m.lower_ == prep for m in c.children) \
                and not (c.tag_ == "VBG" and prep == "with"):   # not "with Biden participating"
            out += [x for x in c.children if x.dep_ == "nsubj" and x.pos_ == "PROPN"]   # same,
    return out                                                           # "with" as a mark


def _act_sides(acts: list[Token]) -> list[Token]:
    """The words of a governed act where its own other side would be found (its objects, its
    prepositional phrases, with/against/on/to/from phrases on its object, and their owners
    and names), not every word under it: in "threatened to ban voting in East Jerusalem if
    Hamas ran" the act names no side ("in East Jerusalem" says where the voting is)."""
    objs = [g for c in acts for g in c.children if g.dep_ in ("dobj", "dative")]
    slots = objs + [g for c in acts for p in c.children if p.dep_ in ("prep", "agent", "dative")
                    for g in p.children if g.dep_ == "pobj"]
    slots += [g for c in objs for p in ("with", "against", "on", "to", "from") for g in _by_prep(c, p)]
    out: list[Token] = []
    for t in slots:
        for x in _expand(t):
            out.append(x)
            out += [m for m in x.children if m.dep_ in ("poss", "compound", "nmod", "amod")]
            out += [g for p in ("of", "by", "from", "with") for g in _by_prep(x, p)]
    return [y for x in out for y in ([x] + [m for m in x.children if m.dep_ == "compound"])]


def _recipients(tok: Token, entry: Entry, place_iso: Optional[str]) -> tuple[list[Token], str, Optional[str]]:
    for slot in entry.recipient:
        if slot in ("dobj", "dative"):
            toks = [c for c in tok.children if c.dep_ == slot]
            if slot == "dobj" and not toks:     # "hold Russia accountable": a small clause
                toks = [g for c in tok.children if (c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ")
                        or _to_clause(c) or (c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG")
                        for g in c.children if g.dep_ == "nsubj"     # "welcomed Singapore becoming"
                        or (g.dep_ == "dobj" and c.pos_ == "ADJ")]   # "hold accountable those ..."
                                                    # "allowed Poland to send": Poland
            if slot == "dobj" and not toks and entry.reciprocal:    # "called PRC Special
                toks = [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]   # Repre-
                # sentative ... Liu Xiaoming": the parser takes the titled name for a predicate
            if slot == "dobj" and not toks and tok.pos_ == "NOUN":   # a verb tagged as a noun:
                toks = [c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]
            if slot == "dobj" and len(toks) == 1 and toks[0].pos_ == "NOUN" and toks[0].tag_ == "NNS":
                # "designated Myanmar Chemical & Machinery Company Limited (MC&M), ..., and
                # the Asian Green Development Bank (AGDB), companies owned by ...": the parser
                # makes the closing description the object and the named list its modifier
                named = [c for c in toks[0].children if c.dep_ == "nmod" and c.i < toks[0].i
                         and c.ent_type_ == "ORG"]
                toks = named or toks
            if slot == "dobj" and toks and entry.pos == "VERB":
                # "designated A, B, and Sit Taing Aung, as well as officials X and Y": a name the
                # parser took for a verb joined to this one ("Sit") is one more object
                for c in tok.children:
                    if c.dep_ == "conj" and c.i > toks[-1].i and c.ent_type_ in ("PERSON", "ORG") \
                            and c.ent_iob_ == "B":
                        toks += [c] + [g for g in c.children if g.dep_ in ("dobj", "conj")]
            if entry.pos == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.children) \
                    and tok.lemma_.lower() not in STATIVE_PASSIVES:
                toks = [c for c in tok.children if c.dep_ == "nsubjpass"]
        elif slot == "place":
            return [], "place", place_iso
        elif slot == "condition":
            # "threatened to stop the talks if the United States goes ahead": the one whose
            # act the threat is conditioned on is the one it coerces, when the threatened
            # act names no one itself ("threatened to launch an offensive in its war with
            # Azerbaijan unless Baku ..." takes its sides from the offensive)
            heads = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
            conds = [a for h in heads for a in h.children if a.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children)]
            inside = {x.i for a in conds for x in a.subtree}
            acts = [c for c in heads[1:] if c.i not in inside]
            if any(x.i not in inside and (x.pos_ == "PROPN" or x.ent_type_ in ("GPE", "NORP", "ORG"))
                   for x in _act_sides(acts)):
                continue
            toks = [s for a in conds for s in a.children if s.dep_ in ("nsubj", "nsubjpass")]
        else:
            prep = slot.split(":")[-1]
            toks = _by_prep(tok, prep)
            if entry.prep == prep and entry.objects:     # "spoke about our concerns about
                toks = [t for t in toks if t.lemma_.lower() not in entry.objects   # Beijing's
                        and t.lower_ not in entry.objects]          # conduct": not the concerns
            if len(toks) == 1 and tok.pos_ == "VERB":
                # "met with United Nations High Commissioner for Refugees (UNHCR) Filippo
                # Grandi": the parser ends the title at the bracket and makes the name the
                # verb's object; the name is the one met
                named = [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"
                         and c.left_edge.i == toks[0].right_edge.i + 2
                         and tok.doc[c.left_edge.i - 1].text == ")"]
                if not named and toks[0].ent_type_ != "PERSON":
                    # "spoke with Secretary General of the Organization of American States
                    # (OAS) Luis Almagro to discuss": the parser starts a new clause at the name
                    j = toks[0].right_edge.i + 1
                    if j + 1 < len(tok.doc) and tok.doc[j].text == ")" and tok.doc[j + 1].ent_type_ == "PERSON" \
                            and tok.doc[j + 1].ent_iob_ == "B":
                        ent = next((e for e in tok.doc.ents if e.start == j + 1), None)
                        named = [ent.root] if ent is not None else []
                toks = named or toks
            if toks and tok.pos_ == "VERB":   # "met with A of Estonia, B of Latvia, and C of
                toks += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                         and c.i > toks[-1].i]   # Lithuania": B parsed as the verb's conjunct
            # the prepositional phrase may hang on the object ("imposed sanctions on X")
            for c in tok.children:
                if c.dep_ == "dobj" and not (prep == "with" and entry.pos == "VERB"
                                             and (c.lemma_.lower(), "NOUN") in entries()
                                             and c.lemma_.lower() not in (entry.objects or ())):
                    # ("discussed their conversations with Putin": that with-phrase is the
                    # conversations', an encounter of their own, not the discussion's)
                    toks += _by_prep(c, prep)
                    if prep == "between" and not toks:    # "welcomes the talks held July 17-18
                        toks += [g for a in c.children if a.dep_ == "acl"   # between A and B"
                                 for g in _by_prep(a, prep)]
                    if prep == "for":     # "the need for Russia to act": Russia is the
                        toks += [g for a in c.children if a.dep_ in ("acl", "advcl")
                                 for g in a.children if g.dep_ == "nsubj"]   # "to act"
                    if not toks and not (prep == "with" and entry.reciprocal and not entry.objects) \
                            and not (prep == "of" and any(g.dep_ == "poss" for g in c.children)):
                        # ("recognized Jordan's role as the custodian of Muslim holy places":
                        # the object's owner is named, not someone deeper in it)
                        # "announced $50 million in assistance for Ukraine" (not "discussed the
                        # importance of cooperation with Japan": the one talked with is on the verb)
                        toks += [g for p in c.subtree if p.dep_ == "prep" and p.lower_ == prep
                                 and p.head.pos_ == "NOUN" and p.i - c.i <= 6
                                 for g in p.children if g.dep_ == "pobj"][:2]
            if not toks and entry.pos == "NOUN" and prep == "with":   # "a meeting of the Quad
                toks = [x for g in _by_prep(tok, "of") for x in _by_prep(g, prep)]   # foreign
                # ministers with Payne, ...": the with-phrase hangs on the of-phrase, or on the
                # place or occasion ("meetings at the Munich Security Conference with X",
                # "a meeting on the sidelines of the G20 with Y")
                for p in ("at", "in", "on", "during"):
                    for g in ([] if toks else _by_prep(tok, p)):
                        toks = _by_prep(g, prep) or [x for o in _by_prep(g, "of")
                                                     for x in _by_prep(o, prep)]
                        if toks:
                            break
            if not toks and entry.pos == "NOUN" and prep in ("against", "on"):
                # "the Houthi attacks over the last 48 hours against civilian infrastructure":
                # the parser may hang the target on the time phrase between
                toks = [g for t in tok.doc[tok.i + 1:min(tok.sent.end, tok.i + 12)]
                        if t.dep_ == "prep" and t.lower_ == prep and t.head.ent_type_ in ("DATE", "TIME")
                        for g in t.children if g.dep_ == "pobj"][:1]
                # ... or on a participle that carries the noun ("the Houthi attacks launched
                # against Saudi Arabia's civil infrastructure")
                toks = toks or [g for a in tok.children if a.dep_ == "acl" and a.tag_ == "VBN"
                                for g in _by_prep(a, prep)][:1]
            if not toks and entry.prep:   # on the object of the row's own preposition:
                toks += [x for c in tok.children if c.dep_ == "prep" and c.lower_ == entry.prep
                         for g in c.children if g.dep_ in ("pobj", "pcomp")   # "reneged on its
                         for x in _by_prep(g, prep)]                # promise to X"
            if not toks and prep in ("for", "to"):   # "obligate $713 million in Foreign
                toks += [x for o in tok.children if o.dep_ == "dobj"
                         for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                         and c.i == o.right_edge.i + 1
                         for g in c.children if g.dep_ == "pobj"      # Military Financing
                         for x in _by_prep(g, prep)]                  # for Ukraine"
        toks = [t for t in toks if t.ent_type_ not in ("DATE", "TIME")]   # "on February 24"
        if toks:
            return toks, slot, None
    for slot in entry.recipient:          # "spoke with: A of X; B of Y; and C of Z"
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == slot), None)
        nxt = tok.doc[prep.i + 1] if prep is not None and prep.i + 1 < len(tok.doc) else None
        if prep is not None and not any(g.dep_ == "pobj" for g in prep.children) \
                and nxt is not None and nxt.text in (":", "—", "–"):   # a list, announced
            rest = [t for t in tok.doc[prep.i + 1:tok.sent.end]
                    if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat")
                    and not (t.head.lower_ == "of" and t.head.head.pos_ == "PROPN")]
            if rest:
                return rest, f"{slot} (list)", None
    return [], "", None


def _trimmed(sent) -> Span:
    """A sentence's span without surrounding whitespace (or blanked boilerplate)."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return Span(start, start + len(text.strip()), text.strip())


def _imperative(tok: Token) -> bool:
    """ "Please visit our website": an instruction to the reader, not an event."""
    return tok.tag_ == "VB" and tok.dep_ == "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


#: Verbs whose subject brings others together: "Turkey hosted talks between A and B".
HOST_VERBS = {"host", "broker", "mediate", "facilitate", "convene", "organize", "organise",
              "sponsor", "arrange"}
