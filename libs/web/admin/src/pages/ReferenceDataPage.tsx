import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Card,
  Descriptions,
  Flex,
  Skeleton,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { PLACE_KIND_LABELS, PLACE_KINDS, TAG_GROUP_LABELS, TAG_GROUPS } from '@lianzhao/domain';
import { ReferenceDataDocument, type ReferenceDataQuery } from '@lianzhao/web-data';
import { useErrorMessage, useI18n } from '@lianzhao/web-ui';

type Industry = ReferenceDataQuery['industries'][number];

function bySortOrder<T extends { sortOrder: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.sortOrder - b.sortOrder);
}

/** 基础数据: industries with their segments, tags by group and places — read-only for now. */
export function ReferenceDataPage() {
  const { t, label, pick } = useI18n();
  const toMessage = useErrorMessage();
  const { data, loading, error } = useQuery(ReferenceDataDocument);

  const industryColumns: TableColumnsType<Industry> = [
    { title: t('reference.code'), dataIndex: 'code', width: 180 },
    {
      title: t('reference.name'),
      width: 200,
      render: (_, industry) => (
        <Flex gap={8} wrap align="center">
          {pick(industry)}
          {industry.leading && <Tag color="blue">{t('reference.leading')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('reference.segments'),
      render: (_, industry) => (
        <Flex wrap gap={4}>
          {bySortOrder(industry.segments).map((segment) => (
            <Tag key={segment.code}>{pick(segment)}</Tag>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('reference.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('reference.readOnly')} />
      {error && <Alert type="error" showIcon title={toMessage(error)} />}
      {loading && !data ? (
        <Skeleton active />
      ) : (
        data && (
          <>
            <Card title={t('reference.industries')}>
              <Table<Industry>
                rowKey="code"
                columns={industryColumns}
                dataSource={bySortOrder(data.industries)}
                pagination={false}
              />
            </Card>
            <Card title={t('reference.tags')}>
              <Descriptions
                column={1}
                bordered
                items={TAG_GROUPS.map((group) => ({
                  key: group,
                  label: label(TAG_GROUP_LABELS[group]),
                  children: (
                    <Flex wrap gap={4}>
                      {bySortOrder(data.tags.filter((tag) => tag.group === group)).map((tag) => (
                        <Tag key={tag.code}>{pick(tag)}</Tag>
                      ))}
                    </Flex>
                  ),
                }))}
              />
            </Card>
            <Card title={t('reference.places')}>
              <Descriptions
                column={1}
                bordered
                items={PLACE_KINDS.map((kind) => ({
                  key: kind,
                  label: label(PLACE_KIND_LABELS[kind]),
                  children: (
                    <Flex wrap gap={4}>
                      {bySortOrder(data.places.filter((place) => place.kind === kind)).map((place) => (
                        <Tag key={place.code}>{pick(place)}</Tag>
                      ))}
                    </Flex>
                  ),
                }))}
              />
            </Card>
          </>
        )
      )}
    </Flex>
  );
}
