"""No input makes statement extraction raise, and what it returns points into the body."""
import logging

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.model import article_from_paragraphs
from pipeline.statements import extract_statements

# Text rich in the characters the scanner and patterns care about.
ALPHABET = st.sampled_from(list("“”‘’\"'«»„:;,.!?—–-() \n\tQAaeiouXYZsaidtoldMrsDr") + ["said", " said ", "Mr ", "she", "according to "])
PARAGRAPH = st.lists(ALPHABET, max_size=60).map("".join) | st.text(max_size=80)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PARAGRAPH, max_size=6))
def test_no_input_raises_and_offsets_stay_in_the_body(paragraphs):
    article = article_from_paragraphs(paragraphs)
    failures = _Collect()
    logger = logging.getLogger("pipeline.statements")
    logger.addHandler(failures)
    try:
        statements = extract_statements(article)
    finally:
        logger.removeHandler(failures)
    # the per-paragraph safety net must not have been needed either
    assert failures.records == [], failures.records[0].exc_info
    for s in statements:
        assert 0 <= s.char_start < s.char_end <= len(article.body)
        assert s.kind in {"direct", "partial", "indirect", "continuation"}
        assert s.quote.strip()


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record)
