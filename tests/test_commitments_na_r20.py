"""Commitment extraction, round 20: who acts in news sentences, and the measure a pronoun stands for.

Each mechanism is tested on several wordings of our own (wire, newspaper and official register);
countries, firms and figures are invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
BYLINE = ["Dana Reyes"]


def extract(*texts, title="Trade news", authors=BYLINE):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, authors=authors,
                            article_id="test-news-actors-r20")


def removals(rows):
    """(actor, action, removed level, new level) of the rows that remove or suspend a tariff."""
    return sorted((r.actor, r.action, r.value_from, r.value_to) for r in rows
                  if r.category == "tariff" and r.action in ("remove", "suspend"))


# --- (1) "put a 73.6% duty on wine in 2019 and dropped it in 2022": "it" is the rate named before ---

def test_a_removed_pronoun_is_the_one_rate_named_before_it():
    cases = [
        # wire, a levying verb without a cue of its own, the removal in the same clause chain
        ("CANBERRA (Wire) - China put a 218% duty on Australian wine in 2021 and dropped it in 2024.",
         ("CHN", "remove", 218.0, None)),
        # newspaper register, "per cent" in words, a suspension
        ("WASHINGTON - The EU slapped a 25 per cent levy on American whiskey in 2018 and suspended it in 2021.",
         ("EUN", "suspend", 25.0, None)),
        # the rate as the new level of a raise, "but" before the second verb
        ("NEW DELHI (Wire) - India raised its duty on American walnuts to 120% in 2019 but scrapped it this "
         "year as part of the deal.", ("IND", "remove", 120.0, None)),
        # the rate inside a relative clause on the subject, the verb far from it
        ("OTTAWA (Wire) - Washington, which levied a 10 per cent tariff on Canadian aluminium in August, lifted it "
         "on Friday after talks with Ottawa.", ("USA", "remove", 10.0, None)),
        # the number in words
        ("BEIJING (Wire) - Beijing imposed a fifteen per cent tariff on US coal in February and removed it in "
         "November.", ("CHN", "remove", 15.0, None)),
        # official register, a pledge on a duty in force
        ("The United States imposed an additional duty of 15 percent on such articles of Peru in April 2025 and "
         "will remove it upon entry into force of the Agreement.", ("USA", "remove", 15.0, None)),
    ]
    for text, expected in cases:
        assert removals(extract(text)) == [expected], text


def test_a_removed_pronoun_after_a_cut_takes_the_level_cut_to():
    # two levels before "it": the duty removed is the one the cut brought to its new level (Round 37 review (lead):
    # a removal told after a cut in the same sentence starts from the cut's level; round 20 left it empty)
    rows = extract("SEOUL (Wire) - Korea cut its duty on American beef to 10% from 20% and later removed it.")
    assert removals(rows) == [("KOR", "remove", 10.0, None)]


def test_a_removed_pronoun_after_two_rates_of_no_cut_takes_no_level():
    # two levels told with no cut between them: which one was removed is not told by the pronoun
    rows = extract("SEOUL (Wire) - Korea charged 20% on American beef and 10% on pork until it removed it.")
    assert [r for r in removals(rows) if r[2] is not None] == []


def test_a_pronoun_of_a_raise_keeps_its_own_figures():
    # only a removal or suspension takes the rate as the level it leaves
    rows = extract("TOKYO (Wire) - Japan imposed a 20% duty on US pork and raised it in May.")
    assert removals(rows) == []
    assert [(r.actor, r.action, r.value_to) for r in rows if r.category == "tariff"] == [("JPN", "impose", 20.0)]


def test_a_pronoun_removed_for_some_goods_keeps_no_level():
    # the rate stays for the other goods: the carve-out is no removal of that level (as round 14 reads it)
    rows = extract("SEOUL (Wire) - Korea will keep its 40% tariff on American beef and will remove it for "
                   "beef from grass-fed herds.")
    assert removals(rows) == [("KOR", "remove", None, None)]
