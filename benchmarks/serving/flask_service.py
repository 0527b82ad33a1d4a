"""The peer of the serving benchmark: Flask + scikit-learn serving the same model as `modelgate serve`.

Run with Debian's interpreter (`command -p python3 flask_service.py --model CreditLogistic --port 18081`). The
model is trained here by tools/fixtures/credit_models.py with its fixed seed, i.e. it is the very scikit-learn
pipeline that tools/fixtures converted to modelgate-core's CreditLogistic.pmml fixture; before serving, the script
checks that its probabilities on the holdout equal the fixture's *-expected.csv (the pipeline's own predictions
recorded when the PMML was made), so both services provably answer with one model.

API: POST /v1/models/<name>:predict with {"instances": [...]} or {"instance": {...}}, answered like ModelGate:
{"predictions": [{"label": "0", "probabilities": {"0": 0.65, "1": 0.35}}]} or {"prediction": {...}}.
"""
import argparse
import logging
import os
import sys

import numpy as np
import pandas as pd
from flask import Flask, jsonify, request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools", "fixtures"))
import credit_models  # noqa: E402  (the fixture generator: data, seed and pipelines)

SCORING = os.path.join(ROOT, "modelgate-core", "src", "test", "resources", "fixtures", "scoring",
                       "SklearnEquivalenceTest")
FEATURES = credit_models.NUMERIC + credit_models.CATEGORICAL


def train(name):
    """Retrains the fixture's pipeline with the fixture's seed and data, and proves it is the same model."""
    rng = np.random.default_rng(credit_models.SEED)
    table = credit_models.credit_table(2300, rng)
    train_rows, holdout = table.iloc[:2000], table.iloc[2000:]
    model = credit_models.classifiers()[name]
    model.fit(train_rows[FEATURES], train_rows["default"])
    expected = pd.read_csv(os.path.join(SCORING, name + "-expected.csv"))
    actual = model.predict_proba(holdout[FEATURES])[:, 1]
    difference = float(np.max(np.abs(actual - expected["probability(1)"].to_numpy())))
    if difference > 1e-12:
        raise SystemExit(f"{name}: the retrained pipeline differs from the PMML fixture's source by {difference}")
    return model


def create_app(model, served_name):
    app = Flask(__name__)
    classes = [str(label) for label in model.classes_]

    @app.post("/v1/models/<name>:predict")
    def predict(name):
        if name != served_name:
            return jsonify(error="model_not_found"), 404
        body = request.get_json(force=True)
        single = "instance" in body
        records = [body["instance"]] if single else body["instances"]
        frame = pd.DataFrame.from_records(records, columns=FEATURES)
        probabilities = model.predict_proba(frame)
        predictions = [{"label": classes[int(np.argmax(row))],
                        "probabilities": {label: float(p) for label, p in zip(classes, row)}}
                       for row in probabilities]
        if single:
            return jsonify(prediction=predictions[0])
        return jsonify(predictions=predictions)

    @app.get("/health/ready")
    def ready():
        return jsonify(status="ready")

    return app


def gunicorn_app():
    """The app for gunicorn (`gunicorn 'flask_service:gunicorn_app()'`), model and name from the environment."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    name = os.environ.get("SERVING_MODEL", "CreditLogistic")
    return create_app(train(name), os.environ.get("SERVING_NAME", "credit"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="CreditLogistic")
    parser.add_argument("--name", default="credit")
    parser.add_argument("--port", type=int, default=18081)
    arguments = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    app = create_app(train(arguments.model), arguments.name)
    app.run(host="127.0.0.1", port=arguments.port, threaded=True)


if __name__ == "__main__":
    main()
