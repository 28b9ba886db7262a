"""The Entertainment section: invented artists, films and shows."""

from newsstand.articles.models import SourceRelationship

from .types import Art, Embed, Figure, Heading, Quote, Section, Source, Story, days, hours

ENTERTAINMENT = Section(
    title="Entertainment",
    slug="entertainment",
    intro="Music, Nollywood, comedy and TV: new releases, reviews and the people making noise.",
    motif="rings",
    arts=(
        Art(
            key="entertainment-violet",
            title="Record rings on violet",
            alt=(
                "Abstract illustration: white concentric rings like a vinyl record around a "
                "yellow centre, with yellow confetti on a purple-to-pink background"
            ),
            colours=("#5b2a86", "#f15bb5", "#fee440"),
        ),
        Art(
            key="entertainment-teal",
            title="Record rings on teal",
            alt=(
                "Abstract illustration: white concentric rings around a gold centre, with gold "
                "confetti on a deep teal-to-blue background"
            ),
            colours=("#073b4c", "#118ab2", "#ffd166"),
        ),
        Art(
            key="entertainment-ember",
            title="Record rings on ember",
            alt=(
                "Abstract illustration: white concentric rings around a pale yellow centre, with "
                "pale yellow confetti on a maroon-to-orange background"
            ),
            colours=("#7f1d1d", "#f97316", "#fde68a"),
        ),
    ),
    stories=(
        Story(
            title="Amarachi Blu's surprise rooftop show turns a Yaba street into a party",
            standfirst=(
                "The singer announced the free set two hours before it began. By the second "
                "song, the street below the rooftop was full."
            ),
            art="entertainment-violet",
            caption="The 40-minute set included three songs fans had never heard.",
            tags=("Music", "Lagos"),
            authors=("halima-sarki",),
            age=hours(20),
            body=(
                "Amarachi Blu does not do things quietly. Two hours before sunset, the singer "
                'posted a short video from a rooftop in Yaba with a single line: "Come and sing '
                'with me." By the time her band had finished the sound check, the street below '
                "was full of fans holding up their phones.",
                "The 40-minute set mixed songs from her first album with three new tracks, "
                "including a slow, horn-led number she told the crowd she had finished writing "
                "the week before.",
                Quote(
                    "I wanted to sing the new songs to real people before they go anywhere near "
                    "the internet. You cannot fake a rooftop. If the song is not ready, the "
                    "street will tell you.",
                    "Amarachi Blu",
                    "singer",
                ),
                "Volunteers in high-visibility vests kept one lane of the road open for "
                "emergency vehicles, and the show ended on time, with the singer thanking the "
                'neighbours for "borrowing their evening".',
                Embed(
                    "https://www.youtube.com/watch?v=aB7rT2yL9kQ",
                    "Amarachi Blu sings a new song on a Yaba rooftop",
                ),
                Quote(
                    "I came out to buy bread and ended up dancing for forty minutes. My bread is "
                    "still in my bag.",
                    "Uche Anyanwu",
                    "who lives on the street",
                ),
                "Her team says a full-length album is planned for later in the year, with a tour "
                "of university towns to follow.",
            ),
        ),
        Story(
            title="'Last Molue to Oshodi': how a Nollywood thriller was shot in 19 days",
            standfirst=(
                "Director Folake Danmole on filming inside a moving bus, casting unknowns and "
                "why she cut the film's most expensive scene."
            ),
            art="entertainment-ember",
            caption="The film takes place almost entirely inside one bus on one night.",
            tags=("Nollywood", "Lagos"),
            authors=("halima-sarki",),
            age=days(5),
            body=(
                "Folake Danmole's new thriller takes place almost entirely inside a battered "
                "yellow bus crossing Lagos at night. Shooting it took nineteen days, two rented "
                "buses and a great deal of patience from the cast, who spent most of the "
                "schedule on the same wooden benches.",
                Heading("Why a bus?"),
                Quote(
                    "Everyone in Lagos has had a journey where something strange happens and you "
                    "cannot get off. I wanted the audience to feel that: stuck with strangers, "
                    "and the driver will not stop.",
                    "Folake Danmole",
                    "director",
                ),
                "The crew built a rig that let the camera slide along the length of the bus, so "
                "scenes could be filmed in long takes while a second bus followed with lights "
                "and equipment.",
                Heading("Casting new faces"),
                "Apart from two experienced leads, most of the cast are first-time screen actors "
                "found through open auditions in Ikeja and Surulere. Danmole wanted faces "
                "audiences had not seen before, so nobody could guess who survives.",
                Quote(
                    "If you cast a big star, the audience relaxes, because the star will not die "
                    "in the first hour. I did not want anyone to relax.",
                    "Folake Danmole",
                    "director",
                ),
                Heading("The scene that went"),
                "The budget once included a chase across a bridge at dawn, storyboarded and "
                "scouted but never shot. Danmole cut it a week before filming and spent the "
                'money on an extra rehearsal day with the actors instead. "Nobody will miss a '
                'chase," she says. "They would have missed that day."',
                "'Last Molue to Oshodi' opens in cinemas next month.",
            ),
        ),
        Story(
            title="Review: Baba Sheriff finds the laughs in fuel queues and family group chats",
            standfirst=(
                "The comedian's new hour-long show is his sharpest yet, even if a closing "
                "routine about landlords runs out of petrol."
            ),
            art="entertainment-teal",
            caption="Baba Sheriff played two packed nights in Ikeja.",
            tags=("Culture", "Lagos"),
            authors=("efe-oghenekaro",),
            age=days(12),
            body=(
                "Sheriff Bamidele, who performs as Baba Sheriff, built his following on short "
                "videos shot in his car. His new live show, which played two packed nights at a "
                "hall in Ikeja, proves he can hold a room for an hour without a dashboard to "
                "lean on.",
                "The best material comes early. A routine about a fuel queue that turns into a "
                "small republic, with its own elections, weddings and disputes over who was in "
                "front, builds for ten minutes and gets bigger laughs each time he returns to it.",
                "A section on family group chats, in which an uncle forwards the same warning "
                "about poisoned tomatoes every week, is well observed and never cruel. Bamidele "
                "plays every relative with affection, which makes the jokes land harder.",
                Quote(
                    "I do not make fun of people. I make fun of what we all do. If your aunty is "
                    "in the audience, she should laugh at the aunty on stage and not know it is "
                    "her.",
                    "Sheriff Bamidele",
                    "comedian, speaking after the show",
                ),
                "The last fifteen minutes, about a landlord who communicates only through notices "
                "taped to doors, have good ideas but run long. Trimmed, this would be an "
                "excellent show. As it is, it is a very good one.",
            ),
        ),
        Story(
            title="Street-pop newcomer Kaydee Fash signs his first record deal at 19",
            standfirst=(
                "The Mushin-raised rapper, whose home-recorded songs spread through bus speakers "
                "and phone shops, has signed with the independent label Gbedu House."
            ),
            art="entertainment-violet",
            caption="The deal covers two EPs and an album.",
            tags=("Music", "Young talent"),
            authors=("halima-sarki",),
            age=days(40),
            body=(
                'A year ago, Kayode "Kaydee" Fasanmi was recording songs on a borrowed laptop '
                "in his mother's kitchen, with a mattress propped against the window to keep out "
                "the traffic noise. This month he signed his first record deal, with the "
                "independent Lagos label Gbedu House.",
                "His songs first travelled the old-fashioned way: shared by Bluetooth in phone "
                "shops, played through bus speakers, passed from one memory card to the next. "
                "Only later did clips of him performing in a barbershop gather views online.",
                Quote(
                    "Bus drivers were my first radio. When a conductor shouted my chorus at a bus "
                    "stop, I knew people were listening.",
                    "Kaydee Fash",
                    "rapper",
                ),
                "The label says his first single will come out within a month, recorded in a "
                "proper studio but keeping the rough, fast-talking style of his early songs.",
                Quote(
                    "We are not trying to polish him into someone else. The energy on those "
                    "kitchen recordings is the point. Our job is to make sure he can do this for "
                    "the next twenty years.",
                    "Ronke Alabi",
                    "head of artists, Gbedu House",
                ),
            ),
        ),
        Story(
            title="Reality show 'Compound' ends with a twist that split its viewers",
            standfirst=(
                "Housemates voted out the season's most popular contestant an hour before the "
                "final, and the public vote went to a quiet tailor from Onitsha."
            ),
            art="entertainment-ember",
            caption="Fourteen housemates shared one kitchen and one bathroom for twelve weeks.",
            tags=("Culture",),
            authors=("halima-sarki",),
            age=days(80),
            body=(
                "For twelve weeks, the fourteen housemates of 'Compound' lived together in a "
                "recreated Lagos face-me-I-face-you building, sharing one kitchen, one bathroom "
                "and a landlord who set them a new task every morning.",
                "The finale took a turn nobody predicted. An hour before voting closed, the "
                "housemates were asked to remove one finalist themselves, and they chose Dapo, "
                "the loud, funny events planner who had led the public polls for most of the "
                "season.",
                "With him gone, viewers' votes went to Chiamaka, a tailor from Onitsha who had "
                "spent much of the series mending other contestants' clothes and staying out of "
                "arguments.",
                Quote(
                    "I did not come here to shout. I came to work, to learn and to show my mother "
                    "that a tailor can be on television. I still cannot believe it.",
                    "Chiamaka",
                    "winner of 'Compound'",
                ),
                "Online, Dapo's fans called the housemates' vote unfair, while others praised a "
                "result that rewarded patience over noise. The producers said the twist was "
                "planned from the start and agreed by the contestants before filming.",
                Quote(
                    "Every season needs one moment people argue about for weeks. We think this "
                    "was ours.",
                    "Segun Ayodele",
                    "executive producer",
                ),
            ),
        ),
        Story(
            title="Inside the Surulere studio training the next generation of beat-makers",
            standfirst=(
                "A former warehouse now hosts a free six-month course in music production. Two "
                "hundred people applied for the latest twenty places."
            ),
            art="entertainment-teal",
            caption="Students are chosen by a listening test, not by their equipment.",
            tags=("Music", "Lagos", "Young talent"),
            authors=("halima-sarki", "efe-oghenekaro"),
            age=days(130),
            body=(
                'The sign outside simply says "The Room". Inside a converted warehouse in '
                "Surulere, twenty students sit at secondhand laptops, headphones on, building "
                'drum patterns under the eye of the producer Tunde "Metro" Oyenuga.',
                "The free course runs for six months and covers everything from recording vocals "
                "to reading contracts. Applicants send in one song, made with whatever equipment "
                "they have, and are chosen on how it sounds.",
                Quote(
                    "Talent is everywhere in this city. What is missing is the door. We are trying "
                    "to be a door.",
                    "Tunde Oyenuga",
                    "producer and founder of The Room",
                ),
                Figure(
                    "entertainment-violet",
                    "The studio's live room doubles as a classroom on weekday mornings.",
                ),
                "Former students now work as session musicians, mixing engineers and producers. "
                "The course is paid for by renting the rooms to recording artists in the "
                "evenings.",
                Quote(
                    "I came in knowing how to make beats on my phone. I left knowing how to get "
                    "paid for them, which is the part nobody teaches you.",
                    "Esther Okon",
                    "graduate of the course, now a mixing engineer",
                ),
            ),
        ),
        Story(
            title="Review: 'Harmattan Letters' is a gentle, beautifully shot love story",
            standfirst=(
                "A romance told through letters between a Kaduna schoolteacher and a Lagos radio "
                "presenter is the year's most tender Nollywood film."
            ),
            art="entertainment-ember",
            caption="The two leads share only one scene.",
            tags=("Nollywood",),
            authors=("efe-oghenekaro",),
            age=days(210),
            body=(
                "Not much happens in 'Harmattan Letters', and that is its strength. Over one dry "
                "season, a schoolteacher in Kaduna and a late-night radio presenter in Lagos "
                "write to each other after she calls his show to correct a fact about a song.",
                "The director, Ebere Chukwu-Lane, lets the letters do the work, read aloud over "
                "long shots of dusty roads, crowded motor parks and a radio studio at 2 a.m. The "
                "harmattan haze gives the whole film a soft, golden look.",
                "The two leads are both excellent. Their performances are built on small things: "
                "a hesitation before a signature, a letter read twice.",
                Quote(
                    "We wanted the audience to wait for the letters the way the characters do. "
                    "When everything arrives instantly, waiting is romantic.",
                    "Ebere Chukwu-Lane",
                    "director",
                ),
                "At almost two hours, the film asks for patience, and a subplot about the radio "
                "station's finances adds little. But the final letter is worth the wait. Four "
                "stars out of five.",
            ),
        ),
        Story(
            title="Oja Arts Festival returns to Ibadan with dance, puppets and a night market",
            standfirst=(
                "After two years away, the festival filled a city park with three days of "
                "performances, food stalls and workshops for children."
            ),
            art="entertainment-violet",
            caption="Organisers counted about 15,000 visitors over three days.",
            tags=("Ibadan", "Culture"),
            authors=("halima-sarki",),
            age=days(330),
            body=(
                "The Oja Arts Festival came back to Ibadan this weekend after a two-year break, "
                "filling a city park with dancers, drummers, puppeteers and a night market that "
                "stayed open until midnight.",
                "The biggest crowds gathered for a giant puppet procession on the opening night, "
                "in which characters from Yoruba folktales, each more than three metres tall, "
                "were carried through the park.",
                Quote(
                    "The festival is called Oja because a market is where everyone meets: old "
                    "people, young people, people with money, people without. Art should be like "
                    "that.",
                    "Dr Yetunde Oladokun",
                    "festival director",
                ),
                "Children's workshops in mask-making and talking drum were fully booked on the "
                "first morning, and the organisers added extra sessions on the second day.",
                Quote(
                    "My daughter made a tortoise mask and has refused to take it off since "
                    "yesterday.",
                    "Bayo Ogundipe",
                    "parent",
                ),
                "The festival is free to enter and is paid for by stall fees and a group of "
                "local businesses. Organisers hope to make it an annual event again.",
            ),
        ),
        Story(
            title="Afro-jazz trio Ìrìn bring highlife classics back to life in Abuja",
            standfirst=(
                "Four sold-out nights of old highlife songs, rearranged for piano, bass and "
                "talking drum, show there is a young audience for the music their grandparents "
                "danced to."
            ),
            art="entertainment-teal",
            caption="The trio played four sold-out nights at a small Abuja club.",
            tags=("Music", "Abuja"),
            authors=("halima-sarki",),
            age=days(500),
            source=Source(
                outlet="Harmattan Review",
                url="https://harmattanreview.example/music/irin-highlife-abuja",
                author="Tosin Ekundayo",
                relationship=SourceRelationship.REPUBLISHED,
                days_earlier=3,
            ),
            body=(
                'The trio Ìrìn, whose name means "journey" in Yoruba, played four sold-out '
                "nights at a small Abuja club this month. Their set was made almost entirely of "
                "highlife songs written before any of the three musicians was born.",
                "Pianist Dami Akerele, bassist Ifiok Etim and drummer Lanre Bello have rearranged "
                "the songs so that the guitar lines are carried by the piano and the horn parts "
                "by a talking drum, played with astonishing speed and tenderness.",
                Quote(
                    "Our grandparents danced to these songs at every wedding. We play them "
                    "slower, with more space, so you can hear how beautiful the melodies always "
                    "were.",
                    "Dami Akerele",
                    "pianist",
                ),
                "The audience, mostly in their twenties and thirties, sang along to choruses "
                "many of them seemed to have learned from their parents' record collections.",
                Quote(
                    "I came because my father loves this music. Now I am going home to ask him "
                    "for his records.",
                    "Zainab Yakubu",
                    "audience member",
                ),
                "The trio plans to record a live album in Lagos later this year.",
            ),
        ),
    ),
)
