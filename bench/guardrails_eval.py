"""Measure the copy fact check on generated product descriptions of the demo catalogue.

    python -m bench.guardrails_eval [--model SPEC] [--variants 2] [--limit N] [--seed S]
                                    [--out FILE.jsonl] [--sample 50] [--sample-out FILE.jsonl]

For every product of ``products/demo/catalog.json`` the copy studio's own prompt is built
(``marketing.services.copy_prompts.build_copy_messages`` with the default product-description template
and house brand voice, the product's three best recent reviews quoted as untrusted data; the catalogue
rows stand in for the Django rows, and that module needs no Django at run time). The default model then
writes ``--variants`` descriptions per product (temperature 0.5, top_p 0.9, repetition penalty 1.15,
120 new tokens, one seed), fact-list echoes are stripped as the studio does, and
``ml.guardrails.check_facts`` checks each variant against the facts the studio checks against (brand,
category, attributes, price, title).

Printed: how many variants have at least one unsupported claim, claims and unsupported claims per
variant, and unsupported claims by kind. Every variant with its claims goes to ``--out`` (one JSON object
per line); ``--sample`` variants drawn with the seed go to ``--sample-out`` with empty ``human_*`` fields,
for a person to read each against its facts and fill in what the fact check missed.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import os
import platform
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a file (python bench/guardrails_eval.py): make the project importable.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from marketing.services.copy_prompts import (  # noqa: E402 - needs the path set above
    DEFAULT_BRAND_VOICE,
    DEFAULT_TEMPLATES,
    CopyRequestOptions,
    build_copy_messages,
)
from ml.guardrails import check_brand_voice, check_facts, strip_prompt_echo  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CATALOG = ROOT / "products" / "demo" / "catalog.json"
DEFAULT_OUT = ROOT / "var" / "guardrails_eval.jsonl"
DEFAULT_SAMPLE_OUT = ROOT / "var" / "guardrails_eval_sample.jsonl"
SEED = 20261129


# In-memory stand-ins for the Django rows that build_copy_messages reads.
@dataclass
class _Category:
    name: str


class _Reviews:
    """Answers ``product.reviews.filter(rating__gte=4).order_by("-rating", "-created_at")[:n]``."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows

    def filter(self, rating__gte: int = 0) -> _Reviews:
        return _Reviews([r for r in self.rows if int(r.get("rating") or 0) >= rating__gte])

    def order_by(self, *fields: str) -> _Reviews:
        rows = list(self.rows)
        for name in reversed(fields):  # stable sorts, last key first
            field_name = name.lstrip("-")

            def value(row: dict[str, Any], field_name: str = field_name) -> Any:
                return row.get(field_name) or ""

            rows.sort(key=value, reverse=name.startswith("-"))
        return _Reviews(rows)

    def __getitem__(self, item: slice) -> list[Any]:
        return [_Review(r.get("title") or "", r.get("body") or "") for r in self.rows[item]]


@dataclass
class _Review:
    title: str
    body: str


@dataclass
class _Product:
    title: str
    brand: str
    category: _Category | None
    attributes: dict[str, Any]
    price: str
    currency: str
    reviews: _Reviews

    @property
    def category_id(self) -> int | None:
        return 1 if self.category else None


@dataclass
class _Template:
    system_prompt: str
    user_template: str
    review_count: int
    target_words: int


@dataclass
class _BrandVoice:
    tone_words: str
    guidelines: str
    example_copy: str
    avoid_words: str

    @property
    def avoid_list(self) -> list[str]:
        return [w.strip() for w in self.avoid_words.split(",") if w.strip()]


def load_products(catalog: Path) -> list[tuple[dict[str, Any], _Product]]:
    """The catalogue's products, each with its stand-in row (reviews attached)."""
    data = json.loads(catalog.read_text(encoding="utf-8"))
    categories = {c["slug"]: c["name"] for c in data.get("categories", [])}
    reviews: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for review in data.get("reviews", []):
        reviews[review["sku"]].append(review)
    out = []
    for row in data["products"]:
        category = categories.get(row.get("category", ""))
        product = _Product(
            title=row["title"],
            brand=row.get("brand", ""),
            category=_Category(category) if category else None,
            attributes=dict(row.get("attributes") or {}),
            price=str(row.get("price", "")),
            currency=row.get("currency", ""),
            reviews=_Reviews(reviews.get(row["sku"], [])),
        )
        out.append((row, product))
    return out


def facts_for_checking(product: _Product) -> dict[str, Any]:
    """What the studio checks copy against: brand, category, attributes and the price."""
    facts: dict[str, Any] = {}
    if product.brand:
        facts["brand"] = product.brand
    if product.category:
        facts["category"] = product.category.name
    facts.update(product.attributes)
    facts["price"] = f"{product.price} {product.currency}"
    return facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", default="smollm2-135m-instruct")
    parser.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG)
    parser.add_argument("--variants", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="only the first N products")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--temperature", type=float, default=0.5)
    parser.add_argument("--max-new-tokens", type=int, default=120)
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--sample-out", type=Path, default=DEFAULT_SAMPLE_OUT)
    parser.add_argument(
        "--recheck",
        type=Path,
        default=None,
        help="re-run only the fact check on the variants of an earlier --out file (no model needed)",
    )
    args = parser.parse_args(argv)
    if args.recheck is not None:
        saved = [
            json.loads(line) for line in args.recheck.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        for r in saved:
            r.update(_check(r["text"], r["facts"], r["title"]))
        _report(saved, args)
        return 0

    from ml.generation import GenerationParams, GenerationRequest, load_generator

    products = load_products(args.catalog)[: args.limit]
    spec = DEFAULT_TEMPLATES["product_description"]
    template = _Template(
        spec["system_prompt"], spec["user_template"], spec["review_count"], spec["target_words"]
    )
    voice = _BrandVoice(
        DEFAULT_BRAND_VOICE["tone_words"],
        DEFAULT_BRAND_VOICE["guidelines"],
        DEFAULT_BRAND_VOICE["example_copy"],
        DEFAULT_BRAND_VOICE["avoid_words"],
    )
    params = GenerationParams(
        max_new_tokens=args.max_new_tokens,
        temperature=args.temperature,
        top_p=0.9,
        repetition_penalty=1.15,
        num_return_sequences=args.variants,
        seed=args.seed,
    )
    requests = []
    for _, product in products:
        messages = build_copy_messages(
            product=product,  # type: ignore[arg-type]
            template=template,  # type: ignore[arg-type]
            brand_voice=voice,  # type: ignore[arg-type]
            options=CopyRequestOptions(),
        )
        requests.append(GenerationRequest(messages=messages, params=params))

    started = time.perf_counter()
    generator = load_generator(args.model, batch_size=args.batch_size)
    loaded = time.perf_counter()
    results = generator.generate(
        requests,
        progress=lambda done, total: print(f"  {done}/{total} products", file=sys.stderr, flush=True),
    )
    generated = time.perf_counter()

    rows: list[dict[str, Any]] = []
    for (row, product), request, result in zip(products, requests, results, strict=True):
        facts = facts_for_checking(product)
        for number, output in enumerate(result.outputs, start=1):
            # As the studio cleans model text: drop lines that only echo the prompt's fact list.
            echo_facts = {k: v for k, v in facts.items() if k != "price"}
            text = strip_prompt_echo(output.text, echo_facts) or output.text.strip()
            rows.append(
                {
                    "sku": row["sku"],
                    "variant": number,
                    "title": product.title,
                    "facts": facts,
                    "text": text,
                    "finish_reason": output.finish_reason,
                    "completion_tokens": output.completion_tokens,
                    **_check(text, facts, product.title),
                    "prompt": request.messages,
                }
            )
    checked = time.perf_counter()

    print(
        f"date {datetime.date.today().isoformat()}  machine {platform.machine()} {os.cpu_count()} CPUs  "
        f"model {generator.model_version}"
    )
    print(f"products {len(products)}  completion tokens {sum(r['completion_tokens'] for r in rows)}")
    print(
        f"load {loaded - started:.1f} s  generate {generated - loaded:.1f} s  check {checked - generated:.2f} s"
    )
    _report(rows, args)
    return 0


def _check(text: str, facts: dict[str, Any], title: str) -> dict[str, Any]:
    check = check_facts(text, facts, title=title)
    spec = DEFAULT_TEMPLATES["product_description"]
    voice = check_brand_voice(
        text,
        avoid_words=[w.strip() for w in DEFAULT_BRAND_VOICE["avoid_words"].split(",")],
        min_words=spec["min_words"],
        max_words=spec["max_words"],
    )
    return {
        "voice_issues": [{"kind": i.kind, "message": i.message} for i in voice],
        "claims": [
            {"text": c.text, "kind": c.kind, "supported": c.supported, "reason": c.reason}
            for c in check.claims
        ],
        "unsupported_count": check.unsupported_count,
    }


def _report(rows: list[dict[str, Any]], args: argparse.Namespace) -> None:
    """Print the summary and write every variant to --out and a seeded sample to --sample-out."""
    n = len(rows)
    flagged = sum(1 for r in rows if r["unsupported_count"])
    claims = sum(len(r["claims"]) for r in rows)
    unsupported = sum(r["unsupported_count"] for r in rows)
    by_kind = collections.Counter(c["kind"] for r in rows for c in r["claims"] if not c["supported"])
    all_kinds = collections.Counter(c["kind"] for r in rows for c in r["claims"])
    voice = collections.Counter(kind for r in rows for kind in {i["kind"] for i in r["voice_issues"]})

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for r in rows:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    sample = random.Random(args.seed).sample(range(n), min(args.sample, n))
    args.sample_out.parent.mkdir(parents=True, exist_ok=True)
    with args.sample_out.open("w", encoding="utf-8") as handle:
        for i in sorted(sample):
            r = {k: v for k, v in rows[i].items() if k != "prompt"}
            for key, empty in (
                ("human_invented_missed", None),
                ("human_missed_kinds", []),
                ("human_false_flags", []),
                ("human_note", ""),
            ):
                r.setdefault(key, empty)
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")

    print(f"variants {n}")
    print(f"variants flagged (>=1 unsupported claim): {flagged}/{n} = {flagged / max(n, 1):.1%}")
    print(
        f"claims per variant: {claims / max(n, 1):.2f}  unsupported per variant: {unsupported / max(n, 1):.2f}"
    )
    print(
        "claims by kind (unsupported/all): "
        + ", ".join(f"{k} {by_kind[k]}/{all_kinds[k]}" for k in sorted(all_kinds))
    )
    print(
        "variants with a brand-voice issue: "
        f"{sum(1 for r in rows if r['voice_issues'])}/{n}  ("
        + ", ".join(f"{k} {v}" for k, v in sorted(voice.items()))
        + ")"
    )
    print(f"wrote {args.out} and {len(sample)} sampled variants to {args.sample_out}")


if __name__ == "__main__":
    raise SystemExit(main())
