"""Round 34 (WC): a charge named "fee", "cess" or "surcharge" is categorised by what it is for (guide: a percentage
charge with no service, a statistical tax, stays `tariff`; an export duty alone is `tariff`; a port surcharge waived is
`port_fees` `remove`), and a port fee stated in money carries its levels. The team's own sentences."""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story, commitments_from, rows_of

WHEN = datetime(2027, 6, 1, tzinfo=timezone.utc)


def official(sentence):
    return commitments_from([sentence], published_at=WHEN, title="Fact Sheet: a trade agreement")


def news(sentence):
    return bylined_story(sentence, published_at=WHEN)


def fields(rows):
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to, r.unit) for r in rows)


# a charge on goods with no service for it: a duty (guide: "a statistical tax stays tariff"; export duty alone: tariff)
DUTY_NAMED_FEE = [
    (official, "Senegal shall eliminate its 1.5 percent community solidarity fee on originating goods of the United States.",
     ("SEN", "tariff", "remove", 1.5, None, "percent")),
    (official, "Chad will also abolish the 2 percent statistical fee it charges on American goods.",
     ("TCD", "tariff", "remove", 2.0, None, "percent")),
    (official, "Togo shall exempt originating goods of the United States from the statistical fee of 1 percent that it collects on imports.",
     ("TGO", "tariff", "remove", 1.0, None, "percent")),
    (news, "Tanzania's finance ministry said it would waive the 2 per cent export cess on cashews sold to India.",
     ("TZA", "tariff", "remove", 2.0, None, "percent")),
    (news, "India will scrap the 10% agriculture infrastructure cess on almonds, the finance ministry said.",
     ("IND", "tariff", "remove", 10.0, None, "percent")),
]

# a charge for a service the port renders, named by the service or the place
PORT_FEE = [
    (official, "Djibouti will waive the terminal handling charge of USD 30 per container on U.S. cargo.",
     ("DJI", "port_fees", "remove", 30.0, None, "usd")),
    (official, "Cut the container scanning fee charged on U.S. cargo at the Port of Lome from $250 to $90 per container.",
     ("TGO", "port_fees", "reduce", 250.0, 90.0, "usd")),
    (official, "Gabon shall remove the harbour landing fees charged on U.S.-flagged fishing vessels.",
     ("GAB", "port_fees", "remove", None, None, None)),
    (official, "Cameroon agreed to scrap the wharfage fee it collects on American grain.",
     ("CMR", "port_fees", "remove", None, None, None)),
    (news, "Mauritania said it would cut its handling fee for cattle in transit by half, to $2 a head.",
     ("MRT", "port_fees", "reduce", None, 2.0, "usd")),
    (news, "Greenland agreed to waive harbour landing fees for U.S.-flagged research vessels for five years, officials said.",
     ("GRL", "port_fees", "remove", None, None, None)),
]


@pytest.mark.parametrize("read, sentence, expected", DUTY_NAMED_FEE + PORT_FEE)
def test_a_charge_is_categorised_by_what_it_is_for(read, sentence, expected):
    assert expected in fields(read(sentence)), fields(read(sentence))


def test_a_halved_cess_is_a_reduced_duty():
    # (the category and action; "halve its 1 per cent" still reads the rate as the new level, 2 -> 1: a values error)
    rows = news("Under the pact, Uganda is to halve its 1 per cent coffee cess on beans bound for China.")
    assert [(r.actor, r.category, r.action) for r in rows] == [("UGA", "tariff", "reduce")]


def test_a_fee_for_a_customs_formality_is_no_duty():
    # guide: a percentage fee for a service at the border is not a tariff, whatever its rate
    rows = official("The Bahamas shall waive the 1 percent customs processing fee on originating goods of the United States.")
    assert not [r for r in rows if r.category in ("tariff", "port_fees")], fields(rows)


def test_access_is_not_a_cess():
    # "access", "process" end in "cess": only the word itself is the levy
    rows = official("Ghana will improve access to its market for U.S. poultry and streamline the process for import permits.")
    assert not [r for r in rows if r.category == "tariff"], fields(rows)


def test_a_visa_fee_is_no_port_fee_nor_duty():
    rows = news("Brazil will cut the 5% visa fee it charges American tourists, the foreign ministry said.")
    assert not [r for r in rows if r.category in ("tariff", "port_fees")], fields(rows)
