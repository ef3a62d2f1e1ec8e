import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Empty, Input, Modal, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { phoneSearchDigits, RECORD_KIND_LABELS, recordPath, type RecordKind, type Role } from '@lianzhao/domain';
import { GlobalSearchDocument, type GlobalSearchQuery } from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';

/** How long typing must pause before the search is sent. */
const DEBOUNCE_MS = 250;
/** Hits per kind the palette shows. */
const HITS_PER_KIND = 5;

type Hit = GlobalSearchQuery['globalSearch'][number]['hits'][number];

/** Whether the API will search this text: two characters of a name, or a phone's digits. */
export function searchable(text: string): boolean {
  return [...text.trim()].length >= 2 || phoneSearchDigits(text) !== null;
}

/** The text after typing has paused. */
function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

export interface CommandPaletteProps {
  open: boolean;
  role: Role;
  onClose: () => void;
}

/**
 * The Ctrl+K palette: one box, results grouped by kind, ↑/↓ to choose, Enter to open, Esc to
 * close. Each kind is what the caller's role may see (the API decides).
 */
export function CommandPalette({ open, role, onClose }: CommandPaletteProps) {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const term = useDebounced(text.trim());
  const ready = open && searchable(term);
  const { data, previousData, loading, error } = useQuery(GlobalSearchDocument, {
    variables: { text: term, first: HITS_PER_KIND },
    skip: !ready,
  });
  const groups = useMemo(
    () => (ready ? ((data ?? previousData)?.globalSearch ?? []).filter((g) => g.hits.length) : []),
    [ready, data, previousData],
  );
  const hits: Hit[] = useMemo(() => groups.flatMap((g) => g.hits), [groups]);

  // A new result list starts at its first hit.
  useEffect(() => setActive(0), [hits]);

  const openHit = (hit: Hit) => {
    onClose();
    setText('');
    navigate(recordPath(hit.kind as RecordKind, hit.id, role));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setActive((i) => (i + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive((i) => (i - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && hits[active]) {
      event.preventDefault();
      openHit(hits[active]);
    }
  };

  let index = -1;
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={<Typography.Text type="secondary">{t('search.keys')}</Typography.Text>}
      closable={false}
      title={null}
      destroyOnHidden
      width={640}
      styles={{ body: { maxHeight: '60vh', overflowY: 'auto' } }}
    >
      <Input
        autoFocus
        size="large"
        prefix={<SearchOutlined />}
        placeholder={t('search.placeholder')}
        aria-label={t('search.open')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="global-search-results"
        aria-activedescendant={hits[active] ? `global-search-${hits[active].id}` : undefined}
        suffix={loading ? <Spin size="small" /> : null}
      />
      <div id="global-search-results" role="listbox" style={{ marginTop: 12 }}>
        {!ready ? (
          <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>
        ) : error ? (
          <Typography.Text type="danger">{t('search.failed')}</Typography.Text>
        ) : !groups.length && !loading ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty')} />
        ) : (
          groups.map((group) => (
            <section key={group.kind} aria-label={label(RECORD_KIND_LABELS[group.kind as RecordKind])}>
              <Typography.Text type="secondary" strong>
                {label(RECORD_KIND_LABELS[group.kind as RecordKind])}
              </Typography.Text>
              <div>
                {group.hits.map((hit) => {
                  index += 1;
                  const mine = index;
                  const selected = mine === active;
                  return (
                    <div
                      key={hit.id}
                      id={`global-search-${hit.id}`}
                      role="option"
                      aria-selected={selected}
                      onMouseEnter={() => setActive(mine)}
                      onClick={() => openHit(hit)}
                      style={{
                        cursor: 'pointer',
                        padding: '6px 8px',
                        borderRadius: 6,
                        background: selected ? 'rgba(22, 119, 255, 0.08)' : undefined,
                      }}
                    >
                      <Typography.Text strong>{hit.title}</Typography.Text>
                      {hit.detail ? (
                        <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
                          {hit.detail}
                        </Typography.Text>
                      ) : null}
                    </div>
                  );
                })}
              </div>
              {group.hasMore ? <Typography.Text type="secondary">{t('search.more')}</Typography.Text> : null}
            </section>
          ))
        )}
      </div>
    </Modal>
  );
}
