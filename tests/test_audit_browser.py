"""The audit report in a real browser: opened from disk with every network request refused, it must still show
every market's section and draw every plot (the report promises to be self-contained).

Drives Debian's Chromium through Playwright's Python API (never `playwright install`). Without that browser the
test skips with the install command, or fails where $CULTURALIGN_REQUIRE_BROWSER=1 (CI).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CHROMIUM_ARGS
from culturalign.audit import render as audit_render
from test_audit import build_store

pytestmark = pytest.mark.integration


@pytest.fixture
def report(tmp_path) -> Path:
    cfg = build_store(tmp_path / "store")
    return Path(audit_render.main(cfg).data["report"])


def test_report_renders_offline_with_every_market_and_plot(chromium, report, tmp_path):
    from playwright.sync_api import sync_playwright

    remote: list[str] = []

    def refuse_remote(route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:  # anything else would be the report reaching for the network
            remote.append(url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1300, "height": 900})
            page.route("**/*", refuse_remote)
            page.goto(report.as_uri(), wait_until="load")
            page.screenshot(path=str(tmp_path / "audit_render.png"), full_page=True)
            for tag in ("en-JP", "en-US"):
                assert page.locator(f"#market-{tag}").is_visible(), tag
                assert page.locator(f"#market-{tag} h3", has_text="Sign-off").is_visible(), tag
            # The inline stylesheet applies: a gate's badge is coloured, a text cell keeps its line breaks.
            badge = page.locator("#market-en-JP .badge.pass").first
            assert badge.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(216, 240, 220)"
            assert page.locator("td.text").first.evaluate("c => getComputedStyle(c).whiteSpace") == "pre-wrap"
            gate = page.locator("#market-en-JP tr", has_text="Repeated-trigram rate above the base")
            assert gate.locator(".badge").inner_text() == "pass"
            widths = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.complete ? i.naturalWidth : 0)")
        finally:
            browser.close()
    assert len(widths) == 3 and all(w > 0 for w in widths), widths
    assert remote == []
    assert (tmp_path / "audit_render.png").stat().st_size > 10_000
