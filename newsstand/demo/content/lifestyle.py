"""The Lifestyle section: food, fashion, weddings, travel and everyday life."""

from .types import Art, Figure, Heading, Quote, Section, Story, days

LIFESTYLE = Section(
    title="Lifestyle",
    slug="lifestyle",
    intro="Food, fashion, weddings, travel and the small things that make daily life easier.",
    motif="pattern",
    arts=(
        Art(
            key="lifestyle-sunset",
            title="Wax-print pattern in orange",
            alt=(
                "Abstract illustration: a wax-print style pattern of teal circles and white "
                "diamonds on an orange-to-yellow background"
            ),
            colours=("#ff7f11", "#ffb627", "#1b998b"),
        ),
        Art(
            key="lifestyle-indigo",
            title="Wax-print pattern in indigo",
            alt=(
                "Abstract illustration: a wax-print style pattern of amber circles and white "
                "diamonds on a deep indigo background"
            ),
            colours=("#1e1b4b", "#4338ca", "#f59e0b"),
        ),
        Art(
            key="lifestyle-garden",
            title="Wax-print pattern in green",
            alt=(
                "Abstract illustration: a wax-print style pattern of pink circles and white "
                "diamonds on a dark-to-bright green background"
            ),
            colours=("#064e3b", "#10b981", "#fb7185"),
        ),
    ),
    stories=(
        Story(
            title="Owambe on a budget: how Lagos couples are cutting wedding costs",
            standfirst=(
                "Smaller guest lists, aso-ebi you can wear again and weekday ceremonies: couples "
                "and a planner explain how they kept the party and lost the debt."
            ),
            art="lifestyle-sunset",
            caption="Typical guest lists have shrunk from about 600 to 250, one planner says.",
            tags=("Lagos", "Money"),
            authors=("efe-oghenekaro",),
            age=days(3),
            body=(
                "A Lagos wedding has long been measured in guests, and the more the better. But "
                "with the prices of food, halls and fabric climbing, many couples are quietly "
                "redrawing the rules.",
                Heading("Fewer guests, better food"),
                "The wedding planner Toyin Coker says the typical guest list at the weddings she "
                "organises has fallen from about 600 to nearer 250 in two years. Couples are "
                "spending the savings on food and music rather than on a bigger hall.",
                Quote(
                    "Nobody remembers how many people were there. They remember whether the "
                    "jollof was hot and whether the band made them dance.",
                    "Toyin Coker",
                    "wedding planner",
                ),
                Heading("Aso-ebi that works twice"),
                "Several couples chose fabric in plain colours that guests could wear again, and "
                "some let guests buy only a head-tie or a cap rather than a full outfit.",
                Heading("The weekday wedding"),
                "Halls charge less on weekdays, so some couples hold the registry and a small "
                "reception on a Thursday, saving the big party for a Saturday with close friends "
                "and family in a relative's compound.",
                Quote(
                    "We did the registry on Thursday with forty people and had the party on "
                    "Saturday in my uncle's compound. We started married life without a loan, and "
                    "that was the best gift.",
                    "Amaka Adeoye",
                    "who married last year",
                ),
                "Planners say the change is not only about money. Couples who have been guests "
                "at dozens of large weddings say they want a day that feels like their own.",
            ),
        ),
        Story(
            title="One pot of stew, five dinners: a market-day plan for the week",
            standfirst=(
                "Cook a big pot of tomato stew on Saturday and turn it into a different meal "
                "every weeknight. Here is how."
            ),
            art="lifestyle-garden",
            caption="Well-fried stew keeps for five days in the fridge.",
            tags=("Food", "Money"),
            authors=("efe-oghenekaro",),
            age=days(9),
            body=(
                "Saturday's market run is the best time to cook once for the whole week. A large "
                "pot of tomato and pepper stew, made with about three kilograms of tomatoes, "
                "keeps for five days in the fridge and can become a different dinner every "
                "night.",
                Heading("Monday: jollof rice"),
                "Fry a cup of the stew with a little extra tomato paste until the oil rises, add "
                "washed rice and stock, and cook covered on a low heat. The stew does most of "
                "the work.",
                Heading("Tuesday: beans and plantain"),
                "Stir two ladles of stew into cooked beans, simmer for ten minutes and serve with "
                "fried ripe plantain. Add a spoon of palm oil if you have it.",
                Heading("Wednesday: egg sauce with yam"),
                "Warm the stew, crack in four eggs and stir gently until just set. Serve with "
                "boiled yam or bread.",
                Heading("Thursday: spaghetti"),
                "Toss cooked spaghetti with stew, sliced onions and any leftover chicken or "
                "fish. It is quick, and children tend to like it.",
                Heading("Friday: a peppery fish broth"),
                "Use the last of the stew as the base of a thin, peppery broth with fish, uziza "
                "and scent leaves. It is not traditional, but it finishes the pot well.",
                Quote(
                    "The trick is to fry the stew long enough that it is thick and the oil "
                    "separates. Watery stew goes sour in two days; well-fried stew lasts the "
                    "week.",
                    "Mama Nkechi",
                    "food seller at a Surulere market",
                ),
            ),
        ),
        Story(
            title="Thrift is cool again at Abuja's Saturday 'okrika' pop-up",
            standfirst=(
                "Secondhand clothes, once bought quietly, have become a weekend social event for "
                "young shoppers in the capital."
            ),
            art="lifestyle-indigo",
            caption="More than forty sellers now take part every Saturday.",
            tags=("Fashion", "Abuja"),
            authors=("efe-oghenekaro",),
            age=days(33),
            body=(
                "On Saturday mornings, a car park in Wuse fills with rails of secondhand jackets, "
                "jeans and vintage shirts. By ten o'clock, the queue for the first pick stretches "
                "around the block.",
                "The pop-up started two years ago with five sellers. Now there are more than "
                "forty, each paying a small fee for a spot, and a DJ plays from a table by the "
                "entrance.",
                Quote(
                    "People used to hide that they bought okrika. Now they post the price as a "
                    "flex. Finding a good jacket for ₦3,000 is the skill.",
                    "Ese Omoregie",
                    "stylist and one of the founding sellers",
                ),
                "Sellers say the best pieces go in the first hour, and that regular customers "
                "now message them during the week to reserve items.",
                Quote(
                    "I wash everything twice, iron it and fix the buttons. If it looks like it "
                    "came straight from the bale, nobody will pay a good price.",
                    "Abdullahi Sule",
                    "seller of vintage shirts",
                ),
                "For many shoppers the appeal is as much about waste as price. Buying "
                "secondhand, several said, keeps clothes away from landfills and burning dumps.",
            ),
        ),
        Story(
            title="The Lagos running clubs turning 5 a.m. into social hour",
            standfirst=(
                "Before the traffic starts, hundreds of runners meet on quiet roads across the "
                "city for a few kilometres, a stretch and breakfast."
            ),
            art="lifestyle-sunset",
            caption="Some clubs now have more than a hundred members.",
            tags=("Lagos", "Athletics"),
            authors=("efe-oghenekaro",),
            age=days(70),
            body=(
                "At 5 a.m., the roads along the Lekki waterfront belong to runners. Dozens of "
                "groups, some of more than a hundred people, set off in bright club T-shirts "
                "while the city is still mostly asleep.",
                "Organisers say membership has grown quickly in the past two years, helped by "
                "group chats that make it easy to find a run near home, and by the simple fact "
                "that early morning is the only time the roads are clear.",
                Quote(
                    "In Lagos you cannot run at 7 a.m. You will be running with the danfos. Five "
                    "o'clock is the only time the city is ours.",
                    "Kachi Ndukwe",
                    "founder of a running club in Lekki",
                ),
                "For many members, the run is only half the point. The groups meet for breakfast "
                "afterwards, share job leads and celebrate birthdays, and more than one couple "
                "says they met on a Saturday long run.",
                Quote(
                    "I joined to lose weight. I stayed because these people are now my friends. "
                    "Running is the excuse.",
                    "Funke Alli",
                    "club member",
                ),
                "Clubs advise new runners to start with walk-run intervals, wear something "
                "reflective and never run alone in the dark.",
            ),
        ),
        Story(
            title="Adire goes minimalist as young Abeokuta dyers rethink a classic",
            standfirst=(
                "A new generation of indigo dyers is using fewer motifs, more white space and "
                "modern cuts, and finding buyers far beyond Nigeria."
            ),
            art="lifestyle-garden",
            caption="Bukola Sodipo learned to dye cloth from her grandmother.",
            tags=("Fashion", "Culture"),
            authors=("efe-oghenekaro",),
            age=days(115),
            body=(
                "In a courtyard in Abeokuta, the indigo dye pits have been in use for "
                "generations. The cloth coming out of them, though, looks different. Where "
                "traditional adire is patterned edge to edge, the pieces from Bukola Sodipo's "
                "small workshop often carry a single band of circles on a plain blue field.",
                "Sodipo, 29, learned to dye from her grandmother and started her label after "
                "selling a few minimalist pieces online in her final year at university.",
                Quote(
                    "My grandmother says my cloth looks unfinished. Then she asks me how much I "
                    "sold it for, and she goes quiet.",
                    "Bukola Sodipo",
                    "adire designer",
                ),
                Figure(
                    "lifestyle-indigo",
                    "Indigo remains the heart of adire, even as patterns change.",
                ),
                "Older dyers have mixed feelings. Some welcome the attention the new styles bring "
                "to the craft; others worry that traditional patterns, each with its own name and "
                "meaning, will be forgotten.",
                Quote(
                    "Every pattern has a story. If the young ones use our dye but not our "
                    "stories, something is lost. But if nobody buys adire, everything is lost.",
                    "Mama Abike Ogunbiyi",
                    "dyer for more than fifty years",
                ),
            ),
        ),
        Story(
            title="Working from home in the heat: readers share what actually helps",
            standfirst=(
                "Wet towels, early starts and a fan pointed at a bowl of ice. We asked readers "
                "how they keep working when the power is off and the temperature is up."
            ),
            art="lifestyle-garden",
            caption="More than 300 readers replied on our WhatsApp channel.",
            tags=("Weather", "Mental health"),
            authors=("efe-oghenekaro", "funmilayo-ogunleye"),
            age=days(160),
            body=(
                "When the power goes off on a hot afternoon, working from home can feel like "
                "working inside an oven. We asked readers on our WhatsApp channel how they cope, "
                "and more than 300 replied. These are the tips that came up most.",
                Heading("Start early, rest at midday"),
                "Many readers move their hardest work to before 11 a.m. and take a long break at "
                "the hottest point of the day, catching up in the evening when it cools.",
                Heading("Cool the body, not the room"),
                "Without air conditioning, readers focus on keeping themselves cool: a damp "
                "cloth on the neck, feet in a basin of cool water, loose cotton clothes and "
                "plenty to drink.",
                Quote(
                    "When there is light, I put a bowl of ice in front of the fan. When there is "
                    "no light, I put my feet in a bucket and keep typing. My manager does not "
                    "need to know.",
                    "Ruth Ekpo",
                    "customer support agent in Ikeja",
                ),
                Heading("Protect the battery"),
                "Readers who rely on inverters and power banks lower their screen brightness, "
                "close apps they are not using and save video calls for when the power returns.",
                "Doctors remind readers that dizziness, headache and confusion in hot weather can "
                "be signs of heat exhaustion. Anyone with these symptoms should stop, cool down "
                "and drink water.",
            ),
        ),
        Story(
            title="Zobo, kunu and tiger-nut milk: the rise of bottled local drinks",
            standfirst=(
                "Small companies are putting traditional drinks into labelled bottles and onto "
                "supermarket shelves, competing with soft drinks on taste and price."
            ),
            art="lifestyle-sunset",
            caption="Most of the new brands deliver twice a week to keep drinks fresh.",
            tags=("Food", "Startups"),
            authors=("efe-oghenekaro", "tamuno-briggs"),
            age=days(250),
            body=(
                "Zobo, the deep red hibiscus drink sold in reused bottles at bus stops, is moving "
                "upmarket. In the past two years, dozens of small companies have begun selling "
                "zobo, kunu and tiger-nut milk in labelled bottles, with printed expiry dates and "
                "supermarket barcodes.",
                "Founders say customers want drinks that taste familiar but are made to clear "
                "standards of hygiene, with the sugar listed on the label.",
                Quote(
                    "My mother sold zobo in nylon bags. I sell it in glass bottles with a label. "
                    "It is the same recipe. What has changed is that people trust a label.",
                    "Oluchi Mbah",
                    "founder of a zobo company in Enugu",
                ),
                "The hardest part, founders say, is keeping drinks fresh without preservatives. "
                "Several use small pasteurisers and chilled delivery vans, which add to costs.",
                Quote(
                    "Soft drinks can sit in a hot shop for six months. Ours cannot. So we deliver "
                    "twice a week and take back whatever does not sell.",
                    "Ibrahim Lawal",
                    "co-founder of a kunu brand in Kaduna",
                ),
                "Nutritionists welcome the trend but warn that some bottled versions carry as "
                "much sugar as soft drinks, and advise checking the label.",
            ),
        ),
        Story(
            title="How to host a Sallah lunch without spending the whole day in the kitchen",
            standfirst=(
                "Cook ahead, borrow chairs early and let guests bring the drinks: a practical "
                "guide to an easy festive table."
            ),
            art="lifestyle-garden",
            caption="A self-service table lets the host spend time with guests.",
            tags=("Food", "Culture"),
            authors=("efe-oghenekaro",),
            age=days(360),
            body=(
                "Sallah lunch is about open doors: neighbours, relatives and friends dropping in "
                "all afternoon. For the host, that can mean a day in the kitchen. It does not "
                "have to.",
                Heading("Cook the day before"),
                "Stews, fried meat and moi moi all keep well overnight. Cook them the day before "
                "and reheat in batches, leaving only the rice to make fresh.",
                Heading("Set up a serving table"),
                "Rather than serving each guest, put the food on a table with plates and let "
                "people help themselves. Keep one pot warming on the stove for refills.",
                Quote(
                    "In my house the first guests arrive at noon and the last leave after dark. If "
                    "I tried to serve everyone, I would never sit down. The table serves; I visit.",
                    "Hajiya Maryam Shehu",
                    "caterer in Kano",
                ),
                Heading("Share the work"),
                "Ask close family to bring drinks or dessert, borrow chairs and coolers a few "
                "days early, and give children small jobs such as greeting guests or collecting "
                "plates.",
                "Above all, hosts say, leave time to enjoy the day. Guests remember the company "
                "more than the menu.",
            ),
        ),
        Story(
            title="A weekend in Calabar: carnival rehearsals, afang soup and the marina at dusk",
            standfirst=(
                "Two days in the Cross River capital reveal a city that rewards slow walking and "
                "big appetites."
            ),
            art="lifestyle-sunset",
            caption="Carnival bands rehearse across the city in the weeks before Christmas.",
            tags=("Travel", "Food"),
            authors=("efe-oghenekaro",),
            age=days(480),
            body=(
                "Calabar is a city made for walking. Its streets are clean and shaded, its hills "
                "give you views over the river, and in the weeks before Christmas you can hear "
                "carnival bands rehearsing from almost anywhere in town.",
                Heading("Eat"),
                "Start with afang soup, thick with greens and periwinkles, at one of the small "
                "restaurants near the main market. Save room for edikang ikong, and have fresh "
                "fish grilled by the water in the evening.",
                Heading("Walk"),
                "The old buildings near the marina make for a quiet morning walk, and the "
                "riverside at dusk is where families gather to watch the boats come in.",
                Quote(
                    "Visitors come for the carnival, but the best time to see the bands is at "
                    "rehearsals. You see the work, the jokes, the mistakes. It is more real.",
                    "Effiong Bassey",
                    "tour guide and carnival band member",
                ),
                Heading("Stay"),
                "Guesthouses near the city centre are good value, and many will arrange a driver "
                "for a day trip to the waterfalls and forests outside the city.",
            ),
        ),
    ),
)
