"""Writes the request bodies of the serving benchmark from the fixtures' holdout: one record and 100 records.

Run with Debian's interpreter: `command -p python3 bodies.py HOLDOUT.csv OUT_DIR`. Numbers as JSON numbers, the
region as a string, the model's five input fields only.
"""
import csv
import json
import os
import sys

NUMERIC = ["age", "income", "debt_ratio", "employment_years"]


def record(row):
    values = {name: float(row[name]) for name in NUMERIC}
    values["region"] = row["region"]
    return values


def main():
    holdout, folder = sys.argv[1], sys.argv[2]
    with open(holdout, newline="") as file:
        rows = [record(row) for row in csv.DictReader(file)]
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "one.json"), "w") as out:
        json.dump({"instances": rows[:1]}, out)
    with open(os.path.join(folder, "batch100.json"), "w") as out:
        json.dump({"instances": rows[:100]}, out)


if __name__ == "__main__":
    main()
