"""Commitment extraction, round 10: real news, wire stories and quote round-ups.

Each rule is tested on the shape of a sentence with paraphrases of that shape. Every sentence
here is our own, written for the rule it tests; countries and figures are used only for their
names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 4, 14, 15, 0, tzinfo=timezone.utc)
TITLE = "WHAT THEY ARE SAYING: U.S.-Norway Trade Deal Delivers for American Workers"


def extract(*texts, title=TITLE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, article_id="test-news-r10")


def triples(rows):
    return sorted((r.actor, r.category, r.action) for r in rows)


# --- a stated intention of both parties in a trade group's quote is a deal term -----------------

def test_parties_intending_to_address_barriers_in_a_quote_is_a_term():
    for text in ("Dairy Exporters Council President Jane Roe: “We are glad to see that the U.S. and Norway "
                 "intend to work together to address non-tariff barriers facing American dairy.”",
                 "Poultry Growers Alliance: “Norway and the United States intend to address the barriers that "
                 "keep American poultry out of Norwegian stores.”",
                 "Trade Software Coalition CEO John Doe: “We welcome the parties’ stated intention to address "
                 "non-tariff barriers to U.S. exports.”"):
        # (barriers to one side's goods are the other side's to address: Norway acts)
        assert ("NOR", "market_access", "relax") in triples(extract(text)), text


def test_a_speakers_own_intention_is_no_row():
    for text in ("Dairy Exporters Council President Jane Roe: “We intend to keep pressing Norway to address "
                 "its barriers to American cheese.”",
                 "Sen. John Doe: “I intend to urge Norway to lower its tariffs on American beef.”"):
        assert extract(text) == [], text


# --- the topic after a cue that names its own object decides the category ------------------------

def test_barriers_to_digital_trade_are_a_digital_trade_measure():
    for text in ("The United States and Norway will address barriers to digital trade.",
                 "Norway agreed to address barriers to digital trade affecting American firms.",
                 "Both sides will address barriers to digital trade and cross-border data flows."):
        rows = extract(text, title="Joint Statement on a U.S.-Norway Trade Framework")
        assert rows and {r.category for r in rows} == {"other"}, text
        assert {r.action for r in rows} == {"relax"}, text


# --- a term stated by its figure in a fronted "By ..." clause of a round-up quote ----------------

def test_a_fronted_by_clause_naming_a_figure_in_a_quote_is_the_term():
    for text in ("Fair Trade Coalition Chairman John Doe: “This deal is a win. By keeping the 10% baseline tariff "
                 "in place, the administration shows that trade policy can protect our industry.”",
                 "Steel Makers Alliance: “We applaud the deal. By maintaining the 25% tariff on Norwegian steel, "
                 "the President is standing up for our workers.”"):
        rows = extract(text)
        assert [(r.actor, r.category, r.action) for r in rows] == [("USA", "tariff", "maintain")], text
        assert rows[0].value_to in (10.0, 25.0), text


def test_a_fronted_by_clause_without_a_figure_stays_a_means():
    for text in ("Fair Trade Coalition Chairman John Doe: “This deal is a win. By keeping tariffs in place, the "
                 "administration shows that trade policy works.”",
                 "By imposing tariffs, President Trump is ensuring that our workers are protected."):
        assert extract(text) == [], text


# --- "we" who reached an agreement on a measure are both sides ----------------------------------

def test_an_agreement_reached_on_a_pause_is_both_sides_pause():
    for text in ("Secretary Bessent: “We have reached an agreement on a 90-day pause of the new tariffs.”",
                 "Secretary Bessent: “We agreed on a 90-day pause in the tariff increases.”",
                 "Ambassador Greer: “We’ve struck a deal on a 60-day pause of the retaliatory tariffs.”"):
        rows = extract(text, title="ART OF THE DEAL: U.S., Vietnam Ink Initial Trade Deal")
        assert triples(rows) == [("USA", "tariff", "suspend"), ("VNM", "tariff", "suspend")], text


def test_a_pause_one_side_announces_stays_its_own():
    rows = extract("Secretary Bessent: “We will pause the new tariffs for 90 days.”",
                   title="ART OF THE DEAL: U.S., Vietnam Ink Initial Trade Deal")
    assert triples(rows) == [("USA", "tariff", "suspend")]
