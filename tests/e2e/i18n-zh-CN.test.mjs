// The page in Simplified Chinese (`?lang=zh-CN`): every word from the translation
// file, nothing left in English, axe clean at every level and fits a phone.
// The tests themselves are in i18n-lib.mjs (`languageTests`).

import { languageTests } from './i18n-lib.mjs';

languageTests('zh-CN', { phone: true });
