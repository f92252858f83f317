"""Word lists that signal a writer's stance toward a claim: refuting, hedging, affirming, negating.

Entries are stems (``dossier.evidence.text.stem``) so "denies", "denied" and "deny" all match.
"""

from __future__ import annotations

from dossier.evidence.text import stem, word_list

REFUTING_WORDS = word_list(
    """fake fraud hoax false deny denies denied denial debunk debunked bogus untrue lie lies lied
lying myth baseless unfounded fabricate fabricated fabrication refute refuted refutes dismiss dismissed
dismisses misleading incorrect wrong photoshop photoshopped doctored satire satirical parody prank
pranks retract retracted retraction nonsense rubbish erroneous mistaken falsely spoof disprove disproved
disputed dispute rejects rejected reject contrary nope doubt doubts skeptical sceptical"""
)

HEDGING_WORDS = word_list(
    """allegedly alleged reportedly reported report reports rumor rumors rumour rumours rumored
rumoured unconfirmed unverified apparently appear appears appeared seemingly seem seems may might could
possibly perhaps possible suggest suggests suggested according purportedly purported supposedly believed
speculation speculate speculated unclear unknown claim claims claimed if whether source sources
would likely probably maybe"""
)

AFFIRMING_WORDS = word_list(
    """confirm confirmed confirms confirmation officially announced announce announces revealed
reveals verified verify indeed actually true proof proved proven evidence footage video statement
admitted admits definitely certainly clearly"""
)

NEGATION_WORDS = word_list(
    """not no never none nobody nothing neither nor without n't cannot isn't wasn't aren't weren't
don't doesn't didn't won't wouldn't hasn't haven't hadn't"""
)

REFUTING = frozenset(stem(w) for w in REFUTING_WORDS)
HEDGING = frozenset(stem(w) for w in HEDGING_WORDS)
AFFIRMING = frozenset(stem(w) for w in AFFIRMING_WORDS)
NEGATING = frozenset(NEGATION_WORDS) | {"n't", "t"}

# Short sentences that stand for each stance; the encoder compares every body sentence with them, which
# carries the stance words' meaning to paraphrases the word lists miss.
PROTOTYPES: dict[str, tuple[str, ...]] = {
    "refute": (
        "This story is a hoax.",
        "The report is false and the claim is not true.",
        "The rumour has been debunked.",
        "Officials denied the report.",
        "The photo is fake.",
        "There is no evidence that this happened.",
        "The article was satire.",
        "The claims were dismissed as untrue.",
    ),
    "hedge": (
        "It is not clear whether the report is true.",
        "The claim could not be independently verified.",
        "According to unconfirmed reports.",
        "The news has not been confirmed.",
        "It is alleged that this happened.",
        "Rumours are circulating online.",
        "If the report is true.",
    ),
    "affirm": (
        "Officials confirmed the news.",
        "It has now been confirmed.",
        "The video shows it happened.",
        "The company announced it on Monday.",
        "Police said the man was arrested.",
    ),
}

# The claim restated under each stance; a body sentence closer to a restatement than to the bare claim
# leans that way ("{}" is the claim).
FRAMES: dict[str, str] = {
    "refute": "It is false, a hoax, that {}",
    "affirm": "It is confirmed that {}",
    "hedge": "It is unconfirmed whether {}",
    "denied": "Reports that {} were denied",
    "fake": "Fake news: {}",
    "not": "No, {} is not true",
}
