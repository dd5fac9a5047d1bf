//! The bundled example scenarios. The page's presets menu, the command
//! line's `worthit presets` and the courseware all use these, so each one
//! is a small lesson: its description says what it teaches, and tests
//! check that the lesson actually shows in the numbers.
//!
//! The scenarios are JSON files in `crates/engine/presets/`, compiled in
//! with `include_str!` so they are also readable examples of the format.

use std::sync::OnceLock;

use crate::scenario::Scenario;

/// One bundled scenario with the lesson it teaches.
#[derive(Debug)]
pub struct Preset {
    /// Stable kebab-case identifier (`worthit preset ID`, page links).
    pub id: &'static str,
    /// Short human name for menus.
    pub name: &'static str,
    /// One or two sentences: what the preset shows.
    pub description: &'static str,
    json: &'static str,
}

impl Preset {
    /// The scenario, parsed and validated.
    ///
    /// Parsed once per preset and then copied: the page compares the
    /// scenario with every preset after each edit (which preset it still
    /// equals), and parsing and validating ten presets each time was a
    /// measurable part of the page's first render.
    pub fn scenario(&self) -> Scenario {
        PARSED[self.index()]
            .get_or_init(|| {
                // Read straight into the type, without `parse_scenario`'s
                // checks of a document from outside (its kind and version,
                // read through a second parse, and every range): the page
                // needs all ten presets in its first render (their names
                // and titles), and those checks were most of the 76 ms
                // parsing took there on a 4×-slowed processor. The tests
                // in `tests/presets.rs` give every preset the full checks
                // and compare this with them, so a failure here is a build
                // defect, not bad user input.
                serde_json::from_str(self.json)
                    .unwrap_or_else(|e| panic!("bundled preset {} is invalid: {e}", self.id))
            })
            .clone()
    }

    /// The scenario's title, read from its JSON without building the
    /// scenario: the page looks up every preset's title in its first
    /// render (to show a preset's title in the page's language), and
    /// building all ten scenarios for that was ~25 ms of it on a
    /// 4×-slowed processor.
    pub fn title(&self) -> &'static str {
        #[derive(serde::Deserialize)]
        struct Titled {
            title: String,
        }
        TITLES[self.index()].get_or_init(|| {
            serde_json::from_str::<Titled>(self.json)
                .map(|t| t.title)
                .unwrap_or_else(|e| panic!("bundled preset {} has no title: {e}", self.id))
        })
    }

    /// Where this preset stands in [`PRESETS`].
    fn index(&self) -> usize {
        PRESETS
            .iter()
            .position(|p| std::ptr::eq(p, self))
            .expect("a Preset is one of PRESETS")
    }

    /// The scenario as the JSON text it is bundled as.
    pub fn json(&self) -> &'static str {
        self.json
    }
}

/// Each preset's scenario once parsed ([`Preset::scenario`]).
static PARSED: [OnceLock<Scenario>; COUNT] = [const { OnceLock::new() }; COUNT];

/// Each preset's title once read ([`Preset::title`]).
static TITLES: [OnceLock<String>; COUNT] = [const { OnceLock::new() }; COUNT];

/// How many presets are bundled.
const COUNT: usize = 10;

static PRESETS: [Preset; COUNT] = [
    Preset {
        id: "game-character-art",
        name: "Free mobile game: character-art screenshots",
        description: "A free game whose store page shows mostly character art. \
            Free is not zero cost: download time, storage and learning still count, \
            and art alone leaves the value vague, so many people stay with the games they know.",
        json: include_str!("../presets/game-character-art.json"),
    },
    Preset {
        id: "game-gameplay",
        name: "Free mobile game: gameplay and progression screenshots",
        description: "The same game and costs, but the first screenshots show real play \
            and the progression system. Clearer value wins people who would have skipped \
            it: compare it with the character-art page.",
        json: include_str!("../presets/game-gameplay.json"),
    },
    Preset {
        id: "finance-modest-claim",
        name: "Finance app: modest yield claim",
        description: "A savings app claiming a yield a little above what people expect. \
            A believable claim lifts perceived value more than it raises doubt.",
        json: include_str!("../presets/finance-modest-claim.json"),
    },
    Preset {
        id: "finance-extreme-claim",
        name: "Finance app: extreme yield claim",
        description: "The same app promising a yield far above belief. The trust cost \
            (\"sounds like a scam\") grows with the square of the excess, so adoption \
            falls below the modest claim: over-claiming backfires.",
        json: include_str!("../presets/finance-extreme-claim.json"),
    },
    Preset {
        id: "content-account",
        name: "New-media content account",
        description: "A content account competing for time and attention with feeds \
            people already follow. The money cost is zero; time and attention decide, \
            and the barriers show which one holds people back.",
        json: include_str!("../presets/content-account.json"),
    },
    Preset {
        id: "paid-tool-vs-free-leader",
        name: "Paid productivity tool vs. a free market leader",
        description: "A better tool that costs money and a switch, against a free \
            leader people already know. It wins only where its extra value beats price \
            plus learning: see which segments it wins and which cost is decisive.",
        json: include_str!("../presets/paid-tool-vs-free-leader.json"),
    },
    Preset {
        id: "game-launch-year",
        name: "Free mobile game: the first year after launch",
        description: "The gameplay-screenshot game over 52 weeks, with the published \
            average outside reach (p = 0.03) and word of mouth (q = 0.38). Nearly \
            everyone hears of it within months, but adoption levels off far lower: \
            conversion (value and cost), not reach, sets the ceiling.",
        json: include_str!("../presets/game-launch-year.json"),
    },
    Preset {
        id: "game-installs-vs-users-art",
        name: "Free mobile game: glossy art wins installs, not users",
        description: "The game's store page leads with glossy character art that looks better \
            than the game plays. It wins nearly as many installs as a page of real \
            play, but the people it wins expected a different game: they leave \
            within weeks, so retained adopters fall far more than installs. Compare \
            it with the gameplay page.",
        json: include_str!("../presets/game-installs-vs-users-art.json"),
    },
    Preset {
        id: "game-installs-vs-users-gameplay",
        name: "Free mobile game: gameplay screenshots keep their users",
        description: "The same game with a store page that shows real play. What people see is \
            what they get, so nearly everyone who installs keeps playing: the gap to \
            the glossy art page is much wider in retained adopters than in installs.",
        json: include_str!("../presets/game-installs-vs-users-gameplay.json"),
    },
    Preset {
        id: "finance-claim-installs-vs-users",
        name: "Finance app: a claim for installs vs. a claim for users",
        description: "The savings app with a bold yield claim, following who stays. A bigger \
            claim wins installs until doubt takes over, but people who adopt on it leave \
            when use shows the real yield: the claim that keeps the most users is smaller \
            than the claim that wins the most installs.",
        json: include_str!("../presets/finance-claim-installs-vs-users.json"),
    },
];

/// Every bundled preset; the first is the default.
pub fn all() -> &'static [Preset] {
    &PRESETS
}

/// The default preset (the page's first load).
pub fn default_preset() -> &'static Preset {
    &PRESETS[0]
}

/// The preset with this id, if any.
pub fn get(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}
