"""Boilerplate is never content: page furniture is found, listed with its reason, and never read."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

import dossier
from conftest import fnc_train_bodies, shared_path
from dossier.ingest import make_article
from dossier.ingest.boilerplate import find_furniture, mask_furniture
from dossier.schema import from_dict, to_dict

MINISTRY = "The Health Ministry said 12 people were killed in the strike on the market."
HAMAS = "Hamas denied that its fighters had used the building, a spokesman said."


def found(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(f.text, f.reason) for f in find_furniture(text, title)]


# --- one line, one kind ---------------------------------------------------------------------------------

FURNITURE_LINES = [
    ("Read more: Gaza war latest – click here", "read_more"),
    ("Read More: Behind the scenes of the prisoner exchange", "read_more"),
    ("Continue reading the main story", "read_more"),
    ("Scroll down for video", "prompt"),
    ("On a mobile device? Click here to watch the video.", "prompt"),
    ("VIEW GALLERY", "prompt"),
    ("Advertisement", "prompt"),
    ("Sign up for our daily newsletter here.", "newsletter"),
    ("Sign up now", "newsletter"),
    ("Follow us: @thenewsdesk on Twitter | thenewsdesk on Facebook", "social"),
    ("Follow Jane Doe on Twitter @janedoe.", "social"),
    ("Like Us On Facebook |   Follow Us On Twitter |   Contact The Author", "social"),
    ("Share this:", "social"),
    ("(AP Photo/Hani Mohammed)", "photo_credit"),
    ("REUTERS/Stringer", "photo_credit"),
    ("Photo credit: Getty Images", "photo_credit"),
    ("[Image via screengrab]", "photo_credit"),
    ("Image caption", "caption"),
    ("Inches from disaster: The attack happened just outside the caucus rooms", "caption"),
    ("Getty   Hailed as a hero: the sergeant-at-arms at the ceremony", "caption"),
    (
        "Copyright 2014 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed.",
        "copyright",
    ),
    ("© 2015 Example Media. All rights reserved.", "copyright"),
    ("Related: Ceasefire talks stall in Cairo", "related"),
    ("RELATED COVERAGE", "related"),
    ("MORE: Militants seize second town", "related"),
    ("By Jane Doe", "byline"),
    ("(Reporting by Jane Doe; Editing by John Smith)", "byline"),
    ("jdoe@example.com", "byline"),
    ("brightcove.createExperiences();", "embed"),
    ("<!-- ad_client = 'pub-123'; //-->", "embed"),
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE_LINES)
def test_a_furniture_line_between_paragraphs_is_found_whole(line, reason):
    text = f"{MINISTRY}\n\n{line}\n\n{HAMAS}"
    start = text.index(line)
    [item] = find_furniture(text)
    assert (item.text, item.reason) == (line, reason)
    assert item.spans == [(start, start + len(line))]


def test_furniture_inside_a_line_is_cut_out_alone():
    text = "Police said the suspect fled (AP Photo/Hani Mohammed) and was later arrested, officials said."
    assert found(text) == [("(AP Photo/Hani Mohammed)", "photo_credit")]
    text = (
        "Apple updated its laptops on Tuesday. You can read more about the new models here. "
        "Prices start at $999, the company said."
    )
    assert found(text) == [("You can read more about the new models here.", "read_more")]
    text = "UPDATE: This story seems to be false. (read more)"
    assert found(text) == [("(read more)", "read_more")]
    text = "A man sits under a flag in Mosul on June 12, 2014.  John Moore / Getty Images"
    assert found(text) == [("John Moore / Getty Images", "photo_credit")]


@pytest.mark.parametrize(
    "sentence",
    [
        "“They love life, a lot like us, really,” she said.",
        "Like others on YouTube, the channel makes money from pop-up and banner adverts.",
        "They believe that even if America was leading, the rest of the world would not follow us.",
        "A Reuters/Ipsos poll released Friday showed the race tightening.",
        "Bloomberg has an impressive rÃ©sumÃ©: he founded a global financial information company.",
        "Mr. Bezos owns The Washington Post, which has covered the campaign aggressively.",
        "Security forces in Somalia say they killed all six attackers who laid siege to the hotel.",
        "He added: 'She was after all a paying customer, even if a bit of an odd one.'",
        "A spokesman said: “We are certainly not aware of any arrest.”",
    ],
)
def test_content_sentences_are_not_furniture(sentence):
    assert found(f"{MINISTRY} {sentence} {HAMAS}") == []
    assert found(f"{MINISTRY}\n\n{sentence}\n\n{HAMAS}") == []


def test_the_items_of_a_list_are_not_subheadings():
    text = (
        f"{MINISTRY}\n\nThe candidate, apparently, has to accomplish the following:\n\nStop lying\nShow humility\n"
        f"Fill in the gaps in his policy proposals.\n\n{HAMAS}"
    )
    assert found(text) == []


def test_a_comma_is_in_a_heading_only_between_two_nouns():
    text = f"{MINISTRY} Reuters, like The Associated Press, reported the result on Tuesday. {HAMAS}"
    assert found(text) == []
    text = f'{MINISTRY} Today, one website shared photos under the heading "Hard work" on its front page.'
    assert found(text) == []
    text = f"{MINISTRY} Definition, limits The constitution defines the country as a republic. {HAMAS}"
    assert found(text) == [("Definition, limits", "subheading")]


def test_a_heading_before_a_possessive_name_is_cut_but_not_a_clause_or_a_title():
    text = f"{MINISTRY} Old friends Malaysia's former prime minister seldom criticized China. {HAMAS}"
    assert found(text) == [("Old friends", "subheading")]
    for sentence in (
        "Former president Trump's lawyers filed a motion on Monday.",  # a title runs on into the name
        "The fake site used CCTV's logo and embedded tweets.",  # a clause with its object
        "North Korea observers speculate Kim's weight may be a factor.",
        "Rebels caught Assad's forces by surprise in the north.",
    ):
        assert found(f"{MINISTRY} {sentence} {HAMAS}") == [], sentence


def test_title_case_text_is_not_taken_for_a_heading_run_into_a_sentence():
    text = "Ben Carson Slams Hillary And The Media In One Debate Answer.\n\nBen Carson was asked on Tuesday."
    assert found(text) == []


# --- headlines and subheadings --------------------------------------------------------------------------

BODY = (
    "Hours after ending this week's hotel siege, Somalia's intelligence agency said security forces "
    "killed dozens of al-Shabab members elsewhere in the region."
)


def test_a_known_title_prepended_to_the_text_is_the_headline():
    title = "Somali forces kill 50 militants in airstrikes after ending hotel siege"
    text = f"{title} {BODY}"
    assert found(text, title) == [(title, "headline")]
    article = make_article(text, title=title)
    assert article.title == title and article.text == text


def test_a_headline_line_without_final_punctuation_becomes_the_title():
    text = f"Airstrikes kill 50 militants\n{BODY}"
    assert found(text) == [("Airstrikes kill 50 militants", "headline")]
    article = make_article(text)
    assert article.title == "Airstrikes kill 50 militants"
    assert article.text == text  # nothing is cut from the text
    assert make_article(text, title="Somalia strikes").title == "Somalia strikes"  # a given title wins


def test_a_first_sentence_or_a_dateline_is_not_a_headline():
    assert found(f"WASHINGTON — {BODY}") == []
    assert found(f"{MINISTRY}\n{BODY}") == []
    standfirst = "A spokesman for the health ministry denied reports that militants in Mosul had Ebola"
    assert found(f"{standfirst}\n\n{BODY}") == []


def test_a_subheading_run_into_the_body_is_found_on_a_real_voa_story():
    story = voa_stories()["8008152"]
    text = story["text"]
    items = [f for f in find_furniture(text, story["title"]) if f.reason == "subheading"]
    assert [(f.text, f.reason) for f in items] == [
        ("Airstrikes kill 50 militants", "subheading"),
        ("Media outlets closed", "subheading"),
    ]
    start, end = items[0].spans[0]
    assert text[start:end] == "Airstrikes kill 50 militants"
    assert text[end:].startswith(" Hours after ending this week")


def test_a_subheading_in_single_quotes_is_found_but_not_a_quoted_phrase_of_a_sentence():
    text = f"{MINISTRY} 'It reflects the fear' Abdul Ghafoor Lewal, an Afghan writer, told VOA the ban was wrong."
    assert found(text) == [("'It reflects the fear'", "subheading")]
    # VOA 8006723 (2025): an apostrophe inside, a space before the closing mark
    text = (
        f"{MINISTRY} ‘We don’t have a country’ Thai officials claimed that no other country had offered help."
    )
    assert found(text) == [("‘We don’t have a country’", "subheading")]
    text = (
        f"{MINISTRY} ‘We are very concerned ’ In a statement, the Thai government said China asked for them."
    )
    assert found(text) == [("‘We are very concerned ’", "subheading")]
    for sentence in (
        "'Tiger King' star Joe Exotic was sentenced to 22 years.",  # a title the sentence goes on with
        "'We will fight,' Lewal said on Monday.",  # a quote with its own comma
        "‘We don’t know,’ Lewal said on Monday.",  # the same, with an apostrophe inside
    ):
        assert found(f"{MINISTRY} {sentence} {HAMAS}") == [], sentence


def test_a_heading_before_a_name_set_off_by_a_comma_is_cut_but_not_a_title():
    text = (
        f"{MINISTRY} Indian reluctance Richard Weitz, director of the Hudson Institute, told VOA it was so."
    )
    assert found(text) == [("Indian reluctance", "subheading")]
    for sentence in (
        "Afghan writer Nazeer Ahmad Sahaar, a former diplomat, told VOA the ban was wrong.",  # a trade
        "Local residents Ahmad Khan, a farmer, and his son fled the town on Monday.",  # a clause's subject
        "Radio host John Smith, a critic of the plan, said it would fail.",  # a trade of any ending
        "State delegate Mary Jones, wearing a red cape, cheered the nominee.",
        "Democratic nominee Jane Doe, at a later press conference, said she was briefed.",
    ):
        assert found(f"{MINISTRY} {sentence} {HAMAS}") == [], sentence


def test_a_subheading_with_an_abbreviated_versus_is_found_on_a_real_voa_story():
    story = voa_stories()["6203091"]
    text = story["text"]
    items = [f.text for f in find_furniture(text, story["title"]) if f.reason == "subheading"]
    assert "Pragmatism vs. ideology" in items
    (result,) = dossier.extract_many([make_article(text, id=story["id"], title=story["title"])])
    sources = [a.source.text for a in result.attributions if a.cue and a.cue.text == "suggest" and a.source]
    assert "Analysts" in sources and not any("ideology" in s for s in sources)


# --- the corpora ----------------------------------------------------------------------------------------


def voa_stories() -> dict[str, dict]:
    with shared_path("datasets", "voa", "voa_stories.jsonl").open(encoding="utf-8") as handle:
        return {story["id"]: story for story in map(json.loads, handle)}


# Every stretch the detector sets aside in the 89 VOA stories, each read in its story and checked by hand:
# all are section subheadings run into the body text (VOA's pages lose their line breaks).
VOA_FURNITURE = [
    ("8011117", "Definition, limits"),  # a pair of nouns: "Definition, limits The constitution defines ..."
    ("8011218", "'The puzzle you cannot miss'"),  # in quotes: "'The puzzle you cannot miss' Antonio ..."
    ("8008152", "Airstrikes kill 50 militants"),
    ("8008152", "Media outlets closed"),
    ("8008079", "China trade with Mauritius on rise"),
    ("8011076", "Blaming neighbors"),  # run into a day's event: "Blaming neighbors Tuesday’s attack marked"
    ("8011004", "'Hostility is directed at women'"),
    ("8011004", "'It reflects the fear'"),
    ("8009314", "The attack"),  # in sentence case before a name: "The attack The Jaffar Express, a ..."
    ("8009314", "BLA surges"),
    ("8007760", "Difficult terrain"),
    ("8007760", "BLA surges"),  # before an abbreviation: "BLA surges The United States and Pakistan ..."
    ("8007760", "Recent attacks"),
    ("8006651", "Emergency situation"),  # run into a quote: 'Emergency situation "So far, ...'
    ("8006651", "BLA surges"),
    ("8006651", "Recent attacks"),
    ("8005869", "British colony"),
    ("8005869", "Sovereignty negotiations"),
    ("8005869", "Trump approval"),
    ("8005869", "Chagossians ‘voiceless’"),
    ("8008697", "Albert Gee"),
    ("8007739", "Government involvement"),
    ("8007739", "US ban on advanced chips"),
    ("8007739", "AI and the military"),  # before a possessive name: "AI and the military China's air force"
    ("8009973", "Japanese occupation photos"),
    ("8009973", "Third-party promoters"),
    ("8006723", "‘We are very concerned ’"),  # a space before the closing mark
    ("8006723", "‘We need to closely monitor’"),
    ("8006723", "‘We don’t have a country’"),  # an apostrophe inside
    ("8009714", "The why"),
    ("8009714", "The how"),
    ("8009714", "The court"),
    ("8009714", "The outcome"),
    ("8009714", "A final decision"),
    ("6203091", "Pragmatism vs. ideology"),
    ("6204681", "The ‘Quad’ and regional security"),
    ("6204681", "Indian reluctance"),  # before a name set off by a comma: "... Richard Weitz, director"
    ("6203525", "Resistance continues"),
    ("6202623", "The escape"),
    ("6202623", "Notorious history"),
    ("6202623", "International reaction"),  # "International reaction A U.S. State Department spokesperson"
    ("6206085", "Differing opinions"),
    ("6204080", "Financial strain"),
    ("6204080", "Little choice"),
    ("6181504", "Old friends"),  # "Old friends Malaysia's former prime minister, Najib Razak, ..."
    ("6181504", "Review of relations"),
    ("6181132", "Imperfect incentives"),
    ("6181132", "Weak core subjects"),
    ("6180015", "Congress called 'anti-Turkish'"),
    ("6181245", "Money maker for Vietnam"),
    ("6180790", "Missing full potential"),
    ("7810159", "Nuclear talk body"),
    ("7810159", "Countering China"),
    ("7742331", "Chinese demand"),
    ("7742331", "Integration into Japan"),
]


def test_voa_stories_lose_only_their_subheadings_and_contributor_credits():
    stories = voa_stories()
    assert len(stories) == 89
    dropped = []
    credits = []
    for story_id, story in stories.items():
        text = story["text"]
        for item in find_furniture(text, story["title"]):
            [(start, end)] = item.spans
            assert text[start:end] == item.text
            if item.reason == "byline":  # "Tobias Mudzingwa contributed to this report."
                assert re.search(r"contributed to this report|^This (report|story) originated", item.text)
                credits.append(story_id)
                continue
            assert item.reason == "subheading"
            # a heading sits between a finished sentence and the next one, and is no sentence itself
            assert start == 0 or text[:start].rstrip()[-1] in ".!?”\"'’)"
            assert re.match(r" [\"“]?[A-Z]", text[end:]) and not re.search(
                r"(?<!\bvs)[.!?;:]|,(?! [a-z]+$)", item.text
            )
            dropped.append((story_id, item.text))
    print(f"\nVOA: {len(dropped)} subheadings and {len(credits)} credits set aside in {len(stories)} stories")
    assert dropped == VOA_FURNITURE
    credited = {i for i, story in stories.items() if "contributed to this report" in story["text"]}
    assert credited <= set(credits)  # every contributor credit is set aside


def test_fnc1_bodies_lose_their_page_furniture():
    bodies = fnc_train_bodies()
    items = [(body_id, f) for body_id, text in bodies.items() for f in find_furniture(text)]
    counts = Counter(f.reason for _, f in items)
    print(
        f"\nFNC-1 train bodies ({len(bodies)}): {sum(counts.values())} stretches, {dict(counts.most_common())}"
    )
    for reason in sorted(counts):
        sample = [f.text[:80] for _, f in items if f.reason == reason][:3]
        print(f"  {reason}: {sample}")
    # every kind of furniture the issue names turns up in real scraped bodies
    for reason in ("read_more", "prompt", "newsletter", "social", "photo_credit", "caption", "copyright"):
        assert counts[reason] >= 5, reason
    assert counts["related"] >= 50 and counts["subheading"] >= 100
    texts = Counter(f.text for _, f in items)
    for line in ("Scroll down for video", "Continue reading the main story", "Advertisement", "VIEW GALLERY"):
        assert texts[line] >= 3, line
    # what is set aside as a prompt, a credit or a copyright line says so itself
    prompts = {
        "read_more": r"read more|continue reading|see more|full story",
        "prompt": r"click|scroll|video|gallery|advert|ads|loading|photo|javascript|mobile|watch|tap",
        "newsletter": r"sign up|subscribe|newsletter|email briefing",
        "copyright": r"copyright|©|rights reserved|originally appeared",
    }
    for _, item in items:
        pattern = prompts.get(item.reason)
        assert pattern is None or re.search(pattern, item.text, re.IGNORECASE), item
        assert len(item.text) < 2000, item  # a stretch of furniture, never a whole article


# --- the pipeline never reads it ------------------------------------------------------------------------

ARTICLE = (
    f"{MINISTRY}\n"
    "Read more of our readers' letters – click here\n"
    f"{HAMAS}\n"
    "Sign up for our daily newsletter, which the editors said is free.\n"
    "Officials said the market had been closed for a week."
)


def test_extract_reads_nothing_from_furniture_and_offsets_index_the_original_text():
    record = dossier.extract(ARTICLE, published="2024-09-07")
    assert record.text == ARTICLE
    assert [(f.text, f.reason) for f in record.furniture] == [
        ("Read more of our readers' letters – click here", "read_more"),
        ("Sign up for our daily newsletter, which the editors said is free.", "newsletter"),
    ]
    blanked = [range(s, e) for f in record.furniture for s, e in f.spans]

    def outside(spans):
        return all(not (set(range(s, e)) & set(r)) for s, e in spans for r in blanked)

    for attribution in record.attributions:
        for part in (attribution.source, attribution.cue, attribution.content):
            if part is not None:
                assert outside(part.spans), part
                assert part.text == " ".join(ARTICLE[s:e] for s, e in part.spans)
    for event in record.events:
        assert outside(event.trigger.spans) and ARTICLE[slice(*event.trigger.spans[0])] == event.trigger.text
    cues = {(a.source.text if a.source else None, a.cue.text) for a in record.attributions}
    assert {("The Health Ministry", "said"), ("Hamas", "denied"), ("Officials", "said")} <= cues
    assert not any("editors" in (a.source.text if a.source else "") for a in record.attributions)
    assert to_dict(from_dict(to_dict(record))) == to_dict(record)
    assert to_dict(record)["furniture"][0] == {
        "text": "Read more of our readers' letters – click here",
        "spans": [[record.furniture[0].spans[0][0], record.furniture[0].spans[0][1]]],
        "reason": "read_more",
    }


def statements(text: str) -> set[tuple]:
    return {
        (a.source.text if a.source else None, a.cue.text, a.content.text if a.content else None, a.stance)
        for a in dossier.extract(text).attributions
    }


@pytest.mark.parametrize("ministry", [MINISTRY, MINISTRY[:-1]])
@pytest.mark.parametrize(
    "furniture",
    ["Read more of our letters – click here", "Scroll down for video", "(AP Photo/Hani Mohammed)"],
)
def test_a_blanked_stretch_reads_as_if_it_were_not_there(ministry, furniture):
    # spaCy sees blanks where the furniture was: the statements on either side are read exactly as in
    # the text without it, whether or not the sentence before it ends with a full stop.
    text = f"{ministry}\n\n{furniture}\n\n{HAMAS}"
    masked = mask_furniture(text, find_furniture(text))
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n") and furniture not in masked
    assert statements(text) == statements(f"{ministry}\n\n{HAMAS}")
    if ministry.endswith("."):  # run into the same line
        assert statements(f"{ministry} {furniture} {HAMAS}") == statements(f"{ministry} {HAMAS}")
    else:  # a sentence without its full stop runs into it: it is still cut out alone
        inline = f"{ministry} {furniture} {HAMAS}"
        assert [f.text for f in find_furniture(inline)] == [furniture]


def test_a_span_across_an_inline_credit_is_cut_around_it():
    text = "Police said the suspect fled (AP Photo/Hani Mohammed) and was later arrested, officials said."
    record = dossier.extract(text)
    [content] = [a.content for a in record.attributions if a.source and a.source.text == "Police"]
    assert content.text == "the suspect fled and was later arrested"
    assert [text[s:e] for s, e in content.spans] == ["the suspect fled", "and was later arrested"]


def test_an_article_built_by_hand_is_read_without_its_furniture_too():
    article = dossier.Article(id="a1", text=ARTICLE)
    [record] = dossier.extract_many([article])
    assert [f.reason for f in record.furniture] == ["read_more", "newsletter"]
    assert not any("editors" in (a.source.text if a.source else "") for a in record.attributions)
