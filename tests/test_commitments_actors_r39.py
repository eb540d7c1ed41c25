"""Round 39 (issue 4), AC: actors (who commits) of news and official rows.

The team's own sentences (never text from the shared or written pages).

- A verb coordinated after the previous verb's object ("Fiji will accept EU health certificates for Irish dairy products
  and will not require ...", "..., and, from March 1, will no longer require ...") keeps the previous verb's subject:
  a party named anywhere inside that object (an adjective of the goods, an agency, "of the United States") is not the
  second verb's subject (the base read only a name at the opening of the object so: "recognize U.S. standards and
  lift ...").
- Goods let in free of a duty: the party that lets them in is the subject of the letting verb's own clause ("Chile
  agreed to buy ..., and Japan said it would let in Chilean salmon duty-free" is Japan's), a tariff row of another
  party in another clause does not hide it ("Brussels charges 8% on ..., while Norway has let ... in duty-free"), and
  "free of its 12% import duty" names the rate lifted (`value_from`).
- Left alone: a second clause with its own subject ("... and Canada will remove ..."), a relative clause in the
  object ("certificates that Mexico issues and will ..."), goods let in at a low rate (no zero), a tariff row of the
  same party already in the sentence.
"""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import commitments_from

WHEN = datetime(2027, 6, 1, tzinfo=timezone.utc)


def _rows(*paragraphs):
    rows = commitments_from(list(paragraphs), published_at=WHEN, title="Trade news", authors=["A Writer"])
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to) for r in rows)


# a second verb after "and" (a modal, a fenced phrase): the first verb's subject, not a name in its object
@pytest.mark.parametrize("text, expected", [
    ("Fiji will accept EU health certificates for French and Irish dairy products and will not require separate "
     "inspections of individual farms already cleared by the regulator.",
     ("FJI", "import_restriction", "relax")),
    ("Jordan will also cut its import duty on frozen EU beef to 5 percent from 20 percent and will scrap a "
     "requirement that each cargo carry a second veterinary permit from the health ministry.",
     ("JOR", "other", "remove")),
    ("Ecuador will recognize EU organic labels on Spanish and Italian produce and, from March 1, 2029, will no longer "
     "require the registration of individual exporters.",
     ("ECU", "import_restriction", "remove")),
    ("Officials said Mongolia would accept U.K. safety standards for cars imported from Britain and would "
     "streamline its import licensing for used buses.",
     ("MNG", "import_restriction", "relax")),
])
def test_a_coordinated_verb_keeps_the_first_verbs_subject(text, expected):
    rows = _rows(text)
    assert any(r[:3] == expected for r in rows), rows
    assert not any(r[1:3] == expected[1:] and r[0] != expected[0] for r in rows), rows


# goods let in free: the letting clause's own subject, beside another party's clause
def test_the_letting_clause_names_its_own_subject():
    rows = _rows("Chile agreed on Monday to buy 200,000 tonnes of Japanese rice over two years, and Japan said it would "
                 "let in Chilean salmon duty-free as long as it is farmed to Japanese standards.")
    assert any(r[0] == "JPN" and r[1:3] == ("tariff", "remove") and r[4] == 0.0 for r in rows), rows
    assert any(r[0] == "CHL" and r[1] == "purchase" for r in rows), rows


def test_another_partys_rate_in_another_clause_does_not_hide_the_letting_in():
    rows = _rows("Those prawns pay the 8 per cent duty Brussels has charged on Thai seafood since 2022, while Norway has "
                 "let Thai prawns in free of duty since its trade pact with Bangkok came into force.")
    assert any(r[0] == "NOR" and r[1:3] == ("tariff", "remove") and r[4] == 0.0 for r in rows), rows


def test_free_of_its_rate_names_the_rate_lifted():
    rows = _rows("MANILA, June 3 (Wire) - The Philippines will let in 300,000 tonnes of Vietnamese rice free of its 35% "
                 "import duty between July and December, the agriculture department said.")
    assert ("PHL", "tariff", "remove", 35.0, 0.0) in rows, rows


def test_let_in_free_of_the_named_rate_after_a_modal():
    rows = _rows("Kenya will let in 50,000 tonnes of Ugandan sugar free of the 25 per cent duty this year.")
    assert ("KEN", "tariff", "remove", 25.0, 0.0) in rows, rows


# negatives: what must stay as it was
def test_a_second_clause_with_its_own_subject_keeps_it():
    rows = _rows("Peru will cut its duty on American wheat to 3 percent and Canada will remove its duty on Peruvian "
                 "asparagus.")
    assert any(r[0] == "PER" and r[2] == "reduce" for r in rows), rows
    assert any(r[0] == "CAN" and r[2] == "remove" for r in rows), rows


def test_a_relative_clause_in_the_object_is_left_as_it_was():
    rows = _rows("Morocco will accept certificates that France issues and will not require new tests.")
    assert rows == [("MAR", "market_access", "relax", None, None)], rows


def test_goods_let_in_at_a_low_rate_give_no_zero():
    rows = _rows("Canada will let more Mexican trucks into the country at a low tariff this year.")
    assert not any(r[1] == "tariff" and r[4] == 0.0 for r in rows), rows


def test_a_same_party_tariff_row_still_blocks_a_second_zero():
    rows = _rows("Ghana will cut its duty on rice to 5 percent and let in 20,000 tonnes of Thai rice duty-free.")
    assert sum(1 for r in rows if r[0] == "GHA" and r[1] == "tariff" and r[4] == 0.0) <= 1, rows


def test_a_pronoun_clause_after_said_with_no_named_party_before_stays_unnamed():
    rows = _rows("Officials said it would let in more cheese duty-free.")
    assert not any(r[0] in ("USA", "FRA") for r in rows), rows


# a party named before ", which": the relative clause's verb is that party's; names inside a closed ", which ...," aside
# are not the main verb's subject
def test_the_party_before_which_is_the_subject_of_its_verb():
    rows = _rows("Kenya's ban follows a model set by Vietnam, which banned exports of raw cashews in 2019.")
    assert ("VNM", "export_control", "restrict", None, None) in rows, rows
    assert not any(r[0] == "KEN" for r in rows), rows


def test_each_party_before_which_in_a_list_of_precedents():
    rows = _rows("Kenya is following the route set by Malaysia, which banned exports of raw bauxite in 2016, and by "
                 "Guinea, which has restricted exports of unwashed ore.")
    assert {r[0] for r in rows if r[1] == "export_control"} == {"MYS", "GIN"}, rows


@pytest.mark.parametrize("text, actor", [
    ("Senegal, which buys from both Thailand and Vietnam, said it would suspend its 10% duty on broken rice until "
     "December.", "SEN"),
    ("Peru, which ships copper to both China and Japan, said it would raise its export levy on concentrate to 4%.",
     "PER"),
])
def test_names_inside_the_which_aside_are_no_subjects(text, actor):
    rows = _rows(text)
    assert {r[0] for r in rows if r[1] == "tariff"} == {actor}, rows


def test_an_aside_naming_no_other_party_is_left_as_it_was():
    rows = _rows("Chile, which signed its pact with Korea in 2004, will cut its duty on Korean trucks to 2%.")
    assert ("CHL", "tariff", "reduce", None, 2.0) in rows, rows
