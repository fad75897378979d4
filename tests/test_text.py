"""The degeneration check on real degenerate answers (number soup and loops seen from trained adapters) and on
fluent answers with many amounts and dates, which must pass."""

from __future__ import annotations

import pytest
from culturalign.data.text import degenerate, degenerate_rate

# what the en-DE adapter answered on a topic it had never seen (issue 13)
NUMBER_SOUP = "1.1.2.11.01.3.12.2.1.1.01.0.1.2.3.11.1.12.1.1.0.2.1.11.1.01.1.2.1.12.1.1.2.0.1.1.1.2.11.01"
SOUP_AFTER_A_START = (
    "The warranty of the Vista V55 TV is as follows: 1. 1.1.2.11.01.3.12.2.1.1.01.0.1.2.3.11.1.12.1.1.0.2.1.11.1.01"
)
LOOP = "Thank you very much. We sincerely apologize. " * 8
FLUENT_WITH_NUMBERS = (
    "Order A123456 was charged ¥19,500 twice on 2026/12/03. The duplicate ¥19,500 is returned by 2026/12/08, "
    "and the remaining balance of ¥1,234,567.50 is unchanged. Reference: 4417-2210-9981."
)
DE_STEPS = "The refund is issued within 5 days.\n1. Open Settings > Billing.\n2. Select order 123.\n3. Confirm 49,99 €."


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (NUMBER_SOUP, "soup"),
        (SOUP_AFTER_A_START, "soup"),
        (LOOP, "loop"),
        ("1.", "empty"),
        (FLUENT_WITH_NUMBERS, None),
        (DE_STEPS, None),
        ("Hold the power button for 5 seconds, then pair it again in Bluetooth settings.", None),
    ],
)
def test_degenerate(text, why):
    assert degenerate(text) == why


def test_degenerate_rate():
    assert degenerate_rate([NUMBER_SOUP, DE_STEPS, LOOP, FLUENT_WITH_NUMBERS]) == 0.5
    assert degenerate_rate([]) == 0.0


def test_default_decoding_lets_an_answer_repeat_a_year_but_not_loop():
    import torch
    from culturalign.core.config import compose
    from culturalign.model.generation import decoding_kwargs
    from transformers import NoRepeatNGramLogitsProcessor

    # SmolLM2 writes each digit and "/" as its own token, so characters stand in for its token ids here.
    def banned_next(text: str, n: int) -> set[str]:
        ids = torch.tensor([[ord(c) for c in text]])
        scores = NoRepeatNGramLogitsProcessor(n)(ids, torch.zeros(1, 128))
        return {chr(i) for i in (scores[0] == float("-inf")).nonzero().flatten().tolist()}

    n = decoding_kwargs(compose([]).decoding)["no_repeat_ngram_size"]
    # "/202" already occurred, followed by "6": a trigram ban ("0","2" -> "6") forces the second year into soup
    second_date = "Ready on 11/28/2026, refund by 12/5/202"
    assert "6" in banned_next(second_date, 3)
    assert "6" not in banned_next(second_date, n)
    # a loop is still cut: the last five tokens "1.1.1" occurred before, followed by ".", so "." is banned (n = 6)
    assert n == 6 and banned_next("Step 1.1.1.1.1", n) == {"."}
