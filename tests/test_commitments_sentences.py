"""Sentence spans that commitment evidence is cut from."""
from pipeline.sentences import split_sentences


def sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


def test_acronym_full_stop_ends_a_sentence_before_a_sentence_starter():
    assert sentences("China will buy more from the U.S. The deal was signed on Friday.") == [
        "China will buy more from the U.S.", "The deal was signed on Friday.",
    ]


def test_acronyms_titles_and_decimals_inside_a_sentence_do_not_split():
    text = "The U.S. Trade Representative met Mr. Li in Jan. 2025 and cut rates to 2.5 per cent."
    assert sentences(text) == [text]


def test_spans_are_trimmed_and_quotes_close_sentences():
    text = '  He said: "We will cut tariffs."  China agreed. '
    assert sentences(text) == ['He said: "We will cut tariffs."', "China agreed."]


def test_a_hyphenated_name_ending_like_a_title_ends_its_sentence():
    # "DR" closing "CAFTA-DR" is part of the pact's name, not the title "Dr." before a surname.
    text = "Duties fall to zero on textiles under the CAFTA-DR. Furthermore, both sides will talk. Dr. Lee agreed."
    assert sentences(text) == [
        "Duties fall to zero on textiles under the CAFTA-DR.",
        "Furthermore, both sides will talk.",
        "Dr. Lee agreed.",
    ]
