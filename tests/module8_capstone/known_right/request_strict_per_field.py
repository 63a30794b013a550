# Known-right for kata 8.6: strictness set field by field (Field(strict=True)) instead of in
# model_config, so the listing date keeps pydantic's lax parsing of "YYYY-MM-DD" without an override.
class CardRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    listing_date: date | None = None
    pokemon_id: int = Field(ge=1, strict=True)
    pokemon_name: str = Field(min_length=1, max_length=60, strict=True)
    is_legendary: bool = Field(strict=True)
    hp: int = Field(ge=1, le=255, strict=True)
    attack: int = Field(ge=1, le=255, strict=True)
    set_name: Literal[tuple(CARD_SETS)]  # type: ignore[valid-type]
    rarity: Literal["Common", "Uncommon", "Rare", "Holo Rare", "Ultra Rare", "Secret Rare"]  # noqa: F722
    language: Literal["English", "Japanese", "German", "French"]
    is_first_edition: bool = Field(default=False, strict=True)
    is_holo: bool = Field(default=False, strict=True)
    grade: int | None = Field(default=None, ge=1, le=10, strict=True)

    @model_validator(mode="after")
    def check_set_consistency(self) -> CardRequest:
        """Refuse what no real card can be: a modern first edition, a listing before release."""
        released = date.fromisoformat(CARD_SETS[self.set_name])
        if self.is_first_edition and released >= date(2001, 1, 1):
            raise ValueError("is_first_edition: only sets released before 2001 have first editions")
        if self.listing_date and self.listing_date < released:
            raise ValueError("listing_date: before the set's release date")
        return self
