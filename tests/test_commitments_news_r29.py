"""Round 29: news rows missed entirely, our own sentences."""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story

ON = datetime(2027, 11, 30)

story = partial(bylined_story, published_at=ON)


def rows_of(rows, category=None):
    """(actor, category, action) of the rows, sorted (of one category when given)."""
    return sorted((r.actor, r.category, r.action) for r in rows if category is None or r.category == category)


# A ban on a named partner's goods, the partner told by its adjective ("its ban on Ukrainian grain"): the goods
# enter the banning party, an import restriction (guide rule 13), like "its ban on imports of Ukrainian grain".
def test_ban_on_a_partners_goods_lifted():
    rows = story("Slovakia lifted its ban on Ukrainian grain on Monday after a deal with Kyiv on licences.")
    assert rows_of(rows) == [("SVK", "import_restriction", "remove")]


def test_ban_on_a_partners_goods_imposed():
    rows = story("Romania imposed a ban on Moldovan sunflower seed and honey until the end of the harvest.")
    assert rows_of(rows) == [("ROU", "import_restriction", "restrict")]


def test_ban_on_a_partners_goods_refused():
    rows = story("Bulgaria will not lift its ban on Turkish tomatoes this year, the farm minister said.")
    assert rows_of(rows) == [("BGR", "import_restriction", "remove")]
    assert rows[0].status == "rejected"


# Silent: a ban on people or firms of a nationality, and a ban on the goods' exports stays as it was read.
def test_ban_on_a_nationality_of_people_is_no_import_restriction():
    rows = story("Slovakia lifted its ban on Ukrainian students at its universities on Monday.")
    assert rows_of(rows, "import_restriction") == []


def test_ban_on_a_partners_exports_is_not_read_as_its_imports():
    rows = story("Slovakia will lift its ban on Slovak timber exports next month.")
    assert rows_of(rows, "import_restriction") == []


# The same goods after "bar" (round 14 read "bar" only with a trade noun: "barred imports of U.S. poultry").
def test_partners_goods_barred():
    rows = story("In 2019 Zambia barred Malawian and Mozambican sugar for six weeks over labelling rules.")
    assert rows_of(rows) == [("ZMB", "import_restriction", "restrict")]


def test_partners_goods_to_be_barred():
    rows = story("Zambia will bar Malawian sugar from next month, the trade minister said.")
    assert rows_of(rows) == [("ZMB", "import_restriction", "restrict")]


# Silent: people or firms of a country barred from something.
def test_partners_firms_barred_stay_silent():
    assert rows_of(story("Zambia barred Chinese firms from bidding for the copper contract.")) == []


def test_partners_officials_barred_stay_silent():
    assert rows_of(story("Zambia barred Malawian officials from the meeting in Lusaka.")) == []
