"""The rating web app: raters compare two answers to one prompt and vote A, B or tie.

    culturalign annotate add-rater annotate.rater=<name>       # prints the rater's sign-in token, once
    culturalign annotate items locale=en-JP [annotate.variants=[base,en-JP]]
    culturalign annotate                                       # the app at http://127.0.0.1:8100/
    culturalign annotate export locale=en-JP [split=train]     # majority votes -> locales/en-JP/preferences.jsonl

Raters see the two answers of an item in an order drawn per (rater, item), never which variant wrote which, and
vote with an optional reason; the store records the vote in variant terms, so the display order never leaks into
the data. The admin page (``?token=`` or header ``X-Admin-Token``, the token from the environment variable
``annotate.admin_token_env``) shows counts, inter-rater agreement and Bradley-Terry strengths per locale.

Pages are Jinja2 templates (``templates/``, autoescaped: model text, prompts, names and reasons are all escaped)
with the stylesheet (``static/``) inlined, and a Content-Security-Policy that lets no script run at all.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from culturalign.annotate import store as db
from culturalign.core.command import Result
from culturalign.core.config import AppConfig

HERE = Path(__file__).parent
COOKIE = "culturalign_rater"
MAX_REASON = 2000  # characters; a reason is a sentence or two, not an essay
MAX_FORM_BYTES = 16_384
MAX_ID_DIGITS = len(str(db.MAX_ITEM_ID))  # 19: a longer run of digits names no item SQLite can hold
# Display letters -> vote in variant terms, for an item shown in stored order and for one shown swapped.
DISPLAY_TO_VARIANT = {False: {"A": "a", "B": "b", "tie": "tie"}, True: {"A": "b", "B": "a", "tie": "tie"}}
# No script may run: model text is escaped, and this header stops anything that slips through anyway.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the admin token may sit in the URL
    "Cache-Control": "no-store",
}

TEMPLATES = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=True,  # every value is escaped unless it is Markup: model text must never become markup
    undefined=StrictUndefined,  # a misspelt name in a template is an error, not an empty string
    trim_blocks=True,
    lstrip_blocks=True,
)
# Our own stylesheet, inlined: the CSP allows inline styles only, and one response is the whole page.
TEMPLATES.globals["css"] = Markup((HERE / "static" / "annotate.css").read_text(encoding="utf-8"))
TEMPLATES.globals["kappa_text"] = db.kappa_text


def page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(TEMPLATES.get_template(template).render(**context), status_code=status)


def message(title: str, text: str, status: int) -> HTMLResponse:
    """A page that only says what went wrong, with a link back to the next item."""
    return page("message.html", status, title=title, text=text)


def swapped(rater_name: str, item_id: int) -> bool:
    """Whether this rater sees response_b first: a fair coin per (rater, item), the same on every visit.

    A random side per rater spreads position bias (raters favour the first answer) evenly over the variants; a
    fixed side per (rater, item) means a revisited item looks as it did when the rater voted on it.
    """
    return hashlib.sha256(f"{rater_name}\0{item_id}".encode()).digest()[0] & 1 == 1


def parse_item_id(text: str) -> int | None:
    """An item id from a form or a URL: 1-19 ASCII digits; None when malformed.

    ``str.isdigit`` alone lets through '²' (which ``int`` then refuses) and any length (``int`` refuses 5,000
    digits, and sqlite3 overflows past 2**63 - 1): each was a server error. A well-formed id beyond SQLite's range
    is left to ``store.item``, which finds no such item.
    """
    if not (0 < len(text) <= MAX_ID_DIGITS and text.isascii() and text.isdigit()):
        return None
    return int(text)


def item_page(
    conn: sqlite3.Connection, rater: sqlite3.Row, item: sqlite3.Row, vote: sqlite3.Row | None
) -> HTMLResponse:
    """The prompt, the two answers in this rater's order (variants hidden), and the vote form."""
    swap = swapped(rater["name"], item["id"])
    first, second = (item["response_b"], item["response_a"]) if swap else (item["response_a"], item["response_b"])
    letter = None if vote is None else {v: k for k, v in DISPLAY_TO_VARIANT[swap].items()}[vote["choice"]]
    return page(
        "item.html",
        item=item,
        prompt=json.loads(item["prompt"]),
        first=first,
        second=second,
        letter=letter,
        reason="" if vote is None else vote["reason"],
        max_reason=MAX_REASON,
        **nav(conn, rater),
    )


def nav(conn: sqlite3.Connection, rater: sqlite3.Row) -> dict[str, Any]:
    """What the signed-in header shows: who, how far, and a link back to the last vote."""
    done, total = db.progress(conn, rater["id"])
    return {"rater": rater, "done": done, "total": total, "last": db.last_voted_item(conn, rater["id"])}


async def read_form(request: Request) -> dict[str, str]:
    """A url-encoded form body (parse_qs is all it needs; FastAPI's Form() would pull in python-multipart)."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return {}
    return {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}


def create_app(db_path: Path, admin_token: str | None) -> FastAPI:
    """The annotation web app over the store at ``db_path``; no admin token = admin page disabled."""
    db_path = Path(db_path)
    db.connect(db_path).close()  # create the file and schema now, not on the first request
    app = FastAPI(title="culturalign annotate", docs_url=None, redoc_url=None, openapi_url=None)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    def rater_of(conn: sqlite3.Connection, request: Request) -> sqlite3.Row | None:
        return db.rater_for_token(conn, request.cookies.get(COOKIE))

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request) -> Response:
        with db.store(db_path) as conn:
            if (rater := rater_of(conn, request)) is None:
                return page("signin.html", error="")
            if (item := db.next_item(conn, rater["id"])) is None:
                return page("done.html", **nav(conn, rater))
            return item_page(conn, rater, item, None)

    @app.get("/item/{item_id}", response_class=HTMLResponse)
    async def show_item(item_id: str, request: Request) -> Response:
        with db.store(db_path) as conn:
            if (rater := rater_of(conn, request)) is None:
                return RedirectResponse("/", status_code=303)
            if (number := parse_item_id(item_id)) is None:
                return message("Bad item", f"An item id is a number of at most {MAX_ID_DIGITS} digits.", 400)
            if (item := db.item(conn, number)) is None:
                return message("Not found", "No such item.", 404)
            return item_page(conn, rater, item, db.vote_of(conn, number, rater["id"]))

    @app.post("/signin")
    async def signin(request: Request) -> Response:
        token = (await read_form(request)).get("token", "").strip()
        with db.store(db_path) as conn:
            if db.rater_for_token(conn, token) is None:
                return page("signin.html", 401, error="Unknown token.")
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
        with db.store(db_path) as conn:
            if (rater := rater_of(conn, request)) is None:
                return page("signin.html", 401, error="Please sign in first.")
            item_id = parse_item_id(form.get("item", ""))
            if item_id is None or form.get("choice") not in ("A", "B", "tie"):
                return message("Bad vote", "Pick A, B or Tie.", 400)
            if len(form.get("reason", "")) > MAX_REASON:
                return message("Reason too long", f"At most {MAX_REASON} characters.", 400)
            if db.item(conn, item_id) is None:
                return message("Not found", "No such item.", 404)
            choice = DISPLAY_TO_VARIANT[swapped(rater["name"], item_id)][form["choice"]]
            db.record_vote(conn, item_id, rater["id"], choice, form.get("reason", "").strip())
        return RedirectResponse("/", status_code=303)

    def admin_denied(request: Request) -> Response | None:
        if not admin_token:
            return message("Admin page disabled", "No admin token is configured.", 503)
        given = request.query_params.get("token") or request.headers.get("x-admin-token") or ""
        if not hmac.compare_digest(given.encode(), admin_token.encode()):  # constant time: no guessing by timing
            return message("Forbidden", "Wrong or missing admin token.", 403)
        return None

    @app.get("/admin", response_class=HTMLResponse)
    async def admin(request: Request) -> Response:
        if denied := admin_denied(request):
            return denied
        with db.store(db_path) as conn:
            return page("admin.html", stats=db.locale_stats(conn), raters=db.rater_votes(conn))

    @app.get("/admin/stats.json")
    async def admin_stats(request: Request) -> Response:
        if denied := admin_denied(request):
            return JSONResponse({"error": "forbidden"}, status_code=denied.status_code)
        with db.store(db_path) as conn:
            return JSONResponse(db.locale_stats(conn))

    return app


def serve_main(cfg: AppConfig) -> Result:
    """Run the annotation web app until interrupted; the address goes to stderr as it starts."""
    import uvicorn

    admin_token = os.environ.get(cfg.annotate.admin_token_env) or None
    if admin_token is None:
        print(f"culturalign annotate: ${cfg.annotate.admin_token_env} is unset: admin page disabled", file=sys.stderr)
    url = f"http://{cfg.annotate.host}:{cfg.annotate.port}/"
    app = create_app(db.db_path(cfg), admin_token)
    print(f"culturalign annotate: {url} (store {db.db_path(cfg)})", file=sys.stderr)
    uvicorn.run(app, host=cfg.annotate.host, port=cfg.annotate.port, log_level="warning")
    return Result({"url": url, "store": str(db.db_path(cfg)), "admin": admin_token is not None})
