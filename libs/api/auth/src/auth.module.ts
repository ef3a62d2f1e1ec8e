import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@lianzhao/api-core';
import { UsersModule } from '@lianzhao/api-users';
import { AccessGuard } from './access.guard';
import { AccessRules } from './access-rules';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

@Module({
  imports: [
    UsersModule,
    DiscoveryModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a PEM
      // public key on every verify, and the exception that fails costs about a millisecond a request.
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret)), signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
    }),
  ],
  providers: [AuthService, AuthResolver, AccessRules, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, AccessRules],
})
export class AuthModule {}
