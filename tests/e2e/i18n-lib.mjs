// What the language and accessibility specs share: the translation files
// read as plain key = value pairs, the page's visible texts, and the
// focused element with whether its focus ring shows.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './page-lib.mjs';

export const LANGS = ['en', 'zh-CN', 'zh-TW', 'ko'];
/** axe at every impact level: issue 6 asks for no violations at all. */
export const ALL_LEVELS = { failOn: ['minor', 'moderate', 'serious', 'critical'] };

/**
 * The one-line messages of a translation file, by key. Multi-line
 * messages (plural selectors) are skipped; the tests only need simple
 * labels.
 */
export function messages(code) {
  const text = readFileSync(join(ROOT, 'www', 'locales', `${code}.ftl`), 'utf8');
  const out = new Map();
  for (const line of text.split('\n')) {
    const match = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (match) out.set(match[1], match[2].trim());
  }
  return out;
}

export const FTL = Object.fromEntries(LANGS.map((code) => [code, messages(code)]));

/**
 * English labels that a page in `code` must not show: every one-line
 * English message without variables whose translation differs, at least
 * three letters long (so "OK"-like words and symbols do not count).
 */
export function englishOnly(code) {
  const en = FTL.en;
  const other = FTL[code];
  const out = new Set();
  for (const [key, value] of en) {
    if (value.includes('{') || !/[A-Za-z]{3}/.test(value)) continue;
    if (other.get(key) === value) continue;
    out.add(value);
  }
  return out;
}

/** Every piece of text on the page a person or a screen reader meets. */
export async function pageTexts(page) {
  return page.evaluate(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, noscript')) continue;
      const text = node.textContent.trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value.trim());
      }
    }
    texts.push(document.title);
    return texts;
  });
}

/** What has focus, and whether a focus ring can be seen on it. */
export function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      (style.boxShadow && style.boxShadow !== 'none');
    const box = element.getBoundingClientRect();
    return {
      testid: element.dataset.testid ?? null,
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type'),
      name: element.getAttribute('aria-label') ?? element.textContent.trim().slice(0, 40),
      ring,
      visible: box.width > 0 && box.height > 0,
      inViewport: box.bottom > 0 && box.top < innerHeight,
    };
  });
}

