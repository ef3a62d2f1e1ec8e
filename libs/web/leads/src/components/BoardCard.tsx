import type { DragEvent } from 'react';
import { Card, Flex, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { LeadCardFragment } from '@lianzhao/web-data';
import { moneyText, useI18n } from '@lianzhao/web-ui';

export interface BoardCardProps {
  lead: LeadCardFragment;
  draggable: boolean;
  moving: boolean;
  onDragStart: (lead: LeadCardFragment) => void;
  onDragEnd: () => void;
}

/** One lead on the board: project, company, amount and owner; dragged to change its stage. */
export function BoardCard({ lead, draggable, moving, onDragStart, onDragEnd }: BoardCardProps) {
  const { t, locale } = useI18n();
  const start = (event: DragEvent<HTMLDivElement>) => {
    // The id travels with the drag as well, for drops the page did not see start (another window).
    event.dataTransfer?.setData('text/plain', lead.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    onDragStart(lead);
  };
  return (
    <div
      draggable={draggable}
      onDragStart={draggable ? start : undefined}
      onDragEnd={onDragEnd}
      data-testid="lead-card"
      data-lead-id={lead.id}
      style={{ cursor: draggable ? 'grab' : 'default' }}
    >
      <Spin spinning={moving} size="small">
        <Card size="small" hoverable>
          <Flex vertical gap={4}>
            <Link to={`/leads/${lead.id}`} draggable={false}>
              <Typography.Text strong>{lead.projectName}</Typography.Text>
            </Link>
            <Typography.Text type="secondary" ellipsis>
              {lead.enterprise.name}
            </Typography.Text>
            <Flex justify="space-between" align="center" gap={4}>
              <Typography.Text>{moneyText(lead.plannedInvestment, locale)}</Typography.Text>
              {lead.grade && (
                <Tag color={lead.grade === 'A' ? 'red' : lead.grade === 'B' ? 'orange' : 'default'}>
                  {lead.grade}
                </Tag>
              )}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {lead.owner.displayName}
              {lead.expectedSigningOn && ` · ${t('leads.expectedSigningShort')} ${lead.expectedSigningOn}`}
            </Typography.Text>
          </Flex>
        </Card>
      </Spin>
    </div>
  );
}
