import { Flex, Tag } from 'antd';
import { useI18n } from '../hooks/useI18n';
import { useReferenceOptions } from '../hooks/useReferenceOptions';

/** Tag codes shown by their names from the reference data. */
export function TagList({ codes }: { codes: readonly string[] }) {
  const { pick } = useI18n();
  const { tags, loading } = useReferenceOptions();
  if (codes.length === 0) return <>—</>;
  // Until the names arrive, nothing rather than codes such as HIGH_TECH.
  if (loading && tags.length === 0) return null;
  return (
    <Flex wrap gap={4}>
      {codes.map((code) => {
        const tag = tags.find((t) => t.code === code);
        return <Tag key={code}>{tag ? pick(tag) : code}</Tag>;
      })}
    </Flex>
  );
}
