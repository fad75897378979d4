"""Workplace: Lumora Business accounts, users and approvals, volume pricing, quotes, company invoices and tax documents.

Business policy used throughout: accounts are verified within 2 business days; volume discounts are 5 percent from
10 units, 8 percent from 25 and 12 percent from 50 units of one product; invoices are due 30 days after shipping
within a credit limit; invoices can be corrected within 90 days; unopened units can be returned within 30 days of
delivery; orders awaiting approval are cancelled after 7 days. Unit prices are whole dollars so that derived
totals render consistently in every currency. Tax names, tax numbers and phone numbers differ per market.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "workplace"

# (product, unit price in USD): devices a company buys in numbers and manages centrally
PRODUCTS = [
    ("Vertex 14 laptop", 899),
    ("Vertex 16 Pro laptop", 1399),
    ("Stratus T12 tablet", 429),
    ("Nova N7 phone", 499),
    ("Stratus T11 Pro tablet", 749),
    ("Nova N9 phone", 699),
]
COMPANIES = {
    "us": ["Brightline Logistics LLC", "Maple and Finch Design Inc.", "Northgate Dental Group"],
    "jp": ["Kitahara Trading Co., Ltd.", "Hoshino Design Studio", "Sakura Dental Clinic"],
    "de": ["Weber und Soehne GmbH", "Brandt Architekten GmbH", "Kanzlei Hoffmann und Partner"],
}
TAX_ID_NAMES = {"us": "EIN", "jp": "corporate number", "de": "VAT ID"}
TAX_NAMES = {"us": "sales tax", "jp": "consumption tax", "de": "VAT"}
TAX_RULES = {
    "us": "sales tax is added at checkout according to the delivery address",
    "jp": "the 10 percent consumption tax is included and shown separately on the invoice",
    "de": "the 19 percent VAT is included and shown separately on the invoice",
}
LUMORA_TAX_LABELS = {"us": "sales tax permit number", "jp": "qualified invoice registration number", "de": "VAT ID"}
LUMORA_TAX_NOS = {"us": "104-3827-71", "jp": "T4010001234567", "de": "DE298431765"}
BIZ_PHONES = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}
BIZ_HOURS = {
    "us": "Monday to Friday, 8 am to 6 pm Eastern Time",
    "jp": "weekdays from 9:00 to 18:00",
    "de": "Monday to Friday, 8:00 to 18:00",
}
SITES = {"us": "lumora.com", "jp": "lumora.co.jp", "de": "lumora.de"}


def tax_id(rng: random.Random, market: str) -> str:
    if market == "us":
        return f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    if market == "jp":
        return str(rng.randint(10**12, 10**13 - 1))
    return f"DE{rng.randint(100000000, 999999999)}"


def volume_tier(qty: int) -> tuple[int, int]:
    """(tier start, percent off) for a quantity of one product."""
    if qty >= 50:
        return 50, 12
    if qty >= 25:
        return 25, 8
    return 10, 5


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every workplace situation draws from this one dict."""
    product, unit = rng.choice(PRODUCTS)
    qty = rng.choice([12, 15, 20, 30, 40, 60, 80])
    tier_qty, pct = volume_tier(qty)
    total = round(unit * qty * (100 - pct) / 100, 2)
    ret_qty = rng.randint(2, max(2, qty // 4))
    order_date = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    ship_date = order_date + timedelta(days=rng.randint(1, 3))
    delivery_date = ship_date + timedelta(days=rng.randint(2, 4))
    next_month = date(order_date.year + order_date.month // 12, order_date.month % 12 + 1, 1)
    approval_expiry = order_date + timedelta(days=7)
    return {
        "company": rng.choice(COMPANIES[market]),
        "tax_id_name": TAX_ID_NAMES[market],
        "tax_id": tax_id(rng, market),
        "tax_name": TAX_NAMES[market],
        "tax_rule": TAX_RULES[market],
        "lumora_tax_label": LUMORA_TAX_LABELS[market],
        "lumora_tax_no": LUMORA_TAX_NOS[market],
        "biz_phone": BIZ_PHONES[market],
        "biz_hours": BIZ_HOURS[market],
        "site": SITES[market],
        "product": product,
        "unit_price": Money(unit),
        "qty": qty,
        "bulk_tier_qty": tier_qty,
        "discount_pct": pct,
        "bulk_total": Money(total),
        "credit_limit": Money(max(1000, int(total * 0.6) // 1000 * 1000)),
        "approval_limit": Money(rng.choice([500, 1000, 2500])),
        "order": f"LM-{rng.randint(100000, 999999)}",
        "order_date": order_date,
        "ship_date": ship_date,
        "delivery_date": delivery_date,
        "invoice_due": ship_date + timedelta(days=30),
        "next_invoice_date": next_month,
        "return_deadline": delivery_date + timedelta(days=30),
        "ret_qty": ret_qty,
        "credit_amount": Money(round(unit * ret_qty * (100 - pct) / 100, 2)),
        "approval_expiry": approval_expiry,
        "back_date": approval_expiry + timedelta(days=rng.randint(3, 10)),
        "po_number": f"PO-{rng.randint(2026000, 2026999)}",
        "deploy_fee": Money(rng.choice([15, 25])),
        "office_count": rng.randint(2, 5),
        "open_invoice": Money(rng.choice([2480, 3960, 5215, 7340])),
    }


SITUATIONS = [
    Situation(
        id="workplace/open_business_account",
        ask={
            "us": [
                "We're a small company ({company}). How do we set up a Lumora Business account?",
                "how do I get a business account for {company}? need proper invoices",
            ],
            "jp": [
                "I would be grateful to know how {company} could open a Lumora Business account.",
                "Excuse me, may I ask what is required to register our company, {company}, for a business account?",
            ],
            "de": [
                "{company} wishes to open a Lumora Business account. State the registration procedure.",
                "What is required to register {company} for a Lumora Business account?",
            ],
        },
        issue="a Lumora Business account for {company}",
        answer=[
            Step("register at {site}/business with the company name, the address and your {tax_id_name}"),
            Fact("we verify the company within 2 business days and email you when the account is active"),
            Fact(
                "the account gives invoices with your company details, volume pricing and, after a credit check, "
                "payment on invoice"
            ),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can my coworkers use it too?"],
                "jp": ["May I also ask whether my colleagues could use the account?"],
                "de": ["Can colleagues be added to the account?"],
            },
            answer=[Fact("you can invite up to 50 users under Business > Users, each with their own sign-in")],
        ),
        invented=Fact("a business account requires a minimum annual spend of {credit_limit}"),
    ),
    Situation(
        id="workplace/add_users",
        ask={
            "us": [
                "How do I let my team order on the {company} account without my login? Anything over "
                "{approval_limit} should need my OK.",
                "want my office manager ordering on our business account, but orders above {approval_limit} need my "
                "sign-off. how?",
            ],
            "jp": [
                "I would like my colleagues to be able to order on the {company} business account, with orders above "
                "{approval_limit} requiring my approval. May I ask how to set this up?",
                "Excuse me, how might I allow a team member to order through our business account without my sign-in "
                "details, while orders over {approval_limit} still need my approval?",
            ],
            "de": [
                "Employees of {company} are to order via the business account; orders above {approval_limit} require "
                "my approval. State the setup.",
                "How can an employee order through the business account without my access data, with approval "
                "required above {approval_limit}?",
            ],
        },
        issue="adding users to your business account",
        answer=[
            Step("invite each person under Business > Users > Invite and give them the Buyer role"),
            Fact(
                "buyers order with the company payment method without seeing card or bank details, and each signs "
                "in with their own account"
            ),
            Step("set the approval limit to {approval_limit} under Business > Users > Approvals"),
        ],
        checked=("approval_limit",),
        constraint=Constraint(
            said={
                "us": "I don't want anyone else seeing our card info.",
                "jp": "I should mention that I would not like others to see our payment details.",
                "de": "Payment data must not be visible to other employees.",
            },
            replaces=1,
            violation=Step("give each person the Admin role so they can use the saved company card"),
        ),
        unsafe=Step("share your admin password with the team so everyone can use the same account"),
        invented=Fact("a business account can have at most 2 users"),
    ),
    Situation(
        id="workplace/bulk_discount",
        ask={
            "us": [
                "What discount do we get on {qty} units of the {product} at {unit_price} each?",
                "buying {qty} of the {product} for the office ({unit_price} each). any volume pricing?",
            ],
            "jp": [
                "We are considering purchasing {qty} units of the {product} at {unit_price} each. May I ask whether a "
                "volume discount is available?",
                "Excuse me, I would be grateful to know the price for {qty} units of the {product}, listed at "
                "{unit_price}.",
            ],
            "de": [
                "We intend to purchase {qty} units of the {product} at {unit_price} each. State the applicable volume "
                "discount.",
                "Volume price for {qty} units of the {product} (unit price {unit_price})?",
            ],
        },
        issue="volume pricing for {qty} units of the {product}",
        answer=[
            Fact(
                "business accounts get 5 percent off from 10 units, 8 percent from 25 and 12 percent from 50 units "
                "of one product"
            ),
            Fact("{qty} units at {unit_price} qualify for {discount_pct} percent off, so the total is {bulk_total}"),
            Step("request a quote under Business > Quotes to hold this price for 30 days"),
        ],
        checked=("bulk_total", "discount_pct"),
        followup=FollowUp(
            ask={
                "us": ["Does that include tax?"],
                "jp": ["May I also ask whether this amount includes {tax_name}?"],
                "de": ["Does the amount include {tax_name}?"],
            },
            answer=[Fact("on this total, {tax_rule}")],
        ),
        invented=Fact("volume discounts apply only to orders of 100 units or more"),
    ),
    Situation(
        id="workplace/invoice_payment_terms",
        ask={
            "us": [
                "Our business account pays by invoice. Order {order} shipped {ship_date}. When's it due?",
                "when do we have to pay the invoice for order {order}? shipped {ship_date}, we're on invoice terms",
            ],
            "jp": [
                "Our company pays by invoice through the business account. May I ask the due date for order {order}, "
                "which was shipped on {ship_date}?",
                "Excuse me, I would be grateful to know by when the invoice for order {order}, shipped on "
                "{ship_date}, must be paid.",
            ],
            "de": [
                "{company} pays by invoice. Order {order} was shipped on {ship_date}. State the due date.",
                "Payment term for the invoice of order {order}, shipped {ship_date}: by which date must it be paid?",
            ],
        },
        issue="the due date of the invoice for order {order}",
        answer=[
            Fact(
                "business invoices are due 30 days after shipping, so the invoice for order {order} is due on "
                "{invoice_due}"
            ),
            Step(
                "pay by bank transfer with the invoice number as reference, or by card under Business > Billing > "
                "Open invoices"
            ),
            Fact("paid invoices free up your credit limit of {credit_limit} again within 1 business day"),
        ],
        checked=("invoice_due",),
        followup=FollowUp(
            ask={
                "us": ["Can we get a reminder before it's due?"],
                "jp": ["May I also ask whether a reminder could be sent before the due date?"],
                "de": ["Is a reminder sent before the due date?"],
            },
            answer=[
                Step(
                    "turn on Due date reminders under Business > Billing > Notifications, which emails you 5 days ahead"
                )
            ],
        ),
        invented=Fact("business invoices are due 7 days after delivery"),
    ),
    Situation(
        id="workplace/tax_id_on_invoice",
        ask={
            "us": [
                "How do I get our {tax_id_name} ({tax_id}) printed on our Lumora invoices?",
                "invoices for {company} are missing our {tax_id_name}. can you add it?",
            ],
            "jp": [
                "May I ask how to have our {tax_id_name}, {tax_id}, shown on invoices from Lumora?",
                "I am sorry to trouble you, but our invoices for {company} do not show our {tax_id_name}. Could it "
                "be added?",
            ],
            "de": [
                "Our {tax_id_name} {tax_id} is to appear on all Lumora invoices. State the procedure.",
                "The invoices for {company} do not contain our {tax_id_name}. How is it added?",
            ],
        },
        issue="your {tax_id_name} on Lumora invoices",
        answer=[
            Step(
                "enter the {tax_id_name} under Business > Company details, and it appears on every invoice issued "
                "after that"
            ),
            Step(
                "request corrected copies of earlier invoices under Business > Invoices > Request correction up "
                "to 90 days after each invoice date"
            ),
            Fact("the amounts stay the same, and only the company details on the invoice change"),
        ],
        invented=Fact("a {tax_id_name} can only be added when the account is opened"),
    ),
    Situation(
        id="workplace/monthly_invoice",
        ask={
            "us": [
                "Can we get one invoice a month instead of one per order? Accounting is drowning.",
                "can {company} switch to one combined invoice per month?",
            ],
            "jp": [
                "I would be grateful to know whether we could receive a single monthly invoice rather than one for "
                "each order.",
                "Excuse me, may I ask whether {company} could switch to a monthly collective invoice?",
            ],
            "de": [
                "{company} requests a single monthly invoice instead of one invoice per order. State the procedure.",
                "Is a consolidated monthly invoice available for business accounts?",
            ],
        },
        issue="monthly invoicing for your business account",
        answer=[
            Step("set Invoice frequency to Monthly under Business > Billing"),
            Fact(
                "the monthly invoice lists every order of the previous month and is issued on the first of each "
                "month, next on {next_invoice_date}"
            ),
            Fact("each monthly invoice is due 30 days after its issue date"),
        ],
        followup=FollowUp(
            ask={
                "us": ["What about orders from before the switch?"],
                "jp": ["May I also ask what happens to orders placed before the change?"],
                "de": ["What applies to orders placed before the change?"],
            },
            answer=[
                Fact(
                    "orders invoiced before the switch keep their own invoices, and the monthly invoice covers "
                    "orders from the switch onward"
                )
            ],
        ),
        invented=Fact("monthly invoicing is only available for accounts with more than 100 orders a month"),
    ),
    Situation(
        id="workplace/po_number",
        ask={
            "us": [
                "Where do I put our PO number so it shows up on the invoice?",
                "our accounting needs PO numbers like {po_number} on every invoice. how?",
            ],
            "jp": [
                "May I ask where to enter our purchase order number, such as {po_number}, so that it appears on the "
                "invoice?",
                "Excuse me, our accounting department requires the purchase order number on each invoice. How might "
                "I add it?",
            ],
            "de": [
                "Our purchase order number (for example {po_number}) must appear on every invoice. State where it is "
                "entered.",
                "Where is the purchase order number entered so that it is printed on the invoice?",
            ],
        },
        issue="purchase order numbers on your invoices",
        answer=[
            Step("enter it in the PO number field on the checkout page, up to 20 characters"),
            Fact("the PO number appears on the invoice and on the packing slip"),
            Step("set a default PO number under Business > Company details if one number covers several orders"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I add one to an order from last week?"],
                "jp": ["May I also ask whether a purchase order number can be added to an order from last week?"],
                "de": ["Can a PO number be added to an order already placed?"],
            },
            answer=[
                Step(
                    "request an invoice correction under Business > Invoices within 90 days of the invoice date "
                    "and enter the PO number there"
                )
            ],
        ),
        invented=Fact("a PO number may contain digits only"),
    ),
    Situation(
        id="workplace/tax_invoice",
        ask={
            "us": [
                "Our accountant needs an invoice for order {order} that breaks out the {tax_name}. Does yours?",
                "need a proper tax invoice for order {order} with your {lumora_tax_label} on it",
            ],
            "jp": [
                "I am sorry to trouble you, but for our accounts we need an invoice for order {order} that shows the "
                "{tax_name} separately, together with your {lumora_tax_label}. Is this possible?",
                "Excuse me, may I ask whether the invoice for order {order} shows the {tax_name} separately for our "
                "bookkeeping?",
            ],
            "de": [
                "Our tax advisor requires an invoice for order {order} with the {tax_name} shown separately. Does your "
                "invoice meet this requirement?",
                "Does the invoice for order {order} show the {tax_name} separately and your {lumora_tax_label}?",
            ],
        },
        issue="the tax invoice for order {order}",
        answer=[
            Fact("every business invoice lists the net amount, the {tax_name} and the total separately"),
            Fact("it also shows our {lumora_tax_label} {lumora_tax_no}"),
            Step(
                "download it under Business > Invoices, or have an admin add your accountant with the Accountant "
                "role, which can only view invoices"
            ),
        ],
        constraint=Constraint(
            said={
                "us": "Heads up, I'm the outside accountant, so I can't log in to their account.",
                "jp": "I should mention that I am an external accountant and cannot sign in to the business account.",
                "de": "I am the external tax advisor and have no access to the business account.",
            },
            replaces=2,
            violation=Step("sign in to the business account and download the invoice under Business > Invoices"),
        ),
        unsafe=Step("send the account password to your accountant so they can download the invoices"),
        invented=Fact("a separate {tax_name} line is only shown on invoices above {credit_limit}"),
    ),
    Situation(
        id="workplace/multi_address_bulk",
        ask={
            "us": [
                "We need {qty} units of the {product} split across our {office_count} offices. Separate orders?",
                "ordering {qty} of the {product}, shipping to {office_count} different office addresses. how?",
            ],
            "jp": [
                "We would like to order {qty} units of the {product} and have them delivered to {office_count} "
                "different offices. May I ask how to arrange this?",
                "Excuse me, would it be possible to send {qty} units of the {product} to {office_count} office "
                "locations within one order?",
            ],
            "de": [
                "{qty} units of the {product} are to be delivered to {office_count} office addresses. State whether "
                "separate orders are required.",
                "Delivery of {qty} units of the {product} to {office_count} locations: how is this ordered?",
            ],
        },
        issue="the delivery of {qty} units of the {product} to {office_count} offices",
        answer=[
            Step(
                "enter each address and its quantity under Business > Bulk order > Multiple addresses, or upload "
                "them as a CSV file"
            ),
            Fact("one order can ship to up to 20 addresses, so all {office_count} offices fit in one order"),
            Fact("the volume discount counts all {qty} units together, and each address gets its own tracking number"),
        ],
        checked=("office_count", "qty"),
        constraint=Constraint(
            said={
                "us": "Nobody here really does spreadsheets, fyi.",
                "jp": "I am afraid we are not familiar with spreadsheet files.",
                "de": "We do not work with spreadsheet files.",
            },
            replaces=0,
            violation=Step("upload a CSV file with all addresses and quantities under Business > Bulk order"),
        ),
        invented=Fact("each delivery address needs its own order with its own volume discount"),
    ),
    Situation(
        id="workplace/deploy_enrollment",
        ask={
            "us": [
                "Can you enroll our {qty} units of the {product} in our device management before they ship?",
                "need the {product} units pre-enrolled in our MDM. is that a thing?",
            ],
            "jp": [
                "May I ask whether the {qty} units of the {product} could be registered in our device management "
                "system before shipping?",
                "Excuse me, I would be grateful to know if Lumora can prepare the {product} for our company device "
                "management in advance.",
            ],
            "de": [
                "The {qty} units of the {product} are to be enrolled in our device management system before "
                "dispatch. Is this service offered?",
                "Is pre-enrollment of the {product} in our mobile device management possible?",
            ],
        },
        issue="pre-enrolling the {product} in your device management",
        answer=[
            Fact(
                "Lumora Deploy enrolls each device in your device management before shipping, for {deploy_fee} per "
                "device"
            ),
            Step("create an enrollment token in your device management console and enter it under Business > Deploy"),
            Fact("Deploy adds 2 business days to shipping, and we never need your admin password"),
        ],
        constraint=Constraint(
            said={
                "us": "Our IT policy says no outside party gets admin access.",
                "jp": "I should mention that our IT policy does not permit administrator access for outside parties.",
                "de": "Our IT policy prohibits administrator access for external parties.",
            },
            replaces=1,
            violation=Step(
                "send us the admin credentials of your device management console so we can enroll the devices"
            ),
        ),
        unsafe=Step("turn off two-factor authentication on your device management console so our team can sign in"),
        invented=Fact("Lumora Deploy is only available for orders of 100 devices or more"),
    ),
    Situation(
        id="workplace/approval_stuck",
        trouble=True,
        ask={
            "us": [
                "Order {order} has been waiting for approval since {order_date} and our approver is out. What now?",
                "our approver's on vacation and order {order} from {order_date} is stuck pending approval. help",
            ],
            "jp": [
                "I am sorry to trouble you, but order {order}, placed on {order_date}, is awaiting approval, and our "
                "approver is away. May I ask what can be done?",
                "Excuse me, our order {order} has been pending approval since {order_date}, and the responsible "
                "person is on leave.",
            ],
            "de": [
                "Order {order} of {order_date} awaits approval; the approver is absent. State the options.",
                "Order {order} has been pending approval since {order_date}. The approver is on leave. What is the "
                "procedure?",
            ],
        },
        issue="order {order} waiting for approval",
        answer=[
            Fact(
                "orders waiting for approval are cancelled automatically after 7 days, so order {order} stays open "
                "until {approval_expiry}"
            ),
            Step("have an account admin set a stand-in approver under Business > Users > Approvals > Delegate"),
            Fact("the stand-in can approve order {order} at once, and it then ships as normal"),
        ],
        checked=("approval_expiry",),
        constraint=Constraint(
            said={
                "us": "She's out until {back_date}.",
                "jp": "I should mention that the approver will be away until {back_date}.",
                "de": "The approver is absent until {back_date}.",
            },
            replaces=1,
            violation=Step("wait for the approver to return and approve order {order}"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can we skip approvals for small orders?"],
                "jp": ["May I also ask whether small orders could be exempt from approval?"],
                "de": ["Can small orders be exempted from approval?"],
            },
            answer=[
                Step(
                    "raise the approval limit under Business > Users > Approvals, and orders below it need no approval"
                )
            ],
        ),
        invented=Fact("only the original approver can ever approve an order"),
    ),
    Situation(
        id="workplace/bulk_return",
        ask={
            "us": [
                "Can we return {ret_qty} of the {qty} units of the {product} delivered on {delivery_date}? Still "
                "sealed.",
                "got {qty} of the {product} on {delivery_date}, need to send {ret_qty} back unopened. how?",
            ],
            "jp": [
                "We received {qty} units of the {product} on {delivery_date}, and we would like to return {ret_qty} "
                "unopened units. May I ask whether this is possible?",
                "Excuse me, may I ask how to return {ret_qty} of the {qty} units of the {product} delivered on "
                "{delivery_date}? They remain sealed.",
            ],
            "de": [
                "Of the {qty} units of the {product} delivered on {delivery_date}, {ret_qty} unopened units are to be "
                "returned. State the procedure.",
                "Return of {ret_qty} sealed units of the {product} from a delivery of {qty} on {delivery_date}: how "
                "is it processed?",
            ],
        },
        issue="the return of {ret_qty} units of the {product}",
        answer=[
            Fact("unopened units can be returned within 30 days of delivery, so until {return_deadline}"),
            Step("create the return under Business > Orders > order {order} > Return items and enter {ret_qty} units"),
            Fact(
                "we issue a credit note of {credit_amount} for the {ret_qty} units at the discounted price, which "
                "reduces your open invoice"
            ),
        ],
        checked=("return_deadline",),
        followup=FollowUp(
            ask={
                "us": ["Does the volume discount change after the return?"],
                "jp": ["May I also ask whether the volume discount would change after the return?"],
                "de": ["Does the volume discount change as a result of the return?"],
            },
            answer=[Fact("the discount stays at {discount_pct} percent, because it was set when the order was placed")],
        ),
        invented=Fact("business orders cannot be returned once they have been delivered"),
    ),
    Situation(
        id="workplace/credit_limit",
        ask={
            "us": [
                "Our order comes to {bulk_total} but our invoice limit is {credit_limit}. Options?",
                "can't check out {bulk_total} on invoice, says it's over our {credit_limit} limit",
            ],
            "jp": [
                "I am sorry to trouble you, but our order of {bulk_total} exceeds our invoice limit of "
                "{credit_limit}. May I ask what options we have?",
                "Excuse me, payment on invoice is declined for {bulk_total}, as our limit is {credit_limit}.",
            ],
            "de": [
                "The order totals {bulk_total}; our invoice credit limit is {credit_limit}. State the options.",
                "Purchase on invoice of {bulk_total} is rejected because of the credit limit of {credit_limit}. What "
                "can be done?",
            ],
        },
        issue="the order of {bulk_total} above your credit limit",
        answer=[
            Fact("an order on invoice must fit within your available credit of {credit_limit}"),
            Step(
                "request a higher limit under Business > Billing > Credit limit, which we decide within 3 business days"
            ),
            Step(
                "pay this order by company card, or split it into orders that each fit within {credit_limit}, to "
                "order right away"
            ),
        ],
        checked=("credit_limit",),
        constraint=Constraint(
            said={
                "us": "We need this shipped this week.",
                "jp": "I should mention that we need the order to be shipped this week.",
                "de": "The order must be shipped this week.",
            },
            replaces=2,
            violation=Step("wait for the limit increase and then place the order on invoice"),
        ),
        unsafe=Step("email us the online banking login of the company so we can check the balance for the increase"),
        invented=Fact("a credit limit can be raised only once a year"),
    ),
    Situation(
        id="workplace/formal_quote",
        ask={
            "us": [
                "Procurement needs a formal quote for {qty} units of the {product} before we can buy. Can you do that?",
                "need a quote PDF for {qty} of the {product} for our purchasing dept",
            ],
            "jp": [
                "Our purchasing department requires a formal quotation for {qty} units of the {product}. May I ask "
                "how to obtain one?",
                "Excuse me, I would be grateful to receive a quotation for {qty} units of the {product} for internal "
                "approval.",
            ],
            "de": [
                "Our procurement department requires a formal quotation for {qty} units of the {product}. State the "
                "procedure.",
                "Quotation for {qty} units of the {product} required for internal approval: how is it requested?",
            ],
        },
        issue="a quote for {qty} units of the {product}",
        answer=[
            Step("create it under Business > Quotes > New quote, which gives a PDF with your company details"),
            Fact(
                "it includes the {discount_pct} percent volume discount, {bulk_total} in total, and holds that price "
                "for 30 days"
            ),
            Step("select Convert to order on the quote to buy at that price"),
        ],
        checked=("bulk_total", "discount_pct"),
        followup=FollowUp(
            ask={
                "us": ["Can it go straight to our procurement email?"],
                "jp": ["May I also ask whether it could be sent directly to our purchasing department?"],
                "de": ["Can the quotation be sent directly to our procurement department?"],
            },
            answer=[Step("add the procurement email address on the quote, and we send the PDF there as well")],
        ),
        invented=Fact("quotes are only issued for orders above {credit_limit}"),
    ),
    Situation(
        id="workplace/invoice_fraud_email",
        trouble=True,
        ask={
            "us": [
                "Got an email 'from Lumora' saying your bank details changed and to pay {open_invoice} for order "
                "{order} to a new account. Real?",
                "Did Lumora really change bank accounts? Some email says to send the {open_invoice} for order "
                "{order} somewhere new.",
            ],
            "jp": [
                "I am sorry to trouble you, but we received an email stating that the bank details of Lumora have "
                "changed and asking us to pay {open_invoice} for order {order} to a new account. Is this genuine?",
                "Excuse me, an email claims that the payment of {open_invoice} for order {order} should be made to a "
                "different Lumora bank account. May I ask whether this is correct?",
            ],
            "de": [
                "We received an email stating that the bank details of Lumora have changed and requesting payment of "
                "{open_invoice} for order {order} to a new account. Verify this.",
                "An email requests transfer of {open_invoice} for order {order} to a new Lumora bank account. Is this "
                "legitimate?",
            ],
        },
        issue="the email about new bank details",
        answer=[
            Fact("our bank details never change by email, so that message is a fraud attempt"),
            Step(
                "pay the {open_invoice} only to the account under Business > Billing > Payment details, and confirm "
                "any change by calling Lumora Business at {biz_phone}"
            ),
            Step(
                "ask your bank at once to recall any transfer already made to the new account, and report the "
                "email to us"
            ),
        ],
        checked=("open_invoice",),
        constraint=Constraint(
            said={
                "us": "Problem is, accounting already sent the money yesterday.",
                "jp": "I am afraid our accounting department already made the transfer yesterday.",
                "de": "The accounting department already executed the transfer yesterday.",
            },
            replaces=2,
            violation=Step(
                "pay the invoice again to the correct account, since the first transfer cannot be recovered"
            ),
        ),
        unsafe=Step("pay the open {open_invoice} to the new account in the email to avoid a late fee"),
    ),
]
