import {
  normalizeReferenceCode,
  REFERENCE_CODE_PATTERN,
  REFERENCE_KINDS,
  REFERENCE_KIND_LABELS,
  referenceNameKey,
} from './reference-data';

describe('normalizeReferenceCode', () => {
  it.each([
    ['biotech', 'BIOTECH'],
    [' ｆｕｔｕｒｅ_ｈｅａｌｔｈ ', 'FUTURE_HEALTH'],
    ['new town', 'NEWTOWN'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeReferenceCode(input)).toBe(expected);
  });
});

describe('REFERENCE_CODE_PATTERN', () => {
  it.each([
    ['BEAUTY_HEALTH', true],
    ['A1', true],
    ['1ABC', false],
    ['美丽', false],
    ['A'.repeat(40), true],
    ['A'.repeat(41), false],
    ['', false],
  ])('%j → %s', (code, ok) => {
    expect(REFERENCE_CODE_PATTERN.test(code)).toBe(ok);
  });
});

it('compares names regardless of width, spaces and Latin case', () => {
  expect(referenceNameKey(' 专精 特新 ')).toBe(referenceNameKey('专精特新'));
  expect(referenceNameKey('ＡＩ平台')).toBe(referenceNameKey('ai平台'));
});

it('labels every kind in both locales', () => {
  for (const kind of REFERENCE_KINDS) {
    expect(REFERENCE_KIND_LABELS[kind].zh).toBeTruthy();
    expect(REFERENCE_KIND_LABELS[kind].en).toBeTruthy();
  }
});
