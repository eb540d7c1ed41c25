"""Synthetic rated rows for the row-confidence trainer's tests (bench.train_commitment_models): pages of
several sets, each set right a given share of the time, each row carrying one shape feature that lifts or
lowers its chance of being right."""
from __future__ import annotations

import random

import bench.train_commitment_models as trainer


def synthetic_rated_rows(sets, shapes, seed: int, rows_per_shape: int = 4) -> list[trainer.RatedRow]:
    """``sets``: (page-name prefix, share right, pages); ``shapes``: (feature, lift of the share right)."""
    rng = random.Random(seed)
    rows = []
    for prefix, share, pages in sets:
        for page in range(pages):
            for shape, lift in shapes:
                for _ in range(rows_per_shape):
                    rows.append(trainer.RatedRow(f"{prefix}-{page}", [shape], rng.random() < share + lift, 0.95))
    return rows
