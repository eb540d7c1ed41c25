"""Commitment extraction: who commits to what, by how much, from when.

Rule-based over sentences. A commitment is headed by a cue verb from
``data/commitment_cues.yaml`` ("cut", "suspend", "buy"...). Around each cue:

- the *subject region* (from the previous cue or clause boundary to the cue)
  names the actor ("Beijing resumes..."); a heading ("CHINESE ACTIONS:",
  "Japan will:") or the previous clause supplies it when the clause has none;
- the *object region* (from the cue to the next cue or clause boundary) gives
  the category ("...export curbs" -> export_control), the values, the products
  and the time.

Conventions follow docs/gold-format.md. Unknown actor or value stays empty and
lowers the confidence; nothing is invented.
"""
from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from pipeline.actors import (ActorMention, before_first_office, behind_literals, fold_case, out_of_office, may_match, put_behind_first_chars, put_behind_literals, required_literals,
                             starting_with_first_chars)
from pipeline.actors import finditer_from_starts, narrow_word_start_scan, read_yaml, regex_module_with_cache, resolve_actor, save_compiled_patterns, trie_regex, with_first_chars, word_start_scan
from pipeline.actors import find_actor_mentions as _find_actor_mentions
from pipeline.actors import built_without_gc
from pipeline.actors import alias_matches, aliases_within, country_names, mention_countries, forget_folds, holds_one_of
from pipeline.model import TABLE_CELL_SEPARATOR, Article, Commitment, Paragraph, stable_id
from pipeline.learned_rows import decide_rows, rate_rows
from pipeline.products import hs_codes as _hs_codes
from pipeline.quantities import NAMES_ITS_MEASURE, Quantity, parse_number, rate_levels
from pipeline.quantities import find_quantities as _find_quantities
from pipeline.learned_sentences import silent_sentence_rows
from pipeline.sentences import split_sentences
from pipeline.timeexpr import find_dates, find_duration, read_time

re = regex_module_with_cache()  # noqa: F811 (speed: patterns read from the compiled-pattern cache, pipeline/actors.py)

EXTRACTOR_VERSION = "commitments-1.20"  # round 24 (issue 4): order schedules, steps still ahead, origins listed, gapped rates, quota conjuncts, levier fixes on official pages, recitals merged, range leads, the retrained silent reader and the retrained confidence change the output
CUES_PATH = Path(__file__).parent / "data" / "commitment_cues.yaml"

# Confidence penalties: how much less we trust a row missing a part.
PENALTY_NO_ACTOR = 0.4
PENALTY_INHERITED_ACTOR = 0.1
PENALTY_GUESSED_ACTOR = 0.3  # actor taken from the document's other tariffs
PENALTY_OTHER_CATEGORY = 0.2
# Longest object region read for values and products (characters): objects
# longer than this run into the next commitment in run-on sentences.
MAX_OBJECT_CHARS = 220
# Categories named by a topic word ("fentanyl", "forced labor") that yield to a
# tariff named in the same object.
TOPICAL_CATEGORIES = frozenset({"drug_enforcement", "other"})
# How far after an `other` topic ("rules of origin") a tariff word may sit and still be the
# tariff it names (a drug topic names the tariff at any distance: "duties to address the flow of fentanyl").
TOPIC_TO_TARIFF_CHARS = 60
# Categories that name a measure more precisely than "market access" does.
SPECIFIC_OVER_ACCESS = ("import_restriction", "intellectual_property", "procurement", "export_control")
# Longest subject text kept, in words.
MAX_SUBJECT_WORDS = 12

# Words before a verb form that make it a verb (modals, auxiliaries, adverbs).
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it"})
_VERB_LEADS = frozenset(
    """will would shall should must may might can could to also and or each jointly not
    never further immediately then now still already both has have had is are was were be
    been being did does do agreed agrees committed commits plans plan intends intend
    expected expects decided decides further effectively fully including by while after before
    through from includes include included consider considers considering instead""".split()
)
# A contracted auxiliary ending the word before a form ("we'll", "they've", "we’re", "they'd"):
# the form is a verb, as after "will" / "have" ("'s" stays out: "Japan's cut" is a noun)
_AUXILIARY_CONTRACTIONS = tuple(a + b for a in ("'", "’") for b in ("ll", "ve", "re", "d"))


def _bare_word(word: str) -> str:
    """The word without a contracted auxiliary ("We'll" -> "we"), lower-cased."""
    word = word.lower()
    return word[:-len(word.split("'")[-1].split("’")[-1]) - 1] if word.endswith(_AUXILIARY_CONTRACTIONS) else word


# Words before a form that make it a noun ("the cut", "export curbs", "a temporary general license").
# Materials whose waste is traded as "X scrap" (the noun, not the verb "scrap")
_SCRAP_MATERIALS = frozenset(
    """copper tin steel iron aluminum aluminium metal ferrous non-ferrous brass bronze lead zinc nickel
    gold silver paper plastic battery electronic""".split()
)
_NOUN_LEADS = frozenset(
    """the a an its their his her our this that these those any such no of tariff tariffs
    export exports import imports trade price rate duty investment purchase purchases
    soybean farm rare-earth retaliatory general temporary""".split()
)
# Prepositions before an actor mention that make it an object, not a subject.
_OBJECT_PREPOSITIONS = re.compile(
    r"(?:\b(?:on|from|with|to|against|for|of|into|toward|towards|by|between|in|at|about|over|than|under|like)\s+(?:(?:the|all|all the|its|their|certain|some|most|any)\s+)?|'s\s+)$",
    re.IGNORECASE,
)
# Verbs whose first object is a receiver ("gave Mexico 90 days", "granted Beijing a reprieve").
_GIVING_VERB = re.compile(r"\b(?:gave|give|gives|giving|granted|grants|handed|hands|offered|offers|allowed|allows|told|tells)\s+(?:the\s+)?$")
_BOTH_PARTIES = re.compile(
    r"\b(?:both (?:sides|parties|countries|nations|governments|delegations|leaders|partners|economies|capitals|allies|administrations|signatories)"
    r"|the two (?:sides|countries|nations|governments|parties|delegations|leaders|partners|economies|capitals|allies|administrations|signatories)"
    # (round 15) "each government", "the signatories", "all Parties", "neither side" (as a subject): every party
    r"|each (?:side|party|country|government|nation|signatory)|the (?:parties|countries|signatories)|all (?:parties|signatories)"
    r"|neither (?:side|party|government|country)|(?:our|both) nations)\b",
    re.IGNORECASE,
)
_THREE_PARTIES = re.compile(r"\b(?:the|all|these)\s+three\s+(?:countries|nations|governments|sides|parties|partners|economies|capitals|signatories|leaders)\b",
                            re.IGNORECASE)
# "a Party shall seek consultations", "either Party may request": a treaty obligation on whichever
# party acts is one on each of them (guide rule 9); capitalised, the treaty's defined term
# ("the Party shall ... seek consultations"; "the other Party shall consider", "No Party shall contest":
# as the subject of a modal, whichever party that is, round 10; not "consult with the other Party")
_ANY_TREATY_PARTY = re.compile(r"\b(?:[Aa]|[Ee]ither|[Ee]ach|[Tt]he) Party\b|\b(?:[Tt]he other|[Nn]o|[Nn]either) Party(?=\s+(?:shall|will|may|must)\b)")
_HE_AFTER_COMMA = re.compile(r",\s+(?:he|she)\s+(?:(?:is|has|will|also|then|now)\s+){0,2}$")
# "On April 2, the President announced ...", "The President also established ...": in a signed
# order's fact sheet the bare title is the signing President (not "the President of Brazil")
_THE_PRESIDENT = re.compile(r"(?:^|[\s,;])[Tt]he President\s+(?:(?:is|has|will|also|then|now|thus|further)\s+){0,2}$")
# ("..., and Liechtenstein (collectively, Participants) express ...": the defined term closes the subject)
_PARTICIPANTS = re.compile(r"\b(?:the|all|both|the three|the two) participants\b|\bparticipants\)", re.IGNORECASE)
# Cheap test before the commentary patterns: the verbs every one of them needs.
_COMMENTARY_HINT = re.compile(r"\b(?:found|finds|shows?|showed|estimated?|suggests?|concluded|affirmed|praised|hailed|lauded|celebrated)\b", re.IGNORECASE)
_SPEECH_VERB = re.compile(r"\b(?:said|says|saying|told|warned|argued|noted|added|wrote|expects?|expected|predicted)\b")
# the verbs an outside voice's view is told with (round 16: an analyst who predicts, observers who
# believe, a forecast "according to" an economist): the cheap test before lexicon.non_government
# (one list for this test and for lexicon.non_government's pattern, so the two cannot drift apart; round 22:
# an outside voice's figures, "Analysts at X estimate China will import ...")
_VIEW_VERBS = (r"said|says|told|warned|argued|noted|added|wrote|expects?|expected|predicted|predicts?"
               r"|believes?|believed|forecasts?|anticipated?|anticipates|reckons?|thinks?"
               r"|estimates?|estimated|calculates?|calculated|projects?|projected")
_VIEW_VERB = re.compile(r"\b(?:saying|according\s+to|" + _VIEW_VERBS + r")\b")
_FIRST_PERSON = re.compile(
    r"(?:^|[\s,;])(?:I|my Administration|my administration)\s+(?:\w+\s+){0,2}$"
    # "I have determined that it is necessary and appropriate to impose ...", "I also deem it
    # necessary to decrease ...": an order's decision, its signer acting
    # ("I have determined, based on ... officials, that it is necessary ...": an aside may follow the verb)
    r"|(?:^|[\s,;])I\s+(?:\w+\s+){0,2}?(?:determined?|find|found|deem|deemed|decided?)(?:,[^,]{1,160}(?:,[^,]{1,160})?,)?"
    r"\s+(?:that\s+)?(?:it\s+)?(?:is\s+|was\s+)?"
    r"(?:also\s+)?(?:necessary|appropriate)(?:\s+and\s+(?:necessary|appropriate))?\s+to\s*(?::\s*)?(?:\w+\s+)?$"
    # (round 13) "I have decided to adjust the imports of X by imposing a 25 percent tariff": the
    # signer's means, not the imports acting
    r"|(?:^|[\s,;])I\s+(?:\w+\s+){0,2}?(?:decided?|determined?)\s+to\s+\w+\b[^;:]{0,160}?\bby\s+$")


def _first_person(text: str, *bounds) -> re.Match[str] | None:
    """``_FIRST_PERSON.search(text, *bounds)``, tried only where ``text`` holds "I" or "my " (every
    branch reads one, as written: speed, round 18, 13,000 instructions a search, 338 a sample pass)."""
    return _FIRST_PERSON.search(text, *bounds) if "I" in text or "my " in text else None


# Small patterns asked for at every cue, boundary or mention: compiled once (speed)
_OR_BETWEEN = re.compile(r"\s+(?:or|and/or|and)\s+(?:\w+\s+)?")  # "suspend or remove"
_LETTER = re.compile(r"[A-Za-z]")
_COMMA_AND = re.compile(r",\s*and\s")
_POSSESSIVE_S = re.compile(r"\s*(?:'s|’s)")
# Strong clause boundaries: a new subject can start after them.
# a reporting verb ("said that", "told reporters that", "made clear that"): the clause it
# reports has a subject of its own (the last alternative of _CLAUSE_BOUNDARY)
_REPORTING_BOUNDARY = (
    r"(?<![\w-])(?:(?:said|says|announced|stated|added|noted|confirmed)(?:\s+(?:in an? \w+|on \w+day|late on \w+day))?(?:\s+that)?\s"
    r"|(?:told|tells|assured|informed)\s[^,;]{1,60}?\bthat\s"
    # "has been upfront that India would face tariffs", "made clear that": a stated position
    # reports its that-clause, whose subject is its own
    r"|(?:been|is|was|are|were)\s+(?:upfront|clear|transparent|explicit|adamant)\s+that\s|made\s+(?:it\s+)?clear\s+that\s)"
)
# Speed (output unchanged): the regex engine skips an alternative that opens with a literal
# or a class by its first character, but must enter one that opens with a lookbehind or
# "\b". So the "(" alternative checks its lookbehind after the "(", the whitespace
# alternatives share one "\s" and the word alternatives one "\b" (alternatives with
# different first characters never compete at one position, so the grouping changes no
# match). Add a boundary to the group its first character belongs to.
_CLAUSE_BOUNDARY = re.compile(
    # (", as (initially) set forth in Executive Order N, to 19 percent", ", as amended,": an aside on the measure, no clause;
    # round 14: ", as provided for in additional U.S. note 3 to chapter 2 of the HTSUS, is increased")
    # (", as necessary,", ", as needed,": an aside on the verb, its object follows, round 10; ", as appropriate," often closes a clause)
    # (round 13: "value-added taxes" is no "added" reporting a statement)
    r";|:\s|,\s*(?:while|whereas|but|and|although|as(?!\s+(?:(?:\w+ly|first|already|earlier)\s+)?(?:set\s+(?:forth|out)|amended|provided\s+(?:for\s+)?in|described\s+in|specified\s+in|defined\s+in)\b)(?!\s+(?:necessary|needed|required)\s*,))\s|,\s*(?:bringing|taking|pushing|putting)\s(?=(?:[\w-]+\s+){0,4}(?:rate|tariff|total|level)s?\b)"
    # "the framework under which most goods from X face a U.S. tariff": a relative clause with its own subject
    r"|\s(?:(?:while|whereas|but)\s|(?=(?:if|unless|provided that)\s)|-\s|(?:under|through|pursuant to)\s+which\s|whereby\s)"
    r"|\((?<![\w)]\()\s*(?:[ivx]{1,4}|\d{1,2}|[a-h])\s*\)\s|—(?!\s*(?:down|up) from)|–\s(?!(?:down|up) from)"
    r"|" + _REPORTING_BOUNDARY,
)
# Speed (round 16): the boundaries but the reporting verbs, for a sentence that holds none of
# their words (_clause_boundary): the verbs' alternative, last, can match nowhere in it, so
# this finds the same boundaries; its first characters are marks and spaces, where the verbs'
# (s, a, c, n, t, i, b, w, m) had the engine enter the pattern at most letters
_CLAUSE_BOUNDARY_MARKS = re.compile(_CLAUSE_BOUNDARY.pattern[:-len("|" + _REPORTING_BOUNDARY)])
# "(i)", "(2)", "(b)": enumeration markers inside treaty sentences.
_ENUMERATION = re.compile(r"\(\s*(?:[ivx]{1,4}|\d{1,2}|[a-h])\s*\)")
# A label that opens a paragraph and names who acts below it ("CHINESE ACTIONS:").
_LABEL = re.compile(r"^\s*(?:\*\*)?\s*([A-Z][A-Z0-9 ,.'’&/-]{2,80}):\s*(?:\*\*)?\s*")
# Labels longer than this many words are section titles, not "X ACTIONS" headings.
MAX_LABEL_WORDS = 4
# "..., including:": the items are examples; the opener is a commitment of its own.
_INCLUDING_LIST = re.compile(r"\b(?:including|such as|among them|notably)\s*:\s*$", re.IGNORECASE)
# A paragraph that introduces a list ("Japan will:", "Key terms include:").
_INTRODUCES_LIST = re.compile(r":\s*$")
# (round 14) a list opened by its party and a modal or commitment word: "Taiwan will:", "Under the
# Agreement, Norway shall:", "Peru's commitments include:", "Commitments of Peru:", "THE UNITED STATES WILL:"
_LIST_OPENED_BY_PARTY = re.compile(
    r"(?:\b(?:will|shall|would|agreed\s+to|commit(?:s|ted)?\s+to|intends?\s+to|pledged\s+to)"
    r"|\b(?:commitments?|pledges?|undertakings?|obligations?)(?:\s+(?:of|by)\s+[\w .’'-]{2,40}?|\s+include|\s+are)?"
    r"|\b(?:WILL|SHALL))\s*:\s*$", re.IGNORECASE)
# a footnote's own paragraph, opening with its marker ("[3] For greater certainty, ...")
_FOOTNOTE_OPENING = re.compile(r"\s*\[\d{1,3}\]\s+[A-Z“\"]")
# Round 11 agreements: a treaty chapeau ends in a colon or a dash ("Each Party shall─", "including
# by─"); its lettered clauses ("(a) ensuring ...") bind the party it names
_CHAPEAU_END = re.compile(r"[:\u2500\u2014\u2013]\s*$")
# (speed: the same test without a search of the paragraph: its last character but whitespace,
# which str.rstrip() and the engine's \s read alike)
_CHAPEAU_ENDS = (":", "\u2500", "\u2014", "\u2013")
_DOCUMENT_AGREED = re.compile(
    r"\b(?:joint statement|agreement|framework|deals?|agreed|arrangement|truce|accord|commitments?)\b", re.IGNORECASE
)
# a start still to come ("faces a 25% tariff from Aug. 1", "starting next month")
_SCHEDULED = re.compile(r"\b(?:from|starting|beginning|as of|effective|next|unless|if|once|when)\b", re.IGNORECASE)
_PLAIN_WEEKDAY = re.compile(r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_SAID_ON_DAY = re.compile(r"\b(?:said|says|told|wrote|added)\s+(?:\w+\s+){0,2}?(?:on|late on|early on)\s+\w+day\b")
# a government's own instrument, signed alone ("signed the ... Presidential Memorandum")
_OWN_INSTRUMENT = re.compile(r"\b(?:Presidential Memorand(?:um|a)|Executive Orders?|Proclamations?)\b", re.IGNORECASE)
_RELATIVE_OPENER = re.compile(r",\s*(?:which|who)\s")


def _in_force_by_order(actors: list[str] | None, context: _Context) -> bool:
    """Whether the measure is the signing government's own in a document reporting its order."""
    return bool(context.in_force_by and actors and set(actors) == {context.in_force_by})


# "agreed to", "committed to": a promise made in the deal, not yet the order's own act
_OWN_PLEDGE = re.compile(r"\b(?:agreed|agrees|committed|commits|pledged|will consider|intends?)\b", re.IGNORECASE)
_DOCUMENT_IMPLEMENTED = re.compile(
    r"\bsigned (?:an? )?(?:(?:historic|new|landmark|separate) )?(?:Executive Orders?|Proclamations?)\b|\bBy the authority vested in me\b|\bhereby (?:order|proclaim)"
    # "Today, President Donald J. Trump imposed tariffs on ...": a fact sheet's lead on a measure taken
    r"|\bToday,\s+President\s+(?:[A-Z][\w.]*\s+){1,3}(?:imposed|raised|increased|implemented)\b",
    re.IGNORECASE,
)
_PAST_FORM = re.compile(r"ed$")
_IRREGULAR_PAST = frozenset(
    {"cut", "set", "kept", "bought", "fell", "rose", "froze", "paid", "spent", "put", "made", "struck",
     "took", "went", "came", "began", "held", "led", "left", "brought",
     # (round 21) a measure withdrawn is done ("India withdrew its retaliatory tariffs", "were withdrawn last year")
     "withdrew", "withdrawn", "was withdrawn", "were withdrawn", "been withdrawn"}
)
# Past forms that are also the base form: "Cut its tariff ..." opening a bullet is an undertaking.
_BASE_AND_PAST = frozenset({"cut", "set", "put"})
# Words that can end a subject phrase before its quantity or time.
_SUBJECT_STOP = re.compile(
    r"\s(?:to|from|by|for|over|until|starting|effective|beginning|as of|on|at|within|in each)\s+(?=[\d$€£¥]|about|around|approximately|an?\s|the\s+(?:next|period)|zero|one|two|three|four|five|six|seven|eight|nine|ten|[A-Z][a-z]+ \d)",
)


@dataclass(frozen=True)
class Cue:
    lemma: str
    action: str
    category: str
    fixed: bool = False
    inverted: bool = False
    intransitive: bool = False
    tariff_only: bool = False
    factor: float | None = None
    otherwise: str | None = None  # lemma used when a tariff_only cue has no tariff object
    requires: re.Pattern[str] | None = None  # the object must match ("sign" an agreement)
    needs_category: bool = False  # the object must name a measure of some category


@dataclass
class _Lexicon:
    forms: dict[str, Cue]
    lemmas: dict[str, Cue]
    cue_pattern: re.Pattern[str]
    objects: re.Pattern[str]
    object_categories: dict[str, str]  # group name -> category
    status: list[tuple[str, re.Pattern[str]]]
    conditional: re.Pattern[str]
    non_government: re.Pattern[str] | None
    commentary: re.Pattern[str] | None
    statistics: re.Pattern[str] | None
    negation: dict[str, re.Pattern[str]]  # refusal | standstill
    makers: dict[str, str]  # maker name -> its country
    companies: re.Pattern[str] | None  # national companies named as a pledging subject
    company_countries: dict[str, str]  # lower-case company name -> its country
    cue_scan: re.Pattern[str] | None = None  # where cue_pattern matches, found fast (_scan_cues)
    object_starts: re.Pattern[str] | None = None  # where an objects match starts, found fast (_object_finditer)
    # (round 16) the same scan without the entries that can start at any word, for a text that
    # holds none of their words (actors.narrow_word_start_scan)
    narrow_object_starts: tuple[re.Pattern[str] | None, tuple[str, ...]] = (None, ())
    # (round 16) the conditions without those whose start cannot be told, and their words (_conditional_stated)
    narrow_conditional: tuple[re.Pattern[str] | None, tuple[str, ...]] = (None, ())


@lru_cache(maxsize=1)
def _cue_data() -> dict:
    """commitment_cues.yaml, read once (speed: eight readers asked for it, each parsed it anew).
    Shared: readers must not change it."""
    return read_yaml(CUES_PATH) or {}


@lru_cache(maxsize=1)
@built_without_gc
def _lexicon() -> _Lexicon:
    data = _cue_data()
    forms: dict[str, Cue] = {}
    lemmas: dict[str, Cue] = {}
    for lemma, spec in (data.get("verbs") or {}).items():
        cue = Cue(
            lemma, spec["action"], spec["category"], bool(spec.get("fixed")), bool(spec.get("inverted")),
            bool(spec.get("intransitive")), bool(spec.get("tariff_only")), spec.get("factor"),
            spec.get("otherwise"),
            re.compile(spec["requires"], re.IGNORECASE) if spec.get("requires") else None,
            bool(spec.get("needs_category")),
        )
        lemmas[lemma] = cue
        for form in spec.get("forms") or []:
            forms.setdefault(str(form), cue)
            # sentence- and bullet-initial verbs ("Suspend the export controls..."); a
            # past form opening a sentence ("Signed at ...") is not an undertaking
            if not _PAST_FORM.search(str(form)) and (str(form) not in _IRREGULAR_PAST or str(form) in _BASE_AND_PAST):
                forms.setdefault(str(form)[:1].upper() + str(form)[1:], cue)
    # a character trie: the longest form wins ("roll back" over "roll") and matching stays fast
    cue_pattern = re.compile(r"(?<![\w-])(" + trie_regex(list(forms)) + r")(?![\w-])")
    # Speed: the same forms with the character before each read rather than looked behind at:
    # opening with a character class, the engine skips every position whose character is
    # outside it (letters: inside words) in one fast loop, where the look-behind is tried at
    # every position. Run on " " + sentence (_scan_cues); every form opens with a letter or
    # digit and a match is never followed by a word character or "-", so no form's preceding
    # character lies inside the match before it (tests/test_speed_r11.py compares them).
    cue_scan = re.compile(r"[^\w-](" + trie_regex(list(forms)) + r")(?![\w-])")
    # one alternation, a named group per entry: the leftmost match is the object's head
    # category, and at one position the earlier entry wins
    object_specs = data.get("objects") or []
    # (the edges here, not before a word character or "-" on either side, are also those of
    # actors.word_start_scan: change both together; tests/test_speed_r12.py compares the scans)
    objects = _with_first_chars(
        r"(?<![\w-])(?:"
        + "|".join(_object_entry(index, spec["patterns"]) for index, spec in enumerate(object_specs))
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    object_categories = {f"c{index}": spec["category"] for index, spec in enumerate(object_specs)}
    status = [
        (name, _with_first_chars(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w-])", re.IGNORECASE))
        for name, patterns in (data.get("status") or {}).items()
    ]
    # "Analysts expect ..." opening a sentence: a lower-case entry also matches capitalised
    speakers = [f"[{p[0]}{p[0].upper()}]{p[1:]}" if p[:1].islower() else p
                for p in data.get("non_government_speakers") or []]
    non_government = _with_first_chars(
        r"(?<![\w-])(?:" + "|".join(speakers) + r")(?![\w-])[^.]{0,120}?\b(?:saying|" + _VIEW_VERBS + r")\b"
        # (round 16) the view told before its holder: "is expected to lift ..., according to a
        # trade analyst at X", '"...," said economists at Y'
        r"|\b(?:according\s+to|said|says)\s+(?:(?:a|an|the|one|two|some|several|many|most|other)\s+)?(?:[\w.'’&-]+\s+){0,3}?"
        r"(?:" + "|".join(speakers) + r")(?![\w-])"
    ) if speakers else None
    conditional = _with_first_chars(
        r"(?<![\w-])(?:" + "|".join(data.get("conditional") or ["if"]) + r")(?![\w-])", re.IGNORECASE
    )
    # Speed (round 16): a condition that can start at a space or at any letter ("[s]hould" after
    # a section title's words, opening the sentence) gives the whole alternation a start set of
    # nearly every character; for a sentence without its words, the pattern without it finds the same
    entries = data.get("conditional") or ["if"]
    untold = [entry for entry in entries if _starts_anywhere(entry)]
    untold_words = required_literals(untold, re.IGNORECASE) if untold else None
    narrow_conditional = (
        _with_first_chars(r"(?<![\w-])(?:" + "|".join(e for e in entries if e not in untold) + r")(?![\w-])", re.IGNORECASE),
        tuple(sorted(untold_words))) if untold_words and len(untold) < len(entries) else (None, ())
    commentary = _any_of(data.get("commentary"), re.IGNORECASE)
    if commentary is not None:
        commentary = _with_first_chars(commentary.pattern, re.IGNORECASE)
    statistics = _any_of(data.get("statistic_objects"), re.IGNORECASE)
    negation = {name: _any_of(patterns, re.IGNORECASE) or re.compile(r"(?!)")
                for name, patterns in (data.get("negation") or {}).items()}
    negation.setdefault("refusal", re.compile(r"(?!)"))
    negation.setdefault("standstill", re.compile(r"(?!)"))
    return _Lexicon(forms, lemmas, cue_pattern, objects, object_categories, status, conditional,
                    non_government, commentary, statistics, negation,
                    {str(k): str(v) for k, v in (data.get("makers") or {}).items()},
                    _any_of([rf"\b{re.escape(str(k))}\b" for k in (data.get("national_companies") or {})]),
                    {str(k).lower(): str(v) for k, v in (data.get("national_companies") or {}).items()},
                    cue_scan, word_start_scan([p for spec in object_specs for p in spec["patterns"]]),
                    narrow_word_start_scan([p for spec in object_specs for p in spec["patterns"]]), narrow_conditional)


def _object_entry(index: int, patterns: list[str]) -> str:
    """One object-lexicon entry as a named group whose patterns are dispatched on their
    first character. Speed: the engine tries every pattern of every entry at each word
    start; grouped behind a lookahead per first character, only the patterns that can start
    there are tried, in their lexicon order, so the first that matches is the same one.
    Lookaheads add no group: matches and ``lastgroup`` stay the same."""
    body = "|".join(patterns)
    dispatched = _dispatched_on_first_char(patterns)
    # one test of the entry's first characters turns most word starts away before any
    # pattern is tried (24% less time over the sample object texts)
    lookahead = starting_with_first_chars(body, re.IGNORECASE)
    return rf"{lookahead}(?P<c{index}>{dispatched if dispatched is not None else body})"


def _dispatched_on_first_char(patterns: list[str]) -> str | None:
    """``patterns`` as one alternation per first character (lower-cased: the object lexicon
    is case-insensitive), each pattern in every alternation its match can start with, in
    the given order. None when some pattern's first characters cannot be told or are a
    class (a digit class overlaps the digits): the plain alternation keeps the order."""
    by_char: dict[str, list[str]] = {}
    for pattern in patterns:
        lookahead = starting_with_first_chars(pattern, re.IGNORECASE)
        if not lookahead:
            return None
        chars = _lookahead_chars(lookahead)
        if chars is None:
            return None
        for char in sorted(chars):
            by_char.setdefault(char, []).append(pattern)
    return "|".join(f"(?={re.escape(char)})(?:{'|'.join(group)})" for char, group in by_char.items())


def _object_finditer(text: str):
    """``lexicon.objects.finditer(text)``, the same matches, found from the start scan (speed,
    ``actors.word_start_scan``)."""
    lexicon = _lexicon()
    narrow, wide_words = lexicon.narrow_object_starts
    if narrow is not None and not holds_one_of(wide_words, fold_case(text)):
        return finditer_from_starts(lexicon.objects, narrow, text)
    return finditer_from_starts(lexicon.objects, lexicon.object_starts, text)


def _lookahead_chars(lookahead: str) -> set[str] | None:
    """The single characters of a ``starting_with_first_chars`` lookahead, lower-cased;
    None when it holds a class escape (\\d) or a character outside ASCII."""
    inner = lookahead[len("(?=["):-len("])")]
    chars: set[str] = set()
    position = 0
    while position < len(inner):
        if inner[position] == "\\":
            escaped = inner[position + 1:position + 2]
            if escaped.isalnum():
                return None  # a class such as \\d or \\w
            chars.add(escaped)
            position += 2
            continue
        chars.add(inner[position].lower())
        position += 1
    if any(not char.isascii() for char in chars):
        return None  # two ASCII keys never fold onto one character; others might
    return chars


def _with_first_chars(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` behind a lookahead on the characters a match can start
    with: the same matches, found faster in the long lexicon alternations that open with a
    lookbehind (measured per pattern: one that opens with a literal is slower with it)."""
    return with_first_chars(re.compile(pattern, flags))


def _starts_anywhere(pattern: str) -> bool:
    """Whether a case-insensitive match of ``pattern`` can start at whitespace or at most letters
    (or where it starts cannot be told)."""
    first = starting_with_first_chars(pattern, re.IGNORECASE)
    return not first or "\\s" in first or "\\w" in first or sum(letter in first for letter in "abcdefghijklmnopqrstuvwxyz") > 13


def _any_of(patterns: list[str] | None, flags: int = 0) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None


@dataclass
class _Context:
    """What the whole document tells each sentence."""

    on: date | None
    parties: list[str]  # countries the document names, most named first
    default_status: str
    article_id: str | None
    in_force_by: str | None = None  # the government whose signed order the document reports
    signatories: list[str] = field(default_factory=list)  # the countries the title names ("the Participants")
    speaker_country: str | None = None  # the country of the person the document names most ("He" in a news story)
    # a signed order or proclamation whose title is about trade ("Extending the Modification of the
    # Reciprocal Tariff Rates"): every sentence of it speaks of trade, even one that names the
    # measure only by its instrument ("continue the suspension effectuated by Executive Order 14298")
    trade_order: bool = False
    order_text: bool = False  # the text of a signed order or proclamation itself (not a fact sheet about one)
    # the paragraph being read and where its current sentence starts: what "these jurisdictions"
    # refers back to (set per sentence by _paragraph_commitments)
    paragraph_text: str = ""
    sentence_start: int = 0
    # the paragraph being read is an outside speaker's round-up quote (set per paragraph)
    in_speaker_quote: bool = False
    # (round 13) the document's paragraphs: what "these countries" or "four Latin American
    # countries" refers back to (read only when a sentence says so)
    paragraphs: list = field(default_factory=list)
    # (round 16) the country of a story's dateline ("SANTIAGO, May 3 -"): whose government "the
    # ministry" is, and who levies a rate named in passing when no country is said to
    dateline_country: str | None = None
    # (round 16) a story in the news register (a byline or a wire agency, no government publisher):
    # where a rate named in passing, with no verb, is a measure reported in passing (guide, News set)
    news_register: bool = False
    # (round 18) the title or lead speaks of trade, tariffs or duties: talks on the page are trade talks
    trade_page: bool = False
    passing_rows: list = field(default_factory=list)  # the rows the rate-phrase reader made (held, so their ids stay theirs)
    # (round 18) the last tariff row with a level: what "that rate", "it", "the duty" refer back to
    last_tariff: Commitment | None = None
    # (round 21) the last tariff change row and the sentences read since it (a restatement may add its levels)
    last_change: Commitment | None = None
    since_change: int = 0
    # (round 24) a signed Section 232 action or its fact sheet ("Adjusting Imports of Railcars into the United States",
    # "... Adjusts Imports of Bearings"): agreements it directs officials to seek are on the imports it adjusts
    imports_action: bool = False


@dataclass
class _CueHit:
    start: int
    end: int
    form: str
    cue: Cue


# Speed: the rules ask for the actors and the quantities of the same sentence or clause
# many times over. Within one article each answer is computed once; the memo is per
# thread and dropped when the article is done, so nothing is kept across articles.
_ARTICLE_MEMO = threading.local()


def _memoised(function, *args):
    """``function(*args)``, computed once per article; a fresh list each call, so a caller
    that changes its list changes nobody else's (other answers, such as a bool, as they are)."""
    table = getattr(_ARTICLE_MEMO, "table", None)
    if table is None:
        return function(*args)  # outside extract_commitments: nothing to share
    key = (function, *args)
    try:
        found = table.get(key)
    except TypeError:  # an unhashable argument (a list of countries): no memo
        return function(*args)
    if found is None:
        found = table[key] = function(*args)
    return found[:] if type(found) is list else found


def _memoised_text(function, text):
    """``_memoised(function, text)`` for the one-argument helpers (the same key, so the same
    memo): speed, ~2,000 calls a sample pass, without packing and unpacking an argument tuple."""
    try:
        table = _ARTICLE_MEMO.table
    except AttributeError:  # a thread that never extracted
        table = None
    if table is None:
        return function(text)
    key = (function, text)
    try:
        found = table.get(key)
    except TypeError:
        return function(text)
    if found is None:
        found = table[key] = function(text)
    return found[:] if type(found) is list else found


def find_quantities(text: str) -> list[Quantity]:
    """``quantities.find_quantities``, once per text within an article."""
    return _memoised_text(_find_quantities, text)


def find_actor_mentions(text: str, on: date | None = None,
                        context: str | tuple[str, ...] | None = None) -> list[ActorMention]:
    """``actors.find_actor_mentions``, once per text, date and context within an article."""
    return _memoised(_mentions_in_place, text, on, context)


def _mentions_in_place(text: str, on: date | None, context: str | tuple[str, ...] | None) -> list[ActorMention]:
    """``actors.find_actor_mentions``; the sentence being read (``_ARTICLE_MEMO.place``: the
    sentence, its paragraph's text and its offset, set by ``_paragraph_commitments``) is not
    scanned again: its forms are read from its paragraph's scan where the cuts allow
    (speed: each sentence was scanned twice, once in its paragraph by ``_document_context``)."""
    place = getattr(_ARTICLE_MEMO, "place", None)
    if place is not None and place[0] is text:
        aliases = aliases_within(_paragraph_aliases(place[1]), place[1], place[2], place[2] + len(text))
        if aliases is not None:
            return _find_actor_mentions(text, on, context, aliases)
    return _find_actor_mentions(text, on, context)


def _paragraph_aliases(text: str) -> list[tuple[int, int, int, str]]:
    """``actors.alias_matches``, once per paragraph within an article."""
    return _memoised_text(alias_matches, text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``sentences.split_sentences``, once per paragraph text within an article (speed, round 24:
    the learned reader of silent sentences splits the paragraphs the chain has split)."""
    return _memoised_text(split_sentences, text)


def hs_codes(text: str) -> list[str]:
    """``products.hs_codes``, once per text within an article (rows of one sentence ask
    about the sentence and its parts again and again)."""
    return _memoised_text(_hs_codes, text)


class _ObjectScan:
    """The object-lexicon matches of one text (``lexicon.objects.finditer``), read only as far
    as callers ask. Speed: the head category of an object is its first match, and most
    callers need no more; the scan of a long object text stops there."""

    __slots__ = ("found", "_rest")

    def __init__(self, text: str):
        self.found: list[re.Match[str]] = []
        self._rest = _object_finditer(text)

    def matches(self):
        """The matches in text order: those read so far, then the rest as they are read."""
        yield from self.found
        for match in self._rest:
            self.found.append(match)
            yield match

    def all(self) -> list[re.Match[str]]:
        for _ in self.matches():
            pass
        return list(self.found)


def _object_scan(text: str) -> _ObjectScan:
    """The object scan of ``text``, shared by every caller within an article: the rules of one
    cue ask about the same object text several times."""
    return _memoised_text(_ObjectScan, text)


def _object_matches(text: str) -> list[re.Match[str]]:
    """``lexicon.objects.finditer(text)`` as a list (a fresh one each call)."""
    return _object_scan(text).all()


def _scan_cues(sentence: str) -> list[re.Match[str]]:
    """``lexicon.cue_pattern.finditer(sentence)`` as a list: the fast scan says where a form
    is, the pattern matched there gives the very match (speed, see ``cue_scan``)."""
    lexicon = _lexicon()
    if lexicon.cue_scan is None:
        return list(lexicon.cue_pattern.finditer(sentence))
    match = lexicon.cue_pattern.match
    return [match(sentence, found.start(1) - 1) for found in lexicon.cue_scan.finditer(" " + sentence)]


def _cue_matches(sentence: str) -> list[re.Match[str]]:
    """The cue forms in ``sentence`` (``lexicon.cue_pattern.finditer``), once per sentence
    within an article: whether it has any, then each."""
    return _memoised_text(_scan_cues, sentence)


def _first_object(text: str) -> re.Match[str] | None:
    """``lexicon.objects.search(text)``: the first of the object matches (the same match)."""
    return next(_object_scan(text).matches(), None)


def extract_commitments(article: Article) -> list[Commitment]:
    """Every commitment the article states, one row per actor × action × object.

    Rows repeated later in the document (lead then body) are merged into the
    first, counting ``mentions``.
    """
    outer = getattr(_ARTICLE_MEMO, "table", None)
    _ARTICLE_MEMO.table = {}
    forget_folds()  # (fold_case's table: no folding kept from an earlier call)
    try:
        return _article_commitments(article)
    finally:
        _ARTICLE_MEMO.table = outer
        save_compiled_patterns()  # the first extraction compiled the lexicons: the next process reads them


def _article_commitments(article: Article) -> list[Commitment]:
    if article is None or not getattr(article, "paragraphs", None):
        return []
    context = _document_context(article)
    rows: list[Commitment] = []
    heading_actors: list[str] = []
    # actors and commitment a list-introducing paragraph ("... will:") hands to
    # its items, by the level the items sit at
    intro: dict[int, tuple[list[str], Commitment | None]] = {}
    itemised: set[int] = set()  # rows read from list items under an opener
    pledgers: list[str] = []  # who "outlined ... the following investments"
    pledge_label: Commitment | None = None  # the pledge a label ("AI Infrastructure Investments:") names
    pledge_items: set[int] = set()  # rows of the items under such a label: each its own pledge
    previous_text, rate_list_open = "", False  # the paragraph before, and whether it listed a partner's rate
    previous_kind, table_header = "", ""  # the paragraph kind before, and the header row of the table we are in
    rate_lead = ""  # an order's "the additional rate of duty ... shall be:" whose lettered clauses give the rates
    in_footnote = False  # the paragraph before was a footnote ("[2] ...") or one of its lettered clauses
    general_leads: dict[int, tuple[list[Commitment], set[int]]] = {}  # a list's general lead rows, by the items' level
    item_chapeau: list[str] = []  # (round 17) who a chapeau binds in the items after it, any label
    chapeau_actors: list[str] = []  # who a treaty chapeau ("Malaysia shall facilitate ..., including by─") binds in its lettered clauses
    for paragraph in article.paragraphs:
        text = paragraph.text or ""
        if not text.strip():
            continue
        if text[:1] in " [(" and (_FOOTNOTE_OPENING.match(text) or (in_footnote and _CLAUSE_LABEL.match(text))):
            # Round 11 agreements: a footnote ("[3] For greater certainty, ...", "[1] Customs duty
            # includes any duty ... does not include any:") and the lettered clauses it goes on with
            # define or clarify a term of the text; the obligations are the articles' (guide rule 2)
            in_footnote = True
            continue
        in_footnote = False
        level = paragraph.level if paragraph.kind == "list_item" else 0
        for stale in [lv for lv in intro if lv > level + 1]:
            del intro[stale]  # we have left a deeper list
        label_actors, body_start = _label_actors(text, context.on)
        if paragraph.kind == "heading":
            heading_actors = _single_party(_countries_in(_HEADING_BENEFICIARY.sub(" ", text), context.on)) \
                or _chapeau_parties(text, context)
            intro.clear()
            continue
        if paragraph.kind != "list_item":
            intro.clear()
        if label_actors is not None:
            heading_actors = label_actors or _chapeau_parties(text[:body_start], context)
        inherited = list(heading_actors)
        template: Commitment | None = None
        if paragraph.kind == "list_item" and level in intro:
            inherited, template = intro[level]
            inherited = inherited or list(heading_actors)
        under_chapeau = template is not None or (paragraph.kind == "list_item" and level in intro)
        item_actors = inherited
        if paragraph.kind != "list_item":
            # (round 17) the items of a chapeau, however labelled ("(a)", "1.", "(iv)", none), for the item reader
            if item_chapeau and (_ITEM_LABEL_OPENING.match(text) or text[:1].islower()):
                item_actors, under_chapeau = list(item_chapeau), True
            else:
                item_chapeau = []
            if chapeau_actors and _CLAUSE_LABEL.match(text):
                inherited = list(chapeau_actors)
                under_chapeau = True
            elif not _CLAUSE_LABEL.match(text):
                chapeau_actors = []  # the lettered clauses are over
        if "“" in text[:220] and _commentator_quote(text):
            continue  # "Washington Examiner columnist Jane Doe: “...”": comment on what others do, no party's term
        context.in_speaker_quote = "“" in text[:220] and _outside_speaker_quote(text)
        found, last_actors = _paragraph_commitments(paragraph, body_start, inherited, context)
        if found and context.in_speaker_quote:
            # a round-up's "Trade Association President Jane Doe: “...”", "Sen. Jane Doe: “...”":
            # praise and outcome claims are no rows, the deal terms a quote states are
            found = [row for row in found if _quote_states_term(row)]
        if paragraph.kind != "list_item" or found:
            pledge_label = None
        if pledgers and not found and _PLEDGE_LABEL.search(text) and len(text.split()) <= MAX_LABEL_WORDS + 4:
            pledge_label = _label_template(paragraph, pledgers[0], context)
            continue
        if pledge_label is not None and not found and _SUM_FIRST.match(text):
            found = _pledge_item_rows(paragraph, pledge_label, context)
            itemised.update(id(row) for row in found)
            pledge_items.update(id(row) for row in found)
            rows.extend(found)
            continue
        if paragraph.kind != "list_item":
            pledgers = _following_pledgers(text, context.on)
        if rows and ("nclud" in text[:60] or "ompris" in text[:60] or "onsist" in text[:60] or "made up" in text[:60]) \
                and (not found or _all_passing(found, context)):
            # (round 17) the parts of the total before are its levier's, not rates read in passing
            found = _total_breakdown_rows(paragraph, rows[-1], context) or found
        if not found and paragraph.kind == "list_item" and (rate_list_open or _INTRODUCES_LIST.search(previous_text)):
            found = _country_rate_item_rows(paragraph, context)
        if paragraph.kind == "table_row":
            if previous_kind != "table_row":
                table_header = text  # a table's first row names its columns
            elif not found and _RATE_TABLE_HEADER.search(table_header):
                found = _rate_table_row_rows(paragraph, context) \
                    or _schedule_table_row_rows(paragraph, table_header, heading_actors, context)
        previous_kind = paragraph.kind
        # (an item of the same shape naming no country we know keeps the list going)
        # (speed: both shapes hold "%", "percent" or, in a schedule item's body, "zero")
        rate_list_open = paragraph.kind == "list_item" and ("%" in text or "percent" in text or "zero" in text) and (
            _COUNTRY_RATE_ITEM.match(text) is not None or (
            # (round 24) an order's schedule item with the level it replaces keeps the schedule going too
            (rate_list_open or _INTRODUCES_LIST.search(previous_text) is not None) and _partner_item_with_rate(text)))
        previous_text = text
        if rate_lead and not _CLAUSE_LABEL.match(text):
            rate_lead = ""  # the lettered clauses are over
        if rate_lead and not found:
            found = _rate_clause_rows(paragraph, rate_lead, context)
        if context.order_text and text.rstrip().endswith(":") and _RATE_LEAD.search(text):
            rate_lead = text
        if not found and template is not None:
            found = _list_item_rows(paragraph, template, context)
            itemised.update(id(row) for row in found)
            if found and template in rows and not _INCLUDING_LIST.search(template.evidence):
                rows.remove(template)  # "buy soybeans as follows:" is stated by its items
        elif found and paragraph.kind == "list_item" and level in general_leads:
            # (round 14, guide rule 6) "Taiwan has committed to open its market wider and to buy
            # more. Taiwan will: (items with verbs of their own)": the general lead the items
            # break down is no row of its own once two items of its party state theirs
            leads, seen = general_leads[level]
            seen.update(id(row) for row in found if row.actor in {lead.actor for lead in leads})
            if len(seen) >= 2:
                rows[:] = [row for row in rows if not any(row is lead for lead in leads)]
                del general_leads[level]
        if (len(found) <= 1 and not context.news_register
                and (under_chapeau or paragraph.kind == "list_item" or _ITEM_LABEL_OPENING.match(text))):
            # (round 17) an item under a chapeau read by its slots: a row where the rule chain gave none
            # (none a second time for a term the document already has), or the category its object's
            # family names where the chain's one row took another for the same action
            slots = _chapeau_item_slots(paragraph, body_start, item_actors, under_chapeau, context)
            if slots is None:
                pass
            elif not found:
                found = [row for row in _item_rows(paragraph, slots, context) if not _item_restated(row, rows)]
            elif slots.action == found[0].action and slots.category != found[0].category and len(slots.actors) == 1:
                found = [replace(found[0], category=slots.category)]
            elif found[0].actor is None and (slots.category, slots.action) == (found[0].category, found[0].action):
                found = _item_rows(paragraph, slots, context)  # the chapeau's parties act where the chain's row named none
        if paragraph.kind != "list_item" and text.rstrip().endswith(_CHAPEAU_ENDS):
            chapeau_actors = last_actors or _subject_countries(text, context.on)
            item_chapeau = (_subject_countries(text, context.on) or _chapeau_parties(text, context) or chapeau_actors) \
                if len(text) < 300 else chapeau_actors
        if _INTRODUCES_LIST.search(text):
            # (round 14) the party the closing "Norway will:" names, not the one an earlier
            # sentence of the paragraph spoke of ("The United States will remove ... Norway will:")
            introducing = _introducing_party(text, context.on)
            line = _INTRODUCING_LINE.search(text)
            carried = introducing or (_chapeau_parties(line.group("line"), context) if line else []) or last_actors \
                or _subject_countries(text, context.on) or inherited
            opener = found[-1] if found and not _has_figure(found[-1]) else None
            if opener is not None and introducing and opener.actor not in introducing:
                opener = None
            intro[level + 1] = (carried, opener)
            general_leads.pop(level + 1, None)
            if found and not _INCLUDING_LIST.search(text) and _LIST_OPENED_BY_PARTY.search(text):
                leads = [row for row in found if row.actor in carried and not _has_figure(row) and not row.products]
                if leads:
                    general_leads[level + 1] = (leads, set())
        rows.extend(found)
    _fill_ownerless_tariffs(rows, context)
    _fill_buyerless_purchases(rows, context)
    _fill_firm_pledges(rows, context)
    rows = [row for row in rows if not _pledge_without_party(row) and not _domestic_policy(row, article, context)
            and not _domestic_grant(row) and not _non_trade_talks(row)]
    rows = _drop_sellers_as_buyers(rows, context)
    rows = _drop_annex_purchase_leads(rows)
    if any(r.category == "tariff" and ("odif" in r.evidence or "djust" in r.evidence) for r in rows):
        rows = _modify_leads_take_detail(rows)
    _later_steps_announced(rows, context)
    if any(r.category == "tariff" and r.value_to is not None and r.value_from is None and r.action in ("raise", "reduce")
           for r in rows):
        _earlier_level_referred_to(rows)
    if any(r.action == "resume" and r.category == "tariff" for r in rows):
        _resumed_measure_levels(rows)
    _retaliation_owner(rows)
    _ended_retaliation_owner(rows, context)
    _kept_tariff_owner(rows, context)
    if any(row.category == "tariff" for row in rows):
        _levier_not_goods_origin(rows, context)
    if context.order_text:
        rows = _merge_schedule_restatements(rows)
        if any(r.category == "tariff" and r.value_from is not None and r.action in ("reduce", "raise") for r in rows):
            rows = _merge_operative_levels(rows)
    if any(r.action == "remove" and r.category == "other" and "uspension" in (r.evidence or "") for r in rows):
        rows = _ended_suspensions(rows)
    for row in rows:
        if row.category == "tariff" and row.action == "impose" and row.value_to and row.value_from is None \
                and ("emain" in (row.evidence or "") or "stood" in row.evidence or "has applied" in row.evidence):
            kept = _KEPT_LEVEL.search(row.evidence)
            if kept is not None and float(next(g for g in kept.groups() if g)) == row.value_to:
                # (round 24) "all other goods of Montenegro remain subject to 15 percent", "at 10 percent, where it
                # has stood since April 2025", "so that an additional duty of 10 percent has applied since December":
                # a rate kept where it is (convention 15: `maintain`)
                row.action = "maintain"
    if not context.news_register and any(r.category == "tariff" and r.action in ("remove", "reduce")
                                         and r.value_from is not None and ", wh" in (r.evidence or "") for r in rows):
        rows = _drop_levels_being_removed(rows)
    if any(r.category == "tariff" and "imilar" in (r.evidence or "") or "omparable" in (r.evidence or "") for r in rows):
        rows = _drop_similar_levy_rows(rows)
    for row in rows:
        if row.category == "export_control" and row.action == "enforce" and _CONTROLS_ADOPTED.search(row.evidence or ""):
            # (round 24) "shall adopt export controls on dual-use items equivalent to those of the United States",
            # "introduce controls on the export of": controls a party puts in place restrict those exports, whatever
            # lists they copy (guide rule 13; four of the five written pages so read it); "align with U.S. export
            # controls" (align_controls) stays `enforce`
            row.action = "restrict"
    if context.passing_rows:
        rows = _drop_restated_passing_rates(rows, {id(row) for row in context.passing_rows})
    range_leads: list[Commitment] = []  # (round 24) ranges stated by their breakdown: read, not silent
    if any(r.category == "tariff" and r.value_to is not None and r.value_from is None for r in rows):
        kept = _drop_range_leads(rows, article)
        if len(kept) < len(rows):
            kept_ids = {id(r) for r in kept}
            range_leads = [r for r in rows if id(r) not in kept_ids]
        rows = kept
    merged = _merge_repeats(rows, itemised, pledge_items)
    if context.parties:
        # (round 17) on a page that names parties, a row none of them acts in once every fallback has run
        # (a quote's "we give access" with no speaker's country, a clause whose subject is no party): no
        # party's commitment (convention 3); a lone sentence naming no country keeps its row, actor None,
        # and so does a person's act told with "He"/"She"/"The President" (rounds 7, 8: whose it is stays open)
        merged = [row for row in merged if row.actor is not None or _PERSON_OPENING.match(row.evidence or "")]
    # (round 19) a learned second look at each row: keep, another category/action, or no row
    merged = decide_rows(merged, article, context.news_register)
    # (round 19) the sentences the chain left silent, read by the learned reader where it is confident
    merged += silent_sentence_rows(article, merged + range_leads, context)
    # (round 21) each row's confidence: the chance it is right, learned and calibrated on unseen-like pages
    rate_rows(merged, article, context.news_register)
    return merged


# Round 17 (obligations under a chapeau): an item or clause under a party's chapeau ("X shall:", "X
# will:", "Commitments of X", "Under the Agreement, X will") that the rule chain left without a row is
# read by its slots, whatever the words: who acts (the item's own subject, or the chapeau's party), the
# verb's polarity family (ease, remove, cut, keep, enforce, restrict, talk, provide, buy, invest) and the
# object's family (tariffs, import-side requirements, standards and approvals, customs, services, IP,
# investment, export controls, purchases, labour and environment, bodies, the agreement's own steps);
# family × polarity gives category and action (guide rules 13-17). No family, no row (guide rule 2).
_ITEM_LABEL_OPENING = re.compile(r"\s*(?:\(\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*\)|(?:\d{1,2}|[a-z])[.)](?=\s)|[\u2022\u00b7\u25aa*\u2013-](?=\s))\s*")
# scope, definitions, recitals: no obligation of their own
_ITEM_NO_OBLIGATION = re.compile(
    r"(?:for (?:the )?purposes\b|for greater certainty|nothing in\b|notwithstanding\b|(?:this|the) (?:agreement|article|section|chapter|annex|paragraph)\b"
    r"|the terms?\b|recogni[sz]ing\b|noting\b|desiring\b|affirming\b|considering\b|acknowledging\b|whereas\b|welcoming\b"
    r"|building on\b|in (?:19|20)\d\d\b|on day one\b|since\b|as (?:a|the) result\b)", re.IGNORECASE)
# the obligation's modal (or pledge verb) after its subject
_ITEM_MODAL = re.compile(
    r"\b(?:shall|will|must|(?:has|have)\s+(?:also\s+)?(?:agreed|committed|undertaken|pledged)\s+to|agree[sd]?\s+to|commit(?:s|ted)?\s+to|"
    r"intends?\s+to|undertakes?\s+to|pledge[sd]?\s+to|(?:is|are)\s+to|plans?\s+to|(?:is|are)\s+expected\s+to)\s+")
# words between the modal and the verb: adverbs and verbs of trying, which leave the verb's polarity
_ITEM_INTERVENING = re.compile(
    r"(?:also|further|each|jointly|both|promptly|immediately|progressively|gradually|fully|effectively|expeditiously|"
    r"continue\s+to|endeavou?r\s+to|seek\s+to|work\s+to|strive\s+to|aim\s+to|take\s+(?:all\s+)?(?:appropriate\s+|necessary\s+)?"
    r"(?:steps|measures|action)\s+to|make\s+(?:its\s+|their\s+)?(?:best\s+)?efforts\s+to|use\s+(?:its|their)\s+best\s+efforts\s+to|"
    r"be\s+(?:able|prepared|ready)\s+to|,\s*(?:as\s+appropriate|where\s+appropriate|consistent\s+with\s+(?:its|their)\s+(?:domestic\s+)?laws?)\s*,)\s+",
    re.IGNORECASE)
_ITEM_NEGATION = re.compile(r"(?:not|never|no\s+longer|refrain\s+from)\s+", re.IGNORECASE)
# the verb's polarity family, by base form, and two-word verbs whose particle decides ("make available",
# "phase out"): commitment_cues.yaml ``item_verb_families``, ``item_phrasal``
_ITEM_VERB_FAMILIES: dict[str, list[str]] = _cue_data().get("item_verb_families") or {}
_ITEM_VERB_POLARITY = {verb: family for family, verbs in _ITEM_VERB_FAMILIES.items() for verb in verbs}
_ITEM_PHRASAL: dict[str, str] = _cue_data().get("item_phrasal") or {}
# the object's family, by its first noun of one (checked after the lexicon's own objects)
_ITEM_OBJECT_FAMILIES = re.compile(
    r"(?P<tariff>\b(?:tariff-rate quotas?|TRQs?|in-quota|customs dut(?:y|ies)|import dut(?:y|ies)|tariffs?|dut(?:y|ies)(?!-free\s+access|\s+evasion)|"
    r"duty-free|levies|levy)\b)"
    r"|(?P<export_control>\bexport(?:s|ation)?\s+(?:controls?|licen[cs]\w*|restrictions?|dut(?:y|ies)|taxes|bans?|prohibitions?|quotas?)"
    r"|\bcontrols?\s+on\s+(?:the\s+)?(?:export|re-export)|\bdual-use\b|\blicen[cs]es\s+to\s+export\b|\bre-exports?\b)"
    r"|(?P<import_restriction>\b(?:(?:plant|facility|establishment)(?:-by-(?:plant|facility))?\s+(?:approvals?|registrations?|listings?)|"
    r"approval\s+of\s+(?:(?:U\.S\.|American|[\w-]+)\s+){0,5}(?:plants|facilities|establishments)|import\s+licen[cs]\w*|licen[cs]ing|registrations?|certificat\w*|inspections?|label(?:l)?ing|"
    r"halal|consular|legali[sz]ation|permits?|pre-shipment|quarantine|biosecurity|import\s+"
    r"(?:requirements?|restrictions?|bans?|prohibitions?|procedures)|marking\s+requirements?)\b)"
    r"|(?P<market_access>\b(?:standards?|conformity\s+assessments?|technical\s+regulations?|approvals?|marketing\s+authori[sz]ations?|"
    r"customs\s+(?:procedures|clearance|formalities|processes|valuation)|trade\s+facilitation|single\s+window|authori[sz]ed\s+economic\s+operators?|"
    r"services?|market\s+access|national\s+treatment|non-tariff\s+barriers|(?:trade\s+)?barriers|testing|advance\s+rulings?)\b)"
    r"|(?P<intellectual_property>\b(?:intellectual\s+property|patents?|copyrights?|trademarks?|geographical\s+indications?|piracy|"
    r"counterfeit\w*|camcording|trade\s+secrets?|Budapest\s+Treaty|Madrid\s+Protocol|Patent\s+Cooperation\s+Treaty|"
    r"WIPO\s+(?:Copyright|Performances)|UPOV|Marrakesh\s+Treaty|Singapore\s+Treaty|Beijing\s+Treaty|TRIPS)\b)"
    r"|(?P<investment>\b(?:investments?|investors?|acquisitions?\s+by\s+foreign|(?:foreign\s+|full\s+|majority\s+)?ownership|"
    r"foreign\s+equity|equity\s+(?:caps?|limits?))\b)"
    r"|(?P<procurement>\b(?:government\s+)?procurement\b)"
    r"|(?P<drug_enforcement>\b(?:drug\s+trafficking|fentanyl|narcotics?|precursors?)\b)"
    r"|(?P<other>\b(?:labou?r|environment\w*|wildlife|fisheries|forced\s+labou?r|digital\s+trade|(?:cross-border\s+)?data(?:\s+(?:flows?|transfers?|locali[sz]ation|storage))|electronic\s+(?:commerce|payments?)|"
    r"subsid(?:y|ies)|state-owned|SOEs?|duty\s+evasion|transshipment|rules\s+of\s+origin|non-market|competition|"
    r"critical\s+minerals|cybersecurity)\b)"
    r"|(?P<body>\b(?:working\s+groups?|dialogues?|committees?|councils?|memorand(?:um|a)|consultations?|task\s+forces?|"
    r"mechanisms?|commissions?|forums?|arrangements?)\b)"
    r"|(?P<diplomatic>\b(?:(?:the|this)\s+agreement|entry\s+into\s+force|domestic\s+(?:procedures|formalities)|internal\s+procedures|"
    r"legal\s+text)\b)", re.IGNORECASE)
# family × polarity -> action (guide rules 13-17); a polarity missing here gives no row for that family
_ITEM_ACTIONS = {
    "tariff": {"relax": "reduce", "remove": "remove", "reduce": "reduce", "maintain": "maintain", "enforce": "impose",
               "restrict": "impose", "negotiate": "negotiate", "provide": "impose"},
    "import_restriction": {"relax": "relax", "remove": "remove", "reduce": "relax", "maintain": "maintain",
                           "enforce": "enforce", "restrict": "restrict", "negotiate": "negotiate", "provide": "relax"},
    "market_access": {"relax": "relax", "remove": "remove", "reduce": "relax", "maintain": "maintain", "enforce": "relax",
                      "restrict": "restrict", "negotiate": "negotiate", "provide": "relax"},
    "intellectual_property": {"relax": "relax", "maintain": "maintain", "enforce": "enforce", "restrict": "enforce",
                              "negotiate": "negotiate", "provide": "enforce"},
    "investment": {"relax": "relax", "remove": "relax", "reduce": "relax", "maintain": "maintain", "enforce": "restrict",
                   "restrict": "restrict", "negotiate": "negotiate", "provide": "relax", "invest": "invest"},
    "export_control": {"relax": "relax", "remove": "remove", "reduce": "relax", "maintain": "maintain", "enforce": "enforce",
                       "restrict": "restrict", "negotiate": "negotiate", "provide": "relax"},
    "procurement": {"relax": "relax", "remove": "relax", "reduce": "relax", "maintain": "maintain", "enforce": "relax",
                    "restrict": "restrict", "negotiate": "negotiate", "provide": "relax"},
    "drug_enforcement": {"enforce": "enforce", "restrict": "enforce", "negotiate": "enforce", "provide": "enforce"},
    "other": {"relax": "relax", "remove": "relax", "reduce": "relax", "maintain": "maintain", "enforce": "enforce",
              "restrict": "enforce", "negotiate": "negotiate"},
    "purchase": {"purchase": "purchase"},
    "diplomatic": {"negotiate": "negotiate", "provide": "negotiate"},
}
# papers a shipment carries and inspections it passes: no longer required is `remove` (round 16); other
# requirements given up are eased
# (round 24) a level a measure is held at: "at no more than 5 percent", "at 10 percent", "at zero"
_HELD_AT_LEVEL = re.compile(r"\bat\s+(?:(?:no\s+(?:more|higher|greater)\s+than|most|or\s+below)\s+)?(?:\d|zero\b)", re.IGNORECASE)
# (round 24) checks on the exporting side's plants: "the inspection or registration of individual U.S. establishments"
_FACILITIES_CHECKED = re.compile(r"\b(?:inspections?|registrations?|approvals?|audits?)\s+(?:or\s+(?:inspections?|registrations?|"
                                 r"approvals?|audits?)\s+)?of\s+(?:(?:the|individual|each|all|any|its|their)\s+)?(?:[\w.-]+\s+){0,3}?"
                                 r"(?:establishments|facilities|plants|processors|slaughterhouses)\b", re.IGNORECASE)
_ITEM_PAPERS = re.compile(r"\b(?:licen[cs]\w*|permits?|certificat\w*|consular|legali[sz]ation|inspections?)\b", re.IGNORECASE)
_ITEM_APPROVAL_PRESUMED = re.compile(r"\bpresumption\s+of\s+approval\b|\bapprove\s+(?:such\s+)?(?:applications|licen[cs]es)\b", re.IGNORECASE)
_ITEM_SENTENCE_END = re.compile(r"(?<![A-Z])\.\s+[A-Z“\"]")
_FINITE_AFTER_GERUND = re.compile(r"\b(?:will|would|is|are|was|were|has|have|remains?|can)\b")
# what the subject may hold beside the parties' names: who a party is, and no other noun ("Additional
# trade deals with Indonesia ... will", "President Trump's tariffs will": no party acts)
_ITEM_SUBJECT_WORDS = frozenset(
    "the and of government republic kingdom state federation also each both two sides side parties party countries "
    "governments nations its their it they under agreement this framework in addition additionally further furthermore "
    "within days months year years after entry into force upon accordingly".split())
# an object that is itself joint work: the verb before it is talk ("expand cooperation on ...")
_ITEM_JOINT_OBJECT = re.compile(r"\s*(?:(?:its|their|the|closer|close|further|bilateral|technical|mutual)\s+)*"
                                r"(?:cooperation|collaboration|coordination|consultations?|dialogue|discussions|talks|"
                                r"information[- ]sharing|exchanges?\s+of\s+information)\b", re.IGNORECASE)
# a measure applied in a manner that does not burden: eased ("implement its Act in a way that does not discriminate")
_ITEM_EASED_MANNER = re.compile(r"\b(?:in\s+a\s+(?:way|manner)\s+that\s+(?:does|do|shall|will)\s+not\s+discriminate|"
                                r"in\s+a\s+non-discriminatory\s+(?:way|manner))\b", re.IGNORECASE)
_ITEM_ASIDE = re.compile(r"\s*,[^,;]{2,80},\s*")
# the review of requests or applications a party completes: their approval (eased access)
_ITEM_REVIEW_DONE = re.compile(r"\s*(?:its\s+|the\s+)?(?:review|processing|consideration|evaluation)\s+of\s+(?:all\s+)?(?:pending\s+)?"
                               r"(?:(?:U\.S\.|American|[\w-]+)\s+){0,2}(?:requests?|applications?|petitions?|dossiers?)\b", re.IGNORECASE)
_ITEM_OBJECT_END = re.compile(r";|(?<![A-Z])\.(?:\s|$)|,\s+(?:while|whereas|provided\s+that|unless)\b")


def _item_verb(word: str) -> str | None:
    """The polarity family of a verb in any of its forms ("eases", "eliminated", "recognizing")."""
    word = word.lower()
    family = _ITEM_VERB_POLARITY.get(word)
    if family is None:
        for suffix, back in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""),
                             ("ies", "y"), ("ied", "y")):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                family = _ITEM_VERB_POLARITY.get(word[:-len(suffix)] + back)
                if family is not None:
                    break
    return family


def _item_predicate(text: str, gerund_ok: bool) -> tuple[int, str, str, bool, int] | None:
    """(where the subject ends, the verb, its polarity, negated, where the object starts) of an item's
    predicate: a verb opening the item ("Accept U.S. certificates ...", "not require ...", "eliminating
    ...") or the first modal's verb ("Kazakhstan shall also make available ...")."""
    if text[:1].isalpha():
        opening = _item_verb_at(text, 0)
        if opening is not None:
            verb = opening[0].split(" ", 1)[0]
            if verb.endswith("ing") and not opening[2] and (not gerund_ok or _FINITE_AFTER_GERUND.search(text, 0, 120)):
                return None  # "Preserving X will generate ...": a gerund subject, not an item's verb
            return (0, *opening)
    nominal = _ITEM_NOMINAL.match(text) if gerund_ok else None
    if nominal is not None and nominal.group(1).lower() in _ITEM_NOMINALS:
        # "Elimination of tariffs on ...", "Acceptance of U.S. certificates ...": a verbless item under a
        # chapeau, its verb told by its noun
        return 0, nominal.group(1), _ITEM_NOMINALS[nominal.group(1).lower()], False, nominal.end()
    stop = _ITEM_SENTENCE_END.search(text)
    modal = _ITEM_MODAL.search(text, 0, min(200, stop.start() if stop else 200))
    if modal is None:
        return None
    verb = _item_verb_at(text, modal.end())
    return (modal.start(), *verb) if verb is not None else None


def _item_verb_at(text: str, at: int) -> tuple[str, str, bool, int] | None:
    """(the verb, its polarity, negated, where its object starts) of the verb at ``at``, past adverbs,
    verbs of trying and a negation."""
    negated = False
    while True:
        step = _ITEM_NEGATION.match(text, at)
        if step is not None:
            negated = True
        else:
            step = _ITEM_INTERVENING.match(text, at)
            if step is None:
                break
        at = step.end()
    match = _ITEM_VERB_WORDS.match(text, at)
    if match is None:
        return None
    verb = match.group(1)
    for words, end in ((f"{verb} {match.group(2)} {match.group(3)}", match.end(3)), (f"{verb} {match.group(2)}", match.end(2))):
        family = _ITEM_PHRASAL.get(words.lower()) if end != -1 else None
        if family is not None:
            return words, family, negated, end
    family = _item_verb(verb)
    if family is None:
        return None
    return verb, family, negated, match.end(1)


_ITEM_NOMINAL = re.compile(r"([A-Z][a-z]+)\s+of\s+")
# a verbless item's noun that tells its verb ("Elimination of ..."): commitment_cues.yaml ``item_nominals``
_ITEM_NOMINALS: dict[str, str] = _cue_data().get("item_nominals") or {}
_ITEM_ACCESS_TO = re.compile(r"\s*(?:(?:its|their|the|[A-Z][\w.]*['’]s?|U\.S\.|American|full|greater|improved|"
                             r"preferential|expanded)\s+)*(?P<access>access)\s+(?:to|for)\s+")
_ITEM_VERB_WORDS = re.compile(r"(?:be\s+)?([A-Za-z-]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?")


def _item_family(object_text: str) -> tuple[str | None, int, int]:
    """The object's family and where its noun stands: the first noun of one, from the lexicon's
    objects or the families above. Access to a thing is of that thing's family ("access to central
    level procurement", "Kuwait's access to advanced U.S. semiconductors ..., consistent with U.S. export
    control requirements"); access to nothing of one is market access."""
    access = _ITEM_ACCESS_TO.match(object_text)
    if access is not None:
        family, start, end = _item_family(object_text[access.end():])
        if family is not None:
            return family, start + access.end(), end + access.end()
        return "market_access", access.start("access"), access.end("access")
    mine = _ITEM_OBJECT_FAMILIES.search(object_text)
    # (speed: the lexicon's objects are scanned only as far as they could start before the family noun)
    theirs = next(iter(_object_matches(object_text if mine is None else object_text[:mine.start() + 80])), None)
    if theirs is not None and (mine is None or theirs.start() < mine.start()):
        return _lexicon().object_categories[theirs.lastgroup], theirs.start(), theirs.end()
    if mine is None:
        return None, 0, 0
    return mine.lastgroup, mine.start(), mine.end()


# words that name no goods or measure of their own: two rows sharing only these are two objects
_ITEM_PLAIN_WORDS = frozenset("u.s. tariffs tariff goods on of for to and in from with by its their all any the a an "
                              "united states american originating products treatment access market imports exports "
                              "duty-free rate rates per cent percent".split())


def _item_restated(row: Commitment, rows: list[Commitment]) -> bool:
    """(round 17) An item that states again a term the document already has a row for (a lead, a
    summary before the list): the same party, category and action on an object sharing more than half
    of the item's own words (round 19: one shared word is not the same term: "barriers to U.S. dairy
    exports" after "barriers to U.S. poultry exports", "import licensing for U.S. machinery" after
    "import licensing for U.S. medical devices")."""
    words = set(_key_words(row.subject)) - _ITEM_PLAIN_WORDS
    return any(other.actor == row.actor and other.category == row.category and other.action == row.action
               and (not words or 2 * len(words & set(_key_words(other.subject))) > len(words)) for other in rows)


@dataclass
class _ItemSlots:
    """What an item under a chapeau says: who acts, on what (category), doing what (action)."""
    item: str
    actors: list[str]
    category: str
    action: str
    subject: str
    object_text: str


def _chapeau_item_slots(paragraph: Paragraph, body_start: int, actors: list[str], under_chapeau: bool,
                        context: _Context) -> _ItemSlots | None:
    """The slots of a list item or labelled clause under a chapeau (None: no obligation read)."""
    text = paragraph.text or ""
    label = _ITEM_LABEL_OPENING.match(text, body_start)
    at = label.end() if label else body_start
    item = text[at:].rstrip()
    if not item or item.endswith(_CHAPEAU_ENDS) or "?" in item or _ITEM_NO_OBLIGATION.match(item):
        return None
    predicate = _item_predicate(item, under_chapeau)
    if predicate is None:
        return None
    return _item_slots(item, predicate, actors, context)


# (round 24) what a body is set up to do, right after its noun: "a mechanism to review ...", "a process for screening ..."
_BODY_PURPOSE = re.compile(r"[\w-]+s?\s+(?:to|for)\s+(?P<verb>review|screen|vet|restrict|limit|block|bar|prohibit|ban)(?:ing)?\b",
                           re.IGNORECASE)


# (round 24) export controls put in place: "adopt (and maintain) export controls on", "introduce controls on the export of"
_CONTROLS_ADOPTED = re.compile(r"\b(?:adopt|adopts|adopted|adopting|introduce|introduces|introduced|introducing)\s+"
                               r"(?:and\s+maintain\s+)?(?:(?:new|its|their)\s+)?(?:export\s+controls|controls\s+on\s+(?:the\s+)?"
                               r"(?:export|re-export))\b", re.IGNORECASE)
def _item_slots(item: str, predicate: tuple, actors: list[str], context: _Context) -> _ItemSlots | None:
    """Who acts (the item's own subject when it names only parties, else the chapeau's), the object's
    family and the action family × polarity gives; None when a slot cannot be read."""
    subject_end, verb, polarity, negated, object_start = predicate
    subject = item[:subject_end]
    if subject_end or not actors:
        mentions = find_actor_mentions(subject, context.on)
        rest = subject
        for mention in reversed(mentions):
            rest = rest[:mention.start] + " " + rest[mention.end:]
        if any(word.lower() not in _ITEM_SUBJECT_WORDS for word in re.findall(r"[A-Za-z]+", rest)):
            return None  # a subject that is no party alone ("Customs duties on X shall be ...", "The deals will")
        named = list(dict.fromkeys(m.actor.country for m in mentions if m.actor.country))
        if named:
            actors = named
        elif _BOTH_PARTIES.search(subject):
            actors = list(context.signatories if len(context.signatories) >= 2 else context.parties[:2]) \
                if not (len(actors) >= 2) else actors
        elif not re.fullmatch(r"\W*(?:it|they|each|both)?\W*", subject, re.IGNORECASE):
            return None  # a subject naming no party by name or role
    if not actors:
        return None
    aside = _ITEM_ASIDE.match(item, object_start)
    if aside is not None:
        object_start = aside.end()  # "conclude, within 12 months of entry into force, its review": the aside is no object
    boundary = _ITEM_OBJECT_END.search(item, object_start)
    object_text = item[object_start:boundary.start() if boundary else object_start + 220]
    if _ITEM_JOINT_OBJECT.match(object_text):
        polarity = "negotiate"
    family, noun_start, noun_end = _item_family(object_text)
    if family is None:
        return None  # no measure named (guide rule 2)
    if family == "diplomatic" and noun_start > 12:
        return None  # the agreement's own steps: the agreement is the verb's object
    if family == "body":
        # a body set up or convened, or a memorandum entered into: talks, on the body's topic when it names one
        if noun_start > 60 or polarity not in ("provide", "enforce", "negotiate", "relax"):
            return None
        topic = _item_family(object_text[noun_end:])[0]
        family = topic if topic is not None and topic not in ("body", "diplomatic") else "diplomatic"
        purpose = _BODY_PURPOSE.match(object_text, noun_start) if family != "diplomatic" else None
        # ((round 24) a party's own regime to screen or review something is that regime, not talks: "establish a
        # mechanism to review inbound foreign investment" is `investment` `restrict` (guide rule 15, round 13 review))
        polarity = "restrict" if purpose and _ITEM_VERB_POLARITY.get(purpose.group("verb").lower()) == "restrict" \
            else "negotiate"
    if polarity == "negotiate" and family == "tariff" and verb.lower() in ("hold", "holds") and _HELD_AT_LEVEL.search(object_text):
        # (round 24) "hold its applied duty on U.S. vehicles at no more than 5 percent": a rate kept at a level, not
        # talks held (the levels decide a cut: "..., in place of the 35 percent rate")
        polarity = "maintain"
    if negated:
        if verb.lower().startswith("requir"):
            # ((round 24) not the inspection or registration of the other side's establishments, a facility
            # approval given up: eased, round 13 review Q1)
            polarity = "remove" if family == "import_restriction" and _ITEM_PAPERS.search(object_text) \
                and not _FACILITIES_CHECKED.search(object_text) else "relax"
        elif polarity in ("enforce", "restrict", "provide", "maintain", "negotiate"):
            polarity = "maintain"  # a standstill ("shall not impose", "shall not enter into agreements that ...")
        else:
            return None
    if (family == "export_control" and _ITEM_APPROVAL_PRESUMED.search(object_text)) or _ITEM_REVIEW_DONE.match(object_text):
        polarity = "relax"  # approving: "under a presumption of approval", "(complete) its review of pending requests"
    elif polarity == "enforce" and "discriminat" in object_text and _ITEM_EASED_MANNER.search(object_text):
        polarity = "relax"  # applied so as to burden no one: eased
    action = _ITEM_ACTIONS.get(family, {}).get(polarity)
    if action is None:
        return None
    return _ItemSlots(item, list(actors), family, action, subject, object_text)


def _item_rows(paragraph: Paragraph, slots: _ItemSlots, context: _Context) -> list[Commitment]:
    """The rows an item's slots give, a row per party, with the values its object states."""
    item, actors, family, action, subject, object_text = (slots.item, slots.actors, slots.category, slots.action,
                                                          slots.subject, slots.object_text)
    text = paragraph.text or ""
    evidence = text.strip()
    if "process" in evidence and _INCLUSIONS_PROCESS.search(evidence):
        return []  # (round 24) an item opening an inclusions process: a procedure, no row (as _ruled_out)
    value_from = value_to = change = amount = None
    unit = None
    if family == "tariff" and action in ("impose", "reduce", "remove", "maintain"):
        cue = Cue("item", action, family, fixed=True)
        values = _values(cue, family, object_text, subject)
        if values is None:
            return []
        action, value_from, value_to, change, amount, unit = values
        quantities = find_quantities(object_text)
        if re.search(r"\bquotas?\b|\bTRQs?\b", object_text) and not any(q.kind == "rate" for q in quantities) \
                and "duty-free" not in object_text and "zero" not in object_text:
            action = "reduce"  # a quota with no rate: its size (convention 14, guide rule 21)
            value_from = value_to = change = None
            amount, unit = _amount(quantities, object_text)
        elif value_to == 0 and action in ("impose", "reduce"):
            action = "remove"
    elif family in ("purchase", "investment") and action in ("purchase", "invest"):
        amount, unit = _amount(find_quantities(object_text), object_text)
    time = read_time(item, context.on)
    rows = []
    for actor in dict.fromkeys(actors):
        rows.append(Commitment(
            actor=actor, category=family, action=action, subject=_subject_phrase(object_text), evidence=evidence,
            paragraph_index=0, char_start=0, char_end=0,
            counterparty=next((a for a in actors if a != actor), None) if len(actors) == 2 else _other_party(actor, context),
            products=hs_codes(object_text), value_from=value_from, value_to=value_to, change=change, amount=amount,
            unit=unit, duration_days=time.duration_days, start_date=time.start_date, end_date=time.end_date,
            status=context.default_status, conditional=_conditional_stated(item),
            confidence=_confidence(actor, True, family), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    start = len(text) - len(text.lstrip())
    _place(rows, paragraph, start, start + len(evidence))
    return rows


_PERSON_OPENING = re.compile(r"\W*(?:He|She|The\s+President|President\s+[A-Z])\b")


def _drop_restated_passing_rates(rows: list[Commitment], passing: set[int]) -> list[Commitment]:
    """(round 16) A rate named in passing that another row of the story already states for the same
    levier (the lead's "raised duties to 35%", the body's "the 35% levy") is that row again: no
    second row, whatever goods the passing phrase names."""
    kept: list[Commitment] = []
    for row in rows:
        if id(row) in passing and any(
                other is not row and other.category == "tariff" and other.actor == row.actor and other.value_to == row.value_to
                and (id(other) not in passing or other in kept) for other in rows):
            continue
        kept.append(row)
    return kept


# (round 14) a rate changed by a reference back to where the text set it: "The rate in clause (2) of
# this proclamation shall rise to 25 percent", "the duty set out in paragraph (b) shall fall to 10
# percent", "That rate will increase to 30 percent", "the rate set out above shall be reduced to 5 percent"
_LEVEL_REFERRED = re.compile(
    r"\b(?:[Tt]he\s+)?(?:(?:additional|ad\s+valorem|reciprocal)\s+)*(?:rate|duty|tariff)(?:\s+of\s+duty)?\s+(?:(?:set|imposed|provided|established|specified)\s+(?:out\s+|forth\s+|for\s+)?)?"
    r"(?:in|under|by)\s+(?:clause|paragraph|subparagraph|subsection|section)\s+(?P<ref>\(?[\w.]{1,4}\)?(?:\([a-z0-9]{1,3}\))?)"
    r"|\b(?:[Tt]hat|[Tt]his|[Tt]he\s+same|[Ss]uch)\s+(?:(?:additional|reciprocal)\s+)?(?:rate|duty|tariff)(?:\s+of\s+duty)?\b"
    r"|\b[Tt]he\s+(?:rate|duty|tariff)\s+(?:(?:set|imposed|provided)\s+(?:out\s+|forth\s+)?)?above\b")
# (round 21: or a verb of movement in the present, "That rate steps up to 40% on January 1")
_REFERRED_TO_LEVEL = re.compile(r"\s+(?:(?:of\s+this\s+(?:proclamation|order|section|Agreement))\s+)?(?:shall|will|would|is|are"
                                r"|(?:steps|rises|climbs|falls|drops|increases|decreases|goes|moves|jumps|doubles)\s+(?:up\s+|down\s+)?to)\b")


# (round 16) a measure brought back named by a reference to one the text suspended: "may reinstate the
# additional duty", "could restore the increase", "reimpose those tariffs", "snap it back"
_BROUGHT_BACK_REFERRED = re.compile(
    r"\b(?:reinstat|restor|reimpos|re-impos|snap(?:s|ped|ping)?\s+back|bring(?:s|ing)?\s+back|brought\s+back|put(?:s|ting)?\s+back)\w*\s+"
    r"(?:(?:the|that|this|those|these|its|their|it|them)\b)(?!\s+(?:[\w-]+\s+){0,3}?\d)", re.IGNORECASE)


def _resumed_measure_levels(rows: list[Commitment]) -> None:
    """A tariff brought back with no level of its own, named by reference ("may reinstate the additional
    duty"), takes the level of the last earlier suspension of the same party (convention 15 keeps the
    suspended rate in value_from; brought back, it is the rate again: value_to)."""
    for index, row in enumerate(rows):
        if row.category != "tariff" or row.action != "resume" or _has_figure(row):
            continue
        if _BROUGHT_BACK_REFERRED.search(row.evidence or "") is None:
            continue
        suspended = next((r for r in reversed(rows[:index]) if r.category == "tariff" and r.action == "suspend"
                          and r.actor == row.actor and r.evidence != row.evidence), None)
        if suspended is None or suspended.value_from is None or suspended.unit != "percent" \
                or (row.counterparty and suspended.counterparty and row.counterparty != suspended.counterparty):
            continue
        rows[index] = replace(row, value_to=suspended.value_from, unit="percent")


def _earlier_level_referred_to(rows: list[Commitment]) -> None:
    """A raise or cut to a new level whose subject refers back to a rate the text set before takes
    that rate as its earlier level (convention 4: 15 -> 25 is `raise`): the rate of the row read from
    the clause named ("clause (2)"), or else of the last earlier tariff row with a level."""
    for index, row in enumerate(rows):
        if row.category != "tariff" or row.value_to is None or row.value_from is not None or row.change is not None \
                or row.action not in ("raise", "reduce") or row.unit != "percent":
            continue
        evidence = row.evidence or ""
        match = _LEVEL_REFERRED.search(evidence, 0, 160)
        if match is None or not _REFERRED_TO_LEVEL.match(evidence, match.end()) and match.group("ref") is None:
            continue
        earlier = [r for r in rows[:index] if r.category == "tariff" and r.value_to is not None
                   and r.actor == row.actor and r.evidence != evidence and r.unit == "percent"]
        if match.group("ref"):
            label = match.group("ref").strip("()").split(")")[0]
            earlier = [r for r in earlier if _clause_label(r.evidence) == label]
        if not earlier or earlier[-1].value_to == row.value_to:
            continue
        row.value_from = earlier[-1].value_to
        row.action = "raise" if row.value_to > row.value_from else "reduce"


# ("(2) Beginning ...", "Sec. 3. ...", "Tariff. (a) Goods ...": a heading's title may stand before the letter)
_CLAUSE_OPENING = re.compile(r"\W*(?:(?:Sec\.|Section)\s+(?=\d)|[A-Z][\w ,-]{0,40}\.\s+(?=\())?\(?(\w{1,4}?)[.)]\s")


def _clause_label(evidence: str | None) -> str | None:
    """The number or letter a clause opens with: "(2) Beginning ..." -> "2"; "Sec. 3." -> "3"."""
    match = _CLAUSE_OPENING.match(evidence or "")
    return match.group(1) if match else None


# (round 13, fact sheets) a lead that only says an order "modifies" or "adjusts" a tariff ("signed an
# Executive Order modifying the scope of the reciprocal tariffs", "The proclamation modifies the tariff
# action on automobiles by ...", "this Proclamation adjusts the Section 232 automobile tariff program")
# and the next sentence, told of the same instrument ("It offers an offset ...", "The Proclamation
# extends ...", "Specifically, ... will no longer be subject to those tariffs"), that says how: one
# measure, anchored at the lead with the detail's action (convention 8). Its pair for a lead that the
# page breaks down into several rates is _drop_adjusting_leads (guide rule 6): one detail merges, several drop.
_MODIFY_LEAD = re.compile(
    r"\b(?:modif(?:y|ies|ied|ying)|adjust(?:s|ed|ing)?)\s+(?:the\s+|its\s+|certain\s+)?(?:scope\s+of\s+(?:the\s+)?)?"
    r"(?:[\w-]+\s+){0,4}?(?:tariffs?|tariff\s+(?:actions?|programs?|regimes?))\b")
_DETAIL_OF_INSTRUMENT = re.compile(
    r"^\W*(?:It|This\s+(?:action|order|proclamation)|The\s+(?:Proclamation|proclamation|Order|order|Executive\s+Order)|"
    r"Specifically|More\s+specifically|In\s+particular)\b")


def _modify_leads_take_detail(rows: list[Commitment]) -> list[Commitment]:
    """A figureless tariff row read from a bare "modifies"/"adjusts" lead takes the action of the
    tariff row the next sentence (in the same or the next paragraph) gives about the same
    instrument, and that row is the lead's mention."""
    merged: set[int] = set()
    for index, lead in enumerate(rows):
        if lead.category != "tariff" or lead.action != "impose" or _has_figure(lead) or id(lead) in merged \
                or not _MODIFY_LEAD.search(lead.evidence or ""):
            continue
        detail = next((r for r in rows[index + 1:] if r.evidence != lead.evidence), None)
        if detail is None or detail.category != "tariff" or detail.paragraph_index > lead.paragraph_index + 1 \
                or detail.action == lead.action or not _DETAIL_OF_INSTRUMENT.match(detail.evidence or "") \
                or _MODIFY_LEAD.search(detail.evidence or ""):
            continue
        siblings = [r for r in rows if r.evidence == detail.evidence and r.category == "tariff"]
        if len(siblings) != 1:
            continue  # a detail of several measures is the lead broken down (guide rule 6)
        lead.action = detail.action
        lead.subject = detail.subject  # (what the detail names, so its later restatements are this row too)
        lead.mentions += detail.mentions
        merged.add(id(detail))
    return [r for r in rows if id(r) not in merged] if merged else rows


# an order's operative section carrying out in its tariff schedule what it decided earlier: "The HTSUS
# shall be modified ... by suspending headings 9903.01.43 through ... until August 1", "heading 9903.01.63
# shall be amended by deleting "84%" and inserting "125%"", "Heading 9903.01.63 shall continue to be suspended"
_SCHEDULE_CHANGE = re.compile(r"\b(?:[Hh]eadings?\s+\d{4}\.\d{2}\.\d{2}|(?:HTSUS|Harmonized Tariff Schedule[\w ]{0,30}?)\)?\s+shall\s+be\s+(?:modified|amended))")
# (the schedule step of a measure: "suspending" a rate that the order decided to keep suspended)
_SAME_STEP = {("suspend", "extend"), ("extend", "extend"), ("suspend", "suspend"), ("raise", "raise"),
              ("reduce", "reduce"), ("impose", "impose"), ("remove", "remove")}


# A party to a text, named without its name ("Each Party shall", "the Participants", "our partners")
# (or the border agencies and the trade's intermediaries: "directs CBP to raise bonding requirements
# for carriers" is customs enforcement)
_UNNAMED_PARTY = re.compile(r"\b(?:[Pp]art(?:y|ies)|[Pp]articipants?|[Ss]ignator(?:y|ies)|partners?|countries|"
                            r"nations?|foreign|overseas|abroad|international|bilateral|multilateral|CBP|[Bb]order|"
                            r"carriers?|brokers?|IORs?|[Ii]mporters? of record|bond(?:s|ing)?|entr(?:y|ies))\b")


def _domestic_policy(row: Commitment, article: Article, context: _Context) -> bool:
    """A non-tariff row whose sentence speaks of no trade, no other country and no product is
    home policy read as a measure ("allows the facilities to comply with the EPA standards in
    place before", "paused the expansion of windmills", "removing unnecessary restrictions on
    American fishermen"): fact sheets about regulation are full of them, and none is a
    commitment to a trading partner. A foreign party's row is left alone, and a list item is
    read with the paragraph that leads its list ("strengthening customs enforcement by:")."""
    if row.category not in ("market_access", "other") or row.products or row.actor not in (None, "USA"):
        return False
    sentence = row.evidence or ""
    if _trade_context().search(sentence) or _UNNAMED_PARTY.search(sentence):
        return False
    lead = _list_lead(article, row.paragraph_index)
    if lead and (_trade_context().search(lead) or _UNNAMED_PARTY.search(lead)):
        return False
    return not any(m.actor.country and m.actor.country != "USA" or m.actor.kind == "bloc"
                   for m in find_actor_mentions(sentence, context.on))


def _list_lead(article: Article, index: int) -> str:
    """The text of the paragraph that leads the list holding paragraph ``index`` ("" if none)."""
    paragraphs = article.paragraphs
    if not 0 <= index < len(paragraphs) or paragraphs[index].kind != "list_item":
        return ""
    while index > 0 and paragraphs[index].kind == "list_item":
        index -= 1
    return paragraphs[index].text or ""


def _merge_schedule_restatements(rows: list[Commitment]) -> list[Commitment]:
    """In an order's own text, a tariff-schedule change restating a measure the order decided
    earlier is that measure (convention 8: one row at its first statement, which takes the
    figures and dates the schedule change adds)."""
    kept: list[Commitment] = []
    for row in rows:
        first = None
        # (a schedule line names no tariff word: "by suspending headings 9903.01.43 through ...")
        if row.category in ("tariff", "other") and _SCHEDULE_CHANGE.search(row.evidence or ""):
            # the nearest decision before it; a quoted power ("should a partner retaliate, I may
            # increase ...") is no decision
            first = next((k for k in reversed(kept) if k.category == "tariff" and k.actor == row.actor
                          and k.evidence != row.evidence and (row.action, k.action) in _SAME_STEP
                          and not _only_a_power(k)
                          and (not _has_figure(k) or (k.value_from, k.value_to) == (row.value_from, row.value_to))), None)
        if first is None:
            kept.append(row)
            continue
        if not _has_figure(first):
            first.value_from, first.value_to, first.change, first.unit = row.value_from, row.value_to, row.change, row.unit
        first.mentions += 1
        _fill_missing(first, row)
    return kept


# (round 24) a suspension of duties ended: "I may terminate the suspension extended by section 2", "the suspension
# continued by section 2 of this order shall terminate"
_SUSPENSION_ENDED = re.compile(
    r"\b(?:terminat(?:e|es|ed|ing)|end(?:s|ed|ing)?|revok(?:e|es|ed|ing))\s+(?:the|this|that|such)\s+suspension\b"
    r"|\bsuspension\s+(?:(?:[\w,()-]+\s+){0,8}?)?(?:shall|will|would|may)\s+(?:then\s+)?(?:terminate|end|lapse|cease)\b",
    re.IGNORECASE)
# the rate a sentence names as applying again: "the rate of 15 percent shall again apply"
_AGAIN_APPLIES = re.compile(r"\b(?:shall|will|would)\s+again\s+apply\b", re.IGNORECASE)


# (round 24) a rate told as kept: "remain(s) subject to 15 percent", "remains at 10%", "10 percent, where it has stood
# since", "a duty of 10 percent has applied to products of X since"
_KEPT_LEVEL = re.compile(
    r"\bremain(?:s|ed)?\s+(?:subject\s+to|at)\s+(?:an?\s+(?:additional\s+)?(?:ad\s+valorem\s+)?(?:duty|tariff|rate)\s+of\s+)?"
    r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
    r"|(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)[^.;]{0,40}?,\s+where\s+it\s+has\s+stood\b"
    r"|(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+has\s+applied\b[^.;]{0,60}?\bsince\b", re.IGNORECASE)
# (round 24) a tax named, then "any similar levy": the same measure said again ("will not impose a digital services
# tax, or any similar levy, that falls on U.S. companies")
_SIMILAR_LEVY = re.compile(r"\b(?:tax|taxes|levy|levies|fees?|charges?),?\s+or\s+(?:any\s+|a\s+|other\s+)?"
                           r"(?:similar|comparable|equivalent)\s+(?:levy|levies|tax|taxes|charges?|measures?)\b", re.IGNORECASE)


def _drop_levels_being_removed(rows: list[Commitment]) -> list[Commitment]:
    """(round 24) "Do away with its customs duties on wheat ..., which today face levies of up to 35 percent": the
    level a relative clause gives the duty a row of the same sentence removes or cuts is that row's earlier level
    (convention 15), not a second measure of the same party kept or imposed at it."""
    dropped = set()
    for row in rows:
        if row.category != "tariff" or row.action not in ("impose", "maintain") or row.value_to is None \
                or row.value_from is not None:
            continue
        relative = _LEVEL_IN_RELATIVE.search(row.evidence or "")
        if relative is None or float(relative.group("level")) != row.value_to:
            continue
        if any(r is not row and r.evidence == row.evidence and r.actor == row.actor and r.category == "tariff"
               and r.action in ("remove", "reduce") and r.value_from == row.value_to
               and r.counterparty == row.counterparty for r in rows):
            dropped.add(id(row))
    return [row for row in rows if id(row) not in dropped] if dropped else rows


# the level a relative clause gives the goods or the duty: ", which today face levies of up to 35 percent", ", which
# currently stand at 15 percent"
_LEVEL_IN_RELATIVE = re.compile(r",\s+wh(?:ich|ere)\s+(?:[\w-]+\s+){0,8}?(?P<level>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)",
                                re.IGNORECASE)


def _drop_similar_levy_rows(rows: list[Commitment]) -> list[Commitment]:
    """A `tariff` row read from "or any similar levy" after a named tax whose row the same sentence already gives
    for the same party is that tax again (convention 2: one measure, one row; a digital services tax is `other`)."""
    return [row for row in rows if not (
        row.category == "tariff" and _SIMILAR_LEVY.search(row.evidence or "")
        and any(r is not row and r.evidence == row.evidence and r.actor == row.actor and r.category == "other" for r in rows))]


def _ended_suspensions(rows: list[Commitment]) -> list[Commitment]:
    """A suspension of duties ended brings the duties back (guide: a suspension's end is `resume`): the
    `other` `remove` row read from "terminate the suspension" is the tariff's `resume`, with the rate the
    sentence says applies again; when the same sentence already brings a rate back or raises it for the same
    party ("terminate the suspension ... and restore the 37 percent rate", "... and raise the additional duty
    to 30 percent"), that row is the step and the termination adds none."""
    kept: list[Commitment] = []
    for row in rows:
        if row.category != "other" or row.action != "remove" or not _SUSPENSION_ENDED.search(row.evidence or ""):
            kept.append(row)
            continue
        if any(r is not row and r.evidence == row.evidence and r.actor == row.actor and r.category == "tariff"
               and r.action in ("resume", "raise", "impose") for r in rows):
            continue
        row.category, row.action = "tariff", "resume"
        if row.conditional:
            row.status = "threatened"  # (the duty held out on the partner's failure, guide rule 2)
        again = _AGAIN_APPLIES.search(row.evidence)
        if again and not _has_figure(row):
            rates = [q for q in find_quantities(row.evidence) if q.kind == "rate" and q.end <= again.start()]
            if len(rates) == 1:
                row.value_to, row.unit = rates[0].value, "percent"
        kept.append(row)
    return kept


def _merge_operative_levels(rows: list[Commitment]) -> list[Commitment]:
    """(round 24) In an order's own text, the operative clause that sets a cut or a rise the recitals already told
    ("the United States agreed to lower the additional duty on goods of Viet Nam to 15 percent", then "(a) ... the
    additional ad valorem duty ... shall be 15 percent, in lieu of 20 percent") is that measure (convention 8: one
    row at its first statement, which takes the earlier level the clause adds)."""
    kept: list[Commitment] = []
    for row in rows:
        first = None
        if row.category == "tariff" and row.action in ("reduce", "raise") and row.value_from is not None \
                and row.value_to is not None:
            first = next((k for k in kept if k.category == "tariff" and k.action == row.action and k.actor == row.actor
                          and k.counterparty == row.counterparty and k.value_to == row.value_to and k.value_from is None
                          and k.change is None and k.evidence != row.evidence), None)
        if first is None:
            kept.append(row)
            continue
        first.value_from = row.value_from
        first.mentions += 1
        _fill_missing(first, row)
    return kept


_RETALIATORY = re.compile(r"\bretaliatory\s+(?:tariffs?|duties|duty|levies|levy)\b", re.IGNORECASE)


def _retaliation_owner(rows: list[Commitment]) -> None:
    """"Mexico slapped retaliatory tariffs ..." then "the last retaliatory tariff was removed": the
    retaliatory tariffs named again without their owner are the retaliating party's."""
    owner: Commitment | None = None
    for row in rows:
        if row.category != "tariff" or not _RETALIATORY.search(row.evidence or ""):
            continue
        named = row.confidence >= 1.0
        if owner is None and named and row.action in ("impose", "raise"):
            owner = row
        elif owner is not None and not named and row.actor != owner.actor:
            row.actor, row.counterparty = owner.actor, owner.counterparty


# "a deal with China that reduces tariffs, ends retaliation", "will drop retaliatory tariffs": the
# retaliation named without an owner (no "its", no "U.S.")
_OWNERLESS_RETALIATION = re.compile(r"(?:the\s+|all\s+)?retaliat(?:ion|ory\s+(?:tariffs?|duties|levies|measures))\b",
                                    re.IGNORECASE)


# goods kept out of the way of tariffs: "U.S. boats and engines from additional retaliatory tariffs"
# (a deal that does so states a term: the tariffs kept off are named, not an outcome claimed)
SPARED_FROM_TARIFFS = "spared_from_tariffs"
_SPARED_FROM_TARIFFS = re.compile(r"\s*(?:[\w.’'-]+\s+){1,6}?from\s+(?:any\s+)?(?:(?:additional|new|further|higher|future)\s+)?"
                                  r"(?:retaliatory\s+)?(?:tariffs|duties)\b")


# the cue is a term of a deal whose owner the sentence leaves open: "a deal with China that reduces
# tariffs, ends ...", "an agreement with China to ... eliminate ..." (no possessive before the object)
_DEAL_TERM_BEFORE = re.compile(r"\b(?:deal|agreement|framework|arrangement)\b[^.;]{0,70}?\b(?:that|which|to)\b[^.;]*?\s(?!its\s|their\s|our\s|his\s)\w+\s+$")


def _ended_retaliation_owner(rows: list[Commitment], context: _Context) -> None:
    """Retaliation ended or paused with no owner named, on a page of the side it answered, is the
    partner's measure (third held-out round-up: "the same opening's end of retaliation can only be
    the partner's", as the Geneva fact sheet's elimination of retaliation)."""
    for row in rows:
        if row.category != "tariff" or row.action not in ("remove", "suspend") or row.actor != HOME_EXPORTER:
            continue
        evidence, subject = row.evidence or "", row.subject or ""
        at = evidence.find(subject) if subject else -1
        if at <= 0 or not _OWNERLESS_RETALIATION.match(subject) or not _DEAL_TERM_BEFORE.search(evidence[max(0, at - 90):at]):
            continue
        partner = _other_party(HOME_EXPORTER, context)
        if partner is not None:
            row.actor, row.counterparty = partner, HOME_EXPORTER


def _kept_tariff_owner(rows: list[Commitment], context: _Context) -> None:
    """(round 13, round-ups) "a deal with the E.U. that ... maintains the national security tariffs
    on steel": a tariff a deal with the partner keeps, with no owner named, is the home side's own
    (the partner's side of such a deal is told as cuts); "with X" names the partner, not the keeper."""
    if HOME_EXPORTER not in context.parties[:2]:
        return
    for row in rows:
        if row.category != "tariff" or row.action != "maintain" or row.actor in (None, HOME_EXPORTER) \
                or row.value_to is not None:
            continue
        evidence, subject = row.evidence or "", row.subject or ""
        at = evidence.find(subject) if subject else -1
        if at <= 0 or not _DEAL_WITH_PARTNER_THAT.search(evidence[max(0, at - 250):at]) \
                or find_actor_mentions(subject.split(",")[0], context.on):
            continue  # (not "a deal with X that keeps X's tariffs on ...": the owner named)
        row.actor, row.counterparty = HOME_EXPORTER, row.actor


def _levier_not_goods_origin(rows: list[Commitment], context: _Context) -> None:
    """(round 17, parties) A duty is levied by the country the goods enter, never by the one they
    come from (guide: who levies): a tariff row whose actor is the origin its own object names ("Its
    framework kept the 10 per cent duty on most British goods" under a heading on Britain) goes to
    the other side, the goods' country paying; and a counterparty the sentence never names gives
    way to the goods' country ("cut the US duty on Japanese cars" under another country's heading)."""
    for row in rows:
        subject = row.subject or ""
        if row.category != "tariff" or row.action == "negotiate" or not row.actor or not subject or "xport" in subject:
            continue  # (talks on a duty are each side's own)
        mentions = find_actor_mentions(subject, context.on)
        origins = {m.actor.country for m in mentions if m.actor.country and m.form in ("adjective", "name", "demonym")
                   and (_ORIGIN_GOODS_AFTER.match(subject, m.end)
                        or _ORIGIN_BEFORE.search(subject, max(0, m.start - 30), m.start))}
        if len(origins) != 1:
            continue
        origin = next(iter(origins))
        if row.actor == origin:
            levier = row.counterparty if row.counterparty not in (None, origin) else _other_party(origin, context)
            if levier:
                row.actor, row.counterparty = levier, origin
        elif row.counterparty != origin and (row.counterparty is None or row.counterparty not in {
                m.actor.country for m in find_actor_mentions(row.evidence or "", context.on)}):
            row.counterparty = origin


_DEAL_WITH_PARTNER_THAT = re.compile(r"\b(?:deal|agreement|framework|arrangement)\s+with\s+(?:the\s+)?[A-Z][\w.’'-]*"
                                     r"(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?:that|which)\b[^;]*$")


# categories whose row is a party's own act: buying, investing, visiting
PARTY_ACTS = frozenset({"purchase", "investment"})


# A company named as the subject by its legal or trade form ("Shamekh IV Solutions, LLC will be
# investing", "Andes Air agreed to buy"): a firm whose country the lexicon may not know
_FIRM_NAME = (r"\b[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,4},?\s+(?:Airlines|Airways|Air|Aviation|Group|Holdings|"
              r"Corporation|Corp\.?|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|Company|Solutions|Industries|Partners)\b\.?,?\s+")
_FIRM_SUBJECT = re.compile(_FIRM_NAME + r"(?:(?:will|has|have|had|is|are|was|agreed|agrees|plans|intends|committed|commits|"
                           r"announced)\s+)?(?:(?:\w+ly|also|be|to|now)\s+)*$")
_FIRM_BEFORE_VERB = re.compile(_FIRM_NAME + r"(?:(?:will|has|have|had|is|are|was|agreed|agrees|plans|intends|committed|"
                               r"commits|announced)\s+)?(?:(?:\w+ly|also|be|to|now)\s+)*(?:invest|investing|invests|invested)\b")


# a firm said to be American is no partner's ("U.S.-based Acme Holdings will invest ...")
_HOME_FIRM = re.compile(r"\b(?:U\.S\.|US|American)[- ](?:based|headquartered)\b|\b(?:American|U\.S\.) (?:company|firm|manufacturer)\b")


def _fill_firm_pledges(rows: list[Commitment], context: _Context) -> None:
    """In a deal document between the United States and one partner, a purchase or investment
    by a firm of no known country (its row has no actor) is the partner's pledge, as the gold
    keeps a partner's companies' pledges (convention 3): "Shamekh IV Solutions, LLC will be
    investing $5.8 billion" on the Saudi visit's fact sheet. Purchases are left to
    _fill_buyerless_purchases."""
    if context.default_status != "agreed" or "USA" not in context.parties[:2] or len(context.parties) < 2:
        return
    partner = next(code for code in context.parties[:2] if code != "USA")
    for row in rows:
        if row.actor is None and row.category == "investment" and _FIRM_BEFORE_VERB.search(row.evidence or "") \
                and not _HOME_FIRM.search(row.evidence or ""):
            row.actor, row.counterparty = partner, "USA"
            row.confidence = round(max(row.confidence + PENALTY_NO_ACTOR - PENALTY_GUESSED_ACTOR, 0.1), 2)


def _pledge_without_party(row: Commitment) -> bool:
    """A purchase, investment or visit nobody can be named for ("He bought the bridge", "invest
    as much as you can", "I visited the planet first"): a person's own act, not a country's
    pledge (convention 3 needs a government or its companies)."""
    return row.actor is None and (row.category in PARTY_ACTS or row.action == "visit")


# "giving states and cities $60 billion to invest in ...", "provide farmers with $10 billion to
# invest": money a government hands its own states, towns, firms or people is domestic spending
# (guide rule 1: investing at home), not an investment pledge
_DOMESTIC_GRANT = re.compile(
    r"\b(?:give|gives|gave|giving|provide|provides|provided|providing|grant|grants|granted|granting|award|awards|"
    r"awarded|awarding|send|sends|sent|sending)\s+(?:(?:the|its|our|their|local|rural|American|U\.S\.|state)\s+)*"
    r"(?:states|cities|towns|localities|communities|counties|municipalities|schools|farmers|ranchers|families|"
    r"households|businesses|companies|workers|utilities|governors|mayors)"
    r"(?:\s*,?\s*(?:and|or)?\s+(?:(?:local|rural)\s+)?(?:states|cities|towns|localities|communities|counties|"
    r"municipalities|schools|farmers|ranchers|families|households|businesses|companies|workers|utilities))*"
    r"\s+(?:with\s+)?(?=(?:(?:an?|another|over|more than|nearly|almost|about|up to|at least)\s+)*(?:US\$|\$|€|£)\s?\d)")


def _domestic_grant(row: Commitment) -> bool:
    """An investment whose sum is money handed to the government's own states, towns, firms or
    people ("giving states and cities $60 billion to invest in transit")."""
    if row.category != "investment" or row.amount is None or "$" not in (row.evidence or ""):
        return False
    for grant in _DOMESTIC_GRANT.finditer(row.evidence):
        money = next((q for q in find_quantities(row.evidence[grant.end():grant.end() + 40]) if q.kind == "money"), None)
        if money is not None and money.value == row.amount:
            return True
    return False


# "U.S. energy", "American beef", "of U.S. agricultural products", "buy American.": goods named by their origin
_ORIGIN_WORD = re.compile(r"\b(?:U\.S\.|US|American|United States)(?:-(?:made|origin|produced|grown|sourced))?(?=[\s.,;:!?)]|$)")


# How long after a document's first new rate a later rise is a step still to come, not the act itself
LATER_STEP_DAYS = 30


def _later_steps_announced(rows: list[Commitment], context: _Context) -> None:
    """A rise the signer's order schedules well after its first new rates ("will increase to 75%
    on January 1, 2027", "Beginning July 1, 2027, the duty ... shall rise from 25 percent to 40
    percent") is announced, not yet in force (guide rule 27 covers the rates the order puts in
    place; the later step is a plan the order sets)."""
    if context.in_force_by is None or context.on is None:
        return
    firsts = [r.start_date for r in rows if r.category == "tariff" and r.action != "raise" and r.status == "implemented"
              and r.start_date is not None and r.start_date >= context.on]
    if not firsts:
        return
    first = min(firsts)
    for row in rows:
        if row.category == "tariff" and row.action == "raise" and row.status == "implemented" \
                and row.actor == context.in_force_by and row.start_date is not None \
                and (row.start_date - first).days > LATER_STEP_DAYS:
            row.status = "announced"


# "as set out in Annex II", "listed in Annex IV": the purchases a lead hands to an annex
_ANNEX_CITED = re.compile(r"\b(?:set out|set forth|listed|specified|described|provided)\s+in\s+Annex\b")


def _drop_annex_purchase_leads(rows: list[Commitment]) -> list[Commitment]:
    """A figureless purchase pledge citing an annex ("intends to facilitate the purchase of U.S.
    goods as set out in Annex II") is the lead of the annex's purchases when the page states
    them with figures (guide rule 6): the items are the rows."""
    stated = {r.actor for r in rows if r.category == "purchase" and r.amount is not None}
    if not stated:
        return rows
    return [r for r in rows if not (r.category == "purchase" and r.amount is None and r.actor in stated
                                    and "Annex" in (r.evidence or "") and _ANNEX_CITED.search(r.evidence))]


def _drop_sellers_as_buyers(rows: list[Commitment], context: _Context) -> list[Commitment]:
    """A purchase read for every party of a sentence ("The United States and X welcome the deals
    ...: Purchases of $5 billion of U.S. energy", "The President approved a defense sale package
    ... X continues to buy American") is not made by the country that sells: when another party
    buys the same goods in the same sentence, the row of the country the goods come from goes,
    and so does the home exporter's when no origin is named (the deal pages never have it buy)."""
    purchases = [r for r in rows if r.category == "purchase" and r.actor]
    if len(purchases) < 2:
        return rows
    dropped: set[int] = set()
    for row in purchases:
        named = row.subject or row.evidence
        origin = {m.actor.country for m in find_actor_mentions(named, context.on)
                  if m.actor.country and m.form in ("name", "adjective")}
        seller = row.actor in origin if _ORIGIN_WORD.search(named) else (row.actor == HOME_EXPORTER and not origin)
        if seller and any(
                o is not row and o.evidence == row.evidence and o.amount == row.amount and o.actor not in origin
                and o.actor != row.actor for o in purchases):
            dropped.add(id(row))
    return [r for r in rows if id(r) not in dropped] if dropped else rows


# "National Dairy Association President and CEO Jane Doe: “...”": a quote round-up's lead-in label
_QUOTE_LABEL = re.compile(r"^\W*([^“”\"\n]{3,200}?):\s*[“\"]")


@lru_cache(maxsize=1)
def _non_conditions() -> re.Pattern[str] | None:
    data = _cue_data()
    pattern = _any_of(data.get("not_conditional"), re.IGNORECASE)
    return with_first_chars(pattern) if pattern is not None else None  # speed: the same matches, half the time


def _states_condition(sentence: str) -> bool:
    """Whether the sentence makes a commitment depend on something ("if China fails to",
    "subject to final approval"): a conditional cue outside the uses that state none ("are
    subject to a 25% tariff", "as provided in", "once again", "if a product is from X")."""
    # speed: asked for every row of the sentence; answered once per sentence within an article
    return _memoised_text(_conditional_stated, sentence)


# Round 11 precision: a full stop before an enumeration marker ("... on a preferential basis. (b) U.S.
# beef exports are ...") ends one provision and opens the next; the sentence splitter keeps the items
# together, but one provision's condition ("On request of X, ...", "contingent on ...") is not the next's
_PROVISION_BREAK = re.compile(r"\.\s+\(\s*(?:[ivx]{1,4}|\d{1,2}|[a-h])\s*\)\s")


def _provision_of(sentence: str, start: int) -> str:
    """The enumerated provision of ``sentence`` that holds ``start`` (the whole sentence when it has one)."""
    if ". (" not in sentence:
        return sentence  # cheap test first: most sentences hold one provision
    begin, end = 0, len(sentence)
    for found in _PROVISION_BREAK.finditer(sentence):
        if found.end() <= start:
            begin = found.start() + 1
        else:
            end = found.start() + 1
            break
    return sentence[begin:end]


def _conditional_stated(sentence: str) -> bool:
    lexicon = _lexicon()
    narrow, untold_words = lexicon.narrow_conditional
    conditional = narrow if narrow is not None and not holds_one_of(untold_words, fold_case(sentence)) else lexicon.conditional
    cues = list(conditional.finditer(sentence))
    if not cues:
        return False
    ignored = _non_conditions()
    spans = [m.span() for m in ignored.finditer(sentence)] if ignored is not None else []
    return any(not any(start <= cue.start() < end for start, end in spans) for cue in cues)


# Round-up quote labels (annotation guide, round-up rules of the third and fourth held-out sets,
# round-8 UK round-up): the speaker of "Sen. Jane Doe: “...”". An executive official's remarks
# ("Secretary Doe", "Ambassador Doe", "USTR Doe") speak for the government and are read as
# narration; a topic label ("On supply chains: “...”") continues such remarks; a label with a
# verb ("The President has been clear that X:") is narration introducing a quote.
_OFFICIAL_LABEL = re.compile(
    r"(?:U\.S\.\s+)?(?:(?:Treasury|Commerce|Agriculture|Energy|Interior|Press)\s+)?(?:Secretary|Ambassador|Trade Representative|"
    r"USTR|Vice President|President (?:Donald J\. )?Trump|Director|Administrator)\b|On\s")
_LABEL_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|said|says|told|tells|will|would|did|made|wrote|posted|added)\b")
MAX_SPEAKER_LABEL_WORDS = 16  # "International Dairy Foods Association President and CEO Jane Doe, D.V.M."


# a hope, a bet, a fear or a few people's expectation that a party will act (round 16)
_HOPE_FRAME = re.compile(
    r"\b(?:(?:hope[sd]?|hoping|betting|bets?|wager(?:s|ed|ing)?|speculat(?:ion|e[sd]?|ing)|fears?|feared|fearing)"
    r"(?:\s+(?:that|about|on))?|(?:[Ff]ew|[Mm]any|[Mm]ost|[Ss]ome|[Nn]obody|[Nn]o\s+one)\s+(?:\w+\s+)?(?:expects?|expected|anticipates?))"
    r"\s+(?:(?:[A-Z][\w.'’-]*|the|its|their)\s+){0,3}?(?:[A-Za-z.'’-]+\s+){0,2}?(?:will|would|could|may|might|can|to)\b")


# a candidate's word: the condition of being elected, the campaign as the place of the promise
_CAMPAIGN_WORD = re.compile(
    r"\bif\s+(?:(?:he|she|they|I|we)\s+)?(?:(?:is|are|am|gets?|were|was)\s+)?(?:re-?)?elected\b"
    r"|\bif\s+(?:he|she|they|I|we)\s+(?:wins?|won|takes?|took|captures?|returns?\s+to)\s+(?:the\s+|a\s+|back\s+(?:the\s+)?)?"
    r"(?:election|race|seat|nomination|presidency|White House|governorship|office|power|majority|primary)\b"
    r"|\b(?:on|from)\s+the\s+campaign\s+trail\b|\bcampaign\s+(?:promises?|pledges?|vows?|speech(?:es)?|rall(?:y|ies)|stops?|platforms?)\b"
    r"|\bonce\s+(?:(?:he|she|they)\s+(?:takes?|took)\s+|in\s+)office\b"
    # (round 16) the promise of a party out of power or of one running for office: "the opposition
    # leader pledged to scrap ...", "the shadow trade secretary said ...", "the Conservative candidate
    # vowed ...", "if her party forms the next government"
    r"|\bopposition\s+(?:[\w-]+\s+){0,2}?(?:leaders?|party|parties|lawmakers|MPs?|politicians?|figures?|spokes(?:man|woman|person)"
    r"|senators?|candidates?|coalition|bloc)\b|\bshadow\s+(?:[\w-]+\s+){0,2}?(?:minister|secretary|chancellor|cabinet)\b"
    r"|\b(?:presidential|mayoral|leadership|opposition|party['’]s|conservative|labour|liberal|democratic|republican|green|populist"
    r"|cent(?:re|er)-(?:right|left)|(?:right|left)-wing)\s+(?:candidate|nominee|hopeful|challenger|contender)s?\b"
    r"|\bif\s+(?:his|her|their|its|the)\s+(?:party|coalition|bloc)\s+(?:forms?|wins?|takes?|comes?\s+to)\b", re.IGNORECASE)
_SPEAKER_AFTER_VERB_HINT = re.compile(r"\b(?:said|says|told|warned|argued|noted|added|wrote|according to)\s+[A-Z]")


@lru_cache(maxsize=1)
def _speaker_after_verb() -> re.Pattern[str]:
    """A speech verb, a name, then a label naming no government ("said Jane Doe, chief economist
    at X", "according to John Park, an analyst at Y"): the same speakers as ``non_government``."""
    speakers = _cue_data().get("non_government_speakers") or []
    return re.compile(
        r"\b(?:said|says|told|warned|argued|noted|added|wrote|according to)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+"
        r"(?:(?:a|an|the)\s+)?(?:[\w.'’-]+\s+){0,4}?(?:" + "|".join(speakers) + r")(?![\w-])" if speakers else r"(?!)")


@lru_cache(maxsize=1)
def _commentator_label() -> re.Pattern[str] | None:
    data = _cue_data()
    return _any_of(data.get("commentator_labels"), re.IGNORECASE)


def _commentator_quote(text: str) -> bool:
    """Whether the paragraph is a quote whose label names a columnist, analyst or scholar."""
    label = _QUOTE_LABEL.match(text)
    pattern = _commentator_label()
    return bool(label and pattern is not None and pattern.search(label.group(1)))


def _outside_speaker_quote(text: str) -> bool:
    """Whether the paragraph is a round-up quote whose speaker is no executive official (a
    lawmaker, governor, company or trade group): their "I" and "we" are no government's."""
    label = _QUOTE_LABEL.match(text)
    if not label:
        return False
    speaker = label.group(1).strip()
    return (len(speaker.split()) <= MAX_SPEAKER_LABEL_WORDS and not _OFFICIAL_LABEL.match(speaker)
            and not _LABEL_VERB.search(speaker))


# A term stated as a party's undertaking in a quote ("the UK will lower", "commitments from both
# governments to continue", "agreed to cut"); a request ("encourage them to address", "urge X to")
# or the speaker's own plan ("we look forward to", "we hope to") is none.
_UNDERTAKING_BEFORE = re.compile(
    r"\b(?:will|would|shall|agreed\s+to|agrees\s+to|agree\s+to|committed\s+to|commits\s+to|pledged\s+to|pledges\s+to|"
    # ("the U.S. and the EU intend to work together to address ...", "their intent to address ...")
    r"intends?\s+to|intended\s+to|(?:their|its|the|\w+[’'](?:s\b)?)\s+(?:stated\s+)?(?:intent|intention)\s+to|"
    r"commitments?\s+(?:from|by)\s+[^.;]{1,60}?\s+to|"
    # (round 13) "the Administration's commitment to addressing ...", "Japan's pledge to remove ...": a
    # party's own pledge, not "our commitment"
    r"(?-i:[A-Z][\w.-]*[’']s|\b(?:its|their))\s+(?:[\w-]+\s+)?(?:commitments?|pledges?|promises?)\s+to)\s+(?:(?:also|each|further|immediately|now|continue\s+to)\s+)?(?:[\w’']+\s+){0,5}$",
    re.IGNORECASE)
_PROTECTS_BEFORE = re.compile(r"\bprotect(?:s|ed|ing)?\s+$")
_OWNED_COMMITMENT = re.compile(r"[A-Z][\w.-]*[’']s\s+(?:[\w-]+\s+)?(?:commitments?|pledges?|promises?)\s")
_REQUEST_BEFORE = re.compile(
    r"\b(?:encourag\w*|urg\w*|ask\w*|call\w*\s+on|press\w*|hope\w*|look\w*\s+forward\s+to|want\w*|need\w*)\s+"
    r"(?:[\w.’']+\s+){0,4}?(?:to\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_SPEAKER_AS_SUBJECT = re.compile(r"\b(?:I|[Ww]e|[Oo]ur\s+(?:members|industry|company|companies|association|farmers|growers))\s+(?:[\w’']+\s+)?$")
# (not "a deal in which Peru will ...", "under which Japan will": the relative clause names its party)
_DEAL_AS_QUOTE_SUBJECT = re.compile(
    r"\b(?:deals?|agreements?|pact|framework|announcement|[Ii]t|[Tt]his)(?!\s+(?:in|under|by)\s+which\b)(?:\s+[\w’'.-]+){0,3}\s+$")
_QUOTE_TERM_WINDOW = 120  # characters before the object: the verb and what governs it
_LEVY_WORD = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\b", re.IGNORECASE)
_LEVY_BEFORE = 40  # characters before a quoted row's object where the levy it keeps may be named


def _quote_states_term(row: Commitment) -> bool:
    """Whether a row read in an outside speaker's quote is a deal term (a figure, or a party's
    undertaking), not praise, an outcome claim, the speaker's own act or a request."""
    evidence = row.evidence or ""
    at = evidence.find(row.subject) if row.subject else -1
    before = evidence[max(0, at - _QUOTE_TERM_WINDOW):at] if at > 0 else evidence
    if _REQUEST_BEFORE.search(before):
        return False
    if row.value_to is not None or row.value_from is not None or row.change is not None or row.amount is not None:
        return True
    if row.category == "tariff" and _figure_stated(row.subject or ""):
        return True  # (round 13) "This deal cuts Japan's tariff on American rice in half": the figure in words
    if row.category == "tariff" and row.action == "maintain" and _PROTECTS_BEFORE.search(before):
        return True  # (round 13) "an agreement that protects U.S. boats from retaliatory tariffs": the term named
    if row.category == "tariff" and row.action == "impose" and row.status == "implemented" \
            and (row.products or row.counterparty) and _LEVY_WORD.search(evidence, max(0, at - _LEVY_BEFORE), at + len(row.subject or "")):
        # "the tariffs on steel are working": a tariff in place named in passing (round-7 round-ups);
        # not "the vast barriers the EU imposes on imports", which names no levy
        return True
    undertaking = _UNDERTAKING_BEFORE.search(before)
    # "we will keep fighting for our ranchers": the speaker's own act; not "We welcome commitments
    # from both governments to continue ...", whose undertaking names its parties
    # "the deal with X will mean more investment": what the deal brings, an outcome claim
    if undertaking is not None and (undertaking.group(0)[:10].lower() == "commitment"
                                    or _OWNED_COMMITMENT.match(undertaking.group(0))):
        # (the commitments' own parties are named: "We welcome commitments from both governments
        # to", "We welcome Japan's commitment to")
        return True
    return undertaking is not None and not _SPEAKER_AS_SUBJECT.search(before, 0, undertaking.start()) \
        and not _DEAL_AS_QUOTE_SUBJECT.search(before, 0, undertaking.start())


# "Japan and Japanese companies have outlined their commitments to pursuing the following
# investments." then labels ("Critical Energy Infrastructure Investments:") over verbless
# items ("Up to $332 billion to support ..."): each sum is the pledging party's row
_FOLLOWING_PLEDGES = re.compile(r"\bthe following (?:[\w-]+\s+){0,2}?(?:investments|purchases)\b", re.IGNORECASE)
_PLEDGER_CLAUSE = re.compile(
    r"(?:^|[,.:]\s+)(?P<subject>[^,.:]{2,80}?)\s+(?:have|has|will|are|is)\s+(?:\w+\s+){0,2}?"
    r"(?:outlined|announced|committed|pledged|agreed|identified|set out|made)\b[^.]{0,80}?\bthe following")


def _following_pledgers(text: str, on: date | None) -> list[str]:
    """The party that introduces "the following investments" ("Japan and various Japanese
    companies have outlined their commitments to pursuing the following investments")."""
    if not _FOLLOWING_PLEDGES.search(text):
        return []
    clause = _PLEDGER_CLAUSE.search(text)
    return _countries_in(clause.group("subject"), on)[:1] if clause else []


_PLEDGE_LABEL = re.compile(r"\b(?P<noun>Investments?|Purchases?|Procurement)\s*:\s*$")
_SUM_FIRST = re.compile(r"\W*(?:(?:up to|about|over|more than|nearly|approximately)\s+)?(?:US\$|\$|€|£)\s?\d", re.IGNORECASE)


def _label_template(paragraph: Paragraph, actor: str, context: _Context) -> Commitment:
    noun = _PLEDGE_LABEL.search(paragraph.text).group("noun").lower()
    category, action = ("investment", "invest") if noun.startswith("invest") else ("purchase", "purchase")
    return Commitment(
        actor=actor, category=category, action=action, subject=_subject_phrase(paragraph.text.rstrip(": ")),
        evidence=paragraph.text.strip(), paragraph_index=paragraph.index, char_start=paragraph.char_start,
        char_end=paragraph.char_end, counterparty=_other_party(actor, context), products=[], status=context.default_status,
        conditional=False, confidence=_confidence(actor, True, category), article_id=context.article_id,
        extractor_version=EXTRACTOR_VERSION,
    )


def _pledge_item_rows(paragraph: Paragraph, template: Commitment, context: _Context) -> list[Commitment]:
    """Each sum of a verbless item under a pledge label, with what it is for."""
    text = paragraph.text
    sums = [q for q in find_quantities(text) if q.kind == "money"]
    rows: list[Commitment] = []
    for index, quantity in enumerate(sums):
        part = text[quantity.start:sums[index + 1].start if index + 1 < len(sums) else len(text)]
        row = replace(template, amount=quantity.value, unit=quantity.unit, evidence=text.strip(),
                      subject=_subject_phrase(part), products=hs_codes(part) if template.category == "purchase" else [],
                      mentions=1, commitment_id=None)
        start = len(text) - len(text.lstrip())
        _place([row], paragraph, start, start + len(text.strip()))
        rows.append(row)
    return rows


def _fill_buyerless_purchases(rows: list[Commitment], context: _Context) -> None:
    """In a deal document, a purchase named without its buyer ("Purchases of energy products ...
    worth $5.4 billion" listed under the deals the two parties take note of) is made by the
    buyer of the document's other purchases, or else by the party that is not the United
    States (the seller these joint statements speak for)."""
    if context.default_status != "agreed" or len(context.parties) < 2 or not any(
            r.actor is None and r.category == "purchase" for r in rows):
        return
    buyers = Counter(r.actor for r in rows if r.category == "purchase" and r.actor)
    if buyers:
        buyer = buyers.most_common(1)[0][0]
    elif "USA" in context.parties[:2]:
        buyer = next(code for code in context.parties[:2] if code != "USA")
    else:
        return
    for row in rows:
        if row.actor is None and row.category == "purchase" and _privately_owned(row.evidence, context):
            continue  # "Dr. Patrick Soon-Shiong's purchase of The Times": a person's purchase, no party's
        if row.actor is None and row.category == "purchase" and row.counterparty != buyer:
            row.actor = buyer
            row.counterparty = row.counterparty or _other_party(buyer, context)
            row.confidence = round(max(row.confidence + PENALTY_NO_ACTOR - PENALTY_GUESSED_ACTOR, 0.1), 2)


# "Dr. Patrick Soon-Shiong's purchase of The Times": an owner named before the purchase noun
_OWNED_PURCHASE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)\s+(?:purchase|acquisition)\s+of\b")


def _privately_owned(sentence: str, context: _Context) -> bool:
    """Whether the purchase is owned by a name that stands for no country (a person, a firm)."""
    owner = _OWNED_PURCHASE.search(sentence)
    return owner is not None and not any(m.actor.country for m in find_actor_mentions(owner.group(1), context.on))


def _fill_ownerless_tariffs(rows: list[Commitment], context: _Context) -> None:
    """A tariff named without its owner is levied by the party that levies the
    document's other tariffs (or, failing any, the party the document names most)."""
    leviers = Counter(r.actor for r in rows if r.category == "tariff" and r.actor and r.confidence >= 1.0)
    rated = Counter(r.actor for r in rows if r.category == "tariff" and r.actor and r.confidence >= 1.0 and r.value_to)
    # (a present level alone, "bring down its 50% tariffs", is a rate as much as a new one: round 12)
    if rated and any(r.actor is None and r.category == "tariff" and (r.value_to or r.value_from) for r in rows):
        leviers = rated  # an ownerless rate belongs with the party whose rates the document states
    default = leviers.most_common(1)[0][0] if leviers else (context.parties[0] if context.parties else None)
    if default is None:
        return
    for row in rows:
        if row.actor is None and row.category == "tariff":
            # "The 39 per cent rate, which took effect ...": a level another row already
            # gave to a party is that party's rate
            levier = _levier_of_level(rows, row) or default
            row.actor = levier
            if levier == context.in_force_by and row.status == context.default_status \
                    and not (row.conditional and _FUTURE_EVENT_CONDITION.search(row.evidence or "")):
                # "Derivative articles will be subject to a 25% tariff" in a signed order's fact
                # sheet: the signing government's own measure, in force (guide rule 27); (round 15) not one
                # that waits on a future event ("there will be no tariff if they decide to build here")
                row.status = "implemented"
            if row.counterparty in (None, levier):
                row.counterparty = _other_party(levier, context)
            row.confidence = round(max(row.confidence + PENALTY_NO_ACTOR - PENALTY_GUESSED_ACTOR, 0.1), 2)


def _levier_of_level(rows: list[Commitment], row: Commitment) -> str | None:
    levels = {v for v in (row.value_from, row.value_to) if v}
    if not levels or row.unit != "percent":
        return None
    owners = {r.actor for r in rows if r is not row and r.actor and r.category == "tariff" and r.unit == "percent"
              and levels & {r.value_from, r.value_to}}
    return owners.pop() if len(owners) == 1 else None


def _reference_date(article: Article) -> date | None:
    """The day relative dates count from: Article.reference_date decides (the
    publication's own calendar day first). A bare date in published_at, which
    that property cannot read, is taken as it is so extraction never raises."""
    published = getattr(article, "published_at", None)
    if isinstance(published, date) and not isinstance(published, datetime):
        return getattr(article, "published_local_date", None) or published
    return article.reference_date


def _document_context(article: Article) -> _Context:
    on = _reference_date(article)
    counts: Counter[str] = Counter()
    people: Counter[str] = Counter()
    # (speed: the countries and forms alone, without building an Actor per mention)
    for text in [article.title or ""] + [p.text or "" for p in article.paragraphs]:
        for country, form in mention_countries(text, on, None, _paragraph_aliases(text)):
            if country:
                counts[country] += 1
                if form == "person":
                    people[country] += 1
    head = " ".join([article.title or ""] + [p.text or "" for p in article.paragraphs[:3]])
    default_status = "agreed" if _DOCUMENT_AGREED.search(head) else "announced"
    in_force_by = _signing_government(head, on)
    if default_status == "agreed" and in_force_by is not None and not _DOCUMENT_AGREED.search(
            " ".join([article.title or ""] + [p.text or "" for p in article.paragraphs[:2]])):
        # (round 13) a signed order's page whose title and lead name no deal: its rates are the signer's
        # own announcement ("signed an Executive Order ... also sent tariff letters ..."), even when a
        # later background line says partners "have agreed or offered" to cut tariffs (convention 7)
        default_status = "announced"
    parties = [code for code, _ in counts.most_common()]
    if in_force_by == "":
        in_force_by = parties[0] if parties else None
    signatories = [c for c in dict.fromkeys(
        m.actor.country for m in find_actor_mentions(article.title or "", on) if m.actor.country)]
    speaker = people.most_common(1)[0][0] if people else None
    order_text = bool(in_force_by is not None and _SIGNED_ORDER_TEXT.search(head))
    if in_force_by is None:
        proclaimed_by = _proclamation_signer(article.paragraphs[:3], on)
        if proclaimed_by:
            in_force_by, order_text = proclaimed_by, True
    trade_order = order_text and bool(_trade_context().search(article.title or ""))
    context = _Context(on, parties, default_status, article.article_id, in_force_by or None, signatories, speaker,
                       trade_order, order_text)
    context.paragraphs = list(article.paragraphs)
    context.dateline_country = _dateline_country(article, parties, on)
    context.trade_page = trade_order or bool(_TRADE_PAGE.search(
        " ".join([article.title or ""] + [p.text or "" for p in article.paragraphs[:2]])))
    context.news_register = bool(article.authors or article.wire_agency) and not (
        in_force_by or _OFFICIAL_PUBLISHER.search(article.publisher or ""))
    context.imports_action = in_force_by is not None and bool(_IMPORTS_ACTION_TITLE.search(article.title or ""))
    return context


_IMPORTS_ACTION_TITLE = re.compile(r"\bAdjust(?:s|ing)\s+(?:the\s+)?Imports\s+of\b|\bSection\s+232\b", re.IGNORECASE)


_OFFICIAL_PUBLISHER = re.compile(r"White House|Government|Ministry|Department|Office|Embassy|Commission|Briefing|Trade Representative")


def _dateline_country(article: Article, parties: list[str], on: date | None) -> str | None:
    """The country of the story's dateline place: a capital alone ("TOKYO"), or one a document
    party confirms ("SANTIAGO" in a story about Chile)."""
    place = getattr(article, "dateline", None)
    if not place:
        from pipeline.metadata import find_dateline
        found = next(filter(None, (find_dateline(p.text or "") for p in article.paragraphs[:2])), None)
        place = found.place if found else None
    if not place:
        return None
    place = place.split("/")[0].split(",")[0].strip().title()
    actor = resolve_actor(place, on)
    for party in parties[:3] if actor is None else ():
        actor = resolve_actor(place, on, party)
        if actor is not None:
            break
    if actor is None:
        # a capital the lexicon guards in running text ("Santiago" may be a person's name): at the
        # head of a dateline it is the place
        from pipeline.actors import _lexicon as actor_lexicon
        named = {entry.country for entry, form in actor_lexicon().forms.get(place, ()) if form == "capital"}
        return named.pop() if len(named) == 1 else None
    return actor.country


# the text of an order or proclamation itself (not a fact sheet about one)
_SIGNED_ORDER_TEXT = re.compile(r"\bBy the authority vested in me\b|\bhereby (?:order|proclaim)", re.IGNORECASE)


# A proclamation's own text opens with its header ("BY THE PRESIDENT OF THE UNITED STATES OF
# AMERICA", "A PROCLAMATION"); its enacting words ("do hereby proclaim") come only after the
# recitals, far below the head the other order texts are known by
_PROCLAMATION_HEADER = re.compile(r"^\s*BY THE PRESIDENT OF (?P<country>[A-Z][A-Z .,'-]{2,60}?)\s*$")
_PROCLAMATION_LINE = re.compile(r"^\s*A PROCLAMATION\s*$")


def _proclamation_signer(paragraphs: list[Paragraph], on: date | None) -> str | None:
    """The country whose head of state signs the proclamation that these opening paragraphs
    head (None when they are no proclamation's header)."""
    texts = [p.text or "" for p in paragraphs]
    if not any(_PROCLAMATION_LINE.match(t) for t in texts):
        return None
    for text in texts:
        header = _PROCLAMATION_HEADER.match(text)
        if header:
            named = [m.actor.country for m in find_actor_mentions(header.group("country").title(), on)
                     if m.actor.country]
            return named[0] if named else None
    return None


def _signing_government(head: str, on: date | None) -> str | None:
    """The government whose order or proclamation the document puts in force ("Today,
    President Trump signed a Proclamation ...", an order's "By the authority vested in me"):
    its country, "" when the text does not name it, None for other documents."""
    match = _DOCUMENT_IMPLEMENTED.search(head)
    if match is None:
        return None
    if match.group(0).lower().startswith("by the authority"):
        # "By the authority vested in me as President by ... the laws of the United States"
        named = [m.actor.country for m in find_actor_mentions(head[match.end():match.end() + 160], on)
                 if m.actor.country]
        return named[0] if named else ""
    named = [m.actor.country for m in find_actor_mentions(head[max(0, match.start() - 80):match.start()], on)
             if m.actor.country]
    return named[-1] if named else ""  # the subject right before "signed"


def _countries_in(text: str, on: date | None) -> list[str]:
    codes: list[str] = []
    for mention in find_actor_mentions(text, on):
        code = mention.actor.country
        if code and code not in codes:
            codes.append(code)
    return codes


# (round 24, of2) a heading's "for American workers", "for the American people" names who gains, not who acts:
# "DELIVERING FOR AMERICAN WORKERS:" over "Tanzanian state enterprises will buy ..." is no heading party
_HEADING_BENEFICIARY = re.compile(r"\bfor\s+(?:the\s+)?[\w'’.-]+", re.IGNORECASE)


def _single_party(codes: list[str]) -> list[str]:
    """A heading decides the actor of its bullets only when it names one party."""
    return codes if len(codes) == 1 else []


# (round 17, parties) A heading, label or list-opening line whose subject is both parties ("Joint
# Commitments", "Both countries commit to:", "Together, the two countries will:", "The Parties
# shall:", "U.S. and Ecuadorian commitments"): its items take a row per party, as under "The United
# States and Ecuador will:".
_COLLECTIVE_CHAPEAU = re.compile(
    r"\b(?:joint|shared|mutual|common)\s+(?:commitments?|actions?|undertakings?|obligations?|pledges?|measures?|steps)\b"
    r"|\b(?:both|the\s+two)\s+(?:sides|parties|countries|nations|governments|partners|economies|leaders)\b"
    r"|\bthe\s+parties\b|^\s*together\b|\bjointly\b", re.IGNORECASE)
_CHAPEAU_COMMITMENT_WORD = re.compile(r"\b(?:commitments?|actions?|undertakings?|obligations?|pledges?|will|shall|agreed?|commit)\b",
                                      re.IGNORECASE)


def _chapeau_parties(text: str, context: _Context) -> list[str]:
    """Both parties, when the chapeau ``text`` names them together as its subject, else []."""
    low = text.lower()  # (a chapeau is one short line: headings and labels are often in capitals)
    if "oint" in low or "hared" in low or "utual" in low or "ommon" in low or "oth " in low or "two " in low \
            or "arties" in low or "ogether" in low:
        if _COLLECTIVE_CHAPEAU.search(text):
            return list(context.signatories) if len(context.signatories) == 2 else context.parties[:2]
    if (" and " in low or "&" in low) and _CHAPEAU_COMMITMENT_WORD.search(text):
        mentions = [m for m in find_actor_mentions(text, context.on) if m.actor.country]
        for first, second in zip(mentions, mentions[1:]):
            # "U.S. and Ecuadorian commitments", "The United States and Ecuador will": joined as one subject
            # (not "With respect to goods of the United States, Oman shall")
            if first.actor.country != second.actor.country and _CHAPEAU_PAIR_JOINT.fullmatch(text, first.end, second.start) \
                    and not _OBJECT_PREPOSITIONS.search(text[max(0, first.start - 12):first.start]):
                return [first.actor.country, second.actor.country]
    return []


_CHAPEAU_PAIR_JOINT = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?|\s*&\s*")


def _subject_countries(text: str, on: date | None) -> list[str]:
    """Countries named as the subject of an introducing line ("Japan will:")."""
    match = re.match(r"^\s*(?:The\s+|the\s+)?([^,:]{2,60}?)\s+(?:will|shall|agrees?|commits?|has agreed)\b", text)
    return _countries_in(match.group(1), on) if match else []


# (round 14) the closing line of a paragraph that opens a party's list: "Norway will:", "Under the
# Agreement, Norway shall:", "Specifically, Norway has agreed to:", "Norway's commitments include:",
# "Commitments of Norway:", "THE UNITED STATES WILL:"
_INTRODUCING_LINE = re.compile(
    r"(?:^|[.;]\s+)(?:[A-Z][\w ]{0,30},\s+)?(?P<line>[^.;:]{2,80}?)\s*:\s*$")
# (round 15: "American commitments:", "X will, among other things:", "X commits to the following:",
# "X will also:", "X's key undertakings are as follows:")
_INTRODUCING_VERB = re.compile(
    r"^(?:the\s+)?(?P<party>[^,:]{2,60}?)(?:[’']s)?\s+(?:(?:will|shall|would)(?:\s+also)?(?:\s+do)?|(?:has\s+|have\s+)?(?:also\s+)?(?:agreed|committed|commits?|agrees?|pledged|intends?)\s+to"
    r"|(?:key\s+|main\s+|principal\s+)?(?:commitments?|pledges?|undertakings?|obligations?)(?:\s+(?:include|are))?)"
    r"(?:\s+(?:the\s+following|as\s+follows))?(?:,?\s+(?:among\s+other\s+things|inter\s+alia|in\s+particular|notably|specifically))?\s*$"
    r"|^(?:key\s+)?(?:commitments?|pledges?|undertakings?|obligations?)\s+(?:of|by)\s+(?:the\s+)?(?P<owner>[^,:]{2,40})$",
    re.IGNORECASE)


def _introducing_party(text: str, on: date | None) -> list[str]:
    """The one party a list-opening line names as the one that acts in the items, else []."""
    if not text.rstrip().endswith(":"):
        return []
    # ((round 15) "Under the deal, the U.S. will:": the abbreviation's dots end no sentence)
    line = _INTRODUCING_LINE.search(text.replace("U.S.", "US") if "U.S." in text else text)
    match = _INTRODUCING_VERB.match(line.group("line").strip()) if line else None
    if match is None:
        return []
    return _single_party(_countries_in(match.group("party") or match.group("owner") or "", on))


def _label_actors(text: str, on: date | None) -> tuple[list[str] | None, int]:
    """Actors named by an opening label ("CHINESE ACTIONS: ...") and where the body starts."""
    match = _LABEL.match(text)
    if not match:
        return None, 0
    if len(match.group(1).split()) > MAX_LABEL_WORDS:
        return [], match.end()
    return _single_party(_countries_in(match.group(1), on)), match.end()


def _paragraph_commitments(paragraph: Paragraph, body_start: int, heading_actors: list[str],
                           context: _Context) -> tuple[list[Commitment], list[str]]:
    rows: list[Commitment] = []
    text = paragraph.text
    previous_actors: list[str] = list(heading_actors)
    previous_rows: list[Commitment] = []
    for start, end in sentence_spans(text[body_start:]):
        start += body_start
        end += body_start
        sentence = text[start:end]
        context.paragraph_text, context.sentence_start = text, start
        _ARTICLE_MEMO.place = (sentence, text, start)  # (find_actor_mentions reads the paragraph's scan)
        read = _unglued_party_modals(sentence, context) if "shall" in sentence and _GLUED_MODAL_HINT.search(sentence) else sentence
        swaps = None
        if holds_one_of(_DESCRIPTION_HINTS, read):
            read, swaps = _named_descriptions(read, paragraph, context)
        sentence_rows, last_actors = _sentence_commitments(
            read, previous_actors, heading_actors, context
        )
        if sentence_rows and context.news_register and context.dateline_country:
            _dateline_levier(read, sentence_rows, find_actor_mentions(read, context.on, tuple(context.parties[:2])), context)
        if holds_one_of(_STANCE_VERB_WORDS, read) and "?" not in read:
            # (round 18) a party's stance toward a measure, after the rule chain, with or without a cue verb
            sentence_rows = _stance_rows(read, sentence_rows, context)
        if read is not sentence:
            for row in sentence_rows:  # the evidence is the page's own text, glued as it is
                row.evidence = sentence if row.evidence == read else row.evidence
                for name, words in swaps or ():  # (and the subject its own words for a described party)
                    if row.subject and name in row.subject:
                        row.subject = row.subject.replace(name, words)
        if _subject_rate_hint(read):
            # (round 18) rates told with the measure, the goods or a rate told before as subject
            sentence_rows = _subject_rate_rows(read, sentence_rows, context)
        if _ELABORATION.match(sentence) and previous_rows:
            # "... address non-market policies. This includes addressing non-market practices ...":
            # the detail of a measure just stated is that measure again (convention 8)
            sentence_rows = _drop_restated(sentence_rows, previous_rows)
        if len(sentence_rows) > 1:
            sentence_rows = _without_talks_on_own_measure(sentence_rows)
        if sentence_rows and _tells_a_record(sentence):
            # "President Trump is building on his record ..., when he imposed maximum pressure": background
            sentence_rows = [row for row in sentence_rows if _has_figure(row)]
        if "arriers" in sentence and _barrier_lead_broken_down(sentence, text, end):
            sentence_rows = [row for row in sentence_rows if not _barrier_lead_row(row)]
        if previous_rows and sentence_rows and _DETAIL_OPENER.match(sentence):
            rows = _without_detailed_leads(rows, previous_rows, sentence_rows)
        _place(sentence_rows, paragraph, start, end)
        rows.extend(sentence_rows)
        previous_rows = sentence_rows
        for row in sentence_rows:
            if row.category == "tariff" and row.actor and (row.value_to is not None or row.value_from is not None):
                context.last_tariff = row
        if sentence_rows:
            change = next((r for r in reversed(sentence_rows) if r.category == "tariff"), None)
            context.last_change, context.since_change = change, 0
        else:
            if context.last_change is not None and context.since_change < 2 and " from " in read:
                _restated_levels(read, context.last_change)
            context.since_change += 1
        if last_actors:
            previous_actors = last_actors
    return rows, previous_actors


# (round 21) a sentence that restates a tariff change just told, naming the tariff or its rate: "The new rate of 5
# per cent, down from 10 per cent, will apply to cargoes ...", "taking the tariff on cocoa from 15 percent to nothing"
_RESTATED_MEASURE = re.compile(r"\b(?:rates?|tariffs?|dut(?:y|ies)|levy|levies)\b", re.IGNORECASE)
_TO_NOTHING = re.compile(r"\bto\s+(?:nothing|nil|zero)\b", re.IGNORECASE)
_MOVING_ACTIONS = ("reduce", "remove", "raise")


def _restated_levels(sentence: str, row: Commitment) -> None:
    """A tariff change told without its earlier level (or with none), then restated in the next sentence or two,
    which gives no row of its own, with both levels: the restatement adds them (convention 8), when they agree
    with the change (the new level, the direction)."""
    if row.category != "tariff" or row.value_from is not None or row.change is not None or row.action not in _MOVING_ACTIONS \
            or row.unit not in (None, "percent") or not _RESTATED_MEASURE.search(sentence):
        return
    quantities = find_quantities(sentence)
    if sum(q.kind == "rate" for q in quantities) > 2:
        return  # ("wine will pay 200% instead of 150%, olive oil 45% in place of 35%": the items' own rows, not one restatement)
    levels = rate_levels(sentence, quantities)
    earlier, new = levels.value_from, levels.value_to
    if new is None and _TO_NOTHING.search(sentence):
        new = 0.0
    if earlier is None or new is None or (row.value_to is not None and row.value_to != new):
        return
    if (row.action == "raise") != (new > earlier) or (row.action == "remove" and new != 0):
        return
    row.value_from, row.value_to, row.unit = earlier, new, "percent"


# (round 17, parties) A party named by a description at the head of a clause: "the kingdom", "the
# Gulf sultanate", "the republic", "the government", "the ministry", "the island nation", "the
# Japanese government". The description is read as the nearest party named before it (in the
# sentence, then the paragraph, then the document) of the matching type, and the clause is read
# again with that party's name in its place, so that every rule (subject, owner, levier, status)
# sees a named party; the evidence stays the page's own words. No party of that type named → no
# change (never a guess).
_DESCRIPTION_HINTS = ("kingdom", "Kingdom", "republic", "Republic", "sultanate", "emirate", "principality",
                      "government", "Government", "ministry", "Ministry", "cabinet")
_DESCRIBED_PARTY = re.compile(
    r"(?:^[^\w(]*|(?:^|[,;:]|\b(?:that|and|but|while|as|after|before|when|where|so))\s+)"
    r"(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is(?=\s+gov)|[Hh]er(?=\s+gov))\s+(?P<mods>(?:[\w’'-]+\s+){0,3}?)"
    r"(?P<head>kingdom|Kingdom|republic|Republic|sultanate|emirate|principality|government|Government|ministry|Ministry|"
    # (round 24) "the Ministry of Industry and Commerce set the duty": a ministry named by its portfolios
    r"cabinet|(?:Ministry|ministry)(?=\s+of\s+[A-Z])(?:\s+of\s+[A-Z][\w-]+(?:(?:,\s+|\s+and\s+|\s+&\s+)[A-Z][\w-]+){0,3})))"
    r"(?=,\s+for\s+its\s+part,|\s+(?:(?:also|now|then|still|itself|separately|too|alone|in\s+turn|for\s+its\s+part|"
    r"on\s+\w+day|last\s+\w+|this\s+\w+)\s+|,\s+)*(?:will|would|shall|should|could|can|may|might|must|has|have|had|is|was|"
    r"plans?|intends?|expects?|agreed|pledged|committed|promised|vowed|undertook|offered|announced|said|says|"
    # (round 24) an irregular past: "the Ministry of Industry and Commerce set the duty on wine at 40 percent"
    r"set|cut|put|kept|held|let|hit|struck|took|gave|made|"
    r"[a-z]+ed|[a-z]+[^s\W]s)\b)")
_SENTENCE_ADVERBIAL = re.compile(r"\W*(?:[A-Z][\w-]*|(?:In|On|At|By|For|Under)\s+(?:[\w-]+\s+){0,3}?[\w-]+),\s*")
_ATTRIBUTION_AFTER = re.compile(r"\s+(?:said|says|added|told|announced|noted|confirmed|stated)\b")
# monarchies and their kinds: "the kingdom" is never a republic, "the republic" never a kingdom
_DESCRIPTION_KINDS = {
    "kingdom": frozenset({"SAU", "GBR", "NOR", "THA", "KHM", "JOR", "MAR", "BHR", "ESP", "NLD", "BEL", "SWE", "DNK",
                          "LSO", "SWZ", "BTN", "TON"}),
    "sultanate": frozenset({"OMN", "BRN"}),
    "emirate": frozenset({"ARE", "QAT", "KWT"}),
    "principality": frozenset({"LIE", "MCO", "AND"}),
}
_MONARCHIES = frozenset().union(*_DESCRIPTION_KINDS.values())
_NAMING_FORMS = ("name", "capital", "person", "organisation")


def _description_fits(head: str, code: str) -> bool:
    head = head.lower()
    if head in _DESCRIPTION_KINDS:
        return code in _DESCRIPTION_KINDS[head]
    if head == "republic":
        return code not in _MONARCHIES and code != HOME_EXPORTER and code != "EUN"
    return code != "EUN" or head in ("government", "ministry", "cabinet")


# a name listed after a preposition's first object: "Fertiliser from Russia and China"
_LISTED_AFTER_PREPOSITION = re.compile(r"\b(?:on|from|with|to|against|for|of|into|between|by|like|than)\s+(?:the\s+)?"
                                       r"(?:[A-Z][\w.’'-]*\s*)+(?:,\s*(?:the\s+)?(?:[A-Z][\w.’'-]*\s*)+)*,?\s+(?:and|or)\s+(?:the\s+)?$")


def _nearest_named_party(head: str, texts: list[str], on: date | None) -> str | None:
    """The country of the last naming mention of the right kind in the last text that has one."""
    for text in reversed(texts):
        for mention in reversed(find_actor_mentions(text, on)):
            code = mention.actor.country
            if code and mention.form in _NAMING_FORMS and _description_fits(head, code) \
                    and not _OBJECT_PREPOSITIONS.search(text[max(0, mention.start - 12):mention.start]) \
                    and not _LISTED_AFTER_PREPOSITION.search(text, max(0, mention.start - 60), mention.start) \
                    and not _ORIGIN_GOODS_AFTER.match(text, mention.end):
                return code  # (a country named as an object or as the goods' origin is no party acting)
    return None


def _named_descriptions(sentence: str, paragraph: Paragraph, context: _Context) -> tuple[str, list[tuple[str, str]]]:
    """``sentence`` with each party named by a description at a clause's head replaced by that
    party's name (see ``_DESCRIBED_PARTY``), and the (name, description) pairs put in."""
    found = list(_DESCRIBED_PARTY.finditer(sentence))
    swaps: list[tuple[str, str]] = []
    if not found:
        return sentence, swaps
    names = country_names()
    pieces, last = [], 0
    for match in found:
        head, mods = match.group("head"), match.group("mods")
        if sentence[:match.start("np")].rstrip().endswith(",") and _ATTRIBUTION_AFTER.match(sentence, match.end("np")) \
                and not _SENTENCE_ADVERBIAL.fullmatch(sentence[:match.start("np")]):
            # "..., the ministry said": the source of the clause before, not its actor (not after an opening
            # adverbial: "Separately, the Finance Ministry said it would waive the tariff" is the ministry's act)
            continue
        code = None
        own = [m for m in find_actor_mentions(mods, context.on) if m.actor.country] if mods.strip() else []
        if own:
            # "the Japanese government", "the Saudi cabinet": the description names its own country
            code = own[-1].actor.country if _description_fits(head, own[-1].actor.country) else None
        elif mods.strip() and not _DESCRIPTION_MODIFIER.fullmatch(mods):
            continue  # "the nation's largest port": not a bare description
        elif head.lower().startswith("ministry of") or _PORTFOLIO_NAME.search(mods):
            # (round 24) a ministry named by its portfolio ("the Finance Ministry", "the Ministry of Industry and
            # Commerce") is the government of the story's dateline, and of no party named before
            code = context.dateline_country
        elif head.lower() in ("government", "ministry", "cabinet") and context.news_register and context.dateline_country:
            code = context.dateline_country  # (round 16) a story's "the ministry" is its dateline's government
        else:
            paragraphs = context.paragraphs
            index = next((i for i, p in enumerate(paragraphs) if p is paragraph), len(paragraphs))
            earlier = [p.text or "" for p in paragraphs[:index]]
            code = _nearest_named_party(head, [sentence[:match.start("np")]], context.on) \
                or _nearest_named_party(head, [context.paragraph_text[:context.sentence_start]], context.on) \
                or _nearest_named_party(head, earlier, context.on)
        name = names.get(code) if code else None
        if not name:
            continue
        pieces.append(sentence[last:match.start("np")])
        pieces.append(name)
        swaps.append((name, match.group("np")))
        last = match.end("np")
    if not pieces:
        return sentence, swaps
    pieces.append(sentence[last:])
    return "".join(pieces), swaps


# modifiers a bare description may carry: "the Gulf kingdom", "the South American country", "the
# island nation", "the 27-member bloc", "the new government", "the commerce ministry"
_DESCRIPTION_MODIFIER = re.compile(
    r"(?:(?:Gulf|Asian|Southeast|South|North|East|West|Central|Latin|American|African|European|Andean|Nordic|Baltic|"
    r"Caribbean|Pacific|Arab|Middle|Eastern|island|small|oil-rich|landlocked|resource-rich|energy-rich|new|"
    r"national|federal|central|commerce|trade|economy|finance|foreign|industry|agriculture|economic|"
    # (round 24) a ministry named by its portfolio, as the wires capitalise it: "the Finance Ministry", "the Commerce Ministry"
    r"Commerce|Trade|Economy|Finance|Foreign|Industry|Agriculture|Economic|Farm|farm|Customs|customs|Investment|investment|"
    r"[\w-]+-member)\s+){1,3}")
_PORTFOLIO_NAME = re.compile(r"\b(?:Commerce|Trade|Economy|Finance|Foreign|Industry|Agriculture|Economic|Farm|Customs|Investment)\s")


# Round 11 agreements: pages of the reciprocal-trade agreement template glue words together in
# their HTML: a party's name to the modal after it ("Malaysiashall facilitate ...", "Each Partyshall
# not impose ..."), or "shall" to the verb after it ("Malaysia shalladopt and implement ..."). The
# glued word is read apart only right after a treaty role ("Party", "Parties") or a name of one of the
# document's own countries, and only where the rest is no word of its own: "Marshall", "goodwill",
# "shallow" stay as they are by construction ("Mar", "good" name no party; "shall" + "ow" is a word).
# (speed: the template writes its obligations with "shall"; only sentences holding it are read for glue)
_GLUED_MODAL_HINT = re.compile(r"[a-z]shall\b|\bshall[a-z]")
_GLUED_MODAL = re.compile(r"\b(?P<name>(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*?)(?P<space>\s?)"
                          r"(?P<modal>shall|will|may|must)(?P<verb>[a-z]*)\b")
_TREATY_ROLES = frozenset({"Party", "Parties"})
# words that begin with "shall" (the only modal read glued to its verb)
_SHALL_WORDS = frozenset({"ow", "ows", "ower", "owest", "owly", "owness", "ot", "ots"})


def _unglued_party_modals(sentence: str, context: _Context) -> str:
    """``sentence`` with a space put where a document party's name and its modal, or "shall" and
    its verb, are glued together."""
    cuts: list[int] = []
    for match in _GLUED_MODAL.finditer(sentence):
        glued_name = not match.group("space")
        glued_verb = match.group("modal") == "shall" and match.group("verb") and match.group("verb") not in _SHALL_WORDS
        if match.group("verb") and not glued_verb:
            continue  # "Maywood", "willing": a word of its own
        if (glued_name or glued_verb) and _names_document_party(match.group("name"), context):
            cuts += [match.start("modal")] if glued_name else []
            cuts += [match.start("verb")] if glued_verb else []
    for cut in sorted(cuts, reverse=True):
        sentence = sentence[:cut] + " " + sentence[cut:]
    return sentence


def _names_document_party(name: str, context: _Context) -> bool:
    """Whether ``name`` (or its last one to three words) is a treaty role or names one of the
    document's countries."""
    words = name.split()
    if words[-1] in _TREATY_ROLES:
        return True
    parties = set(context.parties) | set(context.signatories)
    for first in range(len(words)):
        actor = resolve_actor(" ".join(words[first:]), context.on)
        if actor is not None and actor.country in parties:
            return True
    return False


# "The United States and India will address non-tariff barriers that affect bilateral trade.",
# "X has committed to address barriers impacting digital trade, services, and investment.", "will
# address non-tariff barriers and memorialize ...": barriers named only by the trade they touch.
# When the paragraph goes on (more sentences, or a list after its colon), what follows says which
# barriers, and the lead is no row of its own (guide rule 6); alone, it is the row.
_BARRIER_LEAD = re.compile(
    r"\b[Aa]ddress(?:es|ing)?\s+(?:(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s|the|U\.S\.\s+concerns\s+with)\s+)?"
    r"(?:non-tariff\s+)?barriers(?:(?:\s+(?:that\s+(?:affect|impact|hold\s+back|hinder|hamper|impede)|affecting|impacting|hindering|"
    r"hampering|holding\s+back)\s+(?:[\w-]+,?\s+){0,6}?"
    # (round 12: "barriers that hold back U.S. exports, including by ...": the trade hindered, said with another verb)
    r"(?:trade|services|investment|U\.S\.\s+exports)(?:\s+in\s+priority\s+(?:[\w-]+\s+)?(?:areas|sectors)"
    r"|\s+in\s+(?:[\w-]+,?\s+){0,4}?(?:products|goods)(?=,\s+including\b))?"
    # "barriers to U.S. exports, including by: ...": named by the exports they hinder, the
    # examples in the same sentence say which (round 9)
    r"|\s+(?:to|for)\s+U\.S\.\s+exports(?=,\s+including\b))?(?:\s*\.?\s*$|(?P<examples>,\s+including\b))"
    r"|\s+and\s+(?!(?:trade|services|investment|barriers)\b)[a-z]+\s)"
)
# what says which barriers: the same word again, examples, or a list to come
_BREAKDOWN_FOLLOWS = re.compile(r"\bbarriers\b|\binclud(?:e|es|ing)\b|\bfollowing\b|:\s*$")
# or the same party's next pledge opening the next sentence ("... digital trade, services, and
# investment. Malaysia has committed to refrain from ...": its pledges are the barriers, round 9)
_NEXT_PLEDGE_BY = re.compile(r"\s*(?P<name>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)\s+(?:has\s+(?:also\s+)?committed|commits|will|shall)\b")
# a lead row's object when the cue ate the word "barriers" ("address barriers | to U.S. exports,
# including by", "address barriers | impacting digital trade, services, and investment")
_EXPORTS_NAMED = re.compile(r"\s*(?:(?:to|for)\s+U\.S\.\s+exports|that\s+(?:affect|impact|hold\s+back|hinder|hamper|impede)|affecting|impacting"
                            r"|hindering|hampering|holding\s+back)\b")


def _without_talks_on_own_measure(rows: list[Commitment]) -> list[Commitment]:
    """Round 13 precision: talks a party joins on the topic of a measure it takes in the same sentence
    ("working to address forced labor in their supply chains and increasing cooperation on
    labor-related trade issues", "adopting environmental protections and discussing commitments
    related to other environmental measures") are part of that commitment, not a row of their own."""
    talks = [row for row in rows if row.action == "negotiate" and row.category != "diplomatic"]
    if not talks:
        return rows
    dropped = {id(row) for row in talks for other in rows
               if other.action != "negotiate" and (other.actor, other.category) == (row.actor, row.category)
               and _topic_words(other) & _topic_words(row) and _gerund_after(other, row)}
    return [row for row in rows if id(row) not in dropped] if dropped else rows


# "... forced labor in their supply chains and increasing cooperation on ...": a gerund joined by
# "and" to the measure before it, no modal or new subject between
_AND_GERUND = re.compile(r"^[^;:]*?\band\s+(?:[a-z]+ly\s+)?[a-z]+ing\b(?![^;:]*\b(?:shall|will|intends?|must)\b)")


def _gerund_after(measure: Commitment, talks: Commitment) -> bool:
    """Whether the talks are told by a gerund coordinated after the measure in its sentence."""
    evidence = measure.evidence or ""
    if evidence != talks.evidence or not measure.subject or not talks.subject:
        return False
    start, at = evidence.find(measure.subject), evidence.find(talks.subject)
    return 0 <= start < at and _AND_GERUND.match(evidence[start:at]) is not None


def _topic_words(row: Commitment) -> set[str]:
    """The subject's specific words, compounds read by their parts ("labor-related" → "labor")."""
    return set(_CONTENT_WORD.findall((row.subject or "").lower().replace("-", " "))) - _GENERIC_WORDS \
        - _SUBJECT_FILLER - _FUNCTION_WORDS - _REFERENCE_WORDS - {"related", "issues", "trade", "commitments", "cooperation"}


# (speed: every record line holds one of these words; the patterns are read only when one is there)
_RECORD_HINT = re.compile(r"\bbuil|\b(?:history|record|pattern|habit) of\b|\b(?:many|numerous|dozens|scores|series|string|number|slew|host|raft)\b")


@lru_cache(maxsize=1)
def _record_lines() -> re.Pattern[str] | None:
    """commitment_cues.yaml ``record_lines``: a government's record or habits recounted."""
    return _any_of(_cue_data().get("record_lines"), re.IGNORECASE)


def _tells_a_record(sentence: str) -> bool:
    """Whether a sentence recounts a record or habit ("is building on his strong record", "has a
    history of imposing ...") rather than stating a measure (round 13; guide rule 1)."""
    if not _may(sentence, _RECORD_HINT_WORDS) or _RECORD_HINT.search(sentence) is None:
        return False
    pattern = _record_lines()
    return pattern is not None and pattern.search(sentence) is not None


def _examples_replace_lead(sentence: str) -> bool:
    """Whether the sentence's lead names barriers only by the trade they hinder and its examples
    follow (", including by: ..."): the examples are the rows and the lead is dropped, so an
    example of the lead's own kind is no repeat of it (guide rule 6)."""
    if "acilitat" in sentence and _FACILITATION_LEAD.search(sentence) is not None:
        return True  # (round 11: "facilitate digital trade, including by refraining from ...": the means are the rows)
    if "arriers" not in sentence:
        return False
    lead = _BARRIER_LEAD.search(sentence)
    return lead is not None and lead.group("examples") is not None


def _barrier_lead_broken_down(sentence: str, text: str, end: int) -> bool:
    """Whether a sentence is a barrier lead whose barriers are said after it, in its own
    examples (", including by: ...") or in the rest of its paragraph."""
    lead = _BARRIER_LEAD.search(sentence)
    if lead is None:
        return False
    if lead.group("examples"):
        return len(sentence) - lead.end() > 20  # the examples follow in this sentence
    if _BREAKDOWN_FOLLOWS.search(text, end):
        return True
    pledge = _NEXT_PLEDGE_BY.match(text, end)
    return pledge is not None and pledge.group("name") in sentence[:lead.start()]


def _barrier_lead_row(row: Commitment) -> bool:
    """Whether a row is the figureless market-access row a barrier lead gives."""
    return row.category == "market_access" and row.action == "relax" and not row.products \
        and not _has_figure(row) and (_BARRIERS.search(row.subject or "") is not None
                                     or _EXPORTS_NAMED.match(row.subject or "") is not None)


_RESERVATION_OR_DEFINITION = re.compile(
    r"^\W*(?:\[\d+\]\s*)?(?:Nothing in this (?:Agreement|Framework|Arrangement|Article|Section|Chapter)\b"
    r"|For (?:the )?purposes? of this (?:Agreement|Framework|Arrangement|Article|Section|Chapter|paragraph|subparagraph)\b)")
_ELABORATION = re.compile(r"^\W*(?:This|These|That|Those)\s+(?:also\s+)?(?:includes?|comprises?|covers?|means)\b")


# "I modified the tariff regimes ... In particular, I imposed a duty of 50 percent on ...", "Japan will
# provide ... openings in market access. Specifically, Japan is working toward a 75 percent increase
# of rice procurements ...": the sentence details with figures what the one before said without
_DETAIL_OPENER = re.compile(r"^\W*(?:In particular|Specifically|More specifically|Namely|In detail),\s")


def _without_detailed_leads(rows: list[Commitment], previous: list[Commitment],
                            detail: list[Commitment]) -> list[Commitment]:
    """``rows`` less the figureless rows of the sentence before whose party the detailing sentence
    gives rows with figures: a lead the details break down is no row of its own (guide rule 6)."""
    detailed = {row.actor for row in detail if _has_figure(row) and row.actor}
    leads = {id(row) for row in previous if row.actor in detailed and not _has_figure(row)}
    return [row for row in rows if id(row) not in leads] if leads else rows


def _drop_restated(rows: list[Commitment], previous: list[Commitment]) -> list[Commitment]:
    """Rows of an elaborating sentence that restate a figureless row of the sentence before."""
    kept: list[Commitment] = []
    for row in rows:
        first = next((p for p in previous if (p.actor, p.category, p.action) == (row.actor, row.category, row.action)
                      and not _has_figure(p) and not _has_figure(row) and _same_verb_stem(p, row)), None)
        if first is None:
            kept.append(row)
        else:
            first.mentions += 1
    return kept


def _same_verb_stem(first: Commitment, later: Commitment) -> bool:
    """Whether two rows' verbs share a stem ("address non-market policies. This includes addressing
    ..."): a restatement. "protect labor rights. This includes ... effectively enforcing its labor
    laws" names a further measure (round 10). Unknown verbs count as the same."""
    stems = [_verb_stem(row) for row in (first, later)]
    return None in stems or stems[0] == stems[1]


def _verb_stem(row: Commitment) -> str | None:
    """The first four letters of the word before the row's object in its evidence, if found."""
    if not row.subject or not row.evidence:
        return None
    at = row.evidence.find(row.subject[:30])
    words = re.findall(r"[A-Za-z]+", row.evidence[max(0, at - 30):at]) if at > 0 else []
    return words[-1][:4].lower() if words else None


def _place(rows: list[Commitment], paragraph: Paragraph, start: int, end: int) -> None:
    for row in rows:
        row.paragraph_index = paragraph.index
        row.char_start = paragraph.char_start + start
        row.char_end = paragraph.char_start + end


# "Japan (25%)", "Laos: 40%": a partner and its rate, one list item each under a lead such as
# "The countries he sent letters to today include:"
_COUNTRY_RATE_ITEM = re.compile(
    r"^\W*(?P<name>[A-Z][^()%:\d;]{1,60}?)\s*(?:\(\s*(?P<a>\d+(?:\.\d+)?)\s*(?:%|percent)\s*\)"
    r"|[:\u2013\u2014-]\s*(?P<b>\d+(?:\.\d+)?)\s*(?:%|percent))\W*$")
_COUNTRY_RATE_SUBJECT = "tariff rate listed for a trading partner"


def _country_rate_item_rows(paragraph: Paragraph, context: _Context) -> list[Commitment]:
    """A verbless "<country> (N%)" item of a listed set of rates: the rate the document's
    levying government sets on that partner (an `impose` row per partner, guide rule 11)."""
    match = _COUNTRY_RATE_ITEM.match(paragraph.text)
    if match is None:
        return _partner_schedule_item_rows(paragraph, context)
    return _partner_rate_rows(paragraph, match.group("name"), float(match.group("a") or match.group("b")), context)


# (round 24) An order's schedule of partners' rates, one item each, lettered or not, with the level each
# replaces told after it: "(b) Republic of Chile: 8 percent, reduced from 10 percent;", "Kingdom of
# Bhutan: 10 percent, down from 15 percent.", "Bosnia and Herzegovina: 20 percent, in place of 30
# percent;", "Republic of Azerbaijan: lowered to 5 percent from 10 percent;", "Kingdom of Lesotho:
# lowered from 15 percent to 10 percent.", "Independent State of Samoa: 10 percent, unchanged.", and
# two rates for two sets of goods ("zero for goods that qualify for ..., and 10 percent for all other
# goods"). The item is the partner's name, a colon and a body made of rates and the words that relate
# them; the levier is the document's (the signer of an order). Its row: `reduce` / `raise` between the
# two levels (`remove` at zero), `maintain` when unchanged, `impose` for a rate alone (guide rule 11).
_PARTNER_ITEM_HEAD = re.compile(r"^\W*(?:\(\s*(?:[a-z]{1,2}|[ivx]{1,5})\s*\)\s*)?(?P<name>[A-Z][^()%:\d;,]{1,70}?)\s*:\s+(?P<body>\S.*)$",
                                re.DOTALL)
_ITEM_RATE_MARK = "\u00a7"
_ITEM_LEVEL_VERB = r"(?P<verb>down|reduced|lowered|cut|decreased|up|raised|increased)"
_ITEM_SHAPES = (
    # two rates for two sets of goods: "zero for goods that qualify for ..., and 10 percent for all other goods"
    ("split", re.compile(r"^§\s+for\s+[^§;]{3,160}?,?\s+and\s+§\s+for\s+(?:all\s+|any\s+)?other\s+(?:goods|products|articles)\b[^§]*$")),
    ("after", re.compile(r"^§,?\s+" + _ITEM_LEVEL_VERB + r"\s+from\s+(?:the\s+|its\s+|a\s+)?(?:(?:current|previous|earlier|prior)\s+)?"
                         r"(?:rate\s+of\s+)?§(?!\s+rate\s+(?:that|which))(?:\s+rate)?(?:[,;.]|\s*$)")),
    ("after", re.compile(r"^§,?\s+(?:in\s+place\s+of|instead\s+of|replacing)\s+(?:the\s+|its\s+|a\s+)?(?:(?:current|previous|prior)\s+)?"
                         r"(?:rate\s+of\s+)?§(?:\s+rate)?\s*(?:[;.]|;\s*and|,\s*(?:effective|beginning|from|as\s+of)\b[^§]*)?\s*$")),
    ("to_from", re.compile(r"^" + _ITEM_LEVEL_VERB + r"\s+to\s+§\s+from\s+§(?:[,;.]|\s*$)")),
    ("from_to", re.compile(r"^" + _ITEM_LEVEL_VERB + r"\s+from\s+§\s+to\s+§(?:[,;.]|\s*$)")),
    ("same", re.compile(r"^§,?\s+(?:which\s+(?:shall|will)\s+remain\s+)?unchanged\s*(?:[;.]|;\s*and)?\s*$")),
    ("alone", re.compile(r"^§\s*(?:[;.]|;\s*and)?\s*$")),
)
# the words of a state's formal name around the name we know ("Republic of Chile", "Kingdom of Bhutan")
_STATE_FORM_WORDS = re.compile(r"\b(?:the|of|Republic|Kingdom|State|Independent|Democratic|Federal|Federative|People['’]s|Islamic|"
                               r"Socialist|Commonwealth|Principality|Grand|Duchy|Sultanate|Union|Arab|Co-operative|Cooperative|"
                               r"Plurinational|Bolivarian|Oriental|Hashemite|Federated|States|United)\b|\W", re.IGNORECASE)
_ITEM_ZERO = re.compile(r"\bzero(?:\s+percent)?\b", re.IGNORECASE)


def _partner_item_with_rate(text: str) -> bool:
    """An item opening with a name and a colon whose body tells a rate ("(a) Republic of Singapore: the rate
    shall remain at 10 percent;"): a line of a schedule of partners' rates."""
    head = _PARTNER_ITEM_HEAD.match(text.strip())
    return head is not None and ("percent" in head.group("body") or "%" in head.group("body") or "zero" in head.group("body"))


def _partner_schedule_item_rows(paragraph: Paragraph, context: _Context) -> list[Commitment]:
    """The row of one partner's item in an order's schedule of rates (above): the rates of its body in
    the order they are written, related by the item's shape."""
    text = paragraph.text.strip()
    head = _PARTNER_ITEM_HEAD.match(text)
    if head is None or ("percent" not in head.group("body") and "%" not in head.group("body") and "zero" not in head.group("body")):
        return []
    body = head.group("body")
    levels = sorted([(q.start, q.end, q.value) for q in find_quantities(body) if q.unit == "percent"]
                    + [(m.start(), m.end(), 0.0) for m in _ITEM_ZERO.finditer(body)])
    if not levels or any(a[1] > b[0] for a, b in zip(levels, levels[1:])):
        return []
    shape, last = "", 0
    for start, end, _ in levels:
        shape += body[last:start] + _ITEM_RATE_MARK
        last = end
    shape = (shape + body[last:]).strip()
    kind = next((name for name, pattern in _ITEM_SHAPES if pattern.match(shape)), None)
    if kind is None:
        return []
    name = head.group("name").strip()
    named = [m for m in find_actor_mentions(name, context.on) if m.actor.country]
    if len(named) != 1 or _STATE_FORM_WORDS.sub("", name[:named[0].start] + " " + name[named[0].end:]).strip():
        return []  # the whole name is one country ("Republic of Chile"), not a phrase naming one
    partner = named[0].actor.country
    levier = context.in_force_by or next((p for p in context.parties if p != partner), None)
    if levier is None or levier == partner:
        return []
    values = [level for _, _, level in levels]
    if kind == "split":
        pairs = [(None, values[0]), (None, values[1])]
    elif kind == "after":
        pairs = [(values[1], values[0])]
    elif kind == "to_from":
        pairs = [(values[1], values[0])]
    elif kind == "from_to":
        pairs = [(values[0], values[1])]
    elif kind == "same":
        pairs = [(values[0], values[0])]
    else:
        pairs = [(None, values[0])]
    rows = []
    for value_from, value_to in pairs:
        if value_from is None:
            action = "remove" if value_to == 0 else "impose"
        elif value_to == value_from:
            action, value_from = "maintain", None
        elif value_to < value_from:
            action = "remove" if value_to == 0 else "reduce"
        else:
            action = "raise"
        rows.append(Commitment(
            actor=levier, category="tariff", action=action, subject=_COUNTRY_RATE_SUBJECT, evidence=text,
            paragraph_index=0, char_start=0, char_end=0, counterparty=partner, value_from=value_from,
            value_to=value_to, unit="percent",
            status="implemented" if context.order_text else context.default_status,
            conditional=_states_condition(body), confidence=_confidence(levier, True, "tariff"),
            article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
        ))
    start = len(paragraph.text) - len(paragraph.text.lstrip())
    _place(rows, paragraph, start, start + len(text))
    return rows


# A rate table ("Countries and Territories | Reciprocal Tariff, Adjusted", then "Algeria | 30%"):
# its header names a tariff, duty or rate, and each row a partner and a plain percentage.
_RATE_TABLE_HEADER = re.compile(r"\b(?:tariffs?|duty|duties|rates?)\b", re.IGNORECASE)
_RATE_CELL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:%|percent)\s*$")
_ALIAS_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")  # "Myanmar (Burma)"


def _rate_table_row_rows(paragraph: Paragraph, context: _Context) -> list[Commitment]:
    """A row of a rate table: the rate the document's levying government sets on that partner."""
    cells = paragraph.text.split(TABLE_CELL_SEPARATOR)
    if len(cells) != 2:
        return []
    rate = _RATE_CELL.match(cells[1])
    if rate is None:
        return []
    # an order's own annex is in force once signed (guide rule 27), as its operative sections are
    status = "implemented" if context.order_text else context.default_status
    return _partner_rate_rows(paragraph, _ALIAS_IN_BRACKETS.sub("", cells[0]), float(rate.group(1)), context, status)


# Round 12: a party's tariff schedule in an annex ("Product | HS heading | Base rate (%) | Final rate
# (%) | Staging", then "Wheat | 1001 | 10 | 0 | Duty-free on entry into force"): each line is that
# party's rate on the product, from the base column's level to the final column's
_SCHEDULE_FROM_COLUMN = re.compile(r"\b(?:base|current|existing|applied|MFN|initial|starting)\s+(?:(?:tariff|duty)\s+)?(?:rate|duty|tariff)", re.IGNORECASE)
_SCHEDULE_TO_COLUMN = re.compile(r"\b(?:final|new|agreed|reduced|target|end|ending)\s+(?:(?:tariff|duty)\s+)?(?:rate|duty|tariff)", re.IGNORECASE)
_SCHEDULE_HS_COLUMN = re.compile(r"\b(?:HS|HTS|HTSUS|tariff)\s+(?:code|heading|subheading|line|item)s?\b|^\s*(?:HS|HTS)\s*$", re.IGNORECASE)
_SCHEDULE_LEVEL = re.compile(r"^\s*(?:(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent)?|(?P<free>free|duty[- ]free|zero))\s*$", re.IGNORECASE)
_SCHEDULE_HS_CELL = re.compile(r"^\s*(\d{4}(?:\.?\d{2}){0,3})\s*$")


def _schedule_table_row_rows(paragraph: Paragraph, header: str, heading_actors: list[str],
                             context: _Context) -> list[Commitment]:
    """A line of a party's tariff schedule: its rate on the product, from the base level to the
    final one (the party is the one the heading above names; a line of no known level, no row)."""
    if len(heading_actors) != 1:
        return []
    columns = header.split(TABLE_CELL_SEPARATOR)
    cells = paragraph.text.split(TABLE_CELL_SEPARATOR)
    start_col = next((i for i, c in enumerate(columns) if _SCHEDULE_FROM_COLUMN.search(c)), None)
    end_col = next((i for i, c in enumerate(columns) if _SCHEDULE_TO_COLUMN.search(c)), None)
    if start_col is None or end_col is None or start_col == end_col or len(cells) != len(columns):
        return []
    levels = []
    for cell in (cells[start_col], cells[end_col]):
        level = _SCHEDULE_LEVEL.match(cell)
        if level is None:
            return []
        levels.append(0.0 if level.group("free") else float(level.group("rate")))
    before, after = levels
    hs_col = next((i for i, c in enumerate(columns) if _SCHEDULE_HS_COLUMN.search(c)), None)
    named = [i for i in range(len(cells)) if i not in (start_col, end_col, hs_col)]
    product = cells[named[0]].strip() if named else ""
    rest = " ".join(cells[i].strip() for i in named[1:])  # the staging column: when the level is reached
    code = _SCHEDULE_HS_CELL.match(cells[hs_col]) if hs_col is not None else None
    products = [code.group(1).replace(".", "")] if code else hs_codes(product)
    actor = heading_actors[0]
    action = "remove" if after == 0 else "reduce" if after < before else "raise" if after > before else "maintain"
    time = read_time(rest, context.on)
    row = Commitment(
        actor=actor, category="tariff", action=action, subject=_subject_phrase(f"{product}, {rest}" if rest else product),
        evidence=paragraph.text.strip(), paragraph_index=0, char_start=0, char_end=0,
        counterparty=_other_party(actor, context), value_from=before, value_to=after, unit="percent",
        products=products, duration_days=time.duration_days, start_date=time.start_date, end_date=time.end_date,
        status=context.default_status, confidence=_confidence(actor, True, "tariff"), article_id=context.article_id,
        extractor_version=EXTRACTOR_VERSION,
    )
    start = len(paragraph.text) - len(paragraph.text.lstrip())
    _place([row], paragraph, start, start + len(paragraph.text.strip()))
    return [row]


def _partner_rate_rows(paragraph: Paragraph, name: str, rate: float, context: _Context,
                       status: str | None = None) -> list[Commitment]:
    """The `impose` row (`remove` at zero) of a partner named alone in ``name`` at ``rate`` percent."""
    text = paragraph.text
    named = [m for m in find_actor_mentions(name, context.on) if m.actor.country]
    # the whole name is one country ("Bosnia and Herzegovina"), not a sentence naming one
    if len(named) != 1 or len(name) - (named[0].end - named[0].start) > 3:
        return []
    partner = named[0].actor.country
    levier = context.in_force_by or next((p for p in context.parties if p != partner), None)
    row = Commitment(
        actor=levier if levier != partner else None, category="tariff", action="remove" if rate == 0 else "impose",
        subject=_COUNTRY_RATE_SUBJECT, evidence=text.strip(), paragraph_index=0, char_start=0, char_end=0,
        counterparty=partner, value_to=rate, unit="percent", status=status or context.default_status,
        confidence=_confidence(levier, True, "tariff"), article_id=context.article_id,
        extractor_version=EXTRACTOR_VERSION,
    )
    start = len(text) - len(text.lstrip())
    _place([row], paragraph, start, start + len(text.strip()))
    return [row]


# Round 11: a total rate broken into its parts in the next paragraph: "X faces up to a 145% tariff."
# then "This includes a 125% reciprocal tariff, a 20% tariff to address the fentanyl crisis, and
# Section 301 tariffs on specific goods, between 7.5% and 100%." Each part is a tariff in force of
# the same levying party on the same partner (the total's row stays; its parts are their own rows)
_TOTAL_BREAKDOWN = re.compile(
    r"\W*(?:This|That|The|These)\s+(?:(?:total|combined|overall)\s+|\d+(?:\.\d+)?\s*(?:%|percent)\s+)?"
    r"(?:(?:tariffs?|dut(?:y|ies)|rate|levy)\s+)?(?:includes?|comprises?|consists?\s+of|is\s+made\s+up\s+of)\s", re.IGNORECASE)
# one part: "a 125% reciprocal tariff", "a 20 percent duty to address ...", or a range of rates
# after the tariffs it names ("Section 301 tariffs on specific goods, between 7.5% and 100%")
_RATE_PART = re.compile(
    r"\b(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?:[\w-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levy)\b"
    r"|\b(?:tariffs?|duties)\b[^,;.]{0,60},?\s+(?:between|ranging\s+from|from)\s+\d+(?:\.\d+)?\s*(?:%|percent)?\s+"
    r"(?:and|to)\s+(?P<top>\d+(?:\.\d+)?)\s*(?:%|percent)", re.IGNORECASE)


def _all_passing(rows: list[Commitment], context: _Context) -> bool:
    held = {id(row) for row in context.passing_rows}
    return all(id(row) in held for row in rows)


def _total_breakdown_rows(paragraph: Paragraph, total: Commitment, context: _Context) -> list[Commitment]:
    """The parts of the total rate the row before stated, each a row of the same levying party
    (the highest rate of a range; convention 5), when every part is below the total."""
    text = paragraph.text
    if total.category != "tariff" or total.actor is None or total.value_to is None or total.unit != "percent" \
            or not _TOTAL_BREAKDOWN.match(text):
        return []
    sentence = text[:split_sentences(text)[0][1]]
    parts = list(_RATE_PART.finditer(sentence))
    levels = [float(m.group("rate") or m.group("top")) for m in parts]
    if len(parts) < 2 or any(level >= total.value_to for level in levels):
        return []  # one part is a restatement, not a breakdown; a part above the total is no part of it
    made = []
    for match, level in zip(parts, levels):
        made.append(replace(
            total, action="remove" if level == 0 else "impose", value_from=None, value_to=level, change=None,
            subject=_subject_phrase(match.group(0)), evidence=sentence.strip(), products=hs_codes(match.group(0)),
            mentions=1, commitment_id=None, conditional=False, duration_days=None, start_date=None, end_date=None))
    start = len(text) - len(text.lstrip())
    _place(made, paragraph, start, start + len(sentence.strip()))
    return made


# An order's rate told as a lead and lettered clauses: "the applicable additional ad valorem rate of
# duty ... for all articles listed in Annex I-C shall be:" then "(a) 25 percent, unless ...;" and
# "(c) 10 percent, determined based on ..." (a clause with its own verb is read as any sentence)
_RATE_LEAD = re.compile(
    r"\b(?:rates?\s+of\s+duty|duty\s+rates?|tariff\s+rates?|tariffs?|dut(?:y|ies))\b[^.;:]{0,300}?"
    r"\s(?:shall|will)\s+be(?:\s+as\s+follows)?\s*:\s*$", re.IGNORECASE)
_CLAUSE_LABEL = re.compile(r"^\W*\(\s*(?:[a-z]|[ivx]{1,4})\s*\)")
_RATE_CLAUSE = re.compile(
    r"^\W*\(\s*(?:[a-z]|[ivx]{1,4})\s*\)\s*(?P<rate>zero|\d+(?:\.\d+)?)\s*(?:percent\b|%)(?!\s*(?:of|per)\b)",
    re.IGNORECASE)


def _rate_clause_rows(paragraph: Paragraph, lead: str, context: _Context) -> list[Commitment]:
    """A lettered clause that opens with the rate its lead's copula sets ("(a) 25 percent, unless
    ..."): the signer's `impose` row at that rate (`remove` at zero, convention 13)."""
    match = _RATE_CLAUSE.match(paragraph.text)
    if match is None or context.in_force_by is None:
        return []
    rate = match.group("rate")
    level = 0.0 if rate.lower() == "zero" else float(rate)
    text = paragraph.text
    row = Commitment(
        actor=context.in_force_by, category="tariff", action="remove" if level == 0 else "impose",
        subject=_subject_phrase(text[match.end():]), evidence=text.strip(), paragraph_index=0,
        char_start=0, char_end=0, products=hs_codes(text) or hs_codes(lead), value_to=level, unit="percent",
        status="implemented", conditional=_states_condition(text),
        confidence=_confidence(context.in_force_by, False, "tariff"), article_id=context.article_id,
        extractor_version=EXTRACTOR_VERSION,
    )
    start = len(text) - len(text.lstrip())
    _place([row], paragraph, start, start + len(text.strip()))
    return [row]


def _list_item_rows(paragraph: Paragraph, template: Commitment, context: _Context) -> list[Commitment]:
    """A verbless item under "buy U.S. soybeans as follows:" is the opener's commitment with its figures."""
    text = paragraph.text
    quantities = find_quantities(text)
    if not quantities:
        return []
    if template.category == "purchase" and "tariff" in _object_categories(text):
        # (round 14) "Taiwan will: ... Bring its duty on ethanol down to zero from 17.5 percent": an
        # item naming a tariff is no figure of the purchase its list's lead spoke of
        return []
    cue = Cue(template.action, template.action, template.category, fixed=True)
    values = _values(cue, template.category, text, "")
    if values is None:
        return []
    action, value_from, value_to, change, amount, unit = values
    time = read_time(text, context.on)
    row = replace(
        template, action=action, value_from=value_from, value_to=value_to, change=change,
        amount=amount, unit=unit, evidence=text.strip(), products=hs_codes(text) or list(template.products),
        duration_days=time.duration_days or template.duration_days,
        start_date=time.start_date or template.start_date, end_date=time.end_date or template.end_date,
        mentions=1, commitment_id=None,
    )
    start = len(text) - len(text.lstrip())
    _place([row], paragraph, start, start + len(text.strip()))
    return [row]


# "shall be, consistent with law, subject to an additional duty of 10 percent", "are, from
# May 1, subject to a 25% tariff": a verb phrase split by a comma aside (order texts), read as
# the phrase without it; the aside names no verb of its own
_INTERRUPTED_SUBJECT_TO = re.compile(
    r"(?<![\w-])(?P<verb>be|is|are|remain|remains)(?P<aside>,\s+(?:(?!\b(?:and|or|but|which|that)\b)(?:[^,.;:]|,\s*\d{4}\b)){2,45},)"
    r"\s+subject\s+to(?![\w-])", re.IGNORECASE)


def _interrupted_cues(sentence: str) -> list[_CueHit]:
    """Cue hits for verb phrases a comma aside splits, with the lexicon's entry for the
    phrase read without the aside ("be, consistent with law, subject to" is "be subject to")."""
    hits = []
    for match in _INTERRUPTED_SUBJECT_TO.finditer(sentence):
        verb = match.group("verb").lower()
        form = ("remain subject to" if verb.startswith("remain") else f"{verb} subject to")
        cue = _lexicon().forms.get(form)
        if cue is not None and _intransitive_verb(sentence, match.start()):
            hits.append(_CueHit(match.start(), match.end(), form, cue))
    return hits


def _find_cues(sentence: str, mention_ends: set[int]) -> list[_CueHit]:
    if "subject to" in sentence:
        interrupted = _interrupted_cues(sentence)
        if interrupted:
            return sorted(_hits_without_overlap(interrupted, _find_cues_plain(sentence, mention_ends)),
                          key=lambda hit: hit.start)
    return _find_cues_plain(sentence, mention_ends)


def _hits_without_overlap(first: list[_CueHit], others: list[_CueHit]) -> list[_CueHit]:
    """``first`` and the hits of ``others`` that overlap none of them."""
    return first + [o for o in others if all(o.end <= f.start or o.start >= f.end for f in first)]


_KEPT_NO_MEASURE = re.compile(r"\s+(?:(?:faith|pace|track|abreast)\b|in\s+(?:mind|touch|step)\b|an?\s+(?:close\s+)?eye\b|up\s+with\b)")
_RULED_OUT_BEFORE = re.compile(r"\brul(?:e|es|ed|ing)\s+out\s+$")
_NO_INTENTION_BEFORE = re.compile(r"\bno\s+(?:intention|plans?|desire|appetite)\s+of\s+$", re.IGNORECASE)
_PURPOSE_TO = re.compile(r"\s(?:in\s+order\s+)?to\s+$")
_RESIST_AFTER = re.compile(r"\s+(?:on|against)\b")
# a clause reported after "announced" ("announced it would lift ...", "announced that Japan will ...")
_REPORTED_CLAUSE = re.compile(
    r"\s+(?:that\s+)?(?:it|he|she|they|we|(?:the|its|his|their)\s+[\w-]+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+"
    r"(?:would|will|was|were|is|are|had|has|have|planned|plans|intends|intended|could|might|may|shall)\b")
_NOT_LIMITED_TO = re.compile(r"not\s+limited\s+to\b", re.IGNORECASE)
# Round 12: "set out" / "set forth" say where a text states something ("the criteria set out in
# Annex II", "the rates set forth below"), never a rate being set
_STATED_WHERE = re.compile(r"\s+(?:out|forth)\b", re.IGNORECASE)


# How far past the cue an anchored `requires` may look (40 characters unless named here):
# "reversing the previous administration's one-sided deal that eased restrictions" names the
# easing undone well past the verb
_REQUIRES_REACH = {"reverse_easing": 120, "acquire": 140, "cap_imports": 90, "work_with_on_goods": 80, "work_with": 60,
                   # (round 14) "hold the reciprocal tariff on originating goods of X at 10 percent", "leaves
                   # the 40% duty in place on ...", "at the over-quota rate of 26.4 percent": the level or the
                   # "in place" comes after the measure's own qualifiers
                   "hold_rate": 120, "leave_in_place": 110, "align_own_controls": 80, "dutiable_kept": 70, "dutiable": 70,
                   "joint_review": 100, "convene": 80, "hold_measure": 90,
                   # (round 24) "require exporters of cobalt metal, cobalt oxides and cathode material to obtain licences"
                   "require_licence": 130,
                   "make_available": 70,  # (round 24) "mobilise public and private investment of 3 trillion yen"
                   "place_under_controls": 110, "subject_to_licensing": 110,  # (round 24) "subjected exports of gallium and germanium to licensing"
                   "take_to_level": 110,  # (round 21) "taking its tariffs on American pork and poultry all the way to zero"
                   "bring_down_split": 70,  # (round 21) "bring the reciprocal rate on Kenyan goods down to 10 percent"
                   "order_counted": 90,  # (round 15) "the acquisition by Uzbekistan Airways of 22 Boeing aircraft"
                   # (round 15) "the cross-border transfer of information", "the operation of this Agreement"
                   "allow_flow": 70, "review_agreement": 70, "require_transfer": 80, "ratify_treaty": 100,
                   "accede_treaty": 100, "require_mark_waived": 90,
                   # (round 21) the approval or standard may follow its agency's name ("U.S. Food and Drug
                   # Administration clearances"), the "as equivalent" a long object ("vehicles built to ... as")
                   "rely_on_approvals": 100, "treat_as_equivalent": 150, "not_subject_to": 120,
                   # (round 24, of2) "will put two billion dollars into Gulf Coast terminals": the sum in words
                   "commit_money": 100}
# the easing a reversal undid, told in its relative clause with an object that gives the easing
# verb no row of its own ("that eased restrictions", "that loosened the embargo"; "that relaxed
# sanctions" is a row by itself)
_EASED_IN_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:eased|loosened|relaxed|weakened)\s+"
                                r"(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:restrictions|embargo)\b")


_CHANGES_TO_THE_TEXT = re.compile(r"\b(?:changes?|amendments?|modifications?|revisions?|amend|modify|revise|review)\b[^.;]{0,60}?\bthis Agreement\b")
_BARRIERS_KEPT_BY = re.compile(r"\bbarriers\s+(?:imposed|maintained|applied|kept|put\s+in\s+place)\s+by\s+(?:the\s+(?:government\s+of\s+)?)?")
_EXAMPLE_OF_LEAD = re.compile(r",\s+including\b[^.;,]*$")
# (round 21) goods named before as the pronoun subject of "enter ... free of duty"
_PRONOUN_GOODS_BEFORE = re.compile(r"\b(?:they|it)\s+(?:(?:will|would|can|could|may|now|then|also|all)\s+)*$", re.IGNORECASE)
# (round 12) a deal noun before "to acquire": the sellers' order, whose buyer the order names
_DEAL_TO_ACQUIRE = re.compile(r"\b(?:agreements?|orders?|deals?|contracts?)\s+to\s+$", re.IGNORECASE)


def _anchored_fallback(cue: Cue, sentence: str, end: int) -> Cue | None:
    """The entry a cue whose anchored object test failed falls back to, when that entry's own
    anchored test passes ("otherwise" in the lexicon)."""
    lemmas = _lexicon().lemmas
    fallback = lemmas.get(cue.otherwise or "")
    for _ in range(3):  # (round 15) a fallback may name its own ("require": customs duty, a measure authorized, data demanded)
        if fallback is None:
            return None
        if fallback.requires is None:
            # (round 15) an entry with no object test of its own takes what the first one did not ("allow full
            # ownership" is an investment rule eased, "allow imports of U.S. beef" the plain easing)
            return fallback if cue.lemma in _PLAIN_FALLBACK_FROM else None
        if not fallback.requires.pattern.startswith("^"):
            return None
        if fallback.requires.search(sentence[end:end + _REQUIRES_REACH.get(fallback.lemma, 40)]) \
                or (fallback.lemma in _GOODS_SLOT_KINDS and _goods_slot(sentence, end, fallback.lemma)):
            return fallback
        cue, fallback = fallback, lemmas.get(fallback.otherwise or "")
    return None


# (round 18, pledges) What a purchase verb takes, read as a slot rather than a word list: the verb's object
# opens with a count, a tonnage or a sum (quantities.find_quantities: "18 Boeing 787 Dreamliners", "twenty
# 787-10s", "1.5 mln tonnes a year", "US$ 3 bln of"), only hedges and determiners before it. The entries'
# own patterns stay the first test; this one is tried only where they fail. The kinds each entry takes:
# "take" only a tonnage ("take 10 years" is none), "acquire" and "order" a count, a tonnage or a sum.
_GOODS_SLOT_KINDS = {"acquire": ("count", "tonnes", "money"), "order_counted": ("count", "tonnes", "money"),
                     "take_goods": ("tonnes",), "source_goods": ("count", "tonnes", "money"),
                     "money_pledge": ("money",), "lend_money": ("money",)}
_GOODS_SLOT_LEAD = re.compile(r"\s*(?:(?:for|of|up\s+to|as\s+much\s+as|at\s+least|more\s+than|over|about|around|roughly|nearly|"
                              r"some|as\s+many\s+as|a\s+further|an\s+(?:additional|extra|estimated)|another|a|an|the|"
                              r"its|their|further|additional|new)\s+)*", re.IGNORECASE)


def _goods_slot(sentence: str, end: int, lemma: str) -> bool:
    """Whether the object after a purchase verb opens with a quantity of a kind the entry takes."""
    window = sentence[end:end + 90]
    if lemma == MONEY_PLEDGE_LEMMA:
        return _money_pledge_slot(window) is not None
    lead = _GOODS_SLOT_LEAD.match(window).end()
    quantity = next(iter(find_quantities(window[lead:lead + 60])), None)
    return quantity is not None and quantity.start == 0 and quantity.kind in _GOODS_SLOT_KINDS[lemma]


# (round 18, pledges) Money handed over, whatever the verb that hands it: lent, guaranteed, financed or
# pledged as a package ("provide up to $500 million in loans", "make available financing of up to $500
# million", "will back at least $250 billion in credit guarantees", "extend a $2 billion credit line",
# "offered a $350 billion package", "unveiled a $1.2 trillion investment package"). The object decides: its
# first words are a sum and a pledge or finance noun, in either order; the row is an investment (the held-out
# rule on EXIM/DFC financing; a summed "economic exchange" is the partner's investment), a purchase when the
# noun says buying ("$44 billion in purchase commitments"). Verbs whose own entry is another (provide, offer,
# grant, extend, make available, announce) take this one only when the slot is filled (_money_pledge_host).
MONEY_PLEDGE_LEMMA = "money_pledge"
_PLEDGE_MONEY_NOUN = (r"(?:financing|finance|loans?|lending|credit(?:\s+lines?|\s+guarantees?|\s+facilit(?:y|ies))?|"
                      r"lines?\s+of\s+credit|(?:loan\s+)?guarantees|concessional\s+(?:loans|funding)|"
                      r"(?:(?:investment|purchase|purchasing|buying|economic|trade)\s+)?(?:packages?|pledges?|commitments?)|"
                      r"(?:new\s+|direct\s+|foreign\s+direct\s+)?investments?)")
_MONEY_PLEDGE_SLOT = re.compile(
    r"^\s*(?:(?:up\s+to|at\s+least|more\s+than|over|about|around|roughly|nearly|some|an?\s+(?:additional|further|new)|"
    r"another|a|an|the|its|their)\s+)*"
    r"(?:(?:US\$|\$|€|£)\s?\d[\d.,]*\s*(?:[mb]illion|trillion|bn|tn|mn|m|b|bln|mln)?\b(?:-|\s+(?:(?:in|of|worth\s+of)\s+)?)"
    r"(?:[\w-]+\s+){0,2}?(?P<after>" + _PLEDGE_MONEY_NOUN + r")"
    r"|(?:[\w-]+\s+){0,2}?(?P<before>" + _PLEDGE_MONEY_NOUN + r")\s+(?:of|worth|totall?ing|amounting\s+to|valued\s+at)\s+"
    r"(?:(?:up\s+to|at\s+least|more\s+than|over|about|around|nearly|some)\s+)*(?:US\$|\$|€|£)\s?\d[\d.,]*)\b",
    re.IGNORECASE)
# (round 24, of2) a pledged sum spent on goods ("pledged $2 billion in purchases of ...") is no investment
_PLEDGED_PURCHASES = re.compile(r"\b(?:purchas|buy|bought|import|orders?\b)", re.IGNORECASE)
# (round 24, of2) the signer's determination that an act is "necessary and appropriate", told before its verb
_JUDGMENT_LEAD = re.compile(r"(?:\bnecessary\s+and\s+appropriate\s+(?:to|for)|\bI\s+(?:have\s+)?decided\s+to)\b[^.;]*$",
                            re.IGNORECASE)
_RATE_FIGURE = re.compile(r"\d\s*(?:%|percent|per cent)|\b(?:zero|free of)\b", re.IGNORECASE)
_MONEY_PLEDGE_HOSTS = frozenset({"relax", "extend", "make_available", "set", MONEY_PLEDGE_LEMMA})


def _money_pledge_slot(window: str) -> re.Match | None:
    if "$" not in window and "€" not in window and "£" not in window:
        return None
    return _MONEY_PLEDGE_SLOT.match(window)


def _money_pledge_host(cue: Cue, sentence: str, end: int) -> Cue:
    """The money-pledge entry for a verb whose object is money lent, financed or pledged, else the verb's own."""
    slot = _money_pledge_slot(sentence[end:end + 90])
    if slot is None:
        return cue
    pledge = _lexicon().lemmas.get(MONEY_PLEDGE_LEMMA) or cue
    noun = slot.group("after") or slot.group("before") or ""
    if noun[:3].lower() in ("pur", "buy"):
        pledge = replace(pledge, action="purchase", category="purchase")
    return pledge


# (round 15) narrower entries that fall back whole to an entry with no object test: the forms were that
# entry's before the narrower one took them (the other fallbacks to such an entry still give no cue)
_PLAIN_FALLBACK_FROM = frozenset({"allow_flow", "simplify_procedures", "accede_treaty", "place_under_controls"})
# (round 24) entries whose object names the controls ("to licensing", "under similar controls"): no cue inside it
_CONTROLS_OBJECT_LEMMAS = frozenset({"subject_to_licensing", "place_under_controls"})


def _controls_object(sentence: str, start: int, form: str) -> bool:
    """Whether the cue form at ``start`` is one whose object names export controls and that object follows."""
    cue = _lexicon().forms.get(form)
    if cue is None or cue.lemma not in _CONTROLS_OBJECT_LEMMAS:
        return False
    end = start + len(form)
    return cue.requires.search(sentence[end:end + _REQUIRES_REACH.get(cue.lemma, 40)]) is not None


# "the additional duty on goods of X shall be modified from 30 percent to 18 percent": the measure
# modified is the passive's subject, its new level right after (round 13, orders)
_MEASURE_BEFORE_PASSIVE = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?(?:\s+of\s+duty)?)\b(?:\s+(?:on|for|applicable\s+to)\s+[^,;]{1,80}?)?"
    r"\s+(?:shall|will|would|is|are|was|were|has|have)\s+(?:hereby\s+|be\s+|been\s+|further\s+)*$", re.IGNORECASE)


def _measure_modified_to_level(sentence: str, start: int, end: int) -> bool:
    """Whether a passive "modified"/"adjusted" has a measure for its subject and a level after it."""
    return sentence[start:end].lower().endswith("ed") and _LEVEL_CHANGE_AHEAD.match(sentence, end) is not None \
        and _MEASURE_BEFORE_PASSIVE.search(sentence, max(0, start - 140), start) is not None


def _find_cues_plain(sentence: str, mention_ends: set[int]) -> list[_CueHit]:
    lexicon = _lexicon()
    hits: list[_CueHit] = []
    procedure_end = -1
    for match in _cue_matches(sentence):
        form = match.group(1)
        if match.start() < procedure_end:
            continue  # what a procedure set up lets others ask for (below)
        if " which " in sentence and ("rocess" in sentence or "rocedure" in sentence or "echanism" in sentence):
            procedure = _PROCEDURE_OBJECT.match(sentence, match.end())
            if procedure is not None:
                # (round 14) "will set up a process through which domestic producers can ask that
                # components be brought under the tariff": a procedure for others' requests, no measure
                procedure_end = procedure.end()
                continue
        cue = lexicon.forms[form]
        if cue.lemma in _MONEY_PLEDGE_HOSTS:
            cue = _money_pledge_host(cue, sentence, match.end())
        elif cue.lemma == "pledge":
            # (round 24, of2) "have pledged $2 billion for new plants in the United States": a sum pledged to
            # projects is money put into them, as "committed $2 billion to" (commit_money's object test)
            committed = lexicon.lemmas.get("commit_money")
            pledged = sentence[match.end():match.end() + _REQUIRES_REACH["commit_money"]]
            if committed is not None and committed.requires is not None and committed.requires.search(pledged) \
                    and not _PLEDGED_PURCHASES.search(pledged):
                cue = committed
        if cue.requires is not None and cue.requires.pattern.startswith("^") and not cue.requires.search(
                sentence[match.end():match.end() + _REQUIRES_REACH.get(cue.lemma, 40)]) \
                and not (cue.lemma in _GOODS_SLOT_KINDS and _goods_slot(sentence, match.end(), cue.lemma)):
            # "agreed to a 15% tariff" is a cue, "agreed to a framework" is not; a form two entries
            # share tries the other's object test ("authorizing only U.S. importers to file" is customs
            # enforcement, "authorizes new sanctions on" a measure permitted)
            if not (cue.lemma == "modify_tariff" and _measure_modified_to_level(sentence, match.start(), match.end())):
                cue = _anchored_fallback(cue, sentence, match.end())
                if cue is None:
                    continue
        if cue.lemma in _CONTROLS_OBJECT_LEMMAS:
            # (round 24) "subjected gallium and germanium to licensing": the licensing is the object, no verb of its own
            told = cue.requires.search(sentence[match.end():match.end() + _REQUIRES_REACH.get(cue.lemma, 40)])
            procedure_end = match.end() + told.end() if told is not None else procedure_end
        if (cue.lemma == "modify_tariff" or (cue.action == "impose" and cue.category == "tariff")) \
                and ("appropriate" in sentence or "decided" in sentence) \
                and _JUDGMENT_LEAD.search(sentence, max(0, match.start() - 200), match.start()) \
                and not _RATE_FIGURE.search(sentence, match.end(), match.end() + 160):
            # (round 24, of2) "In my judgment, it is necessary and appropriate to extend the suspension and to modify
            # the rate of duty as set forth in this order", "I have decided to adjust imports of X by imposing duties,
            # subject to the terms below": the determination points at the clauses that state it
            continue
        if cue.lemma == "prevent_diversion" and (_EXAMPLE_OF_LEAD.search(sentence, max(0, match.start() - 80), match.start())
                                                 or (form.split()[0].endswith("ing") and sentence[:match.start()].rstrip().endswith(","))):
            # (round 12) "align its export regulations ..., including strong protections to prevent the
            # diversion of", "..., preventing the diversion of": the lead's example or its participle
            continue
        if cue.lemma == "enter_free" and ("quota" in sentence[:match.start()]
                                          or _PRONOUN_GOODS_BEFORE.search(sentence, max(0, match.start() - 24), match.start())):
            # (round 21) "a quota of 2,000 tons ..., and goods within it shall enter free of duty": the in-quota
            # rate (convention 14); "scrap its 30 percent levy on walnuts so that they enter Korea free of any
            # duty": the result of the measure before, whose zero it states
            continue
        if cue.lemma == "acquire" and _DEAL_TO_ACQUIRE.search(sentence, max(0, match.start() - 40), match.start()):
            continue  # (round 12) "an order from X Airways, a $96 billion agreement to acquire 210 aircraft": the order's own rows
        if form.lower().startswith("push") and _RESIST_AFTER.match(sentence, match.end()):
            continue  # "tariffs to push back on that", "pushed back against the plan": resisting, no date moved
        if cue.lemma == "set" and form[:7].lower() == "announc" and _REPORTED_CLAUSE.match(sentence, match.end()):
            continue  # "Beijing announced it would lift the 15% tariff": the verb reports the clause's measure
        if cue.lemma == "maintain" and form[:4].lower() in ("keep", "kept") and _KEPT_NO_MEASURE.match(sentence, match.end()):
            continue  # (round 14) "keep faith with", "keep pace with", "keep an eye on": idioms, no measure kept
        if cue.lemma == "set" and form[:3].lower() == "set" and _STATED_WHERE.match(sentence, match.end()):
            continue  # "apparel that meets the criteria set out in Annex II", "as set forth in section 2": where a text states it
        if form.lower() == "limited" and _NOT_LIMITED_TO.match(sentence, max(0, match.start() - 4)):
            continue  # "such as, but not limited to, X": what a list covers, no limit imposed
        if cue.lemma == "prevent" and sentence[max(0, match.start() - 12):match.start()].lower().endswith("address and "):
            continue  # "address and prevent barriers": one measure, named by its first verb
        if "that" in sentence and _MEASURE_RELATIVE.search(sentence, max(0, match.start() - 90), match.start()):
            continue  # "import licensing procedures that delay access for, or impose restrictions on, U.S. goods": what the removed measure does
        if cue.action == "impose" and _TIME_BACK_REFERENCE.search(sentence, max(0, match.start() - 70), match.start()):
            # (round 14) "removed the 40% tariff ..., the biggest relief since the levy was imposed",
            # "months after it was introduced": the measure named before, as a point in time
            continue
        if "To " in sentence and _PURPOSE_OPENING.search(sentence, max(0, match.start() - 12), match.start()) \
                and _MAIN_CLAUSE_AFTER_PURPOSE.match(sentence, match.end()):
            # (round 15) "(a) To implement the terms of the Agreement, the Secretary is authorized to modify ...":
            # an opening purpose clause; the measure is the main clause's
            continue
        if _MAY_BE.search(sentence, max(0, match.start() - 20), match.start()):
            # "sectors that may be subject to tariff measures", "barriers that might restrict
            # trade": a possibility told about something else, not a measure
            continue
        if not (cue.intransitive and _intransitive_verb(sentence, match.start())) and not _is_governing_verb(
            sentence, match.start(), form, mention_ends
        ):
            continue
        if cue.intransitive and _OTHERWISE_BEFORE.search(sentence, max(0, match.start() - 24), match.start()):
            continue  # "goods that would otherwise be subject to a 25 percent tariff": a rate that does not apply
        if hits and _joined_alternative(sentence, hits[-1], match.start()):
            # "suspend or remove", "eliminate or reduce": one measure, named by the
            # lesser of the two verbs (what is certainly done)
            if hits[-1].cue.action == "remove" and cue.action in ("reduce", "suspend") and " or " in sentence[hits[-1].end:match.start()]:
                hits[-1] = _CueHit(hits[-1].start, match.end(), form, cue)
            continue
        if hits and _object_of_previous(sentence, hits[-1], match.start()):
            continue  # "resume purchases of sorghum": the noun is the object
        if hits and form.lower().endswith(("s", "ed")) and "th" in sentence[hits[-1].end:match.start()] \
                and _RELATIVE_ON_PREVIOUS_OBJECT.fullmatch(sentence, hits[-1].end, match.start()) \
                and _NOTHING_AFTER_CUE.match(sentence, match.end()):
            # (round 14) "I may restore the duties that section 2(a) of this order removes", "will lift
            # the curbs that Beijing imposed": the relative clause tells which measure the first verb takes
            continue
        if hits and match.start() - hits[-1].end < 90 and _CONTACT_RELATIVE.fullmatch(sentence, hits[-1].end, match.start()) \
                and _CONTACT_RELATIVE_END.match(sentence, match.end()):
            # (round 21) "lift the ban it has applied since 2019 on imports of ...", "abolish the tax it charges on
            # imports": a clause with no "that" telling which measure the first verb takes (as above)
            continue
        if form.endswith("ing") and ("espond" in sentence or "etaliat" in sentence or "eact" in sentence) \
                and _RESPONSE_CONDITION.search(sentence, max(0, match.start() - 160), match.start()):
            # (round 14) "Should the Government of X respond to this order by raising its own duties, I will
            # increase ...", "If Canada retaliates by imposing duties": the partner's act that is the condition
            continue
        if cue.action == "remove" and "to " in sentence and _PLAN_OBJECT.match(sentence, match.end()):
            continue  # (round 14) "scrapped a plan to raise duties on ...": the plan's rows (_planned_measure_rows)
        if form[:4].lower() in ("keep", "kept") and _KEEP_IDIOM.match(sentence, match.end()):
            continue  # (round 14) "keep faith with what the United States promised", "keep pace with": no measure kept
        if hits and cue.action == "relax" and hits[-1].cue.action == "relax" \
                and _PURPOSE_INFINITIVE.fullmatch(sentence, hits[-1].end, match.start()):
            continue  # "modernize the Air Transport Agreement to allow U.S. airlines to carry cargo": what the easing is for
        if hits and cue.action == "maintain" and hits[-1].cue.action in ("enforce", "restrict") \
                and _PURPOSE_TO.search(sentence, hits[-1].end, match.start()) and " and " not in sentence[hits[-1].end:match.start()]:
            continue  # (round 14) "bring its export controls into line ... to keep sensitive technology out of ...": the aim
        if hits and _purpose_of_talks(sentence, hits[-1], match.start()):
            continue  # "cooperation on standards to reduce barriers": what the talks are for
        if hits and _topic_of_talks(sentence, hits[-1], match.start()):
            continue  # "intensify their engagement ..., including on reducing barriers": a topic of the talks
        if hits and _aim_of_negotiations(sentence, hits[-1], match.start()):
            continue  # "continue negotiations to address the remaining tariff barriers": what the talks are on
        hits.append(_CueHit(match.start(), match.end(), form, cue))
    if hits and ("threat" in sentence or "emergenc" in sentence or "burden" in sentence) and ("which" in sentence or "that" in sentence):
        finding = _FINDING_OF_CONDUCT.search(sentence)
        if finding is not None:
            # (round 14) "I find that the policies and actions of the Government of X, which facilitate
            # the production of illicit drugs, pose an unusual and extraordinary threat": the conduct the
            # finding describes, not a measure (the order's measures follow in its sections)
            hits = [hit for hit in hits if not finding.start("clause") <= hit.start < finding.end("clause")]
    return hits


# the exports a verb stops, with no other country's name before them ("exports of", "its rare
# earth exports to"; not "U.S. exports", which another country would be blocking)
# (round 16: not "pause its licence requirements for exports of gallium", "halt the curbs on exports of": the
# restriction named before the exports is what stops, a suspension in the export-control category)
_OWN_EXPORTS_STOPPED = re.compile(r"\s*(?:(?:its|their|all|the|some|certain)\s+)?(?:(?!(?:controls?|curbs?|restrictions?|requirements?|bans?|prohibitions?|quotas?|licen[cs]ing|limits?)\b)[a-z][\w-]*\s+){0,3}?exports\s+(?:of|to)\b")


# a list of goods taken off: "from Annex II", "from the exemption list", "from the list of excluded goods"
_OFF_EXEMPTION_LIST = re.compile(
    r"\s*from\s+(?:Annex\s+[IVX\d]+\b|the\s+(?:[\w-]+\s+){0,2}?(?:exemption|exclusion)s?\s+list\b"
    r"|the\s+list\s+of\s+(?:exempt|excluded)\w*)")
# "..., meaning they are now subject to reciprocal tariffs", "so they will be subject to the 25% duty"
_NOW_SUBJECT = re.compile(r"\b(?:are|is|will be|would be|become|becomes)\s+(?:now\s+|again\s+)?subject\s+to\b")


# "that would otherwise be subject to", "otherwise remain subject to": a counterfactual rate
_OTHERWISE_BEFORE = re.compile(r"\botherwise\s+(?:(?:still|also)\s+)?$", re.IGNORECASE)


# What a measure takes from those it hits, told in a participle after it ("..., restricting
# market access for U.S. exporters", "..., limiting their access to assets")
_ACCESS_EFFECT = re.compile(r"\s+(?:(?:their|its|the|U\.S\.|American)\s+)?(?:market\s+)?access\b", re.IGNORECASE)
_MEASURE_VERB = re.compile(r"\b(?:restrict|prohibit|ban|impos|block|bar)(?:s|ed|ing|e|es)?\b", re.IGNORECASE)


# an infinitive of purpose closing the previous verb's object ("... Agreement to ", "... rules so as to ")
_PURPOSE_INFINITIVE = re.compile(r"[^,;:()]{1,120}?\s(?:so\s+as\s+|in\s+order\s+)?to\s+")


def _joined_alternative(sentence: str, previous: _CueHit, start: int) -> bool:
    between = sentence[previous.end:start]
    return _OR_BETWEEN.fullmatch(between) is not None and (previous.cue.action in (
        "suspend", "remove", "reduce", "relax", "restrict", "enforce", "negotiate", "maintain", "delay",
    ) or previous.cue.lemma == "impose")  # "imposing and strengthening tariffs": one measure, its first verb (convention 11)


# " with the United States to ", " with its partners to ": the partner of a cooperation verb, then its aim
_COOPERATE_WITH_PARTNER_TO = re.compile(r"\s+with\s+(?:the\s+|its\s+|their\s+)?[^,;:()]{1,40}?\s+to\s+")


def _purpose_of_talks(sentence: str, previous: _CueHit, start: int) -> bool:
    """Cooperation on a named subject, then "to" + verb: the verb is the aim of the
    cooperation, not a measure ("enhancing cooperation on the alignment of standards to
    reduce barriers")."""
    if previous.cue.action != "negotiate":
        return False
    between = sentence[previous.end:start]
    if _COOPERATE_WITH_PARTNER_TO.fullmatch(between) and re.match(r"(?:cooperat|collaborat)", previous.form, re.IGNORECASE):
        # "collaborate with the United States to address cybersecurity challenges", "cooperate
        # with Japan to regulate ...": the verb names what the cooperation is on (round 10); a
        # fight ("to combat transshipment") is the enforcement itself, as "cooperation on combating"
        return not _FIGHT_VERB.match(sentence, start)
    if not re.search(r"cooperation|coordination", previous.form, re.IGNORECASE):
        return False
    # (", and work to address forced labor": a second pledge coordinated with the talks, not their aim)
    return re.search(r"\w\s+to\s+$", between) is not None and len(between.split()) >= 3 \
        and re.search(r"[;:]", between) is None and re.search(r",\s+and\s+\w+\s+to\s+$", between) is None


# ", including in areas related to", ", including on", ", including regarding": the topics talks
# will cover (a bare ", including addressing X" or ", including by V-ing" keeps its rows: the
# pledge's own examples)
_TALKS_TOPICS = re.compile(r",\s+(?:including|such as)\s+(?:(?:in\s+)?(?:the\s+)?areas?\s+(?:related\s+to|of|such\s+as)|on|in|regarding|concerning|related\s+to|with\s+respect\s+to)\s")
_TALKS_FORM = re.compile(r"engag|talks|negotiat|discuss|dialogue|consult|cooperat|coordinat", re.IGNORECASE)


def _topic_of_talks(sentence: str, previous: _CueHit, start: int) -> bool:
    """Talks just agreed, then ", including (in areas related to) <verb>ing X": the verb names a
    subject the talks will cover, not a measure taken (second held-out set: "finalize
    commitments on X, including ..." — the items are content still to be agreed)."""
    if previous.cue.action != "negotiate" or not _TALKS_FORM.search(previous.form):
        return False  # (a memorandum "to safeguard X, including the consideration of tariffs" is no talks)
    between = sentence[previous.end:start]
    found = _TALKS_TOPICS.search(between)
    return found is not None and re.search(r"[;:()]|\b(?:will|shall|must|agreed|committed)\b", between[found.end():]) is None


# Talks named by their noun ("negotiations", "talks", "a negotiated approach") and the verb right after
# "to", "about", "on", "regarding" (round 11 fact sheets)
_TALKS_NOUN_FORM = re.compile(r"negotiations|talks|discussions|consultations|negotiated\s+\w+", re.IGNORECASE)
_GENERIC_AIM_VERB = re.compile(r"(?:address|resolv|remed|tackl)\w*\b", re.IGNORECASE)
_TALKS_AIM_LINK = re.compile(r"\s+(?:with\s+[^,.;:()]{1,40}?\s+)?(?:to|about|on|regarding|over)\s+")


def _aim_of_negotiations(sentence: str, previous: _CueHit, start: int) -> bool:
    """Talks named by their noun, then a generic verb of dealing with a problem ("continue
    negotiations to address the remaining tariff barriers", "adopting a negotiated approach to
    addressing concerns about sectors under Section 232 investigations"): the verb names the subject
    of the talks, a negotiate row on it, not a measure taken (convention 19). A measure's own verb
    ("begin negotiations to reduce tariffs on cars") keeps its row (round 9)."""
    return previous.cue.action == "negotiate" and _TALKS_NOUN_FORM.search(previous.form) is not None \
        and _TALKS_AIM_LINK.fullmatch(sentence, previous.end, start) is not None \
        and _GENERIC_AIM_VERB.match(sentence, start) is not None


def _talks_about_concerns(hit: _CueHit, object_text: str) -> bool:
    """Talks named by their noun whose object is the problem they deal with ("a negotiated
    approach to addressing United States national security concerns"): the figure words name
    what the talks are about, not a figure the cue acts on (round 13, orders)."""
    if hit.cue.action != "negotiate" or _TALKS_NOUN_FORM.search(hit.form) is None:
        return False
    link = _TALKS_AIM_LINK.match(object_text)
    return link is not None and _GENERIC_AIM_VERB.match(object_text, link.end()) is not None


def _object_of_previous(sentence: str, previous: _CueHit, start: int) -> bool:
    between = sentence[previous.end:start]
    if re.search(r"\b(?:proclamation|order)\s*$", between, re.IGNORECASE):
        return False  # "signed a Proclamation imposing a duty": the participle is the measure
    # (round 14: not across a time or cause clause, "Shares fell after Washington raised duties on ...")
    return len(between.split()) <= 2 and re.search(
        r"[,;:()]|\b(?:and|or|but|while|to|after|before|since|when|because|until|once|as|though|although)\b", between) is None


# a procedure set up for others' requests ("a process through which producers can ask that ...",
# "a mechanism under which importers may apply for exclusions from ..."), to the clause's end
_PROCEDURE_OBJECT = re.compile(
    r"\s*(?:(?:an?|the|its|their|a\s+new)\s+)?(?:[\w-]+\s+){0,2}?(?:process|procedure|mechanism|portal|channel|system)\s+"
    r"(?:through|under|by|in|with)\s+which\s+[^.;]{1,80}?\b(?:can|may|could|will\s+be\s+able\s+to)\s+"
    r"(?:ask|request|apply|petition|seek|submit|file)\b(?:(?!,\s+(?:and|but|while)\s)[^.;])*")
# a plan or proposal dropped: what it planned is the measure ("scrapped a plan to raise duties")
_PLAN_OBJECT = re.compile(r"\s+(?:(?:an?|the|its|his|their)\s+)?(?:[\w-]+\s+)?(?:plans?|proposals?|decision|move)\s+to\s+")
# goods under a measure already, then left out of the new one (a scope line)
_ALREADY_UNDER = re.compile(r"\balready\s+(?:subject\s+to|covered\s+by|fac(?:e|es|ing)|pay(?:s|ing)?|dutiable\s+under)\b")
_LEFT_OUT_OF = re.compile(r"\b(?:are|is|will|shall)\s+not\s+(?:be\s+)?(?:covered|subject|charged|included|affected)\b"
                          r"|\b(?:excluded|exempt(?:ed)?|carved\s+out)\s+from\b|\bdo\s+not\s+stack\b")
# a condition that is the other side's response ("Should X respond to this order by", "if they retaliate by")
_RESPONSE_CONDITION = re.compile(r"\b(?:[Ss]hould|[Ii]f|[Ii]n\s+the\s+event\s+that|[Ww]here|[Ww]hen)\s+[^,;]{2,100}?\b(?:respond|responds|retaliate|retaliates|"
                                 r"react|reacts)\b[^,;]{0,80}?\bby\s+(?:further\s+|also\s+)?$")
# a finding on a partner's conduct: "the policies and actions of X, which <conduct>, pose a threat"
_FINDING_OF_CONDUCT = re.compile(
    r"\b(?:policies|practices|actions|conduct|measures|behavior|behaviour)\b[^.;]{0,160}?,\s+(?:which|that)\s+(?P<clause>[^.;]{5,240}?),\s+"
    r"(?:pose|poses|posed|constitute|constitutes|constituted|amount\s+to|amounts\s+to|represent|represents|create|creates)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:threats?|emergency|burden)\b")
# the previous verb's object, then a relative clause ending in this cue ("the duties that section 2(a)
# of this order removes"), nothing of its own after it but a time or a full stop
_RELATIVE_ON_PREVIOUS_OBJECT = re.compile(r"\s+(?:(?:the|its|their|those|these|all|any)\s+)?(?:(?!(?:and|or|but|said|says)\s)[\w.%$’'-]+\s+){0,5}?(?:that|which)\s+"
                                          r"(?:[\w.()’'-]+\s+){1,8}?(?:(?:had|has|have|was|were)\s+)?")
# (round 21) the measure, then a clause of its own with no "that" (a pronoun or a name for its subject), then
# the measure's own goods: "the ban it has applied since 2019 | on imports of", "the tax it charges | on imports"
_CONTACT_RELATIVE = re.compile(
    r"\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:bans?|prohibitions?|embargo(?:es)?|tax(?:es)?|tariffs?|dut(?:y|ies)|"
    r"levy|levies|fees?|restrictions?|quotas?|surcharges?|surtax(?:es)?)\s+(?:(?:that|which)\s+)?(?:it|they|we|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+"
    r"(?:(?:has|have|had|currently|still|now|long|first)\s+)*")
_CONTACT_RELATIVE_END = re.compile(
    r"(?:\s+(?:since|in|from)\s+\w+(?:\s+\d{4})?)?\s+(?:on|against|to)\s|\s*(?:[.;,)]|$)")
_NOTHING_AFTER_CUE = re.compile(r"\s*(?:(?:in|on|last|this|earlier)\s+[\w.]+(?:\s+\d{4})?)?\s*(?:[.;,)]|$)")
# "keep faith with", "keep pace with", "kept track of": idioms, no measure kept
_KEEP_IDIOM = re.compile(r"\s+(?:faith|pace|track|an\s+eye|in\s+mind|in\s+touch|quiet|calm|busy|going|silent|(?:his|her|its|their|our)\s+(?:word|promises?|distance|options\s+open))\b")
_PREVIOUS_WORD = re.compile(r"([\w'’-]+)[^\w]*$")
_WORD_PUNCTUATION = "'’-"  # joined into a word with its letters: "China's", "U.S.-made"
_WORD_PUNCTUATION_OR_UNDERSCORE = _WORD_PUNCTUATION + "_"


# Speed (round 15): _previous_word's reading as one match on the sentence reversed (the
# character loops below cost ~165 bytecodes a call): from ``start`` back, what is no word
# character, then the word (with the "'’-" right after it, which the word keeps)
_PREVIOUS_WORD_REVERSED = re.compile(r"\W*?([’'-]*)(\w[\w'’-]*)")
_LAST_REVERSED: tuple[str, str] = ("", "")  # the sentence last reversed, and its reversal


def _previous_word(sentence: str, start: int) -> tuple[str, int]:
    """The word before ``start`` (lower-cased) and where it starts; ("", -1) when none."""
    global _LAST_REVERSED
    if 0 <= start <= len(sentence):
        last = _LAST_REVERSED
        if last[0] is sentence:
            backwards = last[1]
        else:
            backwards = sentence[::-1]
            _LAST_REVERSED = (sentence, backwards)
        match = _PREVIOUS_WORD_REVERSED.match(backwards, len(sentence) - start)
        if match is not None:
            return backwards[match.start(1):match.end(2)][::-1].lower(), len(sentence) - match.end(2)
    return _previous_word_by_loops(sentence, start)


def _previous_word_by_loops(sentence: str, start: int) -> tuple[str, int]:
    # what _PREVIOUS_WORD.search(sentence[:start]) finds, read backwards from ``start``:
    # the regex alone retries from every position of a long sentence
    # (the \w test written out in the loops, not called per character: speed)
    last = start - 1 if 0 <= start <= len(sentence) else -1
    while last >= 0 and not (sentence[last].isalnum() or sentence[last] == "_"):
        last -= 1
    if last < 0:  # no letter or digit before: only the regex's own reading will do
        match = _PREVIOUS_WORD.search(sentence[:start])
        return (match.group(1).lower(), match.start(1)) if match else ("", -1)
    first = last
    while first > 0 and (sentence[first - 1].isalnum() or sentence[first - 1] in _WORD_PUNCTUATION_OR_UNDERSCORE):
        first -= 1
    end = last + 1
    while end < start and sentence[end] in _WORD_PUNCTUATION:
        end += 1
    return sentence[first:end].lower(), first


def _intransitive_verb(sentence: str, start: int) -> bool:
    """'the current tariff remains in effect': a measure as subject is the usual case."""
    word, _ = _previous_word(sentence, start)
    if word == "that" and _MEASURE_THAT.search(sentence, max(0, start - 60), start):
        return True  # "a 25% tariff that took effect on Aug. 7": the measure is the relative's subject
    return bool(word) and word not in _NOUN_LEADS - {"tariff", "tariffs", "duty", "rate"} and word not in _SUBJECT_PRONOUNS


# a footnote marker after a clause's comma or semicolon ("products,[7] ensuring", "goods;[3] and")
_FOOTNOTE_AFTER_BOUNDARY = re.compile(r"[,;:]\s*\[\d{1,3}\]\s*$")
_MEASURE_THAT = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)\b(?:[\"”’']?\s+(?:on|for)\s+[\w\s.-]{1,30}?)?[\"”’']?\s+that\s+$", re.IGNORECASE)


def _is_governing_verb(sentence: str, start: int, form: str, mention_ends: set[int]) -> bool:
    """Whether this cue form heads a clause here (a verb), not a noun or a relative clause."""
    if form.startswith("the "):
        # "including through the removal of X; the elimination of Y; and the adoption of Z",
        # "(ii) the removal of the rates": an action noun heading an item of a list of means
        # (not "might result in the elimination of", "with regard to the elimination of")
        # (round 12) "Indian lawmakers approved the removal of tariffs on U.S. almonds": a step
        # taken on the measure the noun names
        return _ACTION_NOUN_ITEM.search(sentence, max(0, start - 30), start) is not None \
            or _APPROVED_BEFORE.search(sentence, max(0, start - 30), start) is not None \
            or _DEMAND_FOR_BEFORE.search(sentence, max(0, start - 30), start) is not None
    if form in ("lower", "higher") and sentence.startswith(" than ", start + len(form)):
        return False  # (round 12) "the 15% rate, while lower than the 30% threatened": a comparison
    if form.lower() in _MODIFIER_FORMS and _NOUN_MODIFIER.match(sentence, start + len(form)):
        return False  # "a 10% import duty", "purchase commitments": a noun modifier
    if form == "spent" and _SPENT_FUEL.match(sentence, start + len(form)):
        return False  # "spent fuel reprocessing": the adjective, not money spent
    if form == "scrap" and _SCRAP_MATERIAL.match(sentence, start + len(form)):
        return False  # "made from recycled scrap metal", "scrap steel exports": the material, not a measure scrapped
    if form[:1].isupper():
        if _FINITE_VERB_AFTER.match(sentence, start + len(form)):
            return False  # "Cooperation on standards plays a crucial role": the noun is a subject
        if start == _first_word_start(sentence):
            return True  # bullet opening "Purchase of 30 aircraft"
        if form.endswith("ing") and _QUOTE_OPENS_BEFORE.search(sentence, max(0, start - 4), start) is not None:
            # (round 12) a round-up's quote opening on a gerund ("Jane Doe: “Slashing X's duty on
            # pork from 15 to 5 percent puts ...", 'said: "Cutting the tariff to zero helps"'): the
            # quote's first word, as a sentence's
            return True
        # (round 12) a bullet's title-case topic label before the verb ("Pork: Lower its tariff
        # on U.S. pork ...", "Digital Trade: Refrain from imposing ..."), under "X has committed to:"
        label = _ITEM_TOPIC_LABEL.match(sentence, 0, start + 1)
        return label is not None and label.end() == start
    if _LISTED_NOUN.search(sentence, max(0, start - 2), start) and (
            (form.lower().endswith(("s", "ing")) and _LIST_CONTINUES.match(sentence, start + len(form)))
            or _OTHER_FOLLOWS.match(sentence, start + len(form))):
        return False  # "procedures, fees, licensing, or other conditions": a list of nouns
    if _PARENTHETICAL.search(sentence, max(0, start - 20), start):
        return False  # "labor practices (including addressing forced labor)": part of the object before it
    if form.endswith("ing") and "ooperat" in sentence[max(0, start - 120):start] \
            and _LAST_ITEM_OF_COOPERATION.search(sentence, max(0, start - 120), start):
        # (round 13) "cooperation on export controls, investment security, and combatting duty
        # evasion": the last item of what the cooperation covers, not a measure of its own
        return False
    word, word_start = _previous_word(sentence, start)
    if not word:
        return True
    if word not in _DETERMINERS and form[:2].lower() in _PAY_RATE_OPENINGS and _lexicon().forms[form].lemma == "pay_rate":
        return True  # (round 15) "Vietnamese shoes are charged a 25% duty", "shirts now attract a 20% duty": the goods pay
    if word.endswith(_AUXILIARY_CONTRACTIONS):
        return True  # "we'll lower tariffs", "they've agreed", "we're going to": remarks and quotes
    if form.lower() == "license" and word in _LICENSE_KINDS:
        return False  # "extend a temporary general license": the licence, not licensing
    if word == "without" and not form.lower().endswith("ing"):
        return False  # "remove the tariffs without delay", "without restriction": a noun after a preposition
    if form.lower() in ("scrap", "scraps") and word in _SCRAP_MATERIALS:
        return False  # "copper scrap", "tin scrap": the material, not scrapping a measure
    if word in ("in", "into", "first", "take", "takes", "took", "taking") and form.lower() in ("place", "places"):
        return False  # "keeping a separate 20% duty in place", "take place": the noun
    if _RATE_BEFORE.search(sentence, max(0, start - 12), start):
        return False  # "a 25 per cent levy", "a 10% duty": a rate names a noun
    if sentence[:start].rstrip().endswith((",", ";", ":", "(", ")", " as well as")):
        return True
    if "]" in sentence[max(0, start - 3):start] and _FOOTNOTE_AFTER_BOUNDARY.search(sentence, max(0, start - 12), start):
        return True  # (round 11) "... U.S. digital products,[7] ensuring ...": a footnote marker is no word
    if form.endswith("ing") and sentence[:start].rstrip().endswith(", such as"):
        return True  # "address a range of barriers, such as exempting U.S. goods from ...": examples that are measures
    if form.endswith("ing") and word == "on" and sentence[:start].rstrip().endswith(", including on"):
        return True  # (round 11) "strengthen their cooperation on X, including on addressing Y": an example that is a measure
    if word == "to":
        if sentence[max(0, word_start - 14):word_start].lower().endswith(_PURPOSE_LEADS):
            # "criteria used in order to recognize a standard", "explore mechanisms ... with a view
            # to facilitating transfers of data": a purpose, not a pledge
            return False
        return _infinitive_is_the_commitment(sentence, word_start, mention_ends)
    if _as_aside(sentence, start, form, word):
        return False  # "The 10% rate, as originally announced in April, is in effect": an aside
    if word.endswith("ly") and _PAST_FORM.search(form.lower()) and (
            word in _ADJECTIVE_MAKING_ADVERBS or _previous_word(sentence, word_start)[0] in _ADVERB_ADJECTIVE_LEADS):
        # "protection of internationally recognized labor rights": a participle as adjective; (round 15) so
        # after an aside ("shall protect, in its laws and in practice, internationally recognized labor rights")
        return False
    if word in ("more", "most", "less") and (_PAST_FORM.search(form.lower()) or form.lower() in _IRREGULAR_PAST):
        return False  # "greater and more streamlined market access": a participle as adjective
    if word in ("and", "or") and form.endswith("ing") and sentence.startswith(" of ", start + len(form)) \
            and _previous_word(sentence, word_start)[0].endswith(_ACTION_NOUN_ENDINGS):
        return False  # "the continued implementation and strengthening of the tariff programs": a noun
    if word in _VERB_LEADS or word.endswith("ly"):
        return True
    if word in _PRONOUN_SUBJECTS and (_PRONOUN_TO_RATE.match(sentence, start + len(form))
                                      or _TARIFF_TO_RATE.match(sentence, start + len(form))):
        # (round 16) "in August he raised them to 50%", "then they cut tariffs on X to 10 percent", "a month later it
        # raised them to 25 per cent": a pronoun subject moving a rate to a stated level (not "the tariff he imposed",
        # "meaning they are now subject to", where the pronoun heads no pledge)
        return True
    if word in _PRONOUN_SUBJECTS and _controls_object(sentence, start, form):
        return True  # (round 24) "in April 2025 it placed seven rare earths under similar controls"
    if word == "out" and form.endswith("ing") and _RULED_OUT_BEFORE.search(sentence, max(0, start - 14), start):
        return True  # (round 14) "ruled out lowering tariffs on cars": the measure refused (status rejected)
    if word == "of" and form.endswith("ing") and _NO_INTENTION_BEFORE.search(sentence, max(0, start - 24), start):
        return True  # (round 15) "has no intention of lifting its ban": the measure refused (status rejected)
    if _actor_just_before(sentence, start, mention_ends):
        return True  # "Beijing resumes", "President Trump imposed", "the US side suspends"
    if sentence[max(0, start - 20):start].rstrip().endswith(_GROUP_NOUNS) and _BOTH_PARTIES.search(
        sentence[max(0, start - 40):start].rstrip() + " "
    ):
        return True  # "the two countries eliminated tariffs": the parties, not a noun phrase
    if word in ("that", "which") and form.endswith("s") and not form.endswith("ss") \
            and _DEAL_THEN_RELATIVE.search(sentence, max(0, word_start - 24), word_start):
        # "in a deal that lowers U.S. duties on Japanese cars to 15%", "the pact, which cuts ...":
        # the deal's term in a relative clause (without a figure it is what the deal is said to
        # achieve, dropped in _cue_commitments)
        return True
    if word in ("that", "which") and form.endswith("s") and not form.endswith("ss") \
            and _SIGNED_INSTRUMENT_THEN_RELATIVE.search(sentence, max(0, word_start - 60), word_start):
        # (round 24, of2) "signed a Proclamation that levies a 25% tariff on X, 15% on Y": the signed instrument's
        # measure, as "The Proclamation levies ..." (the instrument for its signer)
        return True
    if word in _DEAL_NOUNS and form.lower() in _DEAL_PAST_TERMS and _DEAL_PAST_SUBJECT.search(sentence, 0, start):
        return True  # (round 15) "Its May 2025 framework kept the 10 per cent baseline duty", "a November deal cut it"
    if word in _NOUN_LEADS:
        return False
    if sentence.find("-", word_start, word_start + len(word)) >= 0 \
            and _COMPOUND_MODIFIER.fullmatch(sentence, word_start, word_start + len(word)):
        # (round 24) "do away with its 30.6% anti-dumping levy", "halve its 30 pct anti-dumping levy", "the
        # fentanyl-related levy": a hyphenated modifier in lower case (no plural noun) makes the form its noun
        return False
    if word in _DEAL_NOUNS and form.endswith("s") and not form.endswith("ss") and _DEAL_SUBJECT.search(sentence, 0, start):
        return True  # "The agreement caps the tariff on EU cars at 15%"
    if form.lower().endswith("ing") and _ORDER_THEN_TIME.search(sentence, max(0, start - 60), start) \
            and _lexicon().forms[form].action in _ORDER_ACTIONS:
        return True  # "signed an executive order on Monday raising tariffs"
    if word in _INSTRUMENTS and form.endswith("s"):
        return True  # "The proclamation imposes a 25% tariff"
    if word in ("proclamation", "order") and form.lower().endswith("ing") and _lexicon().forms[form].action in _ORDER_ACTIONS:
        return True  # "signed a Proclamation imposing a duty" (not "the rule extending ...")
    if form.endswith("ing") and word in _ENACTED_TEXTS and _lexicon().forms[form].action in _ORDER_ACTIONS \
            and _PASSED_TEXT_BEFORE.search(sentence, max(0, start - 70), start):
        # (round 12) "the European Parliament approved a regulation scrapping tariffs on U.S. goods",
        # "lawmakers passed a bill cutting duties on X": a legislature's step on the measure
        return True
    if word in ("proclamation", "order") and form.lower() == "adding" and _ADDED_TO_TARIFF.match(sentence, start + len(form)):
        return True  # "issued a proclamation adding copper to the Section 232 tariffs"
    if word in ("proclamation", "order") and form.lower().startswith("implementing") \
            and _RATED_TARIFF_NEXT.match(sentence, start + len(form)):
        return True  # "signed an Executive Order implementing an additional 40% tariff"
    if word in _SUBJECT_PRONOUNS:
        return _pronoun_starts_clause(sentence, word_start)
    lower = form.lower()
    if lower.endswith("ing"):
        return False  # "the rule extending export restrictions": a participle after a noun
    if lower.endswith("s") and not lower.endswith("ss"):
        return False  # "tariff cuts", "export curbs"
    if _PAST_FORM.search(lower) or lower in _IRREGULAR_PAST:
        if word in ("with", "a", "an", "the", "under") and _lexicon().forms[form].lemma == "modify_tariff":
            return False  # "with modified reciprocal tariff treatment": a participle as adjective
        if word in _DEAL_NOUNS:
            return False  # "under a deal announced on Wednesday": a participle describing the deal
        if word in _ADJECTIVE_LEADS and _MEASURE_NOUN_NEXT.match(sentence, start + len(form)):
            return False  # "the average applied tariff": a participle as adjective
        if word in _CHARGE_NOUNS:
            return False  # "a fee imposed on imports", "an internal tax imposed consistently with": what the charge is
        # "duties imposed on China": a participle after a noun
        return not re.search(r"[a-z]s$", word) or word in ("has", "was", "is", "its", "this")
    return True


# Endings of action nouns: a gerund joined to one by "and"/"or" and followed by "of" is a noun too
# ("the implementation and strengthening of", "the enforcement and lifting of")
_ACTION_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "al")


_AS_ASIDE = re.compile(r",\s*as\s+(?:(?:\w+ly|first|already|earlier)\s+)?$", re.IGNORECASE)


def _as_aside(sentence: str, start: int, form: str, word: str) -> bool:
    """A past participle in an ", as (originally) announced ...," aside, not a verb."""
    if word != "as" and not word.endswith("ly") and word not in ("first", "already", "earlier"):
        return False  # cheap test first: the aside needs "as" or its adverb right before
    lower = form.lower()
    return bool(_PAST_FORM.search(lower) or lower in _IRREGULAR_PAST) \
        and _AS_ASIDE.search(sentence, max(0, start - 30), start) is not None
# Words before "to" that make the next verb the commitment ("agreed to cut"), as
# opposed to a purpose clause ("the tariff imposed to address fentanyl").
_INFINITIVE_HEADS = frozenset(
    """agreed agree agrees plans plan planned intends intend intended committed commit commits
    pledged pledge pledges promised promise promises continue continues continued decided decides
    expected expects going able has have had want wants is are was were threatened threatens
    threaten would will seeks seek sought aims aim move moves moved voted vowed vows ready prepared
    begin began start started hopes hope also agreement commitment deal effort efforts proposed
    proposes propose offered offers offer announced announces undertakes undertake undertook need
    needs needed must shall likely set due order pledging committing promising agreeing planning
    seeking vowing aiming refused refuses refuse refusing declined declines decline intention intentions intent
    recommitted recommits recommit""".split()
)
# (round 15) "is authorized to", "are hereby directed to", "shall be instructed to": an order's delegation
_DELEGATED_HEADS = frozenset({"authorized", "authorised", "directed", "instructed", "empowered"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})
_EXAMPLE_OF_PREVIOUS = re.compile(
    r",\s+(?:including|such as)\s+(?:by\s+)?(?:\w+ly\s+)?(?:taking\s+(?:measures|steps|actions?)\s+to\s+)?$", re.IGNORECASE)
_MEASURE_RELATIVE = re.compile(
    r"\b(?:procedures|practices|requirements|regulations|policies|barriers|regimes)\s+that\s+(?:[\w-]+\s+){1,6}?(?:[\w.-]+\s+)*?[\w.-]+,\s+(?:or|and)\s+$")
_SUCH_AS = re.compile(r",?\s+such as\s+$", re.IGNORECASE)
# a measure already named, passive in a time clause ("since the levy was imposed", "after the duties
# were first introduced", "until it was levied")
_TIME_BACK_REFERENCE = re.compile(
    r"\b(?:since|after|before|until|when)\s+(?:(?:the|that|this|those|these|its|their)(?:\s+[\w’'-]+){1,3}?|it|they)\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:first\s+|originally\s+|initially\s+)?$", re.IGNORECASE)
_MAY_BE = re.compile(r"\b(?:that|which)\s+(?:may|might|could)\s+(?:be\s+)?$", re.IGNORECASE)
_ACCEPTED_RATE = re.compile(
    r"\s*(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+)?(?:(?:\d+(?:\.\d+)?|zero)\s*(?:%|per ?cent|percent)"
    r"|(?:zero|no)\s+(?:[\w-]+\s+)?tariffs?\b|(?:tariffs?|dut(?:y|ies)|levy|rate)\b)", re.IGNORECASE)
_ENDED_MEASURE = re.compile(r"\s*(?:its|their|the|all)\s+(?:[\w-]+\s+){0,3}?(?:investigations?|probes?|inquir(?:y|ies)|reviews?|bans?|restrictions?|curbs?|sanctions?|tariffs?|measures|countermeasures)\b", re.IGNORECASE)
_PLEDGE_AS_TOPIC = re.compile(r"\W*(?:(?:the|its|their|[A-Z][\w.]*['’]s)\s+)?(?:[\w-]+\s+)?(?:promises?|pledges?|commitments?|plans?|vows?)\s+to\s+$", re.IGNORECASE)
_VERDICT_AFTER = re.compile(r"\b(?:fell|fall|falls|failed|fails|proved|were|was|went|came|have been|has been|remain|remained)\b")
_SHORT_OF = re.compile(r"\s*short\s+of\b")
_STOPPED_ACT = re.compile(r"\s*(?!(?:importing|exporting|selling|shipping|buying|purchasing|sending|supplying)\b)[a-z]+ing\b")
_ENDED_LEVY = re.compile(r"\s*(?:imposing|levying|applying|charging|collecting)\b", re.IGNORECASE)
# "stop the flood of illegal aliens and drugs into the United States", "stopping the flow of deadly
# drugs across our southern border", "restrict the entry into the United States of certain H-1B
# aliens": people and illicit drugs kept out at the border are no trade measure (convention 1; a
# country's pledge on fentanyl or its precursors is drug enforcement and named so)
_BORDER_FLOW = re.compile(
    # ("curb the cartel activity and influx of lethal drugs": a conjunct before the flow)
    r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:activity|crime|violence|trafficking)\s+and\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:flood|influx|flow|surge|invasion)\s+of\s+(?:[\w-]+\s+){0,2}?(?:aliens|migrants|immigrants|drugs|narcotics)\b"
    r"|\s*the\s+entry\s+(?:into\s+the\s+United\s+States\s+)?of\s+(?:certain\s+)?(?:[\w-]+\s+){0,2}?(?:aliens|nationals|migrants|immigrants|workers)\b",
    re.IGNORECASE)
# (also after a round-up quote's label: 'Dairy Council: “The agreement lowers ...')
_DEAL_SUBJECT = re.compile(r"(?:^|:\s+[“\"])\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|pact|accord|arrangement)\s+$", re.IGNORECASE)
_ORDER_THEN_TIME = re.compile(
    r"\b(?:proclamation|order)s?\s+(?:on \w+day|today|yesterday|late on \w+day|this week|last week)\s+$", re.IGNORECASE)
_PAY_RATE_OPENINGS = ("ar", "is", "wa", "we", "at", "in", "no", "wi", "wo")  # are/is/was/were charged or assessed, attract a, now carry, will incur
# (round 15) a deal's terms told in the past in analyses: the deal as the subject of a past verb
_DEAL_PAST_TERMS = frozenset({"kept", "cut", "set", "lowered", "raised", "capped", "slashed", "halved", "left", "brought",
                              "brought down", "extended", "trimmed", "reduced", "removed", "eliminated", "scrapped"})
# (round 22: also after "until"/"since": "which battered watchmakers until a November agreement brought the rate down")
_DEAL_PAST_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:before|after|when|while|and|until|since)\s+)\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]n?|"
                                r"[A-Z][\w.]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|framework|pact|accord|arrangement)\s+$")
_DEAL_NOUNS = frozenset({"deal", "agreement", "framework", "pact", "truce", "accord", "arrangement"})
# a deal noun right before a relative pronoun ("a deal that", "the pact, which")
_SIGNED_INSTRUMENT_THEN_RELATIVE = re.compile(
    r"\bsigned\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:Executive\s+Order|Proclamation|Memorandum)\s*,?\s+$")
_DEAL_THEN_RELATIVE = re.compile(r"\b(?:deal|agreement|framework|pact|truce|accord|arrangement),?\s+$", re.IGNORECASE)
# A capitalised noun form ("Cooperation on X") followed by a finite verb within a few words.
# an opening quotation mark after a speaker's label or a speech verb ("Doe: “", 'said, "'; not a
# data record's '"title": "')
_QUOTE_OPENS_BEFORE = re.compile(r"(?:^|[\w.)][:,]\s*)[“\"]$")
_FINITE_VERB_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,4}?(?:plays?|is|are|remains?|has|have|was|were)\b")
# A form inside a comma list ("fees, licensing, or other conditions"): after ", " and before ", " / " and" / " or".
_LISTED_NOUN = re.compile(r",\s$")
_LIST_CONTINUES = re.compile(r",\s|\s(?:and|or)\s+(?:other|any|all)\b")
_OTHER_FOLLOWS = re.compile(r",?\s+(?:and|or)\s+other\b")  # "a quota, fee, charge, or other import restriction"
_PARENTHETICAL = re.compile(r"\((?:including|such as|e\.g\.,?|for example,?)\s+$", re.IGNORECASE)
# the noun items a cooperation covers, ending in ", and" before a gerund: "cooperate on export controls,
# investment security, and (combatting ...)" (two items at least: "cooperating on X, and sharing Y" is two
# steps; an item opening with a gerund is a step of its own)
_LAST_ITEM_OF_COOPERATION = re.compile(
    r"\b[Cc]ooperat(?:e|es|ing|ion)\s+on\s+(?!\w+ing\b)[^,;:()]{2,50},\s+(?:(?!\w+ing\b)[^,;:()]{2,50},\s+)+and\s+$")
_RATE_BEFORE = re.compile(r"(?:\d%|\bper ?cent|\bpercent|\bpct)\s+$", re.IGNORECASE)
_GROUP_NOUNS = ("sides", "parties", "countries", "nations", "governments", "delegations")
# What an order or proclamation does to a tariff when told as a participle after it.
_ORDER_ACTIONS = frozenset({"impose", "raise", "reduce", "remove", "suspend"})
# Forms that double as nouns before a measure noun ("import duty", "purchase commitments").
# (round 20) the noun a relative clause of pledging hangs on, its quantity first: "the 20 million tonnes a year
# it pledged to buy", "the $200 billion of goods China promised to buy"
_PLEDGED_QUANTITY_BEFORE = re.compile(
    r"\b(?:the|its|their)\s+(?P<q>[^,;:]{1,40}?)\s+(?:(?:a|per)\s+year\s+|annually\s+|of\s+[\w\s.-]{1,30}?)?(?:that\s+|which\s+)?"
    r"(?:it|they|he|she|(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?))\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:pledged|promised|agreed|committed|vowed|undertook|offered)\s+to\s+$", re.IGNORECASE)
_MODIFIER_FORMS = frozenset({"import", "purchase", "export", "license", "licensing", "ban"})
# What opens an item of a list of means before an action noun ("through", "including", ";", "(ii)").
_ACTION_NOUN_ITEM = re.compile(r"(?:\bthrough|\bincluding|;(?:\s+and)?|\(\s*(?:[ivx]{1,4}|\d{1,2}|[a-h])\s*\))\s*$")
# Phrases that make the "to" after them a purpose ("in order to", "with a view to", "so as to").
_PURPOSE_LEADS = ("in order ", "with a view ", "with the aim ", "so as ")
_PURPOSE_AFTER = re.compile(r"\s*to\s+[a-z]+\b")
_HELD_TALKS = re.compile(r"\b(?:hold|holds|holding|held)\s+(?:[\w-]+\s+)?(?:consultations|talks|discussions)\s+$", re.IGNORECASE)
_LICENSE_KINDS = frozenset({"general", "temporary", "specific", "individual", "export", "import", "special"})
_SPENT_FUEL = re.compile(r"\s+(?:nuclear\s+)?fuel\b", re.IGNORECASE)
_SCRAP_MATERIAL = re.compile(r"\s+(?:metals?|steel|iron|copper|alumin(?:i)?um|brass|paper|yards?|dealers?|prices?|exports?|imports?)\b",
                             re.IGNORECASE)
_NOUN_MODIFIER = re.compile(
    r"\s+(?:dut(?:y|ies)|tariffs?|taxe?s?|licen[cs]es?|licensing|bans?|quotas?|restrictions?|declarations?|"
    r"volumes?|data|values?|commitments?|agreements?|orders?|requirements?|prices?|prohibitions?|"
    # (round 12) the paperwork of entry: "awaiting import clearances", "import permit rules"
    r"permits?|clearances?|certificates?|certification|approvals?|procedures?|regimes?|barriers?|inspections?|"
    r"checks|formalities)\b",
    re.IGNORECASE,
)
_ADVERB_ADJECTIVE_LEADS = frozenset({"of", "the", "a", "an", "for", "with", "to", "on", "in", "and", "under"})
# (round 15) adverbs that make a participle an adjective wherever they stand ("internationally recognized
# labor rights", "widely accepted standards"); not "mutually", which also heads a verb ("mutually recognized")
_ADJECTIVE_MAKING_ADVERBS = frozenset({"internationally", "widely", "generally", "commonly", "universally", "globally"})
# Round 11 precision: a charge named in the singular is no agent of a levy verb; the past form after
# it describes the charge ("any duty or charge of any kind imposed on importation", "a fee imposed in
# connection with importation", "an internal tax imposed consistently with GATT Article III")
_CHARGE_NOUNS = frozenset({"tax", "fee", "charge", "levy", "surcharge", "surtax", "kind"})
# (round 24) a hyphenated modifier in lower case, not a plural noun ("anti-dumping", "fentanyl-related",
# "tit-for-tat"): the form after it is a noun ("its anti-dumping levy"), not a verb with a subject
_COMPOUND_MODIFIER = re.compile(r"[a-z]+(?:-[a-z]+)+(?<!s)")
_ADJECTIVE_LEADS = frozenset({"average", "simple", "weighted", "current", "existing", "new", "additional", "overall"})
_MEASURE_NOUN_NEXT = re.compile(r"\s+(?:agricultural\s+|ad valorem\s+)?(?:tariffs?|dut(?:y|ies)|rates?|levies|levy)\b", re.IGNORECASE)
# (round 14: "The bill also sets duties of 10% to 35%", "The law raises import duties": a passed text)
_INSTRUMENTS = frozenset({"proclamation", "order", "memorandum", "rule", "regulation", "decree", "bill", "law", "legislation"})
# a text a legislature or government passes, and passing it ("approved a regulation", "passed two bills")
# (round 14, news) a demand on the owner of a measure: "Tokyo will press for the removal of the U.S.
# tariff", "is seeking the elimination of U.S. duties" (the owner's row, proposed: guide, News set)
_DEMAND_FOR_BEFORE = re.compile(r"\b(?:(?:press|push|call|lobby|lobbie|ask|argue|campaign)(?:es|ed|ing|s|d)?\s+for|"
                            r"(?:seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)))\s+$", re.IGNORECASE)
_DEMANDED_REMOVAL = re.compile(_DEMAND_FOR_BEFORE.pattern[:-len(r"\s+$")] + r"\s+the\s+(?:removal|elimination|lifting|repeal|abolition)\s+of\s*$",
                               re.IGNORECASE)
_APPROVED_BEFORE = re.compile(r"\b(?:approved|approves|ratified|ratifies|backed|endorsed|endorses|voted\s+for|votes\s+for)\s+$")
_ENACTED_TEXTS = frozenset({"regulation", "regulations", "bill", "bills", "law", "laws", "legislation", "decree",
                            "resolution", "measure", "measures", "amendment"})
_PASSED_TEXT_BEFORE = re.compile(r"\b(?:approved|approves|approve|passed|passes|pass|adopted|adopts|adopt|enacted|enacts|"
                                 r"ratified|ratifies|backed|backs|endorsed|endorses)\s+(?:(?:a|an|the|two|three|its|their|new)\s+)?"
                                 r"(?:[\w-]+\s+){0,2}?[a-z]+\s+$")
# "an offset to a portion of tariffs", "an equivalent offset program": a tariff reduction whose
# size is a share of a vehicle's value, not a rate (guide rule 24)
_OFFSET = re.compile(r"\boffsets?\b", re.IGNORECASE)
_ADDED_TO_TARIFF = re.compile(
    r"\s*(?:[\w,.-]+\s+){1,8}?to\s+(?:the\s+)?(?:list\s+of\s+[\w\s-]{0,40}?subject\s+to\s+(?:the\s+)?)?"
    r"(?:Section\s+232\s+|reciprocal\s+|[\w-]+\s+)?(?:tariffs?|duties)\b", re.IGNORECASE)
_INSTRUMENT_THEN_BY = re.compile(
    r"\W*(?:The|This|Today['’]s)\s+(?:Proclamation|Executive Order|Order|Memorandum)\s+[^,;]*\bby\s*$", re.IGNORECASE)
# "an additional 40% tariff" right after a verb: the verb sets that rate
_RATED_TARIFF_NEXT = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies))\b",
    re.IGNORECASE)
# Words before a pronoun that show the pronoun opens a new clause ("..., and it will cut").
_CLAUSE_OPENERS = frozenset(
    """and but that which while as because so if when after before since although though said
    says where whereas also then""".split()
)


# (round 12: the agent may be named with its country, "the actions taken by the Government of Japan to implement")
_AGENT_BEFORE = re.compile(r"\b(?:taken|adopted|imposed|implemented|introduced|made|undertaken)\s+by\s+(?:the\s+)?[\w.’'-]+"
                           r"(?:\s+[\w.’'-]+)?(?:\s+of\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+)?)?\s+$",
                           re.IGNORECASE)
_DETERMINERS = frozenset({"the", "all", "necessary", "these", "those", "its", "their", "such", "any", "new"})


def _talks_for_no_measure(sentence: str, hit: _CueHit, purpose: _CueHit) -> bool:
    """Talks named by their own form whose purpose verb names no measure ("agreed to begin
    negotiations to address the concerns identified in Executive Order 14323"): the talks are the
    row (convention 19); with a measure named ("to reduce tariffs") the purpose verb speaks."""
    return hit.cue.action == "negotiate" and " " in hit.form and _category_of_form(hit.form) == "diplomatic" \
        and not _object_categories(sentence[purpose.end:purpose.end + 160])


# (round 14) "continue negotiations over the tariffs still in force", "hold talks on steel tariffs",
# "talks about a quota for copper": the talks' subject right after the noun (convention 19)
# (round 15) also talks toward an instrument on the subject, and talks with a partner on it: "continue
# negotiations toward a bilateral investment treaty", "continue consultations with X concerning the treatment of"
_TOPIC_AFTER = re.compile(r"\s*(?:with\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+)?"
                          r"(?:on|over|about|regarding|concerning|towards?|for)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                          r"(?!(?:(?:the|a|an|its|their)\s+)?(?:details|terms|text|agreement|deal|framework|implementation|next steps|trade and investment|remaining|outstanding)\b)", re.IGNORECASE)


def _talks_for_measure(form: str, object_text: str) -> bool:
    """Talks held to act on a named measure ("hold consultations to address barriers to U.S.
    farm goods") or held on one ("continue negotiations over the tariffs"): the measure, not
    the talks, gives the category."""
    return (_PURPOSE_AFTER.match(object_text) is not None or _TOPIC_AFTER.match(object_text) is not None) \
        and _category_of_form(form) == "diplomatic" and any(c != "diplomatic" for c in _object_categories(object_text))


def _category_of_form(form: str) -> str | None:
    found = _first_object(form)
    return _lexicon().object_categories[found.lastgroup] if found else None


# a measure and what it falls on, right before an infinitive: "20% tariffs on China (to address
# ...)", "duties on certain goods (to protect ...)"
# goods kept entering or coming in free of duty: "American lobster entering the bloc duty-free"
# (round 15: or kept so with no verb of entry, "keep U.S. wheat duty-free", "keeps American machinery tariff-free")
_KEPT_ENTERING_FREE = re.compile(r"\s*(?:[\w.’'-]+\s+){1,5}?(?:(?:entering|coming\s+in(?:to)?|flowing\s+in(?:to)?|arriving)\s+"
                                 r"(?:[\w.’'-]+\s+){0,4}?)?(?:duty|tariff)[- ]free\b(?![- ](?:shops?|stores?|allowances?|zones?)\b)")
# the first of two coordinated infinitives: "... to <verb> <object without ; : or another to> and"
_EARLIER_INFINITIVE = re.compile(r"\b(?P<to>to)\s+[a-z]+\s+(?:(?!\bto\b)[^;:()])*?\s+$")
_MEASURE_ON_BEFORE = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|sanctions)\s+(?:on|against)\s+(?:[\w.’'-]+\s+){1,4}?$",
                                re.IGNORECASE)


# ", as amended," / ", as modified," closing a legal reference before "to": an aside, not the
# participle the infinitive depends on ("identify products from Annex III to Executive Order
# 14346, as amended, to receive a zero percent rate")
_AS_AMENDED_BEFORE = re.compile(r",\s*as\s+(?:\w+ly\s+)?[a-z]+ed,\s*$")


def _infinitive_is_the_commitment(sentence: str, to_start: int, mention_ends: set[int]) -> bool:
    aside = _AS_AMENDED_BEFORE.search(sentence, max(0, to_start - 30), to_start) if "as " in sentence else None
    if aside is not None:
        to_start = aside.start()  # what governs the infinitive stands before the aside
    head, head_start = _previous_word(sentence, to_start)
    if head in ("consultations", "talks", "discussions") and _HELD_TALKS.search(sentence, max(0, to_start - 40), to_start):
        return False  # "hold consultations to address barriers": what the talks are for (convention 19)
    if _AGENT_BEFORE.search(sentence, max(0, to_start - 60), to_start):
        return False  # "the measures taken by the UK to combat excess capacity": their purpose
    if not head or head in _INFINITIVE_HEADS or _actor_just_before(sentence, to_start, mention_ends):
        return True
    if head in _DELEGATED_HEADS and _DELEGATED_TO.search(sentence, max(0, to_start - 60), to_start + 2):
        # (round 15) an order's operative delegation: "the Secretary is authorized to modify the rate to zero
        # percent for products of X", "is hereby directed to impose": the measure the order sets in motion
        return True
    if head in ("and", "or") and _pledged_infinitive_before(sentence, head_start):
        return True  # (round 12) "agreed to remove its tariffs on X and to buy 50 aircraft": the same pledge's second verb
    if head == "deals":
        return False  # "agreed to historic trade deals to open new markets": what deals in general are for
    if head in ("and", "or"):
        # (round 12) "voted to scrap tariffs on U.S. goods and to keep lobster entering duty-free",
        # "agreed to lift the ban and to buy more wheat": a coordinated infinitive is governed as
        # the first one is, not the purpose of the measure just named
        earlier = _EARLIER_INFINITIVE.search(sentence, max(0, head_start - 160), head_start)
        if earlier is not None and _infinitive_is_the_commitment(sentence, earlier.start("to"), mention_ends):
            return True
    if head in _lexicon().forms and _previous_word(sentence, head_start)[0] in _DETERMINERS:
        return True  # "sign all necessary documents to charge ...": a noun, the infinitive is the act
    if head in ("goal", "goals", "aim", "aims", "objective", "objectives", "ambition"):
        return False  # "the deal reflects a common goal to increase trade": an aim, not a measure
    if _MEASURE_ON_BEFORE.search(sentence, max(0, to_start - 70), to_start):
        return False  # "imposed 20% tariffs on China to address the opioid crisis": the measure's purpose
    if head in ("tariffs", "duties", "sanctions", "levies") and _CONSIDERED_MEASURE.search(sentence, max(0, to_start - 60), to_start):
        return False  # "including the consideration of tariffs to combat digital service taxes": their purpose
    # "the tariff imposed to address fentanyl", "designed to protect": a purpose, not a pledge
    return not (head.endswith("ed") or head in _lexicon().forms)


# "agreed to V ...", "offered to V ...": an infinitive a pledging word governs (what precedes "to")
_INFINITIVE_LEAD = re.compile(r"\b([a-z]+)\s+to\s+[a-z]")


def _pledged_infinitive_before(sentence: str, and_start: int) -> bool:
    """Whether the clause before "and to V" opens with an infinitive a pledging word governs
    ("offered to lower its duties on X and to resume imports of Y"), so the second infinitive
    is the same party's second pledge, not the purpose of the first."""
    window_start = max(0, and_start - 200)
    cut = max(sentence.rfind(";", window_start, and_start), sentence.rfind(":", window_start, and_start))
    leads = [m for m in _INFINITIVE_LEAD.finditer(sentence, max(window_start, cut + 1), and_start)]
    return bool(leads) and leads[0].group(1) in _INFINITIVE_HEADS


def _actor_just_before(sentence: str, start: int, mention_ends: set[int]) -> bool:
    """An actor mention ends a few plain words before ``start`` ("the US side suspends")."""
    for end in mention_ends:
        if end <= start and start - end <= 25:
            between = sentence[end:start]
            if re.fullmatch(r"(?:\s+(?:side|government|administration|ministry|officials|companies|firms|enterprises|airlines|Airlines|Air|carriers|also|now|then|still|each|both|will|would|has|have|had|did|jointly))*\s*", between):
                return True
    return False


def _pronoun_starts_clause(sentence: str, pronoun_start: int) -> bool:
    """'the tariffs it imposed' is a relative clause; '..., and it will cut' is not."""
    before = sentence[:pronoun_start].rstrip()
    if not before or before.endswith((",", ";", ":", "(")):
        return True
    word, _ = _previous_word(sentence, pronoun_start)
    return word in _CLAUSE_OPENERS


def _first_word_start(sentence: str) -> int:
    match = _LETTER.search(sentence)
    return match.start() if match else 0


_LAST_BOUNDARY: tuple[str, re.Pattern[str] | None] = ("", None)  # the sentence last asked about, and its pattern


def _clause_boundary(sentence: str) -> re.Pattern[str]:
    """_CLAUSE_BOUNDARY, or the same without its reporting verbs when ``sentence`` holds none of
    their words (speed, round 16: the same boundaries in every part of the sentence)."""
    global _LAST_BOUNDARY
    last = _LAST_BOUNDARY
    if last[0] is sentence:
        return last[1]
    pattern = _CLAUSE_BOUNDARY if holds_one_of(_REPORTING_BOUNDARY_WORDS, fold_case(sentence)) else _CLAUSE_BOUNDARY_MARKS
    _LAST_BOUNDARY = (sentence, pattern)
    return pattern


def _clause_start(sentence: str, floor: int, cue_start: int, mentions: list[ActorMention] | None = None) -> int:
    """Where the clause of a cue begins: the last strong boundary after ``floor``
    (not the ", and" of a list of parties: "The United States, Switzerland, and
    Liechtenstein have committed to ...")."""
    start = floor
    for match in _clause_boundary(sentence).finditer(sentence, floor, cue_start):
        if mentions and _COMMA_AND.fullmatch(match.group(0)) and _names_only(sentence, start, match.start(), mentions):
            continue
        if match.group(0)[:1] == "," and _COMMA_AND.fullmatch(match.group(0)) \
                and _SERIAL_ITEM_BEFORE.search(sentence, max(start, match.start() - 40), match.start()) \
                and _SERIAL_HEAD_AFTER.match(sentence, match.end(), cue_start):
            # (round 14) "Polish companies in the energy, video game, and manufacturing sectors will
            # invest": the ", and" closes a list of nouns inside the subject, not a clause
            continue
        start = match.end()
    return start


# a list item before ", and" ("the energy, video game, and ..."), and what follows it up to the verb: the
# last item and the list's head noun, then at most a modal ("manufacturing sectors will", "ships will")
_SERIAL_ITEM_BEFORE = re.compile(r"\b(?:the|in|of|from|for)\s+[\w-]+(?:\s+[\w-]+)?,\s+(?:[\w-]+\s+){0,2}[\w-]+$")
_SERIAL_HEAD_AFTER = re.compile(r"(?:[\w-]+\s+){1,3}(?:(?:will|would|shall|have|has|also|together|jointly|plan\s+to|intend\s+to)\s+)*$")


def _names_only(sentence: str, start: int, end: int, mentions: list[ActorMention]) -> bool:
    """Whether sentence[start:end] is a comma list of parties ("The United States, Switzerland")."""
    inside = [m for m in mentions if start <= m.start and m.end <= end and m.actor.country]
    if len(inside) < 2:
        return False
    rest, last = [], _after_fronted_phrase(sentence, start, inside[0].start)
    example = _EXAMPLE_SUBJECT.match(sentence, last, inside[0].start) if "ountries" in sentence or "artners" in sentence else None
    if example and example.end() == inside[0].start:
        last = example.end()  # "Certain countries, like A, B, C, and D, restrict ...": the examples are the subjects
    for mention in inside:
        rest.append(sentence[last:mention.start])
        last = mention.end
    rest.append(sentence[last:end])
    return all(w.lower() in ("the", "and", "of") for w in re.findall(r"[A-Za-z]+", " ".join(rest)))


# A class of partners named by examples as the subject ("Certain countries, like A, B, and C,
# restrict ...", "Trading partners such as A and B impose ..."): each example acts
_EXAMPLE_SUBJECT = re.compile(r"\W*(?:(?:certain|some|other|many|several|numerous|a\s+number\s+of)\s+)?(?:of\s+our\s+)?"
                              r"(?:key\s+|major\s+)?(?:countries|trading\s+partners|partners|nations|economies),?\s+"
                              r"(?:like|such\s+as|including|for\s+example,?|e\.g\.,?)\s+(?:the\s+)?", re.IGNORECASE)


# "In the coming weeks, the United States and A, B, and C will ...": a fronted adverbial
# (time, place) closed by a comma before the first party is no part of the subject list
_FRONTED_PHRASE = re.compile(r"\W*(?:In|On|Over|Within|By|Today|Later|Next|This|Last|During)\b[^,;]{0,40},\s+")


def _after_fronted_phrase(sentence: str, start: int, first_name: int) -> int:
    """Where a subject list begins once a fronted time phrase before ``first_name`` is left out."""
    fronted = _FRONTED_PHRASE.match(sentence, start, first_name)
    return fronted.end() if fronted else start


def _object_end(sentence: str, cue_end: int, next_start: int) -> int:
    position = cue_end
    label = _FIRST_ITEM_LABEL.match(sentence, cue_end, next_start)
    if label is not None:
        # "shall be subject to (i) an additional rate of duty of 40 percent, (ii) ...": the label
        # opens the verb's first object, which runs to the next label
        position = label.end()
    while True:
        match = _clause_boundary(sentence).search(sentence, position, next_start)
        if match is None or not _closes_serial_list(sentence, cue_end, match):
            break
        position = match.end()  # "automobiles, auto parts, and wood derivatives to 15 percent": one object
    end = match.start() if match else next_start
    if sentence.endswith("ing", 0, cue_end):
        # "by enforcing environmental laws, ensuring fair practices, and improving customs
        # procedures": in a series of gerund clauses the next gerund starts the next item,
        # whether or not the lexicon knows its verb
        series = _NEXT_GERUND_ITEM.search(sentence, cue_end, end)
        if series is not None:
            end = series.start()
    return min(end, cue_end + MAX_OBJECT_CHARS)


# an item label right after a verb: "subject to (i) ...", "will: (a) ..."
_FIRST_ITEM_LABEL = re.compile(r"\s*:?\s*\((?:i|a|1)\)\s")


# ", ensuring ...", ", and improving ...": a gerund opening the next item of a series (not a
# preposition in -ing, and not a noun inside a list of goods: "mining, processing, and shipping")
_NEXT_GERUND_ITEM = re.compile(
    r",\s+(?:and\s+|or\s+)?(?!(?:including|excluding|regarding|concerning|according|following|pending|during|"
    r"notwithstanding|involving|covering|affecting|beginning|starting|ending)\b)[a-z]{3,}ing\s+"
    r"(?!(?:and|or|of|in|for|to|on|at|by|with|facilities|services|sector|sectors|industry|equipment|goods|products|"
    r"materials|capacity|plants?|operations)\b)(?:the\s+|its\s+|their\s+|a\s+|an\s+)?[A-Za-z]"
)


def _closes_serial_list(sentence: str, cue_end: int, boundary: re.Match[str]) -> bool:
    """Whether ', and' ends a list of nouns ("gas, oil, and nuclear products") rather than
    opening a clause ("..., and China will buy"): the object already holds a comma and
    no auxiliary follows within a few words."""
    if not _COMMA_AND.fullmatch(boundary.group(0)) or "," not in sentence[cue_end:boundary.start()]:
        return False
    following = sentence[boundary.end():boundary.end() + 60].split()[:6]
    return not any(word.lower() in _AUXILIARIES for word in following)


_AUXILIARIES = frozenset({"will", "would", "shall", "should", "must", "may", "can", "could", "has", "have", "had",
                          "is", "are", "was", "were", "agreed", "said", "plans", "intends"})


# --- round 7, sanctions and threats: secondary tariffs and their mechanics ----------------------
# "tariffs on imports from any country that directly or indirectly purchases ... goods from Iran",
# "similar tariffs on other countries that import oil from Russia": the countries are a class
# named by their conduct, not a partner (guide, round 7 sanctions). The conduct runs to the end of
# the clause: a full stop, a semicolon, a dash, a comma before a gerund ("..., protecting") or an
# infinitive of purpose ("to protect").
_CONDUCT_CLASS = re.compile(
    r"(?<!these )(?<!the )\b(?:(?:any|all|other|those|third)\s+)?countr(?:y|ies)\s+(?:that|which)\s+"
    r"(?!(?:cannot|can|could|are|is|were|was|have|has|do|does|did|may|might|will|would)\b)"
    r"(?P<conduct>(?:(?!\s+to\s+(?!the\b|an?\b|its\b|their\b|any\b|other\b|all\b)[a-z]+\b)"
    r"(?!,\s+[a-z]+ing\b)[^.;:\u2014])+)")
# what a row's subject is for such a measure, so that its restatements merge (convention 8)
SECONDARY_TARIFF_SUBJECT = "secondary tariffs over {target}: countries that {conduct}"
# "establishing a process to impose", "a system that allows the United States to impose", "the
# potential imposition of": a measure the order makes possible, not one it applies (threatened)
_ENABLING_BEFORE = re.compile(
    r"\b(?:process|system|mechanism|framework|authority)\s+(?:that\s+(?:allows|enables|permits)\s+[^,;]{0,40}?\s+)?"
    r"(?:to|for)\s+(?:the\s+)?(?:potential\s+|possible\s+)?$|\b(?:potential|possible)\s+$", re.IGNORECASE)
# "The Order imposes a new tariff system that allows ...": the mechanism itself is no measure;
# the verb inside it states the row
_MECHANISM_OBJECT = re.compile(
    r"\s*(?:an?|the)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:system|process|mechanism|framework)\s+(?:that|which|to|for|allowing)\b",
    re.IGNORECASE)
# "in response to its continued purchase of Russian oil", "for buying Russian oil", "due to India's
# direct or indirect importation of": conduct given as the reason for a measure is a trade flow,
# not a pledge (convention 1)
_REASON_BEFORE = re.compile(
    r"(?:\b(?:in response to|because of|due to|over)\s+"
    r"(?:(?:its|their|the|his|her|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s)\s+)?"
    r"(?:(?:continued|continuing|ongoing|direct|indirect|or|massive|large|heavy)\s+)*"
    r"|\b(?:tariffs?|duties|sanctions?|penalt(?:y|ies)|punish\w*|sanctioned|targeted|penali[sz]ed)\s+(?:[\w-]+\s+){0,3}?for\s+)$")
_AGREEMENTS_ON_IMPORTS = re.compile(
    r"\s*(?:in\s+)?(?:(?:an?|the|new|bilateral|productive|further)\s+)*(?:agreements?|arrangements?|negotiations)\b[^.;]{0,160}?"
    r"\b(?:(?:with respect to|to adjust|to limit|on|concerning|regarding)\s+(?:the\s+)?imports?\s+of"
    # ("to address the threatened impairment of national security with respect to commercial
    # aircraft": the Section 232 formula names the goods whose imports are at stake)
    r"|(?:threat\w*|impairment)\s+(?:of|to)\s+(?:the\s+)?national\s+security\s+(?:of\s+the\s+United\s+States\s+)?with\s+respect\s+to)\b",
    re.IGNORECASE)
# (round 24) agreements with partners as the talks' object: "agreements with allied countries that limit ...",
# "agreements with Brazil, Chile, and Indonesia to address the threat"
_AGREEMENTS_WITH = re.compile(r"\s*(?:(?:new|bilateral|further)\s+)*(?:agreements|arrangements)\s+with\s", re.IGNORECASE)
# "has continued taking actions under Section 232 ..., including ... directing negotiations with
# trading partners": talks a Section 232 action directs are on the imports it adjusts
_UNDER_SECTION_232 = re.compile(r"\b(?:under|pursuant\s+to)\s+Section\s+232\b", re.IGNORECASE)
# a sentence-opening gerund phrase as the subject of a finite verb ("Removing sanctions will support
# ...", "Lifting the ban would help ..."): a claim about the measure's effect, not the measure
_GERUND_SUBJECT_THEN_VERB = re.compile(
    r"\s*(?:[\w’'.-]+\s+){1,6}?(?:will|would|can|could|should|may|might|helps?|supports?|is|are|has|have)\s")
_MAY_BEFORE = re.compile(r"\b(?:may|might|can|could)\s+$")
# "to take all necessary actions, including issuing rules and guidance, to implement the tariff
# system": an authorisation's mechanics, not a measure (guide rule 2)
_ALL_ACTIONS_TO = re.compile(
    r"\btake\s+(?:all\s+)?(?:necessary|appropriate|such)\s+(?:other\s+)?(?:actions?|steps|measures)\b[^.;]{0,80}?\bto\s+$",
    re.IGNORECASE)


@lru_cache(maxsize=512)
def _conduct_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where a class of countries is defined by its conduct ("any country that ... buys X")."""
    if "ountr" not in sentence:
        return ()
    return tuple((m.start(), m.end()) for m in _CONDUCT_CLASS.finditer(sentence))


def _inside(position: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= position < end for start, end in spans)


def _mechanics_of_measure(sentence: str, hit: _CueHit, object_text: str) -> bool:
    """A cue that states how a measure is set up or carried out, or the conduct it targets, not
    a measure: the row comes from the measure's own verb."""
    if hit.cue.lemma == "customs_duty_on" and _MAY_BEFORE.search(sentence, max(0, hit.start - 12), hit.start):
        return True  # "CBP may require formal entry for any package": a power held, not a duty laid
    if hit.cue.lemma == "enforce" and _MAY_BEFORE.search(sentence, max(0, hit.start - 12), hit.start):
        return True  # (round 13) "a Party may establish rules of origin": a right kept, not a measure pledged
    if hit.cue.action == "impose" and _MECHANISM_OBJECT.match(object_text):
        return True
    if hit.form.lower().startswith("implement") and _ALL_ACTIONS_TO.search(sentence, max(0, hit.start - 160), hit.start):
        return True
    if hit.cue.category == "purchase" and _REASON_BEFORE.search(sentence, max(0, hit.start - 60), hit.start) \
            and not hit.form[:1].isupper():
        return True
    return _inside(hit.start, _conduct_spans(sentence))


_DEAL_WITH_BEFORE = re.compile(r"\b(?:agreements?|deals?|treaty|treaties|pacts?|accords?)\s+with\s+(?:the\s+)?$")


def _secondary_tariff(sentence: str, hit: _CueHit, object_region: tuple[int, int], rows: list[Commitment],
                      mentions: list[ActorMention], levier: str | None) -> None:
    """Tariffs on a class of countries named by their conduct: no counterparty, conditional on
    that conduct, threatened when the order only sets up the means to impose them."""
    span = next(((s, e) for s, e in _conduct_spans(sentence) if object_region[0] <= s <= object_region[1] + 20), None)
    if span is None:
        return
    conduct = _CONDUCT_CLASS.match(sentence, span[0]).group("conduct").strip(" ,")
    targets = [m for m in mentions if span[0] <= m.start < span[1] and m.actor.country]
    target = sentence[targets[-1].start:targets[-1].end] if targets else "unnamed countries"
    enabled = _ENABLING_BEFORE.search(sentence, max(0, hit.start - 80), hit.start)
    # ((round 14) not the party a class is defined against: "cars from countries that lack a trade
    # agreement with Mexico" are tariffed by Mexico)
    third = {m.actor.country for m in targets
             if not _DEAL_WITH_BEFORE.search(sentence, max(0, m.start - 40), m.start)}
    for row in rows:
        if row.category != "tariff":
            continue
        if levier is None and row.actor in third and row.counterparty not in third and row.counterparty is not None:
            # (round 14, news) "Mexico's Senate approved tariffs on cars from China and other countries
            # that lack a trade agreement with Mexico": no order names a levier; the country the class
            # lacks a deal with levies the tariff on the country named
            continue
        if row.actor in third or row.actor is None:
            # the country whose trade the class engages in is the target, never the levier
            row.actor = levier
        row.counterparty = None
        row.conditional = True
        row.subject = SECONDARY_TARIFF_SUBJECT.format(target=target, conduct=" ".join(conduct.split()[:10]))
        if enabled:
            row.status = "threatened"


# A side deal recalled with its partners ("the critical minerals agreements President Trump has
# secured with Australia, Japan, and others", "signed memoranda of understanding with Kenya, Ghana
# and Peru"): convention 12 once per agreement, a negotiate row for each signatory, counterparty the
# other ("and others" names no one).
_SIDE_DEAL_WITH = re.compile(
    r"\b(?P<deal>critical minerals?\s+(?:agreements?|frameworks?|deals?|arrangements?)|memorand(?:um|a)(?:\s+of\s+understanding)?|MOUs?)\b"
    r"(?P<between>[^.;]{0,60}?)\bwith\s+(?P<partners>[^.;]{1,200})", re.IGNORECASE)
_SIGNED_WORD = re.compile(r"\b(?:secured|signed|concluded|reached|struck|inked|finalized|sealed)\b", re.IGNORECASE)
# the partner list ends at an infinitive of purpose or a new clause ("..., to diversify supply chains")
# (or at the sentence's next verb in the past: "... agreement with Japan, secured new purchases")
_PARTNERS_END = re.compile(r",?\s+to\s+[a-z]+\b|,\s+(?:which|that|while|and\s+(?:will|to)\b)|\s+on\s+(?!the\b)"
                           r"|,\s+(?:and\s+)?[a-z]+ed\s")


def _side_deal_partner_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                            context: _Context) -> list[Commitment]:
    """Rows per signatory of a side deal recalled with a list of partners; the sentence's own
    rows for that deal are replaced by them."""
    match = _SIDE_DEAL_WITH.search(sentence)
    if match is None or not _SIGNED_WORD.search(sentence, 0, match.start("partners")):
        return rows
    end = _PARTNERS_END.search(sentence, match.start("partners"), match.end("partners"))
    list_end = end.start() if end else match.end("partners")
    partners = list(dict.fromkeys(m.actor.country for m in mentions
                                  if match.start("partners") <= m.start < list_end and m.actor.country))
    signer = next((m.actor.country for m in mentions if m.start < match.start("partners") and m.actor.country),
                  None) or context.in_force_by
    if len(partners) == 1:
        return _mirror_signatory_row(rows, partners[0], match.group("deal"))
    partners = [p for p in partners if p != signer]
    if signer is None or len(partners) < 2:
        return rows
    kept = [r for r in rows if not (r.action == "negotiate" and r.counterparty in partners + [None])]
    category = next((r.category for r in rows if r.action == "negotiate" and r.category != "diplomatic"), "other")
    subject = " ".join(match.group("deal").split()).lower()
    made = []
    for partner in partners:
        for actor, other in ((signer, partner), (partner, signer)):
            made.append(Commitment(
                actor=actor, category=category, action="negotiate", subject=f"{subject} with {partner}",
                evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=other,
                status="agreed", confidence=_confidence(actor, False, category), article_id=context.article_id,
                extractor_version=EXTRACTOR_VERSION))
    return kept + made


def _mirror_signatory_row(rows: list[Commitment], partner: str, deal: str) -> list[Commitment]:
    """Round 9 precision: "President Trump signed a critical minerals agreement with Japan", "the
    United States signed an MOU with Japan on ...": the one partner named after "with" signed it
    too, a row of its own like the signer's (convention 12, a row per signatory)."""
    word = deal.split()[0].lower()
    own = [r for r in rows if r.action == "negotiate" and r.actor and r.actor != partner
           and r.counterparty in (partner, None) and word in (r.subject or "").lower()]
    if not own or any(r.actor == partner and r.action == "negotiate" for r in rows):
        return rows
    return rows + [replace(own[0], actor=partner, counterparty=own[0].actor)]


# "establishing a process for the potential imposition of similar tariffs on other countries that
# import oil from Russia": the measure named as a noun, on a class of countries
_IMPOSITION_ON = re.compile(
    r"\b(?P<hedge>(?:potential|possible|eventual)\s+)?imposition\s+of\s+(?:(?:similar|additional|further|new|secondary)\s+)*"
    r"(?:tariffs?|duties)\s+on\s+(?:(?:imports|goods|products)\s+from\s+)?$", re.IGNORECASE)


def _imposition_on_class_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                              context: _Context) -> list[Commitment]:
    """A tariff named by its noun on countries defined by their conduct: the same row as the
    verb would give (no counterparty, conditional; threatened when only potential)."""
    made = []
    for start, end in _conduct_spans(sentence):
        match = _IMPOSITION_ON.search(sentence, max(0, start - 100), start)
        if match is None or context.in_force_by is None:
            continue
        hit = _CueHit(match.start(), match.end(), "imposition of", _lexicon().lemmas["impose"])
        row = Commitment(actor=context.in_force_by, category="tariff", action="impose", subject=None,
                         evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
                         status="threatened" if match.group("hedge") else context.default_status,
                         confidence=_confidence(context.in_force_by, False, "tariff"),
                         article_id=context.article_id, extractor_version=EXTRACTOR_VERSION)
        _secondary_tariff(sentence, hit, (match.end(), end), [row], mentions, context.in_force_by)
        if row.subject and not any(r.category == "tariff" and r.subject == row.subject for r in rows):
            made.append(row)
    return made


@lru_cache(maxsize=1)
def _customs_duties() -> re.Pattern[str]:
    """The lexicon's customs compliance duties on importers ("bonding requirements", "vetting
    procedures", "a minimum penalty floor"), as one pattern."""
    data = _cue_data()
    return _any_of(data.get("customs_duties"), re.IGNORECASE) or re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _customs_duty_words() -> frozenset[str] | None:
    """Words one of which every customs duty of the lexicon contains ("requirement", "bond"):
    speed, a region with none of them needs no search of the whole alternation."""
    data = _cue_data()
    return required_literals(data.get("customs_duties") or [], re.IGNORECASE)


def _customs_duty_rows(sentence: str, hit: _CueHit, object_region: tuple[int, int], rows: list[Commitment],
                       enforcer: str | None) -> None:
    """A duty laid on importers ("increasing bonding requirements", "imposing a good standing
    requirement on all IORs", "establishing a 50% minimum penalty floor") is customs
    enforcement whatever the verb: `other` `enforce`, no levels (guide rule 24)."""
    duty_end = min(object_region[1], object_region[0] + 80)
    if hit.cue.lemma != "customs_duty_on" and not (
            may_match(_customs_duty_words(), sentence[object_region[0]:duty_end])
            and _customs_duties().search(sentence, object_region[0], duty_end)):
        return
    for row in rows:
        if row.category in ("other", "tariff", "import_restriction", "market_access") and row.action not in (
                "negotiate", "suspend", "remove", "maintain"):
            row.category, row.action = "other", "enforce"
            if row.actor is None and enforcer:
                # a verbless item of an order's list ("subjecting foreign IORs to ..."): the
                # ordering government lays the duty; the importers are no counterparty
                row.actor, row.counterparty = enforcer, None
                row.confidence = _confidence(enforcer, True, "other")
            row.value_from = row.value_to = row.change = None
            row.unit = None if row.amount is None else row.unit


# Round 11: the title of an instrument cited in brackets after its number and date ("Proclamation
# 10908 of March 26, 2025 (Adjusting Imports of Automobiles and Automobile Parts Into the United
# States)", "Executive Order 14298 of May 12, 2025 (Modifying Reciprocal Tariff Rates To Reflect
# Discussions With the People's Republic of China)") names no party acting or goods' origin here
_CITED_TITLE = re.compile(
    r"\b(?:Executive\s+Order|Proclamation)\s+(?:No\.\s+)?\d{4,6}\s+of\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4},?\s+\((?P<title>[^()]{5,300})\)")


def _outside_comment(sentence: str, lexicon) -> bool:
    """An analyst's or a company's comment ("..., said Jane Doe, an economist at X"): no row."""
    return lexicon.non_government is not None and _may(sentence, _VIEW_VERB_WORDS) and _VIEW_VERB.search(sentence) \
        is not None and _may(fold_case(sentence), _non_government_words()) and lexicon.non_government.search(sentence) is not None


def _outside_cited_titles(sentence: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that are not inside a cited instrument's bracketed title."""
    spans = [m.span("title") for m in _CITED_TITLE.finditer(sentence)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(start <= m.start < end for start, end in spans)]


def _ruled_out(sentence: str, context: _Context) -> bool:
    """A sentence the rules hold to state no measure whatever its verbs: a question, a reservation or
    definition, an order's scope line, a power, advice or delegation, an order's policy line (the rule
    chain and the learned reader of round 19 both stay silent on it)."""
    if "?" in sentence and _QUESTION.search(sentence) and not (":" in sentence and _ACTS_LISTED_IN_QUESTION.search(sentence)):
        return True  # "Will China resume purchases?": asked, not committed
    if ("Nothing" in sentence or "urpose" in sentence) and _RESERVATION_OR_DEFINITION.match(sentence):
        # "Nothing in this Agreement shall prevent a Party from imposing tariffs ...", "For purposes
        # of this paragraph, X includes ...": a reservation or a definition, no measure (guide rule 2)
        return True
    if context.order_text and ("order" in sentence or "valid" in sentence or "section" in sentence
                               or "zone" in sentence or "foreign status" in sentence or "not also" in sentence) \
            and _ORDER_APPLICATION_LINE.search(sentence):
        # "This order shall apply only to the administration of tariffs imposed through ...", "This
        # order shall apply retroactively to all entries ...", "this order sets out the procedure for
        # determining ...", "Each action ... remains independently valid and enforceable": the
        # order's scope, effective date, procedure or validity, no measure of its own (guide rule 3)
        return True
    if ("uthoriz" in sentence or "ecommend" in sentence or "dvis" in sentence or "uggest" in sentence
            or " may take " in sentence or " tak" in sentence) and _POWER_OR_ADVICE_LINE.search(sentence):
        # "Section 604 ... authorizes the President to embody ...", "the Secretary recommended that
        # I modify the tariffs ...", "has provided me information and recommendations regarding the
        # tariffs ...", "The Secretary may take any appropriate measures to administer ... this
        # proclamation": a power described, advice or a report received, or a delegation; the
        # measure is what the text then decides (guide rule 2)
        return True
    if "process" in sentence and _INCLUSIONS_PROCESS.search(sentence):
        # (round 24) "the Department of Commerce will open an inclusions process so that producers can ask for
        # more products to be added": a procedure that may widen a tariff already read, naming no product,
        # rate or partner (round 13 review Q1, guide rule 3: no row)
        return True
    if context.order_text and "policy of" in sentence and _POLICY_LINE.match(sentence) and not _figure_stated(sentence):
        # (round 12) "It is the policy of the United States to rebalance trade flows by imposing an
        # additional duty on all imports": the order's stated policy; its sections state the measures
        return True
    return False


# (round 24) an official text's fronted condition ("(b) Should Madagascar retaliate ... by raising its import
# duties, I may increase ...", "Should the Secretary determine that Canada has imposed export restrictions ...,
# the suspension ... shall terminate") and where its main clause starts
_FRONTED_CONDITION = re.compile(r"^\W*(?:[A-Z][\w ]{0,40}\.\s+)?(?:\([a-z0-9]{1,3}\)\s+)?(?:Should|If)\s")
_MAIN_AFTER_CONDITION = re.compile(
    r",\s+(?:I|we|the\s+United\s+States|the\s+President|the\s+Secretary|the\s+(?:suspension|rate|duty|duties|tariff)\b"
    r"[^,;]{0,80}?)\s+(?:may|shall|will|would)\b")


def _fronted_condition_end(sentence: str, cues: list) -> int | None:
    """Where the main clause starts when a reservation opens with its trigger and the main clause has a cue of
    its own: what the other side might do is the row's condition (guide rule 28), no commitment of its own."""
    opening = _FRONTED_CONDITION.match(sentence)
    if opening is None:
        return None
    main = _MAIN_AFTER_CONDITION.search(sentence, opening.end())
    if main is None or not any(hit.start >= main.start() for hit in cues):
        return None
    return main.start()


def _sentence_commitments(sentence: str, previous_actors: list[str], heading_actors: list[str],
                          context: _Context) -> tuple[list[Commitment], list[str]]:
    lexicon = _lexicon()
    if _ruled_out(sentence, context):
        return [], list(previous_actors)
    exception = _IN_TRANSIT_EXCEPTION.search(sentence) if "in transit" in sentence else None
    if exception is not None and exception.start() > 0:
        # "These modifications shall be effective with respect to goods entered on or after ...,
        # except that goods loaded onto a vessel ... and in transit ... shall not be subject to
        # such additional duty and shall instead remain subject to the duties previously imposed":
        # the goods already shipped are the order's scope (guide rule 3); only the main clause speaks
        rows, carried = _sentence_commitments(sentence[:exception.start()].rstrip(" ,;") + ".", previous_actors,
                                              heading_actors, context)
        for row in rows:
            row.evidence = sentence
        return rows, carried
    if context.order_text and ("ffect" in sentence or "alter" in sentence) and _UNTOUCHED_BY_ORDER.search(sentence):
        # "X is not affected by this order", "This order does not affect any other duties": what
        # the order leaves in force (rows for the duties named), nothing else the verbs say
        return _untouched_measure_rows(sentence, context), list(previous_actors)
    if "already" in sentence and _ALREADY_UNDER.search(sentence) and _LEFT_OUT_OF.search(sentence):
        # (round 14) "Parts already subject to the Section 232 tariffs on steel are not covered by these
        # tariffs", "Goods that already face duties on copper are excluded from ...": the older measure
        # draws the new one's scope (round 13 Q3, guide rule 3), no row of either
        return [], list(previous_actors)
    if not _cue_matches(sentence) and not (
            "subject to" in sentence and _INTERRUPTED_SUBJECT_TO.search(sentence)):
        if context.order_text and context.in_force_by and (" shall " in sentence or " will " in sentence) \
                and _COPULAR_RATE.search(sentence):
            mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
            return _copular_rate_rows(sentence, [], mentions, context), list(previous_actors)
        if " zero" in sentence and "eciprocal" in sentence and _reciprocal_duty_zeroed(sentence, context):
            mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
            return _copular_rate_rows(sentence, [], mentions, context, levier="USA"), list(previous_actors)
        if " with " in sentence and ("ineral" in sentence or "emorand" in sentence or "MOU" in sentence):
            found = _side_deal_partner_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if "subject to" in sentence and context.in_force_by and _RATED_CATEGORY_WIDENED.search(sentence):
            return _rated_category_rows(sentence, [], context), list(previous_actors)
        if "uty-free" in sentence and " enter" in sentence and _DUTY_FREE_ENTRY.search(sentence):
            return _duty_free_entry_rows(sentence, context), list(previous_actors)
        if _TALKS_HINT.search(sentence):
            mentions = find_actor_mentions(sentence, context.on)
            found = _continuing_talks_rows(sentence, [], context)
            found += _trade_talks_rows(sentence, found, mentions, context)
            found += _talks_event_rows(sentence, found, mentions, context)
            if any(r.action == "negotiate" and r.category == "diplomatic" for r in found):
                found = _talks_topic_rows(sentence, found)
            return found, list(previous_actors)
        if holds_one_of(_TALKS_EVENT_TRIGGERS, sentence):
            found = _talks_event_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if holds_one_of(_APPROVAL_HINTS, sentence) and holds_one_of(_LEGISLATURE_HINTS, sentence):
            found = _approval_pending_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if "sanctions " in sentence:
            found = _standing_sanction_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if "umping" in sentence or "ountervailing" in sentence:
            found = _remedy_duty_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if _figureless_tariff_hint(sentence):
            # "President Trump's tariffs on foreign steel imports are a big win", "his tariffs on $360 billion
            # worth of Chinese goods": a measure in place, named by its owner and goods
            found = _figureless_tariff_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if " for " in sentence and "$" in sentence:
            found = _asked_purchase_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if _PLANNED_HINT.search(sentence):
            found = _planned_measure_rows(sentence, [], find_actor_mentions(sentence, context.on), list(previous_actors), context)
            if found:
                return found, list(previous_actors)
        if "mposed by " in sentence and context.in_force_by:
            # (round 14) "Goods of X have been subject since April 5, 2025, to the 10 percent additional
            # duty imposed by Executive Order 14257": a rate in force, named with its instrument
            found = _imposed_rate_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if _cap_hint(sentence) and _CAP.search(sentence):
            # "The tariff on X from Y will not exceed 10%": a cap, with no cue verb
            return _cap_rows(sentence, [], find_actor_mentions(sentence, context.on), context), list(previous_actors)
        if "uild" in sentence and _RECAP_LEAD.search(sentence):
            return _recap_rows(sentence, [], find_actor_mentions(sentence, context.on), context), list(previous_actors)
        if ("ilateral" in sentence or "oint" in sentence) and _NEW_FORUM.search(sentence):
            # "agreed to develop and launch a bilateral Technology Prosperity Deal"
            found = _new_forum_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if "nclude" in sentence and _DEAL_INCLUDES_ACCESS.search(sentence):
            # "The United States-United Kingdom trade deal includes ... market access for American exports"
            return _deal_access_rows(sentence, find_actor_mentions(sentence, context.on), context), list(previous_actors)
        if "ommitment to" in sentence and _DEAL_COMMITMENT.search(sentence):
            # "reaffirmed their commitment to broader Bilateral Trade Agreement negotiations"
            return _deal_commitment_rows(sentence, [], context), list(previous_actors)
        if "sale" in sentence and _SALE_TO.search(sentence):
            # "the sale of 30 Boeing aircraft to Garuda Indonesia": a purchase told as a sale
            found = _sale_to_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if ("per item" in sentence or "per postal item" in sentence) and _PER_ITEM_RANGE.search(sentence):
            # (round 13) "Specific duty: A duty ranging from $80 per item to $200 per item"
            return _per_item_duty_rows(sentence, [], context), list(previous_actors)
        if "$" in sentence and (" worth " in sentence or "valued at" in sentence) and _FIRM_SALE.search(sentence):
            # (round 13) "GE Vernova will supply gas turbines worth $3 billion for ... in Kuwait"
            found = _firm_sale_rows(sentence, [], find_actor_mentions(sentence, context.on), context)
            if found:
                return found, list(previous_actors)
        if _DIGIT.search(sentence) and _pledge_noun_hint(sentence):
            # "This deal includes $150 billion of Korean investment": a pledge with no verb
            return _noun_pledge_rows(sentence, [], find_actor_mentions(sentence, context.on), context), list(previous_actors)
        if "nsur" in sentence and _NO_BURDEN_HINT.search(sentence):
            mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
            return _no_burden_rows(sentence, [], mentions, previous_actors, context), list(previous_actors)
        if "procurement obligations" in sentence:
            mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
            return _procurement_reciprocity_rows(sentence, [], mentions, previous_actors, context), list(previous_actors)
        if " at " in sentence and (" enter" in sentence or "admitted" in sentence) and _ENTERS_AT_RATE.search(sentence):
            mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
            return _entry_rate_rows(sentence, mentions, context), list(previous_actors)
        if _admitted_free_hint(sentence) and _ADMITTED_FREE.search(sentence):
            return _admitted_free_rows(sentence, [], find_actor_mentions(sentence, context.on), context), list(previous_actors)
        if _rate_phrase_hint(sentence, context):
            return _rate_phrase_rows(sentence, [], None, context, _outside_comment(sentence, lexicon)), list(previous_actors)
        return [], list(previous_actors)
    if lexicon.non_government is not None and _may(sentence, _VIEW_VERB_WORDS) and _VIEW_VERB.search(sentence) \
            and _may(fold_case(sentence), _non_government_words()) and lexicon.non_government.search(sentence):
        # an analyst's or a company's comment: no row of its verbs; (round 20) a rate it names with its owner
        # ("the 39 per cent duty Washington slapped on Swiss goods") is a measure in force told in passing
        found = _rate_phrase_rows(sentence, [], None, context, owned_only=True) if _rate_phrase_hint(sentence, context) else []
        return found, list(previous_actors)
    if ("lect" in sentence or "ampaign" in sentence or "ffice" in sentence or "win" in sentence or "take" in sentence
            or "took" in sentence or "eturn" in sentence or "pposition" in sentence or "hadow" in sentence
            or "andidate" in sentence or "ominee" in sentence or "opeful" in sentence or "hallenger" in sentence
            or "ontender" in sentence) and _CAMPAIGN_WORD.search(sentence):
        # (round 14) "Lund said that if elected he would push to end tariffs on ...", "vowed on the
        # campaign trail to slap 60% tariffs": a candidate's promise, no government's (guide, News set)
        return [], list(previous_actors)
    if ", " in sentence and _may(sentence, _SPEAKER_AFTER_VERB_WORDS) and _SPEAKER_AFTER_VERB_HINT.search(sentence) \
            and _speaker_after_verb().search(sentence):
        # (round 14) '"Washington has given up the tariffs ...," said Jane Doe, a trade economist at
        # a consultancy': the label follows the speech verb; the same comment, no row
        return [], list(previous_actors)
    if _COURT_RECORD.search(sentence) and not _trade_context().search(sentence):
        return [], list(previous_actors)  # "held in lieu of $50,000 bond", "pay $25,000 after pleading guilty"
    if lexicon.commentary is not None and _COMMENTARY_HINT.search(sentence) and lexicon.commentary.search(sentence):
        return [], list(previous_actors)  # "a study found that tariffs ..."
    # an ambiguous "Ministry of Commerce" is the one of a document party
    mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
    if " of " in sentence and "(" in sentence and mentions:
        mentions = _outside_cited_titles(sentence, mentions)
    mention_ends = {m.end for m in mentions if not _OBJECT_PREPOSITIONS.search(sentence[max(0, m.start - 12):m.start])}
    cues = _find_cues(sentence, mention_ends)
    condition_end = _fronted_condition_end(sentence, cues) \
        if cues and ("hould " in sentence or "If " in sentence) and not context.news_register else None
    title = ("(" in sentence and _SECTION_TITLE.match(sentence)) or (":" in sentence and _TITLE_LABEL.match(sentence))
    if title:
        # ("Strengthening Rules of Origin: The United States and Indonesia will ...": a fact
        # sheet's title-case bullet label, the same)
        # "Addressing Tariffs (a) The United Kingdom intends to ...": a section title the
        # page glued to its first clause names a topic, not a measure
        cues = [hit for hit in cues if hit.start >= title.end()]
    if cues and ("hop" in sentence or "bet" in sentence or "peculat" in sentence or "wager" in sentence
                 or "fear" in sentence or "xpect" in sentence):
        frame = _HOPE_FRAME.search(sentence)
        if frame is not None:
            # (round 16) "Investors hope Beijing will cut ...", "markets are betting that Washington will
            # suspend ...", "speculation that India may drop ...", "few expect Brussels to lift ...":
            # a hope, bet or forecast about a measure is no one's commitment (guide, news set: forecasts)
            cues = [hit for hit in cues if hit.start < frame.start()]
    rows: list[Commitment] = []
    carried = list(previous_actors)
    floor = 0
    previous: tuple[_CueHit, list[Commitment]] | None = None
    for index, hit in enumerate(cues):
        next_start = cues[index + 1].start if index + 1 < len(cues) else len(sentence)
        clause_start = _clause_start(sentence, floor, hit.start, mentions)
        # a verb sharing the previous verb's subject ("resumes X and suspends Y")
        coordinated = index > 0 and clause_start == floor
        if not coordinated and index == 0 and hit.form.endswith("ing") \
                and _SUCH_AS.search(sentence, max(0, hit.start - 12), hit.start):
            # "Chile will tackle barriers, such as exempting U.S. firms ...": the listed measure
            # shares the clause's subject though the lead's verb is no cue
            coordinated = True
        subject_region = (clause_start, hit.start)
        object_region = (hit.end, _object_end(sentence, hit.end, next_start))
        if index + 1 < len(cues) and not sentence[object_region[0]:next_start].strip(" ,").removesuffix("to").strip() \
                and not _talks_for_no_measure(sentence, hit, cues[index + 1]) \
                and not (hit.cue.intransitive and sentence[object_region[0]:next_start].lstrip().startswith(",")):
            # (round 12: "the 25% tariff on trucks took effect, protecting the plants ...": a
            # measure as subject needs no object; the participle after the comma is its result)
            continue  # "take actions to stem the flow": the next verb says what is done
        floor = hit.end
        if index == 0 and (not _subject_actors(sentence, subject_region, mentions, context)
                           or _serial_subject(sentence, hit.start, mentions)) \
                and not (clause_start and (hit.cue.inverted or hit.cue.intransitive)
                         and (hit.cue.lemma == "enter_free" or _goods_origins(sentence, subject_region, mentions))):
            # ((round 21) goods that "enter"/"come in" duty-free are their own clause's subject:
            # "..., and Moldovan walnuts and wine will come in free of duty")
            # ((round 14) not past "noted that" / "under which" to the parties before it when the
            # clause's own subject is goods of a country: "... noted that Polish goods face a U.S. tariff")
            # "The United States will (i) reduce...": the subject precedes the enumeration;
            # "The United States, Switzerland, and Liechtenstein will": one subject list
            subject_region = (0, hit.start)
        if clause_start > 0 and ("it " in sentence or "they " in sentence) \
                and _CLAUSE_PRONOUN.match(sentence, clause_start, hit.start) \
                and not _subject_actors(sentence, subject_region, mentions, context) \
                and (named := _subject_actors(sentence, (0, clause_start), mentions, context)):
            # (round 15) "Japan took a 15% ceiling too, and it pledged to invest ...": the pronoun
            # opening the clause is the sentence's subject before it, not the previous sentence's actor
            carried = named
        if hit.form[:1].isupper() and _QUOTE_OPENS_BEFORE.search(sentence, max(0, hit.start - 4), hit.start):
            # (round 12) "Trade Council President Jane Doe: “Slashing X's duty on ...": the
            # speaker's label is no subject of the quote's gerund; the object names the owner
            subject_region = (hit.start, hit.start)
        new_rows, actors = _cue_commitments(
            sentence, hit, subject_region, object_region, mentions, carried, heading_actors, context,
            coordinated,
        )
        if condition_end is not None and hit.start < condition_end:
            new_rows = []  # (round 24) a verb of the fronted condition ("Should X retaliate by raising its duties, I may ...")
        if new_rows and previous is not None and (
                coordinated or "as well as" in sentence[previous[0].end:hit.start]):
            _share_the_verb_chain_status(sentence, previous, hit, new_rows)
        if new_rows:
            previous = (hit, new_rows)
        if new_rows and "ountr" in sentence:
            _secondary_tariff(sentence, hit, object_region, new_rows, mentions, context.in_force_by)
        if new_rows:
            _customs_duty_rows(sentence, hit, object_region, new_rows, context.in_force_by)
        if actors:
            carried = actors
        elif not new_rows and not coordinated \
                and not any(object_region[0] <= m.start < object_region[1] and m.actor.country for m in mentions) \
                and (named := _subject_actors(sentence, subject_region, mentions, context)):
            # (round 15) "The European Union accepted a similar ceiling ... and said it would buy": a
            # verb that gave no row still names the clause's subject, which "and will", "said it
            # would" refer back to (not past a row's verb: an inverted cue's levier is no subject; not
            # past a party its object names: "secured a commitment from Qatar to invest" is Qatar's)
            carried = named
        if rows and "with " in sentence[max(0, hit.start - 40):hit.start] \
                and _AIM_BEFORE.search(sentence, max(0, hit.start - 40), hit.start):
            # "explore mechanisms ... with a view to facilitating transfers of data": what the
            # pledge just stated aims at, not a second pledge
            continue
        if _means_of_previous(sentence, hit, rows, object_region):
            continue  # "continue to modify the rate ..., by suspending 24 percentage points of it"
        if rows and _EXAMPLE_OF_PREVIOUS.search(sentence, max(0, hit.start - 45), hit.start) \
                and not _examples_replace_lead(sentence) and all(
                not _has_figure(r) for r in new_rows) and any(
                (r.category, r.action) == (n.category, n.action) for r in rows for n in new_rows):
            continue  # "address barriers to farm goods, including streamlining certificates": an example of the same measure
        if rows and new_rows and _EXAMPLE_OF_PREVIOUS.search(sentence, max(0, hit.start - 45), hit.start):
            lead = [r for r in rows if r.evidence is sentence and r.category == "other" and not _has_figure(r)
                    and r.action in {n.action for n in new_rows} and r.category not in {n.category for n in new_rows}]
            # "combat forced labor, including by combatting the importation of goods made with it":
            # a topic lead broken down into a specific measure is stated by that measure (guide rule 6)
            rows = [r for r in rows if not any(r is l for l in lead)]
        if rows and hit.cue.lemma == "take_effect" and _SCHEDULED_RELATIVE.search(sentence, max(0, hit.start - 60), hit.start):
            continue  # "delaying an increase to 30% that was due to take effect on Friday": the delayed measure
        if rows and new_rows and _SUCH_OBJECT.match(sentence, object_region[0]):
            _inherit_category(new_rows, rows)
        elif new_rows and not hit.cue.fixed and sentence.startswith(("it", "them"), object_region[0] + 1) \
                and _PRONOUN_OBJECT.match(sentence, object_region[0]) \
                and (referent := _measure_referred_back(sentence[:hit.start])) is not None:
            for row in new_rows:  # the category only: the figures stay the clause's own
                row.category = _lexicon().object_categories[referent.lastgroup]
        if new_rows and new_rows[0].category == "tariff" and ("%" in sentence or "per" in sentence) and (
                sentence.startswith(("it", "them"), object_region[0] + 1) and (
                    _PRONOUN_OBJECT.match(sentence, object_region[0]) or _PRONOUN_TO_RATE.match(sentence, object_region[0]))
                # (round 22) "lowered it to 13 per cent"; "brought the rate down to 15 per cent", "lowered the levy to
                # 12%": a definite measure noun naming no goods refers back as "it" does
                or _MEASURE_NOUN_TO_RATE.match(sentence, object_region[0])):
            # (round 20) "put a 73.6% duty on wine in 2019 and dropped it in 2022": the measure the
            # pronoun stands for is the one rate named before it, the removed level (convention 15)
            if not _SCOPE_AFTER_PRONOUN.match(sentence, object_region[0]):
                # (not a removal for some of the goods, the rate kept for the rest: "hold the tariff at 10
                # percent and remove it on goods that U.S. producers cannot supply" keeps no figure, round 14)
                _removed_rate_referred_back(sentence[:hit.start], new_rows)
        if new_rows and new_rows[0].category == "purchase" and new_rows[0].amount is None and " to " in sentence[max(0, hit.start - 4):hit.start] \
                and (antecedent := _PLEDGED_QUANTITY_BEFORE.search(sentence, max(0, hit.start - 140), hit.start)):
            # (round 20) "count towards the 20 million tonnes a year it pledged to buy": the verb's object is
            # the noun the relative clause hangs on, with its quantity
            quantity = next(iter(find_quantities(antecedent.group("q"))), None)
            if quantity is not None and quantity.kind in ("money", "tonnes", "count"):
                for row in new_rows:
                    if row.category == "purchase" and row.amount is None:
                        row.amount, row.unit = quantity.value, quantity.unit
        if new_rows and new_rows[0].category == "purchase" and "equir" in sentence \
                and _REQUIRED_OF_OTHERS.search(sentence, max(0, hit.start - 260), hit.start):
            continue  # "not ... requiring U.S. persons to transfer technology, or to purchase ...": a demand barred, no purchase
        if new_rows and "s set " in sentence and _EARLIER_TREATY_TERMS.search(sentence, object_region[0], object_region[1] + 80):
            for row in new_rows:
                if row.action in ("impose", "relax") and not _has_figure(row):
                    row.action = "maintain"  # terms an earlier treaty already sets are kept, not new
        if new_rows and new_rows[0].category == "tariff" and _CONDITION_OBJECT.match(sentence, object_region[0]):
            # "shall not impose any condition or enforce any undertaking requiring U.S. persons to
            # transfer technology": a condition on doing business, named by what it demands
            topics = [c for c in _object_categories(sentence[hit.end:hit.end + 300]) if c not in ("tariff", "purchase")]
            for row in new_rows:
                row.category = topics[0] if topics else "other"
        rows.extend(new_rows)
    if ": " in sentence and rows:
        rows = _rate_list_rows(sentence, rows, mentions, context)
    if "(" in sentence and rows:
        rows.extend(_own_bracketed_rates(sentence, rows, mentions))
    if rows and cues and ", and " in sentence:
        rows.extend(_gapped_rate_rows(sentence, rows, cues[-1].end, mentions))
    if rows and sentence.count(" from ") >= 2:
        rows.extend(_second_level_pair_rows(sentence, rows, mentions))
    rows.extend(_earlier_rate_rows(sentence, rows, mentions))
    if "hreatened" in sentence and not any(r.category == "tariff" for r in rows):
        # (round 12) "the 15% rate, while lower than the 30% President Trump had threatened,
        # still hurts": a threatened rate named beside a rate in force, no measure verb
        rows.extend(_threatened_rate_alone_rows(sentence, mentions, context))
    if "mposed" in sentence or "levied" in sentence or "slapped" in sentence:
        rows.extend(_imposed_rate_rows(sentence, rows, mentions, context))
    if ("on top of" in sentence or "in addition to" in sentence or "atop" in sentence or "charges" in sentence or "levies" in sentence
            or "applies" in sentence or "imposes" in sentence or "maintains" in sentence) and ("%" in sentence or "percent" in sentence):
        rows.extend(_standing_rate_rows(sentence, rows, mentions, context))
    if _PLANNED_HINT.search(sentence):
        rows.extend(_planned_measure_rows(sentence, rows, mentions, carried, context))
    if "hreaten" in sentence:
        rows.extend(_threatened_partner_rows(sentence, mentions, context))
    if " for " in sentence and "$" in sentence:
        rows.extend(_asked_purchase_rows(sentence, rows, mentions, context))
    if _figureless_tariff_hint(sentence):
        rows.extend(_figureless_tariff_rows(sentence, rows, mentions, context))
    if "nother" in sentence and rows:
        rows.extend(_later_tranche_rows(sentence, rows, context))
    if ("ilateral" in sentence or "oint" in sentence) and _NEW_FORUM.search(sentence):
        rows.extend(_new_forum_rows(sentence, rows, mentions, context))
    if "cooperation on" in sentence and _DEAL_BY_COOPERATION.match(sentence):
        rows = _deal_cooperation_rows(sentence, rows, context)
    if "harg" in sentence and _CHARGES_NOTHING.search(sentence):
        rows.extend(_charges_nothing_rows(sentence, rows, mentions, context))
    if "nclude" in sentence and not rows and _DEAL_INCLUDES_ACCESS.search(sentence):
        rows = _deal_access_rows(sentence, mentions, context)
    if "umping" in sentence or "ountervailing" in sentence:
        rows.extend(_remedy_duty_rows(sentence, rows, mentions, context))
    if "sanctions " in sentence:
        rows.extend(_standing_sanction_rows(sentence, rows, mentions, context))
    if "which will" in sentence:
        rows = _rate_step_rows(sentence, rows, context)
    if _TALKS_HINT.search(sentence):
        rows.extend(_continuing_talks_rows(sentence, rows, context))
        rows.extend(_trade_talks_rows(sentence, rows, mentions, context))
    if holds_one_of(_TALKS_EVENT_TRIGGERS, sentence):
        rows.extend(_talks_event_rows(sentence, rows, mentions, context))
    if holds_one_of(_APPROVAL_HINTS, sentence) and holds_one_of(_LEGISLATURE_HINTS, sentence):
        rows.extend(_approval_pending_rows(sentence, rows, mentions, context))
    rows.extend(_noun_pledge_rows(sentence, rows, mentions, context))
    if "sale" in sentence and _SALE_TO.search(sentence):
        rows.extend(_sale_to_rows(sentence, rows, mentions, context))
    if "mechanism" in sentence and _MECHANISM_RATE.search(sentence):
        rows = _mechanism_rate_rows(sentence, rows, mentions, context)
    if "per item" in sentence or "per postal item" in sentence:
        rows.extend(_per_item_duty_rows(sentence, rows, context))
    if "$" in sentence and (" worth " in sentence or "valued at" in sentence) and _FIRM_SALE.search(sentence):
        rows.extend(_firm_sale_rows(sentence, rows, mentions, context))
    if "ommitment to" in sentence and _DEAL_COMMITMENT.search(sentence):
        rows = _deal_commitment_rows(sentence, rows, context)
    if rows and "ommitments" in sentence:
        rows = _commitments_still_to_finalize(sentence, rows, context)
    if not rows and "nter into force" in sentence and len(context.parties) >= 2 and _DEAL_ENTERS_FORCE.match(sentence):
        # "This Agreement shall enter into force 60 days after ... notified each other": a step on
        # the deal still to come, one `diplomatic` `negotiate` row per party (convention 19)
        parties = context.parties[:2]
        rows = [_talks_row(party, parties, "diplomatic", "entry into force of the Agreement", sentence, "agreed",
                           False, context) for party in parties]
    if rows and "acilitat" in sentence:
        rows = _drop_facilitation_lead(sentence, rows)
    if "uild" in sentence and _RECAP_LEAD.search(sentence):
        rows.extend(_recap_rows(sentence, rows, mentions, context))
    if "Agreements" in sentence:
        rows = _us_row_per_agreement(rows)
    if "nsur" in sentence and _NO_BURDEN_HINT.search(sentence):
        rows.extend(_no_burden_rows(sentence, rows, mentions, carried, context))
    if "erminat" in sentence and not rows:
        rows.extend(_termination_threat_rows(sentence, mentions, context))
    if "nsur" in sentence and _ENSURED_CONDUCT.search(sentence):
        rows.extend(_ensured_conduct_rows(sentence, rows, mentions, carried, context))
    if "procurement obligations" in sentence:
        rows.extend(_procurement_reciprocity_rows(sentence, rows, mentions, carried, context))
    rows.extend(_amendment_rows(sentence, rows, mentions, context))
    if rows and any(r.action == "negotiate" and r.category == "diplomatic" for r in rows):
        rows = _talks_topic_rows(sentence, rows)
    if rows and " with " in sentence:
        rows.extend(_talks_partner_rows(rows, context))
        if "ork" in sentence:
            rows.extend(_working_with_partner_rows(rows, context))
    if _cap_hint(sentence):
        capped = _cap_rows(sentence, rows, mentions, context)
        if capped:
            # ("U.S. tariffs on X shall be capped at 15 percent": the cap is the measure the verb named)
            rows = [r for r in rows if not (r.category == "tariff" and r.action == "impose" and not _has_figure(r))] + capped
    if " with " in sentence and ("ineral" in sentence or "emorand" in sentence or "MOU" in sentence):
        rows = _side_deal_partner_rows(sentence, rows, mentions, context)
    if "mposition of" in sentence:
        rows.extend(_imposition_on_class_rows(sentence, rows, mentions, context))
    if context.order_text and context.in_force_by and (" shall " in sentence or " will " in sentence) \
            and _COPULAR_RATE.search(sentence):
        rows.extend(_copular_rate_rows(sentence, rows, mentions, context))
    elif " zero" in sentence and "eciprocal" in sentence and _reciprocal_duty_zeroed(sentence, context):
        rows.extend(_copular_rate_rows(sentence, rows, mentions, context, levier="USA"))
    if " that " in sentence and context.in_force_by and _RECOUNTED_MEASURE.search(sentence):
        rows.extend(_recounted_measure_rows(sentence, rows, context))
    if rows and ("ariff" in sentence or "uties" in sentence) and (" and " in sentence or "as well as" in sentence) \
            and _COORDINATED_MEASURE.search(sentence):
        rows.extend(_coordinated_measure_rows(sentence, rows))
    if rows and (" combined " in sentence or " total " in sentence) and _COMBINED_RATE.search(sentence):
        _take_combined_rate(sentence, rows)
    if rows and "; " in sentence:
        rows.extend(_semicolon_rate_rows(sentence, rows))
    if "subject to" in sentence and context.in_force_by and _RATED_CATEGORY_WIDENED.search(sentence):
        rows.extend(_rated_category_rows(sentence, rows, context))
    if "uty-free" in sentence and " enter" in sentence and _DUTY_FREE_ENTRY.search(sentence):
        rows.extend(row for row in _duty_free_entry_rows(sentence, context) if not any(
            (r.actor, r.category, r.value_to) == (row.actor, row.category, row.value_to) for r in rows))
    if _admitted_free_hint(sentence) and _ADMITTED_FREE.search(sentence):
        admitted = _admitted_free_rows(sentence, rows, mentions, context)
        if admitted:
            # ("Japan will import 70,000 tonnes of U.S. rice duty-free", "will be allowed into X duty-free": the goods
            # let in free, not a purchase pledge nor market access eased)
            rows = [r for r in rows if not (r.category in ("purchase", "market_access") and r.actor == admitted[0].actor)] + admitted
    if rows and "respectively" in sentence:
        rows = _respective_rate_rows(sentence, rows, mentions)
    if " at " in sentence and (" enter" in sentence or "admitted" in sentence) and _ENTERS_AT_RATE.search(sentence):
        rows.extend(row for row in _entry_rate_rows(sentence, mentions, context)
                    if not any(r.category == "tariff" and r.value_to == row.value_to for r in rows))
    if _rate_phrase_hint(sentence, context):
        rows.extend(_rate_phrase_rows(sentence, rows, mentions, context))
    if rows and ("place of" in sentence or "lieu of" in sentence or "instead of" in sentence or "rather than" in sentence):
        rows = _replaced_level_rows(sentence, rows)
    if rows and " from " in sentence and (" and " in sentence or " or " in sentence):
        rows.extend(_listed_origin_rows(sentence, rows, mentions))
    if rows and (" and " in sentence or ", with " in sentence):
        rows.extend(_gapped_conjunct_rows(sentence, rows, mentions))
    if rows and ("uota" in sentence or " let " in sentence or "llow" in sentence or "dmit" in sentence) \
            and (_QUOTA_LET_IN.search(sentence) or _QUOTA_OPENED.search(sentence)):
        rows.extend(_conjunct_quota_rows(sentence, rows, mentions, context))
    return rows, carried


# (round 24) a quota told as its own conjunct beside another measure of the sentence: "will do away with its levy
# on wheat and will let in up to 20,000 tonnes of poultry a year at a duty of 10 per cent", "phase out its 9%
# tariff on palm oil and let in 1.5 mln tonnes of rice a year free of duty", "kept its 10% baseline but let up to
# 100,000 cars a year in at a combined rate of 10 per cent, instead of 27.5", "while the bloc opens a duty-free
# quota of 120,000 tonnes": a volume let in at a rate is a tariff measure of its own (convention 14; a duty-free
# quota is `remove` to 0, guide rule 21), the readers of a lone quota give it no row once the sentence has another
_QUOTA_VOLUME = r"(?:up\s+to\s+|about\s+|some\s+|around\s+)?\d[\d,.]*\s*(?:mln|million|bn|billion|thousand)?\s*(?:metric\s+)?(?:tonnes|tons|litres|liters|head|units|vehicles|cars)?\b"
_QUOTA_RATE = r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pct)"
_QUOTA_TERMS = (r"(?P<terms>at\s+(?:zero|nil)\s+(?:duty|tariff)|free\s+of\s+(?:any\s+)?(?:dut(?:y|ies)|tariffs?)|(?:duty|tariff)[- ]free"
                r"|without\s+(?:any\s+)?(?:dut(?:y|ies)|tariffs?)"
                r"|at\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:duty|tariff|rate)(?:\s+rate)?\s+of\s+" + _QUOTA_RATE + r")")
_QUOTA_LET_IN = re.compile(
    r"\b(?P<verb>let(?:s|ting)?|admit(?:s|ted|ting)?|allow(?:s|ed|ing)?)\s+(?:in\s+)?(?P<goods>" + _QUOTA_VOLUME
    + r"(?:(?![,;:]|\b(?:and|but|while|which|that|at)\b).){0,80}?)\s+(?:in\s+|into\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3})?" + _QUOTA_TERMS,
    re.IGNORECASE)
_QUOTA_OPENED = re.compile(
    r"\b(?P<verb>open(?:s|ed|ing)?|grant(?:s|ed|ing)?|offer(?:s|ed|ing)?|creat(?:e|es|ed|ing))\s+(?:an?\s+|its\s+)?(?:new\s+)?"
    r"(?:annual\s+|yearly\s+)?(?P<terms>duty[- ]free|zero[- ]duty|tariff[- ]free)\s+(?:import\s+)?quota\s+of\s+(?P<goods>" + _QUOTA_VOLUME
    + r"(?:(?![,;:]|\b(?:and|but|while|which|that)\b).){0,80})", re.IGNORECASE)
_QUOTA_LEVEL_WAS = re.compile(r",?\s+(?:in\s+place\s+of|instead\s+of|rather\s+than|down\s+from)\s+(?:the\s+)?(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pct)",
                              re.IGNORECASE)
_THE_BLOC = re.compile(r"\bthe\s+(?:[\w-]+\s+)?bloc\b", re.IGNORECASE)
_BLOC_CODES = frozenset(("EUN", "ASEAN", "GCC"))
_QUOTA_HEDGE = re.compile(r"^(?:up\s+to|about|some|around)\s+", re.IGNORECASE)
_QUOTA_CLAUSE_START = re.compile(r"(?:[,;:]\s*|\b(?:and|but|while|whereas)\s+)")


def _conjunct_quota_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                         context: _Context) -> list[Commitment]:
    """A row for each quota conjunct of a sentence whose other rows do not hold it."""
    model = next((r for r in rows if r.category == "tariff" and r.actor), None)
    if model is None:
        return []
    extra: list[Commitment] = []
    for match in [*_QUOTA_LET_IN.finditer(sentence), *_QUOTA_OPENED.finditer(sentence)]:
        goods = match.group("goods")
        if not any(q.kind in ("tonnes", "count") for q in find_quantities(goods)) and not _VOLUME_ADMITTED.search(goods):
            continue  # a volume let in, not money nor a share
        rate = match.groupdict().get("rate")
        level = float(rate) if rate else 0.0
        earlier = None
        was = _QUOTA_LEVEL_WAS.match(sentence, match.end())
        if rate and was is not None:
            earlier = float(was.group("rate"))
        verb = match.start("verb")
        bounds = [m.end() for m in _QUOTA_CLAUSE_START.finditer(sentence, 0, verb)]
        clause = (bounds[-1] if bounds else 0, verb)
        subjects = _subject_actors(sentence, clause, mentions, context)
        if not subjects and _THE_BLOC.search(sentence, *clause):
            # "while the bloc opens a duty-free quota": the bloc among the sentence's parties
            subjects = [c for c in dict.fromkeys((model.actor, model.counterparty, *context.parties[:2])) if c in _BLOC_CODES]
        actor = subjects[0] if subjects else model.actor
        if any(r.category == "tariff" and r.actor == actor and r.value_to == level and r.value_from is None
               and r.action != "maintain" for r in rows + extra):
            continue  # the zero (or rate) the sentence's readers already gave: the quota's own
        origins = [c for c in _targets(sentence, (match.start("goods"), match.end("goods")), mentions, goods_only=True) if c != actor]
        action = "remove" if level == 0 else "impose" if earlier is None else "reduce" if level < earlier else "raise"
        extra.append(replace(
            model, actor=actor, category="tariff", action=action, value_from=earlier, value_to=level, change=None,
            amount=None, unit="percent", subject=_subject_phrase("quota: " + _QUOTA_HEDGE.sub("", goods)), products=hs_codes(goods),
            counterparty=origins[0] if origins else (model.counterparty if model.counterparty != actor else None),
            mentions=1, commitment_id=None,
        ))
    return extra


# (round 24) a list of rated conjuncts sharing the first one's verb (gapping): "set a duty of 7.6% on A,
# 12.1% on B and 23.9% on all others", "a 100% tariff on canola and 25% on pork", "set the duty on wine at
# 40 percent and on cheese at 25 percent", "faces a 7.2 per cent duty, with 14.1 per cent for the rest";
# after a payer's verb, payers then their rate: "A will pay 12.4 per cent, B 19.8 per cent and C 38.6 per
# cent", "wine will pay 200% instead of 150%, olive oil 45% in place of 35% and chocolate 50%, up from 30%".
# Each conjunct states its own rate under the same measure (convention 2: objects with their own figure);
# a level it replaces is its value_from. The gap between conjuncts holds no verb and no other figure.
_RATE_TEXT = r"\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent|pct)"
# words that open a clause of their own (a verb or a subordinator): the list's gapping ends there
_CLAUSE_OPENER = re.compile(
    r"\b(?:will|would|shall|should|could|can|may|might|must|said|says|say|is|are|was|were|be|been|has|have|had|"
    r"which|that|who|whom|while|whereas|but|after|before|when|if|then|also|although|though|because|since|until|"
    r"face|faces|faced|pay|pays|paid|charge|charges|charged|applies|applied|imposed|took|takes|rose|fell|"
    r"according|told|added|announced|published|approved|signed)\b", re.IGNORECASE)
_GOODS_TEXT = r"[^,;:.()%\d]{1,70}?"
_CONJUNCT_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|with\s+)?|;\s*(?:and\s+)?|\s+and\s+)")
_RATED_CONJUNCT = re.compile(
    # "12.1% on B", "25 per cent on pork", "a 10% levy on crude oil", "14.1 per cent for the rest"
    r"(?:an?\s+)?(?P<rate>" + _RATE_TEXT + r")(?:\s+(?:[\w-]+\s+)?(?:dut(?:y|ies)|tariffs?|levy|levies|rate))?"
    r"\s+(?:on|for)\s+(?P<goods>" + _GOODS_TEXT + r")(?=\s*(?:[,;.]|\s+and\s|$))"
    # "on cheese at 25 percent"
    r"|on\s+(?P<goods2>" + _GOODS_TEXT + r")\s+at\s+(?P<rate2>" + _RATE_TEXT + r")"
    # (after a payer's verb) "B 19.8 per cent", "olive oil 45% in place of 35%"
    r"|(?P<payer>(?:[\w'’-]+\s+){1,5}?)(?P<rate3>" + _RATE_TEXT + r")", re.IGNORECASE)
# the first conjunct's own goods after its rate: "7.6% on A", "a 7.2 per cent duty", "a 100% tariff on canola"
_CONJUNCT_TAIL = re.compile(
    r"(?:\s+(?:[\w-]+\s+)?(?:dut(?:y|ies)|tariffs?|levy|levies|rate))?(?:\s+(?:on|for)\s+" + _GOODS_TEXT + r")?"
    r"(?=\s*(?:[,;]|\s+and\s))", re.IGNORECASE)
_PAYER_VERB_BEFORE = re.compile(r"\b(?:pay|pays|paying|attract|attracts|face|faces)\s+(?:an?\s+)?$", re.IGNORECASE)
_CONJUNCT_LEVEL_WAS = re.compile(
    r"(?:,\s*|\s+)(?:instead\s+of|in\s+place\s+of|rather\s+than|up\s+from|down\s+from)\s+(?:the\s+)?(?P<rate>" + _RATE_TEXT + r")",
    re.IGNORECASE)


def _gapped_conjunct_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention]) -> list[Commitment]:
    """The rows of the rated conjuncts that follow a tariff row's rate under its verb."""
    # (speed: the models first, the sentence's quantities only when one is there — most sentences have none)
    models = [r for r in rows if r.category == "tariff" and r.unit == "percent" and r.value_to is not None
              and r.action in ("impose", "maintain", "raise", "reduce")]
    if not models:
        return []
    rates = [q for q in find_quantities(sentence) if q.kind == "rate" and q.unit == "percent"]
    if len(rates) < 2:
        return []
    extra: list[Commitment] = []
    for model in models:
        start = next((q for q in rates if q.value == model.value_to), None)
        if start is None:
            continue
        payer_list = _PAYER_VERB_BEFORE.search(sentence, max(0, start.start - 20), start.start) is not None
        end = start.end
        was = _CONJUNCT_LEVEL_WAS.match(sentence, end)
        if was is not None:
            end = was.end()
        if model.action in ("raise", "reduce") and (was is None or model.value_from is None):
            continue  # (a change's conjuncts without their own earlier level say nothing of theirs)
        tail = _CONJUNCT_TAIL.match(sentence, end)
        if tail is not None and not _CLAUSE_OPENER.search(tail.group(0)):
            end = tail.end()
        while True:
            separator = _CONJUNCT_SEPARATOR.match(sentence, end)
            if separator is None:
                break
            conjunct = _RATED_CONJUNCT.match(sentence, separator.end())
            if conjunct is None or _CLAUSE_OPENER.search(conjunct.group(0)):
                break
            if conjunct.group("rate3") and not payer_list:
                break
            rate_text = conjunct.group("rate") or conjunct.group("rate2") or conjunct.group("rate3")
            level = next((q.value for q in rates if separator.end() <= q.start < conjunct.end()
                          and q.text in rate_text), None)
            if level is None:
                break
            end = conjunct.end()
            earlier = None
            was = _CONJUNCT_LEVEL_WAS.match(sentence, end)
            if was is not None:
                earlier = next((q.value for q in rates if was.start() <= q.start < was.end()), None)
                end = was.end()
            if model.action in ("raise", "reduce") and earlier is None:
                break
            if any(r.category == "tariff" and r.value_to == level and r.actor == model.actor for r in rows + extra):
                continue
            goods_region = (separator.end(), conjunct.end())
            named = [c for c in _targets(sentence, goods_region, mentions, goods_only=True) if c != model.actor]
            action = model.action if earlier is None else \
                "remove" if level == 0 else "reduce" if level < earlier else "raise" if level > earlier else "maintain"
            extra.append(replace(
                model, action=action, value_from=earlier, value_to=level, change=None,
                subject=_subject_phrase(sentence[separator.end():conjunct.end()]),
                products=hs_codes(sentence[separator.end():conjunct.end()]),
                counterparty=named[0] if named else model.counterparty, mentions=1, commitment_id=None,
            ))
    return extra


# (round 24) goods "from A, B and C" under one measure: the measure binds each origin, a row per
# counterparty (guide rule 11) — "imposed anti-dumping duties on shrimp from Brazil, China and India",
# "duties of up to 27.83% on galvanised steel from China and South Korea"
# (the goods of the measure's own phrase: "<measure> on <goods> from", no clause between — not "after a surge
# of units from A and B", "imports, most of them from A and B")
_ORIGIN_LIST_OPENER = re.compile(
    r"\b(?:dut(?:y|ies)|tariffs?|levy|levies|surtax(?:es)?|deposits?)\b(?:[^,;:.()]|\.\d){0,60}?\bon\s+[^,;:.()]{1,70}?\bfrom\s+(?:the\s+)?$",
    re.IGNORECASE)
# a range of rates over the origins ("duties of up to 37.5 per cent on X from A and B") is one origin's top rate
_RATE_RANGE = re.compile(r"\b(?:up\s+to|between|ranging|as\s+(?:much|high)\s+as)\s+(?:\S+\s+){0,2}?\d", re.IGNORECASE)
_ORIGIN_LIST_JOINER = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")


def _origin_list(sentence: str, mentions: list[ActorMention]) -> list[list[str]]:
    """Each list of two or more countries opened by "from" (goods' origins), in order."""
    lists: list[list[str]] = []
    named = sorted((m for m in mentions if m.actor.country), key=lambda m: m.start)
    index = 0
    while index < len(named):
        first = named[index]
        if not _ORIGIN_LIST_OPENER.search(sentence, max(0, first.start - 160), first.start):
            index += 1
            continue
        countries, end, index = [first.actor.country], first.end, index + 1
        while index < len(named):
            joiner = _ORIGIN_LIST_JOINER.match(sentence, end)
            if joiner is None or joiner.end() != named[index].start:
                break
            countries.append(named[index].actor.country)
            end, index = named[index].end, index + 1
        if len(dict.fromkeys(countries)) >= 2:
            lists.append(list(dict.fromkeys(countries)))
    return lists


def _listed_origin_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention]) -> list[Commitment]:
    """A tariff row whose counterparty opens a "from A, B and C" list, repeated for each other origin."""
    if "respectively" in sentence:
        return []  # ("goods from A and B face tariffs of 20 and 19 per cent respectively": a rate each)
    # (speed: a list's rows repeat a tariff row whose counterparty is its first origin, a country of the
    # sentence's mentions; without one, nothing to scan for)
    heads = {r.counterparty for r in rows if r.category == "tariff" and r.counterparty}
    if not heads or not any(m.actor.country in heads for m in mentions):
        return []
    extra: list[Commitment] = []
    ranged = _RATE_RANGE.search(sentence) is not None
    for countries in _origin_list(sentence, mentions):
        for row in list(rows):
            if row.category != "tariff" or row.counterparty != countries[0] or ranged and _has_figure(row):
                continue
            for country in countries[1:]:
                if country == row.actor or any(
                        (r.actor, r.action, r.value_to, r.counterparty) == (row.actor, row.action, row.value_to, country)
                        for r in rows + extra):
                    continue
                extra.append(replace(row, counterparty=country, mentions=1, commitment_id=None))
    return extra


# (round 21) the level a new rate replaces, told after it: "shall be 10 percent, in place of the 15 percent rate
# set in Executive Order 14326", "a duty of 18 percent, in lieu of the 20 percent rate", "a 10% duty ... in place
# of rates that reach 110%", "5 per cent instead of 20": the replaced rate is the row's value_from
_LEVEL_REPLACED = re.compile(
    r"(?:,\s*|\s)(?:in\s+place\s+of|in\s+lieu\s+of|instead\s+of|rather\s+than)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:(?:current|existing|previous|prior|earlier|former|present|standard|higher)\s+)?"
    r"(?:(?:rates?|dut(?:y|ies)|tariffs?|levy|levies)\s+(?:(?:that|which)\s+(?:reach(?:es|ed)?|run|ran|go|went|stand|stood)\s+"
    r"(?:(?:as\s+high\s+as|up\s+to|at)\s+)?|of\s+(?:up\s+to\s+)?)?)?"
    r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent|per\s?cent|pct)", re.IGNORECASE)


_NEVER_APPLIED_RATE = re.compile(
    r"(?:\s+(?:rate|duty|tariff|levy))?(?:\s+(?:that|which))?(?:\s+(?:it|they|Washington|[A-Z][a-z]+))?"
    r"(?:\s+(?:was|were|had|has|have))?(?:\s+been)?\s+(?:(?:first|initially|originally|earlier|previously)\s+)?"
    r"(?:announced|threatened|proposed|floated|planned)\b")


def _replaced_level_rows(sentence: str, rows: list[Commitment]) -> list[Commitment]:
    """A row at the new rate takes the replaced one as its earlier level (convention 4 decides the action),
    and the replaced rate, named only as what the new one replaces, is no row of its own."""
    match = _LEVEL_REPLACED.search(sentence)
    if match is None:
        return rows
    if _NEVER_APPLIED_RATE.match(sentence, match.end()):
        return rows  # convention 16: a rate only announced or threatened was never an earlier level
    earlier = float(match.group("rate"))
    stated_before = {q.value for q in find_quantities(sentence[:match.start()]) if q.kind == "rate"}
    row = next((r for r in rows if r.category == "tariff" and r.unit == "percent" and r.value_from is None
                and r.value_to is not None and r.value_to != earlier and r.value_to in stated_before
                and r.action in ("impose", "reduce", "raise", "remove")), None)
    if row is None:
        return rows
    row.value_from = earlier
    row.action = "remove" if row.value_to == 0 else "reduce" if row.value_to < earlier else "raise"
    return [r for r in rows if r is row or not (
        r.category == "tariff" and r.actor == row.actor and r.value_to == earlier and r.value_from is None
        and r.action in ("impose", "maintain"))]


# (round 15) the rate goods enter at, told with no tariff verb in treaty and fact-sheet language: "Within a
# yearly volume of 120,000 tonnes, unwrought aluminum of X shall enter the United States at a Section 232 duty
# of 25 percent, half of the 50 percent rate otherwise applicable", "Chilean wine will enter the U.S. market at
# a tariff of 5%", "originating goods of Peru shall be admitted into the United States at a rate of duty of 10
# percent", "U.S. beef will enter Japan at a 9 percent tariff": the entered country's tariff at that rate (a
# quota's size stays in subject, convention 14); the rate it replaces, when told, is the earlier level
_ENTERS_AT_RATE = re.compile(
    r"\b(?:shall|will|would|may|can)\s+(?:continue\s+to\s+)?(?:enter|be\s+admitted\s+(?:in)?to)\s+(?P<country>the\s+United\s+States|the\s+U\.S\.|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    r"(?:\s+market)?\s+at\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:duty|tariff|rate)(?:\s+rate|\s+of\s+duty)?\s+of\s+(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
    r"|(?P<rate2>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?:[\w-]+\s+){0,2}?(?:duty|tariff|rate))")
_RATE_REPLACED = re.compile(
    r"(?:,\s*|\s+)(?:(?:half|a\s+third|a\s+quarter)\s+of\s+the\s+|(?:instead\s+of|down\s+from|in\s+place\s+of|rather\s+than)\s+(?:the\s+)?)"
    r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)", re.IGNORECASE)


def _entry_rate_rows(sentence: str, mentions: list[ActorMention], context: _Context) -> list[Commitment]:
    match = _ENTERS_AT_RATE.search(sentence)
    entered = [m.actor.country for m in find_actor_mentions(match.group("country"), context.on) if m.actor.country]
    if not entered:
        return []
    level = float(match.group("rate") or match.group("rate2"))
    replaced = _RATE_REPLACED.match(sentence, match.end())
    earlier = float(replaced.group("rate")) if replaced else None
    action = "remove" if level == 0 else "impose" if earlier is None else "reduce" if level < earlier else "raise"
    goods = sentence[:match.start()]
    origins = [m.actor.country for m in mentions if m.end <= match.start() and m.actor.country and m.actor.country != entered[0]]
    return [Commitment(
        actor=entered[0], category="tariff", action=action, subject=_subject_phrase(goods), evidence=sentence,
        paragraph_index=0, char_start=0, char_end=0, counterparty=origins[0] if origins else _other_party(entered[0], context),
        products=hs_codes(sentence), value_from=earlier, value_to=level, unit="percent", status=context.default_status,
        conditional=_states_condition(sentence), confidence=_confidence(entered[0], False, "tariff"),
        article_id=context.article_id, extractor_version=EXTRACTOR_VERSION)]


# (round 15) "goods from Vietnam and Malaysia now face US tariffs of 20 per cent and 19 per cent
# respectively", "Korea, Japan and Taiwan pay 15%, 15% and 20%, respectively": one row per partner,
# each with its own rate, in the order both lists are written (guide rule 11)
_RESPECTIVE_RATES = re.compile(
    r"(?P<list>\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)(?:\s*(?:,\s*(?:and\s+)?|and\s+)\d+(?:\.\d+)?\s*(?:%|per ?cent|percent))+)"
    r"\s*,?\s+respectively\b", re.IGNORECASE)
_RATE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# (not a paying partner's verb: "Canada and Mexico face duties of 35% and 25%, respectively")
_LEVYING_PARTY = re.compile(r"\s+(?!(?:face|faces|faced|facing|pay|pays|paid|paying|see|sees|saw)\s)(?:[\w-]+\s+)?"
                            r"(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)\b", re.IGNORECASE)  # "US tariffs of"


def _respective_rate_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention]) -> list[Commitment]:
    """A tariff row read from the first of a "respectively" list of rates becomes one row per partner named
    before the list, when the partners and the rates are as many."""
    listed = _RESPECTIVE_RATES.search(sentence)
    if listed is None:
        return rows
    rates = [float(n) for n in _RATE_NUMBER.findall(listed.group("list"))]
    matching = [r for r in rows if r.category == "tariff" and r.value_to == rates[0]]
    if not matching or len(matching) > 1 and len({(r.actor, r.action, r.value_from) for r in matching}) > 1:
        return rows
    base = matching[0]  # (the rows split per partner already, each with the first rate, are one measure)
    levier, partners = None, []
    for mention in mentions:
        country = mention.actor.country
        if mention.start >= listed.start() or not country:
            continue
        if _LEVYING_PARTY.match(sentence, mention.end):
            levier = levier or country  # "US tariffs of ...": the party that levies them
        elif country not in partners:
            partners.append(country)
    actor = levier or base.actor
    partners = [p for p in partners if p != actor]
    if len(partners) != len(rates) or len(matching) > 1 and not {r.counterparty for r in matching} <= {*partners, None}:
        return rows
    split = [replace(base, actor=actor, counterparty=partner, value_to=rate) for partner, rate in zip(partners, rates)]
    return [r for r in rows if all(r is not m for m in matching)] + split


# Round 11: a rate stated with the MFN rate it adds to and the sum ("shall instead be subject to a
# 7.5 percent tariff, in addition to the most-favored-nation rate of 2.5 percent, for a combined
# tariff of 10 percent"): the tariff the goods face is the sum, as the deal states it
_COMBINED_RATE = re.compile(
    r",?\s+(?:for|resulting\s+in|bringing\s+it\s+to|to\s+reach)\s+an?\s+(?:combined|total|cumulative)\s+"
    r"(?:tariff(?:\s+rate)?|duty|rate(?:\s+of\s+duty)?)\s+of\s+(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent)", re.IGNORECASE)


def _take_combined_rate(sentence: str, rows: list[Commitment]) -> None:
    """The sentence's one tariff rate becomes the combined rate stated after it."""
    match = _COMBINED_RATE.search(sentence)
    rated = [r for r in rows if r.category == "tariff" and r.value_to is not None and r.unit == "percent"]
    combined = float(match.group("rate"))
    if len({r.value_to for r in rated}) != 1 or rated[0].value_to >= combined:
        return
    for row in rated:
        row.value_to = combined


# Goods brought under a rated tariff category (the inclusions of a Section 232 action): "expands the
# existing category of industrial equipment subject to a 15% tariff to include bulldozers", "X shall
# be included in the category of derivative products subject to the temporarily-reduced 15 percent
# duty", "adds Y to the list of parts subject to the 25% tariff"
_RATED_CATEGORY_WIDENED = re.compile(
    r"\b(?:(?:expand|extend|widen|broaden)(?:s|ed|ing)?\s+the\s+|(?:shall|will)\s+be\s+(?:included|added)\s+(?:in|to)\s+the\s+"
    r"|add(?:s|ed|ing)?\s+[^;]{1,80}?\s+to\s+the\s+)(?:existing\s+)?(?:category|list|scope|coverage)\s+of\s+[^;]{1,80}?"
    r"\bsubject\s+to\s+(?:an?|the)\s+(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies))\b", re.IGNORECASE)


# A comparison of tariffs in force, as order texts and their fact sheets draw it: "Apples enter the
# United States duty-free, but not so in Turkey (60.3%) and India (50%)", "Bicycles enter Japan
# duty-free, while Brazil (35 percent) and Vietnam (20 percent) charge more": the zero rate of the
# country entered (convention 13) and each named partner's rate, all in force (convention 1)
_DUTY_FREE_ENTRY = re.compile(
    r"\benters?\s+(?P<country>the\s+United\s+States|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+duty[- ]free\b"
    r"(?P<rest>(?:[^.;]|\.(?=\d))*)")
_PARTNER_RATE_IN_BRACKETS = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*\(\s*(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent)\s*\)")


# (round 24) a level the goods entering free pay now: "Wine, which now pays up to 20 per cent, will come in free of duty"
_LEVEL_PAID_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying|face|faces|faced|facing|charged|levied)\s+(?:(?:up\s+to|as\s+much\s+as|at\s+least)\s+|an?\s+)?"
                                r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)", re.IGNORECASE)


def _duty_free_entry_rows(sentence: str, context: _Context) -> list[Commitment]:
    """Rows of a duty-free entry comparison: the entered country's `remove` at zero and an `impose`
    row per partner named with its rate in brackets after it."""
    match = _DUTY_FREE_ENTRY.search(sentence)
    entered = [m.actor.country for m in find_actor_mentions(match.group("country"), context.on) if m.actor.country]
    if not entered:
        return []
    goods = sentence[:match.start()]
    made = [Commitment(
        actor=entered[0], category="tariff", action="remove", subject=_subject_phrase(goods + " duty-free"),
        evidence=sentence, paragraph_index=0, char_start=0, char_end=0, products=hs_codes(goods), value_to=0.0,
        unit="percent", status="implemented", confidence=_confidence(entered[0], False, "tariff"),
        article_id=context.article_id, extractor_version=EXTRACTOR_VERSION)]
    for partner_match in _PARTNER_RATE_IN_BRACKETS.finditer(match.group("rest")):
        named = [m.actor.country for m in find_actor_mentions(partner_match.group("name"), context.on) if m.actor.country]
        if len(named) != 1 or named[0] == entered[0]:
            continue
        level = float(partner_match.group("rate"))
        made.append(replace(made[0], actor=named[0], action="remove" if level == 0 else "impose", value_to=level,
                            counterparty=entered[0], subject=_subject_phrase(f"tariff on {goods.strip()}"),
                            confidence=_confidence(named[0], False, "tariff")))
    return made


# (round 16) goods let in with no duty, no tariff verb: "allow U.S. wheat to be imported duty-free for two years",
# "will let in 40,000 tonnes of American beef a year duty-free", "admit U.S. pork free of any duty", "import
# 70,000 tonnes of U.S. rice tariff-free each year": the importing party's zero tariff (convention 13; a
# duty-free quota's size stays in subject, guide rule 21); not "duty-free access/treatment/quota" (read
# elsewhere) nor "duty-free shops"
_ADMITTED_FREE = re.compile(
    r"\b(?P<verb>let(?:s|ting)?|admit(?:s|ted|ting)?|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|import(?:s|ed|ing)?)\s+"
    r"(?P<goods>(?:(?!\b(?:and|but|while|if|unless|which|that)\b)(?:[^.;:,()]|(?<=[A-Z])\.|[.,](?=\d))){2,120}?)\s"
    r"(?:(?:duty|tariff)[- ]free|free\s+of\s+(?:any\s+|all\s+)?(?:customs\s+)?(?:dut(?:y|ies)|tariffs?)"
    r"|without\s+(?:paying\s+)?(?:any\s+)?(?:dut(?:y|ies)|tariffs?))\b"
    r"(?![- ](?:shops?|stores?|allowances?|zones?|access|treatment|entry|quotas?|status|tariff-rate|TRQs?)\b)", re.IGNORECASE)
_VOLUME_ADMITTED = re.compile(r"\d\s*(?:million\s+|billion\s+)?(?:litres|liters|gallons|hectolitres|barrels|head)\b", re.IGNORECASE)
_MORE_ADMITTED = re.compile(r"\b(?:an?\s+)?(?:additional|extra|further|more)\b", re.IGNORECASE)
_KEEPS_LETTING = re.compile(r"\b(?:continu(?:e|es|ed|ing)\s+to|keeps?|kept|keeping|still|already|remain)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_ADMITTED_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+$", re.IGNORECASE)
_ADMITTED_INTO = re.compile(r"\b(?:into|enter|entering|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _admitted_free_hint(sentence: str) -> bool:
    """A cheap test before _ADMITTED_FREE: a duty or tariff said to be absent."""
    return ("-free" in sentence or "y free" in sentence or "f free" in sentence or " free of" in sentence
            or "without " in sentence) and ("uty" in sentence or "ariff" in sentence)


def _admitted_free_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                        context: _Context) -> list[Commitment]:
    """The zero tariff of the party that lets goods in duty-free (levied on the goods' country), unless a
    tariff row of the sentence already holds a zero."""
    if any(r.category == "tariff" for r in rows):
        return []
    match = _ADMITTED_FREE.search(sentence)
    if match is None or any(q.kind == "money" for q in find_quantities(match.group("goods"))):
        return []  # ("imported $5 billion of goods duty-free last year": a trade figure)
    if _MORE_ADMITTED.search(match.group("goods")):
        return []  # ("permits an additional 80,000 tons ... to be imported tariff-free": a quota enlarged, `reduce`)
    goods_region = (match.start("goods"), match.end("goods"))
    passive = _ADMITTED_PASSIVE.search(sentence, max(0, match.start() - 12), match.start()) is not None
    if passive:
        # "U.S. wheat will be allowed into Indonesia duty-free": the goods stand before the verb, the
        # country entered after it
        entered = [m.actor.country for m in mentions if m.actor.country and goods_region[0] <= m.start < goods_region[1]
                   and _ADMITTED_INTO.search(sentence, max(0, m.start - 14), m.start)]
        origins = _targets(sentence, (0, match.start()), mentions, goods_only=True)
        actor = entered[0] if entered else _other_party(origins[0] if origins else None, context)
    else:
        subjects = _subject_actors(sentence, (0, match.start()), mentions, context)
        origins = _targets(sentence, goods_region, mentions, goods_only=True)
        actor = subjects[0] if subjects else _other_party(origins[0] if origins else None, context)
    if actor is None:
        return []
    partner = next((o for o in origins if o != actor), None)
    time = read_time(sentence[match.start():], context.on)
    goods = match.group("goods")
    # "will continue to let X in duty-free", "keep letting X in tariff-free": duty-free access kept (convention 13)
    kept = _KEEPS_LETTING.search(sentence, max(0, match.start() - 40), match.start()) is not None
    # a tonnage let in free is a duty-free quota (guide rule 21), a measure apart from duty cuts on other goods
    quota = any(q.kind in ("tonnes", "count") for q in find_quantities(goods)) or _VOLUME_ADMITTED.search(goods) is not None
    return [Commitment(
        actor=actor, category="tariff", action="maintain" if kept else "remove",
        subject=_subject_phrase(f"duty-free quota: {goods}" if quota else f"{goods} duty-free"),
        evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=partner,
        products=hs_codes(goods), value_to=0.0, unit="percent", duration_days=time.duration_days,
        start_date=time.start_date, end_date=time.end_date, status=context.default_status,
        conditional=_states_condition(sentence), confidence=_confidence(actor, False, "tariff"),
        article_id=context.article_id, extractor_version=EXTRACTOR_VERSION)]


def _rated_category_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    """The signer's tariff at the category's rate on the goods brought under it (`reduce` when the
    rate is named a reduced one), unless a row of the sentence already holds that rate."""
    match = _RATED_CATEGORY_WIDENED.search(sentence)
    level = float(match.group("rate"))
    if any(r.category == "tariff" and r.value_to == level for r in rows):
        return []
    action = "reduce" if "reduc" in match.group("mods").lower() or "lower" in match.group("mods").lower() else "impose"
    return [Commitment(
        actor=context.in_force_by, category="tariff", action=action, subject=_subject_phrase(sentence[match.start():]),
        evidence=sentence, paragraph_index=0, char_start=0, char_end=0, products=hs_codes(sentence),
        value_to=level, unit="percent", status="implemented" if context.order_text else context.default_status,
        conditional=_states_condition(sentence), confidence=_confidence(context.in_force_by, False, "tariff"),
        article_id=context.article_id, extractor_version=EXTRACTOR_VERSION)]


# Rated objects of one verb listed with semicolons, as legal texts list them: "I imposed a duty of
# 50 percent on X; a duty of 25 percent on Y; and a temporarily-reduced duty of 15 percent on Z"
# (a comma list is read by the cue itself; a semicolon ends its object)
_SEMICOLON_RATED_OBJECT = re.compile(
    r";\s+(?:and\s+)?(?:an?|the)\s+(?P<mods>(?:[\w-]+\s+){0,3}?)(?:(?:ad\s+valorem\s+)?(?:duty|tariff|rate\s+of\s+duty)"
    r"\s+of\s+(?P<rate>\d+(?:\.\d+)?)\s*(?:percent\b|%)|(?P<rate2>\d+(?:\.\d+)?)\s*(?:percent\b|%)\s+(?:[\w-]+\s+)?"
    r"(?:tariff|duty)\b)(?P<rest>[^;]{0,160})", re.IGNORECASE)
_MODS_ACTION = (("reduc", "reduce"), ("lower", "reduce"), ("increas", "raise"), ("rais", "raise"), ("higher", "raise"))


def _semicolon_rate_rows(sentence: str, rows: list[Commitment]) -> list[Commitment]:
    """A row per further rated object after a semicolon, made like the verb's rated row before it
    (a "reduced"/"increased" rate says its own direction)."""
    extra: list[Commitment] = []
    for match in _SEMICOLON_RATED_OBJECT.finditer(sentence):
        level = float(match.group("rate") or match.group("rate2"))
        model = next((r for r in rows if r.evidence is sentence and r.category == "tariff" and r.value_to is not None
                      and r.unit == "percent" and r.action in ("impose", "raise", "reduce")), None)
        if model is None or any(r.category == "tariff" and r.value_to == level for r in rows + extra):
            continue
        if sentence.find(model.subject or "\0") > match.start():
            continue  # the rated row is not the verb's object before this one
        mods = match.group("mods").lower()
        action = next((a for stem, a in _MODS_ACTION if stem in mods), model.action)
        rest = match.group("rest")
        extra.append(replace(model, action=action, value_from=None, value_to=level, change=None,
                             subject=_subject_phrase(re.sub(r"^[;\s]*(?:and\s+)?", "", match.group(0))), products=hs_codes(rest),
                             mentions=1, commitment_id=None))
    return extra


# A second measure joined to a tariff as the same verb's object: "imposed a 10% tariff on all
# countries and higher tariffs on the largest deficit partners", "imposes certain tariffs and quotas
# on cars", "may impose broader tariffs ..., as well as an accompanying tariff offset program",
# "restricts poultry through high tariffs, anti-dumping duties, and animal health restrictions"
# (issue 4, part 7: each object with its own measure is its own row)
_COORDINATED_MEASURE = re.compile(
    r"\b(?:tariffs?|duties)\b(?:\s+(?:on|of|for)\s+[^,.;]{1,80}?)?(?:,?\s+and|,\s+as\s+well\s+as)\s+"
    r"(?:an?\s+|new\s+|certain\s+)?(?P<mods>(?:(?!and\b|or\b|on\b)[\w-]+\s+){0,3}?)"
    r"(?P<noun>(?:tariff\s+)?offset\s+programs?|quotas|tariffs|restrictions|bans)\b(?P<rest>[^,.;]{0,50})")
# what each coordinated noun is (category, action); a tariff-rate quota stays with the tariff
_COORDINATED_NOUNS = {"quotas": ("import_restriction", "restrict"), "restrictions": ("import_restriction", "restrict"),
                      "bans": ("import_restriction", "restrict"), "tariffs": ("tariff", "impose"),
                      "offset": ("tariff", "reduce")}


def _coordinated_measure_rows(sentence: str, rows: list[Commitment]) -> list[Commitment]:
    """Rows for the second measure of a tariff verb's object (see _COORDINATED_MEASURE): the
    tariff row's actor and status, the noun's own category and action, no figure (the first
    object's rate is not the second's). An offset program a threatened tariff comes with is
    relief offered, `proposed` (guide rule 2)."""
    extra: list[Commitment] = []
    for match in _COORDINATED_MEASURE.finditer(sentence):
        if "tariff-rate" in match.group("mods") or re.search(r"\d", match.group("mods")):
            continue  # a tariff-rate quota is the tariff itself; a rated second tariff has its own row
        noun = match.group("noun")
        category, action = _COORDINATED_NOUNS["offset" if "offset" in noun else noun]
        for row in rows:
            start = sentence.find((row.subject or "")[:20]) if row.subject else -1
            if row.evidence is not sentence or row.category != "tariff" or row.action not in ("impose", "restrict") \
                    or start < 0 or not start <= match.start() <= start + len(row.subject):
                continue
            if any(r.evidence is sentence and (r.actor, r.category, r.action) == (row.actor, category, action)
                   and r is not row and not _has_figure(r) for r in rows + extra):
                break  # already read
            status = "proposed" if action == "reduce" and row.status == "threatened" else row.status
            subject = (match.group("mods") + match.group("noun") + match.group("rest")).strip()
            extra.append(replace(row, category=category, action=action, subject=subject, value_from=None,
                                 value_to=None, change=None, amount=None, unit=None, status=status))
            break
    return extra


# "shall not weaken the protections in its labor laws and shall address any such weakening ... made
# to encourage trade or investment": "such" points back to the measure just named (round 9)
_SUCH_OBJECT = re.compile(r"\s*(?:any|all)?\s*such\s+(?!as\b)", re.IGNORECASE)


# "Jordan shall apply a rate of customs duty on U.S. goods as set out in the U.S. – Jordan FTA",
# "shall provide ... market access ... as set forth in the existing Free Trade Agreement": treatment
# an earlier treaty between the parties already gives is kept (`maintain`, round 7 agreement-text
# gold); "as set out in Annex I of this Agreement" is the new agreement's own term (round 9)
_EARLIER_TREATY_TERMS = re.compile(
    r"\bas\s+set\s+(?:out|forth)\s+in\s+(?:the\s+)?(?!this\b|Annex\b|Schedule\b|Appendix\b)"
    r"(?:(?:existing|current|bilateral|[\w.]+\s*[–-]\s*[\w.]+|[A-Z][\w.]*)\s+){1,4}?"
    r"(?:FTA|Free\s+Trade\s+Agreement|Free\s+Trade\s+Area|Trade\s+Promotion\s+Agreement)\b")
_CONDITION_OBJECT = re.compile(r"\s*(?:(?:any|a|new|the|such)\s+)?conditions?\b(?!\s+(?:of|on)\s+(?:[\w-]+\s+){0,2}(?:tariffs?|dut))", re.IGNORECASE)
# "shall not impose any condition requiring U.S. persons to transfer technology, or to purchase a
# particular technology": what a party may not demand of others' firms is no purchase of its own
_REQUIRED_OF_OTHERS = re.compile(r"\brequir(?:e|es|ed|ing)\s+(?:[\w.’'-]+\s+){1,6}?to\s+(?:[^.;:]|\.(?!\s))*$")
# (round 14) "will hold the reciprocal tariff ... at 10 percent and will remove it on goods that ...",
# "imposed a levy on rice and will now eliminate it": a pronoun object is the measure named before
# the verb (not "it is", "it to": a clause of its own)
_PRONOUN_OBJECT = re.compile(r"\s(?:it|them)\b(?!\s+(?:is|was|are|were|will|would|has|have|had|does|do|did|can|could|"
                             r"should|shall|may|might|must|to|that)\b)(?!['’])")


_SCOPE_AFTER_PRONOUN = re.compile(
    r"\s(?:it|them)\s+(?:on|for)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|the\s+(?:day|first|same|date)|\d))")


def _removed_rate_referred_back(before: str, rows: list[Commitment]) -> None:
    """Give a figureless removal or suspension of "it" the one percentage rate told before it; (round 22) and a
    raise or cut of it to a new level that rate as the earlier level ("hit Swiss goods with a 39 per cent levy
    ... until a November agreement brought the rate down to 15 per cent": 39 -> 15)."""
    rates = [q for q in find_quantities(before) if q.kind == "rate"]
    if len(rates) != 1:
        return
    for row in rows:
        if row.category == "tariff" and row.action in ("remove", "suspend") and not _has_figure(row):
            row.value_from, row.unit = rates[0].value, "percent"
        elif row.category == "tariff" and row.action in ("raise", "reduce") and row.unit == "percent" \
                and row.value_to is not None and row.value_from is None and row.change is None \
                and rates[0].value != row.value_to:
            row.value_from = rates[0].value
            row.action = "reduce" if row.value_to < row.value_from else "raise"


def _measure_referred_back(before: str) -> re.Match[str] | None:
    """The last measure named in ``before`` (what an "it"/"them" object stands for), if any."""
    last = None
    for last in _object_matches(before):
        pass
    if last is None or _lexicon().object_categories[last.lastgroup] == "diplomatic":
        return None  # "signed the agreement and will implement it": no measure named
    return last


def _inherit_category(new_rows: list[Commitment], rows: list[Commitment]) -> None:
    """Rows whose object is "(any) such X" take the category of the sentence's row before them
    by the same party: the words after "such" may name another field ("to encourage investment")."""
    for row in new_rows:
        before = next((r for r in reversed(rows) if r.actor == row.actor and not _has_figure(r)), None)
        if before is not None and not _has_figure(row):
            row.category = before.category


# the in-transit exception of an order's effective-date line: "except that goods loaded onto a
# vessel at the port of loading and in transit on the final mode of transit before ..."
_IN_TRANSIT_EXCEPTION = re.compile(r"\bexcept\s+that\s+(?:goods|articles|products)\s+(?:[\w-]+\s+){0,3}?loaded\s+onto\b",
                                   re.IGNORECASE)
# (round 24) a process through which more goods may be brought under a tariff
_INCLUSIONS_PROCESS = re.compile(
    r"\binclusions?\s+process\b|\bopen\s+a\s+process\s+for\b[^.;]{0,120}?\b(?:be\s+)?(?:added|included|covered|brought\s+under)\b",
    re.IGNORECASE)
_ORDER_APPLICATION_LINE = re.compile(
    r"(?:^|[.,:;)]\s+)(?:(?:this|the)\s+)(?:order|proclamation|memorandum)\s+(?:shall|will|does)\s+(?:only\s+|also\s+)?"
    r"(?:apply|be\s+effective|take\s+effect|become\s+effective)\b"
    r"|\b(?:this|the)\s+(?:order|proclamation)\s+(?:sets\s+out|establishes)\s+the\s+procedures?\s+(?:for|by)\b"
    r"|\bremains?\s+(?:independently\s+)?valid\s+and\s+enforceable\b"
    # Round 11: an order's boilerplate on foreign trade zones ("Subject articles ... admitted into a
    # foreign trade zone on or after ... must be admitted as privileged foreign status") and its
    # non-stacking clause ("Any rate of duty ... under this order shall not apply in addition to the
    # rate specified by the existing orders"): how the duties are administered or combined (guide rule 3)
    r"|\b(?:admitted\s+(?:into|to)\s+a\s+foreign[- ]trade\s+zone|privileged\s+foreign\s+status)\b"
    r"|\bshall\s+not\s+(?:apply|be\s+(?:imposed|applied|collected))\s+in\s+addition\s+to\b"
    r"|\bshall\s+not\s+be\s+cumulative\b"
    # (round 24) the same told of the article: "An article subject to the duty imposed by this proclamation
    # shall not also be subject to the duties imposed under Executive Order 14257"
    r"|\bshall\s+not\s+also\s+be\s+subject\s+to\b"
    # Round 11: the duties the text has just stated, named by where it states them ("The duties
    # described in this subsection shall apply in lieu of ...", "The tariffs set forth in
    # subsection (a) shall apply retroactively to ..."): when and instead of what they apply
    r"|(?:^|[.,:;)]\s+)(?:the|such)\s+(?:(?:additional\s+)?(?:ad\s+valorem\s+)?(?:duties|tariffs|rates\s+of\s+duty|duty\s+rates))\s+"
    r"(?:described|set\s+forth|specified|provided\s+for)\s+in\s+(?:this\s+(?:order|proclamation|section|subsection|paragraph|clause)"
    r"|(?:sub)?section\s+[\w()]+(?:\s+of\s+this\s+(?:order|proclamation|section))?)\s+shall\s+(?:only\s+)?apply\b", re.IGNORECASE)
# Round 12: an order's policy section ("Sec. 2. Policy. It is the policy of the United States to ...",
# "It shall be the policy of my Administration to ...")
_POLICY_LINE = re.compile(r"(?:(?:Sec\.\s+\d+\.\s+)?Policy\.\s+)?(?:\([a-h]\)\s+)?It\s+(?:is|shall\s+be)\s+the\s+policy\s+of\s+"
                          r"(?:the\s+United\s+States|my\s+Administration|the\s+Federal\s+Government)\s+(?:to|that)\b")
# A power, advice or a delegation, never a measure taken (round 10, order texts)
_POWER_OR_ADVICE_LINE = re.compile(
    r"\bauthoriz(?:es|ed)\s+the\s+President\s+to\b(?![^;]*\bI\s+(?:hereby|have|will|shall|am)\b)"
    r"|\b(?:recommend(?:s|ed)?|advis(?:es|ed)|suggest(?:s|ed)?)\s+(?:to\s+me\s+)?that\s+(?:I|the\s+President|we)\s"
    r"(?!.*\bI\s+(?:hereby|have\s+determined|determine)\b)"  # ("...; I hereby impose ...", "..., and I have determined ...": the decision)
    r"|\b(?:provided\s+me(?:\s+with)?|received)\s+(?:(?:additional|further|new|current)\s+)?information"
    r"(?:,\s+opinions,)?\s+and\s+recommendations\b"
    r"|\bmay\s+take\s+(?:any|all|such)\s+(?:appropriate|necessary)\s+(?:measures|actions|steps)\s+to\s+"
    r"(?:administer|implement|effectuate|enforce)\b"
    # Round 11: an agency told to carry the order out ("The head of each agency shall immediately
    # begin taking steps to effectuate this order and ... terminate the collection of the duties",
    # "is directed to take all necessary actions to implement this proclamation"): the measure is
    # the order's own, already its row
    r"|\b(?:shall|(?:directed|authorized)\s+(?:and\s+(?:directed|authorized)\s+)?to)\s+(?:immediately\s+)?"
    r"(?:begin\s+)?tak(?:e|ing)\s+(?:any\s+|all\s+|such\s+)?(?:appropriate\s+|necessary\s+)?(?:measures|actions|steps)\s+"
    r"(?:as\s+may\s+be\s+necessary\s+|(?:that\s+(?:are|may\s+be)\s+)?(?:appropriate|necessary)\s+)?to\s+(?:administer|implement|effectuate|enforce|carry\s+out)\b"
    r"(?:\s+and\s+\w+)?\s+(?:this|the)\s+(?:order|proclamation|memorandum)\b")
# "modifying the scope of the reciprocal tariffs that he first announced on April 2, 2025", "the
# sanctions that President Trump imposed in 2018": a measure a relative clause recounts with its
# date is the signer's earlier measure, in force (convention 1), though the clause's verb has it
# before, not after, as its object
_RECOUNTED_MEASURE = re.compile(
    r"\b(?P<measure>(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:tariffs|duties|sanctions))\s+(?:that|which)\s+"
    r"(?:he|she|the\s+President|President\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+(?:had\s+|has\s+)?"
    r"(?:first\s+|originally\s+|initially\s+)?(?:announced|imposed|introduced|levied)\s+(?:on|in)\s+"
    r"(?P<when>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?(?:,\s+\d{4})?|\d{4})\b")


def _recounted_measure_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    """The dated earlier measure a relative clause recounts, when no row of the sentence is it."""
    match = _RECOUNTED_MEASURE.search(sentence)
    category = "sanctions" if match.group("measure").lower().endswith("sanctions") else "tariff"
    if any(r.category == category and r.action == "impose" and r.actor == context.in_force_by for r in rows):
        return []
    return [Commitment(actor=context.in_force_by, category=category, action="impose",
                       subject=_subject_phrase(match.group("measure")), evidence=sentence,
                       paragraph_index=0, char_start=0, char_end=0, start_date=_past_day(match.group("when"), context.on),
                       status="implemented", confidence=_confidence(context.in_force_by, False, category),
                       article_id=context.article_id, extractor_version=EXTRACTOR_VERSION)]


# "The United States and X will finalize commitments related to protecting labor rights, including
# by ...", "will finalize commitments by X to address ...", "will memorialize commitments to ...": the
# pledges named are still being written, so the sentence states talks on their topic (convention 19),
# not the measures themselves. The phrase must open the sentence's first clause.
_COMMITMENTS_TO_FINALIZE = re.compile(
    r"^[^;:]{0,120}?\b(?:finali[sz]e|memoriali[sz]e)\s+(?:(?:robust|further|the|their)\s+)?commitments\s+"
    r"(?:related\s+to|relating\s+to|regarding|concerning|on|by\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+to|to)\s",
    re.IGNORECASE)
# the agreement text's own final provision ("5. This Agreement shall enter into force sixty days after ...")
_DEAL_ENTERS_FORCE = re.compile(r"^\W*(?:\d{1,2}\.\s*)?(?:This|The)\s+(?:Agreement|Arrangement|Protocol)\s+(?:shall|will)\s+enter\s+into\s+force\b")
# barriers named by the trade they touch: the trade names the topic ("barriers impacting digital trade")
_BARRIER_WORDS = re.compile(r"(?:non-tariff\s+)?barriers?", re.IGNORECASE)


def _commitments_still_to_finalize(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    """One `negotiate` row per finalizing party for commitments a sentence says are still to be
    finalized, on the topic its object names first, in place of the rows of the verbs inside it."""
    match = _COMMITMENTS_TO_FINALIZE.search(sentence)
    template = next((row for row in rows if not _has_figure(row)), None)
    if match is None or template is None:
        return rows
    named = list(_lexicon().objects.finditer(sentence, match.end()))
    topics = [m for m in named if not _BARRIER_WORDS.fullmatch(m.group(0))] or named
    category = _lexicon().object_categories[topics[0].lastgroup] if topics else template.category
    # "The United States and X will finalize commitments by X to ...": both finalize them
    parties = _subject_countries(sentence[:match.start()], context.on) or list(dict.fromkeys(r.actor for r in rows))
    found = []
    for party in parties:
        partner = next((p for p in parties if p != party), None) or template.counterparty
        found.append(replace(template, actor=party, counterparty=partner if partner != party else None,
                             action="negotiate", category=category))
    return found


# "X shall facilitate digital trade with the United States, including by refraining from ...,
# ensuring ...", "has committed to facilitating trade by recognizing ...": a facilitation lead
# whose means follow; the means are the rows (guide rule 6), the lead's aim is none
_FACILITATION_LEAD = re.compile(
    r"\bfacilitat(?:e|es|ing)\s+(?P<topic>(?:[\w-]+\s+){0,3}?trade)(?:\s+with\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r",?\s+(?:including\s+)?(?:by|through)(?:\s+(?:commitments\s+to\s+|\w+ing\b)|(?P<listed>\s*[:\u2500\u2014\u2013-]?\s*$))")


def _drop_facilitation_lead(sentence: str, rows: list[Commitment]) -> list[Commitment]:
    """The rows of a sentence without its figureless facilitation lead, when its means gave rows."""
    match = _FACILITATION_LEAD.search(sentence)
    if match is None:
        return rows
    topic = match.group("topic").lower()
    lead = [row for row in rows if row.action == "relax" and not _has_figure(row)
            and (row.subject or "").lower().startswith(topic)]
    if not lead or (len(lead) == len(rows) and match.group("listed") is None):
        return rows  # (round 11: "..., including by:" closing the sentence: the means are the lettered items after it)
    return [row for row in rows if not any(row is l for l in lead)]


# (round 24: or its government, or its formal name: "with the Government of Iceland", "with the Republic of Madagascar")
_WITH_PARTNER = re.compile(r"\s*with\s+(?:the\s+)?(?:(?-i:Government|Governments|authorities)\s+of\s+(?:the\s+)?)?"
                           r"(?:(?-i:(?:Republic|Kingdom|State|Independent|Democratic|Federal|Federative|Islamic|Socialist|"
                           r"Commonwealth|Principality|Sultanate|Union|Arab|Plurinational|Bolivarian|Oriental|Hashemite)\s+){1,3}"
                           r"of\s+(?:the\s+)?)?$", re.IGNORECASE)
# talks reported as under way between two sides (not one side's "will continue trade talks with X")
# (round 12: talks continued or resumed "with" a country are its talks as well: "The Trade
# Representative shall continue negotiations with X")
_TALKS_ENTERED = re.compile(r"\b(?:entered|enter|entering|engaged|held|holding|continue|continues|continued|continuing"
                            r"|resume|resumes|resumed|resuming)\s+(?:into\s+|in\s+)?(?:trade\s+)?"
                            r"(?:discussions|negotiations|talks|consultations)\s+with\s", re.IGNORECASE)


def _talks_partner_rows(rows: list[Commitment], context: _Context) -> list[Commitment]:
    """Talks entered into or held "with" a country are that country's talks too, one row
    per party (convention 19): "the United States has entered into discussions with the
    PRC", "held talks with Peru"."""
    found = []
    for row in rows:
        # (round 15: talks on a named measure too, "continue consultations with X concerning the treatment of")
        if row.action != "negotiate" or not (row.subject or "").lower().startswith("with ") \
                or not _TALKS_ENTERED.search(row.evidence or ""):
            continue
        partners = [m.actor.country for m in find_actor_mentions(row.subject, context.on, tuple(context.parties[:2]))
                    if m.actor.country and _WITH_PARTNER.match(row.subject[:m.start])]
        if not partners or partners[0] == row.actor or any(r.actor == partners[0] and r.evidence == row.evidence
                                                         for r in rows):
            continue
        found.append(replace(row, actor=partners[0], counterparty=row.actor))
    return found


# (round 13) "would keep working with the EU on steel", "will continue to work with Japan on autos"
_WORKING_WITH = re.compile(r"\b(?:keep|keeps|kept|continue|continues|continued)\s+(?:working|to\s+work)\s+(?:closely\s+)?with\s+(?:the\s+)?$",
                           re.IGNORECASE)


def _working_with_partner_rows(rows: list[Commitment], context: _Context) -> list[Commitment]:
    """Talks still to come "with" a partner (the work_with cues, whose object opens with the
    partner) are the partner's talks too, one row per party (convention 19)."""
    found = []
    for row in rows:
        evidence, subject = row.evidence or "", row.subject or ""
        at = evidence.find(subject) if subject and row.action == "negotiate" else -1
        if at <= 0 or not _WORKING_WITH.search(evidence, max(0, at - 40), at):
            continue
        opening = [m for m in find_actor_mentions(subject, context.on, tuple(context.parties[:2]))
                   if m.actor.country and m.start <= 4]
        partner = opening[0].actor.country if opening else None
        if partner is None or partner == row.actor or any(r.actor == partner and r.evidence == row.evidence for r in rows):
            continue
        found.append(replace(row, actor=partner, counterparty=row.actor))
    return found


# What an order says it leaves untouched: "(c) The Proclamation of May 1 (...) is unaffected by this
# order" (the measure before the phrase), "This order does not affect any other duties, including ...",
# "Nothing in this order shall be interpreted to alter or limit the application of any duties ..."
# (the measure after it)
_UNTOUCHED_BY_ORDER = re.compile(
    r"(?P<passive>\b(?:not\s+(?:be\s+)?affected|unaffected|unaltered|not\s+(?:be\s+)?altered)\s+(?:by|under)\s+this\s+(?:order|proclamation)\b)"
    r"|(?P<active>\b(?:[Tt]his\s+(?:order|proclamation)\s+(?:does|shall)\s+not|[Nn]othing\s+in\s+this\s+(?:order|proclamation)"
    r"\s+shall\s+be\s+(?:construed|interpreted)\s+to)\s+(?:alter|affect|modify|limit|change|impair)"
    r"(?:\s+or\s+(?:otherwise\s+)?(?:alter|affect|modify|limit|change|impair))?(?:\s+the\s+application\s+of)?\b)")
_DUTY_WORDS = re.compile(r"\b(?:[Tt]ariffs?|[Dd]ut(?:y|ies)|[Ss]urcharges?|fees)\b")
# "All other actions ... that do not impose additional duties shall not be affected": no duty is kept
_IMPOSING_NONE = re.compile(r"\b(?:that|which)\s+do(?:es)?\s+not\s+(?:impose|involve)\b")
# an instrument named with its title: "Executive Order 14298 of May 12, 2025 (Modifying Reciprocal Tariff Rates ...)"
_TITLED_INSTRUMENT = re.compile(r"\b(?:Executive Order|Proclamation)\b[^();]{0,60}?\((?P<title>[^()]{5,200})\)")


def _untouched_measure_rows(sentence: str, context: _Context) -> list[Commitment]:
    """The duties an order says it leaves as they are: a `maintain` row of the signing
    government per titled instrument that imposes duties, or one for the duties named (as
    "other tariff measures will remain in place"); none when what is untouched imposes no duty
    (national emergencies, "all other actions that do not impose duties", the order's own provisions)."""
    match = _UNTOUCHED_BY_ORDER.search(sentence)
    if match.group("passive"):
        start = max(sentence.rfind(";", 0, match.start()), _last_enumeration_end(sentence, match.start()))
        measure = sentence[start + 1 if start >= 0 else 0:match.start()]
    else:
        measure = sentence[match.end():]
    if not _DUTY_WORDS.search(measure) or _IMPOSING_NONE.search(measure):
        return []
    titles = [m.group("title") for m in _TITLED_INSTRUMENT.finditer(measure) if _DUTY_WORDS.search(m.group("title"))]
    subjects = titles or [_subject_phrase(measure) or measure.strip()]
    actor = context.in_force_by
    partners = [c for c in _countries_in(measure, context.on) if c != actor]
    return [Commitment(
        actor=actor, category="tariff", action="maintain", subject=subject, evidence=sentence,
        paragraph_index=0, char_start=0, char_end=0, status="implemented",
        counterparty=partners[0] if len(partners) == 1 else None,
        confidence=_confidence(actor, False, "tariff"), article_id=context.article_id,
        extractor_version=EXTRACTOR_VERSION,
    ) for subject in subjects]


def _last_enumeration_end(sentence: str, end: int) -> int:
    """Where the last "(c)" marker before ``end`` closes, else -1."""
    last = -1
    for marker in _ENUMERATION.finditer(sentence, 0, end):
        last = marker.end() - 1
    return last


# "Existing rates will stay in place: a 25% tariff on X, 25% on cars and 50% on steel": rates
# listed after a colon, each its own row of the verb before the colon
_RATE_ITEM = re.compile(
    r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+)?(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s+"
    r"(?:[\w“”\"-]+\s+){0,2}?(?:(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)\s+)?(?:on|for)\s+"
    r"(?P<goods>.+?)(?=,\s*(?:and\s+)?(?:an?\s+)?\d|\s+and\s+(?:an?\s+)?\d|$)",
    re.IGNORECASE,
)
# ", Trump said on social media." closing the list: the attribution, not an item
_TRAILING_ATTRIBUTION = re.compile(r",\s*[^,]{0,80}\b(?:said|says|wrote|told|added|announced)\b[^,]*$")
MIN_RATE_ITEMS = 2


def _rate_list_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                    context: _Context) -> list[Commitment]:
    """The rows of a verb whose rates follow it as a list after a colon; the verb's own
    figureless row is stated by its items (as with a list introduced by "as follows:")."""
    colon = sentence.find(": ")
    items = sentence[colon + 2:].rstrip(" .")
    items = _TRAILING_ATTRIBUTION.sub("", items)
    found = list(_RATE_ITEM.finditer(items))
    template = next((r for r in rows if not _has_figure(r) and not r.products), None)
    if len(found) < MIN_RATE_ITEMS or template is None or find_quantities(sentence[:colon]):
        return rows
    offset = colon + 2
    extra: list[Commitment] = []
    levier, partner = template.actor, None
    for match in found:
        goods_region = (offset + match.start("goods"), offset + match.end("goods"))
        targets = _targets(sentence, goods_region, mentions, goods_only=True)
        if levier is None and targets:
            levier = _other_party(targets[0], context)  # "a 25% tariff on Mexican goods": levied on them
        actor = levier  # one list, one levying party
        partner = next((t for t in targets if t != actor), None) or partner
        counterparty = partner or template.counterparty
        if counterparty in (None, actor):
            counterparty = _other_party(actor, context)
        action = template.action if template.action in ("maintain", "impose", "raise", "extend") else "impose"
        extra.append(replace(
            template, actor=actor, counterparty=counterparty, category="tariff", action=action,
            subject=_subject_phrase(re.sub(r"^[\s,]*(?:and\s+)?", "", match.group(0))), products=hs_codes(match.group("goods")),
            value_from=None, value_to=float(match.group("rate")), change=None, amount=None, unit="percent",
            confidence=_confidence(actor, actor != template.actor, "tariff"), mentions=1, commitment_id=None,
        ))
    return [r for r in rows if r is not template] + extra


# "while India (80%), Malaysia (40%), and Turkey (31%) impose higher rates", "than does the United
# States (2.5 percent)": a rate in brackets right after a party's name is that party's own
# ("but India (10-20%) levies higher rates": a range of rates gives its top, the highest rate levied)
_BRACKETED_RATE = re.compile(
    r"\s*\((?:an average of |about |around |roughly )?(?:\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)?\s*(?:-|–|to)\s*)?"
    r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)[^()]{0,40}\)")


def _own_bracketed_rates(sentence: str, rows: list[Commitment], mentions: list[ActorMention]) -> list[Commitment]:
    """Gives each tariff row of a party named with a bracketed rate that rate, and a row (like
    the sentence's other bracketed parties') to each such party the verb left without one."""
    own: dict[str, float] = {}
    for mention in mentions:
        code = mention.actor.country
        bracket = _BRACKETED_RATE.match(sentence, mention.end) if code else None
        if bracket is not None:
            own.setdefault(code, float(bracket.group(1)))
    rated = [r for r in rows if r.category == "tariff" and r.actor in own and r.unit in (None, "percent")]
    if len(own) < 2:
        # one bracketed rate is an aside ("Japan (25%)" in a list of letters is another rule's),
        # unless its party is the one the verb has levying a tariff the sentence rates nowhere
        # else ("the United States imposes a 0% tariff, but India (10-20%) levies higher rates")
        for row in rated:
            if row.value_to is None and row.value_from is None and row.change is None:
                row.value_to, row.unit = own[row.actor], "percent"
        return []
    if not rated:
        return []
    for row in rated:
        row.value_from, row.value_to, row.change, row.unit = None, own[row.actor], None, "percent"
    model = rated[0]
    return [replace(model, actor=code, value_to=rate, counterparty=model.counterparty if model.counterparty != code else None,
                    commitment_id=None, mentions=1)
            for code, rate in own.items() if not any(r.actor == code for r in rated)]


_DEAL_AHEAD = re.compile(r"\bto\s+$|\b(?:will|would|shall|could|can|must|may|might)\s+(?:\w+ly\s+)?$")
_DEAL_REFUSED = re.compile(r"\b(?:refused?|refuses|refusing|declined?|failed|fails|unable)\s+to\s+$")


# "China imposed a 15% tariff on U.S. coal, and a 10% levy on crude oil": the verb is left out of
# the second clause (gapping), which states a rate of its own
_GAPPED_RATE = re.compile(
    r",\s+and\s+(?:(?P<who>[^,;]{1,60}?)\s+)?(?:an?\s+)(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s+"
    r"(?:[\w-]+\s+)?(?:tariffs?|levy|levies|duty|duties)\b(?P<rest>[^,;]*)"
)


# (round 14) a second pair of levels for other goods under the same verb: "cut tariffs on cars from 25%
# to 15% and on auto parts from 10% to 5%", "... and those on parts from 10 percent to 5 percent"
_SECOND_LEVEL_PAIR = re.compile(
    r"(?:,\s*|\s)(?:and|while)\s+(?:(?:those|the\s+(?:tariffs?|dut(?:y|ies)|rates?))\s+)?(?:on|for)\s+(?P<goods>[^,;]{1,60}?)\s+"
    r"(?:from\s+(?P<a>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+to\s+(?P<b>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)"
    r"|to\s+(?P<b2>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+from\s+(?P<a2>\d+(?:\.\d+)?)\s*(?:%|percent|per cent))", re.IGNORECASE)


def _second_level_pair_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention]) -> list[Commitment]:
    """A row per further pair of levels, as the verb's own row with the goods and levels of the pair."""
    model = next((r for r in rows if r.category == "tariff" and r.value_from is not None and r.value_to is not None
                  and r.unit == "percent"), None)
    if model is None:
        return []
    extra: list[Commitment] = []
    for match in _SECOND_LEVEL_PAIR.finditer(sentence):
        low, high = float(match.group("a") or match.group("a2")), float(match.group("b") or match.group("b2"))
        if any(r.category == "tariff" and (r.value_from, r.value_to) == (low, high) for r in rows + extra):
            continue
        named = [c for c in _targets(sentence, (match.start("goods"), match.end("goods")), mentions, goods_only=True)
                 if c != model.actor]
        extra.append(replace(
            model, action="remove" if high == 0 else "raise" if high > low else "reduce" if high < low else model.action,
            value_from=low, value_to=high, change=None, subject=_subject_phrase(match.group("goods")),
            products=hs_codes(match.group("goods")), counterparty=named[0] if named else model.counterparty,
            mentions=1, commitment_id=None,
        ))
    return extra


def _gapped_rate_rows(sentence: str, rows: list[Commitment], last_cue_end: int,
                      mentions: list[ActorMention]) -> list[Commitment]:
    model = next((r for r in reversed(rows) if r.category == "tariff" and r.value_to is not None and r.unit == "percent"), None)
    if model is None:
        return []
    extra: list[Commitment] = []
    for match in _GAPPED_RATE.finditer(sentence, last_cue_end):
        rate = float(match.group("rate"))
        if any(r.value_to == rate and r.category == "tariff" for r in rows + extra):
            continue
        named = [c for c in _targets(sentence, (match.start(), match.end()), mentions, goods_only=True) if c != model.actor]
        extra.append(replace(
            model, action="remove" if rate == 0 else "impose", value_from=None, value_to=rate, change=None,
            subject=_subject_phrase(match.group(0)[match.start("rate") - match.start():]),
            products=hs_codes(match.group("rest")), counterparty=named[0] if named else model.counterparty,
            mentions=1, commitment_id=None,
        ))
    return extra


# "talks on pharmaceuticals were continuing", "negotiations over steel are ongoing": talks
# told as a noun with the verb after it (convention 19), a row per document party
_TALKS_HINT = re.compile(r"\b(?:talks|negotiations|discussions)\b", re.IGNORECASE)
_CONTINUING_TALKS = re.compile(
    r"\b(?:talks|negotiations|discussions)\s+(?:on|over|about|covering)\s+(?P<topic>[^,;.:]{2,60}?)\s+"
    r"(?:(?:were|are|is|was|would|will|remain|remained)\s+)?(?:still\s+)?"
    r"(?:continuing|continue|continues|ongoing|under ?way|progressing|going on|be held|resume)\b",
    re.IGNORECASE,
)


def _continuing_talks_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    match = _CONTINUING_TALKS.search(sentence)
    if match is None or len(context.parties) < 2 or any(r.action == "negotiate" for r in rows):
        return []
    topic = match.group("topic")
    topics = [c for c in _object_categories(topic) if c != "diplomatic"]
    # talks on a product are talks on its tariff ("talks on pharmaceuticals")
    products = hs_codes(topic)
    category = topics[0] if topics else "tariff" if products else "diplomatic"
    return [
        Commitment(
            actor=actor, category=category, action="negotiate", subject=_subject_phrase(match.group(0)),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
            counterparty=_other_party(actor, context), products=list(products), status=context.default_status,
            conditional=False, confidence=_confidence(actor, True, category), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        )
        for actor in context.parties[:2]
    ]


# (round 16) Talks told as an event of the noun, with no cue verb of their own: held, resumed,
# launched, reopened ("held three rounds of negotiations", "will hold another round of talks",
# "launched formal negotiations on a steel quota"), the noun with its verb far after it ("Talks
# between Canada and the United States on a reciprocal agreement resumed in May", "Talks with
# Japan are set to resume"), and negotiators or delegations meeting ("negotiators from the two
# countries will meet next month"). Talks held or to come are a row per party (convention 19):
# the countries the sentence names, else the document's two parties; on a named measure the
# measure's category, else `diplomatic`.
# (round 18) The process reader: the same slots for every process noun — talks, rounds, dialogues,
# working groups, committees, task forces — after a verb of the family that holds, resumes, pursues,
# leads, schedules, convenes or sets them up ("pursue negotiations with allied nations", "convene the
# U.S.-Poland Economic Dialogue", "establish a Critical Minerals Working Group"); the noun as subject
# with its verb far after it, commas between ("Its talks with Ottawa, broken off twice, resumed
# this month", "negotiations with Egypt toward a final agreement are advancing"); people meeting or
# sitting down ("negotiators would meet again to discuss ...", "agreed to sit down with Brussels over
# the levy"); and the agreement's own steps still to come (`_DEAL_STEP`).
_PROCESS_VERBS = (r"hold|holds|held|holding|resum(?:e|es|ed|ing)|launch(?:es|ed|ing)?|beg(?:in|ins|an|un)|"
                  r"start(?:s|ed|ing)?|(?:re)?open(?:s|ed|ing)?|restart(?:s|ed|ing)?|conduct(?:s|ed|ing)?|"
                  r"kick(?:s|ed|ing)?\s+off|wrap(?:s|ped|ping)?\s+up|continu(?:e|es|ed|ing)|pursu(?:e|es|ed|ing)|"
                  r"lead|leads|schedul(?:e|es|ed|ing)|intensif(?:y|ies|ied|ying)|accelerat(?:e|es|ed|ing)|"
                  r"step(?:s|ped|ping)?\s+up|(?:re)?conven(?:e|es|ed|ing)|host(?:s|ed|ing)?|set(?:s|ting)?\s+up|"
                  r"establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|form(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)")
_PROCESS_NOUNS = (r"talks|negotiations|consultations|(?:economic\s+|trade\s+|strategic\s+)?dialogue|"
                  r"working\s+groups?|task\s+forces?|(?:joint\s+)?committees?|councils?")
_TALKS_EVENT_VERB_FIRST = re.compile(
    r"\b(?:" + _PROCESS_VERBS + r")\s+"
    r"(?:(?:an?|the|their|its|another|new|fresh|further|formal|several|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+|more|rounds?|of|high-level|bilateral|trade|technical|final|direct|"
    r"in-person|virtual|intensive|detailed|preliminary|exploratory|next|joint|regular|annual|inaugural|"
    r"first|second|third|ministerial|(?-i:[A-Z][\w.’']*(?:-[A-Z][\w.’']*)*))\s+){0,6}"
    r"(?:" + _PROCESS_NOUNS + r")\b", re.IGNORECASE)
_TALKS_EVENT_NOUN_FIRST = re.compile(
    # (the noun is the clause's subject: "described the talks as ... continue" is no talks event)
    r"(?:^|[,;:]\s+|\b(?:and|but|said|says|that|when|after|as|while|once|since|where)\s+)[\W]*(?:(?:[Tt]he|[Tt]heir|[Ff]ormal|[Tt]rade|[Bb]ilateral|[Tt]echnical|[Nn]ew|"
    r"[Ff]urther|[Ff]resh|[Hh]igh-level|[Tt]ariff|[Ee]conomic|[A-Z][\w.]*(?:-[A-Z][\w.]*)?(?:['’]s)?)\s+){0,3}"
    r"(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations)\b(?:[^.;:]|\.(?=\w)){0,110}?\b(?:(?:will|would|could|should|"
    r"(?:are|is|were|was)\s+(?:set|expected|scheduled|due|likely|poised)\s+to)\s+)?"
    r"(?P<verb>resum(?:e|es|ed)|restart(?:s|ed)?|beg(?:in|ins|an)|start(?:s|ed)?|continu(?:e|es|ed)|"
    r"proceed(?:s|ed)?|advanc(?:e|es|ed|ing)|progress(?:es|ed|ing)?|"
    r"took\s+place|take\s+place|(?:were|was|will\s+be|are\s+being)\s+held|be\s+held|"
    r"(?:are|is|were|remain|remained)\s+(?:still\s+)?(?:under\s?way|ongoing|continuing|in\s+progress|advancing|progressing))\b")
_NEGOTIATORS_MEET = re.compile(
    r"\b(?:[Nn]egotiators|[Dd]elegations?|[Tt]rade\s+(?:teams?|envoys?|ministers|representatives)|[Tt]he\s+two\s+sides|"
    r"[Bb]oth\s+sides)\b[^.;:]{0,90}?"
    r"\b(?:will|would|are\s+(?:set|expected|scheduled|due)\s+to|plan\s+to|planned\s+to|agreed\s+to|to)\s+"
    r"(?:meet|convene|sit\s+down|travel\s+to)\b"
    # (sitting down with a party is talks whoever sits: "Washington agreed to sit down with Brussels")
    r"|\b(?:sit|sits|sat|sitting)\s+down\s+(?:again\s+)?with\b")
# a framework to be written up as the binding text: "turn the framework into a binding legal text",
# "convert the understanding into a legally binding agreement", "the framework will be translated
# into a treaty": a step on the deal still to come (guide rule 1a)
_FRAMEWORK_TO_TEXT = re.compile(
    r"\b(?:turn|convert|translat|transform|develop|codif|formali[sz]|memoriali[sz]|incorporat)\w*\s+"
    r"(?:(?:the|this|that|their|its|our|these)\s+)?(?:[\w-]+\s+){0,3}?(?:framework|understanding|arrangement|"
    r"deal|commitments|outline)s?\s+(?:[^.;]{0,40}?\s)?into\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:text|agreement|treaty|accord|deal|pact)s?\b"
    r"|\b(?:framework|understanding|arrangement|deal|outline)s?\s+(?:[^.;]{0,60}?\s)?(?:be|being|is|are)\s+"
    r"(?:turned|converted|translated|transformed|developed|codified|formali[sz]ed|memoriali[sz]ed)\s+into\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:text|agreement|treaty|accord|deal|pact)s?\b"
    # (round 18) the framework as a relative's antecedent: "a Framework ..., which the two Governments
    # will turn into a binding legal text"
    r"|\b(?:framework|understanding|arrangement|outline)s?\b[^.;]{0,80}?\b(?:which|that)\s+[^.;]{0,50}?\b"
    r"(?:will|shall|would|to|intend\s+to|plan\s+to)\s+(?:turn|convert|translate|transform|develop|formali[sz]e)\s+into\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:text|agreement|treaty|accord|pact)s?\b", re.IGNORECASE)
# (round 18) the agreement's own steps still to come (guide rule 1a): brought into force ("aim to bring
# the agreement into force"), submitted to the parties' procedures ("will submit the Agreement to their
# domestic procedures"), taking effect after the notices ("This Agreement takes effect 60 days after
# ...", "The pact will enter into force once both sides notify ..."); a step told as done ("entered
# into force on May 1") is the agreement itself, no row
_DEAL_NOUN = r"(?:agreement|deal|pact|accord|treaty|framework|protocol|arrangement|CEPA|FTA)"
_DEAL_STEP = re.compile(
    r"\b(?:bring|brings|bringing)\s+(?:the|this|their|its|our)\s+(?:[\w.-]+\s+){0,3}?" + _DEAL_NOUN + r"s?\s+into\s+(?:force|effect)\b"
    r"|\b(?:submit|submits|submitting)\s+(?:the|this|their|its)\s+(?:[\w.-]+\s+){0,3}?" + _DEAL_NOUN + r"s?\s+(?:to|for)\s+"
    r"(?:(?:their|its|the|respective|domestic|internal|legislative|legal|parliamentary|national)\s+)*"
    r"(?:procedures|processes|approval|ratification|review|parliaments?|legislatures?|Congress)\b"
    r"|^\W*(?:\d{1,2}\.\s*)?(?:(?:Article|Section)\s+[\w.]+\W+)?(?:This|The)\s+(?:[\w.-]+\s+){0,2}?" + _DEAL_NOUN
    + r"\s+(?:(?:shall|will|would|is\s+to|is\s+expected\s+to)\s+(?:take\s+effect|enter\s+into\s+force|come\s+into\s+(?:force|effect))"
    r"|(?:takes|enters\s+into|comes\s+into)\s+(?:effect|force))\b(?=[^.;]{0,80}?\b(?:after|upon|following|once|when|on\s+the\s+(?:first\s+)?"
    r"day|on\s+the\s+date|days?\b))"
    # (round 24) the parties' own procedures still to complete ("Each Party shall complete its domestic legal procedures",
    # "Both countries will now complete their domestic legal procedures", "once it has completed its internal legal
    # procedures"), the legal text still to write ("set to finalize the legal text", "put the terms into legal form")
    r"|\b(?:complete|completes|completing|(?:once|after|when|until|upon)\s+(?:it|they|each\s+Party|both\s+Parties)\s+(?:has|have)\s+completed)\s+"
    r"(?:its|their|the)\s+(?:respective\s+)?(?:(?:domestic|internal|national|legal|constitutional|applicable)\s+){1,3}"
    r"(?:procedures|processes|requirements|formalities)\b"
    r"|\bfinali[sz](?:e|es|ing)\s+the\s+legal\s+texts?\b"
    r"|\b(?:put|puts|putting)\s+(?:the|its|their)\s+(?:agreed\s+)?(?:terms|commitments)\s+into\s+legal\s+(?:form|text)\b",
    re.IGNORECASE | re.MULTILINE)
_DEAL_STEP_HINTS = ("into force", "into effect", "ubmit", "ake effect", "akes effect", "omplet", "legal text", "legal form")
# talks that failed or were called off, or talks refused: none held or to come
_TALKS_NOT_HELD = re.compile(
    r"\b(?:no|not|never|without|refus\w*|declin\w*|reject\w*|cancel\w*|call(?:s|ed)?\s+off|collaps\w*|"
    r"broke\s+down|break\s+down|stall\w*|suspend\w*|halt\w*|froze|frozen|abandon\w*|walk(?:ed)?\s+out|"
    r"pull(?:ed)?\s+out|if|unless|whether)\b", re.IGNORECASE)
# what the talks are on: "negotiations on a new steel quota", "talks over digital services taxes",
# (round 18) "would meet again ... to discuss Washington's tariffs", "sit down with Brussels over the levy"
_TALKS_TOPIC = re.compile(r"\b(?:talks|negotiations|consultations|discussions|dialogue|meet|down\s+with)\s+(?:\w+\s+){0,7}?"
                          r"(?:on|over|about|covering|concerning|regarding|to\s+(?:discuss|address|settle|resolve|negotiate))\s+"
                          r"(?P<topic>[^,;.:]{3,80})", re.IGNORECASE)
_DEAL_TOPIC = re.compile(r"\b(?:deal|agreement|pact|accord|framework|treaty|arrangement|truce)s?\b", re.IGNORECASE)
_TALKS_NOUNS = ("alks", "egotiations", "onsultations", "ialogue", "roup", "ask force", "ommittee", "ouncil")
_TALKS_PEOPLE = ("egotiators", "elegation", "rade team", "nvoy", "rade minister", "epresentatives", " sides ", "sit down",
                 "sat down", "sits down", "sitting down")
_TALKS_EVENT_TRIGGERS = ("alks", "egotiat", "onsultations", "elegation", " into ", "rade team", "nvoy", "rade minister",
                         "epresentatives", "ialogue", "roup", "ask force", "ommittee", "ouncil", " sides ", " down ",
                         "ubmit", "ake effect", "akes effect", "omplet", "legal text")
# (round 18) a page about trade: its title or lead speaks of trade, tariffs or duties (the process
# reader's sentences may name no trade word: "Negotiators from the two countries will meet again")
_TRADE_PAGE = re.compile(r"\b(?:[Tt]rade|[Tt]ariffs?|[Cc]ounter-tariffs?|[Dd]ut(?:y|ies)|[Ii]mports?|[Ee]xports?|[Cc]ustoms|"
                         r"[Rr]eciprocal|WTO|FTA|CEPA)\b")


def _talks_event_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                      context: _Context) -> list[Commitment]:
    if rows:
        # (the cue already told the talks, "agreed to resume trade talks", or the measure the talks
        # are to take, "begin negotiations to eliminate the tariffs on whisky": that row stands alone)
        return []
    match = None
    if holds_one_of(_TALKS_NOUNS, sentence):
        match = _TALKS_EVENT_VERB_FIRST.search(sentence) or _TALKS_EVENT_NOUN_FIRST.search(sentence)
    if match is None and holds_one_of(_TALKS_PEOPLE, sentence):
        match = _NEGOTIATORS_MEET.search(sentence)
    if match is None and " into " in sentence:
        match = _FRAMEWORK_TO_TEXT.search(sentence)
    step = False
    if match is None and holds_one_of(_DEAL_STEP_HINTS, sentence):
        match = _DEAL_STEP.search(sentence)
        step = match is not None
        if step and holds_one_of(_LEGISLATURE_HINTS, sentence) and _APPROVAL_PENDING.search(sentence):
            return []  # (in force once a legislature approves it: the approving party's row, below)
    if match is None:
        return []
    if _TALKS_NOT_HELD.search(sentence, max(0, match.start() - 40), match.end()):
        return []
    if match.re is _TALKS_EVENT_NOUN_FIRST and (_TALKS_TOLD_BACK.search(match.group(0))
                                                or _TALKS_BEGAN_LONG_AGO.search(match.group(0))):
        return []
    if _TALKS_CONCLUDED.search(sentence):
        return []  # talks concluded in the past and reported as done, a deal struck (guide: press remarks)
    # talks on peace, arms or migration are no trade step (guide rule 1): the sentence, its
    # paragraph or (round 18) the page must speak of trade (a framework written up as the deal's
    # text, or the agreement's own steps, are the deal itself)
    if match.re is not _FRAMEWORK_TO_TEXT and not step and _trade_context().search(sentence) is None \
            and _trade_context().search(context.paragraph_text or "") is None and not context.trade_page:
        return []
    if _non_trade_talk_subjects().search(sentence):
        return []  # ("direct talks pursuing an agreement for troops to leave": no trade step)
    if match.re is _TALKS_EVENT_NOUN_FIRST and match.group(0).lstrip(" ,;:").startswith(("These", "These", "Those", "Such")):
        return []  # ("These negotiations are ongoing": the talks told before)
    named = list(dict.fromkeys(m.actor.country for m in mentions if m.actor.country))
    if len(named) > 3:
        return []
    if len(named) <= 1 and not step and _UNNAMED_PARTNERS.search(sentence, match.start()):
        # talks "with allied nations", "with trading partners": the one party that holds them, no
        # counterparty (guide: talks with unnamed partners)
        actor = named[0] if named else context.in_force_by
        if actor is None:
            return []
        return [_talks_row(actor, [actor], _talks_category(sentence, match), _subject_phrase(match.group(0)) or "talks",
                           sentence, context.default_status, False, context)]
    if len(named) == 1:
        other = _other_party(named[0], context)
        named = named + [other] if other else []
    elif not named and (step or _BOTH_PARTIES.search(sentence) or _trade_context().search(sentence)):
        # (no country named: the document's two parties, when the sentence says both or speaks of trade)
        named = list(context.parties[:2])
    if len(named) < 2:
        return []
    category = "diplomatic" if step else _talks_category(sentence, match)
    subject = _subject_phrase(match.group(0)) or "talks"
    if step and match.group(0).lstrip(" 0123456789.").startswith(("This", "The")):
        subject = "entry into force of the Agreement"  # (the subject the round-12 rule gave these clauses)
    return [_talks_row(actor, named, category, subject, sentence, "agreed" if step else context.default_status, False,
                       context) for actor in named]


def _talks_category(sentence: str, match: re.Match) -> str:
    """The talks' subject slot: what they are on ("on/over/about X", "to discuss X"), or the field a
    body is named by ("a Critical Minerals Working Group"); talks on the deal itself ("on a reciprocal
    trade agreement") and talks on nothing named are `diplomatic`."""
    topic = _TALKS_TOPIC.search(sentence, max(0, match.start() - 60))
    text = topic.group("topic") if topic is not None else ""
    if text:
        # ("on agreements addressing imports of the articles": the deal's own topic is the subject)
        deal = _DEAL_HEAD.match(text)
        if deal is not None:
            text = text[deal.end():] if deal.group("about") else ""
    if match.re is _TALKS_EVENT_VERB_FIRST and match.group(0).split()[-1][:1].isupper():
        text = match.group(0) + " " + text  # a body named by its field ("a Critical Minerals Working Group")
    return _topic_category(text)


def _topic_category(text: str) -> str:
    """The category of what talks are on: the first measure the topic names (not a purchase or an
    investment, which talks do not make), else a rate or imports named by their kind."""
    topics = [c for c in _object_categories(text) if c not in ("diplomatic", "purchase", "investment")] if text else []
    if not topics and text:
        # (the measure named by its kind only: "on imports of the articles" -> import_restriction, "over
        # a lower rate" -> tariff)
        kind = _TALKS_MEASURE_KIND.search(text)
        topics = ["import_restriction" if kind and (kind.group(1) or kind.group("limit")) else "tariff"] if kind else []
    return topics[0] if topics else "diplomatic"


_CONTRACT_THRESHOLD = re.compile(r"\b(?:contracts?|tenders?|bids?|projects?|purchases)\s+(?:[\w-]+\s+)?worth\s+(?:more\s+than|over|above|at\s+least|upwards\s+of|in\s+excess\s+of)\b",
                                 re.IGNORECASE)
# (round 20) What talks are on, for the talks rows a sentence left `diplomatic`: a cue of talking
# whose category is the talks themselves ("will keep negotiating over Jakarta's ban on nickel ore
# exports", "continue talking with Ottawa about the dairy quotas", a talks event "open talks on a
# digital chapter") names its subject after on / over / about, and the subject's category is the row's
# (convention 19: talks on a named subject take that subject's category; the deal itself stays
# `diplomatic`). One tuple test before the regex.
# ((round 24) also past a parenthetical, "hold consultations, within 180 days of entry into force, on", and a
# longer list of partners, "with the Government of Malaysia and with the governments of other exporting countries on")
_TALKS_ON_TOPIC = re.compile(r"\b(?:negotiat\w*|talk(?:s|ed|ing)?|discussions?|consultations?|dialogue|offers?|bargain(?:s|ed|ing)?)"
                             r"(?:\s*,\s*[^,;.:]{1,50},)?\s+"
                             r"(?:with\s+(?:[\w.’'-]+\s+){1,12}?)?(?:on|over|about|concerning|regarding|covering)\s+"
                             r"(?P<topic>[^,;.:]{3,80})", re.IGNORECASE)
_BARRIERS_AT_LARGE = re.compile(r"\W*(?:(?:the|any|all|its|their|remaining|other|outstanding|existing|trade|non-tariff)\s+)*"
                                r"barriers(?:\s+to\s+(?:trade|commerce))?\s*$", re.IGNORECASE)
_TALKS_ON_HINTS = (" on ", " over ", " about ", "oncerning", "egarding", "overing")


def _talks_topic_rows(sentence: str, rows: list[Commitment]) -> list[Commitment]:
    if not holds_one_of(_TALKS_ON_HINTS, sentence):
        return rows
    match = _TALKS_ON_TOPIC.search(sentence)
    if match is None:
        return rows
    text = match.group("topic")
    deal = _DEAL_HEAD.match(text)
    if deal is not None:
        text = text[deal.end():] if deal.group("about") else ""  # ("talks on a trade agreement": the deal itself)
    if _BARRIERS_AT_LARGE.match(text):
        return rows  # ("resume negotiations with Peru on the remaining barriers to trade": no measure named, guide rule 2)
    category = _topic_category(text)
    if category == "diplomatic":
        return rows
    return [replace(r, category=category) if r.action == "negotiate" and r.category == "diplomatic" else r for r in rows]


# ((round 24) goods' "treatment" under a tariff action is their tariff treatment: "consultations concerning the
# treatment of Philippine semiconductors under any action under section 232", "on the treatment of steel and
# aluminum articles"; limits on shipments are an import restriction: "on limiting glass shipments to the United States")
_TALKS_MEASURE_KIND = re.compile(r"^\W*(?:(?:the|their|its)\s+)?(imports?)\b|\b(?:rates?|tariff\s+rates?)\b"
                                 r"|^\W*(?:the\s+)?treatment\s+of\s+(?!(?:investors?|investments?|services?|workers?|data|intellectual)\b)"
                                 r"|(?P<limit>\blimit(?:s|ing)?\s+(?:(?:the\s+)?[\w-]+\s+){0,3}?(?:shipments|imports|exports)\b)", re.IGNORECASE)


# the deal as the talks' topic, with what it is about after it ("agreements addressing imports of ...")
_DEAL_HEAD = re.compile(r"(?:(?!(?:on|over|under|for|of|with|in|to|and|or)\b)[\w.’'-]+\s+){0,4}?(?:deal|agreement|pact|accord|framework|treaty|arrangement|truce)s?\b"
                        r"(?P<about>\s+(?:addressing|covering|on|concerning|regarding|for|to\s+address|that\s+address(?:es)?"
                        r"|that\s+(?=limit\b))\s*)?")
# talks with partners the sentence does not name
_UNNAMED_PARTNERS = re.compile(r"\bwith\s+(?:(?:allied|other|trading|key|foreign|like-minded|several|various|its|their|our|"
                               r"the|[\w-]+ing)\s+){1,3}(?:partners|nations|countries|allies|governments|economies)\b")
# the talks told back as a condition or as history: "while (the) negotiations proceed", "talks that began in 1999"
_TALKS_TOLD_BACK = re.compile(r"^\W*(?:while|until|as\s+long\s+as)\b", re.IGNORECASE)
_TALKS_BEGAN_LONG_AGO = re.compile(r"\b(?:talks|negotiations)\s+(?:that|which)\s+(?:began|started|opened)\b", re.IGNORECASE)
_TALKS_CONCLUDED = re.compile(r"\b(?:concluded|completed|finished|wrapped\s+up|finali[sz]ed)\s+(?:the\s+|their\s+|its\s+)?"
                              r"(?:[\w-]+\s+)?(?:negotiations|talks)\b", re.IGNORECASE)


# (round 16) Approval still to come: "has to be ratified by the European Parliament", "must still be
# approved by Indonesia's parliament", "awaits ratification by the Swiss parliament", "requires
# approval from South Korea's National Assembly", "Lawmakers in Malaysia must still ratify the pact",
# "held back until Kenya's parliament approves the text": a step on the deal still to come (guide
# rule 1a), the approving party's `diplomatic` `negotiate` row. A vote already held is no row.
_LEGISLATURE = (r"(?:(?:European\s+)?[Pp]arliament|Congress|(?-i:Senate)|(?:National|Federal|Legislative)\s+Assembly|[Ll]egislature|"
                r"[Ll]awmakers|[Ll]egislators|[Pp]arliamentarians|MPs|(?-i:Diet|Bundestag|Riksdag|Storting|Folketing|Knesset|Duma|Sejm|"
                r"Majlis|Cortes|Rada|Lok\s+Sabha)"
                # (round 22) a cabinet's approval is the same domestic step: "approved by Chile's Congress
                # and by India's cabinet"
                r"|(?-i:[Cc]abinet))")
_APPROVAL_PENDING = re.compile(
    r"\b(?:(?:still\s+)?(?:has|have|needs?|must|will\s+need|would\s+need|is\s+yet|are\s+yet|has\s+yet|have\s+yet)\s+(?:still\s+)?(?:to\s+)?"
    r"(?:be\s+)?(?:ratified|approved|endorsed|adopted|signed\s+off|voted\s+on)\s+(?:[^.;]{0,30}?\s)?(?:by|in|from)\s+"
    # (round 24) laid before the legislature: "must be tabled in the Canadian Parliament", "has to be submitted to Congress"
    r"|(?:has|have|needs?|must|will|would)\s+(?:still\s+)?(?:to\s+)?be\s+(?:tabled|submitted|presented|laid)\s+(?:in|to|before)\s+"
    r"|(?:awaits?|awaiting|await|pending|requires?|required|needs?|subject\s+to|still\s+needs?"
    # (round 24) the vote still ahead: "clearing the last hurdle before a final vote in the European Parliament"
    r"|before(?=\s+(?:a\s+|the\s+)?(?:final\s+|formal\s+)?(?:vote|ratification|approval)\b))\s+(?:the\s+|a\s+|final\s+|formal\s+|only\s+)*"
    r"(?:ratification|approval|endorsement|consent|a\s+vote|vote|sign-off)\s+(?:[^.;]{0,20}?\s)?(?:by|from|of|in)\s+"
    r"|(?:once|after|until|before|when)\s+(?:it\s+is\s+|it\s+has\s+been\s+|they\s+are\s+)?(?:ratified|approved|endorsed)\s+by\s+)"
    # (round 24: "the approval of EU governments and the European Parliament")
    r"(?:(?:the|its|their)\s+)?(?:[\w.’'-]+\s+){0,4}?" + _LEGISLATURE
    + r"|\b" + _LEGISLATURE + r"(?:\s+(?:in|of)\s+[A-Z][\w ]{2,30}?)?\s+(?:must|has\s+to|have\s+to|needs?\s+to|still\s+(?:has|have|needs?)\s+to|"
    r"(?:is|are)\s+(?:expected|due|set|scheduled)\s+to|has\s+yet\s+to|have\s+yet\s+to|will|would)\s+(?:still\s+)?(?:also\s+)?"
    r"(?:ratify|approve|endorse|vote\s+on|sign\s+off\s+on)\b"
    r"|\b(?:until|once|after|before|when)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?" + _LEGISLATURE
    + r"\s+(?:ratifies|approves|endorses|votes\s+on|signs\s+off\s+on|has\s+(?:ratified|approved))\b")
_APPROVAL_HINTS = ("atif", "pprov", "ndorse", "vote", "sign off", "sign-off", "onsent", "tabled")
_LEGISLATURE_HINTS = ("arliament", "Congress", "Senate", "ssembly", "egislat", "awmakers", "MPs", "Diet", "Bundestag", "Riksdag",
                      "Storting", "Folketing", "Knesset", "Duma", "Sejm", "Majlis", "Cortes", "Rada", "Sabha", "abinet")
_LEGISLATURE_NOUN = re.compile(_LEGISLATURE)
# (round 22) the next approving body coordinated with the last one: "ratified by China's legislature
# and by the parliaments of each ASEAN member", "approval from Peru's Congress and Japan's Diet"
_NEXT_APPROVER = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:(?:by|from|of|in)\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w.’'-]+\s+){0,3}?$")
# what is approved is the deal itself ("ratify it", "approve it before ...")
_DEAL_IT = re.compile(r"\b(?:it|them)\b")


def _approval_pending_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                           context: _Context) -> list[Commitment]:
    match = _APPROVAL_PENDING.search(sentence)
    # what is approved is the deal ("the agreement", "the pact", "it"), not a measure of its own
    if match is None or not (_DEAL_TOPIC.search(sentence) or "the text" in sentence
                             or _DEAL_IT.search(sentence, match.start())):
        return []
    body = _LEGISLATURE_NOUN.search(sentence, match.start())
    found: list[Commitment] = []
    while body is not None:
        # the body's country: named in it or next to it ("Indonesia's parliament", "Lawmakers in Malaysia",
        # "the National Assembly of Vietnam"), else the United States' Congress
        near = [m for m in mentions if m.actor.country and body.start() - 30 <= m.start and m.end <= body.end() + 20]
        if near:
            actor = min(near, key=lambda m: abs(m.start - body.start())).actor.country
        elif body.group(0) in ("Congress", "Senate"):
            actor = "USA"
        else:
            break
        if not any(r.actor == actor and r.category == "diplomatic" and r.action == "negotiate" for r in rows + found):
            parties = [actor] + [p for p in [_other_party(actor, context)] if p]
            found.append(_talks_row(actor, parties, "diplomatic", "approval of the agreement by " + body.group(0), sentence,
                                    "agreed", False, context))
        # (round 22) each body of a coordinated list approves in turn: a row per approving party
        previous_end = body.end()
        body = _LEGISLATURE_NOUN.search(sentence, previous_end, previous_end + 60)
        if body is not None and not _NEXT_APPROVER.match(sentence, previous_end, body.start()):
            # (round 24) a pending step of its own for the next body: "still needs the approval of Ecuador's National
            # Assembly and must be tabled in the Canadian Parliament"
            again = _APPROVAL_PENDING.search(sentence, previous_end)
            body = _LEGISLATURE_NOUN.search(sentence, again.start()) if again is not None and again.start() <= body.start() else None
    return found


# "commit to ensure that U.S. companies are not discriminated against and do not face unnecessary
# barriers", "ensure that the Directive does not pose undue restrictions on trade": a party pledges
# to keep its rules from burdening the other's trade, with no cue verb -> `relax` (guide rule 14)
_ENSURE_NO_BURDEN = re.compile(
    r"\bensur(?:e|es|ing)\s+that\s+(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){3,160}?\b(?:(?:are|is|will|shall)\s+not\s+(?:be\s+)?discriminated\s+against"
    r"|(?:do|does|will|shall)\s+not\s+(?:pose|face|create|impose)\s+(?:undue|unnecessary|unjustified|disproportionate)\s+"
    r"(?:restrictions|barriers|burdens|obstacles))",
    re.IGNORECASE,
)
_NO_BURDEN_HINT = re.compile(r"\bnot\b")
# "ensuring that market access will not be restricted due to the use of certain cheese terms":
# access kept as it is -> `maintain` (the same pledge as "agreed not to restrict market access")
_ENSURE_NOT_RESTRICTED = re.compile(
    r"\bensur(?:e|es|ing)\s+that\s+(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){3,120}?\b(?:will|shall|is|are)\s+not\s+be\s+"
    r"(?:restricted|limited|blocked|denied)\b",
    re.IGNORECASE,
)


def _no_burden_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                    carried: list[str], context: _Context) -> list[Commitment]:
    match = _ENSURE_NO_BURDEN.search(sentence)
    if match is None:
        return _access_kept_rows(sentence, rows, mentions, carried, context)
    actors = _subject_actors(sentence, (0, match.start()), mentions, context) or list(carried)
    if not actors or any(r.action == "relax" and r.subject and r.subject in match.group(0) for r in rows):
        return []
    # the field the pledge covers is named after it ("... in terms of laws concerning digital
    # services"), the burden words before it say nothing of the category
    after = sentence[match.end():match.end() + MAX_OBJECT_CHARS]
    topics = [c for c in _object_categories(after) if c not in ("diplomatic", "market_access")]
    category = topics[0] if topics else "other"
    return [
        Commitment(
            actor=actor, category=category, action="relax", subject=_subject_phrase(match.group(0)[len("ensure that "):]),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
            counterparty=_other_party(actor, context), status=context.default_status,
            conditional=False, confidence=_confidence(actor, False, category), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        )
        for actor in actors
    ]


# "X shall ensure that <its measures> are applied in a non-discriminatory manner / are science-
# and risk-based", "ensure requirements imposed on U.S. horticultural products are science-based":
# how a party's own measures must be run eases them (`relax`, guide rules 13, 14); "ensure that its
# companies do not backfill these controls", "ensure that its SOEs act in accordance with commercial
# considerations": the conduct a party must secure from its firms is enforcement; "ensuring that
# existing commitments under bilateral agreements are met" enforces them (round 9)
_ENSURED_CONDUCT = re.compile(
    r"\bensur(?:e|es|ing)\s+(?:that\s+)?(?:"
    r"(?P<measures>(?:(?!\bthat\b)(?:[^.;:]|\.(?!\s+(?-i:[A-Z])))){0,120}?\b(?:measures|regulations|requirements|standards|procedures)\b"
    r"(?:(?!\bthat\b)(?:[^.;:]|\.(?!\s+(?-i:[A-Z])))){0,160}?)\s+(?:are|is|be)\s+(?:applied\s+in\s+a\s+non-?discriminatory"
    r"|science-\s*(?:and\s+risk-)?based|risk-based|based\s+on\s+(?:science|relevant\s+international))"
    r"|(?P<firms>(?:its|their)\s+(?:own\s+)?(?:companies|firms|enterprises|exporters|nationals"
    r"|state-owned\s+(?:or\s+controlled\s+)?enterprises))\b(?:[^.;]{0,120}?)\s+(?:do\s+not|does\s+not|act|refrain)\b"
    r"|(?P<kept>(?:existing\s+|their\s+|its\s+)?commitments\b[^.;:]{0,80}?)\s+are\s+(?:met|fulfilled|honou?red|upheld))",
    re.IGNORECASE)


def _ensured_conduct_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                          carried: list[str], context: _Context) -> list[Commitment]:
    """Rows for what a party must ensure of its own measures or firms, when no verb inside the
    clause gave one."""
    found: list[Commitment] = []
    for match in _ENSURED_CONDUCT.finditer(sentence):
        clause = match.group(0)
        if any(r.subject and r.subject in clause for r in rows):
            continue  # a verb inside the clause stated the measure already
        actors = [a for a in _subject_actors(sentence, (0, match.start()), mentions, context) if a] or list(carried)
        if len(actors) > 1 and match.group("firms"):
            actors = actors[:1]  # "its companies": the party that owns them
        if not actors:
            continue
        topics = [c for c in _object_categories(clause) if c != "diplomatic"]
        if match.group("firms"):
            # what the firms must (not) do names the field ("do not undermine U.S. export controls");
            # their trade in goods is no purchase pledge of the party
            topics = [c for c in _object_categories(sentence[match.start():match.end() + 80])
                      if c not in ("diplomatic", "purchase", "investment")]
        before = next((r.category for r in reversed(rows) if r.actor in actors), None)
        if match.group("measures"):
            category, action = (topics[0] if topics else "market_access"), "relax"
        elif match.group("firms"):
            category, action = (topics[0] if topics else before or "other"), "enforce"
        else:
            category, action = "market_access", "enforce"
        found.extend(
            Commitment(
                actor=actor, category=category, action=action, subject=_subject_phrase(clause.split(None, 1)[-1]),
                evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
                counterparty=_other_party(actor, context), status=context.default_status,
                conditional=_conditional_stated(sentence), confidence=_confidence(actor, False, category),
                article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
            )
            for actor in actors
        )
    return found


# "If Jordan enters into a new digital trade agreement with a country that jeopardizes essential U.S.
# interests, the United States may terminate this Agreement": ending the deal held over the other
# party's act is a reservation with a direction and a trigger, `diplomatic` `remove`, threatened and
# conditional (guide rule 2; round 7 agreement text); "Either Party may terminate this Agreement by
# written notice" names no trigger and stays no row (round 9)
_TERMINATION_IF_PARTNER = re.compile(
    r"^\W*(?:\d+\.\s*)?(?:If|Should|In the event that)\s+(?P<trigger>[^,;]{3,60}?)\s+(?:enters|signs|concludes|adopts|imposes"
    r"|fails|joins|breaches|violates|accedes|takes|maintains)\b(?P<act>[^;]{0,260}?),\s+(?P<party>[^,;]{3,60}?)\s+may\s+"
    r"(?:terminate|withdraw\s+from)\s+(?:this|the)\s+(?:Agreement|Arrangement|Framework)\b")


def _termination_threat_rows(sentence: str, mentions: list[ActorMention], context: _Context) -> list[Commitment]:
    """The party that may end the deal if the other party acts: one threatened, conditional row."""
    match = _TERMINATION_IF_PARTNER.match(sentence)
    if match is None:
        return []
    party = [m.actor.country for m in mentions if match.start("party") <= m.start < match.end("party") and m.actor.country]
    trigger = [m.actor.country for m in mentions if match.start("trigger") <= m.start < match.end("trigger") and m.actor.country]
    if len(set(party)) != 1 or not trigger or party[0] in trigger:
        return []  # "either Party": no one party holds the threat over the other
    return [Commitment(
        actor=party[0], category="diplomatic", action="remove",
        # the trigger tells two such reservations apart ("if X signs a digital trade agreement", "... an FTA")
        subject=_subject_phrase(match.group("act").strip()),
        evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=trigger[0],
        status="threatened", conditional=True, confidence=_confidence(party[0], True, "diplomatic"),
        article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
    )]


# "brought drama to trade talks with China", "US-China trade talks", "trade talks with other
# partners, including Europe, Japan, Canada and Mexico": talks named as a noun with their
# parties are talks under way (convention 19; annotation guide, News set), a row per party
# and pair; later mentions of the same talks are mentions of these rows
_TRADE_TALKS = re.compile(
    r"\b(?:(?P<pair>[A-Z][\w.]*-[A-Z][\w.]*)\s+)?[Tt]rade\s+(?:talks|negotiations)\b"
    r"(?:\s+(?:with|between)\s+(?P<with>[^;:.]{2,120}))?")
# where the list of partners after "with" ends: ", publicly threatening them", ", injecting ..."
_TALKS_PARTNERS_END = re.compile(r",\s+(?!including\b|such as\b|and\b|or\b|the\b|[A-Z])|\s+(?:to|that|which|who|on|over|about|has|have|had|were|was|are|is|going)\b")
_PRONOUN_OPENING = re.compile(r"^\W*(?:He|She)\s")
# "frameworks for trade negotiations with X" (the deal's frame, guide rule 1a), "restart stalled
# trade talks" (talks not under way): no talks held
_NOT_TALKS_HELD = re.compile(r"\b(?:frameworks?|agreements?|deals?|bid|stalled|frozen|collapsed|failed|suspended)\s+(?:for\s+|to\s+restart\s+)?(?:the\s+)?$",
                             re.IGNORECASE)
TALKS_SUBJECT = "trade talks"  # the subject every row of this rule starts with (the merge key reads it)


def _trade_talks_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                      context: _Context) -> list[Commitment]:
    if "rade" not in sentence or any(r.category == "diplomatic" and r.action == "negotiate" for r in rows):
        return []
    extra: list[Commitment] = []
    for match in _TRADE_TALKS.finditer(sentence):
        if _NOT_TALKS_HELD.search(sentence, max(0, match.start() - 30), match.start()):
            continue
        if match.group("pair"):
            named = [m.actor.country for m in mentions
                     if match.start("pair") <= m.start and m.end <= match.end("pair") and m.actor.country]
            pairs = [(named[0], named[1])] if len(named) == 2 and named[0] != named[1] else []
        elif match.group("with"):
            partners_text = match.group("with")
            cut = _TALKS_PARTNERS_END.search(partners_text)
            end = match.start("with") + (cut.start() if cut else len(partners_text))
            partners = list(dict.fromkeys(m.actor.country for m in mentions
                                          if match.start("with") <= m.start and m.end <= end and m.actor.country))
            before = [m for m in mentions if m.end <= match.start() and m.actor.country not in partners and m.actor.country]
            people = [m for m in before if m.form == "person"]
            side = (people or before)[-1].actor.country if (people or before) else (
                context.speaker_country if _PRONOUN_OPENING.match(sentence) else None)
            if side is None and len(partners) == 1:
                side = _other_party(partners[0], context)
            if "between" in sentence[match.end("with") - len(partners_text) - 9:match.start("with")] and len(partners) == 2:
                pairs = [(partners[0], partners[1])]
            else:
                pairs = [(side, partner) for partner in partners if side and partner != side]
        else:
            continue
        for first, second in pairs:
            for actor, counterparty in ((first, second), (second, first)):
                extra.append(Commitment(
                    actor=actor, category="diplomatic", action="negotiate",
                    subject=f"{TALKS_SUBJECT} ({first}-{second})",
                    evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
                    counterparty=counterparty, products=[], status=context.default_status,
                    conditional=False, confidence=_confidence(actor, False, "diplomatic"),
                    article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
                ))
    return extra


# "both countries will ensure that international procurement obligations provide a benefit only to
# those countries that have taken on the same commitments": procurement closed to non-members
_PROCUREMENT_RECIPROCITY = re.compile(
    r"\bensur(?:e|es|ing)\s+that\s+(?:international\s+|their\s+)?procurement\s+obligations\s+"
    r"(?:provide\s+(?:a\s+)?benefits?\s+(?:only\s+)?to|benefit\s+only)\b",
    re.IGNORECASE,
)


def _procurement_reciprocity_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                                  carried: list[str], context: _Context) -> list[Commitment]:
    match = _PROCUREMENT_RECIPROCITY.search(sentence)
    if match is None or any(r.category == "procurement" for r in rows):
        return []
    clause = _clause_start(sentence, 0, match.start(), mentions)
    actors = _subject_actors(sentence, (clause, match.start()), mentions, context) or list(carried)
    return [
        Commitment(
            actor=actor, category="procurement", action="restrict", subject="international procurement obligations",
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
            counterparty=_other_party(actor, context), status=context.default_status,
            conditional=False, confidence=_confidence(actor, False, "procurement"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        )
        for actor in actors
    ]


def _access_kept_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                      carried: list[str], context: _Context) -> list[Commitment]:
    match = _ENSURE_NOT_RESTRICTED.search(sentence)
    if match is None or any(r.action == "maintain" and r.category == "market_access" for r in rows):
        return []
    actors = _subject_actors(sentence, (0, match.start()), mentions, context) or list(carried)
    return [
        Commitment(
            actor=actor, category="market_access", action="maintain", subject=_subject_phrase(match.group(0)[len("ensure that "):]),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
            counterparty=_other_party(actor, context), status=context.default_status,
            conditional=False, confidence=_confidence(actor, False, "market_access"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        )
        for actor in actors
    ]


_BY_GERUND = re.compile(r"\bby\s+$")
# "We have reached an agreement on a 90-day pause", "they agreed on a truce in tariff increases":
# a pronoun that reached an agreement on the measure speaks for both sides of it
_AGREEMENT_REACHED_ON = re.compile(
    r"(?:^|[\s“\"(])(?:[Ww]e|[Tt]hey)(?:\s+(?:have|had)|[’'](?:ve|d))?\s+(?:now\s+|just\s+|finally\s+|also\s+)?"
    r"(?:(?:reached|struck|sealed|clinched)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|understanding)\s+|agreed\s+)"
    r"(?:on|for)\s+(?:[\w-]+\s+){0,4}$")


# "zero-for-zero tariffs on aircraft": a rate each side grants the other
_RECIPROCAL_ZERO = re.compile(r"\bzero-for-zero\b", re.IGNORECASE)


def _agreement_sides(subject_text: str, object_text: str, subjects: list[str], context: _Context) -> list[str]:
    """The two document parties for a measure "we" or "they" reached an agreement on, or for a
    zero-for-zero rate (when the subject stands for one of them or for no one named);
    ``subjects`` otherwise."""
    parties = context.parties[:2]
    if len(parties) < 2 or len(subjects) > 1 or (subjects and subjects[0] not in parties):
        return subjects
    if _AGREEMENT_REACHED_ON.search(subject_text) or _RECIPROCAL_ZERO.match(object_text.lstrip()):
        return list(parties)
    return subjects


def _quoted_means_with_figure(sentence: str, hit: _CueHit, context: _Context) -> int | None:
    """Where a fronted "By <gerund> ...," clause ends (its comma) when it stands in a round-up
    speaker's quote and names its measure by a figure ("By keeping the 10% tariff and ..., the
    administration shows ..."): there the speaker states the deal's term. None otherwise: a means
    told in passing ("By imposing tariffs, President Trump is ensuring ...")."""
    if not context.in_speaker_quote:
        return None
    comma = sentence.find(",", hit.end)
    if comma < 0 or not find_quantities(sentence[hit.end:comma]):
        return None
    return comma
# "a deal (that) President Trump announced": a relative clause naming who made the deal
_DEAL_RELATIVE = re.compile(r"\b(?:deal|agreement|framework|pact|truce|accord)\s+(?:that\s+|which\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:had\s+|has\s+)?$")
# "... that was due to take effect": a relative clause telling when the previous verb's measure was to start
_SCHEDULED_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:was|were|is|are|had been|has been)\s+(?:due|set|scheduled|slated|planned|expected)\s+to\s+$"
)


def _means_of_previous(sentence: str, hit: _CueHit, rows: list[Commitment], object_region: tuple[int, int]) -> bool:
    """'modify the duty ..., by suspending 24 percentage points of that rate': the gerund
    says how the previous measure is done, so its figure goes to that row (convention 15)."""
    if not rows or not hit.form.endswith("ing") or not _BY_GERUND.search(sentence, max(0, hit.start - 4), hit.start):
        return False
    previous = rows[-1]
    if previous.category != "tariff" or _has_figure(previous):
        return False
    points = [q for q in find_quantities(sentence[object_region[0]:object_region[1]]) if q.kind == "points"]
    if not points:
        return False
    for row in rows:
        if row.action == previous.action and row.category == "tariff" and not _has_figure(row):
            sign = -1 if hit.cue.action in ("suspend", "reduce", "remove") else 1
            row.change, row.unit = sign * abs(points[0].value), "percentage_points"
    return True


# An order amending the tariff schedule: 'by deleting "125%" ... and by inserting "34%" in
# lieu thereof' changes the rate from 125 to 34.
_AMENDED_RATE = re.compile(
    r"\bdeleting\s+[\"“”']?(?P<old>\d+(?:\.\d+)?)\s*%[\"“”']?[^;]{0,80}?\binserting\s+[\"“”']?(?P<new>\d+(?:\.\d+)?)\s*%"
)


def _amendment_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                    context: _Context) -> list[Commitment]:
    if "deleting" not in sentence or not context.parties:
        return []
    # the schedule amended ("the HTSUS") names its government; else the document's main party
    schedule = next((m.actor.country for m in mentions if m.form == "organisation" and m.actor.country), None)
    extra: list[Commitment] = []
    for match in _AMENDED_RATE.finditer(sentence):
        old, new = float(match.group("old")), float(match.group("new"))
        if old == new or any(r.value_from == old and r.value_to == new for r in rows + extra):
            continue
        actor = schedule or context.parties[0]
        extra.append(Commitment(
            actor=actor, category="tariff", action="reduce" if new < old else "raise",
            subject=_subject_phrase(sentence[max(0, match.start() - 80):match.start()]), evidence=sentence,
            paragraph_index=0, char_start=0, char_end=0, counterparty=_other_party(actor, context),
            value_from=old, value_to=new, unit="percent", status=_status_of_order(sentence, context),
            confidence=_confidence(actor, True, "tariff"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


def _status_of_order(sentence: str, context: _Context) -> str:
    implemented = dict(_lexicon().status).get("implemented")
    return "implemented" if implemented is not None and implemented.search(sentence) else context.default_status


# Pledges told as nouns, without a verb of their own: "$150 billion of Korean investment",
# "foreign direct investments ... totaling $150 billion", "a purchase order of 103 Boeing aircraft".
# A question ("Will China resume purchases?"); a journalist's statement before it may
# still report a measure ("Q: Trump said he will impose ... What is China's response?").
# police and court reports: bonds, fines and charges are no pledges (with no trade word in the sentence)
_COURT_RECORD = re.compile(
    r"\b(?:in lieu of|bond|bail|pleading guilty|pleaded guilty|pled guilty|in prison|in jail|sentenced to|convicted of|charged with)\b",
    re.IGNORECASE)
_QUESTION = re.compile(r"\?[\s\"'”’)]*$")
# (round 13, news) a rhetorical question listing acts done after a colon ("why would they object to an
# administration that delivered their agenda: ending X, upping sanctions on Y, ...?"): the list states facts
_ACTS_LISTED_IN_QUESTION = re.compile(
    r"\b(?:that|which|who)\s+(?:(?:at\s+last|finally|already|has|have|had)\s+)*(?:fulfilled|delivered|achieved|accomplished|"
    r"carried\s+out|enacted|did)\b[^:?]{0,80}:\s*[a-z]+ing\b[^:]*\?")
_DIGIT = re.compile(r"\d")
_PLEDGE_NOUNS = ("investment", "order", "urchase", "sales", "quota", "cquisition")  # (round 15: "the acquisition by X of 22 aircraft")
# nouns whose pledges always carry a sum in money ("exports ... totaling $X", "letters of
# interest for $X", "12 projects worth $X"): tested only when a money sign is present
_MONEY_PLEDGE_NOUNS = ("xports", "of interest", "xchange", "cquisition", "projects", "contracts", "Military Sales", "facility", "plant", "factory")
_QUOTA_BEFORE_SIZE = re.compile(r"\bquotas?\b[\s,]*(?:of\s+)?(?:up to\s+|about\s+)?$", re.IGNORECASE)
_EACH_WAY = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:each way|in each direction|in both directions|for each side)\b", re.IGNORECASE)
# A page's bare "exports" with no origin named are the exports of the country the
# dataset's sources report from (U.S. government pages and U.S.-centred trade news).
HOME_EXPORTER = "USA"


def _pledge_noun_hint(sentence: str) -> bool:
    """Cheap test (substrings) before the noun-pledge patterns."""
    # (speed, round 24: holds_one_of's loop, the same answer as any() over a generator)
    return holds_one_of(_PLEDGE_NOUNS, sentence) or (
        ("$" in sentence or "€" in sentence or "£" in sentence) and holds_one_of(_MONEY_PLEDGE_NOUNS, sentence))
_INVESTMENT_AFTER_MONEY = re.compile(
    r"\s+(?:of|in)\s+(?:(?:new|additional|further|total)\s+)?(?:(?:[A-Z][\w.’'-]*\s+){1,3})?(?:foreign direct\s+)?investments?\b"
    # "a 10-year, $1.4 trillion investment framework", "the $20 billion investment pledge"
    r"|\s+investment\s+(?:commitment|framework|pledge|package|plan|agreement)s?\b"
    # "JERA announced a $1.5 billion investment in Louisiana's gas basin" (not "in 2023"); "a
    # $20 billion investment — including ...", "a $35 million investment to boost production"
    r"|\s+investments?\b(?!\s+(?:in|into)\s+\d)"
    # "plans to build a $110 million new manufacturing facility": the sum of a plant to be built
    r"|\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:manufacturing|production|processing)\s+(?:facility|plant|factory)\b"
)
_INVESTMENT_BEFORE_MONEY = re.compile(
    r"\binvestments?\b[^.;$€£]{0,60}?\b(?:totall?ing|worth|valued at|amounting to|of)\s+(?:about\s+|around\s+|up to\s+|over\s+|more than\s+)?$"
)
# "Boeing secured a $9 billion order from Qatar Airways": the ordering airline's country buys
_ORDER_AFTER_MONEY = re.compile(r"\s+(?:purchase\s+)?orders?\s+(?:from|by)\b", re.IGNORECASE)
# ("an order from Qatar Airways, a $96 billion agreement to acquire up to 210 aircraft": the order's count)
# (round 15: "the acquisition by Uzbekistan Airways of 22 Boeing aircraft", "the purchase by X of 9 jets")
_ORDER_BEFORE_COUNT = re.compile(r"\b(?:(?:purchase\s+)?orders?|(?:purchase|acquisition|procurement)\s+by\b[^.;]{0,50}?)\b[^.;]{0,70}?\b(?:for|of|to\s+(?:acquire|buy|purchase))\s+"
                                 r"(?:up to\s+|about\s+)?$", re.IGNORECASE)


def _us_row_per_agreement(rows: list[Commitment]) -> list[Commitment]:
    """"The United States and A, B, and C will work to finalize the Agreements": one bilateral
    agreement per partner, so the US takes a step towards each (annotation guide, Western
    Hemisphere fact sheet): its row is repeated with each partner as counterparty."""
    talks = [r for r in rows if r.category == "diplomatic" and r.action == "negotiate"]
    ours = [r for r in talks if r.actor == HOME_EXPORTER]
    partners = list(dict.fromkeys(r.actor for r in talks if r.actor and r.actor != HOME_EXPORTER))
    if len(ours) != 1 or len(partners) < 2:
        return rows
    index = rows.index(ours[0])
    return rows[:index] + [replace(ours[0], counterparty=p) for p in partners] + rows[index + 1:]


# "The UAE deals build on the $600 billion in Saudi Arabia and $1.2 trillion in Qatar": a recap
# of other visits' pledges, each that country's investment row (annotation guide, "Deal round-ups")
_RECAP_LEAD = re.compile(r"\bbuil(?:d|ds|ding|t)\s+(?:up)?on\s+(?:the\s+)?", re.IGNORECASE)
# ("builds on yesterday's $600 billion investment commitment secured in Saudi Arabia": the pledge's nouns between)
# ((round 13) "builds on the $1.2 trillion economic commitment the President secured in Qatar": the
# securing President named between)
_SUM_PLACE = re.compile(r"\s+(?:(?:investment|investments|economic|commitments?|pledges?|package|deal|in)\s+){0,3}?"
                        r"(?:(?:the\s+President|President\s+Trump|he)\s+)?"
                        r"(?:secured\s+|pledged\s+|committed\s+|announced\s+)?(?:in|from|by)\s+(?:the\s+)?$")


def _recap_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                context: _Context) -> list[Commitment]:
    lead = _RECAP_LEAD.search(sentence)
    if lead is None or "$" not in sentence:
        return []
    extra: list[Commitment] = []
    for quantity in find_quantities(sentence[lead.end():]):
        if quantity.kind != "money":
            continue
        end = lead.end() + quantity.end
        place = next((m for m in mentions if m.start > end and m.actor.country and m.form == "name"
                      and _SUM_PLACE.fullmatch(sentence, end, m.start)), None)
        if place is None or any(r.amount == quantity.value for r in rows + extra):
            continue
        actor = place.actor.country
        extra.append(Commitment(
            actor=actor, category="investment", action="invest", subject=_subject_phrase(sentence[end - (quantity.end - quantity.start):place.end]),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
            counterparty=HOME_EXPORTER if HOME_EXPORTER in context.parties and actor != HOME_EXPORTER else None,
            products=[], amount=quantity.value, unit=quantity.unit, status=context.default_status,
            conditional=False, confidence=_confidence(actor, False, "investment"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


# "an historic sale of Boeing aircraft and GE engines to Qatar Airways", "the sale of 12
# helicopters to the Polish Ministry of Defence": the buyer named after "to" purchases
_SALE_TO = re.compile(r"\bsales?\s+of\s+(?P<goods>[^.;]{3,140}?)\s+to\s+(?:the\s+)?(?=[A-Z])")


# "the leaders ... reaffirmed their commitment to broader Bilateral Trade Agreement
# negotiations", "confirmed their strong commitment to implementing this agreement": both
# parties restate steps still to come on the deal itself (convention 19, guide rule 1a)
_DEAL_COMMITMENT = re.compile(
    r"\b(?:reaffirm|confirm|reiterat|renew|underscor)\w*\s+(?:their|the\s+(?:two\s+)?(?:countries|sides|parties|leaders)['’]?)\s+"
    r"(?:(?:strong|continued|shared|firm|full|mutual)\s+)?commitments?\s+to\s+(?P<object>(?:implementing\s+|concluding\s+|"
    r"finali[sz]ing\s+)?(?:the\s+|this\s+|a\s+|broader\s+)[^;]{0,80}?\b(?:agreements?|deals?|DEAL|negotiations|talks|BTA)\b)",
    re.IGNORECASE)


# "The United States and Australia agreed to develop and launch a bilateral Technology Prosperity
# Deal", "will establish a joint Energy Security Council": a forum or side deal still to be set
# up is talks for each party that sets it up (convention 19), on its subject (convention 12)
_FORUM_VERB = r"(?:develop|launch|establish|create|set\s+up|form)"
_NEW_FORUM = re.compile(
    rf"\b{_FORUM_VERB}(?:\s+and\s+{_FORUM_VERB})?\s+(?:an?|the)\s+(?:new\s+)?(?:bilateral|joint)\s+"
    r"(?P<name>(?:[A-Z][\w-]*\s+){1,5}?)(?:Deal|Partnership|Framework|Dialogue|Initiative|Council|Working Group|Task Force|Mechanism)\b")


def _talks_row(actor: str, actors: list[str], category: str, subject: str, sentence: str, status: str,
               explicit: bool, context: _Context) -> Commitment:
    """One party's talks row (convention 19); the other party is its counterparty when there are two."""
    return Commitment(
        actor=actor, category=category, action="negotiate", subject=subject, evidence=sentence,
        paragraph_index=0, char_start=0, char_end=0,
        counterparty=next((a for a in actors if a != actor), None) if len(actors) == 2 else None,
        products=[], status=status, conditional=False, confidence=_confidence(actor, explicit, category),
        article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
    )


def _new_forum_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                    context: _Context) -> list[Commitment]:
    match = _NEW_FORUM.search(sentence)
    named = [m.actor.country for m in mentions if m.end <= match.start() and m.actor.country and m.form == "name"]
    actors = list(dict.fromkeys(named)) if len(set(named)) >= 2 else (
        context.parties[:2] if _BOTH_PARTIES.search(sentence, 0, match.start()) else [])
    if len(actors) < 2:
        return []
    category = next(iter(_object_categories(match.group(0))), "other")
    return [_talks_row(actor, actors, category, _subject_phrase(match.group(0)), sentence, "agreed", False, context)
            for actor in actors if not any(r.actor == actor and r.action == "negotiate" for r in rows)]


# "Additionally, the Framework bolsters our shared security by expanding cooperation on export
# controls, sanctions, and investment screening": what the deal achieves is told by a term of it,
# cooperation its signatories take up (convention 19, guide rule 15)
_DEAL_BY_COOPERATION = re.compile(
    r"\W*(?:[A-Z]\w+,\s+)?(?:the|this)\s+(?:[\w.-]+\s+){0,3}?(?:deal|agreement|framework|arrangement)\b[^;]{0,140}?"
    r"\bby\s+(?:expanding|enhancing|deepening|strengthening|increasing)\s+(?:(?:their|our|bilateral|close)\s+)?"
    r"cooperation\s+on\s+(?P<topic>[^;]{3,120})", re.IGNORECASE)


def _deal_cooperation_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    topic = _DEAL_BY_COOPERATION.match(sentence).group("topic")
    category = next(iter(_object_categories(topic)), None)
    actors = context.signatories if len(context.signatories) >= 2 else context.parties[:2]
    if category is None or len(actors) < 2:
        return rows
    kept = [r for r in rows if not (r.actor is None and r.category == category)]  # the deal is no actor
    return kept + [_talks_row(actor, actors, category, _subject_phrase(topic), sentence, context.default_status, True,
                              context)
                   for actor in actors if not any(r.actor == actor and r.category == category for r in kept)]


# "the EU has agreed to purchase ..., while accepting a 15% tariff rate, and charging American
# companies zero": the partner levies nothing on U.S. goods (guide rule 20: remove, value_to 0)
_CHARGES_NOTHING = re.compile(r"\bcharg(?:e|es|ed|ing)\s+(?:American|U\.S\.|US)\s+(?:companies|firms|exporters|businesses|"
                              r"goods|products)\s+(?:zero|nothing|no\s+tariffs?)\b")
# "The United States-United Kingdom trade deal includes billions of dollars of increased market
# access for American exports": a recap of another deal's term, the partner opening its market
# ((round 13, fact sheets) also "The deal will include billions of dollars of increased market
# access for American exports" in a deal's own fact sheet: the partner of the deal opens its market)
_DEAL_INCLUDES_ACCESS = re.compile(
    r"(?:(?P<pair>\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}-[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s+(?:trade\s+)?"
    r"|\b[Tt]he\s+(?:trade\s+)?)"
    r"(?:deal|agreement|framework)\s+(?:will\s+)?include[sd]?\s+[^;]{0,80}?\bmarket\s+access\s+for\s+(?:American\b|U\.S\.|US\b)")


def _charges_nothing_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                          context: _Context) -> list[Commitment]:
    match = _CHARGES_NOTHING.search(sentence)
    levier = next((m.actor.country for m in reversed(mentions) if m.end <= match.start() and m.actor.country
                   and m.actor.country != HOME_EXPORTER and m.form == "name"), None)
    if levier is None or any(r.actor == levier and r.category == "tariff" and r.value_to == 0 for r in rows):
        return []
    return [Commitment(
        actor=levier, category="tariff", action="remove", subject=_subject_phrase(match.group(0)), evidence=sentence,
        paragraph_index=0, char_start=0, char_end=0, counterparty=HOME_EXPORTER, products=[], value_to=0.0,
        unit="percent", status=context.default_status, conditional=False, confidence=_confidence(levier, True, "tariff"),
        article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
    )]


def _deal_access_rows(sentence: str, mentions: list[ActorMention], context: _Context) -> list[Commitment]:
    match = _DEAL_INCLUDES_ACCESS.search(sentence)
    if match.group("pair") is None:
        # "The deal will include ...": the one partner of a deal document with the United States
        partner = _other_party(HOME_EXPORTER, context) if context.default_status == "agreed" \
            and HOME_EXPORTER in context.parties[:2] else None
    else:
        partner = next((m.actor.country for m in mentions if match.start("pair") <= m.start < match.end("pair")
                        and m.actor.country and m.actor.country != HOME_EXPORTER), None)
    if partner is None:
        return []
    return [Commitment(
        actor=partner, category="market_access", action="relax",
        # (the access itself names a deal's term, so its restatement in a quote is the same row)
        subject=_subject_phrase(sentence[match.end("pair") if match.group("pair") else sentence.find("market access", match.start()):]),
        evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=HOME_EXPORTER, products=[],
        status=context.default_status, conditional=False, confidence=_confidence(partner, True, "market_access"),
        article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
    )]


def _deal_commitment_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    """Both parties' talks row for a commitment to the deal restated; a cue inside that
    phrase ("implementing this agreement") gives no measure of its own."""
    match = _DEAL_COMMITMENT.search(sentence)
    inside = match.group("object").lower()
    kept = [r for r in rows if not (not _has_figure(r) and r.subject and r.subject.lower() in inside)]
    for actor in context.parties[:2]:
        if any(r.category == "diplomatic" and r.action == "negotiate" and r.actor == actor for r in kept):
            continue
        kept.append(Commitment(
            actor=actor, category="diplomatic", action="negotiate", subject=_subject_phrase(match.group("object")),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=_other_party(actor, context),
            products=[], status="agreed", conditional=False, confidence=_confidence(actor, True, "diplomatic"),
            article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
        ))
    return kept


def _sale_to_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                  context: _Context) -> list[Commitment]:
    """A sale of goods to a country, its airline or its ministry is that country's purchase,
    with the goods' count or value when the phrase states one (guide rule 25)."""
    extra: list[Commitment] = []
    for match in _SALE_TO.finditer(sentence):
        buyer = next((m.actor.country for m in mentions if match.end() <= m.start <= match.end() + 30
                      and m.actor.country), None)
        if buyer is None or buyer == HOME_EXPORTER or any(
                r.category == "purchase" and r.actor == buyer for r in rows + extra):
            continue
        goods = match.group("goods")
        amount, unit = _amount(find_quantities(goods), goods)
        seller = next((code for maker, code in _lexicon().makers.items() if maker in goods), None) \
            or _other_party(buyer, context)
        extra.append(Commitment(
            actor=buyer, category="purchase", action="purchase", subject=_subject_phrase(match.group(0)),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
            counterparty=seller if seller != buyer else None, products=hs_codes(goods), amount=amount, unit=unit,
            status=context.default_status, conditional=False, confidence=_confidence(buyer, True, "purchase"),
            article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


# (round 13, fact sheets) a firm's sale to a partner with its value: "GE Vernova will supply gas
# turbines worth $3 billion for two power stations in Kuwait", "Acme Coal announced a multi-year deal
# valued at over $100 million with Tohoku Electric for U.S.-sourced thermal coal": the buying country's
# purchase (guide rule 25), the value its amount
_FIRM_SALE = re.compile(
    r"\b(?:will|to|agreed\s+to|has\s+agreed\s+to|signed\s+(?:a\s+)?(?:deal|contract)s?\s+to)\s+"
    r"(?:supply|sell|deliver|ship|provide)\s+(?P<goods>[^.;$]{3,100}?)\s+(?:worth|valued\s+at)\s+"
    r"(?P<money>(?:(?:about|over|more\s+than|nearly|up\s+to|some)\s+)?(?:US)?\$\s?\d[\d.,]*(?:\s*(?:million|billion|trillion))?)"
    r"(?P<tail>[^.;]{0,90})"
    r"|\b(?:deal|contract|agreement|offtake\s+agreement)\s+(?:worth|valued\s+at)\s+"
    r"(?P<money2>(?:(?:about|over|more\s+than|nearly|up\s+to|some)\s+)?(?:US)?\$\s?\d[\d.,]*(?:\s*(?:million|billion|trillion))?)"
    r"\s+with\s+(?P<buyer>[A-Z][^.;,]{2,60}?)\s+for\s+(?P<goods2>(?:U\.S\.|American)(?:-(?:sourced|produced|made|origin))?\s+[^.;]{2,80})")
# the place the goods go to: "for two power stations in Kuwait", "to Kuwaiti utilities"
_SOLD_TO_PLACE = re.compile(r"\b(?:in|to|for)\s+(?:the\s+)?(?=[A-Z])")


# (round 13, fact sheets) a mechanism whose content is a rate: "The United States committed to
# establish a mechanism allowing certain textile and apparel goods from Indonesia to receive a 0%
# reciprocal tariff rate": the rate the goods will get is the term (convention 13), not talks
_MECHANISM_RATE = re.compile(
    r"\bestablish(?:es|ed|ing)?\s+a\s+mechanism\s+(?:that\s+(?:will|would)\s+allow|allowing|to\s+allow)\s+(?:for\s+)?"
    r"(?P<goods>[^.;]{3,120}?)\s+to\s+(?:receive|enter\s+at|benefit\s+from)\s+an?\s+"
    r"(?P<rate>zero|\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)?\s*(?:[\w-]+\s+){0,2}?(?:tariff|duty)\b",
    re.IGNORECASE)


def _mechanism_rate_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                         context: _Context) -> list[Commitment]:
    """The talks row of "establish a mechanism allowing goods to receive a N% rate" becomes the
    party's tariff row at that rate (zero is `remove`), the goods' country its counterparty."""
    match = _MECHANISM_RATE.search(sentence)
    rate = 0.0 if match.group("rate").lower() == "zero" else float(match.group("rate"))
    talks = [r for r in rows if r.category == "diplomatic" and r.action == "negotiate" and r.actor]
    rated = [r for r in rows if r.category == "tariff" and r.value_to == rate]
    if rated:
        # the rate's own verb ("to receive a zero rate") already gave the row: the talks are that row
        for row in rated:
            row.subject = _subject_phrase(match.group("goods"))
        return [r for r in rows if r not in talks]
    if not talks:
        # "The United States committed to establish a mechanism ...": no talks row was read; the
        # party named before the verb sets the rate
        party = next((m.actor.country for m in mentions if m.end <= match.start() and m.actor.country
                      and m.form == "name"), None)
        if party is None:
            return rows
        talks = [_talks_row(party, [party], "diplomatic", "", sentence, context.default_status, True, context)]
        rows = rows + talks
    origin = next((m.actor.country for m in mentions if match.start("goods") <= m.start < match.end("goods")
                   and m.actor.country), None)
    kept = [r for r in rows if r not in talks]
    for row in talks:
        kept.append(replace(row, category="tariff", action="remove" if rate == 0 else "impose", value_from=None,
                            value_to=rate, change=None, unit="percent", products=hs_codes(match.group("goods")),
                            subject=_subject_phrase(match.group("goods")),
                            counterparty=origin if origin and origin != row.actor else row.counterparty))
    return kept


# (round 13, fact sheets) specific duties in dollars per item: "a duty rate of either 30% of their
# value or $25 per item (increasing to $50 per item after June 1, 2025)", "A duty ranging from $80
# per item to $200 per item": each dollar level is a tariff level of its own (unit usd; a range
# takes its top, as a percent range does)
_PER_ITEM_ALTERNATIVE = re.compile(
    r"\bor\s+(?:US)?\$\s?(?P<level>\d+(?:\.\d+)?)\s+per\s+(?:postal\s+)?item\b"
    r"(?:\s*\((?:increasing|rising|going\s+up)\s+to\s+(?:US)?\$\s?(?P<later>\d+(?:\.\d+)?)\s+per\s+(?:postal\s+)?item"
    r"\s+(?P<when>(?:after|on|from|starting|beginning)\s+[^)]{3,40})\))?")
_PER_ITEM_RANGE = re.compile(
    r"\b(?:duty|duties|tariff|tariffs)\s+(?:ranging|that\s+ranges?|which\s+ranges?)\s+from\s+(?:US)?\$\s?\d+(?:\.\d+)?"
    r"\s+per\s+(?:postal\s+)?item\s+to\s+(?:US)?\$\s?(?P<top>\d+(?:\.\d+)?)\s+per\s+(?:postal\s+)?item\b")


def _per_item_duty_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    """Rows for the dollar-per-item levels of a duty: an alternative beside a stated rate
    ("30% ... or $25 per item") and its later step ("increasing to $50 per item after June 1"),
    levied by the party of the sentence's tariff row; a range's top, levied by the signer of the
    order the fact sheet reports when the sentence has no row."""
    # (the model's actor may still be empty here: the document's levier fills both alike)
    model = next((r for r in rows if r.category == "tariff"), None)
    extra: list[Commitment] = []
    for match in _PER_ITEM_ALTERNATIVE.finditer(sentence) if model else ():
        level = float(match.group("level"))
        extra.append(replace(model, action="impose", value_from=None, value_to=level, change=None, amount=None,
                             unit="usd", mentions=1, commitment_id=None))
        if match.group("later"):
            time = read_time(match.group("when"), context.on)
            extra.append(replace(model, action="raise", value_from=level, value_to=float(match.group("later")),
                                 change=None, amount=None, unit="usd", start_date=time.start_date,
                                 end_date=None, duration_days=None, mentions=1, commitment_id=None))
    for match in _PER_ITEM_RANGE.finditer(sentence):
        top = float(match.group("top"))
        if any(r.category == "tariff" and r.unit == "usd" and r.value_to == top for r in rows + extra):
            continue
        actor = model.actor if model else context.in_force_by
        if actor is None and model is None:
            continue
        extra.append(Commitment(
            actor=actor, category="tariff", action="impose", subject=_subject_phrase(match.group(0)), evidence=sentence,
            paragraph_index=0, char_start=0, char_end=0, counterparty=model.counterparty if model else None,
            value_to=top, unit="usd", status=model.status if model else "implemented", conditional=False,
            confidence=_confidence(actor, model is None, "tariff"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


def _firm_sale_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                    context: _Context) -> list[Commitment]:
    """A firm's sale with its value as the buying country's purchase: the country the goods go
    to, or for a deal with a named buyer firm, the one partner of a document with the United
    States. Not when the seller is a government (a country named before the verb) or the
    buyer is the United States."""
    extra: list[Commitment] = []
    for match in _FIRM_SALE.finditer(sentence):
        if any(m.actor.country and m.start < match.start() and m.form == "name" and m.actor.country != HOME_EXPORTER
               for m in mentions):
            continue  # "Norway will supply ... worth ...": a government sells, not a firm to the partner
        if match.group("money"):
            tail_start = match.start("tail")
            place = _SOLD_TO_PLACE.search(sentence, tail_start, match.end("tail"))
            buyer = next((m.actor.country for m in mentions if place and place.end() <= m.start <= place.end() + 40
                          and m.actor.country), None)
            goods, money = match.group("goods"), match.group("money")
        else:
            buyer = _other_party(HOME_EXPORTER, context) if HOME_EXPORTER in context.parties[:2] else None
            goods, money = match.group("goods2"), match.group("money2")
        if buyer is None or buyer == HOME_EXPORTER:
            continue
        amount, unit = _amount(find_quantities(money), money)
        if amount is None or any(r.category == "purchase" and r.actor == buyer and r.amount == amount for r in rows + extra):
            continue
        time = read_time(sentence[match.start():match.end()], context.on)
        extra.append(Commitment(
            actor=buyer, category="purchase", action="purchase", subject=_subject_phrase(goods),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=HOME_EXPORTER,
            products=hs_codes(goods), amount=amount, unit=unit, duration_days=time.duration_days,
            start_date=time.start_date, end_date=time.end_date, status=context.default_status, conditional=False,
            confidence=_confidence(buyer, True, "purchase"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


def _noun_pledge_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                      context: _Context) -> list[Commitment]:
    if not _DIGIT.search(sentence) or not _pledge_noun_hint(sentence):
        return []  # cheap tests first: a noun pledge needs its noun and a figure
    extra: list[Commitment] = _export_item_rows(sentence, rows, context) if "xports" in sentence else []
    quantities = find_quantities(sentence)
    if any(noun in sentence for noun in _DEAL_NOUN_HINTS):
        extra += _deal_noun_rows(sentence, quantities, rows, mentions, context)
    for quantity in quantities:
        before = sentence[max(0, quantity.start - 120):quantity.start]
        if quantity.kind in ("tonnes", "count") and "uota" in sentence \
                and (sized := _SIZE_BEFORE_QUOTA.match(sentence, quantity.end)):
            quota = _sized_quota_row(sentence, quantity, sized, rows + extra, mentions, context)
            if quota is not None:
                extra.append(quota)
            continue
        if quantity.kind in ("tonnes", "count") and _QUOTA_BEFORE_SIZE.search(before) \
                and _EACH_WAY.match(sentence, quantity.end) and len(context.parties) >= 2:
            # "the deal's beef quota, 13,000 tonnes each way": a tariff-rate quota both parties open
            # (convention 14), a row per party
            if any(r.category == "tariff" and r.amount == quantity.value for r in rows + extra):
                continue
            tail = sentence[max(0, quantity.start - 40):quantity.end]
            for actor in context.parties[:2]:
                extra.append(Commitment(
                    actor=actor, category="tariff", action="reduce", subject=_subject_phrase(tail), evidence=sentence,
                    paragraph_index=0, char_start=0, char_end=0, counterparty=_other_party(actor, context),
                    products=hs_codes(tail), amount=quantity.value, unit=quantity.unit, status=context.default_status,
                    conditional=False, confidence=_confidence(actor, True, "tariff"), article_id=context.article_id,
                    extractor_version=EXTRACTOR_VERSION,
                ))
            continue
        if quantity.kind == "money" and (_INVESTMENT_AFTER_MONEY.match(sentence, quantity.end)
                                         or _INVESTMENT_BEFORE_MONEY.search(before)):
            category, action = "investment", "invest"
        elif (quantity.kind == "count" and _ORDER_BEFORE_COUNT.search(before)) or (
                quantity.kind == "money" and _ORDER_AFTER_MONEY.match(sentence, quantity.end)):
            category, action = "purchase", "purchase"
        elif quantity.kind == "money" and _ARMS_SALE_BEFORE.search(before) and HOME_EXPORTER in context.parties[:2]:
            # "signed the largest defense sales agreement in history—nearly $142 billion":
            # the partner buys from the home exporter (guide rule 1: arms purchases are trade)
            buyer = _other_party(HOME_EXPORTER, context)
            if buyer is None or any(r.category == "purchase" and r.amount == quantity.value for r in rows + extra):
                continue
            extra.append(Commitment(
                actor=buyer, category="purchase", action="purchase", subject=_subject_phrase(_ARMS_SALE_BEFORE.search(before).group(0)),
                evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=HOME_EXPORTER, products=[],
                amount=quantity.value, unit=quantity.unit, status=context.default_status, conditional=False,
                confidence=_confidence(buyer, True, "purchase"), article_id=context.article_id,
                extractor_version=EXTRACTOR_VERSION,
            ))
            continue
        elif quantity.kind in ("money", "tonnes") and (_PURCHASES_BEFORE_AMOUNT.search(before) or (
                (after := _PURCHASES_AFTER_AMOUNT.match(sentence, quantity.end))
                and (not after.group(0).endswith("exports") or _DEAL_SUM_BEFORE.search(before)))):
            # "Up to $3.4 billion annually in U.S. LNG purchases": bought from the named
            # origin by the other party
            buyer = _opening_subject(sentence, mentions)
            if buyer is not None:
                # "Japan will make ... purchases of U.S. energy, totaling $7 billion": the subject buys
                origin = next((m.actor.country for m in mentions if m.actor.country and m.actor.country != buyer
                               and m.start < quantity.start), None) or _other_party(buyer, context)
            else:
                origin = _origin_near(sentence, quantity, mentions)
                buyer = _other_party(origin, context) if origin else None
            if buyer is None or any(r.category == "purchase" and r.amount == quantity.value for r in rows + extra):
                continue
            tail = sentence[quantity.start:quantity.start + 120]
            extra.append(Commitment(
                actor=buyer, category="purchase", action="purchase", subject=_subject_phrase(tail), evidence=sentence,
                paragraph_index=0, char_start=0, char_end=0, counterparty=origin, products=hs_codes(sentence),
                amount=quantity.value, unit=quantity.unit, status=context.default_status, conditional=False,
                confidence=_confidence(buyer, True, "purchase"), article_id=context.article_id,
                extractor_version=EXTRACTOR_VERSION,
            ))
            continue
        else:
            continue
        if any(r.category == category and r.amount == quantity.value for r in rows + extra):
            continue  # a verb already stated it
        actor = _pledging_country(sentence, quantity.start, quantity.end, mentions)
        if actor is None:
            continue  # whose pledge it is stays unknown: no row rather than a guess
        tail = sentence[quantity.start:quantity.start + 120]
        extra.append(Commitment(
            actor=actor, category=category, action=action, subject=_subject_phrase(tail), evidence=sentence,
            paragraph_index=0, char_start=0, char_end=0, counterparty=_other_party(actor, context),
            products=hs_codes(tail) if category == "purchase" else [], amount=quantity.value, unit=quantity.unit,
            # "a 10-year, $1.4 trillion investment framework": the term written just before the sum
            duration_days=find_duration(sentence[max(0, quantity.start - 20):quantity.start]),
            status=context.default_status, conditional=False, confidence=_confidence(actor, True, category),
            article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


# (the pledge a relative clause tells stays one: "the 12 million tonnes a year it pledged to buy", round 20)
_PLEDGED_BEFORE_CUE = re.compile(r"\b(?:pledged|promised|agreed|committed|vowed|undertook|offered|pledges|promises|agrees|commits)\s+to\s+$",
                                 re.IGNORECASE)
_NO_GOODS_AFTER = re.compile(r"\s*(?:(?:abroad|overseas|elsewhere|domestically|at\s+home|each\s+year|every\s+year|annually|"
                             r"a\s+year|per\s+year|now|today|anymore|any\s+more)?\s*(?:,(?!\s*(?:or|and|as\s+well\s+as|including|such\s+as|through|via|from|over|in|by|with|at|for|under|either|both|each)\b)|[.;)”\"]"
                             r"|\b(?:since|because|while|but|and\s+(?:sells?|exports?))\b|$)"
                             r"|(?:ourselves|itself|themselves|himself|herself|myself|yourselves|(?:some\s+|more\s+)?time)\b)",
                             re.IGNORECASE)
# ((round 24) not sales lost or at risk: "has cost their mills close to $1bn a year in lost sales", "a fraction of the
# roughly 2 bln euros in Turkish steel sales now at risk" measure a harm, no party buys)
_PURCHASES_AFTER_AMOUNT = re.compile(r"\s+(?:annually\s+|a year\s+|per year\s+)?(?:in|of)\s+(?!(?:lost|forgone|foregone|missed)\b)"
                                     r"(?:[\w.-]+\s+){0,4}?(?:purchases|sales|exports)\b(?!\s+(?:(?:now|already|that\s+(?:are|is))\s+)?at\s+risk\b)",
                                     re.IGNORECASE)
_PURCHASES_BEFORE_AMOUNT = re.compile(
    r"^\W*(?:Purchases?|Procurement) of\b[^;]{0,120}?\b(?:value|worth|valued|totall?ing)\b[^;$€£]{0,20}$"
    # "will make long-term incremental purchases of U.S. energy, including LNG, totaling $7 billion"
    r"|\bpurchases of\b[^;$€£]{0,100}?\b(?:worth|valued at|totall?ing)\s+(?:about\s+|around\s+|over\s+|more than\s+)?$",
    re.IGNORECASE)


_OPENING_SUBJECT_VERB = re.compile(r"\s+(?:will|shall|has|have|agreed|agrees|commits|committed|intends|plans)\b")


# (round 13, round-ups) "the new 60,000-ton duty-free quota gives American rice ...", "a 13,000-tonne
# tariff-rate quota for U.S. beef": a quota named as a noun with its size before it is the tariff of
# the market the goods enter (convention 14: a zero in-quota rate fills the values and the size goes
# in subject; without a rate the size is the amount)
_SIZE_BEFORE_QUOTA = re.compile(
    r"\s+(?P<kind>(?:(?:duty[- ]free|tariff[- ]free|zero[- ](?:tariff|duty)|tariff[- ]rate|preferential|annual|import|in-quota)\s+){0,3})"
    r"(?:quota|TRQ)\b", re.IGNORECASE)


def _sized_quota_row(sentence: str, quantity: Quantity, sized: re.Match, rows: list[Commitment],
                     mentions: list[ActorMention], context: _Context) -> Commitment | None:
    """The tariff row of a quota named with its size before it, when no verb of the sentence
    stated it; the goods' country (named after the quota) is the counterparty."""
    if any(r.category == "tariff" and (r.amount == quantity.value or r.value_to == 0) for r in rows):
        return None
    origin = next((m.actor.country for m in mentions if m.actor.country and m.form in ("adjective", "name", "demonym")
                   and quantity.end <= m.start <= sized.end() + 40), None)
    actor = _other_party(origin, context) if origin else _opening_subject(sentence, mentions)
    if actor is None:
        return None
    free = "free" in sized.group("kind").lower() or "zero" in sized.group("kind").lower()
    tail = sentence[quantity.start:sized.end() + 40]
    return Commitment(
        actor=actor, category="tariff", action="remove" if free else "reduce", subject=_subject_phrase(tail),
        evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
        counterparty=origin if origin != actor else _other_party(actor, context), products=hs_codes(tail),
        value_to=0.0 if free else None, amount=None if free else quantity.value,
        unit="percent" if free else quantity.unit, status=context.default_status, conditional=False,
        confidence=_confidence(actor, True, "tariff"), article_id=context.article_id,
        extractor_version=EXTRACTOR_VERSION,
    )


def _opening_subject(sentence: str, mentions: list[ActorMention]) -> str | None:
    """The party named as the sentence's subject at its start ("Japan will ...")."""
    for mention in mentions:
        if mention.actor.country and mention.form == "name" and len(sentence[:mention.start].split()) <= 2:
            return mention.actor.country if _OPENING_SUBJECT_VERB.match(sentence, mention.end) else None
    return None
_ARMS_SALE_BEFORE = re.compile(
    # (not "our largest Foreign Military Sales partner with active cases valued at more than $129
    # billion": a customer's standing is a statistic, annotation guide "Round 8 review (lead)")
    r"(?:\b(?:defen[cs]e|arms|military|weapons?)\s+sales?\s+(?:agreements?|packages?|deals?)\b[^;$€£.]{0,40}?(?:worth|valued at|totall?ing|of|[—–-]))"
    r"\s*(?:about\s+|over\s+|more than\s+|nearly\s+|almost\s+|up to\s+)?$",
    re.IGNORECASE)
# "projects ... totaling $2 billion in U.S. services exports": deals summed as exports; not
# "loses out on $13.5 billion in annual exports" (a statistic: no deal verb before the sum)
_DEAL_SUM_BEFORE = re.compile(r"\b(?:totall?ing|worth|valued at)\s+(?:about\s+|over\s+|more than\s+|nearly\s+|up to\s+)?$", re.IGNORECASE)
# "Additional major exports include GE turbines totaling $14.2 billion and Boeing aircraft
# for AviLease totaling $4.8 billion": each item with its own figure is a purchase by the
# partner from the home exporter (convention 2: own figure, own row)
_EXPORTS_INCLUDE = re.compile(r"\bexports\s+(?:also\s+)?include\s+", re.IGNORECASE)
_ITEM_FIGURE = re.compile(r"\s*,?\s+(?:totall?ing|worth|valued at)\s+(?:about\s+|over\s+|more than\s+|nearly\s+|up to\s+)?$", re.IGNORECASE)
_ITEM_JOINER = re.compile(r"^\W*(?:and\s+|as well as\s+)?")


# Deals told through a noun, with whose deal it is (conventions 3, 5; guide rule 25):
# "EXIM issued letters of interest for $5 billion of financing" (the issuer invests),
# "an agreement for an economic exchange worth at least $X" (the partner invests),
# "a $2 billion agreement for Qatar's acquisition of ..." (the acquirer buys),
# "U.S. companies won 12 projects worth $3 billion in Qatar" (the country the projects are in buys).
_LETTERS_OF_INTEREST = re.compile(r"\bletters? of interest\b[^;$€£]{0,30}?\b(?:for|totall?ing|worth|of)\s+(?:up to\s+|about\s+|over\s+|more than\s+|nearly\s+)?$", re.IGNORECASE)
_ECONOMIC_EXCHANGE = re.compile(r"\beconomic exchange\s+(?:worth|valued at|of|totall?ing)\s+(?:at least\s+|about\s+|over\s+|more than\s+|nearly\s+)?$", re.IGNORECASE)
_ACQUISITION_AFTER = re.compile(r"\s+(?:agreements?|deals?|contracts?)\s+(?:for|covering)\s+(?:the\s+)?(?P<owner>[^;,]{1,40}?)(?:'s|’s)\s+(?:acquisition|purchase|procurement)\s+of\b", re.IGNORECASE)
_CONTRACT_WON = re.compile(r"\b(?:won|wins|secured|secures|was awarded|were awarded)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}contracts?\s+(?:worth|valued at|totall?ing|of)\s+(?:about\s+|over\s+|more than\s+|nearly\s+|up to\s+)?$", re.IGNORECASE)
# ("a strong partnership with Qatar Energy ..., with seven active projects worth $8.5 billion": held, not just won)
_PROJECTS_WON = re.compile(r"\b(?:won|wins|win|secured|were awarded|was awarded|awarded|with|has|have)\s+(?P<count>\d[\d,]*|[a-z]+)\s+"
                           r"(?:new\s+|major\s+|more\s+|active\s+|ongoing\s+|current\s+)?(?:projects|contracts)\s+"
                           r"(?:worth|valued at|totall?ing)\b", re.IGNORECASE)


_DEAL_NOUN_HINTS = ("of interest", "xchange", "cquisition", "projects", "contracts")


def _deal_noun_rows(sentence: str, quantities: list[Quantity], rows: list[Commitment], mentions: list[ActorMention],
                    context: _Context) -> list[Commitment]:
    found: list[tuple[str, str, float, str, int, str]] = []  # (actor, category, amount, unit, at, subject)
    partner = _other_party(HOME_EXPORTER, context) if HOME_EXPORTER in context.parties[:2] else None
    for quantity in quantities:
        if quantity.kind != "money":
            continue
        before = sentence[max(0, quantity.start - 80):quantity.start]
        actor = None
        if _LETTERS_OF_INTEREST.search(before):
            lead = quantity.start - len(before) + _LETTERS_OF_INTEREST.search(before).start()
            issuers = [m.actor.country for m in mentions if m.end <= lead and m.actor.country]
            actor, category = (issuers[0] if issuers else None), "investment"
        elif _ECONOMIC_EXCHANGE.search(before):
            actor, category = partner, "investment"
        elif _CONTRACT_WON.search(before):
            # "Parsons secured a contract worth $97 billion for projects in Qatar": the country
            # the work is for buys it (convention 3)
            actor, category = _market_named(sentence, (quantity.end, len(sentence)), mentions) or partner, "purchase"
        else:
            acquisition = _ACQUISITION_AFTER.match(sentence, quantity.end)
            if acquisition is None:
                continue
            owners = [m.actor.country for m in mentions if acquisition.start("owner") <= m.start
                      and m.end <= acquisition.end("owner") and m.actor.country]
            actor, category = (owners[0] if owners else None), "purchase"
        if actor is not None:
            found.append((actor, category, quantity.value, quantity.unit, quantity.start, sentence[quantity.start:quantity.start + 120]))
    for won in _PROJECTS_WON.finditer(sentence):
        count = parse_number(won.group("count"))
        market = _market_named(sentence, (won.end(), len(sentence)), mentions) or partner
        if count and market:
            found.append((market, "purchase", count, "units", won.start(), sentence[won.start("count"):won.start("count") + 120]))
    extra: list[Commitment] = []
    for actor, category, amount, unit, _, subject in found:
        if any(r.category == category and r.amount == amount and r.actor == actor for r in rows):
            continue  # a verb already stated it
        action = "invest" if category == "investment" else "purchase"
        extra.append(Commitment(
            actor=actor, category=category, action=action, subject=_subject_phrase(subject), evidence=sentence,
            paragraph_index=0, char_start=0, char_end=0, counterparty=_other_party(actor, context),
            products=hs_codes(subject) if category == "purchase" else [], amount=amount, unit=unit,
            status=context.default_status, conditional=False, confidence=_confidence(actor, True, category),
            article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


def _export_item_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    lead = _EXPORTS_INCLUDE.search(sentence)
    if lead is None or HOME_EXPORTER not in context.parties[:2]:
        return []
    buyer = _other_party(HOME_EXPORTER, context)
    if buyer is None:
        return []
    extra: list[Commitment] = []
    item_start = lead.end()
    for quantity in find_quantities(sentence[lead.end():]):
        start, end = quantity.start + lead.end(), quantity.end + lead.end()
        figure = _ITEM_FIGURE.search(sentence, item_start, start)
        if quantity.kind != "money" or figure is None:
            continue
        item = sentence[item_start:figure.start()]
        item = item[_ITEM_JOINER.match(item).end():].strip()
        item_start = end
        if not item or any(r.category == "purchase" and r.amount == quantity.value for r in rows + extra):
            continue
        extra.append(Commitment(
            actor=buyer, category="purchase", action="purchase", subject=_subject_phrase(item), evidence=sentence,
            paragraph_index=0, char_start=0, char_end=0, counterparty=HOME_EXPORTER, products=hs_codes(item),
            amount=quantity.value, unit=quantity.unit, status=context.default_status, conditional=False,
            confidence=_confidence(buyer, True, "purchase"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


def _origin_near(sentence: str, quantity: Quantity, mentions: list[ActorMention]) -> str | None:
    """The country whose goods a purchase names ("U.S. LNG", "American coal")."""
    for mention in mentions:
        if mention.actor.country and mention.form in ("adjective", "name") and (
            quantity.end <= mention.start <= quantity.end + 60 or mention.start < quantity.start
        ) and not re.search(r"\b(?:to|with|from)\s+(?:the\s+)?$", sentence[max(0, mention.start - 12):mention.start]):
            return mention.actor.country
    return None


def _pledging_country(sentence: str, start: int, end: int, mentions: list[ActorMention]) -> str | None:
    """The country whose pledge a noun phrase states: 'of Korean investment', 'by ROK
    companies', 'by Korean Air' — not the destination ('in the United States')."""
    window_start, window_end = max(0, start - 140), min(len(sentence), end + 60)
    for mention in mentions:
        if not mention.actor.country or not (window_start <= mention.start and mention.end <= window_end):
            continue
        if mention.form in ("adjective", "demonym") and re.match(r"\s+(?:[\w-]+\s+)?investments?\b", sentence[mention.end:]):
            return mention.actor.country  # "of Korean investment"
        if _company_of(sentence, mention):
            return mention.actor.country  # "by ROK companies", "by Korean Air"
        if _BY_AGENT_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
            return mention.actor.country  # (round 14) "an order by a Peruvian airline", "by Peru's millers"
        if mention.end <= start and _POSSESSIVE_PLEDGE.match(sentence, mention.end):
            return mention.actor.country  # "the UAE's landmark commitment to a $1.4 trillion ..."
        if mention.end <= start and _OWNED_SUM.fullmatch(sentence, mention.end, start):
            return mention.actor.country  # "Saudi Arabia's nearly $1 trillion investment commitment"
        if mention.start >= end and _SECURED_FROM.search(sentence[end:mention.start]) \
                and not _JOINED_SOURCE.match(sentence, mention.end):
            # "a $X investment commitment secured in Qatar" (not "from U.S. and foreign
            # companies": no one country's pledge, guide rule 2)
            return mention.actor.country
    ordered = _ORDERED_BY.search(sentence, window_start, start)
    companies = _lexicon().companies
    named = companies.search(sentence, ordered.end(), min(start, ordered.end() + 40)) \
        if ordered and companies is not None else None
    if named:
        return _lexicon().company_countries[named.group(0).lower()]  # "an order from Garuda Indonesia"
    # "JERA announced a $1.5 billion investment in Louisiana": a national company opening the
    # sentence or the clause ("Starting in 2019, QatarEnergy initiated $18 billion in investments")
    clause = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    opens = _COMPANY_ANNOUNCES.search(sentence, 0, start) or _COMPANY_ANNOUNCES.match(sentence[clause:start])
    return next(iter(_company_subject(sentence[:start])), None) if opens else None


_ORDERED_BY = re.compile(r"\borders?\s+(?:from|by)\s+(?:the\s+)?", re.IGNORECASE)


_COMPANY_ANNOUNCES = re.compile(r"^\W*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:announced|announces|will make|made|committed|plans|"
                                r"initiated|launched|unveiled|pledged|"
                                # "Vietjet placed / signed / finalized an order for 100 aircraft": a deal verb
                                r"(?:will\s+)?(?:place|places|placed|sign|signs|signed|finalize|finalizes|finalized|"
                                r"finalise|finalises|finalised|book|books|booked|confirm|confirms|confirmed))\b")


# "Saudi Arabia's nearly $1 trillion investment commitment": the owner of the sum
_OWNED_SUM = re.compile(r"(?:'s|’s)\s+(?:(?:nearly|about|almost|over|more than|some|up to|a|an|new|additional|total|previous|prior|earlier|landmark|historic)\s+){0,2}")
# ("secured $1.2 trillion in investment commitments from Qatar", "$40 billion of new investment pledges by Chile")
_SECURED_FROM = re.compile(r"^\s+(?:(?:in|of)\s+(?:(?:new|additional|further|total)\s+)?)?investment\s+(?:commitments?|pledges?)"
                           r"\s+(?:secured\s+)?(?:in|from|by)\s+(?:the\s+)?$")


# A verb joined to the previous one with no subject of its own ("Japan agreed to invest $550 billion in the
# United States and pay a 15% tariff"): the names between them are the previous verb's object
_COORDINATED_GAP = re.compile(r"(?:\band|,|\bas well as)\s*$")
_JOINED_SOURCE = re.compile(r"\s+(?:and|or|&)\s")
_POSSESSIVE_PLEDGE = re.compile(r"\s*(?:'s|’s)\s+(?:[\w-]+\s+){0,2}(?:commitment|pledge|promise)s?\b")



# "a 25% tariff, which will increase to 30% on January 1, 2026": the scheduled step is a
# row of its own (convention 2: own verb, own figure), raising the rate set before it;
# announced, since it is not yet in force
_RATE_STEP = re.compile(
    r",\s*which will (?:then\s+)?(?:increase|rise|go up|climb|step up)\s+to\s+(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)"
    r"(?P<when>\s+(?:on|from|in|by|starting|beginning|effective)\b[^,;.]{0,40})?", re.IGNORECASE)


def _rate_step_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    out = list(rows)
    for step in _RATE_STEP.finditer(sentence):
        base = next((r for r in reversed(rows) if r.category == "tariff" and r.value_to is not None
                     and r.unit == "percent" and float(step.group("rate")) != r.value_to
                     and sentence.find(f"{r.value_to:g}", 0, step.start()) >= 0), None)
        if base is None:
            continue
        higher = float(step.group("rate"))
        # a row the cue "increase" made for the step itself is replaced by the step row
        out = [r for r in out if not (r is not base and r.category == "tariff" and r.value_to == higher)]
        dates = find_dates(step.group("when") or "", context.on)
        out.append(replace(base, action="raise" if higher > base.value_to else "reduce", value_from=base.value_to,
                           value_to=higher, change=None, status="announced",
                           start_date=dates[0].value if dates else None, end_date=None, duration_days=None))
    return out


# "down from the 35 per cent rate it had threatened", "the 32 percent rate announced in
# April": a rate named beside the deal rate is a row of its own (gold-format convention 16)
_EARLIER_RATE = re.compile(
    r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s+(?:[\w“”\"-]+\s+){0,2}?(?:rate|tariff|levy|duty)\s*,?\s+"
    r"(?:that\s+|which\s+)?(?:the\s+(?=[A-Z]))?(?:(?:[A-Z][\w.]*|it|he|she|they)\s+){0,4}?(?:had\s+|has\s+|was\s+|were\s+)?"
    r"(?P<verb>threatened|announced|proposed|set\s+out|laid\s+out|outlined|floated|unveiled)\b(?!\s+to\b(?!\s+(?:impose|levy|apply|charge)\b))",
)
# "down from the 30% Trump had threatened": the same after "the" with no noun after the figure
# (a named or pronoun subject is needed, so a statistic's figure is not read as a rate)
_EARLIER_BARE_RATE = re.compile(
    r"\bthe\s+(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s+(?:that\s+|which\s+)?"
    r"(?:the\s+(?=[A-Z]))?(?:(?:[A-Z][\w.]*|it|he|she|they)\s+){1,4}?(?:had\s+|has\s+)?"
    r"(?P<verb>threatened|announced|proposed|set\s+out|laid\s+out|outlined|floated|unveiled)\b(?!\s+to\b(?!\s+(?:impose|levy|apply|charge)\b))",
)
# (round 12: "below the 20% rate the President set out in his July letter": a rate stated, never
# applied, is announced, whatever verb states it)
_EARLIER_STATUS = {"threatened": "threatened", "announced": "announced", "proposed": "proposed"}


def _earlier_status(verb: str) -> str:
    return _EARLIER_STATUS.get(verb, "announced")


# "ensure that the tariff ... does not exceed 15 percent", "will not exceed 10%": a cap on a rate
# (round 14) the same told with a copula: "shall be no higher than 15 percent", "will be at most 15%",
# "shall be capped at 15 percent", "is no more than 15 percent"
# (round 16) the goods as payer ("will pay no more than 15%", "face at most 10 percent") and a ceiling
# named as a noun ("subject to a ceiling of 15 percent", "put a ceiling of 15 per cent on", "a maximum
# rate of 15%"): a cap with no tariff verb
_CAP = re.compile(
    r"\b(?:(?:will|shall|would|does|do|to)\s+not\s+exceed"
    r"|(?:will|shall|would|is|are|be|(?P<pay>pay|pays|paying|face|faces|facing))\s+"
    r"(?:no\s+(?:more|higher|greater)\s+than|at\s+most|(?<!y )(?<!s )(?<!g )capped\s+at)"
    r"|(?P<noun>ceiling|maximum(?:\s+(?:tariff|duty))?\s+rate|cap)\s+of)"
    r"\s+(?:a\s+)?(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)",
    re.IGNORECASE,
)
# (round 16) the level a cap brings the rate down from: "capped at 25 per cent, down from 50 per cent"
# (not a threat that never applied, convention 16)
_CAP_DOWN_FROM = re.compile(
    r",?\s*(?:down|reduced|lowered|cut)\s+from\s+(?:the\s+|its\s+|a\s+)?(?:current\s+|previous\s+|existing\s+)?"
    r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)(?![^.;,]{0,40}?\b(?:threat|announc|propos))", re.IGNORECASE)


def _goods_paying(cue: Cue, subject_text: str, context: _Context) -> bool:
    """(round 21) The subject of "pay"/"face" names goods: words the lexicon knows as goods, or an HS heading's goods
    (not the firms that ship them: "Exporters now pay 15%" tells what a deal left them, _PAYING_FIRMS)."""
    return cue.category == "tariff" and (
        any(not word.group(0).lower().endswith(("porter", "porters")) for word in _GOODS_SUBJECT_WORDS.finditer(subject_text))
        or bool(hs_codes(subject_text)))


# where a cap's clause ends: "..., while UK goods will pay 10%", "...; Korea's ..."
_CLAUSE_BREAK = re.compile(r",?\s+(?:while|whereas)\s|;")
_OWNED_MEASURE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies)\b")


def _cap_hint(sentence: str) -> bool:
    """Whether the sentence may hold a cap on a rate (a cheap test before _CAP)."""
    return "exceed" in sentence or " than " in sentence or "at most" in sentence or "capped at" in sentence \
        or "eiling of" in sentence or "aximum" in sentence or "cap of" in sentence


def _cap_status(sentence: str, cap_start: int, actor: str, context: _Context) -> str:
    """A cap the signing government sets in its order or the order's fact sheet is in force, as its
    other rates are ("the tariff on X from the EU will not exceed 15%"); a pledge to cap stays the deal's."""
    if _in_force_by_order([actor], context) and not _OWN_PLEDGE.search(sentence, 0, cap_start):
        return "implemented"
    return context.default_status


def _cap_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
              context: _Context) -> list[Commitment]:
    """A tariff capped at a rate is that rate set (guide rule 23: `impose`, value_to), one row
    per partner whose goods it covers (guide rule 11); the party named acting before the cap
    ("The United States intends to ensure that ...") or else the other party levies it."""
    extra: list[Commitment] = []
    for match in _CAP.finditer(sentence):
        level = float(match.group("rate"))
        # (round 16) goods that pay a capped rate, or are "subject to a ceiling of", need no tariff word; a
        # ceiling noun's measure may follow it ("a ceiling of 15 per cent on U.S. tariffs")
        named = _MEASURE_WORDS.search(sentence, 0, match.end() + 60 if match.group("noun") else match.start())
        if not (named or match.group("pay") or (match.group("noun") and "subject to" in sentence[max(0, match.start() - 20):match.start()])) \
                or any(r.value_to == level for r in rows + extra):
            continue
        earlier = _CAP_DOWN_FROM.match(sentence, match.end())
        value_from = float(earlier.group("rate")) if earlier and float(earlier.group("rate")) > level else None
        # (round 21) the partners of the cap's own clause: "EU and Japan goods will pay no more than 15%, while
        # UK goods will pay 10%" caps the EU's and Japan's rate, not the UK's
        clause = (0, len(sentence))
        if "while " in sentence or "whereas " in sentence or ";" in sentence:
            before = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, match.start())]
            after = _CLAUSE_BREAK.search(sentence, match.end())
            clause = (before[-1] if before else 0, after.start() if after else len(sentence))
        partners = _targets(sentence, clause, mentions, goods_only=True)
        ensure = re.search(r"\bensur(?:e|es|ing)\s+that\b", sentence[:match.start()])
        subjects = _subject_actors(sentence, (0, ensure.start()), mentions, context) if ensure else []
        if not subjects and match.group("noun"):
            # (round 16) "The United States agreed to a ceiling of 15% on ...": the party setting the ceiling
            subjects = _subject_actors(sentence, (0, match.start()), mentions, context)
        if not subjects:
            # (round 14) "The U.S. tariff on X will be no more than 15 percent": the tariff's owner levies it
            # (round 16: or named after a ceiling noun, "a ceiling of 15 per cent on US tariffs on X")
            owner_end = match.end() + 40 if match.group("noun") else match.start()
            subjects = [m.actor.country for m in mentions if m.actor.country and m.end < owner_end
                        and _OWNED_MEASURE.match(sentence, m.end)][:1]
        partners = [p for p in partners if p not in subjects]
        actor = subjects[0] if subjects else _other_party(partners[0] if partners else None, context)
        if actor is None:
            continue
        partners = [p for p in partners if p != actor]  # ("will pay no more than 15% when they enter the United States")
        for partner in partners or [_other_party(actor, context)]:
            extra.append(Commitment(
                actor=actor, category="tariff", action="impose" if value_from is None else "reduce",
                subject=_subject_phrase(sentence[:match.start()]), evidence=sentence,
                paragraph_index=0, char_start=0, char_end=0, counterparty=partner if partner != actor else None,
                products=hs_codes(sentence), value_from=value_from, value_to=level, unit="percent",
                status=_cap_status(sentence, match.start(), actor, context), conditional=_states_condition(sentence),
                confidence=_confidence(actor, not subjects, "tariff"), article_id=context.article_id,
                extractor_version=EXTRACTOR_VERSION,
            ))
    return extra


# An order's rate told with a copula, no cue verb: "the additional ad valorem rate of duty pursuant
# to this order shall be 15 percent", "the additional rate of duty imposed shall be zero", "the
# additional duty on all imports shall start at 10 percent". Only in an order's own text: a fact
# sheet that says "shall be" restates the row its own verb gave.
_COPULAR_RATE = re.compile(
    r"\b(?:rates?\s+of\s+duty|duty\s+rates?|tariff\s+rates?|tariffs?|dut(?:y|ies))\b[^.;:]{0,110}?"
    r"\s(?:shall|will)\s+(?:be|start\s+at)\s+(?P<rate>zero(?:\s+percent)?|\d+(?:\.\d+)?\s*(?:percent\b|%))"
    r"(?!\s*(?:of|per)\b)", re.IGNORECASE)


def _copular_rate_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                       context: _Context, levier: str | None = None) -> list[Commitment]:
    """The rates an order's text sets with "shall be N percent" (zero is `remove`, convention 13),
    levied by the signer on the goods' country; none the sentence's rows already hold. With ``levier``
    (round 15): the zero rate an agreed text sets for the reciprocal duty, `agreed`."""
    extra: list[Commitment] = []
    actor = levier or context.in_force_by
    for match in _COPULAR_RATE.finditer(sentence):
        rate = match.group("rate")
        level = 0.0 if rate.lower().startswith("zero") else float(re.match(r"[\d.]+", rate).group())
        if any(r.category == "tariff" and r.value_to == level for r in rows + extra) or (levier and level != 0):
            continue
        partners = [c for c in _targets(sentence, (0, match.start("rate")), mentions, goods_only=True) if c != actor]
        if not partners and _PARTNERS_NAMED_BEFORE.search(sentence, 0, match.start("rate")):
            partners = [c for c in _partners_named_before(context) if c != actor]
        if not partners and levier:
            partners = [c for c in context.signatories if c != actor][:1]
        # ((round 24) "shall be 10 percent, down from the 15 percent rate applied since August": a cut, from that level)
        earlier = _CAP_DOWN_FROM.match(sentence, match.end()) if level else None
        value_from = float(earlier.group("rate")) if earlier and float(earlier.group("rate")) > level else None
        # a rate set for goods of several partners is a row per partner (guide rule 11)
        for partner in partners or [None]:
            extra.append(Commitment(
                actor=actor, category="tariff", action="remove" if level == 0 else "reduce" if value_from else "impose",
                value_from=value_from,
                subject=_subject_phrase(sentence[:match.start("rate")]), evidence=sentence,
                paragraph_index=0, char_start=0, char_end=0, counterparty=partner,
                products=hs_codes(sentence), value_to=level, unit="percent", status="agreed" if levier else "implemented",
                conditional=_states_condition(sentence), confidence=_confidence(actor, False, "tariff"),
                article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
            ))
    return extra


# (round 15) an agreed text's zero for the U.S. reciprocal duty: "the additional reciprocal duty shall be zero",
# "the reciprocal tariff on such goods will be zero" (convention 13: `remove`, value_to 0)
_RECIPROCAL_DUTY_ZERO = re.compile(r"\breciprocal\s+(?:tariff|duty|rate)\b[^.;:]{0,60}?\s(?:shall|will)\s+be\s+zero\b", re.IGNORECASE)


def _reciprocal_duty_zeroed(sentence: str, context: _Context) -> bool:
    """An agreed text (not an order's own, read above) of a U.S. deal sets the reciprocal duty at zero."""
    return not context.order_text and context.default_status == "agreed" and "USA" in context.signatories \
        and _RECIPROCAL_DUTY_ZERO.search(sentence) is not None


# "For products of these jurisdictions with ...": goods of the partners an earlier sentence of
# the same paragraph listed ("For products of A, B, or C, the rate of duty shall be determined by ...")
_PARTNERS_NAMED_BEFORE = re.compile(
    r"\b(?:products|goods|articles|imports)\s+(?:of|from)\s+(?:these|those|such|the\s+listed)\s+"
    r"(?:jurisdictions|countries|trading\s+partners|partners|economies)\b", re.IGNORECASE)


# (round 13, fact sheets) partners referred back to by a demonstrative or by number and region,
# not by name: "goods from these countries", "deals with four Latin American countries". A bare
# number without a region ("two countries") is not enough.
_PARTNERS_REFERRED_BACK = re.compile(
    r"\b(?:(?P<these>these|those)\s+(?:(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:(?P<region>(?:Latin|Central|South|Southeast|Middle)\s+(?:American|Asian|Eastern)|Caribbean|Asian|Gulf|African|European)\s+)?"
    r"|(?P<count2>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<region2>(?:Latin|Central|South|Southeast|Middle)\s+(?:American|Asian|Eastern)|Caribbean|Asian|Gulf|African|European)\s+)"
    r"(?:countries|nations|trading\s+partners|partners)\b")
# what may stand before such a reference that is the subject: nothing, or "deals with"
_REFERRED_SUBJECT_LEAD = re.compile(r"(?:(?:the|these|its|our|his)\s+)?(?:(?:trade|framework)\s+)?"
                                    r"(?:deals?|agreements?|frameworks?)\s+with\s+$", re.IGNORECASE)


def _deals_with_referred_partners(subject_text: str) -> bool:
    """Whether a subject is deals with partners referred back to ("Deals with four Latin American
    countries"), whose subjects (the partners) the next verbs keep."""
    referred = _PARTNERS_REFERRED_BACK.search(subject_text) if "ountries" in subject_text or "artners" in subject_text else None
    return bool(referred and _REFERRED_SUBJECT_LEAD.search(subject_text, 0, referred.start()))


def _partners_referred_back(match: re.Match, context: _Context) -> list[str]:
    """The countries a reference like "these countries" or "four Latin American countries" means:
    those of the region the document named before this sentence, when their number is the one
    stated; without a region, the ones the nearest earlier sentence naming two or more partners
    lists. No answer when the number does not match or nothing was listed."""
    count_word = match.group("count") or match.group("count2")
    region = match.group("region") or match.group("region2")
    count = int(parse_number(count_word)) if count_word else None
    members = set((_cue_data().get("partner_regions") or {}).get(re.sub(r"\s+", " ", region), ())) if region else None
    if region and not members:
        return []
    paragraphs = context.paragraphs
    here = next((i for i, p in enumerate(paragraphs) if p.text is context.paragraph_text), None)
    if here is None:
        return []
    texts = [p.text or "" for p in paragraphs[:here]] + [context.paragraph_text[:context.sentence_start]]
    if members is not None:
        named = [code for text in texts for code in _countries_in(text, context.on) if code in members]
        found = list(dict.fromkeys(named))
    else:
        found = []
        for text in reversed(texts):
            for start, end in reversed(split_sentences(text)):
                listed = [c for c in _countries_in(text[start:end], context.on) if c != HOME_EXPORTER]
                if len(listed) >= 2:
                    found = listed
                    break
            if found:
                break
    if count is not None and len(found) != count:
        return []
    return found


def _partners_named_before(context: _Context) -> list[str]:
    """The countries whose goods the paragraph's sentences before the current one name."""
    before = context.paragraph_text[:context.sentence_start]
    return _targets(before, (0, len(before)), find_actor_mentions(before, context.on), goods_only=True)


def _earlier_rate_rows(sentence: str, rows: list[Commitment],
                       mentions: list[ActorMention] | None = None) -> list[Commitment]:
    """Rows for rates the sentence names as threatened or announced before the deal rate."""
    tariff_rows = [r for r in rows if r.category == "tariff" and r.actor]
    if not tariff_rows or "threatened" not in sentence and "announced" not in sentence and "proposed" not in sentence \
            and " out" not in sentence and "floated" not in sentence and "unveiled" not in sentence:
        return []
    extra: list[Commitment] = []
    for match in [*_EARLIER_RATE.finditer(sentence), *_EARLIER_BARE_RATE.finditer(sentence)]:
        level = float(match.group("rate"))
        for row in tariff_rows:
            if row.value_from == level and row.value_to is not None:
                # the threat never applied, so it is no earlier level: the deal rate is
                # set, not cut (convention 16); zero as the new rate stays `remove` (13)
                row.action = "remove" if row.value_to == 0 else "impose"
                row.value_from, row.change = None, None
        if any(r.value_to == level for r in rows):
            continue  # already the level of a row of its own
        # "the 30 per cent rate President Trump had threatened": the threatening party levies it
        named = [m.actor.country for m in mentions or ()
                 if match.start() <= m.start and m.end <= match.end() and m.actor.country]
        model = next((r for r in tariff_rows if r.actor in named), tariff_rows[0])
        extra.append(replace(
            model, action="impose", value_from=None, value_to=level, change=None, amount=None, unit="percent",
            status=_earlier_status(match.group("verb")), conditional=False, duration_days=None,
            start_date=None, end_date=None, mentions=1, commitment_id=None,
        ))
    return extra


# what a measure's target is exposed by, not the measure: "its exposure to tariffs"
_EXPOSURE_OBJECT = re.compile(r"\s*(?:(?:its|their|our|the|his|her|that|this)\s+)?(?:[\w-]+\s+)?"
                              r"(?:exposure|vulnerability|vulnerabilities|sensitivity)\s+(?:to|from)\b")


def _threatened_rate_alone_rows(sentence: str, mentions: list[ActorMention], context: _Context) -> list[Commitment]:
    """A rate the sentence says a named party threatened ("lower than the 30% President Trump had
    threatened", "below the 25 percent rate Washington threatened") when no verb of the sentence
    states a measure: the threat is its own row (convention 16), levied by that party."""
    extra: list[Commitment] = []
    for match in [*_EARLIER_RATE.finditer(sentence), *_EARLIER_BARE_RATE.finditer(sentence)]:
        if match.group("verb") != "threatened":
            continue
        named = [m.actor.country for m in mentions
                 if match.start() <= m.start and m.end <= match.end() and m.actor.country]
        if not named or any(r.value_to == float(match.group("rate")) for r in extra):
            continue
        actor = named[0]
        goods = _targets(sentence, (0, len(sentence)), mentions, goods_only=True)
        counterparty = next((c for c in goods if c != actor), None) or _other_party(actor, context)
        extra.append(Commitment(
            actor=actor, category="tariff", action="impose", subject=_subject_phrase(sentence[match.start():match.end()]),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=counterparty,
            products=hs_codes(sentence[match.start():match.end()]), value_to=float(match.group("rate")), unit="percent",
            status="threatened", conditional=False, confidence=_confidence(actor, False, "tariff"),
            article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


# (round 20) The round-14 owner-rate rule (_passing_rate_rows: "U.S. tariffs of 50 per cent", "the 18% tariff
# Brazil charges on", "a 10% tariff that applies to most countries") is folded into the rate reader below: its
# owner before the phrase, its owner in a relative clause after it (_relative_owner) and the sentence's other
# tariff as levier give the same rows on every development page.

# (round 16, news) A rate in force named as a noun phrase, with no verb of its own: "the 50% U.S.
# tariff on Indian goods", "a combined duty of about 45 per cent", "a lower provisional rate of 15.3
# per cent", "U.S. duties of 50 per cent", "taxed at 38.5 per cent". One reader keyed on the phrase's
# structure (a rate + a measure-noun head, in either order), run for the rates no row of the sentence
# carries (guide: a measure in force reported in passing is a row; rules 4 and 5 for history).
_RATE_PHRASE_NOUN = (r"(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?|(?:import|border)\s+tax(?:es)?|baseline|ceiling"
                     r"|(?:tariff\s+|duty\s+)?rates?)")
# the rate first: "a 25 per cent levy", "the 50% U.S. tariff", "a separate 10 per cent duty"
_RATE_THEN_NOUN = re.compile(r"\s*(?:-\s*)?(?P<mods>(?:[\w.’'-]+\s+){0,3}?)(?P<noun>" + _RATE_PHRASE_NOUN + r")\b", re.IGNORECASE)
# the noun first: "a combined duty of about 45 per cent", "U.S. duties of", "taxed at", "a rate of duty of"
_NOUN_THEN_RATE = re.compile(
    r"(?:\b(?P<noun>" + _RATE_PHRASE_NOUN + r")(?:\s+of\s+duty)?\s+(?:of|at)|\b(?P<taxed>taxed|dutiable|assessed)\s+at(?:\s+an?\s+rate\s+of)?)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|some|just\s+under|just\s+over|more\s+than|over|up\s+to|as\s+much\s+as|"
    r"as\s+high\s+as|an\s+estimated)\s+)?$", re.IGNORECASE)
# words that make the phrase no measure: a change, a share, a statistic, another tax
_NOT_A_MEASURE_WORD = frozenset((
    "of on in to for and or from by at with than the a an as is are was were be its their this that "
    "increase increases rise rises hike hikes cut cuts reduction reductions drop fall jump decline share stake "
    "discount margin interest inflation growth unemployment mortgage exchange average effective overall weighted "
    "simple tax income corporate profit profits vat sales revenue revenues savings return").split())
# the levier named after the phrase: "in the United States", "at the U.S. border", "into Japan", "imposed by Chile"
_LEVIER_PLACE = re.compile(r"\b(?:(?:imposed|levied|charged|applied|collected|set)\s+by|(?<!made )(?<!built )(?<!grown )(?<!produced )"
                           r"(?<!manufactured )(?<!assembled )(?<!originating )(?<!sold )in|into|at|on\s+entry\s+(?:in)?to|"
                           r"enters?|entering|crossing\s+into|"
                           # (round 20) the goods' destination levies: "its exports to the United States"
                           r"(?:exports?|exported|shipments?|sales|goods|products|sent|shipped|bound|destined)\s+(?:for|to))\s+(?:the\s+)?$")
_STAYS = re.compile(r"\b(?:still|remains?|remained|remaining|kept|keeps?|keeping|stays?|stayed|retains?|retained|retaining|"
                    r"unchanged|unaffected|untouched|left\s+in\s+place|(?:stays?|remains?)\s+in\s+(?:place|force)|continues?|continued|"
                    r"separate|stands?|intact)\b", re.IGNORECASE)
# (round 19) the rate words of the economy, not of trade, that the rate reader's two non-trade tests share: a
# statistic told as "<word> rate" (_RATE_PHRASE_STATISTIC) and a word that puts a rate off trade anywhere in
# its subject (_RATE_NOT_TRADE); each adds its own words to these
_ECONOMY_RATE_WORDS = r"interest|inflation|unemployment|mortgage|growth|exchange|approval"
_RATE_PHRASE_STATISTIC = re.compile(r"\b(?:" + _ECONOMY_RATE_WORDS + r"|tax|savings|jobless|"
                                    r"vacancy|occupancy|participation|utili[sz]ation|default|birth|crime|poverty)\s+rates?\b"
                                    r"|\brates?\s+of\s+(?:inflation|return|growth|interest|unemployment)\b", re.IGNORECASE)
_TRADE_RATE_WORD = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|surtax|reciprocal|baseline|customs|MFN|most-favou?red|"
                              r"anti-?dumping|countervailing|provisional|Section\s+(?:232|301))\b", re.IGNORECASE)
# a rate that is a statistic, an earlier level or one the goods escape: "the average tariff of",
# "down from a 25% duty", "exempt from the 10% levy", "spared the 50 per cent tariff"
_RATE_PHRASE_NOT_IN_FORCE = re.compile(
    r"(?:\b(?:average|effective|overall|weighted|annual|annuali[sz]ed|instead\s+of|rather\s+than|compared\s+with|exempt(?:ed|ion)?\s+from|spared|"
    r"avoid(?:ed|ing|s)?|escaped?|escaping|evade|evading|remov(?:e|es|ed|ing)|lift(?:s|ed|ing)?|(?<!an )(?<!the )end(?:s|ed|ing)?|scrap(?:s|ped|ping)?|"
    r"eliminat(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|cut(?:s|ting)?|lowered|lowering|reduc(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|"
    r"if|when|whether|unless)\s+(?:(?:an?|the|its|their|that|this)\s+)?(?:[\w.’'-]+\s+){0,2}|\bfrom\s+(?:an?\s+|the\s+)?|\bby\s+)$", re.IGNORECASE)
# (round 20) "from" after a word of harm names the cause, a rate in force, not an earlier level: "recover from
# the 39 per cent duty", "losses from the 25% tariff", "suffering from a 50 per cent levy"
_CAUSE_FROM = re.compile(r"\b(?:recover(?:s|ed|ing)?|suffer(?:s|ed|ing)?|stemm(?:ed|ing)|reeling|losses|damage|pain|fallout|"
                         r"hit|pressure|strain|costs?)\s+from\s+(?:an?\s+|the\s+)?$")
# a range's first figure ("tariffs of 5% to 50%"): the range is read by its top
_RANGE_GOES_ON = re.compile(r"\s*(?:to|-|–|and)\s*\d")
# the weak measure nouns need a trade word in the sentence ("a 4 percent surcharge on top of the tax system" is none)
_TRADE_WORD_HINT = ("ariff", "dut", "mport", "xport", "goods", "ustoms", "border", "trade", " enter")
# a rate word with goods after it ("the 10% rate has applied to most British goods", "taxed at
# 38.5 per cent when it enters Japan"): a rate on trade
_GOODS_CROSSING = re.compile(r"\b(?:goods|imports?|imported|exports?|products|shipments|enters?|entering|border|customs)\b")
# whose rate: the standard ones of the U.S. regime
_US_RATE_NAME = re.compile(r"\b(?:reciprocal|baseline|Section\s+(?:232|301)|IEEPA|fentanyl)\b", re.IGNORECASE)


_EARLIER_LEVEL_AFTER = re.compile(r"(?:\s+on\s+[^,;]{1,40}?)?,?\s+(?:down|up|lowered|raised|cut)\s+from\s+(?:an?\s+|the\s+)?"
                                  r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pct)")
_HYPOTHETICAL_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:would|could|might)\b")


def _rate_phrase_hint(sentence: str, context: _Context) -> bool:
    """Cheap test (substrings) before the rate-phrase reader: a rate and a measure noun."""
    return ("%" in sentence or "cent" in sentence or "pct" in sentence) and (
        "ariff" in sentence or "dut" in sentence or "Dut" in sentence or "lev" in sentence or "rate" in sentence or "surtax" in sentence
        or "surcharge" in sentence or "taxed" in sentence or "tax" in sentence or "aseline" in sentence or "eiling" in sentence)


_DEFINITE_RATE_BEFORE = re.compile(r"\b(?:the|that|its)\s+$", re.IGNORECASE)


def _rate_phrase_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention] | None,
                      context: _Context, owned_only: bool = False) -> list[Commitment]:
    """Rows of the rates a sentence names in passing; ``owned_only`` (a company's or analyst's comment) keeps
    only the rates whose owner the phrase itself names (a fact told inside the comment, not its view)."""
    extra: list[Commitment] = []
    spans: list[tuple[int, int]] = []
    quantities = find_quantities(sentence)
    top_of_range = None
    addends = _addends_of_total(sentence, quantities) if (" total " in sentence or " combined " in sentence) else ()
    if " to " in sentence and (" from " in sentence or " and to " in sentence):
        extra.extend(_level_pair_rows(sentence, rows, mentions, context, quantities))
    for index, quantity in enumerate(quantities):
        if quantity.kind != "rate" or quantity.unit != "percent" or quantity is top_of_range:
            continue
        rate = quantity.value
        held = [r for r in rows + extra if r.category == "tariff" and rate in (r.value_to, r.value_from, r.change)]
        if held:
            # the sentence's own measure already holds the rate, unless the phrase's relative clause names another
            # owner ("applies on top of the 20% basic customs duty India already charges": India's own duty)
            phrase = _RATE_THEN_NOUN.match(sentence, quantity.end)
            if mentions is None and phrase is not None:
                mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
            owner = next((m.actor.country for m in mentions or () if phrase is not None and m.actor.country
                          and phrase.end() <= m.start <= phrase.end() + 16 and _relative_owner(sentence, phrase.end(), m)), None)
            if owner is None or any(r.actor == owner for r in held):
                continue
        if quantity.value in addends or ("otherwise" in sentence and _COUNTERFACTUAL_BEFORE.search(
                sentence, max(0, quantity.start - 50), quantity.start)):
            continue  # (round 17) a part of the total the sentence states; the rate goods would pay but for the measure
        after = _RATE_THEN_NOUN.match(sentence, quantity.end)
        before = None
        if after is not None:
            mods = after.group("mods").lower().split()
            if any(word in _NOT_A_MEASURE_WORD for word in mods):
                after = None
        if after is None:
            before = _NOUN_THEN_RATE.search(sentence, max(0, quantity.start - 60), quantity.start)
            if before is None:
                listed = _listed_rate_row(sentence, quantity, rows + extra)
                if listed is not None:
                    extra.append(listed)
                    spans.append((quantity.start, quantity.end))
                    continue
                if mentions is None and sentence.endswith(("the ", "a "), max(0, quantity.start - 4), quantity.start):
                    mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
                if not (sentence.endswith(("the ", "a "), max(0, quantity.start - 4), quantity.start)
                        and _bare_owned_rate(sentence, quantity.end, mentions, context)):
                    continue
        # (round 20) a bare rate whose relative clause names its owner ("the 46% that Washington announced")
        bare = after is None and before is None
        match = after or before
        noun = (match.group("noun") or "").lower() if match else ""
        start, end = (quantity.start, after.end()) if after else (before.start(), quantity.end) if before else (quantity.start, quantity.end)
        if _RANGE_GOES_ON.match(sentence, quantity.end):
            # "tariffs of 10% to 35% on ...": a set of rates, read by its top (guide, News set)
            top_of_range = next((q for q in quantities[index + 1:index + 2] if q.kind == "rate" and q.unit == "percent"
                                 and q.start - quantity.end <= 6 and q.value > rate), None)
            if top_of_range is None or after is not None:
                continue
            rate, end = top_of_range.value, top_of_range.end
            if any(r.category == "tariff" and rate in (r.value_to, r.value_from, r.change) for r in rows + extra):
                continue
        if mentions is None:
            mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
        # (round 24) "above that volume the 25 per cent rate stays in place" in a story that told a tariff: the rate
        # past a quota is a duty of the story's, the quota owner's (as the subject-rate reader's over-quota goods)
        referred = context.last_tariff is not None and "rate" in noun and _DEFINITE_RATE_BEFORE.search(
            sentence, max(0, start - 5), start) is not None \
            and _OVER_QUOTA_SUBJECT.search(sentence, max(0, start - 40), start) is not None
        if not (bare or referred or "tarif" in noun or "dut" in noun or holds_one_of(_TRADE_WORD_HINT, sentence)
                or _TRADE_RATE_WORD.search(sentence, max(0, start - 30), end)
                or any(end <= m.start < end + 40 and m.form in ("name", "adjective") for m in mentions)):
            continue  # a weak measure noun (levy, surcharge, rate) with no trade around it
        if ("aseline" in noun or "eiling" in noun) and not holds_one_of(_TRADE_WORD_HINT, sentence):
            continue  # (round 20) "the 10 per cent baseline", "a 15 per cent ceiling" are rates only beside trade words
        head = sentence[max(0, start - 40):start]
        if (_RATE_PHRASE_NOT_IN_FORCE.search(head) and not _CAUSE_FROM.search(head)) \
                or sentence.startswith((" on average", " on a trade-weighted"), end):
            continue  # a statistic, a change, an earlier level, or a rate the goods escape
        if ("his " in head or "That " in head or "hese " in head or "hose " in head or "uch " in head) and _ANAPHORIC_BEFORE.search(head):
            continue  # (round 17) "This rate of duty of 10 percent reflects ...": the rate stated before, told again
        if "rate" in noun or (before is not None and before.group("taxed")):
            region = sentence[max(0, start - 60):end + 60]
            if _RATE_PHRASE_STATISTIC.search(region) or not (
                    referred or _TRADE_RATE_WORD.search(sentence[max(0, start - 30):end]) or "ariff" in sentence or "dut" in sentence
                    or _GOODS_CROSSING.search(sentence, end, end + 60)):
                continue  # "an interest rate of 5 per cent": no trade measure
        fellow = next((r.actor for r in rows + extra if r.category == "tariff" and r.actor), None)
        levier, origins = _rate_phrase_levier(sentence, start, end, mentions, context, fellow, owned_only)
        if referred and context.last_tariff.actor:
            # the rate past the quota is the quota owner's, toward its partner
            levier, origins = context.last_tariff.actor, [c for c in [context.last_tariff.counterparty] if c]
        if levier is None:
            continue
        counterparty = next((c for c in origins if c != levier), None)
        clause = sentence[max(0, start - 50):min(len(sentence), end + 40)]
        relative = next((verb for m in mentions if end <= m.start <= end + 16
                         and (verb := _relative_owner(sentence, end, m)) is not None), None)
        if relative is not None:
            # (round 20) "the 12 percent tariff Chile still applies": the owner's clause tells who levies it, its
            # adverb no hold; what the main clause says of the rate after it still counts
            clause = sentence[max(0, start - 50):start] + " " + sentence[relative.end():relative.end() + 40]
        stays = _STAYS.search(clause)
        if not stays and _HYPOTHETICAL_AFTER.match(sentence, end):
            continue  # "a 50% tariff would kill us": a rate imagined, none in force
        # direction from the levels themselves: none earlier, impose (a stated zero, remove); an earlier
        # one, reduce or raise (convention 4, rule 20)
        action = "maintain" if stays else "remove" if rate == 0 else "impose"
        earlier = _EARLIER_LEVEL_AFTER.match(sentence, end)
        value_from = float(earlier.group("rate")) if earlier else None
        if value_from is not None and value_from != rate:
            # "the 15% U.S. tariff, down from 27.5%"
            action = "reduce" if rate < value_from else "raise"
            action = "remove" if rate == 0 else action
        else:
            value_from = None
        extra.append(Commitment(
            actor=levier, category="tariff", action=action, subject=_subject_phrase(sentence[start:end + 40]),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=counterparty,
            products=hs_codes(sentence[start:end + 50]), value_from=value_from, value_to=rate, unit="percent", status="implemented",
            conditional=False, confidence=_confidence(levier, True, "tariff"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION))
        spans.append((start, end))
    if len(extra) >= 2:
        extra = _replaced_rate_rows(sentence, extra, spans)
    context.passing_rows.extend(extra)
    return extra


# (round 17) A measure moved between two levels, whatever the verb ("will step up from 25% to 40%", "takes
# the tariff ... from 15 per cent down to 10 per cent", "will fall to 75% from 150%"): the direction is read
# from the levels (the new one below the earlier: reduce; above: raise; zero: remove); a later "and to 20%"
# is a second step from the same earlier level.
_LEVEL_FROM_TO = re.compile(r"\s*(?:,\s*)?(?:(?:all\s+the\s+way|straight)\s+)?(?:down|up)?\s*to\s+(?:(?:just|only|about)\s+)?$")
_LEVEL_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:an?|the|its|their|a\s+previous|the\s+current|current)\s+)?(?:(?:level|rate)\s+of\s+)?$")
_LEVEL_TO_BEFORE = re.compile(r"\bto\s+(?:(?:just|only|about|a\s+flat|an?)\s+)?$")
_LEVEL_TO_FROM = re.compile(r"\s*(?:,\s*)?(?:down\s+|up\s+)?from\s+(?:(?:an?|the|its|their|a\s+previous|the\s+current|current)\s+)?$")
_LATER_SAME_FROM = re.compile(r"^\s*(?:[^,;.]{0,40}?)\s*(?:,\s*)?(?:and|then|before|,)\s+(?:(?:then|further|eventually|finally|later)\s+)?to\s+$")


def _level_pairs(sentence: str, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """(earlier, new) level pairs: "from X (down) to Y", "to Y from X", and a later "and to Z" after either."""
    rates = [q for q in quantities if q.kind == "rate" and q.unit == "percent"]
    pairs: list[tuple[Quantity, Quantity]] = []
    used: set[int] = set()
    for first, second in zip(rates, rates[1:]):
        if id(first) in used:
            continue
        between = sentence[first.end:second.start]
        if _LEVEL_FROM_TO.fullmatch(between) and _LEVEL_FROM_BEFORE.search(sentence, max(0, first.start - 30), first.start):
            pairs.append((first, second))
        elif _LEVEL_TO_FROM.fullmatch(between) and _LEVEL_TO_BEFORE.search(sentence, max(0, first.start - 20), first.start):
            pairs.append((second, first))
        else:
            continue
        used.update((id(first), id(second)))
    for earlier, new in list(pairs):
        last = max(earlier, new, key=lambda q: q.start)
        later = next((q for q in rates if q.start > last.end and id(q) not in used), None)
        if later is not None and _LATER_SAME_FROM.match(sentence[last.end:later.start]):
            pairs.append((earlier, later))
            used.add(id(later))
    return pairs


def _level_pair_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention] | None,
                     context: _Context, quantities: list[Quantity]) -> list[Commitment]:
    extra: list[Commitment] = []
    for earlier, new in _level_pairs(sentence, quantities):
        if earlier.value == new.value or any(r.category == "tariff" and r.value_to == new.value for r in rows + extra):
            continue
        start = min(earlier.start, new.start)
        noun = None
        for noun in _MEASURE_NOUN_WORD.finditer(sentence, max(0, start - 140), start):
            pass
        if noun is None:
            continue  # no measure moved
        if "ate" in noun.group(0) and (_RATE_PHRASE_STATISTIC.search(sentence, max(0, noun.start() - 30), noun.end() + 20)
                                       or not _TRADE_RATE_WORD.search(sentence, max(0, noun.start() - 30), noun.end())):
            continue  # "the capacity utilization rate ... from 40% to 61%": a statistic, no measure
        if _LEVEL_NOT_OF_MEASURE.search(sentence, max(0, noun.start() - 50), noun.start()):
            continue  # "the share of imports covered by tariffs rose from 10% to 30%": a share moved, not a level
        if mentions is None:
            mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
        fellow = next((r.actor for r in rows + extra if r.category == "tariff" and r.actor), None)
        levier, origins = _rate_phrase_levier(sentence, noun.start(), noun.end(), mentions, context, fellow)
        if levier is None:
            continue
        action = "remove" if new.value == 0 else "reduce" if new.value < earlier.value else "raise"
        model = next((r for r in rows + extra if r.category == "tariff" and r.actor == levier), None)
        status = model.status if model else (
            ("announced" if context.news_register else context.default_status)
            if _FUTURE_BEFORE.search(sentence, max(0, noun.start()), start) else "implemented")
        extra.append(Commitment(
            actor=levier, category="tariff", action=action, subject=_subject_phrase(sentence[noun.start():new.end]),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
            counterparty=next((c for c in origins if c != levier), None) or (model.counterparty if model else None),
            products=hs_codes(sentence[noun.start():max(earlier.end, new.end) + 40]), value_from=earlier.value,
            value_to=new.value, unit="percent", status=status, conditional=False,
            confidence=_confidence(levier, True, "tariff"), article_id=context.article_id, extractor_version=EXTRACTOR_VERSION))
    return extra



# Round 18 (rates with the measure or the goods as subject, and rates referred back to). One reader of
# the predicate before a rate, whatever its verb: the verb's family gives the direction (up, down, a move
# read from the levels, a hold, an application), the clause's subject says whose rate it is — a measure
# noun phrase ("the duty rises to 30%", "the baseline stays at 15%"), the goods ("X will face 15%", "X
# will be tariffed at 10%", "X were hit with a 39% levy"), or a rate told before ("That rate steps up to
# 40%", "It was doubled to 20% from 10%", "brought it down ... to 13 per cent"), whose levier, goods and
# level (the earlier one of a change) come from that antecedent. The levier otherwise is the rate
# reader's (_rate_phrase_levier), else the signing government's or the deal's other party (never a guess
# when the page names none).
_SUBJECT_RATE_FAMILIES = (
    ("up", r"(?:rise[sn]?|rose|rising|climb(?:s|ed|ing)?|(?:step|ratchet|move|go|goe|edge|tick)s?\s+up|stepped\s+up|went\s+up|"
           r"increase[sd]?|jump(?:s|ed)?|raised|doubled?|hiked|tripled?)\s+to"),
    ("down", r"(?:falls?|fell|fallen|falling|drop(?:s|ped|ping)?|(?:come|step|go|goe|move|phase|edge)s?\s+down|came\s+down|"
             r"stepped\s+down|went\s+down|phased\s+down|declines?d?|eases?d?|lowered|cut|reduced|halved?|(?:brought|bring|brings)\s+down|"
             r"(?:sink|slide|slip)s?|slipped|trimmed|shrinks?|shrunk)\s+to"),
    ("move", r"(?:goe?s|went|gone|moves?d?|changed?|adjusted|reset|set|fixed|brought)\s+to"),
    ("stay", r"(?:stay(?:s|ed)?(?:\s+in\s+place)?|remain(?:s|ed)?(?:\s+in\s+place)?|stands?|stood|holds?|held|sits?|unchanged|kept|"
             r"maintained|frozen|continues?|continued|left)\s+at"),
    ("apply", r"(?:faces?|faced|facing|pays?|paid|paying|charged(?:\s+an?)?|tariffed\s+at|dutiable\s+at|assessed\s+at|levied\s+at|"
              r"subject\s+to(?:\s+an?)?|enters?\s+at|entering\s+at|carr(?:y|ies|ied)(?:\s+an?)?|attracts?(?:\s+an?)?|"
              r"incurs?(?:\s+an?)?|hit\s+with(?:\s+an?)?|saddled\s+with(?:\s+an?)?|(?:bears?|bore)(?:\s+an?)?)"),
)
_SUBJECT_RATE_FAMILY = {name: index for index, (name, _) in enumerate(_SUBJECT_RATE_FAMILIES)}
_SUBJECT_RATE_PREDICATE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{verb})" for name, verb in _SUBJECT_RATE_FAMILIES) + r")"
    r"\s+(?:(?:an?|the|its|their)\s+)?(?:(?:new|current|flat|single|combined|reduced|higher|lower|additional|extra|same|"
    r"uniform|usual|full|normal|standard|regular)\s+)?(?:(?:tariff|duty|levy)\s+(?:rate\s+)?of\s+|rate\s+of\s+)?"
    r"(?:(?:about|around|roughly|just|only|some|nearly|almost|up\s+to|as\s+much\s+as|at\s+most|no\s+more\s+than)\s+)?$",
    re.IGNORECASE)
# cheap test before the predicate's regex: the word that ends every family's predicate, past the rate's
# own article, modifiers, hedges and "tariff of" ("will face 15%", "rises to 30%", "hit with a 39% levy")
_SUBJECT_RATE_LAST_WORDS = frozenset("to at with face faces faced facing pay pays paid paying charged carry carries carried "
                                     "attract attracts incur incurs bear bears bore".split())
_SUBJECT_RATE_FILLERS = frozenset("a an the its their new current flat single combined reduced higher lower additional extra "
                                  "usual full normal standard regular "
                                  "same uniform about around roughly just only some nearly almost up as much no more than "
                                  "most of tariff duty levy rate".split())
# the clause's start before the predicate
_SUBJECT_RATE_CLAUSE = re.compile(r"(?:[;:(]|,\s*(?:and|but|while|whereas|before|after|then|so)?\s*|\b(?:and|but|while|whereas|"
                                  r"said|says|that|which|where|before|after|until|when|as|(?:al)?though|because|once)\s+)")
# a subject that refers back to a rate told before: "It", "that rate", "the duty", "those duties"
_RATE_ANAPHOR = re.compile(
    r"\s*(?:(?:and|but|then|so)\s+)?(?P<np>it|they|(?:that|this|the|these|those|such)\s+(?:(?:new|higher|lower|same|reduced|"
    r"additional|reciprocal|baseline|fentanyl(?:-related)?|[\w-]+\s+)?)?(?:rates?|tariffs?|dut(?:y|ies)|levy|levies|baseline|"
    r"surcharges?|charges?))"
    r"(?P<aux>(?:\s+(?:will|would|shall|is|are|was|were|be|been|being|has|have|had|then|later|now|again|also|further|"
    r"itself|eventually|gradually|is\s+(?:set|due|scheduled)\s+to|are\s+(?:set|due|scheduled)\s+to|to))*)\s*$", re.IGNORECASE)
# (round 19) the nouns of a duty, shared by the rate reader's measure subject and the stance reader's measure
# slot (_MEASURE_NOUN), each adding its own
_DUTY_NOUNS = r"tariffs?|dut(?:y|ies)|levy|levies|surcharges?"
_RATE_MEASURE_SUBJECT = re.compile(r"\b(?:" + _DUTY_NOUNS + r"|surtax(?:es)?|baseline|"
                                   r"(?:tariff|duty|reciprocal|customs|import)\s+rates?|rates?)\b", re.IGNORECASE)
# not a trade measure's subject: people, prices, statistics, other taxes; a government paying is no goods
_RATE_SUBJECT_NOT_GOODS = re.compile(
    r"\b(?:consumers?|households?|workers?|employees?|people|families|buyers|shoppers|taxpayers|borrowers|savers|investors|"
    r"shareholders|prices?|inflation|unemployment|growth|wages?|salar(?:y|ies)|income|profits?|revenue|sales|shares?|stocks?|"
    r"bonds?|yields?|mortgages?|loans?|interest|vat|gst|bills?|fares?|rents?|fees?|premiums?|who|we|you|he|she|I)\b", re.IGNORECASE)
_RATE_NOT_TRADE = re.compile(r"\b(?:" + _ECONOMY_RATE_WORDS + r"|income|corporate|sales|value-added|"
                             r"VAT|GST|payroll|property|capital\s+gains|water|electricity|power|utility|energy\s+bill|"
                             r"discount|margin|share|stake|turnout|vote|poll|yield|return|pay\s+rise|raise\s+of)\b",
                             re.IGNORECASE)
_RATE_TRADE_HINTS = ("ariff", "dut", "Dut", "levy", "levies", "mport", "xport", "goods", "ustoms", "border", "reciprocal", "baseline", "uota",
                     "Section 232", "surtax", "surcharge")
_SUBJECT_RATE_NOT_LEVEL = re.compile(r"\s*(?:more|less|higher|lower|above|below|of\s+(?:its|their|the)\b|of\s+GDP|"
                                     r"(?:a|per)\s+(?:year|month|annum)|increase|rise|cut|drop|decline|jump|gain|fall|share|stake|"
                                     r"pay\s+(?:rise|cut)|interest|discount)\b", re.IGNORECASE)
_SUBJECT_RATE_IMAGINED = re.compile(r"\b(?:if|unless|whether|could|might|would\s+have|suppose|imagine)\b", re.IGNORECASE)
_SUBJECT_RATE_MAJOR_CLAUSE = re.compile(r";|\b(?:while|whereas|but)\b|,\s+and\b")
_SUBJECT_RATE_NOW = re.compile(r"(?:\b(?:now|currently|today|at\s+present)\b[^,;%]{0,20}|\bat\s+)$")
_SUBJECT_RATE_FROM = re.compile(r"\s*,?\s*(?:(?:down|up)\s+)?from\s+(?:(?:an?|the|its|their|a\s+previous|the\s+current|current)\s+)?")
_ZERO_LEVEL = re.compile(r"(?:zero|nothing|nil|0\s*(?:%|percent|per\s?cent))\b", re.IGNORECASE)


def _subject_rate_hint(sentence: str) -> bool:
    return "%" in sentence or "per" in sentence and ("percent" in sentence or "per cent" in sentence) or "zero" in sentence \
        or " pct" in sentence  # (round 24) the wires' "35 pct"


def _rate_after_predicate_word(sentence: str) -> bool:
    """Whether some rate of the sentence ("15%", "15 per cent", "zero") may close a predicate of the reader:
    string finds and set lookups only, before the quantities are read."""
    for mark in ("%", "percent", "per cent", "zero", " pct"):
        at = sentence.find(mark)
        while at != -1:
            before = sentence[max(0, at - 70):at].rstrip()
            if mark != "zero":
                before = before[:len(before) - len(before.split()[-1])] if before.split() else before
            if _may_follow_predicate(before, len(before)):
                return True
            at = sentence.find(mark, at + 1)
    return False


def _may_follow_predicate(sentence: str, start: int) -> bool:
    """Whether the words before a rate at ``start`` can end a predicate of the reader (a set lookup per word)."""
    for word in reversed(sentence[max(0, start - 60):start].split()[-8:]):
        word = word.lower()
        if word in _SUBJECT_RATE_LAST_WORDS:
            return True
        if word not in _SUBJECT_RATE_FILLERS:
            return False
    return False


def _subject_rate_levels(sentence: str) -> list[tuple[float, int, int]]:
    """(level, start, end) of each percentage of the sentence and each "zero" / "nothing" a verb moves a rate to."""
    levels = [(q.value, q.start, q.end) for q in find_quantities(sentence) if q.kind == "rate" and q.unit == "percent"]
    if "zero" in sentence or "nothing" in sentence:
        for match in _ZERO_LEVEL.finditer(sentence):
            if not any(s <= match.start() < e for _, s, e in levels):
                levels.append((0.0, match.start(), match.end()))
        levels.sort(key=lambda level: level[1])
    return levels


def _subject_rate_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    """The rows of rates a predicate applies, moves or holds with a measure, the goods or a rate told
    before as its subject; a row of the sentence that holds the same level without its direction is
    given the reader's reading (the direction, the earlier level) instead."""
    if not _rate_after_predicate_word(sentence) or not holds_one_of(_RATE_TRADE_HINTS, sentence) and context.last_tariff is None:
        return rows
    levels = _subject_rate_levels(sentence)
    rows = list(rows)
    mentions = None
    addends = _addends_of_total(sentence, find_quantities(sentence)) if (" total " in sentence or " combined " in sentence) else ()
    read_before = None  # the row the reader made last in this sentence
    for index, (level, start, end) in enumerate(levels):
        window = sentence[max(0, start - 70):start]
        offset = max(0, start - 70)
        predicate = _SUBJECT_RATE_PREDICATE.search(window) if _may_follow_predicate(sentence, start) else None
        if predicate is None:
            continue
        if _SUBJECT_RATE_NOT_LEVEL.match(sentence, end) or _RANGE_GOES_ON.match(sentence, end):
            continue  # "pay 10% more", "a 5% pay rise", a range's first figure
        family = predicate.lastgroup
        verb_start = offset + predicate.start()
        bounds = [m.end() for m in _SUBJECT_RATE_CLAUSE.finditer(sentence, max(0, verb_start - 160), verb_start)]
        clause_start = bounds[-1] if bounds else max(0, verb_start - 160)
        if not bounds and verb_start > 160:
            continue
        subject = sentence[clause_start:verb_start]
        anaphor = _RATE_ANAPHOR.fullmatch(subject) is not None
        # (round 24) goods beyond a quota pay or keep the rate in place: "Shipments above the ceiling will keep
        # paying 50 per cent", "tonnage above the quota still pays the full 25%" (the over-quota rate is kept)
        over_quota = family in ("apply", "stay") and any(
            m.end() > clause_start for m in _OVER_QUOTA_SUBJECT.finditer(sentence, max(0, clause_start - 40), verb_start))
        if not subject.strip() and read_before is not None:
            subject, anaphor = "it ", True  # "... and halved to 10%": the verb coordinated with the one before
        elif not anaphor and len(bounds) >= 2 and _RATE_ANAPHOR.fullmatch(sentence[bounds[-2]:verb_start]):
            subject, anaphor = sentence[bounds[-2]:verb_start], True  # "and that rate climbs to": "that" is no clause's start
        if _SUBJECT_RATE_IMAGINED.search(sentence, max(0, verb_start - 60), verb_start) or "?" in sentence:
            continue  # a rate imagined or asked about
        if level in addends or ("otherwise" in sentence and _COUNTERFACTUAL_BEFORE.search(sentence, max(0, verb_start - 50), verb_start)):
            continue  # a part of a stated total; the rate goods would pay but for the measure (as the rate reader)
        if any(r.category == "tariff" and level in (r.value_to, r.change) and (r.action != "impose" or r.value_from is not None
                                                                            or family in ("apply",))
               and not (anaphor and family in ("up", "down") and index and r.value_from is None and r.value_to == level
                        and r.action == ("raise" if family == "up" else "reduce")) for r in rows):
            continue  # the sentence's own measure already holds the rate, with its direction
        if level == 0 and any(r.category == "tariff" and r.action == "remove" for r in rows):
            continue  # "goes to zero" told by the sentence's own removal
        antecedent = None
        if anaphor and subject == "it " and read_before is not None:
            antecedent = read_before
        elif anaphor:
            earlier = [(v, s) for v, s, _ in levels[:index] if s < verb_start]
            same = next((r for r in reversed(rows) if r.category == "tariff" and r.value_to is not None and r.unit == "percent"
                         and r.value_to != level), None)
            antecedent = same or context.last_tariff
            if antecedent is None and not earlier:
                if not re.match(r"\s*(?:(?:and|but|then|so)\s+)?the\s", subject, re.IGNORECASE):
                    continue  # nothing told before to refer to
                anaphor = False  # "the baseline stays at 10%": a measure named, not one referred back to
        if anaphor:
            pass
        elif _RATE_MEASURE_SUBJECT.search(subject):
            if _RATE_NOT_TRADE.search(subject) or _RATE_PHRASE_STATISTIC.search(subject) or _LEVEL_NOT_OF_MEASURE.search(subject):
                continue  # "the interest rate stays at 5%", "the share of goods ... rose to 30%"
        elif family in ("apply", "stay") and subject.strip():
            if _RATE_SUBJECT_NOT_GOODS.search(subject) or _RATE_NOT_TRADE.search(sentence, start, end + 30) \
                    or not over_quota and not holds_one_of(_RATE_TRADE_HINTS, sentence) and not _names_goods(subject):
                continue  # no goods paying: people, prices, a tax
        else:
            continue
        if mentions is None:
            mentions = find_actor_mentions(sentence, context.on, tuple(context.parties[:2]))
        # direction: the levels first (an earlier one stated, or the antecedent's), then the verb's family
        value_from = None
        earlier_level = _SUBJECT_RATE_FROM.match(sentence, end)
        if earlier_level is not None:
            value_from = next((v for v, s, _ in levels if s == earlier_level.end()), None)
        if value_from is None and family != "apply":
            before = [v for v, s, _ in levels[:index] if s < verb_start]
            if anaphor and antecedent is read_before and antecedent is not None:
                value_from = antecedent.value_to
            elif anaphor and before:
                value_from = before[-1]
        if value_from is None and family in ("up", "down", "move") and not anaphor:
            # "whisky, now taxed at 150%, will see its duty phased down to 40%": the clause's own earlier level
            opens = [m.end() for m in _SUBJECT_RATE_MAJOR_CLAUSE.finditer(sentence, 0, verb_start)]
            inside = [v for v, s, _ in levels[:index] if (opens[-1] if opens else 0) <= s < verb_start
                      and _SUBJECT_RATE_NOW.search(sentence, max(0, s - 30), s)
                      and not any(r.category == "tariff" and r.value_to == v and (r.action != "impose" or r.value_from is not None)
                                  for r in rows)]
            value_from = inside[-1] if inside else None
            current = [r for r in rows if r.category == "tariff" and r.action == "impose" and r.value_to == value_from
                       and r.value_from is None] if value_from is not None else []
            if current:
                # the current level read in passing is this change's earlier level, no rate of its own
                rows = [r for r in rows if not any(r is c for c in current)]
                antecedent = current[0]
        if family == "stay":
            action, value_from = "maintain", None
        elif value_from is not None and value_from != level:
            action = "remove" if level == 0 else "reduce" if level < value_from else "raise"
        elif family in ("up", "down"):
            value_from = None
            action = "remove" if level == 0 else "raise" if family == "up" else "reduce"
        else:
            value_from = None
            action = "remove" if level == 0 else "impose"
        if over_quota and not anaphor:
            # the quota's owner keeps its rate on the goods past the quota: the quota told before levies it
            action, value_from = "maintain", None
            antecedent = antecedent or next((r for r in reversed(rows) if r.category == "tariff" and r.actor),
                                            None) or context.last_tariff
        if (context.news_register or not context.in_force_by) and family == "apply" and not _RATE_THEN_NOUN.match(sentence, end) \
                and not _MEASURE_NOUN_WORD.search(sentence, verb_start, start) and not over_quota:
            continue  # a bare "X will face 15%" outside an order's page: no measure named ("face 15% unemployment")
        if family in ("up", "down") and value_from is not None and (action == "raise") != (family == "up") and level != 0:
            continue  # the verb and the levels disagree: no reading
        # who levies, and the goods' country
        if antecedent is not None:
            levier, counterparty, products = antecedent.actor, antecedent.counterparty, list(antecedent.products)
        else:
            fellow = next((r.actor for r in rows if r.category == "tariff" and r.actor), None)
            subject_start = verb_start - len(subject)
            levier, origins = _rate_phrase_levier(sentence, subject_start, end, mentions, context, fellow)
            # the goods' own countries: those the subject names
            own = [m.actor.country for m in mentions if subject_start <= m.start < verb_start and m.actor.country
                   and m.form in ("name", "adjective", "demonym")]
            if levier is None and context.in_force_by and context.in_force_by not in own:
                levier = context.in_force_by  # the signing government's order sets the rates its page tells
            elif levier is None and own and own[0] in context.parties[:2]:
                levier = _other_party(own[0], context, exclude=own)  # the deal's other party
                levier = levier if levier in context.parties[:2] else None
            counterparty = next((c for c in own + origins if c != levier), None)
            products = hs_codes(sentence[subject_start:end + 40])
        if levier is None:
            continue
        if anaphor and antecedent is None:
            model = next((r for r in rows if r.category == "tariff" and r.actor), None)
            if model is None:
                continue
            levier, counterparty, products = model.actor, model.counterparty, list(model.products)
        time = read_time(sentence[verb_start:], context.on)
        model = next((r for r in rows if r.category == "tariff" and r.actor == levier), None)
        if time.start_date and context.on and time.start_date > context.on:
            status = "announced"
        elif model is not None:
            status = model.status
        elif _FUTURE_BEFORE.search(sentence, max(0, verb_start - 60), verb_start + 20):
            status = context.default_status if context.in_force_by == levier or not context.news_register else "announced"
        else:
            status = "implemented"
        row = Commitment(
            actor=levier, category="tariff", action=action, subject=_subject_phrase(sentence[max(0, verb_start - 60):end + 40]),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=counterparty, products=products,
            value_from=value_from, value_to=level, unit="percent", status=status, conditional=False,
            start_date=time.start_date if status == "announced" else None,
            confidence=_confidence(levier, True, "tariff"), article_id=context.article_id, extractor_version=EXTRACTOR_VERSION)
        # a row of the sentence that read the same level as a rate imposed takes this reading's direction
        plain = next((r for r in rows if r.category == "tariff" and r.value_to == level and r.action == "impose"
                      and r.value_from is None), None)
        if plain is None and anaphor and value_from is not None:
            # (round 20) "even though the rate was cut to 15 per cent": the verb's own row lacks the earlier level
            # the rate referred back to gives it
            plain = next((r for r in rows if r.category == "tariff" and r.value_to == level and r.action == action
                          and r.value_from is None), None)
        if plain is None and any(r.category == "tariff" and r.actor == levier and r.value_to is None and r.value_from is None
                                 and r.change is None for r in rows):
            continue  # the sentence's own measure, told without its figure (a restatement the repeats rule reads)
        if plain is not None:
            if action == "impose":
                continue
            plain.action, plain.value_from = action, value_from
            read_before = plain
            continue
        rows.append(row)
        read_before = row
    return rows


_GOODS_SUBJECT_WORDS = re.compile(r"\b(?:goods|products|imports|exports|shipments|articles|cars|vehicles|autos|parts|steel|aluminium|"
                                  r"aluminum|copper|lumber|timber|chips|semiconductors|engines|machinery|equipment|textiles|apparel|"
                                  r"garments|footwear|furniture|beef|pork|poultry|rice|wheat|corn|soybeans|dairy|cheese|wine|whisky|"
                                  r"spirits|fruit|seafood|fish|sugar|cocoa|coffee|tea|minerals|magnets|drugs|pharmaceuticals|medicines|"
                                  r"trucks|buses|ships|aircraft|cranes|components|systems|items|commodities|produce|cargo|exporters?|importers?)\b",
                                  re.IGNORECASE)


# goods past a quota's volume: "above the ceiling", "beyond that volume", "outside the quota", "above them"
_OVER_QUOTA_SUBJECT = re.compile(
    r"\b(?:above|beyond|over|outside|exceeding|in\s+excess\s+of)\s+(?:(?:the|that|this|those|these|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:ceilings?|quotas?|volumes?|limits?|thresholds?|caps?|allocations?|TRQs?)|them|it)\b|\b(?:over|out-of|above)-quota\b",
    re.IGNORECASE)


def _names_goods(subject: str) -> bool:
    return _GOODS_SUBJECT_WORDS.search(subject) is not None or bool(hs_codes(subject))

_LEVEL_NOT_OF_MEASURE = re.compile(r"\b(?:share|proportion|percentage|portion|fraction|number|volume|value|prices?|average|effective)\b", re.IGNORECASE)
_MEASURE_NOUN_WORD = re.compile(r"\b(?:" + _RATE_PHRASE_NOUN + r"|baseline)\b", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|would|is\s+to|are\s+to|to\s+be|plans?\s+to|set\s+to)\b")


# (a demonstrative determiner, not the relative "that": "a Proclamation that puts a 25% tariff")
_ANAPHORIC_BEFORE = re.compile(r"\b(?:This|That|These|Those|Such|this|these|those|such)\s+(?:[\w-]+\s+){0,3}$")
# (round 17) "would otherwise be subject to a 25 percent tariff": the rate the measure replaces, not one in force
_COUNTERFACTUAL_BEFORE = re.compile(r"\botherwise\b[^,;()]{0,40}$")


def _addends_of_total(sentence: str, quantities: list[Quantity]) -> tuple[float, ...]:
    """The rates that add up to another rate of the sentence named a total ("a total tariff rate of 10%
    (7.5% plus 2.5% MFN)"): parts of the one measure, whose row is the total (convention 5)."""
    rates = [q.value for q in quantities if q.kind == "rate" and q.unit == "percent"]
    for index, total in enumerate(rates):
        others = rates[:index] + rates[index + 1:]
        for i, first in enumerate(others):
            for second in others[i + 1:]:
                if first + second == total and first < total and second < total:
                    return first, second
    return ()


# (round 16) a rate listed after a measure's own rate, with its goods and no noun of its own: "U.S. duties
# of 25% on cars and 50% on steel", "a 35% U.S. tariff on non-USMCA goods, 50% on metals and 10% on energy"
_LISTED_RATE_BEFORE = re.compile(r"(?:,|\band|\bwith)\s+(?:(?:up\s+to|about|around)\s+)?$")


def _listed_rate_row(sentence: str, quantity: Quantity, rows: list[Commitment]) -> Commitment | None:
    if not sentence.startswith(" on ", quantity.end) or not _LISTED_RATE_BEFORE.search(sentence, max(0, quantity.start - 14), quantity.start):
        return None
    model = next((r for r in reversed(rows) if r.category == "tariff" and r.actor and r.value_to is not None
                  and r.unit == "percent" and r.evidence == sentence), None)
    if model is None or any(r.category == "tariff" and r.value_to == quantity.value for r in rows):
        return None
    return replace(model, value_from=None, value_to=quantity.value, change=None, amount=None, mentions=1, commitment_id=None,
                   subject=_subject_phrase(sentence[quantity.start:quantity.end + 40]),
                   products=hs_codes(sentence[quantity.end:quantity.end + 40]))


# "the duties of up to 35.3% ... will give way to a single rate of 12%", "the 25% levy will be replaced by
# a 10 per cent duty": one measure changed between two levels, not two rates in force (convention 4)
_RATE_REPLACED_BY = re.compile(r"\b(?:give\s+way\s+to|gives\s+way\s+to|make\s+way\s+for|replaced\s+(?:by|with)|"
                               r"(?:drop|fall|come\s+down|be\s+cut|be\s+lowered|be\s+raised|rise|climb|go)\s+to|in\s+favou?r\s+of)\b")


def _replaced_rate_rows(sentence: str, rows: list[Commitment], spans: list[tuple[int, int]]) -> list[Commitment]:
    merged: list[Commitment] = [rows[0]]
    for index in range(1, len(rows)):
        earlier, row = merged[-1], rows[index]
        if earlier.value_from is None and earlier.actor == row.actor and \
                _RATE_REPLACED_BY.search(sentence, spans[index - 1][1], spans[index][0]):
            earlier.value_from, earlier.value_to = earlier.value_to, row.value_to
            earlier.action = "raise" if earlier.value_to > earlier.value_from else "reduce" if earlier.value_to else "remove"
            continue
        merged.append(row)
    return merged


# (round 16, news) a subject that names a government without its country: "The government", "the
# ministry", "The bloc", "Officials", "the commerce ministry", "Authorities"
_UNNAMED_GOVERNMENT_SUBJECT = re.compile(
    r"^\W*(?:[A-Z][A-Z .’'-]+(?:,\s+[A-Z][\w ]+)?\s+[-–—]+\s+)?(?:(?:The|the)\s+(?:[\w-]+\s+)?(?:bloc|government|ministry|commission|"
    r"authorities|cabinet|administration|regulator)|(?:Officials|Authorities|Ministers)\b)")


# ("The trade ministry said the 15% rate would take effect": the ministry speaks, the clause after
# its verb has its own subject; "The ministry said it would keep" is the ministry's own act)
_SPEAKS_OF_ANOTHER = re.compile(r"(?:,[^,]{0,40},)?\s+(?:said|says|told\s+\w+|announced|added|noted|confirmed|expects?|estimated)"
                                r"(?:\s+(?:on\s+)?\w+day)?\s+(?!(?:that\s+)?(?:it|they)\b)")


# the goods a country's adjective or name stands before ("Chinese steel bars"), not its measure ("U.S. tariffs on Chinese goods");
# (round 24) nor the object of the verb of a country named as its subject ("China imposed the beef safeguard": a
# determiner, an auxiliary or a preposition between the name and the goods word opens another phrase)
_ORIGIN_GOODS_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?!(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|surtax|measures?|the|an?|its|their|"
                                 r"his|her|this|that|these|those|will|would|shall|has|have|had|is|are|was|were|to|and|or|on|of|"
                                 r"in|for|with|by|at)\b)[\w-]+\s+){0,2}?"
                                 r"(?:goods|products|exports|imports|cars|vehicles|autos|steel|aluminium|aluminum|items|shipments|"
                                 r"bars|beef|pork|rice|wine|grain|wheat|textiles|garments)\b")


def _dateline_levier(sentence: str, rows: list[Commitment], mentions: list[ActorMention], context: _Context) -> None:
    """(round 16, who levies) A tariff row whose actor is only the goods' country ("raised the duty on
    Chinese steel bars" in a story datelined Santiago), or a party carried from the previous sentence
    when the clause's own subject is a government named without its country ("The bloc, for its part,
    will hold its 10% tariff"): the dateline's government levies it."""
    home = context.dateline_country
    for row in rows:
        if row.category != "tariff" or row.actor == home:
            continue
        own = [m for m in mentions if m.actor.country == row.actor] if row.actor else []
        if own and all(m.form in ("name", "adjective", "demonym") and (
                _ORIGIN_GOODS_AFTER.match(sentence, m.end) or _ORIGIN_BEFORE.search(sentence, max(0, m.start - 30), m.start))
                for m in own) and not any(m.actor.country == home for m in mentions):
            row.actor, row.counterparty = home, row.actor  # the goods' country pays; the home government levies
        elif not own and (subject := _UNNAMED_GOVERNMENT_SUBJECT.match(sentence)) \
                and not _SPEAKS_OF_ANOTHER.match(sentence, subject.end()):
            row.actor, row.counterparty = home, row.counterparty if row.counterparty != home else None


# an owner right before the phrase, its measure's modifiers only between: "Chile's current 24.9% duty",
# "U.S. duties of", "China's retaliatory tariffs of" (not "Vietnamese furniture faces duties of")
_OWNER_BEFORE_RATE = re.compile(r"(?:['’]s?)?\s+(?:(?:own|new|existing|current|standard|additional|extra|retaliatory|punitive|import|"
                                r"provisional|definitive|anti-?dumping|countervailing|combined|separate|higher|lower|general|"
                                r"most-favou?red-nation|MFN|applied|bound|customs)\s+){0,2}$", re.IGNORECASE)


# (inside the phrase, only the measure's own modifiers between the owner and the noun: "the 50% U.S.
# tariff", "a 10% EU import duty"; not "a 25% Chinese steel tariff", whose adjective names the goods)
_OWNER_BEFORE_NOUN = re.compile(r"(?:['’]s?)?\s+(?:(?:additional|extra|retaliatory|punitive|import|provisional|definitive|"
                                r"anti-?dumping|countervailing|reciprocal|baseline|customs|MFN|general)\s+){0,2}"
                                + _RATE_PHRASE_NOUN + r"\b", re.IGNORECASE)


# (round 22) the government a rate phrase belongs to as the subject of its clause: the antecedent of a relative
# clause whose verb levies ("The United States, which charges a 50% tariff on", "the EU, whose 15 per cent
# ceiling"), or the subject of a verb of hitting or answering whose "with" takes the phrase ("China hit back in
# March with 100 per cent tariffs on", "Washington hit Swiss goods with a 39 per cent levy")
_ANTECEDENT_LEVIES = re.compile(
    r",\s+(?:whose|(?:which|that)\s+(?:(?:still|already|now|currently|also|itself)\s+)?(?:charges|levies|applies|imposes|collects|"
    r"maintains|keeps|charged|levied|applied|imposed|slapped|kept|maintained)\s+(?:(?:an?|the|its|their)\s+)?)"
    r"(?:(?:own|current|existing|standard|separate|additional|extra|new)\s+)?$")
_ANSWERED_WITH = re.compile(
    r"\b(?:(?:hit|hits|struck|strikes)\s+back|retaliat(?:e|es|ed)|respond(?:s|ed)|answer(?:s|ed)|countered|hit|hits|slapped|slaps)"
    r"\b[^,;:]{0,50}?\s+with\s+(?:(?:an?|its|their|the)\s+)?(?:(?:own|new|additional|extra|retaliatory)\s+)?$")
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were|get|gets|got)\s+$")
_OWNER_FORMS = ("name", "capital", "person", "organisation", "agency")


def _clause_owner(sentence: str, start: int, mentions: list[ActorMention]) -> str | None:
    """(round 22) The government whose clause's verb levies or answers with the rate phrase at ``start``."""
    head_start = max(0, start - 90)
    relative = _ANTECEDENT_LEVIES.search(sentence, head_start, start)
    if relative is not None:
        antecedent = next((m for m in mentions if m.actor.country and m.form in _OWNER_FORMS
                           and 0 <= relative.start() - m.end <= 1), None)
        return antecedent.actor.country if antecedent else None
    answered = _ANSWERED_WITH.search(sentence, head_start, start)
    if answered is None or _PASSIVE_BEFORE.search(sentence, max(0, answered.start() - 12), answered.start()):
        return None  # "Canada was hit with a 25% tariff": the passive's subject pays, it does not levy
    clause = max(sentence.rfind(";", 0, answered.start()), sentence.rfind(", ", 0, answered.start()))
    subjects = [m for m in mentions if m.actor.country and m.form in _OWNER_FORMS and clause < m.start and m.end <= answered.start()]
    return subjects[-1].actor.country if subjects else None


# (round 20) a rate a party accepts, settles for or agrees to: what it pays, not what it levies
_ACCEPTED_RATE_BEFORE = re.compile(r"\b(?:accept(?:s|ed|ing)?|settled\s+for|settles\s+for|agreed\s+to)\s+(?:an?|the)\s+"
                                   r"(?:(?:similar|same|flat|lower|single|uniform|all-in|blanket|reduced)\s+){0,2}$")
# (round 20) the owner of a rate named by a relative clause right after the phrase: its subject is the
# government whose verb of levying follows ("the 39 per cent duty Washington slapped on Swiss goods", "the 46%
# that Washington announced", "the 20 per cent tariff the United States applies"); the goods' nationality in
# the clause ("on Swiss goods") stays the counterparty
_RELATIVE_OWNER_GAP = re.compile(r"\s*(?:(?:that|which)\s+)?(?:the\s+)?")
_RELATIVE_LEVY_VERB = re.compile(
    r"(?:\s+(?:government|administration|authorities|officials))?\s+(?:(?:has|have|had|had\s+been|first|now|still|already|"
    r"originally|initially|currently|later|then|itself)\s+){0,2}(?P<verb>slap(?:s|ped)?|impos(?:e|es|ed)|lev(?:y|ies|ied)|"
    r"appl(?:y|ies|ied)|charg(?:e|es|ed)|collect(?:s|ed)?|sets?|puts?|plac(?:e|es|ed)|introduc(?:e|es|ed)|announc(?:e|es|ed)|"
    r"threaten(?:s|ed)?|keeps?|kept|maintain(?:s|ed)?|demand(?:s|ed)?|want(?:s|ed)?)\b")
# the verbs of that clause that themselves name a levy (a bare rate needs one, or a trade word)
_LEVYING_VERB_STEMS = ("slap", "impos", "lev", "appl", "charg", "collect")


def _relative_owner(sentence: str, end: int, mention: ActorMention) -> re.Match[str] | None:
    """The relative clause's verb when ``mention`` is its subject right after a rate phrase ending at ``end``."""
    if mention.form not in ("name", "capital", "person", "organisation", "agency") or mention.start < end \
            or not _RELATIVE_OWNER_GAP.fullmatch(sentence, end, mention.start):
        return None
    return _RELATIVE_LEVY_VERB.match(sentence, mention.end)


def _bare_owned_rate(sentence: str, end: int, mentions: list[ActorMention], context: _Context) -> bool:
    """(round 20) A bare rate ("the 46%") followed by a relative clause whose subject is a government and whose
    verb levies ("the 46% that Washington announced"): a rate of a measure when the verb names a levy, or the
    sentence or the story has told of a tariff."""
    for mention in mentions:
        if end <= mention.start <= end + 16 and (verb := _relative_owner(sentence, end, mention)) is not None:
            return verb.group("verb").lower().startswith(_LEVYING_VERB_STEMS) or holds_one_of(_TRADE_WORD_HINT, sentence) \
                or context.last_tariff is not None
    return False


# (round 23) a rate phrase after a possessive pronoun is its clause's own ("New Delhi will phase its 110% duty down")
_OWNED_BY_PRONOUN = re.compile(r"\b(?:its|their|his|her|our|my|your)\s+$", re.IGNORECASE)


def _rate_phrase_levier(sentence: str, start: int, end: int, mentions: list[ActorMention],
                        context: _Context, fellow: str | None = None, owned_only: bool = False) -> tuple[str | None, list[str]]:
    """Who levies a rate named in passing, and the goods' countries: the country whose border the
    goods cross into, not their origin nor their payer. An owner before the phrase ("Chile's 6%
    duty", "U.S. duties of"), inside it ("the 50% U.S. tariff"), a place after it ("in the United
    States", "at the U.S. border", "imposed by Chile"); else the U.S. for its named regimes, the
    dateline's country when the goods are not its own, or, in a story filed where the goods come
    from, the U.S. or the story's other party; otherwise None (no guess)."""
    tail_end = len(sentence)
    for stop in (";", " while ", " but ", " whereas "):
        found = sentence.find(stop, end)
        if found != -1:
            tail_end = min(tail_end, found)
    owner = None
    origins: list[str] = []
    # ((round 24) the speaker of an attribution closing the sentence, ", the Council of the EU said in a statement",
    # names no goods: not an origin)
    said = _SPEAKER_CLOSING.search(sentence, end) if " said" in sentence or " says" in sentence else None
    for mention in mentions:
        country = mention.actor.country
        if not country or (said is not None and mention.start > said.start()):
            continue
        # ((round 23) the window counted from the owner's end: "European Union anti-dumping duties of 48.5 per cent")
        if (start - 24 <= mention.start or start - 40 <= mention.end) and mention.end <= end and (
                (mention.end > start and _OWNER_BEFORE_NOUN.match(sentence, mention.end))
                or _OWNER_BEFORE_RATE.match(sentence[mention.end:start])) \
                and mention.form in ("name", "adjective", "capital", "organisation", "agency") \
                and not sentence[mention.end:mention.end + 12].lstrip().lower().startswith(("goods", "products", "imports", "exports")):
            owner = owner or country
        elif end <= mention.start < tail_end and _LEVIER_PLACE.search(sentence, max(end, mention.start - 40), mention.start):
            owner = owner or country
        elif mention.start - end <= 16 and _relative_owner(sentence, end, mention):
            owner = owner or country  # (round 20) "the 39 per cent duty Washington slapped on Swiss goods"
        elif mention.form in ("name", "adjective", "demonym") and country not in origins:
            origins.append(country)  # another country the sentence names: the goods', or a third party's
    if owner is None and (", wh" in sentence or " with " in sentence):
        owner = _clause_owner(sentence, start, mentions)
        origins = [c for c in origins if c != owner]
    if owner or owned_only:
        return owner, origins
    if "ccept" in sentence or "settled" in sentence or "agreed to" in sentence:
        accepted = _ACCEPTED_RATE_BEFORE.search(sentence, max(0, start - 60), start)
        if accepted is not None:
            # (round 20) "it accepted a 15 per cent ceiling", "Tokyo settled for a 15% tariff": the accepting party
            # pays; its partner levies (the named payer's other party, else the U.S. of a story about it)
            payers = [m.actor.country for m in mentions if m.end <= accepted.start() and accepted.start() - m.end <= 60
                      and m.actor.country]
            payer = payers[-1] if payers else None
            levier = (_other_party(payer, context) if payer in context.parties[:2] else
                      HOME_EXPORTER if payer != HOME_EXPORTER else None) if payer else (
                HOME_EXPORTER if HOME_EXPORTER in context.parties[:2] else None)
            if levier is not None and levier != payer:
                return levier, [payer] + origins if payer and payer not in origins else origins
    if _US_RATE_NAME.search(sentence, max(0, start - 30), end + 10):
        return HOME_EXPORTER, origins
    if fellow:
        return fellow, origins  # the levier of the sentence's other tariff ("who pay a 20% U.S. duty, ... a 40% rate on")
    dateline = context.dateline_country
    if dateline and dateline not in origins:
        return dateline, origins
    if origins and dateline and HOME_EXPORTER not in origins:
        # a story filed in the goods' own country about the duty they pay abroad: the U.S. levies (the
        # regime such stories name most) when the story is about it, else the story's other party.
        # With no dateline, or U.S. goods paying, whose tariff it is stays untold: no row
        if HOME_EXPORTER in context.parties[:3] or not context.parties:
            return HOME_EXPORTER, origins
        return _other_party(origins[0], context, exclude=origins) or HOME_EXPORTER, origins
    if context.news_register and context.last_tariff is not None and context.last_tariff.actor not in origins \
            and not _OWNED_BY_PRONOUN.search(sentence, max(0, start - 12), start):
        # (round 23) a story's rate that names no owner, told where no dateline says whose border it is: the
        # levier of the tariff the story told last continues ("... the 25% duty on Chinese e-bikes has cut
        # orders" after the EU's duties), unless the goods are that levier's own
        return context.last_tariff.actor, origins
    return None, origins


# "the 15% tariffs on about $125 billion of Chinese goods imposed on Sept. 1", "a 15 percent
# tariff imposed on consumer goods in September": a rated tariff named with the participle of
# its imposition is a measure in force, stated as a fact (convention 1), its own row even when
# the sentence is about removing it
_IMPOSED_RATE = re.compile(
    r"\b(?:an?|the|its|his|their|existing)\s+(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s+(?:[\w-]+\s+)?"
    # (round 14: not across a time clause that names the measure again, "the 40% tariff on beef,
    # handing exporters relief since the levy was imposed": the removal's rate, not a rate in force)
    r"(?:tariffs?|dut(?:y|ies)|levy|levies)\b(?P<goods>(?:(?!\b(?:would|will|shall|could|may|might|be|to|since|after|until|levy|levies|tariffs?|dut(?:y|ies))\b)[^;:]){0,90}?)"
    r"\s+(?:(?:that\s+)?(?:was|were|had been|has been)\s+)?"
    r"(?:imposed|levied|slapped)\s+(?:on|in|last|since|earlier|from"
    # (round 14) "the 10 percent additional duty imposed by Executive Order 14257": the signer's own instrument
    r"|(?P<instrument>by\s+(?:Executive\s+Order|Proclamation|Presidential\s+Proclamation)\s+\d+))\b(?P<rest>[^;:,]{0,40})",
    re.IGNORECASE,
)


def _imposed_rate_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                       context: _Context) -> list[Commitment]:
    extra: list[Commitment] = []
    for match in _IMPOSED_RATE.finditer(sentence):
        rate = float(match.group("rate"))
        stated = next((r for r in rows + extra if r.category == "tariff" and r.value_to == rate
                       and r.action == "impose" and r.status == "implemented"), None)
        if stated is not None:
            # the verb's own row already states it ("Korean steel imposed on March 12"): its day
            stated.start_date = stated.start_date or _past_day(match.group("rest"), context.on)
            continue
        if any(r.category == "tariff" and r.action in ("suspend", "extend") and r.value_from == rate for r in rows):
            continue  # "suspend its 34% tariff imposed on April 2": the suspended rate (convention 15)
        region = (match.start("goods"), match.end("rest"))
        hit = _targets(sentence, region, mentions, goods_only=True)
        same = next((r for r in rows if r.category == "tariff" and rate in (r.value_from, r.value_to) and r.actor), None)
        actor = same.actor if same else (_other_party(hit[0], context) if hit else None)
        if actor is None and match.group("instrument") and context.in_force_by:
            # the signing government's order imposed it; the goods the sentence names are the partner's
            actor = context.in_force_by
            hit = [c for c in _targets(sentence, (0, len(sentence)), mentions, goods_only=True) if c != actor]
        if actor is None:
            continue
        counterparty = next((c for c in hit if c != actor), None) or (same.counterparty if same else _other_party(actor, context))
        extra.append(Commitment(
            actor=actor, category="tariff", action="impose", subject=_subject_phrase(match.group(0)),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=counterparty,
            products=hs_codes(match.group("goods")), value_to=rate, unit="percent", status="implemented",
            # (the date of the order named is not the duty's start: "imposed by Executive Order 14257 of April 2")
            start_date=None if match.group("instrument") else _past_day(match.group("rest"), context.on), conditional=False,
            confidence=_confidence(actor, same is None, "tariff"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


# (round 14) a sum told after a long list of goods, in the same clause: "..., in amounts totaling $8
# billion per year", "..., worth a combined $12 billion", "..., valued at about $3 billion"
_SUM_WORDS_HINT = re.compile(r"\b(?:totaling|totalling|worth|valued\s+at|amounting\s+to)\b")
_LATE_SUM = re.compile(
    r"[^;:.]{0,200}?\b(?:in\s+amounts?\s+|in\s+purchases\s+|for\s+)?(?:totaling|totalling|worth|valued\s+at|amounting\s+to)\s+"
    r"(?P<sum>(?:(?:a\s+)?(?:combined|total\s+of|about|around|roughly|approximately|nearly|some|more\s+than|over|at\s+least|up\s+to)\s+)*"
    r"(?:US\$|\$|€|£)\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|mn))?)")


# (round 14) a rate in force named beside the measure a sentence states: "imposed the extra 40% duty
# ..., on top of a 10% tariff that applies to most countries", "in addition to the 10 percent baseline
# tariff" (levied by the party of that measure; guide rule 4: `impose`, `implemented`, the rate in
# value_to). A partner's own rate told as a fact ("the 18% tariff Brazil charges on") is the rate reader's
# (_relative_owner).
_RATE_ON_TOP = re.compile(
    r"\b(?:on\s+top\s+of|in\s+addition\s+to|atop)\s+(?:an?|the|its|their|existing)\s+(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies)\b", re.IGNORECASE)


def _standing_rate_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                        context: _Context) -> list[Commitment]:
    extra: list[Commitment] = []
    tariff_rows = [r for r in rows if r.category == "tariff" and r.actor]
    for match in _RATE_ON_TOP.finditer(sentence):
        rate = float(match.group("rate"))
        if any(r.category == "tariff" and rate in (r.value_from, r.value_to) for r in rows + extra):
            continue  # the sentence's own measure already holds the rate
        if not tariff_rows:
            continue
        actor, counterparty = tariff_rows[0].actor, tariff_rows[0].counterparty
        extra.append(Commitment(
            actor=actor, category="tariff", action="impose", subject=_subject_phrase(sentence[match.start("rate"):match.end()]),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=counterparty,
            products=[], value_to=rate, unit="percent", status="implemented", conditional=False,
            confidence=_confidence(actor, False, "tariff"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


# "Mr. Trump canceled an increase in tariffs planned for Oct. 15", "cancelling a scheduled Dec. 15
# imposition of tariffs on $156 billion in Chinese goods": the planned measure (announced, its
# day) and its cancellation (`remove`) are two rows (annotation guide, News set)
_CANCELLED_MEASURE = re.compile(
    r"\b(?P<verb>cancel(?:s|ed|led|ing|ling)?|call(?:s|ed|ing)? off|scrap(?:s|ped|ping)?|shelve[sd]?|shelving|"
    r"abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?)\s+"
    r"(?:(?:an?|the|its|his|their)\s+|(?=plans\s))(?:(?:scheduled|planned|proposed|looming|next|further)\s+)?"
    r"(?:(?:Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+)?"
    r"(?:(?P<kind>increase|hike|rise|imposition|round)\s+(?:in|of|on)\s+(?:[\w-]+\s+)?(?:tariffs?|duties|levies)"
    # (round 14, news) "scrapped a plan to raise import duties on U.S. ethanol", "shelved plans to
    # impose tariffs on": the plan names the measure by its verb
    r"|(?<=\s)(?:plans?|proposals?|decision|move)\s+to\s+(?P<kind3>raise|hike|increase|impose|slap|levy)\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|duties|levies)"
    r"|(?:tariff|duty)\s+(?P<kind2>increase|hike|rise))\b"
    r"(?P<rest>[^;,]{0,100})",
    re.IGNORECASE,
)
# "The next round of tariffs is due to start in mid-December": a tariff scheduled, not yet levied
_SCHEDULED_ROUND = re.compile(
    r"\b(?:the|a)\s+(?:next|new|further|fresh|third|fourth)\s+(?:round|wave|batch|tranche)\s+of\s+(?P<what>[^,;]{0,60}?)"
    r"(?:tariffs|duties|levies)\b(?P<rest>[^;,]{0,60}?)\s+(?:is|are|was|were)\s+(?:due|set|scheduled|slated)\s+to\s+"
    r"(?:start|begin|take effect|kick in|go into effect)\b(?P<when>[^;,]{0,40})",
    re.IGNORECASE,
)
_PAST_CANCEL = re.compile(r"(?:ed|led|called off|scrapped)$", re.IGNORECASE)


def _planned_measure_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                          previous_actors: list[str], context: _Context) -> list[Commitment]:
    extra: list[Commitment] = []
    for match in _CANCELLED_MEASURE.finditer(sentence):
        goods = _targets(sentence, (match.start(), match.end("rest")), mentions, goods_only=True)
        subject = [m.actor.country for m in mentions if m.end <= match.start() and m.actor.country]
        # (round 14: the party named before the verb cancels its own plan, "Mexico dropped a proposal to
        # raise duties on U.S. pork", when the goods are not its own)
        actor = (subject[-1] if subject and subject[-1] not in goods and match.group("kind3") else None) \
            or (_other_party(goods[0], context) if goods else None) or (subject[-1] if subject else None) \
            or (previous_actors[0] if previous_actors else None)
        if actor is None:
            continue
        counterparty = next((c for c in goods if c != actor), None) or _other_party(actor, context)
        past = bool(_PAST_CANCEL.search(match.group("verb")))
        day = _past_day(match.group(0), context.on) if past else read_time(match.group(0), context.on).dates
        if not past:
            day = next((d.value for d in day if _DAY_NUMBER.search(match.group(0)[d.start:d.end])), None)
        kind = (match.group("kind") or match.group("kind2") or match.group("kind3")).lower()
        planned = "raise" if kind in ("increase", "hike", "rise", "raise") else "impose"
        stated = next((r for r in rows if r.category == "tariff" and r.action == planned), None)
        if stated is not None:
            # "the planned increase in tariffs" already read as a raise: that row is the plan
            stated.status, stated.start_date = "announced", stated.start_date or day
        for action, status, start in ((planned, "announced", day),
                                      ("remove", "implemented" if past else "proposed", None)):
            if action == planned and stated is not None:
                continue
            extra.append(Commitment(
                actor=actor, category="tariff", action=action, subject=_subject_phrase(match.group(0)),
                evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=counterparty,
                products=hs_codes(match.group("rest")), status=status, start_date=start,
                conditional=_states_condition(sentence) and not past,
                confidence=_confidence(actor, not goods, "tariff"), article_id=context.article_id,
                extractor_version=EXTRACTOR_VERSION,
            ))
    for match in _SCHEDULED_ROUND.finditer(sentence):
        if any(r.category == "tariff" and r.action == "impose" for r in rows):
            break
        goods = _targets(sentence, (match.start("what"), match.end("rest")), mentions, goods_only=True)
        actor = _other_party(goods[0], context) if goods else next(
            (r.actor for r in rows if r.category == "tariff" and r.actor), None) or (
            previous_actors[0] if previous_actors else None)
        if actor is None:
            continue
        when = read_time(match.group("when"), context.on).dates
        extra.append(Commitment(
            actor=actor, category="tariff", action="impose", subject=_subject_phrase(match.group(0)),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0,
            counterparty=next((c for c in goods if c != actor), None) or _other_party(actor, context),
            products=hs_codes(match.group("what")), status="announced",
            start_date=next((d.value for d in when if _DAY_NUMBER.search(match.group("when")[d.start:d.end])), None),
            conditional=False, confidence=_confidence(actor, True, "tariff"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


# "then trimmed that a little and asked for up to $50 billion in annual purchases": a purchase the
# asking side requests of the other party is that party's purchase on the table (News set)
_ASKED_PURCHASES = re.compile(
    r"\b(?:asked|asks|asking|demanded|demands|demanding|pressed|pressing|requested|requests)\s+for\s+"
    r"(?:up to\s+|about\s+|around\s+|some\s+|roughly\s+)?(?P<sum>(?:US)?\$\s?[\d.,]+\s*(?:billion|million|trillion|bn)?)\s+"
    r"(?:a year\s+|annually\s+)?(?:in|of|worth of)\s+(?:[\w-]+\s+){0,3}?(?:purchases|orders)\b",
    re.IGNORECASE,
)


def _asked_purchase_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                         context: _Context) -> list[Commitment]:
    extra: list[Commitment] = []
    for match in _ASKED_PURCHASES.finditer(sentence):
        money = [q for q in find_quantities(match.group("sum")) if q.kind == "money"]
        if not money or any(r.category == "purchase" and r.amount == money[0].value for r in rows):
            continue
        askers = [m.actor.country for m in mentions if m.end <= match.start() and m.actor.country]
        asker = askers[-1] if askers else (context.speaker_country if _HE_SAID.search(sentence, 0, match.start()) else None)
        buyer = _other_party(asker, context) if asker else None
        if buyer is None:
            continue
        extra.append(Commitment(
            actor=buyer, category="purchase", action="purchase", subject=_subject_phrase(match.group(0)),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=asker,
            products=hs_codes(match.group(0)), amount=money[0].value, unit=money[0].unit, status="proposed",
            conditional=False, confidence=_confidence(buyer, True, "purchase"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


# "if any of his tariffs on $360 billion worth of Chinese goods will ever be removed": a party's
# tariffs named by the trade they cover are a measure in force (convention 1), even where the
# sentence only wonders about removing them; the covered trade is scope (News set)
_STANDING_TARIFFS = re.compile(
    r"\b(?P<owner>his|her|[A-Z][\w.]*(?:['’]s)?|U\.S\.|US|American)\s+(?:existing\s+|current\s+)?(?:tariffs|duties)\s+on\s+"
    r"(?:about\s+|some\s+|nearly\s+|roughly\s+|more than\s+)?\$\s?[\d.,]+\s*(?:billion|million|trillion|bn)\s+"
    r"(?:worth\s+)?of\s+(?P<goods>(?:[\w-]+\s+){0,3}?(?:goods|imports|products|exports))\b")


# "President Donald J. Trump's tariffs on foreign steel imports are a big win", "new U.S. tariffs
# on rubber gloves from China have doubled the price", "the latest tariffs on imported
# appliances should help": a US tariff named by the goods or partner it covers, told in passing
# as a measure in place (annotation guide, round-7 round-ups); "Trump's tariffs" alone names none.
# A US trade-law instrument names the levier too ("We support the expansion of 232 tariffs on steel
# products, as they ...", round-8 review: "Section 232 tariffs, including on <products>" is in place).
_NAMED_TARIFF = re.compile(
    r"(?:\b(?:Trump|Administration|President)['’]s|\b(?:new\s+)?U\.S\.|\bAmerica['’]s|\b[Tt]he\s+latest"
    r"|\b(?:Section\s+|Sec\.\s+)?(?:232|301)(?:\s+and\s+(?:Section\s+)?(?:232|301))?)\s+"
    r"(?:[\w‘’'-]+\s+){0,2}?tariffs\s+on\s+(?P<goods>[^,;.—]{3,70}?)"
    r"(?=\s+(?:are|is|have|has|should|will|would|could|might|may|remain|continue)\b|,\s+(?:as|which)\b)")
_MEASURE_AS_WORRY = re.compile(r"\s+(?:also\s+)?(?:remain|remains|is|are)\s+(?:also\s+)?an?\s+(?:[\w-]+\s+)?"
                               r"(?:source|concern|problem|obstacle|sticking point|risk|question|headache)\b")
_GOODS_NAMED = re.compile(r"\b(?:imports|imported|goods|products|foreign)\b", re.IGNORECASE)


def _figureless_tariff_hint(sentence: str) -> bool:
    """Cheap test before the readers of a party's tariffs named with no figure."""
    return "$" in sentence and (" worth of " in sentence or " billion of " in sentence) or "ariffs on" in sentence


def _figureless_tariff_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                            context: _Context) -> list[Commitment]:
    """(round 20: the round-7 and round-8 readers folded) A party's tariffs in force named with no figure, when
    no tariff row of the sentence states them: by the trade they cover ("his tariffs on $360 billion worth of
    Chinese goods") or by a U.S. name ("President Trump's tariffs on foreign steel imports")."""
    if any(r.category == "tariff" for r in rows):
        return []
    found = _standing_tariff_rows(sentence, mentions, context) if "$" in sentence else []
    if not found and "ariffs on" in sentence:
        found = _named_tariff_rows(sentence, mentions, context)
    return found


def _named_tariff_rows(sentence: str, mentions: list[ActorMention], context: _Context) -> list[Commitment]:
    extra: list[Commitment] = []
    for match in _NAMED_TARIFF.finditer(sentence):
        goods = match.group("goods")
        partners = _targets(sentence, (match.start("goods"), match.end("goods")), mentions, goods_only=False)
        partner = next((p for p in partners if p != HOME_EXPORTER), None)
        products = hs_codes(goods)
        if not (products or partner or _GOODS_NAMED.search(goods)):
            continue  # "Trump's tariffs on everyone": no goods or partner named
        if _MEASURE_AS_WORRY.match(sentence, match.end()):
            continue  # "... also remain a source of uncertainty for importers": a worry (news set), no measure told
        extra.append(Commitment(
            actor=HOME_EXPORTER, category="tariff", action="impose", subject=_subject_phrase(match.group(0)),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=partner,
            products=products, status="implemented", conditional=False,
            confidence=_confidence(HOME_EXPORTER, True, "tariff"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


def _standing_tariff_rows(sentence: str, mentions: list[ActorMention], context: _Context) -> list[Commitment]:
    extra: list[Commitment] = []
    for match in _STANDING_TARIFFS.finditer(sentence):
        owner = match.group("owner")
        if owner.lower() in ("his", "her"):
            people = [m for m in mentions if m.end <= match.start() and m.form == "person" and m.actor.country]
            levier = people[-1].actor.country if people else context.speaker_country
        else:
            named = [m.actor.country for m in mentions
                     if match.start("owner") <= m.start < match.end("owner") and m.actor.country]
            levier = named[0] if named else None
        goods = _targets(sentence, (match.start("goods"), match.end("goods")), mentions, goods_only=True)
        if levier is None or not goods or goods[0] == levier:
            continue
        extra.append(Commitment(
            actor=levier, category="tariff", action="impose", subject=_subject_phrase(match.group(0)),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=goods[0],
            products=hs_codes(match.group("goods")), status="implemented", conditional=False,
            confidence=_confidence(levier, True, "tariff"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


# "suffering from anti-dumping duties on polysilicon imports by the Chinese government since July
# 2013": trade-remedy duties named with the government levying them are a tariff in force
# (annotation guide, News set); the counterparty is the industry's country the text names
_REMEDY_DUTIES = re.compile(
    r"\b(?:anti-?dumping|countervailing|anti-?subsidy)\s+(?:duties|tariffs|levies)\s+(?:on|against)\s+"
    r"(?P<goods>[^,;]{1,60}?)\s+(?:imposed\s+)?by\s+(?:the\s+)?(?P<by>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)",
    re.IGNORECASE)


def _remedy_duty_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                      context: _Context) -> list[Commitment]:
    if any(r.category == "tariff" for r in rows):
        return []
    extra: list[Commitment] = []
    for match in _REMEDY_DUTIES.finditer(sentence):
        levier = next((m.actor.country for m in mentions
                       if match.start("by") <= m.start < match.end("by") + 12 and m.actor.country), None)
        if levier is None:
            continue
        hit = [c for c in _targets(sentence, (match.start("goods"), match.end("goods")), mentions, goods_only=True)
               if c != levier]
        counterparty = hit[0] if hit else _other_party(levier, context)
        extra.append(Commitment(
            actor=levier, category="tariff", action="impose", subject=_subject_phrase(match.group(0)),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=counterparty,
            products=hs_codes(match.group("goods")), status="implemented", conditional=False,
            confidence=_confidence(levier, not hit, "tariff"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
    return extra


# "in support of the sanctions on Burma's military rulers", "U.S. economic sanctions got results":
# a sanctions regime named as a fact is a measure in force (annotation guide, News set), levied by
# the party named before it or the other document party
_STANDING_SANCTIONS = re.compile(
    r"\b(?:the|its|their|(?P<owner>U\.S\.|US|American|[A-Z][a-z]+(?:an|ese|ish|ian))(?:\s+economic)?)\s+sanctions\s+"
    r"(?:on|against)\s+(?P<target>[^,;.]{2,50})")


def _standing_sanction_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention],
                            context: _Context) -> list[Commitment]:
    if rows:
        return []
    extra: list[Commitment] = []
    for match in _STANDING_SANCTIONS.finditer(sentence):
        target = next((m.actor.country for m in mentions
                       if match.start("target") <= m.start < match.end("target") and m.actor.country), None)
        owner = next((m.actor.country for m in mentions
                      if match.group("owner") and match.start("owner") <= m.start < match.end("owner") and m.actor.country), None)
        levier = owner or (_other_party(target, context) if target else None)
        if target is None or levier is None or levier == target:
            continue
        extra.append(Commitment(
            actor=levier, category="sanctions", action="impose", subject=_subject_phrase(match.group(0)),
            evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=target,
            products=[], status="implemented", conditional=False,
            confidence=_confidence(levier, owner is None, "sanctions"), article_id=context.article_id,
            extractor_version=EXTRACTOR_VERSION,
        ))
        break  # one regime per sentence
    return extra


_HE_SAID = re.compile(r"(?:^|[\s,;])(?:he|she|He|She)\s")
_PLANNED_HINT = re.compile(r"ancel|call(?:s|ed|ing)? off|scrap|round of|wave of|batch of|tranche of|helv|bandon|drop")
# "trade talks with other partners, including Europe, Japan, Canada and Mexico, publicly threatening
# them with tariffs": a threat per partner named before the pronoun, by the sentence's subject
# (annotation guide, News set; guide rule 11)
_THREATENED_THEM = re.compile(r"\s*(?:them|those countries|these countries|those partners)\s+with\s+"
                              r"(?:(?:new|higher|more|additional|steep|retaliatory)\s+)*(?P<measure>tariffs|duties|levies|sanctions)\b",
                              re.IGNORECASE)
_THREATENING_THEM = re.compile(r"\bthreaten(?:ing|ed|s)?\s+(?=them\b|those\b|these\b)", re.IGNORECASE)


def _threatened_partner_rows(sentence: str, mentions: list[ActorMention], context: _Context) -> list[Commitment]:
    extra: list[Commitment] = []
    for verb in _THREATENING_THEM.finditer(sentence):
        measure = _THREATENED_THEM.match(sentence, verb.end())
        if measure is None:
            continue
        before = [m for m in mentions if m.end <= verb.start() and m.actor.country]
        opening = [m for m in before if m.start <= _first_word_start(sentence) + 4]
        actor = opening[0].actor.country if opening else (
            context.speaker_country if _PRONOUN_OPENING.match(sentence) else None)
        partners = list(dict.fromkeys(m.actor.country for m in before if m.actor.country != actor))
        if actor is None or not partners:
            continue
        category = "sanctions" if measure.group("measure").lower() == "sanctions" else "tariff"
        for partner in partners:
            extra.append(Commitment(
                actor=actor, category=category, action="impose", subject=_subject_phrase(measure.group(0)),
                evidence=sentence, paragraph_index=0, char_start=0, char_end=0, counterparty=partner,
                products=[], status="threatened", conditional=False,
                confidence=_confidence(actor, True, category), article_id=context.article_id,
                extractor_version=EXTRACTOR_VERSION,
            ))
    return extra


# --- round 18, stance: demands on the other side's measure -----------------------------------------
# A party's stance toward a measure, read by its slots (who asks, whose measure, which change, which
# rate) whatever the verb: a demand that the other side change its own measure is that side's row,
# `proposed` (annotation guide, News set: "a negotiating demand ... is a row of the measure's owner"),
# toward the party that asks; conditional when the text names the price ("in return"); `rejected`
# when the demand is told as turned down. Three shapes: a change noun after a demand verb ("wants
# relief from", "presses Washington for the removal of", "its demand for an exemption from"), a party
# asked to act ("asked Washington to lift its 25% tariff"), a measure wanted changed ("which Beijing
# wants lowered"). Where the chain already read the demanded verb, its row is corrected, not doubled.
# (the guard: one demand word and one measure word, else the sentence pays two `in` loops and nothing more)
_STANCE_VERB_WORDS = ("want", "seek", "sought", "press", "push", "call", "lobb", "ask", "demand", "request", "bid", "appeal",
                      "plea", "urg", "argu", "campaign", "clamo")
_STANCE_MEASURE_WORDS = ("tariff", "dut", "levy", "levies", "rate", "quota", "ban", "controls", "sanction", "surcharge")
# (the duty nouns of the rate reader, _DUTY_NOUNS, plus a rate not of the economy, quotas, bans, controls, sanctions)
_MEASURE_NOUN = re.compile(r"\b(?:" + _DUTY_NOUNS + r"|(?<!exchange )(?<!interest )(?<!growth )rates?|"
                           r"quotas?|(?<!the )bans?|export\s+controls|sanctions)\b", re.IGNORECASE)
# (the party asked may stand between: "will press Washington for the removal of", "called on Brussels for")
_DEMAND_VERB = (r"(?:wants?|wanted|wanting|seek(?:s|ing)?|sought|(?:press|push|lobby|lobbie|ask|call|argue|campaign|clamou?r)"
                r"(?:es|ed|ing|s|d)?\s+(?:on\s+)?(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+)?for|"
                r"(?:demand|request|bid|appeal|plea)(?:s|ed|ing)?(?:\s+for)?)")
# "wants relief from the 19% rate", "keep pushing for its removal", "seeking an exemption from the steel tariff"
_DEMANDED_CHANGE = re.compile(
    r"\b" + _DEMAND_VERB + r"\s+(?:some\s+|further\s+|more\s+|greater\s+|full\s+|quick\s+|the\s+|an?\s+|its\s+|their\s+)*"
    r"(?P<change>relief|exemptions?|exclusions?|carve-?outs?|removal|elimination|lifting|scrapping|repeal|withdrawal|"
    r"roll-?back|cuts?|reductions?|lowering|easing|suspension|waiver)\b(?P<rest>[^;:.]{0,140})", re.IGNORECASE)
_DEMAND_REST_NP = re.compile(r"\s*(?:(?:from|of|in|on|to|for)\s+)?(?P<np>[^;:]{0,120}?" + _MEASURE_NOUN.pattern[2:] + ")"
                             r"(?P<tail>(?:\s+(?:on|of|for|against)\s+[^,;:]{0,60})?)", re.IGNORECASE)
# "asked Washington to lift its 25% tariff", "urged Tokyo to cut duties on U.S. rice", "wants the US to scrap"
_DEMAND_ON_PARTY = re.compile(
    r"\b(?:(?:wants?|wanted|asked|asks|asking|urged|urges|urging|pressed|presses|pressing|called\s+on|calls\s+on|"
    r"calling\s+on|pushed|pushing|pushes|demanded|demands)\s+)(?P<party>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}"
    r"(?:\s+(?:administration|government|authorities))?)\s+to\s+"
    r"(?:\w+ly\s+)?(?P<act>cut|lower|reduce|remove|scrap|lift|drop|eliminate|ease|exempt|roll\s+back|suspend|waive|"
    r"phase\s+out|do\s+away\s+with|abolish|end)\b(?P<rest>[^;:.]{0,140})")
# (round 19: its guard, now that official pages read it too: one of its verbs' stems, else one `in` loop)
_ASKED_TO_WORDS = ("want", "ask", "urg", "press", "call", "push", "demand")
# "Washington's tariffs on Chinese semiconductors, which Beijing wants lowered"
_WANTED_CHANGED = re.compile(
    r"\b(?:wants?|wanted|would\s+like)\s+(?P<np>[^;:]{0,80}?)?\s*(?P<act>lowered|reduced|cut|removed|scrapped|lifted|dropped|"
    r"eliminated|eased|rolled\s+back|waived|abolished)\b", re.IGNORECASE)
_DEMAND_REDUCE = ("relief", "cut", "reduc", "lower", "eas", "roll")
_PRICE_NAMED = re.compile(r"\bin\s+(?:return|exchange)\b|\bas\s+a\s+condition\b|\bprovided\s+that\b|\bif\s+", re.IGNORECASE)
_RATE_IN = re.compile(r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pct)", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|of|to|from|with|in|into|for|against|by|at|over|than)\s+(?:the\s+)?$", re.IGNORECASE)
_OWN_GOODS_PRONOUN = re.compile(r"\b(?:on|for|to)\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:exports|goods|products|steel|cars|shipments|sales)\b",
                                re.IGNORECASE)
_REFUSED_BEFORE = re.compile(r"\b(?:refus\w*|reject\w*|turn(?:s|ed|ing)?\s+down|rebuff\w*|spurn\w*|dismiss\w*|ruled?\s+out)\b"
                             r"[^;:.]{0,50}$", re.IGNORECASE)


_MODIFIER_BEFORE = re.compile(r"\b(?:more|less|cheaper|cheap|other|most|some|all|any|buy|buys|buying|bought|sell|sells|"
                             r"selling|sold|import|imports|importing|imported|export|exports|exporting|exported)\s+$",
                             re.IGNORECASE)
_COLLECTIVE_OPENING = re.compile(r"\s*(?:The\s+)?(?:bloc|government|ministry|officials|negotiators|authorities|minister|"
                                 r"commission|administration)\b", re.IGNORECASE)


def _stance_actor(sentence: str, before: int, mentions: list[ActorMention], context: _Context) -> str | None:
    """The party taking the stance: the last country named before the verb in its clause that is
    not the object of a preposition or the maker of goods ("Bangkok has offered to cut its tariffs
    on U.S. corn ..., but wants relief": Bangkok)."""
    found = None
    for mention in mentions:
        if mention.end > before or not mention.actor.country:
            continue
        if _PREPOSITION_BEFORE.search(sentence, max(0, mention.start - 14), mention.start) \
                or _MODIFIER_BEFORE.search(sentence, max(0, mention.start - 14), mention.start):
            continue  # "tariffs on U.S. corn", "to buy more U.S. corn": goods, not who asks
        if mention.form in ("adjective", "name") and _GOODS_AFTER.match(sentence, mention.end):
            continue
        found = mention.actor.country
    if found is None and _PRONOUN_OPENING.match(sentence):
        return context.speaker_country  # "He is also pressing for ...": the person the story names most
    if found is None and context.news_register and _COLLECTIVE_OPENING.match(sentence):
        return context.dateline_country  # "The bloc wants ...", "Officials are seeking ..." under a dateline
    return found


def _measure_slots(sentence: str, start: int, end: int, mentions: list[ActorMention], demander: str | None,
                   context: _Context, asked: str | None = None) -> tuple[str | None, str, float | None, str] | None:
    """(owner, category, rate, subject) of the measure the span names: the owner from a possessive or
    adjective ("the U.S. tariff", "Washington's duties"), "its" after a party asked to act, or the
    partner of the goods' country ("on Chinese semiconductors", "on its own exports")."""
    text = sentence[start:end]
    noun = _MEASURE_NOUN.search(text)
    if noun is None:
        return None
    head = noun.group(0).lower()
    category = ("sanctions" if head.startswith("sanction") else "export_control" if "export" in head
                else "import_restriction" if head.startswith("ban") else "tariff")
    rate = _RATE_IN.search(text)
    owner = _owner(sentence, (start, end), mentions)
    if owner is None:
        for mention in mentions:
            if start <= mention.start < start + noun.start() and mention.actor.country \
                    and mention.form in ("name", "adjective") and sentence.count(" ", mention.end, start + noun.start()) <= 2 \
                    and not _PREPOSITION_BEFORE.search(sentence, max(0, mention.start - 14), mention.start):
                owner = mention.actor.country  # "the U.S. steel tariff"
                text = sentence[mention.end:end]  # (the owner's name is no goods' origin in the subject)
    if owner is None and asked and re.search(r"\b(?:its|their)\s+(?:[\w%.-]+\s+){0,3}$", text[:noun.start()]):
        owner = asked  # "asked Washington to lift its 25% tariff"
    if owner is None:
        goods = _goods_origins(sentence, (start, end), mentions) or [
            m.actor.country for m in mentions if start <= m.start < end and m.form == "adjective" and m.actor.country]
        if not goods and demander and _OWN_GOODS_PRONOUN.search(text):
            goods = [demander]  # "relief from the 19% rate on its own exports"
        if goods:
            owner = _other_party(goods[0], context)
    if owner is None and demander:
        owner = _other_party(demander, context)
    return owner, category, float(rate.group("rate")) if rate else None, _subject_phrase(text.strip(" ,"))


def _referred_measure(sentence: str, before: int) -> tuple[int, int] | None:
    """The span of the last measure named before ``before`` ("the 40% duty ... pushing for its
    removal"): from its determiner to the noun and an "on X goods" after it."""
    last = None
    for last in _MEASURE_NOUN.finditer(sentence, 0, before):
        pass
    if last is None:
        return None
    opening = max(sentence.rfind(" the ", 0, last.start()), sentence.rfind(" its ", 0, last.start()),
                  sentence.rfind("'s ", 0, last.start()), sentence.rfind("’s ", 0, last.start()), last.start() - 40, 0)
    return opening, min(before, last.end() + 50)


def _stance_row(actor: str, counterparty: str | None, category: str, action: str, rate: float | None, subject: str,
                status: str, conditional: bool, sentence: str, context: _Context) -> Commitment:
    return Commitment(
        actor=actor, category=category, action=action, subject=subject, evidence=sentence, paragraph_index=0,
        char_start=0, char_end=0, counterparty=counterparty, products=hs_codes(subject),
        value_from=rate if category == "tariff" else None, unit="percent" if rate is not None and category == "tariff" else None,
        status=status, conditional=conditional, confidence=_confidence(actor, True, category),
        article_id=context.article_id, extractor_version=EXTRACTOR_VERSION,
    )


def _demand_rows(sentence: str, rows: list[Commitment], mentions: list[ActorMention], context: _Context) -> list[Commitment]:
    """Rows for demands that the other side change its own measure (module comment above)."""
    found: list[tuple[int, str | None, str | None, str, float | None, str, str]] = []
    for match in _DEMANDED_CHANGE.finditer(sentence):
        demander = _stance_actor(sentence, match.start(), mentions, context)
        change = match.group("change").lower()
        rest = match.start("rest")
        np = _DEMAND_REST_NP.match(sentence, rest)
        if np is not None and np.start("np") - rest <= 30:
            span = (np.start("np"), np.end("tail") if np.group("tail") else np.end("np"))
        elif re.match(r"\s*(?:its|their)\s", sentence[match.start("change") - 6:match.start("change")]) or \
                re.search(r"\b(?:its|their)\s+$", sentence[match.start():match.start("change")]):
            span = _referred_measure(sentence, match.start())  # "keep pushing for its removal"
        else:
            span = None
        if span is None:
            continue
        slots = _measure_slots(sentence, span[0], span[1], mentions, demander, context)
        if slots is None:
            continue
        action = "reduce" if change.startswith(_DEMAND_REDUCE) else "suspend" if change.startswith("suspen") else "remove"
        found.append((match.start(), demander, *slots, action))
    # (a party urged to act, in a story or an official text (round 19: the guide's demand rule is read on
    # official pages too, as India's request that the United States lower tariffs))
    for match in _DEMAND_ON_PARTY.finditer(sentence) if holds_one_of(_ASKED_TO_WORDS, sentence) else ():
        asked = next((m.actor.country for m in mentions if match.start("party") <= m.start < match.end("party")
                      and m.actor.country), None)
        if asked is None:
            continue
        demander = _stance_actor(sentence, match.start(), mentions, context)
        slots = _measure_slots(sentence, match.start("rest"), match.end("rest"), mentions, demander, context, asked=asked)
        if slots is None or _MEASURE_NOUN.search(match.group("rest")).start() > 60:
            continue
        act = match.group("act").lower()
        action = "reduce" if act.startswith(_DEMAND_REDUCE) else "suspend" if act == "suspend" else "remove"
        found.append((match.start(), demander, *slots, action))
    if "ant" in sentence or "ould like" in sentence:
        for match in _WANTED_CHANGED.finditer(sentence):
            demander = _stance_actor(sentence, match.start(), mentions, context)
            np_text = match.group("np") or ""
            if np_text and _MEASURE_NOUN.search(np_text):
                span = (match.start("np"), match.end("np"))
            elif not np_text.strip() or re.fullmatch(r"\s*(?:it|them)\s*", np_text):
                span = _referred_measure(sentence, match.start())  # "tariffs on X, which Beijing wants lowered"
            else:
                continue
            if span is None:
                continue
            slots = _measure_slots(sentence, span[0], span[1], mentions, demander, context)
            if slots is None:
                continue
            act = match.group("act").lower()
            action = "reduce" if act.startswith(_DEMAND_REDUCE) else "remove"
            found.append((match.start(), demander, *slots, action))
    extra: list[Commitment] = []
    for at, demander, owner, category, rate, subject, action in found:
        if demander is None and owner is not None:
            # "pressing for an exemption for Vietnamese shrimp from the duties": the goods' country asks
            demander = next((m.actor.country for m in find_actor_mentions(subject, context.on)
                             if m.form == "adjective" and m.actor.country and m.actor.country != owner), None)
        if owner is None or owner == demander or demander is None:
            continue
        refused = _REFUSED_BEFORE.search(sentence, max(0, at - 60), at)
        status = "rejected" if refused else "proposed"
        same = [r for r in rows + extra if r.category == category and r.action == action]
        if any(r.actor == owner for r in same):
            for row in same:  # the chain read the demanded verb already: the owner's, on the table, toward the asker
                if row.actor == owner and row.status not in ("proposed", "rejected"):
                    row.status = status
                if row.actor == owner:
                    row.counterparty = demander
            continue
        asker_read = [r for r in same if r.actor == demander and _words_shared(r.subject, subject)]
        if asker_read:
            for row in asker_read:  # the chain read the demanded verb as the asker's: the owner's, on the table
                row.actor, row.counterparty, row.status = owner, demander, status
            continue
        conditional = bool(_PRICE_NAMED.search(sentence, at))
        extra.append(_stance_row(owner, demander, category, action, rate, subject, status, conditional, sentence, context))
    return extra


def _stance_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    """The sentence's rows with its demands read (rows the chain gave corrected in place)."""
    if not holds_one_of(_STANCE_MEASURE_WORDS, sentence):
        return rows
    extra = _demand_rows(sentence, rows, find_actor_mentions(sentence, context.on), context)
    return rows + extra if extra else rows


def _words_shared(first: str | None, second: str | None) -> bool:
    """Whether two subjects share a word of four letters or more (the same measure told)."""
    words = {w for w in re.findall(r"[a-z]{4,}", (first or "").lower())}
    return any(w in words for w in re.findall(r"[a-z]{4,}", (second or "").lower()))


_DAY_NUMBER = re.compile(r"\b\d{1,2}\b")


def _past_day(text: str, on: date | None) -> date | None:
    """The day a past measure took effect, when the text gives one ("on Sept. 1"; "in
    September" gives none): a date read as the next one after publication is last year's."""
    for mention in read_time(text, on).dates:
        if not _DAY_NUMBER.search(text[mention.start:mention.end]):
            continue
        day = mention.value
        if on is not None and day > on:
            try:
                day = day.replace(year=day.year - 1)
            except ValueError:
                return None
        return day
    return None


# the order's signer and a partner as one subject: "I participated in a call with President X of
# Brazil, during which we agreed", "I met with the Prime Minister of Y, and we", "President X and I"
_SIGNER_AND_PARTNER = re.compile(
    r"\bI\s+(?:[\w’'-]+\s+){0,6}?with\s+(?P<partner>[^;:]{3,120}?)(?:,\s+|\s+and\s+)(?:[\w’'-]+\s+){0,3}?we\s+(?:[\w’'-]+\s+){0,2}$"
    r"|(?:^|[,;]\s+)(?P<other>[^;:,.]{3,80}?)\s+and\s+I\s+(?:[\w’'-]+\s+){0,2}$")


def _subject_actors(sentence: str, region: tuple[int, int], mentions: list[ActorMention],
                    context: _Context) -> list[str]:
    """Parties named as the subject in ``region`` ("The United States and China will")."""
    # Speed: a sentence's rules ask about the same subject region again and again (417 calls,
    # 272 distinct per sample pass). The answer is kept within the article for the sentence and
    # region, and given again only for the same mentions list and context objects (held in the
    # memo, so their ids cannot be reused by others).
    table = getattr(_ARTICLE_MEMO, "table", None)
    if table is None:
        return _read_subject_actors(sentence, region, mentions, context)
    key = (_read_subject_actors, sentence, region)
    kept = table.get(key)
    if kept is not None and kept[0] is mentions and kept[1] is context:
        found = kept[2]
        return found if found is context.signatories else found[:]
    found = _read_subject_actors(sentence, region, mentions, context)
    table[key] = (mentions, context, found if found is context.signatories else found[:])
    return found


def _read_subject_actors(sentence: str, region: tuple[int, int], mentions: list[ActorMention],
                         context: _Context) -> list[str]:
    start, end = region
    if "includ" in sentence and _EXAMPLES_BY_TAIL.search(sentence, start, end) \
            and not _DIRECTED_LEAD.search(sentence, start, end):
        # (round 12) "address barriers that hold back U.S. exports, including by accepting ...": the
        # lead's object is not the means' subject; the means are the lead's party's (the one
        # before its modal when the region holds it: "X will continue to advance ..., including by")
        pledge = _PLEDGED_LEAD.search(sentence, start, end)
        if pledge is None:
            return []
        end = pledge.start()
    opener = _PARTICIPLE_OPENER.match(sentence, start, end) or _FRONTED_PARTNERS.match(sentence, start, end) \
        or (_CONDITION_OPENING.match(sentence, start, end) if context.order_text else None)
    if opener is None and ("f " in sentence or "hould " in sentence or "nless " in sentence or "event" in sentence) \
            and (condition := _CONDITION_OPENING.match(sentence, start, end)) \
            and any(condition.end() <= m.start and m.end <= end and m.actor.country for m in mentions):
        # (round 15) "Should Norway fail to carry out its obligations, the United States may reinstate
        # the duty", "If Kenya keeps its ban, Washington will ...": the party the condition names is
        # not the subject of the main clause, when that clause names its own
        opener = condition
    if opener:
        # (round 12, orders: "If Peru does not sign the agreement, the additional duty shall resume":
        # the partner the condition names does not levy the duty)
        # "Understanding the UK will meet these requirements, the US will": the US acts; "For El
        # Salvador and Guatemala, the United States will remove ...": the partners are not subjects
        start = opener.end()
    text = sentence[start:end]
    if context.order_text and context.in_force_by and ("we " in text or " and I " in text):
        pair = _SIGNER_AND_PARTNER.search(sentence, 0, end)
        side = ("partner" if pair.group("partner") is not None else "other") if pair else None
        named = [m.actor.country for m in mentions if pair and pair.start(side) <= m.start
                 and m.end <= pair.end(side) and m.actor.country not in (None, context.in_force_by)]
        if named:
            # "I spoke with President X of Brazil, and we agreed to ...", "President X and I agreed
            # to ...": in an order's text the signer and the partner the sentence names act together
            return [context.in_force_by, named[0]]
    example = _EXAMPLE_SUBJECT.match(text) if "ountries" in text or "artners" in text else None
    if example:
        listed = [m for m in mentions if start + example.end() <= m.start and m.end <= end and m.actor.country]
        if len(listed) >= 2 and _names_only(sentence, start + example.end(), end, mentions):
            return list(dict.fromkeys(m.actor.country for m in listed))
    absolute = _WITH_SUBJECT.search(text)
    if absolute:
        # "..., with Beijing set to speed up approvals": the absolute phrase names who acts
        named = [m.actor.country for m in mentions
                 if start + absolute.start(1) <= m.start and m.end <= start + absolute.end(1) and m.actor.country]
        if named:
            return list(dict.fromkeys(named))
    agreed_with = _AGREEMENT_WITH.search(text) if "with" in text else None
    if agreed_with and HOME_EXPORTER in context.parties:
        # "reached an agreement with China to reduce ...", "a joint agreement with China to
        # reduce reciprocal tariffs": the deal's two sides act (an owner in the object, "China's
        # tariffs", still picks one of them)
        named = [m.actor.country for m in mentions if start + agreed_with.start(1) <= m.start
                 and m.end <= start + agreed_with.end(1) and m.actor.country not in (None, HOME_EXPORTER)]
        if named:
            return list(dict.fromkeys([HOME_EXPORTER] + named))
    if "articipants" in text and _PARTICIPANTS.search(text):
        # "The Participants intend to ...": every signatory the title names (three in the
        # US-Switzerland-Liechtenstein statement, guide rule 9), else the two main parties
        return context.signatories if len(context.signatories) >= 2 else context.parties[:2]
    referred = _PARTNERS_REFERRED_BACK.search(text) if "ountries" in text or "artners" in text else None
    if referred and (referred.start() == 0 or _REFERRED_SUBJECT_LEAD.search(text, 0, referred.start())):
        # (round 13) "Deals with four Latin American countries ... by eliminating tariffs", "These
        # countries will lower ...": the partners the document named before act
        named = _partners_referred_back(referred, context)
        if named:
            return named
    if "three" in text and _THREE_PARTIES.search(text) and len(context.parties) >= 3:
        # (round 15) "The three countries will begin talks", "all three governments": the page's three parties
        return context.signatories if len(context.signatories) == 3 else context.parties[:3]
    if _BOTH_PARTIES.search(text) or ("Party" in text and _ANY_TREATY_PARTY.search(text)):
        return context.parties[:2]
    if holds_one_of(_STATE_COMPANY_HINTS, text) and _NATIONAL_CARRIER.search(text) and HOME_EXPORTER in context.parties:
        # "the national airline intends to buy ...": in a deal with the United States, the partner's
        # own flag carrier (a U.S. one would be named)
        partner = next((code for code in context.parties[:2] if code != HOME_EXPORTER), None)
        if partner:
            return [partner]
    agent = _PLEDGE_BY.search(text)
    if agent:
        # "historic commitments by the UAE to further align ...": the pledge's agent acts
        named = [m.actor.country for m in mentions if start + agent.start(1) <= m.start
                 and m.end <= start + agent.end(1) and m.actor.country]
        if named:
            return list(dict.fromkeys(named))
    if context.in_force_by and (_HE_AFTER_COMMA.search(text) or ("President" in text and _THE_PRESIDENT.search(text))):
        # "Accordingly, to address the emergency stemming from Russia's actions, he is imposing a
        # 25% tariff": in a signed order's fact sheet "he" is the signing President
        return [context.in_force_by]
    if _first_person(text) and (context.in_force_by or context.parties):
        # "I imposed", "my Administration will": the document's own government, the one an
        # order's "By the authority vested in me ... of the United States" names when it does
        return [context.in_force_by] if context.in_force_by else context.parties[:1]
    codes: list[str] = []
    object_end = -1  # where the last name read as a preposition's object ends
    for mention in mentions:
        if not (start <= mention.start and mention.end <= end) or not mention.actor.country:
            continue
        if mention.form in ("adjective", "demonym") and not _company_of(sentence, mention) \
                and not _people_as_party(sentence, mention):
            continue
        if object_end >= 0 and _NAME_LIST_JOINT.fullmatch(sentence, object_end, mention.start):
            object_end = mention.end  # "(including articles of Hong Kong and Macau)": the list goes on
            continue
        if _OWNED_PLEDGE.match(sentence, mention.end, end):
            # "in recognition of India's commitment to stop purchasing": the pledge's owner acts
            if mention.actor.country not in codes:
                codes.append(mention.actor.country)
            continue
        if _OBJECT_PREPOSITIONS.search(sentence[max(0, mention.start - 12):mention.start]) \
                and not _body_of_subject(sentence, start, mention):
            object_end = mention.end
            continue
        if _GIVING_VERB.search(sentence[max(0, mention.start - 12):mention.start]):
            continue  # "Trump gave Mexico 90 more days": the receiver of a giving verb, not its subject
        if mention.start < 3 and sentence[mention.start:mention.end].isupper() \
                and _DATELINE_TAIL.match(sentence, mention.end):
            # (round 23) "WASHINGTON - Angola's national airline will buy ...": the place a story is
            # filed from opens the sentence but is no subject of its verb
            continue
        if _POSSESSIVE_S.match(sentence[mention.end:mention.end + 3]) and not re.match(
            # "Saudi Arabia's $600-billion commitment to invest": the owner of a pledge makes it
            r"\s*(?:'s|’s)\s+(?:[\w$.-]+\s+){0,3}?(?:pledge|promise|commitment|plan|offer|decision|agreement)\b",
            sentence[mention.end:mention.end + 40],
        ) and not _OWN_GOVERNMENT_BODY.match(sentence, mention.end, min(len(sentence), mention.end + 60)) \
                and not _OWN_BUYER.match(sentence, mention.end, min(len(sentence), mention.end + 50)):
            continue  # "China's tariffs": an owner, read separately
        if mention.actor.country not in codes:
            codes.append(mention.actor.country)
    if len(codes) > 1 and not re.search(r"\band\b|&|,", text):
        return codes[-1:]
    return codes


# (round 23) a dateline's tail after its place ("WASHINGTON - ", "LUANDA, May 4 (Reuters) -")
_DATELINE_TAIL = re.compile(r"(?:,\s+[A-Z][\w.'’-]+)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                            r"\s*(?:\([A-Za-z .-]{1,30}\))?\s*(?:-{1,2}|–|—)\s")
# the companies that buy and invest for a country, named by their role (both readers below)
_COMPANY_NOUNS = (r"(?:airlines?|carriers?|compan(?:y|ies)|firms?|refiners?|traders?|buyers?|importers?|utilit(?:y|ies)|"
                  r"corporations?|producers?|groups?|conglomerates?|giants?|funds?|enterprises?)")
# (round 23) "Angola's national airline", "Kenya's state refiner", "China's state firms": a country's
# own companies, named with the possessive, buy and invest for it (as "Japanese companies" do)
_OWN_BUYER = re.compile(
    r"(?:'s|’s)\s+(?:(?:national|flag|state(?:-owned|-run)?|largest|biggest|main|leading|top|own|[A-Z][\w-]*)\s+){0,3}"
    r"(?:(?:wealth|sovereign|pension)\s+)?" + _COMPANY_NOUNS + r"\b")
# (round 12) "the national airline", "its state-owned carrier", "the flag carrier": a partner's airline
# named by its role, not its name
# (round 22) any state company named by its role, with or without its article and with its trade before
# the noun: "State energy company SOCAR said it would invest", "state refiner X agreed to take", "State
# carrier X will order", "the state-owned oil firm": a government's company buys or invests for its
# country (guide: state companies), the partner in a deal with the United States
_NATIONAL_CARRIER = re.compile(r"(?:\b(?:the|its)\s+|^\W*|,\s+)(?:national|flag|state-owned|state-run|state|national\s+flag)\s+"
                               r"(?:(?:oil|gas|energy|grain|power|petroleum|shipping|steel|mining|investment|holding|trading|food|"
                               r"chemicals?|aircraft|defen[cs]e|arms|railway|nuclear|LNG|wheat|coal)\s+){0,2}"
                               + _COMPANY_NOUNS + r"\b", re.IGNORECASE)
_STATE_COMPANY_HINTS = ("airline", "carrier", "tate", "lag", "ational")
_EXAMPLES_BY_TAIL = re.compile(r",\s+including\s+(?:by|through)\s+$")


# Round 12: an order or proclamation named as the subject of its measure ("The same order exempted
# X from the duty", "That proclamation raised the duty on Y", "Executive Order 14300 suspended ...")
_ORDER_AS_SUBJECT = re.compile(r"\W*(?:(?:the\s+same|that|this|the|my)\s+)?(?:executive\s+)?(?:order|proclamation)(?:\s+\d+)?"
                               r"(?:\s+of\s+\w+\s+\d{1,2},\s+\d{4})?\s+(?:also\s+)?", re.IGNORECASE)
# Round 12: the names a preposition's object lists ("goods of Canada and Mexico") are all objects
_NAME_LIST_JOINT = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?")
# "China's commerce ministry said it would ...", "Japan's government will ...": a country's own
# government body, named with the possessive, acts for that country
_OWN_GOVERNMENT_BODY = re.compile(
    r"(?:'s|’s)\s+(?:(?:[A-Z][\w-]*|commerce|trade|finance|economy|foreign|industry|agriculture|customs)\s+){0,4}?"
    r"(?:[Mm]inistry|[Gg]overnment|[Cc]abinet|[Cc]ustoms\s+(?:agency|administration|authority)|[Tt]ariff\s+[Cc]ommission|"
    # (round 14) "Mexico's Senate approved tariffs of up to 50%": a country's legislature acts for it
    r"[Ss]enate|Congress|[Pp]arliament|[Ll]ower\s+house|[Uu]pper\s+house|National\s+Assembly|Diet|[Ll]egislature|[Ll]awmakers|"
    r"State\s+Council|[Mm]inistry\s+of\s+[A-Z][\w,]*(?:\s+(?:and\s+)?[A-Z][\w,]*){0,4})\b")


# "The Ministry of Industry and Mineral Resources in the Kingdom of Saudi Arabia and the
# Department of Energy of the United States of America have signed": a body of a country
# acts for it, though its name follows "of"/"in"
_GOVERNMENT_BODY_OF = re.compile(
    r"\b(?:Ministry|Department|Agency|Government|Secretary|Minister)\b(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w,]*(?:\s+(?:and\s+)?[A-Z][\w,]*){0,4})?"
    r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:Kingdom|State|Republic|Sultanate)\s+of\s+)?$")


def _body_of_subject(sentence: str, start: int, mention: ActorMention) -> bool:
    """Whether the mention ends a government body that opens the subject ("The Ministry
    of Energy of the Kingdom of Saudi Arabia and the Department of ... have signed")."""
    body = _GOVERNMENT_BODY_OF.search(sentence, max(start, mention.start - 70), mention.start) \
        or _ENVOYS_OF.search(sentence, max(start, mention.start - 40), mention.start)
    return body is not None and _SUBJECT_LEAD.fullmatch(sentence, start, body.start()) is not None


# (round 14) "Officials from the United States, Mexico and Canada will launch talks", "Negotiators
# of Japan and the EU will meet": the people sent by the parties act for them
_ENVOYS_OF = re.compile(r"\b(?:[Oo]fficials|[Nn]egotiators|[Dd]elegations|[Dd]elegates|[Rr]epresentatives|[Ee]nvoys|"
                        r"[Mm]inisters|[Tt]rade\s+(?:ministers|officials|negotiators)|[Tt]eams)\s+(?:from|of)\s+(?:the\s+)?$")


# (round 14: "The current Government of Colombia has halted ...": a body named with its tenure)
# ((round 24) also after a fronted time adverbial: "(c) Since that order, the Government of Madagascar has agreed to")
_SUBJECT_LEAD = re.compile(r"\W*(?:(?:Since|After|In|On|By|Following)\s+[^,;]{2,40},\s+)?"
                           r"(?:the\s+|The\s+)?(?:(?:current|present|new|incoming|interim|transitional)\s+)?(?:U\.S\.\s+)?"
                           r"|.*\s(?:and|&)\s+(?:the\s+)?(?:U\.S\.\s+)?", re.DOTALL)


# ("secured commitments from Qatar to invest $1.2 trillion": the pledge's source acts, not who secured it)
_PLEDGE_BY = re.compile(r"\b(?:commitments?|pledges?|undertakings?)\s+(?:by|from)\s+([^,;]{1,40}?)\s+to\s+(?:\w+ly\s+|further\s+)?$")


# A treaty sentence's participial opener ("Understanding X will ...,", "Recognizing that ...,")
# or fronted reason ("Given X's commitment to ...,", "In light of X's steps ...,"): the parties
# it names are not the subject of the main verb.
_PARTICIPLE_OPENER = re.compile(
    r"\W*(?:Understanding|Recogni[sz]ing|Noting|Taking note|Acknowledging|Considering|Mindful|Provided(?: that)?"
    r"|Given|In (?:light|view|recognition) of)\b[^,;]{0,200},\s+"
    # (round 23) a fronted source ("According to a White House fact sheet, which Beijing did not
    # confirm, China will buy ..."): who tells it, and a relative clause on the source, are no subject
    r"|\W*(?:According to|As (?:reported|announced|stated) by|Citing)\s[^,;]{1,120},\s+(?:(?:which|who)\s[^,;]{1,80},\s+)?"
)
# "For El Salvador and Guatemala, ...": a fronted phrase naming whom the clause's measure is for
_FRONTED_PARTNERS = re.compile(r"\W*For\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}){0,6},\s+(?=(?:the\s+)?[A-Z])")
# Two or more partners named in the possessive, listed ("Mexico's, Canada's, and China's")
_POSSESSIVE_PARTNERS = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s(?:(?:,\s+|,?\s+(?:and|or)\s+|,\s+(?:and|or)\s+)"
                                  r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\b)+")
_AGREEMENT_WITH = re.compile(r"\b(?:agreement|deal|arrangement|accord)\s+with\s+([^,;]{1,40}?)\s+to\s+(?:\w+ly\s+)?$")
_WITH_SUBJECT = re.compile(r"\bwith\s+([^,;]{1,40}?)\s+(?:set|expected|poised|due|ready|likely|agreeing|pledging)\s+to\s+$")


# "announced Saudi Arabia's $600-billion commitment to invest": the owner of the pledge
# makes it, though its name opens the previous verb's object
_OWNED_PLEDGE = re.compile(r"(?:'s|’s)\s+(?:[\w$.,-]+\s+){0,4}?(?:commitments?|pledges?|promises?|plans?|offers?)\s+to\s+$")


def _names_open_region(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> bool:
    """Whether the region's party names sit right after the previous verb (its object:
    "recognize U.S. standards and lift", "provide President Trump $550 billion to invest")."""
    start, end = region
    inside = [m for m in mentions if start <= m.start and m.end <= end and m.actor.country]
    return bool(inside) and all(len(sentence[start:m.start].split()) <= 2 for m in inside)


def _serial_subject(sentence: str, end: int, mentions: list[ActorMention]) -> bool:
    """Whether everything before ``end`` is a list of parties ("A, B, and C will"),
    so that its ", and" joins subjects rather than clauses."""
    named = [m for m in mentions if m.end <= end and m.actor.country]
    if len(named) < 3 or "," not in sentence[:end]:
        return False
    rest, last = [], _after_fronted_phrase(sentence, 0, named[0].start)
    for mention in named:
        rest.append(sentence[last:mention.start])
        last = mention.end
    rest.append(sentence[last:end])
    words = re.findall(r"[A-Za-z][\w'’-]*", " ".join(rest))
    return all(_bare_word(w) in _SUBJECT_FILLER or w.lower().endswith("ly") for w in words)


# Words that can sit in a subject region without naming another subject.
_EXAMPLE_LEAD = re.compile(r"\s*(?:including|such as)(?:\s+(?:by|through|via))?(?:\s+\w+ly)?\s*")
# a party's own pledge leads the examples; talks ("cooperate on ensuring ..., including by
# addressing ...") and what an order is for ("to boost mining, including by ...") do not
# "The Order directs DHS to enhance the seizure of ..., including by reducing ...": the examples
# of a directed measure are the directive's (round 7 sanctions: customs enforcement order)
_DIRECTED_LEAD = re.compile(r"\b(?:directs|directed|instructs|instructed|tasks|tasked)\s+[^,;]{1,80}?\s+to\s+[a-z]+\b")
_PLEDGED_LEAD = re.compile(r"\b(?:will|shall|commits?|committed)\s+(?:to\s+)?+(?!cooperat|consult|discuss|negotiat|work together)\w+")
# an order's recital of what its signer did: "I declared ... and took actions to deal with those threats"
_SIGNER_ACTED = re.compile(r"(?:^|[\s,;])I\s+(?:\w+\s+){0,2}?(?:declared|took|imposed|ordered|determined|found|issued|signed)\b")
_SUBJECT_FILLER = frozenset(
    """the a an and or also will would shall should must may might can could to has have had is are
    was were be been being each both jointly now then further today since in addition additionally under through via
    this that these those which who it its their they we i he she our my not never still already
    further fully immediately agreed agrees agree committed commits commit plans plan intends intend
    intended decided decides expected expects pledged pledges promised promises continue continues
    continued also swiftly promptly instead as part of with respect where when by for on of at from
    side sides government governments administration parties party countries country nations bloc
    nation president secretary minister trump officials official will trading partners partner
    includes include working seeking continuing striving endeavoring endeavouring aiming well work
    consider considers considering going""".split()
    # (round 12) the reporting clause before reported speech ("He said the country would cut ...",
    # "she told reporters the government will scrap ..."): the subject is the reported one
    + """said says told tells reporters added adds stated states noted notes confirmed confirms insisted
    explained""".split()
) | frozenset(
    # instruments that act for the government issuing them ("The proclamation imposes a 25% tariff")
    """proclamation proclamations order orders executive memorandum memoranda rule regulation decree
    notice""".split()
) | frozenset(
    # a time phrase opening the clause with no comma ("Last year the President levied ...", "In
    # June the Administration imposed ..."): when, not who
    """last next earlier later year years week weeks month months spring summer fall autumn winter
    ago recently january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


# A title-case section title before a treaty enumeration ("Increasing Digital Trade (a)").
_SECTION_TITLE = re.compile(
    r"^\s*(?:[A-Z][\w’'-]*|and|of|on|for|the|to|in|with)(?:\s+(?:[A-Z][\w’'-]*|and|of|on|for|the|to|in|with)){1,9}\s+(?=\(\s*(?:[a-h]|[ivx]{1,4}|\d{1,2})\s*\)\s)"
)
# Round 12: an order's section title with its period, before the section's first lettered clause
# ("Negotiations. (a) The Trade Representative shall ...", "Goods of Ecuador. (a) Goods ... shall")
_DOTTED_SECTION_TITLE = re.compile(r"\W*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6}\.\s+(?=\(\s*(?:[a-h]|[ivx]{1,4}|\d{1,2})\s*\)\s)")
# (round 12) a short title-case topic label opening a bullet ("Rice: ", "Meat and Poultry: ")
_ITEM_TOPIC_LABEL = re.compile(
    r"\W*[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|of|on|for|the|to|in|with|a|an|U\.S\.)){0,5}:\s+")
_TITLE_LABEL = re.compile(
    r"^\W*[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|of|on|for|the|to|in|with|a|an|U\.S\.)){1,9}:\s")
# The object of a raising verb that is a quota on goods entering ("the U.S. tariff-rate quota for
# beef", "the TRQ", "its import quota"), not a tariff named before a quota ("the tariff above the quota")
_ENLARGED_QUOTA = re.compile(r"\s*(?:(?!(?:tariffs?|duty|duties|rates?|levy|levies)\s)[\w.’'-]+\s+){0,4}?"
                             r"(?:(?:tariff[- ]rate\s+|import\s+|in-quota\s+)?quotas?|TRQs?)\b", re.IGNORECASE)
# (a memorandum of cooperation, "MOC", is the same side deal as one of understanding)
_MEMORANDUM = re.compile(r"\b(?:memorand(?:um|a)s?(?: of (?:understanding|cooperation))?|MO[UC]s?)\b(?:\s*\(MO[UC]\))?", re.IGNORECASE)
# "an MOC to expand shipbuilding capacity by aligning investment, procurement ...": the means
# clause says how the memorandum's subject is pursued; it names no topic of its own
_MEANS_CLAUSE = re.compile(r",?\s+by\s+\w+ing\b", re.IGNORECASE)
# A memorandum the signer issues alone (a presidential directive, like an order), not one of
# understanding or cooperation with a partner: "signed a memorandum to safeguard American innovation"
# (Round 11: also one named by its title, "the America First Trade Policy Presidential Memorandum
# directing ...", "a Presidential Memorandum entitled “Reciprocal Trade,” that directed ...")
_DIRECTIVE_MEMORANDUM = re.compile(
    r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?:presidential\s+|national\s+security\s+(?:presidential\s+)?)?memorandum\s+"
    r"(?:\([A-Z]{2,6}\)\s+)?(?:entitled\s+[“\"][^”\"]{1,120}[”\"]\s*,?\s+)?(?:to|directing|ordering|that|which)\b", re.IGNORECASE)
_PEACE = re.compile(r"\bpeace\b", re.IGNORECASE)
# "The agreement requires Peru to remove ...": a term the deal binds a party to, not a demand
_DEAL_REQUIRES = re.compile(
    r"\b(?:agreement|deal|framework|arrangement|accord|treaty|pact|terms)s?\s+(?:\w+\s+){0,2}?"
    r"requir(?:e|es|ed)\s+(?P<bound>(?:[\w.’'-]+\s+){1,6}?)to\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _bound_by_the_deal(sentence: str, hit: _CueHit, mentions: list[ActorMention]) -> bool:
    """The verb is a term a deal "requires" a named party to carry out."""
    if "requir" not in sentence:
        return False
    found = _DEAL_REQUIRES.search(sentence, max(0, hit.start - 90), hit.start)
    return found is not None and any(
        found.start("bound") <= m.start < found.end("bound") for m in mentions if m.actor.country)


# Round 9 precision: "should" before the verb in its own clause gives advice or an opinion
# ("the United States should encourage U.S. firms to invest", "in my judgment, should not be
# subject to", "in their opinion, ... should no longer be subject to"), not a measure taken
# (gold-format convention 1); a sentence-initial "Should X ..." is a condition, kept apart
_ADVICE_BEFORE = re.compile(
    r"\bshould\s+(?!(?:it|they|he|she|we|the|any|a|an|such|this|that)\b)[^;:!?]{0,120}$")  # (the sentence is already split: a period here ends "U.S.")
# Round 10 precision: an emergency, crisis or threat "addressed" is the ground an order states for
# its measures ("to address the national emergency posed by the trade deficit", "to address,
# among other things, the public health crisis"); the measures are told by their own verbs
_GROUND_OBJECT = re.compile(
    r"[\s,]*(?:among\s+other\s+things,\s*)?(?:(?:the|a|an|this|that|these|those|our|its|their)\s+)?"
    r"(?:(?!(?:and|or)\b)[\w-]+\s+){0,3}?(?:emergenc(?:y|ies)|crisis|crises|threats?)\b", re.IGNORECASE)
_DEMAND_BEFORE = re.compile(
    r"\b(?:urged?|urges|urging|called on|calls on|calling on|pressed|presses|pressing|demanded|demands|asked|asks"
    # "forcing some car plants in Europe to halt production": a consequence for others, not a pledge
    r"|forc(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|caus(?:e|es|ed|ing)"
    # "any undertaking requiring U.S. persons to transfer technology": a demand the clause forbids
    r"|requir(?:e|es|ed|ing))\s+"
    r"(?:[\w.’'-]+\s+){1,10}?to\s+(?:\w+ly\s+)?(?:\w+\s+or\s+)?$",
    re.IGNORECASE,
)
# "keep pressing for lower tariffs": an effort kept up, not a measure kept
# ("keeps scoring great deals", "keep delivering wins": a record kept up, no measure)
# (round 14: trade kept up, "will be able to keep bringing in inputs without paying the new duties",
# "kept importing soybeans", is no measure kept)
_GERUND_OBJECT = re.compile(r"\s*(?:pressing|pushing|urging|calling|lobbying|seeking|asking|fighting|talking|arguing|scoring|winning|delivering|"
                            r"bringing|importing|exporting|shipping|sending|selling|producing|making|operating|using|running|growing|hiring)\b")
# "We are buying time": an idiom, not a purchase
_IDIOM_PURCHASE = re.compile(r"\s*(?:(?:some|more|extra|a little)\s+)?(?:time|breathing (?:room|space)|goodwill|peace)\b", re.IGNORECASE)
# criminal groups as the subject right before the verb ("cartels continue to ...")
_CRIMINAL_SUBJECT = re.compile(
    r"\b(?:traffick(?:ers|ing (?:organi[sz]ations|networks|groups))|cartels|smugglers|gangs|criminals|terrorists|hackers)"
    r"\s+(?:(?:will|would|can|could|also|still|often|continue to|continues to|have|has|had)\s+)*$", re.IGNORECASE)
# an economic figure as the subject of a passive cue ("the deficit was cut", "prices were lowered")
_STATISTIC_SUBJECT = re.compile(
    r"\b(?:deficits?|surplus(?:es)?|GDP|prices|inflation|unemployment|output|growth|wages|incomes?|emissions)(?:['’]s?)?"
    r"\s+(?:was|were|is|are|has been|have been|had been|will be|would be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a gerund after a preposition names how or on what, not a pledge ("by investing in ...",
# "focus on innovating and investing")
_MEANS_BEFORE = re.compile(r"\b(?:by|on|of|for|from)\s+(?:[\w-]+ing\s+(?:and|or)\s+)?$", re.IGNORECASE)
# what is spent or invested when it is time or effort ("spent the last few months testing",
# "invested too much time and energy", "spend a lot of time"): no money, no pledge
_SPENT_TIME = re.compile(
    r"\s*(?:(?:most|much|all|some|more|less|part|half|a lot|lots|plenty|too much|so much|the better part|a great deal)\s+(?:of\s+)?)?"
    r"(?:(?:the|a|an|his|her|their|my|our|your|its|this|that|every|each|last|next|past|first|few|many|several|long|"
    r"entire|whole|extra|painful|countless|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+){0,4}"
    r"(?:time|times|day|days|hours?|weeks?|months?|years?|nights?|evenings?|mornings?|afternoons?|weekends?|"
    r"summers?|winters?|minutes?|effort|efforts)\b", re.IGNORECASE)
_ANAPHORIC_OBJECT = re.compile(r"\s*(?:(?:one|a|two)[- ](?:third|half|quarter|fifth|portion|share|part)s?\s+of\s+)?(?:these|those|such)\s+(?:[\w-]+\s+)?(?:investments?|commitments?|purchases?|measures?|steps|efforts?|actions?)\b", re.IGNORECASE)
# "President Trump imposed these tariffs following an investigation": the tariffs stated before
_ANAPHORIC_TARIFFS = re.compile(r"\s*(?:these|those|such)\s+(?:[\w-]+\s+)?(?:tariffs|duties)\b", re.IGNORECASE)
_NON_TRADE = re.compile(
    r"\b(?:outer space|space exploration|Artemis|defen[cs]e (?:spending|cooperation|posture)|military exercises|"
    r"maritime security|maritime domain|deterrence|peace accords?|submarines?|denucleari[sz]ation|Nuclear Consultative Group|"
    # military force used ("authorized military strikes to stop lethal drugs"): no trade measure
    r"(?:military|air|missile|drone)\s?strikes|airstrikes|naval blockades?)\b",
    re.IGNORECASE,
)
_TAKE_NOTE = re.compile(r"\b(?:take|takes|took)\s+note\s+of\b")
_IMPORTANCE_OF = re.compile(r"\s*the\s+(?:[\w-]+\s+)?(?:importance|need|value|significance|benefits?)\s+(?:of|to|for)\b", re.IGNORECASE)
# (round 12: not the demonstrative before a measure, "will eliminate that tariff on certain goods")
_THAT_CLAUSE = re.compile(r"\s*that\b(?!\s+(?:tariff|duty|rate|levy|ban|quota|measure|restriction|requirement|exemption)\s+(?:on|for|of|in|to|at)\b)",
                          re.IGNORECASE)
_STILL_EXEMPT = re.compile(r"\s*(?:not\s+subject\s+to|exempt(?:ed)?\b)", re.IGNORECASE)
# Round 9 precision: how long or on what terms a measure told elsewhere stays ("These tariffs will
# remain in effect until such time as the President determines ...", "remains unchanged unless an
# antidumping order applies", "will remain subject to the duties ... until such time as those
# agreements are implemented"): its duration or scope, not a measure of its own (guide rule 3)
_KEPT_UNTIL_OR_UNLESS = re.compile(r"\b(?:until\s+such\s+(?:a\s+)?time|unless)\b", re.IGNORECASE)
_CONSUMERS_BEFORE = re.compile(
    r"\b(?:Americans|consumers|households|shoppers|families|motorists|drivers)\s+(?:\w+\s+)?$", re.IGNORECASE)
_AIM_OPENING = re.compile(r"^\W*To\s+$")
# A preamble item ("To remove barriers ... to operate, invest and trade; and", a treaty's recital
# "AIMING to ... by lowering tariffs;", "Recalling the ...;"): every verb in it is an aim or background
_PREAMBLE_ITEM = re.compile(r"^\W*(?:To|[A-Z]{3,}(?:ING|ED)|CONSCIOUS|MINDFUL|(?:Recall|Reflect|Recogniz|Recognis|Desir|Aim|Seek"
                            r"|Intend|Emphasiz|Reaffirm|Affirm|Acknowledg|Not)ing)\s[^;]*;(?:\s*(?:and|or))?\s*$")
_REQUEST_THAT = re.compile(r"\brequest(?:s|ed)?\s+that\s+[^;]*$", re.IGNORECASE)
_EFFORT_TOWARD = re.compile(r"\b(?:work(?:s|ing)? constructively\s+(?:in an effort\s+)?|in an effort\s+)to\s+$", re.IGNORECASE)
_PLEDGE_NOUN = re.compile(r"\b(?:commitments?|pledges?|undertakings?) to\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A verb done together: without a named subject its actors are the document's two parties.
_JOINTLY = re.compile(r"\b(?:jointly|together|mutually)\s+$", re.IGNORECASE)


# Round 11: an executive official named by office acts for the government ("The Secretary of
# Commerce shall establish ...", "the Trade Representative shall impose ...", "The Secretary of
# Homeland Security, in consultation with ..., shall ..."), as "The Secretary shall" already did
_EXECUTIVE_OFFICIAL = re.compile(
    r"\b(?:Secretary\s+of\s+(?:the\s+)?(?:State|Commerce|Treasury|Homeland\s+Security|Agriculture|Energy|Defense|War|Interior|"
    r"Labor|Transportation)|(?:United\s+States\s+|U\.S\.\s+)?Trade\s+Representative|Commissioner\s+of\s+(?:U\.S\.\s+)?Customs"
    r"\s+and\s+Border\s+Protection)\b(?:\s*\((?:the\s+)?(?:Secretary|Trade\s+Representative|USTR|CBP)\))?")


_ASIDE_BETWEEN_COMMAS = re.compile(r",\s*(?:for (?:its|their|his|her) part|in turn|in return|in exchange|meanwhile|"
                                   r"however|too|also|for its side|on its side|separately|likewise)\s*,$")


def _other_subject(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> bool:
    """Whether the clause has a subject that is not a party ("Steel imports decreased")."""
    start, end = region
    comma = sentence.rfind(",", start, end)
    if comma >= 0 and _COMMA_AND.match(sentence, comma) and _SERIAL_HEAD_AFTER.match(sentence, _COMMA_AND.match(sentence, comma).end(), end):
        serial = _SERIAL_ITEM_BEFORE.search(sentence, max(start, comma - 40), comma)
        if serial:
            # (round 14) "Polish companies in the energy, video game, and manufacturing sectors will
            # invest": the commas of a list of nouns inside the subject
            comma = sentence.rfind(",", start, serial.start())
    if comma >= 0 and "," in sentence[start:comma]:
        aside = _ASIDE_BETWEEN_COMMAS.search(sentence, start, comma + 1)
        if aside:
            # (round 15) "New Delhi, for its part, undertook to buy ...": the aside is no subject
            comma = sentence.rfind(",", start, aside.start())
    if comma >= 0:
        if "necessary" in sentence[comma:end] and _first_person(sentence, start, end):
            return False  # "I have determined, based on ..., that it is necessary to extend": the signer
        start = comma + 1  # the subject sits right before its verb
    text = sentence[start:end]
    if not text.strip() or _BOTH_PARTIES.search(text) or ("articipants" in text and _PARTICIPANTS.search(text)) or _first_person(text) \
            or ("three" in text and _THREE_PARTIES.search(text)):
        return False
    if "Party" in text and _ANY_TREATY_PARTY.search(text):
        return False  # "the other Party shall consider ...": a treaty party, whichever it is
    if "we " in text and _SIGNER_AND_PARTNER.search(sentence, 0, end):
        return False  # "I spoke with President X, during which we agreed": the signer and X
    if _PLEDGE_NOUN.search(text):
        return False  # "secure commitments to jointly address": the pledge names no other actor
    if holds_one_of(_STATE_COMPANY_HINTS, text) and _NATIONAL_CARRIER.search(text):
        return False  # (round 12) "the national airline intends to buy ...": the partner's flag carrier
    if _EXAMPLE_LEAD.fullmatch(text) and (_PLEDGED_LEAD.search(sentence, 0, start) or _DIRECTED_LEAD.search(sentence, 0, start)):
        return False  # "X will continue to advance its measures, including by ending ...": the examples are X's
    if _EXAMPLE_LEAD.fullmatch(text) and _SIGNER_ACTED.search(sentence, 0, start):
        return False  # "I declared emergencies and took actions ..., including by imposing duties": the signer's
    if any(start <= m.start and m.end <= end for m in mentions):
        return False
    if text.endswith(("and ", "and")) and _first_predicate_of_party(sentence, start, end, mentions):
        return False  # "the President declared a national emergency and imposed tariffs": the same subject's second verb
    if _INSTRUMENT_THEN_BY.match(text):
        return False  # "The Proclamation incentivizes production by offering ...": the order acts
    if _ORDER_AS_SUBJECT.fullmatch(text):
        return False  # (round 12) "The same order exempted citrus from the duty": the signer's instrument acts
    title = _DOTTED_SECTION_TITLE.match(text)
    if title:
        text = text[title.end():]  # (round 12) "Negotiations. (a) The Trade Representative shall ...": the section's title
    text = _ENUMERATION.sub(" ", text)  # "(b) increase the duty ...": a marker, not a subject
    if "Secretary" in text or "Representative" in text or "Commissioner" in text:
        text = _EXECUTIVE_OFFICIAL.sub(" ", text)  # (Round 11) "The Secretary of Commerce shall impose ...": the government acts
    if text.rstrip().endswith(" to") and sentence[:start].rstrip().endswith((";", ":")) \
            and _VERB_PHRASE_BEFORE_TO.match(text) and _VERB_PHRASE_BEFORE_TO.match(text).group(1) not in _DETERMINERS:
        return False  # (round 11) "...; amend its customs laws to remove ...": the list item's own verb, no subject
    if "ed to" in text:
        text = _DELEGATED_TO.sub(" ", text)  # (round 15) "The Secretary is authorized to modify ...": the official acts
    if "take " in text:
        text = _TAKE_MEASURES_TO.sub(" ", text)  # (round 12) ", and shall take measures to prevent ...": a light verb, no subject
    if "greement" in text or "ramework" in text:
        text = _UNDER_THIS_DEAL.sub(" ", text)  # (round 12) "and with this Agreement has committed not to ...": the deal is the means
    if "which" in text or "who" in text:
        # (round 22) "India, which under its trade agreement with the EFTA states is cutting ...": the relative
        # pronoun is the subject, the phrase after it an adverbial
        text = _RELATIVE_THEN_ADVERBIAL.sub(" ", text)
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    content = [w for w in words if _bare_word(w) not in _SUBJECT_FILLER and not w.lower().endswith("ly")]
    return bool(content) and not text.rstrip().endswith((",", ":", ";"))


_RELATIVE_THEN_ADVERBIAL = re.compile(r"^\s*(?:which|who)\s+(?:under|in|with|through|after|since|as\s+part\s+of)\s+[^,;:]{1,80}?"
                                      r"(?=\s+(?:is|are|was|were|has|have|had|will|would)\s*$)")


_PURPOSE_OPENING = re.compile(r"(?:^|\(\w{1,4}\)\s*|[.:]\s+)To\s+$")
_MAIN_CLAUSE_AFTER_PURPOSE = re.compile(r"[^;:]{1,200}?,\s+(?:the|I|we|each|both)\b[^,;]{0,80}?\b(?:shall|will|is|are|hereby|may)\b")
# (round 15) a condition that is a future event or a party's future choice, not a class of goods (guide rule 28)
_FUTURE_EVENT_CONDITION = re.compile(
    r"\b(?:[Ii]f|[Ii]n\s+the\s+event(?:\s+that)?|[Ss]hould)\s+(?:[\w().,-]+\s+){0,12}?(?:(?:is|are|be)\s+(?:later\s+)?"
    r"(?:terminated|suspended|revoked|rescinded|lifted|ended)|(?:decides?|chooses?|elects?)\s+to|expires?|lapses?|ends?)\b")
_AUTHORIZED_TO_BEFORE = re.compile(r"\b(?:is|are|be)\s+(?:hereby\s+|further\s+|also\s+)*authori[sz]ed\s+to\s+$")
_DELEGATED_TO = re.compile(r"\b(?:is|are|shall\s+be)\s+(?:hereby\s+|further\s+|also\s+)*(?:authori[sz]ed|directed|instructed|empowered)"
                           r"(?:\s+and\s+(?:authori[sz]ed|directed|instructed))?\s+to\s*$")
_TAKE_MEASURES_TO = re.compile(r"\btake\s+(?:(?:all|any|the|necessary|appropriate|effective|such|concrete|further|other)\s+)*(?:measures|steps|actions?)\s+to\s*$")
_UNDER_THIS_DEAL = re.compile(r"\b(?:with|under|through|in|by)\s+(?:this|the)\s+(?:Agreement|Framework|deal|agreement|framework)\b,?")


# Round 11 agreements: an item of a list of pledges (after ";" or ":") that opens with its own verb
# and an object and goes on with an infinitive ("; amending its customs laws to remove ...", "; revise its
# import rules to allow ...") has no subject of its own: the pledging party's
_VERB_PHRASE_BEFORE_TO = re.compile(r"\s*([a-z][\w-]*)\s+(?:(?:its|their|the|a|an|all|any|relevant)\s+)?(?:[\w-]+\s+){1,3}?to\s*$")


# "so the President declared an emergency and imposed tariffs", "Ottawa met the envoys and cut
# duties": a clause opener, a subject, a finite verb in the past, its object, then "and"
_PREDICATE_BEFORE_AND = re.compile(
    r"\s*(?:(?:[Ss]o|[Aa]nd|[Bb]ut|[Yy]et|[Tt]hen|[Ll]ater|[Aa]lso)\s+)?(?P<subject>(?:[\w.’'-]+\s+){1,4}?)"
    r"(?:[a-z]+ed|met|signed|made|took|held|struck|won|sent)\s[^,;:()]*\band\s*$")


def _first_predicate_of_party(sentence: str, start: int, end: int, mentions: list[ActorMention]) -> bool:
    """The region before a cue is the first of two predicates joined by "and", and that first
    predicate's subject is a party or a word standing for one ("the President", "Beijing"): the
    cue is the same subject's second verb, not a clause with some other subject."""
    match = _PREDICATE_BEFORE_AND.match(sentence, start, end)
    if match is None:
        return False
    subject_start, subject_end = match.span("subject")
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence[subject_start:subject_end])
             if _bare_word(w) not in _SUBJECT_FILLER]
    named = any(subject_start <= m.start and m.end <= subject_end for m in mentions)
    return not words or (named and all(
        any(m.start <= sentence.find(w, subject_start) < m.end for m in mentions) for w in words))


_OWN_CAPABILITY = re.compile(r"\s*(?:\w+ly\s+)?in\s+(?:its|their)\s+(?:own\s+)?", re.IGNORECASE)
_SPENT_WITH_HOME = re.compile(r"(?:US\$|\$)\s?\d[\d.,]*\s*(?:billion|million|trillion|bn)?\s+(?:in|with|from|on)\s+"
                              r"(?:U\.S\.|US|American)\s+(?:[\w-]+\s+)?(?:companies|firms|suppliers|manufacturers|"
                              r"contractors|equipment|systems)\b")
# "U.S. steel producers", "American automakers", "domestic chip companies": the home
# country's own firms (their plants at home are no trade pledge, guide rule 1)
_HOME_INVESTORS = re.compile(
    r"\b(?:U\.S\.|US|American|domestic)\s+(?:[\w-]+\s+){0,2}?(?:companies|producers|firms|manufacturers|makers|"
    r"automakers|steelmakers|chipmakers|businesses|industr(?:y|ies)|corporations|employers)\b")


def _invests_at_home(sentence: str, subject_text: str, object_region: tuple[int, int],
                     mentions: list[ActorMention]) -> bool:
    """Whether an investment is the home country's companies investing at home: the subject
    names them and the object names no other country to invest in."""
    if not _HOME_INVESTORS.search(subject_text[subject_text.rfind(",") + 1:]):
        return False
    start, end = object_region
    return not any(start <= m.start and m.end <= end and m.actor.country not in (None, HOME_EXPORTER)
                   for m in mentions)


def _company_subject(subject_text: str) -> list[str]:
    """A national company named as the subject ("Emirates Global Aluminum will invest")
    pledges for its country (convention 3)."""
    clause = subject_text[subject_text.rfind(",") + 1:]
    pattern = _lexicon().companies
    match = pattern.search(clause) if pattern is not None else None
    return [_lexicon().company_countries[match.group(0).lower()]] if match else []


# "Both the Chinese and the United States agreed", "the Japanese have committed", "the Americans
# will": a nationality used as a noun, its word followed by no noun, names the country's side
_PEOPLE_AFTER = re.compile(r"\s*(?:,|&|(?:and|or|have|has|had|will|would|are|were|agreed|also|can|could|must|should|"
                           r"did|each|both|themselves)\b)")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _people_as_party(sentence: str, mention: ActorMention) -> bool:
    return _THE_BEFORE.search(sentence, max(0, mention.start - 5), mention.start) is not None \
        and _PEOPLE_AFTER.match(sentence, mention.end) is not None


def _company_of(sentence: str, mention: ActorMention) -> bool:
    """'Japanese companies', 'Korean Air': companies pledge for their country; 'the Australian
    government', 'Saudi wealth funds': so do its government and state funds (round 14: one firm
    too, "a Peruvian airline", and the buyers of a trade, "Peruvian flour millers")."""
    after = sentence[mention.end:mention.end + 40]
    return (re.match(r"\s+(?:(?:and\s+)?[A-Z][\w.&-]*\s+){0,3}?(?:companies|company|enterprises|firms?|businesses|Air|Airlines|Airways|airlines?|carriers?|investors|buyers|importers?|refiners?|(?:flour\s+)?mill(?:er)?s|crushers|processors|traders|utilit(?:y|ies)|lawmakers|legislators|parliament|senators|automakers?|state-owned|governments?|authorities|(?:sovereign\s+)?(?:wealth|pension|superannuation)\s+funds?)\b", after) is not None
            or _NAMED_COMPANY.match(after) is not None or _COMPANY_BY_ORIGIN.match(after) is not None)


# How a company's country is written besides "Japanese companies": "Germany-based Siemens",
# "Dublin-based Eaton Corporation", "a Spain-based packaging maker", "one of the largest
# Japanese beverage makers", a country in the firm's own name ("Taiwan Semiconductor
# Manufacturing Company")
_COMPANY_BY_ORIGIN = re.compile(
    r"-based\s+(?:[A-Z]|(?:[\w-]+\s+){0,3}?(?:company|firm|maker|manufacturer|producer|group|giant|conglomerate)\b)"
    r"|\s+(?:(?!(?:of|in|to|for|by|from|and|with|on|at)\b)[a-z][\w-]*\s+){1,2}"
    r"(?:makers|manufacturers|producers|companies|firms|groups|conglomerates)\b"
    r"|\s+(?:[A-Z][\w.&-]*\s+){1,3}(?:Company|Corporation|Holdings|Group)\b")


# "Jordanian pharmaceutical manufacturer Hikma", "Peruvian mining firm Andes Cobre":
# one named company, described before its name
_NAMED_COMPANY = re.compile(
    r"\s+(?:(?!(?:by|of|from|to|for|with|and|in|on)\b)[A-Za-z][\w&-]*\s+){0,2}?"
    r"(?:company|firm|manufacturer|maker|drugmaker|carmaker|automaker|chipmaker|steelmaker|producer|"
    r"conglomerate|group|airline|carrier|refiner|shipbuilder|miner)\s+[A-Z]"
)


# "China's tariffs", "Chinese export controls": a measure right after a country's name (compiled
# once: _owner runs for every mention of every cue)
_OWNED_MEASURE_AFTER = re.compile(r"\s*(?:'s|’s)\s+(?:\w+[\s-]+){0,3}?(?:tariffs?|duties|duty|levies|ban|restrictions|curbs|controls|barriers|market|sanctions|embargo)")
# (round 12: the singular "the Philippine duty on U.S. pork", "the Philippine pork duty", "the Korean
# levy on U.S. rice"; not "duty-free")
_MEASURE_NAMED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:tariffs|tariff (?:measures|rates?|on)|duty\b(?![\s-]+(?:free|drawback|deferral))|levy\b|duties|levies|restrictions|curbs|export controls|sanctions|embargo)\b")


def _owner(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> str | None:
    """The country whose measure the region names by possessive ("China's tariffs")."""
    start, end = region
    for mention in mentions:
        if start <= mention.start and mention.end <= end and mention.actor.country:
            after = sentence[mention.end:mention.end + 60]
            if _OWNED_MEASURE_AFTER.match(after):
                return mention.actor.country
            if mention.form in ("adjective", "name") and _MEASURE_NAMED_AFTER.match(after) and not _OBJECT_PREPOSITIONS.search(sentence[max(0, mention.start - 12):mention.start]):
                return mention.actor.country  # "Mexican tariffs on American goods"
    return None


def _targets(sentence: str, region: tuple[int, int], mentions: list[ActorMention],
             goods_only: bool = False) -> list[str]:
    """Countries the region names as affected ("on Chinese goods", "Japanese cars");
    ``goods_only`` leaves out agencies and people ("agreements with the Department of Commerce")."""
    start, end = region
    codes: list[str] = []
    for mention in mentions:
        if goods_only and mention.form not in ("name", "adjective", "demonym"):
            continue
        if start <= mention.start and mention.end <= end and mention.actor.country:
            if mention.actor.country not in codes:
                codes.append(mention.actor.country)
    return codes


# "Swiss goods", "imports from China", "tariffs on Japan": the country whose goods a tariff hits.
# ("the American steel industry", "U.S. auto workers": a country's producers, not its goods)
_GOODS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:goods|products|exports|imports|cars|vehicles|autos|steel|items|articles|shipments)\b"
                          r"(?!\s+(?:and\s+[\w-]+\s+)?(?:industry|industries|producers|makers|workers|companies|sector|plants|mills)\b)")
# (round 15: "cars made in China", "equipment originating in Japan", "trucks assembled in Mexico"; not
# "goods that cannot be grown, mined, or naturally produced in the United States")
_ORIGIN_BEFORE = re.compile(r"(?:\b(?:goods|products|imports|exports|articles) (?:from|of)|\bon"
                            r"|(?<!be )\b(?:made|built|manufactured|assembled|originating)\s+in)\s+(?:the\s+)?$")


# a country's adjective or name before what it sells or sends ("Mexican trucks", "U.S. dairy
# farmers", "American beef"), not after a preposition that names a market ("in the United States")
_BENEFICIARY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?!markets?\b|sectors?\b)(?:[a-z]+s|beef|pork|poultry|rice|dairy)\b")
_MARKET_PREPOSITION = re.compile(r"\b(?:in|into|to|across|inside)\s+(?:the\s+)?$")


def _beneficiary_origin(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> str | None:
    """The country whose goods, firms or vehicles an access measure lets in: the first country
    named before what it sends in the object region."""
    start, end = region
    for mention in mentions:
        if start <= mention.start and mention.end <= end and mention.actor.country \
                and _BENEFICIARY_AFTER.match(sentence, mention.end) \
                and not _MARKET_PREPOSITION.search(sentence, max(0, mention.start - 12), mention.start):
            return mention.actor.country
    return None


def _payer_targets(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> list[str]:
    """Countries a payer's clause names as whose goods pay ("British steel will face"), not an
    agency it deals with or the market it builds in ("importers that have signed agreements with
    the Department of Commerce to build capacity in the United States will pay a 10% rate")."""
    return [code for code in _targets(sentence, region, [
        m for m in mentions if not _MARKET_PREPOSITION.search(sentence, max(0, m.start - 12), m.start)], goods_only=True)]


def _origin_targets(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> list[str]:
    start, end = region
    codes: list[str] = []
    for mention in mentions:
        if not (start <= mention.start and mention.end <= end) or not mention.actor.country:
            continue
        if _GOODS_AFTER.match(sentence, mention.end) or _ORIGIN_BEFORE.search(sentence[max(0, mention.start - 30):mention.start]):
            if mention.actor.country not in codes:
                codes.append(mention.actor.country)
    return codes


def _goods_origins(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> list[str]:
    """(round 14) Countries named as where the region's goods come from ("goods from Poland", "Polish
    exports"), by name or adjective only: not a person who levied ("imposed by President Trump on ...")."""
    start, end = region
    codes: list[str] = []
    for mention in mentions:
        if not (start <= mention.start and mention.end <= end) or not mention.actor.country \
                or mention.form not in ("name", "adjective", "demonym") or mention.actor.country in codes:
            continue
        if (mention.form != "name" and _GOODS_AFTER.match(sentence, mention.end)) \
                or _OWN_GOODS_AFTER.match(sentence, mention.end) \
                or _ORIGIN_BEFORE.search(sentence[max(0, mention.start - 30):mention.start]):
            codes.append(mention.actor.country)
    return codes


# "Poland's exports", "Peru's goods"
_OWN_GOODS_AFTER = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:goods|products|exports|imports|cars|vehicles|steel|shipments)\b")


def _other_party(party: str | None, context: _Context, exclude: list[str] | None = None) -> str | None:
    for code in context.parties:
        if code != party and (not exclude or code not in exclude):
            return code
    return None


def _object_categories(text: str) -> list[str]:
    lexicon = _lexicon()
    return [lexicon.object_categories[m.lastgroup] for m in _object_matches(text)]


# the negotiate-class forms of working jointly ("work together", "cooperate", "coordinate on",
# "expand cooperation on"), not of talking ("discuss", "consult", "hold talks")
_JOINT_WORK_FORM = re.compile(r"(?:\w+\s+)?(?:work|works|working|cooperat|coordinat|collaborat)", re.IGNORECASE)


# An object whose head noun is a restriction of no named kind ("animal health restrictions that
# are not justified", "new bans"): a restriction on imports, not the verb's default tariff
_RESTRICTION_HEAD = re.compile(r"\s*(?:(?:an?|the|its|their|new|further|strict|severe|unjustified|[\w-]+)\s+){0,3}?"
                               r"(?:restrictions|bans|prohibitions)\b", re.IGNORECASE)


# the last item of a comma list ("..., and towers will "), and an item before it ("..., hubs")
_LIST_LAST_ITEM = re.compile(r",\s+(?:(?:and|or)\s+(?:[\w-]+\s+){1,3}?|[\w-]+\s+(?:and|or)\s+(?:[\w-]+\s+){1,2}?)"
                             r"(?:(?:will|would|shall|to|also)\s+)*$")
_LIST_ITEM = re.compile(r",\s+(?:[\w-]+\s+){0,2}[\w-]+$")


def _subject_after_list(subject_text: str) -> str:
    """The clause before an intransitive verb from its last comma on, a comma list of goods
    kept whole ("The tariff on blades, hubs, and towers will"); "Shares of X, a carmaker, fell"
    still starts after the apposition."""
    last = _LIST_LAST_ITEM.search(subject_text)
    if last is None:
        return subject_text[subject_text.rfind(",") + 1:]
    cut = last.start()
    while (item := _LIST_ITEM.search(subject_text, 0, cut)) is not None:
        cut = item.start()
    return subject_text[subject_text.rfind(",", 0, cut) + 1:]


# Speed guard: _category reads objects past the head one only when the head's category is one
# of these (the object scan stops at the head otherwise). A rule added to it that looks past
# the head ("tariff" in matches, found[1]) under another head category must add that category
# here; tests/test_speed_r9.py checks the head tests (matches[0] == / in) it finds.
_HEADS_READ_ON = TOPICAL_CATEGORIES | {"diplomatic", "market_access"}


# (round 12) "transshipment ... for the purpose of evading duties", "transshipment aimed at evading
# U.S. tariffs": the tariff after the topic is what the offence escapes, not the measure
_EVADED_TARIFF = re.compile(r"\b(?:evad|evasion|circumvent|avoid)", re.IGNORECASE)


def _category(cue: Cue, object_text: str, subject_text: str | None = None) -> str:
    if cue.fixed:
        return cue.category
    lexicon = _lexicon()
    if subject_text:
        # "duties on Japanese cars would fall": the subject nearest the verb is the measure
        last = None
        for last in _object_matches(subject_text):
            pass
        if last is not None and not (cue.category == "tariff" and lexicon.object_categories[last.lastgroup] == "diplomatic"):
            return lexicon.object_categories[last.lastgroup]
        # (round 13: "Goods of Peru that qualify under the Agreement shall be subject to a tariff of
        # 10 percent": the agreement says which goods; the measure is the tariff cue's object)
    # the first category named in the object is its head ("the tariff ... imposed over fentanyl")
    kept = (m for m in _object_scan(object_text).matches() if not _LEGAL_REFERENCE.match(object_text, m.start()))
    head = next(kept, None)
    if head is None:
        if cue.category == "tariff" and _RESTRICTION_HEAD.match(object_text):
            return "import_restriction"  # "imposed animal health restrictions that ...": no levy named
        return cue.category
    category = lexicon.object_categories[head.lastgroup]
    if category not in _HEADS_READ_ON:
        return category  # (speed: the rules below look past the head only after these heads)
    found = [head, *kept]
    if len(found) > 1 and lexicon.object_categories[found[0].lastgroup] == "diplomatic" \
            and _AGREEMENT_ON.fullmatch(object_text, found[0].start(), found[1].start()):
        found = found[1:]  # "the WTO Agreement on Government Procurement": the agreement's subject is the measure
    matches = [lexicon.object_categories[m.lastgroup] for m in found]
    if not matches:
        return cue.category
    if matches[0] in TOPICAL_CATEGORIES and "tariff" in matches:
        tariff = found[matches.index("tariff")]
        # "the fentanyl tariff": the topic names the tariff, the tariff is the measure; not
        # "rules of origin that ... prevent using the arrangement to circumvent tariffs"
        if (matches[0] != "other" or tariff.start() - found[0].end() <= TOPIC_TO_TARIFF_CHARS) \
                and not _EVADED_TARIFF.search(object_text, found[0].end(), tariff.start()):
            return "tariff"
    if matches[0] == "diplomatic" and cue.action == "impose" and "tariff" in matches:
        return "tariff"  # "apply the higher of the Free Trade Agreement or MFN tariff rate": the agreement names the rate
    if matches[0] == "market_access":
        # "exempting U.S. exports from import licensing": the specific measure names the category
        specific = next((m for m in matches if m in SPECIFIC_OVER_ACCESS), None)
        if specific:
            return specific
    return matches[0]


# Opinions and uncertainty around a cue in news copy (convention 1; annotation guide, News set):
# "mixed signals about whether any of the levies will be removed", "said whether Trump will
# agree to remove tariffs depends on ..." (not "uncertain whether a tariff that X had planned
# to impose ...": the relative clause states the plan as a fact)
_WHETHER_CLAUSE = re.compile(r"\bwhether\s+(?:(?!\b(?:that|which)\b)[^;:])*$", re.IGNORECASE)
# "advisers would like to see China agree to ...", "China wants to buy soybeans": a wish, not a
# pledge; "Beijing wants Trump to eliminate ..." (a demand on a named party) is not matched
_WISH = re.compile(r"\b(?:would like to see|would like to|want(?:s|ed)? to see|hop(?:e|es|ed) to see|prefer(?:s|red)? to see"
                   r"|(?:needs?\s+and\s+)?wants?\s+to|wanted\s+to)\b", re.IGNORECASE)
_WISH_HINT = re.compile(r"\b(?:like|wants?|wanted|hope[sd]?|prefer(?:s|red)?)\b", re.IGNORECASE)
# "businesses support Mr. Trump's efforts to remove trade barriers": backing for an aim
_SUPPORTED_EFFORT = re.compile(
    r"\bsupport(?:s|ed|ing)?\s+(?:[\w.’'-]+\s+){0,4}?efforts?\s+to\s+(?:[^,;.]{0,80}?\s+and\s+)?$", re.IGNORECASE)
# "The Japanese yen strengthened 0.13% versus the greenback", "stocks fell": a market moves, no measure
_MARKET_SUBJECT = re.compile(
    r"\b(?:yen|dollar|euro|yuan|renminbi|sterling|pound|won|rupee|peso|greenback|franc|currency|index|stocks?|shares"
    r"|futures|yields?|bonds?|crude|oil prices)\s+(?:(?:also|has|have|had|was|were|then)\s+)?$", re.IGNORECASE)


# Measures of the United Nations are no rows: the actor is a government or bloc (annotation guide, News set)
# ("The U.N., which ...": no word boundary after the abbreviation's last dot)
_UN_BODY = re.compile(r"(?:\b(?:United Nations|UN)\b|\bU\.N\.)(?:\s+Security Council)?|\bSecurity Council\b")


# "When the advisers suggested that Beijing resume buying $20 billion ...": a proposal put to a
# named party is that party's measure on the table (annotation guide, News set), also in a when-clause
_PROPOSED_THAT = re.compile(r"\b(?:suggested|suggests|proposed|proposes|demanded|demands|insisted|insists)\s+that\s+"
                            r"(?:[\w.’'-]+\s+){1,4}?(?:\w+ly\s+)?$"
                            # "if Trump agrees to Beijing's demands to roll back tariffs": the demand is on the table
                            r"|\bagree(?:s|d)?\s+to\s+(?:[\w.’'-]+\s+){0,2}?demands\s+to\s+$")


# A party said to have failed to act ("the partners' failure to address the flow of drugs",
# "had failed to adequately stop ..."): what was not done is no measure; a refusal is (convention 10)
_FAILED_TO = re.compile(r"\bfail(?:s|ed|ing|ures?)?\s+to\s+(?:\w+ly\s+)?$", re.IGNORECASE)


# A document as what the verb gives ("directs the Secretaries to provide a joint report for the
# feasibility of ...", "to provide a report identifying tools to ..."): an order's paperwork
_PAPER_OBJECT = re.compile(r"\s*(?:(?:an?|the|its|their)\s+)?(?:(?:joint|final|written|detailed|comprehensive|annual|"
                           r"interim|public|initial|formal)\s+)*(?:reports?|study|studies|assessments?|recommendations)\b",
                           re.IGNORECASE)


def _opinion_around(sentence: str, hit: _CueHit) -> bool:
    """Whether the cue sits in an uncertainty ("whether ..."), a wish, backing for an effort or a market report."""
    window = max(0, hit.start - 150)
    if "hether" in sentence and _WHETHER_CLAUSE.search(sentence, window, hit.start):
        return True
    if _may(fold_case(sentence), _WISH_HINT_WORDS) and _WISH_HINT.search(sentence, 0, hit.start) \
            and _WISH.search(sentence, 0, hit.start):
        return True
    if hit.cue.action in ("raise", "reduce") and _MARKET_SUBJECT.search(sentence, window, hit.start):
        return True
    return "effort" in sentence and bool(_SUPPORTED_EFFORT.search(sentence, window, hit.start))


# What lies between two gerunds of one list ("refraining from measures against U.S. services or
# U.S. products, ensuring ...", "by accepting X, and removing Y"): the previous item's object, with
# no verb of its own, closed by the list's comma; a name in it is no subject of the next item
_GERUND_LIST_GAP = re.compile(
    r"(?:(?!\b(?:will|shall|would|should|can|could|may|has|have|had|is|are|was|were|commits?|committed|agreed?|agrees"
    r"|intends?|plans?|said|says)\b)[^;:])*,\s*(?:\[\d+\]\s*)?(?:and\s+|or\s+)?(?:by\s+)?",
    re.IGNORECASE)


# What a verb chain's head says of every verb in it: "wants the US to eliminate X, as well as
# provide relief from Y" (proposed), "refused to open its rice market or to lower its tariffs"
# (rejected). A new finite verb or modal between the two starts a statement of its own.
_HELD_STATUSES = frozenset({"proposed", "rejected"})
_MAY_BEFORE = re.compile(r"\bmay\s+(?:also\s+|further\s+|then\s+)?$")
_NEW_FINITE = re.compile(
    r"[;:]|\b(?:will|would|shall|should|must|may|can|could|has|have|had|is|are|was|were|did|does|do|agreed|said|says)\b",
    re.IGNORECASE)


def _share_the_verb_chain_status(sentence: str, previous: tuple[_CueHit, list[Commitment]], hit: _CueHit,
                                 new_rows: list[Commitment]) -> None:
    """A verb coordinated with the previous one under a proposal or refusal takes its status."""
    previous_hit, previous_rows = previous
    held = {r.status for r in previous_rows} & _HELD_STATUSES
    if len(held) != 1 or _NEW_FINITE.search(sentence, previous_hit.end, hit.start):
        return
    status = held.pop()
    if status == "proposed" and _MAY_BEFORE.search(sentence, max(0, previous_hit.start - 24), previous_hit.start):
        # (round 23) "I may terminate the suspension ... and restore the 37 percent rate": the second verb
        # shares the first one's "may"; a burden held out is threatened, a relief offered proposed (guide
        # rule 2), whatever a participle in between ("extended by section 2") says
        for row in new_rows:
            if row.status in ("agreed", "announced", "implemented"):
                row.status = "threatened" if row.action in ("raise", "impose", "resume") else "proposed"
        return
    for row in new_rows:
        if row.status in ("agreed", "announced"):
            row.status = status


# "... to facilitate trade": the aim an infinitive gives a step, unless a pledge verb governs it
_AIM_OF_FACILITATION = re.compile(r"\bto\s+$")


def _out_of_office_word(sentence: str, hit: _CueHit, region: tuple[int, int],
                        mentions: list[ActorMention], on: date | None) -> bool:
    """The clause before the cue names a person who holds none of their offices at the article's
    date, and the cue is a promise, threat or plan, not a past act: a candidate's or former
    official's word, which no government has given (guide, News set: "a candidate's campaign
    promise ... is not a row"). A past act ("Trump imposed tariffs in 2018") is kept, and so is
    every first-time candidate's clause ("had promised", "imposed" before taking office is a plan)."""
    if on is None:
        return False
    for m in mentions:
        if m.form == "person" and region[0] <= m.start < region[1] and m.actor.country is None \
                and out_of_office(m.actor.actor_id, on):
            if _OFFICE_TITLE_BEFORE.search(sentence, max(0, m.start - 40), m.start):
                return False  # "Prime Minister Theresa May suggested ...": told as in office then, a recount
            return (before_first_office(m.actor.actor_id, on) or hit.cue.lemma == "threaten_measure"
                    or not _is_past_statement(sentence, hit))
    return False


# an office title right before a name ("Prime Minister Theresa May"), not a former one
_OFFICE_TITLE_BEFORE = re.compile(
    r"(?<![Ff]ormer )(?<![Ff]ormer U\.S\. )\b(?:President|Prime Minister|Premier|Chancellor|Secretary|Minister|"
    r"Vice President|Governor|Ambassador|Representative)\s+$")


# (round 13) a zero rate named in words with its adjectives, or duty-free treatment: "a zero reciprocal tariff rate"
_ZERO_RATE_NAMED = re.compile(r"\bzero\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies))\b|\b(?:duty|tariff)[- ]free\b", re.IGNORECASE)
# a rate brought to nothing in words: "cuts tariffs on X to zero", "at zero", "zero-for-zero tariffs"
_WORDED_ZERO_RATE = re.compile(r"\b(?:to|at)\s+zero\b|\bzero(?:-for-zero)?\s+(?:tariffs?|duties|duty|per ?cent|percent)\b",
                               re.IGNORECASE)


def _figure_stated(text: str, kind: str | None = None) -> bool:
    """A figure is stated (of ``kind`` when given, e.g. "rate"): a written quantity, or a rate
    brought to zero in words ("cuts tariffs on X to zero": the deal's term, not what it is said
    to achieve)."""
    return any(kind is None or q.kind == kind for q in find_quantities(text)) \
        or ("zero" in text and _WORDED_ZERO_RATE.search(text) is not None) \
        or ("half" in text and _HALVED_IN_WORDS.search(text) is not None)


# (round 13, round-ups) "cuts Japan's tariff on American rice in half": a change stated in words
_HALVED_IN_WORDS = re.compile(r"\b(?:in|by)\s+half\b")


# the subject of "took effect" names a change of a rate ("The tariff cuts", "the duty increases"),
# or the removal whose own noun is a row ("The removal of duties on X")
# (round 24) "will eliminate tariffs on 90 per cent of Indian goods on the day the deal takes effect", "would do away
# with its 6% duty ... from the day the pact takes effect": the agreement is what takes effect, a date for the
# measure told before it, not a levy (the clause's own subject; "The deal takes effect on May 1" names no measure)
_AGREEMENT_TAKING_EFFECT = re.compile(
    r"\b(?:the|this|that|its|their|our)\s+(?:[\w.-]+\s+){0,3}?(?:deal|pact|agreement|accord|treaty|framework|partnership|"
    r"arrangement|FTA|CEPA|EPA)\s+(?:(?:formally|finally|actually|eventually|itself)\s+)?"
    r"(?:(?:will|would|shall|is\s+to|(?:is|are)\s+(?:due|set)\s+to)\s+)?$", re.IGNORECASE)
# (round 24) "Marcos cut the rice duty to 15% from 35% ..., and the lower rate took effect in July", "the lower rate will
# take effect on the first day of the month", "The new tariffs take effect on April 1": a rate the page has just
# stated, named again by a definite comparative, is dated here, not levied a second time (convention 8)
# ((round 24) and a bare definite measure noun in a sentence with no figure: "Haddad said the duties would only take effect
# if negotiations produced nothing", "since the day the tariff took effect": the measure named before, dated)
_RATE_REFERRED_TAKING_EFFECT = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:(?:new|lower|higher|reduced|increased|revised|lowered|raised)\s+(?:[\w-]+\s+)?"
    r"|(?P<bare>))"
    r"(?:rates?|dut(?:y|ies)|tariffs?|levy|levies)\s+(?:(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|set)\s+to)\s+)?"
    r"(?:(?:also|then|now|only|finally)\s+)?$", re.IGNORECASE)
_CHANGE_TAKING_EFFECT = re.compile(
    r"\b(?:tariff|duty|rate)\s+(?P<noun>cuts?|reductions?|increases?|hikes?)\b(?:\s+\w+){0,3}\s*$"
    r"|\b(?P<removal>removal|elimination)\s+of\b", re.IGNORECASE)
_CHANGE_NOUN_ACTIONS = {"cut": "reduce", "reduction": "reduce", "increase": "raise", "hike": "raise"}


# the object of a restricting verb is the barriers themselves ("curb non-tariff barriers", "limit
# the trade barriers that keep ... out"): curbing barriers eases access
_BARRIERS_CURBED = re.compile(r"\s*(?:(?:the|its|their|these|those|all|any|such)\s+)?(?:[\w-]+\s+){0,2}?barriers?\b")


# a passive verb right before the cue: "will be exempted from", "are exempt from", "shall remain exempt from"
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were|remain|remains|stay|stays|become|get|gets)\s+(?:\w+ly\s+|also\s+|now\s+|fully\s+)?$",
                             re.IGNORECASE)


# a clause whose subject is a pronoun ("and it pledged to", "but they will")
_CLAUSE_PRONOUN = re.compile(r"\W*(?:(?:and|but|while|so)\s+)?(?:it|they)\s+(?:[\w’'-]+\s+){0,3}$")


def _cue_commitments(sentence: str, hit: _CueHit, subject_region: tuple[int, int],
                     object_region: tuple[int, int], mentions: list[ActorMention],
                     carried: list[str], heading_actors: list[str],
                     context: _Context, coordinated: bool = False) -> tuple[list[Commitment], list[str]]:
    cue = hit.cue
    object_text = sentence[object_region[0]:object_region[1]]
    subject_text = sentence[subject_region[0]:subject_region[1]]
    low = fold_case(sentence)  # (the chain's triggers are tested in it: see _trigger)
    # Speed (round 17): the parts of ``low`` the rules' patterns read (fold_case keeps every
    # position), so a trigger scans the object or the window before the cue, not the whole
    # sentence; a trigger of a part is one of any narrower part (the object may shrink below)
    low_object = low[object_region[0]:object_region[1]]
    low_head = low[:hit.start]  # (the patterns run on sentence[0:hit.start])
    sought_with = False  # (round 24) agreements an order's officials are to seek with partners (below)
    low_before = low_head[-90:]  # (on the 90 characters or fewer before the cue)
    if _in_subordinate_clause(subject_text) and not _past_when_clause(subject_text, sentence, hit) \
            and not _PROPOSED_THAT.search(sentence, max(0, hit.start - 80), hit.start):
        return [], []  # "...if Beijing kept its curbs", "when the EU introduces": a condition
    if coordinated and ("if " in sentence or "nless " in sentence) \
            and _CONDITION_GOES_ON.search(sentence, max(0, hit.start - 200), hit.start):
        # (round 12) "suspend the cuts if the United States raises duties above the ceiling or
        # extends its steel tariffs": the second verb of the condition is still the condition
        return [], []
    if _opinion_around(sentence, hit):
        return [], []
    if cue.lemma == "take_effect" and _AGREEMENT_TAKING_EFFECT.search(sentence, max(0, hit.start - 80), hit.start):
        return [], []  # (round 24) "... on the day the deal takes effect": the agreement takes effect, no levy
    if cue.lemma == "take_effect" and (referred := _RATE_REFERRED_TAKING_EFFECT.search(sentence, max(0, hit.start - 80), hit.start)) \
            and (referred.group("bare") is None or not find_quantities(sentence)):
        return [], []  # (round 24) "..., and the lower rate took effect in July": the rate just stated, dated
    if cue.lemma == "take_effect" and ("ction" in sentence or "ease" in sentence or "cut" in sentence
                                       or "ike" in sentence or "oval" in sentence or "ation" in sentence):
        change = _CHANGE_TAKING_EFFECT.search(sentence, max(0, hit.start - 120), hit.start)
        if change and change.group("removal"):
            return [], []  # "The removal of duties on lobster took effect": the removal's own row, dated
        if change:
            # "The tariff cuts took effect on Monday": the change named, not a new levy
            cue = replace(cue, action=_CHANGE_NOUN_ACTIONS[change.group("noun").rstrip("s")])
    if cue.lemma == "remove" and hit.form[:4].lower() in ("lift", "drop") and " to " in object_text[:70] \
            and (moved := _MOVED_TO_LEVEL.match(object_text)) and float(moved.group("level")) > 0:
        # (round 22) "lifted it to 40 percent", "dropped the duty to 10%": a rate moved to a level above
        # zero is raised or cut, not removed (guide round 20 Q1: the verb decides without an earlier level)
        # (a pronoun or a bare "rate" needs the tariff it stands for named before: the category gate,
        # _rate_pronoun_object; not "lifted the interest rate to 5%")
        cue = replace(cue, action="raise" if hit.form[:1] in "lL" else "reduce", category="tariff",
                      needs_category=moved.group("noun") is None or moved.group("noun")[:1].lower() == "r")
    if hit.form[:7].lower() in ("protect", "shields", "shield ", "shieldi", "spares ", "spare ", "sparing") \
            and "tariff" in object_text and _SPARED_FROM_TARIFFS.match(object_text):
        # (round 13, round-ups) "an agreement that protects U.S. boats from additional retaliatory
        # tariffs": the goods' partner keeps its tariffs off them (`maintain`, as a standstill)
        cue = replace(cue, lemma=SPARED_FROM_TARIFFS, action="maintain", category="tariff", fixed=True)
    if cue.action == "restrict" and "arrier" in object_text and _BARRIERS_CURBED.match(object_text):
        cue = replace(cue, action="relax")  # "agreed to curb non-tariff barriers on U.S. beef": the barriers shrink, access grows
    if _out_of_office_word(sentence, hit, subject_region, mentions, context.on):
        return [], []  # "Mr. Trump's threats to slap a 35 percent tariff" in 2016: a candidate's word, no government's
    if hit.form[:1].isupper() and hit.form.endswith("ing") and _GERUND_SUBJECT_THEN_VERB.match(object_text) \
            and not sentence[:hit.start].strip(" *\u2022-"):
        return [], []  # "Removing sanctions will support Syria's efforts ...": what a measure does, said of it
    if "xposure" in object_text[:30] or "ulnerab" in object_text[:30] or "ensitivity" in object_text[:30]:
        if _EXPOSURE_OBJECT.match(object_text):
            # (round 12) "moved production to Mexico, partly to limit its exposure to tariffs",
            # "to cut their vulnerability to export controls": a firm shielding itself, no measure
            return [], []
    if _mechanics_of_measure(sentence, hit, object_text):
        return [], []  # "imposes a system that allows ...", "for buying Russian oil": not the measure
    if hit.form.endswith("trade") and _AIM_OF_FACILITATION.search(sentence, max(0, hit.start - 40), hit.start) \
            and _previous_word(sentence, _previous_word(sentence, hit.start)[1])[0] not in _INFINITIVE_HEADS:
        return [], []  # "aligning with standards in sectors to facilitate trade": what the step is for (round 10)
    if hit.cue.lemma == "threaten_measure" and _THREATENED_THEM.match(object_text):
        return [], []  # "publicly threatening them with tariffs": rows per partner, _threatened_partner_rows
    if _may(low_head, _PLEDGE_AS_TOPIC_WORDS) and _PLEDGE_AS_TOPIC.match(sentence, 0, hit.start) \
            and _VERDICT_AFTER.search(sentence, hit.end):
        return [], []  # "Promises to buy American goods under the 2020 deal fell well short": the pledge judged, not made
    if cue.action == "restrict" and _WITHOUT_NEED.search(sentence, max(0, hit.start - 30), hit.start):
        return [], []  # "carry cargo ... without needing to stop in the United States": a right, not a ban
    if cue.action == "purchase" and _NO_GOODS_AFTER.match(object_text) \
            and not _PLEDGED_BEFORE_CUE.search(sentence, max(0, hit.start - 30), hit.start):
        # (round 22) a buying verb with no goods after it: they stand before it, in a relative clause or
        # after a question word ("the rice the Philippines buys abroad", "what private firms would buy"),
        # or the verb buys time ("We have bought ourselves three months"): a description, no pledge
        return [], []
    if cue.lemma == "visit" and _POSSESSED_VISIT.search(sentence, max(0, hit.start - 40), hit.start):
        return [], []  # "President Trump's historic visit to ... is another opportunity": a visit named, not planned
    if hit.form.endswith("ing") and _ACCESS_EFFECT.match(sentence, hit.end) and sentence[:hit.start].rstrip().endswith(",") \
            and _MEASURE_VERB.search(sentence, 0, hit.start):
        return [], []  # "restrict imports of X, restricting market access for U.S. exporters": the measure's effect
    if "fail" in sentence and _FAILED_TO.search(sentence, max(0, hit.start - 40), hit.start):
        return [], []  # "over Mexico's failure to address the flow of drugs", "Canada failed to curb ...": a shortfall, no measure
    if "rather than" in sentence and _RATHER_THAN.search(sentence, max(0, hit.start - 40), hit.start):
        return [], []  # "Canada has elected to discriminate ... rather than address its trade barriers": not done
    if _may(low_before, _DEAL_RELATIVE_WORDS) and _DEAL_RELATIVE.search(sentence, max(0, hit.start - 80), hit.start):
        return [], []  # "in a deal President Donald Trump announced late on Tuesday": the deal, told in passing
    if " by " in sentence[hit.end:hit.end + 4] and _agent_relative(sentence, hit, object_text):
        return [], []  # "the daily air-quality monitor maintained by the U.S. Embassy": describes a thing, no measure
    if hit.form.endswith("ing") and re.match(r"\s*By\s*$", sentence[:hit.start]):
        means_end = _quoted_means_with_figure(sentence, hit, context)
        if means_end is None:
            return [], []  # "By imposing tariffs, President Trump is ensuring ...": a means, told in passing
        # a round-up quote's "By maintaining the 10% baseline tariff, the administration is ...":
        # the deal's term, named by its figure (guide, round-10 Q6); its object ends with the clause
        object_region = (object_region[0], min(object_region[1], means_end))
        object_text = sentence[object_region[0]:object_region[1]]
    if hit.form.startswith("establish a mechanism") and (
            any(q.kind == "rate" for q in find_quantities(sentence[hit.end:hit.end + 160]))
            or _ZERO_RATE_NAMED.search(sentence, hit.end, hit.end + 160)):
        # "establish a mechanism allowing textiles to receive a 0% rate": the rate is the measure
        # (a row of its own verb), not talks to come; (round 13) so is a zero rate in words ("a
        # mechanism that will allow ... goods to receive a zero reciprocal tariff rate")
        return [], _subject_actors(sentence, subject_region, mentions, context)
    if hit.form.lower().startswith("address") and _GENERAL_LEAD.match(object_text):
        # "X will address a range of non-tariff barriers, including by: (1) ...": a lead the
        # items break down; the items are the rows (guide rule 6)
        return [], _subject_actors(sentence, subject_region, mentions, context)
    if ((_may(low_object, _ANAPHORIC_OBJECT_WORDS) and _ANAPHORIC_OBJECT.match(object_text)) or (cue.action == "impose" and not cue.intransitive
                                                  and _ANAPHORIC_TARIFFS.match(object_text))) \
            and not find_quantities(object_text):
        # "use their best efforts to facilitate these investments": a measure told before
        return [], _subject_actors(sentence, subject_region, mentions, context)
    if cue.action == "negotiate" and "this Agreement" in object_text and _CHANGES_TO_THE_TEXT.search(object_text):
        # (round 12) "the Parties will consult with a view to considering any changes that may need to
        # be made to this Agreement": a final provision on amending the text, no term of trade
        return [], _subject_actors(sentence, subject_region, mentions, context)
    if "note" in sentence and _TAKE_NOTE.search(sentence, 0, hit.start) and not find_quantities(object_text):
        # "take note of the construction of a gas interconnector, which will allow X to diversify
        # ..., including through purchases of U.S. LNG": a fact acknowledged, not a pledge
        return [], []
    if " " not in hit.form and _may(low_object, _IMPORTANCE_OF_WORDS) and _IMPORTANCE_OF.match(object_text):
        # "both sides recognize the importance of high-standard commitments on digital trade":
        # a shared view stated, no measure taken
        return [], _subject_actors(sentence, subject_region, mentions, context)
    if " " not in hit.form and "that" in low and _THAT_CLAUSE.match(object_text):
        # "both sides recognize that this document is not binding", "provides that":
        # the verb reports a content clause, it does not act on a measure
        return [], _subject_actors(sentence, subject_region, mentions, context)
    if "request" in sentence and _REQUEST_THAT.search(sentence, max(0, hit.start - 120), hit.start):
        return [], []  # "take into consideration X's request that the US continue to lower tariffs": asked, not pledged
    if (hit.form.lower().startswith("appl") and _CONTENT_SCOPE_OBJECT.match(object_text)) or (
            cue.lemma in ("subject_to", "remain_subject_to") and _CONTENT_SCOPE_SUBJECT.search(subject_text)):
        # "The steel tariffs will apply only to the steel content of imported products", "non-copper
        # content of a product remains subject to reciprocal tariffs": which content a duty covers
        # is scope of a tariff told elsewhere (guide rule 3)
        return [], []
    if cue.lemma == "subject_to" and "pplicable" in object_text and _APPLICABLE_DUTIES.match(object_text):
        # "goods sent by other means ... will be subject to all applicable duties": the ordinary
        # duties that apply once an exemption ends, scope of the measure that ends it (guide rule 3)
        return [], []
    if _scope_line(sentence, hit, object_text, context):
        # "USMCA-compliant parts will not be subject to tariffs ... until ...", "Products that are not
        # subject to these tariffs will generally be subject instead to reciprocal tariffs": which
        # goods a duty covers (guide rule 3)
        return [], []
    if cue.lemma == "remain" and _STILL_EXEMPT.match(object_text):
        return [], []  # "USMCA goods remain not subject to the tariffs": scope of a tariff (convention 17)
    if cue.lemma in ("remain", "remain_subject_to") and _KEPT_UNTIL_OR_UNLESS.search(sentence, hit.end, object_region[1] + 120) \
            and not find_quantities(sentence[subject_region[0]:object_region[1]]):
        return [], []  # "will remain in effect until such time as ...", "remains unchanged unless ...": terms of a measure told elsewhere
    if cue.category == "purchase" and cue.fixed and _CONSUMERS_BEFORE.search(subject_text):
        return [], []  # "In 2024, Americans bought 16 million cars": consumers' spending, not a pledge
    if (("To" in sentence and _AIM_OPENING.match(sentence[:hit.start])) or (";" in sentence and _PREAMBLE_ITEM.match(sentence))) \
            and not find_quantities(object_text):
        return [], []  # "To remove barriers to make it easier to trade; and": an aim in a preamble
    if ("advanc" in low or "action" in low or "by" in low) and _MISSION_HINT.search(sentence, 0, hit.start) \
            and _MISSION_STATEMENT.search(sentence[:hit.start]) \
            and not find_quantities(object_text):
        return [], []  # "continues to advance American interests by removing barriers": a fact sheet's mission line
    if hit.form.lower().endswith(("s", "ing")) and _GOAL_FORM.fullmatch(hit.form) and (
            not hit.form.lower().endswith("ing") or _PROGRESSIVE_BEFORE.search(sentence, max(0, hit.start - 30), hit.start)):
        means = _BY_MEANS_AFTER.match(sentence, hit.end)
        if means and not _MEASURE_WORDS.search(sentence, hit.end, means.start(1)) and not find_quantities(object_text):
            # "is strengthening the economy and national security by modifying ...": the goal of the means after it
            return [], _subject_actors(sentence, subject_region, mentions, context)
    if _may(low_head, _DEAL_HINT_WORDS) and _DEAL_HINT.search(sentence, 0, hit.start) and ((_DEAL_HINT.search(subject_text) and _DEAL_AS_SUBJECT.search(subject_text)) or (
            hit.form.split()[0].endswith("ing") and _DEAL_PARTICIPLE.search(sentence, max(0, hit.start - 300), hit.start))) \
            and not _figure_stated(object_text) and cue.lemma != SPARED_FROM_TARIFFS:
        # "a deal that will open Ruritania's market", "The Agreement will break down barriers":
        # what the deal is said to achieve, not one of its terms (those carry figures or come
        # later as the parties' own commitments)
        # ((round 13) "the deals with these countries open markets by eliminating tariffs": the
        # partners take the means that follow)
        return [], _subject_actors(sentence, subject_region, mentions, context) \
            if _deals_with_referred_partners(subject_text) else []
    if ("deal" in sentence or "greement" in sentence or "ramework" in sentence or "rrangement" in sentence or "pact" in sentence) \
            and _DEAL_RELATIVE_LIST.search(sentence, max(0, hit.start - 250), hit.start) \
            and not _figure_stated(object_text) and not _LEVY_OR_RETALIATION.search(object_text):
        # (round 13, round-ups) "a trade deal that expands market access, curbs non-tariff barriers,
        # and levels the playing field": the later verbs of what the deal is said to achieve, as
        # the first; a tariff named ("and maintains the tariffs on steel", "ends retaliation") is a term
        return [], []
    if _may(low, _DEALS_OPEN_WORDS) and _DEALS_OPEN.match(sentence) and not find_quantities(object_text) and not _PLEDGES_TO.search(sentence, 0, hit.start) and not any(
            m.start < hit.start and m.form in ("name", "capital", "organisation") for m in mentions):
        # "These deals secure commitments ... to provide American exporters with unprecedented
        # access": a sentence whose subject is the deals tells what they bring, naming no party
        return [], []
    if "pportunit" in sentence and _OPPORTUNITIES_MADE.search(sentence, 0, hit.start) and not find_quantities(object_text):
        return [], []  # "This will create new opportunities for U.S. firms, open up markets ...": what it makes possible
    if ", which " in sentence and _DEAL_WHICH_WILL.search(sentence, max(0, hit.start - 240), hit.start) \
            and not find_quantities(object_text):
        # "have reached an Agreement ... to strengthen our relationship, which will provide both
        # countries' exporters access": what the deal achieves, told in its announcing sentence
        return [], []
    if _may(low_before, _CRIMINAL_SUBJECT_WORDS) and _CRIMINAL_SUBJECT.search(sentence, max(0, hit.start - 60), hit.start):
        return [], []  # "drug trafficking organizations maintain super labs": criminals act, no government
    if hit.form.endswith("ing") and "efrain" in sentence and _REFRAIN_GERUND_OR.search(sentence, max(0, hit.start - 60), hit.start):
        return [], []  # (round 16) "refrain from banning, or imposing quotas on, exports": the standstill's second verb
    if cue.action == "maintain" and (" that " in subject_text or " which " in subject_text) \
            and _MEASURE_THAT_KEPT.search(sentence, max(0, hit.start - 60), hit.start):
        # (round 16) "lifted biosecurity restrictions that had kept out U.S. beef", "the curbs which keep
        # American pork out": what the measure did, told of it in a relative clause, is no pledge
        return [], []
    passive = _is_passive(sentence, hit)
    if passive and _STATISTIC_SUBJECT.search(sentence, max(0, hit.start - 60), hit.start):
        return [], []  # "November's deficit was cut by more than half": a figure fell, no party acted
    if passive:
        relative = list(_RELATIVE_WORD.finditer(subject_text))
        if relative and not _MEASURE_WORDS.search(subject_text, relative[-1].end()) and cue.lemma != "exempt_from_duty" \
                and not (subject_text[relative[-1].start() - 2:relative[-1].start()] == ", "
                         and _AUXILIARIES_AFTER_COMMA.fullmatch(subject_text, subject_text.rfind(","))
                         and _MEASURE_WORDS.search(subject_text, 0, relative[-1].start())):
            # ((round 22) not "Duties on European wines, which run as high as 150% today, will be lowered to 20%": a
            # relative clause closed by its comma before the verb; the measure before it is the subject)
            # ((round 15) not "carmakers that accept minimum prices will be exempt from the duty": the
            # relative clause tells which goods or firms the duty spares)
            return [], []  # "effective from the month in which the proposal is introduced": not a measure
        ensure = _ENSURE_THAT.search(subject_text)
        if ensure:
            # "Malaysia shall ensure that technical regulations are applied fairly": how, not a
            # measure; the party ensuring it is the subject of the verbs that follow
            return [], _subject_actors(sentence, (subject_region[0], subject_region[0] + ensure.start()), mentions, context)
        cue = replace(cue, intransitive=True)  # "were lowered": the subject is the measure
        if " for " in subject_text and subject_text.endswith(" to be "):
            # (round 22) "approved the schedule, clearing the way for customs duties on goods from other members to be
            # phased out": the noun after "for" is the infinitive's subject, not the main clause's
            subject_region = (subject_region[0] + subject_text.rindex(" for ") + 5, subject_region[1])
            subject_text = sentence[subject_region[0]:subject_region[1]]
    elif cue.category == "tariff" and cue.action in ("raise", "reduce") and _LEVEL_CHANGE_AHEAD.match(object_text) \
            and _CHANGING_MEASURE_SUBJECT.search(subject_text):
        # Round 11: "The ad valorem duty on furniture shall increase from 25 percent to 30 percent",
        # "the rate for trucks will decrease to 10 percent": a transitive verb used of the measure itself
        cue = replace(cue, intransitive=True)
    elif cue.lemma == "resume" and _RESUMING_MEASURE_SUBJECT.search(subject_text) and _NO_OBJECT_BUT_TIME.match(object_text):
        # Round 12: "the suspended rate of 20 percentage points shall resume on that date", "the
        # additional duty will resume on March 1": the measure itself comes back (a snap-back)
        cue = replace(cue, intransitive=True, category="tariff", needs_category=False)
    elif hit.form.lower().startswith("appl") and _rated_measure_subject(subject_text) and not (
            _ONLY_SCOPE.match(object_text) and not _NEW_RATED_DUTY.search(subject_text[-80:])):
        # ((round 15) "For products of X ..., a duty of 25 percent shall apply only to the non-U.S. content": a
        # new duty with its own rate for a class of goods, not the scope of a rate told before)
        # "a 15% tariff will apply", "The 15 per cent rate will also apply to cars"; not
        # "the tariffs will apply only to the steel content" (scope, guide rule 3)
        cue = replace(cue, intransitive=True, lemma=APPLIED_MEASURE)
    elif cue.lemma == "assessed" and not (_LEVIED_SUBJECT.search(subject_text[-120:]) and _rated_measure_subject(subject_text)):
        return [], []  # (round 15) "processing fees shall be collected on each entry": not a duty
    company = _company_subject(subject_text)
    subjects = _subject_actors(sentence, subject_region, mentions, context) or company
    if (passive or cue.lemma == "not_required") and not subjects and object_text[:4].lstrip().startswith("by"):
        # (round 16) "the export controls ... will be suspended by Beijing", "were lifted by Canberra": the
        # passive's agent acts on the measure its subject names
        subjects = [m.actor.country for m in mentions if object_region[0] <= m.start <= object_region[0] + 12
                    and m.actor.country][:1]
    if "gree" in subject_text or "deal" in subject_text or "accord" in subject_text or "-for-" in object_text:
        subjects = _agreement_sides(subject_text, object_text, subjects, context)
    if not subjects and ("nited Nations" in subject_text or "U.N." in subject_text or "Security Council" in subject_text) \
            and _UN_BODY.search(subject_text):
        return [], []  # "The U.N. Security Council pledged to impose further sanctions": no government's measure
    if coordinated and subjects and subject_region[0] > 0 and (
            _names_open_region(sentence, subject_region, mentions)
            or (hit.form.endswith("ing") and _GERUND_LIST_GAP.fullmatch(subject_text))) \
            and not _OWNED_PLEDGE.search(subject_text):
        # "Japan will recognize U.S. standards and lift ...", "provide President Trump $550
        # billion to invest": names in the previous verb's object are not this verb's subject
        subjects = []
    # a dropped verb still names who the next verbs' subject is ("Trump signed
    # proclamations to close loopholes and elevate tariffs")
    if cue.lemma == "exempt_from_duty" and not cue.inverted and _PASSIVE_BEFORE.search(subject_text) \
            and (subjects or _goods_origins(sentence, subject_region, mentions)
                 or _payer_targets(sentence, subject_region, mentions)):
        # (round 15) "Chinese manufacturers that sign undertakings will be exempted from the 12% rate":
        # the exempted goods' country pays less, the party that levies the rate exempts them (goods
        # of no named country keep the reading as the duty's scope: "The products listed in Annex II
        # shall be exempt from the additional duty" in an order is its signer's)
        cue = replace(cue, inverted=True)
    keep = [] if cue.inverted else subjects
    if cue.lemma == "accept_tariff" and not _ACCEPTED_RATE.match(object_text):
        # "Japan will accept U.S. rice imports ... tariff-free": the accepting party's own market
        cue = replace(cue, inverted=False)
    if cue.lemma == "restrict" and _BORDER_FLOW.match(object_text):
        return [], keep  # "stop the flood of illegal aliens and drugs into the United States": border, not trade
    if cue.lemma == "restrict" and hit.form.lower().startswith("stop") and _SHORT_OF.match(object_text):
        return [], keep  # (round 14) "stopped short of imposing tariffs": held back, the gerund's measure (rejected)
    if cue.lemma == "restrict" and hit.form.lower().startswith("stop") and _ENDED_MEASURE.match(object_text):
        cue = replace(cue, action="remove", category="other")  # "stop its anti-dumping investigation"
    elif cue.lemma == "restrict" and hit.form.lower().startswith("stop") and _ENDED_LEVY.match(object_text):
        cue = replace(cue, action="remove", category="tariff")  # "will stop imposing the additional tariffs"
    elif cue.lemma == "restrict" and hit.form.lower().startswith("stop") and _STOPPED_ACT.match(object_text):
        # (round 14) "has stopped extraditing cartel leaders", "stopped cooperating on eradication": an act
        # stopped is suspended (as "halted the forced eradication"); its object gives the category
        cue = replace(cue, action="suspend", category="other")
    if cue.action in ("restrict", "suspend") and _OWN_EXPORTS_STOPPED.match(object_text):
        # "China banned exports to the United States of gallium", "suspended exports of heavy rare
        # earths", "halted its rare earth exports": stopping one's own exports is an export control
        cue = replace(cue, action="restrict", category="export_control", fixed=True)
    if cue.action == "remove" and _OFF_EXEMPTION_LIST.match(object_text) \
            and _NOW_SUBJECT.search(sentence, hit.end):
        # "Other goods were removed from Annex II, meaning they are now subject to reciprocal
        # tariffs": goods taken off an exemption list have their tariff raised
        cue = replace(cue, action="raise", category="tariff", fixed=True)
    if cue.lemma == "list" and _ADDED_TO_TARIFF.match(object_text):
        # "issued a proclamation adding copper to the Section 232 tariffs program, at the same
        # 50% rate": goods brought under a tariff (the inclusions of an order), not a blacklist
        cue = replace(cue, lemma="add_to_tariff", action="impose", category="tariff", requires=None)
    if cue.lemma == "expire_later":
        # ("rates, which were initially set to expire on July 9, will expire on August 1": the
        # earlier end sits in a relative clause before the cue, outside its subject region)
        if not cue.requires.search(sentence, 0, hit.start):
            return [], keep
    elif cue.requires is not None and not cue.requires.pattern.startswith("^") and not cue.requires.search(
            subject_text + object_text if cue.intransitive else object_text):  # (an anchored one is tested at the cue)
        fallback = None if cue.tariff_only else _lexicon().lemmas.get(cue.otherwise or "")
        if fallback is None or (fallback.requires is None and fallback.lemma != "relax") \
                or (fallback.requires is not None and not fallback.requires.search(object_text)):
            return [], keep  # (Round 12: "exempt" from no duty falls back to the easing it was)
        cue = fallback  # "establish various disclosure requirements": not a quota, a duty on importers
    if cue.category == "purchase" and _IDIOM_PURCHASE.match(object_text):
        return [], keep  # "buying time, not peace"
    if cue.category == "investment" and hit.form.endswith("ing") and _MEANS_BEFORE.search(sentence, max(0, hit.start - 30), hit.start) \
            and not any(q.kind == "money" for q in find_quantities(object_text)):
        return [], keep  # "lowering costs by investing in rural communities", "focus on investing for the long term": a means, no pledge
    if hit.form in ("bought", "purchased") and _PASSIVE_BE.search(sentence, 0, hit.start) \
            and _previous_word(sentence, hit.start)[0] in _PASSIVE_LEADS and not find_quantities(sentence) \
            and not hs_codes(sentence):
        return [], keep  # "men and women were shackled and bound, and bought and sold": no goods, no figure, no trade
    if cue.category == "investment" and _BY_INVESTING.search(sentence, max(0, hit.start - 4), hit.end) \
            and _RESIDENCY_BOUGHT.search(sentence, 0, hit.start):
        return [], keep  # "allows foreign investors to gain citizenship by investing $500,000": an investor visa, no pledge
    if cue.category in PARTY_ACTS and _may(low_object, _SPENT_TIME_WORDS) and _SPENT_TIME.match(object_text):
        return [], keep  # "spent most of the day asleep", "invested years and energy in it": time, not money
    if hit.form in _PRESENT_TRADE_FORMS and _previous_word(sentence, hit.start)[0] not in _AUXILIARIES | {"to"} \
            and any(q.kind == "money" for q in find_quantities(object_text)):
        return [], keep  # "Mexico buys nearly $250 billion worth of stuff from the United States": a trade statistic
    if hit.form in _PAST_TRADE_FORMS and _previous_word(sentence, hit.start)[0] not in _AUXILIARIES | {"to"} \
            and _FLOW_PERIOD.search(sentence) and not _DEAL_TIE.search(sentence):
        # (round 23) "Mexico bought about $130 billion of goods from China last year", "imported 2.1 million
        # tonnes in the 2024-25 season, customs data show": the same statistic told in the past, over a
        # period, tied to no deal, pledge or order (guide rule 2)
        return [], keep
    if hit.form.lower().startswith("spen") and not any(q.kind == "money" for q in find_quantities(object_text)):
        return [], keep  # "spending less than the average family", "military spending": spent with no sum stated
    if cue.lemma == "visit" and not _visits_a_country(sentence, subject_region, object_region, mentions):
        return [], keep  # "visit Capitol Hill", "visited my profile": a visit needs a country to go to
    if _may(low_before, _DEMAND_BEFORE_WORDS) and _DEMAND_BEFORE.search(sentence, max(0, hit.start - 90), hit.start) \
            and not _bound_by_the_deal(sentence, hit, mentions):
        return [], []  # "urged Washington to keep correcting ...": a demand on the other side
    if "should" in sentence and _ADVICE_BEFORE.search(sentence, max(0, hit.start - 120), hit.start):
        return [], keep  # "X should encourage firms to invest": advice or an opinion, no measure taken
    if cue.action == "enforce" and hit.form.lower().startswith("address") and _GROUND_OBJECT.match(object_text):
        return [], keep  # "invoking IEEPA to address the national emergency posed by ...": the legal ground, no measure
    if "obligations" in low and _RIGHTS_AND_OBLIGATIONS.match(object_text):
        return [], keep  # "recognize their existing rights and obligations under the WTO": no measure
    if cue.action == "raise" and _lexicon().objects.match(object_text.lstrip(" ,")) is None and _RELATIONSHIP.match(object_text):
        return [], keep  # "increase their trade and investment relationship": ties grow, no measure is raised
    if cue.action == "remove" and _THE_DEAL_ITSELF.match(object_text):
        return [], keep  # "may terminate this arrangement by written notice": the deal's own term, no measure
    if cue.action == "maintain" and cue.lemma != "prevent" and not hit.form.lower().startswith("refrain") \
            and _BARRIERS.search(object_text) and not find_quantities(object_text):
        # ("refrain from imposing new barriers" keeps them out, like "prevent")
        return [], keep  # "The UK maintains certain tariff and non-tariff barriers": a description (guide rule 2)
    if not cue.fixed and _may(low_object, _PAPER_OBJECT_WORDS) and _PAPER_OBJECT.match(object_text):
        return [], keep  # "provide a joint report for the feasibility of ...", "submit recommendations": paperwork, no measure
    if cue.action == "maintain" and _GERUND_OBJECT.match(object_text):
        return [], keep  # "would keep pressing for lower tariffs": keeps doing, keeps no measure
    if cue.lemma == "reach_deal" and (_DEAL_AHEAD.search(sentence, max(0, hit.start - 40), hit.start) is None
                                      or _DEAL_REFUSED.search(sentence, max(0, hit.start - 40), hit.start)):
        # "they reached a deal", "refused to reach a deal": only a deal still to be made is talks
        return [], keep
    if cue.lemma == "sign":
        # "signed a Critical Minerals Framework": a side deal on a trade subject, like an MOU
        # (convention 12); the deal's own framework is no row (guide rule 1a)
        side_deal = _MEMORANDUM.search(object_text) or _MINERALS_FRAMEWORK.match(object_text)
        if side_deal and re.search(r"\bto\s*$", object_text):
            return [], keep  # "signed MOUs ... to purchase U.S. grain": the next verb is the term
        if side_deal and _DIRECTIVE_MEMORANDUM.match(object_text):
            return [], keep  # "signed a memorandum to safeguard American innovation": the President's own directive
        if _PEACE.search(object_text) or (not side_deal and _is_past_statement(sentence, hit)):
            # a peace accord is no trade term; having signed the agreement itself is
            # not one of its terms (guide rules 1, 1a)
            return [], keep
    if cue.lemma == "continue_until" and not _PAUSE_SUBJECT.search(subject_text):
        return [], keep  # "the duty shall continue until ...": kept, not a pause extended (only a pause is extended so)
    if cue.lemma == "extend" and " " not in hit.form and not _EXTENDABLE.search(object_text):
        return [], keep  # "while extending the American tech stack to a partner": nothing in force prolonged
    if cue.lemma == "maintain" and hit.form[:2].lower() == "ke" \
            and ("uspend" in sentence or "hold" in sentence or "abeyance" in sentence or "paused" in sentence) \
            and _KEPT_PAUSED.match(sentence, hit.end, min(len(sentence), hit.end + 140)):
        # (round 23) "keep its 24% tariff suspended for another year", "keep in abeyance the additional 24 points",
        # "keep its export controls on hold for a further 12 months": a pause kept is the pause prolonged (`extend`,
        # its rate the one suspended, guide rule 19), not the measure kept in force
        cue = replace(cue, action="extend")
    if cue.lemma == "open" and _NEW_MARKETS_FOR.match(object_text) and not [
            t for t in _targets(sentence, object_region, mentions, goods_only=True) if t != HOME_EXPORTER]:
        return [], keep  # "is committed to opening new markets for U.S. ranchers": a goal, no market named (guide rule 2)
    if cue.action == "raise" and _SUPPLY_CHAINS_OBJECT.match(object_text):
        return [], keep  # "strengthen critical mineral supply chains": an aim, not a measure raised
    if cue.action == "remove" and hit.form[:4].lower() == "lift" and _GROWN_FLOW_OBJECT.match(object_text):
        return [], keep  # (round 24) "could lift EU exports to Australia by a third": a flow grown, not a measure lifted
    if cue.action == "enforce" and (own_firms := _OWN_FIRMS_RIGHTS.match(object_text)) and (
            own_firms.group("whose").lower() in ("its", "their") or {m.actor.country for m in find_actor_mentions(
                own_firms.group("whose"), context.on)} & set(subjects or carried or ())):
        # (its own firms: "the rights of Chinese companies" said by China; not "of American companies" it promises to protect)
        return [], keep  # (round 24) "take necessary measures to protect the rights of its companies": no measure named
    if cue.action in ("remove", "suspend") and cue.category == "other" and hit.form[:4].lower() != "lift" \
            and "imports" in low_object and _IMPORT_FLOW_OBJECT.match(object_text):
        cue = replace(cue, category="import_restriction", action="restrict", fixed=True)  # (round 24) imports halted
    statistics = _lexicon().statistics
    figure = statistics.match(object_text.lstrip(" ,")) if statistics is not None and _may(low_object, _statistics_words()) else None
    if figure and not _first_object(figure.group(0)) and not _talks_about_concerns(hit, object_text):
        # ("forced labor in their supply chains" names a measure topic before the figure word)
        return [], keep  # "maintained a current account deficit": a figure, not a measure
    if cue.action == "raise" and _HOME_OUTPUT.match(object_text):
        return [], keep  # "signed an order to increase American critical mineral production": output at home (guide rule 1)
    if _DOMESTIC_HINT.search(object_text) and _domestic_deregulation(object_text) and not [
            code for code in _subject_actors(sentence, subject_region, mentions, context) if code != "USA"]:
        return [], keep  # "by reducing regulatory burdens", "eliminating bureaucracy": domestic deregulation (guide rule 1)
    if cue.category in ("purchase", "investment") and cue.action != "restrict" and set(subjects or carried) == {"USA"} \
            and context.parties[:1] == ["USA"] and not [m for m in mentions if m.actor.country not in (None, "USA")] \
            and not (cue.lemma in (MONEY_PLEDGE_LEMMA, "lend_money") and context.default_status == "agreed" and len(context.parties) >= 2):
        # ((round 18) not U.S. financing on a deal page: "EXIM will provide financing of up to $1.5 billion for the
        # Duqm refinery" lends to the partner's project, the held-out rule on EXIM/DFC financing)
        # Round 10 precision: on a U.S. page, the U.S. buying or investing with no other country in
        # the sentence ("investing $35.6 million to support mining exploration in Alaska", "warrants
        # to purchase 7.5% of the company", "must import much of what it consumes") is spending at
        # home or a statistic, not a trade pledge (guide rule 1: investment at home is no row); (round 16) its
        # screening of foreign acquisitions is a measure (`investment` `restrict`, guide rule 15)
        return [], keep
    if cue.category in PARTY_ACTS and _COERCED.search(sentence, max(0, hit.start - 80), hit.start):
        return [], keep  # "in a way that compels U.S. companies to invest in X", "requiring U.S. persons to purchase": forced on others
    if ("romise" in sentence or "andate" in sentence) and _PROMISE_KEPT.search(sentence, max(0, hit.start - 200), hit.start):
        # "is keeping his promise to stop the flood of ...", "gave him a mandate to seal the border":
        # praise of a promise kept, told without a measure (the page's measures come with their terms)
        return [], keep
    if not cue.inverted and not subjects and ("artner" in sentence or "ountries" in sentence or "ations" in sentence) \
            and _INDEFINITE_PARTY.search(
            sentence, max(0, hit.start - 200) if coordinated else subject_region[0], hit.start) \
            and not (cue.intransitive and _GOODS_OF_ANY_PARTNER.search(sentence, subject_region[0], hit.start)):
        # "dozens of countries have agreed or offered to lower their tariff rates", "a trading
        # partner must conclude a deal", "a trading partner's commitments to address ...": no
        # party can be named, the sentence tells a pattern or a procedure
        return [], keep
    if _describes_partner_practice(sentence, hit, subjects or (carried if coordinated else []), context) \
            and not find_quantities(object_text) \
            and not hs_codes(object_text) \
            and not ("(" in subject_text and _BRACKETED_RATE.search(subject_text)):
        # ("but India (10-20%) levies higher rates": the party's own rate, bracketed after its name)
        # ("Canada imposes tariffs and quotas on cars imported from the U.S.": a specific measure, a row)
        return [], keep  # "China enforces strict import restrictions", "X has a history of imposing barriers" (guide rule 2)
    if not cue.intransitive and not coordinated and not company \
            and not (cue.inverted and (_IMPORTS_SUBJECT.search(subject_text) or _goods_paying(cue, subject_text, context))) \
            and _other_subject(sentence, subject_region, mentions) and not (
            (_DEAL_SUBJECT.search(subject_text) or _DEAL_PAST_SUBJECT.search(subject_text)) and _figure_stated(object_text, "rate")) \
            and not (cue.category in PARTY_ACTS and cue.fixed and _FIRM_SUBJECT.search(subject_text)) \
            and not (_LEGISLATIVE_SUBJECT.match(subject_text) and _legislating_party(context)):
        # ("The agreement caps the tariff on EU cars at 15%": the deal's own term, with its figure)
        # ((round 14) "The law raises import duties ...": the text a named legislature passed acts)
        # ("Andes Air will purchase 12 Boeing aircraft": a firm of no known country buys or invests;
        # the row keeps no actor, and a deal document gives it to the partner, _fill_firm_pledges)
        # ((round 13) "Deals with four Latin American countries further open those markets ... by
        # eliminating tariffs": the partners the deals are with take the means that follow)
        return [], subjects if _deals_with_referred_partners(subject_text) else []  # "imports decreased": no party acting
    if cue.tariff_only and not re.search(r"(?<!non-)\b(?:tariffs?|duty|duties|rate|levy|levies)\b", object_text, re.IGNORECASE) \
            and not ((hit.form.lower().startswith("pa") or cue.lemma == "pay_rate")
                     and _PAID_RATE.match(object_text)):
        # ("Derivative articles will pay a flat 25% on their full value": a rate paid names the tariff)
        cue = _lexicon().lemmas.get(cue.otherwise or "")
        if cue is None or cue.tariff_only or (cue.requires is not None and cue.requires.pattern.startswith("^")
                                             and not cue.requires.search(sentence[hit.end:])):
            return [], keep  # (the fallback's own anchored test: "paid" needs the sum right after it)
    if cue.intransitive and not _MEASURE_WORDS.search(subject_text + " " + object_text) \
            and not (cue.lemma == "quota" and _OFFSET.search(subject_text)) \
            and not (cue.lemma == "expire_later" and _MEASURE_WORDS.search(sentence, 0, hit.start)) \
            and not (cue.action == "extend" and _PAUSE_SUBJECT.search(subject_text)) and not (
            cue.lemma == "tax_goods" and _TAXED_GOODS.search(subject_text) and _RATE_LEVEL.match(object_text)) \
            and not (cue.lemma in ("dutiable", "dutiable_kept") and _RATE_LEVEL.match(object_text)) \
            and cue.lemma != "not_required" \
            and not (cue.lemma == "remain" and _AT_RATE.match(object_text) and (
                _GOODS_PRONOUN.search(subject_text) or hs_codes(subject_text))):
        # ("steel is not covered: it will stay at 50 per cent": goods kept at a rate)
        # ("goods shipped through Vietnam will be taxed at 40%": the rate names the tariff)
        # ("goods of X have been dutiable at 15 percent": the form names the duty, round 13)
        return [], keep  # "the Agreement shall enter into force": not a measure
    if cue.lemma in ("fall", "rise") and not _MEASURE_WORDS.search(_subject_after_list(subject_text)):
        return [], keep  # "Shares of Hyundai fell 4% ... a lower car tariff": the subject is no measure
    # "continue trade talks", "begin negotiations": a form that names its own object
    # ("hold consultations to address barriers": the purpose names the subject of the talks)
    # (the object region opens with the space after the cue: one space joins them, so that
    # "address barriers | to digital trade" reads as the topic "barriers to digital trade")
    category_text = f"{hit.form} {object_text.lstrip()}" if " " in hit.form and _first_object(hit.form) \
        and not _talks_for_measure(hit.form, object_text) else object_text
    category = _category(cue, category_text, subject_text if cue.intransitive else None)
    if cue.action == "maintain" and category == "other" and object_text.rstrip().endswith("or") \
            and _GERUND_OR.fullmatch(object_text):
        # (round 16) "refrain from banning, or imposing quotas on, exports to the United States of critical minerals":
        # two gerunds, one object after the second; the standstill's category is that object's (guide, Malaysia)
        shared = _CLAUSE_REST.match(sentence, object_region[1])
        category = _category(cue, shared.group(0))
        category_text = object_text + shared.group(0)
    if category == "other" and cue.action == "maintain" and not cue.fixed and "th" in object_text[:12] \
            and (pronoun := _KEPT_PRONOUN.match(object_text)):
        # (round 16) "will drop most of its levies on X goods, keeping only those on steel and autos", "remove the
        # tariffs on watches but keep those on drugs": the pronoun stands for the measure named before it
        antecedent = None
        for antecedent in _KEPT_ANTECEDENT.finditer(sentence, max(0, hit.start - 200), hit.start):
            pass
        if antecedent is not None:
            category = _category(cue, antecedent.group(0))
            category_text = antecedent.group(0) + object_text[pronoun.end():]
    if cue.action == "enforce" and hit.form.lower().startswith("implement") and _THE_DEAL_ITSELF.match(object_text):
        if context.order_text and sentence[max(0, hit.start - 4):hit.start].lower() == " to ":
            # (round 15) "it is necessary and appropriate to modify the HTSUS to implement the Agreement", "in
            # order to implement the Agreement": in an order's own text the order is the implementing, no step to come
            return [], keep
        # "confirmed their commitment to implementing this deal", "will promptly implement this
        # framework": a step on the deal itself, still to come (guide rule 1a, convention 19)
        category, cue = "diplomatic", replace(cue, action="negotiate", needs_category=False)
    if cue.lemma == "sign" and _MEMORANDUM.search(object_text):
        # an MOU is a row by its subject: "an MOU on critical minerals" -> other (convention 12)
        topic_text = object_text[_MEMORANDUM.search(object_text).end():]
        means = _MEANS_CLAUSE.search(topic_text)
        topics = [c for c in _object_categories(topic_text[:means.start()] if means else topic_text) if c != "diplomatic"]
        category = topics[0] if topics else "other"
    if category != "intellectual_property" and hit.form[:4].lower() in ("acce", "rati") and _IP_TREATY.search(object_text[:100]):
        # (round 15) "shall accede to the WIPO Performances and Phonograms Treaty", "ratify the Budapest Treaty":
        # the IP treaties' rules taken on (guide rule 16: intellectual property)
        category = "intellectual_property"
    # (round 15: named with no access word, "maintain duty-free treatment for all industrial goods" reads `other`)
    if category in ("market_access", "other") and "-free" in object_text and _DUTY_FREE_ACCESS.match(object_text):
        # "provide duty-free market access for U.S. goods": a zero tariff (convention 13),
        # kept when the party continues to provide it
        category = "tariff"
        if cue.action in ("relax", "maintain"):
            kept = cue.action == "maintain" or _CONTINUES.search(subject_text)
            cue = replace(cue, action="maintain" if kept else "remove", fixed=True)
    if cue.lemma == "withdraw_measure" and category == "other" and _RATES_WITHDRAWN.match(object_text):
        # (round 21) "would withdraw the higher rates": the rates a government withdraws are its duties
        category = "tariff"
    if cue.action in ("suspend", "delay", "resume") and category != "tariff" and (
            _RATE_STEP_NOUN.match(object_text) or (cue.action == "resume" and _STEP_BROUGHT_BACK.match(object_text))
            or (("ncrease" in object_text or "hike" in object_text) and _STEP_NOUN_BARE.match(object_text))):
        # (round 16) "suspended the increase to 30 percent", "pause the planned hike to 50% on steel": a rate's
        # step named by its noun and level is a tariff measure
        category = "tariff"
    if cue.action == "maintain" and category == "other" and "-free" in object_text and _KEPT_ENTERING_FREE.match(object_text):
        # (round 12) "to keep American lobster entering the bloc duty-free", "keeps U.S. wheat
        # coming in tariff-free": duty-free access kept is a zero tariff kept (convention 13)
        category = "tariff"
    if cue.action == "negotiate" and category in ("procurement", "investment") and "export_control" in _object_categories(object_text):
        # "cooperating on government procurement, investment security, and export controls":
        # cooperation that covers export controls is export-control talk (guide rule 15)
        category = "export_control"
    if cue.action == "negotiate" and category in ("investment", "purchase") and _CRITICAL_MINERALS.search(object_text):
        category = "other"  # "cooperate to facilitate investment and trade in critical minerals" (convention 12)
    if cue.lemma == "open" and category not in ("tariff", "procurement"):
        # ("open its public tenders to British firms": tenders opened are procurement, round 20)
        category = "market_access"  # "open its dairy sector ..., the sticking point in talks": the market is the object
        if "invest" in object_text and _TO_FOREIGN_INVESTMENT.search(object_text):
            # (round 16) "open its insurance sector to foreign investors": who may own firms (the object names the trade)
            category = "investment"
            cue = replace(cue, fixed=True)
    if cue.action in ("enforce", "restrict") and context.default_status == "agreed" \
            and _ONLY_BEFORE.search(sentence, max(0, hit.start - 12), hit.start) and _LIMITING_CASE.search(object_text):
        # "shall only protect a term as a geographical indication where there is a quality link", "will
        # only require import licences if the goods pose a risk": the measure narrowed to some cases
        # eases it for the rest (round 10)
        cue = replace(cue, action="relax")
    if cue.action == "restrict" and category == "import_restriction" and " to " in object_text \
            and _SENT_OUT_TO.match(object_text):
        # (round 20) "barred shipments of gallium to the United States", "banned sales of drones to foreign
        # militaries": goods sent to a named place are the actor's exports (goods named by their origin,
        # "shipments of U.S. beef to China", stay the buyer's import ban)
        category = "export_control"
    if cue.lemma == "extend" and category in ("export_control", "import_restriction") and " to " in object_text \
            and _CONTROL_WIDENED_TO.match(object_text):
        # (round 20) "extended the licensing regime to graphite and tungsten", "will extend its export curbs to
        # two more metals": a control stretched over new goods restricts them (not a term prolonged: "to 2028")
        cue = replace(cue, action="restrict")
    if cue.lemma == "enforce" and "restrictive effect" in object_text and hit.form.lower().startswith("adopt") \
            and _EQUIVALENT_RESTRICTION.search(object_text):
        # "adopt similar measures of equivalent restrictive effect to those of the United States",
        # "adopt or maintain a measure with equivalent restrictive effect": the partner's restriction
        # mirrored (convention 11: adopting a ban is `restrict`); on what the words after it name, else imports
        cue = replace(cue, action="restrict", needs_category=False)
        mirrored = object_text[_EQUIVALENT_RESTRICTION.search(object_text).end():]
        if _first_object(mirrored):
            category = _category(cue, mirrored)
        else:
            # (round 13) "a measure with equivalent restrictive effect as the measure adopted by the
            # United States": the mirrored measure names no trade, the restriction is on imports
            category, category_text = "import_restriction", "import restrictions"
    if category == "other" and cue.category == "other" and not cue.fixed and _first_object(category_text) is None \
            and not [c for c in (subjects or carried or heading_actors) if c != HOME_EXPORTER] \
            and not any(m.actor.country not in (None, HOME_EXPORTER) for m in mentions):
        # "halting offshore wind projects", "repealed the Endangerment Finding", "keep TikTok
        # operational": a generic verb whose object names no measure, in a sentence naming no
        # other country, is a step of home policy (guide rule 1)
        return [], keep
    if cue.action == "negotiate" and _first_object(category_text) is None:
        means = _INCLUDING_MEANS.match(sentence, object_region[0]) or _TALKS_AIM.match(sentence, object_region[0])
        if means and _first_object(means.group(1)):
            # ("cooperate with the United States with a view to restricting transactions with
            # listed entities": the aim of the talks names their subject)
            # "cooperate on ring-fencing their markets ..., including through tariff-rate quota
            # solutions": the talks are on the measure the means names
            category = _category(cue, means.group(1))
            category_text = means.group(1)
    if cue.action == "negotiate" and (_AGREEMENTS_ON_IMPORTS.match(sentence, object_region[0]) or (
            category == "diplomatic" and "232" in sentence and _UNDER_SECTION_232.search(sentence, 0, hit.start)) or (
            # (round 24) on a Section 232 action's page, agreements its officials are to seek with partners
            # ("shall seek agreements with Brazil, Chile, and Indonesia to address the threatened impairment")
            context.imports_action and (cue.lemma == "seek_agreements" or _AGREEMENTS_WITH.match(sentence, object_region[0])))):
        # "negotiate agreements with trading partners to address the threat ... with respect to
        # imports of X": a Section 232 negotiation on those imports (guide, round 7 sanctions)
        category, category_text = "import_restriction", "import restrictions"
        sought_with = context.imports_action and (cue.lemma == "seek_agreements" or _AGREEMENTS_WITH.match(sentence, object_region[0]) is not None)
    if cue.needs_category and not cue.intransitive and _first_object(category_text) is None \
            and not (cue.category == "tariff" and _BARE_RATE.match(object_text) and not _MARKET_MOVE.match(object_text)) \
            and not (cue.category == "tariff" and cue.action in ("raise", "reduce") and _rate_pronoun_object(sentence, hit, object_text, context)):
        # ("China would charge 10%": a bare rate after a tariff verb names the tariff)
        return [], keep  # "reduce reliance on foreign manufacturing": no measure named
    if category not in ("purchase", "investment", "sanctions", "tariff") and _NON_TRADE.search(
            sentence, subject_region[0], object_region[1]):
        return [], keep  # space, defence, peace accords: not trade commitments (guide rule 1)
    if cue.lemma == "impose" and _IMPOSED_BURDEN.match(object_text) and _first_object(category_text) is None:
        return [], keep  # "imposing higher costs on companies", "imposed maximum pressure": no measure imposed
    if category == "tariff" and _DOMESTIC_TAX.search(sentence) and not _TRADE_TAX_WORD.search(sentence):
        return [], keep  # "impose a 4 percent surcharge on incomes", "a 35 percent corporate tax rate": domestic taxes
    if not cue.fixed and not context.trade_order \
            and _names_no_trade(sentence, category_text, object_text, subject_text if cue.intransitive else ""):
        # "kept Spain's hopes alive", "suspended his presidential campaign", "delay the first
        # launch": a generic verb whose object names no measure, in a sentence about no trade
        return [], keep
    if category in ("tariff", "import_restriction") and _non_trade_charge(sentence):
        # (round 15) "The new water tariff takes effect on July 1", "The fee could rise to 45 million
        # euros", "voted to raise the cap on overseas players": a utility's, a club's or a
        # council's charge, no trade measure (guide rule 1)
        return [], keep
    if cue.category == "purchase" and _PROPERTY_OBJECT.match(object_text) \
            and _names_no_trade(sentence, category_text, object_text, ""):
        return [], keep  # "Kiribati is buying property abroad": land, not traded goods
    if cue.action == "raise" and category in ("tariff", "import_restriction") and _ENLARGED_QUOTA.match(object_text):
        # "temporarily increased the tariff-rate quota for beef": more goods enter at the lower
        # in-quota rate, a tariff cut (convention 14); a larger import quota restricts less
        cue = replace(cue, action="reduce" if category == "tariff" else "relax")
    if cue.lemma == "place" and category == "tariff" and cue.action == "restrict":
        # (round 21) "placed tariffs of 25% on imported steel", "placed safeguard tariffs on washing
        # machines": a tariff placed on goods is imposed (guide rule 23), as "put in place" is
        cue = replace(cue, action="impose")
    if category == "investment" and cue.action in ("enforce", "raise", "impose") \
            and _INVESTMENT_SCREENING.search(object_text) and not find_quantities(object_text) \
            and not _COOPERATION.match(object_text):
        # "strengthening mechanisms for reviewing inbound investment", "addressing risks from outbound
        # investment": a screening regime restricts investment (guide rule 15), it enforces nothing
        # (not "strengthen cooperation on investment screening": cooperation, below)
        cue = replace(cue, action="restrict")
    inherited = not subjects
    actors, counterparty = _resolve_parties(
        sentence, cue, category, subjects, subject_region, object_region, mentions, carried,
        heading_actors, context,
    )
    if cue.lemma == "not_required" and not actors:
        # (round 16) "... shall not be required for originating goods of the United States": the goods' partner
        # gives the requirement up; with no goods' country named, no party can be told
        origins = _targets(sentence, object_region, mentions, goods_only=True)
        keeper = _other_party(origins[0], context) if origins else None
        if keeper is None:
            return [], keep
        actors, counterparty = [keeper], origins[0]
    if not actors and category != "tariff" and not (cue.fixed or cue.intransitive) \
            and _first_object(category_text) is None \
            and not find_quantities(object_text):
        # "Several Italian regions banned outdoor work": no party and no trade measure named
        return [], keep
    if cue.action in ("impose", "enforce") and category in ("tariff", "import_restriction") \
            and _penalties_first(object_text) and not find_quantities(object_text):
        # "sets strict penalties for importers who claim too much", "cracking down on false
        # import declarations ..., with tough penalties": enforcing the rules, not a levy
        category = "other"
        cue = replace(cue, action="enforce")
    if cue.action == "relax" and category == "drug_enforcement":
        # (round 14) "policies ..., which facilitate the production and trafficking of illicit drugs": what a
        # government is blamed for easing is no measure of its own, and nobody eases drug enforcement by pledge
        return [], keep
    if cue.lemma == "not_required" and category != "import_restriction":
        return [], keep  # (round 16) "visas will no longer be required": no import requirement named
    if cue.action == "remove" and category == "import_restriction" and hit.form.lower().startswith("waiv") \
            and not _BAN_HEAD.match(object_text):
        # (round 16) "waive the requirement for consular legalization", "waive pre-shipment inspection
        # requirements": a requirement waived is eased (guide rule 13: exempt -> relax); a ban or a fee waived stays
        # removed (round 14: "waive the consular fee")
        cue = replace(cue, action="relax")
    if category == "import_restriction" and (cue.lemma == "not_charge" or (
            cue.lemma in ("not_require", "not_required")
            and _PAPERS_GIVEN_UP.match(subject_text[-60:] if cue.lemma == "not_required" else object_text))):
        # (round 12) "not to require consular formalities", "no longer require import licences": the formality goes;
        # (round 16) a registration, approval or certification no longer required is eased (`relax`, guide
        # rule 13 and round 13 Q1: "will not require registration of U.S. facilities")
        cue = replace(cue, action="remove")
    if cue.action == "enforce" and category == "import_restriction" and _PROHIBITION.search(object_text):
        cue = replace(cue, action="restrict")  # "implement a prohibition on the importation of goods"
    elif cue.action == "enforce" and not _FIGHT_VERB.match(hit.form) and (
            category in ("market_access", "import_restriction") or _BARRIERS.search(object_text)):
        cue = replace(cue, action="relax")  # "address non-tariff (or digital trade) barriers" opens the market
    elif cue.action == "enforce" and category == "tariff":
        cue = replace(cue, action="impose")  # "implemented a 10% additional tariff"
    elif cue.action in ("impose", "restrict") and category == "export_control" \
            and _MATCHING_PARTNER_CONTROLS.search(sentence, hit.end, min(len(sentence), hit.end + 240)):
        # (round 14) "apply controls on exports of chips that match those of the United States", "impose
        # export controls equivalent to those of the United States": the partner's controls adopted (guide rule 15);
        # read past the object's first comma ("controls on the export of X, and of the related software, that
        # are consistent with those of the United States")
        cue = replace(cue, action="enforce")
    elif cue.action == "impose" and category in ("export_control", "import_restriction"):
        # "introduce export controls on software"; sanctions imposed stay `impose` (the news set's
        # "seek new U.N. sanctions", "the sanctions regime stated as a fact")
        cue = replace(cue, action="restrict")
    elif cue.action == "restrict" and category == "other" and _OFFENCE_HEAD.match(object_text):
        # (round 12) "stop transshipment", "stem duty evasion", "curb (limit, block) transshipment": an offence fought
        cue = replace(cue, action="enforce")
    elif cue.action == "impose" and category in ("other", "intellectual_property"):
        cue = replace(cue, action="enforce")  # "apply rules of origin", "set strict penalties for evasion"
    elif cue.inverted and re.search(r"\b(?:continue|continues|still|remain)\s+(?:to\s+)?$", subject_text):
        cue = replace(cue, action="maintain")  # "will continue to face a 25 per cent duty"
    elif cue.action == "raise" and _COOPERATION.match(object_text):
        cue = replace(cue, action="negotiate")  # "strengthen cooperation and action related to export restrictions"
        if category == "investment" and "export_control" in _object_categories(object_text):
            category = "export_control"  # (round 14) "strengthen cooperation on investment screening and export controls"
    elif cue.action == "raise" and category != "tariff" and _ENFORCEMENT.search(object_text):
        cue = replace(cue, action="enforce")  # "strengthening intellectual property protection"
    elif cue.action == "negotiate" and hit.form.lower().startswith("work") and _OWN_ADOPTION.match(object_text) \
            and len(actors) == 1:
        # "El Salvador will work toward accepting the WTO Agreement on Fisheries Subsidies", "work
        # toward ratifying the Convention": one party taking on a treaty's obligations, not talks
        # (as "fully implement" and "accede to" are enforce)
        cue = replace(cue, action="enforce")
    elif cue.action == "negotiate" and _FIGHT_GERUND.match(object_text):
        cue = replace(cue, action="enforce")  # "expand cooperation on combating drug trafficking": the fight itself
    elif cue.action == "negotiate" and _JOINT_WORK_FORM.match(hit.form) and _WITH_PARTNER_ON_FIGHT.match(object_text) \
            and category == "other":
        # "work together with the United States on addressing distortions from industrial subsidies",
        # "cooperate with Japan on countering non-market practices": joint work whose subject is a
        # fight against a practice is the enforcement itself (round 10)
        cue = replace(cue, action="enforce")
    elif cue.action == "negotiate" and category == "drug_enforcement" and _JOINT_WORK_FORM.match(hit.form):
        # "agreed to work constructively together on fentanyl", "will cooperate on narcotics": cooperation
        # whose subject is enforcement is the enforcement itself (second review); "discuss" stays talks
        cue = replace(cue, action="enforce")
    elif cue.action in ("negotiate", "relax") and _ENSURE_PROTECTION.match(object_text):
        cue = replace(cue, action="enforce")  # "work together to ensure strong protection of labor rights"
    elif cue.action == "relax" and hit.form.lower().startswith("provid") and _PROTECTION_PROVIDED.match(object_text):
        # "shall provide a robust standard of protection for intellectual property", "provide
        # effective systems for civil, criminal, and border enforcement": protection given is
        # enforcement, not access given
        cue = replace(cue, action="enforce")
    elif cue.lemma == "subject_to" and _NO_LONGER.search(subject_text):
        cue = replace(cue, action="remove")  # "will no longer be subject to tariffs" (convention 4)
    elif (cue.lemma == "subject_to" and _AGAIN_BEFORE.search(subject_text)) \
            or (cue.lemma == "exempt_from_duty" and _NO_LONGER_BE.search(subject_text)):
        # (round 12) "Fresh citrus of X shall again be subject to the additional duty", "shall no
        # longer be exempt from the duty": an exemption ended raises the duty on those goods (guide:
        # eliminated exemptions are `raise`)
        cue = replace(cue, action="raise")
    elif cue.lemma == "subject_to" and (_STILL_BEFORE.search(subject_text) or " still " in hit.form):
        cue = replace(cue, action="maintain")  # "All other imports will still be subject to the 25% tariff": kept
    elif cue.action == "raise" and category == "investment":
        # "will be increasing their investment commitments to almost $1 trillion": the
        # pledge at its new level is an investment (gold-format convention 4)
        cue = replace(cue, action="invest")
    elif cue.action == "enforce" and hit.form.lower().startswith("address") and _REQUIREMENTS_OBJECT.match(object_text):
        cue = replace(cue, action="relax")  # "address data localization requirements": easing what is required
    elif cue.action == "invest" and hit.form.lower().startswith("facilitat") and _INVESTOR_NAMED.match(object_text) \
            and not any(q.kind == "money" for q in find_quantities(object_text)):
        # "facilitate investment by the United States in its mining sector": the partner's
        # investment let in, not one made (as "facilitate U.S. investment in its territory");
        # (round 15) with a sum it is the pledge ("facilitate investment by Uzbek enterprises of not
        # less than $5 billion in the United States")
        cue = replace(cue, action="relax")
    elif cue.action == "relax" and category == "investment" and not hit.form.lower().startswith(("exempt", "waiv")) \
            and (_INVESTED_INTO.search(object_text) or any(q.kind == "money" for q in find_quantities(object_text))):
        # "encourage and facilitate at least $200 billion of investment into the United States":
        # the investment pledged (as "facilitate investment" is, gold-format convention 4)
        cue = replace(cue, action="invest")
    elif cue.action == "raise" and category == "market_access":
        cue = replace(cue, action="relax")  # "increasing access for U.S. beef"
    elif (cue.action == "reduce" or cue.lemma == "end") and category == "market_access":
        cue = replace(cue, action="relax")  # "reduce non-tariff barriers", "end discriminatory practices" open the market
    # ("remove"/"eliminate non-tariff barriers" stays `remove`: guide rule 14)
    elif cue.action == "relax" and category == "tariff":
        # "exempt aircraft from tariffs" removes them; "offer preferential tariff treatment" cuts them
        lifted = hit.form.lower().startswith(("exempt", "waiv")) or _MFN_TREATMENT.match(object_text)
        cue = replace(cue, action="remove" if lifted else "reduce")
    if category == "investment" and cue.action == "invest" and _OWN_CAPABILITY.match(object_text) \
            and _SPENT_WITH_HOME.search(object_text):
        # "Australia is investing significantly in its air defense capabilities, including $2 billion
        # in U.S. companies": money a country spends on its own forces at U.S. firms buys from them
        category, cue = "purchase", replace(cue, action="purchase", category="purchase")
    if category == "investment" and cue.action == "invest" and subjects == [HOME_EXPORTER] and _invests_at_home(
            sentence, subject_text, object_region, mentions):
        return [], []  # "U.S. steel producers announced plans to invest $15 billion": home companies at home (guide rule 1)
    # (round 21: or the verb itself, "may offset the duties it pays by an amount equal to 3.75 percent of the
    # value of the robots": a share of value, guide rule 24)
    offset = category == "tariff" and cue.action in ("impose", "relax", "reduce") and _OFFSET.search(
        (subject_text[-60:] + " " if cue.intransitive else "") + hit.form + " " + object_text[:60]) is not None
    if offset:
        cue = replace(cue, action="reduce")  # "offers an offset to a portion of tariffs": a partial relief
    if category == "tariff" and cue.action == "impose" and _ONLY_MFN.match(object_text):
        # "apply only the MFN tariff to aircraft": the additional tariff is lifted for
        # those goods, an exemption stated as the measure (guide rule 3)
        cue = replace(cue, action="remove")
    elif cue.action in ("enforce", "impose") and _NEGOTIATED_APPROACH.match(object_text):
        cue = replace(cue, action="negotiate")  # "adopt a structured, negotiated approach to other sectors"
    if cue.action in ("relax", "reduce") and _NO_LESS_FAVORABLE.search(object_text):
        # "provide terms no less favorable than ...", "accord treatment no less favorable":
        # equal treatment promised, no rate cut (category kept)
        cue = replace(cue, action="relax")
    if _may(low_before, _EFFORT_TOWARD_WORDS) and _EFFORT_TOWARD.search(sentence, max(0, hit.start - 60), hit.start):
        # "will work constructively in an effort to address barriers": talks about the
        # measure, not the measure (guide rule 14)
        cue = replace(cue, action="negotiate")
    said = None
    for said in (_SAID_ON_DAY.finditer(sentence, subject_region[0], hit.start) if "day" in sentence else ()):
        pass
    # "the ministry said on Tuesday it would remove ... from Nov. 10": the day it was said is no date of the measure
    clause = sentence[said.end() if said else subject_region[0]:object_region[1]]
    time = read_time(clause, context.on)
    status = _status(sentence, subject_region, hit, object_region, cue.action, context, actors, mentions)
    if status == "implemented" and cue.lemma == MONEY_PLEDGE_LEMMA:
        status = context.default_status  # (round 18) "offered a $350 billion package": a pledge made, not money spent
    if status == "implemented" and time.start_date and context.on and time.start_date > context.on \
            and _PLAIN_WEEKDAY.search(clause):
        # "the US on Monday did extend the licence": a measure already taken, last Monday
        time.start_date -= timedelta(days=7)
    if status == "negated" and context.order_text and category == "tariff" and (
            (cue.lemma == "subject_to" and _DUTY_IN_FORCE.search(object_text) and not _THIS_ORDERS_DUTY.search(object_text))
            or (cue.lemma == "duty_not_apply" and _DUTY_IN_FORCE.search(subject_text)
                and not _THIS_ORDERS_DUTY.search(subject_text))):
        # "certain agricultural products shall not be subject to the reciprocal tariff imposed under
        # Executive Order 14257", "an article subject to X shall not be subject to additional tariffs
        # pursuant to the actions listed in section 2": an order taking goods out of a duty already in
        # force removes it for them (not the scope of a duty this order imposes, guide rule 3)
        cue = replace(cue, action="remove")
        status = "implemented"
        if context.in_force_by and actors != [context.in_force_by]:
            # (the duty is the signer's, whichever partner the goods' sentence names)
            actors = [context.in_force_by]
            counterparty = _origin_or_other(sentence, subject_region, mentions, context)
    if cue.lemma == "require_transfer" and status != "negated":
        return [], actors  # (round 15) "China requires the transfer of technology": a practice told, only its pledged absence is a row
    if status == "negated":
        # ("shall not adopt or maintain discriminatory measures": adopting a measure burdens trade
        # whatever category the measure falls in, so not adopting it is a standstill, convention 11)
        negation = None if cue.intransitive or cue.inverted else _negation_kind(
            sentence[subject_region[0]:hit.end], "enforce" if hit.form.lower().startswith("adopt") else cue.action,
            context)
        if negation == "refusal" and context.default_status == "agreed" and cue.action in ("reduce", "remove", "relax") \
                and _PROTECTIONS.match(object_text) and _lexicon().negation["standstill"].search(
                    sentence[subject_region[0]:hit.end]):
            negation = "standstill"  # "shall not weaken or reduce the protections in its labor laws": kept as they are
        if negation is not None and category == "purchase" and context.default_status == "agreed" \
                and _SOURCE_OF_CONCERN.search(object_text):
            # "shall not purchase nuclear reactors from certain countries", "will not buy telecom gear
            # from suppliers of concern": a source shut out is an import restriction (round 10)
            cue = replace(cue, action="restrict")
            category = "import_restriction"
            negation = "recast"
            status = "agreed"
        if negation is not None and context.default_status == "agreed" and _RESTRICTIVE_MANNER.search(object_text):
            # "shall not apply import licensing in a manner that restricts the importation of U.S.
            # goods", "will not administer permits in a way that discriminates against U.S. products":
            # the measure stays, its restrictive use goes, so the goods' treatment is eased (round 10)
            cue = replace(cue, action="relax")
            negation = "recast"
            status = "agreed"
        if negation == "standstill" and category == "tariff" and hit.form[:4].lower() in _WITHHOLDING_VERBS \
                and (_TARIFF_WITHHELD_FROM_GOODS.match(object_text) or _TARIFF_IN_FORCE_WITHHELD.match(object_text)):
            # (round 13) "The United States shall not apply the tariff referred to in paragraph 2 to
            # the originating goods listed in Schedule 2": goods exempted from a tariff in force, a
            # deal term (convention 17), not a duty kept absent; (round 15) the tariff in force named
            # ("shall not impose the reciprocal tariff on X salmon", "will not levy the additional duty on")
            cue = replace(cue, action="remove")
            negation = "recast"
            status = "agreed"
        if cue.lemma == "take_effect" and _NOT_YET.match(sentence, hit.end):
            # (round 15) "the tariff cut would not take effect on 1 March as planned", "will not take effect until
            # the parliament approves": the measure's date pushed back (`delay`)
            cue = replace(cue, action="delay")
            negation = "recast"
            status = context.default_status
        if negation is None:
            # "did not lower duties": no measure taken; "goods will not be subject to the
            # duty": the scope of a measure told elsewhere
            return [], actors
        if negation == "recast":
            pass  # the action and status are set above
        elif negation == "standstill":
            # "the parties will not impose customs duties on electronic transmissions":
            # keeping a measure absent (gold-format convention 11)
            cue = replace(cue, action="maintain")
            status = "agreed"
        else:
            status = "rejected"  # "has no plans to lower duties on cars" (convention 10)
    # (a measure an order authorizes falls on whoever later meets its terms: conditional)
    conditional = _states_condition(_provision_of(sentence, hit.start)) or cue.lemma == "authorize_measure"
    if conditional and status == "implemented" and ("f " in sentence or "event" in sentence or "hould" in sentence) \
            and _FUTURE_EVENT_CONDITION.search(sentence):
        # (round 15) "there will be no tariff if they decide to build here", "If such orders are terminated,
        # articles ... shall be subject to a duty of 12 percent": in force only once the event happens
        status = "announced"
    # "Switzerland and Liechtenstein ... will pay a 15% rate": a row per paying partner too
    partners = _partner_list(sentence, _payers_region(sentence, subject_region, mentions), mentions, actors) \
        if (cue.intransitive or cue.inverted) and category == "tariff" else []
    if category == "tariff" and not cue.inverted and _CHARGE_FORM.match(hit.form):
        # (not the passive "Steel from A and B will be charged 35 pct": the payers, above)
        # "charge Mexico and Canada a 25% tariff": the charged partners, a row each
        partners = _partner_list(sentence, (object_region[0], min(object_region[1], object_region[0] + 40)),
                                 mentions, actors)
    if category == "tariff" and not partners and _FRONTED_PARTNERS.match(sentence, subject_region[0], subject_region[1]):
        # "For A and B, the United States will also remove the reciprocal tariffs ...": a row per partner
        partners = _partner_list(sentence, _FRONTED_PARTNERS.match(sentence, subject_region[0]).span(), mentions, actors)
    if category == "tariff" and not partners and ("'s" in object_text or "’s" in object_text) \
            and _POSSESSIVE_PARTNERS.search(object_text):
        # "imposed tariffs over Mexico's, Canada's, and China's failure to stop the drugs": the
        # tariff answers each partner's conduct, a row per partner (guide rule 11)
        listed = _POSSESSIVE_PARTNERS.search(object_text)
        partners = _partner_list(sentence, (object_region[0] + listed.start(), object_region[0] + listed.end()),
                                 mentions, actors)
    if category == "tariff" and not partners and "ountries" in object_text and _PARTNERS_NAMED_BEFORE.search(object_text):
        # (round 13) "give MFN-tariff treatment for certain goods from these countries": a row per
        # partner the document listed before (guide rule 11)
        referred = _PARTNERS_REFERRED_BACK.search(object_text)
        partners = [c for c in _partners_referred_back(referred, context) if c not in actors] if referred else []
    # "quotas of 500 tonnes for US beef and 1,500 tonnes for poultry": a row per quota size
    quota_sizes = category == "tariff" and (cue.lemma == "cap_imports" or bool(_QUOTA.search(f"{hit.form} {object_text}"))
                                            or _quota_is_subject(subject_text, object_text)) and not any(
        q.kind in ("rate", "points") for q in find_quantities(object_text))
    if category in ("purchase", "investment") or quota_sizes:
        segments = [(category, part) for part in _amount_segments(object_text)]
    else:
        segments = _category_segments(cue, object_text, category)
        if category == "tariff" and len(segments) == 1:
            segments = [(category, part) for part in _rate_list_segments(object_text)]
    rows: list[Commitment] = []
    for category, segment in segments:
        values = _values(cue, category, segment, subject_text, hit.form, quota_sizes)
        if quota_sizes and values is not None and values[4] is not None and values[2] is None \
                and _QUOTA_ENTERS_FREE.search(sentence, object_region[0], object_region[1] + 200):
            # (round 12) "open a quota of 3,000 tons ..., and goods entered within that quota shall
            # enter free of duty": a zero in-quota rate said in the next clause (convention 14)
            values = ("remove", None, 0.0, None, None, "percent")
        if values is None:
            continue
        if category == "tariff" and values[0] == "remove" and _lacks_levels(values) and "free of" in sentence \
                and _ENTERS_FREE_OF.search(sentence, object_region[0]):
            # (round 15) "shall not apply the reciprocal tariff to goods of X listed in Annex II, which include ...,
            # such that those goods enter the United States free of any reciprocal duty": the zero told past the object
            values = ("remove", None, 0.0, None, None, "percent")
        if category == "tariff" and _lacks_levels(values) and values[4] is None:
            values = _clause_end_levels(cue, sentence, object_region[1]) or values
            if _lacks_levels(values) and values[0] == "impose" and _HIGHER_OF.search(segment):
                # "apply the higher of either the FTA or MFN tariff rate, as applicable, or a tariff
                # rate of 15 percent": the stated rate sits past the aside that ended the object
                alternative = _ALTERNATIVE_RATE.match(sentence, object_region[1])
                if alternative:
                    values = ("impose", None, float(alternative.group(1)), None, None, "percent")
        action, value_from, value_to, change, amount, unit = values
        if category == "tariff" and action in ("maintain", "impose") and value_to is not None and any(
                float(m.group(1)) == value_to for m in _AVERAGE_RATE.finditer(segment)):
            continue  # "tariffs as high as an average of 37% for farm goods": a statistic (guide rule 2)
        if category == "tariff" and action == "maintain" and value_to is not None \
                and _KEPT_SO_FAR.search(sentence, max(0, hit.start - 20), hit.end):
            # "India has maintained some of the highest tariffs ..., more than 100% on certain autos":
            # a partner's tariff stated as a fact is a historical row (guide rule 4)
            action, status = "impose", "implemented"
        if category == "investment" and unit == "units" and _COUNTED_GOODS_FIRST.match(segment):
            # "a commitment from Etihad Airways to invest in 28 Boeing aircraft": money put
            # into counted goods buys them (guide rule 25)
            category, action = "purchase", "purchase"
        if category == "investment" and unit in ("tonnes", "units"):
            # "invest in a 100 metric ton-per-year refinery": the size of what is built, not the sum
            amount, unit = _invested_sum(segment)
        if amount is None and change is None and category in ("purchase", "investment") and action in ("purchase", "invest") \
                and len(segments) == 1 and _SUM_WORDS_HINT.search(sentence, object_region[1]):
            # (round 14) "purchases of U.S. corn, soybeans, fertilizer, ..., in amounts totaling $8 billion
            # per year": the sum told after a list longer than the object reaches (the clause's own)
            late = _LATE_SUM.match(sentence, object_region[1])
            money = [q for q in find_quantities(late.group("sum")) if q.kind == "money"] if late else []
            if money:
                amount, unit = money[0].value, money[0].unit
        if category == "tariff" and unit == "percent" and value_to is not None and value_from is None \
                and action in ("impose", "maintain"):
            current = _CURRENT_LEVEL.search(sentence, object_region[0], min(len(sentence), object_region[1] + 80))
            if current and float(current.group(1)) != value_to:
                # "The 15 per cent rate will also apply to cars, which currently face 27.5 per cent"
                value_from = float(current.group(1))
                action = "remove" if value_to == 0 else "reduce" if value_to < value_from else "raise"
        elif category == "tariff" and action in ("remove", "reduce", "suspend") and _lacks_levels(values) and amount is None \
                and ("which" in sentence or "that" in sentence):
            current = _CURRENT_LEVEL.search(sentence, object_region[0], min(len(sentence), object_region[1] + 80))
            if current:
                # (round 21) "do away with its duties on wheat, which today face levies of up to 35 percent": the
                # level the goods bear is the one removed (convention 15's suspended rate, guide rule 20)
                value_from, unit = float(current.group(1)), "percent"
        if offset:
            value_from, value_to, change, amount, unit = None, None, None, None, None  # a share of value, not a rate
        if category == "procurement" and amount is not None and " worth " in segment and _CONTRACT_THRESHOLD.search(segment):
            # (round 20) "open procurement contracts worth more than 1.5 million ringgit to European bidders":
            # the size from which contracts are open is the scope, not a sum committed
            amount, unit = None, None
        if cue.lemma == "no_tariff":
            value_from, value_to, change, unit = None, 0.0, None, "percent"  # "there will be no tariff"
        elif cue.lemma == "enter_free" and unit == "percent" and value_to != 0:
            # (round 24) "shirts made with at least 20% American cotton enter the U.S. free of the tariff": a share
            # of content in the goods named is no level of the tariff they enter free of; a level the goods pay
            # now stays the one the zero replaces ("Wine, which now pays up to 20 per cent, will come in free of duty")
            if value_from is not None and not _LEVEL_PAID_BEFORE.search(sentence):
                value_from = None
            value_to, change = 0.0, None
        if category == "tariff" and action == "impose" and _LOWER_RATE.search(
                f"{subject_text[-40:] if cue.intransitive else ''} {segment[:40]}"):
            # "will be subject to lower tariffs of 10%", "a lower tariff will apply": a cut
            # for those goods, whose earlier level the sentence leaves out
            action = "reduce"
        product_text = segment if not (cue.intransitive or cue.inverted) else subject_text + " " + segment
        products = hs_codes(_before_alongside(product_text))
        if not products and _FRONTED_SCOPE.match(sentence):
            # "For any Section 232 tariffs imposed on pharmaceuticals, the United States intends
            # to apply ... 15 percent": the fronted phrase names the goods
            products = hs_codes(_FRONTED_SCOPE.match(sentence).group(0))
        subject = _subject_phrase(segment if not cue.intransitive else subject_text)
        worldwide = category == "tariff" and _WORLDWIDE.search(product_text) is not None
        for actor, party in [(a, p) for a in actors or [None] for p in partners or [counterparty]]:
            if worldwide and not partners:
                party = None  # "a 10% tariff on all countries": no one counterparty
            elif actor is not None and (party is None or party == actor):
                party = _listed_partner_counterparty(actor, actors, context) \
                    or next((c for c in actors if c != actor), None) or _other_party(actor, context)
            rows.append(Commitment(
                actor=actor, category=category, action=action, subject=subject, evidence=sentence,
                paragraph_index=0, char_start=0, char_end=0, counterparty=party if party != actor else None,
                products=list(products), value_from=value_from, value_to=value_to, change=change,
                amount=amount, unit=unit, duration_days=time.duration_days, start_date=time.start_date,
                end_date=time.end_date, status=status, conditional=conditional,
                confidence=_confidence(actor, inherited, category), article_id=context.article_id,
                extractor_version=EXTRACTOR_VERSION,
            ))
    if cue.lemma == "authorize_measure" and not any(
            object_region[0] <= m.start < object_region[1] and m.actor.country for m in mentions):
        for row in rows:
            row.counterparty = None  # "authorizes new sanctions on covered persons": a class, no one country
    if cue.lemma == "reverse_easing" and _EASED_IN_RELATIVE.search(sentence, hit.end, hit.end + _REQUIRES_REACH[cue.lemma]):
        # "reversing the earlier deal that eased restrictions": the easing it undid is recounted too
        rows += [replace(row, action="relax") for row in rows]
    if rows and "aiver" in object_text:
        rows = _waived_measure_rows(sentence, object_region, rows, mentions)
    if rows and sought_with:
        # (round 24, guide Q2) agreements an order directs its officials to seek: a row of the ordering party per
        # partner named ("with Brazil, Chile, and Indonesia"), none for unnamed ones ("with allied countries")
        named = list(dict.fromkeys(m.actor.country for m in mentions if object_region[0] <= m.start < object_region[1]
                                   and m.actor.country and m.actor.country not in actors))
        rows = [replace(row, counterparty=partner) for row in rows[:1] for partner in named] or [replace(rows[0], counterparty=None)]
    return rows, ([] if cue.inverted else [a for a in actors if a])


# (round 13, news) "a resolution that backed the administration's waiver on restrictions on
# investment", "approved Washington's waiver of the sanctions": the object is a waiver, which eases
# the measure it names (annotation guide, News set: `relax`, category by the measure); a possessive
# before the waiver names the government that grants it
_WAIVER_OF_MEASURE = re.compile(
    r"(?:(?P<owner>\b[\w.’'-]+(?:\s+[\w.’'-]+){0,2}?)[’']s\s+)?\b(?:(?:temporary|new|partial|\d+-day)\s+)?waivers?\s+"
    r"(?:on|of|from)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:restrictions|curbs|limits|sanctions|bans?|controls|embargo)\b",
    re.IGNORECASE)
_TIGHTENING_ACTIONS = ("impose", "raise", "restrict")


def _waived_measure_rows(sentence: str, object_region: tuple[int, int], rows: list[Commitment],
                         mentions: list[ActorMention]) -> list[Commitment]:
    """Rows whose object is a waiver of a measure: the measure is eased, by the waiver's owner."""
    waiver = _WAIVER_OF_MEASURE.search(sentence, object_region[0], object_region[1])
    if waiver is None:
        return rows
    owners = [m.actor.country for m in mentions if waiver.group("owner") and m.actor.country
              and waiver.start("owner") <= m.start and m.end <= waiver.end("owner")]
    eased = []
    for row in rows:
        if row.action in _TIGHTENING_ACTIONS:
            actor = owners[0] if owners else row.actor
            counterparty = row.counterparty if row.counterparty != actor else None
            row = replace(row, action="relax", actor=actor, counterparty=counterparty)
        eased.append(row)
    return eased


def _listed_partner_counterparty(actor: str, actors: list[str], context: _Context) -> str | None:
    """Partners listed together as one clause's subject without the document's own government
    ("Certain countries, like A, B, C, and D, restrict ...", "the European Union (10%) and India
    (70%) impose ...") each act toward that government, not toward a fellow listed partner. The
    government is the country the document names most (a signing government's order may be about
    a third country's conduct)."""
    home = context.parties[0] if context.parties else None
    if len(actors) < 2 or home is None or home in actors:
        return None
    return home


def _visits_a_country(sentence: str, subject_region: tuple[int, int], object_region: tuple[int, int],
                      mentions: list[ActorMention]) -> bool:
    """Whether the place visited is a country (or its capital): "visit China in April", "a state
    visit to the United States" — not "visit Capitol Hill", "visiting a common nuisance"."""
    visitors = {m.actor.country for m in mentions if subject_region[0] <= m.start < subject_region[1]}
    return any(object_region[0] <= m.start < object_region[1] and m.form in ("name", "capital")
               and m.actor.country and m.actor.country not in visitors for m in mentions)


# An investment screening regime named as a verb's object (round 11): "mechanisms for reviewing
# inbound investment", "outbound investment rules", "risks from outbound investments"
# (round 16) a sector opened "to foreign investment", "to U.S. investors", "to foreign direct investment"
_TO_FOREIGN_INVESTMENT = re.compile(r"\bto\s+(?:(?:foreign|overseas|outside|international|U\.S\.|US|American)\s+)(?:direct\s+)?invest(?:ment|ors)\b")
_INVESTMENT_SCREENING = re.compile(
    r"\b(?:review(?:ing|s)?|screen(?:ing|s)?|vetting)\s+(?:of\s+)?(?:all\s+)?(?:inbound|outbound|foreign|incoming)\s+"
    r"(?:direct\s+)?investments?\b"
    # (round 16) "the review of acquisitions by foreign persons of interests in U.S. farmland"
    r"|\b(?:review(?:ing|s)?|screen(?:ing|s)?|vetting)\s+(?:of\s+)?(?:(?:all|the|certain|covered|such)\s+)?(?:foreign\s+)?(?:acquisitions|transactions|purchases)\s+by\s+foreign\b"
    r"|\b(?:inbound|outbound)\s+investments?\s+(?:(?:and|or)\s+(?:inbound|outbound)\s+investments?\s+)?"
    r"(?:regulations|rules|regimes?|screening|reviews?|mechanisms?)\b"
    # (round 14) "strengthen its investment screening regime", "tighter investment security reviews"
    r"|\b(?:foreign\s+)?investment\s+(?:screening|security\s+reviews?|reviews?)\b"
    r"|\brisks?\s+(?:from|of|posed\s+by)\s+(?:inbound|outbound)\s+investments?\b", re.IGNORECASE)


# Land and buildings a country buys are no trade purchase (when nothing else in the
# sentence is about trade: see _names_no_trade).
_PROPERTY_OBJECT = re.compile(r"\s*(?:(?:some|more|new|a|an|the)\s+)?(?:land|property|properties|real estate|homes?|houses?|buildings?)\b",
                              re.IGNORECASE)
# object words that also live outside trade ("granted access to it", "engage in political
# dialogue"): they name a measure only in a sentence about trade
CONTEXT_BOUND_WORDS = ("access to", "access for", "dialogue")
# what is imposed when it is no trade measure: costs, pressure, consequences, fines, a standard
_IMPOSED_BURDEN = re.compile(
    r"\s*(?:(?:a|an|the|this|that|these|its|their|his|her|new|higher|high|heavy|substantial|serious|severe|maximum|"
    r"significant|additional|further|profound|real|economic|financial|political|[\w-]+-era)\s+)*(?:costs?|pressure|consequences|burdens?|fines|"
    r"standards?|hardships?|(?:naval\s+|military\s+)?blockades?|curfews?|martial\s+law)\b", re.IGNORECASE)  # (not "penalties": customs penalties on importers enforce trade rules)
# "For those with incomes over $5 million she would impose a 4 percent surcharge", "taxing
# pass-through income at 15 percent": a tax with no tariff, import or goods word is domestic
_DOMESTIC_TAX = re.compile(r"\b(?:tax|taxes|taxing|taxed|taxation|surcharges?|incomes?|capital gains|gains)\b", re.IGNORECASE)
_TRADE_TAX_WORD = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|imports?|imported|exports?|customs|goods|products|TRQs?|quotas?|GATT|WTO|"
    r"discriminat\w*)\b", re.IGNORECASE)  # (a tax that discriminates against a partner's firms is a trade term)
# "The yen strengthened 0.13% versus the greenback": a market move, not a tariff rate
_MARKET_MOVE = re.compile(
    r"\s*(?:a\s+|an\s+)?\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+(?:versus|against|vs\.?|on the (?:day|week)|in (?:early|late) trad)",
    re.IGNORECASE)


# A purchase or investment forced on others: "compels U.S. auto companies to invest in Canada",
# "any condition requiring U.S. persons to transfer technology or to purchase goods".
_COERCED = re.compile(r"\b(?:compel|force|coerce|pressure|require)(?:s|d|ing)?\s+(?:[\w.’'-]+\s+){1,4}?to\s+"
                      r"(?:(?:[\w-]+\s+){1,12}?(?:or|and)\s+(?:to\s+)?)?$", re.IGNORECASE)


_ASPECT_OR_PLEDGE = ("keep", "continue", "remain", "stay", "resume", "agree", "commit", "pledge", "plan", "intend",
                     "seek", "expect", "promise", "vow", "offer", "start", "begin")


def _describes_partner_practice(sentence: str, hit: _CueHit, subjects: list[str], context: _Context) -> bool:
    """Whether a cue describes what a partner does, on a U.S. page: a practice ("has a history
    of imposing"), or a verb in the plain present with the partner as subject ("China enforces
    strict import restrictions and tightly limits exemptions", "Cuba supports adversaries") —
    a description of its conduct, not a measure it takes or pledges (guide rule 2)."""
    if not subjects or "USA" in subjects or not context.parties or context.parties[0] != "USA" \
            or context.default_status == "agreed":
        return False  # (a deal's or agreement's text states the partner's terms in the present too)
    form = hit.form
    if " " in form or not form.endswith("s") or form.endswith(("ss", "us")) or form[:1].isupper() \
            or form.startswith(_ASPECT_OR_PLEDGE):
        return False  # ("so that Chile keeps buying American", "resumes purchases": an act, not a practice)
    word = _previous_word(sentence, hit.start)[0]
    return word not in _AUXILIARIES and word not in ("to", "not", "also", "now", "still")


# A promise kept or a mandate given, told as praise: the verbs after it are the promise's words.
_PROMISE_KEPT = re.compile(
    r"\b(?:(?:keep(?:s|ing)?|kept|fulfill(?:s|ed|ing)?|deliver(?:s|ed|ing)?\s+on|honou?r(?:s|ed|ing)?)\s+"
    r"(?:his|her|their|its|the|a|that|this|every)\s+(?:campaign\s+)?(?:promises?|pledges?|mandate)"
    r"|\b(?:gave|give|gives|given|giving)\s+(?:him|her|them|the President)\s+a\s+mandate)"
    r"\s+to\s+(?:(?:[^.;]|(?<=[A-Z])\.){0,160}?(?:,|\band)\s+)?$", re.IGNORECASE)
# Parties no one can name: a pattern ("dozens of countries have agreed to ..."), a procedure
# ("a trading partner must conclude a deal", "the extent of a trading partner's commitments to ...").
_INDEFINITE_PARTY = re.compile(
    r"\b(?:(?:dozens|scores|hundreds|many|several|some|numerous|most|a\s+number)\s+(?:of\s+)?(?:other\s+|our\s+)?"
    r"(?:countries|nations|trading\s+partners|partners)"
    r"|(?:a|any|each|every)\s+(?:foreign\s+)?trading\s+partner(?:['’]s)?)\b"
    # Round 11: trading partners in general as the subject of a past or habitual claim ("Trading
    # partners have repeatedly blocked ...", "U.S. trading partners have had few incentives to ..."):
    # an order's background, no party named
    r"|(?:^|(?<=[,;:]\s))(?:U\.S\.\s+|our\s+|foreign\s+|other\s+|America['’]s\s+)?trading\s+partners\s+"
    r"(?:have|had|are|were|continue\s+to|often|routinely|repeatedly|long)\b", re.IGNORECASE)
# Goods whose origin is any partner, the subject of a levy ("Goods of any foreign trading partner
# that is not listed in Annex I will be subject to a 10 percent duty"): the levying party acts
_GOODS_OF_ANY_PARTNER = re.compile(
    r"\b(?:goods|articles|products|imports)\s+(?:of|from)\s+(?:a|any|each|every)\s+(?:foreign\s+)?trading\s+partner\b",
    re.IGNORECASE)
# Cheap test before _domestic_deregulation: the words its objects need.
# The home country's own output as what a verb raises ("increase American critical mineral
# production", "expand domestic refining capacity"): industrial policy at home, no trade measure
_HOME_OUTPUT = re.compile(r"\s*(?:the\s+)?(?:American|U\.S\.|US|domestic|our|national|America[’']s|the\s+Nation[’']s)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:production|output|manufacturing|mining|refining|processing|smelting)"
                          r"(?:\s+(?:capacity|base|capabilities))?\b(?!\s+(?:and|or)\s+(?:exports?|imports?|trade)\b)")
_DOMESTIC_HINT = re.compile(r"egulat|ureaucra|red tape|ermit|icen[cs]e|lease|nvironment|EPA|ir[- ]quality|missions|clean")


@lru_cache(maxsize=1)
def _domestic_objects() -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    data = _cue_data()
    trade = data.get("domestic_objects_trade")
    return _any_of(data.get("domestic_objects"), re.IGNORECASE), re.compile(trade, re.IGNORECASE) if trade else re.compile(r"(?!)")


def _domestic_deregulation(object_text: str) -> bool:
    """Whether a verb's object is a government's own regulation at home ("unnecessary
    regulatory burdens", "Biden-era regulations", "bureaucracy") with no traded goods, imports,
    exports or foreign side named: deregulation, not a trade measure (guide rule 1)."""
    objects, trade = _domestic_objects()
    return objects is not None and objects.match(object_text.lstrip(" ,")) is not None \
        and trade.search(object_text) is None


@lru_cache(maxsize=1)
def _trade_context() -> re.Pattern[str]:
    data = _cue_data()
    words = data.get("trade_context") or []
    # (not after a hyphen: "a cap-and-trade bill" is about emissions)
    return _with_first_chars(r"(?<![\w-])(?:" + _by_first_letter(words) + r")\b", re.IGNORECASE) if words else re.compile(r"(?!)")


def _by_first_letter(words: list[str]) -> str:
    """The alternation of the (case-insensitive) regex ``words``, those that open with a plain letter grouped
    under it: the same strings at each position, the engine reading the letter once instead of trying each word
    (speed, round 24: for a pattern used only to tell whether it matches — a word's place in the alternation
    can change which word a match is, never whether there is one)."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for word in words:
        if len(word) > 1 and word[0].isascii() and word[0].isalpha() and word[1] not in "?*+{|)":
            groups.setdefault(word[0].lower(), []).append(word[1:])
        else:
            others.append(word)
    return "|".join([letter + "(?:" + "|".join(rests) + ")" for letter, rests in groups.items()] + others)


@lru_cache(maxsize=1)
def _non_trade_talk_subjects() -> re.Pattern[str]:
    data = _cue_data()
    return _any_of([rf"\b{w}\b" for w in data.get("non_trade_talks") or []], re.IGNORECASE) or re.compile(r"(?!)")


def _non_trade_talks(row: Commitment) -> bool:
    """Talks on peace, a ceasefire, nuclear arms or migration in a sentence naming no trade
    ("Israel and Hamas will begin negotiations on a ceasefire"): no trade step (guide rule 1)."""
    if row.category != "diplomatic" or row.action != "negotiate" or not _non_trade_talk_subjects().search(row.evidence or ""):
        return False
    # ("a peace deal", "the nuclear agreement" name no trade deal)
    return _trade_context().search(_NON_TRADE_DEAL.sub(" ", row.evidence)) is None


_NON_TRADE_DEAL = re.compile(r"\b(?:peace|ceasefire|cease-fire|nuclear|hostage|prisoner|arms|security|defen[cs]e|climate|"
                             r"migration)\s+(?:deals?|agreements?|accords?|pacts?)\b", re.IGNORECASE)


# (round 15) charges that are no trade measure: a utility's tariff, a council's fees, a club's
# transfer fee, a league's cap; a bare fee, fare, charge or cap names no trade measure by itself
_NON_TRADE_CHARGE_PAYERS = (
    "waste", "water", "sewerage", "electricity", "energy", "power", "gas", "heating", "feed-in", "broadband", "postal",
    "parking", "tourist", "tourism", "hotel", "congestion", "transfer", "tuition", "entry", "entrance", "admission",
    "ticket", "licence", "license", "membership", "collection", "bin", "school", "court", "legal", "agency", "signing",
    "release", "buyout", "buy-out", "management", "subscription", "user", "landing", "toll", "salary", "wage", "squad",
    "roster", "phone", "mobile", "roaming", "rail", "bus", "taxi", "transit",
    # ((round 24) a utility's or a club's price list by whom it charges: "its household tariff will rise by 8.4 per
    # cent", "the residential water tariff", "the matchday tariff for under-16s")
    "household", "residential", "matchday", "season-ticket", "off-peak", "peak",
)
# (speed, round 24: the words before the charge as a character trie, as round 18 did for the word numbers — the
# engine tried ~60 words one after another at every word start of the sentence; no word is another's prefix
# followed by a blank, so the same matches)
_NON_TRADE_CHARGE = re.compile(
    r"\b(?:trade\s+waste|domestic\s+(?:water|energy|electricity|gas)|" + trie_regex(_NON_TRADE_CHARGE_PAYERS) + r")"
    r"(?:\s+(?:collection|bill|service|water|energy|electricity|gas|power))?\s+"
    r"(?:fees?|tariffs?|charges?|levy|levies|fares?|caps?)\b|\b(?:fees?|caps?|fares?|charges?)\b"
    # ((round 24) "The tariff for large commercial users rises by 8%": a price by the customers who pay it)
    r"|\btariffs?\s+for\s+(?:[\w-]+\s+){0,2}?(?:users|customers|households|consumers|homes|residents|subscribers|"
    r"under-\d+s|children|pensioners|students|fans|supporters)\b"
    # ("paying for it with a levy on tourist hotel stays": what a local levy falls on)
    r"|\b(?:levy|levies|tax|taxes)\s+on\s+(?:[\w-]+\s+){0,2}?(?:stays|visitors|tourists|rooms|nights|households|"
    r"residents|homes|properties|bags|drinks|parking)\b", re.IGNORECASE)
_NON_TRADE_CHARGE_HINTS = ("fee", "cap", "fare", "harge", "ariff", "levy", "levies")


def _non_trade_charge(sentence: str) -> bool:
    """Whether the sentence's only measure is a charge of no trade (a water tariff, a transfer fee, a
    cap on players): with those words taken out, it names no measure and no trade word."""
    if not holds_one_of(_NON_TRADE_CHARGE_HINTS, sentence):
        return False  # (the cheap test first: most tariff rows name no fee, cap or fare)
    stripped = _NON_TRADE_CHARGE.sub(" ", sentence)
    if stripped == sentence:
        return False
    return not _MEASURE_WORDS.search(stripped) and not _trade_context().search(stripped) and not hs_codes(stripped)


def _names_no_trade(sentence: str, category_text: str, object_text: str, subject_text: str) -> bool:
    """Whether a verb's row would rest on the verb alone: its object (or, for an intransitive
    verb, its subject) names no measure, figure or product — or only words that name one in a
    trade text ("access to", "dialogue") — and the sentence no trade at all."""
    if _trade_context().search(sentence):
        return False  # (the cheap test first: most sentences with a cue speak of trade)
    lexicon = _lexicon()
    named = [m.group(0).lower() for m in _object_matches(category_text)]
    if subject_text:
        named += [m.group(0).lower() for m in _object_matches(subject_text)]
    if any(not word.startswith(CONTEXT_BOUND_WORDS) for word in named):
        return False
    return not find_quantities(object_text) and not hs_codes(sentence)


# "a 10% tariff on all countries", "on imports from all trading partners": levied on everyone
# ("All other countries will continue to be subject to the 10% baseline": the same rate)
_WORLDWIDE = re.compile(r"\b(?:(?:on|to|from)\s+(?:imports\s+from\s+)?all|all other)\s+(?:countries|trading partners|nations)\b"
                        # an order's own words for the same: "all articles imported into the customs
                        # territory of the United States shall be ... subject to" (round 10)
                        r"|\ball\s+(?:articles|goods|imports|products)\s+imported\s+into\s+(?:the\s+customs\s+territory\s+of\s+)?"
                        r"the\s+United\s+States\b",
                        re.IGNORECASE)


def _worldwide_tariff(row: Commitment) -> bool:
    return row.category == "tariff" and row.counterparty is None and _WORLDWIDE.search(row.evidence or "") is not None


# "Imports of mattresses will face a 25% tariff": goods pay the levying party's tariff
# goods as the subject of an inverted cue pay the tariff ("Derivative articles will pay a flat 25%")
_IMPORTS_SUBJECT = re.compile(r"\b(?:[Ii]mports|[Ii]mported|[Aa]rticles|[Pp]roducts|[Gg]oods|[Ee]quipment)\b")
_MINERALS_FRAMEWORK = re.compile(r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?critical minerals?\s+(?:framework|agreement|deal)\b", re.IGNORECASE)
# (round 23) a pause as the complement of "keep": right after the verb ("keep suspended for six months the
# duties", "keep in abeyance") or after its object ("keep its extra 24% tariff suspended", "keep the curbs on hold")
_KEPT_PAUSED = re.compile(r"\s*(?:(?:its|their|the|this|that|those|these|all|an?)\s+)?"
                          # (the measure's own words only: not past a complement or a new clause, "in place while ...")
                          r"(?:(?:(?!\b(?:in\s+place|in\s+force|at|while|but|as|until|so|which|that)\b)[^,;]){0,100}?\s)?"
                          r"(?:suspended|paused|on\s+hold|in\s+abeyance)\b", re.IGNORECASE)
# What a bare "extend" can prolong: a measure, a pause, a deadline, a programme, a deal
# Round 12: a pause as the subject of a passive "extended" ("The suspension described in section 1
# shall be extended for a further 90 days", "the pause on these duties is extended until ..."): the
# pause is prolonged, a measure though no duty is named
_PAUSE_SUBJECT = re.compile(r"\b(?:suspension|pause|truce|moratorium|exemption|exclusion)s?\b", re.IGNORECASE)
_EXTENDABLE = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|rates?|suspensions?|pause|truce|deadlines?|exemptions?|exclusions?|programs?|programmes?"
    r"|offsets?|moratorium|quotas?|TRQs?|deals?|agreements?|talks|negotiations|period|arrangements?|measures?|licen[cs]es?"
    r"|licen[cs]ing|curbs"
    r"|waivers?|bans?|controls?|restrictions?|sanctions|it|them|this|that)\b|\d", re.IGNORECASE)
_SENT_OUT_TO = re.compile(
    r"\s*(?:(?:all|the|its|their|new|further|any)\s+)*(?:shipments|sales|deliveries|exports)\s+(?:of\s+(?!(?:U\.S\.|US|American)\b)"
    r"(?:(?:[a-z][\w-]*|[A-Z]{2,5})\s+){1,6}?)?to\s+(?:(?:the|its|any|foreign|overseas)\s+)?(?:[A-Z]|militar|armed\s+forces|end[- ]users)")
# (round 20) a control stretched over goods: the words after "to" are goods, not a date, a term or a party
_CONTROL_WIDENED_TO = re.compile(
    r"\s*(?:(?:the|its|their|this|that|these|those|existing|current|sweeping|new)\s+)*(?:[\w-]+\s+){0,3}?"
    r"(?:controls?|curbs|restrictions|licen[cs]ing(?:\s+(?:regime|requirements?|rules|system))?|licen[cs]e\s+requirements?|bans?)"
    r"\s+to\s+(?:cover\s+|include\s+)?(?:(?:two|three|four|five|six|seven|several|more|other|further|all)\s+(?:more\s+|other\s+)?)?"
    r"(?!(?:the|a|an|next|end|mid|early|late|its|their|this|that|\d\w*)\b)(?-i:[a-z])[\w-]*", re.IGNORECASE)
_AVERAGE_RATE = re.compile(r"\baverage\s+(?:applied\s+)?(?:tariff\s+|rate\s+)?(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?"
                           r"(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)", re.IGNORECASE)
_KEPT_SO_FAR = re.compile(r"\b(?:has|have|had)\s+(?:long\s+|long\s+since\s+|for\s+years\s+)?(?:maintained|kept|retained)\b")
_PASSIVE_BE = re.compile(r"\b(?:were|was|are|is|been|being)\b")
_PASSIVE_LEADS = frozenset({"and", "were", "was", "are", "is", "been", "being"})
_BY_INVESTING = re.compile(r"\bby\s+investing\b", re.IGNORECASE)
_RESIDENCY_BOUGHT = re.compile(r"\b(?:gain|gains|obtain|obtains|get|gets|receive|receives|qualify for|earn|earns|secure|buy)\s+"
                               r"(?:[\w.-]+\s+){0,3}?(?:citizenship|residency|residence|visas?|green cards?|passports?)\b",
                               re.IGNORECASE)
# present-tense purchase forms: with a sum and no auxiliary they state what a country buys, not a pledge
_PRESENT_TRADE_FORMS = frozenset({"buys", "imports", "purchases", "spends"})
# (round 23) the past of those, over a whole period ("last year", "in 2025", "in the first half") or from trade figures
_PAST_TRADE_FORMS = frozenset({"bought", "imported", "purchased", "spent"})
_FLOW_PERIOD = re.compile(
    r"\b(?:last|the\s+previous|the\s+past)\s+(?:year|quarter|season|decade|twelve\s+months|12\s+months)\b"
    r"|\b(?:a|one|two|three|four|five|several|\d+)\s+(?:years?|decades?)\s+(?:earlier|before|ago)\b"
    r"|\b(?:in|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+(?:of\s+)?)?(?:fiscal\s+)?(?:19|20)\d\d\b"
    r"(?![\s,]+(?:under|as\s+part|after|when|to\s+(?:meet|fulfil))\b)"
    r"|\b(?:data|figures|statistics)\s+(?:show|showed|shows)\b|\baccording\s+to\s+(?:[\w-]+\s+){0,3}?(?:data|figures|statistics)\b",
    re.IGNORECASE)
_DEAL_TIE = re.compile(r"\b(?:deal|agreement|pact|accord|framework|truce|pledged?|promised?|commit\w*|undertak\w*|"
                       r"under\s+(?:the|its|their)|orders?|contracts?)\b", re.IGNORECASE)
_NEW_MARKETS_FOR = re.compile(r"\s*(?:up\s+)?(?:new|more|additional|other|alternative)\s+(?:[\w-]+\s+)?markets\s+(?:for|to)\b",
                              re.IGNORECASE)
_SUPPLY_CHAINS_OBJECT = re.compile(r"\s*(?:(?:our|the|its|their|U\.S\.|American|[\w-]+)\s+){0,3}supply chains?\b(?!\s+(?:for|of)\b)", re.IGNORECASE)
# (round 24) "could lift EU exports to Australia by a third", "lift his country's exports by a fifth", "will lift demand for
# American cargoes": "lift" whose object is a trade flow itself (no ban, cap or duty on it) raises a quantity; a measure
# lifted is named first ("lift its ban on imports of ...", "lift the seasonal cap on imports")
_FLOW_MODIFIER = (r"(?:(?!(?:on|of|for|in|to|from|against|that|which|whether|bans?|curbs?|restrictions?|prohibitions?|caps?|"
                  r"limits?|controls?|quotas?|suspensions?|embargo(?:es)?|moratori(?:um|a)|barriers?|measures?|requirements?|"
                  r"rules?|dut(?:y|ies)|tariffs?|tax(?:es)?|levies|licen[cs]\w*|permits?)\b)[\w.’'-]+\s+)")
# (the flow word heads the object: what follows is its complement or the clause's end, not a measure it names)
_FLOW_HEAD_END = r"(?=\s+(?:to|by|in|from|of|for|into|within|over|and|at|through|until)\b|\s*[,.;:)]|\s*$)"
_GROWN_FLOW_OBJECT = re.compile(
    r"\s*" + _FLOW_MODIFIER + r"{0,4}?(?:exports|imports|demand|sales|shipments|trade|output|earnings|volumes|revenues?)\b"
    + _FLOW_HEAD_END, re.IGNORECASE)
# (round 24) "will phase out imports of Russian gas", "halted rice imports for 60 days": ending or pausing the flow of
# imports itself (no ban, duty or quota named on it) is a restriction on imports (the import ban it amounts to)
# (round 24) "would take necessary measures to protect the rights of its companies", "... to safeguard the legitimate
# rights and interests of Chinese firms": a ministry's answer that names no measure (a reaction, no commitment)
_OWN_FIRMS_RIGHTS = re.compile(
    r"\s*(?:the\s+)?(?:legitimate\s+|lawful\s+)?(?:rights|interests)(?:\s+and\s+(?:legitimate\s+)?(?:rights|interests))?\s+of\s+"
    r"(?P<whose>its|their|[\w.-]+)\s+(?:own\s+)?(?:companies|firms|enterprises|exporters|producers|businesses|industr(?:y|ies))\b",
    re.IGNORECASE)
_IMPORT_FLOW_OBJECT = re.compile(
    r"\s*(?:(?:the|its|their|all|any|further|new)\s+)?(?:imports\s+of\b|" + _FLOW_MODIFIER + r"{1,3}imports\b" + _FLOW_HEAD_END + ")",
    re.IGNORECASE)
_WITHOUT_NEED = re.compile(r"\b(?:without|no longer)\s+(?:needing|having|the need|need|needs|needing)\s+to\s+$")
_POSSESSED_VISIT = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$")
_NO_LONGER = re.compile(r"\bno longer\s+$", re.IGNORECASE)
_AGAIN_BEFORE = re.compile(r"\b(?:once\s+)?again\s+$", re.IGNORECASE)
_NO_LONGER_BE = re.compile(r"\bno\s+longer\s+(?:be\s+)?$", re.IGNORECASE)
_COUNTED_GOODS_FIRST = re.compile(r"\s*(?:in|on)\s+(?:up to\s+|about\s+)?\d")
# "..., which currently face 27.5 per cent": the level in force that the new rate replaces
_CURRENT_LEVEL = re.compile(
    r"\b(?:which|that|who)\s+(?:currently|now|at present|today)\s+(?:face|faces|pay|pays|carry|carries|bear|bears|attract|attracts|are subject to|is subject to)\s+"
    # (round 21: "levies of up to 35 percent", the top of a range as the level, round 20 review)
    r"(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|rates?|levy|levies)\s+of\s+)?(?:(?:up\s+to|as\s+much\s+as|as\s+high\s+as)\s+)?"
    r"(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)",
    re.IGNORECASE,
)


_FRONTED_SCOPE = re.compile(r"^\W*For\s+[^,;]{3,120},", re.IGNORECASE)
_CHARGE_FORM = re.compile(r"charg(?:e|es|ed|ing)$", re.IGNORECASE)
_LOWER_RATE = re.compile(r"\b(?:lower|reduced|preferential)\s+(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|tariff rates?|rates?)\b",
                         re.IGNORECASE)
_NEW_LOWER_RATE = re.compile(r"\ban?\s+(?:lower|reduced|preferential)\s+(?:[\w-]+\s+)?(?:tariff|duty|tariff rate|rate)\b",
                             re.IGNORECASE)
_PENALTIES = re.compile(r"\b(?:penalt(?:y|ies)|fines)\b", re.IGNORECASE)
_TARIFF_WORD = re.compile(r"\b(?:tariffs?|dut(?:y|ies))\b", re.IGNORECASE)


def _penalties_first(object_text: str) -> bool:
    """Penalties named before any tariff ("sets strict penalties for importers who claim tariff
    relief"), not a tariff listed with fines ("the consideration of tariffs to combat ... fines")."""
    penalty = _PENALTIES.search(object_text)
    tariff = _TARIFF_WORD.search(object_text)
    return penalty is not None and (tariff is None or penalty.start() < tariff.start())


_PAID_RATE = re.compile(r"\s*(?:an?\s+)?(?:flat\s+|additional\s+|combined\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per cent|pct)"
                        r"(?!\s+(?:of|more|less|drop|decline|fall|rise|increase|higher|lower)\b)", re.IGNORECASE)
_STILL_BEFORE = re.compile(r"\b(?:still|continue to|continues to)\s*$", re.IGNORECASE)


def _payers_region(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> tuple[int, int]:
    """(round 14) Where the paying goods' partners are listed: from the comma before the first
    goods origin ("After talks between Washington and Brussels, Polish exports now face ...",
    "Under the deal between the United States and Japan, goods from Vietnam and Laos face ..."):
    the parties of a deal named in a fronted phrase pay nothing."""
    origins = _goods_origins(sentence, region, mentions)
    if not origins:
        return region
    first = min(m.start for m in mentions if region[0] <= m.start and m.end <= region[1]
                and m.actor.country == origins[0])
    comma = sentence.rfind(", ", region[0], first)
    return (comma + 2, region[1]) if comma >= 0 else region


def _partner_list(sentence: str, region: tuple[int, int], mentions: list[ActorMention], actors: list[str]) -> list[str]:
    """'from the European Union, Japan, Korea, or Switzerland, a 15% tariff will apply':
    the partners one rate is set for, each its own row (guide rule 11)."""
    codes = [c for c in _targets(sentence, region, mentions) if c not in actors]
    if len(codes) > 1 and "including" in sentence[region[0]:region[1]]:
        codes = [c for c in codes if c not in _included_parts(sentence, region, mentions)]
    return codes if len(codes) > 1 else []


# "the PRC, including Hong Kong and Macau", "Denmark (including Greenland)": names after a
# country and "including" are inside that country's rate, not partners of their own
_INCLUDING_AFTER_COUNTRY = re.compile(r"^\)?\s*[,(]\s*including\s+(?:the\s+)?$")
_INCLUDED_JOINT = re.compile(r"^\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$")


def _included_parts(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> set[str]:
    """Countries the region names as included in the country before them."""
    inside = [m for m in mentions if region[0] <= m.start and m.end <= region[1] and m.actor.country]
    parts: set[str] = set()
    for previous, mention in zip(inside, inside[1:]):
        between = sentence[previous.end:mention.start]
        if _INCLUDING_AFTER_COUNTRY.match(between) or (previous.actor.country in parts and _INCLUDED_JOINT.match(between)):
            if mention.actor.country != previous.actor.country:
                parts.add(mention.actor.country)
    return parts


# ((round 13) "eliminating tariffs and non-tariff barriers": the barriers beside the tariffs are
# market access, a row of their own)
_OBJECT_COORDINATION = re.compile(r",?\s+and\s+(?:(?:its|their|the|all)\s+|(?<=tariffs\sand\s)(?=non-tariff\s+barriers\b))")


# a rate followed by what it applies to: "25 percent on steel", "a 10% tariff on aluminum"
_RATE_ON = re.compile(
    r"\d(?:[\d.,]*)\s*(?:%|per ?cent|percent)\s+(?:(?:[\w-]+\s+){0,2}?(?:tariffs?|duty|duties|levy|rate)\s+)?(?:on|for)\s",
    re.IGNORECASE)
_LIST_JOINT = re.compile(r",?\s+and\s+|,\s+")


def _rate_list_segments(object_text: str) -> list[str]:
    """'tariffs of 25 percent on steel imports and 10 percent on aluminum': one verb, a
    rate per good, a row per rate (convention 2: objects with their own figure)."""
    found = list(_RATE_ON.finditer(object_text))
    if len(found) < 2:
        return [object_text]
    cuts = []
    for match in found[1:]:
        # the list joint right before the next rate ("... imports and 10 percent on")
        head = object_text[:match.start()]
        joints = list(_LIST_JOINT.finditer(head))
        if not joints or len(head[joints[-1].end():].split()) > 2:
            return [object_text]
        cuts.append((joints[-1].start(), joints[-1].end()))
    parts, start = [], 0
    for cut_start, cut_end in cuts:
        parts.append(object_text[start:cut_start])
        start = cut_end
    parts.append(object_text[start:])
    return parts


def _category_segments(cue: Cue, object_text: str, category: str) -> list[tuple[str, str]]:
    """'suspend its port fees ... and its sanctions on shipping companies': one verb,
    two measures of different categories, two rows."""
    if cue.fixed or cue.intransitive:
        return [(category, object_text)]
    parts: list[tuple[str, str]] = []
    start = 0
    for match in _OBJECT_COORDINATION.finditer(object_text):
        left, right = object_text[start:match.start()], object_text[match.end():]
        left_category = _category(cue, left)
        right_match = _first_object(right)
        if right_match and left_category != _category(cue, right):
            parts.append((left_category, left))
            start = match.end()
    if not parts:
        return [(category, object_text)]
    tail = object_text[start:]
    parts.append((_category(cue, tail), tail))
    if cue.action == "negotiate" and {part[0] for part in parts} == {"export_control", "investment"}:
        # (round 14, guide rule 15) "deepen cooperation on export controls and the screening of
        # foreign investment": one export-control cooperation, not two
        return [("export_control", object_text)]
    return parts


def _confidence(actor: str | None, inherited: bool, category: str) -> float:
    confidence = 1.0
    if actor is None:
        confidence -= PENALTY_NO_ACTOR
    elif inherited:
        confidence -= PENALTY_INHERITED_ACTOR
    if category == "other":
        confidence -= PENALTY_OTHER_CATEGORY
    return round(max(confidence, 0.1), 2)


# Words before a second amount that make it the value of the first ("50 aircraft worth $8bn").
_SAME_ITEM_VALUE = re.compile(r"(?:valued at|worth|totall?ing|at a cost of|estimated at|for|of about|of around|of)\s+(?:about\s+|around\s+|roughly\s+|up to\s+|approximately\s+|an estimated\s+)?$", re.IGNORECASE)


_ANOTHER_TRANCHE = re.compile(r"(?:,\s*|\s)(?:with|and|plus)\s+(?:another|a further|an additional)\s+$")


# "has contributed $1 billion to the U.S. Government to expand ..., with another $1 billion by
# the end of the year": a second tranche told after the first one's clause has closed
_LATER_TRANCHE = re.compile(r"(?:,\s*|\s)(?:with|and|plus)\s+(?P<tail>(?:another|a further|an additional)\s+"
                            r"(?:US\$|\$|€|£)\s?\d[^,;]{0,80})")


def _later_tranche_rows(sentence: str, rows: list[Commitment], context: _Context) -> list[Commitment]:
    """The tranche as a row of its own: the first tranche's actor and category, its own sum,
    the time it states, and no past status (it is still promised)."""
    first = next((r for r in rows if r.category in PARTY_ACTS and r.unit not in (None, "units", "tonnes")), None)
    extra: list[Commitment] = []
    for match in _LATER_TRANCHE.finditer(sentence) if first else ():
        money = [q for q in find_quantities(match.group("tail")) if q.kind == "money"]
        if not money:
            continue
        time = read_time(match.group("tail"), context.on)
        tranche = replace(first, subject=_subject_phrase(match.group("tail")), amount=money[0].value,
                          unit=money[0].unit, duration_days=time.duration_days, start_date=time.start_date,
                          end_date=time.end_date,
                          status=context.default_status if first.status == "implemented" else first.status)
        split = next((r for r in rows if r is not first and r.category == first.category
                      and r.amount == money[0].value), None)
        if split is not None:
            # the clause already split the tranche off: it is still the later tranche ("another")
            split.subject, split.status = tranche.subject, tranche.status
            split.end_date = split.end_date or tranche.end_date
            continue
        extra.append(tranche)
    return extra


_SECOND_QUOTA = re.compile(r"\band\s+(?:an?\s+|the\s+)?(?:(?:second|third|another|separate|further|new)\s+)?(?:[\w-]+\s+){0,3}?(?:quotas?|TRQs?)\s+(?:of|for)\s+$",
                           re.IGNORECASE)


def _amount_segments(object_text: str) -> list[str]:
    """Split "$20 billion of LNG and 103 Boeing aircraft" into one part per own figure."""
    cuts = [0]
    amounts = [q for q in find_quantities(object_text) if q.kind in ("money", "tonnes", "count")]
    for previous, quantity in zip(amounts, amounts[1:]):
        between = object_text[previous.end:quantity.start]
        second = _SECOND_QUOTA.search(between) if quantity.kind == previous.kind and "and" in between else None
        if second:
            # (round 14) "a duty-free quota of 1,200 tons for beef and a second duty-free quota of 600
            # tons for pork": a quota of its own, with the words that describe it
            cuts.append(previous.end + second.start() + 3)
            continue
        if _SAME_ITEM_VALUE.search(between) or not re.search(r"\band\b|,|;", between):
            continue
        if _ANOTHER_TRANCHE.search(between):
            cuts.append(quantity.start)  # "$2 billion ..., with another $3 billion by year end": a tranche of its own
            continue
        following = object_text[quantity.start:quantity.start + 80]
        same_measure = quantity.kind == previous.kind == "tonnes" and re.fullmatch(r"[^,;]*?\band\s+", between)
        if quantity.kind != "count" and not hs_codes(following) and not same_measure:
            continue  # "with annual payments of no more than $20 billion": a detail, not an item
        cuts.append(quantity.start)
    cuts.append(len(object_text))
    return [object_text[a:b] for a, b in zip(cuts, cuts[1:]) if object_text[a:b].strip()]


# "identify products from the list ... to receive": goods as the subject of an infinitive
# (an instrument's title in brackets, "(Modifying the Scope ... and Establishing ...)", is one word here)
_GOODS_SUBJECT = re.compile(
    r"\b(?:identify|identifies|designate[sd]?|products|goods|articles|items)\s+(?:\([^()]{0,200}\)|(?!\b(?:will|shall|and)\b)[^;(]){0,200}\bto\s*$",
    re.IGNORECASE,
)
# A measure right before its verb ("a 15% tariff will", "The 15 per cent rate will also").
# Round 11: a measure (with the goods it covers) as the subject of a level change, and the level
# change itself after the verb ("The duty on sofas shall | increase from 25 percent to 30 percent")
# Round 12: a duty as the subject of an intransitive "resume", with nothing after the verb but a
# time or the sentence's end
_RESUMING_MEASURE_SUBJECT = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?(?:\s+of\s+duty)?)\b(?:\s+(?:on|for|of)\s+[^,;]{1,80}?)?"
    r"\s+(?:will|would|shall)\s+(?:then\s+|again\s+|automatically\s+)?$", re.IGNORECASE)
_NO_OBJECT_BUT_TIME = re.compile(r"\s*(?:[.;,]|$|(?:on|from|at|as\s+of|effective|beginning|starting|after|in)\b)", re.IGNORECASE)
_CHANGING_MEASURE_SUBJECT = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?(?:\s+of\s+duty)?)\b(?:\s+(?:on|for|applicable\s+to)\s+[^,;]{1,80}?)?"
    r"\s+(?:will|would|shall)\s+(?:also\s+|then\s+|further\s+)?$", re.IGNORECASE)
_LEVEL_CHANGE_AHEAD = re.compile(r"\s*(?:from|to)\s+(?:about\s+|around\s+|roughly\s+)?\d+(?:\.\d+)?\s*(?:%|percent\b|per\s?cent\b)",
                                 re.IGNORECASE)
# (round 15) an order names the measure before its rate: "a duty of 25 percent shall apply", "an ad valorem
# rate of duty of 12 percent will apply", "tariffs of 10% would apply"
_MEASURE_SUBJECT = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)(?:\s+of\s+duty)?(?:\s+of\s+(?:about\s+|around\s+)?"
    r"\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)(?:\s+ad\s+valorem)?)?\s+(?:(?:will|would|shall|also|then|only|now|still|to)\s+)*$",
    re.IGNORECASE,
)
_GENERAL_LEAD = re.compile(
    r"\s*(?:and prevent\s+)?(?:a (?:wide )?range of|many(?: such)?|various|several|a number of|a series of"
    r"|such (?:[\w-]+ )?barriers,? including\b)", re.IGNORECASE
)
# Verbs that fight a practice ("combat the importation of goods made with forced labor"):
# enforcement, whatever the object
_FIGHT_VERB = re.compile(r"(?:combat|crack|stop|stem|enforc)", re.IGNORECASE)
# the offences a fight verb's object names first (round 12)
_OFFENCE_HEAD = re.compile(r"\s*(?:(?:the|all|any|illegal|unlawful|illicit)\s+)*(?:transshipment|(?:duty|tariff|customs)\s+(?:evasion|fraud)|evasion|circumvention|smuggling)\b",
                           re.IGNORECASE)
_COOPERATION = re.compile(r"\s*(?:(?:their|our|its|the|bilateral|existing|close|technical)\s+){0,2}(?:cooperation|coordination|dialogue|engagement|collaboration)\b", re.IGNORECASE)
# " with the United States on addressing ...": a joint-work verb's partner, then the practice fought
_WITH_PARTNER_ON_FIGHT = re.compile(r"\s*(?:with\s+(?:the\s+)?[^,;:]{1,40}?\s+)?on\s+(?:addressing|combat(?:t)?ing|countering|fighting|tackling)\s", re.IGNORECASE)
_FIGHT_GERUND = re.compile(r"\s*(?:combat(?:t)?ing|fighting|countering|cracking down|stopping|stemming|enforcing)\b", re.IGNORECASE)
# (round 22) also with its quota twin and by the benefit's name: "duty-free, quota-free access", "duty-free and
# quota-free access", "the country's duty-free benefits", "duty-free status"
_DUTY_FREE_ACCESS = re.compile(r"\s*(?:[\w’'-]+\s+){0,2}?(?:duty|tariff)[- ]free(?:,?\s+(?:and\s+)?quota[- ]free)?\s+(?:market\s+)?"
                               r"(?:access|treatment|entry|benefits|status|privileges|preferences)\b", re.IGNORECASE)
_CONTINUES = re.compile(r"\bcontinu(?:e|es|ing)\s+to\s+$", re.IGNORECASE)
# "to ensure strong protection of labor rights": the joint work is the protection itself
_ENSURE_PROTECTION = re.compile(r"\s*(?:to\s+)?ensur(?:e|es|ing)\s+(?:the\s+)?(?:strong|effective|robust|high[- ]standard|full|adequate)?\s*(?:protection|enforcement)\b", re.IGNORECASE)
_ENFORCEMENT = re.compile(r"\b(?:enforcement|protections?|enforcing)\b", re.IGNORECASE)
_BARRIERS = re.compile(r"\bbarriers?\b", re.IGNORECASE)
APPLIED_MEASURE = "apply_measure"  # lemma of "apply" used with the measure as its subject
# Scope of a duty told elsewhere: goods kept out of it for now, the regime that applies instead,
# a rule's reach in time or in kind (guide rule 3; convention 17). In an order's own text "shall
# not be subject to" is the order taking goods out of a duty (a removal), so only fact sheets.
_NOT_BEFORE = re.compile(r"(?<!\bmay )\bnot\s+$")  # ("goods that may not be subject to X": the goods taken out of it)
_INSTEAD_FORM = re.compile(r"\binstead\b")


def _scope_line(sentence: str, hit: _CueHit, object_text: str, context: _Context) -> bool:
    # ("This order shall apply only / retroactively to ...": _ORDER_APPLICATION_LINE)
    return hit.cue.lemma == "subject_to" and not context.order_text and bool(
        _NOT_BEFORE.search(sentence, max(0, hit.start - 9), hit.start) or _INSTEAD_FORM.search(hit.form)) \
        and not find_quantities(object_text)


# (round 15) what an order's "shall be assessed/collected on" levies: a duty or tariff with its rate ("an ad valorem
# duty of 10 percent shall be assessed on"), not fees, penalties or data, nor "this duty shall be assessed on the value"
_LEVIED_SUBJECT = re.compile(r"\b(?:tariffs?|dut(?:y|ies))\b[^,;]*$", re.IGNORECASE)
_NEW_RATED_DUTY = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,3}?(?:dut(?:y|ies)|tariffs?|rate\s+of\s+duty)\s+of\s+\d+(?:\.\d+)?\s*"
                             r"(?:%|per ?cent|percent)(?:\s+ad\s+valorem)?\s+(?:shall|will|would)\s+$", re.IGNORECASE)
_ONLY_SCOPE = re.compile(r"\s*only\b", re.IGNORECASE)
_CONTENT_SCOPE_OBJECT = re.compile(r"\s*(?:only\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}contents?\b", re.IGNORECASE)
_CONTENT_SCOPE_SUBJECT = re.compile(r"\bcontents?\s+of\s+(?:an?\s+|the\s+|imported\s+)*(?:[\w-]+\s+)?(?:products?|articles?|goods)\s+"
                                    r"(?:(?:will|shall|also|still)\s+)*(?:be\s+)?$", re.IGNORECASE)
# (round 15) also the laws and standards themselves: "shall not derogate from its environmental laws", "shall
# not lower its labour standards", "shall not waive or otherwise derogate from its labor laws"
_PROTECTIONS = re.compile(r"\s*(?:or\s+(?:otherwise\s+)?(?:derogate\s+from|weaken|reduce|lower|relax)\s+)?(?:the\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+\s+){0,2}(?:protections?|laws|standards|labou?r\s+rights)\b", re.IGNORECASE)
# Names of laws and of the agreement itself, not measures: "Section 307 of the Tariff Act of 1930",
# "within five years of entry into force of this Agreement"
_LEGAL_REFERENCE = re.compile(r"Tariff Act\b|Trade Act\b|(?<=this )Agreement\b|(?<=the )Agreement\b(?! on| for| between)", re.IGNORECASE)
_AGREEMENT_ON = re.compile(r"agreements?\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)
# (round 13: an initial's dot, "the U.S. Department of Commerce ... Entity List", does not end the aim)
_TALKS_AIM = re.compile(r"[^.;]{0,120}?\bwith (?:a view|the (?:aim|goal|objective)) (?:to|of)\s+((?:[^.;]|(?<=\b[A-Z])\.){1,200})",
                        re.IGNORECASE)
_INCLUDING_MEANS = re.compile(r"[^.;]{0,200}?,\s+including\s+(?:through|via|by means of|by)\s+([^.;]{1,80})", re.IGNORECASE)
_CRITICAL_MINERALS = re.compile(r"\bcritical minerals?\b", re.IGNORECASE)
_NO_LESS_FAVORABLE = re.compile(r"\bno less favou?rable\b", re.IGNORECASE)
_INVESTOR_NAMED = re.compile(r"\s*by\s+(?:the\s+)?(?:United States|U\.S\.|American|[A-Z][a-z]+(?:an|ese|ish)?)\b")
_REQUIREMENTS_OBJECT = re.compile(r"\s*(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,3}?requirements\b", re.IGNORECASE)
_INVESTED_INTO = re.compile(r"\binvestments?\s+(?:[\w-]+\s+){0,4}?(?:in|into)\s+(?:the\s+)?(?:United States|U\.S\.|America)\b")
_MFN_TREATMENT = re.compile(r"\s*(?:the\s+)?(?:MFN|Most[- ]Favou?red[- ]Nation(?:\s*\(MFN\))?)[- ]tariff treatment\b", re.IGNORECASE)
_ONLY_MFN = re.compile(r"\s*only\s+(?:the\s+)?(?:U\.S\.\s+)?(?:MFN|most[- ]favou?red[- ]nation)\b", re.IGNORECASE)
_NEGOTIATED_APPROACH = re.compile(r"\s*an?\s+(?:[\w-]+,?\s+){0,3}?negotiated\s+(?:approach|solution|outcome|framework)\b", re.IGNORECASE)


def _rated_measure_subject(subject_text: str) -> bool:
    """The clause's subject is a measure with its rate ("a 15% tariff will")."""
    tail = subject_text[subject_text.rfind(",") + 1:]
    if not _MEASURE_SUBJECT.search(tail) or re.search(r"\bonly\s*$", tail):
        return False
    # ("a lower tariff will apply": a cut whose rate the sentence leaves out)
    # (not "The lower rate will apply to a quota": a rate told before)
    return any(q.kind == "rate" for q in find_quantities(tail)) or bool(_NEW_LOWER_RATE.search(tail))


_TAXED_GOODS = re.compile(r"\b(?:goods|products|imports|exports|shipments|items|articles|vehicles|cars)\b", re.IGNORECASE)
_AT_RATE = re.compile(r"\s*at\s+(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:%|per ?cent|percent|pct)", re.IGNORECASE)
_GOODS_PRONOUN = re.compile(r"^\W*(?:they|it)\s+(?:will|would|shall)?\s*$", re.IGNORECASE)
_RATE_LEVEL = re.compile(r"\s*(?:(?:at|to)\s+)?(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:%|per ?cent|percent|pct)", re.IGNORECASE)
# (a statistic's rate is no measure: "the inflation rate rose to 3%", "the unemployment rate increased to 4.1%")
_MEASURE_WORDS = re.compile(r"\b(?:tariffs?|duty|duties|levy|levies|(?<!interest )(?<!inflation )(?<!unemployment )(?<!jobless )"
                            r"(?<!growth )(?<!savings )(?<!mortgage )(?<!participation )(?<!poverty )(?<!exchange )rates?|"
                            r"quotas?|bans?|restrictions?|controls?|curbs?|fees?|sanctions?)\b", re.IGNORECASE)
# "The United States and Peru signed a memorandum of understanding to cooperate ...": a memorandum
# its signatories signed, not one government's instrument acting; the signatories act
_SIGNED_MEMORANDUM = re.compile(r"\bsign(?:ed|s|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?memorand(?:um|a)\b", re.IGNORECASE)
_INSTRUMENT_SUBJECT = re.compile(r"\b(?:proclamation|executive order|order|memorandum|rule|regulation|decree)\b", re.IGNORECASE)
_PROHIBITION = re.compile(r"\b(?:prohibit\w*|bans?|banning|embargo)\b", re.IGNORECASE)
# The deal itself as the subject of a cue: "a trade deal that will", "The Framework ...",
# "the Agreement on Reciprocal Trade will", "this deal with X will put us on a path to".
# Goal verbs of a fact sheet's summary line (the goal is a country's good, not a measure).
_GOAL_VERB_ING = (r"(?:strengthening|delivering\s+on|protecting|promoting|supporting|bolstering|safeguarding|"
                  r"securing|restoring|revitalizing|boosting|defending|putting\s+[\w-]+\s+first)")
_GOAL_VERB_S = r"(?:strengthens|protects|promotes|supports|bolsters|safeguards|restores|revitalizes|boosts|defends)"
_GOAL_FORM = re.compile(rf"{_GOAL_VERB_ING}|{_GOAL_VERB_S}", re.IGNORECASE)
# ("is strengthening X and protecting Y by ...": the second goal of the same progressive)
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:(?:is|are)\s+(?:(?:now|also|further|fully)\s+)?|and\s+)$", re.IGNORECASE)
# the means a goal verb names after its goal ("... by modifying the scope of ...")
_BY_MEANS_AFTER = re.compile(r"(?:[^.;]|(?<=[A-Z])\.){0,160}?\b(by)\s+(?:taking\s+(?:[\w-]+\s+)?action\s+to\s+\w|[a-z]+ing\b)")
# A fact sheet's mission line: the measure is told as the means of a goal
# ("continues to advance the interests of ... by removing tariff barriers", "is taking
# action to protect ... industries").
_MISSION_STATEMENT = re.compile(
    # (not "continue to advance trade facilitation measures, including by ending ...": the party's own measures)
    r"\b(?:continues? to advance|advancing|to advance)\b(?!\s+(?:[\w-]+\s+)?(?:trade facilitation|facilitation|reforms?|measures)\b)[^.;]{0,120}?(?:\bby\s+|,\s+)(?:[^.;]{0,120}?\band\s+)?$"
    # ("is taking action to restore integrity to our customs system, crack down on duty evasion,
    # and ...": every verb of the list is an aim)
    r"|\b(?:is|are) taking (?:[\w-]+\s+)?action to\s+(?:(?:[^.;]|(?<=[A-Z])\.){0,160}?(?:,|\band)\s+)?$"
    # A goal verb whose means is a "by" gerund: "President Trump is strengthening the economy and
    # national security by modifying ...", "is delivering on his commitment to X by lifting
    # sanctions and ...", "The Order strengthens the fishing industry by reducing ..., combating
    # ...": the page's summary of the measures its body states (a figure keeps the row)
    rf"|\b(?:(?:is|are)\s+(?:now\s+|also\s+|further\s+|fully\s+){{0,2}}{_GOAL_VERB_ING}|{_GOAL_VERB_S})\b"
    r"(?:[^.;]|(?<=[A-Z])\.){0,160}?\bby\s+(?:taking\s+(?:[\w-]+\s+)?action\s+to\s+)?(?:(?:[^.;]|(?<=[A-Z])\.){0,160}?(?:,|\band)\s+)?$",
    re.IGNORECASE,
)
# "announced a historic trade deal, providing ...": what the deal gives, told in passing
# ("has yielded historic agreements with partners, unlocking investments and expanding market
# access": the participles say what the deals brought)
_DEAL_PARTICIPLE = re.compile(
    r"\b(?:deal|agreement|framework|arrangement)s?\b"
    # (", unlocking", or a partner list set off by dashes: "partners—including the EU, ...—unlocking")
    # ("deals with El Salvador, Argentina, and Guatemala, allowing ...": the partners listed)
    r"(?:[^.;,—]{0,60},|\s+with\s+(?:the\s+)?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}(?:,\s(?:and\s)?(?:the\s)?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}){0,8},|[^.;—]{0,60}—[^—.;]{0,200}—)\s*(?:[a-z]+ing\b[^.;,]{0,120}?\band\s+)?$",
    re.IGNORECASE)
# "a “breakthrough” trade deal that expands market access, " before a later verb of the same list
# (round 14: any deal noun, its short name in brackets, "will" and a bare verb: "have concluded a
# Framework for an Agreement on Reciprocal Trade (Agreement) that will put ..., open X's market")
_DEAL_RELATIVE_LIST = re.compile(r"(?:\b(?:deal|[Aa]greement|[Ff]ramework|[Aa]rrangement|pact)[”\"’']?|\((?:the\s+)?[“\"]?(?:[\w-]+\s+)?(?:Agreement|Framework|Deal|Arrangement)[”\"]?\)),?\s+(?:that|which)\s+"
                                 r"(?:(?:will|would)\s+[a-z]+|[a-z]+s)\b[^.;:—]{0,160}?,\s+(?:and\s+)?$")
_LEVY_OR_RETALIATION = re.compile(r"(?<!non-)\b(?:tariffs?|dut(?:y|ies)|levy|levies|retaliat\w*)\b", re.IGNORECASE)
# Cheap tests before the patterns above: the words each of them needs.
# (the goal verbs' alternative needs its " by " means: tested only where one stands before the verb)
_MISSION_HINT = re.compile(r"advanc|taking (?:[\w-]+ )?action|\bby\s", re.IGNORECASE)
_DEAL_HINT = re.compile(r"deal|agreement|framework|arrangement", re.IGNORECASE)
_DEAL_NOUN = r"(?:deal|agreement|framework|arrangement)(?:\s+(?:on|for|with|between)\s+[^,;]{0,130}?)?"
_DEAL_AS_SUBJECT = re.compile(
    rf"\b{_DEAL_NOUN},?\s+(?:that|which)\s+(?:will\s+|would\s+|also\s+|further\s+)*$"
    rf"|^\s*(?:the|this|that)\s+(?:[\w.-]+\s+){{0,4}}?{_DEAL_NOUN}\s+(?:will\s+|would\s+|also\s+|further\s+)*$"
    # "The U.S.-Jordan Agreement will break down barriers ... and provide new access", "The
    # Framework breaks new ground ..., and increasing U.S. access": later verbs of the same
    # deal subject, still what the deal achieves
    # ("boosting U.S. national security, and increasing ...": an abbreviation's dots do not end it)
    rf"|^\s*(?:the|this|that)\s+(?:[\w.-]+\s+){{0,4}}?{_DEAL_NOUN}\s+(?:will\s+|would\s+)?[a-z]+s?\b(?:[^.;:]|(?<=[A-Z])\.){{0,200}}?(?:,|\band)\s+$",
    re.IGNORECASE,
)
_DEALS_OPEN = re.compile(
    r"^\W*(?:the|these|those|this|today['’]s)\s+(?:[\w.-]+\s+){0,3}?(?:deals?|agreements?|frameworks?|arrangements?)\s+"
    r"(?:will\s+|would\s+)?(?:secure|help|deliver|create|open|build|bring|unlock|reinforce|underscore)s?\b",
    re.IGNORECASE)
# "This will create new opportunities for U.S. companies, open up markets ...", "This visit
# advances opportunities for companies to ... finalize agreements": what a visit or deal makes
# possible; the verbs after it are no party's pledge
_OPPORTUNITIES_MADE = re.compile(
    r"\b(?:create|creates|created|creating|advance|advances|advanced|advancing|open|opens|opened|opening|unlock|unlocks|"
    r"unlocked|unlocking|expand|expands|expanded|expanding|bring|brings|brought|offer|offers|offered|provide|provides|"
    r"provided)\s+(?:up\s+)?(?:[\w-]+\s+){0,2}?"
    r"opportunit(?:y|ies)\b", re.IGNORECASE)
# "The Agreement will secure commitments to jointly address ...": the pledges are the terms
_PLEDGES_TO = re.compile(r"\b(?:commitments?|pledges?) to\b", re.IGNORECASE)
_DEAL_WHICH_WILL = re.compile(
    r"\b(?:deal|agreement|framework|arrangement)\b[^.;]{0,160}?,\s+which\s+(?:will|would)\s+(?:also\s+|further\s+)?$",
    re.IGNORECASE,
)
_SUBORDINATOR = re.compile(r"\b(?:if|unless|once(?! (?:again|more)\b)|when|whenever|provided(?: that)?|as long as|until)\b", re.IGNORECASE)


# a condition's clause going on to a second verb: "if X raises duties on Y or ", with no comma, no
# modal and no "then" between (not "if Japan agrees we will cut tariffs and ")
_CONDITION_GOES_ON = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+(?:(?!\b(?:will|would|shall|then|must|can|could|may)\b)[^,;:.()])"
                                r"{3,160}?\s(?:or|and)\s+$")


def _in_subordinate_clause(subject_text: str) -> bool:
    """The verb sits in an if/when clause: the part of the subject after its last comma opens with one."""
    tail = subject_text[subject_text.rfind(",") + 1:]
    return _SUBORDINATOR.search(tail) is not None
def _past_when_clause(subject_text: str, sentence: str, hit: _CueHit) -> bool:
    """'since April, when Beijing placed seven elements on a control list': a past fact
    told in a when-clause is a measure taken, not a condition."""
    tail = subject_text[subject_text.rfind(",") + 1:]
    # (round 22) or an until-clause: "battered watchmakers until a November agreement brought the rate down"
    return (re.search(r"\b(?:when|until)\b", tail, re.IGNORECASE) is not None and _is_past_statement(sentence, hit)
            and not _is_passive(sentence, hit))  # "when a 25% duty is applied to ...": a hypothetical


_RIGHTS_AND_OBLIGATIONS = re.compile(r"\s*(?:their|its|the)\s+(?:existing\s+|respective\s+)?rights\s+and\s+obligations\b", re.IGNORECASE)
_RELATIONSHIP = re.compile(
    r"\s*(?:(?:their|our|its|the|this|bilateral)\s+)?(?:[\w-]+\s+){0,4}?(?:relationships?|relations|ties|partnership)\b",
    re.IGNORECASE)
_PROTECTION_PROVIDED = re.compile(
    r"\s*(?:(?:an?|the|its|their)\s+)?(?:[\w-]+,?\s+){0,8}?(?:protection|enforcement)\b(?!\s+(?:from|against)\b)", re.IGNORECASE)
# Taking on obligations oneself: a treaty accepted, or the party's own rules aligned ("work towards
# aligning its intellectual property regime with international norms" -- no counterpart to talk to).
_OWN_ADOPTION = re.compile(r"\s*(?:(?:accepting|ratifying|acceding to|joining)\s+(?:the\s+)?(?:[\w()-]+\s+){0,5}?"
                           r"(?:Agreement|Convention|Treaty|Protocol)\b|(?:aligning|harmonizing|harmonising)\s+(?:its|their)\s+)")
_AIM_BEFORE = re.compile(r"\bwith\s+(?:a|the)\s+(?:view|aim|goal|objective)\s+(?:to(?:wards?)?|of)\s+$", re.IGNORECASE)
_THE_DEAL_ITSELF = re.compile(r"\s*(?:this|the)\s+(?:[\w-]+\s+)?(?:arrangement|agreement|deal|framework|joint statement)\b(?!\s+(?:on|of)\b)", re.IGNORECASE)
_ENSURE_THAT = re.compile(r"\bensur(?:e|es|ing)\s+that\b", re.IGNORECASE)
# (round 16) the papers a shipment must carry and the inspections it must pass, given up ("consular formalities",
# "import licences", "permits", "legalisation", "pre-shipment inspections"): removed (round 12), unlike
# registrations, approvals and certification given up (eased)
_PAPERS_GIVEN_UP = re.compile(r"\s*(?:(?:any|the|a|new|additional|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:formalities|licen[cs]es|licen[cs]ing|permits|legali[sz]ations?|apostilles?|fees?|inspections?)\b", re.IGNORECASE)
# (round 16) a ban, or a fee, at the head of an object ("its ban on U.S. beef", "the consular fee"): waived, it goes
_BAN_HEAD = re.compile(r"\s*(?:(?:the|its|their|a|an|all|any)\s+)?(?:[\w-]+\s+){0,2}?(?:bans?|prohibitions?|embargo(?:es)?|fees?|charges)\b",
                       re.IGNORECASE)
# (round 16) a standstill's gerund cut at ", or" by the next gerund, and the rest of the clause that holds their object
_GERUND_OR = re.compile(r"\s*[a-z]+ing,?\s+or\s*", re.IGNORECASE)
_CLAUSE_REST = re.compile(r"[^;.]{0,200}")
_REFRAIN_GERUND_OR = re.compile(r"\brefrain(?:s|ed|ing)?\s+from\s+[a-z]+ing,?\s+or\s+$", re.IGNORECASE)
# (round 16) a pronoun object of a keeping verb ("only those on steel", "the ones on autos", "them"), and the
# measure named before it that the pronoun stands for
_KEPT_PRONOUN = re.compile(r"\s*(?:only\s+)?(?:those|these|the\s+ones|them)\b")
_KEPT_ANTECEDENT = re.compile(r"\b(?:export\s+controls|tariffs|duties|levies|quotas|sanctions)\b", re.IGNORECASE)
# a measure noun, then "that" or "which" right before a keeping verb (round 16)
_MEASURE_THAT_KEPT = re.compile(r"\b(?:restrictions?|bans?|curbs?|controls?|measures|rules|requirements|barriers|quotas?|prohibitions?)"
                                r"\s+(?:that|which)\s+(?:(?:had|have|has|long|effectively)\s+)*$", re.IGNORECASE)
# (round 22) a clause's end before a passive verb: ", will be", ", was", ", have since been"
_AUXILIARIES_AFTER_COMMA = re.compile(r",\s*(?:(?:will|would|shall|could|may|has|have|had|be|been|is|are|was|were|also|now|since|then|later)\s+)*",
                                      re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:which|whom|whose|where)\b", re.IGNORECASE)
_PASSIVE_AUX = frozenset({"be", "been", "being", "was", "were", "is", "are"})


def _is_passive(sentence: str, hit: _CueHit) -> bool:
    form = hit.form.lower()
    if " " in form and form.endswith((" down", " up", " out", " back")):
        form = form[:form.index(" ")]  # (round 22) "was brought down to 10 per cent", "were phased out": the verb's own past
    if not (_PAST_FORM.search(form) or form in _IRREGULAR_PAST or form == "exempt"):  # ("shall be exempt from": the adjective)
        return False
    word, word_start = _previous_word(sentence, hit.start)
    if word_start > 0 and (word in _PASSIVE_ADVERBS or (word.endswith("ly") and len(word) > 4)):
        word = _previous_word(sentence, word_start)[0]  # "are currently paused", "were temporarily lowered"
    return word in _PASSIVE_AUX


def _agent_relative(sentence: str, hit: _CueHit, object_text: str) -> bool:
    """Whether the cue is a participle with its agent ("maintained by the Embassy") describing a
    noun that is no measure ("the air-quality monitor maintained by ..."): a reduced relative clause,
    not a party acting on a trade measure ("the tariffs imposed by X" stays a measure)."""
    form = hit.form.lower()
    if " " in form or not (_PAST_FORM.search(form) or form in _IRREGULAR_PAST) or _is_passive(sentence, hit):
        return False
    word, _ = _previous_word(sentence, hit.start)
    if not word.isalpha() or _MEASURE_WORDS.search(sentence, max(0, hit.start - 40), hit.start):
        return False
    return _first_object(object_text) is None and not find_quantities(object_text)


# Adverbs that may stand between the auxiliary and a passive participle
_PASSIVE_ADVERBS = frozenset({"now", "still", "already", "also", "again", "further", "partly",
                              "therefore", "thus", "hereby", "likewise"})  # (round 12: an order's "shall therefore be exempt")


# ("imported into the customs territory of the United States": order texts name the territory)
_INTO = re.compile(r"\b(?:(?:imported|shipped|brought|entering|enter|enters|entered|sold)\s+(?:in)?to|entering|enter|enters)\s+(?:the\s+)?"
                   r"(?:(?:customs\s+)?territory\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)


def _destination(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> str | None:
    """The country goods are said to enter in ``region`` ("imported into the U.S.")."""
    for mention in mentions:
        if region[0] <= mention.start and mention.end <= region[1] and mention.actor.country \
                and _INTO.search(sentence, max(0, mention.start - 60), mention.start):
            return mention.actor.country
    return None


_LEVIER_NAMED_BEFORE = re.compile(r"\b(?:during|under|by)\s+(?:the\s+)?(?:(?:former|then|late)[- ]?\s*)?(?:President\s+|Prime Minister\s+)?$")
_LEVYING_PARTICIPLES = ("imposed", "levied", "introduced", "enacted")


# "purchases by Peruvian millers", "an order by a Peruvian airline" (not "goods made by American workers")
_BY_AGENT_BEFORE = re.compile(r"(?<!made )(?<!ed )\bby\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z-]+\s+){0,2}$")


# (round 14) a bill or law as the subject: "The bill, which cleared the lower house, also sets duties"
_LEGISLATIVE_SUBJECT = re.compile(r"\W*(?:The|the|This|this|That|that)\s+(?:[\w-]+\s+){0,2}?(?:bill|law|legislation|decree|act)\b")
# a country's legislature named: "Mexico's Senate", "Brazil's Congress", "South African lawmakers",
# "the Indonesian parliament"
_LEGISLATURE = re.compile(
    r"(?:[’']s\s+(?:lower\s+house|upper\s+house|[Ss]enate|Congress|[Pp]arliament|National\s+Assembly|Diet|[Ll]egislature|"
    r"[Ll]awmakers|[Ll]egislators|Chamber\s+of\s+Deputies)"
    r"|\s+(?:[Ll]awmakers|[Ll]egislators|[Ss]enators|[Pp]arliament|[Pp]arliamentarians|[Cc]ongress))\b")


def _legislating_party(context: _Context) -> str | None:
    """The country whose legislature the story named last, up to the paragraph being read."""
    found = None
    for paragraph in context.paragraphs:
        text = paragraph.text or ""
        if ("awmakers" in text or "enate" in text or "arliament" in text or "ongress" in text
                or "egislat" in text or "Assembly" in text or "house" in text or "Diet" in text):
            for mention in find_actor_mentions(text, context.on):
                if mention.actor.country and _LEGISLATURE.match(text, mention.end):
                    found = mention.actor.country
        if text == context.paragraph_text:
            break
    return found


def _agent_after_by(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> str | None:
    """The country named as the doer after "by" in a noun pledge's object; None otherwise."""
    if "by " not in sentence[region[0]:region[1]]:
        return None
    for mention in mentions:
        if region[0] <= mention.start and mention.end <= region[1] and mention.actor.country \
                and _BY_AGENT_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
            return mention.actor.country
    return None


def _agent_of_participle(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> str | None:
    """The country of the person named right after a levying participle's "during", "under" or
    "by" at the object's start ("imposed during Trump's first term"); None otherwise."""
    before = sentence[max(0, region[0] - 12):region[0]].rstrip().lower()
    if not before.endswith(_LEVYING_PARTICIPLES):
        return None
    for mention in mentions:
        if region[0] <= mention.start <= region[0] + 30 and mention.form == "person" and mention.actor.country \
                and _LEVIER_NAMED_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
            return mention.actor.country
    return None


def _market_of_partner(sentence: str, region: tuple[int, int], mentions: list[ActorMention],
                       owner: str | None, subject: str) -> str | None:
    """The other country whose market the object names ("X's barriers", "access in X") when the
    goods it names are the subject's own ("U.S. beef") and no market of the subject's is named
    ("barriers to U.S. goods in the Thai market" is the subject's own market); None otherwise."""
    market, own_goods = owner if owner != subject else None, False
    for mention in mentions:
        if not (region[0] <= mention.start and mention.end <= region[1]) or not mention.actor.country:
            continue
        inside = _IN_MARKET_BEFORE.search(sentence, max(0, mention.start - 10), mention.start) is not None
        if mention.actor.country == subject:
            if inside or _MARKET_AFTER.match(sentence, mention.end):
                return None
            own_goods = own_goods or mention.form in ("name", "adjective", "demonym")
        elif inside and market is None:
            market = mention.actor.country
    return market if own_goods else None


_IN_MARKET_BEFORE = re.compile(r"\b(?:in|into)\s+(?:the\s+)?$")
_MARKET_AFTER = re.compile(r"['’]?s?\s+(?:[\w-]+\s+)?market\b")


def _market_named(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> str | None:
    """The country whose market the region names ("access for U.S. beef in Japan")."""
    for mention in mentions:
        if region[0] <= mention.start and mention.end <= region[1] and mention.actor.country \
                and re.search(r"\b(?:in|into|to)\s+(?:the\s+)?$", sentence[max(0, mention.start - 10):mention.start]):
            return mention.actor.country
    return None


# "..., they will face no tariff": a pronoun subject right before the verb; the payer is the
# party already acting, not a country named earlier in the clause ("on American soil")
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s*)(?:they|it)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# (round 12) firms with no country of their own opening the subject of "pay"/"face"
_PAYING_FIRMS = re.compile(r"\W*(?:(?:the|all|those|such|qualifying|eligible|participating|U\.S\.|American|domestic)\s+)*"
                           r"(?:importers|companies|firms|manufacturers|producers)\s+(?:that|who|which|with)\b", re.IGNORECASE)


# (round 24) a party named as the other side of a deal ("agreements with the United States", "a deal
# with Washington"), right before its mention
_DEAL_PARTNER_BEFORE = re.compile(r"\b(?:agreements?|deals?|arrangements?|frameworks?|accords?|pacts?)\s+with\s+(?:the\s+)?$",
                                  re.IGNORECASE)


def _order_levier(payer: str | None, context: _Context) -> str | None:
    """On a page reporting a government's signed order, a country said to face or pay tariffs
    faces that government's ("India would face tariffs for buying Russian oil": the US levies,
    not the oil's country, round 7 sanctions)."""
    return context.in_force_by if payer and context.in_force_by and payer != context.in_force_by else None


# a pledge noun right before the cue ("promises to ", "pledges to ", "commitments to ")
_PLEDGE_NOUN_BEFORE_CUE = re.compile(r"\b(?:commitments?|pledges?|promises?|offers?|vows?|undertakings?)\s+to\s+$", re.IGNORECASE)
# a country's adjective or possessive before a pledge or purchase noun ("Japanese promises",
# "China's pledges", "higher Chinese purchases")
_OWNED_PLEDGE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:commitments?|pledges?|promises?|offers?|vows?|undertakings?|purchases)\b")


def _pledge_owner(sentence: str, end: int, mentions: list[ActorMention]) -> str | None:
    """The country that owns the nearest pledge or purchase noun before ``end`` in the sentence
    (its adjective or possessive right before the noun): the pledger of a noun list of terms."""
    for mention in reversed(mentions):
        if mention.end <= end and mention.actor.country and _OWNED_PLEDGE_AFTER.match(sentence, mention.end):
            return mention.actor.country
    return None


# (round 15) a class of countries defined by their deals with one party ("countries that have signed
# agreements with the United States", "a country with which the United States has concluded an
# agreement", "nations with trade deals with Washington", "partners without a deal with the US")
_DEAL_CLASS = re.compile(
    r"\b(?:countries|country|nations?|(?:trading\s+)?partners?|economies|economy|jurisdictions?)\s+"
    r"(?:that|which|who|with\s+which|with\s+whom|having|with|without|lacking)\b(?P<rel>[^;]{0,160})$", re.IGNORECASE)
_DEAL_WORD = re.compile(r"\b(?:agreements?|deals?|frameworks?|arrangements?|accords?|pacts?|treat(?:y|ies)|signed|concluded|struck|reached|negotiat\w*)\b",
                        re.IGNORECASE)
_DEAL_PARTY_BEFORE = re.compile(r"\b(?:with|which|whom)\s+(?:the\s+)?$", re.IGNORECASE)


def _deal_class_levier(sentence: str, region: tuple[int, int], mentions: list[ActorMention]) -> str | None:
    """The party whose deals define the class of paying countries in the cue's clause, else None."""
    start = _clause_start(sentence, 0, region[1])
    text = sentence[start:region[1]]
    if "with" not in text:
        return None
    found = _DEAL_CLASS.search(text)
    if found is None or not _DEAL_WORD.search(found.group("rel")):
        return None
    for mention in mentions:
        if start + found.start("rel") <= mention.start and mention.end <= region[1] and mention.actor.country \
                and _DEAL_PARTY_BEFORE.search(sentence, max(0, mention.start - 12), mention.start):
            return mention.actor.country
    return None


def _resolve_parties(sentence: str, cue: Cue, category: str, subjects: list[str],
                     subject_region: tuple[int, int], object_region: tuple[int, int],
                     mentions: list[ActorMention], carried: list[str], heading_actors: list[str],
                     context: _Context) -> tuple[list[str], str | None]:
    """The acting parties and the counterparty of one cue (gold-format convention 3)."""
    targets = [c for c in _targets(sentence, object_region, mentions)]
    if category == "tariff" and (cue.inverted or cue.intransitive or not subjects) \
            and ("ountr" in sentence or "ation" in sentence or "artner" in sentence or "conom" in sentence) \
            and (dealer := _deal_class_levier(sentence, subject_region, mentions)):
        # (round 15) "Chipmaking tools from countries that have signed agreements with the United
        # States will pay a 10% duty", "a product of a country with which the United States has
        # concluded an agreement shall be subject to": the deals' common party levies; the class of
        # paying countries names no one party
        return [dealer], None
    if not subjects and category == "tariff" and (agent := _agent_of_participle(sentence, object_region, mentions)):
        # (round 13) "a tariff imposed during Trump's first term", "duties levied under the Obama
        # administration": the leader named after the participle levied it
        return [agent], next((t for t in targets if t != agent), None) or _other_party(agent, context)
    if cue.lemma == SPARED_FROM_TARIFFS and (origins := _targets(sentence, object_region, mentions, goods_only=True)):
        # (round 13) "protects U.S. boats from retaliatory tariffs": the partner of the goods' country keeps its tariffs off
        keeper = _other_party(origins[0], context)
        return ([keeper] if keeper else []), origins[0]
    if cue.lemma == "cap_imports" and not subjects and targets:
        # (round 13) "capping UK auto imports at 100,000 vehicles": the country named is where the
        # goods come from; the importing party sets the quota
        levier = _other_party(targets[0], context)
        return ([levier] if levier else []), targets[0]
    if cue.lemma in ("secure_access", "access_pledged"):
        market = _market_named(sentence, object_region, mentions)
        if market:
            return [market], _other_party(market, context)  # its market opens, whoever secured it
    if not subjects and not cue.inverted and not cue.intransitive \
            and _PLEDGE_NOUN_BEFORE_CUE.search(sentence, max(0, subject_region[1] - 30), subject_region[1]):
        owner = _pledge_owner(sentence, subject_region[1], mentions)
        if owner:
            # "Japanese promises to lower tariffs on beef and pledges to buy more corn", "higher
            # Chinese purchases ..., and pledges to protect intellectual property": the pledges
            # are the country's named with the first of them
            return [owner], _other_party(owner, context)
    if cue.inverted and context.in_force_by and ("mporters" in sentence or "ompan" in sentence or "irms" in sentence
                                                 or "roducers" in sentence or "anufacturers" in sentence) \
            and _PAYING_FIRMS.match(sentence, _clause_start(sentence, 0, subject_region[1]), subject_region[1]):
        # (round 12) "Importers that have signed agreements with Commerce to build capacity in the
        # United States will pay a 10% rate": firms paying a signed order's tariff pay its signer,
        # whatever place their relative clause names (a verb inside that clause, "signed", may
        # have ended the cue's own subject region: the clause is read from its start)
        return [context.in_force_by], None
    if cue.inverted:
        # "British steel will continue to face a 25% duty": the goods' country pays
        named = [] if _PRONOUN_SUBJECT.search(sentence, subject_region[0], subject_region[1]) \
            or (carried and _COORDINATED_GAP.search(sentence, subject_region[0], subject_region[1])) \
            else subjects or _goods_origins(sentence, subject_region, mentions) \
            or _payer_targets(sentence, subject_region, mentions)
        # (round 14) "the framework between the United States and the EU, under which goods from
        # Poland face a U.S. tariff": the goods' country pays, not a party named before it
        if not named and carried and _GOODS_SUBJECT.search(sentence, 0, subject_region[1]):
            # "(the US) identifies products ... to receive a zero tariff": goods without a
            # country pay the tariff of the party already acting in the sentence
            return [carried[0]], _other_party(carried[0], context)
        if not named and category == "tariff" and _goods_paying(cue, sentence[subject_region[0]:subject_region[1]], context) \
                and not _PRONOUN_SUBJECT.search(sentence, subject_region[0], subject_region[1]):
            # (round 21) "Truck tires will pay 15%", "kitchen cabinets will face a 25% duty": goods of no named
            # country pay the signing government's rate on its order's page, else the page's levier
            # (_fill_ownerless_tariffs), not a partner a sentence before named
            return ([context.in_force_by] if context.in_force_by else []), None
        if not named and category == "tariff" and context.in_force_by and (not carried or carried[0] == context.in_force_by) \
                and not _PRONOUN_SUBJECT.search(sentence, subject_region[0], subject_region[1]):
            # (round 22) "Truck tyres, as well as retreads, will pay 15%" after a sentence on the signer's
            # tariff: a subject naming no country pays the signing government's rate (the government
            # that levies the sentence before is no payer of its own duty)
            return [context.in_force_by], None
        payers = named or carried or heading_actors
        payer = payers[0] if payers else None
        if category == "tariff" and payer and payer == context.in_force_by:
            # (round 24) "Under the agreements that the United States has concluded with the EU and Japan,
            # products of those partners face a combined tariff of 15 percent": the signing government
            # pays no duty of its own; it levies, and the other countries its subject names pay
            others = [m.actor.country for m in mentions if subject_region[0] <= m.start < subject_region[1]
                      and m.actor.country and m.actor.country != payer]
            if others:
                return [payer], others[0]
        # a third country named in the object ("the same treatment given to the EU") is a
        # comparison, not the levier: only a document party levies here
        levier = _order_levier(payer, context) \
            or next((t for t in targets if t != payer and t in context.parties[:2]), None) \
            or _other_party(payer, context)
        # ((round 24) the payers themselves, not a party their clause names as the other side of their
        # deals: "X, Y and Z have reached agreements with the United States under which their products
        # are charged 15 percent" is charged by the United States)
        listed = {m.actor.country for m in mentions if subject_region[0] <= m.start < subject_region[1]
                  and not _DEAL_PARTNER_BEFORE.search(sentence, max(0, m.start - 30), m.start)} \
            if len(payers) > 1 else ()
        if levier in listed:
            # (round 15) "Steel from China, India and South Korea will be charged 35 pct" in a story
            # whose parties are Mexico and China: a listed payer levies nothing, the party outside does
            levier = next((p for p in context.parties if p not in listed), levier)
        if levier != HOME_EXPORTER and category == "tariff" and context.news_register \
                and _US_RATE_NAME.search(sentence, object_region[0], object_region[1]):
            # (round 16) "a retailer's lamps pay the 20 percent reciprocal rate": the regime names its
            # levier (the U.S.), whoever the payer or the goods' maker is
            levier = HOME_EXPORTER
        return ([levier] if levier else []), payer
    if category == "market_access" and cue.action == "relax" and len(granting := subjects or carried) == 2 \
            and (origin := _beneficiary_origin(sentence, object_region, mentions)) in granting:
        # "the two countries signed an agreement to allow Mexican trucks to operate in the United
        # States": access for one party's goods or firms is the other party's to grant
        return [next(code for code in granting if code != origin)], origin
    if category == "tariff" and len(subjects) == 1 and _origin_targets(sentence, object_region, mentions) == subjects:
        # "Switzerland struck a deal that will cut tariffs on Swiss goods": a party
        # does not tariff its own goods, the other party does
        levier = _other_party(subjects[0], context)
        return ([levier] if levier else []), subjects[0]
    if cue.intransitive and context.order_text and context.in_force_by and category == "tariff" \
            and _TARIFF_SCHEDULE.search(sentence, subject_region[0], subject_region[1]):
        # "Heading 9903.01.63 of the Harmonized Tariff Schedule of the United States shall continue
        # to be suspended": the signer's own tariff schedule, not goods of the country it names
        return [context.in_force_by], _origin_or_other(sentence, object_region, mentions, context)
    if cue.intransitive:
        owner = _owner(sentence, subject_region, mentions)
        if owner:
            return [owner], _other_party(owner, context)
        destination = _destination(sentence, subject_region, mentions)
        if destination is None and cue.lemma == "enter_free":
            destination = _destination(sentence, (subject_region[1], object_region[1]), mentions)  # "enter the US tariff-free"
        if destination:
            # "vehicles imported into the U.S. by UK makers are subject to 10%": the
            # country the goods enter levies the tariff
            return [destination], _other_party(destination, context)
        owner = _owner(sentence, object_region, mentions)
        # ((round 15) not a place named after "in": "imported by a firm that will build a plant in the
        # United States shall be exempt" names where the firm builds, not whose goods are exempt)
        affected = _goods_origins(sentence, subject_region, mentions) \
            or _payer_targets(sentence, subject_region, mentions)
        if owner and owner not in affected:
            # (round 14) "products from Poland will be subject to a 15 percent U.S. tariff"
            return [owner], affected[0] if affected else _other_party(owner, context)
        if affected:
            target = affected[0]
            levier = _other_party(target, context)
            return ([levier] if levier else []), target
        # "the current 10% tariff remains in effect": without an owner named here,
        # the document's main levier fills it in later (_fill_ownerless_tariffs)
        if cue.lemma == APPLIED_MEASURE:
            origins = _origin_targets(sentence, object_region, mentions) or _targets(
                sentence, object_region, mentions, goods_only=True)
            levier = _other_party(origins[0], context) if origins else None
            if levier:
                return [levier], origins[0]  # "the 15% rate will also apply to Japanese cars"
            return [], None  # "a 20% tariff will apply": the previous clause's actor is no guide
        if not subjects and category == "tariff" and context.order_text and context.in_force_by \
                and (_GOODS_OR_INSTRUMENT.search(sentence, subject_region[0], subject_region[1])
                     or _PAUSE_SUBJECT.search(sentence, subject_region[0], subject_region[1])
                     # ((round 15) goods the lexicon knows opening the clause, past the verbs of a relative
                     # clause: "Semiconductors imported by a company that ... has committed to build ...
                     # shall be exempt from the duty")
                     or hs_codes(sentence[_clause_start(sentence, 0, subject_region[1]):subject_region[1]])) \
                and _destination(sentence, object_region, mentions) is None:
            # "Imports of cars above the quota shall remain subject to the full duties", "the duties
            # imposed in Executive Order N shall no longer be in effect": in an order's own text, a
            # duty whose owner is not named is the signing government's (not that of the partner
            # the previous sentence named)
            return [context.in_force_by], _origin_or_other(sentence, subject_region, mentions, context)
        return list(subjects or carried or heading_actors), None
    signed_together = bool(carried) and _SIGNED_MEMORANDUM.search(
        sentence, max(0, subject_region[0] - 40), subject_region[1]) is not None
    if not subjects and context.in_force_by and not signed_together \
            and _INSTRUMENT_SUBJECT.search(sentence, subject_region[0], subject_region[1]):
        # "The Order establishes a 40% tariff to address the Government of Peru's policies": the
        # signing government's order acts, not the country its object names
        subjects = [context.in_force_by]
    # ("align with relevant U.S. export controls": the owner's controls are the model the
    # subject adopts, not the owner's own act)
    owner = _owner(sentence, object_region, mentions) if cue.lemma != "align_controls" else None
    talks_together = cue.action == "negotiate" and len(subjects) > 1  # (round 12) talks are held by every party named
    if subjects and cue.action == "remove" and _DEMANDED_REMOVAL.search(sentence, max(0, object_region[0] - 60), object_region[0]):
        # (round 14) "Tokyo will press for the removal of the U.S. tariff", "is seeking the elimination of
        # U.S. duties": a demand is a row of the measure's owner, toward the party that asks (guide, News set)
        demanded = owner or next((m.actor.country for m in mentions if object_region[0] <= m.start < object_region[1]
                                  and m.actor.country and _MEASURE_NAMED_AFTER.match(sentence, m.end)), None)
        if demanded and demanded not in subjects:
            return [demanded], subjects[0]
    if owner and category in ("tariff", "import_restriction", "market_access", "export_control") and (
        not subjects or len(subjects) > 1 or owner in subjects
    ) and not talks_together:
        return [owner], _other_party(owner, context)
    if category == "market_access" and cue.action in ("relax", "remove", "enforce") and len(subjects) == 1 \
            and (market := _market_of_partner(sentence, object_region, mentions, owner, subjects[0])):
        # (round 13) "the Administration's commitment to addressing the barriers that restrict U.S.
        # beef access in the EU": a party does not open another's market to its own goods; the
        # market's owner does (as with two parties, below)
        return [market], subjects[0]
    if category == "market_access" and len(subjects) > 1 and not talks_together and "by" in sentence:
        # (round 12) "will work to address U.S. concerns with non-tariff barriers imposed by X": the
        # party that keeps the barriers opens its market
        keeper = _BARRIERS_KEPT_BY.search(sentence, object_region[0], object_region[1])
        kept_by = [m.actor.country for m in mentions if keeper and keeper.end() <= m.start < keeper.end() + 3
                   and m.actor.country in subjects]
        if kept_by:
            return kept_by[:1], _other_party(kept_by[0], context)
    if category == "market_access" and len(subjects) > 1 and not talks_together:
        origins = _origin_targets(sentence, object_region, mentions)
        if len(origins) == 1 and origins[0] in subjects:
            # "the two commit to address barriers to U.S. farm products": the party whose
            # goods meet the barriers is not the one that opens its market
            return [s for s in subjects if s != origins[0]], origins[0]
    if not subjects and not signed_together and _INSTRUMENT_SUBJECT.search(sentence[subject_region[0]:subject_region[1]]):
        # the document's own government issues the proclamation: the one that signed it when
        # the page says so ("Trump signed an Executive Order ... The Order removes sanctions on
        # Syria" is the US's, though Syria is the country the page names most)
        subjects = [context.in_force_by] if context.in_force_by else context.parties[:1]
        if not context.in_force_by and subjects and subjects[0] in _targets(sentence, object_region, mentions, goods_only=True) \
                and (issuer := _other_party(subjects[0], context)):
            # (round 14) "The order leaves the 40% duty in place on Brazilian goods" on a page that names
            # Brazil most: a government does not order duties on its own goods; the other party does
            subjects = [issuer]
    if not subjects and _JOINTLY.search(sentence, max(0, subject_region[1] - 30), subject_region[1]) and len(context.parties) >= 2:
        subjects = context.parties[:2]  # "commitments to jointly address ..."
    if not subjects and category in ("purchase", "investment") \
            and (buyer := _agent_after_by(sentence, object_region, mentions)):
        # (round 14) "Purchases by Peruvian flour millers of 1.2 million tons of U.S. wheat", "an
        # order by a Peruvian airline for 12 Boeing aircraft": the party named after "by" buys,
        # not the one whose goods are bought
        return [buyer], next((t for t in targets if t != buyer), None) or _other_party(buyer, context)
    if not subjects and not carried and category in ("tariff", "import_restriction") \
            and _LEGISLATIVE_SUBJECT.match(sentence, subject_region[0], subject_region[1]) \
            and (legislator := _legislating_party(context)):
        # (round 14) "Mexico's Senate approved ... The bill also sets duties of 10% to 35%": a bill or
        # law the story has a legislature pass is that country's measure
        return [legislator], next((t for t in targets if t != legislator), None) or _other_party(legislator, context)
    actors = subjects or carried or heading_actors
    if not actors and not targets and category == "purchase":
        # "Purchase of 30 Boeing aircraft": the maker names the goods' country
        object_text = sentence[object_region[0]:object_region[1]]
        targets = [code for maker, code in _lexicon().makers.items() if maker in object_text][:1]
    if not actors and targets:
        # "Lower the tariff on Chinese goods" with no subject: the other party acts
        levier = _other_party(targets[0], context)
        return ([levier] if levier else []), targets[0]
    counterparty = next((t for t in targets if t not in actors), None)
    if counterparty is None and len(actors) == 1:
        counterparty = _other_party(actors[0], context)
    return list(actors), counterparty


# (round 24) the attribution closing a sentence: ", the Council of the EU said in a statement", ", Brussels said."
_SPEAKER_CLOSING = re.compile(r",\s+(?:[\w.’'-]+\s+){1,8}?(?:said|says|told|added|announced|confirmed|noted|stated)\b[^,;]*$")


# the lines of a government's own tariff schedule: "heading 9903.01.63", "the HTSUS", "U.S. note 2 to subchapter III"
_TARIFF_SCHEDULE = re.compile(r"\b(?:[Hh]eadings?\s+\d{4}\.\d{2}|HTSUS|Harmonized Tariff Schedule|U\.S\. notes?\s+\d)")
# goods ("Imports of cars above the quota shall remain subject to ...") or the signer's own instruments
# ("the duties imposed in Executive Order N shall no longer be in effect") as the subject; not a
# bare rate a partner announced ("Peru announced that a 30 percent tariff would be imposed")
_GOODS_OR_INSTRUMENT = re.compile(
    r"\b(?:[Ii]mports|[Aa]rticles|[Gg]oods|[Pp]roducts|[Pp]arts|[Aa]utomobiles|[Vv]ehicles|[Mm]erchandise"
    r"|Executive Orders?|Proclamations?|HTSUS|Harmonized Tariff Schedule"
    r"|this\s+(?:order|proclamation))\b")  # (round 13) "the duty imposed by section 2 of this order shall be suspended"


def _origin_or_other(sentence: str, region: tuple[int, int], mentions: list[ActorMention],
                     context: _Context) -> str | None:
    """The country whose goods the region names ("products of the United Kingdom"), else the
    signing government's other party."""
    origins = [t for t in _targets(sentence, region, mentions, goods_only=True) if t != context.in_force_by]
    return origins[0] if origins else _other_party(context.in_force_by, context)


_ENTERS_FREE_OF = re.compile(r"\b(?:enter|enters|entering|entered|be\s+imported|are\s+imported|come\s+in|comes\s+in)\s+(?:[\w.-]+\s+){0,4}?"
                             r"free\s+of\s+(?:any|all)\s+(?:[\w-]+\s+){0,2}?(?:dut(?:y|ies)|tariffs?)\b", re.IGNORECASE)
_QUOTA_ENTERS_FREE = re.compile(
    r"\b(?:(?:within|under|inside)\s+(?:that|the|this|such|each)\s+quota|within\s+which|in-quota\s+(?:imports|goods|shipments|volumes?|quantit(?:y|ies)))\b[^.;]{0,60}?"
    r"\b(?:free\s+of\s+(?:duty|duties)|duty[- ]free|at\s+(?:a\s+)?zero\s+(?:duty|tariff|rate))"
    # (round 14) "with a zero in-quota duty", "at an in-quota rate of zero", "the in-quota tariff will be zero"
    r"|\bzero\s+in-quota\s+(?:duty|tariff|rate)|\bin-quota\s+(?:duty|tariff|rate)(?:\s+(?:of|will\s+be|shall\s+be|is))\s+(?:zero|0\s*(?:%|percent))",
    re.IGNORECASE)


# (round 14) "The in-quota quantity of the quota for beef is increased from 20,000 to 80,000 metric
# tons", "the wheat quota will grow to 30,000 tonnes": a quota's size as the subject of the verb
_QUOTA_SUBJECT = re.compile(r"\b(?:quotas?|TRQs?)\b(?:(?!\b(?:and|but|while|whereas)\b)[^;]){0,160}$", re.IGNORECASE)


def _quota_is_subject(subject_text: str, object_text: str) -> bool:
    """The quota is the verb's subject and a size in tonnes or units follows the verb."""
    return ("uota" in subject_text or "TRQ" in subject_text) and _QUOTA_SUBJECT.search(subject_text) is not None \
        and any(q.kind in ("tonnes", "count") for q in find_quantities(object_text))


def _values(cue: Cue, category: str, object_text: str, subject_text: str, form: str = "", quota: bool = False
            ) -> tuple[str, float | None, float | None, float | None, float | None, str | None] | None:
    """(action, value_from, value_to, change, amount, unit) for one cue; None drops the cue."""
    action = cue.action
    if form[-5:].lower() == " from":
        object_text = "from" + object_text  # (round 14) "will drop from 25 percent to 10": the form holds the "from"
    quantities = find_quantities(object_text)
    stated_after = any(q.kind in ("rate", "points") for q in quantities)
    if stated_after and category == "tariff" and (" in " in object_text or " and " in object_text):
        opener = _NEXT_CLAUSE_OPENER.search(object_text)
        if opener is not None:
            # (round 21) "exempted bottled water, in exchange for Fiji scrapping its 35 per cent duty", "scrap
            # its duties on poultry and will bring those on cars down to 5 percent": a rate past the opening of
            # the next clause is that clause's level, not this verb's
            object_text = object_text[:opener.start()]
            quantities = [q for q in quantities if q.end <= opener.start()]
            stated_after = any(q.kind in ("rate", "points") for q in quantities)
    # "... and any further vehicles are subject to 25%": this verb's rate follows it
    rate_follows = cue.lemma in ("subject_to", "remain_subject_to") and stated_after
    current = _CURRENTLY_AT.search(subject_text) if stated_after and category == "tariff" else None
    if current:
        # "Tariffs on Chinese goods, currently at 145%, will be cut to 30%": the level in force, then the new one
        action, value_from, value_to, change, amount, unit = _rate_values(cue, action, object_text, quantities, category)
        if value_from is None and value_to is not None:
            value_from = float(current.group(1))
            action = "remove" if value_to == 0 else "reduce" if value_to < value_from else "raise" \
                if value_to > value_from else action
        return action, value_from, value_to, change, amount, unit
    if (cue.intransitive or not stated_after) and not rate_follows:  # ("X will receive a 0% rate": the rate after)
        before = [q for q in find_quantities(subject_text) if q.kind in ("rate", "points")
                  and not _SHARE_AFTER.match(subject_text, q.end)]
        if before and cue.intransitive and category == "tariff" and (stated_after or "zero" in object_text[:12]) \
                and before[-1].kind == "rate" \
                and _TO_RATE_AHEAD.match(f" to {object_text}" if form.lower().endswith(" to") else object_text):
            # (round 13) "The 25 percent duty on X shall be reduced to 15 percent": the level in
            # force before the verb, the new one after it
            action, value_from, value_to, change, amount, unit = _rate_values(cue, action, object_text, quantities, category)
            if value_from is None and value_to is not None:
                value_from = before[-1].value
                action = "remove" if value_to == 0 else "reduce" if value_to < value_from else "raise" \
                    if value_to > value_from else action
            return action, value_from, value_to, change, amount, unit
        if before and category == "tariff" and not (cue.intransitive or cue.inverted) \
                and _LEVEL_OF_EARLIER_CLAUSE.search(subject_text, max(0, before[-1].start - 24), before[-1].start) \
                and _COORDINATED_CLAUSE_AFTER.search(subject_text, before[-1].end):
            # (round 21) "Washington was to cut its 19% tariff to 15% and Pakistan would do away with duties",
            # "lowered its duties to 15 per cent from 85 per cent and lifted tariffs on canola meal": a level
            # an earlier coordinated verb moved its tariff to or from is that verb's, not this one's
            before = []
        if before and (cue.intransitive or cue.inverted or category == "tariff") and cue.lemma != "cap_imports":
            # (not "keeping the 10% tariff and capping imports at 100,000 vehicles": the quota's
            # size is its figure, the rate belongs to the clause before)
            # "a 25% tariff will be imposed": the rate sits before the verb
            if not (cue.intransitive or cue.inverted) and _RELATIVE_OBJECT.match(subject_text, before[-1].end):
                # "down from the 25% rate that Trump had threatened to impose": the rate
                # is this verb's object, its level, whatever preposition precedes it
                text = subject_text[before[-1].start:]
                return _rate_values(cue, action, text, find_quantities(text), category)
            return _rate_values(cue, action, subject_text, before, category)
    if category == "tariff":
        values = _rate_values(cue, action, object_text, quantities, category)
        if _lacks_levels(values) and (" per " in object_text or any(q.kind == "money" for q in quantities)):
            # (round 21: or "a kilogram": "from 500 yen a kilogram to 300 yen")
            specific_levels = _money_per_unit_levels(values[0], object_text, quantities)
            if specific_levels:
                return specific_levels
        if _lacks_levels(values) and ("$" in object_text or "dollar" in object_text):
            specific = _SPECIFIC_DUTY.search(object_text)
            if specific:
                # "retain in effect the per postal item duty of 100 dollars", "a duty of $25 per
                # item": a specific duty in money is the tariff's level (guide rule 22)
                level = float((specific.group("a") or specific.group("b") or specific.group("c")
                               or specific.group("d")).replace(",", ""))
                return values[0], None, level, None, None, "usd"
        if values[0] in ("suspend", "extend") and values[2] == 0 and not quantities \
                and _SUSPENDED_DUTY_FREE.match(object_text):
            # "continued the suspension of duty-free de minimis treatment": the zero is what
            # is suspended, not a new rate
            return values[0], None, None, None, None, None
        if cue.lemma in ("remove", "end") and values[0] == "remove" and values[2] == 0 and not quantities \
                and _SUSPENDED_DUTY_FREE.match(object_text):
            # "eliminating duty-free de minimis treatment", "ends the duty-free treatment of ...":
            # the zero is the level taken away, the tariff rises from it
            return "raise", 0.0, None, None, None, "percent"
        if values[2] is not None and values[1] is None and values[3] is None and values[0] in ("reduce", "relax", "impose") \
                and values[5] == "percent" and (quota or _QUOTA.search(f"{form} {object_text}")):
            # (round 12) "open a tariff-rate quota of 1,500 tons ..., with an in-quota duty of 5
            # percent": the in-quota rate fills the values, the size stays in subject (convention 14)
            return ("remove" if values[2] == 0 else "impose"), None, values[2], None, None, "percent"
        if _lacks_levels(values) and (quota or _QUOTA.search(f"{form} {object_text}")):
            # "a quota of 13,000 tonnes for beef": without a rate the size is the amount
            amount, unit = _amount(quantities, object_text)
            if unit in ("tonnes", "units"):
                # (round 14: a quota raised or enlarged lets more in at the lower rate: `reduce` too)
                return ("reduce" if values[0] in ("impose", "relax", "raise") else values[0]), None, None, None, amount, unit
            if values[0] == "impose" and (cue.lemma in ("quota", "apply_noun") or _PREFERENTIAL_QUOTA.search(object_text)):
                # "construct a quota at MFN rates", "will receive a preferential tariff rate quota":
                # a quota with no rate lowers the tariff on what it admits (convention 14)
                return "reduce", None, None, None, None, None
        return values
    if category == "purchase" and action not in ("resume", "suspend", "reduce"):
        action = "purchase"
    amount, unit = _amount(quantities, object_text)
    if amount is None and category in ("purchase", "investment") and re.search(r"\bto\s+$", subject_text):
        # "provide President Trump $550 billion to invest": the sum precedes the infinitive
        sums = [q for q in find_quantities(subject_text) if q.kind == "money"]
        if sums:
            amount, unit = sums[-1].value, sums[-1].unit
    if category in ("purchase", "investment") and (amount is None or "by " in object_text):
        # "increase purchases of U.S. rice by 75 percent", "a 75% increase in purchases of
        # U.S. rice": a stated rise of the amount
        # (round 16: also before the base it rises from, "raise purchases of X by 75 per cent from 2
        # million tonnes", "boost their buying of X by 40%, to 3 million tonnes": the rise, not the base)
        for quantity in quantities:
            if quantity.kind == "rate" and (re.search(r"\bby\s+(?:\w+\s+)?$", object_text[:quantity.start])
                                            or (amount is None and _RISE_OF_AMOUNT.match(object_text, quantity.end))):
                if amount is not None and any(q.kind in ("money", "tonnes", "count") and q.start < quantity.start
                                              for q in quantities):
                    break  # "buy 12 million tonnes, up by 20 percent": the amount bought is stated first
                return action, None, None, quantity.value, None, "percent"
    return action, None, None, None, amount, unit


# (round 21) where a tariff verb's object gives way to the next clause: a trade-off ("in exchange for", "in
# return", "and in exchange its exports pay") or a second verb of the subject ("and will bring", "and would")
_NEXT_CLAUSE_OPENER = re.compile(r"(?:,\s*|\s)(?:and\s+)?in\s+(?:exchange|return)\b"
                                 r"|\sand\s+(?:(?:also|then)\s+)?(?:will|would|shall|is\s+to|was\s+to|are\s+to)\s", re.IGNORECASE)
# (round 21) a rate said as the level an earlier verb moved to, from or held at, and the coordinator that
# opens this verb's clause after it
_LEVEL_OF_EARLIER_CLAUSE = re.compile(r"\b(?:to|from|at|down\s+to)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$",
                                      re.IGNORECASE)
_COORDINATED_CLAUSE_AFTER = re.compile(r"\b(?:and|while|but|whereas)\s|;", re.IGNORECASE)
# "Products made of 15% or less steel": a share of content, not a tariff level
_SHARE_AFTER = re.compile(r"\s*(?:or (?:less|more|fewer)\b|of\b)", re.IGNORECASE)
_SUSPENDED_DUTY_FREE = re.compile(r"\s*(?:of\s+)?(?:the\s+|its\s+)?(?:duty|tariff)[- ]free\b", re.IGNORECASE)
_RISE_OF_AMOUNT = re.compile(r"\s*(?:increase|rise|boost|expansion)\s+(?:in|of)\b", re.IGNORECASE)  # (round 13: "increase of")
# (round 16: or to zero, "The 12 per cent duty on pork will be reduced to zero")
_TO_RATE_AHEAD = re.compile(r"\s*to\s+(?:(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:%|per ?cent|percent|pct)|zero\b(?!\s+in\b))", re.IGNORECASE)
_CURRENTLY_AT = re.compile(r"\b(?:currently|now)\s+(?:at\s+)?(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent|pct)", re.IGNORECASE)
# "the 25% rate that Trump had threatened to": a relative clause whose verb is the cue
_RELATIVE_OBJECT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:rates?|tariffs?|levy|levies|dut(?:y|ies))\s+(?:(?:that|which)\s+[^,;]{0,60}"
    # "the 30 per cent rate President Donald Trump had threatened to": the same without "that"
    r"|(?:(?:[A-Z][\w.]*|he|she|it|they)\s+){1,4}(?:had\s+|has\s+)?[a-z]+ed\s+to\s+"
    # (round 20) "the 39 per cent duty Washington slapped on": the relative's verb is the cue itself
    # (capitalised names only: not "the 25% tariff on steel imports")
    r"|(?-i:(?:the\s+)?(?:[A-Z][\w.]*\s+){1,4}(?:had\s+|has\s+|have\s+)?))$", re.IGNORECASE)
# A measure considered, named as a noun: "the consideration of tariffs", "weighing new sanctions"
_CONSIDERED_MEASURE = re.compile(r"\b(?:consideration|considering|weighing|mulling)\s+(?:of\s+)?(?:[\w-]+\s+)?(?:tariffs|duties|sanctions|levies)\s+$",
                                 re.IGNORECASE)
# the course a party did not take: "chose to retaliate rather than negotiate a deal", "rather than
# lower its tariffs" (the verb right after "rather than", an adverb or "to" between)
_RATHER_THAN = re.compile(r"\brather\s+than\s+(?:to\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_APPLICABLE_DUTIES = re.compile(r"\s*(?:all\s+)?(?:the\s+)?(?:otherwise\s+)?applicable\s+(?:duties|tariffs|customs\s+duties)\b", re.IGNORECASE)
# A specific duty stated in money: "$25 per item", "100 dollars per postal item", "a duty of $80",
# "the per postal item containing goods duty of 100 dollars" (the first one stated)
_SPECIFIC_DUTY = re.compile(
    r"(?:\$\s?(?P<a>\d[\d,]*(?:\.\d+)?)|(?P<b>\d[\d,]*(?:\.\d+)?)\s+dollars)\s+per\s+(?:postal\s+)?(?:item|unit|package|parcel|shipment)s?\b"
    r"|\bdut(?:y|ies)(?:\s+rate)?\s+of\s+(?:either\s+)?(?:\$\s?(?P<c>\d[\d,]*(?:\.\d+)?)(?!\s*(?:million|billion|trillion|bn|m)\b)|(?P<d>\d[\d,]*(?:\.\d+)?)\s+dollars)",
    re.IGNORECASE)
# "from 84 percent to 125 percent", "from 75 dollars to 100 dollars": a change of level
_FROM_TO_LEVELS = re.compile(
    r"\bfrom\s+(?P<a>\$?\d+(?:\.\d+)?)\s*(?P<ua>%|percent|per cent|dollars)?\s+to\s+(?P<b>\$?\d+(?:\.\d+)?)\s*(?P<ub>%|percent|per cent|dollars)",
    re.IGNORECASE,
)


# (round 15) a specific duty in any currency, per unit of the goods: "from NOK 34 per kilogram to NOK 17
# per kilogram", "EUR 120 per tonne", "$0.50 per litre", "27 kroner a kilo" (guide rule 22: money levels)
_PER_MEASURE = re.compile(
    r"\s*(?:per|a|an|for\s+each|each)\s+(?:[\w-]+\s+)?(?:kilo(?:gram(?:me)?)?s?|kgs?|(?:metric\s+)?(?:tonnes?|tons?)|lit(?:re|er)s?|hectolit(?:re|er)s?"
    r"|items?|units?|packages?|parcels?|shipments?|head|pieces?|pairs?|dozens?|barrels?|gallons?|pounds?|bushels?|bottles?|cartons?"
    r"|vehicles?|cars?|cigarettes?|animals?)\b", re.IGNORECASE)
_LEVEL_FROM = re.compile(r"\bfrom\s+(?:(?:the\s+)?(?:current|existing|present)\s+)?(?:(?:rate|level)\s+of\s+)?$", re.IGNORECASE)


def _money_per_unit_levels(action: str, text: str, quantities: list[Quantity]):
    """(action, value_from, value_to, change, amount, unit) of a specific duty stated in money per
    unit, or None when the text states none."""
    sums = [q for q in quantities if q.kind == "money" and _PER_MEASURE.match(text, q.end)]
    if not sums:
        return None
    first = sums[0]
    # (round 21) the other level of the pair shares the first one's measure when it leaves it out: "to CHF 9 per
    # kilogram from CHF 22", "from 500 yen a kilogram to 300 yen"
    other = next((q for q in quantities if q.kind == "money" and q.unit == first.unit and q.start > first.end), None)
    if other is not None and other not in sums and _LEVEL_FROM.search(text, max(0, other.start - 30), other.start):
        moved = "reduce" if first.value < other.value else "raise" if first.value > other.value else action
        return ("remove" if first.value == 0 else moved), other.value, first.value, None, None, first.unit
    if other is not None and _LEVEL_FROM.search(text, max(0, first.start - 40), first.start):
        low, high = first.value, other.value
        moved = "reduce" if high < low else "raise" if high > low else action
        return ("remove" if high == 0 else moved), low, high, None, None, first.unit
    if action in ("suspend", "remove", "delay") or _LEVEL_FROM.search(text, max(0, first.start - 40), first.start):
        return action, first.value, None, None, None, first.unit
    return action, None, first.value, None, None, first.unit


def _clause_end_levels(cue: Cue, sentence: str, start: int):
    """Legal text states the new level at the end of a long clause ("increase the duty
    ... set forth in section 2 ..., from 84 percent to 125 percent;"). Specific duties in
    money are levels too (guide rule 22)."""
    if cue.action not in ("raise", "reduce", "impose"):
        return None
    end = sentence.find(";", start)
    match = _FROM_TO_LEVELS.search(sentence, start, end if end >= 0 else len(sentence))
    if match is None:
        return None
    low, high = float(match.group("a").lstrip("$")), float(match.group("b").lstrip("$"))
    unit = "usd" if "dollar" in match.group("ub").lower() or match.group("b").startswith("$") else "percent"
    action = "raise" if high > low else "reduce" if high < low else cue.action
    return action, low, high, None, None, unit


_BARE_RATE = re.compile(r"\s*(?:a\s+|an\s+)?\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)(?!\s+of\b)", re.IGNORECASE)
_HIGHER_OF = re.compile(r"\bhigher of\b", re.IGNORECASE)
_ALTERNATIVE_RATE = re.compile(r"[^.;]{0,40}?\bor\s+(?:a\s+)?(?:tariff\s+)?rate of\s+(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)", re.IGNORECASE)
_PREFERENTIAL_QUOTA = re.compile(r"\b(?:preferential|duty-free)\s+(?:tariff[- ]rate\s+)?quotas?\b", re.IGNORECASE)
_QUOTA = re.compile(r"\b(?:quotas?|TRQs?)\b", re.IGNORECASE)


def _lacks_levels(values: tuple) -> bool:
    # (speed, round 24: the three tests written out, no generator; values is _values' 6-tuple)
    return values[1] is None and values[2] is None and values[3] is None


def _rate_names_its_measure(text: str, quantities: list[Quantity], levels) -> bool:
    """The level read is written before the tariff it names ("its 50% tariffs")."""
    rate = next((quantities[i] for i in levels.used if quantities[i].kind == "rate"), None)
    return rate is not None and NAMES_ITS_MEASURE.match(text, rate.end) is not None \
        and _OWN_DETERMINER_BEFORE.search(text, max(0, rate.start - 30), rate.start) is not None


# "its", "the", "Japan's" (+ one modifier) right before a rate: a tariff already standing
# ("for a 10% duty rate" is a level granted, not one cut from)
_OWN_DETERMINER_BEFORE = re.compile(r"(?:\b(?:its|their|the|his|her|our|this|that|these|those)|['’]s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _rate_values(cue: Cue, action: str, text: str, quantities: list[Quantity], category: str
                 ) -> tuple[str, float | None, float | None, float | None, float | None, str | None]:
    levels = rate_levels(text, quantities)
    value_from, value_to, change, unit = levels.value_from, levels.value_to, levels.change, levels.unit
    if value_to and value_from is None and not levels.to_marked and action in ("reduce", "impose", "remove") \
            and ("zero" in text or "nothing" in text) and _CUT_TO_ZERO.search(text[:160]):
        # (round 15) "Cut to zero its 5% duties on X", "will bring its 8 percent duty on wine down to zero": the
        # stated rate is where the tariff stands, zero the new level (convention 13: `remove`, 5 -> 0)
        value_from, value_to = value_to, 0.0
    if cue.factor and value_to is not None and value_from is None and not levels.to_marked \
            and _rate_names_its_measure(text, quantities, levels):
        value_from, value_to = value_to, None  # (round 14) "halve its 20 percent tariff": where it stands, 20 -> 10
    if cue.factor and value_from is not None and value_to is None:
        value_to = value_from * cue.factor
    elif cue.factor and value_to and value_from is None:
        # (round 21: not from a zero, "halve its duty on apples and let copper in free of duty": the zero is
        # the other verb's level, and no rate halves to nothing)
        value_from = value_to / cue.factor
    if value_from is not None and value_to is not None and action in ("reduce", "raise", "impose"):
        if value_to != value_from:
            action = "reduce" if value_to < value_from else "raise"
    elif action == "maintain" and value_from is not None and value_to is not None and value_from != value_to:
        start = next((q.end for q in quantities if q.kind == "rate" and q.value == value_from), len(text))
        if _NEVER_IN_FORCE.search(text, start, start + 80):
            # "holds the levy at 20 per cent, down from the 37 per cent first announced and never applied": the
            # rate kept is the only level in force (convention 4)
            value_from = None
        else:
            # (round 21) "hold its tariffs no higher than 5 percent, down from rates of up to 25 percent": a level
            # held below where it stood is a cut (convention 4: the levels decide)
            action = "reduce" if value_to < value_from else "raise"
    elif action == "remove" and value_to and (value_from is not None or levels.to_marked) and value_to != value_from:
        # (round 21) a verb of removal whose tariff is moved to a rate above zero removes nothing: "lift the
        # tariff on steel pipes to 60 per cent", "lifted the tariff from 25 percent to 50 percent" (the levels
        # decide, convention 4)
        action = "reduce" if value_from is not None and value_to < value_from else "raise"
    if action in ("impose", "reduce") and value_to == 0:
        action = "remove"  # "will face no tariff", "cut to zero from 19 per cent": zero is removal
    if action in ("suspend", "remove", "delay", "extend") and value_to and value_from is None and (not levels.to_marked or (
            action == "suspend" and ("ncrease" in text or "hike" in text or "rise" in text) and _RATE_STEP_NOUN.search(text))) \
            and (action != "extend" or "uspen" in text or "paused" in text or "abeyance" in text or "on hold" in text):
        # "suspend its 34% tariff": the stated rate is the level being suspended
        # ((round 23) so is the rate of a pause prolonged: "keep its 24% tariff suspended", guide rule 19; not a
        # rate made permanent)
        # ((round 16) "suspend the increase to 30 percent": the level the suspended step would bring, convention 15)
        value_from, value_to = value_to, None
    elif action == "reduce" and value_to and value_from is None and not levels.to_marked \
            and _rate_names_its_measure(text, quantities, levels):
        value_from, value_to = value_to, None  # "lower its 25% duty on beef": where the duty stands now
    if change is not None:
        change = -abs(change) if action in ("reduce", "remove", "suspend", "extend", "delay") else abs(change)
        if (value_from is not None or value_to is not None) and any(quantities[i].kind == "points" for i in levels.used):
            if action in ("reduce", "raise") and value_to is not None and value_from is None:
                # (round 21) "trims its levy by six points, to 15%": the level moved by the stated points is
                # where it stood, the row's two levels (as "doubled to 50%" states its 25, round 19)
                value_from, change = value_to - change, None
            elif action in ("suspend", "extend", "delay"):
                # "suspended 20 percentage points of that duty, so that 10 percent applies": the points are
                # what is suspended; the rate left is the duty in force, no level of this row
                value_from = value_to = None
                unit = "percentage_points"
    if action == "remove" and value_from is not None and value_to is None and category == "tariff" and (
            cue.lemma == "zero_out" or (("free" in text or "zero" in text) and _ZERO_STATED_AFTER.search(text))):
        # (round 16) a removal that says where the rate goes: "zeroed out its 15% tariff", "scrap the 10% duty,
        # letting the nuts in duty-free" (convention 13: value_to 0); a bare "scrap its 17.5% duty" says nothing more
        value_to = 0.0
    return action, value_from, value_to, change, None, unit


# (round 21) a rate said never to have applied: announced, threatened or proposed only
_NEVER_IN_FORCE = re.compile(r"\b(?:never|threatened|proposed|floated|initially\s+announced|first\s+announced)\b", re.IGNORECASE)


# (round 16) a pronoun object moved to a stated level: "he raised them to 50%", "cut it from 25 per cent to 10 per cent"
# (round 22: with an adverbial between the particle and the level, "brought it down in yearly steps to the current 13
# per cent", "cut them gradually to 10%")
_PRONOUN_TO_RATE = re.compile(r"\s*(?:them|it)\s+(?:(?:again|further|sharply|back|gradually|steadily)\s+)?(?:(?:up|down)\s+)?"
                              r"(?:(?:in\s+(?:[\w-]+\s+){0,2}?steps|over\s+(?:time|the\s+years)|gradually|steadily),?\s+)?"
                              r"(?:from\s+\d[\d.]*\s*(?:%|per ?cent|percent)\s+)?"
                              r"to\s+(?:the\s+(?:current|present)\s+)?\d[\d.]*\s*(?:%|per ?cent|percent)", re.IGNORECASE)
# (round 22) a rate named by a bare "rate" noun moved to a level ("brought the rate down to 15 per cent", "cut that
# rate to 10%"): the measure a tariff word before it named (not "the rate of inflation", which has its own "of")
_RATE_NOUN_TO_RATE = re.compile(r"\s*(?:the|that|this|its|their)\s+(?:(?!(?:interest|exchange|inflation|growth|tax|mortgage|policy|jobless|unemployment)\s)[\w-]+\s+){0,2}?rates?"
                                r"(?:\s+(?:on|for)(?:\s+(?!to\b)[\w.’'-]+){1,4}?)?\s+"
                                r"(?:(?:again|further|sharply|back)\s+)?(?:(?:up|down)\s+)?(?:from\s+\d[\d.]*\s*(?:%|per ?cent|percent)\s+)?"
                                r"to\s+\d[\d.]*\s*(?:%|per ?cent|percent)", re.IGNORECASE)
_TARIFF_TO_RATE = re.compile(r"\s*(?:(?:the|its|their|his|those|these)\s+)?(?:[\w.-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levy|levies)\s+"
                             r"(?:(?:on|for)\s+(?:[\w.’'-]+\s+){1,4}?)?(?:from\s+\d[\d.]*\s*(?:%|per ?cent|percent)\s+)?to\s+\d", re.IGNORECASE)
# (round 22) a definite measure noun without goods moved to a level: "the rate down to 15 per cent", "the levy to 12%"
_MEASURE_NOUN_TO_RATE = re.compile(r"\s(?:the|that|this|its|their)\s+(?:(?!(?:interest|exchange|inflation|growth|tax|mortgage|policy|jobless|unemployment)\s)[\w-]+\s+){0,2}?"
                                   r"(?:rates?|levy|levies|dut(?:y|ies)|tariffs?)\s+(?:(?:again|further|sharply|back)\s+)?(?:(?:up|down)\s+)?"
                                   r"to\s+\d[\d.]*\s*(?:%|per ?cent|percent)", re.IGNORECASE)
# (round 22) the object of "lift"/"drop" moved to a level: "it to 40 percent", "the duty on cars to 10%"
_MOVED_TO_LEVEL = re.compile(r"\s*(?:it|them|(?:the|its|their|that|this|his|her)\s+(?:[\w.’'-]+\s+){0,3}?(?P<noun>tariffs?|dut(?:y|ies)|levy|levies|rates?)"
                             r"(?:\s+(?:on|for)(?:\s+[\w.’'-]+){1,4}?)?)\s+(?:(?:up|down|back)\s+)?(?:from\s+\d[\d.]*\s*(?:%|per ?cent|percent)\s+)?"
                             r"to\s+(?P<level>\d[\d.]*)\s*(?:%|per ?cent|percent)", re.IGNORECASE)
_TARIFF_ANTECEDENT = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\b", re.IGNORECASE)


def _rate_pronoun_object(sentence: str, hit, object_text: str, context: _Context) -> bool:
    """The verb's object is "them"/"it" moved to a rate, and the tariffs it stands for are named in the clause
    or sentence before (the paragraph's previous sentence)."""
    if " them " in object_text[:8] or " it " in object_text[:6] or object_text[:5].lstrip().startswith(("them", "it ")):
        if _PRONOUN_TO_RATE.match(object_text) is None:
            return False
    elif "rate" not in object_text[:30] or _RATE_NOUN_TO_RATE.match(object_text) is None:
        return False
    before = sentence[:hit.start]
    if _TARIFF_ANTECEDENT.search(before):
        return True
    previous = context.paragraph_text[max(0, context.sentence_start - 300):context.sentence_start]
    if previous and _TARIFF_ANTECEDENT.search(previous):
        return True
    # (round 22) or a tariff row the story gave before ("Washington hit Swiss goods with a 39% levy. ... A November
    # agreement brought the rate down to 15 per cent"), or a story of tariffs ("could lift the over-quota rate to 75%")
    return context.last_tariff is not None or any(_TARIFF_ANTECEDENT.search(p.text or "") for p in context.paragraphs)


# (round 16) a rate's step named by its noun and new level: "the increase to 30 percent", "the planned hike to
# 50%", "its scheduled increase in duties to 25 per cent", "the rise from 10% to 20%"
# (round 22) the step named by its noun alone, its rate told in an earlier sentence: "I suspended the increase until
# January 29", "paused the planned hike for 90 days" (not "the increase in imports": a step of something else)
_STEP_NOUN_BARE = re.compile(r"\s*(?:the|this|that|its|their|any)\s+(?:(?:planned|scheduled|announced|threatened|further|additional|"
                             r"proposed|next|second|looming|tariff|rate|duty)\s+)*(?:increases?|hikes?)\b(?!\s+(?:in|of)\s+"
                             r"(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rates?|dut(?:y|ies)|tariffs?|levy|levies)\b))", re.IGNORECASE)
_RATE_STEP_NOUN = re.compile(r"\s*(?:the|this|that|its|their|a|any)\s+(?:(?:planned|scheduled|announced|threatened|further|additional|"
                             r"proposed|next|second|looming)\s+)*(?:increases?|hikes?|rises?)\s+(?:(?:in|of)\s+(?:the\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:rates?|dut(?:y|ies)|tariffs?|levy|levies)\s+(?:(?:on|for)\s+(?:[\w.’'-]+\s+){1,4}?)?)?(?:from\s+\d[\d.]*\s*(?:%|per ?cent|percent)\s+)?"
                             r"to\s+\d[\d.]*\s*(?:%|per ?cent|percent)", re.IGNORECASE)


# (round 21) rates withdrawn: "the higher rates", "its new duty rates" (not "rates of interest")
_RATES_WITHDRAWN = re.compile(r"\s*(?:(?:the|its|their|these|those|all)\s+)?(?:(?:higher|new|tariff|duty|retaliatory|punitive|"
                              r"increased|additional)\s+)+rates\b(?!\s+of\s+(?:interest|return|inflation))", re.IGNORECASE)


# (round 16) "restore the increase", "reinstate the tariff hikes": a rate's step brought back
_STEP_BROUGHT_BACK = re.compile(r"\s*(?:the|that|this|those|these|its|their)\s+(?:(?:tariff|duty|rate)\s+)?(?:increases?|hikes?)\b", re.IGNORECASE)


# (round 16) the zero a removal brings the rate to, told after it: "..., making them duty-free", "down to
# zero", "so that the goods enter free of any duty" (not "duty-free shops", "zero-for-zero")
_ZERO_STATED_AFTER = re.compile(r"\b(?:(?:down\s+)?to\s+zero\b(?!\s+in\b)|(?:duty|tariff)[- ]free\b(?![- ](?:shops?|stores?|allowances?|zones?)\b)"
                                r"|free\s+of\s+(?:any\s+|all\s+)?(?:[\w-]+\s+)?(?:dut(?:y|ies)|tariffs?))", re.IGNORECASE)


# (round 15) a rate taken to nothing, said before or after the tariff it names ("to zero its 5% duties",
# "its 6% tariff on pork to zero", "down to zero"; not "zero-for-zero", "to zero in on")
# (round 16: or to nothing, "cut its 8 percent tariff on cherries to nothing")
_CUT_TO_ZERO = re.compile(r"\b(?:to|down\s+to)\s+(?:zero\b(?!\s+in\b)|nothing\b)", re.IGNORECASE)


# "its $6 billion trade surplus": a trade balance, not a pledged amount
_BALANCE_FOLLOWS = re.compile(r"\s+(?:[\w-]+\s+)?(?:trade\s+)?(?:surplus|deficit|gap|imbalance)\b", re.IGNORECASE)


def _invested_sum(text: str) -> tuple[float | None, str | None]:
    """The first sum of money in an investment's object (an investment is money, not tonnes or counts)."""
    money = [q for q in find_quantities(text) if q.kind == "money" and not _BALANCE_FOLLOWS.match(text, q.end)]
    return (money[0].value, money[0].unit) if money else (None, None)


# (round 14) "increased from 20,000 metric tons to 80,000 metric tons", "to 3 million tonnes, up
# from 1 million": the amount left behind, when the new one of the same unit is also stated
_AMOUNT_LEFT = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|nearly|some|approximately|just)\s+)?(?:the\s+|a\s+)?(?:current\s+|previous\s+|existing\s+)?$",
                          re.IGNORECASE)


def _amount(quantities: list[Quantity], text: str) -> tuple[float | None, str | None]:
    """The first amount stated: "50 aircraft valued at $8 billion" is 50 units; of an old and a
    new amount of one unit ("from 20,000 to 80,000 metric tons"), the new one."""
    for quantity in quantities:
        if quantity.kind in ("money", "tonnes", "count") and not _BALANCE_FOLLOWS.match(text, quantity.end):
            if "from" in text and _AMOUNT_LEFT.search(text, max(0, quantity.start - 30), quantity.start) \
                    and any(q is not quantity and q.unit == quantity.unit for q in quantities):
                continue
            return quantity.value, quantity.unit
    return None, None


@lru_cache(maxsize=1)
def _status_patterns() -> dict[str, re.Pattern[str]]:
    """The lexicon's status patterns by name (speed: built once, not per row), each behind
    the literal guard read from it (actors.LiteralGuarded: most status patterns fail on most
    rows' text; replayed calls of one sample pass 2.4 -> 1.3 ms)."""
    return {name: behind_literals(pattern) for name, pattern in _lexicon().status}


# ", and shall", " and will": a conjoined clause that states its own modal (not "and shall not")
# a restrictive relative clause with its own negative, up to the main clause's modal ("goods that do
# not qualify will ...", "importers who did not file shall ...")
# (round 12: "goods ... that do not qualify as originating under the agreement are presently subject
# to duties of 25 percent": the main verb may be a plain "are"/"is"/"remain" as well as a modal)
_NEGATIVE_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:do|does|did)\s+not\s+[^.;:]*?"
                                r"(?=\s(?:will|shall|would|must|are|is|remain|remains)\s)")
_CONDITION_OPENING = re.compile(r"\W*(?:\([a-z]\)\s*)?(?:if|unless|should|in\s+the\s+event\s+that)\b[^,;]{3,200},\s+",
                                re.IGNORECASE)
_MODAL_RESTATED = re.compile(r",?\s+and\s+(?:shall|will|must)\s+(?!not\b)")


# cues whose own "not" is their meaning ("will not apply facility registration", round 12; round 15: their
# fallbacks, "will not charge the reciprocal tariff on", "refrain from requiring that goods bear a mark")
_CUE_HOLDS_ITS_NOT = frozenset({"not_require", "not_required", "not_charge", "not_charge_tariff", "require_mark_waived",
                                "not_subject_to"})


_SNAP_BACK_ACTIONS = frozenset({"resume", "raise", "impose"})
@lru_cache(maxsize=1)
def _threat_families():
    """(round 19) The lexicon's `threat_families`: wordings that hold a burden out (status `threatened`),
    behind the literal guard read from them."""
    words = _cue_data().get("threat_families") or []
    return behind_literals(re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)) if words \
        else re.compile(r"(?!)")


# (round 19) the actions a threat holds out: a new, higher or restored burden, a new restriction
_HELD_OUT_BURDENS = frozenset({"raise", "impose", "resume", "restrict"})
_BURDEN_NOUN = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|sanctions?|countermeasures|counter-tariffs|retaliat\w*"
                         r"|restrictions?|controls?|bans?|quotas?|fees?|embargo\w*|curbs?)\b", re.IGNORECASE)


def _status(sentence: str, subject_region: tuple[int, int], hit: _CueHit,
            object_region: tuple[int, int], action: str, context: _Context,
            actors: list[str] | None = None, mentions: list[ActorMention] | None = None) -> str:
    # (round 12: "will not apply facility registration": the cue's own "not" is its meaning, no negation)
    lead = sentence[subject_region[0]:hit.start if hit.cue.lemma in _CUE_HOLDS_ITS_NOT else hit.end]
    window = sentence[subject_region[0]:min(len(sentence), object_region[1] + 40)]
    patterns = _status_patterns()
    relative = None
    for relative in _RELATIVE_OPENER.finditer(lead):
        pass
    own = lead[relative.end():] if relative else lead  # "The deal does not cover steel, which remains ...": not this verb's
    restated = None
    for restated in _MODAL_RESTATED.finditer(own):
        pass
    if restated:
        # "... do not operate as disguised restrictions, and shall remove unjustified barriers": a
        # modal said again opens a clause of its own; the negative before it is not this verb's (round 10)
        own = own[restated.start():]
    condition = _CONDITION_OPENING.match(own) if " not " in own or "fail" in own else None
    if condition and (" not " in own or "hould" in condition.group(0) or action in _SNAP_BACK_ACTIONS):
        # ((round 16) "If China fails to comply, the United States may reinstate the additional duty": a
        # measure brought back or raised on the other side's failure, as an order's "Should X fail to")
        # (round 12) "If Peru has not concluded an agreement by May 1, the suspended rate shall resume":
        # the negative is the condition's, not this verb's (round 13: an order's "Should Peru fail to
        # honor its commitments, I may ..."; not a fact sheet's "if a company fails to ..., may stop")
        own = own[condition.end():]
    if " not " in own:
        # "Products that do not meet the requirements will remain subject to the tariffs": the
        # negative is the subject's relative clause, not this verb's (round 11)
        own = _NEGATIVE_RELATIVE.sub(" ", own)
    if patterns.get("negated") and patterns["negated"].search(own):
        return "negated"  # not a status: the caller drops the row
    if patterns.get("rejected") and patterns["rejected"].search(lead):
        return "rejected"
    if patterns.get("threatened") and patterns["threatened"].search(sentence[:hit.end]):
        return "threatened"
    if action in _HELD_OUT_BURDENS and _threat_families().search(sentence, max(0, hit.start - 100), hit.end) \
            and _BURDEN_NOUN.search(sentence, subject_region[0], max(hit.end, object_region[1])):
        # (round 19) "could impose", "stands ready to raise", "vowed to retaliate with tariffs": a burden held
        # out by its family of wording, read just before the cue (guide rule 2, convention 7); a burden, not
        # more purchases ("is ready to increase its purchases")
        return "threatened"
    if hit.cue.lemma == "threaten_measure":
        # "threatened a 50% tariff"; a new measure weighed ("is considering tariffs of up to 25%",
        # "the consideration of tariffs") is held out like a threat (guide rule 2, round-12 review Q1);
        # "proposed"/"floated" a tariff is a proposal
        return "proposed" if hit.form.lower().startswith(("propos", "float")) else "threatened"
    if hit.cue.lemma == "reverse_easing" and hit.form.lower() not in ("reverse", "undo"):
        return "implemented"  # "reversing the earlier deal that eased restrictions": a reversal recounted
    if hit.cue.lemma == "authorize_measure":
        return "threatened"
    if "uthori" in sentence and _AUTHORIZED_TO_BEFORE.search(sentence, max(0, hit.start - 40), hit.start):
        return "announced"  # (round 15) "the Secretary is authorized to set the rate to zero": permitted, still to be made
    if hit.cue.lemma == "approve_measure":
        return "announced"  # (round 14) "the Senate approved tariffs of up to 50% ..., starting Jan. 1": voted, not yet applied  # "The Order also authorizes new sanctions on ...": permitted, not yet applied
    if action in ("raise", "impose") and _PUNITIVE_CONDITION.search(sentence):
        return "threatened"  # "would raise tariffs again if China failed to keep its promises"
    if hit.cue.lemma == "sign" and not _OWN_INSTRUMENT.search(sentence, hit.end, object_region[1]):
        return "agreed"  # signing an MOU or framework is agreeing it (convention 12)
    proposed = patterns["proposed"].search(lead) if patterns.get("proposed") else None
    if proposed and action == "negotiate" and proposed.group(0).lower().startswith("consider"):
        proposed = None  # "agree to consider other sectors": talks agreed, not a proposal
    if proposed and context.default_status == "agreed" and proposed.group(0).lower().startswith("consider") \
            and lead[max(0, proposed.start() - 3):proposed.start()] == "to ":
        # "shall work through its institutions to consider supporting investment financing", "intend to
        # consider opportunities to provide access": in an agreed text, considering is the term undertaken
        # (a bare "will consider reducing its tariffs" stays an offer)
        proposed = None
    if proposed:
        return "proposed"
    if action in _RELIEFS and _MAY_GRANT.search(own):
        return "proposed"  # "the President may be willing to apply only the MFN tariff": relief on offer, not given
    if (action in ("raise", "impose") or hit.cue.lemma == "restore_measure") and "ay " in own \
            and _MAY_GRANT.search(own) and "may not" not in own:
        # "In the near future, the President may impose broader tariffs on X", "I may further modify the
        # HTSUS to increase duties", "I may reinstate the duty" (round 13): a burden held out, not laid (convention 7)
        return "threatened"
    if action == "delay" or (patterns.get("delayed") and patterns["delayed"].search(lead)):
        return "delayed"
    if hit.form.lower() in ("announced", "announces") and not _in_force_by_order(actors, context) and not (
            patterns.get("implemented") and patterns["implemented"].search(window)):
        return "announced"  # "The Ministry of Commerce announced new export controls": announced, not yet in force
    if hit.cue.lemma == "commit_money" and not hit.form.lower().startswith("pour"):
        return context.default_status  # "has committed $2 billion to build ...": a pledge made, not money spent
    if "mean" in sentence and _consequence_of_done(sentence, hit.start):
        return "implemented"
    if _is_past_statement(sentence, hit) or (patterns.get("implemented") and patterns["implemented"].search(window)):
        return "implemented"
    if hit.cue.inverted and hit.form.lower() in ("face", "faces", "pay", "pays") \
            and _previous_word(sentence, hit.start)[0] not in _VERB_LEADS \
            and not _SCHEDULED.search(sentence, hit.end, object_region[1] + 40):
        return "implemented"  # "Canadian exporters face 50 per cent US duties": a rate now levied
    if action == "negotiate" and context.in_force_by and "negotiat" in hit.form.lower() \
            and _DIRECTED_TALKS.search(sentence, 0, hit.end):
        # "signed a Proclamation ... ordering the Secretary ... to negotiate agreements",
        # "directing negotiations with trading partners": the signed order puts the talks in train
        return "implemented"
    if _now_in_force(sentence, subject_region, hit, lead):
        return "implemented"  # "Canada imposes tariffs on U.S. cars", "Argentina has taken action against ...": in place now
    if action == "negotiate" and context.order_text and hit.form.split()[0].lower() in _TALKS_HELD_FORMS:
        # "the United States has entered into discussions with the PRC", "held talks with X" in an
        # order's recitals: talks one party reports, not terms both announced (convention 7)
        return "announced"
    told = sentence[:object_region[1]]
    if _in_force_by_order(actors, context) and action != "negotiate" and not _OWN_PLEDGE.search(sentence, 0, hit.end):
        # the signing government's own measures in an order or its fact sheet are in force
        return "implemented"
    if patterns.get("agreed") and patterns["agreed"].search(told):
        return "agreed"
    speech = _SPEECH_VERB.search(sentence, 0, hit.start)
    if speech:
        if context.default_status == "agreed" and _reports_deal_terms(sentence, speech.start(), actors, mentions):
            return "agreed"  # "Bessent said China would buy ...": one side telling the deal's terms
        return "announced"  # "Trump said he would halve the tariff": one side's word
    return context.default_status


# Round 11 status: what a step already taken means ("Some goods have been added to Annex II, meaning
# they will no longer be subject to the tariffs", "Several goods were taken off the list, meaning
# they will now pay the duty"): the step is done, so is what follows from it, whatever the tense
_CONSEQUENCE = re.compile(r",\s+(?:meaning|which\s+means)\s+(?:that\s+)?")
_PASSIVE_DONE = re.compile(r"\b(?:were|was|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:[a-z]+ed|taken|put|made|set)\b")


def _consequence_of_done(sentence: str, start: int) -> bool:
    """The cue at ``start`` tells what a step told in the passive before ", meaning" brought."""
    consequence = None
    for consequence in _CONSEQUENCE.finditer(sentence, 0, start):
        pass
    return consequence is not None and _PASSIVE_DONE.search(sentence, 0, consequence.start()) is not None


_DIRECTED_TALKS = re.compile(
    r"\b(?:order(?:s|ing)|direct(?:s|ing)|instruct(?:s|ing))\s+(?:negotiations\b|[^;]{0,160}?\bto\s+(?:jointly\s+)?negotiate\b)",
    re.IGNORECASE)
# A burden a party levies now, told in the present ("the UK imposes tariffs that can exceed
# 125%", guide rule 4), and a step a party has already taken ("has taken action against",
# "has put in place restrictions"): measures in place, not terms still to be carried out.
# Present perfects of undertaking, deal-making and reporting verbs ("has committed to",
# "has secured a deal", "has said") do not count.
_PRESENT_BURDEN_FORMS = frozenset({"imposes", "maintains", "levies", "charges", "bans", "restricts", "prohibits", "blocks"})
_PERFECT_DONE = re.compile(
    r"\b(?:has|have)\s+(?:(?:already|successfully|recently|now|also|since|just|long)\s+)?"
    r"(?!(?:committed|agreed|pledged|promised|vowed|offered|decided|indicated|expressed|signaled|signalled|announced"
    r"|proposed|planned|sought|asked|requested|urged|threatened|expected|intended|stated|said|noted|welcomed"
    r"|confirmed|reaffirmed|continued|worked|identified|recognized|acknowledged|determined|directed|instructed"
    r"|called|pushed|pressed|demanded|warned|looked|tried|attempted|aimed|needed|wanted|secured|struck|signed"
    r"|reached|concluded|finalized|negotiated|entered|started|begun|opened|launched|refused|declined)\b)"
    r"(?:\w+ed|taken|won|put|made|built)\b", re.IGNORECASE)


def _now_in_force(sentence: str, subject_region: tuple[int, int], hit: _CueHit, lead: str) -> bool:
    if hit.form.lower() in _PRESENT_BURDEN_FORMS:
        return _previous_word(sentence, hit.start)[0] not in _AUXILIARIES | {"to", "also"} \
            and not _DEAL_SUBJECT.search(sentence, subject_region[0], hit.start)
    if hit.form in _PRESENT_BURDEN_PLURALS:
        return _PLURAL_SUBJECT_END.search(sentence, max(subject_region[0], hit.start - 40), hit.start) is not None \
            and not _MODAL_AFTER.search(lead) and not _DEAL_SUBJECT.search(sentence, subject_region[0], hit.start)
    found = _PERFECT_DONE.search(lead, max(0, len(lead) - 90)) if " ha" in lead else None
    return found is not None and not _MODAL_AFTER.search(lead, found.end())


# Round 10 precision (status): talks reported as held or entered into, in the past
_TALKS_HELD_FORMS = frozenset({"entered", "held", "began", "begun", "started", "opened", "launched", "resumed"})
_MODAL_AFTER = re.compile(r"\b(?:will|would|shall|to)\b", re.IGNORECASE)
# Round 10 precision (status): the same burden told of several partners in the plural present
# ("India (80%), Malaysia (40%), and Turkey (31%) impose higher rates", "Certain countries, like
# Ruritania and Freedonia, restrict or prohibit the importation of ..."): measures in place now,
# like "imposes" (guide rule 4). The verb must follow its subject: a bracketed rate, a name or a
# plural party noun (not "to impose", "will impose", "each impose").
_PRESENT_BURDEN_PLURALS = frozenset({"impose", "maintain", "levy", "charge", "ban", "restrict", "prohibit", "block"})
_PLURAL_SUBJECT_END = re.compile(
    r"(?:\)|\b[A-Z][\w.’'-]*|\b(?:countries|nations|economies|partners|governments|they)),?\s+$")


# "may"/"might" ruling the verb's own clause (no comma or semicolon after it): a power or an
# opening, not a measure taken; with a relief it is on offer (guide rule 2: `reduce` `proposed`)
_MAY_GRANT = re.compile(r"\b(?:may|might)\b(?![^,;]*[,;])", re.IGNORECASE)
_RELIEFS = frozenset({"reduce", "remove", "suspend", "relax"})

# A burden promised for the other side's failure or retaliation is a threat (convention 7)
_PUNITIVE_CONDITION = re.compile(
    r"\bunless\b|\bif no (?:deal|agreement)\b"
    # (round 14: "Should the Government of X respond to this order by raising its own duties")
    r"|(?:\bif|\bshould|\[s\]hould|\bin the event (?:that )?)\s+[^.;]{0,80}?\b(?:fail(?:s|ed)?|retaliat\w*|violat\w*|does not|do not|don't|"
    r"respond\w*\s+[^.;]{0,60}?\bby\s+(?:raising|imposing|increasing|levying|hiking)|"
    r"doesn't|did not|breaks?|broke|reneg\w*|stalls?|stalled|backs? out|walks? away)\b",
    re.IGNORECASE,
)


def _reports_deal_terms(sentence: str, speech_start: int, actors: list[str] | None,
                        mentions: list[ActorMention] | None) -> bool:
    """Whether a speaker reports a term of an agreed deal rather than their own side's
    plan: the measure is the other party's ("China's Commerce Ministry said Washington
    would suspend ...") or both parties' ("said both sides would scrap duties")."""
    if not actors or not mentions:
        return False
    if len(set(actors)) > 1:
        return True
    speakers = {m.actor.country for m in mentions if m.end <= speech_start and m.actor.country}
    return bool(speakers) and actors[0] not in speakers


# Actions that create a burden: promising not to take one keeps things as they are.
_BURDENS = frozenset({"impose", "raise", "restrict", "enforce", "maintain"})


# "shall only protect ... where", "will only require ... if": a measure kept to the cases a clause names
_ONLY_BEFORE = re.compile(r"\bonly\s+$")
_LIMITING_CASE = re.compile(r"\b(?:where|if|when|to the extent)\b")
# a measure copied from the other side's: "similar measures of equivalent restrictive effect", "a
# measure with equivalent restrictive effect as the measure adopted by the United States"
# (round 14) controls said to be the partner's own: "that match those of the United States", "mirroring
# those of the U.S.", "equivalent to (those of) the United States", "consistent with U.S. export controls"
_MATCHING_PARTNER_CONTROLS = re.compile(
    r"\b(?:(?:that|which)\s+(?:match|mirror|parallel|track|replicate)|matching|mirroring|paralleling|"
    r"(?:equivalent|comparable|identical|similar)\s+to|(?:consistent|in\s+line|aligned)\s+with)\s+"
    r"(?:those\s+of\s+)?(?:the\s+)?(?:United\s+States|U\.S\.|US\b|American)", re.IGNORECASE)
_EQUIVALENT_RESTRICTION = re.compile(r"\b(?:equivalent|similar|comparable)\s+restrictive\s+effect\b")
# the tariff in force withheld from named goods: "the tariff referred to in paragraph 2 to the originating
# goods of X listed in Schedule 2", "its reciprocal duty to the products set out in Annex I"
_TARIFF_WITHHELD_FROM_GOODS = re.compile(
    r"\s*(?:the|its|that|this|such)\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies))\b[^.;]{0,60}?\bto\s+(?:the\s+|all\s+|certain\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:goods|products|articles)\b[^.;]{0,40}?\b(?:listed|set\s+(?:out|forth)|identified|described|specified)\s+in\s+"
    r"(?:Schedule|Annex|Appendix)\b")
# (round 15) the treaties of intellectual property a party joins
_IP_TREATY = re.compile(r"\b(?:WIPO|Berne|Paris\s+Convention|Madrid\s+Protocol|Budapest\s+Treaty|Singapore\s+Treaty|Hague\s+Agreement|"
                        r"Marrakesh|UPOV|Patent\s+(?:Law|Cooperation)|Trademark|Copyright|Phonograms)\b")
# (round 15) a date missed: "(take effect) on 1 March as planned", "until the parliament approves", "as scheduled"
_NOT_YET = re.compile(r"(?:\s+(?:on|from|in)\s+[^,;.]{1,30}?)?\s+(?:as\s+(?:planned|scheduled|expected|intended|foreseen)|until\b)",
                      re.IGNORECASE)
# (round 15) a tariff in force named by its kind, then the goods it is withheld from: "the reciprocal tariff
# to originating goods of X", "the additional duty on X salmon" (not "customs duties on electronic
# transmissions", a moratorium kept, guide rule 17)
_TARIFF_IN_FORCE_WITHHELD = re.compile(
    r"\s*(?:the|its|that|such)\s+(?:additional\s+)?(?:reciprocal|additional|Section\s+\d+|IEEPA|ad\s+valorem)\s+(?:[\w-]+\s+)?"
    r"(?:tariffs?|dut(?:y|ies)|rates?\s+of\s+duty)\b(?:\s+(?:imposed|set\s+out|provided\s+for)\s+[^.;]{0,60}?)?\s+(?:to|on)\s+")
_WITHHOLDING_VERBS = frozenset({"appl", "impo", "char", "levy", "coll"})
# a measure applied so as to hold back the other side's goods ("in a manner that restricts ...")
_RESTRICTIVE_MANNER = re.compile(r"\bin\s+a\s+(?:manner|way)\s+that\s+(?:restricts|limits|impedes|discriminates)\b")
# Goods barred by their source in an agreed text: "from certain countries", "from a country that
# jeopardizes ...", "from third-country suppliers of concern", "from untrusted vendors"
_SOURCE_OF_CONCERN = re.compile(
    r"\bfrom\s+(?:(?:certain|any|a|third|foreign|specified|listed|untrusted|non-market)\s+)*(?:[\w-]+\s+)?"
    r"(?:countr(?:y|ies)|suppliers?|vendors?|sources?|entities)\b", re.IGNORECASE)


def _negation_kind(lead: str, action: str, context: _Context) -> str | None:
    """'standstill' for a pledge not to burden trade in an agreed text, 'refusal'
    for a party declining a measure, None for a plain negative statement."""
    negation = _lexicon().negation
    if context.default_status == "agreed" and action in _BURDENS and negation["standstill"].search(lead):
        return "standstill"
    if negation["refusal"].search(lead):
        return "refusal"
    return None


_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|must|may|might|can|could|to|should)\s+(?:(?:not|also|then|now|soon|have)\s+)*$")


def _is_past_statement(sentence: str, hit: _CueHit) -> bool:
    """'Washington slapped...', 'were lowered in 1994': the measure is already in place."""
    form = hit.form.lower()
    if " " in form and form.endswith((" down", " up", " out", " back")):
        form = form[:form.index(" ")]  # (round 22) "brought down", "phased out": the verb's own past
    if not (_PAST_FORM.search(form) or form in _IRREGULAR_PAST):
        return False
    word, word_start = _previous_word(sentence, hit.start)
    if word in ("be", "been") and _MODAL_BEFORE.search(sentence, max(0, word_start - 30), word_start):
        return False  # "will be cut to 30%", "would have been lifted": not yet done
    if word in ("will", "would", "to", "shall", "must", "may", "can", "could", "and", "or", "agreed",
                "also", "each"):
        return form not in _IRREGULAR_PAST and word not in ("will", "would", "to", "shall", "must",
                                                              "may", "can", "could", "agreed")
    return True


_LEADING_TIME = re.compile(
    r"^[\s,]*(?:(?:for|over) (?:an? (?:initial )?period of )?(?:a|an|one|two|three|six|\d+) (?:\w+ )?(?:years?|months?|weeks?|days?)|(?:until|through|beginning|starting|effective) [^,]+)\s*,?\s*",
    re.IGNORECASE,
)


# Round 11: "a baseline 15 percent tariff on all imports, alongside separate treatment for
# automobiles and automobile parts": what follows "alongside" is another measure, not the
# rated goods
_ALONGSIDE = re.compile(r",?\s+alongside\s")


def _before_alongside(text: str) -> str:
    """The goods text of a measure up to an "alongside" naming a separate one, without the titles
    of instruments it cites ("under Proclamation 10908 of March 26, 2025 (Adjusting Imports of
    Automobiles and Automobile Parts ...)" names the goods of that proclamation, not these)."""
    if " of " in text and "(" in text:
        text = _CITED_TITLE.sub(" ", text)
    if "alongside" not in text:
        return text
    match = _ALONGSIDE.search(text)
    return text[:match.start()] if match else text


def _subject_phrase(text: str) -> str | None:
    """A short normalised phrase for what the commitment is about."""
    text = _LEADING_TIME.sub("", _ENUMERATION.sub(" ", text))
    stop = _SUBJECT_STOP.search(text)
    if stop:
        text = text[:stop.start()]
    words = text.strip(" ,.;:").split()
    while words and words[0].lower() in ("its", "their", "the", "a", "an", "all", "any", "his", "her"):
        words = words[1:]
    phrase = " ".join(words[:MAX_SUBJECT_WORDS]).strip(" ,.;:")
    return phrase or None


def _row_key(row: Commitment, plain_words: bool = False) -> tuple:
    key: tuple = (row.actor, row.category, row.action, row.value_from, row.value_to, row.change,
                  row.amount, row.unit, tuple(sorted(row.products)))
    if row.value_from is None and row.value_to is None and row.change is None and row.amount is None \
            and row.unit is None and not row.products:
        if row.category == "diplomatic" and row.action == "negotiate":
            if (row.subject or "").startswith(TALKS_SUBJECT):
                return key + (TALKS_SUBJECT, row.counterparty)  # the same talks named again
            # "finalize the Agreement, prepare it for signature, and undertake domestic
            # formalities": steps on the deal itself, one object per sentence (convention 2)
            return key + (row.evidence,)
        # without figures or products, only the same wording is the same commitment; a measure
        # only considered ("will consider reducing its tariff rates for a territory") is not
        # the one agreed with the same words
        key += (" ".join(_deal_words(row) or _object_words(row.subject, plain_words)[:4]), row.status == "proposed")
        if row.category == "tariff" and row.action == "maintain" and (
                "roclamation " in row.evidence or "Executive Order " in row.evidence):
            # "remain subject to the duties set forth in Proclamation 9704" and "... in Proclamation
            # 9705": the same words, two instruments, two measures kept
            key += tuple(_INSTRUMENT_NUMBER.findall(row.evidence))
    return key


# the number of a named instrument ("Proclamation 9705", "Executive Order 14257")
_INSTRUMENT_NUMBER = re.compile(r"\b(?:Proclamation|Executive\s+Order)\s+(?:No\.\s+)?(\d{4,6})\b")


# Round 9 precision: a side deal named again ("signed a landmark critical minerals agreement with
# Japan", later "signed a historic critical minerals agreement to diversify ..."): the deal's own
# name is its object, whatever praise or purpose surrounds it (convention 8)
_SIDE_DEAL_NAME = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?P<name>critical\s+minerals?\s+(?:agreement|framework|deal|arrangement))\b", re.IGNORECASE)
# (a memorandum is named by its topic, which follows it: two memoranda are not one deal)


def _deal_words(row: Commitment) -> str | None:
    if row.action != "negotiate" or row.category == "diplomatic":
        return None
    match = _SIDE_DEAL_NAME.match(row.subject or "")
    return " ".join(match.group("name").lower().split()) if match else None


_AFTER_PARTNER = frozenset({"on", "to", "in", "regarding", "concerning", "for"})


def _object_words(subject: str | None, plain_words: bool = False) -> list[str]:
    """The subject's words without a leading partner phrase: "with the United States on matters
    related to investment security" and "with the United States on addressing distortions" are two
    objects, told apart by what follows the partner."""
    words = _key_words(subject, plain_words)
    if words[:1] == ["with"]:
        cut = next((i for i, w in enumerate(words[:7]) if w in _AFTER_PARTNER), None)
        if cut is not None:
            return words[cut + 1:]
    return words


# "(continue the suspension) of the heightened tariffs" and "(maintain the suspension) of
# heightened tariffs": articles do not tell two objects apart
_ARTICLES = frozenset({"the", "a", "an"})


def _key_words(subject: str | None, plain_words: bool = False) -> list[str]:
    if plain_words:  # the words as written, for ids (see _merge_repeats)
        return [w for w in (subject or "").lower().split() if w not in _ARTICLES]
    return [_SAME_KEY_WORD.get(w, w) for w in (subject or "").lower().split()
            if w not in _ARTICLES and w not in _KEY_FILLER]


# (round 13, news) "scrap tariffs on U.S. industrial goods" and, later, "remove its remaining duties
# on American industrial products": the same measure told in the other words a wire story
# alternates (convention 8); the words that name the same thing key the same
_SAME_KEY_WORD = {"duties": "tariffs", "duty": "tariff", "levies": "tariffs", "levy": "tariff",
                  "american": "u.s.", "us": "u.s.", "products": "goods"}
_KEY_FILLER = frozenset({"remaining", "existing", "its", "their"})


def _merge_repeats(rows: list[Commitment], itemised: set[int] | None = None,
                   listed_apart: set[int] | None = None) -> list[Commitment]:
    rows = _drop_adjusting_leads(_drop_partner_leads(_drop_list_leads(rows)))
    merged: dict[tuple, Commitment] = {}
    ids_given: set[str] = set()
    quotas_seen = any(map(_quota_row, rows))
    for row in rows:
        key = _row_key(row)
        threat_at = None
        if row.status == "announced" and "uthori" in (row.evidence or "") and _AUTHORIZED_TO_BEFORE.search(
                row.evidence, 0, max(0, (row.evidence or "").find(" to ", (row.evidence or "").find("uthori")) + 4)):
            # (round 15) "the Secretary is authorized to set the rate to zero": a change permitted, not the
            # one the order makes itself, though the levels are the same
            key += ("permitted",)
        if row.status == "threatened" and not _has_figure(row):
            # "signed an Order imposing new sanctions on X", then "The Order also authorizes new
            # sanctions on ...": a measure only threatened or permitted is not the one applied
            threat_at = len(key)
            key += ("threatened",)
        if id(row) in (listed_apart or ()):
            key += (row.subject,)  # two listed projects of "up to $25 billion" are two pledges
        if row.subject == _COUNTRY_RATE_SUBJECT:
            key += (row.counterparty,)  # a partner's listed rate stays its own, whatever else shares the rate
        if _names_its_goods_apart(row):
            key += (row.subject,)  # (Round 11) goods brought under a rate, or entering duty-free, are their own row
        first = merged.get(key)
        if first is not None and first.evidence == row.evidence and _ANOTHER.match(row.subject or ""):
            # "has paid $1 billion ... and will pay another $1 billion": a second tranche
            key += (row.subject,)
            first = merged.get(key)
        if first is not None and (first.paragraph_index, first.char_start) == (row.paragraph_index, row.char_start) \
                and "implemented" in (first.status, row.status) and first.status != row.status:
            # "a 15% tariff planned for Dec. 15 ... or a 15% tariff imposed in September": one
            # sentence, one rate, a measure in force and another still to come
            key += (row.status,)
            first = merged.get(key)
        elif first is not None and _quota_row(first) != _quota_row(row) or (
                first is not None and (first.paragraph_index, first.char_start) == (row.paragraph_index, row.char_start)
                and _quota_row(row) and first.subject != row.subject
                and not _BARE_QUOTA.fullmatch(row.subject or "")):
            # (round 14) a quota's zero in-quota rate is not a duty cut to zero on other goods; two
            # quotas one sentence opens ("a quota of 1,200 tons for beef and a second quota of 600
            # tons for pork") are two measures (convention 14)
            key += ("quota", row.subject if _quota_row(row) else None)
            first = merged.get(key)
        elif first is not None and (first.paragraph_index, first.char_start) == (row.paragraph_index, row.char_start) \
                and first.counterparty != row.counterparty:
            # one sentence, one rate, a list of partners: a row per counterparty (guide rule 11)
            key += (row.counterparty,)
            first = merged.get(key)
        elif first is not None and _dated_apart(first, row):
            opening = _DATED_OPENING.match(row.evidence or "")
            # apart by a past recount without a dated opening: the recount itself tells them apart
            key += (opening.group(0).lower() if opening else ("recount", _past_recount(row)),)
            first = merged.get(key)
        elif first is not None and (_partners_named_apart(first, row) or _partner_list_after_unnamed(first, row)
                                    or _worldwide_tariff(first) != _worldwide_tariff(row)):
            # "the EU ... accepting a 15% tariff", later "Japan ... paying a 15% tariff":
            # one rate, two partners, two deals; a rate on all countries is not the one
            # a partner's deal keeps
            key += (row.counterparty,)
            first = merged.get(key)
        elif first is not None and _another_access_measure_on_same_goods(first, row):
            key += (" ".join(_object_words(row.subject)[:4]),)
            first = merged.get(key)
        if first is None and row.category == "diplomatic" and row.action == "negotiate" and not _has_figure(row):
            # "The two sides continue to negotiate" after "trade talks with China": the talks named before
            first = merged.get(_row_key(row)[:9] + (TALKS_SUBJECT, row.counterparty))
        if first is None and id(row) not in (itemised or ()):
            # list items are their opener's parts, not later statements of it
            # (round 14) a quota and a duty cut are two measures (above): neither is the other's restatement
            pool = merged.values() if not quotas_seen else [r for r in merged.values() if _quota_row(r) == _quota_row(row)]
            first = _earlier_without_figure(pool, row) or _earlier_without_level(pool, row) \
                or _earlier_with_figure(pool, row) or _same_change_more_goods(pool, row) \
                or _earlier_with_both_levels(pool, row) \
                or _earlier_deferring_figure(pool, row) or _signed_lead_restated(pool, row) \
                or _measure_referred_to_again(pool, row) or _bare_quota_again(pool, row) \
                or _restated_by_reference(pool, row) or _change_told_as_rate_faced(pool, row)
            if first is not None and first.counterparty and row.counterparty and first.counterparty != row.counterparty \
                    and (first.paragraph_index, first.char_start) == (row.paragraph_index, row.char_start) \
                    and first.value_from is not None and first.value_from == row.value_from:
                # (round 15) "Steel from A, B and C will be charged 35 pct instead of 15 pct": one
                # sentence, one change, a list of partners: a row per partner (guide rule 11)
                first = None
            if first is not None and key not in merged and _has_figure(row) and _row_key(first)[:9] == key[:9]:
                # the first statement has now the figure a later one gave it: a third statement of it
                # ("shall be 9 percent", then "shall be subject to a duty of 9 percent"; round 13: "retain
                # a 10% tariff" again) is the same row again
                merged[key] = first
        if first is None:
            row.commitment_id = _own_id(row, key, threat_at, ids_given)
            ids_given.add(row.commitment_id)
            merged[key] = row
            continue
        first.mentions += 1
        _fill_missing(first, row)
    return list({id(row): row for row in merged.values()}.values())


def _own_id(row: Commitment, key: tuple, threat_at: int | None, ids_given: set[str]) -> str:
    """(round 19) The row's id from its own content: the article, the anchor sentence's text (not its
    position: a paragraph added above leaves it), actor, category, action, levels, amount, products,
    words (the subject's words as written, not _SAME_KEY_WORD's, round 13), counterparty, status and
    subject; never from the marks the merge adds when another row of the page shares its figures (a
    partner's 15% row kept apart from an earlier one, a second tranche, a rate in force beside one to
    come), so that a row that did not change keeps the id a user cited when other rows appear beside it
    (DESIGN: ids from content, never from row order). Only two rows of one sentence with all of that the
    same take their position, then the merge's marks."""
    plain_key = _row_key(row, plain_words=True)
    own = (row.article_id, row.evidence, *plain_key, row.counterparty, row.status, row.subject)
    found = stable_id(*own)
    if found in ids_given:
        found = stable_id(*own, row.paragraph_index, row.char_start)
    if found in ids_given:
        marks = key[len(plain_key):]
        if threat_at is not None:
            marks = marks[:threat_at - len(plain_key)] + marks[threat_at - len(plain_key) + 1:]
        found = stable_id(*own, row.paragraph_index, row.char_start, *marks, "apart")
    return found


# (round 16) "refused to expand dairy quotas, saying a law bars ministers from increasing the quotas": a quota
# named again without its goods is the one just named, not a second quota
_BARE_QUOTA = re.compile(r"(?:(?:the|those|these|such|its|their)\s+)?(?:import\s+)?quotas?")


def _bare_quota_again(rows, later: Commitment) -> Commitment | None:
    """The earlier quota row of the same sentence that a figureless "the quotas" names again."""
    if not _BARE_QUOTA.fullmatch(later.subject or "") or _has_figure(later):
        return None
    return next((r for r in rows if _quota_row(r) and r.evidence == later.evidence
                 and (r.actor, r.category, r.action, r.status) == (later.actor, later.category, later.action, later.status)),
                None)


def _quota_row(row: Commitment) -> bool:
    """A tariff row for a tariff-rate quota (its subject names the quota)."""
    return row.category == "tariff" and bool(row.subject) and ("quota" in row.subject or "TRQ" in row.subject)


def _another_access_measure_on_same_goods(first: Commitment, row: Commitment) -> bool:
    """Round 13 agreements: two figureless market-access measures on the same goods are two
    measures when their objects differ ("preferential market access for U.S. industrial goods,
    including passenger vehicles", then "accepting U.S. vehicles built to U.S. safety
    standards"): the goods' code alone made them one row."""
    return (row.category == "market_access" and bool(row.products) and not _has_figure(row)
            and not _has_figure(first)
            and _object_words(first.subject)[:4] != _object_words(row.subject)[:4])


def _names_its_goods_apart(row: Commitment) -> bool:
    """Round 11: a rate whose row is defined by the goods it names, not a restatement of an earlier
    rate of the same level: goods brought under a rated category ("X shall be included in the
    category of products subject to the reduced 15 percent duty" after "a reduced duty of 15
    percent on Y"), or goods entering a country duty-free in a comparison of tariffs in force
    ("Apples enter the United States duty-free, but ..." after "the United States imposes a 0
    percent tariff on routers")."""
    evidence = row.evidence or ""
    if row.category != "tariff" or row.value_to is None:
        return False
    return ("subject to" in evidence and _RATED_CATEGORY_WIDENED.search(evidence) is not None) or (
        "uty-free" in evidence and " enter" in evidence and _DUTY_FREE_ENTRY.search(evidence) is not None) or (
        # (round 13) goods a mechanism will let in at a rate ("establish a mechanism allowing textiles
        # from X to receive a 0% rate") after the partner's listed goods at the same rate
        "mechanism" in evidence and _MECHANISM_RATE.search(evidence) is not None) or (
        # (round 16) goods let in duty-free ("will let in 40,000 tonnes of beef a year duty-free") beside
        # another zero of the same party on other goods
        row.value_to == 0 and ("free" in evidence or "without" in evidence) and _ADMITTED_FREE.search(evidence) is not None)


_ANOTHER = re.compile(r"\W*(?:another|a further|an additional|a second)\b", re.IGNORECASE)
_LISTED_OBJECTS = re.compile(r",|\band\b")


# (round 24) a rate given as the top of a range: "duties of up to 37.5 per cent", "of between 10% and 40%",
# "ranging from 5% to 25%", "as high as 40%" (the words just before the top figure; the low figure of "between"
# and "from" in the group)
_RANGE_BEFORE_TOP = re.compile(
    r"(?:\bup\s+to|\bas\s+(?:high|much)\s+as|\bbetween\s+(?P<low>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent|pct)?\s+and"
    r"|\branging\s+from\s+(?P<low2>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent|pct)?\s+to)\s+$", re.IGNORECASE)
_RANGE_TOP_WORDS = ("up", "high", "much", "between", "ranging")


def _range_top(row: Commitment) -> tuple[float, float] | None:
    """(low, top) when the row's new rate is written in its sentence as the top of a range; low 0 for "up to"."""
    evidence = row.evidence or ""
    if not holds_one_of(_RANGE_TOP_WORDS, fold_case(evidence)):
        return None  # (speed: no word of _RANGE_BEFORE_TOP's branches in the sentence)
    for quantity in find_quantities(evidence):
        if quantity.kind != "rate" or quantity.value != row.value_to:
            continue
        before = _RANGE_BEFORE_TOP.search(evidence[max(0, quantity.start - 40):quantity.start])
        if before is not None:
            low = before.group("low") or before.group("low2")
            return (float(low) if low else 0.0), quantity.value
    return None


_SHARE_OF = re.compile(r"\s+of\b")


def _drop_range_leads(rows: list[Commitment], article: Article) -> list[Commitment]:
    """Round 24 (guide rules 6 and 7): a tariff whose rate a sentence gives as a range ("Vietnam will impose
    anti-dumping duties of up to 37.5 per cent on paperboard from China", "duties of between 10% and 40% on EU
    goods") and that a later paragraph breaks down rate by rate (the top figure again beside a lower one of the
    range: "a rate of 37.5% for most exporters but 9.8% for ...", or a list whose items give the goods' rates) is
    stated by those rates: the range's own row goes, and the rows of the breakdown are anchored where their
    figures are. A range no later paragraph breaks down keeps its row at the top figure (guide: "up to X%" takes
    the top figure), and so does one whose top figure comes back alone ("a tariff of 25 per cent could cut
    exports by a third": the same threat again, not its parts)."""
    candidates = [r for r in rows if r.category == "tariff" and r.value_to is not None and r.value_from is None
                  and r.unit == "percent" and r.evidence and _range_top(r) is not None]
    if not candidates:
        return rows
    # the later text in units: a paragraph, or a run of list items (one list)
    units: list[tuple[int, list[float]]] = []  # (first paragraph index, the unit's percentage rates)
    previous_item = False
    for paragraph in article.paragraphs:
        text = paragraph.text or ""
        # (a share is no rate of the breakdown: "the levy itself is 2 per cent of revenue")
        rates = [q.value for q in find_quantities(text) if q.kind == "rate" and q.unit == "percent"
                 and not _SHARE_OF.match(text, q.end)]
        item = paragraph.kind == "list_item"
        if item and previous_item and units:
            units[-1][1].extend(rates)
        else:
            units.append((paragraph.index, rates))
        previous_item = item
    dropped: set[int] = set()
    for row in candidates:
        low, top = _range_top(row)
        if any(first > row.paragraph_index and top in rates and any(low <= value < top for value in rates)
               for first, rates in units):
            dropped.add(id(row))
    return [r for r in rows if id(r) not in dropped] if dropped else rows


def _drop_list_leads(rows: list[Commitment]) -> list[Commitment]:
    """A figureless tariff lead naming several goods ("impose tariffs on sofas, mattresses
    and lamps") whose goods later sentences give different rates is no row of its own:
    the rows are anchored at the sentences with the figures (guide rule 7)."""
    leads = [i for i, r in enumerate(rows) if r.category == "tariff" and not _has_figure(r)
             and _listed_goods(r.subject or "")]
    if not leads:
        return rows
    dropped: set[int] = set()
    for i in leads:
        lead = rows[i]
        later = [r for r in rows[i + 1:] if (r.actor, r.category, r.action) == (lead.actor, lead.category, lead.action)
                 and _has_figure(r) and r.paragraph_index != lead.paragraph_index]
        figures = {(r.value_from, r.value_to, r.change) for r in later}
        if len(figures) >= 2 and not any(_names_all_goods(r, _listed_goods(lead.subject or "")) for r in later):
            dropped.add(i)
    return [r for i, r in enumerate(rows) if i not in dropped]


# partners named only as a group ("sent tariff letters to many countries", "countries will be
# subject to a revised reciprocal tariff rate", "Countries listed in Annex I")
_PARTNER_GROUP = re.compile(
    r"\b(?:(?:many|several|some|certain|other|these|most|dozens of)\s+(?:of\s+(?:the|our)\s+)?(?:countries|trading partners|nations)"
    r"|[Cc]ountries\s+(?:will|would|shall)\s+be\s+subject|[Cc]ountries\s+listed)\b")


def _drop_partner_leads(rows: list[Commitment]) -> list[Commitment]:
    """A figureless tariff lead on partners named only as a group ("sent letters to many
    countries informing them of their new reciprocal tariff rates") whose partners the document
    then rates one by one ("Japan (25%)", "Laos (40%)") is stated by those rows (guide rule 7)."""
    leads = [i for i, r in enumerate(rows) if r.category == "tariff" and not _has_figure(r) and not r.products
             and "ountr" in (r.evidence or "") + " " + (r.subject or "") and _PARTNER_GROUP.search(r.evidence or "")
             and not _DOCUMENT_IMPLEMENTED.search(r.evidence or "")]  # (the page's own order, "signed an Executive Order ...", is its row)
    if not leads:
        return rows
    dropped: set[int] = set()
    for i in leads:
        lead = rows[i]
        rated = {r.counterparty for r in rows if (r.actor, r.category, r.action) == (lead.actor, lead.category, lead.action)
                 and r.value_to is not None and r.counterparty and r.paragraph_index != lead.paragraph_index}
        if len(rated) >= 2:
            dropped.add(i)
    return [r for i, r in enumerate(rows) if i not in dropped]


_GOODS_LIST_START = re.compile(r"\b(?:on|for)\s+", re.IGNORECASE)


def _listed_goods(subject: str) -> list[str]:
    """The word stems of a goods list after "on"/"for" ("tariffs on sofas, mattresses and
    lamps"); empty when the subject lists no goods ("tariffs to level the playing field for
    workers and businesses" names an aim)."""
    start = _GOODS_LIST_START.search(subject)
    measure = _TARIFF_WORD.search(subject)
    if start is not None and subject[:start.start()].count(" ") <= 4:
        goods = subject[start.end():]
    elif measure is not None:
        goods = subject[:measure.start()]  # "steel, aluminum tariffs"
    else:
        return []
    if not _LISTED_OBJECTS.search(goods):
        return []
    words = set(_CONTENT_WORD.findall(goods.lower())) - _GENERIC_WORDS - _SUBJECT_FILLER
    return sorted(w[:6] for w in words)


def _names_all_goods(row: Commitment, stems: list[str]) -> bool:
    """A later rated row naming every good of the lead's list restates the lead with its
    figure ("tariffs on patented drugs and their ingredients", then "a 100% tariff on patented
    drug products and ingredients"): the lead is that row's first statement, not a list."""
    words = {w[:6] for w in _CONTENT_WORD.findall((row.subject or "").lower())}
    return bool(stems) and set(stems) <= words


def _partners_named_apart(first: Commitment, later: Commitment) -> bool:
    """Two tariff rows whose sentences each name their own, different counterparty."""
    if first.category != "tariff" or not first.counterparty or not later.counterparty \
            or first.counterparty == later.counterparty or not (_has_figure(first) and _has_figure(later)):
        return False
    return all(row.counterparty in {m.actor.country for m in find_actor_mentions(row.evidence or "", None)}
               for row in (first, later))


def _partner_list_after_unnamed(first: Commitment, later: Commitment) -> bool:
    """Round 14: a rate for a list of partners ("For goods of the EU, Japan and Korea, the duty shall
    not exceed 15 percent") is not a restatement of an earlier rate of the same level whose sentence
    named no partner ("machinery listed in Annex I shall be subject to a duty of 15 percent")."""
    if first.category != "tariff" or not later.counterparty or first.evidence == later.evidence \
            or not (_has_figure(first) and _has_figure(later)):
        return False
    mentions = find_actor_mentions(later.evidence or "", None)
    named_later = {m.actor.country for m in mentions} - {later.actor}
    if later.counterparty not in named_later:
        return False
    if len(named_later) < 2 and not any(
            m.actor.country == later.counterparty and _GOODS_ORIGIN_BEFORE.search((later.evidence or "")[max(0, m.start - 40):m.start])
            for m in mentions):
        # (round 24) one partner, named as the goods' origin ("Articles that are products of the United Kingdom
        # shall instead be subject to a duty of 10 percent"): its own rate as much as a list's
        return False
    return not ({m.actor.country for m in find_actor_mentions(first.evidence or "", None)} - {first.actor})


# the goods' origin told before a country's name: "products of (the)", "goods from", "articles of"
_GOODS_ORIGIN_BEFORE = re.compile(r"\b(?:products|goods|articles|imports|exports|shipments)\s+(?:of|from|originating\s+in)\s+(?:the\s+)?$",
                                  re.IGNORECASE)


# A fact sheet's lead on the signing ("Today, President Trump signed an Executive Order imposing
# new sanctions on X") and the bullet that restates it with the instrument as subject ("The Order
# imposes new sanctions on entities that ...", "The Order removes sanctions on X"): one measure
_SIGNED_INSTRUMENT_LEAD = re.compile(r"\bsigned\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:Executive\s+Order|Proclamation|Memorandum)\b")
_INSTRUMENT_OPENS = re.compile(r"\W*(?:The|This)\s+(?:Executive\s+)?(?:Order|Proclamation|Memorandum)\s+(?:also\s+)?[a-z]+s\b")
# (how far into the page the lead may stand: its first paragraphs)
SIGNED_LEAD_PARAGRAPHS = 2


# "signed a Proclamation adjusting certain metals tariffs", "... to strengthen tariffs imposed on ...": a
# lead that names the changes only by a verb of change, which the page then states rate by rate
_ADJUSTING_LEAD = re.compile(
    r"\bsigned\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:Executive\s+Order|Proclamation)\s+(?:to\s+)?"
    r"(?:adjust|modify|update|strengthen|overhaul|restructure|revise)\w*\s+(?:the\s+|certain\s+|its\s+)?(?:[\w-]+\s+){0,2}?tariffs\b")


def _drop_adjusting_leads(rows: list[Commitment]) -> list[Commitment]:
    """Round 13 precision: the figureless lead row of such a lead when the page states at least two of
    the signer's rates with figures (guide rule 6: a lead its details break down is no row). A lead
    with one detail sentence is _modify_leads_take_detail's: the two are one rule's two cases."""
    leads = [r for r in rows if r.paragraph_index < SIGNED_LEAD_PARAGRAPHS and r.category == "tariff"
             and not _has_figure(r) and _ADJUSTING_LEAD.search(r.evidence or "")]
    if not leads:
        return rows
    drop = {id(lead) for lead in leads
            if sum(1 for r in rows if r.actor == lead.actor and r.category == "tariff" and _has_figure(r)
                   and r.paragraph_index > lead.paragraph_index) >= 2}
    return [r for r in rows if id(r) not in drop] if drop else rows


def _signed_lead_restated(rows, later: Commitment) -> Commitment | None:
    """The figureless lead row an order's bullet with the instrument as subject restates."""
    if _has_figure(later) or not _INSTRUMENT_OPENS.match(later.evidence or ""):
        return None
    return next((r for r in rows if r.paragraph_index < SIGNED_LEAD_PARAGRAPHS and r.paragraph_index < later.paragraph_index
                 and not _has_figure(r) and (r.actor, r.category, r.action, r.counterparty)
                 == (later.actor, later.category, later.action, later.counterparty)
                 # ("The Order also authorizes new sanctions on ...": a measure only permitted, not the one applied)
                 and (later.status != "threatened" or r.status == "threatened")
                 and _SIGNED_INSTRUMENT_LEAD.search(r.evidence or "")), None)


def _earlier_without_figure(rows, later: Commitment) -> Commitment | None:
    """A commitment first stated without a figure and later with one is one row
    (gold-format convention 8): "Beijing resumes soybean purchases" then "will buy
    12 million tonnes of soybeans"; "Ottawa keeps its levies on steel" then "will
    keep its 25 per cent duties on American steel"."""
    if not _has_figure(later):
        return None
    for row in reversed(list(rows)):  # the nearest earlier statement is the one the figure completes
        if (row.actor, row.category) != (later.actor, later.category) or _has_figure(row) \
                or _recounts_the_past(row) != _recounts_the_past(later) or _dated_apart(row, later):
            continue  # ("In his first term ..." and "In July 2025 ...": two steps, each its own figure)
        if _only_a_power(row) != _only_a_power(later):
            continue  # "should a partner retaliate, I may increase the duties" then the increase made: two rows
        if later.category in ("purchase", "investment"):
            if not set(row.products) & set(later.products) and not _unnamed_investment(row, later):
                continue
        elif row.action != later.action or not (_same_object(row, later) or _generic_figure_of(row, later)):
            continue
        elif later.products and not row.products:
            continue  # a rate on named goods ("a 2.5% tariff on ethanol") is no figure of a lead naming none
        elif later.products and not set(row.products) & set(later.products):
            continue  # (Round 11) a zero rate on automobiles is no figure of a removal for aircraft
        for name in ("value_from", "value_to", "change", "amount", "unit"):
            setattr(row, name, getattr(later, name))
        return row
    return None


# a duty named by the earlier instrument that imposed it: "imposed under Executive Order 14257", "pursuant to
# the actions listed in section 2", "imposed by Proclamation 9705"
_DUTY_IN_FORCE = re.compile(
    r"\b(?:imposed\s+(?:by|under|pursuant\s+to|in|through)|pursuant\s+to|under)\s+(?:the\s+)?"
    r"(?:actions?\s+listed|Executive\s+(?:Order\s+)?\d|Proclamations?\s+\d|section\s+\d+\w*\s+of\s+the\s+Trade)")
# the duty the order itself imposes: "the ad valorem rates of duty under this order", "such additional duty"
_THIS_ORDERS_DUTY = re.compile(r"\b(?:under|by|pursuant\s+to|in)\s+this\s+(?:order|proclamation)\b(?!\s+of\b)|\bsuch\s+(?:additional\s+)?dut")


# an order quoting an earlier order's power: 'Section 4(c) of Executive Order 14257 provides that, "[s]hould ...'
_QUOTED_PROVISION = re.compile(r"\bprovide[sd]?\s+that,?\s+[“\"]")


def _only_a_power(row: Commitment) -> bool:
    """A measure only threatened or proposed ("I may increase the duties if ..."), or a power an
    earlier order's quoted provision gives, not one taken."""
    return row.status in ("threatened", "proposed") or bool(_QUOTED_PROVISION.search(row.evidence or ""))


# "In June 2025, President Trump increased the tariff to 50%", "On April 2, ...": an earlier
# action told by its date, not the order a fact sheet announces today
_DATED_OPENING = re.compile(
    r"^\W*(?:(?:In|On|Since|By|During)\s+(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b|\d{4}\b|(?:his|the)\s+first\s+term\b)|Earlier this year\b"
    r"|Last\s+(?:year|month|week|January|February|March|April|May|June|July|August|September|October|November|December)\b)")


def _recounts_the_past(row: Commitment) -> bool:
    return _DATED_OPENING.match(row.evidence or "") is not None


def _dated_apart(first: Commitment, later: Commitment) -> bool:
    """Two recounts dated differently ("Last November, ... promised to charge a 25% tariff",
    "In February, ... signed an order to impose a 25% duty") are two steps, not one repeated."""
    a, b = _DATED_OPENING.match(first.evidence or ""), _DATED_OPENING.match(later.evidence or "")
    if a and b:
        return a.group(0).lower() != b.group(0).lower()
    # "Derivatives will pay a flat 50%" today, then "In July 2025, President Trump issued a
    # proclamation adding copper ..., at the same 50% rate": a past step, not a restatement
    return _past_recount(later) != _past_recount(first)


_PAST_DATED = re.compile(
    r"^\W*(?:In\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"\d{4}\b|In\s+(?:his|the)\s+first\s+term\b|Earlier this year\b|Last\s+(?:year|month)\b)")
_MODAL = re.compile(r"\b(?:will|shall|would)\b")


def _past_recount(row: Commitment) -> bool:
    """A row told as a dated past step ("In June 2025, President Trump increased ...")."""
    return _PAST_DATED.match(row.evidence or "") is not None and not _MODAL.search(row.evidence or "")


def _unnamed_investment(first: Commitment, later: Commitment) -> bool:
    """Investment pledges naming no goods are the party's one pledge: "Jordan has
    made commitments to invest" then "will invest $1 billion" (convention 8)."""
    # "facilitate investment" (relax) may face either way, so only pledges to invest merge
    return (first.category == later.category == "investment" and first.action == later.action == "invest"
            and not first.products and not later.products)


# "impose ... an additional rate of duty as set forth herein", "at the rates specified below":
# the text itself says the figure comes later in the same document (an annex is not in the text)
_DEFERRED_FIGURE = re.compile(
    r"\b(?:set\s+forth|specified|established)\s+(?:herein|below|in\s+this\s+(?:order|proclamation)\b"
    r"|in\s+section\s+\d)", re.IGNORECASE)


# Round 11 precision: a measure already stated, referred to again without a figure ("China will suspend
# its rare-earth export curbs", later "Beijing would pause the export-control measures it announced";
# "will delay the increases in tariffs for sofas and cabinets", later "is delaying the tariff increase";
# "will remove its retaliatory tariffs", later "the retaliatory tariffs it announced will be removed") is
# that measure again (convention 8): its words name nothing the first statement did not. Only steps on
# a measure in force (suspend, delay, extend, remove, resume) refer back so; a tariff imposed or a
# barrier lowered named twice may be two measures.
_REFERRING_ACTIONS = frozenset({"suspend", "delay", "extend", "remove", "resume"})
# words that point back at a measure rather than name it
_REFERENCE_WORDS = frozenset({"measures", "measure", "controls", "control", "counter", "increase", "increases", "collection", "described",
                              "imposed", "announced", "existing", "same", "such", "certain", "retaliatory",
                              "been", "appropriate", "thus", "determined", "specifically", "longer", "qualifying"})


def _distinctive_words(subject: str | None) -> set[str]:
    head = (subject or "").lower().split(" to ")[0]  # ("the tariff increase to allow for further talks": its purpose)
    # ("the export-control measures it announced" after "its rare-earth export curbs": a compound's parts)
    return set(_CONTENT_WORD.findall(head.replace("-", " "))) - _GENERIC_WORDS - _SUBJECT_FILLER - _REFERENCE_WORDS


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _past_with_year(row: Commitment) -> bool:
    """A sentence with a year and no will/shall/would tells a step of its own time."""
    return _YEAR.search(row.evidence or "") is not None and not _MODAL.search(row.evidence or "")


def _measure_referred_to_again(rows, later: Commitment) -> Commitment | None:
    """The earlier row a figureless step on a measure refers back to (see _REFERRING_ACTIONS)."""
    if later.action not in _REFERRING_ACTIONS or _has_figure(later):
        return None
    words = _distinctive_words(later.subject)
    # (dated steps stay apart: "On May 13, the President announced he would lift the sanctions",
    # "the sanctions were lifted after the 2020 election" are steps of their own)
    return next((r for r in rows if (r.actor, r.category, r.action, r.counterparty)
                 == (later.actor, later.category, later.action, later.counterparty)
                 and r.evidence != later.evidence and set(later.products) <= set(r.products)
                 and words <= _distinctive_words(r.subject) | _distinctive_words(r.evidence)
                 and not _dated_apart(r, later) and not _DATED_OPENING.match(later.evidence or "")
                 and not _past_with_year(later)), None)


# Round 16 precision (news): a term told again in a later sentence, by a definite description or a
# pronoun ("The duties took effect at midnight", "The cut applies from 1 September", "That reduction
# becomes effective on November 1") or in a quote ('"Every British tariff on American beef goes to
# zero on day one," said ...'), is the row already stated (convention 8), whatever action or actor
# the restatement's own verb or "we" gives it. The description's head is a measure noun; it names no
# goods or figure the earlier row lacks.
_REFERRING_OPENER = re.compile(
    r"^\W*(?:(?:On|From|Starting|Beginning|As\s+of|After|Once|Under\s+the\s+(?:deal|agreement|accord|framework|pact))\b[^,]{0,40},\s+)?"
    r"(?:(?:[Tt]he|This|[Tt]hat|These|Those|Such|Its|Their|[Bb]oth)\s+(?:[\w%.-]+\s+){0,3}?"
    r"(?:dut(?:y|ies)|tariffs?|lev(?:y|ies)|cuts?|reductions?|increases?|rises?|hikes?|rates?|measures?|"
    r"suspensions?|exemptions?|removals?|eliminations?|bans?|quotas?|curbs?|controls?|changes?|moves?|steps?|"
    r"concessions?|pledges?|commitments?|purchases?|investments?|relief|reprieve|pause|deal|accord|agreement)"
    r"|It|it|They|they)\b(?:\s*,[^,]{1,80},)?")
# the restatement's own predicate: the measure taking effect, applying, or its status
_TAKES_EFFECT = re.compile(
    r"\b(?:tak(?:es?|ing)|took|taken)\s+effect|\b(?:com(?:es?|ing)|came|go(?:es)?|went|enter(?:s|ed)?)\s+into\s+(?:force|effect)"
    r"|\bkick(?:s|ed)?\s+in|\bappl(?:y|ies|ied)\b|\bbecom(?:es?|ing)\s+effective|\bbecame\s+effective|\bbe\s+effective"
    r"|\b(?:is|are|was|were|be)\s+(?:now\s+)?(?:in\s+force|in\s+place|effective)|\b(?:start|begin)s?\b|\bbegan\b|\bstarted\b"
    r"|\bbe\s+(?:reviewed|implemented|phased\s+in|applied)|\b(?:runs?|lasts?)\s+(?:for|until|through)")
_QUOTE_MARKS = ("\u201c", "\"")
_QUOTE_END = re.compile(r"[\"\u201d]")


def _inside_quote(row: Commitment) -> bool:
    """Whether the row's object sits inside a quotation in its sentence."""
    evidence = row.evidence or ""
    if "\u201c" not in evidence and '"' not in evidence:
        return False
    subject = row.subject or ""
    if subject[:1] in _QUOTE_MARKS:
        return True  # ('"Every British tariff on American beef goes to zero ...": the object opens the quote)
    at = evidence.find(subject[:30]) if subject else -1
    if at < 0:
        return False
    before = evidence[:at]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _figures_agree(first: Commitment, later: Commitment) -> bool:
    """Each figure the later statement gives is the first's (a zero is the first's removal)."""
    if later.value_to is not None and later.value_to != first.value_to \
            and not (later.value_to == 0 and first.action == "remove"):
        return False
    return all(getattr(later, name) is None or getattr(later, name) == getattr(first, name)
               for name in ("value_from", "change", "amount"))


def _restated_by_reference(rows, later: Commitment) -> Commitment | None:
    """The earlier row a later sentence restates by reference or in a quote (see _REFERRING_OPENER)."""
    evidence = later.evidence or ""
    quoted = _inside_quote(later)
    opener = None if quoted else _REFERRING_OPENER.match(evidence)
    if not quoted and opener is None:
        return None
    effect = opener is not None and _TAKES_EFFECT.search(evidence, opener.end(), opener.end() + 60) is not None
    words = _specific_words(later)
    if quoted:  # ('... of our energy," the Commerce Secretary said': the speaker is no object)
        words = set(_CONTENT_WORD.findall(_QUOTE_END.split((later.subject or "").lstrip('"\u201c'), 1)[0].lower())) & words
    earlier = list(reversed(list(rows)))
    # the restatement's own actor first; a figureless one may have taken the goods' country
    # ("The tariffs will take effect ..." after the order on Canada's goods), a quote's "we" the
    # other side (its figures must then be the first's)
    same = [row for row in earlier if later.actor in (row.actor, None)]
    if quoted or (effect and not _has_figure(later)):
        same += [row for row in earlier if later.actor is not None and later.actor == row.counterparty != row.actor]
    for row in same:
        if row.category != later.category or row.evidence == evidence or not _figures_agree(row, later):
            continue
        if row.action != later.action and not ((quoted or effect) and not _has_figure(later)) \
                and not (quoted and _has_figure(later)):
            continue
        if later.products and not set(later.products) & set(row.products):
            continue
        if words and not words <= _specific_words(row) | set(_CONTENT_WORD.findall((row.evidence or "").lower())) \
                and not set(later.products) & set(row.products):
            continue
        return row
    return None


def _earlier_deferring_figure(rows, later: Commitment) -> Commitment | None:
    """A tariff whose rate the sentence defers ("instead impose ... an additional ad valorem
    rate of duty as set forth herein") and the first later rate of the same measure ("shall be
    subject to an additional ad valorem rate of duty of 10 percent") are one row, anchored at
    the first statement (convention 8)."""
    if later.category != "tariff" or not _has_figure(later):
        return None
    for row in rows:
        if (row.actor, row.category, row.action) != (later.actor, later.category, later.action) or _has_figure(row):
            continue
        if later.counterparty and row.counterparty and later.counterparty != row.counterparty:
            continue  # the deferred rate of one partner is not another partner's
        if not _DEFERRED_FIGURE.search(row.evidence or ""):
            continue
        for name in ("value_from", "value_to", "change", "unit"):
            setattr(row, name, getattr(later, name))
        return row
    return None


def _earlier_without_level(rows, later: Commitment) -> Commitment | None:
    """'signed a Proclamation to increase the tariff to 50% on steel', later 'is raising the
    tariff on steel from 25% to 50%': the same change, the later sentence adding the level it
    leaves (convention 8)."""
    if later.category != "tariff" or later.value_from is None or later.value_to is None:
        return None
    for row in rows:
        if (row.actor, row.category, row.action, row.value_to, row.unit) == (
                later.actor, later.category, later.action, later.value_to, later.unit) \
                and row.value_from is None and row.change is None and _same_object(row, later):
            row.value_from = later.value_from
            return row
    return None


def _earlier_with_figure(rows, later: Commitment) -> Commitment | None:
    """A tariff stated with its rate and named again later without one ("a temporary
    import duty of 10%", then "The temporary import duty will take effect February 24")
    is one row (convention 8)."""
    if later.category != "tariff" or _has_figure(later):
        return None
    for row in rows:
        if (row.actor, row.category, row.action) == (later.actor, later.category, later.action) \
                and _has_figure(row) and _names_nothing_new(row, later) \
                and (row.paragraph_index, row.evidence) != (later.paragraph_index, later.evidence):
            return row  # (a sentence's second object is no restatement of its first)
    return None


def _earlier_with_both_levels(rows, later: Commitment) -> Commitment | None:
    """A tariff change told with both levels and named again by its new level only
    ("slashing the duty on pork from 15 percent to 5 percent", then "cutting the pork
    tariff to 5 percent"): one row (convention 8; round 12 round-ups)."""
    if later.category != "tariff" or later.value_to is None or later.value_from is not None \
            or later.change is not None or later.amount is not None:
        return None
    for row in rows:
        if (row.actor, row.category, row.action, _new_level(row), row.unit) == (
                later.actor, later.category, later.action, later.value_to, later.unit) \
                and row.value_from is not None and row.paragraph_index != later.paragraph_index \
                and set(later.products) <= set(row.products) and not _dated_apart(row, later):
            return row
    return None


def _change_told_as_rate_faced(rows, later: Commitment) -> Commitment | None:
    """Round 16 precision (news): a change of a party's tariff told again as the rate the goods
    now face ("agreed to lower tariffs on Vietnamese goods to 20% from 46%", later "most Vietnamese
    exports will face a 20% tariff"; "will raise its tariff on Brazilian beef to 50 percent", later
    "Brazilian beef will be subject to a 50 percent duty") is that change again (convention 8): the
    inverted form reads as `impose` with the new level only. Goods the change did not name are
    another rate (a sector's rate is its own row)."""
    if later.category != "tariff" or later.action != "impose" or later.value_to is None \
            or later.value_from is not None or later.change is not None or later.amount is not None:
        return None
    return next((row for row in reversed(list(rows))
                 if row.category == "tariff" and row.action in ("reduce", "raise", "remove")
                 and (row.actor, row.counterparty, row.unit) == (later.actor, later.counterparty, later.unit)
                 and _new_level(row) == later.value_to and set(later.products) <= set(row.products)
                 and (set(later.products) & set(row.products) or _names_no_other_goods(row, later))
                 and row.evidence != later.evidence and not _dated_apart(row, later)
                 and _only_a_power(row) == _only_a_power(later)), None)


_RATE_FACED_BEFORE = re.compile(r"\b(?:fac(?:e|es|ed|ing)|pa(?:y|ys|ying|id)|charged|subject\s+to|taxed\s+at|levied\s+at|at)\s+"
                                r"(?:(?:an?|the|a\s+combined|a\s+flat|an\s+all-in)\s+)?(?:[\w-]+\s+){0,2}$")
_RATE_OBJECT_END = re.compile(r",|\s(?:from|over|because|after|for|in\s+response|starting|beginning|effective|as\s+of|until|by|when|once|if|under)\b")
_INSTRUMENT_WORD = re.compile(r"[Pp]roclamation|[Oo]rder\b|[Aa]nnex|[Ss]ection|[Hh]eading|HTSUS")
# what closes the goods an inverted rate falls on ("Bourbon from the United States | will be charged")
_INVERTED_GOODS_END = re.compile(r"\b(?:will|would|shall|must|may|can|could|are|is|were|was|now|still|also|face[sd]?|pays?|enters?|gets?)\b")


def _names_no_other_goods(first: Commitment, later: Commitment) -> bool:
    """The goods an inverted rate falls on, its sentence's subject, are named in the first
    statement's sentence ("most Vietnamese exports will face" after "tariffs on Vietnamese goods";
    not "Automobile parts, lumber, and wood products from Taiwan will face" after "goods from
    Taiwan"); countries' names aside."""
    evidence = later.evidence or ""
    at = evidence.find((later.subject or "")[:30]) if later.subject else -1
    if at <= 0:
        return False
    told = evidence[:at]
    if _RATE_FACED_BEFORE.search(told):
        told = told[told.rfind(", ") + 1:]  # ("Under the deal, most Vietnamese exports ...": the goods follow the comma)
        end = _INVERTED_GOODS_END.search(told)
        told = told[:end.start()] if end else told
    else:
        # the rate set in so many words ("sets a 15% tariff on Japanese goods", "will apply a 15 percent
        # rate to Swiss imports from Friday"): the goods are its object, up to a date, a reason or a clause
        told = later.subject or ""
        end = _RATE_OBJECT_END.search(told)
        told = told[:end.start()] if end else told
    if _INSTRUMENT_WORD.search(told):
        return False  # ("The Proclamation also expands ...", "... described in Annex I": an order's own text names its goods so)
    for mention in reversed(find_actor_mentions(told, None)):
        told = told[:mention.start] + " " + told[mention.end:]
    words = set(_CONTENT_WORD.findall(told.lower())) - _GENERIC_WORDS - _SUBJECT_FILLER - _FUNCTION_WORDS
    return words <= set(_CONTENT_WORD.findall((first.evidence or "").lower()))


def _new_level(row: Commitment) -> float | None:
    """The level a row sets; a removal's is zero though the row states only the level removed
    (round 16: "will eliminate its 6% duty on U.S. pork", later "U.S. pork will enter duty-free")."""
    return 0.0 if row.value_to is None and row.action == "remove" and row.value_from is not None else row.value_to


def _same_change_more_goods(rows, later: Commitment) -> Commitment | None:
    """One change of level told twice, the second naming more goods ("to increase the tariff
    to 50% on steel", then "raising the tariff on steel and aluminum imports from 25% to 50%"):
    one row (convention 8), whose goods grow."""
    if later.category != "tariff" or later.value_from is None or later.value_to is None or not later.products:
        return None
    for row in rows:
        if (row.actor, row.category, row.action, row.value_from, row.value_to, row.unit) == (
                later.actor, later.category, later.action, later.value_from, later.value_to, later.unit) \
                and set(row.products) & set(later.products) and not _dated_apart(row, later):
            row.products = sorted(set(row.products) | set(later.products))
            return row
    return None


def _generic_figure_of(first: Commitment, later: Commitment) -> bool:
    """Round 13 precision: a term of the deal told again with nothing but the measure's own generic
    words and its figure ("will each lower tariffs by 115%", "retaining an additional 10% tariff")
    after the same party's figureless term toward the same partner ("to reduce China's tariffs",
    "retain a U.S. baseline tariff on China") is that term's figure (convention 8); so is the first
    figure of a term first named only by its kind ("removing tariff and non-tariff barriers for U.S.
    goods", then "the application of zero duties on all U.S. industrial goods")."""
    if first.status != "agreed" or later.status != "agreed" or not first.counterparty \
            or first.counterparty != later.counterparty:
        return False
    return (not later.products and not _specific_words(later)) or (not first.products and not _specific_words(first))


# a measure named only by its kind ("tariff and non-tariff barriers for U.S. goods")
_MEASURE_KIND_WORDS = frozenset({"barriers", "non-tariff"})


def _specific_words(row: Commitment) -> set[str]:
    return set(_CONTENT_WORD.findall((row.subject or "").lower())) - _GENERIC_WORDS - _SUBJECT_FILLER \
        - _FUNCTION_WORDS - _MEASURE_KIND_WORDS


def _names_nothing_new(first: Commitment, later: Commitment) -> bool:
    """The later subject's specific words all appear in the first's ("The temporary import
    duty" after "a temporary import duty of 10%"; not "broader tariffs on chips")."""
    words = set(_CONTENT_WORD.findall((later.subject or "").lower())) - _GENERIC_WORDS - _SUBJECT_FILLER
    return bool(words) and words <= set(_CONTENT_WORD.findall((first.subject or "").lower()))


def _has_figure(row: Commitment) -> bool:
    # (speed: the four tests written out, no generator; ~900 calls a sample pass)
    return row.value_from is not None or row.value_to is not None or row.change is not None or row.amount is not None


_CONTENT_WORD = re.compile(r"[a-z][a-z-]{3,}")
_GENERIC_WORDS = frozenset({"tariffs", "tariff", "duties", "duty", "levies", "rate", "rates", "goods", "products",
                            "imports", "exports", "american", "additional", "reciprocal", "cent", "percent",
                            "valorem", "applicable", "articles",
                            # references in legal text, shared by unrelated clauses
                            "section", "executive", "order", "orders", "subchapter", "heading", "headings",
                            "note", "amended", "modified", "pursuant", "htsus", "proclamation", "annex", "listed",
                            # the partners a rate falls on: "for certain countries", "Countries not listed"
                            "countries", "nations", "partners", "trading", "certain"})


def _same_object(first: Commitment, later: Commitment) -> bool:
    """Two statements name the same object when they share a product or a specific word."""
    if set(first.products) & set(later.products):
        return True
    # (function words are no shared object: "the countries with which ..." and "imports (with
    # internal combustion engines)" name different goods)
    words = set(_CONTENT_WORD.findall((first.subject or "").lower())) - _GENERIC_WORDS - _SUBJECT_FILLER \
        - _FUNCTION_WORDS
    return bool(words & set(_CONTENT_WORD.findall((later.subject or "").lower())))


# Function words four letters or longer that _CONTENT_WORD would otherwise read as content.
_FUNCTION_WORDS = frozenset("""than into onto upon over such other more most them what whom whose same very
    only some within without between about after before during against than""".split())


def _fill_missing(first: Commitment, later: Commitment) -> None:
    """A later mention may add what the first lacked (a duration, a date)."""
    for name in ("duration_days", "start_date", "end_date", "counterparty"):
        if getattr(first, name) is None and getattr(later, name) is not None:
            setattr(first, name, getattr(later, name))


# Speed (issue 4): the patterns below are searched in most sentences; each is put behind a
# lookahead on the characters its matches can start with (actors.with_first_chars), which
# finds the same matches 20-80% faster. Chosen by measurement
# (`python -m bench.bench_commitments_speed --patterns`): a pattern that opens with a
# literal keeps the regex engine's own fast scan and is left as it is.
_FAST_START_PATTERNS = (
    "_ACTION_NOUN_ITEM", "_ADDED_TO_TARIFF", "_AGENT_BEFORE", "_AGREEMENTS_ON_IMPORTS",
    "_AGREEMENT_WITH", "_AIM_BEFORE", "_ALL_ACTIONS_TO", "_AMENDED_RATE", "_ANAPHORIC_OBJECT",
    "_ANAPHORIC_TARIFFS", "_ANY_TREATY_PARTY", "_ARMS_SALE_BEFORE", "_ASKED_PURCHASES",
    "_AVERAGE_RATE", "_BARE_RATE", "_BARRIERS", "_BARRIER_LEAD", "_BOTH_PARTIES",
    "_BREAKDOWN_FOLLOWS", "_BY_GERUND", "_BY_INVESTING", "_CANCELLED_MEASURE", "_CAP",
    "_CHARGES_NOTHING", "_CLAUSE_BOUNDARY", "_CLAUSE_BOUNDARY_MARKS", "_COMMENTARY_HINT", "_CONDUCT_CLASS",
    "_CONSUMERS_BEFORE", "_CONTENT_SCOPE_OBJECT", "_CONTENT_SCOPE_SUBJECT", "_CONTINUES",
    "_CONTINUING_TALKS", "_CONTRACT_WON", "_COOPERATION",
    "_COURT_RECORD", "_CRIMINAL_SUBJECT", "_CRITICAL_MINERALS", "_CURRENTLY_AT",
    "_CURRENT_LEVEL", "_DAY_NUMBER", "_DEAL_COMMITMENT", "_DEAL_HINT", "_DEAL_PARTICIPLE",
    "_DEAL_SUM_BEFORE", "_DEAL_WHICH_WILL", "_DEFERRED_FIGURE", "_DEMAND_BEFORE",
    "_DOCUMENT_AGREED", "_DOCUMENT_IMPLEMENTED", "_DOMESTIC_TAX", "_DUTY_IN_FORCE",
    "_EFFORT_TOWARD", "_ENABLING_BEFORE", "_ENDED_LEVY", "_ENFORCEMENT", "_ENSURE_NO_BURDEN",
    "_ENSURE_PROTECTION", "_ENSURE_THAT", "_EXTENDABLE", "_FIGHT_GERUND", "_FIGHT_VERB",
    "_FIRST_PERSON", "_FROM_TO_LEVELS", "_GENERAL_LEAD", "_GOODS_NAMED", "_GOODS_OR_INSTRUMENT",
    "_GOODS_SUBJECT", "_GOVERNMENT_BODY_OF", "_HELD_TALKS", "_HIGHER_OF", "_HOME_INVESTORS",
    "_IDIOM_PURCHASE", "_IMPORTS_SUBJECT", "_IMPOSED_RATE", "_IMPOSING_NONE", "_IMPOSITION_ON",
    "_INCLUDING_LIST", "_INSTRUMENT_SUBJECT", "_INTERRUPTED_SUBJECT_TO", "_INTO",
    "_INVESTED_INTO", "_INVESTMENT_AFTER_MONEY", "_INVESTMENT_BEFORE_MONEY", "_ITEM_FIGURE",
    "_JOINTLY", "_KEPT_SO_FAR", "_LEGAL_REFERENCE", "_LETTERS_OF_INTEREST", "_LISTED_OBJECTS",
    "_LIST_JOINT", "_LOWER_RATE", "_MARKET_MOVE", "_MARKET_SUBJECT", "_MAY_BE", "_MAY_BEFORE",
    "_MEANS_BEFORE", "_MEASURE_ON_BEFORE", "_MEASURE_RELATIVE", "_MEASURE_SUBJECT",
    "_MEASURE_THAT", "_MEASURE_WORDS", "_MEMORANDUM", "_MFN_TREATMENT", "_MISSION_HINT", "_MISSION_STATEMENT",
    "_MODAL", "_NAMED_TARIFF", "_NEW_LOWER_RATE", "_NEW_MARKETS_FOR", "_NON_TRADE",
    "_NOT_TALKS_HELD", "_NOW_SUBJECT", "_NO_BURDEN_HINT", "_NO_LESS_FAVORABLE", "_NO_LONGER",
    "_OBJECT_PREPOSITIONS", "_OFFSET", "_OPPORTUNITIES_MADE", "_ORDERED_BY",
    "_ORDER_BEFORE_COUNT", "_ORIGIN_WORD", "_OTHERWISE_BEFORE", "_OWN_INSTRUMENT",
    "_OWN_PLEDGE", "_PAID_RATE", "_PARTICIPANTS", "_PARTNERS_END", "_PARTNER_GROUP",
    "_PAST_CANCEL", "_PEACE", "_PENALTIES", "_PLAIN_WEEKDAY", "_PLEDGED_LEAD", "_PLEDGES_TO",
    "_PLEDGE_BY", "_PLEDGE_LABEL", "_PLEDGE_NOUN", "_PREFERENTIAL_QUOTA",
    "_PROCUREMENT_RECIPROCITY", "_PROHIBITION", "_PROJECTS_WON", "_PROPERTY_OBJECT",
    "_PROPOSED_THAT", "_PUNITIVE_CONDITION", "_QUOTA", "_QUOTA_BEFORE_SIZE",
    "_QUOTED_PROVISION", "_RATE_BEFORE", "_RATE_LEVEL", "_REASON_BEFORE", "_RECAP_LEAD",
    "_RELATIVE_WORD", "_REMEDY_DUTIES", "_REQUEST_THAT", "_RESIDENCY_BOUGHT", "_RETALIATORY",
    "_RIGHTS_AND_OBLIGATIONS", "_RISE_OF_AMOUNT", "_SALE_TO", "_SAME_ITEM_VALUE", "_SCHEDULED",
    "_SCHEDULED_RELATIVE", "_SCHEDULE_CHANGE", "_SIDE_DEAL_WITH", "_SIGNED_ORDER_TEXT",
    "_SIGNED_WORD", "_SPEECH_VERB", "_STANDING_SANCTIONS", "_STATISTIC_SUBJECT",
    "_STILL_BEFORE", "_SUBORDINATOR", "_SUPPORTED_EFFORT", "_SUSPENDED_DUTY_FREE", "_TAKE_NOTE",
    "_TALKS_ENTERED", "_TALKS_HINT", "_TARIFF_SCHEDULE", "_TARIFF_WORD", "_TAXED_GOODS",
    "_THIS_ORDERS_DUTY", "_THREATENING_THEM", "_TRADE_TALKS", "_TRADE_TAX_WORD",
    "_UNTOUCHED_BY_ORDER", "_UN_BODY", "_VERDICT_AFTER", "_WHETHER_CLAUSE", "_WISH",
    "_WISH_HINT", "_WITHOUT_NEED", "_WITH_SUBJECT", "_WORLDWIDE",
)
put_behind_first_chars(globals(), _FAST_START_PATTERNS)
# Speed (issue 4, round 10): hint patterns searched in most sentences that match in few. Each
# is put behind the literal test of actors.LiteralGuarded (after its lookahead above): the
# words every match contains are read from the pattern when the module loads, so a word a
# colleague adds to one of these patterns is added to its guard; no rule can be hidden by it
# (tests/test_speed_r10.py checks each listed pattern's guard on text drawn from the pattern).
# Chosen by replaying one sample pass's calls, plain vs guarded (gain >= 0.03 ms per pass).
_LITERAL_GUARDED_PATTERNS = (
    "_COMMENTARY_HINT", "_COURT_RECORD", "_DOCUMENT_IMPLEMENTED", "_DOMESTIC_HINT", "_DOMESTIC_TAX",
    "_FOLLOWING_PLEDGES", "_MISSION_STATEMENT", "_NON_TRADE", "_PLANNED_HINT", "_PUNITIVE_CONDITION",
    "_QUOTA", "_RETALIATORY", "_TALKS_HINT", "_WORLDWIDE",
)
put_behind_literals(globals(), _LITERAL_GUARDED_PATTERNS)


# Speed (issue 4, round 15, rule chains): the rules of _cue_commitments and _sentence_commitments
# run one after another on every cue; most of their patterns fail on most sentences. Each is
# tried only when the sentence, folded once per cue (``low``), holds one of the words every
# match of it contains: read from the pattern itself (actors.required_literals), so a word a
# colleague adds to a pattern is added to its trigger (tests/test_speed_a_r15.py checks each).
def _trigger(pattern) -> tuple[str, ...]:
    """The lower-case words one of which every match of ``pattern`` holds; () when none can be
    read (then the pattern always runs)."""
    regex = getattr(pattern, "regex", pattern)  # (a LiteralGuarded pattern: its own regex)
    literals = required_literals([regex.pattern], regex.flags)
    return tuple(sorted(literals)) if literals else ()


def _may(low: str, words: tuple[str, ...]) -> bool:
    """False only when the folded text ``low`` holds none of ``words`` (a ``_trigger``): then
    the pattern they were read from cannot match in it or in any part of it."""
    return not words or holds_one_of(words, low)


@lru_cache(maxsize=1)
def _statistics_words() -> tuple[str, ...]:
    statistics = _lexicon().statistics
    return _trigger(statistics) if statistics is not None else ()


@lru_cache(maxsize=1)
def _non_government_words() -> tuple[str, ...]:
    """The words one of which every match of ``lexicon.non_government`` holds: both of its
    branches read a speaker ("economists", "an analyst at"), so the speakers' own words (speed,
    round 17: _trigger reads the speech verbs instead, which _VIEW_VERB has already found)."""
    words = required_literals(list(_cue_data().get("non_government_speakers") or []), re.IGNORECASE)
    return tuple(sorted(words)) if words else ()


_ANAPHORIC_OBJECT_WORDS = _trigger(_ANAPHORIC_OBJECT)
_REPORTING_BOUNDARY_WORDS = _trigger(re.compile(_REPORTING_BOUNDARY))
_CRIMINAL_SUBJECT_WORDS = _trigger(_CRIMINAL_SUBJECT)
_DEAL_HINT_WORDS = _trigger(_DEAL_HINT)
_DEAL_RELATIVE_WORDS = _trigger(_DEAL_RELATIVE)
_DEALS_OPEN_WORDS = _trigger(_DEALS_OPEN)
_DEMAND_BEFORE_WORDS = _trigger(_DEMAND_BEFORE)
_EFFORT_TOWARD_WORDS = _trigger(_EFFORT_TOWARD)
_IMPORTANCE_OF_WORDS = _trigger(_IMPORTANCE_OF)
_PAPER_OBJECT_WORDS = _trigger(_PAPER_OBJECT)
_PLEDGE_AS_TOPIC_WORDS = _trigger(_PLEDGE_AS_TOPIC)
_RECORD_HINT_WORDS = _trigger(_RECORD_HINT)
_SPEAKER_AFTER_VERB_WORDS = _trigger(_SPEAKER_AFTER_VERB_HINT)
_SPEECH_VERB_WORDS = _trigger(_SPEECH_VERB)
_VIEW_VERB_WORDS = _trigger(_VIEW_VERB)
_SPENT_TIME_WORDS = _trigger(_SPENT_TIME)
_WISH_HINT_WORDS = _trigger(_WISH_HINT)
