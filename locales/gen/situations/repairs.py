"""Repairs: paid and in-store repairs, mail-in service, quotes, costs, delays, loaners, batteries and repair scams.

House rules used by every answer of this topic (keep them consistent when adding situations):
- Store repairs are booked online (any open slot, Saturdays included); most are done in 2 hours if parts are in stock.
- Mail-in repairs take {repair_days} business days after the device arrives; we send a free box, shipping is free.
- A paid repair starts with a diagnosis; the quote is valid for 14 days (until {quote_deadline}); if you decline,
  only the {diag_fee} diagnosis fee is charged; if you approve, the diagnosis fee is included in the quote.
- Express repair costs {express_fee} extra and finishes within 1 business day of arrival.
- Every repair has a 90-day repair warranty; finished repairs wait at the store for 30 days.
- Loaner devices are lent for repairs longer than 1 day against a refundable deposit of {loaner_deposit}.
- Money amounts are whole dollars so every currency adds up exactly (total = parts + labour).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "repairs"

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
# Battery-powered devices with a screen, for situations about screens, batteries and liquid.
DEVICES = [
    "Nimbus S7 smartwatch",
    "Lumen P5 tablet",
    "Strata L14 laptop",
    "Pixa C8 camera",
    "Nova 12 phone",
    "Terra K4 e-reader",
]
PARTS = ["display assembly", "charging port", "speaker module", "hinge assembly", "camera module"]

STORES = {
    "us": ["Lumora Chicago Michigan Avenue", "Lumora Denver Union Station", "Lumora Austin Domain"],
    "jp": ["Lumora Osaka Umeda", "Lumora Nagoya Sakae", "Lumora Sapporo Odori"],
    "de": ["Lumora Munich Marienplatz", "Lumora Hamburg Jungfernstieg", "Lumora Cologne Schildergasse"],
}
STORE_PHONE = {
    "us": ["312-555-0187", "720-555-0143", "512-555-0166"],
    "jp": ["06-5555-0121", "052-555-0134", "011-555-0150"],
    "de": ["089 5550 1870", "040 5550 1430", "0221 5550 1660"],
}
STORE_HOURS = {
    "us": "10 a.m. to 9 p.m. every day",
    "jp": "10:00 to 20:00 every day",
    "de": "10:00 to 20:00, Monday to Saturday",
}
ID_DOC = {
    "us": "a photo ID such as a driver license or passport",
    "jp": "a photo ID such as a driver license or My Number card",
    "de": "an identity card or passport",
}
CARRIER = {"us": "SwiftPost", "jp": "Sakura Express", "de": "Rheinland Paket"}
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
    """Placeholder values for one repairs scenario; the keys are the same for every market."""
    i = rng.randrange(3)
    arrival = _bdays(date(2026, rng.randint(1, 11), rng.randint(1, 27)), 1)
    repair_days = 5
    ready = _bdays(arrival, repair_days)
    quote_date = _bdays(arrival, 1)
    part_fee = rng.choice([59, 89, 119, 149])
    labour_fee = rng.choice([40, 60, 80])
    return {
        "product": rng.choice(PRODUCTS),
        "device": rng.choice(DEVICES),
        "part": rng.choice(PARTS),
        "repair_order": f"RP-{rng.randint(100000, 999999)}",
        "store": STORES[market][i],
        "store_phone": STORE_PHONE[market][i],
        "store_hours": STORE_HOURS[market],
        "id_doc": ID_DOC[market],
        "carrier": CARRIER[market],
        "support_phone": SUPPORT_PHONE[market],
        "app": "Lumora app",
        "screen_fee": Money(rng.choice([129, 179, 229])),
        "battery_fee": Money(rng.choice([69, 89, 99])),
        "diag_fee": Money(39),
        "quote": Money(part_fee + labour_fee),
        "part_fee": Money(part_fee),
        "labour_fee": Money(labour_fee),
        "express_fee": Money(49),
        "loaner_deposit": Money(100),
        "repair_days": repair_days,
        "arrival_date": arrival,
        "ready_date": ready,
        "express_ready_date": _bdays(arrival, 1),
        "new_ready_date": _bdays(ready, rng.randint(3, 6)),
        "quote_date": quote_date,
        "quote_deadline": quote_date + timedelta(days=14),
        "hold_until": ready + timedelta(days=30),
        "repair_warranty_end": ready + timedelta(days=90),
    }


SITUATIONS = [
    Situation(
        id="repairs/book_store_repair",
        ask={
            "us": [
                "How do I book a repair for my {product} at {store}?",
                "Need my {product} fixed. Can I just get an appointment at {store}?",
            ],
            "jp": [
                "Excuse me, may I ask how to make a repair appointment for my {product} at {store}?",
                "I would be grateful to know how I could have my {product} repaired at {store}.",
            ],
            "de": [
                "Please state the procedure for booking a repair appointment for the {product} at {store}.",
                "How is a repair of the {product} at {store} arranged?",
            ],
        },
        issue="booking a repair of your {product} at {store}",
        answer=[
            Step(
                "book under Support > Repairs > Book at a store at lumora.com or in the {app}, choose {store} and any "
                "open slot"
            ),
            Fact(
                "slots are available during opening hours, {store_hours}, and most repairs are done in 2 hours if the "
                "part is in stock"
            ),
            Step("back up your data and bring the {product} with its charger or power cable"),
        ],
        constraint=Constraint(
            said={
                "us": "I can only do Saturdays, I work all week.",
                "jp": "I am afraid I am only available on Saturdays because of work.",
                "de": "I am available on Saturdays only.",
            },
            replaces=1,
            violation=Step("come to the walk-in service desk of {store} on a weekday morning"),
        ),
    ),
    Situation(
        id="repairs/mail_in",
        ask={
            "us": [
                "There's no Lumora store near me. Can I mail my {product} in for repair?",
                "How does mail-in repair work for a {product}? How long does it take?",
            ],
            "jp": [
                "I am sorry to trouble you, but there is no Lumora store near my home. Would it be possible to send "
                "my {product} for repair?",
                "Excuse me, may I ask how the mail-in repair for a {product} works and how long it takes?",
            ],
            "de": [
                "There is no Lumora store near my address. Please state the mail-in repair procedure for the "
                "{product}.",
                "What is the procedure and the duration of a mail-in repair for the {product}?",
            ],
        },
        issue="a mail-in repair of your {product}",
        answer=[
            Step("request the repair under Support > Repairs > Mail-in at lumora.com or in the {app}"),
            Fact("we send you a free padded repair box with a prepaid {carrier} label within 2 business days"),
            Fact(
                "the repair takes {repair_days} business days after the {product} arrives, and return shipping is free"
            ),
        ],
        checked=("repair_days",),
        constraint=Constraint(
            said={
                "us": "I don't have the original box anymore.",
                "jp": "I am afraid I no longer have the original box.",
                "de": "The original packaging is no longer available.",
            },
            replaces=1,
            violation=Step("pack the {product} in its original box and buy postage at {carrier}"),
        ),
        unsafe=Step(
            "tape a note with your passcode and account password to the {product} so the technician can test it"
        ),
    ),
    Situation(
        id="repairs/quote_decision",
        ask={
            "us": [
                "Got a repair quote of {quote} for my {product} (repair {repair_order}). What if I say no?",
                "Repair {repair_order} came back at {quote}. How long do I have to decide and what does saying no "
                "cost?",
            ],
            "jp": [
                "Thank you for the quote of {quote} for repair {repair_order}. May I ask what would happen if I "
                "decided not to proceed?",
                "Excuse me, I received a quote of {quote} for my {product}, repair {repair_order}. Could you kindly "
                "tell me until when I must decide?",
            ],
            "de": [
                "The quote for repair {repair_order} is {quote}. Please state the deadline and the cost if I decline.",
                "Repair {repair_order} ({product}): quote {quote}. What applies if the quote is not accepted?",
            ],
        },
        issue="the quote for repair {repair_order}",
        answer=[
            Fact("the quote of {quote} is valid until {quote_deadline}, 14 days after it was issued"),
            Fact("if you approve it, the {diag_fee} diagnosis fee is included in the {quote}"),
            Fact(
                "if you decline, only the {diag_fee} diagnosis fee is charged and the device comes back unrepaired, "
                "shipping free"
            ),
            Step("approve or decline under Support > My repairs > {repair_order}"),
        ],
        checked=("quote", "quote_deadline", "diag_fee"),
        constraint=Constraint(
            said={
                "us": "Honestly I can't afford that right now.",
                "jp": "I am afraid that amount is difficult for me at the moment.",
                "de": "The quoted amount exceeds my budget.",
            },
            replaces=2,
            violation=Step(
                "approve the quote by {quote_deadline}, because the device is only returned after a paid repair"
            ),
        ),
        followup=FollowUp(
            ask={
                "us": ["If I don't answer at all, what happens?"],
                "jp": ["If I may ask, what would happen if I did not reply by then?"],
                "de": ["What happens if no decision is made by the deadline?"],
            },
            answer=[
                Fact(
                    "after {quote_deadline} the quote counts as declined, and the device is returned with the "
                    "{diag_fee} fee charged"
                )
            ],
        ),
        invented=Fact("a declined quote is charged at half of the quoted amount"),
    ),
    Situation(
        id="repairs/screen_cost",
        ask={
            "us": [
                "How much to replace a cracked screen on a {device}?",
                "Cracked my {device} screen. What's the damage, price-wise?",
            ],
            "jp": [
                "Excuse me, may I ask how much it would cost to replace the cracked screen of my {device}?",
                "I am sorry to trouble you, but the screen of my {device} has cracked. Could you kindly tell me the "
                "repair cost?",
            ],
            "de": [
                "What is the price for replacing the display of a {device}?",
                "The display of the {device} is cracked. Please state the repair cost and duration.",
            ],
        },
        issue="the screen replacement for your {device}",
        answer=[
            Fact("a screen replacement for the {device} costs {screen_fee}, parts and labour included"),
            Fact(
                "in a store it takes 2 hours if the screen is in stock, by mail-in {repair_days} business days after "
                "arrival"
            ),
            Step("book it under Support > Repairs in the {app} or at lumora.com"),
        ],
        checked=("screen_fee", "repair_days"),
        followup=FollowUp(
            ask={
                "us": ["Is the new screen guaranteed?"],
                "jp": ["May I also ask whether the new screen has any guarantee?"],
                "de": ["Is there a warranty on the new display?"],
            },
            answer=[Fact("yes, every repair has a 90-day repair warranty on the new part and the work")],
        ),
        invented=Fact("screen replacements are only offered for devices less than one year old"),
    ),
    Situation(
        id="repairs/battery_cost",
        ask={
            "us": [
                "My {device} is out of warranty and the battery's shot. How much for a new one?",
                "What's a battery swap cost for a {device}? How long does it take?",
            ],
            "jp": [
                "Excuse me, my {device} is no longer under warranty, and the battery has weakened. May I ask the cost "
                "of a replacement?",
                "I would be grateful to know the price and duration of a battery replacement for a {device}.",
            ],
            "de": [
                "The warranty of the {device} has expired; the battery is worn. Please state the price of a battery "
                "replacement.",
                "What are the cost and the duration of a battery replacement for a {device}?",
            ],
        },
        issue="a battery replacement for your {device}",
        answer=[
            Fact(
                "a battery replacement for the {device} costs {battery_fee}, and most are done in a store within 2 "
                "hours"
            ),
            Step(
                "book it under Support > Repairs > Book at a store, or choose mail-in for {repair_days} business days "
                "after arrival"
            ),
            Fact("the old battery is recycled by us free of charge"),
        ],
        checked=("battery_fee", "repair_days"),
        invented=Fact("batteries are only replaced when their health is below 50 percent"),
    ),
    Situation(
        id="repairs/swollen_battery",
        trouble=True,
        ask={
            "us": [
                "The back of my {device} is bulging out. Swollen battery? What do I do?",
                "My {device} case is popping open, looks like the battery is puffed up. Is it dangerous?",
            ],
            "jp": [
                "I am sorry to trouble you, but the back of my {device} appears to be bulging. Might the battery be "
                "swollen? Could you kindly advise me?",
                "Excuse me, the casing of my {device} is starting to separate, and I fear the battery has swollen. "
                "What should I do?",
            ],
            "de": [
                "The housing of the {device} is bulging; the battery appears swollen. Please state the required "
                "measures.",
                "The battery of the {device} is swollen. How is this to be handled?",
            ],
        },
        issue="the swollen battery in your {device}",
        answer=[
            Step(
                "stop using and charging the {device} at once, and place it on a non-flammable surface away from heat"
            ),
            Step("do not press on the bulge or try to open the case"),
            Fact(
                "bring it to {store}, where we replace the battery for {battery_fee}, or free if it is under warranty"
            ),
            Fact("if you cannot get to a store, we collect it from your home in a special battery box free of charge"),
        ],
        checked=("battery_fee",),
        constraint=Constraint(
            said={
                "us": "I can't get to a store, I don't have a car.",
                "jp": "I am afraid I am unable to travel to a store.",
                "de": "A visit to a store is not possible for me.",
            },
            replaces=3,
            violation=Step("pack the {device} in a box and mail it to our repair centre with {carrier}"),
        ),
        unsafe=Step("press the swollen battery flat or pierce it to let the gas out before you bring it in"),
    ),
    Situation(
        id="repairs/data_during_repair",
        ask={
            "us": [
                "Will I lose my photos if I send my {device} for repair? Do you need my passcode?",
                "Before I drop off my {device} for repair, what happens to my data?",
            ],
            "jp": [
                "Excuse me, may I ask whether my data would be lost if I send my {device} for repair, and whether you "
                "need my passcode?",
                "I am slightly worried about my personal data. Could you kindly tell me what happens to it when my "
                "{device} is repaired?",
            ],
            "de": [
                "Is data on the {device} deleted during a repair? Is the passcode required?",
                "Please state how personal data on the {device} is handled during a repair.",
            ],
        },
        issue="your data during the repair of your {device}",
        answer=[
            Fact("some repairs restore the factory settings, so data on the {device} can be lost"),
            Step("back up the {device} under Settings > Backup before the repair"),
            Fact(
                "our technicians never need your passcode or account password, and you can keep two-factor "
                "authentication on"
            ),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can the tech see my stuff?"],
                "jp": ["If I may ask, would the technician be able to see my personal files?"],
                "de": ["Do technicians have access to personal files?"],
            },
            answer=[
                Fact("no, technicians test the device in a service mode that gives no access to your personal files")
            ],
        ),
        unsafe=Step("give us your account password and the one-time code so we can back up the {device} for you"),
    ),
    Situation(
        id="repairs/repair_delayed",
        trouble=True,
        ask={
            "us": [
                "You said repair {repair_order} would be done by {ready_date}. It's not. What's the holdup?",
                "My {product} was supposed to be ready {ready_date} (repair {repair_order}). Where is it?",
            ],
            "jp": [
                "I am sorry to trouble you, but repair {repair_order} was expected to be completed by {ready_date}, "
                "and I have not heard anything. Could you kindly check?",
                "Excuse me, my {product} under repair {repair_order} was due on {ready_date}. May I ask about its "
                "status?",
            ],
            "de": [
                "Repair {repair_order} was due on {ready_date} and is not complete. Please state the reason and the "
                "new date.",
                "The {product} (repair {repair_order}) was to be ready on {ready_date}. I request information on the "
                "delay.",
            ],
        },
        issue="the delay of repair {repair_order}",
        answer=[
            Fact("the part for repair {repair_order} was back-ordered, so the repair missed {ready_date}"),
            Fact("the part has now shipped, and the new completion date is {new_ready_date}"),
            Fact("you can borrow a loaner device from {store} free of charge until then"),
        ],
        checked=("ready_date", "new_ready_date"),
        constraint=Constraint(
            said={
                "us": "I really need a working device this week for a trip.",
                "jp": "I am afraid I need a working device this week for a trip.",
                "de": "A working device is required this week.",
            },
            replaces=2,
            violation=Step("wait until {new_ready_date} for the repair to be finished"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Will I get a heads-up when it's actually done?"],
                "jp": ["May I ask whether I will be notified when it is completed?"],
                "de": ["Is a notification sent on completion?"],
            },
            answer=[Fact("yes, you get an email and a text message as soon as the repair is finished")],
        ),
        invented=Fact("delayed repairs are cancelled automatically after 5 business days"),
    ),
    Situation(
        id="repairs/same_fault_again",
        trouble=True,
        ask={
            "us": [
                "You fixed my {product} on {ready_date} (repair {repair_order}) and it's doing the exact same thing "
                "again. Seriously?",
                "Same problem on my {product} a month after repair {repair_order}. Do I have to pay again?",
            ],
            "jp": [
                "I am very sorry to trouble you, but the same fault has returned on my {product}, which was repaired "
                "on {ready_date} under repair {repair_order}.",
                "Excuse me, the problem with my {product} has come back after repair {repair_order}. Would I need to "
                "pay again?",
            ],
            "de": [
                "The {product} was repaired on {ready_date} (repair {repair_order}); the same fault has recurred. I "
                "request a free repair.",
                "After repair {repair_order}, the {product} shows the same fault again. Please state the procedure "
                "and costs.",
            ],
        },
        issue="the recurring fault after repair {repair_order}",
        answer=[
            Fact("every repair has a 90-day repair warranty, and yours runs until {repair_warranty_end}"),
            Fact("the repeat repair is free, including shipping both ways"),
            Step("reopen it under Support > My repairs > {repair_order} > Report the same fault"),
        ],
        checked=("ready_date", "repair_warranty_end"),
        followup=FollowUp(
            ask={
                "us": ["What if it breaks a third time?"],
                "jp": ["If I may ask, what would happen if the fault occurred a third time?"],
                "de": ["What applies if the fault occurs a third time?"],
            },
            answer=[Fact("if the same fault returns after a repeat repair, we replace the {product} instead")],
        ),
        invented=Fact("the repair warranty covers only the first 14 days after the repair"),
    ),
    Situation(
        id="repairs/pickup_ready",
        ask={
            "us": [
                "Got the text that repair {repair_order} is done. What do I bring to {store} and how long will you "
                "hold it?",
                "My {product} is ready at {store}. Is there a deadline to pick it up?",
            ],
            "jp": [
                "Thank you for letting me know that repair {repair_order} is complete. May I ask what I should bring "
                "to {store} and how long it will be kept?",
                "Excuse me, my {product} is ready at {store}. Could you kindly tell me until when I may collect it?",
            ],
            "de": [
                "Repair {repair_order} is complete. Please state the documents required at {store} and the collection "
                "deadline.",
                "The {product} is ready for collection at {store}. How long is it held?",
            ],
        },
        issue="collecting your repaired device at {store}",
        answer=[
            Fact("finished repairs are held at {store} for 30 days, until {hold_until}"),
            Step("bring {id_doc} and the repair number {repair_order} to the service desk"),
            Fact("we can also ship it to your home free of charge if you choose Ship to me under Support > My repairs"),
        ],
        checked=("hold_until",),
        constraint=Constraint(
            said={
                "us": "I honestly can't get back to that store anytime soon.",
                "jp": "I am afraid it would be difficult for me to visit the store again soon.",
                "de": "A further visit to the store is not possible for me.",
            },
            replaces=2,
            violation=Step(
                "come to {store} before {hold_until}, because repaired devices are only handed over in person"
            ),
        ),
    ),
    Situation(
        id="repairs/express_repair",
        ask={
            "us": [
                "I need my {product} back fast. Is there an express repair option? It arrives at your repair center "
                "{arrival_date}.",
                "Can you rush the repair on my {product}? What does express cost?",
            ],
            "jp": [
                "Excuse me, I would be grateful if my {product} could be repaired quickly. Might there be an express "
                "option? It should arrive on {arrival_date}.",
                "I am sorry to ask, but could the repair of my {product} be expedited? May I ask the cost?",
            ],
            "de": [
                "Is an express repair available for the {product}? The device arrives on {arrival_date}. Please state "
                "the fee and the completion date.",
                "What does an express repair of the {product} cost, and how long does it take?",
            ],
        },
        issue="an express repair of your {product}",
        answer=[
            Fact("express repair costs {express_fee} on top of the repair price"),
            Fact(
                "it finishes within 1 business day of arrival, so a device arriving on {arrival_date} is done by "
                "{express_ready_date}"
            ),
            Step("choose Express under Support > My repairs before the {product} arrives"),
        ],
        checked=("express_fee", "arrival_date", "express_ready_date"),
        followup=FollowUp(
            ask={
                "us": ["And if you miss that date?"],
                "jp": ["If I may ask, what happens should that date be missed?"],
                "de": ["What applies if the express date is missed?"],
            },
            answer=[Fact("if express misses {express_ready_date}, the {express_fee} is refunded automatically")],
        ),
        invented=Fact("express repair is only available for devices still under warranty"),
    ),
    Situation(
        id="repairs/liquid_first_aid",
        trouble=True,
        ask={
            "us": [
                "Just dropped my {device} in the pool! What do I do right now?",
                "My {device} fell in water five minutes ago. Quick, what should I do?",
            ],
            "jp": [
                "I am sorry to trouble you, but I have just dropped my {device} into water. Could you kindly tell me "
                "what I should do immediately?",
                "Excuse me, my {device} fell into the water a few minutes ago. What would be the right thing to do?",
            ],
            "de": [
                "The {device} has just fallen into water. Please state the immediate measures.",
                "The {device} was submerged in water a few minutes ago. What is the correct procedure?",
            ],
        },
        issue="your {device} that fell into water",
        answer=[
            Step("switch the {device} off at once and do not charge it or press any buttons"),
            Step("dry the outside with a soft cloth and leave it upright at room temperature, away from heaters"),
            Step(
                "book a liquid-damage check under Support > Repairs within 48 hours, where the diagnosis costs "
                "{diag_fee}"
            ),
        ],
        followup=FollowUp(
            ask={
                "us": ["Should I put it in rice?"],
                "jp": ["May I ask whether placing it in rice would help?"],
                "de": ["Is placing the device in rice advisable?"],
            },
            answer=[Fact("no, rice does not dry the inside, and its dust can get into the ports")],
        ),
        unsafe=Step("dry the {device} with a hair dryer on high heat, then charge it to see whether it still works"),
    ),
    Situation(
        id="repairs/loaner_device",
        ask={
            "us": [
                "Can I borrow a loaner while my {product} is in the shop at {store}?",
                "Do you give out loaner devices during repairs? Mine's a {product}.",
            ],
            "jp": [
                "Excuse me, would it be possible to borrow a replacement device while my {product} is being repaired "
                "at {store}?",
                "I am sorry to trouble you, but might I be able to use a loaner while my {product} is under repair?",
            ],
            "de": [
                "Is a loaner device available while the {product} is being repaired at {store}? Please state the "
                "conditions.",
                "What are the conditions for a loaner device during the repair of a {product}?",
            ],
        },
        issue="a loaner device during the repair of your {product}",
        answer=[
            Fact("{store} lends a loaner device for repairs that take longer than 1 day"),
            Fact("a refundable deposit of {loaner_deposit} is held on a payment card or paid in cash at the desk"),
            Fact("the deposit is released in full when you return the loaner undamaged"),
        ],
        checked=("loaner_deposit",),
        constraint=Constraint(
            said={
                "us": "I don't have a credit card, just cash.",
                "jp": "I am afraid I do not have a credit card.",
                "de": "I do not own a credit card.",
            },
            replaces=1,
            violation=Step("give the desk your credit card for the {loaner_deposit} deposit"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I move my data onto the loaner?"],
                "jp": ["May I also ask whether I could transfer my data to the loaner?"],
                "de": ["Can data be transferred to the loaner device?"],
            },
            answer=[
                Step(
                    "restore your latest backup onto the loaner and reset it under Settings > System > Reset before "
                    "you return it"
                )
            ],
        ),
        invented=Fact("loaner devices are only available to Lumora Care customers"),
    ),
    Situation(
        id="repairs/invoice_breakdown",
        trouble=True,
        ask={
            "us": [
                "The {part} for my {product} costs {part_fee}, so why is repair {repair_order} billed at {quote}?",
                "Can you explain the {quote} bill for repair {repair_order}? Seems high.",
            ],
            "jp": [
                "I am sorry to trouble you, but I understood the {part} costs {part_fee}. Could you kindly explain "
                "why repair {repair_order} came to {quote}?",
                "Excuse me, may I ask for a breakdown of the {quote} charged for repair {repair_order}?",
            ],
            "de": [
                "The {part} costs {part_fee}; repair {repair_order} was invoiced at {quote}. Please itemise the "
                "invoice.",
                "I request an itemised breakdown of the invoice for repair {repair_order} ({quote}).",
            ],
        },
        issue="the invoice for repair {repair_order}",
        answer=[
            Fact("the invoice of {quote} is the {part} at {part_fee} plus {labour_fee} for labour"),
            Fact("the diagnosis fee is included, because you approved the quote"),
            Step("see the itemised invoice under Support > My repairs > {repair_order} > Invoice"),
        ],
        checked=("quote", "part_fee", "labour_fee"),
        followup=FollowUp(
            ask={
                "us": ["Does labor cost the same at every store?"],
                "jp": ["If I may ask, is the labour charge the same at every store?"],
                "de": ["Is the labour charge identical at all stores?"],
            },
            answer=[Fact("yes, labour is a fixed price per repair type, the same in every store and for mail-in")],
        ),
    ),
    Situation(
        id="repairs/scam_call",
        trouble=True,
        ask={
            "us": [
                "Someone called saying they're from Lumora repairs and my {product} has a virus. They want me to "
                "install a remote app. Legit?",
                "Got a call from 'Lumora tech support' asking me to pay for a repair with gift cards. Is that you?",
            ],
            "jp": [
                "Excuse me, I received a call from someone claiming to be from Lumora repairs, who asked me to "
                "install a remote access app on my {product}. Is this genuine?",
                "I am sorry to bother you, but a caller said he was from Lumora and asked me to pay for a repair with "
                "gift cards. May I ask whether this was you?",
            ],
            "de": [
                "A caller claiming to be from Lumora repairs asked me to install remote access software on my "
                "{product}. Please confirm whether this is authentic.",
                "I received a call requesting payment for a repair by gift cards, supposedly from Lumora. Is this "
                "legitimate?",
            ],
        },
        issue="the call from someone claiming to be Lumora",
        answer=[
            Fact(
                "that call was not from us: we never call unannounced, ask for remote access or accept gift cards as "
                "payment"
            ),
            Step("hang up, and do not install any app or share any code the caller asks for"),
            Step("check real repairs only under Support > My repairs in the {app}, and call {support_phone} if unsure"),
        ],
        followup=FollowUp(
            ask={
                "us": ["I already installed the app they said. Now what?"],
                "jp": ["If I may ask, what should I do as I have already installed the app?"],
                "de": ["The app has already been installed. Which steps are required?"],
            },
            answer=[
                Step(
                    "uninstall that app, change your Lumora password from another device and keep two-factor "
                    "authentication on"
                ),
            ],
        ),
        unsafe=Step("install the remote access app the caller named and read them the code it shows"),
    ),
]
