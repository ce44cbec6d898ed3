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
percent = { $amount } %
span = { $low } à { $high }

## Lecture de la saisie

read-as = Lu comme { $answer }. Entrée valide.
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
hint-window-hidden = { $how } Entrée valide.
hint-window-optional = { $how } Ajoutez une fourchette à 80 % si vous voulez : tapez { $example }, ou sur le curseur appuyez sur + et − ou Maj+clic. Entrée valide.
hint-window-required = Tapez votre meilleure estimation et la fourchette dont vous êtes sûr à 80 % : { $example }, ou réglez-les sur le curseur (+ et − ou Maj+clic pour la fourchette). Entrée valide.
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
