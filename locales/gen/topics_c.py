"""Topic module C: scheduling, complaints, product_questions, travel_workplace.

Each situation function builds one ``Scenario``: a customer message and the same facts answered in the four
styles (us, jp, de, generic). Wording is assembled from alternative openers, bodies and closers picked with
``rng``; every alternative of one slot carries the same facts, so the four answers stay equally correct.
Money and dates are placeholders only (rendered later through CLDR).
"""

from __future__ import annotations

import random
from datetime import date

from gen.common import Money, Scenario, pick

# ---------------------------------------------------------------------------------------------------------------
# Shared building blocks
# ---------------------------------------------------------------------------------------------------------------

_FAMILIES = {
    "headphones": ["Aurora X{a} headphones", "Cadence NC{b} headphones", "Tempo H{a} headphones"],
    "earbuds": ["Pebble E{a} earbuds", "Tempo T{a} earbuds", "Aurora Buds {a}"],
    "router": ["HomeHub H{c} router", "MeshLink M{a} mesh system", "SkyNet R{c} router"],
    "tv": ["Lumen {s}Q TV", "Vista {s}U TV", "Lumen OLED {s}X TV"],
    "laptop": ["Kestrel K{b} laptop", "Aero A{b} laptop", "Slate Pro {b} laptop"],
    "tablet": ["Nova Tab {b} tablet", "Nova Tab Mini {a} tablet", "Slate Tab S{a} tablet"],
    "phone": ["Zenith Z{a} phone", "Orion {b} phone", "Zenith Z{a} Pro phone"],
    "watch": ["PulseFit S{a} watch", "PulseFit Active {a} watch", "Orion Watch {a}"],
    "speaker": ["Orbit O{a} smart speaker", "EchoBar SB{c} soundbar", "Orbit Mini {a} speaker"],
    "camera": ["Photon P{a} camera", "Photon Z{b} mirrorless camera", "Vantage C{a} action camera"],
    "vacuum": ["Vertex V{a} robot vacuum", "Vertex V{a} Max robot vacuum", "CleanBot R{b} vacuum"],
    "monitor": ["ClearView C{m} monitor", "ClearView Pro {m} monitor", "Vista Desk {m} monitor"],
    "printer": ["PrintPro {c} printer", "InkJet Home {c} printer"],
    "powerbank": ["VoltPack {k}K power bank", "ChargeGo P{k} power bank"],
}


def product(rng: random.Random, *kinds: str) -> str:
    """A made-up product name with a random model number, of one of ``kinds`` (any kind if none given)."""
    kind = pick(rng, kinds or tuple(_FAMILIES))
    return pick(rng, _FAMILIES[kind]).format(
        a=rng.randint(2, 9),
        b=rng.randint(11, 19),
        c=rng.choice(range(100, 1000, 50)),
        s=rng.choice((43, 50, 55, 65, 75)),
        m=rng.choice((24, 27, 32, 34)),
        k=rng.choice((10, 15, 20)),
    )


def order_no(rng: random.Random) -> str:
    return f"{pick(rng, ('W', 'N', 'R', 'K'))}{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"


def ticket_no(rng: random.Random) -> str:
    return f"{pick(rng, ('SR', 'CS', 'TK'))}-{rng.randint(100000, 999999)}"


def store(rng: random.Random) -> str:
    return (
        pick(
            rng,
            (
                "Riverside",
                "Northgate",
                "Harbor Point",
                "Maple Square",
                "Westfield Park",
                "Lakeview",
                "Central Plaza",
                "Oak Hill",
                "Station Road",
                "Millbrook",
            ),
        )
        + " store"
    )


def a_date(rng: random.Random) -> date:
    return date(2026, rng.randint(1, 12), rng.randint(1, 28))


def money(rng: random.Random, lo: float, hi: float) -> Money:
    return Money(f"{rng.uniform(lo, hi):.0f}.{pick(rng, ('99', '00', '49', '95'))}")


US_CLOSE = (
    "Let us know if there's anything else.",
    "Just reply here if you get stuck and we'll jump in.",
    "We're here if you need anything else.",
    "Hope that helps, and we're around if you need more.",
    "Give us a shout if you need a hand, we're happy to help.",
    "Happy to help if anything's unclear.",
)
JP_OPEN = (
    "Thank you very much for contacting us about <S>.",
    "Thank you for your kind patience and for your question regarding <S>.",
    "Thank you for reaching out to us regarding <S>.",
    "Thank you very much for your message concerning <S>.",
)
JP_CLOSE = (
    "We appreciate your understanding and remain at your service.",
    "Please do not hesitate to contact us should you need any further assistance.",
    "Should any further questions arise, please feel free to contact us at any time.",
    "We remain at your service and thank you once again for your kind patience.",
)
JP_SORRY = (
    "We sincerely apologize for the inconvenience this has caused.",
    "Please accept our sincere apologies for the trouble this has caused you.",
    "We are truly sorry for the inconvenience and concern this has caused.",
)
GEN_Q = ("Great question!", "I can definitely help with that!", "Thanks for reaching out!", "Good question!")
GEN_FIX = ("There are a few things you can try.", "I understand your concern.", "No problem, let's sort this out.")
GEN_SORRY = (
    "I understand your concern.",
    "I'm sorry to hear that!",
    "I understand your frustration.",
    "That sounds really frustrating.",
)
GEN_CLOSE = (
    "I hope this helps!",
    "Let me know if you have any other questions.",
    "Hope this helps, and let me know if you have any other questions!",
)


def _pick(rng: random.Random, part: str | tuple | list) -> str:
    return pick(rng, part) if isinstance(part, (tuple, list)) else part


def us(rng: random.Random, *parts) -> str:
    """US answer: direct opener first, inline prose, a short closer."""
    return " ".join(p for p in (_pick(rng, x) for x in parts) if p)


def jp(rng: random.Random, subject: str, *parts, sorry: bool = False) -> str:
    """JP answer: thanks for ``subject``, optional sincere apology, softened body, courteous close."""
    text = [pick(rng, JP_OPEN).replace("<S>", subject)]
    if sorry:
        text.append(pick(rng, JP_SORRY))
    text += [_pick(rng, x) for x in parts]
    text.append(pick(rng, JP_CLOSE))
    return " ".join(t for t in text if t)


def de(rng: random.Random, fact, steps: list, close) -> str:
    """DE answer: the fact first, numbered steps one a line, a matter-of-fact close."""
    lines = [_pick(rng, fact)]
    lines += [f"{i}. {_pick(rng, s)}" for i, s in enumerate(steps, 1)]
    lines.append(_pick(rng, close))
    return "\n".join(lines)


def gen(rng: random.Random, openers, intro, bullets: list, tail) -> str:
    """Generic answer: filler opener, intro, '- ' bullets, a hedged tail and a stock closer."""
    head = f"{pick(rng, openers)} {_pick(rng, intro)}"
    body = "\n".join(f"- {_pick(rng, b)}" for b in bullets)
    return f"{head}\n{body}\n{_pick(rng, tail)} {pick(rng, GEN_CLOSE)}"


def make(topic: str, rng: random.Random, prompts, values: dict, u: str, j: str, d: str, g: str) -> Scenario:
    return Scenario(topic, pick(rng, prompts), {"us": u, "jp": j, "de": d, "generic": g}, values)


# ---------------------------------------------------------------------------------------------------------------
# scheduling
# ---------------------------------------------------------------------------------------------------------------


def sch_repair_booking(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "phone", "laptop", "tablet", "watch", "camera"),
        "store": store(rng),
        "date": a_date(rng),
        "mins": rng.choice((20, 30, 45)),
    }
    prompts = (
        "How do I book a repair appointment for my {product} at the {store}?",
        "My {product} needs fixing. Can I get a repair slot at the {store}, and when is the earliest?",
        "what's the soonest I can get my {product} looked at in the {store}?",
        "I'd like to bring my {product} in for repair at the {store}. Do I need an appointment, and how do I make one?",
        "Can someone at the {store} look at my {product} this month? How do I book?",
    )
    u = us(
        rng,
        (
            "Yep, you can book it in our app, and the earliest open slot at the {store} is {date}.",
            "You sure can. The next free repair slot at the {store} is {date}, and you can grab it in the app.",
        ),
        (
            "Open the app, tap Support, then Repairs, and hit Book a visit.",
            "Just go to Support > Repairs in the app and tap Book a visit.",
        ),
        (
            "Check-in takes about {mins} minutes. Bring the {product}, its charger and your receipt, and back up "
            "your data first so nothing's lost.",
            "Bring the {product} with its charger and your receipt. Back it up before you come in, and plan on "
            "about {mins} minutes for check-in.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "a repair appointment for your {product}",
        (
            "The earliest available slot at our {store} is on {date}, and the visit usually takes approximately "
            "{mins} minutes.",
            "We are pleased to let you know that our {store} has an available repair slot on {date}, and the "
            "check-in usually takes approximately {mins} minutes.",
        ),
        "If it is convenient for you, the appointment can be reserved in our app by selecting Support, then "
        "Repairs, and then Book a visit.",
        (
            "It may be helpful to bring the {product} together with its charger and your proof of purchase, and "
            "we would kindly ask you to back up your data beforehand.",
            "We would be grateful if you could back up your data in advance and bring the charger and your proof "
            "of purchase with the device.",
        ),
    )
    d = de(
        rng,
        (
            "The next available repair slot at the {store} is on {date}.",
            "Repair appointments at the {store} are available from {date}.",
        ),
        [
            "Open the app and select Support > Repairs > Book a visit.",
            "Select the {store} and the slot on {date}.",
            ("Back up all data on the {product}.", "Create a full backup of the {product}."),
            "Bring the device, the charger and the proof of purchase.",
        ],
        ("The check-in takes approximately {mins} minutes.", "Allow approximately {mins} minutes for check-in."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "You can book a repair appointment in the app, and it looks like the earliest slot at the {store} is "
            "{date}.",
            "Booking a repair is easy, and the {store} currently has a slot open on {date}.",
        ),
        [
            "Go to Support > Repairs > Book a visit in the app",
            "Pick the {store} and a time on {date}",
            "Bring the {product}, the charger and your proof of purchase",
        ],
        (
            "You might want to back up your data first. Check-in usually takes about {mins} minutes.",
            "It's a good idea to back up your data beforehand, and check-in takes around {mins} minutes.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_reschedule_install(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "tv", "speaker", "router", "vacuum"),
        "hours": rng.choice((24, 48)),
        "days": rng.choice((14, 21, 30)),
        "order": order_no(rng),
    }
    prompts = (
        "I need to move my installation appointment for the {product}. How do I reschedule?",
        "Something came up and I can't be home for the {product} install. Can I change the time?",
        "Can I reschedule the technician visit for order {order}? It's for a {product}.",
        "how do i change the date of my {product} installation",
        "Is there a fee if I push back the installation of my {product} (order {order})?",
    )
    u = us(
        rng,
        (
            "No worries, you can reschedule for free up to {hours} hours before the visit.",
            "Yep, rescheduling is free as long as it's at least {hours} hours before the appointment.",
        ),
        (
            "Open the app, go to Orders, pick order {order}, then tap Installation and Change time.",
            "Head to Orders in the app, select {order}, and hit Installation > Change time.",
        ),
        (
            "You'll see open slots for the next {days} days. If it's less than {hours} hours out, give us a call "
            "instead.",
            "You can pick any open slot in the next {days} days. Inside the {hours}-hour window, just call us and "
            "we'll sort it out.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the installation appointment for your {product}",
        (
            "We are pleased to inform you that the appointment may be changed free of charge up to {hours} hours "
            "before the scheduled visit.",
            "Please allow us to confirm that there is no charge for rescheduling, provided the change is made at "
            "least {hours} hours before the visit.",
        ),
        (
            "If it is convenient for you, the new time can be selected in our app under Orders, order {order}, "
            "Installation, and then Change time, where available slots for the next {days} days are shown.",
            "It may be helpful to open Orders in our app, select order {order}, and choose Installation and then "
            "Change time; slots for the following {days} days are displayed there.",
        ),
        "Should fewer than {hours} hours remain, we would be grateful if you could kindly telephone us instead.",
    )
    d = de(
        rng,
        (
            "Installation appointments can be rescheduled free of charge up to {hours} hours before the visit.",
            "A change of the installation date is free of charge until {hours} hours before the appointment.",
        ),
        [
            "Open the app and select Orders > {order}.",
            "Select Installation > Change time.",
            (
                "Choose a new slot. Slots are offered for the next {days} days.",
                "Select a new slot within the next {days} days.",
            ),
        ],
        (
            "Changes within {hours} hours of the visit are only possible by telephone.",
            "Less than {hours} hours before the visit, call support and state the order number.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "You can usually reschedule an installation for free, as long as it's at least {hours} hours before "
            "the visit.",
            "Rescheduling is free if you do it {hours} hours or more before the appointment.",
        ),
        [
            "Open the app and go to Orders",
            "Select order {order}, then Installation > Change time",
            "Pick a new slot from the next {days} days",
        ],
        (
            "If it's less than {hours} hours away, you might want to call support instead.",
            "For changes inside the {hours}-hour window, it may be best to phone support.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_cancel(rng: random.Random) -> Scenario:
    v = {"product": product(rng), "store": store(rng), "mins": rng.choice((10, 15, 30)), "hours": rng.choice((2, 3, 4))}
    prompts = (
        "How can I cancel my appointment at the {store}? It was about my {product}.",
        "I don't need the {product} appointment anymore, the problem fixed itself. How do I cancel?",
        "Please cancel my service appointment for the {product} at the {store}.",
        "is there a charge for cancelling an appointment? it's for my {product}",
        "I booked a slot at the {store} for my {product} but can't make it. What should I do?",
    )
    u = us(
        rng,
        (
            "You can cancel it yourself in the app, and it won't cost you anything.",
            "Cancelling is free, and you can do it right in the app.",
        ),
        (
            "Go to Profile, tap My appointments, pick the {store} visit and hit Cancel.",
            "Open Profile > My appointments, select the {store} booking, then tap Cancel.",
        ),
        (
            "You'll get a confirmation email within {mins} minutes. If you cancel less than {hours} hours before, "
            "it's just marked as missed, and you can still rebook anytime.",
            "A confirmation email lands within {mins} minutes. Cancelling inside {hours} hours of the slot only "
            "marks it as missed, so you're free to rebook later.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "your appointment at our {store}",
        (
            "We are pleased to confirm that appointments may be cancelled free of charge at any time.",
            "Please allow us to reassure you that there is no fee for cancelling an appointment.",
        ),
        (
            "If it is convenient for you, the cancellation can be made in our app by opening Profile, then My "
            "appointments, selecting the visit to the {store}, and choosing Cancel.",
            "It may be helpful to open Profile and then My appointments in our app, where the visit to the {store} "
            "can be selected and cancelled.",
        ),
        "A confirmation email should arrive within {mins} minutes. Should the cancellation be made less than "
        "{hours} hours before the slot, it will simply be recorded as missed, and a new appointment may still "
        "be booked whenever you wish.",
    )
    d = de(
        rng,
        ("Appointments can be cancelled free of charge.", "Cancellation of an appointment is free of charge."),
        [
            "Open the app and select Profile > My appointments.",
            "Select the appointment at the {store}.",
            "Select Cancel and confirm.",
            "A confirmation email is sent within {mins} minutes.",
        ],
        (
            "Cancellations less than {hours} hours before the slot are recorded as missed. Rebooking remains possible.",
            "Cancellations within {hours} hours of the slot are recorded as missed; a new booking is still possible.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "Cancelling an appointment is free, and you can do it from the app.",
            "You can cancel without any fee, right from the app.",
        ),
        [
            "Go to Profile > My appointments",
            "Select your {store} appointment and tap Cancel",
            "Look out for a confirmation email within {mins} minutes",
        ],
        (
            "If you cancel less than {hours} hours before, it might be marked as missed, but you can still rebook "
            "later.",
            "Cancelling within {hours} hours of the slot may show it as missed, though rebooking is still fine.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_callback(rng: random.Random) -> Scenario:
    v = {"product": product(rng), "window": rng.choice((15, 30)), "tries": rng.choice((2, 3)), "ticket": ticket_no(rng)}
    prompts = (
        "Can I get a callback instead of waiting on hold? It's about my {product}.",
        "I'd rather someone phoned me about my {product}. How do I schedule a call?",
        "How do I request a call back from support for case {ticket}?",
        "I can't sit on hold at work. Is there a way to book a phone call about my {product} issue?",
        "Could support call me at a time that suits me? Issue with the {product}, ticket {ticket}.",
    )
    u = us(
        rng,
        (
            "Yep, you can book a callback so you don't have to wait on hold.",
            "Sure thing, we'll call you at a time that works for you.",
        ),
        (
            "In the app, tap Help, then Call me back, and choose a {window}-minute window. Add ticket {ticket} so "
            "the agent's up to speed.",
            "Open Help > Call me back in the app, pick a {window}-minute window, and enter ticket {ticket} so we "
            "know what it's about.",
        ),
        (
            "We'll try {tries} times in that window, so keep your phone handy.",
            "If we miss you, we'll try again, up to {tries} attempts in total.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "arranging a telephone call regarding your {product}",
        "We would be pleased to call you at a time that suits you, so that waiting on hold is not necessary.",
        (
            "If it is convenient for you, a callback may be requested in our app by selecting Help and then Call "
            "me back, where a {window}-minute window can be chosen.",
            "It may be helpful to open Help in our app and select Call me back, where you may choose a "
            "{window}-minute window that suits you.",
        ),
        (
            "We would be grateful if you could enter ticket {ticket}, so that our agent is fully prepared. We will "
            "make up to {tries} attempts within the selected window.",
            "Would you perhaps consider entering ticket {ticket} as well, so that our agent can prepare? Our team "
            "will try up to {tries} times within the chosen window.",
        ),
    )
    d = de(
        rng,
        (
            "A callback can be booked in the app.",
            "Support offers scheduled callbacks as an alternative to the telephone queue.",
        ),
        [
            "Open the app and select Help > Call me back.",
            "Select a {window}-minute time window.",
            "Enter ticket number {ticket}.",
            "Keep the phone available during the window.",
        ],
        (
            "The agent makes a maximum of {tries} call attempts within the window.",
            "If the call is not answered, a maximum of {tries} attempts are made.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "You can definitely request a callback instead of waiting on hold.",
            "Booking a callback is a great way to skip the hold queue.",
        ),
        [
            "Open the app and go to Help > Call me back",
            "Choose a {window}-minute window that suits you",
            "Add ticket {ticket} so the agent has context",
        ],
        (
            "You might want to keep your phone nearby, since they'll try up to {tries} times.",
            "It's worth keeping your phone close, as support usually makes up to {tries} attempts.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_delivery_date(rng: random.Random) -> Scenario:
    v = {"product": product(rng), "order": order_no(rng), "date": a_date(rng), "days": rng.choice((7, 10, 14))}
    prompts = (
        "Can I change the delivery date for order {order}? I'm away that week.",
        "I won't be home when my {product} arrives. Can you deliver it on {date} instead?",
        "How do I pick a different delivery day for my {product}?",
        "Is it possible to delay delivery of order {order} ({product}) by a few days?",
        "need to move the delivery of my {product} to {date}, how?",
    )
    u = us(
        rng,
        (
            "Yes, you can move it, and {date} is open for order {order}.",
            "Good news: you can change the delivery day, and {date} works for order {order}.",
        ),
        (
            "Open Orders in the app, tap {order}, then Change delivery, and pick {date}.",
            "Just go to Orders > {order} > Change delivery in the app and choose {date}.",
        ),
        (
            "You can push it back up to {days} days, but make the change by the evening before the original "
            "delivery day.",
            "You've got up to {days} days of flexibility. Just don't leave it later than the evening before the "
            "original date.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the delivery date of order {order}",
        "We are pleased to inform you that the delivery of your {product} may be moved, and {date} is currently "
        "available.",
        (
            "If it is convenient for you, the change can be made in our app by opening Orders, selecting {order}, "
            "and choosing Change delivery.",
            "It may be helpful to open Orders in our app, select {order}, and then choose Change delivery, where "
            "{date} can be selected.",
        ),
        "Delivery can be postponed by up to {days} days, and we would kindly ask that the change be made no "
        "later than the evening before the original delivery day.",
    )
    d = de(
        rng,
        (
            "Delivery of order {order} can be moved to {date}.",
            "The delivery date of order {order} can be changed; {date} is available.",
        ),
        ["Open the app and select Orders > {order}.", "Select Change delivery.", "Select {date} and confirm."],
        (
            "Postponement is possible by a maximum of {days} days. Changes must be made by the evening before the "
            "original delivery day.",
            "Maximum postponement: {days} days. Deadline for changes: the evening before the original delivery day.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "You can usually change the delivery day, and {date} appears to be available for order {order}.",
            "Good news, delivery dates can be changed, and {date} looks open for your {product}.",
        ),
        ["Open the app and go to Orders", "Select order {order} and tap Change delivery", "Choose {date} and confirm"],
        (
            "You can postpone by up to {days} days, but you might want to do it by the evening before the original "
            "date.",
            "It may help to make the change by the evening before the original day, and you can push it back up "
            "to {days} days.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_pickup_hold(rng: random.Random) -> Scenario:
    v = {"product": product(rng), "store": store(rng), "days": rng.choice((5, 7, 10)), "order": order_no(rng)}
    prompts = (
        "How long will the {store} hold my click-and-collect order before it's sent back?",
        "My {product} is ready for pickup at the {store} but I'm travelling. How long do I have?",
        "Can my partner pick up order {order} for me at the {store}?",
        "what do I need to bring to collect my {product} in store?",
        "I got the ready-for-pickup message for order {order}. Is there a deadline to collect it?",
    )
    u = us(
        rng,
        (
            "The {store} holds your order for {days} days after the ready-for-pickup message.",
            "You've got {days} days to collect it from the {store} once it's marked ready.",
        ),
        (
            "Bring your pickup code from the email and a photo ID.",
            "Just show the pickup code from your email plus a photo ID at the counter.",
        ),
        (
            "Someone else can collect it too, as long as they've got the code and their own ID. After {days} days, "
            "it's returned and refunded automatically.",
            "If a friend's picking it up, they'll need the code and their own ID. Anything not collected after "
            "{days} days gets refunded automatically.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "collecting order {order} at our {store}",
        "Please allow us to explain that our {store} will hold your {product} for {days} days from the time the "
        "ready-for-pickup message is sent.",
        (
            "When collecting the order, we would kindly ask you to bring the pickup code from the email together "
            "with a photo identification.",
            "It may be helpful to have the pickup code from the email and a photo identification ready at the counter.",
        ),
        (
            "Should it be more convenient, another person may collect the order on your behalf, provided that they "
            "bring the code and their own identification. Orders not collected within {days} days are returned "
            "and refunded automatically.",
            "Another person may also collect it for you with the code and their own identification, and any order "
            "not collected within {days} days will be refunded automatically.",
        ),
    )
    d = de(
        rng,
        (
            "Click-and-collect orders are held at the {store} for {days} days after the ready-for-pickup message.",
            "The holding period at the {store} is {days} days from the ready-for-pickup message.",
        ),
        [
            "Bring the pickup code from the email.",
            "Bring a valid photo ID.",
            "A third person may collect the order with the code and their own photo ID.",
        ],
        (
            "Orders not collected within {days} days are returned and refunded automatically.",
            "After {days} days, uncollected orders are refunded automatically.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "Stores usually hold click-and-collect orders for {days} days after you get the ready-for-pickup message.",
            "The {store} will keep your order for {days} days once it's ready.",
        ),
        [
            "Bring the pickup code from your email",
            "Bring a photo ID",
            "Someone else can collect it with the code and their own ID",
        ],
        (
            "You might want to pick it up soon, since orders left longer than {days} days are refunded automatically.",
            "It's worth noting that anything not collected within {days} days gets refunded automatically.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_install_prep(rng: random.Random) -> Scenario:
    v = {"product": product(rng, "tv", "speaker"), "hours": rng.choice((2, 3)), "order": order_no(rng)}
    prompts = (
        "The technician is coming to wall-mount my {product}. Is there anything I need to prepare?",
        "What should I do before the installer arrives for my {product}?",
        "First time booking an install with you guys. What do I need to have ready for the {product}?",
        "Does someone need to be home for the {product} wall-mount visit (order {order})?",
        "How long does wall mounting a {product} take, and what do I need to sort out first?",
    )
    u = us(
        rng,
        (
            "Just clear the wall and make sure an adult's home, and the install takes about {hours} hours.",
            "Not much: clear the space, have an adult there, and expect it to take roughly {hours} hours.",
        ),
        (
            "Move furniture away from the wall, make sure there's a power outlet nearby, and let us know in the "
            "app if the wall's plasterboard or brick.",
            "Clear the area in front of the wall, check there's a power outlet close by, and add the wall type in "
            "the app under Orders > {order}.",
        ),
        (
            "The technician brings the mount and tools and takes the packaging away.",
            "We'll bring the bracket and tools, and we'll take the packaging with us.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the wall-mount installation of your {product}",
        "The installation usually takes approximately {hours} hours, and we would be grateful if an adult "
        "could be present during the visit.",
        (
            "If it is convenient for you, it may be helpful to move furniture away from the wall, confirm that a "
            "power outlet is nearby, and kindly let us know the wall type under Orders, {order}, in our app.",
            "Would you perhaps consider clearing the area in front of the wall beforehand and confirming that a "
            "power outlet is close by? It would also help us greatly if you could enter the wall type under "
            "Orders, {order}, in our app.",
        ),
        "Our technician will bring the mount and all tools, and will kindly take the packaging away afterwards.",
    )
    d = de(
        rng,
        (
            "The wall-mount installation takes approximately {hours} hours.",
            "Duration of the wall-mount installation: approximately {hours} hours.",
        ),
        [
            "Clear the wall and the area in front of it.",
            "Ensure a power outlet is available near the mounting position.",
            "Enter the wall type (plasterboard, brick or concrete) in the app under Orders > {order}.",
            "Ensure an adult is present during the visit.",
        ],
        (
            "The technician brings the mount and tools and removes the packaging.",
            "Mount, tools and packaging removal are included.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "There isn't much to prepare, and the visit usually takes about {hours} hours.",
            "Getting ready for a wall mount is pretty simple, and it typically takes around {hours} hours.",
        ),
        [
            "Clear the wall and move furniture out of the way",
            "Make sure there's a power outlet nearby",
            "Add your wall type in the app under Orders > {order}",
            "Have an adult at home during the visit",
        ],
        (
            "The technician should bring the mount and tools, so you probably won't need anything else.",
            "You might want to double-check the wall type, since the technician brings the mount and tools.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_no_show(rng: random.Random) -> Scenario:
    v = {"product": product(rng, "tv", "router", "speaker", "vacuum"), "date": a_date(rng), "ticket": ticket_no(rng)}
    prompts = (
        "The technician never showed up for my {product} installation today. What now?",
        "I took a day off work for the {product} install and nobody came. Can I get a new appointment?",
        "No one turned up for my appointment, ticket {ticket}. Please rebook me.",
        "Waited all day for the installer for my {product}. Nobody called. Really annoyed.",
        "technician didn't come for the {product}, can i get a priority slot?",
    )
    u = us(
        rng,
        (
            "Sorry about that, we've booked you a priority slot on {date}.",
            "That shouldn't have happened, and we've already held a priority slot for you on {date}.",
        ),
        (
            "It's under ticket {ticket}, and you'll get a text the evening before with the technician's arrival "
            "window.",
            "You'll find it under ticket {ticket}, and we'll text you the evening before with the arrival window.",
        ),
        (
            "If {date} doesn't work, reply here and we'll find another time. We've also flagged the missed visit "
            "with the installation team.",
            "Doesn't suit you? Just reply and we'll move it. We've flagged the missed visit with the install team too.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the missed installation visit for your {product}",
        "We are deeply sorry that our technician did not arrive as promised and that your time was wasted.",
        (
            "Please allow us to offer you a priority appointment on {date}, which has been reserved under ticket "
            "{ticket}. A text message with the arrival window will be sent to you the evening before.",
            "We have reserved a priority appointment for you on {date} under ticket {ticket}, and we will send a "
            "text message with the arrival window on the evening before.",
        ),
        "Should {date} not be convenient, we would be grateful if you could reply so that we may arrange another time.",
        sorry=True,
    )
    d = de(
        rng,
        (
            "A priority appointment has been reserved for {date} under ticket {ticket}.",
            "The missed visit is recorded under ticket {ticket}; a priority appointment is reserved for {date}.",
        ),
        [
            "Confirm the appointment on {date} by replying to this message.",
            "The arrival window is sent by text message on the evening before.",
            "If {date} is not suitable, reply with two alternative dates.",
        ],
        (
            "The missed visit has been reported to the installation team.",
            "The installation team has been informed of the missed visit.",
        ),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "A missed appointment is really inconvenient, and a priority slot has been reserved for you on {date}.",
            "Nobody likes waiting around, so a priority appointment on {date} has been held for you.",
        ),
        [
            "Your booking is under ticket {ticket}",
            "You'll get a text the evening before with the arrival window",
            "Reply if {date} doesn't work and they'll find another time",
        ],
        (
            "The missed visit has also been reported, so you might want to mention the ticket if you contact them "
            "again.",
            "It's been flagged with the installation team, so hopefully this won't happen again.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_video_session(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng),
        "mins": rng.choice((30, 45, 60)),
        "lead": rng.choice(("an hour", "two hours", "30 minutes")),
    }
    prompts = (
        "Do you offer online setup help for the {product}? I'm not great with tech.",
        "Can I book a video call with someone to help me set up my new {product}?",
        "Is the remote setup session for the {product} free, and how do I book it?",
        "My dad just got a {product}. Could someone walk him through it over video?",
        "how do I schedule a virtual setup session for a {product}",
    )
    u = us(
        rng,
        (
            "Yep, we offer free {mins}-minute video setup sessions for the {product}.",
            "Sure thing, you can book a free {mins}-minute setup session over video.",
        ),
        (
            "Tap Support in the app, then Book a session, and pick a time that suits you.",
            "Open the app, go to Support > Book a session, and choose a slot.",
        ),
        (
            "We'll email the video link {lead} before. Have the {product} charged and near your Wi-Fi, and "
            "you're all set.",
            "The video link arrives by email {lead} ahead. Just make sure the {product} is charged and "
            "you're on Wi-Fi.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "setup assistance for your {product}",
        "We are pleased to offer a complimentary video setup session of {mins} minutes, in which one of our "
        "specialists will guide you step by step.",
        (
            "If it is convenient for you, a session can be reserved in our app by selecting Support and then Book a "
            "session.",
            "It may be helpful to open Support in our app and choose Book a session, where a suitable time can be "
            "selected.",
        ),
        (
            "The video link will be sent by email {lead} before the session, and we would be grateful if "
            "the {product} could be charged and close to your Wi-Fi beforehand.",
            "We will send the video link by email {lead} in advance, and it would be most helpful if the "
            "{product} were charged and near your Wi-Fi router.",
        ),
    )
    d = de(
        rng,
        (
            "Video setup sessions for the {product} are free of charge and last {mins} minutes.",
            "A free video setup session of {mins} minutes is available for the {product}.",
        ),
        [
            "Open the app and select Support > Book a session.",
            "Select a time slot.",
            "The video link is sent by email {lead} before the session.",
            "Charge the {product} and place it within Wi-Fi range.",
        ],
        ("Sessions can be rebooked in the same menu.", "Rebooking is possible in the same menu."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "There's a free {mins}-minute video setup session you can book for the {product}.",
            "Many people find a free {mins}-minute video session really helpful for setup.",
        ),
        [
            "Open the app and go to Support > Book a session",
            "Pick a time that suits you",
            "Watch for the video link by email {lead} before",
        ],
        (
            "You might want to charge the {product} and keep it near your Wi-Fi beforehand.",
            "It's a good idea to have the {product} charged and within Wi-Fi range.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_tradein(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "phone", "tablet", "laptop", "watch"),
        "store": store(rng),
        "mins": rng.choice((10, 15, 20)),
    }
    prompts = (
        "How do I book a trade-in appraisal for my old {product} at the {store}?",
        "I want to trade in my {product}. Do I need an appointment?",
        "Can I get my {product} valued for trade-in at the {store}? What should I bring?",
        "Thinking of trading in a {product}. How long does the in-store check take?",
        "trade in appointment for a {product} - how does it work?",
    )
    u = us(
        rng,
        (
            "Yep, book a {mins}-minute trade-in check at the {store} in the app.",
            "You'll want an appointment, and the check at the {store} only takes about {mins} minutes.",
        ),
        (
            "Go to Shop > Trade-in, enter the {product} to see an estimate, then tap Book appraisal.",
            "In the app, open Shop > Trade-in, get your estimate for the {product}, and hit Book appraisal.",
        ),
        (
            "Back it up, sign out of your account, wipe it, and bring a photo ID. The final value's set after the "
            "check.",
            "Before you come, back up, sign out and reset it, and don't forget photo ID. We confirm the final "
            "value after inspection.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "trading in your {product}",
        "The appraisal at our {store} usually takes approximately {mins} minutes and may be reserved in advance.",
        (
            "If it is convenient for you, it may be helpful to open Shop and then Trade-in in our app, where an "
            "estimate for the {product} is shown and the appointment can be booked via Book appraisal.",
            "Would you perhaps consider opening Shop and then Trade-in in our app, where you can see an estimate "
            "and select Book appraisal?",
        ),
        "We would kindly ask you to back up the device, sign out of your account, reset it, and bring a photo "
        "identification. The final value will be confirmed after the inspection.",
    )
    d = de(
        rng,
        (
            "A trade-in appraisal at the {store} takes approximately {mins} minutes and requires an appointment.",
            "Trade-in appraisals at the {store} are by appointment and take approximately {mins} minutes.",
        ),
        [
            "Open the app and select Shop > Trade-in.",
            "Enter the {product} to obtain an estimate.",
            "Select Book appraisal and choose a slot.",
            "Back up, sign out and reset the device. Bring a photo ID.",
        ],
        ("The final value is determined after inspection.", "The estimate is confirmed or adjusted after inspection."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "Trade-in appraisals are by appointment and usually take about {mins} minutes at the {store}.",
            "You can book a quick trade-in check, and it typically takes around {mins} minutes.",
        ),
        [
            "Open the app and go to Shop > Trade-in",
            "Enter your {product} to see an estimate",
            "Tap Book appraisal and pick a time",
            "Bring a photo ID",
        ],
        (
            "You might want to back up, sign out and reset the device first. The final value is set after the check.",
            "It's a good idea to wipe the device beforehand, and keep in mind the final value depends on the "
            "inspection.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_reminders(rng: random.Random) -> Scenario:
    v = {"product": product(rng), "before": rng.choice((24, 48)), "store": store(rng)}
    prompts = (
        "Can I get appointment reminders by text instead of email?",
        "I keep forgetting my appointments. Can you send me a reminder before my {product} repair?",
        "How do I stop the appointment reminder emails? I've got my {store} visit in my calendar already.",
        "When do you send reminders for appointments at the {store}?",
        "is it possible to switch my reminder for the {product} appointment to SMS",
    )
    u = us(
        rng,
        (
            "Yep, you can choose text, email or both for reminders.",
            "Sure, reminders can go by text, email, both or neither.",
        ),
        (
            "Open the app, tap Profile, then Notifications, and hit Appointment reminders.",
            "Go to Profile > Notifications > Appointment reminders in the app and pick what you like.",
        ),
        (
            "We send one {before} hours before and another an hour before your visit, and you can turn either off.",
            "You'll get one reminder {before} hours ahead and one an hour before, and both can be switched off.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "appointment reminders",
        "We are pleased to let you know that reminders may be received by text message, by email, by both, or "
        "not at all, according to your preference.",
        (
            "If it is convenient for you, this can be set in our app by opening Profile, then Notifications, and "
            "then Appointment reminders.",
            "It may be helpful to open Profile in our app and select Notifications and then Appointment reminders, "
            "where your preference can be chosen.",
        ),
        "We send one reminder {before} hours before your visit and a second one hour before, and either of them "
        "may be switched off if you prefer.",
    )
    d = de(
        rng,
        (
            "Appointment reminders can be sent by text message, email, both or not at all.",
            "The reminder channel is configurable: text message, email, both or none.",
        ),
        [
            "Open the app and select Profile > Notifications.",
            "Select Appointment reminders.",
            "Select text message, email, both or none, and save the setting.",
        ],
        (
            "Reminders are sent {before} hours and 1 hour before the appointment. Each can be disabled separately.",
            "Timing: {before} hours and 1 hour before the appointment. Both reminders can be disabled.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "You can choose how you get appointment reminders: text, email, both or none.",
            "Reminder settings are easy to change in the app.",
        ),
        ["Open Profile > Notifications in the app", "Tap Appointment reminders", "Choose text, email, both or none"],
        (
            "Reminders usually go out {before} hours and one hour before, and you might want to keep at least one on.",
            "It's worth knowing reminders are sent {before} hours and one hour ahead, so you may want to keep one "
            "switched on.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


def sch_holiday_hours(rng: random.Random) -> Scenario:
    v = {"store": store(rng), "date": a_date(rng), "product": product(rng)}
    prompts = (
        "Is the service desk at the {store} open on {date}? It's a public holiday.",
        "Can I drop off my {product} for repair at the {store} on {date}?",
        "Will your {store} be open on the holiday, {date}? Need help with my {product}.",
        "Are repairs available on {date} at the {store}, or is it closed?",
        "Planning to visit the {store} on {date} about a {product}. Anyone there?",
    )
    u = us(
        rng,
        (
            "The service desk at the {store} is closed on {date}, but it's back open the next day.",
            "Nope, the {store} service desk is closed on {date}, and it reopens the following day.",
        ),
        (
            "Our chat in the app runs around the clock, holidays included, so you can still get help with the "
            "{product}.",
            "You can still reach us on app chat 24/7, holiday or not, for anything about the {product}.",
        ),
        (
            "If you want a repair slot, book the next day in the app under Support > Repairs.",
            "Want to lock in a repair? Grab a slot for the following day under Support > Repairs.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the opening of our {store} on {date}",
        "We regret to inform you that the service desk at our {store} will be closed on {date}, and it will "
        "reopen on the following day.",
        (
            "Our chat service in the app remains available 24 hours a day, including holidays, so we would be glad "
            "to assist you with your {product} there.",
            "Please allow us to mention that our app chat is available around the clock, including holidays, "
            "should you need assistance with your {product}.",
        ),
        (
            "If you would like a repair appointment, it may be helpful to reserve a slot for the following day "
            "under Support and then Repairs in our app.",
            "Would you perhaps consider reserving a repair slot for the following day under Support and then "
            "Repairs in our app?",
        ),
    )
    d = de(
        rng,
        (
            "The service desk at the {store} is closed on {date} and reopens the following day.",
            "Closed on {date}: service desk at the {store}. Reopening: the following day.",
        ),
        [
            "Use the app chat for support on {date}. It is available 24 hours a day.",
            "Book a repair slot for the following day under Support > Repairs.",
            "Bring the {product}, the charger and the proof of purchase.",
        ],
        (
            "Drop-off without an appointment is not possible on {date}.",
            "No drop-off is possible at the {store} on {date}.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The service desk at the {store} is closed on {date}, but it reopens the next day.",
            "It looks like the {store} service desk won't be open on {date}.",
        ),
        [
            "App chat is available 24/7, even on holidays",
            "You can book a repair for the following day under Support > Repairs",
            "Bring the {product}, charger and proof of purchase",
        ],
        (
            "You might want to book ahead, since the day after a holiday can be busy.",
            "It may be worth booking early, as post-holiday days tend to fill up.",
        ),
    )
    return make("scheduling", rng, prompts, v, u, j, d, g)


SCHEDULING = (
    sch_repair_booking,
    sch_reschedule_install,
    sch_cancel,
    sch_callback,
    sch_delivery_date,
    sch_pickup_hold,
    sch_install_prep,
    sch_no_show,
    sch_video_session,
    sch_tradein,
    sch_reminders,
    sch_holiday_hours,
)


# ---------------------------------------------------------------------------------------------------------------
# complaints
# ---------------------------------------------------------------------------------------------------------------


def cmp_rude_agent(rng: random.Random) -> Scenario:
    v = {"ticket": ticket_no(rng), "days": rng.choice((2, 3, 5)), "product": product(rng)}
    prompts = (
        "The agent I spoke to about my {product} was incredibly rude and hung up on me.",
        "I want to make a complaint about how I was treated on the phone yesterday. Case {ticket}.",
        "Your chat agent was dismissive and sarcastic when I asked about my {product}. Not acceptable.",
        "Honestly the support person I talked to was so rude. Who do I complain to?",
        "I was spoken to really disrespectfully by a member of your support team regarding ticket {ticket}.",
    )
    u = us(
        rng,
        (
            "Sorry about that, it's not how we want anyone treated, and we've logged your complaint under {ticket}.",
            "That's not okay, and we've filed a formal complaint under {ticket}.",
        ),
        (
            "A team lead will review the conversation and get back to you within {days} business days.",
            "A team lead's going to review the call or chat and contact you within {days} business days.",
        ),
        (
            "If you've got more details to add, open Help > My cases in the app and attach them to {ticket}.",
            "Want to add anything? Go to Help > My cases in the app and update {ticket}.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "your recent experience with our support team",
        "We are very sorry that you were not treated with the courtesy and respect that every customer deserves.",
        (
            "Please allow us to confirm that your complaint has been recorded under {ticket}, and a team lead will "
            "carefully review the conversation and contact you within {days} business days.",
            "Your complaint has been registered under {ticket}, and a team lead will personally review the "
            "conversation and contact you within {days} business days.",
        ),
        "Should you wish to add any details, we would be grateful if you could kindly do so under Help and then "
        "My cases in our app.",
        sorry=True,
    )
    d = de(
        rng,
        ("The complaint is registered under {ticket}.", "Complaint {ticket} has been registered."),
        [
            "A team lead reviews the recording or chat transcript of the conversation.",
            "The team lead contacts you within {days} business days.",
            "Additional details can be added in the app under Help > My cases > {ticket}.",
        ],
        (
            "Conduct of this kind does not meet the service standard and is addressed internally.",
            "The conduct described does not meet the service standard and will be addressed.",
        ),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "Nobody should be treated rudely, and your complaint has been logged under {ticket}.",
            "Being spoken to that way isn't acceptable, and a formal complaint has been opened under {ticket}.",
        ),
        [
            "A team lead will review the conversation",
            "You should hear back within {days} business days",
            "You can add details under Help > My cases in the app",
        ],
        (
            "You might want to note the date and time of the conversation, as it can speed things up.",
            "It may help to add the approximate time of the call so they can find it quickly.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_damaged(rng: random.Random) -> Scenario:
    v = {"product": product(rng), "order": order_no(rng), "days": rng.choice((2, 3, 7)), "date": a_date(rng)}
    prompts = (
        "My {product} arrived with a cracked screen. The box was crushed. What now?",
        "Order {order} showed up damaged. I'm really disappointed, this was a gift.",
        "Just unboxed my {product} and it's dented on the side. I want a replacement.",
        "the {product} from order {order} came broken, box was soaked and torn",
        "I paid for a new {product}, not a damaged one. How do I get this fixed?",
    )
    u = us(
        rng,
        (
            "Sorry about that, we'll send a free replacement that arrives by {date}.",
            "That's not the way it should've arrived, and a free replacement can be with you by {date}.",
        ),
        (
            "Open Orders > {order} in the app, tap Report a problem, and add photos of the box and the {product} "
            "within {days} days.",
            "Just go to Orders > {order}, hit Report a problem, and upload photos of the damage and the box within "
            "{days} days.",
        ),
        (
            "We'll email a prepaid label, so keep the packaging for sending the damaged one back.",
            "A prepaid return label's on its way by email, so hang on to the packaging.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the condition of your {product} on arrival",
        (
            "We will gladly send you a replacement free of charge, which is expected to arrive by {date}.",
            "Please allow us to send a replacement at no cost, with expected delivery by {date}.",
        ),
        (
            "If it is convenient for you, we would kindly ask you to open Orders, {order}, in our app, select Report "
            "a problem, and attach photos of the box and the device within {days} days.",
            "We would be grateful if you could report the damage under Orders, {order}, and Report a problem in our "
            "app, together with photos of the box and the device, within {days} days.",
        ),
        "A prepaid return label will be sent by email, so it may be helpful to keep the original packaging.",
        sorry=True,
    )
    d = de(
        rng,
        (
            "A free replacement is shipped and arrives by {date}.",
            "The damaged {product} is replaced free of charge; expected delivery of the replacement: {date}.",
        ),
        [
            "Open the app and select Orders > {order} > Report a problem.",
            "Upload photos of the box and the device within {days} days.",
            "Pack the damaged device in the original packaging.",
            "Use the prepaid return label sent by email.",
        ],
        ("Reports submitted after {days} days require manual review.", "Late reports are reviewed individually."),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "Receiving a damaged item is really disappointing, but a free replacement should arrive by {date}.",
            "You should be able to get a free replacement, arriving by {date}.",
        ),
        [
            "Go to Orders > {order} > Report a problem in the app",
            "Add photos of the box and device within {days} days",
            "Keep the original packaging",
            "Use the prepaid return label from your email",
        ],
        (
            "You might want to take the photos before moving anything.",
            "It's a good idea to photograph the packaging as it arrived.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_hold_time(rng: random.Random) -> Scenario:
    v = {"mins": rng.choice((40, 45, 55, 70, 90)), "product": product(rng), "reply": rng.choice((2, 3, 5))}
    prompts = (
        "I've been on hold for {mins} minutes trying to get help with my {product}. This is ridiculous.",
        "Why does it take {mins} minutes to reach a human at your company?",
        "Spent {mins} minutes on hold then got cut off. Is anyone actually working there?",
        "your phone line is useless, {mins} min wait and still nothing",
        "I need help with my {product} but the hold time is over {mins} minutes. Is there a faster way?",
    )
    u = us(
        rng,
        (
            "Sorry about the wait, {mins} minutes is way too long, and there's a faster way.",
            "That's far too long to wait, and you don't have to go through the phone line.",
        ),
        (
            "Open the app and tap Help > Chat, where replies usually come in under {reply} minutes.",
            "Try the app chat under Help > Chat, we typically reply in under {reply} minutes.",
        ),
        (
            "Or tap Call me back and we'll ring you instead. Monday mornings are busiest, so avoid those if you can.",
            "You can also book a callback there. Lines are busiest on Monday mornings, so other times are quicker.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the waiting time on our telephone line",
        "We are very sorry that you had to wait {mins} minutes, which is far longer than we intend.",
        (
            "It may be helpful to use the chat in our app under Help and then Chat, where our team usually replies "
            "in less than {reply} minutes.",
            "Would you perhaps consider our app chat, found under Help and then Chat, where replies usually arrive "
            "within {reply} minutes?",
        ),
        "Alternatively, a callback may be requested in the same menu. Please allow us to mention that Monday "
        "mornings are our busiest time.",
        sorry=True,
    )
    d = de(
        rng,
        (
            "Chat support responds in less than {reply} minutes on average.",
            "Average response time in the app chat: less than {reply} minutes.",
        ),
        [
            "Open the app and select Help > Chat.",
            "Alternatively, select Help > Call me back to book a callback.",
            "Avoid Monday mornings. Waiting times are highest then.",
        ],
        (
            "A waiting time of {mins} minutes exceeds the service target. The case has been passed to the contact "
            "center management.",
            "A waiting time of {mins} minutes is outside the service target and has been reported.",
        ),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "Waiting {mins} minutes on hold is really frustrating, but there are quicker options.",
            "Long hold times are no fun, and there are faster ways to reach support.",
        ),
        [
            "Use the app chat under Help > Chat, usually under {reply} minutes",
            "Request a callback under Help > Call me back",
            "Avoid Monday mornings, when it's busiest",
        ],
        (
            "You might want to try the chat first, since it's usually the fastest.",
            "It may be worth trying chat before calling again.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_slow_repair(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "laptop", "phone", "tablet", "camera", "tv"),
        "weeks": rng.choice((3, 4, 5, 6)),
        "date": a_date(rng),
        "ticket": ticket_no(rng),
        "store": store(rng),
    }
    prompts = (
        "My {product} has been in for repair for {weeks} weeks. When am I getting it back?",
        "Repair {ticket} is taking forever. It's been {weeks} weeks with no update.",
        "You told me the {product} repair would take a week. It's now week {weeks}. Unacceptable.",
        "Still waiting on my {product} after {weeks} weeks - can I at least get a loaner?",
        "why is my repair taking so long? {weeks} weeks and counting",
    )
    u = us(
        rng,
        (
            "Sorry about the delay, your {product} should be back with you by {date}.",
            "We've checked ticket {ticket}, and the {product} is now due back by {date}.",
        ),
        (
            "A replacement part was held up, but it's arrived, and we've escalated the repair.",
            "It was waiting on a delayed part, which is in now, and we've pushed the repair to the front of the queue.",
        ),
        (
            "In the meantime, you can pick up a free loaner at the {store}, just mention {ticket}.",
            "Need something to use until then? Grab a free loaner at the {store} with ticket {ticket}.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the repair of your {product}",
        "We are truly sorry that the repair has taken {weeks} weeks, far longer than we originally indicated.",
        (
            "The delay was caused by a replacement part that has now arrived, and we have escalated the repair, "
            "which is expected to be completed with the device returned to you by {date}.",
            "Please allow us to explain that a replacement part was delayed; it has now arrived, the repair has been "
            "escalated, and the device is expected to be returned to you by {date}.",
        ),
        "If it would be helpful, a loaner device is available free of charge at our {store} upon mentioning "
        "ticket {ticket}.",
        sorry=True,
    )
    d = de(
        rng,
        (
            "The {product} under ticket {ticket} will be returned by {date}.",
            "Expected return date of the {product} (ticket {ticket}): {date}.",
        ),
        [
            "Cause of the delay: a replacement part was delayed. The part has arrived.",
            "The repair has been escalated and is prioritized.",
            "A loaner device is available free of charge at the {store}. State ticket {ticket}.",
        ],
        (
            "A repair time of {weeks} weeks exceeds the service target.",
            "The repair time of {weeks} weeks is outside the service target.",
        ),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "A {weeks}-week repair is much longer than expected, but it should be back by {date}.",
            "Waiting {weeks} weeks is a lot, and the good news is the {product} is due back by {date}.",
        ),
        [
            "The delay was caused by a late replacement part, which has arrived",
            "The repair has been escalated",
            "A free loaner is available at the {store} with ticket {ticket}",
        ],
        (
            "You might want to pick up the loaner so you're not without a device.",
            "It may be worth grabbing the loaner in the meantime.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_wrong_item(rng: random.Random) -> Scenario:
    a, b = product(rng, "headphones", "earbuds", "speaker", "watch"), product(rng, "headphones", "earbuds", "speaker")
    v = {"ordered": a, "got": b, "order": order_no(rng), "days": rng.choice((2, 3, 4)), "ret": rng.choice((14, 30))}
    prompts = (
        "I ordered the {ordered} but received the {got} instead. Order {order}.",
        "Wrong item in my box! I got a {got} when I paid for the {ordered}.",
        "You sent me the wrong product. Expected {ordered}, got {got}. How do I swap it?",
        "order {order} is the wrong thing, it's a {got} not the {ordered}",
        "This is the second time I've had a mix-up with you. Received {got} instead of {ordered}.",
    )
    u = us(
        rng,
        (
            "Sorry about the mix-up, we'll ship the {ordered} today at no cost.",
            "That's our mistake, and the {ordered} is going out to you right away, free of charge.",
        ),
        (
            "It'll arrive within {days} business days. We'll email a prepaid label for the {got}.",
            "Expect it in {days} business days, and watch for a prepaid return label for the {got}.",
        ),
        (
            "Just send the {got} back within {ret} days in the original box.",
            "Pop the {got} back in the box and send it within {ret} days.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "order {order}",
        "We are very sorry that you received the {got} instead of the {ordered} that you ordered.",
        (
            "Please allow us to send the {ordered} to you free of charge; it is expected to arrive within {days} "
            "business days.",
            "We will dispatch the correct {ordered} at no cost to you, and it should arrive within {days} business "
            "days.",
        ),
        "A prepaid return label will be sent by email, and we would be grateful if you could kindly return the "
        "{got} in the original packaging within {ret} days.",
        sorry=True,
    )
    d = de(
        rng,
        (
            "The {ordered} is shipped free of charge and arrives within {days} business days.",
            "Order {order}: the correct item, {ordered}, is dispatched at no cost; delivery within {days} business "
            "days.",
        ),
        [
            "Retain the {got} in the original packaging.",
            "Use the prepaid return label sent by email.",
            "Return the {got} within {ret} days.",
        ],
        ("No charge applies for the incorrect shipment.", "The incorrect shipment incurs no costs."),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "Getting the wrong item is annoying, but the {ordered} will be sent to you at no charge.",
            "Mix-ups happen, and the correct {ordered} should be sent free of charge.",
        ),
        [
            "The {ordered} should arrive within {days} business days",
            "A prepaid return label will be emailed to you",
            "Return the {got} within {ret} days in the original box",
        ],
        (
            "You might want to keep the packaging intact until the swap is done.",
            "It's a good idea not to open the {got} any further.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_missed_callback(rng: random.Random) -> Scenario:
    v = {"ticket": ticket_no(rng), "hours": rng.choice((2, 4, 24)), "product": product(rng)}
    prompts = (
        "I was promised a callback yesterday about my {product} and nobody called.",
        "Still waiting for the call I was told I'd get. Ticket {ticket}.",
        "Three days ago someone said a specialist would phone me. Nothing. What's going on?",
        "no one called me back about {ticket}, this is the second time",
        "Your team promised to call me about the {product} fault. I've heard nothing.",
    )
    u = us(
        rng,
        (
            "Sorry about that, we've escalated {ticket} and a senior agent will call you within {hours} hours.",
            "That callback should've happened, so we've escalated it, and a senior agent's calling within {hours} "
            "hours.",
        ),
        (
            "Check that the number on your profile is right, under Profile > Contact details.",
            "Just make sure your phone number is current under Profile > Contact details.",
        ),
        (
            "If you'd rather chat, reply here with {ticket} and we'll pick it up straight away.",
            "Prefer chat? Reply with {ticket} and we'll jump in right now.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the callback you were promised",
        "We are truly sorry that the promised call did not take place.",
        (
            "Please allow us to inform you that ticket {ticket} has been escalated, and a senior agent will call you "
            "within {hours} hours.",
            "We have escalated ticket {ticket}, and one of our senior agents will telephone you within {hours} hours.",
        ),
        (
            "It may be helpful to confirm that your telephone number is correct under Profile and then Contact "
            "details. Should you prefer chat, we would be glad to continue here with ticket {ticket}.",
            "We would be grateful if you could kindly check your number under Profile and then Contact details. If "
            "chat is more convenient, please feel free to reply here with ticket {ticket}.",
        ),
        sorry=True,
    )
    d = de(
        rng,
        (
            "Ticket {ticket} has been escalated. A senior agent calls within {hours} hours.",
            "Escalation of ticket {ticket} is complete; callback by a senior agent within {hours} hours.",
        ),
        [
            "Verify the telephone number under Profile > Contact details.",
            "Keep the phone available and answer calls from unknown numbers during this period.",
            "Alternatively, reply in chat and state {ticket}.",
        ],
        ("The missed callback has been recorded.", "The missed callback is documented in the ticket."),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "Waiting for a call that never comes is frustrating, and ticket {ticket} has now been escalated.",
            "Missed callbacks are annoying, so your case has been escalated.",
        ),
        [
            "A senior agent should call within {hours} hours",
            "Check your number under Profile > Contact details",
            "You can also continue in chat with ticket {ticket}",
        ],
        (
            "You might want to keep your phone nearby for the next few hours.",
            "It may help to double-check your contact details just in case.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_price_drop(rng: random.Random) -> Scenario:
    paid = rng.randint(120, 900)
    v = {
        "product": product(rng),
        "paid": Money(f"{paid}.99"),
        "now": Money(f"{int(paid * rng.uniform(0.7, 0.9))}.99"),
        "days": rng.choice((14, 30)),
        "refund": rng.choice((3, 5, 7)),
    }
    prompts = (
        "I bought the {product} for {paid} and a week later it's {now}. Can I get the difference?",
        "Your price on the {product} dropped to {now} right after I paid {paid}. That feels unfair.",
        "Do you do price adjustments? The {product} is now {now}.",
        "seriously, paid {paid} for the {product} and now its on sale for {now}??",
        "Just saw the {product} reduced. Is there a price match if I bought it recently?",
    )
    u = us(
        rng,
        (
            "Yep, we'll refund the difference between {paid} and {now} if you bought it within the last {days} days.",
            "Good news: our price match covers that, as long as you bought the {product} in the last {days} days.",
        ),
        (
            "Open Orders in the app, pick the {product} order, and tap Price match.",
            "Just go to Orders, select the {product}, and hit Price match.",
        ),
        (
            "The difference goes back to your original payment method within {refund} business days.",
            "You'll see the refund on your original payment method within {refund} business days.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the price of your {product}",
        "We understand how disappointing it is to see a lower price shortly after purchase, and we are sorry "
        "for the frustration.",
        "We are pleased to inform you that our price match covers purchases made within the last {days} days, "
        "so the difference between {paid} and {now} can be refunded.",
        (
            "If it is convenient for you, the request can be made under Orders in our app by selecting the order "
            "and choosing Price match. The amount will be returned to the original payment method within {refund} "
            "business days.",
            "It may be helpful to open Orders in our app, select the order, and choose Price match; the difference "
            "will then be refunded to the original payment method within {refund} business days.",
        ),
    )
    d = de(
        rng,
        (
            "The difference between {paid} and {now} is refunded for purchases within the last {days} days.",
            "Price match applies within {days} days of purchase. Refundable difference: {paid} paid versus {now} "
            "current price.",
        ),
        ["Open the app and select Orders.", "Select the order for the {product}.", "Select Price match and confirm."],
        (
            "The refund is credited to the original payment method within {refund} business days.",
            "Credit to the original payment method: within {refund} business days.",
        ),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "It's frustrating to see a price drop, but you can usually get the difference between {paid} and {now} "
            "back.",
            "Good news, price matching covers the difference between {paid} and {now} within {days} days.",
        ),
        [
            "The purchase must be within the last {days} days",
            "Go to Orders in the app and select the {product}",
            "Tap Price match",
            "The refund arrives within {refund} business days",
        ],
        (
            "You might want to do this soon so you stay inside the {days}-day window.",
            "It may be worth requesting it right away before the {days}-day window closes.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_broke_early(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng),
        "weeks": rng.choice((2, 3, 5, 6, 8)),
        "years": rng.choice((1, 2)),
        "ret": rng.choice((10, 14)),
        "days": rng.choice((2, 3)),
    }
    prompts = (
        "My {product} stopped working after just {weeks} weeks. Really poor quality.",
        "{weeks} weeks old and the {product} won't turn on anymore. I expected better.",
        "Is this normal? My brand new {product} died after {weeks} weeks.",
        "the {product} I bought {weeks} weeks ago is already broken, what are you going to do about it",
        "I'm very unhappy. The {product} failed after {weeks} weeks of light use.",
    )
    u = us(
        rng,
        (
            "Sorry about that, it's covered by your {years}-year warranty, and we'll send a new one first.",
            "That shouldn't happen, and since it's under the {years}-year warranty, we'll swap it for a new one.",
        ),
        (
            "In the app, go to Orders, pick the {product}, and tap Report a problem > Exchange. The new one ships "
            "within {days} business days.",
            "Tap Orders, select the {product}, then Report a problem > Exchange, and the replacement ships within "
            "{days} business days.",
        ),
        (
            "Send the faulty one back within {ret} days using the prepaid label.",
            "You'll have {ret} days to return the faulty one with the prepaid label.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "your {product}",
        "We are very sorry that the device stopped working after only {weeks} weeks.",
        "Please allow us to confirm that it is fully covered by the {years}-year warranty, and we will gladly "
        "send a replacement before you return the faulty unit.",
        (
            "If it is convenient for you, the exchange can be requested under Orders in our app by selecting the "
            "{product} and then Report a problem and Exchange. The replacement will ship within {days} business "
            "days, and we would kindly ask you to return the faulty unit within {ret} days with the prepaid label.",
            "It may be helpful to select the {product} under Orders in our app and choose Report a problem and "
            "Exchange; the replacement ships within {days} business days, and the faulty unit may be returned "
            "within {ret} days using the prepaid label.",
        ),
    )
    d = de(
        rng,
        (
            "The {product} is covered by the {years}-year warranty. A replacement is shipped in advance.",
            "Warranty coverage applies ({years} years). Advance exchange is available.",
        ),
        [
            "Open the app and select Orders > {product}.",
            "Select Report a problem > Exchange.",
            "The replacement ships within {days} business days.",
            "Return the faulty unit within {ret} days with the prepaid label.",
        ],
        (
            "The faulty unit is analysed to determine the cause.",
            "The returned unit is inspected for the cause of failure.",
        ),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "A device failing after {weeks} weeks isn't what anyone expects, but it's covered by the {years}-year "
            "warranty.",
            "That's disappointing, and the good news is the {years}-year warranty covers it.",
        ),
        [
            "Go to Orders > {product} in the app",
            "Tap Report a problem > Exchange",
            "The replacement ships within {days} business days",
            "Return the faulty one within {ret} days with the prepaid label",
        ],
        (
            "You might want to back up any data before sending it back.",
            "It's a good idea to keep the prepaid label email handy.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_left_in_rain(rng: random.Random) -> Scenario:
    v = {"product": product(rng), "hours": rng.choice((24, 48)), "order": order_no(rng)}
    prompts = (
        "The courier left my {product} on the doorstep in the pouring rain. The box is soaked.",
        "Why would the driver leave a parcel outside in a storm? Order {order} is wet through.",
        "My delivery was dumped outside in the rain without knocking. Is the {product} ok to use?",
        "parcel left in rain, box wet, {product} inside, not impressed",
        "I came home to find order {order} sitting in a puddle. What are you going to do?",
    )
    u = us(
        rng,
        (
            "Sorry about that, don't switch the {product} on yet, and we'll replace it if it's damaged.",
            "That's not okay, so please don't power the {product} on until it's checked.",
        ),
        (
            "Take photos of the box and device, then go to Orders > {order} > Report a problem within {hours} hours.",
            "Snap photos of the packaging and the device and report it under Orders > {order} within {hours} hours.",
        ),
        ("We'll also pass your feedback to the courier.", "We've flagged the driver's delivery with the courier too."),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the delivery of order {order}",
        "We are deeply sorry that your parcel was left outside in the rain.",
        (
            "For your safety, we would kindly ask you not to switch on the {product} until it has been checked. It "
            "would be most helpful if you could take photos of the box and the device and report them under Orders, "
            "{order}, and Report a problem within {hours} hours.",
            "It may be safest not to switch on the {product} for now. We would be grateful if you could photograph "
            "the box and the device and submit them under Orders, {order}, within {hours} hours.",
        ),
        "Should any damage be found, we will replace the device, and we have passed your feedback to the courier.",
        sorry=True,
    )
    d = de(
        rng,
        (
            "Do not switch on the {product} before it has been checked.",
            "A device exposed to water must not be switched on before inspection.",
        ),
        [
            "Photograph the box and the device.",
            "Open the app and select Orders > {order} > Report a problem.",
            "Submit the report within {hours} hours of delivery.",
        ],
        (
            "Damaged devices are replaced. The courier has been notified.",
            "If damage is confirmed, the device is replaced. The delivery has been reported to the courier.",
        ),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "A soaked parcel is never a good sight, and it's safest not to switch the {product} on yet.",
            "Rain and electronics don't mix, so hold off on turning the {product} on.",
        ),
        [
            "Take photos of the box and the device",
            "Report it under Orders > {order} > Report a problem",
            "Do this within {hours} hours of delivery",
        ],
        (
            "If there's damage, it should be replaced, and you might want to mention the courier in your report.",
            "Damaged items are usually replaced, and the courier will likely get your feedback.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_marketing_emails(rng: random.Random) -> Scenario:
    v = {"n": rng.choice((3, 4, 5, 6)), "days": rng.choice((2, 3, 7)), "product": product(rng)}
    prompts = (
        "I'm getting {n} promotional emails a day from you. Please stop.",
        "Ever since I bought a {product} you've been spamming my inbox.",
        "How do I stop all the marketing emails? I've unsubscribed before and they keep coming.",
        "too many emails!! {n} today already",
        "I only wanted order updates for my {product}, not daily sales emails. This is annoying.",
    )
    u = us(
        rng,
        (
            "Sorry about that, you can switch marketing emails off in a few taps.",
            "You can turn those off right now, and it only takes a moment.",
        ),
        (
            "Go to Profile > Communication preferences in the app and switch off Offers and news, or tap "
            "Unsubscribe at the bottom of any email.",
            "Open Profile, tap Communication preferences, and turn off Offers and news. The Unsubscribe link in "
            "any email works too.",
        ),
        (
            "It can take up to {days} days to fully stop. You'll still get order and service updates.",
            "Give it up to {days} days to kick in, and don't worry, order updates will keep coming.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the emails you have been receiving",
        "We are sorry that our messages have become a burden, and we would be glad to adjust them for you.",
        (
            "If it is convenient for you, marketing emails can be switched off under Profile and then Communication "
            "preferences in our app by turning off Offers and news, or via the Unsubscribe link at the bottom of "
            "any email.",
            "It may be helpful to open Profile and then Communication preferences in our app and turn off Offers "
            "and news; the Unsubscribe link in any of our emails will also work.",
        ),
        "The change may take up to {days} days to take full effect, and order and service updates will continue "
        "as before.",
    )
    d = de(
        rng,
        (
            "Marketing emails can be disabled in the app or via any email.",
            "Promotional emails are disabled under Communication preferences.",
        ),
        [
            "Open the app and select Profile > Communication preferences.",
            "Switch off Offers and news.",
            "Alternatively, select Unsubscribe at the bottom of any marketing email.",
        ],
        (
            "Processing takes up to {days} days. Order and service messages are not affected.",
            "The change takes effect within {days} days. Order and service messages continue.",
        ),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "Too many emails can be really annoying, and it's easy to turn them off.",
            "Inbox overload is no fun, so here's how to stop the marketing emails.",
        ),
        [
            "Go to Profile > Communication preferences in the app",
            "Turn off Offers and news",
            "Or click Unsubscribe at the bottom of any email",
        ],
        (
            "It might take up to {days} days to fully stop, but you'll still get order updates.",
            "You may get a few more over the next {days} days while it updates.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_refund_missing(rng: random.Random) -> Scenario:
    v = {
        "amount": money(rng, 25, 700),
        "date": a_date(rng),
        "order": order_no(rng),
        "bank": rng.choice((5, 7, 10)),
        "product": product(rng),
    }
    prompts = (
        "Where is my refund of {amount}? You said it was processed.",
        "I returned the {product} weeks ago and still haven't got my {amount} back.",
        "My refund for order {order} hasn't shown up in my account. It's been ages.",
        "refund {amount} still missing, order {order}",
        "I was told my refund for the {product} was sent on {date}. My bank says nothing arrived.",
    )
    u = us(
        rng,
        (
            "Your refund of {amount} was issued on {date}, so it's now with your bank.",
            "We sent the {amount} refund for order {order} on {date}, so it's on its way.",
        ),
        (
            "Banks usually take up to {bank} business days to post it.",
            "It can take your bank up to {bank} business days to show it.",
        ),
        (
            "If it's not there after that, reply with a screenshot of your statement and we'll trace it with the "
            "reference in Orders > {order}.",
            "Still missing after {bank} business days? Send us your statement and we'll chase it using the "
            "reference in Orders > {order}.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "your refund for order {order}",
        "We are sorry for the worry that the delay has caused.",
        (
            "Please allow us to confirm that the refund of {amount} was issued on {date}, and banks usually take up "
            "to {bank} business days to display it.",
            "Our records show that the refund of {amount} was issued on {date}; depending on the bank, it may take "
            "up to {bank} business days to appear.",
        ),
        "Should it not have arrived after this period, we would be grateful if you could send us a copy of your "
        "statement, so that we may trace the payment using the reference shown under Orders, {order}.",
    )
    d = de(
        rng,
        ("The refund of {amount} was issued on {date}.", "Refund issued: {amount} on {date}."),
        [
            "Allow up to {bank} business days for the bank to credit the amount.",
            "Check the reference under Orders > {order} in the app.",
            "If the amount has not arrived after {bank} business days, send a bank statement to support.",
        ],
        ("The payment is then traced using the reference.", "Support traces the payment using the reference."),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "Waiting for a refund is stressful, and it looks like {amount} was issued on {date}.",
            "Good news, the refund of {amount} was issued on {date}.",
        ),
        [
            "Banks can take up to {bank} business days to post it",
            "The reference is under Orders > {order}",
            "If it's still missing after that, send support a statement",
        ],
        (
            "You might want to check with your bank using the reference.",
            "It may help to ask your bank about pending credits.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


def cmp_escalate(rng: random.Random) -> Scenario:
    v = {"ticket": ticket_no(rng), "days": rng.choice((1, 2, 3)), "product": product(rng)}
    prompts = (
        "I want to speak to a manager about my {product} case. Now.",
        "Can you escalate ticket {ticket}? I've explained the problem four times already.",
        "I'm done repeating myself. Please pass my {product} complaint to someone senior.",
        "how do i escalate a complaint, nobody is helping with {ticket}",
        "I'd like my case about the {product} reviewed by a supervisor, please.",
    )
    u = us(
        rng,
        ("Done, we've escalated {ticket} to a supervisor.", "Sure, your case {ticket} is now with a supervisor."),
        (
            "They'll contact you within {days} business days and they've got the full history, so you won't need "
            "to repeat anything.",
            "Expect a call or email within {days} business days. They can see everything so far, so no need to "
            "explain it again.",
        ),
        (
            "Add anything new under Help > My cases in the app.",
            "If there's something to add, update {ticket} under Help > My cases.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "your case regarding the {product}",
        "We are very sorry that you have had to explain the situation several times.",
        (
            "Please allow us to confirm that ticket {ticket} has been escalated to a supervisor, who will contact you "
            "within {days} business days.",
            "We have escalated ticket {ticket} to a supervisor, who will kindly contact you within {days} business "
            "days.",
        ),
        "The supervisor has access to the complete history, so it will not be necessary to repeat the details. "
        "Should you wish to add information, it may be helpful to do so under Help and then My cases in our app.",
        sorry=True,
    )
    d = de(
        rng,
        ("Ticket {ticket} has been escalated to a supervisor.", "Escalation of {ticket} to a supervisor is complete."),
        [
            "The supervisor contacts you by telephone or email within {days} business days.",
            "The full case history is available to the supervisor.",
            "Add new information in the app under Help > My cases > {ticket}.",
        ],
        ("No further action is required from you.", "No repetition of the case details is required."),
    )
    g = gen(
        rng,
        GEN_SORRY,
        (
            "Having to repeat yourself is exhausting, and ticket {ticket} has been escalated to a supervisor.",
            "It makes sense to want this escalated, and it's now with a supervisor.",
        ),
        [
            "A supervisor will contact you within {days} business days",
            "They can see the full history of {ticket}",
            "You can add details under Help > My cases",
        ],
        (
            "You might want to jot down any new details before they call.",
            "It may help to have the {product} nearby when they contact you.",
        ),
    )
    return make("complaints", rng, prompts, v, u, j, d, g)


COMPLAINTS = (
    cmp_rude_agent,
    cmp_damaged,
    cmp_hold_time,
    cmp_slow_repair,
    cmp_wrong_item,
    cmp_missed_callback,
    cmp_price_drop,
    cmp_broke_early,
    cmp_left_in_rain,
    cmp_marketing_emails,
    cmp_refund_missing,
    cmp_escalate,
)


# ---------------------------------------------------------------------------------------------------------------
# product_questions
# ---------------------------------------------------------------------------------------------------------------


def pq_bluetooth(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "headphones", "earbuds"),
        "phone": product(rng, "phone", "laptop", "tablet"),
        "bt": rng.choice(("5.2", "5.3", "5.4")),
        "secs": rng.choice((3, 5, 7)),
    }
    prompts = (
        "Will the {product} work with my {phone}?",
        "Can the {product} connect to two devices at once, like my {phone} and my work laptop?",
        "Thinking of buying the {product}. Are they compatible with a {phone}?",
        "does the {product} support multipoint bluetooth",
        "How do I pair the {product} with a {phone}? Is it even supported?",
    )
    u = us(
        rng,
        (
            "Yep, the {product} works with the {phone} over Bluetooth {bt}.",
            "They'll work great with the {phone}, since both use Bluetooth {bt}.",
        ),
        (
            "They can stay connected to two devices at once, so switching between your phone and laptop's easy.",
            "Multipoint's built in, so you can keep two devices connected at the same time.",
        ),
        (
            "To pair, hold the power button for {secs} seconds until the light flashes blue, then pick them in "
            "your Bluetooth list.",
            "Hold the power button {secs} seconds until the LED blinks blue, then select them in Bluetooth settings.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the compatibility of the {product}",
        "We are pleased to confirm that the {product} is fully compatible with the {phone} via Bluetooth {bt}.",
        "It also supports connection to two devices at the same time, which may be convenient for switching "
        "between a phone and a laptop.",
        (
            "When pairing for the first time, it may be helpful to hold the power button for {secs} seconds until "
            "the light flashes blue, and then select the {product} in the Bluetooth settings of your device.",
            "If it is convenient for you, pairing can be started by holding the power button for {secs} seconds "
            "until the light flashes blue, after which the {product} will appear in the Bluetooth list.",
        ),
    )
    d = de(
        rng,
        (
            "The {product} is compatible with the {phone} (Bluetooth {bt}).",
            "Compatibility confirmed: {product} and {phone}, Bluetooth {bt}.",
        ),
        [
            "Hold the power button for {secs} seconds until the LED flashes blue.",
            "Open the Bluetooth settings on the {phone}.",
            "Select the {product}. Confirm the pairing request if prompted.",
            "Install the companion app to update the firmware.",
        ],
        (
            "Multipoint is supported. A maximum of 2 devices can be connected simultaneously.",
            "Simultaneous connection: maximum 2 devices (multipoint).",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} should work well with the {phone}, since both support Bluetooth {bt}.",
            "Yes, the {product} is compatible with the {phone} over Bluetooth {bt}.",
        ),
        [
            "It supports multipoint, so two devices can be connected at once",
            "To pair, hold the power button for {secs} seconds until the light flashes blue",
            "Then select it in your device's Bluetooth settings",
        ],
        (
            "You might want to update the firmware in the app after pairing.",
            "It's a good idea to check for a firmware update once you're connected.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_battery(rng: random.Random) -> Scenario:
    on = rng.choice((20, 24, 28, 30))
    v = {
        "product": product(rng, "headphones", "earbuds", "watch", "speaker"),
        "on": on,
        "off": on + rng.choice((6, 8, 10)),
        "quick": rng.choice((2, 3, 4)),
        "qmins": rng.choice((5, 10, 15)),
        "full": rng.choice(("90 minutes", "2 hours", "2.5 hours")),
    }
    prompts = (
        "How long does the battery on the {product} last?",
        "I'm flying long haul next month. Will the {product} last the whole trip on one charge?",
        "What's the real-world battery life of the {product} with noise cancelling on?",
        "what's the battery life like on the {product}?",
        "Does the {product} have fast charging, and how long does a full charge take?",
    )
    u = us(
        rng,
        (
            "You'll get about {on} hours with noise cancelling on and up to {off} hours with it off.",
            "The {product} lasts roughly {on} hours with noise cancelling, or {off} hours without it.",
        ),
        (
            "A {qmins}-minute quick charge gives you about {quick} hours, and a full charge takes {full}.",
            "In a hurry? {qmins} minutes on the charger buys you around {quick} hours, while a full charge takes "
            "{full}.",
        ),
        (
            "Turning the volume down a notch stretches it a bit further.",
            "Lower volume and switching off the wear sensor help it go a little longer.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the battery life of the {product}",
        "The {product} offers approximately {on} hours of use with noise cancelling switched on, and up to {off} "
        "hours with it switched off.",
        (
            "Should you be short of time, a quick charge of {qmins} minutes provides approximately {quick} hours of "
            "use, while a full charge takes {full}.",
            "Please allow us to add that {qmins} minutes of charging provides approximately {quick} hours of "
            "playback, and a full charge requires {full}.",
        ),
        "It may be helpful to lower the volume slightly, which can extend the battery life a little further.",
    )
    d = de(
        rng,
        (
            "Battery life of the {product}: {on} hours with noise cancelling, {off} hours without.",
            "The {product} runs {on} hours with noise cancelling enabled and {off} hours with it disabled.",
        ),
        [
            "Quick charge: {qmins} minutes provide approximately {quick} hours.",
            "Full charge: {full}.",
            "Use a USB-C charger with at least 18 W for quick charging.",
            "Disable the wear sensor in the app to extend the runtime further.",
        ],
        ("Higher volume reduces the runtime.", "Runtime decreases at high volume."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} gets around {on} hours with noise cancelling on and up to {off} hours with it off.",
            "Battery life is pretty solid: about {on} hours with noise cancelling, or {off} without.",
        ),
        [
            "A {qmins}-minute quick charge gives about {quick} hours",
            "A full charge takes {full}",
            "Quick charging works best with an 18 W USB-C charger",
        ],
        (
            "You might want to lower the volume a bit if you need it to last longer.",
            "Keep in mind that higher volume may shorten the runtime.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_model_diff(rng: random.Random) -> Scenario:
    fam = pick(rng, ("Aurora X", "Tempo T", "PulseFit S", "Zenith Z", "Kestrel K"))
    n = rng.randint(2, 6)
    base = rng.randint(80, 400)
    v = {
        "a": f"{fam}{n}",
        "b": f"{fam}{n} Pro",
        "pa": Money(f"{base}.99"),
        "pb": Money(f"{base + rng.choice((50, 70, 100, 150))}.99"),
        "extra": rng.choice((4, 6, 8, 10)),
        "feat": pick(rng, ("active noise cancelling", "wireless charging", "a brighter display", "a metal body")),
    }
    prompts = (
        "What's the difference between the {a} and the {b}?",
        "Is the {b} worth the extra money over the {a}?",
        "I can't decide between the {a} at {pa} and the {b} at {pb}. Help?",
        "{a} vs {b} - which should I get?",
        "Could you explain what I actually get with the {b} compared to the regular {a}?",
    )
    u = us(
        rng,
        (
            "The {b} adds {feat} and {extra} more hours of battery, and it costs {pb} versus {pa} for the {a}.",
            "The big differences are {feat} and {extra} extra hours of battery on the {b}, which is {pb}, while "
            "the {a} is {pa}.",
        ),
        (
            "Otherwise they're the same inside, with the same chip and warranty.",
            "Everything else, like the chip and warranty, is identical.",
        ),
        (
            "If you don't need {feat}, the {a} is great value.",
            "Don't care about {feat}? The {a} will do the job and save you money.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the {a} and the {b}",
        "The {b} offers {feat} and approximately {extra} additional hours of battery life, and it is priced at "
        "{pb}, while the {a} is priced at {pa}.",
        "Apart from these points, both models share the same chip and the same warranty.",
        (
            "If {feat} is not essential for your use, would you perhaps consider the {a}, which may offer very good "
            "value.",
            "It may be helpful to consider whether {feat} is important to you, as the {a} otherwise offers "
            "excellent value.",
        ),
    )
    d = de(
        rng,
        (
            "The {b} differs from the {a} in two points: {feat} and {extra} hours of additional battery life.",
            "Differences between {a} and {b}: {feat} and {extra} additional hours of battery life.",
        ),
        [
            "Price {a}: {pa}.",
            "Price {b}: {pb}.",
            "Chip, storage options and warranty period are identical.",
            "Both models are available in the app and in all stores.",
        ],
        ("Select the {b} only if {feat} is required.", "The {a} is sufficient if {feat} is not required."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The main differences are {feat} and extra battery life on the {b}.",
            "Both are solid choices, but the {b} adds a couple of extras.",
        ),
        [
            "The {b} has {feat}",
            "It gets about {extra} more hours of battery",
            "The {a} is {pa} and the {b} is {pb}",
            "Chip and warranty are the same",
        ],
        (
            "You might want to go for the {a} if {feat} isn't important to you.",
            "If you don't need {feat}, the {a} may be the better value.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_water(rng: random.Random) -> Scenario:
    v = {"product": product(rng, "watch"), "atm": rng.choice((5, 10))}
    prompts = (
        "Can I swim with the {product}?",
        "Is the {product} waterproof enough for the shower?",
        "Going on a beach holiday. Is the {product} okay in the sea?",
        "what's the water rating on the {product}",
        "Will the {product} survive a sauna session or a hot tub?",
    )
    u = us(
        rng,
        (
            "Yep, the {product} is rated {atm} ATM, so pool and sea swimming are fine.",
            "You can swim with it, since the {product} is water resistant to {atm} ATM.",
        ),
        (
            "Don't take it into the sauna, hot tub or hot showers, and it's not meant for diving.",
            "Just skip saunas, hot tubs and diving, since heat and high pressure can damage the seals.",
        ),
        (
            "Rinse it with fresh water after the sea and let it dry before charging.",
            "After saltwater, give it a rinse in fresh water and dry it before you charge it.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the water resistance of the {product}",
        "The {product} is rated at {atm} ATM, which means it may be worn while swimming in a pool or in the sea.",
        (
            "However, we would kindly advise against using it in saunas, hot tubs, hot showers, or for diving, as "
            "heat and high pressure may affect the seals.",
            "Please allow us to mention that saunas, hot tubs, hot showers and diving are not recommended, since "
            "heat and pressure may damage the seals.",
        ),
        "After swimming in the sea, it may be helpful to rinse the watch with fresh water and let it dry fully "
        "before charging.",
    )
    d = de(
        rng,
        (
            "The {product} is water resistant to {atm} ATM and suitable for swimming.",
            "Water resistance of the {product}: {atm} ATM. Swimming in pool and sea is permitted.",
        ),
        [
            "Do not use it in saunas, hot tubs or hot showers.",
            "Do not use it for diving.",
            "Rinse with fresh water after contact with saltwater.",
            "Dry completely before charging.",
        ],
        (
            "Water damage caused by misuse is not covered by the warranty.",
            "Damage from heat or pressure is excluded from the warranty.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} is rated {atm} ATM, so swimming should be fine.",
            "You can usually swim with the {product}, as it's rated {atm} ATM.",
        ),
        [
            "Pool and sea swimming are okay",
            "Avoid saunas, hot tubs, hot showers and diving",
            "Rinse with fresh water after the sea",
            "Dry it before charging",
        ],
        (
            "You might want to turn on the water lock feature while swimming.",
            "It may be worth enabling water lock before you get in the pool.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_router(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "router"),
        "nodes": rng.choice((3, 4, 6)),
        "ports": rng.choice((3, 4)),
        "devices": rng.choice((100, 150, 200)),
    }
    prompts = (
        "Does the {product} support Wi-Fi 6E and mesh?",
        "Can I add extra nodes to the {product} to cover a bigger house?",
        "How many devices can the {product} handle? We have a lot of smart home stuff.",
        "{product} - wifi 6e? wpa3? how many ethernet ports?",
        "Before I buy the {product}, can you tell me if it works as a mesh system?",
    )
    u = us(
        rng,
        (
            "Yep, the {product} supports Wi-Fi 6E and mesh with up to {nodes} nodes.",
            "It does: Wi-Fi 6E, WPA3 and mesh with as many as {nodes} nodes.",
        ),
        (
            "It's built for up to {devices} connected devices and has {ports} Ethernet ports on the back.",
            "You can connect up to {devices} devices, and there are {ports} Ethernet ports.",
        ),
        (
            "To add a node, open the app, tap Network, then Add node, and follow the prompts.",
            "Adding a node's easy: open the app, go to Network > Add node, and follow along.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the features of the {product}",
        "We are pleased to confirm that the {product} supports Wi-Fi 6E and WPA3, and it may be expanded into a "
        "mesh system with up to {nodes} nodes.",
        "It is designed for up to {devices} connected devices and offers {ports} Ethernet ports.",
        (
            "Should you wish to add a node, it may be helpful to open our app, select Network and then Add node, "
            "and follow the instructions shown.",
            "If it is convenient for you, additional nodes can be added in our app under Network and then Add node.",
        ),
    )
    d = de(
        rng,
        (
            "The {product} supports Wi-Fi 6E, WPA3 and mesh with a maximum of {nodes} nodes.",
            "Specification of the {product}: Wi-Fi 6E, WPA3, mesh with up to {nodes} nodes.",
        ),
        [
            "Open the app and select Network > Add node.",
            "Place the new node within 10 metres of the router for setup.",
            "Follow the on-screen instructions.",
        ],
        (
            "Capacity: maximum {devices} devices. Ethernet ports: {ports}.",
            "The router supports up to {devices} devices and has {ports} Ethernet ports.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        ("The {product} supports Wi-Fi 6E and can be part of a mesh system.", "Yes, it has Wi-Fi 6E and mesh support."),
        [
            "Mesh with up to {nodes} nodes",
            "Up to {devices} connected devices",
            "{ports} Ethernet ports and WPA3 security",
            "Add nodes in the app under Network > Add node",
        ],
        (
            "You might want to place the first node halfway between the router and the far rooms.",
            "It's often best to put nodes halfway to the areas with weak signal.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_vesa(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "tv", "monitor"),
        "vesa": rng.choice(("100 x 100", "200 x 200", "300 x 300", "400 x 300")),
        "screw": rng.choice(("M4", "M6", "M8")),
        "depth": rng.choice((10, 12, 15)),
    }
    prompts = (
        "What VESA size is the {product}? I want to wall-mount it.",
        "Will a standard wall bracket fit the {product}?",
        "Which screws do I need to mount the {product}?",
        "vesa pattern for {product}?",
        "I bought a mount online. How do I check it fits my {product}?",
    )
    u = us(
        rng,
        (
            "The {product} uses a {vesa} VESA pattern, so any bracket that lists {vesa} will fit.",
            "It's {vesa} VESA, and any mount rated for that pattern works.",
        ),
        (
            "You'll need {screw} screws that go in {depth} mm, which usually come with the bracket.",
            "Use {screw} screws with {depth} mm of thread inside the TV, most brackets include them.",
        ),
        (
            "Don't force longer screws in, since they can damage the panel.",
            "Don't use anything longer, or you risk hitting the panel.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "wall mounting the {product}",
        "The {product} uses a VESA pattern of {vesa}, so any wall bracket that supports {vesa} should be suitable.",
        (
            "The mounting requires {screw} screws that enter the back by {depth} mm, which are usually supplied with "
            "the bracket.",
            "Please allow us to add that {screw} screws with a depth of {depth} mm are required, and these are "
            "normally included with the bracket.",
        ),
        "We would kindly advise against using longer screws, as they may damage the panel.",
    )
    d = de(
        rng,
        ("The {product} uses the VESA pattern {vesa}.", "VESA pattern of the {product}: {vesa}."),
        [
            "Select a bracket specified for VESA {vesa}.",
            "Use {screw} screws.",
            "Screw depth inside the housing: maximum {depth} mm.",
            "Check the load rating of the bracket against the device weight.",
        ],
        ("Longer screws damage the panel and void the warranty.", "Screws exceeding {depth} mm can damage the panel."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} has a {vesa} VESA pattern, so most brackets listing that size will fit.",
            "Checking VESA is the right first step, and the {product} uses {vesa}.",
        ),
        ["VESA pattern: {vesa}", "Screws: {screw}", "Maximum screw depth: {depth} mm"],
        (
            "You might want to double-check the bracket's weight rating too.",
            "It's a good idea to confirm the weight limit on the bracket as well.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_in_box(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "phone", "tablet", "watch", "laptop"),
        "watts": rng.choice((20, 30, 45, 65)),
        "price": money(rng, 19, 49),
    }
    prompts = (
        "Does the {product} come with a charger?",
        "What's in the box with the {product}? Is there a power adapter?",
        "I just opened my {product} and there's only a cable. Is the charger missing?",
        "charger included with {product} or not",
        "Which power adapter do you recommend for the {product}, and how much is it?",
    )
    u = us(
        rng,
        (
            "The {product} comes with a USB-C cable but no wall charger, so nothing's missing.",
            "Nope, there's no charger in the box, only a USB-C cable.",
        ),
        (
            "We recommend our {watts} W USB-C adapter, which is {price} in the app or in store.",
            "For the fastest charging, grab our {watts} W USB-C adapter for {price}.",
        ),
        (
            "Any USB-C charger you already own will work too, it'll just charge slower if it's under {watts} W.",
            "Got another USB-C charger at home? It'll work fine, just a bit slower below {watts} W.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the contents of the {product} package",
        "Please allow us to explain that the {product} is supplied with a USB-C cable, and a wall charger is not "
        "included, so nothing is missing from your package.",
        (
            "For the fastest charging, we would recommend our {watts} W USB-C adapter, which is available for "
            "{price} in our app and stores.",
            "If it is convenient for you, our {watts} W USB-C adapter, priced at {price}, provides the fastest "
            "charging.",
        ),
        "Any USB-C charger you already own may also be used, although charging will be slower below {watts} W.",
    )
    d = de(
        rng,
        (
            "The {product} is supplied with a USB-C cable. A power adapter is not included.",
            "Scope of delivery: {product} and USB-C cable. No power adapter.",
        ),
        [
            "Recommended adapter: {watts} W USB-C, price {price}.",
            "Existing USB-C adapters are compatible.",
            "Adapters below {watts} W charge more slowly.",
            "Use only USB-C cables rated for at least 3 A.",
        ],
        ("The adapter is available in the app and in stores.", "Order the adapter in the app or buy it in store."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} only comes with a USB-C cable, so there's no charger in the box.",
            "Many devices ship without a charger now, and the {product} is one of them.",
        ),
        [
            "Included: USB-C cable",
            "Recommended: {watts} W USB-C adapter for {price}",
            "Other USB-C chargers work, but slower below {watts} W",
        ],
        (
            "You might want to check if you already have a suitable charger at home.",
            "It may be worth trying a charger you already own first.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_ram(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "laptop"),
        "gb": rng.choice((8, 16, 32)),
        "tb": rng.choice((2, 4)),
        "screws": rng.choice((6, 8, 10)),
    }
    prompts = (
        "Can I upgrade the RAM in the {product} later?",
        "Is the storage in the {product} replaceable? I might need more space.",
        "Thinking about the {product} for work. Is memory soldered or swappable?",
        "is the ram or ssd upgradable on the {product}?",
        "Will opening the {product} to add an SSD void my warranty?",
    )
    u = us(
        rng,
        (
            "The RAM in the {product} is soldered at {gb} GB, so it can't be upgraded, but the SSD can.",
            "You can't add RAM, it's fixed at {gb} GB, but you can swap the SSD.",
        ),
        (
            "There's one M.2 slot that takes drives up to {tb} TB. Just remove the {screws} screws on the bottom "
            "panel.",
            "Undo the {screws} bottom screws and you'll find an M.2 slot that supports up to {tb} TB.",
        ),
        (
            "Opening the panel won't void your warranty, as long as nothing gets damaged.",
            "And don't worry, opening it up doesn't void the warranty unless something's damaged.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "upgrading the {product}",
        "The memory of the {product} is soldered at {gb} GB and unfortunately cannot be upgraded, while the "
        "storage may be replaced.",
        (
            "There is one M.2 slot that supports drives of up to {tb} TB, which can be reached by removing the "
            "{screws} screws on the bottom panel.",
            "Please allow us to explain that, after removing the {screws} screws of the bottom panel, an M.2 slot "
            "for drives up to {tb} TB is accessible.",
        ),
        "Opening the panel does not void the warranty, provided that no damage occurs during the work.",
    )
    d = de(
        rng,
        (
            "The RAM of the {product} is soldered ({gb} GB) and cannot be upgraded. The SSD is replaceable.",
            "RAM: {gb} GB, soldered, not upgradable. SSD: replaceable.",
        ),
        [
            "Switch off the laptop and disconnect the power supply.",
            "Remove the {screws} screws of the bottom panel.",
            "Replace the SSD in the M.2 slot. Maximum capacity: {tb} TB.",
        ],
        (
            "Opening the panel does not void the warranty. Damage caused during the work is not covered.",
            "Warranty remains valid after opening, except for damage caused by the work.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The RAM is soldered at {gb} GB, but the SSD can be upgraded.",
            "Memory can't be upgraded on the {product}, but storage can.",
        ),
        [
            "RAM: {gb} GB, soldered",
            "SSD: one M.2 slot, up to {tb} TB",
            "Access: remove the {screws} screws on the bottom panel",
        ],
        (
            "Opening it shouldn't void the warranty, but you might want to be careful with the connectors.",
            "The warranty stays valid if nothing is damaged, so it may help to use the right screwdriver.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_restock(rng: random.Random) -> Scenario:
    v = {"product": product(rng), "date": a_date(rng), "limit": rng.choice((2, 3))}
    prompts = (
        "When will the {product} be back in stock?",
        "The {product} has been sold out for weeks. Any idea when you'll get more?",
        "Can I pre-order the {product} while it's out of stock?",
        "any restock date for the {product}??",
        "I'd like to buy two {product} units as gifts. When are they available again?",
    )
    u = us(
        rng,
        ("We're expecting the {product} back in stock on {date}.", "The {product} should be back on {date}."),
        (
            "Tap Notify me on the product page and we'll email you the moment it's live.",
            "Hit Notify me on the product page, and you'll get an email as soon as it's available.",
        ),
        (
            "Pre-orders aren't open, and there's a limit of {limit} per customer at restock.",
            "We can't take pre-orders, and it's capped at {limit} per customer when it returns.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the availability of the {product}",
        "We are sorry that the {product} is currently out of stock, and we expect it to be available again on {date}.",
        (
            "If it is convenient for you, selecting Notify me on the product page will ensure that an email is sent "
            "to you as soon as it becomes available.",
            "It may be helpful to select Notify me on the product page, so that we may inform you by email as soon "
            "as it is available.",
        ),
        "Unfortunately, pre-orders cannot be accepted, and purchases will be limited to {limit} units per "
        "customer at restock.",
    )
    d = de(
        rng,
        ("The {product} is expected back in stock on {date}.", "Expected restock date of the {product}: {date}."),
        [
            "Open the product page of the {product} in the app or on the website.",
            "Select Notify me and confirm the email address.",
            "An email is sent as soon as the product is available.",
            "Complete the purchase promptly. Stock at restock is limited.",
        ],
        (
            "Pre-orders are not possible. Limit at restock: {limit} units per customer.",
            "No pre-orders. Maximum {limit} units per customer.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} is expected back in stock on {date}.",
            "It looks like the {product} should be available again on {date}.",
        ),
        [
            "Tap Notify me on the product page to get an email",
            "Pre-orders aren't available",
            "There's a limit of {limit} per customer at restock",
        ],
        (
            "You might want to sign up for the notification, since restocks can sell out quickly.",
            "It may be worth setting the alert, as popular items tend to go fast.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_speaker(rng: random.Random) -> Scenario:
    v = {"product": product(rng, "speaker"), "rooms": rng.choice((4, 6, 8)), "bt": rng.choice(("5.0", "5.2", "5.3"))}
    prompts = (
        "Does the {product} need a subscription to work?",
        "Can I group the {product} with other speakers for multi-room audio?",
        "What streaming services does the {product} support? I use Spotify mostly.",
        "is there a voice assistant built into the {product}",
        "Can I use the {product} without Wi-Fi, just Bluetooth from my phone?",
    )
    u = us(
        rng,
        (
            "No subscription's needed, the {product} works out of the box with its built-in voice assistant.",
            "There's no subscription, and the voice assistant's built right in.",
        ),
        (
            "It supports Spotify Connect, AirPlay 2 and Bluetooth {bt}, so it works without Wi-Fi too.",
            "You can stream with Spotify Connect or AirPlay 2, or skip Wi-Fi and use Bluetooth {bt}.",
        ),
        (
            "For multi-room, group up to {rooms} speakers in the app under Rooms.",
            "Want multi-room? Link up to {rooms} speakers in the app's Rooms tab.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the features of the {product}",
        "We are pleased to confirm that the {product} does not require any subscription, and it includes a "
        "built-in voice assistant.",
        "It supports Spotify Connect, AirPlay 2 and Bluetooth {bt}, so it may also be used without Wi-Fi.",
        (
            "Should you wish to enjoy multi-room audio, up to {rooms} speakers can be grouped under Rooms in our app.",
            "If it is convenient for you, up to {rooms} speakers may be grouped for multi-room audio in the Rooms "
            "section of our app.",
        ),
    )
    d = de(
        rng,
        (
            "The {product} requires no subscription and has a built-in voice assistant.",
            "No subscription is required for the {product}. A voice assistant is integrated.",
        ),
        [
            "Connect the speaker to Wi-Fi in the app under Devices > Add speaker.",
            "Streaming: Spotify Connect and AirPlay 2 via Wi-Fi.",
            "Bluetooth {bt} for use without Wi-Fi.",
            "Multi-room: group a maximum of {rooms} speakers in the app under Rooms.",
        ],
        ("Voice control requires a Wi-Fi connection.", "The voice assistant only works with Wi-Fi."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} doesn't need a subscription, and it has a voice assistant built in.",
            "You won't need a subscription for the {product}.",
        ),
        [
            "Supports Spotify Connect and AirPlay 2",
            "Bluetooth {bt} works without Wi-Fi",
            "Group up to {rooms} speakers in the Rooms tab",
        ],
        (
            "You might want to connect it to Wi-Fi anyway, since voice control needs it.",
            "Keep in mind the voice assistant may need Wi-Fi to work.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_lens(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "camera"),
        "old": f"Photon P{rng.randint(1, 4)}",
        "adapter": f"PX-A{rng.randint(1, 3)}",
    }
    prompts = (
        "Will my old lenses from the {old} fit the {product}?",
        "I have a bag of {old} lenses. Can I use them on the new {product}?",
        "Is there a lens adapter for the {product}?",
        "{old} lens on {product} - does autofocus work?",
        "Before upgrading to the {product}, I'd like to know if my existing lenses are compatible.",
    )
    u = us(
        rng,
        (
            "Yep, your {old} lenses fit the {product} with the {adapter} adapter.",
            "They'll work, you'll just need the {adapter} mount adapter.",
        ),
        (
            "Autofocus works for photos, but it's slower for video, so manual focus is better there.",
            "Photo autofocus is fine, though video focusing's slower, so you might switch to manual for filming.",
        ),
        (
            "Update the camera firmware first under Settings > System > Update.",
            "Make sure the camera's on the latest firmware, under Settings > System > Update.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "using your {old} lenses",
        "We are pleased to confirm that your {old} lenses may be used with the {product} by means of the "
        "{adapter} adapter.",
        (
            "Autofocus works well for photography, although it is slower during video recording, so it may be "
            "helpful to use manual focus when filming.",
            "Please allow us to mention that autofocus works for photos but is slower for video, and manual focus "
            "may therefore be more comfortable for filming.",
        ),
        "We would also kindly recommend updating the camera firmware beforehand under Settings, System, and "
        "then Update.",
    )
    d = de(
        rng,
        (
            "{old} lenses are compatible with the {product} via the {adapter} adapter.",
            "Compatibility: {old} lenses on the {product} require the {adapter} adapter.",
        ),
        [
            "Update the camera firmware under Settings > System > Update.",
            "Switch off the camera before changing lenses.",
            "Attach the {adapter} adapter, then the lens.",
            "Use manual focus for video. Autofocus in video mode is slower.",
        ],
        ("Photo autofocus is fully supported.", "Autofocus for photos is fully supported."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "Your {old} lenses should work on the {product} with the {adapter} adapter.",
            "Good news, those lenses are compatible using the {adapter} adapter.",
        ),
        [
            "Photo autofocus works well",
            "Video autofocus is slower",
            "Update the firmware under Settings > System > Update",
        ],
        ("You might want to use manual focus for video.", "It may help to switch to manual focus when filming."),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


def pq_vacuum(rng: random.Random) -> Scenario:
    v = {"product": product(rng, "vacuum"), "maps": rng.choice((3, 4, 5)), "runs": rng.choice((2, 3))}
    prompts = (
        "Can the {product} clean more than one floor of my house?",
        "We live in a three-storey house. Will the {product} remember each floor?",
        "Does the {product} work on thick carpets as well as wood floors?",
        "{product} multi floor mapping?",
        "How many maps does the {product} save, and can I set no-go zones?",
    )
    u = us(
        rng,
        (
            "Yep, the {product} saves up to {maps} floor maps and knows which floor it's on.",
            "It'll handle multiple floors, storing up to {maps} maps and detecting the floor automatically.",
        ),
        (
            "Just carry it to each floor and let it run {runs} mapping passes, then add no-go zones in the app "
            "under Map.",
            "Carry it up, let it do {runs} mapping runs per floor, then draw no-go zones under Map in the app.",
        ),
        (
            "It boosts suction automatically on carpet, so it's fine on rugs and wood.",
            "Carpet boost kicks in on its own, so rugs and hard floors are both covered.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "using the {product} on several floors",
        "We are pleased to confirm that the {product} can store up to {maps} floor maps and recognises each floor "
        "automatically.",
        (
            "If it is convenient for you, it may be helpful to carry it to each floor and let it complete {runs} "
            "mapping runs, after which no-go zones can be set under Map in our app.",
            "Would you perhaps consider letting it complete {runs} mapping runs on each floor? No-go zones can then "
            "be set under Map in our app.",
        ),
        "Suction is increased automatically on carpets, so it is suitable for both rugs and hard floors.",
    )
    d = de(
        rng,
        (
            "The {product} stores a maximum of {maps} floor maps and detects the floor automatically.",
            "Multi-floor mapping: maximum {maps} maps, automatic floor detection.",
        ),
        [
            "Place the vacuum and its dock on the new floor.",
            "Remove cables and small objects from the floor.",
            "Start {runs} mapping runs from the app.",
            "Set no-go zones in the app under Map and save the map.",
        ],
        ("Carpet boost increases suction automatically on carpets.", "Suction increases automatically on carpet."),
    )
    g = gen(
        rng,
        GEN_Q,
        ("The {product} can save up to {maps} floor maps.", "Multi-floor cleaning is supported on the {product}."),
        [
            "Carry it to each floor and run {runs} mapping passes",
            "It detects the floor automatically",
            "Set no-go zones under Map in the app",
            "Carpet boost handles rugs",
        ],
        (
            "You might want to tidy cables before the first mapping run.",
            "It's a good idea to clear the floor before mapping.",
        ),
    )
    return make("product_questions", rng, prompts, v, u, j, d, g)


PRODUCT_QUESTIONS = (
    pq_bluetooth,
    pq_battery,
    pq_model_diff,
    pq_water,
    pq_router,
    pq_vesa,
    pq_in_box,
    pq_ram,
    pq_restock,
    pq_speaker,
    pq_lens,
    pq_vacuum,
)


# ---------------------------------------------------------------------------------------------------------------
# travel_workplace
# ---------------------------------------------------------------------------------------------------------------


def tw_powerbank(rng: random.Random) -> Scenario:
    k = rng.choice((10, 15, 20))
    v = {
        "product": f"VoltPack {k}K power bank",
        "wh": {10: 37, 15: 55, 20: 74}[k],
        "dest": pick(rng, ("Tokyo", "Lisbon", "Chicago", "Singapore", "Berlin", "Toronto", "Sydney", "Dubai")),
    }
    prompts = (
        "Can I take my {product} on a plane?",
        "Flying to {dest} next week. Is the {product} allowed in my carry-on?",
        "Will airport security let me through with a {product}?",
        "can the {product} go in checked luggage",
        "I travel for work a lot. What's the watt-hour rating of the {product} for airline rules?",
    )
    u = us(
        rng,
        (
            "Yep, the {product} is {wh} Wh, so it's fine in your carry-on.",
            "You're good to fly with it, since the {product} is rated {wh} Wh, under the 100 Wh limit.",
        ),
        (
            "Don't put it in checked luggage though, airlines only allow spare batteries in the cabin.",
            "Just keep it out of checked bags, spare batteries have to stay in the cabin.",
        ),
        (
            "The rating's printed on the back if security asks, and it's smart to check your airline's rules "
            "before you fly.",
            "If security asks, the Wh rating's on the back. It's worth a quick check of your airline's policy too.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "travelling with the {product}",
        "The {product} has a capacity of {wh} Wh, which is below the 100 Wh limit, so it may be taken in your "
        "carry-on baggage without special approval.",
        (
            "However, please allow us to mention that spare batteries are not permitted in checked baggage and "
            "must remain in the cabin.",
            "We would kindly ask that it not be placed in checked baggage, as spare batteries must be carried in "
            "the cabin.",
        ),
        "The rating is printed on the back of the device, and it may be helpful to confirm the policy of your "
        "airline before departure.",
    )
    d = de(
        rng,
        (
            "The {product} has a capacity of {wh} Wh and is permitted in carry-on baggage.",
            "Capacity of the {product}: {wh} Wh. Limit for carry-on baggage without approval: 100 Wh.",
        ),
        [
            "Carry the power bank in the cabin only.",
            "Do not place it in checked baggage.",
            "Show the rating printed on the back if security requests it.",
            "Check the policy of the airline before departure.",
        ],
        ("Power banks above 100 Wh require airline approval.", "Approval is only required above 100 Wh."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} is rated {wh} Wh, which is under the usual 100 Wh limit, so it should be fine in your "
            "carry-on.",
            "Most airlines allow power banks under 100 Wh, and the {product} is {wh} Wh.",
        ),
        ["Keep it in your carry-on", "Don't put it in checked luggage", "The Wh rating is printed on the back"],
        (
            "You might want to check your airline's rules before you fly.",
            "It may be worth confirming with your airline, as policies can vary.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_charger_abroad(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "laptop", "phone", "tablet", "watch"),
        "dest": pick(rng, ("the UK", "Japan", "Italy", "Australia", "the US", "India", "Brazil", "South Korea")),
    }
    prompts = (
        "Will my {product} charger work in {dest}?",
        "Going on a business trip to {dest}. Do I need a voltage converter for the {product}?",
        "Can I plug the {product} charger straight into the sockets in {dest}?",
        "traveling to {dest}, do i need anything special to charge my {product}",
        "Is the {product} charger dual voltage? Heading to {dest} for a conference.",
    )
    u = us(
        rng,
        (
            "Yep, the {product} charger works in {dest}, since it's rated 100 to 240 V.",
            "Good news: the charger's dual voltage (100 to 240 V), so it'll work fine in {dest}.",
        ),
        (
            "You don't need a voltage converter, just a plug adapter for the local sockets.",
            "Skip the converter, all you'll need is a plug adapter that fits the sockets there.",
        ),
        (
            "You can double-check the rating printed on the charger itself.",
            "The input rating's printed on the charger if you want to confirm.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "charging your {product} in {dest}",
        "We are pleased to confirm that the charger of the {product} is rated for 100 to 240 V, so it may be "
        "used in {dest}.",
        (
            "A voltage converter is not necessary, and only a plug adapter suited to the local sockets will be needed.",
            "Please allow us to reassure you that no voltage converter is required; a simple plug adapter for the "
            "local sockets will be sufficient.",
        ),
        "If it is convenient for you, the input rating printed on the charger may be checked for confirmation.",
    )
    d = de(
        rng,
        (
            "The charger of the {product} is rated 100 to 240 V, 50/60 Hz, and can be used in {dest}.",
            "Input rating of the {product} charger: 100 to 240 V, 50/60 Hz. It is suitable for {dest}.",
        ),
        [
            "Verify the input rating printed on the charger.",
            "Use a plug adapter for the local socket type.",
            "Do not use a voltage converter. It is not required.",
        ],
        (
            "Damage caused by unsuitable converters is not covered by the warranty.",
            "Use of a voltage converter can damage the charger.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} charger is rated 100 to 240 V, so it should work in {dest}.",
            "Most modern chargers are dual voltage, and the {product} charger handles 100 to 240 V.",
        ),
        ["No voltage converter needed", "You'll just need a plug adapter", "The rating is printed on the charger"],
        (
            "You might want to pack a spare adapter, just in case.",
            "It may be handy to bring an adapter with a USB port too.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_inflight(rng: random.Random) -> Scenario:
    v = {"product": product(rng, "headphones"), "hours": rng.choice((20, 25, 30, 35))}
    prompts = (
        "Can I use the {product} with the in-flight entertainment system?",
        "Do the {product} come with an airplane adapter?",
        "Long flight tomorrow. Will noise cancelling on the {product} work if I plug them into the seat?",
        "how do i connect {product} to plane screen",
        "I fly every week for work. Are the {product} any good for in-flight movies?",
    )
    u = us(
        rng,
        (
            "Yep, the {product} works with in-flight entertainment using the included cable and airplane adapter.",
            "You sure can, just use the 3.5 mm cable and the two-prong airplane adapter from the box.",
        ),
        (
            "Noise cancelling still works when wired, as long as the headphones are switched on.",
            "Keep them powered on and noise cancelling keeps working over the cable.",
        ),
        (
            "You'll get about {hours} hours with noise cancelling, so charge them before you board.",
            "Battery's good for roughly {hours} hours with noise cancelling, so top them up before the flight.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "using the {product} on a flight",
        "We are pleased to confirm that the {product} may be connected to in-flight entertainment systems with "
        "the included 3.5 mm cable and the two-prong airplane adapter.",
        "Noise cancelling continues to work in wired mode, provided that the headphones are switched on.",
        (
            "The battery lasts approximately {hours} hours with noise cancelling, so it may be helpful to charge "
            "them fully before boarding.",
            "As the battery provides approximately {hours} hours with noise cancelling, we would kindly suggest "
            "charging them before your flight.",
        ),
    )
    d = de(
        rng,
        (
            "The {product} connects to in-flight systems via the included 3.5 mm cable and airplane adapter.",
            "The {product} includes a 3.5 mm cable and a two-prong airplane adapter for in-flight use.",
        ),
        [
            "Insert the airplane adapter into the seat socket.",
            "Connect the cable to the adapter and to the headphones.",
            "Switch the headphones on to use noise cancelling.",
        ],
        (
            "Battery life with noise cancelling: approximately {hours} hours.",
            "Charge the headphones before the flight. Runtime with noise cancelling: {hours} hours.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} should work with in-flight entertainment, since the box includes a cable and an "
            "airplane adapter.",
            "The {product} is great for flights.",
        ),
        [
            "Plug the airplane adapter into the seat",
            "Connect the 3.5 mm cable",
            "Keep the headphones on for noise cancelling",
            "Battery lasts about {hours} hours with noise cancelling",
        ],
        (
            "You might want to charge them fully before boarding.",
            "It's a good idea to top up the battery before you fly.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_hotel_wifi(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "laptop", "tablet", "phone"),
        "hotel": pick(rng, ("the hotel", "my hotel", "the conference hotel", "an Airbnb", "the airport lounge")),
    }
    prompts = (
        "My {product} connects to Wi-Fi at {hotel} but the login page never appears.",
        "How do I get the Wi-Fi sign-in page to show up on my {product}? I'm at {hotel}.",
        "Connected to the Wi-Fi at {hotel} on my {product}, but no internet and no login screen.",
        "{product} won't show the wifi login page at {hotel}",
        "I'm travelling and can't get online at {hotel}. The {product} says connected, no internet.",
    )
    u = us(
        rng,
        (
            "The login page is usually blocked by a VPN or custom DNS, so turn those off first.",
            "That's usually your VPN or private DNS getting in the way of the sign-in page.",
        ),
        (
            "Switch off the VPN, forget the network and reconnect, then open your browser and go to any plain http "
            "site, like example.com.",
            "Turn off the VPN, tap Forget network, reconnect, and open a simple http site like example.com in your "
            "browser.",
        ),
        (
            "Still nothing? Turn off Private DNS in network settings and try again.",
            "If that doesn't work, disable Private DNS under network settings and retry.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the Wi-Fi connection of your {product}",
        "In many cases, the login page is prevented from appearing by an active VPN or a custom DNS setting.",
        (
            "If it is convenient for you, it may be helpful to switch off the VPN, forget the network, reconnect, "
            "and then open a simple http website such as example.com in the browser.",
            "Would you perhaps consider turning off the VPN, forgetting the network and reconnecting, and then "
            "opening a plain http website such as example.com?",
        ),
        "Should the page still not appear, we would kindly suggest disabling Private DNS in the network settings "
        "and trying once more.",
    )
    d = de(
        rng,
        (
            "The login page is usually blocked by an active VPN or a custom DNS setting.",
            "Cause: an active VPN or private DNS blocks the login page.",
        ),
        [
            "Disable the VPN.",
            "Forget the network and reconnect.",
            "Open an http website, for example example.com, in the browser.",
            "If the page does not appear, disable Private DNS in the network settings and repeat step 3.",
        ],
        (
            "If the error persists, contact the hotel reception.",
            "If the problem persists, contact the network operator on site.",
        ),
    )
    g = gen(
        rng,
        GEN_FIX,
        (
            "Hotel login pages can be tricky, and a VPN or custom DNS is often the cause.",
            "Captive portals don't always pop up automatically.",
        ),
        [
            "Turn off your VPN",
            "Forget the network and reconnect",
            "Open a plain http site like example.com",
            "Disable Private DNS if it still doesn't appear",
        ],
        (
            "You might want to ask the front desk if the network has a device limit.",
            "It may also help to check with the front desk.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_projector(rng: random.Random) -> Scenario:
    v = {"product": product(rng, "laptop"), "adapter": f"LinkPort HD{rng.randint(1, 5)}"}
    prompts = (
        "How do I connect my {product} to the projector in our meeting room?",
        "Presentation in ten minutes and the {product} won't show on the office screen. Help.",
        "Which adapter do I need to connect the {product} to an HDMI projector?",
        "{product} to hdmi monitor at work, what cable",
        "The {product} only has USB-C ports. Can it still drive the conference room display?",
    )
    u = us(
        rng,
        (
            "You'll need a USB-C to HDMI adapter, like our {adapter}, since the {product}'s USB-C ports support video.",
            "Grab a USB-C to HDMI adapter such as the {adapter}, and the {product} will output video through it.",
        ),
        (
            "Plug it in, connect the HDMI cable, then press Windows + P and pick Duplicate.",
            "Connect the adapter and HDMI cable, hit Windows + P, and choose Duplicate.",
        ),
        (
            "It supports up to 4K at 60 Hz. If the screen stays blank, check the projector's set to the right HDMI "
            "input.",
            "It'll run up to 4K at 60 Hz. Blank screen? Make sure the projector's on the right input.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "connecting your {product} to a projector",
        "The USB-C ports of the {product} support video output, so a USB-C to HDMI adapter, such as our "
        "{adapter}, will be required.",
        (
            "After connecting the adapter and the HDMI cable, it may be helpful to press Windows and P together and "
            "select Duplicate.",
            "If it is convenient for you, once the adapter and HDMI cable are connected, pressing Windows and P "
            "and selecting Duplicate should display your screen.",
        ),
        "Output of up to 4K at 60 Hz is supported. Should the screen remain blank, we would kindly suggest "
        "confirming that the projector is set to the correct HDMI input.",
    )
    d = de(
        rng,
        (
            "The {product} outputs video via USB-C. A USB-C to HDMI adapter is required, for example the {adapter}.",
            "Video output on the {product} requires a USB-C to HDMI adapter (for example {adapter}).",
        ),
        [
            "Connect the adapter to a USB-C port.",
            "Connect the HDMI cable to the adapter and the projector.",
            "Press Windows + P and select Duplicate.",
            "Set the projector to the corresponding HDMI input.",
        ],
        ("Maximum resolution: 4K at 60 Hz.", "Supported output: up to 4K at 60 Hz."),
    )
    g = gen(
        rng,
        GEN_FIX,
        (
            "You'll need a USB-C to HDMI adapter, such as the {adapter}, for the {product}.",
            "Connecting to a projector is usually quick with the right adapter.",
        ),
        [
            "Use a USB-C to HDMI adapter like the {adapter}",
            "Connect the HDMI cable to the projector",
            "Press Windows + P and choose Duplicate",
            "Supports up to 4K at 60 Hz",
        ],
        (
            "You might want to check the projector's input source if the screen stays blank.",
            "If nothing shows, it may be the projector's input setting.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_roaming(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "phone"),
        "esims": rng.choice((2, 5, 8)),
        "dest": pick(rng, ("Spain", "Canada", "Thailand", "Mexico", "France", "Japan", "Germany", "Vietnam")),
    }
    prompts = (
        "How do I use mobile data on my {product} while I'm in {dest}?",
        "Does the {product} support eSIM? I want a local data plan in {dest}.",
        "My {product} has no internet since I landed in {dest}.",
        "data roaming settings {product}, travelling to {dest}",
        "I've got a work trip to {dest}. Can I add a travel eSIM to the {product} and keep my normal number?",
    )
    u = us(
        rng,
        (
            "Turn on data roaming and you'll be online, or add a local eSIM for {dest}.",
            "Yep, just switch on data roaming, or grab a local eSIM, since the {product} supports both.",
        ),
        (
            "Go to Settings > Network > Mobile network and toggle Data roaming on. For an eSIM, tap Add eSIM on "
            "the same screen.",
            "Open Settings > Network > Mobile network, flip on Data roaming, or tap Add eSIM to scan your travel "
            "plan's QR code.",
        ),
        (
            "It stores up to {esims} eSIMs and keeps your main number active. Check roaming fees with your carrier "
            "first.",
            "You can store up to {esims} eSIMs and your regular number stays on. Check your carrier's roaming fees "
            "first.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "using mobile data in {dest}",
        "The {product} supports both data roaming and eSIM, so there are two convenient options.",
        (
            "If it is convenient for you, data roaming can be switched on under Settings, Network, and Mobile "
            "network, and a local eSIM may be added on the same screen by selecting Add eSIM.",
            "It may be helpful to open Settings, then Network and Mobile network, where Data roaming can be "
            "enabled or a travel eSIM can be added via Add eSIM.",
        ),
        "Up to {esims} eSIMs may be stored while your main number remains active. We would kindly suggest "
        "confirming roaming fees with your carrier beforehand.",
    )
    d = de(
        rng,
        (
            "The {product} supports data roaming and eSIM. A maximum of {esims} eSIM profiles can be stored.",
            "Data roaming and eSIM are supported on the {product} (maximum {esims} eSIM profiles).",
        ),
        [
            "Open Settings > Network > Mobile network.",
            "Enable Data roaming, or select Add eSIM and scan the QR code of the local plan.",
            "Select the data line for mobile data.",
        ],
        (
            "The main number remains active. Roaming fees are charged by the carrier.",
            "Roaming charges depend on the carrier. Check them before departure.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "You can either turn on data roaming or add a local eSIM for {dest}.",
            "The {product} supports eSIM, which is great for travel.",
        ),
        [
            "Go to Settings > Network > Mobile network",
            "Turn on Data roaming",
            "Or tap Add eSIM and scan the QR code",
            "Up to {esims} eSIMs can be stored",
        ],
        (
            "You might want to check roaming fees with your carrier first.",
            "It may be cheaper to use a local eSIM, depending on your carrier.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_work_email(rng: random.Random) -> Scenario:
    v = {"product": product(rng, "phone", "tablet", "laptop")}
    prompts = (
        "How do I set up my work email on the {product}?",
        "My company gave me a {product}. It keeps asking me to install a management profile. Is that safe?",
        "Can you reset my work account password on the {product}?",
        "work email won't sync on my new {product}",
        "IT says I need the Company Portal app on my {product}. What is that?",
    )
    u = us(
        rng,
        (
            "Work email on the {product} is set up through your company's Company Portal app, not by us.",
            "Your IT team handles that, through the Company Portal app.",
        ),
        (
            "Install Company Portal from the app store, sign in with your work account, and accept the work "
            "profile. It keeps work data separate and is safe.",
            "Download Company Portal, log in with your work email, and approve the work profile, which is safe "
            "and separate from your personal stuff.",
        ),
        (
            "We can't see or reset company accounts, so contact your IT team for passwords or sync errors.",
            "We don't have access to company accounts, so your IT team's the one to ask about passwords or sync.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "setting up your work email on the {product}",
        "Work email is usually configured through the Company Portal app provided by your employer.",
        (
            "It may be helpful to install Company Portal from the app store, sign in with your work account, and "
            "accept the work profile, which safely keeps work data separate from personal data.",
            "If it is convenient for you, please install Company Portal, sign in with your work account and accept "
            "the work profile; this is safe and keeps work data separate.",
        ),
        "We regret that we are unable to access or reset company accounts, so we would kindly ask you to "
        "contact your IT department regarding passwords or synchronisation.",
    )
    d = de(
        rng,
        (
            "Work email on the {product} is configured via the Company Portal app of the employer.",
            "Configuration of work email is managed by the employer via Company Portal.",
        ),
        [
            "Install Company Portal from the app store.",
            "Sign in with the work account.",
            "Accept the work profile. Work and personal data remain separated.",
        ],
        (
            "Support has no access to company accounts. Contact the IT department for passwords and sync errors.",
            "Password resets and sync errors are handled by the IT department, not by support.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "Work email is usually set up through your company's Company Portal app.",
            "Company devices are usually managed by your IT team.",
        ),
        [
            "Install Company Portal from the app store",
            "Sign in with your work account",
            "Accept the work profile, which keeps work and personal data separate",
        ],
        (
            "You might want to contact your IT department for password or sync issues, since support can't access "
            "company accounts.",
            "For passwords, it's best to ask your IT team directly.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_timezone(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "watch"),
        "dest": pick(rng, ("New York", "Seoul", "London", "Melbourne", "Paris", "Mumbai", "Osaka", "Madrid")),
    }
    prompts = (
        "Will my {product} switch time zones automatically when I fly to {dest}?",
        "Just landed in {dest} and the {product} is still showing home time.",
        "How do I change the time zone on the {product}?",
        "{product} wrong time after travel",
        "Can the {product} show both home time and {dest} time?",
    )
    u = us(
        rng,
        (
            "Yep, the {product} updates the time zone once it syncs with your phone.",
            "It'll switch automatically as soon as it syncs with your phone after you land.",
        ),
        (
            "Open the app and tap Sync if it hasn't caught up. To set it yourself, go to Device > Time > Set manually.",
            "If it's still on home time, tap Sync in the app, or go to Device > Time > Set manually.",
        ),
        (
            "Want both times? Add the Dual time widget on the watch face.",
            "There's a Dual time widget too, so you can see home and local time together.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the time zone of your {product}",
        "The {product} updates its time zone automatically once it synchronises with your phone.",
        (
            "Should it still show home time, it may be helpful to select Sync in our app, or to set the time under "
            "Device, Time, and Set manually.",
            "If the time has not changed, would you perhaps consider selecting Sync in our app, or setting it under "
            "Device, Time, and Set manually.",
        ),
        "Should you wish to see both times, the Dual time widget may be added to the watch face.",
    )
    d = de(
        rng,
        (
            "The {product} adjusts the time zone automatically after synchronisation with the phone.",
            "Time zone changes are applied automatically on the next sync with the phone.",
        ),
        [
            "Open the app and select Sync.",
            "If the time is still incorrect, select Device > Time > Set manually.",
            "To show two time zones, add the Dual time widget to the watch face.",
        ],
        (
            "Synchronisation requires Bluetooth to be enabled on the phone.",
            "Bluetooth must be enabled on the phone for synchronisation.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "The {product} should update the time zone automatically after syncing with your phone.",
            "Time zones usually update once the watch syncs.",
        ),
        ["Tap Sync in the app", "Or set it manually under Device > Time", "Add the Dual time widget to see both times"],
        (
            "You might want to keep Bluetooth on so it syncs quickly.",
            "It may help to make sure Bluetooth is enabled on your phone.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_office_delivery(rng: random.Random) -> Scenario:
    v = {"product": product(rng), "order": order_no(rng), "date": a_date(rng)}
    prompts = (
        "Can I have order {order} delivered to my office instead of home?",
        "I'd like the {product} sent to work. Will reception be able to sign for it?",
        "Do you deliver to business addresses? My {product} is scheduled for {date}.",
        "change delivery address to my workplace for {order}",
        "Is it okay to ship the {product} to the office on {date}? We're closed weekends.",
    )
    u = us(
        rng,
        (
            "Yep, you can switch order {order} to your office, and it's due on {date}.",
            "Sure, we deliver to workplaces, and your order's set for {date}.",
        ),
        (
            "In the app, open Orders > {order} > Change address and add your company name and floor.",
            "Head to Orders > {order}, tap Change address, and include the company name and floor.",
        ),
        (
            "Someone at reception can sign for it. We only deliver Monday to Friday, so weekends aren't an issue.",
            "Reception can sign on your behalf, and since we deliver on weekdays only, weekend closures won't matter.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "delivering order {order} to your workplace",
        "We are pleased to confirm that delivery to a business address is possible, and your {product} is "
        "currently scheduled for {date}.",
        (
            "If it is convenient for you, the address can be changed under Orders, {order}, and Change address in "
            "our app, and it may be helpful to include the company name and floor.",
            "It may be helpful to select Orders, {order}, and Change address in our app, and to add the company "
            "name and floor.",
        ),
        "A member of your reception team may sign on your behalf, and please allow us to mention that deliveries "
        "take place from Monday to Friday only.",
    )
    d = de(
        rng,
        (
            "Order {order} can be delivered to a business address. Scheduled delivery: {date}.",
            "Delivery to a business address is possible. Order {order} is scheduled for {date}.",
        ),
        [
            "Open the app and select Orders > {order} > Change address.",
            "Enter the company name, street address and floor.",
            "Confirm the change before the dispatch notification.",
        ],
        (
            "Reception staff may sign for the delivery. Deliveries take place Monday to Friday.",
            "Signature by reception is accepted. No weekend deliveries.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "Delivering to your office is usually no problem, and the order is scheduled for {date}.",
            "You can send order {order} to your workplace.",
        ),
        [
            "Go to Orders > {order} > Change address",
            "Add the company name and floor",
            "Reception can sign for it",
            "Deliveries are Monday to Friday",
        ],
        (
            "You might want to let reception know it's coming on {date}.",
            "It may help to give reception a heads-up for {date}.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_bulk_order(rng: random.Random) -> Scenario:
    v = {
        "product": product(rng, "laptop", "monitor", "headphones", "tablet"),
        "n": rng.choice((10, 12, 20, 25, 40)),
        "pct": rng.choice((5, 8, 10, 12)),
        "min": Money(pick(rng, ("1000", "2000", "2500", "5000"))),
        "terms": rng.choice((14, 30)),
    }
    prompts = (
        "We need {n} units of the {product} for our team. Do you offer business discounts?",
        "I'm buying {product} units for a new office. Is there bulk pricing?",
        "Can our company get invoiced for {n} {product} units instead of paying by card?",
        "business account discount on {product}?",
        "Our startup is equipping {n} new hires. What's the process for ordering the {product} in bulk?",
    )
    u = us(
        rng,
        (
            "Yep, with a free business account you'll get {pct}% off orders over {min}.",
            "Easy: a free business account gets you {pct}% off any order above {min}.",
        ),
        (
            "Sign up under Business in the app with your company's tax ID, then order the {product} as usual.",
            "Register under Business with your tax ID, and the discount's applied automatically at checkout.",
        ),
        (
            "You can pay by invoice with {terms}-day terms instead of a card, and we'll add your tax ID to every "
            "invoice.",
            "Invoice payment with {terms}-day terms is available, and your tax ID shows on each invoice.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "purchasing the {product} for your team",
        "We would be pleased to offer a discount of {pct}% on orders above {min} through a free business account.",
        (
            "If it is convenient for you, the account can be opened under Business in our app with your company "
            "tax ID, after which the discount is applied automatically at checkout.",
            "It may be helpful to register under Business in our app using your company tax ID, and the discount "
            "will then be applied automatically.",
        ),
        "Payment by invoice with {terms}-day terms is also available, and your tax ID will appear on every invoice.",
    )
    d = de(
        rng,
        (
            "Business accounts receive {pct}% discount on orders above {min}.",
            "Discount for business accounts: {pct}% on orders exceeding {min}.",
        ),
        [
            "Open the app and select Business > Register.",
            "Enter the company name and tax ID.",
            "Order the {product} units. The discount is applied at checkout.",
            "Select payment by invoice ({terms}-day terms).",
        ],
        ("The tax ID is printed on every invoice.", "All invoices state the company tax ID."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "Business accounts get {pct}% off orders over {min}, which would cover {n} units of the {product}.",
            "Bulk orders are definitely supported through a business account.",
        ),
        [
            "Register under Business in the app",
            "Add your company tax ID",
            "Get {pct}% off orders over {min}",
            "Pay by invoice with {terms}-day terms",
        ],
        (
            "You might want to set up the account before placing the order so the discount applies.",
            "It may be easiest to register first and then order.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_security(rng: random.Random) -> Scenario:
    v = {"product": product(rng, "laptop", "tablet", "phone"), "mins": rng.choice((2, 3, 5))}
    prompts = (
        "What should I do to keep my {product} secure while travelling for work?",
        "I'm going to a trade fair. Any tips to protect the {product} if it gets stolen?",
        "Is it safe to charge my {product} at public USB ports in airports?",
        "travel security settings for {product}",
        "Our company wants staff to lock down their {product} before business trips. What do you recommend?",
    )
    u = us(
        rng,
        (
            "Turn on encryption and Find My Device before you go, and you're mostly covered.",
            "The big two are encryption and Find My Device, so switch both on before you leave.",
        ),
        (
            "Set the screen to lock after {mins} minutes under Settings > Security, and check Find My Device is "
            "on in the same menu.",
            "In Settings > Security, turn on encryption, set auto-lock to {mins} minutes, and enable Find My Device.",
        ),
        (
            "Skip public USB charging ports and use your own charger and a wall socket instead.",
            "Don't use public USB ports, plug your own charger into a wall socket.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "protecting your {product} while travelling",
        "It may be most helpful to enable encryption and Find My Device before departure.",
        (
            "If it is convenient for you, both can be set under Settings and Security, where we would also "
            "recommend setting the screen to lock after {mins} minutes.",
            "These can be found under Settings and Security, and we would kindly suggest setting the automatic "
            "lock to {mins} minutes as well.",
        ),
        "We would also gently advise against public USB charging ports, and suggest using your own charger with "
        "a wall socket instead.",
    )
    d = de(
        rng,
        (
            "Encryption and Find My Device must be enabled before travel.",
            "Before travel, enable encryption and Find My Device on the {product}.",
        ),
        [
            "Open Settings > Security.",
            "Enable encryption.",
            "Set automatic lock to {mins} minutes.",
            "Enable Find My Device.",
            "Charge only with your own charger at a wall socket. Do not use public USB ports.",
        ],
        ("Report a lost device immediately via Find My Device.", "In case of loss, lock the device remotely."),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "There are a few simple steps that can really help keep your {product} safe.",
            "Travel security is worth a few minutes of setup.",
        ),
        [
            "Turn on encryption under Settings > Security",
            "Set auto-lock to {mins} minutes",
            "Enable Find My Device",
            "Avoid public USB charging ports",
        ],
        (
            "You might want to use your own charger with a wall socket instead.",
            "It may also be wise to back up before you leave.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_call_mic(rng: random.Random) -> Scenario:
    v = {"product": product(rng, "headphones", "earbuds"), "laptop": product(rng, "laptop")}
    prompts = (
        "People on my video calls can't hear me through the {product}.",
        "The {product} mic doesn't work in meetings on my {laptop}, but music plays fine.",
        "Working from a hotel and my colleagues say my {product} sounds muffled. Any fix?",
        "mic not working on {product} during calls",
        "Why does my {laptop} keep using its own microphone instead of the {product}?",
    )
    u = us(
        rng,
        (
            "Your call app's probably still using the laptop mic, so switch the input to the {product}.",
            "It's almost always the input setting, so pick the {product} as your microphone in the call app.",
        ),
        (
            "In the meeting app, open Audio settings and choose the {product} under Microphone. Check the mute "
            "button on the headset isn't on, too.",
            "Go to Audio settings in the call app, select the {product} as the mic, and make sure the headset's "
            "mute isn't on.",
        ),
        (
            "Still muffled? Update the firmware in the app and allow mic access under the {laptop}'s privacy settings.",
            "If it's still off, update the firmware and check mic permissions in the {laptop}'s privacy settings.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "the microphone of the {product}",
        "In most cases, the call application is still using the built-in microphone of the {laptop}.",
        (
            "It may be helpful to open the audio settings of the call application and select the {product} as the "
            "microphone, and to confirm that the mute button on the headset is not active.",
            "If it is convenient for you, please select the {product} as the microphone in the audio settings of "
            "the call application and kindly check that the headset is not muted.",
        ),
        "Should the sound remain muffled, we would kindly suggest updating the firmware in our app and allowing "
        "microphone access in the privacy settings of the laptop.",
    )
    d = de(
        rng,
        (
            "The call application usually still uses the built-in microphone of the {laptop}.",
            "Cause: the input device in the call application is set to the laptop microphone.",
        ),
        [
            "Open the audio settings of the call application.",
            "Select the {product} as microphone.",
            "Check that the mute button on the headset is off.",
            "Allow microphone access in the privacy settings of the laptop.",
            "Update the firmware in the app.",
        ],
        (
            "If the error persists, contact support and state the serial number.",
            "If the problem persists, contact support with the serial number of the headset.",
        ),
    )
    g = gen(
        rng,
        GEN_FIX,
        ("Usually the call app is still using your laptop's built-in mic.", "This is a common one with video calls."),
        [
            "Select the {product} as the microphone in the call app",
            "Check the mute button on the headset",
            "Allow mic access in the laptop's privacy settings",
            "Update the firmware",
        ],
        ("You might want to run a test call afterwards.", "It may help to test it before your next meeting."),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


def tw_invoice(rng: random.Random) -> Scenario:
    v = {
        "order": order_no(rng),
        "date": a_date(rng),
        "amount": money(rng, 60, 2200),
        "product": product(rng),
        "days": rng.choice((30, 60, 90)),
    }
    prompts = (
        "I need an invoice for my expense report. Order {order} from {date}.",
        "How do I get a company invoice for the {product} I bought for work? It was {amount}.",
        "Can you add my company name to the invoice for order {order}?",
        "need receipt for work expenses, {product}, {amount}",
        "My employer will reimburse the {product} if I send an invoice with the company's tax ID. How do I get one?",
    )
    u = us(
        rng,
        (
            "You can download the invoice for order {order} (placed {date}, total {amount}) right in the app.",
            "Here's how: the invoice for order {order}, for {amount} from {date}, is ready in the app.",
        ),
        (
            "Go to Orders > {order} > Invoice, tap Edit billing details to add your company name and tax ID, then "
            "download the PDF.",
            "Open Orders > {order}, hit Invoice, add the company name and tax ID under Edit billing details, and "
            "grab the PDF.",
        ),
        (
            "You've got {days} days from the order date to change those details.",
            "Just note you can only edit billing details for {days} days after the order.",
        ),
        US_CLOSE,
    )
    j = jp(
        rng,
        "an invoice for order {order}",
        "We are pleased to confirm that the invoice for order {order}, placed on {date} with a total of {amount}, "
        "is available in our app.",
        (
            "If it is convenient for you, it may be downloaded under Orders, {order}, and Invoice, where the company "
            "name and tax ID can be added via Edit billing details before downloading the PDF.",
            "It may be helpful to open Orders, {order}, and then Invoice, and to add your company name and tax ID "
            "under Edit billing details before downloading.",
        ),
        "Please allow us to mention that billing details can be changed within {days} days of the order date.",
    )
    d = de(
        rng,
        (
            "The invoice for order {order} (placed {date}, total {amount}) is available in the app.",
            "Invoice available: order {order}, order date {date}, total {amount}.",
        ),
        [
            "Open the app and select Orders > {order} > Invoice.",
            "Select Edit billing details and enter the company name and tax ID.",
            "Download the PDF.",
        ],
        (
            "Billing details can be changed for a maximum of {days} days after the order date.",
            "Changes to billing details are possible within {days} days of the order date.",
        ),
    )
    g = gen(
        rng,
        GEN_Q,
        (
            "You can download the invoice for order {order} ({amount}, placed {date}) from the app.",
            "Getting an invoice for your expense report is easy.",
        ),
        [
            "Go to Orders > {order} > Invoice",
            "Tap Edit billing details to add your company name and tax ID",
            "Download the PDF",
        ],
        (
            "You might want to do this soon, since details can only be changed within {days} days of the order.",
            "Keep in mind billing details may only be edited for {days} days.",
        ),
    )
    return make("travel_workplace", rng, prompts, v, u, j, d, g)


TRAVEL_WORKPLACE = (
    tw_powerbank,
    tw_charger_abroad,
    tw_inflight,
    tw_hotel_wifi,
    tw_projector,
    tw_roaming,
    tw_work_email,
    tw_timezone,
    tw_office_delivery,
    tw_bulk_order,
    tw_security,
    tw_call_mic,
    tw_invoice,
)


def _build(rng: random.Random, topic_funcs, n: int, seen: set[str]) -> list[Scenario]:
    out: list[Scenario] = []
    tries = 0
    while len(out) < n:
        f = topic_funcs[len(out) % len(topic_funcs)] if tries < 50 * n else pick(rng, topic_funcs)
        s = f(rng)
        tries += 1
        if s.prompt.format(**{k: str(v) for k, v in s.values.items()}) in seen:
            continue
        seen.add(s.prompt.format(**{k: str(v) for k, v in s.values.items()}))
        out.append(s)
    return out


def scenarios(rng: random.Random) -> list[Scenario]:
    seen: set[str] = set()
    out: list[Scenario] = []
    for funcs in TOPICS:
        out += _build(rng, funcs, PER_TOPIC, seen)
    return out


PER_TOPIC = 90
TOPICS = (SCHEDULING, COMPLAINTS, PRODUCT_QUESTIONS, TRAVEL_WORKPLACE)
