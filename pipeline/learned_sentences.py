"""Round 19 (issue 4): a learned reader for the sentences the rule chain leaves silent.

Six rounds of hand-written readers stopped transferring to unseen wording; most of the rows
they still miss sit in sentences where the chain emits nothing. This reader looks only at such
sentences, after the chain (one call from ``commitments._article_commitments``):

1. a **detector** (``silent_detector``): does the sentence state a commitment? Words and pairs,
   paragraph kind, page kind (news or official, by the page's shape), whether a party is named
   and before the verb, number shapes, the chapeau/heading words of a list item;
2. a **category reader** (``silent_category``): which ``category/action``? Words, pairs and the
   words right after the modal;
3. the slots from the extractor's own helpers: the subject party (or "The Parties" -> a row per
   party, or the chapeau's party, or the signer of an order), the levels (``rate_levels``),
   money and tonnes as ``amount``; the page's default status;
4. a row only when detector x category probability passes the threshold stored with the model,
   chosen by document-level cross-validation on the training pages (bench/train_commitment_models.py,
   ``--model silent_detector --model silent_category``);
   the row's ``confidence`` is that probability.

No model file shipped, no learned row: the rules decide alone.
"""
from __future__ import annotations

import math
import re
from contextlib import contextmanager
from itertools import repeat

from pipeline.actors import holds_one_of, regex_module_with_cache
from pipeline.learned import load_model, text_features, tokens
from pipeline.model import Article, Commitment, Paragraph
from pipeline.register import NEWS, page_register
from pipeline.products import hs_codes
from pipeline.timeexpr import MONTH_NAME, WEEKDAY_NAME

re = regex_module_with_cache()  # noqa: F811 (speed, round 27: patterns with their start sets, pipeline/actors.py)

DETECTOR = "silent_detector"
CATEGORY = "silent_category"
# (rounds 24-40 a second pair, ``silent_detector_news``, read news pages while the main detector kept no news threshold;
# round 41: the main pair keeps one and reads them, and no second pair is read)

# the cheap test: a sentence holding none of these pays one ``in`` test per word and nothing more
# (an obligation's modal or pledge verb, a rate or a sum, a tariff's noun: 142 of the 168 silent
# sentences of the training pages that hold a gold row, 1,850 of their 12,300 silent sentences;
# "will" alone would add 540 sentences to score for 9 more rows)
TRIGGERS = ("shall", "commit", "agree", "%", "percent", "per cent", "$", "tariff", "dut")
# (round 28) a news page's gate adds the words over-represented in the chain-silent news sentences that hold a gold
# row (round 27: "will" in 23% of them, 9% of the others; goods moving, licences, suspensions, tonnages); news pages
# are few sentences each, so the wider test costs little over the samples
NEWS_TRIGGERS = TRIGGERS + ("will", "mport", "xport", "hipment", "licen", "suspend", "tonne")
# the detector's facts about the sentence's parties, of which it takes one (and "party:subject" or not)
_PARTY_FEATURES = ("party:none", "party:one", "party:many")
# the words after which the verb of a commitment comes
_MODALS = frozenset({"shall", "will", "would", "must", "may", "to", "agreed", "committed", "pledged", "can"})
_ADVERBS = frozenset({"also", "further", "not", "each", "jointly", "both", "promptly", "immediately", "fully",
                      "continue", "be", "work", "seek", "endeavor", "endeavour", "the", "a", "its", "their", "to",
                      "progressively", "gradually", "effectively", "no", "longer", "now", "then", "still"})
_COLLECTIVE = ("the parties", "the two countries", "both countries", "both sides", "the two sides", "each party",
               "a party", "the two governments", "both governments", "the countries have", "the countries will",
               "the two nations", "both nations", "the two leaders", "the leaders")


def _is_news(article: Article) -> bool:
    # the article's shape, never its name: a byline or a wire agency and no government publisher or host
    # (round 28: ``pipeline.register``, the chain's own answer; the chain passes its context, which also knows
    # whether the page is an order in force, so this is read only without one, as by the training script)
    return page_register(article) == NEWS


def chapeaus(article: Article) -> dict[int, str]:
    """For each list item or lettered clause, the line that heads its list (the last paragraph ending
    with ":" before it, else the last heading)."""
    heads: dict[int, str] = {}
    heading = colon = ""
    for paragraph in article.paragraphs:
        text = (paragraph.text or "").strip()
        if not text:
            continue
        if paragraph.kind == "heading":
            heading, colon = text, ""
            continue
        item = paragraph.kind == "list_item" or text[:1] == "(" or (len(text) > 2 and text[1] in ".)" and text[0].isalnum())
        if item:
            heads[paragraph.index] = (colon or heading)[-300:]
        if text.endswith(":"):
            colon = text
        elif not item:
            colon = ""
    return heads


def verb_words(words: list[str]) -> list[str]:
    """The first words after the sentence's first modal ("shall", "will", "agreed to"), adverbs skipped."""
    for index, word in enumerate(words):
        if word in _MODALS:
            found = [w for w in words[index + 1:index + 7] if w not in _ADVERBS and w not in _MODALS][:2]
            if found:
                return found
    return []


# (round 30) the detector's shape features (``detector.meta["features"] == "shape"``): the sentence's clause and
# measure facts in place of its every word and word pair, so that the detector is not tied to the wordings of
# the pages it was trained on (round 26 did the same for the row confidence, and it transferred better)
_MEASURE_CLASSES = (
    ("tariff", ("tariff", "dut", "levy", "levies", "customs")), ("quota", ("quota",)),
    ("ban", ("ban ", "bans", "banned", "barred", "prohibit", "embargo", "halt")), ("licence", ("licen", "permit")),
    ("export", ("xport",)), ("import", ("mport", "shipment")), ("purchase", ("buy", "purchas", "bought", "order")),
    ("talks", ("talk", "negotiat", "dialogue")), ("invest", ("invest",)), ("fee", ("fee", "charge")),
    ("tax", ("tax",)), ("suspend", ("suspend", "lift", "scrap", "remov", "eliminat", "waiv")),
    ("deal", ("deal", "agreement", "accord", "pact")), ("market", ("market", "access")),
    ("control", ("control", "restrict", "curb", "limit", "cap ")),
)
_SHAPE_MODALS = ("shall", "will", "would", "must", "may", "could", "can", "plans", "plan", "agreed", "pledged",
                 "committed", "vowed", "threatened", "promised", "announced", "said", "says")
_REPORT_WORDS = frozenset({"said", "says", "told", "according", "stated", "added", "noted"})


def _lemma(word: str) -> str:
    for ending, cut in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)] + cut
    return word


def shape_features(sentence: str) -> list[str]:
    """The sentence's shape: its measure classes, figures, modal, tense, verb lemmas after the modal, a quote."""
    low = sentence.lower()
    words = tokens(sentence)
    features = [f"m:{name}" for name, hints in _MEASURE_CLASSES if holds_one_of(hints, low)] or ["m:none"]
    features.append("n:percent" if "%" in words or "percent" in low or "per cent" in low else "n:nopercent")
    if any(w in words for w in ("$", "\u20ac", "\u00a3")) or "billion" in low or "million" in low:
        features.append("n:money")
    if "tonne" in low or " tons" in low:
        features.append("n:tonnes")
    if any(w[0] == "<" for w in words):
        features.append("n:number")
    modal = next((w for w in words if w in _SHAPE_MODALS), "none")
    features.append(f"modal:{modal}")
    if "has" in words or "have" in words:
        features.append("tense:perfect")
    if "had" in words or "was" in words or "were" in words:
        features.append("tense:past")
    if "not" in words or "no" in words or "never" in words:
        features.append("neg")
    if any(w in _REPORT_WORDS for w in words) or '"' in sentence or "\u201c" in sentence:
        features.append("quote")
    if " if " in low or " unless " in low or " would " in low:
        features.append("cond")
    features.extend(f"v:{_lemma(w)}" for w in verb_words(words) if w.isalpha())
    features.append(f"len:{min(len(words) // 15, 4)}")
    return features


def detector_features(sentence: str, kind: str, chapeau: str, news: bool, countries: int, subject: bool,
                      chain_silent: bool, shape: bool = False) -> list[str]:
    features = shape_features(sentence) if shape else text_features(sentence, "s")
    features.append(f"kind:{kind}")
    features.append("page:news" if news else "page:official")
    features.append("party:none" if not countries else "party:one" if countries == 1 else "party:many")
    if subject:
        features.append("party:subject")
    features.append("chain:silent" if chain_silent else "chain:rows")
    if chapeau:
        features.extend(["h:chapeau"] if shape else text_features(chapeau, "h", pairs=False))
    return features


def category_features(sentence: str, chapeau: str = "") -> list[str]:
    features = text_features(sentence, "s")
    features.extend(f"v:{w}" for w in verb_words(tokens(sentence)))
    if chapeau:
        features.extend(text_features(chapeau, "h", pairs=False))
    return features


def _modal_at(sentence: str) -> int:
    """Where the verb of the sentence's commitment starts being told (its first modal), else its length."""
    best = len(sentence)
    for word in (" shall ", " will ", " would ", " must ", " may ", " agreed ", " agree ", " committed ", " commit ",
                 " has ", " have ", " pledged "):
        at = sentence.find(word)  # (as written: a dateline's "May 3" is no modal)
        if 0 <= at < best:
            best = at
    return best


def _goods_head_the_subject(low: str) -> bool:
    """(round 29) Whether the goods are named before any measure in ``low`` (the sentence up to its verb): "originating goods
    of X shall not be subject to", not "the additional duty on goods of X shall continue" (the duty is the subject)."""
    goods = min((at for at in (low.find(word) for word in ("goods", "products", "articles", "imports", "exports",
                                                            "shipments")) if at >= 0), default=-1)
    measure = min((at for at in (low.find(word) for word in ("dut", "tariff", "rate", "levy", "surcharge")) if at >= 0),
                  default=len(low))
    return 0 <= goods < measure


def _GOODS_SUBJECT(subject: str) -> bool:
    for word in ("goods", "products", "articles", "imports", "exports", "shipments"):
        if word in subject:
            return True
    return False


# (round 26) verbs whose subject sends the goods: a tariff's subject that ships, exports or sells is the origin
_SELLER_VERB = frozenset({"ship", "export", "send", "sell", "supply"})
# (round 26) verbs whose subject pays a tariff (after the modal, "be" skipped): "will face", "will pay", "will be subject
# to", "will be charged", "shall bear"
_PAYER_VERB = frozenset({"face", "pay", "subject", "charged", "taxed", "bear", "incur"})
_SUBORDINATE = frozenset({"if", "that", "whether", "unless", "once", "when", "where"})
_NOT_SUBJECT = ("of", "from", "on", "for", "in", "to", "with", "against", "by", "into", "between", "under", "than")


def sentence_parties(sentence: str, on, find_mentions) -> tuple[list[str], list[str]]:
    """(every country the sentence names, the countries that are the subject of its verb: named before
    the first modal, not as the goods' origin or an object: "products of Canada", "with Japan")."""
    named: list[str] = []
    subject: list[str] = []
    verb = _modal_at(sentence)
    no_modal = verb == len(sentence)
    mentions = find_mentions(sentence, on)
    opening = _opening_clause_subject(sentence, mentions) if not no_modal else None
    if opening is not None:
        # (round 29) the sentence's main clause opens with a party and its finite verb ("Quito also raised the fee ...,
        # a step Colombian producers say has made ..."): the modal found later is a subordinate clause's, and so is
        # the party named before it; the opening party is the subject
        for mention in mentions:
            if mention.actor.country and mention.actor.country not in named:
                named.append(mention.actor.country)
        return named, [opening]
    for mention in mentions:
        country = mention.actor.country
        if not country:
            continue
        if country not in named:
            named.append(country)
        if no_modal:
            # (round 28, LP) no modal: the window before the sentence's end is no verb's subject ("... in protest at
            # Washington's tariffs"); the subject is the party that opens the sentence ("Quito also raised the fee")
            if not subject and not named[:-1] and _opens_sentence(sentence, mention.start):
                subject.append(country)
            continue
        if mention.start < verb and country not in subject and _levier_of_subject(sentence, mention):
            subject.append(country)  # (round 39) "The duty X charges on ... will": X, whatever clause it sits in
            continue
        if mention.start < verb and country not in subject and (
                verb - mention.end <= 30 or _long_subject_head(sentence, mention, mentions, verb)):
            before = sentence[max(0, mention.start - 14):mention.start].lower().split()
            if before and before[-1] == "the":
                before = before[:-1]
            clause = sentence[max(sentence.rfind(",", 0, mention.start), 0):mention.start].lower().split()
            if not (before and before[-1] in _NOT_SUBJECT) and sentence[mention.start - 1:mention.start] not in ("-", "\u2013") \
                    and not _SUBORDINATE.intersection(clause):
                # (not "the United States-Mexico-Canada Agreement", nor the subject of a condition or a
                # reported clause: "if Switzerland has taken steps", "that Kazakhstan has failed to")
                subject.append(country)
    return named, subject


# (round 39) a party far from the modal that still heads its subject: the one party named before the verb, opening the
# sentence ("Zambian millers, feed makers and poultry firms will purchase", "Zambian companies in mining and banking will
# invest"), or the levier of a duty named as the subject ("The duty Zambia charges on U.S. soybeans, now 25 percent,
# will fall"); not a subordinate clause's ("Zambian firms, which said that ... will")
_LEVIED_BY = re.compile(r"\s+(?:currently\s+|now\s+|still\s+)?(?:charges|levies|applies|imposes|collects)\b")
_MEASURE_BEFORE = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|fees?)\s+(?:that\s+)?$", re.IGNORECASE)


def _levier_of_subject(sentence: str, mention) -> bool:
    return bool(_LEVIED_BY.match(sentence, mention.end)
                and _MEASURE_BEFORE.search(sentence, max(0, mention.start - 20), mention.start))


def _long_subject_head(sentence: str, mention, mentions, verb: int) -> bool:
    if verb - mention.end > 120:
        return False
    if mention.form not in ("name", "adjective") or not _opens_sentence(sentence, mention.start):
        return False
    if any(other.actor.country and other.start < verb and other is not mention for other in mentions):
        return False
    return not _SUBORDINATE.intersection(sentence[mention.end:verb].lower().replace(",", " ").split())


# (round 29) a finite verb right after the party that opens a sentence, an adverb or a day between: "Quito also raised",
# "Beijing on Monday put", "The United States imposed" (a past form, or one of the short verbs whose past is the same)
_OPENING_VERB = re.compile(r"\s+(?:(?:also|then|later|quietly|abruptly|formally|already|again|instead)\s+|"
                           r"(?:on|last|this)\s+[A-Z]?[a-z]+\s+){0,2}(?P<verb>[a-z]{3,}ed|put|set|cut|let|hit|struck)\b")


def _opening_clause_subject(sentence: str, mentions) -> str | None:
    """The country that opens ``sentence`` by its name or capital, its finite verb right after it (else None)."""
    for mention in mentions:
        if not mention.actor.country:
            continue
        if mention.form not in ("name", "capital") or not _opens_sentence(sentence, mention.start):
            return None
        verb = _OPENING_VERB.match(sentence, mention.end)
        if verb is None or sentence[verb.start("verb"):verb.end()] in _ASKING_VERBS:
            return None  # (who asks, urges or reports is not who acts: round 27)
        return mention.actor.country
    return None


# the opening verbs that introduce another party's act, or words about it ("asked", "urged", "warned")
_ASKING_VERBS = frozenset({"asked", "urged", "called", "pressed", "requested", "demanded", "wanted", "warned", "accused",
                           "blamed", "welcomed", "criticized", "criticised", "complained", "claimed", "noted", "stated",
                           "reported", "expected", "hoped", "invited", "encouraged", "appealed", "challenged",
                           "questioned", "protested", "objected", "rejected", "refused", "declined", "denied", "threatened"})


def _opens_sentence(sentence: str, start: int) -> bool:
    """Whether the text before ``start`` is empty, "The" or a dateline ("BOGOTA, Jan 14 (Wire) - "), (round 40) once a
    heading's label in capitals and a fronted time phrase are left out ("CLOSING THE GAP: Today, President X signed
    ...", "Last week, the United States ...", "On March 3, 2027, X began ..."), and a person's office title ("President
    X signed", "Today, Prime Minister X announced")."""
    before = sentence[:start].strip()
    if not before or before in ("The", "the") or before.endswith(("-", "\u2013", "\u2014")):
        return True
    from pipeline.commitments import _FRONTED_PHRASE, _LABEL, _OFFICE_TITLE_BEFORE  # (late: it imports this module)
    label = _LABEL.match(sentence, 0, start) if ":" in before else None
    at = label.end() if label else 0
    fronted = _FRONTED_PHRASE.match(sentence, at, start) if "," in before else None
    at = fronted.end() if fronted else at
    if sentence[at:start].strip() in ("", "The", "the"):
        return at > 0
    title = _OFFICE_TITLE_BEFORE.search(sentence, at, start)
    return title is not None and title.start() == at


def slot_actors(sentence: str, subject: list[str], chapeau_actors: list[str], context, category: str = "",
                values: dict | None = None, goods_of: list[str] | None = None) -> list[str]:
    """Who acts: the subject party, "The Parties" (a row each), the chapeau's party, the signer of an order.
    A tariff's actor is the party that levies it: a subject that only names whose goods pay does not
    count, and the signer of an order levies what it sets."""
    low = sentence[:_modal_at(sentence) + 1].lower()
    if holds_one_of(_COLLECTIVE, low):
        parties = list(context.signatories) if len(context.signatories) == 2 else list(context.parties[:2])
        if len(parties) == 2:
            return parties
    no_modal = _modal_at(sentence) == len(sentence)
    if category == "tariff" and (not _no_modal_levier(sentence) if no_modal else (
            _GOODS_SUBJECT(low) or _SELLER_VERB.intersection(verb_words(tokens(sentence))[:1])
            or _PAYER_VERB.intersection(verb_words(tokens(sentence))[:1]))):
        # "(c) Republic of Fiji: 15 percent", "goods of Canada shall be subject to": whose goods, not who levies;
        # (round 26) nor the subject that sends the goods, "X may ship up to 60,000 tonnes a year duty-free": the
        # exporter, whose goods the other side lets in; nor the subject that pays, "Brazilian beef will be subject to a
        # 50 percent duty", "X will face a 20% tariff": the goods or their origin; (round 40) with no modal, the
        # opening subject of an active verb levies ("In 2016 X raised its tariff", "President X signed a
        # proclamation that places a 25 percent tariff")
        subject = []
    if subject:
        return subject[:2]
    if chapeau_actors:
        return chapeau_actors
    if context.order_text and context.in_force_by and category == "tariff" and values:
        return [context.in_force_by]  # an order's rate clause ("(c) Republic of Fiji: 15 percent"): the signer levies it
    if category == "tariff" and not context.news_register and (
            _GOODS_SUBJECT(low) and _goods_head_the_subject(low) or not context.order_text and _MEASURE_ON_GOODS.match(low)):
        # (round 29) goods of a party as the subject ("Originating goods of X listed in Annex II shall not be subject to
        # that additional duty"): on an order, its signer levies; on a two-party text, the party whose goods they are not
        # (official texts only: a story's "imports" are more often a statistic's); (round 39) and the duty on a party's
        # goods as the subject ("Tariffs on American tractors, now 30 percent, will come down to 5 percent"): the levier
        # is the other party too (not on an order: "the additional duty on goods of X shall continue" is the order's own)
        if context.order_text and context.in_force_by:
            return [context.in_force_by]
        if len(context.signatories) == 2 and goods_of is not None:
            others = [party for party in context.signatories if party not in goods_of]
            if len(others) == 1 and len(goods_of) == 1 and goods_of[0] in context.signatories:
                return others
    return []


# (round 40) a sentence with no modal: its first finite verb, past ("raised", "put", "did not lift"), or one whose
# subject pays or sends the goods ("faced", "paid", "shipped"), or a passive ("was hit")
_FINITE_VERB = re.compile(r"\b(?P<be>(?:was|were|is|are|been|be)\s+)?(?P<verb>[a-z]{3,}ed|put|set|cut|let|hit|struck|took|"
                          r"brought|began|did|paid|sold|sent|bore)\b")
_PAST_PAYER_VERBS = frozenset({"faced", "paid", "incurred", "bore", "shipped", "exported", "sent", "sold", "supplied",
                               "entered"})


def _no_modal_levier(sentence: str) -> bool:
    """Whether a sentence with no modal tells its subject acting: its first finite verb active, near the sentence's
    head, not a payer's, a sender's or an asker's, the goods or a clause not before it ("Chinese steel faced a 25%
    duty", "X salmon entered Y free of duty", "X asked that Y exclude ...", "X exporters that cooperated ...", "X's
    duty on ethanol annoyed ...": no)."""
    verb = _FINITE_VERB.search(sentence, 0, 90)
    if verb is None or verb.group("be") or verb.group("verb") in _PAST_PAYER_VERBS or verb.group("verb") in _ASKING_VERBS:
        return False
    if holds_one_of(_MEASURE_WORDS, sentence[:verb.start()]):
        return False  # the measure is the verb's subject ("X's duty on ethanol annoyed ..."), not the party
    head = sentence[:verb.start()].lower()
    return not _GOODS_SUBJECT(head) and not _SUBORDINATE.intersection(head.replace(",", " ").split())


# (round 39) a sentence whose subject is a duty on goods: "Tariffs on ...", "The remaining duties on ...", "Duties
# on U.S. machinery ..." (the sentence lower-cased up to its verb)
_MEASURE_ON_GOODS = re.compile(r"\W*(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levies|levy|surcharges?)\s+on\b")


def _rate_kept(sentence: str) -> bool:
    # "15 percent, unchanged", "the rate remains 10%": the rate stated is kept (maintain), no level removed
    return "unchanged" in sentence or "remain" in sentence or "stays" in sentence


def tariff_action(action: str, values: dict, sentence: str) -> str:
    """Guide rule 4: a level with a stated earlier level decides reduce or raise; a level kept is maintain."""
    before, after = values.get("value_from"), values.get("value_to")
    if before is not None and after is not None:
        return "remove" if after == 0 else "reduce" if after < before else "raise" if after > before else "maintain"
    if after is not None and _rate_kept(sentence):
        return "maintain"
    if after == 0 and before is None and action in ("impose", "raise"):
        return "remove"  # (round 29) a level of zero ("let in duty-free", "at zero duty") lays or raises nothing
    return action


# (round 27) the verb after the modal that says a tariff ends ("asked to lift a 35 per cent duty", "shall cease to collect
# the fee of 5 percent", "scrap its duty") or comes back ("promised to reintroduce tariffs", "may reinstate the rate")
_REMOVAL_VERBS = frozenset({"lift", "scrap", "eliminate", "remove", "abolish", "waive", "repeal", "cease", "end", "drop"})
_RESTORING_VERBS = frozenset({"reintroduce", "reimpose", "reinstate", "restore"})
# a level the verb takes the tariff to ("drop its duty to 10 percent", "lift tariffs to 25%"): a step, not an end
_TO_LEVEL = re.compile(r"\b(?:to|at)\s+(?:about\s+|around\s+|some\s+|just\s+)?\d")


def verb_action(sentence: str, action: str) -> str:
    """(round 27) A learned tariff row's action as its verb states it, when the verb after the modal says the tariff ends
    (remove: its one rate is where the tariff stood, convention 4) or is brought back (resume), and the category
    reader said it is laid or raised: the reader's words of the whole sentence ("duty", "per cent") outweighed its
    verb ("asked to lift a 35 per cent duty" read as impose). A level the verb takes the tariff to keeps the reader's
    action ("drop its duty to 10 percent")."""
    if action not in ("impose", "raise", "maintain"):
        return action
    verbs = verb_words(tokens(sentence))[:1]
    if not verbs:
        return action
    if verbs[0] in _RESTORING_VERBS:
        return "resume"
    if verbs[0] in _REMOVAL_VERBS:
        # (the verb as a word: "end" inside "recommended" is not where the verb stands)
        verb = re.search(r"\b" + verbs[0] + r"\b", sentence, re.IGNORECASE)
        if verb is not None and not _TO_LEVEL.search(sentence, verb.start()):
            return "remove"
    return action


def slot_values(sentence: str, category: str, action: str) -> dict | None:
    """The row's values from the sentence's own figures (guide conventions 5 and 13), {} for none,
    None when the figures are more than one row's."""
    from pipeline.commitments import _partner_item_with_rate, find_quantities  # (the extractor's memoised reader)
    from pipeline.quantities import rate_levels

    if "respectively" in sentence:
        return None  # (round 43) "raised those to 42 and 120 rupees respectively": each figure its own row
    quantities = find_quantities(sentence)
    if category == "tariff":
        if holds_one_of(_CONDITION_HINTS, sentence):
            # (round 29) a figure a condition sets for the goods' trade ("if imports jump by more than 10% in a year"):
            # the safeguard's trigger, not the tariff's level
            quantities = [q for q in quantities if q.kind not in ("rate", "points")
                          or not _CONDITION_FIGURE.search(sentence, max(0, q.start - 70), q.start)]
        rates = [q for q in quantities if q.kind in ("rate", "points")]
        if len(rates) > 2:
            return None
        levels = rate_levels(sentence, quantities)
        values = {}
        if levels.value_from is not None:
            values["value_from"] = levels.value_from
        if levels.value_to is not None:
            values["value_to"] = levels.value_to
        if levels.change is not None:
            values["change"] = -levels.change if action == "reduce" else levels.change
        if values and (action in _STANDING_RATE_ACTIONS or action == "extend" and holds_one_of(_PAUSE_HINTS, sentence)) \
                and not _rate_kept(sentence) \
                and not _partner_item_with_rate(sentence):
            # (not an order's schedule item, "(a) Republic of X: 12 percent, and zero for Y": the levels it sets, each
            # goods' own; the chain's ``_schedule_zero_rows`` reads its zero beside the rate)
            values = _standing_rate(sentence, quantities, action, values)
        if values:
            values["unit"] = levels.unit or "percent"
        if action in ("remove", "maintain") and values.get("value_to") != 0 and holds_one_of(_ZERO_HINTS, sentence) \
                and (zero := _ZERO_DUTY.search(sentence)) and not (
                    action == "remove" and len(rates) == 1 and " and " in sentence
                    and _zero_of_other_clause(sentence, zero, rates[0])):
            # (round 29) goods said to move free of duty ("let in ... at zero duty instead of the 3.8 to 12.8 per cent",
            # "cross without duty, and that stays the case"): the level is zero; one other rate told is where it stood
            values = {"value_to": 0.0, "unit": "percent"}
            if action == "remove" and len(rates) == 1 and rates[0].kind == "rate" \
                    and not _RANGE_BEFORE.search(sentence, max(0, rates[0].start - 16), rates[0].start):
                values["value_from"] = rates[0].value
        elif values:
            pass
        elif "quota" in sentence or " ton" in sentence:
            # a tariff-rate quota's size is its amount (guide convention 14); "enlarge the quota by 250 tons" states
            # a step, not the size; (round 28) a quota told by its tonnage alone, "let in up to 80,000 tonnes at a
            # low duty", is one too (tonnes only: a count without "quota" is more often the goods' number)
            sizes = [q for q in quantities if (q.kind in ("tonnes", "count") if "quota" in sentence else q.kind == "tonnes")
                     and not _BY_BEFORE.search(sentence, max(0, q.start - 12), q.start)]
            if len(sizes) == 1:
                values = {"amount": sizes[0].value, "unit": sizes[0].unit}
        return values
    if category in ("import_restriction", "export_control") and " ton" in sentence:
        # (round 28) a quantity cap that is not a tariff-rate quota takes its size in amount ("no more than 420,000
        # tonnes a year"; the guide's non-tariff quota, Round 23); one tonnage only, and not a step ("by 5,000 tonnes")
        sizes = [q for q in quantities if q.kind == "tonnes"]
        if len(sizes) > 1:
            # (round 29) a tonnage told as what the cap is compared with ("185,000 tonnes ..., well below the 262,000
            # tonnes permitted last year") is not the cap
            sizes = [q for q in sizes if not _COMPARED_BEFORE.search(sentence, max(0, q.start - 30), q.start)]
        if len(sizes) == 1 and not _BY_BEFORE.search(sentence, max(0, sizes[0].start - 12), sizes[0].start):
            return {"amount": sizes[0].value, "unit": sizes[0].unit}
        return {}
    if category == "other" and "tax" in sentence and action in _TAX_LEVEL_ACTIONS:
        # (round 29) a tax's rate, told once ("withdrew its 3 per cent digital services tax"): where it stood when it
        # goes, where it goes when it is laid or raised (the tariff's conventions 4 and 5)
        rates = [q for q in quantities if q.kind == "rate"]
        if len(rates) != 1:
            return {}
        return {"value_from" if action in _STANDING_RATE_ACTIONS else "value_to": rates[0].value, "unit": "percent"}
    if category in ("investment", "purchase"):
        sums = [q for q in quantities if q.kind in ("money", "tonnes", "count")]
        if len(sums) > 1:
            return None
        if sums:
            return {"amount": sums[0].value, "unit": sums[0].unit}
        return {}
    return {}


# (round 29) goods moving free of duty: "duty-free", "free of the 5% duty", "without duty", "at zero duty", "zero tariffs"
_ZERO_HINTS = ("free", "Free", "zero", "Zero", "without")
_ZERO_DUTY = re.compile(r"\b(?:duty|tariff|customs)[- ]free\b|\bfree\s+of\s+(?:the\s+|any\s+|all\s+)?(?:[\d.]+\s*(?:%|per\s*cent|"
                        r"percent)\s+)?(?:customs\s+)?(?:dut|tariff)|\bwithout\s+(?:any\s+|paying\s+(?:any\s+)?)?(?:customs\s+)?"
                        r"(?:dut|tariff)|\bzero[- ](?:dut|tariff|rate)|\bat\s+(?:a\s+)?zero\b", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d\s*(?:%|per\s*cent|percent)?\s*(?:to|-|\u2013)\s*$")  # "3.8 to 12.8 per cent": a range, no one level
# a rate that a condition sets for the goods' trade: "if imports jump by more than 10%", "should prices fall 20%"
_CONDITION_HINTS = (" if ", " unless ", " once ", " should ", " when ")
_CONDITION_FIGURE = re.compile(r"\b(?:if|unless|once|should|when)\s+(?:[\w-]+\s+){0,4}?(?:imports?|prices?|volumes?|shipments?|"
                               r"purchases?|exports?|sales|arrivals)\s+[^,;%]{0,40}$", re.IGNORECASE)


# (round 26) the actions whose one stated rate is the level in force, not a new one: "cease to apply the 5 percent
# surtax", "suspend its 34% duty" (the chain's ``_rate_values``, convention 4: value_from)
_STANDING_RATE_ACTIONS = frozenset({"remove", "suspend"})
# (round 38) a pause or waiver prolonged: its one rate is the level paused ("prolonging ... the suspension of the 40%
# duty"; the chain's ``_rate_values`` decides, guide Round 35 review), a rate prolonged as such stays the level kept
_PAUSE_HINTS = ("uspen", "waive", "paused", "abeyance", "on hold", "xemption", "emission")
_TAX_LEVEL_ACTIONS = frozenset({"remove", "suspend", "impose"})
_COMPARED_BEFORE = re.compile(r"\b(?:below|above|than|from|with|against|versus|vs\.?)\s+(?:the\s+|about\s+|some\s+|roughly\s+)?$",
                              re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:up\s+to\s+|about\s+|some\s+)?$", re.IGNORECASE)


def _standing_rate(sentence: str, quantities, action: str, values: dict) -> dict:
    """The levels of a removal or suspension as the chain reads them (``_rate_values``): one rate stated with
    "remove"/"suspend" is where the tariff stands ("cease to apply the temporary 5 percent surtax": from 5), and
    zero is where it goes only when the sentence says so ("enter free of the 5% duty": 5 -> 0)."""
    from pipeline.commitments import _ZERO_STATED_AFTER, Cue, _rate_values

    _, value_from, value_to, change, _, _ = _rate_values(Cue("", action, "tariff"), action, sentence, quantities,
                                                         "tariff")
    if value_to == 0 and value_from is not None and " and " in sentence:
        rate = next((q for q in quantities if q.kind == "rate" and q.value == value_from), None)
        if _zero_of_other_clause(sentence, _ZERO_STATED_AFTER.search(sentence), rate):
            value_to = None
    levels = {"value_from": value_from, "value_to": value_to, "change": change}
    if "change" in values and change is not None:
        levels["change"] = values["change"]
    return {key: value for key, value in levels.items() if value is not None}


def _zero_of_other_clause(sentence: str, zero, rate) -> bool:
    """(round 44) Whether a zero (a match) read as where a removal's duty (its rate, a quantity) goes is told in another
    coordinated clause: "triple the tariff-free quota for X ... and will scrap its 8pc duty on Y", "exempt goods from
    the 4 percent fee ..., and will take its duties on cars from 10 percent to zero" (the other clause's quota or step,
    not this duty's level; guide Round 34: no stated zero, no `value_to`)."""
    from pipeline.commitments import _NEXT_CLAUSE_OPENER

    if zero is None or rate is None:
        return False
    return _NEXT_CLAUSE_OPENER.search(sentence, min(zero.end(), rate.end), max(zero.start(), rate.start)) is not None


class _Reader:
    def __init__(self, detector, category) -> None:
        self.detector, self.category = detector, category
        self.threshold = float(detector.meta.get("threshold", 0.5))
        # (round 23) the news register's own threshold, chosen by the same cross-validated rule on the news
        # pages' sentences alone (1.0 or more: no learned row on a news page); models without one use the threshold
        self.news_threshold = float(detector.meta.get("threshold_news", self.threshold))
        self.shape = detector.meta.get("features") == "shape"  # (round 30) the detector reads shape features
        # the most the party facts can add to the detector's log-odds (speed: a sentence that cannot reach
        # the threshold even so is not handed to the actor finder)
        yes = detector.labels.index("yes")
        # the binary detector as one log-odds weight per feature (speed: one lookup per feature, not a
        # total per label)
        self.margins = {f: _margin_of(pairs, yes) for f, pairs in detector.weights.items()}
        # (speed, round 42) the sentence's word and pair weights keyed by the tokens themselves (a word, a pair of words),
        # and the chapeau's words: ``score_sentence`` sums them without writing the "s:"/"s2:"/"h:" feature strings of
        # every sentence it turns away (tokens hold no "_", so "s2:a_b" is the pair ("a", "b") and no other)
        self.word_margins = {f[2:]: m for f, m in self.margins.items() if f.startswith("s:")}
        self.pair_margins = {tuple(f[3:].split("_", 1)): m for f, m in self.margins.items() if f.startswith("s2:")}
        self.chapeau_margins = {f[2:]: m for f, m in self.margins.items() if f.startswith("h:")}
        self.bias_margin = detector.bias[yes] - detector.bias[1 - yes]
        self.party_gain = max(_margin_of(detector.weights.get(f, ()), yes) for f in _PARTY_FEATURES) + max(
            0.0, _margin_of(detector.weights.get("party:subject", ()), yes))

    def threshold_for(self, news: bool) -> float:
        return self.news_threshold if news else self.threshold


_READER: dict = {}  # register (news?) -> the reader built over its loaded models (rebuilt when load_model gives others)
_OFF: list[bool] = []  # rules_only() in force


def _models(news: bool):
    return load_model(DETECTOR), load_model(CATEGORY)


def reader(news: bool = False) -> _Reader | None:
    """The two models of the page's register (``news``), or None when they are not shipped (or within
    ``rules_only``)."""
    if _OFF:
        return None
    detector, category = _models(news)
    if detector is None or category is None:
        return None
    built = _READER.get(news)
    if built is None or built.detector is not detector or built.category is not category:
        built = _READER[news] = _Reader(detector, category)  # (models read again after forget_models)
    return built


def forget_reader() -> None:
    _READER.clear()


@contextmanager
def rules_only():
    """The extractor without this reader (the trainer reads what the rule chain alone leaves silent)."""
    _OFF.append(True)
    try:
        yield
    finally:
        _OFF.pop()


def _margin_of(pairs, yes: int) -> float:
    return sum(weight if index == yes else -weight for index, weight in pairs)


def score_sentence(sentence: str, paragraph: Paragraph, chapeau: str, news: bool, context, find_mentions,
                   models: _Reader) -> tuple[float, str, list[str], list[str]]:
    """(detector x category probability, "category/action", the subject countries, every country named)."""
    threshold = models.threshold_for(news)
    get = models.margins.get
    if models.shape:
        features = detector_features(sentence, paragraph.kind, chapeau, news, 0, False, True, models.shape)
        features.remove("party:none")
        # (speed, round 27: the look-ups mapped in C)
        margin = sum(map(get, features, repeat(0.0)), models.bias_margin)
    else:
        # ``detector_features``' weights without its strings (speed, round 42): the sentence's distinct words and
        # distinct pairs, its paragraph kind, the page, "chain:silent" and the chapeau's distinct words -- the same
        # features, summed in another order (the old order was a set's, which changes with the hash seed)
        words = tokens(sentence)
        margin = models.bias_margin + sum(map(models.word_margins.get, set(words), repeat(0.0))) \
            + sum(map(models.pair_margins.get, set(zip(words, words[1:])), repeat(0.0))) \
            + get(f"kind:{paragraph.kind}", 0.0) + get("page:news" if news else "page:official", 0.0) \
            + get("chain:silent", 0.0)
        if chapeau:
            margin += sum(map(models.chapeau_margins.get, set(tokens(chapeau)), repeat(0.0)))
    if 1.0 / (1.0 + math.exp(-(margin + models.party_gain))) < threshold:
        return 0.0, "", [], []  # below the threshold whoever the sentence names
    named, subject = sentence_parties(sentence, context.on, find_mentions)
    party = ["party:none" if not named else "party:one" if len(named) == 1 else "party:many"]
    if subject:
        party.append("party:subject")
    margin += sum(get(feature, 0.0) for feature in party)
    detected = 1.0 / (1.0 + math.exp(-margin))
    if detected < threshold:
        return detected, "", subject, named
    label, probability = models.category.best(category_features(sentence, chapeau))
    return detected * probability, label, subject, named


def sentence_rows(sentence: str, paragraph: Paragraph, start: int, end: int, chapeau: str, news: bool,
                  context, find_mentions, chapeau_actors, models: _Reader, antecedent=None,
                  label: str | None = None) -> list[Commitment]:
    """The rows of one silent sentence; ``label`` (round 39, the trainer's): read the slots for this "category/action"
    as if the models had passed it (what the slots make of a sentence, whatever the models say)."""
    from pipeline.commitments import _subject_phrase, restricts_no_goods  # (the chain's; imported late: it imports this module)

    if label is None:
        probability, label, subject, named = score_sentence(sentence, paragraph, chapeau, news, context, find_mentions,
                                                            models)
    else:
        named, subject = sentence_parties(sentence, context.on, find_mentions)
        probability = models.threshold_for(news)
    if probability < models.threshold_for(news) or "/" not in label:
        return []
    category, action = label.split("/", 1)
    if category == "tariff" and not holds_one_of(_LEVY_WORDS, sentence + " " + chapeau):
        return []  # a rate with no levy named, in the sentence or its chapeau, is a statistic (guide rule 1)
    if category == "tariff":
        action = verb_action(sentence, action)
    values = slot_values(sentence, category, action)
    if values is None:
        return []  # figures of several rows
    if category == "tariff":
        action = tariff_action(action, values, sentence)
    if category == "tariff" and not _item_names_one_partner(sentence, find_mentions, context):
        return []  # (round 26) a schedule item headed by more than one partner's name: the chain's rule, no row
    if subject and (" be " in sentence or " now " in sentence or " were " in sentence or " was " in sentence):
        subject = _granted_subject(sentence, subject, named, find_mentions, context)
    if subject and holds_one_of(_ASKING_HINTS, sentence):
        subject = _asking_subject(sentence, subject, named, find_mentions, context)
    if callable(chapeau_actors):
        chapeau_actors = chapeau_actors()
    actors = slot_actors(sentence, subject, chapeau_actors, context, category, values, named)
    pointing = _points_back(sentence) if not actors and not subject and antecedent is not None else 0
    if pointing:
        # (round 29) a subject that points back ("It will also scrap ...", "The ministry also added ...", "Its
        # parliament banned ..."), no country named: the party of the page's row told last before it; (round 42) and
        # when the countries named are only the goods' origin or a destination, none of them the subject ("The ministry
        # will drop the permit for Thai chicken"), a party that is not one of them
        actor = antecedent(pointing == _AFTER_TIME) if callable(antecedent) else antecedent
        if actor and actor not in named:
            actors = [actor]
    payers = _fronted_payers(sentence, find_mentions, context) if category == "tariff" else []
    if payers:
        # (round 24) "For the EU and Japan, which have deals with the United States, the tariff tops out at
        # 15%": the countries a fronted "For ..." names pay; the page's signer levies, a row per payer
        actors = [context.in_force_by]
    if len(actors) > 1 and category in _MARKET_CATEGORIES and "market" in sentence:
        # (round 29) two parties that agree to let goods into one side's market ("X and Y agreed to let N tonnes of
        # steel into the U.S. market", "... and to open X's market to Y's pork"): the market's owner lets them in
        owner = _market_owner(sentence, find_mentions, context)
        if owner in actors:
            actors = [owner]
    if category == "tariff" and actors:
        into = _entry_country(sentence, context, find_mentions)
        if into and into not in actors:
            # (round 24) goods said to enter another country pay that country's duty: in "U.S. pork will enter
            # Chile duty-free" the party named is the goods' origin, not the levier (no guess: no row)
            if not _goods_subject_only(sentence, actors, find_mentions, context):
                return []
            # (round 29) ... and when the subject names only the goods' origin ("European spirits have entered the
            # United States without any tariff"), the market they enter levies (round 27's chain rule)
            actors = [into]
    if not actors:
        return []  # nobody named: no row (never a guess)
    # whose goods a tariff falls on: the one other country the sentence names (each rate item of a list its own)
    others = [country for country in named if country not in actors] if category == "tariff" else []
    counterparty = others[0] if len(others) == 1 else None
    if payers:
        object_text = _object_text(sentence)
        return [Commitment(counterparty=payer, actor=actors[0], category=category, action=action,
                           subject=_subject_phrase(object_text), products=hs_codes(object_text), evidence=sentence,
                           paragraph_index=paragraph.index, char_start=paragraph.char_start + start,
                           char_end=paragraph.char_start + end, status=context.default_status,
                           confidence=round(min(probability, 0.99), 3), **values) for payer in payers]
    object_text = _object_text(sentence)
    if category == "import_restriction" and restricts_no_goods(object_text):
        return []  # (round 41) a check on a party's workers or firms ends no import (round 30's chain rule)
    rows = []
    for actor in actors:
        rows.append(Commitment(counterparty=counterparty if counterparty != actor else None,
            actor=actor, category=category, action=action, subject=_subject_phrase(object_text),
            products=hs_codes(object_text), evidence=sentence, paragraph_index=paragraph.index,
            char_start=paragraph.char_start + start, char_end=paragraph.char_start + end,
            status=context.default_status, confidence=round(min(probability, 0.99), 3), **values))
    return rows


# (round 29) a subject that asks for the measure ("X has also asked for a quota", "X urged Y to drop its duty"): the
# asker does not act, the one other country the sentence names does (round 27's chain rule, on the learned rows)
_ASKING_HINTS = ("asked", "request", "urg", "pressed", "called on", "called for", "demand", "sought", "lobb")
_ASKING_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|repeatedly\s+|formally\s+|again\s+)?(?:asked|requested|"
                           r"urged|pressed|called\s+on|called\s+for|demanded|sought|lobbied)\b")


def _asking_subject(sentence: str, subject: list[str], named: list[str], find_mentions, context) -> list[str]:
    """The subject countries less those whose verb asks for the measure; when one is dropped, the one other country
    the sentence names acts, else nobody from the subject."""
    kept = list(subject)
    for mention in find_mentions(sentence, context.on):
        country = mention.actor.country
        if country in kept and _ASKING_AFTER.match(sentence, mention.end):
            kept.remove(country)
    if len(kept) == len(subject):
        return subject
    others = [country for country in named if country not in subject]
    return kept or (others if len(others) == 1 else [])


# (round 29) a sentence whose subject points back to a party told before: "It will", "It also", "The ministry also
# added", "Its parliament banned", "The government said it would" (not "It is unclear", "It was not")
_ANAPHORIC_SUBJECT = re.compile(
    r"\s*(?:[Ii]t\s+(?:will|would|shall|must|may|can|could|has|had|also|plans|intends|agreed|said|says"
    # (round 43) or its own act told in the past ("In 2019 it banned ...", "It raised the duty ...")
    r"|banned|raised|cut|lifted|suspended|imposed|reimposed|removed|scrapped|halted|lowered|extended|dropped|eased|"
    r"restricted|pledged|promised|committed)\b"
    r"|(?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+)?(?:ministry|government|cabinet|commission|administration|regulator|agency|"
    r"department|authorities|authority|parliament|legislature|kingdom|bloc|country)\b)")
# (round 43) a time fronted before the subject: "In 2019", "In May 2025", "Since 2020", "Last week", "On Monday"
_FRONTED_TIME = re.compile(r"\s*(?:(?:In|Since)\s+(?:(?:early|late|mid-)\s*)?(?:" + MONTH_NAME + r"\s+)?(?:19|20)\d\d"
                           r"|In\s+" + MONTH_NAME + r"|(?:Last|Earlier\s+this)\s+(?:week|month|year)"
                           r"|(?:On|Last)\s+" + WEEKDAY_NAME + r")\b,?\s+")
_AFTER_TIME = 2


def _points_back(sentence: str) -> int:
    """1 when ``sentence``'s subject points back (``_ANAPHORIC_SUBJECT``), (round 43) ``_AFTER_TIME`` when it does after
    a fronted time ("In 2019 it banned ...", "In May 2025 the kingdom agreed ...", "Last week, the ministry said ..."):
    a date only, not any fronted phrase (round 42's "In a separate notice, the ministry ..." stays unread); else 0."""
    if _ANAPHORIC_SUBJECT.match(sentence):
        return 1
    if not sentence.lstrip().startswith(("In ", "Since ", "Last ", "Earlier ", "On ")):
        return 0
    fronted = _FRONTED_TIME.match(sentence)
    return _AFTER_TIME if fronted and _ANAPHORIC_SUBJECT.match(sentence, fronted.end()) else 0


# (round 29) the categories whose measure a market's owner applies to the goods let into it
_MARKET_CATEGORIES = frozenset({"tariff", "market_access", "import_restriction"})
# a market named as where goods go: "into the U.S. market", "open Mexico's market", "access to the EU's domestic market"
_MARKET_BEFORE = re.compile(r"\b(?:into|open(?:s|ed|ing)?|access\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_MARKET_AFTER = re.compile(r"(?:['\u2019]s?)?\s+(?:(?:domestic|home|own|internal|single)\s+)?markets?\b")


def _market_owner(sentence: str, find_mentions, context) -> str | None:
    """The one country whose market the sentence lets goods into ("into the U.S. market", "open Mexico's market"),
    else None."""
    owners = set()
    for mention in find_mentions(sentence, context.on):
        if mention.actor.country and _MARKET_AFTER.match(sentence, mention.end) \
                and _MARKET_BEFORE.search(sentence, max(0, mention.start - 20), mention.start):
            owners.add(mention.actor.country)
    return owners.pop() if len(owners) == 1 else None


# (round 28, LP) a country's firms or goods granted something by another party: "Chinese companies may now take
# minority stakes", "Irish meat will be sold in China", "Irish plants were approved": the verb after the noun phrase
# says what they are let do or have had done to them (a permission modal, a passive), so the firms' country does not act
_GRANTED_VERB = re.compile(
    r"(?:may|can|could)\s+now\b"
    r"|(?:will|would|may|can|could|shall)\s+(?:now\s+|also\s+|soon\s+|no\s+longer\s+)?be\s+(?:allowed|able|permitted|"
    r"sold|shipped|exported|imported|let|cleared|approved|admitted|eligible|registered|licensed|listed)\b"
    r"|(?:were|was|are|is|have\s+been|has\s+been)\s+(?:now\s+|also\s+|formally\s+)?(?:approved|cleared|allowed|"
    r"permitted|granted|registered|licensed|listed|admitted|authori[sz]ed)\b")
# the head nouns that make a demonym the state itself ("Chinese authorities may now ...", "the Irish government was")
_STATE_NOUNS = ("government", "authorit", "official", "minist", "customs", "regulator", "agenc", "cabinet", "parliament",
                "lawmaker", "leader", "negotiator", "president", "premier", "state", "embassy", "delegation", "side",
                "administration", "department", "court", "commission", "council", "envoy", "diplomat")


def _granted_subject(sentence: str, subject: list[str], named: list[str], find_mentions, context) -> list[str]:
    """The subject countries less those named only as the firms' or goods' origin of a permission or a passive
    ("Chinese companies may now ...", "Irish sheepmeat will be sold in China"); when one is dropped, the one other
    country the sentence names (the party that grants) acts, else nobody from the subject."""
    kept = list(subject)
    dropped = False
    for mention in find_mentions(sentence, context.on):
        country = mention.actor.country
        if country not in kept or mention.form in ("capital", "person"):
            continue
        head = _GRANTED_HEAD.match(sentence, mention.end)
        if head is None or any(noun in head.group("noun").lower() for noun in _STATE_NOUNS):
            continue
        if _GRANTED_VERB.match(sentence, head.end()) is None:
            continue
        kept.remove(country)
        dropped = True
    if not dropped:
        return subject
    others = [country for country in named if country not in subject]
    return kept or (others if len(others) == 1 else [])


# the noun phrase after a demonym, up to its verb: "Chinese companies ", "Irish processing plants "
_GRANTED_HEAD = re.compile(r"\s+(?P<noun>(?:[\w-]+\s+){1,3}?)(?=(?:may|can|could|will|would|shall|were|was|are|is|have|has)\b)")


# (round 24) a fronted adjunct naming whose goods a rate is for: "For the European Union and Japan, ...",
# "For the EU, Japan, and the United Kingdom, partners that ..., the combined duty ..."
_FRONTED_FOR = re.compile(r"^\s*For\s+(?P<list>[^,;:]{2,60}(?:,\s*(?:and\s+)?[^,;:]{2,40}){0,5})\s*,")


def _fronted_payers(sentence: str, find_mentions, context) -> list[str]:
    """The countries a sentence's opening "For X and Y," names, when the page has a signing government
    that is not one of them (else [])."""
    if not sentence.startswith(("For ", " For")) or not context.in_force_by:
        return []
    fronted = _FRONTED_FOR.match(sentence)
    if fronted is None:
        return []
    payers: list[str] = []
    for mention in find_mentions(sentence, context.on):
        if mention.start >= fronted.end("list"):
            break
        country = mention.actor.country
        if country and country not in payers:
            payers.append(country)
    if not payers or context.in_force_by in payers:
        return []
    return payers

def _item_names_one_partner(sentence: str, find_mentions, context) -> bool:
    """False for an order's schedule item whose head names a country but is not one country's whole name ("(b) Goods
    of Peru and Chile: ...", "(b) Republic of Peru and its neighbours: 12 percent"): the chain's schedule reader
    (``_partner_schedule_item_rows``) gives such an item no row, and neither does this reader. True otherwise."""
    if ":" not in sentence:
        return True
    from pipeline.commitments import _PARTNER_ITEM_HEAD, _STATE_FORM_WORDS

    head = _PARTNER_ITEM_HEAD.match(sentence.strip())
    if head is None:
        return True
    name = head.group("name").strip()
    named = [m for m in find_mentions(name, context.on) if m.actor.country]
    if not named:
        return True  # ("(b) Effective July 1: ...": no partner's item)
    return len(named) == 1 and not _STATE_FORM_WORDS.sub("", name[:named[0].start] + " " + name[named[0].end:]).strip()


def _entry_country(sentence: str, context, find_mentions) -> str | None:
    """The country the sentence's goods are said to enter after its verb ("will enter Chile", "imported into
    the United States"), from the chain's ``_destination``; None when it names none."""
    if "ent" not in sentence and "into" not in sentence:
        return None
    from pipeline.commitments import _destination

    mentions = find_mentions(sentence, context.on)
    region = (_modal_at(sentence), len(sentence))
    found = _destination(sentence, region, mentions)
    if found is None and "entered" in sentence:
        # (round 29) the perfect, "have entered the United States" (the chain's pattern reads "entered into")
        for mention in mentions:
            if region[0] <= mention.start and mention.actor.country \
                    and _ENTERED_BEFORE.search(sentence, max(0, mention.start - 20), mention.start):
                return mention.actor.country
    return found


_ENTERED_BEFORE = re.compile(r"\bentered\s+(?:the\s+)?$")


def _goods_subject_only(sentence: str, actors: list[str], find_mentions, context) -> bool:
    """(round 29) Whether every mention of ``actors`` before the verb names goods' or firms' origin: a demonym or name
    heading a noun phrase that is not the state ("European spirits have", "U.S. pork will")."""
    verb = _modal_at(sentence)
    seen = False
    for mention in find_mentions(sentence, context.on):
        if mention.start >= verb or mention.actor.country not in actors:
            continue
        if mention.form in ("capital", "person"):
            return False
        head = _GRANTED_HEAD.match(sentence, mention.end)
        if head is None or any(noun in head.group("noun").lower() for noun in _STATE_NOUNS):
            return False
        seen = True
    return seen


def _object_text(sentence: str) -> str:
    """What the commitment's verb acts on: the text after the verb that follows the first modal
    ("shall treat medical devices ..." -> "medical devices ..."), else after the modal."""
    modal = _modal_at(sentence)
    verbs = verb_words(tokens(sentence))
    lower = sentence.lower()
    if verbs:
        at = lower.find(" " + verbs[0], modal)
        if at >= 0:
            at += 1 + len(verbs[0])
            if len(verbs) > 1 and verbs[1] in _PARTICLES and lower.startswith(" " + verbs[1], at):
                at += 1 + len(verbs[1])  # "make available a quota", "phase out its duty"
            return sentence[at:]
    return sentence[modal:]


# the second word of a phrasal verb, which belongs to the verb, not to its object
_PARTICLES = frozenset({"available", "up", "down", "out", "off", "away", "back", "in", "over"})


def silent_sentence_rows(article: Article, rows: list[Commitment], context) -> list[Commitment]:
    """Rows for the sentences of ``article`` none of ``rows`` covers, where the models are confident."""
    news = context.news_register if context is not None else _is_news(article)
    models = reader(news)
    if models is None:
        return []
    from pipeline.commitments import _chapeau_parties, _introducing_party, _non_trade_talks, _subject_countries, \
        described_subject_party, find_actor_mentions, free_entry_to_come, restates_a_row, sentence_spans

    spans: dict[int, list[tuple[int, int]]] = {}
    for row in rows:
        spans.setdefault(row.paragraph_index, []).append((row.char_start, row.char_end))
    heads = None
    found: list[Commitment] = []
    for position, paragraph in enumerate(article.paragraphs):
        text = paragraph.text or ""
        if paragraph.kind in ("heading", "table_row") or not _holds_trigger(text, news):
            continue
        read = spans.get(paragraph.index, ())
        if read and any(s <= paragraph.char_start and e >= paragraph.char_end for s, e in read):
            continue  # a row's evidence is the whole paragraph (most list items)
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            if not _holds_trigger(sentence, news):
                continue
            begin, finish = paragraph.char_start + start, paragraph.char_start + end
            if read and any(s < finish and e > begin for s, e in read):
                continue  # the chain read this sentence
            if heads is None:
                heads = chapeaus(article)
            chapeau = heads.get(paragraph.index, "")
            def chapeau_actors(chapeau=chapeau):  # (read only for a sentence the models pass)
                return (_introducing_party(chapeau, context.on) or _subject_countries(chapeau, context.on)
                        or _chapeau_parties(chapeau, context)) if chapeau else []
            def antecedent(after_time=False, begin=begin, sentence=sentence, paragraph=paragraph, start=start,
                           position=position):
                # (read only for a sentence the models pass and no party is named in) (round 30) the chain's resolver
                # first: the party a description at its head names ("The ministry ...", "The country ..."), (round 43)
                # after a fronted time, the one party the sentence just before has as its subject ("X has used the same
                # tool before. In 2019 it banned ...": a story's look back; a plain "It has not got far" after it is
                # seldom a party), then the party of the page's row told last before it
                described = described_subject_party(sentence, paragraph, start, context)
                if described:
                    return described
                previous = _previous_sentence(article.paragraphs, position, start, sentence_spans) if after_time else ""
                told = sentence_parties(previous, context.on, find_actor_mentions)[1] if previous else []
                if len(told) == 1:
                    return told[0]
                before = [row for row in rows if row.actor and row.char_start < begin]
                return max(before, key=lambda row: row.char_start).actor if before else None
            new = sentence_rows(sentence, paragraph, start, end, chapeau, news, context, find_actor_mentions,
                                chapeau_actors, models, antecedent)
            if new and ruled_out(sentence, context):
                continue  # the chain's rules hold it states no party's measure (tested last: it is rarely reached)
            # a term the page already states elsewhere is no new row; (round 41) nor is one the chain's repeats rule
            # reads as a row told before stated again (convention 8), nor talks on peace, arms or migration (the
            # chain's own filter of its talks rows, guide rule 1), nor a zero tariff of goods that "will enter" a country
            # free of duty (the chain's round-28 rule: the lead's cut restated)
            found += [row for row in new if not any(_same_term(row, other) for other in rows)
                      and not _non_trade_talks(row) and not restates_a_row(row, rows)
                      and not (row.category == "tariff" and row.value_to == 0 and free_entry_to_come(sentence))]
    return found


def _previous_sentence(paragraphs, position: int, start: int, sentence_spans) -> str:
    """The sentence before the one at ``start`` of ``paragraphs[position]``: in its paragraph, else the last of the
    body paragraph before it (a heading between is skipped), else ""."""
    text = paragraphs[position].text or ""
    if start > 0:
        before = [(s, e) for s, e in sentence_spans(text) if e <= start]
        return text[before[-1][0]:before[-1][1]] if before else ""
    for earlier in reversed(paragraphs[max(0, position - 3):position]):
        if earlier.kind == "heading" or not (earlier.text or "").strip():
            continue
        spans = sentence_spans(earlier.text)
        return earlier.text[spans[-1][0]:spans[-1][1]] if spans else ""
    return ""


# the nouns of a levy: a tariff row's sentence (or its list's chapeau) names one
_MEASURE_WORDS = ("tariff", "Tariff", "TARIFF", "dut", "Dut", "DUT", "levy", "levies", "Levy", "quota", "rate", "Rate")
# (round 42) a tariff row's levy may also be a surcharge, a surtax or a tax on goods crossing the border ("will drop the
# 15% surcharge it charges on X goods", "cut the export tax on copper to 2%": guide Rounds 20 and 23, an export duty is
# a tariff); not a tax with no goods after it ("the digital services tax", read by the `other` rows)
_LEVY_WORDS = _MEASURE_WORDS + ("surcharge", "Surcharge", "surtax", "Surtax", "xport tax", "mport tax", "tax on")


_HOPE_HINTS = ("hop", "bet", "peculat", "wager", "fear", "xpect")
_CAMPAIGN_HINTS = ("lect", "ampaign", "ffice", "win", "take", "took", "eturn", "pposition", "hadow", "andidate",
                   "ominee", "opeful", "hallenger", "ontender")


def ruled_out(sentence: str, context) -> bool:
    """A sentence the chain's rules hold to be no party's commitment, whatever its verb: its ruled-out
    lines (``_ruled_out``), a hope, bet or forecast about a measure, a candidate's promise, an analyst's or
    a company's comment, a quote whose speaker is labelled after the verb (the chain's own patterns, behind their
    own cheap tests)."""
    from pipeline import commitments as chain

    if chain._ruled_out(sentence, context):
        return True
    if holds_one_of(_HOPE_HINTS, sentence) and chain._HOPE_FRAME.search(sentence):
        return True
    if holds_one_of(_CAMPAIGN_HINTS, sentence) and chain._CAMPAIGN_WORD.search(sentence):
        return True
    if ", " in sentence and chain._may(sentence, chain._SPEAKER_AFTER_VERB_WORDS) \
            and chain._SPEAKER_AFTER_VERB_HINT.search(sentence) and chain._speaker_after_verb().search(sentence):
        return True  # (round 41: the chain's round-14 rule) '"...," said John Park, an analyst at X': a comment
    lexicon = chain._lexicon()
    return bool(lexicon.non_government is not None and chain._may(sentence, chain._VIEW_VERB_WORDS)
                and chain._VIEW_VERB.search(sentence) and chain._may(chain.fold_case(sentence), chain._non_government_words())
                and lexicon.non_government.search(sentence))


def _holds_trigger(sentence: str, news: bool = False) -> bool:
    return holds_one_of(NEWS_TRIGGERS if news else TRIGGERS, sentence)


def _same_term(row: Commitment, other: Commitment) -> bool:
    return (row.actor, row.category, row.action, row.value_from, row.value_to, row.amount) == (
        other.actor, other.category, other.action, other.value_from, other.value_to, other.amount) and (
        row.counterparty is None or row.counterparty == other.counterparty)
