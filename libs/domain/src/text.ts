/**
 * Chinese input methods switch between full-width (全角) and half-width (半角) forms, so the same
 * code, name or number arrives in either. Folding to half-width lets every comparison and parser
 * downstream deal with plain ASCII only.
 */
const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Folds full-width ASCII forms (！ to ～) and the ideographic space to their half-width forms. */
export function toHalfWidth(input: string): string {
  let out = '';
  for (const ch of input) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= FULL_WIDTH_FIRST && cp <= FULL_WIDTH_LAST) {
      out += String.fromCharCode(cp - FULL_WIDTH_OFFSET);
    } else if (cp === IDEOGRAPHIC_SPACE) {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}
