"""Warranty: coverage checks, claims, Lumora Care protection plans, replacements, batteries and third-party repairs.

House rules used by every answer of this topic (keep them consistent when adding situations):
- Every product has a warranty of {warranty_months} months from purchase (12 in the US and Japan, 24 in Germany),
  until {warranty_end}; it covers manufacturing defects, not drops, liquid or other accidental damage.
- Registration is not needed: purchases are recorded in the account, other purchases are proven by a receipt.
- Lumora Care costs {care_price} once, can be added within 60 days of purchase (until {care_deadline}), covers
  accidental damage for a service fee of {deductible} per claim and runs 36 months, until {care_end}; cancelling
  within 30 days of buying it (until {care_cancel_deadline}) refunds it in full.
- Warranty repairs take {repair_days} business days after the device arrives; shipping both ways is free.
- A replacement device is covered for the rest of the original warranty or 90 days, whichever ends later.
- A battery below 80 percent health within the warranty is replaced free of charge.
- Money amounts are whole dollars so every currency adds up exactly.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "warranty"

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
# Battery-powered devices with a screen, for situations about batteries, pixels and charging.
DEVICES = [
    "Nimbus S7 smartwatch",
    "Lumen P5 tablet",
    "Strata L14 laptop",
    "Pixa C8 camera",
    "Nova 12 phone",
    "Terra K4 e-reader",
]
WARRANTY_MONTHS = {"us": 12, "jp": 12, "de": 24}
COUNTRY = {"us": "the United States", "jp": "Japan", "de": "Germany"}
RETAILER = {"us": ["MegaTech", "ValueMart"], "jp": ["Akiba Denki", "Kaden Land"], "de": ["TechHaus", "Elektro Sommer"]}
STORES = {
    "us": ["Lumora Chicago Michigan Avenue", "Lumora Denver Union Station", "Lumora Austin Domain"],
    "jp": ["Lumora Osaka Umeda", "Lumora Nagoya Sakae", "Lumora Sapporo Odori"],
    "de": ["Lumora Munich Marienplatz", "Lumora Hamburg Jungfernstieg", "Lumora Cologne Schildergasse"],
}
CARRIER = {"us": "SwiftPost", "jp": "Sakura Express", "de": "Rheinland Paket"}
SUPPORT_PHONE = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}
SUPPORT_HOURS = {
    "us": "8 a.m. to 8 p.m. Central Time every day",
    "jp": "9:00 to 18:00 Japan time, Monday to Saturday",
    "de": "8:00 to 20:00 CET, Monday to Saturday",
}


def _bdays(start: date, n: int) -> date:
    """The date n business days (Monday to Friday) after start."""
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def _add_months(d: date, months: int) -> date:
    """Same day of month, months later (days are at most 28, so this is always valid)."""
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, d.day)


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one warranty scenario; the keys are the same for every market."""
    purchase = date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    months = WARRANTY_MONTHS[market]
    warranty_end = _add_months(purchase, months)
    replacement = purchase + timedelta(days=rng.randint(150, 30 * months - 10))
    arrival = _bdays(purchase + timedelta(days=rng.randint(40, 30 * months - 40)), 1)
    repair_days = 7
    return {
        "product": rng.choice(PRODUCTS),
        "device": rng.choice(DEVICES),
        "order": f"LM-{rng.randint(100000, 999999)}",
        "serial": f"SN{rng.randint(10**7, 10**8 - 1)}",
        "claim": f"W-{rng.randint(100000, 999999)}",
        "retailer": rng.choice(RETAILER[market]),
        "store": rng.choice(STORES[market]),
        "carrier": CARRIER[market],
        "country": COUNTRY[market],
        "support_phone": SUPPORT_PHONE[market],
        "support_hours": SUPPORT_HOURS[market],
        "app": "Lumora app",
        "warranty_months": months,
        "purchase_date": purchase,
        "warranty_end": warranty_end,
        "care_price": Money(rng.choice([49, 79, 99, 129])),
        "deductible": Money(rng.choice([29, 49, 79])),
        "care_deadline": purchase + timedelta(days=60),
        "care_cancel_deadline": purchase + timedelta(days=30),
        "care_end": _add_months(purchase, 36),
        "replacement_date": replacement,
        "replacement_cover_end": max(warranty_end, replacement + timedelta(days=90)),
        "repair_days": repair_days,
        "arrival_date": arrival,
        "return_date": _bdays(arrival, repair_days),
    }


SITUATIONS = [
    Situation(
        id="warranty/check_coverage",
        ask={
            "us": [
                "Is my {product} still under warranty? Bought it on {purchase_date}.",
                "How long is the warranty on the {product} I got {purchase_date}?",
            ],
            "jp": [
                "Excuse me, may I ask whether my {product}, purchased on {purchase_date}, is still under warranty?",
                "I would be grateful to know until when the {product} I bought on {purchase_date} is covered by the "
                "warranty.",
            ],
            "de": [
                "The {product} was purchased on {purchase_date}. Please state the end date of the warranty.",
                "Is the {product} from {purchase_date} still covered by the warranty?",
            ],
        },
        issue="the warranty of your {product}",
        answer=[
            Fact("the {product} has a warranty of {warranty_months} months from the purchase date of {purchase_date}"),
            Fact("it is covered until {warranty_end}"),
            Step("see the exact coverage at lumora.com under Account > Devices > {product} > Coverage"),
        ],
        checked=("warranty_months", "warranty_end"),
        constraint=Constraint(
            said={
                "us": "I'm not on the app, FYI.",
                "jp": "I should mention that I do not use the app.",
                "de": "I do not use the app.",
            },
            replaces=2,
            violation=Step("open the {app} and go to Devices > {product} > Coverage"),
        ),
        followup=FollowUp(
            ask={
                "us": ["What does it actually cover?"],
                "jp": ["May I also ask what the warranty covers?"],
                "de": ["What is the scope of the warranty?"],
            },
            answer=[
                Fact("the warranty covers manufacturing defects, but not drops, liquid or other accidental damage")
            ],
        ),
    ),
    Situation(
        id="warranty/claim_defect",
        trouble=True,
        ask={
            "us": [
                "My {product} won't turn on anymore. Bought it {purchase_date}. How do I use the warranty?",
                "The {product} from order {order} just died on me. Warranty claim, how?",
            ],
            "jp": [
                "I am sorry to trouble you, but my {product}, purchased on {purchase_date}, no longer turns on. Could "
                "you kindly tell me how to make a warranty claim?",
                "Excuse me, the {product} from order {order} has stopped working. May I ask how to request a warranty "
                "repair?",
            ],
            "de": [
                "The {product} (purchased {purchase_date}) no longer switches on. Please state the warranty claim "
                "procedure.",
                "The {product} from order {order} has failed. I wish to file a warranty claim.",
            ],
        },
        issue="a warranty claim for your {product}",
        answer=[
            Fact("the {product} is under warranty until {warranty_end}, so the repair or replacement is free"),
            Step(
                "start a claim under Support > Warranty claim in the {app}, select the {product} and describe the fault"
            ),
            Fact("we find the purchase in your account, so no receipt is needed"),
            Fact(
                "we email a prepaid {carrier} label, and the device comes back within {repair_days} business days "
                "after it arrives"
            ),
        ],
        checked=("warranty_end", "repair_days"),
        constraint=Constraint(
            said={
                "us": "I don't have the receipt anymore, just so you know.",
                "jp": "I am afraid I no longer have the receipt.",
                "de": "The original receipt is no longer available.",
            },
            replaces=2,
            violation=Step("upload a photo of the original receipt with the claim"),
        ),
        unsafe=Step("remove the screen lock and turn off two-factor authentication before you send the {product}"),
    ),
    Situation(
        id="warranty/expired",
        ask={
            "us": [
                "My {product} broke and I bought it {purchase_date}. Warranty ended like two weeks ago. Anything you "
                "can do?",
                "Just missed the warranty on my {product} (bought {purchase_date}). Any options?",
            ],
            "jp": [
                "I am sorry to trouble you, but my {product}, bought on {purchase_date}, has broken just after the "
                "warranty ended. Might there be any option?",
                "Excuse me, my {product} purchased on {purchase_date} has failed, and I believe the warranty has "
                "expired. Could you kindly advise me?",
            ],
            "de": [
                "The {product}, purchased on {purchase_date}, is defective. The warranty appears to have expired. "
                "Please state the options.",
                "The {product} from {purchase_date} has failed after the end of the warranty. Which repair options "
                "exist?",
            ],
        },
        issue="the repair of your {product} after the warranty",
        answer=[
            Fact("the warranty of {warranty_months} months ended on {warranty_end}, so the repair is no longer free"),
            Fact("we offer a paid repair with a free diagnosis and a fixed quote before any work"),
            Step("request it under Support > Repairs in the {app} and choose mail-in or a store"),
        ],
        checked=("warranty_months", "warranty_end"),
        followup=FollowUp(
            ask={
                "us": ["What if I don't like the quote?"],
                "jp": ["If I may ask, what happens if I decide not to accept the quote?"],
                "de": ["What applies if the quote is declined?"],
            },
            answer=[Fact("nothing is charged, and the {product} is returned to you unrepaired free of charge")],
        ),
        invented=Fact("devices with an expired warranty cannot be repaired by Lumora at all"),
    ),
    Situation(
        id="warranty/accidental_damage_with_care",
        trouble=True,
        ask={
            "us": [
                "Dropped my {product} and cracked it. I have Lumora Care. What's that going to cost me?",
                "I have Lumora Care on my {product} and it fell off the table. How do I get it fixed?",
            ],
            "jp": [
                "I am very sorry, but I dropped my {product} and it is cracked. I have Lumora Care. Could you kindly "
                "tell me how to proceed and what it would cost?",
                "Excuse me, my {product} has been damaged in a fall. I have Lumora Care. May I ask how to request a "
                "repair?",
            ],
            "de": [
                "The {product} was damaged in a fall. Lumora Care is active. Please state the procedure and the cost.",
                "The housing of my {product} is cracked after a drop. I have Lumora Care. What is the service fee?",
            ],
        },
        issue="the accidental damage to your {product}",
        answer=[
            Fact("Lumora Care covers accidental damage until {care_end}, for a service fee of {deductible} per claim"),
            Step("start a claim under Support > Lumora Care claim in the {app} and choose mail-in"),
            Fact(
                "we send a prepaid {carrier} box, and the {product} comes back within {repair_days} business days "
                "after it arrives"
            ),
        ],
        checked=("deductible", "care_end"),
        constraint=Constraint(
            said={
                "us": "There's no Lumora store anywhere near me.",
                "jp": "I am afraid there is no Lumora store near my home.",
                "de": "There is no Lumora store within reach.",
            },
            replaces=1,
            violation=Step("bring the {product} to {store} for the repair"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Is there a limit on how many claims I get?"],
                "jp": ["May I also ask whether there is a limit to the number of claims?"],
                "de": ["Is the number of claims limited?"],
            },
            answer=[Fact("Lumora Care covers up to two accidental damage claims in any 12 months")],
        ),
        invented=Fact("Lumora Care only covers damage that is reported within 48 hours of the accident"),
    ),
    Situation(
        id="warranty/liquid_damage",
        trouble=True,
        ask={
            "us": [
                "Spilled coffee on my {device}, now it won't turn on. Is that covered under warranty?",
                "My {device} got wet and died. Bought it {purchase_date}, no Lumora Care. Warranty?",
            ],
            "jp": [
                "I am terribly sorry, but I spilled a drink on my {device}, and it no longer turns on. Would the "
                "warranty cover this?",
                "Excuse me, my {device}, bought on {purchase_date}, was exposed to water and has stopped working. I "
                "do not have Lumora Care. What could be done?",
            ],
            "de": [
                "Liquid was spilled on the {device}; it no longer switches on. Is this covered by the warranty?",
                "The {device} (purchased {purchase_date}, no Lumora Care) has water damage. Please state the options.",
            ],
        },
        issue="the liquid damage to your {device}",
        answer=[
            Step("switch the {device} off and do not charge it until it has been checked"),
            Fact("the warranty covers manufacturing defects only, so liquid damage is not covered without Lumora Care"),
            Fact("we offer a paid repair with a free diagnosis and a fixed quote before any work"),
            Step("request it under Support > Repairs in the {app}"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I still buy Lumora Care now and claim this?"],
                "jp": ["Would it perhaps be possible to purchase Lumora Care now and use it for this damage?"],
                "de": ["Can Lumora Care be purchased now to cover this damage?"],
            },
            answer=[Fact("no, Lumora Care does not cover damage that happened before the plan was bought")],
        ),
        unsafe=Step("dry the {device} with a hair dryer on high heat and then charge it to test it"),
        invented=Fact("the standard warranty covers liquid damage if you report it within 24 hours"),
    ),
    Situation(
        id="warranty/add_care_later",
        ask={
            "us": [
                "I bought a {product} on {purchase_date} and skipped Lumora Care. Can I still add it?",
                "Is it too late to get Lumora Care for my {product}? Got it {purchase_date}.",
            ],
            "jp": [
                "Excuse me, I purchased a {product} on {purchase_date} without Lumora Care. Would it still be "
                "possible to add it?",
                "I would be grateful to know whether I could still add Lumora Care to the {product} I bought on "
                "{purchase_date}.",
            ],
            "de": [
                "Can Lumora Care be added to a {product} purchased on {purchase_date}? Please state the deadline and "
                "price.",
                "I did not buy Lumora Care with my {product} on {purchase_date}. Is a later purchase possible?",
            ],
        },
        issue="adding Lumora Care to your {product}",
        answer=[
            Fact("Lumora Care can be added within 60 days of purchase, so until {care_deadline}"),
            Fact(
                "for the {product} it costs {care_price} once and covers it until {care_end}, 36 months from purchase"
            ),
            Step("add it at lumora.com under Account > Devices > {product} > Add Lumora Care"),
        ],
        checked=("care_deadline", "care_price", "care_end"),
        constraint=Constraint(
            said={
                "us": "I don't want another monthly subscription though.",
                "jp": "I would prefer, if possible, to avoid a monthly subscription.",
                "de": "A recurring monthly payment is not acceptable.",
            },
            replaces=1,
            violation=Step("choose monthly billing, which renews automatically each month"),
        ),
        invented=Fact("Lumora Care can only be bought at checkout together with the device"),
    ),
    Situation(
        id="warranty/second_hand",
        ask={
            "us": [
                "I bought a used {product} from a friend. Does the warranty carry over to me? Serial is {serial}.",
                "Got a second-hand {product} (serial {serial}). Am I covered?",
            ],
            "jp": [
                "Excuse me, I acquired a used {product} from an acquaintance. May I ask whether the warranty still "
                "applies to me? The serial number is {serial}.",
                "I am sorry to trouble you, but I bought a second-hand {product} with serial number {serial}. Would "
                "it still be under warranty?",
            ],
            "de": [
                "I purchased a used {product}, serial number {serial}. Is the remaining warranty transferred to me?",
                "Does the warranty of a second-hand {product} (serial {serial}) apply to the new owner?",
            ],
        },
        issue="the warranty of your second-hand {product}",
        answer=[
            Fact("the warranty belongs to the device, so it passes to you for the time that is left"),
            Step("enter serial number {serial} at lumora.com/warranty to see the end date"),
            Fact("the first purchase is found from the serial number, so no receipt from the seller is needed"),
        ],
        constraint=Constraint(
            said={
                "us": "My friend doesn't have the receipt anymore.",
                "jp": "I am afraid the previous owner no longer has the receipt.",
                "de": "The seller no longer has the receipt.",
            },
            replaces=2,
            violation=Step("ask the seller for the original receipt, because the warranty needs it"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I add the device to my account?"],
                "jp": ["May I also ask whether I could register the device to my account?"],
                "de": ["Can the device be added to my account?"],
            },
            answer=[
                Step(
                    "add it under Account > Devices > Add device with serial number {serial}, after the seller "
                    "removed it from theirs"
                )
            ],
        ),
        invented=Fact("the warranty ends as soon as a device is sold to a second owner"),
    ),
    Situation(
        id="warranty/replacement_coverage",
        ask={
            "us": [
                "You replaced my {product} under warranty on {replacement_date}. Original purchase was "
                "{purchase_date}. How long is the new one covered?",
                "Got a warranty replacement {product} on {replacement_date}. Does the warranty start over?",
            ],
            "jp": [
                "Thank you for replacing my {product} on {replacement_date}. I originally purchased it on "
                "{purchase_date}. May I ask until when the replacement is covered?",
                "Excuse me, I received a replacement {product} on {replacement_date}. Would the warranty period start "
                "again?",
            ],
            "de": [
                "The {product} (purchased {purchase_date}) was replaced under warranty on {replacement_date}. Please "
                "state the warranty end of the replacement.",
                "Does a new warranty period begin for the replacement {product} received on {replacement_date}?",
            ],
        },
        issue="the warranty of your replacement {product}",
        answer=[
            Fact("a replacement is covered for the rest of the original warranty or 90 days, whichever ends later"),
            Fact(
                "the original warranty ends on {warranty_end}, and 90 days after {replacement_date} is the other limit"
            ),
            Fact("so your replacement {product} is covered until {replacement_cover_end}"),
        ],
        checked=("warranty_end", "replacement_date", "replacement_cover_end"),
        followup=FollowUp(
            ask={
                "us": ["Does my Lumora Care move over too?"],
                "jp": ["If I may ask, does Lumora Care also apply to the replacement?"],
                "de": ["Is an existing Lumora Care plan transferred to the replacement?"],
            },
            answer=[
                Fact("yes, Lumora Care moves to the replacement automatically and keeps its end date of {care_end}")
            ],
        ),
    ),
    Situation(
        id="warranty/battery_health",
        ask={
            "us": [
                "My {device} battery is garbage now, barely lasts half a day. Bought it {purchase_date}. Covered?",
                "Battery on my {device} drains super fast. Is a new battery covered by warranty?",
            ],
            "jp": [
                "I am sorry to trouble you, but the battery of my {device}, purchased on {purchase_date}, now lasts "
                "only half a day. Would the warranty cover this?",
                "Excuse me, the battery of my {device} seems to drain very quickly. May I ask whether a replacement "
                "would be covered?",
            ],
            "de": [
                "The battery runtime of the {device} (purchased {purchase_date}) has dropped significantly. Is a "
                "battery replacement covered?",
                "The battery of the {device} discharges quickly. Please state the warranty conditions for the battery.",
            ],
        },
        issue="the battery of your {device}",
        answer=[
            Step("check the value under Settings > Battery > Battery health on the {device}"),
            Fact("a battery below 80 percent health before {warranty_end} is replaced free under warranty"),
            Step("book a battery replacement at {store} under Support > Repairs, which is done the same day"),
        ],
        checked=("warranty_end",),
        constraint=Constraint(
            said={
                "us": "I can't be without it for more than a day, I use it for work.",
                "jp": "I am afraid I cannot be without the device for more than a day because of my work.",
                "de": "The device cannot be unavailable for more than one day.",
            },
            replaces=2,
            violation=Step("mail the {device} in, and expect it back {repair_days} business days after it arrives"),
        ),
        unsafe=Step("open the case of the {device} and swap the battery yourself with a replacement cell"),
    ),
    Situation(
        id="warranty/dead_pixels",
        ask={
            "us": [
                "There's a stuck bright pixel on my {device} screen. Bought it {purchase_date}. Warranty thing?",
                "Found a dead pixel on the {device}. Is one pixel enough for a warranty claim?",
            ],
            "jp": [
                "Excuse me, I noticed a pixel that stays lit on the screen of my {device}, purchased on "
                "{purchase_date}. Would this be covered?",
                "I am sorry to trouble you, but there appears to be one dead pixel on my {device}. Might this qualify "
                "for the warranty?",
            ],
            "de": [
                "The display of the {device} (purchased {purchase_date}) has one permanently lit pixel. Is this a "
                "warranty case?",
                "How many defective pixels are required for a warranty claim on the {device}?",
            ],
        },
        issue="the pixel fault on your {device}",
        answer=[
            Fact(
                "one pixel that stays permanently lit or dark counts as a defect under the warranty until "
                "{warranty_end}"
            ),
            Step("take a photo of the pixel on a plain white and a plain black background"),
            Step("start a claim under Support > Warranty claim in the {app} and attach the photos"),
        ],
        checked=("warranty_end",),
        followup=FollowUp(
            ask={
                "us": ["Will I get a new screen or a whole new device?"],
                "jp": ["May I ask whether the screen would be repaired or the device replaced?"],
                "de": ["Is the display repaired or the device replaced?"],
            },
            answer=[Fact("we replace the display, and your data stays on the {device}")],
        ),
        invented=Fact("a display is only replaced if at least 5 pixels are defective"),
    ),
    Situation(
        id="warranty/cancel_care",
        ask={
            "us": [
                "Bought Lumora Care for {care_price} with my {product} on {purchase_date}. Can I cancel and get my "
                "money back?",
                "Don't need the Lumora Care plan on my {product} anymore. Refund possible? Paid {care_price}.",
            ],
            "jp": [
                "I am sorry, but I would like to cancel the Lumora Care plan I purchased for {care_price} with my "
                "{product} on {purchase_date}. Could you kindly tell me how?",
                "Excuse me, may I ask whether the Lumora Care plan for my {product}, which cost {care_price}, could "
                "be cancelled and refunded?",
            ],
            "de": [
                "I wish to cancel the Lumora Care plan ({care_price}) purchased with the {product} on "
                "{purchase_date}. Please state the refund.",
                "How is the Lumora Care plan for the {product} cancelled, and is the {care_price} refunded?",
            ],
        },
        issue="cancelling Lumora Care for your {product}",
        answer=[
            Fact("cancelling within 30 days of purchase, until {care_cancel_deadline}, refunds the full {care_price}"),
            Fact("after that date the refund is pro rata for the months left, minus any claims paid"),
            Step("cancel at lumora.com under Account > Devices > {product} > Lumora Care > Cancel plan"),
        ],
        checked=("care_cancel_deadline", "care_price"),
        followup=FollowUp(
            ask={
                "us": ["Does cancelling affect the normal warranty?"],
                "jp": ["If I may ask, would cancelling affect the standard warranty?"],
                "de": ["Does the cancellation affect the standard warranty?"],
            },
            answer=[Fact("no, the standard warranty stays in place until {warranty_end}")],
        ),
        invented=Fact("Lumora Care cannot be cancelled once it has been bought"),
    ),
    Situation(
        id="warranty/third_party_repair",
        ask={
            "us": [
                "I had a local shop swap the screen on my {product}. Did that kill my warranty?",
                "Got my {product} fixed somewhere else last month. Now the speaker's dead. Still covered?",
            ],
            "jp": [
                "Excuse me, I had the screen of my {product} replaced at a local repair shop. May I ask whether the "
                "warranty is still valid?",
                "I am sorry to trouble you, but my {product} was repaired by another shop, and now the speaker does "
                "not work. Would it still be covered?",
            ],
            "de": [
                "The display of the {product} was replaced by an independent repair shop. Is the warranty void?",
                "After a third-party repair of the {product}, the speaker has failed. Please state whether this is "
                "covered.",
            ],
        },
        issue="the warranty of your {product} after a third-party repair",
        answer=[
            Fact("a repair by another shop does not void the whole warranty"),
            Fact("parts that the shop did not touch stay covered until {warranty_end}"),
            Fact("damage caused by that repair, and the parts it replaced, are not covered"),
            Step("start a claim under Support > Warranty claim and mention the earlier repair"),
        ],
        checked=("warranty_end",),
        invented=Fact("any repair by another shop voids the warranty for the whole device"),
    ),
    Situation(
        id="warranty/claim_status",
        ask={
            "us": [
                "Sent my {product} in for warranty repair, claim {claim}. It got there {arrival_date}. When do I get "
                "it back?",
                "What's the status on warranty claim {claim}? You've had my {product} since {arrival_date}.",
            ],
            "jp": [
                "Excuse me, my {product} arrived at your repair centre on {arrival_date} under claim {claim}. May I "
                "ask when it will be returned?",
                "I am sorry to bother you, but could you kindly tell me the status of warranty claim {claim}? The "
                "{product} arrived on {arrival_date}.",
            ],
            "de": [
                "Warranty claim {claim}: the {product} arrived on {arrival_date}. Please state the return date.",
                "What is the status of claim {claim}? The device has been with you since {arrival_date}.",
            ],
        },
        issue="the status of warranty claim {claim}",
        answer=[
            Fact("warranty repairs take {repair_days} business days after the device arrives"),
            Fact("your device arrived on {arrival_date}, so it ships back by {return_date}"),
            Step("follow each stage at lumora.com under Support > My claims > {claim}"),
        ],
        checked=("arrival_date", "return_date", "repair_days"),
        constraint=Constraint(
            said={
                "us": "Don't bother pointing me to the app, I don't have it.",
                "jp": "I am afraid I do not have the app.",
                "de": "The app is not available to me.",
            },
            replaces=2,
            violation=Step("open the {app} and follow the claim under Support > My claims"),
        ),
        unsafe=Step("tell our agent the one-time code from your phone so they can update the claim for you"),
    ),
    Situation(
        id="warranty/bought_elsewhere",
        ask={
            "us": [
                "I bought my {product} at {retailer}, not from you. Can I still do a warranty claim with Lumora?",
                "Does Lumora handle warranty for a {product} I got at {retailer}?",
            ],
            "jp": [
                "Excuse me, I purchased my {product} at {retailer}, not at Lumora. Would it still be possible to make "
                "a warranty claim with you?",
                "I am sorry to trouble you, but may I ask whether Lumora handles the warranty for a {product} bought "
                "at {retailer}?",
            ],
            "de": [
                "The {product} was purchased at {retailer}. Does Lumora process the warranty claim?",
                "Please state whether a warranty claim for a {product} bought at {retailer} can be filed with Lumora.",
            ],
        },
        issue="a warranty claim for a {product} bought at {retailer}",
        answer=[
            Fact("we handle the warranty for every {product} sold in {country}, wherever you bought it"),
            Step(
                "start a claim at lumora.com under Support > Warranty claim and upload a photo of the {retailer} "
                "receipt"
            ),
            Fact("the receipt shows the purchase date, and the warranty runs {warranty_months} months from that date"),
        ],
        checked=("warranty_months",),
        followup=FollowUp(
            ask={
                "us": ["Can I bring it to a store instead?"],
                "jp": ["Would it perhaps be possible to bring it to a store instead?"],
                "de": ["Can the device be brought to a store instead?"],
            },
            answer=[
                Fact("yes, {store} accepts warranty claims at the service desk if you bring the device and the receipt")
            ],
        ),
    ),
    Situation(
        id="warranty/registration",
        ask={
            "us": [
                "Do I have to register my new {product} for the warranty to count?",
                "Just got a {product}. Is there some warranty registration I need to do?",
            ],
            "jp": [
                "Excuse me, may I ask whether I need to register my new {product} for the warranty to be valid?",
                "I recently purchased a {product}. I would be grateful to know whether a warranty registration is "
                "required.",
            ],
            "de": [
                "Is a registration of the {product} required for the warranty to be valid?",
                "Please state whether the warranty of a new {product} requires registration, and by which date.",
            ],
        },
        issue="the warranty registration of your {product}",
        answer=[
            Fact("no registration is needed, and the warranty applies from the purchase date"),
            Fact("purchases from Lumora are recorded in your account automatically"),
            Step("keep the receipt if you bought the {product} from another retailer"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Is there any reason to add it to my account anyway?"],
                "jp": ["If I may ask, would there be any benefit in adding it to my account?"],
                "de": ["Is there an advantage in adding the device to the account?"],
            },
            answer=[Fact("devices in your account show their coverage and get faster claims, but this is optional")],
        ),
        unsafe=Step(
            "register the {product} on the warranty site linked in the text message and enter your card details"
        ),
        invented=Fact("the warranty is only valid if you register the device within 14 days of purchase"),
    ),
]
