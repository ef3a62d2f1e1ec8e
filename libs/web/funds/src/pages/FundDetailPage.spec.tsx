import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { FundDocument } from '@lianzhao/web-data';
import { fundDetail, investmentRow, renderWithProviders } from '../testing/fixtures';
import { FundDetailPage, type FundDetailPageProps } from './FundDetailPage';

const fund: MockLink.MockedResponse = {
  request: { query: FundDocument, variables: { id: 'f1' } },
  result: {
    data: {
      fund: fundDetail({
        investments: [investmentRow()],
        ledger: [
          {
            __typename: 'ReinvestmentLedgerLine',
            kind: 'LOCAL',
            status: 'PENDING',
            countedFrom: null,
            baseAmount: '6000',
            coefficient: '1',
            amount: '6000',
            enterpriseId: 'e1',
            enterpriseName: '上海氢程动力科技有限公司',
            investmentId: 'i1',
            referralId: null,
            projectId: null,
            project: null,
          },
        ],
      }),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function open(props: FundDetailPageProps) {
  await renderWithProviders(
    <Routes>
      <Route path="/funds/:id" element={<FundDetailPage {...props} />} />
    </Routes>,
    [fund],
    '/funds/f1',
  );
  await screen.findByRole('heading', { name: '奉贤区产业引导基金' });
}

describe('FundDetailPage', () => {
  it('shows the figures, the rule, the portfolio and the ledger; an administrator may change the rule', async () => {
    await open({ canEditRule: true });
    expect(screen.getByTestId('figure-obligation')).toHaveTextContent('3 亿元');
    expect(screen.getByTestId('figure-counted')).toHaveTextContent('0.6 亿元');
    expect(screen.getByTestId('fund-rule')).toHaveTextContent('1.5 倍 × 政府出资额');
    expect(screen.getByTestId('fund-rule')).toHaveTextContent('计入，系数 0.5');
    const investment = screen.getByTestId('investment');
    expect(within(investment).getByTestId('recognition')).toHaveTextContent('待落地');
    expect(within(investment).getByTestId('landing-status')).toHaveTextContent('未落地');
    expect(screen.getByTestId('ledger-line')).toHaveAttribute('data-status', 'PENDING');
    expect(screen.getByRole('button', { name: /修改返投规则/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /记录投资/ })).toBeInTheDocument();
  });

  it('lets an officer record investments but not change the rule', async () => {
    await open({});
    expect(screen.getByRole('button', { name: /记录投资/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /修改返投规则/ })).not.toBeInTheDocument();
  });

  it('is read-only for a leader, who may still export the ledger', async () => {
    await open({ readOnly: true, canEditRule: false });
    expect(screen.queryByRole('button', { name: /记录投资/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /导出返投台账/ })).toBeInTheDocument();
  });
});
