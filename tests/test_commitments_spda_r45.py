"""Round 45 (issue 4), SPDA: speed of the sentence rule chain, rows unchanged.

The team's own sentences (never text from the shared or written pages).

- A country named just before a cue verb, alone or with a plain word between ("Norway removes", "The Norwegian side
  suspends"), is the verb's subject: the verb heads a clause and gives its row. A country that is the object of a
  preposition just before the verb ("A deal with Norway removes ...") is no subject: no row of that verb. (The test of
  the preposition is now made only for a mention that ends just before the verb, not for every mention of a sentence.)
"""
from datetime import datetime, timezone

from tests.commitment_text import commitments_from

WHEN = datetime(2028, 5, 1, tzinfo=timezone.utc)


def _rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, authors=["A Writer"])
    return sorted(((r.actor, r.category, r.action, r.counterparty) for r in rows), key=repr)


def test_country_just_before_the_verb_is_its_subject():
    assert _rows("Norway scraps its 20% duty on Thai rice, the trade ministry said.") == [
        ("NOR", "tariff", "remove", "THA")]
    assert _rows("The Norwegian side suspends its 20% duty on Thai rice, officials said.") == [
        ("NOR", "tariff", "suspend", "THA")]


def test_country_after_a_preposition_is_not_the_verbs_subject():
    assert _rows("A deal with Norway removes duties on Thai rice.") == []
