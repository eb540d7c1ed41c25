"""A learned second look at every row the rule chain emits: keep it, give it another
category/action, or drop it (round 19, issue 4).

The rules were tuned on the development pages; on wordings nobody tuned on they mostly go
wrong in a row's category or action, or emit a row the gold does not have. The model
(``pipeline/data/models/row_decision.json``, written by ``python -m bench.train_commitment_models
--model row_decision``) reads the row's sentence, its subject, the words before the subject (the
verb that governs it), the chain's own decision and a few shapes of the row, and names the
``category/action`` the gold would give it, or ``none``. It overrides the chain only when its
label beats the chain's by a margin chosen by document-level cross-validation on the training
pages (stored in the model's meta). A changed row keeps its evidence and offsets; its
``confidence`` becomes the model's probability, so a user sees which rows a learned decision
touched. Without the model file the rules decide alone.

(round 45) A model whose meta says ``"decision": "drop"`` only drops rows: a binary model (``keep`` /
``none``) reads ``drop_features`` -- the row's subject, the verb before it, the chain's decision and the
row's shape, not its sentence's words (the pages' wordings: under cross-validation they dropped fewer wrong rows
per right one lost) -- and a row goes when its P(none) passes its register's threshold (meta ``drop_threshold``,
chosen by cross-validation). One look-up a feature a row: the relabelling model cost a third more CPU a pass.
(No such model ships in round 45: under the trainer's merge bar it gained too little.)

(round 21) ``rate_rows`` gives every row, last of all, a ``confidence`` that is an estimate of the
chance it is right in every scored field: a binary model (``row_confidence.json``) reads the row's
shape (the chain's decision, the subject's words and the verb before it, paragraph kind, register,
status, which levels it has, whether it has an actor) -- not its sentence's words, which tie a model
to the tuned pages' wordings -- and its probability is rescaled (Platt) on the out-of-fold predictions
for the pages tuned least, the newest released blind sets, so that it speaks for unseen pages. A row
never gains confidence from it: the stored value is the lower of the rules' own and the model's.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

from pipeline.actors import aliases_within, behind_literals, mention_countries, regex_module_with_cache
from pipeline.learned import LinearModel, load_model, text_features, tokens
from pipeline.model import Article, Commitment, stable_id

re = regex_module_with_cache()  # noqa: F811 (speed, round 27: patterns with their start sets, pipeline/actors.py)

MODEL_NAME = "row_decision"
CONFIDENCE_MODEL = "row_confidence"
RIGHT = "right"  # the confidence model's label of a row right in every scored field
NONE = "none"  # the label of a row the gold does not have
KEEP = "keep"  # (round 45) the drop model's other label
DROP = "drop"  # (round 45) the meta ``decision`` of a model that only drops rows

_ENABLED = [True]


@contextmanager
def rules_alone():
    """Run the extractor without the learned decision (the trainer reads the chain's own rows)."""
    _ENABLED.append(False)
    try:
        yield
    finally:
        _ENABLED.pop()


def row_label(row) -> str:
    """``category/action`` of a row (a Commitment or a gold dict)."""
    if isinstance(row, dict):
        return f"{row.get('category')}/{row.get('action')}"
    return f"{row.category}/{row.action}"


def row_features(row: Commitment, paragraph_kind: str, news: bool, sentence_features: list[str] | None = None,
                 subject_words: bool = True) -> list[str]:
    """The features of one row: its sentence's words and pairs, its subject's words, the three
    words before the subject (``subject_words``), the chain's decision, and the row's shape."""
    evidence = row.evidence or ""
    features = list(sentence_features if sentence_features is not None else text_features(evidence, "s"))
    subject = row.subject or ""
    if subject and subject_words:
        features += text_features(subject, "o", pairs=False)
        at = evidence.find(subject[:40])
        if at > 0:
            features += [f"v:{w}" for w in tokens(evidence[max(0, at - 60):at])[-3:]]
    features += [
        f"chain:{row.category}/{row.action}", f"chaincat:{row.category}", f"pk:{paragraph_kind}",
        "page:news" if news else "page:official",
        f"st:{row.status}",
    ]
    if row.value_to is not None or row.value_from is not None or row.change is not None:
        features.append("has:rate")
    if row.amount is not None:
        features.append("has:amount")
    if row.duration_days is not None:
        features.append("has:duration")
    if row.actor is None:
        features.append("has:no_actor")
    return features


def row_paragraph_kind(paragraphs: list, index: int) -> str:
    """The kind of the row's paragraph (``paragraph`` when its index points at none): a feature of every row model."""
    return paragraphs[index].kind if 0 <= index < len(paragraphs) else "paragraph"


def drop_features(row: Commitment, paragraph_kind: str, news: bool) -> list[str]:
    """(round 45) What the drop model reads: ``row_features`` without the sentence's words."""
    return row_features(row, paragraph_kind, news, [])


def drop_rows(model: LinearModel, rows: list[Commitment], article: Article, news: bool) -> list[Commitment]:
    """The rows the drop model keeps: P(none) at most the register's threshold."""
    threshold = float(model.meta["drop_threshold"]["news" if news else "official"])
    paragraphs = article.paragraphs
    kept = []
    for row in rows:
        kind = row_paragraph_kind(paragraphs, row.paragraph_index)
        if model.probability_of(NONE, drop_features(row, kind, news)) <= threshold:
            kept.append(row)
    return kept


def decide(model: LinearModel, chain: str, features: list[str], change_margin: float,
           drop_margin: float) -> tuple[str | None, float]:
    """(the label to give the row, or None to keep the chain's; the model's probability of it).
    The model's best label must beat the chain's own by the margin ("none" by ``drop_margin``)."""
    probabilities = model.probabilities(features)
    best = max(probabilities, key=probabilities.__getitem__)
    if best == chain:
        return None, probabilities[best]
    lead = probabilities[best] - probabilities.get(chain, 0.0)
    if lead > (drop_margin if best == NONE else change_margin):
        return best, probabilities[best]
    return None, probabilities[best]


def decide_rows(rows: list[Commitment], article: Article, news: bool) -> list[Commitment]:
    """The chain's rows after the learned decision (the end of the row chain)."""
    if not rows or not _ENABLED[-1]:
        return rows
    model = load_model(MODEL_NAME)
    if model is None:
        return rows
    if model.meta.get("decision") == DROP:
        return drop_rows(model, rows, article, news)
    change_margin = float(model.meta.get("change_margin", 1.0))
    drop_margin = float(model.meta.get("drop_margin", 1.0))
    paragraphs = article.paragraphs
    kept: list[Commitment] = []
    by_sentence: dict[str, list[str]] = {}  # rows of one sentence share its words
    for row in rows:
        evidence = row.evidence or ""
        sentence = by_sentence.get(evidence)
        if sentence is None:
            sentence = by_sentence[evidence] = text_features(evidence, "s")
        kind = row_paragraph_kind(paragraphs, row.paragraph_index)
        label, probability = decide(model, row_label(row), row_features(row, kind, news, sentence),
                                    change_margin, drop_margin)
        if label == NONE:
            continue
        if label is not None:
            row.category, row.action = label.split("/", 1)
            row.confidence = round(min(row.confidence, probability), 2)
            # the id named the chain's decision; the row now says another
            row.commitment_id = stable_id(row.commitment_id, label)
        kept.append(row)
    return kept


def confidence_features(row: Commitment, paragraph_kind: str, news: bool, page: "PageShape | None" = None,
                        evidence_shapes: dict | None = None, page_labels: Counter | None = None,
                        evidence_countries: dict | None = None) -> list[str]:
    """The row's shape for the confidence model: ``row_features`` without the sentence's words
    (with them, the ranking of rows on unseen pages was worse: AUC 0.77 against 0.79, round 21).
    With ``page`` (round 26, models whose meta says ``"features": "shape-26"``): without the subject's
    words and the verb before it either, and with how the row was read and on what page
    (``shape_features``). With ``page_labels`` too (round 30, ``"features": "shape-30"``): where the subject
    stands in its sentence, how many countries the sentence names, and how many rows of the page say the
    same category/action (``reading_features``)."""
    if page is None:
        return row_features(row, paragraph_kind, news, [])
    features = row_features(row, paragraph_kind, news, [], subject_words=False) + shape_features(row, page, evidence_shapes)
    if page_labels is not None:
        features += reading_features(row, page_labels, evidence_countries)
    return features


# --- (round 26) the row's reading and its page, for a confidence that holds on unseen pages ---
# A model that reads the subject's words learns which wordings the tuned pages got right; on the newest
# blind set (written-19, trained on the older sets only) it ranked rows worse than one that reads only
# shapes (AUC 0.74 against 0.77): the words are dropped and these features added.
SHAPE_FEATURES = "shape-26"
_QUOTED = re.compile(r"[\"\u201c\u201d]")
# (speed, round 43) behind the test of its words (actors.LiteralGuarded): most sentences report no one
_REPORTED = behind_literals(re.compile(r"\b(?:said|says|told|according to|added|noted|stated)\b", re.IGNORECASE))
_PAGE_KINDS = (("fact_sheet", re.compile(r"fact sheet", re.I)),
               ("joint", re.compile(r"joint (?:statement|fact)", re.I)),
               ("roundup", re.compile(r"what they are saying|icymi", re.I)),
               ("agreement", re.compile(r"^agreement|\bagreement (?:between|on)\b", re.I)),
               ("order", re.compile(r"proclamation|executive order|adjusting|modifying|imposing|regulating|implementing", re.I)),
               ("readout", re.compile(r"readout", re.I)))


@dataclass
class PageShape:
    """What the confidence reads of a row's page: its kind and how many paragraphs it has."""
    kind: str  # news | wire | fact_sheet | joint | roundup | agreement | order | readout | other
    paragraphs: int


def page_shape(article: Article, news: bool) -> PageShape:
    """The page's kind: a news page by whether a wire agency carries it, an official one by its title."""
    if news:
        kind = "wire" if article.wire_agency else "news"
    else:
        title = article.title or ""
        kind = next((name for name, pattern in _PAGE_KINDS if pattern.search(title)), "other")
    return PageShape(kind, len(article.paragraphs))


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((str(edge) for edge in edges if n <= edge), f">{edges[-1]}")


def _evidence_shape(evidence: str) -> tuple[str, bool, bool]:
    """What ``shape_features`` reads of a row's sentence alone: its length bucket, whether it is quoted,
    whether it is reported speech."""
    return ("evlen:" + _bucket(len(evidence.split()), (15, 30, 50, 80)),
            _QUOTED.search(evidence) is not None, _REPORTED.search(evidence) is not None)


def shape_features(row: Commitment, page: PageShape, evidence_shapes: dict | None = None) -> list[str]:
    """How the row was read (the rules' own confidence, which the reader that made it sets; its sentence
    quoted or reported; its length; which fields it filled) and where (page kind, the lead or later).
    ``evidence_shapes`` (speed, round 28): ``_evidence_shape`` by sentence, shared by the rows of one
    page (a third of a sample pass's rows share their sentence with another row)."""
    evidence = row.evidence or ""
    if evidence_shapes is None:
        shape = _evidence_shape(evidence)
    else:
        shape = evidence_shapes.get(evidence)
        if shape is None:
            shape = evidence_shapes[evidence] = _evidence_shape(evidence)
    evlen, quoted, reported = shape
    features = [f"rc:{round(row.confidence, 1)}", f"pkind:{page.kind}", evlen,
                "sublen:" + _bucket(len((row.subject or "").split()), (2, 5, 10))]
    if quoted:
        features.append("ev:quoted")
    if reported:
        features.append("ev:reported")
    if row.counterparty:
        features.append("has:counterparty")
    if row.products:
        features.append("has:products")
    if row.start_date or row.end_date:
        features.append("has:date")
    if row.conditional:
        features.append("has:conditional")
    if (row.mentions or 1) > 1:
        features.append("has:mentions")
    if row.unit:
        features.append(f"unit:{row.unit}")
    index = row.paragraph_index
    features.append("pos:" + ("lead" if index <= 1 else "early" if index / max(1, page.paragraphs) < 0.3 else "late"))
    return features


# --- (round 30) how the row sits in its sentence and its page ---
# Forward steps (train on the calibration sets before, Platt on the one before, test on the next) ranked each of
# written-21, -22, -23 better with these three readings than without (AUC 0.733 -> 0.740, 0.676 -> 0.698,
# 0.731 -> 0.743): a subject far into its sentence (a clause after a lead-in, a row read from a later clause)
# is right less often; a sentence naming several countries leaves more room for the wrong party; a row whose
# category/action the page says again is a page's topic, right more often than a lone one.
SHAPE_FEATURES_30 = "shape-30"


def page_labels(rows: list[Commitment]) -> Counter:
    """How many of a page's rows say each category/action (``reading_features``)."""
    return Counter((row.category, row.action) for row in rows)


_COUNTRIES_NAMED = ("nctry:0", "nctry:1", "nctry:2", "nctry:3", "nctry:>3")
_SAID_AGAIN = ("labrep:1", "labrep:1", "labrep:2", "labrep:4", "labrep:4", "labrep:>4")


def reading_features(row: Commitment, labels: Counter, evidence_countries: dict | None = None) -> list[str]:
    """Where the row's subject begins in its sentence (not found, at its start, within 30 characters, 100, or
    later), how many countries the sentence names (0, 1, 2, 3, more: ``mention_countries``, shared by the rows of
    one sentence through ``evidence_countries``), and how many rows of its page say its category/action (1, 2,
    3-4, more). (Speed: the buckets are read from tables, not ``_bucket``.)"""
    evidence = row.evidence or ""
    subject = row.subject
    at = evidence.find(subject[:40]) if subject else -1
    named = None if evidence_countries is None else evidence_countries.get(evidence)
    if named is None:
        named = len({country for country, _ in mention_countries(evidence)})
        if evidence_countries is not None:
            evidence_countries[evidence] = named
    return ["subat:none" if at < 0 else "subat:0" if at == 0 else "subat:30" if at <= 30 else "subat:100" if at <= 100
            else "subat:>100", _COUNTRIES_NAMED[min(named, 4)], _SAID_AGAIN[min(labels[(row.category, row.action)], 5)]]


def sentence_countries(evidence: str, paragraph: str, paragraph_aliases) -> int:
    """How many countries ``evidence`` names, read from its paragraph's ``paragraph_aliases(paragraph)`` where the
    sentence lies in it (``actors.aliases_within``: the same reading as a scan of the sentence itself)."""
    at = paragraph.find(evidence) if evidence else -1
    aliases = None if at < 0 else aliases_within(paragraph_aliases(paragraph), paragraph, at, at + len(evidence))
    return len({country for country, _ in mention_countries(evidence, None, None, aliases)})


def platt(probability: float, scale: tuple[float, float]) -> float:
    """``probability`` rescaled by the model's Platt pair (a, b): sigmoid(a * logit(p) + b)."""
    p = min(max(probability, 1e-6), 1 - 1e-6)
    a, b = scale
    z = max(min(a * math.log(p / (1 - p)) + b, 50.0), -50.0)  # (math.exp overflows past ~700)
    return 1.0 / (1.0 + math.exp(-z))


def row_confidence(model: LinearModel, features: list[str]) -> float:
    """The calibrated chance that a row with these features is right in every scored field."""
    scale = model.meta.get("platt") or (1.0, 0.0)
    return platt(model.probability_of(RIGHT, features), (float(scale[0]), float(scale[1])))


def rate_rows(rows: list[Commitment], article: Article, news: bool, no_actor_penalty: float = 0.0,
              paragraph_aliases=None) -> None:
    """Set each row's ``confidence`` to the lower of its own and the model's estimate (no model
    file: the rules' confidence stays). A row whose actor is unresolved loses ``no_actor_penalty``
    from the model's estimate too: the calibration pages hold no such row, so the model learned
    nothing of it and would otherwise rate it like a row with its party. ``paragraph_aliases`` (speed, round 30):
    the extractor's ``alias_matches`` of a paragraph, memoised per article; a shape-30 model counts a sentence's
    countries from its paragraph's scan rather than scanning the sentence again (``sentence_countries``)."""
    if not rows or not _ENABLED[-1]:
        return
    model = load_model(CONFIDENCE_MODEL)
    if model is None:
        return
    shape = model.meta.get("features")
    page = page_shape(article, news) if shape in (SHAPE_FEATURES, SHAPE_FEATURES_30) else None
    labels = page_labels(rows) if shape == SHAPE_FEATURES_30 else None
    paragraphs = article.paragraphs
    evidence_shapes: dict[str, tuple[str, bool, bool]] = {}  # (rows of one sentence share what it reads of it)
    evidence_countries: dict[str, int] = {}
    if labels is not None and paragraph_aliases is not None:
        for row in rows:
            if row.evidence not in evidence_countries and 0 <= row.paragraph_index < len(paragraphs):
                evidence_countries[row.evidence] = sentence_countries(
                    row.evidence or "", paragraphs[row.paragraph_index].text or "", paragraph_aliases)
    for row in rows:
        kind = row_paragraph_kind(paragraphs, row.paragraph_index)
        estimate = row_confidence(model, confidence_features(row, kind, news, page, evidence_shapes, labels,
                                                             evidence_countries))
        if row.actor is None:
            estimate = max(estimate - no_actor_penalty, 0.05)
        row.confidence = round(min(row.confidence, estimate), 2)
