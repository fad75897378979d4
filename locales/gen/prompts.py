"""Customer prompts per market: plain, emotional, two questions, multi-turn (TRL conversational).

A prompt is built from one of the situation's ``ask[market]`` phrasings filled with the scenario's values (money and
dates in the market's own CLDR conventions), optionally the constraint sentence, and the frame of its kind:
- emotional: an angry, anxious or sarcastic framing from per-market pools around the request;
- two_questions: the situation's follow-up question appended (the correct answer addresses both);
- multi_turn: [user: a vague first message, assistant: a clarifying question in the market's style,
  user: the real request].
"""

from __future__ import annotations

import random

from gen.common import MARKET_CURRENCY, render
from gen.situation import Situation

KINDS = ("plain", "emotional", "two_questions", "multi_turn")
MOODS = ("angry", "anxious", "sarcastic")

EMOTION = {
    "us": {
        "angry": (
            [
                "This is getting ridiculous.",
                "I'm honestly fed up.",
                "Seriously?",
                "Third time asking about this.",
                "Not happy right now.",
                "Ugh, again.",
                "I'm so done with this.",
                "This is a joke.",
            ],
            ["Fix it.", "I want this handled today.", "This shouldn't be this hard.", "Come on.", "", ""],
        ),
        "anxious": (
            [
                "I'm kind of panicking here.",
                "Really worried about this one.",
                "Okay, I'm stressing out a bit.",
                "I'm nervous about this, sorry.",
                "Freaking out a little.",
            ],
            [
                "Is this going to be a big problem?",
                "I really need this sorted soon.",
                "Please tell me it's fixable.",
                "",
                "",
            ],
        ),
        "sarcastic": (
            [
                "Wow, great experience so far.",
                "Love that this is happening, really.",
                "Awesome. Just awesome.",
                "Well, this is fun.",
                "Oh great, another surprise.",
            ],
            ["Can't wait to hear the excuse.", "Thanks a lot.", "Really loving this.", "", ""],
        ),
    },
    "jp": {
        "angry": (
            [
                "I must say I am quite disappointed.",
                "I am sorry to say that I am rather upset about this.",
                "Frankly, this is very frustrating for me.",
                "I have to say this is not what I expected from your company.",
                "I am afraid my patience is wearing thin.",
            ],
            [
                "I would appreciate a prompt response.",
                "I hope this can be resolved quickly.",
                "I would like this to be handled properly this time.",
                "",
            ],
        ),
        "anxious": (
            [
                "I am very worried about this.",
                "I am quite anxious and do not know what to do.",
                "Please forgive me, but I am rather nervous about this matter.",
                "I am sorry, I am a little worried.",
            ],
            [
                "I would be grateful for your help.",
                "I hope it is not a serious problem.",
                "I would be relieved to hear from you soon.",
                "",
            ],
        ),
        "sarcastic": (
            [
                "It seems your service is not as reliable as I had hoped.",
                "I suppose this is what I should expect.",
                "What a pleasant surprise, another problem.",
                "I see that things have gone wonderfully again.",
            ],
            ["I look forward to your explanation.", "I am sure there is a good reason.", ""],
        ),
    },
    "de": {
        "angry": (
            [
                "I am extremely dissatisfied.",
                "This is unacceptable.",
                "I expect a proper solution this time.",
                "My patience is running out.",
                "This is the second complaint on this matter.",
            ],
            [
                "I expect a response within one working day.",
                "Resolve this immediately.",
                "Otherwise I will escalate the matter.",
                "",
            ],
        ),
        "anxious": (
            [
                "This matter concerns me considerably.",
                "I am worried that this will cause further problems.",
                "This is urgent and I am concerned.",
                "I am uneasy about this.",
            ],
            ["Please confirm that this will be resolved.", "I require clarity on this quickly.", ""],
        ),
        "sarcastic": (
            [
                "Excellent service, truly.",
                "Another problem, how surprising.",
                "Wonderful, exactly what I needed.",
                "Impressive reliability, as always.",
            ],
            ["I await your explanation.", "I look forward to the excuse.", ""],
        ),
    },
}

VAGUE = {
    "us": [
        "Hey, I need some help with {tp}.",
        "Hi, got a question about {tp}.",
        "Quick question about {tp}.",
        "Something's up, can you help?",
        "Hey there, got a minute?",
        "Hi, I have an issue.",
        "Hey, can you help me out with something?",
        "Having trouble with {tp}, help?",
    ],
    "jp": [
        "Excuse me, may I ask something about {tp}?",
        "I am sorry to trouble you, but I have a question.",
        "Hello, I would like to consult you about {tp}.",
        "Good afternoon. I have a small concern.",
        "Excuse me, I am having some difficulty.",
        "I am sorry to bother you. May I ask for some help?",
        "Hello. I have a question regarding {tp}, if I may.",
    ],
    "de": [
        "I have a question regarding {tp}.",
        "Good day. I require assistance.",
        "I need information about {tp}.",
        "There is a problem. I need support.",
        "I have a matter to clarify regarding {tp}.",
        "Good day. I have an inquiry.",
    ],
}
# How customers name a topic in a vague first message ("a question about ..."); others: the name with spaces.
TOPIC_PHRASE = {
    "account_security": "my account security",
    "device_setup": "setting up a device",
    "gift_cards_loyalty": "gift cards and rewards",
    "privacy_data": "privacy and my data",
    "product_questions": "a product",
    "protection_plans": "my protection plan",
    "smart_home": "my smart home devices",
    "software_updates": "a software update",
    "store_pickup": "a store pickup",
    "trade_in_recycling": "trade-in and recycling",
    "orders": "an order",
    "returns": "a return",
    "repairs": "a repair",
    "payments": "a payment",
    "billing": "billing",
    "shipping": "a delivery",
    "subscriptions": "a subscription",
    "warranty": "the warranty",
    "workplace": "a business account",
    "travel": "travelling with my devices",
    "scheduling": "an appointment",
    "complaints": "a complaint",
    "connectivity": "a connection problem",
    "accessibility": "accessibility settings",
}
CLARIFY = {
    "us": (
        ["Sure thing!", "Happy to help.", "Of course.", "Sure, I can help with that.", "Absolutely."],
        ["What's going on?", "What's happening exactly?", "What can I help you with?", "What's up?"],
        [
            "Give me the details and I'll take a look.",
            "If there's an order number or product name, send that too.",
            "Tell me a bit more and we'll sort it out.",
            "",
        ],
    ),
    "jp": (
        ["Thank you very much for contacting us.", "Thank you for reaching out to us.", "Thank you for your message."],
        [
            "We would be grateful if you could kindly tell us a little more about the matter.",
            "Would you perhaps be so kind as to share a few more details with us?",
            "So that we may assist you properly, could you kindly describe the situation in a little more detail?",
        ],
        ["If possible, the product name or order number would be most helpful.", ""],
    ),
    "de": (
        ["Describe the issue precisely.", "Please state the details of your request.", "Please specify the matter."],
        [
            "Include the product model or the order number where applicable.",
            "State the relevant order number or product model.",
            "",
        ],
        [""],
    ),
}


def fill(template: str, values: dict, market: str) -> str:
    return render(template, values, market, MARKET_CURRENCY[market])


def build_prompt(
    topic: str,
    sit: Situation,
    market: str,
    values: dict,
    kind: str,
    mood: str | None,
    constraint: bool,
    r: random.Random,
    phrasing: int,
) -> tuple[str | list[dict], str]:
    """(prompt, all of its text): a string, or for multi_turn a list of chat messages ending with the user."""
    ask = fill(sit.ask[market][phrasing % len(sit.ask[market])], values, market)
    parts = [ask]
    if constraint and sit.constraint:
        parts.append(fill(sit.constraint.said[market], values, market))
    if kind == "two_questions" and sit.followup:
        parts.append(fill(r.choice(sit.followup.ask[market]), values, market))
    request = " ".join(parts)
    if kind == "emotional":
        pre, post = EMOTION[market][mood or "angry"]
        request = " ".join(x for x in (r.choice(pre), request, r.choice(post)) if x)
    if kind != "multi_turn":
        return request, request
    tp = TOPIC_PHRASE.get(topic, topic.replace("_", " "))
    first = r.choice(VAGUE[market]).format(tp=tp)
    clarify = " ".join(x for x in (r.choice(pool) for pool in CLARIFY[market]) if x)
    messages = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": clarify},
        {"role": "user", "content": request},
    ]
    return messages, "\n".join(m["content"] for m in messages)
