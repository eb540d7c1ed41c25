"""Round 33: rows that state no commitment of their own (precision).

A lobby's demand (an industry body, a farm group, a chamber of exporters) that a party act, or that a government press
another party to act, is no row: only a government's or a bloc's demand is a `proposed` row of the measure's owner
(guide: "a demand by an industry lobby, a farm union or a firm is no row"). A measure's past start told in a clause on
the measure a sentence changes is history in passing, no `impose` row. Our own sentences; silent cases and kept rows.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.commitment_text import commitments_from, triples

ON = datetime(2027, 3, 1)
LEAD = "The government of Chile cut its duty on wheat to 4 per cent from 6 per cent on Monday."


def story(sentence: str):
    """Rows of a two-paragraph story (a byline: the news register) whose second paragraph is ``sentence``."""
    return [r for r in commitments_from([LEAD, sentence], published_at=ON, title="Chile cuts wheat duty",
                                        authors=["A Writer"]) if r.evidence == sentence]


# the battery: our own wordings of the class (a chain of demands, a body's name, capitals, an aside, "said it would");
# these read a row on f980b29
LOBBY_DEMANDS = [
    "The Timber Federation, a lobby for sawmills, wants the administration to push Beijing to remove the tariff entirely.",
    "The Wine Council of Australia welcomed the decision but urged Canberra to press for the removal of China's levy.",
    "Dairy farmers want Wellington to push Tokyo to cut its cheese tariffs further.",
    "Exporters of frozen fish asked Hanoi to seek the removal of Korea's 20% duty on their shipments.",
    "Meanwhile the poultry producers' lobby wants Pretoria to raise the duty on Brazilian chicken to 62%.",
    "The Shoe Manufacturers' Union had lobbied for the tariff on imported footwear to be doubled.",
    "The Food Processors Chamber had asked for the import levy on sugar to be halved.",
]
# the rest of the battery, which f980b29 already left silent (kept silent)
ALREADY_SILENT = [
    "The Pistachio Growers Association said it would ask U.S. negotiators to press Ankara to scrap the remaining duty.",
    "The Chamber of Grain Exporters has urged the government to lobby Cairo to lift its ban on rice imports.",
    "The National Cattlemen's Association urged trade officials to persuade Seoul to end its age limit on beef.",
    "The Federation of Steel Importers called on Ottawa to suspend the surtax on Chinese coils.",
]


@pytest.mark.parametrize("sentence", LOBBY_DEMANDS + ALREADY_SILENT)
def test_a_lobbys_demand_is_no_row(sentence):
    assert story(sentence) == []


def test_a_governments_demand_keeps_its_proposed_row():
    found = story("The European Union asked China to cut its tariff on brandy to 10 per cent.")
    assert ("CHN", "tariff", "reduce") in triples(found)
    assert {r.status for r in found} == {"proposed"}


def test_a_state_between_the_lobby_and_the_demand_keeps_the_row():
    found = story("Under pressure from growers, the ministry asked Beijing to remove its duty on barley.")
    assert ("CHN", "tariff", "remove") in triples(found)
    found = story("Carmakers welcomed the cut, and Ottawa asked Washington to lower its tariff on trucks.")
    assert ("USA", "tariff", "reduce") in triples(found)


def test_a_bodys_name_that_is_a_state_is_no_lobby():
    found = story("China's State Council urged Washington to scrap its tariffs on Chinese steel.")
    assert ("USA", "tariff", "remove") in triples(found)


def test_a_measure_told_before_the_lobbys_demand_keeps_its_row():
    found = story("Canadian pork producers, hit by China's 25% duty on pork, have urged Ottawa to speed up talks with "
                  "Manila.")
    assert ("CHN", "tariff", "impose") in triples(found)


# A measure's past start told in a clause on the measure the sentence changes or keeps (a participle after a comma, a
# relative clause, dated in the past) is history in passing: the change is the row, not a second `impose` row.
PAST_STARTS = [
    "Chile will lift its ban on Argentine poultry, imposed in 2023 after an outbreak of bird flu, from March 1.",
    "Chile will keep its suspension of Bolivian beef imports, imposed in 2022 over foot-and-mouth concerns, until "
    "further notice.",
    "Chile will scrap the 12% safeguard duty it imposed on Chinese steel in April 2025.",
    "Chile will suspend for a year the 8% levy on imported fertiliser, first imposed in 2019.",
]
# the rest of the battery (f980b29 already read no `impose` row from them)
PAST_STARTS_ALREADY = [
    "The ministry also lifted the limits on copper exports that it imposed in February.",
    "Chile will remove the anti-dumping duties on Brazilian paper, which it introduced in 2024, from next month.",
    "From July, Chile will lift the ban it placed on Uruguayan rice in 2024.",
    "Chile will scrap the import licences, which were introduced in 2022, on Chinese tyres.",
    "Chile is ending the duty it imposed on Argentine wine two years ago.",
    "Chile will drop the quota on Argentine sugar that it set in 2021.",
]


@pytest.mark.parametrize("sentence", PAST_STARTS + PAST_STARTS_ALREADY)
def test_a_past_start_in_a_clause_is_no_impose_row(sentence):
    found = story(sentence)
    assert found, "the change itself keeps its row"
    assert all(r.action != "impose" for r in found)


def test_a_past_measure_told_in_the_main_clause_keeps_its_row():
    assert ("CHL", "tariff", "impose") in triples(story("Chile imposed a 10% duty on Peruvian cement in 2023."))


def test_a_new_duty_beside_the_dated_clause_keeps_its_row():
    found = story("Chile will lift its ban on Argentine poultry, imposed in 2023, and impose a 5% duty on Argentine "
                  "eggs.")
    assert any(r.action == "impose" and r.value_to == 5.0 for r in found)
