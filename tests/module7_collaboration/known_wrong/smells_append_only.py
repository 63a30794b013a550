# Known-wrong for kata 7.5: follows test scores into a list filled with .append, but not
# into one filled with .extend, a set filled with .add or a dict filled with .update.


_FILLING_METHODS = {"append"}
