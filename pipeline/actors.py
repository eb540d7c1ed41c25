"""Who acts: countries, blocs, ministries and office holders, from text.

The lexicon lives in ``pipeline/data/actors.yaml``. A surface form ("Beijing",
"Mr Xi", "USTR", "Japanese") maps to one or more lexicon entries; the article's
date picks the office a person held, and a form shared by several entries
("Commerce Ministry") resolves only when the context names one of their
countries. Matching is case-sensitive (proper nouns), plus the all-capitals
variant for headings such as "CHINESE ACTIONS:".
"""
from __future__ import annotations

import array
import functools
import gc
import hashlib
import marshal
import os
import pickle
import re
import re as _stdlib_re  # the cache below reads it; `re` is rebound to the caching module
import sys
import types
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.model import Actor

# --- Compiled-pattern cache (speed: a fresh process's first extraction) -----------------------
# The stdlib compiles a regex in pure Python; the rules' and lexicons' ~1,000 patterns took most
# of a new process's first second. The compiler's output for each pattern (its code, groups and
# flags) is kept in one file under the user's cache folder and handed to the regex engine as
# re.compile hands it, so reading it back gives the very pattern (tests/test_speed_r12.py compares
# every one with re.compile's). Entries are keyed on the pattern's source and flags and the file
# on the Python build, so an edited pattern is compiled anew and nothing stale is read.
# TRADEDEALS_CACHE_DIR picks the folder; set it to "off" (or "") to compile every time.
_PATTERN_CACHE_LIMIT = 5000  # patterns kept on disk: ours are ~1,100; more means test inputs
_PATTERN_CACHE_ENV = "TRADEDEALS_CACHE_DIR"
_PATTERN_CACHE_FILES = 6  # cache files kept in the folder, the newest (older versions' are dropped)


def _pattern_cache_file() -> Path | None:
    """The cache file for this Python build, or None when the user turned the cache off."""
    configured = os.environ.get(_PATTERN_CACHE_ENV)
    if configured is not None:
        if configured.strip().lower() in ("", "off", "0", "no", "false"):
            return None
        folder = Path(configured).expanduser()
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "tradedeals"
    import _sre  # the engine's code format: a new one gets a new file
    # and the pipeline's sources and lexicons: the file keeps what this module's pattern
    # builders derived, and checkouts of other versions sharing the folder keep their own file
    build = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
    package = Path(__file__).parent
    for source in sorted(package.glob("*.py")) + sorted(package.glob("data/*.yaml")):
        build.update(source.name.encode() + b"\0" + source.read_bytes())
    return folder / f"regex-{sys.implementation.cache_tag}-{build.hexdigest()[:16]}.marshal"


def built_without_gc(function):
    """``function`` run with the cyclic garbage collector paused (and resumed as it was): for
    the one-off builders of a new process (the cache file, the lexicons). Speed (round 22,
    cold start): they allocate hundreds of thousands of objects none of which is garbage, and
    each collection the allocations set off walked every object built so far (~260 young and
    2 full collections in a new process's first extraction)."""
    @functools.wraps(function)
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()
    return paused


class _PatternCache:
    """Compiled patterns by (source, flags): read from the cache file once, written back when
    this process compiled patterns the file did not hold."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.stored: dict[tuple[str, int], tuple] = {}
        self.compiled: dict[tuple[str, int], _stdlib_re.Pattern[str]] = {}
        self.with_start_set: dict[tuple[str, int], _stdlib_re.Pattern[str]] = {}
        self.used: dict[tuple[str, int], tuple] = {}  # what this process compiled, in order
        self.loaded = False
        self.new = False

    @built_without_gc
    def load(self) -> None:
        self.loaded = True
        try:
            self.path = _pattern_cache_file()
            if self.path is not None and self.path.is_file():
                stored = marshal.loads(self.path.read_bytes())
                if isinstance(stored, dict):
                    self.stored = stored
        except Exception:  # an unreadable or foreign file: compile as if there were none
            self.stored = {}

    def compile(self, source, flags=0):
        if type(source) is not str or flags & _stdlib_re.DEBUG:
            return _stdlib_re.compile(source, flags)  # what the cache does not hold: as re does it
        key = (source, int(flags))
        pattern = self.compiled.get(key)
        if pattern is not None:
            return pattern
        if not self.loaded:
            self.load()
        parts = self.stored.get(key)  # (its code still packed: _pattern_from_parts reads either form)
        pattern = _pattern_from_parts(source, parts) if parts is not None else None
        if pattern is None:
            parts = _compiled_parts(source, key[1])
            pattern = _pattern_from_parts(source, parts) if parts is not None else None
            if pattern is None:  # another Python's compiler internals: the stdlib's own way
                return _stdlib_re.compile(source, flags)
            self.new = True
        self.compiled[key] = pattern
        self.used[key] = parts
        return pattern

    def compile_with_start_set(self, source, flags=0):
        """``compile``, then ``with_start_charset``: the pattern the modules' ``re.compile``
        gives. Speed (round 13): every pattern of the pipeline's modules is handed to the
        engine with the set of characters its matches start with, so searches skip the other
        positions without entering it (same source, flags, groups and matches; the cache
        file keeps re.compile's own code and the set's code, derived from it)."""
        if type(source) is not str or flags & _stdlib_re.DEBUG:
            return _stdlib_re.compile(source, flags)
        key = (source, int(flags))
        pattern = self.with_start_set.get(key)
        if pattern is None:
            pattern = self.with_start_set[key] = self._start_set_read(key) or with_start_charset(self.compile(source, flags))
        return pattern

    def _start_set_read(self, key):
        """(round 22, cold start) The pattern with its start set built from the file's entries
        alone, when the file holds both: the plain pattern ``compile`` would build (and the
        engine check) only for ``with_start_charset`` to replace it is not built; its entry
        is kept, still packed, for the next file. None when either entry is missing."""
        if key in self.compiled:
            return None
        if not self.loaded:
            self.load()
        plain = self.stored.get(key)
        if type(plain) is not tuple or not plain or type(plain[0]) is not int:
            return None
        scanned = (key[0], plain[0])  # (with_start_charset's key: the compiled pattern's own flags)
        if ("derived", "start_charset", *scanned) not in self.stored:
            return None
        parts = self.derived("start_charset", scanned, lambda: _start_charset_parts(*scanned))
        pattern = _pattern_from_parts(key[0], parts) if parts is not None else None
        if pattern is not None:
            self.used[key] = plain
        return pattern

    def derived(self, kind: str, key: tuple, compute):
        """``compute()``, kept in the cache file under (kind, key): for a pure function of
        ``key`` defined in this module (the file's name changes with the module's source)."""
        entry = ("derived", kind, *key)
        if entry in self.used:
            return self.used[entry]
        if not self.loaded:
            self.load()
        if entry in self.stored:
            value = _unpacked(self.stored[entry]) if kind == "start_charset" else self.stored[entry]
        else:
            value = compute()
            self.new = True
        self.used[entry] = value
        return value

    def save(self) -> None:
        """Write the patterns this process used, when some were not in the file (atomically:
        another process reads the old file or the new one)."""
        if not self.new or self.path is None:
            return
        self.new = False
        # what this process used first, then what the file held (another program's patterns)
        kept = dict(list({**self.used, **{k: v for k, v in self.stored.items() if k not in self.used}}.items())[:_PATTERN_CACHE_LIMIT])
        kept = {k: _packed(v) if k[0] != "derived" or k[1] == "start_charset" else v for k, v in kept.items()}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(marshal.dumps(kept))
            os.replace(temporary, self.path)
            self.stored = kept
            _drop_old_cache_files(self.path.parent)
        except Exception:  # a read-only home, a race with another thread: the next process compiles again
            pass


def _drop_old_cache_files(folder: Path) -> None:
    """Keep the newest few cache files (one per pipeline version used lately)."""
    files = sorted(folder.glob("regex-*.marshal"), key=lambda path: path.stat().st_mtime, reverse=True)
    for old in files[_PATTERN_CACHE_FILES:]:
        old.unlink(missing_ok=True)


def _compiled_parts(source: str, flags: int) -> tuple | None:
    """What re._compiler.compile hands the engine for ``source``, as plain data, its branches
    made quick to pass (``_quick_branches``: the same matches)."""
    try:
        from re import _compiler, _constants as sre, _parser
        parsed = _parser.parse(source, flags)
        every = flags | parsed.state.flags
        if every & _stdlib_re.IGNORECASE and not every & (_stdlib_re.LOCALE | _stdlib_re.ASCII):
            _quick_branches(parsed, True, sre, _parser)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except _stdlib_re.error:  # an invalid pattern raises as re.compile raises
        raise
    except Exception:
        return None


# Speed (round 17): the regex engine passes over an alternative of a branch in one test when
# the alternative opens with a case-sensitive literal or class that the text's character fails;
# one that opens with a case-insensitive letter it enters (saving and restoring its state) to
# fail there. ``_quick_branches`` rewrites, in the parsed pattern, such an opening letter as
# the case-sensitive class of every character the engine matches
# to it case-insensitively (both cases, and "İ", "ı" for i, "ſ" for s, the Kelvin sign for k:
# _REGEX_FOLDS_TO_ASCII; tests/test_speed_r17.py checks the classes against every code point
# and the rewritten patterns' matches against the stdlib's). Order, groups and matches stay.
def _quick_branches(items, ignorecase: bool, sre, parser) -> None:
    """Rewrite in place the opening case-insensitive ASCII letters of the branches' alternatives
    in the parsed sequence ``items`` (see above)."""
    for op, av in items.data:
        if op is sre.BRANCH:
            grouped = _alternatives_by_opening(av[1], ignorecase, sre, parser)
            if grouped is not None:
                av[1][:] = grouped
            for alternative in av[1]:
                if ignorecase and alternative.data:
                    quick = _quick_opening(alternative.data[0], sre, parser, alternative.state)
                    if quick is not None:
                        alternative.data[0] = quick
                _quick_branches(alternative, ignorecase, sre, parser)
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            _quick_branches(sub, (ignorecase or bool(add_flags & _stdlib_re.IGNORECASE))
                            and not del_flags & _stdlib_re.IGNORECASE, sre, parser)
        elif op is sre.MAX_REPEAT or op is sre.MIN_REPEAT or op is getattr(sre, "POSSESSIVE_REPEAT", None):
            _quick_branches(av[2], ignorecase, sre, parser)
        elif op is sre.ASSERT or op is sre.ASSERT_NOT:
            _quick_branches(av[1], ignorecase, sre, parser)
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            _quick_branches(av, ignorecase, sre, parser)
        elif op is sre.GROUPREF_EXISTS:
            _quick_branches(av[1], ignorecase, sre, parser)
            if av[2] is not None:
                _quick_branches(av[2], ignorecase, sre, parser)


# Speed (round 21): a branch of words ("waste|water|wage|tourist|tourism|...") is tried one
# alternative after another at every position the engine enters it, even where the text's
# character fails all but a few. When every alternative opens with an ASCII literal, those
# that open with the same character (folded, where the branch is case-insensitive) are joined
# behind it ("wa(?:ste|ter|ge)|touris(?:t|m)"): a character fails its group in one test. The
# same matches, groups included: alternatives of two groups cannot both match at one place
# (their first characters differ), and inside a group they keep their order. Applied again
# inside each group (the second characters), as the walk goes on into the new alternatives.
def _alternatives_by_opening(alternatives, ignorecase: bool, sre, parser):
    """The alternatives of a branch grouped by their opening literal (see above), or None when
    some alternative opens otherwise or no two share an opening."""
    keys = []
    for alternative in alternatives:
        data = alternative.data
        if not data or data[0][0] is not sre.LITERAL or data[0][1] >= 128:
            return None
        char = chr(data[0][1])
        keys.append(char.lower() if ignorecase else char)
    if len(set(keys)) == len(keys):
        return None
    groups: dict[str, list] = {}
    for key, alternative in zip(keys, alternatives):
        groups.setdefault(key, []).append(alternative)
    grouped = []
    for members in groups.values():
        if len(members) == 1:
            grouped.append(members[0])
            continue
        state = members[0].state
        rests = [parser.SubPattern(state, list(member.data[1:])) for member in members]
        grouped.append(parser.SubPattern(state, [members[0].data[0], (sre.BRANCH, (None, rests))]))
    return grouped


def _quick_opening(item, sre, parser, state):
    """The case-sensitive class (in a group without the IGNORECASE flag) matching what ``item``,
    a case-insensitive ASCII letter, matches; None for any other item (a class opening an
    alternative was tried too: the quantity patterns' "[kmbtKMBT]" got slower, +0.6%)."""
    op, av = item
    if op is not sre.LITERAL or not (av < 128 and chr(av).isalpha()):
        return None
    members = [(sre.LITERAL, ord(char)) for char in sorted(_case_variants(chr(av)))]
    return (sre.SUBPATTERN, (None, 0, _stdlib_re.IGNORECASE, parser.SubPattern(state, [(sre.IN, members)])))


def _case_variants(letter: str) -> set[str]:
    """Every character a case-insensitive regex matches to the ASCII ``letter``."""
    lower = letter.lower()
    return {lower, lower.upper()} | {chr(code) for code, folded in _REGEX_FOLDS_TO_ASCII.items() if folded == lower}


# Speed (round 22, cold start): the engine code of each entry is kept in the file as the bytes
# of an array of 32-bit words, not a list of ints: marshal reads a bytes object in one copy,
# where it built every int of every list (~3 million, 0.1 s of a new process's start, most
# for entries the process never uses); an entry's list is rebuilt when the entry is used.
_CODE_WORDS = "I" if array.array("I").itemsize == 4 else "L" if array.array("L").itemsize == 4 else None


def _packed(parts):
    """``parts`` (final flags, code, groups, groupindex, indexgroup) with its code as bytes;
    anything else (None, a foreign entry, a code word too wide) as it is."""
    if _CODE_WORDS is None or type(parts) is not tuple or len(parts) != 5 or type(parts[1]) is not list:
        return parts
    try:
        return (parts[0], array.array(_CODE_WORDS, parts[1]).tobytes(), *parts[2:])
    except (TypeError, OverflowError):
        return parts


def _unpacked(parts):
    """The ``parts`` ``_packed`` gave, with the code a list of ints again (``_compiled_parts``'
    form); anything else as it is."""
    if type(parts) is not tuple or len(parts) != 5 or type(parts[1]) is not bytes or _CODE_WORDS is None:
        return parts
    code = array.array(_CODE_WORDS)
    code.frombytes(parts[1])
    return (parts[0], code.tolist(), *parts[2:])


def _pattern_from_parts(source: str, parts: tuple):
    try:
        import _sre
        final_flags, code, groups, groupindex, indexgroup = _unpacked(parts)
        return _sre.compile(source, final_flags, code, groups, groupindex, indexgroup)
    except Exception:  # a damaged entry: compiled anew
        return None


_PATTERNS = _PatternCache()


def save_compiled_patterns() -> None:
    """Write newly compiled patterns to the cache file (called after an extraction)."""
    _PATTERNS.save()


def cached_data(kind: str, key: tuple, compute):
    """``compute()``, kept in the compiled-pattern cache file under (kind, key): for data a
    fresh process would otherwise rebuild from a file, ``key`` naming that file's content
    (its sha256) so an edited file is read anew. The value must be marshallable."""
    return _PATTERNS.derived(kind, key, compute)


def regex_module_with_cache() -> types.ModuleType:
    """The ``re`` module with ``compile`` read from the compiled-pattern cache: a module
    binds it as ``re`` and its patterns load fast in the next process."""
    module = types.ModuleType("re")
    module.__dict__.update({name: value for name, value in vars(_stdlib_re).items() if not name.startswith("__")})
    module.compile = _PATTERNS.compile_with_start_set
    return module


re = regex_module_with_cache()  # noqa: F811 (speed: see the compiled-pattern cache above)

LEXICON_PATH = Path(__file__).parent / "data" / "actors.yaml"

# Forms this short are matched only exactly as written: "US" is a country, "us" is not.
_SHORT_FORM = 3


@dataclass(frozen=True)
class _Tenure:
    country: str
    role: str
    start: date
    end: date | None

    def covers(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True)
class _Entry:
    """One lexicon entry; ``actor_on`` gives its Actor on a date."""

    actor_id: str
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    tenures: tuple[_Tenure, ...] = ()

    def tenure_on(self, on: date | None) -> _Tenure | None:
        if not self.tenures:
            return None
        if on is None:
            return self.tenures[-1]
        for tenure in self.tenures:
            if tenure.covers(on):
                return tenure
        return None

    def in_office(self, on: date | None) -> bool:
        return not self.tenures or self.tenure_on(on) is not None

    def actor_on(self, on: date | None) -> Actor:
        if self.kind != "person":
            return Actor(self.actor_id, self.name, self.kind, self.country, None, list(self.aliases))
        tenure = self.tenure_on(on)
        # out of office on that date: the person no longer acts for a country
        country = tenure.country if tenure else None
        role = tenure.role if tenure else None
        return Actor(self.actor_id, self.name, "person", country, role, list(self.aliases))


@dataclass(frozen=True)
class ActorMention:
    """A span of text naming an actor, and how it names it."""

    start: int
    end: int
    actor: Actor
    # name | adjective | demonym | capital | organisation | person
    form: str


@dataclass(frozen=True)
class _Guards:
    """How forms that are also names, US places or words are kept from making actors
    (the ``guards`` section of actors.yaml)."""

    name_like: frozenset[str] = frozenset()
    not_name_words: frozenset[str] = frozenset()
    needs_confirmation: frozenset[str] = frozenset()
    # ", Ohio" / ", Ga." right after a form: the form is a US town
    us_state_after: re.Pattern[str] | None = None


@dataclass
class _Lexicon:
    entries: list[_Entry]
    # surface form -> [(entry, form kind)]; an empty list for a guarded non-actor name
    forms: dict[str, list[tuple[_Entry, str]]]
    folded: dict[str, list[tuple[_Entry, str]]]
    scan: re.Pattern[str]  # run on " " + text (alias_matches): the forms of reference_pattern()
    guards: _Guards = _Guards()
    # speed (round 15): what _settled_mentions reads of each actor form, in one look-up:
    # (its candidates, whether it is name-like, whether it needs confirmation, the one
    # (entry, mention form) it names when it has a single candidate, else None)
    form_info: dict = field(default_factory=dict)

    def __post_init__(self):
        name_like, confirm = self.guards.name_like, self.guards.needs_confirmation
        self.form_info = {
            alias: (candidates, alias in name_like, alias in confirm,
                    (candidates[0][0], _mention_form(*candidates[0])) if len(candidates) == 1 else None)
            for alias, candidates in self.forms.items() if candidates}


def _mention_form(entry: "_Entry", form_kind: str) -> str:
    """How a mention of ``entry`` by a form of ``form_kind`` names it: a country's or bloc's
    form kind (name, adjective ...), else the entry's kind (person, organisation)."""
    return form_kind if entry.kind in ("country", "bloc") else entry.kind


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _load_entries(data: dict) -> tuple[list[_Entry], list[tuple[str, _Entry, str]]]:
    entries: list[_Entry] = []
    forms: list[tuple[str, _Entry, str]] = []
    for section, kind in (("countries", "country"), ("blocs", "bloc")):
        for code, spec in (data.get(section) or {}).items():
            aliases = tuple(
                dict.fromkeys(
                    spec.get("names", []) + spec.get("adjectives", []) + spec.get("demonyms", [])
                    + spec.get("capitals", [])
                )
            )
            entry = _Entry(f"{kind}:{code}", spec["name"], kind, code, aliases)
            entries.append(entry)
            for form_kind in ("names", "adjectives", "demonyms", "capitals"):
                for alias in spec.get(form_kind, []) or []:
                    forms.append((str(alias), entry, form_kind.rstrip("s").replace("capital", "capital")))
    for spec in data.get("organisations") or []:
        entry = _Entry(f"organisation:{spec['id']}", spec["name"], "organisation", spec["country"],
                       tuple(spec.get("aliases", [])))
        entries.append(entry)
        for alias in entry.aliases:
            forms.append((alias, entry, "organisation"))
    honorifics = [str(h) for h in data.get("honorifics") or []]
    for spec in data.get("persons") or []:
        tenures = tuple(
            _Tenure(t["country"], t["role"], _as_date(t["from"]), _as_date(t.get("to")))
            for t in spec.get("tenures", [])
        )
        entry = _Entry(f"person:{spec['id']}", spec["name"], "person", None,
                       tuple(spec.get("aliases", [])), tenures)
        entries.append(entry)
        surname = str(spec.get("surname") or "")
        for alias in entry.aliases:
            if alias == surname and not spec.get("surname_alone"):
                continue
            forms.append((alias, entry, "person"))
        if surname:
            for honorific in honorifics:
                forms.append((f"{honorific} {surname}", entry, "person"))
    return entries, forms


def trie_regex(words: list[str]) -> str:
    """A regex alternation of ``words`` factored as a character trie (fast to match)."""
    words = [str(word) for word in words]
    digest = hashlib.sha256(marshal.dumps(words)).hexdigest()
    return _PATTERNS.derived("trie", (digest,), lambda: _trie_regex(words))


def _trie_regex(words: list[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def render(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return render(trie)


def starting_with_one_of(words: list[str]) -> str:
    """A lookahead on the first characters of ``words``: put before a lookbehind, it lets
    the regex engine skip in one fast scan the positions where no word can start."""
    if not words or not all(words):
        return ""  # an empty word can match anywhere: no position can be skipped
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"



def starting_with_first_chars(pattern: str, flags: int = 0) -> str:
    """The lookahead of ``starting_with_one_of`` for a regex (see ``_starting_with_first_chars``);
    kept in the compiled-pattern cache: reading it parses the regex (speed: a fresh process)."""
    if type(pattern) is not str:
        return _starting_with_first_chars(pattern, flags)
    return _PATTERNS.derived("first_chars", (pattern, int(flags)), lambda: _starting_with_first_chars(pattern, flags))


def _starting_with_first_chars(pattern: str, flags: int = 0) -> str:
    """The lookahead of ``starting_with_one_of`` for a regex rather than words: the
    characters any match of ``pattern`` can start with, read from the parsed regex.

    A long alternation of case-insensitive entries (object and product lexicons) is
    tried entry by entry at every word start; the lookahead turns most positions
    away in one test. Compiled with the same flags it accepts exactly those
    characters' case variants. "" when the first character cannot be told (a class
    like \\w, an optional start): no position is skipped, the result is the same."""
    try:
        from re import _constants as sre, _parser as sre_parse  # the stdlib's own regex parser
        chars, nullable = _first_chars(sre_parse.parse(pattern, flags), sre)
    except Exception:  # another Python's internals, a pattern the walk does not know
        return ""
    if chars is None or nullable or not chars:
        return ""
    return "(?=[" + "".join(char if len(char) > 1 else re.escape(char) for char in sorted(chars)) + "])"




def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind the lookahead of ``starting_with_first_chars``: the same matches.
    Worth it for a pattern that opens with a lookbehind, a word boundary or a case-
    insensitive alternation; one that opens with a literal has the engine's own fast
    scan and gets slower (``bench.bench_commitments_speed --patterns`` measures each).
    Since round 13 the ``with_start_charset`` form where it can be made (the same source, a
    start set in its compiled code: the lookahead was itself entered at every position),
    else the lookahead."""
    scanned = with_start_charset(pattern)
    if scanned is not pattern:
        return scanned
    lookahead = starting_with_first_chars(pattern.pattern, pattern.flags)
    if not lookahead:
        return pattern
    try:
        return re.compile(lookahead + "(?:" + pattern.pattern + ")", pattern.flags)
    except re.error:  # a leading global flag "(?i)" cannot be wrapped
        return pattern


def with_start_charset(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` itself (same source, flags, groups and matches) whose compiled code tells
    the engine's search the characters a match can start with, as the engine tells itself
    for a pattern opening with a character class: ``search``/``finditer`` then skip the other
    positions in the engine's tight loop, without entering the pattern there. Speed (round
    13): a first-character lookahead is itself entered at every position; this is not.
    ``pattern`` unchanged when the characters cannot be told (see ``_start_charset_parts``)."""
    if type(pattern) is not _stdlib_re.Pattern:
        return pattern
    key = (pattern.pattern, int(pattern.flags))
    parts = _PATTERNS.derived("start_charset", key, lambda: _start_charset_parts(*key))
    scanned = _pattern_from_parts(pattern.pattern, parts) if parts is not None else None
    return scanned if scanned is not None else pattern


def _start_charset_parts(source: str, flags: int) -> tuple | None:
    """The ``_compiled_parts`` of ``source`` with the information block that opens its code
    replaced by one holding the set of characters its matches can start with (the block
    re._compiler writes for a pattern that opens with a class; the code after it is the
    pattern's own, its jumps relative). None where the engine already has a literal prefix
    or a set, where a match can be empty or must start at the text's start, or where the
    characters cannot be told (a class like \\w, a case-insensitive letter outside ASCII)."""
    try:
        from re import _compiler, _constants as sre, _parser
        parts = _compiled_parts(source, flags)
        if parts is None:
            return None
        final_flags, code, groups, groupindex, indexgroup = parts
        if code[0] == sre.INFO and code[2] == sre.SRE_INFO_CHARSET and not final_flags & _stdlib_re.LOCALE:
            # the engine's own set ("[^\\w-]", "\\s", "\\d" opening the pattern): as a table (round 14)
            charset = _table_charset([int(op) for op in code[5:1 + code[1]]], sre)
            if charset is None:
                return None
            info = [int(sre.INFO), 4 + len(charset), int(sre.SRE_INFO_CHARSET), code[3], code[4]]
            return (final_flags, info + charset + code[1 + code[1]:], groups, groupindex, indexgroup)
        if code[0] != sre.INFO or code[2] != 0 or code[3] == 0 or final_flags & _stdlib_re.LOCALE:
            return None  # the engine's own prefix, a match that can be empty, a locale
        parsed = _parser.parse(source, flags)
        if parsed.data and parsed.data[0][0] is sre.AT and parsed.data[0][1] in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
            return None  # "^...": the engine tries the start alone
        chars, nullable = _first_chars(parsed, sre)
        if chars is None or nullable or not chars:
            return None
        members = _start_set_members(chars, bool(final_flags & _stdlib_re.IGNORECASE))
        if members is None:
            return None
        if len(members) == 1:
            members.append("\\x00")  # (one character alone would be a literal, no set; more is only slower)
        # the set as re._compiler writes it for a case-sensitive class of these characters
        class_code = _compiler._code(_parser.parse("[" + "".join(members) + "]", 0), 0)
        if class_code[0] != sre.INFO or class_code[2] != sre.SRE_INFO_CHARSET:
            return None
        charset = _table_charset([int(op) for op in class_code[5:1 + class_code[1]]], sre) \
            or [int(op) for op in class_code[5:1 + class_code[1]]]
        info = [int(sre.INFO), 4 + len(charset), int(sre.SRE_INFO_CHARSET), code[3], code[4]]
        return (final_flags, info + charset + code[1 + code[1]:], groups, groupindex, indexgroup)
    except _stdlib_re.error:
        raise
    except Exception:  # another Python's compiler internals: the pattern as it is
        return None


def _table_charset(charset: list[int], sre) -> list[int] | None:
    """A start set (the ops of an information block) that may hold characters above 255 (a
    category such as \\s or \\d, a negated class, a table of blocks) as one table of the
    characters below 256 it holds, read from the engine's own test of each, and every
    character from 256 up. Speed (round 14): the engine tests a start set at every character
    it skips; [^\\w-] asks the Unicode database four times for a space, a table bit is one
    test. The wider set is only a hint: the pattern itself is matched where it says. None
    for literals, ranges and tables below 256 (cheap as they are) or ops it cannot read."""
    try:
        import _sre
        names = {int(op): op.name for op in sre.OPCODES}
        if charset[:1] == [int(sre.CHARSET)] and len(charset) == 10 and charset[-1] == int(sre.FAILURE):
            return None  # already the table
        # the engine's own test of the set, character by character (an IN op over these ops)
        tester = _sre.compile("", 0, [int(sre.IN), len(charset) + 1, *charset, int(sre.SUCCESS)], 0, {}, ())
        bits = [1 if tester.match(chr(code)) else 0 for code in range(256)]
        wider = False  # (only literals, ranges and tables below 256 hold nothing above)
        position = 0
        while position < len(charset) and not wider:
            name = names.get(charset[position])
            if name == "FAILURE":
                break
            if name == "LITERAL":
                wider, position = charset[position + 1] >= 256, position + 2
            elif name == "RANGE":
                wider, position = charset[position + 2] >= 256, position + 3
            elif name == "CHARSET":
                position += 9
            else:  # a category, a negation, a table of blocks: characters above 255 too
                wider = True
        if not wider:
            return None  # literals, ranges and tables: the engine's own tests are cheap enough
        table = [int(sre.CHARSET), *_bitmap_words(bits)]
        return table + [int(sre.RANGE), 256, sys.maxunicode, int(sre.FAILURE)]
    except Exception:  # another Python's engine: the set as it is
        return None


def _bitmap_words(bits: list[int]) -> list[int]:
    """256 bits as the engine's CHARSET words (32 bits each, the lowest character first)."""
    return [sum(bit << offset for offset, bit in enumerate(bits[start:start + 32])) for start in range(0, 256, 32)]


def _start_set_members(chars: set[str], ignore_case: bool) -> list[str] | None:
    """Class members (escaped) matching every character in ``chars`` (single characters or
    class escapes such as \\d), case-sensitively; under IGNORECASE an ASCII letter brings
    its other case and the characters the engine folds onto it ("ſ" onto s). None for a
    cased character outside ASCII (its case variants are not listed here)."""
    members: set[str] = set()
    for char in chars:
        if len(char) > 1:
            members.add(char)  # \d, \s: no case
            continue
        if ignore_case and char.isascii() and char.isalpha():
            lower = char.lower()
            folded = {chr(code) for code, letter in _REGEX_FOLDS_TO_ASCII.items() if letter == lower}
            members.update(re.escape(variant) for variant in {lower, char.upper()} | folded)
        elif ignore_case and not char.isascii() and (char.lower() != char or char.upper() != char or char.casefold() != char):
            return None
        else:
            members.add(re.escape(char))
    return sorted(members)


def word_start_scan(patterns: list[str]) -> re.Pattern[str] | None:
    """Where a match of ``(?<![\\w-])(?:patterns...)(?![\\w-])`` (case-insensitive, the
    object and product lexicons) can start, for ``finditer_from_starts``: run on " " + text,
    it matches the character before a start (not a word character or "-") and then the
    start's own character, with one branch per start character holding the patterns that
    can start with it. Speed: the lexicon pattern tries every entry at every word start, each
    behind its lookahead; a branch that opens with a character class the engine skips
    without entering, so a word start costs a few class tests. Only whether some pattern
    matches there counts (the match is the lexicon pattern's own), so order does not.
    The scan's source is kept in the compiled-pattern cache (round 22, cold start: built anew,
    it read every pattern's start characters in each new process)."""
    if not patterns:
        return None
    patterns = list(patterns)
    if not all(type(pattern) is str for pattern in patterns):
        return re.compile(_word_start_source(patterns), re.IGNORECASE)
    return re.compile(_PATTERNS.derived("word_start", tuple(patterns), lambda: _word_start_source(patterns)), re.IGNORECASE)


def _word_start_source(patterns: list[str]) -> str:
    by_start: dict[str, list[str]] = {}
    for pattern in patterns:
        for start in sorted(_start_characters(pattern)):  # (sorted: the same source in every process)
            by_start.setdefault(start, []).append(pattern)
    branches = []
    for start, group in by_start.items():
        if len(start) == 1 and start.isascii() and start.isalpha():
            branches.append(_start_class(start) + _second_char_branches(start, group))
            continue
        # the start character is read, then the patterns tried from it (a lookbehind one
        # character wide whose lookahead reads on from there)
        tried = f"(?=(?:{'|'.join(group)})(?![\\w-]))"
        branches.append(f"{_start_class(start)}(?<={tried}.)" if start else tried)
    branches.sort(key=lambda branch: branch.startswith("(?="))  # what has no class is tried last
    return r"[^\w-](?:" + "|".join(branches) + ")"


def _second_char_branches(start: str, group: list[str]) -> str:
    """The patterns of ``group`` (all can start with the letter ``start``) tried from the start,
    one branch per second character: its class is read, then the patterns whose matches can
    go on with it are tried from the start (a lookbehind two characters wide); the patterns
    whose second character cannot be told are tried in a last branch, as before. Speed (round
    17): a word start tried 61 "c" entries one after another; the engine now skips a branch
    whose second character's class fails without entering it."""
    by_second: dict[str, list[str]] = {}
    unknown: list[str] = []
    for pattern in group:
        pairs = first_two_characters(pattern)
        seconds = sorted({pair[1] for pair in pairs if pair[0] == start}) if pairs else []
        if not seconds:
            unknown.append(pattern)
        for second in seconds:
            by_second.setdefault(second, []).append(pattern)
    branches = [f"{_start_class(second) if second.isalpha() else '[' + re.escape(second) + ']'}"
                f"(?<=(?=(?:{'|'.join(sub)})(?![\\w-]))(?s:..))" for second, sub in by_second.items()]
    if unknown:
        branches.append(f"(?<=(?=(?:{'|'.join(unknown)})(?![\\w-])).)")
    return "(?:" + "|".join(branches) + ")"


# the characters the second-character classes may hold besides letters (exact under IGNORECASE)
_SECOND_CHARACTERS = frozenset(" -./&'")
_MAX_PREFIXES = 64


def first_two_characters(pattern: str) -> tuple[str, ...] | None:
    """The two-character beginnings (lower-cased) every case-insensitive match of ``pattern``
    starts with, or more; None when they cannot be told. Kept in the compiled-pattern cache
    (reading them parses the regex)."""
    def compute():
        try:
            from re import _constants as sre, _parser as sre_parse  # the stdlib's own regex parser
            found = _prefixes(list(sre_parse.parse(pattern, re.IGNORECASE)), 2, sre, 0)
        except Exception:  # another Python's internals, a pattern the walk does not know
            return None
        return tuple(sorted(found)) if found else None
    return _PATTERNS.derived("first_two", (pattern,), compute)


def _prefixes(items: list, length: int, sre, depth: int) -> set[str] | None:
    """The strings of ``length`` characters a match of the parsed sequence ``items`` can start
    with (a superset: zero-width assertions are passed over); None when unknown (a class of
    many characters, a match that may end sooner, too many beginnings)."""
    if length == 0:
        return {""}
    if not items or depth > 12:
        return None
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL or op is sre.IN:
        if op is sre.IN and any(item_op is not sre.LITERAL for item_op, _ in av):
            return None
        chars = [chr(av)] if op is sre.LITERAL else [chr(code) for _, code in av]
        if not all(char.isascii() and (char.isalpha() or char in _SECOND_CHARACTERS) for char in chars):
            return None
        tail = _prefixes(rest, length - 1, sre, depth + 1)
        return None if tail is None else {char.lower() + end for char in chars for end in tail}
    if op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
        return _prefixes(rest, length, sre, depth + 1)
    if op is sre.SUBPATTERN:
        return _prefixes(list(av[3]) + rest, length, sre, depth + 1)
    alternatives: list[list] = []
    if op is sre.BRANCH:
        alternatives = [list(branch) + rest for branch in av[1]]
    elif op is sre.MAX_REPEAT or op is sre.MIN_REPEAT:
        low, high, item = av
        if low == 0:
            alternatives.append(rest)
        if high != 0:
            again = [] if high == 1 else [(op, (max(0, low - 1), high if high == sre.MAXREPEAT else high - 1, item))]
            alternatives.append(list(item) + again + rest)
    else:
        return None
    found: set[str] = set()
    for alternative in alternatives:
        got = _prefixes(alternative, length, sre, depth + 1)
        if got is None:
            return None
        found |= got
        if len(found) > _MAX_PREFIXES:
            return None
    return found


def narrow_word_start_scan(patterns: list[str]) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """``word_start_scan`` of ``patterns`` without those that can start at any word (a first
    word of any letters, "(?:[\\w-]+ ){0,3}?inspection systems"), and the words (folded) one
    of which every match of those holds; (None, ()) when there are none or no such words.
    Speed (round 16): those patterns are tried at every word start of every text the full
    scan reads (70% of the object scan's time); in a text that holds none of their words they
    cannot match, and this scan finds the same starts as the full one."""
    wide = [pattern for pattern in patterns if starts_at_any_word(_start_characters(pattern))]
    words = required_literals(wide, re.IGNORECASE) if wide else None
    if not words:
        return None, ()
    return word_start_scan([pattern for pattern in patterns if pattern not in wide]), tuple(sorted(words))


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def starts_at_any_word(first: set[str]) -> bool:
    """Whether a pattern whose ``_start_characters`` are ``first`` can start at any word: a class
    like \\w, or every letter. Round 27: "(?:(?:national|...|[A-Z]{2,5}) )?(?:conformity|...)
    marks?" (case-insensitive, its optional first word any letters) was tried behind a lookahead
    at every word start of every text the object scan reads; as a pattern that can start at any
    word, it is left to the texts that hold one of its words (-1.5 M instructions a sample pass)."""
    return "\\w" in first or _ASCII_LETTERS <= first


def _start_characters(pattern: str) -> set[str]:
    """The characters a match of ``pattern`` (case-insensitive) can start with, each an ASCII
    letter lower-cased or a class item as the lookahead writes it ("\\d", "“"); {""} when
    they cannot be told."""
    lookahead = starting_with_first_chars(pattern, re.IGNORECASE)
    if not lookahead:
        # (round 25) the lookahead cannot be told for a group with flags of its own ("(?-i:discussions)"):
        # the two-character beginnings still tell the first character (a superset, lower-cased), else
        # the pattern was tried at every word start of every text the object scan reads
        pairs = first_two_characters(pattern)
        return {pair[0] if pair[0].isalpha() else re.escape(pair[0]) for pair in pairs} if pairs else {""}
    inner = lookahead[len("(?=["):-len("])")]
    items: set[str] = set()
    position = 0
    while position < len(inner):
        width = 2 if inner[position] == "\\" else 1
        item = inner[position:position + width]
        items.add(item.lower() if item.isascii() and item.isalpha() else item)
        position += width
    return items


def _start_class(start: str) -> str:
    """A class matching what ``start`` matches case-insensitively. An ASCII letter's class is
    case-sensitive, with both cases and the characters the engine folds onto it ("ſ" onto s):
    the engine skips a branch opening with such a class without entering it."""
    if len(start) == 1 and start.isascii() and start.isalpha():
        folded = "".join(sorted(chr(code) for code, letter in _REGEX_FOLDS_TO_ASCII.items() if letter == start))
        return f"(?-i:[{start}{start.upper()}{folded}])"
    return f"[{start}]"


def finditer_from_starts(pattern: re.Pattern[str], starts: re.Pattern[str] | None, text: str,
                         at_start: "StartDispatch | None" = None):
    """``pattern.finditer(text)``, the same matches, where ``starts`` is the ``word_start_scan``
    of its patterns: the scan says where the next match starts and ``pattern`` is matched there
    (by ``at_start.match``, the same match, when given)."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    scan, match = starts.search, (pattern.match if at_start is None else at_start.match)
    padded = " " + text  # a start at 0 has a character before it, as the look-behind sees none
    position = 0
    while (found := scan(padded, position)) is not None:
        start = found.start()  # in padded, the character before; in text, the start itself
        matched = match(text, start)
        if matched is None or matched.end() == start:  # not expected: read on as finditer would
            yield from pattern.finditer(text, start)
            return
        yield matched
        position = matched.end()


class StartDispatch:
    """``pattern.match(text, start)`` for a lexicon pattern ``(?<![\\w-])(?:entries)(?![\\w-])`` whose
    entries are named groups, each an alternation of ``patterns`` (the object and product lexicons),
    matched at a start ``word_start_scan`` found: the same match, from a pattern holding only the
    lexicon's patterns that can start with the text's first two characters there, in lexicon order.

    Speed (round 25): the whole lexicon pattern tries every entry at the start, each behind its
    lookahead (42 object entries, 363 patterns); at one start the first entry that matches wins,
    and a pattern that cannot start with those two characters cannot match there, so leaving it
    out changes no match. What can start where is read from each pattern as ``word_start_scan``
    reads it (``first_two_characters``, else ``_start_characters``; a pattern whose start cannot be
    told is kept everywhere), so a pattern added to the lexicon later is placed by the same
    reading. The restricted patterns are compiled as the keys are met (the compiled-pattern cache
    keeps them for the next process); a start where none is left (not expected: the scan found a
    match there) is matched by the whole pattern."""

    def __init__(self, pattern: re.Pattern[str], entries: list[tuple[str, list[str]]], narrow: bool = False):
        """``narrow``: for the texts ``narrow_word_start_scan``'s scan reads (they hold none of the
        words of the patterns that can start at any word): those patterns are left out too."""
        self.pattern = pattern
        # each pattern with the two-character starts it can have (None: unknown) and its first characters
        self.entries: list[tuple[str, list[tuple[str, tuple[str, ...] | None, set[str]]]]] = []
        for name, patterns in entries:
            read = [(p, first_two_characters(p), _start_characters(p)) for p in patterns]
            self.entries.append((name, [item for item in read if not (narrow and starts_at_any_word(item[2]))]))
        self.by_key: dict[str, re.Pattern[str] | None] = {}

    def match(self, text: str, start: int):
        key = text[start:start + 2]
        try:
            restricted = self.by_key[key]
        except KeyError:
            restricted = self.by_key[key] = self._restricted(key)
        found = restricted.match(text, start) if restricted is not None else None
        return found if found is not None else self.pattern.match(text, start)

    def _restricted(self, key: str) -> re.Pattern[str] | None:
        folded = key.translate(_REGEX_FOLDS_TO_ASCII).lower()  # (as the engine folds to ASCII letters)
        groups = []
        for name, patterns in self.entries:
            kept = [p for p, two, first in patterns if _can_start_with(two, first, folded)]
            if kept:
                groups.append(f"(?P<{name}>{'|'.join(f'(?:{p})' for p in kept)})")
        if not groups:
            return None
        return re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w-])", self.pattern.flags)


def _can_start_with(two: tuple[str, ...] | None, first: set[str], folded: str) -> bool:
    """Whether a pattern whose matches start with one of ``two`` (lower-cased two-character
    beginnings, None when unknown) or one of ``first`` (``_start_characters``) can match where the
    text, folded, opens with ``folded``. Only ASCII knowledge rules a pattern out: a start
    character outside ASCII, a class ("\\d") or an unknown start keeps it."""
    if two is not None:
        return folded in two
    return not all(len(char) == 1 and char.isascii() for char in first) or folded[:1] in first


def put_behind_first_chars(namespace: dict, names: tuple[str, ...]) -> None:
    """Replace each module-level pattern ``names`` lists in ``namespace`` (a module's
    ``globals()``) by its ``with_first_chars`` form. A listed name that was renamed since
    is skipped: that pattern is only slower, never wrong."""
    for name in names:
        if isinstance(namespace.get(name), re.Pattern):
            namespace[name] = with_first_chars(namespace[name])


# Speed: the characters outside ASCII that a case-insensitive regex matches to an ASCII
# letter ("İ" and "ı" to i, "ſ" to s, the Kelvin sign to k). Folding them as the regex
# engine does keeps a literal test on the folded text as permissive as the regex itself
# (tests/test_speed_r8.py checks the list against every code point).
_REGEX_FOLDS_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# A required literal shorter than this (" a", "on") is in most texts: no use as a guard.
_MIN_GUARD_CHARS = 3


# Speed (round 15): the texts folded lately and their foldings. The literal guards of one
# sentence fold the same sentence, clause and window again and again (round 13 kept only the
# last text: two thirds of the calls still folded anew). ``forget_folds`` empties it
# (extract_commitments does, at each article: nothing is kept from one call to the next); it
# is emptied too when it grows past _FOLDS_KEPT texts, for callers that never forget. Equal
# texts fold alike, so a thread that reads another's entry reads the right folding.
_FOLDED: dict[str, str] = {}
_FOLDS_KEPT = 4096


def forget_folds() -> None:
    _FOLDED.clear()


def fold_case(text: str) -> str:
    """``text`` lower-cased so that a lower-case ASCII literal a case-insensitive regex
    finds in it is a substring of it."""
    folded = _FOLDED.get(text)
    if folded is None:
        folded = _fold_case(text)
        if len(_FOLDED) >= _FOLDS_KEPT:
            _FOLDED.clear()
        _FOLDED[text] = folded
    return folded


def _fold_case(text: str) -> str:
    if text.isascii():
        return text.lower()
    # speed: translate with a table runs per character in Python's slow path (8x lower());
    # most non-ASCII texts (curly quotes, dashes) hold none of the four folded characters
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        return text.translate(_REGEX_FOLDS_TO_ASCII).lower()
    return text.lower()


def required_literals(patterns: list[str], flags: int = 0) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of any of ``patterns`` contains
    ("vetting (?:procedures|requirements)" -> "requirements", "procedures" or ...);
    None when some pattern has none that can be told (then no text may be skipped).
    Read from the parsed regex: a run of literals in sequence, or one from each branch.
    Kept in the compiled-pattern cache (round 22, cold start: the rules' guards parsed ~70
    regexes anew in every new process)."""
    patterns = tuple(patterns)
    if not all(type(pattern) is str for pattern in patterns):
        return _required_literals(patterns, flags)  # (what the file cannot key: read anew)
    return _PATTERNS.derived("literals", (int(flags), *patterns), lambda: _required_literals(patterns, flags))


def _required_literals(patterns: tuple[str, ...], flags: int) -> frozenset[str] | None:
    found: set[str] = set()
    for pattern in patterns:
        try:
            from re import _constants as sre, _parser as sre_parse  # the stdlib's own regex parser
            candidates = _literal_sets(sre_parse.parse(pattern, flags), sre)
        except Exception:  # another Python's internals, a pattern the walk does not know
            return None
        best = max(candidates, key=_guard_strength, default=None)
        if best is None or _guard_strength(best) < _MIN_GUARD_CHARS:
            return None
        found |= {literal.lower() for literal in best}
    # a literal holding another is found only where that one is: the shorter one says it all
    return frozenset(literal for literal in found if not any(other != literal and other in literal for other in found))


def _guard_strength(literals: frozenset[str]) -> int:
    """How rare a set of literals is: its shortest member without spaces; a set holding a
    literal outside ASCII is no guard (the case folding of fold_case covers ASCII only)."""
    if not all(literal.isascii() for literal in literals):
        return -1
    return min(len(literal.strip()) for literal in literals)


def _literal_sets(items, sre) -> list[frozenset[str]]:
    """Sets of literals the parsed sequence always contains (one member of each set)."""
    sets: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            sets.append(frozenset(["".join(run)]))
            run = []
        if op is sre.SUBPATTERN:
            sets.extend(_literal_sets(av[3], sre))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            sets.extend(_literal_sets(av[2], sre))
        elif op is sre.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                best = max(_literal_sets(branch, sre), key=_guard_strength, default=None)
                if best is None or _guard_strength(best) < 1:
                    break
                union |= best
            else:
                sets.append(frozenset(union))
    if run:
        sets.append(frozenset(["".join(run)]))
    return sets


class LiteralGuarded:
    """A compiled pattern behind the literal test of ``may_match``: ``search``, ``match``,
    ``fullmatch`` and ``finditer`` give the pattern's own answer, without running the regex
    on a text (case-folded) that holds none of the literals every match contains. The
    literals are read from the pattern itself (``required_literals``), so a word added to
    the pattern is added to its guard. Speed: a hint pattern that fails in most sentences
    costs 2-6 us a search, the fold and the ``in`` tests a fraction of that."""

    __slots__ = ("regex", "literals", "pattern", "flags", "groupindex", "groups")

    def __init__(self, regex: re.Pattern[str], literals: frozenset[str]):
        self.regex = regex
        self.literals = tuple(sorted(literals))
        self.pattern, self.flags = regex.pattern, regex.flags
        self.groupindex, self.groups = regex.groupindex, regex.groups

    def _holds_a_literal(self, text) -> bool:
        if type(text) is not str:
            return True  # let the regex answer (or raise) as it would
        return holds_one_of(self.literals, fold_case(text))

    def search(self, text, *bounds):
        # (the test of _holds_a_literal written inline: search is the one called most; the
        # literals tested in C by map, round 13: ~7 a guard, 26,000 tests a sample pass;
        # round 15: the folding read from fold_case's table without calling it, when it is there)
        if type(text) is str:
            folded = _FOLDED.get(text)
            if folded is None:
                folded = fold_case(text)
            for literal in self.literals:  # (holds_one_of written inline)
                if literal in folded:
                    break
            else:
                return None
        return self.regex.search(text, *bounds)

    def match(self, text, *bounds):
        return self.regex.match(text, *bounds) if self._holds_a_literal(text) else None

    def fullmatch(self, text, *bounds):
        return self.regex.fullmatch(text, *bounds) if self._holds_a_literal(text) else None

    def finditer(self, text, *bounds):
        return self.regex.finditer(text, *bounds) if self._holds_a_literal(text) else iter(())

    def __getattr__(self, name: str):
        return getattr(self.regex, name)  # sub, findall ...: unguarded, the pattern's own

    def __repr__(self) -> str:
        return f"LiteralGuarded({self.regex!r})"


def put_behind_literals(namespace: dict, names: tuple[str, ...]) -> None:
    """Replace each module-level pattern ``names`` lists in ``namespace`` by its
    ``LiteralGuarded`` form (after ``put_behind_first_chars``: the lookahead stays inside).
    A name whose pattern has no literal every match contains, or that was renamed since,
    is left as it is: that pattern is only slower, never wrong."""
    for name in names:
        pattern = namespace.get(name)
        if isinstance(pattern, re.Pattern):
            namespace[name] = behind_literals(pattern)


def behind_literals(pattern: re.Pattern[str]) -> "re.Pattern[str] | LiteralGuarded":
    """``pattern`` behind a guard of the words every match contains, or ``pattern`` itself
    when no such word can be read from it."""
    literals = required_literals([pattern.pattern], pattern.flags)
    return LiteralGuarded(pattern, literals) if literals else pattern


def may_match(literals: frozenset[str] | None, text: str) -> bool:
    """False only when ``text`` holds none of ``literals`` (from ``required_literals``):
    then no pattern they guard can match in it, and the regex need not run."""
    if literals is None:
        return True
    return holds_one_of(literals, fold_case(text))


def holds_one_of(words, text: str) -> bool:
    """Whether ``text`` holds one of ``words`` (``any(word in text for word in words)``).
    Speed (round 15): a loop of ``in`` tests; ``any(map(text.__contains__, words))`` calls the
    str slot through a method wrapper for every word, several times the cost of the test itself
    on a sentence (callgrind: the guards' any/map 6.7% of a sample pass, 38,000 tests)."""
    for word in words:
        if word in text:
            return True
    return False


def _class_escapes() -> dict:
    try:
        from re import _constants as sre
    except ImportError:
        return {}
    return {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}


_CLASS_ESCAPES = _class_escapes()


def _first_chars(items, sre) -> tuple[set[str] | None, bool]:
    """(characters a match of the parsed sequence can start with, whether it can be
    empty); None when unknown."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            found: set[str] = set()
            for item_op, item in av:
                if item_op is sre.LITERAL:
                    found.add(chr(item))
                elif item_op is sre.RANGE and item[1] - item[0] < 256:
                    found.update(chr(code) for code in range(item[0], item[1] + 1))
                elif item_op is sre.CATEGORY and item in _CLASS_ESCAPES:
                    found.add(_CLASS_ESCAPES[item])  # kept as the class itself (\d: any script's digits)
                else:
                    return None, False  # a negated class, \w, \s: anything may start
            return chars | found, False
        if op is sre.SUBPATTERN or op is sre.BRANCH or op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            if op is sre.SUBPATTERN:
                if av[1] or av[2]:
                    return None, False  # "(?i:...)": the lookahead would not share the group's flags
                alternatives, least = [av[3]], 1
            elif op is sre.BRANCH:
                alternatives, least = av[1], 1
            else:
                alternatives, least = [av[2]], av[0]
            can_be_empty = least == 0
            for alternative in alternatives:
                found, nullable = _first_chars(alternative, sre)
                if found is None:
                    return None, False
                chars |= found
                can_be_empty = can_be_empty or nullable
            if not can_be_empty:
                return chars, False
            continue  # an optional part: what follows it may start the match too
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: the character is decided by what follows
        return None, False
    return chars, True


def _load_guards(spec: dict) -> _Guards:
    # (longest first; equal lengths alphabetically, so the pattern's source is the same in
    # every process and its compiled form is read from the cache)
    states = sorted({str(s) for s in spec.get("us_states") or []}, key=lambda s: (-len(s), s))
    after = re.compile(r",\s*(" + "|".join(re.escape(s) for s in states) + r")(?![\w.])") if states else None
    return _Guards(
        frozenset(str(a) for a in spec.get("name_like") or []),
        frozenset(str(w) for w in spec.get("not_name_words") or []),
        # the all-capitals variant too ("GEORGIA" in a heading is as ambiguous)
        frozenset(v for a in spec.get("needs_confirmation") or [] for v in (str(a), str(a).upper())),
        after,
    )


# speed (cold start): libyaml's loader, where PyYAML has it, reads the lexicons about ten times
# faster than the pure-Python one and gives the same data (tests/test_speed_r12.py compares both)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    """A YAML data file of ours, as yaml.safe_load reads it (a fresh copy on every call).

    Speed (cold start): parsing the actor and cue lexicons took about 0.15 s of a fresh
    process; the parsed data is kept in the compiled-pattern cache, keyed on the file's
    bytes, and read back with pickle (the lexicons hold dates, which marshal cannot keep)."""
    raw = path.read_bytes()
    key = (hashlib.sha256(raw).hexdigest(),)
    blob = cached_data("yaml", key, lambda: pickle.dumps(yaml.load(raw.decode("utf-8"), Loader=_YAML_LOADER)))
    return pickle.loads(blob)


@lru_cache(maxsize=1)
@built_without_gc
def _lexicon() -> _Lexicon:
    data = read_yaml(LEXICON_PATH) or {}
    entries, raw_forms = _load_entries(data)
    guard_spec = data.get("guards") or {}
    forms: dict[str, list[tuple[_Entry, str]]] = {}
    for alias, entry, form_kind in raw_forms:
        for variant in {alias, alias.upper()}:
            bucket = forms.setdefault(variant, [])
            if all(e.actor_id != entry.actor_id for e, _ in bucket):
                bucket.append((entry, form_kind))
    # Non-actor names enter the matcher with no entry: being longer, they win over
    # the country form inside them ("New Mexico" over "Mexico") and name nobody.
    for name in guard_spec.get("not_actors") or []:
        for variant in {str(name), str(name).upper()}:
            forms.setdefault(variant, [])
    folded: dict[str, list[tuple[_Entry, str]]] = {}
    for alias, bucket in forms.items():
        if len(alias) > _SHORT_FORM:
            target = folded.setdefault(alias.casefold(), [])
            for item in bucket:
                if all(e.actor_id != item[0].actor_id for e, _ in target):
                    target.append(item)
    # Longest match wins because the trie regex is greedy at every branch point
    # and a word boundary is demanded after the match; backtracking finds the
    # next-longest form when the longest one is cut mid-word.
    # Speed: the scan reads the character before a form instead of looking behind it. A
    # pattern opening with a character class lets the engine skip in one fast loop every
    # position whose character is outside it (here: letters, inside words); a look-behind is
    # tried at every position. Run on " " + text it finds what reference_pattern() (the
    # look-behind form) finds in text: a match's next character is never a word character,
    # so no form's preceding character is inside the match before it (tests/test_speed_r11.py).
    # (the lookahead on the forms' first characters turns most word starts away before the trie)
    scan = re.compile(r"[^\w$]" + starting_with_one_of(["the"] + sorted(forms))
                      + _FORM_MATCH.format(body=trie_regex(sorted(forms))))
    return _Lexicon(entries, forms, folded, scan, _load_guards(guard_spec))


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """The display name of each country and bloc of the lexicon ("SAU" -> "Saudi Arabia")."""
    return {entry.country: entry.name for entry in _lexicon().entries
            if entry.kind in ("country", "bloc") and entry.country}


@lru_cache(maxsize=None)
def bloc_members(code: str) -> tuple[str, ...]:
    """The member states the lexicon lists for a bloc (``members`` in actors.yaml; "GCC" -> Saudi Arabia,
    the UAE, ...; "EUN" -> the Union's 27), empty for a bloc listed with none."""
    spec = ((read_yaml(LEXICON_PATH) or {}).get("blocs") or {}).get(code) or {}
    return tuple(spec.get("members") or ())


# a form ("the" before it read with it), not followed by a word character or ".x"
_FORM_MATCH = r"(?:the\s+)?({body})(?![\w$]|\.\w)"


@lru_cache(maxsize=1)
def reference_pattern() -> re.Pattern[str]:
    """The actor scan as written before round 11: a form with no word character or "$"
    before it (look-behind). ``alias_matches`` gives its matches (tests compare them)."""
    forms = sorted(_lexicon().forms)
    return re.compile(starting_with_one_of(["the"] + forms) + r"(?<![\w$])" + _FORM_MATCH.format(body=trie_regex(forms)))


def _choose(candidates: list[tuple[_Entry, str]], on: date | None,
            context: set[str] | None) -> tuple[_Entry, str] | None:
    """Pick the one entry a form stands for, or None when it stays ambiguous."""
    if len(candidates) == 1:
        return candidates[0]
    in_office = [c for c in candidates if c[0].in_office(on)]
    pool = in_office or candidates
    if len(pool) == 1:
        return pool[0]
    if context:
        in_context = [c for c in pool if _entry_country(c[0], on) in context]
        if len(in_context) == 1:
            return in_context[0]
    return None


def _entry_country(entry: _Entry, on: date | None) -> str | None:
    if entry.kind == "person":
        tenure = entry.tenure_on(on)
        return tenure.country if tenure else None
    return entry.country


def _normalise_name(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:\"'“”‘’()[]")
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    return text.strip()


def resolve_actor(text: str, on: date | None = None, context: str | None = None) -> Actor | None:
    """The actor ``text`` names ("Beijing", "Mr Xi", "USTR", "Japanese"), or None.

    ``on`` is the article's date: it decides which office a person held.
    ``context`` is an ISO3 country the surrounding text is about; it settles
    forms several entries share ("the Commerce Ministry").
    """
    if not isinstance(text, str) or not text.strip():
        return None
    lexicon = _lexicon()
    name = _normalise_name(text)
    contexts = {context} if context else None
    candidates = lexicon.forms.get(name) or (
        lexicon.folded.get(name.casefold()) if len(name) > _SHORT_FORM else None
    )
    if candidates:
        if name in lexicon.guards.needs_confirmation:
            chosen = _confirmed(candidates, on, contexts or set())  # "Georgia": the state, unless told
        else:
            chosen = _choose(candidates, on, contexts)
        return chosen[0].actor_on(on) if chosen else None
    mentions = find_actor_mentions(text, on, context=context)
    return _most_specific(mentions)


# A longer phrase ("Chinese Vice Premier He Lifeng") stands for its most
# specific actor: a person over an organisation over a country.
_SPECIFICITY = {"person": 3, "organisation": 2, "bloc": 1, "country": 1}


def _most_specific(mentions: list[ActorMention]) -> Actor | None:
    if not mentions:
        return None
    best = max(mentions, key=lambda m: (_SPECIFICITY.get(m.actor.kind, 0), m.end - m.start))
    return best.actor


def find_actor_mentions(text: str, on: date | None = None,
                        context: str | tuple[str, ...] | None = None,
                        aliases: list[tuple[int, int, int, str]] | None = None) -> list[ActorMention]:
    """Every actor mention in ``text`` with its span and form, in text order.

    Forms that stay ambiguous are settled by the countries the text names
    unambiguously (a "Commerce Ministry" in a text about China is MOFCOM), or
    by ``context``, the country (or countries) the surrounding document is
    about; those still ambiguous after that are left out. Guarded forms (the
    ``guards`` section of actors.yaml) are left out when they are part of a
    person's name or a US town, or, for forms that need confirmation, when
    neither the text nor ``context`` names that country another way.
    ``aliases``, when given, are ``alias_matches(text)`` (or ``aliases_within``'s
    reading of them from a longer text): the lexicon scan is not run again.
    """
    return [ActorMention(start, end, entry.actor_on(on), form)
            for start, end, entry, form in _settled_mentions(text, on, context, aliases)]


def mention_countries(text: str, on: date | None = None,
                      context: str | tuple[str, ...] | None = None,
                      aliases: list[tuple[int, int, int, str]] | None = None) -> list[tuple[str | None, str]]:
    """The (country, form) of each mention ``find_actor_mentions`` gives, in text order,
    without building its Actor: for counting who a whole document names (speed)."""
    # (_entry_country written inline for the entries that are no person: one call less a mention)
    return [(entry.country if entry.kind != "person" else _entry_country(entry, on), form)
            for _, _, entry, form in _settled_mentions(text, on, context, aliases)]


def alias_matches(text: str) -> list[tuple[int, int, int, str]]:
    """(match start, form start, form end, form) of every lexicon form the actor scan finds
    in ``text`` (a match opens with "the " where the text has it), in text order, before any
    guard: the raw reading ``find_actor_mentions`` settles."""
    if not isinstance(text, str) or not text:
        return []
    # (a match of the scan on " " + text opens with the character before the form)
    return [(match.start(), match.start(1) - 1, match.end(1) - 1, match.group(1))
            for match in _lexicon().scan.finditer(" " + text)]


def aliases_within(aliases: list[tuple[int, int, int, str]], text: str, start: int,
                   end: int) -> list[tuple[int, int, int, str]] | None:
    """``alias_matches(text[start:end])`` read from ``aliases``, the ``alias_matches(text)``
    of the whole text (speed: a paragraph is scanned once, its sentences are not scanned
    again); None when the edges could read differently and the part must be scanned itself.
    The same when the part is cut at whitespace on both sides and no match of the whole
    text crosses a cut: the scan's look-behind and look-ahead see whitespace at a cut as
    they see the end of the part, and every other character they read lies inside it
    (tests/test_speed_r11.py compares both readings on every sample sentence)."""
    if (start > 0 and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace()):
        return None
    found: list[tuple[int, int, int, str]] = []
    for match_start, alias_start, alias_end, alias in aliases:
        if alias_end <= start:
            continue
        if match_start >= end:
            break
        if match_start < start or alias_end > end:
            return None  # a match across a cut
        found.append((match_start - start, alias_start - start, alias_end - start, alias))
    return found


def _settled_mentions(text: str, on: date | None, context: str | tuple[str, ...] | None,
                      aliases: list[tuple[int, int, int, str]] | None = None) -> list[tuple[int, int, _Entry, str]]:
    """(start, end, entry, form) of every mention ``find_actor_mentions`` reports."""
    if not isinstance(text, str) or not text:
        return []
    lexicon = _lexicon()
    guards = lexicon.guards
    form_info = lexicon.form_info
    raw: list[tuple[int, int, list[tuple[_Entry, str]]]] = []
    unconfirmed: set[int] = set()  # indexes in raw of forms that need confirmation
    # speed (round 15): while every form names a single entry and needs no confirmation, each
    # mention is that entry (what the loops below give it); most texts have only such forms
    single: list[tuple[int, int, _Entry, str]] | None = []
    for _, start, end, alias in alias_matches(text) if aliases is None else aliases:
        info = form_info.get(alias)
        if info is None:
            continue  # a non-actor name ("New Mexico")
        candidates, name_like, needs_confirmation, only = info
        if text.startswith(",", end) and _before_a_us_state(text, end, candidates, guards, lexicon.forms):
            continue
        if name_like and _joined_to_a_name(text, start, end, guards):
            continue
        if needs_confirmation:
            unconfirmed.add(len(raw))
            single = None
        elif single is not None:
            if only is None:
                single = None
            else:
                single.append((start, end, *only))
        raw.append((start, end, candidates))
    if single is not None:
        return single
    settled: list[tuple[int, int, tuple[_Entry, str] | None]] = []
    countries: set[str] = ({context} if isinstance(context, str) else set(context)) if context else set()
    for index, (start, end, candidates) in enumerate(raw):
        if index in unconfirmed:
            settled.append((start, end, None))  # decided once the text's other countries are known
            continue
        chosen = _choose(candidates, on, None)
        if chosen:
            country = _entry_country(chosen[0], on)
            if country:
                countries.add(country)
        settled.append((start, end, chosen))
    mentions: list[tuple[int, int, _Entry, str]] = []
    for index, ((start, end, chosen), (_, _, candidates)) in enumerate(zip(settled, raw)):
        if index in unconfirmed:
            chosen = _choose(candidates, on, countries) if _coordinated_with_a_country(text, index, settled) \
                else _confirmed(candidates, on, countries)
        elif chosen is None:
            chosen = _choose(candidates, on, countries)
        if chosen is None:
            continue
        entry, form_kind = chosen
        mentions.append((start, end, entry, _mention_form(entry, form_kind)))
    return mentions


_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\w*\.?([ \t]+[A-Z])?")
# "U.S.-Georgia", "the United States and Georgia": a form joined to another country's
_COORDINATION = re.compile(r"\s*(?:[-‐–—/]|,?\s*and\s+(?:the\s+)?)\s*$")


def _before_a_us_state(text: str, end: int, candidates: list[tuple[_Entry, str]], guards: _Guards,
                       forms: dict[str, list[tuple[_Entry, str]]]) -> bool:
    """A form followed by a US state is a US town ("Paris, Texas"), unless the state's
    name is the same country's ("Tbilisi, Georgia")."""
    state = guards.us_state_after.match(text, end) if guards.us_state_after else None
    if state is None:
        return False
    own = {e.actor_id for e, _ in candidates}
    return not any(e.actor_id in own for e, _ in forms.get(state.group(1)) or [])


def _joined_to_a_name(text: str, start: int, end: int, guards: _Guards) -> bool:
    """A name-like country form that is here part of a person's name ("Chad Bown",
    "Michael Jordan")."""
    after = _CAPITALISED_AFTER.match(text, end)
    next_word = after.group(1) if after and after.group(1) not in guards.not_name_words else None
    if next_word and not after.group(2):
        return True  # "Chad Bown, an economist": a given name and its surname
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    # "Michael Jordan said": a capitalised word before and none after (title case
    # "Trump Hails Jordan Trade Deal" has capitalised words on both sides)
    return bool(before and before.group(1) not in guards.not_name_words and not next_word)


def _confirmed(candidates: list[tuple[_Entry, str]], on: date | None,
               countries: set[str]) -> tuple[_Entry, str] | None:
    """A guarded form's entry, only when its country is otherwise named or in context."""
    confirmed = [c for c in candidates if _entry_country(c[0], on) in countries]
    return confirmed[0] if len(confirmed) == 1 else None


def _coordinated_with_a_country(text: str, index: int,
                               settled: list[tuple[int, int, tuple[_Entry, str] | None]]) -> bool:
    """Whether mention ``index`` is joined to a country mention beside it by a hyphen,
    a slash or "and" ("U.S.-Georgia"): a guarded form listed with a country is one too."""
    start, end, _ = settled[index]
    for other_index in (index - 1, index + 1):
        if not 0 <= other_index < len(settled):
            continue
        other_start, other_end, other = settled[other_index]
        if other is None or other[0].kind not in ("country", "bloc"):
            continue
        gap = text[other_end:start] if other_index < index else text[end:other_start]
        if len(gap) <= 12 and _COORDINATION.fullmatch(gap):
            return True
    return False


def find_actors(text: str, on: date | None = None) -> list[tuple[int, int, Actor]]:
    """All actor mentions in ``text`` as (start, end, Actor), in text order."""
    return [(m.start, m.end, m.actor) for m in find_actor_mentions(text, on)]


@lru_cache(maxsize=1)
def _person_tenures() -> dict[str, tuple[_Tenure, ...]]:
    """Person actor id -> the offices the lexicon lists for them."""
    return {entry.actor_id: entry.tenures for entry in _lexicon().entries
            if entry.kind == "person" and entry.tenures}


def out_of_office(actor_id: str, on: date | None) -> bool:
    """True when ``actor_id`` is a person with offices in the lexicon, none of them held on
    ``on`` (a candidate, a former president): they speak for no government that day."""
    tenures = _person_tenures().get(actor_id)
    return bool(tenures) and on is not None and not any(t.covers(on) for t in tenures)


def before_first_office(actor_id: str, on: date | None) -> bool:
    """True when the person ``actor_id`` had held none of their offices yet on ``on``."""
    tenures = _person_tenures().get(actor_id)
    return bool(tenures) and on is not None and all(on < t.start for t in tenures)


def all_actors() -> list[Actor]:
    """The whole lexicon as Actors (persons with their latest office), for the actors table."""
    return [entry.actor_on(None) for entry in _lexicon().entries]
