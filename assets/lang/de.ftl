# Die Wörter von Takedown auf Deutsch. Jede Sprache hat dieselben Nachrichten (ein Test
# prüft das).

## Zahlen

figure-million = { $number } { $number ->
    [one] Million
   *[other] Millionen
}
figure-billion = { $number } { $number ->
    [one] Milliarde
   *[other] Milliarden
}
figure-trillion = { $number } { $number ->
    [one] Billion
   *[other] Billionen
}
money-plain = { $code ->
    [EUR] { $amount }{"\u00a0"}€
    [GBP] { $amount }{"\u00a0"}£
    [AUD] { $amount }{"\u00a0"}AU$
    [CAD] { $amount }{"\u00a0"}CA$
    [USD] { $amount }{"\u00a0"}US$
   *[other] { $amount }{"\u00a0"}{ $symbol }
}
money-scaled = { $code ->
    [EUR] { $amount } Euro
    [GBP] { $amount } Pfund Sterling
    [AUD] { $amount } Australische Dollar
    [CAD] { $amount } Kanadische Dollar
    [USD] { $amount } US-Dollar
   *[other] { $amount } { $symbol }
}
with-unit = { $amount } { $unit }
percent = { $amount }{"\u00a0"}%
span = { $low } bis { $high }

## Was getippt wurde

read-as = Gelesen als { $answer }. Eingabe bestätigt.
not-read-yet = Noch nicht gelesen: { $why }
question-submit = Bestätigen
guess-with-range = { $guess }, zu 80{"\u00a0"}% sicher: { $range }
error-not-a-number = Geben Sie eine Zahl ein, etwa 2500 oder 3,5 Millionen
error-not-positive = Geben Sie eine Zahl über null ein, etwa 2500 oder 3,5 Millionen
error-too-large = Das ist zu groß: Geben Sie eine Zahl unter einer Billiarde ein
error-not-a-year = Geben Sie ein Jahr ein, etwa 2019
error-only-powers-of-ten = Nur Zehnerpotenzen: Geben Sie 10^4, 1e4 oder 6,5 × 10^3 ein
error-not-a-range = Geben Sie eine Spanne als zwei Zahlen ein, etwa 2000 (500-5000) oder 500 bis 5k
error-range-backwards = Setzen Sie das untere Ende der Spanne zuerst, etwa 500-5000
error-guess-outside-range = Ihre beste Schätzung sollte in Ihrer Spanne liegen, etwa 2000 (500-5000)
error-range-required = Fügen Sie die Spanne hinzu, bei der Sie sich zu 80{"\u00a0"}% sicher sind, etwa { $example }
error-not-a-choice = Geben Sie die Nummer einer Option ein, von 1 bis { $count }
error-not-an-order = Geben Sie jeden der { $count } Buchstaben einmal ein, den frühesten zuerst, etwa { $letters }

## Hilfe unter einer Frage

hint-number-log = Geben Sie eine Zahl ein (2500, 3,5 Millionen, 6,5k) oder bewegen Sie den logarithmischen Schieberegler mit ↑ ↓ (Umschalt: schneller).
hint-number-year = Geben Sie ein Jahr ein oder bewegen Sie den Schieberegler Jahr für Jahr mit ↑ ↓ (Umschalt: fünf Jahre).
hint-window-hidden = { $how } Eingabe bestätigt.
hint-window-optional = { $how } Fügen Sie nach Wunsch eine 80-%-Spanne hinzu: Geben Sie { $example } ein, oder drücken Sie am Schieberegler + und − oder Umschalt+Klick. Eingabe bestätigt.
hint-window-required = Geben Sie Ihre beste Schätzung und die Spanne ein, bei der Sie sich zu 80{"\u00a0"}% sicher sind: { $example }, oder stellen Sie beide am Schieberegler ein (+ und − oder Umschalt+Klick für die Spanne). Eingabe bestätigt.
hint-window-choice = Klicken Sie auf eine Option oder drücken Sie ihre Nummer. Tab und Eingabe gehen auch.
hint-window-order = Das Früheste oben. Verschieben Sie Ereignisse mit ▲ ▼ (Tab oder die Pfeiltasten wählen eine Schaltfläche, Eingabe drückt sie) und bestätigen Sie dann.
hint-terminal-year = ein Jahr
hint-terminal-optional = { $what }; nach Wunsch mit einer 80-%-Spanne wie { $example }
hint-terminal-required = { $what } und die Spanne, bei der Sie sich zu 80{"\u00a0"}% sicher sind, etwa { $example }
hint-terminal-choice = die Nummer einer Option, 1 bis { $count }
hint-terminal-order = die Buchstaben, den frühesten zuerst

## Der Titelbildschirm

title-tagline = Wie groß war es wirklich?
title-subtitle = Schätzen Sie die Ergebnisse echter grenzüberschreitender Ermittlungen
title-play = Spielen
title-host = Eine Klasse leiten
title-player = Spieler: { $name }
title-results = Ergebnisse
title-settings = Einstellungen
title-quit = Beenden
title-footer = Jede Zahl stammt von Europol, Eurojust, Gerichten oder der Presse, mit Quelle und Datum.
    Tab oder die Pfeiltasten wechseln die Schaltfläche; Eingabe wählt; Escape geht zurück.

## Einstellungen

settings-heading = Einstellungen
settings-about = Die Textgröße vergrößert alles, für einen Projektor oder zum bequemeren Lesen. Weniger Bewegung zeigt jede Auflösung sofort. Hoher Kontrast nutzt einen schwarzen Hintergrund, weiße Schrift und kräftige Akzente. Bei 80-%-Spannen können Sie die Spanne, bei der Sie sich zu 80{"\u00a0"}% sicher sind, dass sie die Wahrheit enthält, hinzufügen, müssen sie hinzufügen oder sehen sie nie. Der Ton spielt bei jeder Auflösung einen kurzen Klang. Das Ziffernfeld auf dem Bildschirm tippt Schätzungen per Finger oder Maus.
settings-on = an
settings-off = aus
settings-language = Sprache: { $language }
settings-text-size = Textgröße: { $size ->
    [large] groß
    [larger] größer
   *[normal] normal
}
settings-reduced-motion = Weniger Bewegung: { $state }
settings-high-contrast = Hoher Kontrast: { $state }
settings-ranges = 80-%-Spannen: { $mode ->
    [required] Pflicht
    [hidden] ausgeblendet
   *[optional] freiwillig
}
settings-sound = Ton: { $volume ->
    [0] aus
   *[other] { $volume }{"\u00a0"}%
}
settings-keypad = Ziffernfeld auf dem Bildschirm: { $state }
settings-back = Zurück
settings-back-to-case = Zurück zum Fall
settings-back-to-class = Zurück zur Klasse
settings-kept = Die Einstellungen bleiben zwischen den Runden erhalten. Escape schließt sie.
settings-end-class = Die Klasse beenden (jede Antwort ist gespeichert)
settings-leave-case = Den Fall verlassen (Ihr Fortschritt bleibt erhalten)

## Einheiten in Sätzen

currency-name = { $code ->
    [EUR] Euro
    [GBP] Pfund Sterling
    [AUD] Australischen Dollar
    [CAD] Kanadischen Dollar
   *[USD] US-Dollar
}
unit-percent = Prozent
what-number = eine Zahl
what-number-of = eine Anzahl { $unit }
what-amount-in = einen Betrag in { $unit }
what-in = einen Wert in { $unit }
what-plain-number = eine einfache Zahl
error-unknown-word = „{ $word }“ ist weder Zahl noch Multiplikator noch Einheit: Geben Sie { $what } ein, etwa 6500 oder 6,5k
error-wrong-unit = Die Antwort ist in { $unit }, nicht in { $typed }: Geben Sie { $what } ein
