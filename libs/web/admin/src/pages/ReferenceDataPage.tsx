import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import {
  PLACE_KIND_LABELS,
  PLACE_KINDS,
  REFERENCE_KIND_LABELS,
  TAG_GROUP_LABELS,
  TAG_GROUPS,
  type ReferenceKind,
} from '@lianzhao/domain';
import { ReferenceDataDocument, type ReferenceDataQuery } from '@lianzhao/web-data';
import { useErrorMessage, useI18n } from '@lianzhao/web-ui';
import { MilestoneTemplatesCard } from '../components/reference/MilestoneTemplatesCard';
import { ReferenceHistory } from '../components/reference/ReferenceHistory';
import { ReferenceItemFormModal, type EditedItem } from '../components/reference/ReferenceItemFormModal';
import { ReferenceTable } from '../components/reference/ReferenceTable';
import { inDisplayOrder } from '../utils/reference-order';

type Industry = ReferenceDataQuery['industries'][number];

/** The form open on the page: which kind, which entry (none for a new one), which group. */
interface Editing {
  kind: ReferenceKind;
  item: EditedItem | null;
  group?: string;
}

/**
 * 基础数据: industries and their segments, tags by group, towns and streets, parks, each editable by an
 * admin (create, rename, reorder, retire, delete an unused one), which milestones of a project type
 * may be skipped, and the history of every change.
 */
export function ReferenceDataPage() {
  const { t, label, pick } = useI18n();
  const toMessage = useErrorMessage();
  const { data, loading, error } = useQuery(ReferenceDataDocument);
  const [editing, setEditing] = useState<Editing | null>(null);
  const industries = inDisplayOrder(data?.industries ?? []);

  const edit = (kind: ReferenceKind) => (item: EditedItem) => setEditing({ kind, item });
  const create = (kind: ReferenceKind, group?: string) => () => setEditing({ kind, item: null, group });

  const segmentsOf = (industry: Industry) => (
    <ReferenceTable
      kind="SEGMENT"
      title={t('referenceEdit.segmentsOf', { industry: pick(industry) })}
      items={industry.segments}
      group={industry.code}
      onCreate={create('SEGMENT', industry.code)}
      onEdit={edit('SEGMENT')}
    />
  );

  const tabs = data
    ? [
        {
          key: 'industries',
          label: t('reference.industries'),
          children: (
            <ReferenceTable
              kind="INDUSTRY"
              title={label(REFERENCE_KIND_LABELS.INDUSTRY)}
              items={industries}
              onCreate={create('INDUSTRY')}
              onEdit={edit('INDUSTRY')}
              expandedRow={segmentsOf}
            />
          ),
        },
        {
          key: 'tags',
          label: t('reference.tags'),
          children: (
            <Flex vertical gap={16}>
              {TAG_GROUPS.map((group) => (
                <ReferenceTable
                  key={group}
                  kind="TAG"
                  title={label(TAG_GROUP_LABELS[group])}
                  items={data.tags.filter((tag) => tag.group === group)}
                  group={group}
                  onCreate={create('TAG', group)}
                  onEdit={edit('TAG')}
                />
              ))}
            </Flex>
          ),
        },
        {
          key: 'places',
          label: t('reference.places'),
          children: (
            <Flex vertical gap={16}>
              {PLACE_KINDS.map((kind) => (
                <ReferenceTable
                  key={kind}
                  kind="PLACE"
                  title={label(PLACE_KIND_LABELS[kind])}
                  items={data.places.filter((place) => place.kind === kind)}
                  group={kind}
                  onCreate={create('PLACE', kind)}
                  onEdit={edit('PLACE')}
                />
              ))}
            </Flex>
          ),
        },
        {
          key: 'parks',
          label: label(REFERENCE_KIND_LABELS.PARK),
          children: (
            <ReferenceTable
              kind="PARK"
              title={label(REFERENCE_KIND_LABELS.PARK)}
              items={data.parks}
              onCreate={create('PARK')}
              onEdit={edit('PARK')}
              detail={(park) => {
                const town = data.places.find((p) => p.code === park.townCode);
                return <Tag>{town ? pick(town) : t('referenceEdit.anyTown')}</Tag>;
              }}
            />
          ),
        },
        { key: 'templates', label: t('referenceEdit.templates'), children: <MilestoneTemplatesCard /> },
        { key: 'history', label: t('referenceEdit.history'), children: <ReferenceHistory /> },
      ]
    : [];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('reference.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('referenceEdit.intro')} />
      {error && <Alert type="error" showIcon title={toMessage(error)} />}
      {loading && !data ? <Skeleton active /> : data && <Tabs items={tabs} />}
      {editing && (
        <ReferenceItemFormModal
          kind={editing.kind}
          item={editing.item}
          group={editing.group}
          industries={industries}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
