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


def test_talks_on_the_deal_itself_stay_diplomatic():
    rows = extract("The United States and Ruritania have held several rounds of productive negotiations to "
                   "address trade reciprocity and national security concerns.",
                   title="Fact Sheet: The United States and Ruritania Continue Trade Talks")
    assert not [r for r in rows if r.category == "import_restriction"]
