"""Linear models learned from the team's gold, for decisions the rules make badly on unseen wording.

A model is data: ``pipeline/data/models/<name>.json`` holds its labels, a bias per label and
the non-negligible weights of each feature, written by ``python -m bench.train_commitment_models``
from the gold sets (docs/gold-format.md). Features are strings: the words, word pairs and number
shapes of a text (``text_features``) plus any facts a caller names ("cue:cut", "chain:tariff/reduce").
Scoring is pure Python over sparse features -- one tokenising pass and a dictionary lookup per
feature -- and a model is read on first use, so importing the extractor costs nothing more.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

from pipeline.actors import cached_data, regex_module_with_cache

re = regex_module_with_cache()  # noqa: F811 (speed, round 27: patterns with their start sets, pipeline/actors.py)

MODELS_DIR = Path(__file__).parent / "data" / "models"

# words (with inner hyphens/apostrophes), numbers, and the symbols that make a number a rate or money
_TOKEN = re.compile(r"[a-z]+(?:[-'][a-z]+)*|\d+(?:[.,]\d+)*|[%$€£¥]")


def _number_shape(token: str) -> str:
    # the figure's shape, not its value: a model that learned "15" would not transfer to "17"
    if len(token) == 4 and token.isdigit() and token[:2] in ("19", "20"):
        return "<year>"
    return "<decimal>" if "." in token else "<number>"


def tokens(text: str) -> list[str]:
    """Lower-cased words, number shapes (<number>, <decimal>, <year>) and %, $, €, £, ¥, in order."""
    return [_number_shape(t) if t[0].isdigit() else t for t in _TOKEN.findall(text.lower())]


def text_features(text: str, prefix: str = "w", pairs: bool = True) -> list[str]:
    """The distinct words of ``text`` as ``prefix:word`` and, with ``pairs``, adjacent pairs as
    ``prefix2:a_b`` -- the order of the list carries no meaning."""
    words = tokens(text)
    features = {f"{prefix}:{w}" for w in words}
    if pairs:
        # (speed, round 28: a list, not a generator resumed per pair; the same pairs added in the same order)
        features.update([f"{prefix}2:{a}_{b}" for a, b in zip(words, words[1:])])
    return list(features)


@dataclass
class LinearModel:
    """A multinomial logistic model over string features (two labels make it binary)."""

    name: str
    labels: list[str]
    bias: list[float]
    # feature -> [(label index, weight), ...]; weights too small to matter are not kept
    weights: dict[str, list[tuple[int, float]]]
    # how it was trained and what it scored: sets, example counts, threshold, cross-validated figures
    meta: dict = field(default_factory=dict)

    def scores(self, features: list[str]) -> list[float]:
        totals = list(self.bias)
        get = self.weights.get
        for feature in features:
            pairs = get(feature)
            if pairs:
                for index, weight in pairs:
                    totals[index] += weight
        return totals

    def probabilities(self, features: list[str]) -> dict[str, float]:
        totals = self.scores(features)
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        norm = sum(exps)
        return {label: e / norm for label, e in zip(self.labels, exps)}

    def probability_of(self, label: str, features: list[str]) -> float:
        """P(``label``) of a two-label model: one lookup and one addition a feature, on the
        difference of the two labels' weights (built on first use), instead of a score per label."""
        if len(self.labels) != 2:
            raise ValueError(f"model {self.name!r}: probability_of needs two labels, it has {len(self.labels)}")
        margins = self.__dict__.get("_margins")
        if margins is None:  # the first label's log-odds against the second, per feature
            margins = {f: sum(w if i == 0 else -w for i, w in pairs) for f, pairs in self.weights.items()}
            self.__dict__["_margins"] = margins
        get = margins.get
        # (speed, round 24: the same sum in the same order, the look-ups mapped in C, no generator)
        total = self.bias[0] - self.bias[1] + sum(map(get, features, repeat(0.0)))
        if label != self.labels[0]:
            self.labels.index(label)  # (an unknown label raises ValueError, as in ``probabilities``)
            total = -total
        return 1.0 / (1.0 + math.exp(-max(min(total, 50.0), -50.0)))

    def best(self, features: list[str]) -> tuple[str, float]:
        """The most probable label and its probability."""
        probabilities = self.probabilities(features)
        label = max(self.labels, key=probabilities.__getitem__)
        return label, probabilities[label]

    def to_json(self) -> dict:
        return {
            "name": self.name, "labels": self.labels, "bias": [round(b, 5) for b in self.bias],
            "meta": self.meta,
            "weights": {f: [[i, round(w, 5)] for i, w in pairs] for f, pairs in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, data: dict) -> "LinearModel":
        try:
            labels = [str(label) for label in data["labels"]]
            bias = [float(b) for b in data["bias"]]
            weights = {str(f): [(int(i), float(w)) for i, w in pairs] for f, pairs in data["weights"].items()}
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"model {data.get('name', '?')!r}: malformed ({error})") from error
        if len(bias) != len(labels) or any(not 0 <= i < len(labels) for pairs in weights.values() for i, _ in pairs):
            raise ValueError(f"model {data.get('name', '?')!r}: labels, bias and weights disagree")
        return cls(str(data.get("name", "")), labels, bias, weights, dict(data.get("meta") or {}))


_LOADED: dict[str, LinearModel | None] = {}


def model_path(name: str) -> Path:
    return MODELS_DIR / f"{name}.json"


def load_model(name: str) -> LinearModel | None:
    """The model ``name`` from pipeline/data/models/, read once; None when no such file is shipped
    (the rules then decide alone). A malformed file raises ValueError naming it."""
    if name not in _LOADED:
        path = model_path(name)
        if not path.is_file():
            _LOADED[name] = None
        else:
            raw = path.read_bytes()
            # speed (cold start): reading the JSON took about 0.2 s of a fresh process; the
            # checked model is kept in the compiled-pattern cache, keyed on the file's bytes
            parts = cached_data("model", (hashlib.sha256(raw).hexdigest(),), lambda: _model_parts(path, raw))
            _LOADED[name] = LinearModel(*parts)
    return _LOADED[name]


def _model_parts(path: Path, raw: bytes) -> tuple:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: not JSON ({error})") from error
    model = LinearModel.from_json(data)
    return model.name, model.labels, model.bias, model.weights, model.meta


def forget_models() -> None:
    """Drop loaded models (after the trainer writes new files, or in tests)."""
    _LOADED.clear()
