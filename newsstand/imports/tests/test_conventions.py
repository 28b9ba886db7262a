import pytest

from newsstand.imports.conventions import CompleteEdition, Episode, Song, parse_title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("[STORY] The Landlord's Daughter (Episode 01)", Episode("The Landlord's Daughter", 1)),
        ("[Story]: Ada (Final Episode 13)", Episode("Ada", 13, final=True)),
        ("[STORY] Ada – Episode 4", Episode("Ada", 4)),
        ("[STORY] Ada (Complete Episodes)", CompleteEdition("Ada")),
        ("[Music] Davido – Fall", Song("Davido", "Fall")),
        ("[MUSIC] Rema - Calm Down ft. Selena Gomez", Song("Rema", "Calm Down", ("Selena Gomez",))),
        ("Wizkid ft. Tems & Buju – Essence", Song("Wizkid", "Essence", ("Tems", "Buju"))),
        ("Burna Boy – Last Last [Lyrics]", Song("Burna Boy", "Last Last", lyrics=True)),
        (
            "Asake – Lonely At The Top (feat. Olamide) [Lyrics]",
            Song("Asake", "Lonely At The Top", ("Olamide",), lyrics=True),
        ),
        ("Tinubu – We will fix the roads", None),
        ("Police arrest three (Episode of violence)", None),
        ("Lagos traffic eases", None),
    ],
)
def test_parse_title(title, expected):
    assert parse_title(title) == expected
