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


# Controls or screening the parties work out together are talks on that measure (guide rule 15; Round 26: cooperation on
# screening investments is `investment` `negotiate`; mutual alignment is `export_control` `negotiate`), not one party's
# own step; one party aligning with the other's controls stays `enforce`, strengthening its own screening `restrict`
JOINT_CONTROLS = [
    ("Kenya will work with the United States to screen foreign acquisitions of its ports and data networks.",
     [("KEN", "investment", "negotiate")]),
    ("Panama and the United States will work together to screen inbound investment in canal logistics for security risks.",
     [("PAN", "investment", "negotiate"), ("USA", "investment", "negotiate")]),
    ("Estonia and the United States will align their export controls on quantum computing equipment.",
     [("EST", "export_control", "negotiate"), ("USA", "export_control", "negotiate")]),
    ("Each Party shall harmonize its export controls with those of the other Party on dual-use items.",
     [(None, "export_control", "negotiate")]),
    ("Under the framework, Tonga will cooperate closely with Washington to review foreign investments in its telecommunications sector.",
     [("TON", "investment", "negotiate")]),
    ("To guard supply chains, Uruguay is to work jointly with the United States to screen investments in lithium processing.",
     [("URY", "investment", "negotiate")]),
    ("Finland and the United States intend to align their export controls on advanced semiconductor tools.",
     [("FIN", "export_control", "negotiate"), ("USA", "export_control", "negotiate")]),
]


@pytest.mark.parametrize("sentence, expected", JOINT_CONTROLS)
def test_controls_worked_out_together_are_talks(sentence, expected):
    rows = commitments_from([sentence], published_at=WHEN, title="Joint Statement on a framework for an agreement")
    got = sorted((r.actor, r.category, r.action) for r in rows if r.category in ("export_control", "investment"))
    assert got == sorted(expected, key=lambda t: (t[0] or "", t[1], t[2])), got


@pytest.mark.parametrize("sentence, actor", [
    ("Argentina will align its export controls with those of the United States.", "ARG"),
    ("Fiji will partner with the United States to bring its controls on sensitive exports into line with those of the "
     "United States.", "FJI"),
])
def test_one_party_aligning_with_the_others_controls_stays_enforce(sentence, actor):
    rows = commitments_from([sentence], published_at=WHEN, title="Joint Statement on a framework for an agreement")
    assert [(r.actor, r.category, r.action) for r in rows] == [(actor, "export_control", "enforce")]


def test_a_partys_own_screening_stays_restrict():
    rows = commitments_from(["Korea will strengthen its screening of inbound investment in semiconductors, and it will screen "
                             "foreign acquisitions of chip designers."],
                            published_at=WHEN, title="Joint Statement on a framework for an agreement")
    assert {(r.actor, r.category, r.action) for r in rows} == {("KOR", "investment", "restrict")}


def test_taking_up_the_others_controls_with_its_help_is_the_partys_own_step():
    # a partner adopting controls like the other's, even with its help, adopts them itself (guide rule 15: `restrict`)
    rows = commitments_from(["Chile intends to work with the United States to adopt export controls on advanced chips "
                             "consistent with those of the United States."],
                            published_at=WHEN, title="Joint Statement on a framework for an agreement")
    assert [(r.actor, r.category, r.action) for r in rows] == [("CHL", "export_control", "restrict")]
