import { useState } from 'react';
import { Input, Space } from 'antd';
import { useT } from '../hooks/useI18n';
import { amountRangeInverted, checkAmount, type AmountUnit } from './filter-fields';

export interface AmountRangeFilterProps {
  /** What the range is of, e.g. 计划投资（万元）; names both boxes for screen readers. */
  label: string;
  kind: AmountUnit;
  min: string | undefined;
  max: string | undefined;
  onChange: (min: string | undefined, max: string | undefined) => void;
}

function AmountInput(props: {
  value: string | undefined;
  kind: AmountUnit;
  label: string;
  placeholder: string;
  /** Why the applied value cannot be used with the other bound, if it cannot. */
  conflict?: string;
  onCommit: (value: string | undefined) => void;
}) {
  const [text, setText] = useState(props.value ?? '');
  const checked = text.trim() ? checkAmount(text, props.kind) : null;
  const problem = checked && !checked.ok ? checked.message : props.conflict;
  const commit = () => {
    if (!checked) props.onCommit(undefined);
    else if (checked.ok) props.onCommit(checked.value);
  };
  return (
    <Input
      style={{ width: 130 }}
      inputMode="decimal"
      aria-label={props.label}
      placeholder={props.placeholder}
      value={text}
      status={problem ? 'error' : undefined}
      title={problem}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}

/** An amount from–to, applied when the user leaves a box or presses Enter; a bad entry stays unapplied and marked. */
export function AmountRangeFilter({ label, kind, min, max, onChange }: AmountRangeFilterProps) {
  const t = useT();
  // The list ignores an inverted range (filterFromUrl); say so rather than show every row silently.
  const inverted = amountRangeInverted(min, max);
  return (
    <Space.Compact>
      <AmountInput
        key={`min-${min ?? ''}`}
        value={min}
        kind={kind}
        label={t('filters.rangeMinOf', { field: label })}
        placeholder={t('filters.rangeMin')}
        onCommit={(v) => onChange(v, max)}
      />
      <AmountInput
        key={`max-${max ?? ''}`}
        value={max}
        kind={kind}
        label={t('filters.rangeMaxOf', { field: label })}
        placeholder={t('filters.rangeMax')}
        conflict={inverted ? t('filters.rangeInverted') : undefined}
        onCommit={(v) => onChange(min, v)}
      />
    </Space.Compact>
  );
}
