"""Topic module B: returns, account_security, warranty.

Each situation function draws its facts (product, order number, durations, amounts, dates) with ``rng`` and
returns the customer prompts it can be asked with plus the answer parts of the four styles (us, jp, de, generic).
A part is a string or a list of alternative strings; inside a string ``<a|b|c>`` marks an inline alternative.
Every alternative of one part carries the same facts, so the four answers of a scenario stay equally correct.
Money and dates are placeholders only (rendered later through CLDR).
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from gen.common import STYLES, Money, Scenario, pick, render

# ---------------------------------------------------------------------------------------------------------------
# Shared building blocks
# ---------------------------------------------------------------------------------------------------------------

# kind -> (brand, model pattern); {n} one digit, {nn} two digits, {nnn} hundreds, {sz} screen size
_PRODUCTS = {
    "headset": [("Aurora X{n}", "headset"), ("Aurora X{n} Pro", "headset"), ("Cadence NC{nn}", "headset")],
    "router": [("HomeHub H{nnn}", "router"), ("HomeHub H{nnn} Mesh", "router")],
    "watch": [("Stride W{n}", "smartwatch"), ("Stride W{n} Active", "smartwatch")],
    "tablet": [("Nimbus T{nn}", "tablet"), ("Nimbus T{nn} Plus", "tablet")],
    "laptop": [("Vertex L{nn}", "laptop"), ("Vertex L{nn} Pro", "laptop")],
    "speaker": [("Echoline S{n}", "speaker"), ("Echoline S{n} Max", "speaker"), ("Resonant SB{nn}", "soundbar")],
    "camera": [("Lumo C{n}", "action camera"), ("Lumo C{n} 4K", "action camera")],
    "tv": [("Vista {sz}Q", "TV"), ("Vista {sz}U", "TV")],
    "vacuum": [("Sweepa R{n}", "robot vacuum"), ("Sweepa R{n} Plus", "robot vacuum")],
    "phone": [("Orbit P{n}", "phone"), ("Orbit P{n} Max", "phone")],
    "ereader": [("Folio E{n}", "e-reader"), ("Folio E{n} Color", "e-reader")],
    "keyboard": [("Keystone K{n}", "keyboard"), ("Keystone K{n} Mechanical", "keyboard")],
    "monitor": [("Clarion M{sz}", "monitor"), ("Clarion M{sz} Curved", "monitor")],
    "doorbell": [("Porchlight D{n}", "video doorbell"), ("Porchlight D{n} Pro", "video doorbell")],
    "drone": [("Skylark Q{n}", "drone")],
    "band": [("Tempo F{n}", "fitness band")],
    "coffee": [("Brewline B{n}", "coffee maker"), ("Brewline B{n} Barista", "coffee maker")],
    "controller": [("Arcadia G{n}", "game controller"), ("Arcadia G{n} Elite", "game controller")],
    "projector": [("Beam PX{n}", "mini projector")],
}
BATTERY = ("headset", "watch", "tablet", "laptop", "camera", "phone", "ereader", "drone", "band", "controller")
SCREEN = ("tablet", "laptop", "tv", "phone", "monitor")
LINKED = ("router", "watch", "tablet", "laptop", "speaker", "vacuum", "phone", "ereader", "doorbell")
BIG = ("tv", "vacuum", "coffee", "monitor", "projector")

APPS = ("HomeHub", "Stride", "Aurora Sound", "Porchlight", "Sweepa", "Nimbus")
COLORS = ("black", "white", "silver", "navy blue", "sage green", "rose gold", "graphite", "sand beige")
CARRIERS = ("UPS", "DHL", "FedEx")
CITIES = ("Lisbon", "Toronto", "Warsaw", "Manila", "Lagos", "Bogota", "Hanoi", "Bucharest", "Jakarta", "Lima")
ACCESSORIES = ("carry case", "charging dock", "spare battery pack", "wall mount", "USB-C hub", "screen protector")


def product(rng: random.Random, *kinds: str) -> str:
    """A made-up product name with a random model number, of one of ``kinds`` (any kind if none given)."""
    kind = pick(rng, kinds or tuple(_PRODUCTS))
    brand, noun = rng.choice(_PRODUCTS[kind])
    brand = brand.format(
        n=rng.randint(2, 9),
        nn=rng.randint(10, 19),
        nnn=rng.choice(range(100, 1000, 100)),
        sz=rng.choice((24, 27, 32, 43, 50, 55, 65)) if kind == "tv" else rng.choice((24, 27, 32)),
    )
    return f"{brand} {noun}"


def order_no(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"


def serial_no(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return f"{letters}{rng.randint(10, 99)}{rng.choice('KMRX')}{rng.randint(100000, 999999)}"


def case_no(rng: random.Random) -> str:
    return f"RMA-{rng.randint(100000, 999999)}"


def a_date(rng: random.Random, start: date = date(2026, 1, 12), span: int = 330) -> date:
    return start + timedelta(days=rng.randint(0, span))


def dollars(rng: random.Random, lo: int, hi: int, cents: tuple[str, ...] = ("99", "00", "49", "95")) -> Money:
    return Money(f"{rng.randint(lo, hi)}.{pick(rng, cents)}")


_ALT = re.compile(r"<([^<>]*)>")


def _x(rng: random.Random, text: str) -> str:
    """Resolve inline alternatives ``<a|b|c>``."""
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)


def _join(rng: random.Random, parts: list) -> str:
    out = []
    for part in parts:
        if isinstance(part, (list, tuple)):
            part = rng.choice(list(part))
        if part:
            out.append(_x(rng, part))
    return re.sub(r" *\n *", "\n", " ".join(out)).strip()


# us: the answer comes first; short, friendly closers (no exclamation marks, so an opener may carry one).
US_CLOSE = [
    "Anything else, just let us know.",
    "Let us know if you need anything else.",
    "We're here if anything else comes up.",
    "Hope that helps.",
    "Happy to help with anything else.",
    "Just reply here if you get stuck.",
    "",
]

JP_THANK = [
    "Thank you very much for contacting us about {s}.",
    "Thank you for your kind patience and for your question regarding {s}.",
    "Thank you for reaching out to us concerning {s}.",
    "Thank you very much for taking the time to write to us about {s}.",
    "Thank you for contacting our support team regarding {s}.",
]
JP_SORRY = [
    "We sincerely apologize for the inconvenience this has caused.",
    "We are truly sorry for the trouble this has caused you.",
    "Please accept our sincere apologies for this inconvenience.",
    "We deeply regret the inconvenience this situation has caused.",
]
JP_WORRY = [
    "We fully understand how worrying this must be.",
    "We are very sorry for the concern this has caused you.",
    "We understand that this situation must be unsettling, and we are sorry for the worry it has caused.",
]
JP_CLOSE = [
    "We appreciate your understanding and remain at your service.",
    "Please do not hesitate to contact us should you need any further assistance.",
    "We are grateful for your patience, and we remain at your service for anything further.",
    "Should you have any other questions, we would be glad to assist you at any time.",
    "We hope this information is helpful, and we thank you again for your kind understanding.",
]

GEN_OPEN_Q = [
    "Great question!",
    "That's a great question.",
    "Thanks for reaching out!",
    "Good question!",
    "Happy to help with that!",
]
GEN_OPEN_P = [
    "I understand your concern.",
    "I'm sorry to hear about that!",
    "I understand how frustrating that must be.",
    "I completely understand your concern.",
    "Sorry you're dealing with this!",
]
GEN_OPEN_T = [
    "There are a few things you can try.",
    "I understand your concern. There are a few things you can try.",
    "That can definitely be frustrating. There are a few things you can try.",
]
GEN_CLOSE = [
    "I hope this helps!",
    "Let me know if you have any other questions.",
    "I hope this helps! Let me know if you have any other questions.",
]


def us(openers, body, close=None) -> list:
    return [openers, body, US_CLOSE if close is None else close]


def jp(subjects, body, sorry=None, close=None) -> list:
    subjects = [subjects] if isinstance(subjects, str) else subjects
    parts: list = [[t.replace("{s}", s) for t in JP_THANK for s in subjects]]
    if sorry:
        parts.append(sorry)
    parts += [body, JP_CLOSE if close is None else close]
    return parts


_DE_VERBS = [
    (re.compile(r"^Open "), "<Open|Go to> "),
    (re.compile(r"^Select "), "<Select|Choose> "),
    (re.compile(r" and select "), " and <select|choose> "),
    (re.compile(r"^Enter "), "<Enter|Type in> "),
]


def _de_vary(step: str) -> str:
    for pattern, repl in _DE_VERBS:
        step = pattern.sub(repl, step)
    return step


def de(fact, steps, close) -> list:
    parts: list = [fact]
    steps = [[_de_vary(s) for s in st] if isinstance(st, (list, tuple)) else _de_vary(st) for st in steps]
    for i, step in enumerate(steps, 1):
        parts.append([f"\n{i}. {s}" for s in step] if isinstance(step, (list, tuple)) else f"\n{i}. {step}")
    if close:
        parts.append([f"\n{c}" for c in close] if isinstance(close, (list, tuple)) else f"\n{close}")
    return parts


def gen(openers, intro, bullets, tail=None) -> list:
    parts: list = [openers, intro]
    for b in bullets:
        parts.append([f"\n- {s}" for s in b] if isinstance(b, (list, tuple)) else f"\n- {b}")
    if tail:
        parts.append([f"\n{t}" for t in tail] if isinstance(tail, (list, tuple)) else f"\n{tail}")
        parts.append(GEN_CLOSE)
    else:
        parts.append([f"\n{c}" for c in GEN_CLOSE])
    return parts


# ---------------------------------------------------------------------------------------------------------------
# returns
# ---------------------------------------------------------------------------------------------------------------


def r_window(rng):
    v = {"product": product(rng), "days": pick(rng, (14, 30, 30, 60))}
    prompts = [
        "How long do I have to return my {product}?",
        "What's your return window? I bought a {product} <last week|a few days ago|recently> and I'm not sure "
        "I'll keep it.",
        "Can I still send back the {product} if I just change my mind?",
        "I got the {product} as an upgrade but honestly I <prefer|liked> my old one. Is there a deadline for returns?",
        "return policy for the {product}?",
        "Quick one: how many days after delivery can I return something like the {product}?",
        "Before I open the {product}, I'd like to know how long your return period is in case it doesn't suit me.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "You've got {days} days from delivery to return the {product}.",
                    "Yep, you can send the {product} back any time within {days} days of delivery.",
                    "Good news: the {product} can go back within {days} days of the day it was delivered.",
                ],
                "<Changing your mind is totally fine|A change of mind is a perfectly good reason>, and the clock "
                "starts "
                "on the delivery date, not the order date. <Just|Simply> pack it with all the accessories, then go to "
                "Your Orders, pick the {product} and hit Return item. Once it's back with us, we'll refund your "
                "original payment method.",
            ),
            "jp": jp(
                ["the return period for your {product}", "returning your {product}", "our return policy"],
                "The {product} may be returned within {days} days of delivery, even if you have changed your "
                "mind, and this period begins on the delivery date rather than the order "
                "date. If it is convenient for you, the return may be started from Your Orders by selecting the "
                "{product} "
                "and choosing Return item, and we would be grateful if all accessories could be included. "
                "Once the item reaches us, the refund will be made to your original payment method.",
            ),
            "de": de(
                [
                    "Returns of the {product} are accepted within {days} days of delivery, including change-of-mind "
                    "returns. The period starts on the delivery date, not the order date.",
                    "The return period for the {product} is {days} days from delivery; a change of mind is sufficient "
                    "as "
                    "a reason. The order date is not relevant.",
                ],
                [
                    "Open Your Orders and select the {product}.",
                    "Select Return item.",
                    "Pack the item with all original accessories.",
                ],
                [
                    "The refund is issued to the original payment method once the item has arrived.",
                    "The refund goes to the original payment method after the item is received.",
                ],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "You can return the {product} within {days} days of delivery, even if you've <simply|just> changed "
                "your "
                "mind.",
                [
                    "The window starts on the delivery date, not the order date.",
                    "You might want to check that all the accessories are in the box.",
                    "To start, go to Your Orders, select the {product} and choose Return item.",
                    "The refund goes back to your original payment method once it arrives.",
                ],
            ),
        },
    )


def r_start(rng):
    v = {
        "product": product(rng),
        "order": order_no(rng),
        "carrier": pick(rng, CARRIERS),
        "drop": pick(rng, (7, 10, 14)),
    }
    prompts = [
        "How do I start a return for my {product}?",
        "I want to send back the {product} from order {order}. What are the steps?",
        "Where do I get a return label? Need to return a {product}.",
        "Can you walk me through returning something? It's the {product} I ordered <last month|two weeks ago>.",
        "I'd like to return the {product}, it just isn't what I expected. How does that work?",
        "what's the process to return order {order}",
        "Never returned anything online before. How do I send back the {product} I got from you?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Here's how: go to Your Orders, open order {order} and hit Return item next to the {product}.",
                    "Easy: start it from Your Orders by opening order {order} and tapping Return item on the "
                    "{product}.",
                ],
                "Pick a reason, and we'll email you a prepaid label (it's also saved in Your Orders). Drop the package "
                "at any {carrier} location within {drop} days, and <hang on to|keep> the drop-off receipt until your "
                "refund comes through.",
            ),
            "jp": jp(
                [
                    "returning your {product}",
                    "the return of your {product} from order {order}",
                    "how to return an item",
                ],
                "If it is convenient for you, we would kindly ask you to open Your Orders, select order {order}, and "
                "choose Return item next to the {product} with a reason. A prepaid label will then be sent to you by "
                "email and will also remain available in Your Orders. We would be grateful "
                "if you could hand the parcel to any {carrier} location within {drop} days, and it may be helpful to "
                "keep the drop-off receipt until the refund is complete.",
            ),
            "de": de(
                [
                    "Returns are started in Your Orders. The parcel must be handed to {carrier} within {drop} days.",
                    "A return is registered online and handed to the carrier within {drop} days.",
                ],
                [
                    "Open Your Orders and select order {order}.",
                    "Select Return item next to the {product} and state the reason.",
                    "Print the prepaid label from the email or from Your Orders.",
                    "Hand the parcel to any {carrier} location within {drop} days.",
                ],
                [
                    "Keep the drop-off receipt until the refund is confirmed.",
                    "The drop-off receipt is to be kept until the refund has been confirmed.",
                ],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "<Starting a return is pretty simple|Returning an item is straightforward>. Here's how it works:",
                [
                    "Go to Your Orders, open order {order} and choose Return item next to the {product}.",
                    "Select a reason, and you'll get a prepaid label by email (it's also saved in Your Orders).",
                    "Drop the package off at any {carrier} location within {drop} days.",
                    "You might want to keep the drop-off receipt until your refund comes through.",
                ],
            ),
        },
    )


def r_refund_time(rng):
    v = {
        "product": product(rng),
        "amount": dollars(rng, 29, 899),
        "bd": pick(rng, (3, 5)),
        "order": order_no(rng),
        "shipped": a_date(rng),
    }
    prompts = [
        "I sent back my {product} last week. When will I get my {amount} back?",
        "How long do refunds take once you've received a return? It's for the {product}.",
        "Still waiting on the {amount} refund for the {product}. How long does it usually take?",
        "My return for order {order} was shipped on {shipped}. When should the refund of {amount} show up?",
        "when do i get my money back for the returned {product}",
        "I returned a {product} and the tracking says it arrived. How many days until the refund hits my card?",
        "Refund timing question: order {order}, {amount}, item already on its way back to you.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Your {amount} refund goes out within {bd} business days of the {product} reaching our warehouse.",
                    "Once the {product} lands at our warehouse, we'll issue the {amount} refund within {bd} business "
                    "days.",
                ],
                "You'll get an email the moment it's issued. After that, your bank usually needs another 3 to 5 "
                "business days to show it, so don't worry if it isn't there right away. Still nothing after that? "
                "Send us order number {order} and we'll look into it.",
            ),
            "jp": jp(
                [
                    "the refund for your returned {product}",
                    "the timing of your refund",
                    "your refund for order {order}",
                ],
                "Please allow us to explain the process. Once the {product} has arrived at our warehouse, the refund "
                "of "
                "{amount} will be issued within {bd} business days, and we will send you a confirmation email at that "
                "time. Your bank may then need a further 3 to 5 business days before the amount appears on your "
                "statement. Should it still not appear after this, we would be grateful if you could send us order "
                "number {order} so that we may look into it.",
            ),
            "de": de(
                [
                    "The refund of {amount} is issued within {bd} business days after the {product} arrives at the "
                    "warehouse.",
                    "Refunds are issued within {bd} business days of receipt at the warehouse; for this return the "
                    "amount "
                    "is {amount}.",
                ],
                [
                    "The warehouse registers and checks the returned {product}.",
                    "The refund is issued and a confirmation email is sent.",
                    "The bank credits the amount within a further 3 to 5 business days.",
                ],
                [
                    "If the amount has not been credited after this period, contact support and state order number "
                    "{order}."
                ],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "Refunds usually go out pretty quickly once your return arrives. Here's the timeline:",
                [
                    "We issue the {amount} refund within {bd} business days after the {product} reaches our warehouse.",
                    "You'll get a confirmation email as soon as it's issued.",
                    "Your bank might take another 3 to 5 business days to show it.",
                    "If it still isn't there after that, you might want to contact us with order number {order}.",
                ],
            ),
        },
    )


def r_opened(rng):
    v = {"product": product(rng, *LINKED, "camera", "headset"), "days": pick(rng, (14, 30))}
    prompts = [
        "I've already opened and used the {product} a couple of times. Can I still return it?",
        "Is it OK to return the {product} if the box has been opened?",
        "Do you charge a restocking fee on opened electronics? Thinking about returning my {product}.",
        "I set up the {product} and linked it to my account, but I don't like it. Can it still go back?",
        "Can opened items be returned? It's a {product}, barely used.",
        "tore the packaging open on my new {product} before realising it was the wrong model for me, still returnable?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Yep, opened items are fine to return within {days} days of delivery.",
                    "Yes, you can still return the {product} even though it's been opened, as long as you're within "
                    "{days} days of delivery.",
                ],
                "Before you pack it, sign out of your account on the {product} and do a factory reset so your data's "
                "wiped. Put all the cables and accessories back in the box. <And good news|Also|Plus>, we don't "
                "charge a restocking fee on opened items.",
            ),
            "jp": jp(
                ["returning your opened {product}", "the return of an opened item", "your {product}"],
                "We are glad to let you know that opened and used items may still be returned within {days} days of "
                "delivery, and no restocking fee is charged. Before packing the {product}, it may be helpful to sign "
                "out of your account on the device and perform a factory reset so that your personal data is removed. "
                "We would also be grateful if you could include all cables and accessories that came in the box.",
            ),
            "de": de(
                [
                    "Opened items are accepted within {days} days of delivery. No restocking fee is charged.",
                    "The {product} can be returned opened or used within {days} days of delivery, without a restocking "
                    "fee.",
                ],
                [
                    "Sign out of your account on the {product}.",
                    "Perform a factory reset to delete all personal data.",
                    "Pack the item with all cables and accessories.",
                ],
                [
                    "The return is then processed in the same way as for unopened items.",
                    "The return is then handled like any other return.",
                ],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "<Good news|The short answer is yes>: you can still return the {product} even if it's been opened or "
                "used, as long as it's within {days} days of delivery. Before you send it:",
                [
                    "Sign out of your account on the device.",
                    "You might want to do a factory reset so your personal data is wiped.",
                    "Include all the cables and accessories that came in the box.",
                ],
                "Also, there's no restocking fee for opened items.",
            ),
        },
    )


def r_exchange(rng):
    c1, c2 = rng.sample(COLORS, 2)
    v = {"product": product(rng), "color1": c1, "color2": c2}
    prompts = [
        "Can I swap my {product} for a different colour?",
        "I ordered the {product} in {color1} but I'd rather have it in {color2}. How do I exchange it?",
        "Is an exchange possible instead of a refund? The {product} is fine, I just picked the wrong colour.",
        "Do I have to wait for my return to arrive before you send the replacement {product} in {color2}?",
        "I'd like to exchange the {color1} {product} I received for the {color2} one. What do I need to do?",
        "exchange {color1} {product} for {color2}?",
        "My partner says the {color1} {product} clashes with everything. Can we trade it for {color2} without "
        "paying twice?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Yep, you can swap it: go to Your Orders, hit Return item on the {product}, choose Exchange and "
                    "pick "
                    "{color2}.",
                    "Sure thing, just open Your Orders, tap Return item on the {product}, then choose Exchange and "
                    "select "
                    "{color2}.",
                ],
                "We'll ship the {color2} one as soon as the carrier scans your return, so you don't have to wait for "
                "it "
                "to reach us. Any price difference gets charged or refunded automatically. Just send the {color1} one "
                "back within 14 days using the prepaid label.",
            ),
            "jp": jp(
                ["exchanging your {product}", "an exchange for your {color1} {product}", "your {product} order"],
                "If it is convenient for you, we would kindly ask you to open Your Orders, choose Return item for the "
                "{product}, select Exchange, and then pick the "
                "{color2} version. The {color2} item will be dispatched as soon as the carrier scans your return, so "
                "there is no need to wait. Any price difference will be settled automatically, and "
                "we would be grateful if the {color1} item could be sent back within 14 days with the prepaid label.",
            ),
            "de": de(
                [
                    "An exchange is processed through the return function. The replacement ships as soon as the "
                    "carrier "
                    "scans the return.",
                    "The {product} can be exchanged for the {color2} version; the replacement is dispatched when the "
                    "carrier scans the return.",
                ],
                [
                    "Open Your Orders and select Return item for the {product}.",
                    "Select Exchange and choose the {color2} version.",
                    "Send the {color1} item back within 14 days using the prepaid label.",
                ],
                ["Any price difference is charged or refunded automatically."],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "You can <definitely|absolutely> exchange it instead of getting a refund:",
                [
                    "In Your Orders, choose Return item for the {product}, then select Exchange and pick {color2}.",
                    "The {color2} one ships as soon as the carrier scans your return, so you don't need to wait.",
                    "Any price difference is charged or refunded automatically.",
                    "You might want to send the {color1} one back soon. It's due within 14 days, with the prepaid "
                    "label.",
                ],
            ),
        },
    )


def r_label(rng):
    v = {"product": product(rng), "order": order_no(rng)}
    prompts = [
        "I lost the return label for my {product}. Can I get another one?",
        "I don't have a printer. How am I supposed to use the return label for the {product}?",
        "The return label email for order {order} never arrived.",
        "Accidentally deleted the email with my return label for the {product}, what now?",
        "My return label for the {product} is from <three weeks|a month|ages> ago. Is it still valid?",
        "Where can I reprint a return label? Sending back a {product} from order {order}.",
        "Can I get the label for my {product} return on my phone instead? No printer at home.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "No problem, you can grab it again any time from Your Orders under Return details.",
                    "You can reprint it any time: open Your Orders, go to Return details for the {product} and tap "
                    "Print "
                    "label.",
                ],
                "Don't have a printer? Just show the QR code on your phone at the drop-off point. Heads up, labels are "
                "valid for 14 days, so if yours is older than that, cancel the return and start a new one. It won't "
                "cost you anything.",
            ),
            "jp": jp(
                ["the return label for your {product}", "your return label for order {order}", "your return"],
                "The label may be printed again at any time from Your Orders under Return details. If a printer is not "
                "available, it may be helpful to show the QR code on your "
                "phone at the drop-off point instead. Please kindly note that labels are valid for 14 days. If yours "
                "is older, we would kindly ask you to cancel the return and start a new request, which is free of "
                "charge.",
                sorry=["We are sorry for any trouble this may have caused.", ""],
            ),
            "de": de(
                [
                    "Return labels remain available in Your Orders and are valid for 14 days.",
                    "The label can be downloaded again at any time; its validity is 14 days.",
                ],
                [
                    "Open Your Orders and select Return details for the {product}.",
                    "Select Print label, or show the QR code on a phone at the drop-off point.",
                    "If the label is older than 14 days, cancel the return and start a new request.",
                ],
                ["A new request is free of charge.", "New return requests are free of charge."],
            ),
            "generic": gen(
                ["Don't worry, that happens a lot!", "No worries, this is easy to fix.", "Good question!"],
                "You can get the label again easily.",
                [
                    "Go to Your Orders, open Return details for the {product} and choose Print label.",
                    "If you don't have a printer, you can show the QR code on your phone at the drop-off point.",
                    "Labels are valid for 14 days, so you might want to cancel and start a new return if yours is "
                    "older. "
                    "It's free.",
                ],
            ),
        },
    )


def r_wrong(rng):
    p = product(rng)
    w = product(rng)
    while w.split()[0] == p.split()[0]:
        w = product(rng)
    v = {"product": p, "wrong": w, "order": order_no(rng)}
    prompts = [
        "I ordered a {product} but got a {wrong} instead.",
        "Wrong item in my package! Order {order} should be a {product}.",
        "You sent me the wrong thing. I paid for the {product} and received something completely different. What now?",
        "The box for order {order} contained a {wrong}, not the {product} I ordered. Do I have to pay to send it back?",
        "received wrong product, {wrong} instead of {product}",
        "Hello, my delivery arrived today but it's the wrong item: a {wrong} rather than the {product}. How can "
        "this be fixed?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Sorry about that, we'll get the right {product} out to you at no cost.",
                    "We'll send the correct {product} right away, free of charge.",
                ],
                "Go to Your Orders, open order {order}, tap Problem with order, then Wrong item, and upload a photo of "
                "the item plus the shipping label. The correct one ships within 1 business day. We'll also email a "
                "prepaid label so you can send the {wrong} back within 30 days for free.",
            ),
            "jp": jp(
                ["order {order}", "the incorrect item you received", "your recent delivery"],
                "The correct {product} will be sent to you at no cost. We would kindly ask you to open order {order} "
                "in "
                "Your Orders, select Problem with order and then Wrong item, "
                "and upload a photo of the item together with the shipping label. The correct item will be dispatched "
                "within 1 business day, and a prepaid label will be provided so that the {wrong} may be returned free "
                "of charge within 30 days.",
                sorry=JP_SORRY,
            ),
            "de": de(
                [
                    "The correct {product} is shipped free of charge within 1 business day after the report.",
                    "Incorrect deliveries are replaced at no cost; the {product} ships within 1 business day of the "
                    "report.",
                ],
                [
                    "Open order {order} in Your Orders.",
                    "Select Problem with order, then Wrong item.",
                    "Upload a photo of the item and of the shipping label.",
                    "Return the {wrong} within 30 days using the prepaid label.",
                ],
                [
                    "Return shipping for the incorrect item is free of charge.",
                    "No costs arise for the return of the incorrect item.",
                ],
            ),
            "generic": gen(
                GEN_OPEN_P,
                "We'll send the correct {product} at no cost.",
                [
                    "Open order {order} in Your Orders and choose Problem with order, then Wrong item.",
                    "You might want to take a clear photo of the item and the shipping label, then upload both.",
                    "The correct item ships within 1 business day.",
                    "You'll get a prepaid label to send the {wrong} back free of charge within 30 days.",
                ],
            ),
        },
    )


def r_damaged(rng):
    v = {"product": product(rng), "order": order_no(rng)}
    prompts = [
        "My {product} arrived <damaged|broken|with a big dent in it>. What should I do?",
        "The box was crushed and the {product} inside doesn't turn on.",
        "Delivery today, {product} is scratched all over. I want a replacement.",
        "How do I report an item that was damaged in shipping? It's a {product} from order {order}.",
        "Is there a time limit for reporting a damaged delivery? My {product} came with a cracked casing.",
        "{product} arrived broken, order {order}, refund or replacement??",
        "Opened the parcel and the {product} has a snapped part rattling around inside. Not happy.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Sorry about that, we'll replace the {product} or refund you in full, your call.",
                    "You'll get a replacement or a full refund, whichever you prefer.",
                ],
                "Just report it within 48 hours of delivery: open order {order} in Your Orders, tap Problem with "
                "order, "
                "then Arrived damaged, and add photos of the outer box and the {product}. A courier will pick up the "
                "damaged one for free.",
            ),
            "jp": jp(
                ["the condition of your {product}", "your delivery for order {order}", "your damaged {product}"],
                "We would be glad to offer a replacement or a full refund, as you prefer. We "
                "would kindly ask you to report the damage within 48 hours of delivery by opening order {order} in "
                "Your "
                "Orders and selecting Problem with order, then Arrived damaged, and we would be grateful if you could "
                "attach photos of the outer box and of the {product}. A courier will then collect the damaged item "
                "free of charge.",
                sorry=JP_SORRY,
            ),
            "de": de(
                [
                    "Items damaged in transit are replaced or fully refunded. The damage must be reported within 48 "
                    "hours "
                    "of delivery.",
                    "Transport damage is reported within 48 hours of delivery; the customer chooses replacement or "
                    "full "
                    "refund.",
                ],
                [
                    "Open order {order} in Your Orders.",
                    "Select Problem with order, then Arrived damaged.",
                    "Upload photos of the outer box and of the {product}.",
                    "Choose replacement or full refund.",
                ],
                ["A courier collects the damaged item free of charge."],
            ),
            "generic": gen(
                GEN_OPEN_P,
                "You're entitled to a replacement or a full refund for an item that arrived damaged.",
                [
                    "Report it within 48 hours of delivery.",
                    "Open order {order} in Your Orders and choose Problem with order, then Arrived damaged.",
                    "You might want to include clear photos of the outer box and the {product}.",
                    "A courier will pick up the damaged item for free.",
                ],
            ),
        },
    )


def r_gift(rng):
    v = {"product": product(rng), "days": pick(rng, (30, 30, 60))}
    prompts = [
        "Someone gave me a {product} as a gift but I already have one. Can I return it?",
        "Can I return the {product} I got as a gift without the person who bought it finding out?",
        "I got a {product} for my birthday and it's the wrong model. How do gift returns work?",
        "Do I get cash back if I return a gifted {product}, or store credit?",
        "gift return for a {product}, I only have the gift receipt",
        "My aunt ordered me a {product} from your shop. I'd like to swap it for credit. What do I need?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Yep, you can return a gift, and the person who bought it won't be notified.",
                    "Sure, gifts can go back, and the buyer won't hear a thing about it.",
                ],
                "Head to our Gift returns page and enter the order number from the gift receipt or packing slip. "
                "You've got {days} days from delivery. Instead of a refund to the buyer's card, you'll get an e-gift "
                "card for the value of the {product}, sent to your email.",
            ),
            "jp": jp(
                ["returning the {product} you received as a gift", "a gift return", "your gift"],
                "We are pleased to confirm that gifts may be returned within {days} days of delivery, and the person "
                "who purchased the item will not be notified. If it is convenient for you, we would kindly ask you to "
                "visit our Gift returns page and enter the order number shown on the gift receipt or packing slip. "
                "Rather than a refund to the original payment method, an e-gift card for the value of the {product} "
                "will be sent to your email address.",
            ),
            "de": de(
                [
                    "Gifts can be returned within {days} days of delivery. The buyer is not notified.",
                    "Gift returns are accepted within {days} days of delivery without notification of the buyer.",
                ],
                [
                    "Open the Gift returns page.",
                    "Enter the order number from the gift receipt or packing slip.",
                    "Enter your own email address.",
                ],
                [
                    "The value of the {product} is issued as an e-gift card to this address, not refunded to the "
                    "buyer.",
                    "The value of the {product} is credited as an e-gift card by email; the buyer receives no refund.",
                ],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "You can return a gift, and the person who bought it won't be notified.",
                [
                    "Visit the Gift returns page and enter the order number from the gift receipt or packing slip.",
                    "Returns are accepted within {days} days of delivery.",
                    "You'll receive an e-gift card for the value of the {product} by email rather than a cash refund.",
                    "You might want to have the gift receipt handy before you start.",
                ],
            ),
        },
    )


def r_ship_cost(rng):
    v = {"product": product(rng), "fee": Money(pick(rng, ("5.99", "6.95", "7.99", "4.99")))}
    prompts = [
        "Do I have to pay for return shipping on the {product}?",
        "Are returns free? I just don't want the {product} anymore.",
        "Why was {fee} taken off my refund for the {product}?",
        "How much does it cost to send back a {product} if nothing's wrong with it?",
        "Is return postage free if the {product} is faulty?",
        "return shipping charge question: {product}, change of mind",
        "I was charged {fee} for returning my {product}. I thought returns were free?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Returns are free if the {product} is faulty or we made a mistake, and change-of-mind returns "
                    "cost a "
                    "flat {fee}.",
                    "It depends: faulty items and our mistakes ship back free, while change-of-mind returns have a "
                    "flat "
                    "{fee} fee.",
                ],
                "That {fee} isn't charged upfront. It's just taken off your refund. Either way, you'll get a prepaid "
                "label, so you won't pay anything at drop-off. Just pick the right reason when you start the return in "
                "Your Orders.",
            ),
            "jp": jp(
                ["the return shipping cost for your {product}", "return shipping fees", "returning your {product}"],
                "If the {product} is faulty or if the error was ours, the return is entirely free of charge. For "
                "returns due to a change of mind, a flat return shipping fee of {fee} applies, which is not charged in "
                "advance but is deducted from the refund. In either case, a prepaid label will be provided, so there "
                "will be nothing to pay at drop-off. We would be grateful if you could select the appropriate reason "
                "when starting the return in Your Orders.",
            ),
            "de": de(
                [
                    "Return shipping is free for faulty items and for errors on our side. For change-of-mind returns, "
                    "a "
                    "flat fee of {fee} applies.",
                    "A flat return fee of {fee} applies to change-of-mind returns only; faulty items and our errors "
                    "are "
                    "returned free of charge.",
                ],
                [
                    "Start the return in Your Orders and state the correct reason.",
                    "Use the prepaid label provided in both cases.",
                    "For change-of-mind returns, {fee} is deducted from the refund.",
                ],
                ["No payment is required at the drop-off point."],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "It depends on the reason for the return.",
                [
                    "If the {product} is faulty or we made a mistake, the return is completely free.",
                    "For change-of-mind returns, there's a flat {fee} fee that's deducted from your refund.",
                    "You'll get a prepaid label either way, so you won't pay anything at drop-off.",
                    "You might want to choose the reason carefully when you start the return in Your Orders.",
                ],
            ),
        },
    )


def r_status(rng):
    got = a_date(rng)
    v = {"product": product(rng), "order": order_no(rng), "got": got, "by": got + timedelta(days=pick(rng, (7, 8, 9)))}
    prompts = [
        "Tracking says my returned {product} arrived on {got}, but I haven't heard anything. Is it being processed?",
        "Did you get my return? Order {order}, the {product}.",
        "It's been days since my {product} return was delivered to your warehouse. What's the status?",
        "My return shows delivered on {got} and still no refund. Should I be worried?",
        "Can you check on my return for order {order}? Sent back a {product}.",
        "how long does return inspection take? the {product} got to you on {got}",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Yep, we've got it: your {product} arrived at our warehouse on {got}.",
                    "Good news, your {product} reached our warehouse on {got}.",
                ],
                "Inspections take up to 5 business days, and you'll get an email as soon as the refund's issued. If "
                "you haven't heard from us by {by}, reply with order number {order} and we'll chase it for you.",
            ),
            "jp": jp(
                ["the status of your return", "your returned {product}", "order {order}"],
                "We are pleased to confirm that your {product} arrived at our warehouse on {got}. The inspection may "
                "take up to 5 business days, and we will send you an email as soon as the refund has been issued. "
                "Should you not receive this email by {by}, we would be grateful if you could reply with order number "
                "{order}, so that we may look into the matter for you right away.",
                sorry=["We are sorry to have kept you waiting.", ""],
            ),
            "de": de(
                [
                    "The {product} was received at the warehouse on {got}. The inspection takes up to 5 business days.",
                    "Receipt of the return was registered on {got}; inspection takes a maximum of 5 business days.",
                ],
                [
                    "The warehouse inspects the item.",
                    "The refund is issued and a confirmation email is sent.",
                    "If no email has arrived by {by}, reply with order number {order}.",
                ],
                ["Support then checks the case.", "The case is then checked by support."],
            ),
            "generic": gen(
                GEN_OPEN_P + GEN_OPEN_Q[:2],
                "Good news, your {product} arrived at our warehouse on {got}.",
                [
                    "Inspections can take up to 5 business days.",
                    "You'll get an email as soon as the refund is issued.",
                    "If you haven't heard anything by {by}, you might want to reply with order number {order} so we "
                    "can "
                    "look into it.",
                ],
            ),
        },
    )


def r_holiday(rng):
    v = {
        "product": product(rng),
        "order": order_no(rng),
        "hstart": date(2026, 11, 1),
        "hend": date(2026, 12, 31),
        "bought": date(2026, 11, 1) + timedelta(days=rng.randint(0, 55)),
        "until": date(2027, 1, 31),
    }
    prompts = [
        "I bought a {product} as a Christmas present. How long does the recipient have to return it?",
        "Is the holiday return period still valid? I ordered the {product} on {bought}.",
        "Do you have extended returns for holiday purchases like my {product}?",
        "Order {order} was placed on {bought}. The normal return window is over, right?",
        "My {product} was bought in the holiday sale, can I still return it in January?",
        "extended return deadline for a {product} bought {bought}?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Yep, your {product} is covered by our holiday returns, so you can send it back until {until}.",
                    "You've got until {until} to return the {product}, thanks to our extended holiday returns.",
                ],
                "Anything ordered between {hstart} and {hend} gets the longer deadline, and your order from {bought} "
                "qualifies. The usual rules still apply, so include all the accessories, and you'll start the "
                "return from Your Orders as normal.",
            ),
            "jp": jp(
                ["the return period for your {product}", "our holiday return period", "order {order}"],
                "We are pleased to confirm that items ordered between {hstart} and {hend} benefit from our extended "
                "holiday return period, and your order placed on {bought} qualifies. The {product} may therefore be "
                "returned until {until}. The usual conditions continue to apply, so we would be grateful if all "
                "accessories could be included, and if it is convenient for you, the return may be started from Your "
                "Orders in the usual way.",
            ),
            "de": de(
                [
                    "Orders placed between {hstart} and {hend} can be returned until {until}. The order of {bought} "
                    "qualifies."
                ],
                [
                    "Open Your Orders and select the {product}.",
                    "Select Return item.",
                    "Pack the item with all accessories.",
                ],
                ["All other return conditions remain unchanged.", "The standard return conditions otherwise apply."],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "You're in luck: items ordered between {hstart} and {hend} have an extended holiday return period.",
                [
                    "Your order from {bought} qualifies, so the {product} can be returned until {until}.",
                    "The usual conditions apply, so you'll want to include all the accessories.",
                    "You might want to start the return from Your Orders well before the deadline.",
                ],
            ),
        },
    )


RETURNS = [
    r_window,
    r_start,
    r_refund_time,
    r_opened,
    r_exchange,
    r_label,
    r_wrong,
    r_damaged,
    r_gift,
    r_ship_cost,
    r_status,
    r_holiday,
]


# ---------------------------------------------------------------------------------------------------------------
# account_security
# ---------------------------------------------------------------------------------------------------------------


def a_reset(rng):
    v = {"app": pick(rng, APPS), "mins": pick(rng, (30, 60)), "product": product(rng, *LINKED)}
    prompts = [
        "I forgot my password for the {app} app and can't sign in. How do I reset it?",
        "How do I reset my account password? I'm trying to log in on my {product}.",
        "The password reset link from the {app} app isn't working for me, it says expired.",
        "Locked out of the {app} app because I can't remember my password, help",
        "What's the quickest way to change a password I've forgotten? I use the {app} app.",
        "I want to check my order for the {product}, but I've completely forgotten my password. What do I do?",
        "forgot my {app} password, how do i get back in",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "You can reset it in a couple of minutes: tap Forgot password on the sign-in screen and enter your "
                    "account email.",
                    "Easy fix: hit Forgot password on the sign-in screen and type in the email on your account.",
                ],
                "We'll send a reset link that's good for {mins} minutes, so use it <right away|soon> (check your spam "
                "folder if it doesn't show up). Once you've set a new password, you'll be signed out on your other "
                "devices.",
            ),
            "jp": jp(
                ["resetting your password", "signing in to the {app} app", "access to your account"],
                "If it is convenient for you, we would kindly ask you to select Forgot password on the sign-in screen "
                "and enter the email address registered to your account. A reset link will then be sent to you, which "
                "remains valid for {mins} minutes. Should the email not arrive, it may be helpful to check your spam "
                "folder. Please kindly note that once a new password has been set, you will be signed out on your "
                "other devices.",
                sorry=["We are sorry for the trouble with signing in.", ""],
            ),
            "de": de(
                [
                    "A forgotten password is reset via an email link that is valid for {mins} minutes.",
                    "Password resets are done by email link; the link expires after {mins} minutes.",
                ],
                [
                    "Select Forgot password on the sign-in screen.",
                    "Enter the email address of the account.",
                    "Open the link within {mins} minutes and set a new password.",
                ],
                [
                    "If the email does not arrive, check the spam folder. All other devices are signed out after the "
                    "reset."
                ],
            ),
            "generic": gen(
                GEN_OPEN_Q + GEN_OPEN_P[:1],
                "Resetting a forgotten password is pretty quick. Here's what to do:",
                [
                    "Tap Forgot password on the sign-in screen and enter your account email.",
                    "You'll get a reset link that's valid for {mins} minutes.",
                    "If it doesn't arrive, you might want to check your spam folder.",
                    "After the reset, you'll be signed out on your other devices.",
                ],
            ),
        },
    )


def a_2fa(rng):
    v = {"app": pick(rng, APPS), "product": product(rng, *LINKED)}
    prompts = [
        "How do I turn on two-factor authentication for my {app} account?",
        "Is there a way to add 2FA to my account? I just set up a {product}.",
        "I want to make my account more secure. Can I set up two-step verification in the {app} app?",
        "Where's the setting for two-factor login? I just bought a {product} and want to protect the account.",
        "Do you support authenticator apps for sign-in? I use the {app} app on my phone.",
        "how do I set up 2FA for the {app} app?",
        "My friend's account got hacked, so I'd like extra protection on mine. How do I get login codes for the "
        "{app} app?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Yep, you can turn it on in a minute: go to Account, then Security, and tap Two-step verification.",
                    "Good call. Head to Account, then Security, and switch on Two-step verification.",
                ],
                "Pick an authenticator app (we recommend it over SMS), scan the QR code and type in the 6-digit code "
                "it "
                "shows. You'll then get 10 backup codes. Save them somewhere safe, since they're your way in if you "
                "lose your phone.",
            ),
            "jp": jp(
                ["securing your account", "two-step verification for your {app} account", "account security"],
                "If it is convenient for you, we would kindly ask you to open Account, select Security, and then "
                "choose Two-step verification. We would recommend an authenticator app rather than SMS; after scanning "
                "the QR code, the 6-digit code shown in the app may be entered to complete the setup. You will then "
                "receive 10 backup codes, and it may be helpful to keep them in a safe place in case your phone is "
                "ever lost.",
            ),
            "de": de(
                [
                    "Two-step verification is activated under Account > Security.",
                    "Two-step verification is available for all accounts and is set up in the Security menu.",
                ],
                [
                    "Open Account, then Security, then Two-step verification.",
                    "Select authenticator app (recommended) or SMS.",
                    "Scan the QR code and enter the 6-digit code.",
                    "Store the 10 backup codes in a safe place.",
                ],
                [
                    "The backup codes are required if the phone is lost.",
                    "Without the backup codes, access after losing the phone is not possible.",
                ],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "Setting up two-step verification is a great way to protect your account.",
                [
                    "Go to Account > Security > Two-step verification.",
                    "Choose an authenticator app (recommended) or SMS.",
                    "Scan the QR code and enter the 6-digit code from the app.",
                    "You'll get 10 backup codes, and you might want to store them somewhere safe in case you lose your "
                    "phone.",
                ],
            ),
        },
    )


def a_lost_phone(rng):
    v = {"app": pick(rng, APPS), "phone": product(rng, "phone")}
    prompts = [
        "I lost my phone and it had my authenticator app on it. How do I get into my account now?",
        "My {phone} was stolen and I can't receive my 2FA codes anymore.",
        "New phone, old one broke, and now the {app} app wants a verification code I can't get. Help.",
        "How do I sign in without my phone? Two-factor is turned on for my {app} account.",
        "lost phone, 2fa on, can't log in to {app}",
        "I switched to a {phone} and didn't move my authenticator. Is there a way back into my account?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                ["You can still get in with one of your backup codes.", "No worries, a backup code will get you in."],
                "On the verification screen, tap Use a backup code and enter one (each code works once). Then go to "
                "Security, remove the old phone and set up two-step verification again on the new one. Don't have the "
                "codes? Fill out the identity verification form, and we'll restore access within 24 to 48 hours.",
            ),
            "jp": jp(
                ["access to your account", "signing in without your phone", "your two-step verification"],
                "It is possible to sign in with one of your backup codes by selecting Use a backup code on the "
                "verification screen, and each code can be used only once. Afterwards, we would recommend removing "
                "the old phone under Security and setting up two-step verification again on the new device. Should "
                "the codes not be available, we would kindly ask you to complete the identity verification form, and "
                "access will be restored within 24 to 48 hours.",
                sorry=[
                    "We are very sorry to hear about your phone.",
                    "We are sorry for the difficulty this has caused.",
                ],
            ),
            "de": de(
                [
                    "Access without the phone is possible with a backup code. Each code is valid once.",
                    "Sign-in without the registered phone requires one of the backup codes; each code can be used "
                    "once.",
                ],
                [
                    "Select Use a backup code on the verification screen.",
                    "Enter one of the backup codes.",
                    "Remove the old phone under Security.",
                    "Set up two-step verification on the new phone.",
                ],
                [
                    "Without backup codes, complete the identity verification form. Access is restored within 24 to 48 "
                    "hours."
                ],
            ),
            "generic": gen(
                GEN_OPEN_P,
                "Losing your phone is stressful, but you can still get back in.",
                [
                    "On the verification screen, choose Use a backup code and enter one (each works only once).",
                    "Once you're in, remove the old phone under Security and set up two-step verification again.",
                    "If you don't have your codes, you might want to fill out the identity verification form. Access "
                    "is "
                    "restored within 24 to 48 hours.",
                ],
            ),
        },
    )


def a_signin_alert(rng):
    v = {
        "city": pick(rng, CITIES),
        "when": a_date(rng),
        "dev": pick(rng, ("Windows PC", "Android phone", "Linux laptop", "tablet", "Mac")),
    }
    prompts = [
        "I got an email saying someone signed in to my account from {city} on {when}. That wasn't me!",
        "Is this sign-in alert real? It says a new {dev} logged in on {when}.",
        "Someone logged into my account from {city}. What should I do?",
        "Got a security alert about a login from a {dev} I don't recognise. Help?",
        "new sign-in from {city}, not me, how do I kick them out",
        "My account shows an unfamiliar login from {city} on {when}. Should I be worried?",
        "There's a sign-in from a {dev} in {city} on my account history. I've never been there.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "If that sign-in from {city} on {when} wasn't you, change your password right now.",
                    "Change your password now if the {city} sign-in on {when} wasn't you.",
                ],
                "Then go to Security, open Signed-in devices and tap Sign out everywhere. Check your recent orders and "
                "saved addresses for anything odd, and turn on two-step verification so a password alone won't get "
                "anyone in. If it was you, you don't need to do anything.",
            ),
            "jp": jp(
                ["the sign-in alert you received", "the security of your account", "the recent sign-in"],
                "If the sign-in from {city} on {when} was not made by you, we would kindly ask you to change your "
                "password as soon as possible. Afterwards, it may be helpful to open Security, select Signed-in "
                "devices, and choose Sign out everywhere. We would also recommend reviewing your recent orders and "
                "saved addresses and turning on two-step verification. If the sign-in was your own, no action is "
                "required.",
                sorry=JP_WORRY,
            ),
            "de": de(
                [
                    "An unrecognised sign-in from {city} on {when} requires immediate action.",
                    "If the sign-in from {city} on {when} was not your own, the account must be secured immediately.",
                ],
                [
                    "Change the password.",
                    "Open Security > Signed-in devices and select Sign out everywhere.",
                    "Check recent orders and saved addresses for changes.",
                    "Activate two-step verification.",
                ],
                ["If the sign-in was your own, no action is required."],
            ),
            "generic": gen(
                GEN_OPEN_P,
                "If the sign-in from {city} on {when} wasn't you, here's what to do:",
                [
                    "Change your password right away.",
                    "Go to Security > Signed-in devices and choose Sign out everywhere.",
                    "You might want to review your recent orders and saved addresses.",
                    "Turn on two-step verification for extra protection.",
                ],
                "If it was you, there's nothing you need to do.",
            ),
        },
    )


def a_phishing(rng):
    v = {
        "subj": pick(
            rng,
            (
                "Your account will be suspended",
                "Refund pending: confirm your details",
                "Unusual payment detected",
                "Verify your payment method",
                "Your parcel is on hold",
            ),
        ),
        "product": product(rng),
    }
    prompts = [
        "I got an email claiming my account will be suspended unless I confirm my card details. Is that from you? "
        "I recently bought a {product}.",
        "Is this email legit? The subject is '{subj}' and it asks me to log in through a link.",
        "Received a text saying my {product} order is on hold and I need to pay a small fee. Scam?",
        "Do you ever ask for passwords by email? Got a weird message titled '{subj}'.",
        "phishing? email says {subj}, link looks odd",
        "Someone sent me a message pretending to be your support team about a {product} refund. How do I report it?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "We never ask for your password, full card number or verification codes by email or text, so treat "
                    "it as a scam.",
                    "That's not how we'd contact you: we never ask for your password, full card number or codes by "
                    "email "
                    "or text.",
                ],
                "Don't click any links or open attachments. Report it from the Help center using Report phishing, then "
                "delete it. If you already clicked and entered anything, change your password right away.",
            ),
            "jp": jp(
                ["the suspicious message you received", "this message", "the security of your account"],
                "Please allow us to confirm that we never ask for your password, full card number or verification "
                "codes by email or text message, so we would kindly ask you to treat this message as fraudulent. It "
                "would be best not to click any links or open any attachments. If it is convenient for you, the "
                "message may be reported through Report phishing in our Help center and then deleted. Should you have "
                "already entered any details, we would recommend changing your password immediately.",
            ),
            "de": de(
                [
                    "Passwords, full card numbers and verification codes are never requested by email or text message. "
                    "The message is to be treated as fraudulent."
                ],
                [
                    "Do not click any links or open attachments.",
                    "Report the message via Report phishing in the Help center.",
                    "Delete the message.",
                ],
                ["If data has already been entered, change the password immediately."],
            ),
            "generic": gen(
                ["It's smart to double-check!", "Great question!", "I understand your concern."],
                "We never ask for your password, full card number or verification codes by email or text, so it's a "
                "scam.",
                [
                    "Don't click any links or open attachments.",
                    "You might want to report it via Report phishing in our Help center, then delete it.",
                    "If you've already entered any details, change your password right away.",
                ],
            ),
        },
    )


def a_locked(rng):
    v = {
        "app": pick(rng, APPS),
        "attempts": pick(rng, (5, 5, 10)),
        "lock": pick(rng, (15, 30)),
        "order": order_no(rng),
        "product": product(rng, *LINKED),
    }
    prompts = [
        "My {app} account says it's locked. How long until I can sign in again?",
        "I typed the wrong password a few times on my {product} and now I'm locked out.",
        "'Account temporarily locked' message on the {app} app, what do I do?",
        "Why is my {app} account locked? I didn't do anything.",
        "Can you unlock my account? I need to check on order {order} today.",
        "Locked out of {app} after too many password attempts, is there a way to skip the wait?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Your account unlocks by itself after {lock} minutes.",
                    "It'll unlock on its own {lock} minutes after the lockout.",
                ],
                "We lock it after {attempts} failed password attempts to keep it safe. Can't wait? Tap Forgot password "
                "and reset it, which unlocks it right away. If it keeps getting locked when you haven't tried to sign "
                "in, change your password and turn on two-step verification.",
            ),
            "jp": jp(
                ["your locked account", "signing in to your account", "your {app} account"],
                "For your protection, an account is locked for {lock} minutes after {attempts} unsuccessful password "
                "attempts, and it will unlock automatically after this time. If you would prefer not to wait, it may "
                "be helpful to select Forgot password and reset your password, which unlocks the account immediately. "
                "Should the account be locked again without any attempts on your part, we would kindly recommend "
                "changing your password and turning on two-step verification.",
                sorry=JP_SORRY,
            ),
            "de": de(
                [
                    "After {attempts} failed password attempts, the account is locked for {lock} minutes and then "
                    "unlocks "
                    "automatically."
                ],
                [
                    "Wait {lock} minutes and sign in again.",
                    "Alternatively, select Forgot password and reset the password. This unlocks the account "
                    "immediately.",
                ],
                [
                    "If the account is locked without own sign-in attempts, change the password and activate two-step "
                    "verification."
                ],
            ),
            "generic": gen(
                GEN_OPEN_P,
                "Accounts get locked for {lock} minutes after {attempts} failed password attempts, and they unlock "
                "automatically after that.",
                [
                    "You can wait it out and try again.",
                    "If you'd rather not wait, you might want to reset your password with Forgot password, which "
                    "unlocks "
                    "it right away.",
                    "If it keeps getting locked when you haven't tried signing in, change your password and turn on "
                    "two-step verification.",
                ],
            ),
        },
    )


def a_fraud_order(rng):
    v = {"product": product(rng), "order": order_no(rng), "amount": dollars(rng, 49, 1299)}
    prompts = [
        "There's an order for a {product} on my account that I never placed.",
        "Someone used my account to buy a {product} for {amount}! How do I get my money back?",
        "I don't recognise order {order}. Was my account hacked?",
        "Charged {amount} for a {product} I didn't order, what do I do?",
        "An order I didn't make just showed up in my history, a {product} shipping to an address I don't know.",
        "Help, unauthorized purchase on my account: {product}, order {order}.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "We'll refund the full {amount} once our fraud team confirms the order wasn't yours.",
                    "You'll get the full {amount} back as soon as our fraud team confirms you didn't place it.",
                ],
                "First, cancel order {order} in Your Orders if it hasn't shipped. Then change your password and hit "
                "Sign out everywhere under Security. Report it through Help, then Report unauthorized order. The team "
                "reviews it within 2 business days, and you don't need to dispute it with your bank.",
            ),
            "jp": jp(
                ["order {order}", "the unfamiliar order on your account", "your account"],
                "Once our fraud team confirms that the order was not placed by you, the full {amount} will be "
                "refunded. If the order has not yet shipped, we would kindly ask you to cancel order {order} "
                "in Your Orders, change your password, and select Sign out everywhere under Security. The case "
                "may then be reported through Help, then Report unauthorized order. The "
                "review takes up to 2 business days, and no dispute with your bank is needed.",
                sorry=JP_WORRY[:2],
            ),
            "de": de(
                [
                    "The full amount of {amount} is refunded once the fraud team confirms that the order was not "
                    "placed by "
                    "the account holder."
                ],
                [
                    "Cancel order {order} in Your Orders if it has not shipped.",
                    "Change the password.",
                    "Select Sign out everywhere under Security.",
                    "Report the case via Help > Report unauthorized order.",
                ],
                ["The review takes a maximum of 2 business days. A dispute with the bank is not required."],
            ),
            "generic": gen(
                GEN_OPEN_P,
                "We'll refund the full {amount} once our fraud team confirms you didn't place the order.",
                [
                    "Cancel order {order} in Your Orders if it hasn't shipped yet.",
                    "Change your password and choose Sign out everywhere under Security.",
                    "Report it via Help > Report unauthorized order. The review takes up to 2 business days.",
                    "You might want to hold off on disputing it with your bank, since that isn't needed.",
                ],
            ),
        },
    )


def a_email_change(rng):
    v = {"app": pick(rng, APPS), "product": product(rng, *LINKED)}
    prompts = [
        "How do I change the email address on my {app} account?",
        "I'm switching from my work email to a personal one. How can I update it on my {app} account?",
        "Can I update my {app} login email without losing my order history?",
        "Need to change my account email, my {product} is registered under the old one. Where's that setting?",
        "My old email address is going away next month. How do I move my {app} account to a new one?",
        "need to change the login email on the {app} app",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "You can change it under Account, then Personal info, then Email.",
                    "Here's how: go to Account, tap Personal info and then Email.",
                ],
                "Enter the new address, and we'll send a 6-digit code to both your old and new email. Enter both codes "
                "within 15 minutes to confirm. Your order history, devices and saved settings all stay exactly as they "
                "are.",
            ),
            "jp": jp(
                ["updating your email address", "the email address on your {app} account", "your account details"],
                "If it is convenient for you, we would kindly ask you to open Account, select Personal info, and then "
                "choose Email to enter the new address. A 6-digit code will be sent to both your previous and your new "
                "email address, and we would be grateful if both codes could be entered within 15 minutes to confirm "
                "the change. Please be assured that your order history, devices and saved settings will remain "
                "exactly as they are.",
            ),
            "de": de(
                [
                    "The account email address is changed under Account > Personal info > Email.",
                    "The email address can be changed at any time; confirmation is required from both addresses.",
                ],
                [
                    "Open Account, then Personal info, then Email.",
                    "Enter the new email address.",
                    "Enter the 6-digit codes sent to the old and the new address within 15 minutes.",
                ],
                [
                    "Order history, devices and settings remain unchanged.",
                    "Order history, registered devices and settings are not affected.",
                ],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "Changing your email is pretty straightforward:",
                [
                    "Go to Account > Personal info > Email and enter the new address.",
                    "You'll get a 6-digit code at both your old and new email.",
                    "You might want to have both inboxes open, since the codes need to be entered within 15 minutes.",
                    "Your order history, devices and settings won't change.",
                ],
            ),
        },
    )


def a_delete(rng):
    asked = a_date(rng)
    v = {"asked": asked, "gone": asked + timedelta(days=30)}
    prompts = [
        "I requested account deletion on {asked}. When will my data actually be gone?",
        "I clicked Delete account on {asked} but changed my mind. Is it too late?",
        "How long after I ask for deletion is my account really erased? I submitted the request on {asked}.",
        "Submitted a delete request on {asked}, can I still download my order history?",
        "When exactly does my account get deleted? The request went in on {asked}.",
        "My account deletion has been pending since {asked}. Do you keep any of my data afterwards?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Your account will be permanently deleted on {gone}, 30 days after your request.",
                    "It'll be gone for good on {gone}, 30 days after you asked.",
                ],
                "Until then, just sign in if you change your mind, and the deletion's cancelled. Want a copy of your "
                "data? Go to Account, then Privacy, and tap Request my data before that date. We keep invoices for 10 "
                "years because tax law requires it, but everything else is erased.",
            ),
            "jp": jp(
                ["the deletion of your account", "your deletion request", "your account data"],
                "Your account is scheduled to be permanently deleted on {gone}, 30 days after your request. Until that "
                "date, simply signing in will cancel the deletion, should you change your mind. If you would like a "
                "copy of your data, it may be helpful to open Account, select Privacy, and choose Request my data "
                "before that date. Please kindly note that invoices are kept for 10 years as required by tax law, "
                "while all other data is erased.",
            ),
            "de": de(
                [
                    "The account is permanently deleted on {gone}, 30 days after the request.",
                    "Deletion takes place on {gone}; the grace period is 30 days from the request.",
                ],
                [
                    "To cancel the deletion, sign in before {gone}.",
                    "To obtain a copy of the data, open Account > Privacy and select Request my data before {gone}.",
                ],
                [
                    "Invoices are retained for 10 years as required by tax law. All other data is erased.",
                    "Only invoices are retained, for 10 years, as required by tax law.",
                ],
            ),
            "generic": gen(
                GEN_OPEN_Q + GEN_OPEN_P[:1],
                "Your account will be permanently deleted on {gone}, 30 days after your request.",
                [
                    "If you change your mind, just sign in before then and the deletion's cancelled.",
                    "You might want to download your data first via Account > Privacy > Request my data.",
                    "Invoices are kept for 10 years because tax law requires it, but everything else is erased.",
                ],
            ),
        },
    )


def a_card(rng):
    v = {"app": pick(rng, APPS), "product": product(rng)}
    prompts = [
        "How do I remove my saved credit card from my {app} account?",
        "I don't want my card stored on your site after buying the {product}. Can I delete it?",
        "Is my card info safe with you? I saved a card when I bought the {product}.",
        "Trying to delete an old card from my {app} wallet, but it won't let me. Why?",
        "Do you keep my CVV after I pay for a {product}?",
        "remove saved card from {app} account",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "You can remove it under Account, then Wallet: pick the card and tap Remove.",
                    "Just go to Account, open Wallet, choose the card and hit Remove.",
                ],
                "If it's linked to an active subscription, you'll need to add a replacement card first, which is "
                "usually why it won't let you. Saved cards are stored as encrypted tokens, and we never keep your "
                "security code. Next time, just untick Save this card at checkout.",
            ),
            "jp": jp(
                ["your saved payment card", "the security of your card details", "your wallet settings"],
                "The card may be removed by opening Account, selecting Wallet, choosing the card, and then selecting "
                "Remove. If the card is linked to an active subscription, we would kindly ask you to add a replacement "
                "card first. Please be assured that saved cards are stored only as encrypted tokens and that the "
                "security code is never kept. For future purchases, it may be helpful to untick Save this card at "
                "checkout.",
            ),
            "de": de(
                [
                    "Saved cards are removed under Account > Wallet. Cards are stored as encrypted tokens; the "
                    "security "
                    "code is never stored."
                ],
                [
                    "Open Account, then Wallet.",
                    "Select the card and select Remove.",
                    "If the card is linked to an active subscription, add a replacement card first.",
                ],
                ["To avoid storage in future, untick Save this card at checkout."],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "You can remove a saved card in just a few steps:",
                [
                    "Go to Account > Wallet, select the card and choose Remove.",
                    "If it's linked to an active subscription, you'll need to add a replacement card first.",
                    "Saved cards are stored as encrypted tokens, and your security code is never kept.",
                    "You might want to untick Save this card at checkout next time.",
                ],
            ),
        },
    )


def a_device_unlink(rng):
    v = {"product": product(rng, *LINKED), "secs": pick(rng, (10, 15, 20)), "app": pick(rng, APPS)}
    prompts = [
        "I'm selling my {product}. How do I remove it from my account?",
        "What should I do before giving my old {product} to my brother?",
        "The person who bought my used {product} says it's still linked to my account.",
        "How do I unlink a {product} I no longer own from the {app} app?",
        "wipe {product} before selling?",
        "I'm trading in my {product}. Do I need to do anything so my data isn't on it?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Here's how to unlink it: sign out on the {product}, reset it, then remove it in the app.",
                    "You'll want to do three things: sign out on the {product}, wipe it, and remove it from your "
                    "account.",
                ],
                "On the device, go to Settings, then Account, and tap Sign out. Next, hold the reset button for {secs} "
                "seconds for a factory reset. Finally, open Devices in the app and tap Remove from account. If it's "
                "already gone, that last step alone unlinks it.",
            ),
            "jp": jp(
                [
                    "preparing your {product} for a new owner",
                    "removing your {product} from your account",
                    "your {product}",
                ],
                "If it is convenient for you, we would kindly ask you to first open Settings, then Account, on the "
                "device and select Sign out. Afterwards, a factory reset may be performed by holding the reset button "
                "for {secs} seconds. Finally, it may be helpful to open Devices in the app and select Remove from "
                "account. Should the {product} no longer be in your hands, this last step alone will unlink it.",
            ),
            "de": de(
                [
                    "A device is removed from the account in three steps before it is passed on.",
                    "Before the {product} is sold or given away, it must be unlinked and reset.",
                ],
                [
                    "On the {product}, open Settings > Account and select Sign out.",
                    "Hold the reset button for {secs} seconds to perform a factory reset.",
                    "In the app, open Devices and select Remove from account.",
                ],
                ["If the device is no longer available, step 3 alone removes the link."],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "It's a good idea to unlink and wipe the {product} before it changes hands:",
                [
                    "On the device, go to Settings > Account and tap Sign out.",
                    "Hold the reset button for {secs} seconds to do a factory reset.",
                    "Open Devices in the app and choose Remove from account.",
                ],
                "If you don't have the device anymore, you might want to just do the last step, which unlinks it.",
            ),
        },
    )


def a_code_missing(rng):
    v = {"app": pick(rng, APPS), "product": product(rng, "phone", "tablet", "laptop")}
    prompts = [
        "I'm not getting the verification code by text for the {app} app.",
        "The SMS code to sign in never arrives on my {product}. I've tried three times.",
        "Why isn't my two-factor code coming through? Trying to log into the {app} app.",
        "Verification code not received for {app}, what now?",
        "I keep hitting resend on the {app} login screen but no code shows up, and now it says try again later.",
        "How long does the login code take to arrive? Been waiting ages on my {product}.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Wait 60 seconds before tapping Resend, since you only get 3 resends per hour.",
                    "Give it 60 seconds before you hit Resend, because you're limited to 3 resends an hour.",
                ],
                "Double-check that the phone number ending shown on screen is still yours. Still nothing? Tap Call me "
                "instead and we'll read the code out in a voice call, or use one of your backup codes.",
            ),
            "jp": jp(
                ["the verification code", "signing in to the {app} app", "your sign-in"],
                "We would kindly ask you to wait 60 seconds before selecting Resend, as a maximum of 3 resends per "
                "hour is possible. It may be helpful to confirm that the phone number ending shown on the screen is "
                "still yours. Should the code still not arrive, you may select Call me instead to receive the code in "
                "a voice call, or use one of your backup codes.",
                sorry=JP_SORRY,
            ),
            "de": de(
                [
                    "Codes can be resent after 60 seconds, with a maximum of 3 resends per hour.",
                    "A new code can be requested after 60 seconds; the limit is 3 resends per hour.",
                ],
                [
                    "Wait 60 seconds, then select Resend.",
                    "Check that the phone number ending shown on screen is correct.",
                    "If no code arrives, select Call me instead to receive the code by voice call.",
                ],
                ["Alternatively, sign in with a backup code."],
            ),
            "generic": gen(
                GEN_OPEN_T,
                "Here's what usually works:",
                [
                    "Wait 60 seconds before tapping Resend, since there's a limit of 3 resends per hour.",
                    "You might want to check that the phone number ending shown on screen is still yours.",
                    "Tap Call me instead to get the code in a voice call.",
                    "You can also use one of your backup codes.",
                ],
            ),
        },
    )


def a_giftcard(rng):
    v = {"amount": dollars(rng, 25, 300, ("00", "00", "50")), "product": product(rng)}
    prompts = [
        "My gift card balance of {amount} disappeared and I didn't spend it.",
        "Someone used my gift card! It had {amount} on it. Can you restore it?",
        "I redeemed a {amount} gift card to my account and now the balance is zero. I haven't bought anything.",
        "gift card balance gone ({amount}), was my account hacked?",
        "My account balance dropped by {amount} overnight. The only thing I see is an order for a {product} I "
        "didn't place.",
        "Is there any way to get back gift card credit that was used without my permission? It was {amount}.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "We'll restore the {amount} as a new gift card if our review shows someone else spent it.",
                    "If someone else used it, you'll get the {amount} back as a new gift card.",
                ],
                "Report it through Help, then Gift card issue, and include the gift card number. We'll freeze the "
                "remaining balance right away and finish the review within 3 business days. In the meantime, change "
                "your password and turn on two-step verification.",
            ),
            "jp": jp(
                ["your gift card balance", "the missing gift card credit", "your account balance"],
                "Should our review confirm that someone else used the balance, the {amount} will be restored "
                "as a new gift card. We would kindly ask you to report the matter through Help, then Gift card "
                "issue, including the gift card number. The remaining balance will be frozen at once, and the "
                "review completed within 3 business days. Meanwhile, it may be helpful to change your "
                "password and turn on two-step verification.",
                sorry=JP_WORRY,
            ),
            "de": de(
                [
                    "Balances used without authorisation are restored as a new gift card of {amount} after review.",
                    "If the review confirms unauthorised use, {amount} is restored as a new gift card.",
                ],
                [
                    "Report the case via Help > Gift card issue and state the gift card number.",
                    "The remaining balance is frozen immediately.",
                    "Change the password and activate two-step verification.",
                ],
                ["The review is completed within 3 business days."],
            ),
            "generic": gen(
                GEN_OPEN_P,
                "If someone else spent it, the {amount} will be restored as a new gift card.",
                [
                    "Report it via Help > Gift card issue and include the gift card number.",
                    "The remaining balance is frozen right away, and the review won't take more than 3 business days.",
                    "You might want to change your password and turn on two-step verification in the meantime.",
                ],
            ),
        },
    )


ACCOUNT_SECURITY = [
    a_reset,
    a_2fa,
    a_lost_phone,
    a_signin_alert,
    a_phishing,
    a_locked,
    a_fraud_order,
    a_email_change,
    a_delete,
    a_card,
    a_device_unlink,
    a_code_missing,
    a_giftcard,
]


# ---------------------------------------------------------------------------------------------------------------
# warranty
# ---------------------------------------------------------------------------------------------------------------


def w_coverage(rng):
    years = pick(rng, (1, 2, 2))
    v = {
        "product": product(rng),
        "years": years,
        "span": f"{years} year{'s' if years > 1 else ''}",
        "months": rng.randint(3, 11),
    }
    prompts = [
        "How long is the warranty on the {product}?",
        "What does the warranty cover for the {product}? Does it include drops?",
        "Thinking about buying the {product}. Is there a warranty, and what's excluded?",
        "Is water damage covered under warranty for my {product}?",
        "warranty period on a {product}?",
        "My {product} is about {months} months old. Would a fault still be under warranty?",
        "Do I need to register my {product} for the warranty to count, or is it automatic?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "The {product} comes with a {years}-year limited warranty from the date you bought it.",
                    "You're covered for {span} from the purchase date with our limited warranty.",
                ],
                "It covers manufacturing defects and hardware faults from normal use. It doesn't cover accidental "
                "damage like drops or liquid, or normal cosmetic wear. There's nothing to register, just keep your "
                "proof of purchase (your order confirmation email works fine).",
            ),
            "jp": jp(
                ["the warranty for your {product}", "our warranty coverage", "the {product} warranty"],
                "The {product} is covered by a {years}-year limited warranty from the date of purchase, which applies "
                "automatically without registration. It covers manufacturing defects and hardware faults that arise "
                "in normal use; however, we regret that accidental damage such as drops or liquid, as well as normal "
                "cosmetic wear, cannot be covered. It may be helpful to keep your proof of purchase, for which your "
                "order confirmation email is fully sufficient.",
            ),
            "de": de(
                [
                    "The {product} has a {years}-year limited warranty from the date of purchase. No registration is "
                    "required.",
                    "The warranty period for the {product} is {span} from purchase and applies automatically.",
                ],
                [
                    "Covered: manufacturing defects and hardware faults in normal use.",
                    "Not covered: accidental damage such as drops or liquid, and normal cosmetic wear.",
                    "Required for claims: proof of purchase; the order confirmation email is sufficient.",
                ],
                ["Claims are filed under Support > Warranty claim.", ""],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "The {product} comes with a {years}-year limited warranty from the purchase date, and it's automatic, "
                "so there's nothing to register.",
                [
                    "It covers manufacturing defects and hardware faults from normal use.",
                    "It doesn't cover accidental damage like drops or liquid, or normal cosmetic wear.",
                    "You might want to keep your proof of purchase handy. Your order confirmation email works.",
                ],
            ),
        },
    )


def w_claim(rng):
    v = {
        "product": product(rng),
        "fault": pick(rng, ("turn on", "charge", "power up", "hold a charge", "connect to anything")),
    }
    prompts = [
        "How do I make a warranty claim for my {product}?",
        "My {product} stopped working and it's still under warranty. What's the process?",
        "Where do I find the warranty claim form? Need to send in my {product}.",
        "{product} is faulty and I want to use the warranty, how?",
        "Can you explain how warranty repairs work? My {product} won't {fault}.",
        "What information do I need to submit a warranty claim for a {product} bought from you?",
        "Two months in and my {product} won't {fault} anymore. I'd like it fixed under warranty.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "You can file it online: go to Support, tap Warranty claim and choose the {product}.",
                    "Here's how: head to Support, open Warranty claim and pick the {product}.",
                ],
                "Enter the serial number (it's on the label underneath or under Settings, then About), upload your "
                "proof of purchase and describe the fault. We'll get back to you within 2 business days with a "
                "prepaid shipping label or a repair option.",
            ),
            "jp": jp(
                ["a warranty claim for your {product}", "the issue with your {product}", "our warranty service"],
                "If it is convenient for you, we would kindly ask you to open Support, select Warranty claim, and "
                "choose the {product}. We would be grateful if you could then enter the serial number, found on the "
                "label underneath or under Settings, then About, upload your proof of purchase, and describe the "
                "fault. We will reply within 2 business days with a prepaid shipping label "
                "or a repair option.",
                sorry=["We are sorry to hear about the fault.", ""],
            ),
            "de": de(
                [
                    "Warranty claims are filed online under Support > Warranty claim. The response follows within 2 "
                    "business days.",
                    "A warranty claim for the {product} is submitted online; support responds within 2 business days.",
                ],
                [
                    "Open Support > Warranty claim and select the {product}.",
                    "Enter the serial number (label underneath, or Settings > About).",
                    "Upload the proof of purchase.",
                    "Describe the fault.",
                ],
                ["The response contains a prepaid shipping label or a repair option."],
            ),
            "generic": gen(
                GEN_OPEN_P[:2] + GEN_OPEN_Q[:2],
                "Filing a warranty claim is pretty simple:",
                [
                    "Go to Support > Warranty claim and select the {product}.",
                    "Enter the serial number. You'll find it on the label underneath or under Settings > About.",
                    "Upload your proof of purchase and describe the fault.",
                    "You might want to watch your inbox: we reply within 2 business days with a prepaid shipping "
                    "label or "
                    "a repair option.",
                ],
            ),
        },
    )


def w_status(rng):
    years = pick(rng, (1, 2))
    bought = a_date(rng, date(2025, 2, 1), 420)
    v = {
        "product": product(rng),
        "serial": serial_no(rng),
        "years": years,
        "span": f"{years} year{'s' if years > 1 else ''}",
        "bought": bought,
        "ends": bought.replace(year=bought.year + years),
    }
    prompts = [
        "Is my {product} still under warranty? Serial is {serial}.",
        "How can I check when the warranty on my {product} runs out? Serial number {serial}.",
        "I bought the {product} on {bought}. Until when is it covered?",
        "warranty status for serial {serial} please",
        "Can you tell me if serial number {serial} is still covered? It's a {product}.",
        "Does the warranty on my {product} end soon? I think I got it on {bought}.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Your {product} (serial {serial}) is covered until {ends}.",
                    "Good news: the warranty on your {product}, serial {serial}, runs until {ends}.",
                ],
                "It was bought on {bought}, and the warranty's good for {span} from purchase. You can "
                "check it anytime under Support, then Warranty status, by entering the serial number. Just make sure "
                "any "
                "claim "
                "is filed before {ends}.",
            ),
            "jp": jp(
                ["the warranty status of your {product}", "serial number {serial}", "your warranty coverage"],
                "We are pleased to confirm that your {product}, serial number {serial}, was purchased on {bought} and "
                "is therefore covered until {ends}, as the warranty lasts {span} from purchase. Should you wish "
                "to check this again in the future, it may be helpful to open Support, select Warranty status, and "
                "enter the serial number. We would kindly ask that any claim be filed before {ends}.",
            ),
            "de": de(
                [
                    "The {product} with serial number {serial} is covered until {ends}.",
                    "Warranty coverage for serial number {serial} ends on {ends}.",
                ],
                [
                    "Purchase date: {bought}.",
                    "Warranty period: {span} from purchase.",
                    "Check at any time under Support > Warranty status by entering the serial number.",
                ],
                ["Claims must be filed before {ends}. Later claims cannot be accepted."],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "Your {product} (serial {serial}) is covered until {ends}.",
                [
                    "It was purchased on {bought}, and the warranty lasts {span} from purchase.",
                    "You can check it anytime under Support > Warranty status by entering the serial number.",
                    "You might want to file any claim before {ends}, since that's when coverage ends.",
                ],
            ),
        },
    )


def w_accident(rng):
    v = {"product": product(rng), "quote": dollars(rng, 59, 189, ("00", "99")), "bd": pick(rng, (5, 7, 10))}
    prompts = [
        "I dropped my {product} and cracked the casing. Is that covered by the warranty?",
        "Spilled water on my {product}. Will the warranty fix it?",
        "Does the warranty cover accidental damage? My {product} fell off a table.",
        "How much does it cost to repair a {product} that I broke myself?",
        "{product} damaged by a drop, warranty or not?",
        "My kid knocked my {product} off the desk and now it won't turn on. Any chance the warranty applies?",
        "Coffee went all over my {product}. What are my options for getting it repaired?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Accidental damage isn't covered by the standard warranty, but we can fix it for a flat {quote}.",
                    "Drops and spills aren't covered by the warranty, but you can get a flat-rate repair for {quote}.",
                ],
                "That price includes parts, labour and return shipping, and repairs take {bd} business days. Just book "
                "it under Support, then Repair, and choose Paid repair.",
            ),
            "jp": jp(
                ["the damage to your {product}", "a repair for your {product}", "your {product}"],
                "We regret to inform you that accidental damage such as drops or spills is not covered by the "
                "standard warranty. However, we would be glad to repair the {product} for a flat fee of {quote}, which "
                "includes parts, labour and return shipping, and the repair takes {bd} business days. If it is "
                "convenient for you, the repair may be booked under Support, then Repair, by selecting Paid repair.",
                sorry=[
                    "We are very sorry to hear about the accident.",
                    "We are sorry to hear what happened to your device.",
                ],
            ),
            "de": de(
                [
                    "Accidental damage such as drops or liquid is not covered by the standard warranty. A flat-rate "
                    "repair costs {quote}.",
                    "The standard warranty excludes accidental damage. The flat-rate repair price is {quote}.",
                ],
                [
                    "Open Support > Repair.",
                    "Select Paid repair and the {product}.",
                    "Send the device to the service center with the label provided.",
                ],
                ["The flat price includes parts, labour and return shipping. The repair time is {bd} business days."],
            ),
            "generic": gen(
                GEN_OPEN_P,
                "Unfortunately, accidental damage like drops and spills isn't covered by the standard warranty, but "
                "there's a flat-rate repair option.",
                [
                    "The repair costs {quote}, including parts, labour and return shipping.",
                    "It takes {bd} business days.",
                    "You might want to book it under Support > Repair and choose Paid repair.",
                ],
            ),
        },
    )


def w_plan(rng):
    v = {"product": product(rng), "price": dollars(rng, 29, 149, ("99",)), "weeks": rng.randint(2, 7)}
    prompts = [
        "Can I buy an extended warranty for my {product}?",
        "What's CarePlus and what does it add for a {product}?",
        "How much is the protection plan for the {product}? I bought it {weeks} weeks ago.",
        "Is it too late to add extended coverage to my {product}? Got it {weeks} weeks ago.",
        "Does the extended plan for the {product} cover drops?",
        "extended warranty price for the {product}",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Yep, CarePlus adds 2 extra years of coverage to your {product} for {price}.",
                    "You can add CarePlus to the {product} for {price}, and it gives you 2 more years of coverage.",
                ],
                "It also covers accidental damage like drops and spills, up to 2 claims. You've got to add it within "
                "60 "
                "days of purchase: go to Your Orders, pick the {product} and tap Add protection.",
            ),
            "jp": jp(
                ["extended coverage for your {product}", "our CarePlus protection plan", "protecting your {product}"],
                "We are pleased to let you know that CarePlus extends the coverage of your {product} by 2 additional "
                "years for {price}. It also covers accidental damage such as drops and spills, for up to 2 claims. "
                "Please kindly note that the plan must be added within 60 days of purchase. If it is convenient for "
                "you, this may be done in Your Orders by selecting the {product} and choosing Add protection.",
            ),
            "de": de(
                [
                    "CarePlus extends the coverage of the {product} by 2 years. The price is {price}.",
                    "The CarePlus plan for the {product} costs {price} and adds 2 years of coverage.",
                ],
                [
                    "Open Your Orders and select the {product}.",
                    "Select Add protection.",
                    "Complete the purchase within 60 days of the original purchase date.",
                ],
                ["CarePlus also covers accidental damage such as drops and spills, for a maximum of 2 claims."],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "CarePlus adds 2 extra years of coverage to your {product} for {price}.",
                [
                    "It also covers accidental damage like drops and spills, up to 2 claims.",
                    "It'll need to be added within 60 days of purchase.",
                    "You might want to add it soon: go to Your Orders, select the {product} and choose Add protection.",
                ],
            ),
        },
    )


def w_battery(rng):
    v = {"product": product(rng, *BATTERY), "months": rng.randint(8, 20)}
    prompts = [
        "My {product} battery drains way faster than when I bought it. Is that covered?",
        "Does the warranty include the battery on the {product}?",
        "Battery on my {product} barely lasts half a day now. It's about {months} months old.",
        "Is battery wear considered a defect under warranty? Asking about my {product}.",
        "{product} battery health dropped a lot, can I get a replacement?",
        "How do I check if my {product} battery is bad enough for a warranty replacement?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Yes, the battery's covered if its capacity drops below 80% within the warranty period.",
                    "The battery is covered, as long as its capacity falls under 80% during the warranty period.",
                ],
                "Check it under Settings, then Battery, then Health. If it's below 80%, file a warranty claim and "
                "we'll "
                "replace the battery for free. A gradual drop that stays above 80% is normal wear, not a defect.",
            ),
            "jp": jp(
                ["the battery of your {product}", "battery performance", "your {product}"],
                "The battery is covered if its capacity falls below 80% within the warranty period. It may be helpful "
                "to check this under Settings, then Battery, then Health. Should the value be below 80%, we would "
                "kindly ask you to file a warranty claim, and the battery will be replaced free of charge. We hope you "
                "will understand that a gradual decline that remains above 80% is considered normal wear rather than "
                "a defect.",
                sorry=["We are sorry to hear that the battery life has decreased.", ""],
            ),
            "de": de(
                [
                    "The battery is covered if its capacity falls below 80% within the warranty period.",
                    "Battery replacement under warranty applies at a capacity below 80% within the warranty period.",
                ],
                [
                    "Open Settings > Battery > Health on the {product}.",
                    "If the value is below 80%, file a warranty claim.",
                    "The battery is replaced free of charge.",
                ],
                ["A gradual decline above 80% is normal wear and not a defect."],
            ),
            "generic": gen(
                GEN_OPEN_Q[:2] + GEN_OPEN_P[:1],
                "The battery is covered if its capacity drops below 80% within the warranty period.",
                [
                    "You can check it under Settings > Battery > Health.",
                    "If it's below 80%, you might want to file a warranty claim. The battery is replaced for free.",
                    "A gradual drop that stays above 80% is considered normal wear, not a defect.",
                ],
            ),
        },
    )


def w_repair_time(rng):
    v = {"product": product(rng), "case": case_no(rng)}
    prompts = [
        "How long does a warranty repair take for the {product}?",
        "I sent in my {product} for repair last week. Any update on case {case}?",
        "Where can I track my repair? Case number {case}.",
        "When will I get my {product} back from the service center?",
        "repair status for case {case}, it's a {product}",
        "My {product} has been away for repair for a while now. Is there a way to see where it is?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Repairs take 7 to 10 business days from when the {product} arrives at our service center.",
                    "Expect the {product} back 7 to 10 business days after it reaches our service center.",
                ],
                "You'll get an email at each stage: received, repaired and shipped. You can also track it under "
                "Support, then My repairs, with case {case}. Return shipping's on us.",
            ),
            "jp": jp(
                ["the repair of your {product}", "repair case {case}", "the status of your repair"],
                "A repair takes 7 to 10 business days from the day the {product} arrives at our service center. We "
                "will send you an email at each stage, namely when the device is received, repaired and shipped. If "
                "it is convenient for you, the progress may also be followed under Support, then My repairs, with "
                "case number {case}. Return shipping is provided free of charge.",
                sorry=["We are sorry to have kept you waiting.", ""],
            ),
            "de": de(
                [
                    "The repair takes 7 to 10 business days from arrival at the service center.",
                    "Repair time is 7 to 10 business days, counted from arrival of the {product} at the service "
                    "center.",
                ],
                [
                    "Status emails are sent at receipt, after repair and at dispatch.",
                    "Track the repair under Support > My repairs with case number {case}.",
                    "Return shipping is free of charge.",
                ],
                ["No further action is required.", "No action is required until the device is returned."],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "Repairs usually take 7 to 10 business days from when the {product} arrives at the service center.",
                [
                    "You'll get an email when it's received, repaired and shipped.",
                    "You might want to check Support > My repairs with case {case} for live updates.",
                    "Return shipping is free.",
                ],
            ),
        },
    )


def w_replace(rng):
    v = {"product": product(rng)}
    prompts = [
        "Will you repair my {product} or send a new one?",
        "Can I get a replacement instead of a repair for my faulty {product}?",
        "If my {product} can't be fixed, what happens? I think it's discontinued now.",
        "Does a warranty replacement {product} come with its own new warranty?",
        "repair or replace my {product} under warranty?",
        "My {product} has gone back for warranty work before. If it can't be fixed this time, do I get a new unit?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "We'll try to repair your {product} first, and if it can't be fixed, we'll replace it.",
                    "Repair comes first, but if the {product} can't be fixed, you'll get a replacement.",
                ],
                "You'll get the same model, or an equivalent or better one if it's discontinued. The replacement's "
                "covered for the rest of your original warranty or 90 days, whichever's longer. We'll tell you which "
                "it is within 2 business days of the device arriving.",
            ),
            "jp": jp(
                ["the warranty service for your {product}", "repair and replacement", "your {product}"],
                "Our technicians will first try to repair the {product}, and should this not be possible, it will be "
                "replaced with the same model, or with an equivalent or better model if it has been discontinued. The "
                "replacement is covered for the remainder of your original warranty or for 90 days, whichever is "
                "longer. We will inform you of the outcome within 2 business days of the device arriving.",
            ),
            "de": de(
                [
                    "Defective devices are repaired first. Devices that cannot be repaired are replaced.",
                    "Repair has priority; a replacement is provided only if the {product} cannot be repaired.",
                ],
                [
                    "The technicians assess the {product} and decide within 2 business days of arrival.",
                    "Replacement is the same model, or an equivalent or better model if discontinued.",
                    "The replacement is covered for the remaining original warranty or 90 days, whichever is longer.",
                ],
                ["", "The decision is communicated by email."],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "We'll try to repair the {product} first, and if it can't be fixed, we'll replace it.",
                [
                    "The replacement is the same model, or an equivalent or better one if it's discontinued.",
                    "It's covered for the rest of your original warranty or 90 days, whichever is longer.",
                    "You might want to keep an eye on your email: we'll confirm which it is within 2 business days of "
                    "the device arriving.",
                ],
            ),
        },
    )


def w_receipt(rng):
    v = {
        "product": product(rng),
        "store": pick(
            rng, ("ElectroMart", "TechCorner", "a local electronics shop", "MegaByte Store", "an airport shop")
        ),
    }
    prompts = [
        "I lost the receipt for my {product}. Can I still claim warranty?",
        "My {product} was a gift, so I don't have any proof of purchase. Is it still covered?",
        "Do I need the original receipt for a warranty repair on the {product}?",
        "I bought my {product} at {store}, not your website. Is the warranty still valid?",
        "no invoice for my {product}, can I still use the warranty?",
        "What counts as proof of purchase for a warranty claim? I paid cash for the {product} at {store}.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "If you bought the {product} from us, you don't need a receipt: your order history is the proof.",
                    "You're fine without a receipt if it was bought from us, since your order history counts as proof.",
                ],
                "Just sign in when you file the claim. From another store like {store}, you'll need an invoice showing "
                "the date and the retailer. With no proof at all, the warranty runs from the manufacturing date plus 3 "
                "months.",
            ),
            "jp": jp(
                ["proof of purchase for your {product}", "the warranty for your {product}", "your warranty claim"],
                "If the {product} was purchased from us, no receipt is required, as your order history serves as proof "
                "and it is sufficient to sign in when filing the claim. For purchases from another store such as "
                "{store}, we would kindly ask for an invoice showing the date and the retailer. Should no proof be "
                "available at all, the warranty period is calculated from the manufacturing date plus 3 months.",
            ),
            "de": de(
                [
                    "For purchases from us, the order history serves as proof of purchase. A receipt is not required.",
                    "No receipt is required for purchases from us; the order history is accepted as proof.",
                ],
                [
                    "Purchase from us: sign in when filing the claim.",
                    "Purchase from another retailer such as {store}: provide an invoice showing date and retailer.",
                    "No proof available: the warranty is calculated from the manufacturing date plus 3 months.",
                ],
                [""],
            ),
            "generic": gen(
                GEN_OPEN_P[:1] + GEN_OPEN_Q[:2],
                "You might not need the receipt at all.",
                [
                    "If you bought it from us, your order history is the proof, so just sign in when you file the "
                    "claim.",
                    "If it came from another store like {store}, you'll need an invoice showing the date and retailer.",
                    "With no proof at all, the warranty runs from the manufacturing date plus 3 months.",
                ],
            ),
        },
    )


def w_transfer(rng):
    v = {"product": product(rng), "months": rng.randint(2, 9)}
    prompts = [
        "I bought a used {product} from someone online. Does the warranty transfer to me?",
        "If I sell my {product}, can the buyer use the remaining warranty?",
        "Second-hand {product} here, is it still under warranty?",
        "Is the warranty tied to me or to the device? Planning to give my {product} to a friend.",
        "warranty transfer to a new owner for a {product}?",
        "My cousin gave me his {product} that's only {months} months old. Can I claim warranty if it breaks?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Yep, the warranty stays with the {product}, not the owner.",
                    "The warranty follows the {product}, so it transfers to the new owner.",
                ],
                "The new owner just needs the original proof of purchase, so ask the seller to pass it on. Register it "
                "under Support, then Register product, with the serial number. It's only the remaining period, though. "
                "The warranty doesn't restart.",
            ),
            "jp": jp(
                ["the warranty for a second-hand {product}", "transferring the warranty", "your {product}"],
                "We are pleased to confirm that the warranty belongs to the {product} rather than to its owner, and it "
                "therefore transfers to the new owner. The new owner will need the original proof of purchase, so it "
                "may be helpful to ask the previous owner to pass it on. We would then kindly ask for the product to "
                "be registered under Support, then Register product, with the serial number. Please kindly note that "
                "only the remaining period applies, as the warranty does not restart.",
            ),
            "de": de(
                [
                    "The warranty is bound to the {product}, not to the owner. Only the remaining period applies.",
                    "The warranty transfers with the {product}; the period does not restart.",
                ],
                [
                    "Obtain the original proof of purchase from the previous owner.",
                    "Open Support > Register product.",
                    "Enter the serial number and upload the proof of purchase.",
                ],
                [
                    "Warranty claims can then be filed for the remaining period under Support > Warranty claim.",
                    "Claims for the remaining period are then filed under Support > Warranty claim as usual.",
                ],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "The warranty stays with the {product}, not the person, so it transfers to the new owner.",
                [
                    "The new owner needs the original proof of purchase, so you might want to ask the seller for it.",
                    "Register it under Support > Register product with the serial number.",
                    "Only the remaining period applies. It doesn't restart.",
                ],
            ),
        },
    )


def w_pixels(rng):
    v = {"product": product(rng, *SCREEN), "weeks": rng.randint(2, 6)}
    prompts = [
        "There's a dead pixel on my new {product}. Is that a warranty issue?",
        "My {product} screen has a tiny bright dot that never goes away.",
        "How many dead pixels do you need before the {product} screen gets replaced?",
        "Found a stuck pixel right in the middle of the {product} display, can I get it fixed?",
        "my {product} has a few black dots on the screen",
        "Is one stuck pixel covered under warranty? The {product} is {weeks} weeks old.",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "The screen's replaced under warranty if there are 3 or more bright pixels, 5 or more dark ones, "
                    "or "
                    "any bright pixel in the center.",
                    "You'll get a screen replacement if the {product} has 3+ bright pixels, 5+ dark pixels, or any "
                    "bright "
                    "pixel in the center area.",
                ],
                "To check, run the Display test under Settings, then Support, and snap a photo of the screen. Then "
                "file a warranty claim under Support and attach the photo.",
            ),
            "jp": jp(
                ["the display of your {product}", "the pixels on your screen", "your {product}"],
                "The screen will be replaced under warranty if there are 3 or more bright pixels, 5 or more dark "
                "pixels, or any bright pixel in the center area. If it is convenient for you, we would kindly ask you "
                "to run the Display test under Settings, then Support, and take a photo of the screen. We would then "
                "be grateful if you could file a warranty claim under Support with the photo attached.",
                sorry=["We are sorry that the screen is not as it should be.", ""],
            ),
            "de": de(
                [
                    "Screen replacement under warranty applies at 3 or more bright pixels, 5 or more dark pixels, or "
                    "any "
                    "bright pixel in the center area."
                ],
                [
                    "Run the Display test under Settings > Support.",
                    "Photograph the screen.",
                    "File a warranty claim under Support and attach the photo.",
                ],
                ["Fewer pixel faults outside the center area do not qualify."],
            ),
            "generic": gen(
                GEN_OPEN_P[:1] + GEN_OPEN_Q[:2],
                "The screen is replaced under warranty if there are 3 or more bright pixels, 5 or more dark ones, or "
                "any bright pixel in the center.",
                [
                    "Run the Display test under Settings > Support.",
                    "You might want to take a photo of the screen while the test is running.",
                    "File a warranty claim under Support and attach the photo. It's quick.",
                ],
            ),
        },
    )


def w_pickup(rng):
    v = {"product": product(rng), "when": a_date(rng), "case": case_no(rng)}
    prompts = [
        "When is the courier coming to collect my {product} for repair?",
        "I booked a warranty pickup for my {product}. Do I need to pack it myself?",
        "Can I move my repair pickup? It's scheduled for {when} but I won't be home.",
        "What should I prepare before the courier picks up my {product} on {when}?",
        "repair pickup on {when} for my {product}, anything I need to do?",
        "Case {case}: is the collection of my {product} still on for {when}?",
    ]
    return (
        v,
        prompts,
        {
            "us": us(
                [
                    "Your pickup for case {case} is booked for {when}.",
                    "The courier's coming for your {product} on {when} (case {case}).",
                ],
                "You don't need to pack it, since they'll bring a protective box. Just back up your data, sign out of "
                "your account and take out any memory cards and accessories. Need a different day? Reschedule under "
                "Support, then My repairs, up to 1 day before.",
            ),
            "jp": jp(
                ["the collection of your {product}", "repair case {case}", "your repair pickup"],
                "We are pleased to confirm that the pickup for case {case} is arranged for {when}. The courier will "
                "bring a protective box, so there is no need to pack the {product}. Beforehand, it may be helpful to "
                "back up your data, sign out of your account, and remove any memory cards and accessories. Should you "
                "wish to change the date, it may be rescheduled under Support, then My repairs, up to 1 day before.",
            ),
            "de": de(
                [
                    "The pickup for case {case} is scheduled for {when}. The courier brings a protective box.",
                    "Collection of the {product} (case {case}) takes place on {when}; packaging is provided by the "
                    "courier.",
                ],
                [
                    "Back up all data.",
                    "Sign out of the account on the {product}.",
                    "Remove memory cards and accessories.",
                ],
                ["Rescheduling is possible under Support > My repairs up to 1 day before the pickup."],
            ),
            "generic": gen(
                GEN_OPEN_Q,
                "Your pickup for case {case} is scheduled for {when}, and the courier brings a protective box, so you "
                "don't need to pack it.",
                [
                    "Back up your data and sign out of your account.",
                    "Remove any memory cards and accessories.",
                    "If the date doesn't work, you might want to reschedule under Support > My repairs, up to 1 day "
                    "before.",
                ],
            ),
        },
    )


WARRANTY = [
    w_coverage,
    w_claim,
    w_status,
    w_accident,
    w_plan,
    w_battery,
    w_repair_time,
    w_replace,
    w_receipt,
    w_transfer,
    w_pixels,
    w_pickup,
]


# ---------------------------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------------------------

TOPICS = {
    "returns": (RETURNS, 8),
    "account_security": (ACCOUNT_SECURITY, 7),
    "warranty": (WARRANTY, 8),
}


_ARTICLE = re.compile(r"\b([Aa]) \{(\w+)\}")


def _articles(text: str, values: dict) -> str:
    """``a {product}`` -> ``an {product}`` where the value starts with a vowel sound."""

    def fix(m: re.Match) -> str:
        value = values.get(m.group(2))
        if isinstance(value, str) and value[:1] in "AEIOU":
            return f"{m.group(1)}n {{{m.group(2)}}}"
        return m.group(0)

    return _ARTICLE.sub(fix, text)


def scenarios(rng: random.Random) -> list[Scenario]:
    """At least 85 scenarios per topic, prompts unique across the module."""
    out: list[Scenario] = []
    seen: set[str] = set()
    for topic, (situations, per) in TOPICS.items():
        for situation in situations:
            made = tries = 0
            order: list[int] = []
            while made < per and tries < per * 30:
                tries += 1
                values, prompts, parts = situation(rng)
                if not order:
                    order = list(range(len(prompts)))
                    rng.shuffle(order)
                prompt = _articles(_x(rng, prompts[order.pop()]), values)
                key = render(prompt, values, "us", "USD").lower()
                if key in seen:
                    continue
                seen.add(key)
                answers = {style: _articles(_join(rng, parts[style]), values) for style in STYLES}
                out.append(Scenario(topic, prompt, answers, values))
                made += 1
    return out
