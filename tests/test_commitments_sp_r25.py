"""Round 25, speed: the object and product lexicons matched at a scan's start from only the
patterns that can start there (``actors.StartDispatch``) give the whole pattern's matches."""
import re

from pipeline import commitments, products
from pipeline.actors import StartDispatch, finditer_from_starts, fold_case, holds_one_of, word_start_scan

# the team's own wordings
TEXTS = [
    "The agreement cuts tariffs on machinery and removes quotas on Korean rice imports.",
    "Officials said export controls on gallium and antimony would stay, with anti-dumping duties.",
    "THE MINISTRY WILL LIFT THE BAN ON BEEF AND POULTRY FROM BRAZIL.",
    "Sanitary And Phytosanitary Measures On Dairy Products Will Be Reviewed By A Joint Committee.",
    "A 25% surcharge on steel, a 10 percent rate on aluminum, and investment guarantees of $2 billion.",
    "İmport licences for ſoybeans, \u212ailns and copper cathodes; non-tariff barriers; digital services taxes.",
    "U.S. firms to participate in procurement; American trucks and Korean carriers; IPR enforcement.",
    "",
    "x",
    "-tariffs- on",
]


def _spans(matches):
    return [(m.span(), m.lastgroup) for m in matches]


def test_object_matches_equal_the_whole_pattern():
    lexicon = commitments._lexicon()
    narrow, words = lexicon.narrow_object_starts
    for text in TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS]:
        expected = _spans(lexicon.objects.finditer(text))
        got = _spans(finditer_from_starts(lexicon.objects, lexicon.object_starts, text, commitments._object_dispatch(False)))
        assert got == expected, text
        if narrow is not None and not holds_one_of(words, fold_case(text)):
            got = _spans(finditer_from_starts(lexicon.objects, narrow, text, commitments._object_dispatch(True)))
            assert got == expected, text


def test_product_matches_equal_the_whole_pattern():
    pattern = products._products()[1]
    for text in TEXTS + [t.upper() for t in TEXTS]:
        expected = _spans(pattern.finditer(text))
        assert _spans(finditer_from_starts(pattern, products._product_starts(), text, products._product_dispatch())) == expected


def test_restricted_pattern_keeps_lexicon_order_and_untold_starts():
    # a later entry that starts the same way must not win over an earlier one; a pattern whose start
    # cannot be told ("[A-Z][a-z]+an"), a class start ("\d") and a pattern added later are kept where they can start
    entries = [("e0", ["tariffs? on steel", r"\d+% tariffs?"]), ("e1", ["tariffs?", "(?-i:[A-Z][a-z]+an) cars"]),
               ("e2", ["steel", "steel tariffs?"]), ("e3", ["quotas?"])]
    source = r"(?<![\w-])(?:" + "|".join(f"(?P<{name}>{'|'.join(ps)})" for name, ps in entries) + r")(?![\w-])"
    pattern = re.compile(source, re.IGNORECASE)
    starts = word_start_scan([p for _, ps in entries for p in ps])
    dispatch = StartDispatch(pattern, entries)
    for text in ["new tariffs on steel and quotas", "a 25% tariff; Korean cars; steel tariffs", "TARIFF ON STEEL", "Steel"]:
        assert _spans(finditer_from_starts(pattern, starts, text, dispatch)) == _spans(pattern.finditer(text)), text
    # only the patterns that can start with "ta" (and the untold one) are in the pattern tried at "tariffs"
    restricted = dispatch.by_key["ta"].pattern
    assert "tariffs? on steel" in restricted and "[A-Z][a-z]+an" in restricted
    assert "quotas?" not in restricted and "steel" not in restricted.replace("tariffs? on steel", "")


def test_no_pattern_can_start_there_falls_back_to_the_whole_pattern():
    entries = [("e0", ["tariffs?"])]
    pattern = re.compile(r"(?<![\w-])(?:(?P<e0>tariffs?))(?![\w-])", re.IGNORECASE)
    dispatch = StartDispatch(pattern, entries)
    assert dispatch.match("quota", 0) is None
    assert dispatch.by_key["qu"] is None
    assert dispatch.match("Tariff", 0).span() == (0, 6)


def test_cue_matches_equal_the_cue_pattern():
    # the match made at the scan's form is the cue pattern's own: span, text and group
    lexicon = commitments._lexicon()
    for text in TEXTS + ["Suspend the duties; the parties will negotiate and agreed to cut, roll back and phase out tariffs.",
                         "It will not impose, raise or maintain quotas — lift-off; re-imposed; 'cut' (cut)."]:
        for variant in (text, text.upper(), text.lower()):
            expected = [(m.span(), m.group(0), m.groups()) for m in lexicon.cue_pattern.finditer(variant)]
            assert [(m.span(), m.group(0), m.groups()) for m in commitments._scan_cues(variant)] == expected, variant


def test_start_of_a_group_with_its_own_flags_is_told():
    from pipeline.actors import _start_characters
    # (a case-sensitive group inside the case-insensitive lexicon: read from its two-character beginnings)
    assert _start_characters("(?-i:discussions)") == {"d"}
    assert _start_characters("(?:(?-i:U\\.S\\.|US)|foreign) firms") == {"u", "f"}
    assert _start_characters("(?-i:[A-Z][a-z]+an) cars") == {""}  # still untold: tried at every word start
    scan = word_start_scan(["(?-i:discussions)", "tariffs?"])
    assert [m.start() for m in scan.finditer(" new discussions on tariffs")] == [4, 19]  # (the character before each start)
