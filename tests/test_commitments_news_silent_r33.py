"""Round 33: silent news sentences, our own sentences (NS).

A party letting trade flow, told in the shapes the round-30 reader did not take: "let <traders> export", "allow
<traders> to resume <goods> exports", a volume allowed "to be exported" / "to be imported" (guide: exports a party
allows are its export controls, rule 15; a non-tariff import volume allowed is `import_restriction` `relax` with the
size in `amount`; a volume cut from an earlier one is a tighter cap, `restrict`).
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.commitment_text import bylined_story, rows_of

ON = datetime(2027, 12, 1)

story = partial(bylined_story, published_at=ON)


def flows(rows):
    """(actor, category, action, amount) of the export_control / import_restriction rows, sorted."""
    return sorted((r.actor, r.category, r.action, r.amount) for r in rows
                  if r.category in ("export_control", "import_restriction"))


# The variation battery: the class in the shapes writers use (who is let, the volume before the flow, a clause before
# the subject, an aside, the capital or the ministry as the party, a resumption, a volume cut).
BATTERY = [
    ("Vietnam will let its traders export 400,000 tonnes of rice this year, the trade ministry said.",
     [("VNM", "export_control", "relax", 400000.0)]),
    ("Pakistan's cabinet agreed to let sugar mills export up to 250,000 tonnes before the crushing season.",
     [("PAK", "export_control", "relax", 250000.0)]),
    ("Thailand will allow 200,000 tonnes of white sugar to be exported before June.",
     [("THA", "export_control", "relax", 200000.0)]),
    ("The Philippines will allow 120,000 metric tons of refined sugar to be imported by food manufacturers.",
     [("PHL", "import_restriction", "relax", 120000.0)]),
    ("After a poor harvest, Egypt will permit 1.2 million tonnes of raw sugar to be imported in 2028.",
     [("EGY", "import_restriction", "relax", 1200000.0)]),
    ("Kazakhstan will allow flour millers and grain traders to resume wheat exports from March 1.",
     [("KAZ", "export_control", "remove", None)]),
    ("Ukraine said it would let grain traders resume corn exports next month.",
     [("UKR", "export_control", "remove", None)]),
    ("Indonesia will allow 150,000 tonnes of beef to be imported next year, down from 200,000 tonnes this year.",
     [("IDN", "import_restriction", "restrict", 150000.0)]),
    ("Under the new order, Bangladesh will allow 100,000 tonnes of onions to be imported from India.",
     [("BGD", "import_restriction", "relax", 100000.0)]),
    ("India, the food ministry said on Monday, will allow 500,000 tonnes of wheat to be exported.",
     [("IND", "export_control", "relax", 500000.0)]),
    ("Argentina will let meatpackers export beef cuts again after a 30-day halt.",
     [("ARG", "export_control", "remove", None)]),
    ("Moscow will allow traders and other resellers to resume diesel exports from January 1.",
     [("RUS", "export_control", "remove", None)]),
    # the passive: those let export are no party; the government is the country the subject names
    ("Sugar mills in Thailand will be allowed to export up to 300,000 tonnes this season.",
     [("THA", "export_control", "relax", 300000.0)]),
    ("Under the new rules, cement makers in Egypt will be allowed to keep exporting up to 1 million tonnes a year.",
     [("EGY", "export_control", "relax", 1000000.0)]),
    ("Kenyan tea exporters will be allowed to resume shipments to Iran next month.",
     [("KEN", "export_control", "remove", None)]),
    # only those a clause picks out may resume: the ban eased for some, not ended
    ("Indonesian miners that meet the domestic supply quota may be allowed to resume shipments from February.",
     [("IDN", "export_control", "relax", None)]),
]


@pytest.mark.parametrize("sentence,expected", BATTERY)
def test_trade_flow_a_party_allows(sentence, expected):
    assert flows(story(sentence)) == expected


def test_volume_allowed_in_carries_its_size():
    rows = story("The Philippines will allow 120,000 metric tons of refined sugar to be imported by food manufacturers.")
    assert [r for r in rows_of(rows) if r[1] == "import_restriction"] == [
        ("PHL", "import_restriction", "relax", None, 120000.0, "tonnes")]


# Negatives: what lets a flow with no party behind it, and a thing let out that is not goods, stay silent.
@pytest.mark.parametrize("sentence", [
    "The new app lets users export their photos and contacts to another phone.",
    "A bigger fleet lets the company export more cheaply, its chief executive said.",
    "The software will allow 200 files to be exported at once.",
    "Users will be allowed to export their photos to the new phone.",
])
def test_no_trade_flow_no_row(sentence):
    assert flows(story(sentence)) == []
