"""The peer of the comparison benchmark: scikit-learn's predict_proba of the benchmark models on the same holdout.

Usage: command -p python3 sklearn_predict.py --work DIR [--models logistic champion candidate] [--threads 1 2]

Reads DIR/holdout.csv with pandas (timed: the CSV load), loads each pickled pipeline with joblib (timed apart),
then times model.predict_proba on the feature columns, which includes the pipeline's own preprocessing (one-hot
region, standardisation): once per model with the forest's n_jobs set to each --threads value (scikit-learn's
default n_jobs=None is one thread). Prints one JSON object: rows, csv_seconds and, per model, load_seconds and
predict_seconds by thread count, with a checksum of the probabilities so that nothing is optimised away.
"""
import argparse
import json
import os
import sys
import time

import joblib
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools", "fixtures"))
from credit_models import CATEGORICAL, NUMERIC  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", required=True)
    parser.add_argument("--models", nargs="+", default=["logistic", "champion", "candidate"])
    parser.add_argument("--threads", nargs="+", type=int, default=[1, 2])
    args = parser.parse_args()

    started = time.perf_counter()
    holdout = pd.read_csv(os.path.join(args.work, "holdout.csv"))
    csv_seconds = time.perf_counter() - started
    features = holdout[NUMERIC + CATEGORICAL]
    result = {"rows": len(holdout), "csv_seconds": csv_seconds, "models": {}}
    for name in args.models:
        started = time.perf_counter()
        model = joblib.load(os.path.join(args.work, name + ".pkl"))
        entry = {"load_seconds": time.perf_counter() - started, "predict_seconds": {}}
        estimator = model.named_steps["classifier"]
        for threads in args.threads:
            if hasattr(estimator, "n_jobs"):
                estimator.set_params(n_jobs=None if threads == 1 else threads)
            elif threads != 1:
                continue  # a logistic regression has no threads of its own
            started = time.perf_counter()
            probabilities = model.predict_proba(features)
            entry["predict_seconds"][str(threads)] = time.perf_counter() - started
            entry["checksum"] = float(probabilities[:, 1].sum())
        result["models"][name] = entry
    print(json.dumps(result))


if __name__ == "__main__":
    main()
