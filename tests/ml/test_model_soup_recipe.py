"""The soup's model card names each ingredient's training files briefly and exactly."""

from __future__ import annotations

from ml.model_soup import describe_data_files


def test_consecutive_parts_collapse_into_a_range_and_other_files_keep_their_names() -> None:
    files = [f"data/sentiment/reviews_part_{letter}.tsv" for letter in "abcdfgx"] + [
        "data/sentiment/seed_sentences.tsv"
    ]

    assert describe_data_files(files) == "parts a-d, f-g, x + seed_sentences"


def test_files_outside_the_part_scheme_are_listed_by_name() -> None:
    assert describe_data_files(["shop/reviews.tsv"]) == "reviews"
    assert describe_data_files([]) == "no files"
