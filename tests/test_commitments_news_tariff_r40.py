"""Round 40 (issue 4), NT: news sentences about a tariff whose party is named but whose chain said nothing.

The team's own sentences (never text from the shared or written pages).

- A refused plan whose quote closes, or a time stands, before "to"/"of" ('had "no plans" to lift', 'had "no plan at
  present" to lower', 'has no plans for now to cut', 'had "no intention" of scrapping', 'no intention at this stage of
  raising') is a refusal (status `rejected`), as the plain "has no plans to" already was.
- The same refusal told by a pronoun, after a relative clause's comma ("Oslo, which ..., said it had no plans to drop
  ...") or a speech verb ("officials have said they have no plans to lower"), or opening the clause ("We have no
  intention of raising"), is the party's own clause, not one with another subject.
- A safeguard named bare after its owner or article ("exempt X from its safeguard", "lift the safeguard on cement") is
  the tariff on the goods.
- "is studying extra duties on", "was studying countermeasures, including tariffs on": a measure weighed, held out
  like a threat (as "considering" and "weighing" already were); higher duties held out so are a `raise`.
- A levy, counter-tariffs or an export levy put on goods ("could put a levy on", "no plans to put counter-tariffs on",
  "put an export levy on"; a singular duty after its kind, "put a safeguard duty on") is a tariff imposed; "could put"
  one holds it out (`threatened`).
- Left alone: a refusal of no measure ("no plans at present to comment"), the study of a duty's effect or of
  countermeasures that name no duty, a duty put on importers to do something, the verb
  "safeguard", a safeguard clause, a "no plans" that belongs to a relative clause of someone else.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story

WHEN = datetime(2027, 6, 1, tzinfo=timezone.utc)


def _rows(*paragraphs):
    """(actor, category, action, status) of each row of a bylined story, sorted (the status is what a refusal sets)."""
    return sorted((r.actor, r.category, r.action, r.status)
                  for r in bylined_story(*paragraphs, published_at=WHEN, title="Trade news"))


# a refused plan with a closing quote or a time before "to"/"of"
@pytest.mark.parametrize("text, expected", [
    ('Officials said Peru had "no plans at present" to raise the duty on Chilean wine.',
     ("PER", "tariff", "raise", "rejected")),
    ('A spokesperson said Jakarta had "no plans" to lift the levy on Malaysian palm kernels.',
     ("IDN", "tariff", "remove", "rejected")),
    ("The minister said Egypt had no plans for now to cut the tariff on imported sugar.",
     ("EGY", "tariff", "reduce", "rejected")),
    ('An aide said Nairobi had "no intention" of scrapping the duty on Ugandan milk.',
     ("KEN", "tariff", "remove", "rejected")),
    ("Ghana had no intention at this stage of raising its tariff on frozen fish, the ministry said.",
     ("GHA", "tariff", "raise", "rejected")),
])
def test_a_refused_plan_with_a_quote_or_a_time_before_to(text, expected):
    rows = _rows(text)
    assert expected in rows, rows
    assert not any(r[:3] == expected[:3] and r[3] != "rejected" for r in rows), rows


# the refusal after a relative clause keeps the party before it
@pytest.mark.parametrize("text, expected", [
    ("The Norwegian government, which faces an election in September, said it had no plans to drop the tariff on "
     "Icelandic lamb.", ("NOR", "tariff", "remove", "rejected")),
    ("Thailand, which exports most of its rice to Africa, said it had no intention of lowering its duty on Lao rice.",
     ("THA", "tariff", "reduce", "rejected")),
    ("Shoes from Brazil still pay a 20 percent duty, and Argentine officials have said they have no plans to lower the "
     "duty on Brazilian shoes.", ("ARG", "tariff", "reduce", "rejected")),
    ("We have no intention of raising our tariff on Thai rice, the Malaysian trade minister said.",
     ("MYS", "tariff", "raise", "rejected")),
])
def test_a_refusal_after_a_relative_clause_keeps_its_subject(text, expected):
    assert expected in _rows(text)


# a bare safeguard is the tariff
@pytest.mark.parametrize("text, expected", [
    ("Turkey has no plans to exempt Ukrainian steel from its safeguard, an official said.",
     ("TUR", "tariff", "remove", "rejected")),
    ("Chile will lift the safeguard on Bolivian cement next month.", ("CHL", "tariff", "remove", "announced")),
])
def test_a_bare_safeguard_is_the_tariff(text, expected):
    rows = _rows(text)
    assert expected in rows, rows
    assert not any(r[1] != "tariff" for r in rows), rows


@pytest.mark.xfail(reason="a safeguard extended reads no extension cue on a bare safeguard; left (one page)", strict=True)
def test_a_bare_safeguard_extended():
    assert ("COL", "tariff", "extend", "announced") in _rows("Colombia will extend the safeguard on Chinese tiles for "
                                                             "two years.")


# studying a measure is weighing it
@pytest.mark.parametrize("text, expected", [
    ("A trade ministry official said Ankara was studying extra duties on Greek cotton.",
     ("TUR", "tariff", "impose", "threatened")),
    ("Seoul is studying countermeasures, including tariffs on Japanese beer, the ministry said.",
     ("KOR", "tariff", "impose", "threatened")),
])
def test_a_measure_studied_is_held_out(text, expected):
    assert expected in _rows(text)


def test_higher_duties_held_out_are_a_raise():
    rows = _rows("Ottawa was studying countermeasures, including higher tariffs on Australian wine, an official said.")
    assert ("CAN", "tariff", "raise", "threatened") in rows, rows
    assert not any(r[2] == "impose" for r in rows), rows


# a levy, counter-tariffs, an export levy put on goods
@pytest.mark.parametrize("text, expected", [
    ("Uruguay will put counter-tariffs on Paraguayan goods from July.", ("URY", "tariff", "impose", "announced")),
    ("Bolivia's minister said his government could put a levy on Peruvian onions if the ban was not lifted.",
     ("BOL", "tariff", "impose", "threatened")),
    ("The minister said Canberra had no plans to put an export levy on raw lithium.",
     ("AUS", "tariff", "impose", "rejected")),
    ("Panama put a safeguard duty on imported Colombian tiles in 2021.", ("PAN", "tariff", "impose", "implemented")),
])
def test_a_levy_put_on_goods(text, expected):
    assert expected in _rows(text)


# negatives: what must stay as it was
@pytest.mark.parametrize("text", [
    'The ministry said Peru had "no plans at present" to comment on the duty.',
    "Officials said Chile was studying the effect of the duties on exporters.",
    "Brazil will safeguard jobs in the steel sector, the minister said.",
    "Vietnam's trade ministry, which is studying the impact of the tariff, said it would publish a report in May.",
    "The deal includes a safeguard clause that lets either side restore the old tariff if imports surge.",
    "Students are studying tariffs at the university in Lima.",
    "The new customs law puts a duty on importers to keep records for five years.",
    "The strike could put pressure on Peruvian exporters of copper.",
    "Beijing was studying countermeasures, including a review of exports of graphite to Seoul, a spokesman said.",
])
def test_no_tariff_row(text):
    rows = _rows(text)
    assert not any(r[1] == "tariff" for r in rows), rows


def test_a_no_plans_in_someone_elses_relative_clause_does_not_refuse():
    rows = _rows("Morocco will cut its duty on Spanish olive oil, the minister, who has no plans to resign, said.")
    assert ("MAR", "tariff", "reduce", "announced") in rows, rows
    assert not any(r[3] == "rejected" for r in rows), rows
