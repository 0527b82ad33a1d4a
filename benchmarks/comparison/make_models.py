"""Makes the comparison benchmark's data and models: a seeded holdout, a training table, and three scikit-learn
models (a logistic regression and two 100-tree random forests, the champion and the candidate) pickled for the
PMML converter.

Usage: command -p python3 make_models.py --work DIR [--holdout-rows N] [--train-rows N] [--trees N]

The table is the scoring fixtures' credit-risk table (tools/fixtures/credit_models.py: age, income, debt_ratio,
employment_years, region; targets default, grade, credit_limit), drawn with another seed for the training rows
and for the holdout. The models are the fixtures' pipelines (numeric columns as they are or standardised, one-hot
region) with the benchmark's own forest sizes. Writes into DIR: holdout.csv, the pickles, models.json (what was
trained, with the sizes of the trees) and manifest.tsv for tools/fixtures/sklearn-converter.
"""
import argparse
import json
import os
import sys
import time

import joblib
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools", "fixtures"))
from credit_models import CATEGORICAL, NUMERIC, credit_table, preprocess  # noqa: E402

TRAIN_SEED = 20261201
HOLDOUT_SEED = 20261202
FOREST_SEED = 13
TARGET = "default"


def models(trees):
    """The champion forest is the one in production; the candidate grows deeper trees from other seeds."""
    return {
        "logistic": Pipeline([("preprocess", preprocess(True)),
                              ("classifier", LogisticRegression(max_iter=1000))]),
        "champion": Pipeline([("preprocess", preprocess(False)),
                              ("classifier", RandomForestClassifier(n_estimators=trees, max_depth=10,
                                                                    min_samples_leaf=20,
                                                                    random_state=FOREST_SEED, n_jobs=-1))]),
        "candidate": Pipeline([("preprocess", preprocess(False)),
                               ("classifier", RandomForestClassifier(n_estimators=trees, max_depth=12,
                                                                     min_samples_leaf=20,
                                                                     random_state=FOREST_SEED + 1, n_jobs=-1))]),
    }


def describe(model):
    estimator = model.named_steps["classifier"]
    if not hasattr(estimator, "estimators_"):
        return {"kind": type(estimator).__name__}
    nodes = [tree.tree_.node_count for tree in estimator.estimators_]
    depths = [tree.tree_.max_depth for tree in estimator.estimators_]
    return {"kind": type(estimator).__name__, "trees": len(nodes), "nodes": int(sum(nodes)),
            "max_depth": int(max(depths)), "mean_depth": float(np.mean(depths)),
            "params": {key: value for key, value in estimator.get_params().items()
                       if key in ("max_depth", "min_samples_leaf", "random_state", "n_estimators")}}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", required=True)
    parser.add_argument("--holdout-rows", type=int, default=1_000_000)
    parser.add_argument("--train-rows", type=int, default=100_000)
    parser.add_argument("--trees", type=int, default=100)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)

    train = credit_table(args.train_rows, np.random.default_rng(TRAIN_SEED))
    holdout = credit_table(args.holdout_rows, np.random.default_rng(HOLDOUT_SEED))
    partial = os.path.join(args.work, "holdout.csv.partial")
    holdout.to_csv(partial, index=False)
    os.replace(partial, os.path.join(args.work, "holdout.csv"))

    features = NUMERIC + CATEGORICAL
    described = {"train_rows": args.train_rows, "holdout_rows": args.holdout_rows, "train_seed": TRAIN_SEED,
                 "holdout_seed": HOLDOUT_SEED, "models": {}}
    with open(os.path.join(args.work, "manifest.tsv"), "w") as manifest:
        for name, model in models(args.trees).items():
            started = time.perf_counter()
            model.fit(train[features], train[TARGET])
            if hasattr(model.named_steps["classifier"], "n_jobs"):
                model.named_steps["classifier"].set_params(n_jobs=None)  # the peer predicts on one thread
            described["models"][name] = dict(describe(model), fit_seconds=round(time.perf_counter() - started, 2))
            joblib.dump(model, os.path.join(args.work, name + ".pkl"))
            manifest.write(name + "\tsklearn\t" + TARGET + "\n")
    with open(os.path.join(args.work, "models.json"), "w") as out:
        json.dump(described, out, indent=2, sort_keys=True)
    print(json.dumps(described, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
