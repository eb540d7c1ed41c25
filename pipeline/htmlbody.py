"""Find an article's body in a parsed page and cut it into paragraphs.

One walk over the BeautifulSoup tree (an explicit stack, so 10,000-deep pages
cannot exhaust Python's recursion limit) turns the page into *blocks*: the text
of each block-level element, with inline text (links, emphasis, abbreviations)
joined exactly as the HTML spaces it. The same walk notes, for every element,
which run of blocks it holds (so the text below any element is a difference
of prefix sums, not a second walk), which boilerplate container (navigation,
share bar, related box, comments, caption, ...) each block sits in, and the
tags metadata needs (meta, link, title, time, rel=author).

The main content is then chosen as readability does: every paragraph-like block
scores its parent and grandparent; the best-scoring container, damped by its
link density, wins, and its siblings that score nearly as well join it. A
publisher adapter (``pipeline/data/publishers.yaml``) can name the container
instead.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction
from pipeline.model import TABLE_CELL_SEPARATOR

# ---------------------------------------------------------------------------
# Tuning constants and tag/class vocabularies (one place, with reasons).
# ---------------------------------------------------------------------------

# Never article text: code, media and form controls.
SKIPPED_TAGS = frozenset(
    """script style noscript template svg math iframe object embed video audio canvas
    map button input select textarea option label figcaption title meta link""".split()
)
# Page furniture by tag. Like boilerplate classes, they are dropped only when
# they sit inside the chosen article container: some sites wrap the whole page
# in a <form> or the article in an <aside>-classed widget.
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "figure", "form", "menu", "dialog"})
# Elements that start a new block of text.
BLOCK_TAGS = frozenset(
    """p div section article main header h1 h2 h3 h4 h5 h6 ul ol li dl dt dd
    blockquote pre table thead tbody tfoot tr td th caption center address hr
    details summary body html hgroup""".split()
)
# Inline elements never split a paragraph: a boilerplate class on one ("ad"
# span, "byline" span inside the lead) is ignored, unless it hides its text.
INLINE_TAGS = frozenset(
    """a span em strong b i u s small big abbr acronym time font sup sub cite q mark code
    kbd samp var dfn bdi bdo del ins strike tt data""".split()
)
# Tags handed to pipeline.metadata as the walk meets them.
METADATA_TAGS = frozenset({"meta", "link", "title", "time", "html"})
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Bold inline elements: a paragraph that is all bold may be a heading.
BOLD_TAGS = frozenset({"strong", "b"})
# Only a plain <p> or <div> line becomes a heading ("<td><b>Product</b></td>"
# is a table cell, "<li><b>...</b></li>" a list item).
PROMOTABLE_TAGS = frozenset({"p", "div"})
# An all-bold line longer than this is an emphasised paragraph, not a heading.
MAX_BOLD_HEADING_CHARS = 120
# "CHINESE ACTIONS:" in plain capitals is a heading up to this length.
MAX_CAPS_LABEL_CHARS = 60
# A bold line ending like a sentence or a quotation is emphasised text
# ("Predictably, the forecasts were wrong."), not a title.
SENTENCE_ENDINGS = (".", "!", "?", ";", ",", '"', "”", "’", "'")
# A line ending in a colon before a block opening with one of these introduces
# a quotation ("The Post reports:" then “...”): the statements extractor reads
# its speaker there, so it stays a paragraph.
OPENING_QUOTES = ("“", '"', "‘", "«", "„")
# Level of a bold heading with no real heading above it: just under the title (h1).
DEFAULT_BOLD_HEADING_LEVEL = 2
LIST_TAGS = frozenset({"ul", "ol", "dl"})
# The cells of a table row are read into the row's one block, parted by TABLE_CELL_SEPARATOR.
TABLE_CELL_TAGS = frozenset({"td", "th"})

# class/id words marking boilerplate containers (matched as whole words, so
# "ad" does not hit "header" or "load").
BOILERPLATE_WORDS = re.compile(
    r"""(?:^|[\s_\-])(?:
        comments?|comment-list|disqus|respond|replies|
        share|sharing|social|sharebar|share-bar|addthis|
        related|recommended|recommendations|more-stories|read-more|readmore|also-read|
        newsletter|subscribe|subscription|signup|sign-up|promo|promotion|
        cookie|cookies|consent|gdpr|banner|
        ads?|advert|advertisement|advertising|sponsor|sponsored|dfp|outbrain|taboola|
        byline|bylines|author-info|author-bio|
        caption|photo-credit|image-credit|
        breadcrumbs?|tag-list|
        sidebar|nav|navbar|navigation|menu|site-header|site-footer|footer|
        popup|modal|paywall|skip-link|
        hidden|visually-hidden|sr-only|screen-reader-text|
        post-date|timestamp|pubdate|published-date|date|
        meta|readtime|read-time|reading-time|credit|copyright
    )(?=$|[\s_\-])""",
    re.IGNORECASE | re.VERBOSE,
)
# class/id words that mark the article itself: they keep a container even if a
# boilerplate word is also present ("article-body comments-off").
CONTENT_WORDS = re.compile(
    r"article|story|entry|post-content|post-body|content-body|main-content|body-text|articlebody",
    re.IGNORECASE,
)
# The role attribute values of furniture.
BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"})

# Text inside a boilerplate container votes with this weight: comment threads
# and related boxes rarely win, yet a page whose whole article sits in a
# "widget" still finds it.
FURNITURE_VOTE_WEIGHT = 0.25
# A boilerplate-named element inside the article holding more than this share
# of its text is a wrapper ("elementor-widget-container"), kept.
WRAPPER_TEXT_SHARE = 0.5
# Head start (or handicap) of a container whose class/id names it article
# text (or furniture), as in readability.
CLASS_WEIGHT = 25.0
# A block shorter than this does not vote for its container (menus, labels).
MIN_SCORING_CHARS = 25
# Readability's scoring: 1 point, one per comma, one per 100 characters (max 3).
CHARS_PER_POINT = 100
MAX_LENGTH_POINTS = 3
# Candidates within this share of the best score are its close runners; when
# at least MIN_CLOSE_RUNNERS of the TOP_CANDIDATES share an ancestor with it,
# the ancestor is the article (its text was cut into chunks).
CLOSE_RUNNER_SHARE = 0.75
MIN_CLOSE_RUNNERS = 3
TOP_CANDIDATES = 5
# Chunks of one article (same tag and first class as the best container,
# scoring at least SIBLING_SCORE_SHARE of it) join it when they share an
# ancestor within this many levels.
CHUNK_ANCESTOR_LEVELS = 4
# Siblings of the winning container join it when they score this share of it
# (and at least MIN_SIBLING_SCORE), as in readability.
SIBLING_SCORE_SHARE = 0.2
MIN_SIBLING_SCORE = 10.0
# Containers whose own loose text counts as their paragraphs when scoring.
TEXT_HOLDING_CONTAINERS = frozenset({"div", "td", "section", "article"})
# A sibling paragraph with no score joins when it is this long and link-poor.
SIBLING_PARAGRAPH_CHARS = 80
SIBLING_PARAGRAPH_LINK_DENSITY = 0.25
# Elements of one shape (tag and first class) holding one block each count as
# paragraphs beside the container when at least this many are siblings.
MIN_PARAGRAPH_RUN = 3
# Inside the body, a block more than this share link text is a link list.
MAX_BLOCK_LINK_DENSITY = 0.5
# ... unless it is long enough to be prose that happens to link a lot.
LINK_HEAVY_PROSE_CHARS = 200
# A list whose items are mostly links is a "related" box.
MAX_LIST_LINK_DENSITY = 0.5

_SPACE_RUN = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u2028\u202f\u205f\u3000\n]+")
_LINE_BREAK = "\u2028"  # stands for a <br> while a block's text is gathered
_PARAGRAPH_BREAK = "\u2029"  # marks a <br><br> inside a block
_DOUBLE_BREAK = re.compile("\u2028(?:\\s*\u2028)+")
_SKIPPED_STRING_TYPES = (Comment, CData, Declaration, Doctype, ProcessingInstruction)


@dataclass
class Block:
    """The text of one block-level element, as it will appear in the body."""

    text: str
    kind: str  # paragraph | heading | list_item | blockquote | preformatted
    level: int
    element: Tag
    link_chars: int = 0
    list_element: Tag | None = None
    order: int = 0  # position among all blocks of the page
    # the innermost boilerplate container around the block (share bar, related
    # box, comments...), if any
    furniture: Tag | None = None
    # all of its text sits inside <strong>/<b>
    bold: bool = False

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass
class Span:
    """Where an element sits: its run of blocks and its enter/exit visit numbers."""

    first_block: int
    end_block: int = -1
    entered: int = 0
    left: int = 0

    def encloses(self, other: "Span") -> bool:
        return self.entered < other.entered and other.left < self.left


@dataclass
class WalkResult:
    blocks: list[Block] = field(default_factory=list)
    # elements named byline/author (outside comment threads): metadata reads their text
    bylines: list[Tag] = field(default_factory=list)
    # the page's first <h1> outside boilerplate (the headline, usually)
    first_h1: str | None = None
    # meta/link/title/time/html tags and rel=author links, in page order
    metadata_tags: list[Tag] = field(default_factory=list)
    spans: dict[int, Span] = field(default_factory=dict)
    # prefix sums over blocks of text and link characters
    text_prefix: list[int] = field(default_factory=lambda: [0])
    link_prefix: list[int] = field(default_factory=lambda: [0])

    def text_and_links(self, tag: Tag) -> tuple[int, int]:
        """Characters of text, and of link text, in the blocks below ``tag``."""
        span = self.spans.get(id(tag))
        if span is None or span.end_block < 0:
            return 0, 0
        a, b = span.first_block, span.end_block
        return self.text_prefix[b] - self.text_prefix[a], self.link_prefix[b] - self.link_prefix[a]


def normalise_space(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip()


def class_and_id(tag: Tag) -> str:
    classes = tag.get("class")
    if isinstance(classes, list):
        classes = " ".join(classes)
    return f"{classes or ''} {tag.get('id') or ''}".strip()


def is_hidden(tag: Tag) -> bool:
    """Hidden from every reader: the hidden attribute or an inline display:none."""
    if tag.get("hidden") is not None:
        return True
    style = tag.get("style")
    return bool(style) and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style) is not None


def is_screen_reader_hidden(tag: Tag) -> bool:
    """aria-hidden containers (duplicate menus, carousels) are furniture; an
    aria-hidden *inline* element may be a visible drop cap, so it is not."""
    return tag.get("aria-hidden") == "true"


_NAME_VERDICTS: dict[str, tuple[bool, bool]] = {}
_BYLINE_WORDS = re.compile(r"byline|author", re.IGNORECASE)


def classify_names(names: str) -> tuple[bool, bool]:
    """(furniture, byline) verdicts for class/id names, cached: pages repeat their class names."""
    verdict = _NAME_VERDICTS.get(names)
    if verdict is None:
        furniture = bool(BOILERPLATE_WORDS.search(names)) and CONTENT_WORDS.search(names) is None
        byline = _BYLINE_WORDS.search(names) is not None and "comment" not in names.lower()
        verdict = (furniture, byline)
        if len(_NAME_VERDICTS) < 100_000:
            _NAME_VERDICTS[names] = verdict
    return verdict


def is_boilerplate(tag: Tag) -> bool:
    """Whether a container is page furniture rather than article text."""
    name = tag.name
    if name in ("body", "html", "main") or name in INLINE_TAGS:
        return False
    if name in FURNITURE_TAGS:
        # a <figure> holding a table is data (an order's annex of rates by country), not an image
        return not (name == "figure" and tag.find("table") is not None)
    if not tag.attrs:
        return False
    if tag.get("role") in BOILERPLATE_ROLES or is_hidden(tag) or is_screen_reader_hidden(tag):
        return True
    names = class_and_id(tag)
    return bool(names) and classify_names(names)[0]


def is_byline(tag: Tag) -> bool:
    names = class_and_id(tag) if tag.attrs else ""
    return bool(names) and classify_names(names)[1]


def _is_author_link(tag: Tag) -> bool:
    rel = tag.get("rel")
    if isinstance(rel, list):
        rel = " ".join(rel)
    return bool(rel) and "author" in rel.lower().split()


class _Walker:
    """Turns a tree into blocks in one depth-first pass."""

    def __init__(self, skip: list[Tag] | None = None) -> None:
        self.result = WalkResult()
        self.parts: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        # bold nesting, and whether the pending text has bold / non-bold words
        self.bold_depth = 0
        self.bold_text = False
        self.plain_text = False
        # stack of open block elements: (tag, kind, level, list element)
        self.context: list[tuple[Tag, str, int, Tag | None]] = []
        self.list_depth = 0
        self.skip_ids = {id(t) for t in skip or ()}
        self.furniture: list[Tag] = []
        self.row_cells: set[int] = set()  # ids of the cells read as parts of their row's block
        self.visits = 0

    def walk(self, root: Tag) -> WalkResult:
        # Each entry is a node to visit, or (tag, furniture?) to close after its children.
        stack: list[object] = [root]
        while stack:
            item = stack.pop()
            if type(item) is tuple:
                self._leave(item[0], item[1])
            elif isinstance(item, NavigableString):
                self._text(item)
            elif isinstance(item, Tag):
                self._enter(item, stack)
        self._flush()
        self._prefix_sums()
        return self.result

    def _text(self, node: NavigableString) -> None:
        if isinstance(node, _SKIPPED_STRING_TYPES):
            return
        self.parts.append(node)
        if self.link_depth:
            self.link_chars += len(node.strip())
        if node and not node.isspace():
            if self.bold_depth:
                self.bold_text = True
            else:
                self.plain_text = True

    def _enter(self, tag: Tag, stack: list[object]) -> None:
        name = tag.name
        if name in METADATA_TAGS or (name == "a" and tag.attrs and _is_author_link(tag)):
            self.result.metadata_tags.append(tag)
        if name in SKIPPED_TAGS or id(tag) in self.skip_ids:
            return
        if name == "br":
            self.parts.append(_LINE_BREAK)
            return
        children = tag.contents
        if not children:
            return
        if tag.attrs:
            if name in INLINE_TAGS and is_hidden(tag):
                return  # screen-reader-only or hidden text inside a paragraph
            if is_byline(tag) and not self._in_comments():
                self.result.bylines.append(tag)
        furniture = is_boilerplate(tag)
        if furniture:
            self._flush()
            self.furniture.append(tag)
        if name in TABLE_CELL_TAGS and self.context and self.context[-1][0].name == "tr":
            # a table row is one block, its cells joined by a separator: "Afghanistan | 15%"
            # keeps a country with its rate, where a block per cell would part them
            if any(not part.isspace() for part in self.parts):  # not before the first cell
                self.parts.append(TABLE_CELL_SEPARATOR)
            self.row_cells.add(id(tag))
        elif name in BLOCK_TAGS:
            self._flush()
            self._open_block(tag)
        elif name == "a":
            self.link_depth += 1
        elif name in BOLD_TAGS:
            self.bold_depth += 1
        self.visits += 1
        self.result.spans[id(tag)] = Span(len(self.result.blocks), entered=self.visits)
        stack.append((tag, furniture))
        stack.extend(reversed(children))

    def _in_comments(self) -> bool:
        return any("comment" in class_and_id(f).lower() for f in self.furniture)

    def _open_block(self, tag: Tag) -> None:
        name = tag.name
        kind, level = "paragraph", 0
        list_element = self.context[-1][3] if self.context else None
        if self.context:
            kind, level = self.context[-1][1], self.context[-1][2]
        if name in LIST_TAGS:
            self.list_depth += 1
            list_element = tag
        elif name in ("li", "dd", "dt"):
            kind, level = "list_item", max(self.list_depth, 1)
        elif name in HEADING_TAGS:
            kind, level = "heading", HEADING_TAGS[name]
        elif name == "blockquote":
            kind, level = "blockquote", 0
        elif name == "pre":
            kind, level = "preformatted", 0
        elif name == "tr":
            kind, level = "table_row", 0
        self.context.append((tag, kind, level, list_element))

    def _leave(self, tag: Tag, furniture: bool) -> None:
        name = tag.name
        if name == "a":
            self.link_depth -= 1
        elif name in BOLD_TAGS:
            self.bold_depth -= 1
        elif id(tag) in self.row_cells and not furniture:
            pass  # a cell of a row: the row's block goes on
        elif name in BLOCK_TAGS or furniture:
            self._flush()
            if name in BLOCK_TAGS and self.context and self.context[-1][0] is tag:
                self.context.pop()
                if name in LIST_TAGS:
                    self.list_depth -= 1
            if furniture:
                self.furniture.pop()
        self.visits += 1
        span = self.result.spans[id(tag)]
        span.end_block = len(self.result.blocks)
        span.left = self.visits

    def _flush(self) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        link_chars = self.link_chars
        all_bold = self.bold_text and not self.plain_text
        self.parts = []
        self.link_chars = 0
        self.bold_text = self.plain_text = False
        if not self.context:
            return
        element, kind, level, list_element = self.context[-1]
        if kind == "preformatted":
            pieces = [raw.replace(_LINE_BREAK, "\n").strip()]  # inner line breaks kept
        else:
            # two or more <br> in a row separate paragraphs; one is a line break
            if _LINE_BREAK in raw:
                raw = _DOUBLE_BREAK.sub(_PARAGRAPH_BREAK, raw)
            pieces = [normalise_space(p) for p in raw.split(_PARAGRAPH_BREAK)]
        pieces = [p for p in pieces if p]
        total = sum(len(p) for p in pieces) or 1
        blocks = self.result.blocks
        for piece in pieces:
            share = min(round(link_chars * len(piece) / total), len(piece))
            furniture = self.furniture[-1] if self.furniture else None
            blocks.append(Block(piece, kind, level, element, share, list_element, len(blocks), furniture, all_bold))

    def _prefix_sums(self) -> None:
        text, links = self.result.text_prefix, self.result.link_prefix
        for block in self.result.blocks:
            text.append(text[-1] + len(block.text))
            links.append(links[-1] + block.link_chars)


def walk_blocks(root: Tag, skip: list[Tag] | None = None) -> WalkResult:
    return _Walker(skip).walk(root)


# ---------------------------------------------------------------------------
# Choosing the main content
# ---------------------------------------------------------------------------


def paragraph_score(block: Block) -> float:
    text = block.text
    return 1 + text.count(",") + text.count("，") + min(len(text) // CHARS_PER_POINT, MAX_LENGTH_POINTS)


def _ancestors(tag: Tag | None, limit: int = 60):
    node = tag
    for _ in range(limit):
        if node is None:
            return
        yield node
        node = node.parent


def class_weight(tag: Tag) -> float:
    """Readability's head start for a container named like an article, or handicap for furniture."""
    names = class_and_id(tag)
    if not names:
        return 0.0
    weight = 0.0
    if CONTENT_WORDS.search(names):
        weight += CLASS_WEIGHT
    if BOILERPLATE_WORDS.search(names):
        weight -= CLASS_WEIGHT
    return weight


def score_containers(blocks: list[Block]) -> tuple[dict[int, float], dict[int, Tag]]:
    """Readability's vote: each paragraph scores its parent (full) and grandparent (half)."""
    scores: dict[int, float] = {}
    tags: dict[int, Tag] = {}
    clean_votes: set[int] = set()
    for block in blocks:
        # list items do not vote: "related stories" lists carry long teasers
        if block.kind in ("heading", "list_item") or len(block.text) < MIN_SCORING_CHARS:
            continue
        in_furniture = block.furniture is not None
        points = paragraph_score(block) * (FURNITURE_VOTE_WEIGHT if in_furniture else 1.0)
        # text straight inside a <div>/<td> is its own container's text (readability
        # turns such divs into paragraphs); a <p>'s text belongs to its parent
        element = block.element
        parent = element if element.name in TEXT_HOLDING_CONTAINERS else element.parent
        for weight, node in zip((1.0, 0.5), _ancestors(parent, 2)):
            if not isinstance(node, Tag):
                continue
            key = id(node)
            tags[key] = node
            scores[key] = scores.get(key, 0.0) + points * weight
            if not in_furniture:
                clean_votes.add(key)
    # the class head start only for containers that hold text outside furniture,
    # so a newsletter box named "article-optin" cannot win on its name
    for key in clean_votes:
        scores[key] += class_weight(tags[key])
    return scores, tags


def common_ancestor_of_close_runners(best: Tag, runners: list[Tag]) -> Tag:
    """An article cut into sibling chunks (one per ad slot) scores as several
    close candidates: when enough of them share an ancestor with the best one,
    that ancestor holds the article (readability does the same)."""
    if len(runners) < MIN_CLOSE_RUNNERS:
        return best
    runner_ids = [{id(node) for node in _ancestors(r)} for r in runners]
    for ancestor in _ancestors(best.parent):
        if ancestor.name in ("body", "html", "[document]"):
            break
        if sum(1 for ids in runner_ids if id(ancestor) in ids) >= MIN_CLOSE_RUNNERS:
            return ancestor
    return best


def choose_containers(walked: WalkResult) -> list[Tag]:
    """The element(s) holding the article: the best container and its worthy siblings."""
    scores, tags = score_containers(walked.blocks)
    if not scores:
        return []

    def damped(key: int) -> float:
        total, links = walked.text_and_links(tags[key])
        return scores[key] * (1 - links / total) if total else 0.0

    damped_scores = {key: damped(key) for key in scores}
    ranked = sorted(damped_scores, key=damped_scores.get, reverse=True)
    top = damped_scores[ranked[0]]
    runners = [tags[k] for k in ranked[1:TOP_CANDIDATES] if damped_scores[k] >= top * CLOSE_RUNNER_SHARE]
    best = common_ancestor_of_close_runners(tags[ranked[0]], runners)
    threshold = max(MIN_SIBLING_SCORE, top * SIBLING_SCORE_SHARE)
    chosen = [best] + same_shape_chunks(walked, best, [tags[k] for k in ranked[1:] if damped_scores[k] >= threshold])
    if best.parent is None:
        return chosen
    siblings = [c for c in best.parent.children if isinstance(c, Tag)]
    shapes = Counter(_shape(c) for c in siblings)
    for sibling in siblings:
        if sibling is best or is_boilerplate(sibling):
            continue
        if damped_scores.get(id(sibling), 0.0) >= threshold:
            chosen.append(sibling)
        elif is_paragraph_like(walked, sibling, shapes) and sibling_paragraph_belongs(walked, sibling):
            chosen.append(sibling)
    return chosen


def same_shape_chunks(walked: WalkResult, best: Tag, candidates: list[Tag]) -> list[Tag]:
    """Other chunks of an article cut up by ad rails: candidates with the best
    container's tag and first class, under a common ancestor a few levels up."""
    shape = _shape(best)
    if not shape[1]:
        return []
    best_span = walked.spans[id(best)]
    near = {id(node) for node in _ancestors(best.parent, CHUNK_ANCESTOR_LEVELS)}
    chunks = []
    for candidate in candidates:
        span = walked.spans.get(id(candidate))
        if span is None or _shape(candidate) != shape or best_span.encloses(span) or span.encloses(best_span):
            continue
        if any(id(node) in near for node in _ancestors(candidate.parent, CHUNK_ANCESTOR_LEVELS)):
            chunks.append(candidate)
    return chunks


def is_paragraph_like(walked: WalkResult, tag: Tag, shapes: Counter) -> bool:
    """A <p>, or one of a run of same-class elements that each hold one block of
    text (CNN's paragraph divs; a lone standfirst div is not one)."""
    if tag.name == "p":
        return True
    span = walked.spans.get(id(tag))
    return span is not None and span.end_block - span.first_block == 1 and shapes[_shape(tag)] >= MIN_PARAGRAPH_RUN


def _shape(tag: Tag) -> tuple[str, str]:
    """Tag name and first class: "zn-body__paragraph speakable" is still a zn-body__paragraph."""
    classes = tag.get("class") or ""
    classes = classes if isinstance(classes, list) else classes.split()
    return tag.name, classes[0] if classes else ""


def sibling_paragraph_belongs(walked: WalkResult, tag: Tag) -> bool:
    """Readability's test for a paragraph beside the article container: long and
    link-poor. (Its second rule, short sentences, let standfirsts, "Updated ..."
    lines and promos in on article-bench, so it is left out.)"""
    total, links = walked.text_and_links(tag)
    return total >= SIBLING_PARAGRAPH_CHARS and links / total < SIBLING_PARAGRAPH_LINK_DENSITY


def blocks_inside(walked: WalkResult, containers: list[Tag]) -> list[Block]:
    """Blocks below the chosen containers, minus boilerplate nested inside them."""
    spans = [walked.spans[id(c)] for c in containers if id(c) in walked.spans]
    whole = sum(walked.text_and_links(c)[0] for c in containers)
    inside = []
    for block in walked.blocks:
        holder = next((s for s in spans if s.first_block <= block.order < s.end_block), None)
        if holder is None:
            continue
        if block.furniture is not None:
            furniture_span = walked.spans[id(block.furniture)]
            if holder.encloses(furniture_span) and not holds_most_text(walked, block.furniture, whole):
                continue
        inside.append(block)
    return inside


def holds_most_text(walked: WalkResult, tag: Tag, whole: int) -> bool:
    """A "boilerplate"-named element holding most of the article is a wrapper, not furniture."""
    return whole > 0 and walked.text_and_links(tag)[0] / whole > WRAPPER_TEXT_SHARE


def drop_link_lists(blocks: list[Block]) -> list[Block]:
    """Remove link-list blocks and lists of links (related stories, tag clouds)."""
    list_totals: dict[int, list[int]] = {}
    for block in blocks:
        if block.kind == "list_item" and block.list_element is not None:
            entry = list_totals.setdefault(id(block.list_element), [0, 0])
            entry[0] += len(block.text)
            entry[1] += block.link_chars
    kept = []
    for block in blocks:
        if block.kind == "list_item" and block.list_element is not None:
            total, links = list_totals[id(block.list_element)]
            if total and links / total > MAX_LIST_LINK_DENSITY:
                continue
        if (block.link_density > MAX_BLOCK_LINK_DENSITY and len(block.text) < LINK_HEAVY_PROSE_CHARS
                and not is_roundup_lead(block)):
            continue
        kept.append(block)
    return kept


_ROUNDUP_LEAD = re.compile(r"^[^:]{3,150}:\s+\S")


def is_roundup_lead(block: Block) -> bool:
    """A round-up paragraph: linked "Organisation Title Name:" then their words."""
    return _ROUNDUP_LEAD.match(block.text) is not None and len(block.text) > 60


def trim_edges(blocks: list[Block]) -> list[Block]:
    """Drop headings left dangling at the end (a "Related" title whose list went)."""
    while blocks and blocks[-1].kind == "heading":
        blocks = blocks[:-1]
    return blocks


def promote_bold_headings(blocks: list[Block]) -> list[Block]:
    """Paragraphs that are headings in all but tag ("<p><strong>CHINESE
    ACTIONS:</strong></p>") become headings one level below the nearest real
    heading above them, so extractors see the section they open."""
    parent_level = DEFAULT_BOLD_HEADING_LEVEL - 1
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            parent_level = block.level
        elif block.kind == "paragraph" and is_heading_line(block):
            following = blocks[index + 1].text if index + 1 < len(blocks) else ""
            if not introduces_quotation(block.text, following):
                block.kind, block.level = "heading", min(parent_level + 1, 6)
    return blocks


def introduces_quotation(text: str, following: str) -> bool:
    return text.endswith(":") and following.startswith(OPENING_QUOTES)


def is_heading_line(block: Block) -> bool:
    """A short all-bold line not ending like a sentence, or a short ALL-CAPS
    label ending in a colon. A bold lead-in followed by plain text
    ("<b>Name, Title:</b> quote ...") is not all bold, so stays a paragraph."""
    text = block.text
    if block.element.name not in PROMOTABLE_TAGS:
        return False
    if block.bold and len(text) <= MAX_BOLD_HEADING_CHARS:
        return not text.endswith(SENTENCE_ENDINGS)
    return len(text) <= MAX_CAPS_LABEL_CHARS and text.endswith(":") and is_all_caps(text)


def is_all_caps(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text == text.upper()


def extract_blocks(soup: BeautifulSoup, container: Tag | None = None, skip: list[Tag] | None = None) -> WalkResult:
    """Walk the whole page once; keep the article's blocks, in reading order.

    ``container`` (from a publisher adapter) bypasses the generic choice.
    """
    walked = walk_blocks(soup, skip)
    walked.first_h1 = next((b.text for b in walked.blocks
                            if b.kind == "heading" and b.level == 1 and b.furniture is None), None)
    if container is not None:
        chosen = [container]
    else:
        # no paragraph long enough to vote: a short page, take all its text
        chosen = choose_containers(walked) or [soup]
    walked.blocks = promote_bold_headings(trim_edges(drop_link_lists(blocks_inside(walked, chosen))))
    return walked
