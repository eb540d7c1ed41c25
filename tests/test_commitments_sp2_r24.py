"""Round 24 speed, second pass: cheap tests before round 24's new readers and patterns, and the
word numbers tried once (behaviour, not timing: every answer is the one given before).
Our own wordings (no page's text)."""
import random
import re

from pipeline import commitments, quantities
from pipeline.commitments import extract_commitments
from pipeline.model import Commitment
from pipeline.parse import parse_document


def _row(**fields):
    base = dict(subject=None, evidence="", paragraph_index=0, char_start=0, char_end=0)
    return Commitment(**{**base, **fields})


def _rows(text):
    html = ("<html><head><title>Trade news</title></head><body><article><p>" + text
            + "</p></article></body></html>").encode()
    return [(r.actor, r.category, r.action, r.value_to, r.counterparty)
            for r in extract_commitments(parse_document(html, "sp2.html"))]


# the NUMBER of round 24 as it was written: the hundreds shape and the scale shape as two branches
_W, _S = quantities._WORD_NUMBER, quantities._SCALE_WORD
_TWO_BRANCHES = (
    r"(?:(?:" + quantities._DIGITS + r")(?:" + quantities._SCALE_GLUED + r"\b|(?:\s*|-)" + _S + r"\b)?"
    r"|(?:" + _W + r"|a|an)\s+hundred(?:\s+and)?[\s-]+" + _W + r"\b(?:\s+" + _S + r"\b)*"
    r"|(?:" + _W + r"|a|an)(?:\s+and\s+a\s+half)?(?:\s+" + _S + r"\b)+"
    r"|" + _W + r")")


def test_word_numbers_tried_once_give_the_two_branches_matches():
    words = ["twenty", "one", "a", "an", "hundred", "and", "half", "million", "billion", "seventy", "seven",
             "nineteen", "fifty", "-", "", "five", "per cent", "%", "tonnes", "units", "thousand", "Ninety", "A"]
    tails = [r"\s*(?:-\s*)?(?:%|per[\s-]?cent\b)", r"\b", r"\s+tonnes", r"", r"\s+hundred\s+units"]
    rng = random.Random(24)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    for tail in tails:
        before = re.compile("(?P<num>" + _TWO_BRANCHES + ")" + tail, re.IGNORECASE)
        after = re.compile("(?P<num>" + quantities.NUMBER + ")" + tail, re.IGNORECASE)
        for text in texts:
            assert [(m.span(), m.group("num")) for m in after.finditer(text)] == \
                   [(m.span(), m.group("num")) for m in before.finditer(text)], text


def test_word_numbers_with_hundreds_and_scales_keep_their_values():
    found = quantities.find_quantities("Ruritania will buy three hundred and fifty million tonnes of barley, "
                                       "one and a half billion dollars of parts and a hundred thousand cars.")
    values = [(q.value, q.kind) for q in found]
    assert (350e6, "tonnes") in values
    assert any(value == 1.5e9 for value, _ in values)
    assert any(value == 1e5 for value, _ in values)


def test_gapped_conjuncts_still_read_and_no_quantity_scan_without_a_tariff_row(monkeypatch):
    assert _rows("Portugal will impose a 25% tariff on cheese from Chile, 15% on wine and 10% on olive oil.") == [
        ("PRT", "tariff", "impose", 25.0, "CHL"), ("PRT", "tariff", "impose", 15.0, "CHL"),
        ("PRT", "tariff", "impose", 10.0, "CHL")]
    scanned = []
    monkeypatch.setattr(commitments, "find_quantities", lambda text: scanned.append(text) or [])
    row = _row(actor="PRT", category="purchase", action="purchase", value_to=12.0, unit="units")
    assert commitments._gapped_conjunct_rows("Portugal will buy 12 ships and 3 ferries.", [row], []) == []
    assert scanned == []  # (no tariff row to repeat: the sentence's quantities are not asked for)


def test_listed_origins_still_read_and_silent_without_a_tariff_row_on_the_first_origin():
    assert _rows("Peru imposed anti-dumping duties of 18% on steel pipes from Brazil, Chile and Mexico.") == [
        ("PER", "tariff", "impose", 18.0, "BRA"), ("PER", "tariff", "impose", 18.0, "CHL"),
        ("PER", "tariff", "impose", 18.0, "MEX")]
    row = _row(actor="PER", category="tariff", action="impose", value_to=18.0, unit="percent", counterparty=None)
    assert commitments._listed_origin_rows("Peru imposed duties of 18% on pipes from Brazil and Chile.", [row], []) == []


def test_range_top_with_and_without_its_words():
    ranged = _row(actor="NOR", category="tariff", action="impose", value_to=30.0, unit="percent",
                        evidence="Norway will impose duties of up to 30 per cent on aluminium foil from Turkey.")
    assert commitments._range_top(ranged) == (0.0, 30.0)
    between = _row(actor="NOR", category="tariff", action="impose", value_to=40.0, unit="percent",
                         evidence="Norway will impose duties of between 10% and 40% on foil.")
    assert commitments._range_top(between) == (10.0, 40.0)
    plain = _row(actor="NOR", category="tariff", action="impose", value_to=30.0, unit="percent",
                       evidence="Norway will impose duties of 30 per cent on aluminium foil from Turkey.")
    assert commitments._range_top(plain) is None
    assert _rows(plain.evidence) == [("NOR", "tariff", "impose", 30.0, "TUR")]


def test_halted_imports_and_hyphenated_modifiers_read_as_before():
    assert _rows("Kenya halted rice imports for 60 days.") == [("KEN", "import_restriction", "restrict", None, None)]
    assert _rows("Egypt will cut its anti-dumping levy on Turkish rebar to 5%.") == [
        ("EGY", "tariff", "reduce", 5.0, "TUR")]


_CHARGE_PAYERS_AS_WRITTEN = (
    r"\b(?:(?:trade\s+)?waste|water|sewerage|electricity|energy|power|gas|heating|feed-in|broadband|postal|parking|"
    r"tourist|tourism|hotel|congestion|transfer|tuition|entry|entrance|admission|ticket|licen[cs]e|membership|"
    r"collection|bin|school|court|legal|agency|signing|release|buy-?out|management|subscription|user|landing|toll|"
    r"salary|wage|squad|roster|phone|mobile|roaming|rail|bus|taxi|transit|"
    r"household|residential|domestic\s+(?:water|energy|electricity|gas)|matchday|season-ticket|off-peak|peak)")


def test_non_trade_charge_words_as_a_trie_match_as_the_alternation_did():
    pattern = commitments._NON_TRADE_CHARGE
    written = re.compile(_CHARGE_PAYERS_AS_WRITTEN + pattern.pattern[pattern.pattern.index("(?:\\s+(?:collection|bill"):],
                         re.IGNORECASE)
    words = list(commitments._NON_TRADE_CHARGE_PAYERS) + [
        "trade", "domestic", "Water", "fee", "fees", "tariff", "tariffs", "charge", "levy", "levies", "cap", "fare",
        "for", "users", "on", "stays", "tax", "the", "bill", "service", "-", "buy", "out", "off", "feed", "in", "peaks"]
    rng = random.Random(24)
    for _ in range(5000):
        text = rng.choice([" ", "  ", "-"]).join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        assert pattern.sub("#", text) == written.sub("#", text), text
    # our own sentences: a utility's price stays no trade measure, a duty on steel is one
    assert _rows("The city will raise its household water tariff by 8 per cent from July.") == []
    assert _rows("Brazil will raise its tariff on Chinese steel to 40 per cent.") != []


def test_trade_context_grouped_by_first_letter_tells_the_same_whether_it_matches():
    words = commitments._cue_data().get("trade_context") or []
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")\b", re.IGNORECASE)
    grouped = commitments._trade_context()
    sentences = ["The council agreed a new parking plan.", "Exports of wine rose.", "A cap-and-trade bill passed.",
                 "WTO members met.", "The subheadings were revised.", "Its ports reopened", "The tradesman left.",
                 "Firms hired more staff.", "The offset programs ended.", "Nothing of note happened today."]
    tokens = ["trade", "trading", "tariffs", "duties", "levies", "imported", "exporters", "goods", "commodity",
              "embargoes", "markets", "deal", "customs", "quota", "licenses", "supply chain", "ports", "shipments",
              "manufacturers", "industries", "companies", "headings", "subheading", "cap-and-trade", "x", "-", "the"]
    rng = random.Random(24)
    sentences += [rng.choice([" ", "-", ""]).join(rng.choice(tokens) for _ in range(rng.randint(1, 5)))
                  for _ in range(5000)]
    for sentence in sentences:
        assert (grouped.search(sentence) is None) == (plain.search(sentence) is None), sentence
