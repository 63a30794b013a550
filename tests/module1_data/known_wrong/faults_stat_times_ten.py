# Known-wrong for kata 1.3: multiplies the chosen stat by ten, which lands above 255 for most
# Pokémon but stays a valid stat for one whose stat is 25 or less, so nothing is broken.


def out_of_range_stat(frame):
    broken = _copy_with_a_row(frame)
    first = broken.index[0]
    broken.loc[first, "hp"] = broken.loc[first, "hp"] * 10
    return broken
