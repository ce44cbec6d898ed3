# De woorden van Takedown in het Nederlands. Elke taal heeft dezelfde berichten (een test
# controleert dat).

## Cijfers

figure-million = { $number } miljoen
figure-billion = { $number } miljard
figure-trillion = { $number } biljoen
money-plain = { $code ->
    [EUR] €{"\u00a0"}{ $amount }
    [GBP] £{"\u00a0"}{ $amount }
    [AUD] A${"\u00a0"}{ $amount }
    [CAD] C${"\u00a0"}{ $amount }
    [USD] US${"\u00a0"}{ $amount }
   *[other] { $symbol }{"\u00a0"}{ $amount }
}
money-scaled = { $code ->
    [EUR] { $amount } euro
    [GBP] { $amount } pond sterling
    [AUD] { $amount } Australische dollar
    [CAD] { $amount } Canadese dollar
    [USD] { $amount } Amerikaanse dollar
   *[other] { $amount } { $symbol }
}
with-unit = { $amount } { $unit }
with-unit-scaled = { $vowel ->
   *[other] { $amount } { $unit }
}
percent = { $amount }%
span = { $low } tot { $high }

## Wat er getypt is

read-as = Gelezen als { $answer }. Enter bevestigt.
not-read-yet = Nog niet gelezen: { $why }
question-submit = Bevestigen
guess-with-range = { $guess }, voor 80% zeker van { $range }
error-not-a-number = Typ een getal, zoals 2500 of 3,5 miljoen
error-not-positive = Typ een getal boven nul, zoals 2500 of 3,5 miljoen
error-too-large = Dat is te groot: typ een getal onder een miljoen miljard
error-not-a-year = Typ een jaartal, zoals 2019
error-only-powers-of-ten = Alleen machten van tien: typ 10^4, 1e4 of 6,5 × 10^3
error-not-a-range = Typ een bandbreedte als twee getallen, zoals 2000 (500-5000) of 500 tot 5k
error-range-backwards = Zet de onderkant van de bandbreedte eerst, zoals 500-5000
error-guess-outside-range = Je beste schatting moet binnen je bandbreedte liggen, zoals 2000 (500-5000)
error-range-required = Voeg de bandbreedte toe waarvan je voor 80% zeker bent, zoals { $example }
error-not-a-choice = Typ het nummer van een optie, van 1 tot en met { $count }
error-not-an-order = Typ elk van de { $count } letters één keer, de vroegste eerst, zoals { $letters }

## Hulp onder een vraag

hint-number-log = Typ een getal (2500, 3,5 miljoen, 6,5k) of verschuif de logaritmische schuifregelaar met ↑ ↓ (Shift: sneller).
hint-number-year = Typ een jaartal, of verschuif de schuifregelaar jaar voor jaar met ↑ ↓ (Shift: vijf jaar).
hint-window-hidden = { $how } Enter bevestigt.
hint-window-optional = { $how } Voeg desgewenst een bandbreedte van 80% toe: typ { $example }, of druk op de schuifregelaar op + en − of Shift+klik. Enter bevestigt.
hint-window-required = Typ je beste schatting en de bandbreedte waarvan je voor 80% zeker bent: { $example }, of stel ze in op de schuifregelaar (+ en − of Shift+klik voor de bandbreedte). Enter bevestigt.
hint-window-choice = Klik op een optie, of druk op het nummer ervan. Tab en Enter werken ook.
hint-window-order = Het vroegste bovenaan. Verplaats gebeurtenissen met ▲ ▼ (Tab of de pijltjestoetsen kiezen een knop, Enter drukt hem in) en bevestig dan.
hint-terminal-year = een jaartal
hint-terminal-optional = { $what }; voeg desgewenst een bandbreedte van 80% toe, zoals { $example }
hint-terminal-required = { $what } en de bandbreedte waarvan je voor 80% zeker bent, zoals { $example }
hint-terminal-choice = het nummer van een optie, 1 tot en met { $count }
hint-terminal-order = de letters, de vroegste eerst

## Het titelscherm

title-tagline = Hoe groot was het echt?
title-subtitle = Schat de uitkomsten van echte grensoverschrijdende onderzoeken
title-play = Spelen
title-host = Een klas leiden
title-player = Speler: { $name }
title-results = Resultaten
title-settings = Instellingen
title-quit = Afsluiten
title-footer = Elk cijfer komt van Europol, Eurojust, rechtbanken of de pers, met bron en datum.
    Tab of de pijltjestoetsen gaan van knop naar knop; Enter kiest; Escape gaat terug.

## Instellingen

settings-heading = Instellingen
settings-about = Tekstgrootte maakt alles groter, voor een projector of om prettiger te lezen. Minder beweging toont elke onthulling in één keer. Hoog contrast gebruikt een zwarte achtergrond, witte tekst en felle accenten. Met bandbreedtes van 80% kun je, moet je of zie je nooit de bandbreedte waarvan je voor 80% zeker bent dat de waarheid erin ligt. Geluid speelt bij elke onthulling een kort belletje. Het toetsenblok op het scherm typt schattingen met een vinger of een muis.
settings-on = aan
settings-off = uit
settings-language = Taal: { $language }
settings-text-size = Tekstgrootte: { $size ->
    [large] groot
    [larger] groter
   *[normal] normaal
}
settings-reduced-motion = Minder beweging: { $state }
settings-high-contrast = Hoog contrast: { $state }
settings-ranges = Bandbreedtes van 80%: { $mode ->
    [required] verplicht
    [hidden] verborgen
   *[optional] optioneel
}
settings-sound = Geluid: { $volume ->
    [0] uit
   *[other] { $volume }%
}
settings-keypad = Toetsenblok op het scherm: { $state }
settings-back = Terug
settings-back-to-case = Terug naar de zaak
settings-back-to-class = Terug naar de klas
settings-kept = Instellingen blijven bewaard tussen spellen. Escape sluit ze.
settings-end-class = De les beëindigen (elk antwoord is opgeslagen)
settings-leave-case = De zaak verlaten (je voortgang blijft bewaard)

## Eenheden in zinnen

currency-name = { $code ->
    [EUR] euro
    [GBP] pond sterling
    [AUD] Australische dollar
    [CAD] Canadese dollar
   *[USD] Amerikaanse dollar
}
unit-percent = procent
what-number = een getal
what-number-of = een aantal { $unit }
what-amount-in = een bedrag in { $unit }
what-in = een waarde in { $unit }
what-plain-number = een gewoon getal
error-unknown-word = ‘{ $word }’ is geen getal, vermenigvuldiger of eenheid: typ { $what }, zoals 6500 of 6,5k
error-wrong-unit = Het antwoord is in { $unit }, niet in { $typed }: typ { $what }

## Oordelen

times = { $factor } keer
times-words = { $factor } keer
verdict-exact = exact
verdict-almost-exact = bijna exact
verdict-too-low = { $times } te laag
verdict-too-high = { $times } te hoog
verdict-right-year = het juiste jaar
verdict-years-early = { $years } jaar te vroeg
verdict-years-late = { $years } jaar te laat
band-spot-on = precies raak
band-close = dichtbij
band-right-order = juiste orde van grootte
band-few-years = een paar jaar ernaast
band-orders-off = ordes van grootte ernaast
band-far-off = ver ernaast
verdict-with-band = { $distance }: { $band }
verdict-right = goed
verdict-wrong = fout
verdict-all-in-order = alles in de juiste volgorde
verdict-pairs-in-order = { $right } van { $pairs } paren in de juiste volgorde
years = { $years } jaar
orders-of-magnitude = { $width } ordes van grootte
range-caught = je bandbreedte besloeg { $width } en bevatte de waarheid
range-missed = je bandbreedte besloeg { $width } en zat er { $miss } naast

## Datums

month = { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
date-day = { $day } { month } { $year }
date-month = { month } { $year }

## De onthulling

reveal-your-estimate = Jouw schatting: { $guess }
reveal-you-picked-it = Die had je gekozen
reveal-you-picked = Jij koos: { $guess }
reveal-events-in-order = De gebeurtenissen op volgorde
reveal-your-order = Jouw volgorde: { $guess }
reveal-in-place = je had het op de juiste plaats
reveal-placed = je had het op plaats { $place }
reveal-your-range = Jouw bandbreedte van 80%: { $range }: { $summary }. { $points } punten voor de bandbreedte.
reveal-as-of = stand van { $date }
reveal-source = Bron: { $publisher }, ‘{ $title }’, { $date }
reveal-stage = FASE { $number }: { $title }
reveal-points = +{ $points } punten
reveal-sources-differ = Bronnen verschillen
reveal-leave = Zaak verlaten
reveal-debrief = Naar de nabespreking
reveal-next = Volgende fase
reveal-how-it-happened = Hoe het ging
reveal-your-order-heading = Jouw volgorde
number-line-truth = Waarheid
number-line-you = Jij

## Plaatsen

role-servers = Servers
role-joint-team = Gemeenschappelijk onderzoeksteam
role-agency-seat = Zetel van het agentschap
role-action-day = Actiedag
role-received-data = Ontving de gegevens
role-arrests = Aanhoudingen
role-court = Rechtbank
place-in-country = { $city } ({ $country })
places-line = { $role }: { $places }
map-label = Kaart. { $places }.

## De nabespreking

debrief-ranges-width = Je bandbreedtes besloegen gemiddeld { $width } ordes van grootte; punten voor bandbreedtes: { $points }.
debrief-no-ranges = Voeg een bandbreedte van 80% toe aan je schattingen, zoals 2000 (500-5000), om te zien hoe goed je gekalibreerd bent.
debrief-ranges-few = Je bandbreedtes bevatten de waarheid { $caught } van de { $count } keer, minder dan de 80% waar je op mikte. Bij de meeste mensen gaat dat eerst zo: maak ze breder.
debrief-ranges-many = Je bandbreedtes bevatten de waarheid { $caught } van de { $count } keer: meer dan 80%. Je kunt ze smaller maken en toch vaak genoeg gelijk hebben.
debrief-ranges-right = Je bandbreedtes bevatten de waarheid { $caught } van de { $count } keer, in lijn met het doel van 80%.
debrief-typical-off = je typische schatting was { $times } te { $direction ->
    [low] laag
   *[high] hoog
}
debrief-typical-within = je typische schatting zat binnen 1,3 keer de waarheid
debrief-no-estimates = nog geen schattingen van aantallen
debrief-across-runs = Over je { $runs } { $runs ->
    [one] voltooide zaak
   *[other] voltooide zaken
}: bandbreedtes raak { $caught } van de { $ranges }; { $bias }.
debrief-tendency-none = Beantwoord een paar vragen over aantallen om te zien of je geneigd bent te hoog of te laag te schatten.
debrief-tendency-centred = Je schattingen lagen rond de waarheid: je typische schatting zat er binnen 1,3 keer naast.
debrief-tendency-low = Je schatte de omvang { $times } te laag: je typische schatting lag zoveel onder de waarheid.
debrief-tendency-high = Je schatte de omvang { $times } te hoog: je typische schatting lag zoveel boven de waarheid.
debrief-score = { $total } punten van { $max } ({ $answered } van { $stages } fasen beantwoord)
debrief-heading = NABESPREKING  ·  { $years }
debrief-stage = Fase
debrief-your-estimate = Jouw schatting
debrief-truth = Waarheid
debrief-off-by = Afwijking
debrief-points = Punten
debrief-wilson = De lichte band is het 90%-Wilsoninterval: met weinig vragen kan het echte percentage overal daarbinnen liggen.
debrief-bias = Vertekening: hoe ver elke schatting ernaast zat
debrief-bias-low = 100 keer te laag
debrief-bias-right = goed
debrief-bias-high = 100 keer te hoog
debrief-run = { $date }  ·  { $title }  ·  bandbreedtes raak { $caught } van de { $given }
debrief-when = Wanneer het gebeurde
debrief-colours = Groen: 80 punten of meer; oranje: 40 tot 79; rood: onder 40.
debrief-lesson = Wat deze zaak leert
debrief-where = Waar het gebeurde
debrief-save = Resultaten opslaan als CSV
debrief-play-again = Opnieuw spelen
debrief-back = Terug naar de zaken
debrief-saved = { $count } { $count ->
    [one] spel
   *[other] spellen
} opgeslagen in { $place }
debrief-not-saved = De resultaten konden niet worden opgeslagen: { $error }
calibration-chart = Kalibratie: { $caught } van de { $ranges } bandbreedtes bevatten de waarheid ({ $percent }%); het doel is 80%

## Tijdlijnen

timeline-stage = Tijdlijn { $from }–{ $to }: fase { $stage }, { $date }
timeline-stages = Tijdlijn { $from }–{ $to }: fasen 1 tot en met { $count }
timeline-events = Tijdlijn { $from }–{ $to }: de gebeurtenissen op hun datum, { $events }
timeline-point = fase { $stage }, { $date }, { $points } punten
timeline-point-unanswered = fase { $stage }, { $date }, niet beantwoord
timeline-label = Tijdlijn { $from }–{ $to }: { $points }

## Een zaak kiezen, de briefing, een fase

cases-heading = Kies een zaak
cases-about = Elke zaak volgt één onderzoek, van het eerste spoor tot de eindbalans.
cases-heading-class = Kies een zaak voor de klas
cases-about-class = De klas doet mee via de telefoon zodra je kiest. Niets te installeren: ze openen het adres op het volgende scherm.
cases-broken = Dit zaakbestand heeft { $count } { $count ->
    [one] probleem
   *[other] problemen
} en kan niet worden gespeeld. Het eerste: { $first }
cases-none = Er zijn geen speelbare zaken gevonden.
cases-class-failed = De klas kon niet starten: { $error }
case-facts = { $countries }  ·  { $stages } fasen
back = Terug
briefing = BRIEFING
briefing-resume-note = De vorige keer beantwoordde je { $answered } van de { $stages } fasen. Ga verder waar je was, of begin opnieuw.
briefing-back = Terug naar de zaken
briefing-start-again = Opnieuw beginnen
briefing-resume = Verder bij fase { $stage }
briefing-begin = Het onderzoek beginnen
stage-of = { $case }  ·  Fase { $stage } van { $count }
stage-score = Score { $score } van { $max }
stage-settings = Instellingen
question-stage = Fase { $number }: { $title }
question-submit-order = Deze volgorde bevestigen

## Resultaten en spelers

results-heading = Resultaten: { $player }
results-none = Nog geen voltooide spellen. Speel een zaak tot het einde en hij verschijnt hier.
results-run = { $date }  ·  { $title }  ·  { $points } van { $max } punten
results-stage-gone = { $title } (niet meer in de zaak)
results-answer = jij: { $guess }  ·  waarheid: { $truth }  ·  { $off }{ $points } punten
profiles-heading = Wie speelt er?
profiles-about = Resultaten en voortgang worden per speler bewaard. Nu speelt: { $player }.
profiles-new = Een nieuwe speler
profiles-add = Toevoegen en spelen
profiles-how = Typ een naam en druk op Enter. Geen wachtwoord, geen account.

## De terminal

text-no-case = Er is geen zaak `{ $id }`. Zaken: { $cases }
text-not-saved = Niet opgeslagen: de terminal bewaart een spel pas als elke fase beantwoord is ({ $answered } van { $stages } hier).
text-note = Let op: { $warning }
text-saved = Opgeslagen voor profiel ‘{ $profile }’ in { $place } (takedown export schrijft elk antwoord als CSV).
text-save-failed = Je resultaten konden niet worden opgeslagen: { $error }
text-no-cases = Geen speelbare zaken gevonden.
text-cases = Zaken:
text-choose = Kies een zaak (nummer of id):
text-choose-again = Typ een nummer van 1 tot en met { $count }, of de id van een zaak.
text-where = Waar het gebeurde:
text-stage = Fase { $number } van { $count }: { $title }
text-your-answer = Jouw antwoord ({ $hint }):
text-end-of-input = (Einde van de invoer: het spel stopt hier.)
text-the-answer = Het antwoord: { $truth } ({ $as-of })
text-verdict = { $answer }: { $verdict }. { $points } punten.
text-legend-range = (S jouw schatting, [ ] jouw bandbreedte van 80%, W de waarheid, * beide)
text-legend = (S jouw schatting, W de waarheid, * beide)
text-mark-right = [goed]
text-mark-your-pick = [jouw keuze]
text-mark-wrong = [fout]
text-mark-in-place = [op zijn plaats]
text-mark-moved = [verplaatst]
text-where-line = Waar: { $places }
text-sources-differ = Bronnen verschillen: { $note }
text-score = Score tot nu toe: { $score } van { $max }
text-debrief = Nabespreking: { $title } ({ $years })
text-total = Totaal: { $score }
text-row = jij { $guess } | waarheid { $truth } | { $verdict } | { $points } ptn

## Landen en steden

country-AU = Australië
country-BE = België
country-CA = Canada
country-DE = Duitsland
country-ES = Spanje
country-EU = Europese Unie
country-FR = Frankrijk
country-GB = Verenigd Koninkrijk
country-IE = Ierland
country-IS = IJsland
country-IT = Italië
country-LT = Litouwen
country-LU = Luxemburg
country-NL = Nederland
country-PL = Polen
country-SE = Zweden
country-US = Verenigde Staten
city-bellingham = Bellingham
city-berlin = Berlijn
city-karlsruhe = Karlsruhe
city-london = Londen
city-luxembourg = Luxemburg
city-paris = Parijs
city-roubaix = Roubaix
city-san-diego = San Diego
city-strasbourg = Straatsburg
city-the-hague = Den Haag
city-traben-trarbach = Traben-Trarbach

## De weigeringen van de klasserver, zoals elke telefoon ze leest

class-wrong-code = Dat is niet de code op het scherm; controleer hem en probeer het opnieuw
class-locked = De docent heeft de klas gesloten voor nieuwe leerlingen
class-full = De klas is vol ({ $count } leerlingen)
class-name-empty = Typ een naam (een bijnaam mag ook)
class-name-too-long = Die naam is te lang: hoogstens { $count } tekens
class-name-invisible = Die naam bevat onzichtbare of besturingstekens: typ hem opnieuw
class-name-taken = Iemand in de klas heeft die naam al: kies een andere
class-cannot-show = De projector kan ‘{ $chars }’ niet tonen in een naam: gebruik letters die hij kan tonen (Latijnse, Griekse of Cyrillische), of druk op Stel een bijnaam voor
class-name-lookalike = Die naam lijkt precies op een naam die al in de klas is: kies een andere
class-name-removed = Die naam is door de docent uit de klas verwijderd
class-unknown-student = Je zit niet in deze klas: doe opnieuw mee
class-removed = De docent heeft je uit de klas verwijderd
class-not-open = De docent neemt nu geen antwoorden aan
class-ended = De docent heeft de les beëindigd
class-no-team = Je zit nog niet in een team: kies er eerst een
class-unknown-team = Er is nu geen team met dat nummer: kies een van de getoonde teams
class-team-chosen = Je zit al in een team voor deze ronde: teams kunnen niet veranderen tot hij voorbij is
class-team-full = Dat team heeft al { $count } leerlingen: kies een ander
class-team-answered = Dat team heeft zijn antwoord al gestuurd: kies een ander
class-too-many-codes = Te veel verkeerde codes vanaf dit toestel: wacht een minuut en controleer dan de code op het scherm
class-not-saved = De computer van de docent kon dit niet opslaan: probeer het zo opnieuw en zeg het tegen je docent
class-stage-changed = De fase is veranderd

## De klaspagina op een telefoon

phone-title = Takedown-klas
phone-language = Taal
phone-ended = De docent heeft de les beëindigd.
phone-ended-kept = Je antwoorden worden bewaard op de computer van de docent; wat je hier ziet, blijft staan tot je de pagina sluit.
phone-join-heading = Doe mee met de klas
phone-code = Code op het scherm
phone-name = Je naam (een bijnaam mag ook)
phone-suggest = Stel een bijnaam voor
phone-join = Meedoen
phone-waiting = Wachten tot de docent begint. Laat deze pagina open; hij werkt zichzelf bij.
phone-youre-in = Je doet mee, { $name }
phone-pick-team = Kies je team
phone-best-guess = Je beste schatting
phone-team-guess = De beste schatting van je team
phone-revise-guess = Je eigen antwoord: pas het aan of houd het
phone-range = Bandbreedte van 80%, als je wilt
phone-range-example = (bijv. { $range })
phone-send = Versturen
phone-order-how = Het vroegste eerst: verplaats elke gebeurtenis met ▲ en ▼ en verstuur dan.
phone-send-order = Deze volgorde versturen
phone-the-answer = Het antwoord
phone-sources-differ = Bronnen verschillen
phone-your-debrief = Jouw nabespreking
phone-join-failed = Meedoen met de klas lukte niet
phone-no-nickname = Er kwam geen bijnaam
phone-reconnecting = Opnieuw verbinden…
phone-unreadable = De klas kon niet worden gelezen
phone-no-reply = { $what }: de computer van de docent antwoordt niet. Controleer de wifi en probeer het opnieuw.
phone-error-status = { $what } (fout { $status })
phone-team-sent = Het antwoord van je team, gelezen als { $answer }: gestuurd door { $by }. Ieder van jullie kan het veranderen.
phone-team-not-sent = Je team heeft nog geen antwoord gestuurd.
phone-not-sent-team = Nog niet verstuurd: druk op { $button } om het voor je team te versturen.
phone-read-as-sent = Gelezen als { $answer }: verstuurd. Je kunt het veranderen tot de docent de fase sluit.
phone-not-sent = Nog niet verstuurd: druk op { $button }.
phone-read-as-in = Gelezen als { $answer }: je antwoord is binnen.
phone-did-not-answer = Je hebt deze fase niet beantwoord.
phone-closed-unsent = De fase sloot voordat je ‘{ $text }’ verstuurde: het is niet meegeteld.
phone-never-sent = Je hebt deze fase niet beantwoord: ‘{ $text }’ is nooit verstuurd.
phone-closed = De docent heeft deze fase gesloten. Het antwoord komt zo.
phone-stage-of = Fase { $number } van { $count }
phone-announce-stage = Fase { $number } is open: { $title }
phone-announce-revealed = Het antwoord is onthuld: { $truth }
phone-team = Team { $number }
phone-talk = Overleg samen en laat dan een van jullie hieronder het antwoord van het team versturen.
phone-team-said-revise = Je team zei { $answer }. Nu mag je je eigen antwoord aanpassen of houden.
phone-team-said = Je team zei { $answer }.
phone-nothing = niets
phone-alone = Je antwoord alleen: { $answer }
phone-nobody-yet = nog niemand
phone-not-picked = Niet gekozen
phone-moved = Verplaatst naar plaats { $place }: { $event }
phone-move-up = Omhoog
phone-move-down = Omlaag
phone-not-sent-error = Niet verstuurd
phone-points = { $points ->
    [one] { $points } punt
   *[other] { $points } punten
}
phone-you = Jij
phone-truth = Waarheid
phone-points-heading = Punten

## De webpagina, terwijl het spel laadt

loader-loading = Het spel wordt geladen…
loader-progress = Het spel wordt geladen… { $mb } van { $total } MB
loader-progress-unknown = Het spel wordt geladen… { $mb } MB
loader-starting = Starten…
loader-no-webgl = Deze browser kan het spel niet tonen: hij heeft WebGL2 nodig, en dat hebben actuele versies van Firefox, Chrome, Edge en Safari. Is de jouwe actueel, controleer dan of hardwareversnelling in de instellingen aanstaat.
loader-failed = Het spel kon niet starten: { $error }. Laad de pagina opnieuw om het nog eens te proberen.
loader-canvas = Takedown, het spel
loader-tagline = Hoe groot was het echt?

## De cijfers van de klas, op de projector en in het afdrukbare verslag

round-alone = Alleen
round-teams = Teams
round-revised = Na overleg
class-no-answers-yet = Nog geen antwoorden.
class-median-summary = Mediaan van de klas { $distance }; die versloeg { $beaten } van de { $students ->
    [one] { $students } leerling
   *[other] { $students } leerlingen
}.
class-median-summary-ranges = Mediaan van de klas { $distance }; die versloeg { $beaten } van de { $students ->
    [one] { $students } leerling
   *[other] { $students } leerlingen
}; { $caught } van de { $ranges ->
    [one] { $ranges } bandbreedte
   *[other] { $ranges } bandbreedtes
} { $caught ->
    [one] bevatte
   *[other] bevatten
} de waarheid.
class-choice-summary = { $right } van de { $answered } { $right ->
    [one] koos
   *[other] kozen
} de juiste optie.
class-order-summary = Gemiddeld zette de klas { $percent }% van de paren gebeurtenissen in de juiste volgorde.
class-most-swapped = Het vaakst verwisseld: ‘{ $a }’ en ‘{ $b }’ ({ $students ->
    [one] { $students } leerling
   *[other] { $students } leerlingen
}).
class-round-median = mediaan { $median }, { $distance }
class-round-none = geen antwoorden
class-round-right = { $right } van de { $count } goed
class-round-pairs = { $percent }% van de paren op volgorde
class-talk-unknown = Te weinig antwoorden om te zeggen of overleggen hielp.
class-off-times = een factor { $factor } ernaast
class-off-years = { $years } jaar ernaast
class-off-wrong = { $percent }% fout
class-off-pairs = { $percent }% van de paren in de verkeerde volgorde
class-talk-helped = Overleggen hielp: teams { $teams }, alleen { $alone }.
class-talk-not-helped = Overleggen hielp hier niet: teams { $teams }, alleen { $alone }.
class-talk-same = De teams deden het even goed als de klas alleen ({ $alone }).
class-talk-revised = Na het herzien: { $revised }.
class-row-median = mediaan { $distance }
class-row-beat = versloeg { $beaten } van de { $count }
class-cal-none = Niemand gaf een bandbreedte van 80%, dus er is geen kalibratie te tonen.
class-cal-few = De bandbreedtes van de klas bevatten de waarheid { $caught } van de { $count } keer, minder dan de beoogde 80%: de meeste bandbreedtes zijn in het begin te smal.
class-cal-many = De bandbreedtes van de klas bevatten de waarheid { $caught } van de { $count } keer, meer dan 80%: ze kunnen smaller en toch vaak genoeg goed zijn.
class-cal-right = De bandbreedtes van de klas bevatten de waarheid { $caught } van de { $count } keer, in lijn met het doel van 80%.
class-bias-none = Nog geen schattingen van hoeveelheden, dus geen neiging te tonen.
class-bias-centred = De klas lag rond de waarheid: haar typische schatting zat er binnen 1,3 keer naast.
class-bias-low = De klas schatte de omvang { $times } te laag: haar typische schatting lag zoveel onder de waarheid.
class-bias-high = De klas schatte de omvang { $times } te hoog: haar typische schatting lag zoveel boven de waarheid.

## De schermen van de docent in klasmodus (de projector)

class-screen-heading = KLAS  ·  { $title }
class-open-on-phone = Open op je telefoon:
class-code-label = Code
class-new-code = Nieuwe code
class-other-address = Ander adres
class-students-heading = Leerlingen (kies een naam om die leerling te verwijderen):
class-cannot-connect = Kunnen telefoons geen verbinding maken?
class-network-help = Telefoons moeten op hetzelfde netwerk zitten als deze computer. Schoolwifi houdt apparaten vaak van elkaar gescheiden (clientisolatie): zet dan een hotspot op een telefoon aan, verbind deze computer en de leerlingen ermee en gebruik het getoonde adres. Sta op Windows Takedown toe als de firewall erom vraagt, op privénetwerken. Typ het adres precies over, met http:// en de poort.
class-end = De les beëindigen
class-start = De eerste fase starten
class-joined = { $count ->
    [one] { $count } leerling doet mee
   *[other] { $count } leerlingen doen mee
}
class-room-locked = De klas is gesloten: nieuwe leerlingen kunnen niet meer meedoen.
class-unlock = De klas weer openen (L)
class-lock = De klas sluiten (L)
class-removed-heading = Verwijderd (kies een naam om die leerling weer toe te laten):
class-addresses = Adressen van deze computer: { $addresses }. ‘Ander adres’ toont het volgende.
class-teams-every = Teamrondes: bij elke fase (uitzetten)
class-teams-when = Teamrondes: als ik er een start, T (aanzetten voor elke fase)
class-back-to-stages = Terug naar de fasen
class-forming-random = Teams: willekeurig gemaakt (leerlingen laten kiezen)
class-forming-picked = Teams: leerlingen kiezen (willekeurig maken)
class-port-moved = Poort { $port } wordt door een ander programma gebruikt, dus de klas draait op poort { $free }.
class-no-network = Deze computer zit op geen enkel netwerk: alleen een browser op deze computer kan meedoen (127.0.0.1).
class-open-no-case = Kies eerst een zaak
class-open-nothing-to-resume = Er is geen bewaarde klassessie om te hervatten
class-open-no-such-session = Er is geen bewaarde klassessie ‘{ $name }’ (takedown export --class list toont ze)
class-open-unreadable = De klassessie { $name } kon niet worden gelezen
class-open-unreadable-why = De klassessie { $name } kon niet worden gelezen ({ $why })
class-open-case-missing = De zaak ‘{ $case }’ van de bewaarde sessie staat niet in de bibliotheek
class-resumed = { $students ->
        [one] De klas bewaard als { $name } is hervat: { $students } leerling.
       *[other] De klas bewaard als { $name } is hervat: { $students } leerlingen.
    }
class-answers-dropped = { $answers ->
        [one] { $answers } antwoord past niet meer bij de gewijzigde zaak en is weggelaten.
       *[other] { $answers } antwoorden passen niet meer bij de gewijzigde zaak en zijn weggelaten.
    }
host-port-taken = poort { $port } is al in gebruik (door een ander programma of een andere klas); poort { $free } is vrij: gebruik --port { $free }
host-port-taken-none-free = poort { $port } is al in gebruik en er is geen vrije poort in de buurt: gebruik --port met een ander nummer
host-cannot-listen = kon niet luisteren op { $address }: { $error }
host-cannot-save = kon niet beginnen met het bewaren van de klas: { $error }
host-system = de klasserver kon niet starten: { $error }
save-failure-files = de CSV of het afdrukbare verslag: { $error }
save-failure-timed-out = de schijf antwoordde niet op tijd
save-failure-not-written = er is niets geschreven
class-save-failed = De klas kon niet worden opgeslagen: { $error }
class-reveal-now = Nu onthullen
class-close = Antwoorden sluiten
class-team-round = Een teamronde starten (T)
class-nobody = nog niemand
class-team-line = Team { $number }: { $members }{ $sent ->
    [yes] {"  "}✔ verstuurd
   *[no] {""}
}
class-not-in-team = Nog niet in een team: { $names }
class-start-team = De teamronde starten
class-let-revise = Iedereen laten herzien
class-reveal = Onthullen
class-stage-header = FASE { $number } VAN { $count }  ·  doe mee op { $join } (code { $code })
class-teams-answered = { $answered } van de { $teams ->
    [one] { $teams } team
   *[other] { $teams } teams
} { $answered ->
    [one] heeft
   *[other] hebben
} geantwoord
class-revised-count = { $revised } van de { $present } herzien
class-answered-count = { $answered } van de { $present } geantwoord
class-step-alone = Leerlingen antwoorden alleen op hun telefoon en mogen hun antwoord veranderen tot je verdergaat.
class-step-teams = Overleg in je team en laat dan een van jullie het antwoord van het team vanaf de eigen telefoon versturen. Druk op → als de teams hebben geantwoord.
class-step-revise = Elke leerling mag nu het eigen antwoord herzien (of houden). Druk op → om de fase te sluiten.
class-step-closed = De antwoorden zijn gesloten. Druk op → om de waarheid en de antwoorden van de klas te onthullen.
class-dots-hidden = { $count ->
    [one] +{ $count } gestapelde stip meer
   *[other] +{ $count } gestapelde stippen meer
}
class-median-mark = mediaan van de klas
class-figures-line = { $summary }  ({ $answered } van de { $present } aanwezigen geantwoord)
class-ranges-toggle = Bandbreedtes tonen of verbergen
class-debrief-button = De nabespreking van de klas
class-alone-note = De cijfers hierboven zijn de antwoorden die alleen gegeven zijn; voor de punten telt het laatste antwoord van elke leerling.
class-alone-note-teams = De stippen en cijfers hierboven zijn de antwoorden die alleen gegeven zijn, □ het antwoord van elk team; voor de punten telt het laatste antwoord van elke leerling.
class-round-line = { $round }: { $text } ({ $count ->
    [one] { $count } antwoord
   *[other] { $count } antwoorden
})
class-open-report = Het afdrukbare verslag openen
class-debrief-heading = NABESPREKING VAN DE KLAS
class-students-count = { $count ->
    [one] { $count } leerling
   *[other] { $count } leerlingen
}
class-row-answered = { $count } geantwoord
class-top-totals = Topscores
class-total-named = { $place }. { $name }: { $points ->
    [one] { $points } punt
   *[other] { $points } punten
} ({ $answered ->
    [one] { $answered } fase
   *[other] { $answered } fasen
})
class-total = { $place }. { $points ->
    [one] { $points } punt
   *[other] { $points } punten
} ({ $answered ->
    [one] { $answered } fase
   *[other] { $answered } fasen
})
class-csv-saved = Elk antwoord wordt als CSV bewaard: { $place }
class-report-saved = Een verslag om af te drukken of te bewaren (elke onthulde fase, A4): { $place }
class-report-failed = Het afdrukbare verslag kon niet worden geschreven: { $error }
class-report-none = Er is nog geen verslag: niemand doet mee aan de klas
class-report-open = Het afdrukbare verslag is geopend in je browser: { $path }
class-report-no-browser = De browser ging niet open ({ $error }); open het verslag zelf: { $path }
class-keep = Houden
class-remove = Verwijderen
class-keep-teaching = Doorgaan met lesgeven
class-remove-title = Een leerling verwijderen?
class-end-title = De les beëindigen?
class-remove-question = { $name } uit de klas verwijderen? De antwoorden tellen niet meer mee en niemand kan onder die naam meedoen, tot je die leerling weer toelaat.
class-remove-name = { $name } verwijderen
class-end-question = De les beëindigen? Telefoons horen dat de les voorbij is en houden hun resultaten; elk antwoord wordt bewaard.
class-totals-show = Topscores tonen, zonder namen
class-totals-names = Namen tonen
class-totals-hide = Topscores verbergen

## Het afdrukbare klasverslag (A4)

report-title = { $case }: klassessie { $code }
report-meta = Klassessie { $code }, begonnen op { $started }; { $students ->
    [one] { $students } leerling
   *[other] { $students } leerlingen
}; { $revealed } van de { $stages } fasen onthuld. Gemaakt op { $written } door Takedown.
report-none-revealed = Er is nog geen fase onthuld: de pagina vult zich naarmate de klas verdergaat.
report-the-class = De klas
report-col-stage = Fase
report-col-answers = Antwoorden
report-col-result = Resultaat van de klas
report-col-beat = Verslagen door de mediaan
report-col-team = Teamronde
report-col-round-result = Resultaat
report-totals = Topscores
report-col-student = Leerling
report-col-points = Punten
report-col-answered = Fasen beantwoord
report-names-hidden = Namen worden niet getoond: de docent koos er niet voor ze te tonen.
report-stage = Fase { $number }. { $title }
report-truth = Waarheid: { $truth } (stand van { $date })
report-class-median = mediaan van de klas { $median }
report-events-order = De gebeurtenissen in de volgorde waarin ze plaatsvonden:
report-answered = { $count } geantwoord.
report-disagree = Waar bronnen verschillen: { $note }
report-dots = { $count ->
    [one] { $count } antwoord
   *[other] { $count } antwoorden
} op een lijn met de waarheid
report-dots-median = { $count ->
    [one] { $count } antwoord
   *[other] { $count } antwoorden
} op een lijn met de waarheid en de { $median }
report-truth-mark = waarheid
report-col-option = Optie
report-col-picked = Gekozen door

## Een voltooid spel bewaren (getoond bij de nabespreking)

saved-unfinished = Dit spel is niet voltooid, dus het wordt niet aan je resultaten toegevoegd.
saved-in-results = Bewaard in je resultaten (profiel ‘{ $profile }’).
saved-with-note = Bewaard. Let op: { $note }
saved-failed = Je resultaten konden niet worden bewaard: { $error }

## What the store says (src/store/problems.rs).
store-place-memory = het geheugen (er wordt niets bewaard nadat het spel sluit)
store-place-memory-entry = geheugen: { $key }
store-place-browser = de opslag van deze browser voor de pagina
store-place-browser-entry = { $key } in de opslag van deze browser voor de pagina
store-place-downloads = je downloads ({ $name })
store-read-failed = kon { $place } niet lezen: { $error }
store-write-failed = kon { $place } niet schrijven: { $error }
store-encode-failed = kon wat bewaard moest worden niet coderen: { $error }
store-no-browser-storage = deze browser bewaart niets voor de pagina (een privévenster?), dus er wordt niets bewaard
store-browser-full = kon { $place } niet bewaren: de opslag van deze browser voor deze pagina is vol
store-not-text = { $place } is geen tekst en kan niet in de browser worden bewaard
store-not-there = { $place } is er niet
store-not-downloaded = de browser heeft { $name } niet gedownload
store-browser-refused = de browser wilde { $place } niet lezen
store-and-then = { $first }; { $next }
store-unreadable = { $what ->
        [progress] Je bewaarde voortgang kon niet worden gelezen
        [results] De resultaten van { $profile } konden niet worden gelezen
       *[class] De klassessie kon niet worden gelezen
    }: { $error }
store-moved-aside = { $what ->
        [progress] Je bewaarde voortgang kon niet worden gelezen ({ $error }); ze is verplaatst naar { $aside } en er is een nieuwe begonnen
        [results] De resultaten van { $profile } konden niet worden gelezen ({ $error }); ze zijn verplaatst naar { $aside } en er zijn nieuwe begonnen
       *[class] De klassessie kon niet worden gelezen ({ $error }); ze is verplaatst naar { $aside }
    }
store-not-moved-aside = { $what ->
        [progress] Je bewaarde voortgang kon niet worden gelezen ({ $error }) of opzij gezet ({ $why })
        [results] De resultaten van { $profile } konden niet worden gelezen ({ $error }) of opzij gezet ({ $why })
       *[class] De klassessie kon niet worden gelezen ({ $error }) of opzij gezet ({ $why })
    }
store-journal-unreadable = De laatste wijzigingen in de klassessie konden niet worden gelezen: { $error }
store-journal-lines-left-out = { $lines ->
        [one] { $lines } van de laatste wijzigingen in de klassessie kon niet worden gelezen en is weggelaten ({ $place })
       *[other] { $lines } van de laatste wijzigingen in de klassessie konden niet worden gelezen en zijn weggelaten ({ $place })
    }

## Korte labels van de maatstreepjes (machten van tien)

tick-thousand = { $n }K
tick-million = { $n } mln
tick-billion = { $n } mld
tick-trillion = { $n } bln

## What a screen reader says beyond what the screen shows (src/game/a11y.rs).
reveal-announcement = Het antwoord: { $truth }. { $answer }. { $verdict }. { $points ->
        [one] { $points } punt.
       *[other] { $points } punten.
    }
slider-no-value = nog geen schatting
a11y-move-up = Omhoog: { $text }
a11y-move-down = Omlaag: { $text }
a11y-web-note = Met een schermlezer staan de schermen van het spel hieronder als koppen, tekst en knoppen.

## `takedown export` in the terminal (src/cli/export.rs).
export-no-runs = geen voltooide spellen in { $place }
export-no-classes = geen bewaarde klassessies in { $place }
export-no-data-folder = geen gegevensmap (stel TAKEDOWN_DATA_DIR in)
export-list-name = NAAM (voor --class NAAM en host --resume NAAM)
export-list-started = BEGONNEN
export-list-saved = LAATST BEWAARD
export-list-students = LEERLINGEN
export-list-where = WAAR
export-list-last = De laatste is de nieuwste: `takedown host --resume` en `takedown export --class` nemen die.
export-place-lobby = wachtruimte
export-place-open = fase { $stage } open
export-place-teams = fase { $stage } teamronde
export-place-revise = fase { $stage } herzien
export-place-closed = fase { $stage } gesloten
export-place-revealed = fase { $stage } onthuld
export-place-debrief = nabespreking
export-place-ended = { $place }, beëindigd
