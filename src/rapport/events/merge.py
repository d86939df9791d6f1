"""One event per happening: every pair of a group, the host of third-party talks,
one agreement with what was agreed, one event for repeated mentions."""
from __future__ import annotations

from dataclasses import replace as dc_replace
from typing import Optional

from spacy.tokens import Doc

from ..schema import Event
from . import coding


def _pairwise(ev: Event, table=None) -> list[Event]:
    """A reciprocal event among a group of three or more ("the UAE, the US and Israel met")
    stands for every pair: A-B and A-C are the first event, B-C the next. Two officials of
    one state are one side ("King Abdullah II and Foreign Minister Safadi of Jordan and Prime
    Minister Bennett ... of Israel" concluded deals: Jordan's two with Israel's two)."""
    group = getattr(ev, "_group", None) or []
    if len(group) < 3 or table is None:
        out = [ev]
        for i in range(1, len(group) - 1):
            out.append(dc_replace(ev, actor=[group[i]], recipient=group[i + 1:]))
        return out

    def one_side(a, b):
        x, y = table.by_id(a), table.by_id(b)
        return x is not None and y is not None and x.kind == y.kind == "person" \
            and x.country is not None and x.country == y.country
    out = []
    for i in range(len(group) - 1):
        others = [r for r in group[i + 1:] if not one_side(group[i], r)]
        if others:
            out.append(ev if i == 0 and others == ev.recipient else
                       dc_replace(ev, actor=[group[i]], recipient=others))
    return out

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


def _three_sides(ev: Event, table) -> Optional[Event]:
    """ "Blinken met with Japanese Foreign Minister Hayashi and Republic of Korea Foreign
    Minister Park": one meeting of three states, so the two met with meet each other too, as
    the dev gold codes a trilateral's every pair. Only an in-person "met with" of exactly two
    others, each of a state other than the host's and each other's."""
    if ev.type != "CONSULT" or ev.mode is not None or len(ev.actor) != 1 \
            or len(ev.recipient) != 2 or ev.trigger.text.lower() not in ("met", "meets", "meet", "meeting"):
        return None
    sides = [table.by_id(x) for x in ev.actor + ev.recipient]
    if any(a is None or not a.country or len(a.country) != 3 or a.country in ("UNO", "EUR", "IGO")
           for a in sides) or len({a.country for a in sides}) != 3:
        return None
    return dc_replace(ev, actor=ev.recipient[:1], recipient=ev.recipient[1:], reciprocal=True,
                      explain=ev.explain + "; the two met with are sides of one meeting too")


def _one_agreement(events: list[Event]) -> list[Event]:
    """ "Saudi Arabia and Iran agreed to restore relations": the agreement (030) and the
    intent it states (032) are one AGREE; "Russia refused to meet Ukraine": the refusal (120)
    and what was refused (125) are one REJECT. The more specific code stays."""
    groups: dict = {}
    for e in events:
        if e.type in ("AGREE", "REJECT"):
            groups.setdefault((e.type, e.evidence.start, frozenset(e.actor + e.recipient)), []).append(e)
    drop, keep = set(), {}
    for same in groups.values():
        if len(same) > 1:
            spec = max(same, key=lambda e: (len(e.cameo), e.cameo[-1] != "0"))
            said = next((e for e in same if e.modality == "asserted"), spec)
            code = coding.lookup(spec.cameo)
            keep[id(said)] = dc_replace(   # the agreeing happened; what was agreed: spec
                said, cameo=spec.cameo, mode=spec.mode, goldstein=code.goldstein if code else said.goldstein,
                quad_class=code.quad_class if code else said.quad_class,
                explain=said.explain + f"; what was agreed or refused: {spec.cameo} ('{spec.trigger.text}')")
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


#: Verbs whose to-clause is a threat made: "Iran threatened to launch an offensive ...".
THREAT_VERBS = {"threaten", "vow"}


def _threats(events: list[Event], doc: Doc) -> list[Event]:
    """ "Iran threatened to launch a new offensive in its war with Iraq unless ...": the
    offensive is hypothetical, the threat against its target was made. When the threat
    verb found no other side itself, the threatened act's sides make a THREATEN (13x)."""
    made = {e.trigger.start for e in events if e.type == "THREATEN"}
    out: list[Event] = []
    for e in events:
        out.append(e)
        if e.modality != "hypothetical" or e.negated or not e.actor or not e.recipient:
            continue
        code = coding.threat_code(e.cameo)
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if code is None or span is None:
            continue
        verb = next((t for t in list(span.root.ancestors)[:3]
                     if t.pos_ == "VERB" and t.lemma_.lower() in THREAT_VERBS), None)
        if verb is None or verb.idx in made:
            continue
        made.add(verb.idx)
        info = coding.lookup(code)
        out.insert(len(out) - 1, dc_replace(
            e, type=info.plover_type if info else "THREATEN", mode=info.plover_mode if info else None,
            cameo=code, goldstein=info.goldstein if info else None,
            quad_class=info.quad_class if info else None, modality="asserted",
            trigger=type(e.trigger)(verb.idx, verb.idx + len(verb.text), verb.text),
            explain=f"threat rule: '{verb.text}' threatens {e.type} ('{e.trigger.text}') "
                    f"-> {code}; sides from the threatened act"))
    return out
