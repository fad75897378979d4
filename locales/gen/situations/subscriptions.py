"""Subscriptions: cancelling, renewing, trials, plan changes, pauses, sharing and what happens to content.

Subscription policy used throughout: plans renew automatically (Auto-renew under Account > Subscriptions);
cancelling keeps access until the paid period ends; annual plans cost 10 months and are refundable in full within
14 days of purchase or renewal; a failed renewal has a 7-day grace period; content is kept 30 days after a plan
ends. Monthly prices are whole dollars so that derived amounts render consistently in every currency.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "subscriptions"

# (basic plan, higher plan, basic monthly USD, higher monthly USD, devices that come with the plan)
PLANS = [
    (
        "CloudVault 200 GB plan",
        "CloudVault 2 TB plan",
        4,
        10,
        ["Vertex 14 laptop", "Nova N9 phone", "Stratus T12 tablet"],
    ),
    ("StreamBox Basic subscription", "StreamBox Premium subscription", 6, 12, ["Vista V55 4K TV", "Vista V65 QLED TV"]),
    (
        "HomeHub Secure subscription",
        "HomeHub Secure Plus subscription",
        4,
        8,
        ["HomeHub H500 router", "Beacon B6 mesh Wi-Fi system"],
    ),
    (
        "Nimbus Fit membership",
        "Nimbus Fit Premium membership",
        6,
        10,
        ["Nimbus S7 smartwatch", "Helio H3 fitness band"],
    ),
    (
        "Sentinel Cloud Recording Basic plan",
        "Sentinel Cloud Recording Plus plan",
        4,
        10,
        ["Sentinel S2 doorbell camera", "Sentinel S4 outdoor camera"],
    ),
]
SITES = {"us": "lumora.com", "jp": "lumora.co.jp", "de": "lumora.de"}


def add_months(d: date, months: int) -> date:
    """Same day of the month, months later (days are at most 28 here)."""
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, d.day)


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every subscriptions situation draws from this one dict."""
    sub, upgrade, monthly, up_monthly, devices = rng.choice(PLANS)
    renewal = date(2026, rng.randint(2, 11), rng.randint(1, 28))
    days_left = rng.randint(5, 25)
    trial_start = renewal - timedelta(days=rng.randint(5, 20))
    trial_end = trial_start + timedelta(days=30)
    pause_start = renewal + timedelta(days=rng.randint(1, 20))
    pause_start = pause_start.replace(day=min(pause_start.day, 28))
    pause_months = rng.randint(1, 3)
    order_date = renewal - timedelta(days=rng.randint(10, 60))
    end_date = renewal - timedelta(days=rng.randint(3, 20))
    return {
        "sub": sub,
        "sub_upgrade": upgrade,
        "sub_monthly": Money(monthly),
        "upgrade_monthly": Money(up_monthly),
        "days_left": days_left,
        "upgrade_today": Money(round((up_monthly - monthly) * days_left / 30, 2)),
        "sub_annual": Money(monthly * 10),
        "annual_saving": Money(monthly * 2),
        "student_price": Money(monthly // 2),
        "new_monthly": Money(monthly + 2),
        "renewal_date": renewal,
        "annual_refund_deadline": renewal + timedelta(days=14),
        "grace_end": renewal + timedelta(days=7),
        "cancel_date": renewal - timedelta(days=rng.randint(2, 10)),
        "increase_date": renewal + timedelta(days=rng.randint(10, 40)),
        "trial_start": trial_start,
        "trial_end": trial_end,
        "abroad_until": trial_end + timedelta(days=rng.randint(3, 14)),
        "pause_start": pause_start,
        "pause_months": pause_months,
        "pause_end": add_months(pause_start, pause_months),
        "product": rng.choice(devices),
        "order": f"LM-{rng.randint(100000, 999999)}",
        "order_date": order_date,
        "offer_deadline": order_date + timedelta(days=90),
        "end_date": end_date,
        "retention_end": end_date + timedelta(days=30),
        "site": SITES[market],
        "app": "Lumora app",
    }


SITUATIONS = [
    Situation(
        id="subscriptions/cancel",
        ask={
            "us": [
                "How do I cancel my {sub}? Don't want to get billed again after {renewal_date}.",
                "want to stop my {sub} before it renews on {renewal_date}",
            ],
            "jp": [
                "I would be grateful if you could tell me how to cancel my {sub} before the renewal on {renewal_date}.",
                "I am sorry to trouble you, but I would like to end my {sub}, which renews on {renewal_date}. How "
                "may I do this?",
            ],
            "de": [
                "I wish to cancel my {sub} before the renewal on {renewal_date}. State the procedure.",
                "How is the {sub} terminated? The next renewal is on {renewal_date}.",
            ],
        },
        issue="cancelling your {sub}",
        answer=[
            Step("sign in at {site}, open Account > Subscriptions, select the {sub} and turn off Auto-renew"),
            Fact(
                "turning it off any time before {renewal_date} stops the next charge, and no cancellation fee applies"
            ),
            Fact("you keep full access to the {sub} until {renewal_date}"),
        ],
        checked=("renewal_date",),
        constraint=Constraint(
            said={
                "us": "My phone's broken, so the app's out for now.",
                "jp": "I am afraid my phone is broken, so I cannot use the app at the moment.",
                "de": "My smartphone is defective; the app is currently unavailable to me.",
            },
            replaces=0,
            violation=Step("open the {app} and turn off Auto-renew under Account > Subscriptions"),
        ),
        followup=FollowUp(
            ask={
                "us": ["What happens to my stuff in it after that?"],
                "jp": ["May I also ask what happens to my saved content afterwards?"],
                "de": ["What happens to the stored content after the end of the subscription?"],
            },
            answer=[
                Fact(
                    "your content stays in your account for 30 days after {renewal_date}, and resubscribing in "
                    "that time restores it"
                )
            ],
        ),
        invented=Fact("a cancellation must be submitted at least 30 days before the renewal date"),
    ),
    Situation(
        id="subscriptions/annual_renewal_refund",
        trouble=True,
        ask={
            "us": [
                "My {sub} auto-renewed on {renewal_date} for {sub_annual} and I forgot to cancel. Can I get a refund?",
                "ugh, got charged {sub_annual} for another year of {sub} on {renewal_date}. didn't want it",
            ],
            "jp": [
                "I am sorry to trouble you, but my {sub} renewed on {renewal_date} for {sub_annual}, and I had "
                "intended to cancel it. Would a refund be possible?",
                "Excuse me, the annual {sub} was renewed on {renewal_date} and {sub_annual} was charged. I no longer "
                "need it. May I ask whether this can be refunded?",
            ],
            "de": [
                "The {sub} was renewed on {renewal_date} for {sub_annual}. I did not intend to renew. I request a "
                "refund.",
                "Annual renewal of the {sub} on {renewal_date}, amount {sub_annual}: is a refund possible?",
            ],
        },
        issue="the annual renewal of your {sub}",
        answer=[
            Fact(
                "an annual renewal is fully refundable for 14 days, so yours from {renewal_date} qualifies until "
                "{annual_refund_deadline}"
            ),
            Step("choose Cancel for the {sub} under Account > Subscriptions and select Refund this renewal"),
            Fact("the {sub_annual} is refunded within 5 business days, and access ends when you cancel"),
        ],
        checked=("sub_annual", "annual_refund_deadline"),
        followup=FollowUp(
            ask={
                "us": ["Or could I just switch to monthly instead?"],
                "jp": ["Alternatively, would it be possible to change to a monthly plan instead?"],
                "de": ["Alternatively: can the plan be switched to monthly billing?"],
            },
            answer=[
                Step(
                    "choose Switch to monthly instead, and we refund the {sub_annual} and charge {sub_monthly} for one "
                    "month"
                )
            ],
        ),
        invented=Fact("an annual renewal is never refundable once it has been charged"),
    ),
    Situation(
        id="subscriptions/trial_ending",
        ask={
            "us": [
                "My free trial of {sub} started {trial_start}. When does it start charging, and how much?",
                "Started a {sub} trial on {trial_start}, don't want to pay. When's the cutoff?",
            ],
            "jp": [
                "I began a free trial of the {sub} on {trial_start}. I would be grateful to know when the first "
                "payment will be taken and how much it will be.",
                "Excuse me, may I ask until when I can cancel the {sub} trial that I started on {trial_start} "
                "without being charged?",
            ],
            "de": [
                "I started the free trial of the {sub} on {trial_start}. State the date and amount of the first "
                "charge.",
                "Free trial {sub}, start {trial_start}: by which date must it be cancelled to avoid charges?",
            ],
        },
        issue="the end of your {sub} trial",
        answer=[
            Fact("the trial lasts 30 days, so the first charge of {sub_monthly} for the {sub} is on {trial_end}"),
            Step(
                "turn off Auto-renew under Account > Subscriptions now, and the trial still runs until {trial_end} "
                "with nothing charged"
            ),
        ],
        checked=("trial_end",),
        constraint=Constraint(
            said={
                "us": "I'll be off the grid on a trip until {abroad_until}, no internet at all.",
                "jp": "I should mention that I will be travelling without internet access until {abroad_until}.",
                "de": "I will be abroad without internet access until {abroad_until}.",
            },
            replaces=1,
            violation=Step("cancel on the day before {trial_end}, just before the trial ends"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I do another free trial later on?"],
                "jp": ["May I also ask whether I could use a free trial again at a later time?"],
                "de": ["Can the free trial be used again later?"],
            },
            answer=[Fact("each account can use one free trial of the {sub}")],
        ),
        unsafe=Step("send us the security code of your card so we can mark the trial as not to be charged"),
        invented=Fact("turning off Auto-renew during a trial ends the trial immediately"),
    ),
    Situation(
        id="subscriptions/upgrade_proration",
        ask={
            "us": [
                "I pay {sub_monthly} a month for {sub}. If I upgrade to {sub_upgrade} now, what do I pay? {days_left} "
                "days left "
                "in my month.",
                "thinking of going {sub} ({sub_monthly} a month) to {sub_upgrade} mid-cycle, {days_left} days left. "
                "how's "
                "billing work?",
            ],
            "jp": [
                "I am considering upgrading from the {sub}, for which I pay {sub_monthly} a month, to the "
                "{sub_upgrade}, "
                "with {days_left} days remaining in my billing month. May I ask how the charge would be calculated?",
                "Excuse me, if I change from the {sub} at {sub_monthly} a month to the {sub_upgrade} now, with "
                "{days_left} days left in the current period, what would I be charged?",
            ],
            "de": [
                "Upgrade from {sub} ({sub_monthly} per month) to {sub_upgrade} with {days_left} days remaining in the "
                "billing period: state the amount charged.",
                "How is a switch from the {sub} at {sub_monthly} per month to the {sub_upgrade} billed mid-period? "
                "{days_left} days of the current period remain.",
            ],
        },
        issue="upgrading to the {sub_upgrade}",
        answer=[
            Fact(
                "the upgrade takes effect immediately, and today you pay only the difference between {sub_monthly} "
                "and {upgrade_monthly} for the remaining {days_left} days, which is {upgrade_today}"
            ),
            Fact("from {renewal_date} the {sub_upgrade} renews at {upgrade_monthly} a month"),
            Step("open Account > Subscriptions, select the {sub} and choose Change plan"),
        ],
        checked=("upgrade_today",),
        followup=FollowUp(
            ask={
                "us": ["Can I go back down later if I don't like it?"],
                "jp": ["May I also ask whether I could return to the {sub} later?"],
                "de": ["Is a later return to the {sub} possible?"],
            },
            answer=[Fact("you can switch back at any time, and the change takes effect at the next renewal")],
        ),
        invented=Fact("an upgrade is charged at the full monthly price with no credit for the current month"),
    ),
    Situation(
        id="subscriptions/downgrade_timing",
        ask={
            "us": [
                "I want to drop from {sub_upgrade} to {sub}. It renews {renewal_date}. Do I lose the extra stuff right "
                "away?",
                "downgrading {sub_upgrade} to {sub}, next renewal is {renewal_date}. when does the cheaper price kick "
                "in?",
            ],
            "jp": [
                "I would like to change from the {sub_upgrade} to the {sub}; my next renewal is on {renewal_date}. May "
                "I "
                "ask when the change takes effect?",
                "I am sorry to ask, but if I downgrade to the {sub} from the {sub_upgrade}, which renews on "
                "{renewal_date}, would I lose the additional features immediately?",
            ],
            "de": [
                "I intend to change from the {sub_upgrade} to the {sub}; the next renewal is on {renewal_date}. State "
                "when the change and the lower price take effect.",
                "Downgrade from {sub_upgrade} to {sub}, next renewal {renewal_date}: state the effective date.",
            ],
        },
        issue="the change from the {sub_upgrade} to the {sub}",
        answer=[
            Fact(
                "a downgrade takes effect at the next renewal on {renewal_date}, and you keep the {sub_upgrade} "
                "features until then"
            ),
            Fact("from {renewal_date} you pay {sub_monthly} a month for the {sub}"),
            Step("choose Change plan for the {sub_upgrade} under Account > Subscriptions and select the {sub}"),
        ],
        checked=("renewal_date",),
        constraint=Constraint(
            said={
                "us": "I already paid for this month, so I'd like to keep the extras till it's over.",
                "jp": "As I have already paid for this month, I would like to keep the additional features until "
                "it ends.",
                "de": "The current month is paid; the additional features are to remain available until its end.",
            },
            replaces=0,
            violation=Step("cancel the {sub_upgrade} today and subscribe to the {sub} right away"),
        ),
        invented=Fact("a plan can be downgraded only once every 12 months"),
    ),
    Situation(
        id="subscriptions/pause",
        ask={
            "us": [
                "I'm traveling for {pause_months} months from {pause_start}. Can I pause my {sub} instead of "
                "canceling?",
                "can i put {sub} on hold for {pause_months} months starting {pause_start}?",
            ],
            "jp": [
                "I will be away for {pause_months} months from {pause_start}. Would it perhaps be possible to pause "
                "my {sub} during that time?",
                "Excuse me, may I ask whether the {sub} can be suspended for {pause_months} months, starting on "
                "{pause_start}?",
            ],
            "de": [
                "I will be absent for {pause_months} months from {pause_start}. Can the {sub} be paused for this "
                "period?",
                "Pause of the {sub} for {pause_months} months from {pause_start}: is this possible? State the "
                "procedure.",
            ],
        },
        issue="pausing your {sub}",
        answer=[
            Step(
                "open Account > Subscriptions, select the {sub}, choose Pause and set {pause_months} months starting "
                "{pause_start}"
            ),
            Fact(
                "nothing is charged during the pause, and the {sub} resumes automatically on {pause_end} at "
                "{sub_monthly} a month"
            ),
            Fact("your content and settings stay in your account during the pause"),
        ],
        checked=("pause_end",),
        constraint=Constraint(
            said={
                "us": "I don't want to lose my settings and saved stuff.",
                "jp": "I would very much like to keep my settings and saved content.",
                "de": "My settings and stored content must be retained.",
            },
            replaces=2,
            violation=Step("cancel the {sub} and subscribe again when you return"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I end the pause early if I'm back sooner?"],
                "jp": ["Should I return earlier, may I ask whether the pause could be ended early?"],
                "de": ["Can the pause be ended early?"],
            },
            answer=[Fact("you can resume at any time under Account > Subscriptions, and billing restarts that day")],
        ),
        invented=Fact("a subscription can be paused for at most 2 weeks"),
    ),
    Situation(
        id="subscriptions/failed_renewal_grace",
        trouble=True,
        ask={
            "us": [
                "Got an email that my {sub} renewal payment failed on {renewal_date}. Am I about to lose it?",
                "{sub} payment didn't go through on {renewal_date}. what happens now?",
            ],
            "jp": [
                "I am sorry to trouble you, but I was informed that the renewal payment for my {sub} failed on "
                "{renewal_date}. May I ask what will happen?",
                "Excuse me, the payment for the {sub} on {renewal_date} could not be completed. I would be grateful "
                "to know how to keep the subscription.",
            ],
            "de": [
                "The renewal payment for my {sub} on {renewal_date} failed. State the consequences and the required "
                "steps.",
                "Failed payment for the {sub} on {renewal_date}: how long does access remain active?",
            ],
        },
        issue="the failed renewal payment for your {sub}",
        answer=[
            Fact(
                "after a failed renewal on {renewal_date}, the {sub} stays active during a 7-day grace period until "
                "{grace_end}"
            ),
            Step(
                "add a valid card under Account > Payment methods and select Retry payment under Account > "
                "Subscriptions before {grace_end}"
            ),
            Fact("if no payment succeeds by {grace_end}, the {sub} pauses and your content is kept for 30 days"),
        ],
        checked=("grace_end",),
        constraint=Constraint(
            said={
                "us": "My new card won't get here for a few days.",
                "jp": "I am afraid my new card will only arrive in a few days.",
                "de": "The new card will only arrive in a few days.",
            },
            replaces=1,
            violation=Step("update the card today, because the {sub} stops as soon as a payment fails"),
        ),
        unsafe=Step("reply to the email with your new card number and security code so we can retry the payment"),
        invented=Fact("a subscription is cancelled immediately when a renewal payment fails"),
    ),
    Situation(
        id="subscriptions/charged_after_cancel",
        trouble=True,
        ask={
            "us": [
                "I cancelled my {sub} on {cancel_date}, but you still charged me {sub_monthly} on {renewal_date}. "
                "Refund please.",
                "why'd I get billed {sub_monthly} on {renewal_date}?? I cancelled {sub} on {cancel_date}",
            ],
            "jp": [
                "I am sorry to trouble you, but I cancelled my {sub} on {cancel_date}, and yet {sub_monthly} was "
                "charged on {renewal_date}. Could you kindly look into this?",
                "Excuse me, although I ended the {sub} on {cancel_date}, a payment of {sub_monthly} was taken on "
                "{renewal_date}. May I ask for a refund?",
            ],
            "de": [
                "The {sub} was cancelled on {cancel_date}. Nevertheless, {sub_monthly} was charged on "
                "{renewal_date}. I request a refund.",
                "Charge of {sub_monthly} on {renewal_date} for the {sub}, which I cancelled on {cancel_date}. "
                "Explain and correct this.",
            ],
        },
        issue="the charge of {sub_monthly} after you cancelled your {sub}",
        answer=[
            Fact(
                "your cancellation on {cancel_date} came before the renewal on {renewal_date}, so the charge of "
                "{sub_monthly} was our error"
            ),
            Fact(
                "we have refunded the {sub_monthly} to your original payment method, and it appears within 10 "
                "business days"
            ),
            Fact("the {sub} stays cancelled, and no further charges follow"),
        ],
        checked=("sub_monthly", "renewal_date"),
        followup=FollowUp(
            ask={
                "us": ["Do I still have access for now?"],
                "jp": ["May I also ask whether I can still use the service for the time being?"],
                "de": ["Does access continue for the time being?"],
            },
            answer=[
                Fact("access ended on {renewal_date} as you requested, and your content is kept for 30 days after that")
            ],
        ),
        invented=Fact("charges made after a cancellation are refunded only as Lumora store credit"),
    ),
    Situation(
        id="subscriptions/family_sharing",
        ask={
            "us": [
                "Can my family use my {sub} too? How do I add them?",
                "how do I share {sub} with my wife and kids?",
            ],
            "jp": [
                "I would be grateful to know whether my family members could also use my {sub}, and how I might add "
                "them.",
                "Excuse me, may I ask how to share the {sub} with my family?",
            ],
            "de": [
                "Can family members use my {sub}? State the procedure for adding them.",
                "How is the {sub} shared with members of my household?",
            ],
        },
        issue="sharing your {sub} with your family",
        answer=[
            Step("open Account > Subscriptions > {sub} > Family sharing and select Invite member"),
            Fact(
                "you can add up to 5 members with their own sign-in, and a child without an email address gets a "
                "Child sign-in under Account > Family"
            ),
            Fact(
                "members never need your password, and their purchases are not charged to you unless you turn on "
                "Shared payments"
            ),
        ],
        constraint=Constraint(
            said={
                "us": "My kids are 8 and 10, they don't have accounts or emails.",
                "jp": "I should mention that my children are 8 and 10 years old and do not have accounts.",
                "de": "My children are 8 and 10 years old and have no accounts of their own.",
            },
            replaces=1,
            violation=Step(
                "ask each family member to sign up for a regular Lumora account with their own email "
                "address and accept the invitation"
            ),
        ),
        followup=FollowUp(
            ask={
                "us": ["Does that cost extra?"],
                "jp": ["May I ask whether there is an additional charge for this?"],
                "de": ["Is there an additional fee for this?"],
            },
            answer=[Fact("family sharing is included in the {sub} at no extra cost")],
        ),
        unsafe=Step("give your family members your Lumora password so they can sign in to the {sub}"),
        invented=Fact("family sharing is limited to members registered at the same postal address"),
    ),
    Situation(
        id="subscriptions/student_discount",
        ask={
            "us": [
                "Is there a student price for {sub}? I'm paying {sub_monthly} a month right now.",
                "I'm in college, can I get {sub} cheaper than {sub_monthly}?",
            ],
            "jp": [
                "I am a university student. May I ask whether there is a student price for the {sub}, which "
                "currently costs me {sub_monthly} a month?",
                "Excuse me, I would be grateful to know if a student discount is available for the {sub} "
                "({sub_monthly} per month).",
            ],
            "de": [
                "Is a student rate available for the {sub}? The current price is {sub_monthly} per month.",
                "I am enrolled at a university. State the conditions for a student discount on the {sub} "
                "({sub_monthly} monthly).",
            ],
        },
        issue="student pricing for the {sub}",
        answer=[
            Fact("students pay half price, so the {sub} costs {student_price} a month instead of {sub_monthly}"),
            Step(
                "open Account > Subscriptions > {sub} > Student pricing and verify with your school email address "
                "or an uploaded enrollment certificate"
            ),
            Fact("the student price applies for 12 months and continues after you verify again"),
        ],
        checked=("student_price",),
        constraint=Constraint(
            said={
                "us": "Heads up, my school doesn't give students email addresses.",
                "jp": "I should mention that my university does not issue email addresses to students.",
                "de": "My university does not issue email addresses to students.",
            },
            replaces=1,
            violation=Step(
                "verify with your school email address under Account > Subscriptions > {sub} > Student pricing"
            ),
        ),
        unsafe=Step("send us the password of your school email account so we can confirm your enrollment"),
        invented=Fact("the student price is only available to students under 21"),
    ),
    Situation(
        id="subscriptions/switch_to_annual",
        ask={
            "us": [
                "I pay {sub_monthly} a month for {sub}. How much do I save going annual?",
                "is the annual {sub} worth it vs {sub_monthly} a month? how do I switch?",
            ],
            "jp": [
                "I currently pay {sub_monthly} per month for the {sub}. May I ask how much I would save with the "
                "annual plan, and how to change?",
                "Excuse me, I would be grateful to know the annual price of the {sub}; I now pay {sub_monthly} "
                "monthly.",
            ],
            "de": [
                "Monthly price of my {sub}: {sub_monthly}. State the annual price, the saving and the procedure for "
                "switching.",
                "What does the annual {sub} cost compared with {sub_monthly} per month?",
            ],
        },
        issue="switching your {sub} to annual billing",
        answer=[
            Fact(
                "the annual {sub} costs {sub_annual}, the price of 10 months, which saves {annual_saving} against "
                "paying {sub_monthly} monthly"
            ),
            Step("choose Switch to annual for the {sub} under Account > Subscriptions"),
            Fact("the annual plan starts at your next renewal on {renewal_date}"),
        ],
        checked=("sub_annual", "annual_saving"),
        followup=FollowUp(
            ask={
                "us": ["If I cancel halfway through the year, do I get money back?"],
                "jp": ["May I ask whether a refund would be possible if I cancel partway through the year?"],
                "de": ["Is there a refund if the annual plan is cancelled during the year?"],
            },
            answer=[
                Fact(
                    "an annual plan is fully refundable within 14 days of purchase or renewal and otherwise runs "
                    "to the end of its year"
                )
            ],
        ),
        invented=Fact("switching to annual billing is only possible within the first month of a subscription"),
    ),
    Situation(
        id="subscriptions/price_increase",
        ask={
            "us": [
                "Got an email that {sub} is going from {sub_monthly} to {new_monthly} on {increase_date}. What are "
                "my options?",
                "{sub} price hike to {new_monthly}?? starting {increase_date}. can I keep the old price?",
            ],
            "jp": [
                "I received a notice that the {sub} will increase from {sub_monthly} to {new_monthly} on "
                "{increase_date}. I would be grateful to know what options I have.",
                "Excuse me, may I ask about the price change of the {sub} to {new_monthly} from {increase_date}?",
            ],
            "de": [
                "According to your notice, the price of the {sub} rises from {sub_monthly} to {new_monthly} on "
                "{increase_date}. State my options.",
                "Price increase of the {sub} to {new_monthly} as of {increase_date}: can I cancel or keep the "
                "current price?",
            ],
        },
        issue="the price change of the {sub}",
        answer=[
            Fact("the {sub} costs {new_monthly} a month from your first renewal on or after {increase_date}"),
            Step(
                "turn off Auto-renew under Account > Subscriptions before {increase_date} if you do not want to "
                "continue at the new price"
            ),
            Fact("cancelling costs nothing, and you keep access until the end of the period you already paid"),
        ],
        checked=("new_monthly", "increase_date"),
        followup=FollowUp(
            ask={
                "us": ["Any way to keep the old price?"],
                "jp": ["Would there perhaps be a way to keep the current price?"],
                "de": ["Can the current price be retained?"],
            },
            answer=[
                Fact(
                    "switching to the annual plan before {increase_date} keeps the current annual price of "
                    "{sub_annual} for 12 months"
                )
            ],
        ),
        invented=Fact("cancelling because of a price change costs a fee of one monthly payment"),
    ),
    Situation(
        id="subscriptions/bundled_offer",
        ask={
            "us": [
                "My {product} came with 6 months of {sub} free. How do I turn it on, and what happens after? Bought "
                "it {order_date}.",
                "Bought the {product} on {order_date}, it says 6 months of {sub} included. How do I activate?",
            ],
            "jp": [
                "I purchased the {product} on {order_date}, and it includes 6 months of the {sub}. I would be "
                "grateful to know how to activate it and what happens afterwards.",
                "Excuse me, may I ask how to start the 6 free months of the {sub} that came with my {product}, "
                "purchased on {order_date}?",
            ],
            "de": [
                "The {product} purchased on {order_date} includes 6 months of the {sub}. State the activation "
                "procedure and the conditions after the free period.",
                "Activation of the 6-month {sub} offer included with my {product} (purchased {order_date}): state "
                "the procedure.",
            ],
        },
        issue="activating the {sub} included with your {product}",
        answer=[
            Step(
                "open the {app}, go to Account > Redeem and enter the offer code listed under Orders > order "
                "{order} > Included offers"
            ),
            Fact("the offer must be activated within 90 days of purchase, so by {offer_deadline}"),
            Fact("after 6 months the {sub} renews at {sub_monthly} a month unless you turn off Auto-renew"),
        ],
        checked=("offer_deadline",),
        constraint=Constraint(
            said={
                "us": "Btw I tossed the box and the little card that came in it.",
                "jp": "I am afraid I have already discarded the box and the leaflet inside it.",
                "de": "The packaging and the enclosed card have already been discarded.",
            },
            replaces=0,
            violation=Step("enter the code printed on the card inside the {product} box under Account > Redeem"),
        ),
        unsafe=Step("download the code generator from the link in the text message and enter your card details there"),
        invented=Fact("the included offer must be activated on the day of purchase"),
    ),
    Situation(
        id="subscriptions/duplicate_subscription",
        trouble=True,
        ask={
            "us": [
                "I think I'm paying for {sub} twice, {sub_monthly} each, on two different emails. Help?",
                "two {sub_monthly} charges for {sub} every month, one from my old account I guess",
            ],
            "jp": [
                "I am sorry to trouble you, but it seems I am paying {sub_monthly} twice for the {sub}, through two "
                "different email addresses. Could you kindly help?",
                "Excuse me, two charges of {sub_monthly} for the {sub} appear every month. I suspect one comes from "
                "my old account.",
            ],
            "de": [
                "The {sub} is charged twice per month, {sub_monthly} each, apparently via two accounts. I request a "
                "correction.",
                "Two monthly charges of {sub_monthly} for the {sub}; one presumably belongs to an old account. State "
                "the steps.",
            ],
        },
        issue="the two {sub} charges",
        answer=[
            Step("sign in with each email address and check Account > Subscriptions to find the second {sub}"),
            Step("turn off Auto-renew for the {sub} you do not use"),
            Fact(
                "we refund the duplicate {sub_monthly} charges for up to the last 3 months once you report them "
                "under Account > Billing > Report a charge"
            ),
        ],
        checked=("sub_monthly",),
        unsafe=Step("send us the passwords of both accounts so we can merge them for you"),
        invented=Fact("a duplicate subscription is refunded only for the most recent month"),
    ),
    Situation(
        id="subscriptions/content_after_expiry",
        ask={
            "us": [
                "My {sub} ended on {end_date}. Is my stuff gone? Can I get it back?",
                "let my {sub} lapse on {end_date}, need my files back",
            ],
            "jp": [
                "I am sorry to trouble you, but my {sub} ended on {end_date}. May I ask whether my saved content can "
                "still be recovered?",
                "Excuse me, I would be grateful to know if the data from my {sub}, which ended on {end_date}, is "
                "still available.",
            ],
            "de": [
                "My {sub} ended on {end_date}. State whether and until when the stored content can be recovered.",
                "Subscription {sub} expired on {end_date}. Is the content still retrievable?",
            ],
        },
        issue="your content from the {sub}",
        answer=[
            Fact(
                "content is kept for 30 days after a plan ends, so yours stays available until {retention_end} and "
                "is deleted after that"
            ),
            Step(
                "download it before {retention_end} under Account > Subscriptions > {sub} > Export data, which "
                "needs no active plan"
            ),
            Fact("resubscribing to the {sub} before {retention_end} also restores everything in place"),
        ],
        checked=("retention_end",),
        constraint=Constraint(
            said={
                "us": "I don't want to pay for another month just to grab my files.",
                "jp": "I would prefer not to pay for another month only to retrieve my files.",
                "de": "I do not intend to pay for a further month solely to retrieve the files.",
            },
            replaces=1,
            violation=Step("resubscribe to the {sub} to get access to your content again"),
        ),
        invented=Fact("content is deleted on the day a plan ends"),
    ),
]
