"""Round 25: rows a sentence reader made and an article-level merge then removed, our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story, order_commitments, tariff_levels

ON = datetime(2026, 11, 30)


story = partial(bylined_story, published_at=ON)
tariffs = tariff_levels


# A country's adjective in two rows' goods names whose goods they are, not which: two measures (convention 8 merges
# only a repeat of the same measure).
def test_a_figure_on_other_goods_of_the_same_partner_is_its_own_row():
    rows = story("NAIROBI - Kenya and Japan agreed on Monday to widen their trade accord, with Nairobi doing away "
                 "with its remaining duties on Japanese machine tools, officials said.",
                 "Kenya also agreed to waive its 4.5% levy on Japanese solar panels from next year.")
    found = tariffs(rows)
    assert ("KEN", "JPN", "remove", None, None) in found
    assert ("KEN", "JPN", "remove", 4.5, None) in found


def test_a_past_duty_on_other_goods_of_the_partner_stays_apart_from_a_figureless_measure():
    rows = story("SANTIAGO - Chile imposed a safeguard duty on Peruvian onions last year after a surge in shipments.",
                 "It slapped a 42.5% duty on Peruvian avocados in March 2021 and lifted it two years later.")
    imposed = [r for r in rows if r.category == "tariff" and r.action == "impose" and r.actor == "CHL"]
    assert sorted((r.value_to is not None, "avocados" in r.evidence) for r in imposed) == [(False, False), (True, True)]


# What must stay one row: the figure of the same goods told again (convention 8), partner words aside.
def test_the_figure_of_the_same_goods_is_still_the_lead_s_figure():
    rows = story("Turkey to halve its levy on Scotch whisky over five years",
                 "ANKARA - Turkey will cut its import duty on Scotch whisky to 35% from 70% over five years under "
                 "an upgraded deal signed with Britain on Thursday.")
    found = [t for t in tariffs(rows) if t[0] == "TUR"]
    assert len(found) == 1 and found[0][3:] == (70.0, 35.0)


def test_a_partner_word_alone_merges_nothing_and_adds_no_row_to_a_plain_repeat():
    rows = story("LIMA - Peru will scrap its duties on American wheat under the pact.",
                 "Peru will scrap its 6% duty on American wheat from January.")
    found = [t for t in tariffs(rows) if t[0] == "PER"]
    assert len(found) == 1 and found[0][3] == 6.0


# An order's recital of an earlier order by its number and date is a historical step (guide rule 5), not the
# order's own operative clause at the same level: two rows.
def test_the_operative_rate_is_not_merged_into_the_recital_of_the_earlier_order():
    rows = order_commitments([
        "Section 1. Background. In Executive Order 14257 of April 2, 2025, I imposed an additional ad valorem duty of "
        "10 percent on imports from all trading partners. In Executive Order 14330 of August 7, 2025, I set the "
        "additional ad valorem duty applicable to goods of Fiji at 15 percent.",
        "On October 2, 2026, the United States and Fiji concluded an Agreement on Reciprocal Trade.",
        "Sec. 2. Modification of Duties. (a) With respect to goods of Fiji entered for consumption on or after 12:01 "
        "a.m. eastern standard time on January 5, 2027, the combined rate of the general rate of duty and the "
        "additional ad valorem duty imposed under Executive Order 14257 shall not exceed 15 percent.",
    ], published_at=datetime(2026, 12, 1), title="Implementing the Agreement on Reciprocal Trade with Fiji",
        article_id="t-fiji")
    fifteen = [r for r in rows if r.category == "tariff" and r.value_to == 15.0]
    assert sorted((r.actor, r.counterparty, r.action, r.evidence.startswith("In Executive Order")) for r in fifteen) \
        == [("USA", "FJI", "impose", False), ("USA", "FJI", "impose", True)]


def test_the_level_kept_by_the_order_is_not_merged_into_the_recital_that_first_kept_it():
    rows = order_commitments([
        "Section 1. Background. In Executive Order 14420 of March 2, 2027, I suspended the increase for 90 days and "
        "directed that articles of Samoa remain subject to the 10 percent rate during that period.",
        "Sec. 2. Extension. The suspension is hereby extended through September 30, 2027. During that period, articles "
        "of Samoa shall continue to be subject to an additional ad valorem duty of 10 percent.",
    ], published_at=datetime(2027, 6, 1), title="Further Extending the Suspension of the Increased Duty on Samoa",
        article_id="t-samoa")
    kept = [r for r in rows if r.category == "tariff" and r.action == "maintain" and r.value_to == 10.0]
    assert sorted(r.evidence[:6] for r in kept) == ["During", "In Exe"]


def test_the_order_s_own_clause_told_twice_is_still_one_row():
    rows = order_commitments([
        "Sec. 2. Modification of Duties. (a) Goods of Fiji shall be subject to an additional ad valorem duty of "
        "15 percent.",
        "(b) The additional ad valorem duty of 15 percent on goods of Fiji shall apply from January 5, 2027.",
    ], published_at=datetime(2026, 12, 1), title="Modifying the Duty on Goods of Fiji", article_id="t-fiji2")
    assert len([r for r in rows if r.category == "tariff" and r.value_to == 15.0]) == 1
