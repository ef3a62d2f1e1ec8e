import { SearchOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Role } from '@lianzhao/domain';
import { COMPACT_LAYOUT_QUERY, useI18n, useMediaQuery } from '@lianzhao/web-ui';
import { CommandPalette } from './CommandPalette';

/** Apple keyboards say ⌘, the rest Ctrl. */
function shortcutLabel(): string {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl K';
}

export interface GlobalSearchProps {
  role: Role;
}

/** The header's search box: opens the palette on click and on Ctrl+K / ⌘K anywhere in the app. */
export function GlobalSearch({ role }: GlobalSearchProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const compact = useMediaQuery(COMPACT_LAYOUT_QUERY);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        // The browser's own Ctrl+K (search bar) would take the keys away from the page.
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      {/* On a phone the header has room for an icon only, beside the name it must not crowd out. */}
      <Button
        icon={<SearchOutlined />}
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Control+K Meta+K"
        aria-label={compact ? t('search.open') : undefined}
      >
        {!compact && (
          <>
            {t('search.open')}
            <Typography.Text type="secondary" keyboard>
              {shortcutLabel()}
            </Typography.Text>
          </>
        )}
      </Button>
      <CommandPalette open={open} role={role} onClose={() => setOpen(false)} />
    </>
  );
}
