# Known-wrong for kata 8.6: types only, no bounds: a grade of 11 or an hp of -5 is priced as if real.
class CardRequest(CardRequest):  # noqa: F811
    grade: int | None = None
    hp: int
    attack: int
