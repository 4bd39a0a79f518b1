"""The aspect lexicon: general, per category (the more specific wins) and from the product's facts."""

from marketing.aspect_lexicon import aspect_lexicon, find_aspects, split_sentences


def test_sentences_are_split_on_end_punctuation():
    assert split_sentences("Great buy. The strap broke! Why?\nAvoid.") == ["Great buy.", "The strap broke!", "Why?",
                                                                           "Avoid."]


def test_category_aspects_and_general_ones_are_found_per_sentence():
    lexicon = aspect_lexicon(["audio", "headphones"])

    mentions = find_aspects("Battery life is great but the delivery took ages. Bass sounds muddy.", lexicon)

    assert [(m.aspect, m.term) for m in mentions] == [
        ("battery life", "Battery life"),
        ("delivery", "delivery"),
        ("sound quality", "Bass"),
    ]
    assert mentions[2].sentence == "Bass sounds muddy."


def test_the_more_specific_category_keeps_a_shared_term():
    general = find_aspects("Support was quick to reply.", aspect_lexicon([]))
    pillow = find_aspects("Good support for my neck.", aspect_lexicon(["home-living", "bedding"]))

    assert [m.aspect for m in general] == ["customer service"]
    assert [m.aspect for m in pillow] == ["support"]


def test_product_facts_become_aspects_when_the_category_has_none():
    lexicon = aspect_lexicon(["garden-tools"], ["blade_length", "type", "warranty"])

    mentions = find_aspects("The blade length is perfect for hedges.", lexicon)

    assert [m.aspect for m in mentions] == ["blade length"]
    assert "type" not in lexicon and "warranty" not in lexicon
