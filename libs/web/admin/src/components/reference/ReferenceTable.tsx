import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { ReferenceKind } from '@lianzhao/domain';
import { useI18n } from '@lianzhao/web-ui';
import { inDisplayOrder } from '../../utils/reference-order';
import { ReferenceItemActions } from './ReferenceItemActions';

export interface ReferenceRow {
  code: string;
  name: string;
  nameEn: string;
  sortOrder: number;
  retired: boolean;
  leading?: boolean;
}

export interface ReferenceTableProps<T extends ReferenceRow> {
  kind: ReferenceKind;
  title: ReactNode;
  items: readonly T[];
  onCreate: () => void;
  onEdit: (item: T) => void;
  /** Rows under a row (an industry's segments). */
  expandedRow?: (item: T) => ReactNode;
  /** The group the table shows (an industry, a tag group, a place kind), for tests and screen readers. */
  group?: string;
  /** Shown beside an entry's name (a park's town). */
  detail?: (item: T) => ReactNode;
}

/** One group of entries (the tags of a group, the towns…) with their actions, in display order. */
export function ReferenceTable<T extends ReferenceRow>({
  kind,
  title,
  items,
  onCreate,
  onEdit,
  expandedRow,
  group,
  detail,
}: ReferenceTableProps<T>) {
  const { t, pick } = useI18n();
  const rows = inDisplayOrder(items);
  const codes = rows.map((row) => row.code);
  const columns: TableColumnsType<T> = [
    {
      title: t('referenceEdit.name'),
      render: (_, row) => (
        <Flex gap={8} wrap align="center">
          <Typography.Text delete={row.retired}>{pick(row)}</Typography.Text>
          {row.leading && <Tag color="blue">{t('reference.leading')}</Tag>}
          {detail?.(row)}
          {row.retired && <Tag>{t('referenceEdit.retired')}</Tag>}
        </Flex>
      ),
    },
    { title: t('referenceEdit.nameEn'), dataIndex: 'nameEn', responsive: ['lg'] },
    {
      // The admin needs the code (imports and reports name it); everywhere else shows the name.
      title: t('referenceEdit.code'),
      width: 200,
      render: (_, row) => <Typography.Text type="secondary">{row.code}</Typography.Text>,
    },
    {
      title: t('common.actions'),
      width: 300,
      render: (_, row) => <ReferenceItemActions kind={kind} item={row} groupCodes={codes} onEdit={() => onEdit(row)} />,
    },
  ];
  return (
    <Card
      size="small"
      title={title}
      data-testid="reference-table"
      data-kind={kind}
      data-group={group ?? ''}
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={onCreate}>
          {t('referenceEdit.create')}
        </Button>
      }
    >
      <Table<T>
        size="small"
        rowKey="code"
        columns={columns}
        dataSource={rows}
        pagination={false}
        expandable={expandedRow ? { expandedRowRender: expandedRow, rowExpandable: () => true } : undefined}
      />
    </Card>
  );
}
