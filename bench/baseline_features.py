#!/usr/bin/python3
"""Every strategy of a project with baseline features on and off, side by side (a report, not a test).

Runs `recbridge run` twice on copies of PROJECT.json that differ only in `features.baseline` (true, false), with the
project's own strategies, learners and seeds, and prints each strategy's mean AUC (RMSE for ratings) per learner
and user group, on and off, and the difference; then whether every strategy is at least as good with them.

    /usr/bin/python3 bench/baseline_features.py PROJECT.json [--jar target/recbridge.jar] [--strategies a,b]
        [--seeds 1,2,3] [--learners fm]
"""
import argparse
import json
import subprocess
import tempfile
from pathlib import Path


def run(jar, project, baseline, strategies, seeds, learners, out):
    spec = json.loads(Path(project).read_text())
    spec.setdefault("features", {})["baseline"] = baseline
    if strategies:
        spec["strategies"] = strategies.split(",")
    if learners:
        spec["learners"] = [{"type": t} for t in learners.split(",")]
    if seeds:
        spec["seeds"] = [int(x) for x in seeds.split(",")]
    copy = Path(project).parent / f".baseline-{str(baseline).lower()}.json"  # beside it: data paths stay relative
    copy.write_text(json.dumps(spec))
    try:
        subprocess.run(["nice", "-n", "19", "java", "-jar", jar, "run", str(copy), "-q", "--out", str(out)], check=True,
                       stdout=subprocess.DEVNULL)
    finally:
        copy.unlink()
    results = json.loads((out / "results.json").read_text())
    task = results["task"]
    metric = "RMSE" if (task.get("type") if isinstance(task, dict) else task) == "regression" else "AUC"
    return metric, {(s["strategy"], s["learner"], s["group"]): s["mean"] for s in results["summary"]
                    if s["metric"] == metric}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("project")
    ap.add_argument("--jar", default="target/recbridge.jar")
    ap.add_argument("--strategies")
    ap.add_argument("--seeds")
    ap.add_argument("--learners", help="learner types, e.g. fm (default: the project's)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        metric, on = run(args.jar, args.project, True, args.strategies, args.seeds, args.learners,
                        Path(tmp) / "on")
        _, off = run(args.jar, args.project, False, args.strategies, args.seeds, args.learners,
                     Path(tmp) / "off")
    sign = -1 if metric == "RMSE" else 1
    print(f"{'strategy':18} {'learner':8} {'users':5} {metric + ' off':>9} {metric + ' on':>9} {'gain':>8}")
    worse = []
    for key in on:
        if key in off:
            gain = sign * (on[key] - off[key])
            print(f"{key[0]:18} {key[1].split()[0]:8} {key[2]:5} {off[key]:9.4f} {on[key]:9.4f} {gain:+8.4f}")
            if gain < -0.005:
                worse.append(f"{key[0]} ({key[1].split()[0]}, {key[2]}) {gain:+.4f}")
    print("at least as good with baseline features (within 0.005) everywhere" if not worse
          else "worse with baseline features by more than 0.005: " + "; ".join(worse))


if __name__ == "__main__":
    main()
