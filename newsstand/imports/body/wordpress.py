"""A WordPress post's content, classic or block editor, as body blocks."""

from collections.abc import Iterable, Sequence

from .autop import autop
from .convert import Converted, ImageFinder, html_to_blocks
from .footnotes import with_footnotes
from .shortcodes import expand_shortcodes


def is_block_editor_content(content: str) -> bool:
    return "<!-- wp:" in content


def wordpress_body(
    content: str,
    *,
    images: ImageFinder,
    post_attachments: Sequence[int] = (),
    site_hosts: Iterable[str] = (),
    footnotes: str = "",
) -> Converted:
    """Blocks for `content`, with notes on whatever needs an editor's look.

    `footnotes` is the post's `footnotes` meta (block-editor footnotes). Shortcodes are
    expanded first; classic-editor content then gets WordPress's automatic paragraphs,
    which block-editor content never had.
    """
    content = with_footnotes(content, footnotes)
    expanded = expand_shortcodes(content, post_attachments=post_attachments)
    markup = expanded.html if is_block_editor_content(content) else autop(expanded.html)
    result = html_to_blocks(markup, images=images, site_hosts=site_hosts)
    for name in sorted(expanded.unknown):
        result.note(f"unknown shortcode [{name}] kept as text")
    for note in expanded.notes:
        result.note(note)
    return result
