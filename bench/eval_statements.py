"""Measure statement extraction against gold attributions.

PolNeAR (../shared/data/polnear-dev, brat standoff): every predicted statement
is paired one-to-one with a gold attribution whose content overlaps it (word
Jaccard >= 0.5, best pairs first). Reported:

- precision: share of predicted statements paired with a gold attribution;
- quoted recall: share of gold attributions whose content holds quotation marks
  that were found; speech-verb recall: the same for attributions whose cue is a
  speech verb (pipeline/data/speech_verbs.yaml) or "according to"; beliefs and
  intentions ("wants", "a poll shows") are not statements and are only in the
  "all" recall;
- speaker accuracy over paired statements whose gold source names someone: the
  gold source (a pronoun or "who" is taken back to the nearest earlier gold
  source that names someone) and the predicted speaker share a significant
  word (surname, organisation word or description head).

Team gold (tests/gold/statements/<set>/*.json, docs/gold-format.md): recall by
anchor, speaker / role / organisation / kind accuracy on found rows.

Usage: .venv/bin/python bench/eval_statements.py [--errors N [--verbose]] [--set polnear|samples|white-house|all]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gold import shared_data_path  # noqa: E402
from pipeline.model import Article, Paragraph  # noqa: E402
from pipeline.speakers import lexicon  # noqa: E402
from pipeline.statements import extract_statements  # noqa: E402

JACCARD_MIN = 0.5
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "who", "which", "his", "her", "their", "its", "that", "whom"}
STOP = {"the", "a", "an", "of", "and", "mr", "ms", "mrs", "dr", "at", "for", "in", "on", "to", "s", "rev", "sen",
        "president", "former", "u", "said"}


def shared_data() -> Path:
    return shared_data_path()


def words(text: str) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def jaccard(a: str, b: str) -> float:
    sa, sb = set(words(a)), set(words(b))
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


# ---------------------------------------------------------------- PolNeAR


@dataclass
class GoldAttribution:
    content: str
    content_start: int
    cue: str
    source: str
    source_start: int

    @property
    def quoted(self) -> bool:
        return any(mark in self.content for mark in "“”\"")

    @property
    def speech(self) -> bool:
        cue_words = words(self.cue)
        verbs = lexicon()["speech_verbs_set"]
        return "according to" in " ".join(cue_words) or any(w in verbs for w in cue_words)


def polnear_article(path: Path) -> Article:
    """One paragraph per line of the raw text, offsets into the raw text (the .ann offsets)."""
    raw = path.read_text(encoding="utf-8")
    paragraphs = []
    offset = 0
    for line in raw.split("\n"):
        if line.strip():
            paragraphs.append(Paragraph(len(paragraphs), line, offset, offset + len(line)))
        offset += len(line) + 1
    return Article(body=raw, paragraphs=paragraphs, article_id=path.stem)


def read_ann(path: Path, raw: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[int, int, str, str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind_offsets = parts[1].split(" ", 1)
            ranges = [tuple(int(x) for x in r.split()) for r in kind_offsets[1].split(";")]
            start, end = ranges[0][0], ranges[-1][1]
            # a discontinuous span ("“Q1,” she said, “Q2”") is its fragments joined, not what lies between
            text = " ".join(raw[a:b] for a, b in ranges)
            spans[parts[0]] = (start, end, kind_offsets[0], text)
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(item.split(":", 1) for item in parts[1].split() if ":" in item)
            events.append({re.sub(r"\d+$", "", k): v for k, v in roles.items()})
    gold = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if content is None:
            continue
        cue = spans.get(event.get("Cue", ""))
        source = spans.get(event.get("Source", ""))
        gold.append(GoldAttribution(
            content[3], content[0],
            cue[3] if cue else "",
            source[3] if source else "", source[0] if source else content[0],
        ))
    return gold


def named_source(gold: GoldAttribution, all_gold: list[GoldAttribution]) -> str | None:
    """The gold source as a name: a pronoun is taken back to the nearest earlier named source."""
    if gold.source and all(w in lexicon()["speech_verbs_set"] for w in words(gold.source)):
        return None  # a few gold rows mark the cue ("said") as the source: nothing to compare against
    if gold.source and gold.source.strip().lower() not in PRONOUNS:
        return gold.source
    if not gold.source:
        return None
    earlier = [g for g in all_gold if g.source and g.source_start < gold.source_start
               and g.source.strip().lower() not in PRONOUNS and _names_someone(g.source)]
    if STRICT_PRONOUNS:
        # "he"/"she" can only go back to one person, not to "a tweet", "the article" or "India and Pakistan"
        earlier = [g for g in earlier if _can_be_antecedent(gold.source.strip().lower(), g.source)]
    return max(earlier, key=lambda g: g.source_start).source if earlier else None


STRICT_PRONOUNS = True  # --loose-pronouns: the first scorer (any earlier named source)
NAMED_SOURCES_ONLY = True  # --round3-scorer: a capitalised first word ("The Republican nominee") counts as a name

# Capitalised words that describe rather than name: party and nationality adjectives.
_DESCRIBING_WORDS = {"republican", "democratic", "democrat", "gop", "american", "european", "british", "chinese",
                     "russian", "japanese", "german", "french", "korean", "north", "south", "other", "few", "many",
                     "the", "a", "an", "some", "several", "most", "all", "both"}


def _names_someone(source: str) -> bool:
    """A source that names someone. One capitalised word is taken as a name ("Wimes", "Delegates" alike);
    in a longer source capitalised determiners and party or nationality adjectives name no one, so "The
    Republican presidential nominee" and "Few people" are descriptions; "Dean, a medical doctor", "Mr. Obama"
    and "the Security Council" are names."""
    tokens = source.split()
    if not NAMED_SOURCES_ONLY or len(tokens) == 1:
        return any(w[:1].isupper() for w in tokens)
    return any(w[:1].isupper() and words(w) and words(w)[0] not in _DESCRIBING_WORDS for w in tokens)


def _can_be_antecedent(pronoun: str, source: str) -> bool:
    if pronoun not in ("he", "she", "his", "her"):
        return True
    source_words = words(source)
    things = lexicon()["document_set"] | {"rules", "rule", "program", "site", "website", "campaign", "party",
                                           "committee", "city", "state", "government", "network"}
    head = source.split(",")[0]
    head_words = words(head)
    if not head_words:
        return False
    plural = " and " in f" {head.lower()} " or (head_words[-1].endswith("s") and head_words[0] in ("the", "a", "few", "many", "some", "other"))
    return not plural and not any(w in things for w in source_words[:6])


def speaker_matches(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    p = {w for w in words(predicted) if w not in STOP and len(w) > 1}
    g = {w for w in words(gold) if w not in STOP and len(w) > 1}
    if not p and not g:  # "the former president" against "the former president"
        return words(predicted) == words(gold)
    return bool(p & g)


def description_matches_role(gold: str, role: str | None) -> bool:
    """Gold "the president" / "the senator" against a resolved person holding that title.

    The extractor resolves such descriptions to the person (canonical names); the
    annotators kept the description, so a title whose head noun matches counts.
    """
    match = re.match(r"(?i)^the\s+(?:former\s+|new\s+)?(\w+)$", gold.strip())
    if match and role and match.group(1).lower() in words(role):
        return True
    if not NAMED_SOURCES_ONLY:
        return False
    # "The Republican nominee" against a person titled "Republican presidential nominee": every word of the
    # description (but the article) is in the title
    described = [w for w in words(gold) if w not in ("the", "former", "new")]
    return bool(role) and gold.strip().lower().startswith("the ") and len(described) >= 2 \
        and all(w in words(role) for w in described)


def pair(predicted: list, gold: list, text_of_pred, text_of_gold) -> list[tuple[int, int, float]]:
    scored = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            score = jaccard(text_of_pred(p), text_of_gold(g))
            if score >= JACCARD_MIN:
                scored.append((score, i, j))
    scored.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for score, i, j in scored:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j, score))
    return pairs


def _miss_context(article: Article, gold: GoldAttribution, predicted: list) -> str:
    """The paragraph around a missed gold attribution and the nearest prediction in it, for --verbose."""
    paragraph = next((p for p in article.paragraphs if p.char_start <= gold.content_start < p.char_end + 1), None)
    text = paragraph.text if paragraph else ""
    near = [s for s in predicted if paragraph is not None and s.paragraph_index == paragraph.index]
    best = max(near, key=lambda s: jaccard(s.quote, gold.content), default=None)
    shown = f"J={jaccard(best.quote, gold.content):.2f} {best.kind} [{best.speaker}] {best.quote[:100]!r}" if best else "nothing predicted"
    return f"| {text[:300]!r}\n         -> {shown}"


def evaluate_polnear(folder: Path, show_errors: int, verbose: bool = False) -> dict[str, float]:
    texts = sorted((folder / "text").glob("*.txt"))
    ann_dir = folder / "attributions"
    totals = defaultdict(int)
    errors: list[str] = []
    for text_path in texts:
        anns = sorted(ann_dir.glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        article = polnear_article(text_path)
        gold = read_ann(anns[0], article.body)
        predicted = extract_statements(article)
        pairs = pair(predicted, gold, lambda s: s.quote, lambda g: g.content)
        matched_gold = {j for _, j, _ in pairs}
        matched_pred = {i for i, _, _ in pairs}
        totals["articles"] += 1
        totals["predicted"] += len(predicted)
        totals["correct"] += len(matched_pred)
        totals["gold"] += len(gold)
        totals["gold_found"] += len(matched_gold)
        for j, g in enumerate(gold):
            if g.quoted:
                totals["quoted"] += 1
                totals["quoted_found"] += j in matched_gold
            if g.speech:
                totals["speech"] += 1
                totals["speech_found"] += j in matched_gold
            if j not in matched_gold and (g.quoted or g.speech) and len(errors) < show_errors * 3:
                errors.append(f"MISS {text_path.stem[:30]} {'quoted' if g.quoted else 'speech'} [{g.source} | {g.cue}] {g.content[:140]!r}")
                if verbose:
                    errors.append("MISS   " + _miss_context(article, g, predicted))
        for i, j, _ in pairs:
            name = named_source(gold[j], gold)
            if name is None:
                continue
            totals["speaker_scored"] += 1
            ok = speaker_matches(predicted[i].speaker, name) or description_matches_role(name, predicted[i].speaker_role)
            totals["speaker_right"] += ok
            if not ok and len(errors) < show_errors * 3:
                errors.append(f"SPKR {text_path.stem[:30]} pred={predicted[i].speaker!r} gold={gold[j].source!r}->{name!r}: {predicted[i].quote[:80]!r}")
        for i, s in enumerate(predicted):
            if i not in matched_pred and len(errors) < show_errors * 3:
                best = max((jaccard(s.quote, g.content) for g in gold), default=0)
                errors.append(f"FP   {text_path.stem[:30]} {s.kind} [{s.speaker} | {s.verb}] J={best:.2f} {s.quote[:140]!r}")
    figures = {
        "articles": totals["articles"],
        "predicted": totals["predicted"],
        "gold attributions": totals["gold"],
        "precision": totals["correct"] / max(totals["predicted"], 1),
        "quoted recall": totals["quoted_found"] / max(totals["quoted"], 1),
        "speech-verb recall": totals["speech_found"] / max(totals["speech"], 1),
        "all recall": totals["gold_found"] / max(totals["gold"], 1),
        "speaker accuracy": totals["speaker_right"] / max(totals["speaker_scored"], 1),
        "quoted gold": totals["quoted"],
        "speech-verb gold": totals["speech"],
        "speakers scored": totals["speaker_scored"],
    }
    if show_errors:
        for kind in ("MISS", "FP", "SPKR"):
            shown = [e for e in errors if e.startswith(kind)][:show_errors]
            print("\n".join(shown))
    return figures


# ---------------------------------------------------------------- team gold


def evaluate_team_gold(set_name: str, show_errors: int) -> dict[str, float] | None:
    try:
        from bench.gold import anchor_in, load_gold, normalise  # the team's loader (docs/gold-format.md)
    except ImportError:
        print(f"[{set_name}] bench/gold.py not available yet: skipped")
        return None
    documents = load_gold("statements", set_name)
    if not documents:
        print(f"[{set_name}] no gold files yet: skipped")
        return None
    from pipeline.parse import parse_document

    totals = defaultdict(int)
    for document in documents:
        path = document.path
        if path is None:
            print(f"[{set_name}] skipped {document.document}: file not found")
            continue
        article = parse_document(path.read_bytes(), path.name)
        article.article_id = path.stem
        predicted = extract_statements(article)
        used: set[int] = set()
        for row in document.rows:
            totals["gold"] += 1
            hit = next((i for i, s in enumerate(predicted) if i not in used and anchor_in(row.get("anchor"), s.quote)), None)
            if hit is None:
                if show_errors:
                    print(f"MISS {path.name[:40]} {row.get('anchor')!r} [{row.get('speaker')}]")
                continue
            used.add(hit)
            totals["found"] += 1
            statement = predicted[hit]
            for field in ("speaker", "speaker_role", "speaker_org", "kind", "speaker_type"):
                if field not in row:
                    continue
                totals[field + "_scored"] += 1
                ok = _same(getattr(statement, field), row[field], normalise)
                totals[field + "_right"] += ok
                if not ok and show_errors:
                    print(f"FIELD {path.name[:40]} {field}: pred={getattr(statement, field)!r} gold={row[field]!r} ({row.get('anchor')!r})")
        totals["predicted"] += len(predicted)
        if show_errors:
            for i, s in enumerate(predicted):
                if i not in used:
                    print(f"EXTRA {path.name[:40]} {s.kind} [{s.speaker}] {s.quote[:100]!r}")
    figures = {"gold rows": totals["gold"], "recall": totals["found"] / max(totals["gold"], 1),
               "predicted": totals["predicted"]}
    for field in ("speaker", "speaker_role", "speaker_org", "kind", "speaker_type"):
        if totals[field + "_scored"]:
            figures[field + " accuracy"] = totals[field + "_right"] / totals[field + "_scored"]
    return figures


def _same(predicted, gold, normalise) -> bool:
    def clean(value):
        if value is None:
            return None
        text = normalise(str(value)).strip()
        return re.sub(r"^(the|a|an)\s+", "", text)
    return clean(predicted) == clean(gold)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="show up to N misses, false positives, speaker errors")
    parser.add_argument("--loose-pronouns", action="store_true",
                        help="score a gold he/she against any earlier named source (the first scorer), not only a person")
    parser.add_argument("--round3-scorer", action="store_true",
                        help="the round 3 scorer: a capitalised first word makes a gold source a name a pronoun goes "
                             "back to ('The Republican nominee'), and only 'the <title>' descriptions match a title")
    parser.add_argument("--verbose", action="store_true", help="with --errors: the paragraph and nearest prediction of each miss")
    parser.add_argument("--set", default="all", choices=["polnear", "samples", "white-house", "all"])
    args = parser.parse_args()
    global STRICT_PRONOUNS, NAMED_SOURCES_ONLY
    STRICT_PRONOUNS = not args.loose_pronouns
    NAMED_SOURCES_ONLY = not args.round3_scorer
    if args.set in ("polnear", "all"):
        folder = shared_data() / "polnear-dev"
        if not folder.is_dir():
            print(f"polnear-dev not found at {folder}: skipped (set TRADEDEALS_SHARED_DATA)")
        else:
            figures = evaluate_polnear(folder, args.errors, args.verbose)
            print("PolNeAR dev:")
            for key, value in figures.items():
                print(f"  {key:20s} {value:.3f}" if isinstance(value, float) else f"  {key:20s} {value}")
    for set_name in ("samples", "white-house"):
        if args.set in (set_name, "all"):
            if set_name == "white-house" and not (shared_data() / "white-house").is_dir():
                print("white-house not found: skipped")
                continue
            figures = evaluate_team_gold(set_name, args.errors)
            if figures:
                print(f"team gold {set_name}:")
                for key, value in figures.items():
                    print(f"  {key:20s} {value:.3f}" if isinstance(value, float) else f"  {key:20s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
