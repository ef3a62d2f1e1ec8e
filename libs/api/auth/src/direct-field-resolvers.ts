import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { FIELD_RESOLVER_MIDDLEWARE_METADATA } from '@nestjs/graphql';
import { isObjectType, type GraphQLFieldResolver } from 'graphql';
import { AccessRules } from './access-rules';

/** Where @nestjs/common keeps a method's parameter decorators (@Parent, @Args, @Ctx, …). */
const PARAM_ARGS_METADATA = '__routeArguments__';

/**
 * Hands graphql-js the field resolvers that need nothing of Nest as the plain methods they are.
 *
 * Nest wraps every `@ResolveField` in an async function that runs its guards, interceptors and
 * parameter pipes. A field resolver written without parameter decorators (`(parent, args,
 * context)`, see fieldContext) and without field middleware (no access rule to apply: @Allow of
 * every role) has none of those to run, since the app enables no field resolver enhancers, so the
 * wrapper's only effect is a promise per call. On a list page those calls are a row's enterprise,
 * owner, industry and segment, hundreds per page, and one promise in a row makes graphql-js
 * complete the whole row asynchronously. Called directly, a row whose relations are already on it
 * (ListSpec.pageRelations, the reference caches) completes at once.
 *
 * A field with middleware (a rule that leaves a role out) or with parameter decorators keeps
 * Nest's wrapper, so every access check and pipe runs as before.
 */
@Injectable()
export class DirectFieldResolvers implements OnApplicationBootstrap {
  /** The fields bound directly, as `Type.field` (for the test that checks them). */
  readonly bound: string[] = [];

  constructor(private readonly rules: AccessRules) {}

  onApplicationBootstrap(): void {
    const schema = this.rules.schema();
    for (const { typeName, fieldName, instance, metatype, methodName, method } of this.rules.fieldResolverMethods()) {
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      if (!field) continue;
      const middleware = Reflect.getMetadata(FIELD_RESOLVER_MIDDLEWARE_METADATA, method) as unknown[] | undefined;
      if (middleware?.length) continue;
      const params = Reflect.getMetadata(PARAM_ARGS_METADATA, metatype, methodName) as Record<string, unknown> | undefined;
      if (params && Object.keys(params).length) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = (parent, args, context, info) =>
        method.call(instance, parent, args, context, info);
      field.resolve = resolve;
      this.bound.push(`${typeName}.${fieldName}`);
    }
  }
}
