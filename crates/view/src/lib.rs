//! Pure presentation of worthit results.
