"""A tripwire for data that must not be read: the held-out test set during model selection.

``Tripwire(test_df)`` behaves like the wrapped object, but records every read (attribute,
item, length, iteration, conversion to an array). While armed, a read raises
:class:`TripwireTriggered`, so a test can prove that selection code never looked at the test set.
Disarm it (``with wire.disarmed():``) for the one sanctioned final evaluation and count
``wire.reads`` afterwards.
"""

from __future__ import annotations

from contextlib import contextmanager


class TripwireTriggered(AssertionError):
    """Raised when armed, protected data is read."""


class Tripwire:
    __slots__ = ("_wrapped", "_label", "_armed", "reads")

    def __init__(self, wrapped: object, label: str = "the test set", *, armed: bool = True):
        object.__setattr__(self, "_wrapped", wrapped)
        object.__setattr__(self, "_label", label)
        object.__setattr__(self, "_armed", armed)
        object.__setattr__(self, "reads", [])

    def _touch(self, how: str) -> object:
        self.reads.append(how)
        if self._armed:
            raise TripwireTriggered(
                f"{self._label} was read ({how}) before the final evaluation: select models "
                "with training and validation data only")
        return self._wrapped

    @contextmanager
    def disarmed(self):
        """Allow reads inside the block (they are still recorded)."""
        object.__setattr__(self, "_armed", False)
        try:
            yield self
        finally:
            object.__setattr__(self, "_armed", True)

    def unwrap(self) -> object:
        """The protected object itself; counts as a read."""
        return self._touch("unwrap")

    def __getattr__(self, name: str):
        return getattr(self._touch(f".{name}"), name)

    def __setattr__(self, name: str, value) -> None:
        setattr(self._touch(f".{name} ="), name, value)

    def __getitem__(self, key):
        return self._touch("[...]")[key]

    def __len__(self) -> int:
        return len(self._touch("len()"))

    def __iter__(self):
        return iter(self._touch("iter()"))

    def __array__(self, dtype=None, copy=None):
        import numpy as np

        return np.asarray(self._touch("numpy conversion"), dtype=dtype)

    def __repr__(self) -> str:
        return f"<Tripwire around {self._label}: {len(self.reads)} read(s)>"
