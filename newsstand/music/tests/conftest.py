import pytest

from newsstand.music.factories import (
    ArtistFactory,
    MusicSectionPageFactory,
    SongFactory,
    SongPageFactory,
)


@pytest.fixture
def music(home):
    return MusicSectionPageFactory(parent=home)


@pytest.fixture
def kola(db):
    return ArtistFactory(name="Kola Breeze", slug="kola-breeze", instagram="kolabreeze")


@pytest.fixture
def ada(db):
    return ArtistFactory(name="Ada Sparkle", slug="ada-sparkle")


@pytest.fixture
def song(kola, ada):
    return SongFactory(title="Lagos Sunrise", artists=[kola], featuring=[ada])


@pytest.fixture
def post(music, song):
    return SongPageFactory(parent=music, song=song, slug="lagos-sunrise")
