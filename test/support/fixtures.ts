import { randomBytes } from 'node:crypto';
import type { TestServer } from './test-server';

export interface TenantFixture {
  id: string;
  slug: string;
  name: string;
  dpoEmail: string;
}

export interface UserFixture {
  id: string;
  email: string;
  password: string;
  role: string;
  tenant: TenantFixture;
  token: string;
}

const tag = () => randomBytes(4).toString('hex');

/** A new tenant, created by the operator over GraphQL. */
export async function createTenant(
  s: TestServer,
  overrides: Partial<{ slug: string; name: string; dpoEmail: string }> = {},
): Promise<TenantFixture> {
  const t = tag();
  const input = {
    slug: `t-${t}`,
    name: `Tenant ${t}`,
    service: 'LISTPLEX',
    dpoEmail: `dpo-${t}@example.com`,
    ...overrides,
  };
  const r = await s.gql(
    'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id slug name dpoEmail } }',
    { i: input },
    await s.operatorToken(),
  );
  if (!r.data?.createTenant) throw new Error(`createTenant failed: ${JSON.stringify(r.errors)}`);
  return r.data.createTenant;
}

/** A new user of `tenant` with `role`, created by the operator, and signed in. */
export async function createUser(
  s: TestServer,
  tenant: TenantFixture,
  role: 'OWNER' | 'ADMIN' | 'VIEWER',
): Promise<UserFixture> {
  const email = `${role.toLowerCase()}-${tag()}@example.com`;
  const password = `pw-${tag()}-long-enough`;
  const r = await s.gql(
    'mutation($i: CreateTenantUserInput!) { createTenantUser(input: $i) { id email role } }',
    { i: { tenantId: tenant.id, email, password, role } },
    await s.operatorToken(),
  );
  if (!r.data?.createTenantUser) throw new Error(`createTenantUser failed: ${JSON.stringify(r.errors)}`);
  const token = await s.login(email, password, tenant.slug);
  return { id: r.data.createTenantUser.id, email, password, role, tenant, token };
}

/** A new list of `user`'s tenant, made by that user over GraphQL; answers its id. */
export async function createList(
  s: TestServer,
  user: { token: string },
  input: { name: string; title: string; optIn?: 'DOUBLE' | 'SINGLE'; [more: string]: unknown },
): Promise<string> {
  const r = await s.gql(
    'mutation($i: CreateListInput!) { createList(input: $i) { id } }',
    { i: input },
    user.token,
  );
  if (!r.data?.createList) throw new Error(`createList failed: ${JSON.stringify(r.errors)}`);
  return r.data.createList.id as string;
}

/** A subscriber added to `listId` by `user` over GraphQL; answers its id. */
export async function addSubscriber(
  s: TestServer,
  user: { token: string },
  listId: string,
  input: { email: string; [more: string]: unknown },
): Promise<string> {
  const r = await s.gql(
    'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }',
    { l: listId, i: input },
    user.token,
  );
  if (!r.data?.addSubscriber) throw new Error(`addSubscriber failed: ${JSON.stringify(r.errors)}`);
  return r.data.addSubscriber.id as string;
}
