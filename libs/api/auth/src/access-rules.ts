import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModuleRef } from '@nestjs/core';
import { FIELD_RESOLVER_MIDDLEWARE_METADATA, GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { ACCESS_RULE, ALL_ROLES, type AccessRule } from '@lianzhao/api-core';

// Metadata keys @nestjs/graphql puts on resolver methods.
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const RESOLVE_PROPERTY_METADATA = 'graphql:resolve_property';

export interface FieldAccess {
  /** `Query.me`, `Mutation.login`, … */
  field: string;
  rule: AccessRule | undefined;
  /** A field resolver's: whether its field middleware carries a rule (see Allow). */
  ruleApplied?: boolean;
}

/** A field resolver method as Nest registered it. */
export interface FieldResolverMethod {
  typeName: string;
  fieldName: string;
  instance: object;
  /** The provider's class, which holds its methods' parameter metadata. */
  metatype: object;
  methodName: string;
  method: (...args: unknown[]) => unknown;
}

/**
 * Lists every root field of the schema, and every field resolver, with the access rule of the
 * resolver behind it. The API refuses to start when any has none, and a test walks the same lists.
 */
@Injectable()
export class AccessRules implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly moduleRef: ModuleRef,
  ) {}

  list(): FieldAccess[] {
    const rules = new Map<string, AccessRule | undefined>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = prototype[name];
        if (typeof method !== 'function') continue;
        const type: unknown = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method);
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const fieldName = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? name;
        // Same precedence as the guard's getAllAndOverride: the method's rule, else the class's.
        const rule = (Reflect.getMetadata(ACCESS_RULE, method) ?? Reflect.getMetadata(ACCESS_RULE, wrapper.metatype)) as
          | AccessRule
          | undefined;
        rules.set(`${type}.${fieldName}`, rule);
      }
    }
    // The schema host belongs to the GraphQL module the app imports, so look it up app-wide.
    const schema = this.schema();
    const out: FieldAccess[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      if (!root) continue;
      for (const fieldName of Object.keys(root.getFields())) {
        const field = `${root.name}.${fieldName}`;
        out.push({ field, rule: rules.get(field) });
      }
    }
    return out;
  }

  /**
   * Every field resolver (`@ResolveField`) with its rule, as `Type.field`. A rule that leaves a role
   * out is applied by the field middleware Allow attaches, so a staff-only field of a type a partner
   * reaches is refused.
   */
  fieldResolvers(): FieldAccess[] {
    return this.fieldResolverMethods()
      .map(({ typeName, fieldName, method }) => ({
        field: `${typeName}.${fieldName}`,
        rule: Reflect.getMetadata(ACCESS_RULE, method) as AccessRule | undefined,
        ruleApplied: Boolean(
          (Reflect.getMetadata(FIELD_RESOLVER_MIDDLEWARE_METADATA, method) as unknown[] | undefined)?.length,
        ),
      }))
      .sort((a, b) => a.field.localeCompare(b.field));
  }

  /** Every `@ResolveField` method, with the provider it belongs to and the field it resolves. */
  fieldResolverMethods(): FieldResolverMethod[] {
    const out: FieldResolverMethod[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      // `@Resolver(() => User)` leaves the object type's GraphQL name on the class.
      const typeName = Reflect.getMetadata(RESOLVER_NAME_METADATA, wrapper.metatype) as string | undefined;
      if (!typeName) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = prototype[name];
        if (typeof method !== 'function' || Reflect.getMetadata(RESOLVE_PROPERTY_METADATA, method) !== true) continue;
        const fieldName = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? name;
        out.push({
          typeName,
          fieldName,
          instance,
          metatype: wrapper.metatype as object,
          methodName: name,
          method: method as (...args: unknown[]) => unknown,
        });
      }
    }
    return out;
  }

  /**
   * The object types a partner can reach: the results of every root field whose rule admits
   * PARTNER (or is public), and every type reachable from those through fields.
   */
  partnerReachableTypes(): Set<string> {
    const schema = this.schema();
    const rules = new Map(this.list().map((f) => [f.field, f.rule]));
    const seen = new Set<string>();
    const visit = (type: GraphQLNamedType) => {
      if (seen.has(type.name)) return;
      if (isUnionType(type)) {
        seen.add(type.name);
        type.getTypes().forEach(visit);
      } else if (isObjectType(type) || isInterfaceType(type)) {
        seen.add(type.name);
        for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
        if (isInterfaceType(type)) schema.getImplementations(type).objects.forEach(visit);
      }
    };
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      if (!root) continue;
      for (const field of Object.values(root.getFields())) {
        const rule = rules.get(`${root.name}.${field.name}`);
        if (rule && (rule.kind === 'public' || rule.roles.includes('PARTNER'))) visit(getNamedType(field.type));
      }
    }
    return seen;
  }

  /** The schema the API executes. */
  schema(): GraphQLSchema {
    return this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
  }

  onApplicationBootstrap(): void {
    const resolvers = this.fieldResolvers();
    const unruledFields = resolvers.filter((f) => !f.rule).map((f) => f.field);
    const missing = [...this.list().filter((f) => !f.rule).map((f) => f.field), ...unruledFields];
    if (missing.length) {
      throw new Error(`GraphQL fields without an access rule (@Allow or @Public): ${missing.join(', ')}`);
    }
    // A restricting rule is applied by the middleware @Allow attaches; written below @ResolveField,
    // it would be overwritten by the field's own (empty) middleware list and silently not apply.
    const unapplied = resolvers
      .filter((f) => f.rule?.kind === 'roles' && !ALL_ROLES.every((r) => f.rule?.kind === 'roles' && f.rule.roles.includes(r)))
      .filter((f) => !f.ruleApplied)
      .map((f) => f.field);
    if (unapplied.length) {
      throw new Error(`Field resolvers whose @Allow is not applied (write it above @ResolveField): ${unapplied.join(', ')}`);
    }
  }
}
