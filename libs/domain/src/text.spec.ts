import { toHalfWidth } from './text';

describe('toHalfWidth', () => {
  it.each([
    ['digits', '０１２３４５６７８９', '0123456789'],
    ['upper case', 'ＡＢＣＸＹＺ', 'ABCXYZ'],
    ['lower case', 'ａｂｃｘｙｚ', 'abcxyz'],
    ['brackets and punctuation', '（）［］，．－＋＠', '()[],.-+@'],
    ['ideographic space', '上海　奉贤', '上海 奉贤'],
    ['first and last of the block', '！～', '!~'],
    ['Chinese and half-width untouched', '上海ABC 123（', '上海ABC 123('],
    ['CJK punctuation outside the block untouched', '。、【】', '。、【】'],
    ['astral characters untouched', '𠀀😀', '𠀀😀'],
    ['empty', '', ''],
  ])('%s', (_label, input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});
