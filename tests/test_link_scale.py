"""Linking's fast paths agree with the plain computations they replace."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from rashomon.link.similarity import _row_products


def test_row_products_equal_the_sparse_product() -> None:
    m = sparse.random(60, 40, density=0.15, format="csr", random_state=3, dtype=np.float32)
    rng = np.random.default_rng(5)
    seen = 0
    for _ in range(20):
        a = rng.choice(60, rng.integers(1, 12), replace=False)
        b = rng.choice(60, rng.integers(1, 12), replace=False)
        anchored = rng.random(40) < 0.4
        dot, shared, none = _row_products(m, a, b, anchored)
        assert none is None
        np.testing.assert_allclose(dot, (m[a] @ m[b].T).toarray(), rtol=1e-5, atol=1e-6)
        binary = sparse.csr_matrix((m > 0).astype(np.float32) @ sparse.diags(anchored.astype(np.float32)))
        assert np.array_equal(shared, (binary[a] @ binary[b].T).toarray())  # shared anchor columns, counted exactly
        seen += int(shared.sum())
    assert seen > 0  # the random groups did share anchors, so the comparison above meant something


def test_row_products_of_empty_rows_are_zero() -> None:
    m = sparse.csr_matrix((5, 8), dtype=np.float32)
    dot, shared, _ = _row_products(m, np.array([0, 2]), np.array([4]), np.ones(8, dtype=bool))
    assert dot.tolist() == [[0.0], [0.0]] and shared.tolist() == [[0.0], [0.0]]
