"""Round 35, speed (SC): the same rows for less work.

- ``_may`` tests its words with the loop of ``holds_one_of`` written in its own body (one Python call fewer for
  each of ~3,300 calls a sample pass): the same answer for every text and word tuple, the empty tuple included
  (True: a pattern with no required word may match anywhere).
Sentences are the team's own wordings."""
from pipeline.actors import holds_one_of
from pipeline.commitments import _VIEW_VERB_WORDS, _may

TEXTS = [
    "the ministry said it would cut the duty on tractors to 5 percent from march.",
    "analysts warned that the levy could rise again next year",
    "",
    "both governments will lower tariffs on glassware",
]
WORDS = [(), ("said",), ("warn", "rise"), ("zzz",), _VIEW_VERB_WORDS, ("",)]


def test_may_answers_as_holds_one_of_behind_the_empty_test():
    for text in TEXTS:
        for words in WORDS:
            assert _may(text, words) == (not words or holds_one_of(words, text))
