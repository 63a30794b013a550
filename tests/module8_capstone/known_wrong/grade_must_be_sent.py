# Known-wrong for kata 8.6: grade is nullable but has no default, so a card sent without the key
# (an ungraded card from a client that leaves empty fields out) is refused.
class CardRequest(CardRequest):  # noqa: F811
    grade: int | None = Field(ge=1, le=10)
