"""Preference data validation (every rule, with file:line: field) and import (every format, atomic, dedupe)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import words_as_tokens, write_jsonl
from culturalign.core.config import DataConfig
from culturalign.core.schema import SchemaError
from culturalign.data.importers import import_pairs
from culturalign.data.preferences import data_sha256
from culturalign.data.validate import validate_locale

CFG = DataConfig(max_tokens=60, min_words=3)
A1 = "Open the app and tap Orders to see it."
B1 = "Thank you for asking; it may be helpful to open the app."


def pair(i: int, split: str = "train", **extra) -> dict:
    return {"prompt": f"Where is my order number {i}?", "chosen": A1, "rejected": B1, "split": split} | extra


@pytest.fixture
def tiny(project_copy: Path) -> Path:
    """A valid locale en-JP with 3 train pairs, 1 test pair, 2 RL prompts and 1 eval prompt."""
    d = project_copy / "locales" / "en-JP"
    write_jsonl(d / "preferences.jsonl", [pair(1), pair(2), pair(3), pair(4, "test")])
    write_jsonl(d / "prompts.jsonl", [{"prompt": "How do I pair my headphones?"}, {"prompt": "Can I change my card?"}])
    write_jsonl(
        d / "eval.jsonl", [{"prompt": "When does my warranty end?", "reference": "Thank you for asking about it."}]
    )
    for other in ("en-US", "en-DE"):
        shutil.rmtree(project_copy / "locales" / other)
    return project_copy


def validate(root: Path, tag: str = "en-JP"):
    return validate_locale(root / "locales", root / "policies", tag, CFG, words_as_tokens)


def problems(root: Path, tag: str = "en-JP") -> list[str]:
    return [str(p).replace(str(root) + "/", "") for p in validate(root, tag).problems]


def test_tiny_locale_is_valid(tiny):
    report = validate(tiny)
    assert report.problems == []
    assert report.stats["en-JP"]["train_pairs"] == 3 and report.stats["en-JP"]["test_pairs"] == 1


def rewrite(root: Path, name: str, rows: list) -> None:
    write_jsonl(root / "locales" / "en-JP" / name, rows)


P = "locales/en-JP/preferences.jsonl"


@pytest.mark.parametrize(
    "rows, expected",
    [
        ([pair(1), "{not json"], f"{P}:2: <line>: not valid JSON"),
        ([pair(1), [1, 2]], f"{P}:2: <line>: must be a JSON object"),
        ([pair(1), {k: v for k, v in pair(2).items() if k != "chosen"}], f"{P}:2: chosen: is required"),
        ([pair(1), pair(2, chosen="   ")], f"{P}:2: chosen: is empty"),
        ([pair(1), pair(2, chosen=7)], f"{P}:2: chosen: must be a string"),
        ([pair(1), pair(2, chosen="Yes.")], f"{P}:2: chosen: has 1 words, fewer than data.min_words=3"),
        ([pair(1), pair(2, rejected=A1)], f"{P}:2: rejected: is identical to chosen"),
        ([pair(1), pair(1)], f"{P}:2: <line>: duplicate of line 1"),
        ([pair(1), pair(2, split="dev")], f"{P}:2: split: must be 'train' or 'test'"),
        (
            [pair(1), pair(1, "test", chosen="A different answer here.")],
            f"{P}:2: prompt: also in the train split (line 1)",
        ),
        ([pair(1), pair(2, prompt=[{"role": "assistant", "content": "hi"}])], f"{P}:2: prompt: the last message"),
        ([pair(1), pair(2, chosen=" ".join(["word"] * 60))], f"{P}:2: chosen: prompt+chosen is 66 tokens, over"),
    ],
)
def test_each_preference_rule(tiny, rows, expected):
    rewrite(tiny, "preferences.jsonl", rows)
    found = problems(tiny)
    assert any(p.startswith(expected) for p in found), found


def test_non_utf8_line(tiny):
    path = tiny / P
    path.write_bytes(path.read_bytes() + b'{"prompt": "caf\xe9"}\n')
    assert any(":5: <line>: not UTF-8" in p for p in problems(tiny))


def test_prompt_files(tiny):
    rewrite(tiny, "prompts.jsonl", [{"prompt": "How?"}, {"prompt": "How?"}, {"text": "x"}])
    rewrite(
        tiny,
        "eval.jsonl",
        [{"prompt": "Where is my order number 1?", "reference": "It is on its way now."}, {"prompt": "Q?"}],
    )
    found = problems(tiny)
    assert "locales/en-JP/prompts.jsonl:2: prompt: duplicate of line 1" in found
    assert "locales/en-JP/prompts.jsonl:3: prompt: is required" in found
    assert "locales/en-JP/eval.jsonl:2: reference: is required" in found
    assert any(p.startswith("locales/en-JP/eval.jsonl:1: situation: ") and "also appears in" in p for p in found)


def test_missing_file_and_unknown_policy(tiny):
    (tiny / "locales/en-JP/prompts.jsonl").unlink()
    loc = tiny / "locales/en-JP/locale.yaml"
    loc.write_text(loc.read_text().replace("policy: en-JP", "policy: en-XX"))
    found = problems(tiny)
    assert "locales/en-JP/prompts.jsonl:1: <file>: is missing" in found
    assert any("policy: no policy file" in p for p in found)


@pytest.mark.parametrize("tag", ["../policies", "en_JP", "xx-QQ"])
def test_bad_locale_tags(tiny, tag):
    assert any(": tag: " in p for p in problems(tiny, tag))


def test_data_sha_changes_with_content(tiny):
    d = tiny / "locales/en-JP"
    before = data_sha256(d)
    rewrite(tiny, "prompts.jsonl", [{"prompt": "Something else?"}])
    assert data_sha256(d) != before


# ------------------------------------------------------------------------------------------------------ import

SOURCES = {
    "trl": {
        "prompt": "How do I reset it?",
        "chosen": "Hold the button for ten seconds.",
        "rejected": "Just try stuff maybe.",
    },
    "trl-conversational": {
        "prompt": [{"role": "user", "content": "How do I reset it?"}],
        "chosen": [{"role": "assistant", "content": "Hold the button for ten seconds."}],
        "rejected": [{"role": "assistant", "content": "Just try stuff maybe."}],
    },
    "hh": {
        "chosen": "\n\nHuman: How do I reset it?\n\nAssistant: Hold the button for ten seconds.",
        "rejected": "\n\nHuman: How do I reset it?\n\nAssistant: Just try stuff maybe.",
    },
    "ultrafeedback": {
        "prompt": "How do I reset it?",
        "chosen": [
            {"role": "user", "content": "How do I reset it?"},
            {"role": "assistant", "content": "Hold the button for ten seconds."},
        ],
        "rejected": [
            {"role": "user", "content": "How do I reset it?"},
            {"role": "assistant", "content": "Just try stuff maybe."},
        ],
        "score_chosen": 8.0,
        "score_rejected": 3.0,
    },
}


@pytest.mark.parametrize("fmt", sorted(SOURCES))
def test_import_each_format(tiny, tmp_path, fmt):
    src = write_jsonl(tmp_path / "src.jsonl", [SOURCES[fmt], SOURCES[fmt]])
    dest = tiny / P
    stats = import_pairs(src, dest, fmt, "train", CFG, words_as_tokens)
    assert stats == {"read": 2, "added": 1, "duplicates": 1, "total": 5}
    last = json.loads(dest.read_text().splitlines()[-1])
    assert last == {
        "prompt": "How do I reset it?",
        "chosen": "Hold the button for ten seconds.",
        "rejected": "Just try stuff maybe.",
        "split": "train",
    }
    assert validate(tiny).problems == []


def test_import_raw_ultrafeedback_picks_best_and_worst(tiny, tmp_path):
    raw = {
        "instruction": "How do I reset it?",
        "completions": [
            {"response": "Just try stuff maybe.", "overall_score": 2},
            {"response": "Hold the button for ten seconds.", "overall_score": 9},
            {"response": "Hold it a while, I think.", "overall_score": 5},
        ],
    }
    src = write_jsonl(tmp_path / "src.jsonl", [raw])
    import_pairs(src, tiny / P, "ultrafeedback", "train", CFG, words_as_tokens)
    last = json.loads((tiny / P).read_text().splitlines()[-1])
    assert (last["chosen"], last["rejected"]) == ("Hold the button for ten seconds.", "Just try stuff maybe.")


def test_failed_import_writes_nothing(tiny, tmp_path):
    dest = tiny / P
    before = dest.read_bytes()
    src = write_jsonl(tmp_path / "src.jsonl", [SOURCES["trl"], {"prompt": "x"}, "{oops"])
    with pytest.raises(SchemaError) as err:
        import_pairs(src, dest, "trl", "train", CFG, words_as_tokens)
    text = str(err.value)
    assert "src.jsonl:2: chosen: cannot read as trl" in text and "src.jsonl:3: <line>: not valid JSON" in text
    assert dest.read_bytes() == before and not list(dest.parent.glob(".*.tmp"))


def test_import_that_would_leak_a_test_prompt_writes_nothing(tiny, tmp_path):
    dest = tiny / P
    before = dest.read_bytes()
    leak = {"prompt": "Where is my order number 4?", "chosen": "It is already on its way.", "rejected": B1}
    src = write_jsonl(tmp_path / "src.jsonl", [leak])
    with pytest.raises(SchemaError, match="also in the train split"):
        import_pairs(src, dest, "trl", "train", CFG, words_as_tokens)
    assert dest.read_bytes() == before


def test_unknown_import_format(tiny, tmp_path):
    with pytest.raises(ValueError, match="format='csv'"):
        import_pairs(tmp_path / "x.jsonl", tiny / P, "csv", "train", CFG, words_as_tokens)


def test_an_endless_line_is_refused_without_reading_it_into_memory(tiny):
    """/dev/zero has no newline: the reader stops after data.max_line_bytes + 1 bytes and names the line."""
    dest = tiny / P
    before = dest.read_bytes()
    small = DataConfig(max_tokens=60, min_words=3, max_line_bytes=4096)
    with pytest.raises(SchemaError, match=r"/dev/zero:1: <line>: longer than 4096 bytes"):
        import_pairs(Path("/dev/zero"), dest, "trl", "train", small, words_as_tokens)
    assert dest.read_bytes() == before


def test_a_long_line_ends_reading_but_earlier_lines_are_read(tmp_path):
    from culturalign.data.preferences import Report, read_jsonl

    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n' + '{"b": "' + "x" * 100 + '"}\n' + '{"c": 3}\n')
    report = Report()
    # line 1 is 9 bytes, line 2 is 110 bytes: with a 50-byte limit, line 1 is read and line 3 is never reached
    assert [n for n, _ in read_jsonl(path, report, max_line_bytes=50)] == [1]
    assert [str(p) for p in report.problems] == [
        f"{path}:2: <line>: longer than 50 bytes (data.max_line_bytes); stopped reading"
    ]


def test_deeply_nested_json_is_a_reported_line_not_a_crash(tmp_path):
    from culturalign.data.preferences import Report, read_jsonl

    path = tmp_path / "x.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n")
    report = Report()
    assert list(read_jsonl(path, report)) == []
    assert "not valid JSON (nested too deeply)" in str(report.problems[0])


def test_import_into_an_unknown_market_is_refused_with_the_command_that_creates_it(tiny, tmp_path):
    from culturalign.core.command import CommandError
    from culturalign.core.config import AppConfig, PathsConfig
    from culturalign.data.commands import import_main

    src = write_jsonl(tmp_path / "src.jsonl", [SOURCES["trl"]])
    paths = PathsConfig(locales=str(tiny / "locales"), policies=str(tiny / "policies"))
    cfg = AppConfig(paths=paths, src=str(src), locale="en-AU")
    with pytest.raises(CommandError, match=r"no market 'en-AU'.*culturalign market new locale=en-AU"):
        import_main(cfg)
    assert not (tiny / "locales" / "en-AU").exists()


def test_splits_are_held_out_by_situation(tiny):
    """Different prompts about one situation still leak: the situation, not the prompt, is held out."""
    rows = [
        pair(1, situation="billing/refund"),
        pair(2, situation="billing/refund"),
        pair(3, "test", situation="billing/refund"),
    ]
    rows.append(pair(4, "test", situation="shipping/late"))
    rewrite(tiny, "preferences.jsonl", rows)
    rewrite(tiny, "prompts.jsonl", [{"prompt": "Is my parcel late?", "situation": "shipping/late"}])
    rewrite(
        tiny,
        "eval.jsonl",
        [{"prompt": "Can I get my money back?", "reference": "Yes, within 30 days.", "situation": "billing/refund"}],
    )
    found = problems(tiny)
    assert (
        "locales/en-JP/preferences.jsonl:3: situation: situation:billing/refund is also in the train split (line 2)"
        in found
    )
    assert "locales/en-JP/prompts.jsonl:1: situation: situation:shipping/late is in the test split (line 4)" in found
    assert (
        "locales/en-JP/eval.jsonl:1: situation: situation:billing/refund also appears in preferences or RL prompts"
        in found
    )


def test_answers_may_not_name_products_the_customer_never_mentioned(tiny):
    rows = [
        pair(1, chosen="Hold the button on the Aurora X2 for five seconds."),  # named in the prompt below: fine
        pair(2, rejected="The Nimbus S9 Pro headset would suit you better, in our opinion."),  # invented: flagged
        pair(3, chosen="Step 2 of the guide, on Monday 3 March, covers it."),  # steps and dates are not products
    ]
    rows[0]["prompt"] = "My Aurora X2 headset will not pair."
    rewrite(tiny, "preferences.jsonl", rows + [pair(4, "test")])
    assert problems(tiny) == [
        "locales/en-JP/preferences.jsonl:2: rejected: names a product absent from the prompt: Nimbus S9 Pro"
    ]


def test_conversational_answers_and_pair_types(tiny):
    conversational = {
        "chosen": [{"role": "assistant", "content": A1}],
        "rejected": [{"role": "assistant", "content": B1}],
    }
    rows = [pair(1) | conversational, pair(2, pair_type="content", flaw="wrong_fact"), pair(3, pair_type="vibes")]
    rows.append(pair(5) | {"chosen": [{"role": "user", "content": A1}]})
    rewrite(tiny, "preferences.jsonl", rows + [pair(4, "test")])
    assert problems(tiny) == [
        "locales/en-JP/preferences.jsonl:3: pair_type: must be one of style, content, slip, length (got 'vibes')",
        "locales/en-JP/preferences.jsonl:4: chosen: a message list must hold exactly one "
        "{role: assistant, content: str}",
    ]
