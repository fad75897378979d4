"""Scheduling: installation bookings, technician visits, reschedules, time slots, reminders, demos and callbacks.

House rules (consistent with device_setup and billing): visits come in 4-hour windows, changes and cancellations are
free until 2 days before the visit, an adult aged 18 or older must be present, the technician takes the packaging.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "scheduling"

PRODUCTS = [
    "Vista Q65 television",
    "Vista Q55 television",
    "Sonata HT5 soundbar",
    "HomeHub Mesh M3 system",
    "Climo T2 smart thermostat",
    "Vista C4 doorbell camera",
]
WINDOWS = {
    "us": ["8 am and 12 pm", "12 pm and 4 pm", "4 pm and 8 pm"],
    "jp": ["9:00 and 12:00", "13:00 and 16:00", "16:00 and 19:00"],
    "de": ["8:00 and 12:00", "12:00 and 16:00", "16:00 and 20:00"],
}
FIRST_SLOT = {"us": "8 am", "jp": "9:00", "de": "8:00"}
STORE_CITY = {
    "us": ["Chicago", "Denver", "Austin"],
    "jp": ["Osaka", "Nagoya", "Sapporo"],
    "de": ["Munich", "Hamburg", "Cologne"],
}
# Public holidays without technician visits; the day before and the day after are working days.
HOLIDAYS = {
    "us": [("Thanksgiving Day", date(2026, 11, 26)), ("Veterans Day", date(2026, 11, 11))],
    "jp": [("Culture Day", date(2026, 11, 3)), ("Showa Day", date(2026, 4, 29))],
    "de": [("Ascension Day", date(2026, 5, 14)), ("Corpus Christi", date(2026, 6, 4))],
}
SUPPORT_PHONE = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}
SUPPORT_HOURS = {
    "us": "8 a.m. to 8 p.m. Central Time every day",
    "jp": "9:00 to 18:00 Japan time, Monday to Saturday",
    "de": "8:00 to 20:00 CET, Monday to Saturday",
}


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    delivery = date(2026, rng.randint(1, 11), rng.randint(3, 28))
    visit = date(2026, rng.randint(1, 11), rng.randint(3, 28))
    lead_days = 2
    threshold = rng.choice([500, 800, 1000])
    holiday, holiday_date = rng.choice(HOLIDAYS[market])
    device_count = rng.randint(2, 4)
    per_device = 45
    return {
        "app": "Lumora app",
        "product": rng.choice(PRODUCTS),
        "order": f"{rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}",
        "booking": f"AP-{rng.randint(100000, 999999)}",
        "store_city": rng.choice(STORE_CITY[market]),
        "delivery_date": delivery,
        "lead_days": lead_days,
        "earliest_install": delivery + timedelta(days=lead_days),
        "visit_date": visit,
        "window": rng.choice(WINDOWS[market]),
        "first_slot": FIRST_SLOT[market],
        "cutoff_date": visit - timedelta(days=2),
        "late_fee": Money(rng.choice([25, 35])),
        "install_fee": Money(rng.choice([79, 99, 129, 149])),
        "refund_days": 3,
        "notice_minutes": 30,
        "late_minutes": 30,
        "late_credit": Money(rng.choice([15, 20])),
        "install_hours": 2,
        "followup_date": visit + timedelta(days=rng.choice([3, 4, 5])),
        "haulaway_fee": Money(rng.choice([20, 30])),
        "haulaway_deadline": delivery - timedelta(days=2),
        "timed_fee": Money(rng.choice([25, 35])),
        "demo_minutes": rng.choice([30, 45]),
        "reminder_date": visit - timedelta(days=1),
        "free_threshold": Money(threshold),
        "order_total": Money(f"{threshold + rng.choice([49, 120, 310]) + 0.99:.2f}"),
        "bracket_price": Money(rng.choice([39, 49])),
        "holiday": holiday,
        "holiday_date": holiday_date,
        "holiday_before": holiday_date - timedelta(days=1),
        "holiday_after": holiday_date + timedelta(days=1),
        "device_count": device_count,
        "max_devices": 4,
        "per_device_minutes": per_device,
        "visit_minutes": device_count * per_device,
        "support_phone": SUPPORT_PHONE[market],
        "support_hours": SUPPORT_HOURS[market],
    }


SITUATIONS = [
    Situation(
        id="scheduling/book_installation",
        ask={
            "us": [
                "My {product} (order {order}) is getting delivered {delivery_date}. How do I book the install, and "
                "what's the soonest?",
                "Ordered a {product}, order {order}, arriving {delivery_date}. Earliest install date?",
            ],
            "jp": [
                "Excuse me, my {product} from order {order} will be delivered on {delivery_date}. Could you kindly "
                "tell me how to book the installation and the earliest date?",
                "I would be grateful to know how to arrange installation of my {product} (order {order}), which "
                "arrives on {delivery_date}.",
            ],
            "de": [
                "The {product} from order {order} will be delivered on {delivery_date}. State how the installation is "
                "booked and the earliest possible date.",
                "How is the installation of my {product} (order {order}, delivery {delivery_date}) booked, and from "
                "which date?",
            ],
        },
        issue="booking the installation of your {product}",
        answer=[
            Step(
                "book under Orders > {order} > Book installation at lumora.com or in the {app} and pick a 4-hour window"
            ),
            Fact(
                "installations can be booked from {lead_days} days after delivery, so with delivery on "
                "{delivery_date} your earliest date is {earliest_install}"
            ),
            Fact("the technician texts you {notice_minutes} minutes before arriving"),
        ],
        checked=("delivery_date", "earliest_install"),
        constraint=Constraint(
            said={
                "us": "I don't have the app, fyi.",
                "jp": "I should mention that I do not use the app.",
                "de": "I do not use the app.",
            },
            replaces=0,
            violation=Step("open the {app} and go to Orders > {order} > Book installation"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Will they take the packaging away?"],
                "jp": ["May I also ask whether the technician can take the packaging away?"],
                "de": ["Is the packaging removed by the technician?"],
            },
            answer=[Fact("the technician takes the packaging away at no extra charge")],
        ),
        invented=Fact("installations must be booked on the same day as the order"),
    ),
    Situation(
        id="scheduling/reschedule_visit",
        ask={
            "us": [
                "Need to move my install appointment {booking} on {visit_date}. Can I switch it?",
                "Something came up, can I change the date of my technician visit {booking} ({visit_date})?",
            ],
            "jp": [
                "I am sorry to trouble you, but I would like to change my appointment {booking} on {visit_date}. Would "
                "that be possible?",
                "Excuse me, could I move the technician visit {booking} planned for {visit_date} to another day?",
            ],
            "de": [
                "Appointment {booking} on {visit_date} must be moved. State the procedure and any fees.",
                "I wish to reschedule the technician visit {booking} of {visit_date}. Under which conditions is this "
                "possible?",
            ],
        },
        issue="moving your appointment {booking}",
        answer=[
            Step(
                "open Profile > My appointments > {booking}, select Reschedule and pick any free date, earlier or later"
            ),
            Fact(
                "changes are free until {cutoff_date}, 2 days before the visit on {visit_date}, and cost {late_fee} "
                "after that"
            ),
            Fact("the new date is confirmed at once by email and text"),
        ],
        checked=("visit_date", "cutoff_date", "late_fee"),
        constraint=Constraint(
            said={
                "us": "And it has to be sooner, not later. I can't wait past {visit_date}.",
                "jp": "I should add that I would need an earlier date, as I cannot wait beyond {visit_date}.",
                "de": "The new date must be before {visit_date}, not after it.",
            },
            replaces=0,
            violation=Step(
                "open Profile > My appointments > {booking} and select the next free date after {visit_date}"
            ),
        ),
        followup=FollowUp(
            ask={
                "us": ["Do I get the same technician?"],
                "jp": ["May I also ask whether the same technician will come?"],
                "de": ["Is the same technician assigned?"],
            },
            answer=[Fact("a technician is assigned again for the new date, and the name appears in the confirmation")],
        ),
        invented=Fact("an appointment can only be rescheduled once"),
    ),
    Situation(
        id="scheduling/cancel_visit",
        ask={
            "us": [
                "Want to cancel the install for my {product}, appointment {booking} on {visit_date}. I paid "
                "{install_fee}. Refund?",
                "Decided to set up the {product} myself. Cancel {booking} ({visit_date}) and refund the {install_fee}?",
            ],
            "jp": [
                "Excuse me, I would like to cancel the installation of my {product}, appointment {booking} on "
                "{visit_date}. Would the {install_fee} be refunded?",
                "I am sorry, but I have decided to install the {product} myself. May I cancel appointment {booking} on "
                "{visit_date} and receive the {install_fee} back?",
            ],
            "de": [
                "I cancel the installation appointment {booking} for the {product} on {visit_date}. State the refund "
                "of the {install_fee} paid.",
                "The installation of my {product} ({booking}, {visit_date}) is no longer required. Is the fee of "
                "{install_fee} refunded?",
            ],
        },
        issue="cancelling the installation of your {product}",
        answer=[
            Step("select Cancel appointment under Profile > My appointments > {booking}"),
            Fact("cancelling by {cutoff_date}, 2 days before the visit, refunds the full {install_fee}"),
            Fact("the refund reaches your original payment method within {refund_days} business days"),
        ],
        checked=("install_fee", "cutoff_date"),
        followup=FollowUp(
            ask={
                "us": ["Does setting it up myself mess with the warranty?"],
                "jp": ["May I also ask whether installing it myself affects the warranty?"],
                "de": ["Does self-installation affect the warranty?"],
            },
            answer=[Fact("installing the {product} yourself does not affect its warranty")],
        ),
        invented=Fact("installation fees are not refundable once a visit is booked"),
    ),
    Situation(
        id="scheduling/second_visit_needed",
        trouble=True,
        ask={
            "us": [
                "Tech came on {visit_date} but couldn't finish my {product}, said a part was missing. So now what?",
                "Installer showed up {visit_date}, half-installed the {product} and left because a part was missing. "
                "Ugh.",
            ],
            "jp": [
                "I am sorry to trouble you, but the technician who came on {visit_date} could not finish installing my "
                "{product} because a part was missing.",
                "Excuse me, the installation of my {product} on {visit_date} could not be completed. How should I "
                "arrange the next visit?",
            ],
            "de": [
                "The installation of my {product} on {visit_date} was not completed because a part was missing. State "
                "the next steps.",
                "The technician visit of {visit_date} ended without a finished installation of the {product}. How is "
                "completion arranged?",
            ],
        },
        issue="finishing the installation of your {product}",
        answer=[
            Fact("the follow-up visit to finish what was started on {visit_date} is free of charge"),
            Step(
                "book it under Profile > My appointments > {booking} > Book follow-up, where the first free date is "
                "{followup_date}"
            ),
            Fact("the technician brings the missing part, so you do not need to buy anything"),
        ],
        checked=("visit_date", "followup_date"),
        unsafe=Step("hang the {product} on the half-fitted bracket yourself until the technician returns"),
        invented=Fact("a second visit is charged as a new installation"),
    ),
    Situation(
        id="scheduling/technician_running_late",
        trouble=True,
        ask={
            "us": [
                "My window today was between {window} and still no technician. Where are they?",
                "Been waiting all window ({window}) for the tech for appointment {booking}. Nobody yet.",
            ],
            "jp": [
                "I am sorry to trouble you, but my appointment {booking} was between {window}, and the technician has "
                "not arrived yet.",
                "Excuse me, I have been waiting for the technician since the window between {window}. Could you tell "
                "me when they will arrive?",
            ],
            "de": [
                "The technician for appointment {booking} was scheduled between {window} and has not arrived. State "
                "the arrival time.",
                "The agreed window between {window} has passed without the technician arriving. What are my options?",
            ],
        },
        issue="the late technician for appointment {booking}",
        answer=[
            Step("open Profile > My appointments > {booking} > Track technician to see the live arrival time"),
            Fact(
                "if the technician arrives more than {late_minutes} minutes after the window, you get a {late_credit} "
                "credit automatically"
            ),
            Step("select Cannot wait on the same screen to rebook at no charge"),
        ],
        checked=("late_minutes", "late_credit"),
        constraint=Constraint(
            said={
                "us": "I have to leave for work in like an hour though.",
                "jp": "I am afraid I must leave for work in about an hour.",
                "de": "I must leave for work within the hour.",
            },
            replaces=2,
            violation=Step("stay at home until the technician arrives, since the visit cannot be changed on the day"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Am I still paying the full fee for this?"],
                "jp": ["May I also ask whether the full fee still applies?"],
                "de": ["Is the full fee still charged?"],
            },
            answer=[Fact("the fee stays the same, and the {late_credit} credit is added to your account on top")],
        ),
        unsafe=Step("leave the door unlocked and the key under the mat so the technician can let themselves in"),
    ),
    Situation(
        id="scheduling/someone_else_home",
        ask={
            "us": [
                "I'm at work on {visit_date}. Can my roommate be there for the install instead?",
                "Can someone else let the tech in on {visit_date}? I can't take the day off.",
            ],
            "jp": [
                "Excuse me, I will be at work on {visit_date}. Would it be acceptable for a family member to be "
                "present for the visit instead?",
                "I am sorry to ask, but could someone else receive the technician on {visit_date} on my behalf?",
            ],
            "de": [
                "I am not available on {visit_date}. State whether another person may be present for the technician "
                "visit.",
                "May a third person attend the installation on {visit_date} in my place, and what is required?",
            ],
        },
        issue="having someone else at home for the visit on {visit_date}",
        answer=[
            Fact(
                "any adult aged 18 or older can be there for you during the whole visit, which takes about "
                "{install_hours} hours"
            ),
            Step("add their name and phone number under Profile > My appointments > {booking} > Contact on site"),
            Fact("the technician shows a Lumora ID badge and never asks for payment or passwords at the door"),
        ],
        checked=("install_hours",),
        constraint=Constraint(
            said={
                "us": "It'd be my son, he's 16.",
                "jp": "The person at home would be my daughter, who is 16 years old.",
                "de": "The person present would be my son, aged 16.",
            },
            replaces=0,
            violation=Fact("anyone in your household can let the technician in and stay for the visit"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Do they need to pay anything at the door?"],
                "jp": ["May I also ask whether they would need to pay anything on the day?"],
                "de": ["Must any payment be made on site?"],
            },
            answer=[Fact("the visit is already paid with your order, so nothing is paid at the door")],
        ),
        unsafe=Step("give the person at home your account password so they can confirm the visit in the {app}"),
    ),
    Situation(
        id="scheduling/haul_away_old_device",
        ask={
            "us": [
                "My new {product} arrives {delivery_date}. Can your crew take my old one away?",
                "When the {product} gets delivered on {delivery_date}, can you haul off the old unit?",
            ],
            "jp": [
                "Excuse me, my {product} will be delivered on {delivery_date}. Would it be possible for you to take "
                "away my old one?",
                "I would be grateful to know whether the old device can be collected when the {product} is delivered "
                "on {delivery_date}.",
            ],
            "de": [
                "The {product} will be delivered on {delivery_date}. State whether and at what cost the old device is "
                "taken away.",
                "Can the old device be removed upon delivery of the {product} on {delivery_date}? Please state the "
                "conditions.",
            ],
        },
        issue="taking away your old device",
        answer=[
            Step(
                "add Take away old device under Orders > {order} > Delivery options by {haulaway_deadline}, 2 days "
                "before the delivery on {delivery_date}"
            ),
            Fact("the take-away costs {haulaway_fee} and is added to order {order}"),
            Fact("the crew takes one old device of the same type, also from a wall mount, and recycles it"),
        ],
        checked=("delivery_date", "haulaway_deadline", "haulaway_fee"),
        constraint=Constraint(
            said={
                "us": "The old one's still mounted on the wall, btw.",
                "jp": "I should mention that the old one is still mounted on the wall.",
                "de": "The old device is still mounted on the wall.",
            },
            replaces=2,
            violation=Fact("the crew only takes devices that are already unplugged and off the wall"),
        ),
        invented=Fact("take-away must be booked at least 7 days before delivery"),
    ),
    Situation(
        id="scheduling/exact_time_slot",
        ask={
            "us": [
                "A 4-hour window on {visit_date} doesn't work for me. Can I get an exact time?",
                "Any way to lock in a specific hour for appointment {booking} on {visit_date}? Can't wait around all "
                "morning.",
            ],
            "jp": [
                "Excuse me, a four-hour window on {visit_date} is difficult for me. Would it be possible to set a "
                "specific time?",
                "I am sorry to ask, but could the visit {booking} on {visit_date} be arranged for a fixed time?",
            ],
            "de": [
                "A four-hour window on {visit_date} is not acceptable for me. State whether an exact appointment time "
                "can be booked.",
                "Can appointment {booking} on {visit_date} be fixed to a specific hour, and at what cost?",
            ],
        },
        issue="a fixed time for your visit on {visit_date}",
        answer=[
            Fact("a fixed 1-hour slot costs {timed_fee} on top of the installation"),
            Step(
                "select Choose exact time under Profile > My appointments > {booking}, or pick the first window, "
                "which starts at {first_slot} at no extra cost"
            ),
            Fact("if the technician misses the fixed hour, the {timed_fee} is refunded automatically"),
        ],
        checked=("timed_fee",),
        constraint=Constraint(
            said={
                "us": "And I'm not paying extra for it.",
                "jp": "I would prefer not to pay any additional fee, if possible.",
                "de": "I will not pay any surcharge.",
            },
            replaces=1,
            violation=Step(
                "select Choose exact time under Profile > My appointments > {booking} and pay the {timed_fee}"
            ),
        ),
        invented=Fact("fixed time slots are only available on weekends"),
    ),
    Situation(
        id="scheduling/store_demo",
        ask={
            "us": [
                "I want to try the {product} in person at the {store_city} store before buying. Can I book a time?",
                "Can I set up a demo of the {product} at your {store_city} store?",
            ],
            "jp": [
                "Excuse me, I would like to see the {product} at the {store_city} store before purchasing. Could I "
                "make an appointment?",
                "I would be grateful to know whether I may reserve a time to try the {product} at the {store_city} "
                "store.",
            ],
            "de": [
                "I wish to test the {product} in the {store_city} store before purchase. State how an appointment is "
                "booked.",
                "Can a demonstration of the {product} in the {store_city} store be reserved?",
            ],
        },
        issue="a demo of the {product} at the {store_city} store",
        answer=[
            Step("book under Support > Book a session > In-store demo and choose the {store_city} store"),
            Fact("a demo takes {demo_minutes} minutes and is free, with no obligation to buy"),
            Fact("the {product} is set up and ready for you when you arrive"),
        ],
        checked=("demo_minutes",),
        followup=FollowUp(
            ask={
                "us": ["If I like it, can I buy it there and have it delivered?"],
                "jp": ["Also, if I decide to buy it, could it be delivered to my home?"],
                "de": ["Can the device be purchased at the demo and delivered?"],
            },
            answer=[Fact("you can buy it at the demo and take it home the same day or have it delivered")],
        ),
        invented=Fact("demos are only available to customers who have already ordered online"),
    ),
    Situation(
        id="scheduling/visit_reminder",
        ask={
            "us": [
                "My install is on {visit_date}. Can I get a reminder the day before so I don't forget?",
                "How do I get reminders for my appointment {booking} on {visit_date}?",
            ],
            "jp": [
                "Excuse me, my appointment is on {visit_date}. Would it be possible to receive a reminder the day "
                "before?",
                "I am a little forgetful, so I would be grateful to know how to receive a reminder for visit {booking} "
                "on {visit_date}.",
            ],
            "de": [
                "The appointment {booking} is on {visit_date}. State how reminders are activated.",
                "I require a reminder before the technician visit on {visit_date}. How is this set up?",
            ],
        },
        issue="reminders for your visit on {visit_date}",
        answer=[
            Step("turn on Appointment reminders under Profile > Notifications"),
            Fact(
                "the first reminder comes on {reminder_date}, the day before, and a second one on the morning of "
                "{visit_date}"
            ),
            Step("choose Text or Email as the channel on the same screen"),
        ],
        checked=("visit_date", "reminder_date"),
        constraint=Constraint(
            said={
                "us": "Only thing is, I can't get texts, my number's a landline.",
                "jp": "I should mention that my telephone is a landline and cannot receive text messages.",
                "de": "My telephone number is a landline and cannot receive text messages.",
            },
            replaces=2,
            violation=Step(
                "check that your mobile number under Profile > Contact details is correct, since reminders go by text"
            ),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can my wife get the reminders too?"],
                "jp": ["May I also ask whether my husband could receive the reminders as well?"],
                "de": ["Can a second person receive the reminders?"],
            },
            answer=[Step("add a second contact under Profile > My appointments > {booking} > Contact on site")],
        ),
    ),
    Situation(
        id="scheduling/building_access",
        ask={
            "us": [
                "I'm in an apartment with a door code and no street parking. Anything I need to do before the visit on "
                "{visit_date}?",
                "My building has a buzzer and a loading dock. How does the tech get in on {visit_date}?",
            ],
            "jp": [
                "Excuse me, I live in an apartment building with an entrance code. How should I prepare for the visit "
                "on {visit_date}?",
                "I am sorry to trouble you, but my building has a management office and limited parking. What should I "
                "arrange for {visit_date}?",
            ],
            "de": [
                "My apartment building has a door code and no parking. State which arrangements are required for the "
                "visit on {visit_date}.",
                "How does the technician access my building on {visit_date}? There is an intercom and a goods lift.",
            ],
        },
        issue="building access for the visit on {visit_date}",
        answer=[
            Step("add the door code and parking notes under Profile > My appointments > {booking} > Access details"),
            Fact("the technician calls you {notice_minutes} minutes before arriving on {visit_date}"),
            Step("reserve the lift or loading area with your building management for {visit_date}"),
        ],
        checked=("visit_date", "notice_minutes"),
        unsafe=Step("send us the code of your apartment alarm so the technician can switch it off on arrival"),
        invented=Fact("installations above the third floor are only possible in buildings with a lift"),
    ),
    Situation(
        id="scheduling/free_installation",
        ask={
            "us": [
                "I heard installation is free over {free_threshold}. My order {order} was {order_total}. Do I pay "
                "anything?",
                "Order {order} came to {order_total}. Isn't the install free above {free_threshold}?",
            ],
            "jp": [
                "Excuse me, I understand installation is free for orders above {free_threshold}. My order {order} was "
                "{order_total}. Would it be free for me?",
                "May I ask whether my order {order} of {order_total} qualifies for free installation, as it exceeds "
                "{free_threshold}?",
            ],
            "de": [
                "Order {order} totals {order_total}. State whether the free installation for orders above "
                "{free_threshold} applies.",
                "Is the installation free of charge for order {order} ({order_total}), given the threshold of "
                "{free_threshold}?",
            ],
        },
        issue="free installation for order {order}",
        answer=[
            Fact("installation is free for orders over {free_threshold}, and order {order} at {order_total} qualifies"),
            Step("select Book installation under Orders > {order}, where the fee already shows as zero"),
        ],
        checked=("free_threshold", "order_total"),
        followup=FollowUp(
            ask={
                "us": ["Does that include the wall bracket?"],
                "jp": ["May I also ask whether a wall bracket is included?"],
                "de": ["Is the wall bracket included?"],
            },
            answer=[Fact("a wall bracket is not included and costs {bracket_price} if the technician brings one")],
        ),
        invented=Fact("free installation only applies to orders placed in a store"),
    ),
    Situation(
        id="scheduling/holiday_visits",
        ask={
            "us": [
                "Do your techs work on {holiday}? Trying to plan the install for order {order}.",
                "Can I get an installation on {holiday} ({holiday_date})? Order {order}.",
            ],
            "jp": [
                "Excuse me, may I ask whether technicians visit on {holiday}? I am planning the installation for order "
                "{order}.",
                "I would be grateful to know whether an installation could take place on {holiday}, {holiday_date}, "
                "for order {order}.",
            ],
            "de": [
                "State whether installations take place on {holiday} ({holiday_date}). Order {order}.",
                "Are technician visits possible on {holiday}? I am planning the installation for order {order}.",
            ],
        },
        issue="technician visits around {holiday}",
        answer=[
            Fact("no technician visits take place on {holiday}, {holiday_date}"),
            Fact("the last visits before it are on {holiday_before}, and visits resume on {holiday_after}"),
            Step("book early under Orders > {order} > Book installation, since slots around holidays fill up fast"),
        ],
        checked=("holiday_date", "holiday_before", "holiday_after"),
        followup=FollowUp(
            ask={
                "us": ["Is support open that day at least?"],
                "jp": ["May I also ask whether customer support is open on that day?"],
                "de": ["Is customer support available on that day?"],
            },
            answer=[Fact("phone support is closed on {holiday}, and chat in the {app} stays open")],
        ),
    ),
    Situation(
        id="scheduling/book_callback",
        ask={
            "us": [
                "Can I just schedule a call with support for a time that works for me instead of sitting on hold?",
                "Is there a way to book a specific time for you guys to call me?",
            ],
            "jp": [
                "Excuse me, would it be possible to arrange for support to call me at a convenient time?",
                "I am sorry to ask, but may I reserve a time for a telephone call with customer support?",
            ],
            "de": [
                "State how a callback from customer support is booked for a specific time.",
                "Can a telephone appointment with support be scheduled in advance?",
            ],
        },
        issue="booking a callback",
        answer=[
            Step(
                "select Request a callback at lumora.com/help or in the {app} and pick a 15-minute slot within "
                "{support_hours}"
            ),
            Fact("we call from {support_phone}, so you can recognise the number"),
            Fact("the agent confirms who you are with your order number and never asks for your password"),
        ],
        constraint=Constraint(
            said={
                "us": "Just so you know, I can't use the app.",
                "jp": "I should mention that I am unable to use the app.",
                "de": "I cannot use the app.",
            },
            replaces=0,
            violation=Step("open the {app} and select Support > Request a callback"),
        ),
        followup=FollowUp(
            ask={
                "us": ["What if I miss the call?"],
                "jp": ["May I also ask what happens if I miss the call?"],
                "de": ["What happens if the call is missed?"],
            },
            answer=[Fact("we try once more 15 minutes later and then send a text so you can pick a new time")],
        ),
        unsafe=Step("read out your password to the agent so they can confirm your identity"),
    ),
    Situation(
        id="scheduling/several_devices_one_visit",
        ask={
            "us": [
                "I've got {device_count} things to install. Can one tech visit handle all of them on appointment "
                "{booking}?",
                "Can I get all {device_count} of my devices installed in one appointment?",
            ],
            "jp": [
                "Excuse me, I have {device_count} devices that need installation. Would one visit be enough for all of "
                "them?",
                "I would be grateful to know whether {device_count} devices could be installed during a single visit.",
            ],
            "de": [
                "I require the installation of {device_count} devices. State whether one appointment suffices and how "
                "long it takes.",
                "Can {device_count} devices be installed in one technician visit?",
            ],
        },
        issue="installing {device_count} devices in one visit",
        answer=[
            Fact("one visit covers up to {max_devices} devices, so your {device_count} devices fit in a single visit"),
            Fact(
                "each device takes about {per_device_minutes} minutes, so plan for about {visit_minutes} minutes in "
                "total"
            ),
            Step("add every device under Profile > My appointments > {booking} > Add items"),
        ],
        checked=("device_count", "visit_minutes"),
        followup=FollowUp(
            ask={
                "us": ["Do I have to be there the whole time?"],
                "jp": ["May I also ask whether I need to be present the entire time?"],
                "de": ["Must I be present for the entire visit?"],
            },
            answer=[Fact("an adult aged 18 or older must be present for the whole visit")],
        ),
        invented=Fact("each visit can only install one device"),
    ),
]
