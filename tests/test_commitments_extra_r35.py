"""Round 35 (issue 4), XE: extra rows — a company's fee called a "tariff" on a local-news decoy page.

A carrier's, a collecting society's or a courier's price list is a "tariff" in ordinary English ("will cut the tariff
it charges small shops for ...", "the tariff they pay to stream music in ...", "its published tariff on the
Shanghai–Rotterdam route", "freight tariffs"): no state measure, no row (guide rule 1, company prices; decoy pages).
``_SERVICE_TARIFF`` / ``_SERVICE_TARIFF_WORDS`` widen with "freight" and "published" before the word, and
``_TARIFF_AS_FEE`` reads the fee told by its payer after it ("tariff it charges <customer>", "tariff they pay to ...");
a duty is charged *on* goods, or levied, so "the tariff it charges on imported cars" and "the tariff it levies on ..."
keep their row, as does any sentence with a trade word (``_TRADE_CHARGE``). Our own sentences only.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from, triples

ON = datetime(2027, 5, 4)


def story(sentence: str, lead: str, title: str):
    """Rows of a two-paragraph bylined story whose second paragraph is ``sentence`` (rows of that sentence only)."""
    return [r for r in commitments_from([lead, sentence], published_at=ON, title=title, authors=["A Writer"])
            if r.evidence == sentence]


FEE_LEAD = "Shopkeepers in the north have welcomed a new agreement with their main delivery partner, announced on Monday."
FEE_TITLE = "Couriers cut prices for small shops"

# a company's fee called a tariff: no row
COMPANY_FEES = [
    "Swiftbox, the Glasgow-based courier, will cut the tariff it charges independent retailers for sending parcels "
    "to France by 9 per cent from June.",
    "The Danish operator will trim freight tariffs on its Mexican services by 4 per cent next quarter.",
    "Poland's Baltic Feeder Lines said it would raise its published tariff on the Gdansk–Hamburg route by 6 per cent "
    "from August.",
    "The Irish hospital trust will cut the tariff that it charges visitors for overnight stays by a third.",
    "Spanish farmers' markets will pay less after the operator agreed to reduce the tariff they pay for a stall by "
    "10 per cent.",
    "Japan's biggest shipping line will cut its published tariff for reefer containers on Asia–Europe sailings by 8 "
    "per cent.",
    "A Canadian courier will cut the tariff it charges small shops for sending parcels to the United States by 7 per "
    "cent.",
    # silent on the base already (no owner read): kept silent
    "Italy's cinema chains have struck a deal with the collecting society that will lower the tariff they pay to "
    "screen adverts before films by a fifth.",
]

# near-misses: a duty charged on goods, a levy, or a trade word beside the fee — the row stays
DUTIES_KEPT = [
    ("Indonesia will cut the tariff it charges on imported American motorcycles to 10 per cent from 40 per cent.",
     ("IDN", "tariff", "reduce")),
    ("Canada will halve the tariff it levies on Chinese electric vehicles from September.",
     ("CAN", "tariff", "reduce")),
    ("Mexico will raise import duties and freight tariffs on Chinese steel to 25 per cent from August.",
     ("MEX", "tariff", "raise")),
    ("Vietnam will cut the tariff it charges on U.S. ethanol to 5 per cent under the agreement.",
     ("VNM", "tariff", "reduce")),
    ("Turkey will raise the published tariff on U.S. rice imports to 45 per cent.", ("TUR", "tariff", "raise")),
]


@pytest.mark.parametrize("sentence", COMPANY_FEES)
def test_a_company_fee_called_a_tariff_gives_no_row(sentence):
    assert triples(story(sentence, FEE_LEAD, FEE_TITLE)) == []


LEAD = "Trade ministers from Asia and the Americas met in Lima on Friday to discuss market access."


@pytest.mark.parametrize("sentence, expected", DUTIES_KEPT)
def test_a_duty_charged_on_goods_keeps_its_row(sentence, expected):
    assert expected in triples(story(sentence, LEAD, "Tariff round-up"))
