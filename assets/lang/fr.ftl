# Les mots de Takedown en français. Chaque langue a les mêmes messages (un test le vérifie).
# Typographie : espace insécable (U+00A0) avant « : », espace fine insécable (U+202F) avant
# « ; ! ? % » et à l'intérieur des guillemets.

## Chiffres

figure-million = { $number } { $number ->
    [one] million
   *[other] millions
}
figure-billion = { $number } { $number ->
    [one] milliard
   *[other] milliards
}
figure-trillion = { $number } { $number ->
    [one] billion
   *[other] billions
}
money-plain = { $code ->
    [EUR] { $amount }{"\u00a0"}€
    [GBP] { $amount }{"\u00a0"}£
    [AUD] { $amount }{"\u00a0"}$ AU
    [CAD] { $amount }{"\u00a0"}$ CA
    [USD] { $amount }{"\u00a0"}$ US
   *[other] { $amount }{"\u00a0"}{ $symbol }
}
money-scaled = { $code ->
    [EUR] { $amount } d’euros
    [GBP] { $amount } de livres sterling
    [AUD] { $amount } de dollars australiens
    [CAD] { $amount } de dollars canadiens
    [USD] { $amount } de dollars américains
   *[other] { $amount } { $symbol }
}
with-unit = { $amount } { $unit }
with-unit-scaled = { $amount } { $vowel ->
    [yes] d’{ $unit }
   *[no] de { $unit }
}
percent = { $amount } %
span = { $low } à { $high }

## Lecture de la saisie

read-as = Lu comme { $answer }. Appuyez sur Entrée pour valider.
not-read-yet = Pas encore lu : { $why }
question-submit = Valider
guess-with-range = { $guess }, sûr à 80 % de { $range }
error-not-a-number = Tapez un nombre, comme 2500 ou 3,5 millions
error-not-positive = Tapez un nombre supérieur à zéro, comme 2500 ou 3,5 millions
error-too-large = C’est trop grand : tapez un nombre inférieur à un million de milliards
error-not-a-year = Tapez une année, comme 2019
error-only-powers-of-ten = Seulement des puissances de dix : tapez 10^4, 1e4 ou 6,5 × 10^3
error-not-a-range = Tapez une fourchette de deux nombres, comme 2000 (500-5000) ou 500 à 5k
error-range-backwards = Mettez d’abord le bas de la fourchette, comme 500-5000
error-guess-outside-range = Votre meilleure estimation doit se trouver dans votre fourchette, comme 2000 (500-5000)
error-range-required = Ajoutez la fourchette dont vous êtes sûr à 80 %, comme { $example }
error-not-a-choice = Tapez le numéro d’une option, de 1 à { $count }
error-not-an-order = Tapez chacune des { $count } lettres une fois, la plus ancienne d’abord, comme { $letters }

## Aide sous une question

hint-number-log = Tapez un nombre (2500, 3,5 millions, 6,5k) ou déplacez le curseur à échelle logarithmique avec ↑ ↓ (Maj : plus vite).
hint-number-year = Tapez une année, ou déplacez le curseur d’une année à la fois avec ↑ ↓ (Maj : cinq ans).
hint-window-hidden = { $how } Appuyez sur Entrée pour valider.
hint-window-optional = { $how } Ajoutez une fourchette à 80 % si vous voulez : tapez { $example }, ou sur le curseur appuyez sur + et − ou Maj+clic. Appuyez sur Entrée pour valider.
hint-window-required = Tapez votre meilleure estimation et la fourchette dont vous êtes sûr à 80 % : { $example }, ou réglez-les sur le curseur (+ et − ou Maj+clic pour la fourchette). Appuyez sur Entrée pour valider.
hint-window-choice = Cliquez sur une option, ou appuyez sur son numéro. Tab et Entrée marchent aussi.
hint-window-order = Le plus ancien en haut. Déplacez les événements avec ▲ ▼ (Tab ou les flèches choisissent un bouton, Entrée l’actionne), puis validez.
hint-terminal-year = une année
hint-terminal-optional = { $what } ; ajoutez si vous voulez une fourchette à 80 % comme { $example }
hint-terminal-required = { $what } et la fourchette dont vous êtes sûr à 80 %, comme { $example }
hint-terminal-choice = le numéro d’une option, de 1 à { $count }
hint-terminal-order = les lettres, la plus ancienne d’abord

## L'écran titre

title-tagline = Quelle était vraiment son ampleur ?
title-subtitle = Estimez les résultats de véritables enquêtes transfrontalières
title-play = Jouer
title-host = Animer une classe
title-player = Joueur : { $name }
title-results = Résultats
title-settings = Réglages
title-quit = Quitter
title-footer = Chaque chiffre vient d’Europol, d’Eurojust, des tribunaux ou de la presse, avec sa source et sa date.
    Tab ou les flèches passent d’un bouton à l’autre ; Entrée choisit ; Échap revient en arrière.

## Réglages

settings-heading = Réglages
settings-about = La taille du texte agrandit tout, pour un projecteur ou pour lire plus confortablement. Animations réduites montre chaque révélation d’un coup. Le contraste élevé utilise un fond noir, un texte blanc et des couleurs vives. Avec les fourchettes à 80 %, vous pouvez ajouter, devez ajouter ou ne voyez jamais la fourchette dont vous êtes sûr à 80 % qu’elle contient la vérité. Le son joue un court carillon à chaque révélation. Le pavé numérique à l’écran tape les estimations au toucher ou à la souris.
settings-on = activé
settings-off = désactivé
settings-language = Langue : { $language }
settings-text-size = Taille du texte : { $size ->
    [large] grande
    [larger] très grande
   *[normal] normale
}
settings-reduced-motion = Animations réduites : { $state }
settings-high-contrast = Contraste élevé : { $state }
settings-ranges = Fourchettes à 80 % : { $mode ->
    [required] obligatoires
    [hidden] masquées
   *[optional] facultatives
}
settings-sound = Son : { $volume ->
    [0] coupé
   *[other] { $volume } %
}
settings-keypad = Pavé numérique à l’écran : { $state }
settings-back = Retour
settings-back-to-case = Retour à l’affaire
settings-back-to-class = Retour à la classe
settings-kept = Les réglages sont conservés d’une partie à l’autre. Échap les ferme.
settings-end-class = Terminer la classe (toutes les réponses sont enregistrées)
settings-leave-case = Quitter l’affaire (votre progression est conservée)

## Unités dans les phrases

currency-name = { $code ->
    [EUR] euros
    [GBP] livres sterling
    [AUD] dollars australiens
    [CAD] dollars canadiens
   *[USD] dollars américains
}
unit-percent = pour cent
what-number = un nombre
what-number-of = un nombre ({ $unit })
what-amount-in = un montant en { $unit }
what-in = une valeur en { $unit }
what-plain-number = un simple nombre
error-unknown-word = « { $word } » n’est ni un nombre, ni un multiplicateur, ni une unité : tapez { $what }, comme 6500 ou 6,5k
error-wrong-unit = La réponse est en { $unit }, pas en { $typed } : tapez { $what }

## Verdicts

times = { $factor } fois
times-words = { $factor } fois
verdict-exact = exact
verdict-almost-exact = presque exact
verdict-too-low = { $times } trop bas
verdict-too-high = { $times } trop haut
verdict-right-year = la bonne année
verdict-years-early = { $years } { $years ->
    [one] an
   *[other] ans
} trop tôt
verdict-years-late = { $years } { $years ->
    [one] an
   *[other] ans
} trop tard
band-spot-on = dans le mille
band-close = proche
band-right-order = bon ordre de grandeur
band-few-years = à quelques années près
band-orders-off = à plusieurs ordres de grandeur
band-far-off = loin
verdict-with-band = { $distance } : { $band }
verdict-right = juste
verdict-wrong = faux
verdict-all-in-order = tout dans l’ordre
verdict-pairs-in-order = { $right } paires sur { $pairs } dans l’ordre
years = { $years } { $years ->
    [one] an
   *[other] ans
}
orders-of-magnitude = { $width } ordres de grandeur
range-caught = votre fourchette couvrait { $width } et contenait la vérité
range-missed = votre fourchette couvrait { $width } et l’a manquée de { $miss }

## Dates

month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
date-day = { $day ->
    [1] 1er
   *[other] { $day }
} { month } { $year }
date-month = { month } { $year }

## La révélation

reveal-your-estimate = Votre estimation : { $guess }
reveal-you-picked-it = Vous l’avez choisie
reveal-you-picked = Vous avez choisi : { $guess }
reveal-events-in-order = Les événements dans l’ordre
reveal-your-order = Votre ordre : { $guess }
reveal-in-place = vous l’aviez à sa place
reveal-placed = vous l’aviez en { $place }{ NUMBER($place, type: "ordinal") ->
    [one] re
   *[other] e
} position
reveal-your-range = Votre fourchette à 80 % : { $range } : { $summary }. { $points } points de fourchette.
reveal-as-of = au { $date }
reveal-source = Source : { $publisher }, « { $title } », { $date }
reveal-stage = ÉTAPE { $number } : { $title }
reveal-points = +{ $points } points
reveal-sources-differ = Les sources divergent
reveal-leave = Quitter l’affaire
reveal-debrief = Voir le bilan
reveal-next = Étape suivante
reveal-how-it-happened = Comment cela s’est passé
reveal-your-order-heading = Votre ordre
number-line-truth = Vérité
number-line-you = Vous

## Lieux

role-servers = Serveurs
role-joint-team = Équipe commune d’enquête
role-agency-seat = Siège de l’agence
role-action-day = Journée d’action
role-received-data = A reçu les données
role-arrests = Arrestations
role-court = Tribunal
place-in-country = { $city } ({ $country })
places-line = { $role } : { $places }
map-label = Carte. { $places }.

## Le bilan

debrief-ranges-width = Vos fourchettes couvraient en moyenne { $width } ordres de grandeur ; points de fourchette : { $points }.
debrief-no-ranges = Ajoutez une fourchette à 80 % à vos estimations, comme 2000 (500-5000), pour voir si vous êtes bien calibré.
debrief-ranges-few = Vos fourchettes en ont contenu { $caught } sur { $count }, moins que les 80 % visés. C’est le cas de la plupart des gens au début : élargissez-les.
debrief-ranges-many = Vos fourchettes en ont contenu { $caught } sur { $count } : plus de 80 %. Vous pouvez les resserrer et rester juste assez souvent.
debrief-ranges-right = Vos fourchettes en ont contenu { $caught } sur { $count }, conformément à l’objectif de 80 %.
debrief-typical-off = votre estimation typique était { $times } trop { $direction ->
    [low] basse
   *[high] haute
}
debrief-typical-within = votre estimation typique était à moins de 1,3 fois la vérité
debrief-no-estimates = pas encore d’estimation de quantité
debrief-across-runs = Sur vos { $runs } { $runs ->
    [one] partie terminée
   *[other] parties terminées
} : fourchettes justes { $caught } sur { $ranges } ; { $bias }.
debrief-tendency-none = Répondez à quelques questions de quantité pour voir si vous avez tendance à estimer trop haut ou trop bas.
debrief-tendency-centred = Vos estimations étaient centrées sur la vérité : votre estimation typique était à moins de 1,3 fois celle-ci.
debrief-tendency-low = Vous avez sous-estimé l’ampleur de { $times } : votre estimation typique était trop basse d’autant.
debrief-tendency-high = Vous avez surestimé l’ampleur de { $times } : votre estimation typique était trop haute d’autant.
debrief-score = { $total } points sur { $max } ({ $answered } étapes sur { $stages } répondues)
debrief-heading = BILAN  ·  { $years }
debrief-stage = Étape
debrief-your-estimate = Votre estimation
debrief-truth = Vérité
debrief-off-by = Écart
debrief-points = Points
debrief-wilson = La bande claire est l’intervalle de Wilson à 90 % : avec peu de questions, le vrai taux peut se trouver n’importe où dedans.
debrief-bias = Biais : l’écart de chaque estimation
debrief-bias-low = 100 fois trop bas
debrief-bias-right = juste
debrief-bias-high = 100 fois trop haut
debrief-run = { $date }  ·  { $title }  ·  fourchettes justes { $caught } sur { $given }
debrief-when = Quand cela s’est passé
debrief-colours = Vert : 80 points ou plus ; orange : 40 à 79 ; rouge : moins de 40.
debrief-lesson = Ce que cette affaire enseigne
debrief-where = Où cela s’est passé
debrief-save = Enregistrer les résultats en CSV
debrief-play-again = Rejouer
debrief-back = Retour aux affaires
debrief-saved = { $count } { $count ->
    [one] partie enregistrée
   *[other] parties enregistrées
} dans { $place }
debrief-not-saved = Les résultats n’ont pas pu être enregistrés : { $error }
calibration-chart = Calibrage : { $caught } fourchettes sur { $ranges } contenaient la vérité ({ $percent } %) ; l’objectif est 80 %

## Frises chronologiques

timeline-stage = Frise { $from }–{ $to } : étape { $stage }, { $date }
timeline-stages = Frise { $from }–{ $to } : étapes 1 à { $count }
timeline-events = Frise { $from }–{ $to } : les événements à leur date, { $events }
timeline-point = étape { $stage }, { $date }, { $points } points
timeline-point-unanswered = étape { $stage }, { $date }, sans réponse
timeline-label = Frise { $from }–{ $to } : { $points }

## Choisir une affaire, le briefing, une étape

cases-heading = Choisissez une affaire
cases-about = Chaque affaire suit une enquête du premier indice au bilan final.
cases-heading-class = Choisissez une affaire pour la classe
cases-about-class = La classe rejoint depuis les téléphones dès que vous avez choisi. Rien à installer : les élèves ouvrent l’adresse affichée à l’écran suivant.
cases-broken = Ce fichier d’affaire a { $count } { $count ->
    [one] problème
   *[other] problèmes
} et ne peut pas être joué. Le premier : { $first }
cases-none = Aucune affaire jouable n’a été trouvée.
cases-class-failed = La classe n’a pas pu démarrer : { $error }
case-facts = { $countries }  ·  { $stages } étapes
back = Retour
briefing = BRIEFING
briefing-resume-note = La dernière fois, vous avez répondu à { $answered } étapes sur { $stages }. Reprenez où vous en étiez, ou recommencez.
briefing-back = Retour aux affaires
briefing-start-again = Recommencer
briefing-resume = Reprendre à l’étape { $stage }
briefing-begin = Commencer l’enquête
stage-of = { $case }  ·  Étape { $stage } sur { $count }
stage-score = Score { $score } sur { $max }
stage-settings = Réglages
question-stage = Étape { $number } : { $title }
question-submit-order = Valider cet ordre

## Résultats et joueurs

results-heading = Résultats : { $player }
results-none = Aucune partie terminée pour l’instant. Jouez une affaire jusqu’au bout et elle apparaîtra ici.
results-run = { $date }  ·  { $title }  ·  { $points } points sur { $max }
results-stage-gone = { $title } (ne fait plus partie de l’affaire)
results-answer = vous : { $guess }  ·  vérité : { $truth }  ·  { $off }{ $points } points
profiles-heading = Qui joue ?
profiles-about = Les résultats et la progression sont conservés pour chaque joueur. Joueur actuel : { $player }.
profiles-new = Un nouveau joueur
profiles-add = Ajouter et jouer
profiles-how = Tapez un nom et appuyez sur Entrée. Pas de mot de passe, pas de compte.

## Le terminal

text-no-case = Il n’y a pas d’affaire `{ $id }`. Affaires : { $cases }
text-not-saved = Non enregistré : le terminal ne garde une partie qu’une fois chaque étape répondue ({ $answered } sur { $stages } ici).
text-note = Remarque : { $warning }
text-saved = Enregistré pour le profil « { $profile } » dans { $place } (takedown export écrit chaque réponse en CSV).
text-save-failed = Vos résultats n’ont pas pu être enregistrés : { $error }
text-no-cases = Aucune affaire jouable trouvée.
text-cases = Affaires :
text-choose = Choisissez une affaire (numéro ou identifiant) :
text-choose-again = Tapez un numéro de 1 à { $count }, ou l’identifiant d’une affaire.
text-where = Où cela s’est passé :
text-stage = Étape { $number } sur { $count } : { $title }
text-your-answer = Votre réponse ({ $hint }) :
text-end-of-input = (Fin de l’entrée : la partie s’arrête ici.)
text-the-answer = La réponse : { $truth } ({ $as-of })
text-verdict = { $answer } : { $verdict }. { $points } points.
text-legend-range = (E votre estimation, [ ] votre fourchette à 80 %, V la vérité, * les deux)
text-legend = (E votre estimation, V la vérité, * les deux)
text-mark-right = [juste]
text-mark-your-pick = [votre choix]
text-mark-wrong = [faux]
text-mark-in-place = [à sa place]
text-mark-moved = [déplacé]
text-where-line = Où : { $places }
text-sources-differ = Les sources divergent : { $note }
text-score = Score jusqu’ici : { $score } sur { $max }
text-debrief = Bilan : { $title } ({ $years })
text-total = Total : { $score }
text-row = vous { $guess } | vérité { $truth } | { $verdict } | { $points } pts

## Pays et villes

country-AU = Australie
country-BE = Belgique
country-CA = Canada
country-DE = Allemagne
country-ES = Espagne
country-EU = Union européenne
country-FR = France
country-GB = Royaume-Uni
country-IE = Irlande
country-IS = Islande
country-IT = Italie
country-LT = Lituanie
country-LU = Luxembourg
country-NL = Pays-Bas
country-PL = Pologne
country-SE = Suède
country-US = États-Unis
city-bellingham = Bellingham
city-berlin = Berlin
city-karlsruhe = Karlsruhe
city-london = Londres
city-luxembourg = Luxembourg
city-paris = Paris
city-roubaix = Roubaix
city-san-diego = San Diego
city-strasbourg = Strasbourg
city-the-hague = La Haye
city-traben-trarbach = Traben-Trarbach

## Les refus du serveur de classe, tels que chaque téléphone les lit

class-wrong-code = Ce n’est pas le code affiché à l’écran ; vérifiez-le et réessayez
class-locked = L’enseignant a fermé la classe aux nouveaux élèves
class-full = La classe est complète ({ $count } élèves)
class-name-empty = Tapez un nom (un pseudonyme suffit)
class-name-too-long = Ce nom est trop long : { $count } caractères au plus
class-name-invisible = Ce nom contient des caractères invisibles ou de contrôle : tapez-le à nouveau
class-name-taken = Quelqu’un dans la classe a déjà ce nom : choisissez-en un autre
class-cannot-show = Le projecteur ne peut pas afficher « { $chars } » dans un nom : utilisez des lettres qu’il peut afficher (latines, grecques ou cyrilliques), ou appuyez sur Proposer un pseudonyme
class-name-lookalike = Ce nom ressemble à s’y méprendre à un nom déjà présent dans la classe : choisissez-en un autre
class-name-removed = Ce nom a été retiré de la classe par l’enseignant
class-unknown-student = Vous n’êtes pas dans cette classe : rejoignez-la à nouveau
class-removed = L’enseignant vous a retiré de la classe
class-not-open = L’enseignant ne prend pas de réponses pour l’instant
class-ended = L’enseignant a terminé la classe
class-no-team = Vous n’êtes pas encore dans une équipe : choisissez-en une d’abord
class-unknown-team = Il n’y a pas d’équipe de ce numéro à rejoindre : choisissez parmi celles affichées
class-team-chosen = Vous êtes déjà dans une équipe pour cette manche : les équipes ne peuvent pas changer avant qu’elle soit finie
class-team-full = Cette équipe a déjà { $count } élèves : choisissez-en une autre
class-team-answered = Cette équipe a déjà envoyé sa réponse : choisissez-en une autre
class-too-many-codes = Trop de codes erronés depuis cet appareil : attendez une minute, puis vérifiez le code à l’écran
class-not-saved = L’ordinateur de l’enseignant n’a pas pu enregistrer ceci : réessayez dans un instant, et prévenez votre enseignant
class-stage-changed = L’étape a changé

## La page de la classe sur un téléphone

phone-title = Classe Takedown
phone-language = Langue
phone-ended = L’enseignant a terminé la classe.
phone-ended-kept = Vos réponses sont conservées sur l’ordinateur de l’enseignant ; ce que vous voyez ici reste affiché jusqu’à ce que vous fermiez la page.
phone-join-heading = Rejoindre la classe
phone-code = Code affiché à l’écran
phone-name = Votre nom (un pseudonyme suffit)
phone-suggest = Proposer un pseudonyme
phone-join = Rejoindre
phone-waiting = En attente du démarrage par l’enseignant. Gardez cette page ouverte ; elle se met à jour toute seule.
phone-youre-in = Vous y êtes, { $name }
phone-pick-team = Choisissez votre équipe
phone-best-guess = Votre meilleure estimation
phone-team-guess = La meilleure estimation de votre équipe
phone-revise-guess = Votre propre réponse : modifiez-la ou gardez-la
phone-range = Fourchette à 80 %, si vous voulez
phone-range-example = (par ex. { $range })
phone-send = Envoyer
phone-order-how = Le plus ancien d’abord : déplacez chaque événement avec ▲ et ▼, puis envoyez.
phone-send-order = Envoyer cet ordre
phone-the-answer = La réponse
phone-sources-differ = Les sources divergent
phone-your-debrief = Votre bilan
phone-join-failed = Impossible de rejoindre la classe
phone-no-nickname = Aucun pseudonyme n’est arrivé
phone-reconnecting = Reconnexion…
phone-unreadable = Impossible de lire la classe
phone-no-reply = { $what } : l’ordinateur de l’enseignant ne répond pas. Vérifiez le Wi-Fi et réessayez.
phone-error-status = { $what } (erreur { $status })
phone-team-sent = La réponse de votre équipe, lue comme { $answer } : envoyée par { $by }. Chacun de vous peut la modifier.
phone-team-not-sent = Votre équipe n’a pas encore envoyé de réponse.
phone-not-sent-team = Pas encore envoyé : appuyez sur { $button } pour l’envoyer au nom de votre équipe.
phone-read-as-sent = Lu comme { $answer } : envoyé. Vous pouvez le modifier jusqu’à ce que l’enseignant ferme l’étape.
phone-not-sent = Pas encore envoyé : appuyez sur { $button }.
phone-read-as-in = Lu comme { $answer } : votre réponse est enregistrée.
phone-did-not-answer = Vous n’avez pas répondu à cette étape.
phone-closed-unsent = L’étape s’est fermée avant que vous envoyiez « { $text } » : cela n’a pas été compté.
phone-never-sent = Vous n’avez pas répondu à cette étape : « { $text } » n’a jamais été envoyé.
phone-closed = L’enseignant a fermé cette étape. La réponse arrive.
phone-stage-of = Étape { $number } sur { $count }
phone-announce-stage = L’étape { $number } est ouverte : { $title }
phone-announce-revealed = La réponse est dévoilée : { $truth }
phone-team = Équipe { $number }
phone-talk = Discutez-en ensemble, puis l’un de vous envoie la réponse de l’équipe ci-dessous.
phone-team-said-revise = Votre équipe a dit { $answer }. Vous pouvez maintenant modifier votre propre réponse, ou la garder.
phone-team-said = Votre équipe a dit { $answer }.
phone-nothing = rien
phone-alone = Votre réponse seul : { $answer }
phone-nobody-yet = personne pour l’instant
phone-not-picked = Non choisie
phone-moved = Déplacé à la place { $place } : { $event }
phone-move-up = Monter
phone-move-down = Descendre
phone-not-sent-error = Non envoyé
phone-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
phone-you = Vous
phone-truth = Vérité
phone-points-heading = Points

## La page web, pendant le chargement du jeu

loader-loading = Chargement du jeu…
loader-progress = Chargement du jeu… { $mb } Mo sur { $total }
loader-progress-unknown = Chargement du jeu… { $mb } Mo
loader-starting = Démarrage…
loader-no-webgl = Ce navigateur ne peut pas afficher le jeu : il lui faut WebGL2, que les versions actuelles de Firefox, Chrome, Edge et Safari possèdent. Si le vôtre est à jour, vérifiez que l’accélération matérielle est activée dans ses réglages.
loader-failed = Le jeu n’a pas pu démarrer : { $error }. Rechargez la page pour réessayer.
loader-canvas = Takedown, le jeu
loader-tagline = Quelle était vraiment son ampleur ?

## Les chiffres de la classe, au projecteur et dans le rapport imprimable

round-alone = Seuls
round-teams = Équipes
round-revised = Après discussion
class-no-answers-yet = Pas encore de réponses.
class-median-summary = Médiane de la classe : { $distance } ; elle a battu { $beaten ->
    [one] { $beaten } élève
   *[other] { $beaten } élèves
} sur { $students }.
class-median-summary-ranges = Médiane de la classe : { $distance } ; elle a battu { $beaten ->
    [one] { $beaten } élève
   *[other] { $beaten } élèves
} sur { $students } ; { $caught ->
    [one] { $caught } fourchette sur { $ranges } contenait
   *[other] { $caught } fourchettes sur { $ranges } contenaient
} la vérité.
class-choice-summary = { $right ->
    [one] { $right } sur { $answered } a choisi la bonne option.
   *[other] { $right } sur { $answered } ont choisi la bonne option.
}
class-order-summary = En moyenne, la classe a mis { $percent } % des paires d’événements dans le bon ordre.
class-most-swapped = Le plus souvent inversés : « { $a } » et « { $b } » ({ $students ->
    [one] { $students } élève
   *[other] { $students } élèves
}).
class-round-median = médiane { $median }, { $distance }
class-round-none = aucune réponse
class-round-right = { $right } sur { $count } justes
class-round-pairs = { $percent } % des paires dans l’ordre
class-talk-unknown = Pas assez de réponses pour dire si la discussion a aidé.
class-off-times = écart d’un facteur { $factor }
class-off-years = écart de { $years } { $years ->
    [one] an
   *[other] ans
}
class-off-wrong = { $percent } % de réponses fausses
class-off-pairs = { $percent } % des paires dans le désordre
class-talk-helped = La discussion a aidé : en équipe, { $teams } ; seuls, { $alone }.
class-talk-not-helped = La discussion n’a pas aidé ici : en équipe, { $teams } ; seuls, { $alone }.
class-talk-same = Les équipes ont fait aussi bien que la classe seule ({ $alone }).
class-talk-revised = Après avoir revu les réponses : { $revised }.
class-row-median = médiane : { $distance }
class-row-beat = a battu { $beaten } sur { $count }
class-cal-none = Personne n’a donné de fourchette à 80 % : pas de calibrage à montrer.
class-cal-few = Les fourchettes de la classe ont contenu la vérité { $caught } fois sur { $count }, moins que les 80 % visés : au début, la plupart des fourchettes sont trop étroites.
class-cal-many = Les fourchettes de la classe ont contenu la vérité { $caught } fois sur { $count }, plus de 80 % : elles pourraient être plus étroites et rester justes assez souvent.
class-cal-right = Les fourchettes de la classe ont contenu la vérité { $caught } fois sur { $count }, conformément à l’objectif de 80 %.
class-bias-none = Pas encore d’estimations de quantité : aucune tendance à montrer.
class-bias-centred = La classe était centrée sur la vérité : son estimation typique était à moins de 1,3 fois celle-ci.
class-bias-low = La classe a sous-estimé l’ampleur de { $times } : son estimation typique était trop basse d’autant.
class-bias-high = La classe a surestimé l’ampleur de { $times } : son estimation typique était trop haute d’autant.

## Les écrans de l’enseignant en mode classe (le projecteur)

class-screen-heading = CLASSE  ·  { $title }
class-open-on-phone = Ouvrez sur votre téléphone :
class-code-label = Code
class-new-code = Nouveau code
class-other-address = Autre adresse
class-students-heading = Élèves (choisissez un nom pour retirer cet élève) :
class-cannot-connect = Les téléphones ne se connectent pas ?
class-network-help = Les téléphones doivent être sur le même réseau que cet ordinateur. Le Wi-Fi des écoles isole souvent les appareils les uns des autres (isolation des clients) : activez alors le partage de connexion d’un téléphone, connectez-y cet ordinateur et les élèves, et utilisez l’adresse affichée. Sous Windows, autorisez Takedown quand le pare-feu le demande, sur les réseaux privés. Tapez l’adresse exactement, avec http:// et le port.
class-end = Terminer la classe
class-start = Commencer la première étape
class-joined = { $count ->
    [one] { $count } élève a rejoint la classe
   *[other] { $count } élèves ont rejoint la classe
}
class-room-locked = La classe est fermée : aucun nouvel élève ne peut la rejoindre.
class-unlock = Rouvrir la classe (L)
class-lock = Fermer la classe (L)
class-removed-heading = Retirés (choisissez un nom pour laisser revenir cet élève) :
class-addresses = Adresses de cet ordinateur : { $addresses }. « Autre adresse » affiche la suivante.
class-teams-every = Manches en équipe : à chaque étape (désactiver)
class-teams-when = Manches en équipe : quand j’en lance une, T (activer à chaque étape)
class-back-to-stages = Retour aux étapes
class-forming-random = Équipes : formées au hasard (laisser les élèves choisir)
class-forming-picked = Équipes : choisies par les élèves (les former au hasard)
class-port-moved = Le port { $port } est utilisé par un autre programme : la classe est donc sur le port { $free }.
class-no-network = Cet ordinateur n’est sur aucun réseau : seul un navigateur sur cet ordinateur peut rejoindre la classe (127.0.0.1).
class-open-no-case = Choisissez d’abord une affaire
class-open-nothing-to-resume = Il n’y a aucune séance de classe enregistrée à reprendre
class-open-no-such-session = Il n’y a pas de séance de classe enregistrée « { $name } » (takedown export --class list les énumère)
class-open-unreadable = La séance de classe { $name } n’a pas pu être lue
class-open-unreadable-why = La séance de classe { $name } n’a pas pu être lue ({ $why })
class-open-case-missing = L’affaire « { $case } » de la séance enregistrée n’est pas dans la bibliothèque
class-resumed = { $students ->
        [one] Reprise de la classe enregistrée sous { $name } : { $students } élève.
       *[other] Reprise de la classe enregistrée sous { $name } : { $students } élèves.
    }
class-answers-dropped = { $answers ->
        [one] { $answers } réponse ne correspond plus à l’affaire modifiée et a été laissée de côté.
       *[other] { $answers } réponses ne correspondent plus à l’affaire modifiée et ont été laissées de côté.
    }
host-port-taken = le port { $port } est déjà utilisé (par un autre programme ou une autre classe) ; le port { $free } est libre : utilisez --port { $free }
host-port-taken-none-free = le port { $port } est déjà utilisé et aucun port proche n’est libre : utilisez --port avec un autre numéro
host-cannot-listen = impossible d’écouter sur { $address } : { $error }
host-cannot-save = impossible de commencer à enregistrer la classe : { $error }
host-system = le serveur de la classe n’a pas pu démarrer : { $error }
save-failure-files = le CSV ou le rapport imprimable : { $error }
save-failure-timed-out = le disque n’a pas répondu à temps
save-failure-not-written = rien n’a été écrit
class-save-failed = La classe n’a pas pu être enregistrée : { $error }
class-reveal-now = Révéler maintenant
class-close = Clore les réponses
class-team-round = Lancer une manche en équipe (T)
class-nobody = personne pour l’instant
class-team-line = Équipe { $number } : { $members }{ $sent ->
    [yes] {"  "}✔ envoyée
   *[no] {""}
}
class-not-in-team = Pas encore dans une équipe : { $names }
class-start-team = Lancer la manche en équipe
class-let-revise = Laisser chacun revoir sa réponse
class-reveal = Révéler
class-stage-header = ÉTAPE { $number } SUR { $count }  ·  rejoindre sur { $join } (code { $code })
class-teams-answered = { $answered ->
    [one] { $answered } équipe sur { $teams } a répondu
   *[other] { $answered } équipes sur { $teams } ont répondu
}
class-revised-count = { $revised ->
    [one] { $revised } sur { $present } a revu sa réponse
   *[other] { $revised } sur { $present } ont revu leur réponse
}
class-answered-count = { $answered ->
    [one] { $answered } sur { $present } a répondu
   *[other] { $answered } sur { $present } ont répondu
}
class-step-alone = Les élèves répondent seuls sur leur téléphone et peuvent changer leur réponse jusqu’à ce que vous passiez à la suite.
class-step-teams = Discutez-en dans votre équipe, puis l’un de vous envoie la réponse de l’équipe depuis son téléphone. Appuyez sur → quand les équipes ont répondu.
class-step-revise = Chaque élève peut maintenant revoir sa propre réponse (ou la garder). Appuyez sur → pour clore l’étape.
class-step-closed = Les réponses sont closes. Appuyez sur → pour révéler la vérité et les réponses de la classe.
class-dots-hidden = { $count ->
    [one] +{ $count } pastille empilée en plus
   *[other] +{ $count } pastilles empilées en plus
}
class-median-mark = médiane de la classe
class-figures-line = { $summary }  ({ $answered ->
    [one] { $answered } sur { $present } présents a répondu
   *[other] { $answered } sur { $present } présents ont répondu
})
class-ranges-toggle = Afficher ou masquer les fourchettes
class-debrief-button = Le bilan de la classe
class-alone-note = Les chiffres ci-dessus sont les réponses données individuellement ; les points portent sur la réponse finale de chaque élève.
class-alone-note-teams = Les pastilles et chiffres ci-dessus sont les réponses données individuellement, □ la réponse de chaque équipe ; les points portent sur la réponse finale de chaque élève.
class-round-line = { $round } : { $text } ({ $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
})
class-open-report = Ouvrir le rapport imprimable
class-debrief-heading = BILAN DE LA CLASSE
class-students-count = { $count ->
    [one] { $count } élève
   *[other] { $count } élèves
}
class-row-answered = { $count ->
    [one] { $count } a répondu
   *[other] { $count } ont répondu
}
class-top-totals = Meilleurs totaux
class-total-named = { $place }. { $name } : { $points ->
    [one] { $points } point
   *[other] { $points } points
} ({ $answered ->
    [one] { $answered } étape
   *[other] { $answered } étapes
})
class-total = { $place }. { $points ->
    [one] { $points } point
   *[other] { $points } points
} ({ $answered ->
    [one] { $answered } étape
   *[other] { $answered } étapes
})
class-csv-saved = Chaque réponse est enregistrée en CSV : { $place }
class-report-saved = Un rapport à imprimer ou à classer (chaque étape révélée, A4) : { $place }
class-report-failed = Le rapport imprimable n’a pas pu être écrit : { $error }
class-report-none = Pas encore de rapport : personne n’a rejoint la classe
class-report-open = Le rapport imprimable est ouvert dans votre navigateur : { $path }
class-report-no-browser = Le navigateur ne s’est pas ouvert ({ $error }) ; ouvrez le rapport vous-même : { $path }
class-keep = Garder
class-remove = Retirer
class-keep-teaching = Continuer le cours
class-remove-title = Retirer un élève ?
class-end-title = Terminer la classe ?
class-remove-question = Retirer { $name } de la classe ? Ses réponses ne comptent plus et personne ne peut rejoindre sous ce nom, jusqu’à ce que vous le laissiez revenir.
class-remove-name = Retirer { $name }
class-end-question = Terminer la classe ? Les téléphones sont prévenus que la classe est finie et gardent leurs résultats ; chaque réponse est enregistrée.
class-totals-show = Afficher les scores, sans noms
class-totals-names = Montrer les noms
class-totals-hide = Masquer les totaux

## Le rapport de classe imprimable (A4)

report-title = { $case } : séance de classe { $code }
report-meta = Séance de classe { $code }, commencée le { $started } ; { $students ->
    [one] { $students } élève
   *[other] { $students } élèves
} ; { $revealed ->
    [one] { $revealed } étape révélée
   *[other] { $revealed } étapes révélées
} sur { $stages }. Généré le { $written } par Takedown.
report-none-revealed = Aucune étape n’a encore été révélée : la page se remplit au fil de la classe.
report-the-class = La classe
report-col-stage = Étape
report-col-answers = Réponses
report-col-result = Résultat de la classe
report-col-beat = Battus par la médiane
report-col-team = Manche en équipe
report-col-round-result = Résultat
report-totals = Totaux
report-col-student = Élève
report-col-points = Points
report-col-answered = Étapes avec réponse
report-names-hidden = Les noms ne sont pas affichés : l’enseignant n’a pas choisi de les montrer.
report-stage = Étape { $number }. { $title }
report-truth = Vérité : { $truth } (au { $date })
report-class-median = médiane de la classe { $median }
report-events-order = Les événements dans l’ordre où ils se sont produits :
report-answered = { $count ->
    [one] { $count } a répondu.
   *[other] { $count } ont répondu.
}
report-disagree = Là où les sources divergent : { $note }
report-dots = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
} sur une ligne avec la vérité
report-dots-median = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
} sur une ligne avec la vérité et la { $median }
report-truth-mark = vérité
report-col-option = Option
report-col-picked = Choisie par

## Enregistrer une partie finie (affiché au bilan)

saved-unfinished = Cette partie n’est pas finie : elle n’est donc pas ajoutée à vos résultats.
saved-in-results = Enregistré dans vos résultats (profil « { $profile } »).
saved-with-note = Enregistré. Remarque : { $note }
saved-failed = Vos résultats n’ont pas pu être enregistrés : { $error }

## What the store says (src/store/problems.rs).
store-place-memory = la mémoire (rien n’est conservé après la fermeture du jeu)
store-place-memory-entry = mémoire : { $key }
store-place-browser = le stockage de ce navigateur pour la page
store-place-browser-entry = { $key } dans le stockage de ce navigateur pour la page
store-place-downloads = vos téléchargements ({ $name })
store-read-failed = impossible de lire { $place } : { $error }
store-write-failed = impossible d’écrire { $place } : { $error }
store-encode-failed = impossible d’encoder les données à enregistrer : { $error }
store-no-browser-storage = ce navigateur ne conserve rien pour la page (fenêtre de navigation privée ?) : rien n’est donc enregistré
store-browser-full = impossible d’enregistrer { $place } : le stockage de ce navigateur pour cette page est plein
store-not-text = { $place } n’est pas du texte et ne peut pas être conservé dans le navigateur
store-not-there = { $place } est introuvable
store-not-downloaded = le navigateur n’a pas téléchargé { $name }
store-browser-refused = le navigateur a refusé de lire { $place }
store-and-then = { $first } ; { $next }
store-unreadable = { $what ->
        [progress] Votre progression enregistrée n’a pas pu être lue
        [results] Les résultats de { $profile } n’ont pas pu être lus
       *[class] La séance de classe n’a pas pu être lue
    } : { $error }
store-moved-aside = { $what ->
        [progress] Votre progression enregistrée n’a pas pu être lue ({ $error }) ; elle a été déplacée vers { $aside } et une nouvelle a commencé
        [results] Les résultats de { $profile } n’ont pas pu être lus ({ $error }) ; ils ont été déplacés vers { $aside } et de nouveaux ont commencé
       *[class] La séance de classe n’a pas pu être lue ({ $error }) ; elle a été déplacée vers { $aside }
    }
store-not-moved-aside = { $what ->
        [progress] Votre progression enregistrée n’a pu être ni lue ({ $error }) ni mise de côté ({ $why })
        [results] Les résultats de { $profile } n’ont pu être ni lus ({ $error }) ni mis de côté ({ $why })
       *[class] La séance de classe n’a pu être ni lue ({ $error }) ni mise de côté ({ $why })
    }
store-journal-unreadable = Les dernières modifications de la séance de classe n’ont pas pu être lues : { $error }
store-journal-lines-left-out = { $lines ->
        [one] { $lines } des dernières modifications de la séance de classe n’a pas pu être lue et est laissée de côté ({ $place })
       *[other] { $lines } des dernières modifications de la séance de classe n’ont pas pu être lues et sont laissées de côté ({ $place })
    }

## Étiquettes courtes des graduations (puissances de dix)

tick-thousand = { $n } k
tick-million = { $n } M
tick-billion = { $n } Md
tick-trillion = { $n } Bn

## What a screen reader says beyond what the screen shows (src/game/a11y.rs).
reveal-announcement = La réponse : { $truth }. { $answer }. { $verdict }. { $points ->
        [one] { $points } point.
       *[other] { $points } points.
    }
slider-no-value = pas encore d’estimation
a11y-move-up = Monter : { $text }
a11y-move-down = Descendre : { $text }
a11y-web-note = Avec un lecteur d’écran, les écrans du jeu sont ci-dessous sous forme de titres, de textes et de boutons.

## `takedown export` in the terminal (src/cli/export.rs).
export-no-runs = aucune partie terminée dans { $place }
export-no-classes = aucune séance de classe enregistrée dans { $place }
export-no-data-folder = aucun dossier de données (définissez TAKEDOWN_DATA_DIR)
export-list-name = NOM (pour --class NOM et host --resume NOM)
export-list-started = DÉBUT
export-list-saved = DERNIER ENREGISTREMENT
export-list-students = ÉLÈVES
export-list-where = OÙ
export-list-last = La dernière est la plus récente : `takedown host --resume` et `takedown export --class` la prennent.
export-place-lobby = accueil
export-place-open = étape { $stage } ouverte
export-place-teams = étape { $stage } en équipes
export-place-revise = étape { $stage } en révision
export-place-closed = étape { $stage } fermée
export-place-revealed = étape { $stage } dévoilée
export-place-debrief = bilan
export-place-ended = { $place }, terminée
