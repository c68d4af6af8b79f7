#!/usr/bin/python3
"""RecBridge's EMCDR on a CDRIB pair beside an independent numpy EMCDR, both under CDRIB's protocol.

CDRIB (Cao et al., ICDE 2022; github.com/cjx96/CDRIB) ships Amazon pairs with fixed files: dataset/X_Y/train.txt
is domain X's training rows (source), dataset/Y_X/{train,valid,test}.txt domain Y's (target); its test users
have no target training row (cold-start). This script

1. writes DIR/project.json: the source file, the target's three files as a given split (protocol given), users
   0 to N-1 shared (linking first-n), implicit feedback, an fm learner with --factors, strategies target-only
   and emcdr, ranking sampled-per-pair with 999 negatives (CDRIB's protocol), K 1, 5, 10;
2. runs `recbridge run` on it (unless --no-run), and
3. fits the reference: matrix factorisation with a BPR loss on each domain (numpy, mini-batch SGD), a ridge map
   from source to target user factors learnt on the users with both, applied to the cold test users, and ranks
   each test pair against 999 items drawn uniformly with replacement from the target's training items (ties
   count against the pair, as RecBridge counts them); averaged per pair.

    /usr/bin/python3 bench/cdrib_reference.py --cdrib PATH/TO/CDRIB --pair game_video --shared 2193 --out DIR

PATH/TO/CDRIB is a checkout of the repository (never copied into RecBridge). Needs numpy. Not run by CI. The
reference is independent code, not CDRIB's model: it checks that RecBridge computes EMCDR and the protocol
right, not that either reproduces the paper's table.
"""
import argparse
import json
import subprocess
import time
from pathlib import Path

import numpy as np


def read_pairs(path):
    rows = [line.split()[:2] for line in Path(path).read_text().splitlines() if line.strip()]
    return [(int(u), int(i)) for u, i in rows]


def bpr(pairs, factors, epochs, seed, lr=0.05, reg=1e-4, batch=1024):
    """User and item factors (dicts by id) of an MF trained with BPR on implicit pairs."""
    rng = np.random.default_rng(seed)
    users = sorted({u for u, _ in pairs})
    items = sorted({i for _, i in pairs})
    uix = {u: k for k, u in enumerate(users)}
    iix = {i: k for k, i in enumerate(items)}
    u_arr = np.array([uix[u] for u, _ in pairs])
    i_arr = np.array([iix[i] for _, i in pairs])
    seen = set(zip(u_arr.tolist(), i_arr.tolist()))
    p = rng.normal(0, 0.1, (len(users), factors))
    q = rng.normal(0, 0.1, (len(items), factors))
    for _ in range(epochs):
        order = rng.permutation(len(pairs))
        for start in range(0, len(order), batch):
            b = order[start:start + batch]
            u, i = u_arr[b], i_arr[b]
            j = rng.integers(0, len(items), len(b))
            keep = np.array([(a, c) not in seen for a, c in zip(u.tolist(), j.tolist())])
            u, i, j = u[keep], i[keep], j[keep]
            pu, qi, qj = p[u], q[i], q[j]
            x = np.sum(pu * (qi - qj), axis=1)
            g = 1 / (1 + np.exp(x))  # d/dx of log sigmoid(x)
            np.add.at(p, u, lr * (g[:, None] * (qi - qj) - reg * pu))
            np.add.at(q, i, lr * (g[:, None] * pu - reg * qi))
            np.add.at(q, j, lr * (-g[:, None] * pu - reg * qj))
    return {u: p[k] for u, k in uix.items()}, {i: q[k] for i, k in iix.items()}


def ridge_map(x, y, lam):
    x1 = np.hstack([x, np.ones((len(x), 1))])
    return np.linalg.solve(x1.T @ x1 + lam * np.eye(x1.shape[1]), x1.T @ y)


def evaluate(test, user_vectors, item_vectors, train_items, negatives, seed):
    rng = np.random.default_rng(seed)
    pool = np.array(sorted(train_items))
    mat = np.array([item_vectors[i] for i in pool])
    index = {i: k for k, i in enumerate(pool)}
    ranks = []
    for u, i in test:
        if i not in index or u not in user_vectors:
            continue
        drawn = rng.integers(0, len(pool), negatives)
        s = mat @ user_vectors[u]
        ranks.append(1 + int(np.sum(s[drawn] >= s[index[i]])))
    r = np.array(ranks)
    out = {"pairs": len(r), "MRR": float(np.mean(1 / r))}
    for k in (1, 5, 10):
        out["HR@%d" % k] = float(np.mean(r <= k))
        out["NDCG@%d" % k] = float(np.mean(np.where(r <= k, 1 / np.log2(r + 1), 0)))
    return out


def write_project(args, out):
    a, b = args.pair.split("_")
    cdrib = Path(args.cdrib).resolve() / "dataset"
    project = {
        "name": "CDRIB %s to %s (given split, CDRIB's protocol)" % (a, b),
        "sources": [{"name": a, "interactions": str(cdrib / args.pair / "train.txt"), "format": "whitespace"}],
        "target": {"name": b, "interactions": str(cdrib / (b + "_" + a) / "train.txt"), "format": "whitespace"},
        "linking": {"users": "first-n", "sharedUsers": args.shared},
        "task": {"type": "implicit", "negatives": 1},
        "protocol": {"type": "given", "validationFile": str(cdrib / (b + "_" + a) / "valid.txt"),
                     "testFile": str(cdrib / (b + "_" + a) / "test.txt")},
        "learners": [{"type": "fm", "factors": args.factors}],
        "strategies": ["target-only", "emcdr"],
        "seeds": [1],
        "evaluation": {"k": [1, 5, 10], "negatives": 999, "ranking": "sampled-per-pair"},
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "project.json").write_text(json.dumps(project, indent=2))
    return cdrib / args.pair / "train.txt", cdrib / (b + "_" + a)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cdrib", required=True)
    ap.add_argument("--pair", default="game_video")
    ap.add_argument("--shared", type=int, default=2193)
    ap.add_argument("--factors", type=int, default=32)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--jar", default="target/recbridge.jar")
    ap.add_argument("--out", default="/tmp/recbridge-cdrib")
    ap.add_argument("--no-run", action="store_true")
    args = ap.parse_args()
    out = Path(args.out)
    source_file, target_dir = write_project(args, out)
    if not args.no_run:
        subprocess.run(["java", "-jar", args.jar, "run", str(out / "project.json"), "--out", str(out / "results"),
                        "-q"], check=False)
    started = time.perf_counter()
    source = read_pairs(source_file)
    train = read_pairs(target_dir / "train.txt")
    test = read_pairs(target_dir / "test.txt")
    su, _ = bpr(source, args.factors, args.epochs, 1)
    tu, ti = bpr(train, args.factors, args.epochs, 2)
    both = sorted(set(su) & set(tu))
    w = ridge_map(np.array([su[u] for u in both]), np.array([tu[u] for u in both]), 1.0)
    cold = {u for u, _ in test} - set(tu)
    mapped = {u: np.append(su[u], 1) @ w for u in cold if u in su}
    ref = evaluate(test, {**tu, **mapped}, ti, ti.keys(), 999, 3)
    print("reference (numpy MF-BPR + ridge map, %d factors, %d users mapped): %.0f s" % (
        args.factors, len(mapped), time.perf_counter() - started))
    names = ["HR@1", "HR@5", "HR@10", "NDCG@5", "NDCG@10", "MRR"]
    print("%-28s %s" % ("", "  ".join("%-7s" % n for n in names)))
    print("%-28s %s" % ("reference emcdr (pairs %d)" % ref["pairs"], "  ".join("%.4f " % ref[n] for n in names)))
    results = out / "results" / "results.json"
    if results.exists():
        summary = json.loads(results.read_text())["summary"]
        for strategy in ("target-only", "emcdr"):
            for group in ("all", "cold"):
                row = {s["metric"]: s["mean"] for s in summary if s["strategy"] == strategy and s["group"] == group}
                if row:
                    print("%-28s %s" % ("recbridge %s (%s)" % (strategy, group),
                                        "  ".join("%.4f " % row.get(n, float("nan")) for n in names)))


if __name__ == "__main__":
    main()
