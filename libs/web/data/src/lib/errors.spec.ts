import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiErrorCode, ErrorKind } from './errors';
import { errorCode, errorKind, errorMessage, fieldErrors, hasErrorCode } from './errors';

function apiError(...errors: GraphQLFormattedError[]): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors });
}

const badInput = apiError({
  message: '输入有误',
  extensions: {
    code: 'BAD_USER_INPUT',
    fields: [
      { field: 'username', message: '用户名已存在' },
      { field: 'email', message: '邮箱格式不正确' },
      { field: 'username', message: '第二条消息被忽略' },
      { field: 42, message: '格式不对的条目被忽略' },
    ],
  },
});
const conflict = apiError({ message: 'version 3 is stale', extensions: { code: 'CONFLICT', id: 'u1' } });
const taken = apiError({
  message: '用户名“zhangsan”已被使用',
  extensions: { code: 'CONFLICT', fields: [{ field: 'username', message: '该用户名已被使用' }] },
});
const wrongPassword = apiError({ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } });
const unknownCode = apiError({ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
const network = new ServerError('Response not successful: Received status code 502', {
  response: { status: 502 } as Response,
  bodyText: 'Bad Gateway',
});

describe('fieldErrors', () => {
  it.each([
    ['BAD_USER_INPUT with fields', badInput, { username: '用户名已存在', email: '邮箱格式不正确' }],
    ['BAD_USER_INPUT without fields', apiError({ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }), {}],
    ['CONFLICT over a unique value', taken, { username: '该用户名已被使用' }],
    ['stale-version CONFLICT', conflict, {}],
    [
      'fields on another code are ignored',
      apiError({ message: 'x', extensions: { code: 'FORBIDDEN', fields: [{ field: 'a', message: 'b' }] } }),
      {},
    ],
    ['network error', network, {}],
    ['plain Error', new Error('boom'), {}],
    ['undefined', undefined, {}],
  ])('%s', (_name, error, expected) => {
    expect(fieldErrors(error)).toEqual(expected);
  });
});

describe('errorCode / errorKind / hasErrorCode', () => {
  it.each([
    ['BAD_USER_INPUT', badInput, 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
    ['CONFLICT', conflict, 'CONFLICT', 'CONFLICT'],
    ['UNAUTHENTICATED', wrongPassword, 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ['unknown code', unknownCode, undefined, 'UNKNOWN'],
    ['network', network, undefined, 'NETWORK'],
    ['fetch failure', new TypeError('Failed to fetch'), undefined, 'NETWORK'],
    ['plain Error', new Error('boom'), undefined, 'UNKNOWN'],
  ] as [string, unknown, ApiErrorCode | undefined, ErrorKind][])('%s', (_name, error, code, kind) => {
    expect(errorCode(error)).toBe(code);
    expect(errorKind(error)).toBe(kind);
    if (code) expect(hasErrorCode(error, code)).toBe(true);
  });

  it('finds a code on any of several errors', () => {
    const error = apiError({ message: 'a' }, { message: 'b', extensions: { code: 'FORBIDDEN' } });
    expect(errorCode(error)).toBe('FORBIDDEN');
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(true);
    expect(hasErrorCode(error, 'NOT_FOUND')).toBe(false);
  });
});

describe('errorMessage', () => {
  const wording = {
    CONFLICT: '数据已被他人修改，请刷新后重试',
    NETWORK: '网络连接失败',
    UNKNOWN: '操作失败',
  };

  it.each([
    ['uses the caller wording for a stale-version CONFLICT', conflict, '数据已被他人修改，请刷新后重试'],
    ['uses the server message for a CONFLICT that names fields', taken, '用户名“zhangsan”已被使用'],
    ['falls back to the server message', wrongPassword, '用户名或密码错误'],
    ['uses UNKNOWN wording for an unknown code', unknownCode, '操作失败'],
    ['uses the caller wording for network failures', network, '网络连接失败'],
    ['uses UNKNOWN wording for anything else', new Error('boom'), '操作失败'],
  ])('%s', (_name, error, expected) => {
    expect(errorMessage(error, wording)).toBe(expected);
  });

  it('without wording shows the raw message', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage(unknownCode)).toBe('服务器内部错误');
  });
});
