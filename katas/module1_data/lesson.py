import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Module 1: data you can trust")

with app.setup:
    import functools
    import re

    import altair as alt
    import marimo as mo
    import pandas as pd
    import pandera.errors

    from kata_framework import lessons


@app.cell
def _():
    with lessons.kata_import():
        from katas.module1_data import faults, loader, schema
    return faults, loader, schema


@app.cell
def _():
    mo.md("""
    # Module 1: the messy export, before and after your loader

    Pick a column: the left bars are the spellings in the raw export, the right ones what your
    `load_raw_pokemon` (kata 1.1) makes of them.
    """)
    return


@app.cell
def _(loader):
    raw = pd.read_csv(lessons.raw_pokemon_path(), dtype=str, keep_default_na=False)
    loaded = lessons.attempt(loader.load_raw_pokemon, lessons.raw_pokemon_path())
    return loaded, raw


@app.cell
def _(loaded, raw):
    def _key(header):
        return re.sub(r"[^a-z0-9]", "", header.lower())

    _aliases = {"spatk": "spattack", "spdef": "spdefense", "legendary": "islegendary"}
    _by_key = {_aliases.get(_key(h), _key(h)): h for h in raw.columns}
    raw_header = {c: _by_key[_key(c)] for c in loaded.columns if _key(c) in _by_key}
    column = mo.ui.dropdown(options=list(raw_header), value="type1" if "type1" in raw_header else None,
                            label="column")
    mo.vstack([column, mo.md(f"{len(raw)} rows in the export, {len(loaded)} after loading")])
    return column, raw_header


@app.cell
def plot_before_after(column, loaded, raw, raw_header):
    mo.stop(column.value is None, mo.md("Pick a column."))

    def _top(values, side):
        counts = values.astype(str).value_counts(dropna=False).head(15)
        return pd.DataFrame({"value": counts.index.map(repr), "rows": counts.to_numpy(), "side": side})

    _frame = pd.concat([_top(raw[raw_header[column.value]], "raw export"),
                        _top(loaded[column.value], "after load_raw_pokemon")])
    alt.Chart(_frame).mark_bar().encode(
        x=alt.X("rows:Q"),
        y=alt.Y("value:N", sort="-x", title=None),
        column=alt.Column("side:N", title=None, sort=["raw export"]),
        tooltip=["side", "value", "rows"],
    ).resolve_scale(y="independent").properties(width=280, title=f"The 15 most frequent values of {column.value}")
    return


@app.cell
def _():
    mo.md("""
    ## Which checks catch which fault

    Each row is a table: the clean one, and a copy broken by each of your fault functions
    (kata 1.3). The cells count the failure cases your
    `validate_pokemon` (kata 1.2) reports per column and check.
    """)
    return


@app.cell
def _(schema):
    @functools.wraps(schema.validate_pokemon)  # a failure names your validate_pokemon
    def failures(frame):
        """The failure cases of validate_pokemon, empty when the frame passes."""
        try:
            schema.validate_pokemon(frame)
        except pandera.errors.SchemaErrors as errors:
            return errors.failure_cases
        return pd.DataFrame(columns=["column", "check", "failure_case"])

    return (failures,)


@app.cell
def plot_checks_by_fault(failures, faults):
    _clean = lessons.pokemon()
    _tables = {"clean table": _clean}
    for _name in ["out_of_range_stat", "unknown_type", "duplicate_id", "missing_name", "type2_same_as_type1"]:
        _tables[_name] = lessons.attempt(getattr(faults, _name), _clean)
    _rows = []
    for _table, _frame in _tables.items():
        _found = lessons.attempt(failures, _frame)
        _found = _found.assign(column=_found["column"].fillna("(table)").astype(str), check=_found["check"].astype(str))
        for (_column, _check), _cases in _found.groupby(["column", "check"]).size().items():
            _rows.append({"table": _table, "check": f"{_column}: {_check}", "failure cases": int(_cases)})
        if _found.empty:
            _rows.append({"table": _table, "check": "(none)", "failure cases": 0})
    _matrix = pd.DataFrame(_rows)
    _base = alt.Chart(_matrix).encode(
        x=alt.X("check:N", title="column: check", axis=alt.Axis(labelAngle=-40, labelLimit=260)),
        y=alt.Y("table:N", sort=list(_tables), title=None),
    )
    (_base.mark_rect().encode(color=alt.Color("failure cases:Q", scale=alt.Scale(scheme="orangered")),
                              tooltip=["table", "check", "failure cases"])
     + _base.mark_text().encode(text="failure cases:Q")).properties(
        title="Failure cases per table and check (a table that passes shows (none))")
    return


if __name__ == "__main__":
    app.run()
