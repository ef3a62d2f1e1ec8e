import { normalizeCompanyName } from './names';
import { referralMatchKey, sameCompany } from './referrals';

describe('normalizeCompanyName', () => {
  it.each([
    ['plain', '上海链招科技有限公司', '上海链招科技'],
    ['股份有限公司', '上海链招科技股份有限公司', '上海链招科技'],
    ['有限责任公司', '小米科技有限责任公司', '小米科技'],
    ['股份公司', '上海链招科技股份公司', '上海链招科技'],
    ['bare 公司', '上海链招科技公司', '上海链招科技'],
    ['集团 is kept', '上海链招集团有限公司', '上海链招集团'],
    ['full-width brackets', '上海某某（奉贤）有限公司', '上海某某(奉贤)'],
    ['half-width brackets', '上海某某(奉贤)有限公司', '上海某某(奉贤)'],
    ['square brackets from notices', '上海某某【奉贤】有限公司', '上海某某(奉贤)'],
    ['inner space', '上海链招科技 有限公司', '上海链招科技'],
    ['ideographic space and padding', '　上海 链招　科技有限公司 ', '上海链招科技'],
    ['full-width latin and digits', '上海ＡＢＣ１２３科技有限公司', '上海abc123科技'],
    ['latin case', 'ABC (Shanghai) Co Ltd', 'abc(shanghai)coltd'],
    ['partnership in full-width brackets', '上海链招创业投资中心（有限合伙）', '上海链招创业投资中心'],
    ['partnership in half-width brackets', '上海链招创业投资中心(有限合伙)', '上海链招创业投资中心'],
    ['partnership without brackets', '上海链招创业投资中心有限合伙', '上海链招创业投资中心'],
    ['general partnership', '上海链招咨询事务所（普通合伙）', '上海链招咨询事务所'],
    ['branch keeps its suffix', '上海链招科技有限公司奉贤分公司', '上海链招科技有限公司奉贤分公司'],
    ['suffix only in the middle is kept', '上海有限公司大楼管理处', '上海有限公司大楼管理处'],
    ['middle dots unified', '路易・威登（中国）有限公司', '路易·威登(中国)'],
    ['a bare suffix does not become empty', '有限公司', '有限公司'],
    ['empty', '', ''],
    ['only spaces', '  　', ''],
  ])('%s: %j → %j', (_label, input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected);
  });
});

// Names alone, as referral matching compares them (sameCompany without credit codes).
describe('same company by name', () => {
  it.each([
    ['上海链招科技股份有限公司', '上海链招科技有限公司', true],
    ['上海链招科技有限公司', '上海链招科技 有限公司', true],
    ['上海某某（奉贤）有限公司', '上海某某(奉贤)有限公司', true],
    ['上海ＡＢＣ科技有限公司', '上海abc科技有限公司', true],
    ['上海链招创业投资中心（有限合伙）', '上海链招创业投资中心', true],
    // Different places in brackets are different companies.
    ['上海某某（奉贤）有限公司', '上海某某（浦东）有限公司', false],
    ['上海链招集团有限公司', '上海链招有限公司', false],
    ['上海链招科技有限公司', '上海链招科技有限公司奉贤分公司', false],
    ['', '', false],
    ['  ', '　', false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameCompany(referralMatchKey(a, null), referralMatchKey(b, null))).toBe(expected);
    expect(sameCompany(referralMatchKey(b, null), referralMatchKey(a, null))).toBe(expected);
  });
});
