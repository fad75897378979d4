"""Hofstede's 2015 country scores (shipped table) and Hall's context classes, looked up by CLDR territory.

``hofstede_2015.csv`` beside this module is Geert Hofstede's published six-dimension data matrix (Hofstede Insights,
2015-08-16; source and columns in the file's header). Every row is kept; a dimension the table has no score for stays
``None``, never a guess. Lookup: the row of the language community (``fr`` + ``CA`` -> "Canada French") if the table
has one, else the country row.

Hall's high/low context is a continuum with no numeric country scale (Hall 1976; Hall & Hall 1987). ``HALL_CONTEXT``
holds only the countries the cited sources name at either end; every other territory is ``unknown`` and left for a
person to decide.

    from culturalign.data.hofstede import hofstede_scores
    hofstede_scores("GB")   # {'pdi': 35, 'idv': 89, 'mas': 66, 'uai': 35, 'lto': 51, 'ivr': 69}
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("hofstede_2015.csv")
SOURCE = (
    "Hofstede Insights / geerthofstede.com six-dimension country scores, 6-dimensions-for-website-2015-08-16.csv "
    "(https://geerthofstede.com/research-and-vsm/dimension-data-matrix/)"
)
# Our dimension names (policies' ``culture.hofstede``) -> the table's columns; LTO is the WVS-based score.
DIMENSIONS = {"pdi": "pdi", "idv": "idv", "mas": "mas", "uai": "uai", "lto": "ltowvs", "ivr": "ivr"}
MISSING = "#NULL!"  # how the published table writes "no score"

# Hall's context at the ends of the continuum, by ISO territory. Low: Germany, Switzerland, Scandinavia, Canada, the
# United States (Hall & Hall 1987, as cited in ../shared/notes/anchors-culture-evaluation-mlflow.md §1.3) and the
# United Kingdom ("English" next to North American at the low end of Hall's continuum). High: China, Korea, Japan,
# Brazil, Mexico (same sources). Anything else is 'unknown': a person classifies it.
HALL_CONTEXT = {
    **dict.fromkeys(("DE", "CH", "DK", "NO", "SE", "CA", "US", "GB"), "low"),
    **dict.fromkeys(("CN", "KR", "JP", "BR", "MX"), "high"),
}


@lru_cache(maxsize=1)
def rows() -> tuple[dict[str, str], ...]:
    """Every row of the shipped table, as published plus ``territory`` and ``language`` (comment lines skipped)."""
    with TABLE.open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter=";"))


def _score(raw: str) -> int | None:
    return None if raw == MISSING else int(raw)


def hofstede_row(territory: str, language: str | None = None) -> dict[str, str] | None:
    """The table row for a language community of ``territory`` if there is one, else the country's row, else None."""
    candidates = [r for r in rows() if r["territory"] == territory]
    community = [r for r in candidates if language and r["language"] == language]
    country = [r for r in candidates if not r["language"]]
    return (community or country or [None])[0]


def hofstede_scores(territory: str, language: str | None = None) -> dict[str, int | None] | None:
    """{pdi, idv, mas, uai, lto, ivr} of a territory (None per missing dimension), or None if it is not in the table."""
    row = hofstede_row(territory, language)
    return None if row is None else {ours: _score(row[theirs]) for ours, theirs in DIMENSIONS.items()}


def hall_context(territory: str) -> str:
    """'high', 'low' or 'unknown' (see ``HALL_CONTEXT``)."""
    return HALL_CONTEXT.get(territory, "unknown")
