"""Who is speaking: parse a speaker phrase and keep an article-wide registry.

``parse_speaker`` turns the words around a speech verb ("Japan’s Trade
Minister Ryosei Akazawa", "Ms Laura Okafor, senior fellow at the Institute for
Global Commerce", "a diplomat familiar with the talks", "the Commerce
Ministry", "experts") into a ``Speaker``. ``SpeakerRegistry`` remembers the
people of one article so that later mentions ("Ms Okafor", "Okafor", "she",
"the official") resolve to the first, full mention. Rules only, no model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_PATH = Path(__file__).parent / "data" / "speech_verbs.yaml"

# Words that join the parts of a capitalised name or organisation ("Bank of
# Japan", "Institute for Global Commerce") without being capitalised themselves.
NAME_CONNECTORS = {"of", "for", "and", "the", "de", "du", "von", "van", "der", "la", "le", "bin", "al", "&", "on", "in"}
DETERMINERS = {"a", "an", "the", "another", "one", "two", "three", "several", "some", "many", "other", "most", "few", "both", "all"}
# Words before a role that qualify it rather than name an organisation.
ROLE_MODIFIERS = {"former", "acting", "deputy", "then", "outgoing", "incoming", "interim", "senior", "chief", "top",
                  "vice", "u.s.", "us", "u.k.", "uk", "eu", "american", "chinese", "japanese", "british", "european",
                  "german", "french", "korean", "south", "indian", "canadian", "mexican", "vietnamese", "swiss",
                  "state", "federal", "local", "democratic", "republican", "lead", "co-chief", "assistant", "associate",
                  "executive", "managing", "general", "new", "political", "politics", "washington", "bureau",
                  "national", "white", "house", "principal", "global", "regional", "economic", "legislative",
                  "senate", "majority", "minority", "lt.", "lieutenant"}
# How far back (in characters, about two short paragraphs) a speaker stays the focus
# a pronoun refers to, ahead of people merely mentioned since.
SPEAKER_FOCUS_CHARS = 600

# Heads that hide who speaks even without a cue ("a source", "people", "insiders");
# "officials" or "a diplomat" alone are unnamed but not anonymous sources.
ANONYMOUS_BY_THEMSELVES = {"source", "sources", "person", "people", "insider", "insiders"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# Country words before a title: they say whose official it is, not what the role is.
NATIONALITY_WORDS = {"u.s.", "us", "u.k.", "uk", "american", "chinese", "japanese", "british", "german", "french",
                     "korean", "indian", "canadian", "mexican", "vietnamese", "swiss", "italian", "spanish",
                     "brazilian", "australian", "russian", "indonesian", "malaysian", "thai", "philippine"}
_POSSESSIVE = re.compile(r"^(.+?)(?:['’]s|['’])$")
_WORD = re.compile(r"[^\s]+")


@dataclass
class Speaker:
    name: str | None  # canonical: full name, organisation, or a short description
    kind: str  # person | group (people speaking together) | organisation | anonymous | generic | description | pronoun
    speaker_type: str = "other"
    role: str | None = None
    org: str | None = None
    gender: str | None = None  # male | female | None
    plural: bool = False
    head: str | None = None  # anonymous/description head noun ("official")
    country_hint: str | None = None  # "Japan" in "Japan’s Trade Minister ..."
    mention: str = ""  # the phrase as written, for actor resolution
    actor_id: str | None = None  # filled once by statements._actor_for
    country: str | None = None
    actor_checked: bool = False


@lru_cache(maxsize=1)
def lexicon() -> dict:
    with open(LEXICON_PATH, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    data["speech_verbs_set"] = frozenset(data["speech_verbs"])
    data["belief_verbs_set"] = frozenset(data["belief_verbs"])
    data["role_phrases"] = sorted(data["roles"], key=lambda r: -len(r.split()))
    data["female_names"] = frozenset(data["given_names"]["female"])
    data["male_names"] = frozenset(data["given_names"]["male"])
    data["org_words_set"] = frozenset(data["organisation_words"])
    data["anonymous_heads_set"] = frozenset(data["anonymous_heads"])
    data["generic_set"] = frozenset(data["generic_plurals"])
    data["document_set"] = frozenset(data["document_words"])
    data["group_heads_set"] = frozenset(data["group_heads"])
    # kin words: the gendered words that are relations ("mother", "husband"), not titles ("queen")
    data["kin_words"] = frozenset(w for words in data["gendered_words"].values() for w in words) & frozenset(data["kin_relations"])
    data["gendered_regex"] = {gender: _alternation(words) for gender, words in data["gendered_words"].items()}
    # compiled once: these run for every candidate phrase
    data["role_tuples"] = {tuple(phrase.split()): phrase for phrase in data["roles"]}
    data["role_max_words"] = max(len(phrase.split()) for phrase in data["roles"])
    # words of role phrases, without the joining words ("president and ceo", "head of research")
    data["role_word_set"] = frozenset(w for phrase in data["roles"] for w in phrase.split()) - {"and", "of", "the", "for", "to", "at"}
    data["role_regex"] = _alternation(data["role_phrases"])
    data["org_regex"] = _alternation(data["organisation_words"])
    data["government_regex"] = _alternation(data["government_words"])
    return data


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern:
    """A compiled \\bword\\b (surnames are looked up in every paragraph; re's own cache is small)."""
    return re.compile(rf"\b{re.escape(word)}\b")


@lru_cache(maxsize=4096)
def _word_at_end(word: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(word)}$")


def _alternation(phrases: list[str]) -> re.Pattern:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w-])")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _clean(text: str) -> str:
    return text.strip(" \t\n,.;:—–-\"'“”‘’()…")


def _clean_org(text: str | None) -> str | None:
    """An organisation name: no "Leeds-based", no trailing ellipsis, "Inc." keeps its full stop."""
    if not text:
        return text
    cleaned = _clean(re.sub(r"^[\w-]+-based\s+", "", text.strip()))
    if re.search(r"\b(?:Inc|Corp|Ltd|Bros|Co)$", cleaned):
        cleaned += "."  # company suffixes are written with their full stop
    return cleaned or None


def _is_capitalised(word: str) -> bool:
    stripped = word.lstrip("(\"'“‘")
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


def _strip_determiners(words: list[str]) -> list[str]:
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return words


def _role_type(role: str | None) -> str | None:
    if not role:
        return None
    lowered = role.lower()
    lex = lexicon()
    roles = lex["roles"]
    found = _overlapping_matches(lex["role_regex"], lowered)
    if not found:
        return None
    found.sort(key=lambda phrase: -len(phrase.split()))
    # research and economics roles decide the type wherever they sit ("head of trade research")
    if any(roles[phrase] == "analyst" for phrase in found):
        return "analyst"
    return roles[found[0]]


def role_type(role: str | None) -> str | None:
    """The speaker_type a role implies ("Treasury Secretary" → official), or None."""
    return _role_type(role)


def _overlapping_matches(pattern: re.Pattern, text: str) -> list[str]:
    """Every phrase of an alternation found in ``text``, including ones inside longer matches."""
    found: list[str] = []
    for start in range(len(text)):
        if start and (text[start - 1].isalnum() or text[start - 1] == "-"):
            continue
        match = pattern.match(text, start)
        if match:
            found.append(match.group(0))
    return found


def _gender_of(honorific: str | None, first: str | None, role: str | None) -> str | None:
    honorifics = lexicon()["honorifics"]
    if honorific and honorifics.get(honorific.lower()):
        return honorifics[honorific.lower()]
    if role:
        lowered = role.lower()
        for gender in ("female", "male"):
            if lexicon()["gendered_regex"][gender].search(lowered):
                return gender  # "widow", "congresswoman", "father"
    if first:
        lowered = first.lower()
        if lowered in lexicon()["female_names"]:
            return "female"
        if lowered in lexicon()["male_names"]:
            return "male"
    return None


def _known_person_gender(name: str | None) -> str | None:
    """The gender of a person the actor lexicon knows by this name ("Obama" → Barack Obama → male)."""
    if not name:
        return None
    try:
        from pipeline.actors import resolve_actor
        actor = resolve_actor(name)
    except Exception:  # the actor lexicon is optional here
        return None
    return gender_of_name(actor.name) if actor is not None and actor.kind == "person" else None


def _is_country(name: str) -> bool:
    """A country or bloc the actor lexicon knows ("the United States", "the EU")."""
    try:
        from pipeline.actors import resolve_actor
        actor = resolve_actor(name)
    except Exception:  # the actor lexicon is optional here
        return False
    return actor is not None and actor.kind in ("country", "bloc")


def gender_of_name(name: str | None) -> str | None:
    """The usual gender of a full name's given name ("Barack Obama" → male), or None."""
    words = (name or "").split()
    return _gender_of(None, words[0], None) if len(words) > 1 else None


def _is_org_words(words: list[str]) -> bool:
    lowered = " ".join(w.lower().strip(",.") for w in words)
    return lexicon()["org_regex"].search(lowered) is not None


def _is_government(text: str) -> bool:
    return lexicon()["government_regex"].search(text.lower()) is not None


def _org_type(org: str) -> str:
    if _is_government(org):
        return "official"
    lowered = org.lower()
    if lowered.split()[0] in lexicon()["legislature_words"] and re.search(r"\b(committee|subcommittee|caucus|conference)\b", lowered):
        return "official"  # "House Energy and Commerce Committee", "Senate Finance Committee": a legislature's body
    if re.search(r"\b(institute|university|centre|center|think tank|foundation|research)\b", lowered):
        return "analyst"
    if re.search(r"\b(company|corp|corporation|inc|ltd|co|llc|plc|airlines|air lines|airways|group|bank|capital|partners|fund|"
                 r"association|federation|chamber|council)\b", lowered):
        return "business"
    return "other"


def _match_role_suffix(words: list[str]) -> int | None:
    """Index where a role phrase ending at the end of ``words`` begins, if any."""
    lex = lexicon()
    lowered = [w.lower().strip(",") for w in words]
    for size in range(min(lex["role_max_words"], len(lowered)), 0, -1):
        if tuple(lowered[-size:]) in lex["role_tuples"]:
            return len(lowered) - size
    return None


NAME_PARTICLES = {"von", "der", "van", "de", "da", "di", "du", "le", "la", "bin", "al", "el", "ter", "den", "del", "dos", "das"}


def _has_role_or_org(words: list[str]) -> bool:
    lex = lexicon()
    return any(w.lower().strip(",") in lex["role_word_set"] for w in words) or _is_org_words(words)


def _last_role_word(words: list[str]) -> int | None:
    """Index of the last role word before a name, when the title runs on after it ("Director of …")."""
    lex = lexicon()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower().strip(",") in lex["roles"]:
            return i
    return None


def _split_long_name(words: list[str]) -> int:
    """Where a person's name starts inside a long capitalised run ("Journalist Dana Whitfield").

    Round-up labels run organisation, title and name together; the name is the last two
    words, or three with a middle initial or particle ("Carl J. Smith", "Rubén del Campo").
    """
    if len(words) >= 3 and (re.fullmatch(r"[A-Z]\.", words[-2]) or words[-2].lower() in NAME_PARTICLES):
        return len(words) - 3
    return len(words) - 2


def _name_run(words: list[str]) -> int:
    """Index where the trailing run of capitalised name words begins ("Ursula von der Leyen")."""
    start = len(words)
    while start > 0:
        word = words[start - 1]
        if word.lower() in NAME_PARTICLES and start < len(words):
            j = start - 1
            while j >= 0 and words[j].lower() in NAME_PARTICLES:
                j -= 1
            if j >= 0 and _is_capitalised(words[j]) and not _is_role_word(words[j]):
                start = j + 1
                continue
        if not _is_capitalised(word) or _POSSESSIVE.match(word):
            break
        if _match_role_suffix(words[:start]) is not None and start - 1 >= 0 and _is_role_word(word):
            break
        start -= 1
    return start


def _is_role_word(word: str) -> bool:
    return word.lower().strip(",") in lexicon()["role_word_set"]


def parse_appositive(text: str) -> tuple[str | None, str | None]:
    """(role, organisation) from "senior fellow at the Institute for Global Commerce"."""
    text = _clean(text.split(",")[0])
    if not text or text.lower().startswith(("who ", "which ", "whose ", "where ", "when ")):
        return None, None
    relative = re.match(r"^(.*?)\s+who\s+(?:heads|leads|runs|directs|chairs|founded)\s+(?:the\s+)?([A-Z].*)$", text)
    if relative:
        # "the trade economist who heads the Dhaka Trade Policy Centre"
        role, _ = parse_appositive(relative.group(1))
        return role, _clean_org(relative.group(2))
    text = re.split(r"\s+(?:who|which|whose)\s+", text)[0]
    leading = re.match(r"^(?:at|of|with|from)\s+(.+)$", text)
    match = re.match(r"^(.*)\s+at\s+(.+)$", text) or re.match(r"^(.*?)\s+(?:of|with|for|from)\s+(.+)$", text)
    if leading:
        role_part, org_part = "", leading.group(1)
    else:
        role_part, org_part = (match.group(1), match.group(2)) if match else (text, None)
    role_words = _strip_determiners(_words(role_part))
    # "Singapore-based partner": the place qualifies, the role is the rest
    role_words = [w for w in role_words if not re.search(r"-based$", w, re.I)]
    while role_words and role_words[0].lower() in ("its", "his", "her", "their", "our"):
        role_words = role_words[1:]
    role = re.sub(r"\s+to\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$", "", " ".join(role_words)) or None  # "ambassador to Moscow"
    if role and _role_type(role) is None:
        return None, None
    leading_caps = 0
    while role_words and leading_caps < len(role_words) - 1 and _is_capitalised(role_words[leading_caps]) \
            and role_words[leading_caps].lower() not in lexicon()["role_word_set"]:
        leading_caps += 1
    if leading_caps and not org_part:
        # "the European Commission president": the capitalised words name the organisation
        org_part = " ".join(role_words[:leading_caps])
        role = " ".join(role_words[leading_caps:])
    if not role and not org_part:
        return None, None
    org = None
    if org_part:
        org_words = _strip_determiners(_words(org_part))
        # "advisory firm Meridian" -> "Meridian": drop lower-case descriptors before the name
        first_cap = next((i for i, w in enumerate(org_words) if _is_capitalised(w)), None)
        if first_cap is not None:
            org_words = org_words[first_cap:]
        org = _clean_org(" ".join(org_words))
        if org:
            org = re.sub(r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$", "", org)  # "Lotus Securities in Hong Kong"
    return role, org


# A share of a group as the subject of speech: "63 percent", "only 52 percent of registered voters",
# "a third of respondents", "most of those polled".
_QUANTIFIED = re.compile(
    r"^(?:(?:only|just|about|some|nearly|almost|roughly|over|under|around|more\s+than|fewer\s+than|less\s+than)\s+)?"
    r"(?:\d[\d.,]*\s*(?P<unit>percent|per\s+cent|%)|(?:a|one|two)\s+(?P<unit2>third|quarter|half|fifth)s?)"
    r"(?:\s+of\s+(?:the\s+|those\s+|all\s+)?[a-z][\w\s-]{0,40})?$", re.I)


def is_quantified_share(phrase: str) -> bool:
    """"63 percent", "only 52 percent of registered voters": a share of a group, which may speak."""
    return bool(_QUANTIFIED.match(_clean(phrase or "")))


def parse_speaker(phrase: str) -> Speaker | None:
    """A Speaker from the phrase naming who speaks, or None if it names no one."""
    try:
        return _parse(phrase)
    except Exception:
        return None


def _parse(phrase: str) -> Speaker | None:
    phrase = _clean(re.sub(r"\s+", " ", phrase or ""))
    phrase = re.sub(r"^(?:and|but|while|as|so|yet|then)\s+", "", phrase, flags=re.I)
    if not phrase:
        return None
    lex = lexicon()
    lowered = phrase.lower()
    quantified = _QUANTIFIED.match(phrase)
    if quantified:
        # "63 percent said", "a third of likely voters said": a share of a group speaks, as a group
        description = _clean(phrase)
        return Speaker(description[0].lower() + description[1:], "generic", "other", plural=True,
                       head=(quantified.group("unit") or quantified.group("unit2")).lower(), mention=phrase)
    head_part, _, appositive = phrase.partition(",")
    head_part = _clean(head_part)
    head_lower = head_part.lower()
    if head_lower in lex["pronouns"]:
        info = lex["pronouns"][head_lower]
        return Speaker(None, "pronoun", gender=info["gender"], plural=info["number"] == "plural",
                       head=head_lower, mention=phrase)
    based = re.match(r"^[A-Z][\w-]*-based\s+(?P<rest>[A-Z].*)$", head_part)
    if based and not any(w.lower() in lex["role_word_set"] for w in based.group("rest").split()):
        # "Michigan-based Whirlpool": a place-based name with no title is a company or body
        return _organisation(based.group("rest"), None, phrase)
    words = _words(head_part)
    if not words or len(words) > 14:
        return None
    bare = _strip_determiners(words)
    bare_lower = " ".join(w.lower() for w in bare)
    anonymous_heads = lex["anonymous_heads_set"]
    has_cue = any(cue in lowered for cue in lex["anonymous_cues"])
    head_noun = next((w.lower().strip(",") for w in bare if w.lower().strip(",") in anonymous_heads), None)
    starts_indefinite = words[0].lower() in DETERMINERS - {"the"}
    if head_noun and (has_cue or (head_noun in ANONYMOUS_BY_THEMSELVES and (starts_indefinite or words[0].lower() == head_noun))):
        description = _clean(phrase if has_cue else head_part)
        description = description[0].lower() + description[1:]
        return Speaker(description, "anonymous", "anonymous", head=head_noun,
                       plural=head_noun.endswith("s") or head_noun == "people", mention=phrase)
    if bare_lower in lex["generic_set"] or (words[0].lower() in DETERMINERS and bare_lower in lex["generic_set"]):
        head = bare[-1].lower()
        if head in ANONYMOUS_BY_THEMSELVES:
            return Speaker(bare_lower, "anonymous", "anonymous", plural=True, head=head, mention=phrase)
        kind_type = _role_type(head.rstrip("s")) or "other"
        return Speaker(bare_lower, "generic", kind_type, plural=True, head=head, mention=phrase)
    # up to two lower-case modifiers before the head: "elected officials from both parties"
    lead = next((i for i in range(min(3, len(bare) - 1)) if not bare[i][:1].islower()
                 or bare[i].lower() in lex["generic_set"] | anonymous_heads or _is_plural_role(bare[i].lower())), 0)
    if len(bare) > lead + 1 and (bare[lead].lower() in lex["generic_set"] | anonymous_heads or _is_plural_role(bare[lead].lower())) \
            and bare[lead + 1].lower() in ("in", "at", "from", "of", "with", "for", "close", "familiar", "briefed", "on"):
        # "officials in Bern", "analysts at the bank": unnamed people described by where they are
        head = bare[lead].lower()
        description = _clean(head_part)
        description = description[0].lower() + description[1:]
        stype = _role_type(head.rstrip("s")) or _role_type(head) or "other"
        org = None
        at_org = re.match(r"^(\w+)\s+(?:at|of|from)\s+(?:the\s+)?([A-Z].*)$", " ".join(bare[lead:]))
        if at_org and bare[lead + 1].lower() in ("at", "of", "from"):
            # "analysts at Kestrel Bank": the speakers are the analysts, the bank is their organisation
            description, org = " ".join(bare[:lead] + [at_org.group(1)]).lower(), _clean(at_org.group(2))
            stype = _speaker_type(head.rstrip("s"), org) if stype == "other" else stype
        return Speaker(description, "generic" if head.endswith("s") else "description", stype, org=org,
                       plural=head.endswith("s"), head=head, mention=phrase)
    if appositive and words[0].lower() == "the":
        # "The minister of the economy, Mr. Guajardo Villarreal": the name after the title speaks
        title_first = _title_then_name(head_part, appositive)
        if title_first is not None:
            return title_first
    if words[0].lower() == "the" and len(words) >= 2 and not any(_is_capitalised(w) for w in words[1:]):
        # "the official", "the president", "the source": a description (the registry may link it)
        head = words[-1].lower()
        description = " ".join(w.lower() for w in words)
        stype = _role_type(head_part) or ("anonymous" if head in anonymous_heads else "other")
        role = None if stype == "anonymous" else " ".join(words[1:])
        return Speaker(description, "description", stype, role=role, head=head, mention=phrase)
    if words[0].lower() in DETERMINERS and not any(_is_capitalised(w) for w in words[1:]):
        # "a spokesman for the ministry" without a name
        description = _clean(phrase)
        description = description[0].lower() + description[1:]
        stype = _role_type(head_part) or "other"
        return Speaker(description, "description", stype, role=" ".join(bare) or None,
                       head=bare[-1].lower() if bare else None, mention=phrase)
    last = words[-1].lower().strip(",")
    if len(words) <= 4 and words[-1][:1].islower() and (last in lex["generic_set"] or last in anonymous_heads) \
            and last.endswith("s") and not has_cue:
        # "US officials", "American farmers", "European diplomats": an unnamed group, not an organisation
        stype = _role_type(last.rstrip("s")) or ("anonymous" if last in ANONYMOUS_BY_THEMSELVES else "other")
        return Speaker(_clean(head_part), "generic", stype, plural=True, head=last,
                       country_hint=words[0] if words[0].lower() in NATIONALITY_WORDS else None, mention=phrase)
    title_first = _title_then_name(head_part, appositive)
    if title_first is not None:
        return title_first
    if not any(_is_capitalised(w) for w in words):
        # "port officials", "farm lobby analysts": a lower-case description ending in a speaker noun
        head = words[-1].lower()
        if head in lex["generic_set"] or head in anonymous_heads or head in lex["roles"]:
            plural = head.endswith("s")
            stype = _role_type(head.rstrip("s")) or _role_type(head) or "other"
            return Speaker(" ".join(w.lower() for w in words), "generic" if plural else "description", stype,
                           plural=plural, head=head, mention=phrase)
        return None
    return _parse_named(phrase, head_part, appositive)


def _is_plural_role(word: str) -> bool:
    """"attorneys", "senators": a role in the plural."""
    return word.endswith("s") and word[:-1] in lexicon()["roles"]


def _is_institution_name(words: list[str]) -> bool:
    """"U.S. Customs and Border Protection", "Society of Motor Manufacturers": capitalised words
    joined by and/of, with no title and no known given name in them."""
    lex = lexicon()
    if len(words) < 3 or not any(w.lower() in ("and", "of", "&") for w in words[1:-1]):
        return False
    if not all(_is_capitalised(w) or w.lower() in ("and", "of", "&", "the", "for") for w in words):
        return False
    if any(w.lower().strip(",") in lex["role_word_set"] - {"and", "of", "the", "for"} for w in words) \
            and words[-1].lower() not in lex["org_words_set"]:
        return False  # "Energy and Commerce Committee": an organisation word at the end names a body
    return not any(w.lower() in lex["female_names"] or w.lower() in lex["male_names"] for w in words)


def _title_then_name(head_part: str, appositive: str) -> Speaker | None:
    """"the general secretary of the Midlands Car Workers Union, Gareth Pryce": role and organisation first."""
    words = head_part.split()
    if not appositive or not words or words[0].lower() not in DETERMINERS | {"its", "his", "her", "their", "our"}:
        return None
    if not any(w.lower().strip(",") in lexicon()["roles"] for w in words[1:5]):
        return None
    named = parse_speaker(appositive.split(",")[0])
    if named is None or named.kind != "person":
        return None
    role, org = parse_appositive(head_part)
    named.role = named.role or strip_nationality(role)
    named.org = named.org or org
    named.speaker_type = _speaker_type(named.role, named.org)
    named.mention = f"{head_part}, {appositive}"
    return named


def _parse_named(phrase: str, head_part: str, appositive: str) -> Speaker | None:
    lex = lexicon()
    # "Laura Okafor of the Institute for Global Commerce"
    of_match = re.match(r"^(.*?[A-Z][\w’'.-]+)\s+(?:of|at|from)\s+(?:the\s+)?([A-Z].*)$", head_part)
    extra_org = None
    if of_match and not _is_org_words(_words(of_match.group(1))) and _match_role_suffix(_words(of_match.group(1))) is None:
        head_part, extra_org = of_match.group(1), _clean(of_match.group(2))
    else:
        # "Cameron Easley for Morning Consult": a person writing for an outlet; only after a known
        # given name, so "Centers for Disease Control" and "Minister for Trade" stay whole
        for_match = re.match(r"^([A-Z][\w’'-]+)\s+([A-Z][\w’'.-]+)\s+for\s+(?:the\s+)?([A-Z].*)$", head_part)
        if for_match and for_match.group(1).lower() in lex["female_names"] | lex["male_names"]:
            head_part = f"{for_match.group(1)} {for_match.group(2)}"
            extra_org = _clean(for_match.group(3))
    words = _words(head_part)
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not any(_is_capitalised(w) for w in words):
        return None
    if _is_institution_name(words):
        return _organisation(" ".join(words), None, phrase)
    start = _name_run(words)
    if len(words) - start >= 3 and _has_role_or_org(words[start:-2]):
        start += _split_long_name(words[start:])
    name_words = words[start:]
    pre = words[:start]
    # "Commerce Ministry", "The Harbour Herald", "Growers For America": an organisation speaks
    if not pre and (_is_org_words(name_words) or any(w.lower() in NAME_CONNECTORS - NAME_PARTICLES for w in name_words[1:-1])
                    or len(name_words) > 4 or all(w.isupper() and len(w) > 1 for w in name_words)):
        return _organisation(" ".join(name_words), None, phrase)
    if not pre and " ".join(name_words).lower() in lex["jurisdictions"]:
        return _organisation(" ".join(name_words), None, phrase)  # "North Dakota said": a state, not a person
    honorific = None
    if pre and pre[-1].lower() in lex["honorifics"]:
        honorific = pre[-1]
        pre = pre[:-1]
    elif name_words and name_words[0].lower() in lex["honorifics"] and len(name_words) > 1:
        honorific, name_words = name_words[0], name_words[1:]
    country_hint = None
    owner_at = next((i for i in range(len(pre) - 1, -1, -1) if _POSSESSIVE.match(pre[i]) and _is_capitalised(pre[i])), None)
    if owner_at is not None and _is_org_words(pre[owner_at + 1:]):
        owner_at = None  # "National Growers’ Grain Association": the possessive is inside a name
    if owner_at is not None:
        # "Japan’s Trade Minister", "President Lee Jae-myung’s policy chief": the owner is not the role
        country_hint = _POSSESSIVE.match(" ".join(pre[:owner_at + 1])).group(1)
        pre = pre[owner_at + 1:]
        after_the = re.match(r"(?i)the\s", head_part.strip()) is not None  # "The Federalist’s …"
        if _is_org_words(_words(country_hint)) or (after_the and not _is_country(country_hint)):
            # "the New York Post’s Miranda Devine", "The Federalist’s Sean Davis": an organisation owns the name
            extra_org, country_hint = _clean_org(re.sub(r"(?i)^the\s+", "", country_hint)), None
    if not pre and _is_org_words(name_words):
        return _organisation(" ".join(name_words), country_hint, phrase)
    role = org = None
    if len(pre) >= 2 and pre[-1].lower() == "of" and not any(_is_capitalised(w) for w in pre) and _is_org_words(pre[:-1]):
        # "the city of Phoenix", "the government of Japan": a body named by what it governs
        return _organisation(" ".join(words), country_hint, phrase)
    if pre:
        role_start = _match_role_suffix(pre)
        if role_start is None:
            role_start = _last_role_word(pre)  # "NCBA Executive Director of Government Affairs"
        if role_start is None:
            # capitalised words with no role: an organisation speaking, or a name we cannot split
            if not name_words:
                return _organisation(" ".join(pre), country_hint, phrase)
            if pre[-1].lower() in lex["org_words_set"] and not any(_is_capitalised(w) for w in pre):
                # "the state weather agency Aemet": the agency speaks under its name
                return _organisation(" ".join(name_words), country_hint, phrase)
            if pre[-1].lower() in ("for", "of") and all(_is_capitalised(w) for w in pre[:-1] + name_words):
                # "Centers for Disease Control": a name joined by "for" is one organisation, not "Disease Control"
                return _organisation(" ".join(pre + name_words), country_hint, phrase)
            org = " ".join(pre) if any(_is_capitalised(w) for w in pre) else None
            role = None if org else " ".join(pre)
        else:
            # modifiers ("Former U.S.") stay with the role; anything else before it names the org
            mod_start = role_start
            while mod_start > 0 and (pre[mod_start - 1].lower().strip(",") in ROLE_MODIFIERS
                                     or pre[mod_start - 1][:1].islower()):
                mod_start -= 1  # "Former U.S.", "national affairs", "trade" qualify the role
            prefix = pre[:mod_start]
            jurisdiction = " ".join(prefix).lower() in lex["jurisdictions"]  # "Nebraska Governor": the state is the org
            if prefix and not jurisdiction and pre[role_start][:1].isupper() \
                    and _role_type(" ".join(pre[role_start:])) in ("official", "leader") \
                    and not _is_org_words(prefix) \
                    and all(_is_capitalised(w) or w.lower() in ("and", "of", "for") for w in prefix):
                mod_start = 0  # "Business and Trade Secretary", "Economic Revitalization Minister"
            if prefix and prefix[0].lower() == "former" and not _is_org_words(prefix):
                mod_start = 0  # "Former Whitfield advisor": a former post, not an organisation
            role_words = pre[mod_start:]
            if len(role_words) > 1 and role_words[0].lower().strip(",") in NATIONALITY_WORDS:
                country_hint = country_hint or role_words[0]
            role = strip_nationality(" ".join(role_words))
            org = " ".join(pre[:mod_start]) or None
    if not name_words and words[-1].lower() in lex["org_words_set"]:
        # "the Swiss government", "the European Commission": an institution speaks
        return _organisation(" ".join(words), country_hint, phrase)
    if not name_words and appositive and parse_speaker(appositive) is not None and parse_speaker(appositive).kind == "person":
        # "the Business and Trade Secretary, Jonathan Reynolds": the title first, the name after
        named = parse_speaker(appositive)
        named.role = named.role or " ".join(words)
        named.speaker_type = _speaker_type(named.role, named.org)
        named.country_hint = named.country_hint or country_hint
        named.mention = phrase
        return named
    if not name_words:
        # "Trade Minister" alone: a role without a name
        return Speaker(" ".join(words), "description", _role_type(role) or "other", role=role,
                       head=words[-1].lower(), country_hint=country_hint, mention=phrase)
    if len(name_words) == 1 and _is_org_words(name_words):
        if role and pre and pre[-1][:1].isupper():
            # "the General Assembly", "the Security Council": a capitalised title word is part of the name
            return _organisation(" ".join(pre + name_words), country_hint, phrase)
        return _organisation(name_words[0], country_hint, phrase)
    app_role, app_org = parse_appositive(appositive) if appositive else (None, None)
    role = role or app_role
    org = _clean(org) if org else None
    org = org or app_org or extra_org
    if org and org.lower().startswith("the "):
        org = org[4:]
    name = _clean(" ".join(name_words))
    last = name_words[-1].lower().strip(".,")
    if len(name.replace(".", "")) <= 2 or (len(name_words) == 1 and last in lex["not_speakers"]) or last in WEEKDAYS:
        return None  # "Va.", "R", "Tuesday": a state code, a party letter or a day is not a speaker ("Theresa May" is)
    if _headline_case_words(name_words):
        return None  # "General Warns Of Trouble Under Quotas": a headline, not a name
    role = _expand_abbreviations(role)
    stype = _speaker_type(role, org)
    if stype == "official" and heads_government(role, country_hint):
        stype = "leader"
    gender = _gender_of(honorific, name_words[0] if len(name_words) > 1 else None, role)
    return Speaker(name, "person", stype, role=role, org=org, gender=gender,
                   country_hint=country_hint, mention=phrase)


# Function words a person's name never holds capitalised, while headlines do ("Of", "Under").
_HEADLINE_WORDS = {"Of", "Under", "For", "With", "To", "In", "On", "At", "From", "By", "Is", "Are", "As",
                   "Over", "After", "Before", "About", "Into", "Amid"}


def _headline_case_words(name_words: list[str]) -> bool:
    return len(name_words) >= 3 and any(w.strip(",.") in _HEADLINE_WORDS for w in name_words[1:-1])


def _speaker_type(role: str | None, org: str | None) -> str:
    """speaker_type from the role, refined by the organisation the role is held at."""
    by_role = _role_type(role)
    by_org = _org_type(org) if org else None
    if by_role in ("official", "leader") and role and re.match(r"(?i)former\b", role):
        return "other"  # a former minister no longer speaks for a government
    if by_role == "leader" and by_org == "official":
        return "leader"  # the president of the European Commission heads an executive
    if by_role == "leader" and by_org:
        # a president of a company, federation or institute is not a head of state
        return by_org if by_org != "other" else "business"
    if by_role in (None, "other") and by_org:
        return by_org
    if by_role == "business" and by_org == "official":
        return "official"  # the chairman of a House committee or a ministry's agency speaks for a government
    return by_role or "other"


def heads_government(role: str | None, country: str | None) -> bool:
    """"Chancellor" with Germany or Austria: a head of government (elsewhere the title is a finance minister's)."""
    if not role or not country:
        return False
    countries = lexicon()["leader_titles_by_country"].get(role.lower().split()[-1])
    return bool(countries) and country.lower().strip() in countries


def strip_nationality(role: str | None) -> str | None:
    """"German Chancellor" → "Chancellor", "U.S. Trade Representative" → "Trade Representative"."""
    if not role:
        return role
    words = role.split()
    while len(words) > 1 and words[0].lower().strip(",") in NATIONALITY_WORDS:
        words = words[1:]
    return " ".join(words)


def _expand_abbreviations(role: str | None) -> str | None:
    """"Former Sen." → "Former Senator": roles are published written out."""
    if not role:
        return role
    table = lexicon()["role_abbreviations"]
    return " ".join(table.get(word.lower(), word) for word in role.split())


def _organisation(name: str, country_hint: str | None, phrase: str) -> Speaker:
    name = _clean(name)
    if name.lower().startswith("the "):
        name = name[4:]
    name = _clean_org(name) or name
    return Speaker(name, "organisation", _org_type(name), org=name, plural=False, country_hint=country_hint,
                   mention=phrase)


# A capitalised word; a full stop only inside an abbreviation or initial ("J.", "Gov."), never
# at a sentence end ("United States. He").
_TOKEN = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z](?:[\w’'-]*|[\w]{0,3}\.))(?![\w])"
# A run of capitalised words (with name particles and "and"/"of" inside titles),
# optionally after a possessive owner: candidates for people named in running text.
_TITLED_NAME = re.compile(
    r"(?:[A-Z][\w’'-]*[’']s\s+)?" + _TOKEN +
    r"(?:\s+(?:" + _TOKEN + r"|(?:and|of|the|for|von|der|del|van|de|da|dos|bin|al|trade|finance|foreign|economy|commerce)\b))*\s+[A-Z][\w’'-]+"
)


# The subject a sentence opens with: an optional opening phrase and comma, an optional title, then a name
# followed by a lower-case verb ("In an interview, Gen. Ham made it clear …").
_SENTENCE_START = re.compile(
    r"(?:^|(?<=[.!?]\s)" + "".join(rf"(?<!{a}\.\s)" for a in ("Mr", "Ms", "Dr", "St", "Mrs", "Sen", "Rep", "Gov", "Gen", "Lt"))
    + r"(?<!\s[A-Z]\.\s))\s*(?:[A-Z][^,.;:!?]{0,60},\s+(?P<title>(?:[a-z][\w-]*\s+){1,3})?)?"  # not after "Mr."
    r"(?P<subject>(?![RDI]-[A-Z])(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov)\.?\s+)?(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)"
    r"(?=\s+[a-z]|,\s+(?:[RDI]-[A-Z]|who\b|a\b|an\b|the\b|despite\b|[a-z]))"  # "Paul Ryan, R-Wis., despite …"
)

# An organisation opening a sentence, then its verb: "The Commerce Ministry has …", "Kestrel Bank’s
# board voted …" (capitalised words, an optional possessive and lower-case word, then the org word;
# lazy, so the shortest opening before a lower-case word is tried first).
_ORG_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<org>(?:The\s+)?(?:[A-Z][\w’'.&-]*\s+){0,4}?(?:[a-z]+\s+)??[A-Za-z]+)\s+(?P<verb>[a-z]+)\b")

# The same after an opening phrase: "During the primaries, the Times gave …" (the name ends capitalised).
_ORG_SUBJECT_AFTER_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s))[A-Z][^,.;:!?]{0,60},\s+(?P<org>(?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+){0,4}?[A-Z][\w’'&-]*)"
    r"\s+(?P<verb>[a-z]+)\b")
# A body named by the place it governs, opening a sentence before its verb: "The city of Phoenix is demanding …".
_BODY_OF_PLACE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<org>The\s+[a-z]+\s+of\s+(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*)\s+(?P<verb>[a-z]+)\b")
# Words after a subject that show it is not followed by its verb ("The city of …", "The city and …").
_NOT_VERBS = {"of", "and", "or", "in", "on", "at", "for", "to", "with", "by", "from", "that", "which", "who", "as"}

# Where a sentence opens (the body start, or after a full stop and a space; not after "Mr." or an initial).
_SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)(?<!Mr\.\s)(?<!Ms\.\s)(?<!\s[A-Z]\.\s))(?=[A-Z])")
_NUMBER_WORD = re.compile(r"(?i)^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
                          r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|dozens|hundreds|several|many|some|most)$")
# Words that end a group subject's complement: the verb (or its auxiliary) follows.
_GROUP_VERB_START = {"are", "were", "have", "had", "say", "said", "will", "would", "can", "could", "do", "did", "may",
                     "might", "should", "must", "also", "who", "which", "that", "is", "was", "has"}


def group_subject(opening: str) -> Speaker | None:
    """The plural group a sentence opens with ("Twenty-seven states led by …", "Critics of the EB-5 program",
    "McConnell aides"), as a generic Speaker, or None. The head must be a word for people or bodies that
    speak (generic plurals, plural roles, ``group_heads``) within the first four words."""
    lex = lexicon()
    words = opening.split()[:16]
    if words and words[0].lower() in ("but", "and", "yet", "so", "still", "meanwhile,"):
        words = words[1:]  # "But environmentalists worry …": the conjunction is not part of the group
    head_at = None
    for i, word in enumerate(words[:4]):
        bare = word.rstrip(",").lower()
        if _is_group_head(bare) and not (i + 1 < len(words) and _is_group_head(words[i + 1].rstrip(",").lower())):
            head_at = i  # "Many economists": the last of the group words is the head
            break
        if word.endswith(",") or (i and not _is_capitalised(word) and not _NUMBER_WORD.match(word)
                                  and word.lower() not in ROLE_MODIFIERS):
            return None  # a clause, not a noun phrase, opens the sentence
    if head_at is None:
        return None
    subject = words[:head_at + 1]
    if subject[-1].endswith(","):
        subject[-1] = subject[-1].rstrip(",")
    else:
        rest = words[head_at + 1:]
        if rest and rest[0] in ("of", "from", "at", "in", "for", "led", "representing"):
            # the complement runs to a comma or to the verb ("… led by West Virginia and industry groups are …")
            for word in rest[:12]:
                if word.lower() in _GROUP_VERB_START or word.lower() in lex["speech_verbs_set"]:
                    break
                subject.append(word.rstrip(",;:."))
                if word[-1] in ",;:.":
                    break
            else:
                return None
        elif not rest or rest[0].lower() in _NOT_VERBS or not rest[0][:1].islower():
            return None  # "Critics and …", "Farmers Union": no verb after the head
    name = " ".join(subject)
    first = subject[0]
    if first.lower() in DETERMINERS or _NUMBER_WORD.match(first) or len(subject) == 1 or head_at == 0:
        name = name[0].lower() + name[1:]
    head = words[head_at].rstrip(",").lower()
    stype = _role_type(head[:-1]) or _role_type(head) or "other"
    return Speaker(name, "generic", stype, plural=True, head=head, mention=name)


def _is_group_head(word: str) -> bool:
    lex = lexicon()
    return word in lex["generic_set"] or word in lex["group_heads_set"] or (word.endswith("s") and word[:-1] in lex["roles"])


# Two people joined by "and" with no comma in either part ("Ms Quist and Mr Sato").
_COORDINATED = re.compile(r"^(?P<a>[A-Z][^,]*?)\s+(?:and|&)\s+(?P<b>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][^,]*)$")

# Capitalised words that open place, institution and date names rather than a person's name.
_NOT_NAME_WORDS = {"north", "south", "east", "west", "new", "united", "supreme", "white", "capitol", "wall", "los",
                   "san", "las", "fort", "mount", "lake", "saint", "st", "the", "federal", "national", "european",
                   "american", "chinese", "british", "republican", "democratic", "democrats", "republicans",
                   "january", "february", "march", "april", "june", "july", "august", "september", "october",
                   "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "last", "this", "but", "and", "in", "on", "at", "for", "if", "when", "while", "after"}


# A first name and a surname in running text ("two voters, Tyresha McClenney and Bryan Anderson").
_FIRST_LAST = re.compile(r"(?<![\w’'.-])([A-Z][a-z]{2,})\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w’'-])")


def _is_role_or_org(*words: str) -> bool:
    lex = lexicon()
    return any(w.lower() in lex["role_word_set"] or w.lower() in lex["org_words_set"] for w in words)


def _subject_verb(text: str, at: int) -> bool:
    """The word after a sentence-opening name is a verb or auxiliary ("can", "said", "walked", "has")."""
    match = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)", text[at:])  # "Anderson largely agreed"
    return bool(match) and (match.group(1) in _AUXILIARIES or re.fullmatch(r"[a-z]+(?:ed|s)", match.group(1)) is not None)


def _after_appositive(text: str, at: int) -> int:
    """Where the verb is looked for after a subject: past its appositive when one with a title follows
    ("Jo Formicola, political science professor at Seton Hall, described …")."""
    appositive = re.match(r",\s+((?:a|an|the)\s+)?[a-z][^,.;:!?]{0,100}?,", text[at:])
    if appositive and any(w.lower() in lexicon()["role_word_set"] for w in _words(appositive.group(0))):
        return at + appositive.end()
    return at


# Up to three lower-case words ending right before a name (its title), optionally after one capitalised word.
_TITLE_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]*\s+)?((?:[a-z][\w-]*\s+){1,3})$")

# Party words in a title, by the party they name.
_PARTY_WORDS = {"democratic": "democratic", "democrat": "democratic", "republican": "republican", "gop": "republican"}


def _parties(text: str | None) -> set[str]:
    return {_PARTY_WORDS[w] for w in re.findall(r"[a-z]+", (text or "").lower()) if w in _PARTY_WORDS}


# After a name, an appositive that introduces the person: ", president of …", ", a senior fellow at …", " — who …".
_INTRODUCING_APPOSITIVE = re.compile(r"\s*(?:,|—|--)\s*(?:who\b|(?:(?:a|an|the)\s+)?(?P<words>(?:[\w-]+\s+){0,3}[\w-]+))")


def _appositive_follows(text: str, end: int) -> int:
    """"Henry Crespo, president of the caucus": where the appositive saying who the person is ends, or 0."""
    match = _INTRODUCING_APPOSITIVE.match(text, end)
    if match is None:
        return 0
    if match.group("words") is None:
        return end  # " — who …": the relative clause says who, the name stands alone
    if not any(w.lower() in lexicon()["role_word_set"] for w in match.group("words").split()):
        return 0
    return _APPOSITIVE_END.search(text, match.start("words")).start()


_APPOSITIVE_END = re.compile(r"[,;.!?—(]|\s--|$")


# Nouns for what someone thinks or says: "Mr. Obama’s bet is that …" reports his view.
_VIEW_NOUNS = {"bet", "view", "argument", "position", "message", "point", "hope", "fear", "belief", "claim", "case",
               "answer", "response", "reply", "pitch", "promise", "pledge", "warning", "complaint", "plan", "goal"}


def _is_view_noun(text: str, at: int) -> bool:
    match = re.match(r"\s+([a-z]+)\b", text[at:at + 30])
    return bool(match) and match.group(1) in _VIEW_NOUNS


@lru_cache(maxsize=1)
def _kin_pattern() -> re.Pattern:
    """"my mother", "his wife" — a possessive and a kin word, not followed by a name."""
    kin = "|".join(sorted(lexicon()["kin_words"], key=len, reverse=True))
    return re.compile(rf"\b([Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+({kin})\b(?!\s+[A-Z])")


# Honorifics and titles _SENTENCE_START lets open a subject; they are not a given name.
_SUBJECT_TITLES = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov"}

_AUXILIARIES = {"can", "could", "will", "would", "is", "was", "has", "had", "did", "may", "might", "should", "must"}

_GENDERED_PRONOUNS = {"male": re.compile(r"\b(?:he|him|his|himself)\b", re.I),
                      "female": re.compile(r"\b(?:she|her|hers|herself)\b", re.I)}
# a second person in the sentence ("his wife", "her husband", "the president") may own the pronoun instead
_OTHER_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\b|\b(?:wife|husband|son|daughter|mother|father|brother|sister)\b", re.I)


def _titled_description(text: str) -> bool:
    """"… said to the Republican nominee, who began his speech": a person named by a title may own the pronoun."""
    roles = lexicon()["roles"]
    return any(any(w.lower() in roles for w in match.group(1).split()) for match in _DESCRIBED_PERSON.finditer(text))


# "the nominee", "the Republican nominee", "a senior official": a determiner and up to three words
_DESCRIBED_PERSON = re.compile(r"\b(?:[Tt]he|an?)\s+((?:[\w-]+\s+){0,2}[\w-]+)")


@dataclass
class _Entry:
    speaker: Speaker
    last_seen: int
    last_spoke: int = -1  # body offset of this speaker's latest attributed statement
    last_subject: int = -1  # body offset of the latest sentence this person opens as its subject
    last_introduced: int = -1  # body offset of the latest mention by full name or title ("Henry Crespo, president of …")

    @property
    def focus(self) -> int:
        """When this person was last in focus: speaking, or the subject of a sentence."""
        return max(self.last_spoke, self.last_subject)


@dataclass
class SpeakerRegistry:
    """The people, organisations and anonymous sources of one article, in order of mention."""

    entries: list[_Entry] = field(default_factory=list)
    answerer: Speaker | None = None  # who answers the questions of a Q&A transcript
    # "Bryan Anderson" seen in running text, by surname: a later "Anderson agreed …" names him
    full_names: dict[str, str] = field(default_factory=dict)
    scope_start: int | None = None  # inside a quoted excerpt: pronouns look only at people it names
    paragraph_starts: list[int] = field(default_factory=list)  # body offsets, ascending
    opens_with_quote: bool = False  # the current paragraph opens with a quotation

    def begin_paragraph(self, offset: int, opens_with_quote: bool) -> None:
        """Note a paragraph start: a quote opening a paragraph may be the person the last one introduced."""
        if not self.paragraph_starts or offset > self.paragraph_starts[-1]:
            self.paragraph_starts.append(offset)
            self.opens_with_quote = opens_with_quote

    def resolve(self, phrase: str, position: int) -> Speaker | None:
        """The canonical Speaker for a phrase at body offset ``position`` (registering new ones)."""
        speaker = self._resolve(phrase, position)
        entry = next((e for e in self.entries if e.speaker is speaker), None)
        if entry is not None:
            entry.last_spoke = max(entry.last_spoke, position)
        return speaker

    def _resolve(self, phrase: str, position: int) -> Speaker | None:
        group = self._resolve_group(phrase, position)
        if group is not None:
            return group
        parsed = parse_speaker(phrase)
        if parsed is None:
            return None
        if parsed.kind == "pronoun":
            return self._resolve_pronoun(parsed, position)
        if parsed.kind == "description" and parsed.head in lexicon()["kin_words"]:
            relative = next((e for e in self.entries if e.speaker.kind == "person"
                             and e.speaker.name == parsed.name.lower()), None)
            if relative is not None:
                relative.last_seen = position
                return relative.speaker  # "my mother said" after "my mother mentioned …"
        if parsed.kind == "description" and parsed.head and parsed.head in lexicon()["org_words_set"]:
            organisation = self._organisation_with(parsed.head)
            if organisation is not None:
                organisation.last_seen = position
                return organisation.speaker  # "the ministry" after "China’s Commerce Ministry"
        if parsed.kind == "description" and parsed.head and parsed.mention.lower().startswith("the ") \
                and parsed.head in lexicon()["roles"] and parsed.speaker_type != "anonymous":
            holder = self._person_with_role(parsed.head, position, parsed.mention)
            if holder is not None:
                holder.last_seen = position
                return holder.speaker  # "the minister" after "Trade Minister Ryosei Akazawa"
        if parsed.kind == "description" and parsed.head:
            earlier = self._by_head(parsed.head)
            if earlier is not None:
                earlier.last_seen = position
                return earlier.speaker
        if parsed.kind == "person":
            earlier = self._same_person(parsed)
            if earlier is not None:
                self._merge(earlier.speaker, parsed)
                earlier.last_seen = position
                return earlier.speaker
        if parsed.kind == "organisation":
            earlier = next((e for e in self.entries if e.speaker.kind == "organisation"
                            and e.speaker.name and parsed.name and e.speaker.name.lower() == parsed.name.lower()), None)
            if earlier is not None:
                earlier.last_seen = position
                return earlier.speaker
        self._add(parsed, position)
        return parsed

    def _resolve_group(self, phrase: str, position: int) -> Speaker | None:
        """"Mara Quist and Mr Sato", "Senators Dana Reyes and Tom Hale": two people speaking together.

        Each part must be a person the article already named, or carry a title, an honorific or a
        known given name (so "Procter and Gamble" or "Customs and Border Protection" stay organisations).
        The members are registered one by one; the group itself answers a later "they".
        """
        match = _COORDINATED.match(_clean(re.sub(r"\s+", " ", phrase or "")))
        if match is None:
            return None
        first, second = match.group("a"), match.group("b")
        title = first.split()[0]
        if title.lower().endswith("s") and title.lower()[:-1] in lexicon()["roles"] and len(first.split()) > 1:
            # "Senators Dana Reyes and Tom Hale": the plural title belongs to both
            first = title[:-1] + " " + first.split(None, 1)[1]
            second = second if second.split()[0].lower() in lexicon()["role_word_set"] else title[:-1] + " " + second
        parts = [parse_speaker(first), parse_speaker(second)]
        if any(p is None or p.kind != "person" or not p.name for p in parts):
            return None
        if not all(self._same_person(p) is not None or p.role or p.gender for p in parts):
            return None
        members = [self._resolve(part, position) for part in (first, second)]
        if any(m is None or m.kind != "person" for m in members):
            return None
        name = " and ".join(m.name for m in members)
        existing = next((e for e in self.entries if e.speaker.kind == "group" and e.speaker.name == name), None)
        if existing is not None:
            existing.last_seen = position
            return existing.speaker
        types = {m.speaker_type for m in members}
        roles = {m.role for m in members}
        group = Speaker(name, "group", types.pop() if len(types) == 1 else "other",
                        role=roles.pop() if len(roles) == 1 else None, plural=True, mention=phrase)
        self.entries.append(_Entry(group, position))
        return group

    def observe(self, text: str, offset: int) -> None:
        """Note people named in running text (by honorific, title or known surname) as recent mentions."""
        lex = lexicon()
        for match in _TITLED_NAME.finditer(text):
            # a lower-case title just before the name counts too ("trade envoy Mara Quist")
            # (whole words only, and a party or country word may open it: "Republican presidential nominee")
            before = _TITLE_BEFORE.search(text, max(0, match.start() - 60), match.start())
            title = ""
            if before and before.group(2).split()[-1] in lexicon()["role_word_set"] and len(match.group(0).split()) <= 3:
                title = before.group(2)  # the word right before the name is the title
                if before.group(1) and before.group(1).strip().lower() in ROLE_MODIFIERS | {"gop"}:
                    title = before.group(1) + title
            introduced = _appositive_follows(text, match.end())
            # with the appositive ("Lena Marsh, president of …"): the title makes the name a person's
            phrase = title + (text[match.start():introduced] if introduced else match.group(0))
            self._observe_titled(phrase, offset + match.start() - len(title), introduced=bool(introduced))
        for match in re.finditer(r"\b(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+((?:[A-Z][\w’'-]+\s?){1,3})", text):
            parsed = parse_speaker(match.group(0))
            if parsed is None or parsed.kind != "person":
                continue
            earlier = self._same_person(parsed)
            position = offset + match.start()
            if earlier is not None:
                earlier.last_seen = max(earlier.last_seen, position)
                if earlier.speaker.gender is None and lex["honorifics"].get(match.group(1).lower()):
                    earlier.speaker.gender = lex["honorifics"][match.group(1).lower()]
            elif len(parsed.name.split()) >= 2 or parsed.gender:  # "Mr. Sato": a surname with a known gender
                self._add(parsed, position)
        for entry in self.entries:
            speaker = entry.speaker
            if speaker.kind != "person" or not speaker.name:
                continue
            surname = speaker.name.split()[-1]
            if surname not in text:
                continue  # a plain substring test first: most known people are not in most paragraphs
            for match in _word_pattern(surname).finditer(text):
                entry.last_seen = max(entry.last_seen, offset + match.start())
        self._learn_gender_from_pronouns(text)
        for match in _FIRST_LAST.finditer(text):
            if match.group(1).lower() not in _NOT_NAME_WORDS and not _is_role_or_org(match.group(1), match.group(2)):
                self.full_names.setdefault(match.group(2), match.group(0))
        self._note_subjects(text, offset)
        self._note_organisation_subjects(text, offset)
        self._note_group_subjects(text, offset)
        self._note_kin(text, offset)

    def _note_kin(self, text: str, offset: int) -> None:
        """"my mother mentioned …", "his wife": a relative the writer names by kin word is a person a later
        "she"/"he" may mean, with the kin word's gender (not when a name follows: "his wife Melania")."""
        for match in _kin_pattern().finditer(text):
            name = f"{match.group(1).lower()} {match.group(2).lower()}"
            position = offset + match.start()
            known = next((e for e in self.entries if e.speaker.kind == "person" and e.speaker.name == name), None)
            if known is not None:
                known.last_seen = max(known.last_seen, position)
                continue
            gender = "female" if match.group(2).lower() in lexicon()["gendered_words"]["female"] else "male"
            self.entries.append(_Entry(Speaker(name, "person", "other", gender=gender, head=match.group(2).lower(),
                                               mention=match.group(0)), position))

    def _note_group_subjects(self, text: str, offset: int) -> None:
        """"Twenty-seven states led by West Virginia are challenging …", "Critics of the program, like …, see …":
        a plural group opening a sentence is registered, so a later "they" finds it before it speaks."""
        for sentence in _SENTENCE_OPENING.finditer(text):
            found = group_subject(text[sentence.end():sentence.end() + 200])
            if found is None:
                continue
            speaker = found
            position = offset + sentence.end()
            known = next((e for e in self.entries if e.speaker.kind == "generic" and e.speaker.name == speaker.name), None)
            if known is not None:
                known.last_seen = max(known.last_seen, position)
            else:
                self.entries.append(_Entry(speaker, position))

    def _note_organisation_subjects(self, text: str, offset: int) -> None:
        """"Donald Trump’s campaign is defending …": an organisation opening a sentence before its verb is
        registered, so a later "it" (or "it calls") finds it even before it speaks."""
        lex = lexicon()
        for sentence in [*_ORG_SUBJECT.finditer(text), *_BODY_OF_PLACE_SUBJECT.finditer(text),
                         *_ORG_SUBJECT_AFTER_OPENING.finditer(text)]:
            words = sentence.group("org").split()
            verb = sentence.group("verb")
            position = offset + sentence.start("org")
            if len(words) == 2 and words[0] == "The" and words[1] in lex["org_words_set"] and verb not in _NOT_VERBS:
                # "The city sent a letter.": the body named before ("the city of Phoenix") is the subject again
                known = self._organisation_with(words[1])
                if known is not None:
                    known.last_seen = max(known.last_seen, position)
                continue
            if words[-1].lower() not in lex["org_words_set"] and sentence.re is _ORG_SUBJECT \
                    or verb not in lex["clause_words"] and not re.fullmatch(r"[a-z]+(?:s|ed)", verb):
                continue
            parsed = parse_speaker(sentence.group("org"))
            if parsed is None or parsed.kind != "organisation":
                continue
            known = next((e for e in self.entries if e.speaker.kind == "organisation"
                          and e.speaker.name == parsed.name), None)
            if known is not None:
                known.last_seen = max(known.last_seen, position)
            else:
                self._add(parsed, position)

    def _note_subjects(self, text: str, offset: int) -> None:
        """"Ham made it clear …": a person opening a sentence is its subject, the likeliest later "he"."""
        people = [e for e in self.entries if e.speaker.kind == "person" and e.speaker.name]
        for sentence in _SENTENCE_START.finditer(text):
            opening = sentence.group("subject")
            owner = _POSSESSIVE.match(opening)
            if owner and _is_view_noun(text, sentence.end("subject")):
                opening = owner.group(1)  # "Mr. Obama’s bet is that …": his view is reported, he is in focus
            title = sentence.group("title")
            if title and title.split()[-1] not in lexicon()["role_word_set"]:
                continue  # "In May, presidential nominee X said …" has a title; "In May, prices in X rose" no subject
            named = [e for e in people if _word_at_end(e.speaker.name.split()[-1]).search(opening)]
            full = [e for e in named if opening.endswith(e.speaker.name)]
            given = [w for w in opening.split() if w.lower().rstrip(".") not in _SUBJECT_TITLES]
            first = given[0] if len(given) >= 2 else None  # "Mr. Schultz": no given name to compare
            if first and not full and all(not e.speaker.name.startswith(first[:1]) for e in named):
                named = []  # "Rakeyia Scott" after "Keith Lamont Scott": another person of that surname
            # "Clinton" alone with two Clintons known: the one in view most recently
            subject = max(full or named, key=lambda e: e.last_seen, default=None)
            if subject is None and _subject_verb(text, _after_appositive(text, sentence.end("subject"))):
                subject = self._register_subject(opening, offset + sentence.start("subject"))
                if subject is not None:
                    people.append(subject)
            if subject is not None:
                subject.last_subject = max(subject.last_subject, offset + sentence.start("subject"))

    def _register_subject(self, opening: str, position: int) -> _Entry | None:
        """"Rakeyia Scott can be heard …": a first and last name opening a sentence, before a verb, is a person."""
        words = opening.split()
        if len(words) == 1 and words[0] in self.full_names:
            opening = self.full_names[words[0]]  # "Anderson agreed …" after "… and Bryan Anderson, who …"
            words = opening.split()
        if len(words) not in (2, 3) or any(w.lower().strip(".") in _NOT_NAME_WORDS for w in words):
            return None
        if any(w.lower() in lexicon()["role_word_set"] or w.lower() in lexicon()["org_words_set"] for w in words):
            return None
        parsed = parse_speaker(opening)
        if parsed is None or parsed.kind != "person" or parsed.name != opening:
            return None
        entry = _Entry(parsed, position)
        self.entries.append(entry)
        return entry

    def _learn_gender_from_pronouns(self, text: str) -> None:
        """"Ham said he had misgivings": a sentence naming one person and using only "he/his" tells his gender."""
        unknown = [e for e in self.entries if e.speaker.kind == "person" and e.speaker.name and e.speaker.gender is None]
        if not unknown:
            return
        people = [e for e in self.entries if e.speaker.kind == "person" and e.speaker.name
                  and e.speaker.name.split()[-1] in text]  # a substring test first, the word match per sentence
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            named = [e for e in people if _word_pattern(e.speaker.name.split()[-1]).search(sentence)]
            if len(named) != 1 or named[0].speaker.gender is not None:
                continue
            after = sentence[_word_pattern(named[0].speaker.name.split()[-1]).search(sentence).end():]
            genders = {gender for gender, pattern in _GENDERED_PRONOUNS.items() if pattern.search(after)}
            if len(genders) == 1 and not _OTHER_PERSON.search(after) and not _titled_description(after):
                named[0].speaker.gender = genders.pop()

    def _observe_titled(self, phrase: str, position: int, introduced: bool = False) -> None:
        """"Treasury Secretary Scott Bessent met ...": remember the full name and title for later mentions."""
        phrase = re.sub(r"[’']s?$", "", phrase)  # "Donald Trump’s claim": the owner is named too
        parsed = parse_speaker(phrase)
        if parsed is None or parsed.kind != "person" or not parsed.name:
            return
        if len(parsed.name.split()) < 2 and not (parsed.role and _role_type(parsed.role) in ("leader", "official")):
            return
        first = parsed.name.split()[0].lower()
        known_first = first in lexicon()["female_names"] or first in lexicon()["male_names"]
        if not (parsed.role or known_first):
            return  # two capitalised words alone may be a place, a company or "Miss Universe"
        earlier = self._same_person(parsed)
        if earlier is not None:
            self._merge(earlier.speaker, parsed)
            earlier.last_seen = max(earlier.last_seen, position)
        else:
            self._add(parsed, position)
            earlier = self.entries[-1]
        if introduced:
            earlier.last_introduced = max(earlier.last_introduced, position)

    def _add(self, speaker: Speaker, position: int) -> None:
        if speaker.kind == "person" and speaker.gender is None:
            speaker.gender = _known_person_gender(speaker.name)  # "President Obama": the lexicon's Barack Obama
        self.entries.append(_Entry(speaker, position))

    def most_recent_person(self, position: int) -> Speaker | None:
        """The person mentioned last before ``position`` (the answerer in a Q&A)."""
        people = [e for e in self.entries if e.speaker.kind == "person" and e.last_seen <= position]
        return max(people, key=lambda e: e.last_seen).speaker if people else None

    def _resolve_pronoun(self, pronoun: Speaker, position: int) -> Speaker | None:
        head = pronoun.head
        if head in ("i", "we"):
            return None
        candidates = sorted((e for e in self.entries if e.last_seen <= position), key=lambda e: -e.last_seen)
        if self.scope_start is not None:
            # "Jacques: “Ahead of Trump’s address, he promised …”": the "he" is someone the quote names
            candidates = [e for e in candidates if e.last_seen >= self.scope_start]
        if head in ("he", "she"):
            people = [e for e in candidates if e.speaker.kind == "person" and not e.speaker.plural
                      and e.speaker.gender in (pronoun.gender, None)]
            # a person who spoke just before is the likeliest "he"/"she" (news text keeps its speaker in focus);
            # otherwise the most recent person mentioned whose gender fits (or is not known)
            recent = [e for e in people if 0 <= position - e.focus <= SPEAKER_FOCUS_CHARS]
            chosen = max(recent, key=lambda e: e.focus) if recent else (people[0] if people else None)
            introduced = self._introduced_before_quote(people, position)
            if introduced is not None and (chosen is None or chosen.last_seen < introduced.last_introduced):
                chosen = introduced
            match = chosen.speaker if chosen is not None else None
            if match is not None and match.gender is None:
                match.gender = pronoun.gender  # learnt: later pronouns agree with this one
            return match
        for entry in candidates:
            speaker = entry.speaker
            if head == "they" and (speaker.plural or speaker.kind in ("organisation", "generic")):
                return speaker
            if head == "it" and (speaker.kind == "organisation" or speaker.head in lexicon()["document_set"]):
                return speaker  # "it added": the ministry, or the report quoted before
        return None

    def _introduced_before_quote(self, people: list[_Entry], position: int) -> _Entry | None:
        """"… concerns Henry Crespo, president of the caucus. ¶ “Q,” he said.": a person the previous paragraph
        introduced by full name or title, who has not spoken yet, is the speaker a quote opening this paragraph
        introduces with a pronoun."""
        starts = self.paragraph_starts
        if not self.opens_with_quote or len(starts) < 2 or not starts[-1] <= position:
            return None
        previous = [e for e in people if starts[-2] <= e.last_introduced < starts[-1] and e.last_spoke < 0]
        return max(previous, key=lambda e: e.last_introduced, default=None)

    def _person_with_role(self, head: str, position: int, described: str = "") -> _Entry | None:
        """The most recent person whose title ends in ``head`` ("the minister", "the senator"), never one of
        another party than the description names ("the Democratic nominee" is not the Republican nominee)."""
        party = _parties(described)
        people = [e for e in self.entries if e.speaker.kind == "person" and e.speaker.role and e.last_seen <= position
                  and e.speaker.role.lower().split()[-1] == head
                  and not (party and _parties(e.speaker.role) and party != _parties(e.speaker.role))]
        return max(people, key=lambda e: e.last_seen) if people else None

    def _organisation_with(self, word: str) -> _Entry | None:
        for entry in sorted(self.entries, key=lambda e: -e.last_seen):
            name = (entry.speaker.name or "").lower()
            if entry.speaker.kind == "organisation" and word in name.split():
                return entry
        return None

    def _by_head(self, head: str) -> _Entry | None:
        for entry in reversed(self.entries):
            if entry.speaker.head == head and entry.speaker.kind in ("anonymous", "description"):
                return entry
        return None

    def _same_person(self, parsed: Speaker) -> _Entry | None:
        if not parsed.name:
            return None
        tokens = parsed.name.lower().split()
        for entry in reversed(self.entries):
            known = entry.speaker
            if known.kind != "person" or not known.name:
                continue
            known_tokens = known.name.lower().split()
            if tokens == known_tokens:
                return entry
            if len(tokens) == 1 and tokens[0] == known_tokens[-1]:
                return entry
            if len(tokens) >= 2 and tokens[-1] == known_tokens[-1] and tokens[0][:1] == known_tokens[0][:1]:
                return entry
            if len(tokens) < len(known_tokens) and known_tokens[-len(tokens):] == tokens:
                return entry  # "von der Leyen" after "Ursula von der Leyen"
        return None

    @staticmethod
    def _merge(known: Speaker, new: Speaker) -> None:
        known_role_given = bool(known.role)
        if known.role and new.role and new.role.lower().startswith("former") and not known.role.lower().startswith("former"):
            # "advisor" seen in running text, "Former Whitfield advisor" in the attribution: the post is a past one
            known.role, known.speaker_type = new.role, new.speaker_type
        known.role = known.role or new.role
        known.org = known.org or new.org
        known.gender = known.gender or new.gender
        known.country_hint = known.country_hint or new.country_hint
        if known.speaker_type == "other" and new.speaker_type != "other" and not known_role_given:
            known.speaker_type = new.speaker_type  # only when no title of its own decided the type
