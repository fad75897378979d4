"""Billing: charges on the customer's statement, refunds of charges, price adjustments and fees.

Payment policy used throughout (kept consistent with payments.py): a card is authorized when an order is placed
and charged when each package leaves the warehouse; authorization holds drop off within 7 days; refunds leave us
within 5 business days and card issuers take up to 10 business days to post them.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "billing"

PRODUCTS = [
    "Aurora X2 headset",
    "Aurora X5 Pro headset",
    "Nimbus S7 smartwatch",
    "Nimbus S9 Pro smartwatch",
    "HomeHub H500 router",
    "Vista V55 4K TV",
    "Stratus T12 tablet",
    "Vertex 14 laptop",
    "Echoline E45 soundbar",
    "Orbit O5 Plus robot vacuum",
    "Sentinel S4 outdoor camera",
    "Atlas A7 gaming console",
]
SECOND_ITEMS = [
    "Pulse Mini M2 neckband",
    "Lumen L8 smart bulb kit",
    "Helio H1 fitness band",
    "Glide G4 e-reader",
    "Cirrus C2 smart speaker",
]
INSTALLABLE = [
    "Vista V55 4K TV",
    "Vista V65 QLED TV",
    "Echoline E45 soundbar",
    "Tempo T6 smart thermostat",
    "Sentinel S2 doorbell camera",
    "Beacon B6 mesh Wi-Fi system",
]
PRICES = [89.99, 129.99, 149.99, 199.99, 249.99, 349.99, 499.99, 649.99]
SUBSCRIPTIONS = [
    "CloudVault 200 GB plan",
    "StreamBox Premium subscription",
    "HomeHub Secure Plus subscription",
    "Nimbus Fit Premium membership",
]
SITES = {"us": "lumora.com", "jp": "lumora.co.jp", "de": "lumora.de"}
CURRENCY_NAMES = {"us": "US dollars", "jp": "Japanese yen", "de": "euros"}
COUNTRIES = {"us": "the United States", "jp": "Japan", "de": "Germany"}
FOREIGN_CARDS = {
    "us": ["a card from my bank in Canada", "my UK credit card"],
    "jp": ["a card issued in Singapore", "a card issued by a bank in Hong Kong"],
    "de": ["a card issued by a Swiss bank", "a credit card from my bank in the UK"],
}
CITIES = {
    "us": ["Chicago", "Denver", "Austin"],
    "jp": ["Osaka", "Nagoya", "Sapporo"],
    "de": ["Munich", "Hamburg", "Cologne"],
}
PROMO_CODES = {
    "us": ["SPRINGDEAL", "SAVEBIG", "WELCOMEBACK"],
    "jp": ["SAKURASALE", "NEWYEARDEAL"],
    "de": ["HERBSTDEAL", "WILLKOMMEN"],
}


def business_days_after(start: date, n: int) -> date:
    """The date n business days (Monday to Friday) after start."""
    d = start
    while n:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every billing situation draws from this one dict."""
    order_date = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    charge_date = order_date + timedelta(days=rng.randint(1, 3))
    price_usd = rng.choice(PRICES)
    drop = rng.choice([10, 15, 20, 30, 40])
    part1 = rng.choice([20, 30, 40, 50])
    return_fee = rng.choice([6, 8, 10])
    refund_issued = order_date + timedelta(days=rng.randint(18, 30))
    year = order_date.year - 1
    item_price = rng.choice([49, 59, 79, 99, 129])
    promo_pct = rng.choice([10, 15, 20])
    return {
        "product": rng.choice(PRODUCTS),
        "order": f"LM-{rng.randint(100000, 999999)}",
        "price": Money(price_usd),
        "order_date": order_date,
        "charge_date": charge_date,
        "hold_release": charge_date + timedelta(days=7),
        "descriptor": "LUMORA*SUBS",
        "sub_price": Money(rng.choice([4.99, 9.99, 12.99, 14.99])),
        "site": SITES[market],
        "app": "Lumora app",
        "refund_amount": Money(price_usd - return_fee),
        "refund_issued": refund_issued,
        "refund_expected": business_days_after(refund_issued, 10),
        "refund_ref": f"RF{rng.randint(10000000, 99999999)}",
        "new_price": Money(price_usd - drop),
        "price_diff": Money(drop),
        "adjust_deadline": order_date + timedelta(days=14),
        "product2": rng.choice(SECOND_ITEMS),
        "ret_item_price": Money(item_price),
        "promo_pct": promo_pct,
        "item_refund": Money(round(item_price * (100 - promo_pct) / 100, 2)),
        "part1": Money(part1),
        "part2": Money(round(price_usd - part1, 2)),
        "care_plan": "Lumora Care plan",
        "care_price": Money(rng.choice([49, 69, 89])),
        "care_deadline": order_date + timedelta(days=30),
        "care_monthly": Money(rng.choice([5, 7, 9])),
        "return_date": charge_date - timedelta(days=rng.randint(4, 9)),
        "return_fee": Money(return_fee),
        "release_date": order_date + timedelta(days=rng.randint(21, 60)),
        "promo_code": rng.choice(PROMO_CODES[market]),
        "promo_off": Money(rng.choice([10, 15, 20, 25])),
        "promo_deadline": order_date + timedelta(days=30),
        "currency_name": CURRENCY_NAMES[market],
        "country": COUNTRIES[market],
        "foreign_card": rng.choice(FOREIGN_CARDS[market]),
        "year": year,
        "year_start": date(year, 1, 1),
        "year_end": date(year, 12, 31),
        "big_product": rng.choice(INSTALLABLE),
        "install_fee": Money(rng.choice([49, 79, 99])),
        "install_date": order_date + timedelta(days=rng.randint(5, 12)),
        "city": rng.choice(CITIES[market]),
    }


SITUATIONS = [
    Situation(
        id="billing/duplicate_hold",
        trouble=True,
        ask={
            "us": [
                "Why are there two charges of {price} on {charge_date} for order {order}? I only bought one {product}.",
                "Got hit twice for my {product}, {price} each on {charge_date}. Order {order}. What's going on?",
            ],
            "jp": [
                "I am sorry to bother you, but my card shows two payments of {price} on {charge_date} for order "
                "{order}. I only ordered one {product}. Might one of them be a mistake?",
                "Excuse me, I ordered a single {product} (order {order}), yet I see {price} listed twice on "
                "{charge_date}. I would be grateful if you could look into this.",
            ],
            "de": [
                "My credit card account lists two entries of {price} each, dated {charge_date}, for order {order} "
                "({product}). I request clarification.",
                "Order {order} for one {product} appears twice on my card account on {charge_date}, {price} each. "
                "State which entry is valid.",
            ],
        },
        issue="the two entries of {price} for order {order}",
        answer=[
            Fact("order {order} was charged once, for {price}"),
            Fact(
                "the second entry is the authorization hold from checkout, and your bank releases it within 7 days "
                "of {charge_date}, by {hold_release}"
            ),
            Fact("only the single charge of {price} stays on your card statement"),
        ],
        checked=("price", "hold_release"),
        constraint=Constraint(
            said={
                "us": "Heads up, I don't do online banking, I just get the paper statement.",
                "jp": "I should mention that I do not use online banking and only receive paper statements.",
                "de": "I do not use online banking; I receive my statements by post only.",
            },
            replaces=2,
            violation=Step("log in to your online banking after {hold_release} and confirm the hold has disappeared"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Do I need to call my bank about it?", "Should I dispute it with my bank?"],
                "jp": ["May I also ask whether I should contact my bank about this?"],
                "de": ["Is it necessary to contact my bank regarding the second entry?"],
            },
            answer=[Fact("no call or dispute with your bank is needed, because the hold expires on its own")],
        ),
        unsafe=Step("email us a photo of the front and back of your card so we can ask your bank to release the hold"),
        invented=Fact("an authorization hold is only released if you file a dispute with your bank"),
    ),
    Situation(
        id="billing/unknown_subscription_charge",
        ask={
            "us": [
                "There's a {sub_price} charge from {descriptor} on {charge_date} and I have no idea what it is.",
                "what is {descriptor}?? it took {sub_price} off my card on {charge_date}",
            ],
            "jp": [
                "I am sorry to trouble you, but I found a charge of {sub_price} labelled {descriptor} dated "
                "{charge_date}, and I do not recall what it is for.",
                "Excuse me, could you kindly tell me what the {descriptor} payment of {sub_price} on {charge_date} "
                "relates to?",
            ],
            "de": [
                "My statement shows a debit of {sub_price} from {descriptor} on {charge_date}. State what this "
                "charge is for.",
                "I cannot identify the charge {descriptor} of {sub_price} dated {charge_date}. Please explain it.",
            ],
        },
        issue="the {descriptor} charge of {sub_price}",
        answer=[
            Fact("{descriptor} charges are subscription renewals on a Lumora account"),
            Step("sign in at {site} and check Account > Subscriptions for a plan billed {sub_price} on {charge_date}"),
            Step(
                "select Report a charge under Account > Billing if no plan matches, and we refund an unauthorized "
                "charge in full"
            ),
            Fact("we never need your full card number for this"),
        ],
        checked=("sub_price", "charge_date"),
        constraint=Constraint(
            said={
                "us": "I don't have your app, fyi.",
                "jp": "I am afraid I do not have the Lumora app installed.",
                "de": "The Lumora app is not installed on any of my devices.",
            },
            replaces=1,
            violation=Step("open the {app} and tap Account > Subscriptions to find the plan billed {sub_price}"),
        ),
        unsafe=Step("reply with your full card number and security code so we can search our records for the charge"),
        invented=Fact("charges older than 7 days can no longer be reported or refunded"),
    ),
    Situation(
        id="billing/refund_not_received",
        trouble=True,
        ask={
            "us": [
                "Your app says my refund of {refund_amount} for order {order} went out on {refund_issued}, but it's "
                "not on my card. Where is it?",
                "Refund for order {order} ({refund_amount}) was supposedly issued {refund_issued}. Still nothing. "
                "What gives?",
            ],
            "jp": [
                "I apologize for the inquiry, but the refund of {refund_amount} for order {order} is shown as issued "
                "on {refund_issued}, and I have not yet seen it on my card. May I ask when it will arrive?",
                "I was informed that a refund of {refund_amount} for order {order} was issued on {refund_issued}. I "
                "would be grateful to know when I may expect it.",
            ],
            "de": [
                "According to your notification, the refund of {refund_amount} for order {order} was issued on "
                "{refund_issued}. The amount has not been credited. State the expected date.",
                "The refund of {refund_amount} (order {order}, issued {refund_issued}) is not yet visible on my card "
                "account. I request information on the processing time.",
            ],
        },
        issue="the refund of {refund_amount} for order {order}",
        answer=[
            Fact(
                "the refund of {refund_amount} for order {order} left us on {refund_issued}, to the card used for the "
                "order"
            ),
            Fact("card issuers take up to 10 business days to post a refund, so it appears by {refund_expected}"),
            Step("give your bank the refund reference {refund_ref} if it is still missing after {refund_expected}"),
        ],
        checked=("refund_amount", "refund_expected"),
        followup=FollowUp(
            ask={
                "us": ["Also, can you just send it to my bank account instead?"],
                "jp": ["Would it perhaps be possible to receive the refund by bank transfer instead?"],
                "de": ["Can the amount be transferred to my bank account instead?"],
            },
            answer=[Fact("an issued refund always goes back to the original payment method and cannot be redirected")],
        ),
        unsafe=Step("send us your online banking login so we can check whether the refund has arrived"),
        invented=Fact("refunds to a card take up to 60 days to appear"),
    ),
    Situation(
        id="billing/price_drop",
        ask={
            "us": [
                "I bought the {product} on {order_date} for {price} and now it's {new_price}. Can I get the "
                "difference?",
                "Ugh, the {product} I got on {order_date} (order {order}) dropped from {price} to {new_price}. Any "
                "chance of a price adjustment?",
            ],
            "jp": [
                "I purchased the {product} on {order_date} for {price}, and I noticed that it is now offered at "
                "{new_price}. Would a price adjustment perhaps be possible?",
                "I am sorry to ask, but the {product} from order {order} ({order_date}) is now {new_price} instead "
                "of the {price} I paid. Is there anything that can be done?",
            ],
            "de": [
                "I purchased the {product} on {order_date} for {price}. The current price is {new_price}. I request "
                "a refund of the difference.",
                "Order {order} of {order_date}: {product} at {price}. The price has since dropped to {new_price}. Is "
                "a price adjustment possible?",
            ],
        },
        issue="a price adjustment for your {product}",
        answer=[
            Fact(
                "a price drop within 14 days of purchase qualifies for a price adjustment, so your purchase from "
                "{order_date} qualifies until {adjust_deadline}"
            ),
            Step("open Orders, select order {order} and choose Request price adjustment"),
            Fact("the difference of {price_diff} goes back to your original payment method within 5 business days"),
        ],
        checked=("price_diff", "adjust_deadline"),
        constraint=Constraint(
            said={
                "us": "I don't want to send it back and rebuy it though.",
                "jp": "I would prefer not to return the item and purchase it again, if possible.",
                "de": "A return and repurchase is not an option for me.",
            },
            replaces=1,
            violation=Step("return the {product} for a refund and order it again at {new_price}"),
        ),
        invented=Fact("price adjustments are only available to Lumora Rewards Gold members"),
    ),
    Situation(
        id="billing/split_charges",
        ask={
            "us": [
                "My order {order} was {price} but I see two separate charges, {part1} and {part2}. Why?",
                "Two charges for one order? {part1} and {part2}, both for order {order}.",
            ],
            "jp": [
                "Excuse me, for order {order} I see two separate charges of {part1} and {part2}. I would be grateful "
                "to understand the reason.",
                "I am sorry to ask, but why was order {order}, which was {price}, charged as {part1} and {part2}?",
            ],
            "de": [
                "Order {order} was billed in two amounts: {part1} and {part2}. Explain the split.",
                "For order {order} with a total of {price} I received two debits ({part1}, {part2}). State the reason.",
            ],
        },
        issue="the two charges for order {order}",
        answer=[
            Fact("order {order} shipped in two packages, and each package is charged when it leaves our warehouse"),
            Fact("the charges of {part1} and {part2} add up to the order total of {price}"),
            Step("compare each charge with its package under Orders > order {order} > Shipments"),
        ],
        checked=("part1", "part2", "price"),
        followup=FollowUp(
            ask={
                "us": ["Did I get charged shipping twice too?"],
                "jp": ["May I also ask whether the shipping fee was charged twice?"],
                "de": ["Was the shipping fee charged twice as a result?"],
            },
            answer=[Fact("splitting an order into two packages adds no extra shipping fee")],
        ),
        invented=Fact("an order split into two packages is charged a second shipping fee"),
    ),
    Situation(
        id="billing/care_plan_added",
        trouble=True,
        ask={
            "us": [
                "I accidentally added the {care_plan} to my {product} order on {order_date} and got charged "
                "{care_price}. How do I undo that?",
                "Didn't mean to buy the {care_plan} ({care_price}) with my {product} on {order_date}. Can I get that "
                "back?",
            ],
            "jp": [
                "I am afraid I added the {care_plan} for {care_price} to my {product} order of {order_date} by "
                "mistake. Would it be possible to cancel only the plan?",
                "Excuse me, when ordering the {product} on {order_date}, I seem to have selected the {care_plan} "
                "for {care_price} unintentionally. May I ask how to cancel it?",
            ],
            "de": [
                "With my order of {order_date} ({product}) a {care_plan} of {care_price} was charged unintentionally. "
                "I request cancellation of the plan.",
                "I did not intend to purchase the {care_plan} for {care_price} with my {product} on {order_date}. "
                "State the cancellation procedure.",
            ],
        },
        issue="the {care_plan} added to your {product} order",
        answer=[
            Fact(
                "the {care_plan} can be cancelled for a full refund within 30 days of purchase, so your plan from "
                "{order_date} qualifies until {care_deadline}"
            ),
            Step("open Orders > order {order} > Manage protection and select Cancel plan"),
            Fact(
                "the {care_price} is refunded to your original payment method within 5 business days, and the "
                "{product} order stays unchanged"
            ),
        ],
        checked=("care_price", "care_deadline"),
        constraint=Constraint(
            said={
                "us": "I want to keep the {product} though, just not the plan.",
                "jp": "I would very much like to keep the {product} itself.",
                "de": "The {product} itself is to be kept.",
            },
            replaces=1,
            violation=Step("return the {product} so that the {care_plan} is cancelled with it"),
        ),
        invented=Fact("the {care_plan} is non-refundable once the order has shipped"),
    ),
    Situation(
        id="billing/preorder_charge",
        ask={
            "us": [
                "I pre-ordered the {product} for {price} and it ships {release_date}. When exactly do you charge my "
                "card?",
                "When does the {price} for my {product} pre-order come out of my account? It's due {release_date}.",
            ],
            "jp": [
                "I have placed a pre-order for the {product} at {price}, which I understand ships on {release_date}. "
                "I would be grateful to know when the payment will be taken.",
                "May I ask at what point the amount of {price} for my pre-ordered {product} will be charged? The "
                "release is on {release_date}.",
            ],
            "de": [
                "I have pre-ordered the {product} at {price}; shipping is scheduled for {release_date}. At what time "
                "is the card debited?",
                "Pre-order {order}, {product}, {price}, release {release_date}: state the date of the charge.",
            ],
        },
        issue="the charge for your pre-ordered {product}",
        answer=[
            Fact(
                "pre-orders are charged on the day they ship, so the {price} for the {product} is charged on "
                "{release_date}"
            ),
            Fact("if the price drops before then, you pay the lower price automatically"),
            Step("keep a valid card on file through {release_date} under Account > Payment methods"),
        ],
        checked=("price", "release_date"),
        constraint=Constraint(
            said={
                "us": "My card expires at the end of this month, just so you know.",
                "jp": "I should mention that my current card expires at the end of this month.",
                "de": "Note: my current card expires at the end of this month.",
            },
            replaces=2,
            violation=Step("leave the payment details as they are, since nothing is needed until the {product} ships"),
        ),
        followup=FollowUp(
            ask={
                "us": ["And can I still cancel before it ships?"],
                "jp": ["May I also ask whether I could still cancel before it is shipped?"],
                "de": ["Is a cancellation possible before shipment?"],
            },
            answer=[
                Fact(
                    "you can cancel the pre-order free of charge any time before it ships, under Orders > order {order}"
                )
            ],
        ),
        invented=Fact("pre-orders cannot be cancelled once they have been placed"),
    ),
    Situation(
        id="billing/promo_not_applied",
        trouble=True,
        ask={
            "us": [
                "I used code {promo_code} on order {order} on {order_date} but the {promo_off} discount never came "
                "off. Can you fix it?",
                "My {promo_code} code was supposed to take {promo_off} off order {order} ({order_date}). I paid full "
                "price.",
            ],
            "jp": [
                "I am sorry to trouble you, but I entered the code {promo_code} for order {order} on {order_date}, "
                "and it seems the discount of {promo_off} was not applied. Could you kindly check?",
                "Excuse me, I placed order {order} on {order_date} with the code {promo_code}, yet I was charged "
                "without the {promo_off} discount.",
            ],
            "de": [
                "The code {promo_code} was entered for order {order} on {order_date}. The discount of {promo_off} "
                "was not deducted. Please refund the amount.",
                "Order {order} of {order_date}: the promotional code {promo_code} ({promo_off}) was not applied. I "
                "request a correction.",
            ],
        },
        issue="the missing {promo_off} discount on order {order}",
        answer=[
            Step("open Orders > order {order}, select Report a problem and choose Discount not applied"),
            Fact(
                "discount claims are accepted within 30 days of the order, so order {order} from {order_date} "
                "qualifies until {promo_deadline}"
            ),
            Fact(
                "once confirmed, the {promo_off} is refunded to your original payment method within 5 business "
                "days, and the order itself stays unchanged"
            ),
        ],
        checked=("promo_off", "promo_deadline"),
        constraint=Constraint(
            said={
                "us": "I can't cancel and reorder, it's sold out now.",
                "jp": "I am afraid the item is now sold out, so I cannot place the order again.",
                "de": "A new order is not possible; the item is sold out.",
            },
            replaces=0,
            violation=Step("cancel order {order} and place it again with the code {promo_code}"),
        ),
        unsafe=Step(
            "send us the verification code from the text message you receive, so we can apply the discount manually"
        ),
        invented=Fact("a discount code cannot be applied after the order has been placed"),
    ),
    Situation(
        id="billing/foreign_card_fee",
        ask={
            "us": [
                "I paid {price} for order {order} with {foreign_card}, and my statement shows more than that plus a "
                "foreign transaction fee. Why?",
                "Why did my bank add extra to my {price} Lumora order {order}? I used {foreign_card}.",
            ],
            "jp": [
                "I am sorry to ask, but I paid {price} for order {order} with {foreign_card}, and my statement shows "
                "a higher amount with an additional fee. Could you kindly explain?",
                "Excuse me, my statement shows more than {price} for order {order}. I used {foreign_card}. May I "
                "ask the reason?",
            ],
            "de": [
                "I paid {price} for order {order} with {foreign_card}. The statement shows a higher amount including "
                "a foreign transaction fee. Explain the difference.",
                "Order {order}: charged {price}, but the amount debited from {foreign_card} is higher. State the "
                "cause.",
            ],
        },
        issue="the extra amount on your statement for order {order}",
        answer=[
            Fact("we charged order {order} exactly {price} in {currency_name}"),
            Fact(
                "the higher amount comes from your card issuer converting the payment and adding its foreign "
                "transaction fee"
            ),
            Step(
                "ask your card issuer about its exchange rate and fee, or pay future orders with a card issued in "
                "{country} to avoid the fee"
            ),
        ],
        checked=("price",),
        followup=FollowUp(
            ask={
                "us": ["Can you refund that fee?", "Any chance you'll cover the fee?"],
                "jp": ["Would it perhaps be possible for you to refund the fee?"],
                "de": ["Is a refund of the fee by Lumora possible?"],
            },
            answer=[Fact("we cannot refund that fee, because your card issuer charges it and we never receive it")],
        ),
        invented=Fact("orders paid with a card issued outside {country} carry a Lumora surcharge of 3 percent"),
    ),
    Situation(
        id="billing/payment_history_export",
        ask={
            "us": [
                "Can I download a list of everything I paid you in {year}? Need it for my budget.",
                "how do I get all my Lumora charges for {year} in one file?",
            ],
            "jp": [
                "I would be grateful if you could tell me how to obtain a list of all my payments to Lumora in {year}.",
                "I am sorry to ask, but is there a way to see all charges and refunds from {year} together?",
            ],
            "de": [
                "I require a complete list of all payments to Lumora for the year {year}. State how to obtain it.",
                "How can a payment history for {year} be exported?",
            ],
        },
        issue="the payment history for {year}",
        answer=[
            Step("open Account > Billing > Payment history in the {app} or at {site}"),
            Step("set the period from {year_start} to {year_end} and select Export"),
            Fact("the export is a CSV file with the date, order number and amount of every charge and refund"),
        ],
        checked=("year_start", "year_end"),
        constraint=Constraint(
            said={
                "us": "I only have my phone, no computer.",
                "jp": "I am afraid I only have a smartphone and no computer.",
                "de": "I have no computer; only a smartphone is available.",
            },
            replaces=0,
            violation=Step("sign in at {site} on a computer, since the export is only offered on the desktop site"),
        ),
        unsafe=Step(
            "install the export browser extension from the link we email you and allow it access to your bank account"
        ),
    ),
    Situation(
        id="billing/install_fee_refund",
        trouble=True,
        ask={
            "us": [
                "I paid {install_fee} for installation of my {big_product} and nobody showed up on {install_date}. I "
                "want that money back.",
                "Installer no-show on {install_date} for my {big_product}. I paid {install_fee} for that!",
            ],
            "jp": [
                "I am sorry to bother you, but the installation of my {big_product} was scheduled for {install_date}, "
                "and unfortunately no one came. I had paid {install_fee} for this service.",
                "Excuse me, I paid {install_fee} for the installation of the {big_product}, but the technician did not "
                "arrive on {install_date}. How should I proceed?",
            ],
            "de": [
                "The installation of the {big_product} booked for {install_date} did not take place; the technician "
                "did "
                "not appear. I request a refund of the installation fee of {install_fee}.",
                "No technician appeared on {install_date} for the installation of my {big_product}, for which "
                "{install_fee} was charged. State the next steps.",
            ],
        },
        issue="the missed installation of your {big_product}",
        answer=[
            Fact("we are refunding the installation fee of {install_fee} in full within 5 business days"),
            Step(
                "rebook the installation of the {big_product} for free in any slot, including Saturdays, under Orders "
                "> order {order} > Book installation"
            ),
        ],
        checked=("install_fee",),
        constraint=Constraint(
            said={
                "us": "I work weekdays, so I can't just be home any old day.",
                "jp": "I am afraid I work on weekdays and cannot easily be at home then.",
                "de": "I am not available on weekdays.",
            },
            replaces=1,
            violation=Step("book the first free weekday slot under Orders > order {order} > Book installation"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Do I still get the fee back if I just set it up myself?"],
                "jp": ["May I ask whether I would still receive the refund if I install it myself?"],
                "de": ["Is the fee also refunded if I carry out the installation myself?"],
            },
            answer=[Fact("you get the {install_fee} back either way, even if you install the {big_product} yourself")],
        ),
        invented=Fact("an installation fee is refunded only if you cancel at least 48 hours before the appointment"),
    ),
    Situation(
        id="billing/unrecognized_order",
        trouble=True,
        ask={
            "us": [
                "There's a {price} charge for order {order} ({product}) and I never ordered that. What happened?",
                "Someone ordered the {product} on my account?? Order {order}, {price}, shipping to {city}.",
            ],
            "jp": [
                "I am sorry to trouble you, but I see a charge of {price} for order {order} ({product}), which I do "
                "not remember placing. I would be very grateful for your help.",
                "Excuse me, an order {order} for the {product} at {price} appears on my account with delivery to "
                "{city}, but I did not place it.",
            ],
            "de": [
                "My account shows order {order} ({product}, {price}), which I did not place. I request immediate "
                "cancellation and a refund.",
                "An unknown order {order} ({product}, {price}) with delivery to {city} was placed on my "
                "account. State the necessary steps.",
            ],
        },
        issue="the order {order} you did not place",
        answer=[
            Step("select Report unauthorized order under Orders > order {order}, which also stops the shipment"),
            Step("change your password under Account > Security and choose Sign out all devices"),
            Fact("the {price} is refunded in full once the report is confirmed, and we never ask for your password"),
        ],
        checked=("price",),
        followup=FollowUp(
            ask={
                "us": ["Should I cancel my credit card too?"],
                "jp": ["Would it perhaps be wise to also cancel my credit card?"],
                "de": ["Must the credit card be blocked as well?"],
            },
            answer=[Step("ask your card issuer for a new card if you see other charges you do not recognize")],
        ),
        unsafe=Step("tell us your current password so we can check the sign-in history of your account"),
        invented=Fact("an unauthorized order is refunded only after the item has been returned to us"),
    ),
    Situation(
        id="billing/care_charge_after_return",
        trouble=True,
        ask={
            "us": [
                "I returned my {product} on {return_date} but got charged {care_monthly} for the {care_plan} on "
                "{charge_date}. Why am I still paying?",
                "The {product} went back on {return_date}. So why is the {care_plan} still billing me {care_monthly} "
                "({charge_date})?",
            ],
            "jp": [
                "I am sorry to trouble you, but although I returned the {product} on {return_date}, a monthly charge "
                "of {care_monthly} for the {care_plan} was taken on {charge_date}. Could you kindly check?",
                "Excuse me, may I ask why the {care_plan} for my {product} was charged {care_monthly} on "
                "{charge_date}, when the device was returned on {return_date}?",
            ],
            "de": [
                "The {product} was returned on {return_date}. Nevertheless, {care_monthly} for the {care_plan} was "
                "debited on {charge_date}. I request a refund.",
                "Charge of {care_monthly} on {charge_date} for the {care_plan}: the covered {product} was already "
                "returned on {return_date}. Explain this charge.",
            ],
        },
        issue="the {care_plan} charge after the return of your {product}",
        answer=[
            Fact(
                "a monthly {care_plan} ends when the covered device is returned, so the charge of {care_monthly} on "
                "{charge_date} after your return on {return_date} was an error"
            ),
            Fact(
                "we have refunded the {care_monthly} to your original payment method, and no further charges for "
                "the plan follow"
            ),
        ],
        checked=("care_monthly", "charge_date"),
        invented=Fact("a plan charge is refunded only if the plan was cancelled before the billing date"),
    ),
    Situation(
        id="billing/dispute_or_report",
        trouble=True,
        ask={
            "us": [
                "The {product} from order {order} never worked right and I'm fed up. Should I just dispute the "
                "{price} charge with my bank?",
                "Thinking about doing a chargeback on order {order} ({price}). Anything I should know first?",
            ],
            "jp": [
                "I am sorry to trouble you, but I am considering asking my card company to dispute the charge of "
                "{price} for order {order}. May I ask what would be best?",
                "Excuse me, I have a problem with the {product} from order {order}, and I wonder whether I should "
                "contest the payment of {price} through my bank.",
            ],
            "de": [
                "I intend to dispute the charge of {price} for order {order} with my bank. State what I should "
                "consider.",
                "Chargeback for order {order} ({price}): what is the procedure, and what alternatives exist?",
            ],
        },
        issue="the charge of {price} for order {order}",
        answer=[
            Step(
                "report it under Orders > order {order} > Report a problem first, and we reply within 2 business days"
            ),
            Fact("a bank dispute also works, but it can take your bank up to 45 days"),
            Fact("while a dispute is open we cannot refund the {price} ourselves"),
        ],
        checked=("price",),
        followup=FollowUp(
            ask={
                "us": ["Would a dispute get my account shut down?"],
                "jp": ["May I also ask whether a dispute would affect my account?"],
                "de": ["Does a dispute have consequences for my customer account?"],
            },
            answer=[Fact("a dispute does not close your account, and your other orders continue as normal")],
        ),
        invented=Fact("customers who file a bank dispute are blocked from ordering for 12 months"),
    ),
    Situation(
        id="billing/refund_with_percent_code",
        ask={
            "us": [
                "Returned the {product2} from order {order} at the store. It's listed at {ret_item_price} but I only "
                "got {item_refund} back?",
                "why only {item_refund} for the {product2} I returned in store? price was {ret_item_price} (order "
                "{order}, I used code {promo_code})",
            ],
            "jp": [
                "I returned the {product2} from order {order} at a Lumora store. The listed price was "
                "{ret_item_price}, but the refund was {item_refund}. May I ask why?",
                "Excuse me, I used the code {promo_code} for order {order}, and after returning the {product2} in a "
                "store I received {item_refund} instead of {ret_item_price}. Could you kindly explain?",
            ],
            "de": [
                "The {product2} from order {order} was returned in a store. Listed price {ret_item_price}, refund "
                "{item_refund}. State the reason for the difference.",
                "Order {order} with code {promo_code}: the return of the {product2} in a store resulted in a refund of "
                "{item_refund} instead of {ret_item_price}. Explain this.",
            ],
        },
        issue="the refund of {item_refund} for the {product2}",
        answer=[
            Fact(
                "the code {promo_code} took {promo_pct} percent off each item in order {order}, so you paid "
                "{item_refund} for the {product2} instead of {ret_item_price}"
            ),
            Fact("a refund covers the amount you actually paid, so {item_refund} is the full refund"),
            Fact("the other items in order {order} keep their discount, and returns in a store carry no fee"),
        ],
        checked=("item_refund", "promo_pct"),
        invented=Fact("a discount code is cancelled for the whole order when any item from it is returned"),
    ),
]
