"""Forty Coolers of Jollof: an ongoing romantic comedy about a small Ibadan caterer."""

from newsstand.series.models import AgeAdvisory, IndexedEdition, SeriesStatus

from .types import Art, Heading, Quote, Serial, hours

FORTY_COOLERS = Serial(
    title="Forty Coolers of Jollof",
    slug="forty-coolers-of-jollof",
    synopsis=(
        "Adaeze Nwosu cooks for naming ceremonies out of her mother's back kitchen in Bodija. "
        "Then the biggest caterer in Ibadan walks away from the party of the year, and Ada has "
        "ten days to feed four hundred guests, one impossible party planner and a celebrant's "
        "son who will not stop tasting things. A romantic comedy with a new episode every "
        "Tuesday."
    ),
    genre="Romantic comedy",
    age_advisory=AgeAdvisory.ALL,
    status=SeriesStatus.ONGOING,
    release_cadence="New episode every Tuesday",
    indexed_edition=IndexedEdition.EPISODES,
    authors=("efe-oghenekaro",),
    motif="pages",
    cover=Art(
        key="stories-forty-coolers",
        title="Cover of Forty Coolers of Jollof",
        alt=(
            "Abstract illustration: an open book with lines of white text and a yellow ribbon "
            "bookmark, under small stars on a background fading from deep red to orange, with a "
            "large translucent letter F"
        ),
        colours=("#6a040f", "#f48c06", "#ffd60a"),
    ),
    latest=hours(16),
    episodes=(
        (
            "Adaeze Nwosu was frying her two hundredth puff-puff of the morning when her phone "
            "rang with a number she did not know. Her cousin Kelechi, who was supposed to be "
            "rolling dough, answered it for her and held it to her ear, because her hands were "
            "covered in batter and her mother's kitchen in Bodija had a strict rule about "
            "batter on phones.",
            "\u201cIs this Ada's Pot?\u201d said a woman's voice, very fast. \u201cMy name is "
            "Tolani Bakare of Tolani Bakare Events. I am calling about the Adebayo-Cole "
            "party. Sixtieth birthday and thirty-fifth wedding anniversary, Saturday week, "
            "four hundred guests. Royal Pots has pulled out. Can you do it?\u201d",
            "Ada had catered naming ceremonies for sixty and a retirement send-off for ninety. "
            "She had never cooked for four hundred people in her life. Everyone in Ibadan knew "
            "Royal Pots: Jide Alabi's vans were at every wedding worth attending, and his "
            "jollof was the standard every other caterer was measured against. If Royal Pots "
            "had walked away, something was wrong.",
            "\u201cYes,\u201d Ada said. Kelechi dropped the dough.",
            Quote(
                "Forty coolers of party jollof, fried rice, small chops for four hundred, "
                "moi-moi, peppered turkey, chapman at the high table. Tasting on Wednesday. "
                "Send me your quote in one hour.",
                "Tolani Bakare",
                "voice note, 10.14 a.m.",
            ),
            "Her mother came in from the garden while Ada was still staring at the phone. Mrs "
            "Nkechi Nwosu had been a nurse for thirty-one years and had seen many people make "
            "bad decisions under pressure. She listened to the whole story, then walked to the "
            "storeroom and counted pots. \u201cWe have two big pots,\u201d she announced. "
            "\u201cFor forty coolers you need ten. Maybe twelve.\u201d",
            "\u201cThen we will find ten,\u201d Ada said, and she believed it, mostly. For three "
            "years she had been saving to rent a real kitchen with her own name over the door. "
            "One party like this would pay for the first year. She wrote the quote on the back "
            "of a calendar, added a bit for courage, and sent it.",
            "Tolani accepted in eleven minutes without haggling, which Ada's mother said was "
            "the most worrying thing she had heard all day. Then the phone rang again. This "
            "time Ada wiped her hands before she answered. \u201cMadam Ada,\u201d said a deep, "
            "amused voice. \u201cThis is Jide Alabi. I hear you took the Adebayo-Cole job. Let "
            "me give you one small advice\u2026\u201d And the line went dead.",
        ),
        (
            "Bodija market at six in the morning was Ada's favourite place in the world and "
            "also the most expensive one that week. Tomatoes had gone up since Friday. Rice had "
            "gone up since yesterday. Mama Tawa, who had sold Ada pepper since Ada was a "
            "student, shook her head over the list and said that whoever had planned a party "
            "for four hundred in the middle of tomato scarcity deserved to pay double.",
            "\u201cThey are paying,\u201d Ada said. \u201cAt least, they said they will.\u201d",
            "She was arguing with a crayfish seller when a tall man in a Toronto Raptors cap "
            "appeared at her elbow holding two bags of onions he had clearly been overcharged "
            "for. \u201cYou must be Ada,\u201d he said. \u201cI'm Dapo. Adebayo-Cole. It's my "
            "mother's party. Tolani said you'd be here, and I wanted to see where the money "
            "goes.\u201d",
            "Ada looked at the onions. \u201cIt goes to people who see you coming,\u201d she "
            "said. She took the bags, marched him back to the onion seller and got a third of "
            "his money returned with an apology. Dapo watched this the way other people watch "
            "football. He was an accountant, he explained, home from Canada for two weeks, and "
            "his father had put him in charge of what he called the logistics, which so far "
            "meant carrying things.",
            Heading("A small menu change", "h3"),
            "He was good at carrying things. By nine they had loaded a hired bus with rice, "
            "palm oil, turkey and enough onions to make a whole street cry, and they were "
            "eating roasted corn and ube on a bench while Kelechi counted receipts. That was "
            "when Dapo mentioned, casually, that his mother also wanted ofada rice and ayamase "
            "for the older guests. Her friends from church did not eat party jollof, he said. "
            "They considered it a youth activity.",
            "Ada added the cost of ofada rice, green peppers and a second team of hands, and "
            "told him the new figure. He did not flinch, which she noted. He also did not "
            "pretend the change was small, which she noted more.",
            "Then she saw the van. It was parked outside the biggest rice wholesaler in the "
            "market, white with gold letters on the side: ROYAL POTS. Two boys were loading "
            "bags of the exact long-grain rice Ada had ordered the day before, bag after bag, "
            "until the wholesaler's shelf was bare. Leaning on the van, watching her, was a "
            "big man in a white kaftan, smiling.",
        ),
        (
            "The money came on Wednesday morning, and it was not enough. Ada had asked for "
            "seventy per cent before she bought a single grain; Tolani sent thirty, with a "
            "message that the balance would follow after the event, as was customary. Ada's "
            "mother read the message twice and said that in thirty-one years of nursing she "
            "had learned one thing about the word customary: it was what people said when they "
            "meant to owe you.",
            "The tasting was at the Adebayo-Cole house in Iyaganku, a cream-coloured mansion "
            "with four gates and a fountain that was not switched on. Ada carried in six "
            "covered trays, Kelechi carried in the cooler, and Tolani met them at the door in "
            "sunglasses, although they were indoors, and asked why the small chops were not "
            "arranged in a pyramid.",
            "Mrs Yewande Adebayo-Cole was nothing like her party planner. She was round and "
            "warm and tasted everything slowly, with her eyes closed, while her husband read a "
            "newspaper and pretended not to be interested. She finished the ofada rice, wiped "
            "her lips, and pointed at the jollof.",
            Quote(
                "This one has party in it. You can taste the smoke from the bottom of the pot. "
                "Chief, come and taste. This girl did not learn this from a video.",
                "Yewande Adebayo-Cole",
                "at the tasting",
            ),
            "Ada felt brave enough then to raise the deposit. Mrs Adebayo-Cole frowned at "
            "Tolani, Tolani frowned at her phone, and Dapo, who had been leaning on a pillar "
            "pretending not to watch Ada, asked if he could speak to her outside. On the "
            "veranda he admitted what he had found in his father's emails that morning: Royal "
            "Pots had pulled out because the family still owed Jide Alabi for the Chief's "
            "fifty-fifth birthday. Five years ago.",
            "\u201cMy father's office never paid him,\u201d Dapo said. \u201cI didn't know. I'm "
            "ashamed.\u201d He transferred the rest of Ada's seventy per cent from his own "
            "account while she watched, and then, without being asked, typed a message to Jide "
            "Alabi promising to settle the old bill before the party.",
            "They stood on the veranda longer than they needed to, talking about the worst "
            "rice either of them had ever burned. His was in a student flat in Toronto and "
            "involved a fire alarm. Hers was at her own sister's engagement and involved "
            "nobody noticing, because she had covered it with fried plantain. When Ada finally "
            "went back in for her trays, she saw Tolani in the hallway, one hand over the "
            "phone, speaking low: \u201cYes, it's her. Don't worry. It won't hold.\u201d",
        ),
        (
            "Two days before the party, the gas company called to confirm that Ada's order for "
            "six commercial cylinders had been cancelled, as requested by her office. Ada did "
            "not have an office. She had her mother's kitchen, a notebook and a cousin. She "
            "explained this to the gas company for twenty minutes and learned only that the "
            "caller had known her order number, her name and the delivery address.",
            "By noon the rented canopy had also been cancelled, and the boy who was supposed to "
            "bring forty coolers from Ogbomoso had been told the party was postponed. Each time "
            "the voice had been polite and well informed. Each time it had used the words "
            "\u201con behalf of Ada's Pot\u201d.",
            "Ada's mother did not panic. She put on the reading glasses she wore for serious "
            "situations, took over the notebook and became, in her own words, the matron of "
            "the ward. She called the women's guild of her church, who owned a cooking pot "
            "large enough to bathe a goat in and forty years' experience of feeding "
            "congregations on firewood. She called the coolers boy's mother. She sent Kelechi "
            "to find firewood and told him not to come back with excuses.",
            "At eleven that night, as Ada was soaking beans for moi-moi, her phone lit up on "
            "the counter.",
            Quote(
                "Leave this job while you still have a name. Some pots are too hot for small "
                "hands.",
                "Unknown number",
                "text message, 11.02 p.m.",
            ),
            "She sent a screenshot to Dapo before she could decide whether that was wise. He "
            "called back at once and offered to confront Tolani, his father, the whole of "
            "Ibadan if necessary. Ada told him no. She wanted to know who, and why, and she "
            "wanted to find out herself, with rice on the fire, in her own kitchen. He was "
            "quiet for a moment and then said, \u201cOkay. But I'm coming to peel onions "
            "tomorrow, and you can't stop me.\u201d",
            "When she hung up, Kelechi was standing in the doorway with an armful of firewood "
            "and a face she had known since he was a baby, the face he wore whenever he had "
            "broken something. \u201cAunty Ada,\u201d he said, \u201cI think I know how they "
            "got the order numbers.\u201d",
            "\u201cKelechi,\u201d she said slowly, \u201cwhat did you do?\u201d",
        ),
    ),
    scheduled=(
        "Kelechi told it all at once, the way he used to confess to broken plates. Last week "
        "a young woman had stopped him outside the market and offered him twenty thousand "
        "naira to fill in a survey about small caterers in Ibadan: suppliers, prices, "
        "delivery dates. He had photographed Ada's notebook for her. He had thought it was "
        "research. He still had the woman's number, and her profile picture was a selfie at "
        "a wedding, in front of a banner that said TOLANI BAKARE EVENTS.",
        "Ada sat down on an upturned bucket and laughed, because the alternative was to cry "
        "into the beans. It was not Jide Alabi. It had never been Jide Alabi. It was the "
        "woman who had hired her.",
        "Jide himself filled in the rest, when Ada called him at midnight and he answered on "
        "the first ring as if he had been expecting her. Tolani had asked him for a "
        "percentage of his fee in exchange for the booking, he said, and when he refused she "
        "had made sure the old debt came up. Then she had found a small caterer who would "
        "say yes to anything. If the small caterer failed at the last minute, Tolani's "
        "cousin's company would rescue the party, at three times the price.",
        Quote(
            "I have been cooking in this city for twenty-two years. Anybody can buy rice. Not "
            "everybody can stand by a fire all night. Let me see if you can.",
            "Jide Alabi",
            "on the telephone, 12.10 a.m.",
        ),
        "At one in the morning a white van with gold letters stopped outside the Nwosu "
        "house, and two of Royal Pots' cooks climbed out with a stack of pots and a bag of "
        "long-grain rice. Behind them came the women's guild with their enormous pot, Dapo "
        "with a crate of onions and a head torch, and Mama Tawa, who said she had never "
        "missed a scandal in Bodija and did not intend to start now.",
        Heading("Dawn", "h3"),
        "They cooked through the night in the yard, over firewood, under a sky that stayed "
        "stubbornly clear. Ada's mother ran the ward. Dapo peeled onions until he wept, then "
        "kept peeling. At half past five, as the call to prayer drifted over Bodija, Ada "
        "lifted the lid on the last pot and smelled the smoke at the bottom, and knew it was "
        "right. Forty coolers stood in rows in the yard, sealed and labelled.",
        "They reached the hall at eight. Tolani was waiting on the steps in her sunglasses, "
        "holding a printed letter. \u201cI'm afraid the family has cancelled your "
        "contract,\u201d she said sweetly. Dapo had gone home at dawn to change for his "
        "mother's party. Ada called him, and the phone rang and rang, and nobody answered.",
    ),
)
