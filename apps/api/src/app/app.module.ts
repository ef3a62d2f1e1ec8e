import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigModule, EventsModule, QUERY_LIMITS, type AppConfig, type GqlContext } from '@lianzhao/api-core';
import { buildDataSourceOptions, DatabaseModule, MIGRATIONS } from '@lianzhao/api-database';
import { AuditModule } from '@lianzhao/api-audit';
import { AuthModule } from '@lianzhao/api-auth';
import { ChainModule } from '@lianzhao/api-chain';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { FundsModule } from '@lianzhao/api-funds';
import { ImportsModule } from '@lianzhao/api-imports';
import { LeadsModule } from '@lianzhao/api-leads';
import { PoliciesModule } from '@lianzhao/api-policies';
import { NotificationsModule } from '@lianzhao/api-notifications';
import { ProjectsModule } from '@lianzhao/api-projects';
import { ReferenceModule } from '@lianzhao/api-reference';
import { ReferralsModule } from '@lianzhao/api-referrals';
import { SearchModule } from '@lianzhao/api-search';
import { StatsModule } from '@lianzhao/api-stats';
import { UsersModule } from '@lianzhao/api-users';
import { ENTITIES } from './entities';
import { formatError } from './format-error';
import { HealthController } from './health.controller';
import { statementCountPlugin } from './statement-count.plugin';
import { noStorePlugin } from './no-store.plugin';
import { queryLimitsPlugin } from './query-limits.plugin';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        EventsModule,
        DatabaseModule.forRoot(
          buildDataSourceOptions({
            url: databaseUrl,
            entities: ENTITIES,
            migrations: MIGRATIONS,
            logSql: config.logSql,
            poolSize: config.databasePoolSize,
          }),
        ),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          context: ({ req, res }: GqlContext) => ({ req, res }),
          includeStacktraceInErrorResponses: false,
          // No fieldResolverEnhancers: the guard chain would run on every resolved field of a page.
          // A field resolver's restricting rule is applied by the middleware @Allow attaches.
          formatError,
          // The schema is the web client's business: no introspection or GraphiQL in production, and
          // never "Did you mean …" (it spells out field names to whoever guesses near them).
          introspection: !config.production,
          graphiql: !config.production,
          hideSchemaDetailsFromClientErrors: true,
          // One operation per request; an array body is refused (400) rather than run as a batch.
          allowBatchedHttpRequests: false,
          // A huge document is refused while being parsed, before validation walks it.
          parseOptions: { maxTokens: QUERY_LIMITS.tokens },
          // Apollo installs its cache-control plugin unless told otherwise, and its per-field hook
          // wraps every resolver of the schema, default ones included (~2,000 calls on a page of
          // 50 projects). The API sets no cache hints and answers POSTs that no cache keeps.
          plugins: [
            ApolloServerPluginCacheControlDisabled(),
            noStorePlugin,
            queryLimitsPlugin,
            ...(config.statementCounts ? [statementCountPlugin()] : []),
          ],
        }),
        AuditModule,
        AuthModule,
        UsersModule,
        ReferenceModule,
        EnterprisesModule,
        LeadsModule,
        ProjectsModule,
        ImportsModule,
        ReferralsModule,
        FundsModule,
        ChainModule,
        StatsModule,
        PoliciesModule,
        SearchModule,
        NotificationsModule,
      ],
      controllers: [HealthController],
    };
  }
}
