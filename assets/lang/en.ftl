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
