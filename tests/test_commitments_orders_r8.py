"""Commitment extraction, round 8: executive orders, proclamations and their fact sheets.

Each rule is tested on the shape of a sentence, with paraphrases of that shape. Every
sentence here is our own, written for the rule it tests; countries, goods and figures are
used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 8, 12, 15, 0, tzinfo=timezone.utc)
TITLE = "Fact Sheet: President Donald J. Trump Adjusts Imports of Industrial Robots into the United States"


def extract(*texts, title=TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-orders-r8")


def kinds(rows):
    return sorted((r.actor or "", r.category, r.action) for r in rows)


# --- talks a Section 232 action directs are on imports ----------------------------------------

def test_section_232_talks_on_named_goods_are_import_talks():
    for text in ("Today, President Donald J. Trump signed a Proclamation pursuant to Section 232 directing the "
                 "Secretary of Commerce to negotiate agreements with trading partners to address the threatened "
                 "impairment of national security with respect to industrial robots and their parts.",
                 "The Proclamation instructs the U.S. Trade Representative to negotiate agreements with foreign "
                 "partners to address the threat to national security with respect to machine tools.",
                 "The United States continues to engage in productive negotiations with partners to address "
                 "national security concerns with respect to imports of industrial robots."):
        assert ("USA", "import_restriction", "negotiate") in kinds(extract(text)), text


def test_negotiations_directed_under_section_232_are_import_talks():
    for text in ("Since January, President Trump has taken actions under Section 232 to protect domestic "
                 "industry, including directing negotiations with trading partners covering robots and drones.",
                 "Acting under Section 232, President Trump has been imposing tariffs and directing negotiations "
                 "with partners on a range of machinery."):
        assert ("USA", "import_restriction", "negotiate") in kinds(extract(text)), text


def test_talks_without_imports_or_section_232_stay_diplomatic():
    rows = extract("The United States continues to engage in productive negotiations with Peru to address trade "
                   "reciprocity and national security concerns.",
                   title="Fact Sheet: The United States and Peru Continue Trade Talks")
    assert ("USA", "diplomatic", "negotiate") in kinds(rows)
    assert not [r for r in rows if r.category == "import_restriction"]


# --- people and illicit drugs kept out at the border are no trade measure -------------------

def test_stopping_a_flow_of_drugs_or_people_at_the_border_is_no_row():
    for text in ("President Trump is keeping his word to stop the flood of illegal aliens and drugs into the country.",
                 "Voters gave him a mandate to secure the border and stop the influx of deadly narcotics.",
                 "Peru was given every chance to curb the gang activity and influx of lethal drugs flowing "
                 "into our communities.",
                 "Today, President Donald J. Trump signed a Proclamation to restrict the entry into the United "
                 "States of certain foreign workers."):
        assert not [r for r in extract(text) if r.category in ("import_restriction", "drug_enforcement")], text


def test_a_pledge_on_fentanyl_precursors_is_still_drug_enforcement():
    rows = extract("Mexico will take strong measures to curb the flow of fentanyl precursors to North America.",
                   title="Fact Sheet: The United States and Mexico Reach a Trade Deal")
    assert [r for r in rows if r.category == "drug_enforcement"]
