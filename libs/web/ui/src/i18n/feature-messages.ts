import type { FeatureDictionary } from './messages';

/**
 * The feature libraries' words, registered by each library when it loads (its `i18n/messages.ts`,
 * imported by its index): a lazily loaded feature brings its words with it, and the shell and the
 * login page carry none of them. `t` reads this at call time, so a feature's words are there
 * before its first render.
 */
const registered = new Map<string, FeatureDictionary>();

export function registerMessages(feature: string, dictionary: FeatureDictionary): void {
  registered.set(feature, dictionary);
}

/** A feature's text for a key, in the language asked for, if any feature has one. */
export function featureText(locale: keyof FeatureDictionary, key: string): string | undefined {
  for (const dictionary of registered.values()) {
    const text = dictionary[locale][key];
    if (text !== undefined) return text;
  }
  return undefined;
}
