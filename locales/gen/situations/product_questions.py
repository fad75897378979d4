"""Product questions: specifications, compatibility and which model fits, for Lumora products.

Specs live in per-model tables, so one model always has the same numbers wherever it appears.
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "product_questions"

# model -> (water rating in ATM, band width in mm)
WATCHES = {"Nimbus S7 smartwatch": (5, 20), "Nimbus S9 Pro smartwatch": (10, 22), "Helio H3 fitness watch": (5, 18)}
# model -> (hours with noise cancelling off, hours with it on)
HEADSETS = {"Aurora X2 headset": (30, 22), "Aurora X5 Pro headset": (40, 30), "Pulse P40 headset": (36, 26)}
# model -> (max charging watts, price in USD, storage GB, optical zoom)
PHONES = {
    "Nova N7 phone": (25, 499, 128, 2),
    "Nova N9 phone": (45, 799, 256, 3),
    "Nova N9 Plus phone": (65, 999, 512, 5),
    "Nova Fold F2 phone": (45, 1499, 512, 3),
}
# model -> screen size in inches
TVS = {"Vista V43 smart TV": 43, "Vista V55 4K TV": 55, "Vista V65 QLED TV": 65, "Vista V75 Pro TV": 75}
# model -> (soldered RAM in GB, largest supported SSD in TB)
LAPTOPS = {"Vertex Air 13 laptop": (8, 2), "Vertex 14 laptop": (16, 2), "Vertex 16 Pro laptop": (32, 4)}
# model -> largest supported microSD card in GB
CAMERAS = {"Sentinel S4 outdoor camera": 256, "Sentinel S6 floodlight camera": 512, "Kestrel K5 action camera": 512}
# model -> (matching pen, pen price in USD)
TABLETS = {
    "Stratus T8 tablet": ("Stratus Pen Lite", 39),
    "Stratus T10 tablet": ("Stratus Pen 2", 79),
    "Stratus T12 Pro tablet": ("Stratus Pen 2", 79),
}
# model -> coverage of one unit in square meters
ROUTERS = {"HomeHub H300 router": 120, "HomeHub H500 router": 180, "Beacon B6 mesh router": 200}
SOUNDBARS = ["Echoline E20 soundbar", "Echoline E45 soundbar"]

MARKET = {
    "us": {
        "feet": True,
        "distances": [6, 7, 8, 9, 10, 12],
        "trips": [("the United Kingdom", "Type G"), ("Germany", "Type F"), ("Australia", "Type I")],
        "mobile_carriers": ["Skyline Mobile", "Bluewave Wireless"],
    },
    "jp": {
        "feet": False,
        "distances": [1.8, 2.2, 2.5, 2.8, 3.2],
        "trips": [("South Korea", "Type F"), ("the United Kingdom", "Type G"), ("Germany", "Type F")],
        "mobile_carriers": ["Hikari Mobile", "Tsubasa Mobile"],
    },
    "de": {
        "feet": False,
        "distances": [1.8, 2.2, 2.5, 2.8, 3.2, 3.6],
        "trips": [("the United Kingdom", "Type G"), ("the United States", "Type A"), ("Australia", "Type I")],
        "mobile_carriers": ["Nordnetz Mobil", "Alpenfunk"],
    },
}


def _area(m2: int, feet: bool) -> str:
    return f"{round(m2 * 10.764, -2):,.0f} square feet" if feet else f"{m2} square meters"


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    m = MARKET[market]
    watch = rng.choice(sorted(WATCHES))
    headset = rng.choice(sorted(HEADSETS))
    phone, phone_b = sorted(rng.sample(sorted(PHONES), 2), key=lambda p: PHONES[p][1])
    tv = rng.choice(sorted(TVS))
    laptop = rng.choice(sorted(LAPTOPS))
    camera = rng.choice(sorted(CAMERAS))
    tablet = rng.choice(sorted(TABLETS))
    router = rng.choice(sorted(ROUTERS))
    country, plug = rng.choice(m["trips"])

    dist = rng.choice(m["distances"])
    inches = dist * 12 if m["feet"] else dist * 100 / 2.54
    fit = min(TVS.values(), key=lambda size: abs(size - inches / 1.5))
    size = TVS[tv]
    verdict = "matches that size" if size == fit else ("is smaller than that" if size < fit else "is larger than that")

    home_m2 = rng.choice([220, 260, 300, 350])
    card_max = CAMERAS[camera]
    restock = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    pw, pp, ps, pz = PHONES[phone]
    bw, bp, bs, bz = PHONES[phone_b]
    return {
        "app": "Lumora app",
        "watch": watch,
        "watch_atm": WATCHES[watch][0],
        "band_mm": WATCHES[watch][1],
        "headset": headset,
        "headset_hours": HEADSETS[headset][0],
        "headset_anc_hours": HEADSETS[headset][1],
        "phone": phone,
        "phone_watts": pw,
        "phone_price": Money(pp),
        "phone_storage": ps,
        "phone_zoom": pz,
        "phone_b": phone_b,
        "phone_b_watts": bw,
        "phone_b_price": Money(bp),
        "phone_b_storage": bs,
        "phone_b_zoom": bz,
        "price_diff": Money(bp - pp),
        "old_watts": rng.choice([10, 15, 18, 20]),
        "tv": tv,
        "tv_size": size,
        "sofa_distance": f"{dist} feet" if m["feet"] else f"{dist} meters",
        "fit_size": fit,
        "tv_verdict": verdict,
        "soundbar": rng.choice(SOUNDBARS),
        "laptop": laptop,
        "laptop_ram": LAPTOPS[laptop][0],
        "laptop_max_tb": LAPTOPS[laptop][1],
        "abroad_country": country,
        "plug_type": plug,
        "camera": camera,
        "card_max_gb": card_max,
        "card_gb": rng.choice([s for s in (64, 128, 256, 512) if s <= card_max]),
        "tablet": tablet,
        "pen": TABLETS[tablet][0],
        "pen_price": Money(TABLETS[tablet][1]),
        "router": router,
        "router_area": _area(ROUTERS[router], m["feet"]),
        "home_area": _area(home_m2, m["feet"]),
        "units_total": math.ceil(home_m2 / ROUTERS[router]),
        "restock_date": restock,
        "restock_ship": restock + timedelta(days=2),
        "mobile_carrier": rng.choice(m["mobile_carriers"]),
    }


SITUATIONS = [
    Situation(
        id="product_questions/watch_swimming",
        ask={
            "us": [
                "Can I swim laps with the {watch}? The box says {watch_atm} ATM, not sure what that means.",
                "Is the {watch} OK in the pool? Spec sheet says {watch_atm} ATM.",
            ],
            "jp": [
                "I am sorry to ask, but may I wear the {watch} while swimming? The box says {watch_atm} ATM, and I am not certain what this means.",
                "Excuse me, could you kindly tell me whether the {watch}, rated {watch_atm} ATM, can be used in a swimming pool?",
            ],
            "de": [
                "Is the {watch} (rating {watch_atm} ATM) suitable for swimming? Please state the limits.",
                "What does the rating of {watch_atm} ATM mean for the use of the {watch} in water?",
            ],
        },
        issue="swimming with your {watch}",
        answer=[
            Fact("the {watch} is rated {watch_atm} ATM, which covers pool and open-water swimming"),
            Fact("it is not made for diving, water skiing, hot tubs or saunas"),
            Step("rinse it with fresh water after swimming in the sea or in a chlorinated pool"),
        ],
        checked=("watch_atm",),
        followup=FollowUp(
            ask={
                "us": ["Does it track laps?"],
                "jp": ["May I also ask whether it can count swimming laps?"],
                "de": ["Are swimming laps recorded?"],
            },
            answer=[
                Step(
                    "start the Pool swim workout on the {watch} and set the pool length, and it counts laps and strokes"
                )
            ],
        ),
        unsafe=Step("open the back of the {watch} to let it dry if water gets in"),
        invented=Fact("the water rating of the {watch} applies only during the first year"),
    ),
    Situation(
        id="product_questions/headset_battery_claim",
        ask={
            "us": [
                "The {headset} is advertised at {headset_hours} hours of battery but I get way less. Is mine defective?",
                "Why doesn't my {headset} last {headset_hours} hours like the listing says?",
            ],
            "jp": [
                "I am sorry to trouble you, but my {headset} does not last {headset_hours} hours as described. Might it be defective?",
                "Excuse me, the battery of my {headset} runs out well before the advertised {headset_hours} hours. Could you kindly explain?",
            ],
            "de": [
                "The {headset} does not reach the specified battery life of {headset_hours} hours. Please state the cause.",
                "Specified runtime of the {headset}: {headset_hours} hours. Measured runtime is considerably shorter. Is this a defect?",
            ],
        },
        issue="the battery life of your {headset}",
        answer=[
            Fact("the {headset_hours} hours apply with noise cancelling off at medium volume"),
            Fact("with noise cancelling on, a full charge lasts {headset_anc_hours} hours"),
            Step("charge it for 10 minutes when you are short on time, which gives 5 more hours"),
        ],
        checked=("headset_hours", "headset_anc_hours"),
        constraint=Constraint(
            said={
                "us": "I need noise cancelling on the whole time, I fly a lot.",
                "jp": "I should mention that I need noise cancelling on at all times, as I travel by plane frequently.",
                "de": "Noise cancelling is required permanently; I travel frequently by air.",
            },
            replaces=2,
            violation=Step("turn off noise cancelling to get the full {headset_hours} hours"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I use it wired when the battery's dead?"],
                "jp": ["May I also ask whether it can be used with a cable when the battery is empty?"],
                "de": ["Is wired use possible with an empty battery?"],
            },
            answer=[Fact("the supplied 3.5 mm cable plays audio even with an empty battery, without noise cancelling")],
        ),
        unsafe=Step("open the earcup of the {headset} and replace the battery with a larger one"),
        invented=Fact("a battery life below {headset_hours} hours in every mode means the {headset} is defective"),
    ),
    Situation(
        id="product_questions/tv_size_distance",
        ask={
            "us": [
                "My couch is {sofa_distance} from the wall. Is the {tv} the right size?",
                "Thinking about the {tv}. I sit about {sofa_distance} away. Too big, too small?",
            ],
            "jp": [
                "I am considering the {tv}. My sofa is about {sofa_distance} from the wall. Would it be a suitable size?",
                "Excuse me, may I ask whether the {tv} would suit a room where I sit {sofa_distance} from the screen?",
            ],
            "de": [
                "Viewing distance: {sofa_distance}. Is the {tv} the appropriate screen size?",
                "Please state whether the {tv} suits a viewing distance of {sofa_distance}.",
            ],
        },
        issue="the right screen size for your room",
        answer=[
            Fact(
                "for 4K at a distance of {sofa_distance}, a screen of about {fit_size} inches fills your view without visible pixels"
            ),
            Fact("the {tv} has a {tv_size}-inch screen, which {tv_verdict}"),
            Step(
                "measure the width of your wall or stand as well, because the {tv} needs some free space on each side"
            ),
        ],
        checked=("fit_size", "tv_size"),
        followup=FollowUp(
            ask={
                "us": ["Does it come with a wall mount?"],
                "jp": ["May I also ask whether a wall bracket is included?"],
                "de": ["Is a wall bracket included in delivery?"],
            },
            answer=[Fact("the {tv} comes with a table stand, and it fits any VESA wall bracket")],
        ),
        invented=Fact("the {tv} may only be used at a distance of at least 4 meters"),
    ),
    Situation(
        id="product_questions/phone_charger",
        ask={
            "us": [
                "Can I use my old {old_watts} W USB-C charger with the {phone}?",
                "Does the {phone} come with a charger, or will my {old_watts} W one work?",
            ],
            "jp": [
                "I am sorry to ask, but may I use my current {old_watts} W USB-C charger with the {phone}?",
                "Excuse me, I have a {old_watts} W charger. Would it be suitable for the {phone}?",
            ],
            "de": [
                "Is an existing USB-C charger with {old_watts} W compatible with the {phone}?",
                "Please state whether the {phone} can be charged with a {old_watts} W USB-C charger.",
            ],
        },
        issue="charging your {phone}",
        answer=[
            Fact("the {phone} charges safely with any USB-C charger and reaches full speed at {phone_watts} W"),
            Fact("with your {old_watts} W charger it charges at up to {old_watts} W, so it takes longer"),
            Step("use your {old_watts} W charger with a USB-C cable, as no charger is in the box"),
        ],
        checked=("old_watts", "phone_watts"),
        constraint=Constraint(
            said={
                "us": "Not looking to buy another charger though.",
                "jp": "I would prefer not to buy a new charger, if possible.",
                "de": "The purchase of an additional charger is not intended.",
            },
            replaces=2,
            violation=Step("buy a {phone_watts} W USB-C charger, because older chargers are not suitable"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Does it do wireless charging too?"],
                "jp": ["May I also ask whether it supports wireless charging?"],
                "de": ["Is wireless charging supported?"],
            },
            answer=[Fact("the {phone} also charges on any Qi wireless charger at up to 15 W")],
        ),
        unsafe=Step("keep using a charger with a damaged cable as long as it still charges"),
    ),
    Situation(
        id="product_questions/laptop_upgrade",
        ask={
            "us": [
                "My {laptop} has {laptop_ram} GB of RAM. Can I upgrade the RAM or the SSD?",
                "Running out of space on my {laptop} ({laptop_ram} GB RAM). What can I upgrade?",
            ],
            "jp": [
                "I am sorry to ask, but my {laptop} has {laptop_ram} GB of memory. Would it be possible to upgrade the memory or the storage?",
                "Excuse me, may I ask which parts of my {laptop} with {laptop_ram} GB of memory can be upgraded?",
            ],
            "de": [
                "Which components of the {laptop} ({laptop_ram} GB RAM) can be upgraded? Please state the limits.",
                "Is an upgrade of memory or SSD possible on the {laptop} with {laptop_ram} GB RAM?",
            ],
        },
        issue="upgrading your {laptop}",
        answer=[
            Fact("the {laptop_ram} GB of RAM in the {laptop} is soldered to the board and cannot be upgraded"),
            Fact("the SSD sits in one M.2 slot that takes drives of up to {laptop_max_tb} TB"),
            Step(
                "book a storage upgrade at a Lumora store, where a technician installs the new drive and moves your data"
            ),
        ],
        checked=("laptop_ram", "laptop_max_tb"),
        constraint=Constraint(
            said={
                "us": "I'm not comfortable opening it up myself.",
                "jp": "I am afraid I do not feel confident opening the laptop myself.",
                "de": "I do not wish to open the device myself.",
            },
            replaces=2,
            violation=Step("remove the screws of the bottom cover and insert the new drive into the M.2 slot yourself"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Does opening it void the warranty?"],
                "jp": ["May I also ask whether opening the laptop affects the warranty?"],
                "de": ["Does opening the bottom cover void the warranty?"],
            },
            answer=[Fact("replacing the SSD does not void the warranty, as long as nothing is damaged")],
        ),
        unsafe=Step("leave the battery connected while you change the drive"),
        invented=Fact("any SSD upgrade of the {laptop} voids the warranty"),
    ),
    Situation(
        id="product_questions/laptop_abroad",
        ask={
            "us": [
                "Taking my {laptop} to {abroad_country}. Do I need a voltage converter for the charger?",
                "Will my {laptop} charger work in {abroad_country}, or will it fry?",
            ],
            "jp": [
                "I will travel to {abroad_country} with my {laptop}. I am sorry to ask, but do I need a transformer for the charger?",
                "Excuse me, may I ask whether the charger of my {laptop} can be used safely in {abroad_country}?",
            ],
            "de": [
                "I will take the {laptop} to {abroad_country}. Is a voltage converter required for the charger?",
                "Please state whether the charger of the {laptop} operates in {abroad_country} and what is required.",
            ],
        },
        issue="charging your {laptop} in {abroad_country}",
        answer=[
            Fact("the charger of the {laptop} works with 100 to 240 volts, so no voltage converter is needed"),
            Fact("{abroad_country} uses {plug_type} sockets"),
            Step("bring a simple plug adapter for {plug_type} sockets"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I charge it from my phone charger in a pinch?"],
                "jp": ["May I also ask whether a phone charger could be used in an emergency?"],
                "de": ["Can a USB-C phone charger be used as an alternative?"],
            },
            answer=[
                Fact(
                    "any USB-C charger with at least 30 W charges the {laptop}, and weaker ones keep it running only in sleep"
                )
            ],
        ),
        unsafe=Step("bend the pins of the plug so it fits into the local socket"),
        invented=Fact("the {laptop} charger may only be used in the country where it was bought"),
    ),
    Situation(
        id="product_questions/phone_comparison",
        ask={
            "us": [
                "{phone} at {phone_price} or {phone_b} at {phone_b_price}: what do I actually get for the extra money?",
                "Torn between the {phone} ({phone_price}) and the {phone_b} ({phone_b_price}). What's the real difference?",
            ],
            "jp": [
                "I am considering either the {phone} at {phone_price} or the {phone_b} at {phone_b_price}. I would be grateful to know the main differences.",
                "Excuse me, may I ask what the {phone_b} at {phone_b_price} offers compared with the {phone} at {phone_price}?",
            ],
            "de": [
                "Please compare the {phone} ({phone_price}) and the {phone_b} ({phone_b_price}) with regard to storage, camera and charging.",
                "What are the technical differences between the {phone} at {phone_price} and the {phone_b} at {phone_b_price}?",
            ],
        },
        issue="the difference between the {phone} and the {phone_b}",
        answer=[
            Fact("the {phone_b} costs {price_diff} more than the {phone}"),
            Fact(
                "the {phone_b} has {phone_b_storage} GB of storage and {phone_b_zoom}x optical zoom, the {phone} {phone_storage} GB and {phone_zoom}x"
            ),
            Fact("the {phone_b} charges at up to {phone_b_watts} W, the {phone} at up to {phone_watts} W"),
        ],
        checked=("price_diff", "phone_b_storage", "phone_storage"),
        followup=FollowUp(
            ask={
                "us": ["Do they take the same case?"],
                "jp": ["May I also ask whether both models use the same case?"],
                "de": ["Are the cases of both models interchangeable?"],
            },
            answer=[Fact("the two models have different dimensions, so each needs its own case")],
        ),
        invented=Fact("the price difference is refunded if you switch models within 90 days"),
    ),
    Situation(
        id="product_questions/camera_microsd",
        ask={
            "us": [
                "Will a {card_gb} GB microSD card work in the {camera}?",
                "Got a {card_gb} GB card lying around. Does the {camera} take it?",
            ],
            "jp": [
                "I am sorry to ask, but may I use a {card_gb} GB microSD card in the {camera}?",
                "Excuse me, could you kindly tell me whether the {camera} supports a {card_gb} GB memory card?",
            ],
            "de": [
                "Is a microSD card with {card_gb} GB compatible with the {camera}? Please state the requirements.",
                "Which microSD cards does the {camera} accept? I have a card with {card_gb} GB.",
            ],
        },
        issue="the memory card for your {camera}",
        answer=[
            Fact("the {camera} takes microSD cards of up to {card_max_gb} GB, so your {card_gb} GB card works"),
            Fact("a card marked U3 or V30 is needed for 4K recording"),
            Step("format the card in the {camera} under Settings > Storage > Format before first use"),
        ],
        checked=("card_max_gb", "card_gb"),
        constraint=Constraint(
            said={
                "us": "I don't have a computer to format it on.",
                "jp": "I am afraid I do not have a computer to format the card.",
                "de": "No computer is available for formatting the card.",
            },
            replaces=2,
            violation=Step("format the card as exFAT on a computer before you insert it"),
        ),
        followup=FollowUp(
            ask={
                "us": ["What happens when it's full?"],
                "jp": ["May I also ask what happens when the card is full?"],
                "de": ["What happens when the card is full?"],
            },
            answer=[Fact("when the card is full, the {camera} records over the oldest clips first")],
        ),
        invented=Fact("the {camera} accepts only memory cards sold by Lumora"),
    ),
    Situation(
        id="product_questions/watch_band",
        ask={
            "us": [
                "Will any third-party band fit my {watch}, or do I need yours?",
                "What bands fit the {watch}? Want something cheaper than the official ones.",
            ],
            "jp": [
                "I am sorry to ask, but may I use a band from another maker with my {watch}?",
                "Excuse me, could you kindly tell me which bands are compatible with the {watch}?",
            ],
            "de": [
                "Which bands are compatible with the {watch}? Please state the required dimensions.",
                "Are third-party bands usable with the {watch}?",
            ],
        },
        issue="bands for your {watch}",
        answer=[
            Fact("the {watch} uses standard quick-release bands with a width of {band_mm} mm"),
            Fact("any {band_mm} mm quick-release band fits, including bands from other makers"),
            Step("slide the small lever on the pin of the old band to remove it"),
        ],
        invented=Fact("third-party bands void the warranty of the {watch}"),
    ),
    Situation(
        id="product_questions/tablet_pen",
        ask={
            "us": [
                "Does the {pen} at {pen_price} work with my {tablet}? Does the tablet come with one?",
                "Is the {pen} ({pen_price}) the right pen for the {tablet}?",
            ],
            "jp": [
                "I am sorry to ask, but is the {pen} at {pen_price} compatible with my {tablet}?",
                "Excuse me, may I ask whether the {tablet} includes a pen, or whether I should buy the {pen} for {pen_price}?",
            ],
            "de": [
                "Is the {pen} ({pen_price}) compatible with the {tablet}? Is a pen included in delivery?",
                "Please state whether the {pen} at {pen_price} is the correct pen for the {tablet}.",
            ],
        },
        issue="the pen for your {tablet}",
        answer=[
            Fact("the {pen} at {pen_price} is the pen made for the {tablet}"),
            Fact("the {tablet} comes without a pen, with only a USB-C cable in the box"),
            Step("attach the {pen} to the magnetic edge of the {tablet}, which pairs and charges it"),
        ],
        checked=("pen_price",),
        followup=FollowUp(
            ask={
                "us": ["How long does the pen battery last?"],
                "jp": ["May I also ask how long the pen battery lasts?"],
                "de": ["What is the battery life of the pen?"],
            },
            answer=[Fact("a full charge of the {pen} lasts about 12 hours of writing")],
        ),
        invented=Fact("the {pen} works only with the {tablet} after a paid activation"),
    ),
    Situation(
        id="product_questions/router_coverage",
        ask={
            "us": [
                "My house is about {home_area}. Is one {router} enough?",
                "Will the {router} cover {home_area}, or do I need extra units?",
            ],
            "jp": [
                "I am sorry to ask, but my home is about {home_area}. Would one {router} be sufficient?",
                "Excuse me, could you kindly tell me how many units of the {router} I would need for {home_area}?",
            ],
            "de": [
                "Living area: {home_area}. Please state how many units of the {router} are required.",
                "Does a single {router} cover {home_area}?",
            ],
        },
        issue="Wi-Fi coverage for your home",
        answer=[
            Fact("one {router} covers up to {router_area}"),
            Fact("a home of {home_area} needs {units_total} units of the {router} in total"),
            Step("place the extra units within two rooms of each other, where they connect wirelessly"),
        ],
        checked=("units_total",),
        constraint=Constraint(
            said={
                "us": "And I can't run cables through the house.",
                "jp": "I am afraid I cannot lay cables through the house.",
                "de": "Laying cables through the building is not possible.",
            },
            replaces=2,
            violation=Step("connect each extra unit to the main {router} with an Ethernet cable"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I add more later if there's still a dead spot?"],
                "jp": ["May I also ask whether I could add another unit later?"],
                "de": ["Can further units be added later?"],
            },
            answer=[Step("add more units later in the {app} under Devices > {router} > Add node")],
        ),
        invented=Fact("one system supports at most 2 units of the {router}"),
    ),
    Situation(
        id="product_questions/soundbar_hdmi",
        ask={
            "us": [
                "Which HDMI port on the {tv} do I use for the {soundbar}? My game console is already in HDMI 3.",
                "Hooking up the {soundbar} to my {tv}. Console's in HDMI 3. Where does the soundbar go?",
            ],
            "jp": [
                "I am sorry to ask, but which HDMI port of the {tv} should I use for the {soundbar}? My game console is connected to HDMI 3.",
                "Excuse me, may I ask how to connect the {soundbar} to my {tv}? HDMI 3 is currently used by my game console.",
            ],
            "de": [
                "Which HDMI port of the {tv} is intended for the {soundbar}? HDMI 3 is occupied by a game console.",
                "Please state the correct connection of the {soundbar} to the {tv}; the console uses HDMI 3.",
            ],
        },
        issue="connecting the {soundbar} to your {tv}",
        answer=[
            Fact(
                "HDMI 3 is the only eARC port of the {tv}, and the {soundbar} needs eARC for surround sound and TV remote control"
            ),
            Step("move the console to HDMI 4, which also supports 120 Hz, and connect the {soundbar} to HDMI 3"),
            Step("set Settings > Sound > Audio output to HDMI eARC on the {tv}"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Will the TV remote control the soundbar volume?"],
                "jp": ["May I also ask whether the TV remote can adjust the soundbar volume?"],
                "de": ["Is the soundbar volume controlled with the TV remote?"],
            },
            answer=[Fact("over HDMI eARC the remote of the {tv} controls the volume of the {soundbar}")],
        ),
        invented=Fact("the {soundbar} works with the {tv} only through an optical cable"),
    ),
    Situation(
        id="product_questions/restock",
        ask={
            "us": [
                "The {headset} says back in stock {restock_date}. If I order then, when will it ship?",
                "{headset} is sold out, page says {restock_date}. How do I get one ASAP?",
            ],
            "jp": [
                "I understand that the {headset} will be back in stock on {restock_date}. I would be grateful to know when it would ship if I order on that day.",
                "Excuse me, the {headset} is sold out, and the page says {restock_date}. May I ask how I could receive it as early as possible?",
            ],
            "de": [
                "The {headset} is listed as available again on {restock_date}. Please state the shipping date for an order on that day.",
                "The {headset} is sold out; expected availability {restock_date}. How is an early delivery ensured?",
            ],
        },
        issue="the availability of the {headset}",
        answer=[
            Fact("we expect the {headset} back in stock on {restock_date}"),
            Fact("orders placed on that day ship by {restock_ship}"),
            Step("tap Notify me on the product page, which sends one email when it is available and no newsletters"),
        ],
        checked=("restock_date", "restock_ship"),
        constraint=Constraint(
            said={
                "us": "Please don't sign me up for any marketing emails though.",
                "jp": "I would prefer not to receive any promotional emails.",
                "de": "I do not wish to receive advertising emails.",
            },
            replaces=2,
            violation=Step("subscribe to our newsletter to hear about restocks first"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I preorder it now instead?"],
                "jp": ["May I also ask whether I can reserve it now?"],
                "de": ["Is a preorder possible?"],
            },
            answer=[Fact("preorders open 7 days before {restock_date}, and you are charged only when it ships")],
        ),
        unsafe=Step("buy it from a reseller who asks for payment by bank transfer to a private account"),
    ),
    Situation(
        id="product_questions/phone_carrier",
        ask={
            "us": [
                "Does the {phone} work on {mobile_carrier}, including 5G?",
                "I'm with {mobile_carrier}. Is the {phone} unlocked and will 5G work?",
            ],
            "jp": [
                "I am sorry to ask, but may I use the {phone} with {mobile_carrier}, including 5G?",
                "Excuse me, I am a {mobile_carrier} customer. Could you kindly tell me whether the {phone} is compatible?",
            ],
            "de": [
                "Is the {phone} compatible with the network of {mobile_carrier}, including 5G?",
                "Please state whether the {phone} is unlocked and supports 5G with {mobile_carrier}.",
            ],
        },
        issue="using the {phone} with {mobile_carrier}",
        answer=[
            Fact("every {phone} we sell is unlocked and works with any carrier"),
            Fact("the {phone} supports the 5G and 4G bands of {mobile_carrier}"),
            Step("insert your {mobile_carrier} SIM card or add your eSIM under Settings > Mobile network > Add eSIM"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I use two numbers on it?"],
                "jp": ["May I also ask whether two phone numbers can be used?"],
                "de": ["Is dual SIM supported?"],
            },
            answer=[Fact("the {phone} holds one physical SIM and one eSIM at the same time, so two numbers work")],
        ),
        unsafe=Step("send us a photo of your SIM card together with its PIN so we can check compatibility"),
        invented=Fact("the {phone} works on {mobile_carrier} only after a paid unlock"),
    ),
    Situation(
        id="product_questions/headset_console",
        ask={
            "us": [
                "Can I use my {headset} with my game console? It won't show up in Bluetooth.",
                "Does the {headset} work for gaming on a console?",
            ],
            "jp": [
                "I am sorry to ask, but could I use my {headset} with my game console? It does not appear in the Bluetooth menu.",
                "Excuse me, may I ask whether the {headset} can be connected to a game console?",
            ],
            "de": [
                "Is the {headset} compatible with a game console? It is not found via Bluetooth.",
                "Please state how the {headset} is connected to a game console.",
            ],
        },
        issue="using your {headset} with a game console",
        answer=[
            Fact("game consoles do not support Bluetooth headsets, so the {headset} does not appear there"),
            Step("connect the supplied 3.5 mm cable to the headphone jack of the controller"),
            Fact("sound and microphone both work over the cable"),
        ],
        constraint=Constraint(
            said={
                "us": "I lost the little USB dongle that came with it, btw.",
                "jp": "I am embarrassed to say that I have lost the USB adapter that came with it.",
                "de": "The supplied USB adapter is no longer available.",
            },
            replaces=1,
            violation=Step("plug the supplied USB-C wireless adapter into the console"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Does noise cancelling still work with the cable?"],
                "jp": ["May I also ask whether noise cancelling works with the cable?"],
                "de": ["Does noise cancelling function in wired mode?"],
            },
            answer=[Fact("noise cancelling works with the cable as long as the {headset} is switched on")],
        ),
        invented=Fact("the {headset} works with consoles only after a paid firmware upgrade"),
    ),
]
