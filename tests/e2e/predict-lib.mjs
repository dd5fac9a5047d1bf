// Helpers of the predict and LMS specs (predict.test.mjs, lms.test.mjs).

/** Presses Tab until the element with `testid` has focus (keyboard only). */
export async function tabTo(page, frame, testid, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const here = await frame.evaluate(
      (t) => document.hasFocus() && document.activeElement?.dataset?.testid === t,
      testid,
    );
    if (here) return;
  }
  throw new Error(`${max} presses of Tab never reached ${testid}`);
}

/** The share and the interval a rule-following score needs, from the message. */
export function expectedScore(prediction) {
  const [lo, hi] = prediction.ci95;
  const p = prediction.predicted;
  const miss = p < lo ? lo - p : p > hi ? p - hi : 0;
  return Math.min(1, Math.max(0, 1 - miss / prediction.tolerance));
}
