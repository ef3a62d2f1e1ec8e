import { Cascader } from 'antd';
import { useI18n } from '../hooks/useI18n';
import { offered, useReferenceOptions } from '../hooks/useReferenceOptions';

export interface SegmentCascaderProps {
  id?: string;
  /** The chosen segment code (forms store the segment; the industry follows from it). */
  value?: string | null;
  onChange?: (segmentCode: string | undefined) => void;
  placeholder?: string;
  disabled?: boolean;
}

/** 产业 → 细分赛道, from the reference data; the value is the segment code alone. */
export function SegmentCascader({ id, value, onChange, placeholder, disabled }: SegmentCascaderProps) {
  const { pick } = useI18n();
  const { industries, industryOfSegment, loading } = useReferenceOptions();
  const industry = industryOfSegment(value);
  return (
    <Cascader<{ value: string; label: string; children?: { value: string; label: string }[] }>
      id={id}
      disabled={disabled}
      loading={loading}
      placeholder={placeholder}
      showSearch
      value={value && industry ? [industry, value] : undefined}
      onChange={(path) => onChange?.(path?.[1] ? String(path[1]) : undefined)}
      options={industries.flatMap((i) => {
        const segments = offered(i.segments, value);
        // An industry without a segment left to choose is no choice either.
        if (!segments.length || (i.retired && !segments.some((s) => s.code === value))) return [];
        return [{ value: i.code, label: pick(i), children: segments.map((s) => ({ value: s.code, label: pick(s) })) }];
      })}
    />
  );
}
