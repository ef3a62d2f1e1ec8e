import {
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_WEIGHTS,
  FENGXIAN_DIVISION,
  checkCreditCode,
  computeCreditCodeCheckChar,
  creditCodeDivision,
  isValidCreditCode,
  normalizeCreditCode,
} from './credit-code';

/**
 * Published codes of well-known companies (from their business licences / annual reports).
 * Each check character was verified twice: by the weight table below, copied from the standard
 * rather than computed, and by hand for the first one:
 *   9·1 + 1·3 + 4·9 + 4·27 + 0·19 + 3·26 + 0·16 + 0·17 + 7·20 + 0·29 + 8·25 + 4·13 + 6·8 + 1·24
 *   + 1·10 + 3·30 + 6·28 = 966; 966 mod 31 = 5; 31 − 5 = 26 → "T".
 */
const REAL_CODES: ReadonlyArray<[string, string]> = [
  ['91440300708461136T', '深圳市腾讯计算机系统有限公司'],
  ['9144030071526726XG', '腾讯科技（深圳）有限公司'],
  ['914403001922038216', '华为技术有限公司'],
  ['91110000802100433B', '北京百度网讯科技有限公司'],
  ['91110108551385082Q', '小米科技有限责任公司'],
  ['91330100799655058B', '阿里巴巴（中国）有限公司'],
  ['91310000132200821H', '中国宝武钢铁集团有限公司'],
  ['91310000132260250X', '上海汽车集团股份有限公司'],
  ['91440300192317458F', '比亚迪股份有限公司'],
  ['91520000214434146R', '贵州茅台酒股份有限公司'],
  ['91440300100012316L', '中国平安保险（集团）股份有限公司'],
];

/**
 * Synthetic codes with a 奉贤 division. The second one's weighted sum is 1364 = 44 · 31, so its
 * check value is 31, which the standard writes as "0" (checked by hand).
 */
const FENGXIAN_CODES = ['91310120MA1H000005', '91310120MA1H000280'];

// GB 32100-2015 table of weights, typed in independently of the implementation's derivation.
const STANDARD_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function referenceCheckChar(first17: string): string {
  const sum = [...first17].reduce(
    (acc, ch, i) => acc + CREDIT_CODE_CHARSET.indexOf(ch) * STANDARD_WEIGHTS[i],
    0,
  );
  const value = 31 - (sum % 31);
  return value === 31 ? '0' : CREDIT_CODE_CHARSET[value];
}

/** Every way of changing one of the first 17 characters of `code` into another valid one. */
function singleSubstitutions(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < 17; i++) {
    for (const ch of CREDIT_CODE_CHARSET) {
      if (ch !== code[i]) out.push(code.slice(0, i) + ch + code.slice(i + 1));
    }
  }
  return out;
}

function adjacentTranspositions(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < 16; i++) {
    if (code[i] !== code[i + 1]) out.push(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2));
  }
  return out;
}

describe('credit code weights', () => {
  it('match the table in the standard', () => {
    expect(CREDIT_CODE_WEIGHTS).toEqual(STANDARD_WEIGHTS);
  });

  it('use a charset of 31 characters without I, O, S, V, Z', () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    expect(CREDIT_CODE_CHARSET).not.toMatch(/[IOSVZ]/);
  });
});

describe('checkCreditCode accepts real codes', () => {
  it.each(REAL_CODES)('%s (%s)', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, code });
    expect(isValidCreditCode(code)).toBe(true);
  });

  it.each(REAL_CODES)('%s: check character agrees with the reference computation', (code) => {
    expect(computeCreditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
    expect(referenceCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it.each(FENGXIAN_CODES)('synthetic 奉贤 code %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, code });
  });
});

describe('checkCreditCode normalises what people paste', () => {
  it.each([
    ['full-width', '９１４４０３００７０８４６１１３６Ｔ', '91440300708461136T'],
    ['full-width lower case', '９１４４０３００７１５２６７２６ｘｇ', '9144030071526726XG'],
    ['lower case', '9144030071526726xg', '9144030071526726XG'],
    ['surrounding spaces', '  91110108551385082Q\n', '91110108551385082Q'],
    ['inner spaces in groups', '9131 0000 1322 0082 1H', '91310000132200821H'],
    ['ideographic space', '91310000　132260250x', '91310000132260250X'],
  ])('%s: %j', (_label, input, code) => {
    expect(normalizeCreditCode(input)).toBe(code);
    expect(checkCreditCode(input)).toEqual({ ok: true, code });
  });
});

describe('checkCreditCode rejects with a clear message', () => {
  it.each([
    ['one short', '91440300708461136', 'LENGTH', '统一社会信用代码应为 18 位，当前为 17 位'],
    ['one long', '91440300708461136T1', 'LENGTH', '统一社会信用代码应为 18 位，当前为 19 位'],
    ['empty', '', 'LENGTH', '统一社会信用代码应为 18 位，当前为 0 位'],
    ['only spaces', '   ', 'LENGTH', '统一社会信用代码应为 18 位，当前为 0 位'],
    [
      'old 15-digit registration number',
      '310120000123456',
      'LENGTH',
      '统一社会信用代码应为 18 位，当前为 15 位',
    ],
    [
      'emoji counts as one position',
      '9144030070846113😀',
      'LENGTH',
      '统一社会信用代码应为 18 位，当前为 17 位',
    ],
    ['I', '9144I300708461136T', 'CHARSET', '第 5 位“I”不是有效字符（不使用 I、O、S、V、Z）'],
    ['O for zero', '9144O300708461136T', 'CHARSET', '第 5 位“O”不是有效字符（不使用 I、O、S、V、Z）'],
    ['S', 'S1440300708461136T', 'CHARSET', '第 1 位“S”不是有效字符（不使用 I、O、S、V、Z）'],
    ['V', '91440300708461136V', 'CHARSET', '第 18 位“V”不是有效字符（不使用 I、O、S、V、Z）'],
    [
      'lower-case z folds to forbidden Z',
      '9144030070846113z6',
      'CHARSET',
      '第 17 位“Z”不是有效字符（不使用 I、O、S、V、Z）',
    ],
    [
      'hyphen',
      '91440300-08461136T',
      'CHARSET',
      '第 9 位“-”不是有效字符（只能是数字和大写字母，不使用 I、O、S、V、Z）',
    ],
    [
      'Chinese character',
      '914403007084611号6T',
      'CHARSET',
      '第 16 位“号”不是有效字符（只能是数字和大写字母，不使用 I、O、S、V、Z）',
    ],
    ['wrong check character', '91440300708461136X', 'CHECKSUM', '统一社会信用代码无效：第 18 位（校验位）与前 17 位不符，请核对'],
    ['one digit changed', '91440300708461137T', 'CHECKSUM', '统一社会信用代码无效：第 18 位（校验位）与前 17 位不符，请核对'],
    ['adjacent digits swapped', '91440300780461136T', 'CHECKSUM', '统一社会信用代码无效：第 18 位（校验位）与前 17 位不符，请核对'],
    ['check value 31 must be written 0', '91310120MA1H00028Y', 'CHECKSUM', '统一社会信用代码无效：第 18 位（校验位）与前 17 位不符，请核对'],
  ])('%s: %j', (_label, input, reason, message) => {
    expect(checkCreditCode(input)).toEqual({ ok: false, reason, message });
    expect(isValidCreditCode(input)).toBe(false);
  });

  it.each(REAL_CODES)('%s: every single-character change is caught', (code) => {
    const corrupted = singleSubstitutions(code);
    expect(corrupted).toHaveLength(17 * 30);
    for (const bad of corrupted) {
      expect(checkCreditCode(bad)).toMatchObject({ ok: false, reason: 'CHECKSUM' });
    }
  });

  it.each(REAL_CODES)('%s: every swap of two different neighbours is caught', (code) => {
    for (const bad of adjacentTranspositions(code)) {
      expect(checkCreditCode(bad)).toMatchObject({ ok: false, reason: 'CHECKSUM' });
    }
  });
});

describe('computeCreditCodeCheckChar', () => {
  it.each([
    ['91440300708461136', 'T'],
    ['91310120MA1H00000', '5'],
    ['91310120MA1H00028', '0'],
  ])('%s → %s', (first17, check) => {
    expect(computeCreditCodeCheckChar(first17)).toBe(check);
  });

  it.each([['9144030070846113'], ['91440300708461136T'], ['9144030070846113I']])('throws on %j', (input) => {
    expect(() => computeCreditCodeCheckChar(input)).toThrow(RangeError);
  });
});

describe('creditCodeDivision', () => {
  it.each([
    ['91310120MA1H000005', FENGXIAN_DIVISION],
    ['91440300708461136T', '440300'],
    ['91310000132200821H', '310000'],
    [' 9131 0120 MA1H 0002 80 ', '310120'],
    ['9131012', undefined],
  ])('%j → %j', (code, division) => {
    expect(creditCodeDivision(code)).toBe(division);
  });

  it('FENGXIAN_DIVISION is 奉贤区', () => {
    expect(FENGXIAN_DIVISION).toBe('310120');
  });
});
