"""Round 37 (second wave): a government that will raise a matter with another party's people (TK), our own sentences.

The round-34 reader (`_raised_with_rows`) took "would raise / take up the matter with X officials (at a meeting)"
(convention 19; the guide's Round 34 gold pass: the raising party's row, and the other's too when the sentence names
a meeting both attend). Two wordings gave nothing: a meeting held at a bloc's forum after the named party ("would
raise the increase with Philippine-style officials at the ASEAN ministers' meeting" was refused as a matter put to a
bloc's body), and the progressive "will be raising", "is raising", "are raising" (with "We" in a quote, whose party is
the attribution after the quote).
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.commitment_text import bylined_story

ON = datetime(2027, 12, 1)

story = partial(bylined_story, published_at=ON)


def talks_of(rows, text):
    """(actor, category, action) of the `negotiate` rows read from the sentence holding ``text``, sorted."""
    return sorted((r.actor, r.category, r.action) for r in rows if text in (r.evidence or "") and r.action == "negotiate")


def rows_in(rows, text):
    return sorted((r.actor, r.category, r.action) for r in rows if text in (r.evidence or ""))


# A named party's people, at a meeting held at a bloc's forum: both parties' rows (the meeting both attend).
def test_raise_with_officials_at_a_bloc_ministers_meeting():
    lead = "Malaysia raised its import duty on Thai sugar to 30 percent on Monday, the finance ministry said."
    text = ("In Bangkok, Thailand's commerce ministry said it would raise the increase with Malaysian officials at the "
            "ASEAN economic ministers' meeting in Jakarta next month.")
    assert talks_of(story(lead, text), "raise the increase") == [("MYS", "tariff", "negotiate"),
                                                                 ("THA", "tariff", "negotiate")]


def test_take_up_a_ban_with_officials_at_a_bloc_council():
    lead = "Tanzania banned imports of Kenyan eggs on Tuesday, citing bird flu."
    text = ("Kenya's trade ministry said it would take up the ban with Tanzanian officials at a meeting of the East "
            "African Community council in Arusha.")
    assert talks_of(story(lead, text), "take up the ban") == [("KEN", "import_restriction", "negotiate"),
                                                              ("TZA", "import_restriction", "negotiate")]


def test_raise_it_with_officials_at_a_mercosur_council():
    lead = "Argentina imposed a 20 percent duty on Chilean wine on Monday, the economy ministry said."
    text = ("Chile's foreign ministry said it was studying the decision and would raise it with Argentine officials at "
            "a meeting of the Mercosur council next month.")
    assert talks_of(story(lead, text), "raise it with") == [("ARG", "tariff", "negotiate"), ("CHL", "tariff", "negotiate")]


# The progressive: the raising party's row alone when no meeting is named.
def test_we_will_be_raising_this_with_counterparts_quoted():
    lead = "Japan raised its tariff on Australian beef to 50 percent on Monday."
    text = ('"We will be raising this directly with our Japanese counterparts this week," the trade minister told '
            "reporters in Canberra.")
    assert talks_of(story(lead, text), "will be raising") == [("AUS", "tariff", "negotiate")]


def test_we_are_raising_the_matter_with_authorities_quoted():
    lead = "South Korea imposed a 40 percent duty on New Zealand kiwifruit on Tuesday."
    text = '"We are raising the matter with the Korean authorities," she told reporters in Wellington.'
    assert talks_of(story(lead, text), "are raising the matter") == [("NZL", "tariff", "negotiate")]


def test_government_is_raising_the_matter_with_officials():
    lead = "China suspended imports of Norwegian salmon on Wednesday, citing labelling errors."
    text = "Norway is raising the matter with Chinese officials, the fisheries minister said."
    assert talks_of(story(lead, text), "is raising the matter") == [("NOR", "import_restriction", "negotiate")]


# Negatives: a matter put to a bloc's body with no party named, a bloc's secretariat, the Commission asked by a member,
# a rate raised "with effect from", a lobby raising it, a rate raised with a circumstance, a refusal to say.
def test_raise_at_a_bloc_commission_alone_gives_no_talks():
    lead = "Brazil opened a duty-free quota for 750,000 tonnes of wheat from outside Mercosur on Monday."
    text = "Uruguay said it would raise the matter at the next meeting of the Mercosur Trade Commission."
    assert talks_of(story(lead, text), "Mercosur Trade Commission") == []


def test_raise_with_a_bloc_secretariat_gives_no_talks():
    lead = "Nigeria banned imports of Ghanaian poultry on Monday."
    text = "Ghana said it would raise the matter with the ECOWAS secretariat at its summit in Abuja."
    assert talks_of(story(lead, text), "ECOWAS secretariat") == []


def test_member_raising_with_the_commission_gives_no_talks():
    lead = "Algeria suspended imports of Portuguese wine on Monday."
    text = "Portugal is raising the matter with the European Commission, the agriculture minister said."
    assert talks_of(story(lead, text), "European Commission") == []


def test_tariff_raised_with_effect_from_is_no_talks():
    lead = "India raised its import duty on edible oils on Monday."
    text = '"We are raising our levy on palm oil with effect from July 1," the finance minister told reporters in Jakarta.'
    assert talks_of(story(lead, text), "with effect from") == []


def test_exporters_raising_it_with_officials_is_no_government():
    lead = "India raised its import duty on Canadian lentils to 30 percent on Monday."
    text = "Prairie exporters are raising the matter with Indian officials, the growers' association said."
    assert talks_of(story(lead, text), "Prairie exporters") == []


def test_central_bank_raising_rates_with_inflation_is_no_talks():
    lead = "Turkey raised its tariff on Chinese cars to 40 percent on Monday."
    text = "The central bank is raising interest rates with inflation at 60 percent, analysts said."
    assert talks_of(story(lead, text), "interest rates") == []


def test_did_not_say_whether_it_would_raise_is_no_talks():
    lead = "Zambia brought forward its ban on imports of Zimbabwean maize to June 1, the agriculture ministry said."
    text = "The ministry did not say whether it would raise the matter with Harare."
    assert talks_of(story(lead, text), "did not say whether") == []


# An association agreement or council is a treaty or a joint body, not a lobby (the reader held the sentence for an
# outside voice's); "Moldova's scrap duty" names the material, not a duty scrapped.
def test_commission_citing_the_association_agreement_raises_at_a_committee():
    lead = "Moldova raised its export duty on scrap metal to 40 percent on Tuesday, the finance ministry said."
    text = ("The European Commission, which has long called Moldova's scrap duty a breach of the Association "
            "Agreement, said it would raise the matter at the next meeting of the trade committee.")
    assert rows_in(story(lead, text), "next meeting of the trade committee") == [("EUN", "tariff", "negotiate"),
                                                                                 ("MDA", "tariff", "negotiate")]


def test_agreed_to_scrap_duties_stays_a_removal():
    lead = "Moldova and Armenia signed a trade protocol on Tuesday."
    text = "Moldova agreed to scrap duties on Armenian brandy from January 1, the economy ministry said."
    assert ("MDA", "tariff", "remove") in rows_in(story(lead, text), "scrap duties on Armenian brandy")


def test_trade_association_saying_it_will_raise_is_no_government():
    lead = "Moldova raised its export duty on scrap metal to 40 percent on Tuesday, the finance ministry said."
    text = ("The European Steel Association said it would raise the matter with Moldovan officials at the next "
            "meeting of the trade committee.")
    assert talks_of(story(lead, text), "European Steel Association") == []
