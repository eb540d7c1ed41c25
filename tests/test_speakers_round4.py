"""Speaker rules added in round 4 (issue 5), each on sentences written for these tests."""
from pipeline.model import article_from_paragraphs
from pipeline.statements import extract_statements


def extract(*paragraphs):
    article = article_from_paragraphs(list(paragraphs))
    article.article_id = "round4"
    return extract_statements(article)


def test_a_subject_opened_with_an_honorific_keeps_the_pronoun_after_another_man_is_named():
    statements = extract(
        "Ed Varga hosts a late show on the Harbour Channel. Prime Minister Tomas Ebner appeared on it in May.",
        "Mr. Varga used to back the coalition and no longer supports Mr. Ebner, the favourite of the exporters. "
        "The difference now, he told me on Friday, is that he reads the news rather than his opinions.",
    )
    assert [s.speaker for s in statements] == ["Ed Varga"]


def test_a_pronoun_after_a_titled_description_does_not_decide_the_named_speakers_gender():
    statements = extract(
        "“Hold the line,” Orla Brennick said to the union chair, who began his speech with the wage figures.",
        "“We are not done with this quota,” she said.",
    )
    assert [s.speaker for s in statements] == ["Orla Brennick", "Orla Brennick"]


def test_a_party_word_opens_the_title_seen_before_a_name_in_running_text():
    statements = extract(
        "An audit this week released part of Republican presidential nominee Tom Hale’s 1995 tax return.",
        "Hale said the audit was “a fishing trip.”",
    )
    assert [(s.speaker, s.speaker_role) for s in statements] == [("Tom Hale", "Republican presidential nominee")]


def test_a_description_naming_one_party_never_resolves_to_the_other_partys_nominee():
    statements = extract(
        "Republican presidential nominee Tom Hale toured a steel plant on Monday.",
        "Ana Ruiz spoke in Toledo on Tuesday. The Democratic presidential nominee says the steel quota should be reviewed.",
    )
    assert [s.speaker for s in statements] == ["Democratic presidential nominee"]


def test_it_finds_a_city_named_by_its_place_and_taken_up_again_as_the_city():
    statements = extract(
        "The city of Harwick is demanding that the Lorn Party campaign stop using photos of its harbour.",
        "The city sent a letter on Thursday. It says the campaign broke copyright law with the photos.",
    )
    reported = [s for s in statements if s.quote.startswith("the campaign broke")]
    assert [(s.speaker, s.kind) for s in reported] == [("city of Harwick", "indirect")]


def test_they_finds_a_long_plural_group_that_opened_a_sentence_as_its_subject():
    statements = extract(
        "Port unions said on Monday that the quota would cost jobs.",
        "Fourteen states led by Ohio and two farm groups are challenging the quota in court. "
        "They argue that the ministry overstepped its powers when it set the quota.",
    )
    argued = [s for s in statements if s.quote.startswith("the ministry overstepped")]
    assert [s.speaker for s in argued] == ["fourteen states led by Ohio and two farm groups"]


def test_they_finds_critics_of_something_named_with_an_aside_before_the_verb():
    statements = extract(
        "Port unions said on Monday that the quota would cost jobs.",
        "Critics of the quota, like Senators Dana Reyes and Tom Hale, see the review as a chance to end it. "
        "They sent a letter on Thursday.",
        "“The quota has failed and should be allowed to lapse,” they wrote.",
    )
    assert [s.speaker for s in statements if s.kind == "direct"] == ["critics of the quota"]


def test_a_possessive_name_before_a_plural_group_names_the_group_not_the_person():
    statements = extract(
        "Farm groups said the quota was too tight.",
        "Reyes aides acknowledged the talks with the ministry. But they insisted that the quota stays.",
    )
    insisted = [s for s in statements if s.quote.startswith("the quota stays")]
    assert [s.speaker for s in insisted] == ["Reyes aides"]


def test_a_described_group_with_modifiers_before_its_head_speaks():
    [statement] = extract(
        "Although Ebner lacks a signature reform, elected officials from both parties say he has earned a hearing."
    )
    assert (statement.speaker, statement.speaker_type, statement.kind) == (
        "elected officials from both parties", "official", "indirect")


def test_it_finds_an_organisation_that_opened_a_sentence_after_an_opening_phrase():
    statements = extract(
        "During the spring talks, the Harbour Times gave the quota its backing.",
        "Meanwhile, it attacked the ministry, saying the rebate was “a bribe to the ports.”",
    )
    assert [s.speaker for s in statements] == ["Harbour Times"]


def test_a_quote_opening_a_paragraph_belongs_to_the_person_the_last_paragraph_introduced_with_a_title():
    statements = extract(
        "“The quota is a tax on patience,” said Mara Quist, the farm minister.",
        "The worry is shared by Lena Marsh, president of the Orchard Growers Association.",
        "“We cannot plan a harvest around it,” she said.",
    )
    assert [s.speaker for s in statements] == ["Mara Quist", "Lena Marsh"]


def test_a_person_merely_named_in_the_last_paragraph_does_not_take_the_quote_from_the_speaker():
    statements = extract(
        "“The quota is a tax on patience,” said Mara Quist, the farm minister.",
        "The rebate was drawn up by Lena Marsh in March.",
        "“We cannot plan a harvest around it,” she said.",
    )
    assert [s.speaker for s in statements] == ["Mara Quist", "Mara Quist"]


def test_a_subject_with_a_lower_case_title_after_an_opening_phrase_takes_the_next_pronoun():
    statements = extract(
        "“The quota is a tax on patience,” said Mara Quist, the farm minister.",
        "In a statement on Tuesday, opposition leader Lena Marsh was more cautious than her rivals. "
        "Though she called the quota “clumsy” and “late,” she would not promise to scrap it.",
    )
    called = [s for s in statements if "clumsy" in s.quote]
    assert [s.speaker for s in called] == ["Lena Marsh"]


def test_a_sentence_reporting_someones_view_by_possessive_puts_them_in_focus():
    statements = extract(
        "“The quota stays,” said Tom Hale, the farm minister.",
        "The growers will face the same pressure Mr. Ebner faced. Mr. Ebner’s bet is that the quota will fade "
        "on its own. He says his successor should scrap it before the harvest.",
    )
    assert [s.speaker for s in statements] == ["Tom Hale", "Ebner"]


def test_a_legislature_committee_named_with_title_words_is_one_government_body():
    from pipeline.speakers import parse_speaker
    body = parse_speaker("House Energy and Commerce Committee")
    assert (body.kind, body.name, body.speaker_type) == ("organisation", "House Energy and Commerce Committee", "official")
    chair = parse_speaker("Senate Orchards and Trade Committee Chairman Tom Hale")
    assert (chair.name, chair.role, chair.org, chair.speaker_type) == (
        "Tom Hale", "Chairman", "Senate Orchards and Trade Committee", "official")
    company = parse_speaker("Kestrel Trading Company Chairman Tom Hale")
    assert company.speaker_type == "business"


def test_company_suffixes_and_airlines_name_organisations():
    from pipeline.speakers import parse_speaker
    assert [(s.kind, s.name) for s in map(parse_speaker, ["Kestrel Air Lines", "Harbour Valley Power Co.", "Orchard Fruit LLC"])] == [
        ("organisation", "Kestrel Air Lines"), ("organisation", "Harbour Valley Power Co."), ("organisation", "Orchard Fruit LLC")]
    assert {parse_speaker(name).speaker_type for name in ("Kestrel Air Lines", "Harbour Valley Power Co.")} == {"business"}


def test_a_possessive_owner_after_the_is_an_organisation_unless_it_is_a_country():
    from pipeline.speakers import parse_speaker
    outlet = parse_speaker("The Harbourer’s Sean Davis")
    assert (outlet.name, outlet.org, outlet.country_hint) == ("Sean Davis", "Harbourer", None)
    country = parse_speaker("the United States’ Trade Representative Dana Reyes")
    assert (country.name, country.org, country.country_hint) == ("Dana Reyes", None, "United States")


def test_a_relative_named_by_kin_word_is_the_person_a_later_pronoun_means():
    statements = extract(
        "When my mother mentioned the quota at dinner, I laughed. She became so upset that I took it back. "
        "To which she said, “Thank God you still care about the orchard.”",
        "“We live on what the trees give us,” my father often said. He also told the neighbours that "
        "“the quota is the answer.”",
    )
    assert [s.speaker for s in statements] == ["my mother", "my father", "my father"]


def test_a_kin_word_followed_by_a_name_is_that_named_person():
    statements = extract(
        "Tom Hale and his wife Lena Marsh toured the orchard on Monday.",
        "“It is the best harvest in years,” she said.",
    )
    assert [s.speaker for s in statements] == ["Lena Marsh"]
