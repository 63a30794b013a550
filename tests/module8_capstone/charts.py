"""Reading an Altair chart the way a reviewer reads the picture, for the capstone's chart tests.

A chart is a specification (``chart.to_dict()``, Vega-Lite JSON): which mark each layer draws,
which field each channel shows with which type, and the rows behind each layer. The tests judge
those, never incidental choices: titles, colours, scales, column names, layer order, inline data
or named datasets are all free.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest

#: Channels that place a mark; the others (tooltip, text, color, ...) only describe it.
POSITIONS = ("x", "y")


@dataclass
class Layer:
    """One drawing layer: its mark, its encodings, its rows and whether a transform changes them."""

    mark: str
    encoding: dict
    rows: list[dict]
    transformed: bool

    def channel(self, name: str) -> dict:
        return self.encoding.get(name) or {}

    def field_defs(self) -> list[dict]:
        """Every channel definition of the layer that names a field (tooltip lists included)."""
        found = []
        for definition in self.encoding.values():
            for one in definition if isinstance(definition, list) else [definition]:
                if isinstance(one, dict) and isinstance(one.get("field"), str):
                    found.append(one)
        return found


def spec_of(chart: object, who: str) -> dict:
    """The chart's Vega-Lite specification; fails with a sentence when it is no Altair chart."""
    import altair as alt

    if not isinstance(chart, alt.TopLevelMixin):
        pytest.fail(f"{who} must return an Altair chart (alt.Chart or alt.LayerChart), got "
                    f"{type(chart).__name__}", pytrace=False)
    return chart.to_dict()  # also validates it against Vega-Lite's schema


def _rows(data: dict | None, datasets: dict) -> list[dict] | None:
    if not data:
        return None
    if "values" in data:
        return list(data["values"])
    if "name" in data:
        return list(datasets.get(data["name"], []))
    return None


def layers(spec: dict) -> list[Layer]:
    """Every drawing layer of a chart, nested layers flattened; each with the rows it draws
    (its own data, else the nearest enclosing chart's)."""
    datasets = spec.get("datasets", {})
    found: list[Layer] = []

    def walk(node: dict, rows: list[dict] | None, transformed: bool) -> None:
        own = _rows(node.get("data"), datasets)
        rows = own if own is not None else rows
        transformed = transformed or bool(node.get("transform"))
        if "layer" in node:
            for child in node["layer"]:
                walk(child, rows, transformed)
        elif "mark" in node:
            mark = node["mark"]
            found.append(Layer(mark if isinstance(mark, str) else mark.get("type", ""),
                               node.get("encoding", {}), rows or [], transformed))

    walk(spec, None, False)
    return found


def y_scale_is_independent(spec: dict) -> bool:
    return spec.get("resolve", {}).get("scale", {}).get("y") == "independent"


def label(value: object) -> str:
    """A category as text: 9, 9.0 and "9" alike; None as "None"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def number(value: object) -> float:
    return math.nan if value is None else float(value)


def bar_table(spec: dict, who: str, what: str, measure: str) -> tuple[Layer, str, str, dict[str, float]]:
    """The one bar layer of a chart with a category on one axis and a measure on the other.

    Returns the layer, its category field, its measure field, and category -> measure as the
    rows hold them. Fails with a sentence naming ``who`` unless there is a bar layer whose one
    position axis shows a field as nominal or ordinal and the other a field as quantitative,
    without aggregate, bins or transforms, over rows with one row per category."""
    bars = [layer for layer in layers(spec) if layer.mark == "bar"]
    assert bars, f"{who}: draw {what} as bars (mark_bar); the chart's marks are {[la.mark for la in layers(spec)]}"
    for layer in bars:
        axes = {name: layer.channel(name) for name in POSITIONS}
        category = next((d for d in axes.values() if d.get("type") in ("nominal", "ordinal")), None)
        value = next((d for d in axes.values() if d.get("type") == "quantitative"), None)
        if category is None or value is None or "field" not in category or "field" not in value:
            continue
        assert not (layer.transformed or value.get("aggregate") or value.get("bin")), (
            f"{who}: compute {measure} in pandas, one row per bar, and draw that column as it is: no "
            f"Altair aggregate, bin or transform (found {value.get('aggregate') or value.get('bin') or 'a transform'})")
        labels = [label(row.get(category["field"])) for row in layer.rows]
        assert len(labels) == len(set(labels)), (
            f"{who}: the chart's data must hold one row per bar ({what}); some bars have several rows: "
            f"{sorted(x for x in set(labels) if labels.count(x) > 1)[:5]}")
        table = {label(row.get(category["field"])): number(row.get(value["field"])) for row in layer.rows}
        return layer, category["field"], value["field"], table
    pytest.fail(f"{who}: the bars need {what} on one axis as nominal or ordinal (':N' or ':O') and "
                f"{measure} on the other as quantitative (':Q'); got the encodings "
                f"{[{k: bars[0].channel(k) for k in POSITIONS}]}", pytrace=False)


def shows_per_category(spec: dict, expected: dict[str, float]) -> bool:
    """Whether some layer maps a category field to a field holding exactly ``expected``
    (category -> value) through any of its encodings: a tooltip, a text label, a colour..."""
    for layer in layers(spec):
        fields = {d["field"] for d in layer.field_defs()}
        for category in fields:
            keys = [label(row.get(category)) for row in layer.rows]
            if sorted(keys) != sorted(expected):
                continue
            for other in fields - {category}:
                values = {label(row.get(category)): number(row.get(other)) for row in layer.rows}
                if all(math.isclose(values[k], v, rel_tol=1e-9, abs_tol=1e-9) for k, v in expected.items()):
                    return True
    return False
