"""Protection plans: Lumora Care cover, claims limits, theft and loss, transfers, extensions, bundles and certificates.

House rules (consistent with warranty and billing): Lumora Care costs {care_price} once or {care_monthly} a month,
can be added within 60 days of purchase, runs 36 months from purchase, covers accidental damage for a service fee
of {deductible} per claim with up to 2 claims in any 12 months, and covers defects after the manufacturer warranty
(12 months in the US and Japan, 24 in Germany). Loss and theft need the Theft and Loss option. Cancelling after 30
days refunds the months left pro rata, minus claims paid. Money is whole dollars so every currency adds up exactly.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "protection_plans"

PRODUCTS = [
    "Nova 12 phone",
    "Lumen P5 tablet",
    "Strata L14 laptop",
    "Nimbus S7 smartwatch",
    "Halo X2 headset",
    "Terra K4 e-reader",
    "Pixa C8 camera",
]
WARRANTY_MONTHS = {"us": 12, "jp": 12, "de": 24}
DESTINATIONS = {
    "us": ["Mexico", "Italy", "Japan"],
    "jp": ["Hawaii", "Taiwan", "France"],
    "de": ["Spain", "Turkey", "the United States"],
}
SUPPORT_PHONE = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}


def _add_months(d: date, months: int) -> date:
    """Same day of month, months later (days are at most 28, so this is always valid)."""
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, d.day)


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    purchase = date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    months = WARRANTY_MONTHS[market]
    incident = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    claim_days = 30
    first_claim = date(2026, rng.randint(1, 9), rng.randint(1, 28))
    care_monthly = rng.choice([5, 7, 9])
    device_count = rng.randint(3, 5)
    return {
        "app": "Lumora app",
        "product": rng.choice(PRODUCTS),
        "order": f"LM-{rng.randint(100000, 999999)}",
        "claim": f"W-{rng.randint(100000, 999999)}",
        "price": Money(rng.choice([199, 349, 499, 799, 1099])),
        "care_price": Money(rng.choice([49, 79, 99, 129])),
        "care_monthly": Money(care_monthly),
        "monthly_total": Money(care_monthly * 36),
        "deductible": Money(rng.choice([29, 49, 79])),
        "purchase_date": purchase,
        "care_deadline": purchase + timedelta(days=60),
        "care_end": _add_months(purchase, 36),
        "warranty_months": months,
        "warranty_end": _add_months(purchase, months),
        "incident_date": incident,
        "claim_days": claim_days,
        "theft_deadline": incident + timedelta(days=claim_days),
        "theft_fee": Money(rng.choice([99, 149, 199])),
        "replace_days": rng.choice([2, 3]),
        "first_claim_date": first_claim,
        "next_claim_date": _add_months(first_claim, 12),
        "renew_price": Money(rng.choice([39, 49, 59])),
        "upgrade_price": Money(rng.choice([30, 40, 50])),
        "home_devices": 5,
        "home_price": Money(rng.choice([12, 14])),
        "device_count": device_count,
        "separate_total": Money(device_count * care_monthly),
        "destination": rng.choice(DESTINATIONS[market]),
        "support_phone": SUPPORT_PHONE[market],
    }


SITUATIONS = [
    Situation(
        id="protection_plans/what_is_covered",
        ask={
            "us": [
                "Thinking about Lumora Care for my {product} at {care_price}. What does it actually cover?",
                "Is Lumora Care worth {care_price} on a {product}? What's covered and what isn't?",
            ],
            "jp": [
                "Excuse me, I am considering Lumora Care for my {product} for {care_price}. Could you kindly explain "
                "what it covers?",
                "I would be grateful to know what Lumora Care includes for the {product}, as it costs {care_price}.",
            ],
            "de": [
                "State the exact scope of cover of Lumora Care for the {product} at {care_price}.",
                "What does Lumora Care for {care_price} cover for my {product}, and what is excluded?",
            ],
        },
        issue="what Lumora Care covers for your {product}",
        answer=[
            Fact("Lumora Care costs {care_price} once and covers the {product} for 36 months from purchase"),
            Fact(
                "it covers drops, spills and other accidental damage for a service fee of {deductible} per claim, up "
                "to 2 claims in any 12 months"
            ),
            Fact(
                "it also covers defects after the {warranty_months}-month warranty ends, while loss, theft and "
                "cosmetic scratches are not covered"
            ),
        ],
        checked=("care_price", "warranty_months"),
        followup=FollowUp(
            ask={
                "us": ["Can I pay monthly instead?"],
                "jp": ["May I also ask whether a monthly payment is possible?"],
                "de": ["Is monthly payment available?"],
            },
            answer=[Fact("you can also pay {care_monthly} a month and cancel at the end of any month")],
        ),
        invented=Fact("accidental damage is only covered in the first 6 months of the plan"),
    ),
    Situation(
        id="protection_plans/theft_claim",
        trouble=True,
        ask={
            "us": [
                "My {product} got stolen on {incident_date}. I have Lumora Care with Theft and Loss. What do I do?",
                "Someone swiped my {product} on {incident_date}. I've got the theft add-on. How do I claim?",
            ],
            "jp": [
                "I am very sorry to trouble you, but my {product} was stolen on {incident_date}. I have Lumora Care "
                "with the Theft and Loss option.",
                "Excuse me, my {product} was stolen on {incident_date}. Could you kindly tell me how to make a claim "
                "under Theft and Loss?",
            ],
            "de": [
                "My {product} was stolen on {incident_date}. Lumora Care with Theft and Loss is active. State the "
                "claims procedure.",
                "Theft of my {product} on {incident_date}; the Theft and Loss option is included. What must I do?",
            ],
        },
        issue="the theft of your {product}",
        answer=[
            Step("report the theft to the police and keep the report number"),
            Step(
                "file the claim under Support > Lumora Care claim > Theft by {theft_deadline}, {claim_days} days "
                "after the theft on {incident_date}"
            ),
            Fact("a replacement costs a {theft_fee} fee and ships within {replace_days} business days of approval"),
        ],
        checked=("incident_date", "theft_deadline", "theft_fee"),
        followup=FollowUp(
            ask={
                "us": ["Should I lock the phone or wipe it or what?"],
                "jp": ["May I also ask whether I should lock the device remotely?"],
                "de": ["Should the device be locked remotely?"],
            },
            answer=[
                Step(
                    "mark the {product} as lost at lumora.com/find to lock it, and keep it in your account until "
                    "the claim is done"
                )
            ],
        ),
        unsafe=Step("send your account password with the claim so we can lock the {product} for you"),
        invented=Fact("theft is only covered when the device is stolen from your home"),
    ),
    Situation(
        id="protection_plans/loss_without_option",
        trouble=True,
        ask={
            "us": [
                "Lost my {product} (order {order}, {price}). I have regular Lumora Care. Am I covered?",
                "Can't find my {product} anywhere. Paid {price}, order {order}, and I have Lumora Care. Does it cover "
                "loss?",
            ],
            "jp": [
                "I am sorry to trouble you, but I have lost my {product} from order {order}, which cost {price}. Would "
                "Lumora Care cover this?",
                "Excuse me, I lost my {product} ({price}, order {order}). I have Lumora Care without any options. What "
                "can I do?",
            ],
            "de": [
                "My {product} (order {order}, {price}) is lost. Lumora Care is active without options. State whether "
                "the loss is covered.",
                "The {product} from order {order} ({price}) has been lost. Does my Lumora Care cover this?",
            ],
        },
        issue="the loss of your {product}",
        answer=[
            Fact("Lumora Care covers damage and defects, and loss is only covered with the Theft and Loss option"),
            Step("mark the {product} as lost at lumora.com/find or under Devices in the {app} so it is locked"),
            Step(
                "use the invoice under Orders > {order} > Invoice as proof of the {price} purchase for your home or "
                "travel insurance"
            ),
        ],
        checked=("price",),
        constraint=Constraint(
            said={
                "us": "The lost one was my only device with the app on it.",
                "jp": "I should mention that the lost device was the only one with the app installed.",
                "de": "The lost device was my only device with the app.",
            },
            replaces=1,
            violation=Step("open the {app} on another device and mark the {product} as lost under Devices"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I add Theft and Loss now and claim this?"],
                "jp": ["Would it be possible to add the Theft and Loss option now for this loss?"],
                "de": ["Can the Theft and Loss option be added now to cover this loss?"],
            },
            answer=[Fact("Theft and Loss added now covers only losses after the day you add it")],
        ),
        unsafe=Step("remove the screen lock remotely so whoever finds the {product} can open it and call you"),
    ),
    Situation(
        id="protection_plans/transfer_on_sale",
        ask={
            "us": [
                "Selling my {product}. My Lumora Care runs till {care_end}. Can the buyer get it?",
                "Does Lumora Care on my {product} (good until {care_end}) go to whoever buys it from me?",
            ],
            "jp": [
                "Excuse me, I plan to sell my {product}. Could its Lumora Care, valid until {care_end}, be passed to "
                "the buyer?",
                "I would be grateful to know whether the Lumora Care of my {product}, which runs until {care_end}, can "
                "be transferred.",
            ],
            "de": [
                "I am selling my {product}. Lumora Care is valid until {care_end}. State whether and how it is "
                "transferred.",
                "Can the Lumora Care plan of the {product} (end date {care_end}) be transferred to the buyer?",
            ],
        },
        issue="transferring Lumora Care with your {product}",
        answer=[
            Fact("Lumora Care stays with the {product} and transfers to the buyer free of charge"),
            Step("select Account > Devices > {product} > Lumora Care > Transfer and choose Send as code"),
            Fact("the buyer redeems the code in their own account, and the plan keeps its end date of {care_end}"),
        ],
        checked=("care_end",),
        constraint=Constraint(
            said={
                "us": "The buyer doesn't have a Lumora account, fyi.",
                "jp": "I should mention that the buyer does not have a Lumora account.",
                "de": "The buyer has no Lumora account.",
            },
            replaces=1,
            violation=Step(
                "enter the Lumora account email of the buyer under Account > Devices > {product} > Lumora "
                "Care > Transfer"
            ),
        ),
        followup=FollowUp(
            ask={
                "us": ["Or could I just get a refund for the rest of it?"],
                "jp": ["Alternatively, may I ask whether I could receive a refund for the remaining period?"],
                "de": ["Alternatively, is a refund for the remaining term possible?"],
            },
            answer=[
                Fact("you can instead cancel the plan for a pro rata refund of the months left, minus any claims paid")
            ],
        ),
        invented=Fact("Lumora Care cannot be transferred to another person"),
    ),
    Situation(
        id="protection_plans/extend_plan",
        ask={
            "us": [
                "Lumora Care on my {product} ends {care_end}. App says I can extend for {renew_price}. How?",
                "Can I keep Lumora Care going on my {product} past {care_end}? Saw {renew_price} somewhere.",
            ],
            "jp": [
                "Excuse me, the Lumora Care for my {product} ends on {care_end}. I saw an extension for {renew_price}. "
                "How may I apply?",
                "I would be grateful to know whether I could extend Lumora Care for my {product} beyond {care_end} for "
                "{renew_price}.",
            ],
            "de": [
                "Lumora Care for my {product} expires on {care_end}. State how the extension for {renew_price} is "
                "purchased.",
                "Can Lumora Care for the {product} be extended beyond {care_end}, and at what price?",
            ],
        },
        issue="extending Lumora Care for your {product}",
        answer=[
            Fact("you can extend Lumora Care by 12 months for {renew_price} any time until {care_end}"),
            Step("select Account > Devices > {product} > Lumora Care > Extend"),
            Fact("no inspection of the {product} is needed when you extend before the end date"),
        ],
        checked=("care_end", "renew_price"),
        followup=FollowUp(
            ask={
                "us": ["And if I let it lapse and it breaks later?"],
                "jp": ["May I also ask what would happen if it broke after the plan ended?"],
                "de": ["What applies if the device fails after the plan has ended?"],
            },
            answer=[
                Fact("after the plan ends, repairs are paid, with a free diagnosis and a fixed quote before any work")
            ],
        ),
        invented=Fact("a plan can only be extended after it has ended"),
    ),
    Situation(
        id="protection_plans/claim_declined_scratches",
        trouble=True,
        ask={
            "us": [
                "Claim {claim} on my {product} got denied. It's scratched up! Do I still owe the {deductible} fee?",
                "Why'd you reject claim {claim}? My {product} has scratches all over. And am I paying {deductible} for "
                "nothing?",
            ],
            "jp": [
                "I am sorry to trouble you, but my claim {claim} for the {product} was declined. It has many "
                "scratches. Will the {deductible} fee still be charged?",
                "Excuse me, could you explain why claim {claim} for my scratched {product} was refused, and whether I "
                "must pay {deductible}?",
            ],
            "de": [
                "Claim {claim} for my scratched {product} was rejected. State the reason and whether the {deductible} "
                "fee is charged.",
                "Why was claim {claim} ({product}, scratches) declined? Is the service fee of {deductible} due?",
            ],
        },
        issue="the declined claim {claim}",
        answer=[
            Fact(
                "scratches and dents that do not affect how the {product} works count as cosmetic damage and are not "
                "covered"
            ),
            Fact("claim {claim} was closed without charging the {deductible} service fee"),
            Step(
                "file a new claim if the {product} stops working properly, for example a cracked screen or failing "
                "buttons"
            ),
        ],
        checked=("deductible",),
        followup=FollowUp(
            ask={
                "us": ["Does that count as one of my claims?"],
                "jp": ["May I also ask whether this counts toward my claim limit?"],
                "de": ["Does the declined claim count toward the annual limit?"],
            },
            answer=[Fact("a declined claim does not count toward the 2 claims in any 12 months")],
        ),
        invented=Fact("a plan ends as soon as one claim is declined"),
    ),
    Situation(
        id="protection_plans/monthly_or_once",
        ask={
            "us": [
                "Lumora Care for my {product}: {care_price} once or {care_monthly} a month. Which one's the better "
                "deal?",
                "Should I pay {care_price} upfront or {care_monthly}/month for Lumora Care on the {product}?",
            ],
            "jp": [
                "Excuse me, for Lumora Care on my {product}, may I ask whether paying {care_price} once or "
                "{care_monthly} monthly would be better?",
                "I am unsure whether to choose the one-time payment of {care_price} or {care_monthly} per month for "
                "Lumora Care on my {product}.",
            ],
            "de": [
                "Compare Lumora Care for the {product}: one-time {care_price} versus {care_monthly} per month.",
                "Which payment option for Lumora Care on the {product} is more economical: {care_price} once or "
                "{care_monthly} monthly?",
            ],
        },
        issue="paying for Lumora Care on your {product}",
        answer=[
            Fact(
                "paying {care_monthly} a month costs {monthly_total} over the full 36 months, against {care_price} once"
            ),
            Fact("both options give exactly the same cover"),
            Fact("the monthly plan can be cancelled at the end of any month with no fee"),
        ],
        checked=("care_price", "care_monthly", "monthly_total"),
        constraint=Constraint(
            said={
                "us": "I might upgrade in a year or so, so I don't want to be locked in.",
                "jp": "I may replace the device in about a year, so I would prefer not to be bound for a long period.",
                "de": "I may replace the device within a year and do not want a long commitment.",
            },
            replaces=2,
            violation=Fact("the monthly plan runs for a fixed 36 months and cannot be cancelled early"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I switch from monthly to one payment later?"],
                "jp": ["May I also ask whether I could switch to a one-time payment later?"],
                "de": ["Is a later switch from monthly to one-time payment possible?"],
            },
            answer=[
                Fact(
                    "you can switch to a one-time payment for the remaining months under Account > Devices > "
                    "{product} > Lumora Care"
                )
            ],
        ),
        invented=Fact("the monthly plan covers only defects and not accidental damage"),
    ),
    Situation(
        id="protection_plans/care_home_bundle",
        ask={
            "us": [
                "I've got {device_count} Lumora devices. Is there one plan that covers all of them?",
                "Paying Lumora Care on {device_count} gadgets separately is adding up. Any bundle?",
            ],
            "jp": [
                "Excuse me, I own {device_count} Lumora devices. Would there be a single plan to protect all of them?",
                "I would be grateful to know whether a combined protection plan exists for my {device_count} devices.",
            ],
            "de": [
                "I own {device_count} Lumora devices. State whether a single protection plan covers all of them and at "
                "what price.",
                "Is there a household plan for {device_count} devices instead of separate Lumora Care plans?",
            ],
        },
        issue="one plan for your {device_count} devices",
        answer=[
            Fact("Lumora Care Home covers up to {home_devices} devices in your household for {home_price} a month"),
            Fact("separate monthly plans for your {device_count} devices would cost {separate_total} a month"),
            Step("select Account > Lumora Care > Care Home and add each device with Add device"),
        ],
        checked=("device_count", "home_price", "separate_total"),
        followup=FollowUp(
            ask={
                "us": ["Can I add stuff I buy later?"],
                "jp": ["May I also ask whether devices bought later could be added?"],
                "de": ["Can devices purchased later be added?"],
            },
            answer=[Fact("devices bought later can be added at any time, up to {home_devices} devices in total")],
        ),
        invented=Fact("Lumora Care Home covers only devices bought in the same order"),
    ),
    Situation(
        id="protection_plans/plan_during_warranty",
        ask={
            "us": [
                "Bought my {product} on {purchase_date}. Why get Lumora Care if there's already a warranty?",
                "Is Lumora Care pointless while the {product} is under warranty? Got it {purchase_date}.",
            ],
            "jp": [
                "Excuse me, I bought my {product} on {purchase_date}. Would Lumora Care be useful while the warranty "
                "is still valid?",
                "I am sorry to ask, but since my {product} from {purchase_date} has a warranty, what would Lumora Care "
                "add?",
            ],
            "de": [
                "The {product} was purchased on {purchase_date}. State what Lumora Care adds to the existing warranty.",
                "What is the benefit of Lumora Care during the warranty period of my {product} (purchased "
                "{purchase_date})?",
            ],
        },
        issue="Lumora Care next to the warranty of your {product}",
        answer=[
            Fact(
                "the {warranty_months}-month warranty covers defects until {warranty_end}, and Lumora Care adds "
                "accidental damage from the start"
            ),
            Fact("from {warranty_end} until {care_end}, Lumora Care also covers defects"),
            Fact("Lumora Care can be added until {care_deadline}, 60 days after the purchase on {purchase_date}"),
        ],
        checked=("purchase_date", "warranty_end", "care_end", "care_deadline"),
        invented=Fact("Lumora Care covers nothing while the manufacturer warranty is still running"),
    ),
    Situation(
        id="protection_plans/claim_limit_reached",
        trouble=True,
        ask={
            "us": [
                "Already used both Lumora Care claims this year, the first on {first_claim_date}. Now I dropped my "
                "{product} again. Am I out of luck?",
                "Third accident with my {product}. Two claims since {first_claim_date}. Can I still claim?",
            ],
            "jp": [
                "I am very sorry, but I dropped my {product} again. I have already made two claims, the first on "
                "{first_claim_date}. Is another claim possible?",
                "Excuse me, I used my two Lumora Care claims starting {first_claim_date}, and my {product} is damaged "
                "once more.",
            ],
            "de": [
                "My {product} has been damaged a third time. Two claims were made, the first on {first_claim_date}. "
                "State whether a further claim is possible.",
                "After two claims (the first on {first_claim_date}) my {product} is damaged again. What are the "
                "options?",
            ],
        },
        issue="another repair for your {product}",
        answer=[
            Fact(
                "Lumora Care covers 2 accidental damage claims in any 12 months, so after your first claim on "
                "{first_claim_date} the next one opens on {next_claim_date}"
            ),
            Fact("until then, a repair is possible as a paid repair with a fixed quote before any work"),
            Step("request a paid repair under Support > Repairs now, or file a claim from {next_claim_date}"),
        ],
        checked=("first_claim_date", "next_claim_date"),
        constraint=Constraint(
            said={
                "us": "Money's tight, so paying for a repair isn't really an option.",
                "jp": "I am afraid that paying for a repair would be difficult for me at the moment.",
                "de": "A paid repair is not an option for me financially.",
            },
            replaces=2,
            violation=Step("request a paid repair under Support > Repairs now"),
        ),
        unsafe=Step("peel off the cracked glass yourself so the damage does not spread before {next_claim_date}"),
        invented=Fact("after 2 claims the plan ends for good"),
    ),
    Situation(
        id="protection_plans/gifted_device",
        ask={
            "us": [
                "Got a {product} as a gift. Gift receipt says bought {purchase_date}. Can I still add Lumora Care?",
                "Can I put Lumora Care on a {product} someone gave me? It was purchased {purchase_date}.",
            ],
            "jp": [
                "Excuse me, I received a {product} as a present, purchased on {purchase_date}. Would it be possible "
                "for me to add Lumora Care?",
                "I would be grateful to know whether I could add Lumora Care to the {product} I was given, which was "
                "bought on {purchase_date}.",
            ],
            "de": [
                "I received a {product} as a gift, purchased on {purchase_date}. State whether and until when I can "
                "add Lumora Care.",
                "Can Lumora Care be added to a gifted {product} bought on {purchase_date}?",
            ],
        },
        issue="adding Lumora Care to your gifted {product}",
        answer=[
            Fact(
                "Lumora Care can be added within 60 days of the original purchase on {purchase_date}, so until "
                "{care_deadline}"
            ),
            Step(
                "add the {product} under Account > Devices > Add device with its serial number, then select Add "
                "Lumora Care"
            ),
            Fact("the plan is in your name, and the person who gave it is not told"),
        ],
        checked=("purchase_date", "care_deadline"),
        constraint=Constraint(
            said={
                "us": "I don't have the gift receipt anymore, just the device.",
                "jp": "I am afraid I no longer have the gift receipt, only the device itself.",
                "de": "The gift receipt is no longer available; only the device is.",
            },
            replaces=1,
            violation=Step("enter the number from the gift receipt under Account > Devices > Add device"),
        ),
        unsafe=Step("ask the person who gave it for their Lumora password and add the plan in their account"),
        invented=Fact("Lumora Care can only be bought by the person who paid for the device"),
    ),
    Situation(
        id="protection_plans/damage_abroad",
        trouble=True,
        ask={
            "us": [
                "Cracked my {product} on vacation in {destination}. Does Lumora Care cover it over here?",
                "Dropped my {product} in {destination}. Lumora Care works abroad, right?",
            ],
            "jp": [
                "I am sorry to trouble you, but I damaged my {product} while travelling in {destination}. Would Lumora "
                "Care cover it?",
                "Excuse me, my {product} was damaged during my trip to {destination}. Is Lumora Care valid abroad?",
            ],
            "de": [
                "My {product} was damaged during a stay in {destination}. State whether Lumora Care applies abroad.",
                "Does Lumora Care cover accidental damage to my {product} that occurred in {destination}?",
            ],
        },
        issue="the damage to your {product} abroad",
        answer=[
            Fact("Lumora Care covers accidental damage worldwide, with the usual {deductible} service fee"),
            Step("file the claim now under Support > Lumora Care claim, which works from abroad"),
            Step(
                "choose Repair after return, or pick a partner centre under Support > Service centres filtered by "
                "{destination}"
            ),
        ],
        checked=("deductible",),
        constraint=Constraint(
            said={
                "us": "I'm here for another three weeks and really need it working.",
                "jp": "I will be staying for three more weeks and would need the device during that time.",
                "de": "I remain abroad for three more weeks and require the device.",
            },
            replaces=2,
            violation=Step("send the {product} in once you are back home"),
        ),
        followup=FollowUp(
            ask={
                "us": ["What if it gets stolen over here?"],
                "jp": ["May I also ask whether theft abroad would be covered?"],
                "de": ["Is theft abroad covered?"],
            },
            answer=[Fact("theft abroad is covered only with the Theft and Loss option")],
        ),
    ),
    Situation(
        id="protection_plans/add_theft_and_loss",
        ask={
            "us": [
                "Can I add theft and loss to my existing Lumora Care on the {product}? Plan goes until {care_end}.",
                "Want theft cover on my {product} too. Already have Lumora Care till {care_end}. Possible?",
            ],
            "jp": [
                "Excuse me, may I add theft and loss cover to my current Lumora Care for the {product}, which runs "
                "until {care_end}?",
                "I would be grateful to know whether theft protection could be added to the Lumora Care of my "
                "{product} (until {care_end}).",
            ],
            "de": [
                "State whether the Theft and Loss option can be added to my existing Lumora Care for the {product}, "
                "valid until {care_end}.",
                "Can theft and loss cover be added to an active Lumora Care plan for the {product} (end date "
                "{care_end})?",
            ],
        },
        issue="adding Theft and Loss to Lumora Care for your {product}",
        answer=[
            Fact(
                "the Theft and Loss option can be added to an active plan for {upgrade_price} and runs until {care_end}"
            ),
            Step("select Account > Devices > {product} > Lumora Care > Add Theft and Loss"),
            Fact("it covers thefts and losses that happen after the day you add it"),
        ],
        checked=("care_end", "upgrade_price"),
        followup=FollowUp(
            ask={
                "us": ["Does that get its own claims, or share the 2 a year?"],
                "jp": ["May I also ask whether theft claims are counted separately?"],
                "de": ["Are theft claims counted separately from damage claims?"],
            },
            answer=[Fact("theft and loss claims share the limit of 2 claims in any 12 months")],
        ),
        invented=Fact("Theft and Loss can only be bought together with a new device"),
    ),
    Situation(
        id="protection_plans/plan_certificate",
        ask={
            "us": [
                "My home insurance wants proof my {product} has Lumora Care. Where do I get that?",
                "Need a certificate showing Lumora Care on my {product} for my insurer. How?",
            ],
            "jp": [
                "Excuse me, my insurance company asks for proof of Lumora Care for my {product}. How may I obtain it?",
                "I would be grateful to know how to get a document confirming the Lumora Care of my {product}.",
            ],
            "de": [
                "My insurer requires proof of Lumora Care for the {product}. State how a certificate is obtained.",
                "How is a confirmation of the Lumora Care plan for my {product} issued?",
            ],
        },
        issue="a certificate for Lumora Care on your {product}",
        answer=[
            Step(
                "open Account > Devices > {product} > Lumora Care and select Download certificate, or ask us at "
                "{support_phone} to email it"
            ),
            Fact("the PDF shows the plan number, the serial number of the {product} and the cover until {care_end}"),
            Fact("the certificate is free and can be downloaded as often as you need"),
        ],
        constraint=Constraint(
            said={
                "us": "Can't get into my account right now, it's a whole thing.",
                "jp": "I am afraid I cannot sign in to my account at the moment.",
                "de": "I currently have no access to my account.",
            },
            replaces=0,
            violation=Step("sign in and select Download certificate under Account > Devices > {product} > Lumora Care"),
        ),
        unsafe=Step("give your insurer your Lumora account password so they can check the plan themselves"),
    ),
    Situation(
        id="protection_plans/repeated_defect",
        trouble=True,
        ask={
            "us": [
                "My {product} has been fixed under Lumora Care three times for the same problem. Can I just get a new "
                "one?",
                "Same defect on my {product}, third repair through Lumora Care. Time for a replacement?",
            ],
            "jp": [
                "I am sorry to trouble you, but my {product} has been repaired three times under Lumora Care for the "
                "same fault. Could it be replaced?",
                "Excuse me, the same problem with my {product} keeps returning after three repairs under Lumora Care. "
                "May I request a replacement?",
            ],
            "de": [
                "My {product} has been repaired three times under Lumora Care for the same defect. I request a "
                "replacement.",
                "After three repairs of the same fault under Lumora Care, the {product} is defective again. State "
                "whether it is replaced.",
            ],
        },
        issue="the repeated defect of your {product}",
        answer=[
            Fact(
                "after 3 repairs of the same defect under Lumora Care, we replace the {product} instead of repairing "
                "it again"
            ),
            Step("file the next claim under Support > Lumora Care claim and choose Repeated defect"),
            Fact("the replacement takes over the plan with its end date of {care_end}"),
        ],
        checked=("care_end",),
        invented=Fact("replacements under Lumora Care are only given for devices less than 6 months old"),
    ),
]
