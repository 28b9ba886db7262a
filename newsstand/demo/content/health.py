"""The Health section: practical, invented health stories and advice."""

from .types import Art, Figure, Heading, Quote, Section, Story, days, hours

HEALTH = Section(
    title="Health",
    slug="health",
    intro="Practical health news and advice from doctors, nurses, pharmacists and patients.",
    motif="pulse",
    arts=(
        Art(
            key="health-teal",
            title="Heartbeat line on teal and gold",
            alt=(
                "Abstract illustration: a coral heartbeat line across a teal-to-gold background "
                "with faint white crosses"
            ),
            colours=("#2a9d8f", "#e9c46a", "#e76f51"),
        ),
        Art(
            key="health-blue",
            title="Heartbeat line on blue",
            alt=(
                "Abstract illustration: a bright cyan heartbeat line across a deep blue "
                "background with faint white crosses"
            ),
            colours=("#03256c", "#2541b2", "#06bee1"),
        ),
        Art(
            key="health-rose",
            title="Heartbeat line on rose",
            alt=(
                "Abstract illustration: a pale pink heartbeat line across a burgundy-to-rose "
                "background with faint white crosses"
            ),
            colours=("#590d22", "#c9184a", "#ffccd5"),
        ),
    ),
    stories=(
        Story(
            title="Heat warning: doctors urge water, shade and daily visits to older neighbours",
            standfirst=(
                "With daytime temperatures forecast above 38°C in parts of the north this week, "
                "doctors say simple precautions can prevent serious illness."
            ),
            art="health-teal",
            caption="Older people, young children and pregnant women are most at risk.",
            tags=("Public health", "Weather"),
            authors=("funmilayo-ogunleye",),
            age=hours(9),
            body=(
                "Doctors are urging people in the hottest parts of the country to drink more "
                "water, stay out of the midday sun and check on older relatives and neighbours, "
                "as a spell of extreme heat is forecast to continue this week.",
                "Temperatures are expected to top 38°C in parts of the north, with little relief "
                "at night. Health workers say older people, young children, pregnant women and "
                "people with heart or kidney conditions are most at risk.",
                Quote(
                    "Heat illness creeps up on people. An elderly person may not feel thirsty and "
                    "may not tell you they feel unwell. Visit them, give them water, and look out "
                    "for confusion or unusual tiredness.",
                    "Dr Aisha Lawan",
                    "emergency physician in Kano",
                ),
                Figure(
                    "health-rose",
                    "Doctors advise checking on older people at least once a day during the heat.",
                ),
                Heading("Warning signs"),
                "Heavy sweating, headache, dizziness, nausea and cramps can be signs of heat "
                "exhaustion. Move the person somewhere cool, loosen their clothing, give sips of "
                "water and cool their skin with a damp cloth. If they become confused, stop "
                "sweating or faint, get medical help at once.",
                Quote(
                    "Do not wait for a high temperature to become an emergency. The sooner you "
                    "cool someone down, the better.",
                    "Dr Aisha Lawan",
                    "emergency physician in Kano",
                ),
            ),
        ),
        Story(
            title="Free eye checks in Ibadan find hundreds who need glasses",
            standfirst=(
                "A week-long screening drive saw more than 2,400 people. Many had never had an "
                "eye test, and one in five left with a prescription."
            ),
            art="health-blue",
            caption="Reading glasses were handed out free, paid for by donations.",
            tags=("Public health", "Ibadan"),
            authors=("funmilayo-ogunleye",),
            age=days(6),
            body=(
                "The queue at the free eye clinic in Ibadan began forming before 7 a.m. each "
                "day, and by the end of the week volunteers had examined more than 2,400 people, "
                "many of whom had never had an eye test.",
                "About one in five needed glasses, most of them for reading. Dozens were referred "
                "to hospital with suspected cataracts or glaucoma, which can cause blindness if "
                "left untreated.",
                Quote(
                    "Many people think poor eyesight is just part of getting old. A tailor told "
                    "me she stopped sewing two years ago because she could not thread the needle. "
                    "She left today with reading glasses and a smile.",
                    "Dr Tolulope Akande",
                    "optometrist and organiser of the screening",
                ),
                "People who needed stronger prescriptions received a voucher for discounted "
                "glasses at partner opticians.",
                Quote(
                    "I thought my son was lazy at school because he would not copy from the "
                    "board. Now I know he could not see it.",
                    "Kafayat Salami",
                    "mother of a 10-year-old who was screened",
                ),
                "The organisers advise adults to have their eyes tested every two years, and "
                "children before they start school.",
            ),
        ),
        Story(
            title="Sickle cell: parents praise school staff trained to spot a crisis",
            standfirst=(
                "A programme that teaches school staff to recognise and respond to sickle cell "
                "crises means fewer missed days and fewer frightening emergencies."
            ),
            art="health-rose",
            caption="About 120 school staff were trained this year.",
            tags=("Public health", "Education"),
            authors=("funmilayo-ogunleye",),
            age=days(28),
            body=(
                "For years, when Adaora Nnamdi's daughter felt a sickle cell crisis coming at "
                "school, she was sent to sit in the staff room until a parent could collect her. "
                "This term, the school nurse recognised the signs early, gave her water and a "
                "warm compress, and called her mother before the pain became severe.",
                "The nurse is one of about 120 school staff in Lagos and Ogun states trained this "
                "year by a patients' support group.",
                Quote(
                    "The training is simple: keep the child warm and well hydrated, let them "
                    "rest, do not make them run in the heat, and know when to call for help. But "
                    "simple things make a huge difference.",
                    "Dr Ngozi Obasi",
                    "haematologist and trainer",
                ),
                "Parents say the training has also changed attitudes. Teachers who once thought "
                "children with sickle cell were exaggerating now understand that they need extra "
                "water, toilet breaks and rest.",
                Quote(
                    "My daughter missed 30 days of school last year. This year she has missed "
                    "four. She is not afraid of school any more.",
                    "Adaora Nnamdi",
                    "parent",
                ),
            ),
        ),
        Story(
            title="Student mental health helpline reports a surge in calls after exams",
            standfirst=(
                "Volunteers answered more than 3,000 calls and messages in a month. Counsellors "
                "say many students were calling for the first time."
            ),
            art="health-blue",
            caption="Calls almost tripled in the month after exams.",
            tags=("Mental health", "Education"),
            authors=("funmilayo-ogunleye",),
            age=days(65),
            body=(
                "A free helpline for university students received more than 3,000 calls and "
                "messages in the month after exams, almost three times its usual number, say "
                "the volunteers who run it.",
                "Callers most often described anxiety about results, money worries and "
                "loneliness. Counsellors say a growing number are young men, who have "
                "traditionally been the least likely to ask for help.",
                Quote(
                    "Many of them start with: I do not know why I am calling. Then they talk for "
                    "forty minutes. Sometimes what people need first is someone who will listen "
                    "without judging.",
                    "Temitope Aina",
                    "clinical psychologist and helpline supervisor",
                ),
                "The helpline is staffed by trained volunteers supervised by psychologists, and "
                "can refer callers to free or low-cost counselling in several cities.",
                Quote(
                    "I thought it was only me. Talking to someone who did not know me made it "
                    "easier to say the truth.",
                    "A student caller",
                    "21, engineering student in Zaria, who asked not to be named",
                ),
                Heading("If you need to talk"),
                "If you are struggling, talk to someone you trust, or contact your university's "
                "counselling service or a local helpline. If you are in immediate danger, go to "
                "the nearest hospital.",
            ),
        ),
        Story(
            title="Rainy season malaria: what one Kano clinic tells every family",
            standfirst=(
                "Cases rise every year when the rains come. Nurses at a busy clinic explain what "
                "keeps children out of their wards."
            ),
            art="health-teal",
            caption="Fever cases among children double during the rains, nurses say.",
            tags=("Public health", "Weather"),
            authors=("funmilayo-ogunleye", "aminu-kolo"),
            age=days(120),
            body=(
                "At a primary health centre on the outskirts of Kano, the rainy season shows up "
                "in the waiting room. Nurses say the number of children brought in with fever "
                "doubles between the first heavy rains and the end of the season.",
                "Most cases are malaria, spread by mosquitoes that breed in standing water. The "
                "clinic now has a simple routine: every family that comes in with a feverish "
                "child leaves with advice on nets, drains and when to come back.",
                Quote(
                    "A net only works if you sleep under it every night, and tuck it in. We see "
                    "families with nets still in the packet.",
                    "Fatima Abdullahi",
                    "head nurse at the clinic",
                ),
                Heading("What families can do"),
                "Sleep under a treated net every night, especially children under five and "
                "pregnant women. Clear containers, old tyres and blocked gutters where water "
                "collects. Bring a child with fever to the clinic within a day: malaria can be "
                "tested for quickly, and treated cheaply if caught early.",
                Quote(
                    "Do not treat a fever at home with leftover medicine. Test first. Sometimes "
                    "it is malaria; sometimes it is something else.",
                    "Dr Sadiq Ladan",
                    "doctor at the clinic",
                ),
            ),
        ),
        Story(
            title="Why more Lagos pharmacists are checking blood pressure for free",
            standfirst=(
                "Community pharmacies are finding high blood pressure in people who have never "
                "seen a doctor about it, and sending them on for treatment."
            ),
            art="health-rose",
            caption="About a quarter of the people screened had high readings.",
            tags=("Public health", "Lagos"),
            authors=("funmilayo-ogunleye",),
            age=days(190),
            body=(
                "Ask at the counter of many Lagos pharmacies and you can have your blood "
                "pressure checked in five minutes, free. A network of community pharmacists says "
                "it has screened more than 20,000 people in a year, and about a quarter had high "
                "readings.",
                "High blood pressure usually has no symptoms, which is why it is called a silent "
                "killer. Many of those with high readings said they had never had their blood "
                "pressure measured.",
                Quote(
                    "People come in to buy something for a headache and leave knowing they need "
                    "to see a doctor. Pharmacies are on every street. We should use them.",
                    "Olumide Bankole",
                    "community pharmacist in Surulere",
                ),
                "Pharmacists refer people with high readings to a doctor and give them a card "
                "to record their numbers. Some now make follow-up calls to check that patients "
                "have been seen.",
                Quote(
                    "I felt fine. I only came in for vitamins. My reading was so high the "
                    "pharmacist would not let me leave until I promised to go to the hospital. I "
                    "am on treatment now.",
                    "Samuel Okonedo",
                    "retired driver, 61",
                ),
            ),
        ),
        Story(
            title="Midwives near Makurdi try motorbike ambulances for night-time births",
            standfirst=(
                "Three motorbikes with sidecar stretchers are carrying women in labour from "
                "villages whose roads are not fit for cars."
            ),
            art="health-teal",
            caption="The three bikes have carried more than 180 women to hospital.",
            tags=("Public health", "Transport"),
            authors=("funmilayo-ogunleye",),
            age=days(280),
            body=(
                "When labour starts at night in villages outside Makurdi, the road to the nearest "
                "hospital can be the most dangerous part of giving birth. Cars cannot pass some "
                "of the tracks in the rainy season, and few families own one anyway.",
                "Since the start of the year, three motorbikes fitted with sidecar stretchers "
                "have been on call through the night, each ridden by a trained driver with a "
                "midwife on the phone. They have carried more than 180 women to hospital.",
                Quote(
                    "The worst calls used to be the ones where we knew what the woman needed and "
                    "could not get her to it. Now we can say: the bike is coming.",
                    "Comfort Aondona",
                    "midwife in charge of the scheme",
                ),
                "The ambulances are paid for by a community fund and a small charge for each "
                "trip, waived for families who cannot pay.",
                Quote(
                    "My wife's labour started at 1 a.m. and the baby was lying the wrong way. The "
                    "bike got her to the hospital in forty minutes. Both of them are well.",
                    "Terver Iorember",
                    "father",
                ),
            ),
        ),
        Story(
            title="Living with diabetes: small swaps at the table that add up",
            standfirst=(
                "A clinic dietitian shares the changes her patients find easiest to keep: not "
                "banning favourite foods, but changing how much and how often."
            ),
            art="health-blue",
            caption="Half the plate vegetables is the first rule of the weekly class.",
            tags=("Public health", "Food"),
            authors=("funmilayo-ogunleye",),
            age=days(400),
            body=(
                "Tell someone with diabetes never to eat jollof again and they will nod, go home "
                "and eat jollof. That is the experience of the dietitian Rita Onwuka, who runs a "
                "weekly class for patients at a diabetes clinic in Enugu. Her approach is to "
                "change portions and habits, not to forbid.",
                Heading("Half the plate vegetables"),
                "Her first rule is to fill half the plate with vegetables, a quarter with protein "
                "such as fish, beans or chicken, and the last quarter with rice, yam or swallow.",
                Quote(
                    "Nobody has to give up their swallow. Just make the ball smaller and the soup "
                    "richer in vegetables.",
                    "Rita Onwuka",
                    "dietitian",
                ),
                Heading("Swap the drinks"),
                "Sweet drinks are the easiest change with the biggest effect, she says. Replacing "
                "one soft drink a day with water or unsweetened zobo removes a large amount of "
                "sugar over a week.",
                Heading("Walk after meals"),
                "A ten-minute walk after dinner helps the body use the sugar from the meal. "
                "Several of her patients now walk together around the clinic compound after the "
                "class.",
                "Anyone with diabetes should speak to their doctor before making big changes to "
                "their diet or medication.",
            ),
        ),
        Story(
            title="Jos water vendors hand out chlorine tablets to keep cholera away",
            standfirst=(
                "Vendors who sell water from carts are giving customers free purification "
                "tablets, in a scheme health workers say has reached thousands of homes."
            ),
            art="health-rose",
            caption="About 150 vendors have been trained to explain the tablets.",
            tags=("Public health",),
            authors=("funmilayo-ogunleye",),
            age=days(530),
            body=(
                "For many households in Jos, water arrives in a row of yellow jerrycans on a "
                "vendor's cart. This season it also comes with a small strip of chlorine "
                "tablets, handed out free by vendors taking part in a scheme to prevent cholera.",
                "Health workers supply the tablets and have trained about 150 vendors to explain "
                "how to use them: one tablet per jerrycan, left for thirty minutes before "
                "drinking.",
                Quote(
                    "Customers trust us. They see us every day. If I tell them to put the tablet "
                    "in, they do it.",
                    "Sunday Dachung",
                    "water vendor",
                ),
                "Health workers say clinics in areas covered by the scheme are seeing fewer cases "
                "of diarrhoea, though they caution it is too early to be sure the tablets are "
                "the reason.",
                Quote(
                    "Cholera spreads where water is unsafe. Chlorine is cheap and it works. The "
                    "hard part is reaching people, and the vendors already reach them.",
                    "Dr Esther Dusu",
                    "public health doctor",
                ),
                Heading("Other ways to stay safe"),
                "Wash your hands with soap before eating and after using the toilet, keep water "
                "containers covered, and seek care quickly for severe diarrhoea. Oral "
                "rehydration solution, made with clean water, salt and sugar, saves lives.",
            ),
        ),
    ),
)
