"""The supervised warm start (InstructGPT's step 1): imitate the market's chosen answers before optimising reward.

Every distinct (prompt, chosen answer) of the train split is a demonstration; data v2 reuses one chosen answer in
several pairs, so duplicates are dropped rather than weighted up.
"""

from __future__ import annotations

from pathlib import Path

from culturalign.core import tracking
from culturalign.core.config import AppConfig
from culturalign.data.market import Market
from culturalign.data.preferences import as_messages, load_split, prompt_key


def demonstrations(rows: list[dict]) -> list[dict]:
    """Distinct (prompt, chosen) of preference rows as TRL prompt-completion examples."""
    seen, out = set(), []
    for r in rows:
        key = (prompt_key(r["prompt"]), r["chosen"])
        if key not in seen:
            seen.add(key)
            out.append(
                {"prompt": as_messages(r["prompt"]), "completion": [{"role": "assistant", "content": r["chosen"]}]}
            )
    return out


def warm_start(cfg: AppConfig, model, tokenizer, peft_config, market: Market, work_dir: Path, common: dict):
    """``rl.sft_steps`` SFT steps on the market's demonstrations; returns the PeftModel holding the warm adapter."""
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    rl = cfg.rl
    data = Dataset.from_list(demonstrations(load_split(market.dir, cfg.data.train_split)))
    args = SFTConfig(
        **(
            common
            | dict(
                output_dir=str(work_dir / "sft"),
                max_steps=rl.sft_steps,
                learning_rate=rl.sft_learning_rate,
                save_strategy="no",
                lr_scheduler_type="linear",
            )
        ),
        per_device_train_batch_size=rl.sft_batch_size,
        max_length=rl.max_length,
    )
    trainer = SFTTrainer(
        model=model,
        args=args,
        train_dataset=data,
        processing_class=tokenizer,
        peft_config=peft_config,
        callbacks=[tracking.trainer_callback(prefix="sft_")],
    )
    trainer.train()
    return trainer.model, {"sft_steps": rl.sft_steps, "sft_examples": len(data)}
