"""The pandas peer of `modelgate validate` for the validation benchmark.

Does what a data scientist would write by hand for the checks in schema.yaml: `pd.read_csv` of the current
and reference files with default options, then the 41 column constraints and 3 dataset constraints
(pd.to_numeric / pd.to_datetime with errors="coerce", isna().mean(), between, isin, str.match, duplicated),
a scan of the other string columns for undeclared e-mail addresses and card numbers, and drift of all 20
columns (scipy ks_2samp for numeric and date columns, chi-square test of homogeneity for categorical ones,
PSI for both), with a Benjamini-Hochberg correction at alpha 0.05.

Run with Debian's python3 (python3-pandas, python3-scipy):
    command -p python3 pandas_validate.py --data current.csv --reference reference.csv
Prints a summary; the exit code is 1 when a check with severity "failed" fails, else 0 (like the CLI).
"""

import argparse
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats

ALPHA = 0.05
EMAIL = r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"
EMAIL_ANYWHERE = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
CARD_NUMBER = r"\b(?:\d[ -]?){13,19}\b"

# The schema of schema.yaml, written out as a data scientist would keep it next to the notebook.
TYPES = {
    "customer_id": "integer", "age": "integer", "employment_years": "integer", "num_accounts": "integer",
    "num_late_payments": "integer", "credit_score": "integer", "income": "double", "debt_ratio": "double",
    "balance": "double", "interest_rate": "double", "has_mortgage": "boolean", "owns_home": "boolean",
    "application_date": "date", "region": "string", "product": "string", "channel": "string",
    "employment_type": "string", "postcode": "string", "contact_email": "string", "default": "integer",
}
COMPLETENESS = {
    "customer_id": 1.0, "age": 0.99, "employment_years": 0.98, "income": 0.97, "balance": 0.99,
    "region": 1.0, "employment_type": 0.97, "contact_email": 0.95, "default": 1.0,
}
# column: (min, max, mostly, severity)
RANGES = {
    "age": (18, 100, 0.999, "failed"),
    "employment_years": (0, 60, 1.0, "failed"),
    "num_accounts": (1, 30, 1.0, "failed"),
    "num_late_payments": (0, 60, 1.0, "warning"),
    "credit_score": (300, 850, 1.0, "failed"),
    "income": (0, 5_000_000, 1.0, "failed"),
    "debt_ratio": (0, 5, 1.0, "failed"),
    "balance": (0, np.inf, 1.0, "failed"),
    "interest_rate": (0, 0.5, 1.0, "failed"),
    "application_date": ("2020-01-01", "2026-12-31", 1.0, "failed"),
    "default": (0, 1, 1.0, "failed"),
}
SEVERITY = {"num_late_payments": "warning", "channel": "warning"}
ALLOWED = {
    "region": ["north_east", "north_west", "yorkshire", "midlands", "east_anglia", "london", "south_east",
               "south_west"],
    "product": ["personal_loan", "credit_card", "residential_mortgage", "auto_loan", "arranged_overdraft"],
    "channel": ["branch", "online_web", "mobile_app", "broker", "telephone"],
    "employment_type": ["employed_full_time", "employed_part_time", "self_employed", "unemployed", "retired",
                        "student"],
}
PATTERNS = {"postcode": (r"^[A-Z]{2}[0-9]{2} [0-9][A-Z]{2}$", 0.999)}
UNIQUE = ["customer_id"]
PII = {"contact_email": "email"}
ROWS = (1000, 10_000_000)


class Checks:
    """Collects (name, status, actual, expected) rows."""

    def __init__(self):
        self.rows = []

    def add(self, name, passed, actual, expected, severity="failed"):
        self.rows.append((name, "passed" if passed else severity, actual, expected))


def parsed(df, column):
    """The column as numbers (dates as datetime64), invalid values coerced to NaN/NaT."""
    kind = TYPES[column]
    if kind == "date":
        return pd.to_datetime(df[column], format="%Y-%m-%d", errors="coerce")
    return pd.to_numeric(df[column], errors="coerce")


def type_checks(df, checks):
    for column, kind in TYPES.items():
        values = df[column]
        present = values.notna()
        if kind in ("integer", "double"):
            numbers = pd.to_numeric(values, errors="coerce")
            bad = present & numbers.isna()
            if kind == "integer":
                bad |= numbers.notna() & (numbers % 1 != 0)
        elif kind == "boolean":
            bad = present & ~values.astype(str).str.lower().isin(["true", "false"])
        elif kind == "date":
            bad = present & pd.to_datetime(values, format="%Y-%m-%d", errors="coerce").isna()
        else:
            continue  # every value is a string
        checks.add(f"type:{column}", int(bad.sum()) == 0, f"{int(bad.sum())} invalid", kind)


def completeness_checks(df, checks):
    for column, minimum in COMPLETENESS.items():
        share = 1 - df[column].isna().mean()
        checks.add(f"completeness:{column}", share >= minimum, f"{share:.5f}", f">= {minimum}")


def range_checks(df, checks):
    for column, (low, high, mostly, severity) in RANGES.items():
        values = parsed(df, column).dropna()
        if TYPES[column] == "date":
            low, high = pd.Timestamp(low), pd.Timestamp(high)
        share = values.between(low, high).mean() if len(values) else 1.0
        checks.add(f"range:{column}", share >= mostly, f"{share:.5f} in range", f">= {mostly}", severity)


def domain_checks(df, checks):
    for column, allowed in ALLOWED.items():
        values = df[column].dropna()
        outside = values[~values.isin(allowed)]
        checks.add(f"allowed:{column}", outside.empty, f"{len(outside)} outside", f"{len(allowed)} values",
                   SEVERITY.get(column, "failed"))
    for column, (regex, mostly) in PATTERNS.items():
        share = df[column].dropna().str.match(regex).mean()
        checks.add(f"pattern:{column}", share >= mostly, f"{share:.5f} match", f">= {mostly}")
    for column in UNIQUE:
        duplicates = int(df[column].duplicated().sum())
        checks.add(f"unique:{column}", duplicates == 0, f"{duplicates} duplicates", "0")


def pii_checks(df, checks):
    for column, kind in PII.items():
        share = df[column].dropna().str.match(EMAIL).mean()
        checks.add(f"pii:{column}", share >= 0.99, f"{share:.5f} look like {kind}", "declared, basis contract")
    undeclared = []
    for column in df.columns:
        if column in PII or df[column].dtype != object:
            continue
        values = df[column].dropna()
        if values.str.contains(EMAIL_ANYWHERE).any() or values.str.contains(CARD_NUMBER).any():
            undeclared.append(column)
    checks.add("pii:undeclared", not undeclared, ", ".join(undeclared) or "none", "no undeclared PII")


def dataset_checks(df, checks):
    rows = len(df)
    checks.add("dataset:rows", ROWS[0] <= rows <= ROWS[1], str(rows), f"{ROWS[0]}..{ROWS[1]}")
    unexpected = sorted(set(df.columns) - set(TYPES))
    missing = sorted(set(TYPES) - set(df.columns))
    checks.add("dataset:columns", not unexpected and not missing, f"unexpected {unexpected} missing {missing}",
               "the 20 schema columns")
    duplicates = int(df.duplicated().sum())
    checks.add("dataset:duplicateRows", duplicates == 0, f"{duplicates} duplicate rows", "0")


def psi(expected, actual):
    """Population stability index of two frequency vectors (empty bins floored at 1e-4)."""
    e = np.maximum(expected / expected.sum(), 1e-4)
    a = np.maximum(actual / actual.sum(), 1e-4)
    return float(np.sum((a - e) * np.log(a / e)))


def drift(reference, current):
    """One (column, method, statistic, p-value, psi) row per column."""
    results = []
    for column, kind in TYPES.items():
        ref, cur = reference[column], current[column]
        numeric = kind in ("integer", "double", "date") and ref.nunique() > 10
        if numeric:
            ref_values = parsed(reference, column).dropna()
            cur_values = parsed(current, column).dropna()
            if kind == "date":
                ref_values, cur_values = ref_values.astype("int64"), cur_values.astype("int64")
            statistic, p_value = stats.ks_2samp(ref_values, cur_values)
            edges = np.unique(np.quantile(ref_values, np.linspace(0, 1, 11)))
            edges[0], edges[-1] = -np.inf, np.inf
            stability = psi(np.histogram(ref_values, edges)[0], np.histogram(cur_values, edges)[0])
            results.append((column, "ks", statistic, p_value, stability))
            continue
        ref_labels = ref.astype(str).where(ref.notna(), "<missing>")
        cur_labels = cur.astype(str).where(cur.notna(), "<missing>")
        if ref_labels.nunique() > 50:  # high cardinality: the 20 most frequent reference values and "other"
            top = ref_labels.value_counts().index[:20]
            ref_labels = ref_labels.where(ref_labels.isin(top), "<other>")
            cur_labels = cur_labels.where(cur_labels.isin(top), "<other>")
        table = pd.concat([ref_labels.value_counts(), cur_labels.value_counts()], axis=1).fillna(0)
        statistic, p_value, _, _ = stats.chi2_contingency(table.to_numpy().T)
        stability = psi(table.iloc[:, 0].to_numpy(), table.iloc[:, 1].to_numpy())
        results.append((column, "chi-square", statistic, p_value, stability))
    return results


def benjamini_hochberg(p_values):
    """Adjusted p-values (Benjamini and Hochberg 1995)."""
    p = np.asarray(p_values, dtype=float)
    order = np.argsort(p)
    ranked = p[order] * len(p) / np.arange(1, len(p) + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    result = np.empty_like(p)
    result[order] = np.minimum(adjusted, 1.0)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the current CSV file")
    parser.add_argument("--reference", required=True, help="the reference CSV file")
    args = parser.parse_args()

    start = time.perf_counter()
    current = pd.read_csv(args.data)
    reference = pd.read_csv(args.reference)
    read = time.perf_counter()

    checks = Checks()
    type_checks(current, checks)
    completeness_checks(current, checks)
    range_checks(current, checks)
    domain_checks(current, checks)
    pii_checks(current, checks)
    dataset_checks(current, checks)
    checked = time.perf_counter()

    drifts = drift(reference, current)
    adjusted = benjamini_hochberg([row[3] for row in drifts])
    done = time.perf_counter()

    print(f"pandas {pd.__version__}: {len(current)} current rows, {len(reference)} reference rows")
    print(f"{'check':32} {'status':8} {'actual':40} expected")
    for name, status, actual, expected in checks.rows:
        print(f"{name:32} {status:8} {actual:40} {expected}")
    print(f"\n{'drift':20} {'method':10} {'statistic':>12} {'p':>10} {'p (BH)':>10} {'psi':>8} drifted")
    for (column, method, statistic, p_value, stability), p_adjusted in zip(drifts, adjusted):
        print(f"{column:20} {method:10} {statistic:12.4f} {p_value:10.2e} {p_adjusted:10.2e} {stability:8.4f} "
              f"{p_adjusted < ALPHA}")
    failed = [row for row in checks.rows if row[1] == "failed"]
    drifted = int(np.sum(adjusted < ALPHA))
    print(f"\n{len(checks.rows)} checks, {len(failed)} failed, "
          f"{sum(row[1] == 'warning' for row in checks.rows)} warnings; {drifted} of {len(drifts)} columns drifted")
    print(f"time: read {read - start:.2f} s, checks {checked - read:.2f} s, drift {done - checked:.2f} s",
          file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
