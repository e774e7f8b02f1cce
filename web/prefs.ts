// Choices remembered between visits (besides the language, see i18n.ts).
import { editions, type Edition } from './api-client.js';

const EDITION_KEY = 'cluster-explorer.edition';

export function getEdition(): Edition {
  try {
    const v = globalThis.localStorage?.getItem(EDITION_KEY);
    return editions.find((e) => e === v) ?? 'pp779-2015';
  } catch {
    return 'pp779-2015';
  }
}

export function setEdition(edition: Edition): void {
  try { globalThis.localStorage?.setItem(EDITION_KEY, edition); } catch { /* not remembered */ }
}
