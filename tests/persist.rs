//! The throttle that keeps the scenario in the address and in storage
//! while a slider is dragged (`worthit_app::persist`), in Chromium: the
//! first write at once, later ones at most every period and always ending
//! with the newest, a waiting write done on flush, and none after cancel.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen_test::*;
use worthit_app::persist::{PERIOD_MS, Throttle};
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

/// A throttle and the log of the writes it has done.
fn throttle() -> (Throttle, Rc<RefCell<Vec<u32>>>) {
    (Throttle::new(), Rc::new(RefCell::new(Vec::new())))
}

fn write(throttle: &Throttle, log: &Rc<RefCell<Vec<u32>>>, value: u32) {
    let log = log.clone();
    throttle.write(move || log.borrow_mut().push(value));
}

/// Waits a little longer than a whole period.
async fn past_period() {
    sleep(Duration::from_millis(PERIOD_MS as u64 + 100)).await;
}

#[wasm_bindgen_test]
async fn the_first_write_is_at_once_and_a_burst_ends_with_the_newest() {
    let (t, log) = throttle();
    write(&t, &log, 1);
    assert_eq!(
        *log.borrow(),
        [1],
        "the first write of a burst is not delayed"
    );
    for value in 2..=5 {
        write(&t, &log, value);
    }
    assert_eq!(*log.borrow(), [1], "writes within the period wait");
    assert!(t.is_pending());
    past_period().await;
    assert_eq!(
        *log.borrow(),
        [1, 5],
        "only the newest waiting write is done"
    );
    assert!(!t.is_pending());
    past_period().await;
    write(&t, &log, 6);
    assert_eq!(
        *log.borrow(),
        [1, 5, 6],
        "after a quiet period a write is at once again"
    );
}

#[wasm_bindgen_test]
async fn flush_does_a_waiting_write_now_and_only_once() {
    let (t, log) = throttle();
    write(&t, &log, 1);
    write(&t, &log, 2);
    t.flush();
    assert_eq!(*log.borrow(), [1, 2]);
    past_period().await;
    assert_eq!(*log.borrow(), [1, 2], "the flushed write is not done again");
}

#[wasm_bindgen_test]
async fn cancel_forgets_a_waiting_write() {
    let (t, log) = throttle();
    write(&t, &log, 1);
    write(&t, &log, 2);
    t.cancel();
    assert!(!t.is_pending());
    past_period().await;
    assert_eq!(*log.borrow(), [1]);
}
