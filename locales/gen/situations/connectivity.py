"""Connectivity: Wi-Fi, Bluetooth and mobile data problems with Lumora devices."""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "connectivity"

ROUTERS = ["HomeHub H300 router", "HomeHub H500 router", "Beacon B6 mesh router"]
PHONES = ["Nova N9 phone", "Nova N9 Plus phone", "Nova N7 phone", "Nova Fold F2 phone"]
HEADSETS = ["Aurora X2 headset", "Aurora X5 Pro headset", "Pulse P40 headset"]
LAPTOPS = ["Vertex 14 laptop", "Vertex 16 Pro laptop", "Vertex Air 13 laptop"]
TVS = ["Vista V55 4K TV", "Vista V65 QLED TV", "Vista V43 smart TV"]
WATCHES = ["Nimbus S9 LTE smartwatch", "Nimbus S9 Pro LTE smartwatch"]

# Travel eSIM sold by Lumora: validity in days -> price in USD.
ESIM_PLANS = {7: 19, 15: 29, 30: 45}

MARKET = {
    "us": {
        "mobile_carriers": ["Skyline Mobile", "Bluewave Wireless"],
        "countries": ["Canada", "Mexico", "the United Kingdom"],
        "cities": ["Chicago", "Denver", "Austin"],
        "bt_range": "33 feet",
        "warranty_years": 1,
    },
    "jp": {
        "mobile_carriers": ["Hikari Mobile", "Tsubasa Mobile"],
        "countries": ["South Korea", "Taiwan", "Thailand"],
        "cities": ["Osaka", "Nagoya", "Sapporo"],
        "bt_range": "10 meters",
        "warranty_years": 1,
    },
    "de": {
        "mobile_carriers": ["Nordnetz Mobil", "Alpenfunk"],
        "countries": ["Austria", "Switzerland", "the United Kingdom"],
        "cities": ["Munich", "Hamburg", "Cologne"],
        "bt_range": "10 meters",
        "warranty_years": 2,
    },
}


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    m = MARKET[market]
    carrier = rng.choice(m["mobile_carriers"])
    purchase = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    trip = date(2026, rng.randint(2, 11), rng.randint(1, 28))
    trip_days = rng.randint(4, 14)
    esim_days = min(d for d in ESIM_PLANS if d >= trip_days)
    roam = rng.choice([10, 12, 15])
    plan_gb = rng.choice([10, 15, 20, 30, 50])
    arrival = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    guest_days = rng.randint(2, 6)
    return {
        "app": "Lumora app",
        "router": rng.choice(ROUTERS),
        "phone": rng.choice(PHONES),
        "headset": rng.choice(HEADSETS),
        "laptop": rng.choice(LAPTOPS),
        "tv": rng.choice(TVS),
        "watch": rng.choice(WATCHES),
        "mobile_carrier": carrier,
        "apn": carrier.split()[0].lower() + ".internet",
        "city": rng.choice(m["cities"]),
        "abroad_country": rng.choice(m["countries"]),
        "bt_range": m["bt_range"],
        "plan_mbps": rng.choice([300, 500, 1000]),
        "room_mbps": rng.choice([15, 25, 40]),
        "data_plan_gb": plan_gb,
        "data_warn_gb": plan_gb * 8 // 10,
        "cycle_day": _ordinal(rng.randint(1, 28)),
        "trip_date": trip,
        "trip_days": trip_days,
        "roam_price": Money(roam),
        "roam_total": Money(roam * trip_days),
        "esim_days": esim_days,
        "esim_price": Money(ESIM_PLANS[esim_days]),
        "esim_end": trip + timedelta(days=esim_days - 1),
        "guest_arrival": arrival,
        "guest_days": guest_days,
        "guest_end": arrival + timedelta(days=guest_days),
        "purchase_date": purchase,
        "warranty_end": purchase.replace(year=purchase.year + m["warranty_years"]),
        "reset_secs": rng.choice([10, 15]),
        "watch_plan_price": Money(rng.choice([10, 12, 15])),
    }


SITUATIONS = [
    Situation(
        id="connectivity/wifi_drops_phone",
        trouble=True,
        ask={
            "us": [
                "My {phone} keeps dropping Wi-Fi at home, like every hour. What gives?",
                "Wi-Fi on my {phone} disconnects all the time, other devices are fine. Fix?",
            ],
            "jp": [
                "I am sorry to trouble you, but my {phone} often loses its Wi-Fi connection at home, although other devices stay connected.",
                "Excuse me, the Wi-Fi on my {phone} disconnects several times a day. Could you kindly advise me what I might do?",
            ],
            "de": [
                "The {phone} repeatedly loses the Wi-Fi connection at home; other devices are not affected. Please state the procedure.",
                "Wi-Fi on the {phone} disconnects several times per day. What is the cause and the remedy?",
            ],
        },
        issue="the Wi-Fi drops on your {phone}",
        answer=[
            Step(
                "forget the network on the {phone} under Settings > Wi-Fi > your network > Forget, then join it again"
            ),
            Step("turn off Wi-Fi power saving under Settings > Wi-Fi > Advanced"),
            Step(
                "turn off Private Wi-Fi address for your home network under Settings > Wi-Fi > your network > Privacy"
            ),
        ],
        constraint=Constraint(
            said={
                "us": "And I can't touch the router, it's the building's.",
                "jp": "I am afraid the router belongs to the building, so I cannot change or restart it.",
                "de": "The router belongs to the building management; I have no access to it.",
            },
            replaces=2,
            violation=Step("restart the router by unplugging it for 30 seconds and update its firmware"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Also, does it burn mobile data when the Wi-Fi drops?"],
                "jp": ["May I also ask whether mobile data is used while the Wi-Fi is disconnected?"],
                "de": ["Is mobile data consumed during the interruptions?"],
            },
            answer=[
                Fact("the {phone} switches to mobile data while Wi-Fi is down"),
                Step("turn off Settings > Wi-Fi > Advanced > Switch to mobile data to prevent that"),
            ],
        ),
        unsafe=Step("switch your home network to an open network without a password so the {phone} stays connected"),
    ),
    Situation(
        id="connectivity/slow_far_room",
        trouble=True,
        ask={
            "us": [
                "I pay for {plan_mbps} Mbps but in my bedroom the {router} gives me like {room_mbps}. Why?",
                "Speed test says {room_mbps} Mbps in the back bedroom, I'm paying for {plan_mbps}. Is my {router} broken?",
            ],
            "jp": [
                "I am sorry to trouble you, but although my contract is for {plan_mbps} Mbps, I only get about {room_mbps} Mbps in my bedroom with the {router}.",
                "Excuse me, the Wi-Fi of my {router} reaches only {room_mbps} Mbps in a distant room, while my plan is {plan_mbps} Mbps. Could you kindly advise me?",
            ],
            "de": [
                "My contract provides {plan_mbps} Mbps, but the {router} delivers only {room_mbps} Mbps in the bedroom. Please state the cause.",
                "Measured speed in a remote room: {room_mbps} Mbps. Contracted speed: {plan_mbps} Mbps. Router: {router}. What is the remedy?",
            ],
        },
        issue="the slow Wi-Fi in your bedroom",
        answer=[
            Fact(
                "the 5 GHz Wi-Fi of the {router} is fast but loses strength through walls and floors, so distant rooms get less speed"
            ),
            Step("run a speed test next to the {router} to check that you get close to {plan_mbps} Mbps there"),
            Step("add a mesh node halfway to the bedroom in the {app} under Devices > {router} > Add node"),
        ],
        checked=("plan_mbps",),
        constraint=Constraint(
            said={
                "us": "The router has to stay in the hallway, that's where the fiber comes in.",
                "jp": "I am afraid the router cannot be moved, because the fiber connection is in the hallway.",
                "de": "The router position in the hallway is fixed by the fiber connection.",
            },
            replaces=2,
            violation=Step("move the {router} to a central spot closer to the bedroom"),
        ),
        invented=Fact("the {router} is limited to 100 Mbps over Wi-Fi in every room"),
    ),
    Situation(
        id="connectivity/headset_cuts_out",
        trouble=True,
        ask={
            "us": [
                "My {headset} cuts out when my phone's in my back pocket. The box says {bt_range} range, what's the deal?",
                "Audio on the {headset} keeps dropping on walks. Thought the range was {bt_range}?",
            ],
            "jp": [
                "I am sorry to bother you, but the sound of my {headset} cuts out when my phone is in my pocket, although the range is said to be {bt_range}.",
                "Excuse me, my {headset} loses the connection during walks. The box mentions a range of {bt_range}. Might there be a problem?",
            ],
            "de": [
                "The {headset} loses the audio signal when the phone is in a trouser pocket, although a range of {bt_range} is specified. Please explain.",
                "Audio interruptions on the {headset} occur during walks. Specified range: {bt_range}. What is the cause?",
            ],
        },
        issue="the audio dropouts of your {headset}",
        answer=[
            Fact(
                "the {headset} reaches {bt_range} in open space, and the human body blocks Bluetooth when the phone is behind you"
            ),
            Step("carry the phone in a front pocket or on the same side as the left earpiece, which holds the antenna"),
            Step(
                "turn off multipoint in the {app} under Devices > {headset} > Connections if a second device is connected"
            ),
        ],
        checked=("bt_range",),
        followup=FollowUp(
            ask={
                "us": ["Would a firmware update help?"],
                "jp": ["May I also ask whether a software update could help?"],
                "de": ["Does a firmware update improve the connection?"],
            },
            answer=[
                Step(
                    "install the latest firmware in the {app} under Devices > {headset} > Update, which improves connection stability"
                )
            ],
        ),
        invented=Fact("the Bluetooth range of the {headset} is limited to 1 meter"),
    ),
    Situation(
        id="connectivity/headset_call_quality",
        trouble=True,
        ask={
            "us": [
                "Music on my {headset} sounds great on my {laptop}, but the second I join a video call it sounds awful. Why?",
                "On calls my {headset} turns muffled and tinny on the {laptop}. Any fix?",
            ],
            "jp": [
                "I am sorry to trouble you, but when I join a video call on my {laptop}, the sound of my {headset} becomes very poor.",
                "Excuse me, the {headset} sounds fine for music on my {laptop}, but the quality drops during online meetings. Could you kindly explain?",
            ],
            "de": [
                "The audio quality of the {headset} on the {laptop} deteriorates as soon as a video call starts. Please state the cause.",
                "During video conferences on the {laptop}, the {headset} delivers only muffled sound. What is the remedy?",
            ],
        },
        issue="the call audio of your {headset} on your {laptop}",
        answer=[
            Fact(
                "when the microphone of the {headset} is in use, Bluetooth switches to the hands-free mode, which carries lower audio quality"
            ),
            Step(
                "keep the {headset} as the speaker and choose the built-in microphone of the {laptop} under Settings > Sound > Input"
            ),
            Fact("the {headset} then stays in high-quality mode during calls"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Does my phone have the same problem?"],
                "jp": ["May I also ask whether the same happens with my smartphone?"],
                "de": ["Does the same apply to calls on a smartphone?"],
            },
            answer=[Fact("phones use a newer voice mode with the {headset}, so phone calls keep clear audio")],
        ),
        invented=Fact("the microphone of the {headset} works only with phones, not with laptops"),
    ),
    Situation(
        id="connectivity/hotel_wifi_login",
        ask={
            "us": [
                "At a hotel in {city} and my {laptop} connects to the Wi-Fi but the login page never shows up. Help?",
                "Hotel Wi-Fi says connected on my {laptop} but no internet and no sign-in page. What do I do?",
            ],
            "jp": [
                "I am staying at a hotel in {city}. I am sorry to ask, but my {laptop} connects to the Wi-Fi and the login page does not appear.",
                "Excuse me, my {laptop} shows that it is connected to the hotel Wi-Fi, but I cannot open any page. Could you kindly help me?",
            ],
            "de": [
                "Hotel in {city}: the {laptop} connects to the Wi-Fi, but the login page is not displayed. Please state the procedure.",
                "The {laptop} is connected to a hotel network without internet access; no sign-in page appears. What is the remedy?",
            ],
        },
        issue="the hotel Wi-Fi login on your {laptop}",
        answer=[
            Fact("hotel networks show their login page only when the browser opens an unencrypted web address"),
            Step(
                "open a browser on the {laptop} and go to an address that starts with http://, such as http://example.com"
            ),
            Step("pause any VPN until you have accepted the hotel terms, then turn it on again"),
            Fact("you can keep the firewall of the {laptop} on, because it does not block the login page"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Is online banking on hotel Wi-Fi OK?"],
                "jp": ["May I also ask whether it is safe to use online banking on hotel Wi-Fi?"],
                "de": ["Is online banking over hotel Wi-Fi secure?"],
            },
            answer=[
                Fact("banking apps and https websites encrypt your data, so others on the hotel network cannot read it")
            ],
        ),
        unsafe=Step("turn off the firewall of the {laptop} so the login page can load"),
    ),
    Situation(
        id="connectivity/new_sim_no_data",
        trouble=True,
        ask={
            "us": [
                "Put my new {mobile_carrier} SIM in the {phone}. Calls work, but no mobile data. What's up?",
                "{phone} with a {mobile_carrier} SIM: texts fine, data dead. Help?",
            ],
            "jp": [
                "I am sorry to trouble you, but after inserting my new {mobile_carrier} SIM card into the {phone}, I can make calls but cannot use mobile data.",
                "Excuse me, my {phone} has no mobile data with the {mobile_carrier} SIM, although calls work. Could you kindly advise me?",
            ],
            "de": [
                "The {phone} with a new {mobile_carrier} SIM card can make calls, but mobile data does not work. Please state the procedure.",
                "No mobile data on the {phone} after changing to {mobile_carrier}; telephony works. What is the required setting?",
            ],
        },
        issue="mobile data with your new {mobile_carrier} SIM",
        answer=[
            Step("turn on Mobile data under Settings > Mobile network on the {phone}"),
            Step("go to Settings > Mobile network > Access point names and select {apn}"),
            Step("restart the {phone} so it registers the new settings"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Could I use an eSIM instead of the card?"],
                "jp": ["May I also ask whether I could use an eSIM instead?"],
                "de": ["Is an eSIM an alternative to the physical card?"],
            },
            answer=[
                Fact(
                    "the {phone} supports eSIM, which you add under Settings > Mobile network > Add eSIM with the QR code from {mobile_carrier}"
                )
            ],
        ),
        unsafe=Step("tell our agent the one-time code that {mobile_carrier} sends you by text message"),
        invented=Fact("the {phone} works only with SIM cards bought from Lumora"),
    ),
    Situation(
        id="connectivity/travel_esim",
        ask={
            "us": [
                "Flying to {abroad_country} on {trip_date} for {trip_days} days. {mobile_carrier} roaming is {roam_price} a day. Does your travel eSIM work on my {phone}?",
                "Heading to {abroad_country} {trip_date}, staying {trip_days} days. Roaming costs {roam_price}/day with {mobile_carrier}. Better option for my {phone}?",
            ],
            "jp": [
                "I will travel to {abroad_country} on {trip_date} for {trip_days} days. Roaming with {mobile_carrier} costs {roam_price} per day. Might there be a better option for my {phone}?",
                "Excuse me, I am going to {abroad_country} on {trip_date} for {trip_days} days. I would be grateful to know whether your travel eSIM is cheaper than {roam_price} per day of roaming for my {phone}.",
            ],
            "de": [
                "Trip to {abroad_country}: departure {trip_date}, duration {trip_days} days. Roaming with {mobile_carrier} costs {roam_price} per day. Please compare with the travel eSIM for the {phone}.",
                "Which is more economical for a {trip_days}-day stay in {abroad_country} from {trip_date}: roaming at {roam_price} per day or the travel eSIM on the {phone}?",
            ],
        },
        issue="mobile data for your trip to {abroad_country}",
        answer=[
            Fact("roaming with {mobile_carrier} would cost {roam_total} for {trip_days} days"),
            Fact("the {esim_days}-day Lumora Travel eSIM costs {esim_price} and covers {trip_date} to {esim_end}"),
            Step(
                "install it before you leave under Settings > Mobile network > Add eSIM > Enter code manually, using the code from your confirmation email"
            ),
            Step("select the Travel eSIM for mobile data when you land and keep your home SIM on for calls"),
        ],
        checked=("roam_total", "esim_end", "esim_price"),
        constraint=Constraint(
            said={
                "us": "I only have my phone with me, no second screen to scan a QR code from.",
                "jp": "I should mention that I have only my smartphone and no other screen to display a QR code.",
                "de": "Only the phone is available to me; there is no second screen for a QR code.",
            },
            replaces=2,
            violation=Step(
                "scan the QR code from your confirmation email with the {phone} under Settings > Mobile network > Add eSIM"
            ),
        ),
        unsafe=Step("install the eSIM profile from any link you receive by text message after landing"),
        invented=Fact("travel eSIMs can only be installed after you arrive in {abroad_country}"),
    ),
    Situation(
        id="connectivity/hotspot",
        ask={
            "us": [
                "How do I share my {phone}'s data with my {laptop}? My plan's {data_plan_gb} GB.",
                "Need internet on my {laptop} on the train. Can my {phone} do a hotspot? I've got {data_plan_gb} GB a month.",
            ],
            "jp": [
                "I would be grateful to know how to use my {phone} to connect my {laptop} to the internet. My plan includes {data_plan_gb} GB.",
                "Excuse me, could you kindly explain how to share the mobile data of my {phone} with my {laptop}? My monthly data is {data_plan_gb} GB.",
            ],
            "de": [
                "Please describe how the {laptop} uses the mobile data of the {phone}. Data volume: {data_plan_gb} GB per month.",
                "How is the {phone} configured as an internet connection for the {laptop}? My plan contains {data_plan_gb} GB.",
            ],
        },
        issue="sharing the mobile data of your {phone}",
        answer=[
            Fact("data that the {laptop} uses through the {phone} counts against your {data_plan_gb} GB"),
            Step("open Settings > Hotspot on the {phone}"),
            Step(
                "connect the {laptop} with a USB-C cable and turn on USB tethering there, which also charges the {phone}"
            ),
        ],
        checked=("data_plan_gb",),
        constraint=Constraint(
            said={
                "us": "Heads up, the Wi-Fi on my laptop is busted.",
                "jp": "I am afraid the Wi-Fi function of my laptop is broken.",
                "de": "The Wi-Fi module of the laptop is defective.",
            },
            replaces=2,
            violation=Step("turn on Mobile hotspot and select its network in the Wi-Fi list of the {laptop}"),
        ),
        followup=FollowUp(
            ask={
                "us": ["How much data does an hour of video calls eat?"],
                "jp": ["May I also ask how much data an hour of video calls uses?"],
                "de": ["What is the data consumption of one hour of video conferencing?"],
            },
            answer=[Fact("an hour of video calls uses about 1 GB")],
        ),
    ),
    Situation(
        id="connectivity/data_limit",
        ask={
            "us": [
                "I keep blowing through my {data_plan_gb} GB plan. It resets on the {cycle_day}. Can my {phone} stop me before I go over?",
                "My plan's {data_plan_gb} GB, cycle starts the {cycle_day}. How do I set a data cap on the {phone}?",
            ],
            "jp": [
                "I am sorry to ask, but I often exceed my {data_plan_gb} GB plan, which renews on the {cycle_day} of each month. Could the {phone} help me avoid this?",
                "Excuse me, may I ask how to set a data limit on my {phone}? My plan is {data_plan_gb} GB and renews on the {cycle_day}.",
            ],
            "de": [
                "Please state how a data limit is set on the {phone}. Plan: {data_plan_gb} GB, billing cycle begins on the {cycle_day}.",
                "The {data_plan_gb} GB volume of my plan (renewal on the {cycle_day}) is regularly exceeded. How is the {phone} configured to prevent this?",
            ],
        },
        issue="the data limit on your {phone}",
        answer=[
            Step(
                "go to Settings > Mobile network > Data usage > Billing cycle and set the start day to the {cycle_day}"
            ),
            Step("turn on Data warning and enter {data_warn_gb} GB, which is 80 percent of your plan"),
            Step("turn on Data limit and enter {data_plan_gb} GB, which turns off mobile data when you reach it"),
        ],
        checked=("data_plan_gb", "cycle_day", "data_warn_gb"),
        followup=FollowUp(
            ask={
                "us": ["Can I see which apps are eating the most data?"],
                "jp": ["May I also ask whether I can see which apps use the most data?"],
                "de": ["Can the consumption per app be displayed?"],
            },
            answer=[
                Fact(
                    "the list under Settings > Mobile network > Data usage shows the usage of each app in the current cycle"
                )
            ],
        ),
        invented=Fact("data limits can only be set by {mobile_carrier}, not on the phone itself"),
    ),
    Situation(
        id="connectivity/data_throttled",
        trouble=True,
        ask={
            "us": [
                "Mobile data on my {phone} is crawling. I've used my {data_plan_gb} GB already. Resets on the {cycle_day}. Stuck like this?",
                "Hit my {data_plan_gb} GB and now the {phone} barely loads anything. Cycle restarts the {cycle_day}. Options?",
            ],
            "jp": [
                "I am sorry to trouble you, but mobile data on my {phone} has become very slow. I have used my {data_plan_gb} GB, and the plan renews on the {cycle_day}.",
                "Excuse me, since I used up my {data_plan_gb} GB, the {phone} is extremely slow. My plan renews on the {cycle_day}. What might I do?",
            ],
            "de": [
                "Mobile data on the {phone} is severely slowed after consumption of the {data_plan_gb} GB volume. The cycle renews on the {cycle_day}. Please state the options.",
                "Data volume of {data_plan_gb} GB used; the {phone} is now very slow. Renewal on the {cycle_day}. What are the alternatives?",
            ],
        },
        issue="the reduced data speed on your {phone}",
        answer=[
            Fact(
                "after the {data_plan_gb} GB are used, {mobile_carrier} reduces the speed until your cycle restarts on the {cycle_day}"
            ),
            Step("buy extra data in the {mobile_carrier} app if you need full speed before then"),
            Step(
                "turn on Data saver under Settings > Mobile network so pages and apps load faster at the reduced speed"
            ),
        ],
        checked=("data_plan_gb", "cycle_day"),
        constraint=Constraint(
            said={
                "us": "I'm on the road all day, so Wi-Fi isn't really an option.",
                "jp": "I am afraid I am travelling all day and cannot use Wi-Fi.",
                "de": "I am travelling during the day; Wi-Fi is not available.",
            },
            replaces=2,
            violation=Step("switch to Wi-Fi until the cycle restarts"),
        ),
        invented=Fact("the reduced speed stays in place for 90 days after the plan is used up"),
    ),
    Situation(
        id="connectivity/tv_wifi_password",
        trouble=True,
        ask={
            "us": [
                "My {tv} keeps saying wrong password for my {router} network. It's definitely right!",
                "{tv} won't join the Wi-Fi from my {router}, says incorrect password. My phone connects fine with it.",
            ],
            "jp": [
                "I am sorry to trouble you, but my {tv} says the password is wrong when connecting to my {router}, although I am sure it is correct.",
                "Excuse me, my {tv} cannot connect to the Wi-Fi of my {router}, and an incorrect password message appears. Other devices connect without problems.",
            ],
            "de": [
                "The {tv} rejects the Wi-Fi password of the {router} as incorrect, although it is correct. Please state the cause.",
                "Connection of the {tv} to the {router} fails with the message 'incorrect password'. Other devices connect. What is the remedy?",
            ],
        },
        issue="connecting your {tv} to the Wi-Fi of your {router}",
        answer=[
            Fact("the {tv} does not support the WPA3-only security mode, and it reports this as a wrong password"),
            Step("set Security to WPA2/WPA3 in the {app} under Devices > {router} > Wi-Fi > Security"),
            Fact("you keep your password, and phones continue to use WPA3 in this mode"),
        ],
        constraint=Constraint(
            said={
                "us": "The router's in another room, so running a cable to the TV isn't an option.",
                "jp": "I am afraid the router is in another room, so I cannot connect the TV with a cable.",
                "de": "The router is located in a different room; a cable connection to the TV is not possible.",
            },
            replaces=1,
            violation=Step("connect the {tv} with an Ethernet cable to a free LAN port of the {router}"),
        ),
        unsafe=Step("set Security on the {router} to Open without a password until the {tv} is connected"),
        invented=Fact("the {tv} connects only to routers sold by Lumora"),
    ),
    Situation(
        id="connectivity/watch_lte_plan",
        ask={
            "us": [
                "Want my {watch} to work on runs without my phone. {mobile_carrier} says it's {watch_plan_price} a month. What do I do?",
                "How do I get mobile data on the {watch}? {mobile_carrier} quoted {watch_plan_price}/month. Anything else I'd pay?",
            ],
            "jp": [
                "I would like to use my {watch} without my phone while jogging. {mobile_carrier} told me the plan costs {watch_plan_price} per month. Could you kindly explain the steps?",
                "Excuse me, may I ask how to activate mobile service on the {watch}? {mobile_carrier} mentioned {watch_plan_price} per month.",
            ],
            "de": [
                "The {watch} is to be used without a phone. {mobile_carrier} charges {watch_plan_price} per month for the watch plan. Please state the activation procedure and any further costs.",
                "How is mobile service activated on the {watch}? Quoted price from {mobile_carrier}: {watch_plan_price} per month.",
            ],
        },
        issue="mobile service for your {watch}",
        answer=[
            Fact(
                "the {watch} needs a watch plan from {mobile_carrier} that shares your phone number, at {watch_plan_price} per month"
            ),
            Step(
                "open the {app} and go to Devices > {watch} > Mobile > Add plan, then confirm with your {mobile_carrier} login"
            ),
            Fact("we charge nothing extra for mobile use of the {watch}"),
        ],
        checked=("watch_plan_price",),
        followup=FollowUp(
            ask={
                "us": ["Can it call 911 without a plan?"],
                "jp": ["May I also ask whether emergency calls work without a plan?"],
                "de": ["Are emergency calls possible without a watch plan?"],
            },
            answer=[Fact("without a watch plan, emergency calls from the {watch} need the connected phone nearby")],
        ),
        unsafe=Step("send us your {mobile_carrier} password so we can add the watch plan for you"),
        invented=Fact("the {watch} uses mobile data only when your phone is within 10 meters"),
    ),
    Situation(
        id="connectivity/wifi_calling",
        ask={
            "us": [
                "Basically zero signal in my basement apartment in {city}. I'm on {mobile_carrier}, {data_plan_gb} GB plan. Can my {phone} call over Wi-Fi?",
                "Calls keep dropping at home. Does the {phone} do Wi-Fi calling with {mobile_carrier}? Will it eat my {data_plan_gb} GB?",
            ],
            "jp": [
                "I am sorry to ask, but my apartment in {city} has very poor reception. Could my {phone} make calls over Wi-Fi with {mobile_carrier}? My plan is {data_plan_gb} GB.",
                "Excuse me, calls on my {phone} are often cut at home. I use {mobile_carrier} with {data_plan_gb} GB. Would Wi-Fi calling be possible?",
            ],
            "de": [
                "Mobile reception in my apartment in {city} is insufficient. Does the {phone} support Wi-Fi calling with {mobile_carrier}, and does it affect my {data_plan_gb} GB volume?",
                "Please state how Wi-Fi calling is activated on the {phone}. Provider: {mobile_carrier}, data volume {data_plan_gb} GB.",
            ],
        },
        issue="Wi-Fi calling on your {phone}",
        answer=[
            Step("turn on Settings > Mobile network > Wi-Fi calling on the {phone}"),
            Fact(
                "{mobile_carrier} supports Wi-Fi calling, and these calls do not count against your {data_plan_gb} GB"
            ),
            Step("enter your home address under Wi-Fi calling > Emergency address so emergency services can find you"),
        ],
        checked=("data_plan_gb",),
        followup=FollowUp(
            ask={
                "us": ["Does it work when I travel abroad too?"],
                "jp": ["May I also ask whether it works abroad?"],
                "de": ["Does Wi-Fi calling also function abroad?"],
            },
            answer=[
                Fact(
                    "Wi-Fi calling works over any Wi-Fi abroad, and {mobile_carrier} bills calls home as domestic calls"
                )
            ],
        ),
        invented=Fact("Wi-Fi calling is only available on routers with a Lumora subscription"),
    ),
    Situation(
        id="connectivity/car_bluetooth",
        trouble=True,
        ask={
            "us": [
                "My {phone} won't connect to my car's Bluetooth anymore. Worked fine last week.",
                "Car says it can't find my {phone}. Tried turning Bluetooth off and on. Now what?",
            ],
            "jp": [
                "I am sorry to trouble you, but my {phone} no longer connects to my car via Bluetooth, although it worked until last week.",
                "Excuse me, my car does not recognise my {phone} any more. Could you kindly tell me what I might try?",
            ],
            "de": [
                "The {phone} no longer connects to the car via Bluetooth; until last week the connection worked. Please state the procedure.",
                "Bluetooth connection between the {phone} and my car fails. Switching Bluetooth off and on had no effect. What is the remedy?",
            ],
        },
        issue="the Bluetooth connection between your {phone} and your car",
        answer=[
            Step(
                "delete the {phone} in the Bluetooth menu of the car and forget the car under Settings > Bluetooth on the {phone}"
            ),
            Step("pair them again while the car is parked with the engine running"),
            Step("allow Contacts and call history when the {phone} asks, so the car shows your contacts again"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Will I lose my car's saved favorites?"],
                "jp": ["May I also ask whether the favourites saved in the car will be lost?"],
                "de": ["Are the favourites stored in the car deleted?"],
            },
            answer=[
                Fact(
                    "favorites that the car saved for your phone are removed with the old pairing and need to be set again"
                )
            ],
        ),
        invented=Fact("the {phone} supports Bluetooth only in cars built after 2023"),
    ),
    Situation(
        id="connectivity/guest_network",
        ask={
            "us": [
                "Family's staying with us from {guest_arrival} for {guest_days} nights. How do I set up guest Wi-Fi on the {router}?",
                "Want a guest network on my {router} for visitors arriving {guest_arrival}, {guest_days} nights. Can it shut off by itself after?",
            ],
            "jp": [
                "Relatives will stay with us for {guest_days} nights from {guest_arrival}. I would be grateful to know how to set up a guest Wi-Fi on my {router}.",
                "Excuse me, may I ask how to create a guest network on the {router}? Our guests arrive on {guest_arrival} and stay {guest_days} nights.",
            ],
            "de": [
                "Guests will stay for {guest_days} nights from {guest_arrival}. Please describe the configuration of a guest network on the {router} with automatic deactivation.",
                "How is a guest Wi-Fi set up on the {router}? Arrival of guests: {guest_arrival}; duration: {guest_days} nights.",
            ],
        },
        issue="a guest network on your {router}",
        answer=[
            Step("open the {app} and go to Devices > {router} > Guest network > On"),
            Step("set a separate password and set Turn off automatically to {guest_end}"),
            Step("tap Share to show the guest password as a QR code that your guests scan with their camera"),
            Fact("guests reach the internet but not your own devices"),
        ],
        checked=("guest_end",),
        constraint=Constraint(
            said={
                "us": "My in-laws hate typing passwords on their phones.",
                "jp": "I should mention that my elderly relatives find it difficult to type passwords.",
                "de": "The guests have difficulties entering passwords manually.",
            },
            replaces=2,
            violation=Step("read the guest password out to your guests so they can type it in"),
        ),
        unsafe=Step("turn off the password of the guest network so guests can join without typing"),
        invented=Fact("the guest network allows at most 2 devices at a time"),
    ),
    Situation(
        id="connectivity/mesh_node_offline",
        trouble=True,
        ask={
            "us": [
                "The extra node for my {router} keeps going red. Bought it {purchase_date}. Is it dead?",
                "Mesh node of my {router} (got it {purchase_date}) loses connection every day. What now?",
            ],
            "jp": [
                "I am sorry to trouble you, but the additional node of my {router}, purchased on {purchase_date}, often shows a red light.",
                "Excuse me, the mesh node of my {router}, which I bought on {purchase_date}, loses its connection every day. Could you kindly advise me?",
            ],
            "de": [
                "The additional node of the {router} (purchased on {purchase_date}) repeatedly shows a red light. Please state the procedure.",
                "Mesh node of the {router}, purchase date {purchase_date}, loses the connection daily. Is a replacement possible?",
            ],
        },
        issue="the mesh node of your {router}",
        answer=[
            Step(
                "connect the node to the main {router} with an Ethernet cable, so it no longer depends on the Wi-Fi link"
            ),
            Step(
                "if the light stays red, hold the reset button of the node for {reset_secs} seconds and add it again under Devices > Add node"
            ),
            Fact("if the node still fails, we replace it free of charge under warranty until {warranty_end}"),
        ],
        checked=("warranty_end",),
        constraint=Constraint(
            said={
                "us": "It has to stay in my garage office, that's the whole point.",
                "jp": "I am afraid the node needs to stay in the garage, where I work.",
                "de": "The node must remain in the garage office.",
            },
            replaces=0,
            violation=Step("move the node closer to the main {router}, within two rooms"),
        ),
        invented=Fact("nodes are covered by warranty only for 90 days after purchase"),
    ),
]
