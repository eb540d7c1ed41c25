"""Round 31 (issue 4): who acts, on news pages — a story printed with no dateline whose headline opens with its
country is that country's story for its unnamed "the cabinet" / "the ministry" (``_headline_setting``,
``_Context.home_country``, read by the description resolver ``_named_descriptions``).

Our own sentences only (never text from the shared or written pages).
"""

from datetime import datetime, timezone

from tests.commitment_text import bylined_story, triples_in

ON = datetime(2027, 6, 3, tzinfo=timezone.utc)

# a story that names its partner more often than the first paragraph names the home country
LEAD = ("Paraguay agreed on Tuesday to sell more soybean meal to Chinese feed mills, and Chinese buyers will "
        "take 400,000 tonnes a year under the deal signed with China's state trader.")
# a partner's own act told just before the description
PARTNER = "China's customs agency said it had cleared twelve more meat plants to ship beef to China from June."
CABINET = ("The cabinet also extended by six months the ban on exporting untanned cattle hides, a rule first set "
           "in 2019.")
MINISTRY = ("The ministry separately extended the ban on exporting raw cotton lint until the end of the year, "
            "citing the needs of local spinners.")


def test_the_cabinet_of_a_story_whose_headline_opens_with_its_country():
    rows = bylined_story(LEAD, PARTNER, CABINET, published_at=ON,
                         title="Paraguay signs soymeal sales to Chinese mills, keeps hide export ban")
    assert triples_in(rows, "untanned cattle hides") == [("PRY", "export_control", "extend")]


def test_the_ministry_of_a_story_whose_headline_opens_with_its_country():
    rows = bylined_story(LEAD, PARTNER, MINISTRY, published_at=ON,
                         title="Paraguay books soymeal sales to China, extends lint export ban")
    assert triples_in(rows, "raw cotton lint") == [("PRY", "export_control", "extend")]


def test_a_headline_that_opens_with_an_adjective_sets_no_home():
    # "Chinese mills ..." names no home: the cabinet is not read as China's from the headline's adjective
    rows = bylined_story(LEAD, CABINET, published_at=ON,
                         title="Chinese mills sign soymeal deal with Paraguay")
    assert "CHN" not in [actor for actor, _, _ in triples_in(rows, "untanned cattle hides")]


def test_a_headline_country_the_story_hardly_names_sets_no_home():
    # the headline opens with Uruguay, but the story is about Paraguay and China: no home from the headline
    more = "Paraguay sold 1.2 million tonnes of meal abroad last year, little of it to China."
    rows = bylined_story(LEAD, more, CABINET, published_at=ON,
                         title="Uruguay watches as neighbour signs soymeal deal with Chinese mills")
    assert ("URY", "export_control", "extend") not in triples_in(rows, "untanned cattle hides")


def test_the_government_of_an_undatelined_story_is_not_read_from_its_headline():
    # only the cabinet and the ministry take the headline's country; a reported "the government" keeps waiting
    # for a dateline (a speaker's government is not the headline's: "India renews deal with Tanzania ... the
    # Tanzanian minister warned that the government might ...")
    said = "A farm union leader said the government would keep the hide export ban in place for another year."
    rows = bylined_story(LEAD, said, published_at=ON,
                         title="Paraguay signs soymeal sales to Chinese mills")
    assert triples_in(rows, "keep the hide export ban") == []


def test_a_headline_opening_with_two_countries_sets_no_home():
    # "Paraguay and Bolivia ...": the title's subject is a pair, so the cabinet is not read as Paraguay's from it
    rows = bylined_story(LEAD, PARTNER, CABINET, published_at=ON,
                         title="Paraguay and Bolivia sign soymeal sales to Chinese mills")
    assert ("PRY", "export_control", "extend") not in triples_in(rows, "untanned cattle hides")
