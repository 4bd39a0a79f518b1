"""Finding what a review talks about ("battery life", "delivery") with a curated lexicon. No Django here.

A product page groups praise and complaints by aspect. Without a parser model (none can be downloaded),
aspects come from a hand-written lexicon: aspects every shop has (delivery, returns, price…), aspects of a
category (sound quality for headphones, fit for footwear…), and the product's own fact names
(`battery_life` → "battery life"), so a category without a curated list still gets some aspects.

`find_aspects(text, lexicon)` splits the text into sentences and reports, per aspect, the sentences that
name it; the classification job scores those sentences with the sentiment model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

# Aspect -> the words that name it. A term matches as whole words, case-insensitively, plural "s" allowed.
GENERAL_ASPECTS: dict[str, tuple[str, ...]] = {
    "delivery": ("delivery", "delivered", "courier", "shipping", "shipped", "tracking", "parcel", "dispatch",
                 "arrived"),
    "packaging": ("packaging", "packaged", "well packed", "padding", "outer box"),
    "customer service": ("customer service", "support", "ticket", "reply"),
    "returns": ("return", "returned", "returning", "refund", "refunded", "return postage"),
    "price": ("price", "value", "money", "cheap", "cheaper", "cheapest", "expensive", "overpriced", "offer", "sale"),
    "quality": ("quality", "well made", "cheaply made", "flimsy"),
    "as described": ("as described", "like the photos", "as pictured", "not as advertised"),
    "durability": ("broke", "broken", "fell apart", "snapped", "cracked", "durable", "outlive"),
}

CATEGORY_ASPECTS: dict[str, dict[str, tuple[str, ...]]] = {
    "audio": {
        "sound quality": ("sound", "sounds", "bass", "vocals", "treble", "audio", "distort", "loud and clear"),
        "battery life": ("battery", "battery life", "recharging", "hold charge", "between charges"),
        "connectivity": ("pairing", "pair", "paired", "bluetooth", "multipoint", "dropouts", "reconnect", "connect",
                         "range"),
    },
    "headphones": {
        "noise cancelling": ("noise cancelling", "noise-cancelling", "anc"),
        "comfort": ("comfortable", "comfort", "ear cushions", "cushions", "clamping force", "headache", "pressure"),
        "call quality": ("calls", "microphone", "microphones", "mic"),
        "build quality": ("build", "creaking", "hinges", "sturdy", "headband"),
        "fit": ("stay put", "fit", "fall out"),
        "weight": ("weight", "heavy", "light"),
        "charging case": ("case", "quick charge", "wireless charging"),
    },
    "speakers": {
        "design": ("colour", "compact", "looks lovely"),
        "buttons": ("buttons",),
        "ruggedness": ("dropped", "survived", "waterproof"),
    },
    "phone-cases": {
        "fit": ("fit", "fits", "snug", "cut-outs", "sticks out"),
        "drop protection": ("drop protection", "dropped", "protect", "protects", "protection", "scratch", "fall",
                            "corners"),
        "clarity": ("yellowing", "crystal clear"),
        "magnets": ("magsafe", "magnets", "car mount"),
        "buttons": ("buttons",),
        "grip": ("slippery", "slip", "grip"),
        "camera protection": ("camera", "lens", "camera bump"),
        "dust": ("lint", "dust"),
        "wireless charging": ("wireless charging",),
    },
    "chargers-power": {
        "charging speed": ("charging", "charges", "fast charging", "charging speed", "full speed"),
        "heat": ("warm", "hot", "heat"),
        "coil whine": ("whine", "coil whine"),
        "size": ("wide", "bulky", "blocks the second socket", "small", "compact"),
        "weight": ("weight", "heavy", "light"),
        "display": ("display", "leds", "battery display", "charge level display"),
        "plug": ("plug", "socket", "sockets", "folding plug"),
        "capacity": ("mah", "capacity", "full charges"),
    },
    "kitchen": {
        "cleaning": ("clean", "cleaning", "dishwasher", "wipe", "wipes", "rinse", "scrubbing"),
    },
    "small-appliances": {
        "noise": ("quiet", "quieter", "loud", "noise", "noisy", "bang"),
        "smell and taste": ("smell", "taste", "plastic taste"),
        "controls": ("presets", "display", "dial", "touch panel", "buttons", "app"),
        "capacity": ("basket", "capacity", "fits in the basket"),
        "lid": ("lid", "drips"),
        "seal": ("seal", "rubber seal", "mouldy"),
        "coating": ("coating", "non-stick"),
        "speed": ("boils", "fast enough", "heats up"),
    },
    "cookware": {
        "heat": ("heats", "heat", "evenly", "temperature", "holds heat"),
        "non-stick": ("non-stick", "seasoning", "pre-seasoning", "sticks", "slide around", "slid around"),
        "handles": ("handle", "handles"),
        "weight": ("weight", "heavy", "light enough"),
        "hob and oven": ("induction", "hob", "oven"),
    },
    "bedding": {
        "support": ("support", "supportive", "firm", "rock hard", "height", "neck"),
        "temperature": ("cool", "sleeps hot", "breathes", "cool side"),
        "washing": ("wash", "washes", "washed", "dryer", "shrank", "wool cycle"),
        "smell": ("smell", "chemical smell"),
        "cover": ("cover", "zip", "buttons"),
        "softness": ("soft", "softer", "crisp"),
        "colour": ("colour", "colour ran"),
        "trial": ("trial", "60-night trial"),
    },
    "lighting": {
        "brightness": ("dimmer", "bright", "brightness", "warm setting"),
        "controls": ("touch controls", "touch dimmer", "controls", "remembers the last setting"),
        "adjustability": ("angle", "adjust", "stays put"),
        "size": ("footprint", "small footprint"),
    },
    "home-fragrance": {
        "scent": ("scent", "smells", "smell", "fragrance"),
        "burn": ("burns", "burn", "tunnelling", "wick"),
        "jar": ("jar", "glass"),
    },
    "apparel": {
        "fit": ("fit", "size", "tight", "baggy", "runs small", "sleeves", "length", "size up"),
        "fabric": ("fabric", "material", "stretch", "pilled", "pills", "substantial", "see-through"),
        "colour": ("colour", "faded", "color"),
        "waterproofing": ("waterproof", "water beads", "wet", "rain", "seams", "taped"),
        "print": ("print",),
        "washing": ("wash", "washed", "washes", "shrank"),
        "weight": ("weight", "at 285 g"),
        "breathability": ("breathes", "breathable", "pit zips"),
        "hood": ("hood",),
    },
    "footwear": {
        "fit": ("true to size", "size", "fit", "roomy", "wide feet", "toe box", "half size"),
        "comfort": ("comfortable", "cushioning", "cushioned", "blisters", "sore feet", "knees", "breaking in",
                    "insole", "mushy"),
        "grip": ("grip", "grips", "grippy", "slip", "slippery"),
        "durability": ("sole", "outsole", "midsole", "wear", "holes", "resoled", "wore through"),
        "weight": ("heavy", "light", "weight"),
        "waterproofing": ("dry", "puddles", "wet", "waterproof"),
        "leather": ("leather", "patina"),
        "style": ("compliments", "smart", "look good"),
    },
    "beauty-personal-care": {
        "skin reaction": ("rash", "reaction", "stung", "sensitive skin", "redness", "spots", "broke me out",
                          "itchy", "gentle"),
        "texture": ("texture", "greasy", "sinks in", "white cast", "pills"),
        "scent": ("scent", "fragrance", "fragrance-free", "smell"),
        "battery life": ("charge", "battery"),
        "bottle and pump": ("bottle", "pump", "dropper"),
        "hair results": ("hair", "frizzy", "airflow"),
        "brush heads": ("heads", "bristles", "replacement heads"),
        "results": ("hydrated", "dry patches", "plaque", "did nothing"),
    },
    "sports-outdoors": {
        "leaks": ("leak", "leaks", "seal", "seals", "lid"),
        "temperature": ("cold", "hot", "ice"),
        "grip": ("grip", "grips", "grippy", "slip", "sliding"),
        "cleaning": ("clean", "dishwasher", "wipe", "bottle brush"),
        "smell and taste": ("smell", "taste", "rubber smell", "metallic taste"),
        "cushioning": ("cushioned", "cushioning", "knees", "too soft", "compresses"),
        "durability": ("chipped", "dent", "wear marks", "powder coat"),
    },
    "toys-games": {
        "rules": ("rules", "rulebook", "learn"),
        "components": ("cubes", "artwork", "cardboard", "pieces", "minifigures", "bricks", "sequins"),
        "fun": ("fun", "playing", "played", "game night", "rematch"),
        "safety": ("safe", "certified", "peace of mind", "embroidered eyes"),
        "build": ("built", "sturdy"),
    },
    "pet-supplies": {
        "pet's verdict": ("cat", "cats", "dog", "dogs", "labrador", "goes wild"),
        "cover": ("cover", "zip", "washes"),
        "non-slip base": ("base", "non-slip", "sliding"),
        "hair": ("hair", "dog hair"),
        "handle": ("handle",),
    },
}

# Fact names that say nothing a reviewer would name, or that the curated lexicon names better.
_UNHELPFUL_FACTS = {"type", "model", "in the box", "colours", "colour", "warranty", "material", "materials", "care",
                    "dimensions", "sku", "ean", "certification", "certifications", "includes", "compatibility"}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class AspectMention:
    """An aspect named in one sentence of a text, with the words that named it."""

    aspect: str
    term: str
    sentence: str


def split_sentences(text: str) -> list[str]:
    """Sentences of a review, in order, without empty ones."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and re.search(r"\w", s)]


def fact_aspects(fact_names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Aspects named after a product's facts: `battery_life` becomes "battery life"."""
    aspects: dict[str, tuple[str, ...]] = {}
    for name in fact_names:
        phrase = " ".join(re.split(r"[_\s-]+", str(name).strip().lower())).strip()
        if len(phrase) >= 4 and phrase not in _UNHELPFUL_FACTS and re.fullmatch(r"[a-z][a-z ]*", phrase):
            aspects[phrase] = (phrase,)
    return aspects


def aspect_lexicon(category_slugs: Sequence[str] = (), fact_names: Iterable[str] = ()) -> dict[str, tuple[str, ...]]:
    """The aspects to look for in reviews of a product: general, its categories' (parents first), its facts'.

    Where two aspects claim the same term, the more specific one (category over general, child over
    parent) keeps it: "support" is customer service in general, but firmness for a pillow.
    """
    lexicon: dict[str, tuple[str, ...]] = {}
    layers: list[Mapping[str, tuple[str, ...]]] = [GENERAL_ASPECTS, fact_aspects(fact_names)]
    layers += [CATEGORY_ASPECTS[slug] for slug in category_slugs if slug in CATEGORY_ASPECTS]
    for layer in layers:
        claimed = {term for terms in layer.values() for term in terms}
        for aspect, terms in list(lexicon.items()):
            remaining = tuple(t for t in terms if t not in claimed)
            if remaining:
                lexicon[aspect] = remaining
            else:
                del lexicon[aspect]
        for aspect, terms in layer.items():
            lexicon[aspect] = tuple(dict.fromkeys(lexicon.get(aspect, ()) + tuple(terms)))
    return lexicon


@lru_cache(maxsize=256)
def _compiled(items: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    term_to_aspect: dict[str, str] = {}
    for aspect, terms in items:
        for term in terms:
            term_to_aspect[term.lower()] = aspect
    # Longest terms first, so "battery life" wins over "battery" at the same position.
    alternatives = sorted(term_to_aspect, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in term.split()) for term in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?:s|es)?(?![\w-])", re.IGNORECASE), term_to_aspect


def find_aspects(text: str, lexicon: Mapping[str, Sequence[str]]) -> list[AspectMention]:
    """Every (aspect, sentence) pair in the text, in reading order; an aspect named twice in one sentence counts once."""
    if not lexicon:
        return []
    pattern, term_to_aspect = _compiled(tuple((a, tuple(t)) for a, t in sorted(lexicon.items())))
    mentions: list[AspectMention] = []
    for sentence in split_sentences(text):
        seen: set[str] = set()
        for match in pattern.finditer(sentence):
            term = " ".join(match.group(0).lower().split())
            aspect = term_to_aspect.get(term) or term_to_aspect.get(re.sub(r"(?:es|s)$", "", term))
            if aspect is None:
                aspect = term_to_aspect.get(term[:-1], "")
            if aspect and aspect not in seen:
                seen.add(aspect)
                mentions.append(AspectMention(aspect=aspect, term=match.group(0), sentence=sentence))
    return mentions
