"""Round 36 (issue 4), PX: news precision — an outside voice's expectation or estimate read as a measure; palm oil's
HS code.

An analyst, a trader, a dealer or an importer who *expects* a step ("analysts expect further cuts to ...", "importers
in X, meanwhile, expect Y to consider lower duties ...", "dealers expected a rush of imports before the cut ...",
"importers also expect to purchase ..."), or commentators who open a sentence with their view or their estimate
("Analysts at X said the quota was close to ...", "Analysts at X put the value of the pledge at ..."), or a quote
labelled as an economist's ('"...," said Jane Doe, a trade economist at X') tell no party's commitment (guide rule 2;
Round 29 review: analysts' guesses stay no row; Round 7: "expect" is a forecast). ``_OUTSIDER_EXPECTS`` is widened
and ``_COMMENTATORS_OPEN`` added (both read in ``_outsider_view`` at the end of ``_article_commitments``);
``_outside_comment`` also reads the speaker told after the verb. A government that expects a partner to act, traders
who report a trade or a rate in force, buyers who have agreed to buy, and governments that expect to sign keep their
rows. Our own sentences only.

"crude palm oil" was coded 2709 (crude petroleum) because "crude" alone names crude oil: palm oil and its olein are
1511, and "crude" before a vegetable oil's name is not petroleum.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.products import hs_codes
from tests.commitment_text import commitments_from, triples

ON = datetime(2027, 5, 4)


def story(title: str, paragraphs: list[str], sentence: str):
    """Rows of a bylined story whose paragraphs end with ``sentence`` (rows of that sentence only)."""
    return [r for r in commitments_from([*paragraphs, sentence], published_at=ON, title=title, authors=["A Writer"])
            if r.evidence == sentence]


# (title, paragraphs before, sentence): an outside voice's expectation or estimate — no row (the first seven gave one on the base)
OUTSIDE_VIEWS = [
    ("Japan, Canada agree pork quota deal, halving tariff for Canadian farmers; beef left out",
     ["Japan and Canada agreed on Monday to let 200,000 tonnes of Canadian pork a year in at half the usual tariff."],
     "Analysts at Nordwall Bank said the 200,000 tonne quota was close to Canada's average annual shipments to Japan "
     "before 2019, and that they did not expect it to be filled this year given weak demand."),
    ("Chile, Argentina small bargains",
     ["Chile and Argentina have agreed on a handful of small tariff concessions."],
     "Wine importers in Chile, meanwhile, expect Santiago to consider lower duties on Argentine wine as part of any "
     "broader agreement, though officials have said nothing publicly."),
    ("Thai duty cuts on farm goods",
     ["Thailand will cut import duties on dozens of farm goods from July, the finance ministry said on Monday."],
     "Wine importers in Canada, meanwhile, expect Ottawa to consider lower duties on Chilean wine in the next round."),
    ("U.S. delays EU truck tariff rise",
     ["The United States will hold off on raising its tariff on European trucks to 35% from 25%."],
     '"The direct cost of a 25% truck tariff is small, but the threat of 35% is a message to the Parliament," said '
     'Jana Holt, a trade economist at Westmark in Oslo.'),
    ("Turkey, Qatar agree to trim silver quota in trade pact review",
     ["ANKARA, May 4 (Wire) —",
      "Turkey and Qatar have agreed to shrink the concessional tariff-rate quota for Qatari silver, two Turkish "
      "officials said on Wednesday.",
      "Turkey raised its basic customs duty on silver to 12% in March last year. Under the pact, Qatari silver within "
      "the quota is charged a point less."],
     "Jewellery makers in Istanbul said they feared a tighter quota would push up costs, while bullion dealers "
     "expected a rush of imports before the cut takes effect."),
    ("Thai duty cuts on farm goods",
     ["Thailand will cut import duties on dozens of farm goods from July, the finance ministry said on Monday."],
     "He expects freight rates to rise by a further 8 per cent before the summer."),
    ("Philippines, U.S. sign farm trade framework",
     ["The Philippines and the United States signed a farm trade framework in Manila on Monday."],
     "Filipino importers also expect to purchase about $1.5 billion of U.S. pork and poultry in 2029, according to "
     "private-sector estimates."),
    # silent on the base already (no party read): kept silent
    ("Thai duty cuts on farm goods",
     ["Thailand will cut import duties on dozens of farm goods from July, the finance ministry said on Monday."],
     "Economists at Harbour Street Research estimate the cuts will trim about 0.3 points from food inflation, and "
     "expect further reductions to duties on feed next year."),
]


@pytest.mark.parametrize("title, paragraphs, sentence", OUTSIDE_VIEWS)
def test_an_outside_voice_expectation_or_estimate_gives_no_row(title, paragraphs, sentence):
    assert triples(story(title, paragraphs, sentence)) == []


# near-misses: a government's expectation of a partner, traders telling a rate in force or a trade done, buyers who
# agreed to buy, governments that expect to sign, a minister's quote — the row stays
KEPT = [
    ("Beijing expects Washington to lower the tariffs it still charges on Chinese goods, a ministry spokesman said.",
     ("USA", "tariff", "reduce")),
    ("Traders said the 25% U.S. tariff on Mexican tomatoes, in force since July, continued to divert shipments to "
     "Canada.", ("USA", "tariff", "impose")),
    ("Korean buyers have agreed to purchase 2 million tonnes of U.S. wheat over the next three years.",
     ("KOR", "purchase", "purchase")),
    ("Both governments expect to sign the agreement before the end of June.", ("THA", "diplomatic", "negotiate")),
    ('"We will cut the duty on Thai trucks to 10% from January," said Jana Holt, Norway\'s trade minister.',
     ("NOR", "tariff", "reduce")),
]


@pytest.mark.parametrize("sentence, expected", KEPT)
def test_a_party_act_told_beside_an_expectation_keeps_its_row(sentence, expected):
    rows = story("Thai duty cuts on farm goods",
                 ["Thailand will cut import duties on dozens of farm goods from July, the finance ministry said on "
                  "Monday."], sentence)
    assert expected in triples(rows)


@pytest.mark.parametrize("phrase, codes", [
    ("crude palm oil", ["1511"]),
    ("palm oil", ["1511"]),
    ("refined palm olein", ["1511"]),
    ("crude soybean oil", []),
    ("crude sunflower oil", []),
    ("crude edible oils", []),
    ("crude oil", ["2709"]),
    ("Russian crude", ["2709"]),
])
def test_palm_oil_is_1511_and_crude_before_a_vegetable_oil_is_not_petroleum(phrase, codes):
    assert hs_codes(phrase) == codes


def test_a_palm_oil_levy_row_carries_1511():
    sentence = "Indonesia will cut its export levy on crude palm oil to 7.5% from 10% from June."
    rows = story("Indonesia trims palm oil levy", ["Indonesia announced a set of export measures on Monday."], sentence)
    assert rows and all("1511" in r.products and "2709" not in r.products for r in rows)
