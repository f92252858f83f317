"""Quantities in a parsed article: numbers with their units, counts, ranges and approximations, and the
check of a quantity against the conversion the text gives for it in parentheses."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dossier.enrich.dates import MONTHS, WEEKDAYS, find_dates
from dossier.enrich.numerals import (
    DIGITS,
    NUMBER_WORDS,
    SCALE_ABBREVIATIONS,
    SCALED_MONEY,
    VAGUE_WORDS,
    is_number_word,
    parse_number,
)
from dossier.enrich.units import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    DIMENSION_NAMES,
    MAX_UNIT_WORDS,
    UNIT_WORDS,
    UnitForm,
    convert,
    dimension,
    to_metric,
)
from dossier.nlp.spans import doc_text
from dossier.nlp.syntax import sentence_of
from dossier.schema import Quantity

# Words before a number that make it approximate, and the bound they set ("at least 12": 12 or more).
APPROXIMATORS: dict[tuple[str, ...], str | None] = {
    ("about",): None,
    ("around",): None,
    ("roughly",): None,
    ("approximately",): None,
    ("some",): None,
    ("an", "estimated"): None,
    ("estimated",): None,
    ("close", "to"): None,
    ("nearly",): "upper",
    ("almost",): "upper",
    ("more", "than"): "lower",
    ("over",): "lower",
    ("at", "least"): "lower",
    ("upwards", "of"): "lower",
    ("fewer", "than"): "upper",
    ("less", "than"): "upper",
    ("under",): "upper",
    ("up", "to"): "upper",
    ("at", "most"): "upper",
    ("no", "more", "than"): "upper",
    ("as", "many", "as"): "upper",
    ("as", "much", "as"): "upper",
}
MAX_APPROXIMATOR_WORDS = max(len(k) for k in APPROXIMATORS)
SKIP_ENTITY_LABELS = {"ORDINAL", "PERSON", "ORG", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT", "FAC"}
# spaCy's DATE / TIME entities are skipped when they hold a time word: "two years", "10 a.m.", not
# "between 15 to 18 percent" (which the small model also tags DATE).
TIME_WORDS = {
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "decade",
    "century",
}
TIME_WORDS |= {"ago", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock", "overnight", "today", "yesterday"}
TIME_WORDS |= set(MONTHS) | set(WEEKDAYS)
RANGE_JOINERS = {"-", "–", "—", "to"}
# Time words a number measures a duration in, and the words after one that make it a point in time.
DURATION_UNITS = {"minute", "hour", "day", "week", "month", "year", "decade"}
POINT_AFTER = {"ago", "later", "earlier", "before", "after", "from", "since"}
VALUE_TOLERANCE = 0.10  # a conversion more than 10% off is flagged
CACHE_KEY = "dossier.enrich.quantities"
SCALE_MULTIPLES = {"dozen", "hundred", "thousand", "million", "billion"}
YEAR = re.compile(r"^(1[89]|20)\d\d$")
# Fraction words a number can count: "one quarter", "two thirds", "a half".
FRACTIONS = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Found:
    """A quantity with the token range it covers, kept until the consistency checks are done."""

    quantity: Quantity
    first: int  # first token of the quantity (cue words included)
    number_start: int  # first token of the number itself
    last: int  # token after the quantity
    pint: str | None


def extract_quantities(doc: Doc) -> list[Quantity]:
    """Quantities in ``doc`` (see ``find_quantities``)."""
    return [f.quantity for f in find_quantities(doc)]


def find_quantities(doc: Doc) -> list[Found]:
    """Numbers with units, counts, money and percentages in ``doc``, each with its spans, normalised to a
    metric unit where it is a physical measure, and checked against a conversion given in parentheses.

    The result is kept on the document (``doc.user_data``): the event sizes and the quantity list share it.

    >>> from dossier.nlp import load_pipeline
    >>> doc = load_pipeline()("It covers about 500 square miles (1,300 square kilometers).")
    >>> [(x.value, x.unit, round(x.si_value), x.approximate, x.flags) for x in extract_quantities(doc)]
    [(500.0, 'square mile', 1295, True, []), (1300.0, 'square kilometer', 1300, False, [])]
    """
    cached = doc.user_data.get(CACHE_KEY)
    if cached is not None:
        return cached
    in_dates = date_tokens(doc)
    found: list[Found] = []
    covered_until = 0
    for i in number_positions(doc):
        if i < covered_until:
            continue
        item = read_quantity(doc, i, in_dates)
        if item is not None:
            found.append(item)
            covered_until = item.last
    found = check_totals(doc, check_conversions(doc, found))
    doc.user_data[CACHE_KEY] = found
    return found


def number_positions(doc: Doc) -> list[int]:
    """Tokens that may start a number (a cheap pass over the words, so the syntax is read only there)."""
    words = [t.lower_ for t in doc]
    return [
        i
        for i, word in enumerate(words)
        if (word[:1].isdigit() or word in NUMBER_WORDS or word in ("a", "an"))
        and (
            word not in ("a", "an")
            or (i + 1 < len(words) and words[i + 1] in ("dozen", "hundred", "thousand"))
        )
    ]


def date_tokens(doc: Doc) -> set[int]:
    """Tokens inside a date expression ("September 7, 2024") or a spaCy DATE / TIME entity that holds a time
    word ("two years", "10 a.m."): their numbers are not quantities."""
    tokens: set[int] = set()
    for ent in doc.ents:
        if (
            ent.label_ in ("DATE", "TIME")
            and any(t.lower_ in TIME_WORDS or t.lower_.rstrip("s") in TIME_WORDS for t in ent)
            and not is_duration(ent)
        ):
            tokens.update(range(ent.start, ent.end))
    for mention in find_dates(doc_text(doc), None):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def is_duration(ent: Span) -> bool:
    """A stretch of time the text measures ("18 hours", "more than four years", "the last 15 months"), not
    a point in time ("two years ago", "10 a.m.", "March 11", "four days later")."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if after in POINT_AFTER or any(t.lower_ in POINT_AFTER for t in ent):
        return False
    for k, token in enumerate(ent[:-1]):
        unit = ent[k + 2].lower_ if ent[k + 1].text == "-" and k + 2 < len(ent) else ent[k + 1].lower_
        if starts_number(token) and (unit in DURATION_UNITS or unit.rstrip("s") in DURATION_UNITS):
            return not find_dates(ent.text, None)
    return False


def starts_number(token: Token) -> bool:
    if is_number_word(token.text):
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ in ("a", "an") and nxt is not None and nxt.lower_ in ("dozen", "hundred", "thousand")


def skipped(token: Token, in_dates: set[int]) -> bool:
    """Numbers that are names, dates, times or parts of codes ("F-16", "COVID-19", "Article 5")."""
    if token.i in in_dates:
        return True
    if token.ent_type_ in SKIP_ENTITY_LABELS and not _bare_number_entity(token):
        return True
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_:
        return doc[token.i - 2].is_alpha and not is_number_word(doc[token.i - 2].text)
    return False


def _bare_number_entity(token: Token) -> bool:
    """A name the tagger made of a number alone ("104" tagged ORG before "passengers"): no name at all."""
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return alone and bool(DIGITS.match(token.text))


def number_end(doc: Doc, start: int) -> int:
    """The token after the number phrase that starts at ``start`` ("twenty - five", "hundreds of thousands")."""
    j = start + 1
    while j < len(doc):
        word, prev = doc[j].lower_, doc[j - 1].lower_
        if is_number_word(word) and not DIGITS.match(word) and not DIGITS.match(prev):
            j += 1  # written numbers run on: "two hundred", "twenty - five"
        elif DIGITS.match(prev) and word in ("hundred", "thousand", "million", "billion", "trillion"):
            j += 1  # "1.5 million"
        elif word == "-" and j + 1 < len(doc) and not doc[j - 1].whitespace_ and not DIGITS.match(prev):
            if not (is_number_word(doc[j + 1].text) and not DIGITS.match(doc[j + 1].text)):
                break
            j += 1
        elif word == "of" and prev in VAGUE_WORDS and j + 1 < len(doc) and doc[j + 1].lower_ in VAGUE_WORDS:
            j += 1  # "hundreds of thousands"
        elif word == "and" and prev == "hundred" and j + 1 < len(doc) and is_number_word(doc[j + 1].text):
            j += 1
        elif re.fullmatch(r"\d{3}", word) and re.fullmatch(r"\d{1,3}", prev) and j == start + 1:
            j += 1  # thousands written with a space: "300 000"
        else:
            break
    return j


def read_quantity(doc: Doc, i: int, in_dates: set[int]) -> Found | None:
    """The quantity whose number starts at token ``i``, or None."""
    token = doc[i]
    money_scaled = SCALED_MONEY.match(token.text) and currency_before(doc, i, i)[0] is not None
    if not (starts_number(token) or money_scaled) or skipped(token, in_dates):
        return None
    end = number_end(doc, i)
    parsed = parse_number([t.text for t in doc[i:end]])
    if parsed is None:
        return None
    value, vague = parsed
    first = i
    currency, first = currency_before(doc, i, first)
    approximate, bound = vague, ("lower" if vague else None)
    cue, cue_bound = approximator_before(doc, first)
    if cue is not None:
        approximate, bound, first = True, cue_bound or bound, cue
    elif first >= 1 and doc[first - 1].lower_ in ("few", "several") and doc[i].lower_ in SCALE_MULTIPLES:
        value *= 2  # "a few hundred yards": at least two hundred
        approximate, bound = True, "lower"
        first -= 2 if first >= 2 and doc[first - 2].lower_ == "a" else 1
    # A range: "between 10 and 15", "10 to 15", "10-15".
    value_range = None
    last = end
    joiner = doc[end].lower_ if end < len(doc) else ""
    between = first > 0 and doc[first - 1].lower_ in ("between", "from")
    if (
        (joiner in RANGE_JOINERS or (joiner == "and" and between))
        and end + 1 < len(doc)
        and is_number_word(doc[end + 1].text)
        and not skipped(doc[end + 1], in_dates)
    ):
        high_end = number_end(doc, end + 1)
        high = parse_number([t.text for t in doc[end + 1 : high_end]])
        if high is not None and high[0] > value:
            value_range, last = (value, high[0]), high_end
            if between:
                first -= 1
    # Scale abbreviations after money: "$5m", "$1.2bn".
    scale_word = doc[last].lower_.rstrip(".") if last < len(doc) else ""
    if currency and scale_word in SCALE_ABBREVIATIONS:
        value *= SCALE_ABBREVIATIONS[scale_word]
        value_range = value_range and (value_range[0] * SCALE_ABBREVIATIONS[scale_word], value)
        last += 1
    unit, unit_end = unit_after(doc, last)
    if unit is None and hyphen_compound(doc, last):
        unit, unit_end = unit_after(doc, last + 1)  # "a 10-day ceasefire", "a 77-year-old publisher"
        if unit is None or unit.name not in DURATION_UNITS:
            return None  # "one-tenth", "F-16": the number is part of a word
    after = [t.lower_ for t in doc[unit_end : unit_end + 2]] if unit and unit.name in DURATION_UNITS else []
    age = after[:1] == ["old"] or after == ["-", "old"]  # "77 years old", "a 77-year-old publisher"
    unit_end += len(after) if after == ["-", "old"] else 1 if age else 0
    if currency is None and unit is not None and unit.currency:
        currency = unit.currency
    counted, counted_end = (None, last)
    unit_name_share = False
    if unit is None and currency is None:
        counted, counted_end = counted_noun(doc, end - 1, last)
        written = not any(DIGITS.match(t.text) for t in doc[i:end])
        if counted is None and (written or YEAR.match(token.text)):
            return None  # "one of them", "in 2014": not a quantity
        if counted is not None and YEAR.match(token.text) and doc[counted_end - 1].tag_ == "NN":
            return None  # "the 2015 airstrike", "the 2020 election": a year names one, it counts nothing
        if counted in FRACTIONS:  # "one quarter of the population", "two thirds": a share, not a count
            value, unit_name_share = value * FRACTIONS[counted], True
            counted = None
        else:
            unit_name_share = False
        if first == i and i > 0 and doc[i - 1].pos_ in ("PROPN", "NOUN"):
            return None  # "Route 66", "bunkers 13 and 41", "number one"
        if first == i and age_or_list_marker(doc, i, end):
            return None
    last = max(unit_end, counted_end) if unit or currency else counted_end
    unit_name = currency if currency else (unit.name if unit else None)
    if unit is None and currency is None and unit_name_share:
        unit_name = "fraction"
    si_value, si_unit = None, None
    if unit is not None and unit.pint is not None:
        metric = to_metric(value, unit.pint)
        if metric is not None:
            si_value, si_unit = metric
    start_char, end_char = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text.rstrip("."))
    quantity = Quantity(
        text=doc[first:last].text[: end_char - start_char],
        spans=[(start_char, end_char)],
        value=value,
        unit=unit_name,
        si_value=si_value,
        si_unit=si_unit,
        approximate=approximate,
        bound=bound if value_range is None else None,
        range=value_range,
        counted="age" if age else counted,
    )
    return Found(quantity, first, i, last, unit.pint if unit else None)


def age_or_list_marker(doc: Doc, i: int, end: int) -> bool:
    """ "Omar Mateen, 29, a U.S. citizen": an age; "5. ELEVEN POLICE KILLED": a list number."""
    after = doc[end].text if end < len(doc) else ""
    if i >= 2 and doc[i - 1].text == "," and doc[i - 2].pos_ == "PROPN" and after in (",", ".", ";", ""):
        return True
    return after == "." and (i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space)


def hyphen_compound(doc: Doc, after: int) -> bool:
    return (
        after < len(doc) - 1
        and doc[after].text == "-"
        and not doc[after - 1].whitespace_
        and not doc[after].whitespace_
        and doc[after + 1].is_alpha
    )


def currency_before(doc: Doc, i: int, first: int) -> tuple[str | None, int]:
    """A currency symbol just before the number ("$", "US$", "€")."""
    if i == 0:
        return None, first
    prev = doc[i - 1].lower_
    if prev in CURRENCY_SYMBOLS:
        if (
            prev == "$"
            and i >= 2
            and not doc[i - 2].whitespace_
            and f"{doc[i - 2].lower_}$" in CURRENCY_SYMBOLS
        ):
            return CURRENCY_SYMBOLS[f"{doc[i - 2].lower_}$"], i - 2
        return CURRENCY_SYMBOLS[prev], i - 1
    return None, first


def approximator_before(doc: Doc, first: int) -> tuple[int | None, str | None]:
    """The start of an approximating phrase ending just before ``first``, and the bound it sets."""
    for size in range(MAX_APPROXIMATOR_WORDS, 0, -1):
        start = first - size
        if start < 0:
            continue
        words = tuple(t.lower_ for t in doc[start:first])
        if words in APPROXIMATORS:
            return start, APPROXIMATORS[words]
    return None, None


def unit_after(doc: Doc, start: int) -> tuple[UnitForm | None, int]:
    """The unit written after a number, longest form first ("square miles", "500-square-mile")."""
    words: list[str] = []
    positions: list[int] = []
    j = start
    while j < len(doc) and len(words) < MAX_UNIT_WORDS:
        if doc[j].text == "-" and not doc[j].whitespace_:
            j += 1
            continue
        words.append(doc[j].lower_)
        positions.append(j)
        j += 1
    for size in range(len(words), 0, -1):
        key = tuple(words[:size])
        form = UNIT_WORDS.get(key)
        if form is None:  # a plural the table lacks ("tonnes"), never an abbreviation's: "one has" is
            # no hectare
            key = tuple(w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words[:size])
            form = UNIT_WORDS.get(key)
        if form is not None and not (
            size == 1 and key[0] in ("m", "mi", "g", "ha", "oz") and doc[start].pos_ != "NOUN"
        ):
            return form, positions[size - 1] + 1
    return None, start


def counted_noun(doc: Doc, number_last: int, after: int) -> tuple[str | None, int]:
    """What a bare number counts: "12 people", "dozens of missiles", "two ballistic missiles"."""
    token = doc[number_last]
    head = token.head
    if token.dep_ == "nummod" and head.pos_ == "NOUN" and head.i >= after and head.i - after < 6:
        return head.lower_, head.i + 1  # "30,000 combat and civilian deaths"
    j = after
    if j < len(doc) and doc[j].lower_ == "of" and token.lower_ in VAGUE_WORDS:
        j += 1
    while j < len(doc) and j - after < 4 and doc[j].pos_ in ("ADJ", "DET", "NOUN", "PROPN", "NUM", "PUNCT"):
        if doc[j].pos_ == "NOUN" and (j + 1 >= len(doc) or doc[j + 1].pos_ != "NOUN"):
            return doc[j].lower_, j + 1
        if doc[j].pos_ == "PUNCT" and doc[j].text != "-":
            break
        j += 1
    return None, after


def check_conversions(doc: Doc, found: list[Found]) -> list[Found]:
    """Flag a quantity given in parentheses as the conversion of the one before it when its dimension
    (``unit_mismatch``) or its value (``value_mismatch``: more than 10% apart) does not match. "250 pounds (roughly $390)" reads the pounds as sterling."""
    out = list(found)
    for k in range(len(found) - 1):
        outer, inner = out[k], out[k + 1]
        if not (outer.last < len(doc) and doc[outer.last].text == "(" and inner.first == outer.last + 1):
            continue
        if outer.quantity.unit == "pound" and inner.pint is None and inner.quantity.unit in CURRENCY_CODES:
            sterling = replace(outer.quantity, unit="GBP", si_value=None, si_unit=None)
            out[k] = replace(outer, quantity=sterling, pint=None)
            continue
        if outer.pint is None or inner.pint is None:
            continue
        if inner.last < len(doc) and doc[inner.last].text != ")":
            continue
        flag, note = compare(outer, inner)
        if flag:
            out[k + 1] = replace(inner, quantity=replace(inner.quantity, flags=[flag], note=note))
    return out


def compare(outer: Found, inner: Found) -> tuple[str | None, str | None]:
    a, b = outer.quantity, inner.quantity
    outer_dim, inner_dim = dimension(outer.pint), dimension(inner.pint)
    if outer_dim != inner_dim:
        return "unit_mismatch", (
            f"'{b.text}' is {DIMENSION_NAMES.get(inner_dim, inner_dim)} but is given as the conversion of "
            f"'{a.text}', {DIMENSION_NAMES.get(outer_dim, outer_dim)}."
        )
    expected = convert(a.value, outer.pint, inner.pint)
    if abs(b.value - expected) > VALUE_TOLERANCE * max(abs(expected), abs(b.value)):
        return "value_mismatch", (
            f"'{a.text}' is about {expected:,.0f} {b.unit}s, not the {b.value:,g} given as its conversion."
        )
    return None, None


def check_totals(doc: Doc, found: list[Found]) -> list[Found]:
    """Flag a count whose parts, listed after "including" in its sentence, add up to more than it
    (``parts_exceed_total``): "40 people, including 23 soldiers and 25 civilians". Parts that add up to
    the total or less ("104 passengers, including 58 men, 31 women and 15 children") raise nothing; a
    total that is an estimate, or a part that may be fewer ("about 12"), is not checked, while "at least
    12 children" counts 12."""
    out = list(found)
    for k, total in enumerate(found):
        q = total.quantity
        if q.counted is None or q.approximate or q.value is None or total.last >= len(doc) - 1:
            continue
        after = doc[total.last : total.last + 2]
        if not any(t.lower_ == "including" for t in after):
            continue
        sentence_end = sentence_of(doc[total.last]).end
        parts = []
        for part in found[k + 1 :]:
            if part.first >= sentence_end or part.quantity.unit is not None:
                break
            if part.quantity.counted is None:
                break
            parts.append(part.quantity)
            between = doc[part.last : part.last + 2]
            if not any(t.text in (",", "and") for t in between):
                break
        if not parts or any((p.approximate and p.bound != "lower") or p.value is None for p in parts):
            continue  # "at least 12 children" still counts 12; "about 12" may be fewer
        added = sum(p.value for p in parts)
        if added > q.value:
            note = (
                f"the parts listed after '{q.text}' ({', '.join(p.text for p in parts)}) add up to "
                f"{added:,g}, more than {q.value:,g}."
            )
            out[k] = replace(total, quantity=replace(q, flags=[*q.flags, "parts_exceed_total"], note=note))
    return out
