"""schema.org nodes for songs and artists, shared by music posts, lyrics and charts."""

from newsstand.core.structured_data import Node, drop_empty


def music_group(artist, *, url: str | None, image_url: str | None = None) -> Node:
    """An artist: schema.org's MusicGroup also covers solo musicians."""
    same_as = [profile.url for profile in artist.social_profiles]
    if artist.website:
        same_as.append(artist.website)
    return drop_empty(
        {
            "@type": "MusicGroup",
            "name": artist.name,
            "url": url,
            "image": image_url,
            "description": artist.bio,
            "sameAs": same_as,
        }
    )


def music_recording(song, *, url, image_url, artists: list[Node], audio_url=None) -> Node:
    node = {
        "@type": "MusicRecording",
        "name": song.title,
        "url": url,
        "byArtist": artists,
        "genre": song.genre,
        "datePublished": song.release_date.isoformat() if song.release_date else None,
        "image": image_url,
        "sameAs": [link.url for link in song.streaming_links],
    }
    if audio_url:
        node["audio"] = {
            "@type": "AudioObject",
            "contentUrl": audio_url,
            "encodingFormat": song.audio_format.mime_type,
        }
    return drop_empty(node)


def music_composition(song, *, url, recording: Node, lyrics) -> Node:
    """The song as written; its lyrics' text only when the rights allow all of it."""
    node: Node = {
        "@type": "MusicComposition",
        "name": song.title,
        "url": url,
        "recordedAs": recording,
    }
    if lyrics.complete:
        text = "\n\n".join("\n".join(section.lines) for section in lyrics.sections)
        node["lyrics"] = {"@type": "CreativeWork", "text": text}
    return node


def artist_nodes(song, section, absolute) -> list[dict]:
    """The song's artists, linked to their pages when the site has a music section."""
    return [
        music_group(artist, url=absolute(section.artist_url(artist)) if section else None)
        for artist in song.artists
    ]
