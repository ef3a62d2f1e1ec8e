import { useState } from 'react';
import { Input, Space } from 'antd';
import { areaProblem, compareDecimals, parseWanYuan } from '@lianzhao/domain';
import { useT } from '@lianzhao/web-ui';

/** 万元 amounts take the money parser alone; 亩 and m² also the area limits, as the server checks them. */
export type AmountKind = 'money' | 'area';

export interface AmountRangeFilterProps {
  /** What the range is of, e.g. 计划投资（万元）; names both boxes for screen readers. */
  label: string;
  kind: AmountKind;
  min: string | undefined;
  max: string | undefined;
  onChange: (min: string | undefined, max: string | undefined) => void;
}

type Checked = { ok: true; value: string } | { ok: false; message: string };

function check(text: string, kind: AmountKind): Checked {
  const parsed = parseWanYuan(text);
  if (!parsed.ok || kind === 'money') return parsed;
  const problem = areaProblem(parsed.value);
  return problem ? { ok: false, message: problem } : parsed;
}

function AmountInput(props: {
  value: string | undefined;
  kind: AmountKind;
  label: string;
  placeholder: string;
  /** Why the applied value cannot be used with the other bound, if it cannot. */
  conflict?: string;
  onCommit: (value: string | undefined) => void;
}) {
  const [text, setText] = useState(props.value ?? '');
  const checked = text.trim() ? check(text, props.kind) : null;
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
  // The list ignores an inverted range (lead-filters.ts); say so rather than show every lead silently.
  const inverted = min !== undefined && max !== undefined && compareDecimals(min, max) > 0;
  return (
    <Space.Compact>
      <AmountInput
        key={`min-${min ?? ''}`}
        value={min}
        kind={kind}
        label={t('leads.rangeMinOf', { field: label })}
        placeholder={t('leads.rangeMin')}
        onCommit={(v) => onChange(v, max)}
      />
      <AmountInput
        key={`max-${max ?? ''}`}
        value={max}
        kind={kind}
        label={t('leads.rangeMaxOf', { field: label })}
        placeholder={t('leads.rangeMax')}
        conflict={inverted ? t('leads.rangeInverted') : undefined}
        onCommit={(v) => onChange(min, v)}
      />
    </Space.Compact>
  );
}
