"""Names in the model registry, and which adapter version a command uses.

One MLflow registered model per market and kind (``culturalign-<tag>-reward``, ``culturalign-<tag>-policy``); its
alias ``champion`` marks the version that serves. Every command that loads an adapter without being told a version
takes the champion, else the newest published one: ``champion_or_newest`` is that rule, written once.
"""

from __future__ import annotations

from pathlib import Path

from culturalign.core import store, tracking
from culturalign.core.locales import canonical


def registry_name(tag: str, kind: str = "reward") -> str:
    """The registered model of one market's adapters of one kind."""
    if kind not in store.KINDS:
        raise ValueError(f"kind must be one of {store.KINDS}, got {kind!r}")
    return f"culturalign-{canonical(tag)}-{kind}"


def champion_or_newest(adapters_root: str | Path, tag: str, kind: str, version: str | int | None = None) -> Path:
    """The version dir to load: ``version`` if given, else the registry's champion, else the newest published."""
    champion = None if version is not None else tracking.alias_version(registry_name(tag, kind), "champion")
    return store.resolve(Path(adapters_root), tag, kind, version, champion)


def verify(path: Path, base_fingerprint: str) -> dict:
    """``store.verify`` against the checksums the registry recorded when this version was registered (if it was).

    The adapter dir is ``<root>/<tag>/<kind>/<version>``; a version never registered (tracking off) is checked
    against its own manifest only.
    """
    path = Path(path)
    tag, kind, version = path.parent.parent.name, path.parent.name, int(path.name)
    recorded = tracking.registered_tag(registry_name(tag, kind), version, "files_sha256")
    return store.verify(path, base_fingerprint, recorded)
