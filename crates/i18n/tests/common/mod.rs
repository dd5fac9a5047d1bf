//! Shared helpers: the messages of a `.ftl` file with the variables each
//! uses, read with the full Fluent parser (which reports every syntax
//! error, unlike the runtime parser that skips bad entries silently).

#![allow(dead_code)]

pub mod samples;

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use worthit_i18n::Lang;

/// One message of a file.
#[derive(Debug, Default)]
pub struct MessageInfo {
    /// Variables the message uses anywhere: in text, as selectors, as
    /// function arguments.
    pub variables: BTreeSet<String>,
    /// Other messages it refers to (`{ other-key }`).
    pub references: BTreeSet<String>,
    pub has_value: bool,
}

/// A parsed file: its messages, and every problem with it (syntax errors,
/// duplicate keys, terms or attributes, which worthit does not use).
pub struct FileInfo {
    pub messages: BTreeMap<String, MessageInfo>,
    pub problems: Vec<String>,
}

pub fn read(lang: Lang) -> FileInfo {
    read_source(lang.ftl(), lang.code())
}

pub fn read_source(source: &str, name: &str) -> FileInfo {
    let mut problems = Vec::new();
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let line = source[..e.pos.start.min(source.len())].lines().count();
                problems.push(format!(
                    "{name}.ftl: syntax error near line {line}: {:?}",
                    e.kind
                ));
            }
            r
        }
    };
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let mut info = MessageInfo {
                    has_value: m.value.is_some(),
                    ..MessageInfo::default()
                };
                if let Some(p) = &m.value {
                    walk_pattern(p, &mut info);
                }
                if !m.attributes.is_empty() {
                    problems.push(format!(
                        "{name}.ftl: {} has attributes; use plain keys",
                        m.id.name
                    ));
                }
                if messages.insert(m.id.name.to_string(), info).is_some() {
                    problems.push(format!("{name}.ftl: {} is defined twice", m.id.name));
                }
            }
            Entry::Term(t) => problems.push(format!(
                "{name}.ftl: term -{} (terms are not used; write the word out)",
                t.id.name
            )),
            Entry::Junk { content } => problems.push(format!(
                "{name}.ftl: unreadable entry: {}",
                content.lines().next().unwrap_or_default()
            )),
            _ => {}
        }
    }
    FileInfo { messages, problems }
}

fn walk_pattern(p: &Pattern<&str>, info: &mut MessageInfo) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, info);
        }
    }
}

fn walk_expression(e: &Expression<&str>, info: &mut MessageInfo) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            for v in variants {
                walk_pattern(&v.value, info);
            }
        }
        Expression::Inline(i) => walk_inline(i, info),
    }
}

fn walk_inline(i: &InlineExpression<&str>, info: &mut MessageInfo) {
    match i {
        InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => {
            info.references.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, info);
            }
            for a in &arguments.named {
                walk_inline(&a.value, info);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, info),
        _ => {}
    }
}
