"""The optional sentence classifier: artifacts, predictions, and the training split."""

from __future__ import annotations

import hashlib
import importlib.util
import math
import sys
from pathlib import Path

import numpy as np
import pytest

from dragoman.evaluate import in_test_split
from dragoman.events.classifier import (
    QUAD_CLASSES,
    TYPE_LABELS,
    NgramFeaturizer,
    SentenceClassifier,
    _Head,
    artifact_dir,
    char_ngrams,
    load_classifier,
    word_ngrams,
)
from dragoman.events.codebook import PLOVER_TYPES

ROOT = Path(__file__).resolve().parents[1]


def _train_module():
    spec = importlib.util.spec_from_file_location("train_classifier", ROOT / "scripts" / "train_classifier.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_classifier", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def clf() -> SentenceClassifier:
    model = load_classifier()
    if model is None:
        pytest.fail(f"classifier artifacts missing in {artifact_dir()}: run scripts/train_classifier.py")
    return model


def test_labels():
    assert TYPE_LABELS[:-1] == PLOVER_TYPES and TYPE_LABELS[-1] == "NONE"
    assert QUAD_CLASSES == (0, 1, 2, 3, 4)


def test_artifacts_load_and_are_small(clf):
    assert load_classifier() is clf  # cached
    size = sum(p.stat().st_size for p in artifact_dir().iterdir() if p.is_file())
    assert size < 8_000_000
    assert clf.meta["features"] in ("tfidf", "minilm", "tfidf+minilm")
    assert set(clf.meta["test_figures"]) >= {"ngec_type_acc", "confli_quad_acc"}


def test_predictions_are_distributions(clf):
    texts = ["Troops shelled the town, killing ten civilians.",
             "The two foreign ministers met in Geneva on Tuesday.",
             "", "It rained."]
    types = clf.predict_types(texts)
    quads = clf.predict_quad(texts)
    assert len(types) == len(quads) == len(texts)
    for t, q in zip(types, quads):
        assert set(t) == set(TYPE_LABELS) and set(q) == set(QUAD_CLASSES)
        assert math.isclose(sum(t.values()), 1.0, abs_tol=1e-4)
        assert math.isclose(sum(q.values()), 1.0, abs_tol=1e-4)
        assert all(0.0 <= p <= 1.0 for p in [*t.values(), *q.values()])
    assert clf.predict_types([]) == [] and clf.predict_quad([]) == []
    both_t, both_q = clf.predict_all(texts)
    assert both_t[0] == pytest.approx(types[0]) and both_q[1] == pytest.approx(quads[1])


def test_clear_sentences(clf):
    sentences = ["Troops shelled the town, killing ten civilians.",
                 "Government forces bombed rebel positions, killing dozens of fighters."]
    for types, quad in zip(clf.predict_types(sentences), clf.predict_quad(sentences)):
        assert max(types, key=types.get) == "ASSAULT"
        assert max(quad, key=quad.get) == 4
    consult = clf.predict_types(["The president met the visiting prime minister for talks in the capital."])[0]
    assert max(consult, key=consult.get) == "CONSULT"


def test_batch_equals_single(clf):
    texts = ["Police arrested forty protesters outside parliament.", "Japan pledged $10 million in aid."]
    batch = clf.predict_types(texts)
    for text, row in zip(texts, batch):
        assert clf.predict_types([text])[0] == pytest.approx(row, abs=1e-5)


def test_split_agrees_with_evaluator():
    train = _train_module()
    keys = ["Troops shelled the town.", "", "Ünïcode – “quoted”", *(f"sentence {i}" for i in range(500))]
    for key in keys:
        assert (train.bucket(key) == 0) == in_test_split(key)
        assert train.bucket(key) == int.from_bytes(hashlib.sha1(key.encode()).digest()[:8], "big") % 5
    assert 60 < sum(in_test_split(k) for k in keys) < 150


def test_training_examples_respect_split():
    train = _train_module()
    data = ROOT.parent / "shared" / "data"
    if not (data / "ngec_synthetic").is_dir():
        pytest.skip("development data not found")
    examples = train.load_examples()
    assert {e.source for e in examples} >= {"ngec", "ngec-title", "ngec-lead", "confli", "petr"}
    # a title never stands for a held-out story, and every split follows the evaluator
    assert not any(e.source in ("ngec-title", "ngec-lead") and in_test_split(e.key) for e in examples)
    for e in examples:
        assert (e.split == "test") == in_test_split(e.key)


def test_ngram_featurizer_matches_definition():
    assert word_ngrams("troops shelled the town") == ["troops", "shelled", "the", "town",
                                                     "troops shelled", "shelled the", "the town"]
    assert char_ngrams("ab", 2, 3) == [" a", "ab", "b ", " ab", "ab "]
    f = NgramFeaturizer(["town", "troops"], np.array([1.0, 2.0]), [" t", "to"], np.array([1.0, 1.0]))
    X = f.to_scipy(["Troops town"]).toarray()[0]
    # each block has unit length; the row has unit length
    assert np.linalg.norm(X[:2]) == pytest.approx(1 / math.sqrt(2))
    assert np.linalg.norm(X) == pytest.approx(1.0)
    W = np.arange(8, dtype=np.float32).reshape(4, 2)
    assert f.transform_dot(["Troops town"], W)[0] == pytest.approx(X @ W, rel=1e-5)


def test_save_and_load_roundtrip(tmp_path):
    f = NgramFeaturizer(["attack", "meet"], np.array([1.0, 1.0]), [" a", " m"], np.array([1.0, 1.0]))
    rng = np.random.default_rng(0)
    types = _Head(TYPE_LABELS, rng.normal(size=(f.dim, len(TYPE_LABELS))), None, np.zeros(len(TYPE_LABELS)))
    quad = _Head(QUAD_CLASSES, rng.normal(size=(f.dim, 5)), None, np.zeros(5))
    model = SentenceClassifier({"features": "tfidf"}, f, None, types, quad)
    model.save(tmp_path)
    again = SentenceClassifier.load(tmp_path)
    texts = ["They attack", "They meet"]
    assert again.predict_types(texts)[0] == pytest.approx(model.predict_types(texts)[0], abs=1e-3)
    assert again.predict_quad(texts)[1] == pytest.approx(model.predict_quad(texts)[1], abs=1e-3)
