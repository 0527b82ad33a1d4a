"""Trains the benchmark's 500-tree random forest with Debian scikit-learn and pickles it for sklearn-converter.

Usage: command -p python3 make_forest.py OUT_DIR [TREES]
"""
import os
import sys

import joblib
import numpy as np
from sklearn.ensemble import RandomForestClassifier

out = sys.argv[1]
trees = int(sys.argv[2]) if len(sys.argv) > 2 else 500
rng = np.random.default_rng(20261128)
rows = 20000
x = rng.normal(size=(rows, 8))
risk = x[:, 0] - 0.8 * x[:, 1] + 0.5 * x[:, 2] * x[:, 3] + rng.normal(scale=1.0, size=rows)
y = (risk > 0.3).astype(int)
model = RandomForestClassifier(n_estimators=trees, max_depth=10, random_state=7, n_jobs=2).fit(x, y)
os.makedirs(out, exist_ok=True)
joblib.dump(model, os.path.join(out, "Forest.pkl"))
with open(os.path.join(out, "manifest.tsv"), "w") as manifest:
    manifest.write("Forest\tsklearn\ty\n")
