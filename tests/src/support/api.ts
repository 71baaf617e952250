/** A small GraphQL client over real HTTP, as a partner agency or the SPA would call the product. */
export interface Caller {
  token?: string;
  apiKey?: string;
  lang?: string;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[];
}

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_API_KEY = 'demo-partner-key';

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run through jest (global-setup.ts)');
  return url;
}

export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  if (caller.apiKey) headers['x-api-key'] = caller.apiKey;
  if (caller.lang) headers['accept-language'] = caller.lang;
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T | null; errors?: GraphQLResponse<T>['errors'] };
  return { status: res.status, ...body };
}

export async function login(username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await gql<{ login: { accessToken: string } }>(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
    { u: username, p: password },
  );
  if (!res.data?.login) throw new Error(`login ${username}: ${JSON.stringify(res.errors)}`);
  return res.data.login.accessToken;
}

export const codeOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions.code;
