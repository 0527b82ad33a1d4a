"""The monitoring benchmark's peer: the same analysis as `modelgate monitor drift` + `monitor performance`,
written with pandas the way a data scientist would, reading the log in chunks so that memory stays bounded.

Per day window: drift of every input feature against the reference (PSI on 10 reference-quantile bins for numeric
features, category shares for categorical ones, a chi-square test of homogeneity on the same counts,
Benjamini-Hochberg across features, drifted = adjusted p < 0.05 and PSI >= 0.1), drift of the predicted
probability against the reference scored by the same model (the coefficients of model.pmml); the join of the
logged predictions with the late labels (pandas merge per chunk), AUC per day with a 1000-resample Poisson
bootstrap interval (scikit-learn's roc_auc_score with sample weights), and Page-Hinkley over the joined loss
stream in log order. Run with Debian's python3 (python3-pandas, python3-scipy, python3-sklearn).

Usage: pandas_monitor.py --log DIR --reference CSV --labels CSV [--chunk ROWS] [--resamples N]
"""
import argparse
import glob
import math
import os

import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency
from sklearn.metrics import roc_auc_score

NUMERIC = ["age", "income", "debt_ratio", "employment_years", "num_accounts", "credit_score"]
CATEGORICAL = ["region", "product", "channel"]
REGION = {"north": -0.2, "south": 0.1, "east": 0.0, "west": 0.05, "central": 0.15, "coast": -0.1,
          "mountain": 0.2, "islands": 0.3}
CHANNEL = {"branch": -0.1, "web": 0.0, "mobile_app": 0.25, "broker": 0.1, "phone": 0.05}


def score(frame):
    logit = (4.1 - 0.02 * frame["age"] - 0.00001 * frame["income"] + 2.0 * frame["debt_ratio"]
             - 0.008 * frame["credit_score"] + 0.05 * frame["num_accounts"]
             + frame["region"].map(REGION) + frame["channel"].map(CHANNEL))
    return 1 / (1 + np.exp(-logit))


def psi(reference, current):
    ref = np.maximum(reference / reference.sum(), 1e-4)
    cur = np.maximum(current / max(current.sum(), 1), 1e-4)
    return float(np.sum((cur - ref) * np.log(cur / ref)))


def benjamini_hochberg(p):
    p = np.asarray(p)
    order = np.argsort(p)
    ranked = p[order] * len(p) / (np.arange(len(p)) + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty_like(adjusted)
    out[order] = np.minimum(adjusted, 1)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", required=True)
    parser.add_argument("--reference", required=True)
    parser.add_argument("--labels", required=True)
    parser.add_argument("--chunk", type=int, default=200_000)
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()

    reference = pd.read_csv(args.reference)
    reference["score"] = score(reference)
    edges = {c: np.unique(np.quantile(reference[c], np.linspace(0, 1, 11)[1:-1])) for c in NUMERIC + ["score"]}
    ref_counts = {c: np.bincount(np.searchsorted(edges[c], reference[c], side="right"), minlength=len(edges[c]) + 1)
                  for c in NUMERIC + ["score"]}
    categories = {c: sorted(reference[c].unique()) for c in CATEGORICAL}
    ref_counts.update({c: reference[c].value_counts().reindex(categories[c], fill_value=0).to_numpy()
                       for c in CATEGORICAL})
    labels = pd.read_csv(args.labels, dtype={"application_id": str})

    counts = {}
    joined = {}
    losses = []
    lines = 0
    for path in sorted(glob.glob(os.path.join(args.log, "requests-*.jsonl*"))):
        for chunk in pd.read_json(path, lines=True, chunksize=args.chunk, compression="infer"):
            lines += len(chunk)
            inputs = pd.json_normalize(chunk["inputs"])
            outputs = pd.json_normalize(chunk["outputs"])
            frame = inputs.assign(score=outputs["probabilities.1"].to_numpy(),
                                  day=pd.to_datetime(chunk["timestamp"], utc=True).dt.floor("D").to_numpy())
            for day, group in frame.groupby("day"):
                day_counts = counts.setdefault(day, {c: np.zeros(len(ref_counts[c]), dtype=np.int64)
                                                     for c in ref_counts})
                for c in NUMERIC + ["score"]:
                    day_counts[c] += np.bincount(np.searchsorted(edges[c], group[c], side="right"),
                                                 minlength=len(edges[c]) + 1)
                for c in CATEGORICAL:
                    day_counts[c] += group[c].value_counts().reindex(categories[c], fill_value=0).to_numpy()
            merged = frame[["application_id", "score", "day"]].merge(labels, on="application_id")
            for day, group in merged.groupby("day"):
                joined.setdefault(day, []).append(group[["default", "score"]].to_numpy())
            p = np.clip(merged["score"].to_numpy(), 1e-15, 1 - 1e-15)
            y = merged["default"].to_numpy()
            losses.append(-(y * np.log(p) + (1 - y) * np.log1p(-p)))

    rng = np.random.default_rng(42)
    drifted_days = 0
    for day in sorted(counts):
        features = NUMERIC + CATEGORICAL
        pvalues = [chi2_contingency(np.vstack([ref_counts[c], counts[day][c]]) + 0.5)[1] for c in features]
        adjusted = benjamini_hochberg(pvalues)
        drifted = [c for c, a in zip(features, adjusted) if a < 0.05 and psi(ref_counts[c], counts[day][c]) >= 0.1]
        score_psi = psi(ref_counts["score"], counts[day]["score"])
        rows = np.concatenate(joined.get(day, [np.empty((0, 2))]))
        auc, low, high = float("nan"), float("nan"), float("nan")
        if len(rows) > 0 and 0 < rows[:, 0].sum() < len(rows):
            auc = roc_auc_score(rows[:, 0], rows[:, 1])
            resampled = [roc_auc_score(rows[:, 0], rows[:, 1], sample_weight=rng.poisson(1, len(rows)))
                         for _ in range(args.resamples)]
            low, high = np.percentile(resampled, [2.5, 97.5])
        drifted_days += bool(drifted)
        print(f"{pd.Timestamp(day).date()} rows={int(counts[day]['age'].sum())} drifted={','.join(drifted) or '-'}"
              f" score_psi={score_psi:.3f} labelled={len(rows)} auc={auc:.4f} [{low:.4f}, {high:.4f}]")

    stream = np.concatenate(losses) if losses else np.empty(0)
    # Page-Hinkley (increase), delta 0.05, lambda 50, no fading, restarted after each detection, as ModelGate runs it.
    count, mean, cumulative, minimum, detections = 0, 0.0, 0.0, math.inf, []
    for i, x in enumerate(stream, 1):
        count += 1
        mean += (x - mean) / count
        cumulative += x - mean - 0.05
        minimum = min(minimum, cumulative)
        if count >= 30 and cumulative - minimum > 50:
            detections.append(i)
            count, mean, cumulative, minimum = 0, 0.0, 0.0, math.inf
    print(f"lines={lines} days={len(counts)} drifted_days={drifted_days} joined={len(stream)}"
          f" page_hinkley_changes={len(detections)} first_detected_row={detections[0] if detections else '-'}")


if __name__ == "__main__":
    main()
