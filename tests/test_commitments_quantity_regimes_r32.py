"""Round 32 (QR): quantity regimes and checks on every shipment.

A volume cap told in the passive ("exports ... will be capped at N tonnes") or as a noun named by the flow it limits ("an
export ceiling of N tonnes", "a ceiling of N tonnes on imports of X"), and a check laid on every shipment ("customs officers
will inspect every shipment of X", "every consignment of X must be tested"). Our own sentences; each case asserts the rows a
user would see, and some must stay silent.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, levels_and_amounts, triples_in

ON = datetime(2027, 3, 1)


def story(*paragraphs: str):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title="Commodities round-up")


def rows_in(rows, text):
    """(actor, category, action, value_from, value_to, amount) of the rows read from the sentence holding ``text``."""
    return levels_and_amounts([r for r in rows if text in (r.evidence or "")])


# 1. A flow capped in the passive: the exporter's (or importer's) cap, its size in `amount`.
def test_exports_capped_in_the_passive_are_the_exporters_cap():
    text = "LIMA, March 1 (Wire) - Peru's mining ministry said zinc concentrate exports will be capped at 3 million tonnes next year."
    assert rows_in(story(text), text) == [("PER", "export_control", "restrict", None, None, 3_000_000.0)]


def test_total_exports_capped_take_the_storys_country():
    lead = "QUITO, March 1 (Wire) - Ecuador will let banana exporters ship again from April, the trade ministry said."
    text = ("Exporters will pay a fee on each box, and total exports between April and the end of the year will be "
            "capped at 400,000 tonnes.")
    assert rows_in(story(lead, text), text) == [("ECU", "export_control", "restrict", None, None, 400_000.0)]


def test_a_permit_and_a_cap_in_one_sentence_are_two_rows():
    text = ("LIMA, March 1 (Wire) - Peru will lift its ban on onion exports, although traders will need a permit for "
            "every consignment and total shipments will be capped at 50,000 tonnes.")
    assert rows_in(story(text), text) == [
        ("PER", "export_control", "remove", None, None, None),
        ("PER", "export_control", "restrict", None, None, 50_000.0),
        ("PER", "export_control", "restrict", None, None, None),
    ]


def test_imports_capped_in_the_passive_restrict_imports():
    text = "LIMA, March 1 (Wire) - Peru said wheat imports would be capped at 2 million tonnes a year under the decree."
    assert rows_in(story(text), text) == [("PER", "import_restriction", "restrict", None, None, 2_000_000.0)]


# 2. A ceiling named by the flow it limits.
def test_a_ceiling_on_imports_of_goods_restricts_imports():
    text = "LIMA, March 1 (Wire) - Peru announced a ceiling of 300,000 tonnes on imports of onions."
    assert rows_in(story(text), text) == [("PER", "import_restriction", "restrict", None, None, 300_000.0)]


def test_an_export_ceiling_set_is_an_export_control():
    text = "LIMA, March 1 (Wire) - Peru set a ceiling of 3 mln tonnes on fishmeal exports."
    assert rows_in(story(text), text) == [("PER", "export_control", "restrict", None, None, 3_000_000.0)]


def test_an_export_cap_imposed_is_no_tariff():
    text = "LIMA, March 1 (Wire) - Peru will impose an export cap of 3 mln tonnes on fishmeal."
    assert rows_in(story(text), text) == [("PER", "export_control", "restrict", None, None, 3_000_000.0)]


def test_an_export_ceiling_put_to_the_cabinet_for_approval():
    text = ("BANGKOK, March 1 (Wire) - The minister said the government would ask the cabinet to approve a voluntary "
            "export ceiling of 6 mln tonnes.")
    assert rows_in(story(text), text) == [("THA", "export_control", "restrict", None, None, 6_000_000.0)]


# 3. Checks laid on every shipment: the border's country restricts imports; every shipment leaving, the exporter.
def test_customs_officers_inspect_every_shipment():
    text = ("BANGKOK, March 1 (Wire) - Customs officers will inspect every shipment of imported shoes at the border "
            "from June, up from spot checks, after some were found to contain banned dyes.")
    assert triples_in(story(text), text) == [("THA", "import_restriction", "restrict")]


def test_customs_will_open_and_inspect_every_container():
    text = "MANILA, March 1 (Wire) - From June, the customs bureau will open and inspect every container declared as fish."
    assert triples_in(story(text), text) == [("PHL", "import_restriction", "restrict")]


def test_every_consignment_must_be_tested_is_the_importers_check():
    text = ("LIMA, March 1 (Wire) - Peru's customs agency said every container of Chilean grapes must now be tested "
            "for pesticides at the port.")
    assert triples_in(story(text), text) == [("PER", "import_restriction", "restrict")]


def test_every_shipment_bound_abroad_tested_is_the_exporters_check():
    text = ("LIMA, March 1 (Wire) - Every shipment of Peruvian avocados bound for China must be tested for fruit "
            "flies, the ministry said.")
    assert triples_in(story(text), text) == [("PER", "export_control", "restrict")]


# Negatives: no flow capped, a rate capped, checks that are no measure.
def test_a_duty_window_capped_names_no_flow_and_stays_silent():
    text = "LIMA, March 1 (Wire) - Last year's duty-free window was capped at 700,000 tonnes."
    assert triples_in(story(text), text) == []


def test_exports_capped_in_a_relative_clause_stay_silent():
    text = "LIMA, March 1 (Wire) - Onion exports, which were capped at 50,000 tonnes last year, rose sharply."
    assert triples_in(story(text), text) == []


def test_a_ceiling_on_spending_is_no_trade_measure():
    text = "LIMA, March 1 (Wire) - Peru announced a ceiling of 40 million soles on campaign spending."
    assert triples_in(story(text), text) == []


def test_a_shipment_found_clean_is_no_check_laid():
    text = "LIMA, March 1 (Wire) - Every container was inspected and found clean, officials said."
    assert triples_in(story(text), text) == []


def test_a_firm_checking_its_own_batches_is_no_measure():
    text = "LIMA, March 1 (Wire) - The retailer said it checks every batch of its coffee for quality."
    assert triples_in(story(text), text) == []


def test_official_page_inspection_is_the_signing_governments():
    text = ("The Food Safety and Inspection Service will inspect every container of imported shrimp at the port, "
            "instead of one in five.")
    rows = commitments_from(["President Trump signed a proclamation adjusting imports of shrimp.", text],
                            published_at=ON, title="Fact Sheet: President Donald J. Trump Adjusts Imports of Shrimp")
    assert triples_in(rows, text) == [("USA", "import_restriction", "restrict")]
