"""MLflow tracking against a real sqlite store: a run whose process was killed is closed by the next run."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import mlflow
from culturalign.core import tracking
from culturalign.core.config import TrackingConfig


def test_a_killed_run_is_marked_killed_on_the_next_start(tmp_path):
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    # A child process starts a run and dies without ending it (os._exit skips every finally/atexit, like SIGKILL).
    child = textwrap.dedent(f"""
        import os
        from culturalign.core import tracking
        from culturalign.core.config import TrackingConfig
        tracking.configure(TrackingConfig(uri={uri!r}, experiment="e"))
        with tracking.run("reward-en-JP", {{"kind": "reward"}}) as run_id:
            print(run_id, flush=True)
            os._exit(9)
    """)
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120)
    killed_id = out.stdout.strip()
    assert out.returncode == 9 and killed_id, out.stderr

    tracking.configure(TrackingConfig(uri=uri, experiment="e"))
    assert mlflow.MlflowClient().get_run(killed_id).info.status == "RUNNING"  # what the store says before
    with tracking.run("reward-en-JP", {"kind": "reward"}) as fresh_id:
        # the live run itself (this process) is not touched
        assert mlflow.MlflowClient().get_run(fresh_id).info.status == "RUNNING"
    assert mlflow.MlflowClient().get_run(killed_id).info.status == "KILLED"
    assert mlflow.MlflowClient().get_run(fresh_id).info.status == "FINISHED"
    tracking.configure(TrackingConfig(enabled=False))
