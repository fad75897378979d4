"""Every shipped Hydra config composes and binds to the typed dataclasses; every field and key is documented."""

from __future__ import annotations

import re

import pytest
from culturalign.core.config import ROOT, AppConfig, compose, flatten, undocumented_fields

GROUPS = ["model", "reward", "rl", "serve", "tracking", "profile"]
# source=local needs a path; supply one so the option composes.
EXTRA = {"model=local": ["model.path=/tmp/some-checkpoint"]}


def group_options():
    for group in GROUPS:
        for path in sorted((ROOT / "hydra_conf" / group).glob("*.yaml")):
            yield f"{group}={path.stem}"


@pytest.mark.parametrize("override", list(group_options()))
def test_every_config_option_composes(override):
    cfg = compose([override, *EXTRA.get(override, [])])
    assert isinstance(cfg, AppConfig)
    group, option = override.split("=")
    if group == "rl":
        assert cfg.rl.algo == option
    if group == "profile":
        assert cfg.profile.name == option


def test_groups_exist():
    for group in GROUPS:
        assert list((ROOT / "hydra_conf" / group).glob("*.yaml")), group


def test_profile_full_resizes_other_groups():
    quick, full = compose(["profile=quick"]), compose(["profile=full"])
    assert full.rl.max_steps > quick.rl.max_steps and full.reward.epochs > quick.reward.epochs


def test_profile_resizes_root_keys_too():
    # evaluation lives in config.yaml itself: the profile must be applied after it (the defaults list order)
    assert compose(["profile=quick"]).evaluation.max_prompts == 24
    assert compose(["profile=full"]).evaluation.max_prompts == 0


def test_command_line_override_wins_over_profile():
    assert compose(["profile=full", "rl.max_steps=7"]).rl.max_steps == 7


def test_every_dataclass_field_has_help():
    assert undocumented_fields() == []


def test_every_yaml_key_has_a_comment_above():
    key = re.compile(r"^\s*(- )?[A-Za-z_][\w.]*:")
    missing = []
    for path in (ROOT / "hydra_conf").rglob("*.yaml"):
        lines = path.read_text().splitlines()
        for i, line in enumerate(lines):
            if key.match(line) and not line.lstrip().startswith("- ") and line.split(":")[0].strip() != "defaults":
                above = lines[i - 1].strip() if i else ""
                if not above.startswith("#"):
                    missing.append(f"{path.relative_to(ROOT)}:{i + 1}: {line.strip()}")
    assert missing == []


@pytest.mark.parametrize(
    "override, message",
    [
        (["reward.lora_r=abc"], "lora_r"),
        (["reward.no_such_key=1"], "no_such_key"),
        (["rl.algo=ppo"], "rl.algo"),
        (["model.dtype=float8"], "model.dtype"),
        (["reward.type_weights={content: -1}"], "reward.type_weights must be positive"),
        (["reward.micro_batch_size=3"], "not a multiple of micro_batch_size"),
    ],
)
def test_bad_overrides_are_refused_before_anything_loads(override, message):
    with pytest.raises(Exception, match=message):
        compose(override)


def test_flatten_names_nested_keys():
    flat = flatten(compose([]))
    assert flat["reward.lora_r"] == 16 and flat["model.name"] == "smollm2-135m"
