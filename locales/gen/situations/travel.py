"""Travel: devices abroad, plug adapters and voltage, roaming and travel eSIMs, flights, support and repairs abroad.

House rules (consistent with connectivity and warranty): mobile plans come from the customer's own carrier; Lumora sells
the Lumora Travel eSIM; phones sold by Lumora are unlocked; Lumora chargers are rated 100-240 volts; the warranty lasts
12 months in the US and Japan and 24 months in Germany. Destinations are chosen so that home plugs do not fit there.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "travel"

PRODUCTS = ["Lumen P5 tablet", "Strata L14 laptop", "Nimbus S7 smartwatch", "Nova 12 phone", "Terra K4 e-reader"]
PHONES = ["Nova 12 phone", "Nova 12 Pro phone", "Nova 10 phone"]
LAPTOPS = ["Strata L14 laptop", "Strata L16 laptop", "Lumora Book 14 laptop"]
WATCHES = ["Nimbus S7 smartwatch", "Nimbus S9 smartwatch", "Nimbus Fit 3 band"]
HEADSETS = ["Halo X2 headset", "Halo X4 headset", "Aurora X2 headset"]
CAMERAS = ["Vista C4 doorbell camera", "Vista E8 outdoor camera", "Vista C2 indoor camera"]
# (name, capacity in mAh, energy in Wh at 3.7 V), always under the 100 Wh cabin limit
POWER_BANKS = [("Volt P20 power bank", 20000, 74), ("Volt P26 power bank", 26800, 99)]
# destination, plug types, voltage: none of them accepts the plug of the home market
DESTINATIONS = {
    "us": [("Germany", "C or F", 230), ("the United Kingdom", "G", 230), ("Italy", "C or L", 230)],
    "jp": [("Germany", "C or F", 230), ("the United Kingdom", "G", 230), ("Australia", "I", 230)],
    "de": [("the United States", "A or B", 120), ("Japan", "A", 100), ("the United Kingdom", "G", 230)],
}
HOME_COUNTRY = {"us": "the United States", "jp": "Japan", "de": "Germany"}
WARRANTY_MONTHS = {"us": 12, "jp": 12, "de": 24}
STORE_CITY = {
    "us": ["Chicago", "Denver", "Austin"],
    "jp": ["Osaka", "Nagoya", "Sapporo"],
    "de": ["Munich", "Hamburg", "Cologne"],
}
SUPPORT_PHONE = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}
INTL_PHONE = {"us": "+1 312 555 0142", "jp": "+81 6 5555 0140", "de": "+49 221 5555 0142"}
SUPPORT_HOURS = {
    "us": "8 a.m. to 8 p.m. Central Time every day",
    "jp": "9:00 to 18:00 Japan time, Monday to Saturday",
    "de": "8:00 to 20:00 CET, Monday to Saturday",
}


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, d.day)


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    dest, plug, volts = rng.choice(DESTINATIONS[market])
    depart = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    trip_days = rng.randint(7, 16)
    # bought 1 to 10 months before the trip, so the warranty still runs when the customer is back home
    purchase = depart - timedelta(days=rng.randint(30, 300))
    purchase = purchase.replace(day=min(purchase.day, 28))
    bank, mah, wh = rng.choice(POWER_BANKS)
    return {
        "app": "Lumora app",
        "product": rng.choice(PRODUCTS),
        "phone": rng.choice(PHONES),
        "laptop": rng.choice(LAPTOPS),
        "watch": rng.choice(WATCHES),
        "headset": rng.choice(HEADSETS),
        "camera": rng.choice(CAMERAS),
        "power_bank": bank,
        "pb_mah": mah,
        "pb_wh": wh,
        "destination": dest,
        "dest_plug": plug,
        "dest_voltage": volts,
        "home_country": HOME_COUNTRY[market],
        "depart_date": depart,
        "return_date": depart + timedelta(days=trip_days - 1),
        "esim_gb": rng.choice([5, 10, 20]),
        "esim_days": rng.choice([7, 15, 30]),
        "purchase_date": purchase,
        "warranty_months": WARRANTY_MONTHS[market],
        "warranty_end": _add_months(purchase, WARRANTY_MONTHS[market]),
        "headset_hours": rng.choice([30, 40]),
        "flight_hours": rng.randint(9, 14),
        "store_city": rng.choice(STORE_CITY[market]),
        "clip_days": 30,
        "express_days": 2,
        "support_phone": SUPPORT_PHONE[market],
        "intl_phone": INTL_PHONE[market],
        "support_hours": SUPPORT_HOURS[market],
    }


SITUATIONS = [
    Situation(
        id="travel/adapters_for_several_devices",
        ask={
            "us": [
                "Taking my phone, laptop and smartwatch to {destination}. Do I need a separate adapter for each one?",
                "What do I need to charge all my gadgets in {destination}? Phone, laptop, watch. Converter?",
            ],
            "jp": [
                "Excuse me, I will take my phone, laptop and smartwatch to {destination}. Would I need an adapter for "
                "each of them?",
                "I am sorry to trouble you, but what should I bring to charge several devices in {destination}?",
            ],
            "de": [
                "I am travelling to {destination} with a phone, a laptop and a smartwatch. State which adapters or "
                "converters are required.",
                "How many plug adapters are needed to charge three devices in {destination}, and is a converter "
                "required?",
            ],
        },
        issue="charging your devices in {destination}",
        answer=[
            Fact(
                "{destination} uses type {dest_plug} sockets at {dest_voltage} volts, and Lumora chargers handle 100 "
                "to 240 volts"
            ),
            Step(
                "pack one type {dest_plug} adapter and a multi-port USB-C charger, so all devices charge from one "
                "socket"
            ),
            Fact("a voltage converter is not needed, and using one can damage the chargers"),
        ],
        checked=("dest_voltage",),
        constraint=Constraint(
            said={
                "us": "I really don't want to haul a bunch of extra stuff, I'm traveling carry-on only.",
                "jp": "I would like to travel as light as possible, as I only have a small cabin bag.",
                "de": "My luggage is limited to one small cabin bag.",
            },
            replaces=1,
            violation=Step("pack one type {dest_plug} adapter for each device you bring"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I bring my power strip from home?"],
                "jp": ["May I also ask whether I could use my power strip from home?"],
                "de": ["May a power strip from home be used?"],
            },
            answer=[
                Fact(
                    "a power strip from home is safe there only if its label says it is rated for {dest_voltage} volts"
                )
            ],
        ),
        invented=Fact("Lumora chargers only work at the voltage of the country where they were sold"),
    ),
    Situation(
        id="travel/avoid_roaming_charges",
        ask={
            "us": [
                "Going to {destination} from {depart_date} to {return_date}. How do I make sure my {phone} doesn't "
                "rack up roaming charges?",
                "Don't want a surprise bill after my {destination} trip ({depart_date} to {return_date}). What do I "
                "switch off on the {phone}?",
            ],
            "jp": [
                "Excuse me, I will be in {destination} from {depart_date} to {return_date}. How can I avoid roaming "
                "charges on my {phone}?",
                "I am a little worried about roaming fees during my stay in {destination} from {depart_date}. What "
                "settings should I change on my {phone}?",
            ],
            "de": [
                "I will be in {destination} from {depart_date} to {return_date}. State which settings on the {phone} "
                "prevent roaming charges.",
                "How are roaming costs on the {phone} avoided during a stay in {destination} ({depart_date} to "
                "{return_date})?",
            ],
        },
        issue="avoiding roaming charges on your {phone}",
        answer=[
            Step(
                "turn off Data roaming under Settings > Mobile network on the {phone} before you leave on {depart_date}"
            ),
            Fact(
                "with Data roaming off, apps use only Wi-Fi abroad, and calls and texts still follow the roaming "
                "rates of your carrier"
            ),
            Fact(
                "a Lumora Travel eSIM gives you mobile data in {destination} at a fixed price if you need data on the "
                "go"
            ),
        ],
        checked=("depart_date",),
        constraint=Constraint(
            said={
                "us": "I still need my home number for my bank's verification texts, though.",
                "jp": "I should mention that I need my usual number to receive verification texts from my bank.",
                "de": "My home number must remain reachable for verification texts from my bank.",
            },
            replaces=0,
            violation=Step("switch off your home SIM completely under Settings > Mobile network before you leave"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Will maps still work without data?"],
                "jp": ["May I also ask whether maps would still work without mobile data?"],
                "de": ["Do maps function without mobile data?"],
            },
            answer=[Step("download offline maps of {destination} over Wi-Fi before you leave")],
        ),
        invented=Fact("Data roaming cannot be switched off on phones bought from Lumora"),
    ),
    Situation(
        id="travel/esim_no_data_on_arrival",
        trouble=True,
        ask={
            "us": [
                "Just landed in {destination}. Installed the Travel eSIM ({esim_gb} GB, {esim_days} days) on my "
                "{phone} but no data. Help?",
                "My {phone} says no internet even though I set up the {esim_gb} GB Travel eSIM before flying to "
                "{destination}.",
            ],
            "jp": [
                "I am sorry to trouble you, but I have arrived in {destination}, and the Travel eSIM ({esim_gb} GB, "
                "{esim_days} days) on my {phone} gives no data.",
                "Excuse me, I installed the {esim_days}-day Travel eSIM on my {phone} before leaving, but in "
                "{destination} there is no connection.",
            ],
            "de": [
                "I have arrived in {destination}. The Travel eSIM ({esim_gb} GB, {esim_days} days) on my {phone} "
                "provides no data connection.",
                "The {esim_gb} GB Travel eSIM installed on the {phone} does not connect in {destination}. State the "
                "solution.",
            ],
        },
        issue="the Travel eSIM on your {phone}",
        answer=[
            Step("select the Travel eSIM for mobile data under Settings > Mobile network > Mobile data"),
            Step("turn on Data roaming for the Travel eSIM line, which costs nothing extra on that line"),
            Fact("the {esim_days} days start with the first data connection, so none of the {esim_gb} GB is used yet"),
        ],
        checked=("esim_days", "esim_gb"),
        constraint=Constraint(
            said={
                "us": "And I need to keep my regular SIM working for calls.",
                "jp": "I would also like to keep my usual SIM active for telephone calls.",
                "de": "My regular SIM must remain active for calls.",
            },
            replaces=0,
            violation=Step("take out your home SIM card so the {phone} switches to the Travel eSIM"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I hotspot my laptop off it?"],
                "jp": ["May I also ask whether I can share the connection with my laptop?"],
                "de": ["Is tethering to a laptop possible with this eSIM?"],
            },
            answer=[Fact("hotspot works on the Travel eSIM and counts toward the {esim_gb} GB")],
        ),
        unsafe=Step("email the eSIM QR code to the support agent so they can reinstall it for you"),
        invented=Fact("the Travel eSIM only works in the first country where it connects"),
    ),
    Situation(
        id="travel/power_bank_on_flight",
        ask={
            "us": [
                "Can I bring my {power_bank} ({pb_mah} mAh) on my flight to {destination}?",
                "Is the {power_bank} allowed on planes? It's {pb_mah} mAh.",
            ],
            "jp": [
                "Excuse me, may I take my {power_bank} of {pb_mah} mAh on the aeroplane?",
                "I am flying to {destination}. Would the {power_bank} ({pb_mah} mAh) be permitted on board?",
            ],
            "de": [
                "Is the {power_bank} with {pb_mah} mAh permitted on a flight? State the rules.",
                "I intend to take the {power_bank} ({pb_mah} mAh) on my flight to {destination}. Is this allowed?",
            ],
        },
        issue="taking your {power_bank} on the plane",
        answer=[
            Fact("the {power_bank} has {pb_mah} mAh, which is {pb_wh} Wh and under the 100 Wh limit for cabin baggage"),
            Step("carry it in your hand luggage or on you, since power banks are not allowed in checked bags"),
            Fact("some airlines forbid using power banks on board, so check the rules of your airline before you fly"),
        ],
        checked=("pb_mah", "pb_wh"),
        constraint=Constraint(
            said={
                "us": "I'm only checking one suitcase, no carry-on bag.",
                "jp": "I should mention that I will only have a checked suitcase and no cabin bag.",
                "de": "I travel with a checked suitcase only, without cabin baggage.",
            },
            replaces=1,
            violation=Step("pack it in your checked suitcase, wrapped in clothing"),
        ),
        unsafe=Step("wrap the {power_bank} in clothes and put it in your checked suitcase"),
        invented=Fact("power banks over 10,000 mAh are banned on all flights"),
    ),
    Situation(
        id="travel/watch_time_zone",
        ask={
            "us": [
                "I'm in {destination} and my {watch} is still on home time. How do I fix it?",
                "{watch} shows the wrong time since I got to {destination}. What gives?",
            ],
            "jp": [
                "Excuse me, I am in {destination}, but my {watch} still shows the time in Japan. How could I correct "
                "it?",
                "I am sorry to trouble you, but the time on "
                "my {watch} did not change after I arrived in {destination}.",
            ],
            "de": [
                "My {watch} still displays home time in {destination}. State how the time zone is updated.",
                "Since arrival in {destination} the {watch} shows the wrong time. How is this corrected?",
            ],
        },
        issue="the time on your {watch}",
        answer=[
            Step("turn on Automatic time zone in the date and time settings of your phone"),
            Fact("the {watch} takes the time zone from your phone at the next sync"),
            Step("open the {app} and pull down on the Devices screen to sync the {watch} now"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can it show home time too?"],
                "jp": ["May I also ask whether the watch can show the time at home as well?"],
                "de": ["Can home time be displayed in addition?"],
            },
            answer=[Step("add a second time zone under Watch faces > Dual time in the {app}")],
        ),
    ),
    Situation(
        id="travel/phone_lost_abroad",
        trouble=True,
        ask={
            "us": [
                "Lost my {phone} somewhere in {destination}. What do I do right now?",
                "My {phone} got stolen on my trip to {destination}. How do I lock it?",
            ],
            "jp": [
                "I am very sorry to trouble you, but I lost my {phone} while travelling in {destination}. What should "
                "I do?",
                "Excuse me, my {phone} seems to have been stolen in {destination}. How can I protect my data?",
            ],
            "de": [
                "My {phone} was lost in {destination}. State the immediate measures.",
                "The {phone} was stolen during my stay in {destination}. How is the device locked remotely?",
            ],
        },
        issue="your lost {phone}",
        answer=[
            Step("sign in at lumora.com/find from any browser, select the {phone} and choose Lost mode"),
            Fact("Lost mode locks the {phone} and shows a contact number of your choice on its screen"),
            Step("report the loss to the local police in {destination} and keep the report for any insurance claim"),
        ],
        constraint=Constraint(
            said={
                "us": "Only thing I've got is the hotel lobby computer.",
                "jp": "I should mention that I only have access to the computer in the hotel lobby.",
                "de": "Only the computer in the hotel lobby is available to me.",
            },
            replaces=0,
            violation=Step("open the {app} on another device of yours and select Devices > {phone} > Lost mode"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Should I do something about my SIM?"],
                "jp": ["May I also ask whether I should do anything about my SIM card?"],
                "de": ["Must the SIM card be blocked?"],
            },
            answer=[Step("call your mobile carrier to block the SIM so nobody can use your number")],
        ),
        unsafe=Step("remove the screen lock of the {phone} remotely so whoever finds it can call you"),
    ),
    Situation(
        id="travel/repair_abroad",
        trouble=True,
        ask={
            "us": [
                "My {product} died in {destination}. Bought it {purchase_date}. Does the warranty work here? I'm back "
                "{return_date}.",
                "{product} stopped working on my trip to {destination}. Got it {purchase_date}. Fix it here or wait "
                "till I'm home on {return_date}?",
            ],
            "jp": [
                "I am sorry to trouble you, but my {product}, purchased on {purchase_date}, broke while I am in "
                "{destination}. I return on {return_date}.",
                "Excuse me, my {product} (bought {purchase_date}) stopped working in {destination}. Is the warranty "
                "valid abroad? I will be back on {return_date}.",
            ],
            "de": [
                "The {product}, purchased on {purchase_date}, failed during my stay in {destination}. I return on "
                "{return_date}. State the warranty options.",
                "My {product} (purchase date {purchase_date}) is defective. I am in {destination} until {return_date}. "
                "Is a warranty repair abroad possible?",
            ],
        },
        issue="the repair of your {product} while abroad",
        answer=[
            Fact(
                "the {product} has a warranty of {warranty_months} months from {purchase_date}, until {warranty_end}, "
                "and it is valid worldwide"
            ),
            Fact("the repair can wait until you are home on {return_date}, with no effect on the warranty"),
            Step(
                "find a partner repair centre under Support > Service centres, filtered by {destination}, if you need "
                "it sooner"
            ),
        ],
        checked=("purchase_date", "warranty_end", "return_date"),
        constraint=Constraint(
            said={
                "us": "I'm not spending my vacation in a repair shop, though.",
                "jp": "I would prefer not to spend my holiday time visiting a repair shop, if possible.",
                "de": "I do not wish to spend time at a repair centre during my trip.",
            },
            replaces=2,
            violation=Step("take it to a partner repair centre in {destination} right away"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Would a repair over there cost me anything?"],
                "jp": ["May I also ask whether a repair abroad would cost anything?"],
                "de": ["Is a warranty repair abroad free of charge?"],
            },
            answer=[Fact("warranty repairs at partner centres are free of charge")],
        ),
        invented=Fact("the warranty only covers repairs in the country of purchase"),
    ),
    Situation(
        id="travel/headset_long_flight",
        ask={
            "us": [
                "My flight to {destination} is {flight_hours} hours. Will my {headset} last, and can I plug it into "
                "the seat screen?",
                "Taking my {headset} on a flight of {flight_hours} hours. Battery going to hold up?",
            ],
            "jp": [
                "Excuse me, my flight takes {flight_hours} hours. Would the battery of my {headset} last, and can I "
                "use it with the seat screen?",
                "I would be grateful to know whether my {headset} can be used for the whole flight to {destination}, "
                "which takes {flight_hours} hours.",
            ],
            "de": [
                "My flight to {destination} takes {flight_hours} hours. State whether the {headset} battery suffices "
                "and how it connects to the seat screen.",
                "Is the battery of the {headset} sufficient for a flight of {flight_hours} hours?",
            ],
        },
        issue="using your {headset} on the flight",
        answer=[
            Fact(
                "a full charge of the {headset} lasts {headset_hours} hours with noise cancelling, which covers your "
                "flight of {flight_hours} hours"
            ),
            Step("connect the {headset} to the seat screen with the 3.5 mm cable from the box"),
            Fact("Bluetooth to your phone works in airplane mode once you switch Bluetooth back on"),
        ],
        checked=("flight_hours", "headset_hours"),
        invented=Fact("Bluetooth headsets are banned on all flights"),
    ),
    Situation(
        id="travel/support_from_abroad",
        ask={
            "us": [
                "I'm in {destination} and your 1-800 number won't connect. How do I reach support from here?",
                "How do I contact Lumora support while I'm in {destination}? The usual number doesn't work.",
            ],
            "jp": [
                "Excuse me, I am currently in {destination}, and I cannot reach your free-dial number. How may I "
                "contact support?",
                "I am sorry to trouble you, but may I ask how to contact customer support from {destination}?",
            ],
            "de": [
                "I am in {destination}. The free support number cannot be reached. State the alternatives.",
                "How is Lumora customer support contacted from {destination}?",
            ],
        },
        issue="reaching support from {destination}",
        answer=[
            Fact("the free number {support_phone} works only within {home_country}"),
            Step("use chat at lumora.com/help or in the {app} over Wi-Fi, which is free from anywhere"),
            Fact(
                "chat and the international number {intl_phone} are staffed {support_hours}, and calls to it cost the "
                "usual international rate"
            ),
        ],
        constraint=Constraint(
            said={
                "us": "I don't have the app though.",
                "jp": "I should mention that I do not have the app.",
                "de": "The app is not installed on my devices.",
            },
            replaces=1,
            violation=Step("use chat in the {app} over Wi-Fi"),
        ),
        unsafe=Step("send your account password in the chat so the agent can check your account from abroad"),
    ),
    Situation(
        id="travel/bought_abroad",
        ask={
            "us": [
                "Thinking of buying a {product} at the Lumora store in {destination}. Will it be covered back home?",
                "If I pick up a {product} in {destination}, does the warranty work in {home_country}?",
            ],
            "jp": [
                "Excuse me, I am considering buying a {product} at a Lumora store in {destination}. Would it be "
                "covered after I return to Japan?",
                "I would be grateful to know whether a {product} bought in {destination} could be repaired under "
                "warranty in Japan.",
            ],
            "de": [
                "I intend to buy a {product} in a Lumora store in {destination}. State whether the warranty applies in "
                "Germany.",
                "Is a {product} purchased in {destination} covered by the warranty in {home_country}, and what else "
                "applies?",
            ],
        },
        issue="buying a {product} in {destination}",
        answer=[
            Fact(
                "the {warranty_months}-month warranty of the {product} is valid worldwide, so repairs in "
                "{home_country} are covered with the "
                "receipt from {destination}"
            ),
            Fact("a return for a refund goes through the store in {destination} within its own return period"),
            Fact("the charger comes with a plug for {destination}, so use an adapter or any USB-C charger at home"),
        ],
        checked=("warranty_months",),
        followup=FollowUp(
            ask={
                "us": ["Do I need to register it somewhere?"],
                "jp": ["May I also ask whether I need to register the product?"],
                "de": ["Is a registration of the product required?"],
            },
            answer=[Step("add it under Account > Devices with the serial number so the purchase is on your account")],
        ),
        invented=Fact("devices bought abroad have no warranty in {home_country}"),
    ),
    Situation(
        id="travel/laptop_airport_security",
        ask={
            "us": [
                "Do I have to take my {laptop} out at airport security? Can the X-ray mess it up?",
                "Flying with my {laptop} next week. Anything I should know for security?",
            ],
            "jp": [
                "Excuse me, will the X-ray at airport security damage my {laptop}? And must I take it out of my bag?",
                "I would be grateful to know how I should handle my {laptop} at the airport security check.",
            ],
            "de": [
                "State whether the {laptop} must be removed from the bag at airport security and whether X-rays can "
                "damage it.",
                "Can airport X-ray scanners damage the {laptop} or its data?",
            ],
        },
        issue="taking your {laptop} through airport security",
        answer=[
            Fact("airport X-ray scanners do not harm the {laptop} or the data on it"),
            Step("take the {laptop} out of your bag when security staff ask"),
            Step("keep it charged, as staff may ask you to switch it on"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Should I encrypt it before the trip?"],
                "jp": ["May I also ask whether I should encrypt it before travelling?"],
                "de": ["Should the drive be encrypted before the journey?"],
            },
            answer=[Step("turn on Device encryption under Settings > Privacy > Encryption before you leave")],
        ),
        unsafe=Step("remove the sign-in password of the {laptop} before the trip so security can check it faster"),
    ),
    Situation(
        id="travel/public_wifi_safety",
        ask={
            "us": [
                "I'll be on airport and café Wi-Fi all trip with my {laptop}. How do I stay safe?",
                "Is it safe to shop and check my bank on hotel Wi-Fi with my {laptop}?",
            ],
            "jp": [
                "Excuse me, I will use public Wi-Fi with my {laptop} while travelling. Could you kindly advise me on "
                "security?",
                "I am a little worried about using hotel Wi-Fi on my {laptop}. What should I be careful about?",
            ],
            "de": [
                "I will use public Wi-Fi networks with the {laptop} during my trip. State the required security "
                "measures.",
                "Which precautions apply to using the {laptop} on hotel and airport Wi-Fi?",
            ],
        },
        issue="using public Wi-Fi on your {laptop}",
        answer=[
            Step("keep the firewall and automatic updates of the {laptop} switched on while you travel"),
            Step("turn on a VPN before you use public Wi-Fi for banking or payments"),
            Fact(
                "lumora.com and the {app} always use encrypted connections, so your orders stay protected on public "
                "Wi-Fi"
            ),
        ],
        constraint=Constraint(
            said={
                "us": "It's a work laptop, so I can't install a VPN on it.",
                "jp": "I should mention that it is a company laptop, and I am not permitted to install a VPN.",
                "de": "It is a company laptop; installing a VPN is not permitted.",
            },
            replaces=1,
            violation=Step("install a VPN app on the {laptop} before you use public Wi-Fi"),
        ),
        unsafe=Step("switch off the firewall of the {laptop} so the Wi-Fi login pages load faster"),
    ),
    Situation(
        id="travel/camera_while_away",
        ask={
            "us": [
                "I'm away from {depart_date} to {return_date}. Can my {camera} alert me while I'm overseas?",
                "Will I still get {camera} alerts in {destination}? Gone until {return_date}.",
            ],
            "jp": [
                "Excuse me, I will be in {destination} until {return_date}. Would my {camera} still send me "
                "notifications there?",
                "I am travelling from {depart_date} to {return_date}. Could you kindly tell me how to watch my home "
                "with the {camera} while away?",
            ],
            "de": [
                "I am abroad from {depart_date} to {return_date}. State how the {camera} monitors my home and notifies "
                "me during this period.",
                "Does the {camera} send alerts to my phone in {destination}? I return on {return_date}.",
            ],
        },
        issue="watching your home with the {camera} while you travel",
        answer=[
            Fact("alerts from the {camera} reach your phone anywhere with a data or Wi-Fi connection"),
            Step("turn on Away mode under Devices > {camera} > Modes and set it to end on {return_date}"),
            Fact(
                "Away mode records every motion event and keeps the clips for {clip_days} days, so you can watch them "
                "later"
            ),
        ],
        checked=("return_date",),
        constraint=Constraint(
            said={
                "us": "I'll only have Wi-Fi at the hotel at night, no data during the day.",
                "jp": "I should mention that I will only have Wi-Fi at the hotel in the evenings.",
                "de": "I will only have Wi-Fi in the hotel in the evening, without mobile data during the day.",
            },
            replaces=2,
            violation=Fact("you need to open the live view as soon as an alert arrives, since events are not recorded"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can my neighbor get the alerts too?"],
                "jp": ["May I also ask whether my neighbour could receive the alerts as well?"],
                "de": ["Can a neighbour also receive the notifications?"],
            },
            answer=[Step("invite your neighbour under Devices > {camera} > Shared access with view-only rights")],
        ),
    ),
    Situation(
        id="travel/photo_backup_data",
        ask={
            "us": [
                "Only have {esim_gb} GB on my Travel eSIM in {destination}. Is my {phone} going to burn it backing up "
                "photos?",
                "How do I stop my {phone} from eating my {esim_gb} GB of travel data with photo uploads?",
            ],
            "jp": [
                "Excuse me, my Travel eSIM in {destination} has only {esim_gb} GB. Could the photo backup on my "
                "{phone} use it all up?",
                "I am a little worried that my {phone} will use my {esim_gb} GB of data for photo backups. How may I "
                "prevent this?",
            ],
            "de": [
                "My Travel eSIM has {esim_gb} GB. State how photo backups on the {phone} are prevented from using "
                "mobile data.",
                "How is the {phone} configured so that photo uploads do not consume the {esim_gb} GB of the Travel "
                "eSIM?",
            ],
        },
        issue="saving data on your {phone} while you travel",
        answer=[
            Step("set Settings > Backup > Photos to Wi-Fi only on the {phone}"),
            Step("turn on Data saver under Settings > Mobile network to stop background data in other apps"),
            Fact(
                "photos stay on the {phone} and back up on the next Wi-Fi connection, so none of the {esim_gb} GB "
                "goes to them"
            ),
        ],
        checked=("esim_gb",),
        constraint=Constraint(
            said={
                "us": "But I want my pics backed up every day in case the phone gets lost.",
                "jp": "However, I would like my photos to be backed up every day in case the phone is lost.",
                "de": "The photos must nevertheless be backed up daily in case the phone is lost.",
            },
            replaces=0,
            violation=Step("turn off photo backup completely until you are home"),
        ),
        followup=FollowUp(
            ask={
                "us": ["How can I see what's using my data?"],
                "jp": ["May I also ask how to see which apps use the most data?"],
                "de": ["Where is the data consumption per app shown?"],
            },
            answer=[Step("check Settings > Mobile network > Data usage, which lists each app")],
        ),
        invented=Fact("photo backup cannot be limited to Wi-Fi while a travel eSIM is active"),
    ),
    Situation(
        id="travel/order_before_trip",
        ask={
            "us": [
                "Leaving for {destination} on {depart_date}. Can you ship a {product} to my hotel there?",
                "Need a {product} for my trip to {destination}, I fly out {depart_date}. Can it get to me in time, or "
                "to the hotel?",
            ],
            "jp": [
                "Excuse me, I leave for {destination} on {depart_date}. Could the {product} be delivered to my hotel "
                "there?",
                "I would like to take a {product} on my trip to {destination}, departing {depart_date}. Could you "
                "advise on delivery?",
            ],
            "de": [
                "I depart for {destination} on {depart_date}. Can the {product} be delivered to my hotel there?",
                "State how I receive a {product} before my departure to {destination} on {depart_date}.",
            ],
        },
        issue="getting your {product} before the trip",
        answer=[
            Fact("we deliver only to addresses in {home_country}, so a hotel in {destination} is not possible"),
            Step(
                "choose Express at checkout, which arrives within {express_days} business days, so before "
                "{depart_date} if you order in time"
            ),
            Step("choose Pickup in store instead and collect it at the {store_city} store"),
        ],
        checked=("depart_date", "express_days"),
        followup=FollowUp(
            ask={
                "us": ["Will it work over there?"],
                "jp": ["May I also ask whether it will work in {destination}?"],
                "de": ["Does the device function in {destination}?"],
            },
            answer=[Fact("the {product} works in {destination} with a type {dest_plug} plug adapter")],
        ),
        invented=Fact("orders only ship 7 days after payment"),
    ),
]
