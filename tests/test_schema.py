"""The output contract: every record validates against the JSON Schema ``dossier schema`` prints."""

from __future__ import annotations

import jsonschema

from dossier.schema import PLOVER_TYPES, json_schema, to_dict


def test_schema_names_every_contract_field():
    schema = json_schema()
    defs = schema["$defs"]
    assert {"id", "entities", "attributions", "events", "quantities"} <= set(schema["properties"])
    assert {"text", "label", "spans", "canonical", "country", "sector", "role"} <= set(
        defs["Entity"]["properties"]
    )
    assert {"text", "spans", "kind", "count", "entity", "country", "sector", "role"} <= set(
        defs["Source"]["properties"]
    )
    assert {"source", "cue", "content", "stance", "form"} <= set(defs["Attribution"]["properties"])
    event_fields = {"type", "mode", "context", "actor", "recipient", "trigger", "location", "date", "status"}
    assert event_fields | {"attributions", "sentence"} <= set(defs["Event"]["properties"])
    quantity_fields = {"text", "spans", "value", "unit", "si_value", "si_unit", "approximate", "flags"}
    assert quantity_fields <= set(defs["Quantity"]["properties"])
    assert len(PLOVER_TYPES) == 16


def test_seed_extraction_validates(seed_dict):
    jsonschema.validate(seed_dict, json_schema())


def test_spans_index_the_text(seed_dict):
    text = seed_dict["text"]
    for entity in seed_dict["entities"]:
        for start, end in entity["spans"]:
            assert 0 <= start < end <= len(text)
    for entity in seed_dict["entities"]:
        assert any(text[s:e] == entity["text"] for s, e in entity["spans"])


def test_to_dict_writes_tuples_as_lists(seed_dict):
    assert all(isinstance(span, list) for e in seed_dict["entities"] for span in e["spans"])
    assert to_dict((1, 2)) == [1, 2]
