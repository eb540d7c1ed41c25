"""Round 32 (issue 4): who acts, on news pages — a government's own body told with no country ("Parliament",
"the Cabinet", "the chamber", "the Federal Council", "Congress", "Its parliament") is read as the story's home
government by the description resolver (``_named_descriptions``, ``_BODY_HEADS``): the dateline's, the capital
setting's or the headline's country; "Its parliament" is the party named last, as "the country" is.

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

from tests.commitment_text import bylined_story, levels_in, triples_in

ON = datetime(2027, 6, 3, tzinfo=timezone.utc)

LEAD = ("Ecuador will let 40,000 tonnes of Colombian rice in at a reduced duty this year, the trade ministry said, "
        "after floods cut the coastal harvest.")


def test_a_bare_parliament_acts_for_the_headline_country():
    rows = bylined_story(LEAD, "Parliament on Monday threw out a proposal to raise the customs duty on imported "
                               "glass bottles to 30 percent from 15 percent.",
                         published_at=ON, title="Ecuador opens rice quota as MPs reject bottle duty")
    assert levels_in(rows, "glass bottles") == [("ECU", "tariff", "raise", 15.0, 30.0)]


def test_the_cabinet_capitalised_acts_for_the_headline_country():
    rows = bylined_story(LEAD, "The Cabinet has approved the removal of the last import restrictions on "
                               "farm tractors with effect from September 1.",
                         published_at=ON, title="Ecuador opens rice quota, frees tractor imports")
    assert triples_in(rows, "farm tractors") == [("ECU", "import_restriction", "remove")]


def test_a_trade_chamber_is_its_home_government_not_the_partner_named_before():
    rows = bylined_story("Chinese carmakers assembling vehicles in Ecuador won part of what they wanted on Wednesday: "
                         "a quota of kits from China that will pay a lower duty.",
                         "The chamber rejected a request from a Chinese carmaker to cut the duty on hybrid kits.",
                         published_at=ON, title="Ecuador gives Chinese carmakers a kit quota")
    assert triples_in(rows, "hybrid kits") == [("ECU", "tariff", "reduce")]


def test_a_federal_council_after_an_opening_adverbial():
    rows = bylined_story("Switzerland will widen its cheese import quota by 1,500 tonnes, the economy ministry said "
                         "on Thursday.",
                         "In a separate decision, the Federal Council cut the out-of-quota duty on cream to 6 "
                         "francs per kilogram from 11 francs.",
                         published_at=ON, title="Switzerland widens cheese quota, trims cream duty")
    assert triples_in(rows, "duty on cream") == [("CHE", "tariff", "reduce")]


def test_a_foreign_parliament_is_not_the_home_government():
    # "the European Parliament" names its own bloc: no row goes to the story's home
    rows = bylined_story(LEAD, "The European Parliament approved a ban on imports of seal pelts last year.",
                         published_at=ON, title="Ecuador opens rice quota")
    assert all(actor != "ECU" for actor, _, _ in triples_in(rows, "seal pelts"))


def test_a_parliament_with_no_home_stays_unread():
    # a story with no dateline, no capital and no country heading its title: whose parliament it is stays untold
    rows = bylined_story("Exporters of tiles and cement have lobbied hard this year.",
                         "Parliament on Tuesday threw out a proposal to raise the customs duty on imported tiles "
                         "to 35 percent.", published_at=ON, title="MPs sink tile duty rise")
    assert triples_in(rows, "imported tiles") == []


def test_a_chamber_debate_gives_no_row():
    rows = bylined_story(LEAD, "The chamber debated the duty on imported sugar for six hours on Tuesday.",
                         published_at=ON, title="Ecuador opens rice quota as MPs debate sugar")
    assert triples_in(rows, "imported sugar") == []


def test_it_after_a_chamber_vote_points_to_nobody():
    # the chamber's vote gave no row; "It" after it is the chamber, not the country its description was read as
    rows = bylined_story("QUITO, June 3 (Wire) - Ecuador's lower house approved the trade pact with Korea by 90 "
                         "votes to 40.",
                         "The chamber rejected an amendment that would have capped the pork quota at 2,000 tonnes.",
                         "It did adopt a non-binding motion asking the government to suspend the pork concession "
                         "if prices fall.", published_at=ON)
    assert triples_in(rows, "non-binding motion") == []


def test_goods_not_made_in_a_country_are_not_its_goods():
    # "machinery not made in Ecuador": Ecuador's tariff cut, not one on Ecuadorian goods
    rows = bylined_story("QUITO, June 3 (Wire) - Ecuador will keep its steel import quotas for another year, "
                         "while cheap Chinese steel keeps arriving.",
                         "In a separate decision, Ecuador cut to zero the import tariff on 90 types of machinery not "
                         "made in Ecuador.", published_at=ON)
    assert triples_in(rows, "types of machinery") == [("ECU", "tariff", "remove")]
