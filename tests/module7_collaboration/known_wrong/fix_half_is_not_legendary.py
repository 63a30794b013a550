# Known-wrong for kata 7.8: calls a Pokémon legendary only when p > 0.5, so a probability of
# exactly 0.5, which the spec calls legendary (p >= 0.5), is answered not legendary.


def _answer(stats):
    probability = legendary_probability(stats.model_dump())
    return {"probability": probability, "is_legendary": probability > 0.5}
