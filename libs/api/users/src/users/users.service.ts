import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { passwordMessage, type Role } from '@lianzhao/domain';
import { badField, Clock, conflict, ListQuery, RequestContext, type ExcelFile, type ListPage } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { OrganizationsService } from '../organizations/organizations.service';
import { hashPassword, verifyPassword } from '../passwords/password-hasher';
import type {
  CreateUserInput,
  ResetPasswordInput,
  SetUserActiveInput,
  UpdateUserInput,
  UserExportArgs,
  UserFilter,
  UserListArgs,
} from './dto/user.inputs';
import { User } from './user.entity';
import { USER_LIST } from './user-list';
import { userExportTable } from './user-export';

/** What a request's session check needs of the signed-in user's row. */
export type SessionRow = Pick<
  User,
  'id' | 'username' | 'displayName' | 'role' | 'organizationId' | 'active' | 'sessionVersion'
>;

/**
 * How long a checked session row is reused. This process forgets a row the moment it changes the
 * user (deactivation, role, password reset), so here a change takes effect at once; the bound is
 * for a change made by another API process, which this one cannot hear about.
 */
const SESSION_ROW_TTL_MS = 5_000;
const SESSION_ROWS_MAX = 10_000;

@Injectable()
export class UsersService {
  private readonly userList: ListQuery<User, UserFilter, 'USERNAME'>;

  /**
   * Session rows by user id: every request checks its caller, and reading the row each time cost a
   * statement (a round trip, and on two cores a context switch) on every request of every page.
   */
  private readonly sessionRows = new Map<string, { row: SessionRow; until: number }>();

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly organizations: OrganizationsService,
    clock: Clock,
  ) {
    this.userList = new ListQuery(USER_LIST, connection, clock);
  }

  list(ctx: RequestContext, args: UserListArgs): Promise<ListPage<User, UserFilter>> {
    return this.userList.page(ctx, args);
  }

  /** 导出 Excel of the list under its filter. */
  export(ctx: RequestContext, args: UserExportArgs): Promise<ExcelFile> {
    return this.userList.export(ctx, { filter: args.filter }, async (rows) => {
      const ids = [...new Set(rows.flatMap((u) => (u.organizationId ? [u.organizationId] : [])))];
      const organizations = await this.organizations.loader(ctx).loadMany(ids);
      const names = new Map(
        organizations.flatMap((o) => (o && !(o instanceof Error) ? [[o.id, o.name] as const] : [])),
      );
      return userExportTable((id) => names.get(id) ?? null);
    });
  }

  get(ctx: RequestContext, id: string): Promise<User> {
    return this.connection.getById(ctx, User, id, '用户');
  }

  /** The caller's row for the session check, or null when there is no such user. */
  async sessionRow(ctx: RequestContext, id: string): Promise<SessionRow | null> {
    const now = Date.now();
    const cached = this.sessionRows.get(id);
    if (cached && cached.until > now) return cached.row;
    const row = await this.connection.getRepository(ctx, User).findOne({
      where: { id },
      select: { id: true, username: true, displayName: true, role: true, organizationId: true, active: true, sessionVersion: true },
    });
    if (!row) return null;
    if (this.sessionRows.size >= SESSION_ROWS_MAX) this.sessionRows.clear();
    this.sessionRows.set(id, { row, until: now + SESSION_ROW_TTL_MS });
    return row;
  }

  /** After the change has committed, so no request can cache the row as it was before. */
  private forgetSession<T extends { id: string }>(user: T): T {
    this.sessionRows.delete(user.id);
    return user;
  }

  /** Batches the user look-ups of one request (owners, authors) into one query. */
  loader(ctx: RequestContext): DataLoader<string, User | null> {
    return this.connection.byId(ctx, User);
  }

  findByUsername(ctx: RequestContext, username: string): Promise<User | null> {
    return this.connection.getRepository(ctx, User).findOneBy({ username: username.trim().toLowerCase() });
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    return this.connection.withTransaction(ctx, async (tx) => {
      await this.assertOrganizationFits(tx, input.role, input.organizationId ?? null);
      const repo = this.connection.getRepository(tx, User);
      if (await repo.existsBy({ username: input.username })) {
        throw conflict(`用户名“${input.username}”已被使用`, {
          fields: [{ field: 'username', message: '该用户名已被使用' }],
        });
      }
      return repo.save(
        repo.create({
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          passwordHash: await hashPassword(input.password),
          organizationId: input.organizationId ?? null,
          phone: input.phone ?? null,
          email: input.email ?? null,
          active: true,
        }),
      );
    });
  }

  async update(ctx: RequestContext, input: UpdateUserInput): Promise<User> {
    return this.forgetSession(await this.connection.withTransaction(ctx, async (tx) => {
      const current = await this.get(tx, input.id);
      const role = input.role ?? current.role;
      // Moving a user out of the partner role drops the organisation unless the input names one.
      const organizationId =
        input.organizationId !== undefined
          ? input.organizationId
          : role === 'PARTNER'
            ? current.organizationId
            : null;
      if (ctx.user?.id === current.id && role !== current.role) {
        throw badField('role', '不能修改自己的角色');
      }
      await this.assertOrganizationFits(tx, role, organizationId);
      const changes: Partial<User> = { role, organizationId };
      if (input.displayName !== undefined && input.displayName !== null)
        changes.displayName = input.displayName;
      if (input.phone !== undefined) changes.phone = input.phone;
      if (input.email !== undefined) changes.email = input.email;
      await this.connection.updateVersioned(tx, User, current.id, input.version, changes);
      return this.get(tx, current.id);
    }));
  }

  async setActive(ctx: RequestContext, input: SetUserActiveInput): Promise<User> {
    return this.forgetSession(await this.connection.withTransaction(ctx, async (tx) => {
      const current = await this.get(tx, input.id);
      if (!input.active && ctx.user?.id === current.id) throw badField('active', '不能停用自己的账号');
      await this.connection.updateVersioned(tx, User, current.id, input.version, { active: input.active });
      return this.get(tx, current.id);
    }));
  }

  async resetPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<User> {
    const user = await this.get(ctx, input.id);
    assertPasswordFits('newPassword', input.newPassword, user.username);
    // A password reset is not an edit of the record the admin sees, so it leaves `version` alone;
    // it ends every session the old password opened (a reset often follows a leaked password).
    await this.connection
      .getRepository(ctx, User)
      .query('UPDATE users SET password_hash = $1, session_version = session_version + 1 WHERE id = $2', [
        await hashPassword(input.newPassword),
        user.id,
      ]);
    this.forgetSession(user);
    return this.get(ctx, user.id);
  }

  /**
   * The signed-in user changes their own password, proving the current one. Like a reset it ends
   * every session the old password opened; the caller gets a new one (AuthService).
   */
  async changeOwnPassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<User> {
    if (!ctx.user) throw badField('currentPassword', '请先登录');
    const user = await this.get(ctx, ctx.user.id);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw badField('currentPassword', '当前密码不正确');
    }
    assertPasswordFits('newPassword', newPassword, user.username);
    if (newPassword === currentPassword) throw badField('newPassword', '新密码不能与当前密码相同');
    await this.connection
      .getRepository(ctx, User)
      .query('UPDATE users SET password_hash = $1, session_version = session_version + 1 WHERE id = $2', [
        await hashPassword(newPassword),
        user.id,
      ]);
    this.forgetSession(user);
    return this.get(ctx, user.id);
  }

  async recordLogin(ctx: RequestContext, id: string): Promise<void> {
    await this.connection
      .getRepository(ctx, User)
      .query('UPDATE users SET last_login_at = now() WHERE id = $1', [id]);
  }

  private async assertOrganizationFits(
    ctx: RequestContext,
    role: Role,
    organizationId: string | null,
  ): Promise<void> {
    if (role === 'PARTNER') {
      if (!organizationId) throw badField('organizationId', '平台伙伴用户必须选择所属机构');
      await this.organizations.assertUsableForUsers(ctx, organizationId);
    } else if (organizationId) {
      throw badField('organizationId', '只有平台伙伴用户可以属于合作机构');
    }
  }
}

/** The policy's username rule, which the input's validator cannot apply without the account. */
function assertPasswordFits(field: string, password: string, username: string): void {
  const message = passwordMessage(password, username);
  if (message) throw badField(field, message);
}
