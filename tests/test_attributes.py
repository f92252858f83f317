"""The attribute rules applied by table (``nlp.attributes``) and the lemmatizer's answers kept by table
(``nlp.lemmas``) give what spaCy's ``AttributeRuler`` and ``Lemmatizer`` give."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from dossier.nlp import load_pipeline
from dossier.nlp.attributes import TableAttributeRuler
from dossier.nlp.lemmas import TableLemmatizer
from dossier.nlp.pipeline import MODEL_NAME

TEXTS = [
    "Iran denied providing Russia with weapons, but the White House said it was n't so.",
    "Y'all gon na see it. Let's go, c'm on! There's a dog. I ain't got ta do nothin'.",
    "It gets better; he got it.\n\n  \t It is what it is.  I did it because you asked me to.",
    "That is the one that you and I wanted, isn't it? Do they have it? We'd have done it.",
    "The ministers met; the minister meets them. Better talks, best ties: he was running, they ran faster.",
]


@pytest.fixture(scope="module")
def both():
    spacy_model = __import__(MODEL_NAME).load()
    assert type(load_pipeline().get_pipe("attribute_ruler")) is TableAttributeRuler
    assert type(load_pipeline().get_pipe("lemmatizer")) is TableLemmatizer
    return spacy_model, load_pipeline()


@pytest.mark.parametrize("text", TEXTS)
def test_table_rules_set_what_spacy_rules_set(both, text):
    spacy_model, ours = both
    attrs = [POS, MORPH, LEMMA, TAG, DEP]
    expected, got = spacy_model(text), ours(text)
    assert [t.text for t in got] == [t.text for t in expected]
    assert got.to_array(attrs).tolist() == expected.to_array(attrs).tolist()
    assert [str(t.morph) for t in got] == [str(t.morph) for t in expected]
    assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]


def test_spanning_rules_set_the_token_their_index_names(both):
    _, ours = both
    doc = ours("We are gon na win.")
    assert [t.lemma_ for t in doc][2:4] == ["go", "to"]
