"""The Landlord's Second Key: a completed mystery serial set in a Yaba compound."""

from newsstand.series.models import AgeAdvisory, IndexedEdition, SeriesStatus

from .types import Art, Heading, Quote, Serial, days

SECOND_KEY = Serial(
    title="The Landlord's Second Key",
    slug="the-landlords-second-key",
    synopsis=(
        "The night before rent day, the old landlord of No. 14 Ilori Lane hands a dead Nokia "
        "to the phone repairer at his gate and says, \u201cIf anything happens, the phone "
        "knows.\u201d By morning he has vanished, and his son from Abuja is telling eleven "
        "households the house has been sold. A mystery in eight episodes about a Yaba compound "
        "that refuses to be packed into boxes."
    ),
    genre="Mystery",
    age_advisory=AgeAdvisory.TEEN,
    status=SeriesStatus.COMPLETED,
    release_cadence="New episode every Friday",
    indexed_edition=IndexedEdition.COMPLETE,
    authors=("chidera-anozie",),
    motif="pages",
    cover=Art(
        key="stories-second-key",
        title="Cover of The Landlord's Second Key",
        alt=(
            "Abstract illustration: an open book with lines of white text and a gold ribbon "
            "bookmark, under small stars on a night sky fading from deep indigo to plum, with "
            "a large translucent letter T"
        ),
        colours=("#1b1b3a", "#693668", "#f6c445"),
    ),
    latest=days(60),
    episodes=(
        (
            "The light went off at ten past nine, the way it did most Tuesdays, and No. 14 "
            "Ilori Lane in Yaba answered the way it always did: a groan from eleven rooms, the "
            "cough of two generators, and Mama Risi shouting that whoever had borrowed her "
            "kerosene lamp should bring it back before she reported them to God.",
            "Tobiloba Adesanya did not groan. He switched on the rechargeable lantern inside his "
            "kiosk at the compound gate, turned the cardboard sign from CLOSED back to OPEN, and "
            "waited. Power cuts were good for a phone repairer. Darkness reminded people how much "
            "they needed their cracked screens and tired batteries.",
            "His first customer was the last person he expected. Baba Oduya, who owned the house "
            "and lived in its front room, came across the courtyard in his slippers and his old "
            "brown agbada, holding something wrapped in a handkerchief. In the three years Tobi "
            "had rented the kiosk, Baba had never brought him a single job. The old man did not "
            "trust what he called talking glass.",
            "Inside the handkerchief was a Nokia so old that its keypad had faded to blank grey "
            "buttons. The battery had swollen like a bread roll. Tobi found a replacement in his "
            "drawer of rescued parts, cleaned the contacts with a toothbrush, and the small "
            "screen glowed green. When the phone played its old tune, Baba let out a breath, as "
            "if he had been holding it since morning.",
            "\u201cGood,\u201d Baba said. But he did not take the phone. He pushed it back across "
            "the counter. \u201cKeep it for me. If anything happens, the phone knows.\u201d "
            "Before Tobi could ask what might happen, the old man was walking back to his room, "
            "and the bolt slid across his door.",
            Heading("Rent day", "h3"),
            "In the morning the front room was locked from the outside with a padlock nobody "
            "had seen before. Baba's walking stick was gone from its corner. By noon the whole "
            "compound had a theory: hospital, church, the village, a second wife. Only Tobi "
            "said nothing, because the Nokia was heavy in his pocket.",
            "At four o'clock a black jeep stopped at the gate and a man in a grey suit climbed "
            "out with a folder under his arm. He looked the way Baba might have looked forty "
            "years ago, if Baba had ever worn a suit. \u201cI am Kunle Oduya,\u201d he told the "
            "courtyard. \u201cMy father has sold this house. You all have thirty days.\u201d",
        ),
        (
            "Kunle nailed the notice to the gate himself, using the heel of an expensive shoe "
            "as a hammer. By the time the jeep drove off, half of Ilori Lane had read it, and "
            "the other half had heard it read aloud by the boys who sold sachet water at the "
            "junction.",
            Quote(
                "TO ALL OCCUPANTS OF NO. 14 ILORI LANE. This property has been sold to Crestline "
                "Homes Limited. Every tenant must vacate on or before the last day of next "
                "month. Rent already paid beyond that date will be refunded on request.",
                "Kunle Oduya",
                "notice nailed to the gate",
            ),
            "The tenants met that evening under the mango tree. Sister Blessing came with combs "
            "still pushed into her hair from the salon. Emeka the danfo conductor came in his "
            "work singlet, smelling of diesel and ready to fight anybody. Mama Risi came last, "
            "carrying a stool, because thirty years as a clerk in the magistrates' court "
            "registry had taught her that meetings always ran long.",
            "Emeka wanted to pull the notice down and burn it. Blessing wanted to know where she "
            "would find a room she could afford with her daughter's final exams six weeks away. "
            "Mama Risi waited until they had finished, then said what she always said when "
            "people panicked: \u201cA house is not sold because a man in a suit says so. A "
            "house is sold when the papers say so. And papers can be read.\u201d",
            "That was when Tobi put the Nokia on the bench and told them what Baba had said. "
            "Blessing's daughter Ifeoma, who was seventeen and trusted no adult's explanation of "
            "a phone, picked it up at once. \u201cOld phones keep drafts,\u201d she said, "
            "pressing the grey buttons by memory. There were only five contacts. There were no "
            "received messages at all. There was one unsent draft.",
            Quote(
                "If Kunle comes, look where Lara kept her thread.",
                "Baba Oduya",
                "an unsent text message",
            ),
            "Nobody spoke for a moment. Mama Lara, Baba's wife, had been dead six years, but "
            "everyone over twenty remembered her: the best tailor on the street, who sewed "
            "school uniforms for half the children of Yaba and never charged the orphans. Her "
            "sewing machine was still locked in the storeroom behind the well, and the key to "
            "the storeroom hung on a nail in Baba's padlocked room.",
            "\u201cThen we need another way in,\u201d Tobi said. As he spoke, headlights swept "
            "across the compound wall. The black jeep was parked outside the gate again, its "
            "engine off, and nobody had heard it come back.",
        ),
        (
            "They waited until two in the morning, when even the generators on Ilori Lane had "
            "gone quiet. Emeka kept watch by the gate, pretending to be a man who could not "
            "sleep and had come out to count stars. Ifeoma held the torch. Tobi knelt at the "
            "storeroom door with the tiny screwdriver he used for phone casings.",
            "\u201cLocks are strong,\u201d he whispered. \u201cHinges are lazy.\u201d The "
            "screws were rusted into the frame, but one by one they turned, and the door came "
            "away in his hands with a sigh of old wood. Inside, the air smelled of dust, "
            "camphor and something sweet, like the inside of a new bolt of cloth.",
            "Mama Lara's sewing machine stood under a flowered sheet, exactly where she had "
            "left it. Its little drawers were still full: buttons in a milk tin, chalk for "
            "marking hems, and thread, dozens of spools of it in every colour a school uniform "
            "could need. Under the last row of spools, Ifeoma's fingers found paper.",
            "It was a brown envelope, soft with age. Inside was a brass key tied to a strip of "
            "masking tape that said 14 \u2013 2, a photocopy of the Certificate of Occupancy "
            "for the house in the name of Ezekiel Adebowale Oduya, and a note written in "
            "careful capital letters, the kind a man makes when every letter was hard-won.",
            Quote(
                "THE ORIGINAL IS WITH THE ONE WHO TAUGHT ME TO READ.",
                "Baba Oduya",
                "a note in the sewing machine drawer",
            ),
            "\u201cWho taught Baba to read?\u201d Ifeoma asked. Tobi had no idea. He had not "
            "even known there was a time Baba could not. Before he could say so, the torch beam "
            "was swallowed by a brighter one, and a voice spoke from the doorway.",
            "\u201cWhat are you doing in my mother's workroom?\u201d Kunle stood there in a "
            "singlet and trousers, a phone torch raised. Tobi slid the envelope inside his "
            "shirt. He expected shouting. Instead Kunle looked past them at the sewing machine "
            "for a long time, and when he spoke again his voice was tired. \u201cGo to bed. In "
            "thirty days none of this will be your business.\u201d",
            "In the morning, the prepaid electricity meter by the gate read zero, and the card "
            "that loaded it was gone.",
        ),
        (
            "No. 14 learned quickly what a compound without a meter card looks like. Sister "
            "Blessing's hair dryers stood silent and her customers went to the salon across the "
            "road. Freezers were emptied into neighbours' freezers. The only working socket "
            "belonged to Tobi, whose kiosk ran on a solar panel no bigger than a school desk, "
            "and by Thursday his counter was covered with other people's phones charging in a "
            "tangle of cables.",
            "It was Mama Risi who solved the riddle of the note, over a bowl of akara she was "
            "not selling because nobody could see to buy it. \u201cBaba learned to read at "
            "forty,\u201d she said. \u201cEvening classes. His elder sister taught them. A "
            "schoolteacher, very strict. She retired to Abeokuta, I think.\u201d",
            "Tobi went back to the Nokia. The call log was almost empty, but the last number "
            "Baba had dialled was a landline with the old Abeokuta code. Tobi stared at it for a "
            "full minute before he pressed call, and when a woman answered he forgot every "
            "sentence he had practised.",
            "\u201cWho gave you this number?\u201d she asked. Her voice was old and very clear, "
            "the voice of someone used to silencing a classroom. Tobi told her about the phone, "
            "the draft, the storeroom and the key. When he finished there was a silence so "
            "long he thought the line had dropped.",
            Quote(
                "Come on Saturday. Come with people you trust. And do not bring my nephew.",
                "the woman in Abeokuta",
                "on the telephone",
            ),
            "Emeka said his cousin Sule drove the Abeokuta route from Oshodi and owed him a "
            "favour. Ifeoma said she was coming whether anybody agreed or not, and after an "
            "hour of argument her mother agreed on condition that she took her chemistry "
            "textbook. They were still planning when two strangers walked into the courtyard: "
            "a man with a measuring tape and a young woman in a white hard hat with CRESTLINE "
            "printed across the front.",
            "The woman smiled politely at everyone, as if they were furniture that would soon "
            "be moved. \u201cDon't mind us,\u201d she said, writing numbers on a clipboard. "
            "\u201cWe break ground in five weeks.\u201d",
        ),
        (
            "Sule's bus left Oshodi at six, and by nine Olumo Rock was rising grey out of the "
            "green hills on their left. Ifeoma read her chemistry textbook for exactly ten "
            "minutes and then slept on Emeka's shoulder. Tobi held the brown envelope on his "
            "lap the whole way, as if it might try to escape through the window.",
            "The house stood on a narrow street near Itoku market, where lengths of indigo "
            "adire cloth hung drying over every wall. The woman who opened the gate was small "
            "and straight-backed, with reading glasses on a chain. \u201cI am Mama Abike,\u201d "
            "she said, looking them over one by one, like a register. \u201cYou are late. Come "
            "in. He is waiting.\u201d",
            "Baba Oduya sat in the parlour in a cane chair, looking smaller than Tobi "
            "remembered, as if five days away from home had folded him. When he saw them he did "
            "not ask about the compound or the tenants or the notice. He asked whether Mama "
            "Risi was still frying her akara too dark. Then he laughed, and then, for a "
            "moment, he covered his eyes.",
            "The story came out slowly. Kunle's business in Abuja, a poultry farm with a "
            "delivery company attached, had failed. He owed money to people who did not send "
            "polite letters. In March he had come to Lagos and begged his father to sell the "
            "house. Baba refused. Kunle said he would sell it anyway, with or without a "
            "signature, and the next week strangers began measuring the courtyard.",
            Quote(
                "A father cannot drag his son to court. But a father can refuse to sign. So I "
                "came here, where nobody can make me.",
                "Baba Oduya",
                "in his sister's parlour",
            ),
            "Mama Abike went to her bedroom and came back with a biscuit tin. Under her "
            "teaching certificates, wrapped in a plastic bag, was the original Certificate of "
            "Occupancy. \u201cHe brought it to me in 1991,\u201d she said. \u201cHe told me the "
            "only person he trusted with something written was the person who taught him to "
            "write.\u201d",
            "Tobi was about to ask Baba to come home when Ifeoma's phone buzzed with a voice "
            "note from her mother. Sister Blessing was shouting over the sound of metal on "
            "concrete. \u201cCome back now! They are taking the gate off the wall!\u201d",
        ),
        (
            "They reached Ilori Lane at dusk. The gate of No. 14 leaned against the compound "
            "wall, lifted off its hinges, and the courtyard was full: tenants, neighbours, the "
            "sachet water boys, two labourers with crowbars, Kunle in his grey suit, and a "
            "woman in a trouser suit who was clearly the person everyone was waiting for.",
            "She introduced herself as Mrs Adaora Nwachukwu, managing director of Crestline "
            "Homes, and she was not the villain Tobi had pictured. She was businesslike and "
            "tired, and she held up a deed of assignment the way a teacher holds up homework. "
            "\u201cSigned by the owner, Ezekiel Adebowale Oduya, before a lawyer in Ikeja on "
            "the fourteenth of last month. My company has paid a deposit. I need the tenants "
            "out.\u201d",
            "Mama Risi stepped forward and held out her hand. \u201cThirty years in a court "
            "registry,\u201d she said. \u201cLet me see.\u201d Mrs Nwachukwu hesitated, then "
            "gave her the deed. Mama Risi put on her glasses and studied the last page in "
            "silence, while the whole courtyard watched her face.",
            "\u201cBaba writes his name in capitals,\u201d she said finally. \u201cEZEKIEL "
            "ODUYA, every letter standing by itself, the way his sister taught him. This "
            "signature is joined up like a bank manager's. And it says he signed in Ikeja at "
            "half past eleven on the fourteenth.\u201d She reached into her apron and took out "
            "a small exercise book with a torn cover. \u201cThis is my credit book.\u201d",
            "Every morning for nine years, Baba had bought two balls of akara and a cup of pap "
            "on credit and signed for them at the end of each day. Mama Risi turned the pages "
            "until she found the fourteenth. In careful capitals, beside a time written in her "
            "own hand, half past eleven, was his name.",
            Quote(
                "Mr Oduya, I am going to ask you once. Who signed this document?",
                "Adaora Nwachukwu",
                "managing director, Crestline Homes",
            ),
            "Kunle said nothing. He looked at the credit book, then at the gate lying against "
            "the wall, then at the ground. Mrs Nwachukwu folded the deed into her bag. "
            "\u201cMy lawyer will be at the land registry on Monday morning,\u201d she said. "
            "\u201cNobody touches this gate until then.\u201d",
            "She was turning to leave when a yellow taxi stopped in the lane and the whole "
            "courtyard went quiet. Mama Abike climbed out first, straight-backed, and then held "
            "the door for her brother.",
        ),
        (
            "For a long moment, nobody in No. 14 moved. Then Baba Oduya walked through the "
            "empty gateway with his stick, past the labourers and the neighbours and Mrs "
            "Nwachukwu, and sat down on the bench under the mango tree, the same bench where "
            "the tenants had read the notice. He patted the space beside him and looked at his "
            "son.",
            "Eleven households found urgent reasons to stay in the courtyard. Blessing "
            "rearranged the same three wigs on their stands. Emeka polished a side mirror that "
            "did not need polishing. Tobi sat in his kiosk and pretended to solder.",
            "Kunle did not sit. He talked standing up, fast, the way people talk when they have "
            "been holding words for months. The farm. The loans. The men who called at night. "
            "The lawyer in Ikeja who said a signature was only a signature and a father would "
            "forgive what was already done. \u201cYou have always loved this house more than "
            "you loved me,\u201d he said, and his voice cracked on the last word.",
            "Baba let him finish. Then he pointed at the storeroom behind the well.",
            Quote(
                "Your mother built this house with a sewing machine. Every room was a hundred "
                "school uniforms. The rent from these rooms paid your school fees, your "
                "university, your first car. I did not love the house more than you. The house "
                "was how we loved you.",
                "Baba Oduya",
                "under the mango tree",
            ),
            "Kunle sat down then, all at once, as if his legs had decided for him. Mrs "
            "Nwachukwu cleared her throat and said that Crestline would recover its deposit "
            "from the Ikeja lawyer and would be withdrawing from the purchase. What happened "
            "about the forged deed, she said, she would leave to the family, but she would not "
            "pretend she had never seen it.",
            "\u201cNo police,\u201d Baba said quietly. \u201cBut no more lies.\u201d Mama Abike "
            "took a pencil and an exercise book from her handbag and put them in her nephew's "
            "hands. \u201cWrite down every naira you owe, and to whom,\u201d she said. "
            "\u201cThen we will read it together. That is how I taught your father.\u201d",
            "That night Kunle went out to his jeep and came back with the meter card. When the "
            "lights of No. 14 came on, the whole courtyard cheered, and it took Tobi a moment "
            "to notice that Kunle was not cheering. He was counting the rooms.",
        ),
        (
            "Six weeks later, Ifeoma sat her last exam paper, walked out of the hall and "
            "straight to Ilori Lane to watch Emeka and Kunle hang the gate back on its hinges. "
            "Kunle had never hung a gate before. Emeka had opinions about how it should be "
            "done, and shared all of them, and the gate swung true on the third attempt.",
            "A lot had changed on the street by then. Kunle had sold the jeep and rented the "
            "storeroom behind the well from his own father at the full price. It was now a "
            "small workshop: Blessing's apprentices sewed wig caps there in the mornings, and "
            "in the afternoons Kunle ran deliveries for the whole lane on a secondhand "
            "motorcycle, phones for Tobi, wigs for Blessing, akara for anyone who paid Mama "
            "Risi in advance. A third of his debts were already paid. His aunt checked the "
            "exercise book every Sunday.",
            "Mama Lara's sewing machine had gone to Ifeoma, who had announced that she would "
            "study fashion design and engineering, both, and nobody had dared tell her that was "
            "two courses.",
            Heading("The second key", "h3"),
            "On the evening the gate went back up, Baba called Tobi to the front room and "
            "pressed the brass key into his palm, the strip of masking tape still tied to it. "
            "\u201cLara had two keys cut for every lock in this house,\u201d he said. \u201cOne "
            "for me. One for whoever would look after the house when we could not. She told "
            "me I would know who, when the time came.\u201d",
            "\u201cBaba, I only fix phones,\u201d Tobi said.",
            "\u201cYou fixed my phone,\u201d Baba said, \u201cand then you kept it until it was "
            "needed. That is what a caretaker is.\u201d",
            "The light went off at ten past nine, the way it did most Tuesdays. This time No. "
            "14 hardly groaned. The solar lantern Kunle had bought for the courtyard came on "
            "by itself, and under it Baba sat with Tobi's old smartphone, learning with great "
            "seriousness how to send a text message. The Nokia stayed in the kiosk drawer, "
            "charged, in case anything happened.",
        ),
    ),
)
