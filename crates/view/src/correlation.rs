//! Correlated perceptions in words people use: "people who
//! distrust it also worry about safety: strongly / a little / not at all /
//! the opposite", each word standing for a documented `rho`
//! (`docs/model.md`), and which pairs of quantities a scenario can still
//! join. Pure, so the page's editor and the tests share one mapping.

use worthit_engine::{Endpoint, Scenario};

/// How strongly two perceptions go together, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// rho 0.6: most people high on one are high on the other.
    Strongly,
    /// rho 0.3: a tendency.
    ALittle,
    /// rho 0: independent (as without a correlation).
    NotAtAll,
    /// rho −0.3: people high on one tend to be low on the other.
    Opposite,
}

impl Strength {
    /// Every word, strongest first (the order of the page's choice).
    pub const ALL: [Strength; 4] = [
        Strength::Strongly,
        Strength::ALittle,
        Strength::NotAtAll,
        Strength::Opposite,
    ];

    /// The correlation of the normal shocks this word stands for.
    pub fn rho(self) -> f64 {
        match self {
            Strength::Strongly => 0.6,
            Strength::ALittle => 0.3,
            Strength::NotAtAll => 0.0,
            Strength::Opposite => -0.3,
        }
    }

    /// A stable key (for the page's choice values and test ids).
    pub fn key(self) -> &'static str {
        match self {
            Strength::Strongly => "strongly",
            Strength::ALittle => "a-little",
            Strength::NotAtAll => "not-at-all",
            Strength::Opposite => "opposite",
        }
    }

    /// The word of a key, `None` for anything else.
    pub fn from_key(key: &str) -> Option<Strength> {
        Strength::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The word that describes `rho` best: the one whose value is nearest
    /// (ties go to the weaker word, so 0.45 reads "a little"). Any number
    /// the engine accepts gets a word; −0.8 reads "the opposite".
    pub fn describe(rho: f64) -> Strength {
        let mut best = Strength::NotAtAll;
        let mut distance = f64::INFINITY;
        // Weakest first, so a tie keeps the weaker word.
        for s in [
            Strength::NotAtAll,
            Strength::ALittle,
            Strength::Opposite,
            Strength::Strongly,
        ] {
            // A tie within rounding (0.45 is 0.15 from both 0.3 and 0.6,
            // give or take the last bit) keeps the weaker word.
            let d = (s.rho() - rho).abs();
            if d < distance - 1e-9 {
                best = s;
                distance = d;
            }
        }
        best
    }

    /// Whether `rho` is exactly this word's value (otherwise the page shows
    /// the word as an approximation next to the exact number).
    pub fn is_exact(self, rho: f64) -> bool {
        self.rho() == rho
    }
}

/// The quantities of the scenario a correlation can join: the product's
/// value and every cost it has a distribution for, in the engine's order.
pub fn present(scenario: &Scenario) -> Vec<Endpoint> {
    Endpoint::ALL
        .into_iter()
        .filter(|e| e.dist(&scenario.product).is_some())
        .collect()
}

/// The pairs that can still be added: both quantities present, the pair
/// not given yet (in either order). In the engine's order, value first.
pub fn addable_pairs(scenario: &Scenario) -> Vec<(Endpoint, Endpoint)> {
    let quantities = present(scenario);
    let given = |a: Endpoint, b: Endpoint| {
        scenario
            .correlations
            .iter()
            .any(|c| (c.a == a && c.b == b) || (c.a == b && c.b == a))
    };
    let mut pairs = Vec::new();
    for (i, &a) in quantities.iter().enumerate() {
        for &b in &quantities[i + 1..] {
            if !given(a, b) {
                pairs.push((a, b));
            }
        }
    }
    pairs
}

/// A stable key of an endpoint (`value`, `trust`), for translation keys
/// and test ids.
pub fn endpoint_key(e: Endpoint) -> &'static str {
    match (e, e.cost()) {
        (Endpoint::Experience, _) => "experience",
        (_, None) => "value",
        (_, Some(k)) => k.name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use worthit_engine::{Correlation, parse_scenario, validate};

    fn scenario(costs: &str, correlations: &str) -> Scenario {
        parse_scenario(&format!(
            r#"{{"schema":1,"product":{{"value":{{"dist":"normal","mean":5,"sd":1}},
                "costs":{{{costs}}}}},"correlations":[{correlations}]}}"#
        ))
        .unwrap()
    }

    #[test]
    fn words_map_to_the_documented_values_and_back() {
        for s in Strength::ALL {
            assert_eq!(Strength::describe(s.rho()), s);
            assert!(s.is_exact(s.rho()));
            assert_eq!(Strength::from_key(s.key()), Some(s));
        }
        assert_eq!(Strength::from_key("very"), None);
        assert_eq!(Strength::Strongly.rho(), 0.6);
        assert_eq!(Strength::ALittle.rho(), 0.3);
        assert_eq!(Strength::NotAtAll.rho(), 0.0);
        assert_eq!(Strength::Opposite.rho(), -0.3);
    }

    #[test]
    fn any_number_gets_the_nearest_word() {
        assert_eq!(Strength::describe(1.0), Strength::Strongly);
        assert_eq!(Strength::describe(0.5), Strength::Strongly);
        // Halfway between two words reads as the weaker one.
        assert_eq!(Strength::describe(0.45), Strength::ALittle);
        assert_eq!(Strength::describe(0.15), Strength::NotAtAll);
        assert_eq!(Strength::describe(0.16), Strength::ALittle);
        assert_eq!(Strength::describe(-0.1), Strength::NotAtAll);
        assert_eq!(Strength::describe(-0.4), Strength::Opposite);
        assert_eq!(Strength::describe(-1.0), Strength::Opposite);
        assert!(!Strength::Opposite.is_exact(-0.4));
    }

    #[test]
    fn pairs_are_among_present_quantities_and_not_given_twice() {
        let s = scenario(
            r#""trust":{"dist":"lognormal","mean":1,"sd":0.5},"safety":{"dist":"fixed","value":1}"#,
            r#"{"a":"product.costs.safety","b":"product.costs.trust","rho":0.3}"#,
        );
        assert_eq!(
            present(&s),
            vec![Endpoint::Value, Endpoint::Trust, Endpoint::Safety]
        );
        // Trust–safety is given (in the other order), so two pairs remain.
        assert_eq!(
            addable_pairs(&s),
            vec![
                (Endpoint::Value, Endpoint::Trust),
                (Endpoint::Value, Endpoint::Safety)
            ]
        );
        // Every pair offered is one the engine accepts at a mild rho.
        for (a, b) in addable_pairs(&s) {
            let mut t = s.clone();
            t.correlations.push(Correlation { a, b, rho: 0.3 });
            assert!(validate::problems(&t).is_empty(), "{a:?} {b:?}");
        }
        let none = scenario("", "");
        assert!(addable_pairs(&none).is_empty());
        assert_eq!(endpoint_key(Endpoint::Value), "value");
        assert_eq!(endpoint_key(Endpoint::Safety), "safety");
    }
}
