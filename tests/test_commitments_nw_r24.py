"""Round 24: wrong fields and extra rows in the news — our own sentences, the rows a user would see."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2026, 11, 20)


def story(*paragraphs: str, title: str = "Trade round-up", kinds=None):
    """Rows of a bylined story (the news register) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["A. Reporter"], kinds=kinds)


def rows(found) -> list[tuple]:
    """(actor, category, action, new level, old level) of each row, sorted."""
    return sorted((r.actor or "", r.category, r.action, r.value_to, r.value_from) for r in found)


# 1. A tariff told as a range ("of up to X", "of between A and X") that a later paragraph or list breaks down rate
# by rate is stated by those rates (guide rules 6, 7): no row of its own at the top figure.
RANGE_LEAD = ("LIMA, Nov 20 (Andes Desk) - Peru will impose anti-dumping duties of up to 41.2 per cent on steel wire "
              "from China and Vietnam for five years, the trade ministry said on Friday.")
BREAKDOWN = ("In its final ruling, the ministry set a duty of 17.5% on shipments from Hanoi Wire, 22.4% on Saigon "
             "Steel and 41.2% on all other exporters.")


def test_a_range_lead_broken_down_by_a_later_paragraph_gives_no_row_of_its_own():
    found = story(RANGE_LEAD, BREAKDOWN, "Local mills had asked for more.")
    assert not [r for r in found if r.evidence.startswith("LIMA")]
    assert ("PER", "tariff", "impose", 17.5, None) in rows(found)  # the breakdown's own rows, where their figures are


def test_a_between_range_broken_down_by_a_list_of_items():
    found = story("ACCRA, Nov 20 (Coastline) - Ghana will charge extra duties of between 5% and 30% on some 600 million "
                  "dollars of goods from the European Union from January 1, the finance ministry said.",
                  "The ministry's notice sets out the following rates:",
                  "30% on sparkling wine and spirits;", "12% on processed cheese;", "5% on tinned tomatoes.",
                  kinds=["paragraph", "paragraph", "list_item", "list_item", "list_item"])
    assert not [r for r in found if r.evidence.startswith("ACCRA") and r.value_to == 30.0]


def test_a_range_no_later_paragraph_breaks_down_keeps_its_top_figure():
    found = story(RANGE_LEAD, "Exporters in Hanoi said they would appeal.")
    assert ("PER", "tariff", "impose", 41.2, None) in rows(found)


def test_a_top_figure_told_again_alone_is_the_same_threat_not_its_parts():
    found = story("OSLO, Nov 20 (Fjord Wire) - Washington warned Norway it could slap tariffs of up to 30 per cent on "
                  "Norwegian salmon unless the levy on American tech firms was withdrawn.",
                  "Analysts said a tariff of 30 per cent on salmon would cost the industry dearly; the tech levy "
                  "itself takes 2 per cent of revenue.")
    assert [r for r in found if r.evidence.startswith("OSLO") and r.value_to == 30.0]


# 2. "lift" whose object is a trade flow itself grows a quantity (no row); ending or pausing imports themselves is a
# restriction on imports.
def test_lifting_exports_by_a_share_is_a_forecast_not_a_measure_lifted():
    assert story("Peru's trade minister said the pact could lift Peruvian exports to Korea by a quarter within five "
                 "years.") == []
    assert story("Korea's trade ministry has said the deal could lift Korean exports to Peru by up to a third over a "
                 "decade.") == []
    assert story("Lima says the step will lift demand for Korean cars.") == []


def test_lifting_a_ban_on_imports_stays_a_removal():
    assert rows(story("Peru will lift its ban on imports of Chilean poultry from March.")) == [
        ("PER", "import_restriction", "remove", None, None)]


def test_halting_imports_is_an_import_restriction():
    assert rows(story("Kenya halted sugar imports for ninety days in August to protect local millers.")) == [
        ("KEN", "import_restriction", "restrict", None, None)]
    assert rows(story("Japan will phase out imports of Russian coal by the end of 2028.")) == [
        ("JPN", "import_restriction", "restrict", None, None)]


def test_suspending_import_duties_stays_a_tariff_suspended():
    assert rows(story("Kenya will suspend its import duties on wheat for six months.")) == [
        ("KEN", "tariff", "suspend", None, None)]


# 3. Money "in lost sales" or "in ... sales now at risk" measures a harm: no purchase row.
def test_sales_lost_or_at_risk_are_no_purchase():
    found = story("Brazilian officials had sought relief from the 40% American tariff on beef, which they say has cost "
                  "their packers close to $2bn a year in lost sales.")
    assert not [r for r in found if r.category == "purchase"]
    found = story("Analysts in Lima estimated the duties would cost Chinese mills around 90 mln dollars a year, a "
                  "fraction of the roughly 1.5 bln dollars in Chinese wire sales now at risk.")
    assert not [r for r in found if r.category == "purchase"]


def test_purchases_worth_a_sum_stay_a_purchase():
    assert [r for r in story("Korea will make up to $2.1 billion annually in U.S. LNG purchases.")
            if r.category == "purchase" and r.actor == "KOR"]


# 4. A country named as its clause's subject is not the goods' origin for the dateline's levier.
def test_a_subject_country_before_a_determiner_keeps_its_measure():
    found = story("OTTAWA, Nov 20 (Maple Wire) - Canada and Japan agreed on Friday to widen their pork quota.",
                  "Japan imposed the pork safeguard in April after a jump in imports from the Americas.")
    assert [r.actor for r in found if r.evidence.startswith("Japan imposed")] in ([], ["JPN"])


# 5. A utility's or a club's price by whom it charges is no trade measure.
def test_utility_and_club_prices_are_no_rows():
    assert story("The water company said its household tariff will rise by 7.2 per cent from May.") == []
    assert story("The tariff for small business users rises by 6%.") == []
    assert story("The club's owners pledged to freeze the matchday tariff for pensioners at £8 next season.") == []


def test_a_tariff_on_a_partners_goods_stays_a_row():
    assert rows(story("Canada will raise its tariff on Chinese steel wire to 25 per cent from 10 per cent.")) == [
        ("CAN", "tariff", "raise", 25.0, 10.0)]


# 6. A ban on named goods followed by "exports" is the export side; an export permit is an export control.
def test_a_ban_on_goods_exports_is_an_export_control():
    assert rows(story("Pakistan extended its ban on sugar exports by another six months.")) == [
        ("PAK", "export_control", "extend", None, None)]
    assert rows(story("Chile will suspend for a year the export permit requirement it placed on lithium carbonate "
                      "shipments.")) == [("CHL", "export_control", "suspend", None, None)]


def test_a_ban_on_the_goods_themselves_stays_an_import_restriction():
    assert rows(story("Peru will keep its ban on GM maize from the United States.")) == [
        ("PER", "import_restriction", "maintain", None, None)]


# 7. A ministry's answer "would take necessary measures to protect the rights of its companies" names no measure.
def test_protecting_its_own_firms_rights_is_no_row():
    assert story("China's commerce ministry said it regretted the ruling and would take necessary measures to protect "
                 "the rights of its companies, without giving details.") == []
    assert story("Beijing said it would take the measures needed to protect the rights and interests of Chinese firms.") == []


def test_protecting_another_countrys_firms_is_not_ruled_out_by_the_answer_rule():
    from pipeline.commitments import _OWN_FIRMS_RIGHTS
    match = _OWN_FIRMS_RIGHTS.match(" the legitimate rights of American companies")
    assert match is not None and match.group("whose") == "American"  # kept unless the subject is the firms' own country


# 8. An industry body speaking (an association, a federation) comments: a rate its words name without an owner is
# no row of the story's levier.
def test_an_industry_association_comment_gives_no_rate_row():
    found = story("SEOUL, Nov 20 (Han Wire) - Korea and Peru signed a trade deal on Friday under which Seoul will cut its "
                  "tariff on Peruvian fishmeal to zero.",
                  "The Peruvian Fishmeal Exporters Association welcomed the deal but said a 12% surtax was still a burden.")
    assert rows(found) == [("KOR", "tariff", "remove", 0.0, None)]
    found = story("LIMA, Nov 20 (Andes Desk) - Peru and Korea signed a trade pact on Friday under which Lima will cut its "
                  "9% duty on Korean cars to zero over five years.",
                  "The Korea Automobile Manufacturers' Association welcomed the pact, saying the 9% duty had kept Korean "
                  "brands to a niche in the region.")
    assert rows(found) == [("PER", "tariff", "remove", 0.0, 9.0)]


def test_blocs_named_association_or_federation_still_act():
    from pipeline.commitments import _lexicon
    speakers = _lexicon().non_government
    assert not speakers.search("The Association of Southeast Asian Nations said it would cut tariffs on rice.")
    assert not speakers.search("The European Free Trade Association said it would cut tariffs on fish.")
    assert not speakers.search("The Russian Federation said it would keep its export quota on wheat.")
    assert speakers.search("The Peruvian Fishmeal Exporters Association said the surtax was a burden.")


# 9. A rate the page has just stated, named again by a definite comparative ("the lower rate", "the new tariffs"),
# that takes effect is that rate dated, not a second levy (convention 8).
def test_the_lower_rate_taking_effect_is_no_second_row():
    found = story("Lima cut the duty on Korean cars to 6% from 9% by decree in March 2025, and the lower rate took effect "
                  "in May of that year.")
    assert rows(found) == [("PER", "tariff", "reduce", 6.0, 9.0)]
    found = story("Peru will lift its tariff on Chinese steel wire to 25% from 10%.",
                  "The higher rate will take effect on March 1.")
    assert rows(found) == [("PER", "tariff", "raise", 25.0, 10.0)]


def test_a_rate_taking_effect_with_its_own_figure_stays_a_row():
    assert [r for r in story("Peru's 25% tariff on Chinese steel wire took effect on Monday.") if r.value_to == 25.0]


# 10. An agreement taking effect dates the measure told before it; it levies nothing itself.
def test_the_day_the_deal_takes_effect_is_no_levy():
    found = story("Lima, for its part, will eliminate tariffs on 95 per cent of Korean goods on the day the deal takes "
                  "effect.")
    assert rows(found) == [("PER", "tariff", "remove", None, None)]
    found = story("Peru would do away with its 9% duty on Korean cars from the day the pact takes effect.")
    assert rows(found) == [("PER", "tariff", "remove", None, 9.0)]


def test_a_tariff_taking_effect_stays_a_levy():
    assert [r for r in story("A 10% Peruvian tariff on Chinese steel wire takes effect on Monday.")
            if r.category == "tariff" and r.value_to == 10.0]


def test_the_duties_named_again_without_a_figure_taking_effect_are_no_second_row():
    found = story("Brazil published a list of U.S. goods that would face retaliatory duties, among them ethanol and wheat.",
                  "Finance Minister Ana Souza said the duties would only take effect if talks with Washington failed by "
                  "the end of March.")
    assert not [r for r in found if r.evidence.startswith("Finance Minister")]
