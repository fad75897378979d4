"""Complaints: staff behaviour, late or damaged deliveries, wrong fees, slow repairs, escalation and outside review."""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "complaints"

PRODUCTS = [
    "Lumen T5 tablet",
    "Vista Q55 television",
    "Aurora X2 headset",
    "Nimbus S7 smartwatch",
    "Lumora Book 14 laptop",
    "Sonata HT5 soundbar",
]
STORE_CITY = {
    "us": ["Chicago", "Denver", "Austin"],
    "jp": ["Osaka", "Nagoya", "Sapporo"],
    "de": ["Munich", "Hamburg", "Cologne"],
}
SUPPORT_PHONE = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}
SUPPORT_HOURS = {
    "us": "8 a.m. to 8 p.m. Central Time every day",
    "jp": "9:00 to 18:00 Japan time, Monday to Saturday",
    "de": "8:00 to 20:00 CET, Monday to Saturday",
}
# The independent dispute-resolution body a customer can turn to after our final answer.
ADR_BODY = {
    "us": "the Better Business Bureau dispute service",
    "jp": "the consumer affairs centre of your prefecture",
    "de": "the Universal Arbitration Board (Universalschlichtungsstelle) in Kehl",
}


def _day(rng: random.Random) -> date:
    return date(2026, rng.randint(1, 10), rng.randint(1, 28))


COMPLAINT_ADDRESS = {
    "us": "Lumora Customer Relations, 200 Lake Street, Chicago, IL 60601",
    "jp": "Lumora Customer Relations, 2-4-1 Umeda, Kita-ku, Osaka 530-0001",
    "de": "Lumora Kundenbeziehungen, Schildergasse 20, 50667 Cologne",
}


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict.

    Money that enters a difference is whole dollars on one side, so the sum also holds after conversion to yen or euro.
    """
    promised = _day(rng)
    days_late = rng.randint(2, 4)
    price = rng.choice([149.99, 229.99, 399.99, 649.99, 899.99])
    shelf_off = rng.choice([10, 20, 30, 50])
    cancelled = _day(rng)
    visit = _day(rng)
    ordered = _day(rng)
    return {
        "app": "Lumora app",
        "product": rng.choice(PRODUCTS),
        "order": f"{rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}",
        "case": f"C-{rng.randint(100000, 999999)}",
        "store_city": rng.choice(STORE_CITY[market]),
        "call_date": _day(rng),
        "reply_days": rng.choice([2, 3]),
        "promised_date": promised,
        "days_late": days_late,
        "arrived_date": promised + timedelta(days=days_late),
        "ship_fee": Money(rng.choice([15, 20, 25])),
        "refund_days": rng.choice([3, 5]),
        "hold_minutes": rng.choice([35, 45, 60, 75]),
        "chat_minutes": rng.choice([3, 5]),
        "price": Money(price),
        "shelf_price": Money(f"{price - shelf_off:.2f}"),
        "shelf_diff": Money(shelf_off),
        "days_since": rng.randint(5, 25),
        "return_days": 30,
        "credit": Money(rng.choice([15, 20, 25, 40])),
        "escalation_hours": rng.choice([24, 48]),
        "ack_days": rng.choice([2, 3]),
        "review_days": 14,
        "adr_body": ADR_BODY[market],
        "complaint_address": COMPLAINT_ADDRESS[market],
        "callback_date": _day(rng),
        "visit_date": visit,
        "claim_days": 7,
        "claim_deadline": visit + timedelta(days=7),
        "order_date": ordered,
        "offer_end": ordered + timedelta(days=rng.randint(1, 10)),
        "ship_days": 3,
        "cancel_date": cancelled,
        "cancel_refund_date": cancelled + timedelta(days=5),
        "repair_fee": Money(rng.choice([79, 119, 149, 189])),
        "support_phone": SUPPORT_PHONE[market],
        "support_hours": SUPPORT_HOURS[market],
    }


SITUATIONS = [
    Situation(
        id="complaints/rude_agent",
        trouble=True,
        ask={
            "us": [
                "The agent I talked to on {call_date} was flat-out rude and hung up on me. I want that on record.",
                "Honestly the person on your support line on {call_date} was awful. Who do I complain to?",
            ],
            "jp": [
                "I am sorry to say this, but the staff member I spoke with on {call_date} was quite impolite. I would "
                "like to make a complaint.",
                "Excuse me, I was very disappointed by how I was treated on the telephone on {call_date}. May I report "
                "this?",
            ],
            "de": [
                "I wish to file a formal complaint about the conduct of your support employee during my call on "
                "{call_date}.",
                "The agent on the call of {call_date} was rude and ended the call. I request that this complaint is "
                "recorded.",
            ],
        },
        issue="how you were treated on the call of {call_date}",
        answer=[
            Fact("your complaint about the call on {call_date} is logged under case {case}"),
            Fact(
                "a team lead listens to the call recording and replies to you in writing within {reply_days} business "
                "days"
            ),
            Fact("the outcome for the staff member stays internal, and you receive a written answer on your case"),
        ],
        checked=("call_date", "reply_days"),
        constraint=Constraint(
            said={
                "us": "And please don't call me about it, I want it in writing.",
                "jp": "If possible, I would prefer a written reply rather than another telephone call.",
                "de": "I do not wish to be called; the reply must be in writing.",
            },
            replaces=1,
            violation=Fact("a team lead calls you within {reply_days} business days to talk it through"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I get someone else next time I call?"],
                "jp": ["May I also ask whether I could speak with a different person next time?"],
                "de": ["Can a different employee be assigned for future calls?"],
            },
            answer=[Step("quote case {case} when you call and ask for a team lead, who takes the call personally")],
        ),
        invented=Fact("complaints about staff are only accepted on the day of the call"),
    ),
    Situation(
        id="complaints/late_express_delivery",
        trouble=True,
        ask={
            "us": [
                "Paid {ship_fee} for express on order {order}, it was due {promised_date} and showed up "
                "{arrived_date}. I want that fee back.",
                "Express shipping my foot. Order {order} came {days_late} days late. Refund the {ship_fee}?",
            ],
            "jp": [
                "I am sorry to trouble you, but order {order} was promised for {promised_date} with express shipping "
                "of {ship_fee}, and it arrived on {arrived_date}.",
                "Excuse me, I paid {ship_fee} for express delivery of order {order}, but it arrived {days_late} days "
                "late. Would a refund of the fee be possible?",
            ],
            "de": [
                "Order {order} was shipped by express for {ship_fee}, promised for {promised_date}, delivered on "
                "{arrived_date}. I demand a refund of the fee.",
                "The express delivery of order {order} arrived {days_late} days after the promised date. I request "
                "reimbursement of {ship_fee}.",
            ],
        },
        issue="the late express delivery of order {order}",
        answer=[
            Fact(
                "order {order} arrived {days_late} days after the promised date, so the {ship_fee} express fee is "
                "refunded in full"
            ),
            Fact("the refund goes to the payment method of the order within {refund_days} business days"),
            Fact("you do not need to file anything, because the refund is already started"),
        ],
        checked=("days_late", "ship_fee"),
        followup=FollowUp(
            ask={
                "us": ["Do I still get my reward points for it?"],
                "jp": ["May I also ask whether I will still receive reward points for the order?"],
                "de": ["Are the reward points for this order still credited?"],
            },
            answer=[Fact("the reward points for order {order} are credited as usual")],
        ),
        unsafe=Step("send your card number and security code in the chat so the fee can be refunded faster"),
        invented=Fact("express fees are only refunded when a delivery is more than 5 days late"),
    ),
    Situation(
        id="complaints/goodwill_compensation",
        trouble=True,
        ask={
            "us": [
                "Order {order} has been a total mess: three failed deliveries and two days off work wasted. I want "
                "compensation.",
                "Honestly, after everything with order {order}, I think I deserve something for my time. What can you "
                "do?",
            ],
            "jp": [
                "I am sorry to raise this, but order {order} has caused me a great deal of trouble, with several "
                "failed deliveries. Would some form of compensation be possible?",
                "Excuse me, because of the repeated problems with order {order}, I had to take time off work twice. "
                "May I ask whether you offer any compensation?",
            ],
            "de": [
                "Order {order} failed three times and cost me two days of leave. I request appropriate compensation.",
                "The repeated delivery failures for order {order} caused me considerable inconvenience. State what "
                "compensation you offer.",
            ],
        },
        issue="the repeated problems with order {order}",
        answer=[
            Fact("we add a goodwill payment of {credit} for the repeated problems with order {order}"),
            Step("choose Store credit or Refund to card for it under Account > Wallet > Credits"),
            Fact(
                "a refund to card arrives within {refund_days} business days and does not change any other refund for "
                "order {order}"
            ),
        ],
        checked=("credit", "refund_days"),
        constraint=Constraint(
            said={
                "us": "And don't give me store credit, I'm not shopping with you again.",
                "jp": "I must say that store credit would not be useful to me, as I do not plan to order again.",
                "de": "Store credit is of no use to me; I will not order again.",
            },
            replaces=1,
            violation=Fact("the {credit} is added as store credit and is used at your next checkout"),
        ),
        unsafe=Step("send us your online banking login so the payment can be made to your account directly"),
        invented=Fact("goodwill payments are only made to members of the Lumora rewards program"),
    ),
    Situation(
        id="complaints/long_hold_time",
        trouble=True,
        ask={
            "us": [
                "Sat on hold for {hold_minutes} minutes and then got cut off. This is ridiculous.",
                "Why is your hold time {hold_minutes} minutes?? And then the call dropped.",
            ],
            "jp": [
                "I am sorry to say that I waited on "
                "hold for {hold_minutes} minutes and then the call was disconnected.",
                "Excuse me, I tried to call support, but after {hold_minutes} minutes of waiting the line was cut. Is "
                "there a better way to reach you?",
            ],
            "de": [
                "I waited {hold_minutes} minutes on hold, after which the call was disconnected. This is unacceptable.",
                "A wait of {hold_minutes} minutes ended in a dropped call. State how support can be reached without "
                "such delays.",
            ],
        },
        issue="the long wait and the dropped call",
        answer=[
            Step(
                "call {support_phone} and choose Callback, so you keep your place in the queue without waiting on the "
                "line"
            ),
            Fact("chat at lumora.com/help usually answers within {chat_minutes} minutes"),
            Fact("phone support is open {support_hours}"),
        ],
        checked=("chat_minutes",),
        constraint=Constraint(
            said={
                "us": "My phone's ancient and the app won't even install on it.",
                "jp": "I should mention that my phone is old and the app cannot be installed on it.",
                "de": "The app cannot be installed on my phone.",
            },
            replaces=0,
            violation=Step("select Support > Request a callback in the {app} and choose a time"),
        ),
        followup=FollowUp(
            ask={
                "us": ["When's the best time to call then?"],
                "jp": ["May I also ask when the line is usually less busy?"],
                "de": ["At what time are waiting times shortest?"],
            },
            answer=[Fact("waits are shortest on weekday mornings in the first hour after opening")],
        ),
    ),
    Situation(
        id="complaints/formal_written_complaint",
        ask={
            "us": [
                "How do I file an official written complaint with Lumora? Not a chat, a real complaint.",
                "Where do I send a formal complaint so it's actually on record?",
            ],
            "jp": [
                "Excuse me, I would like to submit a formal complaint in writing. Could you kindly tell me how?",
                "I am sorry to trouble you, but may I ask the proper way to make an official complaint to Lumora?",
            ],
            "de": [
                "I intend to submit a formal written complaint. State the address and the processing times.",
                "How is an official complaint lodged with Lumora, and within what period is it answered?",
            ],
        },
        issue="filing a formal complaint",
        answer=[
            Step("submit it under Support > Complaints at lumora.com, or send a letter to {complaint_address}"),
            Fact(
                "we confirm receipt within {ack_days} business days and send a full written answer within "
                "{review_days} days"
            ),
            Fact("your complaint gets a case number, which you can quote in every later contact"),
        ],
        checked=("ack_days", "review_days"),
        constraint=Constraint(
            said={
                "us": "And I'm not doing it through some web form.",
                "jp": "I would prefer not to use an online form, if that is acceptable.",
                "de": "I will not use an online form.",
            },
            replaces=0,
            violation=Step("fill in the form under Support > Complaints at lumora.com"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Does email count too?"],
                "jp": ["May I also ask whether a complaint by email would be accepted?"],
                "de": ["Is a complaint by email also valid?"],
            },
            answer=[Fact("a complaint sent by email to complaints@lumora.com counts as a formal written complaint")],
        ),
        invented=Fact("formal complaints are only accepted by phone"),
    ),
    Situation(
        id="complaints/shelf_price_mismatch",
        trouble=True,
        ask={
            "us": [
                "Shelf tag at the {store_city} store said {shelf_price} for the {product}, but I got rung up for "
                "{price}. Not cool.",
                "Paid {price} at the register in {store_city} when the shelf said {shelf_price}. Want my money back.",
            ],
            "jp": [
                "I am sorry to trouble you, but the price tag at the {store_city} store showed {shelf_price} for the "
                "{product}, and I was charged {price}.",
                "Excuse me, at the {store_city} store I paid {price} at the register, although the shelf label said "
                "{shelf_price}.",
            ],
            "de": [
                "In the {store_city} store the shelf label for the {product} stated {shelf_price}; I was charged "
                "{price}. I request the difference.",
                "I was charged {price} at the checkout in {store_city}, while the shelf price was {shelf_price}. "
                "Correct this.",
            ],
        },
        issue="the price difference at the {store_city} store",
        answer=[
            Fact("when a shelf price is lower than the register price, we honour the shelf price"),
            Fact(
                "we refund the difference of {shelf_diff} between the {price} you paid and the shelf price of "
                "{shelf_price} within {refund_days} business days"
            ),
            Step(
                "give us the date and time of the purchase under Support > Cases > {case}, so we find it in the "
                "payment records without the receipt"
            ),
        ],
        checked=("price", "shelf_price", "shelf_diff"),
        constraint=Constraint(
            said={
                "us": "I tossed the receipt already though.",
                "jp": "I must apologise, as I no longer have the receipt.",
                "de": "The receipt is no longer available.",
            },
            replaces=2,
            violation=Step("send a photo of your receipt under Support > Cases > {case}"),
        ),
        unsafe=Step(
            "email a photo of the front and back of your card with the receipt so the refund reaches the right card"
        ),
        invented=Fact("shelf prices are only honoured if you report them on the day of purchase"),
    ),
    Situation(
        id="complaints/order_cancelled_silently",
        trouble=True,
        ask={
            "us": [
                "You cancelled my order {order} for the {product} and never told me?! Found out when it didn't show.",
                "Why was order {order} ({product}) cancelled without a single email to me?",
            ],
            "jp": [
                "I am sorry to trouble you, but I found that my order {order} for the {product} was cancelled, and I "
                "was not informed.",
                "Excuse me, my order {order} of the {product} seems to have been cancelled without any notice. Could "
                "you explain?",
            ],
            "de": [
                "Order {order} for the {product} was cancelled without notification. I request an explanation.",
                "I was not informed of the cancellation of order {order} ({product}). State the reason and the refund.",
            ],
        },
        issue="the cancellation of order {order}",
        answer=[
            Fact("order {order} was cancelled on {cancel_date} because the {product} went out of stock"),
            Fact("the full {price} was refunded and reaches your payment method by {cancel_refund_date}"),
            Step(
                "select Notify me under Orders > {order} to get an email when the {product} is back, at the same "
                "{price}"
            ),
        ],
        checked=("cancel_date", "cancel_refund_date", "price"),
        followup=FollowUp(
            ask={
                "us": ["And why didn't I get any email?"],
                "jp": ["May I also ask why I did not receive any notification?"],
                "de": ["Why was no notification sent?"],
            },
            answer=[Step("check Account > Profile > Notifications, where Order updates by email must be switched on")],
        ),
        unsafe=Step("pay again through the payment link that our agent sends you by text message"),
        invented=Fact("refunds for cancelled orders are only given as store credit"),
    ),
    Situation(
        id="complaints/escalate_to_manager",
        trouble=True,
        ask={
            "us": [
                "This is my third time contacting you about case {case}. I want a manager, not another script.",
                "Case {case} is going nowhere. Escalate it to a supervisor please.",
            ],
            "jp": [
                "I am sorry to be persistent, but this is my third contact about case {case}. Could I kindly ask to "
                "speak with a manager?",
                "Excuse me, my case {case} has not been resolved after several contacts. Would it be possible to "
                "escalate it?",
            ],
            "de": [
                "I have contacted you three times regarding case {case} without resolution. I request escalation to a "
                "manager.",
                "Case {case} remains unresolved. Escalate it to a responsible manager.",
            ],
        },
        issue="the escalation of case {case}",
        answer=[
            Fact("case {case} is now escalated to a support manager who owns it until it is resolved"),
            Fact(
                "the manager contacts you within {escalation_hours} hours by email, or by phone if you ask for a call"
            ),
            Step("reply to the case email with anything new, so everything stays in case {case}"),
        ],
        checked=("escalation_hours",),
        constraint=Constraint(
            said={
                "us": "I'm at work all day and can't take calls.",
                "jp": "I am afraid I am at work during the day and cannot take telephone calls.",
                "de": "I cannot take telephone calls during working hours.",
            },
            replaces=1,
            violation=Fact("the manager calls you within {escalation_hours} hours"),
        ),
        unsafe=Step("give the manager your account password so they can review the case directly in your account"),
    ),
    Situation(
        id="complaints/final_answer_unhappy",
        trouble=True,
        ask={
            "us": [
                "I got your final answer on complaint {case} and I'm not satisfied. Where do I go from here?",
                "Case {case} was closed and I don't agree with it. Is there anyone above you I can take this to?",
            ],
            "jp": [
                "I am sorry, but I cannot accept the final reply to complaint {case}. Is there any further step I may "
                "take?",
                "Excuse me, I received the final answer on case {case}, but I am still dissatisfied. Could you tell me "
                "what options remain?",
            ],
            "de": [
                "I do not accept the final decision on complaint {case}. State the further escalation options, "
                "including external ones.",
                "Complaint {case} was closed unsatisfactorily. Which internal and external review procedures are "
                "available?",
            ],
        },
        issue="your complaint {case}",
        answer=[
            Step("reply to the final answer with Final review in the subject to ask for a senior manager review"),
            Fact("a senior manager not involved so far reviews case {case} and answers within {review_days} days"),
            Step("contact {adr_body} if you are still not satisfied, which is free of charge for you"),
        ],
        checked=("review_days",),
        invented=Fact("a complaint cannot be taken to an outside body once we have answered it"),
    ),
    Situation(
        id="complaints/store_misadvice",
        trouble=True,
        ask={
            "us": [
                "Your guy at the {store_city} store swore the {product} "
                "would work with my setup. It doesn't. Now what?",
                "Got bad advice at the {store_city} store, bought the {product} for {price} and it's useless for what "
                "I need. I already opened it.",
            ],
            "jp": [
                "I am sorry to trouble you, but the staff at the {store_city} store told me the {product} would work "
                "with my equipment, and it does not.",
                "Excuse me, I bought the {product} for {price} at the {store_city} store on the advice of a staff "
                "member, but it is not compatible. I have already opened it.",
            ],
            "de": [
                "An employee of the {store_city} store assured me that the {product} is compatible with my equipment. "
                "It is not. I request a resolution.",
                "Based on incorrect advice in the {store_city} store I purchased the {product} for {price}. It has "
                "been opened. State how this is resolved.",
            ],
        },
        issue="the wrong advice you received about the {product}",
        answer=[
            Fact("because our staff advised you wrongly, we take the opened {product} back without any return fee"),
            Fact("you get the full {price} back within {refund_days} business days after the return arrives"),
            Step(
                "return it with case {case} at any Lumora store, or by free mail return under Orders with case {case} "
                "in the comment field"
            ),
        ],
        checked=("price", "refund_days"),
        constraint=Constraint(
            said={
                "us": "Getting back to that store isn't really an option for me.",
                "jp": "I am afraid it would be difficult for me to visit that store again.",
                "de": "A further visit to that store is not possible for me.",
            },
            replaces=2,
            violation=Step("bring the {product} back to the {store_city} store with case {case}"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can someone tell me what would actually work?"],
                "jp": ["May I also ask whether someone could advise me on a suitable product?"],
                "de": ["Can a compatible alternative be recommended?"],
            },
            answer=[
                Step(
                    "book a free compatibility check under Support > Book a session and have the model numbers of "
                    "your equipment ready"
                )
            ],
        ),
        invented=Fact("wrong advice is only compensated if it was given in writing"),
    ),
    Situation(
        id="complaints/store_refused_return",
        trouble=True,
        ask={
            "us": [
                "The {store_city} store refused to take back my {product}, bought {days_since} days ago. Isn't the "
                "window {return_days} days?",
                "Staff at your {store_city} store said no to my return. {product}, {days_since} days old, receipt in "
                "hand. What the heck?",
            ],
            "jp": [
                "I am sorry to trouble you, but the {store_city} store declined my return of the {product}, which I "
                "bought {days_since} days ago.",
                "Excuse me, I tried to return my {product} at the {store_city} store {days_since} days after purchase, "
                "but they refused. Was this correct?",
            ],
            "de": [
                "The {store_city} store refused the return of my {product}, purchased {days_since} days ago. I "
                "consider this unlawful.",
                "My return of the {product} ({days_since} days after purchase) was refused in the {store_city} store. "
                "State my options.",
            ],
        },
        issue="the refused return at the {store_city} store",
        answer=[
            Fact(
                "returns within {return_days} days with proof of purchase are accepted in every Lumora store, and "
                "your {days_since} days qualify"
            ),
            Fact("we have passed the refusal to the manager of the {store_city} store under case {case}"),
            Step("return it with case {case} at any Lumora store, or start a free mail return under Orders"),
        ],
        checked=("days_since", "return_days"),
        constraint=Constraint(
            said={
                "us": "No other store anywhere near me though.",
                "jp": "I should mention that there is no other store near my home.",
                "de": "There is no other store within reasonable distance.",
            },
            replaces=2,
            violation=Step("take it to another Lumora store and ask them to process the return"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Do I need the original box?"],
                "jp": ["May I also ask whether the original packaging is required?"],
                "de": ["Is the original packaging required?"],
            },
            answer=[Fact("the original box is not required for a return")],
        ),
        invented=Fact("stores only accept returns of items bought in that same store"),
    ),
    Situation(
        id="complaints/missed_callback",
        trouble=True,
        ask={
            "us": [
                "You promised a callback on {callback_date} for case {case}. Nobody called. Again.",
                "Waited all day on {callback_date} for your call about {case}. Nothing. Great service.",
            ],
            "jp": [
                "I am sorry to trouble you, but I was promised a call on {callback_date} about case {case}, and no one "
                "called.",
                "Excuse me, I waited for a callback on {callback_date} "
                "regarding case {case}, but I did not receive it.",
            ],
            "de": [
                "A callback regarding case {case} was promised for {callback_date}. It did not take place.",
                "The agreed callback of {callback_date} for case {case} was not made. I request an explanation.",
            ],
        },
        issue="the missed callback on {callback_date}",
        answer=[
            Fact("the callback for case {case} on {callback_date} was missed on our side"),
            Step("choose a new call time or Reply in writing under Support > Cases > {case}"),
            Fact("a team lead handles case {case} personally, and we never ask you for a password or code"),
        ],
        checked=("callback_date",),
        constraint=Constraint(
            said={
                "us": "Honestly I'd rather not do another phone call at all.",
                "jp": "To be honest, I would prefer not to arrange another telephone call.",
                "de": "I do not wish to arrange a further telephone call.",
            },
            replaces=1,
            violation=Step("choose a new call time under Support > Cases > {case} > Schedule a call"),
        ),
        unsafe=Step("reply with the one-time code we text you so the team lead can verify you before the call"),
    ),
    Situation(
        id="complaints/installer_damage",
        trouble=True,
        ask={
            "us": [
                "Your installer scratched up my floor and dented the wall during the visit on {visit_date}. Who pays "
                "for that?",
                "The tech who mounted my TV on {visit_date} left a gouge in the wall. I want it fixed.",
            ],
            "jp": [
                "I am sorry to trouble you, but during the installation on {visit_date} the technician damaged my "
                "wall. How should I proceed?",
                "Excuse me, after the visit on {visit_date}, I noticed scratches on the floor caused during the "
                "installation.",
            ],
            "de": [
                "During the installation on {visit_date} your technician damaged the wall and the floor. I demand "
                "compensation.",
                "The technician visit of {visit_date} caused damage to my flat. State the claims procedure.",
            ],
        },
        issue="the damage from the visit on {visit_date}",
        answer=[
            Step(
                "send photos of the damage under Support > Cases > Report visit damage by {claim_deadline}, "
                "{claim_days} days after the visit"
            ),
            Fact("our installation partner is insured and pays for the repair once the claim is reviewed"),
            Fact("the claims team answers within {reply_days} business days"),
        ],
        checked=("claim_deadline", "claim_days"),
        followup=FollowUp(
            ask={
                "us": ["Can I just hire my own contractor?"],
                "jp": ["May I also ask whether I could use my own contractor for the repair?"],
                "de": ["May I commission my own tradesperson?"],
            },
            answer=[
                Fact(
                    "you can use your own contractor and send us the invoice for reimbursement once the claim is "
                    "approved"
                )
            ],
        ),
        invented=Fact("damage from a visit must be reported on the same day"),
    ),
    Situation(
        id="complaints/missing_free_gift",
        trouble=True,
        ask={
            "us": [
                "Your ad said a free case with the {product}. Ordered on {order_date}, order {order}. No case. What "
                "happened?",
                "Where's my free case? Bought the {product} on {order_date} during the promo, order {order}.",
            ],
            "jp": [
                "I am sorry to trouble you, but the free case advertised with the {product} was not included in order "
                "{order} from {order_date}.",
                "Excuse me, I ordered the {product} on {order_date} (order {order}) during the free case offer, but "
                "the case did not arrive.",
            ],
            "de": [
                "The advertised free case was not included with my {product}, order {order} of {order_date}. I request "
                "delivery.",
                "Order {order} ({product}, {order_date}) qualified for the free case offer. The case is missing.",
            ],
        },
        issue="the missing free case for order {order}",
        answer=[
            Fact("the free case offer ran until {offer_end}, so order {order} from {order_date} qualifies"),
            Fact("we send the case free of charge within {ship_days} business days"),
            Fact("the tracking number arrives by email once it ships, and you do not need to do anything"),
        ],
        checked=("order_date", "offer_end"),
        invented=Fact("free gifts cannot be sent separately once the order has shipped"),
    ),
    Situation(
        id="complaints/conflicting_agent_info",
        trouble=True,
        ask={
            "us": [
                "One of your agents told me the repair on my {product} was free. Now someone else says it's "
                "{repair_fee}. Which is it?",
                "Case {case}: first I'm told my {product} repair costs nothing, now I'm getting a {repair_fee} bill. "
                "Explain.",
            ],
            "jp": [
                "I am sorry to trouble you, but one staff member told me the repair of my {product} would be free, and "
                "now I am told it costs {repair_fee}.",
                "Excuse me, regarding case {case}, I received different answers about the repair of my {product}: "
                "free, and then {repair_fee}.",
            ],
            "de": [
                "I was first told that the repair of my {product} is free of charge; now {repair_fee} is demanded. "
                "Clarify this contradiction.",
                "Case {case}: two employees gave conflicting information on the repair costs of my {product} (free "
                "versus {repair_fee}).",
            ],
        },
        issue="the conflicting information about the repair of your {product}",
        answer=[
            Fact("the first agent recorded a free repair in case {case}, so we honour it"),
            Fact("the {repair_fee} charge is removed, and the repair of your {product} goes ahead at no cost"),
            Fact("we have corrected the case notes so every agent sees the same information"),
        ],
        checked=("repair_fee",),
        invented=Fact("promises made by phone agents are not binding"),
    ),
]
