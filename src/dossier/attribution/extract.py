"""Assemble attributions: detect cues, find their sources and contents, attach quotes, nest them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dossier.attribution.features import candidate_at, features_at, is_quote_mark, quote_marks
from dossier.attribution.model import cue_probability, load_cue_model
from dossier.attribution.roles import (
    according_base,
    content_tokens,
    cue_tokens,
    loose_apposition,
    nearby_speaker,
    occasion_phrase,
    source_head,
    source_tokens,
    trim,
)
from dossier.attribution.sources import TURN_LABEL
from dossier.attribution.stance import ANSWERING, no_comment
from dossier.nlp import token_spans
from dossier.nlp.quotes import Quote, find_quotes
from dossier.nlp.spans import doc_text
from dossier.nlp.syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, asks_anonymity, sentence_start
from dossier.nlp.table import TokenTable
from dossier.nlp.words import FORCE_TARGETS, FORCE_VERBS, OCCASION_NOUNS, TIME_NOUNS

MIN_QUOTE_WORDS = 2
BYLINE_DASHES = {"―", "—"}
NESTED_THRESHOLD = 0.08  # a weaker score suffices for a speech or belief verb nested in another content
NESTED_CUES = {"say", "tell", "claim", "deny", "confirm", "know"}
NESTED_BELIEFS = {"believe", "think", "conclude", "assess"}
NESTED_BELIEF_THRESHOLD = 0.04
MAX_GAP_CHARS = 140  # between a quote and the cue that introduces or follows it
UTTERANCE_ENDS = (",", "!", "?", "—", "–", "-", "...", "…")
CLAUSE_AFTER = re.compile(r"[ \t\xa0]*(?:$|\n|[.?!;)]|[,—–―]\s*\S+\s+\S+|[A-Z“\"‘(])")
DATELINE = re.compile(r"[A-Z][A-Z .,'/-]{2,40}(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s*")
TRAILING_JOIN = re.compile(r"[\s,;:—–-]*(?:\b(?:and|but|or|while)\b)?[\s,;:—–-]*$")
SENTENCE_END = re.compile(r"[.!?][\"”'’)]*\s")


@dataclass
class Draft:
    """An attribution being assembled, in character spans."""

    head: Token
    cue: list[Token]
    source: list[Token]
    source_head: Token | None
    content: list[tuple[int, int]]
    quotes: list[Quote] = field(default_factory=list)
    mixed: bool = False


class QuoteIndex:
    """Quoted passages of a document with fast lookups by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        self.quotes = find_quotes(self.text)
        self.starts = [q.outer_start for q in self.quotes]
        self.mask = [False] * len(doc)
        for q in self.quotes:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.mask[i] = True

    def substantial(self, q: Quote) -> bool:
        return len(self.text[q.start : q.end].split()) >= MIN_QUOTE_WORDS

    def before(self, pos: int, bare: bool = False) -> Quote | None:
        """The last quote closing just before ``pos`` that reads as a whole quoted utterance; one that ends
        on a full stop where a comma goes only right before the cue, when the cue opens in lower case or
        has no content of its own and a short source (``bare``)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.quotes[i].outer_end > pos:
            i -= 1
        if i < 0:
            return None
        q = self.quotes[i]
        gap = self.text[q.outer_end : pos]
        if (
            not self.substantial(q)
            or len(gap) > MAX_GAP_CHARS
            or "\n" in gap
            or SENTENCE_END.search(gap + " ")
        ):
            return None
        if not self.opens_clause(q):
            return None
        inner = self.text[q.start : q.end].rstrip().rstrip("'’")
        # ('"... is almost over." she said', '"... in Houston." Chao said, adding that ...')
        run_on = inner.endswith(".") and not gap.strip() and (bare or self.text[pos : pos + 1].islower())
        if not (inner.endswith(UTTERANCE_ENDS) or gap.lstrip().startswith((",", "—", "–", "―")) or run_on):
            return None
        return q

    def after(self, pos: int) -> Quote | None:
        """The first substantial quote opening after ``pos`` with only a short gap of the same sentence."""
        i = bisect.bisect_left(self.starts, pos)
        if i >= len(self.quotes):
            return None
        q = self.quotes[i]
        gap = self.text[pos : q.outer_start]
        if not self.substantial(q) or len(gap) > 60 or SENTENCE_END.search(gap):
            return None
        if "\n" in gap and self._last_char_before(q.outer_start) != ":":
            return None
        if not self.closes_clause(q):
            return None
        words = gap.strip()
        if words and not (words.endswith((",", ":", "—", "–")) and len(words.split()) <= 6):
            return None
        return q

    def resumed(self, pos: int) -> Quote | None:
        """A quote that picks its sentence up again after a long cue clause, set off by a comma and opening
        in lower case ('"A," X wrote in a statement to Wired explaining why ..., "but B."')."""
        i = bisect.bisect_left(self.starts, pos)
        if i >= len(self.quotes):
            return None
        q = self.quotes[i]
        gap = self.text[pos : q.outer_start]
        inner = self.text[q.start : q.end].lstrip()
        if (
            len(gap) > MAX_GAP_CHARS
            or "\n" in gap
            or SENTENCE_END.search(gap)
            or not gap.rstrip().endswith(",")
            or not inner[:1].islower()
        ):
            return None
        return q if self.substantial(q) else None

    def _last_char_before(self, pos: int) -> str:
        j = pos - 1
        while j >= 0 and self.text[j].isspace():
            j -= 1
        return self.text[j] if j >= 0 else ""

    def opens_clause(self, q: Quote) -> bool:
        """Whether the quote starts a sentence, a paragraph or what follows a colon."""
        line_start = self.text.rfind("\n", 0, q.outer_start) + 1
        before = self.text[line_start : q.outer_start].rstrip()
        return not before or before.endswith((".", "?", "!", ":", "”", '"', "''", "—", "–", ")"))

    def closes_clause(self, q: Quote) -> bool:
        """Whether the quote ends its sentence or paragraph (nothing of the same clause follows)."""
        return bool(CLAUSE_AFTER.match(self.text, q.outer_end))

    def closing_at(self, pos: int) -> Quote | None:
        """The quote whose closing mark stands right before ``pos`` (only spaces between)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.quotes[i].outer_end > pos:
            i -= 1
        if i >= 0 and not self.text[self.quotes[i].outer_end : pos].strip():
            return self.quotes[i]
        return None

    def covering(self, start: int, end: int) -> list[Quote]:
        return [q for q in self.quotes if q.start < end and start < q.end]


def detect_cues(
    doc: Doc, quotes: QuoteIndex, threshold: float | None = None, labels: dict[int, Label] | None = None
) -> list[tuple[float, Token]]:
    """Tokens the cue model scores at or above ``threshold`` (the model's own by default), best first; the
    colons of ``labels`` (``_labels``, found here if not given) score 1."""
    if threshold is None:
        threshold = load_cue_model()[1]
    table = TokenTable.of(doc)
    labels = _labels(doc) if labels is None else labels
    marks = quote_marks(table)
    quoted = {table.sentence[i] for i, mark in enumerate(marks) if mark}  # sentences with a quote mark
    found = []
    for i in range(len(table.text)):
        if candidate_at(table, i):
            p = cue_probability(features_at(table, marks, i, quotes.mask[i], table.sentence[i] in quoted))
            byline = table.text[i] in BYLINE_DASHES and _quote_byline(doc[i])
            if byline or i in labels:
                p = 1.0
            if p >= threshold:
                found.append((p, doc[i]))
    found.sort(key=lambda x: (-x[0], x[1].i))
    return found


def _quote_byline(dash: Token) -> bool:
    """A dash between a closing quote mark and a short name ending the line: '"..." ― Sonya Herridge'."""
    doc = dash.doc
    i = dash.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or not is_quote_mark(doc[i]) or doc[i].text in {"“", "‘"}:
        return False
    j = dash.i + 1
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    if j >= len(doc) or doc[j].pos_ != "PROPN":
        return False
    end = j
    while end < len(doc) and "\n" not in doc[end].text_with_ws:
        end += 1
    return end - j <= 6


LABEL_WORDS = 6  # the most words a line's label before its colon has ("CNN President On Trump:")


@dataclass
class Label:
    """Who speaks after a colon, and where what they say ends: the end of the line, or the next turn's
    label in a transcript run together on one line."""

    name: list[Token] | None  # a transcript's turn names who speaks; a line's label is parsed as a source
    end: int


def _names(doc: Doc) -> set[str]:
    """The last words of the persons and bodies the tagger found, lower-cased."""
    return {e[-1].lower_ for e in doc.ents if e.label_ in ("PERSON", "ORG")}


def _line_label(colon: Token, names: set[str]) -> bool:
    """The name before a colon that opens its line, with what they say after it on the same line: a
    headline's "Cecile Richards: 'I'm Sick Of Men Telling Us What To Do'" or a transcript's "TAPPER: Do you
    think ...". The label names a person or a body ("Note:", "Question:", "Update:" name no one) and is no
    clause."""
    doc = colon.doc
    start = colon.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    label = [t for t in doc[start : colon.i] if not t.is_space]
    if not 0 < len(label) <= LABEL_WORDS or any(t.pos_ in ("VERB", "AUX") for t in label):
        return False
    tagged = any(t.ent_type_ in ("PERSON", "ORG") for t in label) and label[-1].pos_ == "PROPN"
    # or a name the tagger missed in a label ("TAPPER:", "Armitage:" read as a noun) that it tagged
    # elsewhere ("JAKE TAPPER", "Richard Armitage")
    if not tagged and not (label[-1].text[:1].isupper() and label[-1].lower_ in names):
        return False
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return sum(t.is_alpha for t in doc[colon.i + 1 : end]) >= 2


def _labels(doc: Doc) -> dict[int, Label]:
    """The colons that open what someone says, by token index: a line's label, and each turn of an
    interview transcript whose labels (two at least, naming persons or bodies) run on within its lines
    ("VOA: During your visit ... Richard Armitage, former U.S. deputy secretary of state: The obvious
    message ... VOA: Three days after ...")."""
    names = _names(doc)
    text = doc_text(doc)
    found: dict[int, Label] = {}
    for tok in doc:
        if tok.text == ":" and _line_label(tok, names):
            end = text.find("\n", tok.idx)
            found[tok.i] = Label(None, len(text) if end < 0 else end)
    turns = []
    for match in TURN_LABEL.finditer(text):
        name = doc.char_span(*match.span("name"), alignment_mode="expand")
        colon = doc.char_span(match.end() - 2, match.end() - 1)
        if name is None or colon is None or colon[0].text != ":":
            continue
        if any(t.ent_type_ in ("PERSON", "ORG") for t in name) or name[-1].lower_ in names:
            turns.append((match.start("name"), colon[0].i, list(name)))
    if len(turns) < 2:
        return found
    for (_, colon, name), following in zip(turns, [t[0] for t in turns[1:]] + [len(text)], strict=True):
        if colon not in found:
            line_end = text.find("\n", doc[colon].idx)
            found[colon] = Label(name, min(following, len(text) if line_end < 0 else line_end))
    return found


def _cut_at_labels(drafts: list[Draft], labels: dict[int, Label]) -> None:
    """What is said after a label ("Armitage: That type of exercise ... was expected") never reaches back
    over the label: a cue inside the turn has its content from the label's colon on."""
    for label in drafts:
        if label.head.i not in labels:
            continue
        colon, text = label.head.idx, label.head.doc.text
        for draft in drafts:
            if draft is not label and draft.head.idx > colon and draft.content:
                spans = [(max(s, colon + 1), e) for s, e in draft.content if e > colon + 1]
                draft.content = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]


def build_drafts(doc: Doc) -> tuple[list[Draft], QuoteIndex]:
    """Draft attributions for ``doc`` in text order."""
    quotes = QuoteIndex(doc)
    taken: set[int] = set()
    drafts: list[Draft] = []
    _, threshold, _ = load_cue_model()
    labels = _labels(doc)
    scored = detect_cues(doc, quotes, min(threshold, NESTED_BELIEF_THRESHOLD), labels)
    for p, head in scored:
        if head.i in taken or (
            p < threshold and not _nested_speech_or_belief(head, p, drafts) and not _denied_claim(head, p)
        ):
            continue
        if head.lemma_.lower() == "attack" and _physical_target(head):
            continue  # "attacked a passenger train": force, not words (the events stage's ASSAULT)
        if _naming(head) or _deeds(head):
            continue  # "a militia called the anti-Balaka", "responded by destroying ...": no words said
        if asks_anonymity(head):
            continue  # "a DHS spokesperson, declining to be named, said": the terms of the quote, no refusal
        if _time_subject(head):
            continue  # "This week sees more high-level meetings", "2024 saw a surge": a time holds no view
        if _asked_of_you(head):
            continue  # "Who do you think will win the Super Bowl?": a question holds no view
        if no_comment(head) is not None:
            continue  # "offered no immediate comment": a refusal, drafted with the other non-responses
        label = labels.get(head.i)
        cue = [head] if label is not None else cue_tokens(head, load_cue_model()[2])
        if any(t.i in taken for t in cue):
            cue = [t for t in cue if t.i not in taken]
        taken.update(t.i for t in cue)
        named = label.name if label is not None else None  # a transcript's turn names who speaks
        src = named[-1] if named else source_head(head)
        if src is not None and quotes.mask[src.i] and not quotes.mask[head.i]:
            src = nearby_speaker(head)  # a cue outside a quote never takes its speaker from inside one
        source = named or (source_tokens(src, cue) if src is not None else [])
        if src is not None and head.lemma_.lower() == "accord" and (base := according_base(head)):
            source += [t for t in loose_apposition(src, base) if t.i > source[-1].i]
        draft = _with_content(Draft(head, cue, source, src, []), quotes)
        if label is not None:  # a turn ends where the next one begins
            draft.content = [(s, min(e, label.end)) for s, e in draft.content if s < label.end]
            draft.content = [(s, s + len(quotes.text[s:e].rstrip())) for s, e in draft.content]
        drafts.append(draft)
    drafts.extend(_non_responses(doc, taken))
    drafts.sort(key=lambda d: d.head.i)
    _cut_at_labels(drafts, labels)
    _cut_conjoined_attributions(drafts, quotes.text)
    _attach_continuations(drafts, quotes)
    return drafts, quotes


def _asked_of_you(head: Token) -> bool:
    """Is the cue a view asked of the one addressed ("Who do you think will win ...?", "Do you believe
    ...?"): "you" its subject, in a sentence that ends as a question?"""
    if not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in head.children):
        return False
    sentence = head.sent
    last = next((t for t in reversed(sentence) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "?"


def _time_subject(head: Token) -> bool:
    """Whether what stands as the cue verb's subject is a stretch of time ("This week sees ...", "2024 saw
    ...", "The past few weeks have seen ..."), the parser making it the subject or an adverb of time."""
    before = [c for c in head.children if c.dep_ in ("nsubj", "npadvmod") and c.i < head.i]
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and not _time(c) for c in head.children):
        return False  # "Earlier this week, he was criticized by ...": someone is
    return any(_time(c) for c in before)


def _time(tok: Token) -> bool:
    return tok.lemma_.lower() in TIME_NOUNS or (tok.like_num and len(tok.text) == 4)


def _naming(head: Token) -> bool:
    """Whether "called", "named" or "known as" gives a name: a reduced relative ("the group, called Jaish al-Adl") or a
    verb the parser took for the name ("a militia called the anti-Balaka fought back")."""
    if head.lemma_.lower() == "know" and head.tag_ == "VBN":  # "Vladislav Kokolevskiy, known as Fulafu",
        # "Gerald Kowal, known also as Jerry Guo": a name, not what anyone knows
        after = head.i + 1
        while after < len(head.doc) and head.doc[after].dep_ == "advmod":
            after += 1
        named = (after < len(head.doc) and head.doc[after].lower_ == "as") or any(
            c.dep_ == "prep" and c.lower_ == "as" for c in head.children
        )
        return named and not any(c.dep_ in ("ccomp", "xcomp") for c in head.children)
    if head.lemma_.lower() not in ("call", "name", "dub"):
        return False
    if head.dep_ == "acl" and head.tag_ == "VBN":  # but not "the letter called Oz a quack", "called for ..."
        named = [c for c in head.children if c.dep_ in ("oprd", "dobj")]
        return len(named) <= 1 and not any(
            c.dep_ == "prep" and c.lower_ in ("for", "on") for c in head.children
        )
    return any(
        c.dep_ == "oprd" and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "nsubj" for g in c.children)
        for c in head.children
    )


# Verbs the cue model sometimes takes for speech that tell of a deed: signing, banning, passing, launching,
# adopting, imposing, levying, sentencing, adjourning, retaliating (not voting, releasing or deciding,
# which PolNeAR reads as stances more often than not, nor revising, which is often of a statement or a
# figure: "revised the toll").
DEED_VERBS = frozenset({"sign", "ban", "pass", "launch", "adopt"})
DEED_VERBS |= {"impose", "levy", "sentence", "adjourn", "retaliate"}


def _deeds(head: Token) -> bool:
    """Whether the cue word tells of something done, not said: "responded to the attack by destroying
    its air force", "have been called as witnesses" (summoned)."""
    lemma = head.lemma_.lower()
    if lemma in ("respond", "react", "reply", "answer"):  # "by saying ...", "by using the example of" speak
        return any(
            c.dep_ == "prep"
            and c.lower_ == "by"
            and any(g.tag_ == "VBG" and g.lemma_.lower() in FORCE_VERBS for g in c.children)
            for c in head.children
        )
    if lemma == "call":
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children)
    if lemma in DEED_VERBS:  # "signed a constitutional declaration", "banned gaming", "passed legislation":
        # a deed, unless a clause says what it holds
        return not any(c.dep_ in ("ccomp", "csubj") for c in head.children)
    if lemma == "report":  # "Bennett reports to the U.N. Human Rights Council", "reported to the base":
        # whom one answers to or where one goes, with nothing reported (not "reported to police that ...",
        # "reported to the council on the situation")
        deps = {c.dep_ for c in head.children}
        preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
        return (
            "to" in preps and not preps & {"on", "about"} and not deps & {"ccomp", "dobj", "xcomp", "advcl"}
        )
    if lemma in ("conclude", "open", "close", "end"):  # "concluded a Democracy Summit this week"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in OCCASION_NOUNS for c in head.children)
    if lemma in ("dispute", "contest"):  # "have been disputing the uninhabited Senkaku/Diaoyu islands",
        # "fishing rights": a quarrel over land or rights, not a denial of what someone said
        objects = [c for c in head.children if c.dep_ == "dobj"]
        return (
            bool(objects)
            and not any(o.lemma_.lower() in DISPUTED_WORDS or o.dep_ == "ccomp" for o in objects)
            and not any(c.dep_ == "ccomp" for c in head.children)
        )
    return False


# What one disputes in words: a claim, a figure, a finding ("disputed the report", "contests the toll")
DISPUTED_WORDS = frozenset(
    {"claim", "allegation", "accusation", "assertion", "charge", "report", "account", "figure", "number"}
    | {"toll", "finding", "result", "statement", "characterization", "version", "description", "estimate"}
    | {"assessment", "conclusion", "idea", "notion", "suggestion", "view", "validity", "accuracy", "fact"}
)


def _physical_target(head: Token) -> bool:
    """Whether "attacked" takes a thing only force can hit ("attacked a passenger train"), not a person,
    a rival or an idea ("attacked her opponent", "attacked loopholes")."""
    targets = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(targets) and all(
        t.lemma_.lower() in FORCE_TARGETS and t.ent_type_ != "PERSON" for t in targets
    )


def _non_responses(doc: Doc, taken: set[int]) -> list[Draft]:
    """Non-responses the cue model does not score, since they attribute nothing: "did not (immediately)
    respond to a request for comment", "has not commented on the report". Each is a cue whose stance is
    a refusal (``decline``), its source the subject, its content what the comment was asked on, if said."""
    found = []
    for tok in doc:
        if tok.i in taken:
            continue
        comment = no_comment(tok)
        if comment is not None:  # "had no comment on the ship's departure"
            words = [*(c for c in tok.children if c.dep_ in ("aux", "neg") and c.i < tok.i), tok, *comment]
            holders = (tok, comment[-1])  # what it is on hangs on the verb or on "comment"
        else:
            words = _withheld_answer(tok)
            if words is None:
                continue
            holders = (tok,)
        cue = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
        src = source_head(tok)
        source = source_tokens(src, cue) if src is not None else []
        topic = [
            o for t in holders for prep in t.children if prep.lower_ in ("on", "about") for o in prep.children
        ]
        content = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)) for o in topic[:1]]
        taken.update(t.i for t in cue)
        found.append(Draft(tok, cue, source, src, content))
    return found


def _withheld_answer(tok: Token) -> list[Token] | None:
    """The words of an answer not given ("did not (immediately) respond to a request for comment", "has
    not commented on", "has yet to respond to the allegations"), else None."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ANSWERING:
        return None
    negation = [c for c in tok.children if c.dep_ == "neg"] or _not_yet(tok)
    if not negation:
        return None
    if tok.lemma_.lower() != "comment" and not any(
        t.lemma_.lower() in ("comment", "question", "inquiry", "query") or t.lemma_.lower() in DISPUTED_WORDS
        for t in tok.subtree
        if t.i > tok.i
    ):
        return None  # "did not respond to the attack": no comment was asked for, nor a claim answered
    auxiliaries = [c for c in tok.children if c.dep_ in ("aux", "advmod") and c.i < tok.i]
    return [*auxiliaries, *negation, tok]


def _not_yet(tok: Token) -> list[Token]:
    """The words that leave ``tok`` undone in "have yet to comment", "is yet to respond" (a negation in all
    but form), else nothing."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.lemma_.lower() not in ("have", "be"):
        return []
    yet = [c for c in head.children if c.lower_ == "yet" and c.i < tok.i]
    if not yet:
        return []
    aux = [c for c in head.children if c.dep_ in ("aux", "neg") and c.i < head.i]
    return [*aux, head, *yet, *(c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to")]


def _cut_conjoined_attributions(drafts: list[Draft], text: str) -> None:
    """A content ends where a conjoined clause or a participle with its own attribution begins ("X said A,
    and when pressed, Y replied B": A is X's content, not "A, and ... replied B"; "rejected A, arguing B")."""
    for draft in drafts:
        if draft.quotes or not draft.content or draft.head.text == ":":
            continue  # (all of a turn after its label is its speaker's: "Armitage: ... I had dinner with
            # him, discuss the situation ...")
        start, end = draft.content[0][0], draft.content[-1][1]
        cuts = []
        for other in drafts:
            conj = other.head
            while conj.dep_ != "conj" and conj.head.i != conj.i and start <= conj.head.idx < end:
                conj = conj.head
            inside = start < conj.left_edge.idx < end and start <= conj.head.idx < end
            if other is not draft and conj.dep_ == "conj" and inside and draft.head.idx < conj.head.idx:
                cuts.append(conj.left_edge.idx)
            participle = other.head  # "rejected the idea ..., arguing integration fails": the speaker's own
            if (  # next attribution, not part of what was rejected
                other is not draft
                and participle.dep_ == "advcl"
                and participle.tag_ == "VBG"
                and start < participle.left_edge.idx < end
                and draft.head.idx < participle.idx
            ):
                cuts.append(participle.left_edge.idx)
        if cuts:
            cut = min(cuts)
            kept = [(s, min(e, cut)) for s, e in draft.content if s < cut]
            last_s, last_e = kept[-1]
            tail = TRAILING_JOIN.search(text, last_s, last_e)
            if tail is not None and tail.start() > last_s:
                kept[-1] = (last_s, tail.start())
            draft.content = kept


DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "contest"})


def _denied_claim(head: Token, p: float) -> bool:
    """A denial of something said, by someone ("Beijing denies the allegations", "Moscow rejects the
    claim"): the cue model, which weighs the verb's company, may score it low, and a denial is what an
    analyst reads first."""
    return (
        p >= NESTED_BELIEF_THRESHOLD
        and head.pos_ == "VERB"
        and head.lemma_.lower() in DENYING_VERBS
        and any(c.dep_ == "nsubj" for c in head.children)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in DISPUTED_WORDS for c in head.children)
    )


def _nested_speech_or_belief(head: Token, p: float, drafts: list[Draft]) -> bool:
    """A speech or belief verb with its own subject inside another attribution's content ("A says B believes C")."""
    lem = head.lemma_.lower()
    if not (
        lem in NESTED_BELIEFS and p >= NESTED_BELIEF_THRESHOLD or lem in NESTED_CUES and p >= NESTED_THRESHOLD
    ):
        return False
    if head.pos_ != "VERB" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        return False
    start = head.idx
    return any(s <= start < e for d in drafts for s, e in d.content)


def _with_content(draft: Draft, quotes: QuoteIndex) -> Draft:
    head, cue = draft.head, draft.cue
    cue_start = min(t.idx for t in cue)
    cue_end = max(t.idx + len(t.text) for t in cue)
    src_start = min((t.idx for t in draft.source), default=cue_start)
    src_end = max((t.idx + len(t.text) for t in draft.source), default=cue_end)
    text = quotes.text
    para_start = text.rfind("\n", 0, cue_start) + 1
    para_end = text.find("\n", cue_end)
    para_end = len(text) if para_end < 0 else para_end
    # the parser sometimes runs a sentence over a paragraph break: a parsed content stays in its paragraph
    tokens = [t for t in content_tokens(head, cue) if para_start <= t.idx < para_end]
    if draft.source:
        src_ids = {t.i for t in draft.source}
        tokens = trim([t for t in tokens if t.i not in src_ids])
    if head.text != ":":  # ("Armitage: Three days after ...": all of the line is what is said)
        tokens = _without_day_of_saying(tokens, cue)
    # a complement after the cue ("adding that ...") is the content, not a quote before it
    right = bool(tokens) and tokens[0].idx >= cue_end
    if not quotes.mask[head.i] and head.pos_ != "PUNCT" or head.text in BYLINE_DASHES:
        picked: list[Quote] = []
        # (a cue with nothing to say, whose source is a name or a pronoun, as after a quote: '"... in
        # Houston." Chao said, adding that ...'; not a new speaker introduced in full after another's quote)
        bare = not tokens and 0 < len(draft.source) <= 2
        before = None if right else quotes.before(min(cue_start, src_start), bare=bare)
        if before is not None:
            picked.append(before)
        after = quotes.after(max(cue_end, src_end) if before is None else cue_end)
        if after is None and before is not None:
            after = quotes.resumed(cue_end)
        if after is not None and right and tokens[0].idx < after.outer_start - 1:
            after = None  # the complement starts before the quote: a mixed quote inside it
        if after is not None and (before is None or _same_passage(before, after, quotes)):
            picked.append(after)
        if head.text in BYLINE_DASHES:
            closing = quotes.closing_at(cue_start)
            picked = [closing] if closing is not None else []
        if picked:
            if after is not None and before is None and after in picked:
                lead = quotes.text[max(cue_end, src_end) : after.outer_start]
                draft.mixed = not any(ch in lead for ch in ",:—–")  # 'believes "there may be ..."'
            draft.quotes = picked
            draft.content = [q.span for q in picked]
            return draft
    if not tokens and _ends_line_with_colon(cue):
        tokens = _next_paragraph(cue[-1])
    if not tokens:
        tokens = _clause_before(draft)
    tokens = _tidy_runs(tokens)
    draft.content = _without_dateline(token_spans(tokens, quotes.text), quotes.text)
    if tokens:
        s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        covering = quotes.covering(s, e)
        draft.mixed = any(
            quotes.substantial(q) or len(quotes.text[q.start : q.end].split()) >= 2 for q in covering
        )
        # a quote the content opens runs to its closing mark, past the parser's sentence end
        running = [
            q
            for q in covering
            if q.outer_start >= s and q.end > e and "\n" not in quotes.text[e : q.outer_end]
        ]
        if running:
            draft.content[-1] = (draft.content[-1][0], running[-1].outer_end)
    return draft


CLAUSE_OPENERS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"mark"}  # "he met", "that he met"


def _without_day_of_saying(tokens: list[Token], cue: list[Token]) -> list[Token]:
    """A date or an occasion right after the cue dates or places the saying, though the parser hung it on
    the reported clause ("Security sources said Wednesday a Pakistani military operation rescued 190
    passengers", "Sheldon Adelson said on Friday he met presidential candidate Donald Trump")."""
    last = max(t.i for t in cue)
    if tokens and tokens[0].i == last + 1 and tokens[0].dep_ == "prep" and occasion_phrase(tokens[0]):
        # "said on Friday he met ...", "said in a statement he would ...": the phrase's words, when the
        # reported clause follows them
        words = {t.i for t in tokens[0].subtree}
        run = next((k for k, t in enumerate(tokens) if t.i not in words), len(tokens))
        opener = tokens[run] if run < len(tokens) else None
        if opener is not None and opener.i == tokens[run - 1].i + 1 and opener.dep_ in CLAUSE_OPENERS:
            return trim(tokens[run:])
        return tokens
    run = 0  # the date's words, right after the cue
    while run < len(tokens) and tokens[run].i == last + 1 + run and tokens[run].ent_type_ in ("DATE", "TIME"):
        run += 1
    if not run or run == len(tokens) or "npadvmod" not in (tokens[0].dep_, tokens[run - 1].dep_):
        return tokens  # the whole content is a date, or the date is the clause's own ("Monday was ...")
    return trim(tokens[run:])


def _tidy_runs(tokens: list[Token]) -> list[Token]:
    """Trim every contiguous run of a discontinuous content ("A, according to X, and B" gives A | B) and
    drop stray quote marks standing apart from the words."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    out: list[Token] = []
    for run in runs:
        run = trim(run)
        if run and is_quote_mark(run[0]) and len(run) > 1 and run[0].whitespace_:
            run = trim(run[1:])
        if run and is_quote_mark(run[-1]) and len(run) > 1 and run[-2].whitespace_:
            run = trim(run[:-1])
        out.extend(run)
    return out


def _without_dateline(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Content that opens a report leaves out its dateline ("WASHINGTON (AP) — ")."""
    if spans:
        m = DATELINE.match(text, spans[0][0])
        if m and m.end() < spans[0][1] and (spans[0][0] == 0 or text[spans[0][0] - 1] == "\n"):
            spans = [(m.end(), spans[0][1]), *spans[1:]]
    return spans


def _clause_before(draft: Draft) -> list[Token]:
    """The clause a speech cue set after it by a comma reports, where the parser took the cue for a
    second verb of that clause ("Programs are feeling the strain, Glenn Jusnes, a spokesperson, told VOA
    in an email"): from the clause's first word to the comma before the source."""
    head = draft.head
    if head.dep_ != "conj" or head.head.i > head.i or not draft.source:
        return []
    first = min(t.i for t in draft.source)
    doc = head.doc
    if first < 2 or doc[first - 1].text != "," or head.head.i >= first:
        return []
    start = sentence_start(head.head)
    return trim(list(doc[start : first - 1]))


def _ends_line_with_colon(cue: list[Token]) -> bool:
    doc = cue[-1].doc
    i = cue[-1].i + 1
    if cue[-1].text != ":":
        if i >= len(doc) or doc[i].text != ":":
            return False
        i += 1
    return i >= len(doc) or "\n" in doc[i - 1].text_with_ws or doc[i].is_space and "\n" in doc[i].text


def _next_paragraph(last: Token) -> list[Token]:
    """The tokens of the paragraph after ``last``'s line (transcript style "X added:" + paragraph)."""
    doc = last.doc
    i = last.i + 1
    while i < len(doc) and (doc[i].is_space or doc[i].text == ":"):
        i += 1
    out = []
    while i < len(doc) and not (doc[i].is_space and "\n" in doc[i].text):
        out.append(doc[i])
        if "\n" in doc[i].whitespace_:
            break
        i += 1
    return trim(out)


def _same_passage(before: Quote, after: Quote, quotes: QuoteIndex) -> bool:
    """Whether two quotes around one cue belong together (same paragraph, short gap)."""
    gap = quotes.text[before.outer_end : after.outer_start]
    return "\n" not in gap and len(gap) <= MAX_GAP_CHARS


def _last_quote_end(draft: Draft, quotes: QuoteIndex) -> int | None:
    """Where the last quote of a direct attribution, or of a mixed one that ends on a quote, closes."""
    if draft.quotes:
        return draft.quotes[-1].outer_end
    if draft.mixed and draft.content:
        end = draft.content[-1][1]
        for q in quotes.covering(end - 1, end):
            if q.end <= end <= q.outer_end + 1:
                return q.outer_end
    return None


def _attach_continuations(drafts: list[Draft], quotes: QuoteIndex) -> None:
    """A quote no cue claims continues the direct quote before it, when no other cue stands between."""
    claimed = {id(q) for d in drafts for q in d.quotes}
    claimed |= {id(q) for d in drafts for s, e in d.content for q in quotes.covering(s, e)}
    starts = sorted((min(t.idx for t in d.cue), d) for d in drafts if not quotes.mask[d.head.i])
    cue_starts = [s for s, _ in starts]
    for q in quotes.quotes:
        if id(q) in claimed or not quotes.substantial(q):
            continue
        i = bisect.bisect_left(cue_starts, q.outer_start) - 1
        # skip cues of the owner's own sentence ("..., he said after he was formally called to testify.")
        while i > 0 and not starts[i][1].quotes and starts[i - 1][1].quotes:
            if sentence_start(starts[i][1].head) != sentence_start(starts[i - 1][1].head):
                break
            i -= 1
        if i < 0:
            continue
        owner = starts[i][1]
        nxt = bisect.bisect_left(cue_starts, q.outer_start)
        if nxt < len(cue_starts) and cue_starts[nxt] < q.outer_end:
            continue
        last_end = _last_quote_end(owner, quotes)
        if last_end is None or last_end > q.outer_start:
            continue
        gap = quotes.text[last_end : q.outer_start]
        if not quotes.opens_clause(q) or gap.count("\n") > 4 or len(gap) > 400:
            continue
        # only the owner's own cue sentence, or nothing, may stand between the two quotes
        if (
            len(SENTENCE_END.findall(gap.rstrip() + " ")) > 3
            or gap.strip()
            and not starts[i][0] < q.outer_start
        ):
            continue
        owner.quotes.append(q)
        owner.content.append(q.span)
        claimed.add(id(q))
