"""The quote scanner: which quotation marks open and close a quotation."""
from pipeline.quotes import looks_like_sentence, scan_quotes


def contents(text):
    return [q.content(text) for q in scan_quotes(text)]


def test_curly_and_straight_double_quotes():
    assert contents("“Talks went well,” she said.") == ["Talks went well,"]
    assert contents('"Talks went well," she said.') == ["Talks went well,"]


def test_apostrophes_are_not_quotes():
    text = "We’ve seen China’s exporters’ margins shrink, and it’s the ’90s again."
    assert scan_quotes(text) == []


def test_british_single_quotes_beside_apostrophes():
    text = "The minister said ‘we won’t move on rice’ before the talks."
    assert contents(text) == ["we won’t move on rice"]


def test_nested_quote_stays_inside_the_outer_one():
    text = "“They call it ‘reciprocal’ but it isn’t,” he said. “A “fair” deal is different.”"
    assert contents(text) == ["They call it ‘reciprocal’ but it isn’t,", "A “fair” deal is different."]


def test_unclosed_quote_runs_to_paragraph_end():
    spans = scan_quotes("“We are not done yet, and the next round starts in June.")
    assert len(spans) == 1 and not spans[0].closed
    assert spans[0].content("“We are not done yet, and the next round starts in June.").endswith("June.")


def test_stray_closing_mark_and_odd_counts_do_not_raise():
    assert scan_quotes("prices rose” and then ” again") == []
    assert len(scan_quotes('He said "yes and "no" and "maybe')) >= 1


def test_scare_quotes_are_not_sentences():
    assert not looks_like_sentence("reciprocal")
    assert not looks_like_sentence("Phase One")
    assert looks_like_sentence("We will buy more soybeans")
    assert looks_like_sentence("Never.")


def test_paragraph_opening_with_a_closing_mark_still_opens_a_quote():
    text = "” … and that is why we signed,” the minister said."
    assert contents(text) == [" … and that is why we signed,"]


def test_a_closing_mark_before_a_word_with_a_closer_to_come_opens_a_quote():
    text = "The union chair: ”We will not sign this.” The talks ended."
    [span] = scan_quotes(text)
    assert (span.content(text), span.closed) == ("We will not sign this.", True)
