"""The demo's music, chart and jingles, checked without a database."""

from collections import Counter
from datetime import date, timedelta
from io import BytesIO
from wave import open as open_wave

from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from newsstand.charts.tables import compile_week
from newsstand.demo import audio, images
from newsstand.demo.content import AUTHORS, MUSIC
from newsstand.music.audio import validate_audio
from newsstand.music.lyrics import LyricsRights, parse
from newsstand.music.streaming import BY_KEY, ServiceURLValidator

TRACKS = {track.key: track for track in MUSIC.tracks}
MUSICIANS = {musician.slug for musician in MUSIC.musicians}


def test_at_least_twelve_artists_and_thirty_songs_all_credited():
    assert len(MUSIC.musicians) >= 12 and len(MUSIC.tracks) >= 30
    assert len(MUSICIANS) == len(MUSIC.musicians) and len(TRACKS) == len(MUSIC.tracks)
    credited = {slug for t in MUSIC.tracks for slug in (*t.artists, *t.featuring)}
    assert credited == MUSICIANS, "every artist has a song, and every credit an artist"
    assert sum(bool(t.featuring) for t in MUSIC.tracks) >= 4
    assert all(t.motif in images.MOTIFS and t.genre and t.label for t in MUSIC.tracks)
    assert all(m.bio and len(m.bio.split()) >= 15 for m in MUSIC.musicians)


def test_ten_posts_with_lyrics_written_in_labelled_sections():
    assert len(MUSIC.posts) == 10
    assert len({post.track for post in MUSIC.posts}) == 10
    author_slugs = {person.slug for person in AUTHORS}
    for post in MUSIC.posts:
        track = TRACKS[post.track]
        sections = parse(track.lyrics)
        assert len(sections) >= 2 and all(section.label for section in sections), track.key
        assert {"Verse 1", "Chorus"} & {section.label for section in sections}
        assert post.standfirst and len(post.body) >= 2
        assert set(post.authors) <= author_slugs
    songs_per_line = Counter(
        line for t in MUSIC.tracks for line in {ln for s in parse(t.lyrics) for ln in s.lines}
    )
    assert max(songs_per_line.values()) == 1, "no line is shared between songs"
    rights = Counter(TRACKS[post.track].rights for post in MUSIC.posts)
    assert set(rights) == set(LyricsRights.values), "every rights level is shown off"


def test_streaming_links_point_at_their_services():
    for track in MUSIC.tracks:
        for service, url in track.streaming:
            assert service in BY_KEY
            ServiceURLValidator(service)(url)
    assert sum(t.audio for t in MUSIC.tracks) >= 3
    assert any(t.download for t in MUSIC.tracks) and not all(t.download for t in MUSIC.tracks)
    assert all(t.audio for t in MUSIC.tracks if t.download)


def test_the_chart_has_ten_songs_a_week_for_eight_weeks_or_more():
    chart = MUSIC.chart
    assert chart.size == 10 and len(chart.weeks) >= 8
    for ranking in chart.weeks:
        assert len(ranking) == len(set(ranking)) == chart.size
        assert set(ranking) <= set(TRACKS)
    posted = {post.track for post in MUSIC.posts}
    assert len(posted & {key for week in chart.weeks for key in week}) >= 8


def test_the_chart_has_movers_new_entries_re_entries_and_drop_outs():
    days = [date(2026, 1, 2) + timedelta(weeks=n) for n in range(len(MUSIC.chart.weeks))]
    rows = [
        (day, key, position)
        for day, ranking in zip(days, MUSIC.chart.weeks, strict=True)
        for position, key in enumerate(ranking, 1)
    ]
    kinds, dropped = Counter(), 0
    for n, (day, ranking) in enumerate(zip(days, MUSIC.chart.weeks, strict=True)):
        placings, dropouts = compile_week(
            week=day, ranking=ranking, previous=days[n - 1] if n else None, history=rows
        )
        kinds.update(placing.movement.kind for placing in placings)
        dropped += len(dropouts)
        if n:
            assert dropouts, f"week {n + 1} has a drop-out"
    assert kinds["re-entry"] >= 2 and kinds["new"] > 10
    assert kinds["up"] and kinds["down"] and kinds["same"]
    assert dropped >= 8


def test_songs_chart_only_after_their_release():
    weeks = len(MUSIC.chart.weeks)
    for n, ranking in enumerate(MUSIC.chart.weeks):
        chart_age = timedelta(weeks=weeks - 1 - n)
        assert all(TRACKS[key].released > chart_age for key in ranking)


def test_covers_are_square_and_jingles_are_valid_audio():
    track = MUSIC.tracks[0]
    cover = images.story_art(
        colours=track.colours, motif="equalizer", letter="L", seed="x", size=images.COVER_SIZE
    )
    assert Image.open(BytesIO(cover)).size == images.COVER_SIZE
    sound = audio.jingle(seed="sunrise")
    assert sound == audio.jingle(seed="sunrise") != audio.jingle(seed="calabar")
    with open_wave(BytesIO(sound)) as wav:
        assert (wav.getframerate(), wav.getnchannels()) == (audio.RATE, 1)
        assert wav.getnframes() == audio.RATE * 4
    validate_audio(SimpleUploadedFile("sunrise.wav", sound))
