"""Round 18 (stance): a demand that the other side change its own measure is a row of the measure's
owner, `proposed`, toward the party that asks (annotation guide, News set), whatever the demand verb.
Our own sentences (rates and dates are real-world-like, the wordings are ours)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 8, 12, 14, tzinfo=timezone.utc)


def _story(*paragraphs, title="Canada and the United States resume trade talks"):
    return commitments_from(list(paragraphs), published_at=ON, title=title, authors=["Ana Reyes"])


def _demands(rows):
    return sorted((r.actor, r.counterparty, r.category, r.action, r.value_from, r.status) for r in rows
                  if r.status in ("proposed", "rejected"))


# --- a change noun after a demand verb, the owner from the measure's slot ------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # owner named by a country name before the measure
    ("Ottawa wants relief from the 25% U.S. tariff on its steel.",
     ("USA", "CAN", "tariff", "reduce", 25.0, "proposed")),
    # the party asked stands between the verb and "for"
    ("OTTAWA, Aug 11 (Wire) - Canada will press Washington for the removal of the 50 per cent tariff on its "
     "aluminum when talks resume next week, the trade minister said.",
     ("USA", "CAN", "tariff", "remove", 50.0, "proposed")),
    # the owner told by the asker's own goods
    ("Ottawa is seeking an exemption from the 10% duty on its lumber exports.",
     ("USA", "CAN", "tariff", "remove", 10.0, "proposed")),
    # a noun demand
    ("Canada repeated its demand for the elimination of the 35% levy on Canadian cars.",
     ("USA", "CAN", "tariff", "remove", 35.0, "proposed")),
    # the measure named earlier, the demand by pronoun
    ("The order leaves the 40% duty in place on Canadian furniture, and Canadian officials said they would "
     "keep pushing for its removal.",
     ("USA", "CAN", "tariff", "remove", 40.0, "proposed")),
    # a request for a cut, the rate in words and figures
    ("Canadian negotiators are lobbying for a cut in the 15 per cent U.S. tariff on dairy equipment.",
     ("USA", "CAN", "tariff", "reduce", 15.0, "proposed")),
])
def test_a_change_demanded_is_the_owners_row(sentence, expected):
    assert expected in _demands(_story(sentence))


def test_a_price_named_makes_the_demand_conditional():
    rows = _story("Ottawa has offered to buy more U.S. corn but wants relief from the 19% rate on its own exports "
                  "in return.")
    demand = [r for r in rows if r.actor == "USA" and r.action == "reduce"]
    assert demand and demand[0].status == "proposed" and demand[0].conditional
    assert demand[0].value_from == 19.0 and demand[0].counterparty == "CAN"


# --- a party asked to act on its own measure --------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Ottawa has asked Washington to lift its 25% tariff on Canadian aluminum.",
     ("USA", "CAN", "tariff", "remove", 25.0, "proposed")),
    ("Canada urged the Trump administration to scrap the 35 percent duty on its cars.",
     ("USA", "CAN", "tariff", "remove", 35.0, "proposed")),
    ("Canadian ministers have pressed Washington to cut its 50% levy on Canadian steel.",
     ("USA", "CAN", "tariff", "reduce", 50.0, "proposed")),
])
def test_a_party_asked_to_change_its_measure_owns_the_row(sentence, expected):
    assert expected in _demands(_story(sentence))


# --- a measure wanted changed ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Negotiators will meet in the autumn to discuss Washington's tariffs on Canadian lumber, which Ottawa "
     "wants lowered.", ("USA", "CAN", "tariff", "reduce", None, "proposed")),
    ("Canada wants the U.S. duties on its dairy equipment scrapped.",
     ("USA", "CAN", "tariff", "remove", None, "proposed")),
])
def test_a_measure_wanted_changed_is_the_owners_row(sentence, expected):
    assert expected in _demands(_story(sentence))


def test_the_chain_row_of_a_demand_is_corrected_not_doubled():
    rows = _story("Canada is pressing for the removal of the U.S. duties on lumber.")
    assert [(r.actor, r.action, r.status) for r in rows if r.category == "tariff"] == [("USA", "remove", "proposed")]


def test_a_demand_turned_down_is_rejected():
    rows = _story("Washington has rejected Ottawa's demand for the removal of the 10% tariff on Canadian potash.")
    assert ("USA", "CAN", "tariff", "remove", 10.0, "rejected") in _demands(rows)


# --- precision: no party's measure, no row ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, title", [
    ("The union demanded a 5% pay rise and the removal of the overtime cap.", "Rail strike talks resume"),
    ("The club wants a cut in the transfer fee before the deadline.", "Striker's move stalls"),
    ("Ford is lobbying for an exemption from the steel tariffs.", "Carmakers count the cost of tariffs"),
    ("Analysts want the central bank to cut interest rates by half a point.", "Markets rally"),
    ("Farmers want relief from high fuel duty, the farm lobby said.", "Farm incomes fall"),
    ("Residents are calling for the removal of the parking charge.", "Council budget vote"),
])
def test_demands_of_no_party_on_no_trade_measure_give_no_row(sentence, title):
    rows = commitments_from([sentence], published_at=ON, title=title, authors=["Ana Reyes"])
    assert [r for r in rows if r.status == "proposed"] == []
