"""The StreamField blocks of a story body, shared by every content type."""

from urllib.parse import urlsplit

from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.images.blocks import ImageChooserBlock

INLINE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=160)
    level = blocks.ChoiceBlock(choices=[("h2", "Heading"), ("h3", "Subheading")], default="h2")

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        preview_value = {"text": "What happened next", "level": "h2"}
        description = "A heading that splits a long story into parts"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    speaker = blocks.CharBlock(required=False, max_length=120)
    role = blocks.CharBlock(
        required=False, max_length=160, help_text="Who the speaker is, e.g. 'coach, Kano Pillars'"
    )

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        preview_value = {
            "quote": "We trained for this moment all season.",
            "speaker": "Ada Obi",
            "role": "team captain",
        }
        description = "A quotation, with who said it"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"
        description = (
            "A picture with an optional caption; its alt text comes from the image library"
        )


class EmbedValue(blocks.StructValue):
    PROVIDERS = {
        "x.com": "X",
        "twitter.com": "X",
        "youtube.com": "YouTube",
        "youtu.be": "YouTube",
        "t.me": "Telegram",
        "telegram.me": "Telegram",
        "instagram.com": "Instagram",
        "facebook.com": "Facebook",
        "tiktok.com": "TikTok",
    }

    def host(self) -> str:
        host = (urlsplit(self["url"]).hostname or "").lower()
        return host.removeprefix("www.").removeprefix("m.").removeprefix("mobile.")

    def provider(self) -> str:
        return self.PROVIDERS.get(self.host(), self.host())

    def action(self) -> str:
        return "Watch on YouTube" if self.provider() == "YouTube" else f"View on {self.provider()}"


class EmbedBlock(blocks.StructBlock):
    """A post from X, YouTube, Telegram and the like, shown as a link card.

    Nothing is loaded from the provider unless the reader follows the link,
    so the page stays light and readers are not tracked.
    """

    url = blocks.URLBlock(help_text="Link to the post or video")
    title = blocks.CharBlock(
        required=False, max_length=200, help_text="What the post says or shows"
    )

    class Meta:
        icon = "media"
        template = "components/blocks/embed.html"
        value_class = EmbedValue
        preview_value = {
            "url": "https://www.youtube.com/watch?v=example",
            "title": "Match highlights",
        }
        description = "A social post or video, shown as a link card"


class TableBlock(TypedTableBlock):
    """Any cell may be left empty: results tables have gaps, and an empty cell shows as one."""

    text = blocks.CharBlock(required=False)
    number = blocks.DecimalBlock(required=False)
    rich_text = blocks.RichTextBlock(features=["bold", "italic", "link"], required=False)

    class Meta:
        icon = "table"
        template = "components/blocks/table.html"
        description = "A table, such as results, standings or prices"


class CodeBlock(blocks.StructBlock):
    """Text shown exactly as typed, in a fixed-width font: code, ASCII art, preformatted text."""

    code = blocks.TextBlock(help_text="Spaces and line breaks are kept as they are")
    language = blocks.CharBlock(
        required=False, max_length=40, help_text="For code: its language, e.g. python"
    )

    class Meta:
        icon = "code"
        template = "components/blocks/code.html"
        preview_value = {
            "code": 'def goal(minute):\n    return f"GOAL! {minute}\'"',
            "language": "python",
        }
        description = "Code or other text kept exactly as typed"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=INLINE_FEATURES, template="components/blocks/paragraph.html"
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    table = TableBlock()
    embed = EmbedBlock()
    code = CodeBlock()
