"""Round 45 (issue 4), speed outside the sentence chain: what the sped-up parts still give.

The team's own sentences (never text from the shared or written pages).

``find_quantities`` sorts what its five readers found by a C key now (no Python call per quantity): the
quantities still come in text order whatever reader found them. The page context joins its title and lead
from the texts it lists once: a deal told in the title or the first three paragraphs still makes the page's
terms agreed, one told later does not.
"""
from datetime import datetime, timezone

from pipeline.quantities import find_quantities
from tests.commitment_text import commitments_from

WHEN = datetime(2027, 3, 9, tzinfo=timezone.utc)
TERM = "Norway will remove its tariffs on American apples."


def test_quantities_come_in_text_order_whatever_reader_found_them():
    # (the money reader runs before the rate reader, the count reader last)
    found = find_quantities("Importers will pay a 25% duty on $3 billion of goods, and the airline orders 40 Boeing jets.")
    assert [(q.kind, q.text) for q in found] == [("rate", "25%"), ("money", "$3 billion"), ("count", "40 Boeing jets")]
    assert [q.start for q in found] == sorted(q.start for q in found)


def _statuses(paragraphs, title):
    return [(r.actor, r.action, r.status) for r in commitments_from(paragraphs, published_at=WHEN, title=title)]


def test_a_deal_in_the_title_makes_the_terms_agreed():
    assert _statuses([TERM], "Norway and the United States reach trade agreement") == [("NOR", "remove", "agreed")]
    assert _statuses([TERM], "Norway trade note") == [("NOR", "remove", "announced")]


def test_a_deal_in_the_lead_counts_one_told_past_it_does_not():
    assert _statuses(["The two countries agreed a trade deal.", TERM], "Norway trade note") == [("NOR", "remove", "agreed")]
    late = ["Officials met in Oslo.", "The talks went on.", TERM, "The two countries agreed a trade deal."]
    assert _statuses(late, "Norway trade note") == [("NOR", "remove", "announced")]
