"""Who the invented publication is, and the invented people who write for it."""

from .types import Person, Publication

PUBLICATION = Publication(
    name="Danfo Dispatch",
    initials="DD",
    tagline="News, sport and entertainment, from Lagos to everywhere",
    call_to_action="Catch the next story first: follow Danfo Dispatch",
    logo_colours=("#f7c600", "#111111", "#111111"),
    logo_alt=(
        "Danfo Dispatch logo: the letters DD on a yellow rounded square with two black "
        "stripes, like the side of a Lagos danfo bus"
    ),
    handles={
        "facebook": "danfodispatch",
        "x": "danfodispatch",
        "instagram": "danfodispatch",
        "tiktok": "danfodispatch",
        "youtube": "danfodispatch",
        "telegram": "danfodispatch",
    },
    whatsapp_channel_url="https://whatsapp.com/channel/0029DanfoDispatchDemo",
)

AUTHORS = (
    Person(
        name="Morenike Alade",
        slug="morenike-alade",
        role="Editor",
        bio=(
            "Morenike edits Danfo Dispatch and still reports on Lagos transport, housing and "
            "markets. She has covered the city for twelve years, the last four from a desk that "
            "overlooks a bus park."
        ),
        colours=("#264653", "#2a9d8f", "#e9c46a"),
        x="morenike_writes",
        instagram="morenike.alade",
    ),
    Person(
        name="Aminu Kolo",
        slug="aminu-kolo",
        role="Abuja correspondent",
        bio=(
            "Aminu reports from the capital and the north on schools, farming and how public "
            "decisions land in people's homes. Before journalism he taught secondary-school "
            "geography in Minna."
        ),
        colours=("#3d348b", "#7678ed", "#f7b801"),
        x="aminukolo_news",
    ),
    Person(
        name="Halima Sarki",
        slug="halima-sarki",
        role="Entertainment reporter",
        bio=(
            "Halima covers music, film and TV, and has interviewed more rising artists in "
            "cramped studios than she can count. She judges every album by whether it survives "
            "a danfo sound system."
        ),
        colours=("#5f0f40", "#9a031e", "#fb8b24"),
        instagram="halima.on.set",
        tiktok="halimasarki",
    ),
    Person(
        name="Efe Oghenekaro",
        slug="efe-oghenekaro",
        role="Lifestyle editor",
        bio=(
            "Efe writes about food, fashion, travel and the business of getting through the "
            "week. She tests every recipe she publishes, usually on her neighbours."
        ),
        colours=("#ff7f11", "#ff3f00", "#fff4e0"),
        instagram="efe.eats.lagos",
        facebook="efe.oghenekaro",
    ),
    Person(
        name="Ikenna Obidike",
        slug="ikenna-obidike",
        role="Sports editor",
        bio=(
            "Ikenna has covered everything from school athletics meets to title deciders. He "
            "believes the best sports stories happen away from the main stadium."
        ),
        colours=("#1d3557", "#457b9d", "#f1faee"),
        x="ikenna_sport",
    ),
    Person(
        name="Dayo Akinwale",
        slug="dayo-akinwale",
        role="Football analyst",
        bio=(
            "Dayo watches every Premier Division game twice: once as a fan, once with a "
            "notebook. He coached youth teams in Ibadan before turning to analysis."
        ),
        colours=("#14532d", "#15803d", "#facc15"),
        x="dayo_tactics",
        tiktok="dayotacticsboard",
    ),
    Person(
        name="Tamuno Briggs",
        slug="tamuno-briggs",
        role="Technology and business reporter",
        bio=(
            "Tamuno covers startups, phones, power and money from Port Harcourt and Lagos. He "
            "studied electrical engineering and still cannot walk past a broken gadget."
        ),
        colours=("#102542", "#1f7a8c", "#f87060"),
        x="tamunobriggs",
    ),
    Person(
        name="Funmilayo Ogunleye",
        slug="funmilayo-ogunleye",
        role="Health correspondent",
        bio=(
            "Funmilayo is a former nurse who now reports on public health, clinics and the "
            "everyday decisions that keep families well."
        ),
        colours=("#590d22", "#c9184a", "#ffccd5"),
        instagram="funmi.health.notes",
    ),
    Person(
        name="Chidera Anozie",
        slug="chidera-anozie",
        role="Fiction writer",
        bio=(
            "Chidera writes serial fiction for Danfo Dispatch. She grew up in a Yaba compound "
            "with eleven households, one well and no secrets, which explains most of her plots."
        ),
        colours=("#2b2d42", "#8d99ae", "#ef233c"),
        instagram="chidera.tells",
    ),
)
