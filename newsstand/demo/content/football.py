"""The Football Analysis section: tactics and data from an invented Premier Division."""

from .types import Art, Figure, Heading, Quote, Section, Story, Table, days, hours

FOOTBALL = Section(
    title="Football Analysis",
    slug="football-analysis",
    intro="Tactics, data and opinion from the Premier Division, explained without the jargon.",
    motif="pitch",
    arts=(
        Art(
            key="football-grass",
            title="Tactics board on grass green",
            alt=(
                "Abstract illustration: a tactics board on a green pitch, with yellow dots for "
                "one side, white rings for the other and a yellow line tracing a passing move"
            ),
            colours=("#14532d", "#22c55e", "#facc15"),
        ),
        Art(
            key="football-night",
            title="Tactics board at night",
            alt=(
                "Abstract illustration: a tactics board on a dark night-time pitch, with pink "
                "dots for one side, white rings for the other and a pink line tracing a move"
            ),
            colours=("#0f172a", "#166534", "#f472b6"),
        ),
        Art(
            key="football-clay",
            title="Tactics board on rust",
            alt=(
                "Abstract illustration: a tactics board on a rust-brown pitch, with sky-blue "
                "dots for one side, white rings for the other and a blue line tracing a move"
            ),
            colours=("#7c2d12", "#b45309", "#38bdf8"),
        ),
    ),
    stories=(
        Story(
            title="Title race: four points separate the top five with ten games left",
            standfirst=(
                "The tightest race in years, in one table, and where each contender's points "
                "will be won and lost."
            ),
            art="football-grass",
            caption="Kano Stars lead, but face the hardest run-in of the contenders.",
            tags=("Football", "Tactics"),
            authors=("dayo-akinwale", "ikenna-obidike"),
            age=hours(28),
            body=(
                "With ten rounds of the Premier Division left, only four points separate the top "
                "five, and none of the contenders has a clear advantage. This is how the top of "
                "the table looks after the weekend's matches.",
                Table(
                    "Premier Division: top of the table after 28 rounds",
                    (
                        ("text", "Club"),
                        ("number", "Played"),
                        ("number", "Won"),
                        ("number", "Drawn"),
                        ("number", "Lost"),
                        ("number", "Goal difference"),
                        ("number", "Points"),
                    ),
                    (
                        ("Kano Stars", 28, 16, 7, 5, 19, 55),
                        ("Abuja Capital", 28, 16, 5, 7, 14, 53),
                        ("Jos Highlanders", 28, 15, 7, 6, 12, 52),
                        ("Ibadan Royals", 28, 14, 9, 5, 10, 51),
                        ("Calabar Tides", 28, 15, 6, 7, 8, 51),
                        ("Ikorodu Mariners", 28, 12, 8, 8, 3, 44),
                    ),
                ),
                Heading("Kano Stars: the hardest run-in"),
                "The leaders have the most points and the hardest fixtures, with six of their "
                "last ten games away from home, including trips to Jos and Ibadan. Their pressing "
                "game has been the league's most effective, but it has also left players tired "
                "late in the season.",
                Heading("Abuja Capital: the best defence"),
                "Capital have conceded 21 goals, the fewest in the division, and five of their "
                "last ten matches are against teams in the bottom half. If their forwards find "
                "form, they are best placed to overtake the leaders.",
                Heading("The chasing three"),
                "Jos Highlanders, Ibadan Royals and Calabar Tides all have reasons for hope. "
                "Highlanders have the youngest squad and the league's most dangerous full-backs; "
                "Royals are unbeaten in nine; Tides have the division's top scorer. All three "
                "still play each other, so they will take points off one another.",
                Quote(
                    "In a race this tight, it is not the big games that decide it. It is the wet "
                    "Wednesday away at a team fighting relegation. Whoever wins those will be "
                    "champion.",
                    "Emmanuel Etuk",
                    "former Premier Division coach",
                ),
            ),
        ),
        Story(
            title="Tactics board: how Kano Stars' high press took Calabar Tides apart",
            standfirst=(
                "The leaders won the ball back 14 times in their opponents' half. We break down "
                "the trap, the trigger and the one weakness Tides found."
            ),
            art="football-night",
            caption="Two of Stars' three goals came straight from winning the ball high up.",
            tags=("Football", "Tactics"),
            authors=("dayo-akinwale",),
            age=days(3),
            body=(
                "Kano Stars' 3-0 win over Calabar Tides was their most complete performance of "
                "the season, and it was built on what they did without the ball. By our count, "
                "Stars won possession back in Tides' half 14 times, and two of the three goals "
                "came directly from those regains.",
                Heading("The trigger"),
                "Stars did not press all the time. They waited for one signal: a pass from "
                "Tides' centre-backs to their full-backs. The moment the ball went wide, the "
                "Stars winger sprinted to close down the full-back, the nearest midfielder "
                "blocked the pass back inside, and the striker cut off the route to the "
                "goalkeeper.",
                Figure(
                    "football-grass",
                    "Stars' pressing trap: let the ball go wide, then close the inside passes.",
                ),
                Heading("The goals"),
                "The first goal came in the eleventh minute, when a rushed pass down the line was "
                "intercepted and crossed for a tap-in. The second followed the same pattern on "
                "the other flank. By half-time, Tides' defenders were hitting long balls rather "
                "than risk playing out.",
                Quote(
                    "We spent all week on one idea: let them have the ball in the middle, take it "
                    "from them on the side. The players did it better than we drew it.",
                    "Abdulrahman Yola",
                    "head coach, Kano Stars",
                ),
                Heading("The weakness"),
                "Tides did find one way through. When their defensive midfielder dropped between "
                "the centre-backs, Stars' front three were outnumbered, and twice Tides carried "
                "the ball into space. They did it too rarely to change the game, but future "
                "opponents will have noticed.",
            ),
        ),
        Story(
            title="Why Ikorodu Mariners keep conceding from set pieces",
            standfirst=(
                "Eleven of the 30 goals Mariners have let in came from corners and free-kicks. "
                "The problem is how they mark, not how tall they are."
            ),
            art="football-clay",
            caption="Seven set-piece goals came from late runs to the penalty spot.",
            tags=("Football", "Tactics"),
            authors=("dayo-akinwale",),
            age=days(10),
            body=(
                "Ikorodu Mariners have one of the tallest defences in the Premier Division, yet "
                "eleven of the thirty goals they have conceded came from set pieces, more than "
                "any other team. Watch all of those goals again and a pattern emerges.",
                Heading("A zone with a gap"),
                "Mariners defend corners with six players in a line across the six-yard box and "
                "two marking attackers man-to-man. The problem is the space between that line "
                "and the penalty spot, where opponents have scored seven times by arriving late "
                "and unmarked.",
                Heading("The second ball"),
                "Mariners win the first header well but deal poorly with what happens next. Four "
                "goals came from loose balls after the first clearance, with nobody stationed at "
                "the edge of the area to collect them.",
                Quote(
                    "It is not about height. It is about who is responsible for which space. When "
                    "a goal goes in and three defenders look at each other, the plan is not "
                    "clear.",
                    "Emmanuel Etuk",
                    "former Premier Division coach",
                ),
                "The fix needs no new players: one defender pushed up to the penalty spot and a "
                "midfielder held at the edge of the area would cover both gaps, at the cost of "
                "one fewer player for the counter-attack.",
            ),
        ),
        Story(
            title="Data dive: Jos Highlanders' young full-backs are the league's best crossers",
            standfirst=(
                "Both are under 21, and between them they have created more chances than some "
                "entire midfields. The numbers behind Highlanders' wing play."
            ),
            art="football-night",
            caption="Nine of the pair's thirteen assists came from low crosses.",
            tags=("Football", "Young talent"),
            authors=("dayo-akinwale",),
            age=days(26),
            body=(
                "Jos Highlanders' rise into the title race has been built on their flanks. "
                "Left-back Danlami Pwajok, 20, and right-back Emeka Oduya, 19, have been the most "
                "productive full-backs in the Premier Division this season.",
                Table(
                    "Most chances created by defenders, Premier Division",
                    (
                        ("text", "Player"),
                        ("text", "Club"),
                        ("number", "Completed crosses"),
                        ("number", "Chances created"),
                        ("number", "Assists"),
                    ),
                    (
                        ("Danlami Pwajok", "Jos Highlanders", 48, 41, 7),
                        ("Emeka Oduya", "Jos Highlanders", 44, 37, 6),
                        ("Segun Alabi", "Abuja Capital", 35, 29, 4),
                        ("Musa Kwande", "Kano Stars", 31, 27, 5),
                        ("Tonye Jaja", "Calabar Tides", 29, 22, 3),
                    ),
                ),
                "Both players finish most attacks with low, hard crosses rather than high balls, "
                "and Highlanders' forwards attack the near post. Of the pair's thirteen assists, "
                "nine came from low crosses.",
                Quote(
                    "People think full-backs should just run. Ours think. Every cross has a "
                    "target and a reason.",
                    "Bitrus Mang",
                    "head coach, Jos Highlanders",
                ),
                "The risk is at the other end. With both full-backs high up the pitch, "
                "Highlanders are exposed to counter-attacks, and have conceded six goals from "
                "fast breaks down the flanks.",
            ),
        ),
        Story(
            title="Transfer window verdict: who strengthened, who gambled and who stood still",
            standfirst=(
                "We grade the contenders' business, from Abuja Capital's long-awaited striker to "
                "Ibadan Royals' all-in bet on youth."
            ),
            art="football-clay",
            caption="Kano Stars were the only contender to make no signings.",
            tags=("Football", "Transfers"),
            authors=("dayo-akinwale", "ikenna-obidike"),
            age=days(75),
            body=(
                "The mid-season transfer window closed with more activity than usual among the "
                "leading clubs. This is our verdict on the business that matters for the title "
                "race.",
                Heading("Abuja Capital: strengthened"),
                "Capital finally found a striker, signing the 24-year-old Ifeanyi Okoye from "
                "Umuahia Pioneers. He is not prolific, but his movement should suit a side that "
                "creates plenty of chances and scores too few. Grade: B+.",
                Heading("Ibadan Royals: gambled"),
                "Royals sold two experienced midfielders and promoted three teenagers from their "
                "academy. The youngsters are talented, but asking them to carry a title "
                "challenge is a gamble. Grade: C, with room to rise.",
                Heading("Kano Stars: stood still"),
                "The leaders made no signings, trusting the squad that took them to the top. It "
                "may work, but with the most demanding run-in of the contenders, depth could "
                "become a problem. Grade: C+.",
                Quote(
                    "The clubs that spent wisely bought players who fit a system. The ones that "
                    "spent badly bought names.",
                    "Ngozi Amadi",
                    "football agent and former scout",
                ),
            ),
        ),
        Story(
            title="The goalkeeper as playmaker: why Abuja Capital play out from the back",
            standfirst=(
                "Capital's goalkeeper has made more passes than any outfield player in two of "
                "their last five games. It is risky, and it is working."
            ),
            art="football-grass",
            caption="Capital concede fewer shots than any other team in the division.",
            tags=("Football", "Tactics"),
            authors=("dayo-akinwale",),
            age=days(150),
            body=(
                "When Abuja Capital have a goal-kick, their goalkeeper, Yakubu Aliyu, rarely "
                "kicks it long. He passes short to a centre-back at the edge of the area, and "
                "waits for the ball to come back.",
                "The idea is to draw opponents forward. When the opposing forwards press Aliyu, "
                "they leave space behind them that Capital's midfielders can exploit with quick "
                "passes.",
                Quote(
                    "Every opponent who runs at our goalkeeper is one who is not defending. We "
                    "invite them, and then we go past them.",
                    "Peter Ogaba",
                    "head coach, Abuja Capital",
                ),
                "The approach has cost them: two goals this season came from misplaced passes "
                "near their own box. But Capital have also scored four goals from moves that "
                "began with the goalkeeper, and they concede fewer shots than any other team.",
                Figure(
                    "football-clay",
                    "The goal-kick routine: short to a centre-back, back to the goalkeeper, then "
                    "out through midfield.",
                ),
            ),
        ),
        Story(
            title="Derby preview: Owerri Warriors and Umuahia Pioneers meet with survival at stake",
            standfirst=(
                "Both sides are a point above the relegation zone. Where the game will be won: "
                "the midfield battle, the set pieces and the nerves."
            ),
            art="football-night",
            caption="Pioneers have scored nine of their goals from set pieces.",
            tags=("Football",),
            authors=("ikenna-obidike",),
            age=days(230),
            body=(
                "The derby between Owerri Warriors and Umuahia Pioneers is always loud. This "
                "season, with both teams a single point above the relegation places, it is also "
                "desperate.",
                Heading("The midfield battle"),
                "Warriors' strength is their two hard-working central midfielders, who have won "
                "more tackles than any other pair in the league. Pioneers prefer to skip the "
                "midfield altogether with long balls to their tall striker. Whichever side "
                "imposes its style will probably win.",
                Heading("Set pieces"),
                "Pioneers have scored nine goals from set pieces, almost half their total. "
                "Warriors have conceded only three that way. Something will have to give.",
                Quote(
                    "Derbies are not won by the better team. They are won by the team that "
                    "handles the noise. We have told the players: enjoy the crowd, but do not "
                    "listen to it.",
                    "Ikechukwu Nwoha",
                    "head coach, Owerri Warriors",
                ),
                "Our prediction: a tight, nervous game, with a draw the most likely result. A 1-1 "
                "would suit neither side.",
            ),
        ),
        Story(
            title="Coaching clinic: five ideas grassroots coaches can borrow from the top clubs",
            standfirst=(
                "You do not need a big budget to coach like a professional. Small-sided games, "
                "clear roles and honest feedback work at every level."
            ),
            art="football-clay",
            caption="Four-a-side games give every player far more touches of the ball.",
            tags=("Football", "Young talent"),
            authors=("dayo-akinwale",),
            age=days(340),
            body=(
                "Professional clubs have analysts, video rooms and sports scientists. Most "
                "grassroots coaches have a bag of balls and a dusty pitch. But several ideas from "
                "the top of the game cost nothing to use.",
                Heading("1. Play small-sided games"),
                "Four-a-side games on a small pitch give each player far more touches than "
                "eleven-a-side. Most top clubs build their training sessions around them.",
                Heading("2. Give every player one job"),
                "Before each game, tell every player one thing you want from them: win your "
                "headers, or pass forward when you can. One clear task beats ten vague ones.",
                Heading("3. Train the way you want to play"),
                "If you want your team to press, make your training games reward winning the "
                "ball back quickly, for example with double points for a goal scored within ten "
                "seconds of a regain.",
                Heading("4. Praise the decision, not just the result"),
                "A good pass that is badly controlled is still a good pass. Players who are "
                "praised for good choices keep making them.",
                Heading("5. Let them play"),
                "Do not coach every touch from the touchline. Give instructions before the game "
                "and at half-time, and let players solve problems on the pitch.",
                Quote(
                    "The best thing I ever did as a youth coach was to shout less. The children "
                    "started thinking for themselves.",
                    "Blessing Ihejirika",
                    "youth coach in Owerri",
                ),
            ),
        ),
        Story(
            title="Season review: how Makurdi Bridges pulled off the great escape",
            standfirst=(
                "Bottom at the halfway point with twelve points, Bridges lost only two of their "
                "last fifteen games. The changes that saved them."
            ),
            art="football-night",
            caption="Bridges conceded 31 goals before the switch to a back five, and 14 after.",
            tags=("Football", "Tactics"),
            authors=("dayo-akinwale",),
            age=days(460),
            updated=days(2),
            body=(
                "At the halfway point of the season, Makurdi Bridges were bottom of the Premier "
                "Division with twelve points and the worst defence in the league. They finished "
                "eleventh, four points clear of the drop.",
                Heading("A new shape"),
                "The turnaround began when the coach, Sule Agbo, switched from a back four to a "
                "back five, adding a centre-back and asking his wing-backs to defend first. "
                "Bridges conceded 31 goals in the first half of the season and only 14 in the "
                "second.",
                Quote(
                    "We were trying to play like a big team without big-team players. I asked the "
                    "boys to be hard to beat first. The goals would come later, and they did.",
                    "Sule Agbo",
                    "head coach, Makurdi Bridges",
                ),
                Heading("The goalkeeper"),
                "The mid-season signing of the veteran goalkeeper Terna Ayua steadied a nervous "
                "defence. He kept seven clean sheets in fifteen games and organised the back "
                "line with constant, loud instructions.",
                Heading("The crowd"),
                "Home attendances almost doubled in the second half of the season, and Bridges "
                "won six of their last eight home games.",
                "Update: Bridges have confirmed that Agbo has signed a two-year contract "
                "extension.",
            ),
        ),
    ),
)
