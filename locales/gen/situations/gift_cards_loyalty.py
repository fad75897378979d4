"""Gift cards and Lumora Rewards: balances, expiry, sending, refunds to gift cards, points, vouchers and tiers.

Policy used throughout: gift cards are valid for 5 years from purchase and are never paid out in cash; up to 5
gift cards per order; Rewards points are credited 30 days after delivery; every 500 points convert into a voucher
of {voucher_unit}; vouchers are valid 12 months and cannot buy gift cards; Gold starts at {gold_threshold} of
spending in a calendar year. Gift card balances are whole dollars so that derived amounts render consistently.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "gift_cards_loyalty"

PRODUCTS = [
    "Aurora X5 Pro headset",
    "Nimbus S9 Pro smartwatch",
    "Cirrus C4 Max speaker",
    "Stratus T12 tablet",
    "Glide G4 e-reader",
    "Kestrel K5 action camera",
    "Echoline E20 soundbar",
    "Orbit O3 robot vacuum",
]
SITES = {"us": "lumora.com", "jp": "lumora.co.jp", "de": "lumora.de"}
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
ALT_METHODS = {"us": "PayPal", "jp": "convenience-store payment", "de": "SEPA direct debit"}
AUTHORITIES = {"us": "the IRS", "jp": "the tax office", "de": "the tax office"}


def add_years(d: date, years: int) -> date:
    return d.replace(year=d.year + years)


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every gift card and loyalty situation draws from this one dict."""
    order_date = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    delivery_date = order_date + timedelta(days=rng.randint(2, 5))
    balance = rng.choice([25, 50, 100])
    small_total = rng.choice([9.99, 14.99, 19.99, 22.49])
    price = rng.choice([129.99, 149.99, 199.99, 249.99])
    points = 500 * rng.randint(2, 9) + rng.randrange(50, 500, 50)
    spend = rng.choice([412, 538, 689, 774, 851])
    gc_bought = date(rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))
    voucher_issued = order_date - timedelta(days=rng.randint(20, 200))
    return {
        "product": rng.choice(PRODUCTS),
        "order": f"LM-{rng.randint(100000, 999999)}",
        "order_date": order_date,
        "price": Money(price),
        "gc_balance": Money(balance),
        "small_total": Money(small_total),
        "gc_remaining": Money(round(balance - small_total, 2)),
        "gc_shortfall": Money(round(price - balance, 2)),
        "gc_paid": Money(rng.choice([39.99, 59.99, 79.99])),
        "gc_bought": gc_bought,
        "gc_expiry": add_years(gc_bought, 5),
        "gc_count": rng.randint(3, 4),
        "gc_min": Money(10),
        "gc_max": Money(500),
        "scam_amount": Money(rng.choice([300, 500, 1000])),
        "authority": AUTHORITIES[market],
        "gift_date": order_date + timedelta(days=rng.randint(3, 20)),
        "carrier": rng.choice(CARRIERS[market]),
        "city": rng.choice(CITIES[market]),
        "delivery_date": delivery_date,
        "order_points": rng.randrange(80, 900, 10),
        "points_credit_date": delivery_date + timedelta(days=30),
        "points_balance": points,
        "points_left": points % 500,
        "points_expiry": order_date + timedelta(days=rng.randint(10, 40)),
        "voucher_unit": Money(5),
        "redeem_value": Money((points // 500) * 5),
        "voucher_value": Money(rng.choice([10, 15, 20])),
        "voucher_issued": voucher_issued,
        "voucher_expiry": add_years(voucher_issued, 1),
        "tier_year": order_date.year,
        "year_spend": Money(spend),
        "gold_threshold": Money(1000),
        "tier_gap": Money(round(1000 - spend, 2)),
        "tier_reset": date(order_date.year + 1, 1, 1),
        "alt_method": ALT_METHODS[market],
        "site": SITES[market],
        "app": "Lumora app",
    }


SITUATIONS = [
    Situation(
        id="gift_cards_loyalty/scam_payment_request",
        trouble=True,
        ask={
            "us": [
                "Some caller says I owe {authority} money and have to pay with Lumora gift cards worth "
                "{scam_amount}. Legit?",
                "Got told on the phone to buy {scam_amount} in Lumora gift cards for {authority} and read them the "
                "codes. Is this a scam?",
            ],
            "jp": [
                "I am sorry to trouble you, but a caller told me I owe money to {authority} and asked me to pay "
                "{scam_amount} with Lumora gift cards. Could this be genuine?",
                "Excuse me, someone claiming to be from {authority} asked me to buy Lumora gift cards worth "
                "{scam_amount} and read out the codes by phone. I would be grateful for your advice.",
            ],
            "de": [
                "A caller claims I owe {authority} money and demands payment of {scam_amount} in Lumora gift cards. "
                "Is this legitimate?",
                "I was instructed by phone, allegedly by {authority}, to purchase Lumora gift cards for "
                "{scam_amount} and to disclose the codes. State whether this is fraud.",
            ],
        },
        issue="the request to pay {authority} with Lumora gift cards",
        answer=[
            Fact("{authority} never asks for payment in gift cards, so this is a scam"),
            Step("do not buy the cards, and never read a card number or PIN to anyone"),
            Step(
                "report any shared codes under Help > Gift cards > Report fraud right away, and we freeze the unspent "
                "balance"
            ),
        ],
        constraint=Constraint(
            said={
                "us": "Thing is, I already read them two of the codes.",
                "jp": "I am afraid I already read out two of the codes.",
                "de": "Two codes have already been disclosed.",
            },
            replaces=2,
            violation=Step("accept the loss, since a gift card code that has been shared cannot be protected"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Should I call the police too?"],
                "jp": ["May I also ask whether I should inform the police?"],
                "de": ["Is a report to the police advisable?"],
            },
            answer=[Step("report the call to the police as well")],
        ),
        unsafe=Step("read the card number and PIN to the caller once so they can confirm the cards are genuine"),
    ),
    Situation(
        id="gift_cards_loyalty/partial_use_remaining",
        ask={
            "us": [
                "Used my {gc_balance} gift card on a {small_total} order. What happens to the rest?",
                "gift card was {gc_balance}, order {order} was {small_total}. where's the leftover?",
            ],
            "jp": [
                "I used my gift card of {gc_balance} for order {order}, which came to {small_total}. May I ask what "
                "happens to the remaining balance?",
                "Excuse me, I would be grateful to know whether the rest of my {gc_balance} gift card is still "
                "usable after an order of {small_total}.",
            ],
            "de": [
                "A gift card of {gc_balance} was used for order {order} totalling {small_total}. State what happens "
                "to the remaining balance.",
                "Gift card value {gc_balance}, order value {small_total}: is the remaining amount retained?",
            ],
        },
        issue="the remaining balance on your gift card",
        answer=[
            Fact("the remaining {gc_remaining} stays on the gift card for future orders"),
            Fact("the balance stays valid until the card expires, 5 years after it was bought"),
            Step("check the balance any time under Account > Gift cards > Check balance"),
        ],
        checked=("gc_remaining",),
        followup=FollowUp(
            ask={
                "us": ["Can I put the leftover toward a subscription?"],
                "jp": ["May I also ask whether the remaining balance could be used for a subscription?"],
                "de": ["Can the remaining balance be used for a subscription?"],
            },
            answer=[
                Step(
                    "choose Gift card balance as the payment method under Account > Subscriptions, and each "
                    "renewal draws from it"
                )
            ],
        ),
        invented=Fact("the remaining balance of a gift card expires 30 days after its first use"),
    ),
    Situation(
        id="gift_cards_loyalty/balance_shortfall",
        ask={
            "us": [
                "My gift card has {gc_balance} but the {product} is {price}. Can I pay the rest another way?",
                "gift card only covers {gc_balance} of the {price} {product}. how do I pay the difference?",
            ],
            "jp": [
                "I have a gift card with {gc_balance}, but the {product} costs {price}. May I ask how I could pay "
                "the remaining amount?",
                "Excuse me, would it be possible to combine my {gc_balance} gift card with another payment method "
                "for the {product} at {price}?",
            ],
            "de": [
                "My gift card holds {gc_balance}; the {product} costs {price}. State how the difference can be paid.",
                "Purchase of the {product} ({price}) with a gift card of {gc_balance}: how is the remaining amount "
                "settled?",
            ],
        },
        issue="paying for the {product} with a gift card and another method",
        answer=[
            Step("enter the gift card at checkout first, which covers {gc_balance} of the {price}"),
            Step("pay the remaining {gc_shortfall} with {alt_method}, which needs no credit card"),
            Fact("no extra fee applies for combining a gift card with another payment method"),
        ],
        checked=("gc_shortfall",),
        constraint=Constraint(
            said={
                "us": "I don't have a credit card though.",
                "jp": "I should mention that I do not have a credit card.",
                "de": "I do not have a credit card.",
            },
            replaces=1,
            violation=Step("pay the remaining {gc_shortfall} with a credit card"),
        ),
        invented=Fact("a gift card can only be used when it covers the full order total"),
    ),
    Situation(
        id="gift_cards_loyalty/expiry_check",
        ask={
            "us": [
                "Found a Lumora gift card I got on {gc_bought}. Is it still good?",
                "does a gift card from {gc_bought} expire? mine's been sitting in a drawer",
            ],
            "jp": [
                "I found a Lumora gift card that was purchased on {gc_bought}. May I ask whether it can still be used?",
                "I am sorry to ask, but I would be grateful to know the validity period of a gift card bought on "
                "{gc_bought}.",
            ],
            "de": [
                "I hold a Lumora gift card purchased on {gc_bought}. State its validity.",
                "Until when is a Lumora gift card purchased on {gc_bought} valid?",
            ],
        },
        issue="the validity of your gift card",
        answer=[
            Fact(
                "Lumora gift cards are valid for 5 years from purchase, so the card from {gc_bought} works until "
                "{gc_expiry}"
            ),
            Step("check the balance under Account > Gift cards > Check balance with the card number and PIN"),
            Step("use it at checkout or add it to your account before {gc_expiry}"),
        ],
        checked=("gc_expiry",),
        followup=FollowUp(
            ask={
                "us": ["Can I check the balance without an account?"],
                "jp": ["May I ask whether the balance can be checked without an account?"],
                "de": ["Can the balance be checked without a customer account?"],
            },
            answer=[Step("enter the card number and PIN at {site}/giftcards, which works without signing in")],
        ),
        invented=Fact("Lumora gift cards expire 12 months after purchase"),
    ),
    Situation(
        id="gift_cards_loyalty/damaged_card",
        trouble=True,
        ask={
            "us": [
                "The PIN on my {gc_balance} gift card got scratched off and I can't read it. What now?",
                "scratched too hard, my {gc_balance} gift card's PIN is unreadable. help",
            ],
            "jp": [
                "I am sorry to trouble you, but the PIN on my gift card of {gc_balance} was damaged when I scratched "
                "it, and I cannot read it. Could you kindly help?",
                "Excuse me, the PIN of my {gc_balance} gift card has become illegible. May I ask what I should do?",
            ],
            "de": [
                "The PIN of my gift card worth {gc_balance} is illegible after scratching. I request a replacement.",
                "Gift card with {gc_balance}: the PIN field is damaged and cannot be read. State the procedure.",
            ],
        },
        issue="the unreadable PIN on your gift card",
        answer=[
            Step("send photos of both sides of the card under Help > Gift cards > Damaged card"),
            Fact(
                "once the card number is confirmed, we email you an e-gift card for the {gc_balance} balance within "
                "2 business days"
            ),
            Fact("the original card is blocked when the replacement is issued"),
        ],
        checked=("gc_balance",),
        constraint=Constraint(
            said={
                "us": "It was a gift, so I don't have a receipt.",
                "jp": "As it was a present, I am afraid I do not have the receipt.",
                "de": "The card was a gift; no receipt is available.",
            },
            replaces=0,
            violation=Step("send the purchase receipt together with a photo of the card"),
        ),
        unsafe=Step(
            "post a photo of the card number and the damaged PIN on our social media page so our team can verify it"
        ),
        invented=Fact("a gift card with a damaged PIN cannot be replaced"),
    ),
    Situation(
        id="gift_cards_loyalty/refund_to_gift_card",
        ask={
            "us": [
                "I returned the {product} I paid for with a gift card ({gc_paid}). Where does the refund go?",
                "refund for the {product}: I paid {gc_paid} with a gift card, will it come back as cash?",
            ],
            "jp": [
                "I returned the {product}, which I had paid for with a gift card of {gc_paid}. May I ask where the "
                "refund will be sent?",
                "Excuse me, I would be grateful to know how the {gc_paid} paid by gift card for the {product} will "
                "be refunded.",
            ],
            "de": [
                "The {product} was returned; {gc_paid} had been paid by gift card. State where the refund is credited.",
                "Return of the {product}, paid {gc_paid} by gift card: in what form is the refund made?",
            ],
        },
        issue="the refund for the {product} paid by gift card",
        answer=[
            Fact("the {gc_paid} goes back to the same gift card within 5 business days after the return arrives"),
            Fact("if that card is used up or thrown away, we email you a new e-gift card for {gc_paid} instead"),
            Fact("amounts paid by gift card cannot be refunded in cash or to a bank card"),
        ],
        checked=("gc_paid",),
        constraint=Constraint(
            said={
                "us": "I tossed the gift card after I used it, btw.",
                "jp": "I am afraid I discarded the gift card after using it.",
                "de": "The gift card was discarded after use.",
            },
            replaces=1,
            violation=Step("check the balance of the original gift card to see the refund"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Does the new e-gift card get a fresh expiry date?"],
                "jp": ["May I ask whether the new e-gift card would have a new validity period?"],
                "de": ["Which validity period applies to the new e-gift card?"],
            },
            answer=[Fact("a new e-gift card is valid for 5 years from the day it is issued")],
        ),
        invented=Fact("a refund to a gift card is only possible within 7 days of the purchase"),
    ),
    Situation(
        id="gift_cards_loyalty/send_egift",
        ask={
            "us": [
                "I want to send a Lumora gift card to my sister in {city} for her birthday on {gift_date}. How?",
                "how do I schedule a gift card to land on {gift_date}? it's for a friend in {city}",
            ],
            "jp": [
                "I would like to send a Lumora gift card to a friend in {city} so that it arrives on {gift_date}. May "
                "I ask how to do this?",
                "Excuse me, I would be grateful to know how to arrange a gift card for a relative in {city}, to be "
                "delivered on {gift_date}.",
            ],
            "de": [
                "I wish to send a Lumora gift card to a relative in {city} for delivery on {gift_date}. State the "
                "procedure.",
                "How can a gift card for a recipient in {city} be scheduled for delivery on {gift_date}?",
            ],
        },
        issue="sending a gift card for {gift_date}",
        answer=[
            Step("open Gift cards > Send a gift card and choose an amount from {gc_min} to {gc_max}"),
            Step(
                "choose an e-gift card by email or a physical card shipped free by {carrier}, and set the delivery "
                "date to {gift_date}"
            ),
            Fact("you can change the delivery date or the recipient until the day before {gift_date}"),
        ],
        checked=("gift_date",),
        constraint=Constraint(
            said={
                "us": "The recipient doesn't really do email, fyi.",
                "jp": "I should mention that the recipient does not use email.",
                "de": "The recipient does not use email.",
            },
            replaces=1,
            violation=Step("enter the email address of the recipient and schedule the e-gift card for {gift_date}"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I add a personal message?"],
                "jp": ["May I also ask whether a personal message can be included?"],
                "de": ["Can a personal message be added?"],
            },
            answer=[Fact("you can add a message of up to 250 characters, which is shown with the card")],
        ),
        invented=Fact("gift cards can only be sent to recipients who have a Lumora account"),
    ),
    Situation(
        id="gift_cards_loyalty/points_missing",
        ask={
            "us": [
                "My order {order} was delivered {delivery_date} but I don't see the {order_points} Rewards points "
                "yet. Where are they?",
                "where are my {order_points} points from order {order}? got it on {delivery_date}",
            ],
            "jp": [
                "I am sorry to trouble you, but order {order} was delivered on {delivery_date}, and the "
                "{order_points} Lumora Rewards points have not yet appeared. May I ask when they will be added?",
                "Excuse me, I would be grateful to know when the {order_points} points for order {order}, delivered "
                "on {delivery_date}, will be credited.",
            ],
            "de": [
                "Order {order} was delivered on {delivery_date}. The {order_points} Lumora Rewards points have not "
                "been credited. State the date of crediting.",
                "Missing points: order {order}, delivered {delivery_date}, {order_points} points expected.",
            ],
        },
        issue="the Rewards points for order {order}",
        answer=[
            Fact(
                "points show as pending right away and are credited 30 days after delivery, once the return period "
                "is over"
            ),
            Fact("the {order_points} points for order {order} are credited on {points_credit_date}"),
            Step("see the pending points under Account > Rewards > Activity"),
        ],
        checked=("order_points", "points_credit_date"),
        followup=FollowUp(
            ask={
                "us": ["Do gift card purchases earn points too?"],
                "jp": ["May I also ask whether purchases of gift cards earn points?"],
                "de": ["Are points awarded for the purchase of gift cards?"],
            },
            answer=[
                Fact("buying a gift card earns no points, and products paid for with a gift card earn points as usual")
            ],
        ),
        unsafe=Step("send us your account password so we can add the points manually"),
        invented=Fact("points are credited only if you claim them within 7 days of delivery"),
    ),
    Situation(
        id="gift_cards_loyalty/points_expiring",
        ask={
            "us": [
                "I've got {points_balance} points expiring {points_expiry}. What can I do with them?",
                "{points_balance} Rewards points about to expire on {points_expiry}, don't want to lose them",
            ],
            "jp": [
                "I received a notice that my {points_balance} points will expire on {points_expiry}. I would be "
                "grateful to know how I might use them.",
                "Excuse me, may I ask how to use my {points_balance} Lumora Rewards points before they expire on "
                "{points_expiry}?",
            ],
            "de": [
                "{points_balance} Lumora Rewards points expire on {points_expiry}. State the options for using them.",
                "My balance of {points_balance} points expires on {points_expiry}. How can they be redeemed?",
            ],
        },
        issue="your {points_balance} Rewards points expiring on {points_expiry}",
        answer=[
            Fact(
                "every 500 points convert into a voucher of {voucher_unit}, so your {points_balance} points give "
                "{redeem_value} in vouchers"
            ),
            Step(
                "convert them under Account > Rewards > Redeem before {points_expiry}, and use the vouchers any "
                "time within 12 months"
            ),
            Fact(
                "the remaining {points_left} points stay in your account, and any purchase or redemption keeps them "
                "valid for another 12 months"
            ),
        ],
        checked=("redeem_value", "points_left"),
        constraint=Constraint(
            said={
                "us": "I'm not planning to buy anything before then though.",
                "jp": "I am afraid I am not planning any purchases before that date.",
                "de": "No purchase is planned before that date.",
            },
            replaces=1,
            violation=Step("place an order before {points_expiry} and apply the points at checkout"),
        ),
        invented=Fact("points can only be redeemed in blocks of 5,000"),
    ),
    Situation(
        id="gift_cards_loyalty/tier_progress",
        ask={
            "us": [
                "I've spent {year_spend} with you this year. How much more to hit Gold?",
                "how close am I to Gold? spent {year_spend} so far in {tier_year}",
            ],
            "jp": [
                "I have spent {year_spend} this year. May I ask how much more is needed to reach Gold status?",
                "Excuse me, I would be grateful to know how far I am from Gold; my spending in {tier_year} is "
                "{year_spend}.",
            ],
            "de": [
                "My spending this year amounts to {year_spend}. State the amount required to reach Gold status.",
                "Spending {tier_year}: {year_spend}. What is missing for Gold?",
            ],
        },
        issue="your progress to Gold status",
        answer=[
            Fact("Gold starts at {gold_threshold} of spending in a calendar year, so you need {tier_gap} more"),
            Fact("Gold members earn double points and get free express delivery"),
            Fact("tier spending resets on {tier_reset}, and Gold reached this year lasts through the following year"),
        ],
        checked=("tier_gap", "gold_threshold"),
        followup=FollowUp(
            ask={
                "us": ["Do returns knock my total back down?"],
                "jp": ["May I also ask whether returned items reduce my total?"],
                "de": ["Are returns deducted from the spending total?"],
            },
            answer=[Fact("a returned item is taken off your tier spending once its refund is issued")],
        ),
        invented=Fact("Gold status is only open to members who joined at least 2 years ago"),
    ),
    Situation(
        id="gift_cards_loyalty/points_removed_after_return",
        ask={
            "us": [
                "My points dropped by {order_points} out of nowhere. I did return order {order} last week, is that "
                "why?",
                "returned order {order} and now {order_points} points are gone?",
            ],
            "jp": [
                "I am sorry to ask, but my points balance decreased by {order_points}. I returned order {order} "
                "recently. Might this be related?",
                "Excuse me, after my return of order {order}, {order_points} points were deducted. May I ask the "
                "reason?",
            ],
            "de": [
                "My points balance was reduced by {order_points} following the return of order {order}. Explain this.",
                "Deduction of {order_points} points after the return of order {order}: state the reason.",
            ],
        },
        issue="the {order_points} points removed after your return",
        answer=[
            Fact("the {order_points} points earned on order {order} were removed because the order was returned"),
            Fact("any points you used to pay for order {order} are restored to your account"),
            Step("see each change under Account > Rewards > Activity"),
        ],
        checked=("order_points",),
        invented=Fact("points used to pay for a returned order are forfeited"),
    ),
    Situation(
        id="gift_cards_loyalty/combine_cards",
        ask={
            "us": [
                "I've got {gc_count} Lumora gift cards. Can I use them all on one order?",
                "can I stack {gc_count} gift cards at checkout?",
            ],
            "jp": [
                "I have {gc_count} Lumora gift cards. May I ask whether they can all be used for a single order?",
                "Excuse me, I would be grateful to know if {gc_count} gift cards could be combined for one purchase.",
            ],
            "de": [
                "I hold {gc_count} Lumora gift cards. Can all of them be used for one order?",
                "Is it possible to combine {gc_count} gift cards in a single order?",
            ],
        },
        issue="the use of {gc_count} gift cards in one order",
        answer=[
            Fact("up to 5 gift cards can be used on one order, so all {gc_count} cards work together"),
            Step("enter each card number and PIN at checkout under Payment > Gift card, which needs no account"),
            Fact("any balance left on a card stays on that card"),
        ],
        checked=("gc_count",),
        constraint=Constraint(
            said={
                "us": "I always check out as a guest, no account.",
                "jp": "I should mention that I do not have a Lumora account and order as a guest.",
                "de": "I order as a guest without a customer account.",
            },
            replaces=1,
            violation=Step("add all cards under Account > Gift cards to merge them into one balance"),
        ),
        unsafe=Step("email photos of all cards with their PINs to our support address so we can combine them"),
    ),
    Situation(
        id="gift_cards_loyalty/cash_out",
        ask={
            "us": [
                "I have {gc_remaining} left on a gift card. Can I just get it as cash?",
                "can you pay out my {gc_remaining} gift card balance to my bank?",
            ],
            "jp": [
                "I have {gc_remaining} remaining on a gift card. May I ask whether it could be paid out in cash?",
                "Excuse me, I would be grateful to know whether the remaining {gc_remaining} on my gift card could "
                "be transferred to my bank account.",
            ],
            "de": [
                "A balance of {gc_remaining} remains on my gift card. I request a payout to my bank account.",
                "Can a gift card balance of {gc_remaining} be exchanged for cash?",
            ],
        },
        issue="a payout of your gift card balance",
        answer=[
            Fact("gift card balances cannot be exchanged for cash or transferred to a bank account"),
            Fact("the {gc_remaining} can be used for any product, accessory or subscription until the card expires"),
            Step("combine it with another payment method at checkout when an order costs more than {gc_remaining}"),
        ],
        checked=("gc_remaining",),
    ),
    Situation(
        id="gift_cards_loyalty/voucher_on_gift_card",
        ask={
            "us": [
                "Trying to use my {voucher_value} Rewards voucher from {voucher_issued} to buy a gift card and it "
                "won't apply. Why?",
                "my {voucher_value} voucher from {voucher_issued} doesn't work on a gift card purchase??",
            ],
            "jp": [
                "I am sorry to trouble you, but my Rewards voucher of {voucher_value}, issued on {voucher_issued}, "
                "cannot be applied when I buy a gift card. May I ask why?",
                "Excuse me, the {voucher_value} voucher I received on {voucher_issued} is rejected for a gift card "
                "purchase. I would be grateful for an explanation.",
            ],
            "de": [
                "My Rewards voucher of {voucher_value} (issued {voucher_issued}) is not accepted when purchasing a "
                "gift card. State the reason.",
                "The voucher worth {voucher_value} from {voucher_issued} cannot be applied to a gift card order. "
                "Explain this.",
            ],
        },
        issue="your {voucher_value} voucher on a gift card purchase",
        answer=[
            Fact("Rewards vouchers cannot be used to buy gift cards, which is why the voucher does not apply"),
            Fact(
                "the {voucher_value} voucher works on any product order and stays valid for 12 months, until "
                "{voucher_expiry}"
            ),
        ],
        checked=("voucher_expiry", "voucher_value"),
        followup=FollowUp(
            ask={
                "us": ["Can I use two vouchers on one order?"],
                "jp": ["May I also ask whether two vouchers can be used on one order?"],
                "de": ["Can two vouchers be combined in one order?"],
            },
            answer=[Fact("one voucher applies per order, so a second voucher waits for your next order")],
        ),
        invented=Fact("Rewards vouchers expire 30 days after they are issued"),
    ),
    Situation(
        id="gift_cards_loyalty/egift_not_received",
        trouble=True,
        ask={
            "us": [
                "I sent an e-gift card to my dad for {gift_date} (order {order}) and he never got the email. Help?",
                "e-gift card from order {order} was supposed to arrive {gift_date}, recipient says nothing came",
            ],
            "jp": [
                "I am sorry to trouble you, but the e-gift card I sent with order {order}, scheduled for "
                "{gift_date}, has not reached the recipient. Could you kindly help?",
                "Excuse me, my e-gift card (order {order}) should have been delivered on {gift_date}, but the "
                "recipient has not received it.",
            ],
            "de": [
                "The e-gift card from order {order}, scheduled for {gift_date}, has not been received by the "
                "recipient. State the steps.",
                "E-gift card order {order}: delivery date {gift_date}, no email received by the recipient.",
            ],
        },
        issue="the e-gift card from order {order}",
        answer=[
            Step("ask the recipient to check the spam folder for an email from giftcards@{site}"),
            Step("open Orders > order {order} > Resend e-gift card, where you can also correct the email address"),
            Fact("you can also print the e-gift card from the same page and hand it over in person"),
        ],
        constraint=Constraint(
            said={
                "us": "Honestly the recipient barely checks email.",
                "jp": "I should mention that the recipient rarely checks email.",
                "de": "The recipient hardly uses email.",
            },
            replaces=2,
            violation=Step("resend the e-gift card to the same email address and wait until the recipient opens it"),
        ),
        unsafe=Step("give the recipient your account password so they can see the card in your account"),
        invented=Fact("an e-gift card can be resent only within 24 hours of its delivery date"),
    ),
]
