"""Commitment extraction, round 11: agreement texts in treaty language and joint statements.

Each rule reads a clause shape, a list structure or a word class of the reciprocal-trade
agreement template, so each test gives it more than one wording. Every sentence here is our
own, written for the rule it tests.
"""
from datetime import datetime, timezone

import pytest

from commitment_text import commitments_from, triples

PUBLISHED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
TREATY = "Agreement between the United States of America and the Republic of Peru on reciprocal trade"


def extract(*texts, title=TREATY):
    return commitments_from(texts, published_at=PUBLISHED, title=title, article_id="test-agreements-r11")


# The template's HTML glues a party's name to its modal, or "shall" to its verb: read apart when
# the glued name is a treaty role or one of the document's countries; the evidence stays the
# page's own text.
@pytest.mark.parametrize("text, expected", [
    ("Each Partyshall not impose customs duties on electronic transmissions.",
     [("PER", "tariff", "maintain"), ("USA", "tariff", "maintain")]),
    ("Perushall not impose customs duties on electronic transmissions.",
     [("PER", "tariff", "maintain")]),
    ("Peru shallnot impose customs duties on electronic transmissions.",
     [("PER", "tariff", "maintain")]),
])
def test_a_party_glued_to_its_modal_is_read_apart(text, expected):
    rows = extract(text)
    assert triples(rows) == expected
    assert all(row.evidence == text for row in rows)


def test_words_that_end_or_begin_like_a_modal_are_left_alone():
    # "Marshall" ends in "shall", "shallow" begins with it: no party is named by "Mar", and
    # "shall" + "ow" is a word, so nothing is split and no modal is invented
    assert extract("Senator Roger Marshall praised the shallow port dredging plan for Peru.") == []
    assert extract("The Marshall Islands will host the regional fisheries forum.") == []


# A treaty chapeau closed by a dash or a colon binds the party it names in its lettered clauses;
# a facilitation lead whose means follow ("including by─") is stated by those means (guide rule 6).
@pytest.mark.parametrize("chapeau", [
    "Perushall facilitate digital trade with the United States, including by\u2500",
    "Peru shall facilitate digital trade with the United States, including by:",
])
def test_lettered_clauses_under_a_chapeau_take_its_party(chapeau):
    rows = extract(
        chapeau,
        "(a) refraining from measures that discriminate against U.S. digital services;",
        "(b) ensuring the cross-border transfer of data by electronic means across trusted borders; and",
    )
    assert triples(rows) == [("PER", "other", "relax"), ("PER", "other", "relax")]


def test_a_chapeau_binds_no_paragraph_after_its_clauses():
    rows = extract(
        "Peru shall facilitate digital trade with the United States, including by\u2500",
        "(a) ensuring the transfer of data across trusted borders;",
        "The Joint Committee will review the customs procedures.",
    )
    assert triples(rows) == [("PER", "other", "relax")]


# Means listed after "including by" in one sentence are the rows, the facilitation lead none; a
# footnote marker after a comma does not join the next means to the object before it.
@pytest.mark.parametrize("text", [
    "Peru shall facilitate digital trade with the United States, including by refraining from measures that "
    "discriminate against U.S. digital products,[4] ensuring the free transfer of data across trusted borders, "
    "and collaborating with the United States to address cybersecurity challenges.",
    "Peru shall facilitate digital trade, including by refraining from discriminating against U.S. digital "
    "services;[2] ensuring the transfer of data across trusted borders; and cooperating with the United States "
    "on cybersecurity challenges.",
])
def test_the_means_of_a_facilitation_lead_are_its_rows(text):
    assert triples(extract(text)) == [("PER", "other", "negotiate"), ("PER", "other", "relax"),
                                      ("PER", "other", "relax")]


# A transfer of data ensured is eased even without "free" (guide rule 16: data transfers
# `other` `relax`); "ensure the flow of goods" without data stays no cue of this kind.
@pytest.mark.parametrize("text", [
    "Peru will ensure the transfer of data across trusted borders for the conduct of business.",
    "Peru commits to ensuring the cross-border transfer of data by electronic means.",
])
def test_ensuring_a_data_transfer_eases_it(text):
    assert triples(extract(text)) == [("PER", "other", "relax")]


# The environment chapter's "encourage a more resource efficient economy" is an environment pledge
# like its neighbours (`other` `enforce`); an economy of no named environmental kind is no cue.
@pytest.mark.parametrize("text", [
    "Peru commits to protect the environment, including by taking measures to combat illegal logging; "
    "encourage a more resource efficient economy; and combat illegal wildlife trade.",
    "Peru will promote a circular economy and strengthen enforcement of its environmental laws.",
])
def test_fostering_a_resource_efficient_economy_is_an_environment_pledge(text):
    rows = extract(text)
    assert any("economy" in (r.subject or "") and (r.actor, r.category, r.action) == ("PER", "other", "enforce")
               for r in rows)


@pytest.mark.parametrize("text", [
    "Peru will encourage a stronger economy.",
    "Peru will promote a more dynamic economy through tourism.",
])
def test_fostering_an_economy_of_no_environmental_kind_is_no_row(text):
    assert extract(text) == []


# The labor chapter's "amend its labor laws to ensure ..." is a labor pledge of its own, beside
# the enforcement of those laws.
@pytest.mark.parametrize("text", [
    "Peru will adopt a prohibition on the importation of goods produced by forced labor; amend its labor laws "
    "to ensure that the right to collective bargaining is protected; and strengthen enforcement of its labor laws.",
    "Peru commits to protect labor rights, including: amending its labour laws so that freedom of association "
    "is protected; and strengthening enforcement of its labour laws.",
])
def test_amending_labor_laws_is_a_labor_pledge_of_its_own(text):
    enforce = [r for r in extract(text) if (r.actor, r.category, r.action) == ("PER", "other", "enforce")]
    assert len(enforce) >= 2


# An item of a list of pledges that opens with its own verb and goes on with an infinitive ("...;
# amending its customs laws to remove X") is the party's pledge to do what the infinitive says.
@pytest.mark.parametrize("text, expected", [
    ("Peru will issue import permits for U.S. ethanol; amend its customs laws to remove the customs reward system.",
     [("PER", "import_restriction", "relax"), ("PER", "market_access", "remove")]),
    ("Peru commits to address barriers to U.S. exports, including by: issuing import permits for U.S. ethanol; "
     "revising its import regulations to eliminate pre-shipment inspection requirements.",
     [("PER", "import_restriction", "relax"), ("PER", "import_restriction", "remove")]),
])
def test_a_list_item_with_its_own_verb_before_an_infinitive_is_the_partys(text, expected):
    assert triples(extract(text)) == expected


def test_an_infinitive_after_a_comma_is_no_list_item():
    # "identify other sources to purchase ...": the purpose of the cooperation, after a comma, no pledge to buy
    rows = extract("The Parties may cooperate, as appropriate, to identify other sources to purchase these minerals.")
    assert not [r for r in rows if r.category == "purchase"]


# A ban on importing goods made with forced labour is an import measure whatever participles name
# the goods ("mined, produced, or manufactured wholly or in part by ..."), and so is cooperation on
# "forced labor import prohibitions" (the topic word "forced labor" no longer wins).
@pytest.mark.parametrize("text, expected", [
    ("Peru shall adopt and implement a prohibition on the importation of goods mined, produced, or manufactured "
     "wholly or in part by forced labor.", [("PER", "import_restriction", "restrict")]),
    ("Peru shall, within three years, prohibit the importation of goods extracted or manufactured in part by "
     "compulsory labor.", [("PER", "import_restriction", "restrict")]),
    ("The Parties shall cooperate by sharing best practices on the enforcement of forced labor import prohibitions.",
     [("PER", "import_restriction", "negotiate"), ("USA", "import_restriction", "negotiate")]),
])
def test_forced_labour_import_bans_are_import_measures(text, expected):
    assert triples(extract(text)) == expected


# ", including on addressing X" after cooperation names a measure the parties take, as ", including
# by addressing X" does: the gerund after "including on" is a verb.
@pytest.mark.parametrize("text", [
    "The United States and Peru intend to strengthen their cooperation on economic security, including on "
    "addressing non-market policies of third countries.",
    "The United States and Peru intend to expand their cooperation on trade security, including on combating duty evasion.",
])
def test_a_gerund_after_including_on_is_a_measure(text):
    assert triples(extract(text)) == [("PER", "other", "enforce"), ("USA", "other", "enforce")]


# A footnote of the text ("[3] For greater certainty, ...", "[1] Customs duty includes ...: (a) ...")
# defines or clarifies a term; the obligations are the articles'. Its lettered clauses go with it.
def test_footnotes_and_their_clauses_state_no_obligation():
    rows = extract(
        "Peru shall eliminate its tariffs on U.S. industrial goods.",
        "[1] For greater certainty, Peru shall not protect a predetermined list of geographical indications.",
        "[2] Customs duty includes any duty imposed in connection with the importation of a good, but does not include any:",
        "(a) charge equivalent to an internal tax imposed consistently with Article III:2 of GATT 1994;",
        "(b) antidumping duty applied pursuant to a Party's law.",
    )
    assert triples(rows) == [("PER", "tariff", "remove")]


def test_a_bracketed_reference_that_opens_no_paragraph_is_read():
    rows = extract("Peru shall eliminate its tariffs on U.S. industrial goods.[1] Peru shall not impose export taxes on copper.")
    assert ("PER", "tariff", "remove") in triples(rows)
