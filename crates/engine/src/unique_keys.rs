//! Maps read from JSON objects whose keys must be unique.
//!
//! serde reads a JSON object into a `BTreeMap` by inserting each member, so a
//! repeated key silently keeps the last value, while a repeated field of a
//! struct is an error. A scenario author who writes `"gameplay"` twice in
//! `screenshot_effects` made a mistake either way, so both are rejected.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

/// Reads a JSON object into a map, rejecting a key that appears twice with
/// serde's own wording for a repeated field ("duplicate field `k`"), so the
/// parser names it by its path like any other repeated field. The check runs
/// right after the key is read, where serde_json's position still points at
/// the key.
pub fn deserialize<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct UniqueKeys<V>(PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for UniqueKeys<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<String>()? {
                if out.contains_key(&key) {
                    return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }

    deserializer.deserialize_map(UniqueKeys(PhantomData))
}
