#!/usr/bin/python3
"""RecBridge's linear learner against scikit-learn's logistic regression on the same exported splits.

Reads the splits `recbridge run PROJECT --export-splits DIR` wrote (DIR/seed-S/features/*.svm: the rows and
features RecBridge's learners saw) and, for each seed, fits scikit-learn's L2-regularised LogisticRegression
for target-only (target training rows) and pooled (target training rows plus every source's rows), choosing
C on the validation rows only, as RecBridge chooses its epoch. Prints test AUC (all, warm and cold users) and
fitting time beside the linear learner's results from results.json of the same run.

    /usr/bin/python3 bench/sklearn_reference.py DIR RESULTS.json

Needs Debian's python3-sklearn (apt-get install python3-sklearn python3-pandas). Not run by CI.
"""
import argparse
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.datasets import load_svmlight_file
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

COSTS = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0]
STRATEGIES = ["target-only", "pooled"]


def load(path, n_features):
    x, y = load_svmlight_file(str(path), n_features=n_features, zero_based=False)
    return x.tocsr(), (y >= 0.5).astype(int)


def fit_best(x_train, y_train, x_valid, y_valid):
    """The fit whose validation AUC is best over COSTS; returns (model, C, seconds of that fit, total seconds)."""
    best = None
    started = time.perf_counter()
    for c in COSTS:
        t = time.perf_counter()
        model = LogisticRegression(C=c, solver="lbfgs", max_iter=2000, tol=1e-6).fit(x_train, y_train)
        seconds = time.perf_counter() - t
        auc = roc_auc_score(y_valid, model.decision_function(x_valid))
        if best is None or auc > best[0]:
            best = (auc, model, c, seconds)
    return best[1], best[2], best[3], time.perf_counter() - started


def group_aucs(model, x_test, y_test, groups):
    scores = model.decision_function(x_test)
    out = {"all": roc_auc_score(y_test, scores)}
    for g in ("warm", "cold"):
        mask = groups == g
        if mask.any() and len(set(y_test[mask])) == 2:
            out[g] = roc_auc_score(y_test[mask], scores[mask])
    return out


def recbridge(results, strategy, seed):
    """{group: AUC} and seconds of the linear learner's run of a strategy and seed (None if absent)."""
    aucs = {r["group"]: r["metrics"]["AUC"] for r in results["records"]
            if r["strategy"] == strategy and r["learner"] == "linear" and r["seed"] == seed}
    seconds = next((r["seconds"] for r in results["runs"]
                    if r["strategy"] == strategy and r["learner"] == "linear" and r["seed"] == seed), None)
    return aucs, seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", type=Path, help="the --export-splits folder")
    parser.add_argument("results", type=Path, help="results.json of the same run")
    args = parser.parse_args()
    manifest = json.loads((args.splits / "splits.json").read_text())
    results = json.loads(args.results.read_text())
    rows = []
    for seed in manifest["seeds"]:
        d = args.splits / f"seed-{seed}"
        n = len((d / "features" / "features.txt").read_text(encoding="utf-8").splitlines())
        x_train, y_train = load(d / "features" / "target.train.svm", n)
        x_valid, y_valid = load(d / "features" / "target.valid.svm", n)
        x_test, y_test = load(d / "features" / "target.test.svm", n)
        groups = pd.read_csv(d / "target.test.csv", dtype=str, keep_default_na=False)["group"].to_numpy()
        sources = [load(d / "features" / f"{name}.svm", n) for name in manifest["sources"]]
        train = {
            "target-only": (x_train, y_train),
            "pooled": (sp.vstack([x_train] + [s[0] for s in sources]).tocsr(),
                       np.concatenate([y_train] + [s[1] for s in sources])),
        }
        for strategy in STRATEGIES:
            xs, ys = train[strategy]
            model, c, fit_seconds, total_seconds = fit_best(xs, ys, x_valid, y_valid)
            ours, our_seconds = recbridge(results, strategy, seed)
            for group, auc in group_aucs(model, x_test, y_test, groups).items():
                rows.append({"seed": seed, "strategy": strategy, "users": group, "rows": xs.shape[0],
                             "recbridge": ours.get(group, np.nan), "sklearn": auc, "C": c,
                             "recbridge_s": our_seconds, "sklearn_fit_s": fit_seconds,
                             "sklearn_tuning_s": total_seconds})
    table = pd.DataFrame(rows)
    table["difference"] = table["recbridge"] - table["sklearn"]
    pd.set_option("display.width", 200)
    print(f"{manifest['project']}: RecBridge linear vs scikit-learn LogisticRegression (lbfgs, C chosen on "
          f"validation from {COSTS[0]} to {COSTS[-1]}), test AUC")
    print(table.to_string(index=False, float_format=lambda v: f"{v:.4f}"))
    summary = table.groupby(["strategy", "users"], sort=False).agg(
        recbridge=("recbridge", "mean"), sklearn=("sklearn", "mean"), difference=("difference", "mean"),
        worst=("difference", "min"), recbridge_s=("recbridge_s", "mean"), sklearn_fit_s=("sklearn_fit_s", "mean"),
        sklearn_tuning_s=("sklearn_tuning_s", "mean"))
    print()
    print(f"mean over {len(manifest['seeds'])} seed(s); worst = most negative RecBridge minus scikit-learn")
    print(summary.to_string(float_format=lambda v: f"{v:.4f}"))
    short = table[(table["users"] == "all") & (table["difference"] < -0.005)]
    if len(short):
        print(f"\nRecBridge is more than 0.005 AUC short of scikit-learn in {len(short)} of "
              f"{len(table[table['users'] == 'all'])} runs (all users)")


if __name__ == "__main__":
    main()
