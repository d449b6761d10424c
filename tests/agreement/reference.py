"""Independent reference values for the kind-agreement fixtures of
tests/core/agreement.rs: Cohen's kappa by scikit-learn's
`cohen_kappa_score`, Fleiss' kappa by statsmodels' `fleiss_kappa`. Writes
tests/agreement/reference.json, which the Rust tests read (they also check
that the ratings here are the ones their fixtures produce).

    python3 -m venv /tmp/agree-venv
    /tmp/agree-venv/bin/pip install scikit-learn statsmodels
    /tmp/agree-venv/bin/python tests/agreement/reference.py

Krippendorff's alpha for unitizing has no faithful implementation on PyPI
that this could call: `krippendorff` takes coded units, not spans;
`krippendorff-unitized-alpha` (0.1.0) computes the coincidence-matrix
coefficient of Krippendorff et al. (2016), not the 2004 alpha_u, and mixes
inclusive and exclusive ends; `pygamma-agreement` computes gamma. The Rust
tests check alpha_u against hand computations and Krippendorff's published
examples instead.
"""

import json
import pathlib
from importlib.metadata import version

from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import fleiss_kappa

KINDS = ["direct", "indirect", "mixed"]
D, I, M = KINDS

# The matched quotes' kinds, (reference, other) per item, fixture by fixture.
COHEN = {
    # identical_layers_agree_perfectly_on_every_measure: the port's two quotes.
    "perfect": ([D, I], [D, I]),
    # kinds_of_two_annotators_are_compared_by_cohens_kappa: ann and bo.
    "six_quotes": ([D, I, D, M, D, I], [D, I, M, M, I, I]),
    # the_workspace_pools_counts_instead_of_averaging_documents: both documents as one table.
    "pooled": ([D, I, D, M, D, I] + [D, I], [D, I, M, M, I, I] + [D, I]),
    # three_annotators_give_every_pair_its_figures_...: ann (d d i m), bo (d i i m), cy (d i i d).
    "three_annotators_ann_bo": ([D, D, I, M], [D, I, I, M]),
    "three_annotators_ann_cy": ([D, D, I, M], [D, I, I, D]),
    "three_annotators_bo_cy": ([D, I, I, M], [D, I, I, D]),
}

# Per item, the kind each rater gave (ann, bo, cy).
FLEISS = {
    "three_annotators": [[D, D, D], [D, I, I], [I, I, I], [M, M, D]],
}


def table(ratings):
    """Items x kinds: how many raters gave each item each kind."""
    return [[row.count(kind) for kind in KINDS] for row in ratings]


def main():
    reference = {
        "generated_by": "tests/agreement/reference.py",
        "versions": {
            "scikit-learn": version("scikit-learn"),
            "statsmodels": version("statsmodels"),
        },
        "kinds": KINDS,
        "cohen": {
            name: {
                "reference": a,
                "other": b,
                "kappa": float(cohen_kappa_score(a, b, labels=KINDS)),
            }
            for name, (a, b) in COHEN.items()
        },
        "fleiss": {
            name: {
                "ratings": ratings,
                "table": table(ratings),
                "kappa": float(fleiss_kappa(table(ratings), method="fleiss")),
            }
            for name, ratings in FLEISS.items()
        },
    }
    out = pathlib.Path(__file__).with_name("reference.json")
    out.write_text(json.dumps(reference, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
