"""Who may use ``culturalign serve``: API keys with scopes, the admin key, and where the server may listen.

    CULTURALIGN_API_KEYS='key1=en-US,en-JP;key2=*'     (or serve.api_keys in config)
    CULTURALIGN_ADMIN_KEY=...                          (for /admin/*)

A key's scope is a set of targets: locale tags, ``base`` (the bare base model) or ``*``. The route is decided
first, exactly as without auth, and a routed target outside the scope is a 403 that names the model but no adapter
version. ``/v1/models`` shows a key only what it may use. No keys at all means no authentication, which is why the
server then refuses to listen on anything but loopback.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from culturalign.core.config import ServeConfig
from culturalign.core.locales import canonical
from culturalign.serve import router
from culturalign.serve.api import ApiError

Scopes = frozenset[str] | None  # None: no auth configured, everything allowed


@dataclass(frozen=True)
class Keys:
    """API keys and what each may use (tags, 'base', or '*'); an empty ``keys`` means no authentication."""

    keys: Mapping[str, frozenset[str]]
    admin: str | None
    admin_env: str

    @property
    def enabled(self) -> bool:
        return bool(self.keys)


def parse_key_spec(spec: str) -> dict[str, frozenset[str]]:
    """'key1=en-US,en-JP;key2=*' -> {key1: {en-US, en-JP}, key2: {*}}; ValueError on a malformed entry."""
    out: dict[str, frozenset[str]] = {}
    for entry in filter(None, (e.strip() for e in spec.split(";"))):
        key, sep, scopes = entry.partition("=")
        if not sep or not key.strip() or not scopes.strip():
            raise ValueError(f"API key entry {entry[:4]}... must look like key=en-US,en-JP or key=*")
        out[key.strip()] = _scopes(s.strip() for s in scopes.split(","))
    return out


def _scopes(values: Iterable[str]) -> frozenset[str]:
    """Allowed targets, canonical: '*', 'base' or locale tags (a typo fails at startup, not per request)."""
    return frozenset(v if v in ("*", "base") else canonical(v) for v in values if v)


def load_keys(serve: ServeConfig, environ: Mapping[str, str] = os.environ) -> Keys:
    """Keys from config and the environment; ValueError or LocaleError on a malformed spec."""
    keys = {k: _scopes(v) for k, v in serve.api_keys.items()}
    keys |= parse_key_spec(environ.get(serve.api_keys_env, ""))
    return Keys(keys, environ.get(serve.admin_key_env) or None, serve.admin_key_env)


def _bearer(headers: Mapping[str, str]) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _lookup(keys: Keys, token: str | None) -> frozenset[str] | None:
    # Compare against every key in constant time: response timing must not reveal a key's prefix.
    found = None
    for key, scopes in keys.keys.items():
        if token is not None and hmac.compare_digest(key.encode(), token.encode()):
            found = scopes
    return found


def authenticate(keys: Keys, headers: Mapping[str, str]) -> Scopes:
    """The caller's allowed targets (None = no auth configured, all allowed); ApiError 401 otherwise."""
    if not keys.enabled:
        return None
    scopes = _lookup(keys, _bearer(headers))
    if scopes is None:
        raise ApiError(401, "missing or unknown API key (send Authorization: Bearer <key>)", "invalid_api_key")
    return scopes


def may_use(scopes: Scopes, target: str) -> bool:
    """``target``: a served tag or 'base'."""
    return scopes is None or "*" in scopes or target in scopes


def authorize(scopes: Scopes, target: str, model_id: str) -> None:
    """403 when the key may not use the routed target; the message names the model, never an adapter version."""
    if may_use(scopes, target):
        return
    allowed = ", ".join(sorted(scopes or ())) or "nothing"
    raise ApiError(403, f"this API key may not use {model_id} (allowed: {allowed})", "permission_denied")


def visible_models(entries: list[dict], scopes: Scopes) -> list[dict]:
    """The /v1/models entries a key may use.

    Every key may send ``model="culturalign"`` (the router picks, then ``authorize`` decides), so the router entry
    stays, listing only the markets the key may reach. A market, an alias and the base are listed when the key may
    use what they name.
    """
    if scopes is None:
        return entries
    out = []
    for entry in entries:
        if entry.get("router"):
            default = entry.get("default")
            served = [t for t in entry.get("served", []) if may_use(scopes, t)]
            out.append(entry | {"served": served, "default": default if default in served else None})
        elif may_use(scopes, _target(entry)):
            out.append(entry)
    return out


def _target(entry: dict) -> str:
    """What an entry of ``engines.model_entries`` serves: its market, its alias's market, or 'base'."""
    if entry["id"] == router.BASE_MODEL:
        return "base"
    return entry.get("locale") or entry.get("alias_of") or entry["id"]


def authenticate_admin(keys: Keys, headers: Mapping[str, str]) -> None:
    """Admin endpoints: the admin key; open only when no key of any kind is configured (loopback-only server)."""
    token = _bearer(headers)
    if keys.admin is not None:
        if token is not None and hmac.compare_digest(keys.admin.encode(), token.encode()):
            return
        if _lookup(keys, token) is not None:
            raise ApiError(403, "admin endpoints need the admin key", "permission_denied")
        raise ApiError(401, "missing or unknown admin key", "invalid_api_key")
    if keys.enabled:
        raise ApiError(403, f"admin endpoints are disabled: set ${keys.admin_env}", "permission_denied")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind_allowed(host: str, keys: Keys) -> bool:
    """Without API keys the server is open to anyone who can reach it, so it may only listen on loopback."""
    return keys.enabled or is_loopback(host)
