# worthit: English (the source language).
#
# Every key here must exist in every other language file with the same
# variables; `cargo test -p worthit-i18n` fails otherwise. See
# docs/translating.md. Numbers arrive already formatted for the language
# (43.1%, 100,000) unless a comment says otherwise.

## Chart labels (worthit-view `Labels` and `Phrase`). This file is the only
## place worthit's English is written: the page, the prerendered first
## result and the tests all read it. Keep the variables, move them freely;
## $n and $position are numbers (plural selectors work).

label-title-net-value = Net value: who gains from adopting
label-title-choices = What people choose
label-title-barriers = What holds non-adopters back
label-title-barrier-means = Costs felt by adopters and non-adopters
label-title-tornado = What-if: change in adoption
label-title-segments = Adoption by segment
label-title-timeline = Adoption over time
label-title-overlay = Net value: A vs. B
label-axis-net-value = Net value (perceived value − cost)
label-axis-share-of-people = Share of people
label-axis-density = Share of people per unit of net value
label-caption-barriers = Share of non-adopters that removing this cost alone would win
label-caption-barrier-means = Mean perceived cost, in utility points
label-caption-tornado = Change in adoption, percentage points
label-caption-choices = Share of all people
label-caption-segments = Share of the segment that adopts
label-axis-period = Period
label-axis-new-adopters = New adopters
label-axis-share = Share of people
label-legend-adopters = Adopt
label-legend-non-adopters = Don't adopt
label-legend-people = People
label-legend-zero-line = Value = cost
# $share: the overall adoption share, e.g. 43.1%.
label-legend-overall = Overall { $share }
label-legend-raises = Raises adoption
label-legend-lowers = Lowers adoption
label-legend-new-adopters = New adopters
label-legend-cumulative = Adopted so far
label-legend-aware = Aware
label-variant-a = A
label-variant-b = B
# The option of adopting nothing at all.
label-none-option = None
label-no-data = No data to show
# $n: how many rows of a long bar chart are not shown (a number).
label-more-rows = +{ $n } more

## Cost names as used inside sentences ("trust is the largest barrier").
## The first letter of a sentence is capitalised automatically.

cost-money = money
cost-time = time
cost-learning = learning
cost-trust = trust
cost-emotional = emotional
cost-safety = safety

## What-if inputs, as named in the tornado chart and the summary.

input-value = value
# $cost: a cost name from above.
input-cost = { $cost } cost
input-claim = claim
input-credibility = credibility
# $option: an alternative's name (the user's own text); $what: the quantity.
input-alternative = { $option }: { $what }
# $segment: a segment's name (the user's own text); $what: the quantity.
input-segment = { $segment }: { $what }
# $what: "value" or a cost name.
input-weight = weight on { $what }
input-share = share
input-skepticism = skepticism
input-screenshots-viewed = screenshots viewed
input-reach = outside reach (p)
input-word-of-mouth = word of mouth (q)
input-social-proof = social proof
# Parameters of a distribution; $what is the quantity (its mean reads as the
# quantity itself).
param-sd = { $what } spread
param-min = { $what } minimum
param-max = { $what } maximum
param-mode = { $what } mode

## Screenshot lab charts.

label-title-claim-curve = Adoption against claim strength
label-axis-claim = Value claim, in utility points
label-axis-adoption = Adoption
label-legend-adoption = Adoption
# $share: adoption without a claim.
label-legend-no-claim = No claim ({ $share })
# $claim: a claim in utility points.
label-legend-best-claim = Best claim { $claim }
label-legend-current-claim = Current claim { $claim }

## Screenshot kinds as named inside sentences ("gameplay as screenshot 2").

kind-gameplay = gameplay
kind-progression = progression
kind-characters = character art
kind-social-proof = social proof
kind-features = feature list
kind-offer = offer
kind-safety = safety badges
# $kind: a kind from above; $position: its place in the strip (a number).
screenshot-at = { $kind } as screenshot { $position }

## Summary sentences (worthit-view `Sentence` ids). $users, $adopters,
## $new_adopters, $period, $periods and $max are numbers (plural selectors
## work); every other variable is text that is already formatted.

summary-no-people = No one was simulated, so there is nothing to report.
summary-headline =
    { $users ->
        [one] { $share } of { $users } simulated person adopts (95% interval { $interval }).
       *[other] { $share } of { $users } simulated people adopt (95% interval { $interval }).
    }
summary-alternative-leads = { $option } is chosen more often than the product: { $share } against { $product_share }.
summary-alternative-ties = { $option } is chosen about as often as the product: { $share } each.
summary-largest-barrier = { $cost } is the largest barrier: removing it alone would win { $share } of non-adopters.
summary-no-single-barrier = No single cost holds people back: removing any one alone would win almost no non-adopters.
# $effect is "gain" or "loss"; $direction is "lower" or "raise"; $points is
# the size of the change in percentage points.
summary-biggest-lever =
    { $effect ->
        [loss]
            { $direction ->
                [lower] The most sensitive input: lowering { $input } by { $step } would cost { $points } points.
               *[raise] The most sensitive input: raising { $input } by { $step } would cost { $points } points.
            }
       *[gain]
            { $direction ->
                [lower] The biggest lever: lowering { $input } by { $step } would add { $points } points.
               *[raise] The biggest lever: raising { $input } by { $step } would add { $points } points.
            }
    }
summary-no-lever = None of the what-if changes moves adoption noticeably.
summary-segment-range = Adoption is highest among { $best } ({ $best_share }) and lowest among { $worst } ({ $worst_share }).

## Adoption over time.

timeline-peak =
    { $new_adopters ->
        [one] New adoption peaks in period { $period } with { $new_adopters } new adopter.
       *[other] New adoption peaks in period { $period } with { $new_adopters } new adopters.
    }
timeline-no-reach =
    { $periods ->
        [one] No one hears of the product in { $periods } period: reach is the limit.
       *[other] No one hears of the product in { $periods } periods: reach is the limit.
    }
timeline-value-limited = Only { $ever } ever adopt although { $aware } hear of it: value and cost, not reach, are the limit.
timeline-saturated = Nearly everyone who hears of it adopts ({ $ever } by period { $period }): reach sets the pace.
timeline-reach-limited = By period { $period } only { $aware } have heard of it and { $conversion } of them adopt: reach, not value and cost, is the limit.
timeline-both-limited = By period { $period } only { $aware } have heard of it and only { $conversion } of them adopt: both reach and value for cost hold adoption back.

## A vs. B. $a, $b and $variant are the variants' names (A, B).

compare-shares = { $a }: { $a_share } adopt. { $b }: { $b_share } adopt.
compare-winner = { $variant } wins by { $points } points ({ $interval }); { $variant } is better with probability { $probability }.
compare-unclear = No clear winner: { $variant } leads by { $points } points, but the 95% interval ({ $interval }) includes zero; { $variant } is better with probability { $probability }.
compare-same = { $a } and { $b } give the same adoption: { $share }.

## Screenshot lab. $candidate is a screenshot at a position, from
## screenshot-at; $standing is "best" or "below".

lab-next-best = The best screenshot to add: { $candidate }, which would add { $points } points ({ $interval }); it is better with probability { $probability }.
lab-next-none = No screenshot clearly raises adoption wherever it goes: the best candidate, { $candidate }, changes it by { $change } points ({ $interval }).
lab-next-ranking = Next in the ranking: { $list }.
lab-next-full =
    { $max ->
        [one] The strip already has { $max } screenshot, the most a store page shows: remove it to try another.
       *[other] The strip already has { $max } screenshots, the most a store page shows: remove one to try another.
    }
lab-claim-best = Adoption peaks at a claim of { $claim }: { $share } adopt, against { $no_claim } with no claim.
lab-claim-no-gain = No claim above what people already expect raises adoption: { $no_claim } adopt without one.
lab-claim-current =
    { $standing ->
        [best] The current claim of { $claim } gives { $share }, as good as the best.
       *[below] The current claim of { $claim } gives { $share }, { $points } points below the best.
    }

## Text alternatives of the charts. $list is an already joined list such
## as "Our game: 43.1%, None: 26.4%".

chart-no-data = No data to show.
chart-net-value = Histogram of each person's net value (perceived value minus perceived cost): mean { $mean }, spread { $sd }; about { $positive } of people are above zero, where value equals cost. Each bar is split into adopters and non-adopters.
chart-choices = Share of people choosing each option: { $list }.
chart-barriers = Share of non-adopters that removing each cost alone would win: { $list }.
chart-barrier-means = Mean perceived cost, adopters / non-adopters: { $list }.
chart-tornado = Change in adoption, in percentage points, when each input moves by its step: { $list }.
chart-segments = Adoption by segment, against { $overall } overall: { $list }.
chart-timeline =
    { $periods ->
        [one] Over { $periods } period, new adopters per period (bars) peak in period { $peak_period }; the share adopted so far (solid line) reaches { $ever } and the share aware (dashed line) { $aware }.
       *[other] Over { $periods } periods, new adopters per period (bars) peak in period { $peak_period }; the share adopted so far (solid line) reaches { $ever } and the share aware (dashed line) { $aware }.
    }
chart-overlay = Net value of { $a } and { $b } overlaid: mean { $a_mean } for { $a } and { $b_mean } for { $b }.
chart-claim-curve = Adoption (solid line) for value claims from { $lo } to { $hi } utility points: { $no_claim } with no claim (dashed line), highest at a claim of { $best_claim } with { $best_share } (marked), and { $end_share } at the strongest claim.

## Scenario editor.

editor-label = Scenario editor
editor-advanced = Choose distribution shapes (advanced)
editor-group-value = Value
editor-group-costs = Costs
editor-group-screenshots = Screenshots
editor-group-audience = Audience
editor-group-alternatives = Alternatives
editor-group-decision = Decision rule
editor-group-simulation = Simulation

editor-product-name = Product name
editor-value-title = Perceived value
editor-value-hint = What people expect to gain, in utility points.
editor-mean = Mean
editor-spread = Spread
editor-shape = Shape
editor-claim-on = Make a value claim
editor-claim = Claimed value
editor-claim-hint = What the ad promises. Above the real mean it helps at first, then sounds like a scam.
editor-credibility = Credibility
editor-credibility-hint = How believable an over-claim is; higher means less doubt.

editor-costs-hint = Everything a person gives up, in the same utility points. Costs never go below zero.
editor-cost-money = Money
editor-cost-money-hint = Price, subscription, in-app purchases
editor-cost-time = Time
editor-cost-time-hint = Download size, set-up, waiting
editor-cost-learning = Learning
editor-cost-learning-hint = Effort to figure out how it works
editor-cost-trust = Trust
editor-cost-trust-hint = Doubts that it works as promised
editor-cost-emotional = Emotional
editor-cost-emotional-hint = Anxiety, embarrassment, changing a habit
editor-cost-safety = Safety
editor-cost-safety-hint = Privacy, security, money at risk

# Distribution shapes.
editor-shape-none = none (zero)
editor-shape-fixed = fixed
editor-shape-normal = normal
editor-shape-lognormal = lognormal
editor-shape-uniform = uniform
editor-shape-triangular = triangular

editor-screenshots-hint = In store order. People see only the first few, so order matters. Effects are illustrative defaults, not measured facts.
editor-screenshots-empty = No screenshots: value rests on the description alone.
editor-screenshot-add-label = Screenshot kind to add
editor-screenshot-add = Add screenshot
editor-screenshots-full = A store page holds at most 10 screenshots.
# $name: a screenshot kind; $position: its place in the strip (a number).
editor-move-up = Move { $name } (position { $position }) up
editor-move-down = Move { $name } (position { $position }) down
editor-remove = Remove
editor-remove-item = Remove { $name }

editor-audience-hint = Groups of people who weigh value and costs differently.
editor-audience-empty = One audience, “Everyone”: all weights 1, skepticism 0.5, 3 screenshots viewed.
editor-add-segment = Add segment
editor-segment-name = Segment name
editor-share = Share
editor-share-hint = Relative size; shares are scaled to add up to 100%.
editor-skepticism = Skepticism
editor-skepticism-hint = 0 believes every claim, 1 doubts every claim.
editor-viewed = Screenshots viewed
editor-viewed-hint = Mean number of store screenshots a person looks at.
editor-weights = Weights
editor-weights-hint = How strongly this group feels each term; 1 = as is, 2 = twice.
editor-weight-value = Value
editor-limit-16 = At most 16.
# $n: a number.
editor-new-segment-name = Segment { $n }
# $percent: the segment's share, formatted (43%).
editor-segment-summary = { $name } · { $percent }
editor-remove-segment = Remove segment { $name }

editor-alternatives-hint = Well-known options one tap away. Not adopting at all is always an option worth 0.
editor-alternatives-empty = No alternatives: people compare only with doing nothing.
editor-add-alternative = Add alternative
editor-alternative-name = Alternative name
editor-alt-value-hint = What people expect to gain from this alternative.
editor-alt-costs = Costs of this alternative
# $n: a number.
editor-new-alternative-name = Alternative { $n }
editor-remove-alternative = Remove alternative { $name }

editor-rule-threshold = Threshold
editor-rule-threshold-hint = Adopt when value beats cost; alternatives are ignored.
editor-rule-beat = Beat alternatives
editor-rule-beat-hint = Adopt when the product is the best option, doing nothing included.
editor-rule-logit = Logit (noisy choice)
editor-rule-logit-hint = People mostly pick the best option, sometimes not.
editor-temperature = Temperature
editor-temperature-hint = How noisy choices are; near 0 always picks the best.

editor-users = People
# $max: the most people a scenario may simulate (the engine's limit).
editor-users-hint = Simulated people, 1 to { $max }. More is slower but tighter.
editor-seed = Seed
editor-seed-hint = The same seed gives exactly the same numbers.
editor-new-seed = New seed

editor-name-empty = Enter a name.
# $min and $max: formatted numbers.
editor-out-of-range-integer = Enter a whole number from { $min } to { $max }.
editor-out-of-range = Enter a number from { $min } to { $max }.

## Built-in screenshot kinds (the editor and the screenshot lab). A custom
## kind shows its own key.

screenshot-kind-gameplay = Gameplay
screenshot-kind-progression = Progression
screenshot-kind-characters = Character art
screenshot-kind-social-proof = Social proof
screenshot-kind-features = Feature list
screenshot-kind-offer = Offer / price
screenshot-kind-safety = Safety & privacy

## Bundled presets (menu label and the lesson under it).

preset-game-character-art-name = Free mobile game: character-art screenshots
preset-game-character-art-description = A free game whose store page shows mostly character art. Free is not zero cost: download time, storage and learning still count, and art alone leaves the value vague, so many people stay with the games they know.
preset-game-gameplay-name = Free mobile game: gameplay and progression screenshots
preset-game-gameplay-description = The same game and costs, but the first screenshots show real play and the progression system. Clearer value wins people who would have skipped it: compare it with the character-art page.
preset-finance-modest-claim-name = Finance app: modest yield claim
preset-finance-modest-claim-description = A savings app claiming a yield a little above what people expect. A believable claim lifts perceived value more than it raises doubt.
preset-finance-extreme-claim-name = Finance app: extreme yield claim
preset-finance-extreme-claim-description = The same app promising a yield far above belief. The trust cost ("sounds like a scam") grows with the square of the excess, so adoption falls below the modest claim: over-claiming backfires.
preset-content-account-name = New-media content account
preset-content-account-description = A content account competing for time and attention with feeds people already follow. The money cost is zero; time and attention decide, and the barriers show which one holds people back.
preset-paid-tool-vs-free-leader-name = Paid productivity tool vs. a free market leader
preset-paid-tool-vs-free-leader-description = A better tool that costs money and a switch, against a free leader people already know. It wins only where its extra value beats price plus learning: see which segments it wins and which cost is decisive.
preset-game-launch-year-name = Free mobile game: the first year after launch
preset-game-launch-year-description = The gameplay-screenshot game over 52 weeks, with the published average outside reach (p = 0.03) and word of mouth (q = 0.38). Nearly everyone hears of it within months, but adoption levels off far lower: conversion (value and cost), not reach, sets the ceiling.
preset-game-installs-vs-users-art-name = Free mobile game: glossy art wins installs, not users
preset-game-installs-vs-users-art-description = The game's store page leads with glossy character art that looks better than the game plays. It wins nearly as many installs as a page of real play, but the people it wins expected a different game: they leave within weeks, so retained adopters fall far more than installs. Compare it with the gameplay page.
preset-game-installs-vs-users-gameplay-name = Free mobile game: gameplay screenshots keep their users
preset-game-installs-vs-users-gameplay-description = The same game with a store page that shows real play. What people see is what they get, so nearly everyone who installs keeps playing: the gap to the glossy art page is much wider in retained adopters than in installs.
preset-finance-claim-installs-vs-users-name = Finance app: a claim for installs vs. a claim for users
preset-finance-claim-installs-vs-users-description = The savings app with a bold yield claim, following who stays. A bigger claim wins installs until doubt takes over, but people who adopt on it leave when use shows the real yield: the claim that keeps the most users is smaller than the claim that wins the most installs.

## Page frame.

app-document-title = worthit — will people think it's worth it?
app-skip-link = Skip to the answer
app-scenario-title = Scenario
app-results-title = Results
app-footer = worthit simulates people who adopt when perceived value beats perceived cost. Screenshot effects and other defaults are illustrative, not measured facts; the project's docs/model.md explains every formula.
# Follows the adoption share in the floating pill on phones ("43.1% adopt").
app-result-pill-verb = adopt
app-drop-file = Drop a scenario file to open it
language-menu = Language

## Header and toolbar.

header-tagline = Perceived value vs. perceived cost, for 100,000 simulated people
header-toolbar = Scenario and results
header-presets = Presets
header-download = Download
header-download-scenario = Scenario (JSON)
header-download-scenario-hint = Reopen it here or run it with the worthit command line.
header-download-results = Results (JSON)
header-download-results-hint = Every number of this run, results format v1.
header-download-csv = Results (CSV)
header-download-csv-hint = The same numbers as one table for a spreadsheet.
header-download-compare-hint = In compare mode the results of A and B are downloaded from the “Verdict: A vs. B” card (JSON or CSV), with both variants and what differs.
header-download-comparison-hint = Both variants as one comparison file: reopen it here or run it with worthit compare.
header-open = Open
header-open-file = Open a scenario file
share-button = Share link
share-button-short = Share
share-dialog = Share link
share-copying = Copying…
share-copied = Link copied. Anyone who opens it sees these exact numbers:
share-manual = Copy this link (Ctrl+C or ⌘C). Anyone who opens it sees these exact numbers:
share-done = Done

## Headline and run status.

headline-label = Adoption
headline-simulating = Simulating…
# Follows the adoption share: "43.1% adopt".
headline-verb = adopt
headline-ci-title = 95% interval (Wilson)
# $users: a number; $duration: from duration-ms or duration-s.
headline-meta = { $users } people in { $duration }
# $adopters, $users: numbers; $product: the product's name; $seed: the
# seed as typed, never grouped.
headline-detail = { $adopters } of { $users } simulated people choose { $product }; the range in brackets is the 95% interval. Seed { $seed }.
headline-product-fallback = the product
# Read politely by screen readers when a run finishes.
headline-announce = Finished: { $share } of { $users } people adopt.
# $ms and $s: formatted numbers.
duration-ms = { $ms } ms
duration-s = { $s } s

status-progress = Simulating { $done } of { $total } people…
status-progress-label = Simulation progress
status-progress-what-ifs = Working out the what-ifs: { $done } of { $total } people…
status-updating-what-ifs = Working out the what-ifs…
status-cancelled-what-ifs = Run cancelled before the what-ifs were worked out.
status-cancel = Cancel
status-updating = Updating…
status-done = Up to date
status-cancelled = Run cancelled. The numbers shown are from an earlier setting.
status-rerun = Run again
status-failed = This scenario could not be simulated; see the message above.

## Results column: summary, chart cards and their data tables.

results-summary-label = Summary
results-summary-title = Why
card-show-table = Show data table
card-hide-table = Hide data table
card-download-png = Download PNG
card-download-png-label = Download PNG: “{ $title }”
card-error = This chart could not be drawn: { $error }

table-range = { $from } to { $to }
table-caption = Data: { $title }
table-net-value = Net value
table-people = People
table-adopters = Adopters
table-non-adopters = Non-adopters
table-option = Option
table-share-of-people = Share of people
table-cost = Cost
table-decisive = Removing it alone wins (share of non-adopters)
table-mean-adopters = Mean, adopters
table-mean-non-adopters = Mean, non-adopters
table-input = Input
table-moved-by = Moved by
table-adoption = Adoption
table-change-points = Change (points)
table-noise-points = Simulation noise (± points, 95%)
table-segment = Segment
table-period = Period
table-aware = Aware
table-new-adopters = New adopters
table-adopted-so-far = Adopted so far

## Messages (the alert area).

notice-dismiss = Dismiss message
# $source: one of the source-* phrases below.
notice-invalid-scenario = { $source } is not a scenario worthit can use. The previous scenario is kept.
# $source: one of the source-* phrases; $reason: one of the refused-* phrases.
notice-refused = { $source } cannot be opened: { $reason } The previous scenario is kept.
# $problem: one of the link-* sentences below.
notice-bad-link = { $problem } The previous scenario is kept.
notice-opened = Opened “{ $name }”.
notice-run-failed = The scenario could not be simulated.
notice-download-refused = The browser did not allow the download.
notice-file-unreadable = The file “{ $name }” could not be read.
# $error: a technical message in English.
notice-results-unreadable = The results could not be read: { $error }

source-preset = The preset “{ $name }”
source-edit = The edited scenario
source-link = The link's scenario
source-file = The file “{ $name }”
source-storage = The scenario saved in this browser
refused-too-large = it is too large: over 1 MiB, the most worthit reads from a file, a link, a host page or this browser’s storage.
refused-survey-too-large = it is too large: over 32 MiB, the most worthit reads from a survey file.
refused-results = it is a results file (the numbers of a run), not a scenario. Open the scenario file the results were computed from.
refused-compare-results = it is a comparison results file (the numbers of an A vs. B run), not a scenario. Open the comparison file or the two scenario files instead.
refused-comparison = it is a comparison file (two scenarios, A and B). Open it with Open, which starts compare mode.
refused-scenario = it is a single scenario, not a comparison.

# $reason: one of the link-reason-* phrases.
link-damaged = This link's scenario is damaged ({ $reason }); was the link cut short?
link-reason-base64 = not base64url text
link-reason-incomplete = the compressed data is incomplete
link-reason-utf8 = not UTF-8 text
link-bad-escape = This link's #scenario= text is not valid URI encoding.
link-invalid = This link's scenario is not valid.
link-too-large = This link’s scenario is too large: over 1 MiB.

# Heading over the engine's problem list; each line names the JSON path of
# the value it is about.
error-scenario-problems =
    { $count ->
        [one] The scenario has { $count } problem:
       *[other] The scenario has { $count } problems:
    }
# One problem: $path is a JSON path such as segments[1].share (never
# translated), $message one of the problem-* messages below.
error-problem = { $path }: { $message }

## problem: every problem the engine reports (crates/engine/src/problem.rs,
## ProblemKind), one key a kind. Paths, field names, JSON fragments and
## code in backticks stay as they are; numbers are numbers. Phrases such as
## problem-type-* and problem-syntax-* are put into other problems' messages.

problem-too-large = too large: over 1 MiB ({ $bytes } bytes; the limit is { $limit } bytes)
problem-wrong-results = this is a results file (the numbers of one run, as `worthit run --json` and the page's results download write them), not a scenario: open the scenario file it was computed from instead
problem-wrong-compare-results = this is a comparison results file (the numbers of an A vs. B run, as `worthit compare --json` and the page's comparison download write them), not a scenario: open the comparison file or the two scenario files instead
problem-wrong-comparison = this is a comparison file (two scenarios, A and B), not a single scenario: open it with `worthit compare FILE`, or with Open on the page, which starts compare mode
problem-wrong-scenario = this is a single scenario, not a comparison file: open it with `worthit run FILE`, or compare two scenarios with `worthit compare A B`
problem-not-json = not a JSON document: { $detail }
problem-json-syntax = line { $line }, column { $column }: JSON syntax error: { $detail }
problem-scenario-not-object = expected a JSON object (a scenario with "schema": { $version }), got { $found }
problem-comparison-not-object = expected a JSON object (a comparison with "kind": "{ $tag }")
problem-version-missing = missing: expected "schema": { $version } (the { $format } format version)
problem-version-not-whole = expected the whole number { $version }, got { $got }
problem-version-unsupported = unsupported { $format } format version { $got }; this worthit reads version { $version }
problem-version-not-number = expected the format version number { $version }, got { $found }
problem-version-not-number-value = expected the { $format } format version number { $version }, got { $got }
problem-kind-missing-scenario = missing: this looks like a scenario, not a comparison document ("kind": "{ $tag }" with scenarios "a" and "b")
problem-kind-missing = missing: expected "kind": "{ $tag }"
problem-kind-wrong = expected "{ $tag }", got { $got }
problem-unknown-field = unknown field `{ $field }`, expected one of { $expected }{ $at }
problem-unknown-field-one = unknown field `{ $field }`, expected { $expected }{ $at }
problem-unknown-field-none = unknown field `{ $field }` (this rule takes no other fields){ $at }
problem-unknown-variant = unknown variant `{ $name }`, expected one of { $expected }{ $at }
problem-unknown-variant-one = unknown variant `{ $name }`, expected { $expected }{ $at }
problem-missing-field = missing: this field is required{ $at }
problem-missing-dist = missing: this field is required (the distribution: fixed, normal, lognormal, uniform or triangular){ $at }
problem-missing-rule = missing: this field is required (the rule: threshold, beat_alternatives or logit){ $at }
problem-duplicate-field = appears twice in the same object{ $at }
problem-invalid-type = invalid type: { $found }, expected { $expected }{ $at }
problem-invalid-value = invalid value: { $found }, expected { $expected }{ $at }
problem-invalid-length = invalid length { $length }, expected { $expected }{ $at }
problem-repeated-key = the key { $key } appears twice in this object{ $at }
problem-structure = { $detail }
problem-line-column = {" "}(line { $line }, column { $column })
problem-users-range = must be between 1 and { $max } people, got { $got }
problem-too-many-alternatives = at most { $max } alternatives, got { $got }
problem-too-many-screenshots = at most { $max } screenshots, got { $got }
problem-too-many-screenshot-kinds = at most { $max } screenshot kinds, got { $got }
problem-too-many-segments = at most { $max } segments, got { $got }
problem-unknown-screenshot = unknown screenshot kind { $kind }; expected one of { $builtin } or a kind defined in product.screenshot_effects
problem-not-positive = must be > 0, got { $got }
problem-clarity-not-positive = must be > 0 (it multiplies the spread of value), got { $got }
problem-negative = must be ≥ 0, got { $got }
problem-viewed-range = must be between 0 and { $max } (mean screenshots viewed), got { $got }
problem-no-positive-share = at least one segment needs a share > 0 (shares are normalised to sum to 1)
problem-periods-range = must be between 1 and { $max }, got { $got }
problem-unknown-cost = unknown cost { $name }; expected one of { $costs }
problem-listed-twice-quoted = { $name } is listed twice
problem-listed-twice = { $name } is listed twice
problem-cost-not-recurring = { $name } is not in retention.recurring, so it is never paid again; add it there or remove this cost
problem-cost-negative = a cost must be ≥ 0, got { $got }
problem-cost-mean-negative = a cost's mean must be ≥ 0, got { $got }
problem-lognormal-negative = a lognormal is never negative: mean must be ≥ 0, got { $got }
problem-lognormal-mean = a lognormal with sd > 0 needs mean > 0, got { $got } (use sd 0 for a fixed amount)
problem-lognormal-spread = too large relative to the mean for a lognormal (sd/mean must be below 1e150), got sd { $sd } with mean { $mean }
problem-below-min = must be ≥ min ({ $min }), got { $got }
problem-below-mode = must be ≥ mode ({ $mode }), got { $got }
problem-cost-uniform-mean = a cost's mean (min + max) / 2 must be ≥ 0, got { $got }
problem-cost-triangular-mean = a cost's mean (min + mode + max) / 3 must be ≥ 0, got { $got }
problem-sd-negative = must be ≥ 0 (a standard deviation), got { $got }
problem-unit-range = must be between 0 and 1, got { $got }
problem-not-finite = must be a finite number, got { $got }
problem-magnitude = must be between -{ $max } and { $max }, got { $got }
problem-currency = must be a three-letter ISO 4217 currency code such as "USD", got { $got }
problem-not-positive-number = must be a positive number, got { $got }
problem-not-non-zero = must be a non-zero number, got { $got }
problem-rho-range = must be between -1 and 1, got { $got }
problem-self-correlation = a quantity cannot be correlated with itself ({ $quantity } on both ends)
problem-quantity-missing = { $quantity } is not in the scenario; give it a distribution first
problem-pair-twice = the pair { $a } – { $b } is already given at correlations[{ $first }]
problem-impossible-correlations = these correlations are impossible together (no population has them all, and a pair not listed counts as 0; the matrix is not positive semi-definite): { $pairs }; weaken one of them or list the missing pair
problem-correlation-pair = correlations[{ $index }] ({ $a } – { $b }, rho { $rho })
problem-title-empty = must not be empty (it is the exercise's heading)
problem-too-many-characters = at most { $max } characters, got { $got }
problem-goal-target = must be a share between 0 and 1 (0.4 is 40%), got { $got }
problem-goal-segment-unused = only used with metric "segment_adoption"; remove it or change the metric
problem-goal-needs-retention = metric "retained_share" needs a "retention" block in the scenario
problem-goal-needs-segment = metric "segment_adoption" needs the name of a segment
problem-unknown-segment = no segment is named { $name }; expected one of { $names }
problem-editable-empty = name at least one input students may change, e.g. "product.costs"
problem-too-many-entries = at most { $max } entries, got { $got }
problem-unknown-preset = no bundled preset has this id
problem-predict-winner-tolerance = a "winner" prediction is right or wrong; remove the tolerance
problem-predict-tolerance = must be a share above 0 and at most 1 (0.2 is 20 points), got { $got }
problem-editable-exercise = the exercise itself cannot be editable
problem-unknown-input = unknown input { $path }; expected one of { $inputs }
problem-fit-empty = name 1 to 3 inputs to fit, e.g. ["product.value.mean"]
problem-too-many-inputs = at most { $max } inputs, got { $got }
problem-cannot-fit = { $path } cannot be fitted: { $why }
problem-observed-empty = give at least one observation: {"{"}"users": N, "adopters": K{"}"}
problem-too-many-observations = at most { $max } observations, got { $got }
problem-observed-no-users = must be at least 1 (the people who saw this version)
problem-adopters-over-users = must be ≤ users ({ $users }), got { $got }
problem-retained-over-adopters = must be ≤ adopters ({ $adopters }), got { $got }
problem-retained-needs-retention = needs a retention block ("retention": {"{"}"periods": 30, "notice": 0.5{"}"}) to predict who stays; see docs/calibration.md
problem-experience-pair = product.experience can only be correlated with product.value, got { $quantity } (its correlation with a cost follows through the value)
problem-set-invalid = makes an invalid scenario: { $problem }
problem-set-loses-fit = leaves calibration.fit[{ $index }] without a number: { $why }
problem-posterior-inputs = must list the fitted inputs in order ({ $inputs }); run worthit calibrate again
problem-posterior-draws = needs 1 to { $max } draws, got { $got }
problem-draw-length = needs one number per input ({ $inputs }), got { $got }
problem-draw-not-finite = must be finite numbers, got { $got }
problem-calibration-missing = missing: add a calibration block with "fit" (the inputs to estimate) and "observed" (users and adopters); see docs/calibration.md
problem-simulated-range = simulated people must be between 1 and { $max }, got { $got }
problem-not-a-path = not an input path ({ $why }); expected e.g. product.value.mean or segments[0].share
problem-path-no-name = a name is missing after a dot
problem-path-unclosed-quote = an unclosed quoted key
problem-path-quote-bracket = a quoted key must be followed by ]
problem-path-unclosed-bracket = an unclosed [
problem-path-index = an index must be a whole number ≥ 0
problem-path-character = unexpected character
problem-path-empty = empty
problem-not-a-number = not a number
problem-not-set = is not set (null), so it has no number to read
problem-is-not-number = is { $found }, not a number
problem-no-such-index = does not exist: { $parent } has { $items } item(s), indexed from 0
problem-no-such-step = does not exist: { $parent } is { $found }
problem-no-such-key = does not exist: { $parent } has no { $key } (it has { $has })
problem-expected-number-got = expected a number, got { $found }
problem-cannot-scale-sd = cannot set: this distribution's sd is { $sd }, so it cannot be scaled to { $got } (set min, mode and max instead)
problem-target-share = must be a share between 0 and 1, got { $got }
problem-not-an-input = is not a model input (it changes which people are simulated, not what they perceive); solve for a value, cost, weight or effect
problem-solve-unfinished = the solve was not run to the end
problem-draw-count = has { $got } number(s) for { $inputs } input(s)
problem-no-draws = no draws to run
problem-type-null = null
problem-type-boolean = a boolean
problem-type-number = a number
problem-type-string = a string
problem-type-array = an array
problem-type-list = a list
problem-type-object = an object
problem-format-scenario = scenario
problem-format-comparison = comparison
problem-here-scenario = the scenario
problem-keys-nothing = nothing
problem-syntax-eof-list = EOF while parsing a list
problem-syntax-eof-object = EOF while parsing an object
problem-syntax-eof-string = EOF while parsing a string
problem-syntax-eof-value = EOF while parsing a value
problem-syntax-colon = expected `:`
problem-syntax-comma-bracket = expected `,` or `]`
problem-syntax-comma-brace = expected `,` or `{"}"}`
problem-syntax-ident = expected ident
problem-syntax-value = expected value
problem-syntax-escape = invalid escape
problem-syntax-number = invalid number
problem-syntax-range = number out of range
problem-syntax-unicode = invalid unicode code point
problem-syntax-control = control character (\u0000-\u001F) found while parsing a string
problem-syntax-key = key must be a string
problem-syntax-trailing-comma = trailing comma
problem-syntax-trailing = trailing characters
problem-syntax-recursion = recursion limit exceeded
problem-found-string = string { $value }
problem-found-integer = integer { $value }
problem-found-float = floating point { $value }
problem-found-boolean = boolean { $value }
problem-found-sequence = sequence{ $value }
problem-found-map = map{ $value }
problem-found-null = null{ $value }
problem-expected-number = a number
problem-expected-whole = a whole number ≥ 0
problem-expected-string = a string
problem-expected-boolean = a boolean
problem-expected-sequence = a sequence
problem-expected-map = a map
problem-expected-object = an object
problem-expected-dist = a distribution such as {"{"}"dist": "normal", "mean": 1.0, "sd": 0.5{"}"}
problem-expected-decision = a decision such as {"{"}"rule": "beat_alternatives"{"}"}

panic-message = Something went wrong inside worthit and the page stopped. Please reload it; if this happens again, report this message: { $detail }
panic-in-worker = in the simulation worker: { $detail }

## time: adoption over time, the editor's Time section and the results'
## funnel (people → aware → adopted). Terms: "outside reach" (p, marketing),
## "word of mouth" (q), "conversion" (the aware who adopt).

editor-group-time = Time
time-hint = People hear of the product week by week, from marketing and from those who already adopted; each decides once, when they first hear of it.
time-on = Simulate adoption over time
time-periods = Periods (weeks)
time-periods-hint = How many weeks to simulate, 1 to 520 (ten years).
time-p = Outside reach (p)
time-p-hint = Marketing: each week, a person who has not heard of it yet hears of it from ads, stores or press with this chance.
time-q = Word of mouth (q)
time-q-hint = Each week, a person who has not heard of it yet also hears of it from adopters with chance q × the share adopted so far.
time-social-proof = Social proof
time-social-proof-hint = Seeing others adopt eases doubts: the trust cost falls by this fraction × the share adopted so far.
time-averages = Use published averages
time-averages-hint = p = 0.03 and q = 0.38, the means over 213 published applications of the Bass model (Sultan, Farley & Lehmann 1990).

funnel-title = Reach and conversion
funnel-label = Funnel from all people to those who heard of the product to those who adopted it
funnel-people = People
funnel-aware = Heard of it
funnel-adopted = Adopted
# $count: a number; $share: its share of all people (43.1%).
funnel-count-share = { $count } · { $share }
# $conversion: the share of those who heard of it who adopted (49.3%).
funnel-conversion = { $conversion } of those who heard of it
# $period: the last period (a number); $aware and $conversion: percentages.
funnel-verdict-reach = Reach (marketing) is the bottleneck: by period { $period } only { $aware } have heard of it, though { $conversion } of them adopt. More outside reach (p) or word of mouth (q) would help most.
funnel-verdict-conversion = Conversion (operations) is the bottleneck: { $aware } have heard of it, but only { $conversion } of them adopt. Raise the value or cut the costs; more marketing adds little.
funnel-verdict-both = Reach and conversion both hold adoption back: by period { $period } only { $aware } have heard of it and only { $conversion } of them adopt.
funnel-verdict-neither = Neither reach nor conversion holds adoption back: { $aware } have heard of it and { $conversion } of them adopt.
funnel-verdict-no-reach = No one has heard of it by period { $period }: reach (marketing) is the whole bottleneck. Without outside reach (p = 0), word of mouth has no one to start from.

## embed: the compact layout for iframes, the Embed dialog that writes
## the iframe snippet, and the notice about query parameters the page
## could not use. Parameter names (controls, lock, host) and origins such
## as https://lms.example.edu stay as they are.

embed-region = worthit simulation
embed-open-full = Open in full worthit
embed-open-full-hint = Opens this scenario in a new tab with every control.
embed-button = Embed
embed-dialog = Embed this simulation
embed-intro = Paste this HTML into a course page or an LMS. It shows the current scenario with the options below.
embed-intro-compare = Paste this HTML into a course page or an LMS. It shows this comparison (A vs. B) with the options below.
embed-controls = Controls people can use
embed-controls-none = None: show the results only
embed-lock-all = Lock every value (people can look but not change)
embed-lang = Language
embed-lang-visitor = The visitor's browser language
embed-compare = Start in compare mode (A vs. B)
embed-host = Host page origin (optional)
embed-host-hint = Only this origin may send worthit:load and worthit:run messages, for example https://lms.example.edu.
embed-host-invalid = This is not an origin: write it as https://name.example, without a path.
embed-fit = Resize the frame to fit its content (adds a short script)
embed-code = HTML to paste
embed-copy = Copy
embed-copied = Copied.
embed-copy-manual = The browser did not allow copying: select the text and press Ctrl+C or ⌘C.
embed-preview = Preview
embed-done = Done
embed-predict = Ask for a prediction before showing the result
embed-lms = Download for LMS
embed-lms-help = A SCORM 1.2 package of this scenario for Moodle, Canvas, Blackboard and other learning platforms: it reports completion, pass or fail by the exercise's goal, the prediction's score and the time spent.
embed-lms-help-compare = A SCORM package of this comparison (A vs. B) for Moodle, Canvas, Blackboard and other learning platforms: it opens in compare mode and reports completion, the prediction's score and the time spent.
embed-lms-building = Building the package…
embed-lms-done = The package is downloaded.
# $reason: why, in English (a missing file of the page, for example).
embed-lms-failed = The package could not be built: { $reason }
# The launch page of the LMS package (crates/lms): the frame's name and
# the notice when it is opened outside a learning platform.
lms-frame-title = worthit simulation: { $title }
lms-no-lms = No learning platform was found: this activity works, but nothing is recorded.
# The package's title for a comparison: the two variants' titles.
lms-comparison-title = { $a } vs. { $b }
# The iframe's accessible name in the host page; $title is the scenario's title.
embed-iframe-title = worthit simulation: { $title }
embed-warning-title = Some settings in this page's address were ignored.
# $name is embed or compare; $value is what the address says.
embed-warning-flag = “{ $name }={ $value }” is not a yes/no value; use 1 or 0.
embed-warning-control = “{ $name }” is not a group of controls.
embed-warning-lock = “{ $path }” is not a scenario path such as product.costs.money.
embed-warning-preset = There is no preset “{ $id }”.
embed-warning-scenario-escape = The scenario in the address is not valid URI encoding.
embed-warning-scenario = The scenario in the address is not valid:
embed-warning-host = “{ $host }” is not an origin such as https://lms.example.edu, so worthit sends no messages to its host page and obeys none.

## lab: the screenshot lab. Compare mode edits variants A and
## B side by side; "the verdict" compares them on the same simulated
## people; the strip editor orders the store page's screenshots; "which
## screenshot next?" ranks additions; the claim explorer shows adoption
## against claim strength. A and B are the variants' names in every
## language. $points, $interval, $share, $claim, $probability, $value and
## $factor are already formatted; $count, $position, $done and $total are
## numbers.

compare-toggle = Compare A/B
compare-toggle-hint = Edit two variants side by side and see which wins, on the same simulated people.
compare-toggle-hint-kept = Edit two variants side by side; your variant B is kept and comes back.
compare-title = Compare A and B
compare-switch-label = Variant to work on
compare-edit-a = Work on A
compare-edit-b = Work on B
compare-variant-a = A: baseline
compare-variant-b = B: variant
compare-b-people = B is simulated on A's people with A's seed, so only what you change makes a difference.
compare-diff-title = What B changes
compare-diff-count =
    { $count ->
        [one] B differs from A in { $count } place:
       *[other] B differs from A in { $count } places:
    }
compare-diff-other = Other
compare-same-yet = B is still a copy of A. Change B's screenshots, claim or anything else to compare.
compare-reset-b = Start B again from A (discards B’s changes)

verdict-title = Verdict: A vs. B
verdict-pill = B vs. A: { $points } points · P(B better) { $probability }
verdict-waiting = Simulating A and B on the same people…
verdict-lift = B − A
verdict-points = { $points } points
verdict-interval = 95% interval { $interval }
verdict-probability = P(B > A) { $probability }
verdict-barriers-title = What holds non-adopters back, A and B
verdict-change = Change (points)
verdict-no-barriers = Neither variant has any cost.
verdict-download-json = Download JSON
verdict-download-csv = Download CSV

strip-title = Screenshots of { $variant }
strip-hint = In store order. Drag a card, or focus it and press the arrow keys, to move it. Under each card: the share of people who look that far.
strip-empty = No screenshots: value rests on the description alone.
strip-card-label = Screenshot { $position } of { $count }: { $name }
strip-effect-value = value { $value }
strip-effect-clarity = clarity { $change }%
strip-effect-trust = trust cost { $value }
strip-repeat = repeat: counts { $weight }
strip-unknown-kind = Unknown kind: it has no effect.
strip-reach = { $share } look this far
strip-earlier = Move { $name } (position { $position }) earlier
strip-later = Move { $name } (position { $position }) later
strip-remove = Remove { $name } (position { $position })
strip-moved = { $name } moved to position { $position } of { $count }.
strip-added = { $name } added at position { $position }.
strip-add-label = Screenshot kind to add
strip-add = Add
strip-full = A store page holds at most 10 screenshots.

lab-single-label = Screenshot lab
next-title = Which screenshot next?
next-title-variant = Which screenshot next for { $variant }?
next-intro = For the current strip: how adoption changes if you add each kind of screenshot at each position, best first.
next-note = Each candidate is compared with the current strip on the same { $users } simulated people.
next-candidate = { $name } at position { $position }
next-lift = { $points } points ({ $interval })
# $interval is a range of points; $share a percentage; $spread the ±
# spread of the effect prior (50%); $draws a number; $users a count.
next-plausible = · plausible effects: { $interval }
next-robust = The top candidate is best in { $share } of plausible effect sizes (every built-in screenshot effect varied by ±{ $spread }, { $draws } draws of { $users } simulated people). The “plausible effects” ranges cover that doubt and the simulation's noise; the intervals before them, the noise alone.
next-robust-posterior = The top candidate is best in { $share } of the draws from your fitted inputs' posterior ({ $draws } draws of { $users } simulated people). The “plausible effects” ranges cover what your data leave open and the simulation's noise; the intervals before them, the noise alone.
next-apply = Add
next-apply-label = Add { $candidate }
next-show-all = Show all { $count }
next-show-fewer = Show fewer

claims-title = Claim explorer
claims-title-variant = Claim explorer for { $variant }
claims-intro = How loud should the value claim be? Adoption at each claim strength, on the same simulated people: a modest claim wins people over, an extreme one costs trust.
claims-note = Each point simulates { $users } people.
claims-fewer-people = (The curve simulates { $users } of the scenario’s { $total } people, so its figures can differ a little from the headline’s.)
claims-current-headline = The current claim’s figure is the headline’s.
claims-use-best = Use the best claim ({ $claim })

lab-progress-label = Lab progress
lab-progress-people = Simulating { $done } of { $total } people in A and B…
lab-progress-candidates = Trying screenshot { $done } of { $total }…
lab-progress-claims = Trying claim { $done } of { $total }…
lab-cancelled = Stopped. The numbers shown are from an earlier setting.
lab-failed = This could not be worked out:

lab-link-damaged = This link's comparison is damaged; was the link cut short?
lab-link-bad-escape = This link's #comparison= text is not valid URI encoding.
lab-link-invalid = This link's comparison is not valid.
lab-link-too-large = This link’s comparison is too large: over 1 MiB.

## exercise
# The classroom exercise panel (src/exercise/). An exercise's own title,
# instructions and hint are written by the teacher inside the scenario and
# shown as written; these messages are the panel around them.

exercise-label = Exercise
# $target: a percentage such as 45%.
exercise-goal-adoption-at-least = Reach { $target } adoption or more
exercise-goal-adoption-at-most = Keep adoption at { $target } or less
# $segment: the name of an audience segment, as written in the scenario.
exercise-goal-segment-at-least = Reach { $target } adoption or more among { $segment }
exercise-goal-segment-at-most = Keep adoption among { $segment } at { $target } or less
exercise-goal-retained-at-least = Reach { $target } retained adopters or more
exercise-goal-retained-at-most = Keep retained adopters at { $target } or less
# $goal: one of the exercise-goal-* sentences above; $controls: a list of
# exercise-control-* names.
exercise-goal-changing-only = { $goal }, changing only { $controls }.
# Joins the last two names of a list: "the trust cost and the safety cost".
exercise-list-and = { " and " }
exercise-status-waiting = Checking…
exercise-status-met = Goal met
exercise-status-not-met = Not met yet
exercise-status-predict-first = Make your prediction first: the result shows once it is locked.
# In compare mode, where the exercise's goal (about one scenario) is not
# checked: where to check it.
exercise-status-compare = In compare mode the goal is not checked, since it is about one scenario: compare A’s and B’s adoption in the verdict with it, or leave compare mode to check it.

## predict
# Predict, then reveal, then score (src/exercise/predict.rs). The
# prediction is a share of the people, typed as a percentage.
predict-title = Your prediction
predict-question = Before you see the result: what share of the people do you think will adopt the product?
predict-label = Your prediction of the adoption share
# Shown after the input box, and read with it.
predict-unit = % of the people
predict-lock = Lock my prediction
predict-help = A number from 0 to 100. Once locked it cannot be changed; then the result is shown and scored.
predict-invalid = Enter a number from 0 to 100, such as 45 or 45.5.
predict-waiting = Prediction locked. Simulating…
predict-result-title = Your prediction, scored
predict-yours = You predicted
predict-actual = The simulation (95% interval)
predict-error-points = Error (percentage points)
predict-inside = Inside the 95% interval
predict-inside-yes = yes
predict-inside-no = no
predict-score = Score
# $score: a number from 0 to 1, such as 0.75.
predict-score-value = { $score } of 1
predict-rule = The score is 1 anywhere inside the simulation's 95% interval and falls to 0 at { $tolerance } points outside it.
# The live region's text after the reveal. $actual, $predicted: percentages;
# $interval: a range such as 42.8–43.4%; $error: signed points such as +6.9;
# $inside: "yes" or "no" (a selector); $score: 0 to 1.
predict-revealed = Adoption came out at { $actual } (95% interval { $interval }). You predicted { $predicted }: an error of { $error } points, { $inside ->
        [yes] inside
       *[no] outside
    } the interval. Score: { $score } of 1.
# $current, $target: percentages.
exercise-status-detail = Now { $current }; the goal is { $target }.
exercise-locked-note = Controls outside the goal are locked.
# $users: a number of people; $seed: the seed of the random numbers.
exercise-same-numbers = Everyone who opens this page's share link simulates the same { $users } people (seed { $seed }) and gets the same numbers.
exercise-show-hint = Show hint
exercise-hide-hint = Hide hint
exercise-reset = Reset exercise
exercise-leave = Leave exercise
exercise-start = Start exercise
# $title: the exercise's title, as written in the scenario.
exercise-offer = This preset comes with a classroom exercise: “{ $title }”.

# The inputs an exercise can open, as they read inside the goal sentence.
exercise-control-title = the title
exercise-control-seed = the seed
exercise-control-users = the number of people
exercise-control-product = the product
exercise-control-product-name = the product name
exercise-control-product-value = the perceived value
exercise-control-product-claim = the value claim
exercise-control-product-credibility = the credibility
exercise-control-product-costs = the costs
exercise-control-cost-money = the money cost
exercise-control-cost-time = the time cost
exercise-control-cost-learning = the learning cost
exercise-control-cost-trust = the trust cost
exercise-control-cost-emotional = the emotional cost
exercise-control-cost-safety = the safety cost
exercise-control-product-screenshots = the screenshots
exercise-control-product-screenshot-effects = the screenshot effects
exercise-control-alternatives = the alternatives
exercise-control-segments = the audience segments
exercise-control-decision = the decision rule
exercise-control-diffusion = the time settings (reach and word of mouth)
exercise-control-diffusion-periods = the number of periods
exercise-control-diffusion-p = the outside reach (p)
exercise-control-diffusion-q = word of mouth (q)
exercise-control-diffusion-social-proof = social proof
exercise-control-exercise = the exercise

## data: grounding the scenario in observed counts. "Your
## data" fits inputs to what real people did (a calibration); "fit" means
## estimating an input from data; a "95% credible interval" holds the input
## with 95% probability given the data; the "predictive check" compares
## what was observed with what the fitted model predicts. Paths such as
## product.value.mean and calibration.observed[0].adopters stay as they
## are ($field is always one). A and B are the variants' names.
data-title = Your data
data-lede = Start from what real people did: how many saw this product and how many adopted. worthit fits the inputs you pick to those counts and says how sure it can be.
data-lede-variants = Enter what each variant got in a real store listing experiment. worthit fits the value and the effect of what differs between A and B to both counts.
data-mode-label = What the counts are of
data-mode-one = One count
data-mode-arms = A past experiment’s two arms
data-row-one = Observed
data-row-arm = Arm { $arm }
data-row-variant = Variant { $variant }
data-users = People who saw it
data-adopters = People who adopted
data-users-arm = Arm { $arm }: people who saw it
data-adopters-arm = Arm { $arm }: people who adopted
data-users-variant = { $variant }: people who saw it
data-adopters-variant = { $variant }: people who adopted
data-retained = Retained adopters (optional)
data-retained-arm = Arm { $arm }: retained adopters (optional)
data-retained-variant = { $variant }: retained adopters (optional)
data-set-arm = Arm { $arm }: what was different (JSON, path → value; empty if nothing)
data-fit-legend = Inputs to fit (up to { $max })
data-fit-other = Another input, by its path
data-fit-add = Add
data-field-mean = mean
data-field-sd = spread (sd)
data-field-value = value
data-input-value = Perceived value, { $field }
data-input-claim = Value claim
data-input-experience = Experienced value, { $field }
data-input-use-cost = { $cost } cost per period of use, { $field }
data-input-cost = { $cost } cost, { $field }
data-input-effect-value = { $name } screenshots: value effect
data-input-effect-trust = { $name } screenshots: trust effect
data-input-effect-clarity = { $name } screenshots: clarity
data-run = Fit to my data
data-problems = Nothing was fitted; the scenario is unchanged. Please correct:
data-problem-required = { $field }: enter a number.
data-problem-whole = { $field }: enter a whole number of people.
data-problem-negative = { $field }: a count cannot be negative.
data-problem-no-users = { $field }: at least one person must have seen it.
data-problem-over = { $field }: there cannot be more adopters than people who saw it.
data-problem-retained-over = { $field }: there cannot be more retained adopters than adopters.
data-problem-set = { $field }: this must be a JSON object of path → value ({ $reason }).
data-problem-unknown = { $field }: the scenario has no input by this path.
data-problem-not-numeric = { $field }: this input is not a number, so it cannot be fitted.
data-problem-no-fit = { $field }: pick at least one input to fit.
data-problem-too-many = { $field }: pick at most { $max } inputs.
data-problem-repeated = { $field }: this input is picked twice.
data-problem-no-observation = { $field }: enter at least one observed count.
data-fit-title = Fitted inputs (median and 95% credible interval)
data-estimate = { $estimate } (95%: { $lo } to { $hi })
data-posterior-title = What the data say about each input
data-legend-estimate = Median and 95% credible interval
data-legend-predicted = Predicted share and 95% interval
data-legend-observed = Observed share
data-check-title = Can the fitted model reproduce your data?
data-check-chart-title = Observed and predicted shares
data-check-row = Observation { $n } (observed { $observed })
data-check-line = Observation { $n }: observed { $observed } ({ $adopters } of { $users }); the fitted model predicts { $predicted } ({ $interval }).
data-check-retained-row = Observation { $n }, still using it (observed { $observed })
data-check-retained-line = Observation { $n }, who stays: observed { $observed } still using it ({ $retained } of { $users }); the fitted model predicts { $predicted } ({ $interval }).
data-check-retained-predicted = Observation { $n }, who stays: the fitted model predicts that { $predicted } of these people adopt and still use it at the horizon ({ $interval }).
data-check-ok = Every observed share lies inside the model’s 95% prediction interval.
data-check-misfit = The model cannot reproduce observation { $list }: even at its best fit the observed share lies outside what it predicts. Something the scenario leaves out matters here; treat its answers with care.
data-warning-cannot-reproduce = The model cannot reproduce observation { $n }: { $observed } adopted, but with the fitted inputs it predicts { $interval }. Something the fit holds fixed differs from reality: fit another input, or check the counts.
data-warning-cannot-reproduce-retained = The model cannot reproduce who stays in observation { $n }: { $observed } adopted and still use it, but with the fitted inputs it predicts { $interval }. Check which costs recur and what use delivers, or fit one of them.
data-warning-underdetermined = { $observations } observation(s) for { $inputs } inputs: the data cannot pin down every input, so some intervals mostly show what is left open.
data-warning-confounded = The data cannot tell { $a } and { $b } apart (correlation { $correlation }): they only fix a combination of the two.
data-warning-flat = The data say little about { $input }: its interval covers more than half of the range searched.
data-warning-edge = { $input } presses against the end of its allowed range ({ $bound }): the data may want a value beyond it.
data-warning-no-fit = No value in the allowed ranges can produce these counts: nothing was fitted.
data-warning-monte-carlo = The simulation's own noise is not small next to the interval of { $input }: simulate more people.
data-progress = Fitting: { $done } of { $total } simulated people…
data-interval-note = Intervals here are parameter uncertainty: what the data leave open about each input. Simulation noise is far smaller.
data-apply = Use as the new baseline
data-undo = Undo
data-applied = The calibrated scenario is now the baseline; its answers include parameter uncertainty.
lab-progress-evaluations = Evaluating { $done } of { $total }…

# The effects editor on the screenshot strip cards. $name is a screenshot
# kind's name.
effects-edit = Edit the effects of this screenshot kind
effects-label = Effects of { $name } screenshots
effects-value = Value (points)
effects-clarity = Clarity change (%)
effects-trust = Trust cost (points)
effects-default = Illustrative built-in effects; change them to use your own.
effects-own = Your own effects for this kind (all its screenshots).
effects-reset = Back to the built-in effects
effects-error = { $field }: enter a number (clarity change below 100%).

# Beside the A/B verdict. $kinds is a list of screenshot kinds' names.
verdict-caveat = The effects of { $kinds } are illustrative defaults, not measured: the verdict is only as good as they are. Edit them on the strip cards, or fit them to your counts under “Your data”.

# "What would it take?" under the headline. $input is an input's name.
solve-summary = What would it take to reach a target?
solve-input = Change this input
solve-target = Target adoption (%)
solve-run = Find the value
solve-answer = { $input } at { $value } brings adoption to { $share }.
solve-not-monotone = Adoption does not move one way only with this input: other values may reach the target too; this is the one nearest today’s.
solve-unreachable = No value of { $input } between { $lo } and { $hi } brings adoption to { $target }: across that range adoption goes { $reachable }.
solve-apply = Apply this value
solve-problem-target = { $field }: enter a share between 0 and 100%.

# Under the headline of a calibrated scenario. $interval and $parameters
# are share ranges such as 31.2–35.0%; $draws a number.
uncertainty-line = With parameter uncertainty: { $interval } (95%; the fitted inputs alone { $parameters }, over { $draws } posterior draws). The interval above covers simulation noise only.
uncertainty-title = Includes what the data leave open about the fitted inputs, not only the simulation's noise
uncertainty-waiting = Working out the interval with parameter uncertainty…
# Followed by the engine's reasons, each in its own words.
uncertainty-failed = The interval with parameter uncertainty could not be worked out:
# Under the what-if chart. $change is a change in points such as +1.5
# points; $interval a range of points; $draws a number; $people a count.
what-if-extra-interval = { $change } adoption here, { $interval } with the fitted inputs' uncertainty
what-if-extra-retained = { $change } retained adopters
what-if-extra-summary-retained = Each what-if’s change in retained adopters
what-if-extra-summary-interval = Each what-if with the fitted inputs’ uncertainty
what-if-extra-summary-both = Each what-if with the fitted inputs’ uncertainty, and its change in retained adopters
what-if-extra-note = “With the fitted inputs' uncertainty” is a 95% interval of the what-if's effect over { $draws } posterior draws ({ $people } simulated people each): what your data leave open about the fitted inputs and the simulation's noise together. The bars show this run's effect, whose only error is the simulation's.

# Plan the test (compare mode). $a and $b are adoption shares; $visitors a
# formatted count; $power a percentage such as 80%.
plan-title = Plan the test
plan-intro = A store listing experiment of A ({ $a }) against B ({ $b }): how many visitors does it need to tell them apart?
plan-visitors = Visitors per variant
plan-confidence = Confidence
plan-power-target = Power wanted
plan-power = chance the test declares the better variant, with { $visitors } visitors each
plan-needed = visitors per variant for { $power } power
plan-mde = smallest lift detectable with { $power } power
plan-no-difference = A and B adopt alike here: no number of visitors tells them apart.
# Assurance in "Plan the test". $winner is A or B; $visitors and $max
# formatted counts (or a percentage for unreachable); $draws a number.
plan-assurance = assurance: the chance the test declares { $winner } the winner with { $visitors } visitors each, averaged over { $draws } posterior draws of the fitted inputs (their uncertainty and the simulation's, not only the simulation's).
plan-assurance-with-prior = assurance: the chance the test declares { $winner } the winner with { $visitors } visitors each, averaged over { $draws } draws of the fitted inputs and of the illustrative screenshot effects (their uncertainty and the simulation's).
plan-assurance-needed = { $visitors } visitors per variant reach { $power } assurance.
plan-assurance-unreachable = No number of visitors reaches { $power } assurance: at most { $max } can be reached, because in some draws the other variant is better.
plan-assurance-too-many = { $power } assurance needs more than { $max } visitors per variant.
plan-problem-visitors = { $field }: enter a whole number of visitors from 1 to { $max }.
plan-note = A two-sided test of two proportions, as store listing experiments run it. The shares are the model's, so the plan is only as good as the inputs: fit them to your counts under “Your data” first.
# $share: the share of draws B wins in; $spread: how far each effect is
# varied (50%); $interval: the lift's range in points over the draws.
verdict-robust = With every built-in effect varied by ±{ $spread }, B wins in { $share } of plausible effect sizes (lift { $interval } over { $draws } draws; this spread covers the effects’ doubt and simulation noise).

exercise-solve-hint = Computed hint: { $input } at about { $value } would reach { $target }.
exercise-solve-hint-none = Computed hint: { $input } alone cannot reach the goal; try changing something else too.
## Start-up failure, shown by www/boot-check.js before the page runs (it
## cannot fetch this file then, so it holds a copy; a test checks they match).
boot-load-failed-embedded = worthit could not load its files. The server that hosts worthit must send the header Access-Control-Allow-Origin: * with its .js, .wasm, .css and .ftl files, because this frame loads them from an opaque origin (see docs/embedding.md, Headers).
boot-load-failed-page = worthit could not load its files. Check the connection and reload the page.
## Who stays (retention): chart labels, summary sentences, the
## headline's retained adopters, the drop-off card, compare mode, the claim
## explorer and the editor's Retention group.

label-title-retention = Who stays after adopting
label-axis-periods-since-adoption = Periods since adopting
label-legend-still-using = Still using it
label-legend-adopted = Adopted
label-legend-retained = Retained adopters
label-legend-best-retained-claim = Most retained at { $claim }
retention-headline =
    { $periods ->
        [one] After { $periods } period, { $share } of all people have adopted and still use it (95% interval { $interval }).
       *[other] After { $periods } periods, { $share } of all people have adopted and still use it (95% interval { $interval }).
    }
retention-loss =
    { $larger ->
        [expectation] Most of the drop-off is expectation: { $expectation } of people adopted on claims and screenshots that use did not live up to and left, against { $recurring } who left over the recurring costs.
       *[recurring] Most of the drop-off is the recurring costs: { $recurring } of people left over what using it keeps costing, against { $expectation } who left because use fell short of the claims and screenshots.
    }
retention-no-loss =
    { $periods ->
        [one] Everyone who adopts still uses it after { $periods } period.
       *[other] Everyone who adopts still uses it after { $periods } periods.
    }
chart-retention =
    { $periods ->
        [one] Share of all people who adopted and still use the product, period by period after adopting (solid line), against the { $adopted } who adopted (dashed line): { $retained } still use it after { $periods } period.
       *[other] Share of all people who adopted and still use the product, period by period after adopting (solid line), against the { $adopted } who adopted (dashed line): { $retained } still use it after { $periods } periods.
    }
lab-claim-best-retained =
    { $position ->
        [smaller] Retained adopters peak at a smaller claim, { $claim }: { $share } of people still use it, whereas adoption peaks at { $adoption_claim }.
       *[same] Retained adopters peak at a claim of { $claim }: { $share } of people still use it; adoption peaks at { $adoption_claim }.
    }
headline-retained-verb = still use it
headline-retained-label =
    { $periods ->
        [one] Retained adopters: the share of all people who adopted and still use it after { $periods } period
       *[other] Retained adopters: the share of all people who adopted and still use it after { $periods } periods
    }
headline-retained-ci-title = 95% interval (Wilson; Monte Carlo error only)
dropoff-title = Who stays
dropoff-label = From all adopters to those who still use it, with why the others left
dropoff-adopted = Adopted
dropoff-retained =
    { $periods ->
        [one] Still using it after { $periods } period
       *[other] Still using it after { $periods } periods
    }
dropoff-expectation = Left: use fell short of the claims and screenshots
dropoff-recurring = Left: what using it keeps costing outweighs its value
funnel-still-using = Still using it
verdict-retained-title = Retained adopters (a store listing experiment's second metric)
verdict-retained-share = retained
verdict-installs-lift = Adopters (installs): B − A
verdict-retained-lift = Retained adopters: B − A
editor-group-retention = Who stays
retention-hint = After adopting, people use the product and see what it really delivers. Each period they re-decide with the value they experience against the costs that recur; disappointed users leave.
retention-on = Simulate who stays after adopting
retention-periods = Periods of use
retention-periods-hint = How many periods after adopting to follow each user, 1 to 520. Retained adopters are those still using it after the last.
retention-notice = Notice per period
retention-notice-hint = The chance each period that a disappointed user acts on it and leaves: 1 leaves at once; lower values mean habit holds people longer.
retention-recurring = Costs paid again while using
retention-recurring-hint = Ticked costs are paid every period of use; the others (by default learning) only once, before adopting.
retention-use-costs = Costs per period of use
retention-use-costs-hint = For a recurring cost, what one period of use costs where it differs from what people perceived before adopting (a free trial's later subscription, the time a game takes to play).
retention-use-cost-hint = Per period of use, drawn from the same person's perceived cost: whoever expected more pays more.
retention-use-cost-as-perceived = as perceived
retention-experience-on = Experience differs from the impression
retention-experience-title = Experienced value
retention-experience-hint = What using the product delivers. Without it, use delivers the perceived value without the claim's and screenshots' effects (the same person's draw).
retention-experience-rho = How closely experience follows the impression (rho)
retention-experience-rho-hint = 1: whoever expects more also gets more (the same draw). Lower: use surprises people independently of what they expected; 0: the two are unrelated.
exercise-control-retention = the retention settings
exercise-control-retention-periods = the periods of use
exercise-control-retention-notice = the notice per period
exercise-control-retention-recurring = which costs recur
exercise-control-retention-costs = the costs per period of use
exercise-control-product-experience = the experienced value
table-still-using = Still using it
## Correlated perceptions and survey import

# A what-if row of a correlation: $a and $b are quantities ("value", "trust cost").
input-correlation = { $a } ↔ { $b } correlation
editor-group-correlations = How perceptions go together
editor-correlations-hint = People who feel one cost strongly often feel another strongly too. Each word stands for a correlation: strongly 0.6, a little 0.3, not at all 0, the opposite −0.3; the number beside it is exact (−1 to 1).
editor-correlations-empty = No pairs yet: every perception is drawn on its own.
# $who and $also are the phrases below: "People who distrust it also worry about safety:".
editor-corr-sentence = People who { $who } also { $also }:
editor-corr-who-value = value it highly
editor-corr-who-money = find it expensive
editor-corr-who-time = find it takes too long
editor-corr-who-learning = find it hard to learn
editor-corr-who-trust = distrust it
editor-corr-who-emotional = find it a strain
editor-corr-who-safety = worry about safety
editor-corr-who-experience = find it good in use
editor-corr-also-value = value it highly
editor-corr-also-money = find it expensive
editor-corr-also-time = find it takes too long
editor-corr-also-learning = find it hard to learn
editor-corr-also-trust = distrust it
editor-corr-also-emotional = find it a strain
editor-corr-also-safety = worry about safety
editor-corr-also-experience = find it good in use
editor-corr-strongly = strongly
editor-corr-a-little = a little
editor-corr-not-at-all = not at all
editor-corr-opposite = the opposite
# A word that only approximates the exact number beside it.
editor-corr-about = about “{ $word }”
editor-corr-rho = Exact correlation
editor-corr-remove = Remove the pair { $pair }
editor-corr-add-label = Add a pair
editor-corr-add = Add
editor-corr-none-left = Every pair of the value and the costs present is listed.
editor-corr-pair = { $a } ↔ { $b }
editor-corr-refused = Not applied, the scenario is unchanged: { $message }
survey-title = Import a survey
survey-intro = Fit the population to respondents’ 0–10 ratings: a CSV with a value column and any of money, time, learning, trust, emotional, safety (optional segment and adopted). docs/survey.md has a ready questionnaire.
survey-privacy = The file is read in your browser and sent nowhere. The fitted scenario holds no respondent’s row: only means, spreads, shares and correlations.
survey-choose = Choose a CSV file
survey-drop = or drop it here (or anywhere on the page)
survey-reading = Fitting { $name }…
survey-applied = The fitted scenario is now in the editor.
survey-undo = Undo import
survey-undone = Import undone: the scenario from before is back.
survey-refused = { $name } was not imported; the open scenario is unchanged:
survey-unreadable = The import’s answer could not be read.
survey-fitted = Fitted from { $name }: { $used } of { $rows } respondents used ({ $ms } ms, in this browser).
survey-adoption-respondents = Respondents’ own adoption: { $share } (95% interval { $interval }, { $count } respondents).
survey-adoption-simulated = Simulated with the fitted scenario: { $share } (95% interval { $interval }, Monte Carlo error only).
survey-adoption-no-column = The file has no adopted column, so there is no share of respondents to check the simulated one against.
survey-columns-caption = Fitted distributions (the shape with the lower AIC)
survey-col-column = Rating
survey-col-shape = Shape
survey-col-mean = Mean
survey-col-sd = Spread
survey-segments = One segment per answer to the segment question:
survey-segment-item = { $name }: { $count } respondents ({ $share })
survey-correlations = Correlations kept in the scenario:
survey-correlations-none = No correlation was strong enough to keep.
survey-ignored = Ignored columns: { $columns }
survey-skipped = { $skipped } rows were skipped for a bad cell:
survey-more-cells = … and { $count } more

## Texts of the bundled presets: names and exercises (issue 16; docs/translating.md, "Preset texts")


preset-content-account-product = Our account
preset-content-account-alternative-0 = Accounts already followed
preset-content-account-segment-0 = Busy professionals
preset-content-account-segment-1 = Students
preset-content-account-segment-2 = Industry insiders
preset-content-account-exercise-title = Worth the time
preset-content-account-exercise-instructions = The account is free, but it competes for time and attention with feeds people already follow, and busy professionals weigh time 1.6 times. Change only the time and emotional costs (shorter posts, a calmer tone, a clear schedule) to reach 45% adoption.
preset-content-account-exercise-hint = The barriers chart shows time as the biggest barrier. Roughly halving the time cost (1.5 to 0.8) and the emotional cost (0.8 to 0.4) together gets there.

preset-finance-extreme-claim-product = Our savings app
preset-finance-extreme-claim-alternative-0 = Bank savings account
preset-finance-extreme-claim-segment-0 = Cautious savers
preset-finance-extreme-claim-segment-1 = Yield seekers
preset-finance-extreme-claim-exercise-title = Tone down the claim
preset-finance-extreme-claim-exercise-instructions = This app promises a 20% yield a year, far above what people believe (a claim of 9 points against an expected value of 4). Over-claiming backfires: the trust cost grows with the square of the excess, and hardly any cautious saver adopts. Change only the claim to bring adoption back to 32% or more.
preset-finance-extreme-claim-exercise-hint = Try claims between 4 and 9 points (0% to 20% a year) and watch adoption: it rises, then falls, an inverted U. A claim a little above what people already expect (about 5 points, a 4% yield) works best.

preset-finance-modest-claim-product = Our savings app
preset-finance-modest-claim-alternative-0 = Bank savings account
preset-finance-modest-claim-segment-0 = Cautious savers
preset-finance-modest-claim-segment-1 = Yield seekers
preset-finance-modest-claim-exercise-title = Win over the cautious savers
preset-finance-modest-claim-exercise-instructions = The modest yield claim works for yield seekers, but only about one cautious saver in five adopts. Cautious savers weigh trust 1.4 times and safety 1.5 times. Change only the trust and safety costs (think of a licence badge, deposit insurance, reviews) to win at least 40% of the cautious savers.
preset-finance-modest-claim-exercise-hint = Both costs count for this segment. Try halving each of them: trust from 1.2 to 0.6 and safety from 1.0 to 0.5.

preset-game-character-art-product = Our game
preset-game-character-art-alternative-0 = Games already installed
preset-game-character-art-segment-0 = Casual players
preset-game-character-art-segment-1 = Core gamers
preset-game-character-art-exercise-title = Show the game, not just the art
preset-game-character-art-exercise-instructions = Only about 3 in 10 people who see the store page install this free game. Most look at just the first two or three screenshots, and character art alone leaves the value vague. Change only the screenshots (which kinds, in which order) to reach 45% adoption.
preset-game-character-art-exercise-hint = Put a screenshot of actual play and one of the progression system first: people who stop after two screenshots should already see what they would do in the game.

preset-game-gameplay-product = Our game
preset-game-gameplay-alternative-0 = Games already installed
preset-game-gameplay-segment-0 = Casual players
preset-game-gameplay-segment-1 = Core gamers
preset-game-gameplay-exercise-title = Free is not zero cost
preset-game-gameplay-exercise-instructions = The game is free and its screenshots show real play, yet four in ten people still pass. The money cost is zero, but download time, learning and trust are not. Change only the costs to reach 75% adoption.
preset-game-gameplay-exercise-hint = Casual players weigh time 1.3 times and learning 1.5 times. A smaller download can halve the time cost (1.2 to 0.6) and a good tutorial the learning cost (0.8 to 0.4).

preset-game-installs-vs-users-art-product = Our game
preset-game-installs-vs-users-art-alternative-0 = Games already installed
preset-game-installs-vs-users-art-segment-0 = Casual players
preset-game-installs-vs-users-art-segment-1 = Core gamers
preset-game-installs-vs-users-art-exercise-title = Installs are not users
preset-game-installs-vs-users-art-exercise-instructions = This store page leads with glossy character art that looks better than the game plays. It wins installs, but people who install on that promise find a different game and leave: fewer than half of all visitors still play after 30 weeks. Change only the screenshots so that at least 55% of visitors install and are still playing at the end.
preset-game-installs-vs-users-art-exercise-hint = Show what playing is like first: a gameplay and a progression screenshot in the first two places set an expectation the game keeps. Compare installs and retained adopters: the gameplay page wins only a few more installs than the art page, but far more users.
preset-finance-claim-installs-vs-users-product = Our savings app
preset-finance-claim-installs-vs-users-alternative-0 = Bank savings account
preset-finance-claim-installs-vs-users-segment-0 = Cautious savers
preset-finance-claim-installs-vs-users-segment-1 = Yield seekers
preset-finance-claim-installs-vs-users-exercise-title = Claim for users, not installs
preset-finance-claim-installs-vs-users-exercise-instructions = This savings app claims an 8% yield. A bolder claim wins installs until doubt takes over, but the people it wins expected that yield, and when use shows the real one they leave. So the claim that keeps the most users is smaller than the claim that wins the most installs: even the install-maximising claim (about 3%) keeps fewer users than a smaller one. Change only the claim so that at least 27% of all visitors adopt and still use the app after 12 months.
preset-finance-claim-installs-vs-users-exercise-hint = The lab's claim explorer marks both the claim with the most installs and the one with the most retained adopters. Try a claim of 4.25 (a 1% yield): fewer installs than at 3%, more users kept.

preset-game-installs-vs-users-gameplay-product = Our game
preset-game-installs-vs-users-gameplay-alternative-0 = Games already installed
preset-game-installs-vs-users-gameplay-segment-0 = Casual players
preset-game-installs-vs-users-gameplay-segment-1 = Core gamers
preset-game-installs-vs-users-gameplay-exercise-title = Keep the users you win
preset-game-installs-vs-users-gameplay-exercise-instructions = The same game with a store page that shows real play. It wins a few more installs than the glossy art page and keeps far more of them, because what people see is what they get: nearly everyone who installs is still playing after 30 weeks. What is left to win is the people who never install. Change only the costs to have at least 65% of all visitors installed and still playing at the end.
preset-game-installs-vs-users-gameplay-exercise-hint = Time, trust, safety and money are paid again while people play (retention.recurring); learning is paid once. Lowering the time cost from 1.2 to 0.6 (shorter sessions, a smaller download) wins installs and keeps them.

preset-game-launch-year-product = Our game
preset-game-launch-year-alternative-0 = Games already installed
preset-game-launch-year-segment-0 = Casual players
preset-game-launch-year-segment-1 = Core gamers
preset-game-launch-year-exercise-title = Reach is not the ceiling
preset-game-launch-year-exercise-instructions = After a year nearly everyone has heard of the game, yet only about 6 in 10 install it. You may change reach and word of mouth (the time settings) and the costs. Reach 70% adoption by the end of the year.
preset-game-launch-year-exercise-hint = More marketing (p) or word of mouth (q) only makes people hear of the game sooner; it does not change what they decide. Lower the costs that hold casual players back: download time (1.2 to 0.6) and learning (0.8 to 0.4).

preset-paid-tool-vs-free-leader-product = Our tool (paid)
preset-paid-tool-vs-free-leader-alternative-0 = Free market leader
preset-paid-tool-vs-free-leader-segment-0 = Freelancers
preset-paid-tool-vs-free-leader-segment-1 = Small teams
preset-paid-tool-vs-free-leader-segment-2 = Students
preset-paid-tool-vs-free-leader-exercise-title = A price students can say yes to
preset-paid-tool-vs-free-leader-exercise-instructions = Students weigh money 2.5 times, so almost none of them pick the paid tool over the free leader. Change only the costs to win at least 20% of the students.
preset-paid-tool-vs-free-leader-exercise-hint = For students the price is the decisive barrier. A student discount that lowers the money cost from 2.0 to 0.5 does it.

## The compact embed, the activity builder and the survey questionnaire (issue 16)

embed-warning-layout = “{ $layout }” is not a layout; use compact or full.
embed-more = More charts and ways to explore
embed-summary-more = Why, in more detail
header-build = Build an activity
builder-title = Build an activity
builder-back = Back to the simulator
builder-form-title = What students get
builder-intro = Choose the scenario, the controls students may use, what stays fixed, the language and the task. The preview shows exactly what the link opens.
builder-source = Scenario
builder-source-current = The scenario you had open
builder-no-current = There is no open scenario; choose a preset.
# A broken link the builder was opened with ($problem is one of the
# link-* or lab-link-* messages above): the builder starts from the
# default preset instead.
builder-bad-link = { $problem } The activity starts from the default preset instead.
builder-controls = Controls students see
builder-locks = Locked inputs
builder-locks-help = A locked input is shown but cannot be changed. Type a value to lock it at that value; leave the box empty to keep the scenario's.
builder-lock-value = Value of { $name }
builder-lock-segment-share = the share of { $name }
builder-modes = How it opens
builder-embed = For an iframe in a course page (compact layout)
builder-full-layout = Every card, as on the full page (layout=full)
builder-predict = Ask for a prediction before the result shows
builder-exercise-legend = Exercise
builder-exercise = Add a goal for students to reach
builder-metric = Judged number
builder-metric-adoption = Adoption
builder-metric-segment = Adoption in one segment
builder-metric-retained = Retained adopters
builder-segment = Segment
builder-op = Goal
builder-op-at-least = at least
builder-op-at-most = at most
builder-target = Target (%)
builder-bad-target = The target is not a number.
builder-bad-number = A locked value is not a number.
builder-ex-title = Title
builder-instructions = Instructions
builder-hint = Hint (optional)
builder-out-title = The activity
builder-problems = The activity cannot be made yet:
builder-link = Link for students
builder-open = Open
builder-copy = Copy link
builder-frame-title = worthit activity: { $title }
builder-qr-label = QR code of the link for students
builder-qr-caption = Show it on a projector: students scan it with a phone.
builder-qr-too-long = This link is too long for a QR code. Start from a preset without changes, or share the link instead.
builder-lms-title = For an LMS
builder-lms-help = A package for your LMS (SCORM) comes from the Embed dialog of the simulator: open the link without the iframe option and choose Embed.
builder-preview = Preview
builder-preview-title = Preview of the activity students open
survey-questionnaire = The questionnaire to ask (copy each line as a question; keep the name in brackets)
survey-q-value = How much would { $product } be worth to you? 0 = nothing at all, 10 = a great deal [value]
survey-q-money = How much does its price weigh on you? 0 = not at all, 10 = very heavily [money]
survey-q-time = How much time and hassle would it take to get it ready (download, set-up, waiting)? 0 = none, 10 = a great deal [time]
survey-q-learning = How much effort would it take to learn how it works? 0 = none, 10 = a great deal [learning]
survey-q-trust = How much do you doubt that it does what it says? 0 = not at all, 10 = very much [trust]
survey-q-emotional = How uncomfortable would using it feel (anxiety, embarrassment, changing habits)? 0 = not at all, 10 = very [emotional]
survey-q-safety = How worried are you about your privacy, security or money with it? 0 = not at all, 10 = very [safety]
survey-q-segment = Which describes you best? (your options) [segment]
survey-q-adopted = Do you use { $product } now? Yes / No [adopted]

## ---- Survey import, store-test plan, "Your data" errors (errors-dups) ----
problem-survey-empty = the file is empty: it needs a header row
problem-survey-no-value-column = no column is named value (found: { $headers }); name the value rating's column value
problem-survey-duplicate-column = two columns stand for { $name }: { $first } and { $second }; rename one
problem-survey-bad-rows = { $bad } rows have bad cells and only { $good } are usable, so the file was not imported
problem-survey-more-cells = … and { $count } more
problem-survey-cell = line { $line }, column { $column }: { $reason }
problem-survey-cell-text = line { $line }, column { $column }: { $text } { $reason }
problem-survey-too-few-rows = only { $rows } usable respondents; at least { $min } are needed
problem-survey-segment-too-few-rows = segment { $segment } has { $rows } usable respondents; at least { $min } are needed to fit it (merge it into another)
problem-survey-too-many-segments = the segment column has { $count } distinct values; at most { $max }
problem-survey-fitted-invalid = the fitted scenario is not valid: { $problem }
problem-cell-missing = is missing (the row is too short)
problem-cell-not-utf8 = is not valid UTF-8 text
problem-cell-empty = is empty
problem-cell-not-yes-no = is not 0 or 1 (yes or no)
problem-cell-not-a-number = is not a number
problem-cell-out-of-range = is not a number between -{ $max } and { $max }
problem-cell-negative-cost = is negative, and a cost cannot be
problem-plan-unit = { $name } must be between 0 and 1, got { $got }
problem-plan-unit-open = { $name } must be strictly between 0 and 1, got { $got }
problem-plan-visitors = visitors must be between 1 and { $max }, got { $got }
problem-not-an-object = not an object: got { $found }
## ---- end of the errors-dups block ----

## Compare mode's predictions and the SCORM 2004 package (issue 16, helper predict-compare)
# Compare mode asks for the lift of B over A in percentage points, or which
# variant more people adopt (src/exercise/predict.rs). A and B are the
# variants' names and stay as they are.
predict-lift-question = Before you see the result: how many percentage points more people (or fewer) will adopt with B than with A?
predict-lift-label = Your prediction of the lift (B − A)
predict-lift-unit = percentage points
predict-lift-help = A number from −100 to 100, negative if you expect B to do worse than A. Once locked it cannot be changed; then the result is shown and scored.
predict-lift-invalid = Enter a number of points from −100 to 100, such as 3 or −2.5.
# $points: signed points such as +2.5.
predict-lift-points = { $points } points
predict-lift-actual = The simulation's lift (95% interval)
# The live region's text after the reveal. $actual, $predicted: signed points
# such as +2.5; $interval: a range of points such as 1.8–3.2; $error: signed
# points; $inside: "yes" or "no" (a selector); $score: 0 to 1.
predict-revealed-lift = B's lift over A came out at { $actual } points (95% interval { $interval }). You predicted { $predicted } points: an error of { $error } points, { $inside ->
        [yes] inside
       *[no] outside
    } the interval. Score: { $score } of 1.
predict-winner-question = Before you see the result: will more people adopt A or B?
predict-winner-label = Your prediction: the variant more people adopt
predict-winner-a = A
predict-winner-b = B
predict-winner-help = Choose A or B. Once locked it cannot be changed; then the result is shown and scored.
predict-winner-invalid = Choose A or B first.
predict-winner-actual = More people adopt
# $variant: A or B.
predict-winner-actual-value = { $variant }
predict-winner-tie = neither: A and B tie
predict-rule-winner = The score is 1 if you named the variant more people adopt, 0 otherwise (also 0 when they tie).
# $actual: "a", "b" or "tie"; $predicted: "a" or "b"; $right: "yes" or "no"
# (all selectors); $score: 0 or 1.
predict-revealed-winner = { $actual ->
        [a] More people adopt A.
        [b] More people adopt B.
       *[tie] A and B tie.
    } You predicted { $predicted ->
        [a] A
       *[b] B
    }: { $right ->
        [yes] right
       *[no] wrong
    }. Score: { $score } of 1.
predict-verdict-hidden = The comparison shows once your prediction is locked.
builder-predict-metric = What students predict (compare mode)
builder-predict-lift = The lift of B over A, in points
builder-predict-winner = Which variant more people adopt
# Under "What students predict" when compare mode starts B as a copy of A
# (a preset, or a scenario opened without a comparison).
builder-predict-copy = Here B starts as a copy of A, so the students' first run is a tie and there is nothing to predict until B differs. To have them predict your own A vs. B: open this scenario in compare mode, change B there, then choose “Build an activity” again.
builder-predict-copy-open = Open it in compare mode
embed-lms-standard = Package standard
embed-lms-scorm12 = SCORM 1.2
embed-lms-scorm2004 = SCORM 2004 (4th edition)
# Under the what-if chart of a run bigger than the what-ifs decide again
# (the engine's WHAT_IF_USERS). $people and $users are counts; $noise is
# the largest ± over the bars, in points ("±0.05").
what-if-people = What-ifs worked out on the first { $people } of { $users } people, each compared with their own decision. The ± beside each bar is its 95% range from simulation noise alone, at most { $noise } points; it does not cover what is uncertain about the inputs themselves.
# Under the what-if chart of any other run: what the ± beside each bar
# covers, with the largest ± ("±0.05").
what-if-noise = The ± beside each bar is its 95% range from simulation noise alone, at most { $noise } points here; it does not cover what is uncertain about the inputs themselves.
