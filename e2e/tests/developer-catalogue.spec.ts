import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '@gatehouse/api/demo-accounts';
import { signIn } from '../support/sign-in.ts';

/**
 * Issue 7: the developer catalogue in pages of 24 with "Show more", a search that lives in the
 * URL, and the create-client wizard preselecting an API that is not on its first page. The APIs
 * are published through the admin GraphQL API and deleted again afterwards.
 */
const PREFIX = 'E2E Paging API';
const COUNT = 30;
const name = (i: number) => `${PREFIX} ${String(i).padStart(2, '0')}`;
/** The one API with a description to search for, and (last by name) never on the first page. */
const LAST = name(COUNT);

async function gql(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const res = await request.post('/graphql', { data: { query, variables } });
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

let admin: APIRequestContext;
let created: string[] = [];

test.beforeAll(async ({ playwright }, testInfo) => {
  admin = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const request = admin;
  const { email, password } = DEMO_ACCOUNTS.admin;
  await gql(request, 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', { input: { email, password } });
  const { catalogueEntries } = await gql(
    request,
    `{ catalogueEntries(first: 100) { edges { node { publicName policy { id }
      dcrOverride { enabled provider grantTypes tokenEndpointAuthMethod responseTypes identityProviderHost clientRegistrationEndpoint } } } } }`,
  );
  const demo = catalogueEntries.edges.map((e: any) => e.node).find((n: any) => n.publicName === 'Curity Demo API');
  const dcr = demo.dcrOverride;
  for (let i = 1; i <= COUNT; i++) {
    const last = i === COUNT;
    const data = await gql(
      request,
      'mutation($input: CreateCatalogueEntryInput!) { createCatalogueEntry(input: $input) { __typename ... on CreateCatalogueEntrySuccess { entry { id } } } }',
      {
        input: {
          publicName: name(i),
          description: last ? 'Tracks zeppelin fleets.' : 'Generated for the catalogue paging check.',
          policyId: demo.policy.id,
          visible: true,
          // Only the last one lets developers create clients: the wizard must preselect it.
          overrideGlobalSettings: last,
          ...(last ? { dcr } : {}),
        },
      },
    );
    expect(data.createCatalogueEntry.__typename).toBe('CreateCatalogueEntrySuccess');
    created.push(data.createCatalogueEntry.entry.id);
  }
});

test.afterAll(async () => {
  for (const id of created) {
    await gql(admin, 'mutation($id: ID!) { deleteCatalogueEntry(input: { id: $id }) { __typename } }', { id });
  }
  created = [];
  await admin.dispose();
});

/** Signs in as the demo developer and waits until the portal is shown. */
async function signInAsDeveloper(page: Page) {
  await signIn(page, 'developer');
  await expect(page).toHaveURL(/\/portal\//);
}

test('the catalogue shows 24 APIs, "Show more" appends the rest, and the search survives a reload', async ({ page }) => {
  await signInAsDeveloper(page);
  await page.goto('/portal/catalogue');
  const cards = page.getByRole('list', { name: 'Published APIs' }).getByRole('listitem');
  await expect(cards).toHaveCount(24);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 24 APIs; more follow.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: LAST })).toHaveCount(0);

  // Keyboard: focus the button and press Enter; the next page is appended below the first.
  const showMore = page.getByRole('button', { name: 'Show more' });
  await showMore.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: LAST })).toBeVisible();
  const total = await cards.count();
  expect(total).toBeGreaterThan(24);
  await expect(page.getByRole('heading', { name: name(1), exact: true })).toHaveCount(1);

  // Search by a word of the description: the URL carries it, a reload keeps it.
  const search = page.getByRole('searchbox', { name: 'Search APIs' });
  await search.fill('ZEPPELIN');
  await expect(page).toHaveURL(/[?&]q=ZEPPELIN/);
  await expect(cards).toHaveCount(1);
  await expect(cards.first().getByRole('heading')).toHaveText(LAST);
  await page.reload();
  await expect(search).toHaveValue('ZEPPELIN');
  await expect(cards).toHaveCount(1);

  // Nothing matches: its own empty state, not "no APIs published yet"; Clear search brings them back.
  await search.fill('no-such-api-anywhere');
  await expect(page.getByRole('heading', { name: 'No API matches “no-such-api-anywhere”' })).toBeVisible();
  await expect(page.getByText('No APIs published yet')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(search).toHaveValue('');
  await expect(cards).toHaveCount(24);
});

test('the wizard preselects an API from beyond its first page, and its picker searches and shows more', async ({ page }) => {
  await signInAsDeveloper(page);
  await page.goto(`/portal/clients/new?api=${encodeURIComponent(created.at(-1)!)}`);
  await expect(page.getByRole('checkbox', { name: LAST })).toBeChecked();

  // A search that hides the chosen API keeps it listed and ticked; Show more appends.
  const search = page.getByRole('searchbox', { name: 'Search APIs' });
  await search.fill(`${PREFIX} 0`);
  await expect(page.getByRole('checkbox', { name: name(9) })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: LAST })).toBeChecked();
  await search.fill('');
  await expect(page.getByRole('checkbox', { name: 'Curity Demo API' })).toBeVisible();
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(page.getByRole('checkbox', { name: name(29) })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: LAST })).toHaveCount(1);

  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.locator('dt:text-is("APIs") + dd')).toHaveText(LAST);
});
