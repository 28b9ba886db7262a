"""Reader-typed search queries, made safe for every search backend."""

import re
import unicodedata

WORD = re.compile(r"\w+")


def clean_query(raw: str, max_length: int) -> str:
    """What we show back to the reader: no control characters, collapsed spaces, capped."""
    printable = "".join(ch for ch in raw if unicodedata.category(ch) != "Cc" or ch.isspace())
    return " ".join(printable.split())[:max_length].strip()


def backend_query(query: str) -> str:
    """The words of the query, lower-cased, as the search backend gets them.

    SQLite's FTS5 treats quotes, colons, brackets, `*`, `^` and upper-case
    AND/OR/NOT/NEAR as syntax, and a stray one is an error, so only words pass.
    """
    return " ".join(word.lower() for word in WORD.findall(query))
