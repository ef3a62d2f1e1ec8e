/**
 * What is wrong with a pair of dictionaries: a Chinese text without its English one, or an English
 * text whose placeholders differ. Each feature's messages.spec expects none.
 */
export function dictionaryProblems(
  zh: Readonly<Record<string, string>>,
  en: Readonly<Record<string, string>>,
): string[] {
  const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');
  const problems: string[] = [];
  for (const key of Object.keys(zh)) {
    const english = en[key];
    if (!english) problems.push(`${key}: no English text`);
    else if (placeholders(english) !== placeholders(zh[key]))
      problems.push(`${key}: placeholders ${placeholders(english)} ≠ ${placeholders(zh[key])}`);
  }
  for (const key of Object.keys(en)) if (!(key in zh)) problems.push(`${key}: English only`);
  return problems;
}
