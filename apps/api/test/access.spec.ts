import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import type { Role } from '@lianzhao/domain';
import { ALL_ROLES } from '@lianzhao/api-core';
import { AccessRules, DirectFieldResolvers } from '@lianzhao/api-auth';
import { errorCode, startTestApi, type TestApi } from './harness';
import { everyRootCall } from './schema-walk';

describe('access rules cover the whole schema', () => {
  let api: TestApi;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    api = await startTestApi();
    tokens.ADMIN = await api.login('admin');
    tokens.OFFICER = await api.login('officer');
    tokens.LEADER = await api.login('leader');
    tokens.PARTNER = await api.login('partner');
  });
  afterAll(() => api.close());

  it('gives every query and mutation an access rule', () => {
    const fields = api.app.get(AccessRules).list();
    expect(fields.length).toBeGreaterThan(10);
    expect(fields.filter((f) => !f.rule).map((f) => f.field)).toEqual([]);
  });

  it('gives every field resolver a rule, those of types a partner reaches included', () => {
    const rules = api.app.get(AccessRules);
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const resolvers = rules.fieldResolvers();
    // Each names a real field of the schema (so the walk cannot miss one under a wrong name).
    for (const { field } of resolvers) {
      const [type, name] = field.split('.');
      const object = schema.getType(type);
      expect({ field, exists: isObjectType(object) && name in object.getFields() }).toEqual({ field, exists: true });
    }
    expect(resolvers.filter((f) => !f.rule).map((f) => f.field)).toEqual([]);
    const reachable = rules.partnerReachableTypes();
    const partnerFields = resolvers.filter((f) => reachable.has(f.field.split('.')[0]));
    const staffOnly = partnerFields.filter((f) => f.rule?.kind === 'roles' && !f.rule.roles.includes('PARTNER'));
    // The matrix's size, for the record (SECURITY.md and the closing note quote these).
    console.info(
      `access matrix: ${rules.list().length} root operations, ${resolvers.length} field resolvers, ` +
        `${partnerFields.length} on ${reachable.size} types a partner reaches (${staffOnly.length} of them staff-only)`,
    );
    expect(partnerFields.length).toBeGreaterThan(10);
    expect(staffOnly.map((f) => f.field)).toEqual(expect.arrayContaining(['Fund.auditTrail', 'Referral.review']));
  });

  it('calls directly only the field resolvers every role may read and that take no parameter decorators', () => {
    const bound = api.app.get(DirectFieldResolvers).bound;
    const rules = new Map(api.app.get(AccessRules).fieldResolvers().map((f) => [f.field, f.rule]));
    // The fields a list page resolves for each row.
    expect(bound).toEqual(
      expect.arrayContaining(['Lead.enterprise', 'Lead.owner', 'Lead.industry', 'Lead.segment', 'Project.park']),
    );
    const restricted = bound.filter((field) => {
      const rule = rules.get(field);
      return rule?.kind !== 'roles' || !ALL_ROLES.every((role) => rule.roles.includes(role));
    });
    expect(restricted).toEqual([]);
    // One with @Parent/@Ctx keeps Nest's wrapper (its pipes), e.g. a lead's follow-ups.
    expect(bound).not.toContain('Lead.followUps');
  });

  it('answers UNAUTHENTICATED to an anonymous caller on every field but login and logout', async () => {
    const calls = everyRootCall(api.app.get(GraphQLSchemaHost).schema);
    for (const call of calls) {
      const result = await api.gql(call.operation);
      if (call.field === 'Mutation.login') {
        // Reached the resolver: the placeholder credentials are simply wrong.
        expect(result.errors?.[0]?.message).toBe('用户名或密码错误');
      } else if (call.field === 'Mutation.logout') {
        // Public too: clearing a cookie needs no session.
        expect(result.data).toEqual({ logout: true });
      } else {
        expect({ field: call.field, code: errorCode(result) }).toEqual({ field: call.field, code: 'UNAUTHENTICATED' });
      }
    }
  });

  it('answers FORBIDDEN to every role on every field its rule does not name', async () => {
    const rules = new Map(api.app.get(AccessRules).list().map((f) => [f.field, f.rule]));
    const calls = everyRootCall(api.app.get(GraphQLSchemaHost).schema);
    let refused = 0;
    for (const call of calls) {
      const rule = rules.get(call.field);
      if (!rule || rule.kind === 'public') continue;
      for (const role of Object.keys(tokens) as Role[]) {
        const result = await api.gql(call.operation, undefined, tokens[role]);
        if (rule.roles.includes(role)) {
          expect({ field: call.field, role, code: errorCode(result) }).not.toEqual({ field: call.field, role, code: 'FORBIDDEN' });
        } else {
          expect({ field: call.field, role, code: errorCode(result) }).toEqual({ field: call.field, role, code: 'FORBIDDEN' });
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(10);
  });

  it('refuses a tampered token', async () => {
    const [header, payload] = tokens.PARTNER.split('.');
    const forged = `${header}.${payload}.invalidsignature`;
    const result = await api.gql('{ me { id } }', undefined, forged);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });
});
