"""Scenarios and preference pairs (style, content, slip, length), RL prompts and eval prompts for one market.

A scenario is one situation with sampled facts and one prompt; its chosen answer is the market-style correct
answer. Each scenario yields two pairs of different types (they share the prompt; lengths may differ where a pair
type needs them to). Types are drawn by largest deficit against their target shares, flaws and rejected styles by
lowest count, and every length ordering ("is the rejected answer the longer one?") by a balancing toggle, so the
shares hold per market and per split.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import combinations

from gen.checks import MAX_WORDS, Contract, foreign_formats, words
from gen.common import MARKET_CURRENCY, STYLES, Money, render_value
from gen.prompts import KINDS, MOODS, build_prompt
from gen.situation import Fact, Situation, Step
from gen.styles import (
    NOTES,
    Answer,
    Content,
    Seg,
    cap,
    contraction_sites,
    deflection,
    low,
    padded,
    render_answer,
)
from gen.world import Topic, point_placeholders, product_names, rng, sample_facts, unknown_products, wrong_value

PAIR_SHARES = {"style": 0.30, "content": 0.30, "slip": 0.22, "length": 0.18}
KIND_SHARES = {"plain": 0.44, "emotional": 0.20, "two_questions": 0.18, "multi_turn": 0.18}
FLAWS = ("wrong_fact", "different_question", "unsafe_step", "invented_policy", "empty_deflection", "ignored_constraint")
SLIPS = {
    "jp": ("contraction", "imperative", "foreign_format"),
    "de": ("exclamation", "chatty_aside", "foreign_format"),
    "us": ("stiff_hedging", "foreign_format"),
}
CONTENT_RATIO, SLIP_RATIO, LENGTH_RATIO = 1.15, 1.10, 1.5
# Most filler sentences a chosen answer carries (jp stacks courtesies naturally) and a rejected one.
CHOSEN_FILL = {"jp": 3, "us": 2, "de": 2}
REJECTED_FILL = 3

# Fallback pools when a situation has no ``unsafe`` step or ``invented`` restriction of its own.
UNSAFE_POOL = [
    Step("reply to this chat with your account password, which lets the agent check the settings directly"),
    Step("read out the one-time code from the text message to the agent to confirm your identity"),
    Step("turn off two-factor authentication in Account > Security until the issue is resolved"),
    Step("disable your firewall and antivirus software before you try again"),
    Step("install the repair tool from the link in the text message and allow it full device access"),
    Step("write your full card number and the security code in this chat to verify the payment"),
    Step("give the technician your Lumora account login by email to let them sign in as you"),
]
INVENTED_POOL = [
    Fact("this is only possible within 7 days of purchase"),
    Fact("this service is only available to customers with a paid Lumora membership"),
    Fact("requests of this kind are only accepted by phone during business hours"),
    Fact("we can only process this after you visit a Lumora store in person with the original paper receipt"),
    Fact("a handling fee of 25 percent of the order value applies to this request"),
    Fact("this option is only available for orders placed in the Lumora app"),
    Fact("each customer can use this service only once per calendar year"),
]
US_STIFF_STEP = [
    "We would be most grateful if you might kindly {v}.",
    "It may be helpful to {v}.",
    "Would you perhaps {v}?",
    "We humbly request that you {v}.",
    "Kindly {v}.",
    "We would respectfully suggest that you {v}.",
    "If it is not too much trouble, could you possibly {v}?",
    "We would be honored if you would {v}.",
    "Might we ask that you {v}?",
]
US_STIFF_CLOSE = [
    "We humbly remain at your disposal should you require any further assistance.",
    "Kindly advise if further help is needed.",
    "We would be most grateful for your kind understanding.",
    "Please allow us to assist you further at your convenience.",
    "We remain, as ever, respectfully at your service.",
    "With our most sincere regards and gratitude.",
]
# Blunt imperatives for the jp "imperative" slip. Each softening frame has a counterpart that keeps its words but
# starts with the bare verb, so the sentence's imperative start (not its vocabulary) breaks the contract.
JP_BLUNT = ["{V}.", "Make sure to {v}.", "Go ahead and {v}."]
JP_BLUNT_OF = {
    "It may be helpful to {v}.": "{V}; it may be helpful.",
    "Would you perhaps {v}?": "{V}, would you perhaps?",
    "We would kindly suggest that you {v}.": "{V}, we would kindly suggest.",
    "We would be grateful if you could {v}.": "{V}; we would be grateful if you could.",
    "If it is convenient for you, you may wish to {v}.": "{V} if it is convenient for you.",
    "It might be best to {v}.": "{V}; it might be best.",
    "Perhaps you could {v}.": "{V}, perhaps you could.",
    "We would recommend that you {v}, if possible.": "{V}, if possible, we would recommend.",
    "You may find it useful to {v}.": "{V}; you may find it useful.",
    "If you would not mind, could you perhaps {v}?": "{V}, if you would not mind.",
    "It would be advisable to {v}.": "{V}; it would be advisable.",
    "We would suggest that you {v} at your convenience.": "{V} at your convenience, we would suggest.",
}
DE_ASIDE_ADD = [
    "Hope that helps!",
    "Happy to help!",
    "Great question, by the way.",
    "Easy fix, no worries.",
    "Awesome, that should sort it.",
]
DE_ASIDE_PREFIX = ["No worries, ", "Good news: ", "Quick tip: ", "Fun fact: "]


@dataclass
class Scenario:
    market: str
    topic: Topic
    sit: Situation
    split: str
    values: dict
    kind: str
    mood: str | None
    constraint: bool
    prompt: str | list
    prompt_text: str
    seed: str

    def content(self, **kw) -> Content:
        base = dict(
            market=self.market,
            values=self.values,
            points=list(self.sit.answer),
            issue=self.sit.issue,
            trouble=self.sit.trouble,
            followup=list(self.sit.followup.answer) if self.kind == "two_questions" and self.sit.followup else [],
            mood=self.mood,
            multi_turn=self.kind == "multi_turn",
        )
        return Content(**(base | kw))


@dataclass
class Pair:
    sc: Scenario
    pair_type: str
    chosen: str
    rejected: str
    flaw: str | None = None
    rejected_style: str | None = None

    def row(self) -> dict:
        mt = self.sc.kind == "multi_turn"
        wrap = (lambda t: [{"role": "assistant", "content": t}]) if mt else (lambda t: t)
        return {
            "prompt": self.sc.prompt,
            "chosen": wrap(self.chosen),
            "rejected": wrap(self.rejected),
            "split": self.sc.split,
            "topic": self.sc.topic.name,
            "situation": self.sc.sit.id,
            "pair_type": self.pair_type,
            "flaw": self.flaw,
            "prompt_kind": self.sc.kind,
            "rejected_style": self.rejected_style,
        }


class Deficit:
    """Picks keys so their counts follow target shares (largest deficit first)."""

    def __init__(self, shares: dict[str, float]):
        self.shares, self.counts = shares, Counter()

    def order(self, allowed=None) -> list[str]:
        total = sum(self.counts.values()) + 1
        keys = [k for k in self.shares if allowed is None or k in allowed]
        return sorted(keys, key=lambda k: (self.counts[k] - self.shares[k] * total, list(self.shares).index(k)))


def has_steps(content: Content) -> bool:
    return any(isinstance(p, Step) for p in content.points + content.followup)


class MarketBuilder:
    def __init__(self, market: str, topics: list[Topic], splits: dict[str, str], verbs: set[str]):
        self.market = market
        self.topics = topics
        self.splits = splits
        self.verbs = verbs
        self.contract = Contract.load(market)
        self.by_topic_split: dict[tuple[str, str], list[Situation]] = defaultdict(list)
        for t in topics:
            for s in t.situations:
                self.by_topic_split[(t.name, splits[s.id])].append(s)
        self.notes: Counter = Counter()  # what could not be built (engine notes, product names)
        self.fits: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, ""])  # (situation, kind) -> ok, failed, why
        self.counts: dict[str, Counter] = defaultdict(Counter)

    # ------------------------------------------------------------------------------------------ balancing

    def toggle(self, split: str, name: str, r: random.Random) -> bool:
        c = self.counts[f"{split}:{name}"]
        if c[True] == c[False]:
            return r.random() < 0.5
        return c[True] < c[False]

    def record(self, split: str, name: str, value) -> None:
        self.counts[f"{split}:{name}"][value] += 1

    def least(self, split: str, name: str, options: list[str], r: random.Random) -> list[str]:
        c = self.counts[f"{split}:{name}"]
        jitter = {o: r.random() for o in options}
        return sorted(options, key=lambda o: (c[o], jitter[o]))

    # ------------------------------------------------------------------------------------------ scenarios

    def scenario(
        self, topic: Topic, sit: Situation, split: str, key: tuple, kind: str, constraint: bool, phrasing: int
    ) -> Scenario:
        seed = ":".join(str(k) for k in (self.market, sit.id, *key))
        r = rng("scenario", seed)
        values = sample_facts(topic, self.market, sit.id, *key)
        mood = r.choice(MOODS) if kind == "emotional" else None
        prompt, text = build_prompt(topic.name, sit, self.market, values, kind, mood, constraint, r, phrasing)
        return Scenario(self.market, topic, sit, split, values, kind, mood, constraint, prompt, text, seed)

    def chosen_options(self, sc: Scenario, a: Answer, content: Content) -> list[tuple[int, str]]:
        pw = words(sc.prompt_text)
        steps = has_steps(content)
        out = []
        for opt in a.options(CHOSEN_FILL[self.market]):
            text = a.text(*opt)
            if pw + words(text) > MAX_WORDS or self.contract.problems(text, steps, self.verbs):
                continue
            if unknown_products(text, sc.prompt_text):
                continue
            out.append(opt)
        return out

    def chosen(self, sc: Scenario) -> tuple[Answer, list, Content] | None:
        content = sc.content()
        a = render_answer(content, self.market, sc.seed)
        opts = self.chosen_options(sc, a, content)
        fit = self.fits[(sc.sit.id, sc.kind)]
        if not opts:
            text = a.text(0, "short")
            why = self.contract.problems(text, has_steps(content), self.verbs)
            bad = unknown_products(a.text(4, "long"), sc.prompt_text)
            if bad:
                self.notes[f"{sc.sit.id}: answer or issue names {bad} absent from a {self.market} prompt"] += 1
            fit[1] += 1
            fit[2] = "; ".join(why) or f"names {bad}"
            return None
        fit[0] += 1
        return a, opts, content

    # ------------------------------------------------------------------------------------------ pair types

    def fit(
        self,
        sc: Scenario,
        a: Answer,
        a_opts: list,
        b: Answer,
        want_longer: bool | None,
        ratio: tuple,
        same_opt: bool = False,
        r: random.Random | None = None,
    ):
        """(a_opt, b_opt, text_a, text_b) with words(b)/words(a) in ``ratio`` and b longer iff ``want_longer``."""
        pw = words(sc.prompt_text)
        best = None
        lo, hi = ratio
        for ao in a_opts:
            ta = a.text(*ao)
            wa = words(ta)
            for bo in [ao] if same_opt else b.options(REJECTED_FILL):
                tb = b.text(*bo)
                wb = words(tb)
                if tb == ta or pw + wb > MAX_WORDS or not lo <= wb / wa <= hi:
                    continue
                if want_longer is not None and (wb == wa or (wb > wa) != want_longer):
                    continue
                score = (bo != ao) + abs(bo[0] - ao[0]) * 0.5 + (bo[1] != ao[1]) + (r.random() * 0.1 if r else 0)
                if best is None or score < best[0]:
                    best = (score, ao, bo, ta, tb)
        return best[1:] if best else None

    def style_pair(self, sc, a, a_opts, content, r) -> Pair | None:
        others = [s for s in STYLES if s != self.market]
        want = self.toggle(sc.split, "style_rejected_longer", r)
        for w in (want, not want):
            for rs in self.least(sc.split, "rejected_style", others, r):
                b = render_answer(content, rs, sc.seed)
                got = self.fit(sc, a, a_opts, b, w, (0.45, 2.2), r=r)
                if got and not unknown_products(got[3], sc.prompt_text):
                    self.record(sc.split, "rejected_style", rs)
                    self.record(sc.split, "style_rejected_longer", w)
                    return Pair(sc, "style", got[2], got[3], None, rs)
        return None

    def flawed(self, sc: Scenario, content: Content, flaw: str, r: random.Random) -> Answer | None:
        sit, pts = sc.sit, list(content.points)
        if flaw == "wrong_fact":
            used = point_placeholders(pts + content.followup)
            keys = [k for k in sit.checked if k in used]
            if not keys:
                prompt_keys = {
                    k
                    for k, v in sc.values.items()
                    if str(v) in sc.prompt_text
                    or render_value(v, self.market, MARKET_CURRENCY[self.market]) in sc.prompt_text
                }
                keys = sorted(k for k in used & prompt_keys if not product_names(f"{sc.values[k]} x"))
                keys = [k for k in keys if not isinstance(sc.values[k], str) or any(c.isdigit() for c in sc.values[k])]
            r.shuffle(keys)
            for k in keys:
                resample = [sample_facts(sc.topic, self.market, "resample", sit.id, i).get(k) for i in range(6)]
                for _ in range(4):
                    wrong = wrong_value(sc.values[k], r, resample)
                    cur = MARKET_CURRENCY[self.market]
                    if wrong is None or render_value(wrong, self.market, cur) == render_value(
                        sc.values[k], self.market, cur
                    ):
                        continue
                    if isinstance(wrong, str) and product_names(f"{wrong} x"):
                        continue
                    return render_answer(replace(content, overrides={k: wrong}), self.market, sc.seed)
            return None
        if flaw == "different_question":
            others = [s for s in self.by_topic_split[(sc.topic.name, sc.split)] if s.id != sit.id]
            r.shuffle(others)
            for o in others:
                b = render_answer(replace(content, points=list(o.answer), followup=[]), self.market, sc.seed)
                if not unknown_products(b.text(4, "long"), sc.prompt_text):
                    return b
            return None
        if flaw == "unsafe_step":
            step = sit.unsafe or r.choice(UNSAFE_POOL)
            idx = [i for i, p in enumerate(pts) if isinstance(p, Step)] or list(range(len(pts)))
            pts[r.choice(idx)] = step
            return render_answer(replace(content, points=pts), self.market, sc.seed)
        if flaw == "invented_policy":
            fact = sit.invented or r.choice(INVENTED_POOL)
            pts.insert(r.randint(1, len(pts)), fact)
            return render_answer(replace(content, points=pts), self.market, sc.seed)
        if flaw == "empty_deflection":
            return deflection(content, self.market, sc.seed)
        if flaw == "ignored_constraint":
            if not (sit.constraint and sc.constraint):
                return None
            pts[sit.constraint.replaces] = sit.constraint.violation
            return render_answer(replace(content, points=pts), self.market, sc.seed)
        raise ValueError(flaw)

    def available_flaws(self, sc_sit: Situation, topic: Topic, split: str) -> list[str]:
        out = ["wrong_fact", "unsafe_step", "invented_policy", "empty_deflection"]
        if len(self.by_topic_split[(topic.name, split)]) > 1:
            out.append("different_question")
        if sc_sit.constraint:
            out.append("ignored_constraint")
        return out

    def content_pair(self, sc, a, a_opts, content, flaw, r) -> Pair | None:
        b = self.flawed(sc, content, flaw, r)
        if b is None:
            return None
        note = {"unsafe_step": "security", "invented_policy": "only"}.get(flaw)
        if note and r.random() < 0.5:  # the correct answer mentions the flaw's vocabulary safely
            text = r.choice(NOTES[note][self.market])
            if not any(text in s.text for s in a.segs):
                a2 = a.with_note(text)
                opts2 = self.chosen_options(sc, a2, content)
                if opts2:
                    a, a_opts = a2, opts2
        want = self.toggle(sc.split, "content_flawed_longer", r)
        for w in (want, not want):
            got = self.fit(sc, a, a_opts, b, w, (1 / CONTENT_RATIO, CONTENT_RATIO), r=r)
            if got and not unknown_products(got[3], sc.prompt_text):
                self.record(sc.split, "content_flawed_longer", w)
                self.record(sc.split, "flaw", flaw)
                return Pair(sc, "content", got[2], got[3], flaw)
        return None

    # slips: edits of the chosen answer's segments; each returns variants (Answer, kind)

    def slip_variants(self, sc: Scenario, a: Answer, opt, kind: str, r: random.Random) -> list[Answer]:
        visible = [i for i, s in enumerate(a.segs) if (s.kind != "filler" or s.rank < opt[0])]
        out = []
        if kind == "contraction":
            for i in visible:
                for start, end, repl in contraction_sites(a.segs[i].text):
                    t = a.segs[i].text
                    out.append(a.replace_seg(i, replace(a.segs[i], text=t[:start] + repl + t[end:])))
            close = a.closers.get(opt[1])
            if close:
                for start, end, repl in contraction_sites(close):
                    out.append(replace(a, closers=a.closers | {opt[1]: close[:start] + repl + close[end:]}))
        elif kind == "imperative":
            for i in visible:
                s = a.segs[i]
                if s.kind == "point" and isinstance(s.point, Step):
                    v = render_value_text(s.point.text, sc, self.market)
                    forms = [JP_BLUNT_OF[s.frame]] * 3 if s.frame in JP_BLUNT_OF else []
                    for form in forms + [r.choice(JP_BLUNT)]:
                        out.append(a.replace_seg(i, replace(s, text=form.format(v=v, V=cap(v)))))
        elif kind == "foreign_format":
            cur = MARKET_CURRENCY[self.market]
            for _name, v in sorted(sc.values.items()):
                if not (isinstance(v, Money) or hasattr(v, "isoformat")):
                    continue
                own = render_value(v, self.market, cur)
                alts = sorted({render_value(v, st, cur) for st in STYLES} - {own})
                own_words = set(re.findall(r"\b\w\w+\b", own.lower()))
                for i in visible:
                    t = a.segs[i].text
                    if own in t:
                        for alt in alts:
                            # the subtlest formats (same words, other order or separators) are drawn more often
                            same = set(re.findall(r"\b\w\w+\b", alt.lower())) <= own_words
                            for _ in range(3 if same else 1):
                                out.append(a.replace_seg(i, replace(a.segs[i], text=t.replace(own, alt, 1))))
                        break
        elif kind == "exclamation":
            for i in visible:
                t = a.segs[i].text
                if t.endswith("."):
                    out.append(a.replace_seg(i, replace(a.segs[i], text=t[:-1] + "!")))
        elif kind == "chatty_aside":
            for aside in DE_ASIDE_ADD:
                out.append(
                    replace(a, closers=a.closers | {opt[1]: aside})
                    if a.closers.get(opt[1])
                    else a.insert_seg(len(a.segs), Seg("point", aside))
                )
                out.append(a.insert_seg(len(a.segs), Seg("point", aside)))
            for i in visible:
                s = a.segs[i]
                if s.kind in ("point", "ack", "filler") and not isinstance(s.point, Step):
                    for pre in DE_ASIDE_PREFIX:
                        out.append(a.replace_seg(i, replace(s, text=pre + low(s.text))))
        elif kind == "stiff_hedging":
            for i in visible:
                s = a.segs[i]
                if s.kind == "point" and isinstance(s.point, Step):
                    v = render_value_text(s.point.text, sc, self.market)
                    for form in US_STIFF_STEP:
                        out.append(a.replace_seg(i, replace(s, text=form.format(v=v))))
            for close in US_STIFF_CLOSE:
                out.append(replace(a, closers=a.closers | {opt[1]: close}))
            first = visible[0]
            out.append(
                a.replace_seg(first, replace(a.segs[first], text="Dear valued customer, " + low(a.segs[first].text)))
            )
        return out

    def slip_pair(self, sc, a, a_opts, content, r) -> Pair | None:
        kinds = [k for k in self.least(sc.split, "slip", list(SLIPS[self.market]), r)]
        double = self.toggle(sc.split, "slip_double", r) if False else (r.random() < 0.25)
        want = self.toggle(sc.split, "slip_rejected_longer", r)
        opts = list(a_opts)
        r.shuffle(opts)
        for ao in opts:
            ta = a.text(*ao)
            wa = words(ta)
            for kind in kinds:
                variants = self.slip_variants(sc, a, ao, kind, r)
                r.shuffle(variants)
                plans = [(v, kind) for v in variants[:12]]
                if double:
                    extra = [k for k in kinds if k != kind]
                    plans = []
                    for v in variants[:4]:
                        for k2 in extra:
                            for v2 in self.slip_variants(sc, v, ao, k2, r)[:3]:
                                plans.append((v2, "+".join(sorted((kind, k2)))))
                    plans += [(v, kind) for v in variants[:6]]
                best_tie = None
                for v, name in plans:
                    tb = v.text(*ao)
                    wb = words(tb)
                    if tb == ta or not 1 / SLIP_RATIO <= wb / wa <= SLIP_RATIO or unknown_products(tb, sc.prompt_text):
                        continue
                    if words(sc.prompt_text) + wb > MAX_WORDS or not self.is_violation(tb, sc, content):
                        continue
                    if wb != wa and (wb > wa) == want:
                        return self.slip_done(sc, ta, tb, name, wb > wa)
                    if wb == wa and best_tie is None:
                        best_tie = (tb, name)
                if best_tie and r.random() < 0.5:
                    return self.slip_done(sc, ta, best_tie[0], best_tie[1], None)
        return None

    def slip_done(self, sc, ta, tb, name, longer) -> Pair:
        if longer is not None:
            self.record(sc.split, "slip_rejected_longer", longer)
        for k in name.split("+"):
            self.record(sc.split, "slip", k)
        return Pair(sc, "slip", ta, tb, name)

    def is_violation(self, text: str, sc: Scenario, content: Content) -> bool:
        return bool(
            self.contract.problems(text, has_steps(content), self.verbs)
            or foreign_formats(text, sc.values, self.market)
        )

    def length_pair(self, sc, a, a_opts, content, r) -> Pair | None:
        want_short = self.toggle(sc.split, "length_chosen_shorter", r)
        for short in (want_short,):  # no flipping: exactly half of the length pairs prefer the shorter answer
            got = self.length_short(sc, a, a_opts, content, r) if short else self.length_long(sc, a, a_opts, content, r)
            if got:
                self.record(sc.split, "length_chosen_shorter", short)
                return Pair(sc, "length", got[0], got[1], "chosen_shorter" if short else "chosen_longer")
        return None

    def length_short(self, sc, a, a_opts, content, r):
        """The chosen answer is the shorter one; the rejected one is padded."""
        b = padded(a, content, sc.seed)
        pw = words(sc.prompt_text)
        for ao in sorted(a_opts, key=lambda o: a.words(*o)):
            ta = a.text(*ao)
            for k in range(1, 5):
                tb = b.text(ao[0], ao[1], k)
                if words(tb) >= LENGTH_RATIO * words(ta):
                    if pw + words(tb) <= MAX_WORDS and not unknown_products(tb, sc.prompt_text):
                        return ta, tb
                    break
        return None

    def length_long(self, sc, a, a_opts, content, r):
        """The chosen answer is the longer one; the rejected one drops needed points."""
        pts = content.points
        drops = [d for n in range(1, len(pts)) for d in combinations(range(len(pts)), n)]
        r.shuffle(drops)
        drops.sort(key=len)
        for ao in sorted(a_opts, key=lambda o: -a.words(*o)):
            ta = a.text(*ao)
            for d in drops:
                keep = [p for i, p in enumerate(pts) if i not in d]
                b = render_answer(replace(content, points=keep, followup=[]), self.market, sc.seed)
                for bo in sorted(b.options(0), key=lambda o: (o[0], o[1] != "short")):
                    tb = b.text(*bo)
                    if words(ta) >= LENGTH_RATIO * words(tb) and not unknown_products(tb, sc.prompt_text):
                        return ta, tb
            break
        return None

    # ------------------------------------------------------------------------------------------ splits

    def plan_kind(self, sched: Deficit, sit: Situation) -> str:
        allowed = [k for k in KINDS if k != "two_questions" or sit.followup]
        return sched.order(allowed)[0]

    def build_pairs(self, split: str, per_situation: int, used_prompts: set) -> list[Pair]:
        sits = [(t, s) for t in self.topics for s in t.situations if self.splits[s.id] == split]
        types, kinds = Deficit(PAIR_SHARES), Deficit(KIND_SHARES)
        pairs: list[Pair] = []
        seen = set()
        for k in range(math.ceil(per_situation / 2)):
            order = list(sits)
            rng("order", self.market, split, k).shuffle(order)
            for topic, sit in order:
                for attempt in range(6):
                    got = self.scenario_pairs(topic, sit, split, k, attempt, types, kinds, seen)
                    if got:
                        pairs += got
                        for p in got:
                            used_prompts.add(prompt_key(p.sc.prompt))
                        break
        return pairs

    def scenario_pairs(self, topic, sit, split, k, attempt, types: Deficit, kinds: Deficit, seen: set):
        r = rng("plan", self.market, sit.id, k, attempt)
        kind = self.plan_kind(kinds, sit) if attempt < 3 else "plain"
        order = types.order()
        t1 = order[0]
        t2 = next(t for t in order[1:])
        flaw = None
        plan = [t1, t2]
        if "content" in plan:
            avail = self.available_flaws(sit, topic, split)
            flaw = self.least(split, "flaw", avail, r)[0]
        constraint = bool(sit.constraint) and (flaw == "ignored_constraint" or r.random() < 0.35)
        sc = self.scenario(topic, sit, split, (k, attempt), kind, constraint, phrasing=k + attempt)
        key = prompt_key(sc.prompt)
        if key in seen:
            return None
        got = self.chosen(sc)
        if got is None:
            return None
        a, a_opts, content = got
        out = []
        for t in plan:
            pair = None
            if t == "style":
                pair = self.style_pair(sc, a, a_opts, content, r)
            elif t == "content":
                for f in [flaw] + [
                    f for f in self.least(split, "flaw", self.available_flaws(sit, topic, split), r) if f != flaw
                ]:
                    if f == "ignored_constraint" and not sc.constraint:
                        continue
                    pair = self.content_pair(sc, a, a_opts, content, f, r)
                    if pair:
                        break
            elif t == "slip":
                pair = self.slip_pair(sc, a, a_opts, content, r)
            else:
                pair = self.length_pair(sc, a, a_opts, content, r)
            if pair is None:
                self.notes[f"(engine) {self.market} {split}: no {t} pair for {sit.id} ({kind})"] += 1
                continue
            out.append(pair)
            types.counts[t] += 1
        if out:
            kinds.counts[kind] += len(out)
            seen.add(key)
        return out

    def build_prompts(self, split: str, per_situation: int, taken: set, with_reference: bool) -> list[dict]:
        """RL prompts (train situations) or eval prompts with a reference answer (eval situations)."""
        sits = [(t, s) for t in self.topics for s in t.situations if self.splits[s.id] == split]
        kinds = Deficit(KIND_SHARES)
        rows = []
        for k in range(per_situation):
            for topic, sit in sits:
                for attempt in range(12):
                    r = rng("prompt", self.market, split, sit.id, k, attempt)
                    kind = self.plan_kind(kinds, sit) if attempt < 8 else "plain"
                    constraint = bool(sit.constraint) and r.random() < 0.35
                    sc = self.scenario(topic, sit, split, ("p", k, attempt), kind, constraint, phrasing=k + attempt + 1)
                    key = prompt_key(sc.prompt)
                    if key in taken:
                        continue
                    row = {"prompt": sc.prompt}
                    if with_reference:
                        got = self.chosen(sc)
                        if got is None:
                            continue
                        a, opts, _ = got
                        row["reference"] = a.text(*r.choice(opts))
                    row |= {"topic": topic.name, "situation": sit.id, "prompt_kind": kind}
                    rows.append(row)
                    taken.add(key)
                    kinds.counts[kind] += 1
                    break
        return rows


def render_value_text(template: str, sc: Scenario, market: str) -> str:
    from gen.common import render

    return render(template, sc.values, market, MARKET_CURRENCY[market])


def prompt_key(prompt) -> str:
    import json

    return prompt.strip() if isinstance(prompt, str) else json.dumps(prompt, sort_keys=True)
