"""Round 33 (SD): a tariff rise told on a page about its postponement is the step delayed, not a raise (guide: the
delay rule; the values are the rise's, from -> to). Our own sentences: the rise told as scheduled before
("had been scheduled to rise", "was slated to climb"), the rise governed by a verb of putting off ("postponed by one
year a planned hike", "will hold off ... on the next scheduled increase", "pushed the increase back"), the actor as a
capital, a ministry, a leader; negatives: a rise with no postponement, customs delays, a rise that went ahead."""
from datetime import datetime, timezone

from tests.commitment_text import bylined_story, commitments_from, levels_in, triples

DAY = datetime(2027, 9, 1, tzinfo=timezone.utc)
FACT_SHEET = "Fact Sheet: President Donald J. Trump Delays the Tariff Increase on Imported Bicycles"
LEAD = ("Today, President Donald J. Trump signed a Proclamation that defers, by six months, the planned increase in "
        "Section 232 tariffs on imported bicycles and bicycle frames.")


def _fact_sheet(*texts):
    return commitments_from([LEAD, *texts], published_at=DAY, title=FACT_SHEET)


def test_scheduled_rise_on_a_postponement_page_is_the_step_delayed():
    rows = _fact_sheet("The tariff on complete bicycles had been scheduled to rise from 20 percent to 40 percent on "
                       "March 1, 2028.")
    assert levels_in(rows, "complete bicycles") == [("USA", "tariff", "delay", 20.0, 40.0)]
    assert all(r.action == "delay" for r in rows), triples(rows)


def test_postponement_verb_with_a_duration_before_the_rise_gives_one_delay():
    rows = _fact_sheet()
    assert triples(rows) == [("USA", "tariff", "delay")]


def test_slated_rise_pushed_back_by_a_ministry():
    rows = bylined_story("The duty on imported ceramic tiles was slated to climb to 45 percent in April, but "
                         "Indonesia's trade ministry pushed the increase back to October.", published_at=DAY)
    assert levels_in(rows, "ceramic tiles") == [("IDN", "tariff", "delay", None, 45.0)]


def test_postponed_by_a_year_a_planned_hike():
    rows = bylined_story("India's finance ministry postponed by one year a planned hike in the import duty on gold "
                         "bars to 15 percent, officials said.", published_at=DAY)
    assert levels_in(rows, "gold bars") == [("IND", "tariff", "delay", None, 15.0)]


def test_capital_holds_off_on_the_next_scheduled_increase():
    rows = bylined_story("Ottawa will hold off for 90 days on the next scheduled increase in its surtax on Chinese "
                         "steel, Canada's finance minister said.", published_at=DAY)
    assert triples(rows) == [("CAN", "tariff", "delay")]


def test_planned_raise_delayed_is_one_row_with_its_level():
    rows = bylined_story("Brussels had planned to raise the duty on Russian fertiliser to 80 euros a tonne in July but "
                         "delayed the increase to January, the European Commission said.", published_at=DAY)
    assert levels_in(rows, "fertiliser") == [("EUN", "tariff", "delay", None, 80.0)]


def test_leader_delays_a_due_rise_from_one_rate_to_another():
    rows = bylined_story("The Philippines was due to lift its tariff on imported rice from 15 percent to 35 percent on "
                         "July 1, but President Marcos delayed the increase by six months.", published_at=DAY)
    assert levels_in(rows, "imported rice") == [("PHL", "tariff", "delay", 15.0, 35.0)]


# negatives: what stays a raise (or silent)

def test_rise_with_no_postponement_stays_a_raise():
    rows = bylined_story("The tariff on Chinese steel will rise from 25 percent to 50 percent on June 1, the Commerce "
                         "Department said.", published_at=DAY)
    assert levels_in(rows, "Chinese steel") == [("USA", "tariff", "raise", 25.0, 50.0)]


def test_customs_delays_are_no_postponement():
    rows = bylined_story("Customs delays at the border worsened after Mexico raised its tariff on Chinese steel to 30 "
                         "percent, traders said.", published_at=DAY)
    assert all(r.action != "delay" for r in rows), triples(rows)


def test_scheduled_rise_that_went_ahead_stays_a_raise():
    rows = bylined_story("Mexico's tariff on Chinese steel had been scheduled to rise to 30 percent on May 1, and it "
                         "did so, the economy ministry said.", published_at=DAY)
    assert [r.action for r in rows] == ["raise"]
