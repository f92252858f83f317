"""Units as news writes them, named for pint, and the metric unit each dimension is normalised to."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint


@dataclass(frozen=True, slots=True)
class UnitForm:
    """What a unit word means: its English name, and its pint expression or its ISO 4217 currency code."""

    name: str
    pint: str | None = None
    currency: str | None = None


def _forms(name: str, expression: str, *surfaces: str) -> dict[tuple[str, ...], UnitForm]:
    return {tuple(s.split()): UnitForm(name, expression) for s in surfaces}


def _money(code: str, *surfaces: str) -> dict[tuple[str, ...], UnitForm]:
    return {tuple(s.split()): UnitForm(code, currency=code) for s in surfaces}


# Surface forms (lower case, split into spaCy tokens) -> unit. Conversions are pint's, not this table's.
UNIT_WORDS: dict[tuple[str, ...], UnitForm] = {
    **_forms("square mile", "mile**2", "square miles", "square mile", "sq miles", "sq mi", "sq. miles"),
    **_forms(
        "square kilometer",
        "km**2",
        "square kilometers",
        "square kilometres",
        "square kilometer",
        "square kilometre",
        "sq km",
        "sq. km",
        "km2",
        "km²",
    ),
    **_forms(
        "square meter", "m**2", "square meters", "square metres", "square meter", "square metre", "m2", "m²"
    ),
    **_forms("square foot", "ft**2", "square feet", "square foot", "sq ft", "sq. ft"),
    **_forms("hectare", "hectare", "hectares", "hectare", "ha"),
    **_forms("acre", "acre", "acres", "acre"),
    **_forms("mile", "mile", "miles", "mile", "mi"),
    **_forms("nautical mile", "nautical_mile", "nautical miles", "nautical mile"),
    **_forms("kilometer", "km", "kilometers", "kilometres", "kilometer", "kilometre", "km", "kms"),
    **_forms("meter", "m", "meters", "metres", "meter", "metre", "m"),
    **_forms("centimeter", "cm", "centimeters", "centimetres", "centimeter", "centimetre", "cm"),
    **_forms("millimeter", "mm", "millimeters", "millimetres", "millimeter", "millimetre", "mm"),
    **_forms("foot", "ft", "feet", "foot", "ft"),
    **_forms("yard", "yard", "yards", "yard"),
    **_forms("inch", "inch", "inches", "inch"),
    **_forms("kilogram", "kg", "kilograms", "kilogrammes", "kilogram", "kg", "kilos"),
    # durations ("lasted 18 hours", "a 10-day ceasefire", "held for more than four years")
    **_forms("minute", "minute", "minutes", "minute", "mins"),
    **_forms("hour", "hour", "hours", "hour", "hrs"),
    **_forms("day", "day", "days", "day"),
    **_forms("week", "week", "weeks", "week"),
    **_forms("month", "month", "months", "month"),
    **_forms("year", "year", "years", "year"),
    **_forms("decade", "decade_of_years", "decades", "decade"),
    **_forms("gram", "g", "grams", "gram", "grammes"),
    **_forms("pound", "lb", "pounds", "pound", "lbs", "lb"),
    **_forms("ounce", "oz", "ounces", "ounce", "oz"),
    **_forms("metric ton", "metric_ton", "tonnes", "tonne", "metric tons", "metric ton"),
    **_forms("ton", "ton", "tons", "ton"),
    **_forms("mile per hour", "mile/hour", "mph", "miles per hour", "mile per hour", "miles an hour"),
    **_forms(
        "kilometer per hour",
        "km/hour",
        "km/h",
        "kph",
        "kmh",
        "kilometers per hour",
        "kilometres per hour",
        "kilometers an hour",
        "kilometres an hour",
    ),
    **_forms("knot", "knot", "knots", "knot"),
    **_forms("liter", "liter", "liters", "litres", "liter", "litre"),
    **_forms("gallon", "gallon", "gallons", "gallon"),
    **_forms("barrel", "oil_barrel", "barrels", "barrel"),
    **_forms("cubic meter", "m**3", "cubic meters", "cubic metres", "cubic meter", "cubic metre"),
    **{("percent",): UnitForm("percent"), ("per", "cent"): UnitForm("percent"), ("%",): UnitForm("percent")},
    **{
        ("percentage", "points"): UnitForm("percentage point"),
        ("percentage", "point"): UnitForm("percentage point"),
    },
    **_money("USD", "dollars", "dollar", "us dollars"),
    **_money("EUR", "euros", "euro"),
    **_money("GBP", "pounds sterling", "sterling"),
    **_money("CNY", "yuan", "renminbi"),
    **_money("JPY", "yen"),
    **_money("RUB", "rubles", "roubles", "ruble", "rouble"),
    **_money("INR", "rupees", "rupee"),
    **_money("IRR", "rials", "rial"),
    **_money("ILS", "shekels", "shekel"),
    **_money("UAH", "hryvnias", "hryvnia", "hryvnas"),
    **_money("CHF", "swiss francs"),
}
MAX_UNIT_WORDS = max(len(k) for k in UNIT_WORDS)
CURRENCY_CODES = {form.currency for form in UNIT_WORDS.values() if form.currency} | {"CAD", "AUD"}
CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "c$": "CAD",
    "a$": "AUD",
    "₹": "INR",
    "¥": "JPY",
}
# The metric unit each dimension is given in (si_value / si_unit): areas in km², as news compares them;
# durations in days.
METRIC_TARGETS = ("km**2", "km", "kg", "km/hour", "m**3", "day")


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """pint's unit registry, imported and built on first use (most articles never need it)."""
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("decade_of_years = 10 * year")  # pint's own "decade" is a logarithmic ratio, not a time
    return ureg


def to_metric(value: float, expression: str) -> tuple[float, str] | None:
    """``value`` in the unit ``expression``, converted to its dimension's metric unit.

    >>> round(to_metric(500, "mile**2")[0])
    1295
    >>> to_metric(500, "mile**2")[1]
    'km²'
    """
    ureg = registry()
    quantity = ureg.Quantity(value, expression)
    for target in METRIC_TARGETS:
        unit = ureg.Unit(target)
        if quantity.dimensionality == unit.dimensionality:
            return float(quantity.to(unit).magnitude), f"{unit:~P}"
    return None


def dimension(expression: str) -> str:
    """The dimension of a pint unit expression, as pint writes it ("[length] ** 2")."""
    return str(registry().Unit(expression).dimensionality)


def convert(value: float, source: str, target: str) -> float:
    """``value`` converted from one pint unit to another of the same dimension."""
    ureg = registry()
    return float(ureg.Quantity(value, source).to(target).magnitude)


DIMENSION_NAMES = {
    "[length] ** 2": "an area",
    "[length]": "a length",
    "[mass]": "a mass",
    "[length] / [time]": "a speed",
    "[length] ** 3": "a volume",
    "[time]": "a duration",
}
