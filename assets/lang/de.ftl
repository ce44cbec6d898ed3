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
with-unit-scaled = { $vowel ->
   *[other] { $amount } { $unit }
}
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

## Bewertungen

times = { $factor }-mal
times-words = { $factor } Mal
verdict-exact = genau
verdict-almost-exact = fast genau
verdict-too-low = { $times } zu niedrig
verdict-too-high = { $times } zu hoch
verdict-right-year = das richtige Jahr
verdict-years-early = { $years } { $years ->
    [one] Jahr
   *[other] Jahre
} zu früh
verdict-years-late = { $years } { $years ->
    [one] Jahr
   *[other] Jahre
} zu spät
band-spot-on = genau getroffen
band-close = nah dran
band-right-order = richtige Größenordnung
band-few-years = ein paar Jahre daneben
band-orders-off = um Größenordnungen daneben
band-far-off = weit daneben
verdict-with-band = { $distance }: { $band }
verdict-right = richtig
verdict-wrong = falsch
verdict-all-in-order = alles in der richtigen Reihenfolge
verdict-pairs-in-order = { $right } von { $pairs } Paaren in der richtigen Reihenfolge
years = { $years } { $years ->
    [one] Jahr
   *[other] Jahre
}
orders-of-magnitude = { $width } Größenordnungen
range-caught = Ihre Spanne umfasste { $width } und enthielt die Wahrheit
range-missed = Ihre Spanne umfasste { $width } und verfehlte sie um { $miss }

## Daten

month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
date-day = { $day }. { month } { $year }
date-month = { month } { $year }

## Die Auflösung

reveal-your-estimate = Ihre Schätzung: { $guess }
reveal-you-picked-it = Sie haben sie gewählt
reveal-you-picked = Ihre Wahl: { $guess }
reveal-events-in-order = Die Ereignisse in ihrer Reihenfolge
reveal-your-order = Ihre Reihenfolge: { $guess }
reveal-in-place = Sie hatten es an der richtigen Stelle
reveal-placed = Sie hatten es an { $place }. Stelle
reveal-your-range = Ihre 80-%-Spanne: { $range }: { $summary }. { $points } Spannenpunkte.
reveal-as-of = Stand { $date }
reveal-source = Quelle: { $publisher }, „{ $title }“, { $date }
reveal-stage = ETAPPE { $number }: { $title }
reveal-points = +{ $points } Punkte
reveal-sources-differ = Die Quellen weichen ab
reveal-leave = Fall verlassen
reveal-debrief = Zur Nachbesprechung
reveal-next = Nächste Etappe
reveal-how-it-happened = Wie es geschah
reveal-your-order-heading = Ihre Reihenfolge
number-line-truth = Wahrheit
number-line-you = Sie

## Orte

role-servers = Server
role-joint-team = Gemeinsame Ermittlungsgruppe
role-agency-seat = Sitz der Behörde
role-action-day = Aktionstag
role-received-data = Erhielt die Daten
role-arrests = Festnahmen
role-court = Gericht
place-in-country = { $city } ({ $country })
places-line = { $role }: { $places }
map-label = Karte. { $places }.

## Die Nachbesprechung

debrief-ranges-width = Ihre Spannen umfassten im Durchschnitt { $width } Größenordnungen; Spannenpunkte: { $points }.
debrief-no-ranges = Fügen Sie Ihren Schätzungen eine 80-%-Spanne hinzu, etwa 2000 (500-5000), um zu sehen, wie gut Sie kalibriert sind.
debrief-ranges-few = Ihre Spannen trafen { $caught } von { $count }, weniger als die angestrebten 80{"\u00a0"}%. So geht es den meisten am Anfang: Machen Sie sie breiter.
debrief-ranges-many = Ihre Spannen trafen { $caught } von { $count }: mehr als 80{"\u00a0"}%. Sie können sie enger machen und trotzdem oft genug richtig liegen.
debrief-ranges-right = Ihre Spannen trafen { $caught } von { $count }, im Einklang mit dem Ziel von 80{"\u00a0"}%.
debrief-typical-off = Ihre typische Schätzung lag { $times } zu { $direction ->
    [low] niedrig
   *[high] hoch
}
debrief-typical-within = Ihre typische Schätzung lag innerhalb des 1,3-Fachen der Wahrheit
debrief-no-estimates = noch keine Mengenschätzungen
debrief-across-runs = Über Ihre { $runs } { $runs ->
    [one] abgeschlossene Runde
   *[other] abgeschlossenen Runden
}: Spannen trafen { $caught } von { $ranges }; { $bias }.
debrief-tendency-none = Beantworten Sie ein paar Mengenfragen, um zu sehen, ob Sie eher zu hoch oder zu niedrig schätzen.
debrief-tendency-centred = Ihre Schätzungen lagen um die Wahrheit: Ihre typische Schätzung lag innerhalb des 1,3-Fachen.
debrief-tendency-low = Sie haben das Ausmaß { $times } zu niedrig geschätzt: Ihre typische Schätzung lag so weit darunter.
debrief-tendency-high = Sie haben das Ausmaß { $times } zu hoch geschätzt: Ihre typische Schätzung lag so weit darüber.
debrief-score = { $total } von { $max } Punkten ({ $answered } von { $stages } Etappen beantwortet)
debrief-heading = NACHBESPRECHUNG  ·  { $years }
debrief-stage = Etappe
debrief-your-estimate = Ihre Schätzung
debrief-truth = Wahrheit
debrief-off-by = Abweichung
debrief-points = Punkte
debrief-wilson = Das helle Band ist das 90-%-Wilson-Intervall: Bei wenigen Fragen kann die wahre Quote überall darin liegen.
debrief-bias = Verzerrung: wie weit jede Schätzung danebenlag
debrief-bias-low = 100-mal zu niedrig
debrief-bias-right = richtig
debrief-bias-high = 100-mal zu hoch
debrief-run = { $date }  ·  { $title }  ·  Spannen trafen { $caught } von { $given }
debrief-when = Wann es geschah
debrief-colours = Grün: 80 Punkte oder mehr; Gelb: 40 bis 79; Rot: unter 40.
debrief-lesson = Was dieser Fall lehrt
debrief-where = Wo es geschah
debrief-save = Ergebnisse als CSV speichern
debrief-play-again = Noch einmal spielen
debrief-back = Zurück zu den Fällen
debrief-saved = { $count } { $count ->
    [one] Runde
   *[other] Runden
} gespeichert in { $place }
debrief-not-saved = Die Ergebnisse konnten nicht gespeichert werden: { $error }
calibration-chart = Kalibrierung: { $caught } von { $ranges } Spannen enthielten die Wahrheit ({ $percent }{"\u00a0"}%); das Ziel ist 80{"\u00a0"}%

## Zeitleisten

timeline-stage = Zeitleiste { $from }–{ $to }: Etappe { $stage }, { $date }
timeline-stages = Zeitleiste { $from }–{ $to }: Etappen 1 bis { $count }
timeline-events = Zeitleiste { $from }–{ $to }: die Ereignisse an ihren Daten, { $events }
timeline-point = Etappe { $stage }, { $date }, { $points } Punkte
timeline-point-unanswered = Etappe { $stage }, { $date }, nicht beantwortet
timeline-label = Zeitleiste { $from }–{ $to }: { $points }

## Einen Fall wählen, das Briefing, eine Etappe

cases-heading = Wählen Sie einen Fall
cases-about = Jeder Fall folgt einer Ermittlung von der ersten Spur bis zur Schlussbilanz.
cases-heading-class = Wählen Sie einen Fall für die Klasse
cases-about-class = Die Klasse macht mit dem Handy mit, sobald Sie wählen. Nichts zu installieren: Sie öffnen die Adresse auf dem nächsten Bildschirm.
cases-broken = Diese Falldatei hat { $count } { $count ->
    [one] Problem
   *[other] Probleme
} und kann nicht gespielt werden. Das erste: { $first }
cases-none = Es wurden keine spielbaren Fälle gefunden.
cases-class-failed = Die Klasse konnte nicht starten: { $error }
case-facts = { $countries }  ·  { $stages } Etappen
back = Zurück
briefing = BRIEFING
briefing-resume-note = Letztes Mal haben Sie { $answered } von { $stages } Etappen beantwortet. Machen Sie dort weiter, oder beginnen Sie neu.
briefing-back = Zurück zu den Fällen
briefing-start-again = Neu beginnen
briefing-resume = Weiter bei Etappe { $stage }
briefing-begin = Die Ermittlung beginnen
stage-of = { $case }  ·  Etappe { $stage } von { $count }
stage-score = Punkte { $score } von { $max }
stage-settings = Einstellungen
question-stage = Etappe { $number }: { $title }
question-submit-order = Diese Reihenfolge bestätigen

## Ergebnisse und Spieler

results-heading = Ergebnisse: { $player }
results-none = Noch keine abgeschlossenen Runden. Spielen Sie einen Fall bis zum Ende, dann erscheint er hier.
results-run = { $date }  ·  { $title }  ·  { $points } von { $max } Punkten
results-stage-gone = { $title } (nicht mehr im Fall)
results-answer = Sie: { $guess }  ·  Wahrheit: { $truth }  ·  { $off }{ $points } Punkte
profiles-heading = Wer spielt?
profiles-about = Ergebnisse und Fortschritt werden für jeden Spieler gespeichert. Es spielt: { $player }.
profiles-new = Ein neuer Spieler
profiles-add = Hinzufügen und spielen
profiles-how = Geben Sie einen Namen ein und drücken Sie die Eingabetaste. Kein Passwort, kein Konto.

## Das Terminal

text-no-case = Es gibt keinen Fall `{ $id }`. Fälle: { $cases }
text-not-saved = Nicht gespeichert: Das Terminal behält eine Runde erst, wenn jede Etappe beantwortet ist (hier { $answered } von { $stages }).
text-note = Hinweis: { $warning }
text-saved = Gespeichert für das Profil „{ $profile }“ in { $place } (takedown export schreibt jede Antwort als CSV).
text-save-failed = Ihre Ergebnisse konnten nicht gespeichert werden: { $error }
text-no-cases = Keine spielbaren Fälle gefunden.
text-cases = Fälle:
text-choose = Wählen Sie einen Fall (Nummer oder ID):
text-choose-again = Geben Sie eine Nummer von 1 bis { $count } oder die ID eines Falls ein.
text-where = Wo es geschah:
text-stage = Etappe { $number } von { $count }: { $title }
text-your-answer = Ihre Antwort ({ $hint }):
text-end-of-input = (Ende der Eingabe: Das Spiel endet hier.)
text-the-answer = Die Antwort: { $truth } ({ $as-of })
text-verdict = { $answer }: { $verdict }. { $points } Punkte.
text-legend-range = (S Ihre Schätzung, [ ] Ihre 80-%-Spanne, W die Wahrheit, * beides)
text-legend = (S Ihre Schätzung, W die Wahrheit, * beides)
text-mark-right = [richtig]
text-mark-your-pick = [Ihre Wahl]
text-mark-wrong = [falsch]
text-mark-in-place = [an der richtigen Stelle]
text-mark-moved = [verschoben]
text-where-line = Wo: { $places }
text-sources-differ = Die Quellen weichen ab: { $note }
text-score = Punkte bisher: { $score } von { $max }
text-debrief = Nachbesprechung: { $title } ({ $years })
text-total = Gesamt: { $score }
text-row = Sie { $guess } | Wahrheit { $truth } | { $verdict } | { $points } Pkt.

## Länder und Städte

country-AU = Australien
country-BE = Belgien
country-CA = Kanada
country-DE = Deutschland
country-ES = Spanien
country-EU = Europäische Union
country-FR = Frankreich
country-GB = Vereinigtes Königreich
country-IE = Irland
country-IS = Island
country-IT = Italien
country-LT = Litauen
country-LU = Luxemburg
country-NL = Niederlande
country-PL = Polen
country-SE = Schweden
country-US = Vereinigte Staaten
city-bellingham = Bellingham
city-berlin = Berlin
city-karlsruhe = Karlsruhe
city-london = London
city-luxembourg = Luxemburg
city-paris = Paris
city-roubaix = Roubaix
city-san-diego = San Diego
city-strasbourg = Straßburg
city-the-hague = Den Haag
city-traben-trarbach = Traben-Trarbach

## Die Ablehnungen des Klassenservers, wie jedes Handy sie liest

class-wrong-code = Das ist nicht der Code auf dem Bildschirm; prüfen Sie ihn und versuchen Sie es erneut
class-locked = Die Lehrkraft hat die Klasse für neue Teilnehmende geschlossen
class-full = Die Klasse ist voll ({ $count } Teilnehmende)
class-name-empty = Geben Sie einen Namen ein (ein Spitzname genügt)
class-name-too-long = Dieser Name ist zu lang: höchstens { $count } Zeichen
class-name-invisible = Dieser Name enthält unsichtbare oder Steuerzeichen: Geben Sie ihn erneut ein
class-name-taken = Jemand in der Klasse hat diesen Namen schon: Wählen Sie einen anderen
class-cannot-show = Der Projektor kann „{ $chars }“ in einem Namen nicht zeigen: Verwenden Sie Buchstaben, die er zeigen kann (lateinische, griechische oder kyrillische), oder tippen Sie auf Spitznamen vorschlagen
class-name-lookalike = Dieser Name sieht genauso aus wie einer, der schon in der Klasse ist: Wählen Sie einen anderen
class-name-removed = Dieser Name wurde von der Lehrkraft aus der Klasse entfernt
class-unknown-student = Sie sind nicht in dieser Klasse: Treten Sie ihr erneut bei
class-removed = Die Lehrkraft hat Sie aus der Klasse entfernt
class-not-open = Die Lehrkraft nimmt gerade keine Antworten an
class-ended = Die Lehrkraft hat die Klasse beendet
class-no-team = Sie sind noch in keinem Team: Wählen Sie zuerst eines
class-unknown-team = Ein Team mit dieser Nummer gibt es gerade nicht: Wählen Sie eines der angezeigten
class-team-chosen = Sie sind für diese Runde schon in einem Team: Teams können sich erst nach ihrem Ende ändern
class-team-full = Dieses Team hat schon { $count } Teilnehmende: Wählen Sie ein anderes
class-team-answered = Dieses Team hat seine Antwort schon geschickt: Wählen Sie ein anderes
class-too-many-codes = Zu viele falsche Codes von diesem Gerät: Warten Sie eine Minute und prüfen Sie dann den Code auf dem Bildschirm
class-not-saved = Der Computer der Lehrkraft konnte das nicht speichern: Versuchen Sie es gleich noch einmal und sagen Sie der Lehrkraft Bescheid
class-stage-changed = Die Etappe hat sich geändert

## Die Klassenseite auf einem Handy

phone-title = Takedown-Klasse
phone-language = Sprache
phone-ended = Die Lehrkraft hat die Klasse beendet.
phone-ended-kept = Ihre Antworten bleiben auf dem Computer der Lehrkraft gespeichert; was Sie hier sehen, bleibt, bis Sie die Seite schließen.
phone-join-heading = Der Klasse beitreten
phone-code = Code auf dem Bildschirm
phone-name = Ihr Name (ein Spitzname genügt)
phone-suggest = Spitznamen vorschlagen
phone-join = Beitreten
phone-waiting = Warten, bis die Lehrkraft beginnt. Lassen Sie diese Seite offen; sie aktualisiert sich selbst.
phone-youre-in = Sie sind dabei, { $name }
phone-pick-team = Wählen Sie Ihr Team
phone-best-guess = Ihre beste Schätzung
phone-team-guess = Die beste Schätzung Ihres Teams
phone-revise-guess = Ihre eigene Antwort: Ändern oder behalten Sie sie
phone-range = 80-%-Spanne, wenn Sie möchten
phone-range-example = (z. B. { $range })
phone-send = Senden
phone-order-how = Das Früheste zuerst: Verschieben Sie jedes Ereignis mit ▲ und ▼ und senden Sie dann.
phone-send-order = Diese Reihenfolge senden
phone-the-answer = Die Antwort
phone-sources-differ = Die Quellen weichen ab
phone-your-debrief = Ihre Nachbesprechung
phone-join-failed = Der Beitritt zur Klasse hat nicht geklappt
phone-no-nickname = Es kam kein Spitzname
phone-reconnecting = Verbindung wird wiederhergestellt…
phone-unreadable = Die Klasse konnte nicht gelesen werden
phone-no-reply = { $what }: Der Computer der Lehrkraft antwortet nicht. Prüfen Sie das WLAN und versuchen Sie es erneut.
phone-error-status = { $what } (Fehler { $status })
phone-team-sent = Die Antwort Ihres Teams, gelesen als { $answer }: gesendet von { $by }. Jede und jeder von Ihnen kann sie ändern.
phone-team-not-sent = Ihr Team hat noch keine Antwort gesendet.
phone-not-sent-team = Noch nicht gesendet: Tippen Sie auf { $button }, um sie für Ihr Team zu senden.
phone-read-as-sent = Gelesen als { $answer }: gesendet. Sie können sie ändern, bis die Lehrkraft die Etappe schließt.
phone-not-sent = Noch nicht gesendet: Tippen Sie auf { $button }.
phone-read-as-in = Gelesen als { $answer }: Ihre Antwort ist da.
phone-did-not-answer = Sie haben diese Etappe nicht beantwortet.
phone-closed-unsent = Die Etappe wurde geschlossen, bevor Sie „{ $text }“ gesendet haben: Es wurde nicht gezählt.
phone-never-sent = Sie haben diese Etappe nicht beantwortet: „{ $text }“ wurde nie gesendet.
phone-closed = Die Lehrkraft hat diese Etappe geschlossen. Die Antwort kommt gleich.
phone-stage-of = Etappe { $number } von { $count }
phone-announce-stage = Etappe { $number } ist offen: { $title }
phone-announce-revealed = Die Antwort ist aufgedeckt: { $truth }
phone-team = Team { $number }
phone-talk = Besprechen Sie es gemeinsam, dann sendet eine oder einer von Ihnen unten die Antwort des Teams.
phone-team-said-revise = Ihr Team sagte { $answer }. Jetzt können Sie Ihre eigene Antwort ändern oder behalten.
phone-team-said = Ihr Team sagte { $answer }.
phone-nothing = nichts
phone-alone = Ihre Antwort allein: { $answer }
phone-nobody-yet = noch niemand
phone-not-picked = Nicht gewählt
phone-moved = An Platz { $place } verschoben: { $event }
phone-move-up = Nach oben
phone-move-down = Nach unten
phone-not-sent-error = Nicht gesendet
phone-points = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}
phone-you = Sie
phone-truth = Wahrheit
phone-points-heading = Punkte

## Die Webseite, während das Spiel lädt

loader-loading = Das Spiel wird geladen…
loader-progress = Das Spiel wird geladen… { $mb } von { $total } MB
loader-progress-unknown = Das Spiel wird geladen… { $mb } MB
loader-starting = Wird gestartet…
loader-no-webgl = Dieser Browser kann das Spiel nicht zeigen: Es braucht WebGL2, das aktuelle Versionen von Firefox, Chrome, Edge und Safari haben. Ist Ihrer aktuell, prüfen Sie, ob in seinen Einstellungen die Hardwarebeschleunigung eingeschaltet ist.
loader-failed = Das Spiel konnte nicht starten: { $error }. Laden Sie die Seite neu, um es noch einmal zu versuchen.
loader-canvas = Takedown, das Spiel
loader-tagline = Wie groß war es wirklich?

## Die Zahlen der Klasse, am Projektor und im druckbaren Bericht

round-alone = Allein
round-teams = Teams
round-revised = Nach dem Gespräch
class-no-answers-yet = Noch keine Antworten.
class-median-summary = Median der Klasse: { $distance }; er schlug { $beaten } von { $students } Teilnehmenden.
class-median-summary-ranges = Median der Klasse: { $distance }; er schlug { $beaten } von { $students } Teilnehmenden; { $caught } von { $ranges ->
    [one] { $ranges } Spanne
   *[other] { $ranges } Spannen
} { $caught ->
    [one] enthielt
   *[other] enthielten
} die Wahrheit.
class-choice-summary = { $right } von { $answered } { $right ->
    [one] wählte
   *[other] wählten
} die richtige Option.
class-order-summary = Im Schnitt brachte die Klasse { $percent }{"\u00a0"}% der Ereignispaare in die richtige Reihenfolge.
class-most-swapped = Am häufigsten vertauscht: „{ $a }“ und „{ $b }“ ({ $students ->
    [one] { $students } Person
   *[other] { $students } Personen
}).
class-round-median = Median { $median }, { $distance }
class-round-none = keine Antworten
class-round-right = { $right } von { $count } richtig
class-round-pairs = { $percent }{"\u00a0"}% der Paare in richtiger Reihenfolge
class-talk-unknown = Zu wenige Antworten, um zu sagen, ob das Gespräch geholfen hat.
class-off-times = um das { $factor }-Fache daneben
class-off-years = { $years } { $years ->
    [one] Jahr
   *[other] Jahre
} daneben
class-off-wrong = { $percent }{"\u00a0"}% falsch
class-off-pairs = { $percent }{"\u00a0"}% der Paare in falscher Reihenfolge
class-talk-helped = Das Gespräch hat geholfen: Teams { $teams }, allein { $alone }.
class-talk-not-helped = Das Gespräch hat hier nicht geholfen: Teams { $teams }, allein { $alone }.
class-talk-same = Die Teams waren so gut wie die Klasse allein ({ $alone }).
class-talk-revised = Nach dem Überarbeiten: { $revised }.
class-row-median = Median { $distance }
class-row-beat = schlug { $beaten } von { $count }
class-cal-none = Niemand hat eine 80-%-Spanne angegeben, daher gibt es keine Kalibrierung zu zeigen.
class-cal-few = Die Spannen der Klasse enthielten die Wahrheit in { $caught } von { $count } Fällen, seltener als die angestrebten 80{"\u00a0"}%: Die meisten Spannen sind anfangs zu eng.
class-cal-many = Die Spannen der Klasse enthielten die Wahrheit in { $caught } von { $count } Fällen, öfter als 80{"\u00a0"}%: Die Spannen könnten enger sein und trotzdem oft genug stimmen.
class-cal-right = Die Spannen der Klasse enthielten die Wahrheit in { $caught } von { $count } Fällen, im Einklang mit dem Ziel von 80{"\u00a0"}%.
class-bias-none = Noch keine Mengenschätzungen, daher keine Tendenz zu zeigen.
class-bias-centred = Die Klasse lag um die Wahrheit: Die typische Schätzung der Klasse lag innerhalb des 1,3-Fachen.
class-bias-low = Die Klasse hat das Ausmaß { $times } zu niedrig geschätzt: Die typische Schätzung der Klasse lag so weit darunter.
class-bias-high = Die Klasse hat das Ausmaß { $times } zu hoch geschätzt: Die typische Schätzung der Klasse lag so weit darüber.

## Die Bildschirme der Lehrkraft im Klassenmodus (der Projektor)

class-screen-heading = KLASSE  ·  { $title }
class-open-on-phone = Auf dem Handy öffnen:
class-code-label = Code
class-new-code = Neuer Code
class-other-address = Andere Adresse
class-students-heading = Teilnehmende (einen Namen wählen, um die Person zu entfernen):
class-cannot-connect = Handys können sich nicht verbinden?
class-network-help = Handys müssen im selben Netzwerk sein wie dieser Computer. Schul-WLANs trennen Geräte oft voneinander (Client-Isolation): Schalten Sie dann einen Handy-Hotspot ein, verbinden Sie diesen Computer und die Teilnehmenden damit und nutzen Sie die angezeigte Adresse. Erlauben Sie Takedown unter Windows, wenn die Firewall fragt, in privaten Netzwerken. Tippen Sie die Adresse genau ab, mit http:// und dem Port.
class-end = Klasse beenden
class-start = Erste Etappe starten
class-joined = { $count ->
    [one] { $count } Person ist beigetreten
   *[other] { $count } Personen sind beigetreten
}
class-room-locked = Die Klasse ist geschlossen: Niemand Neues kann beitreten.
class-unlock = Klasse wieder öffnen (L)
class-lock = Klasse schließen (L)
class-removed-heading = Entfernt (einen Namen wählen, um die Person wieder zuzulassen):
class-addresses = Adressen dieses Computers: { $addresses }. „Andere Adresse“ zeigt die nächste.
class-teams-every = Teamrunden: bei jeder Etappe (ausschalten)
class-teams-when = Teamrunden: wenn ich eine starte, T (für jede Etappe einschalten)
class-back-to-stages = Zurück zu den Etappen
class-forming-random = Teams: zufällig gebildet (Teilnehmende wählen lassen)
class-forming-picked = Teams: Teilnehmende wählen (zufällig bilden)
class-port-moved = Port { $port } wird von einem anderen Programm benutzt, daher läuft die Klasse auf Port { $free }.
class-no-network = Dieser Computer ist in keinem Netzwerk: Nur ein Browser auf diesem Computer kann beitreten (127.0.0.1).
class-open-no-case = Wählen Sie zuerst einen Fall
class-open-nothing-to-resume = Es gibt keine gespeicherte Klassensitzung zum Fortsetzen
class-open-no-such-session = Es gibt keine gespeicherte Klassensitzung „{ $name }“ (takedown export --class list listet sie auf)
class-open-unreadable = Die Klassensitzung { $name } konnte nicht gelesen werden
class-open-unreadable-why = Die Klassensitzung { $name } konnte nicht gelesen werden ({ $why })
class-open-case-missing = Der Fall „{ $case }“ der gespeicherten Sitzung ist nicht in der Bibliothek
class-resumed = { $students ->
        [one] Die als { $name } gespeicherte Klasse wird fortgesetzt: { $students } teilnehmende Person.
       *[other] Die als { $name } gespeicherte Klasse wird fortgesetzt: { $students } Teilnehmende.
    }
class-answers-dropped = { $answers ->
        [one] { $answers } Antwort passt nicht mehr zum geänderten Fall und wurde ausgelassen.
       *[other] { $answers } Antworten passen nicht mehr zum geänderten Fall und wurden ausgelassen.
    }
host-port-taken = Port { $port } wird bereits benutzt (von einem anderen Programm oder einer anderen Klasse); Port { $free } ist frei: Verwenden Sie --port { $free }
host-port-taken-none-free = Port { $port } wird bereits benutzt, und kein Port in der Nähe ist frei: Verwenden Sie --port mit einer anderen Nummer
host-cannot-listen = { $address } konnte nicht geöffnet werden: { $error }
host-cannot-save = das Speichern der Klasse konnte nicht beginnen: { $error }
host-system = der Klassenserver konnte nicht starten: { $error }
save-failure-files = die CSV-Datei oder der druckbare Bericht: { $error }
save-failure-timed-out = die Festplatte hat nicht rechtzeitig geantwortet
save-failure-not-written = es wurde nichts geschrieben
class-save-failed = Die Klasse konnte nicht gespeichert werden: { $error }
class-reveal-now = Jetzt auflösen
class-close = Antworten schließen
class-team-round = Eine Teamrunde starten (T)
class-nobody = noch niemand
class-team-line = Team { $number }: { $members }{ $sent ->
    [yes] {"  "}✔ gesendet
   *[no] {""}
}
class-not-in-team = Noch in keinem Team: { $names }
class-start-team = Die Teamrunde starten
class-let-revise = Alle überarbeiten lassen
class-reveal = Auflösen
class-stage-header = ETAPPE { $number } VON { $count }  ·  beitreten unter { $join } (Code { $code })
class-teams-answered = { $answered } von { $teams ->
    [one] { $teams } Team
   *[other] { $teams } Teams
} { $answered ->
    [one] hat
   *[other] haben
} geantwortet
class-revised-count = { $revised } von { $present } überarbeitet
class-answered-count = { $answered } von { $present } geantwortet
class-step-alone = Die Teilnehmenden antworten allein auf ihren Handys und können ihre Antwort ändern, bis Sie weitergehen.
class-step-teams = Besprechen Sie es im Team, dann sendet eine oder einer von Ihnen die Antwort des Teams vom eigenen Handy. Drücken Sie →, wenn die Teams geantwortet haben.
class-step-revise = Alle können jetzt ihre eigene Antwort überarbeiten (oder behalten). Drücken Sie →, um die Etappe zu schließen.
class-step-closed = Die Antworten sind geschlossen. Drücken Sie →, um die Wahrheit und die Antworten der Klasse aufzulösen.
class-dots-hidden = { $count ->
    [one] +{ $count } weiterer gestapelter Kreis
   *[other] +{ $count } weitere gestapelte Kreise
}
class-median-mark = Median der Klasse
class-figures-line = { $summary }  ({ $answered } von { $present } Anwesenden haben geantwortet)
class-ranges-toggle = Spannen zeigen oder verbergen
class-debrief-button = Die Nachbesprechung der Klasse
class-alone-note = Die Zahlen oben sind die allein gegebenen Antworten; für die Punkte zählt die letzte Antwort jeder Person.
class-alone-note-teams = Die Kreise und Zahlen oben sind die allein gegebenen Antworten, □ die Antwort jedes Teams; für die Punkte zählt die letzte Antwort jeder Person.
class-round-line = { $round }: { $text } ({ $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
})
class-open-report = Den druckbaren Bericht öffnen
class-debrief-heading = NACHBESPRECHUNG DER KLASSE
class-students-count = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
class-row-answered = { $count } geantwortet
class-top-totals = Höchste Punktzahlen
class-total-named = { $place }. { $name }: { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
} ({ $answered ->
    [one] { $answered } Etappe
   *[other] { $answered } Etappen
})
class-total = { $place }. { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
} ({ $answered ->
    [one] { $answered } Etappe
   *[other] { $answered } Etappen
})
class-csv-saved = Jede Antwort wird als CSV gespeichert: { $place }
class-report-saved = Ein Bericht zum Drucken oder Ablegen (jede aufgelöste Etappe, A4): { $place }
class-report-failed = Der druckbare Bericht konnte nicht geschrieben werden: { $error }
class-report-none = Noch kein Bericht: Niemand ist der Klasse beigetreten
class-report-open = Der druckbare Bericht ist in Ihrem Browser geöffnet: { $path }
class-report-no-browser = Der Browser hat sich nicht geöffnet ({ $error }); öffnen Sie den Bericht selbst: { $path }
class-keep = Behalten
class-remove = Entfernen
class-keep-teaching = Weiter unterrichten
class-remove-title = Eine Person entfernen?
class-end-title = Die Klasse beenden?
class-remove-question = { $name } aus der Klasse entfernen? Die Antworten zählen nicht mehr und niemand kann unter diesem Namen beitreten, bis Sie die Person wieder zulassen.
class-remove-name = { $name } entfernen
class-end-question = Die Klasse beenden? Die Handys erfahren, dass die Klasse beendet ist, und behalten ihre Ergebnisse; jede Antwort wird gespeichert.
class-totals-show = Punktzahlen zeigen, ohne Namen
class-totals-names = Namen zeigen
class-totals-hide = Punktzahlen verbergen

## Der druckbare Klassenbericht (A4)

report-title = { $case }: Klassensitzung { $code }
report-meta = Klassensitzung { $code }, begonnen am { $started }; { $students } Teilnehmende; { $revealed } von { $stages } Etappen aufgelöst. Erstellt am { $written } von Takedown.
report-none-revealed = Noch keine Etappe wurde aufgelöst: Die Seite füllt sich, während die Klasse weitergeht.
report-the-class = Die Klasse
report-col-stage = Etappe
report-col-answers = Antworten
report-col-result = Ergebnis der Klasse
report-col-beat = Vom Median geschlagen
report-col-team = Teamrunde
report-col-round-result = Ergebnis
report-totals = Gesamtpunkte
report-col-student = Name
report-col-points = Punkte
report-col-answered = Beantwortete Etappen
report-names-hidden = Namen werden nicht gezeigt: Die Lehrkraft hat nicht gewählt, sie zu zeigen.
report-stage = Etappe { $number }. { $title }
report-truth = Wahrheit: { $truth } (Stand { $date })
report-class-median = Median der Klasse { $median }
report-events-order = Die Ereignisse in der Reihenfolge, in der sie geschahen:
report-answered = { $count } geantwortet.
report-disagree = Wo Quellen abweichen: { $note }
report-dots = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
} auf einer Linie mit der Wahrheit
report-dots-median = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
} auf einer Linie mit der Wahrheit und dem { $median }
report-truth-mark = Wahrheit
report-col-option = Option
report-col-picked = Gewählt von

## Eine beendete Runde speichern (in der Nachbesprechung gezeigt)

saved-unfinished = Diese Runde wurde nicht beendet und wird daher nicht zu Ihren Ergebnissen hinzugefügt.
saved-in-results = In Ihren Ergebnissen gespeichert (Profil „{ $profile }“).
saved-with-note = Gespeichert. Hinweis: { $note }
saved-failed = Ihre Ergebnisse konnten nicht gespeichert werden: { $error }

## What the store says (src/store/problems.rs).
store-place-memory = der Arbeitsspeicher (nach dem Schließen des Spiels bleibt nichts erhalten)
store-place-memory-entry = Arbeitsspeicher: { $key }
store-place-browser = der Speicher dieses Browsers für die Seite
store-place-browser-entry = { $key } im Speicher dieses Browsers für die Seite
store-place-downloads = Ihre Downloads ({ $name })
store-read-failed = { $place } konnte nicht gelesen werden: { $error }
store-write-failed = { $place } konnte nicht geschrieben werden: { $error }
store-encode-failed = die zu speichernden Daten konnten nicht kodiert werden: { $error }
store-no-browser-storage = dieser Browser speichert nichts für die Seite (ein privates Fenster?), daher wird nichts gespeichert
store-browser-full = { $place } konnte nicht gespeichert werden: Der Speicher dieses Browsers für diese Seite ist voll
store-not-text = { $place } ist kein Text und kann nicht im Browser gespeichert werden
store-not-there = { $place } ist nicht vorhanden
store-not-downloaded = der Browser hat { $name } nicht heruntergeladen
store-browser-refused = der Browser hat { $place } nicht gelesen
store-and-then = { $first }; { $next }
store-unreadable = { $what ->
        [progress] Ihr gespeicherter Fortschritt konnte nicht gelesen werden
        [results] Die Ergebnisse von { $profile } konnten nicht gelesen werden
       *[class] Die Klassensitzung konnte nicht gelesen werden
    }: { $error }
store-moved-aside = { $what ->
        [progress] Ihr gespeicherter Fortschritt konnte nicht gelesen werden ({ $error }); er wurde nach { $aside } verschoben, und ein neuer wurde begonnen
        [results] Die Ergebnisse von { $profile } konnten nicht gelesen werden ({ $error }); sie wurden nach { $aside } verschoben, und neue wurden begonnen
       *[class] Die Klassensitzung konnte nicht gelesen werden ({ $error }); sie wurde nach { $aside } verschoben
    }
store-not-moved-aside = { $what ->
        [progress] Ihr gespeicherter Fortschritt konnte weder gelesen ({ $error }) noch beiseitegelegt werden ({ $why })
        [results] Die Ergebnisse von { $profile } konnten weder gelesen ({ $error }) noch beiseitegelegt werden ({ $why })
       *[class] Die Klassensitzung konnte weder gelesen ({ $error }) noch beiseitegelegt werden ({ $why })
    }
store-journal-unreadable = Die letzten Änderungen an der Klassensitzung konnten nicht gelesen werden: { $error }
store-journal-lines-left-out = { $lines ->
        [one] { $lines } der letzten Änderungen an der Klassensitzung konnte nicht gelesen werden und wurde ausgelassen ({ $place })
       *[other] { $lines } der letzten Änderungen an der Klassensitzung konnten nicht gelesen werden und wurden ausgelassen ({ $place })
    }

## Kurze Beschriftungen der Skalenstriche (Zehnerpotenzen)

tick-thousand = { $n } Tsd.
tick-million = { $n } Mio.
tick-billion = { $n } Mrd.
tick-trillion = { $n } Bio.

## What a screen reader says beyond what the screen shows (src/game/a11y.rs).
reveal-announcement = Die Antwort: { $truth }. { $answer }. { $verdict }. { $points ->
        [one] { $points } Punkt.
       *[other] { $points } Punkte.
    }
slider-no-value = noch keine Schätzung
a11y-move-up = Nach oben: { $text }
a11y-move-down = Nach unten: { $text }
a11y-web-note = Mit einem Screenreader finden Sie die Bildschirme des Spiels unten als Überschriften, Text und Schaltflächen.

## `takedown export` in the terminal (src/cli/export.rs).
export-no-runs = keine beendeten Runden in { $place }
export-no-classes = keine gespeicherten Klassensitzungen in { $place }
export-no-data-folder = kein Datenordner (TAKEDOWN_DATA_DIR setzen)
export-list-name = NAME (für --class NAME und host --resume NAME)
export-list-started = BEGONNEN
export-list-saved = ZULETZT GESPEICHERT
export-list-students = TEILNEHMENDE
export-list-where = WO
export-list-last = Die letzte ist die neueste: `takedown host --resume` und `takedown export --class` nehmen sie.
export-place-lobby = Warteraum
export-place-open = Etappe { $stage } offen
export-place-teams = Etappe { $stage } Teamrunde
export-place-revise = Etappe { $stage } Überarbeitung
export-place-closed = Etappe { $stage } geschlossen
export-place-revealed = Etappe { $stage } aufgedeckt
export-place-debrief = Nachbesprechung
export-place-ended = { $place }, beendet
