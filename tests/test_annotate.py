"""The annotation app: store, sign-in, votes, escaping, admin statistics, export, item generation, crash safety,
and malformed ids (each of which was a server error once).

The web app runs in-process under FastAPI's TestClient. Votes go through the HTML form in display terms (A/B as
the rater sees them); the tests pick the button from the variant they mean, so the display-to-variant mapping is
exercised on every vote.
"""

from __future__ import annotations

import html
import json
import math
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from culturalign.annotate.app import COOKIE, DISPLAY_TO_VARIANT, create_app, parse_item_id, swapped
from culturalign.annotate.store import add_item, add_rater, connect, rater_for_token, store
from culturalign.core.command import CommandError
from fastapi.testclient import TestClient

ADMIN = "admin-secret"
XSS = "<script>alert(1)</script>"
# Answers are at least 3 words (data.min_words) and use words the tiny tokenizer knows.
JP, US = "thank you very much we sincerely apologize", "yep just open the app"


def seed_items(db: Path, n: int = 4) -> list[int]:
    """n items on en-JP: odd ids put base in slot a, even ids put en-JP@1 in slot a (strengths must follow
    variants, not slots). Returns the item ids."""
    with store(db) as conn:
        for i in range(n):
            base, tuned = ("base", f"{US} {i}"), ("en-JP@1", f"{JP} {i}")
            a, b = (base, tuned) if i % 2 == 0 else (tuned, base)
            add_item(conn, "en-JP", f"where is my parcel number {i} ?", a, b)
        return [r[0] for r in conn.execute("SELECT id FROM items ORDER BY id")]


def rater_client(db: Path, name: str) -> TestClient:
    """A signed-in browser for a new rater."""
    with store(db) as conn:
        token = add_rater(conn, name)
    client = TestClient(create_app(db, ADMIN))
    response = client.post("/signin", data={"token": token})
    assert response.status_code == 200 and "Which answer is better?" in response.text
    return client


def vote(client: TestClient, rater: str, item_id: int, choice: str, reason: str = ""):
    """Vote ``choice`` in variant terms (a, b, tie) by clicking the button that shows that answer to this rater."""
    display = {v: k for k, v in DISPLAY_TO_VARIANT[swapped(rater, item_id)].items()}[choice]
    return client.post("/vote", data={"item": str(item_id), "choice": display, "reason": reason})


def stored_votes(db: Path) -> list[tuple[str, int, str, str]]:
    with store(db) as conn:
        query = "SELECT r.name, v.item_id, v.choice, v.reason FROM votes v JOIN raters r ON r.id = v.rater_id"
        return sorted(tuple(r) for r in conn.execute(query))


# --------------------------------------------------------------------------------------------------- store


def test_store_is_wal_with_full_sync_and_keeps_only_token_hashes(tmp_path):
    db = tmp_path / "a.db"
    with store(db) as conn:
        token = add_rater(conn, "aiko")
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # 2 = FULL
        (row,) = conn.execute("SELECT name, token_sha256 FROM raters").fetchall()
    assert row[0] == "aiko" and len(row[1]) == 64 and token not in row[1]
    assert token.encode() not in db.read_bytes()  # closed: the WAL is checkpointed into the file


def test_items_are_not_inserted_twice(tmp_path):
    db = tmp_path / "a.db"
    with store(db) as conn:
        args = ("en-JP", "hello ?", ("base", "one two three"), ("en-JP@1", "four five six"))
        assert add_item(conn, *args) is True
        assert add_item(conn, *args) is False
        assert conn.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 1


def test_a_vote_survives_a_killed_process(tmp_path):
    # The child records a vote and is SIGKILLed before closing anything: no close, no checkpoint, no atexit.
    db = tmp_path / "a.db"
    (item,) = seed_items(db, 1)
    script = (
        "import os, signal, sys\n"
        "from culturalign.annotate.store import add_rater, connect, record_vote\n"
        "conn = connect(sys.argv[1])\n"
        "add_rater(conn, 'kenji')\n"
        f"record_vote(conn, {item}, conn.execute('SELECT id FROM raters').fetchone()[0], 'b', 'clearer')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    child = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, text=True)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert Path(f"{db}-wal").stat().st_size > 0  # the vote lives in the write-ahead log only
    assert stored_votes(db) == [("kenji", item, "b", "clearer")]


# ---------------------------------------------------------------------------------------------- sign-in, votes


def test_sign_in_sets_a_strict_http_only_cookie_and_rejects_unknown_tokens(tmp_path):
    db = tmp_path / "a.db"
    seed_items(db, 1)
    with store(db) as conn:
        token = add_rater(conn, "aiko")
    client = TestClient(create_app(db, ADMIN))
    assert "Your rater token" in client.get("/").text
    assert client.post("/signin", data={"token": "wrong"}).status_code == 401
    response = client.post("/signin", data={"token": token}, follow_redirects=False)
    cookie = response.headers["set-cookie"].lower()
    assert response.status_code == 303 and f"{COOKIE}=" in cookie
    assert "httponly" in cookie and "samesite=strict" in cookie
    client.post("/signout")
    assert "Your rater token" in client.get("/").text


def test_vote_is_stored_in_variant_terms_and_progress_advances(tmp_path):
    db = tmp_path / "a.db"
    first, second = seed_items(db, 2)
    client = rater_client(db, "aiko")
    page = client.get("/").text
    assert 'id="progress">0 of 2 rated' in page and "base" not in page and "en-JP@1" not in page
    assert vote(client, "aiko", first, "b", "more polite").status_code == 200
    assert stored_votes(db) == [("aiko", first, "b", "more polite")]
    page = client.get("/").text
    assert 'id="progress">1 of 2 rated' in page and f'name=item value="{second}"' in page


def test_display_order_is_fixed_per_rater_and_item(tmp_path):
    db = tmp_path / "a.db"
    (item,) = seed_items(db, 1)
    client = rater_client(db, "aiko")
    page = client.get(f"/item/{item}").text
    assert client.get(f"/item/{item}").text == page
    with store(db) as conn:
        a, b = conn.execute("SELECT response_a, response_b FROM items").fetchone()
    shown_first = b if swapped("aiko", item) else a
    assert page.index(shown_first) < page.index(a if shown_first == b else b)
    # Over many (rater, item) pairs the coin is fair: 200 draws, expect 100 +- 3 sigma (3 * sqrt(50) ~ 21).
    assert 79 <= sum(swapped(f"r{i}", 1) for i in range(200)) <= 121


def test_resubmitting_replaces_the_vote(tmp_path):
    db = tmp_path / "a.db"
    (item,) = seed_items(db, 1)
    client = rater_client(db, "aiko")
    vote(client, "aiko", item, "a", "first thought")
    page = client.get("/").text
    assert "All items rated" in page and f'href="/item/{item}"' in page  # the "change your last vote" link
    vote(client, "aiko", item, "tie", "on reflection")
    assert stored_votes(db) == [("aiko", item, "tie", "on reflection")]
    page = client.get(f"/item/{item}").text
    assert 'id="current">Your vote: <b>tie</b>' in page and "on reflection</textarea>" in page


def test_bad_votes_are_refused(tmp_path):
    db = tmp_path / "a.db"
    (item,) = seed_items(db, 1)
    anonymous = TestClient(create_app(db, ADMIN))
    assert anonymous.post("/vote", data={"item": str(item), "choice": "A"}).status_code == 401
    client = rater_client(db, "aiko")
    assert client.post("/vote", data={"item": str(item), "choice": "C"}).status_code == 400
    assert client.post("/vote", data={"item": "999", "choice": "A"}).status_code == 404
    assert client.post("/vote", data={"item": str(item), "choice": "A", "reason": "x" * 2001}).status_code == 400
    assert stored_votes(db) == []


# Ids the old `str.isdigit` + `int` check let through to a server error. 2**63 - 1 = 9223372036854775807 is the
# largest id SQLite can hold (19 digits): a 19-digit id above it is well formed but names no item (404); anything
# longer, or not made of ASCII digits, is malformed (400).
TOO_BIG_19_DIGITS = "9999999999999999999"
BAD_IDS = ["²", "٣", "1" * 30, "9" * 5000, "-1", "+1", " 1", ""]


@pytest.mark.parametrize(
    "raw", BAD_IDS, ids=["superscript-two", "arabic-three", "30-digits", "5000-digits"] + BAD_IDS[4:]
)
def test_malformed_item_ids_are_refused_not_crashed_on(tmp_path, raw):
    db = tmp_path / "a.db"
    (item,) = seed_items(db, 1)
    client = rater_client(db, "aiko")
    assert client.post("/vote", data={"item": raw, "choice": "A"}).status_code == 400
    if raw.strip():  # an empty path segment is another route
        assert client.get(f"/item/{raw}").status_code == 400
    assert stored_votes(db) == []


@pytest.mark.parametrize("raw", [TOO_BIG_19_DIGITS, str(2**63), "0", "2"])
def test_well_formed_ids_of_no_item_are_not_found(tmp_path, raw):
    db = tmp_path / "a.db"
    seed_items(db, 1)  # id 1 only
    client = rater_client(db, "aiko")
    assert client.post("/vote", data={"item": raw, "choice": "A"}).status_code == 404
    assert client.get(f"/item/{raw}").status_code == 404
    assert stored_votes(db) == []


def test_the_issue_s_id_gives_400_and_the_largest_id_still_works(tmp_path):
    db = tmp_path / "a.db"
    seed_items(db, 1)
    client = rater_client(db, "aiko")
    assert client.get("/item/99999999999999999999999").status_code == 400  # 23 digits: the reported 500
    with store(db) as conn:  # the largest id SQLite can hold is an ordinary item
        conn.execute("UPDATE items SET id = ? WHERE id = 1", (2**63 - 1,))
    assert client.get(f"/item/{2**63 - 1}").status_code == 200
    assert vote(client, "aiko", 2**63 - 1, "a").status_code == 200
    assert stored_votes(db) == [("aiko", 2**63 - 1, "a", "")]


def test_parse_item_id_accepts_ascii_digits_up_to_19():
    assert parse_item_id("42") == 42 and parse_item_id("0007") == 7
    assert parse_item_id(TOO_BIG_19_DIGITS) == int(TOO_BIG_19_DIGITS)  # in form; store.item finds nothing
    assert [parse_item_id(raw) for raw in BAD_IDS + ["1" * 20]] == [None] * (len(BAD_IDS) + 1)


def test_model_text_and_reasons_are_escaped(tmp_path):
    db = tmp_path / "a.db"
    with store(db) as conn:
        add_item(conn, "en-JP", f"prompt {XSS}", ("base", f"answer {XSS}"), ("en-JP@1", "fine words here"))
    client = rater_client(db, "aiko")
    page = client.get("/")
    assert XSS not in page.text and page.text.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none': no script runs
    vote(client, "aiko", 1, "a", f"because {XSS}")
    page = client.get("/item/1").text
    assert XSS not in page and "because &lt;script&gt;" in page


# ------------------------------------------------------------------------------------------------------ admin


def test_admin_page_needs_the_token(tmp_path):
    db = tmp_path / "a.db"
    client = TestClient(create_app(db, ADMIN))
    assert client.get("/admin").status_code == 403
    assert client.get("/admin", params={"token": "nope"}).status_code == 403
    assert client.get("/admin", params={"token": ADMIN}).status_code == 200
    assert client.get("/admin", headers={"X-Admin-Token": ADMIN}).status_code == 200
    assert TestClient(create_app(db, None)).get("/admin", params={"token": ""}).status_code == 503


def cast(db: Path, raters: dict[str, list[str]]) -> list[int]:
    """Seed 4 items and have each rater vote the given variant-term choices on them through the app."""
    items = seed_items(db, 4)
    for name, choices in raters.items():
        client = rater_client(db, name)
        for item, choice in zip(items, choices, strict=True):
            assert vote(client, name, item, choice).status_code == 200
    return items


def admin_stats(db: Path) -> dict:
    return TestClient(create_app(db, ADMIN)).get("/admin/stats.json", params={"token": ADMIN}).json()["en-JP"]


def test_admin_two_raters_cohen_kappa_and_bradley_terry(tmp_path):
    db = tmp_path / "a.db"
    cast(db, {"r1": ["a", "b", "a", "tie"], "r2": ["a", "b", "b", "tie"]})
    stats = admin_stats(db)
    assert (stats["items"], stats["votes"], stats["raters"]) == (4, 8, 2)
    # Cohen: agree on items 1, 2, 4 -> p_o = 3/4. r1: a 2/4, b 1/4, tie 1/4; r2: a 1/4, b 2/4, tie 1/4.
    # p_e = (2*1 + 1*2 + 1*1) / 16 = 5/16; kappa = (3/4 - 5/16) / (11/16) = 7/11 = 0.636.
    assert stats["agreement"] == {"method": "cohen", "kappa": pytest.approx(7 / 11), "items": 4, "raters": 2}
    # Items 1 and 3 hold base in slot a, items 2 and 4 hold en-JP@1 in slot a. base wins: r1 on 1, 2, 3 and half
    # of 4 (3.5); r2 on 1, 2 and half of 4 (2.5) -> base 6, en-JP@1 2 of 8. Two-variant BT: odds 6/2 = 3, so
    # sqrt(3) and 1/sqrt(3) at geometric mean 1 (the 0.1-game prior pulls them in a little). Had the statistic
    # counted slots instead of variants, slot a would have won 4 of 8: strengths 1 and 1.
    assert stats["strengths"]["base"] == pytest.approx(math.sqrt(3), rel=0.05)
    assert stats["strengths"]["en-JP@1"] == pytest.approx(1 / math.sqrt(3), rel=0.05)
    page = TestClient(create_app(db, ADMIN)).get("/admin", params={"token": ADMIN}).text
    assert "Cohen's κ = 0.636 (2 raters, 4 items)" in html.unescape(page)


def test_admin_three_raters_fleiss_kappa(tmp_path):
    db = tmp_path / "a.db"
    cast(db, {"r1": ["a", "a", "b", "tie"], "r2": ["a", "b", "b", "tie"], "r3": ["a", "a", "b", "b"]})
    # Counts (a, b, tie) per item: [3,0,0] [2,1,0] [0,3,0] [0,1,2]; P_i = 1, 1/3, 1, 1/3 -> P_bar = 2/3.
    # Totals a 5, b 5, tie 2 of 12 -> P_e = (25 + 25 + 4) / 144 = 3/8; kappa = (2/3 - 3/8) / (5/8) = 7/15 = 0.467.
    stats = admin_stats(db)
    assert stats["agreement"] == {"method": "fleiss", "kappa": pytest.approx(7 / 15), "items": 4, "raters": 3}
    page = TestClient(create_app(db, ADMIN)).get("/admin", params={"token": ADMIN}).text
    assert "Fleiss' κ = 0.467 (3 raters, 4 items)" in html.unescape(page)


def test_admin_without_overlap_reports_no_kappa(tmp_path):
    db = tmp_path / "a.db"
    items = seed_items(db, 2)
    vote(rater_client(db, "r1"), "r1", items[0], "a")
    vote(rater_client(db, "r2"), "r2", items[1], "b")
    assert admin_stats(db)["agreement"] == {"method": None, "kappa": None, "items": 0, "raters": 0}


def test_pages_come_from_packaged_templates_with_autoescape_on():
    from culturalign.annotate.app import TEMPLATES

    assert TEMPLATES.autoescape is True
    rendered = TEMPLATES.get_template("message.html").render(title=XSS, text=XSS)
    assert XSS not in rendered and rendered.count("&lt;script&gt;") == 3  # <title>, <h1> and the text


def test_serve_main_returns_where_it_served(tiny_cfg, tmp_path, monkeypatch, capsys):
    import uvicorn
    from culturalign.annotate.app import serve_main

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **_: served.update(app=app, host=host, port=port))
    monkeypatch.delenv("CULTURALIGN_ANNOTATE_ADMIN", raising=False)
    result = serve_main(export_cfg(tiny_cfg, tmp_path / "a.db", "annotate.port=8123"))
    assert result.data == {"url": "http://127.0.0.1:8123/", "store": str(tmp_path / "a.db"), "admin": False}
    assert (served["host"], served["port"]) == ("127.0.0.1", 8123)
    out, err = capsys.readouterr()
    assert out == "" and "admin page disabled" in err and "http://127.0.0.1:8123/" in err
    assert TestClient(served["app"]).get("/admin", params={"token": ""}).status_code == 503


# ----------------------------------------------------------------------------------------------------- export


def export_cfg(tiny_cfg, db: Path, *overrides: str):
    return tiny_cfg("locale=en-JP", f"annotate.db={db}", "tracking.enabled=false", *overrides)


def test_export_appends_majority_pairs_that_validate(tiny_cfg, tmp_path):
    from culturalign.annotate.items import export_main
    from culturalign.data.validate import validate_locale
    from culturalign.model.base import token_counter

    db = tmp_path / "a.db"
    cast(db, {"r1": ["a", "a", "b", "tie"], "r2": ["a", "b", "b", "tie"], "r3": ["a", "a", "b", "b"]})
    cfg = export_cfg(tiny_cfg, db)
    prefs = Path(cfg.paths.locales) / "en-JP" / "preferences.jsonl"
    before = prefs.read_text().splitlines()
    out = export_main(cfg).data
    # Majorities: item 1 a (3 of 3), item 2 a (2 of 3), item 3 b (3 of 3); item 4 is 2 ties of 3 -> dropped.
    # Item 1 has base in slot a, item 2 en-JP@1, item 3 base in slot a but b won -> en-JP@1.
    assert (out["exported"], out["dropped"], out["added"]) == (3, {"tie": 1}, 3)
    added = [json.loads(line) for line in prefs.read_text().splitlines()[len(before) :]]
    assert [r["chosen"] for r in added] == [f"{US} 0", f"{JP} 1", f"{JP} 2"]
    assert [r["rejected"] for r in added] == [f"{JP} 0", f"{US} 1", f"{US} 2"]
    assert {r["split"] for r in added} == {"train"}
    report = validate_locale(
        Path(cfg.paths.locales), Path(cfg.paths.policies), "en-JP", cfg.data, token_counter(cfg.model)
    )
    assert report.problems == []
    assert export_main(cfg).data["duplicates"] == 3  # again: every pair is already there
    assert len(prefs.read_text().splitlines()) == len(before) + 3


def test_export_refuses_invalid_pairs_and_leaves_the_file_alone(tiny_cfg, tmp_path):
    from culturalign.annotate.items import export_main

    db = tmp_path / "a.db"
    with store(db) as conn:
        add_item(conn, "en-JP", "where is my parcel ?", ("base", "ok"), ("en-JP@1", JP))
    vote(rater_client(db, "r1"), "r1", 1, "a")  # the one-word answer wins
    cfg = export_cfg(tiny_cfg, db)
    prefs = Path(cfg.paths.locales) / "en-JP" / "preferences.jsonl"
    before = prefs.read_bytes()
    with pytest.raises(CommandError) as refused:
        export_main(cfg)
    n = len(before.decode().splitlines()) + 1  # the exported pair would have been the next line
    assert refused.value.code == 1
    assert f"{prefs}:{n}: chosen: has 1 words, fewer than data.min_words=3" in str(refused.value)
    assert prefs.read_bytes() == before


# ----------------------------------------------------------------------------------------- CLI entry points


def test_add_rater_returns_a_token_once_and_reissuing_revokes_the_old_one(tiny_cfg, tmp_path, capsys):
    from culturalign.annotate.store import add_rater_main

    db = tmp_path / "a.db"
    cfg = export_cfg(tiny_cfg, db, "annotate.rater=aiko")
    old = add_rater_main(cfg).data["token"]
    new = add_rater_main(cfg).data["token"]
    assert capsys.readouterr().out == ""  # the token is in the result; only cli prints it
    with store(db) as conn:
        assert rater_for_token(conn, old) is None and rater_for_token(conn, new)["name"] == "aiko"
    with pytest.raises(CommandError) as refused:
        add_rater_main(export_cfg(tiny_cfg, db))  # no annotate.rater
    assert refused.value.code == 2


def publish_fresh_policy(cfg) -> None:
    """An untrained LoRA policy adapter (B drawn at random so it answers unlike the base) as en-JP version 1."""
    import torch
    from culturalign.core import store
    from culturalign.model.base import resolve
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = resolve(cfg.model)
    torch.manual_seed(0)
    model = get_peft_model(
        AutoModelForCausalLM.from_pretrained(base.path), LoraConfig(r=4, target_modules=["v_proj", "o_proj"])
    )
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 1.0)
    store.publish(
        Path(cfg.paths.adapters),
        "en-JP",
        "policy",
        lambda tmp: model.save_pretrained(tmp),
        {"base_fingerprint": base.fingerprint, "base_id": base.source_id},
    )


def run_items(cfg) -> dict:
    from culturalign.annotate.items import items_main

    return items_main(cfg).data


def test_items_one_variant_sampled_twice_is_idempotent(tiny_cfg, tmp_path):
    db = tmp_path / "a.db"
    cfg = export_cfg(tiny_cfg, db, "annotate.variants=[base]", "annotate.items=3", "max_new_tokens=8")
    first = run_items(cfg)
    assert first["variants"] == ["base"] and first["prompts"] == 3 and first["added"] + first["identical"] == 3
    assert first["added"] >= 1
    again = run_items(cfg)
    assert (again["added"], again["existing"]) == (0, first["added"])
    with store(db) as conn:
        rows = conn.execute("SELECT variant_a, variant_b, response_a, response_b FROM items").fetchall()
    assert len(rows) == first["added"]
    assert all(r[0] == r[1] == "base" and r[2] != r[3] for r in rows)


def test_items_compare_base_with_the_locale_policy_by_default(tiny_cfg, tmp_path):
    db = tmp_path / "a.db"
    cfg = export_cfg(tiny_cfg, db, "annotate.items=2", "max_new_tokens=8")
    publish_fresh_policy(cfg)
    out = run_items(cfg)
    # No champion alias (tracking is off), so '<tag>' resolves to the newest version.
    assert out["variants"] == ["base", "en-JP@1"] and out["prompts"] == 2
    with store(db) as conn:
        rows = conn.execute("SELECT locale, prompt, variant_a, variant_b FROM items ORDER BY id").fetchall()
    # The random adapter answers unlike the base on both prompts (else the item would be skipped as identical).
    assert [tuple(r) for r in rows] == [
        ("en-JP", json.dumps(p), "base", "en-JP@1") for p in ["where is my order ?", "how do i reset router ?"]
    ]


@pytest.mark.parametrize(
    ("variants", "code", "says"),
    [
        ("[base,en-JP,en-US]", 2, "give one or two variants, got 3"),
        ("[en-JP@x]", 2, "the version must be a number"),
        ("['en-JP@²']", 2, "the version must be a number"),  # a digit to str.isdigit, not a version
        ("[en-JP@7]", 1, "no policy adapter for en-JP"),
    ],
)
def test_items_refuse_bad_variants(tiny_cfg, tmp_path, variants, code, says):
    from culturalign.annotate.items import items_main

    with pytest.raises(CommandError) as refused:
        items_main(export_cfg(tiny_cfg, tmp_path / "a.db", f"annotate.variants={variants}"))
    assert refused.value.code == code and says in str(refused.value)


def test_connect_creates_parent_directories(tmp_path):
    connect(tmp_path / "deep" / "er" / "a.db").close()
    assert (tmp_path / "deep" / "er" / "a.db").is_file()


# --------------------------------------------------------------------------------------------------- packaging


def test_a_built_wheel_ships_every_template_and_stylesheet(tmp_path):
    """The pages are read from files beside the code: a wheel without them installs an app that cannot render."""
    import shutil
    import zipfile

    from conftest import ROOT

    src = tmp_path / "src"  # a copy, so the build leaves no build/ or egg-info in the working tree
    shutil.copytree(ROOT / "platform", src / "platform", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp_path)]
    done = subprocess.run([*build, str(src)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("culturalign-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "platform" / "culturalign"
    needed = {
        f"culturalign/{p.relative_to(package).as_posix()}"
        for part in ("annotate", "audit")
        for kind in ("templates", "static")
        for p in (package / part / kind).iterdir()
    }
    assert len(needed) >= 10  # annotate: 7 templates + 1 stylesheet; audit: 4 templates + 1 stylesheet
    assert needed - shipped == set()
