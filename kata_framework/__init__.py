"""The framework every kata module shares: catalog, implementation switch, pytest plugin,
test helpers (data, timing, strategies, tripwires, quizzes) and the verify gate."""
