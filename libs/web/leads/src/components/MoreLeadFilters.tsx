import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, DatePicker, Form, Popover } from 'antd';
import dayjs from 'dayjs';
import { useT, type MessageKey } from '@lianzhao/web-ui';
import { MORE_FILTER_KEYS, type LeadUrlKey, type LeadUrlState } from '../utils/lead-filters';
import { AmountRangeFilter, type AmountKind } from './AmountRangeFilter';

export interface MoreLeadFiltersProps {
  state: LeadUrlState;
  onChange: (patch: Partial<Record<LeadUrlKey, string | undefined>>) => void;
}

/** The amount ranges behind 更多筛选: [URL key of the lower bound, of the upper, label key, kind]. */
const AMOUNT_RANGES = [
  ['invMin', 'invMax', 'leads.plannedInvestmentWan', 'money'],
  ['outMin', 'outMax', 'leads.expectedOutputWan', 'money'],
  ['landMin', 'landMax', 'leads.landNeedMu', 'area'],
  ['spaceMin', 'spaceMax', 'leads.spaceNeedM2', 'area'],
] as const satisfies readonly (readonly [LeadUrlKey, LeadUrlKey, MessageKey, AmountKind])[];

/**
 * The filters used less often (expected signing date and the amount ranges) in a popover, so the
 * bar stays one line; the button counts how many of them are set.
 */
export function MoreLeadFilters({ state, onChange }: MoreLeadFiltersProps) {
  const t = useT();
  const set = MORE_FILTER_KEYS.filter((key) => state[key]).length;
  const content = (
    <Form layout="vertical" style={{ width: 300 }} component="div">
      <Form.Item label={t('leads.expectedSigningOn')} style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          aria-label={t('leads.expectedSigningOn')}
          placeholder={[t('leads.signingFrom'), t('leads.signingTo')]}
          value={[state.signFrom ? dayjs(state.signFrom) : null, state.signTo ? dayjs(state.signTo) : null]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            onChange({
              signFrom: range?.[0]?.format('YYYY-MM-DD'),
              signTo: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
        />
      </Form.Item>
      {AMOUNT_RANGES.map(([minKey, maxKey, labelKey, kind]) => (
        <Form.Item key={minKey} label={t(labelKey)} style={{ marginBottom: 12 }}>
          <AmountRangeFilter
            label={t(labelKey)}
            kind={kind}
            min={state[minKey]}
            max={state[maxKey]}
            onChange={(min, max) => onChange({ [minKey]: min, [maxKey]: max })}
          />
        </Form.Item>
      ))}
    </Form>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('filters.more')} content={content}>
      <Badge count={set} size="small">
        <Button icon={<FilterOutlined />}>{t('filters.more')}</Button>
      </Badge>
    </Popover>
  );
}
