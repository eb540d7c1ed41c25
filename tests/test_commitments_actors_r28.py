"""Round 28: the row's party — a party that "continues to apply" a measure to goods levies it; the goods' country
only pays it. Our own sentences."""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import commitments_from

ON = datetime(2027, 11, 30)
TITLE = "Joint Statement on a Framework for an Agreement on Reciprocal Trade"


def tariff_rows(*paragraphs: str) -> list[tuple]:
    """(actor, counterparty, action, new level) of the tariff rows of a joint statement made of ``paragraphs``."""
    rows = commitments_from(list(paragraphs), published_at=ON, title=TITLE)
    return sorted((r.actor, r.counterparty, r.action, r.value_to) for r in rows if r.category == "tariff")


# --- the verb takes the measure as its object: its subject levies it ---------------------------------------------
def test_party_that_continues_to_apply_a_tariff_to_a_partners_goods_levies_it():
    assert tariff_rows("The United States will continue to apply a reciprocal tariff of 15 percent to originating "
                       "goods of Paraguay.") == [("USA", "PRY", "maintain", 15.0)]


def test_goods_named_before_the_measure_they_are_applied():
    assert tariff_rows("Under the framework, the United States will continue to apply to originating goods of Uruguay "
                       "the reciprocal tariff of 10 percent set out in Executive Order 14257.") \
        == [("USA", "URY", "maintain", 10.0)]


def test_the_measure_kept_and_the_removal_coordinated_with_it_share_the_levier():
    assert tariff_rows("The United States will continue to apply a reciprocal tariff of 10 percent on goods of "
                       "Mongolia, and intends to remove it on cashmere yarn.") \
        == [("USA", "MNG", "maintain", 10.0), ("USA", "MNG", "remove", None)]


def test_partner_that_continues_to_apply_its_own_tariff_keeps_it():
    # (the goods' country named in the object no longer takes the partner's own duty)
    assert tariff_rows("Paraguay will continue to apply its tariff of 6 percent to beef of the United States.") \
        == [("PRY", "USA", "maintain", 6.0)]


# --- negatives: what stays as it was ------------------------------------------------------------------------------


def test_measure_as_the_subject_is_still_read_intransitively():
    # no party applies anything here: the sentence's measure is the subject of "continue to apply"
    rows = tariff_rows("The section 301 tariffs on tiles of China will continue to apply.")
    assert [(action, level) for _, _, action, level in rows] == [("maintain", None)]


def test_rules_applied_to_goods_make_no_tariff_row():
    assert tariff_rows("The United States will continue to apply the rules of origin set out in Annex I to goods of "
                       "Paraguay.") == []
