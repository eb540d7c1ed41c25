"""Round 45 (issue 4, LRNS): the learned reader of silent sentences.

- the trainer reads the silent sentences with the extractor's antecedent, which since round 43 is asked whether the
  sentence fronts a time (``antecedent(after_time)``): the trainer's own stand-in takes that argument and answers it as
  the extractor does (the one subject party of the sentence before), so that retraining runs again.

Our own sentences only (never text from the shared or written pages). The reader is run with the test's own small
models (``label``: a detector that passes every sentence, a category model with one label), so that what is tested is
the slots, not the shipped models' scores.
"""
from types import SimpleNamespace

from bench import train_commitment_models as trainer
from pipeline import learned_sentences as ls
from pipeline.actors import find_actor_mentions
from tests.commitment_text import learned_rows
from tests.test_commitments_lr_r26 import label, shown  # noqa: F401 (the fixture)

ROW_BEFORE = "ASTANA - Kazakhstan banned exports of gasoline by truck on Monday for six months."


def story_rows(*paragraphs):
    return learned_rows(list(paragraphs), title="Kazakhstan and Kyrgyzstan trade round-up", authors=["A. Reporter"])


def statement_rows(*paragraphs):
    return learned_rows(list(paragraphs), title="Joint Statement on Trade between the United States and Kazakhstan")


# --- the trainer's antecedent --------------------------------------------------------------------------------------------

def _document(*texts):
    context = SimpleNamespace(on=None)
    sentences = [SimpleNamespace(record=SimpleNamespace(text=text, predicted=[], char_start=100 * i),
                                 paragraph=SimpleNamespace(index=i, char_start=100 * i, kind="body", text=text),
                                 start=0, context=context) for i, text in enumerate(texts)]
    return SimpleNamespace(sentences=sentences)


def test_the_trainers_antecedent_after_a_fronted_time_is_the_subject_of_the_sentence_before(monkeypatch):
    import pipeline.commitments as chain

    monkeypatch.setattr(chain, "described_subject_party", lambda *args: None)
    document = _document("Kazakhstan has used the same tool before.", "In 2019 it banned exports of gasoline by truck.")
    antecedent = trainer._antecedent(document, document.sentences[1])
    assert antecedent(True) == "KAZ"
    assert antecedent() is None  # (no chain row before it, and no fronted time asked about)
    # and the extractor's reader reads the sentence so with it (what the trainer's folds count)
    rows = ls.sentence_rows(document.sentences[1].record.text, document.sentences[1].paragraph, 0,
                            len(document.sentences[1].record.text), "", True,
                            SimpleNamespace(on=None, signatories=(), parties=(), order_text="", in_force_by=None,
                                            news_register=True, default_status="announced"),
                            find_actor_mentions,
                            [], trainer._Forced, antecedent, label="export_control/restrict")
    assert [(row.actor, row.category, row.action) for row in rows] == [("KAZ", "export_control", "restrict")]
