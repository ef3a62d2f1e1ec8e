import { useMutation } from '@apollo/client/react';
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import {
  normalizeReferenceCode,
  PLACE_KIND_LABELS,
  PLACE_KINDS,
  REFERENCE_CODE_MESSAGE,
  REFERENCE_CODE_PATTERN,
  REFERENCE_KIND_LABELS,
  REFERENCE_NAME_EN_MAX,
  REFERENCE_NAME_MAX,
  TAG_GROUP_LABELS,
  TAG_GROUPS,
  type PlaceKind,
  type ReferenceKind,
  type TagGroup,
} from '@lianzhao/domain';
import { CreateReferenceItemDocument, UpdateReferenceItemDocument } from '@lianzhao/web-data';
import { PlaceSelect, useFormErrors, useI18n } from '@lianzhao/web-ui';
import { REFERENCE_QUERIES } from './reference-queries';

/** What the form edits of an existing entry. */
export interface EditedItem {
  code: string;
  name: string;
  nameEn: string;
  leading?: boolean;
  /** A park's town. */
  townCode?: string | null;
}

interface Values {
  code: string;
  name: string;
  nameEn?: string;
  industryCode?: string;
  group?: TagGroup;
  placeKind?: PlaceKind;
  leading?: boolean;
  townCode?: string | null;
}

const FIELDS = ['code', 'name', 'nameEn', 'industryCode', 'group', 'placeKind', 'leading', 'townCode'] as const;

export interface ReferenceItemFormModalProps {
  kind: ReferenceKind;
  /** The entry to rename, or null to create one. */
  item: EditedItem | null;
  /** Industries a new segment may belong to, in display order. */
  industries?: readonly { code: string; name: string; nameEn: string }[];
  /** Preselected group of a new entry: the industry of a segment, the group of a tag, the kind of a place. */
  group?: string;
  onClose: () => void;
}

/** 新建 / 改名 of one reference entry. The code is chosen once: records and reports store it. */
export function ReferenceItemFormModal({ kind, item, industries = [], group, onClose }: ReferenceItemFormModalProps) {
  const { t, label, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrors(form, FIELDS);
  const [create, creating] = useMutation(CreateReferenceItemDocument, { refetchQueries: REFERENCE_QUERIES });
  const [update, updating] = useMutation(UpdateReferenceItemDocument, { refetchQueries: REFERENCE_QUERIES });
  const kindName = label(REFERENCE_KIND_LABELS[kind]);

  const onFinish = async (values: Values) => {
    const names = { name: values.name.trim(), nameEn: values.nameEn?.trim() || null };
    try {
      if (item) {
        await update({
          variables: {
            input: {
              kind,
              code: item.code,
              ...names,
              ...(kind === 'INDUSTRY' ? { leading: values.leading ?? false } : {}),
              ...(kind === 'PARK' ? { townCode: values.townCode ?? null } : {}),
            },
          },
        });
        void message.success(t('common.saved'));
      } else {
        await create({
          variables: {
            input: {
              kind,
              code: normalizeReferenceCode(values.code),
              ...names,
              industryCode: kind === 'SEGMENT' ? (values.industryCode ?? null) : null,
              group: kind === 'TAG' ? (values.group ?? null) : null,
              placeKind: kind === 'PLACE' ? (values.placeKind ?? null) : null,
              leading: kind === 'INDUSTRY' ? (values.leading ?? false) : null,
              townCode: kind === 'PARK' ? (values.townCode ?? null) : null,
            },
          },
        });
        void message.success(t('common.saved'));
      }
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('validation.required', { field }) });
  const chosen = (field: string) => ({ required: true, message: t('validation.select', { field }) });

  return (
    <Modal
      open
      title={t(item ? 'referenceEdit.editKind' : 'referenceEdit.createKind', { kind: kindName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          item
            ? { code: item.code, name: item.name, nameEn: item.nameEn, leading: item.leading, townCode: item.townCode }
            : {
                industryCode: kind === 'SEGMENT' ? group : undefined,
                group: kind === 'TAG' ? (group as TagGroup | undefined) : undefined,
                placeKind: kind === 'PLACE' ? (group as PlaceKind | undefined) : undefined,
              }
        }
      >
        {!item && kind === 'SEGMENT' && (
          <Form.Item name="industryCode" label={t('referenceEdit.industry')} rules={[chosen(t('referenceEdit.industry'))]}>
            <Select options={industries.map((i) => ({ value: i.code, label: pick(i) }))} />
          </Form.Item>
        )}
        {!item && kind === 'TAG' && (
          <Form.Item name="group" label={t('referenceEdit.group')} rules={[chosen(t('referenceEdit.group'))]}>
            <Select options={TAG_GROUPS.map((g) => ({ value: g, label: label(TAG_GROUP_LABELS[g]) }))} />
          </Form.Item>
        )}
        {!item && kind === 'PLACE' && (
          <Form.Item name="placeKind" label={t('referenceEdit.placeKind')} rules={[chosen(t('referenceEdit.placeKind'))]}>
            <Select options={PLACE_KINDS.map((k) => ({ value: k, label: label(PLACE_KIND_LABELS[k]) }))} />
          </Form.Item>
        )}
        {kind === 'PARK' && (
          <Form.Item name="townCode" label={t('referenceEdit.parkTown')} extra={t('referenceEdit.parkTownHint')}>
            <PlaceSelect />
          </Form.Item>
        )}
        <Form.Item
          name="code"
          label={t('referenceEdit.code')}
          extra={item ? undefined : t('referenceEdit.codeHint')}
          rules={
            item
              ? []
              : [
                  required(t('referenceEdit.code')),
                  {
                    validator: async (_, value?: string) => {
                      if (value && !REFERENCE_CODE_PATTERN.test(normalizeReferenceCode(value)))
                        throw new Error(REFERENCE_CODE_MESSAGE);
                    },
                  },
                ]
          }
        >
          <Input disabled={item !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('referenceEdit.name')}
          rules={[
            required(t('referenceEdit.name')),
            { max: REFERENCE_NAME_MAX, message: t('referenceEdit.tooLong', { field: t('referenceEdit.name'), max: REFERENCE_NAME_MAX }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('referenceEdit.nameEn')}
          extra={t('referenceEdit.nameEnHint')}
          rules={[
            {
              max: REFERENCE_NAME_EN_MAX,
              message: t('referenceEdit.tooLong', { field: t('referenceEdit.nameEn'), max: REFERENCE_NAME_EN_MAX }),
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        {kind === 'INDUSTRY' && (
          <Form.Item name="leading" valuePropName="checked">
            <Checkbox>{t('referenceEdit.leading')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
