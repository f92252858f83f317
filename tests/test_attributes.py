"""The attribute rules applied by table (``nlp.attributes``) and the lemmatizer's answers kept by table
(``nlp.lemmas``) give what spaCy's ``AttributeRuler`` and ``Lemmatizer`` give."""

from __future__ import annotations

import json

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


def test_tokenizer_loaded_into_an_empty_one_splits_as_the_model_does(both):
    """``load_pipeline`` reads the model's tokenizer into an empty one instead of building spaCy's
    English tokenizer first: the same rules, and the same tokens on every example story."""
    from conftest import VOA

    spacy_model, ours = both
    assert ours.config["nlp"]["tokenizer"] == {"@tokenizers": "dossier.unbuilt_tokenizer.v1"}
    theirs, mine = spacy_model.tokenizer, ours.tokenizer
    assert mine.rules == theirs.rules and len(mine.rules) > 1000
    assert mine.faster_heuristics == theirs.faster_heuristics
    for pattern in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        expected = getattr(theirs, pattern)
        assert getattr(getattr(mine, pattern), "__self__", None) == getattr(expected, "__self__", None)
    assert mine.prefix_search is not None and mine.url_match is not None
    texts = [json.loads(line)["text"] for line in VOA.read_text(encoding="utf-8").splitlines()]
    texts.append("U.S. officials can't say; visit https://voanews.com/a/x.html or e-mail a.b@voa.com :-) 5km")
    for text in texts:
        assert [t.text for t in mine(text)] == [t.text for t in theirs(text)]
