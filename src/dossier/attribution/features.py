"""Token features for the cue classifier, read from the spaCy parse (shared by training and run time)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.nlp.table import TokenTable

SKIP_POS = {"DET", "PRON", "CCONJ", "SCONJ", "NUM", "SPACE", "SYM", "X", "INTJ", "PART"}
CUE_PUNCT = {":", "―", "—", "–"}
QUOTE_CHARS = set("\"“”‘’'`")
QUOTE_POS = {"PUNCT", "X", "SYM"}
ARG_DEPS = {
    "ccomp",
    "xcomp",
    "dobj",
    "nsubj",
    "nsubjpass",
    "agent",
    "prep",
    "advcl",
    "csubj",
    "attr",
    "acomp",
}


def is_candidate(token: Token) -> bool:
    """Whether ``token`` may head a cue: content words, a colon or a dash, never a quote mark."""
    return candidate_at(TokenTable.of(token.doc), token.i)


def candidate_at(table: TokenTable, i: int) -> bool:
    """``is_candidate`` of token ``i``, read from the document's ``TokenTable``."""
    text = table.text[i]
    if table.is_space[i] or text in QUOTE_CHARS:
        return False
    if table.pos[i] == "PUNCT":
        return text in CUE_PUNCT
    if (
        table.ent_type[i] == "PERSON"
        and text[:1].isupper()
        and i + 1 < len(table.text)
        and (table.ent_type[i + 1] == "PERSON")
    ):
        return False  # inside a name, however the tagger reads it ("Sayed Abdul Wajeed Sadat ... told VOA")
    return table.pos[i] not in SKIP_POS


def is_quote_mark(token: Token) -> bool:
    """Whether ``token`` is a quotation mark."""
    return bool(token.text) and token.text[0] in QUOTE_CHARS and token.pos_ in {"PUNCT", "X", "SYM"}


def quote_marks(table: TokenTable) -> list[bool]:
    """``is_quote_mark`` of every token of the table's document."""
    return [
        bool(text) and text[0] in QUOTE_CHARS and pos in QUOTE_POS
        for text, pos in zip(table.text, table.pos, strict=True)
    ]


def cue_features(token: Token, in_quote: bool, sent_quoted: bool | None = None) -> list[str]:
    """Sparse string features of ``token`` as a possible cue head."""
    table = TokenTable.of(token.doc)
    marks = quote_marks(table)
    if sent_quoted is None:
        sentence = table.sentence[token.i]
        sent_quoted = any(marks[j] for j, s in enumerate(table.sentence) if s == sentence)
    return features_at(table, marks, token.i, in_quote, sent_quoted)


def features_at(table: TokenTable, marks: list[bool], i: int, in_quote: bool, sent_quoted: bool) -> list[str]:
    """``cue_features`` of token ``i``, read from the document's ``TokenTable`` and its ``quote_marks``
    (one pass per document instead of a ``Token`` per neighbour, head and child)."""
    lem = table.lemma[i]
    dep_ = table.dep[i]
    head = table.head[i]
    feats = [
        "bias",
        f"lem={lem}",
        f"low={table.lower[i]}",
        f"pos={table.pos[i]}",
        f"tag={table.tag[i]}",
        f"dep={dep_}",
        f"lem_dep={lem}|{dep_}",
        f"lem_tag={lem}|{table.tag[i]}",
        f"hlem={table.lemma[head]}",
        f"hdep={table.dep[head]}|{dep_}",
        f"inq={in_quote}",
        f"lem_inq={lem}|{in_quote}",
    ]
    deps = set()
    children = table.children
    for child in children[i]:
        dep = table.dep[child]
        if dep in ARG_DEPS:
            deps.add(dep)
            feats.append(f"lem_ch={lem}|{dep}")
        if dep == "prep":
            feats.append(f"prep={lem}|{table.lower[child]}")
        if dep == "neg":
            feats.append("neg")
        if dep == "mark" or (dep == "ccomp" and any(table.lower[g] == "that" for g in children[child])):
            feats.append("that")
        if dep in {"nsubj", "nsubjpass", "agent"}:
            subj = (
                child
                if dep != "agent"
                else next((g for g in children[child] if table.dep[g] == "pobj"), child)
            )
            pos = table.pos[subj]
            kind = table.ent_type[subj] or (f"pron:{table.lower[subj]}" if pos == "PRON" else pos)
            feats.append(f"subj={kind}")
            feats.append(f"lem_subj={lem}|{kind}")
            feats.append(f"subj_lem={table.lemma[subj]}")
        elif dep in {"ccomp", "xcomp", "dobj"}:
            feats.append(f"{dep}_lem={table.lemma[child]}")
    for dep in deps:
        feats.append(f"ch={dep}")
    feats.append("args=" + "+".join(sorted(deps & {"ccomp", "xcomp", "dobj", "nsubj"})))
    n = len(table.text)
    prev = table.lower[i - 1] if i > 0 else "<s>"
    nxt = table.lower[i + 1] if i + 1 < n else "</s>"
    feats.append(f"pv={prev}")
    feats.append(f"nx={nxt}")
    feats.append(f"lem_nx={lem}|{nxt}")
    if any(marks[j] for j in range(max(0, i - 3), min(n, i + 4)) if j != i):
        feats.append("near_quote")
        feats.append(f"lem_nearq={lem}")
    if sent_quoted:
        feats.append("sent_quote")
    if i == 0 or table.sent_start[i] or table.is_space[i - 1]:
        feats.append("sent_first")
    return feats
