"""Privacy and personal data: data copies, deletion, marketing consent, camera and voice data, breaches, retention."""

from __future__ import annotations

import random
from datetime import date, timedelta

from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "privacy_data"

CAMERAS = ["Vista C4 doorbell camera", "Vista E3 floodlight camera", "Vista E8 outdoor camera"]
SPEAKERS = ["Sonata S2 smart speaker", "Sonata Mini speaker", "Sonata S5 display speaker"]
WATCHES = ["Nimbus S7 smartwatch", "Nimbus Fit 3 band", "Nimbus S9 smartwatch"]

PRIVACY_EMAIL = {"us": "privacy@lumora.com", "jp": "privacy@lumora.co.jp", "de": "datenschutz@lumora.de"}
# Years that invoices and order records must be kept by law in each market.
TAX_YEARS = {"us": 7, "jp": 7, "de": 10}
SUPPORT_PHONE = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}
SUPPORT_HOURS = {
    "us": "8 a.m. to 8 p.m. Central Time every day",
    "jp": "9:00 to 18:00 Japan time, Monday to Saturday",
    "de": "8:00 to 20:00 CET, Monday to Saturday",
}


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    request = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    export_days = rng.choice([3, 5, 7])
    grace_days = 30
    unsub = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    unsub_days = rng.choice([2, 3])
    clip_days = rng.choice([30, 60])
    clip = date(2026, rng.randint(1, 10), rng.randint(1, 28))
    call = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    return {
        "app": "Lumora app",
        "camera": rng.choice(CAMERAS),
        "speaker": rng.choice(SPEAKERS),
        "watch": rng.choice(WATCHES),
        "order": f"{rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}",
        "request_date": request,
        "export_days": export_days,
        "export_ready_date": request + timedelta(days=export_days),
        "link_days": 7,
        "grace_days": grace_days,
        "delete_date": request + timedelta(days=grace_days),
        "tax_years": TAX_YEARS[market],
        "unsub_date": unsub,
        "unsub_days": unsub_days,
        "unsub_effective": unsub + timedelta(days=unsub_days),
        "autodelete_months": rng.choice([3, 18]),
        "clip_days": clip_days,
        "clip_date": clip,
        "clip_deleted_date": clip + timedelta(days=clip_days),
        "call_date": call,
        "recording_days": 90,
        "recording_end": call + timedelta(days=90),
        "incident_date": date(2026, rng.randint(1, 11), rng.randint(1, 28)),
        "erase_days": rng.choice([14, 30]),
        "fix_days": rng.choice([5, 7]),
        "privacy_email": PRIVACY_EMAIL[market],
        "support_phone": SUPPORT_PHONE[market],
        "support_hours": SUPPORT_HOURS[market],
    }


SITUATIONS = [
    Situation(
        id="privacy_data/data_copy_status",
        ask={
            "us": [
                "I asked for a copy of all my data on {request_date}. When's it actually ready?",
                "Requested my data download on {request_date}, nothing yet. How long does it take?",
            ],
            "jp": [
                "Excuse me, I requested a copy of my personal data on {request_date}. Could you kindly tell me when it "
                "will be ready?",
                "I am sorry to trouble you, but I asked for my data on {request_date} and would like to know when I "
                "may receive it.",
            ],
            "de": [
                "On {request_date} I requested a copy of my personal "
                "data. State the date by which it will be provided.",
                "My data access request was submitted on {request_date}. When will the copy be available?",
            ],
        },
        issue="your data copy requested on {request_date}",
        answer=[
            Fact(
                "a data copy takes {export_days} days, so the one you requested on {request_date} is ready by "
                "{export_ready_date}"
            ),
            Step("download it under Account > Privacy > Download your data once it shows Ready"),
            Fact(
                "the copy covers your profile, orders, devices and support chats, and the download stays available "
                "for {link_days} days"
            ),
        ],
        checked=("request_date", "export_ready_date"),
        constraint=Constraint(
            said={
                "us": "Oh, and I can't get into the email on my account anymore.",
                "jp": "I should mention that I can no longer access the email address on my account.",
                "de": "I no longer have access to the email address stored in the account.",
            },
            replaces=1,
            violation=Step("open the download link in the email we send when the copy is ready"),
        ),
        followup=FollowUp(
            ask={
                "us": ["What format is it in?"],
                "jp": ["May I also ask in what format the data will be provided?"],
                "de": ["In which file format is the copy delivered?"],
            },
            answer=[Fact("the copy comes as one ZIP file with CSV and JSON files inside")],
        ),
        invented=Fact("a copy of your data can only be requested once every 12 months"),
    ),
    Situation(
        id="privacy_data/delete_account",
        ask={
            "us": [
                "I want my Lumora account and all my data deleted. Doing it today, {request_date}. How?",
                "How do I permanently delete my account? Want it gone as of {request_date}.",
            ],
            "jp": [
                "Excuse me, I would like to delete my account and personal data. I am making this request today, "
                "{request_date}.",
                "I am sorry to ask, but could you kindly explain how I may close my account completely? Today is "
                "{request_date}.",
            ],
            "de": [
                "I request the deletion of my account and all personal data, effective {request_date}. State the "
                "procedure and timeline.",
                "Today, {request_date}, I wish to have my account erased. When is the deletion final?",
            ],
        },
        issue="deleting your account",
        answer=[
            Step(
                "select Delete account under Account > Privacy, or send the request from your account email to "
                "{privacy_email}"
            ),
            Fact(
                "the account closes at once and is erased for good on {delete_date}, {grace_days} days after your "
                "request"
            ),
            Fact("invoices and order records are kept for {tax_years} years because tax law requires it"),
        ],
        checked=("delete_date", "grace_days", "tax_years"),
        constraint=Constraint(
            said={
                "us": "Problem is I forgot my password and don't want to bother resetting it.",
                "jp": "I am afraid I have forgotten my password and would rather not reset it.",
                "de": "I no longer know my password and do not wish to reset it.",
            },
            replaces=0,
            violation=Step("sign in and go to Account > Privacy > Delete account, then confirm with your password"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I change my mind later?"],
                "jp": ["Also, would it be possible to cancel the deletion if I change my mind?"],
                "de": ["Can the deletion be revoked?"],
            },
            answer=[Fact("signing in before {delete_date} cancels the deletion and keeps the account")],
        ),
        unsafe=Step("email your password to {privacy_email} so we can delete the account for you"),
        invented=Fact("accounts with past orders cannot be deleted"),
    ),
    Situation(
        id="privacy_data/marketing_after_unsubscribe",
        trouble=True,
        ask={
            "us": [
                "I unsubscribed from your promo emails on {unsub_date} and I'm STILL getting them. Come on.",
                "Why am I still getting sales emails? I opted out on {unsub_date}.",
            ],
            "jp": [
                "I am sorry to trouble you, but I unsubscribed from marketing emails on {unsub_date}, and they still "
                "continue to arrive.",
                "Excuse me, although I unsubscribed on {unsub_date}, I am still receiving advertising emails. Could "
                "you check?",
            ],
            "de": [
                "I withdrew my consent to marketing emails on {unsub_date}. I continue to receive them. I request that "
                "this stops.",
                "Advertising emails still arrive although I unsubscribed on {unsub_date}. Explain this.",
            ],
        },
        issue="the marketing emails after you unsubscribed",
        answer=[
            Fact(
                "an unsubscribe takes up to {unsub_days} days, so emails stop by {unsub_effective} for your request "
                "of {unsub_date}"
            ),
            Step("use the Unsubscribe link at the bottom of the newest email if any arrives after {unsub_effective}"),
            Fact("order and security emails continue because they belong to your orders and account"),
        ],
        checked=("unsub_date", "unsub_effective"),
        constraint=Constraint(
            said={
                "us": "And I don't have an account, I just checked out as a guest.",
                "jp": "I should add that I do not have an account; I ordered as a guest.",
                "de": "I do not have a customer account; I ordered as a guest.",
            },
            replaces=1,
            violation=Step("switch Marketing emails to Off under Account > Privacy > Communications"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Also how do I stop the promo texts?"],
                "jp": ["May I also ask how to stop the advertising text messages?"],
                "de": ["How are marketing text messages stopped as well?"],
            },
            answer=[Step("reply STOP to any marketing text, which ends all marketing texts")],
        ),
    ),
    Situation(
        id="privacy_data/sell_data_question",
        ask={
            "us": [
                "Straight up: do you sell my data to advertisers?",
                "Does Lumora sell or share my shopping info with ad companies?",
            ],
            "jp": [
                "Excuse me, may I ask whether my personal information is sold or given to advertising companies?",
                "I am a little concerned about my data. Could you kindly tell me whether Lumora shares it with "
                "advertisers?",
            ],
            "de": [
                "State whether Lumora sells my personal data to advertisers or passes it on.",
                "To whom is my personal data transferred, and is it sold?",
            ],
        },
        issue="how your personal data is shared",
        answer=[
            Fact("we do not sell your personal data"),
            Fact(
                "we share order and address details only with the carriers and payment providers that complete your "
                "orders"
            ),
            Step(
                "switch off Personalised ads under Account > Privacy > Ads to stop ad partners from using your "
                "browsing data"
            ),
        ],
        followup=FollowUp(
            ask={
                "us": ["If I turn that off, do my prices change?"],
                "jp": ["Also, would switching it off change the prices or offers I see?"],
                "de": ["Do prices or offers change when this setting is disabled?"],
            },
            answer=[Fact("prices and offers stay the same with personalised ads switched off")],
        ),
        invented=Fact("personalised ads can only be switched off by calling us"),
    ),
    Situation(
        id="privacy_data/voice_recordings",
        ask={
            "us": [
                "How do I delete everything my {speaker} has recorded? And have it auto-delete after "
                "{autodelete_months} months?",
                "Want my {speaker} voice history wiped, and set to clear itself every {autodelete_months} months. How?",
            ],
            "jp": [
                "Excuse me, I would like to delete the voice recordings of my {speaker}, and have them deleted "
                "automatically after {autodelete_months} months.",
                "I am a little uneasy about my {speaker} recordings. Could you kindly tell me how to erase them and "
                "set automatic deletion after {autodelete_months} months?",
            ],
            "de": [
                "All voice recordings of my {speaker} are to be deleted, with automatic deletion after "
                "{autodelete_months} months. State the procedure.",
                "How are the stored recordings of the {speaker} erased, and how is auto-delete set to "
                "{autodelete_months} months?",
            ],
        },
        issue="the voice recordings of your {speaker}",
        answer=[
            Step("open the {app} and go to Devices > {speaker} > Privacy > Voice history, then select Delete all"),
            Step("set Auto-delete on the same screen to {autodelete_months} months"),
            Fact("the mute button cuts off the microphone of the {speaker}, and the light turns red while it is off"),
        ],
        checked=("autodelete_months",),
        constraint=Constraint(
            said={
                "us": "I don't want to lose all my speaker settings and routines though.",
                "jp": "I would prefer not to lose my speaker settings and routines, if possible.",
                "de": "The settings and routines of the speaker must be kept.",
            },
            replaces=0,
            violation=Step("factory reset the {speaker} to erase all recordings"),
        ),
        unsafe=Step("turn off automatic updates on the {speaker} so that recordings stay on the device only"),
    ),
    Situation(
        id="privacy_data/support_call_recording",
        ask={
            "us": [
                "Can I get the recording of my support call from {call_date}? And then have you delete it?",
                "You recorded my call with support on {call_date}. I want a copy, then I want it gone.",
            ],
            "jp": [
                "Excuse me, may I receive a copy of the recording of my support call on {call_date}, and then have it "
                "deleted?",
                "I am sorry to trouble you, but I would like the recording of my call of {call_date} and would then "
                "prefer it to be erased.",
            ],
            "de": [
                "I request a copy of the recording of my support call of {call_date} and its subsequent deletion.",
                "State how I obtain the recording of my call with support on {call_date} and how it is deleted.",
            ],
        },
        issue="the recording of your call on {call_date}",
        answer=[
            Fact(
                "support calls are kept for {recording_days} days, so the call from {call_date} is stored until "
                "{recording_end}"
            ),
            Step("request it under Account > Privacy > Data requests > Call recording, and tick Delete after download"),
            Fact("we delete it right after your download, unless it belongs to an open complaint"),
        ],
        checked=("call_date", "recording_end"),
        followup=FollowUp(
            ask={
                "us": ["Are my chats saved too?"],
                "jp": ["May I also ask whether chat conversations are stored as well?"],
                "de": ["Are chat transcripts stored as well?"],
            },
            answer=[Fact("chat transcripts are kept for {recording_days} days as well and are part of your data copy")],
        ),
        unsafe=Step(
            "email your account password to {privacy_email} so we can send the recording straight to your inbox"
        ),
        invented=Fact("call recordings are never released to customers"),
    ),
    Situation(
        id="privacy_data/clip_deleted",
        trouble=True,
        ask={
            "us": [
                "I need the clip my {camera} recorded on {clip_date} and it's gone. Where'd it go?",
                "Can't find my {camera} recording from {clip_date}. Did you delete it?",
            ],
            "jp": [
                "I am sorry to trouble you, but the recording from my {camera} on {clip_date} is no longer in the "
                "history. Could it be recovered?",
                "Excuse me, I was looking for a {camera} clip from {clip_date}, but I cannot find it anywhere.",
            ],
            "de": [
                "The recording of my {camera} from {clip_date} is missing. State why and whether it can be restored.",
                "A clip from {clip_date} recorded by the {camera} is no longer available. Explain.",
            ],
        },
        issue="the missing recording from {clip_date}",
        answer=[
            Fact(
                "clips are kept for {clip_days} days, so the clip from {clip_date} was deleted on {clip_deleted_date}"
            ),
            Fact("deleted clips cannot be restored, by us or by anyone else"),
            Step("save clips you want to keep under Devices > {camera} > History > Download before they expire"),
        ],
        checked=("clip_date", "clip_days", "clip_deleted_date"),
        constraint=Constraint(
            said={
                "us": "I don't have a computer btw, just my phone.",
                "jp": "I should mention that I do not own a computer, only a smartphone.",
                "de": "I do not own a computer; only a smartphone is available.",
            },
            replaces=2,
            violation=Step("sign in at lumora.com on a computer and download clips from the camera history there"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I get longer storage?"],
                "jp": ["May I also ask whether a longer storage period is available?"],
                "de": ["Is a longer retention period available?"],
            },
            answer=[Fact("the Plus cloud plan keeps clips for 180 days")],
        ),
        invented=Fact("clips are only stored for 24 hours"),
    ),
    Situation(
        id="privacy_data/police_footage_request",
        ask={
            "us": [
                "Police asked for my {camera} footage from {clip_date}. Will you just hand it over to them?",
                "Cops want the {camera} video from {clip_date}. Do you give it to them or do I?",
            ],
            "jp": [
                "Excuse me, the police asked me for the {camera} recording from {clip_date}. Would Lumora provide it "
                "to them directly?",
                "I am sorry to ask, but the police would like my {camera} footage of {clip_date}. How should this be "
                "handled?",
            ],
            "de": [
                "The police have requested the {camera} recording of {clip_date}. State whether Lumora releases it and "
                "how I can provide it.",
                "Does Lumora pass my {camera} footage from {clip_date} to the police, or must I do this?",
            ],
        },
        issue="the police request for your {camera} footage",
        answer=[
            Fact(
                "we release recordings to the police only with a court order, and we tell you unless the law forbids it"
            ),
            Step(
                "share the clip yourself under Devices > {camera} > History, select the clip and choose Share > Export"
            ),
            Fact("the clip from {clip_date} stays in your history until {clip_deleted_date}, so export it before then"),
        ],
        checked=("clip_date", "clip_deleted_date"),
        unsafe=Step("give the officer your account password so they can download the footage themselves"),
    ),
    Situation(
        id="privacy_data/correct_birth_date",
        ask={
            "us": [
                "My birthday's wrong on my account and it won't let me edit it. How do I fix that?",
                "Account has the wrong date of birth and the field's grayed out. Help?",
            ],
            "jp": [
                "Excuse me, my date of birth in my account is incorrect, and I cannot change it myself. Could you "
                "kindly help?",
                "I am sorry to trouble you, but my registered birth date is wrong. How may I have it corrected?",
            ],
            "de": [
                "The date of birth stored in my account is incorrect and cannot be edited. I request correction.",
                "My account shows a wrong date of birth. State the procedure for correcting it.",
            ],
        },
        issue="correcting your date of birth",
        answer=[
            Fact("the date of birth is locked after the first purchase with age check, so only we can change it"),
            Step(
                "send the correct date to {privacy_email} from your account email, or call us at {support_phone} "
                "({support_hours})"
            ),
            Fact("we correct it within {fix_days} days and confirm by email"),
        ],
        checked=("fix_days",),
        constraint=Constraint(
            said={
                "us": "I'd rather not deal with email for this, I barely use it.",
                "jp": "I am afraid I rarely use email, so another way would be appreciated.",
                "de": "I do not use email for such matters.",
            },
            replaces=1,
            violation=Step("send a correction request with the right date to {privacy_email}"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Can I at least change my name and address myself?"],
                "jp": ["Also, may I change my name and address myself?"],
                "de": ["Can name and address be changed by me directly?"],
            },
            answer=[Step("change your name and address yourself under Account > Profile > Personal details")],
        ),
    ),
    Situation(
        id="privacy_data/guest_order_data",
        ask={
            "us": [
                "I bought something as a guest, order {order}. Can you delete my info? I never made an account.",
                "Guest checkout, order {order}. I want my personal info wiped from your system.",
            ],
            "jp": [
                "Excuse me, I ordered as a guest with order {order}. Would it be possible to delete my personal "
                "information?",
                "I am sorry to trouble you, but I would like my data from guest order {order} to be deleted.",
            ],
            "de": [
                "I placed order {order} as a guest. I request erasure of my personal data.",
                "For guest order {order}, state how my personal data is deleted.",
            ],
        },
        issue="deleting the data from guest order {order}",
        answer=[
            Step("send the request to {privacy_email} from the email address you used for order {order}"),
            Fact(
                "we confirm by email and erase the guest data within {erase_days} days, and no card details are needed"
            ),
            Fact("the invoice for order {order} is kept for {tax_years} years because tax law requires it"),
        ],
        checked=("erase_days", "tax_years"),
        unsafe=Step("attach a photo of your credit card to the email to prove that order {order} is yours"),
        invented=Fact("data from guest orders cannot be deleted without creating an account"),
    ),
    Situation(
        id="privacy_data/breach_notice",
        ask={
            "us": [
                "Got an email about a data incident at Lumora on {incident_date}. Is it real and what do I do?",
                "You had a breach on {incident_date}?? Was my stuff taken?",
            ],
            "jp": [
                "I am sorry to trouble you, but I received a notice about a data incident on {incident_date}. Is it "
                "genuine, and what should I do?",
                "Excuse me, I read that there was a security incident on {incident_date}. Was my information affected?",
            ],
            "de": [
                "I received a notification about a data incident on {incident_date}. State which data was affected and "
                "what I must do.",
                "Is the notice of a security incident dated {incident_date} authentic, and what measures are required?",
            ],
        },
        issue="the data incident of {incident_date}",
        answer=[
            Fact(
                "the incident on {incident_date} exposed names, email addresses and order histories, and no passwords "
                "or card numbers"
            ),
            Step("read the notice at lumora.com/security, which needs no sign-in, instead of using links in emails"),
            Step("turn on two-step verification under Account > Security for extra protection"),
        ],
        checked=("incident_date",),
        constraint=Constraint(
            said={
                "us": "I haven't used my account in years and no clue what the password is.",
                "jp": "I must confess that I have not used my account for years and do not remember the password.",
                "de": "I have not used the account for years and do not know the password.",
            },
            replaces=1,
            violation=Step("sign in to the {app} and read the notice under Account > Messages"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Should I cancel my credit card?"],
                "jp": ["May I also ask whether I should cancel my credit card?"],
                "de": ["Must my credit card be blocked?"],
            },
            answer=[Fact("card numbers were not exposed, so your card stays safe to use")],
        ),
        unsafe=Step("reply to the notice with your card number so we can check whether it was affected"),
    ),
    Situation(
        id="privacy_data/health_data_watch",
        ask={
            "us": [
                "Who can see the heart rate and sleep data from my {watch}? Does my insurance get it?",
                "Is my {watch} health data shared with anyone? Kinda paranoid about it.",
            ],
            "jp": [
                "Excuse me, I am a little worried. Could you kindly tell me who can see the health data from my "
                "{watch}?",
                "May I ask whether the heart rate data of my {watch} is shared with insurance companies or others?",
            ],
            "de": [
                "State who has access to the health data recorded by my {watch}.",
                "Is health data from the {watch} passed on to insurers or other third parties?",
            ],
        },
        issue="the health data of your {watch}",
        answer=[
            Fact("health data from the {watch} is encrypted and linked only to your account"),
            Fact("we do not share health data with insurers, employers or advertisers"),
            Step("switch off Cloud backup under Devices > {watch} > Health data to keep it only on your phone"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Can I wipe the old data too?"],
                "jp": ["Also, would it be possible to delete the data already stored?"],
                "de": ["Can previously stored health data be deleted?"],
            },
            answer=[Step("select Delete health history on the same screen to erase the stored data")],
        ),
        invented=Fact("health data can only be deleted by returning the {watch}"),
    ),
    Situation(
        id="privacy_data/app_location_permission",
        ask={
            "us": [
                "Why does the {app} keep asking for my location? Do I have to allow it?",
                "Does the {app} need location access or can I say no?",
            ],
            "jp": [
                "Excuse me, the {app} asks for my location. May I ask why, and whether I need to allow it?",
                "I am a little concerned that the {app} requests location access. Could I refuse it?",
            ],
            "de": [
                "The {app} requests location access. State the purpose and whether it is required.",
                "For what purpose does the {app} use my location, and can access be denied?",
            ],
        },
        issue="location access for the {app}",
        answer=[
            Fact("the {app} uses location only to find nearby stores and to show delivery tracking on a map"),
            Step("set Location to While using the app or Never in your phone settings for the {app}"),
            Fact("orders, tracking and support all work without location access"),
        ],
        followup=FollowUp(
            ask={
                "us": ["And can I delete whatever location data you already have?"],
                "jp": ["May I also ask how to delete location data that was already stored?"],
                "de": ["How is stored location data deleted?"],
            },
            answer=[Step("select Delete location history under Account > Privacy in the {app}")],
        ),
        invented=Fact("the {app} cannot place orders without location access"),
    ),
    Situation(
        id="privacy_data/staff_camera_access",
        ask={
            "us": [
                "Can anyone at Lumora watch my {camera} feed or clips? Creeps me out a bit.",
                "Real question: do your employees have access to what my {camera} records?",
            ],
            "jp": [
                "Excuse me, may I ask whether Lumora staff are able to view the video from my {camera}?",
                "I am a little uneasy about this, but could anyone at Lumora see the recordings of my {camera}?",
            ],
            "de": [
                "State whether Lumora employees can access the live image or the recordings of my {camera}.",
                "Who at Lumora has access to the video data of the {camera}?",
            ],
        },
        issue="who can see the video from your {camera}",
        answer=[
            Fact("our staff cannot open the live view or the clips of your {camera}"),
            Fact(
                "support sees a clip only when you attach it to a support case yourself, and that access ends when "
                "the case closes"
            ),
            Step(
                "turn on End-to-end encryption under Devices > {camera} > Privacy so clips can be opened only on your "
                "own phones"
            ),
        ],
        followup=FollowUp(
            ask={
                "us": ["Does encryption break anything?"],
                "jp": ["May I also ask whether turning on encryption changes any functions?"],
                "de": ["Which functions are restricted when encryption is enabled?"],
            },
            answer=[
                Fact(
                    "with end-to-end encryption on, clips cannot be viewed at lumora.com, only in the {app} on "
                    "your phones"
                )
            ],
        ),
        unsafe=Step("share your account password with support so an agent can check the camera settings for you"),
        invented=Fact("end-to-end encryption is only available for cameras bought in the last 12 months"),
    ),
    Situation(
        id="privacy_data/cookie_choice",
        ask={
            "us": [
                "Clicked accept all cookies on your site by accident. How do I undo that?",
                "How do I turn off tracking cookies on lumora.com? Hit accept without thinking.",
            ],
            "jp": [
                "Excuse me, I accidentally accepted all cookies on the Lumora website. Could you kindly tell me how to "
                "change this?",
                "I am sorry to trouble you, but I would like to withdraw my cookie consent on the website. How may I "
                "do so?",
            ],
            "de": [
                "I accepted all cookies on lumora.com by mistake. State how the consent is withdrawn.",
                "How is cookie consent on the Lumora website changed afterwards?",
            ],
        },
        issue="changing your cookie choices",
        answer=[
            Step("select Cookie settings at the bottom of any page on lumora.com"),
            Step("switch off Analytics and Marketing and select Save"),
            Fact("the change applies at once, for that browser only"),
        ],
        followup=FollowUp(
            ask={
                "us": ["Do I have to do it on my phone too?"],
                "jp": ["Also, would I need to do the same on my smartphone?"],
                "de": ["Must this be repeated on my smartphone?"],
            },
            answer=[Fact("each browser and device keeps its own cookie choice, so repeat it on your phone")],
        ),
        invented=Fact("cookie choices can only be changed once every 6 months"),
    ),
]
