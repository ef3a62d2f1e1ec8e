import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Flex, Tag, Typography } from 'antd';
import {
  PlaceOnLinkDocument,
  RecordChainLinksDocument,
  RemovePlacementDocument,
  type ChainEntityType,
} from '@lianzhao/web-data';
import { useI18n, useShowError } from '@lianzhao/web-ui';

/**
 * 产业链环节 of one record (a lead's page): the links it is placed on, and the other links of its
 * segment offered as suggestions, each placed with a click.
 */
export function RecordChainLinks({
  entityType,
  entityId,
  readOnly = false,
}: {
  entityType: ChainEntityType;
  entityId: string;
  readOnly?: boolean;
}) {
  const { t } = useI18n();
  const showError = useShowError();
  const { data, refetch } = useQuery(RecordChainLinksDocument, {
    variables: { entityType, entityId },
    fetchPolicy: 'cache-and-network',
  });
  const [place] = useMutation(PlaceOnLinkDocument);
  const [remove] = useMutation(RemovePlacementDocument);
  const placed = data?.chainPlacements ?? [];
  const placedIds = new Set(placed.map((p) => p.link.id));
  const suggested = (data?.suggestedChainLinks ?? []).filter((l) => !placedIds.has(l.id));
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await refetch();
    } catch (error) {
      showError(error);
    }
  };
  return (
    <Card title={t('chain.recordLinks')} data-testid="record-chain-links">
      <Flex vertical gap={8}>
        <Flex gap={4} wrap>
          {placed.length === 0 ? (
            <Typography.Text type="secondary">{t('chain.notPlaced')}</Typography.Text>
          ) : null}
          {placed.map((p) => (
            <Tag
              key={p.id}
              color="blue"
              closable={!readOnly}
              onClose={(e) => {
                e.preventDefault();
                void run(() => remove({ variables: { id: p.id } }));
              }}
            >
              {p.link.name}
            </Tag>
          ))}
        </Flex>
        {!readOnly && suggested.length > 0 ? (
          <Flex gap={4} wrap align="center">
            <Typography.Text type="secondary">{t('chain.suggested')}</Typography.Text>
            {suggested.map((l) => (
              <Tag
                key={l.id}
                icon={<PlusOutlined />}
                style={{ cursor: 'pointer', borderStyle: 'dashed' }}
                onClick={() =>
                  void run(() => place({ variables: { input: { entityType, entityId, linkId: l.id } } }))
                }
              >
                {l.name}
              </Tag>
            ))}
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
