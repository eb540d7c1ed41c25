"""Round 42, speed (SPD): the learned silent reader's detector score is summed from weights keyed by the sentence's
tokens (``_Reader.word_margins``, ``pair_margins``, ``chapeau_margins``), not from the "s:"/"s2:"/"h:" feature strings
``detector_features`` writes: the same features, so the same log-odds up to the order of a float sum (which was a
set's order before). Sentences are the team's own wordings."""
from itertools import repeat
from types import SimpleNamespace

import pytest

from pipeline import learned_sentences
from pipeline.model import Paragraph

_SENTENCES = [
    "Chile will lower its duties on Norwegian salmon to 4 percent from 12 percent starting in March 2027.",
    "The two ministers agreed to resume talks on a fisheries accord before the end of the year.",
    "Kenya's trade ministry said it had lifted the ban on imported poultry, citing improved inspections.",
    "Canberra will not change the levy on imported barley, officials said on Tuesday.",
    "Under the arrangement, Vietnam shall buy 1.5 million tonnes of American corn each year through 2029.",
    "Markets rallied after the announcement.",
    "",
]
_CHAPEAUS = ["", "Under the agreement, the parties will:", "Peru commits to the following:"]


def _strings_margin(models, sentence: str, kind: str, chapeau: str, news: bool) -> float:
    """The round-27 reading: the features as strings, then their weights."""
    features = learned_sentences.detector_features(sentence, kind, chapeau, news, 0, False, True, False)
    features.remove("party:none")
    return sum(map(models.margins.get, features, repeat(0.0)), models.bias_margin)


def _reader():
    models = learned_sentences.reader(False)
    if models is None or models.shape:
        pytest.skip("no word-feature detector shipped")
    return models


def test_token_keyed_weights_hold_every_string_feature():
    models = _reader()
    for feature, margin in models.margins.items():
        prefix, _, rest = feature.partition(":")
        if prefix == "s":
            assert models.word_margins[rest] == margin
        elif prefix == "s2":
            assert models.pair_margins[tuple(rest.split("_", 1))] == margin
        elif prefix == "h":
            assert models.chapeau_margins[rest] == margin
    assert len(models.word_margins) + len(models.pair_margins) + len(models.chapeau_margins) == sum(
        1 for feature in models.margins if feature.split(":", 1)[0] in ("s", "s2", "h"))


@pytest.mark.parametrize("news", [False, True])
def test_score_below_the_threshold_as_before(news, monkeypatch):
    models = _reader()
    seen = []
    # the margin score_sentence compares with the threshold: read where it stops (no party found)
    monkeypatch.setattr(learned_sentences, "sentence_parties", lambda *args: seen.append(args) or ([], []))
    for sentence in _SENTENCES:
        for chapeau in _CHAPEAUS:
            for kind in ("paragraph", "list_item"):
                paragraph = Paragraph(0, sentence, 0, len(sentence), kind)
                score, label, _, _ = learned_sentences.score_sentence(
                    sentence, paragraph, chapeau, news, SimpleNamespace(on=None), None, models)
                margin = _strings_margin(models, sentence, kind, chapeau, news)
                party = models.margins.get("party:none", 0.0)
                expected = 1.0 / (1.0 + learned_sentences.math.exp(-(margin + party)))
                if 1.0 / (1.0 + learned_sentences.math.exp(-(margin + models.party_gain))) < models.threshold_for(news):
                    assert (score, label) == (0.0, "")
                elif expected < models.threshold_for(news):
                    assert score == pytest.approx(expected, abs=1e-12) and label == ""


def test_repeated_words_and_pairs_count_once():
    models = _reader()
    once = "Japan will cut tariffs on beef."
    twice = "Japan will cut tariffs on beef. Japan will cut tariffs on beef."
    words = learned_sentences.tokens(twice)
    assert len(set(zip(words, words[1:]))) < len(words) - 1  # (pairs said twice)
    # the second telling adds only the pair across the two sentences ("beef", "japan")
    gained = models.pair_margins.get(("beef", "japan"), 0.0)
    assert _strings_margin(models, twice, "paragraph", "", False) == pytest.approx(
        _strings_margin(models, once, "paragraph", "", False) + gained, abs=1e-12)
