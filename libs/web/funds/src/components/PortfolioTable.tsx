import type { HTMLAttributes } from 'react';
import { EditOutlined } from '@ant-design/icons';
import { Button, Empty, Table } from 'antd';
import { Link } from 'react-router';
import type { InvestmentRowFragment } from '@lianzhao/web-data';
import { dateText, useI18n } from '@lianzhao/web-ui';
import { moneyGroup } from '../utils/money';
import { INVESTMENT_ROUND_LABELS } from '@lianzhao/domain';
import { InvestmentStageTag, RecognitionTag } from './FundTags';
import { LandingStatus } from './LandingStatus';

export interface PortfolioTableProps {
  investments: readonly InvestmentRowFragment[];
  /** Shown on an enterprise or project page: the fund instead of the company. */
  showFund?: boolean;
  onEdit?: (investment: InvestmentRowFragment) => void;
  loading?: boolean;
}

/** The investments: each company with its stage, 返投 recognition and landing progress. */
export function PortfolioTable({ investments, showFund = false, onEdit, loading }: PortfolioTableProps) {
  const { t, label, locale } = useI18n();
  const money = moneyGroup(
    investments.map((i) => i.amount),
    locale,
  );
  return (
    <Table<InvestmentRowFragment>
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...investments]}
      locale={{ emptyText: <Empty description={t('funds.noInvestments')} /> }}
      onRow={(i) => ({ 'data-testid': 'investment', 'data-id': i.id }) as HTMLAttributes<HTMLElement>}
      columns={[
        showFund
          ? {
              title: t('funds.fund'),
              render: (_, i) => <Link to={`/funds/${i.fund.id}`}>{i.fund.name}</Link>,
            }
          : {
              title: t('funds.investee'),
              render: (_, i) => <Link to={`/enterprises/${i.enterprise.id}`}>{i.enterprise.name}</Link>,
            },
        { title: t('funds.stage'), render: (_, i) => <InvestmentStageTag stage={i.stage} /> },
        { title: t('funds.round'), render: (_, i) => label(INVESTMENT_ROUND_LABELS[i.round]) },
        { title: t('funds.amount'), align: 'right', render: (_, i) => money(i.amount) },
        { title: t('funds.investedOn'), render: (_, i) => dateText(i.date) },
        { title: t('funds.recognition'), render: (_, i) => <RecognitionTag recognition={i.recognition} /> },
        { title: t('funds.landing'), render: (_, i) => <LandingStatus investment={i} /> },
        ...(onEdit
          ? [
              {
                title: t('common.actions'),
                render: (_: unknown, i: InvestmentRowFragment) => (
                  <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(i)}>
                    {t('common.edit')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
