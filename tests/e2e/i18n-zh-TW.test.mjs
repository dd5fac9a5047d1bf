// The page in Traditional Chinese (`?lang=zh-TW`): every word from the translation
// file, nothing left in English, axe clean at every level.
// The tests themselves are in i18n-lib.mjs (`languageTests`).

import { languageTests } from './i18n-lib.mjs';

languageTests('zh-TW');
