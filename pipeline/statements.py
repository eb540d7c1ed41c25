"""Statement extraction: every quote and reported statement with its speaker.

``extract_statements(article)`` walks the paragraphs in order. In each it
finds quotations (pipeline.quotes), ties each to an attribution around it
("“Q,” said X", "“Q,” X said", "X said: “Q”", "X said that … “fragment” …",
"Organisation Title Name: “Q”"), then looks for reported speech without
quotation marks ("X said that …", "…, X added", "…, say experts", "according
to X, …") and transcript turns ("Q: …", "NAME: …"). Speakers go through one
article-wide registry (pipeline.speakers) so that surnames, pronouns and "the
official" resolve to the first full mention. A quote paragraph with no
attribution that follows a speaker's quote is a continuation of it; other
unattributed quotes (scare quotes, titles) are not statements.

Kinds follow DESIGN.md: direct (a full quoted sentence), partial (a quoted
fragment inside reported speech), indirect (reported speech without quotation
marks), continuation (a later paragraph carrying on the same speaker's words).
Offsets are body offsets of the quote content (without the marks) or of the
reported content; ``quote == article.body[char_start:char_end]``.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipeline.model import Article, Paragraph, Statement, stable_id
from pipeline.quotes import QuoteSpan, looks_like_sentence, scan_quotes, starts_with_quote
from pipeline.sentences import split_sentences
from pipeline.speakers import (Speaker, SpeakerRegistry, gender_of_name, heads_government, is_quantified_share, lexicon,
                               parse_appositive, parse_speaker, strip_nationality)

EXTRACTOR_VERSION = "statements-0.3"  # round 4 (issue 5): new speaker rules change the output

log = logging.getLogger(__name__)

# Tuning constants, in one place.
MAX_SPEAKER_WORDS = 16  # a speaker phrase with its appositive ("Ms X, senior fellow at ...")
MAX_APPOSITIVE_WORDS = 40  # after "said": "said Dr X, an associate professor of … at … and the editor of …"
MIN_INDIRECT_WORDS = 3  # reported content shorter than this is not a statement
# words before the first comma of a speaker phrase ("the former secretary of state and current
# Democratic presidential nominee" has 10); strict is for phrases found without a quote beside them
MAX_HEAD_WORDS_STRICT = 11
MAX_HEAD_WORDS = 12
MAX_LABEL_OBJECT_WORDS = 10  # "called <object> “label”": words between a label verb and its quote
GENERIC_CONFIDENCE = 0.7  # "say experts": nobody in particular
UNRESOLVED_CONFIDENCE = 0.6  # a pronoun with no compatible antecedent
CONTINUATION_CONFIDENCE = 0.9

# Words that may sit between a speaker and the speech verb ("also said",
# "has repeatedly said") or after it ("said on Tuesday").
_AUX = r"(?:(?:[a-z]+ed\s+and|[a-z]{3,}ly|still|even|never|always|just|went\s+on\s+to|goes\s+on\s+to|go\s+on\s+to|also|often|frequently|usually|now|are|were|been|being|later|then|previously|again|further|once|recently|earlier|repeatedly|has|have|had|would|will|was|is|did|does|had\s+previously|has\s+long|publicly|privately|separately|simply|only|flatly)\s+)*"
_TIME_TAIL = re.compile(
    r"\s+(?:on|in|at|last|this|during|after|before|late|early|earlier|yesterday|today|tonight|when|while|from|via|by|before|through|over)\b.*$",
    re.I,
)
_QUOTE_MARKS = "\"“”„«»‘’'"
# a turn may open with a quote mark when the whole exchange is quoted ("“SATO: Well, the quota …")
_TRANSCRIPT_TURN = re.compile(r"^\s*[\"“]?(?P<who>Q|A|Question|Answer|[A-Z][A-Z.’' -]{1,40}|(?:Mr|Ms|Mrs|Dr)\.? [A-Z][\w’'-]+|[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3})\s*(?P<sep>[:：]|\s[—–]\s)\s*(?P<text>\S.*)$", re.S)


@lru_cache(maxsize=1)
def _verb_pattern() -> str:
    verbs = sorted(lexicon()["speech_verbs_set"], key=len, reverse=True)
    return r"(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs) + r")"


# The verb alternation is long: patterns built on it are compiled once (re's own cache is small).
@lru_cache(maxsize=1)
def _second_verb_re() -> re.Pattern:
    return re.compile(rf"\s*,?\s+(?:but|and)\s+(?:also\s+|later\s+)?(?P<verb>{_verb_pattern()})\s+(?:that\s+)?")


@lru_cache(maxsize=1)
def _and_verb_re() -> re.Pattern:
    return re.compile(rf"^\s*,?\s*(?:but|and)\s+(?:also\s+)?{_verb_pattern()}\b", re.I)


@lru_cache(maxsize=1)
def _inverted_re() -> re.Pattern:
    return re.compile(rf"^\s*(?P<verb>{_verb_pattern()})\s+(?P<spk>[^:,“”\"]{{2,80}}?)\s*[:,]\s*$", re.I)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    verb = _verb_pattern()
    speaker = r"(?P<spk>[^“”\"«»;:!?]{1,160}?)"
    return {
        # after a closing quote: ", said X ..." / ", X said ..."
        "trail_verb_first": re.compile(rf"^\s*[,—–-]?\s*(?P<verb>{verb})\s+(?P<spk>[^;!?]{{1,400}})$", re.I | re.S),
        "trail_speaker_first": re.compile(rf"^\s*[,—–-]?\s*{speaker}\s+{_AUX}(?P<verb>{verb})\b(?P<rest>.*)$", re.I | re.S),
        # before an opening quote: "X said:" / "X told reporters that"
        "lead": re.compile(rf"^(?P<pre>(?:.*?[,;:—]\s+)??){speaker}\s+{_AUX}(?:\w+\s+by\s+)?(?P<verb>{verb})\b(?P<tail>[^“”\"«»]*)$", re.I | re.S),
        # reported speech without quote marks
        "indirect_lead": re.compile(rf"^(?P<pre>(?:(?:Q|A|Question|Answer):\s+)?(?:[^,]{{0,60}},\s+)??(?:(?:and|but|yet|so|while|however|meanwhile)\s+)?){speaker}\s+{_AUX}(?P<verb>{verb})\b(?P<tail>.*)$", re.S),
        "indirect_trail_speaker_first": re.compile(rf"^(?P<content>.+),\s+(?P<spk>[^,“”\"«»;:!?]{{1,120}}?),?\s+{_AUX}(?P<verb>{verb})(?P<tail>(?:\s+[^,]*)?(?:,\s+(?:in|as|after|while|when|before|without|citing|despite|with|\w+ing)\b[^“”\"]*)?)[.!?]?[\"”’]?$", re.S),
        "indirect_trail_verb_first": re.compile(rf"^(?P<content>.+),\s+(?P<verb>{verb})\s+(?P<spk>[^“”\"«»;!?]{{1,200}}?)[.!?]?$", re.S),
        "according_lead": re.compile(r"^(?:[^,]{0,40},\s+)?according\s+to\s+(?P<spk>[^,]{2,120}?(?:,\s+[a-z][^,]{2,80}?)?),\s+(?P<content>.+)$", re.I | re.S),
        "according_trail": re.compile(r"^(?P<content>.+?),?\s+according\s+to\s+(?P<spk>[^;!?]{2,200}?)[.!?]?$", re.I | re.S),
        # "The difference now, he told me on Friday, is that …": a short addressee or time may follow the verb
        "parenthetical": re.compile(rf"^(?P<c1>.+?),\s+{speaker}\s+{_AUX}(?P<verb>{verb})(?:\s+(?:me|us|him|her|them|reporters)"
                                    rf"(?:\s+(?:on|in|last|this)\s+\w+)?|\s+(?:on|last|this)\s+\w+)?,\s+(?P<c2>.+)$", re.S),
    }


@dataclass
class _Candidate:
    """One statement found in a paragraph, before its speaker is resolved."""

    start: int  # paragraph-relative content offsets
    end: int
    kind: str
    verb: str | None
    speaker_phrase: str | None
    speaker_at: int  # paragraph-relative offset of the speaker phrase
    addressee: str | None = None
    quote_starts: tuple[int, ...] = ()
    speaker: Speaker | None = None
    turn: str | None = None
    parts: list[tuple[int, int]] | None = None  # quote pieces around an interrupting attribution
    lead_in: bool = False  # "X said:" closing a paragraph, the quote opens the next one


# ---------------------------------------------------------------- public entry


def extract_statements(article: Article) -> list[Statement]:
    """All statements in ``article``, in body order. Never raises."""
    try:
        paragraphs = list(article.paragraphs or [])
    except Exception:
        return []
    registry = SpeakerRegistry()
    statements: list[Statement] = []
    previous: _Candidate | None = None  # the last statement of the previous paragraph
    transcript = _is_transcript(paragraphs)
    running: dict[int, int] = {}  # paragraph position -> end of its text inside a quote running on from before
    for position, paragraph in enumerate(paragraphs):
        if position in running and previous is not None:
            # the excerpt runs on without marks: the paragraph is the same speaker's words
            found = [_excerpt_paragraph(paragraph.text or "", running[position], previous)]
        else:
            try:
                found, previous = _paragraph_statements(paragraph, registry, previous, transcript)
                if previous is not None and previous.speaker is not None:
                    running = _quote_running_on(paragraphs, position) or running
            except Exception:  # one odd paragraph must not cost the whole article
                log.warning("statement extraction failed in paragraph %s", getattr(paragraph, "index", "?"), exc_info=True)
                found, previous = [], None
        for candidate in found:
            statement = _to_statement(article, paragraph, candidate)
            if statement is not None:
                statements.append(statement)
    return statements


# How many paragraphs a quotation may run on without marks before its closing mark.
MAX_UNMARKED_EXCERPT_PARAGRAPHS = 8


def _quote_running_on(paragraphs: list[Paragraph], position: int) -> dict[int, int]:
    """A quotation left open at the end of paragraph ``position`` and closed by a lone ” some paragraphs on,
    with no quote marks in between (an op-ed excerpt quoted whole): the paragraphs after it, each with the end
    of its quoted text. Empty when the quote does not run on that way (the usual style repeats “ at each
    paragraph, which the continuation rule handles)."""
    quotes = scan_quotes(paragraphs[position].text or "")
    if not quotes or quotes[-1].closed or quotes[-1].mark != "double":
        return {}
    inside: dict[int, int] = {}
    for later in range(position + 1, min(len(paragraphs), position + 1 + MAX_UNMARKED_EXCERPT_PARAGRAPHS)):
        text = paragraphs[later].text or ""
        marks = [i for i, ch in enumerate(text) if ch in "“”\""]
        if not marks:
            inside[later] = len(text.rstrip())
            continue
        closing = marks[0]
        if text[closing] == "“" or not text[:closing].strip() or any(ch == "“" for ch in text[closing + 1:]):
            return {}  # a new quotation opens: not one running on
        inside[later] = closing
        return inside
    return {}


def _excerpt_paragraph(text: str, end: int, carry: _Candidate) -> _Candidate:
    start = len(text) - len(text.lstrip())
    return _Candidate(start, _trim_end_marks(text, start, end), "continuation", carry.verb, None, -1, carry.addressee,
                      (), carry.speaker)


def _trim_end_marks(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# ---------------------------------------------------------------- per paragraph


def _paragraph_statements(paragraph: Paragraph, registry: SpeakerRegistry, previous: _Candidate | None,
                          transcript: frozenset[str], nested: bool = False) -> tuple[list[_Candidate], _Candidate | None]:
    """The statements of one paragraph, and the one a quote opening the next paragraph would carry on."""
    text = paragraph.text or ""
    if not text.strip() or paragraph.kind in ("heading", "preformatted"):
        return [], None
    quotes = scan_quotes(text)
    if not nested:
        registry.begin_paragraph(paragraph.char_start, bool(quotes) and not text[:quotes[0].start].strip())
    sentences = _sentences(text, quotes)
    found: list[_Candidate] = []
    turn = _transcript_turn(text, transcript) if transcript else None
    if turn is not None and turn.turn in ("Q", "Question"):
        # the question is the reporter's, not a statement; whoever answers was introduced before it
        if registry.answerer is None:
            registry.answerer = registry.most_recent_person(paragraph.char_start)
        turn = None
    if turn is not None:
        found.append(turn)
    else:
        found.extend(_quoted_statements(text, quotes, sentences))
        found.extend(_indirect_statements(text, sentences, quotes, found))
        found = _split_coordinated(text, found)
    lead_in = _lead_in_to_next(text, quotes) if not found else None
    if lead_in is not None:
        found.append(lead_in)
    found.sort(key=lambda c: c.start)
    _resolve_speakers(found, text, quotes, paragraph.char_start, registry)
    # a transcript turn is its own statement: the quote mark opening it starts no continuation
    _attach_unattributed(found, text, quotes if turn is None else [], previous, sentences)
    registry.observe(_mask_quotes(text, quotes), paragraph.char_start)
    found.sort(key=lambda c: c.start)
    carry = found[-1] if found and found[-1].speaker is not None else None
    if not nested:
        found.extend(_statements_inside_excerpt(paragraph, text, quotes, registry))
        found.sort(key=lambda c: c.start)
    return [c for c in found if c.end > c.start and not c.lead_in], carry


def _statements_inside_excerpt(paragraph: Paragraph, text: str, quotes: list[QuoteSpan],
                               registry: SpeakerRegistry) -> list[_Candidate]:
    """A paragraph that is one quotation from another article: the statements quoted inside it.

    Round-ups excerpt news stories whole (“‘We are swamped,’ said Jack Schron, president of …”):
    the excerpt is the outlet's statement and each quote inside it is its speaker's.
    """
    if len(quotes) != 1:
        return []
    quote = quotes[0]
    label = text[:quote.start].strip()
    # the quotation stands alone, or after a round-up label ("Host Gerry Callahan: “… ‘Q’ …”")
    if label and not re.fullmatch(r"[^:“”\"]{2,160}:", label) or len(text[quote.end:].strip()) > 3:
        return []
    inner = text[quote.content_start:quote.content_end]
    if not any(mark in inner for mark in "‘’'“”\""):
        return []
    excerpt = Paragraph(paragraph.index, inner, paragraph.char_start + quote.content_start,
                        paragraph.char_start + quote.content_end)
    # a pronoun inside the quotation means someone the quotation names, not a speaker outside it
    registry.scope_start = excerpt.char_start
    try:
        found, _ = _paragraph_statements(excerpt, registry, None, frozenset(), nested=True)
    finally:
        registry.scope_start = None
    if label:
        # a labelled quote is the labelled person's own words: only quotes inside it are someone else's
        found = [c for c in found if c.quote_starts and c.kind in ("direct", "partial")]
    shift = quote.content_start
    for candidate in found:
        candidate.start += shift
        candidate.end += shift
        candidate.speaker_at += shift
        if candidate.parts:
            candidate.parts = [(a + shift, b + shift) for a, b in candidate.parts]
    return found


def _split_coordinated(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """"X said the quota would bring “relief” but warned that costs stayed high": two statements by X."""
    result: list[_Candidate] = []
    for candidate in found:
        if candidate.kind not in ("indirect", "partial") or candidate.parts:
            result.append(candidate)
            continue
        content = text[candidate.start:candidate.end]
        match = _second_verb_re().search(content)
        if match is None or match.group("verb").lower().endswith("ing") or not _enough_words(content[match.end():]) \
                or not _takes_clause(match.group("verb"), content[match.start("verb") + len(match.group("verb")):]):
            result.append(candidate)
            continue
        first_end = candidate.start + match.start()
        second_start = candidate.start + match.end()
        first_kind = "partial" if any(m in text[candidate.start:first_end] for m in "“”\"") else "indirect"
        second_kind = "partial" if any(m in text[second_start:candidate.end] for m in "“”\"") else "indirect"
        result.append(_Candidate(candidate.start, first_end, first_kind, candidate.verb, candidate.speaker_phrase,
                                 candidate.speaker_at, candidate.addressee, candidate.quote_starts))
        result.append(_Candidate(second_start, candidate.end, second_kind, _normalise_verb(match.group("verb")),
                                 candidate.speaker_phrase, candidate.speaker_at))
    return result


def _lead_in_to_next(text: str, quotes: list[QuoteSpan]) -> _Candidate | None:
    """"Ms Quist went on:" as a paragraph of its own: the next paragraph's quote is his."""
    stripped = text.rstrip()
    if quotes or not stripped.endswith(":"):
        return None
    match = _patterns()["lead"].match(stripped[:-1] + ":")
    best = _best_speaker(match.group("spk")) if match else None
    tail = match.group("tail").strip(" :") if match else ""
    if best is None or len(tail.split()) > 8 or re.search(r"\bthat\b", tail):
        return _by_author_lead_in(stripped)
    phrase, shift = best
    return _Candidate(len(stripped), len(stripped), "direct", _normalise_verb(match.group("verb")), phrase,
                      match.start("spk") + shift, lead_in=True)


# "… a fact highlighted by the New York Post’s Miranda Devine in a new op-ed:": the author of the piece quoted next.
_BY_AUTHOR = re.compile(r"\bby\s+(?P<spk>[^,;:—]{3,80}?)\s+(?:in|on)\s+(?:a|an|the|his|her|their)\s+(?:new\s+|recent\s+)?"
                        r"(?:op-ed|column|article|piece|editorial|essay|post|blog\s+post|interview|letter|report|statement)"
                        r"(?:\s+\w+){0,3}:$")


def _by_author_lead_in(stripped: str) -> _Candidate | None:
    match = _BY_AUTHOR.search(stripped)
    if match is None or not _plausible_speaker(match.group("spk")):
        return None
    return _Candidate(len(stripped), len(stripped), "direct", None, match.group("spk"), match.start("spk"), lead_in=True)


def _sentences(text: str, quotes: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Sentence spans, merged so that no sentence boundary falls inside a quotation."""
    spans = split_sentences(text)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and any(q.start < start < q.end or (q.start < merged[-1][1] <= q.end and q.end > merged[-1][1])
                          for q in quotes):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _sentence_of(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= offset < end:
            return start, end
    return (sentences[-1] if sentences else (0, offset))


# ---------------------------------------------------------------- quoted speech


def _quoted_statements(text: str, quotes: list[QuoteSpan], sentences: list[tuple[int, int]]) -> list[_Candidate]:
    found: list[_Candidate] = []
    patterns = _patterns()
    for i, quote in enumerate(quotes):
        sent_start, sent_end = _sentence_of(sentences, quote.start)
        next_quote = quotes[i + 1].start if i + 1 < len(quotes) else len(text)
        after = quote.end + (len(text[quote.end:]) - len(text[quote.end:].lstrip()))
        trailer_end = min(max(_sentence_of(sentences, min(after, len(text) - 1))[1], quote.end), next_quote)
        trailer = text[quote.end:trailer_end] if quote.closed else ""
        before_start = max(sent_start, quotes[i - 1].end if i > 0 else 0)
        before = text[before_start:quote.start]
        candidate = _trailing_attribution(text, quote, trailer, before, sent_start)
        if candidate is None and not quote.closed:
            candidate = _attribution_inside_unclosed(text, quote)
        if candidate is None and _continues_previous_quote(text, quotes, i, found):
            prior = found[-1]
            adding = _SECOND_CUE.search(text[quotes[i - 1].end:quote.start])
            if adding:
                # "“Q1,” he said, adding that “Q2.”": the participle reports a second statement
                found.append(_second_cue_statement(text, quote, quotes[i - 1].end + adding.end(), prior,
                                                   adding.group("verb")))
                continue
            # "“Q1,” she said, “Q2.”": one utterance around its attribution
            first = prior.parts or [(prior.start, quotes[i - 1].content_end)]
            prior.parts = first + [(quote.content_start, _content_end(text, quote))]
            prior.end = prior.parts[-1][1]
            prior.quote_starts += (quote.start,)
            continue
        if candidate is None:
            candidate = _quote_set_off_after_name(text, quote, before, before_start)
        if candidate is None:
            candidate = _leading_attribution(text, quote, before, before_start, sent_end, patterns)
        if candidate is None:
            candidate = _colon_lead_in(text, quote, before, before_start)
        if candidate is not None:
            found.append(candidate)
    return found


_SECOND_CUE = re.compile(r",\s+(?P<verb>adding|noting|explaining|continuing|insisting|warning|arguing)"
                         r"(?:\s+later)?(?:\s+that)?[\s,:]*$")


def _second_cue_statement(text: str, quote: QuoteSpan, content_start: int, prior: _Candidate,
                          verb: str) -> _Candidate:
    """The quote after ", adding that": direct when it is a sentence of its own, else the reported clause."""
    content = quote.content(text).lstrip()
    if content[:1].isupper() and looks_like_sentence(content):
        return _Candidate(quote.content_start, _content_end(text, quote), "direct", verb, prior.speaker_phrase,
                          prior.speaker_at, None, (quote.start,))
    return _Candidate(content_start, quote.end, "partial", verb, prior.speaker_phrase, prior.speaker_at, None,
                      (quote.start,))


MAX_INTERRUPTION = 300  # characters of attribution between two parts of one utterance


def _continues_previous_quote(text: str, quotes: list[QuoteSpan], i: int, found: list[_Candidate]) -> bool:
    if i == 0 or not found or found[-1].kind != "direct" or not found[-1].quote_starts:
        return False
    if found[-1].quote_starts[-1] != quotes[i - 1].start:
        return False
    gap = text[quotes[i - 1].end:quotes[i].start]
    if len(gap) > MAX_INTERRUPTION:
        return False
    if not _quote_ends_clause(text, quotes, i):
        return False  # “Q2” is a fragment inside a new sentence of reported speech
    if not gap.strip():
        return True  # “Q1.” “Q2.”: the same voice goes on
    if _is_bare_attribution(gap.strip().strip(" ,.:")):
        return True
    # “Q1,” she said of the election, in which …. “Q2.”: an attribution sentence between two whole quotes
    second = quotes[i].content(text).lstrip()
    return bool(second[:1].isupper() and re.search(r"[.!?]\s*$", gap) and _starts_with_attribution(gap))


def _quote_ends_clause(text: str, quotes: list[QuoteSpan], i: int) -> bool:
    """Nothing but punctuation or an attribution follows quote ``i`` before the next quote or sentence end."""
    quote = quotes[i]
    limit = quotes[i + 1].start if i + 1 < len(quotes) else len(text)
    after = text[quote.end:limit]
    end = re.search(r"[.!?](?:\s|$)", after)
    after = after[:end.start()] if end else after
    after = after.strip().strip(" ,.;:!?—–-")  # str.strip() also takes a no-break space
    return not after or _is_bare_attribution(after)


def _starts_with_attribution(gap: str) -> bool:
    patterns = _patterns()
    for name in ("trail_speaker_first", "trail_verb_first"):
        match = patterns[name].match(gap.strip(" ,"))
        if match:
            phrase = _trim_speaker_phrase(match.group("spk"), verb_first=name == "trail_verb_first")
            if _plausible_speaker(phrase):
                return True
    return False


def _is_bare_attribution(gap: str) -> bool:
    """"the spokeswoman says" / "said Ms Okafor": an attribution and nothing else."""
    patterns = _patterns()
    for name in ("trail_speaker_first", "trail_verb_first"):
        match = patterns[name].match(gap)
        if not match:
            continue
        rest = match.groupdict().get("rest") or ""
        phrase = _trim_speaker_phrase(match.group("spk"), verb_first=name == "trail_verb_first")
        if _plausible_speaker(phrase) and (len(rest.split()) <= 3 or _TIME_TAIL.match(rest) and len(rest.split()) <= 8):
            return True
    return False


def _content_end(text: str, quote: QuoteSpan) -> int:
    end = quote.content_end
    while end > quote.content_start and text[end - 1] in " ,;:—–-":
        end -= 1
    return end


def _trailing_attribution(text: str, quote: QuoteSpan, trailer: str, before: str, sent_start: int) -> _Candidate | None:
    """“Q,” said X / “Q,” X said — and “fragment”, X said (partial when the sentence began earlier)."""
    if not trailer.strip() or trailer.lstrip()[:1] not in ",—–-" and not quote.content(text).rstrip(" '’\"”").endswith((",", "?", "!", ".", "—", "…")):
        return None
    patterns = _patterns()
    stripped = trailer.rstrip()
    if stripped.endswith((".", "!", "?")):
        stripped = stripped[:-1]
    spk_offset = quote.end
    # (a full stop only after an initial: "― Julie A. Diaz Martinez")
    dashed = re.match(r"^\s*[―—–]\s*(?P<spk>[A-Z](?:[^.!?;:“”\"]|(?<=\b[A-Z])\.){1,80})$", stripped)
    if dashed and _plausible_speaker(dashed.group("spk")) and not text[sent_start:quote.start].strip(" “\"‘'"):
        # “Q” ― Name: a signed reader or social-media quote
        return _Candidate(quote.content_start, _content_end(text, quote), "direct", None,
                          _clean_phrase(dashed.group("spk")), spk_offset + dashed.start("spk"), None, (quote.start,))
    for name in ("trail_verb_first", "trail_speaker_first"):
        match = patterns[name].match(stripped)
        if not match:
            continue
        phrase = _trim_speaker_phrase(match.group("spk"), verb_first=name == "trail_verb_first")
        if not _plausible_speaker(phrase):
            continue
        verb = _normalise_verb(match.group("verb"))
        addressee = _addressee(match.group("rest"), match.group("verb")) if name == "trail_speaker_first" and "rest" in match.groupdict() else None
        if name == "trail_verb_first":
            addressee = None
        lead = text[sent_start:quote.start]
        rest = (match.groupdict().get("rest") or "").strip()
        if lead.strip(" “\"‘'—–-") and rest and not _plain_tail(_strip_addressee(rest, addressee)):
            return None  # "On “Market Week,” the minister said that …": the quote is a title, the speech follows
        if lead.strip(" “\"‘'—–-") and quote.content(text).rstrip(" ’'\"”")[-1:] in ".!?" \
                and trailer.lstrip()[:1].isupper():
            return None  # "… a goal of “Growth.” He told the crowd …": the next sentence is not this one's attribution
        if lead.strip(" “\"‘'—–-"):
            # a fragment quoted inside a sentence that began before it: partial
            start = sent_start
            end = _content_end(text, quote) if quote.content_end == quote.end - 1 else quote.end
            end = quote.end if text[quote.end - 1] in _QUOTE_MARKS else end
            return _Candidate(start, end, "partial", verb, phrase, spk_offset + match.start("spk"), addressee, (quote.start,))
        return _Candidate(quote.content_start, _content_end(text, quote), "direct", verb, phrase,
                          spk_offset + match.start("spk"), addressee, (quote.start,))
    return None


def _attribution_inside_unclosed(text: str, quote: QuoteSpan) -> _Candidate | None:
    """“Q, said X. — the closing mark is missing but the attribution is plain."""
    content = text[quote.content_start:quote.content_end]
    body = content.rstrip()
    if body.endswith((".", "!", "?")):
        body = body[:-1]
    patterns = _patterns()
    for name in ("indirect_trail_verb_first", "indirect_trail_speaker_first"):
        match = patterns[name].match(body)
        if not match:
            continue
        phrase = _trim_speaker_phrase(match.group("spk"), verb_first=name.endswith("verb_first"))
        if _plausible_speaker(phrase, strict=True) and (name.endswith("verb_first") or _plain_tail(match.group("tail"))):
            base = quote.content_start
            return _Candidate(base, base + match.end("content"), "direct", _normalise_verb(match.group("verb")),
                              phrase, base + match.start("spk"), None, (quote.start,))
    return None


def _leading_attribution(text: str, quote: QuoteSpan, before: str, before_start: int, sent_end: int,
                         patterns: dict[str, re.Pattern]) -> _Candidate | None:
    """X said: “Q” (direct) / X said the deal was “a win” (partial)."""
    if not before.strip():
        return None
    inverted = _inverted_lead(text, quote, before, before_start)
    if inverted is not None:
        return inverted
    found = _speaker_before_verb(before)
    if found is not None:
        found = _outer_reporter(before, found)
    if found is None:
        found = _subject_of_participle(before)
    if found is None:
        # "Quist called the offer a “non-starter”": the quoted label is the speaker's own words
        found = _speaker_before_verb(before, _label_verb_re())
        if found is not None and not _label_then_quote(before[found[2].end():]):
            found = None
    if found is None:
        return None
    phrase, spk_offset, verb_match = found
    verb = _normalise_verb(verb_match.group(0))
    tail = before[verb_match.end():]
    addressee = _addressee(tail, verb_match.group(0))
    spk_at = before_start + spk_offset
    tail_words = re.sub(r"\b(that|to|reporters|on|in|a|an|the|statement|interview|news|conference|briefing|\w+day|by|phone|telephone|saying|writing)\b", "", _strip_addressee(tail, addressee)).strip(" ,:;—–-\n")
    bare_tail = _strip_addressee(tail, addressee)
    adverbial = _ADVERBIAL.match(bare_tail)
    if adverbial and not bare_tail[adverbial.end():].strip(" ,:;—–-\n") and bare_tail.rstrip().endswith((",", ":")):
        tail_words = ""  # "said during the debate last week, “Q”": a time phrase, then the whole quote
    label = bool(_label_verb_re().fullmatch(verb_match.group(0)))
    ends_sentence = _quote_ends_sentence(text, quote, sent_end)
    if not tail_words and not label and ends_sentence and (tail.rstrip().endswith((":", ",")) or not re.search(r"\bthat\s*$", tail)):
        return _Candidate(quote.content_start, _content_end(text, quote), "direct", verb, phrase, spk_at,
                          addressee, (quote.start,))
    if re.search(r"\bthat,?\s*$", tail) and not tail_words and ends_sentence and quote.content(text)[:1].isupper() \
            and looks_like_sentence(quote.content(text)):
        return _Candidate(quote.content_start, _content_end(text, quote), "direct", verb, phrase, spk_at,
                          addressee, (quote.start,))
    if not label and _whole_quote_after_verb(text, quote, bare_tail, ends_sentence):
        # "walked on stage, chanting “Hold the line!” and waving" / "said during the debate, “That is smart,”"
        return _Candidate(quote.content_start, _content_end(text, quote), "direct", verb, phrase, spk_at,
                          addressee, (quote.start,))
    # reported speech carrying a quoted fragment: the content runs from after the verb to the sentence end
    content_start = before_start + verb_match.end()
    if label and re.match(r"\s+(?:on|upon|for)\s", text[content_start:]):
        # "called on the ministry to “act”", "called for duties to be “clawed back”": the particle is the verb's
        content_start += re.match(r"\s+(?:on|upon|for)", text[content_start:]).end()
    content_start = _skip_addressee_and_that(text, content_start, addressee)
    content_end = _partial_end(text, quote, sent_end)
    if label:
        # the judged words and what they qualify ("likened the plan to a “ransom note” in a song"),
        # not a setting after them ("… a “disgrace” on Wednesday", "… a “champion”, citing …")
        label_end = _label_end(text, quote, sent_end)
        if not _LABEL_SETTING.match(text[label_end:sent_end]):
            content_end = max(label_end, content_end)
            participle = re.search(r",\s+\w+ing\b", text[label_end:content_end])
            if participle:
                content_end = label_end + participle.start()  # "…, citing her work": a reason, not the label
        else:
            content_end = label_end
    return _Candidate(content_start, content_end, "partial", verb, phrase, spk_at, addressee, (quote.start,))


_LABEL_SETTING = re.compile(
    r"^\s*(?:,|\(|—|–|(?:during|on|at|while|when|after|before|last|this|earlier|yesterday|today|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
MAX_LABEL_GAP_WORDS = 4  # words between two quoted labels of one list ("a “bully” and a “liar”", "“x,” who is “y”")


def _label_end(text: str, quote: QuoteSpan, sent_end: int) -> int:
    """A label verb's quotes run on through a list of quoted labels: "called it “rigged,” “corrupt” and “a sham”"."""
    end = quote.end
    for later in scan_quotes(text[quote.end:sent_end]):
        gap = text[end:quote.end + later.start]
        if not later.closed or re.search(r"[.;:!?]", gap) or len(gap.split()) > MAX_LABEL_GAP_WORDS:
            break
        end = quote.end + later.end
    return end


def _whole_quote_after_verb(text: str, quote: QuoteSpan, tail: str, ends_sentence: bool) -> bool:
    """A quoted sentence of its own after the verb: it opens with a capital and either follows the verb
    directly and ends in . ! ?, or follows a comma or colon closing a setting ("said on Friday, “Q”")
    and closes the sentence (not "said that, “Q” against …")."""
    content = quote.content(text).strip()
    if not content[:1].isupper() or not looks_like_sentence(content):
        return False
    tail = tail.strip()
    if not tail:
        return content.rstrip(" ,’'\"”")[-1:] in ".!?"
    return tail.endswith((",", ":")) and len(tail.split()) <= 8 and ends_sentence


def _outer_reporter(before: str, found: tuple[str, int, re.Match]) -> tuple[str, int, re.Match]:
    """"Reyes said on Friday that Sato once called the quota “a floor”": the outer speaker reports the clause.

    An earlier speech verb with its own speaker, followed by "that" before the inner speaker, governs;
    the inner attribution is part of what the outer speaker said.
    """
    inner_at = found[1]
    outer = _speaker_before_verb(before[:inner_at])
    if outer is None or outer[2].group(0).lower().endswith("ing"):
        return found
    between = before[outer[2].end():inner_at]
    if re.match(r"^(?:\s+[^,.;:!?“”\"]{0,80}?)?\s+that\s*$", between) or not between.strip():
        return outer  # "… said that Sato once called …" / "The statement noted they had said …"
    return found


def _quote_ends_sentence(text: str, quote: QuoteSpan, sent_end: int) -> bool:
    """Only punctuation or an attribution follows the quote in its sentence (else it opens a clause)."""
    after = text[quote.end:sent_end].strip().strip(" ,.;:!?—–-")
    comma = text[quote.end:].lstrip()[:1] == "," or quote.content(text).rstrip().endswith(",")
    if comma and re.match(r"(?:when|as|after|before|while|because|since|until)\b", after):
        return True  # "“That makes me smart,” when the rival …": a time clause closes the quoted sentence
    return not after or len(after.split()) <= 2 or _starts_with_attribution(after)


def _partial_end(text: str, quote: QuoteSpan, sent_end: int) -> int:
    """Reported speech runs to the end of its sentence, or to the last quote before a new clause
    ("… “a con,” but he has also …"); "and" does not cut, it usually carries the speech on."""
    ends = [quote.end] + [quote.end + later.end for later in scan_quotes(text[quote.end:sent_end]) if later.closed]
    for end in ends if quote.closed else ends[1:]:
        rest = text[end:sent_end]
        if _and_verb_re().match(rest):
            continue  # "… but warned that …": a second statement (_split_coordinated), not the end of speech
        if re.match(r"^\s*,?\s*but\s+[“\"]", rest):
            continue  # "… “a big problem” but “nobody dares say it”": the quoted speech goes on
        if re.match(r"^\s*,?\s*(?:but|after|before|while|until|because|although|though|even as)\b", rest):
            return end
        if re.match(r"^\s*,?\s*and\s+(?:then\s+|later\s+)?(?!said\b)[a-z]+ed\s", rest):
            return end  # "… “a con” and encouraged voters to …": the subject's next act, not more speech
    end = sent_end
    gloss = re.search(r",\s+(?:\w+ly\s+)?(?!according\b)[a-z]+ing\b", text[quote.end:sent_end])
    if gloss:
        end = quote.end + gloss.start()  # "…, implicitly putting his name on the line": the writer's gloss
    while end > quote.end and text[end - 1] in " .,;":
        end -= 1
    return end


_AUX_TAIL = re.compile(r"(?:\s+" + _AUX[3:].replace(r")\s+)*", "))*") + r"\s*$", re.I)


@lru_cache(maxsize=1)
def _label_verb_re() -> re.Pattern:
    verbs = sorted(lexicon()["label_verbs"], key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(v) for v in verbs) + r")(?![\w’'-])", re.I)


def _label_then_quote(tail: str) -> bool:
    """After "called": a short object and maybe "as", then the quote ("called the deal a “disaster”")."""
    tail = re.sub(r"\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|U\.S)\.|\b[RDI]-[A-Z][a-z]*\.", "", tail)  # abbreviations end no sentence
    return len(tail.split()) <= MAX_LABEL_OBJECT_WORDS and not re.search(r"[.;:!?]", tail)


@lru_cache(maxsize=1)
def _verb_re() -> re.Pattern:
    return re.compile(rf"(?<![\w’'-]){_verb_pattern()}(?![\w’'-])", re.I)


def _inverted_lead(text: str, quote: QuoteSpan, before: str, before_start: int) -> _Candidate | None:
    """"Said Ellis: “Q”" — verb first, then the speaker, then the quote."""
    match = _inverted_re().match(before)
    if not match or not match.group("verb")[:1].isupper():
        return None
    phrase = _clean_phrase(match.group("spk"))
    if not _plausible_speaker(phrase):
        return None
    return _Candidate(quote.content_start, _content_end(text, quote), "direct", _normalise_verb(match.group("verb")),
                      phrase, before_start + match.start("spk"), None, (quote.start,))


def _clause_subject(clause: str) -> tuple[str, int] | None:
    """"She urged him to stay and repeatedly says …": the subject opening the clause, and where it starts."""
    intro = re.match(r"^(?:(?:In|On|At|During|After|Before|Following|Speaking|Earlier|Later|Last|This|Meanwhile|However|But|And|Still|Yet)\b[^,]{0,80},\s*)", clause)
    start = intro.end() if intro else 0
    subject = re.match(r"(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.?\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)\b", clause[start:])
    if not subject or subject.group(0).lower() in ("the", "a", "an", "but", "and") or not _plausible_speaker(subject.group(0)):
        return None
    phrase = subject.group(0)
    if phrase.startswith("The "):
        # "The Republican nominee also outlined … and vowed": the lower-case title ends the subject
        tail = clause[start + subject.end():].split()[:3]
        roles = lexicon()["roles"]
        ends = [i for i, w in enumerate(tail) if w in roles and all(t[:1].islower() for t in tail[:i + 1])]
        if ends:
            phrase = phrase + " " + " ".join(tail[:ends[-1] + 1])
    return phrase, start


def _speech_noun_before(head: str) -> bool:
    """"issued a statement saying", "posted a series of tweets early Friday saying": no comma needed."""
    words = [w.lower().strip(",.") for w in head.split()[-6:]]
    nouns = lexicon()["document_set"] | {"tweets", "posts", "statements", "message", "messages", "letters", "remarks",
                                         "speech", "interview", "video", "emails"}
    return any(w in nouns for w in words)


# "Democratic presidential nominee Hillary Clinton": a party adjective, lower-case title words, then the name.
_TITLED_SUBJECT = re.compile(r"(?:Republican|Democratic|Libertarian)\s+(?:[a-z][\w-]*\s+){1,3}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\b")


def _subject_of_participle(before: str) -> tuple[str, int, re.Match] | None:
    """"Quist mocked the offer online, writing, “Q”": a participle after a comma speaks for the subject."""
    verbs = [m for m in _verb_re().finditer(before) if m.group(0).lower().endswith("ing")]
    if not verbs:
        return None
    verb_match = verbs[-1]
    if not re.search(r",\s*(?:\w+\s+)?$", before[:verb_match.start()]) \
            and not _speech_noun_before(before[:verb_match.start()]):
        return None
    clause = before[:verb_match.start()]
    # skip an opening adverbial ("During a visit to the port, the minister criticised …")
    intro = re.match(r"^(?:(?:In|On|At|During|After|Before|Following|Speaking|Earlier|Later|Last|This|Meanwhile|However|But|And|Still|Yet)\b[^,]{0,80},\s*)", clause)
    start = intro.end() if intro else 0
    subject = _TITLED_SUBJECT.match(clause[start:]) or re.match(r"(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.?\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b", clause[start:])
    if not subject:
        return None
    phrase = subject.group(0)
    if phrase.lower() in ("the", "a", "an", "but", "and", "it") or not _plausible_speaker(phrase):
        return None
    return phrase, start, verb_match


# "Dana Reyes, a senior adviser to the campaign," / "Reyes, who campaigned for him," before a label verb:
# the comma closes an appositive, so the verb is the name's own ("…, called the plan “a disgrace”").
_NAME_THEN_APPOSITIVE = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.?\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3},\s+"
    r"(?:a|an|the|who|whose|his|her|its|their)\s[^,]{3,120},\s*$"
    # "Another critic, Laurence Tribe," — the description first, then the name
    r"|(?:^|[.;:]\s+|,\s+)(?:A|An|The|Another|His|Her|Their|One)\s[^,]{2,60},\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3},\s*$")


_CONTRACTED_IS = re.compile(r"\b([Hh]e|[Ss]he|[Ii]t)[’']s(?=\s+(?:\w+ly\s+)?$)")


def _speaker_before_verb(before: str, verbs: re.Pattern | None = None) -> tuple[str, int, re.Match] | None:
    """The last speech verb in ``before`` with a plausible speaker right before it."""
    for verb_match in reversed(list((verbs or _verb_re()).finditer(before))):
        head = before[:verb_match.start()]
        # "He’s claiming", "It’s denouncing": the contracted "is" is an auxiliary (spaces keep the offsets)
        head = _CONTRACTED_IS.sub(lambda m: m.group(1) + "  ", head)
        head = head[:len(head) - len(_AUX_TAIL.search(head).group(0))] if _AUX_TAIL.search(head) else head
        head = re.sub(r"\s+\w+\s+by\s*$", "", head)  # "responded by saying"
        if (verb_match.group(0).lower().endswith("ing") or verbs is not None) and head.rstrip().endswith(","):
            if not (verbs is not None and _NAME_THEN_APPOSITIVE.search(head)):
                continue  # ", saying …" / "the deal, called …": a participle; the subject of the main clause speaks
            head = head.rstrip()[:-1] + " " * (len(head) - len(head.rstrip()) + 1)  # "Name, appositive," speaks
        head = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), head)  # "(R)", "(D-N.C.)" keep offsets
        cut = max(head.rfind(mark) for mark in "―—;:“”\"")
        segment = head[cut + 1:]
        if re.search(r"\band\s*$", segment):
            # "She urged him to stay and repeatedly says, “Q”": the verb shares the clause's subject
            subject = _clause_subject(before[:verb_match.start()])
            if subject is not None:
                return subject[0], subject[1], verb_match
        best = _best_speaker(segment)
        if best is not None:
            phrase, shift = best
            return phrase, cut + 1 + shift, verb_match
    return None


# A person's name (a title may precede it) and a dash right before a quotation: "… including Mitt Romney -- “Q” --".
_NAME_THEN_DASH = re.compile(r"(?P<spk>(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)\s*(?:--|—|–)\s*$")


def _quote_set_off_after_name(text: str, quote: QuoteSpan, before: str, before_start: int) -> _Candidate | None:
    """A quoted sentence set off by dashes right after a person named in a list is that person's ("A chorus
    has said the same, including the former candidate Mitt Romney -- “Q” -- and …")."""
    match = _NAME_THEN_DASH.search(before)
    after = text[quote.end:quote.end + 4].lstrip()
    if match is None or not quote.closed or not after.startswith(("--", "—", "–")):
        return None
    content = quote.content(text)
    if not content[:1].isupper() or not looks_like_sentence(content):
        return None
    named = parse_speaker(match.group("spk"))
    if named is None or named.kind != "person" or named.gender is None:
        return None  # a person by a known given name or honorific, not "the Phase One deal -- …"
    return _Candidate(quote.content_start, _content_end(text, quote), "direct", None, match.group("spk"),
                      before_start + match.start("spk"), None, (quote.start,))


def _colon_lead_in(text: str, quote: QuoteSpan, before: str, before_start: int) -> _Candidate | None:
    """Round-up paragraphs: "Organisation Title Name: “Q”" at the start of the paragraph."""
    if before_start != 0:
        return None
    match = re.match(r"^\s*(?P<spk>[^:“”\"]{2,160}?)\s*[:：]\s*$", before)
    if not match:
        return None
    phrase = match.group("spk")
    if not _plausible_speaker(phrase) or not any(w[:1].isupper() for w in phrase.split()):
        return None
    return _Candidate(quote.content_start, _content_end(text, quote), "direct", None, phrase, match.start("spk"),
                      None, (quote.start,))


# ---------------------------------------------------------------- reported speech


def _indirect_statements(text: str, sentences: list[tuple[int, int]], quotes: list[QuoteSpan],
                         found: list[_Candidate]) -> list[_Candidate]:
    results: list[_Candidate] = []
    for sent_start, sent_end in sentences:
        if any(c.start < sent_end and sent_start < c.end for c in found):
            continue
        candidate = _indirect_in_sentence(text, sent_start, sent_end)
        if candidate is not None:
            results.append(candidate)
            second = _second_reporter_at(text, candidate.end, sent_end)
            if second is not None:
                # "…, and rights groups warned that …": the second speaker's clause is its own statement
                follow = _indirect_in_sentence(text, second, sent_end)
                if follow is not None and follow.start >= candidate.end:
                    results.append(follow)
    return results


def _second_reporter_at(text: str, end: int, sent_end: int) -> int | None:
    """Where a second speaker's clause opens when the first reported clause was cut before it."""
    match = _second_reporter_re().match(text, end, sent_end)
    return match.start("spk") if match else None


# A share of poll respondents agreeing with a proposition: "(However,) 52 percent of voters agreed that …".
_POLL_ANSWER = re.compile(r"(?:^|,\s+)(?P<spk>[\w][\w\s.,%-]{0,60}?)\s+(?P<verb>agreed|disagreed|agree|disagree)\s+that\s+"
                          r"(?P<content>.+)$", re.I)


def _indirect_in_sentence(text: str, sent_start: int, sent_end: int) -> _Candidate | None:
    sentence = text[sent_start:sent_end]
    body = sentence.rstrip()
    if body.endswith((".", "!", "?")):
        body = body[:-1]
    patterns = _patterns()
    quoted = any(ch in sentence for ch in "“”\"")

    def kind() -> str:
        return "partial" if quoted else "indirect"

    poll = _POLL_ANSWER.search(body)
    if poll and is_quantified_share(poll.group("spk")) and _enough_words(poll.group("content")):
        # "Only 52 percent of voters agreed that …": poll respondents answer; "agreed" alone is no speech verb,
        # since parties in a deal "agree" to terms
        return _Candidate(sent_start + poll.start("content"), sent_start + poll.end("content"), kind(),
                          poll.group("verb").lower(), poll.group("spk"), sent_start + poll.start("spk"))
    for name in ("according_lead", "according_trail"):
        match = patterns[name].match(body)
        if match and _plausible_speaker(match.group("spk")) and _enough_words(match.group("content")):
            return _Candidate(sent_start + match.start("content"), sent_start + match.end("content"), kind(),
                              "according to", _clean_phrase(match.group("spk")), sent_start + match.start("spk"))
    match = patterns["parenthetical"].match(body)
    if match and _plausible_speaker(_trim_speaker_phrase(match.group("spk"), verb_first=False), strict=True) \
            and _enough_words(match.group("c1") + " " + match.group("c2")) and "," not in match.group("spk"):
        return _Candidate(sent_start + match.start("c1"), sent_start + match.end("c2"), kind(),
                          _normalise_verb(match.group("verb")), _clean_phrase(match.group("spk")), sent_start + match.start("spk"))
    match = patterns["indirect_lead"].match(body)
    best = _best_speaker(match.group("spk")) if match else None
    if match and best is not None and re.search(r"\bhad\s+(?:\w+ly\s+)?$", body[:match.start("verb")]):
        # "X had told police that …, the source added": an earlier utterance reported by the closing speaker
        trailing = _trailing_indirect(text, sent_start, body, kind())
        if trailing is not None:
            return trailing
    if match and best is not None and best[1] > 0:
        # the speaker sits after a comma: "…, Prime Minister X said on Friday, in a bid to …" ends the sentence
        trailing = _trailing_indirect(text, sent_start, body, kind())
        if trailing is not None:
            return trailing
    if match and best is not None:
        phrase, shift = best
        verb = match.group("verb")
        tail = match.group("tail")
        progressive = re.search(r"\b(?:is|are|was|were|been)\s+$", body[:match.start("verb")])
        if (progressive or not _is_gerund(verb)) and _reports_content(tail, verb) and _takes_clause(verb, tail):
            addressee = _addressee(tail, verb)
            start = _skip_addressee_and_that(text, sent_start + match.end("verb"), addressee)
            end = _before_second_reporter(text, start, sent_start + len(body))
            if _enough_words(text[start:end]):
                return _Candidate(start, end, kind(), _normalise_verb(verb), phrase, sent_start + match.start("spk") + shift, addressee)
    match = patterns["parenthetical"].match(body)
    if match and _plausible_speaker(match.group("spk"), strict=True) and _enough_words(match.group("c1") + " " + match.group("c2")):
        return _Candidate(sent_start + match.start("c1"), sent_start + match.end("c2"), kind(),
                          _normalise_verb(match.group("verb")), _clean_phrase(match.group("spk")), sent_start + match.start("spk"))
    trailing = _trailing_indirect(text, sent_start, body, kind())
    if trailing is not None:
        return trailing
    return _participle_indirect(text, sent_start, body, kind())


@lru_cache(maxsize=1)
def _second_reporter_re() -> re.Pattern:
    return re.compile(r",\s+(?:and|but|while)\s+(?P<spk>[\w’' -]{3,60}?)\s+" + _verb_pattern() + r"\s+that\b", re.I)


def _before_second_reporter(text: str, start: int, end: int) -> int:
    """"Obama emphasized that …, and rights groups warned that …": the first speaker's clause ends where a
    second speaker takes over with a reporting verb and "that"."""
    for match in _second_reporter_re().finditer(text, start, end):
        if _plausible_speaker(match.group("spk"), strict=True):
            return match.start()
    return end


def _participle_indirect(text: str, sent_start: int, body: str, kind: str) -> _Candidate | None:
    """"Chancellor X welcomed the cut, saying it would …": the subject of the sentence speaks."""
    for verb_match in _verb_re().finditer(body):
        if not verb_match.group(0).lower().endswith("ing"):
            continue
        found = _subject_of_participle(body[:verb_match.end()])
        if found is None:
            continue
        phrase, spk_offset, _ = found
        tail = body[verb_match.end():]
        if not _reports_content(tail, verb_match.group(0)) or not _takes_clause(verb_match.group(0), tail):
            continue
        addressee = _addressee(tail, verb_match.group(0))
        start = _skip_addressee_and_that(text, sent_start + verb_match.end(), addressee)
        end = sent_start + len(body)
        if _enough_words(text[start:end]):
            return _Candidate(start, end, kind, _normalise_verb(verb_match.group(0)), phrase,
                              sent_start + spk_offset, addressee)
    return None


def _trailing_indirect(text: str, sent_start: int, body: str, kind: str) -> _Candidate | None:
    """Reported speech closed by its attribution: "…, X said", "…, said X", "…, say experts"."""
    patterns = _patterns()
    for name in ("indirect_trail_speaker_first", "indirect_trail_verb_first"):
        match = patterns[name].match(body)
        if not match:
            continue
        if name.endswith("verb_first") and match.group("verb").lower() in lexicon()["addressee_verbs"]:
            continue  # "…, told a news agency": what follows "told" is whom, not who
        phrase = _trim_speaker_phrase(match.group("spk"), verb_first=name.endswith("verb_first"))
        addressee = None
        if name == "indirect_trail_speaker_first":
            tail = match.group("tail")
            addressee = _addressee(tail, match.group("verb"))
            if not _plain_tail(_strip_addressee(tail, addressee)):
                continue
        content_end, spk_at = match.end("content"), match.start("spk")
        if name == "indirect_trail_speaker_first":
            content_end, spk_at, phrase = _extend_appositive(body, match.start("content"), content_end, spk_at, phrase)
        if _plausible_speaker(phrase, strict=True) and _enough_words(body[match.start("content"):content_end]):
            return _Candidate(sent_start + match.start("content"), sent_start + content_end, kind,
                              _normalise_verb(match.group("verb")), phrase, sent_start + spk_at, addressee)
    return None


def _extend_appositive(body: str, content_start: int, content_end: int, spk_at: int,
                       phrase: str) -> tuple[int, int, str]:
    """"…, Laura Okafor, a senior fellow at X, said": the name before the appositive is the speaker.

    Also the other order: "…, its ambassador to Moscow, Vinay Kumar, told …" — a title, then the name.
    """
    comma = body.rfind(",", content_start, content_end)
    if phrase[:1].isupper() and phrase.split()[0].lower() not in ("a", "an", "the"):
        title = body[comma + 1:content_end].strip() if comma >= 0 else ""
        if title and _is_title_phrase(title):
            offset = comma + 1 + (len(body[comma + 1:content_end]) - len(body[comma + 1:content_end].lstrip()))
            return comma, offset, f"{title}, {phrase}"
        return content_end, spk_at, phrase
    if comma < 0:
        return content_end, spk_at, phrase
    name = body[comma + 1:content_end].strip()
    words = name.split()
    if 1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in ("of", "the", "de", "van", "von") for w in words):
        return comma, comma + 1 + (len(body[comma + 1:content_end]) - len(body[comma + 1:content_end].lstrip())), f"{name}, {phrase}"
    return content_end, spk_at, phrase


def _is_title_phrase(text: str) -> bool:
    """"its ambassador to Moscow", "the general secretary of the union": a role with no name."""
    words = text.split()
    lex = lexicon()
    if not words or len(words) > 10 or words[0].lower() not in ("the", "a", "an", "its", "his", "her", "their", "our"):
        return False
    return any(w.lower().strip(",") in lex["roles"] for w in words[1:4])


def _best_speaker(phrase: str) -> tuple[str, int] | None:
    """The plausible speaker in a phrase, trying the part after each comma ("At the port on Friday, Quist")."""
    candidates = [(phrase, 0)]
    for match in re.finditer(r",\s+", phrase):
        candidates.append((phrase[match.end():], match.end()))
    # "In a radio interview Quist": the name run right before the verb
    run = re.search(r"(?<=[a-z,]\s)((?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.?\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*$", phrase)
    if run and run.start(1) > 0:
        candidates.append((run.group(1), run.start(1)))
    # "In an interview with a business channel he": a pronoun subject after an opening phrase
    pronoun = re.search(r"(?<=\w\s)(?:he|she|they|I|we)\s*$", phrase)
    if pronoun and pronoun.start() > 0:
        candidates.append((pronoun.group(0), pronoun.start()))
    for text, offset in candidates:
        if offset and text.rstrip().endswith(","):
            # "…at a mill in Leeds, England, arguing": a comma before the verb after a cut is a participle clause
            continue
        trimmed = _trim_speaker_phrase(text, verb_first=False)
        if _plausible_speaker(trimmed, strict=True):
            return trimmed, offset + (len(text) - len(text.lstrip()))
    return None


def _takes_clause(verb: str, tail: str) -> bool:
    """"announced the deal on Tuesday" reports an act, not speech: such verbs need "that" or a colon."""
    if verb.lower() not in lexicon()["verbs_needing_that"]:
        return True
    return bool(re.match(r"^\s*(?:[^,.;]{0,60}?\s)?(?:that\b|:)", tail))


def _reports_content(tail: str, verb: str) -> bool:
    """After "X said", a clause follows (not "said in March", "complained about his mic", "pledged to")."""
    addressee = _addressee(tail, verb)
    stripped = _strip_addressee(tail, addressee).strip() if addressee else tail.strip()
    if addressee and not stripped:
        return False
    if addressee and re.match(r"^(?:not\s+)?to\b", stripped):
        return False  # "told her to leave", "urged officials to act": a directive, not reported speech
    if not stripped:
        return False
    skip = _ADVERBIAL.match(" " + stripped)
    if skip and re.match(r"^\s*,?\s*that\b", (" " + stripped)[skip.end():]):
        return True  # "told his counterpart by phone that ..."
    if re.match(r"(?i)^(?:when|while|as|because|since|before|after|if)\b", stripped):
        return False  # "said when she resigned": a time clause, not what was said
    if re.match(r"(?i)^(?:yes|no)\b(?:\s+to\b|\W*$)", stripped):
        return False  # "said no to the offer"
    first = stripped.split()[0].lower().strip(",")
    if first in _PREPOSITIONS and (addressee or verb.lower() not in lexicon()["addressee_verbs"]):
        return False
    if stripped.endswith(":"):
        return False  # "X told reporters:" introduces a quote in the next paragraph
    if re.match(r"^(that|:)\b", stripped) or stripped.startswith(":"):
        return True
    return len(stripped.split()) >= MIN_INDIRECT_WORDS


_PREPOSITIONS = {"to", "about", "by", "at", "for", "with", "against", "of", "into", "over", "from", "as", "up", "out",
                 "off", "during", "after", "before", "nothing", "so", "something"}


def _plain_tail(tail: str) -> bool:
    """Words after "…, X said" may only be time or manner ("on Tuesday", "in a statement")."""
    tail = (tail or "").strip(" ,")
    if re.match(r"(?i)^(?:without|with|citing|despite|\w+ing)\b", tail):
        return True  # "…, the minister added, without giving details", "…, singling out cars"
    return not tail or bool(_TIME_TAIL.match(" " + tail)) or len(tail.split()) <= 2


def _is_gerund(verb: str) -> bool:
    return verb.lower().endswith("ing")


def _enough_words(content: str) -> bool:
    return len(re.findall(r"\w+", content)) >= MIN_INDIRECT_WORDS


# ---------------------------------------------------------------- transcripts


def _is_transcript(paragraphs: list[Paragraph]) -> frozenset[str]:
    """The speaker labels of a Q&A transcript: "Q"/"A" or a name opening at least two paragraphs."""
    counts: dict[str, int] = {}
    dashed: set[str] = set()
    for paragraph in paragraphs:
        match = _TRANSCRIPT_TURN.match(paragraph.text or "")
        if match and not starts_with_quote(match.group("text")) and _turn_label_ok(match.group("who")):
            label = match.group("who").strip()
            counts[label] = counts.get(label, 0) + 1
            if match.group("sep").strip() in "—–":
                dashed.add(label)
    if sum(counts.values()) < 2:
        return frozenset()
    qa = {"Q", "A", "Question", "Answer"}
    # a dash after capitals is also how sections open ("SECTION TITLE — text"): only repeated labels count then
    return frozenset(label for label, n in counts.items()
                     if n >= 2 or label in qa or (label.isupper() and label not in dashed))


def _turn_label_ok(who: str) -> bool:
    who = who.strip()
    if who in ("Q", "A", "Question", "Answer"):
        return True
    if who.upper() == who:
        return len(who.replace(".", "").replace(" ", "")) >= 2 and len(who.split()) <= 4
    return True


def _transcript_turn(text: str, labels: frozenset[str]) -> _Candidate | None:
    match = _TRANSCRIPT_TURN.match(text)
    if not match or starts_with_quote(match.group("text")) or match.group("who").strip() not in labels:
        return None
    who = match.group("who").strip()
    if who in ("Q", "Question"):
        phrase = "a reporter"  # not emitted: the caller reads questions for reported speech only
    elif who in ("A", "Answer"):
        phrase = None  # the interviewee: the most recent named person
    else:
        phrase = who.title() if who.isupper() else who
    end = len(text.rstrip())
    candidate = _Candidate(match.start("text"), end, "direct", None, phrase, match.start("who"))
    candidate.turn = who
    return candidate


# ---------------------------------------------------------------- speakers


def _resolve_speakers(found: list[_Candidate], text: str, quotes: list[QuoteSpan], offset: int,
                      registry: SpeakerRegistry) -> None:
    masked = _mask_quotes(text, quotes)
    cursor = 0
    for candidate in sorted(found, key=lambda c: c.speaker_at):
        if candidate.speaker_at > cursor:
            registry.observe(masked[cursor:candidate.speaker_at], offset + cursor)
            cursor = candidate.speaker_at
        if candidate.speaker_phrase:
            candidate.speaker = registry.resolve(candidate.speaker_phrase, offset + candidate.speaker_at)
        elif candidate.turn in ("A", "Answer"):
            candidate.speaker = registry.answerer or registry.most_recent_person(offset + candidate.speaker_at)


def _attach_unattributed(found: list[_Candidate], text: str, quotes: list[QuoteSpan], previous: _Candidate | None,
                         sentences: list[tuple[int, int]]) -> None:
    """Quotes with no attribution: same speaker as an attributed quote beside them, or a continuation."""
    used = {q for c in found for q in c.quote_starts}
    attributed = [c for c in found if c.quote_starts and c.speaker_phrase]
    for quote in quotes:
        if quote.start in used or any(c.start <= quote.start < c.end for c in found):
            continue
        content = quote.content(text)
        if not looks_like_sentence(content) or not _opens_sentence(text, quote, sentences):
            continue  # scare quotes and quoted titles are not statements
        near = _nearest(attributed, quote.start)
        if near is not None and near.kind == "direct" and near.quote_starts and quote.end <= near.quote_starts[0] \
                and not text[quote.end:near.quote_starts[0]].strip():
            # “Q1.” “Q2,” she said: the unattributed half joins the attributed one
            near.parts = [(quote.content_start, _content_end(text, quote))] + (near.parts or [(near.start, near.end)])
            near.start = quote.content_start
            near.quote_starts = (quote.start,) + near.quote_starts
            continue
        if near is not None:
            found.append(_Candidate(quote.content_start, _content_end(text, quote), "direct", near.verb,
                                    near.speaker_phrase, near.speaker_at, near.addressee, (quote.start,), near.speaker))
            continue
        if previous is not None and previous.speaker is not None and starts_with_quote(text) \
                and quote.start == len(text) - len(text.lstrip()) and _carries_quoted_speech(previous) \
                and not _headline_case(content):
            kind = "direct" if previous.lead_in else "continuation"
            found.append(_Candidate(quote.content_start, _content_end(text, quote), kind, previous.verb,
                                    None, -1, previous.addressee, (quote.start,), previous.speaker))
            previous = found[-1]


def _carries_quoted_speech(previous: _Candidate) -> bool:
    """A continuation follows a quote (or a "X said:" lead-in), not reported speech."""
    return previous.lead_in or previous.kind in ("direct", "continuation")


def _headline_case(content: str) -> bool:
    """“All Bets Are Off.”: a quoted title or section heading, not a sentence."""
    words = [w for w in re.findall(r"[A-Za-z’']+", content) if len(w) > 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _opens_sentence(text: str, quote: QuoteSpan, sentences: list[tuple[int, int]]) -> bool:
    start, _ = _sentence_of(sentences, quote.start)
    return not text[start:quote.start].strip(" —–-(")


def _nearest(candidates: list[_Candidate], position: int) -> _Candidate | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c.start - position))


def _mask_quotes(text: str, quotes: list[QuoteSpan]) -> str:
    chars = list(text)
    for quote in quotes:
        for i in range(quote.start, min(quote.end, len(chars))):
            chars[i] = " "
    return "".join(chars)


# ---------------------------------------------------------------- phrases


def _clean_phrase(phrase: str) -> str:
    return phrase.strip().strip(" \t\n,.;:—–-").strip()


_TIME_AFTER_SPEAKER = re.compile(
    r"\s+(?:(?:on|last|this|early|late|earlier|later)\s+)*(?:(?:on|last|this)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|evening|night|today|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)


def _trim_speaker_phrase(phrase: str, *, verb_first: bool) -> str:
    """Cut what follows the speaker: ", adding …", "on Tuesday", ", who …" (verb-first trailers)."""
    phrase = re.sub(r"\s*\([^)]*\)?", "", phrase)  # "(D-N.C.)", "(R-IN"
    phrase = re.sub(r",\s*[RDI]-[A-Z][\w.]*\.?(?=,|$)", "", phrase)  # "Dana Whitfield, R-Ohio,"
    phrase = _TIME_AFTER_SPEAKER.sub("", phrase)  # "Sanders on Tuesday", "the ministry late on Friday"
    phrase = _clean_phrase(phrase)
    phrase = re.sub(r"^(?:and|but|so|yet|while|as|then|now|although|though|because|whereas|when|after|before|if|since|"
                    r"even|still|also|meanwhile|instead|indeed)\s+", "", phrase, flags=re.I)
    if verb_first:
        phrase = re.split(r"\s+(?:who|whose|whom|which)\s+", phrase)[0]  # a relative clause ends the speaker
        phrase = re.split(r",\s+\w+ing\b", phrase)[0]  # "said Dana Whitfield, summing up …"
        phrase = re.split(r",\s+(?:adding|noting|saying|as|who|whose|which|where|in|on|when|while|after|before|according|because|but|and)\b", phrase)[0]
        phrase = re.split(r"\s+(?:on|in|at|during|after|before|last|this|yesterday|today|earlier)\s+(?:[A-Z]\w+day|a\s+statement|an\s+interview|the\s+(?:statement|interview|briefing)|week|month|year|morning|evening|night)\b.*$", phrase)[0]
        phrase = re.split(r"\s+(?:in a|in an|on \w+day|to reporters|to the)\b", phrase)[0]
    else:
        phrase = re.sub(r",\s+(?:who|which)\b[^,]*,?\s*$", "", phrase)
    return _clean_phrase(phrase)


def _plausible_speaker(phrase: str | None, *, strict: bool = False) -> bool:
    """Could this phrase name someone who speaks? (Rejects clauses that happen to precede a verb.)"""
    if not phrase:
        return False
    if is_quantified_share(phrase):
        return True  # "63 percent said …": poll respondents speak as a share
    words = phrase.split()
    head_part = phrase.split(",")[0].split()
    if not words or not head_part or len(words) > (MAX_SPEAKER_WORDS if strict else MAX_APPOSITIVE_WORDS):
        return False
    lex = lexicon()
    lowered = [w.lower().strip(",.’'") for w in words]
    # a relative clause inside an appositive ("a lawyer who has been involved …") may hold verbs
    checked = re.split(r"\b(?:who|whose|which)\b", phrase, maxsplit=1)[0]
    if any(w.strip(",.’'") in lex["clause_words"] for w in checked.split()):  # lower case only: "Will Reyes" is a name
        return False
    if lowered[0] in lex["not_speakers"] and len(words) == 1 or lowered[-1] in _FUNCTION_WORDS:
        return False
    if re.search(r"['’]s?$", words[-1]) or lowered[0] in lex["not_speakers"] and lowered[0] not in ("one",):
        return False  # "Quist’s post", "Apparently", "Under the new rules"
    head_is_title = (_match_title_only(head_part, lex) or not any(w[:1].isupper() for w in head_part)
                     or _is_title_phrase(" ".join(head_part)))
    segments = phrase.split(",")
    for index, segment in enumerate(segments[1:], start=1):
        first_word = segment.strip().split()[0] if segment.strip() else ""
        if re.fullmatch(r"[A-Z][a-z]{0,3}\.", segment.strip()) or re.match(r"\s*(?:of|from|in)\s", segments[index - 1]):
            continue  # "of Dover, Del.", "of Salem, Ore.": a place after the name
        opens_with_role = any(w.lower().strip(",.") in lex["role_word_set"] for w in segment.split()[:3]) \
            or bool(re.match(r"[A-Z][\w.-]*['’]s$", first_word))  # "Vietnam, Hanoi’s main partner"
        if first_word[:1].isupper() and first_word.lower() not in ("a", "an", "the") and not strict_appositive_ok(first_word) \
                and not head_is_title and not opens_with_role:
            return False  # "Ohio, Quist": a list of names or places, not "Name, appositive"
        if first_word[:1].islower() and first_word.lower() not in _APPOSITIVE_OPENERS and not opens_with_role \
                and not head_is_title and not any(cue in segment.lower() for cue in lex["anonymous_cues"]):
            return False  # "Pharmaceuticals, smartphones and other electronics remain exempt": a list, not a speaker
    if len(words) == 1 and lowered[0] in _PARTY_ADJECTIVES:
        return False  # "32% of Republican claims as …": the adjective qualifies a noun; "claims" is no verb here
    if re.search(r"['’](?:ve|ll|re|d|m)\b", phrase):
        return False  # "I've", "we’re": a contraction, not a name
    if lowered[0].endswith("ing") and lowered[0] not in lex["role_word_set"] and len(words) > 1 and words[1][:1].islower():
        return False  # "Giving a speech in Leeds", "Speaking at a rally"
    if _words_after_name(head_part, lex):
        return False  # "Mr. Sato examined", "Quist writes to Sato before"
    if any(re.fullmatch(r"[a-z]+ed", w) and w not in _PARTICIPLE_ADJECTIVES for w in checked.split()[1:]
           if w not in lex["role_word_set"]) and not any(cue in phrase.lower() for cue in lex["anonymous_cues"]):
        return False  # "Ms Quist rejected the offer on Friday": a clause, not a name
    if len(head_part) > (MAX_HEAD_WORDS_STRICT if strict else MAX_HEAD_WORDS):
        return False
    head_lowered = [w.lower().strip(",.’'") for w in head_part] if not strict else lowered
    # "show insiders", "poll watchers": a verb-like word before a speaker noun only qualifies it
    qualified_noun = len(words) <= 3 and not any(w[:1].isupper() for w in words) and _is_speaker_noun(lowered[-1], lex)
    # a capitalised word inside a name before a title is part of it ("The Callahan Show host …"), not a verb
    written = head_part if not strict else words
    verb_like = [w for i, w in enumerate(head_lowered)
                 if i == 0 or i == len(written) - 1 or not written[i][:1].isupper()
                 or head_lowered[i + 1] not in lex["role_word_set"]]
    if not qualified_noun and any(w in lex["belief_verbs_set"] or w in lex["speech_verbs_set"] for w in verb_like):
        return False
    if lowered[0] in lex["pronouns"]:
        return len(words) == 1
    if lowered[0] in ("it", "this", "that", "there", "what", "which", "who", "he", "she", "they"):
        return False
    first = head_part[0]
    starts_ok = first[:1].isupper() or (first[:1].isdigit() and any(w[:1].isupper() for w in words[1:])) or lowered[0] in ("a", "an", "the", "another", "one", "two", "three", "several", "some",
                                                      "many", "other", "most", "senior", "top", "both", "officials", "experts",
                                                      "analysts", "economists", "sources", "diplomats", "people")
    heads = lex["anonymous_heads_set"] | lex["generic_set"] | set(lex["roles"]) | lex["document_set"]
    if not starts_ok and not any(cue in phrase.lower() for cue in lex["anonymous_cues"]):
        # "port officials", "farm lobby analysts", "attorneys for the family": a lower-case description
        # needs a speaker noun (a role in the plural counts)
        return any(w in heads or (w.endswith("s") and w[:-1] in heads) for w in lowered[:5])
    if strict and lowered[0] == "the" and len(words) > 1 and words[1][:1].isupper():
        return True  # "the British Retail Consortium", "the Swiss government"
    if strict and (not first[:1].isupper() or lowered[0] in ("the", "a", "an")):
        # a lower-case start ("port officials", "The tariff") must name a kind of speaker, not a thing
        heads = heads | lex["org_words_set"]
        # the head before any comma decides: "The truth, the senator" names a thing, not the senator
        head_words = [w.lower().strip(",.’'") for w in head_part]
        return any(w in heads or w.rstrip("s") in heads for w in head_words[:8])
    return True


def _is_speaker_noun(word: str, lex: dict) -> bool:
    """A plural noun for people who speak: "insiders", "analysts", "attorneys"."""
    return word in lex["generic_set"] or word in lex["anonymous_heads_set"] and word.endswith("s") \
        or (word.endswith("s") and word[:-1] in lex["roles"])


# Party adjectives: alone before a verb-like word they qualify a noun ("Democratic claims", "Republican says"
# in a headline list), they name no speaker; "Republican Sen. X" and "Republicans" are unaffected.
_PARTY_ADJECTIVES = {"republican", "democratic", "libertarian"}


# Past participles that describe a speaker rather than act ("retired general", "embattled chief").
_PARTICIPLE_ADJECTIVES = {"retired", "embattled", "elected", "appointed", "unnamed", "named", "detained", "jailed",
                          "ousted", "indicted", "respected", "celebrated", "talented", "noted", "based", "related",
                          "concerned", "interested", "involved", "affiliated", "aligned", "focused", "armed"}
_AFTER_NAME_OK = {"of", "at", "from", "in", "for", "with", "the", "and", "to", "on", "close", "familiar", "briefed",
                  "involved", "who", "knowledge", "direct", "a", "an"}


# Words an appositive after a name starts with ("Laura Okafor, a senior fellow", "X, who …").
_APPOSITIVE_OPENERS = {"a", "an", "the", "his", "her", "its", "their", "our", "who", "which", "whose", "now", "then",
                       "formerly", "once", "herself", "himself", "one", "both", "also", "another", "head", "chief",
                       "of", "at", "from", "with", "in", "for", "on", "speaking", "according", "and"}


def _match_title_only(head_part: list[str], lex: dict) -> bool:
    """"the Business and Trade Secretary": a title with no name, so a name may follow after a comma."""
    words = [w.strip(",").lower() for w in head_part]
    return bool(words) and words[-1] in lex["role_word_set"]


def strict_appositive_ok(word: str) -> bool:
    """Capitalised words that may open an appositive: titles ("President of …") and "Democrat of Vermont"."""
    return word.lower().strip(".") in lexicon()["role_word_set"] or word in ("Democrat", "Republican", "Independent")


def _words_after_name(head_part: list[str], lex: dict) -> bool:
    """Lower-case words after the last capitalised word that are not "of/at …", a role or a source cue.

    "Mr. Sato examined" and "Quist writes to Sato before" are clauses, while
    "Whitfield campaign manager Dana Reyes" and "a diplomat familiar with the talks" are speakers.
    """
    bare = [w.strip(",.’'()") for w in head_part]
    bare = [w for w in bare if w]
    nouns = lex["role_word_set"] | lex["anonymous_heads_set"] | lex["generic_set"]
    if bare and bare[0].lower() in nouns:
        return False  # "Experts on North Korea and nuclear nonproliferation": a described group
    last_cap = max((i for i, w in enumerate(bare) if w[0].isupper() and w.lower() not in ("the", "a", "an")), default=None)
    if last_cap is None:
        return False
    trailing = [w.lower() for w in bare[last_cap + 1:]]
    if not trailing:
        return False
    nouns = lex["role_word_set"] | lex["anonymous_heads_set"] | lex["generic_set"] | lex["org_words_set"] | lex["document_set"]
    # "Republican presidential nominee", "one GOP source in the room", "the IMF report": a speaker noun is there
    return not any(w in nouns or w.rstrip("s") in nouns for w in trailing)


# A speaker phrase cannot end in these: the verb after them is a noun ("the state", "his remarks").
_FUNCTION_WORDS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "of", "in", "to", "for", "on",
                   "at", "by", "with", "from", "and", "or", "but", "that", "this", "these", "those"}


def _normalise_verb(verb: str | None) -> str | None:
    return re.sub(r"\s+", " ", verb).lower() if verb else None


_ADDRESSEE_NP = re.compile(
    r"^\s+(?P<addr>(?:reporters|journalists|lawmakers|legislators|parliament|congress|senators|investors|supporters|"
    r"the\s+press|a\s+news\s+conference)\b"
    r"|(?:his|her|their|its|the|a|an)\s+(?:[A-Z][\w.’'-]*\s+)*[a-z][\w-]*"
    r"(?:\s+(?!(?:that|this|on|in|by|at|last|the|a|an|to|for|after|before|during|about|over|via)\b)[a-z][\w-]*(?=[\s,.;:]|$))?"
    r"|[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*)"
)


def _addressee(tail: str | None, verb: str | None) -> str | None:
    """Whom a speaker addressed: "told his Japanese counterpart by phone" → "his Japanese counterpart"."""
    if not tail or not verb:
        return None
    verb = verb.lower()
    if verb not in lexicon()["addressee_verbs"]:
        match = re.match(r"^\s+to\s+(?P<addr>(?:his|her|their|the|a|an)\s+(?:[A-Z][\w-]*\s+)*[a-z][\w-]*|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|reporters|journalists)", tail)
        return match.group("addr") if match else None
    match = _ADDRESSEE_NP.match(tail)
    return match.group("addr") if match else None


def _strip_addressee(tail: str, addressee: str | None) -> str:
    return tail.replace(addressee, "", 1) if addressee else tail


_ADVERBIAL = re.compile(
    r"^(?:\s*,?\s*(?:on|in|at|during|last|this|by|via|over|earlier|late|early|after|before|following)\s+"
    r"(?:\w+day(?:\s+(?:morning|afternoon|evening|night))?|a\s+statement|an\s+interview|a\s+briefing|phone|telephone|"
    r"the\s+\w+(?:\s+(?!that\b)\w+)?|week|month|year|(?!that\b)\w+)|\s*,?\s*(?:yesterday|today|tonight|earlier|later|again|also))*"
)


_SETTING_BEFORE_THAT = re.compile(
    r"^(?P<setting>(?:\s*,?\s*(?:on|in|at|during|aboard|after|before|following|from|via|by|over|while|earlier|late|early|last|this)"
    r"(?:\s+(?!that\b)[\w’'.-]+){1,6}))\s*,?\s*that\b"
)


_TIME_BEFORE_SUBJECT = re.compile(
    r"^\s*,?\s*(?:this|last|on|earlier|late)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?(?=\s+(?:he|she|they|it|we|I)\s)")


def _skip_addressee_and_that(text: str, start: int, addressee: str | None) -> int:
    """From just after the verb to where the reported content begins (past addressee, time, "that")."""
    rest = text[start:]
    if addressee and rest.lstrip().startswith(addressee):
        start += len(rest) - len(rest.lstrip()) + len(addressee)
        rest = text[start:]
    if re.match(r"^\s*(?:,\s*)?(?:that\b|:)", rest) is None:
        # time and manner phrases before "that" ("by phone that", "on Tuesday that"); only skipped when "that" follows
        skip = _ADVERBIAL.match(rest)
        if skip and re.match(r"^\s*,?\s*(?:that\b|:)", rest[skip.end():]):
            start += skip.end()
            rest = text[start:]
        elif _TIME_BEFORE_SUBJECT.match(rest):
            start += _TIME_BEFORE_SUBJECT.match(rest).end()  # "told voters this weekend he would …": not what was said
            rest = text[start:]
        else:
            # a longer place or setting phrase: "aboard Air Force One that", "in a television interview that"
            setting = _SETTING_BEFORE_THAT.match(rest)
            if setting:
                start += setting.end("setting")
                rest = text[start:]
    match = re.match(r"^\s*,?\s*(?:that\b,?|:)?\s*", rest)
    return start + (match.end() if match else 0)


# ---------------------------------------------------------------- records


def _to_statement(article: Article, paragraph: Paragraph, candidate: _Candidate) -> Statement | None:
    base = paragraph.char_start
    start, end = base + candidate.start, base + candidate.end
    quote = article.body[start:end] if article.body else ""
    if candidate.parts:
        quote = " ".join(article.body[base + s:base + e] for s, e in candidate.parts)
    if not quote.strip():
        return None
    speaker = candidate.speaker
    confidence = 1.0
    if candidate.kind == "continuation":
        confidence = CONTINUATION_CONFIDENCE
    if speaker is None:
        confidence = UNRESOLVED_CONFIDENCE
    elif speaker.kind == "generic":
        confidence = GENERIC_CONFIDENCE
    actor_id, country = _actor_for(speaker, article.reference_date)
    statement = Statement(
        quote=quote,
        kind=candidate.kind,
        paragraph_index=paragraph.index,
        char_start=start,
        char_end=end,
        speaker=speaker.name if speaker else None,
        speaker_actor_id=actor_id,
        speaker_country=country,
        speaker_type=speaker.speaker_type if speaker else None,
        speaker_role=speaker.role if speaker else None,
        speaker_org=speaker.org if speaker else None,
        verb=candidate.verb,
        addressee=candidate.addressee,
        confidence=confidence,
        article_id=article.article_id,
        extractor_version=EXTRACTOR_VERSION,
    )
    statement.statement_id = stable_id(article.article_id, paragraph.index, start, end, candidate.kind)
    return statement


def _actor_for(speaker: Speaker | None, on: date | None) -> tuple[str | None, str | None]:
    """Link a speaker who speaks for a government (minister, ministry, leader) to an actor and country.

    A person the actor lexicon knows ("Xi", "Bessent") also gets its full name,
    role and type when the article gave none.
    """
    if speaker is None or speaker.kind in ("pronoun", "generic", "anonymous", "group"):
        return None, None
    if speaker.actor_checked:
        return speaker.actor_id, speaker.country
    speaker.actor_checked = True
    person = speaker.kind == "person"
    texts = (speaker.mention, speaker.name) if person else (speaker.mention, speaker.name, speaker.org)
    actor = next((a for a in (_resolve_actor(t, on) for t in texts if t) if a is not None), None)
    if person and actor is not None and actor.kind == "person":
        _adopt_person(speaker, actor)
    elif person and actor is not None and actor.kind != "person":
        actor = None  # "Japan’s Trade Minister X": the country alone is not this person
    if not person and actor is not None and _names_this_body(speaker, actor):
        # the actor lexicon lists government bodies ("U.S. Customs and Border Protection", "White House")
        speaker.speaker_type = "official"
    elif not person and actor is not None and speaker.speaker_type != "official":
        actor = None  # "Growers For America" merely mentions a country
    if actor is None and speaker.speaker_type in ("official", "leader"):
        # a minister the lexicon does not list still speaks for the country in the title
        for text in (speaker.org, speaker.country_hint):
            actor = _resolve_actor(text, on) if text else None
            if actor is not None:
                break
    if actor is None or not (actor.country or actor.kind in ("country", "bloc")):
        return None, None
    if speaker.speaker_type not in ("official", "leader"):
        return None, None  # a company chief or an analyst does not speak for a government
    speaker.actor_id, speaker.country = actor.actor_id, actor.country
    if speaker.speaker_type == "official" and heads_government(speaker.role, actor.country):
        speaker.speaker_type = "leader"  # the lexicon's Merz is Germany's chancellor: a head of government
    return speaker.actor_id, speaker.country


def _names_this_body(speaker: Speaker, actor) -> bool:
    """The organisation speaking is the listed body itself, or a government named after its country."""
    name = (speaker.name or "").lower()
    forms = {actor.name.lower(), *(a.lower() for a in actor.aliases)}
    if actor.kind == "organisation":
        return name in forms
    return actor.kind in ("country", "bloc") and bool(re.search(r"\bgovernment\b", name))


def _adopt_person(speaker: Speaker, actor) -> None:
    """Fill a bare surname and a missing role from the actor lexicon."""
    known_forms = {actor.name.lower(), *(a.lower() for a in actor.aliases), *actor.name.lower().split()}
    name = (speaker.name or "").lower()
    if name and (len(name.split()) == 1 and name in known_forms or actor.name.lower().endswith(" " + name)):
        speaker.name = actor.name  # "Xi" → "Xi Jinping", "von der Leyen" → "Ursula von der Leyen"
        speaker.gender = speaker.gender or gender_of_name(actor.name)  # a later "she" no longer fits "Obama"
    if not speaker.role and actor.role:
        role, org = parse_appositive(actor.role)
        # "President of the European Commission" → role "President", organisation "European Commission"
        speaker.role = strip_nationality(role or actor.role)
        speaker.org = speaker.org or org
        from pipeline.speakers import role_type
        speaker.speaker_type = role_type(actor.role) or speaker.speaker_type


def _resolve_actor(text: str, on: date | None):
    try:
        from pipeline.actors import resolve_actor
    except ImportError:  # the actor resolver is optional for this module
        return None
    try:
        return resolve_actor(text, on=on)
    except Exception:  # a lexicon problem must not stop extraction
        return None
