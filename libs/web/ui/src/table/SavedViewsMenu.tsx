import { useState } from 'react';
import {
  DeleteOutlined,
  EditOutlined,
  EyeOutlined,
  SaveOutlined,
  StarFilled,
  StarOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Popover,
  Tag,
  Tooltip,
} from 'antd';
import type { SavedViewRowFragment } from '@lianzhao/web-data';
import { useFormErrors } from '../hooks/useApiError';
import { useT } from '../hooks/useI18n';
import type { ListView } from './useListView';

interface NameForm {
  name: string;
  isDefault?: boolean;
}

/**
 * 视图: the user's saved views of a list — apply one, save the current filters, columns and sort as
 * a new one, overwrite, rename, mark as default (the list opens with it), delete.
 */
export function SavedViewsMenu({ view }: { view: ListView }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  /** The view being renamed, or `'new'` for 另存为视图; the modal is open while set. */
  const [naming, setNaming] = useState<SavedViewRowFragment | 'new' | null>(null);
  const [form] = Form.useForm<NameForm>();
  const onFormError = useFormErrors(form, ['name']);
  const [busy, setBusy] = useState(false);

  /** Runs one change; a refusal is shown (on the name field if it names it) and reported as false. */
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      return true;
    } catch (error) {
      onFormError(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const startNaming = (target: SavedViewRowFragment | 'new') => {
    setOpen(false);
    form.setFieldsValue({ name: target === 'new' ? '' : target.name, isDefault: false });
    setNaming(target);
  };

  const submitName = async () => {
    let values: NameForm;
    try {
      values = await form.validateFields();
    } catch {
      return; // The form shows what is missing.
    }
    const { name, isDefault } = values;
    const saved = await run(async () => {
      if (naming === 'new') await view.save(name, Boolean(isDefault));
      else if (naming) await view.rename(naming, name);
    });
    if (!saved) return;
    void message.success(t('list.viewSaved', { name: name.trim() }));
    setNaming(null);
  };

  const panel = (
    <div style={{ width: 320 }}>
      {view.views.length ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {view.views.map((item) => (
            <li key={item.id} style={{ display: 'flex', alignItems: 'center', gap: 4, padding: '4px 0' }}>
              <span style={{ flex: 1, minWidth: 0 }}>
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => {
                    view.apply(item);
                    setOpen(false);
                    void message.info(t('list.viewApplied', { name: item.name }));
                  }}
                >
                  {item.name}
                </Button>
                {item.isDefault && <Tag style={{ marginInlineStart: 8 }}>{t('list.defaultTag')}</Tag>}
              </span>
              {[
                <Tooltip
                  key="default"
                  title={item.isDefault ? t('list.unsetDefault') : t('list.makeDefault')}
                >
                  <Button
                    type="text"
                    size="small"
                    aria-label={item.isDefault ? t('list.unsetDefault') : t('list.makeDefault')}
                    icon={item.isDefault ? <StarFilled /> : <StarOutlined />}
                    onClick={() => void run(() => view.setDefault(item, !item.isDefault))}
                  />
                </Tooltip>,
                <Tooltip key="overwrite" title={t('list.overwriteView', { name: item.name })}>
                  <Button
                    type="text"
                    size="small"
                    aria-label={t('list.overwriteView', { name: item.name })}
                    icon={<SaveOutlined />}
                    onClick={() =>
                      void run(() => view.overwrite(item)).then(
                        (ok) => ok && message.success(t('list.viewSaved', { name: item.name })),
                      )
                    }
                  />
                </Tooltip>,
                <Tooltip key="rename" title={t('list.renameView')}>
                  <Button
                    type="text"
                    size="small"
                    aria-label={t('list.renameView')}
                    icon={<EditOutlined />}
                    onClick={() => startNaming(item)}
                  />
                </Tooltip>,
                <Popconfirm
                  key="delete"
                  title={t('list.deleteViewConfirm', { name: item.name })}
                  onConfirm={() => run(() => view.remove(item))}
                >
                  <Button
                    type="text"
                    size="small"
                    danger
                    aria-label={t('list.deleteView')}
                    icon={<DeleteOutlined />}
                  />
                </Popconfirm>,
              ]}
            </li>
          ))}
        </ul>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.noViews')} />
      )}
      <Button block icon={<SaveOutlined />} style={{ marginTop: 8 }} onClick={() => startNaming('new')}>
        {t('list.saveView')}
      </Button>
    </div>
  );

  return (
    <>
      <Popover
        trigger="click"
        placement="bottomRight"
        title={t('list.allViews')}
        content={panel}
        open={open}
        onOpenChange={setOpen}
      >
        <Button icon={<EyeOutlined />} loading={busy}>
          {t('list.views')}
        </Button>
      </Popover>
      <Modal
        title={naming === 'new' ? t('list.saveView') : t('list.renameView')}
        open={naming !== null}
        onOk={() => void submitName()}
        onCancel={() => setNaming(null)}
        confirmLoading={busy}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="name"
            label={t('list.viewName')}
            rules={[{ required: true, whitespace: true, message: t('list.viewNameRequired') }]}
          >
            <Input maxLength={40} autoFocus />
          </Form.Item>
          {naming === 'new' && (
            <Form.Item name="isDefault" valuePropName="checked">
              <Checkbox>{t('list.viewIsDefault')}</Checkbox>
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
