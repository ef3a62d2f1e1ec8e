import type { HTMLAttributes } from 'react';
import { Empty, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { PartnerLedgerLineFieldsFragment } from '@lianzhao/web-data';
import { dateText, useI18n } from '@lianzhao/web-ui';
import { moneyGroup } from '../utils/money';
import { REINVESTMENT_LINE_KIND_LABELS, REINVESTMENT_LINE_STATUS_LABELS } from '@lianzhao/domain';

/** A line as everyone reads it, with its project where the reader may follow it. */
export type LedgerRow = PartnerLedgerLineFieldsFragment & { project?: { id: string; name: string } | null };

export interface LedgerTableProps {
  lines: readonly LedgerRow[];
  /** A partner sees company names only: no links into the office's pages. */
  links?: boolean;
}

/** The 返投 ledger: every counted or pending line, which rule counted it, from when and how much. */
export function LedgerTable({ lines, links = true }: LedgerTableProps) {
  const { t, label, locale } = useI18n();
  const money = moneyGroup(
    lines.flatMap((l) => [l.baseAmount, l.amount]),
    locale,
  );
  return (
    <Table<LedgerRow>
      rowKey={(l) => `${l.kind}-${l.investmentId ?? ''}-${l.referralId ?? ''}-${l.enterpriseId}`}
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...lines]}
      data-testid="ledger"
      locale={{ emptyText: <Empty description={t('funds.ledgerEmpty')} /> }}
      onRow={(l) =>
        ({
          'data-testid': 'ledger-line',
          'data-status': l.status,
          'data-kind': l.kind,
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t('funds.ledger.company'),
          render: (_, l) =>
            links ? <Link to={`/enterprises/${l.enterpriseId}`}>{l.enterpriseName}</Link> : l.enterpriseName,
        },
        { title: t('funds.ledger.kind'), render: (_, l) => label(REINVESTMENT_LINE_KIND_LABELS[l.kind]) },
        {
          title: t('funds.ledger.status'),
          render: (_, l) => (
            <Tag color={l.status === 'COUNTED' ? 'green' : 'orange'}>
              {label(REINVESTMENT_LINE_STATUS_LABELS[l.status])}
            </Tag>
          ),
        },
        { title: t('funds.ledger.countedFrom'), render: (_, l) => dateText(l.countedFrom) },
        { title: t('funds.ledger.base'), align: 'right', render: (_, l) => money(l.baseAmount) },
        { title: t('funds.ledger.coefficient'), align: 'right', render: (_, l) => `×${l.coefficient}` },
        { title: t('funds.ledger.amount'), align: 'right', render: (_, l) => money(l.amount) },
        // A partner sees no office project: the column is the office's.
        ...(links
          ? [
              {
                title: t('funds.ledger.project'),
                render: (_: unknown, l: LedgerRow) =>
                  l.project ? <Link to={`/projects/${l.project.id}`}>{l.project.name}</Link> : '—',
              },
            ]
          : []),
      ]}
    />
  );
}
