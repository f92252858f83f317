"""What the pages draw from records: highlighted article text (escaped, nested layers, quote marks), the
``hl`` parameter and the sourcing profile."""

from __future__ import annotations

import re

import pytest

from dossier.base import sourcing_profile
from dossier.serve.markup import highlight, mark_link, parse_marks

TEXT = 'Iran said <b>"Tehran"</b> sent 200 missiles.'
RECORD = {
    "entities": [{"text": "Iran", "label": "GPE", "canonical": "Iran", "spans": [[0, 4]]}],
    "attributions": [
        {
            "stance": "deny",
            "source": {"text": "Iran", "spans": [[0, 4]]},
            "cue": {"text": "said", "spans": [[5, 9]]},
            "content": {"text": TEXT[10:], "spans": [[10, len(TEXT)]]},
        }
    ],
    "events": [{"type": "TRANSFER", "trigger": {"text": "sent", "spans": [[26, 30]]}}],
    "quantities": [{"text": "200 missiles", "spans": [[31, 43]]}],
}


def test_highlight_escapes_and_nests_every_layer():
    html = highlight(TEXT, RECORD)
    assert "<b>" not in html and "&lt;b&gt;&#34;Tehran&#34;&lt;/b&gt;" in html
    assert (
        re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"') == TEXT
    )
    assert '<span class="ent ent-GPE src" title=' in html  # "Iran": an entity and the source at once
    assert '<span class="content event"' in html and '<span class="content qty"' in html
    for ref in ("e0", "a0", "v0", "q0"):
        assert html.count(f'id="{ref}"') == 1  # one anchor per side-panel entry


def test_highlight_marks_the_quoted_spans_the_first_with_an_id():
    html = highlight(TEXT, RECORD, [(0, 9), (26, 43)])
    marks = re.findall(r"<mark[^>]*>(.*?)</mark>", html)
    assert [re.sub(r"<[^>]+>", "", m) for m in marks] == ["Iran said", "sent 200 missiles"]
    assert html.count('id="hl"') == 1 and html.index('id="hl"') < html.index("sent")


def test_marks_parameter_is_parsed_strictly():
    assert parse_marks("26-43,0-9,5-12", 43) == [(0, 12), (26, 43)]  # sorted, overlaps merged
    assert parse_marks("40-99", 43) == [(40, 43)]  # clipped to the text
    for bad in ("1-", "a-b", "3", "1-2;3-4", ",".join(["1-2"] * 21)):
        with pytest.raises(ValueError):
            parse_marks(bad, 43)
    assert mark_link("a/b c", [[1, 2], [5, 9]]) == "/articles/a%2Fb%20c?hl=1-2,5-9#hl"


def test_sourcing_profile_shares():
    profile = sourcing_profile(["named", "outlet", "outlet", "anonymous", "official_statement"])
    assert profile == {
        "named": 0.2,
        "anonymous": 0.2,
        "official_statement": 0.2,
        "own_voice": 0.4,
        "unspecified": 0,
    }
    assert sourcing_profile([]) == dict.fromkeys(profile, 0.0)
