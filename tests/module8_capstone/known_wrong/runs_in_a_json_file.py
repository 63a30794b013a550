# Known-wrong for kata 8.4: keeps a home-made JSON Lines run log instead of MLflow's store.
import json
import uuid
from pathlib import Path
from urllib.parse import urlparse


def _log_path(tracking_uri):
    folder = Path(urlparse(tracking_uri).path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "runs.jsonl"


def log_run(tracking_uri, name, params, metrics, experiment=EXPERIMENT):
    run = {"run_id": uuid.uuid4().hex, "name": name, "params": {k: str(v) for k, v in params.items()},
           "metrics": {k: float(v) for k, v in metrics.items()}}
    with _log_path(tracking_uri).open("a", encoding="utf-8") as log:
        log.write(json.dumps(run) + "\n")
    return run["run_id"]


def read_runs(tracking_uri, experiment=EXPERIMENT):
    path = _log_path(tracking_uri)
    if not path.exists():
        return pd.DataFrame(columns=["run_id", "name"])
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return pd.DataFrame([{"run_id": r["run_id"], "name": r["name"],
                          **{f"params.{k}": v for k, v in r["params"].items()},
                          **{f"metrics.{k}": v for k, v in r["metrics"].items()}} for r in rows])
