"""WordPress content (classic and block editor) and web page HTML as body blocks."""

import pytest

from newsstand.imports.body.autop import autop
from newsstand.imports.body.convert import FoundImage, NoImages, html_to_blocks
from newsstand.imports.body.shortcodes import expand_shortcodes
from newsstand.imports.body.wordpress import wordpress_body

from .conftest import DATA


class Library:
    """Attachment 7 and any URL with "found" in it are in the library."""

    def __init__(self):
        self.asked = []

    def find(self, *, attachment_id, url, alt):
        self.asked.append((attachment_id, url, alt))
        if attachment_id == 7 or "found" in url:
            return FoundImage(70, caption="From the library")
        return None


def kinds(result):
    return [block["type"] for block in result.blocks]


def test_autop_makes_paragraphs_and_line_breaks():
    assert autop("One\ntwo\n\nThree") == "<p>One<br />\ntwo</p>\n<p>Three</p>\n"
    assert autop("<h2>Head</h2>\nText") == "<h2>Head</h2>\n<p>Text</p>\n"
    assert "<pre>a\n  b</pre>" in autop("<pre>a\n  b</pre>")


def test_caption_shortcode_becomes_an_image_with_caption():
    library = Library()
    result = wordpress_body(
        '[caption id="attachment_7" width="300"]<img src="x.jpg" /> Market day[/caption]',
        images=library,
    )
    assert result.blocks[0]["value"] == {"image": 70, "caption": "Market day"}
    assert library.asked[0][0] == 7


def test_gallery_shortcode_with_ids_and_without():
    result = wordpress_body(
        '[gallery ids="7,7"]\n\n[gallery]', images=Library(), post_attachments=[7]
    )
    assert kinds(result) == ["image", "image", "image"]


def test_embed_and_url_shortcodes_and_bare_urls_become_embeds():
    content = (
        "[embed]https://www.youtube.com/watch?v=abc123[/embed]\n\n"
        "[youtube=http://www.youtube.com/watch?v=def456]\n\n"
        "[tweet https://twitter.com/ng/status/1]\n\n"
        "https://www.instagram.com/p/xyz/\n\n"
        "See https://example.com/ for more"
    )
    result = wordpress_body(content, images=Library())
    urls = [b["value"]["url"] for b in result.blocks if b["type"] == "embed"]
    assert urls == [
        "https://www.youtube.com/watch?v=abc123",
        "https://www.youtube.com/watch?v=def456",
        "https://twitter.com/ng/status/1",
        "https://www.instagram.com/p/xyz/",
    ]
    assert result.blocks[-1]["type"] == "paragraph"


def test_unknown_and_escaped_shortcodes_stay_as_text():
    expanded = expand_shortcodes("[adsense] [[caption]] [STORY] [1] [su_box]x[/su_box]")
    assert expanded.html == "[adsense] [caption] [STORY] [1] [su_box]x[/su_box]"
    assert expanded.unknown == {"adsense", "su_box"}
    result = wordpress_body("Read [adsense] on", images=Library())
    assert "[adsense]" in result.blocks[0]["value"]
    assert result.notes == ["unknown shortcode [adsense] kept as text"]


def test_shortcode_matching_is_linear_on_hostile_input():
    expand_shortcodes("[a " * 20000 + "[/b]" * 20000)  # would take minutes if it backtracked


GUTENBERG = (DATA / "gutenberg-blocks.html").read_text()


def test_gutenberg_blocks():
    library = Library()
    result = wordpress_body(GUTENBERG, images=library)
    assert kinds(result) == [
        "paragraph",
        "heading",
        "image",
        "quote",
        "embed",
        "embed",
        "paragraph",
    ]
    assert result.blocks[1]["value"] == {"text": "Small heading", "level": "h3"}
    assert result.blocks[2]["value"]["caption"] == "Cap"
    assert library.asked[0] == (7, "a.jpg", "Alt")
    assert result.blocks[3]["value"] == {"quote": "Big words", "speaker": "Ada", "role": ""}
    assert result.notes == ["reusable block 55 left out"]


def test_classic_editor_html():
    html = (DATA / "classic-editor.html").read_text()
    result = html_to_blocks(html, images=Library())
    assert kinds(result) == [
        "paragraph",
        "heading",
        "heading",
        "heading",
        "quote",
        "paragraph",
        "image",
        "paragraph",
        "embed",
        "embed",
        "code",
    ]
    assert result.blocks[-1]["value"] == {"code": "line 1\nline 2", "language": ""}
    first = result.blocks[0]["value"]
    assert 'href="https://x.example/"' in first and 'rel="noopener noreferrer"' in first
    assert "style" not in first and "target" not in first
    assert [b["value"]["level"] for b in result.blocks[1:4]] == ["h2", "h2", "h3"]
    assert result.blocks[4]["value"]["speaker"] == "Chief Obi"
    assert result.blocks[5]["value"] == "<ol><li>One</li><li>Two</li></ol>"
    assert result.blocks[8]["value"]["url"] == "https://www.facebook.com/naija/posts/1"
    assert result.blocks[9]["value"] == {
        "url": "https://www.youtube.com/watch?v=Vid123abc",
        "title": "Clip",
    }


def test_pasted_tweet_embed_becomes_a_link_card():
    html = (
        '<blockquote class="twitter-tweet"><p lang="en">Big news</p>&mdash; NG (@ng) '
        '<a href="https://twitter.com/ng/status/42?ref_src=twsrc">May 1</a></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js"></script>'
    )
    result = html_to_blocks(html, images=NoImages())
    assert result.blocks == [
        {
            "type": "embed",
            "value": {"url": "https://twitter.com/ng/status/42?ref_src=twsrc", "title": "Big news"},
            "id": result.blocks[0]["id"],
        }
    ]


def test_lazy_loaded_image_uses_its_real_source():
    library = Library()
    html_to_blocks(
        '<img src="data:image/gif;base64,R0l" data-lazy-src="/found.jpg">', images=library
    )
    assert library.asked == [(None, "/found.jpg", "")]


def test_missing_images_are_noted_not_fatal():
    result = html_to_blocks('<p>Hi</p><img src="https://cdn.example/gone.jpg">', images=Library())
    assert kinds(result) == ["paragraph"]
    assert result.summary() == ["image not imported: https://cdn.example/gone.jpg"]


def test_table_without_header_and_ragged_rows():
    html = "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"
    value = html_to_blocks(html, images=NoImages()).blocks[0]["value"]
    assert [column["heading"] for column in value["columns"]] == ["", ""]
    assert value["rows"] == [{"values": ["a", "b"]}, {"values": ["c", ""]}]


def test_long_heading_becomes_a_bold_paragraph():
    result = html_to_blocks(f"<h2>{'word ' * 40}</h2>", images=NoImages())
    assert result.blocks[0]["type"] == "paragraph"
    assert result.blocks[0]["value"].startswith("<p><b>word")


@pytest.mark.parametrize("markup", ["", "   ", "<!-- only a comment -->", "\x00\x01"])
def test_empty_content(markup):
    assert html_to_blocks(markup, images=NoImages()).blocks == []


def test_links_to_the_old_site_become_relative():
    result = html_to_blocks(
        '<p><a href="https://www.old.example/2020/01/01/x/?a=1#top">x</a></p>',
        images=NoImages(),
        site_hosts={"old.example", "www.old.example"},
    )
    assert 'href="/2020/01/01/x/?a=1#top"' in result.blocks[0]["value"]


def test_many_missing_images_make_one_note():
    html = "".join(f'<img src="https://cdn.example/{n}.jpg">' for n in range(3))
    result = html_to_blocks(html, images=Library())
    assert result.summary() == ["3 images not imported, e.g. https://cdn.example/0.jpg"]


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("https://site.example/wp-content/uploads/2023/05/a.jpg", "2023/05/a.jpg"),
        ("https://site.example/wp-content/uploads/sites/2/2023/05/a.jpg", "2023/05/a.jpg"),
        ("https://site.files.wordpress.com/2008/06/a.jpg?w=604", "2008/06/a.jpg"),
        ("/wp-content/uploads/2023/05/caf%C3%A9.jpg", "2023/05/café.jpg"),
        ("https://cdn.example/photo.jpg", ""),
    ],
)
def test_upload_paths(url, path):
    from newsstand.imports.export import upload_path

    assert upload_path(url) == path


def test_code_and_preformatted_text_keep_every_space_and_the_language():
    art = "  /\\_/\\\n ( o.o )\n  > ^ <"
    result = wordpress_body(
        '<!-- wp:code --><pre class="wp-block-code"><code class="language-python">'
        "def f():\n    return 1  # &lt;ok&gt;</code></pre><!-- /wp:code -->"
        f'<!-- wp:preformatted --><pre class="wp-block-preformatted">{art.replace(chr(10), "<br>")}'
        "</pre><!-- /wp:preformatted -->",
        images=Library(),
    )
    assert result.blocks[0]["value"] == {
        "code": "def f():\n    return 1  # <ok>",
        "language": "python",
    }
    assert result.blocks[1]["value"] == {"code": art, "language": ""}


def test_verse_keeps_its_lines_and_emphasis():
    result = wordpress_body(
        '<pre class="wp-block-verse">Rain on <em>zinc</em>\nthe night bus hums<br>home</pre>',
        images=Library(),
    )
    assert result.blocks[0]["value"] == "<p>Rain on <em>zinc</em><br>the night bus hums<br>home</p>"


def test_numbered_lists_keep_their_start_and_direction():
    result = wordpress_body(
        '<ol start="10" reversed><li>Ten</li><li>Nine</li></ol>', images=Library()
    )
    value = result.blocks[0]["value"].replace("\n", "")
    assert value == '<ol start="10" reversed=""><li>Ten</li><li>Nine</li></ol>'


def test_captions_stay_when_the_picture_is_missing_and_galleries_keep_theirs():
    result = wordpress_body(
        '<figure class="wp-block-image"><img src="https://old.example/gone.jpg" alt="">'
        "<figcaption>Fans outside the stadium</figcaption></figure>"
        '<figure class="wp-block-gallery"><figure class="wp-block-image">'
        '<img src="https://old.example/found-1.jpg" alt=""><figcaption>One</figcaption></figure>'
        '<figure class="wp-block-image"><img src="https://old.example/found-2.jpg" alt="">'
        "</figure><figcaption>Matchday in pictures</figcaption></figure>",
        images=Library(),
    )
    assert kinds(result) == ["paragraph", "image", "image", "paragraph"]
    assert result.blocks[0]["value"] == "<p>Fans outside the stadium</p>"
    assert result.blocks[1]["value"]["caption"] == "One"
    assert result.blocks[3]["value"] == "<p>Matchday in pictures</p>"
    assert result.missing_images == ["https://old.example/gone.jpg"]


def test_audio_and_video_files_become_links_and_are_reported():
    result = wordpress_body(
        '<figure class="wp-block-audio"><audio controls src="https://old.example/up/song.mp3">'
        '</audio></figure><figure class="wp-block-video"><video controls '
        'src="https://old.example/up/clip.mp4"></video></figure>',
        images=Library(),
    )
    assert [b["value"] for b in result.blocks] == [
        '<p><a href="https://old.example/up/song.mp3" rel="noopener noreferrer">'
        "Listen: song.mp3</a></p>",
        '<p><a href="https://old.example/up/clip.mp4" rel="noopener noreferrer">'
        "Watch: clip.mp4</a></p>",
    ]
    assert len(result.notes) == 2 and "linked, not copied" in result.notes[0]


def test_a_bare_url_of_any_wordpress_embed_provider_becomes_a_card():
    result = wordpress_body(
        "Watch this:\n\nhttps://wordpress.tv/2024/01/02/a-talk/\n\nhttps://example.com/page",
        images=Library(),
    )
    assert kinds(result) == ["paragraph", "embed", "paragraph"]
    assert result.blocks[1]["value"]["url"] == "https://wordpress.tv/2024/01/02/a-talk/"


def test_social_link_blocks_are_reported_not_silently_dropped():
    result = wordpress_body(
        '<!-- wp:social-links --><ul class="wp-block-social-links"><!-- wp:social-link '
        '{"url":"https://x.com/site","service":"x"} /--></ul><!-- /wp:social-links -->',
        images=Library(),
    )
    assert result.blocks == []
    assert any("social links left out" in note for note in result.notes)


FOOTNOTED = (
    '<!-- wp:paragraph --><p>Fares rose<sup data-fn="a1" class="fn"><a href="#a1" id="a1-link">'
    "1</a></sup> and so did tolls"
    '<sup data-fn="b2" class="fn"><a href="#b2" id="b2-link">2</a></sup>.</p>'
    "<!-- /wp:paragraph --><!-- wp:footnotes /--><!-- wp:paragraph --><p>After.</p>"
    "<!-- /wp:paragraph -->"
)
NOTES = '[{"id":"b2","content":"Toll board figures."},{"id":"a1","content":"<em>Ledger</em>, May"}]'


def test_footnotes_are_numbered_listed_where_the_block_was_and_linked_both_ways():
    result = wordpress_body(FOOTNOTED, images=Library(), footnotes=NOTES)
    assert kinds(result) == ["paragraph", "heading", "paragraph", "paragraph"]
    rel = 'rel="noopener noreferrer"'
    assert result.blocks[0]["value"] == (
        f'<p>Fares rose<sup id="fn-1-ref"><a href="#fn-1" {rel}>1</a></sup> and so did tolls'
        f'<sup id="fn-2-ref"><a href="#fn-2" {rel}>2</a></sup>.</p>'
    )
    assert result.blocks[1]["value"]["text"] == "Notes"
    assert result.blocks[2]["value"] == (
        f'<ol><li id="fn-1"><em>Ledger</em>, May <a href="#fn-1-ref" {rel}>↩</a></li>'
        f'<li id="fn-2">Toll board figures. <a href="#fn-2-ref" {rel}>↩</a></li></ol>'
    )
    assert result.notes == []


def test_only_footnote_ids_survive_the_sanitizer():
    result = wordpress_body(
        '<ol><li id="csrfmiddlewaretoken">a</li><li id="fn-3">b</li></ol>'
        '<p><sup id="main">x</sup></p>',
        images=Library(),
    )
    assert [b["value"].replace("\n", "") for b in result.blocks] == [
        '<ol><li>a</li><li id="fn-3">b</li></ol>',
        "<p><sup>x</sup></p>",
    ]


def test_columns_groups_cover_media_text_and_file_keep_their_order_and_media():
    result = wordpress_body(
        '<!-- wp:group --><div class="wp-block-group"><!-- wp:columns -->'
        '<div class="wp-block-columns"><!-- wp:column --><div class="wp-block-column">'
        "<p>Left column.</p></div><!-- /wp:column --><!-- wp:column -->"
        '<div class="wp-block-column"><p>Right column.</p></div><!-- /wp:column --></div>'
        "<!-- /wp:columns --></div><!-- /wp:group -->"
        '<!-- wp:cover {"url":"https://old.example/found-cover.jpg","id":9} -->'
        '<div class="wp-block-cover"><img class="wp-block-cover__image-background wp-image-9" '
        'alt="" src="https://old.example/found-cover.jpg"/><div class="wp-block-cover__inner-'
        'container"><p>Over the cover.</p></div></div><!-- /wp:cover -->'
        '<!-- wp:media-text --><div class="wp-block-media-text"><figure class="wp-block-media-'
        'text__media"><img src="https://old.example/found-side.jpg" alt="Side"/></figure>'
        '<div class="wp-block-media-text__content"><p>Beside the picture.</p></div></div>'
        "<!-- /wp:media-text -->"
        '<!-- wp:file --><div class="wp-block-file"><a href="https://old.example/up/fixtures.pdf">'
        'Fixtures 2024</a><a href="https://old.example/up/fixtures.pdf" class="wp-block-file__'
        'button" download>Download</a></div><!-- /wp:file -->',
        images=Library(),
    )
    assert kinds(result) == [
        "paragraph",
        "paragraph",
        "image",
        "paragraph",
        "image",
        "paragraph",
        "paragraph",
    ]
    assert result.blocks[0]["value"] == "<p>Left column.</p>"
    assert result.blocks[1]["value"] == "<p>Right column.</p>"
    assert result.blocks[3]["value"] == "<p>Over the cover.</p>"
    assert result.blocks[5]["value"] == "<p>Beside the picture.</p>"
    assert 'href="https://old.example/up/fixtures.pdf"' in result.blocks[6]["value"]
    assert "Fixtures 2024" in result.blocks[6]["value"]


def test_an_older_cover_keeps_its_background_image():
    library = Library()
    result = wordpress_body(
        '<!-- wp:cover {"url":"https://old.example/found-bg.jpg","id":12} --><div class="wp-block-'
        'cover" style="background-image:url(https://old.example/found-bg.jpg)"><div class="wp-'
        'block-cover__inner-container"><p>Title over it</p></div></div><!-- /wp:cover -->',
        images=library,
    )
    assert kinds(result) == ["image", "paragraph"]
    assert library.asked == [(12, "https://old.example/found-bg.jpg", "")]
    library = Library()
    wordpress_body(
        '<div class="wp-block-cover" style="background-image: url(\'https://old.example/x.jpg\')">'
        "<p>Text</p></div>",
        images=library,
    )
    assert library.asked == [(None, "https://old.example/x.jpg", "")]
