"""Device setup: first-time setup, pairing, moving data, resets and setup services for Lumora devices."""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "device_setup"

HEADSETS = ["Aurora X2 headset", "Aurora X5 Pro headset", "Pulse P40 headset", "Aurora S1 Sport headset"]
WATCHES = ["Nimbus S7 smartwatch", "Nimbus S9 Pro smartwatch", "Helio H3 fitness watch"]
ROUTERS = ["HomeHub H300 router", "HomeHub H500 router", "Beacon B6 mesh router"]
PHONES = ["Nova N9 phone", "Nova N9 Plus phone", "Nova N7 phone"]
TVS = ["Vista V55 4K TV", "Vista V65 QLED TV", "Vista V75 Pro TV"]
LAPTOPS = ["Vertex 14 laptop", "Vertex 16 Pro laptop", "Vertex Air 13 laptop"]

MARKET = {
    "us": {
        "carriers": ["SwiftPost", "ParcelLine"],
        "cities": ["Chicago", "Denver", "Austin"],
        "support_hours": "from 7 am to 10 pm Central Time, seven days a week",
        "visit_windows": ["8 am and 12 pm", "12 pm and 4 pm", "4 pm and 8 pm"],
        "warranty_years": 1,
    },
    "jp": {
        "carriers": ["Sakura Express", "Kaede Transport"],
        "cities": ["Osaka", "Nagoya", "Sapporo"],
        "support_hours": "from 9:00 to 20:00 Japan time, every day including holidays",
        "visit_windows": ["9:00 and 12:00", "13:00 and 16:00", "16:00 and 19:00"],
        "warranty_years": 1,
    },
    "de": {
        "carriers": ["Rheinland Paket", "Nordstern Logistik"],
        "cities": ["Munich", "Hamburg", "Cologne"],
        "support_hours": "from 8:00 to 20:00 CET, Monday to Saturday",
        "visit_windows": ["8:00 and 12:00", "12:00 and 16:00", "16:00 and 20:00"],
        "warranty_years": 2,
    },
}


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    m = MARKET[market]
    purchase = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    delivery = purchase + timedelta(days=rng.randint(2, 5))
    ship = delivery + timedelta(days=1)
    visit = delivery + timedelta(days=rng.randint(4, 12))
    charge_mins = rng.choice([30, 45, 60])
    charged_mins = rng.choice([5, 10, 15])
    update_mins = rng.choice([40, 45, 60])
    stuck_mins = rng.choice([15, 20, 25, 30])
    old_gb = rng.choice([32, 48, 64, 96, 120])
    return {
        "app": "Lumora app",
        "headset": rng.choice(HEADSETS),
        "watch": rng.choice(WATCHES),
        "router": rng.choice(ROUTERS),
        "phone": rng.choice(PHONES),
        "tv": rng.choice(TVS),
        "laptop": rng.choice(LAPTOPS),
        "order": f"{rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}",
        "city": rng.choice(m["cities"]),
        "carrier": rng.choice(m["carriers"]),
        "support_hours": m["support_hours"],
        "purchase_date": purchase,
        "delivery_date": delivery,
        "ship_date": ship,
        "arrival_date": ship + timedelta(days=rng.randint(2, 3)),
        "warranty_end": purchase.replace(year=purchase.year + m["warranty_years"]),
        "setup_help_end": purchase + timedelta(days=30),
        "setup_price": Money(rng.choice([79, 99, 129, 149])),
        "visit_date": visit,
        "visit_window": rng.choice(m["visit_windows"]),
        "cancel_deadline": visit - timedelta(days=2),
        "pair_secs": rng.choice([3, 5, 7]),
        "boot_mins": rng.choice([2, 3, 5]),
        "charge_mins": charge_mins,
        "charged_mins": charged_mins,
        "charge_more_mins": charge_mins - charged_mins,
        "update_mins": update_mins,
        "stuck_mins": stuck_mins,
        "wait_more_mins": update_mins - stuck_mins,
        "reset_mins": rng.choice([30, 45, 60]),
        "old_gb": old_gb,
        "transfer_mins": old_gb // 2,
        "screen_hours": rng.choice([2, 3, 4]),
        "code_mins": rng.choice([10, 15]),
        "tv_hz": rng.choice([120, 144]),
    }


SITUATIONS = [
    Situation(
        id="device_setup/pair_headset",
        trouble=True,
        ask={
            "us": [
                "The manual says hold the button {pair_secs} seconds to pair my {headset}, but my phone never sees it. What gives?",
                "Holding the power button on my new {headset} for {pair_secs} seconds does nothing, it won't show up in Bluetooth. Help?",
            ],
            "jp": [
                "I am sorry to trouble you, but I held the button of my new {headset} for {pair_secs} seconds as the manual says, and my phone still cannot find it.",
                "Excuse me, I am having difficulty pairing the {headset}. I pressed the button for {pair_secs} seconds, but it does not appear on my smartphone. Could you kindly advise me?",
            ],
            "de": [
                "The {headset} does not appear in the Bluetooth list of my phone, although I held the button for {pair_secs} seconds as instructed. Please state the correct procedure.",
                "Pairing of the {headset} fails. The button was pressed for {pair_secs} seconds. What is the cause?",
            ],
        },
        issue="pairing your {headset}",
        answer=[
            Fact("pairing mode starts only when the {headset} is switched off before you press the button"),
            Step(
                "switch the {headset} off, then hold the power button for {pair_secs} seconds until the light flashes blue"
            ),
            Step("open the Bluetooth settings on your phone and select the {headset} under new devices"),
        ],
        checked=("pair_secs",),
        followup=FollowUp(
            ask={
                "us": ["Also, can it stay connected to my laptop at the same time?"],
                "jp": ["May I also ask whether it can be connected to my laptop at the same time?"],
                "de": ["Additionally: can the headset be connected to a laptop simultaneously?"],
            },
            answer=[
                Fact("the {headset} stays connected to two devices at the same time"),
                Step("pair the laptop the same way while the phone is still connected"),
            ],
        ),
        unsafe=Step(
            "install the pairing helper from the link in our text message and give it full access to your phone"
        ),
    ),
    Situation(
        id="device_setup/register_product",
        ask={
            "us": [
                "Do I have to register my {headset} for the warranty to count? Bought it {purchase_date}.",
                "Got my {headset} on {purchase_date}. Is registering it actually required?",
            ],
            "jp": [
                "I purchased the {headset} on {purchase_date}. I am sorry to ask, but is it necessary to register it to receive the warranty?",
                "Excuse me, may I ask whether I must register my {headset}, which I bought on {purchase_date}, for warranty service?",
            ],
            "de": [
                "I purchased the {headset} on {purchase_date}. Is product registration a condition for the warranty?",
                "Please state whether registration of the {headset} (purchase date {purchase_date}) is mandatory.",
            ],
        },
        issue="registering your {headset}",
        answer=[
            Fact("registration is optional and your warranty applies from the purchase date in any case"),
            Fact("the warranty of your {headset} runs until {warranty_end}"),
            Step(
                "register it at lumora.com/register with the serial number to keep the receipt and serial number in one place"
            ),
        ],
        checked=("warranty_end",),
        constraint=Constraint(
            said={
                "us": "I don't use the app, btw.",
                "jp": "I am afraid I do not use the app.",
                "de": "I do not use the app.",
            },
            replaces=2,
            violation=Step("register it in the {app} under Account > My products > Add product"),
        ),
        invented=Fact("the warranty is only valid if you register the product within 14 days of purchase"),
    ),
    Situation(
        id="device_setup/router_first_setup",
        ask={
            "us": [
                "Just got the {router}. What's the setup process?",
                "Setting up my {router} tonight. Walk me through it?",
            ],
            "jp": [
                "I am sorry to bother you, but I would be grateful if you could explain how to set up the {router} that I have just received.",
                "Excuse me, may I ask what the correct steps are to install the {router}?",
            ],
            "de": [
                "Please state the installation procedure for the {router}.",
                "I have received the {router}. Which steps are required for the initial setup?",
            ],
        },
        issue="setting up your {router}",
        answer=[
            Step(
                "connect the cable from your modem to the yellow WAN port of the {router} and plug in the power adapter"
            ),
            Step("wait {boot_mins} minutes until the light on the {router} is solid white"),
            Step(
                "open the {app} on a phone or go to http://192.168.8.1 in a browser on a computer connected to the {router}"
            ),
            Fact("the setup then asks you to choose the Wi-Fi name and password of your new network"),
        ],
        constraint=Constraint(
            said={
                "us": "I don't have a smartphone though, just a laptop.",
                "jp": "I am afraid I do not own a smartphone, only a laptop computer.",
                "de": "I do not own a smartphone; only a laptop is available.",
            },
            replaces=2,
            violation=Step(
                "open the {app}, tap Devices > Add device and scan the QR code on the bottom of the {router}"
            ),
        ),
        followup=FollowUp(
            ask={
                "us": ["How long does the whole thing take?"],
                "jp": ["May I also ask how long the setup takes in total?"],
                "de": ["What is the total duration of the setup?"],
            },
            answer=[Fact("the whole setup takes about 10 minutes")],
        ),
        unsafe=Step("turn off the firewall of the {router} so the setup finishes faster"),
    ),
    Situation(
        id="device_setup/router_replace_keep_name",
        ask={
            "us": [
                "Swapping my old router for the {router}. Do I have to reconnect all my smart home stuff?",
                "Replacing my old router with a {router}. Can I keep my Wi-Fi name so nothing breaks?",
            ],
            "jp": [
                "I am planning to replace my old router with the {router}, and I am worried that I will have to reconnect every device. Could you kindly advise me?",
                "Excuse me, when I change to the {router}, would it be possible to keep the same Wi-Fi name and password?",
            ],
            "de": [
                "I am replacing my existing router with the {router}. Is it necessary to reconnect all devices?",
                "Can the {router} take over the network name and password of the previous router? Please describe the procedure.",
            ],
        },
        issue="replacing your old router with the {router}",
        answer=[
            Fact(
                "your devices reconnect on their own if the {router} uses the same Wi-Fi name and password as the old router"
            ),
            Step(
                "read the old Wi-Fi password from the label of the old router and enter it with the old Wi-Fi name during setup"
            ),
            Step("switch off the old router before you start the {router}, so the two networks do not overlap"),
        ],
        constraint=Constraint(
            said={
                "us": "Problem is I don't remember the old Wi-Fi password.",
                "jp": "I am embarrassed to say that I no longer remember the old Wi-Fi password.",
                "de": "The old Wi-Fi password is not known to me.",
            },
            replaces=1,
            violation=Step("type the old Wi-Fi name and password from memory during setup of the {router}"),
        ),
        unsafe=Step("send us your Wi-Fi password by email so we can configure the {router} remotely"),
        invented=Fact("devices keep their connection only if the new router is the same model as the old one"),
    ),
    Situation(
        id="device_setup/watch_wont_turn_on",
        trouble=True,
        ask={
            "us": [
                "My new {watch} won't turn on. It's been on the charger {charged_mins} minutes and the screen's still black.",
                "Unboxed the {watch}, charged it {charged_mins} minutes, nothing. Is it dead?",
            ],
            "jp": [
                "I am sorry to trouble you, but the {watch} I received does not switch on, even after {charged_mins} minutes on the charger.",
                "Excuse me, my new {watch} shows nothing on the screen. I have charged it for {charged_mins} minutes. Could there be a problem?",
            ],
            "de": [
                "The {watch} does not switch on after unpacking, despite {charged_mins} minutes on the charger. Please state the cause.",
                "The display of the new {watch} remains black after {charged_mins} minutes of charging. How is the device started?",
            ],
        },
        issue="your {watch} not switching on",
        answer=[
            Fact(
                "the {watch} ships with its battery in storage mode and starts only after {charge_mins} minutes on the charger"
            ),
            Step(
                "leave the {watch} on the charger for another {charge_more_mins} minutes until the charging ring appears"
            ),
            Step(
                "hold the side button for 3 seconds to start it, then pair it in the {app} under Devices > Add device"
            ),
        ],
        checked=("charge_more_mins", "charge_mins"),
        followup=FollowUp(
            ask={
                "us": ["And how long does a full charge take?"],
                "jp": ["If I may also ask, how long does a full charge take?"],
                "de": ["What is the duration of a full charge?"],
            },
            answer=[Fact("a full charge from empty takes 2 hours")],
        ),
        invented=Fact("a watch that does not switch on out of the box must be reported within 48 hours of delivery"),
    ),
    Situation(
        id="device_setup/watch_new_phone",
        ask={
            "us": [
                "Got a new phone. How do I move my {watch} over to it?",
                "Switching phones this weekend. What do I do so my {watch} works with the new one?",
            ],
            "jp": [
                "I have recently bought a new smartphone. Could you kindly tell me how to connect my {watch} to it?",
                "I am sorry to trouble you, but I would like to use my {watch} with a new phone. What would be the proper procedure?",
            ],
            "de": [
                "I am changing my smartphone. Please describe the procedure for transferring the {watch} to the new phone.",
                "How is the {watch} connected to a new smartphone without losing the settings?",
            ],
        },
        issue="moving your {watch} to a new phone",
        answer=[
            Step("reset the {watch} on the watch itself under Settings > System > Reset"),
            Step("install the {app} on the new phone, sign in with the same account and tap Devices > Add device"),
            Fact("the latest backup in your account restores your watch faces and settings during pairing"),
        ],
        constraint=Constraint(
            said={
                "us": "Heads up, I already wiped and traded in the old phone.",
                "jp": "I am afraid I have already reset and handed over my old phone.",
                "de": "The old phone has already been reset and handed in.",
            },
            replaces=0,
            violation=Step("unpair the {watch} in the {app} on your old phone to create a fresh backup"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Will my workout history come with it?"],
                "jp": ["May I also ask whether my activity history will remain?"],
                "de": ["Is the activity history retained?"],
            },
            answer=[
                Fact(
                    "your activity and health history is stored in your account and appears on the new phone after sign-in"
                )
            ],
        ),
    ),
    Situation(
        id="device_setup/phone_transfer",
        ask={
            "us": [
                "How do I move everything from my old phone to the new {phone}? It's about {old_gb} GB of stuff.",
                "Got the {phone} today. Easiest way to bring over my photos and apps? Old phone has around {old_gb} GB on it.",
            ],
            "jp": [
                "I have just received the {phone}. I would be grateful to know how I might transfer the roughly {old_gb} GB of data on my old phone.",
                "I am sorry to ask, but could you explain how to move my photos and contacts, about {old_gb} GB, to the new {phone}?",
            ],
            "de": [
                "Please describe the procedure for transferring {old_gb} GB of data from my previous phone to the {phone}.",
                "Which method transfers photos, contacts and apps (approximately {old_gb} GB) to the {phone}, and how long does it take?",
            ],
        },
        issue="transferring your data to the {phone}",
        answer=[
            Step("charge both phones to at least 50 percent and keep them next to each other"),
            Step(
                "connect both phones with the USB-C cable from the box and choose Copy data from old phone > Cable during setup of the {phone}"
            ),
            Fact("the transfer of {old_gb} GB takes at most {transfer_mins} minutes"),
            Fact(
                "photos, contacts and messages are copied, and your apps download again from the app store afterwards"
            ),
        ],
        checked=("transfer_mins", "old_gb"),
        constraint=Constraint(
            said={
                "us": "We don't have Wi-Fi at the new place yet.",
                "jp": "Unfortunately, we do not have Wi-Fi at home yet.",
                "de": "There is currently no Wi-Fi available at my home.",
            },
            replaces=1,
            violation=Step(
                "connect both phones to the same Wi-Fi network and choose Copy data from old phone > Wireless"
            ),
        ),
        followup=FollowUp(
            ask={
                "us": ["Does that wipe my old phone?"],
                "jp": ["May I also ask whether my old phone will be erased?"],
                "de": ["Is the data on the old phone deleted in the process?"],
            },
            answer=[
                Fact("the transfer only copies data, so your old phone keeps everything until you reset it yourself")
            ],
        ),
        unsafe=Step(
            "share your account password and the one-time code with our agent so we can run the transfer for you"
        ),
    ),
    Situation(
        id="device_setup/kids_phone",
        ask={
            "us": [
                "Setting up the {phone} for my 10-year-old. How do I lock it down to {screen_hours} hours a day?",
                "Giving my kid the {phone}. Want parental controls and max {screen_hours} hours of screen time. How?",
            ],
            "jp": [
                "I am preparing the {phone} for my child. I would be grateful to know how to limit its use to {screen_hours} hours per day.",
                "Excuse me, could you kindly explain how to set up parental controls on the {phone} with a daily limit of {screen_hours} hours?",
            ],
            "de": [
                "The {phone} is intended for my child. Please state how to configure parental controls and a daily limit of {screen_hours} hours.",
                "How is a screen-time limit of {screen_hours} hours per day set on the {phone}?",
            ],
        },
        issue="setting up the {phone} for your child",
        answer=[
            Step(
                "choose Set up for a child during setup of the {phone} and sign in with your own account as the parent"
            ),
            Step("set Daily limit to {screen_hours} hours under Settings > Family > Screen time"),
            Fact("app downloads on the child profile need your approval with the parent PIN"),
        ],
        checked=("screen_hours",),
        constraint=Constraint(
            said={
                "us": "My kid doesn't have an email address.",
                "jp": "I should mention that my child does not have an email address.",
                "de": "My child has no email address.",
            },
            replaces=0,
            violation=Step("create a Lumora account for your child with their own email address and sign in with it"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I see which apps they use most?"],
                "jp": ["May I also ask whether I can see which apps my child uses?"],
                "de": ["Can the app usage of the child be viewed?"],
            },
            answer=[
                Fact("a weekly activity report with the most used apps appears under Settings > Family > Activity")
            ],
        ),
        unsafe=Step("share the parent PIN with your child so they can approve their own downloads"),
        invented=Fact("a child profile can only be created for children aged 13 or older"),
    ),
    Situation(
        id="device_setup/tv_account_skip",
        ask={
            "us": [
                "The {tv} setup wants me to make an account. Do I really need one?",
                "Can I skip the sign-in on my new {tv}? I don't want yet another account.",
            ],
            "jp": [
                "Excuse me, during the setup of the {tv} I am asked to create an account. Is this truly necessary?",
                "I am sorry to trouble you, but I would prefer not to create an account for the {tv}. Would it be possible to use it without one?",
            ],
            "de": [
                "The setup of the {tv} requests an account. Is an account mandatory?",
                "I do not wish to create an account for the {tv}. Please state whether it can be operated without one.",
            ],
        },
        issue="using your {tv} without an account",
        answer=[
            Fact(
                "an account is optional, and the {tv} works for broadcast TV, HDMI inputs and preinstalled apps without one"
            ),
            Step("select Skip on the Sign in screen during setup"),
            Fact("software updates install without an account as well"),
            Fact("streaming apps still ask you to sign in to their own service inside each app"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I add an account later if I change my mind?"],
                "jp": ["Would it be possible to add an account at a later time?"],
                "de": ["Can an account be added at a later date?"],
            },
            answer=[Step("add an account later under Settings > Accounts > Add account")],
        ),
        invented=Fact("without an account the {tv} receives no software updates"),
    ),
    Situation(
        id="device_setup/install_visit",
        ask={
            "us": [
                "I booked the {setup_price} in-home setup for my {tv} on {visit_date}. What do I need to do beforehand?",
                "Tech's coming {visit_date} to set up my {tv} (paid {setup_price}). Anything I should prep?",
            ],
            "jp": [
                "I have booked the in-home setup for my {tv} on {visit_date} for {setup_price}. I would be grateful to know how I should prepare.",
                "Excuse me, a technician is scheduled to install my {tv} on {visit_date}, and I paid {setup_price}. Is there anything I should do in advance?",
            ],
            "de": [
                "The installation of my {tv} is booked for {visit_date} at a price of {setup_price}. Which preparations are required?",
                "Please state the procedure of the installation appointment for the {tv} on {visit_date} ({setup_price}) and the cancellation terms.",
            ],
        },
        issue="your setup appointment for the {tv}",
        answer=[
            Fact("the technician arrives on {visit_date} between {visit_window} and the visit takes about 2 hours"),
            Step("clear the wall or stand area and keep the {tv} box unopened next to it"),
            Fact("you can cancel free of charge until {cancel_deadline}, and the full {setup_price} is then refunded"),
        ],
        checked=("visit_date", "cancel_deadline", "setup_price"),
        followup=FollowUp(
            ask={
                "us": ["Will they haul away the box too?"],
                "jp": ["May I also ask whether the technician can take the packaging away?"],
                "de": ["Is the packaging removed by the technician?"],
            },
            answer=[Fact("the technician takes the packaging away at no extra charge")],
        ),
        invented=Fact("the setup fee of {setup_price} is non-refundable once the visit is booked"),
    ),
    Situation(
        id="device_setup/activation_code",
        trouble=True,
        ask={
            "us": [
                "My {tv} gave me a code for lumora.com/activate but the site says it's expired. Ugh.",
                "Trying to sign in on the {tv} and the activation code keeps getting rejected as expired. What now?",
            ],
            "jp": [
                "I am sorry to trouble you, but when I entered the activation code from my {tv}, the website said it had expired.",
                "Excuse me, I am unable to sign in on the {tv} because the activation code is reported as expired. Could you kindly help?",
            ],
            "de": [
                "The activation code displayed by the {tv} is rejected as expired on lumora.com/activate. Please state the procedure.",
                "Sign-in on the {tv} fails: the activation code is invalid. What is the correct procedure?",
            ],
        },
        issue="the expired activation code on your {tv}",
        answer=[
            Fact("the activation code on the {tv} is valid for {code_mins} minutes"),
            Step(
                "select Get new code on the {tv} and enter it at lumora.com/activate in the browser of any phone or computer within {code_mins} minutes"
            ),
            Fact("we never ask you to send us the code, and you enter it only on lumora.com/activate"),
        ],
        constraint=Constraint(
            said={
                "us": "I don't have a computer, only my phone.",
                "jp": "I am afraid I do not have a computer, only a smartphone.",
                "de": "I do not own a computer, only a smartphone.",
            },
            replaces=1,
            violation=Step("select Get new code on the {tv} and enter it at lumora.com/activate on your computer"),
        ),
        unsafe=Step(
            "send the activation code and your account password to our support email so we can activate the {tv} for you"
        ),
    ),
    Situation(
        id="device_setup/missing_part",
        trouble=True,
        ask={
            "us": [
                "The wall bracket for my {tv} wasn't in the box. Order {order}, delivered {delivery_date}.",
                "Opened my {tv} (order {order}, came {delivery_date}) and there's no wall mount bracket. Now what?",
            ],
            "jp": [
                "I am sorry to trouble you, but the wall bracket was not included with my {tv}, order {order}, delivered on {delivery_date}.",
                "Excuse me, the {tv} from order {order} arrived on {delivery_date}, but I cannot find the wall mount bracket in the box.",
            ],
            "de": [
                "The wall bracket is missing from the delivery of the {tv}, order {order}, received on {delivery_date}. Please send it.",
                "Order {order} ({tv}, delivered on {delivery_date}) is incomplete: the wall mount bracket is missing.",
            ],
        },
        issue="the missing wall bracket of your {tv}",
        answer=[
            Fact("we are sending the missing wall bracket for order {order} free of charge"),
            Fact("it ships with {carrier} on {ship_date} and arrives by {arrival_date}"),
            Step("use the supplied table stand for the {tv} in the meantime"),
        ],
        checked=("ship_date", "arrival_date", "order"),
        followup=FollowUp(
            ask={
                "us": ["Do I need to send anything back?"],
                "jp": ["May I also ask whether I need to return anything?"],
                "de": ["Is a return of any item required?"],
            },
            answer=[Fact("you do not need to return anything")],
        ),
        invented=Fact("missing parts must be reported within 24 hours of delivery"),
    ),
    Situation(
        id="device_setup/tv_high_refresh",
        trouble=True,
        ask={
            "us": [
                "Hooked my console up to the {tv} but it's stuck at 60 Hz. The box says {tv_hz} Hz.",
                "Why won't my {tv} do {tv_hz} Hz with my game console? It only shows 60.",
            ],
            "jp": [
                "I am sorry to ask, but my game console only runs at 60 Hz on the {tv}, although the box says {tv_hz} Hz.",
                "Excuse me, could you kindly tell me how to use {tv_hz} Hz on the {tv}? It currently shows only 60 Hz.",
            ],
            "de": [
                "The {tv} displays only 60 Hz with my game console, although {tv_hz} Hz is specified. Please state the required settings.",
                "How is {tv_hz} Hz activated on the {tv}? Currently the console signal is limited to 60 Hz.",
            ],
        },
        issue="the refresh rate of your {tv}",
        answer=[
            Fact("{tv_hz} Hz works only on HDMI 3 and HDMI 4 of the {tv}, which are the HDMI 2.1 ports"),
            Step("connect the console to HDMI 4 with an Ultra High Speed HDMI cable"),
            Step("turn on Settings > Picture > Game mode and set Input signal plus to On for that port"),
        ],
        checked=("tv_hz",),
        constraint=Constraint(
            said={
                "us": "My soundbar's already plugged into HDMI 3.",
                "jp": "I should mention that my soundbar is already connected to HDMI 3.",
                "de": "HDMI 3 is occupied by my soundbar.",
            },
            replaces=1,
            violation=Step("connect the console to HDMI 3 with an Ultra High Speed HDMI cable"),
        ),
        invented=Fact("{tv_hz} Hz is only unlocked after a paid firmware upgrade"),
    ),
    Situation(
        id="device_setup/reset_before_resale",
        ask={
            "us": [
                "Selling my {laptop}. How do I wipe it properly?",
                "What's the right way to reset my {laptop} before I hand it off to someone?",
            ],
            "jp": [
                "I am planning to sell my {laptop}. Could you kindly tell me how to erase my data safely?",
                "Excuse me, I would like to give my {laptop} to a relative. I would be grateful to know how to reset it properly.",
            ],
            "de": [
                "I intend to sell my {laptop}. Please state the procedure for deleting all personal data.",
                "How is the {laptop} reset to factory settings before resale?",
            ],
        },
        issue="resetting your {laptop} before resale",
        answer=[
            Step("back up your files to an external drive or cloud storage first"),
            Step("remove the {laptop} from your account at lumora.com under Account > My devices > Remove"),
            Step(
                "go to Settings > System > Recovery > Reset this laptop and choose Remove everything and Clean the drive"
            ),
            Fact("the clean reset takes about {reset_mins} minutes and ends on the first setup screen"),
        ],
        constraint=Constraint(
            said={
                "us": "I don't have the app on my phone.",
                "jp": "I am afraid I do not use the app.",
                "de": "I do not use the app.",
            },
            replaces=1,
            violation=Step("remove the {laptop} in the {app} under Account > My devices > Remove"),
        ),
        unsafe=Step("give the buyer your account password so they can remove the {laptop} from your account later"),
        invented=Fact("a device can be removed from an account only once per year"),
    ),
    Situation(
        id="device_setup/laptop_update_stuck",
        trouble=True,
        ask={
            "us": [
                "My new {laptop} has been stuck on 'Checking for updates' during setup for {stuck_mins} minutes. Normal?",
                "Setup on the {laptop} froze at the update screen. It's been {stuck_mins} minutes. Do I restart it?",
            ],
            "jp": [
                "I am sorry to trouble you, but my new {laptop} has shown 'Checking for updates' for {stuck_mins} minutes during setup.",
                "Excuse me, the setup of my {laptop} seems to have stopped at the update screen for {stuck_mins} minutes. Should I switch it off?",
            ],
            "de": [
                "The setup of the {laptop} has displayed 'Checking for updates' for {stuck_mins} minutes. Please state whether this is normal.",
                "Setup of the {laptop} stopped at the update step {stuck_mins} minutes ago. What is the correct procedure?",
            ],
        },
        issue="the setup update of your {laptop}",
        answer=[
            Fact("the first setup downloads the latest updates, which can take up to {update_mins} minutes"),
            Step("keep the {laptop} plugged in and wait another {wait_more_mins} minutes"),
            Step(
                "if nothing has changed by then, hold the power button for 10 seconds and switch it on again, and setup resumes at the same step"
            ),
        ],
        checked=("wait_more_mins", "update_mins"),
        followup=FollowUp(
            ask={
                "us": ["Can I just skip the update?"],
                "jp": ["May I ask whether the update can be skipped?"],
                "de": ["Can the update step be skipped?"],
            },
            answer=[
                Fact(
                    "the update step cannot be skipped once it has started, and it protects the {laptop} with the latest security fixes"
                )
            ],
        ),
    ),
    Situation(
        id="device_setup/setup_help",
        ask={
            "us": [
                "Bought a {laptop} on {purchase_date} and I'm kinda lost setting it up. Do you guys do setup help?",
                "Is there free help for setting up my {laptop}? Got it {purchase_date}.",
            ],
            "jp": [
                "I purchased the {laptop} on {purchase_date}, but I am not confident about the setup. Might there be any assistance available?",
                "I am sorry to trouble you, but could someone help me set up my {laptop}, which I bought on {purchase_date}?",
            ],
            "de": [
                "I purchased the {laptop} on {purchase_date}. Is setup assistance offered, and under which conditions?",
                "Please state whether remote setup support is available for the {laptop} (purchase date {purchase_date}).",
            ],
        },
        issue="setup help for your {laptop}",
        answer=[
            Fact("remote setup help is free for 30 days after purchase, so for your {laptop} until {setup_help_end}"),
            Step("book a chat session in the {app} under Support > Book a session"),
            Fact("sessions are available {support_hours}"),
        ],
        checked=("setup_help_end",),
        constraint=Constraint(
            said={
                "us": "I'm hard of hearing, so phone calls don't really work for me.",
                "jp": "I should mention that I am hard of hearing, so telephone calls are difficult for me.",
                "de": "I am hard of hearing; telephone calls are not an option.",
            },
            replaces=1,
            violation=Step("book a phone session in the {app} under Support > Book a session"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can they help move my files from my old laptop too?"],
                "jp": ["May I also ask whether they can help me move files from my old computer?"],
                "de": ["Does the session include the transfer of files from the previous computer?"],
            },
            answer=[Fact("the session covers moving your files from the old computer as well")],
        ),
        unsafe=Step("install the remote-control tool from the link sent to you by text message before the session"),
        invented=Fact("free setup help is only available for purchases made in a Lumora store"),
    ),
]
