"""Human preference collection: raters compare two answers to one prompt in a small web app.

    culturalign annotate add-rater annotate.rater=<name>       # prints the rater's sign-in token, once
    culturalign annotate items locale=en-JP [annotate.variants=[base,en-JP]]
    culturalign annotate                                       # the app at http://127.0.0.1:8100/
    culturalign annotate export locale=en-JP [split=train]     # majority votes -> locales/en-JP/preferences.jsonl

An *item* is a prompt of the locale's ``prompts.jsonl`` with two answers, each from a *variant*: ``base``, a
policy adapter ``<tag>@<version>`` (``<tag>`` alone = its champion), or one variant sampled twice. Raters see the
two answers in an order drawn per (rater, item), never which variant wrote which, and vote A, B or tie with an
optional reason. Votes are stored in variant terms (``a`` = the item's ``response_a``), so the display order never
leaks into the data. The admin page (``?token=`` or header ``X-Admin-Token``, the token from the environment
variable ``annotate.admin_token_env``) shows counts, inter-rater agreement and Bradley-Terry strengths per locale.
``export`` turns majority votes into preference pairs through the same validation and atomic write as
``data import``.

Everything lives in one SQLite file (``annotate.db``) in WAL mode with ``synchronous=FULL`` and autocommit: every
vote is on disk before the browser sees the next page, so neither a killed server nor a power cut loses it (an
fsync per vote costs nothing at human voting speed).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import secrets
import sqlite3
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from culturalign.core.config import AppConfig
from culturalign.judge.agreement import OUTCOMES, bradley_terry, cohen_kappa, fleiss_kappa, pairwise_wins
from culturalign.model.base import BaseModel, token_counter
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

COOKIE = "culturalign_rater"
MAX_REASON = 2000  # characters; a reason is a sentence or two, not an essay
MAX_FORM_BYTES = 16_384
SAMPLE_TEMPERATURE = 0.8  # one variant sampled twice: enough spread for two answers worth comparing
# Display letters -> vote in variant terms, for an item shown in stored order and for one shown swapped.
DISPLAY_TO_VARIANT = {False: {"A": "a", "B": "b", "tie": "tie"}, True: {"A": "b", "B": "a", "tie": "tie"}}

# ------------------------------------------------------------------------------------------------------ store

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    locale TEXT NOT NULL,
    prompt TEXT NOT NULL,            -- JSON: a string or a list of chat messages
    variant_a TEXT NOT NULL,         -- what wrote response_a: 'base' or '<tag>@<version>'
    response_a TEXT NOT NULL,
    variant_b TEXT NOT NULL,
    response_b TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (locale, prompt, variant_a, variant_b)
);
CREATE TABLE IF NOT EXISTS raters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    token_sha256 TEXT NOT NULL UNIQUE,  -- never the token itself: a copied database signs nobody in
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS votes (
    item_id INTEGER NOT NULL REFERENCES items(id),
    rater_id INTEGER NOT NULL REFERENCES raters(id),
    choice TEXT NOT NULL CHECK (choice IN ('a', 'b', 'tie')),  -- variant terms, not display order
    reason TEXT NOT NULL DEFAULT '',
    ts TEXT NOT NULL,
    UNIQUE (item_id, rater_id)
);
"""


def now() -> str:
    """UTC time to the millisecond: fine enough to order one rater's votes (their last vote is a link)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def connect(path: Path) -> sqlite3.Connection:
    """Open (and create) the store in autocommit mode: each statement is its own committed transaction."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")  # readers (admin page) never block the writer (votes)
    conn.execute("PRAGMA synchronous=FULL")  # fsync the WAL on every commit: a vote survives a power cut
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(SCHEMA)
    return conn


@contextmanager
def store(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(connect(path)) as conn:
        yield conn


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_rater(conn: sqlite3.Connection, name: str) -> str:
    """A new random token for ``name`` (an existing rater's old token stops working; their votes stay)."""
    token = secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO raters (name, token_sha256, created) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET token_sha256 = excluded.token_sha256",
        (name, token_hash(token), now()),
    )
    return token


def rater_for_token(conn: sqlite3.Connection, token: str | None) -> sqlite3.Row | None:
    if not token:
        return None
    return conn.execute("SELECT * FROM raters WHERE token_sha256 = ?", (token_hash(token),)).fetchone()


def prompt_json(prompt: Any) -> str:
    """The stored form of a prompt; sorted keys so the same message list always compares equal."""
    return json.dumps(prompt, ensure_ascii=False, sort_keys=True)


def has_item(conn: sqlite3.Connection, locale: str, prompt: Any, variants: tuple[str, str]) -> bool:
    row = conn.execute(
        "SELECT 1 FROM items WHERE locale = ? AND prompt = ? AND variant_a = ? AND variant_b = ?",
        (locale, prompt_json(prompt), *variants),
    ).fetchone()
    return row is not None


def add_item(conn: sqlite3.Connection, locale: str, prompt: Any, a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Insert an item from (variant, response) pairs a and b; False if that prompt + variants already exists."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO items (locale, prompt, variant_a, response_a, variant_b, response_b, created) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (locale, prompt_json(prompt), a[0], a[1], b[0], b[1], now()),
    )
    return cursor.rowcount == 1


def record_vote(conn: sqlite3.Connection, item_id: int, rater_id: int, choice: str, reason: str = "") -> None:
    """Store a vote (variant terms); a rater's second vote on an item replaces the first."""
    if choice not in OUTCOMES:
        raise ValueError(f"choice must be one of {OUTCOMES}, got {choice!r}")
    conn.execute(
        "INSERT INTO votes (item_id, rater_id, choice, reason, ts) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (item_id, rater_id) DO UPDATE SET choice = excluded.choice, reason = excluded.reason, "
        "ts = excluded.ts",
        (item_id, rater_id, choice, reason, now()),
    )


def next_item(conn: sqlite3.Connection, rater_id: int) -> sqlite3.Row | None:
    """The oldest item this rater has not voted on."""
    return conn.execute(
        "SELECT * FROM items WHERE id NOT IN (SELECT item_id FROM votes WHERE rater_id = ?) ORDER BY id LIMIT 1",
        (rater_id,),
    ).fetchone()


def vote_of(conn: sqlite3.Connection, item_id: int, rater_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM votes WHERE item_id = ? AND rater_id = ?", (item_id, rater_id)).fetchone()


def progress(conn: sqlite3.Connection, rater_id: int) -> tuple[int, int]:
    """(items this rater voted on, items in the store)."""
    done = conn.execute("SELECT COUNT(*) FROM votes WHERE rater_id = ?", (rater_id,)).fetchone()[0]
    return done, conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]


def last_voted_item(conn: sqlite3.Connection, rater_id: int) -> int | None:
    row = conn.execute(
        "SELECT item_id FROM votes WHERE rater_id = ? ORDER BY ts DESC, rowid DESC LIMIT 1", (rater_id,)
    ).fetchone()
    return row[0] if row else None


def swapped(rater_name: str, item_id: int) -> bool:
    """Whether this rater sees response_b first: a fair coin per (rater, item), the same on every visit.

    A random side per rater spreads position bias (raters favour the first answer) evenly over the variants; a
    fixed side per (rater, item) means a revisited item looks as it did when the rater voted on it.
    """
    return hashlib.sha256(f"{rater_name}\0{item_id}".encode()).digest()[0] & 1 == 1


# ---------------------------------------------------------------------------------------------------- statistics


def votes_by_item(conn: sqlite3.Connection, locale: str) -> list[dict[str, Any]]:
    """Each item of ``locale`` with its votes: {id, prompt, variant_a/b, response_a/b, votes: {rater: choice}}."""
    items = {
        r["id"]: dict(r) | {"votes": {}}
        for r in conn.execute("SELECT * FROM items WHERE locale = ? ORDER BY id", (locale,))
    }
    query = "SELECT v.item_id, r.name, v.choice FROM votes v JOIN raters r ON r.id = v.rater_id JOIN items i "
    query += "ON i.id = v.item_id WHERE i.locale = ?"
    for item_id, rater, choice in conn.execute(query, (locale,)):
        items[item_id]["votes"][rater] = choice
    return list(items.values())


def agreement(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Inter-rater agreement on the items rated at least twice: Cohen's kappa for two raters, Fleiss' for more."""
    multi = [item["votes"] for item in items if len(item["votes"]) >= 2]
    raters = sorted({name for votes in multi for name in votes})
    summary: dict[str, Any] = {"method": None, "kappa": None, "items": len(multi), "raters": len(raters)}
    if len(raters) == 2:  # then every item in `multi` was rated by exactly these two
        first, second = raters
        kappa = cohen_kappa([v[first] for v in multi], [v[second] for v in multi])
        summary |= {"method": "cohen", "kappa": kappa}
    elif len(raters) > 2:
        counts = [[list(v.values()).count(c) for c in OUTCOMES] for v in multi]
        summary |= {"method": "fleiss", "kappa": fleiss_kappa(counts)}
    if summary["kappa"] is not None and math.isnan(summary["kappa"]):  # one label only; JSON has no NaN
        summary["kappa"] = None
    return summary


def strengths(items: list[dict[str, Any]]) -> dict[str, float]:
    """Bradley-Terry strength per variant; every vote is one comparison (a tie is half a win each)."""
    comparisons = [(i["variant_a"], i["variant_b"], c) for i in items for c in i["votes"].values()]
    return bradley_terry(pairwise_wins(comparisons))


def locale_stats(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Per locale: items, votes, raters, agreement and Bradley-Terry strengths (what the admin page shows)."""
    out = {}
    for (locale,) in conn.execute("SELECT DISTINCT locale FROM items ORDER BY locale").fetchall():
        items = votes_by_item(conn, locale)
        out[locale] = {
            "items": len(items),
            "votes": sum(len(i["votes"]) for i in items),
            "raters": len({name for i in items for name in i["votes"]}),
            "agreement": agreement(items),
            "strengths": strengths(items),
        }
    return out


def majority_votes(conn: sqlite3.Connection, locale: str) -> list[dict[str, Any]]:
    """Items of ``locale`` whose votes have a strict majority (a, b or tie), with it under ``majority``.

    What the evaluation compares the reward model and the autorater against (ties included: a judge may agree).
    """
    out = []
    for item in votes_by_item(conn, locale):
        choices = list(item["votes"].values())
        if not choices:
            continue
        top, n = Counter(choices).most_common(1)[0]
        if 2 * n > len(choices):
            out.append(item | {"prompt": json.loads(item["prompt"]), "majority": top})
    return out


def majority_pairs(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Counter]:
    """Preference rows from items whose votes have a strict majority for one answer; counts of the rest.

    A tie majority says neither answer is better, and without a majority the raters disagree: neither is a
    trustworthy training pair, so both are dropped.
    """
    rows, dropped = [], Counter()
    for item in items:
        choices = list(item["votes"].values())
        if not choices:
            dropped["unrated"] += 1
            continue
        top, n = Counter(choices).most_common(1)[0]
        if 2 * n <= len(choices):
            dropped["no_majority"] += 1
        elif top == "tie":
            dropped["tie"] += 1
        else:
            win, lose = ("a", "b") if top == "a" else ("b", "a")
            rows.append(
                {
                    "prompt": json.loads(item["prompt"]),
                    "chosen": item[f"response_{win}"],
                    "rejected": item[f"response_{lose}"],
                }
            )
    return rows, dropped


# ---------------------------------------------------------------------------------------------------------- HTML

STYLE = """
body{font-family:system-ui,sans-serif;max-width:72rem;margin:1.5rem auto;padding:0 1rem;color:#222;line-height:1.45}
.prompt{background:#f3f3f3;padding:.8rem 1rem;border-radius:6px;white-space:pre-wrap}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:1rem 0}
.answer{border:1px solid #bbb;border-radius:6px;padding:.8rem 1rem;white-space:pre-wrap;min-height:4rem}
button{font-size:1rem;padding:.45rem 1.2rem;margin:.3rem .4rem 0 0;cursor:pointer}
textarea{width:100%;min-height:3.5rem;font:inherit}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.3rem .7rem;text-align:left}
.muted{color:#666}.error{color:#b00020}nav{display:flex;gap:1rem;align-items:center}
"""
# No script may run: model text is escaped, and this header stops anything that slips through anyway.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the admin token may sit in the URL
    "Cache-Control": "no-store",
}


def esc(value: Any) -> str:
    """Every dynamic value goes through here: model text, prompts, names, reasons."""
    return escape(str(value), quote=True)


def page(title: str, body: str, status: int = 200) -> HTMLResponse:
    """A whole page around ``body`` (already-escaped HTML)."""
    html = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{esc(title)}</title>'
        f"<style>{STYLE}</style></head><body>{body}</body></html>"
    )
    return HTMLResponse(html, status_code=status)


def signin_page(error: str = "", status: int = 200) -> HTMLResponse:
    message = f'<p class="error">{esc(error)}</p>' if error else ""
    return page(
        "Sign in",
        f"<h1>Compare answers</h1>{message}<form method=post action=/signin>"
        "<label>Your rater token <input type=password name=token autocomplete=current-password required autofocus>"
        "</label> <button type=submit>Sign in</button></form>",
        status,
    )


def render_prompt(prompt: Any) -> str:
    if isinstance(prompt, str):
        return esc(prompt)
    return "".join(f"<p><b>{esc(m.get('role', ''))}</b>: {esc(m.get('content', ''))}</p>" for m in prompt)


def nav(rater: sqlite3.Row, done: int, total: int, last: int | None) -> str:
    change = f'<a id="change-last" href="/item/{last}">Change your last vote</a>' if last is not None else ""
    return (
        f'<nav><span>Signed in as <b>{esc(rater["name"])}</b></span><span id="progress">{done} of {total} rated'
        f"</span>{change}<form method=post action=/signout><button type=submit>Sign out</button></form></nav>"
    )


def item_page(rater: sqlite3.Row, item: sqlite3.Row, vote: sqlite3.Row | None, header: str) -> HTMLResponse:
    """The prompt, the two answers in this rater's order (variants hidden), and the vote form."""
    swap = swapped(rater["name"], item["id"])
    first, second = (item["response_b"], item["response_a"]) if swap else (item["response_a"], item["response_b"])
    current, reason = "", ""
    if vote is not None:
        letter = {v: k for k, v in DISPLAY_TO_VARIANT[swap].items()}[vote["choice"]]
        current = f'<p id="current">Your vote: <b>{esc(letter)}</b>. Voting again replaces it.</p>'
        reason = vote["reason"]
    buttons = "".join(
        f'<button type=submit name=choice value="{value}" id="vote-{value}">{label}</button>'
        for value, label in (("A", "A is better"), ("tie", "Tie"), ("B", "B is better"))
    )
    return page(
        "Compare answers",
        f"{header}<h1>Which answer is better?</h1>"
        f"<div class=prompt id=prompt>{render_prompt(json.loads(item['prompt']))}</div>"
        f'<div class=pair><section><h2>A</h2><div class=answer id="answer-A">{esc(first)}</div></section>'
        f'<section><h2>B</h2><div class=answer id="answer-B">{esc(second)}</div></section></div>{current}'
        f'<form method=post action=/vote><input type=hidden name=item value="{item["id"]}">'
        f'<label>Why? (optional)<textarea name=reason maxlength="{MAX_REASON}">{esc(reason)}</textarea></label>'
        f"{buttons}</form>",
    )


def kappa_text(summary: dict[str, Any]) -> str:
    if summary["method"] is None:
        return "n/a (no item rated by two raters)"
    name = {"cohen": "Cohen's", "fleiss": "Fleiss'"}[summary["method"]]
    value = "undefined (one label only)" if summary["kappa"] is None else f"{summary['kappa']:.3f}"
    return f"{name} κ = {value} ({summary['raters']} raters, {summary['items']} items)"


def admin_page(stats: dict[str, dict[str, Any]], raters: list[sqlite3.Row]) -> HTMLResponse:
    rows = "".join(
        f'<tr data-locale="{esc(tag)}"><td>{esc(tag)}</td><td class=items>{s["items"]}</td>'
        f"<td class=votes>{s['votes']}</td><td class=raters>{s['raters']}</td>"
        f"<td class=kappa>{esc(kappa_text(s['agreement']))}</td><td class=strengths>"
        + ", ".join(f"{esc(v)} {p:.2f}" for v, p in sorted(s["strengths"].items(), key=lambda kv: -kv[1]))
        + "</td></tr>"
        for tag, s in stats.items()
    )
    people = "".join(f"<tr><td>{esc(r['name'])}</td><td>{r['votes']}</td></tr>" for r in raters)
    return page(
        "Annotation admin",
        "<h1>Annotation progress</h1><table id=locales><tr><th>Locale</th><th>Items</th><th>Votes</th>"
        "<th>Raters</th><th>Agreement</th><th>Bradley-Terry strength (geometric mean 1)</th></tr>"
        f"{rows}</table><h2>Raters</h2><table id=raters><tr><th>Rater</th><th>Votes</th></tr>{people}</table>",
    )


# ----------------------------------------------------------------------------------------------------------- app


async def read_form(request: Request) -> dict[str, str]:
    """A url-encoded form body (parse_qs is all it needs; FastAPI's Form() would pull in python-multipart)."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return {}
    return {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}


def create_app(db_path: Path, admin_token: str | None) -> FastAPI:
    """The annotation web app over the store at ``db_path``; no admin token = admin page disabled."""
    db_path = Path(db_path)
    connect(db_path).close()  # create the file and schema now, not on the first request
    app = FastAPI(title="culturalign annotate", docs_url=None, redoc_url=None, openapi_url=None)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    def rater_of(conn: sqlite3.Connection, request: Request) -> sqlite3.Row | None:
        return rater_for_token(conn, request.cookies.get(COOKIE))

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request) -> Response:
        with store(db_path) as conn:
            rater = rater_of(conn, request)
            if rater is None:
                return signin_page()
            item = next_item(conn, rater["id"])
            header = nav(rater, *progress(conn, rater["id"]), last_voted_item(conn, rater["id"]))
            if item is None:
                return page("All done", f"{header}<h1>All items rated</h1><p>Thank you.</p>")
            return item_page(rater, item, None, header)

    @app.get("/item/{item_id}", response_class=HTMLResponse)
    async def show_item(item_id: int, request: Request) -> Response:
        with store(db_path) as conn:
            rater = rater_of(conn, request)
            if rater is None:
                return RedirectResponse("/", status_code=303)
            item = conn.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
            if item is None:
                return page("Not found", "<h1>No such item</h1><p><a href=/>Back</a></p>", 404)
            header = nav(rater, *progress(conn, rater["id"]), last_voted_item(conn, rater["id"]))
            return item_page(rater, item, vote_of(conn, item_id, rater["id"]), header)

    @app.post("/signin")
    async def signin(request: Request) -> Response:
        token = (await read_form(request)).get("token", "").strip()
        with store(db_path) as conn:
            if rater_for_token(conn, token) is None:
                return signin_page("Unknown token.", 401)
        response = RedirectResponse("/", status_code=303)
        # The cookie carries the token (the store only has its hash); HttpOnly keeps it from scripts and
        # SameSite=Strict keeps other sites from posting votes in the rater's name.
        response.set_cookie(
            COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https", path="/"
        )
        return response

    @app.post("/signout")
    async def signout() -> Response:
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
        return response

    @app.post("/vote")
    async def vote(request: Request) -> Response:
        form = await read_form(request)
        with store(db_path) as conn:
            rater = rater_of(conn, request)
            if rater is None:
                return signin_page("Please sign in first.", 401)
            if not form.get("item", "").isdigit() or form.get("choice") not in ("A", "B", "tie"):
                return page("Bad vote", "<h1>Bad vote</h1><p>Pick A, B or Tie. <a href=/>Back</a></p>", 400)
            if len(form.get("reason", "")) > MAX_REASON:
                return page("Bad vote", f"<h1>Reason too long</h1><p>At most {MAX_REASON} characters.</p>", 400)
            item_id = int(form["item"])
            if conn.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone() is None:
                return page("Not found", "<h1>No such item</h1><p><a href=/>Back</a></p>", 404)
            choice = DISPLAY_TO_VARIANT[swapped(rater["name"], item_id)][form["choice"]]
            record_vote(conn, item_id, rater["id"], choice, form.get("reason", "").strip())
        return RedirectResponse("/", status_code=303)

    def admin_denied(request: Request) -> Response | None:
        if not admin_token:
            return page("Admin disabled", "<h1>Admin page disabled</h1><p>No admin token is configured.</p>", 503)
        given = request.query_params.get("token") or request.headers.get("x-admin-token") or ""
        if not hmac.compare_digest(given.encode(), admin_token.encode()):  # constant time: no guessing by timing
            return page("Forbidden", "<h1>Forbidden</h1><p>Wrong or missing admin token.</p>", 403)
        return None

    @app.get("/admin", response_class=HTMLResponse)
    async def admin(request: Request) -> Response:
        if denied := admin_denied(request):
            return denied
        with store(db_path) as conn:
            return admin_page(locale_stats(conn), rater_votes(conn))

    @app.get("/admin/stats.json")
    async def admin_stats(request: Request) -> Response:
        if denied := admin_denied(request):
            return JSONResponse({"error": "forbidden"}, status_code=denied.status_code)
        with store(db_path) as conn:
            return JSONResponse(locale_stats(conn))

    return app


def rater_votes(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT r.name, COUNT(v.item_id) AS votes FROM raters r LEFT JOIN votes v ON v.rater_id = r.id "
        "GROUP BY r.id ORDER BY r.name"
    ).fetchall()


# ---------------------------------------------------------------------------------------------- item generation


def parse_variants(specs: list[str]) -> list[tuple[str, int | None]]:
    """'base' -> ('base', None); 'en-JP' -> ('en-JP', None) (its champion); 'en-JP@3' -> ('en-JP', 3).

    Raises ValueError (LocaleError is one) for a bad tag or version, or for other than one or two variants.
    """
    from culturalign.core.locales import canonical

    if len(specs) not in (1, 2):
        raise ValueError(f"annotate.variants: give one or two variants, got {len(specs)}")
    parsed: list[tuple[str, int | None]] = []
    for spec in map(str, specs):
        tag, _, version = spec.partition("@")
        if version and not version.isdigit():
            raise ValueError(f"annotate.variants: {spec!r}: the version must be a number, as in en-JP@3")
        parsed.append(("base", None) if spec == "base" else (canonical(tag), int(version) if version else None))
    return parsed


def variant_label(cfg: AppConfig, spec: tuple[str, int | None]) -> str:
    """What an item records as its variant: 'base' or '<tag>@<version>' with the champion resolved now."""
    from culturalign.core import store, tracking
    from culturalign.core.registry import registry_name

    tag, version = spec
    if tag == "base":
        return "base"
    champion = tracking.alias_version(registry_name(tag, "policy"), "champion") if version is None else None
    return f"{tag}@{store.resolve(Path(cfg.paths.adapters), tag, 'policy', version, champion).name}"


def load_variant(cfg: AppConfig, base: BaseModel, label: str) -> tuple[Any, Any]:
    """(model, tokenizer) of a variant label: the bare base, or the base with that policy adapter."""
    from culturalign.model.adapters import load_policy_model
    from culturalign.model.base import load_causal_lm

    if label == "base":
        return load_causal_lm(base, cfg.model)
    tag, _, version = label.partition("@")
    model, tokenizer, _ = load_policy_model(cfg, base, [tag], {tag: version})
    return model, tokenizer


def answers(cfg: AppConfig, model, tokenizer, prompts: list[Any], temperature: float, seed: int) -> list[str]:
    """Answers in batches; seeded so that re-running `annotate items` on a fresh store gives the same items."""
    import torch
    from culturalign.model.generation import generate

    torch.manual_seed(seed)
    out: list[str] = []
    size = cfg.evaluation.batch_size
    for start in range(0, len(prompts), size):
        batch = prompts[start : start + size]
        out += generate(model, tokenizer, batch, cfg.max_new_tokens, temperature, decoding=cfg.decoding)
    return out


def answer_pairs(cfg: AppConfig, base: BaseModel, labels: list[str], prompts: list[Any]) -> list[tuple[str, str]]:
    """(answer a, answer b) per prompt: two variants greedy (as `evaluate` compares them), or one sampled twice."""
    if len(labels) == 1:
        model, tokenizer = load_variant(cfg, base, labels[0])
        first = answers(cfg, model, tokenizer, prompts, SAMPLE_TEMPERATURE, cfg.seed)
        second = answers(cfg, model, tokenizer, prompts, SAMPLE_TEMPERATURE, cfg.seed + 1)
    else:
        first = answers(cfg, *load_variant(cfg, base, labels[0]), prompts, 0.0, cfg.seed)
        second = answers(cfg, *load_variant(cfg, base, labels[1]), prompts, 0.0, cfg.seed)
    return list(zip(first, second, strict=True))


def locale_prompts(cfg: AppConfig, tag: str) -> list[Any]:
    """The first ``annotate.items`` prompts of the locale's prompts.jsonl; raises SchemaError on a bad file."""
    from culturalign.core.locales import locale_dir
    from culturalign.core.schema import SchemaError
    from culturalign.data.preferences import PROMPTS, Report, validate_prompts

    report = Report()
    rows = validate_prompts(locale_dir(Path(cfg.paths.locales), tag) / PROMPTS, False, cfg.data, report)
    if report.problems:
        raise SchemaError(report.problems)
    return [r["prompt"] for r in rows[: cfg.annotate.items]]


# ---------------------------------------------------------------------------------------------- CLI entry points


def db_path(cfg: AppConfig) -> Path:
    return Path(cfg.annotate.db)


def serve_main(cfg: AppConfig) -> int:
    """Run the annotation web app until interrupted."""
    import uvicorn

    admin_token = os.environ.get(cfg.annotate.admin_token_env) or None
    if admin_token is None:
        print(f"culturalign annotate: ${cfg.annotate.admin_token_env} is unset: admin page disabled", file=sys.stderr)
    app = create_app(db_path(cfg), admin_token)
    print(f"culturalign annotate: http://{cfg.annotate.host}:{cfg.annotate.port}/ (store {db_path(cfg)})")
    uvicorn.run(app, host=cfg.annotate.host, port=cfg.annotate.port, log_level="warning")
    return 0


def add_rater_main(cfg: AppConfig) -> int:
    """Register a rater (or give an existing one a new token) and print the token: it is shown only this once."""
    name = (cfg.annotate.rater or "").strip()
    if not name or len(name) > 64 or not name.isprintable():
        print(
            "culturalign annotate add-rater: needs annotate.rater=<name> (1-64 printable characters)", file=sys.stderr
        )
        return 2
    with store(db_path(cfg)) as conn:
        token = add_rater(conn, name)
    print(f"rater {name}: token (shown once; the store keeps only its hash):\n{token}")
    return 0


def items_main(cfg: AppConfig) -> int:
    """Answer the locale's first prompts with two variants (or one, twice) and store them as rating items."""
    from culturalign.core import tracking
    from culturalign.core.locales import canonical
    from culturalign.core.schema import SchemaError
    from culturalign.core.store import AdapterError
    from culturalign.model.base import BaseModelError, resolve

    try:
        tag = canonical(cfg.locale or "")
        specs = parse_variants(cfg.annotate.variants or ["base", tag])  # default: the champion against the base
    except ValueError as exc:  # LocaleError is a ValueError
        print(f"culturalign annotate items: needs locale=<tag> and 1-2 variants: {exc}", file=sys.stderr)
        return 2
    try:
        prompts = locale_prompts(cfg, tag)
    except (SchemaError, FileNotFoundError) as exc:
        print(f"culturalign annotate items: {exc}", file=sys.stderr)
        return 1
    tracking.configure(cfg.tracking)
    try:
        base = resolve(cfg.model)
        labels = list(dict.fromkeys(variant_label(cfg, s) for s in specs))  # en-JP and en-JP@<champion> are one
        variants = (labels[0], labels[-1])
        with store(db_path(cfg)) as conn:
            todo = [p for p in prompts if not has_item(conn, tag, p, variants)]
        pairs = answer_pairs(cfg, base, labels, todo) if todo else []
    except (AdapterError, BaseModelError) as exc:
        print(f"culturalign annotate items: {exc}", file=sys.stderr)
        return 1
    with store(db_path(cfg)) as conn:
        added = add_items(conn, tag, variants, todo, pairs)
    summary = {"locale": tag, "variants": labels, "prompts": len(prompts), "added": added}
    print(json.dumps(summary | {"existing": len(prompts) - len(todo), "identical": len(todo) - added}))
    return 0


def add_items(
    conn: sqlite3.Connection, locale: str, variants: tuple[str, str], prompts: list[Any], pairs: list[tuple[str, str]]
) -> int:
    """Store new items; pairs of identical answers are skipped (a rater's time wasted, never a valid pair)."""
    added = 0
    for prompt, (a, b) in zip(prompts, pairs, strict=True):
        if a.strip() != b.strip():
            added += add_item(conn, locale, prompt, (variants[0], a), (variants[1], b))
    return added


def export_main(cfg: AppConfig) -> int:
    """Majority votes of the locale's items -> pairs appended to its preferences.jsonl, as `data import` does."""
    from culturalign.core.files import atomic_write_jsonl
    from culturalign.core.locales import LocaleError, canonical, locale_dir
    from culturalign.core.schema import SchemaError
    from culturalign.data.importers import import_pairs
    from culturalign.data.preferences import PREFERENCES

    try:
        tag = canonical(cfg.locale or "")
    except LocaleError as exc:
        print(f"culturalign annotate export: needs locale=<tag>: {exc}", file=sys.stderr)
        return 2
    with store(db_path(cfg)) as conn:
        rows, dropped = majority_pairs(votes_by_item(conn, tag))
    summary = {"locale": tag, "exported": len(rows), "dropped": dict(dropped)}
    if not rows:
        print(json.dumps(summary))
        return 0
    dest = locale_dir(Path(cfg.paths.locales), tag) / PREFERENCES
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"annotations-{tag}.jsonl"
        atomic_write_jsonl(src, rows)
        try:
            stats = import_pairs(src, dest, "trl", cfg.split, cfg.data, token_counter(cfg.model))
        except (SchemaError, ValueError, FileNotFoundError) as exc:
            print(f"culturalign annotate export: nothing written ({dest} is unchanged):\n{exc}", file=sys.stderr)
            return 1
    print(json.dumps(summary | {"dest": str(dest)} | stats))
    return 0
