import { MILESTONE_CODES } from '@lianzhao/domain';
import { useMilestoneLabel } from '../hooks/useMilestoneLabel';
import { OptionsSelect, type OptionsSelectBaseProps } from './OptionsSelect';

/** A milestone by the name admins keep for it (节点模板 → 改名), in milestone order. */
export function MilestoneSelect(props: OptionsSelectBaseProps) {
  const milestoneLabel = useMilestoneLabel();
  return (
    <OptionsSelect
      {...props}
      options={MILESTONE_CODES.map((code) => ({ value: code, label: milestoneLabel(code) }))}
    />
  );
}
