"""The relays between speaker and reader (``Quote.via``): the channel a cue names
(platforms, posts, outlets: data/channels.tsv), the agent of a relaying verb, "according
to" a source, a medium told, and an outlet relaying the whole sentence."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from ..actors import ActorTable
from .clauses import VIA_VERBS, _reported_clause, _trailing_relay
from .lexicon import channels, cues

#: Prepositions that say where words were posted or aired ("on Telegram", "in a tweet",
#: "via X", "in an interview with CNN").
CHANNEL_PREPS = {"on", "in", "via", "with"}
#: Verbs that put words somewhere ("a transcript posted on the ministry's website").
POSTING_VERBS = {"post", "publish", "release", "broadcast", "air", "share", "upload", "carry",
                 "issue", "put", "televise", "stream"}


def _platform(tok: Token) -> Optional[str]:
    """The platform a token names ("Telegram", the "Social" of "Truth Social")."""
    names = channels().platforms
    for n in (1, 2, 3):
        if tok.i - n + 1 < 0:
            break
        # "on X.": the tokenizer may keep the sentence's full stop on a one-letter name
        name = names.get(tok.doc[tok.i - n + 1:tok.i + 1].text.rstrip("."))
        if name is not None:
            return name
    return None


def _medium(tok: Token) -> bool:
    """A common noun for a kind of outlet ("state media", "the Xinhua news agency")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    media = channels().media
    # the word as written too: "media" is lemmatised "medium"
    return any(" ".join(words[k:] + [w]) in media
               for w in {tok.lemma_.lower(), tok.lower_} for k in range(len(words) + 1))


def _phrase(tok: Token) -> str:
    """The words of a noun phrase up to its head, as written, without "a"/"an"."""
    left = [w for w in tok.subtree if w.i <= tok.i]
    start = min(w.i for w in left)
    while start < tok.i and (tok.doc[start].lower_ in ("a", "an") or tok.doc[start].is_punct):
        start += 1
    return tok.doc[start:tok.i + 1].text


def _outlet(tok: Token, table: ActorTable) -> Optional[str]:
    """The name of a media outlet a noun phrase names: a news actor (sector JRN), also
    through a name modifying it ("the Xinhua news agency"), or a kind of outlet as written
    ("state media")."""
    for t in [tok] + [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss")]:
        a = table.by_id(table.at(t))
        if a is not None and a.sector == "JRN":
            return a.name
    return _phrase(tok) if _medium(tok) else None


def _channel(noun: Token, table: ActorTable, inside: set[int], depth: int = 0) -> Optional[str]:
    """Where words went, read from the object of "on"/"in"/"via"/"with" of a cue or a
    document noun: a news outlet ("in an interview with CNN"), a platform ("on Telegram",
    "in a Facebook post", "in a post on Weibo", "in a video posted on X"), a post that names
    its platform ("in a tweet"), or a kind of outlet ("on state television", "posted on the
    ministry's website")."""
    if noun.i in inside or depth > 3 or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    outlet = next((table.by_id(table.at(t)).name for t in (noun,) if table.at(t)
                   and table.by_id(table.at(t)).sector == "JRN"), None)
    if outlet:
        return outlet
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "via") and _platform(noun):
        return _platform(noun)
    for c in noun.children:
        if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i and _platform(c):
            return _platform(c)         # "a Telegram channel", "his Facebook post"
    for c in noun.children:
        preps = [c] if c.dep_ == "prep" and c.lower_ in CHANNEL_PREPS else \
            [p for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "in", "via")] \
            if c.dep_ == "acl" and c.lemma_.lower() in POSTING_VERBS else []
        for g in (g for p in preps for g in p.children if g.dep_ == "pobj"):
            found = _channel(g, table, inside, depth + 1)
            if found:
                return found
    post = channels().posts.get(noun.lemma_.lower())
    if post:
        return post
    if _medium(noun) and noun.dep_ == "pobj":
        return _outlet(noun, table)
    return None


def _cue_channel(cue: Token, table: ActorTable, inside: set[int]) -> Optional[str]:
    """The channel a speech verb names ("said on Telegram", "wrote in a post on X",
    "tweeted")."""
    for p in cue.children:
        if p.dep_ == "prep" and p.lower_ in CHANNEL_PREPS and p.i not in inside:
            for g in p.children:
                if g.dep_ == "pobj":
                    found = _channel(g, table, inside)
                    if found:
                        return found
    return channels().posts.get(cue.lemma_.lower())


def _relaying_outlets(sent: SpacySpan, cue: Token, inside: set[int], table: ActorTable) -> list[str]:
    """ "The ministry said ..., the Xinhua news agency reported.", "State media said the
    minister told ...": a news outlet that is the subject of another speech verb over the
    cue (or joined to it, not inside what it reports) relays the whole report."""
    lex = cues().verbs
    clause = _reported_clause(cue)
    within = range(clause.start, clause.end) if clause is not None else range(0)
    ancestors = {a.i for a in cue.ancestors}
    out = []
    for v in sent:
        if v.i == cue.i or v.i in inside or v.pos_ != "VERB" \
                or not (lex.get(v.lemma_.lower()) == "speech" or v.lemma_.lower() in VIA_VERBS):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        # ", the Canadian Press reported.": set off by a comma and closing the sentence,
        # even when the parser hung the reported clause on it
        trailing = v.i > cue.i and _trailing_relay(v)
        if v.i in within and not trailing:
            continue            # "said that Reuters reported": the speaker's own source
        if not (trailing or v.i in ancestors or (v.head.i == cue.i or v.head.i in ancestors)
                and v.dep_ in ("ccomp", "parataxis", "advcl", "conj")):
            continue
        name = _outlet(subj, table) if subj is not None and subj.i not in inside else None
        if name:
            out.append(name)
    return out


def _via(sent: SpacySpan, inside: set[int], table: ActorTable, speaker_tok: Optional[Token],
         cue: Optional[Token]) -> list[str]:
    """The relays between speaker and reader, nearest first, in reading order."""
    out: list[str] = []

    def name(t: Token) -> str:
        aid = table.at(t)
        if aid:
            return table.by_id(aid).name
        words = [w for w in t.subtree if w.i <= t.i and w.dep_ not in ("det", "poss", "case")
                 and not (w.dep_ == "compound" and w.head == t and w.lower_ in ("news",))]
        return " ".join(w.text for w in words)

    skip = {speaker_tok.i} if speaker_tok is not None else set()
    if cue is not None:             # "said on Telegram": the nearest relay
        out.append(_cue_channel(cue, table, inside) or "")
    for t in sent:
        if t.i in inside:
            continue
        if t.dep_ == "agent" and t.head.lemma_.lower() in VIA_VERBS:
            for g in t.children:
                if g.dep_ == "pobj" and g.i not in skip:
                    out.append(name(g))
        if t.lower_ == "to" and t.i and t.doc[t.i - 1].lower_ == "according":
            for g in t.children:
                if g.dep_ == "pobj" and g.i not in skip:
                    if cues().nouns.get(g.lemma_.lower()) and not table.at(g):
                        # "according to a statement ...": the releaser names it (below), or
                        # where it was posted ("a transcript posted on the ministry's website")
                        out.append(_channel(g, table, inside) or "")
                        continue
                    # "Spain's EFE news agency": the agency's own name
                    named = [w for w in g.subtree if table.at(w) and w.dep_ != "poss"]
                    out.append(table.by_id(table.at(named[0])).name if named else name(g))
        if cue is not None and t.head == cue and t.dep_ in ("dative", "dobj") and cue.lemma_ == "tell":
            aid = table.at(t)
            if aid and (table.by_id(aid).sector == "JRN"):
                out.append(table.by_id(aid).name)
            elif not aid and _medium(t):
                out.append(_phrase(t))      # "told state television"
    if cue is not None:             # "..., the Xinhua news agency reported": the farthest
        out.extend(_relaying_outlets(sent, cue, inside, table))
    seen: list[str] = []
    for v in out:
        if v and v not in seen:
            seen.append(v)
    return seen
