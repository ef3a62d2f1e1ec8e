import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_RULE, type AccessRule } from '@lianzhao/api-core';

// Metadata keys @nestjs/graphql puts on resolver methods.
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

export interface FieldAccess {
  /** `Query.me`, `Mutation.login`, … */
  field: string;
  rule: AccessRule | undefined;
}

/**
 * Lists every root field of the schema with the access rule of the resolver behind it. The API
 * refuses to start when any field has none, and a test walks the same list.
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
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
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

  onApplicationBootstrap(): void {
    const missing = this.list().filter((f) => !f.rule).map((f) => f.field);
    if (missing.length) {
      throw new Error(`GraphQL fields without an access rule (@Allow or @Public): ${missing.join(', ')}`);
    }
  }
}
