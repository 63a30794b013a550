import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Module 7: reviewing ML code")

with app.setup:
    import altair as alt
    import marimo as mo
    import pandas as pd

    from kata_framework import lessons


@app.cell
def _():
    with lessons.kata_import():
        from katas.module7_collaboration import smells
    return (smells,)


@app.cell
def _():
    pull_request = mo.ui.dropdown(
        options={"#1 feature engineering (pr1_features.py)": "pr1_features.py",
                 "#2 model selection (pr2_training.py)": "pr2_training.py",
                 "#3 prediction service (pr3_service.py)": "pr3_service.py"},
        value="#2 model selection (pr2_training.py)", label="pull request")
    mo.vstack([mo.md("""
    # Module 7: a pull request through your smell checker

    The pull request's file as it stands in your copy (it adds the file: every line is new),
    with each smell your `find_smells` (kata 7.5) reports marked on its line. Fix the pull
    request (katas 7.6 to 7.8) and the marks go away.
    """), pull_request])
    return (pull_request,)


@app.cell
def plot_pull_request_smells(pull_request, smells):
    _source = (mo.notebook_dir() / pull_request.value).read_text(encoding="utf-8")
    _found = lessons.attempt(smells.find_smells, _source)
    _lines = pd.DataFrame({"line": range(1, len(_source.splitlines()) + 1),
                           "code": ["+ " + text for text in _source.splitlines()]})
    _marks = pd.DataFrame([{"line": s.line, "smell": s.code, "message": s.message} for s in _found],
                          columns=["line", "smell", "message"])
    _y = alt.Y("line:O", axis=alt.Axis(labels=True, ticks=False, domain=False), title=None)
    (alt.Chart(_marks).mark_rect(opacity=0.35).encode(
        y=_y, x=alt.value(0), x2=alt.value(760), color=alt.Color("smell:N"), tooltip=["line", "smell", "message"])
     + alt.Chart(_lines).mark_text(align="left", font="monospace", fontSize=11).encode(
         y=_y, x=alt.value(4), text="code:N")
     ).properties(width=760, height=13 * len(_lines),
                  title=f"{pull_request.value}: {len(_found)} smells found")
    return


@app.cell
def _():
    snippet = mo.ui.code_editor(language="python", label="try the checker on your own code", value="""\
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

X_scaled = StandardScaler().fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X_scaled, y)
model.fit(X_test, y_test)
""")
    snippet
    return (snippet,)


@app.cell
def _(smells, snippet):
    _found = lessons.attempt(smells.find_smells, snippet.value)
    mo.ui.table(pd.DataFrame([s._asdict() for s in _found], columns=["line", "code", "message"]),
                selection=None) if _found else mo.md("No smells found in this snippet.")
    return


if __name__ == "__main__":
    app.run()
