import { Select } from 'antd';
import { allowedMoves, LEAD_STAGE_LABELS, type LeadStage } from '@lianzhao/domain';
import { useI18n } from '@lianzhao/web-ui';
import type { LeadMover, MovableLead } from '../hooks/useLeadMover';

/** 变更阶段 on the lead page: only the stages the pipeline allows from here are offered. */
export function StageMoveSelect({ lead, mover }: { lead: MovableLead; mover: LeadMover }) {
  const { t, label } = useI18n();
  const moves = allowedMoves(lead.stage);
  return (
    <Select<LeadStage>
      aria-label={t('leads.moveTo')}
      placeholder={moves.length ? t('leads.moveTo') : t('leads.finalStage')}
      disabled={moves.length === 0}
      loading={mover.movingId === lead.id}
      style={{ width: 180 }}
      value={null}
      onChange={(stage) => mover.request(lead, stage, { confirm: true })}
      options={moves.map((s) => ({ value: s, label: label(LEAD_STAGE_LABELS[s]) }))}
    />
  );
}
