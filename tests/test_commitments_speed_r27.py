"""Round 27, speed: the same rows for less work.

- the learned readers' modules (``learned``, ``learned_rows``, ``learned_sentences``) read ``re`` through
  the compiled-pattern cache, as the rule modules do: each pattern gets the start set its matches open with
  (the confidence model's reported-speech test was tried at every character of every row's evidence);
- a lexicon pattern whose first word may be any letters counts as starting at any word
  (``actors.starts_at_any_word``): the narrow object scan leaves it to the texts that hold its words;
- the silent-sentence detector's margin is summed in C, the same additions in the same order.
Sentences are the team's own wordings."""
import math
import re

from pipeline import actors, commitments, learned, learned_rows, learned_sentences
from pipeline.actors import StartDispatch, finditer_from_starts, fold_case, holds_one_of, narrow_word_start_scan, \
    starts_at_any_word, word_start_scan

TEXTS = [
    "The ministry said it would cut tariffs on machinery, according to officials who added details.",
    "SAFETY MARKS AND CONFORMITY MARKS WILL BE RECOGNISED; national quality marks stay.",
    "Exporters told reporters that KC certification marks and local safety marks would be accepted.",
    "The levy on imports rose to 12 percent, the agency noted, and quotas were lifted.",
    "Saidu says nothing; stated-owned firms; a toldo; Addedly.",
    "",
    "x",
]


def _spans(matches):
    return [(m.span(), m.lastgroup) for m in matches]


def test_learned_modules_compile_through_the_pattern_cache():
    # the modules' ``re.compile`` is the cache's, which gives each pattern its start set
    for module in (learned, learned_rows, learned_sentences):
        assert module.re.compile == actors._PATTERNS.compile_with_start_set, module.__name__
    # the reported-speech test: the same source and flags, the same answers, now with a start set
    plain = re.compile(learned_rows._REPORTED.pattern, learned_rows._REPORTED.flags)
    assert learned_rows._REPORTED is not plain
    assert actors.with_start_charset(plain).pattern == learned_rows._REPORTED.pattern
    for text in TEXTS + [t.upper() for t in TEXTS]:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in learned_rows._REPORTED.finditer(text)] == expected, text


def test_reported_feature_unchanged():
    assert learned_rows._REPORTED.search("The minister said the duty would fall.")
    assert learned_rows._REPORTED.search("Tariffs will rise, ACCORDING TO the ministry.")
    assert learned_rows._REPORTED.search("Saidu reads the saids and toldo.") is None  # (whole words only)
    assert learned_rows._REPORTED.search("") is None


def test_tokens_unchanged():
    plain = re.compile(learned._TOKEN.pattern, learned._TOKEN.flags)
    for text in TEXTS + ["It's a 25% tariff on steel-and-aluminum, worth $1,200.50 in 2026 (€3)."]:
        expected = [learned._number_shape(t) if t[0].isdigit() else t for t in plain.findall(text.lower())]
        assert learned.tokens(text) == expected, text
    assert "steel-and-aluminum" in learned.tokens("A tariff on Steel-and-Aluminum.")


def test_starts_at_any_word():
    assert starts_at_any_word({"\\w"})
    assert starts_at_any_word(set("abcdefghijklmnopqrstuvwxyz"))
    assert starts_at_any_word(set("abcdefghijklmnopqrstuvwxyz") | {"\\d"})
    assert not starts_at_any_word(set("abcdefghijklmnopqrstuvwxy"))  # (no "z": still told by its letters)
    assert not starts_at_any_word({"t", "q"})
    assert not starts_at_any_word({""})


def test_narrow_scan_leaves_out_a_pattern_whose_first_word_may_be_any_letters():
    # "(?:[A-Z]{2,5} )?" case-insensitive opens at any letter: it is left to texts that hold "marks"
    patterns = ["tariffs? on steel", "(?:(?:local|[A-Z]{2,5}) )?(?:safety|quality) marks?", "quotas?"]
    narrow, words = narrow_word_start_scan(patterns)
    assert narrow is not None
    assert set(words) == {"safety", "quality"}
    entries = [("e0", patterns[:1]), ("e1", patterns[1:2]), ("e2", patterns[2:])]
    source = r"(?<![\w-])(?:" + "|".join(f"(?P<{name}>{'|'.join(ps)})" for name, ps in entries) + r")(?![\w-])"
    pattern = re.compile(source, re.IGNORECASE)
    full = word_start_scan(patterns)
    for text in ["New tariffs on steel and quotas on rice.", "KC safety marks; local quality mark; tariff on steel",
                 "TARIFFS ON STEEL", "quota", ""]:
        expected = _spans(pattern.finditer(text))
        assert _spans(finditer_from_starts(pattern, full, text, StartDispatch(pattern, entries))) == expected, text
        if not holds_one_of(words, fold_case(text)):
            got = _spans(finditer_from_starts(pattern, narrow, text, StartDispatch(pattern, entries, narrow=True)))
            assert got == expected, text
    # the narrow dispatch has no such pattern left
    narrow_dispatch = StartDispatch(pattern, entries, narrow=True)
    assert all(p != patterns[1] for _, kept in narrow_dispatch.entries for p, _, _ in kept)


def test_object_scans_equal_the_whole_pattern():
    lexicon = commitments._lexicon()
    narrow, words = lexicon.narrow_object_starts
    assert narrow is not None and "safety" in words  # (the lexicon's "... safety marks" is now a wide pattern)
    for text in TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS]:
        expected = _spans(lexicon.objects.finditer(text))
        got = _spans(finditer_from_starts(lexicon.objects, lexicon.object_starts, text, commitments._object_dispatch(False)))
        assert got == expected, text
        if not holds_one_of(words, fold_case(text)):
            got = _spans(finditer_from_starts(lexicon.objects, narrow, text, commitments._object_dispatch(True)))
            assert got == expected, text


def test_safety_marks_still_read_as_objects():
    # a row's object found by the full scan in a sentence that holds the pattern's words
    lexicon = commitments._lexicon()
    for text in ("Korea will accept KC safety marks for imported appliances.",
                 "The parties will recognise national conformity marks."):
        found = [m.group(0).lower() for m in commitments._object_matches(text)]
        assert any("marks" in f for f in found), (text, found)
        assert [m.span() for m in commitments._object_matches(text)] == [m.span() for m in lexicon.objects.finditer(text)]


def test_margin_summed_in_the_same_order():
    # sum(map(...), start) adds left to right from the start, as the loop it replaces did
    weights = {"a": 0.1, "b": 1e16, "c": -1e16, "d": 0.3}
    features = ["a", "b", "c", "d", "missing", "a"]
    bias = 0.7
    looped = bias
    for feature in features:
        looped += weights.get(feature, 0.0)
    from itertools import repeat
    assert math.copysign(1, sum(map(weights.get, features, repeat(0.0)), bias)) == math.copysign(1, looped)
    assert sum(map(weights.get, features, repeat(0.0)), bias) == looped
