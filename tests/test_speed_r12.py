"""Round-12 speed work (issue 4) must not change what is extracted: the lexicons read by
libyaml's loader are the data the pure-Python loader gives, and every pattern read from the
compiled-pattern cache is the pattern re.compile makes of its source."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from pipeline import actors, commitments

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_fast_yaml_reader_gives_what_safe_load_gives(path):
    # a YAML construct the two loaders read differently would change a lexicon silently
    assert actors.read_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8"))



# --- the compiled-pattern cache (pipeline/actors.py) ---------------------------------------------

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _sample_article():
    from pipeline.parse import parse_document
    path = SAMPLES / "analysis-truce-durability.html"
    return parse_document(path.read_bytes(), path.name)


def test_every_cached_pattern_is_the_pattern_re_compiles():
    # every pattern of the rules and lexicons, as this process compiled or read it from the
    # cache file, against the stdlib compiling its source anew (Pattern equality compares the
    # engine code itself); a cache that served another pattern's code fails here
    commitments.extract_commitments(_sample_article())
    compiled = {key: parts for key, parts in actors._PATTERNS.used.items() if key[0] != "derived"}
    assert len(compiled) > 500
    for (source, flags), parts in compiled.items():
        fresh = re.compile(source, flags)
        cached = actors._pattern_from_parts(source, parts)
        assert cached == fresh and cached.groupindex == fresh.groupindex and cached.groups == fresh.groups, source[:80]


def test_every_cached_derivation_is_computed_anew_the_same():
    commitments.extract_commitments(_sample_article())
    derived = [(key, value) for key, value in actors._PATTERNS.used.items() if key[0] == "derived"]
    assert any(key[1] == "trie" for key, _ in derived) and any(key[1] == "first_chars" for key, _ in derived)
    for key, value in derived:
        if key[1] == "first_chars":
            assert actors._starting_with_first_chars(key[2], key[3]) == value, key[2][:80]
    forms = list(commitments._lexicon().forms)
    assert actors.trie_regex(forms) == actors._trie_regex(forms)


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADEDEALS_CACHE_DIR", str(tmp_path))
    return tmp_path


SOURCES = [(r"(?<![\w-])(?P<cut>cut|slash(?:es|ed)?)\b", re.IGNORECASE), (r"\d+(?:\.\d+)? per ?cent", 0),
           (r"(?i)tariffs? on (\w+)", 0)]


def test_a_new_process_reads_the_patterns_the_last_one_wrote(cache_folder):
    writer = actors._PatternCache()
    first = [writer.compile(source, flags) for source, flags in SOURCES]
    assert writer.derived("first_chars", (SOURCES[0][0], int(SOURCES[0][1])), lambda: "(?=[cs])") == "(?=[cs])"
    writer.save()
    assert len(list(cache_folder.iterdir())) == 1
    reader = actors._PatternCache()
    again = [reader.compile(source, flags) for source, flags in SOURCES]
    assert reader.stored and not reader.new  # read from the file, nothing compiled
    assert again == first == [re.compile(source, flags) for source, flags in SOURCES]
    assert again[0].search("prices were SLASHED").group("cut") == "SLASHED"
    assert reader.derived("first_chars", (SOURCES[0][0], int(SOURCES[0][1])), lambda: "never computed") == "(?=[cs])"


def test_an_edited_pattern_is_compiled_anew(cache_folder):
    writer = actors._PatternCache()
    writer.compile(r"\bcut\b")
    writer.save()
    reader = actors._PatternCache()
    assert reader.compile(r"\bcuts\b").search("cuts").group() == "cuts"
    assert reader.new


def test_a_damaged_cache_file_is_compiled_around(cache_folder):
    writer = actors._PatternCache()
    writer.compile(SOURCES[1][0])
    writer.save()
    (path,) = cache_folder.iterdir()
    path.write_bytes(b"\x00not a cache")
    reader = actors._PatternCache()
    assert reader.compile(SOURCES[1][0]).search("a 10 per cent levy").group() == "10 per cent"


def test_invalid_patterns_raise_as_re_compile_raises(cache_folder):
    with pytest.raises(re.error):
        actors._PatternCache().compile(r"(?P<unclosed")


def test_the_cache_can_be_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv("TRADEDEALS_CACHE_DIR", "off")
    cache = actors._PatternCache()
    assert cache.compile(SOURCES[1][0]) == re.compile(SOURCES[1][0])
    cache.save()
    assert cache.path is None
