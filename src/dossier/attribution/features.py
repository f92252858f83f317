"""Token features for the cue classifier, read from the spaCy parse (shared by training and run time)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.nlp.syntax import sentence_of

SKIP_POS = {"DET", "PRON", "CCONJ", "SCONJ", "NUM", "SPACE", "SYM", "X", "INTJ", "PART"}
CUE_PUNCT = {":", "―", "—", "–"}
QUOTE_CHARS = set("\"“”‘’'`")
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
    if token.is_space or token.text in QUOTE_CHARS:
        return False
    if token.pos_ == "PUNCT":
        return token.text in CUE_PUNCT
    return token.pos_ not in SKIP_POS


def is_quote_mark(token: Token) -> bool:
    """Whether ``token`` is a quotation mark."""
    return bool(token.text) and token.text[0] in QUOTE_CHARS and token.pos_ in {"PUNCT", "X", "SYM"}


def cue_features(token: Token, in_quote: bool, sent_quoted: bool | None = None) -> list[str]:
    """Sparse string features of ``token`` as a possible cue head."""
    lem = token.lemma_.lower()
    doc = token.doc
    feats = [
        "bias",
        f"lem={lem}",
        f"low={token.lower_}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"lem_dep={lem}|{token.dep_}",
        f"lem_tag={lem}|{token.tag_}",
        f"hlem={token.head.lemma_.lower()}",
        f"hdep={token.head.dep_}|{token.dep_}",
        f"inq={in_quote}",
        f"lem_inq={lem}|{in_quote}",
    ]
    deps = set()
    for child in token.children:
        dep = child.dep_
        if dep in ARG_DEPS:
            deps.add(dep)
            feats.append(f"lem_ch={lem}|{dep}")
        if dep == "prep":
            feats.append(f"prep={lem}|{child.lower_}")
        if dep == "neg":
            feats.append("neg")
        if dep == "mark" or (dep == "ccomp" and any(g.lower_ == "that" for g in child.children)):
            feats.append("that")
        if dep in {"nsubj", "nsubjpass", "agent"}:
            subj = child if dep != "agent" else next((g for g in child.children if g.dep_ == "pobj"), child)
            kind = subj.ent_type_ or (f"pron:{subj.lower_}" if subj.pos_ == "PRON" else subj.pos_)
            feats.append(f"subj={kind}")
            feats.append(f"lem_subj={lem}|{kind}")
            feats.append(f"subj_lem={subj.lemma_.lower()}")
        elif dep in {"ccomp", "xcomp", "dobj"}:
            feats.append(f"{dep}_lem={child.lemma_.lower()}")
    for dep in deps:
        feats.append(f"ch={dep}")
    feats.append("args=" + "+".join(sorted(deps & {"ccomp", "xcomp", "dobj", "nsubj"})))
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    feats.append(f"pv={prev.lower_ if prev is not None else '<s>'}")
    feats.append(f"nx={nxt.lower_ if nxt is not None else '</s>'}")
    feats.append(f"lem_nx={lem}|{nxt.lower_ if nxt is not None else '</s>'}")
    near = [doc[j] for j in range(max(0, token.i - 3), min(len(doc), token.i + 4)) if j != token.i]
    if any(is_quote_mark(t) for t in near):
        feats.append("near_quote")
        feats.append(f"lem_nearq={lem}")
    # ``token.sent`` walks the whole sentence: looked up per token it made long sentences quadratic.
    if sent_quoted if sent_quoted is not None else any(is_quote_mark(t) for t in sentence_of(token)):
        feats.append("sent_quote")
    if token.i == 0 or token.is_sent_start or (prev is not None and prev.is_space):
        feats.append("sent_first")
    return feats
