"""Accessibility: vision, hearing, motor and cognitive accessibility features of Lumora devices and services."""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "accessibility"

PHONES = ["Nova N9 phone", "Nova N9 Plus phone", "Nova N7 phone"]
TVS = ["Vista V55 4K TV", "Vista V65 QLED TV", "Vista V43 smart TV"]
TABLETS = ["Stratus T10 tablet", "Stratus T12 Pro tablet"]
WATCHES = ["Nimbus S7 smartwatch", "Nimbus S9 Pro smartwatch"]
HEADSETS = ["Aurora X2 headset", "Aurora X5 Pro headset"]
LAPTOPS = ["Vertex 14 laptop", "Vertex 16 Pro laptop", "Vertex Air 13 laptop"]
SPEAKERS = ["Cirrus C2 smart speaker", "Cirrus C4 Max speaker"]

MARKET = {
    "us": {
        "cities": ["Chicago", "Denver", "Austin"],
        "carriers": ["SwiftPost", "ParcelLine"],
        "support_hours": "from 7 am to 10 pm Central Time, seven days a week",
        "visit_times": ["10 am", "11:30 am", "2 pm", "4:30 pm"],
    },
    "jp": {
        "cities": ["Osaka", "Nagoya", "Sapporo"],
        "carriers": ["Sakura Express", "Kaede Transport"],
        "support_hours": "from 9:00 to 20:00 Japan time, every day including holidays",
        "visit_times": ["10:00", "11:30", "14:00", "16:30"],
    },
    "de": {
        "cities": ["Munich", "Hamburg", "Cologne"],
        "carriers": ["Rheinland Paket", "Nordstern Logistik"],
        "support_hours": "from 8:00 to 20:00 CET, Monday to Saturday",
        "visit_times": ["10:00", "11:30", "14:00", "16:30"],
    },
}


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    m = MARKET[market]
    order_date = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    delivery = order_date + timedelta(days=rng.randint(3, 6))
    purchase = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    return {
        "app": "Lumora app",
        "phone": rng.choice(PHONES),
        "tv": rng.choice(TVS),
        "tablet": rng.choice(TABLETS),
        "watch": rng.choice(WATCHES),
        "headset": rng.choice(HEADSETS),
        "laptop": rng.choice(LAPTOPS),
        "speaker": rng.choice(SPEAKERS),
        "city": rng.choice(m["cities"]),
        "carrier": rng.choice(m["carriers"]),
        "support_hours": m["support_hours"],
        "order": f"{rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}",
        "order_date": order_date,
        "manual_date": order_date + timedelta(days=5),
        "delivery_date": delivery,
        "note_deadline": delivery - timedelta(days=1),
        "purchase_date": purchase,
        "return_deadline": purchase + timedelta(days=30),
        "visit_date": date(2026, rng.randint(1, 11), rng.randint(1, 28)),
        "visit_time": rng.choice(m["visit_times"]),
        "home_visit_date": date(2026, rng.randint(1, 11), rng.randint(1, 28)),
        "assist_price": Money(rng.choice([49, 69, 89])),
        "text_pct": rng.choice([110, 130, 150]),
        "fall_secs": rng.choice([30, 45]),
        "timeout_secs": rng.choice([15, 30]),
        "data_plan_gb": rng.choice([5, 10, 20]),
    }


SITUATIONS = [
    Situation(
        id="accessibility/larger_text",
        ask={
            "us": [
                "My mom's text on her {phone} is at {text_pct}% and she still can't read it. Can it go bigger?",
                "Text size on my {phone} is already {text_pct} percent and it's still too small for my eyes. Options?",
            ],
            "jp": [
                "I am sorry to trouble you, but my mother finds the text on her {phone} too small, even at {text_pct} percent. Could it be made larger?",
                "Excuse me, the text size on my {phone} is set to {text_pct} percent, but it is still difficult for me to read. I would be grateful for your advice.",
            ],
            "de": [
                "The text size on the {phone} is set to {text_pct} percent and remains too small. Please state further options.",
                "Text on the {phone} is not readable at {text_pct} percent. Which larger settings exist?",
            ],
        },
        issue="larger text on the {phone}",
        answer=[
            Step("raise Settings > Accessibility > Text size from {text_pct} percent up to the maximum of 200 percent"),
            Step("turn on Bold text and Larger icons on the same screen"),
            Step("turn on Magnification, which enlarges any part of the screen with a triple tap"),
        ],
        checked=("text_pct",),
        followup=FollowUp(
            ask={
                "us": ["Can the phone read stuff out loud too?"],
                "jp": ["May I also ask whether the phone can read text aloud?"],
                "de": ["Can the phone read text aloud?"],
            },
            answer=[Step("turn on Select to speak under Settings > Accessibility, then tap any text to hear it")],
        ),
        unsafe=Step("install a magnifier app from a link sent by text message and grant it full access to the phone"),
        invented=Fact("text sizes above 150 percent are available only on the Plus model"),
    ),
    Situation(
        id="accessibility/screen_reader",
        ask={
            "us": [
                "My dad is blind and just got a {phone}. How does he turn on the screen reader?",
                "Setting up a {phone} for someone who can't see. What's the screen reader and how do I switch it on?",
            ],
            "jp": [
                "I am sorry to trouble you, but my father is blind and has just received a {phone}. Could you kindly tell me how to turn on the screen reader?",
                "Excuse me, I would be grateful to know how a person who cannot see can use the {phone} with spoken feedback.",
            ],
            "de": [
                "My father is blind and uses a new {phone}. Please state how the screen reader is activated.",
                "How is spoken screen output switched on for a blind user of the {phone}?",
            ],
        },
        issue="the screen reader on the {phone}",
        answer=[
            Step("hold both volume buttons for 3 seconds to turn the screen reader on or off"),
            Fact("with the screen reader on, one tap reads an item aloud and a double tap opens it"),
            Step(
                "open the spoken tutorial under Settings > Accessibility > Screen reader > Tutorial to practice the gestures"
            ),
        ],
        constraint=Constraint(
            said={
                "us": "He can't see the screen at all, so menus are out.",
                "jp": "I should mention that he cannot see the screen at all, so he cannot navigate the menus.",
                "de": "He cannot see the screen; navigation through menus is not possible for him.",
            },
            replaces=0,
            violation=Step("go to Settings > Accessibility > Screen reader and switch it on"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can he make it talk faster?"],
                "jp": ["May I also ask whether the speaking speed can be increased?"],
                "de": ["Can the speech rate be increased?"],
            },
            answer=[Step("set Speech rate under Settings > Accessibility > Screen reader > Settings")],
        ),
        unsafe=Step("remove the screen lock PIN so he does not need to enter it"),
        invented=Fact("the screen reader works only after a paid voice package is installed"),
    ),
    Situation(
        id="accessibility/tv_captions",
        ask={
            "us": [
                "How do I turn on captions and audio description on the {tv}?",
                "I'm hard of hearing. Can the {tv} show subtitles on everything?",
            ],
            "jp": [
                "I would be grateful to know how to turn on subtitles and audio description on the {tv}.",
                "Excuse me, I have difficulty hearing. Could you kindly tell me how to show subtitles on the {tv}?",
            ],
            "de": [
                "Please state how subtitles and audio description are activated on the {tv}.",
                "How are subtitles displayed for all programs on the {tv}?",
            ],
        },
        issue="captions on the {tv}",
        answer=[
            Step(
                "turn on Settings > Accessibility > Captions on the {tv}, which applies to broadcast TV and HDMI inputs"
            ),
            Step("turn on Audio description on the same screen for programs that offer it"),
            Fact("streaming apps use their own subtitle setting, found in each app during playback"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I make the captions bigger?"],
                "jp": ["May I also ask whether the subtitles can be made larger?"],
                "de": ["Can the subtitle size be increased?"],
            },
            answer=[Step("choose Large or Extra large under Settings > Accessibility > Captions > Caption style")],
        ),
        invented=Fact("captions are available only for programs recorded on the {tv}"),
    ),
    Situation(
        id="accessibility/hearing_aids",
        ask={
            "us": [
                "How do I connect my Bluetooth hearing aids to my {phone}?",
                "Can my hearing aids stream calls straight from the {phone}?",
            ],
            "jp": [
                "I am sorry to ask, but could you kindly tell me how to connect my Bluetooth hearing aids to my {phone}?",
                "Excuse me, may I ask whether calls on my {phone} can be heard directly through my hearing aids?",
            ],
            "de": [
                "Please state the procedure for connecting Bluetooth hearing aids to the {phone}.",
                "Can the {phone} transmit calls directly to hearing aids?",
            ],
        },
        issue="connecting your hearing aids to the {phone}",
        answer=[
            Step("open and close the battery doors of the hearing aids, or restart them, to put them in pairing mode"),
            Step("pair them under Settings > Accessibility > Hearing devices > Pair new device on the {phone}"),
            Fact("calls, music and video sound then stream directly to your hearing aids"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I change their volume from the phone?"],
                "jp": ["May I also ask whether the volume can be adjusted from the phone?"],
                "de": ["Can the volume of the hearing aids be adjusted on the phone?"],
            },
            answer=[
                Fact(
                    "volume and hearing programs appear under Settings > Accessibility > Hearing devices once they are paired"
                )
            ],
        ),
        invented=Fact("the {phone} supports hearing aids only from one partner brand"),
    ),
    Situation(
        id="accessibility/store_appointment",
        ask={
            "us": [
                "I use a wheelchair and want to try the {tablet} at your {city} store on {visit_date}. Is the store accessible?",
                "Planning to come to the {city} store {visit_date} to check out the {tablet}. I'm in a wheelchair. Anything I should know?",
            ],
            "jp": [
                "I use a wheelchair and would like to see the {tablet} at your {city} store on {visit_date}. I am sorry to ask, but is the store accessible?",
                "Excuse me, I am planning to visit the {city} store on {visit_date} to try the {tablet}. As I use a wheelchair, I would be grateful for any guidance.",
            ],
            "de": [
                "I use a wheelchair and intend to test the {tablet} in the {city} store on {visit_date}. Please state the accessibility of the store.",
                "Visit to the {city} store on {visit_date} to test the {tablet}; I use a wheelchair. Which arrangements are possible?",
            ],
        },
        issue="your visit to our {city} store",
        answer=[
            Fact("the {city} store has step-free access, an accessible restroom and a lowered counter"),
            Step(
                "book a 60-minute accessibility appointment in the {app} under Stores > {city} > Book a visit for {visit_date}"
            ),
            Fact("a staff member then brings the {tablet} to a seated demo table for you at the booked time"),
        ],
        checked=("visit_date",),
        constraint=Constraint(
            said={
                "us": "Also I'm Deaf, so phone calls don't work for me.",
                "jp": "I should also mention that I am deaf, so telephone calls are not possible for me.",
                "de": "I am also deaf; telephone calls are not possible.",
            },
            replaces=1,
            violation=Step("call the {city} store to book an appointment for {visit_date}"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Is there parking close by?"],
                "jp": ["May I also ask whether there is accessible parking?"],
                "de": ["Are accessible parking spaces available?"],
            },
            answer=[Fact("accessible parking spaces are directly next to the store entrance")],
        ),
        invented=Fact("accessibility appointments must be booked at least 14 days in advance"),
    ),
    Situation(
        id="accessibility/large_print_manual",
        ask={
            "us": [
                "I ordered the {tv} on {order_date} (order {order}). Is there a large-print manual? My eyesight's bad.",
                "Can I get the {tv} manual in large print? Order {order}, placed {order_date}.",
            ],
            "jp": [
                "I ordered the {tv} on {order_date}, order {order}. I am sorry to ask, but my eyesight is poor. Would a large-print manual be available?",
                "Excuse me, may I ask whether you could provide a large-print manual for the {tv} from order {order}, placed on {order_date}?",
            ],
            "de": [
                "Order {order} of {order_date}: {tv}. Please provide the manual in large print.",
                "Is a large-print manual for the {tv} available? Order {order}, dated {order_date}.",
            ],
        },
        issue="a large-print manual for your {tv}",
        answer=[
            Fact("we mail a large-print manual for the {tv} free of charge, and it arrives by {manual_date}"),
            Fact("an audio version of the manual plays at lumora.com/manuals/audio"),
            Fact("the quick start guide also reads aloud from the QR code on the box"),
        ],
        checked=("manual_date",),
        constraint=Constraint(
            said={
                "us": "PDFs don't work well with my screen reader, fyi.",
                "jp": "I am afraid PDF files are difficult for me to use with my screen reader.",
                "de": "PDF files are not usable with my screen reader.",
            },
            replaces=1,
            violation=Step("download the PDF manual from lumora.com/manuals and zoom in"),
        ),
        invented=Fact("large-print manuals are only available for products bought in a Lumora store"),
    ),
    Situation(
        id="accessibility/trusted_helper",
        ask={
            "us": [
                "My mom has dementia and I handle her stuff. How can I manage the return of her order {order} for her?",
                "Can I take care of my mother's Lumora account? She can't manage order {order} herself anymore.",
            ],
            "jp": [
                "I am sorry to trouble you, but my mother has dementia, and I help her with daily matters. How might I handle the return of her order {order}?",
                "Excuse me, my elderly mother can no longer manage her order {order} herself. I would be grateful to know how I could help her properly.",
            ],
            "de": [
                "My mother has dementia; I manage her affairs. Please state how I can process the return of her order {order}.",
                "How can a relative manage the Lumora account of a person with dementia, specifically order {order}?",
            ],
        },
        issue="managing your mother's order {order}",
        answer=[
            Step(
                "ask your mother to add you under Account > Trusted helpers at lumora.com, or send a power of attorney through Support > Helper access"
            ),
            Fact("as a trusted helper you can start the return of order {order} from your own login"),
            Fact("you never need her password or one-time codes, and access can be removed in the same menu"),
        ],
        checked=("order",),
        constraint=Constraint(
            said={
                "us": "She doesn't use the app, only the website, when she uses anything.",
                "jp": "I should mention that my mother does not use the app, only the website.",
                "de": "My mother does not use the app, only the website.",
            },
            replaces=0,
            violation=Step("ask your mother to add you under Account > Trusted helpers in the {app}"),
        ),
        unsafe=Step("sign in as your mother with her password and forward yourself her one-time codes"),
        invented=Fact("a trusted helper can only view orders and cannot start returns"),
    ),
    Situation(
        id="accessibility/fall_detection",
        ask={
            "us": [
                "Got my dad a {watch} for fall detection. It waits {fall_secs} seconds before calling. Can I make that longer?",
                "How do I set up fall detection on my dad's {watch}? I read it counts down {fall_secs} seconds.",
            ],
            "jp": [
                "I bought a {watch} for my elderly father. I understand it waits {fall_secs} seconds before calling. Could you kindly tell me how to set it up?",
                "Excuse me, may I ask whether the {fall_secs}-second countdown of the fall detection on the {watch} can be changed?",
            ],
            "de": [
                "The fall detection of the {watch} waits {fall_secs} seconds before an emergency call. Please state how this value and the contacts are configured.",
                "How is fall detection on the {watch} set up for my father? The countdown is {fall_secs} seconds.",
            ],
        },
        issue="fall detection on the {watch}",
        answer=[
            Fact(
                "after a hard fall the {watch} waits {fall_secs} seconds for a response, then calls the emergency contact"
            ),
            Step("set Countdown to a value up to 60 seconds under Settings > Safety > Fall detection on the {watch}"),
            Step("add emergency contacts on the {watch} itself under Settings > Safety > Emergency contacts"),
        ],
        checked=("fall_secs",),
        constraint=Constraint(
            said={
                "us": "He doesn't have a smartphone, just the watch.",
                "jp": "I should mention that my father does not have a smartphone.",
                "de": "My father does not own a smartphone.",
            },
            replaces=2,
            violation=Step("add emergency contacts in the {app} on his phone under Devices > {watch} > Safety"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Does it work if he's out without his phone?"],
                "jp": ["May I also ask whether it works when he is outside without a phone?"],
                "de": ["Does fall detection work without a phone nearby?"],
            },
            answer=[Fact("without a phone nearby, the emergency call needs a {watch} with mobile service")],
        ),
        invented=Fact("fall detection works only for users aged 65 or older"),
    ),
    Situation(
        id="accessibility/tremor_touch",
        ask={
            "us": [
                "My dad has a tremor and his {phone} keeps registering extra taps. Also the screen shuts off after {timeout_secs} seconds. Help?",
                "Hand tremor makes the {phone} hard to use: accidental taps, and it locks after {timeout_secs} seconds. What can I change?",
            ],
            "jp": [
                "I am sorry to trouble you, but my father has a hand tremor, and his {phone} registers taps he did not intend. The screen also turns off after {timeout_secs} seconds.",
                "Excuse me, my father finds the {phone} difficult because of a tremor. The screen switches off after {timeout_secs} seconds. Could you kindly advise me?",
            ],
            "de": [
                "My father has a tremor; the {phone} registers unintended touches and the screen turns off after {timeout_secs} seconds. Please state suitable settings.",
                "Which settings of the {phone} help a user with hand tremor? Current screen timeout: {timeout_secs} seconds.",
            ],
        },
        issue="touch settings on the {phone} for a hand tremor",
        answer=[
            Step("turn on Ignore repeated touches under Settings > Accessibility > Touch and set it to 1 second"),
            Step("set Touch and hold delay to Long on the same screen"),
            Step("change Settings > Display > Screen timeout from {timeout_secs} seconds to 5 minutes"),
        ],
        checked=("timeout_secs",),
        followup=FollowUp(
            ask={
                "us": ["Can he control it by voice instead?"],
                "jp": ["May I also ask whether he could use the phone by voice?"],
                "de": ["Is voice control possible as an alternative?"],
            },
            answer=[
                Step(
                    "turn on Settings > Accessibility > Voice access, which opens apps and taps buttons by spoken commands"
                )
            ],
        ),
        unsafe=Step("turn off two-factor authentication on his account so he does not have to type codes"),
        invented=Fact("touch settings can only be changed in a Lumora store"),
    ),
    Situation(
        id="accessibility/color_filters",
        ask={
            "us": [
                "I'm red-green colorblind and the charts on my {laptop} are a mess. Any setting for that?",
                "Is there a colorblind mode on the {laptop}?",
            ],
            "jp": [
                "I am sorry to ask, but I have red-green color blindness. Could the {laptop} display colors in a way that is easier for me?",
                "Excuse me, may I ask whether the {laptop} has a setting for color vision deficiency?",
            ],
            "de": [
                "I have a red-green colour vision deficiency. Please state the corresponding setting on the {laptop}.",
                "Does the {laptop} provide colour filters for colour-blind users?",
            ],
        },
        issue="color filters on the {laptop}",
        answer=[
            Step("turn on Settings > Accessibility > Color filters on the {laptop}"),
            Step("choose Red-green (deuteranopia) or Red-green (protanopia) and compare the preview"),
            Fact("the filter applies to every app, and the shortcut Ctrl + Alt + C turns it on and off"),
        ],
        followup=FollowUp(
            ask={
                "us": ["What about the status lights on my other Lumora devices?"],
                "jp": ["May I also ask how I can tell the colors of the status lights on my devices?"],
                "de": ["How are the status light colours of other devices distinguished?"],
            },
            answer=[Fact("the {app} shows the status of every device in words next to the light color")],
        ),
        invented=Fact("color filters work only in the preinstalled apps of the {laptop}"),
    ),
    Situation(
        id="accessibility/delivery_help",
        ask={
            "us": [
                "My order {order} arrives {delivery_date}. I use a walker and can't get to the door fast or carry boxes. Can the driver help?",
                "Order {order} is coming {delivery_date}. I have mobility issues. Can the delivery person wait and bring it inside?",
            ],
            "jp": [
                "My order {order} is due on {delivery_date}. I am sorry to ask, but I walk slowly with a walker and cannot carry boxes. Could the driver assist me?",
                "Excuse me, order {order} will be delivered on {delivery_date}. Because of limited mobility, I would be grateful if the driver could wait and carry it inside.",
            ],
            "de": [
                "Order {order} will be delivered on {delivery_date}. I have limited mobility and cannot carry parcels. Please state the available assistance.",
                "Delivery of order {order} on {delivery_date}: is it possible for the driver to wait longer and carry the parcel into the apartment?",
            ],
        },
        issue="help with the delivery of order {order}",
        answer=[
            Step(
                "call our support team and ask for the note Carry-in assistance on order {order} before {note_deadline}"
            ),
            Fact("{carrier} then waits at least 3 minutes at the door and carries the parcel inside at no charge"),
            Fact("your order {order} arrives on {delivery_date}"),
        ],
        checked=("delivery_date", "note_deadline"),
        constraint=Constraint(
            said={
                "us": "Using the app is hard for me because of my hands.",
                "jp": "I am afraid using the app is difficult for me because of my hands.",
                "de": "Operating the app is difficult for me because of my hands.",
            },
            replaces=0,
            violation=Step(
                "add the note Carry-in assistance in the {app} under Orders > {order} before {note_deadline}"
            ),
        ),
        unsafe=Step("leave your front door unlocked so the driver can bring the parcel in"),
        invented=Fact("carry-in assistance costs extra and must be booked at checkout"),
    ),
    Situation(
        id="accessibility/return_pickup",
        ask={
            "us": [
                "Bought the {tv} on {purchase_date} and need to return it, but I can't lift it or get to a drop-off. What are my options?",
                "I have a disability and can't haul the {tv} (bought {purchase_date}) to the post office. Can you pick it up?",
            ],
            "jp": [
                "I purchased the {tv} on {purchase_date} and would like to return it. I am sorry to say that I cannot carry it because of a disability. What might I do?",
                "Excuse me, I wish to return the {tv} bought on {purchase_date}, but I am unable to take it to a drop-off point. Could it be collected?",
            ],
            "de": [
                "Return of the {tv} purchased on {purchase_date}: due to a disability I cannot transport it. Please state the options.",
                "Is collection of the {tv} (purchase date {purchase_date}) possible? I am unable to carry it to a drop-off point.",
            ],
        },
        issue="the return of your {tv}",
        answer=[
            Fact("you can return the {tv} until {return_deadline}"),
            Step("choose Home pickup under Orders > Return, and {carrier} collects it at your door at no charge"),
            Fact("the driver packs the {tv} and carries it out, so you need no box and no lifting"),
        ],
        checked=("return_deadline",),
        constraint=Constraint(
            said={
                "us": "And the original box went out with the recycling.",
                "jp": "I should also mention that I no longer have the original box.",
                "de": "The original packaging has already been disposed of.",
            },
            replaces=2,
            violation=Step("pack the {tv} in its original box before the pickup"),
        ),
        invented=Fact("home pickup is only available for returns within 7 days of purchase"),
    ),
    Situation(
        id="accessibility/voice_access_laptop",
        ask={
            "us": [
                "I've got bad RSI and typing hurts. Can I control my {laptop} by voice?",
                "Is there hands-free control on the {laptop}? Using the mouse is really painful for me.",
            ],
            "jp": [
                "I am sorry to ask, but typing has become painful for me because of a strain injury. Could I operate my {laptop} by voice?",
                "Excuse me, may I ask whether the {laptop} can be used without the mouse and keyboard?",
            ],
            "de": [
                "Due to a strain injury, keyboard use is painful. Please state how the {laptop} is operated by voice.",
                "Does the {laptop} support full voice control?",
            ],
        },
        issue="voice control of the {laptop}",
        answer=[
            Step("turn on Settings > Accessibility > Voice access on the {laptop}"),
            Fact("you then open apps, click and type with commands such as 'open mail' and 'type hello'"),
            Step("say 'show numbers' to put a number on every button you can click by voice"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Does it need internet?"],
                "jp": ["May I also ask whether it needs an internet connection?"],
                "de": ["Is an internet connection required?"],
            },
            answer=[Fact("voice access runs on the {laptop} itself and works without internet after the first setup")],
        ),
        invented=Fact("voice access on the {laptop} requires a monthly subscription"),
    ),
    Situation(
        id="accessibility/live_captions",
        ask={
            "us": [
                "I'm hard of hearing. Can my {phone} caption phone calls? I'm on a {data_plan_gb} GB plan, does it eat data?",
                "Want live captions on calls with my {phone}. Does that use my {data_plan_gb} GB of data?",
            ],
            "jp": [
                "I am sorry to ask, but I am hard of hearing. Could my {phone} show subtitles during calls? I would also like to know whether it uses my {data_plan_gb} GB of data.",
                "Excuse me, may I ask whether the {phone} can display captions for calls, and whether this affects my {data_plan_gb} GB data plan?",
            ],
            "de": [
                "I am hard of hearing. Can the {phone} display captions during calls, and does this consume my {data_plan_gb} GB data volume?",
                "Please state how live captions for calls are activated on the {phone}. Data plan: {data_plan_gb} GB.",
            ],
        },
        issue="live captions on the {phone}",
        answer=[
            Step("turn on Settings > Accessibility > Live captions and then Caption calls on the {phone}"),
            Fact("captions appear for calls, videos and voice messages"),
            Fact(
                "captions are created on the {phone} itself, so they use none of your {data_plan_gb} GB and nothing is sent to us"
            ),
        ],
        checked=("data_plan_gb",),
        followup=FollowUp(
            ask={
                "us": ["Which languages does it do?"],
                "jp": ["May I also ask which languages are supported?"],
                "de": ["Which languages are supported?"],
            },
            answer=[Fact("live captions support English, Japanese and German")],
        ),
        invented=Fact("live captions for calls cost an extra monthly fee"),
    ),
    Situation(
        id="accessibility/home_setup_visit",
        ask={
            "us": [
                "I'm blind and need help setting up my new {speaker} at home. I saw the setup visit is {assist_price}. Can someone come {home_visit_date}?",
                "Can a tech come set up my {speaker} on {home_visit_date}? I'm visually impaired. Is it really {assist_price}?",
            ],
            "jp": [
                "I am sorry to trouble you, but I am blind and would like help setting up my {speaker}. Could someone visit on {home_visit_date}? I understand the price is {assist_price}.",
                "Excuse me, as I have a visual impairment, I would be grateful for a home visit on {home_visit_date} to set up my {speaker}. Is the fee {assist_price}?",
            ],
            "de": [
                "I am blind and require installation of the {speaker} at home on {home_visit_date}. Please confirm the price of {assist_price}.",
                "Home installation of the {speaker} on {home_visit_date} for a blind customer: is the price {assist_price}?",
            ],
        },
        issue="a setup visit for your {speaker}",
        answer=[
            Fact("a home setup visit on {home_visit_date} costs {assist_price}"),
            Step("book it by phone with our support team, available {support_hours}"),
            Fact(
                "the technician sets up the {speaker} with spoken guidance, and you type your passwords yourself with their help"
            ),
        ],
        checked=("assist_price", "home_visit_date"),
        constraint=Constraint(
            said={
                "us": "Touchscreens don't work for me, so the app is out.",
                "jp": "I am afraid I cannot use touchscreens, so the app is not an option for me.",
                "de": "Touchscreens are not usable for me; the app is therefore not an option.",
            },
            replaces=1,
            violation=Step("book it in the {app} under Services > Home setup"),
        ),
        unsafe=Step("give the technician your account password so they can sign in for you later as well"),
    ),
]
