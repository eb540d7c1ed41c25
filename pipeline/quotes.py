"""Quotation spans inside a paragraph: the quote scanner behind statements.py.

Handles straight and curly double quotes, guillemets, British single quotes
told apart from apostrophes (we’ve, China’s, exporters’), quotes nested inside
quotes (only the outermost span is returned), and unbalanced marks: a quote
left open runs to the end of the paragraph and is flagged ``closed=False`` so
the caller can carry it into the next paragraph. Never raises.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
QUOTE_CHARS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_DOUBLE + STRAIGHT_SINGLE

# What may stand just before an opening mark: start of text, space, an opening
# bracket or dash, or another opening quote (nesting).
_BEFORE_OPENER = set(" \t\n([{—–-/" + DOUBLE_OPEN + SINGLE_OPEN + '"' + "'")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass(frozen=True)
class QuoteSpan:
    """A top-level quotation: ``start``/``end`` include the marks, content excludes them."""

    start: int
    end: int
    content_start: int
    content_end: int
    closed: bool
    mark: str  # "double" | "single"

    def content(self, text: str) -> str:
        return text[self.content_start : self.content_end]


def _is_opening_position(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _BEFORE_OPENER or before.isspace()) and not after.isspace()


def _is_apostrophe(text: str, i: int) -> bool:
    """A ’ or ' between letters (we’ve, China’s) or a plural possessive (exporters’ share)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    # "exporters’ margins": closing a possessive plural, followed by a lower-case word
    if before in "sS" and after == " " and i + 2 < len(text) and text[i + 2].islower():
        return True
    # "’90s", "’til": elision at the start of a word
    return before.isspace() and after.isdigit()


def _single_opener(text: str, i: int) -> bool:
    ch = text[i]
    if ch == SINGLE_OPEN:
        return _is_opening_position(text, i)
    if ch == STRAIGHT_SINGLE:
        return _is_opening_position(text, i) and not _is_apostrophe(text, i)
    return False


def _single_closer(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in (SINGLE_CLOSE, STRAIGHT_SINGLE):
        return False
    before = text[i - 1] if i > 0 else " "
    if before.isspace():
        return False
    return not _is_apostrophe(text, i)


def _double_kind(text: str, i: int) -> str | None:
    """'open', 'close' or None for a double mark at ``i``."""
    ch = text[i]
    if ch in DOUBLE_OPEN:
        return "open"
    if ch in DOUBLE_CLOSE:
        return "close"
    if ch == STRAIGHT_DOUBLE:
        return "open" if _is_opening_position(text, i) else "close"
    return None


def scan_quotes(text: str) -> list[QuoteSpan]:
    """The top-level quotation spans of one paragraph, in order."""
    try:
        text = text or ""
        if "''" not in text:
            return _scan(text)
        # Some wires write a double quote as two straight single quotes (''like this''):
        # scan with each pair as one straight double mark, then widen the spans back.
        marked = text.replace("''", '"' + _PAIR_FILLER)
        return [_widen(span, marked) for span in _scan(marked)]
    except Exception:  # the scanner must never take the pipeline down
        return []


_PAIR_FILLER = "\x01"


def _widen(span: QuoteSpan, marked: str) -> QuoteSpan:
    content_start = span.content_start + (marked[span.content_start:span.content_start + 1] == _PAIR_FILLER)
    end = span.end + (span.closed and marked[span.end:span.end + 1] == _PAIR_FILLER)
    return QuoteSpan(span.start, end, content_start, max(span.content_end, content_start), span.closed, span.mark)


def _scan(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []  # (mark, index of opening mark)
    i = 0
    n = len(text)
    first = len(text) - len(text.lstrip())
    while i < n:
        ch = text[i]
        if ch not in QUOTE_CHARS:
            i += 1
            continue
        double = _double_kind(text, i)
        if i == first and double == "close" and ch in DOUBLE_CLOSE and not stack:
            double = "open"  # a paragraph opening with ” (a typo for “) still opens a quotation
        elif double == "close" and ch in DOUBLE_CLOSE and not stack and _is_opening_position(text, i) \
                and _closers_for_nesting(text, i + 1, 1):
            double = "open"  # "Name: ”Q.”": a ” before a word, with nothing open and a ” still to come, opens
        if double is not None:
            if double == "close":
                # close the innermost double quote, discarding single quotes left open inside it
                while stack and stack[-1][0] != "double":
                    stack.pop()
                if stack:
                    _, opened = stack.pop()
                    if not stack:
                        spans.append(QuoteSpan(opened, i + 1, opened + 1, i, True, "double"))
            elif stack and stack[-1][0] == "double" and not _closers_for_nesting(text, i + 1, len(stack) + 1):
                # a second opener inside an open double quote: the first was never
                # closed (typo or a quote running on); end it here and start anew
                _, opened = stack.pop()
                if not stack:
                    spans.append(QuoteSpan(opened, i, opened + 1, _trim_end(text, opened + 1, i), False, "double"))
                stack.append(("double", i))
            else:
                stack.append(("double", i))
            i += 1
            continue
        # single marks
        if stack and stack[-1][0] == "single" and _single_closer(text, i):
            _, opened = stack.pop()
            if not stack:
                spans.append(QuoteSpan(opened, i + 1, opened + 1, i, True, "single"))
        elif _single_opener(text, i) and _has_single_closer(text, i + 1):
            stack.append(("single", i))
        i += 1
    # whatever is still open runs to the end of the paragraph
    outer = next((entry for entry in stack if entry[0] == "double"), stack[0] if stack else None)
    if outer is not None:
        mark, opened = outer
        spans.append(QuoteSpan(opened, n, opened + 1, _trim_end(text, opened + 1, n), False, mark))
    return sorted(spans, key=lambda s: s.start)


def _closers_for_nesting(text: str, start: int, needed: int) -> bool:
    """Enough closing double marks remain for an opener to be a nested quote."""
    found = 0
    for j in range(start, len(text)):
        if text[j] in DOUBLE_CLOSE + STRAIGHT_DOUBLE and _double_kind(text, j) == "close":
            found += 1
            if found >= needed:
                return True
    return False


def _has_single_closer(text: str, start: int) -> bool:
    """A single opener counts only when a closing single mark follows (else it is an elision)."""
    for j in range(start, len(text)):
        if text[j] in (SINGLE_CLOSE, STRAIGHT_SINGLE) and _single_closer(text, j):
            return True
    return False


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def looks_like_sentence(content: str) -> bool:
    """A quotation that reads as a full utterance, not a scare-quoted term.

    Scare quotes ("reciprocal", "Phase One") are short and carry no sentence
    punctuation; a quote of four or more words or one ending in . ! ? , counts.
    """
    words = content.split()
    if not words:
        return False
    if len(words) >= 4:
        return True
    return bool(_SENTENCE_END.search(content.strip())) or content.strip().endswith(",")


def starts_with_quote(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in DOUBLE_OPEN + STRAIGHT_DOUBLE + SINGLE_OPEN + STRAIGHT_SINGLE
