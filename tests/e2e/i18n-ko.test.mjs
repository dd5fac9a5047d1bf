// The page in Korean (`?lang=ko`): every word from the translation
// file, nothing left in English, axe clean at every level and fits a phone.
// The tests themselves are in i18n-lib.mjs (`languageTests`).

import { languageTests } from './i18n-lib.mjs';

languageTests('ko', { phone: true });
