"""Reference metrics for generated answers: chrF, BLEU, ROUGE-L, distinct-n and repetition.

chrF and BLEU come from sacrebleu (corpus level, its standard settings); ROUGE-L is computed here because
rouge-score's default tokenizer keeps only ASCII ``[a-z0-9]`` and scores any Japanese or Chinese text 0.0.
Every function takes plain strings, so ``evaluate`` can call them on adapter and base answers alike:

    from culturalign.judge.metrics import reference_metrics
    reference_metrics(hypotheses, references)  # {"chrf": ..., "bleu": ..., "rouge_l": ..., ...}

Tokenisation for BLEU, ROUGE-L and distinct-n: scripts written without spaces between words (Han, kana, Thai, Lao,
Khmer, Myanmar) are split into single characters, the usual word-level proxy for them; everything else is split into
Unicode words. sacrebleu's 'ja-mecab'/'ko-mecab' need MeCab dictionaries and 'flores200' needs sentencepiece plus a
model download, none of which this offline machine has; 'intl' keeps a Japanese sentence as one token, and 'zh'
misses kana and Thai (and, through a range bug, also splits U+2000-U+2A6D: curly quotes, €). So BLEU is sacrebleu's
standard '13a' after that character split: on text without those scripts it is exactly 13a BLEU, comparable with
published English numbers.
"""

from __future__ import annotations

import re
import unicodedata

from culturalign.data.text import CONTINUOUS_SCRIPTS, ngrams, repetition_rate, tokens

# For BLEU also CJK punctuation and full-width forms ("。", "！"): 13a only splits ASCII punctuation off words.
_SPLIT_CHARS = re.compile(f"([{CONTINUOUS_SCRIPTS}\u3000-\u303f\uff00-\uffef])")


def split_continuous(text: str) -> str:
    """Spaces around every continuous-script character (with its combining marks), so 13a sees each as a word."""
    pieces: list[str] = []
    for piece in _SPLIT_CHARS.split(unicodedata.normalize("NFC", text)):
        if pieces and piece and unicodedata.category(piece[0]).startswith("M"):
            pieces[-1] += piece
        elif piece:
            pieces.append(piece)
    return " ".join(" ".join(pieces).split())


# ------------------------------------------------------------------------------------------------------ sacrebleu


def chrf(hypotheses: list[str], references: list[str]) -> float:
    """Corpus chrF (0-100; character 6-grams, beta 2): works on any script since it ignores word boundaries."""
    import sacrebleu

    return sacrebleu.corpus_chrf(hypotheses, [references]).score


def bleu(hypotheses: list[str], references: list[str]) -> float:
    """Corpus BLEU (0-100) with 13a after splitting continuous-script characters (see the module docstring)."""
    import sacrebleu

    hyps = [split_continuous(h) for h in hypotheses]
    refs = [split_continuous(r) for r in references]
    return sacrebleu.corpus_bleu(hyps, [refs], tokenize="13a").score


# -------------------------------------------------------------------------------------------------------- ROUGE-L


def lcs_length(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence (one row of the DP table at a time: O(len(b)) memory)."""
    if len(a) < len(b):
        a, b = b, a
    row = [0] * (len(b) + 1)
    for x in a:
        diagonal = 0  # row[j - 1] of the previous row
        for j, y in enumerate(b, start=1):
            diagonal, row[j] = row[j], diagonal + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


def rouge_l_pair(hypothesis: str, reference: str) -> float:
    """ROUGE-L F1 of one pair: P = LCS/|hyp|, R = LCS/|ref|, F = 2PR/(P+R); 0 when either side has no tokens."""
    hyp, ref = tokens(hypothesis), tokens(reference)
    lcs = lcs_length(hyp, ref)
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(hyp), lcs / len(ref)
    return 2 * precision * recall / (precision + recall)


def rouge_l(hypotheses: list[str], references: list[str]) -> float:
    """Mean sentence-level ROUGE-L F1 (0-1) over aligned pairs, as rouge-score's rougeL averages it."""
    pairs = list(zip(hypotheses, references, strict=True))
    return sum(rouge_l_pair(h, r) for h, r in pairs) / max(len(pairs), 1)


# ------------------------------------------------------------------------------------------- diversity / looping


def distinct_n(texts: list[str], n: int) -> float:
    """Li et al. (2016) distinct-n: distinct n-grams / all n-grams, pooled over the corpus (0 if there are none).

    Low values across a corpus mean the model answers every prompt with the same phrases (mode collapse).
    """
    grams = [g for t in texts for g in ngrams(tokens(t), n)]
    return len(set(grams)) / len(grams) if grams else 0.0


def looping_fraction(texts: list[str], threshold: float = 0.5, n: int = 3) -> float:
    """Share of texts whose repetition rate reaches ``threshold``: answers that are mostly a loop."""
    return sum(repetition_rate(t, n) >= threshold for t in texts) / max(len(texts), 1)


def reference_metrics(hypotheses: list[str], references: list[str]) -> dict[str, float]:
    """All reference and diversity metrics of one system's answers, flat for MLflow."""
    return {
        "chrf": chrf(hypotheses, references),
        "bleu": bleu(hypotheses, references),
        "rouge_l": rouge_l(hypotheses, references),
        "distinct_1": distinct_n(hypotheses, 1),
        "distinct_2": distinct_n(hypotheses, 2),
        "repetition": sum(repetition_rate(h) for h in hypotheses) / max(len(hypotheses), 1),
        "looping": looping_fraction(hypotheses),
    }
