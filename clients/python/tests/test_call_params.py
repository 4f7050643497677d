"""`python -m avgd call METHOD key=value ...` reads params as `avgd call` does (issue 16 §4)."""
import pytest

from avgd.__main__ import _Usage, call_params


@pytest.mark.parametrize("words, params", [
    ([], {}),
    (['{"birthDate": "2010-03-15"}'], {"birthDate": "2010-03-15"}),
    (["birthDate=2010-03-15", "on=2026-03-15"], {"birthDate": "2010-03-15", "on": "2026-03-15"}),
    (["limit=10", "overdue=true", 'ids=["R-1"]'], {"limit": 10, "overdue": True, "ids": ["R-1"]}),
    (['id="123"', "note=a b=c", "x=null"], {"id": "123", "note": "a b=c", "x": "null"}),
])
def test_words_become_params(words, params):
    assert call_params(words) == params


@pytest.mark.parametrize("words, message", [
    (["[1]"], "must be a JSON object"),
    (["{bad"], "is not JSON"),
    (["a=1", "a=2"], "a is given twice"),
    (["a=1", "b"], "b is not key=value"),
    (["=1", "a=2"], "=1 is not key=value"),
])
def test_bad_words_are_usage_errors(words, message):
    with pytest.raises(_Usage, match=message):
        call_params(words)
