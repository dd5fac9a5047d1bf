//! The worthit page.
