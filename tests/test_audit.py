"""`culturalign audit` on a real MLflow sqlite store built here the way the pipeline logs (no mocks of MLflow).

Two markets: en-JP has two evaluated policy versions (v1 the previous champion, v2 the champion), a reward
champion and a cross-market run; en-US has only a reward model that failed its gate, so no policy champion.
Human votes go into an annotation store written by the annotation code itself.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import ROOT
from culturalign.annotate import store as annotations
from culturalign.audit import render as audit_render
from culturalign.audit.collect import shared_samples
from culturalign.core import store as adapter_store
from culturalign.core import tracking
from culturalign.core.command import CommandError, Result
from culturalign.core.config import compose
from culturalign.core.files import sha256_file
from culturalign.core.locales import load_locale
from culturalign.core.registry import registry_name
from culturalign.data.policies import load_policy
from culturalign.data.preferences import data_sha256
from culturalign.judge.gates import policy_gates, reward_gates

BASE = SimpleNamespace(source_id="tiny/base", fingerprint="f" * 64)
HOSTILE = '<script>alert(1)</script> & "quotes"'
JP_ANSWER = "Thank you very much for contacting us. We sincerely apologize for the delay."
# The champion's repeated-trigram rate and the base's: 0.02 above it, inside the default margin of 0.05.
REPETITION, BASE_REPETITION = 0.07, 0.05


def make_cfg(root: Path, *extra: str):
    """A config whose every path is under ``root`` (locales and policies copied from the project)."""
    for name in ("locales", "policies"):
        if not (root / name).exists():
            shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("gen", "*.py", "__pycache__"))
    return compose(
        [
            f"paths.locales={root}/locales",
            f"paths.policies={root}/policies",
            f"paths.adapters={root}/adapters",
            f"paths.reports={root}/reports",
            f"tracking.uri=sqlite:///{root}/mlflow.db",
            f"annotate.db={root}/annotations.db",
            "locales=[en-JP,en-US]",
            *extra,
        ]
    )


def shas(cfg, tag: str) -> tuple[str, str]:
    """(data sha, policy sha) of a locale as training would record them."""
    locale_dir = Path(cfg.paths.locales) / tag
    policy = load_policy(Path(cfg.paths.policies) / f"{load_locale(locale_dir / 'locale.yaml').policy}.yaml")
    return data_sha256(locale_dir), policy.sha256


def publish(cfg, tag: str, kind: str, run_id: str, extra: dict) -> Path:
    """A published adapter version with a (fake) safetensors file and the real manifest fields."""
    data_sha, policy_sha = shas(cfg, tag)
    manifest = adapter_store.lineage(BASE, data_sha, policy_sha, {"rl": {"algo": "grpo", "beta": 0.02}}, run_id) | extra

    def write(d: Path) -> None:
        (d / "adapter_model.safetensors").write_bytes(b"weights")
        (d / "adapter_config.json").write_text("{}")

    return adapter_store.publish(Path(cfg.paths.adapters), tag, kind, write, manifest)


def train_reward(cfg, tag: str, accuracy: float) -> None:
    data_sha, policy_sha = shas(cfg, tag)
    with tracking.run(
        f"reward-{tag}", tracking.lineage_tags(tag, "reward", policy_sha, data_sha, BASE.fingerprint)
    ) as rid:
        tracking.log_metrics({"test_accuracy": accuracy, "test_n": 8})
        # The test report reward training records (judge.gates.reward_gates reads it): every pair type well
        # above its threshold and no length bias, so only overall accuracy decides.
        bench = {"accuracy": accuracy, "n": 8, "by_type": {"content": 1.0, "slip": 1.0}, "length_bias": {"gap": 0.0}}
        bench |= {"counts": {"overall": 8, "content": 4, "slip": 4}, "baselines": {"longer_wins": {"content": 0.25}}}
        extra = {"metrics": {"accuracy": accuracy, "n": 8}, "bench": bench, "max_length": 128}
        path = publish(cfg, tag, "reward", rid, extra)
        version = tracking.register(registry_name(tag), rid, path, int(path.name), {"locale": tag})
        tracking.set_alias(registry_name(tag), "champion" if accuracy >= 0.9 else "challenger", version)


def train_policy(cfg, tag: str, rewards: list[float]) -> int:
    """A policy training run with per-step reward/KL/length history and samples, published and registered."""
    data_sha, policy_sha = shas(cfg, tag)
    tags = tracking.lineage_tags(tag, "policy", policy_sha, data_sha, BASE.fingerprint, algo="grpo")
    with tracking.run(f"policy-grpo-{tag}", tags) as rid:
        for step, r in enumerate(rewards, start=1):
            tracking.log_metrics({"reward": r, "kl": 0.001 * step, "completions/mean_length": 40 + step}, step=step)
        tracking.log_metrics({"steps": len(rewards), "train_seconds": 1.0})
        tracking.log_table([{"prompt": "hello ?", "base": "hi", "adapter": JP_ANSWER}], "samples.json")
        extra = {"metrics": {"steps": len(rewards)}, "algo": "grpo", "reward_model_version": 1}
        path = publish(cfg, tag, "policy", rid, extra)
        tracking.register(registry_name(tag, "policy"), rid, path, int(path.name), {"locale": tag, "algo": "grpo"})
    return int(path.name)


def evaluate(cfg, tag: str, version: int, win: float, answer: str) -> None:
    """An evaluation run as evaluate.record_evaluation logs it, moving the aliases the same way."""
    name = registry_name(tag, "policy")
    run_tags = {"locale": tag, "kind": "evaluation", "base_fingerprint": BASE.fingerprint}
    with tracking.run(f"evaluate-{tag}", run_tags | {"adapter_version": str(version)}):
        metrics = {"n": 4, "win_rate": win, "lc_win_rate": win - 0.05, "reward_delta": 1.0, "kl_to_base": 0.1}
        metrics |= {"mean_words": 12.0, "base_mean_words": 10.0, "compliance": 0.9, "base_compliance": 0.6}
        metrics |= {"chrf": 30.0, "base_chrf": 25.0, "repetition": REPETITION, "base_repetition": BASE_REPETITION}
        # Against its SFT start (gates 0.65 / 0.6) and no more degenerate answers than the base.
        metrics |= {"win_rate_vs_sft": win - 0.1, "lc_win_rate_vs_sft": win - 0.1}
        metrics |= {"degenerate_rate": 0.0, "base_degenerate_rate": 0.0}
        passed = metrics["win_rate"] >= cfg.evaluation.gate_win_rate
        tracking.log_metrics(metrics)
        samples = [
            {"prompt": f"where is my order {i} ?", "base": "It is on the way.", "adapter": answer}
            | {"reward_base": -1.0, "reward_adapter": 1.5}
            for i in range(4)
        ]
        tracking.log_table(samples, f"samples_{tag}.json")
        previous = tracking.alias_version(name, "champion")
        tracking.set_alias(name, "champion" if passed else "challenger", tracking.model_version_of(name, version))
        tracking.log_dict({"metrics": metrics, "passed": passed, "previous_champion": previous}, "gate.json")


def cross_market(tags: list[str]) -> None:
    with tracking.run("cross-market", {"kind": "cross-market", "locales": ",".join(tags)}):
        tracking.log_metrics({f"pairs_acc_{r}_on_{d}": 0.95 if r == d else 0.3 for r in tags for d in tags})
        tracking.log_metrics({f"gen_reward_{r}_on_{a}": 1.0 if r == a else -2.0 for r in tags for a in tags})


def build_store(root: Path, *extra: str):
    """The two-market store described in the module docstring; returns its config."""
    cfg = make_cfg(root, *extra)
    tracking.configure(cfg.tracking)
    train_reward(cfg, "en-JP", 0.95)
    evaluate(cfg, "en-JP", train_policy(cfg, "en-JP", [0.1, 0.4, 0.8]), 0.75, JP_ANSWER)
    evaluate(cfg, "en-JP", train_policy(cfg, "en-JP", [0.2, 0.6, 0.9]), 0.85, f"{JP_ANSWER} {HOSTILE}")
    train_reward(cfg, "en-US", 0.5)
    cross_market(["en-JP", "en-US"])
    return cfg


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("audit-store"))


def run_audit(cfg, capsys) -> tuple[Result, str, str, Path]:
    """(result, index.html text, stderr, report dir) of one `culturalign audit`."""
    result = audit_render.main(cfg)
    out, err = capsys.readouterr()
    assert out == ""  # the command returns its result; only cli prints it
    path = Path(result.data["report"])
    return result, path.read_text(encoding="utf-8"), err, path.parent


def section(page: str, tag: str) -> str:
    """The HTML of one market's section."""
    start = page.index(f'id="market-{tag}"')
    end = page.find('<section class="market"', start)
    return page[start : end if end != -1 else None]


def test_report_has_every_section(store, capsys):
    result, page, _, report_dir = run_audit(store, capsys)
    assert result.code == 0 and result.lines == [result.data["report"]]
    assert report_dir.name.startswith("audit-") and report_dir.parent == Path(store.paths.reports)
    assert (report_dir / "summary.md").read_text().startswith("# culturalign audit")
    assert not [p for p in report_dir.parent.iterdir() if p.name.startswith(".tmp")]  # written atomically
    for heading in ("At a glance", "Across markets", "Gates", "Lineage checks", "Evaluation"):
        assert heading in page
    jp = section(page, "en-JP")
    for heading in ("Policy compliance", "Sample generations", "Training curves", "Lineage", "Training config (rl)"):
        assert heading in jp
    assert "Sign-off: en-JP" in jp and "Reviewer name" in jp and "Decision" in jp


def test_champion_against_base_and_previous_champion(store, capsys):
    result, page, _, _ = run_audit(store, capsys)
    jp = section(page, "en-JP")
    found = result.data["markets"]["en-JP"]
    assert (found["policy_champion"], found["reward_champion"], found["metrics"]["win_rate"]) == (2, 1, 0.85)
    # v2 is the champion; gate.json of its evaluation names v1, so v1's evaluation is the comparison.
    assert "Policy champion v2" in jp and "prev. champion v1" in jp
    assert "recorded in gate.json as the previous champion" in jp
    # win rate 0.85 vs v1's 0.75: +0.100, and vs the base's 0.5 (what the base scores against itself): +0.350.
    assert "+0.100" in jp and "+0.350" in jp
    # Thresholds come from cfg.evaluation / cfg.reward.
    ev, rw = store.evaluation, store.reward
    assert f"Win rate vs base ≥ {ev.gate_win_rate:g}" in jp
    assert f"Length-controlled win rate vs base ≥ {ev.gate_lc_win_rate:g}" in jp
    assert f"Repeated-trigram rate above the base&#39;s ≤ {ev.gate_repetition_margin:g}" in jp
    assert f"Reward model test accuracy ≥ {rw.gate_accuracy:g}" in jp
    assert "Adapter files match the checksums recorded at registration" in jp and "fail" not in re.findall(
        r"badge (\w+)", jp
    )
    assert "Policy champion v2 grpo · gates pass · lineage checks 7/7 pass" in jp  # every gate decided, passed
    # The reward model's test report beside the shortcut baselines: content 1.000 vs longer-wins 0.250.
    bench = jp.split("beside the shortcut baselines")[1]
    assert re.search(r"<td>content</td><td[^>]*>4</td><td[^>]*>1.000</td><td[^>]*>0.250</td>", bench)


def test_gates_are_judge_gates_in_the_same_order(store, capsys):
    result, _, _, _ = run_audit(store, capsys)
    keys = [g.key for g in policy_gates({}, store.evaluation) + reward_gates({}, store.reward)]
    for tag in ("en-JP", "en-US"):
        assert [g["key"] for g in result.data["markets"][tag]["gates"]] == [*keys, "recorded"]
    # en-US has no policy champion, so nothing was evaluated: its policy gates cannot be decided.
    us = {g["key"]: g for g in result.data["markets"]["en-US"]["gates"]}
    assert {(us[k]["status"], us[k]["detail"]) for k in ("win_rate", "lc_win_rate", "repetition")} == {
        ("n/a", "not logged")
    }


def repetition_gate(result: Result) -> dict:
    (gate,) = [g for g in result.data["markets"]["en-JP"]["gates"] if g["key"] == "repetition"]
    return gate


def test_repetition_gate_passes_within_the_margin(store, capsys):
    # 0.07 - 0.05 = 0.02 <= 0.05 (set here, so the test does not depend on the default)
    loose = dataclasses.replace(store, evaluation=dataclasses.replace(store.evaluation, gate_repetition_margin=0.05))
    result, _, _, _ = run_audit(loose, capsys)
    assert repetition_gate(result) == {
        "key": "repetition",
        "name": "Repeated-trigram rate above the base's ≤ 0.05",
        "status": "pass",
        "detail": "0.020 (adapter 0.070, base 0.050)",
    }


def test_repetition_gate_fails_when_the_excess_is_above_the_margin(store, capsys):
    # The same logged rates against a margin of 0.01: 0.02 > 0.01, so the champion fails this gate today.
    strict = dataclasses.replace(store, evaluation=dataclasses.replace(store.evaluation, gate_repetition_margin=0.01))
    result, page, _, report_dir = run_audit(strict, capsys)
    gate = repetition_gate(result)
    assert (gate["name"], gate["status"]) == ("Repeated-trigram rate above the base's ≤ 0.01", "fail")
    assert result.data["markets"]["en-JP"]["status"] == "fail"
    row = re.search(r"<tr><td>Repeated-trigram rate above the base&#39;s ≤ 0.01</td><td>(.*?)</td>", page)
    assert row and 'class="badge fail"' in row.group(1)
    summary = (report_dir / "summary.md").read_text()
    assert "- Repeated-trigram rate above the base's ≤ 0.01: **fail** (0.020 (adapter 0.070, base 0.050))" in summary


def test_lineage_and_plots(store, capsys):
    _, page, _, _ = run_audit(store, capsys)
    jp = section(page, "en-JP")
    data_sha, policy_sha = shas(store, "en-JP")
    assert data_sha in jp and policy_sha in jp and BASE.fingerprint in jp
    manifest = (Path(store.paths.adapters) / "en-JP/policy/2/manifest.json").read_text()
    run_id = re.search(r'"mlflow_run_id": "(\w+)"', manifest).group(1)
    assert run_id in jp
    # Two heatmaps (accuracy, generation reward) and en-JP's training curves, all inline PNG.
    assert page.count('src="data:image/png;base64,') == 3


def test_values_are_escaped(store, capsys):
    _, page, _, _ = run_audit(store, capsys)
    assert "<script" not in page.lower()
    assert HOSTILE not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quotes&#34;" in page
    assert HOSTILE in html.unescape(page)  # escaped, not dropped
    # Autoescape on for every page template; off only for the plain-text summary.md.
    assert audit_render.TEMPLATES.autoescape("report.html") and not audit_render.TEMPLATES.autoescape("summary.md")


def test_market_without_champion_says_so(store, capsys):
    result, page, err, _ = run_audit(store, capsys)
    assert result.code == 0
    us = section(page, "en-US")
    assert "no policy champion" in us and "culturalign-en-US-policy" in us
    assert "Sign-off: en-US" in us  # the reviewer still gets the sign-off block
    assert result.data["markets"]["en-US"]["problems"][0].startswith("no policy champion")
    assert "[en-US]: no policy champion" in err  # and the person running it sees it at once
    assert "Policy champion v2" in section(page, "en-JP")  # the other market is unaffected


def test_a_market_with_only_a_challenger_is_audited_on_it(tmp_path, capsys):
    cfg = make_cfg(tmp_path, "locales=[en-JP]")
    tracking.configure(cfg.tracking)
    train_reward(cfg, "en-JP", 0.95)
    evaluate(cfg, "en-JP", train_policy(cfg, "en-JP", [0.1, 0.2]), 0.5, JP_ANSWER)  # win 0.5 < 0.7: challenger
    result, page, _, _ = run_audit(cfg, capsys)
    jp = section(page, "en-JP")
    assert "Policy challenger v1 grpo · gates fail" in jp  # its metrics and gates are shown, marked as failing
    assert result.data["markets"]["en-JP"]["problems"][0].endswith("the challenger is audited instead")
    gate = jp.split("Win rate vs base ≥")[1][:300]
    assert "badge fail" in gate


def test_report_makes_no_network_references(store, capsys):
    _, page, _, _ = run_audit(store, capsys)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "@import" not in page and "url(" not in page
    srcs = re.findall(r'src="([^"]*)"', page)
    assert srcs and all(s.startswith("data:image/png;base64,") for s in srcs)


def seed_votes(db: Path) -> None:
    """Through the annotation code: en-JP items 1 and 2 and en-US item 3; ayaka and ben vote a, a on item 1 and
    a, b on item 2; nobody votes on en-US's item; carl is a rater who has not voted yet."""
    with annotations.store(db) as conn:
        for i, tag in enumerate(["en-JP", "en-JP", "en-US"], start=1):
            annotations.add_item(conn, tag, f"where is my order {i} ?", ("base", "one two three"), ("x@1", "four"))
        raters = {}
        for name in ("ayaka", "ben", "carl"):
            annotations.add_rater(conn, name)
            raters[name] = conn.execute("SELECT id FROM raters WHERE name = ?", (name,)).fetchone()[0]
        for name, choices in {"ayaka": ["a", "a"], "ben": ["a", "b"]}.items():
            for item, choice in zip((1, 2), choices, strict=True):
                annotations.record_vote(conn, item, raters[name], choice)


def human_rows(page: str, tag: str) -> dict[str, str]:
    part = section(page, tag)
    part = part[part.index("Human evaluation") :]
    return dict(re.findall(r"<tr><td>([^<]+)</td><td class=\"num\">(\w+)</td></tr>", part))


def test_human_votes_are_counted_from_the_annotation_store(store, capsys, tmp_path):
    db = tmp_path / "annotations.db"
    seed_votes(db)
    before = db.read_bytes()
    result, page, _, _ = run_audit(
        dataclasses.replace(store, annotate=dataclasses.replace(store.annotate, db=str(db))), capsys
    )
    # Votes reach their locale through their item (a vote has no locale of its own): en-JP 4, en-US 0.
    assert human_rows(page, "en-JP") == {
        "items": "2",
        "votes": "4",
        "raters (this market)": "2",
        "raters (all markets)": "3",
    }
    assert human_rows(page, "en-US") == {
        "items": "1",
        "votes": "0",
        "raters (this market)": "0",
        "raters (all markets)": "3",
    }
    # Two raters on 2 items: agree on item 1 only, p_o = 1/2; ayaka a 2/2, ben a 1/2 b 1/2 -> p_e = 1 * 1/2 = 1/2;
    # kappa = (1/2 - 1/2) / (1 - 1/2) = 0.
    assert "Agreement: Cohen&#39;s κ = 0.000 (2 raters, 2 items)" in section(page, "en-JP")
    assert (result.data["markets"]["en-JP"]["votes"], result.data["markets"]["en-US"]["votes"]) == (4, 0)
    assert db.read_bytes() == before  # read only: the audit changes nothing in the store


def test_unreadable_annotation_db_is_a_message(store, capsys, tmp_path):
    db = tmp_path / "annotations.db"
    db.write_bytes(b"not a database")
    result, page, _, _ = run_audit(
        dataclasses.replace(store, annotate=dataclasses.replace(store.annotate, db=str(db))), capsys
    )
    assert result.code == 0 and "could not be read" in page


def test_same_prompt_table_uses_prompts_every_market_answered():
    rows = {
        "en-JP": [{"prompt": "a", "base": "b1", "adapter": "jp-a"}, {"prompt": "only jp", "base": "x", "adapter": "y"}],
        "en-US": [{"prompt": "a", "base": "b2", "adapter": "us-a"}],
    }
    markets = [{"tag": t, "samples": {"rows": r}} for t, r in rows.items()] + [{"tag": "en-DE", "samples": None}]
    shared = shared_samples(markets)
    assert shared == {
        "tags": ["en-JP", "en-US"],
        "rows": [{"prompt": "a", "base": "b1", "en-JP": "jp-a", "en-US": "us-a"}],
    }
    page = audit_render.render_html(plain_report(shared=shared))
    table = page[page.index("Same prompt, every market") :]
    assert '<th>en-JP champion</th><th>en-US champion</th></tr>\n<tr><td class="text">a</td>' in table


def plain_report(**fields) -> dict:
    """The smallest report render_html takes: no market, no store (what collect_report gives for nothing)."""
    human = {"path": "annotations.db", "locales": {}, "raters": None, "message": "no annotation database"}
    return {
        "stamp": "20260101T000000Z",
        "generated": "2026-01-01 00:00:00 UTC",
        "uri": None,
        "experiment": "culturalign",
        "git": "0" * 40,
        "store_problem": None,
        "markets": [],
        "cross": {"problems": []},
        "human": human,
        "shared": None,
    } | fields


def test_a_market_that_cannot_be_rendered_still_gets_its_section():
    odd = {"tag": "en-JP", "problems": [], "flags": [], "gates": [], "name": "not a LocaleSpec"}
    page = audit_render.render_html(plain_report(markets=[odd]))
    jp = section(page, "en-JP")
    assert "could not render this market: AttributeError" in jp and "<h2>en-JP</h2>" in jp
    assert odd["problems"] and odd["problems"][0].startswith("could not render this market")


def test_report_page_is_one_self_contained_file():
    page = audit_render.render_html(plain_report())
    css = (Path(audit_render.__file__).parent / "static" / "audit.css").read_text()
    assert css.strip() in page  # the packaged stylesheet, inline and unescaped (`.row>div` keeps its `>`)
    assert "<link" not in page and "<script" not in page


def test_bad_tag_and_missing_store_still_write_a_report(tmp_path, capsys):
    cfg = make_cfg(tmp_path, f"tracking.uri=sqlite:///{tmp_path}/nowhere/mlflow.db")
    cfg = dataclasses.replace(cfg, locales=["en-JP", "not a tag"])
    result, page, err, _ = run_audit(cfg, capsys)
    assert result.code == 0 and result.data["store_problem"].startswith("no MLflow store found")
    assert "no MLflow store found" in page and "is not a BCP 47 locale tag" in page
    assert "not a tag" in err
    assert not (tmp_path / "nowhere").exists()  # the audit creates no store where none was


def test_missing_adapter_dir_and_artifacts_are_reported(tmp_path, capsys):
    cfg = build_store(tmp_path)
    shutil.rmtree(Path(cfg.paths.adapters) / "en-JP" / "policy" / "2")
    result, page, _, _ = run_audit(cfg, capsys)
    jp = section(page, "en-JP")
    assert result.code == 0
    assert "manifest read from the MLflow run" in jp  # lineage still comes from the copy logged with the model
    assert shas(cfg, "en-JP")[0] in jp


def test_adapter_changed_after_registration_fails_its_check(tmp_path, capsys):
    cfg = build_store(tmp_path)
    # Swap the champion's weights and rewrite the manifest's checksum to match: only the registry's record differs.
    version_dir = Path(cfg.paths.adapters) / "en-JP" / "policy" / "2"
    (version_dir / "adapter_model.safetensors").write_bytes(b"other weights")
    manifest = json.loads((version_dir / adapter_store.MANIFEST).read_text())
    manifest["files"]["adapter_model.safetensors"] = sha256_file(version_dir / "adapter_model.safetensors")
    (version_dir / adapter_store.MANIFEST).write_text(json.dumps(manifest))
    _, page, _, _ = run_audit(cfg, capsys)
    check = section(page, "en-JP").split("Adapter files match the checksums recorded at registration")[1][:600]
    assert "badge fail" in check and "modified after it was registered" in html.unescape(check)


def test_unwritable_reports_dir_is_the_only_failure(store, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(CommandError, match="could not write the report") as refused:
        audit_render.main(dataclasses.replace(store, paths=dataclasses.replace(store.paths, reports=str(blocker))))
    assert refused.value.code == 1
