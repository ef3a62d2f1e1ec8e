import { useCallback } from 'react';
import { useQuery } from '@apollo/client/react';
import { MILESTONE_LABELS, type MilestoneCode } from '@lianzhao/domain';
import { MilestoneNamesDocument } from '@lianzhao/web-data';
import { useI18n } from './useI18n';

/**
 * A milestone's name as admins keep it (one name per code, 节点模板 → 改名), in the user's
 * language; libs/domain's name until the templates arrive.
 */
export function useMilestoneLabel(): (code: MilestoneCode) => string {
  const { label, pick } = useI18n();
  const { data } = useQuery(MilestoneNamesDocument, { fetchPolicy: 'cache-first' });
  return useCallback(
    (code: MilestoneCode) => {
      const kept = data?.milestoneTemplates.find((template) => template.code === code);
      return kept ? pick(kept) : label(MILESTONE_LABELS[code]);
    },
    [data, label, pick],
  );
}
