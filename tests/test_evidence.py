"""Evidence stage: copies, stance (FNC-1), claims across reports and their corroboration boards."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

import dossier
from conftest import SEED_PUBLISHED, shared_path
from dossier.errors import InputError, NotFoundError
from dossier.evidence import (
    build_boards,
    build_claims,
    corroborate,
    find_copies,
    get_board,
    label_pairs,
    match_claims,
    stance_pairs,
)
from dossier.evidence.corroboration import grade
from dossier.evidence.records import EvidenceItem
from dossier.evidence.stance import stance
from dossier.evidence.text import sentence_spans
from dossier.pipeline import stance_facts
from dossier.schema import Article

# One Reuters story on a Saudi cleric's snowman fatwa as five outlets ran it (FNC-1 bodies), and four
# reports of the same story written independently.
REUTERS_COPIES = ["25", "417", "732", "1064", "2167"]
INDEPENDENT_REPORTS = ["399", "924", "1266", "1498"]


def _read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def fnc_bodies() -> dict[str, str]:
    rows = _read_csv(shared_path("datasets", "fnc1", "train_bodies.csv"))
    return {r["Body ID"]: r["articleBody"] for r in rows}


@pytest.fixture(scope="module")
def dev_sample(fnc_bodies) -> list[dict[str, str]]:
    """Every dev pair of the first six dev bodies (held out from training)."""
    dev_ids = shared_path("datasets", "fnc1", "dev_body_ids.txt").read_text(encoding="utf-8").split()[:6]
    rows = _read_csv(shared_path("datasets", "fnc1", "train_stances.csv"))
    return [r for r in rows if r["Body ID"] in set(dev_ids)]


@pytest.fixture(scope="module")
def copy_record(seed_text):
    """The seed as a second outlet ran it a day later: new dateline, the last paragraph cut."""
    text = seed_text.replace("WASHINGTON — ", "WASHINGTON (dossier wire) — ", 1).rsplit("\n", 1)[0]
    return dossier.extract(text, id="copy", published="2024-09-08", outlet="Other Outlet")


def test_sentence_spans_index_the_text(seed_text):
    spans = sentence_spans(seed_text)
    first = seed_text[spans[0][0] : spans[0][1]]
    assert first.startswith("WASHINGTON") and first.endswith("familiar with the matter.")
    assert all(seed_text[s:e].strip() == seed_text[s:e] for s, e in spans)
    assert "U.S. intelligence finding." in [seed_text[s:e][-26:] for s, e in spans]


def test_find_copies_groups_a_syndicated_story_but_not_independent_rewrites(fnc_bodies):
    ids = REUTERS_COPIES + INDEPENDENT_REPORTS
    articles = [Article(i, fnc_bodies[i]) for i in reversed(ids)]
    assert find_copies(articles) == [list(reversed(REUTERS_COPIES))]


def test_find_copies_ignores_short_and_duplicate_ids(seed_text):
    articles = [Article("a", seed_text), Article("a", seed_text), Article("b", "Iran denied it.")]
    assert find_copies(articles) == []


def test_stance_labels_held_out_dev_pairs(dev_sample, fnc_bodies):
    predicted = stance_pairs([(r["Headline"], fnc_bodies[r["Body ID"]]) for r in dev_sample], stance_facts)
    gold = [r["Stance"] for r in dev_sample]
    related_right = sum(
        (g == "unrelated") == (p == "unrelated") for g, p in zip(gold, predicted, strict=True)
    )
    exact = sum(g == p for g, p in zip(gold, predicted, strict=True))
    assert len(gold) > 100
    assert related_right / len(gold) >= 0.95
    assert exact / len(gold) >= 0.8


def test_stance_of_the_seed_toward_its_claim_and_an_unrelated_one(seed_record):
    assert stance("Iran has sent ballistic missiles to Russia", seed_record) != "unrelated"
    assert stance("Apple unveils a new iPhone with a bigger screen", seed_record) == "unrelated"


def test_label_pairs_adds_a_stance_column(tmp_path, fnc_bodies):
    bodies, stances, out = tmp_path / "b.csv", tmp_path / "s.csv", tmp_path / "p.csv"
    with open(bodies, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Body ID", "articleBody"])
        writer.writerows([[i, fnc_bodies[i]] for i in ("25", "399")])
    with open(stances, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Headline", "Body ID"])
        writer.writerow(["Saudi cleric issues fatwa against building snowmen", "25"])
        writer.writerow(["Saudi cleric issues fatwa against building snowmen", "399"])
        writer.writerow(["ISIS fighters capture a town in northern Iraq", "399"])
    assert label_pairs(stances, bodies, out, stance_facts) == 3
    rows = _read_csv(out)
    assert [r["Body ID"] for r in rows] == ["25", "399", "399"]
    assert rows[0]["Stance"] != "unrelated" and rows[2]["Stance"] == "unrelated"


def test_label_pairs_rejects_an_unknown_body(tmp_path):
    (tmp_path / "b.csv").write_text("Body ID,articleBody\n1,Some text here.\n", encoding="utf-8")
    (tmp_path / "s.csv").write_text("Headline,Body ID\nA headline,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="Body ID"):
        label_pairs(tmp_path / "s.csv", tmp_path / "b.csv", tmp_path / "p.csv", stance_facts)


def _transfer_claim(claims):
    return next(
        c for c in claims if any("transferred short-range ballistic missiles" in i.text for i in c.items)
    )


def test_board_counts_a_copy_once(seed_record, copy_record):
    copies = find_copies([seed_record, copy_record])
    assert copies == [["iran_missiles_ap", "copy"]]
    claims = build_claims([seed_record, copy_record], copies)
    board = _transfer_board(corroborate(claims, copies))
    assert set(board.claim.articles) == {"iran_missiles_ap", "copy"}  # the copy's sentence joins its original
    assert board.independent_assertions == 1
    assert any(i.source_class == "anonymous" and i.source_count == 2 for i in board.assertions)
    assert {i.copy_of for i in board.assertions if i.article == "copy"} == {"iran_missiles_ap"}
    assert board.first_reported == SEED_PUBLISHED and board.first_article == "iran_missiles_ap"
    for item in board.assertions + board.denials:
        record = seed_record if item.article == "iran_missiles_ap" else copy_record
        assert all(0 <= s < e <= len(record.text) for s, e in item.spans)
    json.dumps(board.to_dict())


def test_a_pronoun_source_is_named_by_its_entity(seed_record):
    from dossier.evidence.corroboration import source_name

    he = next(a for a in seed_record.attributions if a.source and a.source.text == "he")
    assert source_name(seed_record, he) == "William Burns"


def _transfer_board(boards):
    return next(b for b in boards if b.claim == _transfer_claim([b.claim for b in boards]))


def _item(article, position="asserts", kind="named", copy_of=None, source=None):
    source = source or f"the source of {article}"
    return EvidenceItem("c1", article, position, source, kind, "quote", [(0, 5)], copy_of=copy_of)


@pytest.mark.parametrize(
    ("assertions", "denials", "expected"),
    [
        ([_item("a"), _item("b", kind="anonymous")], [], 1),
        ([_item("a", kind="anonymous"), _item("b", kind="anonymous")], [], 2),
        ([_item("a")], [_item("x", "denies")], 3),  # one source against one: contested
        ([_item("a"), _item("b")], [_item("x", "denies"), _item("y", "denies")], 3),
        ([_item("a"), _item("b")], [_item("x", "denies")], 2),  # a denial keeps it from "confirmed"
        ([_item("a", source="Abubakar Shekau"), _item("b", source="Abubakar Shekau")], [], 2),  # one source
        (
            [_item("a"), _item("b", kind="unspecified")],
            [],
            2,
        ),  # a source nobody can identify confirms nothing
        ([_item("a"), _item("b")], [_item("x", "denies", kind="unspecified")], 1),  # no credible denial
        ([_item("a", kind="anonymous")], [], 3),
        ([_item("a", kind="anonymous")], [_item("x", "denies"), _item("y", "denies")], 4),
        ([], [_item("x", "denies"), _item("y", "denies")], 5),
        ([], [], 6),
    ],
)
def test_grade_follows_the_admiralty_scale(assertions, denials, expected):
    level, reasons = grade(assertions, denials, origin={})
    assert level == expected
    assert reasons


def test_copies_are_not_independent_confirmation():
    copies_of_one = [
        _item(a, copy_of=c, source="a wire source") for a, c in (("a", None), ("b", "a"), ("c", "a"))
    ]
    level, reasons = grade(copies_of_one, [], origin={"b": "a", "c": "a"})
    assert level == 2
    assert any("copied" in r for r in reasons)


def test_a_copy_adds_no_source_and_an_outlet_relays_the_source_it_quotes():
    outlet = EvidenceItem("c1", "a", "asserts", None, "outlet", "quote", [(0, 5)])
    items = [_item("a"), _item("b", copy_of="a"), outlet]
    level, reasons = grade(items, [], origin={"b": "a"})
    assert reasons[0] == "asserted by 1 distinct source(s) in 1 independent report(s)"
    assert level == 2


def test_build_boards_finds_and_looks_up_the_transfer_claim(seed_record):
    boards = build_boards([seed_record])
    claim = match_claims([b.claim for b in boards], "Iran transferred ballistic missiles to Russia")[0]
    assert "Russia" in claim.statement
    assert get_board(boards, claim.id).claim == claim
    with pytest.raises(NotFoundError):
        get_board(boards, "c000000000000")


def test_attribution_features_see_a_denial_of_the_headline():
    from dossier.evidence.stance_features import ATTRIBUTION_FEATURES, attribution_features

    body = "Officials denied that Iran sent missiles to Russia. The weather was mild on Tuesday."
    facts = stance_facts([body])[0]
    assert any(kind == "deny" for kind, _, _ in facts.attributions)
    vectors = np.eye(3, dtype=np.float32)
    from dossier.evidence.stance_features import Vocabulary, read_text

    vocabulary = Vocabulary({}, np.zeros(0, dtype=np.float32))
    head = read_text("Iran sent missiles to Russia", vocabulary, vectors[:1], as_one_sentence=True)
    view = read_text(body, vocabulary, vectors[:2])
    values = dict(zip(ATTRIBUTION_FEATURES, attribution_features(head, view, facts), strict=True))
    assert values["best_attr_deny"] == 1.0
    assert values["deny_best_overlap"] > 0.5


def test_the_cached_encoder_embeds_each_text_once(tmp_path):
    from dossier.evidence.encoder import cached, encode
    from dossier.store import Store

    seen: list[str] = []

    def counting(texts):
        seen.extend(texts)
        return encode(texts)

    texts = [
        "Iran denied providing Russia with weapons.",
        "The White House declined to confirm the transfer.",
    ]
    with Store(tmp_path / "cache.db") as store:
        first = cached(store.vectors, store.save_vectors, counting)([*texts, texts[0]])
        again = cached(store.vectors, store.save_vectors, counting)(texts[::-1])
    assert seen == texts  # the repeat and the second call came from the cache
    assert np.allclose(first[:2], encode(texts), atol=1e-6)
    assert np.array_equal(again, first[1::-1])


# every voice counted once (evidence.sources) and STANAG 2511 grades ------------------------------------

# Sentences of the VOA stories on the Jaffar Express hijacking (2025), some in the ways other outlets
# name the same speakers.
SHARIF_WORDS = "said the Ramadan attack shows, “terrorists have no link with Islam, Pakistan or Balochistan.”"
SHARIF_NAMES = ["Prime Minister Shehbaz Sharif", "Pakistan’s Prime Minister Shehbaz Sharif", "Shehbaz Sharif"]


def _reports(texts: list[str]) -> list:
    return [
        dossier.extract(text, id=f"r{n}", outlet=f"Outlet {n}", published="2025-03-13")
        for n, text in enumerate(texts)
    ]


def _claim_of(records, position_cue: str = "said"):
    """One claim whose members are, in each report, the claim item of the attribution with the cue
    ``position_cue``."""
    from dossier.evidence.items import claim_items
    from dossier.evidence.records import Claim

    members = []
    for record in records:
        index = next(i for i, a in enumerate(record.attributions) if position_cue in a.cue.text)
        members.append(next(i for i in claim_items(record) if i.ref == index and i.kind == "attribution"))
    return Claim(id="c1", statement=members[0].text, items=members)


def test_one_persons_words_quoted_by_sixteen_reports_are_one_source():
    names = (SHARIF_NAMES * 6)[:15] + ["Sharif"]  # one report names him by his surname alone
    records = _reports([f"{name} {SHARIF_WORDS}" for name in names])
    board = corroborate([_claim_of(records)])[0]
    assert board.independent_assertions == 16
    assert board.assertion_sources == 1
    assert {i.source_key for i in board.assertions} == {"named:shehbaz sharif"}
    assert board.grade == 2 and board.grade_label == "probably true"
    assert any("still one source" in r for r in board.reasons)


def test_a_country_and_the_news_agency_relaying_it_are_one_source():
    from dossier.evidence.sources import source_identity

    said = "the attackers were in contact with their handlers in Afghanistan."
    records = _reports(
        [f"Islamabad said {said}", f"The state news agency APP quoted Pakistan as saying {said}"]
    )
    relayed = records[1].attributions[0]
    assert (relayed.source.text, relayed.via.text) == ("Pakistan", "APP")
    identities = [source_identity(r, 0) for r in records]
    assert identities[0].key == identities[1].key == "named:PAK"
    assert identities[1].via == "APP"
    board = corroborate([_claim_of(records, "")])[0]
    assert board.assertion_sources == 1 and board.grade != 1
    assert any("APP relays Pakistan" in r for r in board.reasons)
    from dossier.report import render_board

    assert "Pakistan (via APP) (named)" in render_board(board.to_dict())


def test_three_spellings_of_one_organisation_are_one_source():
    from dossier.evidence.sources import source_identity

    # VOA, 2024: "The Islamist militant group al-Shabab immediately claimed responsibility for the attack."
    records = _reports(
        [
            "The Islamist militant group al-Shabab immediately claimed responsibility for the attack.",
            "The Islamist militant group al-Shabaab immediately claimed responsibility for the attack.",
            "Al Shabaab immediately claimed responsibility for the attack.",
        ]
    )
    assert {source_identity(r, 0).key for r in records} == {"named:al shabab"}
    board = corroborate([_claim_of(records, "claimed")])[0]
    assert board.assertion_sources == 1


def test_a_national_body_under_two_phrasings_is_one_source():
    from dossier.evidence.sources import source_identity

    records = _reports(
        [
            "The Pakistani military said 354 passengers were freed.",
            "Pakistan's military said 354 passengers were freed.",
        ]
    )
    assert source_identity(records[0], 0).key == source_identity(records[1], 0).key == "named:PAK:MIL"


def test_two_independent_named_sources_in_two_reports_confirm_a_claim():
    freed = "said 354 passengers were freed, 37 of whom were injured."
    records = _reports(
        [
            f"Lieutenant General Ahmed Sharif Chaudhry {freed}",
            f"Balochistan Chief Minister Sarfraz Bugti {freed}",
        ]
    )
    board = corroborate([_claim_of(records)])[0]
    assert board.assertion_sources == 2 and board.independent_assertions == 2
    assert board.grade == 1 and board.grade_label == "confirmed by other sources"
    assert any("confirmed" in r for r in board.reasons)
    denied = _reports(
        [
            f"Lieutenant General Ahmed Sharif Chaudhry {freed}",
            f"Balochistan Chief Minister Sarfraz Bugti {freed}",
            "The Baloch Liberation Army denied that 354 passengers were freed.",
        ]
    )
    board = corroborate([_claim_of(denied[:2])])[0]
    assert board.grade == 1  # the denial is not a member of the claim: it is not counted
    from dataclasses import replace as _replace

    from dossier.evidence.items import claim_items

    member = next(i for i in claim_items(denied[2]) if i.stance == "deny")
    claim = _claim_of(denied[:2])
    board = corroborate([_replace(claim, items=[*claim.items, member])])[0]
    assert board.denial_sources == 1 and board.grade == 2
    assert any("credible denial" in r for r in board.reasons)


def test_conduits_and_copies_collapse_in_the_outlets_own_voice():
    from dossier.evidence.sources import SourceRegistry, source_identity

    record = dossier.extract("Iran denied it.", id="a", url="https://www.voanews.com/a/x.html")
    outlet = source_identity(record, None)
    assert (outlet.kind, outlet.key, outlet.name) == ("outlet", "outlet:voanewscom", "voanews.com")
    anonymous = dossier.extract("Two U.S. officials said Iran sent missiles.", id="b")
    assert source_identity(anonymous, 0).key.startswith("anonymous:b:")  # never matched across reports
    registry = SourceRegistry(
        [
            source_identity(r, 0)
            for r in _reports(
                ["BLA said it held 200 hostages.", "The Baloch Liberation Army said it held 200 hostages."]
            )
        ]
    )
    assert registry.key("named:bla") == "named:baloch liberation army"


def test_an_outlet_that_quotes_a_source_elsewhere_relays_it_in_its_own_voice():
    # VOA, 2025: two VOA reports of one bombing, one in VOA's voice, one quoting security sources
    outlet = EvidenceItem("c1", "a", "asserts", None, "outlet", "q", [(0, 5)], source_key="outlet:voanewscom")
    quoted = _item("b", kind="anonymous", source="security sources")
    outlets = {"a": "outlet:voanewscom", "b": "outlet:voanewscom"}
    level, reasons = grade([outlet, quoted], [], origin={}, outlets=outlets)
    assert level == 3 and reasons[0] == "asserted by 1 distinct source(s) in 1 independent report(s)"
    assert grade([outlet, quoted], [], origin={})[0] == 1  # two outlets: two original sources


def test_the_outlets_own_reporter_is_the_outlets_voice():
    from dossier.evidence.sources import source_identity

    # VOA 8006503: "A VOA reporter in the town said ..." in a voanews.com report is VOA, not another source
    url = "https://www.voanews.com/a/gunmen-storm-hotel-in-central-somalia-siege-ongoing-/8006503.html"
    text = "A VOA reporter in the town said at least six people have been confirmed dead."
    record = dossier.extract(text, id="8006503", url=url)
    assert source_identity(record, 0) == source_identity(record, None)
    other = dossier.extract("A Reuters reporter in the town said at least six people died.", id="x", url=url)
    assert source_identity(other, 0).kind != "outlet"
