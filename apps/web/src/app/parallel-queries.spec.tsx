import { act, render, screen, waitFor } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { MemoryRouter } from 'react-router';
import type { Role } from '@lianzhao/domain';
import { AuthProvider } from '@lianzhao/web-auth';
import { createApolloClient, createSessionSignal } from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import { AppRoutes } from './AppRoutes';

/**
 * The network under the real Apollo client: every request waits until the test answers it, so
 * the order in which a page sends its queries can be read while `me` is still on its way.
 */
class HeldNetwork {
  readonly sent: string[] = [];
  private readonly waiting = new Map<string, ((body: unknown) => void)[]>();

  readonly fetch: typeof fetch = (_input, init) => {
    const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
    this.sent.push(operationName);
    return new Promise((resolve) => {
      const answer = (body: unknown) => {
        const text = JSON.stringify(body);
        resolve({
          ok: true,
          status: 200,
          headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
          text: async () => text,
        } as unknown as Response);
      };
      this.waiting.set(operationName, [...(this.waiting.get(operationName) ?? []), answer]);
    });
  };

  /** Answers every request of this operation sent so far. */
  answer(operationName: string, body: unknown): void {
    const answers = this.waiting.get(operationName) ?? [];
    this.waiting.delete(operationName);
    answers.forEach((answer) => answer(body));
  }
}

const HINT_KEY = 'lianzhao.session-hint';

function me(role: Role) {
  return {
    data: {
      me: {
        __typename: 'User',
        id: '7',
        username: role.toLowerCase(),
        displayName: '张专员',
        role,
        organization: null,
      },
    },
  };
}
const unauthenticated = { data: null, errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] };

async function renderApp(path: string, network: HeldNetwork) {
  const session = createSessionSignal(() => undefined);
  const client = createApolloClient({ fetch: network.fetch, onUnauthenticated: session.expire });
  await act(async () => {
    render(
      <ApolloProvider client={client}>
        <I18nProvider>
          <AuthProvider session={session}>
            <MemoryRouter initialEntries={[path]}>
              <AppRoutes />
            </MemoryRouter>
          </AuthProvider>
        </I18nProvider>
      </ApolloProvider>,
    );
  });
}

describe('a page’s queries and the `me` check', () => {
  afterEach(() => window.localStorage.clear());

  it('sends the board’s query while `me` is still unanswered, and shows the page only once `me` confirms', async () => {
    window.localStorage.setItem(HINT_KEY, JSON.stringify({ id: '7', role: 'OFFICER', organization: null }));
    const network = new HeldNetwork();
    await renderApp('/leads', network);
    // The lazily loaded page compiles on first use in a test: that takes a while.
    await waitFor(() => expect(network.sent).toContain('LeadBoard'), { timeout: 20000 });
    expect(network.sent[0]).toBe('Me');
    // Nothing of the page is visible before `me` has answered: only the check's spinner.
    expect(screen.queryByRole('heading', { name: '线索管道' })).not.toBeInTheDocument();
    expect(screen.getByText('正在验证登录状态…')).toBeInTheDocument();

    await act(async () => network.answer('Me', me('OFFICER')));
    expect(await screen.findByRole('heading', { name: '线索管道' })).toBeVisible();
    expect(screen.queryByText('正在验证登录状态…')).not.toBeInTheDocument();
    // `me` is asked once; the page did not ask again after it answered.
    expect(network.sent.filter((name) => name === 'Me')).toHaveLength(1);
    expect(network.sent.filter((name) => name === 'LeadBoard')).toHaveLength(1);
  });

  it('does not render a page of another role, not even out of sight, while `me` loads', async () => {
    window.localStorage.setItem(HINT_KEY, JSON.stringify({ id: '7', role: 'OFFICER', organization: null }));
    const network = new HeldNetwork();
    await renderApp('/settings/users', network);
    // The frame around it comes (its own queries may start), the administrators' page does not.
    await screen.findByText('抱歉，您没有权限访问此页面', undefined, { timeout: 20000 });
    expect(network.sent).not.toContain('Users');
    await act(async () => network.answer('Me', me('OFFICER')));
    expect(await screen.findByText('抱歉，您没有权限访问此页面')).toBeVisible();
    expect(network.sent).not.toContain('Users');
  });

  it('goes to the login page, without showing the page, when the hinted session has ended', async () => {
    window.localStorage.setItem(HINT_KEY, JSON.stringify({ id: '7', role: 'OFFICER', organization: null }));
    const network = new HeldNetwork();
    await renderApp('/leads', network);
    await waitFor(() => expect(network.sent).toContain('LeadBoard'), { timeout: 20000 });
    await act(async () => network.answer('LeadBoard', unauthenticated));
    await act(async () => network.answer('Me', unauthenticated));
    expect(await screen.findByLabelText('用户名')).toBeVisible();
    expect(screen.queryByRole('heading', { name: '线索管道' })).not.toBeInTheDocument();
    // Not the sign-in-again dialog: there was no confirmed session to keep.
    expect(screen.queryByText('登录已过期，请重新登录')).not.toBeInTheDocument();
    expect(window.localStorage.getItem(HINT_KEY)).toBeNull();
  });

  it('waits for `me` before rendering anything when this browser holds no hint', async () => {
    const network = new HeldNetwork();
    await renderApp('/leads', network);
    await act(async () => network.answer('Me', me('OFFICER')));
    await waitFor(() => expect(network.sent).toContain('LeadBoard'), { timeout: 20000 });
    expect(network.sent.indexOf('Me')).toBe(0);
    // `me` leaves the hint for the next load.
    expect(JSON.parse(window.localStorage.getItem(HINT_KEY) ?? 'null')).toEqual({
      id: '7',
      role: 'OFFICER',
      organization: null,
    });
  });
});
