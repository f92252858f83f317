"""Claims across reports: claim items, grouping at ingest through ``dossier.EvidenceBase``, boards and the
claims JSON export, on the seed and on real VOA stories."""

from __future__ import annotations

import json

import pytest

import dossier
from conftest import SEED_PUBLISHED, shared_path
from dossier.errors import NotFoundError, UsageError
from dossier.evidence.items import claim_items, numbers_in
from dossier.schema import Article

TRAIN_STORIES = ["8006651", "8007760", "8009976"]  # the Jaffar Express hijacking, three VOA reports


@pytest.fixture(scope="module")
def voa() -> dict[str, Article]:
    """The VOA stories by id, as ``dossier ingest`` reads them."""
    from dossier.ingest import read_inputs

    path = shared_path("datasets", "voa", "voa_stories.jsonl")
    return {a.id: a for a in read_inputs([str(path)])}


@pytest.fixture(scope="module")
def train_base(tmp_path_factory, voa):
    """An evidence base holding the three hijacking reports, ingested one after another."""
    db = tmp_path_factory.mktemp("claims") / "train.db"
    base = dossier.EvidenceBase(db)
    for story in TRAIN_STORIES:
        assert [r.status for r in base.ingest([voa[story]])] == ["stored"]
    yield base
    base.close()


def test_items_of_the_seed_keep_stance_source_and_spans(seed_record):
    items = claim_items(seed_record)
    assert items and all(0 <= s < e <= len(seed_record.text) for i in items for s, e in i.spans)
    denial = next(i for i in items if i.stance == "deny")
    assert denial.source == "Iran's mission to the U.N." or "Iran" in (denial.source or "")
    assert any(i.stance == "decline" and "White House" in (i.source or "") for i in items)
    anonymous = [i for i in items if i.source_kind == "anonymous"]
    assert anonymous and all(i.article in i.source_key for i in anonymous)  # never matched across reports
    assert len({i.sentence for i in items}) == len(items)  # one proposition per sentence at most


def test_numbers_are_normalised_and_years_left_out():
    assert numbers_in("31 people, including 23 security personnel, died in 2025; 1,200 fled; 45 percent") == [
        "31",
        "23",
        "1200",
        "45%",
    ]


def test_one_claim_joins_three_reports_of_the_same_accusation(train_base, voa):
    boards = train_base.claims(min_articles=2)
    accusation = next(
        b
        for b in boards
        if any("based in Afghanistan" in i.text for i in b.claim.items) and len(b.claim.articles) >= 2
    )
    texts = [i.text for i in accusation.claim.items]
    assert all("Afghan" in t for t in texts), texts  # one proposition, not the whole story
    for item in accusation.claim.items:
        text = voa[item.article].text
        assert all(0 <= s < e <= len(text) for s, e in item.spans)


def test_a_denial_that_spells_out_what_it_denies_is_about_that(train_base):
    # "The group also opposes Chinese investment ... Both Pakistan and China reject the claims that their
    # joint ventures are depriving ethnic Baloch ...": the denial names its own claim; it is not about the
    # sentence before it, and the reports that carry it deny one claim together.
    boards = train_base.claims()
    denial = next(b for b in boards if any("joint ventures" in i.text for i in b.claim.items))
    assert not any("opposes Chinese investment" in i.text for i in denial.claim.items)
    assert {i.stance for i in denial.claim.items} == {"deny"}
    assert len(denial.claim.articles) >= 2


def test_a_claim_only_denied_states_what_is_denied(train_base):
    # "Both Pakistan and China reject the claims that their joint ventures are depriving ethnic Baloch
    # ...": the claim is about the joint ventures; the denial is its item, not its statement
    boards = train_base.claims()
    denial = next(b for b in boards if any("joint ventures" in i.text for i in b.claim.items))
    assert denial.claim.statement.startswith("Their joint ventures are depriving ethnic Baloch")


def test_a_claims_statement_stands_alone():
    # VOA 8009976 and 8011076: "it killed 33 BLA terrorists" (the military said) spoke for the claim
    import numpy as np

    from dossier.evidence.claims import Member, speaker

    said = dossier.extract(
        "In the clearance operation, the Pakistan military said it killed 33 BLA terrorists.",
        id="8011076",
        published="2025-03-14",
    )
    claimed = dossier.extract(
        "The military claimed the killing of 33 terrorists.", id="8009976", published="2025-03-13"
    )
    items = [*claim_items(said), *claim_items(claimed)]
    assert [i.text for i in items] == [
        "it killed 33 BLA terrorists",
        "The military claimed the killing of 33 terrorists.",
    ]
    members = [Member(item, np.ones(4) / 2, "c") for item in items]  # equally close to the rest
    assert speaker(members).item.text == "The military claimed the killing of 33 terrorists."


def test_a_sentence_states_what_it_asserts_whatever_else_it_plans():
    # VOA 6181504 (2019): the purpose "to back its claims" comes first, the rejection after it
    record = dossier.extract(
        "Beijing cites historic records to back its claims and has rejected the arbitral ruling.",
        published="2019-12-12",
    )
    [item] = claim_items(record)
    assert (item.stance, item.type) == ("assert", "REJECT")
    # a sentence whose every event is still to come states nothing yet
    planned = dossier.extract("Britain will cede sovereignty of the Chagos Islands.", published="2025-03-11")
    assert not claim_items(planned)
    # VOA 8004380 (2025): but the purpose of something done does not silence it
    text = (
        "U.S. President Donald Trump is keeping new tariffs in place on Mexico, Canada and China to pressure "
        "them to block the flow of the deadly synthetic opioid fentanyl into the United States."
    )
    [item] = claim_items(dossier.extract(text, published="2025-03-09"))
    assert item.text.startswith("U.S. President Donald Trump is keeping new tariffs in place")
    # nor is a plan or a prediction a claim yet (VOA 8010030, 6180015)
    for text in (
        "He also plans to urge G7 foreign ministers to focus on ending the Russia-Ukraine war.",
        "Analysts say it will likely add to calls in Congress to impose CAATSA sanctions against Turkey.",
    ):
        assert not claim_items(dossier.extract(text, published="2025-03-12")), text


def test_what_a_passive_declares_with_nobody_quoted_is_stated_by_its_sentence():
    # VOA 8007760: "declared" has no source, and its content is only the passive's subject and a place
    record = dossier.extract(
        "An emergency was declared at the government hospital in Sibi, to facilitate receiving the injured.",
        published="2025-03-12",
    )
    [item] = claim_items(record)
    assert item.text.startswith("An emergency was declared at the government hospital in Sibi")


def test_a_gloss_is_no_claim_and_a_relative_clause_keeps_its_sentence(voa):
    # VOA 6181235 (2019): "The DPRK stands for ..." states nothing; VOA 6180932: "..., which is deemed to
    # violate CAATSA" needs the sentence that says what "which" is
    korea = dossier.extract(voa["6181235"].text, id="6181235", published=voa["6181235"].published)
    assert not [i for i in claim_items(korea) if "stands for" in i.text]
    turkey = dossier.extract(voa["6180932"].text, id="6180932", published=voa["6180932"].published)
    texts = [i.text for i in claim_items(turkey)]
    assert not [t for t in texts if t.split()[0] in ("which", "who")]
    assert any(t.startswith("The measures are in response to Ankara's purchase") for t in texts)
    # VOA 8009004: "UNSC is shorthand for the U.N. Security Council" neither
    sudan = dossier.extract(voa["8009004"].text, id="8009004", published=voa["8009004"].published)
    assert not [i for i in claim_items(sudan) if "shorthand" in i.text]


def test_not_replying_to_a_request_for_comment_is_a_decline():
    # VOA, 12 March 2025 (the Alinejad trial): a non-response, not a claim that the ministry did not reply
    record = dossier.extract(
        "Iran’s Foreign Ministry did not immediately reply to VOA’s email requesting comment.", id="a"
    )
    assert [i.stance for i in claim_items(record)] == ["decline"]
    # VOA 8006723, 8010476 and 8008079: ignoring requests and having no comment decline too, unless the
    # refusal is only a concessive clause before what the sentence says
    for text in (
        "The two governments have ignored VOA requests for comment.",
        "The U.S. State Department had no comment on the Jairan's departure from China when contacted by VOA.",
    ):
        assert [i.stance for i in claim_items(dossier.extract(text, id="b"))] == ["decline"]
    text = (
        "Although officials have made no comment, analysts point out that India backs the continuation of "
        "the military base in Diego Garcia."
    )
    assert "decline" not in [i.stance for i in claim_items(dossier.extract(text, id="c"))]


def test_refusals_to_comment_on_different_things_are_not_one_claim(voa):
    from dossier.evidence import build_claims

    # VOA 8006723 (Uyghurs deported by Thailand) and 8008126 (the Alinejad trial): each refusal is about its
    # own story, however alike the words
    records = [dossier.extract(voa[s].text, id=s, published=voa[s].published) for s in ("8006723", "8008126")]
    refusals = [
        c
        for c in build_claims(records)
        if any("comment" in i.text and i.stance == "decline" for i in c.items)
    ]
    assert refusals and all(len({i.article for i in c.items}) == 1 for c in refusals)


def test_a_restatement_that_names_no_claim_of_its_own_joins_the_one_before_it(train_base):
    # VOA, 13 March 2025: "'During the operation, these terrorists were in contact with their supporters
    # and masterminds in Afghanistan ...,' Chaudhry said. ... Later, the military's media wing reiterated
    # the assertion." The restatement is the same claim, not one of its own.
    boards = train_base.claims()
    restated = next(b for b in boards if any("reiterated the assertion" in i.text for i in b.claim.items))
    assert any("masterminds in Afghanistan" in i.text for i in restated.claim.items)


def test_claims_never_chain_a_whole_story(train_base):
    boards = train_base.claims()
    largest = max(len(b.claim.items) for b in boards)
    assert largest <= 12  # a claim is a proposition, not the hijacking story's 120 sentences
    assert sum(len(b.claim.items) for b in boards) > 60


def test_ingest_is_incremental_and_resumable(tmp_path, voa):
    db = tmp_path / "inc.db"
    with dossier.EvidenceBase(db) as base:
        list(base.ingest([voa["8006651"], voa["8007760"]]))
        before = {i.article + str(i.idx): c for c, i in base.store.claims.source_items()}
        assert [r.status for r in base.ingest([voa["8006651"], voa["8009976"]])] == ["skipped", "stored"]
        after = {i.article + str(i.idx): c for c, i in base.store.claims.source_items()}
    assert {k: after[k] for k in before} == before  # nothing already grouped was regrouped
    assert any(k.startswith("8009976") for k in after)


def test_an_article_stored_but_not_grouped_is_grouped_next_time(tmp_path, voa):
    db = tmp_path / "crash.db"
    record = dossier.extract(voa["8009976"].text, id="8009976", published="2025-03-13")
    with dossier.EvidenceBase(db) as base:
        base.store.save(record)  # as a crash between the article's commit and its grouping leaves it
        assert base.store.claims.ungrouped() == ["8009976"]
        assert base.group_pending() == 1
        assert base.store.claims.ungrouped() == []
        assert base.claims()


def test_claims_json_export_has_the_scorer_shape(train_base):
    payload = [b.to_dict() for b in train_base.claims(min_articles=2)]
    claim = payload[0]
    assert {"id", "statement", "type", "actor", "recipient", "date", "items"} <= set(claim)
    item = claim["items"][0]
    assert {"article", "spans", "stance", "source", "via", "kind"} <= set(item)
    assert item["stance"] in ("assert", "deny", "decline") and item["kind"] in (
        "event",
        "attribution",
        "statement",
    )
    json.dumps(payload)


def test_a_claim_has_a_normalised_proposition_and_its_best_quote(train_base):
    payload = [b.to_dict() for b in train_base.claims(min_articles=2)]
    for claim in payload:  # the quote is verbatim: one member's whole text, the statement cut from it
        assert claim["quote"] in [i["text"] for i in claim["items"]]
        cut = claim["statement"].rstrip("…").strip()
        if any(i["stance"] == "assert" for i in claim["items"]):
            assert claim["quote"].removeprefix("that ").startswith(cut)
        else:  # only denied: the statement is what the denial spells out ("reject the claims that ...")
            assert cut[1:] in claim["quote"] and cut != claim["quote"]
    coded = [c for c in payload if c["type"]]
    assert coded and all(c["proposition"].split()[1] == c["type"] for c in coded)
    assert all(c["proposition"] is None for c in payload if not c["type"])
    dated = [c for c in coded if c["date"]]
    assert dated and all(f"on {c['date']}" in c["proposition"] for c in dated)


def test_a_claim_board_and_a_prefix_lookup(train_base):
    board = train_base.claims(min_articles=2)[0]
    assert train_base.claim(board.claim.id[:8]).claim.id == board.claim.id
    with pytest.raises(NotFoundError):
        train_base.claim("cffffffffffff")
    with pytest.raises(UsageError):
        train_base.claim("c")


def test_a_query_finds_the_claim_by_meaning(train_base):
    found = train_base.claims(query="Afghanistan denies it directed the train attack", limit=3)
    assert found and any("Afghan" in b.claim.statement for b in found)


def test_sources_are_counted_once_across_reports(train_base):
    sources = train_base.sources()
    keys = [s.key for s in sources]
    assert len(keys) == len(set(keys))
    busiest = sources[0]
    record = train_base.source(busiest.key)
    assert record.statements and all(
        s["standing"] in ("confirmed", "contradicted", "unresolved") for s in record.statements
    )


def test_one_outlets_anonymous_sources_and_own_voice_count_once(train_base):
    # VOA, 11 and 12 March 2025: "Security sources have said the handlers / those involved in Tuesday's
    # attack are based in Afghanistan", in two VOA reports: VOA's security sources, counted once
    boards = train_base.claims(min_articles=2)
    accusation = next(b for b in boards if any("based in Afghanistan" in i.text for i in b.claim.items))
    anonymous = [i for i in accusation.claim.items if i.source_kind == "anonymous"]
    assert len({i.article for i in anonymous}) >= 2
    assert len({i.source_key for i in anonymous}) == 1 and "voanews.com" in anonymous[0].source_key
    assert all(i.outlet == "voanews.com" for i in accusation.claim.items)  # from each story's URL


def test_a_group_and_its_members_and_an_official_and_the_official_are_one_voice(tmp_path, voa):
    # VOA 8006651, 8007760 and 8009314: "The Baloch Liberation Army, or BLA, quickly claimed
    # responsibility" twice and "Separatists belonging to the banned BLA claimed responsibility" are the
    # BLA's word three times, not two sources confirming each other; "the railway official" who says "It's a
    # no-signal area" is Imran Hayat, named before him, whom the other report quotes by name
    base = dossier.EvidenceBase(tmp_path / "voices.db")
    assert {r.status for r in base.ingest([voa[s] for s in ("8006651", "8007760", "8009314")])} == {"stored"}
    boards = base.claims(min_articles=2)
    claimed = next(b for b in boards if any("claimed responsibility" in i.text for i in b.claim.items))
    assert len({i.article for i in claimed.claim.items}) == 3 and claimed.assertion_sources == 1
    assert claimed.grade != 1
    signal = next(b for b in boards if any("no signal" in i.text for i in b.claim.items))
    assert signal.assertion_sources == 1
    base.close()
    # VOA 6180015: "a senior State Department official told reporters ... The official added that sanctions
    # could follow": the same unnamed official, not the department
    turkey = dossier.extract(voa["6180015"].text, id="6180015", published=voa["6180015"].published)
    keys = {
        i.source_key
        for i in claim_items(turkey)
        if i.text.startswith(("There is room", "that sanctions could"))
    }
    assert len(keys) == 1 and "senior state department" in next(iter(keys))


def test_the_seed_alone_keeps_its_denial_and_refusal(tmp_path, seed_text):
    with dossier.EvidenceBase(tmp_path / "seed.db") as base:
        list(base.ingest([Article("iran_missiles_ap", seed_text, published=SEED_PUBLISHED)]))
        boards = base.claims()
    stances = {i.stance for b in boards for i in b.claim.items}
    assert {"assert", "deny", "decline"} <= stances


def test_a_conflicting_figure_is_another_claim_linked_as_conflicting():
    from dossier.evidence import build_claims

    # VOA, 13 March 2025 (8009976), and the same report with the toll another outlet gave
    toll = "At least {} passengers and four paramilitary troops died in the attack on the Jaffar Express."
    records = [
        dossier.extract(toll.format(21), id="a", published="2025-03-13", outlet="VOA"),
        dossier.extract(toll.format(21), id="b", published="2025-03-13", outlet="Other"),
        dossier.extract(toll.format(31), id="c", published="2025-03-14", outlet="Third"),
    ]
    claims = build_claims(records)
    of = {i.article: c for c in claims for i in c.items}
    assert of["a"].id == of["b"].id != of["c"].id  # the same figure joins, another figure does not
    assert of["c"].id in of["a"].conflicts or of["a"].id in of["c"].conflicts


def test_a_figure_in_words_conflicts_with_another(voa):
    from dossier.evidence import build_claims

    assert numbers_in("Five Frontier Corps personnel were also killed") == ["5"]
    assert numbers_in("one of two militant groups driving twenty-one attacks") == ["2", "21"]
    # VOA 8011076 and 8009314 give the Frontier Corps' dead as five and as four
    records = [
        dossier.extract(voa[story].text, id=story, published=voa[story].published)
        for story in ("8011076", "8009314")
    ]
    claims = build_claims(records)
    five = next(c for c in claims for i in c.items if i.text.startswith("Five Frontier Corps personnel"))
    four = next(c for c in claims for i in c.items if "Four frontier corps personnel" in i.text)
    assert five.id != four.id


def test_figures_conflict_only_for_one_thing_counted_in_texts_that_agree(train_base):
    from dataclasses import replace

    from dossier.evidence.items import counted_figures
    from dossier.evidence.linking import conflicting_figures, load_linker

    assert counted_figures("The sources said 16 terrorists had been killed.") == {
        "terrorist": frozenset({"16"})
    }
    item = next(i for b in train_base.claims() for i in b.claim.items)
    sixteen = replace(
        item, article="a", type="ASSAULT", text="The sources said 16 terrorists had been killed."
    )
    thirty_three = replace(sixteen, article="b", text="Officials said it killed 33 BLA terrorists.")
    assert conflicting_figures(sixteen, thirty_three)
    # VOA 8009314 and 8006651: 21 passengers dead and 450 on board count passengers, in texts far apart
    # (two figures of one attack, not two accounts of one figure); "six attackers" counts other people
    dead = replace(sixteen, text="21 passengers died in the initial attack by the BLA")
    aboard = replace(
        thirty_three, text="The train was carrying roughly 450 passengers, when it came under attack."
    )
    assert load_linker().score(dead, aboard, 0.35, {}) is not None
    attackers = replace(thirty_three, text="They killed all six attackers who laid siege to a hotel.")
    assert not conflicting_figures(dead, attackers)


def test_a_claim_of_responsibility_is_the_sentence_that_names_who_claims(voa):
    from dossier.evidence import build_claims

    # VOA 8006503 and 8008152: "The Islamist militant group al-Shabab immediately claimed responsibility for
    # the attack." / "Al-Shabab, a U.S.-designated terrorist group, claimed responsibility for the hotel
    # attack on Tuesday.": one claim, stated with its claimant, not "responsibility for the hotel attack"
    records = [dossier.extract(voa[s].text, id=s, published=voa[s].published) for s in ("8006503", "8008152")]
    claims = build_claims(records)
    claimed = [i for c in claims for i in c.items if "claimed responsibility" in i.text]
    assert len(claimed) == 2 and all(
        i.text.lower().startswith(("al-shabab", "the islamist")) for i in claimed
    )
    assert len({c.id for c in claims for i in c.items if i in claimed}) == 1


def test_a_source_claiming_to_do_something_is_stated_with_its_sentence(voa):
    # VOA 8007760: "the banned separatist militant group claimed to be holding more than 200 hostages": the
    # content alone ("to be holding more than 200 hostages, ...") was the claim's statement, saying nobody
    record = dossier.extract(voa["8007760"].text, id="8007760", published=voa["8007760"].published)
    holding = next(i for i in claim_items(record) if "200 hostages" in i.text)
    assert holding.text.startswith("In a statement to media, the banned separatist militant group claimed")
    assert holding.spans == [holding.sentence]


def test_an_accusation_is_stated_with_its_sentence(voa):
    # VOA 8009314 (2025): "Islamabad has blamed several recent attacks on militants present on Afghan soil",
    # asserted since c78bd43, made the content alone ("several recent attacks on militants present on
    # Afghan soil") a claim's statement, saying neither who blames nor whom
    record = dossier.extract(voa["8009314"].text, id="8009314", published=voa["8009314"].published)
    blamed = next(i for i in claim_items(record) if "several recent attacks" in i.text)
    assert blamed.text.startswith("Islamabad has blamed")
    assert blamed.spans == [blamed.sentence]


def test_events_of_one_kind_with_other_figures_are_other_claims(train_base):
    from dataclasses import replace

    from dossier.evidence.linking import load_linker

    # VOA, 13 and 12 March 2025: "The military claimed the killing of 33 terrorists." / "The sources said
    # 16 terrorists had been killed.": two figures for one thing, however differently worded
    items = [i for b in train_base.claims() for i in b.claim.items]
    killed_33 = next(i for i in items if "33" in i.numbers)
    killed_16 = replace(killed_33, article="other", text="The sources said 16 terrorists had been killed.")
    killed_16 = replace(killed_16, numbers=["16"], type="ASSAULT")
    killed_33 = replace(killed_33, type="ASSAULT")
    linker = load_linker()
    assert linker.score(killed_33, killed_16, 0.6, {}) is None
    assert linker.score(killed_33, replace(killed_16, type="AID"), 0.6, {}) is not None


def test_a_claim_takes_its_type_from_what_asserts_it(tmp_path, voa):
    # VOA, 13 March 2025: the ISPR's "the attack was orchestrated and directed ... from Afghanistan" and
    # Balkhi's rebuttal ("Islamabad must address internal issues", a REQUEST) are one claim; its event is
    # the asserted attack, not the rebuttal's demand
    base = dossier.EvidenceBase(tmp_path / "one.db")
    assert [r.status for r in base.ingest([voa["8009976"]])] == ["stored"]
    board = next(b for b in base.claims() if any("orchestrated" in i.text for i in b.claim.items))
    assert {i.stance for i in board.claim.items} == {"assert", "deny"}
    assert board.claim.type == "ASSAULT"
    base.close()


def test_a_key_too_common_in_a_large_store_blocks_nothing():
    """Blocking keys are those few items carry: at most a share of the store and at most MAX_KEY_ITEMS,
    so that finding an item's candidates takes bounded time however large the store grows."""
    from dossier.evidence.claims import MAX_KEY_ITEMS, MAX_KEY_SHARE, blocking_keys

    class Counts:  # a store of 100,000 items, as an ItemIndex answers blocking_keys
        def item_count(self):
            return 100_000

        def key_counts(self, keys):
            return {
                "w:ceasefire": 40,
                "w:kyiv": MAX_KEY_ITEMS + 1,
                "w:held": int(MAX_KEY_SHARE * 100_000) + 1,
            }

    item = claim_items(dossier.extract("Kyiv said the ceasefire held on Tuesday.", published="2025-03-12"))[0]
    keys, idf = blocking_keys(item, Counts())
    assert "w:ceasefire" in keys and "w:tuesday" in keys  # rare: they block
    assert "w:kyiv" not in keys  # under 5% of the store, but carried by more than MAX_KEY_ITEMS items
    assert "w:held" not in keys  # over 5% of the store
    assert idf["w:ceasefire"] > idf["w:kyiv"] > idf["w:held"]


def test_a_sentence_a_subheading_runs_into_still_states_its_claim(voa):
    # VOA: "... before the final push Wednesday evening. The attack The Jaffar Express, a cross-country
    # train with roughly 450 people on board, came under a bomb and gun attack ...": the heading is set
    # aside, the sentence after it is the story
    article = voa["8009314"]
    assert "The attack" in [f.text for f in article.furniture]
    record = next(iter(dossier.extract_many([article])))
    item = next(i for i in claim_items(record) if "came under a bomb and gun attack" in i.text)
    assert record.text[item.sentence[0] :].startswith("The Jaffar Express, a cross-country train")


def test_what_a_source_says_is_not_typed_by_the_meeting_where_it_was_said():
    # VOA 8009976: the Security Council meeting is where the envoy spoke, not what he claims
    text = (
        "Speaking at a United Nations Security Council meeting on Afghanistan this week, Pakistan's permanent "
        "representative to the United Nations, Munir Akram, said Kabul was failing to rein in Baloch "
        "separatists."
    )
    record = dossier.extract(text, published="2025-03-13")
    assert "CONSULT" in [e.type for e in record.events]  # the meeting is still an event of the sentence
    (item,) = claim_items(record)
    assert item.kind == "attribution" and item.text.startswith("Kabul was failing")
    assert item.type != "CONSULT"


def test_a_negative_statement_is_a_claim_of_its_own_that_conflicts_with_its_positive(voa):
    from dossier.evidence import build_claims

    # VOA 8008456 (2025): "Russia has not agreed to the ceasefire, ..." is what the outlet states, not a
    # denial of whatever the story said before it; beside a report that says Russia agreed, it is another
    # claim, linked as conflicting
    record = dossier.extract(voa["8008456"].text, id="8008456", published=voa["8008456"].published)
    negative = next(i for i in claim_items(record) if i.text.startswith("Russia has not agreed"))
    assert negative.stance == "assert" and negative.negated
    text = "Russia {} to the ceasefire proposed by the United States, officials in Moscow said on Tuesday."
    records = [
        dossier.extract(text.format("has not agreed"), id="a", published="2025-03-12", outlet="VOA"),
        dossier.extract(text.format("has not agreed"), id="b", published="2025-03-12", outlet="Other"),
        dossier.extract(text.format("agreed"), id="c", published="2025-03-12", outlet="Third"),
    ]
    of = {i.article: c for c in build_claims(records) for i in c.items}
    assert of["a"].id == of["b"].id != of["c"].id
    assert of["c"].id in of["a"].conflicts or of["a"].id in of["c"].conflicts


def test_refusing_a_thing_is_no_denial_of_a_claim(voa):
    # VOA 7678740 (2024): "Opposition parties rejected the budget, saying it would be highly inflationary"
    # was listed as a denial of the officials' claim that the budget would bring growth; VOA 6205362 (2021):
    # "The database gleefully rejected passport numbers ..." as a denial of the reporter's struggle
    for story, opening in (
        ("7678740", "Opposition parties rejected the budget"),
        ("6205362", "The database"),
    ):
        record = dossier.extract(voa[story].text, id=story, published=voa[story].published)
        item = next(i for i in claim_items(record) if i.text.startswith(opening))
        assert item.stance == "assert", item
    # rejecting a claim by name, or what a clause says, is a denial
    for text in (
        "Zamora's legal team has rejected all the accusations.",
        "The insurgent group denied involvement in the attack on the market.",
    ):
        assert [i.stance for i in claim_items(dossier.extract(text))] == ["deny"]


def test_a_misspelt_surname_after_a_title_is_the_person_named_in_full(voa):
    from dossier.evidence.sources import SourceIdentity, SourceRegistry, source_identity

    # VOA 8009314 (2025): "Military spokesperson Chaundry claimed ..." is Lt. Gen. Ahmed Sharif Chaudhry of
    # the other hijacking reports, misspelt: his claim in two reports was "confirmed by 2 distinct sources"
    story = voa["8009314"]
    record = dossier.extract(story.text, id=story.id, published=story.published)
    k = next(k for k, a in enumerate(record.attributions) if a.source and a.source.text.endswith("Chaundry"))
    identity = source_identity(record, k)
    assert identity.key == "named:chaundry"
    full = SourceIdentity("named:ahmed sharif chaudhry", "Ahmed Sharif Chaudhry", "named", entity="Chaudhry")
    registry = SourceRegistry([full, identity])
    assert registry.key(identity.key) == full.key
    # one letter apart in a short name is another person; so is another first letter
    other = SourceRegistry(
        [
            SourceIdentity("named:imran khan", "Imran Khan", "named", entity="Imran Khan"),
            SourceIdentity("named:khar", "Khar", "named"),
        ]
    )
    assert other.key("named:khar") == "named:khar"


def test_each_sentence_of_a_running_quotation_is_its_speakers(voa):
    # VOA 7638284 (2024), an interview: the first sentence of each of Armitage's answers stood for the whole
    # answer, and the sentences after it were the outlet's own statements
    record = dossier.extract(voa["7638284"].text, id="7638284", published=voa["7638284"].published)
    items = claim_items(record)
    first = next(i for i in items if i.text.startswith("That type of exercise"))
    assert first.text == "That type of exercise, punishment exercise, was expected."
    speech = next(i for i in items if i.text.startswith("The inauguration speech of Lai"))
    assert (speech.kind, speech.source, speech.stance) == ("attribution", "Armitage", "assert")
    # VOA 8007760 (2025): '"It's a no signal area. They [attackers] stopped the train ...," Hayat said': the
    # item of the sentence that names Hayat holds that sentence's words, not the whole quotation
    record = dossier.extract(voa["8007760"].text, id="8007760", published=voa["8007760"].published)
    stopped = next(i for i in claim_items(record) if "stopped the train" in i.text)
    assert stopped.source == "Hayat" and stopped.text.startswith("They [attackers] stopped the train")
    assert all(stopped.sentence[0] <= s and e <= stopped.sentence[1] for s, e in stopped.spans)


def test_one_storys_sentences_are_one_claim_only_where_one_restates_the_other(tmp_path, voa):
    # VOA 6203091: "Egypt and Turkey are traditionally allies.", "Turkey has paid a high price for
    # alienating Egypt.", a retired admiral's and an analyst's quotes on the two countries' ties were one
    # claim "asserted by 2 distinct sources": four propositions of one story, no restatement among them
    with dossier.EvidenceBase(tmp_path / "one.db") as base:
        assert [r.status for r in base.ingest([voa["6203091"]])] == ["stored"]
        boards = base.claims()
    allies = next(
        b
        for b in boards
        if any(i.text == "Egypt and Turkey are traditionally allies." for i in b.claim.items)
    )
    assert not any("paid a high price" in i.text for i in allies.claim.items)
    assert len({i.source for i in allies.claim.items if i.stance == "assert"}) == 1
