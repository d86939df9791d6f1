"""Organisations and groups the NER does not give whole.

* Acronyms defined in brackets: "the Cuban Ministry of the Interior (MININT)" makes the
  name and every later "MININT" ("MININT forces", "MINFAR's directorate") one actor.
* A demonym (or a country's name) in front of a sector noun: "Lebanese gunmen", "Iraqi
  Kurds", "Tunisia's vibrant civil society" are groups with that country, named by the
  demonym and the noun ("Tunisian civil society"); the state's own organs ("the Cuban
  government", "Israeli troops", "Russia's forces"), its people ("Iraqi civilians") and
  its ordinary sectors ("Nigerian teachers") stay the state.
* Names for groups described by an evaluative adjective and a sector noun: "peaceful
  protesters" in Cuba are "Cuban protesters".
"""
from __future__ import annotations

import os
import re
from collections import Counter
from typing import Optional

from spacy.tokens import Doc, Token

#: Words that may sit inside a name between its capitalised words.
NAME_GLUE = {"of", "the", "for", "and", "de", "del", "la", "las", "los", "el", "des", "du",
             "le", "on", "in", "to", "di", "da", "do", "dos", "das", "al", "&"}
#: Glue that gives no letter to an acronym ("National Union for the Total ...").
_SILENT = {"of", "the", "for", "and", "on", "in", "to", "&"}
#: Sectors whose phrases are the state itself when the sentence names its country ("the
#: regime", "the government").
STATE_SECTORS = {"GOV"}
#: Sectors that are the state's organs: "Israeli soldiers", "the Cuban government",
#: "Russia's forces" are the country (as the events stage and its tests code them).
STATE_ORGANS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
#: Sectors of groups that stand apart from (often against) their state: a demonym in
#: front makes a group with that country ("Palestinian protesters", "Lebanese gunmen",
#: "Tunisian civil society"). Other sectors' members ("Nigerian teachers", "Afghan
#: refugees") are coded as the country, as the events stage and its tests expect.
OWN_GROUPS = {"OPP", "REB", "UAF", "PRM", "CRM", "SOC", "CVL"}
#: Nouns for a whole people or its ordinary members: "the Ukrainian people", "three Iraqi
#: civilians" are the country (CAMEO: UKR, IRQ CVL).
PEOPLE_NOUNS = {"people", "peoples", "population", "public", "citizens", "citizenry",
                "nation", "populace", "civilians", "civilian", "residents", "villagers",
                "inhabitants", "nationals"}
#: Heads of a national body's name: "Cuban Ministry of the Interior" is written
#: "Ministry of the Interior of Cuba", as the body calls itself in English.
BODY_HEADS = {"ministry", "police", "party", "forces", "army", "navy", "guard", "parliament",
              "directorate", "government", "gendarmerie", "militia", "assembly"}


def is_acronym(text: str) -> bool:
    """ "MININT", "TDP", "SPLM/A", "MINFAR": short, mostly capitals, starting with one."""
    letters = [c for c in text if c.isalpha()]
    if not (2 <= len(text) <= 12) or len(letters) < 2 or not text[:1].isupper():
        return False
    if not re.fullmatch(r"[A-Za-z0-9/&.\-]+", text):
        return False
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper / len(letters) >= 0.6


def _fits(words: list[str], acr: str, loose: bool) -> bool:
    """Whether ``words`` spell ``acr``: each letter is the initial of one word (in any
    order, for names translated from languages that put the noun first: "National
    Revolutionary Police (PNR)"), or, ``loose``, the letters run through the words in
    order from the first word's initial ("Ministry of the Interior (MININT)")."""
    letters = [c.lower() for c in acr if c.isalpha()]
    if not letters or not words:
        return False
    initials = [w[0].lower() for w in words if w.lower() not in _SILENT and w[:1].isalpha()]
    if not loose:
        return Counter(letters) <= Counter(initials) and len(initials) <= len(letters) + 1
    if words[0][0].lower() != letters[0] or len(words) > min(len(acr) + 5, 2 * len(acr)):
        return False
    text = " ".join(words).lower()
    k = 0
    for c in letters:
        k = text.find(c, k)
        if k < 0:
            return False
        k += 1
    return True


def acronym_definitions(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, acronym) for every "<Name> (<ACRONYM>)": the name is the shortest run
    of capitalised words (and the glue between them) just before the bracket that spells
    the acronym."""
    out = []
    for t in doc:
        if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")" or t.i == 0:
            continue
        acr = doc[t.i + 1].text
        if not is_acronym(acr):
            continue
        run = []
        i = t.i - 1
        while i >= 0 and t.i - i <= 12:
            w = doc[i]
            if w.text[:1].isupper() and (w.is_alpha or "-" in w.text or "'" in w.text):
                run.append(i)
            elif w.lower_ in NAME_GLUE or (w.text in ("-", "’s", "'s") and run):
                run.append(i)
            else:
                break
            if w.is_sent_start:
                break
            i -= 1
        starts = [k for k in run if doc[k].text[:1].isupper()]   # nearest first
        for loose in (False, True):     # initials first, then letters in order
            k = next((k for k in starts if _fits(
                [w.text for w in doc[k:t.i] if w.text not in ("-", "’s", "'s")], acr, loose)), None)
            if k is not None:
                out.append((k, t.i, acr))
                break
    return out


def demonym_of(kb, iso3: Optional[str], written: Optional[str] = None) -> Optional[str]:
    """The adjective for a country ("Cuban"), or None. With the word the text wrote for the
    country, the adjective of that name: "Burma's military" -> "Burmese", "Myanmar's" ->
    "Myanmar" (the text's own usage, as a reader would name the group)."""
    c = kb.countries.get(iso3) if iso3 else None
    if c is None:
        return None
    if written:
        w = written.replace("’s", "").replace("'s", "")
        if w in c.demonyms:
            return w
        def common(d: str) -> int:      # letters shared at the start: "Burm(a)", "Burm(ese)"
            return len(os.path.commonprefix([d.lower(), w.lower()]))
        best = max((d for d in c.demonyms if not d.endswith("s") or d.endswith("ss")), key=common, default=None)
        if best is not None and common(best) >= 4:
            return best
    for d in c.demonyms:
        if not d.endswith("s") or d.endswith("ss"):
            return d
    return c.demonyms[0] if c.demonyms else None


def _country_word(tok: Token, kb) -> Optional[str]:
    """The ISO3 a capitalised country name or demonym names ("Iraqi", "Tunisia's")."""
    if not tok.text[:1].isupper():
        return None
    c = kb.country(tok.text.replace("’s", "").replace("'s", ""))
    return c.iso3 if c is not None else None


def sector_of(tok: Token, kb) -> Optional[tuple[str, list[Token]]]:
    """(sector, the modifiers that belong to the noun) for a sector noun head: "troops",
    "civil society" (a two-word noun), "Kurds" (a people: no sector)."""
    if tok.pos_ == "NOUN":
        for c in tok.lefts:
            if c.dep_ in ("amod", "compound") and c.i == tok.i - 1 and c.is_lower:
                s = kb.sector_noun(f"{c.lower_} {tok.lower_}")
                if s is not None:
                    return s, [c]
        s = kb.sector_noun(tok.lower_) or kb.sector_noun(tok.lemma_.lower())
        if s is not None:
            return s, []
    return None


def body_name(kb, tokens: list[Token]) -> str:
    """A national body's name as it names itself: "Cuban Ministry of the Interior" ->
    "Ministry of the Interior of Cuba", "Cuban Communist Party" -> "Communist Party of
    Cuba"; other names as written."""
    text = " ".join(t.text for t in tokens).replace(" - ", "-").replace(" ’s", "’s").replace(" 's", "'s")
    if len(tokens) < 3 or not tokens[0].text[:1].isupper():
        return text
    c = kb.country(tokens[0].text)
    if c is None or c.via != "demonym":
        return text
    rest = tokens[1:]
    cut = next((k for k, t in enumerate(rest) if t.lower_ in ("of", "for")), len(rest))
    if cut == 0 or rest[cut - 1].lower_ not in BODY_HEADS:
        return text
    return " ".join(t.text for t in rest).replace(" - ", "-") + f" of {c.name}"


#: Adjectives that judge a group rather than say what it is: "peaceful protesters" in
#: Cuba are "Cuban protesters"; "armed", "Christian", "opposition" stay in the name.
EVALUATIVE = {"peaceful", "vibrant", "brave", "courageous", "dynamic", "innocent", "angry",
              "heroic", "valiant", "defenseless", "defenceless", "ordinary", "many", "other",
              "several", "local", "young", "old", "frustrated", "desperate", "hungry", "poor",
              "fearless", "determined", "tireless", "vocal", "active", "independent",
              "thriving", "robust", "free", "vital", "resilient", "loyal", "peaceable",
              "nonviolent", "non-violent", "bold", "dedicated", "committed", "numerous",
              "countless", "hundreds", "thousands", "dozens", "various", "certain", "some",
              "unidentified", "unknown", "alleged", "suspected", "so-called", "defeated",
              "authoritarian", "repressive", "brutal", "corrupt", "illegitimate", "oppressive",
              "relevant", "key", "concerned", "responsible", "all"}
#: The usual spelling of a group noun, for the name (the mention keeps the text's).
SPELLINGS = {"protestors": "protesters", "protestor": "protester"}
#: Words that say who backs a group, not whose it is: "Russian-backed separatists".
SUPPORT_WORDS = {"backed", "supported", "sponsored", "funded", "financed", "armed", "trained",
                 "allied", "aligned", "affiliated", "linked", "leaning", "friendly", "led",
                 "controlled", "installed", "appointed", "occupied", "held", "born", "pro",
                 "anti", "based"}


def group_name(kb, iso3: Optional[str], mods: list[Token], head: Token) -> str:
    """ "Tunisian civil society", "Cuban protesters", "Turkish Kurd refugees": the
    demonym, the words that say what kind of group it is, the noun; no evaluative
    adjectives, determiners or numbers."""
    words = [t.text for t in mods if t.lower_ not in EVALUATIVE and not _country_word(t, kb)
             and t.dep_ in ("amod", "compound", "nmod") and t.pos_ in ("ADJ", "NOUN", "PROPN")
             and not t.like_num]
    dem = demonym_of(kb, iso3, next((t.text for t in mods if _country_word(t, kb) == iso3), None))
    noun = SPELLINGS.get(head.lower_, head.text) if head.is_lower else head.text
    if head.pos_ == "NOUN" and head.is_sent_start and head.text[1:].islower():
        noun = SPELLINGS.get(head.lower_, head.lower_)    # "Prisoners rioted ...": prisoners
    return " ".join(([dem] if dem else []) + words + [noun])


#: Words that say a military holds power: then "the Burmese military" is the rulers, an
#: actor beside the state they hold, not the state's organ.
_RULE_WORDS = {"coup", "junta", "putsch", "takeover"}
_RULER_HEADS = {"regime", "junta", "authorities", "rulers", "leadership", "government"}


def military_rules(doc: Doc) -> bool:
    """Whether the text has a military in power: a coup, a junta, "the military regime"."""
    return any(t.lower_ in _RULE_WORDS or (t.lower_ in _RULER_HEADS and any(
        c.lower_ == "military" and c.dep_ in ("amod", "compound") for c in t.children)) for t in doc)


def describes_a_name(tok) -> bool:
    """ "Iranian-American journalist and activist Masih Alinejad": a singular noun that runs
    on into a person's name describes that person; it is no group."""
    if tok.tag_ != "NN":
        return False
    doc, k = tok.doc, tok.i + 1
    while k < len(doc) and k <= tok.i + 4 and (doc[k].lower_ == "and" or (
            doc[k].pos_ == "NOUN" and doc[k].tag_ == "NN")):
        k += 1
    return k < len(doc) and doc[k].ent_type_ == "PERSON"


def demonym_groups(doc: Doc, kb, taken: set, known: set) -> list[tuple[int, int, str, str, Optional[str], str]]:
    """(start, end, iso3, name, sector, kind) for every sector noun (or plural people)
    led by one demonym or country: "Lebanese gunmen", "Israeli troops", "Iraqi Kurds",
    "Tunisia's vibrant civil society". Left out: the state's own government ("the Cuban
    government", "Hungarian officials"), a whole people ("the Ukrainian people"), a
    possessor's state organs ("Russia's forces"), several countries ("Hungarian and
    Romanian officials") and backers ("Russian-backed separatists")."""
    out = []
    rules = None            # whether the text has a military in power, found when needed
    for tok in doc:
        if tok.i in taken or tok.i in known or tok.lower_ in PEOPLE_NOUNS \
                or tok.lemma_.lower() in PEOPLE_NOUNS:
            continue
        # "Bosnian Serbs", "Croatian Serbs": one people living in another country, coded
        # by the country the demonym in front names
        nation = _country_word(tok, kb)
        if nation and not (tok.tag_ == "NNPS" and tok.text.endswith("s")
                           and kb.country(tok.text).via == "demonym"):
            continue
        hit = sector_of(tok, kb)
        people = hit is None and (nation is not None or (
            tok.tag_ == "NNPS" and tok.ent_type_ in ("NORP", "PERSON")))
        if hit is None and not people:
            continue
        sector = hit[0] if hit else None
        phrase = " ".join([t.lower_ for t in hit[1]] + [tok.lower_]) if hit else None
        collective = hit is not None and (kb.sector_noun_kind(phrase) or ("", ""))[1] == "collective"
        if sector == "MIL" and tok.lower_ == "military" and rules is None:
            rules = military_rules(doc)     # (once per text, and only where it matters)
        ruling = sector == "MIL" and tok.lower_ == "military" and bool(rules)
        if sector is not None and sector not in OWN_GROUPS and not collective and not ruling:
            continue            # "Israeli soldiers", "Nigerian teachers": the country
                                # (but "Libyan political leaders" are a collective of theirs)
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]
        if not mods or describes_a_name(tok):
            continue
        start = min(c.left_edge.i for c in mods)
        while start < tok.i and doc[start].dep_ in ("det", "predet", "nummod", "quantmod") \
                or doc[start].like_num:
            start += 1
        span = doc[start:tok.i + 1]
        if any(t.i in taken or t.i in known or t.dep_ in ("cc", "conj", "prep", "appos")
               or t.lower_ in SUPPORT_WORDS for t in span):
            continue
        countries = {t.i: _country_word(t, kb) for t in span[:-1] if _country_word(t, kb)}
        if len(set(countries.values())) != 1 or nation in countries.values():
            continue
        if any(doc[i].dep_ == "poss" or doc[i + 1].text in ("’s", "'s") for i in countries) \
                and sector is None:
            continue                # "Russia's Chechens": a possession, not a group
        iso = next(iter(countries.values()))
        kind = "group"
        if hit:
            sk = kb.sector_noun_kind(tok.lower_)
            kind = "organization" if sk and sk[1] == "organization" else "group"
        name = group_name(kb, iso, [t for t in span[:-1]], tok)
        out.append((start, tok.i + 1, iso, name, sector, kind))
    return out


#: Nouns for the members of a people, faith or movement that are no sector of their own:
#: "Yoruba leaders", "Ibo traditional elders", "Hausa politicians", "Islamic
#: fundamentalists" (with the sector nouns: "Shona rebels", "Tamil civilian refugees").
MEMBER_NOUNS = {"leaders", "elders", "politicians", "fundamentalists", "settlers", "hackers",
                "prisoners", "supporters", "members", "chiefs", "tribesmen", "youths",
                "fighters", "gunmen", "extremists", "nationalists", "radicals", "militiamen",
                "loyalists", "followers", "clansmen", "guerrilla", "guerillas", "detainees",
                "herders", "herdsmen", "nomads", "villagers", "tribes", "clans"}
#: Entity labels of a capitalised word that may name a people or a faith (the small model
#: labels "Yoruba", "Shona" GPE, "Karen", "Hutu" PERSON, "Hausa" ORG).
_IDENTITY_LABELS = {"NORP", "GPE", "PERSON", "ORG", ""}


def identity_groups(doc: Doc, kb, taken: set, known: set) -> list[tuple[int, int, str, Optional[str], Optional[str]]]:
    """(start, end, name, sector, iso3) for a group named by a people or a faith that is no
    country: "Yoruba leaders", "Shona rebels", "the main Hutu rebel group", "Moslem
    fundamentalist demonstrators". PLOVER codes such a group by the country it is in (the
    ethnicity or religion is a third-level attribute): a demonym in front of the people's
    name gives it ("Turkish Kurd refugees": TUR), else the caller takes it from the
    sentence (iso3 None). The word must be capitalised inside the sentence and no country, place,
    body, region, title or common word: "Senior officials", "European leaders", "Syrian
    rebels" are not such groups."""
    out = []
    for tok in doc:
        if tok.i in taken or tok.i in known or tok.pos_ != "NOUN":
            continue
        if not identity_head(tok, kb):
            continue
        sector = kb.sector_noun(tok.lower_) or kb.sector_noun(tok.lemma_.lower())
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
        names = [c for c in mods if _identity_word(c, kb)]
        if len(names) != 1:
            continue
        first = names[0]
        iso = None
        nations = [c for c in mods if _country_word(c, kb)] + [
            c for c in first.lefts if c.dep_ in ("amod", "compound") and _country_word(c, kb)]
        if nations:                 # "Turkish Kurd refugees", "Iranian Baluch refugees"
            nation = nations[0]
            if len(nations) != 1 or nation.i != first.i - 1 or nation.i in taken \
                    or nation.i in known:
                continue
            iso, first = _country_word(nation, kb), nation
        if any(t.i in taken or t.i in known or t.lower_ in SUPPORT_WORDS or t.is_punct
               for t in doc[first.i:tok.i + 1]):
            continue
        if any(c.dep_ in ("amod", "compound", "nmod") and c.i < first.i
               and c.text[:1].isupper() for c in mods):
            continue                # "Bosnian Moslem leaders": a longer name, not this
        words = [t for t in doc[first.i:tok.i] if t.lower_ not in EVALUATIVE]
        name = " ".join([t.text for t in words] + [SPELLINGS.get(tok.lower_, tok.text)])
        if sector in (None, "UNK"):         # "the Hutu rebel group": rebels
            sector = next((kb.sector_noun(t.lower_) for t in words[1:]
                           if kb.sector_noun(t.lower_) not in (None, "UNK")), sector)
        out.append((first.i, tok.i + 1, name, sector, iso))
    return out


def identity_head(tok: Token, kb) -> bool:
    """Whether a noun may head a people's or a faith's group: a sector noun that is not
    the state's ("rebels", "refugees", "forces"; not "police", "government") or a member
    noun ("leaders")."""
    if tok.pos_ != "NOUN":
        return False
    sector = kb.sector_noun(tok.lower_) or kb.sector_noun(tok.lemma_.lower())
    if sector is None:
        return tok.lower_ in MEMBER_NOUNS
    return sector not in STATE_ORGANS or sector == "MIL"    # "Moslem forces" are no army's


def _identity_word(tok: Token, kb) -> bool:
    """A capitalised word that may name a people or a faith ("Yoruba", "Moslem")."""
    text = tok.text
    if not text[:1].isupper() or not text.isalpha() or len(text) < 3 or text.isupper() \
            or tok.pos_ not in ("PROPN", "ADJ") or tok.ent_type_ not in _IDENTITY_LABELS:
        return False
    if tok.is_sent_start and tok.pos_ == "ADJ" and tok.ent_type_ != "NORP":
        return False                # "Senior officials": capitalised by its place
    low = tok.lower_
    if low in kb.regions or low in kb.title_words or low in kb.common_words or low in EVALUATIVE:
        return False
    if kb.country(text) or kb.city(text) or kb.body(text) or kb.person(text) \
            or kb.fuzzy_country(text):
        return False                # "Phillippines military": a misspelt country
    return True


def ethnic_groups(doc: Doc, kb, taken: set, known: set) -> list[tuple[int, int, str, str, Optional[str]]]:
    """(start, end, name, iso3 of the demonym, sector) for a people named as an ethnicity:
    "ethnic Albanians", "ethnic Turkish farmers". Such a group is a minority where it
    lives, and PLOVER codes it by that country, not by the nation its name comes from
    (the caller takes the place from the phrase or the sentence)."""
    out = []
    for tok in doc:
        if tok.lower_ != "ethnic" or tok.i + 1 >= len(doc) or tok.i in taken:
            continue
        nxt = doc[tok.i + 1]
        c = kb.country(nxt.text) if nxt.text[:1].isupper() else None
        if c is None or c.via != "demonym" or nxt.i in taken or nxt.i in known:
            continue
        head = nxt
        if not (nxt.text.endswith("s") and nxt.pos_ in ("PROPN", "NOUN")):
            head = nxt.head         # "ethnic Albanian guerrillas"
            if head.i != nxt.i + 1 or head.pos_ != "NOUN" or head.i in taken \
                    or not (sector_of(head, kb) or head.lower_ in PEOPLE_NOUNS
                            or head.lower_ in MEMBER_NOUNS):
                continue
        hit = sector_of(head, kb)
        words = [t.text for t in doc[tok.i:head.i + 1]]
        out.append((tok.i, head.i + 1, " ".join(words), c.iso3, hit[0] if hit else None))
    return out


#: Heads of a movement's or a party's name: "the Azadliq opposition coalition", "the Sadr
#: movement".
MOVEMENT_HEADS = {"coalition", "alliance", "movement", "front", "bloc", "faction", "party",
                  "militia", "group"}


def named_movements(doc: Doc, kb, taken: set, known: set) -> list[tuple[int, int, str, Optional[str]]]:
    """(start, end, name, sector) for a movement named by a word the NER does not know:
    "the Azadliq (Freedom) opposition coalition", "the Sadr movement". Its country is the
    sentence's (given by the caller), as for an office-holder the text gives none."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lower_ not in MOVEMENT_HEADS or tok.i in taken or tok.i in known:
            continue
        names = [c for c in tok.lefts if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                 and _identity_word(c, kb) and c.ent_type_ in ("", "PERSON", "NORP", "GPE")]
        if len(names) != 1:
            continue
        first = names[0]
        if any(t.i in taken or t.i in known or (t.is_punct and t.text not in "()")
               for t in doc[first.i:tok.i + 1]):
            continue
        words = [t for t in doc[first.i:tok.i + 1] if t.lower_ not in EVALUATIVE]
        name = " ".join(t.text for t in words).replace("( ", "(").replace(" )", ")")
        sector = next((kb.sector_noun(t.lower_) for t in reversed(words)
                       if t.is_lower and kb.sector_noun(t.lower_)), None)
        out.append((first.i, tok.i + 1, name, sector))
    return out


#: Words that may head a collective only with a modifier that says which: "faith
#: leaders", "House members", "business owners" (never bare "leaders").
_BARE_NEVER = {"leaders", "members", "owners", "representatives", "communities"}


#: Collectives of the world's states, named in the singular: no country is theirs.
WORLD_COLLECTIVES = {"international community", "all countries", "all states", "all nations"}
# ("We urge all countries to ...": the world's states, no one state's)


def collective_sector(tok: Token, kb) -> Optional[tuple[str, str]]:
    """(sector, phrase) of a plural noun that names a collective by what its members do:
    "legislators", "faith leaders", "business, university and health care leaders",
    "Attorneys General" (CAMEO codes such agents by sector: REL, BUS, LEG...). Only the
    knowledge base's collectives: bare "workers" or "people" stay with their country."""
    head = tok.lower_
    if head == "general" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "attorneys":
        head = "attorneys general"
    elif tok.i > 0 and f"{tok.doc[tok.i - 1].lower_} {head}" in WORLD_COLLECTIVES:
        phrase = f"{tok.doc[tok.i - 1].lower_} {head}"     # the states of the world, singular
        hit = kb.sector_noun_kind(phrase)
        return (hit[0], phrase) if hit and hit[1] == "collective" else None
    elif tok.tag_ not in ("NNS", "NNPS"):
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    mods += [cc for c in mods for cc in c.conjuncts]    # "business, university and ... leaders"
    for c in sorted(mods, key=lambda t: -t.i):
        prev = tok.doc[c.i - 1].lower_ if c.i > 0 else ""
        for phrase in (f"{prev} {c.lower_} {head}", f"{c.lower_} {head}"):
            hit = kb.sector_noun_kind(phrase)
            if hit and hit[1] == "collective":
                return hit[0], phrase
    hit = kb.sector_noun_kind(head)
    if hit and hit[1] == "collective" and head not in _BARE_NEVER:
        return hit[0], head
    if head in _BARE_NEVER:     # "leaders from legacy civil rights organizations", "members
        for p in tok.children:  # of faith communities": the sector of whom they lead
            if p.dep_ == "prep" and p.lower_ in ("of", "from"):
                for g in p.children:
                    if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS"):
                        inner = collective_sector(g, kb)
                        sector = inner[0] if inner else kb.sector_noun(g.lower_)
                        if sector and sector not in _STATE_ONLY:
                            return sector, f"{head} {p.lower_} {g.lower_}"
    return None


#: Sectors whose bare plural is some state's organ ("officials", "troops"): no
#: collective of their own, the sentence's country decides.
_STATE_ONLY = {"GOV", "MIL", "COP", "SPY", "UNK"}


#: Words that count or quantify a group, never part of its name ("more than 20 ...").
COUNTING = {"more", "than", "over", "nearly", "almost", "about", "around", "some", "all",
            "few", "dozen", "dozens", "hundreds", "thousands", "several", "each", "both"}
