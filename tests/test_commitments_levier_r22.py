"""Round 22, the levying party (issue 4): whose tariff a rate is. Our own sentences only.

- On a signed order's fact sheet, goods that pay a rate with a coordinated subject ("X, as well as Y,
  will pay 15%") pay the signing government's rate: the government the sentence before named levying
  is no payer of its own duty.
"""
from datetime import datetime

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2027, 3, 1)
FACT_SHEET = "Fact Sheet: President Donald J. Trump Adjusts Imports of {} to Protect National Security"
SIGNED = ("KEEPING AMERICA STRONG: Today, President Donald J. Trump signed a Proclamation imposing tariffs under "
          "Section 232 on imports of {}.")
PARTNERS = ("For the European Union and Japan, partners that have struck deals with the United States, the combined "
            "duty is capped at 15%.")


def _rate_rows(rows, level):
    return [r for r in rows if r.category == "tariff" and r.value_to == level]


@pytest.mark.parametrize("goods, first, second, level", [
    ("tyres", "Passenger tyres will face a 25% tariff starting March 1, 2027.",
     "Truck and bus tyres, as well as retreads, will pay 15%.", 15.0),
    ("kayaks", "Sea kayaks will face a 25% tariff from June 1.", "Canoes, like paddleboards, will pay 10 per cent.", 10.0),
    ("lamps", "Desk lamps will face a 25% tariff starting May 1.", "Floor lamps, but not bulbs, will pay 10%.", 10.0),
    ("hinges", "Door hinges will face a 25 percent tariff starting May 1.",
     "Latches, and the screws sold with them, will pay 12 percent.", 12.0),
    ("skis", "Alpine skis will face a 20% tariff starting May 1.", "Ski poles, as well as bindings, will pay 8%.", 8.0),
    ("harps", "Concert harps will face a 30% tariff from April 1, 2027.", "Harp strings, like tuning keys, will pay 5 percent.", 5.0),
])
def test_coordinated_goods_pay_the_signers_rate(goods, first, second, level):
    rows = commitments_from([SIGNED.format(goods), first, second, PARTNERS,
                             f"The European Union exported $2 billion of {goods} last year."],
                            published_at=ON, title=FACT_SHEET.format(goods.title()), article_id="r22-levier-fs")
    paid = [r for r in _rate_rows(rows, level) if r.evidence == second]
    assert paid and all(r.actor == "USA" and r.action == "impose" for r in paid), \
        [(r.actor, r.action, r.value_to) for r in paid]
