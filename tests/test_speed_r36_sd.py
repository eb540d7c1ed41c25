"""Round 36, speed (SD): the per-article stages skip work whose answer an earlier, cheaper test already gives.

- ``_countries_only_as_nationality`` runs only when ``_document_context`` saw a country named in a paragraph by an
  adjective or demonym and by no other form (``nationality_candidates``): what it returns lies in that set;
- ``_fill_ownerless_tariffs`` does nothing on a page with no tariff row lacking its actor;
- ``_drop_sellers_as_buyers`` reads a purchase's mentions only when another purchase of its sentence shares its amount;
- ``_measure_referred_to_again`` tests the later row's own date tests once, not once per earlier row.
Texts are the team's own wordings and the sample pages."""
from pipeline import commitments
from pipeline.model import Commitment

from bench.bench_commitments_speed import load_articles


def test_nationalities_lie_in_the_candidates():
    for article in load_articles():
        commitments._ARTICLE_MEMO.table = {}
        try:
            context = commitments._document_context(article)
            found = commitments._countries_only_as_nationality(article, context.on)
        finally:
            commitments._ARTICLE_MEMO.table = None
        assert found <= context.nationality_candidates, article.title


def _row(**fields) -> Commitment:
    base = dict(article_id="t", actor="USA", counterparty=None, category="tariff", action="impose", subject="duties",
                evidence="The United States will impose duties.", paragraph_index=0, char_start=0, char_end=10)
    base.update(fields)
    return Commitment(**base)


def test_measure_referred_to_again_as_before():
    def plain(rows, later):  # the round-35 body
        if later.action not in commitments._REFERRING_ACTIONS or commitments._has_figure(later):
            return None
        words = commitments._distinctive_words(later.subject)
        return next((r for r in rows if (r.actor, r.category, r.action, r.counterparty)
                     == (later.actor, later.category, later.action, later.counterparty)
                     and r.evidence != later.evidence and set(later.products) <= set(r.products)
                     and words <= commitments._distinctive_words(r.subject) | commitments._distinctive_words(r.evidence)
                     and not commitments._dated_apart(r, later) and not commitments._DATED_OPENING.match(later.evidence or "")
                     and not commitments._past_with_year(later)
                     and commitments._told_by_share_covered(r) == commitments._told_by_share_covered(later)
                     and not commitments._levied_goods_apart(r, later)), None)

    earlier = [_row(action="suspend", subject="the retaliatory duties on steel",
                    evidence="Canada will suspend the retaliatory duties on steel."),
               _row(action="suspend", subject="duties on steel", evidence="In 2019, Canada suspended duties on steel."),
               _row(action="remove", subject="the sanctions", evidence="The United States will lift the sanctions.")]
    laters = [_row(action="suspend", subject="the duties", evidence="Canada will suspend the duties next week."),
              _row(action="suspend", subject="the duties", evidence="In March, Canada suspended the duties."),
              _row(action="suspend", subject="the duties", evidence="Canada suspended the duties in 2020."),
              _row(action="remove", subject="the sanctions", evidence="The sanctions were lifted after the 2020 vote."),
              _row(action="remove", subject="the sanctions", evidence="Washington will lift those sanctions soon."),
              _row(action="impose", subject="the duties", evidence="Canada will impose the duties.")]
    for later in laters:
        assert commitments._measure_referred_to_again(earlier, later) is plain(earlier, later)


def test_sellers_as_buyers_as_before():
    def plain(rows, context):  # the round-35 body
        purchases = [r for r in rows if r.category == "purchase" and r.actor]
        if len(purchases) < 2:
            return rows
        dropped = set()
        for row in purchases:
            named = row.subject or row.evidence
            origin = {m.actor.country for m in commitments.find_actor_mentions(named, context.on)
                      if m.actor.country and m.form in ("name", "adjective")}
            seller = row.actor in origin if commitments._ORIGIN_WORD.search(named) \
                else (row.actor == commitments.HOME_EXPORTER and not origin)
            if seller and any(o is not row and o.evidence == row.evidence and o.amount == row.amount
                              and o.actor not in origin and o.actor != row.actor for o in purchases):
                dropped.add(id(row))
        return [r for r in rows if id(r) not in dropped] if dropped else rows

    context = commitments._Context(on=None, parties=["USA", "JPN"], default_status="announced", article_id="t")
    sentence = "The United States and Japan welcome the purchases of $5 billion of U.S. energy."
    pages = [
        [_row(actor="USA", category="purchase", action="buy", subject="$5 billion of U.S. energy", evidence=sentence, amount=5e9),
         _row(actor="JPN", category="purchase", action="buy", subject="$5 billion of U.S. energy", evidence=sentence, amount=5e9)],
        [_row(actor="USA", category="purchase", action="buy", subject="$5 billion of U.S. energy", evidence=sentence, amount=5e9),
         _row(actor="JPN", category="purchase", action="buy", subject="$5 billion of U.S. energy", evidence=sentence, amount=4e9)],
        [_row(actor="USA", category="purchase", action="buy", subject="American aircraft", evidence="Japan will buy American aircraft."),
         _row(actor="JPN", category="purchase", action="buy", subject="American aircraft", evidence="Japan will buy American aircraft.")],
    ]
    for rows in pages:
        assert [id(r) for r in commitments._drop_sellers_as_buyers(rows, context)] == [id(r) for r in plain(rows, context)]


def test_row_texts_read_from_their_paragraph_as_scanned_alone():
    from pipeline import actors
    from pipeline.sentences import split_sentences

    checked = 0
    for article in load_articles()[:12]:
        commitments._ARTICLE_MEMO.table = {}
        try:
            context = commitments._document_context(article)
            for index, paragraph in enumerate(context.paragraphs):
                text = paragraph.text or ""
                for start, end in split_sentences(text):
                    sentence = text[start:end]
                    words = sentence.split()
                    # the sentence, its halves and a subject-like tail (cuts inside and at words)
                    for part in (sentence, " ".join(words[len(words) // 2:]), " ".join(words[:len(words) // 2]),
                                 sentence[len(sentence) // 3:]):
                        if not part:
                            continue
                        row = _row(subject=part, evidence=sentence, paragraph_index=index)
                        found = commitments._row_text_mentions(part, row, context)
                        alone = actors.find_actor_mentions(part, context.on)
                        assert [(m.start, m.end, m.actor, m.form) for m in found] \
                            == [(m.start, m.end, m.actor, m.form) for m in alone], part
                        checked += 1
        finally:
            commitments._ARTICLE_MEMO.table = None
            commitments._ARTICLE_MEMO.place = None
    assert checked > 300


def test_hyphen_guards():
    from pipeline import timeexpr
    from pipeline.quantities import parse_number
    from tests.commitment_text import sample_sentences

    texts = sample_sentences() + ["a 90-day pause", "for a 12-month period", "from 2025-04-09", "a two-year-long ban",
                                  "for 90 days", "600-billion", "thirty-five"]
    for text in texts:
        if "-" not in text:
            assert timeexpr._DURATION_ADJECTIVE.search(text) is None and timeexpr._DATE_ISO.search(text) is None
    assert timeexpr.find_duration("a 90-day pause") == 90 and timeexpr.find_duration("a two-year-long ban") == 730
    assert [d.value.isoformat() for d in timeexpr.find_dates("from 2025-04-09")] == ["2025-04-09"]
    assert parse_number("600-billion") == 6e11 and parse_number("thirty-five") == 35 and parse_number("1,200.5") == 1200.5
