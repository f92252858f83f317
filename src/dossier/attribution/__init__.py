"""Attribution: who says what, with what cue, content, stance and form.

Public interface: ``extract_attributions(doc, entities) -> list[Attribution]``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from dossier.attribution.conduits import find_conduits
from dossier.attribution.extract import Draft, build_drafts
from dossier.attribution.rebuttals import find_rebuttals
from dossier.attribution.roles import relative_antecedent
from dossier.attribution.sources import (
    FIRST_PERSON,
    anonymity_reasons,
    body_antecedent,
    core,
    describe_source,
    interview_turns,
    is_pronoun,
    named_antecedent,
    resolve,
    sentence_antecedent,
    turn_speaker,
    with_anonymity,
)
from dossier.attribution.stance import cue_stance
from dossier.nlp import text_span, token_spans
from dossier.schema import Attribution, Entity, Source, TextSpan

__all__ = ["extract_attributions"]


def extract_attributions(doc: Doc, entities: list[Entity]) -> list[Attribution]:
    """Every attribution in ``doc``: source, cue, content, stance, form and nesting, in text order."""
    drafts, quotes = build_drafts(doc)
    drafts = find_rebuttals(doc, drafts)  # "..., a charge New Delhi denies"
    text = quotes.text
    drafts, conduits = find_conduits(drafts, doc, text, entities)
    reasons = anonymity_reasons(text)
    turns = interview_turns(doc, entities)  # "Armitage: ... I think ...": who "I" is in a transcript
    sources: list[Source | None] = []
    described: list[Source] = []
    for draft in drafts:
        source = None
        if draft.source:
            source = describe_source(draft.source, text, entities)
            antecedent = relative_antecedent(draft.source, draft.cue)
            if antecedent:  # "Burns, who said ...": "who" takes the description of "Burns"
                source = replace(
                    describe_source(antecedent, text, entities), text=source.text, spans=source.spans
                )
            elif (speaker := turn_speaker(draft.source, turns)) is not None and not draft.quotes:
                source = replace(
                    describe_source(speaker, text, entities), text=source.text, spans=source.spans
                )
            elif (plural := sentence_antecedent(draft.source, draft.content, entities)) is not None and not (
                draft.quotes and not draft.mixed
            ):
                source = replace(
                    describe_source(plural, text, entities), text=source.text, spans=source.spans
                )
            elif is_pronoun(draft.source):
                resolved = resolve(source, draft.source, described)
                # the last speaker carries a quote on ('"...," he said'); elsewhere, or where no speaker
                # fits, the pronoun's antecedent in the text is who speaks
                direct = bool(draft.quotes) and not draft.mixed
                named = (
                    named_antecedent(draft.source, draft.content, entities, described)
                    if resolved.entity is None or not direct
                    else None
                )
                if named is not None:
                    found = describe_source(named, text, entities)
                    # as the article described that speaker before, where it did ("..., a professor at ...")
                    found = next((d for d in reversed(described) if _same(d, found)), found)
                    resolved = replace(found, text=source.text, spans=source.spans, anonymity=None)
                source = resolved
            if (body := body_antecedent(draft.source, source, entities)) is not None:
                named = entities[body]
                source = replace(
                    source,
                    entity=body,
                    kind="organization" if source.kind == "unspecified" else source.kind,
                    country=source.country or named.country,
                    sector=source.sector or named.sector,
                )
            source = with_anonymity(source, reasons, source.spans[0][0])
            source = _as_described_before(source, described)
            described.append(source)
        sources.append(source)
    sources = _speakers_of_quotes(drafts, sources)
    out = []
    for draft, source, conduit in zip(drafts, sources, conduits, strict=True):
        content = text_span(text, draft.content) if draft.content else None
        via = describe_source(conduit, text, entities) if conduit else None
        out.append(
            Attribution(
                source=source,
                cue=text_span(text, token_spans(draft.cue, text)),
                content=content,
                stance=_asked(draft, content) or cue_stance(draft.cue),
                form=_form(draft),
                parent=None,
                via=via,
            )
        )
    return _nest(out)


def _asked(draft: Draft, content: TextSpan | None) -> str | None:
    """A label's questions assert nothing ("VOA: Do you hope that China can do more ...?", "Given China's
    growing military might ..., what kind of position does it put the U.S. in ...?"): "other"."""
    if draft.head.text != ":" or content is None:
        return None
    start, end = content.spans[0][0], content.spans[-1][1]
    text = draft.head.doc.text
    said = [text[max(s.start_char, start) : min(s.end_char, end)] for s in draft.head.doc.sents]
    said = [t.rstrip().rstrip("\"'”’") for t in said if t.strip()]
    return "other" if said and all(t.endswith("?") for t in said) else None


def _speakers_of_quotes(drafts: list[Draft], sources: list[Source | None]) -> list[Source | None]:
    """Who says "I" or "we" inside a quote is its speaker, or the speaker's side ('a U.S. State Department
    press officer said: "We do not comment on Congressional correspondence"': the State Department, not
    the last body the article named): the source of the innermost quoting attribution, under the
    pronoun's own words."""
    out = list(sources)
    for i, draft in enumerate(drafts):
        words = core(draft.source) if draft.source else []
        if sources[i] is None or len(words) != 1 or words[0].lower_ not in FIRST_PERSON:
            continue
        at = words[0].idx
        holders = [
            (e - s, j)
            for j, other in enumerate(drafts)
            if j != i and other.quotes and sources[j] is not None
            for s, e in other.content
            if s <= at < e
        ]
        if holders:
            speaker = sources[min(holders)[1]]
            out[i] = replace(speaker, text=sources[i].text, spans=sources[i].spans)
            if words[0].lower_ in ("we", "us"):  # the speaker's side, not the speaker's post
                out[i] = replace(out[i], role=None, count=None)
    return out


def _as_described_before(source: Source, described: list[Source]) -> Source:
    """A source named again without the words that coded it ("Huseyin Bagci of the Foreign Policy
    Institute, a think tank in Ankara, said ..." then "added Bagci") keeps the country, sector and role
    the article gave it the first time: one voice, one code."""
    if source.entity is None or source.country is not None:
        return source
    before = next((d for d in described if _same(d, source) and d.country is not None), None)
    if before is None:
        return source
    return replace(
        source, country=before.country, sector=source.sector or before.sector, role=source.role or before.role
    )


def _same(a: Source, b: Source) -> bool:
    """Do two sources name the same entity?"""
    return a.entity is not None and a.entity == b.entity


def _form(draft: Draft) -> str:
    if draft.quotes and not draft.mixed:
        return "direct"
    return "mixed" if draft.mixed else "indirect"


def _nest(atts: list[Attribution]) -> list[Attribution]:
    """Set ``parent`` to the innermost attribution whose content holds this one's cue (the shortest such
    content span; the earliest attribution on a tie). Content spans are sorted once and bisected: a walk
    over every attribution per attribution was quadratic in long articles."""
    from dataclasses import replace

    rows = sorted(
        (s, e, j, k)
        for j, other in enumerate(atts)
        if other.content is not None
        for k, (s, e) in enumerate(other.content.spans)
    )
    starts = [r[0] for r in rows]
    longest = max((e - s for s, e, _, _ in rows), default=0)
    out = []
    for i, att in enumerate(atts):
        cs = att.cue.spans[0][0]
        low, high = bisect_left(starts, cs - longest + 1), bisect_right(starts, cs)
        holding = [(e - s, j, k) for s, e, j, k in rows[low:high] if s <= cs < e and j != i]
        out.append(replace(att, parent=min(holding)[1] if holding else None))
    return out
