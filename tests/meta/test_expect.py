"""kata_framework.expect: a missing exception fails with the learner-facing message."""

import pytest

from kata_framework.expect import must_raise


def test_missing_exception_fails_with_the_message():
    with pytest.raises(pytest.fail.Exception, match=r"f \(katas/x.py\) must refuse -1 \(expected ValueError"):
        with must_raise(ValueError, "f (katas/x.py) must refuse -1"):
            pass


def test_expected_exception_passes_and_is_returned():
    with must_raise(ValueError, "f must refuse", match="neg") as info:
        raise ValueError("negative")
    assert "negative" in str(info.value), "must_raise must hand back the exception it caught"


def test_another_exception_propagates_with_the_message_as_a_note():
    with pytest.raises(KeyError, match="x") as info:
        with must_raise(ValueError, "f must refuse"):
            raise KeyError("x")
    assert info.value.__notes__ == ["f must refuse (expected ValueError, got KeyError)"]


def test_a_tuple_of_exceptions_is_named_in_the_message():
    with pytest.raises(pytest.fail.Exception, match="ValueError or TypeError"):
        with must_raise((ValueError, TypeError), "f must refuse"):
            pass
