"""Round 22 speed: the compiled-pattern cache's packed code and its cached derivations
(behaviour, not timing: what a new process reads back is what it would have built)."""
import re

import pytest

from pipeline import actors

SOURCES = [(r"(?<![\w-])(?P<cut>cut|slash(?:es|ed)?)\b", re.IGNORECASE), (r"\d+(?:\.\d+)? per ?cent", 0),
           (r"(?i)tariffs? on (\w+)", 0), (r"\b(?:quota|ceiling)s?\b", 0)]


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADEDEALS_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_packed_code_reads_back_as_the_same_list():
    for source, flags in SOURCES:
        parts = actors._compiled_parts(source, flags)
        packed = actors._packed(parts)
        assert type(packed[1]) is bytes and packed[0] == parts[0] and packed[2:] == parts[2:]
        assert actors._unpacked(packed) == parts
        assert actors._pattern_from_parts(source, packed) == actors._pattern_from_parts(source, parts)
    # what is no pattern's parts stays as it is
    for other in (None, "(?=[cs])", b"\x80\x04", ("model", ["no", "yes"]), frozenset({"tariff"})):
        assert actors._packed(other) == other and actors._unpacked(other) == other


def test_a_new_process_builds_the_same_patterns_with_start_sets_from_the_file(cache_folder, monkeypatch):
    # (each cache as the process's own: with_start_charset keeps its sets in the module's cache)
    writer = actors._PatternCache()
    monkeypatch.setattr(actors, "_PATTERNS", writer)
    first = [writer.compile_with_start_set(source, flags) for source, flags in SOURCES]
    writer.save()
    reader = actors._PatternCache()
    monkeypatch.setattr(actors, "_PATTERNS", reader)
    again = [reader.compile_with_start_set(source, flags) for source, flags in SOURCES]
    assert not reader.new  # read from the file, nothing compiled
    # (patterns with a start set are built from its entry alone: their plain form is not built)
    assert any((source, int(flags)) not in reader.compiled for source, flags in SOURCES)
    assert again == first == [actors.with_start_charset(actors._pattern_from_parts(source, actors._compiled_parts(source, flags)))
                              for source, flags in SOURCES]
    assert [(p.groupindex, p.groups, p.flags) for p in again] == [(p.groupindex, p.groups, p.flags) for p in first]
    assert again[0].search("prices were SLASHED").group("cut") == "SLASHED"
    assert again[3].search("the quotas rose").group() == "quotas"
    # the plain patterns the file held are kept for the next file, though not built here
    reader.save()
    third = actors._PatternCache()
    monkeypatch.setattr(actors, "_PATTERNS", third)
    assert [third.compile(source, flags) for source, flags in SOURCES] == [writer.compile(source, flags) for source, flags in SOURCES]
    assert not third.new


def test_required_literals_read_from_the_file_are_those_computed(cache_folder):
    patterns = ["vetting (?:procedures|requirements)", "(?:formal|informal) entry"]
    writer = actors._PatternCache()
    fresh = actors._required_literals(tuple(patterns), re.IGNORECASE)
    assert writer.derived("literals", (int(re.IGNORECASE), *patterns), lambda: fresh) == fresh
    writer.save()
    reader = actors._PatternCache()
    assert reader.derived("literals", (int(re.IGNORECASE), *patterns), lambda: None) == fresh == \
        frozenset({"procedures", "requirements", "formal"})
    # the module's own answer, cached or not, and a pattern list the file cannot key
    assert actors.required_literals(patterns, re.IGNORECASE) == fresh
    assert actors.required_literals([r"\d+ ?%"]) is None
    assert actors.required_literals(("tariffs?", "(?:market )?dut(?:y|ies)")) == {"tariff", "dut"}


def test_a_builder_runs_without_the_collector_and_leaves_it_as_it_was():
    import gc

    seen = []

    @actors.built_without_gc
    def builder(value, fail=False):
        seen.append(gc.isenabled())
        if fail:
            raise ValueError(value)
        return [value]

    was = gc.isenabled()
    try:
        gc.enable()
        assert builder(3) == [3] and seen == [False] and gc.isenabled()
        with pytest.raises(ValueError):
            builder(4, fail=True)
        assert gc.isenabled()
        gc.disable()  # a caller that paused it itself keeps it paused
        assert builder(5) == [5] and not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert builder.__name__ == "builder"


def test_the_word_start_scan_read_from_the_cache_is_the_one_built():
    patterns = ["tariffs?", r"(?:import\s+)?quotas?", "anti-dumping dut(?:y|ies)", "[“\"]standing", r"\d+ tons"]
    fresh = actors._word_start_source(patterns)
    assert actors.word_start_scan(patterns).pattern == fresh
    assert actors.word_start_scan(patterns).pattern == fresh  # (the second time from the cache's entry)
    assert actors.word_start_scan([]) is None
