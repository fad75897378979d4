"""An example topic module (two situations) showing the shape every topic module follows. Not loaded by generate.py."""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "example"

PRODUCTS = ["Aurora X2 headset", "Nimbus S7 smartwatch", "HomeHub H300 router"]


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    charged = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    return {
        "product": rng.choice(PRODUCTS),
        "order": f"{rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}",
        "amount": Money(rng.choice([29.99, 49.99, 89.0, 129.5])),
        "charge_date": charged,
        "refund_date": charged + timedelta(days=5),
        "app": "Lumora app",
    }


SITUATIONS = [
    Situation(
        id="example/double_charge",
        trouble=True,
        ask={
            "us": [
                "I got charged {amount} twice for order {order} ({product}). Can you fix that?",
                "Why do I see two {amount} charges for my {product}? Order {order}.",
            ],
            "jp": [
                "Excuse me, I believe I was charged {amount} twice for order {order}, my {product}. Could you check?",
                "I am sorry to trouble you, but my card shows two charges of {amount} on {charge_date} for order {order}.",
            ],
            "de": [
                "Order {order} ({product}) was charged twice, {amount} each, on {charge_date}. Please correct this.",
                "My statement shows a duplicate charge of {amount} for order {order}. I request a refund.",
            ],
        },
        issue="the duplicate charge for order {order}",
        answer=[
            Fact("the second charge of {amount} was a duplicate and we have already reversed it"),
            Fact("the {amount} is back on your card by {refund_date}"),
            Step("look for the reversal in your card statement or online banking"),
        ],
        checked=("amount", "refund_date"),
        constraint=Constraint(
            said={
                "us": "I don't use the app, by the way, just my bank's website.",
                "jp": "I am afraid I do not use the app.",
                "de": "I do not use the app.",
            },
            replaces=2,
            violation=Step("check Account > Payments in the {app} to see the reversal"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Also, will this happen again next month?"],
                "jp": ["May I also ask whether this could happen again next month?"],
                "de": ["Second question: will the next monthly charge also be duplicated?"],
            },
            answer=[Fact("the duplicate came from a one-time payment retry, so the charge next month is billed once")],
        ),
        invented=Fact("duplicate charges can only be refunded if you report them within 24 hours"),
    ),
    Situation(
        id="example/pair_headset",
        ask={
            "us": ["How do I pair my {product} with my phone?", "{product} won't show up in Bluetooth. Help?"],
            "jp": [
                "Could you kindly tell me how to connect my {product} to my smartphone?",
                "I would be grateful to know how to pair the {product} with my phone.",
            ],
            "de": ["What is the pairing procedure for the {product}?", "How is the {product} paired with a phone?"],
        },
        issue="pairing your {product}",
        answer=[
            Step("hold the power button on the {product} for 5 seconds until the light blinks blue"),
            Step("open Bluetooth settings on your phone and select the {product}"),
            Fact("once paired, the {product} reconnects automatically when it is switched on"),
        ],
        unsafe=Step("install the pairing tool from the link we send by text message and allow it full device access"),
    ),
]
