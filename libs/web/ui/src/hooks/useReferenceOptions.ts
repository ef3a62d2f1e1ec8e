import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { ReferenceOptionsDocument, type ReferenceOptionsQuery } from '@lianzhao/web-data';

export type IndustryOption = ReferenceOptionsQuery['industries'][number];
export type TagOption = ReferenceOptionsQuery['tags'][number];
export type PlaceOption = ReferenceOptionsQuery['places'][number];

export interface ReferenceOptions {
  industries: IndustryOption[];
  tags: TagOption[];
  places: PlaceOption[];
  loading: boolean;
  /** The industry a segment belongs to: forms pick a segment, filters and cascaders need both. */
  industryOfSegment: (segmentCode: string | null | undefined) => string | undefined;
}

/**
 * The entries a picker offers: those in use, plus any retired one the record already holds (so an
 * old record still shows and keeps it), never a retired one for a new choice.
 */
export function offered<T extends { code: string; retired: boolean }>(
  items: readonly T[],
  selected: string | readonly string[] | null | undefined,
): T[] {
  const chosen = new Set(typeof selected === 'string' ? [selected] : (selected ?? []));
  return items.filter((item) => !item.retired || chosen.has(item.code));
}

function bySortOrder<T extends { sortOrder: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.sortOrder - b.sortOrder);
}

/**
 * Industries, tags and places, in the admin's order. Reference data is edited by an admin, never
 * hard-coded in screens (DOMAIN.md); it changes rarely, so the cached answer serves every picker.
 */
export function useReferenceOptions(): ReferenceOptions {
  const { data, loading } = useQuery(ReferenceOptionsDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const industries = bySortOrder(data?.industries ?? []).map((industry) => ({
      ...industry,
      segments: bySortOrder(industry.segments),
    }));
    const owner = new Map<string, string>();
    for (const industry of industries) for (const s of industry.segments) owner.set(s.code, industry.code);
    return {
      industries,
      tags: bySortOrder(data?.tags ?? []),
      places: bySortOrder(data?.places ?? []),
      loading,
      industryOfSegment: (code) => (code ? owner.get(code) : undefined),
    };
  }, [data, loading]);
}
