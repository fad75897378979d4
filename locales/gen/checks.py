"""Contract checks of answers, pair checks of the generated data, and two baselines (longer wins, bag of words).

The contracts come from ``policies/<tag>.yaml`` (communication.verbosity_words, contractions, max_exclamations,
numbered_steps, imperatives, opening, phrases) and are read here directly, without importing the platform package.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from gen.common import MARKET_CURRENCY, STYLES, Money, render_value
from gen.world import unknown_products

TAGS = {"us": "en-US", "jp": "en-JP", "de": "en-DE"}
POLICIES = Path(__file__).resolve().parents[2] / "policies"
MAX_WORDS = 220  # prompt + answer, about 300 tokens
# Contractions; "'s" only after words where it stands for "is"/"has" (a possessive like "mother's" is fine).
CONTRACTION = re.compile(
    r"\b(\w+['’](re|ll|ve|d|t|m)|(it|that|there|here|what|who|where|how|he|she|let|everything|nothing|"
    r"something|anything|everyone|someone|name)['’]s)\b",
    re.I,
)
NUMBERED = re.compile(r"^\s*\d+[.)]\s", re.M)
GRATITUDE = re.compile(
    r"^(thank|many thanks|we (sincerely |truly |are (very |so )?)?(thank|grateful|appreciate))", re.I
)
SMALL_TALK = re.compile(
    r"^(thank|thanks|hi\b|hello|hey|dear|sure\b|great|good (morning|afternoon|day)|greetings)", re.I
)


# Markers the policies imply but do not list: chatty asides for de (no small talk), stiff honorifics for us.
EXTRA_MARKERS = {
    "de": [
        "hope that helps",
        "happy to help",
        "good news",
        "quick tip",
        "fun fact",
        "by the way",
        "no worries",
        "great question",
    ],
    "us": [
        "most grateful",
        "humbly",
        "dear valued customer",
        "we would be grateful",
        "respectfully",
        "might we ask",
        "we would be honored",
        "could you possibly",
        "sincere regards",
    ],
    "jp": ["no worries", "hope that helps"],
}


def words(text: str) -> int:
    return len(text.split())


def sentences(text: str) -> list[str]:
    """Sentences of an answer; numbered-list markers are stripped."""
    out = []
    for line in text.splitlines():
        line = NUMBERED.sub("", line).strip()
        if line:
            out += [s for s in re.split(r"(?<=[.!?:])\s+(?=[A-Z\"'])", line) if s.strip()]
    return out


def first_sentence(text: str) -> str:
    s = sentences(text)
    return s[0] if s else ""


def last_sentence(text: str) -> str:
    s = sentences(text)
    return s[-1] if s else ""


@dataclass
class Contract:
    market: str
    band: tuple[int, int]
    contractions: str
    max_excl: int
    numbered: str
    imperatives: str
    opening: str
    forbidden: list[str]
    discouraged: list[str]

    @classmethod
    def load(cls, market: str) -> Contract:
        p = yaml.safe_load((POLICIES / f"{TAGS[market]}.yaml").read_text())
        c = p["communication"]
        return cls(
            market,
            tuple(c["verbosity_words"]),
            c["contractions"],
            c["max_exclamations"],
            c["numbered_steps"],
            c["imperatives"],
            c["opening"],
            list(p["phrases"].get("forbidden", [])),
            list(p["phrases"].get("discouraged", [])),
        )

    def problems(self, text: str, has_steps: bool, verbs: set[str]) -> list[str]:
        """What in ``text`` breaks this market's contract (empty: fine)."""
        out = []
        n = words(text)
        lo, hi = self.band
        if not lo <= n <= hi:
            out.append(f"{n} words, want {lo}-{hi}")
        norm = text.replace("’", "'")
        has_contraction = bool(CONTRACTION.search(norm))
        if self.contractions == "forbidden" and has_contraction:
            out.append(f"contraction {CONTRACTION.search(norm).group(0)!r}")
        if self.contractions == "encouraged" and not has_contraction:
            out.append("no contraction")
        if text.count("!") > self.max_excl:
            out.append(f"{text.count('!')} '!' (max {self.max_excl})")
        if self.numbered == "avoid" and NUMBERED.search(text):
            out.append("numbered steps")
        if self.numbered == "preferred" and has_steps and not re.search(r"^1\. ", text, re.M):
            out.append("no numbered steps")
        sents = sentences(text)
        if self.imperatives == "avoid":
            for s in sents:
                w = re.sub(r"^[^A-Za-z]+", "", s).split(" ", 1)[0].lower().strip(",.")
                if w in verbs:
                    out.append(f"imperative sentence {s[:40]!r}")
                    break
        first = sents[0] if sents else ""
        if self.opening == "gratitude" and not GRATITUDE.match(first):
            out.append(f"does not open with gratitude: {first[:40]!r}")
        if self.opening == "answer" and SMALL_TALK.match(first):
            out.append(f"opens with small talk, not the answer: {first[:40]!r}")
        lowered = f" {text.lower()} "
        for phrase in self.forbidden + self.discouraged + EXTRA_MARKERS.get(self.market, []):
            if re.search(rf"(?<![a-z']){re.escape(phrase.lower())}(?![a-z])", lowered):
                out.append(f"phrase {phrase!r}")
        return out


def foreign_formats(text: str, values: dict, market: str) -> list[str]:
    """Money/date values of the scenario that ``text`` writes in another style's CLDR format."""
    out = []
    cur = MARKET_CURRENCY[market]
    for name, v in sorted(values.items()):
        if not isinstance(v, Money) and not hasattr(v, "isoformat"):
            continue
        own = render_value(v, market, cur)
        for style in STYLES:
            other = render_value(v, style, cur)
            if other != own and other not in own and other in text:
                out.append(f"{name} as {other!r}")
    return out


# --------------------------------------------------------------------------------------------------- baselines


def longer_wins(rows: list[dict]) -> float:
    """Share of pairs where the longer answer is the chosen one (ties count one half)."""
    if not rows:
        return float("nan")
    score = 0.0
    for r in rows:
        c, j = words(answer_text(r["chosen"])), words(answer_text(r["rejected"]))
        score += 1.0 if c > j else 0.5 if c == j else 0.0
    return score / len(rows)


def answer_text(a) -> str:
    return a if isinstance(a, str) else a[-1]["content"]


# Words as scikit-learn's CountVectorizer sees them (2+ word characters); PUNCT adds punctuation marks and
# contraction endings as tokens (a stricter variant, reported next to it).
WORD = re.compile(r"\b\w\w+\b")
PUNCT = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]")
TOKEN = WORD


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def bow_baseline(
    train: list[dict],
    test: list[dict],
    min_count: int = 2,
    l2: float = 1e-4,
    steps: int = 300,
    pattern: re.Pattern = WORD,
):
    """Logistic regression on counts(chosen) - counts(rejected) over a vocabulary (numpy, sparse, Adam), trained on
    ``train`` with symmetric augmentation ((x, 1) and (-x, 0)); predicts "chosen" when w.x > 0.

    Returns (accuracy per pair type on ``test``, the words with the largest weights both ways)."""

    def tokens(text: str) -> list[str]:
        return pattern.findall(text.lower())

    vocab_counts = Counter(t for r in train for a in (r["chosen"], r["rejected"]) for t in tokens(answer_text(a)))
    vocab = {t: i for i, t in enumerate(sorted(t for t, n in vocab_counts.items() if n >= min_count))}

    def feats(rows):
        ri, ci, vi = [], [], []
        for i, r in enumerate(rows):
            c = Counter(tokens(answer_text(r["chosen"])))
            c.subtract(tokens(answer_text(r["rejected"])))
            for t, n in sorted(c.items()):
                if n and t in vocab:
                    ri.append(i), ci.append(vocab[t]), vi.append(float(n))
        return np.array(ri, dtype=np.int64), np.array(ci, dtype=np.int64), np.array(vi)

    rows_, cols, vals = feats(train)
    n, v = len(train), len(vocab)
    w = np.zeros(v)
    m1, m2 = np.zeros(v), np.zeros(v)
    for step in range(1, steps + 1):
        z = np.bincount(rows_, weights=vals * w[cols], minlength=n)
        # symmetric augmentation: (x, 1) and (-x, 0) both give the gradient (sigmoid(z) - 1) x, so average them
        err = 1 / (1 + np.exp(-np.clip(z, -30, 30))) - 1
        grad = np.bincount(cols, weights=vals * err[rows_], minlength=v) / n + l2 * w
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad**2
        w -= 0.05 * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
    tr, tc, tv = feats(test)
    s = np.bincount(tr, weights=tv * w[tc], minlength=len(test))
    correct = np.where(s > 1e-9, 1.0, np.where(s < -1e-9, 0.0, 0.5))
    acc: dict[str, list[float]] = defaultdict(list)
    for r, c in zip(test, correct, strict=True):
        acc[r["pair_type"]].append(c)
        acc["all"].append(c)
    inv = {i: t for t, i in vocab.items()}
    order = np.argsort(w)
    top = {
        "chosen": [(inv[i], round(float(w[i]), 2)) for i in order[::-1][:12]],
        "rejected": [(inv[i], round(float(w[i]), 2)) for i in order[:12]],
    }
    return {k: round(float(np.mean(v)), 3) for k, v in sorted(acc.items())}, top


def bow_by(train: list[dict], test: list[dict], key: str) -> dict[str, float]:
    """BoW accuracy on ``test`` grouped by another field (e.g. flaw)."""
    acc, _ = bow_baseline(train, [r | {"pair_type": str(r.get(key))} for r in test])
    return acc


__all__ = ["Contract", "foreign_formats", "longer_wins", "bow_baseline", "unknown_products", "MAX_WORDS"]


# ------------------------------------------------------------------------------------------------- data checks

TYPE_LIMITS = {"style": (0.25, 0.40), "content": (0.25, 1.0), "slip": (0.20, 1.0), "length": (0.15, 1.0)}
KIND_MIN = {"emotional": 0.15, "two_questions": 0.10, "multi_turn": 0.10}
SIZES = {"train": 1600, "test": 270, "rl": 320, "eval": 72}


def prompt_key(prompt) -> str:
    import json

    return prompt.strip() if isinstance(prompt, str) else json.dumps(prompt, sort_keys=True)


def prompt_text(prompt) -> str:
    return prompt if isinstance(prompt, str) else "\n".join(m["content"] for m in prompt)


def market_problems(
    market: str,
    pairs: list,
    rl: list[dict],
    evals: list[dict],
    splits: dict[str, str],
    contract: Contract,
    verbs: set[str],
    has_steps,
    full: bool = True,
) -> tuple[list[str], list[str]]:
    """(problems, warnings) of one market's data. ``pairs``: internal Pair objects (see gen/pairs.py).

    full=False (a subset of the topic modules): the dataset-level rules (sizes, the 3% opener rule) only warn."""
    P, W = [], []
    S = P if full else W  # where dataset-level findings go
    rows = [p.row() for p in pairs]
    for p in pairs:
        where = f"{market} {p.sc.sit.id} {p.pair_type}/{p.flaw}"
        pt = p.sc.prompt_text
        for problem in contract.problems(p.chosen, has_steps(p), verbs):
            P.append(f"{where}: chosen: {problem}")
        for problem in foreign_formats(p.chosen, p.sc.values, market):
            P.append(f"{where}: chosen writes {problem}")
        for name, text in (("chosen", p.chosen), ("rejected", p.rejected)):
            bad = unknown_products(text, pt)
            if bad:
                P.append(f"{where}: {name} names {bad}, absent from the prompt")
            if words(pt) + words(text) > MAX_WORDS:
                P.append(f"{where}: prompt+{name} {words(pt) + words(text)} words > {MAX_WORDS}")
        wc, wr = words(p.chosen), words(p.rejected)
        if p.chosen.strip() == p.rejected.strip():
            P.append(f"{where}: rejected identical to chosen")
        if p.pair_type == "content" and max(wc, wr) / min(wc, wr) > 1.15 + 1e-9:
            P.append(f"{where}: content pair words {wc}/{wr} differ by more than 15%")
        if p.pair_type == "slip":
            if max(wc, wr) / min(wc, wr) > 1.10 + 1e-9:
                P.append(f"{where}: slip pair words {wc}/{wr} differ by more than 10%")
            if not (
                contract.problems(p.rejected, has_steps(p), verbs) or foreign_formats(p.rejected, p.sc.values, market)
            ):
                P.append(f"{where}: slip rejected breaks no contract")
        if p.pair_type == "length" and max(wc, wr) < 1.5 * min(wc, wr):
            P.append(f"{where}: length pair words {wc}/{wr} under 1.5x")
        if p.pair_type == "length" and (wc < wr) != (p.flaw == "chosen_shorter"):
            P.append(f"{where}: length pair flaw {p.flaw} but words {wc}/{wr}")
    seen = Counter((prompt_key(r["prompt"]), str(r["chosen"]), str(r["rejected"])) for r in rows)
    dups = sum(n - 1 for n in seen.values() if n > 1)
    if dups:
        P.append(f"{market}: {dups} duplicate rows")
    for split in ("train", "test"):
        sub = [r for r in rows if r["split"] == split]
        n = len(sub)
        if n < SIZES[split]:
            S.append(f"{market} {split}: {n} pairs, want at least {SIZES[split]}")
        if not n:
            continue
        types = Counter(r["pair_type"] for r in sub)
        for t, (lo, hi) in TYPE_LIMITS.items():
            share = types[t] / n
            if not lo <= share <= hi:
                S.append(f"{market} {split}: {t} share {share:.2f} outside {lo}-{hi}")
        kinds = Counter(r["prompt_kind"] for r in sub)
        for k, lo in KIND_MIN.items():
            if kinds[k] / n < lo:
                S.append(f"{market} {split}: {k} prompts {kinds[k] / n:.2f} < {lo}")
        if kinds["plain"] == 0:
            S.append(f"{market} {split}: no plain prompts")
        style = [p for p in pairs if p.sc.split == split and p.pair_type == "style"]
        longer = sum(words(p.rejected) > words(p.chosen) for p in style) / max(len(style), 1)
        if style and not 0.40 <= longer <= 0.60:
            S.append(f"{market} {split}: rejected longer in {longer:.2f} of style pairs, want 0.40-0.60")
        length = [p for p in pairs if p.sc.split == split and p.pair_type == "length"]
        short = sum(p.flaw == "chosen_shorter" for p in length)
        if abs(2 * short - len(length)) > 1:
            S.append(f"{market} {split}: chosen shorter in {short} of {len(length)} length pairs, want half")
        for t in ("content", "slip", "length"):
            lw = longer_wins([r for r in sub if r["pair_type"] == t])
            if not 0.35 <= lw <= 0.65:
                W.append(f"{market} {split}: longer-wins {lw:.2f} on {t} pairs (aim 0.35-0.65)")
        if longer_wins(sub) >= 0.7:
            S.append(f"{market} {split}: longer-wins {longer_wins(sub):.2f} overall, want below 0.7")
        content = [r for r in sub if r["pair_type"] == "content"]
        flaws = Counter(r["flaw"] for r in content)
        if content and min(flaws.get(f, 0) for f in flaws) < 0.5 * len(content) / max(len(flaws), 1):
            W.append(f"{market} {split}: uneven flaws {dict(flaws)}")
    # openers: no opening sentence in more than 3% of the market's chosen answers
    openers = Counter(first_sentence(p.chosen) for p in pairs)
    for s, n in openers.most_common(3):
        if n > 0.03 * len(pairs):
            S.append(f"{market}: opening sentence in {n / len(pairs):.1%} of chosen answers: {s!r}")
    # splits: situations and prompts disjoint
    by_split = {"train": set(), "test": set(), "eval": set(), "rl": set()}
    sits = defaultdict(set)
    for r in rows:
        by_split[r["split"]].add(prompt_key(r["prompt"]))
        sits[r["split"]].add(r["situation"])
        if splits[r["situation"]] != r["split"]:
            P.append(f"{market}: {r['situation']} ({splits[r['situation']]}) in {r['split']} pairs")
    for r in rl:
        by_split["rl"].add(prompt_key(r["prompt"]))
        if splits[r["situation"]] != "train":
            P.append(f"{market}: RL prompt from {splits[r['situation']]} situation {r['situation']}")
    for r in evals:
        by_split["eval"].add(prompt_key(r["prompt"]))
        if splits[r["situation"]] != "eval":
            P.append(f"{market}: eval prompt from {splits[r['situation']]} situation {r['situation']}")
        for problem in contract.problems(r["reference"], True, verbs):
            if "numbered" not in problem:
                P.append(f"{market} eval {r['situation']}: reference: {problem}")
    names = list(by_split)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            both = by_split[a] & by_split[b]
            if both:
                P.append(f"{market}: {len(both)} prompts in both {a} and {b}")
    for name, rows_, need in (("rl", rl, SIZES["rl"]), ("eval", evals, SIZES["eval"])):
        if len(rows_) < need:
            S.append(f"{market} {name}: {len(rows_)} prompts, want at least {need}")
        kinds = {r["prompt_kind"] for r in rows_}
        if kinds != {"plain", "emotional", "two_questions", "multi_turn"}:
            S.append(f"{market} {name}: prompt kinds {sorted(kinds)}")
    return P, W


def identical_prompt_share(prompts_by_market: dict[str, list]) -> dict[str, float]:
    """Per market: share of its pair prompts that also occur (verbatim) in another market's data."""
    keys = {m: {prompt_key(p) for p in ps} for m, ps in prompts_by_market.items()}
    out = {}
    for m, ps in prompts_by_market.items():
        others = set().union(*(k for n, k in keys.items() if n != m)) if len(keys) > 1 else set()
        out[m] = sum(prompt_key(p) in others for p in ps) / max(len(ps), 1)
    return out
