import { ROLE_LABELS } from '@lianzhao/domain';
import type { ExportTable } from '@lianzhao/api-core';
import type { User } from './user.entity';

const SHANGHAI_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'short',
  hourCycle: 'h23',
});

/** 用户 as exported: what the list shows, the organisation by name (looked up for the rows). */
export function userExportTable(organizationName: (id: string) => string | null): ExportTable<User> {
  return {
    title: '用户导出',
    sheet: '用户',
    columns: [
      { header: '用户名', width: 18, value: (u) => u.username },
      { header: '姓名', width: 14, value: (u) => u.displayName },
      { header: '角色', width: 12, value: (u) => ROLE_LABELS[u.role].zh },
      {
        header: '所属机构',
        width: 30,
        value: (u) => (u.organizationId ? organizationName(u.organizationId) : null),
      },
      { header: '手机', width: 14, value: (u) => u.phone },
      { header: '邮箱', width: 24, value: (u) => u.email },
      { header: '状态', width: 8, value: (u) => (u.active ? '启用' : '停用') },
      {
        header: '最近登录',
        width: 18,
        value: (u) => (u.lastLoginAt ? SHANGHAI_TIME.format(u.lastLoginAt) : null),
      },
    ],
  };
}
