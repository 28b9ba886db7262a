"""The Sports section: invented athletes, clubs and results beyond the football league."""

from .types import Art, Embed, Quote, Section, Story, days, hours

SPORTS = Section(
    title="Sports",
    slug="sports",
    intro=(
        "Athletics, basketball, boxing and the rest: results, and the stories of the people "
        "behind them."
    ),
    motif="track",
    arts=(
        Art(
            key="sports-navy",
            title="Running track on navy and red",
            alt=(
                "Abstract illustration: the curved white lanes of a running track, one lane "
                "picked out in off-white, on a navy-to-red background"
            ),
            colours=("#1d3557", "#e63946", "#f1faee"),
        ),
        Art(
            key="sports-sky",
            title="Running track on blue",
            alt=(
                "Abstract illustration: the curved white lanes of a running track, one lane "
                "picked out in amber, on a dark-blue-to-sky-blue background"
            ),
            colours=("#03045e", "#0096c7", "#ffb703"),
        ),
        Art(
            key="sports-purple",
            title="Running track on purple",
            alt=(
                "Abstract illustration: the curved white lanes of a running track, one lane "
                "picked out in mint green, on a deep purple background"
            ),
            colours=("#240046", "#9d4edd", "#80ffdb"),
        ),
    ),
    stories=(
        Story(
            title="Eko Bridge Half Marathon runners log their last long runs in the humidity",
            standfirst=(
                "With ten days to go, first-timers and club runners are tapering, drinking more "
                "water and trying not to panic about the heat."
            ),
            art="sports-navy",
            caption="More than 4,000 runners have entered this year's race.",
            tags=("Athletics", "Lagos"),
            authors=("ikenna-obidike",),
            age=hours(30),
            body=(
                "Ten days before the Eko Bridge Half Marathon, the early-morning roads of Lagos "
                "are busy with runners squeezing in their last long sessions before the race.",
                "More than 4,000 people have entered this year's 21-kilometre race, the "
                "organisers say, about a third of them running the distance for the first time.",
                Quote(
                    "The distance is not the hard part. The humidity is. Practise drinking while "
                    "you run, and start slower than you think you should.",
                    "Patience Ubah",
                    "head coach of a Lagos athletics club",
                ),
                "The organisers have added two water stations, one on each side of the bridge, "
                "and medical teams will be posted every three kilometres.",
                Quote(
                    "I started running last year to manage my blood pressure. Now my doctor says "
                    "I am fitter than him. I just want to finish smiling.",
                    "Oluwaseun Bakare",
                    "first-time half marathoner, 52",
                ),
                "Coaches advise entrants to cut their weekly distance by about a third in the "
                "last ten days, sleep well, and not to try new shoes or new food on race morning.",
            ),
        ),
        Story(
            title="Kano Rim Rockers clinch a playoff place with a last-second three",
            standfirst=(
                "Abba Danladi's shot from the corner sealed a 78-77 win over the Lagos Harbour "
                "Hawks and sent a packed Kano arena into chaos."
            ),
            art="sports-sky",
            caption="The Rockers had trailed by eleven points at half-time.",
            tags=("Basketball",),
            authors=("ikenna-obidike",),
            age=days(4),
            body=(
                "With four seconds left and his side a point down, Abba Danladi took the inbound "
                "pass, dribbled once into the corner and released a shot over two defenders. It "
                "dropped through as the buzzer sounded, giving the Kano Rim Rockers a 78-77 win "
                "over the Lagos Harbour Hawks and a place in the playoffs.",
                "The result ended a run of three straight defeats for the Rockers, who had "
                "trailed by eleven points at half-time.",
                Quote(
                    "In the huddle, coach drew the play for someone else. But I saw the corner "
                    "was open and I trusted my legs. My mother was in the stand; I had to make it.",
                    "Abba Danladi",
                    "point guard, Kano Rim Rockers",
                ),
                Embed(
                    "https://t.me/danfodispatch/412",
                    "Video: Danladi's corner three at the buzzer",
                ),
                "The Hawks had led for most of the game behind 24 points from forward Chukwudi "
                "Anene, and now need to win their final regular-season game to reach the "
                "playoffs.",
                Quote(
                    "We controlled the game for thirty-eight minutes. You cannot give a shooter "
                    "like that any space at the end. That one is on all of us.",
                    "Femi Adeoti",
                    "head coach, Lagos Harbour Hawks",
                ),
            ),
        ),
        Story(
            title="Ibadan teenager reaches her first continental table tennis final",
            standfirst=(
                "Sixteen-year-old Mariam Adebowale beat the second seed in straight games and "
                "will play for gold at a continental junior championship."
            ),
            art="sports-purple",
            caption="Adebowale has won 14 matches in a row this season.",
            tags=("Ibadan", "Young talent"),
            authors=("ikenna-obidike",),
            age=days(15),
            body=(
                "Mariam Adebowale learned to play table tennis on a concrete table outside her "
                "school in Ibadan, with a plank of wood for a net. This week the 16-year-old "
                "reached the final of a continental junior championship, beating the second "
                "seed in straight games.",
                "Adebowale, who trains at a community club in the city, has won 14 matches in a "
                "row across two tournaments this season, relying on a fast backhand and a calm "
                "manner that belies her age.",
                Quote(
                    "When I play, I do not look at who is across the table. I look at the ball. "
                    "The ball does not know who is the seed.",
                    "Mariam Adebowale",
                    "table tennis player",
                ),
                "Her coach, who has trained young players in Ibadan for more than twenty years, "
                "says the club has produced strong players before, but never one who improved "
                "so quickly.",
                Quote(
                    "She is the first to arrive and the last to leave, and she asks questions. "
                    "Talent is common. A player who asks questions is rare.",
                    "Ayodeji Olatunji",
                    "her coach",
                ),
                "The club plans to show the final on a big screen outside the school where she "
                "first played.",
            ),
        ),
        Story(
            title="Segun 'Iron' Adeyanju keeps his national title after twelve hard rounds",
            standfirst=(
                "The Ibadan heavyweight won a split decision over the Uyo challenger Aniekan Udo "
                "in a fight that could have gone either way."
            ),
            art="sports-navy",
            caption="Two judges scored the fight for Adeyanju, one for Udo.",
            tags=("Ibadan",),
            authors=("ikenna-obidike",),
            age=days(45),
            body=(
                "Segun Adeyanju has built his reputation on never taking a backward step. On a "
                "hot night in Ibadan he needed every bit of that stubbornness to keep his "
                "national heavyweight title, edging Uyo's Aniekan Udo on a split decision after "
                "twelve rounds.",
                "Udo, eight years younger and quicker with his hands, won most of the early "
                "rounds from range. Adeyanju came on strongly in the second half of the fight, "
                "pushing the challenger to the ropes and working the body.",
                Quote(
                    "He is fast, I give him that. But twelve rounds is a long way. I told my "
                    "corner after round six: now we start to work.",
                    "Segun Adeyanju",
                    "national heavyweight champion",
                ),
                "Two judges scored the fight 115-113 for Adeyanju; the third had it 116-112 for "
                "Udo. The challenger's camp says it will ask for a rematch.",
                Quote(
                    "Everyone in that hall saw who landed the cleaner shots. We will be back, and "
                    "next time we will not leave it to the judges.",
                    "Edet Akpan",
                    "trainer to Aniekan Udo",
                ),
            ),
        ),
        Story(
            title="Wheelchair basketball league grows to ten teams for the new season",
            standfirst=(
                "Four new clubs, from Jos, Benin, Ilorin and Owerri, join a league that began "
                "five years ago with six teams and borrowed chairs."
            ),
            art="sports-sky",
            caption="Most teams now own their own sports wheelchairs.",
            tags=("Basketball",),
            authors=("ikenna-obidike",),
            age=days(90),
            body=(
                "When the national wheelchair basketball league began five years ago, its six "
                "teams shared a single set of sports wheelchairs, driven from city to city in "
                "the back of a truck. This season there are ten teams, and most own their own "
                "equipment.",
                "The four new clubs, from Jos, Benin, Ilorin and Owerri, were admitted after a "
                "trial tournament in Abuja, where league officials checked that each could "
                "field a full squad and had access to an accessible court.",
                Quote(
                    "Sport is where many of us found our confidence again. Every new club means a "
                    "new city where a young person in a wheelchair can find that too.",
                    "Ifeanyi Orji",
                    "captain of the Abuja team and a league co-founder",
                ),
                "The league still relies heavily on volunteers and donations. A sports "
                "wheelchair costs about as much as a small car, and repairs are hard to find "
                "outside the biggest cities.",
                Quote(
                    "Our players travel on roads and in buses that were not built for them. "
                    "Getting to a game is sometimes harder than winning it.",
                    "Grace Ameh",
                    "league administrator",
                ),
            ),
        ),
        Story(
            title="Abuja Capital Ladies finish the first round unbeaten",
            standfirst=(
                "Nine wins and two draws leave the capital club four points clear in the women's "
                "league, with a defence that has conceded only three goals."
            ),
            art="sports-purple",
            caption="Capital have conceded three goals in eleven matches.",
            tags=("Football", "Abuja"),
            authors=("ikenna-obidike",),
            age=days(140),
            body=(
                "Abuja Capital Ladies ended the first round of the women's league unbeaten after "
                "a 2-0 win over Calabar Tides Ladies, with goals either side of half-time from "
                "striker Blessing Ekwueme and midfielder Safiya Bala.",
                "The result leaves Capital four points clear at the top. Their defence, led by "
                "the 30-year-old centre-back Rita Ogbonna, has conceded only three goals in "
                "eleven matches.",
                Quote(
                    "We talk about clean sheets the way other teams talk about goals. If we do "
                    "not concede, we only need one chance.",
                    "Rita Ogbonna",
                    "captain, Abuja Capital Ladies",
                ),
                "Halima Yaro, in her first season as coach, has built the side around a compact "
                "4-4-2 that presses only when the ball goes wide.",
                Quote(
                    "The girls have bought into the plan. The second round will be harder, "
                    "because now everyone wants to beat us.",
                    "Halima Yaro",
                    "coach, Abuja Capital Ladies",
                ),
            ),
        ),
        Story(
            title="Schoolgirl breaks the 400m record at the Enugu inter-schools championships",
            standfirst=(
                "Fifteen-year-old Chidinma Okoro ran 54.8 seconds, taking almost a second off a "
                "championship record that had stood for eleven years."
            ),
            art="sports-navy",
            caption="Okoro finished more than twenty metres clear of the field.",
            tags=("Athletics", "Education", "Young talent"),
            authors=("ikenna-obidike",),
            age=days(220),
            body=(
                "The stands at the Enugu inter-schools athletics championships rose as one when "
                "Chidinma Okoro crossed the line in the girls' 400 metres. The clock read 54.8 "
                "seconds, almost a second faster than the championship record set eleven years "
                "ago.",
                "Okoro, 15, led from the start and pulled further ahead on the final bend, "
                "finishing more than twenty metres clear of the rest of the field.",
                Quote(
                    "My coach told me to run the first 200 like it is the last. I was tired at "
                    "the end, but I could hear my school singing, so I kept going.",
                    "Chidinma Okoro",
                    "400m champion",
                ),
                "Her school's sports master says she trains four mornings a week on a grass "
                "track, with a stopwatch and a whistle as her only equipment.",
                Quote(
                    "Imagine what she could do with spikes that fit and a proper track. We need "
                    "to find her support before someone else does.",
                    "Chinedu Agu",
                    "sports master at her school",
                ),
            ),
        ),
        Story(
            title="Lagos junior tennis open returns after a three-year break",
            standfirst=(
                "More than 150 players aged 10 to 18 entered the revived tournament, and the "
                "organisers say the standard was higher than ever."
            ),
            art="sports-sky",
            caption="Players came from clubs in eight states.",
            tags=("Lagos", "Young talent"),
            authors=("ikenna-obidike",),
            age=days(310),
            body=(
                "The courts of a Lagos sports club were busy from first light this week as the "
                "city's junior tennis open returned after three years away. More than 150 "
                "players aged 10 to 18 entered, from clubs in eight states.",
                "The tournament was suspended when its main sponsor withdrew. It returned this "
                "year with the support of a group of parents and former players, who paid for "
                "balls, umpires and prize money.",
                Quote(
                    "A tournament gives young players a reason to train. Without one, they "
                    "practise and practise with nothing to aim at. We could not let it go.",
                    "Ronke Fagbemi",
                    "tournament director and former national player",
                ),
                "The under-18 titles went to Toluwani Olabode of Lagos and Emmanuel Nnaji of "
                "Enugu, both of whom hope to earn places at tennis academies abroad.",
                Quote(
                    "Playing at home, in front of my family, is the best feeling. Next year I "
                    "want to defend it.",
                    "Toluwani Olabode",
                    "girls' under-18 champion",
                ),
            ),
        ),
        Story(
            title="Abuja teenager earns his chess master title after a ten-round marathon",
            standfirst=(
                "Seventeen-year-old Yusuf Bello secured the result he needed with a draw in the "
                "final round, after three days of games lasting up to six hours."
            ),
            art="sports-purple",
            caption="Bello trains online in the evenings after school.",
            tags=("Abuja", "Young talent"),
            authors=("ikenna-obidike",),
            age=days(420),
            updated=days(1),
            body=(
                "After ten rounds and more than forty hours at the board, Yusuf Bello needed only "
                "a draw in his last game to become a chess master. He got it with a careful, "
                "patient endgame, offering a repetition of moves that his opponent accepted "
                "after almost five hours.",
                "Bello, 17, learned chess from his older brother and now trains online in the "
                "evenings after school, playing opponents from across the continent.",
                Quote(
                    "In the last game I was not thinking about the title. I was thinking: do not "
                    "blunder, do not blunder. When he accepted the draw, my hands were shaking.",
                    "Yusuf Bello",
                    "chess player",
                ),
                "His club is raising money to send him to tournaments abroad next year.",
                Quote(
                    "Yusuf has a rare quality: he is not afraid of long, quiet positions. Most "
                    "young players want fireworks. He is happy to grind.",
                    "Ahmed Tanko",
                    "coach at his Abuja chess club",
                ),
                "Update: the international chess federation has formally confirmed Bello's title.",
            ),
        ),
    ),
)
