"""Commitment extraction, round 9: quote round-ups ("what they are saying", remarks) and news.

Each rule is tested on the shape of a sentence with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; countries and figures are used only for their
names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 3, 9, 15, 0, tzinfo=timezone.utc)
TITLE = "ART OF THE DEAL: U.S., Vietnam Ink Initial Trade Deal"


def extract(*texts, title=TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-roundups-r9")


def triples(rows):
    return sorted((r.actor, r.category, r.action) for r in rows)


# --- cooperation whose subject is enforcement is the enforcement --------------------------------

def test_working_together_on_a_drug_is_enforcement_by_each_side():
    for text in ("Ambassador Lee: “The United States and Vietnam agreed to work constructively together on "
                 "fentanyl, and there is a good path forward.”",
                 "The United States and Vietnam will cooperate on stopping the flow of fentanyl precursors.",
                 "Vietnam and the United States will expand cooperation on narcotics trafficking."):
        assert triples(extract(text)) == [("USA", "drug_enforcement", "enforce"),
                                          ("VNM", "drug_enforcement", "enforce")], text


def test_talking_about_a_drug_stays_talks():
    rows = extract("Officials from both countries will discuss fentanyl trafficking next month.")
    assert {r.action for r in rows} == {"negotiate"}


# --- a nationality used as a noun names that side ----------------------------------------------

def test_the_nationality_as_a_noun_is_a_party():
    for text in ("Both the Vietnamese and the United States agreed to work together on fentanyl.",
                 "The Americans and the Vietnamese will work together on narcotics."):
        assert {r.actor for r in extract(text)} == {"USA", "VNM"}, text
    rows = extract("The Vietnamese have agreed to buy more American soybeans.")
    assert [(r.actor, r.category) for r in rows] == [("VNM", "purchase")]


def test_a_nationality_before_a_noun_is_not_a_subject():
    rows = extract("The Vietnamese market will soon open to American beef, officials in Washington said.")
    assert "VNM" not in {r.actor for r in rows if r.category == "purchase"}


# --- a rate moved or brought down --------------------------------------------------------------

def test_tariffs_moved_down_by_points_are_a_cut_by_each_side():
    for text in ("Secretary Hale: “Both sides, on the reciprocal tariffs, will move their tariffs down 40%.”",
                 "Both sides will bring their duties down by 40 percentage points.",
                 "The two countries agreed to bring down their tariffs by 40%."):
        rows = extract(text)
        assert sorted((r.actor, r.category, r.action, r.change, r.unit) for r in rows) == [
            ("USA", "tariff", "reduce", -40.0, "percentage_points"),
            ("VNM", "tariff", "reduce", -40.0, "percentage_points")], text


def test_brought_down_to_a_level_is_the_new_rate():
    rows = extract("Vietnam brought down its tariffs on American pork to 5 percent.")
    assert [(r.actor, r.action, r.value_to) for r in rows] == [("VNM", "reduce", 5.0)]


def test_moving_or_bringing_down_other_things_is_no_row():
    assert extract("The two countries moved quickly to finalize the deal, and prices moved down this week.") == []
    assert extract("The plan will bring down costs for families and bring the deficit down.") == []
