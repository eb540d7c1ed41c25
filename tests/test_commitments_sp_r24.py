"""Round 24 speed: what the chain and the learned readers now share within an article
(behaviour, not timing: each shared answer is the one the reader computed for itself before)."""
import math

from pipeline import commitments, learned_sentences
from pipeline.commitments import extract_commitments, sentence_spans
from pipeline.learned import LinearModel
from pipeline.parse import parse_document
from pipeline.sentences import split_sentences

# our own wordings (no page's text)
PARAGRAPHS = [
    "Lisbon, March 3 (Harbour Wire) - Portugal will cut its tariff on Brazilian coffee to 4 percent from 9 percent "
    "starting in May. Officials said Mr. Costa signed the order on Tuesday. The U.S. was not part of the talks.",
    "Chile agreed to buy 12 cargo ships worth $900 million from Korea. Farmers in the south hope prices will rise, "
    "and exporters expect fewer delays at the border.",
    "The two sides said they would keep talking. No. 4 on the agenda is a review of the quota for wine.",
]
HTML = ("<html><head><title>Portugal cuts coffee duty</title></head><body><article>"
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</article></body></html>").encode()


def test_sentence_spans_are_split_sentences_inside_and_outside_an_extraction():
    for text in PARAGRAPHS + ["", "No full stop here", "Dr. Silva arrived. He spoke."]:
        assert sentence_spans(text) == split_sentences(text)  # (outside: no memo)
    table = getattr(commitments._ARTICLE_MEMO, "table", None)
    commitments._ARTICLE_MEMO.table = {}
    try:
        for text in PARAGRAPHS:
            first = sentence_spans(text)
            assert first == split_sentences(text)
            first.append((0, 1))  # a caller that changes its list changes nobody else's
            assert sentence_spans(text) == split_sentences(text)
    finally:
        commitments._ARTICLE_MEMO.table = table


def test_rows_are_the_same_when_each_reader_splits_for_itself(monkeypatch):
    article = parse_document(HTML, "portugal-coffee.html")
    shared = [row.to_dict() for row in extract_commitments(article)]
    assert any(row["actor"] == "PRT" and row["category"] == "tariff" and row["action"] == "reduce"
               and row["value_to"] == 4.0 and row["value_from"] == 9.0 for row in shared)
    assert any(row["actor"] == "CHL" and row["category"] == "purchase" and row["amount"] == 12.0
               and row["unit"] == "units" and row["counterparty"] == "KOR" for row in shared)
    # the hopes and expectations of farmers and exporters stay silent
    assert not any(row["evidence"].startswith("Farmers") for row in shared)
    calls = []

    def own_split(text):
        calls.append(text)
        return split_sentences(text)

    monkeypatch.setattr(commitments, "sentence_spans", own_split)
    alone = [row.to_dict() for row in extract_commitments(article)]
    assert alone == shared
    assert calls  # (the chain and the learned reader both asked)


def test_a_sentence_the_chain_leaves_is_still_read_by_the_learned_reader(monkeypatch):
    article = parse_document(HTML, "portugal-coffee.html")
    read = []
    original = learned_sentences.sentence_rows

    def spy(sentence, *args, **kwargs):
        read.append(sentence)
        return original(sentence, *args, **kwargs)

    monkeypatch.setattr(learned_sentences, "sentence_rows", spy)
    extract_commitments(article)
    for sentence in read:  # every sentence the learned reader scores is one of the paragraphs' own sentences
        assert any(sentence == text[start:end] for text in PARAGRAPHS for start, end in split_sentences(text))


def test_levels_and_pledge_noun_tests_give_the_answers_of_their_generators():
    for values in [("reduce", None, None, None, None, None), ("reduce", 9.0, None, None, None, "percent"),
                   ("remove", None, 0.0, None, None, "percent"), ("raise", None, None, 5.0, None, None),
                   ("buy", None, None, None, 9e8, "usd")]:
        assert commitments._lacks_levels(values) == all(v is None for v in values[1:4])
    for sentence in ["Chile agreed to buy 12 cargo ships worth $900 million.", "Peru placed an order for 3 jets.",
                     "The plant will cost €40 million.", "The plant will open next year.",
                     "Exports of copper rose.", "Exports worth £2 billion were agreed.", ""]:
        expected = any(noun in sentence for noun in commitments._PLEDGE_NOUNS) or (
            ("$" in sentence or "€" in sentence or "£" in sentence)
            and any(noun in sentence for noun in commitments._MONEY_PLEDGE_NOUNS))
        assert commitments._pledge_noun_hint(sentence) == expected


def test_the_linear_models_probability_is_the_sum_it_was():
    model = LinearModel("toy", ["yes", "no"], [0.25, -0.5],
                        {"w:cut": [(0, 1.5), (1, -0.25)], "w:tariff": [(0, 0.75)], "w:hope": [(1, 2.0)],
                         "w2:cut_tariff": [(0, 0.125), (1, 0.5)]})
    for features in (["w:cut", "w:tariff", "w2:cut_tariff"], ["w:hope", "w:unknown"], [], ["w:cut"] * 3):
        margins = {f: sum(w if i == 0 else -w for i, w in pairs) for f, pairs in model.weights.items()}
        total = model.bias[0] - model.bias[1] + sum(margins.get(f, 0.0) for f in features)
        expected = 1.0 / (1.0 + math.exp(-max(min(total, 50.0), -50.0)))
        assert model.probability_of("yes", features) == expected
        assert model.probability_of("no", features) == 1.0 / (1.0 + math.exp(-max(min(-total, 50.0), -50.0)))
