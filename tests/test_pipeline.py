"""The Python API: extract, extract_many, and per-article failure isolation."""

from __future__ import annotations

import os

import pytest

import dossier
from dossier import pipeline
from dossier.errors import InputError, WorkerError
from dossier.ingest import make_article

TEXTS = [
    "Iran denied providing Russia with weapons for its war in Ukraine.",
    "The White House declined to confirm the weapons transfer.",
    "CIA Director William Burns was in London on Saturday.",
]


def test_extract_returns_one_record_with_given_metadata():
    record = dossier.extract(TEXTS[0], id="x1", published="2024-09-07", outlet="AP")
    assert (record.id, record.published, record.outlet) == ("x1", "2024-09-07", "AP")
    assert record.text == TEXTS[0]
    assert "Iran" in {e.text for e in record.entities}


def test_extract_gives_a_stable_content_id():
    assert dossier.extract(TEXTS[1]).id == dossier.extract(TEXTS[1]).id
    assert dossier.extract(TEXTS[1]).id != dossier.extract(TEXTS[2]).id


def test_extract_rejects_empty_text():
    with pytest.raises(InputError):
        dossier.extract("   \n")


def test_extract_many_in_processes_gives_the_same_records_in_input_order():
    articles = [make_article(t, id=f"a{i}") for i, t in enumerate(TEXTS * 2)]
    alone = [dossier.to_dict(r) for r in dossier.extract_many(articles)]
    spread = [dossier.to_dict(r) for r in dossier.extract_many(articles, processes=2, batch_size=2)]
    assert spread == alone


def test_extract_in_processes_cuts_chunks_by_length_and_keeps_failures_in_place():
    from dossier.processes import extract_in_processes

    items = [TEXTS[0], "   \n", TEXTS[1], TEXTS[2]]
    errors: list[InputError] = []
    texts = [r.text for r in extract_in_processes(items, 2, on_error=errors.append, chunk_chars=10)]
    assert texts == [TEXTS[0], TEXTS[1], TEXTS[2]]
    assert len(errors) == 1 and isinstance(errors[0], InputError)
    with pytest.raises(InputError):
        list(extract_in_processes(items, 2, chunk_chars=10))


def _killed(chunk, batch_size, raising):
    os._exit(1)  # a worker killed, or crashed in a native library, before it sends its chunk back


def test_a_worker_that_dies_is_an_error_not_an_endless_wait(monkeypatch):
    monkeypatch.setattr("dossier.processes._extract_chunk", _killed)
    articles = [make_article(t, id=f"a{i}") for i, t in enumerate(TEXTS)]
    with pytest.raises(WorkerError, match="worker process ended"):
        list(dossier.extract_many(articles, processes=2, batch_size=1))


def test_extract_many_streams_in_input_order():
    articles = [make_article(t, id=f"a{i}") for i, t in enumerate(TEXTS)]
    assert [r.id for r in dossier.extract_many(articles, batch_size=2)] == ["a0", "a1", "a2"]


def test_extract_many_accepts_plain_texts():
    records = list(dossier.extract_many(TEXTS[:2]))
    assert [r.text for r in records] == TEXTS[:2]


def test_a_failing_article_is_reported_and_the_rest_go_through(monkeypatch):
    real = pipeline.attribution.extract_attributions

    def flaky(doc, entities):
        if "White House" in doc.text:
            raise ValueError("boom")
        return real(doc, entities)

    monkeypatch.setattr(pipeline.attribution, "extract_attributions", flaky)
    failures: list[InputError] = []
    articles = [make_article(t, id=f"a{i}") for i, t in enumerate(TEXTS)]
    ids = [r.id for r in dossier.extract_many(articles, on_error=failures.append)]
    assert ids == ["a0", "a2"]
    assert [f.item for f in failures] == ["a1"]
    assert "ValueError" in failures[0].reason


def test_without_on_error_the_failure_is_raised(monkeypatch):
    def broken(doc, entities):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline.attribution, "extract_attributions", broken)
    with pytest.raises(ValueError):
        list(dossier.extract_many(TEXTS[:1]))


def test_a_letter_with_a_full_stop_after_a_preposition_ends_a_sentence_an_initial_does_not():
    from dossier.nlp import load_pipeline

    text = (
        "The spokesperson said so in a statement posted on X. Militants attacked a passenger train Tuesday. "
        "George W. Bush spoke at the A. Philip Randolph Institute."
    )
    sentences = [s.text for s in load_pipeline()(text).sents]
    assert sentences == [
        "The spokesperson said so in a statement posted on X.",
        "Militants attacked a passenger train Tuesday.",
        "George W. Bush spoke at the A. Philip Randolph Institute.",
    ]
    attacked = next(e for e in dossier.extract(text).events if e.trigger.text == "attacked")
    assert attacked.status == "asserted"  # not the spokesperson's words
