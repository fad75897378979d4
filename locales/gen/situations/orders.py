"""Orders: cancelling and changing orders, delivery addresses and dates, gift options, pickup and invoices.

Order policy used throughout (consistent with billing.py and payments.py): items are charged when they ship, so an
order can be cancelled free of charge until its status is Shipped; after that it is returned within 30 days of
delivery; invoices are PDFs under Orders > order > Invoice, kept 10 years and correctable within 90 days.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "orders"

PRODUCTS = [
    ("Aurora X5 Pro headset", 199.99),
    ("Nimbus S9 Pro smartwatch", 349.99),
    ("Vista V55 4K TV", 649.99),
    ("Stratus T12 tablet", 429.99),
    ("Echoline E45 soundbar", 299.99),
    ("Orbit O5 Plus robot vacuum", 549.99),
    ("Vertex Air 13 laptop", 999.99),
    ("Cirrus C2 smart speaker", 89.99),
]
SECOND_ITEMS = [
    ("Pulse Mini M2 neckband", 59.99),
    ("Lumen L8 smart bulb kit", 79.99),
    ("Helio H1 fitness band", 69.99),
    ("Glide G4 e-reader", 139.99),
]
SITES = {"us": "lumora.com", "jp": "lumora.co.jp", "de": "lumora.de"}
COUNTRIES = {"us": "the United States", "jp": "Japan", "de": "Germany"}
CARRIERS = {
    "us": ["SwiftPost", "ParcelLine"],
    "jp": ["Sakura Express", "Kaze Logistics"],
    "de": ["Rheinland Paket", "Nordstern Kurier"],
}
CITIES = {
    "us": ["Chicago", "Denver", "Austin"],
    "jp": ["Osaka", "Nagoya", "Sapporo"],
    "de": ["Munich", "Hamburg", "Cologne"],
}
STORES = {
    "us": ["Lumora Chicago Loop store", "Lumora Denver Union Station store", "Lumora Austin Domain store"],
    "jp": ["Lumora Umeda store in Osaka", "Lumora Sakae store in Nagoya", "Lumora Sapporo Station store"],
    "de": [
        "Lumora store at Munich Marienplatz",
        "Lumora store on Hamburg Moenckebergstrasse",
        "Lumora store at Cologne Hohe Strasse",
    ],
}

# Kept equal to store_pickup.py: days a store holds a pickup order, and the ID it asks for.
PICKUP_HOLD_DAYS = {"us": 7, "jp": 10, "de": 7}
ID_DOC = {
    "us": "a photo ID such as a driver license or passport",
    "jp": "a photo ID such as a driver license or My Number card",
    "de": "an identity card or passport",
}


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every orders situation draws from this one dict."""
    product, price = rng.choice(PRODUCTS)
    product2, price2 = rng.choice(SECOND_ITEMS)
    order_date = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    ship_date = order_date + timedelta(days=rng.randint(1, 2))
    delivery_date = ship_date + timedelta(days=rng.randint(2, 4))
    invoice_date = ship_date
    return {
        "product": product,
        "product2": product2,
        "price": Money(price),
        "item_price": Money(price2),
        "order": f"LM-{rng.randint(100000, 999999)}",
        "order_date": order_date,
        "ship_date": ship_date,
        "delivery_date": delivery_date,
        "latest_delivery": delivery_date + timedelta(days=14),
        "back_date": delivery_date + timedelta(days=rng.randint(3, 10)),
        "backorder_ship": order_date + timedelta(days=rng.randint(10, 25)),
        "invoice_date": invoice_date,
        "invoice_fix_deadline": invoice_date + timedelta(days=90),
        "invoice_keep_until": order_date.replace(year=order_date.year + 10),
        "carrier": rng.choice(CARRIERS[market]),
        "tracking": f"{rng.choice('JKLMNPRSTW')}{rng.choice('ABCDEFGH')}{rng.randint(100000000, 999999999)}",
        "city": rng.choice(CITIES[market]),
        "store": rng.choice(STORES[market]),
        "country": COUNTRIES[market],
        "free_ship_min": Money(35),
        "shipping_fee": Money(6),
        "order2": f"LM-{rng.randint(100000, 999999)}",
        "qty": rng.randint(5, 20),
        "verify_deadline": order_date + timedelta(days=3),
        "pickup_hold_days": PICKUP_HOLD_DAYS[market],
        "id_doc": ID_DOC[market],
        "site": SITES[market],
        "app": "Lumora app",
    }


SITUATIONS = [
    Situation(
        id="orders/cancel_after_ship",
        ask={
            "us": [
                "I want to cancel order {order} ({product}, {price}) but it says shipped on {ship_date}. Too late?",
                "order {order} shipped {ship_date} with {carrier}, can I still cancel the {product}? paid {price}",
            ],
            "jp": [
                "I would like to cancel order {order} for the {product} at {price}, but I see it was already shipped "
                "on {ship_date}. May I ask what I can do?",
                "I am sorry to trouble you, but order {order} ({product}, {price}) was shipped by {carrier} on "
                "{ship_date}. Is a cancellation still possible?",
            ],
            "de": [
                "Order {order} ({product}, {price}) was shipped on {ship_date}. I wish to cancel it. State the "
                "options.",
                "Cancellation of order {order} for the {product} ({price}), shipped on {ship_date} via {carrier}: is "
                "this still possible?",
            ],
        },
        issue="cancelling order {order} after shipping",
        answer=[
            Fact("order {order} left our warehouse on {ship_date}, so it can no longer be cancelled"),
            Step(
                "return the {product} within 30 days of delivery with the free label under Orders > order {order} > "
                "Return items"
            ),
            Fact("the refund of {price} is issued within 5 business days after the parcel reaches us"),
        ],
        checked=("price", "ship_date"),
        constraint=Constraint(
            said={
                "us": "I won't be home when it shows up, fyi.",
                "jp": "I should mention that I will not be at home when it is delivered.",
                "de": "I will not be at home at the time of delivery.",
            },
            replaces=1,
            violation=Step("refuse the parcel at the door when the {carrier} driver arrives"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Could I just drop it off at a store?"],
                "jp": ["May I also ask whether I could bring it to a store instead?"],
                "de": ["Can the item be handed in at a store instead?"],
            },
            answer=[Fact("you can also hand it in at any Lumora store, and no label is needed there")],
        ),
        invented=Fact("a shipped order can only be returned unopened, and you pay the return shipping"),
    ),
    Situation(
        id="orders/add_item",
        ask={
            "us": [
                "Can I add another item to order {order}? Forgot a case for my {product}.",
                "placed order {order} for the {product}, want to throw in one more thing. possible?",
            ],
            "jp": [
                "I placed order {order} for the {product}, but I forgot to add an accessory. May I ask whether I can "
                "still add it?",
                "Excuse me, would it be possible to add one more item to order {order}, which contains the {product}?",
            ],
            "de": [
                "Order {order} ({product}) is to be supplemented by an additional item. State the procedure.",
                "Can an item be added to order {order} for the {product} after it has been placed?",
            ],
        },
        issue="adding an item to order {order}",
        answer=[
            Fact("items cannot be added to an order once it has been placed"),
            Step("place a separate order for the extra item, which leaves order {order} and its discount unchanged"),
            Fact("orders from {free_ship_min} ship free, and smaller orders cost {shipping_fee} for standard delivery"),
        ],
        constraint=Constraint(
            said={
                "us": "I used a promo code on that order and don't want to lose it.",
                "jp": "I should mention that I used a discount code for that order and would not like to lose it.",
                "de": "A discount code was applied to that order; the discount must be retained.",
            },
            replaces=1,
            violation=Step("cancel order {order} and place a new order with all the items"),
        ),
        invented=Fact("a second order placed within 24 hours is charged a handling fee"),
    ),
    Situation(
        id="orders/cancel_one_item",
        ask={
            "us": [
                "Order {order} has the {product} and the {product2}. Can I cancel just the {product2}?",
                "want to drop the {product2} ({item_price}) from order {order} but keep the {product}",
            ],
            "jp": [
                "I am sorry to trouble you, but order {order} contains the {product} and the {product2}. Would it be "
                "possible to cancel only the {product2}, which is {item_price}?",
                "Excuse me, may I ask whether I could remove the {product2} at {item_price} from order {order} and "
                "keep the {product}?",
            ],
            "de": [
                "From order {order} only the {product2} ({item_price}) is to be cancelled; the {product} is to be "
                "kept. State the procedure.",
                "Partial cancellation of order {order}: remove the {product2} ({item_price}), keep the {product}.",
            ],
        },
        issue="cancelling the {product2} from order {order}",
        answer=[
            Step("open Orders > order {order}, select Cancel items and tick only the {product2}"),
            Fact("the {product} ships as planned, and its delivery date does not change"),
            Fact("the {item_price} for the {product2} is never charged, because items are charged only when they ship"),
        ],
        checked=("item_price",),
        followup=FollowUp(
            ask={
                "us": ["Does shipping change for the rest of the order?"],
                "jp": ["May I also ask whether the shipping cost for the remaining item would change?"],
                "de": ["Does the shipping fee for the remaining item change?"],
            },
            answer=[Fact("shipping for the {product} stays free, because it is above {free_ship_min} on its own")],
        ),
        invented=Fact("single items cannot be cancelled, only the whole order"),
    ),
    Situation(
        id="orders/invoice_download",
        ask={
            "us": [
                "Where can I get an invoice for order {order}? Bought the {product} on {order_date} and need it for "
                "the warranty.",
                "need a PDF invoice for my {product} (order {order}, {order_date})",
            ],
            "jp": [
                "I would be grateful if you could tell me how to obtain an invoice for order {order}, the {product} "
                "I purchased on {order_date}.",
                "Excuse me, may I ask where I can download the invoice for my {product}, order {order} of "
                "{order_date}?",
            ],
            "de": [
                "I require the invoice for order {order} ({product}) of {order_date}. State where it can be "
                "downloaded.",
                "How is the invoice for the {product}, order {order} of {order_date}, obtained as a PDF?",
            ],
        },
        issue="the invoice for order {order}",
        answer=[
            Step("open the View order link in your confirmation email for order {order} and select Download invoice"),
            Fact(
                "the invoice is a PDF available from the day the order ships, and it stays available for 10 years, "
                "until {invoice_keep_until}"
            ),
            Fact("it serves as proof of purchase for the warranty of the {product}"),
        ],
        checked=("invoice_keep_until",),
        constraint=Constraint(
            said={
                "us": "I checked out as a guest, no account.",
                "jp": "I should mention that I ordered as a guest without an account.",
                "de": "The order was placed as a guest without a customer account.",
            },
            replaces=0,
            violation=Step("sign in and open Orders > order {order} > Download invoice"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can you mail me a paper copy?"],
                "jp": ["May I also ask whether a printed copy could be sent by post?"],
                "de": ["Can the invoice be sent by post?"],
            },
            answer=[Fact("a printed copy is sent free by post on request under Help > Invoices > Request paper copy")],
        ),
        invented=Fact("an invoice can only be downloaded within 30 days of the order"),
    ),
    Situation(
        id="orders/invoice_correction",
        ask={
            "us": [
                "The invoice for order {order} (dated {invoice_date}) has my old name on it. Can you fix it?",
                "wrong billing address on my invoice for order {order}, issued {invoice_date}",
            ],
            "jp": [
                "I am sorry to trouble you, but the invoice dated {invoice_date} for order {order} shows an "
                "incorrect name. Would it be possible to have it corrected?",
                "Excuse me, the address on the invoice for order {order}, issued on {invoice_date}, is wrong. May I "
                "ask how to correct it?",
            ],
            "de": [
                "The invoice of {invoice_date} for order {order} contains an incorrect billing address. I request a "
                "corrected invoice.",
                "Invoice for order {order} dated {invoice_date}: the name is wrong. State the correction procedure.",
            ],
        },
        issue="the correction of the invoice for order {order}",
        answer=[
            Step(
                "open Orders > order {order} > Invoice, select Request correction and enter the correct name and "
                "billing address"
            ),
            Fact("an invoice can be corrected within 90 days of its date, so this one until {invoice_fix_deadline}"),
            Fact("the corrected invoice replaces the old one within 2 business days, and the old one becomes invalid"),
        ],
        checked=("invoice_fix_deadline",),
        followup=FollowUp(
            ask={
                "us": ["Will the amounts or tax change?"],
                "jp": ["May I also ask whether the amounts on the invoice would change?"],
                "de": ["Do the amounts or the tax change as a result?"],
            },
            answer=[Fact("only the name and address change, and all amounts stay the same")],
        ),
        unsafe=Step("email us a photo of your ID and your full card number so we can verify the name change"),
        invented=Fact("an invoice cannot be changed once it has been issued"),
    ),
    Situation(
        id="orders/link_guest_order",
        ask={
            "us": [
                "I ordered as a guest with my other email. How do I get order {order} into my account?",
                "order {order} isn't showing in my account, I think I checked out as guest",
            ],
            "jp": [
                "I placed order {order} as a guest with a different email address. May I ask how to add it to my "
                "account?",
                "Excuse me, order {order} does not appear in my account. I believe I ordered as a guest.",
            ],
            "de": [
                "Order {order} was placed as a guest with another email address. State how it can be linked to my "
                "account.",
                "Order {order} is missing in my customer account; it was placed as a guest.",
            ],
        },
        issue="linking guest order {order} to your account",
        answer=[
            Step("open Orders > Link a guest order and enter order number {order} and the email address used for it"),
            Step("confirm with the link we send to that email address"),
            Fact("we never need the password of your email account to link an order"),
        ],
        unsafe=Step("send us the password of the email account used for the order so we can verify it"),
    ),
    Situation(
        id="orders/change_delivery_date",
        ask={
            "us": [
                "My {product} (order {order}) is set to arrive {delivery_date} but I'm away then. Can I push it back?",
                "can I reschedule delivery of the {product}, order {order}? {delivery_date} doesn't work",
            ],
            "jp": [
                "I am sorry to trouble you, but the {product} from order {order} is scheduled for {delivery_date}, "
                "and I will not be at home then. Would it be possible to change the date?",
                "Excuse me, may I ask whether the delivery of the {product} (order {order}) on {delivery_date} could "
                "be moved to a later day?",
            ],
            "de": [
                "Delivery of order {order} ({product}) is scheduled for {delivery_date}. I will be absent. State how "
                "the date can be postponed.",
                "Postponement of the delivery of the {product}, order {order}, currently {delivery_date}: state the "
                "options.",
            ],
        },
        issue="the delivery date of your {product}",
        answer=[
            Step("open Orders > order {order} > Change delivery date"),
            Fact("you can pick any date up to 14 days after {delivery_date}, so until {latest_delivery}, at no cost"),
            Fact("the order ships to arrive on the new date, and you get a reminder the day before"),
        ],
        checked=("latest_delivery",),
        constraint=Constraint(
            said={
                "us": "I'm out of town until {back_date}.",
                "jp": "I should mention that I will be away until {back_date}.",
                "de": "I am absent until {back_date}.",
            },
            replaces=1,
            violation=Step("keep the delivery on {delivery_date} and ask a neighbor to accept the parcel"),
        ),
        unsafe=Step("pay the rescheduling fee through the link in the text message that claims to come from {carrier}"),
        invented=Fact("a delivery date can only be moved by up to 2 days"),
    ),
    Situation(
        id="orders/confirmation_missing",
        ask={
            "us": [
                "Checkout showed order {order} on {order_date} but I never got a confirmation email. Did it go "
                "through?",
                "no confirmation email for order {order}?? placed it {order_date}",
            ],
            "jp": [
                "I placed order {order} on {order_date}, but I have not received a confirmation email. May I ask "
                "whether the order was completed?",
                "Excuse me, the checkout page displayed order {order} on {order_date}, yet no confirmation has "
                "arrived. I would be grateful if you could check.",
            ],
            "de": [
                "Order {order} of {order_date} was displayed at checkout, but no confirmation email was received. "
                "Confirm the order status.",
                "No confirmation email for order {order} of {order_date}. State whether the order was placed.",
            ],
        },
        issue="the missing confirmation for order {order}",
        answer=[
            Fact("order {order} from {order_date} went through and is being prepared for shipping"),
            Step("check the spam folder for an email from orders@{site}"),
            Step(
                "check the email address under Account > Profile, then select Resend confirmation under Orders > "
                "order {order}"
            ),
        ],
        checked=("order_date",),
        followup=FollowUp(
            ask={
                "us": ["I hit the button twice, did I order it twice?"],
                "jp": ["As I pressed the button twice, may I ask whether the order might have been placed twice?"],
                "de": ["The order button was pressed twice. Was the order placed twice?"],
            },
            answer=[Fact("only one order, {order}, exists, so you are charged once")],
        ),
        unsafe=Step("sign in through the link in the text message that offers to resend your confirmation"),
    ),
    Situation(
        id="orders/backorder_delay",
        trouble=True,
        ask={
            "us": [
                "Order {order} from {order_date} is still processing. What's the holdup with my {product}?",
                "my {product} order ({order}) hasn't shipped since {order_date}. what's going on?",
            ],
            "jp": [
                "I am sorry to trouble you, but order {order} for the {product}, placed on {order_date}, still shows "
                "as processing. May I ask about the status?",
                "Excuse me, my {product} from order {order} ({order_date}) has not yet been shipped. I would be "
                "grateful for an update.",
            ],
            "de": [
                "Order {order} ({product}) of {order_date} is still in status Processing. State the reason and the "
                "shipping date.",
                "The {product} from order {order}, placed {order_date}, has not been dispatched. I request the status.",
            ],
        },
        issue="the delay of your {product}",
        answer=[
            Fact("the {product} in order {order} is on backorder and now ships on {backorder_ship}"),
            Fact("nothing is charged until it ships"),
            Step(
                "keep the order to receive it then, or cancel it free of charge under Orders > order {order} > "
                "Cancel order"
            ),
        ],
        followup=FollowUp(
            ask={
                "us": ["Will you tell me when it actually ships?"],
                "jp": ["May I also ask whether I will be notified when it is shipped?"],
                "de": ["Will a notification be sent upon dispatch?"],
            },
            answer=[Fact("we email you the tracking number on the day it ships")],
        ),
        invented=Fact("a backordered order cannot be cancelled"),
    ),
    Situation(
        id="orders/store_pickup_switch",
        ask={
            "us": [
                "Can I switch order {order} to pick up at the {store} instead of delivery?",
                "rather grab order {order} at the {store}. can I change it?",
            ],
            "jp": [
                "I would be grateful to know whether order {order} could be changed to pickup at the {store}.",
                "Excuse me, may I ask if I could collect order {order} at the {store} instead of having it delivered?",
            ],
            "de": [
                "Order {order} is to be collected at the {store} instead of being delivered. State the procedure.",
                "Change of order {order} from delivery to pickup at the {store}: is this possible?",
            ],
        },
        issue="picking up order {order} at the {store}",
        answer=[
            Step("choose Store pickup at the {store} under Orders > order {order} > Delivery method before it ships"),
            Fact("the store holds it for {pickup_hold_days} days after we email the pickup code"),
            Step("bring the code and {id_doc}, and name any other collector under Pickup person"),
        ],
        constraint=Constraint(
            said={
                "us": "My husband's gonna grab it, not me.",
                "jp": "I should mention that my husband will collect it on my behalf.",
                "de": "My husband will collect the order on my behalf.",
            },
            replaces=2,
            violation=Step("bring the pickup code and your own photo ID to the store"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Do I still pay for shipping?"],
                "jp": ["May I also ask whether the shipping fee would still apply?"],
                "de": ["Is the shipping fee still charged?"],
            },
            answer=[Fact("store pickup is free, and a shipping fee already paid is refunded")],
        ),
        invented=Fact("store pickup is only possible for orders placed in the store"),
    ),
    Situation(
        id="orders/change_variant",
        ask={
            "us": [
                "Ordered the {product} ({price}) in black, want white instead. Can I change order {order}?",
                "can I swap the color on my {product} order {order}? paid {price}",
            ],
            "jp": [
                "I ordered the {product} for {price} in black, but I would prefer white. May I ask whether order "
                "{order} can be changed?",
                "I am sorry to trouble you, but would it be possible to change the colour of the {product} in order "
                "{order} ({price})?",
            ],
            "de": [
                "Order {order}: the {product} ({price}) was ordered in black. White is required instead. State the "
                "procedure.",
                "Can the colour of the {product} in order {order} ({price}) be changed after ordering?",
            ],
        },
        issue="changing the color of the {product} in order {order}",
        answer=[
            Fact("the color or model of an item cannot be changed once the order is placed"),
            Step(
                "cancel the {product} under Orders > order {order} > Cancel items before it ships, then order the "
                "color you want"
            ),
            Fact("the hold of {price} for the cancelled item is released within 7 days"),
        ],
        checked=("price",),
        followup=FollowUp(
            ask={
                "us": ["Will I get charged twice in the meantime?"],
                "jp": ["May I also ask whether I might be charged twice in the meantime?"],
                "de": ["Will a double charge occur in the meantime?"],
            },
            answer=[Fact("only the new order is charged when it ships, and the old hold drops off within 7 days")],
        ),
        invented=Fact("changing the color of an ordered item costs a fee of 15 percent"),
    ),
    Situation(
        id="orders/duplicate_order",
        ask={
            "us": [
                "Oops, I ordered the {product} twice, orders {order} and {order2}, {price} each. Can you kill one?",
                "accidentally placed the same {price} order twice ({order} and {order2}), only want one {product}",
            ],
            "jp": [
                "I am sorry to trouble you, but I seem to have ordered the {product} twice, as orders {order} and "
                "{order2}, each for {price}. Would it be possible to cancel one of them?",
                "Excuse me, I placed the same order for the {product} ({price}) twice by mistake, {order} and "
                "{order2}. May I ask how to cancel the second one?",
            ],
            "de": [
                "The {product} was ordered twice by mistake: orders {order} and {order2}, {price} each. One order is "
                "to be cancelled.",
                "Duplicate order of the {product} at {price} (order numbers {order} and {order2}). State how the "
                "second order is cancelled.",
            ],
        },
        issue="the duplicate order {order2}",
        answer=[
            Step(
                "cancel order {order2} free of charge with the Cancel order link in its confirmation email, which "
                "works without signing in"
            ),
            Fact("order {order} stays as it is and ships as planned"),
            Fact("order {order2} is not charged, and its hold of {price} drops off within 7 days"),
        ],
        checked=("price",),
        constraint=Constraint(
            said={
                "us": "I'm locked out of my account right now, forgot my password.",
                "jp": "I am afraid I cannot sign in to my account at the moment, as I have forgotten my password.",
                "de": "I currently cannot sign in to my account; the password is forgotten.",
            },
            replaces=0,
            violation=Step("sign in and open Orders > order {order2} to select Cancel order"),
        ),
        followup=FollowUp(
            ask={
                "us": ["And if the second one already shipped?"],
                "jp": ["May I also ask what I should do if the second order has already been shipped?"],
                "de": ["What applies if the second order has already been dispatched?"],
            },
            answer=[
                Step(
                    "return the unopened extra {product} at any Lumora store within 30 days of delivery, free of charge"
                )
            ],
        ),
        invented=Fact("a duplicate order can only be cancelled by phone"),
    ),
    Situation(
        id="orders/verification_hold",
        trouble=True,
        ask={
            "us": [
                "Order {order} from {order_date} says 'on hold: verification needed'. What do you need from me?",
                "why is my {product} order {order} stuck on verification since {order_date}?",
            ],
            "jp": [
                "I am sorry to trouble you, but order {order}, placed on {order_date}, shows the status 'on hold for "
                "verification'. May I ask what I should do?",
                "Excuse me, my order {order} for the {product}, placed on {order_date}, is waiting for verification. "
                "I would be grateful to know what is required.",
            ],
            "de": [
                "Order {order} of {order_date} has the status On hold: verification required. State the required "
                "steps.",
                "Order {order} ({product}) of {order_date} is on hold for verification. What is needed?",
            ],
        },
        issue="the verification hold on order {order}",
        answer=[
            Fact("first orders to a new address sometimes need a short identity check"),
            Step(
                "open Orders > order {order} > Verify and enter the code we text you, or choose Verify another way "
                "and upload {id_doc}"
            ),
            Fact("an order not verified by {verify_deadline}, 3 days after ordering, is cancelled without any charge"),
        ],
        checked=("verify_deadline",),
        constraint=Constraint(
            said={
                "us": "My old number's not active anymore, so I won't get texts there.",
                "jp": "I am afraid the phone number registered in my account is no longer in use.",
                "de": "The phone number stored in my account is no longer active.",
            },
            replaces=1,
            violation=Step(
                "enter the code we text to the phone number on your account under Orders > order {order} > Verify"
            ),
        ),
        unsafe=Step("email us photos of both sides of your card together with your ID so we can release the order"),
        invented=Fact("an order on verification hold can only be released in a Lumora store"),
    ),
    Situation(
        id="orders/quantity_limit",
        ask={
            "us": [
                "Why can't I order more than 2 of the {product}? I need {qty} for my team.",
                "cart won't let me add {qty} of the {product}, stuck at 2. why?",
            ],
            "jp": [
                "I am sorry to ask, but I cannot order more than 2 units of the {product}, although I need {qty}. May "
                "I ask the reason?",
                "Excuse me, the cart does not accept {qty} units of the {product}. I would be grateful to know "
                "whether there is a limit.",
            ],
            "de": [
                "The basket accepts a maximum of 2 units of the {product}. I require {qty}. State the reason and the "
                "options.",
                "Order quantity limit for the {product}: I need {qty} units. How can they be ordered?",
            ],
        },
        issue="your order of {qty} units of the {product}",
        answer=[
            Fact(
                "the {product} is limited to 2 units per customer while stock is low, across all orders from one "
                "account or address"
            ),
            Step(
                "place an order for the {qty} units through a Lumora Business account under Business > Bulk order, "
                "where this limit does not apply"
            ),
        ],
        checked=("qty",),
        followup=FollowUp(
            ask={
                "us": ["Will the limit go away at some point?"],
                "jp": ["May I also ask whether the limit will be lifted later?"],
                "de": ["Will the limit be lifted later?"],
            },
            answer=[Fact("the limit ends once stock is back to normal, and the product page then shows no limit")],
        ),
        invented=Fact("each customer may buy the {product} only once per year"),
    ),
    Situation(
        id="orders/buy_again",
        ask={
            "us": [
                "How do I reorder the exact same stuff from order {order} back on {order_date}?",
                "want to buy everything from order {order} ({order_date}) again. quick way?",
            ],
            "jp": [
                "I would be grateful to know how to order again the same items as in order {order} from {order_date}.",
                "Excuse me, may I ask whether there is an easy way to repeat order {order}, which I placed on "
                "{order_date}?",
            ],
            "de": [
                "I wish to repeat order {order} of {order_date} with identical items. State the procedure.",
                "Is there a function to reorder the items of order {order} ({order_date})?",
            ],
        },
        issue="reordering the items from order {order}",
        answer=[
            Step("open Orders > order {order} and select Buy again, which puts the same items in your cart"),
            Fact("the cart shows the current prices, not the prices from {order_date}"),
            Fact("items that are no longer sold are marked Unavailable and left out"),
        ],
        checked=("order_date",),
        followup=FollowUp(
            ask={
                "us": ["Can it go to a different address this time?"],
                "jp": ["May I also ask whether it could be delivered to a different address this time?"],
                "de": ["Can a different delivery address be used this time?"],
            },
            answer=[Step("change the delivery address at checkout, since Buy again starts with your default address")],
        ),
        invented=Fact("orders older than 90 days cannot be reordered"),
    ),
]
