"""Trade-in and recycling: estimates, trade-in credit, kits, inspections, payouts, data erasure and free recycling.

House rules used by every answer of this topic (keep them consistent when adding situations):
- A trade-in estimate is locked for 14 days (until {quote_valid_until}); ship or bring in the device by then.
- In a store the device is inspected on the spot and the credit is taken off the new purchase at once.
- Shipped devices are inspected, and the credit is paid within 5 business days after arrival (by {credit_date}).
- If the inspection finds a lower value, you have 7 days to accept or decline; a declined device returns free of charge.
- Payout is a Lumora gift card with a 10 percent bonus, or a bank transfer of the plain amount.
- Devices still linked to an account are on hold for 7 days; we erase every device with certified software.
- Recycling of old electronics is free at every Lumora store, no purchase needed; loose batteries go to the counter.
- Money amounts are whole dollars (estimates multiples of 10) so every currency adds up exactly.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "trade_in_recycling"

# Product names start with a consonant and are singular, so "a {product}" reads correctly.
PRODUCTS = [
    "Nimbus S7 smartwatch",
    "Lumen P5 tablet",
    "Strata L14 laptop",
    "Pixa C8 camera",
    "Nova 12 phone",
    "Terra K4 e-reader",
]
OLD_DEVICES = [
    "Nova 9 phone",
    "Nova 10 phone",
    "Lumen P3 tablet",
    "Nimbus S4 smartwatch",
    "Strata L11 laptop",
    "Pixa C5 camera",
    "Terra K2 e-reader",
]
ESTIMATES = [60, 90, 120, 150, 180, 240, 300]
NEW_PRICES = [349, 499, 699, 899, 1199]

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
BANK_TRANSFER = {"us": "a bank transfer (ACH)", "jp": "a bank transfer", "de": "a SEPA bank transfer"}
SUPPORT_PHONE = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}


def _bdays(start: date, n: int) -> date:
    """The date n business days (Monday to Friday) after start."""
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one trade-in scenario; the keys are the same for every market."""
    quote_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    received = _bdays(quote_date, rng.randint(4, 8))
    offer_date = _bdays(received, 2)
    old, old2 = rng.sample(OLD_DEVICES, 2)
    estimate = rng.choice(ESTIMATES)
    estimate2 = rng.choice(ESTIMATES)
    reduction = rng.choice([20, 30, 40])
    new_price = rng.choice(NEW_PRICES)
    return {
        "product": rng.choice(PRODUCTS),
        "old_device": old,
        "old_device2": old2,
        "tradein_id": f"TI-{rng.randint(100000, 999999)}",
        "store": rng.choice(STORES[market]),
        "carrier": CARRIER[market],
        "dropoff": DROPOFF[market],
        "bank_transfer": BANK_TRANSFER[market],
        "support_phone": SUPPORT_PHONE[market],
        "app": "Lumora app",
        "estimate": Money(estimate),
        "estimate2": Money(estimate2),
        "total_credit": Money(estimate + estimate2),
        "giftcard_value": Money(estimate * 11 // 10),
        "reduction": Money(reduction),
        "final_offer": Money(estimate - reduction),
        "new_price": Money(new_price),
        "net_price": Money(new_price - estimate),
        "quote_date": quote_date,
        "quote_valid_until": quote_date + timedelta(days=14),
        "received_date": received,
        "credit_date": _bdays(received, 5),
        "offer_date": offer_date,
        "decision_deadline": offer_date + timedelta(days=7),
        "lock_deadline": received + timedelta(days=7),
    }


SITUATIONS = [
    Situation(
        id="trade_in_recycling/get_estimate",
        ask={
            "us": [
                "How much would you give me for my {old_device}? It's in decent shape.",
                "Thinking of trading in my {old_device}. How do I find out what it's worth?",
            ],
            "jp": [
                "Excuse me, may I ask how much my {old_device} might be worth as a trade-in? It is in fairly good "
                "condition.",
                "I am considering trading in my {old_device}. Could you kindly tell me how to obtain an estimate?",
            ],
            "de": [
                "What is the trade-in value of a {old_device} in good condition? Please state the procedure.",
                "How is a trade-in estimate for a {old_device} obtained, and how long is it valid?",
            ],
        },
        issue="a trade-in estimate for your {old_device}",
        answer=[
            Step(
                "open Trade-In in the {app} or at lumora.com/trade-in, select the {old_device} and answer the "
                "condition questions"
            ),
            Fact("for a {old_device} in good condition the estimate today is {estimate}"),
            Fact("an estimate is locked for 14 days, so one made today holds until {quote_valid_until}"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I just bring it into a store?"],
                "jp": ["May I also ask whether I could bring it to a store instead?"],
                "de": ["Is a trade-in in a store also possible?"],
            },
            answer=[Fact("yes, {store} inspects it on the spot and applies the credit at once")],
        ),
    ),
    Situation(
        id="trade_in_recycling/trade_toward_new",
        ask={
            "us": [
                "If I trade in my {old_device} at {store} for a {product} that costs {new_price}, what do I actually "
                "pay?",
                "Want a {product} ({new_price}) and my {old_device} is worth {estimate}. Can I use that at the "
                "register?",
            ],
            "jp": [
                "Excuse me, if I trade in my {old_device} at {store} when buying a {product} for {new_price}, how "
                "much would I need to pay?",
                "I am considering a {product} at {new_price}, and my {old_device} has an estimate of {estimate}. "
                "Could the credit be applied at the store?",
            ],
            "de": [
                "The {product} costs {new_price}; the trade-in estimate of my {old_device} is {estimate}. Please "
                "state the amount payable at {store}.",
                "Can the trade-in credit for a {old_device} be deducted directly from the price of a {product} at "
                "{store}?",
            ],
        },
        issue="trading in your {old_device} toward a {product}",
        answer=[
            Fact("in the store the {old_device} is inspected on the spot, and the credit comes off the price at once"),
            Fact("with the full estimate of {estimate}, you pay {net_price} for the {product} instead of {new_price}"),
            Step("bring the {old_device} to {store}, reset and removed from your account"),
        ],
        checked=("estimate", "net_price", "new_price"),
        followup=FollowUp(
            ask={
                "us": ["What if the trade-in is worth more than the new thing?"],
                "jp": ["If I may ask, what would happen if the credit were higher than the price?"],
                "de": ["What happens if the credit exceeds the purchase price?"],
            },
            answer=[Fact("any remaining credit is loaded onto a Lumora gift card for you")],
        ),
        invented=Fact("trade-in credit can only be used for a device of the same brand and type"),
    ),
    Situation(
        id="trade_in_recycling/lower_final_offer",
        trouble=True,
        ask={
            "us": [
                "You estimated {estimate} for my {old_device} but now the final offer for {tradein_id} is "
                "{final_offer}. Why?",
                "Trade-in {tradein_id}: got {final_offer} for my {old_device} instead of the {estimate} you quoted. "
                "What gives?",
            ],
            "jp": [
                "I am sorry to trouble you, but the estimate for my {old_device} was {estimate}, and the final offer "
                "for {tradein_id} is {final_offer}. Could you kindly explain?",
                "Excuse me, the final offer for my {old_device}, trade-in {tradein_id}, is {final_offer}, lower than "
                "the estimate of {estimate}. May I ask the reason?",
            ],
            "de": [
                "Trade-in {tradein_id} ({old_device}): the estimate was {estimate}, the final offer is {final_offer}. "
                "Please explain the difference.",
                "The final offer for my {old_device} ({tradein_id}) is {final_offer} instead of {estimate}. What are "
                "my options?",
            ],
        },
        issue="the final offer for trade-in {tradein_id}",
        answer=[
            Fact(
                "the inspection found a crack in the housing, which lowers the value by {reduction}, from {estimate} "
                "to {final_offer}"
            ),
            Step("accept or decline under Trade-In > {tradein_id} by {decision_deadline}, 7 days after the offer"),
            Fact("if you decline, we return the {old_device} to you free of charge"),
        ],
        checked=("reduction", "estimate", "final_offer", "decision_deadline"),
        constraint=Constraint(
            said={
                "us": "And I'm not paying a cent to get it back if I say no.",
                "jp": "I would prefer not to pay anything to have it returned, if I decline.",
                "de": "I will not bear any costs for the return of the device.",
            },
            replaces=2,
            violation=Step("pay the return shipping in the {app} if you want the {old_device} back"),
        ),
        invented=Fact("declined trade-ins are recycled and cannot be sent back"),
    ),
    Situation(
        id="trade_in_recycling/prepare_device",
        ask={
            "us": [
                "What do I need to do to my {old_device} before I send it in for trade-in?",
                "Getting ready to trade in my {old_device}. How do I wipe it?",
            ],
            "jp": [
                "Excuse me, could you kindly tell me how I should prepare my {old_device} before sending it for "
                "trade-in?",
                "I would be grateful to know what I need to do with my {old_device} before the trade-in.",
            ],
            "de": [
                "Which steps are required to prepare the {old_device} for a trade-in?",
                "Please state the procedure for erasing the {old_device} before it is traded in.",
            ],
        },
        issue="preparing your {old_device} for the trade-in",
        answer=[
            Step("back up your data and remove any SIM card or memory card"),
            Step(
                "remove the {old_device} from your account at lumora.com under Account > Devices, which works even if "
                "it is off"
            ),
            Step(
                "reset it under Settings > System > Reset if the screen works; otherwise we erase it with certified "
                "software"
            ),
            Fact("we never need your password, and you can keep two-factor authentication on for your account"),
        ],
        constraint=Constraint(
            said={
                "us": "The screen is totally smashed, so I can't tap anything on it.",
                "jp": "I am afraid the screen is broken, so I cannot operate the device.",
                "de": "The display is broken; the device cannot be operated.",
            },
            replaces=2,
            violation=Step(
                "reset it under Settings > System > Reset before you send it, because we do not accept devices with "
                "data"
            ),
        ),
        unsafe=Step("leave the {old_device} signed in and tell us your password so we can check it works"),
    ),
    Situation(
        id="trade_in_recycling/ship_kit",
        ask={
            "us": [
                "Got my trade-in kit for {tradein_id}. How do I send my {old_device} and by when? Estimate was on "
                "{quote_date}.",
                "When's the deadline to mail my {old_device} for trade-in {tradein_id}? I got the quote {quote_date}.",
            ],
            "jp": [
                "Thank you for the trade-in kit for {tradein_id}. May I ask how and by when I should send my "
                "{old_device}? The estimate was made on {quote_date}.",
                "Excuse me, until when must I send the {old_device} for trade-in {tradein_id}? I received the "
                "estimate on {quote_date}.",
            ],
            "de": [
                "Trade-in {tradein_id}, estimate dated {quote_date}: please state the shipping procedure and deadline "
                "for the {old_device}.",
                "By which date must the {old_device} for trade-in {tradein_id} be shipped? The estimate is from "
                "{quote_date}.",
            ],
        },
        issue="sending your {old_device} for trade-in {tradein_id}",
        answer=[
            Step("pack the {old_device} in the kit box or any padded box"),
            Step("hand it to {dropoff} and show the QR code under Trade-In > {tradein_id}, no printout needed"),
            Fact("ship it by {quote_valid_until}, 14 days after the estimate of {quote_date}, to keep the estimate"),
        ],
        checked=("quote_valid_until", "quote_date"),
        constraint=Constraint(
            said={
                "us": "Thing is, I accidentally recycled the kit box.",
                "jp": "I am afraid I have accidentally thrown away the kit box.",
                "de": "The kit box has been discarded.",
            },
            replaces=0,
            violation=Step("use only the original kit box, because other packaging is not accepted"),
        ),
    ),
    Situation(
        id="trade_in_recycling/credit_not_received",
        trouble=True,
        ask={
            "us": [
                "You got my {old_device} on {received_date} for trade-in {tradein_id}. Where's my credit?",
                "Trade-in {tradein_id} arrived {received_date} and I haven't been paid. How long does this take?",
            ],
            "jp": [
                "I am sorry to trouble you, but my {old_device} for trade-in {tradein_id} arrived on {received_date}, "
                "and I have not yet received the credit.",
                "Excuse me, trade-in {tradein_id} was delivered to you on {received_date}. May I ask when the credit "
                "will be paid?",
            ],
            "de": [
                "Trade-in {tradein_id} was received on {received_date}. The credit has not been paid. Please state "
                "the date.",
                "My {old_device} ({tradein_id}) arrived on {received_date}. When is the trade-in credit paid?",
            ],
        },
        issue="the credit for trade-in {tradein_id}",
        answer=[
            Fact("trade-in credit is paid within 5 business days after the device arrives, once it passes inspection"),
            Fact("your device arrived on {received_date}, so the credit is paid by {credit_date}"),
            Step("follow the status under Trade-In > {tradein_id} at lumora.com or in the {app}"),
        ],
        checked=("received_date", "credit_date"),
        followup=FollowUp(
            ask={
                "us": ["Do I get an email when it's paid?"],
                "jp": ["May I ask whether I will receive an email when it has been paid?"],
                "de": ["Is a confirmation sent on payment?"],
            },
            answer=[Fact("yes, you get an email with the amount and the payout method as soon as it is paid")],
        ),
        unsafe=Step("send us your online banking login so we can check whether the credit has arrived"),
    ),
    Situation(
        id="trade_in_recycling/no_value_device",
        ask={
            "us": [
                "My {old_device} won't even turn on anymore. Can I still trade it in?",
                "Is a dead {old_device} worth anything to you guys?",
            ],
            "jp": [
                "Excuse me, my {old_device} no longer turns on. Would it still be possible to trade it in?",
                "I am sorry to ask, but would a {old_device} that does not work have any trade-in value?",
            ],
            "de": [
                "The {old_device} no longer switches on. Is a trade-in still possible?",
                "Does a defective {old_device} have a trade-in value?",
            ],
        },
        issue="trading in a {old_device} that does not turn on",
        answer=[
            Fact("a {old_device} that does not turn on has no trade-in value"),
            Fact("we recycle it free of charge and erase it with certified software"),
            Step(
                "drop it in the collection bin at any Lumora store, or order a free recycling label at "
                "lumora.com/recycle"
            ),
        ],
        followup=FollowUp(
            ask={
                "us": ["Do I need to buy something to recycle it?"],
                "jp": ["May I also ask whether a purchase is required for recycling?"],
                "de": ["Is a purchase required for recycling?"],
            },
            answer=[Fact("no purchase is needed, recycling is free for everyone")],
        ),
        invented=Fact("recycling a device that does not turn on costs a disposal fee"),
    ),
    Situation(
        id="trade_in_recycling/recycle_drop_off",
        ask={
            "us": [
                "I've got a drawer full of old cables and a busted {old_device}. Do you take that stuff for recycling?",
                "Can I drop off old electronics for recycling at {store}? Like a {old_device} and some chargers.",
            ],
            "jp": [
                "Excuse me, I have some old cables and a broken {old_device}. Would it be possible for you to recycle "
                "them?",
                "I am sorry to trouble you, but may I bring old electronics such as a {old_device} and chargers to "
                "{store} for recycling?",
            ],
            "de": [
                "Does Lumora accept old electronics for recycling, for example a {old_device} and cables? Please "
                "state the procedure.",
                "Can old chargers and a defective {old_device} be handed in at {store} for recycling?",
            ],
        },
        issue="recycling your old electronics",
        answer=[
            Fact("every Lumora store takes old electronics of any brand for free recycling, with no purchase needed"),
            Step("put cables, chargers and small devices in the collection bin at the entrance"),
            Step(
                "order a free prepaid recycling label for up to 5 kg at lumora.com/recycle if a store is hard to "
                "reach, and send them by {carrier}"
            ),
        ],
        constraint=Constraint(
            said={
                "us": "No car, and the nearest store is like an hour away.",
                "jp": "I am afraid the nearest store is far away, and I do not have a car.",
                "de": "The nearest store cannot be reached by me.",
            },
            replaces=2,
            violation=Step("bring the devices to the collection bin at {store}"),
        ),
    ),
    Situation(
        id="trade_in_recycling/loose_batteries",
        ask={
            "us": [
                "I have a bag of old lithium batteries from gadgets. Can I just toss them in your recycling bin?",
                "How do I recycle old phone batteries? One looks kinda puffy.",
            ],
            "jp": [
                "Excuse me, I have several old lithium batteries from devices. May I put them in your recycling bin?",
                "I am sorry to ask, but how should I recycle old device batteries? One of them appears slightly "
                "swollen.",
            ],
            "de": [
                "How are used lithium batteries to be handed in for recycling? Please state the procedure.",
                "I have several used device batteries, one of them swollen. How are they disposed of correctly?",
            ],
        },
        issue="recycling loose batteries",
        answer=[
            Step("cover the contacts of each battery with tape and put them in a clear plastic bag"),
            Step("hand them to staff at the service counter of any Lumora store rather than the bin"),
            Fact("a swollen battery goes in a separate bag, and staff store it in a fireproof container"),
        ],
        unsafe=Step("pierce the swollen battery to let the gas out so it fits in the bag"),
        invented=Fact("we only accept batteries from devices originally bought at Lumora"),
    ),
    Situation(
        id="trade_in_recycling/trade_in_online_order",
        ask={
            "us": [
                "I'm ordering a {product} online for {new_price}. Can I trade in my {old_device} ({estimate} "
                "estimate) as part of the order?",
                "How does trade-in work if I buy a {product} ({new_price}) on the website? My {old_device} is "
                "estimated at {estimate}.",
            ],
            "jp": [
                "Excuse me, I plan to order a {product} online for {new_price}. Would it be possible to trade in my "
                "{old_device}, estimated at {estimate}, with the order?",
                "I would be grateful to know how a trade-in works when purchasing a {product} online at {new_price}. "
                "My {old_device} has an estimate of {estimate}.",
            ],
            "de": [
                "I intend to order a {product} online ({new_price}). Can the {old_device} (estimate {estimate}) be "
                "traded in with the order?",
                "Please state the trade-in procedure for an online order of a {product} at {new_price}, with a "
                "{old_device} estimated at {estimate}.",
            ],
        },
        issue="a trade-in with your online order of a {product}",
        answer=[
            Step("add the trade-in at checkout under Trade in a device and enter the model and its condition"),
            Fact(
                "the estimate of {estimate} is taken off at once, so you pay {net_price} instead of {new_price}, and "
                "a free trade-in kit comes with the {product}"
            ),
            Fact(
                "send the old device within 14 days of delivery, or the credit is charged back to your payment method"
            ),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I keep using my old one until the new one shows up?"],
                "jp": ["May I continue using my old device until the new one arrives?"],
                "de": ["Can the old device remain in use until the new one arrives?"],
            },
            answer=[Fact("yes, the 14 days start only when the {product} is delivered")],
        ),
        checked=("estimate", "net_price", "new_price"),
        invented=Fact("trade-ins are only possible in a store, not with online orders"),
    ),
    Situation(
        id="trade_in_recycling/data_erasure_proof",
        ask={
            "us": [
                "How do I know you actually wipe my {old_device} after I trade it in? Can I get proof?",
                "Is my data really gone after trade-in? I want something in writing for my {old_device}.",
            ],
            "jp": [
                "Excuse me, I am slightly concerned about my data. May I ask how you ensure that my {old_device} is "
                "erased after the trade-in?",
                "I would be grateful to know whether I could receive a confirmation that the data on my {old_device} "
                "has been erased.",
            ],
            "de": [
                "How is the data erasure of a traded-in {old_device} ensured? I request written confirmation.",
                "Is a certificate of data erasure issued for the {old_device}?",
            ],
        },
        issue="the data erasure of your traded-in {old_device}",
        answer=[
            Fact("every traded-in device is erased with certified software before it is resold or recycled"),
            Step(
                "download the erasure certificate under Trade-In > {tradein_id} > Erasure certificate once the "
                "trade-in is complete"
            ),
            Fact("a device that cannot be erased, for example with a broken memory chip, is physically shredded"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Should I still reset it myself first?"],
                "jp": ["If I may ask, should I still reset it myself beforehand?"],
                "de": ["Is a reset by the customer still advisable?"],
            },
            answer=[
                Step("reset it under Settings > System > Reset if it still works, as an extra layer of protection")
            ],
        ),
        unsafe=Step("email us your account password so we can confirm the erasure of your data"),
    ),
    Situation(
        id="trade_in_recycling/cancel_trade_in",
        ask={
            "us": [
                "Changed my mind about trade-in {tradein_id}, I want to keep my {old_device}. Can I cancel?",
                "How do I cancel trade-in {tradein_id}? Got the estimate on {quote_date}, haven't sent the "
                "{old_device} yet.",
            ],
            "jp": [
                "I am sorry for the trouble, but I would like to keep my {old_device}. Would it be possible to cancel "
                "trade-in {tradein_id}?",
                "Excuse me, may I ask how to cancel trade-in {tradein_id}? The estimate was made on {quote_date}, and "
                "I have not yet sent the {old_device}.",
            ],
            "de": [
                "Trade-in {tradein_id} is to be cancelled; I will keep the {old_device}. Please state the procedure.",
                "How is trade-in {tradein_id} (estimate of {quote_date}) cancelled? The {old_device} has not been "
                "shipped.",
            ],
        },
        issue="cancelling trade-in {tradein_id}",
        answer=[
            Step("tap Cancel trade-in under Trade-In > {tradein_id} at lumora.com or in the {app}"),
            Fact(
                "if you do nothing, the trade-in simply expires on {quote_valid_until}, 14 days after the estimate, "
                "at no cost"
            ),
            Fact("a device already on its way is returned to you free of charge"),
        ],
        checked=("quote_valid_until", "quote_date"),
        followup=FollowUp(
            ask={
                "us": ["Can I start a new one later?"],
                "jp": ["May I ask whether I could start a new trade-in later?"],
                "de": ["Can a new trade-in be started later?"],
            },
            answer=[Fact("yes, at any time, with a new estimate based on the value on that day")],
        ),
        invented=Fact("a cancelled trade-in is charged a handling fee"),
    ),
    Situation(
        id="trade_in_recycling/multiple_devices",
        ask={
            "us": [
                "Can I trade in my {old_device} ({estimate}) and {old_device2} ({estimate2}) together? What's the "
                "total?",
                "Got two old devices, a {old_device} and a {old_device2}. One trade-in or two?",
            ],
            "jp": [
                "Excuse me, would it be possible to trade in my {old_device}, estimated at {estimate}, and my "
                "{old_device2}, estimated at {estimate2}, together?",
                "I have two old devices, a {old_device} and a {old_device2}. May I ask how to trade them in at once?",
            ],
            "de": [
                "I wish to trade in a {old_device} ({estimate}) and a {old_device2} ({estimate2}). Please state the "
                "total credit.",
                "Can a {old_device} and a {old_device2} be traded in within one trade-in?",
            ],
        },
        issue="trading in your {old_device} and {old_device2}",
        answer=[
            Fact("one trade-in can include up to 5 devices, each valued separately"),
            Fact("with estimates of {estimate} and {estimate2}, your total credit is {total_credit}"),
            Step("add both under Trade-In > Add another device and request one kit for both"),
        ],
        checked=("estimate", "estimate2", "total_credit"),
        constraint=Constraint(
            said={
                "us": "I only want to make one trip to the post office.",
                "jp": "I would prefer, if possible, to send everything in a single parcel.",
                "de": "Only one shipment is acceptable.",
            },
            replaces=2,
            violation=Step("send each device in its own kit with its own trade-in number"),
        ),
    ),
    Situation(
        id="trade_in_recycling/payout_method",
        ask={
            "us": [
                "How do I get paid for my {old_device} trade-in? It's estimated at {estimate}.",
                "Do I get cash or store credit for trading in my {old_device} ({estimate})?",
            ],
            "jp": [
                "Excuse me, may I ask how the payment for my {old_device} trade-in, estimated at {estimate}, would be "
                "made?",
                "I would be grateful to know whether the {estimate} for my {old_device} is paid in cash or as credit.",
            ],
            "de": [
                "In which form is the trade-in value of {estimate} for the {old_device} paid out?",
                "Please state the payout options for the trade-in of the {old_device} ({estimate}).",
            ],
        },
        issue="the payout for your {old_device} trade-in",
        answer=[
            Fact("you choose the payout when you accept the final offer"),
            Fact("as a Lumora gift card you get a 10 percent bonus, so {estimate} becomes {giftcard_value}"),
            Fact("as {bank_transfer} you get the plain {estimate} to your bank account"),
        ],
        checked=("estimate", "giftcard_value"),
        constraint=Constraint(
            said={
                "us": "I'd rather have real money than store credit.",
                "jp": "I would prefer to receive the money itself rather than store credit.",
                "de": "Store credit is not acceptable to me.",
            },
            replaces=2,
            violation=Fact("the {estimate} is paid as a Lumora gift card"),
        ),
        invented=Fact("bank transfers are only available for trade-ins worth more than {giftcard_value}"),
    ),
    Situation(
        id="trade_in_recycling/device_still_locked",
        trouble=True,
        ask={
            "us": [
                "Got an email that trade-in {tradein_id} is on hold because my {old_device} is still linked to my "
                "account. How do I fix it?",
                "My {old_device} trade-in ({tradein_id}) arrived {received_date} and now it's stuck, says it's locked "
                "to my account. Help?",
            ],
            "jp": [
                "I am sorry to trouble you, but I was told that trade-in {tradein_id} is on hold because my "
                "{old_device} is still linked to my account.",
                "Excuse me, trade-in {tradein_id} for my {old_device}, which arrived on {received_date}, appears to "
                "be on hold due to an account lock. Could you kindly tell me what to do?",
            ],
            "de": [
                "Trade-in {tradein_id} is on hold because the {old_device} is still linked to my account. Please "
                "state the procedure.",
                "The {old_device} ({tradein_id}) arrived on {received_date} and is reported as account-locked. How is "
                "the lock removed?",
            ],
        },
        issue="the account lock holding up trade-in {tradein_id}",
        answer=[
            Step(
                "sign in at lumora.com, open Account > Devices, select the {old_device} and choose Remove from account"
            ),
            Fact("the lock lifts within an hour, and the inspection then continues without any action from you"),
            Fact(
                "if it is not removed by {lock_deadline}, 7 days after its arrival on {received_date}, we return the "
                "{old_device} free of charge"
            ),
        ],
        checked=("lock_deadline", "received_date"),
        constraint=Constraint(
            said={
                "us": "And I don't have the app on my new phone yet.",
                "jp": "I should mention that I have not installed the app on my new phone yet.",
                "de": "The app is not installed on my current phone.",
            },
            replaces=0,
            violation=Step("open the {app} on your new phone and remove the {old_device} under Devices"),
        ),
        unsafe=Step("email us your account password and the one-time code so we can remove the lock for you"),
        invented=Fact("a locked device is kept and recycled without any payment"),
    ),
]
