"""GPT-style classifiers that ship without a pad token still classify in batches, same as one by one."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import AutoTokenizer, GPT2Config, GPT2ForSequenceClassification

from ml.loading import resolve_model_spec
from ml.sentiment import TransformerSentiment


def test_model_without_pad_token_batches_like_single_texts(tmp_path: Path) -> None:
    tokenizer = AutoTokenizer.from_pretrained(resolve_model_spec("all-minilm-l6-v2").source)
    tokenizer.pad_token = None
    tokenizer.eos_token = "[SEP]"
    tokenizer.save_pretrained(tmp_path)
    torch.manual_seed(0)
    config = GPT2Config(
        vocab_size=tokenizer.vocab_size,
        n_embd=16,
        n_layer=1,
        n_head=2,
        n_positions=64,
        bos_token_id=tokenizer.eos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        initializer_range=0.5,
        id2label={0: "NEGATIVE", 1: "POSITIVE"},
        label2id={"NEGATIVE": 0, "POSITIVE": 1},
    )
    GPT2ForSequenceClassification(config).save_pretrained(tmp_path)

    classifier = TransformerSentiment.from_pretrained(str(tmp_path), device="cpu", quantize=False)
    texts = ["Love it.", "The strap broke after two days and support never answered my emails.", "Okay."]
    alone = [classifier.classify([text])[0] for text in texts]
    together = classifier.classify(texts, batch_size=3)

    # Padding must not change which token the model reads its verdict from.
    assert [r.score for r in together] == pytest.approx([r.score for r in alone], abs=1e-5)
    assert len({round(r.score, 4) for r in alone}) == len(texts)
