"""The News section: invented stories from Lagos, Abuja and the cities in between."""

from newsstand.articles.models import SourceRelationship

from .types import Art, Embed, Figure, Heading, Quote, Section, Source, Story, Table, days, hours

NEWS = Section(
    title="News",
    slug="news",
    intro=(
        "What is happening in Lagos, Abuja and the cities and towns in between: transport, "
        "markets, housing and the people behind the headlines."
    ),
    motif="skyline",
    arts=(
        Art(
            key="news-dawn",
            title="City skyline at dawn",
            alt=(
                "Abstract illustration: dark tower blocks with coral-lit windows under a coral "
                "sun, on a sky fading from deep blue to orange"
            ),
            colours=("#0b3d91", "#f4a259", "#f25c54"),
        ),
        Art(
            key="news-dusk",
            title="City skyline at dusk",
            alt=(
                "Abstract illustration: dark tower blocks with yellow windows under a yellow sun, "
                "on a violet-to-pink evening sky"
            ),
            colours=("#3a0ca3", "#f72585", "#ffd166"),
        ),
        Art(
            key="news-noon",
            title="City skyline at midday",
            alt=(
                "Abstract illustration: dark tower blocks with white windows under a white sun, "
                "on a sky fading from green to gold"
            ),
            colours=("#0b6e4f", "#f2c14e", "#ffffff"),
        ),
    ),
    stories=(
        Story(
            title="Night ferries start on the Ikorodu to Lagos Island route",
            standfirst=(
                "The first late-evening boats left the jetty this week, and commuters who used "
                "to spend three hours in traffic say they were home before 9 p.m."
            ),
            art="news-dusk",
            caption="Three extra boats now leave Lagos Island every evening, the last at 9.30 p.m.",
            tags=("Lagos", "Transport"),
            authors=("morenike-alade",),
            age=hours(3),
            updated=hours(2),
            lead=True,
            body=(
                "For years, the last reliable ferry from Lagos Island to Ikorodu pulled away "
                "before 7 p.m., leaving office workers who finished late with one choice: the "
                "road. This week that changed, as Lagoon Link Ferries began running three extra "
                "departures every evening, the last at 9.30 p.m.",
                "On the first night, the 8 p.m. boat left with 41 of its 48 seats taken. Many "
                "passengers were making the trip for the first time, clutching life jackets "
                "handed out by crew members who checked every strap before the engines started.",
                Quote(
                    "I have done the Ikorodu road every evening for six years. Tonight I will see "
                    "my children before they sleep. That is the whole story for me.",
                    "Bisola Adeniran",
                    "accountant who works on Lagos Island",
                ),
                Heading("Safety first, operator says"),
                "The operator says each night boat carries two crew members trained in water "
                "rescue, and that departures will be cancelled if wind or rain makes the lagoon "
                "rough. Passenger lists are taken at the jetty, a practice regular commuters say "
                "is now followed more strictly than in the past.",
                Quote(
                    "We will not run a night service that we would not put our own families on. "
                    "If the weather turns, we stay at the jetty, and we will tell people early on "
                    "our WhatsApp channel.",
                    "Captain Obafemi Lawson",
                    "operations manager, Lagoon Link Ferries",
                ),
                Figure(
                    "news-noon",
                    "Each night boat carries 48 passengers and two rescue-trained crew.",
                ),
                "Fares for the evening runs are the same as the daytime ones. The operator says "
                "it will review the timetable after a month, and could add a fourth departure if "
                "the boats stay full.",
                Embed(
                    "https://www.youtube.com/watch?v=dDx7nF3rQ0w",
                    "Ride along: the first night ferry from Lagos Island to Ikorodu",
                ),
                "Update: Lagoon Link Ferries has confirmed that the 9.30 p.m. boat will also run "
                "on Saturdays from next month.",
            ),
        ),
        Story(
            title="Petrol prices ease in five cities as fresh supply reaches depots",
            standfirst=(
                "Our survey of filling stations found pump prices down by ₦20 to ₦45 a litre "
                "since last month, though motorists in Kano still pay the most."
            ),
            art=None,  # a text-only brief, as many curated news items are
            caption="",
            tags=("Money", "Transport"),
            authors=("tamuno-briggs", "aminu-kolo"),
            age=days(2),
            body=(
                "Motorists in Lagos, Abuja, Ibadan, Kano and Port Harcourt are paying a little "
                "less for petrol this week, after depot owners said new cargoes had eased a "
                "shortage that pushed prices up last month.",
                "Our reporters checked prices at ten filling stations in each city between 7 a.m. "
                "and noon. The table shows the average price per litre, rounded to the nearest "
                "naira, and the change since our last survey four weeks ago.",
                Table(
                    "Average pump price of petrol per litre",
                    (("text", "City"), ("number", "Price (₦)"), ("number", "Change (₦)")),
                    (
                        ("Lagos", 1015, -45),
                        ("Abuja", 1040, -30),
                        ("Ibadan", 1025, -35),
                        ("Port Harcourt", 1050, -20),
                        ("Kano", 1085, -25),
                    ),
                ),
                "Kano remains the most expensive of the five cities, which station managers put "
                "down to the cost of trucking fuel from southern depots. In Lagos, queues that "
                "stretched onto the road at some stations last month had all but disappeared by "
                "the time of our survey.",
                Quote(
                    "Last month I was buying ₦5,000 at a time, because I did not know what "
                    "tomorrow's price would be. This week I filled the tank. It is not cheap, but "
                    "at least it is moving in the right direction.",
                    "Chukwuemeka Ibe",
                    "ride-hailing driver in Lekki",
                ),
                Quote(
                    "Prices follow supply. If the next cargoes arrive on time, there is room for a "
                    "small further drop, but nobody should expect a return to last year's prices.",
                    "Halimat Oyewole",
                    "fuel depot manager in Apapa",
                ),
                "Transport unions in Ibadan said they would not cut bus fares until prices had "
                "stayed lower for at least a month.",
            ),
        ),
        Story(
            title="Oke-Ado cloth traders reopen stalls three weeks after night fire",
            standfirst=(
                "Traders at the Ibadan market have rebuilt more than half of the burnt stalls "
                "with their own savings and a loan scheme run by their association."
            ),
            art="news-dawn",
            caption="64 of the 110 burnt stalls have been rebuilt so far.",
            tags=("Ibadan", "Markets"),
            authors=("morenike-alade",),
            age=days(6),
            source=Source(
                outlet="Ibadan Evening Crier",
                url="https://ibadaneveningcrier.example/news/oke-ado-traders-rebuild",
                author="Funke Oyelaran",
                relationship=SourceRelationship.REWRITTEN,
                days_earlier=1,
            ),
            body=(
                "Three weeks after a night fire swept through the cloth section of Oke-Ado market "
                "in Ibadan, the smell of smoke has given way to the sound of hammers. Traders say "
                "64 of the 110 stalls destroyed have been rebuilt, most of them with wood and "
                "zinc bought with the owners' own savings.",
                "No one was hurt in the fire, which started shortly after midnight. Firefighters "
                "arrived within forty minutes, according to traders who were called by the night "
                "guards, but by then the flames had spread along two rows of stalls stacked with "
                "ankara, lace and aso-oke.",
                Quote(
                    "Some of us lost stock we had been building for ten years. But the market "
                    "cannot stay closed. If we wait for help to come from somewhere, our "
                    "customers will find other markets.",
                    "Alhaja Sikirat Adebisi",
                    "leader of the cloth traders' association",
                ),
                Heading("A loan scheme run by traders"),
                "The association has lent ₦9 million so far from its own savings fund, in "
                "amounts of up to ₦150,000 per trader, to be repaid over a year without interest. "
                "Members who did not lose stalls have been asked to contribute a little more each "
                "week until the fund is restored.",
                "Traders also want the market's wiring checked before the rainy season. Several "
                "said the fire began near a junction box that had been sparking for weeks.",
                Quote(
                    "We have asked for an inspection, and we will pay our share for it. A rebuilt "
                    "market with the same old wires is a market waiting for the next fire.",
                    "Rasheed Olaniyan",
                    "electrician and trader at the market",
                ),
            ),
        ),
        Story(
            title="Gwarinpa residents dig out after a night of flash floods",
            standfirst=(
                "Heavy rain overwhelmed blocked drains in parts of the Abuja district, flooding "
                "homes and cars. Residents say the same streets flood every year."
            ),
            art="news-dawn",
            caption="Residents say the same streets have flooded for four years running.",
            tags=("Abuja", "Weather", "Housing"),
            authors=("aminu-kolo",),
            age=days(24),
            body=(
                "Residents of several streets in Gwarinpa, Abuja, spent the day bailing water out "
                "of living rooms and pushing stalled cars to higher ground after more than three "
                "hours of heavy rain overnight.",
                "Water rose to knee height on some streets within an hour, residents said, as "
                "drains choked with plastic bottles and sand could not carry it away. By "
                "mid-morning it had mostly drained, leaving a layer of mud in ground-floor flats "
                "and shops.",
                Quote(
                    "We moved the fridge and the children's books upstairs at 2 a.m. By three "
                    "o'clock the water was at the door. This is the fourth year. We know it is "
                    "coming and still we are not ready.",
                    "Ngozi Ukaegbu",
                    "resident of the Sunrise Court estate",
                ),
                "Residents' associations in the area say they have cleared drains themselves in "
                "past years, hiring labourers with money collected from households. This year, "
                "several said, the collections came too late.",
                Heading("What residents are asking for"),
                "A petition circulating among residents asks the district's authorities to clear "
                "the main drainage channel before the peak of the rainy season, and to stop shops "
                "being built over drains, which residents blame for narrowing the channels.",
                Quote(
                    "Clearing the drains costs far less than what families lose every time the "
                    "water comes in. We are asking for a schedule we can see and hold people to.",
                    "Engineer Musa Dikko",
                    "chairman of a residents' association in the district",
                ),
            ),
        ),
        Story(
            title="Crowded Kano community schools try morning and afternoon shifts",
            standfirst=(
                "Six community-run schools have split their pupils into two shifts to bring "
                "classes below 60. Teachers say it is working; parents are divided."
            ),
            art="news-noon",
            caption="The morning shift runs until noon; the afternoon shift until 5 p.m.",
            tags=("Education",),
            authors=("aminu-kolo",),
            age=days(60),
            body=(
                "At a community school on the edge of Kano, Primary 4 used to mean 112 children "
                "in one room, three to a bench. Since the start of term the class has been split "
                "in two: 56 pupils arrive at 7.30 a.m. and leave at noon, and another 56 take "
                "their places at 12.30 p.m.",
                "The school is one of six run by community boards in the area that have adopted "
                "the two-shift timetable this year, after enrolment rose faster than new "
                "classrooms could be built.",
                Quote(
                    "With 112 children, I could not reach the back of the room. Now I can mark "
                    "every exercise book before the day ends, and I know who is struggling.",
                    "Malama Rukayya Idris",
                    "Primary 4 teacher",
                ),
                "The shorter day means fewer lessons, and some parents worry their children are "
                "losing out. The boards say teaching time has fallen by about an hour a day, and "
                "that they are looking for volunteers to run reading clubs in the afternoons.",
                Quote(
                    "My son comes home at noon and there is nobody in the house. I like that his "
                    "class is smaller, but I need to know what he is doing in the afternoon.",
                    "Hadiza Abubakar",
                    "mother of two pupils",
                ),
                "The boards plan to review the scheme at the end of term, using reading tests "
                "taken by every pupil at the start of the year.",
            ),
        ),
        Story(
            title="Enugu bakers pool their money for solar ovens as diesel bills bite",
            standfirst=(
                "A cooperative of twelve small bakeries says shared solar ovens have cut its fuel "
                "costs by a third, though cloudy mornings still mean switching on the generator."
            ),
            art="news-dawn",
            caption="Twelve bakeries share two solar-assisted ovens.",
            tags=("Energy", "Money"),
            authors=("morenike-alade",),
            age=days(95),
            source=Source(
                outlet="Eastern Lantern",
                url="https://easternlantern.example/business/enugu-bakers-solar-ovens",
                author="Ijeoma Nnaji",
                relationship=SourceRelationship.EXCERPT,
                days_earlier=2,
            ),
            body=(
                "Before dawn in Enugu's Coal Camp area, the twelve members of the Oven Friends "
                "cooperative take turns loading bread into two solar-assisted ovens on a shared "
                "rooftop. The ovens, bought last year with money the bakers pooled over eighteen "
                "months, store heat through the morning and finish the day's baking on a small "
                "generator.",
                "Members say their combined monthly diesel bill has fallen from about ₦600,000 "
                "to around ₦400,000, enough to keep bread prices unchanged since the ovens "
                "arrived.",
                Quote(
                    "When diesel went up, some of us were thinking of closing. Putting our money "
                    "together was the only way any of us could afford the equipment.",
                    "Chinyere Okeke",
                    "chair of the Oven Friends cooperative",
                ),
                "The ovens are not a complete answer. In the rainy season, cloudy mornings mean "
                "more hours on the generator, and the cooperative has had to plan its baking "
                "around the weather.",
                Quote(
                    "You learn to read the sky like a farmer. If the morning is grey, we bake the "
                    "small loaves first, because they need less heat.",
                    "Obinna Ugwu",
                    "baker and cooperative member",
                ),
            ),
        ),
        Story(
            title="Port Harcourt volunteers map soot with home-made air sensors",
            standfirst=(
                "Forty low-cost sensors on rooftops are giving residents their first "
                "street-by-street picture of the black dust that settles on their windowsills."
            ),
            art="news-dusk",
            caption="Forty volunteer-built sensors report to a public map.",
            tags=("Public health", "Weather"),
            authors=("tamuno-briggs",),
            age=days(170),
            body=(
                "Every morning, Ibiere Georgewill wipes a fine black film from the windowsill of "
                "her flat in Port Harcourt. Now she can also check her phone to see how much soot "
                "was in the air overnight, thanks to a sensor the size of a lunchbox fixed to her "
                "balcony.",
                "The sensor is one of forty built and installed by a group of volunteers, most of "
                "them engineering students, who call their project Clear Air PH. Each device "
                "measures fine particles every ten minutes and sends the readings to a public map.",
                Quote(
                    "People have lived with the soot for years and been told it is nothing, or "
                    "that it is everywhere equally. The map shows it is not the same everywhere. "
                    "Some streets are much worse, and at particular hours.",
                    "Dagogo Amachree",
                    "engineering student and project coordinator",
                ),
                "Readings so far are highest between midnight and 6 a.m., and in neighbourhoods "
                "closest to the waterfront. The volunteers caution that low-cost sensors are less "
                "precise than official monitoring stations, and want to place one of their "
                "devices beside a reference monitor to check their figures.",
                Heading("Advice for households"),
                "Doctors in the city advise people with asthma or other breathing problems to "
                "keep windows closed overnight when readings are high, and to wipe surfaces with "
                "a damp cloth rather than sweeping, which puts dust back into the air.",
                Quote(
                    "We see more children with coughs that last for weeks. Data like this helps "
                    "families understand when to take care, and it helps us make the case for "
                    "cleaner air.",
                    "Dr Tonye Harry",
                    "paediatrician in Port Harcourt",
                ),
            ),
        ),
        Story(
            title="Cold rooms give Plateau potato farmers time to wait for better prices",
            standfirst=(
                "A farmers' union cold store near Jos lets growers hold back part of their "
                "harvest instead of selling everything when prices are lowest."
            ),
            art="news-noon",
            caption="The union's cold room holds about 300 tonnes of potatoes.",
            tags=("Markets", "Money"),
            authors=("aminu-kolo",),
            age=days(300),
            body=(
                "At harvest time on the Plateau, potato prices fall fast. Trucks arrive from "
                "Lagos and Port Harcourt, sacks pile up beside the roads, and farmers who cannot "
                "store their crop sell at whatever price the buyers offer.",
                "This season some of them have another option. A cold room built by a farmers' "
                "union outside Jos holds about 300 tonnes, and members pay a monthly fee per sack "
                "to keep their potatoes cool for up to four months.",
                Quote(
                    "Last year I sold everything in two weeks because the potatoes would have "
                    "rotted. This year I sold half and kept half. The second half sold for almost "
                    "double.",
                    "Ezekiel Pam",
                    "potato farmer in Bokkos",
                ),
                "The union says demand for space already exceeds what the store can hold, and it "
                "is raising money for a second room. Power is the biggest running cost: the store "
                "runs on a mix of grid electricity and a generator.",
                Quote(
                    "Storage decides who makes money from farming. The farmer grows the crop, but "
                    "without storage the middleman sets the price.",
                    "Lydia Gyang",
                    "secretary of the farmers' union",
                ),
            ),
        ),
        Story(
            title="Yaba landlords try monthly rent for young tenants",
            standfirst=(
                "A group of landlords in the Lagos district are accepting rent monthly instead of "
                "one or two years in advance, in a trial backed by a tenants' association."
            ),
            art="news-dusk",
            caption="Sixty flats, most of them one-bedroom, are part of the trial.",
            tags=("Lagos", "Housing", "Money"),
            authors=("morenike-alade",),
            age=days(450),
            updated=days(3),
            body=(
                "For most young renters in Lagos, finding a flat means finding a year's rent, "
                "often two, before moving in. In Yaba, fourteen landlords have agreed to try "
                "something different: rent paid monthly, with a deposit of two months.",
                "The trial covers 60 flats, most of them one-bedroom and self-contained units "
                "popular with students and young workers in the district's tech offices.",
                Quote(
                    "I earn every month. Why should I pay for two years at once? With monthly rent "
                    "I could move out of my uncle's house at 24 instead of waiting until I am 30.",
                    "Tobi Ajayi",
                    "software tester and one of the first tenants",
                ),
                "Landlords taking part say they were persuaded by the tenants' association's "
                "offer to vet applicants and to mediate if payments fall behind.",
                Quote(
                    "My worry was simple: what happens if someone stops paying? The association "
                    "will help us sort it out before it becomes a court case. On that basis I am "
                    "willing to try.",
                    "Chief Adewale Ogunsanya",
                    "landlord in Yaba",
                ),
                "Update: after a year, the association says 57 of the 60 flats are still let "
                "monthly. Three tenants fell behind with rent, and all have since caught up. Four "
                "more landlords have asked to join.",
            ),
        ),
    ),
)
