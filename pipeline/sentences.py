"""Sentence boundaries inside a paragraph, as character spans.

Rule-based: a sentence ends at . ! ? (optionally followed by closing quotes or
brackets) when the next non-space character starts a new sentence, except after
known abbreviations, initials and decimal numbers. Spans index into the text
given, so callers add the paragraph's char_start to get body offsets.
"""
from __future__ import annotations

import re

from pipeline.actors import with_start_charset

# Abbreviations after which a full stop does not end a sentence (lower-case, no dot).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st gen col lt sgt capt gov sen rep rev hon pres
    approx dept govt corp inc ltd co bros u.s u.k u.n e.u vs i.e e.g cf""".split()
)
# Abbreviations that are also ordinary words ("no", "Sun", "Jan"): they hold a
# sentence together only when a number follows ("No. 5", "Jan. 20").
NUMERIC_ABBREVIATIONS = frozenset(
    """no nos vol art sec para fig p pp
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# Words that start a sentence far more often than they follow "U.S." inside one:
# after a dotted acronym they mean the acronym's full stop also ends the sentence.
SENTENCE_STARTERS = frozenset(
    """The It This That These Those He She They We I But And In On At As A An For However
    Meanwhile Officials Its Their His Her Our There Under After Before While Since When""".split()
)

# A footnote marker may follow the full stop ("... labor rights.[5] This includes ..."):
# treaty texts number their footnotes in brackets, and the sentence still ends there.
# Speed (round 35): a pattern opening with a repeat ("[.!?]+") gets no start set from re's compiler, so
# search entered the pattern at every character of every paragraph; ``with_start_charset`` writes the
# set of characters a match starts with into its compiled code (the same source, flags and matches):
# the engine skips to the next ".", "!" or "?" in its tight loop (-4.5 M instructions a sample pass)
_CANDIDATE_END = with_start_charset(re.compile(r"""[.!?]+["'”’)\]]*(?:\[\d{1,2}\])?(?=\s+|$)"""))
_NEXT_START = re.compile(r"""\s+(["'“‘(\[]*[A-Z0-9\u00C0-\u024F\u0400-\u04FF\u4e00-\u9fff$€£¥])""")
_WORD_AT = re.compile(r"""["'“‘(\[]*\w*""")
_WORD_BEFORE = re.compile(r"""([A-Za-z][A-Za-z.]*)\.?$""")


def _ends_with_abbreviation(text: str, dot_index: int, next_char: str, next_word: str = "") -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot_index - 20), dot_index + 1)
    if not match:
        return False
    word = match.group(1).rstrip(".").lower()
    if match.start() > 0 and text[match.start() - 1] == "-" and "." not in word:
        return False  # the tail of a hyphenated name ("CAFTA-DR."), not a title like "Dr."
    if "." in word and next_word in SENTENCE_STARTERS:
        return False  # "... from the U.S. The deal ...": the acronym ends the sentence
    if word in ABBREVIATIONS:
        return True
    if word in NUMERIC_ABBREVIATIONS:
        return next_char.isdigit()
    # single initials ("J. Smith") and dotted acronyms ("U.K.") mid-sentence
    return len(word) == 1 or ("." in word and len(word) <= 5)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE_END.finditer(text):
        end = match.end()
        following = _NEXT_START.match(text, end)
        if end < len(text) and not following:
            continue
        first_dot = match.start()
        closed_quote = match.end() - first_dot > 1 and text[match.end() - 1] in "\"'”’"
        next_char = following.group(1)[:1] if following else ""
        next_word = _WORD_AT.match(text, following.start(1)).group(0) if following else ""
        if (
            text[first_dot] == "."
            and not closed_quote
            and _ends_with_abbreviation(text, first_dot, next_char, next_word)
        ):
            continue
        spans.append((start, end))
        start = following.start(1) if following else end
    if start < len(text):
        spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The span of the sentence containing ``offset``."""
    for start, end in split_sentences(text):
        if start <= offset < end:
            return start, end
    return 0, len(text)
