"""Round 31: rows that state no commitment, both registers (precision).

A "tariff" whose level is a sum of money for a service (a ticket, an entry fee, a passenger charge) is a price, not a
trade measure (guide rule 1; decoy pages have no row), and talks dated only to a year before the page's, with nothing
that carries them on to now or later, are history told in passing (guide rule 2; convention 19 reads talks under way
or to come). Our own sentences; silent cases and kept rows.
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


def official(*paragraphs: str, title: str = "Readout: Trade Minister's Meeting"):
    """Rows of a government's page (no byline) made of ``paragraphs``."""
    return commitments_from(list(paragraphs), published_at=ON, title=title)


def talks(found):
    return [r for r in rows(found) if r[2] == "negotiate"]


# A tariff priced as a sum of money: a service's price list.
def test_a_club_tariff_that_falls_to_a_sum_of_money_gives_no_row():
    found = story("Runners in Britain's second-biggest road race will pay less next spring.",
                  "Under the deal, the reduced \"club tariff\" for members of running clubs falls to £39.",
                  title="Deal cuts entry tariff")
    assert rows(found) == []


def test_a_season_tariff_cut_by_a_share_to_a_sum_in_euros_gives_no_row():
    found = story("Under the deal struck in Bolzano, the student tariff for the winter will be cut by 10 per cent to "
                  "880 euros, and the season opens on December 6.", title="Ski passes deal in Italy")
    assert rows(found) == []


def test_a_tariff_on_goods_with_a_percentage_keeps_its_row():
    found = story(PEPPER, "Peru will lower its tariff on Brazilian rice to 4% from 9% next year, its trade ministry said.")
    assert ("PER", "tariff", "reduce", 9.0, 4.0, None) in rows(found)


def test_a_duty_told_per_tonne_is_no_price():
    found = story("Under the pact, Japan will cut its tariff on Australian wheat to $20 a tonne from $45 a tonne, the "
                  "trade ministry in Tokyo said.")
    assert [r[:3] for r in rows(found)] == [("JPN", "tariff", "reduce")]


# Talks dated only to a past year: history told in passing.
def test_talks_launched_in_a_past_year_give_no_row():
    found = official("Canada and Ecuador launched negotiations on a free trade agreement in 2025.",
                     "The two ministers will meet again in Quito in March to review the chapters on goods.")
    assert [r[:3] for r in talks(found)] == [("CAN", "diplomatic", "negotiate"), ("ECU", "diplomatic", "negotiate")]
    assert all(r.evidence.startswith("The two ministers") for r in found if r.action == "negotiate")


def test_talks_opened_then_stalled_years_ago_give_no_row():
    found = story(PEPPER, "Vietnam and Peru first opened negotiations in 2016 but talks stalled in 2018 over fishing "
                          "quotas.")
    assert rows(found) == [("VNM", "tariff", "reduce", 10.0, 5.0, None)]


def test_talks_frozen_since_a_past_year_and_restarted_keep_their_rows():
    found = story("Chile and Indonesia agreed on Monday to restart negotiations on a trade agreement, frozen since 2021.")
    assert [r[:3] for r in talks(found)] == [("CHL", "diplomatic", "negotiate"), ("IDN", "diplomatic", "negotiate")]


def test_talks_begun_in_a_past_year_that_will_go_on_keep_their_rows():
    found = story("Kenya and Ghana, which launched negotiations on a services pact in 2024, will hold the next round in "
                  "Accra in February, officials said.")
    assert [r[:3] for r in talks(found)] == [("GHA", "diplomatic", "negotiate"), ("KEN", "diplomatic", "negotiate")]


# Scope of a tariff told elsewhere (guide rule 3): a carve-out for goods a preference qualifies, goods that stay
# outside the duty, a duty paid only on part of a good's content.
WIDGETS = "Today, the President signed a Proclamation imposing a 30 percent tariff on imports of garden tools from China."


def fact_sheet(*paragraphs: str):
    return commitments_from([WIDGETS, *paragraphs], published_at=ON,
                            title="Fact Sheet: President Donald J. Trump Adjusts Imports of Garden Tools")


def rows_of_sentence(found, opening: str):
    return [r for r in rows(found) if any(f.evidence.startswith(opening) and (f.actor or "", f.category, f.action,
                                                                              f.value_from, f.value_to, f.amount) == r
                                          for f in found)]


def test_goods_a_preference_qualifies_that_remain_duty_free_give_no_row():
    found = fact_sheet("Tools that qualify for preferential treatment under the USMCA will remain duty free while the "
                       "review runs.")
    assert rows_of_sentence(found, "Tools that qualify") == []


def test_goods_that_remain_outside_the_scope_of_the_duties_give_no_row():
    found = fact_sheet("Hand trowels listed in the annex to the earlier order remain outside the scope of the new duties.")
    assert rows_of_sentence(found, "Hand trowels") == []


def test_a_duty_paid_only_on_part_of_the_content_gives_no_row():
    found = fact_sheet("Tools that qualify for preferential treatment under the United States–Mexico–Canada Agreement "
                       "will pay the tariff only on their non-U.S. content.",
                       "Parts that qualify for preferential treatment under the USMCA shall be subject to the duty only "
                       "on the value of their non-U.S. content.")
    assert rows_of_sentence(found, "Tools that qualify") == []
    assert rows_of_sentence(found, "Parts that qualify") == []


def test_goods_told_without_a_preference_that_remain_duty_free_keep_their_row():
    found = story("Kits imported by licensed local assemblers in Kenya will remain duty-free, the treasury said.")
    assert [r[:3] for r in rows(found)] == [("KEN", "tariff", "maintain")]
