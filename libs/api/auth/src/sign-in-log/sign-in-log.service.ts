import { Injectable } from '@nestjs/common';
import { SIGN_IN_RESULT_LABELS, type SignInResult } from '@lianzhao/domain';
import {
  addTableSheet,
  Clock,
  exportFile,
  exportWorkbook,
  ListQuery,
  RequestContext,
  type ExcelFile,
  type ListPage,
} from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import type { SignInEventExportArgs, SignInEventFilter, SignInEventListArgs, SignInEventOrderField } from './dto/sign-in-event.inputs';
import { SignInEvent } from './sign-in-event.entity';
import { SIGN_IN_EVENT_LIST } from './sign-in-event-list';

export interface SignInAttempt {
  username: string;
  userId: string | null;
  address: string;
  userAgent: string | null;
  result: SignInResult;
}

/** A year of 登录记录: more than the six months China's Cybersecurity Law asks network operators to keep. */
export const SIGN_IN_LOG_RETENTION_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

const SHANGHAI_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'medium',
  hourCycle: 'h23',
});

/** 登录记录: every attempt is written here; admins list and export them. */
@Injectable()
export class SignInLogService {
  private readonly events: ListQuery<SignInEvent, SignInEventFilter, SignInEventOrderField>;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
  ) {
    this.events = new ListQuery(SIGN_IN_EVENT_LIST, connection, clock);
  }

  /**
   * Outside any transaction: a refused sign-in is still recorded. Entries past the retention go
   * as new ones come (an index probe when there are none), so the log stays bounded under a
   * password-guessing run without a job to schedule.
   */
  async record(attempt: SignInAttempt): Promise<void> {
    const repo = this.connection.getRepository(RequestContext.anonymous(), SignInEvent);
    const now = this.clock.now();
    await repo.insert({
      username: attempt.username.slice(0, 64),
      userId: attempt.userId,
      address: attempt.address.slice(0, 64),
      userAgent: attempt.userAgent?.slice(0, 300) ?? null,
      result: attempt.result,
      createdAt: now,
    });
    await repo
      .createQueryBuilder()
      .delete()
      .where('created_at < :cutoff', { cutoff: new Date(now.getTime() - SIGN_IN_LOG_RETENTION_DAYS * DAY_MS) })
      .execute();
  }

  list(ctx: RequestContext, args: SignInEventListArgs): Promise<ListPage<SignInEvent, SignInEventFilter>> {
    return this.events.page(ctx, args);
  }

  async export(ctx: RequestContext, args: SignInEventExportArgs): Promise<ExcelFile> {
    const rows = await this.events.exportRows(ctx, { filter: args.filter, orderBy: args.orderBy });
    const workbook = await exportWorkbook();
    const sheet = addTableSheet(workbook, '登录记录', [
      { header: '时间', key: 'at', width: 20 },
      { header: '用户名', key: 'username', width: 20 },
      { header: '结果', key: 'result', width: 18 },
      { header: '地址', key: 'address', width: 20 },
      { header: '浏览器', key: 'userAgent', width: 60 },
    ]);
    for (const row of rows) {
      sheet.addRow({
        at: SHANGHAI_TIME.format(row.createdAt),
        username: row.username,
        result: SIGN_IN_RESULT_LABELS[row.result].zh,
        address: row.address,
        userAgent: row.userAgent,
      });
    }
    return exportFile(workbook, '登录记录', this.clock.now());
  }
}
