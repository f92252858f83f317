"""``TokenTable`` (``nlp.table``): a parsed document's token attributes as lists, equal to the Tokens'."""

from __future__ import annotations

from dossier.nlp import load_pipeline
from dossier.nlp.table import TokenTable

TEXT = (
    "Iran's mission to the United Nations said in a statement that it “has not sent” missiles.\n\n"
    "  CIA Director William Burns, who was in London, warned of it. Two people familiar with the matter "
    "confirmed it."
)


def test_table_holds_what_the_tokens_hold():
    doc = load_pipeline()(TEXT)
    table = TokenTable.of(doc)
    assert table.text == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.lemma == [t.lemma_.lower() for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.tag == [t.tag_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    assert table.head == [t.head.i for t in doc]
    assert table.ent_type == [t.ent_type_ for t in doc]
    assert table.is_space == [t.is_space for t in doc]
    assert table.sent_start == [bool(t.is_sent_start) for t in doc]
    assert table.children == [[c.i for c in t.children] for t in doc]
    sentences = [n for n, sent in enumerate(doc.sents) for _ in sent]
    assert table.sentence == sentences


def test_table_is_read_once_per_document():
    doc = load_pipeline()("Iran denied it.")
    assert TokenTable.of(doc) is TokenTable.of(doc)
