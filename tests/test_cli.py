"""The command line: help, unknown commands, bad overrides, and (integration) the real commands end to end."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT
from culturalign.cli import COMMANDS, main


def test_help_lists_every_command(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in COMMANDS)


def test_unknown_command(capsys):
    assert main(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err


def test_a_bare_last_word_is_the_locale_only_after_a_command(capsys):
    assert main(["reward", "frobnicate", "en-US"]) == 2  # "reward frobnicate" is no command: nothing is guessed
    assert "unknown command 'reward frobnicate en-US'" in capsys.readouterr().err
    assert main(["market", "new", "en-ZZ"]) == 2  # = market new locale=en-ZZ: refused as an unknown region
    assert "en-ZZ" in capsys.readouterr().err


def test_bad_override_is_a_clear_error(capsys):
    assert main(["chat", "reward.lora_r=abc", "prompt=hi"]) == 2
    assert "bad configuration" in capsys.readouterr().err


def test_console_script_is_installed():
    exe = shutil.which("culturalign") or str(ROOT / ".venv/bin/culturalign")
    out = subprocess.run([exe, "--help"], capture_output=True, text=True, check=True).stdout
    assert out.startswith("usage: culturalign")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "culturalign.cli", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.integration
def test_data_validate_passes_on_shipped_data():
    result = run("data", "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 locale(s), 0 problem(s)" in result.stdout  # en-US, en-JP, en-DE, en-GB


@pytest.mark.integration
def test_data_validate_rejects_a_broken_copy(project_copy):
    prefs = project_copy / "locales/en-US/preferences.jsonl"
    lines = prefs.read_text().splitlines()
    lines[4] = lines[4][:-5]  # cut line 5 mid-JSON
    prefs.write_text("\n".join(lines) + "\n")
    result = run("data", "validate", f"paths.locales={project_copy}/locales", f"paths.policies={project_copy}/policies")
    assert result.returncode == 1
    assert f"{prefs}:5: <line>: not valid JSON" in result.stdout


@pytest.mark.integration
def test_chat_answers_with_the_embedded_base():
    result = run("chat", "locale=base", "prompt=What is the capital of France?", "max_new_tokens=12")
    assert result.returncode == 0, result.stderr
    assert "Paris" in result.stdout
