"""Reference metrics: tokenisation of scripts without spaces, ROUGE-L and BLEU by hand, distinct-n, looping."""

from __future__ import annotations

import pytest
import sacrebleu
from conftest import ROOT
from culturalign.data.policies import features, load_policy
from culturalign.judge import metrics


def test_tokens_split_continuous_scripts_and_keep_other_words():
    assert metrics.tokens("今日は晴れ。Hello, World!") == ["今", "日", "は", "晴", "れ", "hello", "world"]
    assert metrics.tokens("你好世界") == ["你", "好", "世", "界"]
    # Hangul is written with spaces: words stay words.
    assert metrics.tokens("안녕하세요 세계") == ["안녕하세요", "세계"]
    # Thai vowel/tone marks are combining characters: they stay on their consonant (ดี is one token, not two).
    assert metrics.tokens("สวัสดี") == ["ส", "วั", "ส", "ดี"]
    # A decomposed é (e + U+0301) is NFC-composed and stays inside its word.
    assert metrics.tokens("Cafe\u0301 au lait") == ["café", "au", "lait"]
    assert metrics.tokens("Stop!!", punctuation=True) == ["stop", "!", "!"]


def test_split_continuous_leaves_latin_text_alone():
    assert metrics.split_continuous("Open the app, tap Settings.") == "Open the app, tap Settings."
    assert metrics.split_continuous("今日は。OK！") == "今 日 は 。 OK ！"


def test_lcs_length_classic_example():
    # CLRS 15.4: LCS("ABCBDAB", "BDCABA") has length 4 (e.g. "BCBA").
    assert metrics.lcs_length(list("ABCBDAB"), list("BDCABA")) == 4
    assert metrics.lcs_length([], list("abc")) == 0


@pytest.mark.parametrize(
    ("hyp", "ref", "expected"),
    [
        # 6 tokens each; LCS "the cat sat on mat" = 5: P = R = 5/6, so F = 5/6.
        ("the cat sat on the mat", "the cat sat on a mat", 5 / 6),
        # LCS 2: P = 2/2 = 1, R = 2/4 = 0.5, F = 2 * 1 * 0.5 / 1.5 = 2/3.
        ("the cat", "the black cat sat", 2 / 3),
        # 今日は晴れ (5 characters) vs 今日は雨 (4): LCS 今日は = 3, P = 3/5, R = 3/4, F = 2*0.45/1.35 = 2/3.
        ("今日は晴れ", "今日は雨", 2 / 3),
        # Identical Chinese scores 1 (rouge-score's ASCII tokenizer scores it 0).
        ("我们很抱歉", "我们很抱歉", 1.0),
        # Case and punctuation do not count.
        ("Thank you!", "thank you", 1.0),
        ("", "anything", 0.0),
    ],
)
def test_rouge_l_pair_hand_values(hyp, ref, expected):
    assert metrics.rouge_l_pair(hyp, ref) == pytest.approx(expected)


def test_rouge_l_is_the_mean_over_pairs():
    # (5/6 + 1) / 2 = 11/12
    assert metrics.rouge_l(["the cat sat on the mat", "yes"], ["the cat sat on a mat", "yes"]) == pytest.approx(11 / 12)
    with pytest.raises(ValueError):
        metrics.rouge_l(["a"], ["a", "b"])


def test_bleu_english_is_plain_13a_bleu():
    # Precisions 5/6, 3/5, 2/4, 1/3; equal lengths so BP = 1: BLEU = (1/12) ** (1/4) = 0.537285.
    hyp, ref = ["the cat sat on the mat"], ["the cat sat on a mat"]
    assert metrics.bleu(hyp, ref) == pytest.approx(100 * (1 / 12) ** 0.25)
    assert metrics.bleu(hyp, ref) == pytest.approx(sacrebleu.corpus_bleu(hyp, [ref]).score)


def test_bleu_japanese_counts_characters():
    # 9 vs 8 characters sharing 今日は良い天気: precisions 7/9, 6/8, 5/7, 4/6; hyp longer so BP = 1:
    # (7/9 * 6/8 * 5/7 * 4/6) ** (1/4) = (840/3024) ** 0.25 = 0.725980.
    hyp, ref = ["今日は良い天気です"], ["今日は良い天気だ"]
    assert metrics.bleu(hyp, ref) == pytest.approx(100 * (840 / 3024) ** 0.25)
    # Why not sacrebleu's 'intl': the whole sentence is one token, so no n-gram matches.
    assert sacrebleu.corpus_bleu(hyp, [ref], tokenize="intl").score == 0.0


def test_chrf_any_script():
    assert metrics.chrf(["今日は良い天気です"], ["今日は良い天気です"]) == pytest.approx(100.0)
    hyp, ref = ["the cat sat on the mat"], ["the cat sat on a mat"]
    assert metrics.chrf(hyp, ref) == pytest.approx(sacrebleu.corpus_chrf(hyp, [ref]).score)


def test_distinct_n_pools_the_corpus():
    # Unigrams a b a b a c: 3 distinct of 6 = 0.5. Bigrams ab ba ab | ac: 3 distinct of 4 = 0.75 (none across texts).
    texts = ["a b a b", "a c"]
    assert metrics.distinct_n(texts, 1) == pytest.approx(0.5)
    assert metrics.distinct_n(texts, 2) == pytest.approx(0.75)
    assert metrics.distinct_n(["a"], 2) == 0.0


def test_repetition_rate_sees_loops_in_any_script():
    # 5 tokens -> 3 trigrams, all "go go go": 1 - 1/3 = 2/3.
    assert metrics.repetition_rate("go go go go go") == pytest.approx(2 / 3)
    # 15 characters -> 13 trigrams, 5 distinct (ありが りがと がとう とうあ うあり): 1 - 5/13 = 8/13.
    loop = "ありがとうありがとうありがとう"
    assert metrics.repetition_rate(loop) == pytest.approx(8 / 13)
    # the RL rule reward counts repetition with this same measure
    assert features(load_policy(ROOT / "policies" / "en-JP.yaml"), loop)["repetition"] == pytest.approx(8 / 13)
    assert metrics.repetition_rate("Thank you for asking.") == 0.0


def test_looping_fraction_and_reference_metrics():
    texts = ["go go go go go", "a fine short answer"]
    assert metrics.looping_fraction(texts) == 0.5  # 2/3 >= 0.5; 0 < 0.5
    out = metrics.reference_metrics(texts, texts)
    assert set(out) == {"chrf", "bleu", "rouge_l", "distinct_1", "distinct_2", "repetition", "looping"}
    assert out["chrf"] == pytest.approx(100.0) and out["bleu"] == pytest.approx(100.0) and out["rouge_l"] == 1.0
    assert out["repetition"] == pytest.approx(1 / 3)  # (2/3 + 0) / 2
