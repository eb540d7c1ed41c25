"""Round 44 (issue 4), VAL3: paired rows right in actor, category and action but wrong in their values.

The team's own sentences (never text from the shared or written pages).

- A rise put off, told with no level ("postponed by three months a planned increase in its duties on X", "signed a
  Proclamation postponing the scheduled increase in the tariff on X"), then restated as the step in the next sentence
  or two that gives no row of its own ("The increase, from 10 percent to 20 percent, had been due ...", "The duty, now
  12 per cent, will rise to 30 per cent on ..."): the delay row takes both levels (guide: the delay rule; convention
  8), as round 21's restated levels give a cut or a raise told without its earlier level.
- Left alone: a next sentence with a row of its own (another measure), levels moving the other way (a cut told after a
  rise put off), a figure that is no duty's, a restatement past the next two sentences.
- A removal whose zero is another coordinated clause's ("triple the tariff-free quota for X ... and will scrap its 5pc
  duty on Y", "phase out its 12% tariff on X ... and to let in Y ... free of duty", "free goods from its 3 percent fee
  and will bring its duties on Z from 10 percent to zero"): the removal keeps its rate as `value_from` and no
  `value_to` (guide Round 34: no stated zero); a zero told of the same goods ("letting it in duty-free", "taking the
  rate to zero", "and let it in duty-free") stays.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story, commitments_from, levels_in

WHEN = datetime(2028, 5, 1, tzinfo=timezone.utc)


def _delays(rows):
    return sorted((r.actor, r.action, r.value_from, r.value_to) for r in rows if r.category == "tariff" and r.action == "delay")


# a rise put off, its levels told by the next sentence or two
@pytest.mark.parametrize("paragraphs, expected", [
    (["Canada on Monday put off by three months a planned increase in its duties on Chinese steel wire.",
      "The duty, now 12 per cent, will rise to 30 per cent on October 1 instead of July 1."],
     ("CAN", "delay", 12.0, 30.0)),
    (["The Philippines has postponed a scheduled rise in its tariff on imported pork.",
      "The increase, from 15 percent to 25 percent, had been due in June; it will now apply in December."],
     ("PHL", "delay", 15.0, 25.0)),
    (["Kenya has deferred a scheduled hike in its levy on imported sugar, the treasury said.",
      "The step-up, from 10 percent to 20 percent, will now take effect in 2029."],
     ("KEN", "delay", 10.0, 20.0)),
    (["Chile said on Friday it would postpone a planned increase in its tariff on Argentine beef.",
      "Officials gave no reason.", "The duty, now 6 percent, was to rise to 18 percent in July."],
     ("CHL", "delay", 6.0, 18.0)),
    (["Norway will push back by a year a planned increase in its duty on imported lamb.",
      "That duty, now 8 per cent, would have gone to 16 per cent in January."],
     ("NOR", "delay", 8.0, 16.0)),
])
def test_a_rise_put_off_takes_the_levels_its_restatement_gives(paragraphs, expected):
    rows = bylined_story(*paragraphs, published_at=WHEN)
    assert expected in _delays(rows), _delays(rows)


def test_an_order_fact_sheet_lead_takes_the_step_told_after_it():
    rows = commitments_from(
        ["Today, President Donald J. Trump signed a Proclamation postponing by three months the scheduled increase in the "
         "Section 232 tariff on imported ceramic tiles.",
         "The increase, from 10 percent to 20 percent, had been due to take effect on June 1, 2028; it will now apply from "
         "September 1, 2028."],
        published_at=WHEN, title="Fact Sheet: President Donald J. Trump Delays the Tariff Increase on Ceramic Tiles")
    assert ("USA", "delay", 10.0, 20.0) in _delays(rows), _delays(rows)


# near-misses: the next sentence is another measure with a row of its own, its levels move the other way, its figures
# are no duty's, or the step is told three sentences on
@pytest.mark.parametrize("paragraphs, sentence, expected", [
    (["Peru put off a planned rise in its duty on Chilean wine.",
      "The duty on Chilean pisco will fall from 20 percent to 10 percent in March, the ministry said."],
     "Peru put off", [("PER", "tariff", "delay", None, None)]),
    (["Brazil delayed a planned increase in its tariff on Argentine wheat.",
      "The tariff had been due to drop from 10 percent to 6 percent under the old schedule."],
     "Brazil delayed", [("BRA", "tariff", "delay", None, None)]),
    (["Vietnam postponed a planned increase in its tariff on American ethanol.",
      "Ethanol imports fell from 12 percent of supply to 9 percent last year."],
     "Vietnam postponed", [("VNM", "tariff", "delay", None, None)]),
    (["Chile said on Friday it would postpone a planned increase in its tariff on Argentine beef.",
      "Officials gave no reason.", "Ranchers welcomed the move.",
      "Beef prices rose from 6 percent above last year to 18 percent in July."],
     "Chile said", [("CHL", "tariff", "delay", None, None)]),
])
def test_no_levels_from_another_measure_or_the_other_way(paragraphs, sentence, expected):
    rows = bylined_story(*paragraphs, published_at=WHEN)
    assert levels_in(rows, sentence) == expected, levels_in(rows, sentence)


def test_a_cut_told_as_not_yet_due_keeps_its_own_row():
    rows = bylined_story("Indonesia postponed a planned cut in its import duty on Australian beef.",
                         "The duty had been due to fall from 5 percent to 2.5 percent in January.", published_at=WHEN)
    assert ("IDN", "delay", None, None) in _delays(rows), _delays(rows)


# a removal's zero told in another coordinated clause: no value_to
@pytest.mark.parametrize("text, expected", [
    ("In return, Japan will triple the tariff-free quota for Thai rice to 9,000 tonnes a year and will scrap its 5pc "
     "duty on Thai mangoes outright.", ("JPN", "tariff", "remove", 5.0, None)),
    ("Thailand agreed to phase out its 12% tariff on Australian beef over ten years and to let in 20,000 tonnes of "
     "Australian sugar a year free of duty.", ("THA", "tariff", "remove", 12.0, None)),
    ("Morocco said it would lift its 20 per cent duty on Spanish olive oil and to let in Spanish tomatoes tariff-free.",
     ("MAR", "tariff", "remove", 20.0, None)),
    ("Qatar, for its part, will free U.S. goods from its 3 percent port handling fee and will bring its duties on U.S. "
     "tractors from 10 percent to zero.", ("QAT", "tariff", "remove", 3.0, None)),
])
def test_a_zero_of_another_clause_is_no_level_of_the_removal(text, expected):
    rows = {(r.actor, r.category, r.action, r.value_from, r.value_to) for r in bylined_story(text, published_at=WHEN)}
    assert expected in rows, rows


# near-misses: the zero is where the removed duty's own goods go
@pytest.mark.parametrize("text, expected", [
    ("Ghana will scrap its 12 percent duty on American rice, letting it in duty-free from May.",
     ("GHA", "tariff", "remove", 12.0, 0.0)),
    ("Kenya will abolish its 25 percent duty on Ugandan maize, taking the rate to zero in July.",
     ("KEN", "tariff", "remove", 25.0, 0.0)),
    ("Peru will eliminate its 6 percent tariff on Chilean wine and let it in duty-free from June.",
     ("PER", "tariff", "remove", 6.0, 0.0)),
])
def test_a_zero_told_of_the_same_goods_stays(text, expected):
    rows = bylined_story(text, published_at=WHEN)
    assert levels_in(rows, text[:30]) == [expected], levels_in(rows, text[:30])


# shapes seen and not read this round
@pytest.mark.xfail(reason="the noun 'rise' after 'a planned' ends the delay's object, so its 'to 30 percent' is lost "
                          "(round 44: one page; 'a planned increase in ... to 30 percent' is read)", strict=True)
def test_a_planned_rise_to_a_level_in_the_delay_sentence():
    rows = bylined_story("Mexico will push back by 60 days a planned rise in its tariff on Korean pickup trucks to 30 "
                         "percent, the economy ministry said.", published_at=WHEN)
    assert ("MEX", "delay", None, 30.0) in _delays(rows), _delays(rows)


@pytest.mark.xfail(reason="a specific duty's step put off, in euros a tonne: the delay reads rates only (round 44: one "
                          "page)", strict=True)
def test_a_specific_duty_step_put_off():
    rows = bylined_story("Norway will hold off for three months on the next scheduled increase in its duty on Russian "
                         "urea, which was due to lift the charge to 70 euros a tonne from 45 euros on May 1.",
                         published_at=WHEN)
    assert ("NOR", "delay", 45.0, 70.0) in _delays(rows), _delays(rows)
