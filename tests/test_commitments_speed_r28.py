"""Round 28, speed: the same rows for less work.

- the confidence model reads what it needs of a row's sentence alone (its length bucket, quotes, reported
  speech) once per sentence of a page (``rate_rows`` passes ``evidence_shapes`` down to ``shape_features``):
  rows of one sentence get the features each would get alone, in the same order;
- ``learned.text_features`` adds a text's word pairs from a list rather than a generator: the same pairs
  added in the same order, so the same set and the same list order;
- whether a sentence's only measure is a charge of no trade (``_non_trade_charge``) is answered once per
  sentence within an article, the same answer as alone.
Sentences are the team's own wordings."""
from pipeline import learned, learned_rows
from pipeline.learned_rows import PageShape
from pipeline.model import Commitment

SENTENCES = [
    "The ministry said it would cut the duty on tractors to 5 percent from March, officials added.",
    "\u201cWe will lift the quota on pears,\u201d the minister told reporters on Tuesday.",
    "Both governments will lower tariffs on glassware and ceramics under the new arrangement.",
    "",
]


def _row(evidence: str, subject: str, confidence: float = 0.8, index: int = 0) -> Commitment:
    return Commitment("ISL", "tariff", "reduce", subject, evidence, index, 0, len(evidence), confidence=confidence)


def test_rows_of_one_sentence_read_it_once_with_the_features_each_gets_alone():
    page = PageShape("news", 6)
    shapes: dict = {}
    for sentence in SENTENCES:
        for row in (_row(sentence, "the duty on tractors"), _row(sentence, "tariffs on glassware", 0.55, 4)):
            alone = learned_rows.shape_features(row, page)
            shared = learned_rows.shape_features(row, page, shapes)
            assert shared == alone
            assert learned_rows.confidence_features(row, "paragraph", True, page, shapes) == \
                learned_rows.confidence_features(row, "paragraph", True, page)
    assert set(shapes) == set(SENTENCES)  # one reading per sentence
    said, quoted = shapes[SENTENCES[0]], shapes[SENTENCES[1]]
    assert said[2] and not said[1]  # reported speech, no quote
    assert quoted[1] and quoted[2]  # a quote, reported ("told")
    assert shapes[SENTENCES[2]][1:] == (False, False)


def test_text_features_are_the_same_list_as_the_generator_built():
    for sentence in SENTENCES + ["cut to 15% on 1 May 2027, then to 10%"]:
        words = learned.tokens(sentence)
        expected = {f"s:{w}" for w in words}
        expected.update(f"s2:{a}_{b}" for a, b in zip(words, words[1:]))
        assert learned.text_features(sentence, "s") == list(expected)
        assert learned.text_features(sentence, "o", pairs=False) == list({f"o:{w}" for w in words})


CHARGES = [
    "The city will raise its household water tariff by 6 percent from July.",  # a charge of no trade
    "Ruritania will raise its tariff on imported bicycles to 30 percent from July.",  # a trade measure
    "The club doubled the matchday fare cap for visiting fans, and will keep the 5% duty on imported scarves.",
    "Fees and caps.",
]


def test_a_charge_of_no_trade_is_answered_once_per_sentence_the_same_as_alone():
    from pipeline import commitments

    alone = [commitments._non_trade_charge(sentence) for sentence in CHARGES]
    assert alone[0] is True and alone[1] is False
    outer = getattr(commitments._ARTICLE_MEMO, "table", None)
    commitments._ARTICLE_MEMO.table = {}
    try:
        for _ in range(2):  # asked again for another cue of the sentence: the answer kept
            assert [commitments._non_trade_charge(sentence) for sentence in CHARGES] == alone
        kept = [key for key in commitments._ARTICLE_MEMO.table if key[0] is commitments._non_trade_charge_stated]
        assert {key[1] for key in kept} <= set(CHARGES) and CHARGES[0] in {key[1] for key in kept}
    finally:
        commitments._ARTICLE_MEMO.table = outer
