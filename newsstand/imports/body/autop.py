"""WordPress's wpautop: classic-editor text where blank lines are paragraphs.

A port of the parts of WordPress's `wpautop()` that decide structure: blank lines
become paragraphs, single line breaks become <br>, block-level elements are left
unwrapped, and <pre> keeps its line breaks.
"""

import re

BLOCKS = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre"
    r"|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section"
    r"|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary"
    r"|iframe|script)"
)
_PRE = re.compile(r"<pre\b.*?</pre>", re.I | re.S)
_RAW = re.compile(r"<(script|style|svg|math|iframe)\b.*?</\1>", re.I | re.S)
_DOUBLE_BR = re.compile(r"<br\s*/?>\s*<br\s*/?>", re.I)
_OPEN_BLOCK = re.compile(r"(<" + BLOCKS + r"[\s/>])", re.I)
_CLOSE_BLOCK = re.compile(r"(</" + BLOCKS + r">)", re.I)
_PARAGRAPHS = re.compile(r"\n\s*\n")
_EMPTY_P = re.compile(r"<p>\s*</p>")
_P_AROUND_BLOCK = re.compile(r"<p>\s*(</?" + BLOCKS + r"[^>]*>)\s*</p>", re.I)
_P_BEFORE_LI = re.compile(r"<p>(<li.+?)</p>", re.I | re.S)
_P_BLOCKQUOTE = re.compile(r"<p><blockquote([^>]*)>", re.I)
_P_OPEN_BLOCK = re.compile(r"<p>\s*(</?" + BLOCKS + r"[^>]*>)", re.I)
_BLOCK_CLOSE_P = re.compile(r"(</?" + BLOCKS + r"[^>]*>)\s*</p>", re.I)
_NEWLINE = re.compile(r"(?<!<br />)\s*\n")
_BLOCK_BR = re.compile(r"(</?" + BLOCKS + r"[^>]*>)\s*<br />", re.I)
_BR_BEFORE = re.compile(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", re.I)


def autop(text: str) -> str:
    """`text` with paragraphs and line breaks made explicit, as WordPress shows it."""
    if not text.strip():
        return ""
    kept: list[str] = []

    def keep(match: re.Match) -> str:
        kept.append(match.group())
        return f"<wp-kept-{len(kept) - 1}></wp-kept>"

    text = _PRE.sub(keep, text)
    text = _RAW.sub(keep, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _DOUBLE_BR.sub("\n\n", text + "\n")
    text = _OPEN_BLOCK.sub(r"\n\n\1", text)
    text = _CLOSE_BLOCK.sub(r"\1\n\n", text)
    text = "".join(f"<p>{part.strip()}</p>\n" for part in _PARAGRAPHS.split(text) if part.strip())
    text = _EMPTY_P.sub("", text)
    text = _P_AROUND_BLOCK.sub(r"\1", text)
    text = _P_BEFORE_LI.sub(r"\1", text)
    text = _P_BLOCKQUOTE.sub(r"<blockquote\1><p>", text)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = _P_OPEN_BLOCK.sub(r"\1", text)
    text = _BLOCK_CLOSE_P.sub(r"\1", text)
    text = _NEWLINE.sub("<br />\n", text)
    text = _BLOCK_BR.sub(r"\1", text)
    text = _BR_BEFORE.sub(r"\1", text)
    text = re.sub(r"\n</p>$", "</p>", text)
    return re.sub(
        r"<wp-kept-(\d+)></wp-kept>",
        lambda m: kept[int(m[1])] if int(m[1]) < len(kept) else "",
        text,
    )
