"""Round 33 (issue 4): talks on a named subject the object lexicon does not know are `other`, not `diplomatic`
(guide rule 16: rules of origin, digital trade, data, non-market policies; convention 12: critical minerals;
convention 19: talks on a named subject take its category). Talks on the deal itself, on trade or ties at large, or on
nothing named stay `diplomatic`. Our own sentences only, in the shapes writers use: talks opened, held, begun,
resumed, a working group set up, a meeting to discuss, the talks noun as subject, passive, a clause before the subject.
"""
from __future__ import annotations

from datetime import datetime

from tests.commitment_text import bylined_story, commitments_from, talks

ON = datetime(2027, 6, 30)
TITLE = "Joint Statement on a United States-Botswana Framework for Trade and Minerals Cooperation"


def official(*paragraphs: str, title: str = TITLE):
    return commitments_from(list(paragraphs), published_at=ON, title=title, article_id="test-talks-r33")


def story(*paragraphs: str, title: str = "Botswana and Washington to talk minerals pricing"):
    return bylined_story(*paragraphs, published_at=ON, title=title)


def categories(rows):
    return sorted({category for _, _, category in talks(rows)})


# --- the battery: talks on a subject of their own -----------------------------------------------------------------

BATTERY = [
    "The United States and Botswana will open talks within 90 days on a joint floor price for cobalt.",
    "The two governments will begin negotiations on a shared stockpile of diamond-cutting equipment.",
    "Within six months, the two governments will open negotiations on a reference-price scheme for copper concentrate.",
    "The United States and Botswana will set up a joint working group on lithium refining and battery recycling.",
    "The two sides will hold consultations on a common local-content rule for electric buses.",
    "The United States and Botswana will launch negotiations on a data-flows chapter for cross-border payments.",
    "Negotiators from both countries will meet in Gaborone in September to discuss a joint smelter-financing scheme.",
    "The United States and Botswana will start talks on an arrangement for long-term graphite offtake.",
    "The two governments agreed to open discussions on labor standards in the mining sector.",
    "Washington and Gaborone, officials said, will resume talks in March on the traceability of rough diamonds "
    "and manganese ore.",
    "The United States and Botswana will begin talks next year on state-owned enterprises and their pricing of ore.",
    "Talks between the two governments on a regional-value-content threshold for batteries will open in October.",
]


def test_the_battery_reads_talks_on_a_named_subject_as_other():
    read = [categories(official(text)) for text in BATTERY]
    assert sum(found == ["other"] for found in read) >= 9, list(zip(BATTERY, read))


def test_talks_on_a_reference_price_give_an_other_row_per_party():
    rows = official("The United States and Botswana will open talks within 60 days on a shared reference price for "
                    "nickel matte.")
    assert talks(rows) == [("BWA", "USA", "other"), ("USA", "BWA", "other")]


def test_a_working_group_on_mineral_processing_is_other_talks():
    rows = official("The two governments will set up a joint working group on copper smelting and refining within "
                    "90 days.")
    assert categories(rows) == ["other"]


def test_negotiations_on_an_arrangement_for_a_named_good_are_other():
    rows = official("The United States and Botswana will open negotiations on an arrangement for heavy mining trucks "
                    "and their spare parts, to be concluded within 180 days.")
    assert categories(rows) == ["other"]


def test_a_deal_covering_data_flows_is_other_talks():
    rows = official("The United States and Botswana will begin negotiations on a digital economy agreement covering "
                    "data flows and mobile money, with the aim of concluding them in 2028.")
    assert categories(rows) == ["other"]


def test_the_talks_noun_as_subject_on_a_stockpile_is_other():
    rows = official("Talks with the Government of Botswana on a joint cobalt stockpile will open in January.")
    assert categories(rows) == ["other"]


def test_a_story_keeps_its_talks_diplomatic():
    # (a story's talks take the story's measure or stay `diplomatic`: the fallback is an official page's)
    rows = story("Talks with Washington on a joint cobalt stockpile are due to resume in January, Botswana's trade "
                 "ministry said.")
    assert categories(rows) == ["diplomatic"]


# --- negatives: the deal itself, trade at large, nothing named stay `diplomatic` ---------------------------------

def test_talks_on_a_trade_agreement_stay_diplomatic():
    rows = official("The United States and Botswana will open negotiations on a reciprocal trade agreement within 90 days.")
    assert categories(rows) == ["diplomatic"]


def test_talks_on_ways_to_deepen_trade_ties_stay_diplomatic():
    rows = official("The two governments will hold talks in October on ways to deepen bilateral trade and economic ties.")
    assert categories(rows) in (["diplomatic"], [])


def test_talks_on_tariffs_keep_the_tariff_category():
    rows = official("The United States and Botswana will open talks within 60 days on tariffs on diamonds.")
    assert categories(rows) == ["tariff"]
