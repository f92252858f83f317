"""``dossier serve`` in a real browser: Playwright drives Debian's Chromium (``/usr/bin/chromium``,
headless) against a server on a free loopback port over the small test database (the train hijacking
stories and the script-payload article). Each test saves screenshots under pytest's temporary folder."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Page, expect, sync_playwright

from conftest import XSS_ID, copy_db
from dossier.serve import create_app

CHROMIUM = "/usr/bin/chromium"
TOKEN = "browser-token"
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def server(serve_db, tmp_path_factory):
    """The server on a free loopback port, in a thread of this process (so the models the test database
    was built with are loaded once), over a copy of the test database that accepts writes."""
    db = copy_db(serve_db, tmp_path_factory.mktemp("serve-browser"))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    instance = uvicorn.Server(uvicorn.Config(create_app(str(db), token=TOKEN), log_level="warning"))
    thread = threading.Thread(target=instance.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(600):  # bounded: at most a minute for the server to start
        if instance.started or not thread.is_alive():
            break
        time.sleep(0.1)
    assert instance.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.csp_violations = []
    opened.on(
        "console", lambda m: "Content Security Policy" in m.text and opened.csp_violations.append(m.text)
    )
    yield opened
    context.close()


def test_search_a_claim_open_its_board_and_follow_a_quote(page: Page, shots):
    page.goto("/claims")
    page.get_by_label("Search (meaning and words)").fill("Afghanistan denies a link to the train attack")
    page.get_by_label("Search (meaning and words)").press("Enter")
    expect(page).to_have_url(re.compile(r"q=Afghanistan"))
    page.screenshot(path=shots / "claims-search.png", full_page=True)
    first = page.locator("a.claim-link").first
    statement = first.inner_text()
    first.click()
    expect(page.locator("h1.statement")).to_have_text(statement)
    expect(page.locator("svg.timeline circle.dot").first).to_be_visible()
    page.screenshot(path=shots / "claim-board.png", full_page=True)
    link = page.locator("a.quote-link:not([href*=','])").first  # a quote of one span
    quote = link.inner_text()
    link.click()
    mark = page.locator("mark#hl")
    expect(mark).to_be_visible()
    expect(mark).to_be_in_viewport()  # app.js scrolled to it
    assert " ".join(mark.inner_text().split()) == " ".join(quote.split())
    page.screenshot(path=shots / "article-highlighted.png", full_page=False)
    page.locator(".panel a").first.focus()
    assert page.locator(".text .ent").count() and page.locator(".text .cue").count()
    page.goto("/sources")
    expect(page.locator("table tbody tr").first).to_be_visible()
    page.screenshot(path=shots / "sources.png", full_page=False)
    assert page.csp_violations == []


def test_filter_contradicted_claims_and_sort(page: Page, shots):
    page.goto("/claims")
    total = int(page.locator("#count").inner_text().split()[0])
    page.get_by_label("Contradicted only").check()
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"contradicted=1"))
    shown = int(page.locator("#count").inner_text().split()[0])
    assert 0 < shown < total
    rows = page.locator("table.claims tbody tr")
    assert rows.count() == min(shown, 25)
    for n in range(rows.count()):
        expect(rows.nth(n).locator(".tag.deny")).to_have_text("contradicted")
    page.get_by_role("link", name="Grade").click()
    expect(page.locator("th[aria-sort]")).to_contain_text("Grade")
    grades = [int(g) for g in page.locator("table.claims tbody .grade").all_inner_texts()]
    assert grades == sorted(grades, reverse=True)
    page.screenshot(path=shots / "claims-contradicted.png", full_page=True)


def test_ingest_a_pasted_article_and_find_it(page: Page, shots):
    page.goto("/ingest")
    page.get_by_label("Paste an article").fill(
        "MULTAN — Police said on Tuesday that a gas cylinder exploded at a crowded bus terminal in Multan, "
        "killing six people. Rescue officials said 20 others were taken to hospital."
    )
    page.get_by_label("Title").fill("Blast at Multan bus terminal")
    page.get_by_label("Published").fill("2025-03-18")
    page.get_by_label("Token").fill(TOKEN)
    page.screenshot(path=shots / "ingest-form.png", full_page=True)
    page.get_by_role("button", name="Ingest").click()
    expect(page.locator("#result")).to_contain_text("1 article(s), 0 error(s)")
    page.screenshot(path=shots / "ingest-done.png", full_page=True)
    page.get_by_role("link", name="Blast at Multan bus terminal").click()
    expect(page.locator("h1")).to_have_text("Blast at Multan bus terminal")
    page.goto("/claims?q=gas+cylinder+explosion+at+a+bus+terminal+in+Multan")
    expect(page.locator("a.claim-link").first).to_contain_text("Multan")
    page.goto("/articles")
    expect(page.get_by_role("link", name="Blast at Multan bus terminal")).to_be_visible()


def test_ingest_files_one_by_one_with_progress(page: Page, shots):
    story = {
        "id": "hyderabad-fire",
        "title": "Fire at Hyderabad textile mill",
        "published": "2025-03-19",
        "text": "HYDERABAD — Officials said on Wednesday that a fire gutted a textile mill in Hyderabad, "
        "killing two workers. Firefighters said the blaze burned for six hours.",
    }
    page.goto("/ingest")
    page.get_by_label("…or upload files").set_input_files(
        [
            {"name": "story.jsonl", "mimeType": "application/jsonl", "buffer": json.dumps(story).encode()},
            {"name": "blank.txt", "mimeType": "text/plain", "buffer": b"   "},
        ]
    )
    page.get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Ingest").click()
    expect(page.locator("#progress span")).to_have_text("Done: 2 of 2 sent.")
    assert page.locator("#progress progress").evaluate("bar => [bar.value, bar.max]") == [2, 2]
    results = page.locator("#live li")
    expect(results).to_have_count(2)
    expect(results.nth(0)).to_contain_text("Fire at Hyderabad textile mill")
    expect(results.nth(1)).to_contain_text("blank.txt")
    expect(results.nth(1)).to_contain_text("empty")
    page.screenshot(path=shots / "ingest-files.png", full_page=True)
    results.nth(0).get_by_role("link").click()
    expect(page.locator("h1")).to_have_text("Fire at Hyderabad textile mill")


def test_script_payloads_in_an_article_never_run(page: Page, shots):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for url in [f"/articles/{XSS_ID}", "/articles", "/claims?q=gunmen+attacked+a+checkpoint+near+Quetta"]:
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss") is None, url
        dangerous = "script:not([src]), [onerror], [onload], [onmouseover], a[href^='javascript:']"
        assert page.evaluate(f'document.querySelectorAll("{dangerous}").length') == 0, url
    page.goto(f"/articles/{XSS_ID}")
    expect(page.locator("#text")).to_contain_text("<script>window.__xss = 'text'</script>")
    expect(page.locator("h1")).to_contain_text("<script>")
    page.screenshot(path=shots / "xss-article.png", full_page=True)
    page.locator("a.claim-link, .items a").first.click()
    assert page.evaluate("window.__xss") is None
    assert dialogs == [] and page.csp_violations == []


def test_keyboard_and_phone_width(browser, server, shots):
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    phone.goto("/claims?contradicted=1")
    phone.keyboard.press("Tab")
    expect(phone.locator("a.skip")).to_be_focused()
    phone.keyboard.press("Enter")
    expect(phone.locator("main")).to_be_focused()
    expect(phone.locator("table.claims thead")).not_to_be_in_viewport()  # rows become cards
    phone.screenshot(path=shots / "claims-phone.png", full_page=True)
    href = phone.locator("a.claim-link").first.get_attribute("href")
    phone.goto(href)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.screenshot(path=shots / "claim-board-phone.png", full_page=True)
    phone.locator("table.evidence a[href^='/sources/']").first.click()
    expect(phone.locator("h2#rec-h")).to_be_visible()
    phone.screenshot(path=shots / "source-phone.png", full_page=True)
    context.close()
