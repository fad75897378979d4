"""Software updates: system updates, firmware, rollouts, failed updates and support periods of Lumora devices."""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "software_updates"

# Phone -> market launch date (support periods are counted from launch, so they stay consistent per model).
PHONE_LAUNCH = {
    "Nova N9 phone": date(2025, 3, 18),
    "Nova N9 Plus phone": date(2025, 3, 18),
    "Nova N7 phone": date(2023, 9, 12),
    "Nova Fold F2 phone": date(2024, 10, 2),
}
LAPTOPS = ["Vertex 14 laptop", "Vertex 16 Pro laptop", "Vertex Air 13 laptop"]
TVS = ["Vista V55 4K TV", "Vista V65 QLED TV", "Vista V43 smart TV"]
WATCHES = ["Nimbus S7 smartwatch", "Nimbus S9 Pro smartwatch", "Helio H3 fitness watch"]
ROUTERS = ["HomeHub H300 router", "HomeHub H500 router", "Beacon B6 mesh router"]
TABLETS = ["Stratus T8 tablet", "Stratus T10 tablet", "Glide G4 e-reader"]

MARKET = {
    "us": {"update_time": "3:00 am", "night_window": "2 am and 5 am", "warranty_years": 1},
    "jp": {"update_time": "3:00", "night_window": "2:00 and 5:00", "warranty_years": 1},
    "de": {"update_time": "3:00", "night_window": "2:00 and 5:00", "warranty_years": 2},
}


def _plus_years(d: date, years: int) -> date:
    return d.replace(year=d.year + years)


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    m = MARKET[market]
    major = rng.randint(5, 8)
    release = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    phone = rng.choice(sorted(PHONE_LAUNCH))
    launch = PHONE_LAUNCH[phone]
    purchase = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    updated = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    size = rng.choice([2, 3, 4])
    needed = size * 2 + 1
    free_now = rng.randint(2, needed - 2)
    watch_pct = rng.choice([12, 18, 25, 31])
    return {
        "app": "Lumora app",
        "phone": phone,
        "laptop": rng.choice(LAPTOPS),
        "tv": rng.choice(TVS),
        "watch": rng.choice(WATCHES),
        "router": rng.choice(ROUTERS),
        "tablet": rng.choice(TABLETS),
        "new_version": f"{major}.{rng.randint(1, 3)}",
        "old_version": f"{major - 1}.{rng.randint(4, 6)}",
        "tablet_os": f"{major - 2}.{rng.randint(0, 4)}",
        "release_date": release,
        "rollout_end": release + timedelta(days=14),
        "launch_date": launch,
        "os_end": _plus_years(launch, 4),
        "security_end": _plus_years(launch, 5),
        "purchase_date": purchase,
        "warranty_end": _plus_years(purchase, m["warranty_years"]),
        "update_date": updated,
        "index_end": updated + timedelta(days=2),
        "app_support_end": updated + timedelta(days=rng.choice([60, 90])),
        "fw_date": updated + timedelta(days=rng.randint(2, 6)),
        "update_size_gb": size,
        "free_needed_gb": needed,
        "free_now_gb": free_now,
        "free_gap_gb": needed - free_now,
        "data_plan_gb": rng.choice([10, 15, 20, 30]),
        "watch_pct": watch_pct,
        "charge_needed_mins": 50 - watch_pct,
        "tv_update_mins": rng.choice([10, 15, 20]),
        "router_update_mins": rng.choice([5, 8, 10]),
        "router_update_time": m["update_time"],
        "night_window": m["night_window"],
        "reset_secs": rng.choice([10, 15]),
    }


SITUATIONS = [
    Situation(
        id="software_updates/update_not_showing",
        ask={
            "us": [
                "Version {new_version} came out {release_date} but my {phone} still says it's up to date. Why?",
                "Everyone's talking about {new_version} (released {release_date}). Where is it on my {phone}?",
            ],
            "jp": [
                "I am sorry to trouble you, but I understand that version {new_version} was released on {release_date}, and my {phone} does not show it yet.",
                "Excuse me, may I ask why my {phone} has not received the {new_version} update, which was released on {release_date}?",
            ],
            "de": [
                "Version {new_version} was released on {release_date}, but the {phone} reports that no update is available. Please explain.",
                "The {new_version} update (release date {release_date}) is not offered on my {phone}. What is the reason?",
            ],
        },
        issue="the {new_version} update for your {phone}",
        answer=[
            Fact("{new_version} rolls out in stages, and every {phone} receives it by {rollout_end}"),
            Step("check under Settings > System > Software update > Check now"),
            Fact("the {phone} downloads the update automatically as soon as it is available for your device"),
        ],
        checked=("rollout_end",),
        followup=FollowUp(
            ask={
                "us": ["Will the update wipe anything?"],
                "jp": ["May I also ask whether the update will delete any of my data?"],
                "de": ["Are personal data affected by the update?"],
            },
            answer=[Fact("the update keeps your apps, photos and settings")],
        ),
        unsafe=Step("download the {new_version} file from a forum link and install it with USB debugging"),
        invented=Fact("{new_version} is available only to devices registered in the {app}"),
    ),
    Situation(
        id="software_updates/not_enough_storage",
        trouble=True,
        ask={
            "us": [
                "My {phone} won't install the update, says it needs {free_needed_gb} GB free and I've only got {free_now_gb} GB.",
                "Update fails on the {phone}: not enough storage. Needs {free_needed_gb} GB, I have {free_now_gb}. Ideas?",
            ],
            "jp": [
                "I am sorry to trouble you, but the update on my {phone} requires {free_needed_gb} GB of free space, and I only have {free_now_gb} GB.",
                "Excuse me, my {phone} cannot install the update because of insufficient storage. It needs {free_needed_gb} GB, but only {free_now_gb} GB are free.",
            ],
            "de": [
                "The update on the {phone} fails: {free_needed_gb} GB of free storage are required, {free_now_gb} GB are available. Please state the procedure.",
                "Insufficient storage for the update on the {phone} ({free_now_gb} GB free, {free_needed_gb} GB required). How is space freed?",
            ],
        },
        issue="the storage needed for the update on your {phone}",
        answer=[
            Fact("the update needs {free_needed_gb} GB free, so you need {free_gap_gb} GB more"),
            Step("clear cached data under Settings > Storage > Cached data, which removes no photos or documents"),
            Step("remove apps you no longer use under Settings > Storage > Apps, then start the update again"),
            Fact("part of that space is free again after the installation"),
        ],
        checked=("free_gap_gb", "free_needed_gb"),
        constraint=Constraint(
            said={
                "us": "And I'm not deleting any photos.",
                "jp": "I would very much prefer not to delete any of my photos.",
                "de": "Deleting photos is not an option.",
            },
            replaces=1,
            violation=Step("delete old photos and videos in the Gallery app until {free_gap_gb} GB are free"),
        ),
        invented=Fact("the update can only be installed by a Lumora service center when storage is low"),
    ),
    Situation(
        id="software_updates/battery_after_update",
        trouble=True,
        ask={
            "us": [
                "Ever since I updated my {phone} on {update_date} the battery's dying by lunch. Is the update broken?",
                "Updated the {phone} {update_date} and now the battery drains super fast. What's going on?",
            ],
            "jp": [
                "I am sorry to trouble you, but since I updated my {phone} on {update_date}, the battery runs out much faster than before.",
                "Excuse me, after the update on {update_date}, the battery of my {phone} seems to drain quickly. Might there be a problem?",
            ],
            "de": [
                "Since the update on {update_date}, the battery of the {phone} discharges considerably faster. Please state the cause.",
                "Increased battery consumption of the {phone} after the update of {update_date}. Is this a defect?",
            ],
        },
        issue="the battery life of your {phone} after the update",
        answer=[
            Fact(
                "after a major update the {phone} re-indexes photos and apps for up to 48 hours, which uses extra battery"
            ),
            Fact("battery life returns to normal by {index_end}"),
            Step("turn on Settings > Battery > Battery saver until {index_end} to get through the day"),
        ],
        checked=("index_end",),
        constraint=Constraint(
            said={
                "us": "I can't charge it at work, btw.",
                "jp": "I should mention that I am not able to charge my phone at my workplace.",
                "de": "Charging at the workplace is not possible.",
            },
            replaces=2,
            violation=Step("keep the {phone} on the charger during the day until {index_end}"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Should I drain it to zero to recalibrate?"],
                "jp": ["May I also ask whether I should let the battery run down completely?"],
                "de": ["Is a full discharge for calibration advisable?"],
            },
            answer=[Fact("draining the battery to zero is not needed and does not improve battery life")],
        ),
        invented=Fact("faster battery drain after an update means the battery must be replaced at your own cost"),
    ),
    Situation(
        id="software_updates/downgrade",
        trouble=True,
        ask={
            "us": [
                "Hate the new layout in {new_version} on my {tablet}. How do I go back to {old_version}?",
                "Can I roll my {tablet} back to {old_version}? The new {new_version} messed up my home screen.",
            ],
            "jp": [
                "I am sorry to ask, but I find the new home screen layout of the {new_version} update on my {tablet} difficult to use. Would it be possible to return to version {old_version}?",
                "Excuse me, may I ask whether my {tablet} can be returned to version {old_version}? The {new_version} update changed the home screen I was used to.",
            ],
            "de": [
                "Please state the procedure for returning the {tablet} from version {new_version} to version {old_version}. The new home screen layout is unsuitable.",
                "The home screen layout of version {new_version} on the {tablet} is unsatisfactory. Is a downgrade to {old_version} possible?",
            ],
        },
        issue="returning your {tablet} to version {old_version}",
        answer=[
            Fact(
                "a return to {old_version} is not possible, because {new_version} contains security fixes that older versions lack"
            ),
            Step("send a report under Settings > System > Feedback so our engineers see what changed for you"),
            Step("restore the classic layout under Settings > Home screen > Layout > Classic"),
        ],
        unsafe=Step("install {old_version} from an unofficial download site"),
        invented=Fact("a downgrade is possible within 7 days of the update at any Lumora store"),
    ),
    Situation(
        id="software_updates/tv_update_time",
        ask={
            "us": [
                "My {tv} restarted for an update right in the middle of the game last night. Can I stop that?",
                "How do I keep the {tv} from updating while I'm watching something?",
            ],
            "jp": [
                "I am sorry to trouble you, but my {tv} restarted for an update while I was watching a program in the evening.",
                "Excuse me, may I ask whether the {tv} can be set so that it does not update while I am watching?",
            ],
            "de": [
                "The {tv} restarted for an update during an evening broadcast. Please state how the update time is set.",
                "How is the installation time of updates on the {tv} configured?",
            ],
        },
        issue="the update time of your {tv}",
        answer=[
            Step(
                "set Settings > System > Software update > Install time to Ask first, so the {tv} asks before it installs"
            ),
            Fact("automatic updates stay on, so you keep receiving security fixes"),
            Fact("a notice then appears when you switch on the {tv}, and you choose Install now or Later"),
        ],
        constraint=Constraint(
            said={
                "us": "The TV's on a power strip that I switch off at night.",
                "jp": "I should mention that I switch off the power strip of the TV every night.",
                "de": "The TV is disconnected from power at night via a switchable power strip.",
            },
            replaces=0,
            violation=Step(
                "set Settings > System > Software update > Install time to Night so updates run between {night_window}"
            ),
        ),
        followup=FollowUp(
            ask={
                "us": ["How long does an update usually take?"],
                "jp": ["May I also ask how long an update takes?"],
                "de": ["What is the duration of an update?"],
            },
            answer=[Fact("an update of the {tv} takes about {tv_update_mins} minutes")],
        ),
        unsafe=Step("turn off automatic updates on the {tv} permanently so it never restarts"),
    ),
    Situation(
        id="software_updates/laptop_update_error",
        trouble=True,
        ask={
            "us": [
                "The {new_version} update on my {laptop} fails every time, error 0x80070070. Tried three times.",
                "{laptop} keeps failing the {new_version} update with 0x80070070. What does that even mean?",
            ],
            "jp": [
                "I am sorry to trouble you, but the {new_version} update on my {laptop} fails each time with error 0x80070070.",
                "Excuse me, my {laptop} shows error 0x80070070 when installing {new_version}. Could you kindly tell me what I should do?",
            ],
            "de": [
                "The installation of {new_version} on the {laptop} fails repeatedly with error 0x80070070. Please state the procedure.",
                "Error 0x80070070 during the {new_version} update on the {laptop}. What is the cause?",
            ],
        },
        issue="the failed {new_version} update on your {laptop}",
        answer=[
            Fact("error 0x80070070 means the {laptop} has too little free space for the update"),
            Step("connect a USB stick with at least 16 GB, which the update uses as temporary storage"),
            Step(
                "run Settings > Update > Troubleshoot, then start the update again under Settings > Update > Check for updates"
            ),
            Fact("you can keep the antivirus and firewall on during the update"),
        ],
        constraint=Constraint(
            said={
                "us": "I can't delete anything, it's all work files.",
                "jp": "I am afraid I cannot delete any files, as they are all needed for my work.",
                "de": "No files may be deleted; all data is required for work.",
            },
            replaces=1,
            violation=Step("delete files from the {laptop} until {free_needed_gb} GB are free"),
        ),
        unsafe=Step("turn off the antivirus and the firewall of the {laptop} until the update has installed"),
        invented=Fact("error 0x80070070 means the {laptop} must be sent in for repair"),
    ),
    Situation(
        id="software_updates/end_of_support",
        ask={
            "us": [
                "My {phone} came out {launch_date}. How long am I gonna get updates?",
                "Thinking of keeping my {phone} (launched {launch_date}) a few more years. When do updates stop?",
            ],
            "jp": [
                "I would be grateful to know how long my {phone}, which was released on {launch_date}, will continue to receive updates.",
                "Excuse me, may I ask until when the {phone} released on {launch_date} will be supported with updates?",
            ],
            "de": [
                "Please state the update support period of the {phone} (market launch {launch_date}).",
                "Until which date does the {phone}, launched on {launch_date}, receive system and security updates?",
            ],
        },
        issue="the update support of your {phone}",
        answer=[
            Fact("the {phone} receives new system versions until {os_end}"),
            Fact("security updates continue until {security_end}"),
            Step("see both dates for your device under Settings > About > Software support"),
        ],
        checked=("os_end", "security_end"),
        followup=FollowUp(
            ask={
                "us": ["What happens after that, does it stop working?"],
                "jp": ["May I also ask whether the phone will still work after that date?"],
                "de": ["Does the device remain usable after the end of support?"],
            },
            answer=[Fact("the {phone} keeps working after {security_end}, but it no longer receives security fixes")],
        ),
        invented=Fact("updates for the {phone} end 2 years after your purchase date"),
    ),
    Situation(
        id="software_updates/router_firmware_schedule",
        ask={
            "us": [
                "Got a notice my {router} will update its firmware on {fw_date}. I work from home, will I lose internet?",
                "The app says a firmware update for the {router} is scheduled {fw_date}. What happens to my connection?",
            ],
            "jp": [
                "I received a notice that the firmware of my {router} will be updated on {fw_date}. I am sorry to ask, but will the internet be interrupted?",
                "Excuse me, a firmware update of my {router} is planned for {fw_date}. I work from home, so I would be grateful to know what to expect.",
            ],
            "de": [
                "A firmware update of the {router} is scheduled for {fw_date}. Please state the time and the duration of the interruption.",
                "Notification: firmware update of the {router} on {fw_date}. What are the consequences for the internet connection?",
            ],
        },
        issue="the firmware update of your {router}",
        answer=[
            Fact(
                "the update installs on {fw_date} at {router_update_time}, and the internet is down for about {router_update_mins} minutes"
            ),
            Fact("the {router} installs it automatically, so nobody needs to be at home"),
            Step("change the time under Devices > {router} > Firmware > Schedule in the {app} if it does not suit you"),
            Fact("your Wi-Fi name, password and settings stay the same"),
        ],
        checked=("fw_date",),
        constraint=Constraint(
            said={
                "us": "I'm actually out of town that day.",
                "jp": "I should mention that I will be away from home on that day.",
                "de": "I will not be at home on that day.",
            },
            replaces=1,
            violation=Step("be at home on {fw_date} to confirm the update in the {app}"),
        ),
        unsafe=Step("turn off automatic firmware updates on the {router} so the internet is never interrupted"),
    ),
    Situation(
        id="software_updates/watch_update_battery",
        ask={
            "us": [
                "My {watch} won't start the update, says charge first. It's at {watch_pct}%. How long do I wait?",
                "{watch} update stuck on 'connect charger'. Battery's {watch_pct} percent.",
            ],
            "jp": [
                "I am sorry to trouble you, but my {watch} does not start the update and asks me to charge it. The battery is at {watch_pct} percent.",
                "Excuse me, the update of my {watch} will not begin. The battery shows {watch_pct} percent. Could you kindly advise me?",
            ],
            "de": [
                "The {watch} does not start the update and requests charging. Battery level: {watch_pct} percent. Please state the procedure.",
                "Update of the {watch} blocked at a battery level of {watch_pct} percent. What is required?",
            ],
        },
        issue="the update of your {watch}",
        answer=[
            Fact("the {watch} installs updates only on the charger with at least 50 percent battery"),
            Step(
                "leave it on the charger for about {charge_needed_mins} minutes to get from {watch_pct} to 50 percent"
            ),
            Step("keep your phone with the {app} within 1 meter and tap Devices > {watch} > Update"),
        ],
        checked=("charge_needed_mins", "watch_pct"),
        followup=FollowUp(
            ask={
                "us": ["How long does the update take once it starts?"],
                "jp": ["May I also ask how long the update takes?"],
                "de": ["What is the duration of the update itself?"],
            },
            answer=[Fact("the update takes about 20 minutes, and the {watch} restarts once at the end")],
        ),
        invented=Fact("the {watch} installs updates only when the battery is fully charged to 100 percent"),
    ),
    Situation(
        id="software_updates/app_crash_after_update",
        trouble=True,
        ask={
            "us": [
                "Since the {new_version} update, the {app} crashes the second I open it on my {phone}.",
                "{app} won't open anymore on my {phone} after updating to {new_version}. Fix?",
            ],
            "jp": [
                "I am sorry to trouble you, but since updating my {phone} to {new_version}, the {app} closes as soon as I open it.",
                "Excuse me, the {app} no longer opens on my {phone} after the {new_version} update. Could you kindly help me?",
            ],
            "de": [
                "Since the update to {new_version}, the {app} on the {phone} terminates immediately after starting. Please state the remedy.",
                "The {app} crashes on the {phone} after the {new_version} update. What is the procedure?",
            ],
        },
        issue="the {app} crashing on your {phone}",
        answer=[
            Step("update the {app} in the app store, because versions older than 3 months do not run on {new_version}"),
            Step("clear the cache under Settings > Apps > {app} > Storage > Clear cache, which keeps you signed in"),
            Step("restart the {phone} and open the {app} again"),
        ],
        constraint=Constraint(
            said={
                "us": "I don't remember my Lumora password, so I really don't want to get logged out.",
                "jp": "I am afraid I do not remember my Lumora password, so I would prefer not to be signed out.",
                "de": "The Lumora password is not known to me; a sign-out must be avoided.",
            },
            replaces=1,
            violation=Step("uninstall the {app}, install it again and sign in with your password"),
        ),
        unsafe=Step("install an older version of the {app} from a file-sharing site"),
    ),
    Situation(
        id="software_updates/fake_update_message",
        ask={
            "us": [
                "Got a text saying my {phone} needs an urgent security update, with a link. Legit?",
                "Is this real? A message says 'update your {phone} now' and has a link to tap.",
            ],
            "jp": [
                "I am sorry to ask, but I received a text message with a link telling me to update my {phone} urgently. Is this message genuine?",
                "Excuse me, I received a message saying my {phone} requires an urgent update through a link. I would be grateful if you could confirm whether it is from you.",
            ],
            "de": [
                "I received a text message with a link requesting an urgent update of my {phone}. Please confirm whether it originates from Lumora.",
                "Is a text message with an update link for the {phone} genuine?",
            ],
        },
        issue="the update message you received for your {phone}",
        answer=[
            Fact("we never send update links by text message or email"),
            Step("delete the message without opening the link"),
            Step("check for real updates only under Settings > System > Software update on the {phone}"),
        ],
        followup=FollowUp(
            ask={
                "us": ["I already tapped it but didn't type anything. Am I OK?"],
                "jp": [
                    "I am embarrassed to say that I already opened the link, although I did not enter anything. What should I do?"
                ],
                "de": ["The link was already opened, but no data was entered. Which measures are required?"],
            },
            answer=[
                Step("change your Lumora password under Account > Security as a precaution"),
                Fact("you can keep two-factor authentication on, and it protects your account in this case"),
            ],
        ),
        unsafe=Step("open the link in the message and sign in with your account password to start the update"),
        invented=Fact("security updates for older phones are sent only by text message"),
    ),
    Situation(
        id="software_updates/tv_usb_update",
        ask={
            "us": [
                "My {tv} isn't online, no Wi-Fi where it is. Can I still update it?",
                "How do I update the {tv} without internet? It's in a cabin.",
            ],
            "jp": [
                "I am sorry to trouble you, but my {tv} is not connected to the internet. Would it be possible to update it?",
                "Excuse me, may I ask how I could update the {tv} in a place without internet?",
            ],
            "de": [
                "The {tv} has no internet connection. Please state how the software is updated.",
                "Is an offline update of the {tv} possible? If so, describe the procedure.",
            ],
        },
        issue="updating your {tv} without internet",
        answer=[
            Step(
                "download the update file for the {tv} from lumora.com/support and copy it to a USB stick formatted as FAT32"
            ),
            Step("insert the stick into the USB port of the {tv} and select Settings > Support > Update from USB"),
            Fact("the {tv} must stay switched on during the update, which takes about {tv_update_mins} minutes"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Does it keep my channels and settings?"],
                "jp": ["May I also ask whether my channel list will remain?"],
                "de": ["Are channel list and settings retained?"],
            },
            answer=[Fact("the update keeps your channel list and picture settings")],
        ),
        invented=Fact("a {tv} without internet cannot receive any updates"),
    ),
    Situation(
        id="software_updates/app_support_end_tablet",
        ask={
            "us": [
                "The {app} says my {tablet} won't be supported after {app_support_end}. What happens then?",
                "Got a warning that the {app} stops supporting my {tablet} on {app_support_end}. Do I lose my orders?",
            ],
            "jp": [
                "I am sorry to trouble you, but the {app} says my {tablet} will no longer be supported after {app_support_end}. May I ask what this means?",
                "Excuse me, I received a notice that the {app} will end support for my {tablet} on {app_support_end}. I would be grateful for an explanation.",
            ],
            "de": [
                "The {app} reports that support for my {tablet} ends on {app_support_end}. Please state the consequences.",
                "End of support of the {app} on the {tablet} as of {app_support_end}: what happens to my account and orders?",
            ],
        },
        issue="the end of {app} support on your {tablet}",
        answer=[
            Fact(
                "the {tablet} stays on version {tablet_os}, and the {app} keeps working on it until {app_support_end}"
            ),
            Fact("your account, orders and receipts stay available after that date"),
            Step("use lumora.com in the browser of the {tablet} for orders and tracking after {app_support_end}"),
        ],
        checked=("app_support_end",),
        constraint=Constraint(
            said={
                "us": "And no, I'm not buying a new tablet.",
                "jp": "I should mention that I am not planning to buy a new tablet.",
                "de": "The purchase of a new tablet is not intended.",
            },
            replaces=2,
            violation=Step("replace the {tablet} with a newer model that supports the latest {app}"),
        ),
        invented=Fact("your order history is deleted when the {app} support ends"),
    ),
    Situation(
        id="software_updates/beta_program",
        ask={
            "us": [
                "Heard {new_version} is out for real on {release_date}. Can I get it early on my {phone}?",
                "Is there a beta for {new_version}? Final drops {release_date} but I want it on my {phone} now.",
            ],
            "jp": [
                "I understand that version {new_version} will be released on {release_date}. I am sorry to ask, but would it be possible to try it earlier on my {phone}?",
                "Excuse me, may I ask whether there is a way to use {new_version} on my {phone} before its release on {release_date}?",
            ],
            "de": [
                "Version {new_version} is scheduled for {release_date}. Is early access for the {phone} possible?",
                "Please state how to join the beta of {new_version} on the {phone} before the release on {release_date}.",
            ],
        },
        issue="early access to {new_version} on your {phone}",
        answer=[
            Step("back up the {phone} under Settings > System > Backup before you join"),
            Step("join under Settings > System > Beta program > Join and install the beta from Software update"),
            Fact("you receive the final {new_version} as a normal update on {release_date}"),
        ],
        checked=("release_date",),
        followup=FollowUp(
            ask={
                "us": ["Can I quit the beta later?"],
                "jp": ["May I also ask whether I can leave the beta program later?"],
                "de": ["Is leaving the beta program possible at a later time?"],
            },
            answer=[
                Fact(
                    "leaving the beta before {release_date} needs a full reset of the {phone}, which erases data that is not backed up"
                )
            ],
        ),
        invented=Fact("the beta program is open only to customers who bought the {phone} in a Lumora store"),
    ),
    Situation(
        id="software_updates/stuck_on_logo",
        trouble=True,
        ask={
            "us": [
                "My {phone} updated overnight and now it's stuck on the logo. Bought it {purchase_date}. Help!",
                "{phone} won't get past the startup logo after the update. Got it {purchase_date}. What do I do?",
            ],
            "jp": [
                "I am very sorry to trouble you, but after last night's update my {phone}, purchased on {purchase_date}, does not start past the logo.",
                "Excuse me, my {phone}, which I bought on {purchase_date}, shows only the logo since the update. Could you kindly help me?",
            ],
            "de": [
                "Since the update, the {phone} (purchased on {purchase_date}) does not start beyond the logo. Please state the procedure.",
                "The {phone}, purchase date {purchase_date}, remains on the start logo after the update. What is the remedy?",
            ],
        },
        issue="your {phone} stuck on the logo after the update",
        answer=[
            Step("hold the power and volume up buttons for {reset_secs} seconds until the recovery menu appears"),
            Step(
                "select Repair update with the volume buttons and confirm with the power button, which keeps your data"
            ),
            Fact("if the repair fails, we repair the {phone} free of charge under warranty until {warranty_end}"),
        ],
        checked=("warranty_end",),
        constraint=Constraint(
            said={
                "us": "There's no backup of my photos, so I can't lose anything.",
                "jp": "I am afraid my photos are not backed up, so I must not lose any data.",
                "de": "No backup exists; data loss is not acceptable.",
            },
            replaces=1,
            violation=Step("select Factory reset in the recovery menu and set the {phone} up again"),
        ),
        invented=Fact("damage from a failed update is not covered by the warranty"),
    ),
    Situation(
        id="software_updates/update_over_mobile_data",
        ask={
            "us": [
                "No Wi-Fi at my place. Can I download the {update_size_gb} GB update on my {phone} over mobile data? I've got {data_plan_gb} GB a month.",
                "{phone} only offers the {update_size_gb} GB update on Wi-Fi. I have {data_plan_gb} GB of data. Can I use that?",
            ],
            "jp": [
                "I am sorry to ask, but I do not have Wi-Fi at home. Could I download the {update_size_gb} GB update for my {phone} with mobile data? My plan has {data_plan_gb} GB.",
                "Excuse me, may I ask whether the {update_size_gb} GB update of my {phone} can be downloaded without Wi-Fi? My monthly data is {data_plan_gb} GB.",
            ],
            "de": [
                "No Wi-Fi is available. Can the {update_size_gb} GB update of the {phone} be downloaded via mobile data? Data volume: {data_plan_gb} GB per month.",
                "Please state how the {phone} downloads the {update_size_gb} GB update over mobile data. My plan contains {data_plan_gb} GB.",
            ],
        },
        issue="downloading the update on your {phone} over mobile data",
        answer=[
            Step("turn on Settings > System > Software update > Download over mobile data"),
            Fact("the {update_size_gb} GB download counts against your {data_plan_gb} GB"),
            Step("keep the {phone} above 50 percent battery while it installs"),
        ],
        checked=("update_size_gb", "data_plan_gb"),
        followup=FollowUp(
            ask={
                "us": ["Will the phone restart during it?"],
                "jp": ["May I also ask whether the phone will restart?"],
                "de": ["Does the phone restart during installation?"],
            },
            answer=[Fact("the {phone} restarts once at the end, and the installation takes about 20 minutes")],
        ),
        invented=Fact("system updates can never be downloaded over mobile data"),
    ),
]
