import { toHalfWidth } from './text';

/**
 * Referral matching falls back to the company name when no credit code is known (DOMAIN.md,
 * "Referrals"). Partners type names from memory, business cards and chat, so the key must ignore
 * the differences that do not change which company is meant, and keep every one that does.
 */

// All bracket styles a Chinese IME or a copied document may produce, folded to ASCII parentheses:
// registered names use （）, but 【】 and 〔〕 turn up when names are pasted from notices.
const OPENING_BRACKETS = /[(（[［【〔〖{｛]/g;
const CLOSING_BRACKETS = /[)）\]］】〕〗}｝]/g;
// 路易·威登 is written with any of several look-alike dots.
const MIDDLE_DOTS = /[·・•‧∙]/g;

const PARTNERSHIP_SUFFIXES = ['(有限合伙)', '(普通合伙)', '有限合伙'];

/**
 * Legal-form suffixes, longest first so the most specific one is removed. 集团 is deliberately
 * not among them: 上海某某集团有限公司 and 上海某某有限公司 are usually two different legal entities
 * (holding and operating company), so only the 有限公司 part of the former is stripped.
 */
const COMPANY_FORM_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '股份公司', '公司'];

/** A branch (分公司) is a separate registration from its parent, so its suffix is kept whole. */
const BRANCH_SUFFIX = '分公司';

function stripFirstSuffix(name: string, suffixes: readonly string[]): string {
  const suffix = suffixes.find((s) => name.endsWith(s));
  if (!suffix || suffix.length === name.length) return name;
  return name.slice(0, -suffix.length);
}

/**
 * A comparison key for duplicate detection, not a display name: folds full-width forms and
 * bracket styles, drops all whitespace, lower-cases Latin letters and strips the legal-form
 * suffix, so 上海链招科技股份有限公司, 上海链招科技有限公司 and 上海链招科技 有限公司 all give the
 * same key. A name that is nothing but a suffix is kept as it is, so that it never collapses to
 * an empty key that would match every other such entry.
 */
export function normalizeCompanyName(name: string): string {
  let key = toHalfWidth(name)
    .replace(OPENING_BRACKETS, '(')
    .replace(CLOSING_BRACKETS, ')')
    .replace(MIDDLE_DOTS, '·')
    .replace(/\s+/g, '')
    .toLowerCase();

  key = stripFirstSuffix(key, PARTNERSHIP_SUFFIXES);
  if (!key.endsWith(BRANCH_SUFFIX)) {
    key = stripFirstSuffix(key, COMPANY_FORM_SUFFIXES);
  }
  return key;
}
