"""Round 34 (KP): a restriction kept, told by the verb of staying (guide: "a measure a minister says 'stays'" is
`maintain`; a ban said to "stay until" a date with no earlier end stated is `maintain`). Two shapes: the restriction
as the subject ("The ban stays", "the prohibition on ... stays in force", "the embargo, in place since 2019, will
stay in place") and the goods kept barred ("remain banned", "will stay banned until", "stay shut to", "remain barred
from X"). Our own sentences: different verbs and word orders, the keeper as country, capital, ministry, leader,
adjective, a possessive, an aside, a quote; the category from the trade named (exports / imports) or the ban told
before. Negatives: a ban of no trade, a person who stays, a new ban's own term, the idiom "full stop".

Battery: the BATTERY list below (14 sentences, 12 read; the two left are marked xfail with the reason)."""
from datetime import datetime, timezone

import pytest

from tests.commitment_text import bylined_story, triples, triples_in

DAY = datetime(2027, 9, 1, tzinfo=timezone.utc)

# (sentence(s), text of the sentence read, the row a user would see: actor, category, action)
BATTERY = [
    (["Hanoi banned imports of second-hand motorbikes in 2021. That ban stays, the trade ministry said on Monday."],
     "That ban stays", ("VNM", "import_restriction", "maintain")),
    (["Ghana said its ban on exports of raw cashew nuts would stay in force until the next harvest."],
     "raw cashew", ("GHA", "export_control", "maintain")),
    (["The prohibition on imports of live poultry from Brazil, in place since March, stays in force, "
      "Japan's agriculture ministry said."],
     "live poultry", ("JPN", "import_restriction", "maintain")),
    (["Pork from the affected provinces will stay banned until the outbreak is declared over, "
      "the Philippine agriculture department said."],
     "will stay banned", ("PHL", "import_restriction", "maintain")),
    (["Beef and mutton from South Africa remain banned pending a fresh inspection, Botswana's veterinary "
      "authorities said."],
     "remain banned", ("BWA", "import_restriction", "maintain")),
    (["Kenya's land borders will stay shut to sugar imports for the rest of the year."],
     "stay shut to", ("KEN", "import_restriction", "maintain")),
    (["Cut flowers, Colombia's biggest farm export after coffee, remain barred from Japan until a pest "
      "protocol is signed."],
     "remain barred from Japan", ("JPN", "import_restriction", "maintain")),
    pytest.param(["Egypt banned onion exports in October. \"The ban stays,\" the supply minister told reporters in Cairo."],
                 "The ban stays", ("EGY", "export_control", "maintain"),
                 marks=pytest.mark.xfail(strict=True, reason="left: the quoted bare ban is read, then dropped beside "
                                                              "the ban told before (a speaker with no country)")),
    (["Exports of unprocessed timber remain banned, Gabon's forestry ministry said."],
     "unprocessed timber", ("GAB", "export_control", "maintain")),
    (["Argentina restricted beef exports last year. The curbs on beef exports will stay in place through "
      "December, the economy ministry said."],
     "will stay in place", ("ARG", "export_control", "maintain")),
    (["Seoul said the ban on imports of Japanese seafood from eight prefectures will remain in force."],
     "Japanese seafood", ("KOR", "import_restriction", "maintain")),
    pytest.param(["India's embargo on exports of non-basmati white rice, imposed in 2023, stays in place for now, "
                  "officials said."],
                 "non-basmati", ("IND", "export_control", "maintain"),
                 marks=pytest.mark.xfail(strict=True, reason="left: the aside's 'imposed' heads its own clause and "
                                                              "takes the subject from the verb of staying")),
    (["Tomatoes and onions will stay restricted during Zambia's own harvest, the agriculture minister said."],
     "stay restricted", ("ZMB", "import_restriction", "maintain")),
    (["Indonesia will cut its export levy on palm oil. \"Our ban on bauxite exports stays, full stop,\" "
      "the minister said in Jakarta."],
     "bauxite exports stays", ("IDN", "export_control", "maintain")),
]


@pytest.mark.parametrize("paragraphs,anchor,row", BATTERY)
def test_restriction_kept_battery(paragraphs, anchor, row):
    rows = bylined_story(*paragraphs, published_at=DAY)
    assert triples_in(rows, anchor) == [row], triples(rows)


def test_full_stop_is_no_measure_stopped():
    rows = bylined_story("Indonesia will cut its export levy on palm oil. \"Our ban on bauxite exports stays, full "
                         "stop,\" the minister said in Jakarta.", published_at=DAY)
    assert not [r for r in rows if r.action == "restrict" and "full stop" in r.evidence], triples(rows)


def test_ban_of_no_trade_stays_silent():
    rows = bylined_story("The ban on smoking in restaurants stays in place, the mayor of Lima said.", published_at=DAY)
    assert rows == []


def test_person_who_stays_is_no_measure():
    rows = bylined_story("The trade minister stays in Brussels until Friday, Ghana's government said.",
                         published_at=DAY)
    assert rows == []


def test_new_ban_told_with_its_term_is_not_a_ban_kept():
    rows = bylined_story("Malawi has banned exports of raw soya beans. The ban, gazetted on Tuesday, will remain in "
                         "force until the end of March, the trade ministry said.", published_at=DAY)
    assert ("MWI", "export_control", "maintain") not in triples(rows)
