"""Billing, shipping and device-setup scenarios for the market preference data.

Every scenario is one customer message answered four times with the same facts: "us" (direct, casual),
"jp" (very polite, indirect), "de" (formal, numbered steps) and "generic" (a neutral chatbot). Each
situation below supplies its own prompt phrasings and style fragments; ``_make`` draws one of each, so
scenarios of the same situation vary in wording as well as in products, order numbers, amounts and dates.
Tokens in square brackets (e.g. ``[amt]``) are swapped for optional fragments before the text is stored;
curly placeholders are filled later by ``gen.common.render``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from gen.common import Money, Scenario, pick

# ---------------------------------------------------------------------------------------------- shared pools

HEADPHONES = [
    "Aurora X2 headset",
    "Aurora X5 Pro headset",
    "Aurora Sport S1 headset",
    "Pulse P40 gaming headset",
    "Pulse Studio P60 headset",
    "Pulse Mini M2 neckband",
]
SPEAKERS = ["Echoline E20 soundbar", "Cirrus C2 smart speaker", "Cirrus C4 Max speaker", "Echoline E45 soundbar"]
WEARABLES = ["Nimbus S7 smartwatch", "Nimbus S9 Pro smartwatch", "Helio H1 fitness band", "Helio H3 fitness band"]
ROUTERS = ["HomeHub H300 router", "HomeHub H500 router", "Beacon B3 mesh Wi-Fi system", "Beacon B6 mesh Wi-Fi system"]
TVS = ["Vista V55 4K TV", "Vista V65 QLED TV", "Vista V43 smart TV", "Prism P5 projector"]
TABLETS = ["Stratus T12 tablet", "Stratus T8 Kids tablet", "Glide G4 e-reader", "Stratus T11 Pro tablet"]
PHONES = ["Nova N9 phone", "Nova N9 Plus phone", "Nova N7 phone", "Nova Fold F2 phone"]
LAPTOPS = ["Vertex 14 laptop", "Vertex 16 Pro laptop", "Vertex Air 13 laptop"]
CAMERAS = ["Sentinel S2 doorbell camera", "Sentinel S4 outdoor camera", "Kestrel K5 action camera"]
HOME = ["Orbit O3 robot vacuum", "Orbit O5 Plus robot vacuum", "Tempo T6 smart thermostat", "Lumen L8 smart bulb kit"]
GAMING = ["Atlas A7 gaming console", "Atlas A7 Lite console", "Drift D2 drone", "Mosaic M27 monitor"]
ALL_PRODUCTS = HEADPHONES + SPEAKERS + WEARABLES + ROUTERS + TVS + TABLETS + PHONES + LAPTOPS + CAMERAS + HOME + GAMING
SUBSCRIPTIONS = [
    "CloudVault 200 GB plan",
    "CloudVault 2 TB plan",
    "HomeHub Secure Plus subscription",
    "Lumora Care+ protection plan",
    "StreamBox Premium subscription",
    "Nimbus Fit Premium membership",
    "Sentinel Cloud Recording plan",
]
CARRIERS = ["ParcelLine", "SwiftPost", "RapidRoute", "NorthStar Freight"]

# Openers, apologies and closers shared by all situations (trouble = something went wrong for the customer).
US_CLOSE_Q = [
    "Anything else, just ask.",
    "Happy to help with anything else.",
    "Let us know if you need anything else.",
    "Hope that helps.",
    "Give us a shout if you get stuck.",
    "That's all there is to it!",
    "Just reply here if you've got more questions.",
]
US_CLOSE_T = [
    "Thanks for bearing with us.",
    "Just reply here if anything's still off.",
    "We've got your back on this.",
    "Thanks for your patience while we sort it out.",
    "Give us a shout if it's still not sorted.",
    "Hope that clears it up.",
]
JP_OPEN = [
    "Thank you very much for contacting us about <S>.",
    "Thank you for your kind patience and for your question regarding <S>.",
    "Thank you for reaching out to us concerning <S>.",
    "Thank you very much for taking the time to write to us about <S>.",
    "Thank you for your message regarding <S>, and for choosing Lumora.",
]
JP_SORRY = [
    "We sincerely apologize for the inconvenience this has caused.",
    "We are truly sorry for the trouble and concern this has caused you.",
    "Please accept our sincere apologies for the inconvenience.",
    "We deeply regret the inconvenience this situation has caused.",
]
JP_CLOSE = [
    "We appreciate your understanding and remain at your service.",
    "Please do not hesitate to contact us should you need any further assistance.",
    "We thank you once again for your patience and remain at your disposal.",
    "Should any questions remain, we would be delighted to assist you further.",
    "We sincerely hope this information is helpful, and we remain at your service.",
]
GEN_OPEN_Q = [
    "Great question!",
    "Good question!",
    "Thanks for reaching out!",
    "That's a really common question.",
    "Happy to help with that!",
    "There are a few things worth knowing here.",
]
GEN_OPEN_T = [
    "I understand your concern.",
    "I'm sorry to hear about this.",
    "I understand how frustrating this can be.",
    "There are a few things you can try.",
    "I can see why that would be confusing.",
    "Thanks for reaching out about this!",
]
GEN_CLOSE = [
    "I hope this helps!",
    "Let me know if you have any other questions.",
    "Hope this helps! Let me know if you have any other questions.",
    "Feel free to ask if anything's unclear. Let me know if you have any other questions.",
]


def order_no(rng: random.Random) -> str:
    """An order number in one of the shop's formats."""
    fmt = rng.randrange(3)
    if fmt == 0:
        return f"LM-{rng.randint(100000, 999999)}"
    if fmt == 1:
        return f"#{rng.randint(4000000, 4999999)}"
    return f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"


def price(rng: random.Random, lo: int, hi: int) -> Money:
    return Money(f"{rng.randint(lo, hi)}.{pick(rng, ['99', '49', '00', '95', '90'])}")


def day(rng: random.Random) -> date:
    return date(pick(rng, [2026, 2027]), rng.randint(1, 12), rng.randint(1, 28))


_PROMPT_DECKS: dict[str, list[int]] = {}  # situation (first prompt) -> prompt indices still to deal


def _make(
    rng: random.Random, topic: str, values: dict, d: dict, subs: dict | None = None, trouble: bool = False
) -> Scenario:
    """Draw one phrasing per part from situation ``d`` and assemble the four answers."""
    subs = subs or {}

    def fill(text: str) -> str:
        for token, repl in subs.items():
            text = text.replace(token, repl)
        return text

    # Deal prompt phrasings from a shuffled deck so every phrasing of a situation gets used before any repeats.
    deck = _PROMPT_DECKS.setdefault(d["prompts"][0], [])
    if not deck:
        deck.extend(rng.sample(range(len(d["prompts"])), len(d["prompts"])))
    prompt = d["prompts"][deck.pop()]
    us = " ".join(
        [
            pick(rng, d["us_lead"]),
            pick(rng, d["us_body"]),
            pick(rng, d.get("us_close", []) + (US_CLOSE_T if trouble else US_CLOSE_Q)),
        ]
    )
    jp_parts = [pick(rng, JP_OPEN).replace("<S>", pick(rng, d["subject"]))]
    if trouble:
        jp_parts.append(pick(rng, JP_SORRY))
    jp_parts += [pick(rng, d["jp_body"]), pick(rng, JP_CLOSE)]
    steps = rng.choice(d["de_steps"])
    de = "\n".join(
        [pick(rng, d["de_lead"])] + [f"{i}. {s}" for i, s in enumerate(steps, 1)] + [pick(rng, d["de_close"])]
    )
    bullets = rng.choice(d["gen_bullets"])
    generic = "\n".join(
        [pick(rng, GEN_OPEN_T if trouble else GEN_OPEN_Q) + " " + pick(rng, d["gen_intro"])]
        + [f"- {b}" for b in bullets]
        + [pick(rng, GEN_CLOSE)]
    )
    answers = {"us": us, "jp": " ".join(jp_parts), "de": de, "generic": generic}
    return Scenario(topic, fill(prompt), {k: fill(v) for k, v in answers.items()}, values)


# ---------------------------------------------------------------------------------------------------- billing


def b_double_charge(rng: random.Random) -> Scenario:
    v = {"order": order_no(rng), "product": pick(rng, ALL_PRODUCTS), "days": pick(rng, ["3", "5", "7"])}
    money = rng.random() < 0.65
    if money:
        v["amount"] = price(rng, 25, 900)
    subs = {
        "[of]": " of {amount}" if money else "",
        "[for]": " for {amount}" if money else "",
        "[each]": " ({amount} each time)" if money else "",
    }
    d = {
        "prompts": [
            "I was charged twice for order {order}[each]. Can you fix this?",
            "Why do I see two charges[of] for my {product} on my card statement?",
            "Hi, my banking app shows the same payment[of] two times for order {order}. I only bought one {product}.",
            "Looks like I got double charged on order {order}, what happened?",
            "Just checked my statement and there are two identical charges for the {product} I ordered last week. "
            "I definitely only placed one order. Which one is real and will the other go away?",
            "You took the money twice for order {order}[for]. I want the extra payment back right away.",
        ],
        "subject": ["the two charges shown for order {order}", "the duplicate charge for your {product}"],
        "us_lead": [
            "Sorry about that, but you've only paid once: the second entry[of] is just a temporary authorization hold.",
            "Good news: you were only charged once for order {order}, and the extra entry[of] is a pending hold.",
            "No worries, the second charge[of] isn't a real payment, it's a temporary hold from your bank.",
        ],
        "us_body": [
            "It'll drop off on its own within {days} business days. If it's still there after that, send us a "
            "screenshot of your statement with order {order} and we'll refund the duplicate right away.",
            "Your bank releases it within {days} business days, so you don't need to do anything. Still seeing both "
            "after {days} business days? Reply with a statement screenshot and order {order}, and we'll refund it "
            "right away.",
        ],
        "jp_body": [
            "Upon reviewing order {order}, we were able to confirm that only one payment was taken, and that the "
            "second entry[of] is a temporary authorization hold. This hold is normally released automatically within "
            "{days} business days. If both entries should still appear after that time, we would be grateful if you "
            "could send us a screenshot of your statement together with the order number, and we will promptly "
            "refund the duplicate amount.",
            "Please allow us to explain that the second entry[of] is not an additional payment but a temporary "
            "authorization hold, which your bank usually releases within {days} business days without any action on "
            "your part. Should it remain after that period, it may be helpful to send us a screenshot of your "
            "statement with order {order}, and we will arrange a refund of the duplicate without delay.",
        ],
        "de_lead": [
            "Only one payment was taken for order {order}. The second entry[of] is a temporary authorization hold.",
            "The second entry[of] for order {order} is an authorization hold, not a second payment.",
        ],
        "de_steps": [
            [
                "Wait {days} business days. The bank releases the hold automatically.",
                "Check the statement again after {days} business days.",
                "If both entries are still shown, send a screenshot of the statement and order number {order} to "
                "support.",
            ],
            [
                "No action is required during the first {days} business days.",
                "After {days} business days, compare the statement with order {order}.",
                "If the duplicate entry remains, submit a statement screenshot via the contact form.",
            ],
        ],
        "de_close": [
            "The duplicate amount is then refunded immediately.",
            "Support refunds the duplicate amount immediately after verification.",
        ],
        "gen_intro": [
            "Seeing two charges can be worrying, but it's usually just a temporary hold.",
            "It looks like only one payment actually went through for order {order}.",
        ],
        "gen_bullets": [
            [
                "The second entry[of] is an authorization hold, not a real charge.",
                "It should drop off within {days} business days.",
                "If it's still there after that, you might want to send us a screenshot of your statement with order "
                "{order}.",
                "We'll then refund the duplicate right away.",
            ],
            [
                "Only one payment was taken; the other entry[of] is a pending hold.",
                "Your bank typically releases it within {days} business days.",
                "If both are still showing after that, you might want to send a statement screenshot "
                "and order {order}.",
                "The duplicate will be refunded right away.",
            ],
        ],
    }
    return _make(rng, "billing", v, d, subs, trouble=True)


def b_refund_timing(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "product": pick(rng, ALL_PRODUCTS),
        "proc": pick(rng, ["2", "3", "5"]),
        "bank": pick(rng, ["3 to 5", "5 to 7", "5 to 10"]),
    }
    money = rng.random() < 0.7
    if money:
        v["amount"] = price(rng, 19, 1200)
    subs = {"[amt]": " of {amount}" if money else ""}
    d = {
        "prompts": [
            "I sent back my {product} last week. When will I get my money back?",
            "How long does a refund take after you receive a return? Mine was order {order}.",
            "The return for order {order} was delivered to you three days ago and still no refund[amt]. "
            "What's going on?",
            "When should I expect the refund[amt] for the {product} I returned?",
            "Hi there, I returned a {product} (order {order}) because it didn't suit me. Tracking says you got it. "
            "How many days until the refund hits my account?",
            "refund status for order {order}? returned the {product} already",
        ],
        "subject": ["the refund for your returned {product}", "the status of the refund for order {order}"],
        "us_lead": [
            "Your refund[amt] goes out within {proc} business days of the return reaching our warehouse.",
            "Good news: once we've got your {product} back, the refund[amt] is issued within {proc} business days.",
            "Here's the timeline: we issue the refund[amt] within {proc} business days after your return arrives.",
        ],
        "us_body": [
            "It goes back to your original payment method, and your bank usually takes another {bank} business days "
            "to show it. You'll get an email from us the moment it's issued.",
            "You'll get a confirmation email when it's sent to your original payment method. After that it's up to "
            "your bank, which usually takes {bank} business days to post it.",
        ],
        "jp_body": [
            "Please allow us to explain the process. Once your return has arrived at our warehouse, the refund[amt] "
            "is issued within {proc} business days to the original payment method, and we will send you a "
            "confirmation email at that time. Your card issuer may then require a further {bank} business days "
            "before the amount is shown on your statement, so we would be grateful for your kind patience.",
            "We would like to inform you that the refund[amt] is processed within {proc} business days after the "
            "returned item reaches our warehouse. It is returned to the original payment method, and a confirmation "
            "email is sent as soon as it has been issued. As banks usually need {bank} business days to reflect the "
            "credit, it may be helpful to check your statement again after that time.",
        ],
        "de_lead": [
            "The refund[amt] is issued within {proc} business days after the return arrives at the warehouse.",
            "Refunds are processed within {proc} business days of receipt of the returned item.",
        ],
        "de_steps": [
            [
                "Confirm that the tracking status of the return shows delivered.",
                "Wait {proc} business days for the refund[amt] to be issued to the original payment method.",
                "Allow a further {bank} business days for the bank to post the credit.",
            ],
            [
                "The warehouse receives and checks the returned {product}.",
                "Within {proc} business days the refund[amt] is issued to the original payment method and a "
                "confirmation email is sent.",
                "The bank posts the credit within {bank} business days.",
            ],
        ],
        "de_close": [
            "If no credit is shown after this period, contact support and state order number {order}.",
            "For refunds not received after this period, provide order number {order} to support.",
        ],
        "gen_intro": [
            "Refunds happen in two stages, so it's normal for it to take a little while.",
            "Once your return is back with us, the refund is usually pretty quick.",
        ],
        "gen_bullets": [
            [
                "The refund[amt] is issued within {proc} business days after the return reaches our warehouse.",
                "It goes back to your original payment method.",
                "Your bank might take another {bank} business days to show it.",
                "You'll get a confirmation email when it's sent.",
            ],
            [
                "We issue the refund[amt] within {proc} business days of your return arriving.",
                "You'll receive an email confirming it, and it goes to your original payment method.",
                "Banks usually need {bank} business days to post it.",
                "You might want to check your statement again after that.",
            ],
        ],
    }
    return _make(rng, "billing", v, d, subs)


def b_invoice_copy(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "product": pick(rng, ALL_PRODUCTS),
        "years": pick(rng, ["3", "5", "7"]),
        "n": pick(rng, ["2", "3"]),
    }
    d = {
        "prompts": [
            "Where can I download an invoice for order {order}?",
            "I need a copy of the invoice for my {product} for an expense report. How do I get one?",
            "Can you send me the receipt for order {order}? I deleted the confirmation email.",
            "My accountant is asking for a proper invoice for the {product} I bought. Can I get one with my "
            "company name on it?",
            "Need an invoice copy for order {order} please",
            "How do I get a PDF invoice for a {product} I ordered a while back?",
        ],
        "subject": ["a copy of the invoice for order {order}", "the invoice for your {product}"],
        "us_lead": [
            "You can download it anytime from your account under Orders.",
            "Yep, every order has a PDF invoice you can download from your account.",
            "Easy one: the invoice for order {order} is in your account, ready to download.",
        ],
        "us_body": [
            "Go to Account, open Orders, pick order {order}, and hit Download invoice. Need your company name on it? "
            "Update Billing details first, then download. Invoices go back {years} years; for anything older, just "
            "ask and we'll email it within {n} business days.",
            "Head to Account, then Orders, select order {order} and click Download invoice. If you'd like your "
            "company name on it, add it under Billing details before you download. You'll find the last {years} "
            "years there, and we'll email older ones within {n} business days.",
        ],
        "jp_body": [
            "We are pleased to inform you that the invoice can be downloaded as a PDF at any time. If it is "
            "convenient for you, we would kindly ask you to sign in, open Orders in your account, select order "
            "{order}, and choose Download invoice. Should your company name be required, it may be helpful to add "
            "it under Billing details before downloading. Invoices for the past {years} years are available there, "
            "and for older orders we would be glad to send a copy by email within {n} business days.",
            "Please allow us to guide you. The invoice is available as a PDF in your account under Orders, where "
            "you may select order {order} and choose Download invoice. If you would like your company name to "
            "appear, we would recommend updating Billing details beforehand. Invoices from the past {years} years "
            "can be retrieved in this way, and for anything older our team will gladly email a copy within {n} "
            "business days.",
        ],
        "de_lead": [
            "The invoice for order {order} is available as a PDF in the customer account.",
            "Invoices can be downloaded in the customer account for all orders from the past {years} years.",
        ],
        "de_steps": [
            [
                "Sign in and open Account > Orders.",
                "Select order {order} and click Download invoice.",
                "To show a company name, enter it under Billing details before downloading.",
            ],
            [
                "Enter the company name under Account > Billing details, if required.",
                "Open Account > Orders and select order {order}.",
                "Click Download invoice. The PDF is generated immediately.",
            ],
        ],
        "de_close": [
            "Invoices older than {years} years are sent by email within {n} business days on request.",
            "For orders older than {years} years, request the invoice from support. It is sent within {n} "
            "business days.",
        ],
        "gen_intro": [
            "You can get a copy of your invoice yourself, and it only takes a minute.",
            "There's an easy way to download invoices straight from your account.",
        ],
        "gen_bullets": [
            [
                "Sign in and go to Account > Orders.",
                "Select order {order} and click Download invoice to get the PDF.",
                "If you need your company name on it, you might want to update Billing details first.",
                "Invoices from the last {years} years are there; older ones are emailed within {n} business days.",
            ],
            [
                "Open Orders in your account and pick order {order}.",
                "Click Download invoice.",
                "You might want to add your company name under Billing details before downloading.",
                "For orders older than {years} years, support can email it within {n} business days.",
            ],
        ],
    }
    return _make(rng, "billing", v, d)


def b_change_card(rng: random.Random) -> Scenario:
    v = {"sub": pick(rng, SUBSCRIPTIONS), "hold": pick(rng, ["3", "5", "7"])}
    d = {
        "prompts": [
            "How do I update the card on my {sub}? My old one expired.",
            "I got a new bank card. Where do I change my payment details for the {sub}?",
            "Can I switch the card you charge for my {sub} to a different one?",
            "My card was replaced after some fraud, so the {sub} renewal will fail. How do I add the new card?",
            "I'm trying to remove my old credit card from my account but it won't let me. I pay for the {sub} with it.",
            "change payment card for {sub} - how?",
        ],
        "subject": ["updating the payment card for your {sub}", "the payment details for your {sub}"],
        "us_lead": [
            "You can swap it in Account > Payment methods in about a minute.",
            "Sure thing, you can change the card anytime under Account > Payment methods.",
            "Yep, updating the card for your {sub} takes just a minute in your account.",
        ],
        "us_body": [
            "Tap Add card, enter the new details, and set it as default. Then remove the old one; it can't be "
            "deleted while it's the only card on an active plan. We'll place a small verification hold that "
            "disappears within {hold} days, and your next {sub} renewal goes on the new card.",
            "Add the new card, mark it as default, and then delete the old one, since a card can't be removed while "
            "it's the only one on an active plan. There's a tiny verification hold that drops off within {hold} "
            "days. From then on, your {sub} renews on the new card.",
        ],
        "jp_body": [
            "The card may be changed at any time under Account > Payment methods. We would kindly ask you to select "
            "Add card, enter the new details, and set it as the default, after which the previous card can be "
            "removed. Please note that a card cannot be removed while it is the only "
            "one linked to an active subscription. A small verification hold will be placed and released within "
            "{hold} days, and future renewals of your {sub} will be charged to the new card.",
            "We would be glad to guide you through this. In Account > Payment methods, you may add the new card and "
            "mark it as your default, and the former card can then be deleted. As a card cannot be deleted while it "
            "is the only card on an active subscription, we would suggest adding the new one first. A small "
            "verification hold is released within {hold} days, and your {sub} will renew on the new card from then "
            "on.",
        ],
        "de_lead": [
            "The payment card is changed under Account > Payment methods.",
            "Renewals of the {sub} are charged to the default card in Account > Payment methods.",
        ],
        "de_steps": [
            [
                "Open Account > Payment methods and select Add card.",
                "Enter the card details and set the new card as default.",
                "Remove the old card. A card cannot be removed while it is the only card on an active subscription.",
            ],
            [
                "Add the new card under Account > Payment methods.",
                "Select Set as default.",
                "Delete the old card. This is only possible once another card is stored for the active subscription.",
            ],
        ],
        "de_close": [
            "A verification hold on the new card is released within {hold} days. The next {sub} renewal "
            "is charged to the new card.",
            "The verification hold is released within {hold} days. All further {sub} renewals use the new card.",
        ],
        "gen_intro": [
            "Updating your card is quick, and your subscription keeps running in the meantime.",
            "It's easy to change the card linked to your {sub}.",
        ],
        "gen_bullets": [
            [
                "Go to Account > Payment methods and choose Add card.",
                "Set the new card as your default.",
                "Then remove the old one (it can't go while it's the only card on an active plan).",
                "You might notice a small verification hold, released within {hold} days.",
                "Your next {sub} renewal will use the new card.",
            ],
            [
                "Add the new card under Account > Payment methods and make it the default.",
                "You might want to delete the old card afterwards (it can't go while it's the only card on an active "
                "plan).",
                "A small verification hold disappears within {hold} days.",
                "Future {sub} renewals are charged to the new card.",
            ],
        ],
    }
    return _make(rng, "billing", v, d)


def b_renewal(rng: random.Random) -> Scenario:
    v = {
        "sub": pick(rng, SUBSCRIPTIONS),
        "price": price(rng, 29, 199),
        "date": day(rng),
        "hours": pick(rng, ["24", "48"]),
    }
    d = {
        "prompts": [
            "When does my {sub} renew, and how much will it cost?",
            "I don't want my {sub} to renew automatically. How do I stop it?",
            "Got an email saying my {sub} renews soon. Will I be charged {price} again?",
            "Can you tell me the renewal date for my {sub}? I might cancel before then.",
            "Hi, if I turn off auto-renew on the {sub}, do I lose access straight away or at the end of the term?",
            "how to cancel {sub} before the next payment",
        ],
        "subject": ["the renewal of your {sub}", "the automatic renewal of your {sub}"],
        "us_lead": [
            "Your {sub} renews on {date} for {price}.",
            "Yep, your {sub} is set to renew on {date}, and you'll be charged {price}.",
            "Here's the deal: the {sub} renews automatically on {date} at {price}.",
        ],
        "us_body": [
            "Don't want that? Go to Account > Subscriptions and switch off Auto-renew at least {hours} hours before "
            "the renewal date. You'll keep full access until {date}, and nothing more gets charged.",
            "To stop it, open Account > Subscriptions and turn off Auto-renew at least {hours} hours ahead. You "
            "won't lose anything early; access runs until {date} and then simply ends.",
        ],
        "jp_body": [
            "We would like to confirm that your {sub} is scheduled to renew on {date} at a price of {price}. "
            "Should you prefer not to continue, we would kindly ask you to turn off Auto-renew under Account > "
            "Subscriptions at least {hours} hours before the renewal date. Please be assured that your access will "
            "remain fully available until {date}, and no further charge will be made.",
            "According to our records, the next renewal of your {sub} will take place on {date}, and the amount of "
            "{price} will be charged. If you would perhaps like to stop the renewal, it may be helpful to switch off "
            "Auto-renew in Account > Subscriptions no later than {hours} hours beforehand. Your access will continue "
            "until {date} in either case.",
        ],
        "de_lead": [
            "The {sub} renews automatically on {date}. The renewal price is {price}.",
            "Next renewal of the {sub}: {date}, amount {price}.",
        ],
        "de_steps": [
            [
                "Sign in and open Account > Subscriptions.",
                "Select the {sub} from the list of active subscriptions.",
                "Switch off Auto-renew at least {hours} hours before {date}.",
            ],
            [
                "Sign in and go to Account > Subscriptions.",
                "Deactivate Auto-renew for the {sub} no later than {hours} hours before the renewal date.",
                "Check the confirmation email sent after the change.",
            ],
        ],
        "de_close": [
            "Access remains active until {date}. No further amount is charged.",
            "The subscription then ends on {date} without further charges.",
        ],
        "gen_intro": [
            "Your {sub} renews automatically, but you're in control of that.",
            "It's easy to check and change your renewal settings.",
        ],
        "gen_bullets": [
            [
                "The next renewal is on {date} and costs {price}.",
                "If you don't want it, you might want to turn off Auto-renew under Account > Subscriptions.",
                "Do it at least {hours} hours before the renewal date.",
                "You'll keep access until {date}.",
            ],
            [
                "Your {sub} renews on {date} for {price}.",
                "To stop it, switch off Auto-renew in Account > Subscriptions at least {hours} hours ahead.",
                "You won't lose access early; it runs until {date}.",
                "No further charge is made after that.",
            ],
        ],
    }
    return _make(rng, "billing", v, d)


def b_promo_code(rng: random.Random) -> Scenario:
    code = pick(
        rng,
        [
            "SPRING15",
            "WELCOME10",
            "AUDIO20",
            "HOMEHUB25",
            "SAVE12",
            "BACK2SCHOOL",
            "VISTA50",
            "NIMBUS15",
            "FALL20",
            "CYBER30",
        ],
    )
    v = {"code": code, "product": pick(rng, ALL_PRODUCTS), "window": pick(rng, ["14", "30"])}
    money = rng.random() < 0.5
    if money:
        v["min"] = price(rng, 49, 150)
    subs = {
        "[min_jp1]": ", and to confirm that the minimum spend of {min} is reached" if money else "",
        "[min_jp2]": " and that the minimum spend of {min} is reached" if money else "",
        "[min_g2]": ", and your cart needs to reach {min}" if money else "",
        "[min_us1]": " and check you've hit the {min} minimum" if money else "",
        "[min_de]": " Minimum order value: {min}." if money else "",
        "[min_us]": " and you've hit the {min} minimum" if money else "",
        "[min_g]": " and whether your cart reaches the {min} minimum" if money else "",
    }
    d = {
        "prompts": [
            "My promo code {code} isn't working at checkout. What am I doing wrong?",
            "I forgot to enter the code {code} when I ordered my {product}. Can you still apply it?",
            "Why won't {code} apply to the {product} in my cart?",
            "The discount code {code} says invalid but I got it in your newsletter yesterday.",
            "Placed an order for a {product} and the {code} discount didn't come off. Can I get the difference back?",
            "code {code} not applied?? please help",
        ],
        "subject": ["the promo code {code}", "the discount code {code} for your {product}"],
        "us_lead": [
            "Most likely the code doesn't cover that item, or it was typed slightly differently.",
            "Usually it's one of three things: capital letters, a sale item, or a second code on the order.",
            "Here's what usually trips up {code}: it's case-sensitive and only works on full-price items.",
        ],
        "us_body": [
            "Codes are case-sensitive, one per order, and don't apply to sale items. Re-enter it exactly as written "
            "before you pay[min_us1]. Already ordered? Send us your order number and the code within {window} days "
            "and we'll refund the difference.",
            "Type it in exactly (it's case-sensitive), check the item isn't already on sale, and make sure it's "
            "the only code on the order[min_us]. If you've already paid, just send us the order number and code "
            "within {window} days and we'll refund the difference.",
        ],
        "jp_body": [
            "Please allow us to explain that promotional codes are case-sensitive, valid once per order, and not "
            "applicable to sale items. It may be helpful to enter the code exactly as "
            "written before completing payment[min_jp1]. If the order has already been placed, we would be grateful if "
            "you could send us the order number and the code within {window} days, and we will gladly refund the "
            "difference.",
            "We would kindly ask you to confirm that the code was entered exactly as written, as it is "
            "case-sensitive, that no other code is used, and that the item is not already discounted[min_jp2]. "
            "Should your order already be complete, you may send us the order number together "
            "with the code within {window} days, and we will refund the difference.",
        ],
        "de_lead": [
            "Promotional codes are case-sensitive, valid once per order and not combinable with sale prices.[min_de]",
            "The code {code} applies only to full-price items and only once per order.[min_de]",
        ],
        "de_steps": [
            [
                "Enter {code} exactly as written, including capital letters.",
                "Remove any other code from the basket. Only one code applies per order.",
                "Apply the code before payment is completed. Codes cannot be added after payment.",
            ],
            [
                "Check that the item is not already reduced.",
                "Enter the code exactly as written in the checkout field before payment.",
                "For orders already placed, send the order number and the code to support within {window} days.",
            ],
        ],
        "de_close": [
            "The difference is refunded for orders reported within {window} days.",
            "Orders reported within {window} days receive a refund of the difference.",
        ],
        "gen_intro": [
            "Promo codes can be a bit picky, so let's go through the usual causes.",
            "Don't worry, you won't miss out on the discount.",
        ],
        "gen_bullets": [
            [
                "Codes are case-sensitive, so you might want to re-enter {code} exactly as written.",
                "Only one code works per order, and sale items are excluded.",
                "Check the item is full price[min_g].",
                "If you've already ordered, send the order number and code within {window} days for a refund of the "
                "difference.",
            ],
            [
                "Make sure {code} is typed exactly (it's case-sensitive).",
                "It can't be combined with other codes or sale prices[min_g2].",
                "You might want to apply it before paying.",
                "Already placed the order? Contact support within {window} days and they'll refund the difference.",
            ],
        ],
    }
    return _make(rng, "billing", v, d, subs, trouble=True)


def b_currency(rng: random.Random) -> Scenario:
    v = {"product": pick(rng, ALL_PRODUCTS), "order": order_no(rng)}
    d = {
        "prompts": [
            "Why was I charged in a foreign currency for order {order}?",
            "My bank added a foreign transaction fee to my {product} purchase. Why?",
            "The price of the {product} on my statement is different from what I saw at checkout. Is this a "
            "currency thing?",
            "I'm travelling abroad and ordered a {product}. Which currency will you charge me in?",
            "Can you refund the conversion fee my bank charged on order {order}?",
            "Bought a {product} and got charged in another currency, how do I avoid that next time?",
        ],
        "subject": ["the currency used for order {order}", "the currency of the charge for your {product}"],
        "us_lead": [
            "You're charged in the currency of the regional store you checked out in.",
            "Short answer: we charge in the currency of the country store selected at checkout, and your bank does "
            "the rest.",
        ],
        "us_body": [
            "If that's not your card's currency, your bank converts it and may add its own fee. We can't refund "
            "bank fees, but you can avoid them: scroll to the bottom of any page, pick your country under Region, "
            "and then check out.",
            "When it differs from your card's currency, the bank converts it at its own rate and can add a fee, "
            "which we don't control or refund. Next time, switch Region in the page footer to your home country "
            "before you pay.",
        ],
        "jp_body": [
            "Please allow us to explain that each order is charged in the currency of the regional store selected "
            "at checkout. When this differs from the currency of your card, your card issuer performs the "
            "conversion and may add its own fee, which we are regrettably unable to refund. To avoid this in "
            "future, it may be helpful to select your country under Region at the bottom of any page before "
            "completing your order.",
            "We would like to inform you that charges are made in the currency of the regional store in use at "
            "checkout, and any conversion and related fee are applied by your bank. As these fees are outside our "
            "control, we are unfortunately not able to refund them. For future purchases, we would kindly suggest "
            "choosing your home country under Region in the page footer before paying.",
        ],
        "de_lead": [
            "Orders are charged in the currency of the regional store selected at checkout.",
            "The charge currency is determined by the regional store used at checkout, not by the card.",
        ],
        "de_steps": [
            [
                "Scroll to the footer of any page.",
                "Select the home country under Region.",
                "Complete the checkout. The amount is then charged in that currency.",
            ],
            [
                "Before checkout, check the Region setting in the page footer.",
                "Change it to the country of the card, if different.",
                "Confirm the currency shown in the order summary before payment.",
            ],
        ],
        "de_close": [
            "Conversion fees are set by the card issuer and cannot be refunded by Lumora.",
            "Currency conversion and any fees are applied by the bank. Lumora does not refund them.",
        ],
        "gen_intro": [
            "Currency charges can be confusing, especially when you're shopping across borders.",
            "This usually comes down to which regional store was selected at checkout.",
        ],
        "gen_bullets": [
            [
                "You're charged in the currency of the regional store used at checkout.",
                "If that's different from your card's currency, your bank converts it and may add a fee.",
                "Unfortunately, bank fees can't be refunded by the store.",
                "Next time, you might want to choose your country under Region in the page footer first.",
            ],
            [
                "The regional store at checkout decides the currency.",
                "Your bank handles the conversion and any fee, so it isn't refundable by us.",
                "You might want to switch Region at the bottom of the page to your home country before paying.",
            ],
        ],
    }
    return _make(rng, "billing", v, d, trouble=True)


def b_failed_payment(rng: random.Random) -> Scenario:
    v = {
        "product": pick(rng, ALL_PRODUCTS),
        "tries": pick(rng, ["3", "5"]),
        "lock": pick(rng, ["30", "60"]),
        "release": pick(rng, ["3", "5"]),
    }
    d = {
        "prompts": [
            "My card keeps getting declined when I try to buy the {product}. It works everywhere else.",
            "Payment failed for my {product} order. Was I charged anyway?",
            "Why does checkout say payment unsuccessful? I'm trying to order a {product}.",
            "Tried paying for a {product} several times and now it won't even let me try again. Help?",
            "Checkout keeps rejecting my card for the {product}, what should I check?",
            "Is there a problem with your payment system? My {product} order won't go through.",
        ],
        "subject": ["the declined payment for your {product}", "the payment issue with your {product} order"],
        "us_lead": [
            "Don't worry, a declined payment means no order was placed and you haven't been charged.",
            "Sorry about that; the order didn't go through, so nothing was charged.",
            "No charge went through, so you're safe there.",
        ],
        "us_body": [
            "Double-check the expiry date and that the billing address matches your bank's exactly, then give your "
            "bank a quick call, since they often block online purchases. After {tries} failed tries checkout locks "
            "for {lock} minutes. Any pending hold disappears within {release} days.",
            "Check the card's expiry date and make sure the billing address is identical to the one your bank has. "
            "If it still fails, call your bank; they sometimes block online payments. Heads-up: checkout pauses for "
            "{lock} minutes after {tries} failed attempts, and any pending hold clears within {release} days.",
        ],
        "jp_body": [
            "Please allow us to reassure you that a declined payment creates no order and no charge. It may be "
            "helpful to confirm the card expiry date and that the billing address matches your bank records "
            "exactly. Should the issue continue, it may be worth contacting your bank, "
            "as online payments are sometimes blocked. After {tries} unsuccessful attempts, checkout is "
            "paused for {lock} minutes, and any pending hold is released within {release} days.",
            "We would like to confirm that no payment has been taken and no order has been created. We would "
            "kindly ask you to check the card expiry date and that the billing address is identical to the one "
            "registered with your bank. A brief call to your bank may also help, "
            "as they sometimes block online purchases. Checkout is locked for {lock} minutes after "
            "{tries} failed attempts, and any temporary hold is released within {release} days.",
        ],
        "de_lead": [
            "A declined payment creates no order and no charge.",
            "No order was created and no amount was charged.",
        ],
        "de_steps": [
            [
                "Check the expiry date of the card.",
                "Enter the billing address exactly as registered with the bank.",
                "Contact the bank to confirm that online payments are not blocked.",
            ],
            [
                "Verify the card number, expiry date and security code.",
                "Compare the billing address with the address held by the bank.",
                "If the payment is declined again, call the bank before the next attempt.",
            ],
        ],
        "de_close": [
            "After {tries} failed attempts, checkout is locked for {lock} minutes. Pending holds are "
            "released within {release} days.",
            "Checkout locks for {lock} minutes after {tries} failed attempts. Any pending hold is released "
            "within {release} days.",
        ],
        "gen_intro": [
            "The good news is that a declined payment doesn't create an order or a charge.",
            "Payment issues are usually something small, so let's check the common causes.",
        ],
        "gen_bullets": [
            [
                "Check that the card hasn't expired.",
                "Make sure the billing address matches your bank's records exactly.",
                "You might want to call your bank, as they sometimes block online payments.",
                "After {tries} failed attempts, checkout locks for {lock} minutes.",
                "Any pending hold should be released within {release} days.",
            ],
            [
                "No charge was made, and any temporary hold clears within {release} days.",
                "Double-check the expiry date and billing address.",
                "It might be worth contacting your bank in case they're blocking the purchase.",
                "Wait {lock} minutes if you've hit {tries} failed attempts, since checkout locks.",
            ],
        ],
    }
    return _make(rng, "billing", v, d, trouble=True)


def b_tax_invoice(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "product": pick(rng, ALL_PRODUCTS),
        "window": pick(rng, ["30", "60", "90"]),
        "n": pick(rng, ["2", "3"]),
    }
    d = {
        "prompts": [
            "I need a VAT invoice with our company tax ID for order {order}. Is that possible?",
            "Can I get a tax receipt that shows the sales tax separately for my {product}?",
            "We bought a {product} for the office. How do I add our business tax number to the invoice?",
            "I forgot to add my company VAT number before ordering ({order}). Can you reissue the invoice?",
            "Do your invoices show tax as a separate line? Our finance team needs that for the {product}.",
            "tax ID missing on invoice for order {order}, can you fix it",
        ],
        "subject": ["a tax invoice for order {order}", "a tax receipt for your {product}"],
        "us_lead": [
            "Yes, you can get a proper tax invoice with your company tax ID on it.",
            "You can get a proper tax invoice, and adding your business tax ID is easy.",
            "Good news: we can reissue the invoice for order {order} with your tax ID.",
        ],
        "us_body": [
            "Tax is always shown on its own line. For future orders, add the ID under Account > Billing details > "
            "Tax ID before you check out. For this "
            "one, send us the order number and tax ID within {window} days of purchase and we'll email a corrected "
            "invoice within {n} business days.",
            "Every invoice shows tax on a separate line. Just add the tax ID in Account > Billing details before you "
            "order next time. Already bought it? Reply "
            "with order {order} and the ID within {window} days of purchase, and you'll get the new invoice by email "
            "within {n} business days.",
        ],
        "jp_body": [
            "We are pleased to confirm that all of our invoices show the tax amount separately, and that your "
            "company tax ID can be added. For future purchases, it may be helpful to enter the ID under Account > "
            "Billing details > Tax ID before checkout. For order {order}, we would be grateful if you could send us "
            "the order number and the tax ID within {window} days of purchase, and we will email a corrected "
            "invoice within {n} business days.",
            "Please allow us to explain that the tax is always shown as a separate line on our invoices. To include "
            "your company tax ID, we would kindly suggest adding it under Account > Billing details before placing "
            "an order. For an order already placed, such as {order}, you may send us the order number and the ID "
            "within {window} days of purchase, and a reissued invoice will be emailed within {n} business days.",
        ],
        "de_lead": [
            "A company tax ID can be added to any invoice.",
            "A corrected invoice with a company tax ID is issued on request.",
        ],
        "de_steps": [
            [
                "For future orders, enter the tax ID under Account > Billing details > Tax ID before checkout.",
                "For order {order}, send the order number and the tax ID to support within {window} days of purchase.",
                "The corrected invoice is emailed within {n} business days.",
            ],
            [
                "Store the tax ID in Account > Billing details.",
                "For existing orders such as {order}, submit the tax ID within {window} days of purchase.",
                "Receive the reissued invoice by email within {n} business days.",
            ],
        ],
        "de_close": [
            "The tax amount is always shown as a separate line. Requests after {window} days cannot be processed.",
            "Tax is shown as a separate line on every invoice. Purchases older than {window} days are not reissued.",
        ],
        "gen_intro": [
            "Getting a proper tax invoice is straightforward.",
            "This is a common request for business purchases, and it's easy to sort out.",
        ],
        "gen_bullets": [
            [
                "Our invoices always show tax as a separate line.",
                "For future orders, you might want to add your tax ID under Account > Billing details > Tax ID.",
                "For order {order}, send the order number and tax ID within {window} days of purchase.",
                "A corrected invoice is emailed within {n} business days.",
            ],
            [
                "Add your company tax ID in Billing details before checkout next time.",
                "Tax is shown separately on every invoice.",
                "For an existing order, you might want to contact support within {window} days of purchase.",
                "They'll email the reissued invoice within {n} business days.",
            ],
        ],
    }
    return _make(rng, "billing", v, d)


def b_prorated(rng: random.Random) -> Scenario:
    tiers = pick(
        rng,
        [
            ("CloudVault 200 GB plan", "CloudVault 2 TB plan"),
            ("HomeHub Secure subscription", "HomeHub Secure Plus subscription"),
            ("StreamBox Standard plan", "StreamBox Premium plan"),
            ("Sentinel Cloud Basic plan", "Sentinel Cloud Recording plan"),
            ("Nimbus Fit membership", "Nimbus Fit Premium membership"),
        ],
    )
    full = rng.randint(60, 240)
    v = {
        "old": tiers[0],
        "new": tiers[1],
        "today": Money(f"{rng.randint(8, full // 2)}.{rng.randint(10, 99)}"),
        "full": Money(f"{full}.99"),
        "date": day(rng),
    }
    d = {
        "prompts": [
            "If I upgrade from the {old} to the {new} now, do I pay the full price again?",
            "How does billing work when I switch to the {new} in the middle of my term?",
            "I just upgraded to the {new} and got charged {today}. Why that amount?",
            "Thinking about moving from my {old} to the {new}. What will I be charged today?",
            "Do you pro-rate upgrades? I'm on the {old} and want the {new}.",
            "why was I only charged {today} for upgrading to {new}",
        ],
        "subject": ["upgrading from the {old} to the {new}", "the charge for your upgrade to the {new}"],
        "us_lead": [
            "You only pay the difference for the rest of this term, which comes to {today} today.",
            "Nope, you won't pay twice: the upgrade to the {new} costs {today} today, pro-rated for the days left.",
            "It's pro-rated, so today's charge is just {today}.",
        ],
        "us_body": [
            "That covers the gap between the {old} and the {new} until your renewal on {date}. From then on, "
            "you'll pay the full {full} per term. The new features kick in right away.",
            "We credit the unused part of your {old} and charge only the difference up to {date}. After that the "
            "{new} renews at its regular {full}, and you'll get the upgrade immediately.",
        ],
        "jp_body": [
            "We would like to explain that upgrades are calculated on a pro-rated basis, so only the difference "
            "for the remaining days of the current term is charged, which amounts to {today} today. The unused "
            "portion of your {old} is credited in full. From your renewal on {date}, the {new} will be charged at "
            "its regular price of {full}, and the additional features become available immediately.",
            "Please allow us to reassure you that the full price is not charged twice. The charge of {today} covers "
            "only the difference between the {old} and the {new} until your renewal date of {date}, after which the "
            "regular price of {full} applies. We are pleased to add that the upgraded features are available to you "
            "right away.",
        ],
        "de_lead": [
            "Upgrades are pro-rated. The charge today is {today}.",
            "The upgrade from the {old} to the {new} costs {today} for the remaining term.",
        ],
        "de_steps": [
            [
                "The unused part of the {old} is credited.",
                "The difference to the {new} until {date} is charged today: {today}.",
                "From {date}, the {new} renews at the regular price of {full}.",
            ],
            [
                "Today: {today} for the remaining days until {date}.",
                "From {date}: {full} per term.",
                "The new features are active immediately after the upgrade.",
            ],
        ],
        "de_close": [
            "No second full charge is made for the current term.",
            "The full price of the current term is not charged again.",
        ],
        "gen_intro": [
            "Upgrades are pro-rated, so you won't be charged the full price twice.",
            "It's a fair setup: you only pay for what you actually use.",
        ],
        "gen_bullets": [
            [
                "You're charged {today} today, the difference for the rest of your current term.",
                "The unused part of your {old} is credited.",
                "From {date}, the {new} renews at {full}.",
                "The new features are available right away.",
            ],
            [
                "Today's charge of {today} covers the upgrade until {date}.",
                "After that, the {new} costs {full} per term.",
                "You might want to check Account > Subscriptions to see the breakdown.",
                "No full-price charge is made twice.",
            ],
        ],
    }
    return _make(rng, "billing", v, d)


def b_unknown_charge(rng: random.Random) -> Scenario:
    v = {
        "desc": pick(rng, ["LUMORA*STORE", "LUMORA*SUBS", "LUMORA DIGITAL", "LMR*CLOUDVAULT"]),
        "window": pick(rng, ["60", "90", "120"]),
        "n": pick(rng, ["2", "3", "5"]),
    }
    money = rng.random() < 0.6
    if money:
        v["amount"] = price(rng, 3, 300)
    subs = {
        "[of]": " of {amount}" if money else "",
        "[for]": " for {amount}" if money else "",
        "[paren]": " ({amount})" if money else "",
    }
    d = {
        "prompts": [
            "There's a charge[for] from {desc} on my card and I have no idea what it is.",
            "What is {desc} on my bank statement? I don't remember buying anything.",
            "I don't recognize a {desc} payment[of]. Is this fraud?",
            "Someone in my family might have bought something. How can I check what the {desc} charge[of] was for?",
            "Found an unknown {desc} transaction[of] this morning. Please explain.",
            "Can you tell me why {desc} billed me[amt_only]? I didn't authorise anything.",
        ],
        "subject": ["the {desc} charge on your statement", "an unfamiliar {desc} payment[of]"],
        "us_lead": [
            "{desc} is how our charges show up on bank statements, so it's most likely an order or subscription.",
            "That charge comes from us: {desc} is our name on card statements.",
            "Good question: {desc} is us, and it's usually a subscription renewal or a family member's order.",
        ],
        "us_body": [
            "Check Account > Orders and Account > Subscriptions for a matching amount[paren]. Still don't recognize "
            "it? "
            "Contact us within {window} days of the charge, change your password, and we'll investigate and reply "
            "within {n} business days.",
            "Look through Orders and Subscriptions in your account for the same amount[paren]. If nothing matches, "
            "change "
            "your password and reach out within {window} days; we'll look into it and get back to you within {n} "
            "business days.",
        ],
        "jp_body": [
            "Please allow us to explain that {desc} is how our charges appear on card statements, so this is most "
            "likely an order or a subscription renewal. It may be helpful to review Account > "
            "Orders and Account > Subscriptions for a matching amount[paren]. Should you still not recognize the "
            "charge, "
            "we would kindly ask you to change your password and contact us within {window} days of the charge, and "
            "we will investigate and reply within {n} business days.",
            "We would like to inform you that {desc} refers to our company, and such charges usually relate to a "
            "subscription renewal or a purchase by a family member. We would suggest checking Orders and "
            "Subscriptions in your account for a matching amount[paren]. If no match can be found, we would be "
            "grateful if "
            "you could change your password and contact us within {window} days, so that we may investigate and "
            "respond within {n} business days.",
        ],
        "de_lead": [
            "{desc} is the statement descriptor used for Lumora charges.",
            "Charges labelled {desc} originate from a Lumora order or subscription.",
        ],
        "de_steps": [
            [
                "Open Account > Orders and Account > Subscriptions.",
                "Compare the amount[of] with the listed transactions.",
                "If no match is found, change the account password and contact support within {window} days of the "
                "charge.",
            ],
            [
                "Check all subscriptions and orders in the account for the same amount[paren].",
                "Ask other household members about recent purchases.",
                "Report unmatched charges to support within {window} days and change the password.",
            ],
        ],
        "de_close": [
            "Support completes the investigation within {n} business days.",
            "The result of the investigation is sent within {n} business days.",
        ],
        "gen_intro": [
            "An unfamiliar charge can be alarming, but there's usually a simple explanation.",
            "Let's figure out where that {desc} charge came from.",
        ],
        "gen_bullets": [
            [
                "{desc} is how our charges appear on bank statements.",
                "You might want to check Account > Orders and Account > Subscriptions for a matching amount[paren].",
                "It's often a renewal or a purchase by a family member.",
                "If nothing matches, change your password and contact us within {window} days; we'll reply within {n} "
                "business days.",
            ],
            [
                "The charge[of] is from us, listed as {desc}.",
                "Look through your orders and subscriptions for the same amount.",
                "If you still don't recognize it, you might want to change your password right away.",
                "Then contact support within {window} days, and you'll hear back within {n} business days.",
            ],
        ],
    }
    subs["[amt_only]"] = " {amount}" if money else ""
    return _make(rng, "billing", v, d, subs, trouble=True)


def b_gift_card(rng: random.Random) -> Scenario:
    v = {"product": pick(rng, ALL_PRODUCTS), "max": pick(rng, ["2", "3"])}
    money = rng.random() < 0.5
    if money:
        v["balance"] = price(rng, 10, 150)
    subs = {
        "[bal]": " with {balance} on it" if money else "",
        "[of]": " of {balance}" if money else "",
        "[bal_us]": "Your {balance} balance gets used up first. " if money else "",
    }
    d = {
        "prompts": [
            "Can I pay for the {product} with a gift card[bal] and put the rest on my credit card?",
            "My gift card[bal] doesn't cover the whole {product}. How do I pay the remainder?",
            "Is it possible to use two gift cards for one order? I'm buying a {product}.",
            "How do I check how much is left on my Lumora gift card before ordering a {product}?",
            "Does the gift card get used first or the card when I split payment on a {product}?",
            "split payment gift card plus visa for {product}?",
        ],
        "subject": ["paying for your {product} with a gift card", "using a gift card[of] for your {product}"],
        "us_lead": [
            "Yep, you can combine a gift card with a credit card on the same order.",
            "Sure, the gift card goes first and the rest lands on your card.",
            "You can split it: gift card first, then your regular card covers the remainder.",
        ],
        "us_body": [
            "[bal_us]At checkout, enter the gift card code under Gift cards, then pick your card for what's left. "
            "You can "
            "use up to {max} gift cards per order, and you'll see the remaining balance anytime in Account > Gift "
            "cards.",
            "[bal_us]Just add the code under Gift cards at checkout and choose a payment card for the rest. There's "
            "a limit "
            "of {max} gift cards per order. Want to check the balance first? It's in Account > Gift cards.",
        ],
        "jp_body": [
            "We are pleased to confirm that a gift card[of] may be combined with a credit card on the same order. "
            "The gift card balance is applied first, and the remaining amount is charged to the card of your "
            "choice. If it is convenient for you, you may enter the code under Gift cards at checkout. Up to {max} "
            "gift cards can be used per order, and the current balance can be viewed at any time under Account > "
            "Gift cards.",
            "Please allow us to explain that split payment is indeed possible. At checkout, it may be helpful to "
            "enter the gift card code under Gift cards first, after which the remaining amount can be paid by "
            "credit card. A maximum of {max} gift cards may be used for one order, and the balance[of] can be "
            "confirmed in advance under Account > Gift cards.",
        ],
        "de_lead": [
            "Gift cards can be combined with a payment card. The gift card balance[of] is applied first.",
            "Split payment is possible: gift card balance[of] first, remainder by payment card.",
        ],
        "de_steps": [
            [
                "Check the balance under Account > Gift cards.",
                "At checkout, enter the code in the Gift cards field.",
                "Select a payment card for the remaining amount.",
            ],
            [
                "Enter the gift card code at checkout.",
                "Repeat for additional gift cards. Maximum {max} gift cards per order.",
                "Pay the remainder with a credit or debit card.",
            ],
        ],
        "de_close": [
            "A maximum of {max} gift cards can be used per order. Balances are shown under Account > Gift cards.",
            "Limit: {max} gift cards per order. The remaining balance is listed under Account > Gift cards.",
        ],
        "gen_intro": [
            "You can absolutely mix a gift card with another payment method.",
            "Split payments are supported, so your gift card won't go to waste.",
        ],
        "gen_bullets": [
            [
                "Enter the gift card code under Gift cards at checkout.",
                "The gift card balance[of] is used first.",
                "The rest is charged to your credit or debit card.",
                "You can use up to {max} gift cards per order.",
                "You might want to check the balance first in Account > Gift cards.",
            ],
            [
                "Add your gift card code at checkout; its balance[of] is applied first.",
                "Choose a card to pay whatever's left.",
                "There's a limit of {max} gift cards per order.",
                "Your remaining balance is always visible under Account > Gift cards.",
            ],
        ],
    }
    return _make(rng, "billing", v, d, subs)


BILLING: list[Callable[[random.Random], Scenario]] = [
    b_double_charge,
    b_refund_timing,
    b_invoice_copy,
    b_change_card,
    b_renewal,
    b_promo_code,
    b_currency,
    b_failed_payment,
    b_tax_invoice,
    b_prorated,
    b_unknown_charge,
    b_gift_card,
]


# --------------------------------------------------------------------------------------------------- shipping


def s_tracking_stuck(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "product": pick(rng, ALL_PRODUCTS),
        "carrier": pick(rng, CARRIERS),
        "lag": pick(rng, ["24", "48"]),
        "wait": pick(rng, ["5", "7"]),
    }
    d = {
        "prompts": [
            "Tracking for order {order} hasn't updated in days. Where is my package?",
            "My {product} shipped but the {carrier} tracking just says label created. Is it lost?",
            "Why is my tracking stuck? Order {order}, shipped with {carrier}.",
            "It's been ages and the tracking page for my {product} still shows the same status. What now?",
            "Hello, the {carrier} link in my shipping email shows no movement for order {order}. Should I be worried?",
            "no tracking updates on my {product} order {order}",
        ],
        "subject": ["the tracking status of order {order}", "the tracking of your {product}"],
        "us_lead": [
            "Your package isn't lost; {carrier} tracking often lags {lag} hours behind the parcel itself.",
            "Most likely it's just moving without scans, since {carrier} updates can lag up to {lag} hours.",
            "No worries yet: tracking with {carrier} often doesn't update for up to {lag} hours after pickup.",
        ],
        "us_body": [
            "Parcels often travel between hubs without a scan. If there's still no movement after {wait} business "
            "days, send us order {order} and we'll open a trace with {carrier} and ship a replacement if it's lost.",
            "Keep an eye on the link in your shipping email. No change after {wait} business days? Reply with order "
            "{order}, and we'll start a trace with {carrier} and replace it if it can't be found.",
        ],
        "jp_body": [
            "Please allow us to explain that tracking with {carrier} can lag by up to {lag} hours, and parcels "
            "sometimes travel between depots without being scanned. If there is still no movement after {wait} "
            "business days, we would be grateful if you could let us know the order number {order}, and we will "
            "open a trace with the carrier and arrange a replacement should the parcel not be found.",
            "We would like to reassure you that a pause in tracking updates is common, as {carrier} scans can be "
            "delayed by up to {lag} hours. It may be helpful to check the link in your shipping email once more in "
            "a day or two. Should nothing change after {wait} business days, we would kindly ask you to contact us "
            "with order {order}, and we will request a trace and send a replacement if necessary.",
        ],
        "de_lead": [
            "Tracking updates from {carrier} can be delayed by up to {lag} hours.",
            "A missing tracking update does not mean the parcel is lost. {carrier} scans are delayed by up to {lag} "
            "hours.",
        ],
        "de_steps": [
            [
                "Check the tracking link in the shipping email once per day.",
                "Wait {wait} business days from the last update.",
                "If there is no movement, contact support and state order number {order}.",
            ],
            [
                "Open the tracking link for order {order}.",
                "Note the date of the last scan.",
                "Report the order to support if no scan follows within {wait} business days.",
            ],
        ],
        "de_close": [
            "Support then opens a trace with {carrier}. Lost parcels are replaced.",
            "A trace with {carrier} is opened and a replacement is sent if the parcel is not found.",
        ],
        "gen_intro": [
            "Tracking pauses are really common and usually nothing to worry about.",
            "I understand it's stressful when tracking doesn't move.",
        ],
        "gen_bullets": [
            [
                "{carrier} tracking can lag up to {lag} hours behind the parcel.",
                "Packages sometimes travel between hubs without being scanned.",
                "If there's no movement after {wait} business days, you might want to contact support with order "
                "{order}.",
                "They'll open a trace and send a replacement if it's lost.",
            ],
            [
                "Scans with {carrier} are often delayed by up to {lag} hours.",
                "You might want to check the link in your shipping email again tomorrow.",
                "After {wait} business days without updates, reach out with order {order}.",
                "A trace will be opened, and lost parcels are replaced.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d, trouble=True)


def s_delivery_estimate(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "product": pick(rng, ALL_PRODUCTS),
        "date": day(rng),
        "ship": pick(rng, ["1 business day", "2 business days"]),
        "transit": pick(rng, ["2 to 4", "3 to 5", "4 to 6"]),
    }
    d = {
        "prompts": [
            "When will my {product} arrive? I ordered it this morning.",
            "What's the delivery estimate for order {order}?",
            "I need the {product} by the weekend for a birthday. Will it get here in time?",
            "Order {order} says processing. How long until it ships and arrives?",
            "Could you give me an expected delivery date for the {product} I just bought?",
            "how long does standard shipping take for a {product}",
        ],
        "subject": ["the delivery date of your {product}", "the expected delivery of order {order}"],
        "us_lead": [
            "Your {product} should arrive by {date}, right on schedule.",
            "We're expecting it to land on your doorstep by {date}, and we'll keep you posted.",
            "Good news: order {order} is on track for delivery by {date}.",
        ],
        "us_body": [
            "It ships within {ship}, and standard delivery takes {transit} business days after "
            "that. You'll get a tracking link by email as soon as it leaves our warehouse.",
            "We pack and ship within {ship}, then the carrier needs {transit} business days. "
            "Watch for the shipping email; it's got your tracking link.",
        ],
        "jp_body": [
            "We are pleased to inform you that your {product} is expected to arrive by {date}. Orders are shipped "
            "within {ship}, after which standard delivery takes {transit} business days. We will "
            "send you an email with a tracking link as soon as the parcel leaves our warehouse, so that you may "
            "follow its progress at your convenience.",
            "According to our records, order {order} is scheduled to be delivered by {date}. Please allow us to "
            "explain that we dispatch orders within {ship}, and the carrier then requires {transit} "
            "business days. A shipping confirmation with a tracking link will be sent to you by email once the "
            "parcel is on its way.",
        ],
        "de_lead": [
            "Expected delivery date for order {order}: {date}.",
            "The {product} is scheduled for delivery by {date}.",
        ],
        "de_steps": [
            [
                "Dispatch from the warehouse: within {ship} after the order is placed.",
                "Standard transit time after dispatch: {transit} business days.",
                "Tracking: a link is sent by email at the time of dispatch.",
            ],
            [
                "The order is packed and shipped within {ship}.",
                "The carrier delivers within {transit} business days.",
                "The tracking link in the shipping email shows the current status.",
            ],
        ],
        "de_close": [
            "Delivery dates are estimates provided by the carrier. Changes are shown in the tracking.",
            "The date is an estimate. Any change is shown in the tracking for order {order}.",
        ],
        "gen_intro": ["Your order's moving along nicely.", "It shouldn't be too long now."],
        "gen_bullets": [
            [
                "The estimated delivery date is {date}.",
                "Orders ship within {ship}.",
                "Standard delivery then takes {transit} business days.",
                "You might want to watch for the shipping email with your tracking link.",
            ],
            [
                "We ship within {ship}.",
                "The carrier needs {transit} business days after that.",
                "That puts delivery around {date}.",
                "You'll get a tracking link by email once it's on its way.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d)


def s_express(rng: random.Random) -> Scenario:
    v = {
        "product": pick(rng, ALL_PRODUCTS),
        "fee": price(rng, 9, 29),
        "free": Money(pick(rng, ["35", "50", "75"])),
        "cutoff": pick(rng, ["1 pm", "2 pm", "3 pm"]),
        "days": pick(rng, ["1 business day", "1 to 2 business days"]),
    }
    d = {
        "prompts": [
            "How much is express shipping for a {product}?",
            "Do you offer next-day delivery? I want my {product} as fast as possible.",
            "Is standard shipping free, or do I have to pay {fee} for express?",
            "What's the cutoff time for express delivery? Thinking of ordering a {product} today.",
            "I'm in a hurry - what's the fastest way to get a {product} delivered and what does it cost?",
            "express shipping price + how fast? buying {product}",
        ],
        "subject": ["express shipping for your {product}", "the delivery options for your {product}"],
        "us_lead": [
            "Express shipping is {fee}, and it gets your {product} to you in {days}.",
            "Yep, express costs {fee} and your {product} arrives in {days}.",
            "Your fastest option is express for {fee}, which gets it to you in {days}.",
        ],
        "us_body": [
            "Order before {cutoff} on a business day so it ships the same day, and you'll get tracking by email. "
            "If you're not in a rush, standard shipping is free on orders over {free}.",
            "Just place the order before {cutoff} and it'll go out that same business day, with tracking by "
            "email. Standard shipping's free once your order's over {free}.",
        ],
        "jp_body": [
            "We are pleased to inform you that express shipping is available for {fee}, with delivery in {days}. "
            "If you are able to place your order before {cutoff} on a business day, it will be "
            "dispatched the same day. We would also like to mention that standard shipping is free of charge for "
            "orders over {free}, should that be more convenient for you.",
            "Please allow us to explain the options. Express delivery costs {fee} and takes {days}, "
            "and orders placed before {cutoff} on a business day leave our warehouse the same day. For "
            "orders over {free}, standard shipping is offered free of charge, which may be helpful if the delivery "
            "date is flexible.",
        ],
        "de_lead": [
            "Express shipping costs {fee}. Delivery time after dispatch: {days}.",
            "Express delivery is available for {fee} with a transit time of {days}.",
        ],
        "de_steps": [
            [
                "Select Express as the shipping method at checkout.",
                "Place the order before {cutoff} on a business day.",
                "The order is dispatched the same day and tracking is sent by email.",
            ],
            [
                "Add the {product} to the basket.",
                "Choose Express as the shipping method at checkout.",
                "Complete the order before {cutoff} on a business day for same-day dispatch.",
            ],
        ],
        "de_close": [
            "Standard shipping is free for orders over {free}.",
            "Orders over {free} qualify for free standard shipping.",
        ],
        "gen_intro": [
            "There are a couple of delivery options to choose from.",
            "If you're in a hurry, express is the way to go.",
        ],
        "gen_bullets": [
            [
                "Express shipping costs {fee} and takes {days}.",
                "Order before {cutoff} on a business day for same-day dispatch.",
                "Standard shipping is free on orders over {free}.",
                "You might want to go with standard if you're not in a rush.",
            ],
            [
                "Express: {fee}, delivered in {days}.",
                "The cutoff for same-day dispatch is {cutoff} on business days.",
                "You might want to check if your order's over {free}, since standard shipping is then free.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d)


def s_marked_delivered(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "product": pick(rng, ALL_PRODUCTS),
        "carrier": pick(rng, CARRIERS),
        "report": pick(rng, ["7", "10", "14"]),
        "n": pick(rng, ["3", "5"]),
    }
    d = {
        "prompts": [
            "Tracking says my {product} was delivered but there's nothing here.",
            "{carrier} marked order {order} as delivered yesterday and I never got it.",
            "My package shows delivered but it's not at my door or with my neighbours. What do I do?",
            "Order {order} delivered?? I was home all day and nobody came.",
            "I've checked everywhere for the {product}. The status says delivered. Can you send another one?",
            "package marked delivered but missing, order {order}",
        ],
        "subject": ["the missing delivery of order {order}", "your {product} that was marked as delivered"],
        "us_lead": [
            "Sorry about that; first, give it 24 hours, since {carrier} sometimes marks parcels delivered a bit early.",
            "We'll sort this out, but it's worth waiting 24 hours first: carriers sometimes scan parcels as "
            "delivered before they arrive.",
        ],
        "us_body": [
            "Meanwhile, check with neighbors, your mailroom, and any safe spots. Still missing? Report it within "
            "{report} days of the delivery scan and we'll open an investigation and send a replacement or refund "
            "within {n} business days.",
            "In the meantime, look around the porch, ask neighbors and check your mailbox. If it hasn't turned up, "
            "tell us within {report} days and we'll investigate with {carrier}, then replace or refund it within "
            "{n} business days.",
        ],
        "jp_body": [
            "Please allow us to explain that {carrier} occasionally records a parcel as delivered shortly before it "
            "arrives, so it may be helpful to wait 24 hours and to check with neighbours or any safe place "
            "nearby. Should the parcel still not be found, we would be grateful if you could let us know within "
            "{report} days of the delivery scan, and we will open an investigation and arrange a replacement or "
            "refund within {n} business days.",
            "We would kindly ask you to wait 24 hours, as carriers sometimes scan parcels as delivered slightly "
            "early, and to check with neighbours or your building reception. If the "
            "{product} does not appear, please let us know within {report} days, and we will investigate with "
            "{carrier} and provide a replacement or refund within {n} business days.",
        ],
        "de_lead": [
            "Parcels are occasionally scanned as delivered up to 24 hours before actual delivery.",
            "A delivered status from {carrier} is sometimes recorded before the parcel arrives.",
        ],
        "de_steps": [
            [
                "Wait 24 hours after the delivery scan.",
                "Check with neighbours, the mailroom and safe places.",
                "If the parcel is still missing, report order {order} to support within {report} days.",
            ],
            [
                "Check the delivery photo or location in the tracking, if available.",
                "Ask neighbours and check the mailbox within 24 hours.",
                "Report the missing parcel within {report} days of the delivery scan.",
            ],
        ],
        "de_close": [
            "Support opens an investigation. A replacement or refund follows within {n} business days.",
            "After the investigation, a replacement or refund is issued within {n} business days.",
        ],
        "gen_intro": [
            "There are a few places to check before we escalate this.",
            "It's worth waiting a little, since these often turn up.",
        ],
        "gen_bullets": [
            [
                "Carriers sometimes mark parcels delivered early, so you might want to wait 24 hours.",
                "Check with neighbors, your mailroom or any safe spots.",
                "If it's still missing, report it within {report} days of the delivery scan.",
                "We'll investigate and send a replacement or refund within {n} business days.",
            ],
            [
                "Give it 24 hours, since {carrier} scans can be early.",
                "You might want to ask neighbors or check behind planters and mailboxes.",
                "Report order {order} within {report} days if it doesn't show up.",
                "A replacement or refund follows within {n} business days.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d, trouble=True)


def s_change_address(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "product": pick(rng, ALL_PRODUCTS),
        "carrier": pick(rng, CARRIERS),
        "mins": pick(rng, ["30", "60"]),
    }
    d = {
        "prompts": [
            "I put the wrong shipping address on order {order}. Can I change it?",
            "Just moved house and my {product} is going to my old address. Help!",
            "Is it possible to update the delivery address after I've placed an order? It's order {order}.",
            "Can you send my {product} to my office instead of my home?",
            "Typo in my street number on order {order} - can you fix it before it ships?",
            "Need to change where my {product} is being delivered, it already shipped though",
        ],
        "subject": ["changing the delivery address for order {order}", "the shipping address for your {product}"],
        "us_lead": [
            "If it's been less than {mins} minutes since you ordered, you can change it yourself.",
            "Yep, you can edit the address within {mins} minutes of placing the order.",
            "It depends on timing: you've got {mins} minutes after ordering to edit the address.",
        ],
        "us_body": [
            "Open Orders, pick order {order}, and hit Edit address. Once it's shipped we can't change it, but you "
            "can request a redirect from the {carrier} tracking page, or refuse delivery and it'll come back to us "
            "for a refund.",
            "Go to Orders, select order {order}, then tap Edit address. After that window it's locked, and once "
            "it's with {carrier}, use Redirect on their tracking page. Refusing the parcel works too; it comes back "
            "to us and you're refunded.",
        ],
        "jp_body": [
            "We would like to inform you that the address can be changed within {mins} minutes of placing the "
            "order. If it is convenient for you, we would kindly ask you to open Orders, select order {order}, and "
            "choose Edit address. Once the parcel has shipped, we are regrettably unable to change it, but you may "
            "request a redirect on the {carrier} tracking page, or refuse the delivery so that it returns to us for "
            "a full refund.",
            "Please allow us to explain that the delivery address may be edited under Orders within {mins} minutes "
            "of ordering by selecting order {order} and choosing Edit address. After dispatch, the address can no "
            "longer be changed by our team. In that case, it may be helpful to request a redirect through the "
            "{carrier} tracking page, or to refuse the parcel, which will then be returned to us and refunded.",
        ],
        "de_lead": [
            "The delivery address can be changed within {mins} minutes of placing the order.",
            "Address changes are possible for {mins} minutes after the order is placed.",
        ],
        "de_steps": [
            [
                "Open Account > Orders and select order {order}.",
                "Click Edit address and save the new address.",
                "After dispatch, request a redirect on the {carrier} tracking page or refuse the delivery.",
            ],
            [
                "Within {mins} minutes: Orders > order {order} > Edit address.",
                "After dispatch: use Redirect on the {carrier} tracking page.",
                "Alternatively, refuse the delivery. The parcel returns to the warehouse.",
            ],
        ],
        "de_close": [
            "Refused parcels are refunded in full after arrival at the warehouse.",
            "Parcels returned by refusal are refunded in full after receipt at the warehouse.",
        ],
        "gen_intro": [
            "Whether you can change it depends on how quickly you catch it.",
            "Don't worry, there are a few options here.",
        ],
        "gen_bullets": [
            [
                "Within {mins} minutes of ordering, go to Orders > order {order} > Edit address.",
                "After it ships, the address can't be changed by the store.",
                "You might want to request a redirect on the {carrier} tracking page.",
                "You can also refuse delivery, and it'll be refunded once it's back.",
            ],
            [
                "You've got {mins} minutes after ordering to edit the address yourself.",
                "Once it's shipped, {carrier} may offer a redirect on its tracking page.",
                "Refusing the parcel is another option; you'll get a refund when it returns.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d)


def s_damaged(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "product": pick(rng, ALL_PRODUCTS),
        "hours": pick(rng, ["48", "72"]),
        "ship": pick(rng, ["1 business day", "2 business days"]),
    }
    d = {
        "prompts": [
            "My {product} arrived with a crushed box and a cracked screen. What now?",
            "The package for order {order} was soaking wet and the {product} won't turn on.",
            "Received my {product} today and it's damaged. Can I get a replacement?",
            "Box for order {order} was ripped open and the item is scratched. Very disappointed.",
            "Hi, the {product} came broken in the post. Do I need to send it back before you replace it?",
            "damaged on arrival - {product}, order {order}",
        ],
        "subject": ["the damaged delivery of your {product}", "the condition of order {order} on arrival"],
        "us_lead": [
            "Sorry about that, we'll send you a replacement.",
            "That's not the unboxing you wanted; we'll replace it.",
            "We'll get a new {product} out to you right away.",
        ],
        "us_body": [
            "Snap a few photos of the box and the {product} within {hours} hours of delivery, then upload them "
            "under Orders > order {order} > Report a problem. The replacement ships within {ship}, "
            "and you don't need to return the damaged one unless we ask.",
            "Just take photos of the packaging and the damage, and upload them in Orders under Report a problem "
            "within {hours} hours. We'll ship the replacement within {ship}. Hang on to the damaged "
            "unit; we'll only ask for it back in rare cases.",
        ],
        "jp_body": [
            "We would be most grateful if you could take photographs of the packaging and the {product} within "
            "{hours} hours of delivery and upload them under Orders > order {order} > Report a problem. A "
            "replacement will then be dispatched within {ship}. There is no need to return the "
            "damaged item unless our team specifically requests it.",
            "Please allow us to send you a replacement without delay. If it is convenient for you, we would kindly "
            "ask you to upload photographs of the box and the damage within {hours} hours of delivery, using Report "
            "a problem in your order history. The new {product} will be shipped within {ship}, and "
            "the damaged item does not need to be returned unless we ask for it.",
        ],
        "de_lead": [
            "Items damaged in transit are replaced free of charge.",
            "A replacement is sent for any {product} delivered damaged.",
        ],
        "de_steps": [
            [
                "Photograph the outer box and the damaged item within {hours} hours of delivery.",
                "Open Orders > order {order} > Report a problem and upload the photos.",
                "The replacement is dispatched within {ship}.",
            ],
            [
                "Take photos of the packaging and all visible damage.",
                "Upload the photos within {hours} hours via Report a problem in order {order}.",
                "Await the replacement, which ships within {ship}.",
            ],
        ],
        "de_close": [
            "The damaged item is only returned if support requests it.",
            "Do not return the damaged item unless requested.",
        ],
        "gen_intro": [
            "That's really disappointing, and the good news is it's easy to fix.",
            "A replacement is definitely possible.",
        ],
        "gen_bullets": [
            [
                "Take photos of the box and the damage within {hours} hours of delivery.",
                "Upload them under Orders > order {order} > Report a problem.",
                "A replacement ships within {ship}.",
                "You might want to keep the damaged item, since it usually doesn't need to be returned.",
            ],
            [
                "Photograph the packaging and the {product} within {hours} hours.",
                "Use Report a problem in your order to upload the photos.",
                "The replacement goes out within {ship}.",
                "You won't need to send the damaged one back unless asked.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d, trouble=True)


def s_international(rng: random.Random) -> Scenario:
    v = {
        "product": pick(rng, HEADPHONES + TVS + TABLETS + LAPTOPS + WEARABLES + SPEAKERS),
        "countries": pick(rng, ["30", "35", "40"]),
        "transit": pick(rng, ["7 to 12", "6 to 10", "8 to 14"]),
        "country": pick(
            rng,
            [
                "Canada",
                "Mexico",
                "Australia",
                "Japan",
                "Germany",
                "the UK",
                "Ireland",
                "New Zealand",
                "Singapore",
                "South Korea",
            ],
        ),
    }
    d = {
        "prompts": [
            "Do you ship to {country}? I'd like to order a {product}.",
            "Can I send a {product} as a gift to my sister in {country}?",
            "Will I have to pay customs fees if I order a {product} to {country}?",
            "How long does international shipping take to {country}?",
            "I live in {country}. Can I buy the {product} from your site, or is it local only?",
            "international delivery to {country} possible? what about import duties",
        ],
        "subject": ["international shipping to {country}", "sending your {product} to {country}"],
        "us_lead": [
            "Yep, we ship to {country}, one of {countries} countries we deliver to.",
            "We do ship to {country} (we cover {countries} countries), and duties are sorted at checkout.",
            "Good news: {country} is one of the {countries} countries we deliver to.",
        ],
        "us_body": [
            "Customs duties and taxes are calculated at checkout and included in what you pay, so there's nothing "
            "extra on delivery. Shipping takes {transit} business days. Drones and spare batteries can't go "
            "international, but the {product} is fine.",
            "You'll see duties and taxes added at checkout, so there won't be any surprise fees at the door. "
            "Expect delivery in {transit} business days. Just so you know, drones and loose batteries are excluded, "
            "but the {product} ships without issue.",
        ],
        "jp_body": [
            "We are pleased to confirm that we deliver to {country}, one of the {countries} countries we serve. "
            "Customs duties and taxes are calculated at checkout and included in the total, so no additional "
            "payment will be requested on delivery. International delivery takes {transit} business days. We would "
            "kindly note that drones and spare batteries cannot be shipped abroad, although the {product} may be "
            "sent without any difficulty.",
            "Please allow us to confirm that {country} is among the {countries} countries to which we ship. Any "
            "customs duties and taxes are shown and charged at checkout, so there will be no further fees upon "
            "delivery. Delivery usually takes {transit} business days. We would also like to mention that drones "
            "and spare batteries are excluded from international shipping, while the {product} is not affected.",
        ],
        "de_lead": [
            "Delivery to {country} is available. Lumora ships to {countries} countries in total.",
            "International shipping to {country} is possible. Lumora ships to {countries} countries in total.",
        ],
        "de_steps": [
            [
                "Select {country} as the delivery country at checkout.",
                "Customs duties and taxes are calculated and charged at checkout.",
                "Delivery takes {transit} business days. No fees are due on delivery.",
            ],
            [
                "Enter the delivery address in {country}.",
                "Check the duties and taxes shown in the order summary.",
                "Pay the full amount at checkout. Delivery takes {transit} business days, with no fees on delivery.",
            ],
        ],
        "de_close": [
            "Drones and spare batteries are excluded from international shipping. The {product} is permitted.",
            "Exception: drones and spare batteries are not shipped internationally.",
        ],
        "gen_intro": [
            "International shipping is available, so you're in luck.",
            "We do deliver outside the country, with a few things to keep in mind.",
        ],
        "gen_bullets": [
            [
                "{country} is one of the {countries} countries we ship to.",
                "Customs duties and taxes are calculated and paid at checkout.",
                "Delivery takes {transit} business days.",
                "Drones and spare batteries can't be shipped internationally, but the {product} is fine.",
            ],
            [
                "{country} is on our list of {countries} shipping countries.",
                "You won't pay anything extra on delivery, since duties are included at checkout.",
                "You might want to allow {transit} business days for delivery.",
                "Drones and spare batteries are excluded.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d)


def s_split_shipment(rng: random.Random) -> Scenario:
    first, second = rng.sample(ALL_PRODUCTS, 2)
    v = {"order": order_no(rng), "first": first, "second": second, "days": pick(rng, ["2 to 4", "3 to 5"])}
    dated = rng.random() < 0.4
    if dated:
        v["date"] = day(rng)
    subs = {"[eta]": "by {date}" if dated else "within {days} business days"}
    d = {
        "prompts": [
            "I only received the {first} from order {order}. Where's the {second}?",
            "Half my order is missing! The {second} wasn't in the box.",
            "Why did my order arrive in two parts? Still waiting on the {second}.",
            "Order {order} came but the {second} isn't there. Was it forgotten?",
            "Got the {first} today but no sign of the {second} I ordered with it. Do I pay shipping twice?",
            "partial delivery order {order}, missing {second}",
        ],
        "subject": ["the missing {second} from order {order}", "the partial delivery of order {order}"],
        "us_lead": [
            "Your {second} is coming separately; it wasn't forgotten.",
            "No worries, the {second} ships in its own package.",
            "Good news: nothing's missing, the {second} is just on a separate shipment.",
        ],
        "us_body": [
            "Big orders often ship from different warehouses, so each box gets its own tracking number. You'll find "
            "both under Orders > order {order}. The rest usually arrives [eta], and there's "
            "no extra shipping charge.",
            "We sometimes send items from different warehouses, and each package has its own tracking number in "
            "Orders. Expect the {second} [eta]. You won't pay shipping twice.",
        ],
        "jp_body": [
            "Please allow us to reassure you that the {second} has not been forgotten. Orders are occasionally "
            "shipped from more than one warehouse, in which case each package receives its own tracking number, "
            "which you may find under Orders > order {order}. The remaining item usually arrives [eta], "
            "and no additional shipping charge applies.",
            "We would like to explain that your order was sent in separate packages from different warehouses, "
            "and the {second} is travelling on its own. It may be helpful to check Orders > order {order}, where a "
            "separate tracking number is shown for each package. The item is expected [eta], "
            "and there is no extra shipping cost.",
        ],
        "de_lead": [
            "Order {order} ships in more than one package. The {second} is sent separately.",
            "The {second} is part of a separate shipment from another warehouse and has its own tracking number.",
        ],
        "de_steps": [
            [
                "Open Account > Orders > order {order}.",
                "Check the tracking number listed for each package.",
                "Expect the remaining item [eta].",
            ],
            [
                "Each package has its own tracking number under Orders.",
                "The second package arrives [eta].",
                "If it is not delivered by then, contact support with order number {order}.",
            ],
        ],
        "de_close": [
            "No additional shipping fee is charged for the second package.",
            "Split shipments do not incur extra shipping costs for the customer.",
        ],
        "gen_intro": [
            "It can look like something's missing, but this is usually a split shipment.",
            "Orders sometimes arrive in more than one box.",
        ],
        "gen_bullets": [
            [
                "Items can ship from different warehouses.",
                "Each package has its own tracking number under Orders > order {order}.",
                "The {second} should arrive [eta].",
                "You won't be charged extra shipping.",
            ],
            [
                "The {second} is on its way separately.",
                "You might want to check both tracking numbers in your order details.",
                "Expect it [eta].",
                "There's no additional shipping fee for split deliveries.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d, subs, trouble=True)


def s_store_pickup(rng: random.Random) -> Scenario:
    v = {
        "product": pick(rng, ALL_PRODUCTS),
        "store": pick(
            rng, ["Riverside", "Downtown", "Northgate", "Westfield", "Harbor Point", "Lakeside", "Central Station"]
        ),
        "ready": pick(rng, ["2 hours", "3 hours", "4 hours"]),
        "hold": pick(rng, ["5", "7", "10"]),
    }
    d = {
        "prompts": [
            "Can I order a {product} online and pick it up at the {store} store?",
            "How long after ordering is store pickup ready? Looking at a {product} from {store}.",
            "What do I need to bring to collect my {product} at the {store} store?",
            "If I can't pick up my {product} from {store} today, how long will you hold it?",
            "Is click and collect free? I want to grab a {product} at {store} after work.",
            "store pickup {store} - when ready and what ID needed",
        ],
        "subject": ["store pickup at {store}", "collecting your {product} at the {store} store"],
        "us_lead": [
            "Yep, just pick Store pickup at checkout and choose {store}.",
            "You sure can, and pickup at {store} is free.",
            "Store pickup at {store} is free and usually ready within {ready}.",
        ],
        "us_body": [
            "It's usually ready within {ready}, and we'll text you when it is. Bring a photo ID and your order "
            "confirmation. We'll hold your {product} for {hold} days before it's cancelled and refunded.",
            "We'll send a text once it's ready, typically within {ready}. Don't forget a photo ID plus the order "
            "confirmation. You've got {hold} days to collect it; after that it's cancelled and refunded.",
        ],
        "jp_body": [
            "We are pleased to confirm that store pickup at {store} is available free of charge. If it is "
            "convenient for you, you may select Store pickup at checkout and choose the {store} store. The order is "
            "usually ready within {ready}, and we will inform you by text message. We would kindly ask you to bring "
            "a photo ID and your order confirmation. Your {product} will be held for {hold} days, after which the "
            "order is cancelled and refunded.",
            "Please allow us to explain that collection from our {store} store is free, and orders are normally "
            "ready within {ready}, with a text message sent when it is time to collect. It may be helpful to bring "
            "a photo ID together with the order confirmation. We will gladly hold your {product} for {hold} days; "
            "should it not be collected by then, the order is cancelled and fully refunded.",
        ],
        "de_lead": [
            "Store pickup at {store} is free of charge. Orders are ready within {ready}.",
            "Click and collect is available at the {store} store without a fee.",
        ],
        "de_steps": [
            [
                "Select Store pickup at checkout and choose {store}.",
                "Wait for the text message confirming that the order is ready (typically within {ready}).",
                "Bring a photo ID and the order confirmation to the store.",
            ],
            [
                "Choose Store pickup and the {store} location in the basket.",
                "Collect the {product} after the ready notification, typically within {ready}.",
                "Present a photo ID and the order confirmation.",
            ],
        ],
        "de_close": [
            "Orders are held for {hold} days. Uncollected orders are cancelled and refunded.",
            "The holding period is {hold} days. After this, the order is cancelled and refunded.",
        ],
        "gen_intro": [
            "Store pickup is a great option if you're nearby.",
            "Collecting in store is easy and doesn't cost anything extra.",
        ],
        "gen_bullets": [
            [
                "Choose Store pickup at checkout and select {store}.",
                "It's usually ready within {ready}, and you'll get a text.",
                "Bring a photo ID and your order confirmation.",
                "Your {product} is held for {hold} days, then cancelled and refunded.",
            ],
            [
                "Pickup is free at {store}.",
                "Orders are usually ready within {ready}.",
                "You might want to have your photo ID and order confirmation handy.",
                "The store holds it for {hold} days before cancelling and refunding.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d)


def s_backorder(rng: random.Random) -> Scenario:
    v = {"order": order_no(rng), "product": pick(rng, ALL_PRODUCTS), "date": day(rng), "n": pick(rng, ["3", "5"])}
    d = {
        "prompts": [
            "My {product} order says delayed. When will it actually ship?",
            "Why has the ship date for order {order} moved? I was expecting it this week.",
            "Got an email that my {product} is on backorder. Can I cancel without a fee?",
            "Order {order} is still not shipped after two weeks. What's happening?",
            "The {product} I pre-paid for is backordered. Will I be charged again when it ships?",
            "new ship date for {product}? order {order} delayed",
        ],
        "subject": ["the delay of order {order}", "the backorder of your {product}"],
        "us_lead": [
            "Your {product} is back-ordered and now ships on {date}.",
            "Sorry for the wait; the new ship date for order {order} is {date}.",
            "The {product} should ship on {date}; it's on backorder right now.",
        ],
        "us_body": [
            "You won't be charged again, and we'll email tracking the day it leaves. Rather not wait? Cancel "
            "anytime before it ships under Orders > Cancel, and you'll get a full refund within {n} business days.",
            "Your payment's already covered, so there's nothing more to pay. If you'd rather cancel, do it in "
            "Orders before it ships and we'll refund you in full within {n} business days.",
        ],
        "jp_body": [
            "We regret to inform you that the {product} is currently on backorder, and the new shipping date is "
            "{date}. No further charge will be made, and we will send you the tracking details by email on the day "
            "of dispatch. Should you prefer not to wait, you may cancel the order under Orders at any time before "
            "it ships, and a full refund will be issued within {n} business days.",
            "Please allow us to explain that order {order} has been delayed due to limited stock, and it is now "
            "scheduled to ship on {date}. There will be no additional charge. If waiting is inconvenient, you are "
            "welcome to cancel the order in your Orders page before dispatch, and we will issue a full refund "
            "within {n} business days.",
        ],
        "de_lead": [
            "The {product} is on backorder. New shipping date: {date}.",
            "Order {order} ships on {date} due to a backorder.",
        ],
        "de_steps": [
            [
                "No action is required. The order ships automatically on {date}.",
                "Tracking details are sent by email on the day of dispatch.",
                "To cancel, open Orders > order {order} > Cancel before dispatch.",
            ],
            [
                "Keep the order active to receive the item on {date}.",
                "Alternatively, cancel under Orders before dispatch.",
                "Cancelled orders are refunded in full.",
            ],
        ],
        "de_close": [
            "Refunds are issued within {n} business days. No additional charge is made at dispatch.",
            "No further payment is taken. Refunds for cancellations take {n} business days.",
        ],
        "gen_intro": [
            "Backorders can be annoying, but you've got options.",
            "I'm sorry your order is taking longer than expected.",
        ],
        "gen_bullets": [
            [
                "The new ship date is {date}.",
                "You won't be charged again when it ships.",
                "You might want to keep an eye out for the tracking email.",
                "If you'd rather not wait, cancel under Orders before it ships for a full refund within {n} business "
                "days.",
            ],
            [
                "Your {product} is on backorder and ships on {date}.",
                "There's nothing extra to pay.",
                "Cancelling before dispatch is free, and the refund arrives within {n} business days.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d, trouble=True)


def s_missed_signature(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "product": pick(rng, TVS + LAPTOPS + PHONES + GAMING + TABLETS),
        "carrier": pick(rng, CARRIERS),
        "tries": pick(rng, ["2", "3"]),
        "hold": pick(rng, ["5", "7"]),
    }
    dated = rng.random() < 0.5
    if dated:
        v["date"] = day(rng)
    subs = {"[next]": " on {date}" if dated else "", "[next_de]": " Next attempt: {date}." if dated else ""}
    d = {
        "prompts": [
            "I missed the delivery of my {product} because it needed a signature. What happens now?",
            "{carrier} left a note saying signature required for order {order}. Can they just leave it?",
            "Why does my {product} need a signature? I'm at work during the day.",
            "Missed the courier twice for order {order}. Will it be sent back?",
            "Can I pick up my {product} from the {carrier} depot instead of waiting for another delivery?",
            "signature required delivery missed - {product}",
        ],
        "subject": ["the missed delivery of order {order}", "the signature requirement for your {product}"],
        "us_lead": [
            "{carrier} will try again[next], so you haven't lost it.",
            "No worries, it's not going anywhere yet: {carrier} makes {tries} attempts, and the next one's[next_us].",
            "It'll come back around: the next attempt is[next_us].",
        ],
        "us_body": [
            "High-value items like the {product} need a signature, so they can't be left at the door. After {tries} "
            "attempts it's held at your local {carrier} depot for {hold} days. Reschedule with the link on the "
            "card, or pick it up there with a photo ID.",
            "Since the {product} needs a signature, it can't be left unattended. You can reschedule through the "
            "link on the delivery card, or collect it at the {carrier} depot with ID. After {tries} attempts they "
            "hold it for {hold} days before it comes back to us.",
        ],
        "jp_body": [
            "We would like to reassure you that {carrier} will make another attempt[next], with {tries} attempts in "
            "total. As the {product} is a high-value item, a signature is required and it cannot be left "
            "unattended. If it is convenient for you, you may reschedule using the link on the delivery card, or "
            "collect the parcel from the local depot with a photo ID. After the final attempt, it is held there for "
            "{hold} days.",
            "Please allow us to explain that high-value items such as the {product} require a signature for "
            "security reasons. {carrier} makes {tries} delivery attempts, and the next one will take place[next]. It "
            "may be helpful to reschedule through the link on the delivery card or to collect the parcel at the "
            "depot with a photo ID, where it is kept for {hold} days.",
        ],
        "de_lead": [
            "High-value items such as the {product} require a signature on delivery.[next_de]",
            "{carrier} makes {tries} delivery attempts for order {order}.[next_de]",
        ],
        "de_steps": [
            [
                "Reschedule the delivery via the link on the delivery card.",
                "Alternatively, collect the parcel at the {carrier} depot, where it goes after {tries} failed "
                "attempts.",
                "Bring a photo ID for collection.",
            ],
            [
                "Use the link on the delivery card to choose a new date.",
                "After {tries} failed attempts, the parcel is held at the local depot.",
                "Collect it there with a photo ID.",
            ],
        ],
        "de_close": [
            "The depot holds the parcel for {hold} days. It is then returned to the warehouse.",
            "Holding period at the depot: {hold} days. Unclaimed parcels are returned.",
        ],
        "gen_intro": [
            "Missing a signature delivery happens all the time, so don't worry.",
            "There are a few ways to still get your parcel.",
        ],
        "gen_bullets": [
            [
                "High-value items like the {product} need a signature.",
                "{carrier} makes {tries} attempts in total, and the next one is[next_us].",
                "You might want to reschedule using the link on the delivery card.",
                "You can also pick it up at the depot with photo ID; it's held for {hold} days.",
            ],
            [
                "The next delivery attempt is[next_us].",
                "After {tries} attempts, the parcel goes to your local depot for {hold} days.",
                "Bring a photo ID if you pick it up.",
                "You might want to reschedule online if you're out during the day.",
            ],
        ],
    }
    subs["[next_us]"] = " on {date}" if dated else " on the next business day"
    if not dated:
        subs["[next]"] = " on the next business day"
        subs["[next_de]"] = " Next attempt: next business day."
    return _make(rng, "shipping", v, d, subs)


def s_cancel_order(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "product": pick(rng, ALL_PRODUCTS),
        "mins": pick(rng, ["30", "60"]),
        "ret": pick(rng, ["30", "45"]),
        "n": pick(rng, ["3", "5"]),
    }
    d = {
        "prompts": [
            "I ordered the wrong {product}. Can I cancel order {order}?",
            "How do I cancel an order I placed an hour ago? It's order {order}.",
            "Changed my mind about the {product}, is it too late to cancel?",
            "Please cancel order {order} immediately, I found it cheaper elsewhere.",
            "Can I still cancel if my {product} is already marked as preparing for shipment?",
            "cancel {product} order before it ships",
        ],
        "subject": ["cancelling order {order}", "the cancellation of your {product} order"],
        "us_lead": [
            "Yep, you can cancel it yourself within {mins} minutes of ordering.",
            "You can still cancel as long as it hasn't shipped.",
            "It's not too late: orders can be cancelled right up until they ship.",
        ],
        "us_body": [
            "Within {mins} minutes, go to Orders, pick order {order} and hit Cancel. After that, while it shows "
            "Preparing, message us and we'll stop it. Already shipped? Just return it free within {ret} days. "
            "Refunds take {n} business days.",
            "For the first {mins} minutes there's a Cancel button in Orders. Once it says Preparing, contact us and "
            "we'll catch it before it leaves. If it's shipped, send it back free within {ret} days. Either way, "
            "you're refunded within {n} business days.",
        ],
        "jp_body": [
            "We would like to inform you that an order may be cancelled directly under Orders within {mins} minutes "
            "of placing it. If the status already shows Preparing, we would be grateful if you could contact us, "
            "and we will do our utmost to stop the shipment. Should the parcel have already shipped, you may "
            "return it free of charge within {ret} days. In each case, the refund is issued within {n} business "
            "days.",
            "Please allow us to explain the options. Within {mins} minutes of ordering, you may select order "
            "{order} under Orders and choose Cancel. After that time, while the order is marked Preparing, our "
            "team can cancel it on your behalf if you contact us. Once shipped, it may be returned free of charge "
            "within {ret} days, and the refund is completed within {n} business days.",
        ],
        "de_lead": [
            "Orders can be cancelled free of charge until dispatch.",
            "Order {order} can be cancelled online within {mins} minutes of ordering.",
        ],
        "de_steps": [
            [
                "Within {mins} minutes: open Orders > order {order} and click Cancel.",
                "Status Preparing: contact support to cancel the order.",
                "Status Shipped: return the item free of charge within {ret} days.",
            ],
            [
                "Check the order status under Orders.",
                "If the Cancel button is shown (first {mins} minutes), use it.",
                "Otherwise contact support, or return the item within {ret} days after delivery.",
            ],
        ],
        "de_close": [
            "The refund is issued to the original payment method within {n} business days.",
            "Refunds are processed within {n} business days of cancellation or receipt of the return.",
        ],
        "gen_intro": [
            "You can usually cancel, depending on how far along the order is.",
            "Changing your mind happens, and there are a few ways to handle it.",
        ],
        "gen_bullets": [
            [
                "Within {mins} minutes, use the Cancel button under Orders > order {order}.",
                "If it's marked Preparing, you might want to contact support quickly.",
                "If it's shipped, return it free within {ret} days.",
                "Refunds take {n} business days.",
            ],
            [
                "The Cancel button is available for {mins} minutes after ordering.",
                "After that, support can cancel it while it's being prepared.",
                "Already shipped? You might want to start a free return within {ret} days.",
                "You'll get your refund within {n} business days.",
            ],
        ],
    }
    return _make(rng, "shipping", v, d)


SHIPPING: list[Callable[[random.Random], Scenario]] = [
    s_tracking_stuck,
    s_delivery_estimate,
    s_express,
    s_marked_delivered,
    s_change_address,
    s_damaged,
    s_international,
    s_split_shipment,
    s_store_pickup,
    s_backorder,
    s_missed_signature,
    s_cancel_order,
]


# ----------------------------------------------------------------------------------------------- device_setup


def d_pair_audio(rng: random.Random) -> Scenario:
    v = {
        "product": pick(rng, HEADPHONES),
        "secs": pick(rng, ["3", "5", "7"]),
        "led": pick(rng, ["blue", "white", "blue and white"]),
        "device": pick(rng, ["iPhone", "Android phone", "laptop", "Nova N9 phone", "tablet", "Windows PC"]),
    }
    d = {
        "prompts": [
            "How do I pair my {product} with my {device}?",
            "My {product} won't show up in the Bluetooth list on my {device}.",
            "Just unboxed the {product}. What's the pairing process?",
            "The {product} connected once but now my {device} can't find it. Any tips?",
            "I'm not very techy. Could you explain step by step how to connect the {product} to a {device}?",
            "{product} pairing mode how",
        ],
        "subject": ["pairing your {product} with your {device}", "connecting your {product}"],
        "us_lead": [
            "Put the {product} in pairing mode and it'll show up on your {device} right away.",
            "Here's how: hold the power button for {secs} seconds to start pairing.",
            "Easy fix: your {product} just needs to be in pairing mode.",
        ],
        "us_body": [
            "Hold the power button for {secs} seconds until the light flashes {led}, then open Bluetooth on your "
            "{device} and tap the {product}. If it doesn't appear, tap Forget this device, keep them within 1 meter, "
            "and try again.",
            "Press and hold power for {secs} seconds until the LED flashes {led}. Open Bluetooth settings on the "
            "{device} and select it; it'll show up as the {product}. Still hidden? Forget the old pairing, move "
            "within 1 meter, and repeat.",
        ],
        "jp_body": [
            "If it is convenient for you, we would kindly ask you to hold the power button on the {product} for "
            "{secs} seconds until the light flashes {led}, which indicates pairing mode. The {product} should then "
            "appear in the Bluetooth settings of your {device}, where it may be selected. Should it not appear, it "
            "may be helpful to remove the previous pairing with Forget this device and try again within 1 meter of "
            "the {device}.",
            "Please allow us to explain the pairing process. By holding the power button for {secs} seconds, the "
            "{product} enters pairing mode, shown by a {led} flashing light. You may then select it in the "
            "Bluetooth menu of your {device}. If the connection is not successful, we would suggest choosing "
            "Forget this device and repeating the steps while keeping both within 1 meter.",
        ],
        "de_lead": [
            "Pairing mode is activated by holding the power button for {secs} seconds.",
            "The {product} pairs via Bluetooth in pairing mode.",
        ],
        "de_steps": [
            [
                "Hold the power button for {secs} seconds until the LED flashes {led}.",
                "Open the Bluetooth settings on the {device}.",
                "Select the {product} from the list.",
            ],
            [
                "Switch on Bluetooth on the {device}.",
                "Hold the power button of the {product} for {secs} seconds. The LED flashes {led}.",
                "Select the {product} and confirm the connection.",
            ],
        ],
        "de_close": [
            "If the device is not listed, select Forget this device and repeat at a maximum distance of 1 meter.",
            "If pairing fails, delete the old pairing and repeat within 1 meter.",
        ],
        "gen_intro": [
            "Pairing is usually quick once the {product} is in the right mode.",
            "Bluetooth can be a bit finicky, but this should do it.",
        ],
        "gen_bullets": [
            [
                "Hold the power button for {secs} seconds until the light flashes {led}.",
                "Open Bluetooth settings on your {device}.",
                "Tap the {product} when it appears.",
                "If it doesn't show up, you might want to forget the device and retry within 1 meter.",
            ],
            [
                "Turn on Bluetooth on your {device}.",
                "Press and hold the power button for {secs} seconds; the LED flashes {led}.",
                "Select the {product} from the list.",
                "It might help to remove any old pairing and stay within 1 meter.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d)


def d_router(rng: random.Random) -> Scenario:
    v = {"product": pick(rng, ROUTERS), "mins": pick(rng, ["2", "3", "5"]), "light": pick(rng, ["white", "green"])}
    d = {
        "prompts": [
            "How do I set up my new {product}?",
            "I've plugged in the {product} but there's no internet. What did I miss?",
            "Which port does the modem cable go into on the {product}?",
            "Setting up the {product} for my parents. Do I need the app or can I use a browser?",
            "The light on my {product} won't go solid. How long should setup take?",
            "{product} first time setup steps please",
        ],
        "subject": ["setting up your {product}", "the installation of your {product}"],
        "us_lead": [
            "Setup takes about 10 minutes with the Lumora Home app.",
            "Here's how to get the {product} online in a few minutes.",
            "You'll need the Lumora Home app and about 10 minutes.",
        ],
        "us_body": [
            "Plug the modem cable into the yellow WAN port, power it on, and wait {mins} minutes until the light "
            "turns solid {light}. Then open the app, tap Add device, scan the QR code on the bottom, and pick your "
            "network name and password. That's it.",
            "Connect your modem to the yellow WAN port and plug in the power. Give it {mins} minutes; the light goes "
            "solid {light} when it's ready. In the Lumora Home app, tap Add device, scan the QR code underneath, and "
            "set your Wi-Fi name and password.",
        ],
        "jp_body": [
            "We would be pleased to guide you. If it is convenient for you, we would kindly ask you to connect the "
            "modem cable to the yellow WAN port, switch on the {product}, and wait about {mins} minutes until the "
            "light becomes solid {light}. It may then be helpful to open the Lumora Home app, select Add device, "
            "and scan the QR code on the bottom, after which you can choose your network name and password. The "
            "whole process takes about 10 minutes.",
            "Please allow us to explain the setup, which usually takes about 10 minutes. The modem cable is "
            "connected to the yellow WAN port, and after switching on the {product}, the light turns solid {light} "
            "within about {mins} minutes. In the Lumora Home app, you may then choose Add device and scan the QR "
            "code on the underside before setting your Wi-Fi name and password.",
        ],
        "de_lead": [
            "Setup of the {product} takes approximately 10 minutes and requires the Lumora Home app.",
            "The {product} is configured with the Lumora Home app.",
        ],
        "de_steps": [
            [
                "Connect the modem cable to the yellow WAN port.",
                "Switch on the {product} and wait {mins} minutes until the light is solid {light}.",
                "In the Lumora Home app, select Add device and scan the QR code on the bottom.",
                "Set the network name and password.",
            ],
            [
                "Connect modem and yellow WAN port with the supplied cable.",
                "Power on. Wait {mins} minutes for a solid {light} light.",
                "Open the app, select Add device and scan the QR code. Then define the Wi-Fi name and password.",
            ],
        ],
        "de_close": [
            "If the light does not turn solid {light} after {mins} minutes, restart the modem.",
            "Total duration: approximately 10 minutes.",
        ],
        "gen_intro": [
            "Setting up a new router is easier than it looks.",
            "You're just a few steps away from being online.",
        ],
        "gen_bullets": [
            [
                "Plug the modem cable into the yellow WAN port.",
                "Turn the {product} on and wait {mins} minutes for a solid {light} light.",
                "Open the Lumora Home app, tap Add device and scan the QR code on the bottom.",
                "Choose your Wi-Fi name and password; the whole thing takes about 10 minutes.",
            ],
            [
                "Connect the modem to the yellow WAN port and power on.",
                "You might want to wait {mins} minutes until the light is solid {light}.",
                "In the app, tap Add device and scan the QR code underneath.",
                "Set your network name and password. It usually takes about 10 minutes in total.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d)


def d_factory_reset(rng: random.Random) -> Scenario:
    prod, button = pick(
        rng,
        [(p, "the side button") for p in WEARABLES]
        + [(p, "the mute button") for p in SPEAKERS]
        + [(p, "the reset pinhole button") for p in ROUTERS + CAMERAS],
    )
    v = {"product": prod, "button": button, "secs": pick(rng, ["10", "15", "20"]), "reboot": pick(rng, ["2", "3"])}
    d = {
        "prompts": [
            "How do I factory reset my {product}?",
            "I'm selling my {product}. How do I wipe it completely?",
            "My {product} is acting weird and restarting doesn't help. Should I reset it?",
            "Forgot the settings I changed on the {product}. Is there a way to go back to default?",
            "Which button do I hold to reset the {product}, and for how long?",
            "reset {product} to factory settings",
        ],
        "subject": ["a factory reset of your {product}", "resetting your {product}"],
        "us_lead": [
            "Hold {button} for {secs} seconds and your {product} resets to factory settings.",
            "Here's how: press and hold {button} for {secs} seconds.",
            "A factory reset takes about {reboot} minutes once you hold {button} for {secs} seconds.",
        ],
        "us_body": [
            "Keep holding until the light blinks, then let go; it'll restart in about {reboot} minutes. Heads-up, "
            "this erases all your settings and data, so back up in the Lumora app first.",
            "Let go when the light starts blinking, and it'll reboot in roughly {reboot} minutes. Everything's "
            "wiped, so do a backup in the Lumora app before you start.",
        ],
        "jp_body": [
            "Please allow us to explain that a factory reset can be performed by holding {button} for {secs} "
            "seconds until the light blinks, after which the {product} restarts in about {reboot} minutes. As this "
            "will erase all settings and personal data, we would kindly recommend creating a backup in the Lumora "
            "app beforehand.",
            "We would be glad to assist. If it is convenient for you, we would kindly ask you to first back up your "
            "data in the Lumora app, as the reset removes all settings and data. You may then hold {button} for "
            "{secs} seconds until the light blinks, and the {product} will restart within about {reboot} minutes.",
        ],
        "de_lead": [
            "A factory reset deletes all settings and data on the {product}.",
            "The {product} is reset by holding {button} for {secs} seconds.",
        ],
        "de_steps": [
            [
                "Create a backup in the Lumora app.",
                "Hold {button} for {secs} seconds until the light blinks.",
                "Release the button. The restart takes approximately {reboot} minutes.",
            ],
            [
                "Back up all data via the Lumora app.",
                "Press and hold {button} for exactly {secs} seconds.",
                "Wait approximately {reboot} minutes until the device has restarted.",
            ],
        ],
        "de_close": [
            "All settings and personal data are deleted irreversibly.",
            "After the reset, set up the {product} again as a new device.",
        ],
        "gen_intro": [
            "A factory reset can fix a lot of odd behaviour.",
            "Resetting is simple, but there's one thing to do first.",
        ],
        "gen_bullets": [
            [
                "You might want to back up your data in the Lumora app first, since everything gets erased.",
                "Hold {button} for {secs} seconds until the light blinks.",
                "Release it, and the {product} restarts in about {reboot} minutes.",
            ],
            [
                "Back up in the Lumora app, because a reset wipes all settings and data.",
                "Press and hold {button} for {secs} seconds.",
                "Let go when the light blinks.",
                "It'll take about {reboot} minutes to restart.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d)


def d_firmware(rng: random.Random) -> Scenario:
    v = {
        "product": pick(rng, HEADPHONES + WEARABLES + SPEAKERS + CAMERAS + HOME),
        "battery": pick(rng, ["30", "50"]),
        "mins": pick(rng, ["5", "10", "15"]),
        "version": f"{rng.randint(2, 6)}.{rng.randint(0, 9)}.{rng.randint(1, 30)}",
    }
    d = {
        "prompts": [
            "How do I update the firmware on my {product}?",
            "The app says version {version} is available for my {product}. Is it safe to install?",
            "My {product} firmware update keeps failing halfway. What am I doing wrong?",
            "Do I need to update my {product} manually, or does it happen automatically?",
            "How long does the {version} update take? Don't want to brick my {product}.",
            "firmware {version} install steps for {product}",
        ],
        "subject": ["the firmware update for your {product}", "installing firmware {version}"],
        "us_lead": [
            "You can install firmware {version} right from the Lumora app.",
            "It's safe to install, and firmware {version} goes on right from the Lumora app.",
            "Firmware {version} installs straight from the Lumora app with a few taps.",
        ],
        "us_body": [
            "Charge the {product} above {battery}%, keep it close to your phone, then go to Device > Firmware update "
            "and tap Install. It takes around {mins} minutes; don't power it off until it restarts.",
            "Make sure the battery's over {battery}% and your phone stays nearby. Open Device > Firmware update in "
            "the app and hit Install. It needs about {mins} minutes, so don't turn it off midway.",
        ],
        "jp_body": [
            "We are pleased to confirm that firmware {version} may be safely installed through the Lumora app. If "
            "it is convenient for you, we would kindly ask you to charge the {product} above {battery}% and keep it "
            "near your phone, then open Device > Firmware update and select Install. The update takes about {mins} "
            "minutes, and we would be grateful if the device were not switched off until it has restarted.",
            "Please allow us to explain the update process. Through Device > Firmware update in the Lumora app, "
            "version {version} can be installed in about {mins} minutes. It may be helpful to ensure the battery "
            "is above {battery}% and that your phone remains close by. We would kindly ask that the {product} not "
            "be switched off until the restart is complete.",
        ],
        "de_lead": [
            "Firmware {version} is installed via the Lumora app. Duration: approximately {mins} minutes.",
            "The update to firmware {version} takes approximately {mins} minutes and requires a battery level above "
            "{battery}%.",
        ],
        "de_steps": [
            [
                "Charge the {product} to above {battery}%.",
                "Open Device > Firmware update in the Lumora app.",
                "Select Install and keep the phone near the device.",
            ],
            [
                "Check the battery level. Minimum: above {battery}%.",
                "Start Device > Firmware update > Install in the app.",
                "Wait approximately {mins} minutes until the device restarts.",
            ],
        ],
        "de_close": [
            "Do not switch off the device during the update. It restarts automatically when finished.",
            "Switching off during installation causes the update to fail. The device restarts when done.",
        ],
        "gen_intro": [
            "Keeping your firmware up to date is a good idea.",
            "Firmware updates are usually painless if you prepare a little.",
        ],
        "gen_bullets": [
            [
                "Charge the {product} above {battery}%.",
                "Open the Lumora app and go to Device > Firmware update to find version {version}.",
                "Tap Install and keep your phone nearby.",
                "It takes around {mins} minutes; you might want to avoid turning it off until it restarts.",
            ],
            [
                "You might want to charge it above {battery}% first.",
                "Version {version} installs from Device > Firmware update.",
                "It usually takes about {mins} minutes.",
                "Don't switch it off during the update.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d)


def d_tv_wifi(rng: random.Random) -> Scenario:
    v = {
        "product": pick(rng, TVS + ["Atlas A7 gaming console", "Cirrus C4 Max speaker"]),
        "secs": pick(rng, ["30", "60"]),
        "dist": pick(rng, ["5", "8", "10"]),
    }
    d = {
        "prompts": [
            "My {product} won't connect to Wi-Fi. Other devices work fine.",
            "The {product} keeps saying network not found. How do I fix it?",
            "Why does my {product} drop the Wi-Fi connection every evening?",
            "I typed the Wi-Fi password correctly but the {product} still fails to connect.",
            "We moved the router and now the {product} can't get online. Any ideas?",
            "{product} no wifi connection",
        ],
        "subject": ["the Wi-Fi connection of your {product}", "connecting your {product} to Wi-Fi"],
        "us_lead": [
            "A quick restart of both the router and the {product} fixes this most of the time.",
            "Let's get it back online: start by power-cycling the router and the {product}.",
            "This is usually fixed with a restart and a fresh password entry.",
        ],
        "us_body": [
            "Unplug both for {secs} seconds, plug them back in, then go to Settings > Network and re-enter your "
            "Wi-Fi password. If it still won't connect, pick the 2.4 GHz network and keep the router within {dist} "
            "meters.",
            "Pull the plugs for {secs} seconds, then open Settings > Network on the {product} and type the password "
            "again. Still no luck? Switch to the 2.4 GHz band (it's more stable) and move the router within "
            "{dist} meters.",
        ],
        "jp_body": [
            "If it is convenient for you, we would kindly ask you to unplug both the router and the {product} for "
            "{secs} seconds and then reconnect them. After that, it may be helpful to open Settings > Network and "
            "enter the Wi-Fi password once more. Should the connection still fail, we would suggest selecting the "
            "2.4 GHz network and placing the router within {dist} meters of the {product}.",
            "Please allow us to suggest a few steps. Restarting both devices by disconnecting the power for {secs} "
            "seconds often resolves this, after which the password may be entered again under Settings > Network. "
            "If the problem continues, the 2.4 GHz network may offer a more stable connection, especially when the "
            "router is within {dist} meters.",
        ],
        "de_lead": [
            "Connection failures of the {product} are usually resolved by a restart of both devices.",
            "The {product} connects most reliably on the 2.4 GHz band within {dist} meters of the router.",
        ],
        "de_steps": [
            [
                "Disconnect router and {product} from power for {secs} seconds.",
                "Reconnect both and wait until the router is ready.",
                "Open Settings > Network and enter the Wi-Fi password again.",
            ],
            [
                "Restart the router and the {product} (power off for {secs} seconds).",
                "Select Settings > Network and re-enter the password.",
                "If unsuccessful, select the 2.4 GHz network.",
            ],
        ],
        "de_close": [
            "Maximum recommended distance to the router: {dist} meters.",
            "If the error persists, use the 2.4 GHz network and reduce the distance to the router to {dist} meters.",
        ],
        "gen_intro": ["Wi-Fi trouble is really common, and it's usually easy to fix.", "Let's try a few quick things."],
        "gen_bullets": [
            [
                "Unplug the router and the {product} for {secs} seconds, then plug them back in.",
                "Go to Settings > Network and re-enter the Wi-Fi password.",
                "You might want to try the 2.4 GHz network instead.",
                "Keep the router within {dist} meters if possible.",
            ],
            [
                "Restart both devices by unplugging them for {secs} seconds.",
                "Re-enter the password under Settings > Network.",
                "If it still fails, it might help to use 2.4 GHz and move the router within {dist} meters.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d, trouble=True)


def d_smart_bulb(rng: random.Random) -> Scenario:
    v = {
        "product": pick(
            rng,
            [
                "Lumen L8 smart bulb kit",
                "Lumen L4 smart bulb",
                "Lumen L8 color bulb",
                "Lumen Strip S2 light strip",
                "Lumen P1 smart plug",
            ],
        ),
        "times": pick(rng, ["3", "5"]),
        "room": pick(rng, ["kitchen", "bedroom", "living room", "hallway", "office", "kids room"]),
    }
    d = {
        "prompts": [
            "My {product} isn't showing up in the Lumora Home app. What's wrong?",
            "Trying to add the {product} in the {room} to the app but it times out.",
            "How do I reset the {product} so I can pair it again?",
            "The app can't find my new {product}. Does it work with 5 GHz Wi-Fi?",
            "Set up a {product} in the {room}, but it keeps failing at the last step. Help please.",
            "{product} won't pair with app",
        ],
        "subject": ["adding your {product} to the Lumora Home app", "the pairing of your {product}"],
        "us_lead": [
            "The {product} only works on 2.4 GHz Wi-Fi, so that's the first thing to check.",
            "Usually it's the Wi-Fi band: the {product} needs 2.4 GHz, not 5 GHz.",
            "Good news, it's almost always fixable in a minute.",
        ],
        "us_body": [
            "Connect your phone to the 2.4 GHz network and turn on Bluetooth and location for the app. Then reset "
            "the {product} by switching it off and on {times} times until it blinks, and tap Add device again. "
            "That's usually all it takes.",
            "Put your phone on 2.4 GHz, allow Bluetooth and location for the Lumora Home app, then flick the power "
            "off and on {times} times so it blinks. Tap Add device and it'll pop right up.",
        ],
        "jp_body": [
            "Please allow us to explain that the {product} can only connect to a 2.4 GHz Wi-Fi network. It may be "
            "helpful to connect your phone to that network and to allow Bluetooth and location access for the "
            "Lumora Home app. You may then reset the {product} by switching it off "
            "and on {times} times until it blinks, and select Add device once more.",
            "We would kindly suggest first confirming that your phone is connected to a 2.4 GHz network, as the "
            "{product} does not support 5 GHz, and that Bluetooth and location are enabled for the app. The "
            "{product} can be reset by switching it off and on {times} times until it blinks, after which Add "
            "device should find it.",
        ],
        "de_lead": [
            "The {product} supports 2.4 GHz Wi-Fi only. 5 GHz networks are not supported.",
            "Pairing fails if the phone is connected to a 5 GHz network.",
        ],
        "de_steps": [
            [
                "Connect the phone to the 2.4 GHz network.",
                "Enable Bluetooth and location for the Lumora Home app.",
                "Switch the {product} off and on {times} times until it blinks.",
                "Select Add device in the app.",
            ],
            [
                "Reset the {product}: switch off and on {times} times. The light blinks.",
                "Check that the phone uses the 2.4 GHz network.",
                "Allow Bluetooth and location access, then select Add device.",
            ],
        ],
        "de_close": [
            "If pairing still fails, restart the router and repeat the procedure.",
            "Repeat the reset if the light does not blink after {times} switching cycles.",
        ],
        "gen_intro": ["Smart lights can be a little picky during setup.", "There are a few things you can try."],
        "gen_bullets": [
            [
                "The {product} only supports 2.4 GHz Wi-Fi, so connect your phone to that network.",
                "Turn on Bluetooth and location for the Lumora Home app.",
                "Reset it by switching it off and on {times} times until it blinks.",
                "Then you might want to tap Add device again.",
            ],
            [
                "Make sure your phone isn't on a 5 GHz network.",
                "Enable Bluetooth and location permissions for the app.",
                "Switch the {product} off and on {times} times to reset it.",
                "Try Add device once it's blinking.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d, trouble=True)


def d_phone_transfer(rng: random.Random) -> Scenario:
    new, old = (
        pick(rng, PHONES),
        pick(rng, ["old Nova N5", "old Nova N7", "iPhone", "old Android phone", "Nova N6", "old Samsung"]),
    )
    v = {"new": new, "old": old, "battery": pick(rng, ["50", "60"]), "mins": pick(rng, ["30 to 60", "20 to 45"])}
    d = {
        "prompts": [
            "How do I move everything from my {old} to my new {new}?",
            "Will my photos and messages transfer to the {new} from my {old}?",
            "Just got the {new}. What's the easiest way to copy data from the {old}?",
            "How long does transferring data to the {new} take? Can I use my {old} meanwhile?",
            "I'm worried about losing my WhatsApp chats when switching from my {old} to the {new}.",
            "data transfer {old} to {new}",
        ],
        "subject": ["transferring your data to the {new}", "moving your data from your {old}"],
        "us_lead": [
            "The Nova Switch app moves your photos, messages, contacts and apps over in one go.",
            "Easiest way: use Nova Switch during setup of the {new}.",
            "Yep, photos, messages, contacts and apps all come across with the Nova Switch app.",
        ],
        "us_body": [
            "Charge both phones above {battery}%, put them on the same Wi-Fi, and open Nova Switch on the {old}. "
            "Scan the code shown on the {new} and let it run for {mins} minutes. Don't use the {old} during "
            "the transfer.",
            "Get both phones over {battery}% battery and on the same Wi-Fi. Install Nova Switch on the {old}, "
            "scan the code on the {new}, and leave them side by side for {mins} minutes. Avoid using the {old} "
            "until it's done.",
        ],
        "jp_body": [
            "We are pleased to inform you that photos, messages, contacts and apps can be moved with the Nova Switch "
            "app. If it is convenient for you, we would kindly ask you to charge both phones above {battery}%, "
            "connect them to the same Wi-Fi network, open Nova Switch on the {old}, and scan the code shown on the "
            "{new}. The transfer takes {mins} minutes, and it may be helpful not to use the {old} during this time.",
            "Please allow us to explain that the Nova Switch app transfers your photos, messages, contacts and apps "
            "during the setup of the {new}. We would suggest charging both devices above {battery}% and connecting "
            "them to the same Wi-Fi. After scanning the code on the {new} with the {old}, the process takes {mins} "
            "minutes, during which we would kindly ask you to leave the {old} untouched.",
        ],
        "de_lead": [
            "Photos, messages, contacts and apps are transferred with the Nova Switch app.",
            "Data transfer to the {new} takes {mins} minutes via Nova Switch.",
        ],
        "de_steps": [
            [
                "Charge both phones to above {battery}%.",
                "Connect both phones to the same Wi-Fi network.",
                "Open Nova Switch on the {old} and scan the code shown on the {new}. The transfer takes {mins} "
                "minutes.",
            ],
            [
                "Install Nova Switch on the {old}.",
                "Charge both devices to above {battery}% and use the same Wi-Fi.",
                "Scan the code on the {new} and wait {mins} minutes.",
            ],
        ],
        "de_close": [
            "Do not use the {old} during the transfer.",
            "The {old} must not be used until the transfer is complete.",
        ],
        "gen_intro": [
            "Switching phones is much easier than it used to be.",
            "Great news, you shouldn't lose anything when switching.",
        ],
        "gen_bullets": [
            [
                "Charge both phones above {battery}%.",
                "Connect them to the same Wi-Fi network.",
                "Open Nova Switch on the {old} and scan the code on the {new}.",
                "It takes {mins} minutes; you might want to leave the {old} alone meanwhile.",
            ],
            [
                "Nova Switch copies photos, messages, contacts and apps.",
                "You'll need both phones above {battery}% and on the same Wi-Fi.",
                "Scan the code on the {new} to start.",
                "Try not to use the {old} for the {mins} minutes it takes.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d)


def d_doorbell(rng: random.Random) -> Scenario:
    v = {
        "product": pick(
            rng,
            [
                "Sentinel S2 doorbell camera",
                "Sentinel S3 video doorbell",
                "Sentinel S4 outdoor camera",
                "Sentinel S1 Mini camera",
            ],
        ),
        "hours": pick(rng, ["6", "8"]),
        "bars": pick(rng, ["2", "3"]),
    }
    d = {
        "prompts": [
            "How do I install the {product}? Do I need an electrician?",
            "Setting up my {product} and it keeps losing connection at the front door.",
            "Should I charge the {product} before mounting it?",
            "What's the setup process for the {product}? The manual is pretty thin.",
            "Can I put up the {product} myself, and how long does the battery need to charge first?",
            "{product} setup and mounting",
        ],
        "subject": ["installing your {product}", "the setup of your {product}"],
        "us_lead": [
            "You can install the {product} yourself, no electrician needed.",
            "No electrician required: the {product} runs on its battery, so you can put it up yourself.",
            "Yep, it's a DIY job; just charge the {product} fully first.",
        ],
        "us_body": [
            "Charge it for {hours} hours, then add it in the Lumora Home app under Add device. Before mounting, "
            "check the live view at the door; you'll want at least {bars} bars of Wi-Fi. Then screw it on with the "
            "included screws.",
            "Give the battery a full {hours}-hour charge, set it up in the Lumora Home app with Add device, and test "
            "the signal at the door (aim for {bars} bars or more). Once that's good, mount it with the screws "
            "in the box.",
        ],
        "jp_body": [
            "We are pleased to confirm that the {product} can be installed without an electrician. If it is "
            "convenient for you, we would kindly ask you to charge it fully for {hours} hours and then add it in "
            "the Lumora Home app under Add device. Before mounting, it may be helpful to confirm that the Wi-Fi "
            "signal at the door shows at least {bars} bars, after which the device can be fixed with the included "
            "screws.",
            "Please allow us to explain that the {product} is battery powered and suitable for installation by "
            "yourself. We would suggest a full charge of {hours} hours first, followed by setup in the Lumora Home "
            "app using Add device. Checking that the signal at the mounting point reaches at least {bars} bars "
            "would be helpful before fixing it with the supplied screws.",
        ],
        "de_lead": [
            "The {product} is battery powered and can be installed without an electrician.",
            "Installation of the {product} requires a full charge and a Wi-Fi signal of at least {bars} bars.",
        ],
        "de_steps": [
            [
                "Charge the battery for {hours} hours.",
                "Add the device in the Lumora Home app via Add device.",
                "Check the Wi-Fi signal at the door: minimum {bars} bars.",
                "Mount the device with the included screws.",
            ],
            [
                "Fully charge the {product} ({hours} hours).",
                "Complete the setup in the Lumora Home app before mounting.",
                "Confirm at least {bars} bars of Wi-Fi at the mounting point, then fix it with the supplied screws.",
            ],
        ],
        "de_close": [
            "If the signal is below {bars} bars, install a mesh extender near the door.",
            "Connection loss at the door is caused by a signal below {bars} bars.",
        ],
        "gen_intro": [
            "Installing a video doorbell is a pretty manageable DIY project.",
            "You can definitely do this yourself.",
        ],
        "gen_bullets": [
            [
                "Charge the {product} for {hours} hours first.",
                "Set it up in the Lumora Home app using Add device.",
                "You might want to check there are at least {bars} bars of Wi-Fi at the door.",
                "Mount it with the included screws.",
            ],
            [
                "No electrician is needed, since it's battery powered.",
                "Give it a full {hours}-hour charge.",
                "Add it in the app and check the signal is {bars} bars or more at the door.",
                "Then screw it in place with the supplied screws.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d)


def d_controller(rng: random.Random) -> Scenario:
    v = {
        "console": pick(rng, ["Atlas A7 gaming console", "Atlas A7 Lite console", "Atlas A9 Pro console"]),
        "pad": pick(rng, ["Atlas G2 controller", "Atlas G2 Pro controller", "Atlas Wave controller"]),
        "secs": pick(rng, ["3", "5"]),
        "max": pick(rng, ["4", "8"]),
    }
    d = {
        "prompts": [
            "How do I connect a second {pad} to my {console}?",
            "My {pad} won't sync with the {console}. The light just keeps blinking.",
            "Bought an extra {pad} for my kid. How do I pair it with the {console}?",
            "How many controllers can the {console} handle at once, and how do I add one?",
            "The {pad} disconnected after the update and won't reconnect to my {console}.",
            "pair {pad} to {console}",
        ],
        "subject": ["pairing your {pad} with the {console}", "connecting a {pad}"],
        "us_lead": [
            "Press the sync buttons on both and the {pad} connects in seconds.",
            "Here's the trick: hold the sync button on the {console} for {secs} seconds first.",
            "Syncing takes just a few seconds once both sync buttons are pressed.",
        ],
        "us_body": [
            "Hold the console's sync button for {secs} seconds, then hold the {pad}'s sync button until the light "
            "flashes fast and turns solid. Still blinking? Plug it in with the USB-C cable and it'll pair "
            "automatically. You can connect up to {max} controllers.",
            "Press and hold sync on the {console} for {secs} seconds, then do the same on the controller until its "
            "light goes solid. If that doesn't work, connect it with a USB-C cable. The {console} takes up to "
            "{max} controllers at once.",
        ],
        "jp_body": [
            "If it is convenient for you, we would kindly ask you to hold the sync button on the {console} for "
            "{secs} seconds, and then hold the sync button on the {pad} until its light stops flashing and remains "
            "solid. Should the light continue to blink, it may be helpful to connect the {pad} with a USB-C cable, "
            "which pairs it automatically. Please note that up to {max} controllers can be connected at the same "
            "time.",
            "Please allow us to explain the pairing process. After holding the sync button on the {console} for "
            "{secs} seconds, the sync button on the {pad} may be held until the light turns solid. If pairing is "
            "not successful, connecting the controller with a USB-C cable will complete it automatically. The "
            "{console} supports a maximum of {max} controllers at once.",
        ],
        "de_lead": [
            "The {pad} is paired via the sync buttons on console and controller.",
            "The {console} supports a maximum of {max} controllers simultaneously.",
        ],
        "de_steps": [
            [
                "Hold the sync button on the {console} for {secs} seconds.",
                "Hold the sync button on the {pad} until the light is solid.",
                "If the light keeps blinking, connect the controller with a USB-C cable.",
            ],
            [
                "Press the sync button on the {console} for {secs} seconds.",
                "Press and hold the sync button on the {pad}.",
                "Release when the light stops blinking. Alternatively, pair via USB-C cable.",
            ],
        ],
        "de_close": [
            "Maximum number of connected controllers: {max}.",
            "A USB-C connection pairs the controller automatically. Limit: {max} controllers.",
        ],
        "gen_intro": [
            "Pairing a controller only takes a moment.",
            "There are a couple of ways to get the controller connected.",
        ],
        "gen_bullets": [
            [
                "Hold the sync button on the {console} for {secs} seconds.",
                "Then hold the sync button on the {pad} until the light is solid.",
                "If it keeps blinking, you might want to connect it with a USB-C cable.",
                "Up to {max} controllers can be connected.",
            ],
            [
                "Press sync on the console for {secs} seconds, then on the controller.",
                "Wait until the light stops blinking.",
                "A USB-C cable pairs it automatically if wireless doesn't work.",
                "The {console} supports up to {max} controllers.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d)


def d_monitor(rng: random.Random) -> Scenario:
    v = {
        "laptop": pick(rng, LAPTOPS),
        "monitor": pick(
            rng, ["Mosaic M27 monitor", "Mosaic M32 4K monitor", "Mosaic M24 monitor", "Mosaic Ultra 34 monitor"]
        ),
        "max": pick(rng, ["one external display", "two external displays"]),
        "hz": pick(rng, ["60", "120"]),
    }
    d = {
        "prompts": [
            "How do I connect my {laptop} to a {monitor}?",
            "My {monitor} says no signal when I plug in the {laptop}.",
            "Can the {laptop} run two external screens like the {monitor}?",
            "Which port on the {laptop} should I use for the {monitor}? There are several USB-C ones.",
            "I want to extend my desktop onto the {monitor} instead of mirroring. How?",
            "{laptop} external display setup",
        ],
        "subject": ["connecting your {monitor}", "your external monitor setup"],
        "us_lead": [
            "Use the USB-C port with the little display icon; the others don't carry video.",
            "The trick is the right port: only the USB-C port marked with a display icon sends video.",
        ],
        "us_body": [
            "Plug the {monitor} in there, then go to Settings > Display and choose Extend. The {laptop} supports "
            "up to {max} at 4K and {hz} Hz. Still no signal? Set the monitor's input to USB-C.",
            "Connect the {monitor} to that port and pick Extend under Settings > Display. You can run up to {max} "
            "at 4K, {hz} Hz. If it says no signal, switch the monitor's input to USB-C.",
        ],
        "jp_body": [
            "Please allow us to explain that only the USB-C port with a display icon on the {laptop} supports "
            "video output. If it is convenient, we would kindly ask you to connect the {monitor} "
            "to that port and select Extend under Settings > Display. The {laptop} supports up to {max} "
            "at 4K and {hz} Hz. If no signal is shown, it may be helpful to set its "
            "input source to USB-C.",
            "We would like to inform you that the {monitor} should be connected to the USB-C port with the display "
            "icon, as the other ports carry no video signal. Under Settings > Display, you may then "
            "choose Extend. The {laptop} supports up to {max} at 4K and {hz} Hz, and if no signal "
            "appears, selecting USB-C as the input on the monitor may resolve this.",
        ],
        "de_lead": [
            "Video output on the {laptop} is only available via the USB-C port with the display icon.",
            "The {laptop} supports a maximum of {max} at 4K and {hz} Hz.",
        ],
        "de_steps": [
            [
                "Connect the {monitor} to the USB-C port marked with the display icon.",
                "Open Settings > Display and select Extend.",
                "If no signal is shown, set the monitor input to USB-C.",
            ],
            [
                "Use the USB-C port with the display icon.",
                "Set the input source of the {monitor} to USB-C.",
                "Select Extend under Settings > Display.",
            ],
        ],
        "de_close": [
            "Maximum: {max} at 4K and {hz} Hz.",
            "Other USB-C ports do not transmit video. Limit: {max}, 4K at {hz} Hz.",
        ],
        "gen_intro": [
            "Connecting an external monitor is easy once you find the right port.",
            'A "no signal" message usually means the wrong port or input is selected.',
        ],
        "gen_bullets": [
            [
                "Use the USB-C port with the display icon on the {laptop}.",
                "Go to Settings > Display and choose Extend.",
                "You might want to set the monitor's input to USB-C if there's no signal.",
                "The {laptop} supports up to {max} at 4K and {hz} Hz.",
            ],
            [
                "Only the USB-C port marked with a display icon carries video.",
                "Select Extend under Settings > Display.",
                "It might help to switch the {monitor} input to USB-C.",
                "You can run up to {max} at 4K, {hz} Hz.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d, trouble=True)


def d_install_visit(rng: random.Random) -> Scenario:
    v = {
        "product": pick(
            rng,
            TVS
            + [
                "Echoline E45 soundbar",
                "Tempo T6 smart thermostat",
                "Beacon B6 mesh Wi-Fi system",
                "Sentinel S4 outdoor camera",
            ],
        ),
        "fee": price(rng, 59, 199),
        "date": day(rng),
        "hours": pick(rng, ["1 hour", "2 hours"]),
        "cancel": pick(rng, ["24", "48"]),
    }
    d = {
        "prompts": [
            "Can someone come to my home and set up the {product}?",
            "How much does professional installation of a {product} cost?",
            "I'd like to book a technician for my {product}. What's the earliest date?",
            "Is in-home setup available for the {product}? I'm not confident doing it myself.",
            "If I book the {product} installation for {date}, can I still cancel?",
            "technician install {product} price and availability",
        ],
        "subject": ["in-home installation of your {product}", "booking a technician for your {product}"],
        "us_lead": [
            "Yep, a technician can set it up for {fee}, and the next free slot is {date}.",
            "In-home setup for the {product} costs {fee}, with the earliest visit on {date}.",
            "Sure thing: installation is {fee}, and we can send someone on {date}.",
        ],
        "us_body": [
            "Book it in the Lumora app under Services > Installation. The visit takes about {hours}, "
            "including mounting and a quick walkthrough. Need to cancel? Do it at least {cancel} hours ahead and "
            "you won't pay a thing.",
            "Just head to Services > Installation in the app to lock it in. Plan on roughly {hours} with "
            "the technician, and that's including a quick walkthrough. You can cancel for free up to {cancel} "
            "hours before the visit.",
        ],
        "jp_body": [
            "We are pleased to inform you that our technicians can install the {product} in your home for {fee}, "
            "and the earliest available appointment is on {date}. If it is convenient for you, the visit may be "
            "booked in the Lumora app under Services > Installation. The installation takes about {hours}, "
            "including a short explanation. Should you need to cancel, we would kindly ask you to do so at least "
            "{cancel} hours in advance, in which case no fee is charged.",
            "Please allow us to confirm that in-home installation of the {product} is available for {fee}, with "
            "the next free appointment on {date}. It may be helpful to book through Services > Installation in the "
            "Lumora app. The technician will need about {hours}. Cancellation is free of charge up to "
            "{cancel} hours before the appointment.",
        ],
        "de_lead": [
            "In-home installation of the {product} costs {fee}. Earliest appointment: {date}.",
            "A technician installs the {product} for {fee}. The next available date is {date}.",
        ],
        "de_steps": [
            [
                "Open the Lumora app and select Services > Installation.",
                "Choose the appointment on {date} or a later date.",
                "Plan approximately {hours} for the visit.",
            ],
            [
                "Book the installation under Services > Installation.",
                "Confirm the date and the address.",
                "Be present for approximately {hours} on the day of the visit.",
            ],
        ],
        "de_close": [
            "Free cancellation is possible up to {cancel} hours before the appointment.",
            "Cancellations less than {cancel} hours before the appointment are charged.",
        ],
        "gen_intro": [
            "Professional installation is a great option if you'd rather not do it yourself.",
            "Yes, in-home setup is available.",
        ],
        "gen_bullets": [
            [
                "Installation costs {fee}.",
                "The earliest available appointment is {date}.",
                "You might want to book it in the Lumora app under Services > Installation.",
                "It takes about {hours}, and you can cancel free up to {cancel} hours ahead.",
            ],
            [
                "A technician visit for the {product} is {fee}.",
                "The next open slot is on {date}.",
                "Plan for about {hours}.",
                "Cancellation is free if you do it at least {cancel} hours before.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d)


def d_register(rng: random.Random) -> Scenario:
    v = {
        "product": pick(rng, ALL_PRODUCTS),
        "days": pick(rng, ["30", "60"]),
        "extra": pick(rng, ["6 months", "12 months"]),
    }
    dated = rng.random() < 0.7
    if dated:
        v["date"] = day(rng)
    subs = {
        "[by]": " by {date}" if dated else " within {days} days of purchase",
        "[by_de]": "Deadline: {date}." if dated else "Deadline: {days} days after purchase.",
    }
    d = {
        "prompts": [
            "Do I need to register my {product}? What do I get for it?",
            "How do I register the {product} I just set up?",
            "The setup screen on my {product} asks me to register for an extra {extra} of coverage. Is it worth it?",
            "Where do I find the serial number to register my {product}?",
            "I skipped registration while setting up the {product}. Can I still do it later?",
            "register {product} for extended coverage",
        ],
        "subject": ["registering your {product}", "the registration of your {product}"],
        "us_lead": [
            "Register it[by] and you'll get an extra {extra} of coverage for free.",
            "Yep, it's worth it: registering[by] adds {extra} of coverage at no cost.",
            "You can still register and get {extra} of extra coverage, as long as it's[by].",
        ],
        "us_body": [
            "Open the Lumora app, tap Devices > Register, and scan the serial number on the box or under Settings > "
            "About. It's done in a minute, and the extra coverage shows up in your account right away.",
            "In the Lumora app, go to Devices > Register and scan the serial number (it's on the box and in "
            "Settings > About). Your extended coverage appears in your account as soon as you're done.",
        ],
        "jp_body": [
            "We are pleased to inform you that registering the {product}[by] adds {extra} of coverage free of "
            "charge. If it is convenient for you, you may open the Lumora app, select Devices > Register, and scan "
            "the serial number, which can be found on the box or under Settings > About. The extended coverage is "
            "then shown in your account immediately.",
            "Please allow us to explain that registration is optional but provides an additional {extra} of "
            "coverage at no cost, provided it is completed[by]. It may be helpful to use Devices > Register in the "
            "Lumora app and scan the serial number shown on the box or under Settings > About. The coverage will "
            "appear in your account straight away.",
        ],
        "de_lead": [
            "Registration adds {extra} of coverage free of charge. [by_de]",
            "Registered devices receive an additional {extra} of coverage. [by_de]",
        ],
        "de_steps": [
            [
                "Open the Lumora app and select Devices > Register.",
                "Scan the serial number on the box or under Settings > About.",
                "Check the extended coverage in the account.",
            ],
            [
                "Locate the serial number on the packaging or under Settings > About.",
                "Enter or scan it under Devices > Register in the Lumora app.",
                "The coverage is added to the account immediately.",
            ],
        ],
        "de_close": [
            "Registrations after the deadline do not receive the additional coverage.",
            "Late registrations are not eligible for the extension.",
        ],
        "gen_intro": [
            "Registering is quick and definitely worth it.",
            "It's a good idea to register, since it's free.",
        ],
        "gen_bullets": [
            [
                "Registering[by] adds {extra} of coverage at no cost.",
                "Open the Lumora app and go to Devices > Register.",
                "Scan the serial number from the box or Settings > About.",
                "You might want to check your account afterwards to confirm the coverage.",
            ],
            [
                "You'll get an extra {extra} of coverage for free.",
                "Just make sure you register[by].",
                "The serial number is on the box and under Settings > About.",
                "Use Devices > Register in the app to finish.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d, subs)


def d_vacuum(rng: random.Random) -> Scenario:
    v = {
        "product": pick(
            rng,
            [
                "Orbit O3 robot vacuum",
                "Orbit O5 Plus robot vacuum",
                "Orbit O7 Max robot vacuum",
                "Orbit Mini O1 robot vacuum",
            ],
        ),
        "hours": pick(rng, ["3", "4", "5"]),
        "rooms": pick(rng, ["8", "10", "12"]),
    }
    d = {
        "prompts": [
            "What's the best way to set up my {product} for the first map?",
            "My {product} keeps getting stuck during its first run. Any tips?",
            "The map my {product} made is missing half the apartment.",
            "Do I need to charge the {product} before the first cleaning?",
            "How do I get the {product} to map all the rooms properly?",
            "{product} first mapping run setup",
        ],
        "subject": ["the first mapping run of your {product}", "setting up your {product}"],
        "us_lead": [
            "For a good first map, fully charge the {product} and clear the floor.",
            "The first run is all about the map, so prep the room and charge it fully.",
            "Yep, charge it fully first: that's {hours} hours for the {product}.",
        ],
        "us_body": [
            "Charge it for {hours} hours, open all interior doors, and pick up cables and socks. Then start Mapping "
            "in the Lumora Home app and let it finish; don't move it. It can save up to {rooms} rooms.",
            "Give it {hours} hours on the dock, open every door, and clear cables off the floor. Hit Mapping in "
            "the Lumora Home app and don't pick it up mid-run. Maps hold up to {rooms} rooms.",
        ],
        "jp_body": [
            "If it is convenient for you, we would kindly ask you to charge the {product} fully for {hours} hours "
            "before the first run, to open all interior doors, and to remove cables and small items from the floor. "
            "It may then be helpful to start Mapping in the Lumora Home app and allow it to finish without moving "
            "the device. A map can include up to {rooms} rooms.",
            "Please allow us to share a few suggestions for the first map. A full charge of {hours} hours, open "
            "interior doors and a floor free of cables and small objects help the {product} create a complete map. "
            "We would suggest starting Mapping in the Lumora Home app and not moving the device until it is "
            "finished. Up to {rooms} rooms can be saved.",
        ],
        "de_lead": [
            "A complete first map requires a full charge and open interior doors.",
            "The {product} stores a map of up to {rooms} rooms.",
        ],
        "de_steps": [
            [
                "Charge the {product} for {hours} hours.",
                "Open all interior doors and remove cables and small objects from the floor.",
                "Start Mapping in the Lumora Home app.",
                "Do not move the device until mapping is complete.",
            ],
            [
                "Full charge: {hours} hours on the dock.",
                "Clear the floor of cables and loose items and open all doors.",
                "Start Mapping in the app and let the run finish without interruption.",
            ],
        ],
        "de_close": ["Maximum map size: {rooms} rooms.", "Maps can contain a maximum of {rooms} rooms."],
        "gen_intro": ["A little preparation makes the first map much better.", "There are a few things you can try."],
        "gen_bullets": [
            [
                "Charge the {product} for {hours} hours first.",
                "Open all interior doors and clear cables off the floor.",
                "Start Mapping in the Lumora Home app.",
                "You might want to avoid moving it until it's done; maps hold up to {rooms} rooms.",
            ],
            [
                "Give it a full {hours}-hour charge.",
                "Pick up cables, socks and small items.",
                "You might want to open every door so it can reach all rooms (up to {rooms}).",
                "Let the Mapping run finish without picking it up.",
            ],
        ],
    }
    return _make(rng, "device_setup", v, d)


DEVICE_SETUP: list[Callable[[random.Random], Scenario]] = [
    d_pair_audio,
    d_router,
    d_factory_reset,
    d_firmware,
    d_tv_wifi,
    d_smart_bulb,
    d_phone_transfer,
    d_doorbell,
    d_controller,
    d_monitor,
    d_install_visit,
    d_register,
    d_vacuum,
]

# ------------------------------------------------------------------------------------------------------ module

PER_TOPIC = 90


def _render_prompt(s: Scenario) -> str:
    return s.prompt.format(**{k: str(v) for k, v in s.values.items()})


def scenarios(rng: random.Random) -> list[Scenario]:
    """PER_TOPIC scenarios per topic, cycling through the situations; prompts are unique across the module."""
    _PROMPT_DECKS.clear()
    out: list[Scenario] = []
    seen: set[str] = set()
    for makers in (BILLING, SHIPPING, DEVICE_SETUP):
        made = 0
        i = 0
        while made < PER_TOPIC:
            maker = makers[i % len(makers)]
            i += 1
            for _ in range(20):
                s = maker(rng)
                key = _render_prompt(s).lower()
                if key not in seen:
                    seen.add(key)
                    out.append(s)
                    made += 1
                    break
    return out
