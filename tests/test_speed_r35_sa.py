"""Round 35, speed (SA): the helper modules find the same things for less work.

- ``sentences._CANDIDATE_END`` carries its start set (``actors.with_start_charset``): the same source,
  flags and matches as the pattern compiled plainly, so the same sentence spans;
- ``timeexpr.find_years`` skips a text holding neither "19" nor "20" (every year it reads opens with one).
Texts are the team's own wordings."""
import re

from pipeline import sentences, timeexpr

PARAGRAPHS = [
    "The U.S. and Japan signed the deal on Jan. 20. It cuts duties on beef to 9 percent! Will it last? Officials said so.",
    "Mr. Smith said: \u201cWe will lift the quota.\u201d The ministry added that tariffs fall to 2.5 per cent.[3] Exports rise.",
    "No. 5 of the list covers steel... Prices rose 3.1% in 2025. e.g. pears, apples; i.e. fruit. J. Doe agreed.",
    "Trade with the E.U. grew. The deal (signed in May.) takes effect!? \u201cYes.\u201d 12. The end",
    "",
    "No full stop at all",
]


def test_sentence_ends_found_as_by_the_plain_pattern():
    plain = re.compile(sentences._CANDIDATE_END.pattern, sentences._CANDIDATE_END.flags)
    for text in PARAGRAPHS:
        assert [m.span() for m in sentences._CANDIDATE_END.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for start in range(len(text)):
            found, expected = sentences._CANDIDATE_END.search(text, start), plain.search(text, start)
            assert (found and found.span()) == (expected and expected.span())


def test_years_without_the_guard():
    texts = ["in each of 2027 and 2028", "for 1998 to 2001", "from 2019-2021", "over 30 days", "in 1850",
             "for 2,000 tonnes in 1920", "in 2100", "section 19 of 3020", ""]
    for text in texts:
        expected: list[int] = []
        for match in timeexpr._YEAR_LIST.finditer(text):
            values = [int(y) for y in re.findall(r"(?:19|20)\d{2}", match["years"])]
            if len(values) == 2 and re.search(r"-|\u2013|to|through", match["years"]) and values[1] > values[0]:
                values = list(range(values[0], values[1] + 1))
            expected.extend(v for v in values if v not in expected)
        assert timeexpr.find_years(text) == expected
