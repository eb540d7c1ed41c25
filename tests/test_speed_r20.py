"""Cold start (round 20): the lexicons and the learned models are read back from the
compiled-pattern cache instead of being parsed again -- and what comes back is what the
files say, also right after a file is edited."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from pipeline import learned
from pipeline.actors import LEXICON_PATH, read_yaml
from pipeline.learned import LinearModel, forget_models, load_model

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def test_cached_yaml_is_the_files_data_and_follows_an_edit(tmp_path):
    path = tmp_path / "tenures.yaml"
    path.write_text("persons:\n- name: Ana Ruiz\n  from: 2025-01-20\n", encoding="utf-8")
    first = read_yaml(path)
    assert first == {"persons": [{"name": "Ana Ruiz", "from": date(2025, 1, 20)}]}
    first["persons"].clear()  # a caller's change stays its own: the next read is whole
    assert read_yaml(path)["persons"][0]["from"] == date(2025, 1, 20)
    path.write_text("persons:\n- name: Ana Ruiz\n  from: 2026-03-02\n", encoding="utf-8")
    assert read_yaml(path)["persons"][0]["from"] == date(2026, 3, 2)


def test_a_fresh_process_reads_the_lexicon_back_from_the_cache_unchanged(tmp_path):
    """The second process finds the parsed lexicon in the cache file the first one wrote."""
    env = {**os.environ, "TRADEDEALS_CACHE_DIR": str(tmp_path)}
    script = ("import json, yaml; from pipeline.actors import LEXICON_PATH, read_yaml, save_compiled_patterns; "
              "data = read_yaml(LEXICON_PATH); save_compiled_patterns(); "
              "print(json.dumps(data == yaml.safe_load(LEXICON_PATH.read_text(encoding='utf-8'))))")
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, env=env,
                                capture_output=True, text=True, check=True)
        assert result.stdout.strip() == "true"
    assert list(tmp_path.glob("regex-*.marshal")), "the first process wrote no cache file"
    assert read_yaml(LEXICON_PATH) == yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))


def _model(bias_yes: float) -> dict:
    return {"name": "tiny", "labels": ["no", "yes"], "bias": [0.0, bias_yes], "meta": {"threshold": 0.5},
            "weights": {"tariff": [[1, 2.0]], "football": [[0, 3.0]]}}


@pytest.fixture
def models_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(learned, "MODELS_DIR", tmp_path)
    forget_models()
    yield tmp_path
    forget_models()


def test_a_cached_model_scores_as_its_file_says_and_follows_an_edit(models_dir):
    (models_dir / "tiny.json").write_text(json.dumps(_model(0.0)), encoding="utf-8")
    model = load_model("tiny")
    assert model.best(["tariff"])[0] == "yes" and model.best(["football"])[0] == "no"
    assert model == LinearModel.from_json(_model(0.0))
    (models_dir / "tiny.json").write_text(json.dumps(_model(-9.0)), encoding="utf-8")
    forget_models()
    assert load_model("tiny").best(["tariff"])[0] == "no"  # the edited bias, not the cached one


def test_a_malformed_model_file_still_names_itself(models_dir):
    (models_dir / "broken.json").write_text('{"labels": ["a"], "bias": [', encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json"):
        load_model("broken")
