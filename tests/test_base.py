"""Base-model resolution: fingerprints, clear errors, and (integration) the real embedded base generating."""

from __future__ import annotations

import hashlib

import pytest
from culturalign.core.config import ModelConfig
from culturalign.model import base


def test_fingerprint_is_sha256_of_names_hashes_and_conversion_version(tmp_path):
    (tmp_path / "b.safetensors").write_bytes(b"bb")
    (tmp_path / "a.safetensors").write_bytes(b"aa")
    files = [tmp_path / "b.safetensors", tmp_path / "a.safetensors"]
    # Files are hashed in name order, each as "name:sha256(content)", after the conversion tag.
    expected = hashlib.sha256(
        b"culturalign-conversion-1"
        + f"a.safetensors:{hashlib.sha256(b'aa').hexdigest()}".encode()
        + f"b.safetensors:{hashlib.sha256(b'bb').hexdigest()}".encode()
    ).hexdigest()
    assert base.fingerprint_files(files, 1) == expected
    assert base.fingerprint_files(files, 2) != expected


def test_missing_embedded_package_says_how_to_install():
    cfg = ModelConfig(gguf_package="no_such_model_package_xyz")
    with pytest.raises(base.BaseModelError, match="is not installed; run `make install`"):
        base.resolve(cfg)


def test_local_path_without_checkpoint(tmp_path):
    with pytest.raises(base.BaseModelError, match="not a Hugging Face checkpoint"):
        base.resolve(ModelConfig(source="local", path=str(tmp_path)))


def test_local_checkpoint_fingerprint_tracks_weights(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "model.safetensors").write_bytes(b"v1")
    first = base.resolve(ModelConfig(source="local", path=str(tmp_path))).fingerprint
    (tmp_path / "model.safetensors").write_bytes(b"v2")
    assert base.resolve(ModelConfig(source="local", path=str(tmp_path))).fingerprint != first


def test_hub_without_access_fails_with_a_clear_message(monkeypatch, tmp_path):
    import huggingface_hub

    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))  # empty cache: nothing local to fall back on

    def offline(*args, local_files_only=False, **kwargs):
        from huggingface_hub.errors import LocalEntryNotFoundError

        raise LocalEntryNotFoundError("no connection")

    monkeypatch.setattr(huggingface_hub, "snapshot_download", offline)
    with pytest.raises(base.BaseModelError, match="no hub access: download it elsewhere"):
        base.resolve(ModelConfig(source="hub", hub_id="Qwen/Qwen2.5-0.5B-Instruct"))


def test_invalid_model_config():
    with pytest.raises(ValueError, match="model.source=hub needs model.hub_id"):
        ModelConfig(source="hub")


@pytest.mark.integration
def test_embedded_base_loads_from_cache_and_answers():
    from culturalign.model.generation import generate

    cfg = ModelConfig()
    resolved = base.resolve(cfg)
    assert (resolved.path / "model.safetensors").is_file() and (resolved.path / "tokenizer.json").is_file()
    assert base.resolve(cfg).fingerprint == resolved.fingerprint  # second resolve hits the cache, same identity
    model, tokenizer = base.load_causal_lm(resolved, cfg)
    assert tokenizer.chat_template and tokenizer.pad_token == "<|im_end|>"
    answers = generate(
        model, tokenizer, ["What is the capital of France?", "Name a primary colour."], max_new_tokens=12
    )
    assert "Paris" in answers[0] and answers[1]
