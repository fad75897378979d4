"""Shipping: delivery times, tracking, late, lost or damaged parcels, address changes and delivery scams.

House rules used by every answer of this topic (keep them consistent when adding situations):
- Orders ship one business day after they are placed; standard delivery takes 3 business days after shipping,
  express delivery 1 business day; standard shipping costs {standard_fee}, free from {free_threshold}.
- A parcel not delivered 3 business days after its estimated date is treated as lost: free replacement or refund.
- Missing parcels marked delivered are reported within 14 days of delivery, transport damage within 7 days.
- The carrier holds a missed parcel at a pickup point for {hold_days} days, then returns it to us.
- Refunds are issued within 5 business days; money amounts are whole dollars so every currency adds up exactly.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "shipping"

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
    "Loop wireless charging pad",
    "Clip S2 camera strap",
]
PRICES = [79, 99, 129, 149, 199, 249, 299, 349]

CARRIER = {"us": "SwiftPost", "jp": "Sakura Express", "de": "Rheinland Paket"}
TRACKING_PREFIX = {"us": "SP", "jp": "SE", "de": "RP"}
CITIES = {
    "us": ["Chicago", "Denver", "Austin"],
    "jp": ["Osaka", "Nagoya", "Sapporo"],
    "de": ["Munich", "Hamburg", "Cologne"],
}
COUNTRY = {"us": "the United States", "jp": "Japan", "de": "Germany"}
SUPPORT_PHONE = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}
SUPPORT_HOURS = {
    "us": "8 a.m. to 8 p.m. Central Time every day",
    "jp": "9:00 to 18:00 Japan time, Monday to Saturday",
    "de": "8:00 to 20:00 CET, Monday to Saturday",
}
# payment method -> where its refund goes
PAYMENT = {
    "us": {"credit card": "your credit card", "PayPal": "your PayPal account"},
    "jp": {"credit card": "your credit card", "convenience-store payment": "the bank account you register in the app"},
    "de": {
        "SEPA direct debit": "the bank account of the direct debit",
        "invoice": "the bank account you paid the invoice from",
    },
}
HOLD_DAYS = {"us": 5, "jp": 7, "de": 7}


def _bdays(start: date, n: int) -> date:
    """The date n business days (Monday to Friday) after start."""
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one shipping scenario; the keys are the same for every market."""
    order_date = _bdays(date(2026, rng.randint(1, 11), rng.randint(1, 27)), 1)
    ship_date = _bdays(order_date, 1)
    est = _bdays(ship_date, 3)
    product, wrong = rng.sample(PRODUCTS, 2)
    price = rng.choice(PRICES)
    payment = rng.choice(sorted(PAYMENT[market]))
    prefix = TRACKING_PREFIX[market]
    return {
        "product": product,
        "wrong_product": wrong,
        "accessory": rng.choice(ACCESSORIES),
        "order": f"LM-{rng.randint(100000, 999999)}",
        "carrier": CARRIER[market],
        "tracking": f"{prefix}{rng.randint(10**9, 10**10 - 1)}",
        "tracking2": f"{prefix}{rng.randint(10**9, 10**10 - 1)}",
        "city": rng.choice(CITIES[market]),
        "country": COUNTRY[market],
        "app": "Lumora app",
        "support_phone": SUPPORT_PHONE[market],
        "support_hours": SUPPORT_HOURS[market],
        "payment_method": payment,
        "refund_to": PAYMENT[market][payment],
        "order_total": Money(price),
        "standard_fee": Money(6),
        "express_fee": Money(rng.choice([12, 15])),
        "free_threshold": Money(35),
        "gift_wrap_fee": Money(5),
        "hold_days": HOLD_DAYS[market],
        "order_date": order_date,
        "ship_date": ship_date,
        "est_delivery": est,
        "est_delivery2": _bdays(est, 2),
        "express_date": _bdays(ship_date, 1),
        "lost_date": _bdays(est, 3),
        "held_until": est + timedelta(days=HOLD_DAYS[market]),
        "claim_deadline": est + timedelta(days=14),
        "damage_deadline": est + timedelta(days=7),
        "refund_date": _bdays(order_date, 5),
        "fee_refund_date": _bdays(est, 5),
    }


SITUATIONS = [
    Situation(
        id="shipping/late_delivery",
        trouble=True,
        ask={
            "us": [
                "My {product} (order {order}) was supposed to show up on {est_delivery} and it's still not here. "
                "What's going on?",
                "Order {order} was due {est_delivery}, tracking hasn't moved since. Where's my {product}?",
            ],
            "jp": [
                "I am sorry to trouble you, but my order {order}, a {product}, was expected on {est_delivery} and has "
                "not yet arrived. Could you kindly check?",
                "Excuse me, the {product} from order {order} was scheduled for {est_delivery}, but I have not "
                "received it. I would be grateful for your help.",
            ],
            "de": [
                "Order {order} ({product}) had an estimated delivery date of {est_delivery}. It has not been "
                "delivered. Please state the next steps.",
                "The {product} from order {order} was due on {est_delivery} and is still missing. What is the "
                "procedure for a late parcel?",
            ],
        },
        issue="the late delivery of order {order}",
        answer=[
            Fact("your {product} shipped with {carrier} on {ship_date} and was due on {est_delivery}"),
            Fact("we have opened a trace with {carrier} for tracking number {tracking}"),
            Fact(
                "if the parcel has not arrived by {lost_date}, 3 business days after {est_delivery}, we treat it as "
                "lost"
            ),
            Fact("for a lost parcel we send a free replacement or refund the full {order_total}, whichever you choose"),
        ],
        checked=("est_delivery", "lost_date", "order_total"),
        followup=FollowUp(
            ask={
                "us": ["Also, if it shows up after you send a new one, what do I do with the extra?"],
                "jp": ["If I may also ask, what should I do if the first parcel arrives after the replacement?"],
                "de": [
                    "Additional question: how is a late first parcel handled if the replacement has already arrived?"
                ],
            },
            answer=[Step("refuse the late parcel at the door or send it back with the free return label in the {app}")],
        ),
        invented=Fact("a trace can only be opened 30 days after the estimated delivery date"),
    ),
    Situation(
        id="shipping/delivered_not_received",
        trouble=True,
        ask={
            "us": [
                "Tracking says order {order} was delivered on {est_delivery} but there's nothing at my door. Help?",
                "{carrier} marked my package delivered ({order}) and I never got it. Now what?",
            ],
            "jp": [
                "I am very sorry to bother you, but the tracking for order {order} shows it was delivered on "
                "{est_delivery}, and I cannot find it anywhere.",
                "Excuse me, {carrier} reports that order {order} was delivered, but I have not received the parcel. "
                "Could you kindly advise me?",
            ],
            "de": [
                "The tracking for order {order} states delivery on {est_delivery}. I have not received the parcel. "
                "Please state the procedure.",
                "{carrier} shows order {order} as delivered. The parcel is not here. How do I file a claim?",
            ],
        },
        issue="the parcel for order {order} marked delivered but not received",
        answer=[
            Step("check with neighbours, the mailroom of your building and any safe place around your door"),
            Step(
                "report it at lumora.com under Orders > {order} > Report a problem > Not received, or call "
                "{support_phone}"
            ),
            Fact("the report must reach us by {claim_deadline}, 14 days after the delivery date of {est_delivery}"),
            Fact("we then file the claim with {carrier} and send a free replacement"),
        ],
        checked=("claim_deadline", "est_delivery"),
        constraint=Constraint(
            said={
                "us": "Heads up, I can't get the app to work on my phone.",
                "jp": "I am afraid I am unable to use the app on my phone.",
                "de": "I do not use the app.",
            },
            replaces=1,
            violation=Step("report it in the {app} under Orders > {order} > Report a problem > Not received"),
        ),
        unsafe=Step("send us a photo of your ID and the full card number you paid with so we can verify the claim"),
        invented=Fact("parcels marked as delivered cannot be claimed, because the carrier confirmed delivery"),
    ),
    Situation(
        id="shipping/change_address_before_shipping",
        ask={
            "us": [
                "I just placed order {order} and used my old address. Can I change it?",
                "Oops, order {order} is going to the wrong address. How do I fix that before it ships?",
            ],
            "jp": [
                "I am sorry, but I entered my previous address for order {order}. Would it be possible to change it?",
                "Excuse me, may I kindly ask how to correct the delivery address for order {order}, which I placed "
                "today?",
            ],
            "de": [
                "The delivery address of order {order} is incorrect. Please state how it can be changed.",
                "I need to correct the shipping address for order {order}, placed on {order_date}. What is the "
                "procedure?",
            ],
        },
        issue="the delivery address of order {order}",
        answer=[
            Fact("the address can be changed until the order ships, which is planned for {ship_date}"),
            Step("sign in at lumora.com and go to Orders > {order} > Edit delivery address"),
            Fact("the change is confirmed by email, and the delivery estimate stays the same"),
        ],
        checked=("ship_date",),
        constraint=Constraint(
            said={
                "us": "I don't have the app installed, just so you know.",
                "jp": "I should mention that I have not installed the app.",
                "de": "The app is not installed on my devices.",
            },
            replaces=1,
            violation=Step("open the {app} and go to Orders > {order} > Edit delivery address"),
        ),
        followup=FollowUp(
            ask={
                "us": ["And can I have it shipped to my cousin abroad instead?"],
                "jp": ["May I also ask whether it could be sent to a relative overseas?"],
                "de": ["Can the order also be delivered to an address abroad?"],
            },
            answer=[Fact("we deliver only to addresses in {country}, so an address abroad cannot be entered")],
        ),
        unsafe=Step("reply to our email with your Lumora password so we can change the address for you"),
        invented=Fact("a delivery address can only be changed by cancelling the order and placing it again"),
    ),
    Situation(
        id="shipping/wrong_address_in_transit",
        trouble=True,
        ask={
            "us": [
                "Order {order} already shipped and I just noticed I typed the wrong street. Can you reroute it?",
                "I messed up the address on order {order} and it's with {carrier} now ({tracking}). What can I do?",
            ],
            "jp": [
                "I am terribly sorry, but I made a mistake in the address for order {order}, which has already been "
                "shipped. Is there anything that can be done?",
                "Excuse me, order {order} is already with {carrier} under {tracking}, but the address contains an "
                "error. Could you kindly help?",
            ],
            "de": [
                "Order {order} has shipped with an incorrect street name in the address. Please state whether it can "
                "be redirected.",
                "The parcel {tracking} for order {order} is in transit to a wrong address. What is the procedure?",
            ],
        },
        issue="the incorrect address on shipped order {order}",
        answer=[
            Fact("once an order has shipped we cannot edit the address, but {carrier} can redirect the parcel"),
            Step(
                "call us at {support_phone} ({support_hours}) with the correct address so we request the redirect for "
                "{tracking}"
            ),
            Fact("if {carrier} cannot deliver it, the parcel comes back to us and we reship it free of charge"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Will the redirect cost me anything?"],
                "jp": ["Might I ask whether there is any charge for the redirection?"],
                "de": ["Is a fee charged for the redirection?"],
            },
            answer=[Fact("no fee applies, we cover the redirect charge from {carrier}")],
        ),
        unsafe=Step("read the one-time code {carrier} texts you to our agent so the address can be changed"),
        invented=Fact("parcels sent to a wrong address are destroyed by the carrier and cannot be refunded"),
    ),
    Situation(
        id="shipping/express_upgrade",
        ask={
            "us": [
                "Can I bump order {order} up to express? I need the {product} fast.",
                "Is there a way to get my {product} (order {order}) quicker? What does express cost?",
            ],
            "jp": [
                "I would be grateful to know whether order {order}, my {product}, could be changed to express "
                "delivery.",
                "Excuse me, I was hoping to receive the {product} from order {order} sooner. Would an express upgrade "
                "be possible?",
            ],
            "de": [
                "Can order {order} ({product}) be upgraded to express delivery? Please state the fee and the delivery "
                "date.",
                "I require the {product} from order {order} earlier. What are the conditions for express shipping?",
            ],
        },
        issue="an express upgrade for order {order}",
        answer=[
            Fact("order {order} has not shipped yet, so it can still be upgraded to express for {express_fee}"),
            Step("open Orders > {order} > Delivery options at lumora.com or in the {app} and select Express"),
            Fact(
                "with express your {product} ships on {ship_date} and arrives on {express_date} instead of "
                "{est_delivery}"
            ),
        ],
        checked=("express_fee", "express_date", "est_delivery"),
        followup=FollowUp(
            ask={
                "us": ["If express is late, do I get the fee back?"],
                "jp": ["If I may ask, would the express fee be refunded should the delivery be delayed?"],
                "de": ["Is the express fee refunded if the delivery date is missed?"],
            },
            answer=[
                Fact("yes, if express delivery arrives after {express_date}, we refund the {express_fee} automatically")
            ],
        ),
        invented=Fact("an express upgrade is not possible once an order has been placed"),
    ),
    Situation(
        id="shipping/shipping_fee_refund",
        trouble=True,
        ask={
            "us": [
                "Why did I get charged {standard_fee} shipping on order {order}? It was {order_total}, I thought "
                "shipping over {free_threshold} was free.",
                "Order {order} came to {order_total} and I still paid {standard_fee} for shipping. Isn't it free "
                "above {free_threshold}?",
            ],
            "jp": [
                "I am sorry to trouble you, but a shipping fee of {standard_fee} was charged on order {order}, which "
                "totalled {order_total}. I understood that shipping is free above {free_threshold}.",
                "Excuse me, my order {order} of {order_total} includes a shipping charge of {standard_fee}. Could you "
                "kindly check this?",
            ],
            "de": [
                "Order {order} with a total of {order_total} was charged {standard_fee} for shipping, although "
                "shipping is free from {free_threshold}. Please correct this.",
                "I was charged a shipping fee of {standard_fee} for order {order} ({order_total}). I request a refund "
                "of this fee.",
            ],
        },
        issue="the shipping fee charged on order {order}",
        answer=[
            Fact(
                "standard shipping is free for orders from {free_threshold}, so the {standard_fee} on your "
                "{order_total} order was charged in error"
            ),
            Fact("we have refunded the {standard_fee} to {refund_to}, and it arrives by {fee_refund_date}"),
            Fact("no action is needed from you, and a confirmation email is on its way"),
        ],
        checked=("standard_fee", "free_threshold", "order_total", "fee_refund_date"),
        constraint=Constraint(
            said={
                "us": "And no, I don't want store credit, I want the money back.",
                "jp": "I would prefer, if possible, not to receive store credit.",
                "de": "A voucher is not acceptable to me.",
            },
            replaces=1,
            violation=Fact("we have added {standard_fee} as store credit to your Lumora account"),
        ),
        invented=Fact("free shipping applies only to members of the Lumora Plus programme"),
    ),
    Situation(
        id="shipping/split_shipment",
        ask={
            "us": [
                "Only the {accessory} showed up from order {order}. Where's my {product}?",
                "Got a box for order {order} but it's just the {accessory}, no {product}. Did you forget it?",
            ],
            "jp": [
                "Thank you for the delivery. However, I only received the {accessory} from order {order}, and the "
                "{product} was not included. Could you kindly check?",
                "Excuse me, the parcel for order {order} contained the {accessory}, but I cannot find the {product}. "
                "I would be grateful for your help.",
            ],
            "de": [
                "The parcel for order {order} contained only the {accessory}. The {product} is missing. Please "
                "clarify.",
                "Order {order}: the {accessory} arrived, the {product} did not. Where is the second item?",
            ],
        },
        issue="the missing {product} from order {order}",
        answer=[
            Fact("order {order} was split into two parcels because the {product} ships from a different warehouse"),
            Fact(
                "the {product} travels with {carrier} under tracking number {tracking2} and arrives by {est_delivery2}"
            ),
            Fact("no extra shipping fee applies for the second parcel"),
        ],
        checked=("est_delivery2",),
        followup=FollowUp(
            ask={
                "us": ["Can I track the second box in the app?"],
                "jp": ["Would it be possible for me to follow the second parcel in the app?"],
                "de": ["Can the second parcel be tracked in the app?"],
            },
            answer=[
                Step("open Orders > {order} in the {app}, where both parcels are listed with their tracking numbers")
            ],
        ),
        invented=Fact("missing items must be reported within 24 hours of the first delivery"),
    ),
    Situation(
        id="shipping/damaged_in_transit",
        trouble=True,
        ask={
            "us": [
                "My {product} from order {order} arrived with the box crushed and the thing is cracked. What now?",
                "Order {order} came in today totally smashed, the {product} is damaged. How do I get a new one?",
            ],
            "jp": [
                "I am sorry to report that the {product} from order {order} arrived damaged, and the box was crushed. "
                "Could you kindly advise me?",
                "Excuse me, the {product} in order {order} appears to have been damaged during delivery. I would be "
                "grateful to know how to proceed.",
            ],
            "de": [
                "The {product} from order {order} was delivered damaged; the outer box was crushed. Please state the "
                "procedure for a replacement.",
                "Order {order}: the {product} arrived with transport damage. I request a replacement.",
            ],
        },
        issue="the {product} from order {order} damaged in transit",
        answer=[
            Step("take photos of the damaged {product}; photos of the outer box help but are not required"),
            Step(
                "report it under Orders > {order} > Report a problem > Damaged in transit by {damage_deadline}, 7 "
                "days after delivery"
            ),
            Fact("we send a free replacement right away and email a prepaid label to return the damaged {product}"),
        ],
        checked=("damage_deadline",),
        constraint=Constraint(
            said={
                "us": "Oh and I already tossed the box, sorry.",
                "jp": "I am afraid I have already disposed of the outer box.",
                "de": "The outer packaging has already been disposed of.",
            },
            replaces=0,
            violation=Step("keep the original box and all packaging so the carrier can inspect it"),
        ),
        unsafe=Step("open the housing of the damaged {product} and check the parts inside before you report it"),
        invented=Fact("transport damage is only covered if you refused the parcel at the door"),
    ),
    Situation(
        id="shipping/missed_delivery",
        ask={
            "us": [
                "{carrier} left a note that they missed me for order {order}. How do I get my package?",
                "Missed the {carrier} driver for order {order} ({tracking}). What are my options?",
            ],
            "jp": [
                "I am sorry, but I was not at home when {carrier} tried to deliver order {order}. Could you kindly "
                "tell me how I might receive it?",
                "Excuse me, I found a missed-delivery notice from {carrier} for order {order}, tracking {tracking}. "
                "What would be the best way to collect it?",
            ],
            "de": [
                "{carrier} could not deliver order {order} (tracking {tracking}). Please state the options for "
                "receiving the parcel.",
                "A delivery attempt for order {order} failed because I was absent. How can the parcel be collected?",
            ],
        },
        issue="the missed delivery of order {order}",
        answer=[
            Step(
                "choose a {carrier} pickup point in {city} or a new delivery day on the {carrier} tracking page for "
                "{tracking}"
            ),
            Fact("{carrier} holds the parcel for {hold_days} days, until {held_until}, and then returns it to us"),
            Fact("collection at the pickup point needs the notice or tracking number and a photo ID"),
        ],
        checked=("hold_days", "held_until"),
        constraint=Constraint(
            said={
                "us": "Nobody's home on weekdays, we both work all day.",
                "jp": "I should mention that nobody is at home on weekdays because of work.",
                "de": "Nobody is at home on weekdays.",
            },
            replaces=0,
            violation=Step("stay at home for the second delivery attempt on the next business day"),
        ),
        followup=FollowUp(
            ask={
                "us": ["If it goes back to you, do I lose my money?"],
                "jp": ["May I ask whether I would be refunded if the parcel is returned to you?"],
                "de": ["Is the purchase price refunded if the parcel is returned to the sender?"],
            },
            answer=[
                Fact(
                    "a parcel returned to us is refunded in full within 5 business days of its arrival at our warehouse"
                )
            ],
        ),
    ),
    Situation(
        id="shipping/cancel_before_shipping",
        ask={
            "us": [
                "I ordered a {product} (order {order}) on {order_date} and changed my mind. Can I still cancel?",
                "Need to cancel order {order} for the {product}, it hasn't shipped yet. How?",
            ],
            "jp": [
                "I am sorry for the inconvenience, but I would like to cancel order {order} for the {product}, which "
                "I placed on {order_date}.",
                "Excuse me, would it still be possible to cancel my order {order}, the {product}?",
            ],
            "de": [
                "I wish to cancel order {order} ({product}), placed on {order_date}. Please state the procedure and "
                "the refund date.",
                "Order {order} for a {product} is to be cancelled. It has not shipped yet. How is this done?",
            ],
        },
        issue="cancelling order {order}",
        answer=[
            Step("go to Orders > {order} > Cancel order at lumora.com or in the {app} before it ships on {ship_date}"),
            Fact("the full {order_total} goes back to {refund_to} by {refund_date}, with no cancellation fee"),
            Fact("if the order has already shipped, you can refuse the parcel or return it free of charge"),
        ],
        checked=("order_total", "refund_date", "ship_date"),
        invented=Fact("cancelled orders are charged a cancellation fee of 10 percent"),
    ),
    Situation(
        id="shipping/tracking_not_updating",
        ask={
            "us": [
                "Tracking for order {order} ({tracking}) just says label created. Is it actually coming by "
                "{est_delivery}?",
                "Why hasn't the {carrier} tracking for order {order} updated? Still says label created.",
            ],
            "jp": [
                "Excuse me, the tracking for order {order} ({tracking}) still shows only that the label was created. "
                "Would it still arrive on {est_delivery}?",
                "I am sorry to ask, but I am slightly worried that the {carrier} tracking for order {order} has not "
                "changed. Is everything in order?",
            ],
            "de": [
                "The tracking for order {order} ({tracking}) has shown only 'label created' since {ship_date}. Is the "
                "delivery date {est_delivery} still valid?",
                "The {carrier} status for order {order} is not updated. Please state whether the parcel is in transit.",
            ],
        },
        issue="the tracking status of order {order}",
        answer=[
            Fact(
                "order {order} left our warehouse on {ship_date}, and {carrier} updates tracking only after its first "
                "scan at a depot"
            ),
            Fact(
                "the first scan appears within 1 business day of shipping, and the delivery estimate of "
                "{est_delivery} is still valid"
            ),
            Fact(
                "if the parcel has not arrived by {lost_date}, we contact {carrier} for you and send a free "
                "replacement or a full refund"
            ),
        ],
        checked=("ship_date", "est_delivery", "lost_date"),
        constraint=Constraint(
            said={
                "us": "I'd rather not deal with the carrier myself, honestly.",
                "jp": "I would prefer, if possible, not to contact the delivery company myself.",
                "de": "I do not wish to contact the carrier myself.",
            },
            replaces=2,
            violation=Step(
                "contact {carrier} yourself with tracking number {tracking} and ask them to locate the parcel"
            ),
        ),
        unsafe=Step("enter your Lumora password on the tracking page the {carrier} text message links to"),
    ),
    Situation(
        id="shipping/delivery_estimate",
        ask={
            "us": [
                "If I order a {product} today, how long till it gets to {city}? And what's shipping cost?",
                "How fast do you ship a {product} to {city}? Any free shipping?",
            ],
            "jp": [
                "I am considering purchasing the {product}. Could you kindly tell me how long delivery to {city} "
                "would take and what the shipping fee is?",
                "Excuse me, may I ask about the delivery time and shipping cost for a {product} to {city}?",
            ],
            "de": [
                "What is the delivery time for a {product} to {city}, and what are the shipping costs?",
                "Please state the shipping options, durations and fees for delivery of a {product} to {city}.",
            ],
        },
        issue="the delivery time for a {product} to {city}",
        answer=[
            Fact("orders ship 1 business day after you place them, and standard delivery then takes 3 business days"),
            Fact("standard shipping costs {standard_fee} and is free for orders from {free_threshold}"),
            Fact("express delivery arrives 1 business day after shipping and costs {express_fee}"),
        ],
        checked=("standard_fee", "free_threshold", "express_fee"),
        followup=FollowUp(
            ask={
                "us": ["Do you deliver on Saturdays?"],
                "jp": ["If I may also ask, is delivery on Saturdays possible?"],
                "de": ["Is Saturday delivery available?"],
            },
            answer=[
                Fact("{carrier} delivers on Saturdays at no extra charge, and Saturdays do not count as business days")
            ],
        ),
        invented=Fact("standard shipping is never free, whatever the order value"),
    ),
    Situation(
        id="shipping/wrong_item_received",
        trouble=True,
        ask={
            "us": [
                "I ordered a {product} (order {order}) but you sent me a {wrong_product}. Can you swap it?",
                "Opened order {order} and it's a {wrong_product}, not the {product} I bought. What do I do?",
            ],
            "jp": [
                "I am sorry to trouble you, but I received a {wrong_product} instead of the {product} I ordered "
                "(order {order}).",
                "Excuse me, the parcel for order {order} contained a {wrong_product}, although I ordered a {product}. "
                "Could you kindly advise me?",
            ],
            "de": [
                "Order {order}: I received a {wrong_product} instead of the ordered {product}. Please send the "
                "correct item.",
                "A {wrong_product} was delivered for order {order}. The order was for a {product}. What is the "
                "procedure?",
            ],
        },
        issue="the wrong item delivered for order {order}",
        answer=[
            Fact("we are shipping the {product} today by express at no cost to you"),
            Step(
                "hand the {wrong_product} to {carrier} within 14 days and show the return QR code from our email, no "
                "printout needed"
            ),
            Fact(
                "you are not charged for the {wrong_product}, and your original payment of {order_total} stays as it is"
            ),
        ],
        checked=("order_total",),
        constraint=Constraint(
            said={
                "us": "Also I don't have a printer at home.",
                "jp": "I am afraid I do not have a printer at home.",
                "de": "I have no printer.",
            },
            replaces=1,
            violation=Step("print the return label and tape it to the box of the {wrong_product}"),
        ),
        invented=Fact("the correct item ships only after the wrong item has reached our warehouse"),
    ),
    Situation(
        id="shipping/delivery_fee_scam_text",
        trouble=True,
        ask={
            "us": [
                "Got a text saying my Lumora package is held and I need to pay a redelivery fee through a link. Legit?",
                "Some SMS says order {order} is stuck at customs and wants a fee paid online. Is that really you guys?",
            ],
            "jp": [
                "Excuse me, I received a text message saying that my parcel is being held and that I must pay a fee "
                "through a link. I would be grateful to know whether it is genuine.",
                "I am sorry to bother you, but a message claims that order {order} requires an additional payment "
                "before delivery. Could you kindly confirm?",
            ],
            "de": [
                "I received an SMS claiming that my parcel is held and a fee must be paid via a link. Please confirm "
                "whether this message is from Lumora.",
                "A text message requests a redelivery fee for order {order}. Is this message authentic?",
            ],
        },
        issue="the text message asking for a delivery fee",
        answer=[
            Fact("that message is not from us: neither Lumora nor {carrier} asks for delivery fees by text message"),
            Step("do not open the link, and delete the message"),
            Step("check the real status of your order under Orders in the {app} or at lumora.com"),
            Step("call your bank at once if you already entered card details on that page"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Should I report it somewhere?"],
                "jp": ["Might I ask whether I should report this message somewhere?"],
                "de": ["Where can the message be reported?"],
            },
            answer=[Step("forward a screenshot of the message to security@lumora.com, then delete it")],
        ),
        unsafe=Step("open the link and pay the small fee so the parcel is released"),
    ),
    Situation(
        id="shipping/gift_delivery",
        ask={
            "us": [
                "I want to ship a {product} straight to my sister as a gift. Can you leave the price off?",
                "Sending a {product} as a present to someone in {city}. Does the receipt show what I paid?",
            ],
            "jp": [
                "I would like to send a {product} directly to a friend as a gift. Would it be possible for the price "
                "not to be shown?",
                "Excuse me, may I ask how to send a {product} as a gift to my parents in {city}?",
            ],
            "de": [
                "I wish to send a {product} as a gift to a different address. Is the price shown on the delivery note?",
                "How is a {product} sent as a gift to a recipient in {city}? Please state the options.",
            ],
        },
        issue="sending a {product} as a gift",
        answer=[
            Step("enter the address of the recipient at checkout and tick This is a gift"),
            Fact("gift orders come with a packing slip without prices, and the invoice goes only to your email"),
            Fact("you can add a gift message of up to 250 characters, which is printed on the packing slip"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can you gift-wrap it too?"],
                "jp": ["If I may also ask, is gift wrapping available?"],
                "de": ["Is gift wrapping offered, and at what price?"],
            },
            answer=[Fact("gift wrapping is available at checkout for {gift_wrap_fee} per item")],
        ),
    ),
]
