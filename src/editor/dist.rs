//! One perceived quantity (a value or a cost) as a title, a hint, a mean and
//! a spread, with its shape selectable in advanced mode. The mapping between
//! mean/spread and each shape's parameters is in [`super::dist_map`].

use worthit_engine::Dist;
use yew::prelude::*;

use super::dist_map::{self, Kind};
use super::field::{NumberField, use_uid};
use super::strings;

#[derive(Properties, PartialEq, Clone)]
pub struct DistEditorProps {
    /// "Perceived value", "Trust", …
    pub title: AttrValue,
    #[prop_or_default]
    pub hint: AttrValue,
    /// `None` is an omitted cost (zero).
    pub dist: Option<Dist>,
    pub on_change: Callback<Option<Dist>>,
    /// Prefix of the test ids: `{testid}-mean`, `{testid}-sd`, `{testid}-kind`.
    pub testid: AttrValue,
    /// Shapes offered ([`Kind::VALUE_KINDS`] or [`Kind::COST_KINDS`]).
    pub kinds: &'static [Kind],
    pub mean_min: f64,
    pub mean_max: f64,
    pub spread_max: f64,
    pub step: f64,
    #[prop_or_default]
    pub advanced: bool,
    #[prop_or_default]
    pub disabled: bool,
    /// What "none" means here, where it is not zero (a cost of use that
    /// is left out costs what was perceived).
    #[prop_or_default]
    pub none_label: Option<AttrValue>,
}

#[component]
pub fn DistEditor(props: &DistEditorProps) -> Html {
    let uid = use_uid();
    let tr = crate::i18n::use_tr();
    let kind_label = |k: Kind| match (k, &props.none_label) {
        (Kind::None, Some(label)) => label.to_string(),
        _ => strings::kind_name(&tr, k.key()),
    };
    let (title_id, hint_id, shape_id, select_id) = (
        format!("{uid}-title"),
        format!("{uid}-hint"),
        format!("{uid}-shape"),
        format!("{uid}-select"),
    );
    let dist = props.dist;
    let kind = Kind::of(dist.as_ref());
    let (mean, spread) = dist_map::mean_spread(dist.as_ref());

    let on_mean = props
        .on_change
        .reform(move |m: f64| dist_map::set_mean(dist.as_ref(), m));
    let on_spread = props
        .on_change
        .reform(move |s: f64| dist_map::set_spread(dist.as_ref(), s));
    let on_kind = {
        let on_change = props.on_change.clone();
        let kinds = props.kinds;
        Callback::from(move |e: Event| {
            let key = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            // Only offered shapes are accepted, so a value cannot become
            // "none".
            if let Some(k) = Kind::from_key(&key).filter(|k| kinds.contains(k)) {
                on_change.emit(dist_map::set_kind(dist.as_ref(), k));
            }
        })
    };
    let has_hint = !props.hint.is_empty();
    let describedby = if has_hint {
        hint_id.clone()
    } else {
        String::new()
    };

    html! {
        <div class="ed-dist" role="group" aria-labelledby={title_id.clone()}
             data-testid={format!("{}-group", props.testid)}>
            <div class="ed-dist__head">
                <span class="ed-dist__title" id={title_id.clone()}>{ &props.title }</span>
                if props.advanced {
                    <span class="ed-dist__shape">
                        <label id={shape_id.clone()} for={select_id.clone()}>{ tr.t("editor-shape") }</label>
                        <select id={select_id} aria-labelledby={format!("{title_id} {shape_id}")}
                            disabled={props.disabled}
                            data-testid={format!("{}-kind", props.testid)}
                            onchange={on_kind}>
                            { for props.kinds.iter().map(|k| html! {
                                <option value={k.key()} selected={*k == kind}>{ kind_label(*k) }</option>
                            }) }
                        </select>
                    </span>
                } else {
                    <span class="ed-dist__kind">{ kind_label(kind) }</span>
                }
            </div>
            if has_hint {
                <p class="ed-dist__hint" id={hint_id}>{ &props.hint }</p>
            }
            <div class="ed-dist__pair">
                <NumberField label={tr.t("editor-mean")} value={mean}
                    min={props.mean_min} max={props.mean_max} step={props.step}
                    testid={format!("{}-mean", props.testid)}
                    group_label_id={title_id.clone()} describedby={describedby.clone()}
                    disabled={props.disabled}
                    on_change={on_mean} />
                <NumberField label={tr.t("editor-spread")} value={spread}
                    min={0.0} max={props.spread_max} step={props.step}
                    testid={format!("{}-sd", props.testid)}
                    group_label_id={title_id} {describedby}
                    disabled={props.disabled || !kind.has_spread(mean)}
                    on_change={on_spread} />
            </div>
        </div>
    }
}
