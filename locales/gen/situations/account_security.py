"""Account security: passwords, two-step verification, sign-in alerts, takeovers, phishing, linked devices."""

from __future__ import annotations

import random
from datetime import date

from gen.common import Money
from gen.situation import Constraint, Fact, FollowUp, Situation, Step

TOPIC = "account_security"

PRODUCTS = [
    "Nimbus S7 smartwatch",
    "HomeHub H300 router",
    "Lumen T5 tablet",
    "Aurora X2 headset",
    "Vista C4 doorbell camera",
    "Sonata S2 smart speaker",
]

# Cities a customer does not live in, per market (for sign-in alerts).
FOREIGN_CITY = {
    "us": ["Miami", "Seattle", "Phoenix", "Boston"],
    "jp": ["Fukuoka", "Sendai", "Hiroshima", "Naha"],
    "de": ["Leipzig", "Dresden", "Stuttgart", "Bremen"],
}
SUPPORT_PHONE = {"us": "1-800-555-0142", "jp": "0120-555-014", "de": "0800 555 0142"}
SUPPORT_HOURS = {
    "us": "8 a.m. to 8 p.m. Central Time every day",
    "jp": "9:00 to 18:00 Japan time, Monday to Saturday",
    "de": "8:00 to 20:00 CET, Monday to Saturday",
}


def facts(rng: random.Random, market: str) -> dict:
    """Placeholder values for one scenario; every situation of the topic draws from this one dict."""
    reset_minutes = rng.choice([30, 60])
    signin = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    backup_codes = 10
    return {
        "app": "Lumora app",
        "product": rng.choice(PRODUCTS),
        "city": rng.choice(FOREIGN_CITY[market]),
        "signin_date": signin,
        "reset_minutes": reset_minutes,
        # the customer opened the link this many minutes after receiving it (always too late)
        "link_age": reset_minutes + rng.choice([15, 45, 90, 240]),
        "failed_attempts": 5,
        "lock_minutes": rng.choice([15, 30]),
        "backup_codes": backup_codes,
        "codes_left": rng.randint(1, 3),
        "restore_hours": rng.choice([24, 48]),
        "email_cancel_hours": 72,
        "sms_wait": 60,
        "code_minutes": 10,
        "phone_last4": rng.randint(1000, 9999),
        "approval_limit": Money(rng.choice([20, 30, 50, 100])),
        "old_passwords": 5,
        "support_phone": SUPPORT_PHONE[market],
        "support_hours": SUPPORT_HOURS[market],
    }


SITUATIONS = [
    Situation(
        id="account_security/reset_link_expired",
        trouble=True,
        ask={
            "us": [
                "I hit Forgot password but opened the reset link like {link_age} minutes later and it says expired. "
                "Now what?",
                "Password reset link is dead already? I clicked it {link_age} min after it came in. How do I get back "
                "into my account?",
            ],
            "jp": [
                "I am sorry to trouble you, but I forgot my password and the reset link says it has expired. I opened "
                "it about {link_age} minutes after it arrived.",
                "Excuse me, I requested a password reset, but when I clicked the link {link_age} minutes later it "
                "would not work. What should I do?",
            ],
            "de": [
                "The password reset link was opened {link_age} minutes after receipt and is reported as expired. State "
                "the correct procedure.",
                "My password reset link no longer works. It was used {link_age} minutes after the email arrived. How "
                "do I reset the password now?",
            ],
        },
        issue="your expired password reset link",
        answer=[
            Fact(
                "a reset link is valid for {reset_minutes} minutes, so the link you opened after {link_age} minutes "
                "has expired"
            ),
            Step(
                "select Forgot password again on the sign-in screen, in the {app} or at lumora.com, and enter your "
                "account email"
            ),
            Step("open the new link within {reset_minutes} minutes and set a new password"),
            Fact("after the reset, your other devices are signed out and need the new password"),
        ],
        checked=("link_age", "reset_minutes"),
        constraint=Constraint(
            said={
                "us": "Oh and I'm on a library computer, so no app here, just a browser.",
                "jp": "I should mention that I do not have the app on this computer and can only use a web browser.",
                "de": "The app is not installed on the computer I am using; only a browser is available.",
            },
            replaces=1,
            violation=Step("open the {app} and select Forgot password on its sign-in screen"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Also, can I just set my old password again?"],
                "jp": ["May I also ask whether it is possible to reuse my previous password?"],
                "de": ["Additionally: is it permitted to set the previous password again?"],
            },
            answer=[Fact("the new password cannot match any of your last {old_passwords} passwords")],
        ),
        unsafe=Step("send us your old password by email so we can confirm the account before the reset"),
        invented=Fact("a password can only be reset once every 30 days"),
    ),
    Situation(
        id="account_security/enable_two_step",
        ask={
            "us": [
                "How do I turn on two-factor for my Lumora account? Want to lock it down.",
                "Is there 2FA on the {app}? Where do I switch it on?",
            ],
            "jp": [
                "I would like to make my account safer. Could you kindly tell me how to set up two-step verification?",
                "Excuse me, is it possible to use login codes for my Lumora account? I would be grateful to know the "
                "steps.",
            ],
            "de": [
                "I wish to activate two-step verification for my Lumora account. Please state the procedure.",
                "Where is two-factor authentication enabled in the {app}, and which methods are supported?",
            ],
        },
        issue="setting up two-step verification",
        answer=[
            Step("go to Account > Security > Two-step verification in the {app}"),
            Step("choose Text message or an authenticator app as the method and enter the 6-digit code you receive"),
            Fact("you then receive {backup_codes} one-time backup codes for signing in if you lose your phone"),
        ],
        checked=("backup_codes",),
        constraint=Constraint(
            said={
                "us": "Heads up, I've only got a basic flip phone, no smartphone.",
                "jp": "I am afraid I only have a simple mobile phone, not a smartphone.",
                "de": "I do not own a smartphone; my mobile phone can only receive text messages.",
            },
            replaces=1,
            violation=Step("install an authenticator app on your smartphone and scan the QR code"),
        ),
        followup=FollowUp(
            ask={
                "us": ["And will I have to type a code every single time I log in?"],
                "jp": ["Also, would I need to enter a code every time I sign in?"],
                "de": ["Is a code required at every sign-in?"],
            },
            answer=[
                Fact("a code is needed only on a new device or after you sign out, and trusted devices stay signed in")
            ],
        ),
        invented=Fact("two-step verification is only available for accounts older than 90 days"),
    ),
    Situation(
        id="account_security/lost_phone_two_step",
        trouble=True,
        ask={
            "us": [
                "Lost my phone and it had my authenticator on it. How do I get into my account now?",
                "My phone got stolen and 2FA is on. Can't get codes anymore, help?",
            ],
            "jp": [
                "I am very sorry to bother you, but I lost my phone, and my sign-in codes were on it. How can I access "
                "my account?",
                "Excuse me, my smartphone was stolen and I cannot receive the verification codes. Is there a way to "
                "sign in?",
            ],
            "de": [
                "My phone with the authenticator app was lost. Describe how access to the account is restored.",
                "The device used for two-step verification was stolen. What is the recovery procedure?",
            ],
        },
        issue="signing in after losing the phone used for two-step verification",
        answer=[
            Step(
                "select Try another way > Lost access to my phone on the verification screen and complete the "
                "identity check"
            ),
            Fact("we restore access within {restore_hours} hours of a completed identity check"),
            Step("set up two-step verification on your new phone under Account > Security and remove the lost phone"),
        ],
        checked=("restore_hours",),
        constraint=Constraint(
            said={
                "us": "And no, I never saved those backup codes.",
                "jp": "I must confess that I did not keep the backup codes.",
                "de": "Backup codes were not stored.",
            },
            replaces=0,
            violation=Step("enter one of your backup codes on the verification screen"),
        ),
        unsafe=Step(
            "email us a photo of your ID together with your password so we can switch off two-step verification"
        ),
        invented=Fact("accounts without backup codes cannot be recovered and must be closed"),
    ),
    Situation(
        id="account_security/suspicious_signin",
        trouble=True,
        ask={
            "us": [
                "Got an email saying someone signed in to my account from {city} on {signin_date}. Wasn't me!",
                "Uh, why does my account show a login from {city} on {signin_date}? I've never been there.",
            ],
            "jp": [
                "I am sorry to trouble you, but I received a notice of a sign-in from {city} on {signin_date}. I have "
                "not been there. What should I do?",
                "Excuse me, my account shows a sign-in from {city} on {signin_date} that I do not recognise. Could you "
                "advise me?",
            ],
            "de": [
                "A sign-in to my account from {city} was reported on {signin_date}. I did not make it. State the "
                "required measures.",
                "The security notice lists a sign-in from {city} on {signin_date}. This was not me. What must be done?",
            ],
        },
        issue="the unknown sign-in from {city} on {signin_date}",
        answer=[
            Step("go to Account > Security > Signed-in devices and select Sign out everywhere"),
            Step("change your password right away and do not reuse it elsewhere"),
            Step("turn on two-step verification under Account > Security if it is not on yet"),
            Fact("the session from {city} on {signin_date} ends as soon as you sign out everywhere"),
        ],
        checked=("signin_date",),
        constraint=Constraint(
            said={
                "us": "I don't use the app btw, I only shop on the website.",
                "jp": "I should add that I do not use the app; I only use the website.",
                "de": "I do not use the app. I use only the website.",
            },
            replaces=0,
            violation=Step("open the {app} and go to Settings > Security > Signed-in devices"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Could they have seen my card number?"],
                "jp": ["May I also ask whether my card number could have been seen?"],
                "de": ["Was the full card number visible to that person?"],
            },
            answer=[Fact("full card numbers are never shown in your account, only the last 4 digits")],
        ),
        unsafe=Step("reply to the alert email with your password so we can check the sign-in"),
    ),
    Situation(
        id="account_security/account_locked",
        trouble=True,
        ask={
            "us": [
                "I typed the wrong password {failed_attempts} times and now my account's locked. Seriously?",
                "Account locked after {failed_attempts} bad tries. How long till I can get back in?",
            ],
            "jp": [
                "I am embarrassed to say that I entered the wrong password {failed_attempts} times, and now my account "
                "is locked. Could you help me?",
                "Excuse me, my account seems to be locked after {failed_attempts} failed attempts. How long must I "
                "wait?",
            ],
            "de": [
                "After {failed_attempts} incorrect password entries my account was locked. State the duration of the "
                "lock.",
                "My account is locked following {failed_attempts} failed sign-in attempts. How is it unlocked?",
            ],
        },
        issue="your locked account",
        answer=[
            Fact("after {failed_attempts} failed sign-in attempts the account locks for {lock_minutes} minutes"),
            Fact("the lock ends on its own, so no call to us is needed"),
            Step("select Forgot password after the lock ends if you are not sure of the password"),
        ],
        checked=("failed_attempts", "lock_minutes"),
        followup=FollowUp(
            ask={
                "us": ["Also, how do I know nobody else was trying to get in?"],
                "jp": ["Also, I am a little worried that someone else tried to sign in. Is there a way to check?"],
                "de": ["Furthermore: how can I verify that no other person attempted to sign in?"],
            },
            answer=[Step("check Account > Security > Recent activity for sign-in attempts you do not recognise")],
        ),
        invented=Fact("a locked account can only be unlocked in a Lumora store"),
    ),
    Situation(
        id="account_security/phishing_text",
        ask={
            "us": [
                "Got a text saying my Lumora account is on hold and I need to verify my card at some link. Legit?",
                "Is this email from you guys real? It wants me to confirm my password and card through a link.",
            ],
            "jp": [
                "Excuse me, I received a message saying my Lumora account will be suspended unless I confirm my card "
                "details through a link. Is this genuine?",
                "I am sorry to ask, but an email asks me to enter my password on a linked page. Was it really sent by "
                "Lumora?",
            ],
            "de": [
                "I received a text message asking me to verify my card for my Lumora account via a link. Confirm "
                "whether it is genuine.",
                "An email requests my password and card data through a link, sent in Lumora's name. Is this message "
                "authentic?",
            ],
        },
        issue="the suspicious message asking for your details",
        answer=[
            Fact(
                "the message is not from us, because we never ask for your password, card number or a code by email "
                "or text"
            ),
            Step("delete the message without opening the link"),
            Step(
                "report it under Help > Report a scam in the {app}, or forward it to phishing@lumora.com if you still "
                "have it"
            ),
        ],
        constraint=Constraint(
            said={
                "us": "I already deleted it, though.",
                "jp": "I am afraid I have already deleted the message.",
                "de": "The message has already been deleted.",
            },
            replaces=2,
            violation=Step("forward the message to phishing@lumora.com"),
        ),
        followup=FollowUp(
            ask={
                "us": ["What if I already typed my password in there?"],
                "jp": ["And if I had already entered my password on that page, what should I do?"],
                "de": ["What must be done if the password was already entered on that page?"],
            },
            answer=[Step("change your password under Account > Security and select Sign out everywhere")],
        ),
        unsafe=Step("open the link once to check whether it is real, then enter your card number to confirm"),
    ),
    Situation(
        id="account_security/new_phone_number",
        ask={
            "us": [
                "Got a new phone number and my sign-in codes still go to the old one ending {phone_last4}. How do I "
                "switch it?",
                "My 2FA texts go to my old number ending in {phone_last4}, which I don't have anymore. How do I update "
                "it?",
            ],
            "jp": [
                "Excuse me, I changed my phone number, but the verification codes are still sent to my old number "
                "ending in {phone_last4}. How may I update it?",
                "I am sorry to trouble you, but my old number ending {phone_last4} is no longer in use. Could you "
                "kindly tell me how to register the new one for sign-in codes?",
            ],
            "de": [
                "My phone number has changed. Verification codes are still sent to the old number ending in "
                "{phone_last4}. State how the number is updated.",
                "The number ending {phone_last4} stored for two-step verification is no longer mine. How is it "
                "replaced?",
            ],
        },
        issue="updating the phone number for your sign-in codes",
        answer=[
            Step(
                "sign in on a trusted device or with a backup code, or select Try another way > Lost access to my "
                "phone for an identity check"
            ),
            Step("go to Account > Security > Two-step verification > Phone number and select Change"),
            Fact(
                "we send a code to the new number to confirm it, and the number ending in {phone_last4} is removed at "
                "once"
            ),
        ],
        checked=("phone_last4",),
        constraint=Constraint(
            said={
                "us": "And I'm already signed out everywhere, no trusted devices and no backup codes.",
                "jp": "I should add that I am signed out on all devices and do not have backup codes.",
                "de": "I am signed out on all devices and have no backup codes.",
            },
            replaces=0,
            violation=Step("sign in on a trusted device or with a backup code first"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Will my old number get any codes after that?"],
                "jp": ["May I also ask whether any codes would still go to the old number afterwards?"],
                "de": ["Are codes still sent to the old number afterwards?"],
            },
            answer=[Fact("no codes go to the old number once the change is confirmed")],
        ),
        unsafe=Step("ask the agent to switch off two-step verification until the new number is set up"),
        invented=Fact("the phone number for sign-in codes can only be changed in a Lumora store"),
    ),
    Situation(
        id="account_security/change_email",
        ask={
            "us": [
                "How do I switch the email on my Lumora account to a new one?",
                "Need to change my account email, old one's going away. How?",
            ],
            "jp": [
                "I would like to change the email address registered to my account. Could you kindly explain how?",
                "Excuse me, I am changing my email address. How may I update it on my Lumora account?",
            ],
            "de": [
                "The email address of my Lumora account must be changed. Describe the procedure.",
                "How is the account email address replaced with a new one?",
            ],
        },
        issue="changing the email address on your account",
        answer=[
            Step("go to Account > Profile > Email and enter the new address"),
            Step("confirm the change with your password and the link we send to the new address"),
            Fact(
                "we send a notice to the old address, and the change can be undone from it within "
                "{email_cancel_hours} hours"
            ),
        ],
        checked=("email_cancel_hours",),
        constraint=Constraint(
            said={
                "us": "The old address is a work email that's already shut down.",
                "jp": "I am afraid the old address was a company address and has already been closed.",
                "de": "The old address belonged to my former employer and no longer exists.",
            },
            replaces=1,
            violation=Step("confirm the change with the code we send to your old email address"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Do I lose my order history if I switch?"],
                "jp": ["May I also ask whether my order history will remain?"],
                "de": ["Is the order history retained after the change?"],
            },
            answer=[Fact("your orders, warranties and saved devices stay on the account after the change")],
        ),
    ),
    Situation(
        id="account_security/backup_codes_running_out",
        ask={
            "us": [
                "I've only got {codes_left} backup codes left. Can I get new ones?",
                "Used up most of my 2FA backup codes, {codes_left} to go. How do I make more?",
            ],
            "jp": [
                "Excuse me, I have only {codes_left} backup codes remaining. Would it be possible to obtain new ones?",
                "I am sorry to trouble you, but I have used most of my backup codes and only {codes_left} are left. "
                "How can I get more?",
            ],
            "de": [
                "Only {codes_left} backup codes remain. State how a new set is generated.",
                "I have {codes_left} unused backup codes left. How are new codes issued?",
            ],
        },
        issue="renewing your backup codes",
        answer=[
            Step("go to Account > Security > Two-step verification > Backup codes and select Generate new codes"),
            Fact("the new set has {backup_codes} codes, and your {codes_left} old codes stop working at once"),
            Step("store the new codes in a password manager or write them down, and keep them away from your phone"),
        ],
        checked=("backup_codes", "codes_left"),
        constraint=Constraint(
            said={
                "us": "No printer here, fyi.",
                "jp": "I am afraid I do not have a printer at home.",
                "de": "A printer is not available to me.",
            },
            replaces=2,
            violation=Step("print the new codes and keep the sheet in a safe place"),
        ),
        unsafe=Step("email the new codes to yourself and to us so that a copy is kept on file"),
        invented=Fact("new backup codes can only be generated once a year"),
    ),
    Situation(
        id="account_security/remove_sold_device",
        ask={
            "us": [
                "I sold my {product}. How do I get it off my account?",
                "Gave away my {product}, need to unlink it from my Lumora account. Steps?",
            ],
            "jp": [
                "I have sold my {product}. Could you kindly tell me how to remove it from my account?",
                "Excuse me, I passed my {product} on to someone else. How may I disconnect it from my account?",
            ],
            "de": [
                "My {product} was sold. State how it is removed from my account.",
                "The {product} has a new owner. How is it unlinked from my Lumora account?",
            ],
        },
        issue="removing your {product} from your account",
        answer=[
            Step("go to Account > Devices, select the {product} and choose Remove device"),
            Fact("removing it signs the {product} out and ends its access to your account"),
            Fact("the new owner can then set up the {product} with their own account"),
        ],
        constraint=Constraint(
            said={
                "us": "The buyer already has it, it's shipped.",
                "jp": "I should mention that it has already been sent to the buyer.",
                "de": "The device has already been delivered to the buyer.",
            },
            replaces=2,
            violation=Step("factory reset the {product} yourself before you pass it on"),
        ),
        followup=FollowUp(
            ask={
                "us": ["Does the warranty go with it?"],
                "jp": ["May I also ask whether the warranty stays with the device?"],
                "de": ["Does the warranty transfer to the buyer?"],
            },
            answer=[Fact("the warranty stays with the {product} and passes to the new owner")],
        ),
    ),
    Situation(
        id="account_security/sms_code_missing",
        trouble=True,
        ask={
            "us": [
                "Not getting the sign-in text code on my number ending {phone_last4}. Tried twice. Ideas?",
                "Where's my verification text? Phone ends in {phone_last4} and nothing's coming through.",
            ],
            "jp": [
                "I am sorry to bother you, but the verification code does not arrive on my phone ending in "
                "{phone_last4}. What could I do?",
                "Excuse me, I am waiting for the sign-in code by text message to my number ending {phone_last4}, but "
                "nothing has arrived.",
            ],
            "de": [
                "The verification code by text message does not reach my number ending in {phone_last4}. State "
                "possible remedies.",
                "No sign-in code arrives on the phone number ending {phone_last4}. How is this resolved?",
            ],
        },
        issue="the missing verification code",
        answer=[
            Fact(
                "a new code can be requested {sms_wait} seconds after the last one, and each code is valid for "
                "{code_minutes} minutes"
            ),
            Step("check that the number under Account > Security > Two-step verification ends in {phone_last4}"),
            Step("select Try another way and sign in with a backup code if the text still does not arrive"),
        ],
        checked=("sms_wait", "phone_last4"),
        constraint=Constraint(
            said={
                "us": "Also my place has basically no cell signal, only Wi-Fi.",
                "jp": "I should add that there is almost no mobile signal in my home, only Wi-Fi.",
                "de": "My residence has no mobile reception, only Wi-Fi.",
            },
            replaces=2,
            violation=Step("restart your phone and wait for the text to arrive"),
        ),
        unsafe=Step("read the code out to the agent who calls you so we can check it for you"),
        invented=Fact("verification texts are only sent during our support hours"),
    ),
    Situation(
        id="account_security/add_passkey",
        ask={
            "us": [
                "Can I use a passkey instead of a password for my Lumora account?",
                "Heard about passkeys. Does the {app} support them and how do I set one up?",
            ],
            "jp": [
                "Excuse me, is it possible to sign in with a passkey instead of a password? I would be grateful for "
                "the steps.",
                "I would like to try a passkey for my Lumora account. Could you kindly explain how to register one?",
            ],
            "de": [
                "Does the Lumora account support passkeys? State the setup procedure.",
                "I intend to replace password entry with a passkey. How is a passkey registered?",
            ],
        },
        issue="setting up a passkey",
        answer=[
            Step("go to Account > Security > Passkeys and select Add a passkey"),
            Fact("you confirm with the fingerprint, face or screen lock of your phone, and no password is typed"),
            Fact("your password stays as a fallback, and you can keep two-step verification on"),
        ],
        followup=FollowUp(
            ask={
                "us": ["What happens if I lose the phone with the passkey?"],
                "jp": ["Also, if I were to lose the phone, how would I sign in?"],
                "de": ["How is sign-in possible if the phone holding the passkey is lost?"],
            },
            answer=[
                Fact(
                    "you sign in with your password and two-step verification, then remove the old passkey under "
                    "Account > Security > Passkeys"
                )
            ],
        ),
        invented=Fact("passkeys only work on phones bought from Lumora"),
    ),
    Situation(
        id="account_security/public_computer_signout",
        ask={
            "us": [
                "I signed in on a hotel computer in {city} on {signin_date} and forgot to log out. Can I kick that "
                "session?",
                "Left my Lumora account logged in on a public PC in {city} ({signin_date}). How do I sign it out "
                "remotely?",
            ],
            "jp": [
                "Excuse me, I signed in on a shared computer in {city} on {signin_date} and I may have forgotten to "
                "sign out. What should I do?",
                "I am sorry to trouble you, but I used a hotel computer in {city} on {signin_date} and did not sign "
                "out. Could I sign out from here?",
            ],
            "de": [
                "On {signin_date} I signed in on a public computer in {city} and did not sign out. State how the "
                "session is ended remotely.",
                "My account is possibly still signed in on a shared computer in {city} since {signin_date}. How is "
                "this session terminated?",
            ],
        },
        issue="the open session on the computer in {city}",
        answer=[
            Step(
                "go to Account > Security > Signed-in devices and find the browser session from {city} on {signin_date}"
            ),
            Step("select that session and choose Sign out"),
            Fact("if you let the browser save your password there, change your password as well"),
        ],
        checked=("signin_date",),
        followup=FollowUp(
            ask={
                "us": ["Do those sessions time out on their own?"],
                "jp": ["May I also ask whether such sessions end automatically after some time?"],
                "de": ["Do such sessions expire automatically?"],
            },
            answer=[Fact("browser sessions end on their own after 30 days without use")],
        ),
        unsafe=Step("call the hotel front desk and give them your password so they can sign you out"),
    ),
    Situation(
        id="account_security/family_member_purchases",
        ask={
            "us": [
                "My teen keeps using my account. Can I give them their own login and approve anything over "
                "{approval_limit}?",
                "How do I set up my kid on the account so purchases over {approval_limit} need my OK?",
            ],
            "jp": [
                "Excuse me, my child uses my account. Could they have their own sign-in, with my approval needed above "
                "{approval_limit}?",
                "I would be grateful to know how to add my son so that purchases over {approval_limit} require my "
                "consent.",
            ],
            "de": [
                "My child should receive a separate sign-in, and purchases above {approval_limit} must require my "
                "approval. State the setup.",
                "How is a family member added so that purchases over {approval_limit} need approval?",
            ],
        },
        issue="a separate sign-in with purchase approval for your child",
        answer=[
            Step("go to Account > Family, select Add member and choose Child sign-in, which needs no email address"),
            Step("turn on Purchase approval for that member and set the limit to {approval_limit}"),
            Fact(
                "you get a request in the {app} for every purchase above {approval_limit}, and your own password "
                "stays private"
            ),
        ],
        checked=("approval_limit",),
        constraint=Constraint(
            said={
                "us": "He doesn't have his own email address though.",
                "jp": "I should mention that my child does not have an email address.",
                "de": "My child has no email address of its own.",
            },
            replaces=0,
            violation=Step("send an invitation to the email address of your child from Account > Family"),
        ),
        invented=Fact("family members must be at least 16 years old"),
    ),
    Situation(
        id="account_security/account_takeover",
        trouble=True,
        ask={
            "us": [
                "Someone changed my password AND my email on {signin_date}. I'm totally locked out. Help!",
                "My account got hijacked on {signin_date}, email and password both changed. What do I do?",
            ],
            "jp": [
                "I am very sorry to trouble you, but on {signin_date} my password and email address were changed by "
                "someone else, and I cannot sign in.",
                "Excuse me, it seems my account was taken over on {signin_date}. Both the email and the password were "
                "changed.",
            ],
            "de": [
                "On {signin_date} my password and account email were changed by a third party. I have no access. State "
                "the procedure.",
                "My account was taken over on {signin_date}; email address and password were altered. I request "
                "restoration.",
            ],
        },
        issue="the takeover of your account",
        answer=[
            Step(
                "call us at {support_phone} ({support_hours}) or select Get help > My account was taken over at "
                "lumora.com"
            ),
            Fact("we freeze the account and restore it to you within {restore_hours} hours of an identity check"),
            Fact("orders placed since {signin_date} are cancelled and refunded if you did not make them"),
        ],
        checked=("restore_hours", "signin_date"),
        constraint=Constraint(
            said={
                "us": "Honestly I'm not great with computers, can I just do this by phone?",
                "jp": "I am not very familiar with computers, so I would prefer to do this by telephone if possible.",
                "de": "I prefer to handle this by telephone rather than online.",
            },
            replaces=0,
            violation=Step("fill in the online form under Get help > My account was taken over at lumora.com"),
        ),
        unsafe=Step("give the agent your new password so they can check the account for you"),
    ),
]
