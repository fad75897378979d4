"""The annotation store: one SQLite file of items, raters and votes, and the statistics read from it.

    culturalign annotate add-rater annotate.rater=<name>       # a rater's sign-in token, shown once

An *item* is a prompt with two answers, each written by a *variant* (``base`` or ``<tag>@<version>``). A vote is
stored in variant terms (``a`` = the item's ``response_a``), never in the order a rater saw the answers. The web
app (``annotate.app``), item building and export (``annotate.items``), evaluation's human agreement and the audit
all read and write through this module; none of them has SQL of its own.

The file (``annotate.db``; default ``annotations.db``) is in WAL mode with ``synchronous=FULL`` and autocommit:
every vote is on disk before the browser sees the next page, so neither a killed server nor a power cut loses it
(an fsync per vote costs nothing at human voting speed).
"""

from __future__ import annotations

import hashlib
import json
import math
import secrets
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from culturalign.core.command import CommandError, Result
from culturalign.core.config import AppConfig
from culturalign.data.agreement import OUTCOMES, bradley_terry, cohen_kappa, fleiss_kappa, pairwise_wins

MAX_ITEM_ID = 2**63 - 1  # SQLite's INTEGER PRIMARY KEY is a signed 64-bit integer: no item has a larger id

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

# ------------------------------------------------------------------------------------------------- connection


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


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open an existing store for reading only (the audit): no file, schema or journal mode is created."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    conn.row_factory = sqlite3.Row
    return conn


@contextmanager
def store(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(connect(path)) as conn:
        yield conn


def db_path(cfg: AppConfig) -> Path:
    return Path(cfg.annotate.db)


# ----------------------------------------------------------------------------------------------------- raters


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


def rater_votes(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """(name, votes) of every rater, also those who have not voted yet."""
    return conn.execute(
        "SELECT r.name, COUNT(v.item_id) AS votes FROM raters r LEFT JOIN votes v ON v.rater_id = r.id "
        "GROUP BY r.id ORDER BY r.name"
    ).fetchall()


# ------------------------------------------------------------------------------------------------------ items


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


def item(conn: sqlite3.Connection, item_id: int) -> sqlite3.Row | None:
    """The item with this id; None for any id no item can have (beyond SQLite's 64-bit range, say)."""
    if not 0 <= item_id <= MAX_ITEM_ID:  # sqlite3 raises OverflowError on a larger int instead of finding nothing
        return None
    return conn.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()


def next_item(conn: sqlite3.Connection, rater_id: int) -> sqlite3.Row | None:
    """The oldest item this rater has not voted on."""
    return conn.execute(
        "SELECT * FROM items WHERE id NOT IN (SELECT item_id FROM votes WHERE rater_id = ?) ORDER BY id LIMIT 1",
        (rater_id,),
    ).fetchone()


# ------------------------------------------------------------------------------------------------------ votes


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


# ------------------------------------------------------------------------------------------------- statistics


def votes_by_item(conn: sqlite3.Connection, locale: str) -> list[dict[str, Any]]:
    """Each item of ``locale`` with its votes: {id, prompt, variant_a/b, response_a/b, votes: {rater: choice}}."""
    items = {
        r["id"]: dict(r) | {"votes": {}}
        for r in conn.execute("SELECT * FROM items WHERE locale = ? ORDER BY id", (locale,))
    }
    # A vote knows only its item; the item knows the locale.
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


def kappa_text(summary: dict[str, Any]) -> str:
    """An ``agreement`` summary as a person reads it (the admin page and the audit say it the same way)."""
    if summary["method"] is None:
        return "n/a (no item rated by two raters)"
    name = {"cohen": "Cohen's", "fleiss": "Fleiss'"}[summary["method"]]
    value = "undefined (one label only)" if summary["kappa"] is None else f"{summary['kappa']:.3f}"
    return f"{name} κ = {value} ({summary['raters']} raters, {summary['items']} items)"


def strengths(items: list[dict[str, Any]]) -> dict[str, float]:
    """Bradley-Terry strength per variant; every vote is one comparison (a tie is half a win each)."""
    comparisons = [(i["variant_a"], i["variant_b"], c) for i in items for c in i["votes"].values()]
    return bradley_terry(pairwise_wins(comparisons))


def locale_stats(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Per locale: items, votes, raters, agreement and Bradley-Terry strengths (the admin page, the audit)."""
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


def majority(choices: list[str]) -> str | None:
    """The choice more than half the votes share, if any."""
    if not choices:
        return None
    top, n = Counter(choices).most_common(1)[0]
    return top if 2 * n > len(choices) else None


def majority_votes(conn: sqlite3.Connection, locale: str) -> list[dict[str, Any]]:
    """Items of ``locale`` whose votes have a strict majority (a, b or tie), with it under ``majority``.

    What the evaluation compares the reward model and the autorater against (ties included: a judge may agree).
    """
    out = []
    for item in votes_by_item(conn, locale):
        if (top := majority(list(item["votes"].values()))) is not None:
            out.append(item | {"prompt": json.loads(item["prompt"]), "majority": top})
    return out


# ---------------------------------------------------------------------------------------------------- command


def add_rater_main(cfg: AppConfig) -> Result:
    """Register a rater (or give an existing one a new token); the token is in the result only this once."""
    name = (cfg.annotate.rater or "").strip()
    if not name or len(name) > 64 or not name.isprintable():
        raise CommandError("needs annotate.rater=<name> (1-64 printable characters)", code=2)
    with store(db_path(cfg)) as conn:
        token = add_rater(conn, name)
    line = f"rater {name}: the token below signs them in; it is shown only this once (the store keeps its hash)"
    return Result({"rater": name, "token": token, "store": str(db_path(cfg))}, [line])
