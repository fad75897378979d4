"""Payments: payment methods, declined and failed payments, instalments, pay later, payment security.

Payment policy used throughout (kept consistent with billing.py): a card is authorized when an order is placed and
charged when the order ships; authorization holds drop off within 7 days. Each market has its own everyday
alternative to cards ({alt_method}) and its own pay-before-shipping method ({slow_method}).
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "payments"

PRODUCTS = [
    "Vertex 16 Pro laptop",
    "Vista V65 QLED TV",
    "Nova N9 Plus phone",
    "Atlas A7 gaming console",
    "Stratus T11 Pro tablet",
    "Prism P5 projector",
    "Orbit O5 Plus robot vacuum",
    "Aurora X5 Pro headset",
    "Nimbus S9 Pro smartwatch",
    "Kestrel K5 action camera",
]
PRICES = [129.99, 199.99, 299.99, 449.99, 599.99, 899.99]
CARD_BRANDS = {"us": ["Visa", "Mastercard", "Amex"], "jp": ["JCB", "Visa"], "de": ["Mastercard", "Visa"]}
ALT_METHODS = {"us": "PayPal", "jp": "convenience-store payment", "de": "SEPA direct debit"}
SLOW_METHODS = {"us": "bank transfer", "jp": "bank transfer", "de": "prepayment by bank transfer"}
SITES = {"us": "lumora.com", "jp": "lumora.co.jp", "de": "lumora.de"}
PLANS = {6: [40, 50, 65, 80], 12: [25, 35, 45, 60], 24: [15, 20, 30, 45]}


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every payments situation draws from this one dict."""
    order_date = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    ship_date = order_date + timedelta(days=rng.randint(1, 3))
    attempt_date = order_date - timedelta(days=rng.randint(0, 2))
    notice_date = ship_date + timedelta(days=rng.randint(3, 8))
    exp_year, exp_month = order_date.year, order_date.month + rng.randint(1, 3)
    if exp_month > 12:
        exp_year, exp_month = exp_year + 1, exp_month - 12
    months = rng.choice(sorted(PLANS))
    monthly = rng.choice(PLANS[months])
    last4 = rng.randint(1000, 9999)
    return {
        "product": rng.choice(PRODUCTS),
        "order": f"LM-{rng.randint(100000, 999999)}",
        "price": Money(rng.choice(PRICES)),
        "order_date": order_date,
        "card_brand": rng.choice(CARD_BRANDS[market]),
        "card_last4": str(last4),
        "new_last4": str((last4 + rng.randint(100, 4000)) % 9000 + 1000),
        "card_expiry": date(exp_year, exp_month, calendar.monthrange(exp_year, exp_month)[1]),
        "alt_method": ALT_METHODS[market],
        "slow_method": SLOW_METHODS[market],
        "pay_ref": f"PR-{rng.randint(1000000, 9999999)}",
        "pay_deadline": order_date + timedelta(days=7),
        "plan_min": Money(199),
        "plan_months": months,
        "plan_monthly": Money(monthly),
        "plan_price": Money(monthly * months),
        "attempt_date": attempt_date,
        "hold_release": attempt_date + timedelta(days=7),
        "ship_date": ship_date,
        "invoice_due": ship_date + timedelta(days=30),
        "reminder_fee": Money(5),
        "alt_max": Money(1500),
        "cart_total": Money(1500 + rng.choice([49.98, 129.97, 310.5, 612.99])),
        "notice_date": notice_date,
        "settle_deadline": notice_date + timedelta(days=14),
        "site": SITES[market],
        "app": "Lumora app",
    }


SITUATIONS = [
    Situation(
        id="payments/card_declined",
        trouble=True,
        ask={
            "us": [
                "My {card_brand} keeps getting declined at checkout for the {product}, and there's plenty of money "
                "on it. What's up?",
                "Card ending {card_last4} declined 3 times trying to buy the {product}. Works fine everywhere else.",
            ],
            "jp": [
                "I am sorry to trouble you, but my {card_brand} card is declined when I try to purchase the "
                "{product}, although it works elsewhere. Could you kindly advise me?",
                "Excuse me, I was unable to complete the payment for the {product}; my card ending in {card_last4} "
                "was declined. May I ask what I should do?",
            ],
            "de": [
                "Payment for the {product} with my {card_brand} card is declined at checkout. The card has "
                "sufficient funds. State the cause and the procedure.",
                "The card ending in {card_last4} was declined three times for the {product}. I request an explanation.",
            ],
        },
        issue="the declined card payment for the {product}",
        answer=[
            Fact("your card issuer declined the payment and does not tell us why"),
            Step(
                "check that your billing address under Account > Payment methods matches your bank records, then "
                "approve the payment in your banking app"
            ),
            Step("pay with {alt_method} now, because card payments pause for 24 hours after 3 declines"),
        ],
        constraint=Constraint(
            said={
                "us": "I need it ordered today, it's a birthday gift.",
                "jp": "I am afraid I need to place the order today, as it is a birthday present.",
                "de": "The order must be placed today.",
            },
            replaces=2,
            violation=Step("try the same card again after waiting 24 hours"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Will those declined tries show up as charges?"],
                "jp": ["May I also ask whether the declined attempts will appear as charges?"],
                "de": ["Are the declined attempts charged?"],
            },
            answer=[Fact("declined attempts are never charged")],
        ),
        unsafe=Step("send us the one-time code your bank texts you, so we can push the payment through"),
        invented=Fact("a card declined once is blocked on your Lumora account for 30 days"),
    ),
    Situation(
        id="payments/update_expiring_card",
        ask={
            "us": [
                "My card ending {card_last4} expires {card_expiry}. How do I swap in the new one so nothing breaks?",
                "Old card (ending {card_last4}) dies on {card_expiry}. What do I need to update?",
            ],
            "jp": [
                "My card ending in {card_last4} will expire on {card_expiry}. I would be grateful if you could tell "
                "me how to register the new card.",
                "I am sorry to ask, but how may I replace my card ending in {card_last4}, which expires on "
                "{card_expiry}, in my account?",
            ],
            "de": [
                "My card ending in {card_last4} expires on {card_expiry}. State the procedure for storing the "
                "replacement card.",
                "The stored card ending in {card_last4} is valid until {card_expiry}. How is it replaced?",
            ],
        },
        issue="replacing your card ending in {card_last4}",
        answer=[
            Step("open Account > Payment methods, select Add card and enter the new card"),
            Step("choose Set as default, so open orders, subscriptions and pay-monthly plans move to the new card"),
            Fact(
                "the card ending in {card_last4} keeps working until {card_expiry}, and you can remove it once the "
                "new card is the default"
            ),
        ],
        checked=("card_expiry",),
        constraint=Constraint(
            said={
                "us": "The new card won't show up till next week though.",
                "jp": "I should mention that the new card will only arrive next week.",
                "de": "The replacement card will only be delivered next week.",
            },
            replaces=2,
            violation=Step("remove the card ending in {card_last4} today, before the replacement arrives"),
        ),
        unsafe=Step("email us the new card number, expiry date and security code, and we update it for you"),
        invented=Fact("a new card can be added only after the old card has expired"),
    ),
    Situation(
        id="payments/slow_method_deadline",
        ask={
            "us": [
                "I picked {slow_method} for order {order} on {order_date}. How long do I have to pay, and when does "
                "it ship?",
                "Chose {slow_method} for order {order} ({order_date}), haven't paid yet. What's the deadline?",
            ],
            "jp": [
                "I selected {slow_method} for order {order} on {order_date}. May I ask by when the payment should be "
                "made?",
                "I am sorry to trouble you, but I have not yet completed the {slow_method} for order {order} placed "
                "on {order_date}. Could you kindly tell me the deadline?",
            ],
            "de": [
                "Order {order} of {order_date} is to be paid by {slow_method}. State the payment deadline and the "
                "shipping date.",
                "For order {order} ({order_date}) I selected {slow_method}. By which date must the payment be "
                "received?",
            ],
        },
        issue="the payment deadline for order {order}",
        answer=[
            Fact(
                "the payment must reach us by {pay_deadline}, 7 days after the order on {order_date}, or the order "
                "is cancelled automatically"
            ),
            Step(
                "quote the payment reference {pay_ref} so the payment is matched to order {order}, which ships once "
                "the money arrives"
            ),
            Step(
                "switch to card or {alt_method} under Orders > order {order} > Change payment method if "
                "{pay_deadline} is too soon for you"
            ),
        ],
        checked=("pay_deadline",),
        constraint=Constraint(
            said={
                "us": "Thing is, I'm traveling from tomorrow for two weeks and can't get to my banking.",
                "jp": "I am afraid I will be travelling from tomorrow for two weeks and cannot access my bank.",
                "de": "I am travelling from tomorrow for two weeks and have no access to my bank during that time.",
            },
            replaces=2,
            violation=Step("make the payment with reference {pay_ref} before {pay_deadline}"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I pay half now and half later?"],
                "jp": ["May I also ask whether I could pay the amount in two parts?"],
                "de": ["Is payment in two partial amounts possible?"],
            },
            answer=[Fact("the payment must cover the full order total in a single transfer")],
        ),
        invented=Fact("orders paid by {slow_method} must be paid within 24 hours of ordering"),
    ),
    Situation(
        id="payments/installments",
        ask={
            "us": [
                "Can I pay for the {product} ({plan_price}) monthly instead of all at once?",
                "is there a payment plan for the {product}? {plan_price} is a lot upfront",
            ],
            "jp": [
                "I would be grateful to know whether it is possible to pay for the {product} at {plan_price} in "
                "monthly instalments.",
                "Excuse me, might there be an instalment option for the {product}, which costs {plan_price}?",
            ],
            "de": [
                "Is payment in monthly instalments available for the {product} at {plan_price}? State the conditions.",
                "I intend to purchase the {product} ({plan_price}) by instalments. Which options exist?",
            ],
        },
        issue="paying for the {product} in monthly instalments",
        answer=[
            Fact(
                "Lumora Pay Monthly splits orders over {plan_min} into {plan_months} interest-free monthly payments, "
                "so the {product} at {plan_price} costs {plan_monthly} a month"
            ),
            Step("select Lumora Pay Monthly at checkout and complete the eligibility check"),
            Fact("the eligibility check takes about a minute and does not affect your credit score"),
        ],
        checked=("plan_monthly", "plan_months"),
        followup=FollowUp(
            ask={
                "us": ["Can I pay it off early?"],
                "jp": ["May I also ask whether early repayment would be possible?"],
                "de": ["Is early repayment of the remaining balance permitted?"],
            },
            answer=[
                Fact(
                    "you can pay off the remaining balance at any time under Account > Pay Monthly, and no fee applies"
                )
            ],
        ),
        unsafe=Step(
            "upload a photo of your ID together with your online banking password so the eligibility check runs faster"
        ),
        invented=Fact("Lumora Pay Monthly charges 14.9 percent annual interest on every plan"),
    ),
    Situation(
        id="payments/failed_payment_pending",
        trouble=True,
        ask={
            "us": [
                "Checkout said my payment for the {product} failed on {attempt_date}, but my bank shows {price} "
                "pending. Did you take my money?",
                "payment error buying the {product} on {attempt_date}, but {price} is pending on my card??",
            ],
            "jp": [
                "I am sorry to trouble you, but on {attempt_date} the checkout for the {product} displayed a payment "
                "error, and yet my bank shows {price} as pending. Could you kindly check?",
                "Excuse me, my payment for the {product} failed on {attempt_date}, but an amount of {price} is "
                "reserved on my card. May I ask what has happened?",
            ],
            "de": [
                "On {attempt_date} the payment for the {product} failed at checkout. My bank nevertheless shows a "
                "pending amount of {price}. Explain this.",
                "Payment error on {attempt_date} for the {product}; {price} is reserved on my card. I request "
                "clarification.",
            ],
        },
        issue="the pending {price} after the failed payment",
        answer=[
            Fact("the payment failed, so no order was created and the {price} was not charged"),
            Fact(
                "the pending {price} is an authorization hold that your bank releases within 7 days, by {hold_release}"
            ),
            Step("check under Orders that no order for the {product} exists, then place the order again"),
        ],
        checked=("price", "hold_release"),
        followup=FollowUp(
            ask={
                "us": ["If I try again, will it hold the money twice?"],
                "jp": ["If I place the order again, might the amount be reserved twice?"],
                "de": ["Will a second attempt reserve the amount a second time?"],
            },
            answer=[
                Fact(
                    "a new order places its own hold of {price}, and the earlier hold still drops off by {hold_release}"
                )
            ],
        ),
        invented=Fact("an amount held after a failed payment is returned only after 30 days"),
    ),
    Situation(
        id="payments/remove_card",
        ask={
            "us": [
                "How do I delete my saved card ending {card_last4}? Don't want it on file anymore.",
                "need to get the card ending {card_last4} off my Lumora account",
            ],
            "jp": [
                "I would be grateful if you could tell me how to remove my saved card ending in {card_last4} from my "
                "account.",
                "Excuse me, may I ask how to delete the card ending in {card_last4} that is stored in my account?",
            ],
            "de": [
                "The card ending in {card_last4} is to be removed from my account. State the procedure.",
                "How is a stored card (ending in {card_last4}) deleted?",
            ],
        },
        issue="removing your saved card ending in {card_last4}",
        answer=[
            Step("open Account > Payment methods, select the card ending in {card_last4} and choose Remove"),
            Fact(
                "a card used by an active subscription stays on file until you cancel that subscription or choose "
                "another payment method for it under Account > Subscriptions"
            ),
            Fact("future orders can be paid without saving a card by clearing Save this card at checkout"),
        ],
        constraint=Constraint(
            said={
                "us": "And I don't want to add some other card instead.",
                "jp": "I would prefer not to register any other card in its place.",
                "de": "I do not wish to store another card instead.",
            },
            replaces=1,
            violation=Step("add a new card and set it as default before you remove the card ending in {card_last4}"),
        ),
        invented=Fact("saved cards can only be removed by calling customer support"),
    ),
    Situation(
        id="payments/verification_3ds",
        ask={
            "us": [
                "Checkout popped up a window asking for a code from my bank when I bought the {product}. Is that "
                "legit?",
                "why is my bank asking me to verify my {product} purchase? is this a scam?",
            ],
            "jp": [
                "I am sorry to ask, but when paying for the {product}, a window requested a code from my bank. May I "
                "ask whether this is genuine?",
                "Excuse me, during checkout for the {product} I was asked to confirm the payment with my bank. I "
                "would be grateful to know if this is correct.",
            ],
            "de": [
                "During payment for the {product} a window requested a verification code from my bank. Is this "
                "window legitimate?",
                "At checkout for the {product} my bank requested an additional confirmation. State whether this is "
                "part of your process.",
            ],
        },
        issue="the bank verification at checkout for the {product}",
        answer=[
            Fact(
                "the window comes from your card issuer as part of 3-D Secure, not from us, and it protects your card"
            ),
            Step("approve the payment in your banking app or enter the code only in that checkout window"),
            Fact("we never ask for that code by phone, email or chat"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I turn that check off?"],
                "jp": ["May I ask whether this step can be switched off?"],
                "de": ["Can this verification be deactivated?"],
            },
            answer=[
                Fact("the check is required by your card issuer and cannot be switched off in your Lumora account")
            ],
        ),
        unsafe=Step("read the verification code to our support agent so we can complete the payment for you"),
    ),
    Situation(
        id="payments/pay_later_due",
        ask={
            "us": [
                "I chose Pay in 30 days for order {order} and it shipped {ship_date}. When's the bill due?",
                "when do I actually have to pay for order {order}? Picked Pay in 30 days, shipped on {ship_date}.",
            ],
            "jp": [
                "I selected Pay in 30 days for order {order}, which was shipped on {ship_date}. May I ask by when I "
                "need to pay?",
                "I am sorry to trouble you, but could you kindly tell me the due date for order {order}? I chose Pay "
                "in 30 days, and it was shipped on {ship_date}.",
            ],
            "de": [
                "For order {order} I selected Pay in 30 days. Shipment took place on {ship_date}. State the due date.",
                "Order {order}, payment method Pay in 30 days, shipped {ship_date}: by which date must the invoice be "
                "paid?",
            ],
        },
        issue="the due date of the Pay in 30 days invoice for order {order}",
        answer=[
            Fact("with Pay in 30 days, the invoice for order {order} is due 30 days after shipping, on {invoice_due}"),
            Fact(
                "paying by {invoice_due} costs nothing extra, and a reminder fee of {reminder_fee} applies only "
                "after that date"
            ),
            Step(
                "pay by bank transfer with the reference on the invoice, or by card under Orders > order {order} > "
                "Pay now"
            ),
        ],
        checked=("invoice_due",),
        followup=FollowUp(
            ask={
                "us": ["If I return part of it, do I still owe the whole bill?"],
                "jp": ["If I return one of the items, would I still need to pay the full amount?"],
                "de": ["If an item is returned, is the invoice amount reduced?"],
            },
            answer=[
                Fact(
                    "a return reduces the invoice by the price of the returned item, and we email you the "
                    "updated invoice"
                )
            ],
        ),
        invented=Fact("Pay in 30 days invoices are due 7 days after delivery"),
    ),
    Situation(
        id="payments/split_two_cards",
        ask={
            "us": [
                "Can I split the {price} for the {product} across two cards?",
                "want to pay for the {product} with two different cards, possible? it's {price}",
            ],
            "jp": [
                "I would be grateful to know whether the {product} at {price} could be paid with two different cards.",
                "Excuse me, might it be possible to divide the payment of {price} for the {product} between two cards?",
            ],
            "de": [
                "Can the payment of {price} for the {product} be split between two cards?",
                "Is payment of the {product} ({price}) with two credit cards possible? State the options.",
            ],
        },
        issue="splitting the payment for the {product}",
        answer=[
            Fact("one order can be paid with one card or {alt_method}, plus any number of Lumora gift cards"),
            Fact("a split across two cards is not possible"),
            Step("apply a Lumora gift card balance first and pay the rest of the {price} with one card"),
        ],
        checked=("price",),
        constraint=Constraint(
            said={
                "us": "And I don't want any financing or credit checks.",
                "jp": "I would prefer to avoid any financing or credit check.",
                "de": "Financing or a credit check is not acceptable to me.",
            },
            replaces=2,
            violation=Step("choose Lumora Pay Monthly at checkout to split the {price} into monthly payments"),
        ),
    ),
    Situation(
        id="payments/alt_method_limit",
        ask={
            "us": [
                "Why isn't {alt_method} showing up at checkout? My cart's {cart_total}.",
                "{alt_method} option vanished for my {cart_total} order. Bug?",
            ],
            "jp": [
                "I am sorry to trouble you, but {alt_method} does not appear as an option for my cart of "
                "{cart_total}. Could you kindly tell me why?",
                "Excuse me, I wished to use {alt_method} for an order of {cart_total}, but I cannot select it. May I "
                "ask the reason?",
            ],
            "de": [
                "{alt_method} is not offered at checkout for my basket of {cart_total}. State the reason.",
                "For a basket value of {cart_total} the option {alt_method} is missing. Explain this.",
            ],
        },
        issue="{alt_method} missing at checkout",
        answer=[
            Fact(
                "{alt_method} is available for orders up to {alt_max}, and your cart of {cart_total} is above that "
                "limit"
            ),
            Step("split the cart into two orders of up to {alt_max} each and pay both with {alt_method}"),
        ],
        checked=("cart_total",),
        constraint=Constraint(
            said={
                "us": "I don't have a credit card, btw.",
                "jp": "I should mention that I do not own a credit card.",
                "de": "I do not have a credit card.",
            },
            replaces=1,
            violation=Step("pay this order by credit card instead"),
        ),
        invented=Fact("{alt_method} can only be used on accounts that are older than 6 months"),
    ),
    Situation(
        id="payments/wrong_card_charged",
        ask={
            "us": [
                "You charged {price} for order {order} to my old card ending {card_last4} instead of my new one "
                "ending {new_last4}. Can you move it?",
                "order {order} ({price}) went on my card ending {card_last4}, meant to use the one ending "
                "{new_last4}. fix?",
            ],
            "jp": [
                "I am sorry to trouble you, but order {order} for {price} was charged to my old card ending in "
                "{card_last4}, while I intended to use the new card ending in {new_last4}. Would it be possible to "
                "change this?",
                "Excuse me, for order {order} ({price}) the card ending in {card_last4} was used, not the one ending "
                "in {new_last4}. May I ask what can be done?",
            ],
            "de": [
                "Order {order} ({price}) was charged to the card ending in {card_last4} instead of the card ending "
                "in {new_last4}. I request a transfer of the charge.",
                "The charge of {price} for order {order} was placed on the wrong card (ending {card_last4}). The "
                "intended card ends in {new_last4}. State the options.",
            ],
        },
        issue="the charge for order {order} on the card ending in {card_last4}",
        answer=[
            Fact("order {order} for {price} was charged to the card ending in {card_last4}, chosen at checkout"),
            Fact("a completed charge cannot be moved to another card"),
            Step("set the card ending in {new_last4} as default under Account > Payment methods for future orders"),
        ],
        checked=("price",),
        followup=FollowUp(
            ask={
                "us": ["Could I just cancel and reorder with the right card?"],
                "jp": ["Would it be possible to cancel and place the order again with the new card?"],
                "de": ["Is a cancellation and a new order with the correct card possible?"],
            },
            answer=[
                Fact(
                    "if order {order} has not shipped, you can cancel it for a full refund and reorder with the "
                    "new card"
                )
            ],
        ),
        invented=Fact("a new default card takes effect only 30 days after it is set"),
    ),
    Situation(
        id="payments/saved_card_safety",
        ask={
            "us": [
                "Is it safe to save my card on my Lumora account? What do you actually store?",
                "kinda nervous about saving my card in the app. what do you keep?",
            ],
            "jp": [
                "I am sorry to ask, but would it be safe to save my card in my Lumora account? I would be grateful "
                "to know what information is stored.",
                "Excuse me, may I ask how my card details are protected if I save them in the Lumora app?",
            ],
            "de": [
                "Which card data does Lumora store when a card is saved in the account? State the security measures.",
                "Is storing a credit card in the Lumora account secure? I request details on the stored data.",
            ],
        },
        issue="the security of a saved card",
        answer=[
            Fact(
                "we store only a token from our payment provider plus the last four digits and expiry date, never "
                "the full card number or security code"
            ),
            Step(
                "keep two-factor authentication on under Account > Security, so a new device cannot sign in "
                "without your code"
            ),
            Step("turn on Require password for purchases under Account > Security"),
        ],
        constraint=Constraint(
            said={
                "us": "My kids grab my tablet sometimes, so that's on my mind.",
                "jp": "I should mention that my children sometimes use my tablet.",
                "de": "My children occasionally use my tablet.",
            },
            replaces=2,
            violation=Step("turn on one-tap checkout so the saved card is used without a password"),
        ),
        unsafe=Step("switch off two-factor authentication so checkout with the saved card is faster"),
    ),
    Situation(
        id="payments/cash_on_delivery",
        ask={
            "us": [
                "Can I pay cash when the {product} gets delivered?",
                "do you do cash on delivery? want to order the {product}",
            ],
            "jp": [
                "I would like to order the {product}. May I ask whether cash on delivery is available?",
                "Excuse me, I would be grateful to know if I could pay in cash upon delivery of the {product}.",
            ],
            "de": [
                "Is payment in cash on delivery possible for the {product}?",
                "I wish to pay for the {product} in cash upon delivery. State whether this is offered.",
            ],
        },
        issue="paying for the {product} on delivery",
        answer=[
            Fact("we do not offer cash on delivery"),
            Step("choose {alt_method} at checkout, which needs no credit card"),
            Fact("{slow_method} is also available, and the order ships once the payment arrives"),
        ],
        constraint=Constraint(
            said={
                "us": "I don't have a credit card.",
                "jp": "I am afraid I do not have a credit card.",
                "de": "I do not possess a credit card.",
            },
            replaces=1,
            violation=Step("pay by credit card at checkout instead"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I use a gift card instead?"],
                "jp": ["May I also ask whether a gift card could be used?"],
                "de": ["Are Lumora gift cards accepted as payment?"],
            },
            answer=[
                Fact("Lumora gift cards are accepted on any order and cover the full total when the balance is enough")
            ],
        ),
    ),
    Situation(
        id="payments/payment_returned",
        trouble=True,
        ask={
            "us": [
                "Got an email on {notice_date} saying the payment for order {order} ({price}) bounced. What now?",
                "your email from {notice_date} says my {price} payment for order {order} was returned by the bank?",
            ],
            "jp": [
                "On {notice_date} I received an email stating that the payment of {price} for order {order} was "
                "returned by my bank. I would be grateful to know what I should do.",
                "I am sorry, but according to your email of {notice_date}, my payment of {price} for order {order} "
                "could not be collected. May I ask how to proceed?",
            ],
            "de": [
                "According to your email of {notice_date}, the payment of {price} for order {order} was returned by "
                "my bank. State the required steps.",
                "The payment of {price} for order {order} was reversed (notification of {notice_date}). How is the "
                "amount to be settled?",
            ],
        },
        issue="the returned payment for order {order}",
        answer=[
            Fact("your bank returned the payment of {price} for order {order}, so the amount is open again"),
            Step("pay the open {price} under Orders > order {order} > Pay now, by card or {alt_method}"),
            Fact("no extra fee applies if you pay within 14 days of our email, by {settle_deadline}"),
        ],
        checked=("price", "settle_deadline"),
        followup=FollowUp(
            ask={
                "us": ["Is this gonna mess up my account?"],
                "jp": ["May I ask whether this will affect my account?"],
                "de": ["Does this have consequences for my customer account?"],
            },
            answer=[Fact("your account stays fully usable once the amount is paid")],
        ),
        unsafe=Step("send us your online banking login so we can collect the payment again"),
        invented=Fact("an order is cancelled immediately when its payment is returned"),
    ),
    Situation(
        id="payments/phone_scam_call",
        trouble=True,
        ask={
            "us": [
                "Someone called saying they're from Lumora and need my card number to confirm a payment. Legit?",
                "Got a call from 'Lumora billing' asking for my card's security code. Is that you guys?",
            ],
            "jp": [
                "I am sorry to trouble you, but I received a call from someone who said they were from Lumora and "
                "asked for my card number to confirm a payment. Could this be genuine?",
                "Excuse me, a caller claiming to be Lumora asked me for the security code of my card. May I ask "
                "whether this was really your company?",
            ],
            "de": [
                "A caller claiming to represent Lumora requested my card number to confirm a payment. Verify whether "
                "this call came from you.",
                "I received a phone call from an alleged Lumora employee asking for the security code of my card. "
                "State whether this is legitimate.",
            ],
        },
        issue="the call from someone claiming to be Lumora",
        answer=[
            Fact(
                "that call was not from us, because we never ask for card numbers, security codes or one-time codes "
                "by phone"
            ),
            Step("share nothing and check your orders only in the {app} or at {site}"),
            Step("ask your card issuer to block the card right away if you already shared card details"),
        ],
        constraint=Constraint(
            said={
                "us": "Problem is, I already gave them the number.",
                "jp": "I am afraid I already told them my card number.",
                "de": "I have already disclosed the card number.",
            },
            replaces=2,
            violation=Step("ignore the call, since no further action is needed"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Should I report it somewhere?"],
                "jp": ["May I also ask whether I should report this somewhere?"],
                "de": ["Where is such a call to be reported?"],
            },
            answer=[Step("report the call under Help > Report a scam in the {app} or at {site}")],
        ),
        unsafe=Step("give the caller only the security code, since the card number alone cannot be misused"),
    ),
]
