import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { SignJWT } from 'jose';
import { loadConfig } from '../config/app-config.js';
import { AccessTokens } from './access-tokens.js';

const config = loadConfig({ NODE_ENV: 'test', ACCESS_TOKEN_TTL_SECONDS: '60' });
const claims = { userId: '6f1c2a4e-0d8b-4c55-9a57-0c1f6f3b9a10', sessionId: '0b9e7f2c-4a1d-4e6f-8c3b-5d2a1e9f7c64' };

describe('AccessTokens', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('stops accepting a token once it expires, even after it was accepted before', async () => {
    jest.useFakeTimers({ now: new Date('2026-03-02T08:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const tokens = new AccessTokens(config);
    const token = await tokens.sign(claims);
    expect(await tokens.verify(token)).toEqual(claims);
    jest.setSystemTime(new Date('2026-03-02T08:00:59Z'));
    expect(await tokens.verify(token)).toEqual(claims);
    jest.setSystemTime(new Date('2026-03-02T08:01:00Z'));
    expect(await tokens.verify(token)).toBeUndefined();
    expect(await tokens.verify(token)).toBeUndefined();
  });

  it('accepts nothing but the very token it verified: a changed payload or signature is checked, and refused', async () => {
    const tokens = new AccessTokens(config);
    const token = await tokens.sign(claims);
    expect(await tokens.verify(token)).toEqual(claims);
    const [header, , signature] = token.split('.');
    const otherPayload = Buffer.from(
      JSON.stringify({ sub: 'someone-else', sid: claims.sessionId, iss: 'chi-dao', aud: 'chi-dao-api', exp: 4e9 }),
    );
    expect(await tokens.verify(`${header}.${otherPayload.toString('base64url')}.${signature}`)).toBeUndefined();
    expect(await tokens.verify(`${token.slice(0, -2)}AA`)).toBeUndefined();
    expect(await tokens.verify(token)).toEqual(claims);
  });

  it('refuses a token signed with another algorithm or for another audience', async () => {
    const tokens = new AccessTokens(config);
    const key = new TextEncoder().encode(config.auth.jwtSecret!);
    const signed = (alg: string, audience: string) =>
      new SignJWT({ sid: claims.sessionId })
        .setProtectedHeader({ alg })
        .setSubject(claims.userId)
        .setIssuer('chi-dao')
        .setAudience(audience)
        .setExpirationTime('5m')
        .sign(key);
    expect(await tokens.verify(await signed('HS512', 'chi-dao-api'))).toBeUndefined();
    expect(await tokens.verify(await signed('HS256', 'someone-else'))).toBeUndefined();
    expect(await tokens.verify(await signed('HS256', 'chi-dao-api'))).toEqual(claims);
  });

  it('refuses a well-signed token whose user or session is not a UUID, rather than let the lookup fail on it', async () => {
    const tokens = new AccessTokens(config);
    const key = new TextEncoder().encode(config.auth.jwtSecret!);
    const signed = (subject: string, session: string) =>
      new SignJWT({ sid: session })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(subject)
        .setIssuer('chi-dao')
        .setAudience('chi-dao-api')
        .setExpirationTime('5m')
        .sign(key);
    expect(await tokens.verify(await signed(claims.userId, "x' OR '1'='1"))).toBeUndefined();
    expect(await tokens.verify(await signed('admin', claims.sessionId))).toBeUndefined();
    expect(await tokens.verify(await signed(claims.userId, claims.sessionId))).toEqual(claims);
  });
});
