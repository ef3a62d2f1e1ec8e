import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import type { ReferenceKind } from '@lianzhao/domain';
import {
  DeleteReferenceItemDocument,
  ReorderReferenceItemsDocument,
  RetireReferenceItemDocument,
} from '@lianzhao/web-data';
import { useErrorMessage, useI18n } from '@lianzhao/web-ui';
import { moved } from '../../utils/reference-order';
import { REFERENCE_QUERIES } from './reference-queries';

export interface ReferenceItemActionsProps {
  kind: ReferenceKind;
  item: { code: string; name: string; nameEn: string; retired: boolean };
  /** The codes of the entry's group in display order: what moving up or down rearranges. */
  groupCodes: readonly string[];
  onEdit: () => void;
}

/** 改名 · 上移 · 下移 · 停用/恢复 · 删除 of one entry. */
export function ReferenceItemActions({ kind, item, groupCodes, onEdit }: ReferenceItemActionsProps) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const toMessage = useErrorMessage();
  const options = { refetchQueries: REFERENCE_QUERIES, awaitRefetchQueries: true };
  const [reorder, reordering] = useMutation(ReorderReferenceItemsDocument, options);
  const [retire, retiring] = useMutation(RetireReferenceItemDocument, options);
  const [remove, removing] = useMutation(DeleteReferenceItemDocument, options);
  const name = pick(item);

  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) void message.success(done);
    } catch (error) {
      void message.error(toMessage(error));
    }
  };
  const move = (step: -1 | 1) => {
    const codes = moved(groupCodes, item.code, step);
    if (codes) void run(() => reorder({ variables: { input: { kind, codes } } }));
  };
  const index = groupCodes.indexOf(item.code);

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={onEdit}>
        {t('referenceEdit.edit')}
      </Button>
      <Tooltip title={t('referenceEdit.up')}>
        <Button
          type="text"
          size="small"
          aria-label={`${t('referenceEdit.up')} ${name}`}
          icon={<ArrowUpOutlined />}
          disabled={index <= 0 || reordering.loading}
          onClick={() => move(-1)}
        />
      </Tooltip>
      <Tooltip title={t('referenceEdit.down')}>
        <Button
          type="text"
          size="small"
          aria-label={`${t('referenceEdit.down')} ${name}`}
          icon={<ArrowDownOutlined />}
          disabled={index < 0 || index >= groupCodes.length - 1 || reordering.loading}
          onClick={() => move(1)}
        />
      </Tooltip>
      <Button
        type="link"
        size="small"
        loading={retiring.loading}
        onClick={() =>
          void run(
            () => retire({ variables: { input: { kind, code: item.code, retired: !item.retired } } }),
            t(item.retired ? 'referenceEdit.restoredDone' : 'referenceEdit.retiredDone', { name }),
          )
        }
      >
        {t(item.retired ? 'referenceEdit.restore' : 'referenceEdit.retire')}
      </Button>
      <Popconfirm
        title={t('referenceEdit.deleteConfirm', { name })}
        okText={t('referenceEdit.delete')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          run(
            () => remove({ variables: { input: { kind, code: item.code } } }),
            t('referenceEdit.deleted', { name }),
          )
        }
      >
        <Button type="link" size="small" danger loading={removing.loading}>
          {t('referenceEdit.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
