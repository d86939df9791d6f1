"""One event per happening: every pair of a group, the host of third-party talks,
one agreement with what was agreed, one event for repeated mentions."""
from __future__ import annotations

from dataclasses import replace as dc_replace
from typing import Optional

from spacy.tokens import Doc

from ..schema import Event
from . import coding


def _pairwise(ev: Event) -> list[Event]:
    """A reciprocal event among a group of three or more ("the UAE, the US and Israel met")
    stands for every pair: A-B and A-C are the first event, B-C the next."""
    group = getattr(ev, "_group", None) or []
    out = [ev]
    for i in range(1, len(group) - 1):
        out.append(dc_replace(ev, actor=[group[i]], recipient=group[i + 1:]))
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
