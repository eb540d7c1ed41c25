"""Round 31 (issue 4, XM): goods exempted from a measure named as the U.S. regime, on an official page.

A fact sheet's "Saffron and vanilla will be exempt from the reciprocal tariff", told after the sentence on the U.S. rate
for the partner's goods, was the partner's row: the passive exemption carried the party of the sentence before (the
United States) as the goods' payer, and the levier became the other party. The regime the goods are spared from names
whose measure it is (the reciprocal tariff, Section 232 duties: the U.S.'s, as round 16 read it for stories): the
United States removes, the partner is the counterparty.

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

from tests.commitment_text import commitments_from, levels_of

WHEN = datetime(2027, 5, 4, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Secures a Spice and Cocoa Agreement with Ghana"
HEADING = "WHAT THE UNITED STATES WILL DO"
US_RATE = "The United States will apply a reciprocal tariff of 10 percent on goods of Ghana, down from 15 percent."


def fact_sheet(*items):
    return commitments_from([HEADING, US_RATE, *items], published_at=WHEN, title=TITLE, levels=[2] + [1] * (len(items) + 1))


def test_goods_exempt_from_the_reciprocal_tariff_are_the_us_removal():
    rows = fact_sheet("Saffron, vanilla and other spices the United States cannot grow will be exempt from the "
                      "reciprocal tariff.")
    assert ("USA", "GHA", "tariff", "remove", None, None) in levels_of(rows)
    assert not [r for r in rows if r.actor == "GHA"]


def test_goods_exempted_from_section_232_duties_are_the_us_removal():
    rows = fact_sheet("Minerals which America cannot mine at home will be exempted from the Section 232 duties.")
    assert ("USA", "GHA", "tariff", "remove", None, None) in levels_of(rows)
    assert not [r for r in rows if r.actor == "GHA"]


def test_a_partners_own_duty_exemption_stays_the_partners():
    # no U.S. regime named: the exemption from the partner's own levy stays the partner's reading
    rows = commitments_from(["Ghana will exempt American wheat and rice from its 5 percent import levy."],
                            published_at=WHEN, title=TITLE)
    assert [r[:4] for r in levels_of(rows)] == [("GHA", "USA", "tariff", "remove")]


def test_an_exemption_from_a_requirement_is_no_tariff_row():
    rows = fact_sheet("Ghanaian cocoa exporters will be exempt from the registration requirement.")
    assert not [r for r in rows if r.category == "tariff" and r.action == "remove"]


def test_an_imperative_item_exempting_the_partners_goods_under_a_us_lead_is_the_us_removal():
    # the section's heading names the partner ("treatment for Ghana"); the goods are Ghana's, the reciprocal tariff the U.S.'s
    rows = commitments_from(
        ["Ghana will cut its tariff on U.S. ethanol from 10 percent to 5 percent.",
         "RECIPROCAL TREATMENT FOR GHANA: In recognition of these commitments, the United States will:",
         "Set the reciprocal tariff on goods of Ghana at 10 percent, down from the 15 percent rate applied since 2025.",
         "Exempt Ghanaian cocoa, shea butter and cashews from the reciprocal tariff."],
        published_at=WHEN, title=TITLE, levels=[0, 0, 1, 1])
    assert ("USA", "GHA", "tariff", "remove", None, None) in levels_of(rows)
    assert ("GHA", "USA", "tariff", "remove", None, None) not in levels_of(rows)


def test_a_partner_exempting_goods_from_its_own_levy_named_after_a_us_regime_stays_the_partners():
    # a counter-levy of the partner's own, told after the U.S. measure it answers, is the partner's
    rows = commitments_from(["Ghana will exempt American wheat from its retaliatory duties on U.S. goods."],
                            published_at=WHEN, title=TITLE)
    assert [r[:4] for r in levels_of(rows)] == [("GHA", "USA", "tariff", "remove")]
