import { useState } from 'react';
import { Input, Space } from 'antd';
import { parseWanYuan } from '@lianzhao/domain';
import { useT } from '@lianzhao/web-ui';

export interface AmountRangeFilterProps {
  min: string | undefined;
  max: string | undefined;
  onChange: (patch: { invMin?: string; invMax?: string }) => void;
}

function AmountInput(props: {
  value: string | undefined;
  placeholder: string;
  onCommit: (value: string | undefined) => void;
}) {
  const [text, setText] = useState(props.value ?? '');
  const parsed = text.trim() ? parseWanYuan(text) : null;
  const commit = () => {
    if (!parsed) props.onCommit(undefined);
    else if (parsed.ok) props.onCommit(parsed.value);
  };
  return (
    <Input
      style={{ width: 150 }}
      inputMode="decimal"
      aria-label={props.placeholder}
      placeholder={props.placeholder}
      value={text}
      status={parsed && !parsed.ok ? 'error' : undefined}
      title={parsed && !parsed.ok ? parsed.message : undefined}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}

/** 计划投资 from–to in 万元, applied when the user leaves the box or presses Enter. */
export function AmountRangeFilter({ min, max, onChange }: AmountRangeFilterProps) {
  const t = useT();
  return (
    <Space.Compact>
      <AmountInput
        key={`min-${min ?? ''}`}
        value={min}
        placeholder={t('leads.investmentMin')}
        onCommit={(v) => onChange({ invMin: v })}
      />
      <AmountInput
        key={`max-${max ?? ''}`}
        value={max}
        placeholder={t('leads.investmentMax')}
        onCommit={(v) => onChange({ invMax: v })}
      />
    </Space.Compact>
  );
}
