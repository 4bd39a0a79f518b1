"""Build the demo catalogue (``catalog.json``) for Storefront Studio.

Every product, brand, attribute and review sentence below was written for this project.
Reviews are assembled from per-product-type pools of aspect sentences (positive ``+``,
negative ``-``, neutral ``=``) plus whole hand-written reviews, so the text varies while
staying consistent with each product's real attributes. The generator is seeded, so running
it twice writes byte-identical JSON.

Run from the repository root::

    python -m products.demo.build_catalog            # writes products/demo/catalog.json
    python -m products.demo.build_catalog --output /tmp/catalog.json
"""

from __future__ import annotations

import argparse
import json
import re
import string
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

SEED = 20261128
REFERENCE_DATE = datetime(2026, 11, 28, tzinfo=UTC)
WINDOW_DAYS = 365
DEFAULT_OUTPUT = Path(__file__).with_name("catalog.json")

# Shares of the review stream; the brief asks for ~3 % non-English, ~2 % deliberate
# rating/text mismatches and ~1 % reviews carrying an e-mail address or phone number.
NON_ENGLISH_SHARE = 0.03
MISMATCH_SHARE = 0.02
CONTACT_SHARE = 0.01
TITLE_SHARE = 0.70

# J-shaped rating curves: most buyers who bother to review are happy, angry ones come next.
RATING_CURVES: dict[str, dict[int, float]] = {
    "great": {5: 0.62, 4: 0.22, 3: 0.06, 2: 0.03, 1: 0.07},
    "good": {5: 0.52, 4: 0.23, 3: 0.09, 2: 0.05, 1: 0.11},
    "mixed": {5: 0.36, 4: 0.22, 3: 0.14, 2: 0.10, 1: 0.18},
    "poor": {5: 0.22, 4: 0.15, 3: 0.15, 2: 0.16, 1: 0.32},
}


def pool(block: str) -> dict[str, list[str]]:
    """Split a block of ``+ text`` / ``- text`` / ``= text`` lines into polarity lists."""
    parsed: dict[str, list[str]] = {"+": [], "-": [], "=": []}
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        mark, text = line[0], line[1:].strip()
        if mark not in parsed or not text:
            raise ValueError(f"bad pool line: {raw!r}")
        parsed[mark].append(text)
    return parsed


# ---------------------------------------------------------------------------
# Generic pools, shared by every product type.
# A template may start with "[key]" (use only if the product has attribute ``key``) or
# "[!key]" (only if it lacks it); placeholders in braces must all be known facts.
# ---------------------------------------------------------------------------

GENERIC_ASPECTS: dict[str, tuple[str, str]] = {
    "value": (
        "value for money",
        """
        + Worth every cent at {price}.
        + For {price} I expected far less, so really good value.
        + Cheaper than the big brands and honestly just as good.
        + Got {it} on offer, and I'd happily pay full price next time.
        + Good value, especially compared with what the high-street shops charge.
        + Not the cheapest option, but you can feel where the money went.
        - Way overpriced for what you get.
        - At {price} I expected a lot better.
        - You can find the same thing for half the price elsewhere.
        - The price went up by ten euros the week after I bought it, and it's not worth either price.
        - For {price} this should not feel this cheap.
        = Price is fair, nothing special.
        = Paid {price}, which seems about right.
        = Bought {it} during a sale, so I paid a bit less than {price}.
    """,
    ),
    "delivery": (
        "delivery",
        """
        + Arrived the next day, well packed.
        + Delivery was faster than promised.
        + Ordered on a Sunday evening and it was here on Tuesday morning.
        + The courier left it in the safe place exactly as I asked.
        + Quick delivery and the tracking was accurate to the hour.
        - Took almost two weeks to arrive, with no tracking updates.
        - The box arrived crushed and I had to check everything twice.
        - Delivery was a mess: it went to the wrong address first.
        - The parcel was marked as delivered two days before it actually showed up.
        - The courier threw the parcel over the gate in the rain.
        = Arrived on {day}.
        = Delivered in three days, as estimated.
        = Came in two separate parcels, a day apart.
    """,
    ),
    "packaging": (
        "packaging",
        """
        + Packaging is all cardboard, no plastic, which I appreciate.
        + Nicely packaged; it would make a good gift straight out of the box.
        + Everything was well protected with paper padding.
        - Far too much plastic packaging for something this size.
        - The box looked like it had been opened before, maybe a return sold as new.
        - The outer box was huge and mostly air.
        = Comes in a plain brown box.
        = The packaging is minimal, just a printed sleeve.
    """,
    ),
    "service": (
        "customer service",
        """
        + I had a question about {the_noun} and customer service answered within an hour.
        + Support sent a replacement without any fuss.
        + The return was easy when I ordered the wrong one; refund within four days.
        + The shop emailed me when the delivery was delayed, which I appreciated.
        - Customer service took ten days to reply and then sent a copy-paste answer.
        - Returning it was a nightmare and I had to pay the return postage myself.
        - Support keeps asking for the same photos and nothing happens.
        - The chat bot went in circles and I never reached a human.
        = Haven't needed customer service so far.
        = The warranty card says {warranty}; I've registered it just in case.
    """,
    ),
}

CONTEXT = pool("""
    = Arrived on {day}. Using {it} {use}.
    = Bought {it} {use}.
    = Got {it} as a gift for my {relative}.
    + Second one I've bought; the first went to my {relative}.
    = Ordered on {day} and it arrived two days later.
    = Replaced my old {noun}, which finally gave up.
    = I've had {it} for {period} now.
    = Bought after reading the reviews here.
    = Using {it} daily for {period} so far.
    + My {relative} recommended {it}.
    = Bought {it} {use}, mostly.
    = [colours] I went for the {colour} one.
    = [colours] Ordered in {colour}.
    = Picked {it} up during the spring sale.
    = [!plural] This replaced a cheap {noun} from the supermarket.
    = [plural] These replaced a cheap pair from the supermarket.
""")

CLOSERS = pool("""
    + Would buy again.
    + Highly recommend.
    + Very happy with it.
    + Recommended.
    + Already ordered a second one.
    + Five stars from me.
    + No regrets at all.
    + I'd recommend {it} to anyone.
    + Thanks, {brand}!
    + Can't fault {it}.
    - Returning {it}.
    - Would not buy again.
    - Avoid.
    - Save your money.
    - Sending {it} back tomorrow.
    - Very disappointed.
    - Won't be buying {brand} again.
    - Not recommended.
    = Decent, but not great.
    = It's fine for the price.
    = Keeping {it} for now.
    = Three stars feels fair.
    = Good, not perfect.
    = Undecided whether to keep {it}.
""")

SARCASM = [
    "[!plural] Great, another {noun} that gives up within a week.",
    "[plural] Great, another pair of {noun} that gives up within a week.",
    "Fantastic. {It} lasted exactly one day past the return window.",
    "Love paying {price} for something that fails on the first use.",
    "Five stars for the box, zero for what's inside.",
    "Truly impressive how fast this fell apart.",
    "Well, at least the packaging was nice.",
    "[plural] Just what I needed: {this_noun} that don't do the one thing they're for.",
    "[!plural] Just what I needed: {this_noun} that doesn't do the one thing it's for.",
    "Wow, {brand}, what a bargain. Said nobody.",
    "Brilliant quality control, clearly nobody tested this one.",
]

# Short reviews; the templated ones multiply with every product noun.
SHORTS = pool("""
    + Love it!
    + Perfect.
    + Does the job.
    + Five stars, no notes.
    + Exactly as described.
    + Very happy with this.
    + Brilliant.
    + Would buy again.
    + Great value.
    + Super happy!!
    + Top quality.
    + So good.
    + No complaints.
    + Works great.
    + Really pleased.
    + Excellent, thank you.
    + Better than expected!
    + Spot on.
    + Lovely.
    + 10/10
    + Love {this_noun}!
    + Best {noun} I've had.
    + Great {noun}, great price.
    + My {relative} loves {it}.
    + Very pleased with {this_noun}.
    + Happy with {it}.
    + {brand} never disappoints.
    - Rubbish.
    - Broke within a week.
    - Don't bother.
    - Not as described.
    - Returned it.
    - Waste of money.
    - Very disappointed.
    - Cheap and nasty.
    - Stopped working after a few days.
    - Awful {noun}.
    - Sent {it} straight back.
    - Do not buy.
    = It's okay.
    = Fine for the price.
    = Does what it says, nothing more.
    = Average.
    = Meh.
    = Not bad, not great.
    = OK.
    = Fine.
    = Decent {noun}.
    = {It} {is} fine.
""")

TITLES = pool("""
    + Love it
    + Brilliant
    + Exactly what I needed
    + Great buy
    + Very happy
    + Highly recommend
    + Does the job
    + Excellent quality
    + Better than expected
    + Five stars
    + Superb
    + Worth it
    + So good!
    + Really pleased
    + Great value
    + Would buy again
    + Best {noun} I've owned
    + Great {noun}
    + Solid {noun}
    + Love {this_noun}
    + Impressed
    + Fantastic
    - Disappointed
    - Avoid
    - Broke quickly
    - Not worth it
    - Waste of money
    - Poor quality
    - Returned
    - Not as described
    - Very poor
    - Don't bother
    - Stopped working
    - Expected better
    - Not impressed
    - Oh dear
    = Good but not great
    = Mixed feelings
    = OK for the price
    = Almost great
    = Decent
    = Some flaws
    = Fine, nothing special
    = Could be better
    = As described
    = Does what it says
    = It's fine
""")

ASPECT_TITLES = pool("""
    + Great {a}
    + Love the {a}
    + Excellent {a}
    + Impressive {a}
    + {A} is spot on
    - Poor {a}
    - Disappointing {a}
    - {A} is a letdown
    - Terrible {a}
    - Bad {a}
    = Great {a1}, poor {a2}
    = Good {a1} but {a2} lets it down
    = {A1} yes, {a2} no
    = Nice {a1}, shame about the {a2}
""")

GENERIC_LABELS = {label for label, _ in GENERIC_ASPECTS.values()}
NO_TITLE_LABELS = {
    "smell",
    "noise",
    "leaks",
    "taste",
    "sensitive skin",
    "safety",
    "weather",
    "stability",
    "heat management",
    "packaging",
}

MINOR_GRIPE_PREFIXES = [
    "Only complaint: ",
    "One small thing: ",
    "If I'm being picky: ",
    "Minor gripe: ",
    "The only downside? ",
    "One niggle: ",
]

BUT_JOINERS = [", but ", ", although ", ", though ", "; however, "]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
RELATIVES = [
    "sister",
    "brother",
    "dad",
    "mum",
    "partner",
    "flatmate",
    "grandmother",
    "son",
    "daughter",
    "neighbour",
    "colleague",
    "husband",
    "wife",
    "best friend",
]
PERIODS = [
    "two weeks",
    "a month",
    "three months",
    "about six weeks",
    "half a year",
    "ten days",
    "a couple of months",
]

CONTACT_LINES = [
    "If anyone from the shop reads this, email me at {email}.",
    "Happy to answer questions about {it}: {phone}.",
    "I wrote to support from {email} twice and heard nothing back.",
    "Seller, please call me on {phone} about the replacement.",
    "Still waiting for a reply to my ticket, reach me at {email} or {phone}.",
    "Anyone with the same problem, drop me a line at {email}.",
    "Your courier can call me on {phone} next time instead of leaving a card.",
]
CONTACT_PHONES = [
    "+44 20 7946 0{n3}",
    "+44 7700 900{n3}",
    "+44 161 496 0{n3}",
    "+1 202-555-01{n2}",
    "(555) 010-01{n2}",
    "020 7946 0{n3}",
]
CONTACT_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com"]

FIRST_NAMES = [
    "Mia",
    "Tom",
    "Aisha",
    "Ben",
    "Chloe",
    "Daniel",
    "Elif",
    "Finn",
    "Grace",
    "Hamza",
    "Isla",
    "Jack",
    "Kira",
    "Liam",
    "Maya",
    "Noah",
    "Olivia",
    "Priya",
    "Quentin",
    "Rosa",
    "Sam",
    "Tara",
    "Umar",
    "Vera",
    "Will",
    "Yasmin",
    "Zoe",
    "Adam",
    "Bea",
    "Callum",
    "Dana",
    "Ethan",
    "Fatima",
    "George",
    "Hannah",
    "Ivan",
    "Jana",
    "Kofi",
    "Leah",
    "Marek",
    "Nina",
    "Oscar",
    "Pia",
    "Ravi",
    "Sofia",
    "Theo",
    "Ursula",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zara",
    "Amir",
    "Bianca",
    "Carlos",
    "Dev",
    "Emma",
    "Farah",
    "Gus",
    "Helen",
    "Imogen",
    "Joel",
    "Kate",
    "Luca",
    "Meera",
    "Nadia",
    "Owen",
    "Paula",
    "Rhys",
    "Siobhan",
    "Tariq",
    "Uma",
    "Valentina",
    "Wojtek",
    "Yara",
    "Alfie",
    "Beth",
    "Chidi",
    "Dimitri",
    "Erin",
    "Freya",
    "Gabriel",
    "Harriet",
    "Ines",
    "Jamal",
    "Keisha",
    "Lars",
    "Mohammed",
    "Niamh",
    "Olu",
    "Petra",
    "Rory",
    "Saanvi",
    "Tomasz",
    "Aoife",
    "Bilal",
    "Cora",
    "Declan",
    "Esme",
    "Felix",
    "Gemma",
    "Hugo",
    "Ivy",
    "Jonas",
    "Kai",
    "Lena",
    "Matt",
    "Nell",
]
NICKNAMES = [
    "bassHead92",
    "KitchenQueen",
    "Tom from Leeds",
    "happy_customer",
    "RunnerRach",
    "DadOfThree",
    "mtb_mike",
    "TeaLover",
    "gadgetgirl",
    "NightOwl_88",
    "the_real_sam",
    "CatMumJess",
    "Verified buyer",
    "Anonymous",
    "coffeebean",
    "Sparkly Steph",
    "old_school_dave",
    "trailrunner_k",
    "BookwormBex",
    "hilltop_hannah",
    "J.P.",
    "plantbasedpete",
    "Mrs B",
    "AJ",
    "Grumpy Gav",
    "sunny_side",
    "Marco in Bristol",
    "weekend_warrior",
    "dogwalker_lou",
    "QuietCommuter",
    "MK",
    "lazy_sunday",
    "Nana Pat",
    "bargain_hunter",
    "techie_tina",
    "RiverSwimmer",
    "A. Okafor",
]
INITIALS = "ABCDEFGHJKLMNOPRSTVWY"

# Non-English reviews: generic product talk, as real shoppers abroad write it.
FOREIGN: dict[str, dict[str, Any]] = {
    "de": {
        "weight": 0.34,
        "names": [
            "Lukas",
            "Anna",
            "Jonas",
            "Lena",
            "Felix",
            "Sophie",
            "Matthias",
            "Katrin",
            "Jürgen",
            "Birgit",
            "Tobias",
            "Nele",
        ],
        "text": pool("""
            + Sehr gute Qualität, ich bin absolut zufrieden.
            + Schnelle Lieferung und alles wie beschrieben.
            + Für den Preis wirklich top.
            + Funktioniert einwandfrei, klare Kaufempfehlung.
            + Macht einen sehr robusten Eindruck.
            + Habe es meiner Schwester geschenkt, sie ist begeistert.
            + Benutze es jeden Tag und bin immer noch begeistert.
            + Die Verarbeitung ist sauber, nichts wackelt.
            + Genau das, was ich gesucht habe.
            + Würde ich jederzeit wieder kaufen.
            + Nicht schlecht, sogar besser als mein altes teures Markenprodukt.
            - Leider nach zwei Wochen kaputt gegangen.
            - Die Qualität ist enttäuschend, geht zurück.
            - Die Lieferung hat fast drei Wochen gedauert.
            - Entspricht nicht der Beschreibung.
            - Der Kundenservice hat nie geantwortet.
            - Für diesen Preis erwarte ich deutlich mehr.
            - Riecht stark nach Plastik, auch nach einer Woche noch.
            = Ganz okay, aber nichts Besonderes.
            = Das Produkt ist gut, die Verpackung war allerdings beschädigt.
            = Funktioniert, aber die Anleitung gibt es nur auf Englisch.
            = Kam am Dienstag an, bisher keine Probleme.
            = Mal sehen, wie lange es hält.
        """),
        "titles": pool("""
            + Top!
            + Sehr zufrieden
            + Klare Empfehlung
            + Super Produkt
            + Prima
            - Enttäuschend
            - Leider nicht gut
            - Nicht empfehlenswert
            = Geht so
            = Okay für den Preis
        """),
    },
    "fr": {
        "weight": 0.2,
        "names": ["Camille", "Julien", "Léa", "Hugo", "Manon", "Théo", "Chloé", "Antoine", "Inès", "Mathieu"],
        "text": pool("""
            + Très bonne qualité, je suis ravie.
            + Livraison rapide et produit conforme à la description.
            + Excellent rapport qualité-prix.
            + Fonctionne parfaitement, je recommande.
            + Offert à mon frère, il l'utilise tous les jours.
            + Solide et bien fini, rien à redire.
            + Exactement ce que je cherchais.
            + Pas mal du tout pour le prix, franchement.
            - Tombé en panne au bout de deux semaines.
            - Qualité décevante, je le renvoie.
            - Le colis est arrivé abîmé.
            - Pas du tout conforme aux photos.
            - Le service client ne répond pas.
            - Trop cher pour ce que c'est.
            = Correct, sans plus.
            = Le produit est bien, mais la livraison a pris dix jours.
            = Pas mal, même si la notice n'est pas traduite en français.
            = Reçu mardi, rien à signaler pour l'instant.
        """),
        "titles": pool("""
            + Parfait
            + Très satisfaite
            + Je recommande
            + Super
            - Déçu
            - À éviter
            - Mauvaise qualité
            = Moyen
            = Correct sans plus
        """),
    },
    "es": {
        "weight": 0.16,
        "names": ["Lucía", "Javier", "Carmen", "Pablo", "Marta", "Diego", "Alba", "Sergio"],
        "text": pool("""
            + Muy buena calidad, estoy encantada.
            + Llegó antes de lo previsto y bien embalado.
            + Relación calidad-precio excelente.
            + Funciona perfectamente, lo recomiendo.
            + Se lo regalé a mi padre y le encanta.
            + Se nota que está bien hecho.
            + Justo lo que buscaba.
            - Se rompió a las dos semanas.
            - La calidad deja mucho que desear, lo devuelvo.
            - El paquete llegó dañado.
            - No se parece a las fotos.
            - Atención al cliente no contesta.
            - Demasiado caro para lo que es.
            = Está bien, sin más.
            = El producto cumple, pero el envío tardó mucho.
            = No está mal, aunque las instrucciones solo vienen en inglés.
            = Llegó el martes, de momento todo bien.
        """),
        "titles": pool("""
            + Perfecto
            + Muy contenta
            + Lo recomiendo
            + Genial
            - Decepcionante
            - No lo recomiendo
            - Mala calidad
            = Normalito
            = Cumple sin más
        """),
    },
    "it": {
        "weight": 0.15,
        "names": ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Davide"],
        "text": pool("""
            + Ottima qualità, sono molto soddisfatta.
            + Spedizione veloce e prodotto come descritto.
            + Ottimo rapporto qualità-prezzo.
            + Funziona alla perfezione, lo consiglio.
            + L'ho regalato a mia sorella e lo usa ogni giorno.
            + Ben fatto e robusto.
            + Proprio quello che cercavo.
            - Si è rotto dopo due settimane.
            - Qualità deludente, lo restituisco.
            - Il pacco è arrivato rovinato.
            - Non corrisponde alle foto.
            - L'assistenza clienti non risponde.
            - Troppo caro per quello che offre.
            = Discreto, niente di speciale.
            = Il prodotto va bene, ma la consegna è stata lenta.
            = Non male, anche se le istruzioni sono solo in inglese.
            = Arrivato martedì, per ora nessun problema.
        """),
        "titles": pool("""
            + Perfetto
            + Consigliato
            + Molto soddisfatta
            + Ottimo
            - Deludente
            - Sconsigliato
            - Pessima qualità
            = Così così
            = Nella media
        """),
    },
    "nl": {
        "weight": 0.15,
        "names": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Joris", "Eline", "Ruben"],
        "text": pool("""
            + Heel goede kwaliteit, ik ben er blij mee.
            + Snel geleverd en precies zoals beschreven.
            + Prima prijs-kwaliteitverhouding.
            + Werkt perfect, echt een aanrader.
            + Cadeau gegeven aan mijn broer, hij gebruikt het elke dag.
            + Degelijk gemaakt, niets op aan te merken.
            + Precies wat ik zocht.
            - Na twee weken al kapot.
            - De kwaliteit valt tegen, gaat retour.
            - Het pakket kwam beschadigd aan.
            - Lijkt niet op de foto's.
            - De klantenservice reageert niet.
            - Veel te duur voor wat het is.
            = Prima, maar niets bijzonders.
            = Het product is goed, maar de levering duurde lang.
            = Niet slecht, al is de handleiding alleen in het Engels.
            = Dinsdag bezorgd, tot nu toe geen problemen.
        """),
        "titles": pool("""
            + Top
            + Aanrader
            + Erg tevreden
            + Prima
            - Teleurstellend
            - Geen aanrader
            - Slechte kwaliteit
            = Gaat wel
            = Redelijk
        """),
    },
}

# ---------------------------------------------------------------------------
# Product types: nouns, typical uses, aspect pools, short lines and whole reviews.
# ---------------------------------------------------------------------------

KINDS: dict[str, dict[str, Any]] = {}

KINDS["headphones"] = {
    "noun": "headphones",
    "plural": True,
    "uses": [
        "for the train commute",
        "in the office",
        "for long flights",
        "for gaming",
        "for working from home",
        "in the gym",
        "for my son's tablet",
    ],
    "aspects": {
        "sound": (
            "sound",
            """
            + The sound is warm and detailed without the bass swallowing everything.
            + Vocals come through really clearly, and the bass has punch without being boomy.
            + Sound quality is honestly better than my old pair that cost twice as much.
            + Listening to jazz on these is a treat: you can actually hear the double bass.
            + The default tuning is a bit bass-heavy, but one tweak in the app's EQ and they sound great.
            + Podcasts, orchestral music, techno: everything sounds clean even at high volume.
            + Not bad at all for {driver_size} drivers; the soundstage feels wider than I expected.
            - The treble is harsh and cymbals hiss at anything above half volume.
            - Bass is muddy and drowns out the vocals, and the EQ barely changes it.
            - There is a faint hiss in quiet passages that I can't unhear.
            - Sound cuts out for a second every few minutes when my phone is in my pocket.
            - The left side is noticeably quieter than the right on my pair.
            - They sound flat and boxy compared to anything else in this price range.
            = Sound is about what you'd expect at this price.
            = I mostly use them for podcasts, so I can't judge the music side much.
            = [bluetooth] They use Bluetooth {bluetooth}; I paired them with an Android phone and a laptop.
        """,
        ),
        "comfort": (
            "comfort",
            """
            + [!volume_limit] Comfortable enough to wear through a whole workday; at {weight} I forget they're on.
            + [!volume_limit] The ear cushions are soft and don't get too hot, even on a long train ride.
            + [!volume_limit] No pressure on my glasses, which is rare for me.
            + Clamping force is just right: secure when walking, no headache after three hours.
            + [volume_limit] Light enough ({weight}) that my five-year-old keeps them on for a whole film.
            - They clamp so hard I get a headache after an hour.
            - My ears get sweaty within twenty minutes because the cushions don't breathe at all.
            - The ear cushions started to crack and flake after about a month.
            - The headband digs into the top of my head; I had to add a bit of foam.
            - [!volume_limit] Too heavy for long sessions; my neck notices the {weight}.
            = The fit is on the snug side, but I have a small head, so it works for me.
            = The cushions are replaceable, which I checked before buying.
        """,
        ),
        "battery": (
            "battery life",
            """
            + Battery life is ridiculous: I charge them maybe once a week, and {battery_life} seems accurate.
            + [noise_cancelling] I flew to Singapore with noise cancelling on and still had battery left.
            + [charging] Quick charge is handy; ten minutes on the cable gets me through my commute.
            + The claimed {battery_life} is realistic in my experience.
            - Battery is nowhere near the advertised {battery_life}; I get maybe half that.
            - They drain overnight even when switched off.
            - After three months the battery barely lasts a day.
            - Great, another pair of headphones that dies right before a flight.
            = [charging] Charging: {charging}.
            = I haven't run the battery flat yet after a week of use.
        """,
        ),
        "noise": (
            "noise cancelling",
            """
            + [noise_cancelling] The noise cancelling is superb on the train; the rumble just disappears.
            + [noise_cancelling] ANC makes open-plan office life bearable again.
            + [noise_cancelling] The ANC isn't quite top-tier, but it kills the hum of the air conditioning completely.
            + [noise_cancelling] Transparency mode sounds natural, so I don't have to take them off to order a coffee.
            - [noise_cancelling] The noise cancelling creates an odd pressure feeling in my ears.
            - [noise_cancelling] ANC does little against voices; I still hear every word my colleagues say.
            - [noise_cancelling] Wind noise with ANC on is terrible when cycling.
            - [noise_cancelling] Noise cancelling, they said. I can still hear my neighbour's dog perfectly.
            = [noise_cancelling] The ANC has three levels and I leave it on the middle one.
        """,
        ),
        "build": (
            "build quality",
            """
            + [foldable] They feel sturdy, and the hinges fold flat for the case.
            + Solid build with no creaking, even when I twist the headband.
            + Dropped them on the pavement twice and there's not a scratch.
            + [volume_limit] They have survived being sat on, thrown in the car and chewed by a toddler.
            - The plastic hinge snapped after six weeks of gentle use.
            - The headband creaks every time I move my head.
            - The paint is already wearing off the earcups.
            = Mostly plastic, with a metal band inside the headband.
        """,
        ),
        "connection": (
            "connectivity",
            """
            + [bluetooth] Multipoint works: they switch from laptop to phone when a call comes in.
            + [bluetooth] Pairing took seconds and they reconnect automatically every morning.
            - [bluetooth] Bluetooth drops whenever I walk more than two rooms away from the laptop.
            - [bluetooth] They refuse to pair with my work laptop, and the app has no idea why.
            - [bluetooth] Audio lags behind the picture on streaming apps, which makes films unwatchable.
            = [bluetooth] Bluetooth {bluetooth}; no aptX as far as I can tell.
        """,
        ),
        "safety": (
            "volume limit",
            """
            + [volume_limit] The {volume_limit} limit gives me peace of mind on long car journeys.
            + [volume_limit] My son can't crank them up, which is exactly why I bought them.
            - [volume_limit] The limit is so low that my daughter can't hear her tablet on the plane.
            - [volume_limit] The limiter is bypassed when you use the cable, which defeats the point.
            = [volume_limit] The limit is fixed at {volume_limit}, there is no switch.
        """,
        ),
    },
    "short": """
        + Sound is incredible!
        + Best headphones I've owned.
        + [noise_cancelling] ANC is magic.
        - Left side died after a month.
        - Uncomfortable after an hour.
        = Good sound, average comfort.
    """,
    "whole": [
        (
            5,
            "Finally, quiet on the train",
            "I commute 50 minutes each way and these have changed my mornings. The noise cancelling "
            "takes out the engine rumble completely, and I can listen to audiobooks at low volume. "
            "Battery lasts me a full week of commuting. The case is a bit bulky for my bag, but I'd "
            "rather have the protection. Would buy again without hesitation.",
            ["noise_cancelling"],
        ),
        (
            2,
            "Great sound, fragile hinge",
            "Sound is genuinely lovely and pairing was instant. Then the right hinge cracked after "
            "seven weeks, and I really do look after my things. Support offered 20% off a new pair "
            "instead of a repair. Not impressed.",
            [],
        ),
        (
            4,
            "",
            "Bought these for working from home. Calls sound clear on the other side according to my "
            "team, and I can wear them all day. The app is clunky and keeps asking me to log in, "
            "which is why it's four stars and not five.",
            ["bluetooth"],
        ),
        (
            1,
            "Great, another pair that dies in a week",
            "Great, another pair of headphones that dies in a week. Right earcup went silent on day "
            "six. Reset them twice as the manual says. Nothing. Back they go.",
            [],
        ),
        (
            5,
            "Survived a toddler",
            "My daughter uses these on every car trip. The volume limit means I don't have to worry, "
            "they are light, and they have survived being stepped on. The stickers in the box were a "
            "big hit too.",
            ["volume_limit"],
        ),
    ],
}

KINDS["earbuds"] = {
    "noun": "earbuds",
    "plural": True,
    "uses": [
        "for running",
        "for the gym",
        "on my commute",
        "for calls at work",
        "for cycling to work",
        "for walking the dog",
    ],
    "aspects": {
        "sound": (
            "sound",
            """
            + They sound far bigger than they look, with proper bass.
            + Clear, balanced sound, and the app EQ actually makes a difference.
            + Music sounds crisp even on the bus with the volume low.
            + [open_fit] For open earbuds the sound is surprisingly full.
            - Tinny sound with almost no bass.
            - [!open_fit] The sound is fine only if you push them in hard, otherwise it's thin.
            - [open_fit] Open design means everyone on the bus hears my music too.
            - There's a crackle in the left bud at higher volumes.
            = Sound is okay, nothing to write home about.
            = I'm not an audiophile; for podcasts they're plenty.
        """,
        ),
        "fit": (
            "fit",
            """
            + They stay put even on hill sprints.
            + [ear_tips] With the small tips they seal perfectly in my small ears.
            + Light ({weight}) and I forget I'm wearing them.
            + [open_fit] The ear hooks are comfortable with glasses and a cycling helmet.
            - One keeps falling out when I run, no matter which tips I try.
            - My ears ache after about an hour.
            - [ear_tips] None of the three tip sizes fits me, and you can't buy foam ones for these.
            - [open_fit] The hooks press on my glasses and give me a headache.
            = [ear_tips] Ear tips: {ear_tips}.
            = I needed a day or two to get used to the shape.
        """,
        ),
        "battery": (
            "battery life",
            """
            + Battery is great: {battery_life}, close to what they claim.
            + The case gives me a full week of commuting between charges.
            + [wireless_charging] Wireless charging on my bedside pad is a nice touch.
            - The left bud always dies an hour before the right one.
            - Battery has halved after four months.
            - Sometimes one bud doesn't charge in the case and I only notice when I'm out.
            - Lovely, a charging case that drains itself overnight.
            = Battery: {battery_life}.
        """,
        ),
        "calls": (
            "call quality",
            """
            + People say I sound clear on calls, even outdoors.
            + The microphones cope with wind better than my old pair did.
            - On calls I sound like I'm in a tunnel, according to everyone.
            - Wind noise makes calls on a bike impossible.
            = Call quality is fine indoors, less so on a busy street.
        """,
        ),
        "case": (
            "charging case",
            """
            + The case is tiny and fits in the coin pocket of my jeans.
            + The lid has a nice firm magnet, so no accidental spills in my bag.
            - The case lid feels flimsy and already wobbles.
            - The case scratches if you look at it.
            - The buds are hard to get out of the case with short nails.
            = The case charges over USB-C.
        """,
        ),
        "connection": (
            "connectivity",
            """
            + Pairing was instant and they connect as soon as I open the case.
            + No dropouts even with the phone in my back pocket on a run.
            - They disconnect in busy train stations all the time.
            - One bud randomly drops the connection and I have to put both back in the case.
            - The touch controls trigger every time I adjust my hat.
            = Bluetooth {bluetooth}; the touch controls can be customised in the app.
        """,
        ),
        "sweat": (
            "water resistance",
            """
            + Rated {water_resistance} and they've survived a lot of sweaty sessions and a downpour.
            + Sweat doesn't bother them at all, even in hot yoga.
            - One bud died after a run in the rain, so much for {water_resistance}.
            - Sweat got into the charging contacts and they stopped charging.
            = Water resistance is {water_resistance}, so not for swimming.
        """,
        ),
    },
    "short": """
        + Perfect for running.
        + Tiny and powerful.
        - Kept falling out.
        - Left bud died.
        = Fine for podcasts.
    """,
    "whole": [
        (
            5,
            "Best running buds so far",
            "I have tried four pairs of running earbuds and these are the first that don't move on "
            "long runs. Sweat is no problem, the sound is punchy and the battery easily covers a "
            "marathon training week. The case is small enough for a running belt.",
            [],
        ),
        (
            3,
            "Good sound, hit-and-miss fit",
            "Sound and battery are great for the money. But I have small ears and even with the "
            "smallest tips the right one slowly works loose. Fine at a desk, annoying when running.",
            ["ear_tips"],
        ),
        (
            1,
            "Open-fit, closed wallet",
            "Bought them for cycling. The wind noise is so loud I can't hear my music at 20 km/h, and "
            "the hooks pinch behind my ears. Returned after a week.",
            ["open_fit"],
        ),
        (
            4,
            "",
            "Use them on the Underground every day. No dropouts, decent noise isolation, calls are "
            "okay. The case picks up scratches fast, which annoys me more than it should.",
            [],
        ),
    ],
}

KINDS["speaker"] = {
    "noun": "speaker",
    "plural": False,
    "uses": [
        "for the garden",
        "for the beach",
        "in the kitchen",
        "for camping trips",
        "in the bathroom",
        "for parties",
        "for picnics",
    ],
    "aspects": {
        "sound": (
            "sound",
            """
            + Loud and clear, with real bass for something this size.
            + The sound fills our whole living room at half volume.
            + Vocals are crisp and it doesn't distort even when turned all the way up.
            + For {output_power} it sounds huge outdoors.
            - It distorts badly above 70% volume.
            - No bass to speak of; sounds like a phone speaker.
            - Indoors it booms and the bass rattles the table.
            - There's a faint hum when nothing is playing.
            = Sound is good for background music, not for serious listening.
            = Output is {output_power}.
        """,
        ),
        "battery": (
            "battery life",
            """
            + Battery lasts all weekend; {battery_life} is not an exaggeration.
            + We used it for a whole camping trip without recharging.
            - Battery lasted about a third of the claimed {battery_life}.
            - It switches itself off at 20% without warning.
            - After six months it won't hold charge for more than an afternoon.
            = Charges via USB-C in about three hours.
        """,
        ),
        "rugged": (
            "durability",
            """
            + Rated {water_resistance}; it fell in the pool and kept playing.
            + Survived sand, sun cream and a toddler; still works perfectly.
            + Dropped it on the patio and it just bounced.
            - The rubber coating got sticky after a summer in the garden.
            - Water got in through the port cover despite the {water_resistance} rating.
            - The strap ripped out on the second trip.
            = [dimensions] It measures {dimensions}, so it fits in a side pocket of a rucksack.
        """,
        ),
        "connection": (
            "connectivity",
            """
            + Pairing is quick and the range easily covers the whole garden.
            + [stereo_pairing] Pairing two of them in stereo works brilliantly.
            - The Bluetooth drops as soon as I walk into the next room.
            - [stereo_pairing] Stereo pairing works maybe one time in three.
            - It plays an ear-splitting beep every time it connects.
            = Bluetooth {bluetooth}; no Wi-Fi or voice assistant, which is fine by me.
        """,
        ),
        "design": (
            "design",
            """
            + [colours] The {colour} colour looks lovely on the shelf.
            + Nice and compact, with good solid buttons.
            - The buttons are almost invisible in the dark.
            - The fabric cover attracts every hair and crumb.
            = It weighs {weight}.
        """,
        ),
    },
    "short": """
        + Loud!
        + Perfect beach speaker.
        - Distorts at high volume.
        = Good for the kitchen.
    """,
    "whole": [
        (
            5,
            "Summer sorted",
            "Took it to the lake every weekend this summer. It got splashed, dropped in sand and "
            "left in the sun, and it still works like new. The battery outlasts our barbecues. "
            "Loud enough for twenty people in the open.",
            [],
        ),
        (
            2,
            "Pretty but weak",
            "It looks lovely and the build is nice, but the sound is thin and it distorts the moment "
            "you want a bit of volume. For this money I expected more.",
            [],
        ),
        (
            4,
            "Great in stereo",
            "Bought two and paired them for the living room. Stereo pairing took a few tries, but "
            "now it remembers. The sound is rich and the battery lasts days.",
            ["stereo_pairing"],
        ),
    ],
}

KINDS["phone_case"] = {
    "noun": "case",
    "plural": False,
    "uses": [
        "for my new phone",
        "because I drop my phone a lot",
        "for hiking",
        "to replace a yellowed case",
        "for work",
    ],
    "aspects": {
        "protection": (
            "protection",
            """
            + My phone has been dropped on tiles three times already and not a scratch.
            + The raised lip protects the screen when the phone is face down.
            + Survived a fall from my bike onto the road; the phone is perfect.
            + [drop_protection] Drop protection is rated {drop_protection}, and I believe it.
            - The phone fell from waist height and the screen cracked anyway.
            - The corners are thin, so it won't protect much.
            - The camera bump isn't covered and the lens got scratched.
            = [drop_protection] The box claims {drop_protection}, which I haven't tested on purpose.
        """,
        ),
        "fit": (
            "fit",
            """
            + Fits my {compatibility} perfectly, all cut-outs in the right place.
            + The buttons are clicky and easy to press through the case.
            + Snug fit without being a fight to get on and off.
            - The volume buttons are so stiff I have to press really hard.
            - It doesn't quite fit: the bottom edge sticks out slightly.
            - Makes the fingerprint reader unreliable.
            - The charging port cut-out is too small for my cable's plug.
            = Made for the {compatibility}; check your model, there are several.
        """,
        ),
        "look": (
            "look",
            """
            + [clear] Still crystal clear after three months, no yellowing yet.
            + [!clear] The {colour} colour looks even nicer in person.
            + Slim and not slippery, a rare combination.
            + [card_slots] The card slots hold my bank card and ID securely.
            - [clear] Started going yellow after about six weeks.
            - [!clear] The colour looks faded compared to the photos.
            - Attracts lint and dust in every corner.
            - [card_slots] The magnetic clasp has already lost its grip.
            = [thickness] It's {thickness} thick, so not the slimmest.
            = Made of {material}.
        """,
        ),
        "magnets": (
            "MagSafe",
            """
            + [magsafe] The MagSafe magnets are strong; it clicks onto my car mount firmly.
            + [magsafe] Wireless charging works fine through the case.
            - [magsafe] The magnets are weak: my wallet slides off in my pocket.
            - [magsafe] The phone falls off the car mount on every speed bump.
            = [magsafe] It has a magnet ring built in.
        """,
        ),
    },
    "short": """
        + Fits perfectly.
        + Saved my phone already!
        - Yellowed in a month.
        - Buttons too stiff.
        = It's a case. It works.
    """,
    "whole": [
        (
            5,
            "Saved my screen",
            "Dropped my phone down the stairs on day three. Not a mark on it. The case has a few "
            "scuffs on one corner, which is exactly what it's for. Slim enough that it still fits in "
            "my jeans pocket.",
            [],
        ),
        (
            2,
            "Clear until it isn't",
            "Looked great for about five weeks. Now it has that yellow tint all clear cases get "
            "eventually, only much faster than my last one. The fit and buttons are good, though.",
            ["clear"],
        ),
        (
            3,
            "",
            "Nice leather feel and the card slots are handy. The clasp magnet is weak and the "
            "cover flaps open in my bag. Fine, but I probably won't buy it again.",
            ["card_slots"],
        ),
    ],
}

KINDS["charger"] = {
    "noun": "charger",
    "plural": False,
    "uses": [
        "for my laptop and phone",
        "for travelling",
        "for the bedside table",
        "to replace the one my phone didn't come with",
        "for the office",
    ],
    "aspects": {
        "speed": (
            "charging speed",
            """
            + Charges my phone from 10 to 70% in about half an hour.
            + [multiport] It charges my laptop at full speed while topping up my phone.
            + Fast charging works with both my Samsung and my partner's iPhone.
            + Finally a {output_power} charger that actually delivers {output_power}.
            - [multiport] As soon as you plug in a second device, both charge at a crawl.
            - My laptop says "slow charger connected" every single time.
            - Charging speed is no faster than the old 5 W brick.
            = Supports {fast_charging}.
        """,
        ),
        "heat": (
            "heat management",
            """
            + Stays barely warm, even when charging the laptop.
            + No coil whine at all, which matters to me as it sits by the bed.
            - It gets too hot to touch after twenty minutes.
            - There's a high-pitched whine whenever the phone is nearly full.
            - Smelled of hot plastic on the second day, so it's unplugged now.
            = It gets warm under full load, as these things do.
        """,
        ),
        "size": (
            "size",
            """
            + Tiny for what it does; at {weight} it lives in my laptop bag.
            + [foldable_plug] The folding plug is great for travel.
            + It replaced three chargers in my travel pouch.
            - It's so wide it blocks the second socket on my extension lead.
            - Too heavy: it falls out of loose wall sockets.
            = It measures {dimensions}.
        """,
        ),
        "reliability": (
            "reliability",
            """
            + Six months of daily use and not a single hiccup.
            + Works on hotel sockets in four countries so far, with an adapter.
            - It died after seven weeks: no light, nothing.
            - One of the ports stopped working after a month.
            - Great, another charger that dies in a week.
            - It randomly stops charging and restarts every few minutes.
            = [cable_included] Cable included: {cable_included}.
        """,
        ),
    },
    "short": """
        + Tiny and fast.
        + Replaced all my chargers.
        - Died after a month.
        - Gets very hot.
        = Works as expected.
    """,
    "whole": [
        (
            5,
            "One charger for everything",
            "I travel for work and used to carry a laptop brick, a phone charger and a cable for "
            "my watch. Now it's just this. It charges my laptop at full speed, does not get hot, and "
            "it's barely bigger than my old phone charger. Brilliant.",
            ["multiport"],
        ),
        (
            1,
            "Great, another charger that dies in a week",
            "Great, another charger that dies in a week. Worked fine for six days, then nothing. "
            "Tried different cables and sockets. Refund requested, waiting.",
            [],
        ),
        (
            4,
            "",
            "Small, fast enough, stays cool. My phone charges to 50% in about 30 minutes. The plug "
            "is quite stiff in my sockets at home. Otherwise spot on.",
            [],
        ),
    ],
}

KINDS["power_bank"] = {
    "noun": "power bank",
    "plural": False,
    "uses": [
        "for festivals",
        "for long hikes",
        "for travelling",
        "for my daily commute",
        "for camping",
        "for emergencies",
    ],
    "aspects": {
        "capacity": (
            "capacity",
            """
            + {capacity} is plenty: three full charges of my phone.
            + After a weekend festival I still had a quarter left.
            + It charged my phone, my partner's phone and a head torch on one hike.
            - It only charges my phone about 1.5 times; {capacity} must be generous maths.
            - It loses charge sitting in a drawer, so it's flat when you need it.
            - After four months the capacity has dropped noticeably.
            = Rated {capacity}; real-world capacity is always a bit less.
        """,
        ),
        "speed": (
            "charging speed",
            """
            + Outputs a genuine {output_power}, so my phone fast-charges from it.
            + It refills itself overnight from a normal USB-C charger.
            - Takes forever to recharge itself, more than the {recharge_time} they say.
            - Charging is slow, even with the right cable.
            = Recharge time: {recharge_time} with a decent charger.
        """,
        ),
        "size": (
            "size",
            """
            + Slimmer than I expected, and it slips into a jacket pocket.
            + [magnetic] The magnetic snap is handy: no cable needed on the go.
            + At {weight} it isn't a burden in my rucksack.
            - Heavy and chunky; at {weight} it drags my jacket pocket down.
            - [magnetic] The magnet is too weak, and it slides off the phone in my pocket.
            - [magnetic] It gets hot stuck to the back of the phone while charging.
            = It's about the size of a deck of cards.
        """,
        ),
        "build": (
            "build quality",
            """
            + Feels solid, and the charge level display is accurate.
            + The battery display in percent is so much better than four LEDs.
            - The rubber coating peels at the corners already.
            - The button is mushy and hard to press.
            - Fun fact: the percentage display jumps from 40% to 0%.
            = [airline_safe] It's {airline_safe}, which I checked before flying.
        """,
        ),
    },
    "short": """
        + Lifesaver at festivals.
        + Small but mighty.
        - Magnet too weak.
        - Loses charge in the drawer.
        = Does what a power bank does.
    """,
    "whole": [
        (
            5,
            "Three days off-grid",
            "Took it on a three-day hike in the Alps. Charged my phone twice and my head torch once, "
            "and there was still a bit left. Not light, but worth carrying.",
            [],
        ),
        (
            2,
            "The magnets are the weak link",
            "The idea is perfect, but the magnet isn't strong enough. It slides off every time I "
            "put the phone in my pocket, and it gets warm while charging. I end up using a cable "
            "anyway, which defeats the point.",
            ["magnetic"],
        ),
    ],
}

KINDS["kettle"] = {
    "noun": "kettle",
    "plural": False,
    "uses": [
        "for the office kitchen",
        "for tea",
        "for pour-over coffee",
        "for the caravan",
        "for my student flat",
        "in the kitchen",
    ],
    "aspects": {
        "speed": (
            "boiling speed",
            """
            + Boils a full kettle in about four minutes.
            + Fast enough that the water is ready before the teabag is in the mug.
            + [temperature_settings] Holds the set temperature really accurately for green tea.
            + [keep_warm] The keep-warm function is perfect for a pot of coffee in the morning.
            - It takes ages to boil, much slower than my old one.
            - [temperature_settings] The 80 °C setting is more like 90 °C by my thermometer.
            - It switches off before the water actually boils.
            = Power is {power}, so it boils about as fast as any kettle.
        """,
        ),
        "noise": (
            "noise",
            """
            + Surprisingly quiet; I can boil water without waking the kids.
            + It clicks off softly instead of with a bang.
            - It's as loud as a jet engine for the whole boil.
            - The beep when it's done is shrill and can't be turned off.
            = Average noise for a kettle.
        """,
        ),
        "build": (
            "build quality",
            """
            + The {material} body looks great and is easy to keep clean.
            + The lid opens with one finger and never drips.
            + [glass] I love watching it boil with the blue light on.
            - The lid started to stick after a few weeks.
            - [glass] Limescale shows on the glass within days in our area.
            - It dribbles from the spout when you pour too quickly.
            - The handle gets hot near the top.
            - Water leaks from the base after two months.
            = It holds {capacity}.
            = The cord is {cord_length}, which is just enough for our counter.
        """,
        ),
        "taste": (
            "taste",
            """
            + No plastic taste at all, even on the first boil.
            + [limescale_filter] The {limescale_filter} keeps bits out of my tea.
            - The water tasted of plastic for the first two weeks.
            - There's a chemical smell every time it boils.
            = I boiled it empty three times first, as the manual says.
        """,
        ),
    },
    "short": """
        + Quick and quiet.
        + Looks beautiful on the counter.
        - Leaks from the base.
        - Plastic taste.
        = It boils water.
    """,
    "whole": [
        (
            5,
            "Tea perfection",
            "I drink a lot of green and white tea, and the temperature settings are spot on. It "
            "keeps water warm for half an hour, which is ideal for the second cup. The gooseneck "
            "makes pour-over coffee easy as well. Pricey, but I use it five times a day.",
            ["temperature_settings"],
        ),
        (
            1,
            "Leaked after 8 weeks",
            "Looked lovely, boiled fast. After eight weeks there was a puddle under the base every "
            "time I used it. Stopped using it immediately, electricity and water don't mix. Waiting "
            "on a refund.",
            [],
        ),
        (
            3,
            "",
            "Boils fast and looks nice. Unfortunately the glass shows every bit of limescale and I'm "
            "descaling it every week here in the south of England. Fine if you have soft water.",
            ["glass"],
        ),
        (
            4,
            "Arrived Tuesday",
            "Arrived Tuesday. Using it for the office kitchen. Holds enough for six mugs, boils "
            "quickly and the lid is easy. Slightly loud, but it's an office.",
            [],
        ),
    ],
}

KINDS["blender"] = {
    "noun": "blender",
    "plural": False,
    "uses": ["for morning smoothies", "for protein shakes", "for baby food", "for soups", "for the office"],
    "aspects": {
        "power": (
            "power",
            """
            + Crushes ice and frozen berries in seconds.
            + At {power} it turns spinach and oats into a smooth drink, no bits.
            + Makes nut butter, which my old blender never managed.
            - It struggles with frozen fruit unless I add lots of liquid.
            - Leaves chunks of kale however long I run it.
            - The motor smells hot after one minute of ice.
            = It has {speeds} speeds, and I only ever use the top one.
        """,
        ),
        "jar": (
            "jars",
            """
            + The to-go cups are brilliant; I blend and walk out of the door.
            + The {jar_capacity} jar is the perfect size for two smoothies.
            + Jars are {material} and don't stain from turmeric.
            - One jar cracked at the base after two months.
            - The lid leaks if you fill past the line.
            - The rubber seal is hard to get out for cleaning and gets mouldy.
            = Comes with {jars_included}.
        """,
        ),
        "cleaning": (
            "cleaning",
            """
            + A quick rinse with warm water and a drop of soap and it's clean.
            + Everything except the base goes in the dishwasher.
            - Cleaning around the blade is fiddly and sharp.
            - The blade unit went rusty underneath after a month.
            = Dishwasher safe: {dishwasher_safe}.
        """,
        ),
        "noise": (
            "noise",
            """
            + Louder than I'd like, but it's over in thirty seconds.
            + Quieter than my last blender by a long way.
            - It's deafening at 6 a.m.; the whole house knows I'm making a smoothie.
            - Vibrates across the counter on high speed.
            = Noise is what you'd expect for {power}.
        """,
        ),
    },
    "short": """
        + Smoothie heaven.
        + Crushes ice easily.
        - Jar cracked.
        - Very loud.
        = Fine for shakes.
    """,
    "whole": [
        (
            5,
            "Daily smoothie machine",
            "Use it every morning for a banana, oat and frozen berry smoothie. Perfectly smooth in "
            "under a minute. Cleaning is a rinse and done. Loud, but so is every blender.",
            [],
        ),
        (
            2,
            "Jar cracked",
            "Worked well for two months, then a hairline crack appeared at the bottom of the big jar "
            "and it leaked all over the counter. Replacement jars cost almost half the price of the "
            "whole blender.",
            [],
        ),
    ],
}

KINDS["air_fryer"] = {
    "noun": "air fryer",
    "plural": False,
    "uses": [
        "for quick dinners",
        "for a family of four",
        "to replace the oven",
        "for my student flat",
        "for reheating leftovers",
        "for weeknight meals",
    ],
    "aspects": {
        "cooking": (
            "cooking results",
            """
            + Chips come out crispy outside and fluffy inside with a teaspoon of oil.
            + Chicken thighs in twenty minutes, with skin like a roast.
            + Reheats pizza better than the microwave ever did.
            + Roasted vegetables are so good I barely use the oven now.
            + Halloumi, salmon, sprouts: everything we've tried works.
            - The food cooks unevenly: burnt at the back, pale at the front.
            - Even with shaking halfway, the chips are soggy.
            - The top element burns anything that rises, like muffins.
            = The programme times are a starting point; I usually add a few minutes.
            = Temperature range is {temperature_range}.
        """,
        ),
        "size": (
            "capacity",
            """
            + The {capacity} basket does chips for four in one go.
            + A whole small chicken fits in the basket.
            - Too small for a family: we end up cooking in two rounds.
            - It's huge on the counter; at {dimensions} it takes up half our worktop.
            = The basket holds {capacity}; realistically it feeds three.
        """,
        ),
        "coating": (
            "non-stick coating",
            """
            + The basket is properly non-stick; nothing gets stuck.
            + Six months in and the coating still looks new.
            - The coating in the basket is flaking after three months.
            - Food sticks to the grid and scrubbing has scratched it.
            - There were black flakes on my chips. Lovely.
            = The basket coating is {basket_coating}.
        """,
        ),
        "cleaning": (
            "cleaning",
            """
            + The basket and tray go in the dishwasher and come out clean.
            + Much easier to clean than the oven.
            - Grease collects in places you can't reach.
            - Cleaning the heating element is impossible, so it smokes after a while.
            = Dishwasher safe: {dishwasher_safe}.
        """,
        ),
        "smell": (
            "smell",
            """
            + No smell after the first use.
            + It doesn't fill the flat with frying smell like a deep fryer.
            - A strong plastic smell for the first two weeks.
            - It smokes whenever I cook anything fatty.
            = Ran it empty for ten minutes first to burn off the factory smell, as advised.
        """,
        ),
        "controls": (
            "controls",
            """
            + The presets are genuinely useful and the display is clear.
            + Simple dial, no app, no fuss.
            - The touch panel ignores my fingers half the time.
            - It beeps loudly for every single button press.
            = It has {programmes} programmes.
        """,
        ),
    },
    "short": """
        + Life-changing chips!
        + Use it every day.
        + Best kitchen purchase this year.
        - Coating peeling already.
        - Too small for a family.
        = Good, but takes space.
    """,
    "whole": [
        (
            5,
            "Changed how we cook",
            "We're a family of four and this basket is just big enough. Chips, fish, vegetables, "
            "even a small roast chicken. Dinner is on the table in twenty-five minutes and the oven "
            "hasn't been on in weeks. The basket goes in the dishwasher. Quieter than I expected, "
            "too. Honestly the best thing we bought this year.",
            [],
        ),
        (
            1,
            "Flakes in the food",
            "After three months the non-stick coating started flaking off into our food. We have "
            "small children, so it went in the bin. Customer service said it's 'wear and tear'. "
            "Three months!",
            [],
        ),
        (
            3,
            "Good cooking, takes over the kitchen",
            "Cooks really well and it's easy to use. But it's enormous. Our kitchen is small and it "
            "had to go on top of the fridge, which makes it a faff every time. Measure first.",
            [],
        ),
        (
            4,
            "",
            "Not bad at all. Chips are nearly as good as deep-fried, the presets make sense, and "
            "cleaning is easy. A bit of plastic smell for the first few uses, gone now.",
            [],
        ),
        (
            5,
            "Student life saver",
            "I don't have a proper oven in my flat, and this does everything: frozen stuff, "
            "veggies, even brownies. Cheap to run as well.",
            [],
        ),
    ],
}

KINDS["cast_iron"] = {
    "noun": "skillet",
    "plural": False,
    "uses": [
        "for steaks",
        "for cornbread",
        "for camping",
        "for everyday cooking",
        "for the induction hob",
        "for Sunday breakfasts",
    ],
    "aspects": {
        "cooking": (
            "cooking",
            """
            + The sear on a steak is restaurant-level.
            + Holds heat beautifully; the pan doesn't drop temperature when the food goes in.
            + Goes from hob to oven, so I finish frittatas under the grill.
            + Works perfectly on our induction hob.
            - It has hot spots in the middle on a gas hob.
            - It takes forever to heat up.
            = Oven safe: {oven_safe}.
        """,
        ),
        "seasoning": (
            "seasoning",
            """
            + The pre-seasoning is decent; eggs slid around after a few uses.
            + After a month of cooking it's almost non-stick.
            - The factory seasoning is patchy and eggs stuck like glue.
            - It arrived with rust spots on the rim.
            - The seasoning flaked off after the first wash.
            = It came {pre_seasoned}; I added a few layers of my own.
        """,
        ),
        "weight": (
            "weight",
            """
            + Heavy in the good way, it feels like it will outlive me.
            + The helper handle makes lifting it much easier.
            - At {weight} it's too heavy to toss anything.
            - My wrist hurts just lifting it out of the cupboard.
            = It weighs {weight}, as you'd expect from cast iron.
        """,
        ),
        "care": (
            "ease of care",
            """
            + Easy enough to care for: rinse, dry on the hob, a drop of oil.
            + The care leaflet explains seasoning properly.
            - Needs so much care; I left it wet once and it rusted.
            - The handle gets dangerously hot and there's no sleeve in the box.
            = Care: {care}.
        """,
        ),
    },
    "short": """
        + Built to last forever.
        + Perfect steaks.
        - Rusty on arrival.
        - Far too heavy.
        = A solid pan.
    """,
    "whole": [
        (
            5,
            "Heirloom quality",
            "This will outlive me. Pre-seasoned well enough to use straight away, and after a "
            "month of bacon and cornbread it's slick. Heavy, but that's the point. Made in a "
            "proper foundry, and you can tell.",
            [],
        ),
        (
            2,
            "Rust on arrival",
            "Opened the box to find orange spots along the rim. Scrubbed and re-seasoned it myself, "
            "and now it cooks fine, but I shouldn't have to do that on a new pan.",
            [],
        ),
    ],
}

KINDS["nonstick_pan"] = {
    "noun": "frying pan",
    "plural": False,
    "uses": [
        "for eggs",
        "for pancakes",
        "for everyday cooking",
        "for the induction hob",
        "for my first flat",
    ],
    "aspects": {
        "nonstick": (
            "non-stick coating",
            """
            + Eggs slide around with no oil at all.
            + Pancakes flip themselves.
            + The non-stick is still perfect after four months of daily use.
            - The coating started peeling after six weeks, with only silicone utensils used.
            - Food sticks in the middle already, only two months in.
            - Scratched on the first use, with a wooden spatula.
            - Great, a non-stick pan that sticks.
            = Coating: {coating}.
        """,
        ),
        "heat": (
            "heat distribution",
            """
            + Heats evenly across the whole base.
            + Works great on our induction hob.
            - The base warped after a few weeks and now it spins on the hob.
            - [hob_compatibility] Despite the box saying {hob_compatibility}, it takes ages on induction.
            - The centre gets much hotter than the edge.
            = [oven_safe] Oven safe: {oven_safe}.
        """,
        ),
        "handle": (
            "handle",
            """
            + The handle stays cool and feels solid.
            + Light enough to toss vegetables one-handed.
            - The handle came loose and the screw keeps unwinding.
            - The handle gets hot near the pan.
            = It weighs {weight}.
        """,
        ),
        "cleaning": (
            "cleaning",
            """
            + Wipes clean in seconds.
            + Easy to clean with just a sponge.
            - Stains on the outside won't come off whatever I try.
            - It says dishwasher safe, but the dishwasher dulled the coating.
            = Care: {care}.
        """,
        ),
    },
    "short": """
        + Perfect eggs every time.
        - Coating peeled off.
        - Base warped.
        = Decent pan.
    """,
    "whole": [
        (
            1,
            "Peeling after two months",
            "Followed all the care instructions: no metal, hand wash only, low to medium heat. The "
            "coating started lifting after two months and there are grey flakes near the centre. "
            "For a pan sold as ceramic and 'healthy' that's a big problem.",
            [],
        ),
        (
            5,
            "",
            "I'm a terrible cook and this pan makes me look competent. Omelettes slide right off. "
            "Lovely weight, cool handle. Fingers crossed it lasts.",
            [],
        ),
        (
            3,
            "Good while it lasts",
            "Brilliant for about three months, then sticky in the middle. It was cheap, so I'm not "
            "furious, but the ceramic coatings just don't last, do they.",
            [],
        ),
    ],
}

KINDS["knife_set"] = {
    "noun": "knife set",
    "plural": False,
    "uses": [
        "for our new kitchen",
        "as a wedding present",
        "for meal prep",
        "to replace blunt supermarket knives",
    ],
    "aspects": {
        "sharpness": (
            "sharpness",
            """
            + Scarily sharp out of the box; tomatoes fall apart.
            + Still razor sharp after three months of daily use.
            + The chef's knife glides through squash like it's butter.
            - Dull within a month, and I only use a wooden board.
            - The edge chipped on a pumpkin.
            - Not sharp out of the box, had to hone it before the first use.
            = The steel is {steel}, hardness {hardness}.
        """,
        ),
        "handle": (
            "handle",
            """
            + The handles feel balanced and comfortable even on long prep days.
            + Great grip even with wet hands.
            - The handle is too small for my hands.
            - The wood on the handles dried out and cracked.
            = Handles are {handle}.
        """,
        ),
        "care": (
            "rust resistance",
            """
            + With hand washing and drying they look as new as the day I got them.
            - Rust spots appeared after one evening left in the sink.
            - Someone put one in the dishwasher and it's covered in spots now.
            = Dishwasher safe: {dishwasher_safe}. Hand wash only.
        """,
        ),
        "presentation": (
            "presentation",
            """
            + The gift box is beautiful; a perfect wedding present.
            + It comes with blade guards, which I appreciate.
            - The box had a dent and the guards were missing.
            = In the box: {in_the_box}.
        """,
        ),
    },
    "short": """
        + Razor sharp!
        + Beautiful knives.
        - Rusted quickly.
        = Good starter set.
    """,
    "whole": [
        (
            5,
            "Proper knives finally",
            "Upgraded from supermarket knives and can't believe the difference. The chef's knife "
            "is balanced and very sharp, and the paring knife is perfect for fiddly jobs. Hand wash "
            "and dry them straight away and they stay perfect.",
            [],
        ),
        (
            2,
            "Sharp but rust-prone",
            "Very sharp at first, but one night in the drying rack and there were rust spots along "
            "the edge. I expected better steel for this price.",
            [],
        ),
    ],
}

KINDS["bedding"] = {
    "noun": "bedding",
    "plural": False,
    "uses": ["for the guest room", "for our bed", "for my daughter's room", "for winter", "for the sofa"],
    "aspects": {
        "feel": (
            "feel",
            """
            + Cool, crisp and soft; like sleeping in a good hotel.
            + Gets softer with every wash.
            + [wool] Warm without being stuffy, and no itch at all.
            + Breathable enough for warm summer nights.
            - Rough and scratchy, even after three washes.
            - [wool] It sheds fluff all over the sofa and my clothes.
            - Feels thinner than the photos suggest.
            = [thread_count] Thread count {thread_count}, percale weave.
            = Made of {material}.
        """,
        ),
        "wash": (
            "washing",
            """
            + It washed beautifully and came out of the dryer barely creased.
            + [wool] Survived the wool cycle without shrinking at all.
            + The colour hasn't faded after ten washes.
            - It shrank on the first wash despite following the label.
            - [!wool] It creases horribly and you have to iron it to look decent.
            - The colour ran onto the white sheets in the same wash.
            = Care: {care}.
        """,
        ),
        "fit": (
            "size",
            """
            + [closure] Generous size, and the {closure} close properly.
            + [!wool] It fits our duvet with room to spare.
            + [wool] Big enough to wrap around two people on the sofa.
            - [closure] Two of the {closure} broke in the first month.
            - [!wool] Smaller than stated; the duvet bunches in the corners.
            - [wool] Smaller than it looks; it barely covers my legs.
            = Size is {size}.
        """,
        ),
        "look": (
            "colour",
            """
            + The {colour} is a gorgeous, calm colour in real life.
            + Looks expensive on the bed.
            - The {colour} looks much greyer than in the pictures.
            - Pilling after a couple of months.
            = [certifications] Certified {certifications}, which mattered to me.
        """,
        ),
    },
    "short": """
        + Hotel-quality sleep.
        + So soft!
        - Shrank in the wash.
        = Nice, but creases.
    """,
    "whole": [
        (
            5,
            "Like a hotel",
            "Crisp, cool and soft, exactly the percale feel I wanted. Washed at 40 degrees five "
            "times now and it only gets better. The colour is a lovely muted sage.",
            ["closure"],
        ),
        (
            2,
            "Shrank",
            "Washed it on a cool wool cycle as instructed and it came out noticeably smaller. Now it "
            "barely covers the sofa. A pity, the colour is lovely.",
            ["wool"],
        ),
    ],
}

KINDS["pillow"] = {
    "noun": "pillow",
    "plural": False,
    "uses": [
        "for my neck pain",
        "because I'm a side sleeper",
        "for the guest room",
        "for better sleep",
        "for travel",
    ],
    "aspects": {
        "support": (
            "support",
            """
            + My neck pain is gone after two weeks.
            + Perfect height for a side sleeper like me.
            + Supportive without being rock hard.
            - Far too high; I wake up with a stiff neck.
            - Way too firm for me, like sleeping on a brick.
            - It has flattened noticeably after two months.
            = Firmness: {firmness}.
        """,
        ),
        "temperature": (
            "temperature",
            """
            + Stays cool all night; the cover really breathes.
            + No more flipping the pillow to find the cool side.
            - Sleeps hot, memory foam always does.
            - My head sweats on it within an hour.
            = The cover is {cover}.
        """,
        ),
        "smell": (
            "smell",
            """
            + Barely any smell when unpacked, gone after a day.
            - The chemical smell lasted more than a week.
            - Smells like a new car tyre even after airing it on the balcony.
            = Aired it for 24 hours before use, as advised.
        """,
        ),
        "care": (
            "washable cover",
            """
            + The zip cover comes off and washes easily.
            + [trial_period] Nice that there's a {trial_period}.
            - The cover shrank in the wash and won't go back on.
            = Care: {care}.
        """,
        ),
    },
    "short": """
        + No more neck pain.
        + Best sleep in years.
        - Too firm.
        = Takes getting used to.
    """,
    "whole": [
        (
            5,
            "Finally waking up without neck pain",
            "I'm a side sleeper with a bad neck and I've tried so many pillows. This one took about "
            "four nights to get used to, but now I wake up without the usual stiffness. The cover "
            "is soft and washable. Wish I'd bought it years ago.",
            [],
        ),
        (
            2,
            "Too high for me",
            "Good quality, but far too high for me as a back sleeper, and you can't adjust it. "
            "Returned it within the trial period, which was easy at least.",
            [],
        ),
    ],
}

KINDS["lamp"] = {
    "noun": "lamp",
    "plural": False,
    "uses": [
        "for my desk",
        "for reading in bed",
        "for the home office",
        "for the balcony",
        "for late-night studying",
        "for the dining table",
    ],
    "aspects": {
        "light": (
            "light quality",
            """
            + Lovely even light with no flicker, even on camera.
            + The warm setting is perfect for reading in the evening.
            + Bright enough to light my whole desk without glare.
            - The light flickers at low brightness.
            - Even the warmest setting is too blue for the evening.
            - There's a visible hot spot in the middle of the desk.
            = Brightness is {brightness}, colour temperature {colour_temperature}.
        """,
        ),
        "controls": (
            "controls",
            """
            + The touch dimmer is smooth and remembers the last setting.
            + Easy to adjust the angle and it stays put.
            - The touch controls react when I just brush past.
            - The arm sags slowly over the evening.
            - It always starts at full brightness, which hurts at 6 a.m.
            = Dimming: {dimming}.
        """,
        ),
        "battery": (
            "battery life",
            """
            + [battery_life] Battery lasts several evenings; {battery_life} is about right.
            + [battery_life] Lovely to carry out to the balcony without a cable.
            - [battery_life] The battery lasts two evenings at most.
            - [battery_life] It dies without warning in the middle of dinner.
            = [battery_life] It charges via USB-C in about four hours.
        """,
        ),
        "design": (
            "design",
            """
            + [colours] The {colour} finish looks much more expensive than it is.
            + Small footprint, perfect for a cramped desk.
            - The base is too light and tips over easily.
            - The finish scratches at the slightest touch.
            = It measures {dimensions}.
        """,
        ),
    },
    "short": """
        + Beautiful light.
        + Perfect reading lamp.
        - Flickers.
        = Nice design, average light.
    """,
    "whole": [
        (
            5,
            "Perfect for the home office",
            "Even, flicker-free light that looks great on video calls. The dimmer is smooth and it "
            "remembers my setting. The arm moves easily and stays where I put it.",
            [],
        ),
        (
            3,
            "Pretty but short-lived",
            "Looks lovely on the balcony table, and the warm light is gorgeous. But the battery "
            "only lasts two evenings, not the week they claim.",
            ["battery_life"],
        ),
    ],
}

KINDS["candle"] = {
    "noun": "candle",
    "plural": False,
    "uses": ["for the living room", "as a gift", "for the bathroom", "for cosy evenings"],
    "aspects": {
        "scent": (
            "scent",
            """
            + The {scent} scent fills the room without being overpowering.
            + It smells natural, not like air freshener.
            - I can barely smell it, even in a small room.
            - Far too sweet and gave me a headache.
            = Scent: {scent}.
        """,
        ),
        "burn": (
            "burn quality",
            """
            + Burns evenly all the way down, no tunnelling.
            + No black smoke from the wick, even after hours.
            - It tunnelled after the first burn, leaving a thick wall of wax.
            - The wick drowned after half an hour.
            - The burn time is nowhere near {burn_time}.
            = Burn time: {burn_time}.
        """,
        ),
        "look": (
            "look",
            """
            + The {vessel} is pretty enough to reuse as a plant pot.
            + Looks lovely on the mantelpiece.
            - The label peeled off the jar after a week.
            = Made from {wax}.
        """,
        ),
    },
    "short": """
        + Smells divine.
        - No scent at all.
        = Nice jar.
    """,
    "whole": [
        (
            5,
            "Smells like an autumn walk",
            "Fills our living room with a soft, natural scent. Burns cleanly and evenly. I reuse "
            "the jar for my pens now. Buying more as Christmas gifts.",
            [],
        ),
    ],
}

KINDS["top"] = {
    "noun": "top",
    "plural": False,
    "uses": [
        "for everyday wear",
        "for work",
        "for hiking",
        "for the gym",
        "for layering",
        "for lounging at home",
    ],
    "aspects": {
        "fabric": (
            "fabric",
            """
            + The fabric is soft and substantial, not see-through.
            + [merino] Merino is a game changer: warm, no itch and no smell after three days of hiking.
            + Feels expensive; soft but holds its shape.
            + Breathable enough that I don't overheat on the bike.
            - Thin fabric that's slightly see-through in the light colours.
            - Pilled under the arms after a few wears.
            - [merino] A small hole appeared after the third wear.
            - It feels scratchy around the collar.
            = Material: {material}.
        """,
        ),
        "fit": (
            "fit",
            """
            + True to size and the length is right for tall people too.
            + The fit is flattering without being tight.
            + The sleeves are long enough for once.
            - Runs small: size up.
            - Boxy and short in the body.
            - The neckline stretched out after a day of wear.
            = Fit: {fit}. I'm 178 cm and took an M.
            = Sizes {sizes}; I'd say they run true.
        """,
        ),
        "wash": (
            "washing",
            """
            + Washed ten times and still looks new.
            + The colour hasn't faded a bit.
            - Shrank a full size on the first wash at 30 degrees.
            - It twisted after washing and the side seams now sit at the front.
            - The colour faded badly after a few washes.
            = Care: {care}.
        """,
        ),
        "look": (
            "colour",
            """
            + The {colour} colour is gorgeous and exactly like the photo.
            + Simple, well made and goes with everything.
            - The {colour} looks more like a dull brown in real life.
            - The print started cracking after a month.
            = [certifications] It's certified {certifications}, which I appreciate.
        """,
        ),
    },
    "short": """
        + My new favourite.
        + Bought three more.
        - Shrank in the wash.
        - Pilled quickly.
        = Basic but fine.
    """,
    "whole": [
        (
            5,
            "Bought it in four colours",
            "Soft, heavy enough that it doesn't cling, and it survives the washing machine. I "
            "ordered one to test and now I have four. The organic cotton was a bonus.",
            [],
        ),
        (
            2,
            "Shrank a size",
            "Lovely fabric, but it shrank a full size at 30 degrees and is now too short. Followed "
            "the care label. Won't reorder.",
            [],
        ),
        (
            5,
            "Three days without a wash",
            "Wore it for three days straight on a hut-to-hut hike and it genuinely didn't smell. "
            "Warm in the morning, not too hot when climbing. Hand washed it in a sink and it was dry "
            "overnight.",
            ["merino"],
        ),
        (
            4,
            "",
            "Great hoodie, thick and warm, nice hood that keeps its shape. The cuffs are a bit "
            "loose for my liking. Sizing is spot on.",
            ["hoodie"],
        ),
    ],
}

KINDS["rain_jacket"] = {
    "noun": "jacket",
    "plural": False,
    "uses": [
        "for hiking",
        "for cycling to work",
        "for festivals",
        "for dog walks",
        "for travelling light",
        "for the school run",
    ],
    "aspects": {
        "waterproof": (
            "waterproofing",
            """
            + Stayed completely dry in two hours of steady rain.
            + Water beads off like on a duck; seams are properly taped.
            + Survived a very wet week in Scotland.
            - The shoulders wet out after an hour of drizzle.
            - Water got in through the zip.
            - Waterproof, sure, if it doesn't actually rain.
            = Waterproof rating: {waterproof_rating}.
        """,
        ),
        "breathability": (
            "breathability",
            """
            + Breathes well enough for uphill walking.
            + The pit zips make a real difference when climbing.
            - Like wearing a bin bag: soaked from the inside after ten minutes of walking.
            - Sweaty on the bike, even with the vents open.
            = Breathability: {breathability}.
        """,
        ),
        "packability": (
            "packability",
            """
            + It packs into its own pocket, smaller than a water bottle.
            + At {weight} it lives in my bag all year.
            - It doesn't fit back into its pocket without a fight.
            - Packs down nicely but comes out creased.
            = Packable: {packable}.
        """,
        ),
        "fit": (
            "fit",
            """
            + Room for a fleece underneath without being baggy.
            + The hood adjusts nicely and moves with my head.
            - The sleeves are too short when I reach for the handlebars.
            - The hood blows off in the slightest wind.
            - It rustles loudly with every step.
            = Sizes {sizes}; I took my usual size.
        """,
        ),
    },
    "short": """
        + Bone dry!
        + Perfect festival jacket.
        - Not waterproof.
        - Too noisy.
        = Ok for drizzle.
    """,
    "whole": [
        (
            5,
            "Dry in a Scottish downpour",
            "Spent a week walking in the Highlands and this was tested properly. Sideways rain, "
            "dry underneath every day. Packs down to nothing. The hood is excellent.",
            [],
        ),
        (
            1,
            "Waterproof? In the desert maybe",
            "Waterproof? In the desert maybe. Wet through at the shoulders after a 30-minute walk "
            "in normal rain. The seams don't look taped at all. Returned.",
            [],
        ),
        (
            3,
            "",
            "Keeps the rain out well, but I sweat a lot when walking uphill and it doesn't breathe "
            "enough. Fine for the city and dog walks.",
            [],
        ),
    ],
}

KINDS["jeans"] = {
    "noun": "jeans",
    "plural": True,
    "uses": ["for work", "for everyday wear", "for weekends"],
    "aspects": {
        "fit": (
            "fit",
            """
            + The fit is perfect: slim, but I can still sit down comfortably.
            + Finally jeans that fit my waist and thighs at the same time.
            + The stretch keeps its shape all day.
            - They bag out at the knees by lunchtime.
            - The waist gaps at the back.
            - Inside leg is shorter than stated.
            = Fit: {fit}, {rise}.
        """,
        ),
        "fabric": (
            "fabric",
            """
            + The denim feels sturdy yet soft from day one.
            + Good weight for all year round.
            - The fabric feels thin and cheap.
            - Wore through between the thighs in three months.
            - Dye rubbed off onto my white sofa.
            = Fabric: {material}.
        """,
        ),
        "colour": (
            "colour",
            """
            + The {colour} wash looks exactly like the photos.
            + Colour held up well after several washes.
            - Faded a lot after a few washes.
            = Care: {care}.
        """,
        ),
    },
    "short": """
        + Perfect fit!
        - Baggy knees.
        = Decent jeans.
    """,
    "whole": [
        (
            4,
            "Good everyday jeans",
            "Comfortable all day, the stretch is right, and the colour hasn't faded yet. The pockets "
            "are a bit shallow for my phone, hence four stars.",
            [],
        ),
        (
            2,
            "Baggy by lunchtime",
            "Fit lovely in the morning, baggy at the knees by lunch. Too much stretch and not enough "
            "recovery. Disappointing.",
            [],
        ),
    ],
}

KINDS["running_shoe"] = {
    "noun": "running shoes",
    "plural": True,
    "uses": [
        "for marathon training",
        "for parkrun",
        "for trail running",
        "for walking",
        "for the gym",
        "for my first 10k",
        "for long runs",
    ],
    "aspects": {
        "cushioning": (
            "cushioning",
            """
            + Soft and bouncy cushioning without feeling unstable.
            + My knees feel better on long runs than in my old shoes.
            + The midsole still feels fresh after 400 km.
            + [trail] Enough cushioning for long, rocky descents.
            - The cushioning went flat after about 200 km.
            - Too firm for long runs; my feet ache after 15 km.
            - Feels mushy and unstable on corners.
            = Drop is {drop}, stack {stack_height}.
        """,
        ),
        "fit": (
            "fit",
            """
            + True to size, with plenty of room in the toe box.
            + The heel holds my foot securely; no blisters.
            + The upper is soft and breathable, comfortable from the first run.
            - Runs half a size small; my toes hit the front.
            - The tongue slides to the side on every run.
            - I got blisters on both heels in the first week.
            - The toe box is narrow; not for wide feet.
            = Sizes {sizes}; I took my usual size.
        """,
        ),
        "grip": (
            "grip",
            """
            + Grippy on wet pavement and leaves.
            + [trail] The lugs grip in mud like nothing else I've worn.
            + The outsole shows hardly any wear after three months.
            - Slippery on wet tiles and painted lines.
            - [trail] Clogs with mud and then slides everywhere.
            - The outsole wore through at the heel in two months.
            = Outsole: {outsole}.
        """,
        ),
        "weight": (
            "weight",
            """
            + Light at {weight}, they feel fast.
            + Light enough for speed sessions, cushioned enough for long runs.
            - Heavy for a running shoe; I feel it on tempo runs.
            = Weight: {weight} per shoe.
        """,
        ),
        "durability": (
            "durability",
            """
            + 500 km in and they still look good.
            + The upper has no holes, unlike my last pair.
            - A hole opened in the mesh at the little toe after a month.
            - The sole started to separate at the toe.
            - Great shoes, for about 150 km.
            = I rotate them with another pair.
        """,
        ),
    },
    "short": """
        + Ran a PB in these!
        + So comfy.
        - Blisters.
        - Wore out fast.
        = Good daily trainer.
    """,
    "whole": [
        (
            5,
            "Marathon-ready",
            "Trained for my first marathon in these, around 600 km in total. Cushioned enough for "
            "the long runs, light enough for intervals. No blisters, no niggles, and they still "
            "have some life left. The laces are too long, that's my only gripe. Already ordered the "
            "next pair.",
            [],
        ),
        (
            2,
            "Half a size small",
            "Comfortable cushioning, but my big toe hit the front on downhills and I lost a nail. "
            "Exchanged for half a size up and the new pair feels okay. Wish the size guide said so.",
            [],
        ),
        (
            1,
            "Slippery",
            "Slipped twice on wet pavement in the first week, once properly falling. The outsole is "
            "hard plastic with no grip when wet. Not safe in autumn.",
            ["!trail"],
        ),
        (
            4,
            "Great in mud",
            "Brilliant grip on muddy trails and the rock plate protects well. A bit firm on the "
            "road sections, so not for mixed runs. Sizing is spot on.",
            ["trail"],
        ),
        (
            5,
            "",
            "Not bad at all for a first proper pair. I run 3 times a week and my shins have stopped "
            "complaining.",
            [],
        ),
    ],
}

KINDS["boot"] = {
    "noun": "boots",
    "plural": True,
    "uses": ["for work", "for everyday wear", "for the winter", "for the office", "for autumn walks"],
    "aspects": {
        "leather": (
            "leather",
            """
            + Beautiful {upper}; it's developing a lovely patina.
            + The leather softened within a week.
            + Good quality leather that takes polish well.
            - The leather creased badly after two wears.
            - It looks like painted plastic rather than leather.
            = Upper: {upper}.
        """,
        ),
        "comfort": (
            "comfort",
            """
            + Comfortable straight out of the box, no breaking in.
            + I walk all day in them without sore feet.
            - The back rubbed my heels raw for two weeks.
            - Very stiff; still not broken in after a month.
            - Too narrow across the foot.
            = Took a couple of weeks to break in, as expected with leather.
        """,
        ),
        "weather": (
            "weather",
            """
            + Kept my feet dry through slush and puddles.
            + The sole grips on icy pavements.
            - Slippery on wet leaves and icy pavements.
            - Water seeps in at the seams after ten minutes of rain.
            - Salt left white marks that won't come off.
            = Sole: {sole}.
        """,
        ),
        "build": (
            "build quality",
            """
            + [construction] {construction}, so they can be resoled, which is why I chose them.
            + The stitching is neat and solid.
            - The elastic side panels lost their grip after a month.
            - The sole started to come unstuck at the toe.
            = Made in {country_of_manufacture}.
        """,
        ),
    },
    "short": """
        + Gorgeous boots.
        - Rubbed my heels.
        = Need breaking in.
    """,
    "whole": [
        (
            5,
            "Best boots I've owned",
            "Wore them every day this winter, through rain and slush. A couple of days of breaking "
            "in and now they're like slippers. The leather looks better every week. They can be "
            "resoled, so I plan to keep them for years.",
            [],
        ),
        (
            2,
            "Pretty, but the sole gave up",
            "Lovely look, comfortable enough. After two months the front of the sole started "
            "coming away. At this price that's just not good enough.",
            [],
        ),
    ],
}

KINDS["casual_shoe"] = {
    "noun": "shoes",
    "plural": True,
    "uses": ["for everyday wear", "for summer", "for the beach", "for walking around town", "for the pool"],
    "aspects": {
        "comfort": (
            "comfort",
            """
            + Comfortable from the first wear, no breaking in.
            + I walked 20,000 steps around Lisbon in them, no blisters.
            + The insole is softer than it looks.
            - No arch support at all; my feet ache after an hour.
            - The strap rubs the top of my foot.
            - The heel rubbed until it bled in the first week.
            = Insole: {insole}.
        """,
        ),
        "sizing": (
            "sizing",
            """
            + True to size.
            + Roomy enough for my slightly wide feet.
            - Runs large: I'd size down half a size.
            - Very narrow, and there's no wide fit.
            = Sizes {sizes}; no half sizes.
        """,
        ),
        "durability": (
            "durability",
            """
            + Survived a whole summer and still look good.
            + The sole is wearing evenly, no holes yet.
            - [canvas] The canvas ripped at the crease after a month.
            - The sole split after six weeks.
            - [canvas] They went yellow in the wash.
            - [!canvas] The foam is already compressed at the heel.
            = Care: {care}.
        """,
        ),
        "look": (
            "look",
            """
            + The {colour} colour is gorgeous and goes with everything.
            + Simple and smart, I get compliments.
            - They look cheaper in person than in the photos.
            = Upper: {upper}.
        """,
        ),
    },
    "short": """
        + So comfy!
        + Great summer shoes.
        - Fell apart quickly.
        = Cute but basic.
    """,
    "whole": [
        (
            5,
            "Summer staple",
            "Wore them all summer, through city trips and a festival. They went in the washing "
            "machine twice and came out fine. Simple, comfy, cheap. Buying another pair.",
            ["canvas"],
        ),
        (
            3,
            "",
            "Comfy enough around the house and at the pool. The foam is already compressing at the "
            "heel, though, so I doubt they'll last a second summer.",
            ["!canvas"],
        ),
    ],
}

KINDS["skincare"] = {
    "noun": "moisturiser",
    "plural": False,
    "uses": [
        "for my morning routine",
        "for dry winter skin",
        "under make-up",
        "for sensitive skin",
        "before cycling to work",
    ],
    "aspects": {
        "results": (
            "results",
            """
            + My skin feels hydrated all day, even in a heated office.
            + [serum] My dark spots are visibly lighter after six weeks.
            + [serum] My skin looks brighter and more even after a month.
            + Calmed the redness on my cheeks within a week.
            + My dry patches are gone.
            - Did nothing for my skin after a whole month.
            - Broke me out in tiny spots along my jaw.
            - [serum] It turned orange in the bottle after a few weeks, so it has oxidised.
            = Key ingredients: {key_ingredients}.
        """,
        ),
        "texture": (
            "texture",
            """
            + Light texture that sinks in within a minute.
            + Not greasy, and make-up goes on smoothly over it.
            + [spf] No white cast at all, even on my darker skin.
            - It pills when I put make-up or sunscreen over it.
            - Sticky for ages after applying.
            - [spf] Leaves a white cast and makes my eyes sting.
            = Texture is {texture}.
        """,
        ),
        "sensitivity": (
            "sensitive skin",
            """
            + [fragrance_free] Fragrance-free and my sensitive skin had no reaction.
            + Gentle enough for my rosacea-prone skin.
            - It stung on application every single time.
            - Gave me an itchy rash; I have sensitive skin, but still.
            = Suitable for: {skin_type}.
        """,
        ),
        "packaging": (
            "packaging",
            """
            + [!serum] The pump dispenses exactly the right amount.
            + [serum] The dropper makes it easy to use just a few drops.
            + The bottle lasts me about two months.
            - [!serum] The pump stopped working halfway through the bottle.
            - [serum] The dropper leaks into the box.
            - You can't get the last quarter out of the bottle.
            = Size: {volume}.
        """,
        ),
    },
    "short": """
        + My skin loves it.
        + Holy grail product.
        - Broke me out.
        = Nice, but pricey.
    """,
    "whole": [
        (
            5,
            "Finally a daily SPF I actually wear",
            "It's light, there's no white cast, and it doesn't pill under make-up. I've used it every "
            "morning for three months and my skin is calmer than ever. The pump bottle lasts ages.",
            ["spf"],
        ),
        (
            1,
            "Stung and went orange",
            "Stung from day one, which I ignored for a week thinking it was the vitamin C working. "
            "Then it went orange in the bottle. Threw it away.",
            ["serum"],
        ),
        (
            4,
            "",
            "Lovely texture and no fragrance, which my skin needs. It's a bit pricey for the size, "
            "so four stars.",
            [],
        ),
    ],
}

KINDS["shampoo"] = {
    "noun": "shampoo",
    "plural": False,
    "uses": ["for my curly hair", "for colour-treated hair", "for a sensitive scalp", "for the whole family"],
    "aspects": {
        "cleansing": (
            "cleansing",
            """
            + Cleans well without stripping my hair.
            + My scalp has stopped itching since I switched.
            + My hair stays fresh for an extra day.
            - My hair feels greasy by the next afternoon.
            - Doesn't lather much, so I use far too much.
            - Left my scalp itchy and flaky.
            = Sulphate-free: {sulphate_free}.
        """,
        ),
        "hair": (
            "result",
            """
            + My curls are softer and more defined.
            + My colour has lasted much longer with this.
            + Hair is shiny and not frizzy.
            - My hair feels like straw after washing.
            - Weighs my fine hair down.
            = Suitable for: {hair_type}.
        """,
        ),
        "scent": (
            "scent",
            """
            + Lovely subtle scent that doesn't clash with perfume.
            - The smell is too strong and lingers all day.
            = Scent: {fragrance}.
        """,
        ),
        "bottle": (
            "bottle",
            """
            + The bottle is recycled plastic, and it's easy to squeeze out the last bit.
            - The cap snapped off after a week.
            = Size: {volume}.
        """,
        ),
    },
    "short": """
        + Hair feels amazing.
        - Made my scalp itchy.
        = Okay, nothing special.
    """,
    "whole": [
        (
            5,
            "Curly girl approved",
            "Gentle, no sulphates, and my curls have never looked this defined. I only need to wash "
            "twice a week now. The scent is light and fresh.",
            [],
        ),
        (
            2,
            "",
            "Lovely ingredients, but my fine hair looks limp and greasy the next day. Maybe better "
            "for thick or dry hair.",
            [],
        ),
    ],
}

KINDS["toothbrush"] = {
    "noun": "toothbrush",
    "plural": False,
    "uses": [
        "for travel",
        "as an upgrade from a manual toothbrush",
        "for my teenager",
        "because my dentist recommended an electric one",
    ],
    "aspects": {
        "cleaning": (
            "cleaning",
            """
            + My teeth feel dentist-clean after every brush.
            + My dentist noticed less plaque at my check-up.
            + Gentle on my receding gums but still effective.
            - Too harsh; my gums bled for a week.
            - Barely feels different from a manual brush.
            = Modes: {modes}.
        """,
        ),
        "battery": (
            "battery life",
            """
            + Battery lasts {battery_life}, perfect for travel.
            + I charge it once a month at most.
            - The battery has halved after six months.
            - It died completely after eight months, just out of the return window.
            = Charging: {charging}.
        """,
        ),
        "features": (
            "timer",
            """
            + The 2-minute timer with 30-second pulses has fixed my lazy brushing.
            + The pressure light tells me when I'm pressing too hard.
            - The timer buzz is so weak I don't notice it.
            - The mode button is easy to press by accident.
            = Timer: {timer}.
        """,
        ),
        "heads": (
            "brush heads",
            """
            + Replacement heads are cheap and easy to find.
            + Soft bristles, and the head lasts three months.
            - Replacement heads cost a fortune.
            - The bristles splay after a month.
            = Comes with {brush_heads_included}.
        """,
        ),
    },
    "short": """
        + Teeth feel so clean.
        - Battery died.
        = Good for the price.
    """,
    "whole": [
        (
            5,
            "Dentist was impressed",
            "Switched from a manual brush on my dentist's advice. Six months later she noticed much "
            "less plaque. Battery lasts weeks and the timer means I actually brush for two "
            "minutes.",
            [],
        ),
        (
            1,
            "Dead in month eight",
            "Worked well until month eight, then it wouldn't charge at all. Warranty claim "
            "needs the original receipt, which of course I don't have. Lesson learned.",
            [],
        ),
    ],
}

KINDS["hair_dryer"] = {
    "noun": "hair dryer",
    "plural": False,
    "uses": ["for my long thick hair", "for travel", "for the gym bag", "for daily styling"],
    "aspects": {
        "speed": (
            "drying speed",
            """
            + Dries my long, thick hair in under ten minutes.
            + Powerful airflow without blowing my hair into knots.
            - Takes twice as long as my old dryer.
            - The airflow is weak on the high setting.
            = Power: {power}.
        """,
        ),
        "result": (
            "finish",
            """
            + Less frizz than any dryer I've had.
            + My hair is smooth and shiny without straightening.
            - Leaves my hair frizzy and static.
            = The ionic function is subtle, but I think it helps.
        """,
        ),
        "heat": (
            "heat settings",
            """
            + Three heat settings that actually feel different.
            + [cool_shot] The cool shot button sets my curls nicely.
            - Gets so hot it burns my scalp even on medium.
            - Smells of burning after a few minutes.
            - It cut out from overheating twice in the first week.
            = Heat settings: {heat_settings}.
        """,
        ),
        "handling": (
            "handling",
            """
            + Light ({weight}) and my arm doesn't get tired.
            + The long cable ({cable_length}) reaches the mirror easily.
            - Heavy and front-heavy; my wrist hurts.
            - Very loud, like a leaf blower.
            - The cable kinks constantly.
            = Attachments: {attachments}.
        """,
        ),
    },
    "short": """
        + So fast!
        + No more frizz.
        - Too loud.
        = Does the job.
    """,
    "whole": [
        (
            5,
            "Long hair, short time",
            "My hair is down to my waist and used to take 25 minutes to dry. Now it's 12, and it's "
            "much less frizzy. Light and not too loud. Happy!",
            [],
        ),
        (
            2,
            "Burnt smell",
            "Powerful, but after three weeks it started smelling of burning plastic. Sent it back "
            "to be safe.",
            [],
        ),
    ],
}

KINDS["yoga_mat"] = {
    "noun": "yoga mat",
    "plural": False,
    "uses": ["for hot yoga", "for home workouts", "for pilates", "for stretching", "for my yoga class"],
    "aspects": {
        "grip": (
            "grip",
            """
            + Grippy even when I'm sweating in hot yoga.
            + My hands don't slip in downward dog any more.
            + The surface grips the floor; no sliding on the wooden floor.
            - Slippery until I'm sweaty, then even more slippery.
            - Slides around on laminate flooring.
            = Surface: {surface}.
        """,
        ),
        "cushioning": (
            "cushioning",
            """
            + At {thickness} my knees are happy in low lunges.
            + Cushioned but stable for balance poses.
            - Too soft, and I wobble in balance poses.
            - My knees still hurt; it compresses completely.
            = Thickness: {thickness}.
        """,
        ),
        "durability": (
            "durability",
            """
            + Six months of daily practice and no wear marks.
            + Rolls flat immediately, with no curling edges.
            - Started flaking at the hand positions after a month.
            - The edges curl up, whatever I do.
            - Marks from my fingernails everywhere.
            = Material: {material}.
        """,
        ),
        "smell": (
            "smell",
            """
            + No rubber smell at all.
            + Easy to wipe down after class.
            - Strong rubber smell that lasted two weeks.
            = Weight: {weight}, which is fine for carrying to class.
        """,
        ),
    },
    "short": """
        + Best grip ever.
        + Knees happy.
        - Smells strongly.
        = Decent mat.
    """,
    "whole": [
        (
            5,
            "No more slipping",
            "I sweat a lot in hot yoga and this is the first mat where my hands stay put. Thick "
            "enough for my knees, but stable for balance work. It comes with a carry strap, which I "
            "didn't expect.",
            [],
        ),
        (
            3,
            "",
            "Good grip and cushioning. The rubber smell was strong for two weeks and it's heavy to "
            "carry to class. At home it's great.",
            [],
        ),
    ],
}

KINDS["bottle"] = {
    "noun": "bottle",
    "plural": False,
    "uses": [
        "for the gym",
        "for school",
        "for hiking",
        "for the office",
        "for my bike",
        "for long drives",
        "for the kids' lunch boxes",
    ],
    "aspects": {
        "insulation": (
            "insulation",
            """
            + Ice still rattles in it after a full day in a hot car.
            + Coffee is still hot at lunchtime.
            + Water really does stay cold for {keeps_cold}; they're not exaggerating.
            - Lukewarm by the afternoon, nowhere near the promised {keeps_cold}.
            - The outside sweats, so clearly the insulation has failed.
            = Rated {keeps_cold} cold and {keeps_hot} hot.
        """,
        ),
        "leaks": (
            "leaks",
            """
            + Doesn't leak at all, even upside down in my bag.
            + The lid seals tight; I throw it in my bag with my laptop.
            - The lid leaks when the bottle lies flat.
            - Leaked all over my laptop on day two.
            - The lid leaks, so my bag is now a paddling pool. Thanks.
            = Lid: {lid}.
        """,
        ),
        "build": (
            "build quality",
            """
            + Dropped it on the pavement, a dent but still perfect.
            + The powder coat hasn't chipped after a year.
            + No metallic taste.
            - The paint chipped off at the bottom within a week.
            - There's a metallic taste to everything.
            - The lid's silicone seal goes mouldy if you don't take it out.
            = Capacity: {capacity}, weight {weight}.
        """,
        ),
        "cleaning": (
            "cleaning",
            """
            + The wide mouth makes it easy to clean and add ice.
            + The whole thing goes in the dishwasher.
            - The narrow neck is hard to clean without a bottle brush.
            - The spout lid has corners where gunk builds up.
            = Dishwasher safe: {dishwasher_safe}.
        """,
        ),
    },
    "short": """
        + Doesn't leak!
        + Keeps ice all day.
        - Leaked in my bag.
        - Paint chipped.
        = It's a bottle.
    """,
    "whole": [
        (
            5,
            "Ice at 5 p.m.",
            "Filled it with ice and water at 7 a.m., left it in the car on a 30-degree day, and "
            "there was still ice at 5 p.m. Doesn't leak in my bag. Dishwasher safe lid. Perfect.",
            [],
        ),
        (
            1,
            "Leaked on my laptop",
            "Leaked on my laptop on day two. Turns out the lid has to be twisted exactly right or "
            "it drips. A bottle that needs instructions. No thanks.",
            [],
        ),
        (
            4,
            "",
            "Doesn't leak, keeps drinks cold, fits my bike's bottle cage. The paint chipped after a "
            "few drops, which is cosmetic but annoying.",
            [],
        ),
        (
            5,
            "Arrived Friday",
            "Arrived Friday. Using it for school runs and the office. Good size, good lid. No "
            "complaints so far.",
            [],
        ),
    ],
}

KINDS["tent"] = {
    "noun": "tent",
    "plural": False,
    "uses": [
        "for backpacking",
        "for wild camping",
        "for festivals",
        "for bike touring",
        "for the Duke of Edinburgh expedition",
    ],
    "aspects": {
        "weather": (
            "weather protection",
            """
            + Stayed bone dry through a night of heavy rain on Dartmoor.
            + Handles wind well when properly pegged out.
            - Condensation drips on us every morning.
            - The flysheet leaked at the seams in the first real storm.
            - Flaps so loudly in the wind that we barely slept.
            = Flysheet rating: {waterproof_rating}.
        """,
        ),
        "setup": (
            "setup",
            """
            + Pitched in under ten minutes, alone, on the first try.
            + The colour-coded poles make setup foolproof.
            - Pitching it in the wind is a two-person job, whatever they say.
            - The instructions are a single drawing with no words.
            = Setup time: {setup_time} once you've done it once.
        """,
        ),
        "weight": (
            "weight",
            """
            + At {weight} it's light enough for multi-day hikes.
            + Packs down small enough to strap to my bike.
            - Heavier than stated once you add the pegs.
            = Packed size: {packed_size}.
        """,
        ),
        "space": (
            "space",
            """
            + Two people plus rucksacks in the porch, no problem.
            + Enough headroom to sit up and change.
            - It's a two-person tent if both are small and very good friends.
            - The porch is too small for two packs.
            = Floor area: {floor_area}.
        """,
        ),
        "build": (
            "build quality",
            """
            + The zips run smoothly and feel sturdy.
            + The pegs are decent, not the usual bendy rubbish.
            - A pole section cracked on the second trip.
            - The pegs bent on the first hard ground.
            = In the box: {in_the_box}.
        """,
        ),
    },
    "short": """
        + Survived a storm.
        - Condensation galore.
        = Cosy for two.
    """,
    "whole": [
        (
            5,
            "Dry on Dartmoor",
            "Two nights of wind and heavy rain and we stayed completely dry. It pitches fast "
            "because the inner and outer go up together. Some condensation in the morning, but "
            "that's normal for a single-wall design. Light enough for a long walk.",
            [],
        ),
        (
            2,
            "Snug is an understatement",
            "Well made and light, but two adults and two packs do not fit. We left the packs outside "
            "under a bin bag. Should be sold as a one-person-plus-gear tent.",
            [],
        ),
    ],
}

KINDS["dumbbells"] = {
    "noun": "dumbbells",
    "plural": True,
    "uses": ["for my home gym", "for the garage", "for the spare room", "for strength training at home"],
    "aspects": {
        "adjustment": (
            "weight adjustment",
            """
            + Changing weight takes two seconds with the dial.
            + The {increments} steps are perfect for slow progression.
            - The dial sticks and sometimes leaves a plate behind.
            - The plates rattle during curls.
            = Range: {weight_range}.
        """,
        ),
        "space": (
            "space saving",
            """
            + Replaced a whole rack of weights in the corner of my bedroom.
            + [stand_included] The stand is sturdy and keeps them at a good height.
            - Longer than fixed dumbbells, which gets awkward for presses.
            = Dimensions: {dimensions}.
        """,
        ),
        "build": (
            "build quality",
            """
            + Solid steel; feels like gym equipment.
            + The grip is knurled just enough.
            - Plastic parts in the mechanism that feel fragile.
            - A plate cracked when I set it down a bit hard.
            = Material: {material}.
        """,
        ),
    },
    "short": """
        + Home gym sorted.
        - Plates rattle.
        = Decent value.
    """,
    "whole": [
        (
            5,
            "Space saver",
            "I live in a flat and these replace a whole rack. The dial is fast and secure, and I've "
            "used them four times a week for six months.",
            [],
        ),
        (
            1,
            "Mechanism broke",
            "After three months the dial stopped locking the plates and a plate slid off mid-press. "
            "Dangerous. Stopped using them.",
            [],
        ),
    ],
}

KINDS["board_game"] = {
    "noun": "game",
    "plural": False,
    "uses": [
        "for family game nights",
        "for game night with friends",
        "for Christmas",
        "for holidays",
        "as a birthday present",
    ],
    "aspects": {
        "fun": (
            "gameplay",
            """
            + We played it three times in a row on the first night.
            + Easy to learn, but there's real strategy once you get into it.
            + The kids and the grandparents both love it.
            + A big hit at game night; everyone wants a rematch.
            - Gets repetitive after a few plays.
            - One player always runs away with the win, and the rest of us are bored.
            - Far too complicated for a family game.
            = Takes about {playing_time}, as it says on the box.
        """,
        ),
        "rules": (
            "rules",
            """
            + The rulebook is clear, with lots of examples.
            + We were playing within fifteen minutes of opening the box.
            - The rules are confusing; we had to watch a video.
            - Several edge cases aren't covered in the rulebook.
            = Players: {players}, ages {age}.
        """,
        ),
        "components": (
            "components",
            """
            + Beautiful artwork and thick cardboard.
            + [harbour] The wooden cargo cubes feel lovely.
            - The cards are thin and will bend quickly.
            - A piece was missing, and replacements take weeks.
            - The box insert is useless; everything slides around.
            = Components: {components}.
        """,
        ),
    },
    "short": """
        + Family favourite!
        + Great fun.
        - Too complicated.
        = Fun a few times.
    """,
    "whole": [
        (
            5,
            "New family favourite",
            "We play every Sunday now. My nine-year-old beats us regularly, which she loves. The "
            "artwork is beautiful and the rules take five minutes to explain.",
            [],
        ),
        (
            2,
            "Missing pieces",
            "Two of the harbour tiles were missing from the box. Support promised replacements "
            "four weeks ago. The game itself looks fun, but we can't play a full game.",
            ["harbour"],
        ),
        (
            4,
            "",
            "Quick, funny and portable. We take it to the pub. Cards are a bit thin, though, so sleeve them.",
            ["cards"],
        ),
    ],
}

KINDS["building_set"] = {
    "noun": "set",
    "plural": False,
    "uses": [
        "for my nephew's birthday",
        "for rainy weekends",
        "for my son",
        "as a Christmas present",
        "for myself, honestly",
    ],
    "aspects": {
        "build": (
            "build experience",
            """
            + Hours of fun; my son built it in two afternoons.
            + The instructions are clear and well laid out.
            + Lovely build with clever little mechanisms.
            - The instructions have a mistake on step 47.
            - Too hard for the age on the box; I did most of it.
            = {pieces} pieces; built size {dimensions_built}.
        """,
        ),
        "quality": (
            "brick quality",
            """
            + The bricks click together firmly.
            + [compatibility] Works with the bricks we already have.
            - The bricks are loose and the tower keeps falling apart.
            - Some bricks have a slightly different colour from the rest.
            - Two bags were missing.
            = [compatibility] Compatibility: {compatibility}.
        """,
        ),
        "play": (
            "playability",
            """
            + Sturdy enough to play with, not just display.
            + The minifigures are great fun.
            - Falls apart when you pick it up.
            = Minifigures: {minifigures}.
        """,
        ),
    },
    "short": """
        + Son loves it!
        - Pieces missing.
        = Fun build.
    """,
    "whole": [
        (
            5,
            "Rainy weekend sorted",
            "My eight-year-old built it over a rainy weekend with just a bit of help. Clear "
            "instructions, lots of little details, and it's sturdy enough to play with afterwards.",
            [],
        ),
        (
            2,
            "Bags missing",
            "Two numbered bags were missing, so we couldn't finish. Support sent them, but it took "
            "three weeks, and my son lost interest.",
            [],
        ),
    ],
}

KINDS["plush"] = {
    "noun": "plush fox",
    "plural": False,
    "uses": ["for my newborn niece", "as a baby shower gift", "for my daughter", "for the cot"],
    "aspects": {
        "softness": (
            "softness",
            """
            + Unbelievably soft; my daughter won't sleep without it.
            + The perfect size for tiny arms.
            - Less soft than it looks in the pictures.
            = Height: {height}.
        """,
        ),
        "safety": (
            "safety",
            """
            + Embroidered eyes, so nothing to pull off; important for a baby.
            + [certifications] Certified {certifications}, which gave me peace of mind.
            - A seam on the tail came open after a month.
            - The fur sheds, and the baby had fluff in her mouth.
            = Age: {age}.
        """,
        ),
        "washing": (
            "washing",
            """
            + Survived the washing machine many times and still looks good.
            - Went lumpy after the first wash.
            = Care: {care}.
        """,
        ),
    },
    "short": """
        + Adorable!
        - Lumpy after washing.
        = Cute.
    """,
    "whole": [
        (
            5,
            "Best baby gift",
            "Bought it for my niece. It's super soft, the eyes are embroidered, and it's been "
            "through the washing machine several times already. She drags it everywhere.",
            [],
        ),
    ],
}

KINDS["pet_bed"] = {
    "noun": "dog bed",
    "plural": False,
    "uses": ["for our old Labrador", "for the puppy", "for the car", "for our greyhound", "for the crate"],
    "aspects": {
        "comfort": (
            "comfort",
            """
            + Our old Labrador with arthritis gets up much more easily now.
            + The dog chose it over the sofa within a day.
            + Supportive memory foam, not just a cushion.
            - The foam flattened after two months.
            - Too firm; our dog prefers the floor.
            = Fill: {fill}.
        """,
        ),
        "size": (
            "size",
            """
            + Plenty of room for our 35 kg dog to stretch out.
            + The bolster is perfect for resting his head.
            - Smaller than stated; our Lab's legs hang off.
            = Size: {dimensions}.
        """,
        ),
        "cleaning": (
            "washability",
            """
            + The cover zips off and washes easily.
            + Dog hair doesn't cling to the fabric.
            - The cover shrank in the wash and won't zip back on.
            - The zip broke the second time I took the cover off.
            = Care: {care}.
        """,
        ),
        "durability": (
            "durability",
            """
            + Survived a chewing puppy, so it's tougher than it looks.
            + The non-slip base keeps it in place on the wooden floor.
            - Our dog tore a hole in the corner on the first night.
            - The base isn't waterproof and got soaked from the floor.
            = Cover: {cover}.
        """,
        ),
    },
    "short": """
        + Dog loves it!
        - Chewed in a day.
        = Nice bed.
    """,
    "whole": [
        (
            5,
            "Old dog, happy dog",
            "Our 13-year-old Labrador has arthritis and used to struggle to get up. On this bed he "
            "sleeps better and gets up without whining. Cover washes well. Worth every penny.",
            [],
        ),
        (
            2,
            "Flat within months",
            "Looked great at first, but the foam is flat in the middle after three months. Our "
            "dog is 40 kg, which is within the stated range.",
            [],
        ),
    ],
}

KINDS["pet_bowl"] = {
    "noun": "bowl",
    "plural": False,
    "uses": ["for our greedy spaniel", "for the puppy", "for a fast-eating Labrador"],
    "aspects": {
        "slow": (
            "slow feeding",
            """
            + Dinner now takes five minutes instead of thirty seconds.
            + No more vomiting after meals.
            - Our dog worked out the pattern in two days.
            - Kibble gets stuck in the corners and our dog gets frustrated.
            = Capacity: {capacity}.
        """,
        ),
        "stability": (
            "stability",
            """
            + The rubber base stops it sliding across the kitchen.
            - Our dog flips it over easily.
            - The base came off in the dishwasher.
            = Base: {base}.
        """,
        ),
        "cleaning": (
            "cleaning",
            """
            + Stainless steel, easy to clean, no smell.
            - Hard to get into the grooves.
            = Dishwasher safe: {dishwasher_safe}.
        """,
        ),
    },
    "short": """
        + Slowed him down!
        - Flips easily.
        = Works.
    """,
    "whole": [
        (
            5,
            "No more gulping",
            "Our spaniel used to inhale his food and then throw it up. With this bowl dinner "
            "takes five minutes and the vomiting has stopped.",
            [],
        ),
    ],
}

KINDS["cat_toy"] = {
    "noun": "cat toy set",
    "plural": False,
    "uses": ["for our indoor cats", "for the kitten", "for a lazy old cat"],
    "aspects": {
        "fun": (
            "play value",
            """
            + Our lazy cat goes wild for the feathers.
            + Best toy we've bought; the kitten is obsessed.
            - Our cats looked at it once and went back to the cardboard box.
            - The cats lost interest after a day.
            = In the set: {pieces}.
        """,
        ),
        "durability": (
            "durability",
            """
            + The refills last longer than the cheap ones.
            + The wand is sturdy and flexes nicely.
            - The feathers were shredded in ten minutes.
            - The string snapped on the first day.
            - The wand snapped at the joint.
            = Wand length: {wand_length}.
        """,
        ),
        "safety": (
            "safety",
            """
            + No small bits that come loose, which I always check.
            - Glued-on sequins came off; I put it away because of that.
            = {safety_note}.
        """,
        ),
    },
    "short": """
        + Cats are obsessed.
        - Destroyed in minutes.
        = Cats mildly interested.
    """,
    "whole": [
        (
            5,
            "Cat zoomies guaranteed",
            "Our 12-year-old cat hasn't played in years, and this got him running around the living "
            "room. The feather refills are sturdy.",
            [],
        ),
    ],
}

KINDS["pet_brush"] = {
    "noun": "brush",
    "plural": False,
    "uses": ["for our husky", "for the cat", "for our long-haired cat", "for the shedding season"],
    "aspects": {
        "grooming": (
            "grooming",
            """
            + It pulls out a mountain of undercoat in minutes.
            + Gentle; our cat actually lets me brush her.
            + Gets through tangles without pulling.
            - Scratches the skin; our dog hates it.
            - Barely removes anything from a short coat.
            = Pins: {pin_material}.
        """,
        ),
        "cleaning": (
            "self-cleaning",
            """
            + The retract button makes removing hair effortless.
            - The self-cleaning button jammed after a week.
            - Hair gets trapped behind the pins.
            = Self-cleaning: {self_cleaning}.
        """,
        ),
        "handle": (
            "handle",
            """
            + The handle is comfortable for long sessions.
            - The handle is slippery and too small.
            = Handle: {handle}.
        """,
        ),
    },
    "short": """
        + So much fur!
        - Button broke.
        = Works well.
    """,
    "whole": [
        (
            5,
            "Shedding season hero",
            "We have a husky, and in spring the house is a fur storm. This brush pulls out a "
            "carrier bag of undercoat in ten minutes and the button clears the pins in one go.",
            [],
        ),
    ],
}

# ---------------------------------------------------------------------------
# Categories and products. Brands are invented for this project.
# ``popularity`` is the target review count, ``quality`` picks a rating curve,
# ``since_days`` limits reviews to the days since launch, ``flags`` steer text pools
# without becoming attributes.
# ---------------------------------------------------------------------------

CATEGORIES: list[dict[str, str | None]] = [
    {"slug": "audio", "name": "Audio", "parent": None},
    {"slug": "headphones", "name": "Headphones", "parent": "audio"},
    {"slug": "speakers", "name": "Speakers", "parent": "audio"},
    {"slug": "phones-accessories", "name": "Phones & Accessories", "parent": None},
    {"slug": "phone-cases", "name": "Phone Cases", "parent": "phones-accessories"},
    {"slug": "chargers-power", "name": "Chargers & Power Banks", "parent": "phones-accessories"},
    {"slug": "kitchen", "name": "Kitchen", "parent": None},
    {"slug": "small-appliances", "name": "Small Appliances", "parent": "kitchen"},
    {"slug": "cookware", "name": "Cookware & Knives", "parent": "kitchen"},
    {"slug": "home-living", "name": "Home & Living", "parent": None},
    {"slug": "bedding", "name": "Bedding", "parent": "home-living"},
    {"slug": "lighting", "name": "Lighting", "parent": "home-living"},
    {"slug": "home-fragrance", "name": "Home Fragrance", "parent": "home-living"},
    {"slug": "apparel", "name": "Apparel", "parent": None},
    {"slug": "footwear", "name": "Footwear", "parent": None},
    {"slug": "beauty-personal-care", "name": "Beauty & Personal Care", "parent": None},
    {"slug": "sports-outdoors", "name": "Sports & Outdoors", "parent": None},
    {"slug": "toys-games", "name": "Toys & Games", "parent": None},
    {"slug": "pet-supplies", "name": "Pet Supplies", "parent": None},
]

PRODUCTS: list[dict[str, Any]] = [
    # --- Audio / headphones ---------------------------------------------------
    {
        "sku": "AUD-HP-001",
        "kind": "headphones",
        "popularity": 106,
        "quality": "good",
        "title": "Aria ANC Wireless Over-Ear Headphones",
        "brand": "Northwind Audio",
        "category": "headphones",
        "price": "179.00",
        "flags": ["foldable"],
        "attributes": {
            "type": "Over-ear, closed back",
            "driver_size": "40 mm",
            "battery_life": "30 h",
            "noise_cancelling": "Hybrid ANC with transparency mode",
            "bluetooth": "5.3, multipoint",
            "weight": "254 g",
            "colours": "Midnight Black, Sand, Forest Green",
            "charging": "USB-C, 10 min for 5 h playback",
            "in_the_box": "Headphones, hard case, USB-C cable, 3.5 mm cable, flight adapter",
            "foldable": "Yes",
            "warranty": "2 years",
        },
    },
    {
        "sku": "AUD-HP-002",
        "kind": "headphones",
        "popularity": 34,
        "quality": "mixed",
        "title": "Lumen On-Ear Bluetooth Headphones",
        "brand": "Northwind Audio",
        "category": "headphones",
        "price": "59.99",
        "attributes": {
            "type": "On-ear",
            "driver_size": "32 mm",
            "battery_life": "45 h",
            "bluetooth": "5.2",
            "weight": "168 g",
            "colours": "Black, White, Dusty Pink",
            "charging": "USB-C, 2 h full charge",
            "in_the_box": "Headphones, USB-C cable",
            "warranty": "2 years",
        },
    },
    {
        "sku": "AUD-HP-003",
        "kind": "earbuds",
        "popularity": 81,
        "quality": "good",
        "title": "Pulse True Wireless Earbuds",
        "brand": "Kestrel",
        "category": "headphones",
        "price": "89.00",
        "flags": ["wireless_charging"],
        "attributes": {
            "type": "True wireless in-ear",
            "battery_life": "7 h (28 h with case)",
            "water_resistance": "IPX4",
            "bluetooth": "5.3",
            "weight": "4.8 g per earbud",
            "ear_tips": "silicone, sizes S, M and L",
            "colours": "Graphite, Ice White, Ocean Blue",
            "charging_case": "USB-C and Qi wireless",
            "microphones": "6 (3 per earbud)",
            "warranty": "2 years",
        },
    },
    {
        "sku": "AUD-HP-004",
        "kind": "earbuds",
        "popularity": 18,
        "quality": "poor",
        "since_days": 200,
        "flags": ["open_fit"],
        "title": "Pulse Sport Open-Fit Earbuds",
        "brand": "Kestrel",
        "category": "headphones",
        "price": "99.00",
        "attributes": {
            "type": "Open-fit with ear hooks",
            "battery_life": "9 h (36 h with case)",
            "water_resistance": "IP55",
            "bluetooth": "5.3",
            "weight": "9.5 g per earbud",
            "colours": "Volt Yellow, Black",
            "charging_case": "USB-C",
            "microphones": "4 (2 per earbud)",
            "warranty": "2 years",
        },
    },
    {
        "sku": "AUD-HP-005",
        "kind": "headphones",
        "popularity": 9,
        "quality": "great",
        "title": "Fenwick Kids Volume-Limited Wireless Headphones",
        "brand": "Fenwick",
        "category": "headphones",
        "price": "34.95",
        "flags": ["foldable"],
        "uses": ["for car journeys", "for my son's tablet", "for the plane", "for school"],
        "attributes": {
            "type": "On-ear, kids' size",
            "driver_size": "30 mm",
            "battery_life": "24 h",
            "volume_limit": "85 dB",
            "bluetooth": "5.0",
            "weight": "140 g",
            "colours": "Sky Blue, Lime, Coral",
            "in_the_box": "Headphones, USB-C cable, sticker sheet",
            "foldable": "Yes",
            "certifications": "EN 71-3",
            "warranty": "1 year",
        },
    },
    # --- Audio / speakers -----------------------------------------------------
    {
        "sku": "AUD-SP-001",
        "kind": "speaker",
        "popularity": 54,
        "quality": "great",
        "title": "Drift Portable Bluetooth Speaker",
        "brand": "Tidewater",
        "category": "speakers",
        "price": "69.00",
        "flags": ["stereo_pairing"],
        "attributes": {
            "output_power": "20 W",
            "battery_life": "16 h",
            "water_resistance": "IP67",
            "bluetooth": "5.3",
            "weight": "540 g",
            "dimensions": "18 x 7 x 7 cm",
            "colours": "Slate, Coral, Sage",
            "stereo_pairing": "Yes, two units",
            "in_the_box": "Speaker, USB-C cable, carry strap",
            "warranty": "2 years",
        },
    },
    {
        "sku": "AUD-SP-002",
        "kind": "speaker",
        "popularity": 16,
        "quality": "good",
        "title": "Surge 40 W Party Speaker",
        "brand": "Tidewater",
        "category": "speakers",
        "price": "149.00",
        "flags": ["stereo_pairing"],
        "attributes": {
            "output_power": "40 W",
            "battery_life": "20 h",
            "water_resistance": "IPX5",
            "bluetooth": "5.3",
            "weight": "1.9 kg",
            "dimensions": "30 x 14 x 13 cm",
            "colours": "Black",
            "stereo_pairing": "Yes, up to 10 units",
            "in_the_box": "Speaker, USB-C cable, shoulder strap",
            "warranty": "2 years",
        },
    },
    {
        "sku": "AUD-SP-003",
        "kind": "speaker",
        "popularity": 9,
        "quality": "mixed",
        "title": "Pebble Mini Speaker",
        "brand": "Northwind Audio",
        "category": "speakers",
        "price": "29.99",
        "attributes": {
            "output_power": "5 W",
            "battery_life": "8 h",
            "water_resistance": "IPX4",
            "bluetooth": "5.1",
            "weight": "190 g",
            "dimensions": "9 x 9 x 4 cm",
            "colours": "Pebble Grey, Sand",
            "in_the_box": "Speaker, USB-C cable, lanyard",
            "warranty": "1 year",
        },
    },
    # --- Phones & accessories -------------------------------------------------
    {
        "sku": "PHN-CS-001",
        "kind": "phone_case",
        "popularity": 63,
        "quality": "good",
        "title": "Clearguard MagSafe Case for iPhone 16",
        "brand": "Brightlane",
        "category": "phone-cases",
        "price": "24.99",
        "flags": ["clear", "magsafe"],
        "attributes": {
            "compatibility": "iPhone 16",
            "material": "Polycarbonate back, TPU bumper",
            "drop_protection": "3 m drop-tested",
            "magsafe": "Built-in magnet ring",
            "colours": "Clear, Frost",
            "thickness": "1.6 mm",
            "weight": "32 g",
            "certifications": "Anti-yellowing coating",
            "warranty": "1 year",
        },
    },
    {
        "sku": "PHN-CS-002",
        "kind": "phone_case",
        "popularity": 14,
        "quality": "good",
        "title": "Terra Rugged Case for Galaxy S25",
        "brand": "Brightlane",
        "category": "phone-cases",
        "price": "29.99",
        "attributes": {
            "compatibility": "Samsung Galaxy S25",
            "material": "TPU with recycled polycarbonate",
            "drop_protection": "4 m drop-tested",
            "colours": "Black, Olive, Sand",
            "thickness": "2.8 mm",
            "weight": "48 g",
            "wireless_charging": "Compatible",
            "warranty": "1 year",
        },
    },
    {
        "sku": "PHN-CS-003",
        "kind": "phone_case",
        "popularity": 7,
        "quality": "mixed",
        "title": "Vegan Leather Folio Case for Pixel 9",
        "brand": "Mossgrove",
        "category": "phone-cases",
        "price": "34.00",
        "flags": ["card_slots"],
        "attributes": {
            "compatibility": "Google Pixel 9",
            "material": "Cactus-based vegan leather, microfibre lining",
            "card_slots": "3",
            "colours": "Cognac, Black, Bottle Green",
            "thickness": "4 mm",
            "weight": "70 g",
            "closure": "Magnetic clasp",
            "warranty": "1 year",
        },
    },
    {
        "sku": "PHN-CH-001",
        "kind": "charger",
        "popularity": 69,
        "quality": "good",
        "title": "65 W GaN USB-C Charger, 3 Ports",
        "brand": "Voltera",
        "category": "chargers-power",
        "price": "44.99",
        "flags": ["multiport", "foldable_plug"],
        "attributes": {
            "output_power": "65 W",
            "ports": "2 x USB-C, 1 x USB-A",
            "fast_charging": "USB Power Delivery 3.0, PPS, Quick Charge 4+",
            "dimensions": "5.6 x 5.4 x 3.1 cm",
            "weight": "128 g",
            "cable_included": "No",
            "foldable_plug": "Yes (EU)",
            "certifications": "CE, RoHS",
            "warranty": "2 years",
        },
    },
    {
        "sku": "PHN-CH-002",
        "kind": "charger",
        "popularity": 25,
        "quality": "great",
        "title": "20 W Compact USB-C Charger",
        "brand": "Voltera",
        "category": "chargers-power",
        "price": "14.99",
        "attributes": {
            "output_power": "20 W",
            "ports": "1 x USB-C",
            "fast_charging": "USB Power Delivery",
            "dimensions": "3.4 x 3.2 x 2.9 cm",
            "weight": "38 g",
            "cable_included": "Yes, 1 m USB-C to USB-C",
            "certifications": "CE, RoHS",
            "warranty": "2 years",
        },
    },
    {
        "sku": "PHN-PB-001",
        "kind": "power_bank",
        "popularity": 40,
        "quality": "good",
        "title": "Roam 20,000 mAh Power Bank",
        "brand": "Voltera",
        "category": "chargers-power",
        "price": "49.99",
        "attributes": {
            "capacity": "20,000 mAh",
            "output_power": "30 W",
            "ports": "2 x USB-C, 1 x USB-A",
            "weight": "395 g",
            "dimensions": "15 x 7 x 2.6 cm",
            "recharge_time": "3.5 h",
            "display": "Percentage display",
            "airline_safe": "74 Wh, cabin-safe",
            "certifications": "CE, UN38.3",
            "warranty": "2 years",
        },
    },
    {
        "sku": "PHN-PB-002",
        "kind": "power_bank",
        "popularity": 13,
        "quality": "poor",
        "title": "Slim 10,000 mAh Magnetic Power Bank",
        "brand": "Ampleaf",
        "category": "chargers-power",
        "price": "39.00",
        "flags": ["magnetic"],
        "since_days": 240,
        "attributes": {
            "capacity": "10,000 mAh",
            "output_power": "15 W wireless, 20 W USB-C",
            "ports": "1 x USB-C",
            "weight": "210 g",
            "dimensions": "10.5 x 6.8 x 1.6 cm",
            "recharge_time": "3 h",
            "magnetic": "MagSafe-compatible",
            "airline_safe": "37 Wh, cabin-safe",
            "colours": "Lavender, Black, White",
            "warranty": "1 year",
        },
    },
    # --- Kitchen ----------------------------------------------------------------
    {
        "sku": "KIT-AP-001",
        "kind": "kettle",
        "popularity": 74,
        "quality": "good",
        "title": "Glass Electric Kettle 1.7 l",
        "brand": "Halden",
        "category": "small-appliances",
        "price": "39.99",
        "flags": ["glass"],
        "attributes": {
            "capacity": "1.7 l",
            "power": "2200 W",
            "material": "Borosilicate glass and stainless steel",
            "limescale_filter": "Removable mesh filter",
            "cord_length": "75 cm",
            "certifications": "BPA-free, CE",
            "colours": "Clear with black trim",
            "features": "Blue LED, boil-dry protection",
            "warranty": "2 years",
        },
    },
    {
        "sku": "KIT-AP-002",
        "kind": "kettle",
        "popularity": 14,
        "quality": "great",
        "title": "Temperature-Control Gooseneck Kettle 0.9 l",
        "brand": "Halden",
        "category": "small-appliances",
        "price": "79.00",
        "attributes": {
            "capacity": "0.9 l",
            "power": "1200 W",
            "material": "Matte stainless steel",
            "temperature_settings": "40-100 °C in 1 °C steps",
            "keep_warm": "Up to 60 min",
            "display": "LCD temperature display",
            "cord_length": "80 cm",
            "certifications": "BPA-free, LFGB",
            "colours": "Matte Black, Stone White",
            "warranty": "2 years",
        },
    },
    {
        "sku": "KIT-AP-003",
        "kind": "blender",
        "popularity": 31,
        "quality": "good",
        "title": "1200 W Personal Blender with 2 To-Go Cups",
        "brand": "Corvo",
        "category": "small-appliances",
        "price": "64.99",
        "attributes": {
            "power": "1200 W",
            "jar_capacity": "900 ml",
            "jars_included": "1 x 900 ml, 2 x 600 ml to-go cups with lids",
            "blade": "6-prong stainless steel",
            "material": "BPA-free Tritan",
            "speeds": "3",
            "dimensions": "16 x 16 x 40 cm",
            "dishwasher_safe": "Cups and lids, yes",
            "warranty": "2 years",
        },
    },
    {
        "sku": "KIT-AP-004",
        "kind": "air_fryer",
        "popularity": 90,
        "quality": "good",
        "title": "Air Fryer 5.5 l with 8 Presets",
        "brand": "Corvo",
        "category": "small-appliances",
        "price": "99.00",
        "attributes": {
            "capacity": "5.5 l",
            "power": "1700 W",
            "programmes": "8",
            "temperature_range": "80-200 °C",
            "basket_coating": "PFOA-free non-stick",
            "dimensions": "29 x 36 x 32 cm",
            "dishwasher_safe": "Basket and crisper plate",
            "colours": "Black, Cream",
            "timer": "Up to 60 min",
            "warranty": "2 years",
        },
    },
    {
        "sku": "KIT-CW-001",
        "kind": "cast_iron",
        "popularity": 34,
        "quality": "great",
        "title": "Pre-Seasoned Cast Iron Skillet 28 cm",
        "brand": "Ironbark",
        "category": "cookware",
        "price": "54.00",
        "attributes": {
            "diameter": "28 cm",
            "weight": "3.1 kg",
            "material": "Cast iron",
            "pre_seasoned": "pre-seasoned with vegetable oil",
            "hob_compatibility": "Gas, electric, ceramic, induction, campfire",
            "oven_safe": "Yes, any temperature",
            "care": "Hand wash, dry on the hob, oil lightly",
            "country_of_manufacture": "Poland",
            "warranty": "Lifetime",
        },
    },
    {
        "sku": "KIT-CW-002",
        "kind": "nonstick_pan",
        "popularity": 25,
        "quality": "mixed",
        "title": "Ceramic Non-Stick Frying Pan 24 cm",
        "brand": "Ironbark",
        "category": "cookware",
        "price": "32.99",
        "attributes": {
            "diameter": "24 cm",
            "material": "Forged aluminium",
            "coating": "PTFE-free ceramic",
            "hob_compatibility": "All hobs including induction",
            "oven_safe": "Up to 180 °C",
            "dishwasher_safe": "Yes, hand wash recommended",
            "weight": "850 g",
            "care": "Low to medium heat, no metal utensils",
            "warranty": "2 years",
        },
    },
    {
        "sku": "KIT-CW-003",
        "kind": "knife_set",
        "popularity": 18,
        "quality": "good",
        "title": "3-Piece Chef's Knife Set",
        "brand": "Larkspur",
        "category": "cookware",
        "price": "119.00",
        "attributes": {
            "pieces": "3",
            "steel": "X50CrMoV15 German stainless steel",
            "hardness": "56 HRC",
            "handle": "Pakkawood, full tang",
            "blade_lengths": "20 cm chef's, 15 cm utility, 9 cm paring",
            "dishwasher_safe": "No",
            "care": "Hand wash and dry immediately",
            "in_the_box": "3 knives, blade guards, gift box",
            "country_of_manufacture": "Germany",
            "warranty": "5 years",
        },
    },
    # --- Home & living ----------------------------------------------------------
    {
        "sku": "HOM-BD-001",
        "kind": "bedding",
        "popularity": 29,
        "quality": "good",
        "title": "Organic Cotton Percale Duvet Cover Set, Double",
        "brand": "Sleepwell",
        "category": "bedding",
        "price": "89.00",
        "noun": "duvet set",
        "attributes": {
            "size": "200 x 200 cm duvet cover, 2 pillowcases 50 x 75 cm",
            "material": "100% organic cotton percale",
            "thread_count": "200",
            "certifications": "GOTS, OEKO-TEX Standard 100",
            "care": "Machine wash at 40 °C, tumble dry low",
            "colours": "White, Sage, Clay, Stone",
            "closure": "hidden buttons",
            "in_the_box": "1 duvet cover, 2 pillowcases",
            "country_of_manufacture": "Portugal",
        },
    },
    {
        "sku": "HOM-BD-002",
        "kind": "bedding",
        "popularity": 10,
        "quality": "mixed",
        "title": "Washable Merino Wool Throw Blanket",
        "brand": "Sleepwell",
        "category": "bedding",
        "price": "99.00",
        "noun": "blanket",
        "flags": ["wool"],
        "uses": ["for the sofa", "for cold evenings", "for the reading chair"],
        "attributes": {
            "size": "130 x 180 cm",
            "material": "100% merino wool",
            "weight": "1.1 kg",
            "certifications": "Responsible Wool Standard",
            "care": "Machine wash, wool cycle, 30 °C",
            "colours": "Oatmeal, Charcoal, Rust",
            "country_of_manufacture": "Lithuania",
        },
    },
    {
        "sku": "HOM-BD-003",
        "kind": "pillow",
        "popularity": 45,
        "quality": "good",
        "title": "Contour Memory Foam Pillow",
        "brand": "Loftmere",
        "category": "bedding",
        "price": "49.00",
        "attributes": {
            "dimensions": "60 x 35 x 11/9 cm",
            "fill": "Open-cell memory foam",
            "cover": "bamboo viscose, zip-off",
            "firmness": "Medium-firm",
            "certifications": "CertiPUR-EU foam",
            "care": "Cover machine washable at 40 °C",
            "weight": "1.4 kg",
            "trial_period": "60-night trial",
            "warranty": "3 years",
        },
    },
    {
        "sku": "HOM-LT-001",
        "kind": "lamp",
        "popularity": 27,
        "quality": "great",
        "title": "Dimmable LED Desk Lamp with USB-C Port",
        "brand": "Lumora",
        "category": "lighting",
        "price": "45.00",
        "attributes": {
            "power": "8 W",
            "brightness": "600 lm",
            "colour_temperature": "2700-6500 K",
            "dimming": "Touch, 5 levels plus memory",
            "dimensions": "Arm reach 45 cm, base 16 cm",
            "materials": "Aluminium and ABS",
            "colours": "Black, White, Sage",
            "extra": "USB-C charging port in the base",
            "warranty": "2 years",
        },
    },
    {
        "sku": "HOM-LT-002",
        "kind": "lamp",
        "popularity": 11,
        "quality": "mixed",
        "title": "Rechargeable Cordless Table Lamp",
        "brand": "Lumora",
        "category": "lighting",
        "price": "59.00",
        "attributes": {
            "power": "2.5 W",
            "brightness": "180 lm",
            "colour_temperature": "2200-3000 K",
            "dimming": "Touch, stepless",
            "battery_life": "up to 48 h on low",
            "dimensions": "Ø 12 x 28 cm",
            "materials": "Powder-coated aluminium",
            "colours": "Brass, Moss, Chalk",
            "water_resistance": "IP44",
            "warranty": "2 years",
        },
    },
    {
        "sku": "HOM-FR-001",
        "kind": "candle",
        "popularity": 15,
        "quality": "good",
        "title": "Hand-Poured Soy Candle, Cedar & Fig",
        "brand": "Fernway",
        "category": "home-fragrance",
        "price": "22.00",
        "attributes": {
            "wax": "100% soy wax",
            "scent": "cedar and fig",
            "burn_time": "45 h",
            "weight": "220 g",
            "wick": "Cotton, lead-free",
            "vessel": "amber glass jar",
            "dimensions": "Ø 8 x 9 cm",
            "country_of_manufacture": "United Kingdom",
            "certifications": "Vegan, cruelty-free",
        },
    },
    # --- Apparel ----------------------------------------------------------------
    {
        "sku": "APP-TS-001",
        "kind": "top",
        "popularity": 58,
        "quality": "good",
        "title": "Organic Cotton Crew T-Shirt",
        "brand": "Fjordline",
        "category": "apparel",
        "price": "25.00",
        "noun": "T-shirt",
        "attributes": {
            "material": "100% organic cotton jersey, 180 g/m²",
            "fit": "Regular",
            "sizes": "XS-XXL",
            "colours": "White, Black, Navy, Heather Grey, Moss",
            "certifications": "GOTS, OEKO-TEX Standard 100",
            "care": "Machine wash at 30 °C, inside out",
            "country_of_manufacture": "Portugal",
        },
    },
    {
        "sku": "APP-TS-002",
        "kind": "top",
        "popularity": 14,
        "quality": "good",
        "title": "Merino Long-Sleeve Base Layer",
        "brand": "Fjordline",
        "category": "apparel",
        "price": "69.00",
        "noun": "base layer",
        "flags": ["merino"],
        "uses": ["for hiking", "for skiing", "for winter runs", "for layering"],
        "attributes": {
            "material": "100% merino wool, 200 g/m²",
            "fit": "Slim",
            "sizes": "XS-XXL",
            "colours": "Black, Deep Teal, Rust",
            "certifications": "ZQ Merino",
            "care": "Wool cycle at 30 °C, dry flat",
            "country_of_manufacture": "Portugal",
            "odour_resistance": "Naturally odour-resistant",
        },
    },
    {
        "sku": "APP-HD-001",
        "kind": "top",
        "popularity": 25,
        "quality": "good",
        "title": "Heavyweight Brushed Cotton Hoodie",
        "brand": "Saltmarsh",
        "category": "apparel",
        "price": "64.00",
        "noun": "hoodie",
        "flags": ["hoodie"],
        "attributes": {
            "material": "80% organic cotton, 20% recycled polyester, 420 g/m²",
            "fit": "Relaxed",
            "sizes": "XS-XXL",
            "colours": "Oat, Washed Black, Sea Blue",
            "certifications": "OEKO-TEX Standard 100",
            "care": "Machine wash at 30 °C, do not tumble dry",
            "pockets": "Kangaroo pocket",
            "country_of_manufacture": "Türkiye",
        },
    },
    {
        "sku": "APP-JK-001",
        "kind": "rain_jacket",
        "popularity": 36,
        "quality": "good",
        "title": "Packable 2.5-Layer Rain Jacket",
        "brand": "Fjordline",
        "category": "apparel",
        "price": "119.00",
        "attributes": {
            "material": "Recycled nylon, PFC-free DWR",
            "waterproof_rating": "20,000 mm",
            "breathability": "15,000 g/m²/24 h",
            "seams": "Fully taped",
            "weight": "285 g",
            "packable": "Packs into its chest pocket",
            "hood": "Adjustable, helmet-compatible",
            "pockets": "2 zipped hand pockets, 1 chest pocket",
            "sizes": "XS-XXL",
            "colours": "Black, Mustard, Storm Blue",
            "care": "Machine wash at 30 °C, reproof yearly",
        },
    },
    {
        "sku": "APP-JN-001",
        "kind": "jeans",
        "popularity": 22,
        "quality": "mixed",
        "title": "Slim Stretch Jeans",
        "brand": "Saltmarsh",
        "category": "apparel",
        "price": "79.00",
        "attributes": {
            "material": "98% organic cotton, 2% elastane, 12 oz denim",
            "fit": "Slim",
            "rise": "mid rise",
            "inseam_lengths": "30, 32, 34 in",
            "sizes": "W28-W38",
            "colours": "Indigo Rinse, Mid Blue, Black",
            "care": "Wash cold, inside out",
            "country_of_manufacture": "Tunisia",
        },
    },
    # --- Footwear ---------------------------------------------------------------
    {
        "sku": "FTW-RN-001",
        "kind": "running_shoe",
        "popularity": 72,
        "quality": "good",
        "title": "Tempo Road Running Shoe",
        "brand": "Strider",
        "category": "footwear",
        "price": "129.95",
        "attributes": {
            "weight": "255 g (UK 8)",
            "drop": "8 mm",
            "stack_height": "36/28 mm",
            "upper": "Engineered mesh",
            "midsole": "Supercritical foam",
            "outsole": "Carbon rubber",
            "sizes": "UK 4-13",
            "colours": "Black/White, Glacier Blue, Volt",
            "terrain": "Road",
            "care": "Hand wash, air dry",
        },
    },
    {
        "sku": "FTW-RN-002",
        "kind": "running_shoe",
        "popularity": 16,
        "quality": "good",
        "title": "Trail Grip Trail Running Shoe",
        "brand": "Strider",
        "category": "footwear",
        "price": "139.95",
        "flags": ["trail"],
        "noun": "trail shoes",
        "attributes": {
            "weight": "310 g (UK 8)",
            "drop": "6 mm",
            "stack_height": "30/24 mm",
            "upper": "Ripstop mesh with toe bumper",
            "midsole": "EVA blend with rock plate",
            "outsole": "5 mm lugs, sticky rubber",
            "sizes": "UK 4-13",
            "colours": "Moss/Orange, Black",
            "terrain": "Trail",
            "care": "Rinse off mud, air dry",
        },
    },
    {
        "sku": "FTW-BT-001",
        "kind": "boot",
        "popularity": 27,
        "quality": "good",
        "title": "Leather Chelsea Boot",
        "brand": "Hollow Oak",
        "category": "footwear",
        "price": "169.00",
        "attributes": {
            "upper": "full-grain leather",
            "lining": "Leather",
            "sole": "Commando rubber",
            "construction": "Goodyear welted",
            "sizes": "EU 38-47",
            "colours": "Dark Brown, Black",
            "weight": "620 g per boot",
            "care": "Brush, condition monthly",
            "country_of_manufacture": "Portugal",
        },
    },
    {
        "sku": "FTW-SN-001",
        "kind": "casual_shoe",
        "popularity": 34,
        "quality": "good",
        "title": "Canvas Low-Top Sneaker",
        "brand": "Paloma",
        "category": "footwear",
        "price": "59.00",
        "noun": "sneakers",
        "flags": ["canvas"],
        "attributes": {
            "upper": "Organic cotton canvas",
            "sole": "Natural rubber",
            "insole": "Removable cork-latex",
            "sizes": "EU 36-46",
            "colours": "Off-White, Navy, Olive",
            "care": "Machine wash at 30 °C, air dry",
            "weight": "340 g per shoe",
            "certifications": "Vegan",
        },
    },
    {
        "sku": "FTW-SL-001",
        "kind": "casual_shoe",
        "popularity": 9,
        "quality": "mixed",
        "title": "Recycled Foam Slide",
        "brand": "Paloma",
        "category": "footwear",
        "price": "29.00",
        "noun": "slides",
        "since_days": 180,
        "attributes": {
            "upper": "Moulded EVA strap",
            "sole": "Recycled EVA foam",
            "insole": "Contoured footbed",
            "sizes": "EU 36-46",
            "colours": "Sand, Black, Sea Glass",
            "care": "Rinse with water",
            "weight": "180 g per shoe",
            "certifications": "Vegan",
        },
    },
    # --- Beauty & personal care -------------------------------------------------
    {
        "sku": "BEA-SK-001",
        "kind": "skincare",
        "popularity": 52,
        "quality": "good",
        "title": "Daily Hydrating Moisturiser SPF 30",
        "brand": "Verdance",
        "category": "beauty-personal-care",
        "price": "28.00",
        "flags": ["spf", "fragrance_free"],
        "attributes": {
            "volume": "50 ml",
            "skin_type": "All skin types, including sensitive",
            "spf": "SPF 30, broad spectrum",
            "key_ingredients": "niacinamide, hyaluronic acid, ceramides",
            "fragrance_free": "Yes",
            "texture": "a light gel-cream",
            "certifications": "Vegan, cruelty-free (Leaping Bunny)",
            "country_of_manufacture": "France",
            "shelf_life_after_opening": "12 months",
        },
    },
    {
        "sku": "BEA-SK-002",
        "kind": "skincare",
        "popularity": 22,
        "quality": "mixed",
        "title": "15% Vitamin C Brightening Serum",
        "brand": "Verdance",
        "category": "beauty-personal-care",
        "price": "34.00",
        "noun": "serum",
        "flags": ["serum"],
        "attributes": {
            "volume": "30 ml",
            "skin_type": "Normal, combination and dull skin",
            "key_ingredients": "15% ascorbic acid, vitamin E, ferulic acid",
            "texture": "a watery serum",
            "certifications": "Vegan, cruelty-free",
            "bottle": "Amber glass with dropper",
            "country_of_manufacture": "France",
            "shelf_life_after_opening": "6 months",
        },
    },
    {
        "sku": "BEA-HC-001",
        "kind": "shampoo",
        "popularity": 18,
        "quality": "good",
        "title": "Sulphate-Free Gentle Shampoo",
        "brand": "Maren",
        "category": "beauty-personal-care",
        "price": "14.50",
        "attributes": {
            "volume": "300 ml",
            "hair_type": "All hair types, curly-friendly",
            "key_ingredients": "Oat extract, aloe vera, panthenol",
            "sulphate_free": "Yes",
            "fragrance": "light green tea and bergamot",
            "certifications": "Vegan, cruelty-free",
            "bottle": "100% recycled plastic",
            "country_of_manufacture": "Germany",
        },
    },
    {
        "sku": "BEA-TB-001",
        "kind": "toothbrush",
        "popularity": 40,
        "quality": "good",
        "title": "Sonic Electric Toothbrush with Travel Case",
        "brand": "Brightsmile",
        "category": "beauty-personal-care",
        "price": "59.99",
        "attributes": {
            "battery_life": "up to 35 days",
            "modes": "Clean, White, Sensitive, Gum Care",
            "timer": "2-minute timer with 30-second quadrant pulses",
            "charging": "USB-C stand, 4 h full charge",
            "brush_heads_included": "2 brush heads",
            "water_resistance": "IPX7",
            "weight": "115 g",
            "colours": "White, Black, Mint",
            "warranty": "2 years",
        },
    },
    {
        "sku": "BEA-HC-002",
        "kind": "hair_dryer",
        "popularity": 15,
        "quality": "good",
        "title": "Ionic Hair Dryer 2000 W",
        "brand": "Maren",
        "category": "beauty-personal-care",
        "price": "69.00",
        "attributes": {
            "power": "2000 W",
            "heat_settings": "3",
            "speed_settings": "2",
            "cool_shot": "Yes",
            "weight": "480 g",
            "cable_length": "2.5 m",
            "attachments": "Concentrator nozzle, diffuser",
            "colours": "Blush, Matte Black",
            "warranty": "2 years",
        },
    },
    # --- Sports & outdoors ------------------------------------------------------
    {
        "sku": "SPO-YG-001",
        "kind": "yoga_mat",
        "popularity": 45,
        "quality": "good",
        "title": "Flow 6 mm Natural Rubber Yoga Mat",
        "brand": "Aspen",
        "category": "sports-outdoors",
        "price": "59.00",
        "attributes": {
            "dimensions": "183 x 66 cm",
            "thickness": "6 mm",
            "weight": "2.5 kg",
            "material": "Natural tree rubber with PU top layer",
            "surface": "Wet-grip PU",
            "certifications": "PVC-free, latex tested",
            "care": "Wipe with a damp cloth",
            "colours": "Sage, Terracotta, Charcoal",
            "carry_strap": "Included",
        },
    },
    {
        "sku": "SPO-BT-001",
        "kind": "bottle",
        "popularity": 65,
        "quality": "great",
        "title": "Insulated Stainless Steel Water Bottle 750 ml",
        "brand": "Summit",
        "category": "sports-outdoors",
        "price": "29.95",
        "attributes": {
            "capacity": "750 ml",
            "material": "18/8 stainless steel, double-wall vacuum",
            "keeps_cold": "24 h",
            "keeps_hot": "12 h",
            "lid": "Leak-proof twist lid with carry loop",
            "weight": "380 g",
            "dishwasher_safe": "Lid only",
            "certifications": "BPA-free",
            "colours": "Glacier White, Pine, Ember, Black",
            "warranty": "Lifetime",
        },
    },
    {
        "sku": "SPO-TN-001",
        "kind": "tent",
        "popularity": 15,
        "quality": "good",
        "title": "Ridge 2-Person Backpacking Tent",
        "brand": "Summit",
        "category": "sports-outdoors",
        "price": "249.00",
        "attributes": {
            "capacity": "2 persons",
            "weight": "1.7 kg",
            "packed_size": "45 x 15 cm",
            "floor_area": "2.8 m²",
            "waterproof_rating": "3,000 mm flysheet, 5,000 mm floor",
            "poles": "Aluminium DAC",
            "seasons": "3-season",
            "setup_time": "about 10 min",
            "in_the_box": "Tent, poles, 12 pegs, guy lines, stuff sack, repair kit",
            "warranty": "3 years",
        },
    },
    {
        "sku": "SPO-FT-001",
        "kind": "dumbbells",
        "popularity": 12,
        "quality": "mixed",
        "title": "Adjustable Dumbbells 2 x 2-20 kg with Stand",
        "brand": "Aspen",
        "category": "sports-outdoors",
        "price": "299.00",
        "attributes": {
            "weight_range": "2-20 kg per dumbbell",
            "increments": "2 kg",
            "adjustment": "Dial selector",
            "dimensions": "42 x 20 x 22 cm per dumbbell",
            "material": "Steel plates, nylon moulding",
            "stand_included": "Yes",
            "in_the_box": "2 dumbbells, 2 trays, stand",
            "warranty": "2 years",
        },
    },
    # --- Toys & games -----------------------------------------------------------
    {
        "sku": "TOY-BG-001",
        "kind": "board_game",
        "popularity": 36,
        "quality": "great",
        "title": "Harbour Lights Strategy Board Game",
        "brand": "Foxglove Games",
        "category": "toys-games",
        "price": "42.00",
        "flags": ["harbour"],
        "attributes": {
            "players": "2-5",
            "age": "10+",
            "playing_time": "60 min",
            "components": "Game board, 60 harbour tiles, 120 wooden cargo cubes, 5 ship boards, rulebook",
            "language": "English",
            "box_dimensions": "30 x 30 x 7 cm",
            "certifications": "EN 71, FSC-certified card",
            "country_of_manufacture": "Germany",
        },
    },
    {
        "sku": "TOY-BG-002",
        "kind": "board_game",
        "popularity": 12,
        "quality": "good",
        "title": "Quick Paws Family Card Game",
        "brand": "Foxglove Games",
        "category": "toys-games",
        "price": "14.99",
        "noun": "card game",
        "flags": ["cards"],
        "attributes": {
            "players": "2-6",
            "age": "6+",
            "playing_time": "15 min",
            "components": "110 cards, rules leaflet",
            "language": "English, German, French",
            "box_dimensions": "12 x 9 x 4 cm",
            "certifications": "EN 71",
        },
    },
    {
        "sku": "TOY-BL-001",
        "kind": "building_set",
        "popularity": 29,
        "quality": "good",
        "title": "Orbital Space Station Building Set, 520 Pieces",
        "brand": "Brickhaven",
        "category": "toys-games",
        "price": "49.99",
        "attributes": {
            "pieces": "520",
            "age": "8+",
            "dimensions_built": "38 x 24 x 15 cm",
            "instructions": "Printed booklet, numbered bags",
            "compatibility": "Compatible with major brick brands",
            "minifigures": "3 astronauts, 1 robot",
            "certifications": "EN 71, CE",
            "country_of_manufacture": "Denmark",
        },
    },
    {
        "sku": "TOY-PL-001",
        "kind": "plush",
        "popularity": 10,
        "quality": "great",
        "title": "Organic Cotton Plush Fox, 30 cm",
        "brand": "Cuddleby",
        "category": "toys-games",
        "price": "24.00",
        "attributes": {
            "height": "30 cm",
            "material": "Organic cotton velour",
            "filling": "Recycled polyester",
            "age": "0+",
            "certifications": "OEKO-TEX Standard 100, EN 71",
            "care": "Machine wash at 30 °C in a laundry bag",
            "colours": "Rust orange with cream",
        },
    },
    # --- Pet supplies -----------------------------------------------------------
    {
        "sku": "PET-BD-001",
        "kind": "pet_bed",
        "popularity": 31,
        "quality": "good",
        "title": "Orthopaedic Memory Foam Dog Bed, Large",
        "brand": "Pawstead",
        "category": "pet-supplies",
        "price": "89.00",
        "attributes": {
            "dimensions": "100 x 75 x 20 cm",
            "fill": "8 cm orthopaedic memory foam with bolster",
            "cover": "Water-resistant inner liner, corduroy outer",
            "removable_cover": "Yes, zipped",
            "base": "Non-slip",
            "care": "Cover machine washable at 40 °C",
            "colours": "Charcoal, Mushroom",
            "suitable_for": "Dogs up to 45 kg",
            "certifications": "CertiPUR-EU foam",
        },
    },
    {
        "sku": "PET-FD-001",
        "kind": "pet_bowl",
        "popularity": 10,
        "quality": "good",
        "title": "Stainless Steel Slow-Feeder Bowl",
        "brand": "Pawstead",
        "category": "pet-supplies",
        "price": "19.99",
        "attributes": {
            "capacity": "750 ml",
            "material": "Stainless steel",
            "diameter": "22 cm",
            "base": "Removable non-slip silicone ring",
            "dishwasher_safe": "Yes",
            "suitable_for": "Medium and large dogs",
            "certifications": "BPA-free silicone",
        },
    },
    {
        "sku": "PET-TY-001",
        "kind": "cat_toy",
        "popularity": 14,
        "quality": "mixed",
        "title": "Feather Wand Cat Toy Set",
        "brand": "Whiskerwood",
        "category": "pet-supplies",
        "price": "12.99",
        "attributes": {
            "pieces": "1 wand, 6 refills",
            "wand_length": "90 cm",
            "materials": "Fibreglass wand, natural feathers, cotton string",
            "attachments": "Clip-on refills",
            "suitable_for": "Cats and kittens",
            "safety_note": "Supervised play only; store out of reach",
            "country_of_manufacture": "China",
        },
    },
    {
        "sku": "PET-GR-001",
        "kind": "pet_brush",
        "popularity": 13,
        "quality": "good",
        "title": "Self-Cleaning Slicker Brush",
        "brand": "Pawstead",
        "category": "pet-supplies",
        "price": "16.99",
        "attributes": {
            "pin_material": "Stainless steel with rounded tips",
            "handle": "Rubberised, anti-slip",
            "self_cleaning": "Push-button pin retraction",
            "size": "16 x 11 cm brush head",
            "suitable_for": "Dogs and cats, medium to long coats",
            "weight": "160 g",
            "warranty": "1 year",
        },
    },
]

# ---------------------------------------------------------------------------
# Text engine
# ---------------------------------------------------------------------------

_FORMATTER = string.Formatter()
_REQUIREMENT = re.compile(r"^\[(!?)(\w+)\]\s*")

# Words that keep their capital when a sentence is folded into another one, or when an
# attribute value lands mid-sentence.
PROPER_WORDS = {
    "I",
    "I'm",
    "I've",
    "I'd",
    "I'll",
    "Bluetooth",
    "Christmas",
    "Germany",
    "German",
    "Portugal",
    "Poland",
    "France",
    "Denmark",
    "China",
    "Lithuania",
    "Tunisia",
    "Türkiye",
    "United",
    "English",
    "Samsung",
    "Google",
    "Goodyear",
    "Commando",
    "Lisbon",
    "Scotland",
    "Dartmoor",
    "Singapore",
    "Labrador",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Alps",
    "Highlands",
    "Underground",
    "Responsible",
    "Leaping",
    "Pakkawood",
}


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0].rstrip(",.;:!?")


def _is_plain_word(word: str) -> bool:
    """True for an ordinary capitalised word ("Bass", "Open-cell") that may be lowered."""
    letters = word.replace("-", "").replace("'", "")
    return bool(letters) and letters.isalpha() and word[0].isupper() and word[1:] == word[1:].lower()


def _lower_first(text: str, proper: set[str]) -> str:
    word = _first_word(text)
    if word in proper or not _is_plain_word(word):
        return text
    return text[0].lower() + text[1:]


def _usable(template: str, facts: dict[str, str]) -> str | None:
    """Return the template without its requirement prefixes, or None if it can't be used."""
    text = template
    while match := _REQUIREMENT.match(text):
        negated, key = match.group(1) == "!", match.group(2)
        if (key in facts) == negated:
            return None
        text = text[match.end() :]
    for _, name, _, _ in _FORMATTER.parse(text):
        if name is not None and name not in facts:
            return None
    return text


def _render(text: str, facts: dict[str, str]) -> str:
    rendered = text.format_map(facts)
    return rendered[0].upper() + rendered[1:] if rendered else rendered


def _options(templates: list[str], facts: dict[str, str]) -> list[str]:
    return [text for text in (_usable(t, facts) for t in templates) if text is not None]


class ProductText:
    """Everything needed to write reviews for one product: its facts and its pools."""

    def __init__(self, product: dict[str, Any], proper: set[str]) -> None:
        kind = KINDS[product["kind"]]
        self.product = product
        self.kind = kind
        self.proper = proper
        plural = product.get("plural", kind["plural"])
        noun = product.get("noun", kind["noun"])
        price = product["price"].removesuffix(".00")
        facts: dict[str, str] = {
            key: _lower_first(str(value), proper) for key, value in product["attributes"].items()
        }
        facts.update(
            {
                "brand": product["brand"],
                "noun": noun,
                "this_noun": ("these " if plural else "this ") + noun,
                "the_noun": "the " + noun,
                "it": "them" if plural else "it",
                "It": "They" if plural else "It",
                "is": "are" if plural else "is",
                "price": f"€{price}",
                # Placeholders filled per review; present here so templates count as usable.
                "day": "",
                "relative": "",
                "period": "",
                "use": "",
            }
        )
        if plural:
            facts["plural"] = "yes"
        for flag in product.get("flags", []):
            facts.setdefault(flag, "yes")
        if "colours" in product["attributes"]:
            facts["colour"] = ""
        self.facts = facts
        self.colours = [
            c.strip().lower() for c in str(product["attributes"].get("colours", "")).split(",") if c.strip()
        ]
        self.uses = product.get("uses", kind["uses"])
        # (label, polarity -> usable templates, weight); product aspects outweigh generic ones.
        self.aspects: list[tuple[str, dict[str, list[str]], float]] = []
        for label, block in kind["aspects"].values():
            parsed = pool(block)
            self.aspects.append((label, {m: _options(t, facts) for m, t in parsed.items()}, 1.0))
        for label, block in GENERIC_ASPECTS.values():
            parsed = pool(block)
            self.aspects.append((label, {m: _options(t, facts) for m, t in parsed.items()}, 0.3))
        kind_short = pool(kind.get("short", ""))
        self.shorts = {m: _options(SHORTS[m], facts) for m in "+-="}
        self.kind_shorts = {m: _options(kind_short[m], facts) for m in "+-="}
        self.context = _options(CONTEXT["="], facts)
        self.happy_context = _options(CONTEXT["+"], facts)
        self.closers = {m: _options(CLOSERS[m], facts) for m in "+-="}
        self.sarcasm = _options(SARCASM, facts)
        self.titles = {m: _options(TITLES[m], facts) for m in "+-="}
        self.whole = [
            (index, rating, title, body)
            for index, (rating, title, body, needs) in enumerate(kind["whole"])
            if all(_usable(f"[{need}] x", facts) is not None for need in needs)
        ]

    def review_facts(self, rng: Random) -> dict[str, str]:
        """Facts for one review: the product's, plus a day, a use, a colour..."""
        facts = dict(self.facts)
        facts["day"] = rng.choice(DAYS)
        facts["relative"] = rng.choice(RELATIVES)
        facts["period"] = rng.choice(PERIODS)
        facts["use"] = rng.choice(self.uses)
        if self.colours:
            facts["colour"] = rng.choice(self.colours)
        return facts

    def aspect_sentence(
        self, rng: Random, polarity: str, used: list[str], facts: dict[str, str], max_generic: int = 1
    ) -> tuple[str, str] | None:
        """Pick a sentence of ``polarity`` from an aspect not yet in ``used``.

        At most ``max_generic`` shop-level aspects (delivery, value...) per review, so the
        product itself stays the subject.
        """
        generic_used = sum(1 for label in used if label in GENERIC_LABELS)
        candidates = [
            (label, pools[polarity], weight)
            for label, pools, weight in self.aspects
            if pools[polarity]
            and label not in used
            and (label not in GENERIC_LABELS or generic_used < max_generic)
        ]
        if not candidates:
            return None
        label, templates, _ = rng.choices(candidates, weights=[w for _, _, w in candidates])[0]
        used.append(label)
        return label, _render(rng.choice(templates), facts)


def _weighted(rng: Random, table: Mapping[Any, float]) -> Any:
    return rng.choices(list(table), weights=list(table.values()))[0]


def _join_but(rng: Random, first: str, second: str, proper: set[str]) -> str:
    lowered = _lower_first(second, proper)
    if lowered == second:
        return f"{first} {second}"
    return first.rstrip(".!") + rng.choice(BUT_JOINERS) + lowered


def _title_for(
    rng: Random, text: ProductText, tone: str, labels: dict[str, list[str]], facts: dict[str, str]
) -> str:
    # "Great smell" or "Love the leaks" would misread: those aspects praise an absence.
    pos = [label for label in labels.get("+", []) if label not in NO_TITLE_LABELS]
    neg = [label for label in labels.get("-", []) if label not in NO_TITLE_LABELS]
    if rng.random() < 0.4:
        if tone == "=" and pos and neg:
            template = rng.choice(ASPECT_TITLES["="])
            title = template.format(a1=pos[0], A1=pos[0].capitalize(), a2=neg[0])
            return title[0].upper() + title[1:]
        label = (pos if tone == "+" else neg)[:1]
        if label and tone in "+-":
            template = rng.choice(ASPECT_TITLES[tone])
            title = template.format(a=label[0], A=label[0].capitalize())
            return title[0].upper() + title[1:]
    return _render(rng.choice(text.titles[tone]), facts)


def _compose(rng: Random, text: ProductText, written_for: int, long: bool) -> tuple[str, str]:
    """Write (tone, body) for a review whose text reads like a ``written_for``-star review."""
    facts = text.review_facts(rng)
    used: list[str] = []
    labels: dict[str, list[str]] = {"+": [], "-": []}
    parts: list[str] = []
    # Sentences about the shop rather than the product read badly when folded into one.
    shop_talk: set[str] = set()

    def joinable(*sentences: str) -> bool:
        return not any(sentence in shop_talk for sentence in sentences)

    def add(polarity: str) -> str | None:
        picked = text.aspect_sentence(rng, polarity, used, facts, max_generic=2 if long else 1)
        if picked is None:
            return None
        if polarity in labels:
            labels[polarity].append(picked[0])
        if picked[0] in GENERIC_LABELS:
            shop_talk.add(picked[1])
        return picked[1]

    if written_for >= 4:
        tone = "+"
        counts = {1: 30, 2: 40, 3: 22, 4: 8} if written_for == 5 else {1: 30, 2: 45, 3: 25}
        for _ in range(_weighted(rng, counts)):
            if sentence := add("+"):
                parts.append(sentence)
        gripe_chance = 0.08 if written_for == 5 else 0.45
        if rng.random() < gripe_chance and (gripe := add("-")):
            prefix = rng.choice(MINOR_GRIPE_PREFIXES)
            parts.append(prefix + (gripe if prefix.endswith("? ") else _lower_first(gripe, text.proper)))
    elif written_for == 3:
        tone = "="
        pattern = _weighted(rng, {"+-": 45, "-+": 20, "=+-": 15, "=-": 10, "=+": 10})
        sentences = [s for s in (add(p) for p in pattern) if s]
        if pattern in ("+-", "-+") and len(sentences) == 2 and joinable(*sentences) and rng.random() < 0.5:
            sentences = [_join_but(rng, sentences[0], sentences[1], text.proper)]
        parts.extend(sentences)
    else:
        tone = "-"
        counts = {1: 35, 2: 40, 3: 25} if written_for == 1 else {1: 40, 2: 45, 3: 15}
        negatives = [s for s in (add("-") for _ in range(_weighted(rng, counts))) if s]
        if written_for == 2 and negatives and rng.random() < 0.4 and (praise := add("+")):
            if joinable(praise, negatives[0]):
                negatives[0] = _join_but(rng, praise, negatives[0], text.proper)
            else:
                negatives.insert(0, praise)
        parts.extend(negatives)
        if text.sarcasm and rng.random() < 0.2:
            parts.insert(0, _render(rng.choice(text.sarcasm), facts))

    if rng.random() < (0.45 if long else 0.22):
        context = text.context + (text.happy_context if tone != "-" else [])
        parts.insert(0, _render(rng.choice(context), facts))
    target = rng.randint(4, 6) if long else 0
    while len(parts) < target:
        # Mixed reviews stay mixed: alternate praise and complaint.
        extra = add(tone if tone != "=" else "+-"[len(parts) % 2])
        if extra is None:
            break
        parts.insert(len(parts) - (1 if len(parts) > 1 else 0), extra)
    if rng.random() < (0.6 if long else 0.25) and text.closers[tone]:
        parts.append(_render(rng.choice(text.closers[tone]), facts))
    if not parts:
        parts.append(_render(rng.choice(text.shorts[tone]), facts))
    body = " ".join(parts)
    title = _title_for(rng, text, tone, labels, facts)
    return title, body


def _short(rng: Random, text: ProductText, written_for: int) -> tuple[str, str]:
    facts = text.review_facts(rng)
    tone = "+" if written_for >= 4 else "=" if written_for == 3 else "-"
    pools = [p for p in (text.kind_shorts[tone], text.shorts[tone]) if p]
    body = _render(rng.choice(rng.choice(pools)), facts)
    return _render(rng.choice(text.titles[tone]), facts), body


def _factual(rng: Random, text: ProductText, rating: int) -> tuple[str, str]:
    facts = text.review_facts(rng)
    tone = "+" if rating >= 4 else "="
    context = text.context + (text.happy_context if tone == "+" else [])
    parts = [_render(t, facts) for t in rng.sample(context, rng.choice([1, 1, 2]))]
    if rng.random() < 0.6:
        neutral = text.aspect_sentence(rng, "=", [], facts)
        if neutral:
            parts.append(neutral[1])
    return _render(rng.choice(text.titles[tone]), facts), " ".join(parts)


def _foreign(rng: Random, language: str, rating: int) -> tuple[str, str, str]:
    spec = FOREIGN[language]
    tone = "+" if rating >= 4 else "=" if rating == 3 else "-"
    pools = spec["text"]
    count = rng.choice([1, 2, 2, 3]) if tone != "=" else 1
    parts = rng.sample(pools[tone], min(count, len(pools[tone])))
    if tone == "=" and rng.random() < 0.5:
        parts.append(rng.choice(pools[rng.choice("+-")]))
    elif tone == "-" and rng.random() < 0.25:
        parts.append(rng.choice(pools["="]))
    author = f"{rng.choice(spec['names'])} {rng.choice(INITIALS)}."
    return rng.choice(spec["titles"][tone]), " ".join(parts), author


def _author(rng: Random) -> str:
    roll = rng.random()
    if roll < 0.13:
        return rng.choice(NICKNAMES)
    if roll < 0.25:
        return rng.choice(FIRST_NAMES)
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(INITIALS)}."


def _contact_line(rng: Random, text: ProductText, author: str) -> str:
    first = author.split(" ")[0] if author[:1].isalpha() else rng.choice(FIRST_NAMES)
    local = re.sub(r"[^a-z]", "", first.lower()) or "buyer"
    email = f"{local}.{rng.choice(INITIALS).lower()}@{rng.choice(CONTACT_DOMAINS)}"
    phone = rng.choice(CONTACT_PHONES).format(n3=f"{rng.randrange(1000):03d}", n2=f"{rng.randrange(100):02d}")
    facts = dict(text.facts, email=email, phone=phone)
    return _render(rng.choice(CONTACT_LINES), facts)


def _roughen(rng: Random, body: str) -> str:
    """Some people type in lower case or skip the final full stop."""
    roll = rng.random()
    if roll < 0.03:
        return body.lower()
    if roll < 0.06 and body.endswith("."):
        return body[:-1]
    return body


def _created_at(rng: Random, since_days: int) -> datetime:
    while True:
        day = REFERENCE_DATE - timedelta(days=rng.randrange(1, since_days + 1))
        # Gift season and the Black Friday week bring more reviews.
        weight = {12: 1.5, 1: 1.3}.get(day.month, 1.0)
        if day.month == 11 and day.year == REFERENCE_DATE.year and day.day >= 20:
            weight = 1.4
        if rng.random() < weight / 1.5:
            break
    hour = _weighted(
        rng, {h: (3 if 18 <= h <= 22 else 2 if 8 <= h <= 17 else 1 if h >= 6 else 0.3) for h in range(24)}
    )
    return day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))


def _external_id(rng: Random, source: str, seen: set[str], counter: int) -> str:
    if source == "storefront":
        return f"sf-{counter:06d}"
    while True:
        if source == "trustpilot":
            candidate = f"tp-{rng.getrandbits(96):024x}"
        else:
            candidate = "amz-R" + "".join(
                rng.choice(string.ascii_uppercase + string.digits) for _ in range(13)
            )
        if candidate not in seen:
            seen.add(candidate)
            return candidate


def _validate_inputs() -> None:
    slugs = [c["slug"] for c in CATEGORIES]
    if len(set(slugs)) != len(slugs):
        raise ValueError("duplicate category slug")
    for index, category in enumerate(CATEGORIES):
        if category["parent"] is not None and category["parent"] not in slugs[:index]:
            raise ValueError(f"category {category['slug']} listed before its parent")
    skus = [p["sku"] for p in PRODUCTS]
    if len(set(skus)) != len(skus):
        raise ValueError("duplicate SKU")
    for product in PRODUCTS:
        if product["category"] not in slugs:
            raise ValueError(f"{product['sku']}: unknown category {product['category']}")
        if not 6 <= len(product["attributes"]) <= 12:
            raise ValueError(f"{product['sku']}: needs 6-12 attributes")
        if not re.fullmatch(r"\d+\.\d\d", product["price"]):
            raise ValueError(f"{product['sku']}: price must have two decimals")


def build_catalog(seed: int = SEED) -> dict[str, Any]:
    """Return the demo catalogue as the project's import structure.

    The result has ``categories`` (parents before children), ``products`` and ``reviews``
    (sorted by ``created_at``) and is identical for identical seeds. A ``stats`` entry is
    not included; see :func:`build_catalog_with_stats` for the generator's own counts.
    """
    return build_catalog_with_stats(seed)[0]


def build_catalog_with_stats(seed: int = SEED) -> tuple[dict[str, Any], dict[str, int]]:
    """Return the catalogue plus counts that only the generator knows.

    The counts are ``mismatches`` (reviews whose text was deliberately written for the
    opposite star rating), ``contacts`` (reviews carrying an e-mail address or phone
    number) and ``whole`` (hand-written reviews used verbatim).
    """
    _validate_inputs()
    rng = Random(seed)
    proper = set(PROPER_WORDS)
    for product in PRODUCTS:
        proper.update(product["brand"].split())
    bodies: set[str] = set()
    used_whole: set[tuple[str, int]] = set()
    stats = {"mismatches": 0, "contacts": 0, "whole": 0}
    drafts: list[dict[str, Any]] = []
    contact_candidates: list[int] = []
    whole_before = 0
    languages = list(FOREIGN)
    language_weights = [FOREIGN[lang]["weight"] for lang in languages]

    counts = [max(5, round(p["popularity"] * rng.uniform(0.9, 1.1))) for p in PRODUCTS]
    # Exact shares of foreign-language and mismatched reviews, spread at random.
    slots = list(range(sum(counts)))
    rng.shuffle(slots)
    n_foreign = round(NON_ENGLISH_SHARE * len(slots))
    foreign_slots = set(slots[:n_foreign])
    mismatch_slots = set(slots[n_foreign : n_foreign + round(MISMATCH_SHARE * len(slots))])

    texts: dict[str, ProductText] = {}
    for product, count in zip(PRODUCTS, counts, strict=True):
        text = texts[product["sku"]] = ProductText(product, proper)
        curve = RATING_CURVES[product["quality"]]
        for _ in range(count):
            slot = len(drafts)
            rating = _weighted(rng, curve)
            language = "en"
            author = _author(rng)
            if slot in foreign_slots:
                language = rng.choices(languages, weights=language_weights)[0]
                title, body, author = _foreign(rng, language, rating)
            else:
                written_for = rating
                if slot in mismatch_slots:
                    rating = rng.choice([5, 5, 5, 1, 1])
                    written_for = rng.choice([1, 1, 2]) if rating == 5 else rng.choice([5, 5, 4])
                    stats["mismatches"] += 1
                mode_roll = rng.random()
                free_whole = [w for w in text.whole if (product["kind"], w[0]) not in used_whole]
                for _attempt in range(8):
                    if mode_roll < 0.09:
                        title, body = _short(rng, text, written_for)
                    elif mode_roll < 0.13 and written_for >= 3:
                        title, body = _factual(rng, text, written_for)
                    elif mode_roll < 0.19 and free_whole and written_for == rating:
                        index, rating, title, body = rng.choice(free_whole)
                        written_for = rating
                        used_whole.add((product["kind"], index))
                        stats["whole"] += 1
                        body = body.format_map(text.review_facts(rng))
                        break
                    else:
                        title, body = _compose(rng, text, written_for, long=mode_roll > 0.8)
                        body = _roughen(rng, body)
                    if body not in bodies or mode_roll < 0.09 and _attempt >= 2:
                        break
            is_whole = language == "en" and stats["whole"] > whole_before
            whole_before = stats["whole"]
            bodies.add(body)
            if rng.random() >= TITLE_SHARE:
                title = ""
            source = _weighted(rng, {"storefront": 0.8, "trustpilot": 0.09, "amazon-import": 0.11})
            drafts.append(
                {
                    "sku": product["sku"],
                    "rating": rating,
                    "title": title,
                    "body": body,
                    "author_name": author,
                    "created_at": _created_at(rng, product.get("since_days", WINDOW_DAYS)),
                    "source": source,
                    "external_id": "",
                    "language": language,
                }
            )
            if language == "en" and not is_whole:
                contact_candidates.append(len(drafts) - 1)

    # An exact share of contact details, so masking tests always have material.
    for index in rng.sample(contact_candidates, round(CONTACT_SHARE * len(drafts))):
        review = drafts[index]
        line = _contact_line(rng, texts[review["sku"]], review["author_name"])
        body = review["body"] if review["body"][-1] in ".!?" else review["body"] + "."
        review["body"] = f"{body} {line}"
        stats["contacts"] += 1

    drafts.sort(key=lambda r: (r["created_at"], r["sku"]))
    seen_ids: set[str] = set()
    storefront_counter = 0
    for review in drafts:
        if review["source"] == "storefront":
            storefront_counter += 1
        review["external_id"] = _external_id(rng, review["source"], seen_ids, storefront_counter)
        review["created_at"] = review["created_at"].strftime("%Y-%m-%dT%H:%M:%SZ")

    products = [
        {
            "sku": p["sku"],
            "title": p["title"],
            "brand": p["brand"],
            "category": p["category"],
            "price": p["price"],
            "currency": "EUR",
            "attributes": dict(p["attributes"]),
        }
        for p in PRODUCTS
    ]
    categories = [dict(c) for c in CATEGORIES]
    return {"categories": categories, "products": products, "reviews": drafts}, stats


def write_catalog(path: Path = DEFAULT_OUTPUT, seed: int = SEED) -> dict[str, int]:
    """Write the catalogue as UTF-8 JSON (indent 1) to ``path`` and return generator counts."""
    catalog, stats = build_catalog_with_stats(seed)
    path.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    stats = dict(stats, products=len(catalog["products"]), reviews=len(catalog["reviews"]))
    return stats


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point: build the catalogue and print a one-line summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    stats = write_catalog(args.output, args.seed)
    summary = ", ".join(f"{key}={value}" for key, value in stats.items())
    print(f"wrote {args.output.name}: {summary}")


if __name__ == "__main__":
    main()
