// The page in English (`?lang=en`): every word from the translation
// file, nothing left in English, axe clean at every level.
// The tests themselves are in i18n-lib.mjs (`languageTests`).

import { languageTests } from './i18n-lib.mjs';

languageTests('en');
