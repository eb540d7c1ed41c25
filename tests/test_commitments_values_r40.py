"""Round 40 (issue 4), VAL: the values of rows paired with the gold, and the action they decide.

The team's own sentences (never text from the shared or written pages).

- A rate named as the measure's own ("its 8 percent duty", "the 12 pct duty") that the clause ends, pauses or keeps
  paused is the level in force before the step: `value_from`, with the ending verb's action (conventions 4, 13 and 15),
  where the rate reader of passing rates read it as a duty imposed at that rate: a pause told with its period before
  the object ("suspends for 90 days the 12 pct duty"), a pause as a noun ("its suspension of the 18% tariff", "extends
  to March the suspension of the 90% duty"), a duty "no longer charged", goods taken "off the list of goods subject
  to its 30 per cent surcharge", a duty that "disappears".
- Left alone: a list of goods that "would face" a duty (a threat, no rate in force: convention 16), a duty still
  charged, a duty said not to disappear, a duty that stays in place beside another that ends.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 6, 1, tzinfo=timezone.utc)


def _rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


# a rate the clause ends or pauses: the earlier level, with the ending verb's action
@pytest.mark.parametrize("lead, text, expected", [
    ("SANTIAGO (Wire) - Chile moved on Friday to ease fertilizer prices.",
     "A decree published on Friday also suspends for 90 days the 12 pct duty on potash and urea, which farmers "
     "blamed for higher costs.",
     ("CHL", "tariff", "suspend", 12.0, None)),
    ("QUITO (Wire) - Ecuador acted on feed prices on Tuesday.",
     "A resolution of the trade committee suspends for six months the 20 percent tariff on imported soybean meal.",
     ("ECU", "tariff", "suspend", 20.0, None)),
    ("RABAT (Wire) - Morocco acted again on grain prices on Monday.",
     "A decree adopted by the cabinet extends to 31 March 2029 the suspension of the 90% import duty on durum wheat, "
     "which was due to lapse at the end of the month.",
     ("MAR", "tariff", "extend", 90.0, None)),
    ("CAIRO (Wire) - Egypt hit back at Ankara on Monday.",
     "A spokesman said Cairo had kept every promise made under the accord, including its suspension of the 18% "
     "additional tariff on Turkish goods.",
     ("EGY", "tariff", "suspend", 18.0, None)),
    ("LIMA (Wire) - Peru and Japan signed their trade pact on Monday.",
     "Peru's 12 per cent duty on Japanese motorcycles disappears when the pact takes effect.",
     ("PER", "tariff", "remove", 12.0, None)),
    ("ACCRA (Wire) - Ghana and Nigeria settled their cement dispute.",
     "Ghana's 20 percent duty on Nigerian cement will disappear in January under the deal.",
     ("GHA", "tariff", "remove", 20.0, None)),
    ("SEOUL (Wire) - Walnut growers in California welcomed the news.",
     "Since March, Seoul has no longer charged its 8 percent retaliatory duty on American walnuts.",
     ("KOR", "tariff", "remove", 8.0, None)),
    ("OTTAWA (Wire) - Chilean winemakers had lobbied for months.",
     "Ottawa took Chilean wine off the list of goods subject to its 30 per cent surcharge in May, after restaurants "
     "complained.",
     ("CAN", "tariff", "remove", 30.0, None)),
])
def test_a_rate_the_clause_ends_is_the_earlier_level(lead, text, expected):
    rows = _rows(lead, text)
    assert expected in rows, rows
    assert not any(r[0] == expected[0] and r[2] == "impose" and r[4] == expected[3] for r in rows), rows


# already read so at the base (kept): "no longer levies", a pause with its verb right before the object
@pytest.mark.parametrize("lead, text, expected", [
    ("HANOI (Wire) - Australian grain traders cheered on Monday.",
     "From Monday, Vietnam no longer levies its 5% tariff on Australian barley, the finance ministry said.",
     ("VNM", "tariff", "remove", 5.0, None)),
    ("NAIROBI (Wire) - Millers asked for relief.",
     "Kenya's treasury will suspend the 35 per cent duty on imported wheat for four months.",
     ("KEN", "tariff", "suspend", 35.0, None)),
])
def test_an_ending_verb_before_its_object_keeps_its_reading(lead, text, expected):
    assert expected in _rows(lead, text)


# near-misses: a threatened list, a duty still charged, one said not to disappear, one that stays in place
@pytest.mark.parametrize("lead, text, kept", [
    ("BRUSSELS (Wire) - The European Commission revised its retaliation plans.",
     "The Commission took Italian-made boats off the list of American products that would face a 25% duty if the "
     "talks fail.", 25.0),
    ("SEOUL (Wire) - Walnut growers in California are still waiting.",
     "Seoul still charges its 8 percent retaliatory duty on American walnuts.", 8.0),
    ("LIMA (Wire) - Exporters were gloomy.",
     "Exporters said Peru's 15 per cent duty on Thai shrimp would not disappear any time soon.", 15.0),
    ("OTTAWA (Wire) - Canada eased some duties this week.",
     "Canada no longer charges a tariff on Chilean wine, but its 30 per cent surcharge on Chilean pork stays in place.",
     30.0),
    ("MANILA (Wire) - Sugar refiners met the minister.",
     "The minister said the suspension of the 40 percent duty on raw sugar had not helped refiners.", 40.0),
])
def test_no_ending_row_where_the_rate_is_not_ended(lead, text, kept):
    rows = _rows(lead, text)
    assert not any(r[2] in ("remove", "suspend", "extend") and r[3] == kept for r in rows), rows


# a rate told against the goods' value ("of gross value", "of the reference price", "of the shipment value"): the ad
# valorem rate of the levy, read with the levels beside it (not a share of something)
@pytest.mark.parametrize("lead, text, expected", [
    ("KUALA LUMPUR (Wire) - Palm oil prices rose on Monday.",
     "Malaysia raised the levy on crude palm oil shipments to 9 per cent of the reference price from 7 per cent, the "
     "ministry said.",
     ("MYS", "tariff", "raise", 7.0, 9.0)),
    ("LUSAKA (Wire) - Zambia acted on copper on Monday.",
     "Until the ban takes effect, concentrate shippers will pay an export levy of 6% of gross value, up from 4%, the "
     "minister said.",
     ("ZMB", "tariff", "raise", 4.0, 6.0)),
    ("ACCRA (Wire) - Ghana acted on cocoa on Monday.",
     "Ghana will charge exporters of cocoa beans a duty of 2 pct to 4 pct of the shipment value from March 1, the "
     "ministry said.",
     ("GHA", "tariff", "impose", None, 4.0)),
])
def test_a_rate_of_the_goods_value_is_the_levys_rate(lead, text, expected):
    rows = _rows(lead, text)
    assert expected in rows, rows
    assert not any(r[0] == expected[0] and r[1] == "tariff" and r[4] is None and r != expected for r in rows), rows


# a share of exports is no rate: the levy's own rate only
def test_a_share_of_the_export_value_is_no_rate():
    rows = _rows("ASUNCION (Wire) - Paraguay set a soybean levy.",
                 "Soybeans make up 40 percent of the export value of Paraguay, and the new 5 percent levy on them takes "
                 "effect in May.")
    assert not any(40.0 in (r[3], r[4]) for r in rows), rows
