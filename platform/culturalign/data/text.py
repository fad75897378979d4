"""Text statistics every part shares: script-aware tokens, n-grams, and how much a text repeats itself.

The policy rule features (``data.policies``), the RL rule reward and the evaluation's repetition gate measure text
with these same functions.
"""

from __future__ import annotations

import re
import unicodedata

# Scripts written without spaces between words; each character counts as one token.
CONTINUOUS_SCRIPTS = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff\u31f0-\u31ff"  # Hiragana, Katakana (+ phonetic extensions)
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han: extension A, unified, compatibility
    "\uff66-\uff9f"  # half-width Katakana
    "\U00020000-\U0003134f"  # Han: extensions B-G
)
_CHAR = f"[{CONTINUOUS_SCRIPTS}]"
# A word is a run of word characters that are not from a continuous script.
WORD_TOKEN = re.compile(f"{_CHAR}|(?:(?!{_CHAR})\\w)+")
# The same, plus single punctuation marks: a loop like "!!!!" or "1.1.1." is repetition too.
ANY_TOKEN = re.compile(f"{_CHAR}|(?:(?!{_CHAR})\\w)+|[^\\w\\s]")


def tokens(text: str, punctuation: bool = False) -> list[str]:
    """Lower-cased word tokens; continuous-script characters one by one; punctuation only if asked.

    NFC first so a decomposed "é" stays one word; a combining mark left over (Thai vowel and tone marks) joins the
    character before it, so "ดี" is one token, not a consonant plus a stray mark.
    """
    found = (ANY_TOKEN if punctuation else WORD_TOKEN).findall(unicodedata.normalize("NFC", text.lower()))
    out: list[str] = []
    for tok in found:
        if out and unicodedata.category(tok[0]).startswith("M"):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def ngrams(toks: list[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)]


def repetition_rate(text: str, n: int = 3) -> float:
    """Share of token n-grams in one text that repeat an earlier one (0 none; a degenerate loop approaches 1).

    The continuous-script split makes a Japanese loop count too. The RL rule reward (``policies.features``) and the
    repetition gate both use this one measure.
    """
    grams = ngrams(tokens(text, punctuation=True), n)
    return 1 - len(set(grams)) / len(grams) if grams else 0.0


# A window of 40 non-space characters that is mostly digits and punctuation is "number soup" ("1.1.2.11.01.3.12..."):
# real answers keep amounts and dates short ("¥19,500 on 2026/12/03" has letters within any 40 characters of it).
SOUP_WINDOW, SOUP_SHARE = 40, 0.7
LOOP_RATE = 0.5  # half of an answer's trigrams repeat earlier ones: it is looping


def soup(text: str) -> bool:
    """Whether some stretch of ``text`` is mostly digits and punctuation rather than words."""
    chars = [c for c in text if not c.isspace()]
    flags = [not c.isalpha() for c in chars]
    if len(flags) < SOUP_WINDOW:
        return len(flags) >= 8 and sum(flags) > SOUP_SHARE * len(flags)
    running = sum(flags[:SOUP_WINDOW])
    for i in range(SOUP_WINDOW, len(flags) + 1):
        if running > SOUP_SHARE * SOUP_WINDOW:
            return True
        if i < len(flags):
            running += flags[i] - flags[i - SOUP_WINDOW]
    return False


def degenerate(text: str) -> str | None:
    """Why an answer is degenerate (``soup``, ``loop``, ``empty``), or None for an answer a person could read.

    Reward hacking on a small model shows as text that scores but is not language: digit and punctuation soup, the
    same phrase looped, or nothing at all. Each is cheap to see and needs no model, so the check runs on every
    evaluated answer of the adapter and of the base alike.
    """
    if len(tokens(text)) < 3:
        return "empty"
    if soup(text):
        return "soup"
    if repetition_rate(text) >= LOOP_RATE:
        return "loop"
    return None


def degenerate_rate(texts: list[str]) -> float:
    return sum(degenerate(t) is not None for t in texts) / max(len(texts), 1)
