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
