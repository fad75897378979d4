"""What a topic module writes: situations as content, never as styled answers.

Data v2 is generated in two layers:
- **Content** (``gen/situations/<topic>.py``, written by hand): for each customer situation, how customers of each
  market ask about it, the facts that vary (products, amounts, dates, order numbers), and the correct answer as a
  list of neutral points (``Fact`` and ``Step``), plus what it takes to build the flawed variants (a constraint the
  customer states, a situation-specific unsafe step, an invented policy, a follow-up question).
- **Style and pairs** (``gen/styles.py``, ``gen/pairs.py``, ``generate.py``): render the same content in each
  market's style (us, jp, de) and a generic one, and build the preference pairs (style, content, slip, length).

A topic module exposes three names:

    TOPIC: str                                          # e.g. "billing"
    def facts(rng: random.Random, market: str) -> dict  # market in MARKETS; placeholder -> str | int | Money | date
    SITUATIONS: list[Situation]                         # at least 15

Every situation of a topic uses placeholders from the same ``facts`` dict, so one situation's answer can be
rendered with another situation's facts (the "answers a different question" flaw needs that).

Writing rules for content text (the style engine relies on them):
- ``Fact.text``: one declarative clause, no final period, no contractions, no hedging, no "please", no "!".
  "We" is the company, "you" the customer: "the duplicate charge of {amount} is refunded by {refund_date}".
- ``Step.text``: one imperative verb phrase starting with a bare verb in lower case, no final period:
  "open the Lumora app and go to Account > Billing". The engine turns it into "Open ...", "It may be helpful to
  open ...", "1. Open ..." depending on the style.
- Placeholders are ``{name}`` keys of ``facts``; money is a ``Money`` (rendered in the market's currency and the
  style's CLDR format), dates are ``datetime.date`` (rendered by CLDR), never hand-formatted.
- A product may be named in an answer only through a placeholder that the prompt also contains.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MARKETS = ("us", "jp", "de")


@dataclass(frozen=True)
class Fact:
    """A statement the answer makes (see the writing rules above)."""

    text: str


@dataclass(frozen=True)
class Step:
    """An action the customer takes, as a bare imperative verb phrase (see the writing rules above)."""

    text: str


Point = Fact | Step


@dataclass(frozen=True)
class Constraint:
    """Something the customer states that a correct answer must respect.

    said: market -> sentence the customer adds to the prompt ("I don't have a printer at home.").
    replaces: index into ``Situation.answer`` of the point that respects the constraint.
    violation: the point an answer that ignores the constraint says instead ("print the return label ...").
    """

    said: dict[str, str]
    replaces: int
    violation: Point


@dataclass(frozen=True)
class FollowUp:
    """A second question a customer may add to the same message, and its answer (1-2 points)."""

    ask: dict[str, list[str]]  # market -> phrasings of the second question, e.g. "Also, can I keep the old one?"
    answer: list[Point]


@dataclass
class Situation:
    """One kind of customer request and its correct, complete answer.

    id: "<topic>/<slug>", unique.
    ask: market -> at least 2 phrasings of the customer's message, in the voice of that market's customers.
    issue: a noun phrase naming the request, used in openers ("the double charge on order {order}").
    answer: 2-4 points that together answer the request correctly and completely.
    trouble: True when something went wrong for the customer (styled answers then apologise or sympathise).
    constraint: optional; needed by the "ignored constraint" flaw.
    followup: optional; needed by two-question prompts.
    unsafe: optional situation-specific unsafe step (shares a credential, disables a security feature); the engine
        falls back to a shared pool.
    invented: optional false restriction that contradicts the prompt or the real policy ("refunds are only possible
        within 7 days of purchase" when the customer is at day 10 of a 30-day window); shared pool otherwise.
    checked: placeholder names whose values the answer restates and a wrong value would make it wrong (amount,
        date, deadline); the "wrong fact" flaw perturbs one of them. Empty = the engine finds placeholders that
        appear both in the prompt and in the answer.
    """

    id: str
    ask: dict[str, list[str]]
    issue: str
    answer: list[Point]
    trouble: bool = False
    constraint: Constraint | None = None
    followup: FollowUp | None = None
    unsafe: Step | None = None
    invented: Fact | None = None
    checked: tuple[str, ...] = field(default_factory=tuple)

    @property
    def topic(self) -> str:
        return self.id.split("/", 1)[0]
