"""Round 43, speed (SPD): nine more module-level patterns sit behind the literal test of their own words
(``actors.LiteralGuarded``): each gives the matches its plain regex gives, on texts that hold its words and on texts
that do not, over a whole text and over a window of it. Sentences are the team's own wordings."""
import pytest

from pipeline import commitments, learned_rows, quantities
from pipeline.actors import LiteralGuarded

_GUARDED = [
    (commitments, "_APPROVAL_PENDING"), (commitments, "_CAP"), (commitments, "_INTRODUCING_VERB"),
    (commitments, "_OBJECT_COORDINATION"), (commitments, "_RECOUNTED_MEASURE"), (commitments, "_VISIT_AT_ANY_TIME"),
    (commitments, "_WITH_SUBJECT"), (quantities, "_ZERO_LEVEL"), (learned_rows, "_REPORTED"),
]

_TEXTS = [
    "The trade ministers of Peru and Norway will meet at a mutually convenient time to review the salmon quota.",
    "Officials said the envoys would visit Lima at a mutually agreeable date later in the spring.",
    "The accord still needs the approval of the Storting before it can enter into force.",
    "The protocol is pending ratification by the national assembly, a spokeswoman told reporters.",
    "Duties on Chilean copper cathodes will be capped at 8 percent, and no higher than the bound rate.",
    "The tariff on rolled oats shall not exceed 12 percent in any calendar year.",
    "Ghana will undertake to lower the levy on cocoa butter and to scrap it on cocoa powder.",
    "With Canberra's approval, the duty on barley fell to zero percent from 80.5 percent.",
    "The sanctions imposed in 2019 that the ministry recounted on Monday remain in place.",
    "The tariffs that Seoul applied to Vietnamese shrimp, which exporters called unfair, were left unchanged.",
    "According to the customs bureau, rice now enters free of duty under the quota.",
    "Exports of Kenyan tea rose by a fifth last year.",
    "Nothing was decided.",
    "",
]


@pytest.mark.parametrize("module,name", _GUARDED)
def test_guarded_pattern_gives_its_own_matches(module, name):
    guarded = getattr(module, name)
    assert isinstance(guarded, LiteralGuarded), name
    plain = guarded.regex
    assert guarded.literals  # (read from the pattern: a word every match holds)
    for text in _TEXTS:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)
        found, expected = guarded.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span()), (name, text)
        for start in range(0, len(text), 17):  # (a window, as the rules search after a cue)
            end = min(len(text), start + 90)
            found, expected = guarded.search(text, start, end), plain.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span()), (name, text, start)
        found, expected = guarded.match(text), plain.match(text)
        assert (found and found.span()) == (expected and expected.span()), (name, text)


def test_guard_turns_away_a_text_without_its_words():
    # (the regex is not run: a text holding none of the words cannot match)
    assert commitments._VISIT_AT_ANY_TIME.search("The delegation will visit Oslo in May.") is None
    assert commitments._VISIT_AT_ANY_TIME.search("They will meet at a mutually convenient time.") is not None
    assert learned_rows._REPORTED.search("Tariffs on nickel will fall next year.") is None
    assert learned_rows._REPORTED.search("Tariffs on nickel will fall next year, the minister SAID.") is not None
    assert quantities._ZERO_LEVEL.search("a levy of 5 percent on wool") is None


def test_word_tests_read_as_before():
    # the word tests once written as generators now read by holds_one_of: the same answer
    wish = commitments._WISH_VERBS
    for text in _TEXTS:
        assert commitments.holds_one_of(wish, text) == any(verb in text for verb in wish)
        asked = commitments._ASKED_TO_WORDS
        assert commitments.holds_one_of(asked, text) == any(word in text for word in asked)
    assert commitments.holds_one_of(commitments._ASKED_TO_WORDS, "Farm groups asked Lima to cut the duty")
    assert not commitments.holds_one_of(commitments._ASKED_TO_WORDS, "Lima cut the duty on wheat")
