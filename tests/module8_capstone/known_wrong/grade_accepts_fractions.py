# Known-wrong for kata 8.6: declares the grade a float with the right bounds, so a grade of 9.5
# passes validation although grades are whole numbers from 1 to 10.
class CardRequest(CardRequest):
    grade: float | None = Field(default=None, ge=1, le=10)
