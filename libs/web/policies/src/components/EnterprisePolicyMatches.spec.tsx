import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { EnterprisePolicyMatchesDocument, type PolicyMatchFieldsFragment } from '@lianzhao/web-data';
import { renderWithProviders } from '../testing/render';
import { EnterprisePolicyMatches } from './EnterprisePolicyMatches';

const ENTERPRISE = { __typename: 'Enterprise' as const, id: 'e1', name: '奉贤氢能有限公司' };
const PROJECT = { __typename: 'Project' as const, id: 'p1', name: '氢能装备项目' };
const HIGH_TECH = { __typename: 'PolicyItem' as const, id: 'i1', name: '高新技术企业认定奖励', kind: 'RESEARCH' as const };
const FIXED_ASSETS = { __typename: 'PolicyItem' as const, id: 'i2', name: '开工项目固定资产投资补贴', kind: 'FIXED_ASSET_INVESTMENT' as const };

function match(over: Partial<PolicyMatchFieldsFragment> & Pick<PolicyMatchFieldsFragment, 'id' | 'item'>): PolicyMatchFieldsFragment {
  return {
    __typename: 'PolicyMatch',
    qualified: false,
    amount: null,
    missing: [],
    qualifiedAt: null,
    subject: 'ENTERPRISE',
    project: null,
    enterprise: ENTERPRISE,
    ...over,
  };
}

function mockMatches(matches: PolicyMatchFieldsFragment[], policyEstimate: string): MockLink.MockedResponse {
  return {
    request: { query: EnterprisePolicyMatchesDocument, variables: { id: 'e1' } },
    result: { data: { enterprise: { __typename: 'Enterprise', id: 'e1', policyEstimate, policyMatches: matches } } },
  };
}

describe('EnterprisePolicyMatches', () => {
  it('an enterprise with no project: its own matches, project conditions as missing', async () => {
    await renderWithProviders(<EnterprisePolicyMatches enterpriseId="e1" />, [
      mockMatches(
        [
          match({ id: 'm1', item: HIGH_TECH, qualified: true, amount: '20' }),
          match({ id: 'm2', item: FIXED_ASSETS, missing: ['计划固定资产投资 ≥ 5000 万元（未填写）', '“开工”节点完成'] }),
        ],
        '20',
      ),
    ]);
    expect(await screen.findByText(/该企业尚无落地项目/)).toBeInTheDocument();
    const rows = screen.getAllByTestId('policy-match');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('已符合');
    expect(rows[0]).toHaveTextContent('高新技术企业认定奖励');
    expect(rows[1]).toHaveTextContent('尚缺：计划固定资产投资 ≥ 5000 万元（未填写）；“开工”节点完成');
    expect(rows[1]).toHaveTextContent('以核定为准');
    expect(screen.getByTestId('policy-estimate-total')).toHaveTextContent('预计合计 20');
    expect(screen.queryByTestId('policy-group-project')).toBeNull();
    expect(screen.queryByTestId('policy-match-carried')).toBeNull();
  });

  it('an enterprise with a project: grouped, and its own match of an item the project carries marked as counted there', async () => {
    await renderWithProviders(<EnterprisePolicyMatches enterpriseId="e1" />, [
      mockMatches(
        [
          match({ id: 'm1', item: HIGH_TECH, qualified: true, amount: '20' }),
          match({ id: 'm3', item: HIGH_TECH, qualified: true, amount: '20', subject: 'PROJECT', project: PROJECT }),
          match({ id: 'm4', item: FIXED_ASSETS, amount: '300', subject: 'PROJECT', project: PROJECT, missing: ['“开工”节点完成'] }),
        ],
        '20',
      ),
    ]);
    const group = await screen.findByTestId('policy-group-project');
    expect(group).toHaveTextContent('落地项目：氢能装备项目');
    expect(within(group).getAllByTestId('policy-match')).toHaveLength(2);
    expect(within(group).getByRole('link', { name: '氢能装备项目' })).toHaveAttribute('href', '/projects/p1');
    expect(screen.getAllByTestId('policy-match-carried')).toHaveLength(1);
    expect(screen.getAllByTestId('policy-match')[0]).toHaveTextContent('已由项目计入');
    expect(screen.queryByText(/该企业尚无落地项目/)).toBeNull();
  });
});
