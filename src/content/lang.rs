//! The languages the game speaks: English, French, Dutch and German.
//!
//! A plain value used by every layer: the rules read typed numbers the way a language writes
//! them ([`crate::rules::answer`]), the report layer says everything in it
//! ([`crate::report::lang`]), a case's text comes in it (overlay files beside the case).

use serde::{Deserialize, Serialize};

/// A language of the game, by its ISO 639-1 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
    Nl,
    De,
}

impl Lang {
    /// Every language, in the order a settings button cycles through them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Nl, Lang::De];

    /// The ISO 639-1 code: `en`, `fr`, `nl`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::De => "de",
        }
    }

    /// The language's own name for itself (the same in every language, so a player who
    /// cannot read the current one still finds theirs): `English`, `Français`.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
            Lang::De => "Deutsch",
        }
    }

    /// The language of a BCP 47 tag or a POSIX locale, if the game speaks it: `fr`, `fr-BE`,
    /// `nl_BE.UTF-8`, `de-CH`, `EN-gb` → its language; `es-ES`, `C`, `` → `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of a list of preferred tags (a system's or a browser's, most preferred
    /// first) that the game speaks; English if none.
    pub fn first_spoken<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// The system's language if the game speaks it, else English: the user's preferred
    /// languages as the system lists them (on Linux `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`; read by
    /// the `sys-locale` crate). The web reads the browser's instead.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn system() -> Lang {
        let tags: Vec<String> = sys_locale::get_locales().collect();
        Lang::first_spoken(tags.iter().map(String::as_str))
    }

    /// The next language, for a settings button that cycles.
    pub fn next(self) -> Lang {
        let at = Lang::ALL.iter().position(|&l| l == self).unwrap_or(0);
        Lang::ALL[(at + 1) % Lang::ALL.len()]
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    /// `fr`, `fr-BE`, `nl_NL.UTF-8`: the language; anything else is an error naming the four.
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::from_tag(s)
            .ok_or_else(|| format!("no language `{s}`: the game speaks en, fr, nl, de"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_locales_name_their_language() {
        assert_eq!(Lang::from_tag("fr-BE"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("nl_BE.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("DE-ch"), Some(Lang::De));
        assert_eq!(Lang::from_tag("en"), Some(Lang::En));
        assert_eq!(Lang::from_tag("es-ES"), None);
        assert_eq!(Lang::from_tag("C"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::first_spoken(["es-ES", "nl-NL", "en-US"]), Lang::Nl);
        assert_eq!(Lang::first_spoken(["pt-BR"]), Lang::En);
        assert_eq!("de".parse::<Lang>(), Ok(Lang::De));
        assert!("xx".parse::<Lang>().unwrap_err().contains("en, fr, nl, de"));
    }

    #[test]
    fn the_settings_button_visits_every_language_once() {
        let mut seen = vec![Lang::En];
        while seen.len() < 5 {
            seen.push(seen.last().unwrap().next());
        }
        assert_eq!(seen, [Lang::En, Lang::Fr, Lang::Nl, Lang::De, Lang::En]);
    }
}
