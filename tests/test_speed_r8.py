"""Round-8 speed work (issue 4) must not change what is extracted: the literal guards
skip a regex only where it cannot match, the clause boundaries are the same, and the
per-article memo of object, cue and product scans answers as the scans do."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import commitments, quantities
from pipeline.actors import fold_case, may_match, required_literals
from pipeline.model import article_from_paragraphs
from pipeline.parse import parse_document

CUES = yaml.safe_load(commitments.CUES_PATH.read_text(encoding="utf-8"))


def test_fold_case_folds_every_character_a_case_insensitive_regex_reads_as_an_ascii_letter():
    letters = re.compile("[a-z]", re.IGNORECASE)
    folded_wrong = [hex(code) for code in range(sys.maxunicode + 1)
                    if letters.fullmatch(chr(code)) and fold_case(chr(code)) != chr(code).lower()
                    and re.fullmatch(fold_case(chr(code)), chr(code), re.IGNORECASE) is None]
    assert folded_wrong == []
    assert fold_case("İMPORT ſanctions") == "import sanctions"


def test_required_literals_are_read_from_sequences_and_branches():
    assert required_literals(["vetting (?:procedures|requirements)"], re.IGNORECASE) == {"procedures", "requirements"}
    assert required_literals(["(?:formal|informal) entry"]) == {"formal"}
    assert required_literals(["tariffs?", "(?:market )?dut(?:y|ies)"]) == {"tariff", "dut"}
    assert required_literals([r"\d+ ?%"]) is None  # nothing to require: never skipped
    assert required_literals(["bonds?", "[“\"]standing"]) == {"bond", "standing"}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_customs_duty_the_lexicon_can_match_passes_its_guard(data):
    # the guard of _customs_duty_rows: a phrase a new lexicon entry matches must not be skipped
    words = commitments._customs_duty_words()
    pattern = data.draw(st.sampled_from(CUES["customs_duties"]))
    phrase = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    assert may_match(words, phrase), (pattern, phrase)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_object_the_lexicon_can_match_passes_a_guard_read_from_it(data):
    entry = data.draw(st.sampled_from(CUES["objects"]))
    pattern = data.draw(st.sampled_from(entry["patterns"]))
    phrase = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    assert may_match(required_literals(entry["patterns"], re.IGNORECASE), phrase), (pattern, phrase)


_WORDS = ["%", "Per cent", "PCT", "points", "dollars", "EUROS", "yen", "ton", "İ", "ſ", "K", "the", "12", ","]
_TEXT = st.lists(st.sampled_from(_WORDS) | st.text(max_size=5), max_size=20).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_guard_words_on_folded_text_answer_as_the_guard_regexes(text):
    folded = fold_case(text)
    assert any(w in folded for w in quantities._PERCENT_WORDS) == bool(quantities._PERCENT_GUARD.search(text))
    assert any(w in folded for w in quantities._MONEY_AFTER_WORDS) == bool(quantities._MONEY_AFTER_GUARD.search(text))


def test_clause_boundaries_are_found_as_before():
    def ends(text):
        return [m.group(0) for m in commitments._CLAUSE_BOUNDARY.finditer(text)]
    assert ends("China will (ii) cut tariffs; Japan will buy") == ["(ii) ", ";"]
    assert ends("under section 2(ii) of the order") == []  # a section reference, not an enumeration
    assert ends("Trump said that Japan - and Korea - will pay if needed") == ["said that ", " - ", " - ", " "]
    assert ends("He told reporters on Friday that tariffs would rise, while prices fell") == [
        "told reporters on Friday that ", ", while "]
    assert ends("a 10% rate — down from 25%") == []


def _sample_texts() -> list[str]:
    samples = Path(__file__).resolve().parents[1] / "samples"
    return [p.text for path in sorted(samples.iterdir()) if path.suffix in (".html", ".txt")
            for p in parse_document(path.read_bytes(), path.name).paragraphs]


def test_memoised_object_and_cue_scans_answer_as_the_patterns():
    lexicon = commitments._lexicon()
    texts = _sample_texts()
    assert len(texts) > 200
    for text in texts:
        first = commitments._first_object(text)
        plain = lexicon.objects.search(text)
        assert (first and (first.span(), first.lastgroup)) == (plain and (plain.span(), plain.lastgroup))
        assert [m.span() for m in commitments._cue_matches(text)] == [m.span() for m in lexicon.cue_pattern.finditer(text)]


def test_the_memo_lives_only_as_long_as_one_article():
    article = article_from_paragraphs(["Japan will cut its tariff on U.S. rice to 5% and buy $8 billion of U.S. soybeans."])
    rows = commitments.extract_commitments(article)
    assert rows and rows[0].products  # the memoised product lookup still names the goods
    assert getattr(commitments._ARTICLE_MEMO, "table", None) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["twenty", "Five", "ONE", "a", "hundred", "bn", "٣", "7", "ſeven", "x"])
                | st.text(max_size=5), max_size=15).map(" ".join))
def test_the_number_test_answers_as_the_number_regex(text):
    assert quantities._has_number(text, fold_case(text)) == bool(quantities._ANY_NUMBER.search(text))
