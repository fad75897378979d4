"""The adapter store: ``adapters/<tag>/<kind>/<version>/`` with PEFT safetensors and ``manifest.json``.

A version appears only complete (written to a hidden temp dir, then renamed). Loading verifies every file's
sha256 and the base fingerprint against the manifest, and refuses any weight file that is not safetensors
(pickle-based formats can run code on load).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from culturalign.core.files import atomic_dir, sha256_file
from culturalign.core.locales import canonical

KINDS = ("reward", "sft", "policy")  # sft: the warm start a policy adapter grew from
MANIFEST = "manifest.json"
UNSAFE_WEIGHTS = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt")
VERSION_DIR = re.compile(r"^[1-9][0-9]*$")


class AdapterError(RuntimeError):
    """An adapter is missing, incomplete, tampered with, or trained on another base."""


def kind_dir(root: Path, tag: str, kind: str) -> Path:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    return Path(root) / canonical(tag) / kind


def versions(root: Path, tag: str, kind: str) -> list[int]:
    """Published versions, oldest first (temp dirs of unfinished runs are not versions)."""
    d = kind_dir(root, tag, kind)
    if not d.is_dir():
        return []
    return sorted(int(p.name) for p in d.iterdir() if VERSION_DIR.match(p.name) and (p / MANIFEST).is_file())


def lineage(base, data_sha: str, policy_sha: str, config: dict, run_id: str | None) -> dict[str, Any]:
    """The manifest fields every adapter carries: what it was trained on, with what, and where it was logged."""
    return {
        "base_id": base.source_id,
        "base_fingerprint": base.fingerprint,
        "data_sha256": data_sha,
        "policy_sha256": policy_sha,
        "config": config,
        "mlflow_run_id": run_id,
    }


def publish(root: Path, tag: str, kind: str, write: Callable[[Path], None], manifest: dict[str, Any]) -> Path:
    """Create the next version: ``write(tmp_dir)`` saves the PEFT files; the manifest gets checksums and is added.

    Returns the version directory. Nothing is visible under ``adapters/`` until everything is written.
    """
    d = kind_dir(root, tag, kind)
    version = (versions(root, tag, kind) or [0])[-1] + 1
    target = d / str(version)
    with atomic_dir(target) as tmp:
        write(tmp)
        bad = [p.name for p in tmp.rglob("*") if p.suffix in UNSAFE_WEIGHTS]
        if bad:
            raise AdapterError(f"refusing to publish non-safetensors weights: {bad}")
        files = {str(p.relative_to(tmp)): sha256_file(p) for p in sorted(tmp.rglob("*")) if p.is_file()}
        full = {
            "kind": kind,
            "locale": canonical(tag),
            "version": version,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            **manifest,
            "files": files,
        }
        (tmp / MANIFEST).write_text(json.dumps(full, indent=2, sort_keys=True, default=str))
    return target


def files_digest(manifest: dict[str, Any]) -> str:
    """One digest over a manifest's file checksums (what the registry records at registration)."""
    return hashlib.sha256(json.dumps(manifest.get("files", {}), sort_keys=True).encode()).hexdigest()


def verify(path: Path, base_fingerprint: str, registered_digest: str | None = None) -> dict[str, Any]:
    """The manifest of a version dir, after checking files, checksums and base; raises AdapterError.

    The manifest's checksums catch corruption and a swapped file, but not a swapped file whose checksum was also
    rewritten in the manifest. ``registered_digest`` (``files_digest`` as recorded by the registry when the version was
    registered) closes that: the manifest must still list the checksums it listed then.
    """
    path = Path(path)
    name = f"adapter {path}"
    manifest_path = path / MANIFEST
    if not manifest_path.is_file():
        raise AdapterError(f"{name}: no {MANIFEST} (incomplete or not an adapter)")
    manifest = json.loads(manifest_path.read_text())
    for unsafe in (p for p in path.rglob("*") if p.suffix in UNSAFE_WEIGHTS):
        raise AdapterError(f"{name}: refusing non-safetensors weight file {unsafe.name}")
    listed = manifest.get("files", {})
    if not any(f.endswith(".safetensors") for f in listed):
        raise AdapterError(f"{name}: manifest lists no safetensors weights")
    for rel, digest in listed.items():
        f = path / rel
        if not f.is_file():
            raise AdapterError(f"{name}: missing file {rel}")
        if sha256_file(f) != digest:
            raise AdapterError(f"{name}: checksum mismatch for {rel} (modified or corrupted)")
    extra = {str(p.relative_to(path)) for p in path.rglob("*") if p.is_file()} - set(listed) - {MANIFEST}
    if extra:
        raise AdapterError(f"{name}: files not in the manifest: {sorted(extra)}")
    if registered_digest is not None and files_digest(manifest) != registered_digest:
        raise AdapterError(
            f"{name}: the manifest's checksums differ from those recorded in the registry at registration "
            "(the adapter was modified after it was registered)"
        )
    if manifest.get("base_fingerprint") != base_fingerprint:
        raise AdapterError(
            f"{name}: trained on base {manifest.get('base_id')} with fingerprint "
            f"{str(manifest.get('base_fingerprint'))[:12]}..., but the loaded base is {base_fingerprint[:12]}..."
        )
    return manifest


def resolve(root: Path, tag: str, kind: str, version: str | int | None, champion: int | None = None) -> Path:
    """Version dir to load: ``version`` if given, else the registry's champion, else the newest."""
    available = versions(root, tag, kind)
    if not available:
        raise AdapterError(f"no {kind} adapter for {canonical(tag)} under {root}; train one first")
    chosen = int(version) if version is not None else (champion if champion in available else available[-1])
    if chosen not in available:
        raise AdapterError(f"{kind} adapter {canonical(tag)} version {chosen} not found (have {available})")
    return kind_dir(root, tag, kind) / str(chosen)
