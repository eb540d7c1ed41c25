"""Commitment extraction, round 17: who acts — parties named by a description, shared subjects,
who levies a duty.

Each mechanism is tested on several wordings of our own (official and news register); countries,
firms and figures are invented or used only for their names.
"""
from datetime import datetime, timezone

from commitment_text import commitments_from

PUBLISHED = datetime(2026, 6, 10, 15, 0, tzinfo=timezone.utc)
BYLINE = ["Dana Reyes"]


def extract(*texts, title, authors=None):
    return commitments_from(list(texts), published_at=PUBLISHED, title=title, authors=authors,
                            article_id="test-parties-r17")


def of(rows, sentence):
    return sorted((r.actor, r.category, r.action, r.value_from, r.value_to, r.amount) for r in rows if r.evidence == sentence)


# --- (1) a party named by a description at the head of its clause -----------------------------

def test_a_described_party_is_the_nearest_party_of_its_kind_named_before():
    cases = [
        # news, a monarchy named by its kind, the lead in another paragraph
        (["Saudi Arabia and the United States agreed a trade framework on Tuesday.",
          "Under the framework, the kingdom will cut its tariffs on U.S. cars to 5 per cent from 10 per cent."],
         "Saudi Arabia, US agree trade framework", BYLINE, ("SAU", "tariff", "reduce", 10.0, 5.0, None)),
        # a modified description, a perfect tense, list of goods
        (["Oman and Washington signed a reciprocal trade agreement in Muscat.",
          "The Gulf sultanate has agreed to remove its duties on American poultry, beef and dairy."],
         "Oman signs trade deal with US", BYLINE, ("OMN", "tariff", "remove", None, None, None)),
        # a republic, the description opening the sentence
        (["Washington and the Philippines reached a trade deal on Tuesday.",
          "The republic will eliminate tariffs on U.S. wheat and soybeans, officials said."],
         "Philippines, US reach deal", BYLINE, ("PHL", "tariff", "remove", None, None, None)),
        # a ministry reporting its own act, the levels in the older order
        (["Japan and the United States agreed a trade deal on Monday.",
          "The ministry said it would lower tariffs on American beef to 9 per cent from 38.5 per cent."],
         "Japan, US agree trade deal", BYLINE, ("JPN", "tariff", "reduce", 38.5, 9.0, None)),
        # a government after an opening phrase, the other country named only by its goods
        (["SANTIAGO, May 3 (Northline Press) - Chile will raise duties on Chinese steel bars to 24.9 per cent.",
          "In a separate decree, the government will scrap the 6% import tariff on fertiliser from all origins."],
         "Chile raises steel duties", BYLINE, ("CHL", "tariff", "remove", 6.0, None, None)),
        # official register: a treaty party named by its title, capitalised
        (["The United States and the Kingdom of Cambodia have reached a framework for an agreement on reciprocal trade.",
          "The Kingdom will eliminate tariffs on U.S. poultry and pork."],
         "Joint Statement on a Framework for a United States-Cambodia Agreement on Reciprocal Trade", None,
         ("KHM", "tariff", "remove", None, None, None)),
        # a description carrying its country's adjective
        (["India and the United States agreed a trade deal on Monday.",
          "The Indian government also agreed to buy $5 billion of U.S. liquefied natural gas."],
         "India, US agree trade deal", BYLINE, ("IND", "purchase", "purchase", None, None, 5e9)),
    ]
    for texts, title, authors, expected in cases:
        rows = extract(*texts, title=title, authors=authors)
        assert of(rows, texts[-1]) == [expected], (texts[-1], of(rows, texts[-1]))


def test_a_country_named_as_goods_or_object_is_not_the_described_party():
    # "U.S. almonds" is the goods' origin: the government is India's, named by its capital
    texts = ["India and the United States agreed a trade deal on Monday.",
             "New Delhi will cut duties on U.S. almonds. The government also agreed to buy $5 billion of U.S. energy."]
    rows = extract(*texts, title="India, US agree trade deal", authors=BYLINE)
    assert ("IND", "purchase", "purchase") in [(r.actor, r.category, r.action) for r in rows]
    assert not [r for r in rows if r.actor == "USA" and r.category == "purchase"]


def test_a_description_of_a_kind_no_party_has_names_nobody():
    # no monarchy is named before: "the kingdom" is not Vietnam (no guess)
    texts = ["Vietnam and the United States announced a trade deal on Monday.",
             "The kingdom will cut its tariffs on U.S. cars to 5 per cent from 10 per cent."]
    rows = extract(*texts, title="Vietnam, US announce trade deal", authors=BYLINE)
    assert not [r for r in rows if r.evidence == texts[-1] and r.actor == "VNM"]


def test_an_attribution_after_a_comma_keeps_the_clause_s_own_actor():
    sentence = "Both countries will also suspend for a year the fees they charge on each other's ships, the ministry said."
    rows = extract("China and the United States agreed a truce in Busan.", sentence,
                   title="China, US agree truce", authors=BYLINE)
    got = [(r.actor, r.category, r.action) for r in rows if r.evidence == sentence]
    assert sorted(a for a, _, _ in got) == ["CHN", "USA"]
    assert all("the ministry said" in (r.subject or "the ministry said") for r in rows if r.evidence == sentence)


# --- (2) a chapeau whose subject is both parties --------------------------------------------------

FRAMEWORK_TITLE = "Fact Sheet: The United States and Ecuador Agree on a Framework for Reciprocal Trade"
OPENING = "The United States and Ecuador have agreed on a framework for an agreement on reciprocal trade."
P, L, H = "paragraph", "list_item", "heading"


def framework(texts, kinds, levels):
    return commitments_from([OPENING, *texts], published_at=PUBLISHED, title=FRAMEWORK_TITLE, kinds=[P, *kinds],
                            levels=[0, *levels], article_id="test-parties-r17")


def parties_of(rows, sentence):
    return sorted((r.actor, r.counterparty) for r in rows if sentence.endswith(r.evidence) or r.evidence.endswith(sentence))


BOTH = [("ECU", "USA"), ("USA", "ECU")]


def test_items_under_a_chapeau_naming_both_parties_take_a_row_per_party():
    item = "Begin negotiations on digital trade."
    for texts, kinds, levels in (
        (["Joint Commitments", item], [H, L], [0, 1]),                           # a heading
        (["U.S. and Ecuadorian commitments", item], [H, L], [0, 1]),             # two parties' adjectives
        (["Both countries commit to:", item], [P, L], [0, 1]),                   # a list-opening line
        (["Together, the two countries will:", item], [P, L], [0, 1]),           # an adverb before the subject
        (["The Parties shall:", "(a) " + item[0].lower() + item[1:]], [P, L], [0, 1]),  # treaty language, lettered
        (["SHARED COMMITMENTS: " + item], [P], [0]),                             # a label opening the paragraph
        (["Both sides will:", "Work on standards:", item], [P, L, L], [0, 1, 2]),  # a nested list
    ):
        rows = framework(texts, kinds, levels)
        assert parties_of(rows, texts[-1]) == BOTH, (texts, parties_of(rows, texts[-1]))


def test_a_joint_heading_ends_at_the_next_heading():
    rows = framework(["Joint Commitments", "Strengthen cooperation on export controls.",
                      "Ecuador's Commitments", "Eliminate tariffs on U.S. wheat."], [H, L, H, L], [0, 1, 0, 1])
    assert parties_of(rows, "Strengthen cooperation on export controls.") == BOTH
    assert parties_of(rows, "Eliminate tariffs on U.S. wheat.") == [("ECU", "USA")]


def test_a_chapeau_naming_the_goods_of_one_party_binds_the_other_alone():
    # "goods of the United States" is the object: Oman alone is bound
    rows = commitments_from(
        ["The United States and Oman signed an agreement on reciprocal trade.",
         "With respect to food and agricultural goods of the United States, Oman shall:",
         "(a) accept export certificates issued by the U.S. Department of Agriculture for dairy products;"],
        published_at=PUBLISHED, title="Agreement between the United States of America and the Sultanate of Oman on Reciprocal Trade",
        kinds=[P, P, L], levels=[0, 0, 1], article_id="test-parties-r17")
    assert {r.actor for r in rows if r.evidence.startswith("(a)")} == {"OMN"}


# --- (3) the levier of a duty is the country the goods enter, never their origin ------------------

ROUNDUP_LEAD = "Washington has struck a string of tariff deals since 2025."


def roundup(heading, sentence):
    return commitments_from([ROUNDUP_LEAD, heading, sentence], published_at=PUBLISHED, title="Tariff bargains compared",
                            authors=BYLINE, kinds=[P, H, P], article_id="test-parties-r17")


def test_a_duty_on_a_party_s_own_goods_is_levied_by_the_other_side():
    for heading, sentence, expected in (
        # the heading's party owns the framework, not the duty on its goods
        ("Britain: first", "Britain went first. Its framework kept the 10 per cent baseline duty on most British goods.",
         ("USA", "GBR", "tariff", "maintain", None, 10.0)),
        # a deal as the subject, the rate after the goods
        ("Korea", "The agreement holds the duty on Korean cars at 15 per cent.", ("USA", "KOR", "tariff", "maintain", None, 15.0)),
        # the party's own deal as the subject, the new level only
        ("Mexico", "Mexico's own deal lowered the duty on Mexican tomatoes to 17 per cent.",
         ("USA", "MEX", "tariff", "reduce", None, 17.0)),
    ):
        rows = roundup(heading, sentence)
        got = [(r.actor, r.counterparty, r.category, r.action, r.value_from, r.value_to) for r in rows
               if sentence.endswith(r.evidence)]
        assert got == [expected], (sentence, got)


def test_the_goods_country_is_the_counterparty_when_the_sentence_names_no_other():
    # under a heading on Korea, a duty on Japanese cars is paid by Japan, not by Korea
    sentence = "Tokyo's deal cut the U.S. tariff on Japanese cars to 15 per cent from 27.5 per cent."
    rows = roundup("Korea: the big cheque", "Seoul pledged $350 billion. " + sentence)
    assert [(r.actor, r.counterparty) for r in rows if r.category == "tariff"] == [("USA", "JPN")]


def test_a_party_s_own_duty_on_the_other_s_goods_stays_its_own():
    sentence = "Ottawa kept its levies on American steel and aluminium."
    rows = roundup("Canada", sentence)
    assert [(r.actor, r.counterparty, r.action) for r in rows if r.evidence == sentence] == [("CAN", "USA", "maintain")]


def test_a_cut_on_the_partner_s_goods_is_one_row_of_the_levier():
    sentence = ("Under the framework, Washington agreed to lower the tariff on most Kenyan goods to 10 per cent from 15 per "
                "cent, while Nairobi will open its market to U.S. pork.")
    rows = commitments_from(["Kenya and the United States signed a framework in October.", sentence], published_at=PUBLISHED,
                            title="Kenya, US sign framework", authors=BYLINE, article_id="test-parties-r17")
    assert [(r.actor, r.counterparty, r.value_from, r.value_to) for r in rows if r.category == "tariff"] == [("USA", "KEN", 15.0, 10.0)]


def test_a_government_in_a_datelined_story_is_the_dateline_s_not_a_country_listed_after_a_preposition():
    sentence = "The government will raise its duties on steel coils to 20 per cent from 10 per cent."
    rows = extract("JAKARTA, May 3 (Meridian Wire) - Cheap steel from Vietnam and China has flooded the market.", sentence,
                   title="Indonesia raises steel duties", authors=BYLINE)
    assert [(r.actor, r.action, r.value_from, r.value_to) for r in rows if r.evidence == sentence] == [("IDN", "raise", 10.0, 20.0)]
