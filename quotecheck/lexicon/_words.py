"""The one helper the tables share: a block of words written as prose, read as a list."""

from __future__ import annotations


def words(block: str) -> list[str]:
    """The white-space separated words of ``block``, in order.

    >>> words('''
    ...     say tell
    ...     add''')
    ['say', 'tell', 'add']
    """
    return block.split()
