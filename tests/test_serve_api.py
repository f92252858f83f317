"""``dossier serve`` in-process: the JSON API and the pages over a small evidence base (the Jaffar Express
train hijacking, four VOA stories, and an article full of script payloads), through Starlette's
TestClient; tests/test_serve_browser.py drives the same pages in Chromium."""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from conftest import XSS_ID, copy_db
from dossier.cli import cli
from dossier.serve import create_app

TOKEN = "test-token"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)


@pytest.fixture(scope="module")
def client(serve_db):
    """A read-only server over the shared test database."""
    with TestClient(create_app(str(serve_db))) as c:
        yield c


@pytest.fixture(scope="module")
def writer(serve_db, tmp_path_factory):
    """A server that accepts writes with ``TOKEN``, over a copy of the test database."""
    db = copy_db(serve_db, tmp_path_factory.mktemp("serve-write"))
    with TestClient(create_app(str(db), token=TOKEN, max_body=256 * 1024)) as c:
        yield c


def claims(client, **params) -> dict:
    response = client.get("/api/claims", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_claims_filters_sorting_and_pages(client):
    everything = claims(client, per_page=200)
    assert everything["total"] == len(everything["claims"]) > 20
    contradicted = claims(client, contradicted="true", per_page=200)["claims"]
    assert contradicted and all(c["contradicted"] for c in contradicted)
    assert len(contradicted) < everything["total"]
    by_grade = [c["grade"] for c in claims(client, sort="grade", order="asc", per_page=200)["claims"]]
    assert by_grade == sorted(by_grade) and by_grade[0] < by_grade[-1]
    first, second = claims(client, per_page=3, page=1), claims(client, per_page=3, page=2)
    assert first["pages"] == second["pages"] == -(-everything["total"] // 3)
    assert not {c["id"] for c in first["claims"]} & {c["id"] for c in second["claims"]}
    two = claims(client, min_sources=2, per_page=200)["claims"]
    assert two and all(c["assertion_sources"] + c["denial_sources"] >= 2 for c in two)
    dated = claims(client, since="2025-03-13", per_page=200)["claims"]
    assert dated and all(c["first_reported"] >= "2025-03-13" for c in dated)


def test_search_by_meaning_and_by_words(client):
    found = claims(client, q="Afghanistan denies that those behind the train attack are based on its soil")
    assert any("Afghanistan" in c["statement"] for c in found["claims"][:3])
    words = claims(client, q="Gwadar", per_page=200)["claims"]
    # a claim that holds the word in its statement or in its evidence (which member speaks for the claim
    # may tie to the last digits of the embeddings: the statement alone is not the test)
    boards = [client.get(f"/api/claims/{c['id']}").json() for c in words]
    assert words and any(
        "Gwadar" in c["statement"] or "Gwadar" in json.dumps(b) for c, b in zip(words, boards, strict=True)
    )
    assert claims(client, q="recipe for banana bread with walnuts")["total"] == 0


def test_claim_board_with_evidence_and_quotes(client):
    contradicted = claims(client, contradicted="1")["claims"][0]
    board = client.get(f"/api/claims/{contradicted['id'][:9]}").json()  # a unique prefix is enough
    assert board["id"] == contradicted["id"]
    assert board["evidence"]["assertions"] and board["evidence"]["denials"]
    assert {"conflicting", "related"} <= set(board)
    page = client.get(f"/claims/{contradicted['id']}")
    assert page.status_code == 200
    assert '<svg class="timeline"' in page.text and 'class="dot denies"' in page.text
    assert f"/articles/{board['evidence']['denials'][0]['article']}?hl=" in page.text


def test_article_page_highlights_the_quoted_span(client):
    board = client.get(f"/api/claims/{claims(client, contradicted='1')['claims'][0]['id']}").json()
    item = next(i for i in board["evidence"]["denials"] if len(i["spans"]) == 1)
    ((start, end),) = item["spans"]
    page = client.get(f"/articles/{item['article']}", params={"hl": f"{start}-{end}"})
    assert page.status_code == 200
    marked = re.search(r'<mark class="quote" id="hl"[^>]*>(.*?)</mark>', page.text, re.S).group(1)
    text = client.get(f"/api/articles/{item['article']}").json()["article"]["text"]
    assert html.unescape(re.sub(r"<[^>]+>", "", marked)) == text[start:end]
    assert item["quote"] in text[start:end]
    for layer in ('class="ent', 'class="cue', "content", 'class="event', "qty"):
        assert layer in page.text
    assert client.get(f"/articles/{item['article']}", params={"hl": "x-1"}).status_code == 400


def test_article_api_gives_items_and_sourcing_profile(client):
    listed = client.get("/api/articles").json()["articles"]
    assert len(listed) == 5 and {a["id"] for a in listed} >= {"8009976", XSS_ID}
    record = client.get("/api/articles/8009976").json()
    assert record["items"] and all(i["claim"] for i in record["items"])
    profile = record["profile"]
    assert set(profile) == {"named", "anonymous", "official_statement", "own_voice", "unspecified"}
    assert sum(profile.values()) == pytest.approx(1, abs=0.01)
    assert profile["named"] > 0


def test_sources_and_one_source_record(client):
    sources = client.get("/api/sources").json()["sources"]
    denier = next(s for s in sources if s["denies"])
    record = client.get(f"/api/sources/{quote(denier['key'], safe='')}").json()
    assert record["source"]["key"] == denier["key"]
    assert any(s["stance"] == "deny" for s in record["statements"])
    assert {s["standing"] for s in record["statements"]} <= {"confirmed", "contradicted", "unresolved"}
    page = client.get(f"/sources/{quote(denier['key'], safe='')}")
    assert page.status_code == 200 and "contradicted" in page.text


def test_errors_are_json_with_status_and_message(client):
    for url, status in [
        ("/api/claims/zzzz", 404),
        ("/api/articles/nope", 404),
        ("/api/sources/nobody", 404),
        ("/api/claims?since=March", 400),
        ("/api/claims?per_page=0", 400),
        ("/api/claims?sort=colour", 400),
        ("/api/nothing-here", 404),
    ]:
        response = client.get(url)
        assert response.status_code == status, url
        body = response.json()
        assert body["status"] == status and body["message"], url
    page = client.get("/claims/zzzz")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


def test_read_only_server_refuses_writes(client):
    response = client.post("/api/articles", json={"articles": [{"text": "Police said two men were held."}]})
    assert response.status_code == 403 and "read-only" in response.json()["message"]
    page = client.post("/ingest", data={"text": "Police said two men were held.", "token": "x"})
    assert page.status_code == 403


def test_security_headers_and_no_inline_script(client):
    for url in ["/claims", "/articles", "/sources", "/ingest", f"/articles/{XSS_ID}", "/api/claims"]:
        response = client.get(url)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert not INLINE_SCRIPT.search(response.text), url
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/..%2Fapp.py").status_code == 404  # assets by name, never by path


def test_article_text_is_escaped(client):
    page = client.get(f"/articles/{XSS_ID}").text
    for payload in (
        "<script>window.__xss",
        "<img src=x onerror",
        "<svg onload",
        '<a href="javascript:',
        "<b onmouseover",
    ):
        assert payload not in page
    assert "&lt;script&gt;window.__xss" in page
    assert 'href="javascript:' not in page  # the article's javascript: url is not made a link
    listing = client.get("/articles").text
    assert "&lt;script&gt;" in listing and "<script>window" not in listing


def test_writes_need_the_token_and_store_articles(writer):
    text = (
        "PESHAWAR — Police said on Sunday that a bomb hidden in a cart exploded at a vegetable market in "
        "Peshawar, killing four people. Officials said the blast wounded 11 others."
    )
    article = {"id": "wire/peshawar-market", "text": text, "published": "2025-03-16", "outlet": "Test Wire"}
    assert writer.post("/api/articles", json={"articles": [article]}).status_code == 401
    wrong = writer.post(
        "/api/articles", json={"articles": [article]}, headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 401
    good = {"Authorization": f"Bearer {TOKEN}"}
    response = writer.post("/api/articles", json={"articles": [article, {"text": "  "}]}, headers=good)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ingested"] == [{"id": "wire/peshawar-market", "status": "stored"}]
    assert body["errors"] == [{"item": "articles[1]", "reason": "empty text"}]
    assert "wire/peshawar-market" in {a["id"] for a in writer.get("/api/articles").json()["articles"]}
    stored = writer.get("/api/articles/wire%2Fpeshawar-market").json()  # an id with a slash
    assert stored["article"]["outlet"] == "Test Wire" and stored["items"]
    assert writer.get("/articles/wire%2Fpeshawar-market").status_code == 200
    found = claims(writer, q="a bomb exploded at a vegetable market in Peshawar")["claims"]
    assert found and "Peshawar" in " ".join(c["statement"] for c in found[:3])
    assert writer.post("/api/articles", json={"articles": []}, headers=good).status_code == 400
    huge = writer.post("/api/articles", content=b"{" + b" " * 300_000 + b"}", headers=good)
    assert huge.status_code == 413 and huge.json()["status"] == 413


def test_ingest_form_reports_each_bad_item(writer):
    good = json.dumps(
        {
            "id": "karachi-port",
            "text": "Officials said a fire broke out at Karachi port on Monday, "
            "destroying two warehouses. Firefighters said nobody was hurt.",
            "published": "2025-03-17",
        }
    )
    files = [
        ("files", ("batch.jsonl", f'{good}\nnot json\n{{"id": "x"}}\n'.encode(), "application/jsonl")),
        ("files", ("empty.txt", b"   ", "text/plain")),
    ]
    page = writer.post("/ingest", data={"token": TOKEN}, files=files)
    assert page.status_code == 200, page.text
    assert "karachi-port" in page.text
    assert "batch.jsonl:2" in page.text and "not valid JSON" in page.text
    assert "batch.jsonl:3" in page.text and "missing &#34;text&#34; field" in page.text
    assert "empty.txt" in page.text
    refused = writer.post("/ingest", data={"token": "wrong", "text": "Police said two men were held."})
    assert refused.status_code == 401


def test_openapi_document_lists_the_api(client):
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for path in [
        "/api/claims",
        "/api/claims/{claim_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/sources",
    ]:
        assert path in doc["paths"]
    assert "post" in doc["paths"]["/api/articles"]
    names = {p["name"] for p in doc["paths"]["/api/claims"]["get"]["parameters"]}
    assert {"q", "contradicted", "min_sources", "type", "country", "since", "until", "sort", "page"} <= names
    assert not any(p.startswith("/claims") for p in doc["paths"])  # pages are not part of the API


def test_serve_command_binds_loopback_and_reads_the_token(serve_db, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(
        uvicorn, "run", lambda app, host, port, **kw: seen.update(app=app, host=host, port=port)
    )
    monkeypatch.setenv("DOSSIER_TOKEN", "from-env")
    result = CliRunner().invoke(cli, ["serve", "--db", str(serve_db)])
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8000)
    assert seen["app"].state.service.token == "from-env"
    missing = CliRunner().invoke(cli, ["serve", "--db", str(serve_db.parent / "missing.db")])
    assert missing.exit_code == 2 and "no database" in missing.output
