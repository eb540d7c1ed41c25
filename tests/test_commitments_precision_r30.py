"""Round 30: a standing rate named in passing states no commitment, both registers (precision).

Goods that already enter a market duty-free (Round 29 review: a standing zero rate named in passing is no row), and
a current rate named beside a change of the same party's duty (Round 30 review: it is the change's value_from, not a
row of its own). Our own sentences; silent cases and kept rows.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, levels_and_amounts as rows

ON = datetime(2027, 11, 30)

PEPPER = ("HANOI, Nov 3 (Wire) - Vietnam will cut its tariff on Indian black pepper to 5% from 10% from January 1, the "
          "finance ministry said.")


def story(*paragraphs: str, title: str = "Trade round-up"):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return bylined_story(*paragraphs, published_at=ON, title=title)


def official(*paragraphs: str, title: str = "Fact Sheet: A New Trade Agreement"):
    """Rows of a government's page (no byline) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title)


def tariff_rows(found):
    return [r for r in rows(found) if r[1] == "tariff"]


# A standing zero rate: "already enter ... duty-free" in the main clause.
def test_goods_that_already_enter_duty_free_give_no_row():
    found = story(PEPPER, "Peruvian mangoes already enter the EU duty-free, but growers say the volumes are small.")
    assert rows(found) == [("VNM", "tariff", "reduce", 10.0, 5.0, None)]


def test_a_party_recalling_that_goods_already_enter_its_market_duty_free_gives_no_row():
    found = official("The United States and Paraguay signed a framework on critical minerals today.",
                     "Paraguay notes that nearly all U.S. goods already enter its market duty-free under the existing "
                     "agreement.")
    assert not tariff_rows(found)


# ... or ", which enter duty free" describing goods spared from another measure of the sentence.
def test_goods_spared_a_new_rate_which_enter_duty_free_give_no_row():
    found = story(PEPPER, "The new rate will not apply to bicycles from Chile or Peru, which enter duty free under "
                          "existing agreements.")
    assert rows(found) == [("VNM", "tariff", "reduce", 10.0, 5.0, None)]


# A current rate beside a change of the same party's duty: the change keeps its row, the current rate gives none.
def test_a_rate_already_taxed_beside_the_new_rate_gives_no_row_of_its_own():
    found = story("JAKARTA, Nov 3 (Wire) - Indonesia will raise its duties on Brazilian goods in retaliation, the trade "
                  "ministry said.",
                  "Brazilian coffee, already taxed at 40 percent, will be charged 60 percent from July, while duties on "
                  "Brazilian sugar will rise to 25 percent from 5 percent.")
    assert 40.0 not in [r[4] for r in tariff_rows(found)]


def test_a_rate_which_currently_applies_beside_a_duty_free_quota_gives_no_row_of_its_own():
    found = official("Peru will open a duty-free quota of 20,000 tonnes a year for Chilean apples, which currently pay "
                     "a 12% tariff.")
    assert [r for r in tariff_rows(found) if r[4] == 12.0] == []
    # (round 36) the current rate is the quota's value_from, as the written gold reads it (Brazil, Cambodia, EU-UAE and
    # EU-Morocco pages: "which now pays ... 10 percent" is `remove` 10 -> 0)
    assert ("PER", "tariff", "remove", 12.0, 0.0, None) in tariff_rows(found)


def test_a_rate_which_until_now_applied_beside_a_removal_gives_no_row_of_its_own():
    found = story("LIMA, Nov 3 (Wire) - Under the pact, Chile has removed its duties on most lines, including "
                  "Peruvian coffee, which until now paid 18 per cent.")
    assert tariff_rows(found) == [("CHL", "tariff", "remove", None, None, None)]


def test_a_duty_already_charged_under_a_new_step_gives_no_row_of_its_own():
    found = story("NAIROBI, Nov 3 (Wire) - Kenya's safeguard duty on washing machines will step down to 11% in the "
                  "second year, and applies on top of the 25% basic customs duty Kenya already charges on the "
                  "appliances.")
    assert 25.0 not in [r[4] for r in tariff_rows(found)]


# Kept: a rate in force told alone is a row (guide rule 4); a commitment to keep a zero rate is a row; a new rate.
def test_a_rate_already_paid_told_alone_keeps_its_row():
    found = story("ANKARA, Nov 3 (Wire) - Turkish goods already pay a 15 percent tariff when they enter the United "
                  "States.")
    assert ("USA", "tariff", "impose", None, 15.0, None) in tariff_rows(found)


def test_a_rate_currently_charged_told_alone_keeps_its_row():
    found = story("TOKYO, Nov 3 (Wire) - Japan currently charges 38.5% on most beef imports.")
    assert ("JPN", "tariff", "impose", None, 38.5, None) in tariff_rows(found)


def test_a_new_rate_after_the_rate_goods_have_entered_at_keeps_its_row():
    found = official("Imports of cobalt alloy from Peru, which have entered at 3 percent, will now pay 25 percent.")
    assert [r[4] for r in tariff_rows(found)] == [25.0]


def test_goods_that_will_enter_duty_free_keep_their_row():
    found = story("SANTIAGO, Nov 3 (Wire) - Laptops from Peru, which now pay 12%, will enter Chile duty-free from "
                  "March 1, the finance ministry said.")
    assert [r[2:5] for r in tariff_rows(found)] == [("remove", 12.0, 0.0)]


def test_a_duty_a_party_currently_levies_beside_its_phase_out_gives_no_row_of_its_own():
    found = commitments_from(
        ["Fiji shall:",
         "(a) phase out, in equal annual steps over five years from the date of entry into force, the 30 percent "
         "customs duty it currently levies on trucks of United States origin;",
         "(b) eliminate its customs duties on American apples."],
        published_at=ON, title="Agreement on Reciprocal Trade between the United States of America and the Republic "
                               "of Fiji")
    assert [r[2:5] for r in tariff_rows(found)] == [("remove", 30.0, None), ("remove", None, None)]
