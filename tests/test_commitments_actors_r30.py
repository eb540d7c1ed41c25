"""Round 30 (issue 4): one resolver for a subject told by description, for the rule chain and the learned rows.

1. The learned rows' pointing-back subject ("The ministry also said ...", "The country will ...", round 29's
``_ANAPHORIC_SUBJECT``) took the party of the page's row told last. It now asks the rule chain's resolver first
(``described_subject_party``, which reads ``_named_descriptions``: the nearest fitting party named before, not an object
or a goods' origin; a story's "the ministry" is its dateline's government), and falls back to the last row's party only
when the resolver finds none.
2. The rule chain's sentence-opening "It" with no party carried from its paragraph ("It will also scrap ...", "It
charges ...") points back to the sentence just before: the party of its last row, else the country that opens it as its
subject ("China, once ..., is a harder case."). It was left to the fallbacks (the other party of the goods' origin, the
page's main levier).

Our own sentences only (never text from the shared or written pages), read with round 26's fixture models (a detector
that passes every sentence, a category model with one label).
"""

from datetime import datetime, timezone

from pipeline.model import article_from_paragraphs
from tests.commitment_text import bylined_story, learned_rows, levels_in
from tests.test_commitments_lr_r26 import label, shown  # noqa: F401 (the fixture)


def story_rows(*paragraphs):
    """The learned rows of a bylined story (the news register)."""
    return learned_rows(list(paragraphs), title="Southern Africa trade round-up", authors=["A. Reporter"])


LEAD = "Zambia raised its duty on imported cement to 20 percent on Monday."
ASIDE = "Malawi, which sells most of its cement to Zambia, has protested against the increase."
PLEDGE = ("The country also said a zero duty on imported fertiliser, due to lapse this month, would be extended for "
          "a year.")


def test_the_country_named_last_as_a_subject_is_the_pointing_subjects_party(label):
    # the last row's party is Zambia, but "the country" told after Malawi's clause is Malawi (Zambia is an object there)
    label("tariff/extend")
    assert [row[:3] for row in shown(story_rows(LEAD, ASIDE, PLEDGE))] == [("MWI", "tariff", "extend")]


def test_a_datelined_storys_ministry_is_its_dateline_government_not_the_last_rows_party(label):
    label("tariff/extend")
    rows = story_rows("LUSAKA, May 4 (Wire) - Zambia will extend its export ban on maize for six months, officials said.",
                      "Malawi raised its duty on imported cement to 20 percent on Monday.",
                      "The ministry also said a zero duty on imported fertiliser, due to lapse this month, would be "
                      "extended for a year.")
    assert [row[:3] for row in shown(rows) if row[1] == "tariff" and row[2] == "extend"] == [("ZMB", "tariff", "extend")]


def test_with_no_description_resolved_the_last_rows_party_stays(label):
    # "It" is no description: the party of the row told last, as in round 29
    label("tariff/extend")
    rows = story_rows(LEAD, "It also said a zero duty on imported fertiliser, due to lapse this month, would be "
                            "extended for a year.")
    assert [row[:3] for row in shown(rows)] == [("ZMB", "tariff", "extend")]


def test_negative_a_country_named_only_as_an_object_gives_no_party(label):
    # the only country named before is an object of a preposition and the goods' origin: nobody for "the country"
    label("tariff/extend")
    rows = story_rows("Cement from Zambia has flooded the market this year.", PLEDGE)
    assert rows == []


def test_negative_a_description_later_in_the_sentence_is_not_its_subject():
    from pipeline import commitments
    from pipeline.commitments import described_subject_party
    sentence = "Prices rose after the country said it would extend the duty."
    article = article_from_paragraphs(["Malawi raised its duty on cement.", sentence],
                                      published_at=datetime(2027, 5, 4, tzinfo=timezone.utc))
    context = commitments._Context(on=None, parties=["MWI"], default_status="announced", article_id="t")
    context.paragraphs = list(article.paragraphs)
    assert described_subject_party(sentence, article.paragraphs[1], 0, context) is None
    assert described_subject_party("The country said it would extend the duty.", article.paragraphs[1], 0, context) == "MWI"


# --- the chain's sentence-opening "It" -------------------------------------------------------------------------------

ON = datetime(2027, 5, 7, tzinfo=timezone.utc)
BOURBON = "India cut its duty on bourbon to 50% from 150% in February."


def test_it_after_a_sentence_opened_by_a_country_with_no_row_is_that_country():
    rows = bylined_story(BOURBON, "India also cut its duty on walnuts to 20% from 100%.",
                         "China, once the second market for Californian nuts, is a harder case.",
                         "It charges American almonds a duty of 10 percent.", published_at=ON)
    assert levels_in(rows, "It charges") == [("CHN", "tariff", "impose", None, 10.0)]


def test_it_in_the_same_paragraph_after_the_opening_country_is_that_country():
    rows = bylined_story(BOURBON, "China, once the second market for Californian nuts, is a harder case. It charges "
                                  "American almonds a duty of 10 percent.", published_at=ON)
    assert levels_in(rows, "It charges") == [("CHN", "tariff", "impose", None, 10.0)]


def test_it_opening_a_paragraph_takes_the_party_of_the_row_just_before():
    rows = bylined_story("Lima will bring its tariff on Chilean wine down to zero from 6% over three years, a step Chilean "
                         "vintners had sought.",
                         "It will also scrap duties on apples and pears, though officials in Lima declined to say how quickly.",
                         published_at=ON)
    assert levels_in(rows, "It will also") == [("PER", "tariff", "remove", None, None)]


def test_negative_a_dummy_it_or_a_copula_points_to_no_party():
    from pipeline.commitments import _POINTING_IT
    for opening in ("It is unclear whether", "It was not clear", "It would be the first", "It remains to be seen",
                    "It has been a sore point", "It means that importers", "It also is"):
        assert not _POINTING_IT.match(opening), opening
    for opening in ("It will also scrap", "It charges", "It later capped", "It withdrew"):
        assert _POINTING_IT.match(opening), opening


def test_negative_it_after_a_sentence_of_no_partys_keeps_the_old_reading():
    # a company told just before: "It" points to no party, and the sentence reads as before this round (the levier of
    # the page's rates), never the company's country guessed
    rows = bylined_story(BOURBON, "Blue Diamond, the biggest grower, reported a loss on Monday.",
                         "It charges American almonds a duty of 10 percent.", published_at=ON)
    assert levels_in(rows, "It charges") == [("IND", "tariff", "impose", None, 10.0)]
