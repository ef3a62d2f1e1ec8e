import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@lianzhao/api-core';
import { UsersModule } from '@lianzhao/api-users';
import { AccessGuard } from './access.guard';
import { AccessRules } from './access-rules';
import { DirectFieldResolvers } from './direct-field-resolvers';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SignInLogResolver } from './sign-in-log/sign-in-log.resolver';
import { SignInLogService } from './sign-in-log/sign-in-log.service';
import { SignInThrottleService } from './sign-in-log/sign-in-throttle.service';

@Module({
  imports: [
    UsersModule,
    DiscoveryModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // The secret goes in as a KeyObject, the one form jsonwebtoken takes as it is: given a
        // string, every verify first tries to parse it as a PEM public key and builds the
        // exception of that failure, a few milliseconds of every request. Same bytes, same tokens.
        const key = createSecretKey(Buffer.from(config.jwtSecret));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
  ],
  providers: [
    AuthService,
    AuthResolver,
    SignInLogService,
    SignInThrottleService,
    SignInLogResolver,
    AccessRules,
    DirectFieldResolvers,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, AccessRules],
})
export class AuthModule {}
