"""End to end in a real browser: the annotation app under uvicorn, driven in headless Debian Chromium by Playwright.

Two raters sign in and vote, one changes a vote, the admin page shows Cohen's kappa, and export writes pairs that
validate. Playwright drives the system Chromium (``/usr/bin/chromium``); its own browser download is never used.
Without that browser the test skips with the install command, or fails where $CULTURALIGN_REQUIRE_BROWSER=1 (CI);
the tests at the end check that rule, the Makefile's install rule and .ci/run.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import CHROMIUM_ARGS, INSTALL_CHROMIUM, REQUIRE_BROWSER, ROOT, chromium_or_skip, running
from culturalign.annotate.app import DISPLAY_TO_VARIANT, create_app, swapped
from culturalign.annotate.store import add_item, add_rater, store

ADMIN = "admin-secret"
XSS = "<script>alert(1)</script>"
PROMPTS = ["where is my parcel ?", "how do i reset my router ?", "can i change my order ?"]
JP, US = "thank you very much we sincerely apologize", "yep just open the app"


def sign_in(browser, url: str, token: str, dialogs: list[str]):
    """A fresh browser context (its own cookie jar) signed in with ``token``; alerts are recorded, never shown."""
    page = browser.new_context().new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url + "/")
    page.fill("input[name=token]", token)
    with page.expect_navigation():
        page.click("button[type=submit]")
    return page


def click_vote(page, rater: str, choice: str, reason: str = "") -> None:
    """Vote ``choice`` in variant terms on the item on screen, via the button that shows that answer."""
    item_id = int(page.get_attribute("input[name=item]", "value"))
    display = {v: k for k, v in DISPLAY_TO_VARIANT[swapped(rater, item_id)].items()}[choice]
    if reason:
        page.fill("textarea[name=reason]", reason)
    with page.expect_navigation():  # POST, then 303 to the next item: read nothing until it has loaded
        page.click(f"#vote-{display}")


def seed(db: Path) -> dict[str, str]:
    """Three en-JP items (base in slot a) and two raters; the first answer carries a script tag. Returns tokens."""
    with store(db) as conn:
        for i, prompt in enumerate(PROMPTS):
            us = f"{US} {XSS}" if i == 0 else f"{US} {i}"
            add_item(conn, "en-JP", prompt, ("base", us), ("en-JP@1", f"{JP} {i}"))
        return {name: add_rater(conn, name) for name in ("aiko", "ben")}


@pytest.mark.integration
def test_two_raters_vote_change_a_vote_and_the_admin_sees_kappa(chromium, tiny_cfg, tmp_path):
    from culturalign.annotate.items import export_main
    from culturalign.data.validate import validate_locale
    from culturalign.model.base import token_counter
    from playwright.sync_api import sync_playwright

    db = tmp_path / "annotations.db"
    tokens, dialogs = seed(db), []
    with running(create_app(db, ADMIN)) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
        aiko = sign_in(browser, url, tokens["aiko"], dialogs)
        assert aiko.inner_text("#progress") == "0 of 3 rated"
        assert XSS in aiko.inner_text(".pair")  # the script tag is shown as text, not run
        click_vote(aiko, "aiko", "a")
        click_vote(aiko, "aiko", "b", "more polite")
        click_vote(aiko, "aiko", "tie")
        assert aiko.inner_text("#progress") == "3 of 3 rated" and "All items rated" in aiko.content()
        with aiko.expect_navigation():
            aiko.click("#change-last")  # second thoughts on the third item: tie -> b
        assert "Your vote: tie" in aiko.inner_text("#current")
        click_vote(aiko, "aiko", "b", "on reflection")

        ben = sign_in(browser, url, tokens["ben"], dialogs)
        for choice in ("a", "b", "a"):
            click_vote(ben, "ben", choice)
        assert ben.inner_text("#progress") == "3 of 3 rated"

        admin = browser.new_context().new_page()
        admin.goto(f"{url}/admin?token={ADMIN}")
        row = admin.locator("tr[data-locale='en-JP']")
        # aiko a, b, b; ben a, b, a. p_o = 2/3; aiko a 1/3, b 2/3; ben a 2/3, b 1/3.
        # p_e = 1/3 * 2/3 + 2/3 * 1/3 = 4/9; kappa = (2/3 - 4/9) / (5/9) = 2/5.
        assert row.locator(".kappa").inner_text() == "Cohen's κ = 0.400 (2 raters, 3 items)"
        assert (row.locator(".items").inner_text(), row.locator(".votes").inner_text()) == ("3", "6")
        browser.close()
    assert dialogs == []  # no alert(1) ever ran

    cfg = tiny_cfg("locale=en-JP", f"annotate.db={db}", "tracking.enabled=false")
    prefs = Path(cfg.paths.locales) / "en-JP" / "preferences.jsonl"
    n_before = len(prefs.read_text().splitlines())
    # Item 1: a, a -> base's answer chosen; item 2: b, b -> en-JP's; item 3: b vs a, no majority -> dropped.
    assert export_main(cfg).data["dropped"] == {"no_majority": 1}
    added = [json.loads(line) for line in prefs.read_text().splitlines()[n_before:]]
    assert [(r["prompt"], r["chosen"]) for r in added] == [(PROMPTS[0], f"{US} {XSS}"), (PROMPTS[1], f"{JP} 1")]
    report = validate_locale(
        Path(cfg.paths.locales), Path(cfg.paths.policies), "en-JP", cfg.data, token_counter(cfg.model)
    )
    assert report.problems == []


# ------------------------------------------------------------------------------------- without the browser


def test_missing_chromium_skips_naming_the_install_command(tmp_path, monkeypatch):
    monkeypatch.delenv(REQUIRE_BROWSER, raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        chromium_or_skip(tmp_path / "chromium")
    assert INSTALL_CHROMIUM in str(skipped.value) and "make test` as root" in str(skipped.value)


def test_missing_chromium_fails_where_a_browser_is_required(tmp_path, monkeypatch):
    monkeypatch.setenv(REQUIRE_BROWSER, "1")
    with pytest.raises(pytest.fail.Exception) as failed:
        chromium_or_skip(tmp_path / "chromium")
    assert INSTALL_CHROMIUM in str(failed.value) and f"{REQUIRE_BROWSER}=1" in str(failed.value)
    assert chromium_or_skip(Path(__file__)) == Path(__file__)  # present: no skip, no failure


def make_chromium(tmp_path: Path, uid: int) -> tuple[subprocess.CompletedProcess, list[str]]:
    """The Makefile's chromium rule for a missing browser, with `id -u` saying ``uid`` and apt-get recorded only."""
    shims, calls = tmp_path / "bin", tmp_path / "apt-get.calls"
    shims.mkdir()
    (shims / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (shims / "apt-get").write_text(f'#!/bin/sh\necho "$*" >> {calls}\n')
    for shim in shims.iterdir():
        shim.chmod(0o755)
    target = tmp_path / "chromium"  # never created: the rule runs as for a machine without the browser
    env = os.environ | {"PATH": f"{shims}:{os.environ['PATH']}"}
    done = subprocess.run(
        ["make", "-s", "-C", str(ROOT), f"CHROMIUM={target}", str(target)], capture_output=True, text=True, env=env
    )
    return done, calls.read_text().splitlines() if calls.exists() else []


def test_make_rule_prints_the_install_command_for_a_non_root_user(tmp_path):
    done, apt_calls = make_chromium(tmp_path, uid=1000)
    assert done.returncode == 0, done.stderr  # `make test` goes on to the tests, which skip
    assert INSTALL_CHROMIUM in done.stdout and "as root" in done.stdout
    assert apt_calls == []


def test_make_rule_installs_chromium_as_root(tmp_path):
    done, apt_calls = make_chromium(tmp_path, uid=0)
    assert done.returncode == 0, done.stderr
    assert apt_calls == ["install -y chromium chromium-driver -q"]


def test_ci_requires_the_browser(tmp_path):
    shims = tmp_path / "bin"
    shims.mkdir()
    (shims / "make").write_text(f'#!/bin/sh\necho "${REQUIRE_BROWSER}:$*"\n')  # what CI would run, and with what
    (shims / "make").chmod(0o755)
    done = subprocess.run(
        [str(ROOT / ".ci" / "run")], capture_output=True, text=True, env=os.environ | {"PATH": f"{shims}:/usr/bin:/bin"}
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1:test"
