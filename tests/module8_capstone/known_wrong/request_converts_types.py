# Known-wrong for kata 8.6: pydantic's default lax mode: "45" becomes 45 and true becomes 1, so a
# broken client's card is priced instead of refused.
class CardRequest(CardRequest):  # noqa: F811
    model_config = ConfigDict(extra="forbid", strict=False)
