"""The one place that talks to MLflow.

Default store: sqlite at ``$CULTURALIGN_HOME/mlflow.db`` with artifacts beside it, so nothing needs a server.
``tracking.uri`` or ``$MLFLOW_TRACKING_URI`` point elsewhere. Open the default store with:

    mlflow ui --backend-store-uri sqlite:///$HOME/.cache/culturalign/mlflow.db

Runs: one parent run per locale pipeline with a child run per stage (``run`` nests when a run is active).
Registry: one registered model per locale and kind (``culturalign-<tag>-<kind>``); each model version carries the
adapter version in its ``adapter_version`` tag, and the alias ``champion`` marks what serves.
With ``tracking.enabled=false`` every function is a no-op and run ids are None.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from culturalign.core.config import TrackingConfig, flatten

_enabled = False


def default_uri() -> str:
    from culturalign.core.files import home

    return f"sqlite:///{home() / 'mlflow.db'}"


def configure(cfg: TrackingConfig) -> str | None:
    """Point MLflow at the configured store and experiment; returns the tracking URI (None when disabled)."""
    global _enabled
    _enabled = cfg.enabled
    if not cfg.enabled:
        return None
    import logging

    import mlflow

    logging.getLogger("mlflow").setLevel(logging.WARNING)  # schema-migration chatter on first use
    uri = cfg.uri or os.environ.get("MLFLOW_TRACKING_URI") or default_uri()
    if uri.startswith("sqlite:///"):
        Path(uri.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    mlflow.set_tracking_uri(uri)
    client = mlflow.MlflowClient()
    if client.get_experiment_by_name(cfg.experiment) is None:
        # Our default sqlite store keeps artifacts beside the database, not in ./mlruns of whatever cwd is.
        location = None
        if uri == default_uri() or uri.startswith("sqlite:///"):
            location = (Path(uri.removeprefix("sqlite:///")).parent / "mlartifacts").as_uri()
        client.create_experiment(cfg.experiment, artifact_location=location)
    mlflow.set_experiment(cfg.experiment)
    return uri


def git_commit() -> str:
    try:
        from culturalign.core.config import ROOT

        root = ROOT
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=5)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def lineage_tags(locale: str, kind: str, policy_sha: str, data_sha: str, base_fingerprint: str, **extra) -> dict:
    """The tags every training run carries, so any adapter can be traced to its inputs."""
    return {
        "locale": locale,
        "kind": kind,
        "policy_sha": policy_sha,
        "data_sha": data_sha,
        "base_fingerprint": base_fingerprint,
    } | {k: str(v).lower() for k, v in extra.items()}


@contextmanager
def run(name: str, tags: dict[str, str]) -> Iterator[str | None]:
    """Start a run (nested under the active one, if any); yields its id."""
    if not _enabled:
        yield None
        return
    import mlflow

    nested = mlflow.active_run() is not None
    if not nested:
        close_dead_runs()
    owner = {"culturalign.host": socket.gethostname(), "culturalign.pid": str(os.getpid())}
    with mlflow.start_run(run_name=name, nested=nested) as active:
        mlflow.set_tags({**tags, **owner, "git_commit": git_commit()})
        yield active.info.run_id


def close_dead_runs() -> list[str]:
    """Mark KILLED every RUNNING run that this host's process started and that process is gone; returns their ids.

    A run killed mid-way (SIGKILL, out of memory, a closed terminal) never reaches ``end_run`` and would stay RUNNING
    forever, looking like work in progress. Runs of other hosts are left alone: their processes cannot be checked
    from here.
    """
    if not _enabled:
        return []
    import mlflow

    client = mlflow.MlflowClient()
    host = socket.gethostname()
    closed = []
    for exp in client.search_experiments():
        running = client.search_runs(
            [exp.experiment_id], f"attributes.status = 'RUNNING' and tags.`culturalign.host` = {_quote(host)}"
        )
        for r in running:
            pid = r.data.tags.get("culturalign.pid", "")
            if pid.isdigit() and not _alive(int(pid)):
                client.set_tag(r.info.run_id, "culturalign.ended", "process gone; marked KILLED by the next run")
                client.set_terminated(r.info.run_id, status="KILLED")
                closed.append(r.info.run_id)
    return closed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def log_config(cfg: Any) -> None:
    """Flattened config as params (values cut to MLflow's limit) and the full YAML as an artifact."""
    if not _enabled:
        return
    import mlflow
    from omegaconf import OmegaConf

    mlflow.log_params({k: str(v)[:6000] for k, v in flatten(cfg).items()})
    mlflow.log_text(OmegaConf.to_yaml(OmegaConf.structured(cfg)), "config.yaml")


def log_metrics(metrics: dict[str, float], step: int | None = None) -> None:
    if not _enabled:
        return
    import mlflow

    clean = {k.replace("/", "_"): float(v) for k, v in metrics.items() if isinstance(v, (int, float))}
    mlflow.log_metrics(clean, step=step)


def log_dataset(rows: list[dict], name: str, digest: str, source: str, context: str) -> None:
    """Training/test data as an MLflow dataset input with our own digest (the data sha256)."""
    if not _enabled:
        return
    import mlflow
    import pandas as pd

    frame = pd.DataFrame([{k: v for k, v in r.items() if not k.startswith("_")} for r in rows])
    with warnings.catch_warnings():  # "source can be interpreted in multiple ways": both readings are local files
        warnings.simplefilter("ignore", UserWarning)
        dataset = mlflow.data.from_pandas(frame, source=source, name=name, digest=digest[:36])
    mlflow.log_input(dataset, context=context)


def log_table(rows: list[dict], artifact_file: str) -> None:
    if _enabled and rows:
        import mlflow
        import pandas as pd

        mlflow.log_table(pd.DataFrame(rows), artifact_file)


def log_figure(figure, artifact_file: str) -> None:
    if _enabled:
        import mlflow

        mlflow.log_figure(figure, artifact_file)


def log_dict(data: dict, artifact_file: str) -> None:
    if _enabled:
        import mlflow

        mlflow.log_text(json.dumps(data, indent=2, default=str), artifact_file)


def register(
    name: str, run_id: str | None, artifact_dir: Path, adapter_version: int, tags: dict[str, str]
) -> str | None:
    """Log the adapter dir as run artifacts and register it as a new version of model ``name``.

    The version's ``files_sha256`` tag records the digest of the manifest's checksums at registration: a copy outside
    the adapter directory, so a file swapped there together with recomputed manifest checksums is still detected.
    """
    if not _enabled or run_id is None:
        return None
    import mlflow
    from mlflow.exceptions import MlflowException

    from culturalign.core.store import MANIFEST, files_digest

    mlflow.log_artifacts(str(artifact_dir), "adapter")
    tags = tags | {"files_sha256": files_digest(json.loads((Path(artifact_dir) / MANIFEST).read_text()))}
    client = mlflow.MlflowClient()
    try:
        client.create_registered_model(name, tags={"culturalign": "true"})
    except MlflowException:  # already registered
        pass
    version = client.create_model_version(
        name, source=f"runs:/{run_id}/adapter", run_id=run_id, tags={"adapter_version": str(adapter_version), **tags}
    )
    return version.version


def set_alias(name: str, alias: str, model_version: str | None) -> None:
    if _enabled and model_version is not None:
        import mlflow

        mlflow.MlflowClient().set_registered_model_alias(name, alias, model_version)


def alias_version(name: str, alias: str) -> int | None:
    """The adapter version behind a registry alias, or None (no alias, no model, or tracking disabled)."""
    info = alias_info(name, alias)
    return info["adapter_version"] if info else None


def model_version_of(name: str, adapter_version: int) -> str | None:
    """The registry version of model ``name`` that holds our adapter version, or None."""
    found = _versions_holding(name, adapter_version)
    return max((str(v.version) for v in found), key=int, default=None)


def registered_tag(name: str, adapter_version: int, key: str) -> str | None:
    """Tag ``key`` of the newest registry version of ``name`` holding our adapter version, or None."""
    found = sorted(_versions_holding(name, adapter_version), key=lambda v: int(v.version))
    return found[-1].tags.get(key) if found else None


def _versions_holding(name: str, adapter_version: int) -> list:
    if not _enabled:
        return []
    import mlflow
    from mlflow.exceptions import MlflowException

    query = f"name={_quote(name)} and tag.adapter_version='{int(adapter_version)}'"
    try:
        return list(mlflow.MlflowClient().search_model_versions(query))
    except MlflowException:  # no such registered model
        return []


def trainer_callback(prefix: str = ""):
    """A transformers TrainerCallback that sends the trainer's logs to the active run, step by step.

    ``prefix`` keeps two trainers in one run apart (the warm start's ``sft_loss`` vs GRPO's ``loss``): both count
    their steps from 1, so unprefixed curves would interleave.
    """
    from transformers import TrainerCallback

    class MlflowMetrics(TrainerCallback):
        def on_log(self, args, state, control, logs=None, **kwargs):
            if logs:
                log_metrics({prefix + k: v for k, v in logs.items()}, step=state.global_step)

    return MlflowMetrics()


# ------------------------------------------------------------------------------------- read-only queries (audit)


def open_store(cfg: TrackingConfig) -> str | None:
    """Point MLflow at an existing store without creating anything; None when disabled or the sqlite file is missing.

    ``configure`` creates the database and experiment on first use, which is right for training but wrong for an
    audit: a mistyped path must be reported, not answered with an empty store.
    """
    global _enabled
    _enabled = False
    if not cfg.enabled:
        return None
    import logging

    import mlflow

    uri = cfg.uri or os.environ.get("MLFLOW_TRACKING_URI") or default_uri()
    if uri.startswith("sqlite:///") and not Path(uri.removeprefix("sqlite:///")).is_file():
        return None
    logging.getLogger("mlflow").setLevel(logging.WARNING)
    # An audit reads dozens of small JSON artifacts; a progress bar for each would bury its messages.
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    mlflow.set_tracking_uri(uri)
    _enabled = True
    return uri


def _quote(value: str) -> str:
    """A value for an MLflow filter string (single quotes inside are escaped)."""
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def alias_info(name: str, alias: str) -> dict[str, Any] | None:
    """Registry version behind ``alias`` as a dict (version, adapter_version, run_id, tags, created ms), or None."""
    if not _enabled:
        return None
    import mlflow
    from mlflow.exceptions import MlflowException

    try:
        v = mlflow.MlflowClient().get_model_version_by_alias(name, alias)
    except MlflowException:
        return None
    adapter_version = v.tags.get("adapter_version")
    return {
        "name": name,
        "version": str(v.version),
        "adapter_version": int(adapter_version) if adapter_version and adapter_version.isdigit() else None,
        "run_id": v.run_id,
        "tags": dict(v.tags),
        "created": v.creation_timestamp,
    }


def find_runs(experiment: str, tags: dict[str, str], max_results: int = 200) -> list[dict[str, Any]]:
    """Finished runs of ``experiment`` whose tags equal ``tags``, newest first, as plain dicts.

    Runs killed mid-way stay RUNNING in the store; an audit must not read their partial metrics as results.
    """
    if not _enabled:
        return []
    import mlflow

    client = mlflow.MlflowClient()
    exp = client.get_experiment_by_name(experiment)
    if exp is None:
        return []
    clauses = [f"tags.{k} = {_quote(v)}" for k, v in tags.items()] + ["attributes.status = 'FINISHED'"]
    found = client.search_runs(
        [exp.experiment_id], " and ".join(clauses), max_results=max_results, order_by=["attributes.start_time DESC"]
    )
    return [
        {
            "run_id": r.info.run_id,
            "name": r.info.run_name,
            "start_time": r.info.start_time,
            "end_time": r.info.end_time,
            "tags": dict(r.data.tags),
            "metrics": dict(r.data.metrics),
        }
        for r in found
    ]


def metric_history(run_id: str, key: str) -> list[tuple[int, float]]:
    """(step, value) of one metric of a run in step order; [] when the run never logged it."""
    if not _enabled:
        return []
    import mlflow

    history = mlflow.MlflowClient().get_metric_history(run_id, key)
    return sorted((m.step, m.value) for m in history)


def load_json_artifact(run_id: str, path: str) -> Any:
    """A JSON artifact of a run (dicts, and tables logged by ``log_table``), parsed; raises if it is missing."""
    if not _enabled:
        raise RuntimeError("tracking is disabled")
    import tempfile

    import mlflow

    with tempfile.TemporaryDirectory() as tmp:
        local = mlflow.artifacts.download_artifacts(run_id=run_id, artifact_path=path, dst_path=tmp)
        return json.loads(Path(local).read_text(encoding="utf-8"))


def run_info(run_id: str) -> dict[str, Any] | None:
    """One run (name, status, times, tags, latest metrics) as a plain dict, or None if the store has no such run."""
    if not _enabled:
        return None
    import mlflow
    from mlflow.exceptions import MlflowException

    try:
        r = mlflow.MlflowClient().get_run(run_id)
    except MlflowException:
        return None
    return {
        "run_id": r.info.run_id,
        "name": r.info.run_name,
        "status": r.info.status,
        "start_time": r.info.start_time,
        "end_time": r.info.end_time,
        "tags": dict(r.data.tags),
        "metrics": dict(r.data.metrics),
    }
