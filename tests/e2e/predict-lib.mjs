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

/**
 * Opens the editor group `group` by keyboard when it is folded (the
 * compact embed folds every group under its name): Tab to its summary,
 * then Enter.
 */
export async function openFold(page, frame, group, max = 200) {
  const folded = await frame.evaluate(
    (g) => document.querySelector(`[data-testid="fold-${g}"]`)?.open === false,
    group,
  );
  if (!folded) return;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const here = await frame.evaluate(
      (g) => document.hasFocus() && document.activeElement?.tagName === 'SUMMARY' &&
        document.activeElement.parentElement?.dataset?.testid === `fold-${g}`,
      group,
    );
    if (here) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`${max} presses of Tab never reached the ${group} group's fold`);
}

/** The share and the interval a rule-following score needs, from the message. */
export function expectedScore(prediction) {
  const [lo, hi] = prediction.ci95;
  const p = prediction.predicted;
  const miss = p < lo ? lo - p : p > hi ? p - hi : 0;
  return Math.min(1, Math.max(0, 1 - miss / prediction.tolerance));
}
