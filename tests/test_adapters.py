"""The adapter store: atomic versions, manifests, and refusal of anything tampered with."""

from __future__ import annotations

import json

import pytest
from culturalign.core import store

FP = "f" * 64


def write_adapter(tmp):
    (tmp / "adapter_model.safetensors").write_bytes(b"weights")
    (tmp / "adapter_config.json").write_text("{}")


def publish(root, write=write_adapter, fp=FP):
    return store.publish(root, "en-JP", "reward", write, {"base_fingerprint": fp, "base_id": "tiny"})


def test_versions_count_up_and_manifest_lists_checksums(tmp_path):
    first, second = publish(tmp_path), publish(tmp_path)
    assert (first.name, second.name) == ("1", "2") and store.versions(tmp_path, "en-JP", "reward") == [1, 2]
    manifest = store.verify(second, FP)
    # sha256(b"weights") and sha256(b"{}"), computed by hand with hashlib
    assert manifest["files"] == {
        "adapter_config.json": "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
        "adapter_model.safetensors": "9a129038d9a00aed0cf6a7ea059ca50a813449061ab87848cf1a13eafdf33b2c",
    }
    assert (manifest["kind"], manifest["locale"], manifest["version"]) == ("reward", "en-JP", 2)


def test_failed_write_leaves_no_version(tmp_path):
    def crash(tmp):
        write_adapter(tmp)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        publish(tmp_path, crash)
    assert store.versions(tmp_path, "en-JP", "reward") == []
    assert not list((tmp_path / "en-JP" / "reward").iterdir())


@pytest.mark.parametrize(
    "damage, message",
    [
        (
            lambda d: (d / "adapter_model.safetensors").write_bytes(b"evil"),
            "checksum mismatch for adapter_model.safetensors",
        ),
        (lambda d: (d / "adapter_model.safetensors").unlink(), "missing file adapter_model.safetensors"),
        (
            lambda d: (d / "pytorch_model.bin").write_bytes(b"pickle"),
            "refusing non-safetensors weight file pytorch_model.bin",
        ),
        (lambda d: (d / "extra.json").write_text("{}"), "files not in the manifest"),
        (lambda d: (d / "manifest.json").unlink(), "no manifest.json"),
    ],
)
def test_tampered_adapters_are_refused_by_name(tmp_path, damage, message):
    path = publish(tmp_path)
    damage(path)
    with pytest.raises(store.AdapterError, match=message) as err:
        store.verify(path, FP)
    assert str(path) in str(err.value)


def test_other_base_is_refused(tmp_path):
    path = publish(tmp_path)
    with pytest.raises(store.AdapterError, match="but the loaded base is"):
        store.verify(path, "0" * 64)


def test_publish_refuses_pickle_weights(tmp_path):
    with pytest.raises(store.AdapterError, match="non-safetensors"):
        publish(tmp_path, lambda d: (d / "training_args.bin").write_bytes(b"x"))
    assert store.versions(tmp_path, "en-JP", "reward") == []


def test_resolve_prefers_version_then_champion_then_newest(tmp_path):
    for _ in range(3):
        publish(tmp_path)
    assert store.resolve(tmp_path, "en-JP", "reward", None).name == "3"
    assert store.resolve(tmp_path, "en-JP", "reward", None, champion=2).name == "2"
    assert store.resolve(tmp_path, "en-JP", "reward", "1", champion=2).name == "1"
    with pytest.raises(store.AdapterError, match="version 9 not found"):
        store.resolve(tmp_path, "en-JP", "reward", "9")
    with pytest.raises(store.AdapterError, match="no policy adapter for en-JP"):
        store.resolve(tmp_path, "en-JP", "policy", None)


def test_manifest_is_json_with_created_time(tmp_path):
    manifest = json.loads((publish(tmp_path) / "manifest.json").read_text())
    assert manifest["created"].endswith("+00:00") and manifest["base_id"] == "tiny"


def test_registry_records_checksums_so_a_rewritten_manifest_is_caught(tmp_path):
    """Swap a weight file AND rewrite its checksum in the manifest: the manifest alone cannot tell, the registry can."""
    import hashlib

    from culturalign.core import registry, tracking
    from culturalign.core.config import TrackingConfig

    tracking.configure(TrackingConfig(uri=f"sqlite:///{tmp_path / 'mlflow.db'}", experiment="tamper"))
    root = tmp_path / "adapters"

    def write(d):
        (d / "adapter_model.safetensors").write_bytes(b"weights")

    path = store.publish(root, "en-JP", "policy", write, {"base_fingerprint": "fp"})
    with tracking.run("train", {}) as run_id:
        tracking.register(registry.registry_name("en-JP", "policy"), run_id, path, 1, {})
    registry.verify(path, "fp")  # untouched: passes

    weights = path / "adapter_model.safetensors"
    weights.write_bytes(b"evil weights")
    manifest = json.loads((path / store.MANIFEST).read_text())
    manifest["files"]["adapter_model.safetensors"] = hashlib.sha256(b"evil weights").hexdigest()
    (path / store.MANIFEST).write_text(json.dumps(manifest))
    store.verify(path, "fp")  # the manifest agrees with the files now: on its own it cannot see the change
    with pytest.raises(store.AdapterError, match="recorded in the registry"):
        registry.verify(path, "fp")
    tracking.configure(TrackingConfig(enabled=False))
