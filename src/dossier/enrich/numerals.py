"""Numbers as news writes them: "1,300", "1.5 million", "twenty-five", "a dozen", "dozens", "hundreds"."""

from __future__ import annotations

import re

UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9, "trillion": 10**12}
SCALE_ABBREVIATIONS = {
    "mln": 10**6,
    "bln": 10**9,
    "bn": 10**9,
    "m": 10**6,
    "b": 10**9,
    "k": 1_000,
    "tn": 10**12,
}
# Vague plurals: "dozens of missiles" is at least 24, "hundreds" at least 200. The value is that lower bound.
VAGUE_WORDS = {
    "tens": 20,
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2_000,
    "millions": 2_000_000,
    "billions": 2 * 10**9,
}
NUMBER_WORDS = set(UNITS_WORDS) | set(TENS_WORDS) | set(SCALE_WORDS) | set(VAGUE_WORDS) | {"dozen"}
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$")
# Digits with a scale glued on, as tokenised: "5bn", "3.5mln"; "5m" only after a currency symbol.
SCALED = re.compile(r"^(?P<digits>\d[\d,]*(?:\.\d+)?)(?P<scale>bn|bln|mln|mn|tn)$")
SCALED_MONEY = re.compile(r"^(?P<digits>\d[\d,]*(?:\.\d+)?)(?P<scale>bn|bln|mln|mn|tn|m|k|b)$")


def is_number_word(word: str) -> bool:
    """A word that is, or is part of, a number: digits, "five", "million", "dozens".

    >>> [is_number_word(w) for w in ["1,300", "twenty", "dozens", "first", "people"]]
    [True, True, True, False, False]
    """
    return bool(DIGITS.match(word) or SCALED.match(word)) or word.lower() in NUMBER_WORDS


def parse_number(words: list[str]) -> tuple[float, bool] | None:
    """The value of a number phrase split into words, and whether it is vague ("dozens", "hundreds of").

    >>> parse_number(["1,300"])
    (1300.0, False)
    >>> parse_number(["1.5", "million"])
    (1500000.0, False)
    >>> parse_number(["twenty", "five"])
    (25.0, False)
    >>> parse_number(["hundreds", "of", "thousands"])
    (200000.0, True)
    """
    words = [w.lower() for w in words if w not in ("-", "and", "a", "an")]
    if len(words) == 2 and re.fullmatch(r"\d{1,3}", words[0]) and re.fullmatch(r"\d{3}", words[1]):
        words = [words[0] + words[1]]  # "300 000"
    if not words:
        return None
    vague = False
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word == "of":
            continue
        scaled = SCALED_MONEY.match(word)
        if DIGITS.match(word):
            current += float(word.replace(",", ""))
        elif scaled:
            total += float(scaled["digits"].replace(",", "")) * SCALE_ABBREVIATIONS[scaled["scale"]]
        elif word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word in SCALE_WORDS or word in SCALE_ABBREVIATIONS:
            scale = SCALE_WORDS.get(word) or SCALE_ABBREVIATIONS[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0.0
        elif word == "dozen":  # "a dozen", "two dozen"
            current = (current or 1) * 12
        elif word in VAGUE_WORDS:
            vague = True
            base = VAGUE_WORDS[word]
            if seen:  # "hundreds of thousands": multiply
                total = (total + current) * (base / 2 if word != "dozens" else base)
                current = 0.0
            else:
                current = float(base)
        else:
            return None
        seen = True
    return total + current, vague
