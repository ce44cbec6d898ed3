# Takedown's words in English. Every language has the same messages (a test checks).
# Numbers passed as numbers ($count, $number) are written as the language writes them and
# choose plural forms by CLDR's rules; figures already written come as text ($amount).

## Figures

# A figure in millions, billions or trillions: $number is the figure divided by the word's size.
figure-million = { $number } million
figure-billion = { $number } billion
figure-trillion = { $number } trillion
# An amount of money: $amount is the figure, written; $symbol is the case's symbol (€, US$);
# $code the ISO 4217 code (EUR, USD, AUD, CAD, GBP).
money-plain = { $code ->
   *[other] { $symbol }{ $amount }
}
# The same with a word for millions or more in $amount (739.7 million).
money-scaled = { $code ->
   *[other] { $symbol }{ $amount }
}
# A figure with its unit, as the case names it (6,558 arrests).
with-unit = { $amount } { $unit }
# A figure in millions or more with its unit (French: 31,6 millions d’arrestations);
# $vowel is "yes" when the unit begins with a vowel or h.
with-unit-scaled = { $vowel ->
   *[other] { $amount } { $unit }
}
percent = { $amount }%
# Two figures as a span: 500 to 5,000 arrests.
span = { $low } to { $high }

## Reading what was typed

read-as = Read as { $answer }. Enter submits.
not-read-yet = Not read yet: { $why }
# The button beside the field.
question-submit = Submit
# A best guess with an 80% range: 6,500 arrests, 80% sure of 5,000 to 8,000 arrests.
guess-with-range = { $guess }, 80% sure of { $range }
error-not-a-number = Type a number, like 2500 or 3.5 million
error-not-positive = Type a number above zero, like 2500 or 3.5 million
error-too-large = That is too large: type a number below a million billion
error-not-a-year = Type a year, like 2019
error-only-powers-of-ten = Only powers of ten: type 10^4, 1e4 or 6.5 × 10^3
error-not-a-range = Type a range as two numbers, like 2000 (500-5000) or 500 to 5k
error-range-backwards = Put the low end of the range first, like 500-5000
error-guess-outside-range = Your best guess should lie inside your range, like 2000 (500-5000)
error-range-required = Add the range you are 80% sure of, like { $example }
error-not-a-choice = Type the number of an option, from 1 to { $count }
error-not-an-order = Type each of the { $count } letters once, earliest first, like { $letters }

## Hints under a question

hint-number-log = Type a number (2500, 3.5 million, 6.5k) or move the log-scale slider with ↑ ↓ (Shift: faster).
hint-number-year = Type a year, or move the slider a year at a time with ↑ ↓ (Shift: five years).
hint-window-hidden = { $how } Enter submits.
hint-window-optional = { $how } Add an 80% range if you like: type { $example }, or on the slider press + and − or Shift+click. Enter submits.
hint-window-required = Type your best guess and the range you are 80% sure of: { $example }, or set them on the slider (+ and − or Shift+click for the range). Enter submits.
hint-window-choice = Click an option, or press its number. Tab and Enter work too.
hint-window-order = Earliest at the top. Move events with ▲ ▼ (Tab or the arrow keys choose a button, Enter presses it), then submit.
hint-terminal-year = a year
hint-terminal-optional = { $what }; add an 80% range like { $example } if you wish
hint-terminal-required = { $what } and the range you are 80% sure of, like { $example }
hint-terminal-choice = the number of an option, 1 to { $count }
hint-terminal-order = the letters, earliest first

## The title screen

title-tagline = How big was it really?
title-subtitle = Estimate the outcomes of real cross-border investigations
title-play = Play
title-host = Host a class
title-player = Player: { $name }
title-results = Results
title-settings = Settings
title-quit = Quit
title-footer = Every figure comes from Europol, Eurojust, courts or the press, with its source and date.
    Tab or the arrow keys move between buttons; Enter chooses; Escape goes back.

## Settings

settings-heading = Settings
settings-about = Text size makes everything larger, for a projector or for reading comfort. Reduced motion shows each reveal at once. High contrast uses a black background, white text and bright accents. With 80% ranges you can add, must add, or never see the range you are 80% sure contains the truth. Sound plays a short chime at each reveal. The on-screen keypad types estimates by touch or with a mouse.
settings-on = on
settings-off = off
settings-language = Language: { $language }
settings-text-size = Text size: { $size ->
    [large] large
    [larger] larger
   *[normal] normal
}
settings-reduced-motion = Reduced motion: { $state }
settings-high-contrast = High contrast: { $state }
settings-ranges = 80% ranges: { $mode ->
    [required] required
    [hidden] hidden
   *[optional] optional
}
settings-sound = Sound: { $volume ->
    [0] off
   *[other] { $volume }%
}
settings-keypad = On-screen keypad: { $state }
settings-back = Back
settings-back-to-case = Back to the case
settings-back-to-class = Back to the class
settings-kept = Settings are kept between runs. Escape closes them.
settings-end-class = End the class (every answer is saved)
settings-leave-case = Leave the case (your progress is kept)

## Units in sentences

currency-name = { $code ->
    [EUR] euros
    [GBP] pounds
    [AUD] Australian dollars
    [CAD] Canadian dollars
   *[USD] US dollars
}
unit-percent = percent
# What to type, in a sentence that ends "type …".
what-number = a number
what-number-of = a number of { $unit }
what-amount-in = an amount in { $unit }
what-in = it in { $unit }
what-plain-number = a plain number
error-unknown-word = “{ $word }” is not a number, a multiplier or a unit: type { $what }, like 6500 or 6.5k
error-wrong-unit = The answer is in { $unit }, not { $typed }: type { $what }

## Verdicts

times = { $factor }x
# From a million on: 3 million times.
times-words = { $factor } times
verdict-exact = exact
verdict-almost-exact = almost exact
verdict-too-low = { $times } too low
verdict-too-high = { $times } too high
verdict-right-year = the right year
verdict-years-early = { $years } { $years ->
    [one] year
   *[other] years
} too early
verdict-years-late = { $years } { $years ->
    [one] year
   *[other] years
} too late
band-spot-on = spot on
band-close = close
band-right-order = right order of magnitude
band-few-years = a few years off
band-orders-off = off by orders of magnitude
band-far-off = far off
verdict-with-band = { $distance }: { $band }
verdict-right = right
verdict-wrong = wrong
verdict-all-in-order = all in order
verdict-pairs-in-order = { $right } of { $pairs } pairs in order
years = { $years } { $years ->
    [one] year
   *[other] years
}
orders-of-magnitude = { $width } orders of magnitude
range-caught = your range spanned { $width } and caught the truth
range-missed = your range spanned { $width } and missed by { $miss }

## Dates ($year without grouping; $month from 1 to 12)

month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-day = { $day } { month } { $year }
date-month = { month } { $year }

## The reveal

reveal-your-estimate = Your estimate: { $guess }
reveal-you-picked-it = You picked it
reveal-you-picked = You picked: { $guess }
reveal-events-in-order = The events in order
reveal-your-order = Your order: { $guess }
reveal-in-place = you had it in place
reveal-placed = you had it { $place }{ NUMBER($place, type: "ordinal") ->
    [one] st
    [two] nd
    [few] rd
   *[other] th
}
reveal-your-range = Your 80% range: { $range }: { $summary }. { $points } range points.
reveal-as-of = as of { $date }
reveal-source = Source: { $publisher }, “{ $title }”, { $date }
reveal-stage = STAGE { $number }: { $title }
reveal-points = +{ $points } points
reveal-sources-differ = Sources differ
reveal-leave = Leave case
reveal-debrief = See the debrief
reveal-next = Next stage
reveal-how-it-happened = How it happened
reveal-your-order-heading = Your order
number-line-truth = Truth
number-line-you = You

## Places

role-servers = Servers
role-joint-team = Joint investigation team
role-agency-seat = Agency seat
role-action-day = Action day
role-received-data = Received the data
role-arrests = Arrests
role-court = Court
place-in-country = { $city } ({ $country })
places-line = { $role }: { $places }
map-label = Map. { $places }.

## The debrief

debrief-ranges-width = Your ranges were { $width } orders of magnitude wide on average; range points { $points }.
debrief-no-ranges = Add an 80% range to your estimates, like 2000 (500-5000), to see how well calibrated you are.
debrief-ranges-few = Your ranges caught { $caught } of { $count }, fewer than the 80% you aimed for. Most people's do at first: make them wider.
debrief-ranges-many = Your ranges caught { $caught } of { $count }: more than 80%. You can make them narrower and still be right often enough.
debrief-ranges-right = Your ranges caught { $caught } of { $count }, in line with the 80% target.
debrief-typical-off = your typical estimate was { $times } too { $direction ->
    [low] low
   *[high] high
}
debrief-typical-within = your typical estimate was within 1.3x of the truth
debrief-no-estimates = no quantity estimates yet
debrief-across-runs = Across your { $runs } finished { $runs ->
    [one] run
   *[other] runs
}: ranges caught { $caught } of { $ranges }; { $bias }.
debrief-tendency-none = Answer a few quantity questions to see whether you tend to guess high or low.
debrief-tendency-centred = Your estimates were centred on the truth: your typical guess was within 1.3x of it.
debrief-tendency-low = You underestimated the scale by { $times }: your typical guess was that much too low.
debrief-tendency-high = You overestimated the scale by { $times }: your typical guess was that much too high.
debrief-score = { $total } points of { $max } ({ $answered } of { $stages } stages answered)
debrief-heading = DEBRIEF  ·  { $years }
debrief-stage = Stage
debrief-your-estimate = Your estimate
debrief-truth = Truth
debrief-off-by = Off by
debrief-points = Points
debrief-wilson = The light band is the 90% Wilson band: with few questions, the true rate could be anywhere in it.
debrief-bias = Bias: how far off each estimate was
debrief-bias-low = 100x too low
debrief-bias-right = right
debrief-bias-high = 100x too high
debrief-run = { $date }  ·  { $title }  ·  ranges caught { $caught } of { $given }
debrief-when = When it happened
debrief-colours = Green: 80 points or more; amber: 40 to 79; red: under 40.
debrief-lesson = What this case teaches
debrief-where = Where it happened
debrief-save = Save results as CSV
debrief-play-again = Play again
debrief-back = Back to cases
debrief-saved = Saved { $count } { $count ->
    [one] run
   *[other] runs
} to { $place }
debrief-not-saved = The results could not be saved: { $error }
calibration-chart = Calibration: { $caught } of { $ranges } ranges caught the truth ({ $percent }%); the aim is 80%

## Timelines

timeline-stage = Timeline { $from }–{ $to }: stage { $stage }, { $date }
timeline-stages = Timeline { $from }–{ $to }: stages 1 to { $count }
timeline-events = Timeline { $from }–{ $to }: the events at their dates, { $events }
timeline-point = stage { $stage }, { $date }, { $points } points
timeline-point-unanswered = stage { $stage }, { $date }, not answered
timeline-label = Timeline { $from }–{ $to }: { $points }

## Choosing a case, the briefing, a stage

cases-heading = Choose a case
cases-about = Each case follows one investigation from the first clue to the final tally.
cases-heading-class = Choose a case for the class
cases-about-class = The class joins from their phones once you choose. Nothing to install: they open the address on the next screen.
cases-broken = This case file has { $count } { $count ->
    [one] problem
   *[other] problems
} and cannot be played. The first: { $first }
cases-none = No playable cases were found.
cases-class-failed = The class could not start: { $error }
case-facts = { $countries }  ·  { $stages } stages
back = Back
briefing = BRIEFING
briefing-resume-note = You answered { $answered } of { $stages } stages last time. Resume where you were, or start again.
briefing-back = Back to cases
briefing-start-again = Start again
briefing-resume = Resume at stage { $stage }
briefing-begin = Begin the investigation
stage-of = { $case }  ·  Stage { $stage } of { $count }
stage-score = Score { $score } of { $max }
stage-settings = Settings
question-stage = Stage { $number }: { $title }
question-submit-order = Submit this order

## Results and players

results-heading = Results: { $player }
results-none = No finished runs yet. Play a case to the end and it appears here.
results-run = { $date }  ·  { $title }  ·  { $points } of { $max } points
results-stage-gone = { $title } (no longer in the case)
results-answer = you: { $guess }  ·  truth: { $truth }  ·  { $off }{ $points } points
profiles-heading = Who is playing?
profiles-about = Results and progress are kept for each player. Now playing: { $player }.
profiles-new = A new player
profiles-add = Add and play
profiles-how = Type a name and press Enter. No password, no account.

## The terminal

text-no-case = There is no case `{ $id }`. Cases: { $cases }
text-not-saved = Not saved: the terminal keeps a run once every stage is answered ({ $answered } of { $stages } here).
text-note = Note: { $warning }
text-saved = Saved for profile "{ $profile }" in { $place } (takedown export writes every answer as CSV).
text-save-failed = Your results could not be saved: { $error }
text-no-cases = No playable cases found.
text-cases = Cases:
text-choose = Choose a case (number or id):
text-choose-again = Type a number from 1 to { $count }, or a case id.
text-where = Where it happened:
text-stage = Stage { $number } of { $count }: { $title }
text-your-answer = Your answer ({ $hint }):
text-end-of-input = (End of input: the game ends here.)
text-the-answer = The answer: { $truth } ({ $as-of })
text-verdict = { $answer }: { $verdict }. { $points } points.
text-legend-range = (G your estimate, [ ] your 80% range, T the truth, * both)
text-legend = (G your estimate, T the truth, * both)
text-mark-right = [right]
text-mark-your-pick = [your pick]
text-mark-wrong = [wrong]
text-mark-in-place = [in place]
text-mark-moved = [moved]
text-where-line = Where: { $places }
text-sources-differ = Sources differ: { $note }
text-score = Score so far: { $score } of { $max }
text-debrief = Debrief: { $title } ({ $years })
text-total = Total: { $score }
text-row = you { $guess } | truth { $truth } | { $verdict } | { $points } pts

## Countries (by ISO 3166 code) and cities (by their English name, lower case, spaces as -)

country-AU = Australia
country-BE = Belgium
country-CA = Canada
country-DE = Germany
country-ES = Spain
country-EU = European Union
country-FR = France
country-GB = United Kingdom
country-IE = Ireland
country-IS = Iceland
country-IT = Italy
country-LT = Lithuania
country-LU = Luxembourg
country-NL = Netherlands
country-PL = Poland
country-SE = Sweden
country-US = United States
city-bellingham = Bellingham
city-berlin = Berlin
city-karlsruhe = Karlsruhe
city-london = London
city-luxembourg = Luxembourg
city-paris = Paris
city-roubaix = Roubaix
city-san-diego = San Diego
city-strasbourg = Strasbourg
city-the-hague = The Hague
city-traben-trarbach = Traben-Trarbach

## The class server's refusals, as each phone reads them

class-wrong-code = That is not the code on the screen; check it and try again
class-locked = The teacher has closed the class to new students
class-full = The class is full ({ $count } students)
class-name-empty = Type a name (a nickname is fine)
class-name-too-long = That name is too long: at most { $count } characters
class-name-invisible = That name has invisible or control characters: type it again
class-name-taken = Someone in the class already has that name: choose another
class-cannot-show = The projector cannot show “{ $chars }” in a name: use letters it can show (Latin, Greek or Cyrillic), or press Suggest a nickname
class-name-lookalike = That name looks the same as one already in the class: choose another
class-name-removed = That name was removed from the class by the teacher
class-unknown-student = You are not in this class: join it again
class-removed = The teacher removed you from the class
class-not-open = The teacher is not taking answers now
class-ended = The teacher has ended the class
class-no-team = You are not in a team yet: pick one first
class-unknown-team = There is no such team to join now: pick one of those shown
class-team-chosen = You are in a team for this round already: teams cannot change until it is over
class-team-full = That team has { $count } students already: pick another
class-team-answered = That team has sent its answer already: pick another
class-too-many-codes = Too many wrong codes from this device: wait a minute, then check the code on the screen
class-not-saved = The teacher's computer could not save this: try again in a moment, and tell your teacher
class-stage-changed = The stage has changed

## The class page on a phone ({ $name } and the like are filled in by the page)

phone-title = Takedown class
phone-language = Language
phone-ended = The teacher has ended the class.
phone-ended-kept = Your answers are kept on the teacher's computer; what you see here stays until you close the page.
phone-join-heading = Join the class
phone-code = Code on the screen
phone-name = Your name (a nickname is fine)
phone-suggest = Suggest a nickname
phone-join = Join
phone-waiting = Waiting for the teacher to start. Keep this page open; it updates by itself.
phone-youre-in = You're in, { $name }
phone-pick-team = Pick your team
phone-best-guess = Your best guess
phone-team-guess = Your team's best guess
phone-revise-guess = Your own answer: revise it or keep it
phone-range = 80% range, if you like
phone-range-example = (e.g. { $range })
phone-send = Send
phone-order-how = Earliest first: move each event with ▲ and ▼, then send.
phone-send-order = Send this order
phone-the-answer = The answer
phone-sources-differ = Sources differ
phone-your-debrief = Your debrief
phone-join-failed = The class could not be joined
phone-no-nickname = No nickname came
phone-reconnecting = Reconnecting…
phone-unreadable = The class could not be read
phone-no-reply = { $what }: the teacher's computer does not answer. Check the Wi-Fi and try again.
phone-error-status = { $what } (error { $status })
phone-team-sent = Your team's answer, read as { $answer }: sent by { $by }. Any of you can change it.
phone-team-not-sent = Your team has not sent an answer yet.
phone-not-sent-team = Not sent yet: press { $button } to send it for your team.
phone-read-as-sent = Read as { $answer }: sent. You can change it until the teacher closes the stage.
phone-not-sent = Not sent yet: press { $button }.
phone-read-as-in = Read as { $answer }: your answer is in.
phone-did-not-answer = You did not answer this stage.
phone-closed-unsent = The stage closed before you sent “{ $text }”: it was not counted.
phone-never-sent = You did not answer this stage: “{ $text }” was never sent.
phone-closed = The teacher closed this stage. The answer comes next.
phone-stage-of = Stage { $number } of { $count }
phone-announce-stage = Stage { $number } is open: { $title }
phone-announce-revealed = The answer is revealed: { $truth }
phone-team = Team { $number }
phone-talk = Talk it over together, then one of you sends the team's answer below.
phone-team-said-revise = Your team said { $answer }. Now you may revise your own answer, or keep it.
phone-team-said = Your team said { $answer }.
phone-nothing = nothing
phone-alone = Your answer alone: { $answer }
phone-nobody-yet = nobody yet
phone-not-picked = Not picked
phone-moved = Moved to place { $place }: { $event }
phone-move-up = Move up
phone-move-down = Move down
phone-not-sent-error = Not sent
phone-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
phone-you = You
phone-truth = Truth
phone-points-heading = Points

## The web page, while the game loads (web/words.js is made from these)

loader-loading = Loading the game…
loader-progress = Loading the game… { $mb } of { $total } MB
loader-progress-unknown = Loading the game… { $mb } MB
loader-starting = Starting…
loader-no-webgl = This browser cannot show the game: it needs WebGL2, which current versions of Firefox, Chrome, Edge and Safari have. If yours is current, check that hardware acceleration is turned on in its settings.
loader-failed = The game could not start: { $error }. Reload the page to try again.
loader-canvas = Takedown, the game
loader-tagline = How big was it really?

## The class's figures, on the projector and in the printable report

round-alone = Alone
round-teams = Teams
round-revised = After talking
class-no-answers-yet = No answers yet.
class-median-summary = Class median { $distance }; it beat { $beaten } of { $students ->
    [one] { $students } student
   *[other] { $students } students
}.
class-median-summary-ranges = Class median { $distance }; it beat { $beaten } of { $students ->
    [one] { $students } student
   *[other] { $students } students
}; { $caught } of { $ranges ->
    [one] { $ranges } range
   *[other] { $ranges } ranges
} caught the truth.
class-choice-summary = { $right } of { $answered } picked the right option.
class-order-summary = On average the class put { $percent }% of pairs of events in the right order.
class-most-swapped = Most often swapped: “{ $a }” and “{ $b }” ({ $students ->
    [one] { $students } student
   *[other] { $students } students
}).
class-round-median = median { $median }, { $distance }
class-round-none = no answers
class-round-right = { $right } of { $count } right
class-round-pairs = { $percent }% of pairs in order
class-talk-unknown = Not enough answers to say whether talking helped.
class-off-times = off by a factor of { $factor }
class-off-years = { $years } { $years ->
    [one] year
   *[other] years
} off
class-off-wrong = { $percent }% wrong
class-off-pairs = { $percent }% of pairs out of order
class-talk-helped = Talking helped: teams { $teams }; alone { $alone }.
class-talk-not-helped = Talking did not help here: teams { $teams }; alone { $alone }.
class-talk-same = The teams did as well as the class alone ({ $alone }).
class-talk-revised = After revising: { $revised }.
class-row-median = median { $distance }
class-row-beat = beat { $beaten } of { $count }
class-cal-none = Nobody gave an 80% range, so there is no calibration to show.
class-cal-few = The class's ranges caught { $caught } of { $count }, fewer than the 80% aimed for: most people's ranges are too narrow at first.
class-cal-many = The class's ranges caught { $caught } of { $count }, more than 80%: they could be narrower and still be right often enough.
class-cal-right = The class's ranges caught { $caught } of { $count }, in line with the 80% target.
class-bias-none = No quantity estimates yet, so no tendency to show.
class-bias-centred = The class was centred on the truth: its typical guess was within 1.3x of it.
class-bias-low = The class underestimated the scale by { $times }: its typical guess was that much too low.
class-bias-high = The class overestimated the scale by { $times }: its typical guess was that much too high.

## The teacher's screens in class mode (the projector)

class-screen-heading = CLASS  ·  { $title }
class-open-on-phone = Open on your phone:
class-code-label = Code
class-new-code = New code
class-other-address = Other address
class-students-heading = Students (choose a name to remove that student):
class-cannot-connect = Phones cannot connect?
class-network-help = Phones must be on the same network as this computer. School Wi-Fi often keeps devices apart (client isolation): then turn on a phone hotspot, connect this computer and the students to it, and use the address shown. On Windows, allow Takedown when the firewall asks, on private networks. Type the address exactly, with http:// and the port.
class-end = End the class
class-start = Start the first stage
class-joined = { $count ->
    [one] { $count } student has joined
   *[other] { $count } students have joined
}
class-room-locked = The room is locked: nobody new can join.
class-unlock = Unlock the room (L)
class-lock = Lock the room (L)
class-removed-heading = Removed (choose a name to let that student back in):
class-addresses = This computer's addresses: { $addresses }. “Other address” shows the next one.
class-teams-every = Team rounds: on every stage (turn off)
class-teams-when = Team rounds: when I start one, T (turn on for every stage)
class-back-to-stages = Back to the stages
class-forming-random = Teams: made at random (let students pick)
class-forming-picked = Teams: students pick (make them at random)
class-port-moved = Port { $port } is in use by another program, so the class is on port { $free }.
class-no-network = This computer is on no network: only a browser on this computer can join (127.0.0.1).
class-open-no-case = Choose a case first
class-open-nothing-to-resume = There is no saved class session to resume
class-open-no-such-session = There is no saved class session “{ $name }” (takedown export --class list lists them)
class-open-unreadable = The class session { $name } could not be read
class-open-unreadable-why = The class session { $name } could not be read ({ $why })
class-open-case-missing = The case “{ $case }” of the saved session is not in the library
class-resumed = { $students ->
        [one] Resumed the class saved as { $name }: { $students } student.
       *[other] Resumed the class saved as { $name }: { $students } students.
    }
class-answers-dropped = { $answers ->
        [one] { $answers } answer no longer fits the edited case and was left out.
       *[other] { $answers } answers no longer fit the edited case and were left out.
    }
host-port-taken = port { $port } is already in use (another program, or another class); port { $free } is free: use --port { $free }
host-port-taken-none-free = port { $port } is already in use, and no port near it is free: use --port with another number
host-cannot-listen = could not listen on { $address }: { $error }
host-cannot-save = could not start saving the class: { $error }
host-system = the class server could not start: { $error }
save-failure-files = the CSV or the printable report: { $error }
save-failure-timed-out = the disk did not answer in time
save-failure-not-written = it was not written
class-save-failed = The class could not be saved: { $error }
class-reveal-now = Reveal now
class-close = Close answers
class-team-round = Start a team round (T)
class-nobody = nobody yet
class-team-line = Team { $number }: { $members }{ $sent ->
    [yes] {"  "}✔ sent
   *[no] {""}
}
class-not-in-team = Not in a team yet: { $names }
class-start-team = Start the team round
class-let-revise = Let everyone revise
class-reveal = Reveal
class-stage-header = STAGE { $number } OF { $count }  ·  join at { $join } (code { $code })
class-teams-answered = { $answered } of { $teams ->
    [one] { $teams } team
   *[other] { $teams } teams
} answered
class-revised-count = { $revised } of { $present } revised
class-answered-count = { $answered } of { $present } answered
class-step-alone = Students answer alone on their phones and may change their answer until you move on.
class-step-teams = Talk it over in your team, then one of you sends the team's answer from their phone. Press → when the teams have answered.
class-step-revise = Each student may now revise their own answer (or keep it). Press → to close the stage.
class-step-closed = Answers are closed. Press → to reveal the truth and the class's answers.
class-dots-hidden = { $count ->
    [one] +{ $count } more dot stacked
   *[other] +{ $count } more dots stacked
}
class-median-mark = class median
class-figures-line = { $summary }  ({ $answered } of { $present } in class answered)
class-ranges-toggle = Show or hide ranges
class-debrief-button = The class debrief
class-alone-note = The figures above are the answers given alone; points count each student's final answer.
class-alone-note-teams = The dots and figures above are the answers given alone, □ each team's answer; points count each student's final answer.
class-round-line = { $round }: { $text } ({ $count ->
    [one] { $count } answer
   *[other] { $count } answers
})
class-open-report = Open the printable report
class-debrief-heading = CLASS DEBRIEF
class-students-count = { $count ->
    [one] { $count } student
   *[other] { $count } students
}
class-row-answered = { $count } answered
class-top-totals = Top totals
class-total-named = { $place }. { $name }: { $points ->
    [one] { $points } point
   *[other] { $points } points
} ({ $answered ->
    [one] { $answered } stage
   *[other] { $answered } stages
})
class-total = { $place }. { $points ->
    [one] { $points } point
   *[other] { $points } points
} ({ $answered ->
    [one] { $answered } stage
   *[other] { $answered } stages
})
class-csv-saved = Every answer is saved as CSV: { $place }
class-report-saved = A report to print or file (every revealed stage, A4): { $place }
class-report-failed = The printable report could not be written: { $error }
class-report-none = There is no report yet: nobody has joined the class
class-report-open = The printable report is open in your browser: { $path }
class-report-no-browser = The browser did not open ({ $error }); open the report yourself: { $path }
class-keep = Keep
class-remove = Remove
class-keep-teaching = Keep teaching
class-remove-title = Remove a student?
class-end-title = End the class?
class-remove-question = Remove { $name } from the class? Their answers stop counting and nobody can join under that name, until you let them back in.
class-remove-name = Remove { $name }
class-end-question = End the class? Phones are told it has ended and keep their results; every answer is saved.
class-totals-show = Show top totals, without names
class-totals-names = Show the names in the totals
class-totals-hide = Hide the totals

## The printable class report (A4)

report-title = { $case }: class session { $code }
report-meta = Class session { $code }, started { $started }; { $students ->
    [one] { $students } student
   *[other] { $students } students
}; { $revealed } of { $stages } stages revealed. Written { $written } by Takedown.
report-none-revealed = No stage has been revealed yet: the page fills in as the class goes on.
report-the-class = The class
report-col-stage = Stage
report-col-answers = Answers
report-col-result = Class result
report-col-beat = Median beat
report-col-team = Team round
report-col-round-result = Result
report-totals = Totals
report-col-student = Student
report-col-points = Points
report-col-answered = Stages answered
report-names-hidden = Names are not shown: the teacher did not choose to show them.
report-stage = Stage { $number }. { $title }
report-truth = Truth: { $truth } (as of { $date })
report-class-median = class median { $median }
report-events-order = The events in the order they happened:
report-answered = { $count } answered.
report-disagree = Where sources disagree: { $note }
report-dots = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
} on a line with the truth
report-dots-median = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
} on a line with the truth and the { $median }
report-truth-mark = truth
report-col-option = Option
report-col-picked = Picked by

## Saving a finished run (shown on the debrief)

saved-unfinished = This run was not finished, so it is not added to your results.
saved-in-results = Saved in your results (profile “{ $profile }”).
saved-with-note = Saved. Note: { $note }
saved-failed = Your results could not be saved: { $error }

## What the store says (src/store/problems.rs): where things are kept, and what could not be read or saved. The system's own reason comes in $error, as the system wrote it.
store-place-memory = memory (nothing is kept after the game closes)
store-place-memory-entry = memory: { $key }
store-place-browser = this browser’s storage for the page
store-place-browser-entry = { $key } in this browser’s storage for the page
store-place-downloads = your downloads ({ $name })
store-read-failed = could not read { $place }: { $error }
store-write-failed = could not write { $place }: { $error }
store-encode-failed = could not encode what was to be saved: { $error }
store-no-browser-storage = this browser keeps no storage for the page (a private window?), so nothing is saved
store-browser-full = could not save { $place }: the browser’s storage for this page is full
store-not-text = { $place } is not text and cannot be kept in the browser
store-not-there = { $place } is not there
store-not-downloaded = the browser did not download { $name }
store-browser-refused = the browser would not read { $place }
store-and-then = { $first }; { $next }
store-unreadable = { $what ->
        [progress] Your saved progress could not be read
        [results] The results of { $profile } could not be read
       *[class] The class session could not be read
    }: { $error }
store-moved-aside = { $what ->
        [progress] Your saved progress could not be read ({ $error }); it was moved to { $aside } and a new one started
        [results] The results of { $profile } could not be read ({ $error }); they were moved to { $aside } and new ones started
       *[class] The class session could not be read ({ $error }); it was moved to { $aside }
    }
store-not-moved-aside = { $what ->
        [progress] Your saved progress could not be read ({ $error }) or moved aside ({ $why })
        [results] The results of { $profile } could not be read ({ $error }) or moved aside ({ $why })
       *[class] The class session could not be read ({ $error }) or moved aside ({ $why })
    }
store-journal-unreadable = The latest changes to the class session could not be read: { $error }
store-journal-lines-left-out = { $lines ->
        [one] { $lines } of the latest changes to the class session could not be read and is left out ({ $place })
       *[other] { $lines } of the latest changes to the class session could not be read and are left out ({ $place })
    }

## Short labels of the ticks on a number line (powers of ten)

tick-thousand = { $n }k
tick-million = { $n }m
tick-billion = { $n }bn
tick-trillion = { $n }tn

## What a screen reader says beyond what the screen shows (src/game/a11y.rs).
reveal-announcement = The answer: { $truth }. { $answer }. { $verdict }. { $points ->
        [one] { $points } point.
       *[other] { $points } points.
    }
slider-no-value = no estimate yet
a11y-move-up = Move up: { $text }
a11y-move-down = Move down: { $text }
a11y-web-note = With a screen reader, the game’s screens are below as headings, text and buttons.

## `takedown export` in the terminal (src/cli/export.rs); the CSV's column names stay English for the scripts that read them.
export-no-runs = no finished runs in { $place }
export-no-classes = no saved class sessions in { $place }
export-no-data-folder = no data folder (set TAKEDOWN_DATA_DIR)
export-list-name = NAME (for --class NAME and host --resume NAME)
export-list-started = STARTED
export-list-saved = LAST SAVED
export-list-students = STUDENTS
export-list-where = WHERE
export-list-last = The last one is the newest: `takedown host --resume` and `takedown export --class` take it.
export-place-lobby = lobby
export-place-open = stage { $stage } open
export-place-teams = stage { $stage } team round
export-place-revise = stage { $stage } revising
export-place-closed = stage { $stage } closed
export-place-revealed = stage { $stage } revealed
export-place-debrief = debrief
export-place-ended = { $place }, ended
