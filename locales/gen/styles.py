"""The style engine: a situation's neutral points rendered as a styled answer (us, jp, de, generic).

An ``Answer`` is a list of segments (opener, acknowledgment, points, follow-up, fillers, closer, padding) laid out
by its style. Every sentence outside the points is built from small parts (combinatorially, often with the
situation's ``issue``), so openers and closers rarely repeat. Template choices are drawn from generators seeded by
(seed, role) and points by (seed, point text): re-rendering a flawed variant with the same seed keeps every unchanged
sentence identical, so a flawed answer differs from the correct one only in substance.

Length levels: optional filler sentences (``n_fill`` 0-4) and the closer (``long`` / ``short`` / ``none``) are
chosen by the pair builder (``Answer.options``/``Answer.text``) to control lengths.

Styles:
- jp (en-JP): opens with gratitude about the issue, apologises sincerely for trouble, softens every step, humble and
  indirect, no contractions, no "!", no numbered steps, no sentence starting with a bare imperative verb, closes
  courteously.
- us (en-US): the answer in the first sentence, contractions, plain imperatives, short empathy, casual closer.
- de (en-DE): fact first, numbered steps ("1. Open ..."), formal, no small talk, no contractions, no "!".
- generic: a neutral chatbot ("Sure! Here's ...", "I hope this helps!"), only ever a rejected answer.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace

from gen.common import MARKET_CURRENCY, render
from gen.situation import Fact, Point, Step
from gen.world import rng

# ----------------------------------------------------------------------------------------------------- helpers


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def low(text: str) -> str:
    """Lower-case the first letter unless the first word looks like a name (two capitals, digits)."""
    first = text.split(" ", 1)[0].rstrip(",.:;")
    if first[:1].isupper() and first[1:].islower() and first.isalpha():
        return text[:1].lower() + text[1:]
    return text


def words(text: str) -> int:
    return len(text.split())


# Contractions the us style applies to content text (only where the contracted form is natural).
_US_CONTRACT = [
    (r"\bdo not\b", "don't"),
    (r"\bdoes not\b", "doesn't"),
    (r"\bdid not\b", "didn't"),
    (r"\bis not\b", "isn't"),
    (r"\bare not\b", "aren't"),
    (r"\bwas not\b", "wasn't"),
    (r"\bcannot\b", "can't"),
    (r"\bwill not\b", "won't"),
    (r"\bhave not\b", "haven't"),
    (r"\bhas not\b", "hasn't"),
    (r"\bshould not\b", "shouldn't"),
    (r"\bit is (?=[a-z])", "it's "),
    (r"\bthat is (?=[a-z])", "that's "),
    (r"\bthere is (?=[a-z])", "there's "),
    (r"\byou are (?=[a-z])", "you're "),
    (r"\bwe are (?=[a-z])", "we're "),
    (r"\bthey are (?=[a-z])", "they're "),
    (r"\byou will (?=[a-z])", "you'll "),
    (r"\bwe will (?=[a-z])", "we'll "),
    (
        r"\bwe have (?=(already|been|sent|received|issued|refunded|reversed|updated|shipped|added|made|taken|"
        r"booked|cancelled|canceled|approved|processed|credited|extended|found|fixed|reset|logged|noted)\b)",
        "we've ",
    ),
    (r"\byou have (?=(already|been|received|made|paid|returned|sent)\b)", "you've "),
]

# Contractions a jp "slip" may introduce (one occurrence) and words whose expansion they come from.
SLIP_CONTRACT = _US_CONTRACT + [
    (r"\bwe would (?=[a-z])", "we'd "),
    (r"\byou would (?=[a-z])", "you'd "),
    (r"\bit would (?=[a-z])", "it'd "),
    (r"\bwe have (?=[a-z])", "we've "),
    (r"\bI am\b", "I'm"),
    (r"\bwould not\b", "wouldn't"),
    (r"\bit will (?=[a-z])", "it'll "),
    (r"\bthat will (?=[a-z])", "that'll "),
]


def _match_case(src: str, repl: str) -> str:
    return cap(repl) if src[:1].isupper() else repl


def contract(text: str) -> str:
    for pattern, repl in _US_CONTRACT:
        text = re.sub(pattern, lambda m, r=repl: _match_case(m.group(0), r), text, flags=re.I)
    return text


def contraction_sites(text: str) -> list[tuple[int, int, str]]:
    """(start, end, contracted form) for every place where a contraction could be introduced."""
    sites = []
    for pattern, repl in SLIP_CONTRACT:
        for m in re.finditer(pattern, text, flags=re.I):
            sites.append((m.start(), m.end(), _match_case(m.group(0), repl)))
    return sorted(set(sites))


def choose(r: random.Random, options):
    return options[r.randrange(len(options))]


# ------------------------------------------------------------------------------------------------------ pools

JP_THANK = [
    "Thank you",
    "Thank you very much",
    "Thank you kindly",
    "We sincerely thank you",
    "Many thanks",
    "We are very grateful to you",
    "Thank you so much",
    "We truly thank you",
]
JP_CONTACT = [
    "for contacting us",
    "for reaching out to us",
    "for getting in touch with us",
    "for writing to us",
    "for your message",
    "for your inquiry",
    "for taking the time to contact us",
    "for your question",
    "for your kind message",
    "for your patience and your message",
]
JP_ABOUT = ["about", "regarding", "concerning", "in connection with"]
JP_THANK_MT = [
    "for the additional details",
    "for explaining the situation",
    "for the further information",
    "for clarifying your request",
    "for sharing these details",
    "for the details you have provided",
]

JP_SORRY_A = [
    "We sincerely apologize",
    "We are truly sorry",
    "Please accept our sincere apologies",
    "We deeply apologize",
    "We are very sorry",
    "We humbly apologize",
]
JP_SORRY_B = [
    "for the inconvenience",
    "for the trouble",
    "for the difficulty",
    "for the inconvenience and concern",
    "for any worry",
]
JP_SORRY_C = [
    "this has caused you",
    "you have experienced",
    "this matter has caused",
    "this situation has caused you",
    "that this has brought you",
]
JP_EMO = {
    "angry": [
        "We fully understand your frustration",
        "We completely understand why you are upset",
        "Your frustration is entirely understandable",
        "We understand how disappointing this must be",
    ],
    "anxious": [
        "We understand that this must be worrying for you",
        "We can imagine how concerning this must feel",
        "We understand your concern",
        "We appreciate how unsettling this must be",
    ],
    "sarcastic": [
        "We are very sorry that our service has not met your expectations",
        "We regret that your experience with us has been disappointing",
        "We understand that we have let you down",
        "We are sorry that we have fallen short",
    ],
}
JP_EMO_TAIL = [
    "and we sincerely apologize",
    "and we are truly sorry",
    "and we deeply apologize",
    "and we would like to offer our sincere apologies",
]

US_SORRY = [
    "Sorry about that.",
    "Sorry for the trouble.",
    "Sorry for the hassle.",
    "Sorry about the mix-up.",
    "Sorry you ran into this.",
]
US_EMO = {
    "angry": [
        "I get why you're frustrated, and I'm sorry.",
        "That's frustrating, sorry about that.",
        "Totally fair to be annoyed here.",
        "I hear you, that's a pain.",
        "You've every right to be annoyed.",
    ],
    "anxious": [
        "I know this is stressful.",
        "Totally get the worry.",
        "I get that this is nerve-racking.",
        "I know that's stressful, hang in there.",
        "Understandable worry, it's a lot.",
    ],
    "sarcastic": [
        "Fair point, and sorry it's been a rough ride.",
        "Point taken, that's not the experience we want.",
        "Yeah, that's on us, sorry.",
        "Fair enough, we've let you down here.",
    ],
}
DE_REGRET = {
    "angry": [
        "We regret the inconvenience this matter has caused.",
        "We regret that this issue has occurred.",
        "We regret the difficulties you have experienced.",
    ],
    "anxious": [
        "We regret that this matter has caused you concern.",
        "We regret the uncertainty this has caused.",
        "We regret any concern this situation has caused.",
    ],
    "sarcastic": [
        "We regret that our service has not met your expectations.",
        "We regret that this experience has been unsatisfactory.",
        "We regret that the service provided did not meet the expected standard.",
    ],
}
GEN_ACK = [
    "I'm so sorry to hear that!",
    "Oh no, that sounds really frustrating!",
    "I totally understand how you feel!",
    "I'm sorry you're dealing with this!",
    "That sounds stressful, and I'm here to help!",
]

JP_STEP = [
    "It may be helpful to {v}.",
    "Would you perhaps {v}?",
    "We would kindly suggest that you {v}.",
    "We would be grateful if you could {v}.",
    "If it is convenient for you, you may wish to {v}.",
    "It might be best to {v}.",
    "Perhaps you could {v}.",
    "We would recommend that you {v}, if possible.",
    "You may find it useful to {v}.",
    "If you would not mind, could you perhaps {v}?",
    "It would be advisable to {v}.",
    "We would suggest that you {v} at your convenience.",
]
JP_FACT = [
    "{F}.",
    "{F}.",
    "We would like to let you know that {f}.",
    "We would like to inform you that {f}.",
    "We can confirm that {f}.",
    "We are able to confirm that {f}.",
    "According to our information, {f}.",
    "We would like to assure you that {f}.",
    "As far as we can see, {f}.",
]
US_NEXT = ["Then ", "Next, ", "After that, ", "", ""]
GEN_ORD = ["First, ", "Next, ", "Then, ", "After that, ", "Finally, "]

JP_FU = [
    "Regarding your second question,",
    "As for your other question,",
    "With regard to your further question,",
    "Concerning your additional question,",
]
US_FU = ["As for your other question,", "And to your second question:", "On your other question,", "Also,"]
DE_FU = ["Regarding your second question:", "Second question:", "Regarding the additional question:"]
GEN_FU = ["As for your second question,", "Oh, and about your other question,", "Regarding your other question,"]

GEN_OPEN = [
    "Sure! Here's how to handle {issue}.",
    "Great question! Here's what you need to know about {issue}.",
    "Absolutely! Let me help you with {issue}.",
    "Of course! Here's everything about {issue}.",
    "Happy to help! Let's sort out {issue}.",
    "No problem! Here's a quick guide to {issue}.",
]
DE_LEAD = [
    "The procedure for {issue} is as follows.",
    "For {issue}, proceed as follows.",
    "The following steps apply to {issue}.",
    "{Issue} requires the following steps.",
    "The required steps for {issue} are listed below.",
    "{Issue} is handled as follows.",
]

# Notes a correct answer may carry; they share vocabulary with the unsafe and invented flaws, so those flaws are
# told apart by substance, not by the words "password" or "only".
NOTES = {
    "security": {
        "jp": [
            "For your security, we will never ask for your password or a one-time code.",
            "We would like to add that Lumora staff will never ask you to share a password or one-time code.",
            "Please be assured that we will never ask for your password, card security code or one-time code.",
        ],
        "us": [
            "Heads up: we'll never ask for your password or a one-time code.",
            "We'll never ask you to share a password, card code or one-time code.",
            "Reminder: nobody at Lumora will ask for your password or one-time codes.",
        ],
        "de": [
            "Lumora never asks for passwords or one-time codes.",
            "Lumora staff never request passwords, card security codes or one-time codes.",
            "Passwords and one-time codes are never requested by Lumora.",
        ],
    },
    "only": {
        "jp": [
            "We only use the details you have shared to handle this request.",
            "We would like to assure you that your details are used only for this request.",
        ],
        "us": ["We'll only use these details for this request.", "Your details are only used to handle this."],
        "de": [
            "The details provided are used only to process this request.",
            "Personal data is used only for the processing of this request.",
        ],
    },
}

# Optional sentences a length level adds: correct, harmless, in the style (never restating the question).
# "head" fillers stand before the points (jp, generic), "tail" fillers before the closer.
FILL_HEAD = {
    "jp": [
        "We hope the following information is of some help to you.",
        "We would be glad to explain the details below.",
        "We have carefully reviewed the details you kindly provided.",
        "Please allow us to explain how this can be resolved.",
    ],
    "generic": ["This is a really common question!", "Here's a step-by-step breakdown."],
}
FILL_TAIL = {
    "jp": [
        "We truly appreciate your patience in this matter.",
        "We understand how important this is to you.",
        "We are grateful for the opportunity to assist you.",
        "We appreciate your understanding and cooperation.",
        "We sincerely value your trust in Lumora.",
        "We hope this information proves useful to you.",
        "We are always happy to be of assistance.",
        NOTES["security"]["jp"][0],
        NOTES["only"]["jp"][0],
    ],
    "us": [
        "That's about it.",
        "Pretty straightforward.",
        "Easy enough.",
        "Good luck with it.",
        "Good to know, right?",
        "That's the gist.",
        "Simple as that.",
        NOTES["security"]["us"][0],
        NOTES["only"]["us"][0],
    ],
    "de": [
        "Keep this message for reference.",
        "This information applies to your request.",
        "The information above is complete.",
        "Quote this information in any further correspondence.",
        "This message contains all relevant information.",
        NOTES["security"]["de"][0],
        NOTES["only"]["de"][0],
    ],
    "generic": [
        "Don't worry, it's easier than it sounds!",
        "You've got this!",
        "Super easy, right?",
        "That's really all there is to it!",
    ],
}
# Closers: long ones mention the issue, short ones do not.
JP_CLOSE_A = [
    "Should you have any further questions",
    "If there is anything else we can do for you",
    "Should anything remain unclear",
    "If you have any other concerns",
    "Should you need any further help",
    "If anything further comes up",
    "Should any questions remain",
]
JP_CLOSE_REF = ["about {issue}", "regarding {issue}", "concerning {issue}", "in relation to {issue}"]
JP_CLOSE_B = [
    "please do not hesitate to contact us again",
    "please feel free to let us know at any time",
    "we would be delighted to help",
    "we would be glad to assist you further",
    "our support team would be happy to help",
    "we remain at your service",
    "we would be honored to assist you once more",
    "please feel free to write to us again",
]
JP_CLOSE_SHORT = (
    ["We remain", "We will always remain", "We shall remain", "Our team remains"],
    ["at your service", "at your disposal", "ready to assist you", "glad to be of help"],
    ["at any time", "whenever you need us", "should anything arise", "in any way we can", ""],
)
JP_CLOSE_SHORT2 = (
    [
        "We thank you once again for",
        "We sincerely appreciate",
        "We are grateful for",
        "Thank you again for",
        "We truly appreciate",
    ],
    [
        "your patience",
        "your understanding",
        "your kind cooperation",
        "your trust in Lumora",
        "choosing Lumora",
        "your patience and understanding",
    ],
    ["", " in this matter", " and wish you a pleasant day", " and look forward to serving you again"],
)
US_CLOSE_A = [
    "If you've got more questions about {issue},",
    "If anything's still off with {issue},",
    "If you're still stuck on {issue},",
    "If {issue} isn't sorted yet,",
    "If you'd like more help with {issue},",
    "If you're unsure about anything with {issue},",
    "If there's anything else about {issue},",
]
US_CLOSE_B = [
    "just let us know.",
    "just reply here.",
    "we're happy to help.",
    "give us a shout.",
    "we've got you.",
    "drop us a line.",
    "we're around.",
    "you can also contact support anytime.",
]
US_CLOSE_SHORT = (
    [
        "If you've got other questions,",
        "If something's still off,",
        "If anything's unclear,",
        "If you're stuck,",
        "If there's anything else,",
        "If you'd like a hand,",
        "If you're not sure about something,",
    ],
    [
        "just ask.",
        "just reply here.",
        "we're here.",
        "give us a shout.",
        "ping us anytime.",
        "we've got you.",
        "we're happy to dig in.",
        "drop us a line.",
    ],
)
DE_CLOSE = [
    "For further questions regarding {issue}, reply to this message.",
    "Further inquiries regarding {issue} can be sent via this chat.",
    "Contact customer service if {issue} requires further clarification.",
    "Questions regarding {issue} are answered by customer service via this chat.",
    "Reply to this message if further information regarding {issue} is required.",
    "For any remaining questions on {issue}, use the contact form in the Lumora app.",
]
DE_CLOSE_SHORT = (
    [
        "Further questions",
        "Additional questions",
        "Any further inquiries",
        "Remaining questions",
        "Follow-up questions",
    ],
    [
        "can be sent via this chat",
        "are answered via this chat",
        "can be submitted via the contact form",
        "are handled by customer service",
        "can be sent by reply to this message",
        "are answered by customer service on working days",
    ],
)
GEN_CLOSE_A = ["I hope this helps!", "Hope this helps!", "I hope that clears things up!", "Good luck!"]
GEN_CLOSE_B = [
    "Let me know if you have any other questions about {issue}.",
    "Feel free to ask if anything else comes up!",
    "Let me know if there's anything else I can do!",
    "Don't hesitate to reach out with more questions!",
]


# ----------------------------------------------------------------------------------------------------- answers


@dataclass
class Seg:
    """One sentence (or numbered line) of an answer."""

    kind: str  # opener ack lead point fu filler closer pad
    text: str
    point: Point | None = None
    rank: int = 0  # fillers: included when rank < n_fill; pads: order of addition
    frame: str = ""  # jp: the softening frame of a point ("It may be helpful to {v}.")


@dataclass
class Content:
    """What one answer says: the points (already chosen: correct, or with a flaw), the issue and the frame."""

    market: str
    values: dict
    points: list[Point]
    issue: str
    trouble: bool = False
    followup: list[Point] = field(default_factory=list)
    mood: str | None = None  # angry | anxious | sarcastic for emotional prompts
    multi_turn: bool = False
    overrides: dict = field(default_factory=dict)  # placeholder -> wrong value


@dataclass
class Answer:
    style: str
    segs: list[Seg]
    closers: dict[str, str | None]  # long | short | none -> text
    uncapped: bool = False  # deflections: every filler option may be used

    def text(self, n_fill: int = 0, closer: str = "long", n_pad: int = 0) -> str:
        chosen = [
            s for s in self.segs if (s.kind != "filler" or s.rank < n_fill) and (s.kind != "pad" or s.rank < n_pad)
        ]
        close = self.closers.get(closer)
        if close:
            chosen.append(Seg("closer", close))
        return layout(self.style, chosen)

    def words(self, n_fill: int = 0, closer: str = "long", n_pad: int = 0) -> int:
        return words(self.text(n_fill, closer, n_pad))

    def options(self, cap: int | None = None) -> list[tuple[int, str]]:
        """(n_fill, closer) choices; ``cap`` limits the number of filler sentences (unless uncapped)."""
        n = sum(s.kind == "filler" for s in self.segs)
        if cap is not None and not self.uncapped:
            n = min(n, cap)
        return [(f, c) for f in range(n + 1) for c in self.closers]

    def with_note(self, text: str) -> Answer:
        """A note sentence after the last point (before the fillers and the closer)."""
        at = max(
            (i for i, s in enumerate(self.segs) if s.kind in ("point", "fu", "fu_start")), default=len(self.segs) - 1
        )
        return self.insert_seg(at + 1, Seg("note", text))

    def replace_seg(self, index: int, seg: Seg | None) -> Answer:
        segs = list(self.segs)
        if seg is None:
            segs.pop(index)
        else:
            segs[index] = seg
        return replace(self, segs=segs)

    def insert_seg(self, index: int, seg: Seg) -> Answer:
        segs = list(self.segs)
        segs.insert(index, seg)
        return replace(self, segs=segs)


def layout(style: str, segs: list[Seg]) -> str:
    """Join sentences: one paragraph (follow-up in a second one) or, for de, lines with numbered steps."""
    return re.sub(r"(?<=\.)\.(?!\.)", "", _layout(style, segs))  # "Co., Ltd.." at a sentence end


def _layout(style: str, segs: list[Seg]) -> str:
    if style == "de":
        lines: list[str] = []
        n, prose = 0, False
        for s in segs:
            if s.kind in ("point", "fu") and isinstance(s.point, Step):
                n += 1
                lines.append(f"{n}. {s.text}")
                prose = False
            elif prose and s.kind not in ("fu_start", "closer"):
                lines[-1] += " " + s.text
            else:
                lines.append(s.text)
                prose = not (s.kind == "fu_start" and s.text.endswith(":"))
        return "\n".join(lines)
    paras: list[list[str]] = [[]]
    for s in segs:
        if s.kind == "fu_start" and paras[-1]:
            paras.append([])
        paras[-1].append(s.text)
    return "\n\n".join(" ".join(p) for p in paras if p)


def fmt(template: str, content: Content, style: str) -> str:
    return render(template, content.values, style, MARKET_CURRENCY[content.market], content.overrides)


def issue_text(content: Content, style: str) -> str:
    return fmt(content.issue, content, style)


# A step that starts with a condition ("if nothing has changed by then, hold ...").
CONDITION = re.compile(r"^((?:if|when|once|after|before|as soon as) [^,]+), (.+)$")


def point_sentence(style: str, point: Point, text: str, r: random.Random, lead_ok: bool, k: int, avoid: set) -> str:
    """One point as a sentence in ``style`` (``text`` is the rendered point text).

    lead_ok: a connector ("Then ") may start the sentence (us: a step after a step); k: position (generic);
    avoid: jp frames already used in this answer."""
    if style == "us":
        t = contract(text)
        if isinstance(point, Step):
            lead = choose(r, US_NEXT) if lead_ok else ""
            return (lead + t if lead else cap(t)) + "."
        return cap(t) + "."
    if style == "jp":
        pool = JP_STEP if isinstance(point, Step) else JP_FACT
        i = r.randrange(len(pool))
        for j in range(len(pool)):
            frame = pool[(i + j) % len(pool)]
            if frame not in avoid or frame == "{F}.":
                break
        avoid.add(frame)
        cond = CONDITION.match(text) if isinstance(point, Step) else None
        if cond:  # "if the light stays red, hold ..." -> "If the light stays red, it may be helpful to hold ..."
            inner = frame.format(v=cond[2])
            return f"{cap(cond[1])}, {inner[:1].lower()}{inner[1:]}", ""
        return frame.format(v=text, F=cap(text), f=low(text)), frame
    if style == "de":
        return cap(text) + "."
    if isinstance(point, Step):
        return GEN_ORD[min(k, len(GEN_ORD) - 1)] + text + "."
    return cap(text) + ("!" if r.random() < 0.3 else ".")


def render_answer(content: Content, style: str, seed: str) -> Answer:
    """``content`` in ``style``; template choices come from ``seed`` (same seed, same sentences)."""
    issue = issue_text(content, style)
    r_open, r_ack, r_fill, r_close = (rng(seed, role, style) for role in ("open", "ack", "fill", "close"))
    avoid: set = set()

    def points(pts: list[Point], kind: str, start_k: int) -> list[Seg]:
        # per-point generators keyed by the point text: unchanged points render identically in flawed variants
        out, prev_step = [], False
        for i, p in enumerate(pts):
            r = rng(seed, "pt", style, p.text)
            text = fmt(p.text, content, style)
            lead_ok = prev_step and not (i == 0 and kind == "point")
            sentence = point_sentence(style, p, text, r, lead_ok, start_k + i, avoid)
            frame = ""
            if isinstance(sentence, tuple):
                sentence, frame = sentence
            out.append(Seg(kind, sentence, p, frame=frame))
            prev_step = isinstance(p, Step)
        return out

    main = points(content.points, "point", 0)
    fu: list[Seg] = []
    if content.followup:
        fpts = points(content.followup, "fu", len(content.points))
        intro = choose(r_open, {"jp": JP_FU, "us": US_FU, "de": DE_FU, "generic": GEN_FU}[style])
        first = fpts[0]
        if style == "de" and isinstance(first.point, Step):
            fu = [Seg("fu_start", intro)] + fpts
        elif style == "de":
            fu = [Seg("fu_start", f"{intro} {first.text}", first.point)] + fpts[1:]
        else:
            fu = [Seg("fu_start", f"{intro} {low(first.text)}", first.point)] + fpts[1:]

    ack = acknowledgment(content, style, r_ack)
    acks = [Seg("ack", ack)] if ack else []
    head = FILL_HEAD.get(style, [])
    tail = r_fill.sample(FILL_TAIL[style], 4 - (1 if head else 0))
    fillers = ([r_fill.choice(head)] if head else []) + tail
    fill = [Seg("filler", t, rank=i) for i, t in enumerate(fillers)]
    if style == "jp":
        thanks = JP_THANK_MT if content.multi_turn else JP_CONTACT
        opener = f"{choose(r_open, JP_THANK)} {choose(r_open, thanks)} {choose(r_open, JP_ABOUT)} {issue}."
        segs = [Seg("opener", opener)] + acks + fill[:1] + main + fu + fill[1:]
    elif style == "us":
        segs = main[:1] + acks + main[1:] + fu + fill
    elif style == "de":
        lead = []
        if content.points and isinstance(content.points[0], Step):
            lead = [Seg("lead", choose(r_open, DE_LEAD).format(issue=issue, Issue=cap(issue)))]
        segs = lead + main[:1] + acks + main[1:] + fu + fill
    else:
        opener = choose(r_open, GEN_OPEN).format(issue=issue)
        segs = acks + [Seg("opener", opener)] + fill[:1] + main + fu + fill[1:]
    return Answer(style, segs, closers(style, issue, r_close))


def acknowledgment(content: Content, style: str, r: random.Random) -> str | None:
    mood = content.mood
    if style == "jp":
        if mood:
            return (
                f"{choose(r, JP_EMO[mood])}, {choose(r, JP_EMO_TAIL)} {choose(r, JP_SORRY_B)} {choose(r, JP_SORRY_C)}."
            )
        if content.trouble:
            return f"{choose(r, JP_SORRY_A)} {choose(r, JP_SORRY_B)} {choose(r, JP_SORRY_C)}."
        return None
    if style == "us":
        if mood:
            return choose(r, US_EMO[mood])
        if content.trouble and r.random() < 0.5:
            return choose(r, US_SORRY)
        return None
    if style == "de":
        return choose(r, DE_REGRET[mood]) if mood else None
    return choose(r, GEN_ACK) if (mood or content.trouble) else None


def closers(style: str, issue: str, r: random.Random) -> dict[str, str | None]:
    if style == "jp":
        ref = choose(r, JP_CLOSE_REF).format(issue=issue)
        long = f"{choose(r, JP_CLOSE_A)} {ref}, {choose(r, JP_CLOSE_B)}."
        if r.random() < 0.5:
            a, b, c = (choose(r, p) for p in JP_CLOSE_SHORT)
            short = f"{a} {b} {c}".strip() + "."
        else:
            a, b, c = (choose(r, p) for p in JP_CLOSE_SHORT2)
            short = f"{a} {b}{c}."
        return {"long": long, "short": short}
    if style == "us":
        long = f"{choose(r, US_CLOSE_A).format(issue=issue)} {choose(r, US_CLOSE_B)}"
        return {"long": long, "short": f"{choose(r, US_CLOSE_SHORT[0])} {choose(r, US_CLOSE_SHORT[1])}", "none": None}
    if style == "de":
        short = f"{choose(r, DE_CLOSE_SHORT[0])} {choose(r, DE_CLOSE_SHORT[1])}."
        return {"long": choose(r, DE_CLOSE).format(issue=issue), "short": short, "none": None}
    b = choose(r, GEN_CLOSE_B).format(issue=issue)
    return {"long": f"{choose(r, GEN_CLOSE_A)} {b}", "short": choose(r, GEN_CLOSE_A)}


# -------------------------------------------------------------------------- deflection and padding (flawed answers)

DEFLECT = {
    "jp": [
        "We sincerely apologize for any inconvenience this matter may have caused you.",
        "We would kindly suggest that you contact our customer support team, who will be glad to look into this.",
        "Our team will do its utmost to assist you as soon as possible.",
        "We truly appreciate your patience and understanding.",
        "We would be grateful if you could reach out to our support team at your convenience.",
        "We are certain that our specialists will be able to help you.",
        "We value your trust and hope to be of service to you.",
        "Our support staff would be honored to review your request in detail.",
    ],
    "us": [
        "Your best bet is to reach out to our support team.",
        "They're happy to take a look for you.",
        "We're always here to help.",
        "Our support folks can sort this out.",
        "Just contact support and they'll walk you through it.",
        "Thanks for your patience.",
        "We want to get this right for you.",
        "You can reach support anytime through the app or website.",
    ],
    "de": [
        "Requests of this kind are handled by customer service.",
        "Contact customer service via the contact form or this chat.",
        "Customer service processes the request in due course.",
        "Further information is provided by customer service upon request.",
        "The responsible department will review the matter.",
        "Customer service is available on working days.",
    ],
}

PAD = {
    "restate": {
        "jp": [
            "We understand that you are asking about {issue}.",
            "If we understand correctly, your question concerns {issue}.",
        ],
        "us": ["So you're asking about {issue}.", "Got it, this is about {issue}."],
        "de": ["Your inquiry concerns {issue}.", "The subject of your request is {issue}."],
    },
    "repeat": {
        "jp": ["To summarize once more, {v}.", "Once again, we would kindly suggest that you {v}."],
        "us": ["Again, the key thing is to {v}.", "To recap: {v}."],
        "de": ["Repeated for clarity: {v}.", "Once more: {v}."],
    },
    "boiler": {
        "jp": [
            "Lumora has proudly served customers for many years and is deeply committed to quality and service.",
            "At Lumora, customer satisfaction is our highest priority, and our team works hard every day to earn "
            "your trust.",
        ],
        "us": [
            "At Lumora, we're all about great products and even better service.",
            "Lumora's been helping customers for years, and we're proud of our service team.",
        ],
        "de": [
            "Lumora is committed to quality, reliability and customer satisfaction in all markets.",
            "Lumora has served customers for many years and maintains high service standards.",
        ],
    },
    "upsell": {
        "jp": [
            "You may also be interested in the accessories and extended protection plans available in our online "
            "store.",
            "We would also be pleased to inform you about the many accessories offered in our online store.",
        ],
        "us": [
            "While you're here, check out the accessories and protection plans in our online store.",
            "Heads up, our online store has tons of accessories and protection plans too.",
        ],
        "de": [
            "The online store also offers accessories and extended protection plans.",
            "Accessories and extended warranty plans are available in the online store.",
        ],
    },
}


def padded(answer: Answer, content: Content, seed: str) -> Answer:
    """``answer`` plus padding (ranks 0-3, in random order): the question restated, a step repeated, company
    boilerplate, a generic upsell. Names no product."""
    style = answer.style
    r = rng(seed, "pad", style)
    issue = issue_text(content, style)
    steps = [p for p in content.points if isinstance(p, Step)] or list(content.points)
    rep = fmt(r.choice(steps).text, content, style)
    if isinstance(steps[0], Fact):
        rep = low(rep)
    kinds = ["restate", "repeat", "boiler", "upsell"]
    r.shuffle(kinds)
    segs = list(answer.segs)
    for rank, kind in enumerate(kinds):
        text = choose(r, PAD[kind][style]).format(issue=issue, v=contract(rep) if style == "us" else rep)
        seg = Seg("pad", text, rank=rank)
        if kind == "restate":  # after the opener (jp) or the first sentence (us, de)
            at = 1 + (1 if style == "de" and segs[0].kind == "lead" else 0)
            segs.insert(min(at, len(segs)), seg)
        elif kind == "repeat":  # after the last point
            last = max(i for i, s in enumerate(segs) if s.kind in ("point", "fu", "fu_start"))
            segs.insert(last + 1, seg)
        else:
            segs.append(seg)
    return replace(answer, segs=segs)


def deflection(content: Content, style: str, seed: str) -> Answer:
    """Pleasantries and "contact support" filler in ``style``: no substance. Sentences are "fillers" so the pair
    builder can match lengths (n_fill = number of deflection sentences)."""
    base = render_answer(content, style, seed)
    r = rng(seed, "deflect", style)
    pool = r.sample(DEFLECT[style], len(DEFLECT[style]))
    keep = [s for s in base.segs if s.kind in ("opener", "ack")]
    if style in ("us", "de"):  # the first sentence is the (empty) answer
        segs = [Seg("filler", pool[0], rank=-1)] + keep + [Seg("filler", t, rank=i) for i, t in enumerate(pool[1:])]
    else:
        segs = keep + [Seg("filler", t, rank=i - 1) for i, t in enumerate(pool)]
    return replace(base, segs=segs, uncapped=True)
