"""Round-19 speed work (issue 4) must not change what is extracted: each shortcut below gives
the answer of the reading it replaces, on the sample texts and on texts written to reach the
paths it narrows (rows that must and must not come through them)."""
from __future__ import annotations

from pathlib import Path

from pipeline import actors, commitments, quantities
from pipeline.model import Article, Paragraph

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _sample_texts() -> list[str]:
    from pipeline.parse import parse_document
    from pipeline.sentences import split_sentences
    paths = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".html", ".htm", ".txt"))
    paragraphs = [p.text for path in paths for p in parse_document(path.read_bytes(), path.name).paragraphs if p.text]
    return paragraphs + [text[s:e] for text in paragraphs for s, e in split_sentences(text)]


def _rows(text: str, title: str = "United States and Japan reach trade agreement"):
    article = Article(body=text, paragraphs=[Paragraph(0, text, 0, len(text))], title=title)
    return commitments.extract_commitments(article)


# --- the number-word guard of find_quantities ------------------------------------------------------

def test_the_number_guard_words_cover_every_number_word():
    guard = quantities._NUMBER_GUARD_WORDS
    assert set(guard) <= set(quantities._NUMBER_WORDS) and len(guard) < len(quantities._NUMBER_WORDS)
    for word in quantities._NUMBER_WORDS:  # a word left out holds one that stays
        assert any(kept in word for kept in guard), word
    assert not any(a != b and a in b for a in guard for b in guard)


def test_the_number_test_answers_as_the_number_pattern():
    texts = _sample_texts() + [f"will buy {w} aircraft" for w in quantities._NUMBER_WORDS] + [
        "Seventeen new jets", "SIXTY PERCENT", "a rate of seventy per cent", "no figures at all", "eighteenth round"]
    for text in texts:
        expected = quantities._ANY_NUMBER.search(text) is not None
        assert quantities._has_number(text, actors.fold_case(text)) is expected, text


def test_quantities_told_only_in_words_are_read():
    found = quantities.find_quantities("Japan will cut the tariff to seventeen percent and buy sixty Boeing aircraft")
    assert [(q.value, q.unit) for q in found] == [(17.0, "percent"), (60.0, "units")]
    assert quantities.find_quantities("Japan will remove the barriers on U.S. rice") == []


def test_rates_told_in_words_still_give_their_rows():
    rows = _rows("Japan will reduce its tariff on U.S. beef to seventeen percent.")
    assert [(r.actor, r.category, r.action, r.value_to) for r in rows] == [("JPN", "tariff", "reduce", 17.0)]
