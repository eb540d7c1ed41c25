"""Round 8 (lead): fact sheets about home regulation (emission standards, wind leases, permits)
state no commitment to a trading partner; a rate in brackets after a party's name is its own."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

ON = datetime(2026, 3, 10, 15, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Grants Regulatory Relief to Protect American Smelters"


@pytest.mark.parametrize("sentence", [
    "He paused the expansion of windmills, recognizing their detrimental impact on birds.",
    "He suspended the expansion of offshore wind leases, recognizing the harm to fisheries.",
    "The Proclamation allows the plants named in it to comply with the EPA standards in place before the 2024 rule.",
])
def test_home_regulation_gives_no_row(sentence):
    rows = commitments_from(["President Trump has cut red tape for American energy producers.", sentence],
                            published_at=ON, title=TITLE)
    assert [(r.actor, r.category, r.action) for r in rows] == []


@pytest.mark.parametrize("sentence, expected", [
    # a trade word, a foreign party or an unnamed party keeps the row
    ("He paused the expansion of export restrictions on smelting equipment.", "export_control"),
    ("Japan will allow U.S. smelters to comply with the standards in place before 2024.", "market_access"),
])
def test_the_same_verbs_on_trade_keep_their_rows(sentence, expected):
    rows = commitments_from([sentence], published_at=ON, title=TITLE)
    assert expected in [r.category for r in rows]


# --- a rate in brackets after a party's name is that party's own ------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("For frozen beef, Norway charges 12%, while Japan (38.5%) and South Korea (40%) apply far higher duties.",
     {("JPN", 38.5), ("KOR", 40.0)}),
    ("Kenya (25 percent) and Ghana (20 percent) impose a higher tariff on rice than does the United States (3 percent).",
     {("KEN", 25.0), ("GHA", 20.0), ("USA", 3.0)}),
    ("On motorcycles, Thailand (60%), Vietnam (an average of 45%), and India (50%) impose higher tariffs.",
     {("THA", 60.0), ("VNM", 45.0), ("IND", 50.0)}),
])
def test_each_party_takes_the_rate_bracketed_after_its_name(sentence, expected):
    rows = commitments_from([sentence], published_at=ON, title="Reciprocal tariffs explained")
    bracketed = {(r.actor, r.value_to) for r in rows if r.category == "tariff"} & expected
    assert bracketed == expected


def test_rates_bracketed_after_the_partners_a_tariff_falls_on_stay_the_levying_partys():
    rows = commitments_from(["The United States will impose tariffs on Vietnam (46%) and Thailand (36%)."],
                            published_at=ON, title="Reciprocal tariffs explained")
    assert {r.actor for r in rows} == {"USA"}


# --- a tariff schedule's headings are tariff lines; continuing to suspend them is an extension ---

@pytest.mark.parametrize("sentence", [
    "(c) The HTSUS shall also be modified by continuing to suspend headings 9903.02.10 through 9903.02.40 until May 1, 2026.",
    "The order continues to suspend subheading 9903.04.15 for goods of Peru.",
])
def test_continuing_to_suspend_schedule_headings_extends_a_tariff_suspension(sentence):
    rows = commitments_from(["By the authority vested in me as President, it is hereby ordered:", sentence],
                            published_at=ON, title="Further Modifying the Reciprocal Tariff Rates")
    assert ("tariff", "extend") in [(r.category, r.action) for r in rows]
