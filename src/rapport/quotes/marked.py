"""Step one, the quotes in quotation marks (spans from marks.py): each is direct or mixed
(inside a reported clause, after an as-clause, under a report noun) and takes the
speaker of its cue or of "according to", or continues the previous speaker's turn;
quoted names and terms are dropped."""
from __future__ import annotations

import bisect
import re
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..actors import ActorTable
from ..layout import text_of
from ..schema import Quote, Span
from .clauses import _according_to, _cue_of, _reported_clause
from .lexicon import cues
from .marks import MIN_DIRECT_WORDS, OPEN_CLOSE, _is_name, _is_sentence, _short_turn
from .speakers import _Speakers, _is_document, _mention_span, _subject, _unrelativise
from .via import _via

#: Title words that may head a speaker phrase whose name the parser hung elsewhere.
TITLE_HEADS = {"secretary", "minister", "president", "spokesperson", "ambassador", "official"}


def _marked(doc: Doc, table: ActorTable, speakers: "_Speakers", qtoks, inside: set[int],
            used_cues: set[int]) -> list[Quote]:
    """Quotes in quotation marks: direct, or mixed when they sit inside a reported clause;
    an unattributed quote right after another continues that speaker's turn."""
    text = text_of(doc)
    quotes: list[Quote] = []
    prev: Optional[Quote] = None
    prev_para = prev_npara = -1
    para_starts = [m.start() for m in re.finditer(r"[^\n]+", text)]
    for s, e, span in qtoks:
        if span is None or not text[s:e].strip():
            continue
        sent = doc[span.start].sent
        sents = [sent]
        if span.end > sent.end:               # quote spans sentences: look at the last one too
            sents.append(doc[span.end - 1].sent)
        if span.end < len(doc):
            sents.append(doc[min(span.end, len(doc) - 1)].sent)
        words = len(text[s:e].split())
        cue, kind = None, "direct"
        for st in dict.fromkeys(sents):
            cue = _cue_of(st, inside)
            if cue is not None:
                sent = st
                break
        para = text.count("\n", 0, s)
        # the paragraph's number, blank lines or not, and whether the quote opens it
        npara = bisect.bisect_right(para_starts, s)
        opens_para = npara > 0 and para_starts[npara - 1] == s - 1
        if cue is None:
            # mixed via a thought verb ("believes that it would be 'very good'")
            cue = _cue_of(sent, inside, strength=("thought",))
            if cue is not None and span.start > cue.i:
                kind = "mixed"
            else:
                cue = None
        noun = _cue_noun_over(span, cue)
        owner = speakers.owner(noun) if noun is not None else None
        by_noun = cue is None and owner is not None
        if by_noun:
            # "We welcome the report and its conclusion that “...”": the noun is the cue
            cue, kind = noun, "mixed"
        speaker_tok = _unrelativise(_subject(cue), cue, table) if cue is not None and not by_noun \
            else noun if by_noun else None
        if cue is not None and not by_noun and (speaker_tok is None or speaker_tok.lower_ in TITLE_HEADS):
            # "said Under Secretary Uzra Zeya": the parser may miss the inverted subject
            after = next((t for t in doc[cue.i + 1:min(cue.sent.end, cue.i + 15)]
                          if table.at(t) and table.by_id(table.at(t)).kind == "person"), None)
            while after is not None and after.head.i != after.i and table.at(after.head) == table.at(after):
                after = after.head          # the head word of that mention
            speaker_tok = after or speaker_tok
        if cue is not None and kind == "direct" and (_is_embedded(span, cue) or (
                _is_embedded(span, cue, loose=True) and text[:s - 1].rstrip()[-1:] not in ":,")):
            kind = "mixed"          # inside what the cue governs, not set off by : or ,
        if cue is not None and kind == "direct" and _in_host(span, cue):
            kind = "mixed"          # "has shocked the world and, as X attested, “bathed ...”"
        speaker = owner if by_noun else speakers.resolve(speaker_tok)
        relay = None
        if owner is not None and not by_noun and owner != speaker:
            # "We note the report's findings, including the determination that “...”": the
            # words are the report's; the verb's subject only relays them
            relay, speaker, speaker_tok, kind = speaker, owner, noun, "mixed"
        acc = _according_to(sent, inside)
        if cue is None and acc is not None:
            speaker_tok, speaker = acc, speakers.resolve(acc)
        if cue is None and speaker_tok is None:
            # a quote with no attribution continues the previous speaker's turn
            # (the next line, or a next paragraph that opens with the quote: the newspaper
            # convention for a quote running over paragraphs)
            if prev is not None and words >= MIN_DIRECT_WORDS and _is_sentence(text[s:e]) \
                    and (para - prev_para <= 1 or opens_para and npara - prev_npara == 1):
                quotes.append(Quote(id=f"q{len(quotes) + 1}", text=text[s:e], start=s, end=e,
                                    kind="direct", speaker=prev.speaker,
                                    speaker_mention=prev.speaker_mention, cue=prev.cue,
                                    via=list(prev.via)))
                prev_para, prev_npara = para, npara
            continue
        if kind == "direct" and words < MIN_DIRECT_WORDS and not _is_sentence(text[s:e]) \
                and (cue is None or not (_is_embedded(span, cue, loose=True)
                                         or text[s:e].rstrip()[-1:] in ",.!?")):
            continue            # a term in quotation marks; "“We agree,” he said" is speech
        qtext, qs, qe = text[s:e], s, e
        clause_span = None
        if kind == "mixed" and cue is not None:
            clause = _reported_clause(cue)
            # the sentence's full stop inside the marks ("was “extremely serious.”") lies
            # outside the clause the parser gives: the quoted words still sit in it
            core_e = s + len(text[s:e].rstrip(" .,;:!?"))
            if clause is not None and clause.start_char <= s and clause.end_char >= core_e:
                end = clause.end_char
                if end < e:         # take the stop and the closing mark into the clause
                    end = e + 1 if text[e:e + 1] in set(OPEN_CLOSE.values()) else e
                clause_span = Span(clause.start_char, end, text[clause.start_char:end])
        if words <= 2 and clause_span is None and not _is_sentence(qtext) \
                and not (kind == "direct" and _short_turn(text, s, e)):
            continue            # a quoted term outside any reported clause: not speech
        if _is_name(qtext) or kind == "mixed" and _is_name(qtext.rstrip(".")):
            continue            # “Netzah Yehuda”, “Western Europe and Others”: a name
        if cue is not None:     # only a cue that introduced speech is taken
            used_cues.add(cue.i)
        speakers.note(speaker_tok, speaker)
        via = _via(sent, inside, table, speaker_tok, cue)
        if relay is not None and table.by_id(relay) is not None:
            via = [n for n in [table.by_id(relay).name] + via if n]
        q = Quote(id=f"q{len(quotes) + 1}", text=qtext, start=qs, end=qe, kind=kind,
                  speaker=speaker,
                  speaker_mention=_mention_span(speaker_tok) if speaker_tok is not None else None,
                  cue=(cue.text if cue is not None else "according to"),
                  cue_span=(Span(cue.idx, cue.idx + len(cue.text), cue.text) if cue is not None else None),
                  via=via, clause=clause_span)
        quotes.append(q)
        prev, prev_para, prev_npara = q, para, npara
    return quotes


def _in_host(span: SpacySpan, cue: Token) -> bool:
    """Quoted words after a parenthetical "as X said" that carry on the narrator's own
    sentence (their head lies outside both the quote and the as-clause) are mixed."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return False
    clause = {t.i for t in cue.subtree}
    root = next((t for t in span if not (span.start <= t.head.i < span.end) or t.head == t), None)
    if root is None:
        return False
    if root.head == root:
        # the parser made the quoted words the main clause: mixed when the narrator's
        # words come before the as-clause ("The shelling has shattered the town and, as")
        return cue.head == root and any(
            not (t.is_punct or t.is_space or t.dep_ == "cc") for t in root.sent
            if t.i < min(clause) and t.i not in clause)
    return root.head.i not in clause


def _cue_noun_over(span: SpacySpan, cue: Optional[Token]) -> Optional[Token]:
    """The report or statement noun whose clause holds the quoted words ("the
    determination that “...”", "a failure to “...”" joined to it), when it is nearer
    to them than any speech verb."""
    root = next((t for t in span if not (span.start <= t.head.i < span.end) or t.head == t), None)
    t, clausal = root, False
    for _ in range(12):
        if t is None or t.head == t or (cue is not None and t.i == cue.i):
            return None
        clausal = clausal or (t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "ccomp"))
        t = t.head
        if t.pos_ in ("VERB", "AUX") and cues().verbs.get(t.lemma_.lower()) == "speech":
            return None
        if clausal and _is_document(t):
            return t
    return None


def _is_embedded(span: SpacySpan, cue: Token, loose: bool = False) -> bool:
    """True when the quoted words sit inside the clause the cue reports (a mixed quote);
    ``loose``: anywhere in what the cue governs ("calling it “illegal and inhumane”")."""
    clause = _reported_clause(cue)
    if loose:
        sub = [t.i for t in cue.subtree]
        return min(sub) <= span.start and span.end <= max(sub) + 2 and span.start > cue.i
    if clause is None:
        return False
    if not (clause.start <= span.start and span.end <= clause.end + 1):
        return False
    before = cue.doc[clause.start - 1] if clause.start else None
    has_mark = before is not None and before.dep_ == "mark"
    outside = (clause.end - clause.start) - (span.end - span.start)
    return has_mark or outside > 2 or loose
