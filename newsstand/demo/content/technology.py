"""The Technology section: invented startups, apps and the people using them."""

from newsstand.articles.models import SourceRelationship

from .types import Art, Heading, Quote, Section, Source, Story, days, hours

TECHNOLOGY = Section(
    title="Technology",
    slug="technology",
    intro=(
        "Startups, phones, mobile money and the apps changing how people work, trade and get "
        "around."
    ),
    motif="circuit",
    arts=(
        Art(
            key="technology-navy",
            title="Circuit board on navy",
            alt=(
                "Abstract illustration: white circuit traces joining coral nodes on a grid of "
                "dots, over a navy-to-teal background"
            ),
            colours=("#102542", "#1f7a8c", "#f87060"),
        ),
        Art(
            key="technology-plum",
            title="Circuit board on plum",
            alt=(
                "Abstract illustration: white circuit traces joining cyan nodes on a grid of "
                "dots, over a dark plum-to-purple background"
            ),
            colours=("#2d0b3a", "#6a1b9a", "#00e5ff"),
        ),
        Art(
            key="technology-forest",
            title="Circuit board on green",
            alt=(
                "Abstract illustration: white circuit traces joining yellow nodes on a grid of "
                "dots, over a dark green background"
            ),
            colours=("#0b2e1f", "#2f6f4f", "#ffd60a"),
        ),
    ),
    stories=(
        Story(
            title="Power cuts push Lagos startups into a shared solar-powered office",
            standfirst=(
                "Eleven small tech companies have moved into a converted Yaba office block that "
                "runs on rooftop panels and batteries, splitting the cost of staying online."
            ),
            art="technology-forest",
            caption="The building's panels and batteries power eleven companies' desks.",
            tags=("Startups", "Energy", "Lagos"),
            authors=("tamuno-briggs",),
            age=hours(50),
            body=(
                "For Chisom Eke, the last straw was a week in which her five-person startup "
                "spent more on diesel than on salaries. Now the company shares a floor of a "
                "converted office block in Yaba with ten other small firms, in a building "
                "powered by rooftop solar panels and a bank of batteries.",
                "The owners installed the system last year and rent desks by the month, with "
                "power included. Tenants say the rent is higher than for a typical office, but "
                "far below what they used to pay for space plus fuel.",
                Quote(
                    "We build payment software. If our servers are fine but our laptops are dead, "
                    "we cannot fix anything for our customers. Reliable power is not a luxury "
                    "for us; it is the product.",
                    "Chisom Eke",
                    "co-founder of a payments startup",
                ),
                "The system covers lights, laptops, internet equipment and a small kitchen. Air "
                "conditioning is limited to one meeting room on cloudy days, a rule tenants say "
                "they have learned to live with.",
                Quote(
                    "We planned the load carefully. Solar works when you are honest about what "
                    "you need. The moment everyone plugs in a kettle, you are in trouble.",
                    "Adebola Martins",
                    "engineer who designed the system",
                ),
                "At least two similar buildings are planned elsewhere in the city, their "
                "developers say.",
            ),
        ),
        Story(
            title="Pidgin voice assistant built in Ibadan reaches 10,000 users",
            standfirst=(
                "An app that lets people check balances, set reminders and ask for prices by "
                "speaking Nigerian Pidgin has grown fast among traders and older users."
            ),
            art="technology-plum",
            caption="The app runs on low-cost Android phones and uses little data.",
            tags=("Startups", "Mobile", "Ibadan"),
            authors=("tamuno-briggs",),
            age=days(8),
            body=(
                '"Wetin be my balance?" is the question most often put to Sabi, a voice '
                "assistant developed by a small team in Ibadan that understands Nigerian Pidgin. "
                "Six months after launch, the app says it has 10,000 regular users, most of whom "
                "speak to it rather than type.",
                "The team recorded thousands of hours of speech from volunteers across the "
                "country to train its speech recognition, paying contributors in airtime for "
                "each recording.",
                Quote(
                    "Most apps assume you are comfortable typing in English. Many of the people "
                    "who most need help with their phones are not. We wanted a phone you can "
                    "talk to the way you talk to your neighbour.",
                    "Damilola Aderemi",
                    "co-founder of Sabi",
                ),
                "The app can read out messages, set reminders and look up market prices shared "
                "by other users.",
                Quote(
                    "My eyes are not strong again. Now I ask the phone and it answers me. My "
                    "grandchildren are jealous.",
                    "Iyabo Ladipo",
                    "trader in an Ibadan market and Sabi user",
                ),
                "The team is now adding Yoruba and Hausa, and plans to let small businesses take "
                "orders by voice.",
            ),
        ),
        Story(
            title="Mobile money users report tighter checks after a wave of SIM-swap fraud",
            standfirst=(
                "Several apps now delay large transfers after a SIM change. Users say it is "
                "annoying; fraud victims say it should have happened sooner."
            ),
            art="technology-navy",
            caption="Some apps now hold large transfers for up to 24 hours after a SIM change.",
            tags=("Mobile", "Money"),
            authors=("tamuno-briggs",),
            age=days(20),
            body=(
                "Users of several mobile money apps say they have noticed new delays when moving "
                "money after changing or replacing their SIM cards, as providers tighten checks "
                "following a rise in SIM-swap fraud.",
                "In a SIM-swap scam, criminals persuade or trick a phone network into moving a "
                "victim's number to a new SIM card, then use it to receive one-time passwords "
                "and empty accounts.",
                Quote(
                    "I lost ₦380,000 in one night. By the time I noticed my phone had no signal "
                    "and got to the network's office in the morning, the money was gone.",
                    "Ugonna Eze",
                    "small business owner in Onitsha",
                ),
                Heading("What has changed"),
                "Users describe a cooling-off period of up to 24 hours on large transfers after "
                "a SIM change, extra selfie checks and, in some cases, a phone call from the "
                "provider before money can move.",
                Quote(
                    "Yes, it is an inconvenience for a day. But the alternative is that a "
                    "criminal can take your savings in ten minutes. We would rather explain a "
                    "delay than a loss.",
                    "Kemi Ladejobi",
                    "fraud analyst at a Lagos payments company",
                ),
                Heading("How to protect yourself"),
                "Set a PIN on your SIM card, never share one-time passwords, and contact your "
                "bank and network immediately if your phone unexpectedly loses signal.",
            ),
        ),
        Story(
            title="How a Kaduna coder built a bus-tracking app on a ₦40,000 budget",
            standfirst=(
                "Using secondhand phones as GPS trackers, 23-year-old Aisha Ringim shows "
                "commuters where their buses are, and the drivers like it too."
            ),
            art="technology-forest",
            caption="Twenty-six buses on three routes now share their location.",
            tags=("Transport", "Startups", "Mobile"),
            authors=("tamuno-briggs", "aminu-kolo"),
            age=days(55),
            body=(
                "Aisha Ringim was tired of standing at bus stops in Kaduna not knowing whether "
                "the next bus would come in five minutes or fifty. So she built an app that "
                "tells you.",
                "Her system is simple. Drivers who sign up carry an old Android phone, bought "
                "secondhand for around ₦8,000, that sends its location every thirty seconds. "
                "Commuters see the buses move on a map, with an estimate of when the next one "
                "will reach their stop.",
                Quote(
                    "I had ₦40,000 and a laptop. I could not buy trackers, so I used what "
                    "everyone already has: old phones in drawers.",
                    "Aisha Ringim",
                    "developer",
                ),
                "Twenty-six buses on three routes now use the app. Drivers say they pick up more "
                "passengers because people wait for them instead of flagging down the first "
                "vehicle that passes.",
                Quote(
                    "Before, people would jump into anything. Now they see my bus is two minutes "
                    "away and they wait. My daily takings are better.",
                    "Ibrahim Dauda",
                    "bus driver",
                ),
                "Ringim is talking to drivers' unions about more routes and looking for small "
                "investors to help pay for the phones.",
            ),
        ),
        Story(
            title="Explainer: lock down your mobile money account in five minutes",
            standfirst=(
                "Five settings that make it much harder for anyone to drain your account, even "
                "if they get hold of your phone."
            ),
            art="technology-navy",
            caption="Most fraud relies on a stolen phone, a guessed PIN or a shared code.",
            tags=("Mobile", "Money"),
            authors=("tamuno-briggs",),
            age=days(100),
            body=(
                "Most mobile money fraud does not involve clever hacking. It relies on a stolen "
                "phone, a guessed PIN or a code shared with the wrong person. These five steps "
                "take about five minutes and close the most common gaps.",
                Heading("1. Change your PIN from anything obvious"),
                "Birthdays, 1234 and 0000 are the first numbers thieves try. Choose digits with "
                "no connection to you, and do not use the same PIN for your phone and your "
                "account.",
                Heading("2. Lock the app separately"),
                "Most apps can ask for a fingerprint or face check every time they open. Turn it "
                "on, so that an unlocked phone does not mean an unlocked wallet.",
                Heading("3. Set a SIM PIN"),
                "A SIM PIN stops a thief from putting your card into another phone to receive "
                "your codes. Your network can tell you the default code to change.",
                Heading("4. Lower your daily limit"),
                "Set a daily transfer limit that matches what you actually spend. You can raise "
                "it for a big payment and lower it again afterwards.",
                Heading("5. Never share a code"),
                "No bank, network or app will ever call to ask for a one-time password. Anyone "
                "who asks is a fraudster, however official they sound.",
                Quote(
                    "Nearly every fraud case we see could have been stopped by one of these "
                    "steps. The criminals are counting on people not bothering.",
                    "Kemi Ladejobi",
                    "fraud analyst at a Lagos payments company",
                ),
            ),
        ),
        Story(
            title="Computer Village phone sellers take their refurbished stock online",
            standfirst=(
                "Traders at the sprawling Ikeja tech market are selling refurbished phones "
                "through a shared website, with a warranty to win over wary buyers."
            ),
            art="technology-plum",
            caption="Every listing shows the phone's battery health and past repairs.",
            tags=("Mobile", "Markets", "Lagos"),
            authors=("tamuno-briggs",),
            age=days(175),
            body=(
                "Computer Village in Ikeja has long been the place to go for a cheap phone, a "
                "quick repair or a charger for almost anything. Now a group of its traders want "
                "buyers who never set foot in the market.",
                "About 80 sellers of refurbished phones have joined a shared website where each "
                "listing shows the phone's battery health, any repairs made and a seller rating. "
                "Every phone comes with a three-month warranty honoured by the group.",
                Quote(
                    "People are afraid of refurbished phones because of stories. The warranty is "
                    "how we answer the stories. If it fails, bring it back.",
                    "Obiora Nwafor",
                    "phone trader and organiser of the group",
                ),
                "Sellers say online buyers tend to spend more, and that orders now come from as "
                "far as Maiduguri and Yenagoa, delivered by dispatch riders and interstate "
                "buses.",
                Quote(
                    "I bought a phone for my mother online, and it arrived in Jos in two days "
                    "with a charger and a case. I was ready to be disappointed. I was not.",
                    "Nanret Dakwak",
                    "customer in Jos",
                ),
            ),
        ),
        Story(
            title="Telemedicine booths connect Niger State villages to city doctors",
            standfirst=(
                "Solar-powered booths staffed by trained health workers let patients in remote "
                "communities see a doctor on video without a long, expensive journey."
            ),
            art="technology-forest",
            caption="There are now nine booths across the state.",
            tags=("Startups", "Public health"),
            authors=("tamuno-briggs", "funmilayo-ogunleye"),
            age=days(260),
            source=Source(
                outlet="The Savannah Ledger",
                url="https://savannahledger.example/health/telemedicine-booths-niger-state",
                author="Bilkisu Tanko",
                relationship=SourceRelationship.BASED_ON,
                days_earlier=5,
            ),
            body=(
                "In a village about three hours' drive from Minna, a green booth stands beside "
                "the primary health centre. Inside are a tablet, a blood pressure cuff, a "
                "thermometer and, on the roof, a small solar panel. Twice a week, a doctor in "
                "Minna appears on the screen.",
                "The booths are run by a health startup that trains local health workers to take "
                "basic measurements and connect patients to doctors by video.",
                Quote(
                    "Before, a mother with a sick child had to spend a day and ₦6,000 on "
                    "transport just to be told to go home and give paracetamol. Now she can find "
                    "that out in fifteen minutes.",
                    "Dr Usman Gana",
                    "doctor who runs video consultations from Minna",
                ),
                "The doctors can prescribe common medicines, which health workers dispense from "
                "a stocked cabinet, and refer serious cases to hospital. The network is the "
                "biggest obstacle: calls often drop when it is busy.",
                Quote(
                    "When the network fails, we write down the readings and send them by text. "
                    "It is not perfect, but it is far better than nothing.",
                    "Hauwa Ndayako",
                    "community health worker",
                ),
            ),
        ),
        Story(
            title="Enugu game developers bet on folklore heroes",
            standfirst=(
                "A small studio's mobile game about a trickster tortoise has been downloaded "
                "200,000 times, and the studio is hiring."
            ),
            art="technology-plum",
            caption="The game was tested on cheap phones before anything else.",
            tags=("Startups", "Culture"),
            authors=("tamuno-briggs",),
            age=days(370),
            body=(
                "In the game, the tortoise is as cunning as in the stories grandparents tell: he "
                "tricks birds into lending him feathers, talks his way out of trouble and "
                "always, somehow, ends up with more than his share. Players guide him across "
                "rooftops, markets and forests, solving puzzles to stay ahead of the animals he "
                "has fooled.",
                "It is the first release from a six-person studio in Enugu, and has been "
                "downloaded about 200,000 times since it launched, mostly in Nigeria, Ghana and "
                "Kenya.",
                Quote(
                    "We grew up playing games about other people's myths. Our own stories are "
                    "just as good, and nobody was making games about them.",
                    "Nnamdi Agbo",
                    "creative director of the studio",
                ),
                "The studio earns money from optional purchases, such as costumes for the "
                "tortoise, and is using it to hire two more developers and an artist.",
                Quote(
                    "We test every level on cheap phones first. If it runs on a ₦50,000 phone, "
                    "it runs everywhere.",
                    "Adaeze Ilo",
                    "lead programmer",
                ),
            ),
        ),
        Story(
            title="Satellite internet trial brings video lessons to Plateau classrooms",
            standfirst=(
                "Five rural schools are testing satellite connections to stream science "
                "lessons. Teachers are enthusiastic, but who pays after the trial is unclear."
            ),
            art="technology-navy",
            caption="Each school has a dish, a projector and a small solar system.",
            tags=("Education",),
            authors=("tamuno-briggs",),
            age=days(520),
            body=(
                "In a secondary school classroom outside Jos, forty students watch a chemistry "
                "teacher in another city mix two clear liquids that turn bright blue. There is "
                "a gasp, then a burst of questions, which the local teacher types into a chat "
                "window for the remote teacher to answer.",
                "The school is one of five in the state taking part in a six-month trial of "
                "satellite internet, funded by an education charity.",
                Quote(
                    "We have no laboratory. Now the students can at least see experiments done "
                    "properly, and ask questions. It is not the same as holding the test tube, "
                    "but it is a start.",
                    "Jummai Dalyop",
                    "science teacher",
                ),
                "The charity will pay for the connections until the end of the trial. After "
                "that, it is not clear who will cover the monthly fees, which exceed most rural "
                "schools' entire budget for materials.",
                Quote(
                    "The technology works. The question is who pays when the pilot ends. That is "
                    "the conversation we need to have now, not in six months.",
                    "Daniel Choji",
                    "programme coordinator at the charity",
                ),
            ),
        ),
    ),
)
