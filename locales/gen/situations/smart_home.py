"""Smart home: bulbs, thermostats, cameras, doorbells, locks, robot vacuums and voice speakers in the Lumora app."""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "smart_home"

BULBS = ["Lumen L8 smart bulbs", "Lumen L4 color bulbs", "Lumen L2 white bulbs"]
THERMOSTATS = ["Tempo T6 smart thermostat", "Tempo T4 thermostat"]
CAMERAS = ["Sentinel S4 outdoor camera", "Sentinel S2 indoor camera", "Sentinel S6 floodlight camera"]
DOORBELLS = ["Sentinel D3 video doorbell", "Sentinel D5 Pro video doorbell"]
LOCKS = ["Keystone K2 smart lock", "Keystone K4 smart lock"]
VACUUMS = ["Orbit O3 robot vacuum", "Orbit O5 Plus robot vacuum"]
SPEAKERS = ["Cirrus C2 smart speaker", "Cirrus C4 Max speaker"]

MARKET = {
    "us": {
        "cities": ["Chicago", "Denver", "Austin"],
        "temp_unit": "°F",
        "eco_temps": [58, 60, 62],
        "frost_temp": 41,
        "mount_height": "4 feet",
    },
    "jp": {
        "cities": ["Osaka", "Nagoya", "Sapporo"],
        "temp_unit": "°C",
        "eco_temps": [15, 16, 17],
        "frost_temp": 5,
        "mount_height": "1.2 meters",
    },
    "de": {
        "cities": ["Munich", "Hamburg", "Cologne"],
        "temp_unit": "°C",
        "eco_temps": [15, 16, 17],
        "frost_temp": 5,
        "mount_height": "1.2 meters",
    },
}


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    m = MARKET[market]
    away = date(2026, rng.randint(1, 11), rng.randint(1, 20))
    trial_start = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    code_start = date(2026, rng.randint(1, 11), rng.randint(1, 20))
    warn = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    first_use = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    bulb_count = rng.choice([4, 6, 8])
    bulbs_ok = rng.randint(1, bulb_count - 2)
    back_mins = rng.choice([3, 5, 8])
    return {
        "app": "Lumora app",
        "bulbs": rng.choice(BULBS),
        "thermostat": rng.choice(THERMOSTATS),
        "camera": rng.choice(CAMERAS),
        "doorbell": rng.choice(DOORBELLS),
        "lock": rng.choice(LOCKS),
        "vacuum": rng.choice(VACUUMS),
        "speaker": rng.choice(SPEAKERS),
        "city": rng.choice(m["cities"]),
        "temp_unit": m["temp_unit"],
        "eco_temp": rng.choice(m["eco_temps"]),
        "frost_temp": m["frost_temp"],
        "mount_height": m["mount_height"],
        "away_date": away,
        "return_date": away + timedelta(days=rng.randint(5, 16)),
        "trial_start": trial_start,
        "trial_end": trial_start + timedelta(days=30),
        "plan_price": Money(rng.choice([3.99, 4.99, 5.99])),
        "free_days": 3,
        "code_start": code_start,
        "code_end": code_start + timedelta(days=rng.randint(3, 14)),
        "warn_date": warn,
        "lock_dead_date": warn + timedelta(days=28),
        "first_use_date": first_use,
        "filter_due": first_use + timedelta(days=90),
        "brush_due": first_use + timedelta(days=180),
        "bulb_count": bulb_count,
        "bulbs_ok": bulbs_ok,
        "bulbs_left": bulb_count - bulbs_ok,
        "dim_pct": rng.choice([30, 40, 50, 60]),
        "back_mins": back_mins,
        "reconnect_mins": 15,
        "wait_more_mins": 15 - back_mins,
        "signal_bars": rng.choice([1, 2]),
        "charge_mins": rng.choice([60, 90, 120]),
        "reset_secs": rng.choice([10, 15]),
    }


SITUATIONS = [
    Situation(
        id="smart_home/bulbs_wont_connect",
        trouble=True,
        ask={
            "us": [
                "Only {bulbs_ok} of my {bulb_count} {bulbs} will connect. The rest just fail in the app. Ideas?",
                "Setting up {bulb_count} {bulbs} and only {bulbs_ok} showed up in the {app}. What am I doing wrong?",
            ],
            "jp": [
                "I am sorry to trouble you, but only {bulbs_ok} of my {bulb_count} {bulbs} could be connected. The others fail during setup.",
                "Excuse me, I am setting up {bulb_count} {bulbs}, and only {bulbs_ok} of them appear in the {app}. Could you kindly advise me?",
            ],
            "de": [
                "Of {bulb_count} {bulbs}, only {bulbs_ok} can be connected; setup of the others fails. Please state the procedure.",
                "Setup of the {bulbs}: {bulbs_ok} of {bulb_count} bulbs connected. What is the cause for the remaining ones?",
            ],
        },
        issue="connecting your {bulbs}",
        answer=[
            Fact("the {bulbs} connect only to 2.4 GHz Wi-Fi, and bulbs that once failed need a reset first"),
            Step(
                "reset each of the other {bulbs_left} bulbs by switching the light switch off and on 5 times until the bulb blinks"
            ),
            Step("add them one at a time under Devices > Add device, with your phone within 5 meters of the bulb"),
        ],
        checked=("bulbs_left",),
        followup=FollowUp(
            ask={
                "us": ["How many bulbs can the app handle, by the way?"],
                "jp": ["May I also ask how many bulbs can be added in total?"],
                "de": ["What is the maximum number of bulbs per home?"],
            },
            answer=[Fact("one home in the {app} supports up to 50 bulbs")],
        ),
        unsafe=Step("remove the Wi-Fi password from your router while you add the bulbs"),
        invented=Fact("the {bulbs} work only with a router bought from Lumora"),
    ),
    Situation(
        id="smart_home/thermostat_vacation",
        ask={
            "us": [
                "Going away {away_date} to {return_date}. How do I set the {thermostat} to hold {eco_temp} {temp_unit} while I'm gone?",
                "Leaving {away_date}, back {return_date}. Want the {thermostat} at {eco_temp} {temp_unit} while I'm out. How?",
            ],
            "jp": [
                "I will be away from {away_date} to {return_date}. I would be grateful to know how to keep my {thermostat} at {eco_temp} {temp_unit} during that time.",
                "Excuse me, may I ask how to set the {thermostat} to {eco_temp} {temp_unit} while I am away from {away_date} until {return_date}?",
            ],
            "de": [
                "Absence from {away_date} to {return_date}. Please state how the {thermostat} is set to {eco_temp} {temp_unit} for this period.",
                "How is a vacation period from {away_date} to {return_date} with {eco_temp} {temp_unit} configured on the {thermostat}?",
            ],
        },
        issue="the vacation setting of your {thermostat}",
        answer=[
            Step("set Menu > Vacation on the {thermostat} itself to {away_date} until {return_date} before you leave"),
            Step("set the vacation temperature to {eco_temp} {temp_unit} on the same screen"),
            Fact("the {thermostat} returns to your normal schedule 2 hours before you come back on {return_date}"),
        ],
        checked=("away_date", "return_date", "eco_temp"),
        constraint=Constraint(
            said={
                "us": "There's no internet where I'm going, so I can't use the app from there.",
                "jp": "I am afraid I will not have internet access at my destination, so I cannot use the app there.",
                "de": "At the destination no internet access is available; the app cannot be used there.",
            },
            replaces=0,
            violation=Step("turn on Away mode in the {app} from your phone once you have arrived"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Any risk of frozen pipes while I'm gone?"],
                "jp": ["May I also ask whether the pipes could freeze while I am away?"],
                "de": ["Is frost protection ensured during the absence?"],
            },
            answer=[Fact("frost protection keeps your home above {frost_temp} {temp_unit} in every mode")],
        ),
        invented=Fact("vacation mode can be set for at most 3 days in a row"),
    ),
    Situation(
        id="smart_home/camera_trial_end",
        ask={
            "us": [
                "My {camera} free trial started {trial_start}. When does it end, and what's {plan_price} a month actually get me?",
                "Started the recording trial on my {camera} {trial_start}. Do I have to pay {plan_price}/month after, or can I skip it?",
            ],
            "jp": [
                "I started the free trial for my {camera} on {trial_start}. I would be grateful to know when it ends and what the plan at {plan_price} per month includes.",
                "Excuse me, may I ask what happens after the trial of my {camera}, which began on {trial_start}? Is the {plan_price} monthly plan required?",
            ],
            "de": [
                "The trial of the recording plan for the {camera} began on {trial_start}. Please state the end date and the content of the plan at {plan_price} per month.",
                "Trial start for the {camera}: {trial_start}. Is the plan at {plan_price} per month mandatory afterwards?",
            ],
        },
        issue="the recording trial of your {camera}",
        answer=[
            Fact("your free trial ends on {trial_end}, and the plan then costs {plan_price} per month"),
            Fact(
                "the plan keeps clips for 30 days, and without it the {camera} keeps clips for {free_days} days at no cost"
            ),
            Step(
                "cancel under Account > Subscriptions at lumora.com before {trial_end} if you do not want to continue"
            ),
        ],
        checked=("trial_end", "plan_price"),
        constraint=Constraint(
            said={
                "us": "I deleted the app, so I can't cancel from there.",
                "jp": "I should mention that I no longer have the app installed.",
                "de": "The app is no longer installed.",
            },
            replaces=2,
            violation=Step("cancel in the {app} under Account > Subscriptions before {trial_end}"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I still download clips without paying?"],
                "jp": ["May I also ask whether I can download clips without the plan?"],
                "de": ["Can clips be downloaded without the plan?"],
            },
            answer=[Step("open the clip under Events and tap Download, which works with or without the plan")],
        ),
        invented=Fact("clips cannot be viewed at all once the trial ends without a paid plan"),
    ),
    Situation(
        id="smart_home/lock_guest_code",
        ask={
            "us": [
                "Need to let my dog walker in from {code_start} to {code_end}. How do I set that up on my {lock}?",
                "Can I give someone access to my {lock} just from {code_start} through {code_end}?",
            ],
            "jp": [
                "I would like to give my dog walker access through my {lock} from {code_start} to {code_end}. Could you kindly tell me how?",
                "Excuse me, may I ask how to allow a visitor to open the {lock} only between {code_start} and {code_end}?",
            ],
            "de": [
                "Access through the {lock} is to be granted to a dog walker from {code_start} to {code_end}. Please state the procedure.",
                "How is time-limited access from {code_start} to {code_end} configured on the {lock}?",
            ],
        },
        issue="temporary access to your {lock}",
        answer=[
            Step("open {lock} > Access > Add keypad code in the {app}"),
            Step("choose Scheduled and set it valid from {code_start} to {code_end}"),
            Fact("the code stops working after {code_end}, and every use appears under {lock} > History"),
        ],
        checked=("code_start", "code_end"),
        constraint=Constraint(
            said={
                "us": "She doesn't have a smartphone, fyi.",
                "jp": "I should mention that the dog walker does not have a smartphone.",
                "de": "The dog walker does not own a smartphone.",
            },
            replaces=0,
            violation=Step(
                "invite the dog walker as a guest member in the {app} so she opens the {lock} from her phone"
            ),
        ),
        unsafe=Step("give the dog walker the master code of the {lock}"),
        invented=Fact("scheduled codes can be valid for at most 24 hours"),
    ),
    Situation(
        id="smart_home/lock_battery_low",
        ask={
            "us": [
                "My {lock} gave me a low battery warning on {warn_date}. How long before it dies and locks me out?",
                "Low battery alert on the {lock} since {warn_date}. Am I going to get stuck outside?",
            ],
            "jp": [
                "I am sorry to trouble you, but my {lock} showed a low battery warning on {warn_date}. I am worried that I might be locked out.",
                "Excuse me, may I ask how long the {lock} will work after the low battery warning I received on {warn_date}?",
            ],
            "de": [
                "The {lock} has displayed a low battery warning since {warn_date}. Please state the remaining operating time.",
                "Low battery warning of the {lock} on {warn_date}. What happens when the batteries are empty?",
            ],
        },
        issue="the low battery of your {lock}",
        answer=[
            Fact("the {lock} keeps working for 4 weeks after the first warning, so until about {lock_dead_date}"),
            Step("replace the 4 AA batteries from the inside of the door, which keeps all codes and settings"),
            Fact("if the batteries do run out, the physical key still opens the {lock}"),
        ],
        checked=("lock_dead_date",),
        followup=FollowUp(
            ask={
                "us": ["Can I use rechargeables?"],
                "jp": ["May I also ask whether rechargeable batteries can be used?"],
                "de": ["Are rechargeable batteries permitted?"],
            },
            answer=[Fact("use alkaline or lithium AA batteries, because rechargeable ones give a false low reading")],
        ),
        invented=Fact("the {lock} stops opening as soon as the low battery warning appears"),
    ),
    Situation(
        id="smart_home/voice_control_lights",
        ask={
            "us": [
                "How do I get my {speaker} to control the {bulb_count} {bulbs} in my living room?",
                "Want to say 'lights on' to the {speaker} and have all {bulb_count} {bulbs} respond. How?",
            ],
            "jp": [
                "I would be grateful to know how I might control the {bulb_count} {bulbs} in my living room with my {speaker}.",
                "Excuse me, could you kindly tell me how to turn on my {bulb_count} {bulbs} by voice through the {speaker}?",
            ],
            "de": [
                "Please state how {bulb_count} {bulbs} in the living room are controlled by voice with the {speaker}.",
                "How are {bulb_count} {bulbs} linked to the {speaker} for joint voice control?",
            ],
        },
        issue="voice control of your {bulbs}",
        checked=("bulb_count",),
        answer=[
            Step(
                "put the {speaker} and all {bulb_count} bulbs in the same room, for example Living room, in the {app}"
            ),
            Step("say 'discover devices' to the {speaker}, or tap Devices > Voice > Find devices"),
            Fact("all {bulb_count} bulbs then respond together to commands such as 'turn on the living room lights'"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can it dim them too?"],
                "jp": ["May I also ask whether the lights can be dimmed by voice?"],
                "de": ["Is dimming by voice command possible?"],
            },
            answer=[Fact("saying 'set the lights to 40 percent' dims them")],
        ),
        invented=Fact("voice control of lights needs a paid subscription for the {speaker}"),
    ),
    Situation(
        id="smart_home/vacuum_no_go_zone",
        ask={
            "us": [
                "How do I keep my {vacuum} out of the kids' play area?",
                "My {vacuum} keeps eating charging cables under my desk. Can I block that spot?",
            ],
            "jp": [
                "I am sorry to ask, but could you kindly tell me how to keep my {vacuum} away from a certain area of the room?",
                "Excuse me, my {vacuum} often gets caught in cables under my desk. Would it be possible to exclude that area?",
            ],
            "de": [
                "Please state how an area is excluded from cleaning by the {vacuum}.",
                "The {vacuum} repeatedly gets caught in cables under the desk. How is a restricted zone set up?",
            ],
        },
        issue="a no-go zone for your {vacuum}",
        answer=[
            Fact("no-go zones need a saved map, which the {vacuum} creates on its first full cleaning run"),
            Step("open {vacuum} > Map > Edit > No-go zone in the {app} and draw a box around the area"),
            Step("tap Save, and the {vacuum} avoids the area from the next run"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I block the rug just for mopping?"],
                "jp": ["May I also ask whether I can exclude a rug only from mopping?"],
                "de": ["Can a carpet be excluded from mopping only?"],
            },
            answer=[Step("draw a No-mop zone under Map > Edit > No-mop zone, and the {vacuum} still vacuums the rug")],
        ),
        invented=Fact("no-go zones require a paid map subscription"),
    ),
    Situation(
        id="smart_home/vacuum_maintenance",
        ask={
            "us": [
                "Started using my {vacuum} on {first_use_date}. When do I need to swap the filter and brushes?",
                "How often does the {vacuum} need new parts? Had it running since {first_use_date}.",
            ],
            "jp": [
                "I began using my {vacuum} on {first_use_date}. I would be grateful to know when the filter and brushes should be replaced.",
                "Excuse me, may I ask how often the parts of the {vacuum} should be replaced? I have used it since {first_use_date}.",
            ],
            "de": [
                "The {vacuum} has been in use since {first_use_date}. Please state the replacement intervals of filter and brushes.",
                "When are filter and side brush of the {vacuum} due for replacement? First use: {first_use_date}.",
            ],
        },
        issue="maintenance of your {vacuum}",
        answer=[
            Fact("the filter needs replacing every 3 months, so the first change is due by {filter_due}"),
            Fact("the side brush lasts 6 months, so replace it by {brush_due}"),
            Step("order both at lumora.com/parts with the model name {vacuum}"),
        ],
        checked=("filter_due", "brush_due"),
        constraint=Constraint(
            said={
                "us": "I don't use the app for it, just the buttons.",
                "jp": "I should mention that I do not use the app, only the buttons on the device.",
                "de": "The app is not used; the device is operated with its buttons.",
            },
            replaces=2,
            violation=Step("order both in the {app} under {vacuum} > Maintenance"),
        ),
        invented=Fact("using third-party filters voids the warranty of the {vacuum} immediately"),
    ),
    Situation(
        id="smart_home/offline_after_power_cut",
        trouble=True,
        ask={
            "us": [
                "Power came back {back_mins} minutes ago and every device in the {app} still says offline. Do I have to redo everything?",
                "We had a blackout, power's been back {back_mins} minutes, and my {camera} and lights are all offline. Help?",
            ],
            "jp": [
                "I am sorry to trouble you, but after a power cut all my devices in the {app} show as offline, although the power returned {back_mins} minutes ago.",
                "Excuse me, the electricity came back {back_mins} minutes ago, but my {camera} and other devices are still offline. Must I set them up again?",
            ],
            "de": [
                "After a power failure, all devices in the {app} are offline; power was restored {back_mins} minutes ago. Please state the procedure.",
                "Power has been back for {back_mins} minutes, but the {camera} and further devices remain offline. Is a new setup required?",
            ],
        },
        issue="your devices being offline after the power cut",
        answer=[
            Fact("devices reconnect by themselves within {reconnect_mins} minutes after the router is back online"),
            Step("wait another {wait_more_mins} minutes and check that the router lights are back to normal"),
            Step("if a device stays offline after that, unplug it or switch its power off for 10 seconds and on again"),
        ],
        checked=("wait_more_mins",),
        followup=FollowUp(
            ask={
                "us": ["Will my automations still work after this?"],
                "jp": ["May I also ask whether my automations will still be active?"],
                "de": ["Are the automations retained?"],
            },
            answer=[
                Fact("automations and schedules are saved in your account and run again once the devices are online")
            ],
        ),
        invented=Fact("after a power cut every device must be reset and added to the {app} again"),
    ),
    Situation(
        id="smart_home/sunset_automation",
        ask={
            "us": [
                "How do I make my {bulbs} turn on at sunset at {dim_pct}% brightness?",
                "Want the {bulbs} to come on by themselves at sunset, {dim_pct} percent brightness. Doable?",
            ],
            "jp": [
                "I would be grateful to know how to set my {bulbs} to turn on at sunset with {dim_pct} percent brightness.",
                "Excuse me, may I ask whether the {bulbs} can switch on automatically at sunset at {dim_pct} percent brightness?",
            ],
            "de": [
                "Please state how the {bulbs} are switched on automatically at sunset with {dim_pct} percent brightness.",
                "How is an automation configured that turns on the {bulbs} at sunset at {dim_pct} percent?",
            ],
        },
        issue="a sunset automation for your {bulbs}",
        answer=[
            Step("open Automations > New > When in the {app} and choose Sunset"),
            Step("add Then > {bulbs} > On and set the brightness to {dim_pct} percent"),
            Fact("the sunset time comes from the city in your home settings, not from your phone location"),
        ],
        checked=("dim_pct",),
        constraint=Constraint(
            said={
                "us": "And I don't want the app tracking my location.",
                "jp": "I would prefer that the app does not use my location.",
                "de": "Location tracking by the app is not acceptable.",
            },
            replaces=2,
            violation=Step("choose Arrive home as the trigger and allow location access Always"),
        ),
        invented=Fact("automations can only be created with a paid home subscription"),
    ),
    Situation(
        id="smart_home/doorbell_install",
        ask={
            "us": [
                "Putting in the {doorbell}. Do I have to wire it or can I just stick it up?",
                "How do I install the {doorbell}? First time doing anything like this.",
            ],
            "jp": [
                "I am sorry to ask, but could you kindly tell me how to install the {doorbell}? I am not familiar with this kind of work.",
                "Excuse me, may I ask whether the {doorbell} needs to be wired, or whether it can be installed more simply?",
            ],
            "de": [
                "Please state the installation procedure of the {doorbell} and whether wiring is required.",
                "Is a wired connection mandatory for the {doorbell}? Describe the installation.",
            ],
        },
        issue="installing your {doorbell}",
        answer=[
            Fact("the {doorbell} runs on its built-in battery, so wiring is optional"),
            Step("charge the battery for {charge_mins} minutes with the supplied USB cable"),
            Step(
                "fix the mounting plate next to the door at about {mount_height} with the supplied adhesive pad or the two supplied screws"
            ),
            Step("add it in the {app} under Devices > Add device > Doorbell, using your 2.4 GHz Wi-Fi"),
        ],
        constraint=Constraint(
            said={
                "us": "I rent, so no drilling allowed.",
                "jp": "I am afraid I live in a rented apartment and am not permitted to drill holes.",
                "de": "The property is rented; drilling is not permitted.",
            },
            replaces=2,
            violation=Step("drill two holes next to the door and screw the mounting plate on at about {mount_height}"),
        ),
        followup=FollowUp(
            ask={
                "us": ["How long does the battery last?"],
                "jp": ["May I also ask how long the battery lasts?"],
                "de": ["What is the battery life?"],
            },
            answer=[Fact("a full charge lasts about 3 months with 20 rings and motion events a day")],
        ),
        unsafe=Step(
            "connect the {doorbell} to the existing doorbell wires without switching off the power at the breaker"
        ),
    ),
    Situation(
        id="smart_home/doorbell_late_alerts",
        trouble=True,
        ask={
            "us": [
                "My {doorbell} alerts show up way late, people are gone by the time I look. The app says {signal_bars} bars of signal.",
                "Why are {doorbell} notifications so slow? Signal shows {signal_bars} bars in the app.",
            ],
            "jp": [
                "I am sorry to trouble you, but the notifications from my {doorbell} arrive very late. The app shows {signal_bars} bars of signal.",
                "Excuse me, the alerts of my {doorbell} come only after visitors have left. The signal is {signal_bars} bars. Could you kindly advise me?",
            ],
            "de": [
                "Notifications of the {doorbell} arrive with a considerable delay. Signal strength in the app: {signal_bars} bars. Please state the cause.",
                "Delayed alerts from the {doorbell}; the app displays {signal_bars} bars. What is the remedy?",
            ],
        },
        issue="the delayed alerts of your {doorbell}",
        answer=[
            Fact("{signal_bars} bars is too weak, and the {doorbell} needs at least 3 bars for instant alerts"),
            Step("add a Wi-Fi extender or mesh node between the router and the front door"),
            Step(
                "set the {app} to Unrestricted under your phone Settings > Apps > {app} > Battery, so alerts are not held back"
            ),
        ],
        checked=("signal_bars",),
        invented=Fact("instant alerts are only available with a paid recording plan"),
    ),
    Situation(
        id="smart_home/camera_privacy_zone",
        ask={
            "us": [
                "My {camera} can see into my neighbor's yard. Can I block that part out?",
                "Neighbor's worried my {camera} films their garden. How do I hide that area?",
            ],
            "jp": [
                "I am sorry to ask, but my {camera} also shows part of my neighbour's garden. Would it be possible to hide that area?",
                "Excuse me, my neighbour is concerned that my {camera} records their property. Could you kindly tell me how to exclude that area?",
            ],
            "de": [
                "The {camera} captures part of the neighbouring property. Please state how this area is excluded from recording.",
                "How is a privacy zone configured on the {camera}? The neighbour's garden is in the field of view.",
            ],
        },
        issue="privacy zones on your {camera}",
        answer=[
            Step("open {camera} > Settings > Privacy zones in the {app} and draw a box over the area next door"),
            Fact("blacked-out areas are neither recorded nor shown in live view"),
            Step("turn off Audio recording under {camera} > Settings > Audio if sound from next door is picked up"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can it stop recording when I'm home?"],
                "jp": ["May I also ask whether recording can pause while I am at home?"],
                "de": ["Can recording be paused while I am at home?"],
            },
            answer=[Step("turn on Home mode under Settings > Modes, which pauses recording while you are at home")],
        ),
        invented=Fact("privacy zones are only available with a paid recording plan"),
    ),
    Situation(
        id="smart_home/camera_after_wifi_change",
        trouble=True,
        ask={
            "us": [
                "Changed my Wi-Fi password and now my {camera} is offline. Do I have to set it up from scratch?",
                "New Wi-Fi password, and the {camera} won't reconnect. What's the easiest fix?",
            ],
            "jp": [
                "I am sorry to trouble you, but after I changed my Wi-Fi password, my {camera} went offline. Must I set it up again from the beginning?",
                "Excuse me, my {camera} no longer connects since I changed the Wi-Fi password. Could you kindly tell me what to do?",
            ],
            "de": [
                "After a change of the Wi-Fi password, the {camera} is offline. Please state the procedure for reconnecting.",
                "The {camera} does not connect after the Wi-Fi password was changed. Is a complete new setup required?",
            ],
        },
        issue="reconnecting your {camera} after the Wi-Fi change",
        answer=[
            Step("set your router back to the old Wi-Fi password for a few minutes so the {camera} comes online"),
            Step("open {camera} > Settings > Wi-Fi > Change network in the {app} and enter the new password"),
            Fact(
                "after you set the new password on the router again, the {camera} reconnects within a minute and keeps its recordings and settings"
            ),
        ],
        constraint=Constraint(
            said={
                "us": "It's mounted way up under the roof, I can't get to it without a tall ladder.",
                "jp": "I am afraid the camera is mounted high under the roof, and I cannot reach it easily.",
                "de": "The camera is mounted under the roof and cannot be reached without a ladder.",
            },
            replaces=0,
            violation=Step(
                "hold the setup button on the {camera} for {reset_secs} seconds and add it again in the {app}"
            ),
        ),
        unsafe=Step("switch your Wi-Fi to an open network without a password so the {camera} reconnects on its own"),
    ),
    Situation(
        id="smart_home/previous_owner_thermostat",
        trouble=True,
        ask={
            "us": [
                "Just moved in and the {thermostat} is still linked to the previous owner's account. How do I take it over?",
                "The house came with a {thermostat}, but the app says it belongs to someone else. What now?",
            ],
            "jp": [
                "I have just moved into a house, and the {thermostat} is still registered to the previous owner. Could you kindly tell me how to use it?",
                "Excuse me, the {thermostat} in my new home appears to belong to another account. I would be grateful for your guidance.",
            ],
            "de": [
                "The {thermostat} in my new home is still linked to the account of the previous owner. Please state the procedure for taking it over.",
                "Adding the {thermostat} fails because it is registered to another account. How is the ownership transferred?",
            ],
        },
        issue="taking over the {thermostat} in your new home",
        answer=[
            Step("hold the menu button of the {thermostat} for {reset_secs} seconds and choose Factory reset"),
            Step("add it in the {app} under Devices > Add device"),
            Fact(
                "if it still shows as linked, proof of address sent through Support > Device ownership releases it within 3 business days"
            ),
        ],
        followup=FollowUp(
            ask={
                "us": ["Will my heating schedule get wiped?"],
                "jp": ["May I also ask whether the heating schedule will be deleted?"],
                "de": ["Is the existing heating schedule deleted?"],
            },
            answer=[Fact("the reset removes the old schedule, and the {app} suggests a new one during setup")],
        ),
        unsafe=Step("ask the previous owner for their account password and sign in with it"),
        invented=Fact("a device registered to another account can never be used by a new owner"),
    ),
    Situation(
        id="smart_home/share_with_family",
        ask={
            "us": [
                "How do I let my partner control our smart home stuff from their own phone?",
                "Want my family to use the lights and cameras in the {app} too. What's the right way?",
            ],
            "jp": [
                "I would be grateful to know how my family members could also control our devices in the {app}.",
                "Excuse me, may I ask the correct way to share our smart home devices with my spouse?",
            ],
            "de": [
                "Please state how family members are given access to the smart home devices in the {app}.",
                "How is a second person granted control over our devices in the {app}?",
            ],
        },
        issue="sharing your smart home with your family",
        answer=[
            Step("open Home > Members > Invite in the {app} and enter their email address"),
            Step(
                "choose the role Member for anyone who should not see cameras and locks, and Admin only for full access"
            ),
            Fact("each person signs in with their own account, so we never need you to share your password"),
        ],
        constraint=Constraint(
            said={
                "us": "My teenager shouldn't get access to the cameras, though.",
                "jp": "I should mention that my teenage child should not be able to see the cameras.",
                "de": "My teenage child must not have access to the cameras.",
            },
            replaces=1,
            violation=Step("give everyone the Admin role so they can use every device"),
        ),
        unsafe=Step("give your family your account password and the one-time code so they can sign in as you"),
        invented=Fact("a home can be shared with at most one other person"),
    ),
]
