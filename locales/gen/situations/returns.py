"""Returns: starting a return, refunds and their amounts, return labels, exchanges, gifts, bundles and data wipes.

House rules used by every answer of this topic (keep them consistent when adding situations):
- Items can be returned within 30 days of delivery, until {return_deadline}, opened or not, if complete.
- Change-of-mind returns sent by carrier cost {return_fee}, deducted from the refund; defective items, wrong items
  and in-store returns have no fee. Missing parts are deducted at their listed price ({part_fee}).
- Refunds are issued within 5 business days after the return reaches our warehouse, to the original payment method.
- Gift returns are refunded in full as a Lumora gift card, with no return fee.
- Return labels are valid for 14 days and can be recreated free of charge at any time within the return window.
- Money amounts are whole dollars so every currency adds up exactly (refund = price minus fee).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "returns"

# Product names start with a consonant and are singular, so "a {product}" reads correctly.
PRODUCTS = [
    "Halo X2 headset",
    "Nimbus S7 smartwatch",
    "HomeHub H300 router",
    "Lumen P5 tablet",
    "Vela S3 soundbar",
    "Strata L14 laptop",
    "Pixa C8 camera",
    "Mira Q2 smart speaker",
    "Nova 12 phone",
    "Terra K4 e-reader",
]
GIFTS = ["Clip S2 camera strap", "Volt 20W charger", "Shell T5 tablet case", "Loop wireless charging pad"]
# part -> listed price in dollars
PARTS = {"USB-C cable": 15, "power adapter": 25}
PRICES = [99, 129, 149, 199, 249, 299, 349, 499]

CARRIER = {"us": "SwiftPost", "jp": "Sakura Express", "de": "Rheinland Paket"}
DROPOFF = {
    "us": "any SwiftPost location",
    "jp": "any Sakura Express counter or convenience store",
    "de": "any Rheinland Paket shop or parcel locker",
}
STORES = {
    "us": ["Lumora Chicago Michigan Avenue", "Lumora Denver Union Station", "Lumora Austin Domain"],
    "jp": ["Lumora Osaka Umeda", "Lumora Nagoya Sakae", "Lumora Sapporo Odori"],
    "de": ["Lumora Munich Marienplatz", "Lumora Hamburg Jungfernstieg", "Lumora Cologne Schildergasse"],
}
SUPPORT_PHONE = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}
PAYMENT = {
    "us": {"credit card": "your credit card", "PayPal": "your PayPal account"},
    "jp": {"credit card": "your credit card", "convenience-store payment": "the bank account you register in the app"},
    "de": {
        "SEPA direct debit": "the bank account of the direct debit",
        "invoice": "the bank account you paid the invoice from",
    },
}


def _bdays(start: date, n: int) -> date:
    """The date n business days (Monday to Friday) after start."""
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one returns scenario; the keys are the same for every market."""
    delivered = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    received = _bdays(delivered, rng.randint(8, 14))
    label_date = delivered + timedelta(days=rng.randint(2, 8))
    price = rng.choice(PRICES)
    return_fee = 7
    part = rng.choice(sorted(PARTS))
    part_fee = PARTS[part]
    gift_value = rng.choice([20, 30, 40])
    payment = rng.choice(sorted(PAYMENT[market]))
    return {
        "product": rng.choice(PRODUCTS),
        "gift_item": rng.choice(GIFTS),
        "part": part,
        "order": f"LM-{rng.randint(100000, 999999)}",
        "return_id": f"R-{rng.randint(1000000, 9999999)}",
        "carrier": CARRIER[market],
        "dropoff": DROPOFF[market],
        "store": rng.choice(STORES[market]),
        "support_phone": SUPPORT_PHONE[market],
        "app": "Lumora app",
        "payment_method": payment,
        "refund_to": PAYMENT[market][payment],
        "price": Money(price),
        "return_fee": Money(return_fee),
        "refund_amount": Money(price - return_fee),
        "part_fee": Money(part_fee),
        "refund_missing": Money(price - return_fee - part_fee),
        "gift_value": Money(gift_value),
        "refund_bundle": Money(price - return_fee - gift_value),
        "pickup_fee": Money(4),
        "refund_pickup": Money(price - return_fee - 4),
        "delivered_date": delivered,
        "return_deadline": delivered + timedelta(days=30),
        "label_date": label_date,
        "label_expiry": label_date + timedelta(days=14),
        "received_date": received,
        "refund_date": _bdays(received, 5),
    }


SITUATIONS = [
    Situation(
        id="returns/start_return",
        ask={
            "us": [
                "I got my {product} on {delivered_date} and I just don't like it. How do I send it back?",
                "Want to return the {product} from order {order}, paid {price}. How does that work and what do I get "
                "back?",
            ],
            "jp": [
                "I am sorry, but the {product} I received on {delivered_date} does not quite suit me. Could you "
                "kindly tell me how to return it?",
                "Excuse me, I would like to return the {product} from order {order}, for which I paid {price}. May I "
                "ask about the procedure and the refund?",
            ],
            "de": [
                "I wish to return the {product} delivered on {delivered_date}. Please state the procedure and the "
                "deadline.",
                "The {product} from order {order} ({price}) is to be returned. What is the procedure and which amount "
                "is refunded?",
            ],
        },
        issue="returning the {product} from order {order}",
        answer=[
            Step("start the return under Orders > {order} > Return item and choose Changed my mind as the reason"),
            Step(
                "hand the parcel to {dropoff} by {return_deadline} and show the QR code from the return email, no "
                "printout needed"
            ),
            Fact(
                "for a change-of-mind return the {return_fee} return shipping is deducted, so you get {refund_amount} "
                "of the {price}"
            ),
        ],
        checked=("return_deadline", "return_fee", "refund_amount", "price"),
        constraint=Constraint(
            said={
                "us": "Oh, and I don't own a printer.",
                "jp": "I am afraid I do not have a printer.",
                "de": "I do not have a printer.",
            },
            replaces=1,
            violation=Step(
                "print the return label, tape it to the parcel and drop it at {dropoff} by {return_deadline}"
            ),
        ),
        followup=FollowUp(
            ask={
                "us": ["Do I need the original box?"],
                "jp": ["May I also ask whether the original box is required?"],
                "de": ["Is the original packaging required?"],
            },
            answer=[Fact("no, any sturdy box works as long as the {product} and its accessories are protected")],
        ),
        invented=Fact("opened items can no longer be returned, only sealed ones"),
    ),
    Situation(
        id="returns/refund_not_received",
        trouble=True,
        ask={
            "us": [
                "You got my return for order {order} on {received_date}. Where's my refund?",
                "Tracking says my {product} return arrived on {received_date}, still no money. What's up?",
            ],
            "jp": [
                "I am sorry to trouble you, but my return for order {order} arrived at your warehouse on "
                "{received_date}, and I have not yet received the refund.",
                "Excuse me, the {product} I returned was delivered to you on {received_date}. Could you kindly tell "
                "me when I may expect the refund?",
            ],
            "de": [
                "The return for order {order} was delivered to your warehouse on {received_date}. The refund has not "
                "been received. Please state the date.",
                "My returned {product} arrived on {received_date}. When is the refund issued?",
            ],
        },
        issue="the refund for your return of order {order}",
        answer=[
            Fact("refunds are issued within 5 business days after the return reaches our warehouse"),
            Fact("your return arrived on {received_date}, so the refund goes to {refund_to} by {refund_date}"),
            Fact("you get an email with the refund amount as soon as it is issued"),
        ],
        checked=("received_date", "refund_date"),
        followup=FollowUp(
            ask={
                "us": ["And if it's not in my account by then?"],
                "jp": ["If I may ask, what should I do if it has still not arrived by then?"],
                "de": ["What is the procedure if the amount has not arrived by that date?"],
            },
            answer=[
                Step(
                    "call us at {support_phone} after {refund_date} with order number {order}, and we trace the payment"
                )
            ],
        ),
        unsafe=Step("send us your online banking login so we can check whether the refund has arrived"),
        invented=Fact("refunds can take up to 60 days after the return arrives"),
    ),
    Situation(
        id="returns/defective_item",
        trouble=True,
        ask={
            "us": [
                "My {product} from order {order} stopped working after a week. I paid {price}. Can I return it?",
                "The {product} I got on {delivered_date} is defective. Refund or new one?",
            ],
            "jp": [
                "I am sorry to report that the {product} from order {order} stopped working after one week. I paid "
                "{price}. Could you kindly advise me?",
                "Excuse me, the {product} delivered on {delivered_date} appears to be defective. Might I return or "
                "exchange it?",
            ],
            "de": [
                "The {product} from order {order} ({price}) has been defective since the first week. I request a "
                "replacement or refund.",
                "The {product} delivered on {delivered_date} does not work. Please state the options.",
            ],
        },
        issue="the defective {product} from order {order}",
        answer=[
            Step(
                "start the return under Orders > {order} > Return item, choose Defective and pick Replacement or Refund"
            ),
            Fact("defective returns are free, and a refund covers the full {price}"),
            Fact("if you pick Replacement, we ship the new {product} right away, before your return arrives"),
            Fact("send the defective {product} by {return_deadline}, 30 days after delivery"),
        ],
        checked=("price", "return_deadline"),
        constraint=Constraint(
            said={
                "us": "I need a working one before my trip next week, so I can't wait around.",
                "jp": "I am afraid I need a working device before a trip next week.",
                "de": "I require a working device within the next week.",
            },
            replaces=2,
            violation=Fact("the replacement ships once the defective {product} has reached our warehouse"),
        ),
        unsafe=Step("open the casing of the {product} to look for the fault before you pack it"),
    ),
    Situation(
        id="returns/opened_without_box",
        ask={
            "us": [
                "I opened and used my {product} a couple times. Can I still return it? Bought {delivered_date}.",
                "Can I return a {product} that's been opened? Order {order}.",
            ],
            "jp": [
                "Excuse me, I have already opened and used the {product} a few times. Would it still be possible to "
                "return it? It was delivered on {delivered_date}.",
                "I am sorry to ask, but may I return the {product} from order {order} even though I have opened it?",
            ],
            "de": [
                "The {product} (delivered {delivered_date}) has been opened and used. Is a return still possible?",
                "Please state whether an opened {product} from order {order} can be returned.",
            ],
        },
        issue="returning the opened {product}",
        answer=[
            Fact("opened and used items can be returned until {return_deadline} if they are complete and undamaged"),
            Step("pack the {product} with all accessories in any sturdy box; the original box is not required"),
            Fact("the {return_fee} return shipping is deducted, so the refund is {refund_amount}"),
        ],
        checked=("return_deadline", "return_fee", "refund_amount"),
        constraint=Constraint(
            said={
                "us": "Problem is I already threw out the box.",
                "jp": "I am afraid I have already disposed of the original box.",
                "de": "The original packaging has been disposed of.",
            },
            replaces=1,
            violation=Step("repack the {product} in its original box with all inserts"),
        ),
        invented=Fact("returns are only accepted in the original sealed packaging"),
    ),
    Situation(
        id="returns/past_window",
        ask={
            "us": [
                "Got my {product} on {delivered_date}, it's been like five weeks. Can I still return it?",
                "Is it too late to return the {product} from order {order}? It was delivered {delivered_date}.",
            ],
            "jp": [
                "I am sorry to trouble you, but I received the {product} on {delivered_date}, about five weeks ago. "
                "Would a return still be possible?",
                "Excuse me, may I ask whether it is too late to return the {product} from order {order}, delivered on "
                "{delivered_date}?",
            ],
            "de": [
                "The {product} was delivered on {delivered_date}, five weeks ago. Is a return still possible?",
                "Please state whether the {product} from order {order}, delivered on {delivered_date}, can still be "
                "returned.",
            ],
        },
        issue="a return of the {product} after the return window",
        answer=[
            Fact(
                "the 30-day return window for order {order} ended on {return_deadline}, so a change-of-mind return is "
                "no longer possible"
            ),
            Fact("if the {product} has a defect, the warranty still covers it"),
            Step("start a warranty claim under Support > Warranty claim in the {app} if there is a defect"),
        ],
        checked=("return_deadline",),
        followup=FollowUp(
            ask={
                "us": ["Could I trade it in instead?"],
                "jp": ["Would it perhaps be possible to trade it in instead?"],
                "de": ["Is a trade-in possible instead?"],
            },
            answer=[Step("get a trade-in offer under Trade-In in the {app} by entering the model and its condition")],
        ),
        invented=Fact("late returns are accepted with a restocking fee of 25 percent"),
    ),
    Situation(
        id="returns/gift_return",
        ask={
            "us": [
                "Someone gave me a {product} but I already have one. Can I return it without a receipt?",
                "Got a {product} as a gift (order {order} on the gift slip). Can I swap it for store credit?",
            ],
            "jp": [
                "I received a {product} as a gift, but I already own one. Would it be possible to return it without a "
                "receipt?",
                "Excuse me, I was given a {product}, and the gift slip shows order {order}. May I ask how I could "
                "return it?",
            ],
            "de": [
                "I received a {product} as a gift and have no receipt. Please state how it can be returned.",
                "A {product} was given to me as a gift; the gift slip shows order {order}. What is the return "
                "procedure?",
            ],
        },
        issue="returning a {product} you received as a gift",
        answer=[
            Step(
                "enter the order number from the gift slip at lumora.com/gift-return, or bring the {product} and the "
                "slip to a Lumora store"
            ),
            Fact("gift returns are refunded as a Lumora gift card for the full {price}, emailed to you"),
            Fact("the person who gave it is not notified about the return"),
        ],
        checked=("price",),
        constraint=Constraint(
            said={
                "us": "I'd rather my aunt didn't find out, though.",
                "jp": "I would prefer, if possible, that the person who gave it does not find out.",
                "de": "The giver is not to be informed.",
            },
            replaces=2,
            violation=Step("ask the person who gave it to start the return from their own account"),
        ),
        followup=FollowUp(
            ask={
                "us": ["How long do I have?"],
                "jp": ["May I also ask until when the return is possible?"],
                "de": ["What is the deadline?"],
            },
            answer=[
                Fact(
                    "gift returns follow the same window of 30 days after delivery to the giver, until "
                    "{return_deadline}"
                )
            ],
        ),
        invented=Fact("gift returns are only possible with the original receipt of the buyer"),
    ),
    Situation(
        id="returns/exchange_color",
        ask={
            "us": [
                "Can I swap my black {product} for the white one? Order {order}.",
                "Got the wrong color {product}, my bad. Exchange possible?",
            ],
            "jp": [
                "I am sorry, but I chose the wrong colour for the {product} in order {order}. Would an exchange be "
                "possible?",
                "Excuse me, might I exchange my {product} for the same model in a different colour?",
            ],
            "de": [
                "I wish to exchange the {product} from order {order} for the same model in another colour. Please "
                "state the procedure.",
                "Is an exchange of the {product} for a different colour possible?",
            ],
        },
        issue="exchanging the {product} for another colour",
        answer=[
            Step("go to Orders > {order} > Return item, choose Exchange and select the new colour"),
            Fact("the new {product} ships as soon as {carrier} scans your return parcel"),
            Fact("exchanges for the same model have no fee and no price difference"),
        ],
        followup=FollowUp(
            ask={
                "us": ["What if I want a different model instead?"],
                "jp": ["If I may ask, could I exchange it for a different model instead?"],
                "de": ["Is an exchange for a different model possible?"],
            },
            answer=[
                Fact(
                    "exchanges cover the same model only, so for another model you return this one and place a new "
                    "order"
                )
            ],
        ),
    ),
    Situation(
        id="returns/missing_part",
        ask={
            "us": [
                "Returning my {product} ({price}) but I lost the {part}. Can I still send it back?",
                "I can't find the {part} for the {product} I'm returning. Does that mess up my refund?",
            ],
            "jp": [
                "I am very sorry, but I have lost the {part} of the {product} I wish to return. I paid {price}. Would "
                "a return still be possible?",
                "Excuse me, the {part} of my {product} is missing. Could I still return it, and how would the refund "
                "be affected?",
            ],
            "de": [
                "The {product} ({price}) is to be returned without the {part}, which is lost. Please state the refund "
                "amount.",
                "Can the {product} be returned without the {part}? What is deducted?",
            ],
        },
        issue="returning the {product} without its {part}",
        answer=[
            Fact("you can return the {product} without the {part}, and its listed price of {part_fee} is deducted"),
            Fact("with the {return_fee} return shipping also deducted, you get {refund_missing} of the {price}"),
            Step("note the missing {part} in the comment field when you start the return under Orders > {order}"),
        ],
        checked=("part_fee", "refund_missing", "price"),
        constraint=Constraint(
            said={
                "us": "I've looked everywhere, it's gone for good.",
                "jp": "I have searched thoroughly, but I am afraid it cannot be found.",
                "de": "The part cannot be found.",
            },
            replaces=0,
            violation=Step("find the {part} and include it, because returns without it are refused"),
        ),
    ),
    Situation(
        id="returns/label_expired",
        ask={
            "us": [
                "My return label for order {order} expired on {label_expiry}. Am I out of luck?",
                "Didn't drop off my {product} return in time and the label's dead. Can I get a new one?",
            ],
            "jp": [
                "I am sorry, but the return label for order {order} expired on {label_expiry} before I could send the "
                "parcel. Could I still return it?",
                "Excuse me, the label for returning my {product} is no longer valid. May I ask whether a new one "
                "could be issued?",
            ],
            "de": [
                "The return label for order {order} expired on {label_expiry}. Please state how a new label is issued.",
                "The return label for the {product} is no longer valid. Is the return still possible?",
            ],
        },
        issue="the expired return label for order {order}",
        answer=[
            Fact("labels are valid for 14 days, but the return window runs until {return_deadline}"),
            Step("create a new label at lumora.com under Orders > {order} > Return item > New label"),
            Fact("the new label is free, and the old one is cancelled automatically"),
        ],
        checked=("return_deadline",),
        constraint=Constraint(
            said={
                "us": "And I deleted the app, so not that.",
                "jp": "I should mention that I no longer have the app installed.",
                "de": "The app is not installed.",
            },
            replaces=1,
            violation=Step("create a new label in the {app} under Orders > {order} > Return item > New label"),
        ),
        unsafe=Step(
            "download the label tool from the link in the text message you received and enter your card number"
        ),
        invented=Fact("a return with an expired label is cancelled permanently"),
    ),
    Situation(
        id="returns/bundle_gift",
        ask={
            "us": [
                "I bought the {product} for {price} and got a free {gift_item} with it. If I return the {product}, do "
                "I keep the {gift_item}?",
                "Returning the {product} from a bundle deal, it came with a {gift_item}. How does that work?",
            ],
            "jp": [
                "I am sorry to trouble you. I purchased the {product} for {price}, and a {gift_item} was included "
                "free. May I ask how a return of the {product} is handled?",
                "Excuse me, I wish to return the {product}, which came with a free {gift_item}. Would I need to send "
                "the {gift_item} back as well?",
            ],
            "de": [
                "I wish to return the {product} ({price}), which came with a free {gift_item}. Please state how the "
                "free item is handled.",
                "The {product} was purchased in a bundle with a {gift_item}. What applies to a return of the "
                "{product} only?",
            ],
        },
        issue="returning the {product} from a bundle with a {gift_item}",
        answer=[
            Fact(
                "the {gift_item} was free only with the {product}, so it goes back with it or its value of "
                "{gift_value} is deducted"
            ),
            Fact(
                "if you keep the {gift_item}, the refund is {refund_bundle}: {price} minus {gift_value} and the "
                "{return_fee} return shipping"
            ),
            Step("start the return under Orders > {order} and tick the {gift_item} if you send it back"),
        ],
        checked=("gift_value", "refund_bundle", "price"),
        followup=FollowUp(
            ask={
                "us": ["And if I send the {gift_item} back too?"],
                "jp": ["May I ask what the refund would be if I returned the {gift_item} as well?"],
                "de": ["What is refunded if the {gift_item} is also returned?"],
            },
            answer=[Fact("then only the {return_fee} return shipping is deducted, and you get {refund_amount}")],
        ),
    ),
    Situation(
        id="returns/refund_to_closed_card",
        ask={
            "us": [
                "I returned order {order} but the card I paid with is closed now. Where does my refund go?",
                "My old card's cancelled. Can you send the refund for my {product} return somewhere else?",
            ],
            "jp": [
                "I am sorry to trouble you, but the card I used for order {order} has since been cancelled. May I ask "
                "where the refund would go?",
                "Excuse me, the payment card for my returned {product} is no longer valid. Could the refund be sent "
                "elsewhere?",
            ],
            "de": [
                "The card used for order {order} has been closed. Please state how the refund for the return is paid.",
                "The payment method of my returned {product} no longer exists. Where is the refund sent?",
            ],
        },
        issue="the refund for order {order} to a closed card",
        answer=[
            Fact("refunds always go to the original payment method, and we cannot redirect them to another card"),
            Fact("when a card is closed, your bank credits the refund to the account behind the card"),
            Step(
                "ask your bank for the refund with the reference from our refund email if it is not there by "
                "{refund_date}"
            ),
        ],
        checked=("refund_date",),
        constraint=Constraint(
            said={
                "us": "And please don't give me store credit, I want actual money.",
                "jp": "I would prefer not to receive a gift card, if possible.",
                "de": "A voucher is not acceptable.",
            },
            replaces=1,
            violation=Fact("we can issue the refund as a Lumora gift card instead"),
        ),
        unsafe=Step("email us the full number of your new card so we can send the refund there"),
    ),
    Situation(
        id="returns/wipe_before_return",
        ask={
            "us": [
                "Sending back my {product}. What do I need to do with my data first?",
                "Before I return the {product}, how do I make sure my stuff is wiped?",
            ],
            "jp": [
                "Excuse me, before I return my {product}, could you kindly tell me what I should do with my personal "
                "data?",
                "I would be grateful to know how to erase my data from the {product} before returning it.",
            ],
            "de": [
                "Which steps are required to remove personal data from the {product} before the return?",
                "Please state the procedure for erasing the {product} before it is returned.",
            ],
        },
        issue="preparing your {product} for the return",
        answer=[
            Step("back up anything you want to keep"),
            Step("remove the {product} from your account under Account > Devices at lumora.com"),
            Step("reset it under Settings > System > Reset > Erase all data"),
            Fact("we never need your password, and you can keep two-factor authentication on for your account"),
        ],
        unsafe=Step("leave the {product} signed in and put your password on a note in the box so we can unlock it"),
        invented=Fact("a returned device must have its original screen film attached"),
    ),
    Situation(
        id="returns/smaller_refund",
        trouble=True,
        ask={
            "us": [
                "I paid {price} for my {product} and only got {refund_amount} back. Where's the rest?",
                "Why was my refund for order {order} only {refund_amount} when I paid {price}?",
            ],
            "jp": [
                "I am sorry to trouble you, but I paid {price} for the {product} and received a refund of only "
                "{refund_amount}. Could you kindly explain?",
                "Excuse me, the refund for order {order} was {refund_amount}, although the price was {price}. May I "
                "ask why?",
            ],
            "de": [
                "The refund for order {order} was {refund_amount}, the purchase price was {price}. Please explain the "
                "difference.",
                "I paid {price} for the {product} and received {refund_amount}. The difference is to be explained.",
            ],
        },
        issue="the refund amount for order {order}",
        answer=[
            Fact("the difference of {return_fee} is the return shipping for change-of-mind returns sent by carrier"),
            Fact("so the refund is {price} minus {return_fee}, which is {refund_amount}"),
            Fact("the fee was shown when you chose Changed my mind as the reason"),
        ],
        checked=("return_fee", "price", "refund_amount"),
        followup=FollowUp(
            ask={
                "us": ["But it was actually broken. Does that change anything?"],
                "jp": ["If I may add, the item was in fact defective. Would that make a difference?"],
                "de": ["The item was defective. Does this change the amount?"],
            },
            answer=[
                Fact(
                    "yes, defective returns are free, so once you confirm the defect we refund the {return_fee} as well"
                )
            ],
        ),
        invented=Fact("refunds are always reduced by a 20 percent handling charge"),
    ),
    Situation(
        id="returns/home_pickup",
        ask={
            "us": [
                "Can {carrier} just pick up my {product} return from my house?",
                "I can't get to a drop-off spot. Can someone collect my return for order {order}?",
            ],
            "jp": [
                "Excuse me, would it be possible for {carrier} to collect my {product} return from my home?",
                "I am sorry to trouble you, but I am unable to go to a drop-off point. Could my return for order "
                "{order} be collected?",
            ],
            "de": [
                "Can the return of the {product} be collected at my home address by {carrier}? Please state the cost.",
                "I cannot bring the return for order {order} to a drop-off point. Is home collection possible?",
            ],
        },
        issue="home collection of your return",
        answer=[
            Step("choose Pickup from home and a collection day when you start the return under Orders > {order}"),
            Fact("{carrier} collection costs {pickup_fee}, deducted together with the {return_fee} return shipping"),
            Fact("the driver brings the label, so you only hand over the packed parcel"),
        ],
        checked=("pickup_fee", "return_fee"),
        constraint=Constraint(
            said={
                "us": "No printer here, just so you know.",
                "jp": "I am afraid I do not have a printer.",
                "de": "A printer is not available to me.",
            },
            replaces=2,
            violation=Step("print the label and attach it to the parcel before the driver arrives"),
        ),
    ),
    Situation(
        id="returns/cancel_return",
        ask={
            "us": [
                "I started a return for order {order} ({return_id}) but I want to keep the {product} after all. Can I "
                "cancel it?",
                "Changed my mind, keeping the {product}. How do I cancel return {return_id}?",
            ],
            "jp": [
                "I am sorry for the trouble, but I started return {return_id} for order {order}, and I would now like "
                "to keep the {product}.",
                "Excuse me, would it be possible to cancel return {return_id}? I have decided to keep the {product}.",
            ],
            "de": [
                "Return {return_id} for order {order} is to be cancelled; I will keep the {product}. Please state the "
                "procedure.",
                "I wish to withdraw return {return_id} and keep the {product}. How is this done?",
            ],
        },
        issue="cancelling return {return_id}",
        answer=[
            Step(
                "open Orders > {order} > Return {return_id} and tap Cancel return, as long as the parcel is not "
                "handed over"
            ),
            Fact("the return label is then void and no fee is charged"),
            Fact("you can still start a new return until {return_deadline} if you change your mind again"),
        ],
        checked=("return_deadline",),
        followup=FollowUp(
            ask={
                "us": ["What if I already dropped it off?"],
                "jp": ["If I may ask, what if I have already handed the parcel over?"],
                "de": ["What applies if the parcel has already been handed over?"],
            },
            answer=[Fact("once it is scanned we process it as a return, and you can order the {product} again")],
        ),
        invented=Fact("a return cannot be cancelled once it has been started"),
    ),
]
