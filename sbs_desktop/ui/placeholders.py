"""Filling the %1, %2 ... of translated text, all in one pass."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """`template` with %1 ... %n replaced by `values`, in one pass.

    Replacing one placeholder after another would scan text already put in again:
    a bundle named "b%2.zip" would have its "%2" filled too. A placeholder with no
    value (or %0) is left as written.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
