"""Attribution patterns adjusted in round 4 (issue 5), on sentences written for these tests."""
from pipeline.model import article_from_paragraphs
from pipeline.statements import extract_statements


def extract(*paragraphs):
    article = article_from_paragraphs(list(paragraphs))
    article.article_id = "round4"
    return extract_statements(article)


def test_a_signed_quote_keeps_a_name_with_a_middle_initial():
    statements = extract(
        "“The quota splits families who farm on both sides of the river.” ― Tomas Ebner",
        "“We will not stop until the border opens for our fruit again!” ― Julie A. Marsh Oduya.",
    )
    assert [(s.kind, s.speaker) for s in statements] == [("direct", "Tomas Ebner"), ("direct", "Julie A. Marsh Oduya")]


def test_according_to_a_group_named_with_a_verb_like_word_is_reported_speech():
    statements = extract(
        "As host of the talk show, Tom Hale mocked the growers, according to show insiders. "
        "They said he read their letters aloud.",
    )
    assert [(s.kind, s.speaker, s.speaker_type) for s in statements] == [
        ("indirect", "show insiders", "anonymous"), ("indirect", "show insiders", "anonymous")]


def test_a_round_up_quote_opened_with_a_closing_mark_is_still_the_labelled_persons():
    [statement] = extract(
        "Kestrel Bank Chief Economist Dana Whitfield: ”The framework is a floor, not a ceiling. It keeps our exporters in the game.”"
    )
    assert (statement.kind, statement.speaker, statement.speaker_org) == ("direct", "Dana Whitfield", "Kestrel Bank")
    assert statement.quote.startswith("The framework is a floor")


def test_a_subject_of_the_form_the_party_title_keeps_its_title_before_a_coordinated_speech_verb():
    statements = extract(
        "Republican presidential nominee Tom Hale spoke in Ohio on Monday.",
        "The Republican nominee also outlined his farm plan and vowed to scrap “every quota on day one.”",
    )
    assert [(s.kind, s.speaker) for s in statements] == [("partial", "Tom Hale")]


def test_a_quote_set_off_by_dashes_after_a_person_in_a_list_is_that_persons():
    statements = extract(
        "A chorus of growers has said the same thing, including the former farm minister Tom Hale -- "
        "“It is madness to keep a quota nobody can enforce” -- and Lena Marsh, a grain trader."
    )
    assert [(s.kind, s.speaker, s.quote) for s in statements] == [
        ("direct", "Tom Hale", "It is madness to keep a quota nobody can enforce")]


def test_an_excerpt_quoted_whole_runs_on_over_unmarked_paragraphs_to_its_closing_mark():
    statements = extract(
        "It is the latest sign of how wrong the critics were, a point made by the Harbour Times’s Lena Marsh "
        "in a new column:",
        "“When the quota deal landed on Sunday, you could hear the critics go quiet.",
        "Growers, traders and economists had predicted ruin since the ‘Quota Day’ announcement.",
        "They were wrong, and few of them will say so.”",
        "The ministry said the quota would stay.",
    )
    assert [(s.paragraph_index, s.kind, s.speaker) for s in statements] == [
        (1, "direct", "Lena Marsh"), (2, "continuation", "Lena Marsh"), (3, "continuation", "Lena Marsh"),
        (4, "indirect", "the ministry")]
    assert statements[0].speaker_org == "Harbour Times"
    assert statements[2].quote == "They were wrong, and few of them will say so."


def test_an_open_quote_followed_by_a_new_quotation_does_not_run_on():
    statements = extract(
        "“We will not sign this quota,” said Tom Hale, the farm minister. “Not this year and not",
        "Growers met on Monday to plan their response.",
        "“It is a fair deal,” Lena Marsh, a trader, said.",
    )
    assert [(s.paragraph_index, s.speaker) for s in statements] == [(0, "Tom Hale"), (2, "Lena Marsh")]


def test_a_show_name_with_a_verb_like_word_before_a_title_is_a_round_up_label():
    [statement] = extract("The Harbour Show host Dana Whitfield: “A-plus. The best speech on trade in a decade.”")
    assert (statement.kind, statement.speaker, statement.speaker_role, statement.speaker_org) == (
        "direct", "Dana Whitfield", "host", "Harbour Show")


def test_a_headline_verb_in_title_case_is_still_a_verb():
    statements = extract("Minister Says Orchard Quota Will End In ‘Good Time.’")
    assert all(s.speaker != "Minister Says Orchard Quota" for s in statements)


def test_a_pronoun_inside_a_labelled_round_up_quote_means_someone_the_quote_names():
    statements = extract(
        "Prime Minister Tom Hale set out his trade agenda on Tuesday night.",
        "Trade analyst Carl Brandt: “A strong speech with a clear message for our exporters.”",
        "Harbour Weekly columnist Lena Marsh: “Ahead of Prime Minister Tom Hale’s speech, he promised a country "
        "‘that is finally open for business again.’ And he delivered.”",
    )
    assert [(s.paragraph_index, s.kind, s.speaker) for s in statements] == [
        (1, "direct", "Carl Brandt"), (2, "direct", "Lena Marsh"), (2, "partial", "Tom Hale")]
