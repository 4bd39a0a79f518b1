"""A bare encoder (no trained classification head) is refused instead of giving random verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import AutoTokenizer, BertConfig, BertModel

from ml.loading import resolve_model_spec
from ml.sentiment import SentimentModelError, load_sentiment_model


def test_encoder_without_classifier_weights_is_refused(tmp_path: Path) -> None:
    tokenizer = AutoTokenizer.from_pretrained(resolve_model_spec("all-minilm-l6-v2").source)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
    )
    BertModel(config).save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)

    with pytest.raises(SentimentModelError, match="no trained classification head"):
        load_sentiment_model(str(tmp_path), device="cpu")
