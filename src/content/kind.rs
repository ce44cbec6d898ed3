//! What a question's figure counts, read from its unit: people, arrests, money, drugs… The
//! window and the phone page draw each kind's icon beside the prompt and the reveal.

use crate::content::Question;

/// The kind of thing a figure counts, or, for an order question, events in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FigureKind {
    /// People, users, agents, targets, syndicates.
    People,
    /// Arrests.
    Arrests,
    /// Searches and raids.
    Searches,
    /// An amount of money (`€`, `US$`, `A$`).
    Money,
    /// Drugs, by weight or in pills.
    Drugs,
    /// Messages and communications.
    Messages,
    /// Handsets, devices, servers.
    Devices,
    /// A year, or a span in days, months or years.
    Time,
    /// Countries.
    Countries,
    /// Courts: years of prison, judgments, European Investigation Orders, joint teams.
    Justice,
    /// An order question's events.
    Events,
}

impl FigureKind {
    /// Every kind, in the order above.
    pub const ALL: [FigureKind; 11] = [
        FigureKind::People,
        FigureKind::Arrests,
        FigureKind::Searches,
        FigureKind::Money,
        FigureKind::Drugs,
        FigureKind::Messages,
        FigureKind::Devices,
        FigureKind::Time,
        FigureKind::Countries,
        FigureKind::Justice,
        FigureKind::Events,
    ];

    /// The kind of figure `question` asks for: an estimate's from its unit (`None` for a unit
    /// of no kind here, such as `languages`), an order's [`FigureKind::Events`], a choice's
    /// none.
    pub fn of(question: &Question) -> Option<FigureKind> {
        match question {
            Question::Estimate(estimate) => FigureKind::of_unit(&estimate.unit),
            Question::Order(_) => Some(FigureKind::Events),
            Question::Choice(_) => None,
        }
    }

    /// The kind of figure counted in `unit`, by the words in it (any case): `years of prison`
    /// is [`FigureKind::Justice`], `messages a day` [`FigureKind::Messages`], `€`
    /// [`FigureKind::Money`].
    pub fn of_unit(unit: &str) -> Option<FigureKind> {
        let unit = unit.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| unit.contains(w));
        // The first rule that matches: `years of prison` is a sentence before it is a span of
        // time, `messages a day` a count of messages.
        let rules: [(&[&str], FigureKind); 10] = [
            (
                &[
                    "prison",
                    "judgment",
                    "conviction",
                    "sentence",
                    "eio",
                    "jit",
                    "court",
                ],
                FigureKind::Justice,
            ),
            (&["arrest"], FigureKind::Arrests),
            (&["search", "raid", "premises"], FigureKind::Searches),
            (
                &["€", "$", "£", "euro", "dollar", "pound"],
                FigureKind::Money,
            ),
            (&["tonne", "kilo", "kg", "pill", "drug"], FigureKind::Drugs),
            (&["message", "communication", "chat"], FigureKind::Messages),
            (
                &["handset", "device", "phone", "server", "sim card"],
                FigureKind::Devices,
            ),
            (&["countr"], FigureKind::Countries),
            (
                &[
                    "user",
                    "people",
                    "person",
                    "agent",
                    "target",
                    "syndicate",
                    "member",
                    "suspect",
                    "officer",
                ],
                FigureKind::People,
            ),
            (&["year", "month", "week", "day", "hour"], FigureKind::Time),
        ];
        rules
            .iter()
            .find(|(words, _)| has(words))
            .map(|(_, kind)| *kind)
    }
}

#[cfg(test)]
mod tests {
    use super::FigureKind::{self, *};

    #[test]
    fn units_of_the_shipped_cases_have_their_kind() {
        for (unit, kind) in [
            ("users", Some(People)),
            ("High Value Targets", Some(People)),
            ("syndicates", Some(People)),
            ("arrests", Some(Arrests)),
            ("searches", Some(Searches)),
            ("€", Some(Money)),
            ("US$", Some(Money)),
            ("A$", Some(Money)),
            ("tonnes", Some(Drugs)),
            ("pills", Some(Drugs)),
            ("messages a day", Some(Messages)),
            ("communications", Some(Messages)),
            ("handsets", Some(Devices)),
            ("servers", Some(Devices)),
            ("days", Some(Time)),
            ("year", Some(Time)),
            ("years of prison", Some(Justice)),
            ("EIOs", Some(Justice)),
            ("JITs", Some(Justice)),
            ("countries", Some(Countries)),
            ("languages", None),
            ("weapons", None),
            ("", None),
        ] {
            assert_eq!(FigureKind::of_unit(unit), kind, "{unit}");
        }
    }

    #[test]
    fn most_shipped_estimates_have_an_icon() {
        let library = crate::content::library::Library::load(None);
        let (mut with, mut all) = (0, 0);
        for case in library.cases() {
            for stage in &case.stages {
                if let crate::content::Question::Estimate(_) = stage.question {
                    all += 1;
                    with += usize::from(FigureKind::of(&stage.question).is_some());
                }
            }
        }
        assert!(with * 10 >= all * 9, "{with} of {all}");
    }
}
