"""The Music section: invented artists, their songs with lyrics written for the demo,
ten music posts and the Danfo Hot 10. Every name, lyric and link here is made up."""

from newsstand.music.lyrics import LyricsRights

from .types import Chart, Music, Musician, MusicPost, Quote, Track, days, hours

DEMO_LINKS = {
    "audiomack": "https://audiomack.com/danfo-dispatch-demo/song/{}",
    "boomplay": "https://www.boomplay.com/songs/danfo-dispatch-demo-{}",
    "youtube": "https://www.youtube.com/watch?v=danfo-demo-{}",
}


def links(slug: str, *services: str) -> tuple[tuple[str, str], ...]:
    """Made-up links on the real services' hosts, clearly marked as the demo's."""
    return tuple((service, DEMO_LINKS[service].format(slug)) for service in services)


MUSICIANS = (
    Musician(
        name="Kola Breeze",
        slug="kola-breeze",
        bio=(
            "Kola Breeze grew up in Surulere singing over his uncle's records. His easy "
            "Afrobeats hooks are built for long drives and longer nights."
        ),
        colours=("#0f4c5c", "#e36414", "#fb8b24"),
        instagram="kolabreeze",
        x="kolabreeze",
    ),
    Musician(
        name="Ada Sparkle",
        slug="ada-sparkle",
        bio=(
            "An Enugu-born R&B singer with a church-choir range, Ada Sparkle writes about love "
            "in small details: umbrellas, bus stops, text messages left on read."
        ),
        colours=("#5f0f40", "#9a031e", "#fb8b24"),
        instagram="adasparkle",
        tiktok="adasparkle",
    ),
    Musician(
        name="Tobi Ray",
        slug="tobi-ray",
        bio=(
            "Ibadan rapper Tobi Ray switches between Yoruba and English in the same bar. "
            "He started out rapping at bus parks and still tests new verses there."
        ),
        colours=("#283618", "#606c38", "#dda15e"),
        x="tobirayraps",
    ),
    Musician(
        name="Zee Amina",
        slug="zee-amina",
        bio=(
            "Zee Amina blends Hausa melodies with soft Afro-pop production. She recorded her "
            "first songs on a phone in her family's compound in Kano."
        ),
        colours=("#3d405b", "#81b29a", "#f2cc8f"),
        instagram="zeeamina",
    ),
    Musician(
        name="Chidi Lantern",
        slug="chidi-lantern",
        bio=(
            "A highlife guitarist of the old school, Chidi Lantern plays weddings on Saturday, "
            "church on Sunday and his own songs whenever anyone will listen."
        ),
        colours=("#432818", "#99582a", "#ffe6a7"),
        youtube="chidilantern",
    ),
    Musician(
        name="Ayo Kewu",
        slug="ayo-kewu",
        bio=(
            "Fuji singer Ayo Kewu leads a twelve-piece band of talking drums and shekere. "
            "His Sunday sets in Mushin are the stuff of local legend."
        ),
        colours=("#1b4332", "#40916c", "#ffd60a"),
        instagram="ayokewu",
    ),
    Musician(
        name="Ifeoma Velvet",
        slug="ifeoma-velvet",
        bio=(
            "Gospel singer Ifeoma Velvet leads worship at a small church in Aba. Her warm, low "
            "voice has made her a favourite of early-morning radio."
        ),
        colours=("#22223b", "#4a4e69", "#f2e9e4"),
        youtube="ifeomavelvet",
    ),
    Musician(
        name="Lagos Tide",
        slug="lagos-tide",
        bio=(
            "Lagos Tide are two producers from Ajah who make amapiano for the beach: log drums, "
            "shakers and long, patient build-ups."
        ),
        colours=("#03045e", "#0077b6", "#90e0ef"),
        instagram="lagostide",
        tiktok="lagostide",
    ),
    Musician(
        name="DJ Okapi",
        slug="dj-okapi",
        bio=(
            "DJ Okapi mixes Afro-house with the sounds of the city: conductors' calls, "
            "generator hum and market chatter, all recorded on his own phone."
        ),
        colours=("#001219", "#005f73", "#ee9b00"),
        x="djokapi",
    ),
    Musician(
        name="Bisi Lumen",
        slug="bisi-lumen",
        bio=(
            "Alté singer Bisi Lumen makes hazy, gentle songs about rain, Lagos afternoons and "
            "taking your time. She also paints her own cover art."
        ),
        colours=("#ffb703", "#fb8500", "#023047"),
        instagram="bisilumen",
    ),
    Musician(
        name="Efe Harmattan",
        slug="efe-harmattan",
        bio=(
            "Warri rapper Efe Harmattan writes in Pidgin and delivers every line like a punchline. "
            "His guest verses have become a genre of their own."
        ),
        colours=("#370617", "#9d0208", "#faa307"),
        x="efeharmattan",
    ),
    Musician(
        name="Yaba Brass Collective",
        slug="yaba-brass-collective",
        bio=(
            "A nine-piece Afrobeat band of students and session players, the Yaba Brass "
            "Collective rehearses in a borrowed classroom and plays anywhere with a plug."
        ),
        colours=("#6a040f", "#d00000", "#ffba08"),
        youtube="yababrass",
    ),
    Musician(
        name="Kemi Kokoro",
        slug="kemi-kokoro",
        bio=(
            "Kemi Kokoro sings amapiano in Yoruba and English. Her hooks are short, sweet and "
            "impossible to forget by the second chorus."
        ),
        colours=("#7209b7", "#f72585", "#4cc9f0"),
        tiktok="kemikokoro",
    ),
)

LAGOS_SUNRISE = """[Verse 1]
Wake up early, yellow bus is calling
Hawkers singing, the city never stalling
Carry my dreams in a small black bag
Third Mainland shining like a brand-new flag

[Chorus]
Lagos sunrise, open up my eyes
Every morning, a brand-new surprise
Hold my hand through the go-slow
Lagos sunrise, never let me go

[Verse 2: Ada Sparkle]
Pepper in the pot and a song on the radio
Mama at the stall telling me, take it slow
Traffic is long but the love is longer
Every horn that blows makes the heartbeat stronger
"""

CALABAR_RAIN = """[Verse 1]
Clouds came in over Marina Road
You said you'd wait, but you never showed
I kept the umbrella you left behind
Blue like the promise you put on my mind

[Chorus]
Calabar rain, wash it away
Everything you didn't say
Calabar rain, falling so slow
Teach my heart how to let go

[Bridge]
Drip, drip on the zinc roof
I don't need another proof
"""

BOLEKAJA = """[Verse 1]
Started at the back of a wooden lorry
Every bump on the road was a part of the story
Ibadan hills, I was rapping to the dust
Now the whole street knows me, trust

[Chorus]
Bolekaja, come down, come down
We dey move, we dey shake the town
Bolekaja, no space, no seat
Everybody dance to the Bolekaja beat

[Verse 2: Efe Harmattan]
Warri boy with a pen and a plan
Talk am once, make you understand
No be luck, na the work wey I do
From the creek to the city, I dey come through
"""

HARMATTAN_HEART = """[Verse 1]
Dust on the window, dry wind at the door
Cracked lips smiling like they never did before
You wrapped your shawl around my cold hands
Said this season passes, it's the way of the land

[Chorus]
Harmattan heart, you keep me warm
Quiet like the morning after the storm
Harmattan heart, hazy and slow
Stay with me wherever the winds blow

[Verse 2]
Sannu, sannu, the old women say
Gently, gently, the night turns to day
"""

HIGHLIFE_TELEPHONE = """[Verse 1]
Guitar on my shoulder, a coin in my hand
Calling from the kiosk by the old bandstand
The line is crackling, but I hear you smile
Hold on, my darling, just a little while

[Chorus]
Highlife telephone, ring, ring, ring
Tell me the song you want me to sing
Highlife telephone, far from home
Your voice is the road that leads me home

[Outro]
Ring, ring, ring, ring
Sing it with me, sing
"""

FUJI_SUNDAY = """[Verse 1]
Sunday morning, the talking drum is awake
Agbada flowing for the celebration's sake
Shekere shaking, the whole street knows
Wherever Fuji goes, the party goes

[Chorus]
Fuji Sunday, everybody rise
Dance for the ones who made us wise
Fuji Sunday, from Mushin to the sea
Sing it loud for you and me
"""

MERCY_AT_DAWN = """[Verse 1]
Before the cock crows, before the sun
I lift my voice to the Holy One
The night was long and the road was steep
But You kept watch while I was asleep

[Chorus]
Mercy at dawn, new every day
Light on my path, showing the way
Mercy at dawn, I lift my song
Your grace has carried me all along

[Bridge]
Ebenezer, thus far You've brought me
Ebenezer, thus far You've taught me
"""

LOG_DRUM_LEKKI = """[Intro]
Lagos Tide, let it ride

[Verse 1]
Lekki lights on the water tonight
Log drum knocking, everything's right
Shoes off, we dance on the sand
Shaker in the air and a drink in my hand

[Chorus]
Log drum, log drum, Lekki to the moon
Log drum, log drum, play it one more tune
Slow it down, bring it back
Lagos Tide on the amapiano track
"""

DANFO_DANCE = """[Chorus]
Conductor shouting, Oshodi, Oshodi
Everybody moving like a danfo body
Left, right, stop, go
Danfo dance, we no dey slow

[Verse 1: Kemi Kokoro]
Squeeze in the middle, there's space for one more
Fan blowing hot through the open door
Small change ready and a smile for the ride
Bass in the speaker, we dance inside
"""

YELLOW_UMBRELLA = """[Verse 1]
Yellow umbrella in a grey afternoon
Humming a song that I learned in June
Puddles like mirrors on Allen Avenue
Everyone rushing, but I'm walking with you

[Chorus]
Under my yellow umbrella
Soft like a story to tell ya
Rain can't touch what the heart holds
Under my yellow umbrella, gold

[Verse 2]
Okada splashing, the sky turning blue
Nothing to do but the nothing we do
"""

TRACKS = (
    # The ten songs with music posts, each with lyrics written for the demo.
    Track(
        key="sunrise",
        title="Lagos Sunrise",
        artists=("kola-breeze",),
        featuring=("ada-sparkle",),
        genre="Afrobeats",
        label="Lagoon Records",
        released=days(58),
        colours=("#f77f00", "#fcbf49", "#d62828"),
        motif="waves",
        lyrics=LAGOS_SUNRISE,
        rights=LyricsRights.LICENSED,
        streaming=links("lagos-sunrise", "audiomack", "boomplay", "youtube"),
        audio=True,
        download=True,
    ),
    Track(
        key="calabar",
        title="Calabar Rain",
        artists=("ada-sparkle",),
        genre="R&B",
        label="Sparkle House",
        released=days(62),
        colours=("#03045e", "#00b4d8", "#caf0f8"),
        motif="rings",
        lyrics=CALABAR_RAIN,
        rights=LyricsRights.PERMISSION,
        streaming=links("calabar-rain", "audiomack", "boomplay"),
        audio=True,
    ),
    Track(
        key="bolekaja",
        title="Bolekaja",
        artists=("tobi-ray",),
        featuring=("efe-harmattan",),
        genre="Hip-hop",
        label="Bus Park Music",
        released=days(60),
        colours=("#283618", "#bc6c25", "#fefae0"),
        motif="equalizer",
        lyrics=BOLEKAJA,
        rights=LyricsRights.LICENSED,
        streaming=links("bolekaja", "audiomack", "youtube"),
    ),
    Track(
        key="harmattan",
        title="Harmattan Heart",
        artists=("zee-amina",),
        genre="Afro-pop",
        label="Sahel Sound",
        released=days(45),
        colours=("#bc6c25", "#dda15e", "#fefae0"),
        motif="waves",
        lyrics=HARMATTAN_HEART,
        rights=LyricsRights.EXCERPT,
        streaming=links("harmattan-heart", "boomplay"),
    ),
    Track(
        key="highlife",
        title="Highlife Telephone",
        artists=("chidi-lantern",),
        genre="Highlife",
        label="Lantern Sounds",
        released=days(12),
        colours=("#432818", "#bb9457", "#ffe6a7"),
        motif="rings",
        lyrics=HIGHLIFE_TELEPHONE,
        rights=LyricsRights.LICENSED,
        streaming=links("highlife-telephone", "audiomack"),
        audio=True,
    ),
    Track(
        key="fuji",
        title="Fuji Sunday",
        artists=("ayo-kewu",),
        genre="Fuji",
        label="Mushin Gold",
        released=hours(2),
        colours=("#1b4332", "#52b788", "#ffd60a"),
        motif="pattern",
        lyrics=FUJI_SUNDAY,
        rights=LyricsRights.NONE,
        streaming=links("fuji-sunday", "youtube"),
    ),
    Track(
        key="mercy",
        title="Mercy at Dawn",
        artists=("ifeoma-velvet",),
        genre="Gospel",
        label="Velvet Praise",
        released=days(30),
        colours=("#22223b", "#9a8c98", "#f2e9e4"),
        motif="waves",
        lyrics=MERCY_AT_DAWN,
        rights=LyricsRights.PERMISSION,
        streaming=links("mercy-at-dawn", "boomplay", "youtube"),
        audio=True,
        download=True,
    ),
    Track(
        key="lekki",
        title="Log Drum Lekki",
        artists=("lagos-tide",),
        genre="Amapiano",
        label="Tideline",
        released=days(40),
        colours=("#03045e", "#0096c7", "#ade8f4"),
        motif="equalizer",
        lyrics=LOG_DRUM_LEKKI,
        rights=LyricsRights.LICENSED,
        streaming=links("log-drum-lekki", "audiomack", "boomplay"),
    ),
    Track(
        key="danfo",
        title="Danfo Dance",
        artists=("dj-okapi",),
        featuring=("kemi-kokoro",),
        genre="Afro-house",
        label="Okapi Cuts",
        released=days(52),
        colours=("#f7c600", "#111111", "#f7c600"),
        motif="pattern",
        lyrics=DANFO_DANCE,
        rights=LyricsRights.LICENSED,
        streaming=links("danfo-dance", "audiomack", "youtube"),
        audio=True,
    ),
    Track(
        key="umbrella",
        title="Yellow Umbrella",
        artists=("bisi-lumen",),
        genre="Alté",
        label="Lumen Tapes",
        released=days(35),
        colours=("#ffb703", "#ffd166", "#023047"),
        motif="rings",
        lyrics=YELLOW_UMBRELLA,
        rights=LyricsRights.LICENSED,
        streaming=links("yellow-umbrella", "boomplay"),
    ),
    # Songs without posts yet: the chart and the artist pages still know them.
    Track(
        key="mainland",
        title="Third Mainland",
        artists=("kola-breeze",),
        genre="Afrobeats",
        label="Lagoon Records",
        released=days(90),
        colours=("#0f4c5c", "#5f0f40", "#fb8b24"),
        motif="waves",
    ),
    Track(
        key="owambe",
        title="Owambe Season",
        artists=("kola-breeze",),
        genre="Afrobeats",
        label="Lagoon Records",
        released=days(150),
        colours=("#9d4edd", "#e0aaff", "#ffd60a"),
        motif="pattern",
    ),
    Track(
        key="palmwine",
        title="Palm Wine Promise",
        artists=("ada-sparkle",),
        genre="R&B",
        label="Sparkle House",
        released=days(95),
        colours=("#606c38", "#fefae0", "#bc6c25"),
        motif="rings",
    ),
    Track(
        key="slowwhine",
        title="Slow Whine",
        artists=("ada-sparkle",),
        featuring=("kola-breeze",),
        genre="R&B",
        label="Sparkle House",
        released=days(200),
        colours=("#590d22", "#ff4d6d", "#ffccd5"),
        motif="waves",
    ),
    Track(
        key="ibadan",
        title="Ibadan to the World",
        artists=("tobi-ray",),
        genre="Hip-hop",
        label="Bus Park Music",
        released=days(85),
        colours=("#283618", "#606c38", "#dda15e"),
        motif="equalizer",
    ),
    Track(
        key="nolight",
        title="No Light Blues",
        artists=("tobi-ray",),
        genre="Hip-hop",
        label="Bus Park Music",
        released=days(240),
        colours=("#14213d", "#fca311", "#e5e5e5"),
        motif="pulse",
    ),
    Track(
        key="kano",
        title="Kano Nights",
        artists=("zee-amina",),
        genre="Afro-pop",
        label="Sahel Sound",
        released=days(88),
        colours=("#3d405b", "#e07a5f", "#f2cc8f"),
        motif="waves",
    ),
    Track(
        key="sannu",
        title="Sannu",
        artists=("zee-amina",),
        genre="Afro-pop",
        label="Sahel Sound",
        released=days(180),
        colours=("#264653", "#2a9d8f", "#e9c46a"),
        motif="rings",
    ),
    Track(
        key="onitsha",
        title="Onitsha Market Song",
        artists=("chidi-lantern",),
        genre="Highlife",
        label="Lantern Sounds",
        released=days(160),
        colours=("#7f5539", "#b08968", "#ede0d4"),
        motif="pattern",
    ),
    Track(
        key="drumtalk",
        title="Drum Talk",
        artists=("ayo-kewu",),
        genre="Fuji",
        label="Mushin Gold",
        released=days(130),
        colours=("#1b4332", "#2d6a4f", "#ffd60a"),
        motif="equalizer",
    ),
    Track(
        key="standing",
        title="Still Standing (Ebenezer)",
        artists=("ifeoma-velvet",),
        genre="Gospel",
        label="Velvet Praise",
        released=days(110),
        colours=("#22223b", "#4a4e69", "#c9ada7"),
        motif="rings",
    ),
    Track(
        key="traffic",
        title="Traffic Prayer",
        artists=("ifeoma-velvet",),
        featuring=("chidi-lantern",),
        genre="Gospel",
        label="Velvet Praise",
        released=days(70),
        colours=("#3c096c", "#7b2cbf", "#e0aaff"),
        motif="waves",
    ),
    Track(
        key="shakara",
        title="Shakara Steps",
        artists=("lagos-tide",),
        featuring=("kemi-kokoro",),
        genre="Amapiano",
        label="Tideline",
        released=days(92),
        colours=("#023e8a", "#48cae4", "#ffd60a"),
        motif="equalizer",
    ),
    Track(
        key="ajah",
        title="Ajah Sunset Dub",
        artists=("lagos-tide",),
        genre="Amapiano",
        label="Tideline",
        released=days(170),
        colours=("#ff7b00", "#ffb700", "#03045e"),
        motif="waves",
    ),
    Track(
        key="riddim",
        title="Okapi Riddim",
        artists=("dj-okapi",),
        genre="Afro-house",
        label="Okapi Cuts",
        released=days(140),
        colours=("#001219", "#0a9396", "#e9d8a6"),
        motif="pulse",
    ),
    Track(
        key="softlife",
        title="Soft Life Manual",
        artists=("bisi-lumen",),
        genre="Alté",
        label="Lumen Tapes",
        released=days(120),
        colours=("#fb8500", "#ffb703", "#219ebc"),
        motif="waves",
    ),
    Track(
        key="warri",
        title="Warri Mode",
        artists=("efe-harmattan",),
        genre="Hip-hop",
        label="Creekside",
        released=days(87),
        colours=("#370617", "#dc2f02", "#ffba08"),
        motif="equalizer",
    ),
    Track(
        key="pidgin",
        title="Pidgin Poetry",
        artists=("efe-harmattan",),
        featuring=("tobi-ray",),
        genre="Hip-hop",
        label="Creekside",
        released=days(210),
        colours=("#6a040f", "#e85d04", "#faa307"),
        motif="pulse",
    ),
    Track(
        key="brass",
        title="Brass on Broad Street",
        artists=("yaba-brass-collective",),
        genre="Afrobeat",
        label="Borrowed Classroom",
        released=days(86),
        colours=("#6a040f", "#d00000", "#ffba08"),
        motif="pattern",
    ),
    Track(
        key="sundayjam",
        title="Sunday Jam",
        artists=("yaba-brass-collective",),
        genre="Afrobeat",
        label="Borrowed Classroom",
        released=days(190),
        colours=("#9d0208", "#f48c06", "#ffe8d6"),
        motif="rings",
    ),
    Track(
        key="amala",
        title="Amala and Amapiano",
        artists=("kemi-kokoro",),
        genre="Amapiano",
        label="Kokoro Wave",
        released=days(89),
        colours=("#7209b7", "#b5179e", "#4cc9f0"),
        motif="equalizer",
    ),
    Track(
        key="kokorolove",
        title="Kokoro Love",
        artists=("kemi-kokoro",),
        genre="Amapiano",
        label="Kokoro Wave",
        released=days(100),
        colours=("#f72585", "#7209b7", "#4cc9f0"),
        motif="waves",
    ),
    Track(
        key="rooftop",
        title="Rooftop Suya",
        artists=("kola-breeze", "tobi-ray"),
        genre="Afrobeats",
        label="Lagoon Records",
        released=days(10),
        colours=("#9b2226", "#ca6702", "#e9d8a6"),
        motif="pulse",
    ),
)

POSTS = (
    MusicPost(
        track="sunrise",
        standfirst=(
            "Kola Breeze and Ada Sparkle trade verses about a city that wakes up singing, "
            "over a bright, horn-flecked groove."
        ),
        body=(
            "Kola Breeze wrote the first line of this song on a yellow bus at six in the "
            "morning, and it shows: the song moves at the speed of Lagos before the traffic.",
            "Ada Sparkle's verse slows everything down for a moment before the chorus sweeps "
            "back in. It is the most playful she has sounded on record.",
            Quote(
                quote=(
                    "I wanted a song you can play on the way to work and still feel on the "
                    "way home."
                ),
                speaker="Kola Breeze",
                role="singer",
            ),
        ),
        authors=("halima-sarki",),
    ),
    MusicPost(
        track="danfo",
        standfirst=(
            "DJ Okapi turns a conductor's call into a dance-floor command, and Kemi Kokoro "
            "makes it impossible to sit still."
        ),
        body=(
            "The hook of Danfo Dance is a real conductor's voice, recorded by DJ Okapi on a "
            "morning ride and looped until it became a drum.",
            "Kemi Kokoro's verse packs the whole bus into four lines: the squeeze, the hot "
            "fan, the small change and the bass.",
        ),
        authors=("halima-sarki",),
    ),
    MusicPost(
        track="highlife",
        standfirst=(
            "Chidi Lantern's new single is a love letter to old highlife, and to calling "
            "someone you miss from a kiosk with a crackling line."
        ),
        body=(
            "There is no drum machine on Highlife Telephone. Chidi Lantern recorded it live "
            "with a four-piece band in a single afternoon.",
            "The guitar lines twist around each other the way the old records did, and the "
            "outro invites the whole room to sing along.",
        ),
        authors=("halima-sarki",),
    ),
    MusicPost(
        track="mercy",
        standfirst=(
            "Ifeoma Velvet's morning hymn is made for the quiet before the day begins. Listen "
            "and read the words."
        ),
        body=(
            "Mercy at Dawn was written for the six o'clock service at Ifeoma Velvet's church "
            "in Aba, where she has led worship for seven years.",
            "The bridge borrows the old word Ebenezer, and the choir that answers her was "
            "recorded in the church itself.",
        ),
        authors=("efe-oghenekaro",),
    ),
    MusicPost(
        track="umbrella",
        standfirst=(
            "Bisi Lumen's gentlest song yet is about a yellow umbrella, a rainy afternoon and "
            "not being in a hurry."
        ),
        body=(
            "Yellow Umbrella drifts along on a lazy bass line and a few notes of piano. Bisi "
            "Lumen sings it almost in a whisper.",
            "She painted the cover herself: a single yellow shape against a grey sky.",
        ),
        authors=("halima-sarki",),
    ),
    MusicPost(
        track="fuji",
        standfirst=(
            "Ayo Kewu's twelve-piece band brings the Sunday party to a recording at last. We "
            "couldn't publish the lyrics, but you can listen everywhere."
        ),
        body=(
            "Fuji Sunday captures what Ayo Kewu's fans already know: the talking drums "
            "answering his voice, the shekere keeping time, the crowd joining the chorus.",
            "The band recorded it in one take, and it runs for over seven minutes.",
        ),
        authors=("halima-sarki",),
    ),
    MusicPost(
        track="harmattan",
        standfirst=(
            "Zee Amina's Harmattan Heart is a soft, dusty love song for the dry season. "
            "Read the opening verse and listen to the rest."
        ),
        body=(
            "Harmattan Heart mixes a Hausa greeting into an Afro-pop chorus, and it works "
            "beautifully. The production leaves plenty of room for her voice.",
            "Zee Amina says the song was written in December, with the windows shut against "
            "the dust.",
        ),
        authors=("efe-oghenekaro",),
    ),
    MusicPost(
        track="lekki",
        standfirst=(
            "Lagos Tide's Log Drum Lekki is six minutes of patient amapiano, built for the "
            "beach and the last bus home."
        ),
        body=(
            "The duo recorded the shakers on the beach at Lekki, and you can hear the waves "
            "if you listen closely in the intro.",
            "The log drum arrives at the one-minute mark and does not leave.",
        ),
        authors=("halima-sarki",),
    ),
    MusicPost(
        track="bolekaja",
        standfirst=(
            "Tobi Ray rides a wooden lorry from the Ibadan hills to the top of the chart, with "
            "Efe Harmattan riding shotgun."
        ),
        body=(
            "Bolekaja takes its name from the old wooden lorries, and its beat rattles like "
            "one on a bad road.",
            "Efe Harmattan's Pidgin verse is the talking point: eight lines, and every one lands.",
        ),
        authors=("halima-sarki",),
    ),
    MusicPost(
        track="calabar",
        standfirst=(
            "Ada Sparkle's Calabar Rain is a heartbreak song that sounds like the rain on a "
            "zinc roof. Published with her permission."
        ),
        body=(
            "Calabar Rain began as a voice note Ada Sparkle sent to her producer during a "
            "storm. The patter on the roof stayed in the final mix.",
            "It is the slowest song she has released, and her most direct.",
        ),
        authors=("efe-oghenekaro",),
    ),
)

# The Danfo Hot 10, oldest week first: songs rise, fall, drop out and come back.
WEEKS = (
    ("mainland", "palmwine", "sunrise", "ibadan", "kano", "warri", "bolekaja", "amala",
     "shakara", "calabar"),
    ("sunrise", "mainland", "palmwine", "bolekaja", "ibadan", "amala", "calabar", "kano",
     "danfo", "shakara"),
    ("sunrise", "bolekaja", "mainland", "danfo", "palmwine", "calabar", "amala", "ibadan",
     "harmattan", "kano"),
    ("bolekaja", "sunrise", "danfo", "harmattan", "mainland", "calabar", "palmwine", "amala",
     "ibadan", "warri"),
    ("danfo", "bolekaja", "sunrise", "harmattan", "calabar", "mainland", "lekki", "palmwine",
     "amala", "ibadan"),
    ("danfo", "harmattan", "bolekaja", "lekki", "sunrise", "calabar", "mainland", "kano",
     "umbrella", "palmwine"),
    ("harmattan", "danfo", "lekki", "bolekaja", "umbrella", "sunrise", "calabar", "palmwine",
     "mainland", "mercy"),
    ("harmattan", "lekki", "danfo", "umbrella", "bolekaja", "mercy", "sunrise", "calabar",
     "shakara", "palmwine"),
    ("lekki", "harmattan", "umbrella", "danfo", "mercy", "bolekaja", "sunrise", "rooftop",
     "calabar", "highlife"),
)  # fmt: skip

MUSIC = Music(
    title="Music",
    slug="music",
    intro="New songs, the lyrics behind them and the Danfo Hot 10, every week.",
    musicians=MUSICIANS,
    tracks=TRACKS,
    posts=POSTS,
    chart=Chart(
        title="Danfo Hot 10",
        slug="danfo-hot-10",
        size=10,
        methodology=(
            "The Danfo Hot 10 ranks the songs our readers and listeners played most in the "
            "week to Thursday night, from streams on the main services, requests to our "
            "partner radio stations and votes on our WhatsApp channel.\n\n"
            "The music desk checks the numbers and publishes the chart every Friday morning. "
            "Last week's place, peaks and weeks on the chart are worked out from the published "
            "charts, never typed in."
        ),
        weeks=WEEKS,
    ),
)
