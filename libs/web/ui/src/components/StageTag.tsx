import { Tag } from 'antd';
import { LEAD_STAGE_LABELS, type LeadStage } from '@lianzhao/domain';
import { useI18n } from '../hooks/useI18n';

/** Colours follow the path: grey at the start, warming towards 签约; 暂缓 amber, 流失 red. */
export const STAGE_COLORS: Readonly<Record<LeadStage, string>> = {
  NEW: 'default',
  CONTACTED: 'blue',
  VISITED: 'cyan',
  NEGOTIATING: 'geekblue',
  APPROVED: 'purple',
  SIGNED: 'green',
  ON_HOLD: 'gold',
  LOST: 'red',
};

export function StageTag({ stage }: { stage: LeadStage }) {
  const { label } = useI18n();
  return (
    <Tag color={STAGE_COLORS[stage]} style={{ marginInlineEnd: 0 }}>
      {label(LEAD_STAGE_LABELS[stage])}
    </Tag>
  );
}
