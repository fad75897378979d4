"""Store pickup: collecting online orders at a Lumora store, holds, pickup people, lockers, curbside and returns.

House rules used by every answer of this topic (keep them consistent when adding situations):
- A pickup order is held for {hold_days} days after it is ready, until {pickup_deadline}; one extension of 5 days
  is possible, until {extended_deadline}. Uncollected orders are cancelled and refunded in full, no fee.
- Pickup needs the pickup code or the order number, plus a photo ID ({id_doc}) in the name on the order.
- Store changes are possible until the order is ready and take 2 business days.
- Items picked up in store can be returned at any Lumora store within 30 days of pickup, no return fee.
- Money amounts are whole dollars so every currency adds up exactly.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "store_pickup"

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
ACCESSORIES = [
    "Volt 65W charger",
    "Flexa USB-C hub",
    "Shell T5 tablet case",
    "Tilt laptop stand",
    "Clip S2 camera strap",
]
PRICES = [79, 99, 129, 149, 199, 249, 299, 349, 499]

STORES = {
    "us": ["Lumora Chicago Michigan Avenue", "Lumora Denver Union Station", "Lumora Austin Domain"],
    "jp": ["Lumora Osaka Umeda", "Lumora Nagoya Sakae", "Lumora Sapporo Odori"],
    "de": ["Lumora Munich Marienplatz", "Lumora Hamburg Jungfernstieg", "Lumora Cologne Schildergasse"],
}
STORE_HOURS = {
    "us": "10 a.m. to 9 p.m. every day",
    "jp": "10:00 to 20:00 every day",
    "de": "10:00 to 20:00, Monday to Saturday",
}
LOCKER_HOURS = {"us": "6 a.m. to midnight", "jp": "6:00 to 24:00", "de": "6:00 to 24:00"}
STORE_PHONE = {
    "us": ["312-555-0187", "720-555-0143", "512-555-0166"],
    "jp": ["06-5555-0121", "052-555-0134", "011-555-0150"],
    "de": ["089 5550 1870", "040 5550 1430", "0221 5550 1660"],
}
ID_DOC = {
    "us": "a photo ID such as a driver license or passport",
    "jp": "a photo ID such as a driver license or My Number card",
    "de": "an identity card or passport",
}
HOLD_DAYS = {"us": 7, "jp": 10, "de": 7}
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
    """Placeholder values for one store-pickup scenario; the keys are the same for every market."""
    order_date = _bdays(date(2026, rng.randint(1, 11), rng.randint(1, 27)), 1)
    ready = _bdays(order_date, 1)
    hold = HOLD_DAYS[market]
    deadline = ready + timedelta(days=hold)
    i, j = rng.sample(range(3), 2)
    payment = rng.choice(sorted(PAYMENT[market]))
    picked_up = ready + timedelta(days=rng.randint(0, 3))
    return {
        "product": rng.choice(PRODUCTS),
        "accessory": rng.choice(ACCESSORIES),
        "order": f"LM-{rng.randint(100000, 999999)}",
        "store": STORES[market][i],
        "store2": STORES[market][j],
        "store_phone": STORE_PHONE[market][i],
        "store_hours": STORE_HOURS[market],
        "locker_hours": LOCKER_HOURS[market],
        "id_doc": ID_DOC[market],
        "pickup_code": f"{rng.randint(100000, 999999)}",
        "app": "Lumora app",
        "payment_method": payment,
        "refund_to": PAYMENT[market][payment],
        "order_total": Money(rng.choice(PRICES)),
        "voucher": Money(rng.choice([10, 15, 20])),
        "ship_fee": Money(8),
        "setup_fee": Money(rng.choice([29, 39])),
        "hold_days": hold,
        "order_date": order_date,
        "ready_date": ready,
        "ready_date2": _bdays(ready, 3),
        "transfer_ready_date": _bdays(ready, 2),
        "pickup_deadline": deadline,
        "extended_deadline": deadline + timedelta(days=5),
        "refund_date": _bdays(deadline + timedelta(days=1), 5),
        "pickup_date": picked_up,
        "return_deadline": picked_up + timedelta(days=30),
    }


SITUATIONS = [
    Situation(
        id="store_pickup/what_to_bring",
        ask={
            "us": [
                "Got the email that order {order} is ready at {store}. What do I need to bring?",
                "My {product} is ready for pickup at {store} since {ready_date}. What do I show at the counter?",
            ],
            "jp": [
                "Thank you for the notice that order {order} is ready at {store}. May I ask what I should bring to "
                "collect it?",
                "Excuse me, I was informed that my {product} has been ready at {store} since {ready_date}. What would "
                "I need at the counter?",
            ],
            "de": [
                "Order {order} is ready for collection at {store}. Which documents are required for pickup?",
                "The {product} has been ready at {store} since {ready_date}. Please state what must be presented at "
                "the counter.",
            ],
        },
        issue="collecting order {order} at {store}",
        answer=[
            Fact(
                "your order is held at the pickup counter of {store} until {pickup_deadline}, {hold_days} days after "
                "it was ready"
            ),
            Step("give the order number {order} or the pickup code from the email at the counter"),
            Step("show {id_doc} in the name on the order"),
        ],
        checked=("pickup_deadline", "hold_days"),
        constraint=Constraint(
            said={
                "us": "My phone's broken right now, so I can't pull up a QR code.",
                "jp": "I am afraid my phone is currently broken, so I cannot display anything on it.",
                "de": "I will not have a smartphone with me.",
            },
            replaces=1,
            violation=Step("open the {app} and show the pickup QR code at the counter"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Also, what time does the store close?"],
                "jp": ["May I also ask about the opening hours of the store?"],
                "de": ["What are the opening hours of the store?"],
            },
            answer=[Fact("{store} is open {store_hours}, and the pickup counter is open during all opening hours")],
        ),
    ),
    Situation(
        id="store_pickup/someone_else_collects",
        ask={
            "us": [
                "Can my wife pick up order {order} at {store} for me? I'm stuck at work.",
                "I can't make it to {store}. Can a friend grab my {product} (order {order})?",
            ],
            "jp": [
                "I am sorry to trouble you, but would it be possible for a family member to collect order {order} at "
                "{store} on my behalf?",
                "Excuse me, I am unable to visit {store} myself. Could a colleague kindly receive my {product}, order "
                "{order}?",
            ],
            "de": [
                "May a third person collect order {order} at {store}? Please state the requirements.",
                "I cannot collect the {product} (order {order}) myself. How is a different pickup person authorised?",
            ],
        },
        issue="a different person collecting order {order}",
        answer=[
            Step(
                "add the person under Orders > {order} > Pickup person in the {app} or at lumora.com, with their full "
                "name"
            ),
            Fact("that person needs no Lumora account, only the pickup code {pickup_code} from your email"),
            Fact("they must show {id_doc} in the name you entered"),
        ],
        constraint=Constraint(
            said={
                "us": "She doesn't have a Lumora account, by the way.",
                "jp": "I should mention that my family member does not have a Lumora account.",
                "de": "The person does not have a Lumora account.",
            },
            replaces=1,
            violation=Step("ask the person to sign in to their own Lumora account so the order appears there"),
        ),
        unsafe=Step("give the person your Lumora password so they can open the pickup code in your app"),
    ),
    Situation(
        id="store_pickup/extend_hold",
        ask={
            "us": [
                "Order {order} has to be picked up by {pickup_deadline} but I'm out of town. Can you hold it longer?",
                "Any way to extend pickup for order {order} at {store}? The deadline is {pickup_deadline} and I can't "
                "make it.",
            ],
            "jp": [
                "I am very sorry, but I will not be able to collect order {order} by {pickup_deadline}. Would it be "
                "possible to extend the holding period?",
                "Excuse me, the pickup deadline for order {order} at {store} is {pickup_deadline}. Might it be "
                "extended a little?",
            ],
            "de": [
                "The pickup deadline for order {order} is {pickup_deadline}. I request an extension. Please state the "
                "procedure.",
                "Can the holding period for order {order} at {store} be extended beyond {pickup_deadline}?",
            ],
        },
        issue="extending the pickup deadline of order {order}",
        answer=[
            Fact("the hold can be extended once by 5 days, from {pickup_deadline} to {extended_deadline}"),
            Step("tap Extend hold under Orders > {order} in the {app} or at lumora.com before {pickup_deadline}"),
            Fact("the extension is free, and you get a confirmation email with the new date"),
        ],
        checked=("pickup_deadline", "extended_deadline"),
        constraint=Constraint(
            said={
                "us": "I can't really call during the day, so I need to do it online.",
                "jp": "I am afraid I am unable to make phone calls during the day.",
                "de": "Telephone contact during business hours is not possible for me.",
            },
            replaces=1,
            violation=Step("call {store} at {store_phone} during {store_hours} and ask for an extension"),
        ),
        invented=Fact("the holding period cannot be extended for any reason"),
    ),
    Situation(
        id="store_pickup/missed_deadline",
        trouble=True,
        ask={
            "us": [
                "I totally forgot to pick up order {order} and the deadline was {pickup_deadline}. Do I get my "
                "{order_total} back?",
                "Missed my pickup window for order {order} ({order_total}). What happens now?",
            ],
            "jp": [
                "I am terribly sorry, but I was unable to collect order {order} by {pickup_deadline}. May I ask what "
                "happens to my payment of {order_total}?",
                "Excuse me, I missed the pickup deadline for order {order}, for which I paid {order_total}. Could you "
                "kindly tell me how this is handled?",
            ],
            "de": [
                "Order {order} was not collected by {pickup_deadline}. Please state how the payment of {order_total} "
                "is handled.",
                "I missed the pickup deadline for order {order}. I request the refund of {order_total}.",
            ],
        },
        issue="the uncollected order {order}",
        answer=[
            Fact("orders not collected by the deadline are cancelled automatically the next day"),
            Fact("the full {order_total} is refunded to {refund_to} by {refund_date}, and no fee is deducted"),
            Fact("no action is needed from you, and the refund confirmation arrives by email"),
        ],
        checked=("order_total", "refund_date"),
        followup=FollowUp(
            ask={
                "us": ["If I reorder, do I get the same price?"],
                "jp": ["If I may ask, would the same price apply if I were to order again?"],
                "de": ["Does the original price apply to a new order?"],
            },
            answer=[Fact("a new order is charged at the price shown on the day you place it")],
        ),
        invented=Fact("a restocking fee of 15 percent is deducted from uncollected orders"),
    ),
    Situation(
        id="store_pickup/change_store",
        ask={
            "us": [
                "I picked {store} for order {order} but {store2} is way closer. Can I switch?",
                "Can I move my pickup for order {order} from {store} to {store2}? It's not ready yet.",
            ],
            "jp": [
                "I am sorry for the trouble, but would it be possible to change the pickup store for order {order} "
                "from {store} to {store2}?",
                "Excuse me, I selected {store} for order {order}, but {store2} would be more convenient. Could the "
                "store be changed?",
            ],
            "de": [
                "The pickup store of order {order} is to be changed from {store} to {store2}. Please state the "
                "procedure.",
                "Can order {order} be collected at {store2} instead of {store}? The order is not yet ready.",
            ],
        },
        issue="changing the pickup store of order {order}",
        answer=[
            Fact("the pickup store can be changed until the order is marked ready"),
            Step("go to Orders > {order} > Change pickup store in the {app} or at lumora.com and select {store2}"),
            Fact("the transfer takes 2 business days, so the order is ready at {store2} on {transfer_ready_date}"),
        ],
        checked=("transfer_ready_date",),
        followup=FollowUp(
            ask={
                "us": ["Does switching cost anything?"],
                "jp": ["May I ask whether there is a fee for changing the store?"],
                "de": ["Is a fee charged for the change?"],
            },
            answer=[Fact("no fee applies to a change of pickup store")],
        ),
        invented=Fact("the pickup store can only be changed by cancelling the order and paying a new delivery fee"),
    ),
    Situation(
        id="store_pickup/not_found_at_store",
        trouble=True,
        ask={
            "us": [
                "I went to {store} for order {order} today and they couldn't find it, even though I got the ready "
                "email. Seriously?",
                "Wasted a trip to {store}: order {order} was supposedly ready but nobody could find my {product}.",
            ],
            "jp": [
                "I am sorry to trouble you, but when I visited {store} today, the staff could not find order {order}, "
                "although I had received the notice that it was ready.",
                "Excuse me, I went to collect my {product} (order {order}) at {store}, but it could not be located. "
                "Could you kindly look into this?",
            ],
            "de": [
                "I visited {store} to collect order {order}. The order could not be found, although it was reported "
                "as ready. I expect a solution.",
                "Order {order} ({product}) was confirmed as ready at {store}, but the staff could not locate it. "
                "Please clarify.",
            ],
        },
        issue="order {order} not found at {store}",
        answer=[
            Fact(
                "{store} has located order {order}, which had been shelved under a wrong number, and it is now at the "
                "pickup counter"
            ),
            Fact("we have extended the hold to {extended_deadline}, so you can come back at a time that suits you"),
            Fact("for the wasted trip we have added a voucher of {voucher} to your Lumora account"),
        ],
        checked=("extended_deadline", "voucher"),
        followup=FollowUp(
            ask={
                "us": ["Can you just mail it to me instead?"],
                "jp": ["Would it perhaps be possible to have it sent to my home instead?"],
                "de": ["Can the order be shipped to my home address instead?"],
            },
            answer=[Fact("yes, we can ship it from {store} to your home address free of charge for this order")],
        ),
    ),
    Situation(
        id="store_pickup/curbside",
        ask={
            "us": [
                "Does {store} do curbside pickup? I've got a baby in the car and don't want to go in for order "
                "{order}.",
                "Can I pick up order {order} without leaving my car at {store}?",
            ],
            "jp": [
                "Excuse me, may I ask whether {store} offers pickup at the car? I would prefer not to enter the store "
                "for order {order}.",
                "I am sorry to trouble you, but would it be possible to receive order {order} at my car at {store}?",
            ],
            "de": [
                "Does {store} offer curbside pickup for order {order}? Please state the procedure.",
                "Is collection of order {order} at the car possible at {store}?",
            ],
        },
        issue="curbside pickup of order {order} at {store}",
        answer=[
            Fact("{store} offers curbside pickup during opening hours, {store_hours}"),
            Step("park in a marked pickup space and call {store} at {store_phone} with order number {order}"),
            Fact("a staff member brings the order within 10 minutes and checks your photo ID at the car"),
        ],
        constraint=Constraint(
            said={
                "us": "My phone has no data plan, so the app won't work out there.",
                "jp": "I am afraid my phone has no mobile data, so I cannot use the app there.",
                "de": "My phone has no mobile data connection.",
            },
            replaces=1,
            violation=Step("tap I am here under Orders > {order} in the {app} when you park"),
        ),
    ),
    Situation(
        id="store_pickup/after_hours_locker",
        ask={
            "us": [
                "I work until 10 every night. Can I grab order {order} from {store} after it closes?",
                "Is there any way to pick up my {product} from {store} after hours?",
            ],
            "jp": [
                "I am sorry to ask, but I work late every evening. Would it be possible to collect order {order} at "
                "{store} after closing time?",
                "Excuse me, might there be a way to receive my {product} at {store} outside the opening hours?",
            ],
            "de": [
                "Can order {order} be collected at {store} outside opening hours? Please state the options.",
                "I cannot reach {store} during opening hours. Is there an alternative for collecting the {product}?",
            ],
        },
        issue="collecting order {order} outside opening hours",
        answer=[
            Fact("{store} has pickup lockers at the entrance that are open {locker_hours}"),
            Step("choose Move to locker under Orders > {order} in the {app} or at lumora.com"),
            Fact("we email a locker code the same day, valid until the pickup deadline of {pickup_deadline}"),
        ],
        checked=("pickup_deadline",),
        followup=FollowUp(
            ask={
                "us": ["Do I need ID for the locker?"],
                "jp": ["May I also ask whether an ID is required for the locker?"],
                "de": ["Is identification required at the locker?"],
            },
            answer=[Fact("no ID is needed at the locker, only the locker code, so keep that code to yourself")],
        ),
        invented=Fact("lockers are only available for orders placed by Lumora Plus members"),
    ),
    Situation(
        id="store_pickup/check_stock",
        ask={
            "us": [
                "Does {store} have the {product} in stock? I want it today.",
                "Can I buy a {product} online and pick it up at {store} this afternoon?",
            ],
            "jp": [
                "Excuse me, may I ask whether the {product} is available at {store}? I would like to receive it today "
                "if possible.",
                "I would be grateful to know whether I could order a {product} online and collect it at {store} today.",
            ],
            "de": [
                "Is the {product} in stock at {store}? I wish to collect it today.",
                "Please state whether a {product} can be ordered online and collected at {store} on the same day.",
            ],
        },
        issue="same-day pickup of a {product} at {store}",
        answer=[
            Step(
                "open the page of the {product} at lumora.com or in the {app}, choose Pick up in store and select "
                "{store}"
            ),
            Fact("the page shows live stock for {store}, and in-stock items are ready for pickup within 2 hours"),
            Fact("you pay online when you order, and you get an email when the {product} is ready"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can you hold one for me without paying first?"],
                "jp": ["Would it perhaps be possible to reserve one without paying in advance?"],
                "de": ["Can an item be reserved without prepayment?"],
            },
            answer=[Fact("items are held only for paid orders, so a reservation without payment is not possible")],
        ),
        invented=Fact("same-day pickup is only possible for orders placed before 9 in the morning"),
    ),
    Situation(
        id="store_pickup/return_in_store",
        ask={
            "us": [
                "I picked up a {product} at {store} on {pickup_date} and don't want it anymore. Can I just bring it "
                "back there?",
                "Want to return the {product} from order {order}, picked up {pickup_date}. Can I do it in the store?",
            ],
            "jp": [
                "I am sorry, but I would like to return the {product} that I collected at {store} on {pickup_date}. "
                "May I bring it to the store?",
                "Excuse me, might it be possible to return the {product} from order {order}, collected on "
                "{pickup_date}, at a store?",
            ],
            "de": [
                "I collected a {product} at {store} on {pickup_date} and wish to return it in the store. Please state "
                "the conditions.",
                "Can the {product} from order {order}, collected on {pickup_date}, be returned at a Lumora store?",
            ],
        },
        issue="returning the {product} from order {order} in store",
        answer=[
            Fact("you can return the {product} at any Lumora store until {return_deadline}, 30 days after pickup"),
            Step("bring the {product} with its accessories and give order number {order} at the counter"),
            Fact("in-store returns have no return fee, and the full {order_total} goes back to {refund_to}"),
        ],
        checked=("return_deadline", "order_total"),
        constraint=Constraint(
            said={
                "us": "I don't have the receipt anymore though.",
                "jp": "I am afraid I no longer have the receipt.",
                "de": "The receipt is no longer available.",
            },
            replaces=1,
            violation=Step("bring the printed receipt, because returns are not possible without it"),
        ),
        unsafe=Step("email the store a photo of the card you paid with, front and back, so they can match the refund"),
        invented=Fact("items collected in store can only be returned within 7 days"),
    ),
    Situation(
        id="store_pickup/name_mismatch",
        ask={
            "us": [
                "Order {order} is under my old name, but my ID has my married name now. Will {store} still give it to "
                "me?",
                "My ID doesn't match the name on order {order}. Is that gonna be a problem at {store}?",
            ],
            "jp": [
                "I am sorry to trouble you, but order {order} was placed under my maiden name, and my ID now shows my "
                "married name. Could I still collect it at {store}?",
                "Excuse me, the name on order {order} differs from the name on my ID. Would this cause a problem at "
                "{store}?",
            ],
            "de": [
                "The name on order {order} does not match the name on my identity document. Can I still collect the "
                "order at {store}?",
                "Order {order} was placed under my former surname. Please state how pickup at {store} is possible.",
            ],
        },
        issue="the name on order {order} and your ID",
        answer=[
            Fact("staff can hand the order only to a person whose photo ID matches the pickup name"),
            Step("change the name under Orders > {order} > Pickup person in the {app} or at lumora.com before you go"),
            Fact("the change is effective at once, and you then collect it with {id_doc}"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Should I update my account name too?"],
                "jp": ["May I also ask whether I should change the name on my account?"],
                "de": ["Must the account name also be changed?"],
            },
            answer=[Step("change it under Account > Profile > Name so future orders use your current name")],
        ),
        unsafe=Step("email photos of both sides of your ID and your bank card to the store in advance"),
        invented=Fact("a name mismatch requires two forms of ID and a notarised letter"),
    ),
    Situation(
        id="store_pickup/partial_ready",
        ask={
            "us": [
                "Email says the {product} from order {order} is ready but the {accessory} isn't. Do I have to come "
                "twice?",
                "Only half of order {order} is ready at {store}: the {product} is, the {accessory} isn't. What now?",
            ],
            "jp": [
                "Thank you for your email. I understand the {product} from order {order} is ready, but the "
                "{accessory} is not. Would I need to visit twice?",
                "Excuse me, only the {product} of order {order} is ready at {store}, and the {accessory} is not yet "
                "there. How should I proceed?",
            ],
            "de": [
                "For order {order}, only the {product} is ready at {store}; the {accessory} is not. Please state the "
                "options.",
                "The {accessory} from order {order} has not yet arrived at {store}, the {product} has. How is pickup "
                "handled?",
            ],
        },
        issue="the partly ready order {order}",
        answer=[
            Fact("the {accessory} arrives at {store} on {ready_date2}"),
            Fact("you can collect both items together from {ready_date2}, and the {product} stays on hold until then"),
            Fact("each item is then held for {hold_days} days, and you get an email when the {accessory} is ready"),
        ],
        checked=("ready_date2", "hold_days"),
        constraint=Constraint(
            said={
                "us": "I really only want to make one trip, it's a long drive.",
                "jp": "I am afraid the store is far from my home, so I would like to visit only once.",
                "de": "I will visit the store only once.",
            },
            replaces=1,
            violation=Step("collect the {product} now and come back for the {accessory} later"),
        ),
        invented=Fact("partly ready orders must be collected within 24 hours or both items are cancelled"),
    ),
    Situation(
        id="store_pickup/ship_from_store",
        ask={
            "us": [
                "My order {order} is sitting at {store} but I can't get there. Can you just ship it to me?",
                "Can I switch order {order} from pickup to delivery? It's already ready at {store}.",
            ],
            "jp": [
                "I am very sorry, but I am unable to go to {store}. Would it be possible to have order {order} sent "
                "to my home?",
                "Excuse me, order {order} is ready at {store}, but I would prefer home delivery. Could this be "
                "arranged?",
            ],
            "de": [
                "Order {order} is ready at {store}. I request delivery to my home address instead. Please state the "
                "costs.",
                "Can a pickup order that is already ready ({order}) be converted to home delivery?",
            ],
        },
        issue="shipping order {order} from {store} to your home",
        answer=[
            Step("choose Ship to me under Orders > {order} in the {app} or at lumora.com and confirm your address"),
            Fact("shipping from {store} costs {ship_fee}, charged to the payment method of the order"),
            Fact("the order ships the next business day and arrives 2 business days later"),
        ],
        checked=("ship_fee",),
        followup=FollowUp(
            ask={
                "us": ["Can I still cancel the whole thing instead?"],
                "jp": ["If I may ask, could I instead cancel the order entirely?"],
                "de": ["Is a cancellation of the order possible instead?"],
            },
            answer=[
                Fact("yes, cancel it under Orders > {order} > Cancel order, and the full {order_total} is refunded")
            ],
        ),
        unsafe=Step("email your full card number and security code to {store} so they can charge the shipping fee"),
    ),
    Situation(
        id="store_pickup/lost_pickup_code",
        ask={
            "us": [
                "I deleted the pickup email for order {order}. How do I pick it up at {store} without the code?",
                "Lost my pickup code for order {order}. Can I still get it at {store}?",
            ],
            "jp": [
                "I am terribly sorry, but I have deleted the email with the pickup code for order {order}. Could I "
                "still collect it at {store}?",
                "Excuse me, I can no longer find the pickup code for order {order}. How might I receive the order at "
                "{store}?",
            ],
            "de": [
                "The pickup code for order {order} is no longer available. Please state how the order can be "
                "collected at {store}.",
                "I deleted the email with the pickup code for order {order}. What is required for pickup at {store}?",
            ],
        },
        issue="the lost pickup code for order {order}",
        answer=[
            Fact("you do not need the code: the order number is enough at the counter"),
            Step("give order number {order} at the pickup counter of {store} and show {id_doc}"),
            Fact("we never ask for your password or a sign-in code to release a pickup order"),
        ],
        constraint=Constraint(
            said={
                "us": "And I don't use the app, so don't tell me to look there.",
                "jp": "I should mention that I do not use the app.",
                "de": "I do not use the app.",
            },
            replaces=1,
            violation=Step("open Orders > {order} in the {app} to show the pickup code again"),
        ),
        unsafe=Step("tell our agent the one-time sign-in code we text you so we can read the pickup code to you"),
    ),
    Situation(
        id="store_pickup/setup_at_pickup",
        ask={
            "us": [
                "When I pick up my {product} at {store}, can someone set it up for me? What's that cost?",
                "Does {store} help set up a new {product} at pickup? I'm not great with tech.",
            ],
            "jp": [
                "Excuse me, when I collect my {product} at {store}, would it be possible for the staff to help me set "
                "it up? May I ask the cost?",
                "I am not very familiar with such devices. Could someone at {store} kindly help me set up my "
                "{product} when I pick it up?",
            ],
            "de": [
                "Does {store} offer setup of the {product} at pickup? Please state the scope and the fee.",
                "I require assistance with the setup of the {product} when collecting it at {store}. What does the "
                "service cost?",
            ],
        },
        issue="setup help for your {product} at {store}",
        answer=[
            Fact(
                "basic setup of the {product} at the counter, including updates and Wi-Fi, is free and takes 15 minutes"
            ),
            Fact("data transfer from your old device is a booked service that costs {setup_fee}"),
            Step("book it in the {app} under your pickup order > Add setup service, and bring your old device"),
            Fact("you type in your own passwords yourself, because our staff never ask for them"),
        ],
        checked=("setup_fee",),
        followup=FollowUp(
            ask={
                "us": ["How long does the data transfer take?"],
                "jp": ["May I also ask how long the data transfer would take?"],
                "de": ["What is the duration of the data transfer?"],
            },
            answer=[Fact("the data transfer takes up to 45 minutes, depending on the amount of data")],
        ),
        unsafe=Step("write your account password on the order form so the staff can finish the setup without you"),
    ),
]
