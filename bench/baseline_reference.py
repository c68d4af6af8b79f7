#!/usr/bin/python3
"""An independent popularity and bias-transfer, in pandas and scikit-learn, on RecBridge's exported splits.

Reads DIR/seed-S/{target.train,target.valid,target.test,source}.csv as `recbridge run PROJECT --export-splits DIR`
writes them, computes the numbers README's "Baseline features" describes from scratch (item mean rating and like
rate shrunk towards the global mean and log count, leaving the row's user out for training rows; each user's bias
b_u of the source's additive baseline on the rating and like scales), fits scikit-learn's LogisticRegression (C
chosen on the validation rows) on item quality alone (popularity) and on item quality plus the source biases
(bias-transfer), and prints test AUC for all and cold users beside RecBridge's linear runs from results.json.

    /usr/bin/python3 bench/baseline_reference.py DIR RESULTS.json [--shrinkage 10]

Needs Debian's python3-sklearn and python3-pandas. Not run by CI.
"""
import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

COSTS = [0.01, 0.1, 1.0, 10.0, 100.0]


def item_quality(train, rows, k, leave_out):
    mu, like_mu = train.rating.mean(), train.label.mean()
    items = train.groupby("item").agg(n=("rating", "size"), r=("rating", "sum"), l=("label", "sum"))
    out = rows[["user", "item"]].join(items, on="item").fillna(0.0)
    if leave_out:  # a training row's own user leaves its item's numbers
        own = train.groupby(["user", "item"]).agg(c=("rating", "size"), rs=("rating", "sum"), ls=("label", "sum"))
        o = rows[["user", "item"]].join(own, on=["user", "item"]).fillna(0.0)
        out["n"] -= o.c.values
        out["r"] -= o.rs.values
        out["l"] -= o.ls.values
    return np.column_stack([(out.r - out.n * mu) / (out.n + k), (out.l - out.n * like_mu) / (out.n + k),
                            np.log1p(out.n)])


def source_biases(source, rows, k):
    """b_u of r = mu + b_i + b_u on the source, rating and like scales, item biases first (first pass)."""
    cols = []
    for value in ("rating", "label"):
        mu = source[value].mean()
        items = source.groupby("item")[value].agg(["size", "sum"])
        b_i = (items["sum"] - items["size"] * mu) / (items["size"] + k)
        residual = source[value] - mu - source.item.map(b_i)
        users = residual.groupby(source.user).agg(["size", "sum"])
        b_u = users["sum"] / (users["size"] + k)
        cols.append(rows.user.map(b_u).fillna(0.0).values)
    missing = (~rows.user.isin(source.user.unique())).astype(float).values
    return np.column_stack(cols + [missing])


def fit(train_x, train_y, valid_x, valid_y):
    best = None
    for c in COSTS:
        model = LogisticRegression(C=c, max_iter=2000).fit(train_x, train_y)
        auc = roc_auc_score(valid_y, model.predict_proba(valid_x)[:, 1])
        if best is None or auc > best[0]:
            best = (auc, model)
    return best[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("results")
    ap.add_argument("--shrinkage", type=float, default=10.0)
    args = ap.parse_args()
    k = args.shrinkage
    results = json.load(open(args.results))
    ours = {}
    for r in results["records"]:
        if r["learner"].startswith("linear"):
            ours[(r["strategy"], r["seed"], r["group"])] = r["metrics"].get("AUC")
    print(f"{'strategy':14} {'seed':>4} {'group':5} {'reference AUC':>13} {'RecBridge AUC':>13}")
    for seed_dir in sorted(Path(args.dir).glob("seed-*")):
        seed = int(seed_dir.name.split("-")[1])
        train, valid, test = (pd.read_csv(seed_dir / f"target.{p}.csv", dtype={"user": str, "item": str})
                              for p in ("train", "valid", "test"))
        source = pd.read_csv(seed_dir / "source.csv", dtype={"user": str, "item": str}).dropna(subset=["rating"])
        parts = {"train": train, "valid": valid, "test": test}
        quality = {p: item_quality(train, rows, k, p == "train") for p, rows in parts.items()}
        bias = {p: source_biases(source, rows, k) for p, rows in parts.items()}
        for name, x in (("popularity", quality),
                        ("bias-transfer", {p: np.hstack([quality[p], bias[p]]) for p in parts})):
            model = fit(x["train"], train.label, x["valid"], valid.label)
            scores = model.predict_proba(x["test"])[:, 1]
            for group, mask in (("all", np.ones(len(test), bool)), ("cold", (test.group == "cold").values)):
                if mask.sum() > 0 and test.label[mask].nunique() == 2:
                    auc = roc_auc_score(test.label[mask], scores[mask])
                    mine = ours.get((name, seed, group))
                    print(f"{name:14} {seed:>4} {group:5} {auc:13.4f} {mine if mine is None else round(mine, 4):>13}")


if __name__ == "__main__":
    main()
