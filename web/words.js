// Made from assets/lang/*.ftl (the loader-* messages) by report::lang::web_words_js;
// cargo test checks it. To make it again: TAKEDOWN_WRITE_WEB_WORDS=1 cargo test --lib web_words
export const WORDS = {
  en: {
    "loading": "Loading the game…",
    "progress": "Loading the game… {mb} of {total} MB",
    "progress-unknown": "Loading the game… {mb} MB",
    "starting": "Starting…",
    "no-webgl": "This browser cannot show the game: it needs WebGL2, which current versions of Firefox, Chrome, Edge and Safari have. If yours is current, check that hardware acceleration is turned on in its settings.",
    "failed": "The game could not start: {error}. Reload the page to try again.",
    "canvas": "Takedown, the game",
    "tagline": "How big was it really?",
  },
  fr: {
    "loading": "Chargement du jeu…",
    "progress": "Chargement du jeu… {mb} Mo sur {total}",
    "progress-unknown": "Chargement du jeu… {mb} Mo",
    "starting": "Démarrage…",
    "no-webgl": "Ce navigateur ne peut pas afficher le jeu : il lui faut WebGL2, que les versions actuelles de Firefox, Chrome, Edge et Safari possèdent. Si le vôtre est à jour, vérifiez que l’accélération matérielle est activée dans ses réglages.",
    "failed": "Le jeu n’a pas pu démarrer : {error}. Rechargez la page pour réessayer.",
    "canvas": "Takedown, le jeu",
    "tagline": "Quelle était vraiment son ampleur ?",
  },
  nl: {
    "loading": "Het spel wordt geladen…",
    "progress": "Het spel wordt geladen… {mb} van {total} MB",
    "progress-unknown": "Het spel wordt geladen… {mb} MB",
    "starting": "Starten…",
    "no-webgl": "Deze browser kan het spel niet tonen: hij heeft WebGL2 nodig, en dat hebben actuele versies van Firefox, Chrome, Edge en Safari. Is de jouwe actueel, controleer dan of hardwareversnelling in de instellingen aanstaat.",
    "failed": "Het spel kon niet starten: {error}. Laad de pagina opnieuw om het nog eens te proberen.",
    "canvas": "Takedown, het spel",
    "tagline": "Hoe groot was het echt?",
  },
  de: {
    "loading": "Das Spiel wird geladen…",
    "progress": "Das Spiel wird geladen… {mb} von {total} MB",
    "progress-unknown": "Das Spiel wird geladen… {mb} MB",
    "starting": "Wird gestartet…",
    "no-webgl": "Dieser Browser kann das Spiel nicht zeigen: Es braucht WebGL2, das aktuelle Versionen von Firefox, Chrome, Edge und Safari haben. Ist Ihrer aktuell, prüfen Sie, ob in seinen Einstellungen die Hardwarebeschleunigung eingeschaltet ist.",
    "failed": "Das Spiel konnte nicht starten: {error}. Laden Sie die Seite neu, um es noch einmal zu versuchen.",
    "canvas": "Takedown, das Spiel",
    "tagline": "Wie groß war es wirklich?",
  },
};
