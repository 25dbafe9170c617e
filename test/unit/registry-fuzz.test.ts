import fc from 'fast-check';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../src-main/api/contract/channel-names';
import { ERROR_CODES } from '../../src-main/api/contract';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { ASSET_CATEGORIES, ASSET_STATUSES } from '../../src-main/domain/asset';
import { CANVASS_BLOCKS, DISCOVERY_TOPICS, TRAJECTORIES } from '../../src-main/domain/canvass';
import { CLIENT_STATUSES, COMPLIANCE_REGIMES } from '../../src-main/domain/client';
import { CLIENT_FILTERS, CLIENT_SORTS } from '../../src-main/domain/client-list';
import { GOAL_HORIZONS, GOAL_STATUSES } from '../../src-main/domain/goal';
import { INITIATIVE_STATUSES, PRIORITIES, SPEND_KINDS } from '../../src-main/domain/initiative';
import { DECISIONS } from '../../src-main/domain/initiative-history';
import { LINE_ITEM_BILLINGS, LINE_ITEM_KINDS } from '../../src-main/domain/proposal';
import { BILLING_CYCLES, SERVICE_CATEGORIES } from '../../src-main/domain/service';
import { APPEARANCES, COMMON_CURRENCIES, COMMON_LOCALES, PAGE_SIZES } from '../../src-main/domain/settings';
import { ACTION_ITEM_STATUSES } from '../../src-main/domain/action-item';
import { MEETING_STATUSES, MEETING_TYPES } from '../../src-main/domain/meeting';
import { PLAYBOOK_ACTIVITIES } from '../../src-main/domain/playbook-objectives';
import { TOUCH_CHANNELS, TOUCH_KINDS } from '../../src-main/domain/touch';
import { judgePracticeBytes } from '../../src-main/store/practice-file';
import { DATA_FILE_NAME } from '../../src-main/store/practice-store';
import { folderPlatform } from '../harness/test-platform';

/**
 * Property tests of the registry over a real practice on disk: whatever channel name and input come
 * in, `invoke` answers with a well-formed result and never throws, the data file always stays
 * readable and valid, and a refused call leaves the file exactly as it was.
 */

const NOW = new Date('2026-03-20T09:00:00.000Z');
const NUM_RUNS = 300;

/** One 10 MB string, made once. Arbitraries carry a short token instead, so counterexamples stay readable. */
const HUGE = 'x'.repeat(10 * 1024 * 1024);
const HUGE_TOKEN = '<the 10 MB string>';
/** Tokens for the id of an entity that exists when the call is made: `<client 3>` picks clients[3 % count]. */
const ENTITY_TOKEN = /^<(client|asset|service|initiative|goal|snapshot|note|standard|review|meeting|touch|actionItem|proposal) (\d+)>$/;
type EntityKind = 'client' | 'asset' | 'service' | 'initiative' | 'goal' | 'snapshot' | 'note' | 'standard' | 'review' | 'meeting' | 'touch' | 'actionItem' | 'proposal';

/** Channels that open dialogs or write exports and backups stay out of the random run. */
const EXCLUDED = /^(export\.|backups\.)|^settings\.moveDataFolder$|^sample\.load$/;
type FuzzedChannel = Exclude<ChannelName, `export.${string}` | `backups.${string}` | 'settings.moveDataFolder' | 'sample.load'>;
const FUZZED_CHANNELS = CHANNEL_NAMES.filter((name): name is FuzzedChannel => !EXCLUDED.test(name));

const VALID_CSV = Buffer.from('Name,Category,Quantity,Unit cost,Serial\nReception PC,workstation,2,1200.00,SN-1\nCore switch,switch,1,2500,SN-2\n').toString('base64');
/** A whole 1 × 1 PNG: the logo check reads every part of it, to the last pixel row. */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

interface Call {
  channel: unknown;
  input: unknown;
}

let workDir = '';
let dataDir = '';
let practice: OpenPractice;
const loggedFailures: string[] = [];

function dataFile(): string {
  return path.join(dataDir, DATA_FILE_NAME);
}

beforeAll(async () => {
  workDir = await nodeFs.mkdtemp(path.join(tmpdir(), 'vcio-registry-fuzz-'));
  dataDir = path.join(workDir, 'data');
  let nextId = 0;
  practice = await openPractice({
    dataDir,
    platform: folderPlatform(path.join(workDir, 'exports')).platform,
    clock: () => new Date(NOW),
    newId: () => `fuzz-${(nextId += 1)}`,
    log: (message, error) => loggedFailures.push(`${message}: ${error instanceof Error ? error.stack : String(error)}`),
  });
  // A few entities, so that random ids find something to update, duplicate and delete.
  for (const name of ['Harbor Dental', 'Cedar Law', 'Northwind Logistics']) {
    const created = await practice.registry.invoke('clients.create', { client: { name, users: 12, mrrCents: 240_000 } });
    if (!created.ok || !('client' in created.value)) throw new Error(`seeding failed: ${JSON.stringify(created)}`);
    const clientId = created.value.client.id;
    await practice.registry.invoke('assets.create', { clientId, asset: { name: 'Front desk PC', category: 'workstation', unitCostCents: 95_000, purchaseDate: '2023-04-01' } });
    await practice.registry.invoke('services.create', { clientId, service: { name: 'Microsoft 365', unitCostCents: 2_200, startDate: '2025-01-01', quantity: 12 } });
    await practice.registry.invoke('initiatives.create', { clientId, initiative: { title: 'Firewall refresh', oneTimeCostCents: 300_000, startQuarter: { fiscalYear: 2026, quarter: 3 } } });
  }
});

afterAll(async () => {
  await practice?.close();
  if (workDir) await nodeFs.rm(workDir, { recursive: true, force: true });
});

// ---- arbitraries -------------------------------------------------------------------------------

/**
 * A field of an input: `valid` yields only values the contract accepts, `any` mostly valid ones and
 * sometimes (1 in 21) an invalid one or junk. Every plausible input is drawn half of the time from the
 * valid side and half from the other, so calls both change the practice and get refused.
 */
interface Field {
  valid: fc.Arbitrary<unknown>;
  any: fc.Arbitrary<unknown>;
}

/** Values of the wrong kind for any field. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.array(fc.nat(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.nat(), { maxKeys: 2 }),
);

function mostly(valid: fc.Arbitrary<unknown>, ...invalid: fc.Arbitrary<unknown>[]): Field {
  const wrong = [...invalid, junk];
  return { valid, any: fc.oneof({ weight: 20 * wrong.length, arbitrary: valid }, ...wrong.map((arbitrary) => ({ weight: 1, arbitrary }))) };
}

function nullable(field: Field): Field {
  const orNull = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
  return { valid: orNull(field.valid), any: orNull(field.any) };
}

function listOf(field: Field, constraints: { minLength?: number; maxLength: number }, ...invalid: fc.Arbitrary<unknown>[]): Field {
  const wrong = [...invalid, junk];
  return {
    valid: fc.array(field.valid, constraints),
    any: fc.oneof({ weight: 20 * wrong.length, arbitrary: fc.array(field.any, constraints) }, ...wrong.map((arbitrary) => ({ weight: 1, arbitrary }))),
  };
}

/**
 * An initiative's reasons: mostly none, since a reason must name a record of the initiative's own
 * client (random ids seldom do, and are refused), so that creating initiatives is still exercised.
 */
function reasonsOf(kind: EntityKind): Field {
  const ids = listOf(entity(kind), { maxLength: 2 });
  return { valid: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: ids.valid }), any: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: ids.any }) };
}

/** An object with the given fields (the rest optional); its `any` side sometimes carries unknown keys or is junk. */
function fields(model: Record<string, Field>, requiredKeys: string[] = []): Field {
  const pick = (side: 'valid' | 'any') => fc.record(Object.fromEntries(Object.entries(model).map(([key, field]) => [key, field[side]])), { requiredKeys });
  const extra = fc.dictionary(fc.constantFrom('favouriteColour', '__proto__', 'constructor', 'id', 'createdAt', 'logo', 'x'), junk, { minKeys: 1, maxKeys: 2 });
  const withExtra = fc
    .tuple(pick('any'), fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: extra }))
    .map(([known, unknown]) => (unknown ? { ...known, ...unknown } : known));
  return { valid: pick('valid'), any: fc.oneof({ weight: 20, arbitrary: withExtra }, { weight: 1, arbitrary: junk }) };
}

/** The input of one call: half the time wholly valid, half the time possibly broken anywhere. */
function input(model: Record<string, Field>, requiredKeys: string[] = []): fc.Arbitrary<unknown> {
  const field = fields(model, requiredKeys);
  return fc.oneof(field.valid, field.any);
}

const someText = fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim().length > 0);
const text = mostly(someText, fc.constantFrom('', '   ', HUGE_TOKEN, 'y'.repeat(25_000)));
const money = mostly(fc.integer({ min: 0, max: 50_000_000 }), fc.constantFrom(-1, 0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 100_000_000_001, 2 ** 53));
const percentage = mostly(fc.integer({ min: 0, max: 200 }), fc.constantFrom(12.345, -5, 1001, Number.NaN));
const flag = mostly(fc.boolean());
function whole(min: number, max: number): Field {
  return mostly(fc.integer({ min, max }), fc.constantFrom(min - 1, max + 1, min + 0.5, Number.NaN, Number.POSITIVE_INFINITY));
}
function oneOf(values: readonly string[]): Field {
  return mostly(fc.constantFrom(...values), fc.string({ maxLength: 10 }), fc.constant(HUGE_TOKEN));
}
const someDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });
const isoDay = mostly(
  someDay.map((day) => day.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''),
);
const month = mostly(
  someDay.map((day) => day.toISOString().slice(0, 7)),
  fc.constantFrom('2026-13', '1800-01', '2026-1', ''),
);
function entity(kind: EntityKind): Field {
  return mostly(fc.nat({ max: 50 }).map((index) => `<${kind} ${index}>`), fc.constantFrom('', 'no-such-id', '../../etc/passwd', 'a b', HUGE_TOKEN, 'z'.repeat(65)));
}

const contact = fields(
  { name: text, role: text, email: mostly(fc.constantFrom('maya@example.com', ''), fc.constantFrom('not-an-email', 'a@b')), phone: text, decisionMaker: flag },
  ['name'],
);
const clientModel: Record<string, Field> = {
  name: text,
  industry: text,
  status: oneOf(CLIENT_STATUSES),
  address: text,
  website: mostly(fc.constantFrom('example.com', 'https://harbor.example', ''), fc.constantFrom('not a site', 'javascript:alert(1)')),
  notes: text,
  contacts: listOf(contact, { maxLength: 2 }, fc.constant('Dr. Maya Chen')),
  mrrCents: money,
  users: whole(0, 1_000),
  endpoints: whole(0, 1_000),
  complexity: whole(1, 10),
  complianceRegimes: mostly(fc.subarray([...COMPLIANCE_REGIMES]), fc.constant(['HIPAA', 'HIPAA']), fc.constant(['Made up'])),
  otherCompliance: text,
  fiscalYearStartMonth: whole(1, 12),
  privateNotes: text,
  cadenceOverride: nullable(fields({ strategyMeetingsPerYear: whole(0, 12), touchesPerMonth: whole(0, 31) }, ['strategyMeetingsPerYear', 'touchesPerMonth'])),
};
const assetModel: Record<string, Field> = {
  name: text,
  category: oneOf(ASSET_CATEGORIES),
  quantity: whole(1, 100),
  unitCostCents: money,
  purchaseDate: nullable(isoDay),
  warrantyEnd: nullable(isoDay),
  lifespanMonths: nullable(whole(1, 600)),
  replacementUnitCostCents: nullable(money),
  plannedReplacementMonth: nullable(month),
  markupPercent: nullable(percentage),
  status: oneOf(ASSET_STATUSES),
  serial: text,
  location: text,
  notes: text,
};
const serviceModel: Record<string, Field> = {
  name: text,
  category: oneOf(SERVICE_CATEGORIES),
  vendor: text,
  quantity: whole(1, 100),
  unitCostCents: money,
  billing: oneOf(BILLING_CYCLES),
  startDate: isoDay,
  endDate: nullable(isoDay),
  markupPercent: nullable(percentage),
  notes: text,
};
const initiativeModel: Record<string, Field> = {
  title: text,
  description: text,
  why: fields(
    {
      standardIds: reasonsOf('standard'),
      reviewIds: reasonsOf('review'),
      goalIds: reasonsOf('goal'),
      assetIds: reasonsOf('asset'),
      clientRequest: text,
    },
    ['standardIds', 'reviewIds', 'goalIds', 'assetIds', 'clientRequest'],
  ),
  businessImpact: fields({ productivity: text, businessRisk: text, opportunityCost: text }, ['productivity', 'businessRisk', 'opportunityCost']),
  priority: oneOf(PRIORITIES),
  status: oneOf(INITIATIVE_STATUSES),
  startQuarter: nullable(fields({ fiscalYear: whole(2020, 2030), quarter: whole(1, 4) }, ['fiscalYear', 'quarter'])),
  durationQuarters: whole(1, 40),
  oneTimeCostCents: money,
  oneTimeSpend: oneOf(SPEND_KINDS),
  oneTimeMarkupPercent: nullable(percentage),
  recurringMonthlyCostCents: money,
  recurringMarkupPercent: nullable(percentage),
  labourHours: mostly(fc.integer({ min: 0, max: 500 }), fc.constantFrom(1.234, -1, 100_001)),
  owner: text,
  clientDecision: fields({ date: nullable(isoDay), by: text, note: text }, ['date', 'by', 'note']),
};
const settingsModel: Record<string, Field> = {
  consultant: fields(
    {
      name: text,
      company: text,
      email: mostly(fc.constantFrom('me@example.com', ''), fc.constant('bad@')),
      phone: text,
      website: mostly(fc.constantFrom('example.com', ''), fc.constant('not a site')),
      address: text,
    },
    ['name', 'company', 'email', 'phone', 'website', 'address'],
  ),
  primaryColour: mostly(fc.constantFrom('#1F4E79', '#000000', '#abcdef'), fc.constantFrom('red', '#12345', '#GGGGGG')),
  accentColour: mostly(fc.constantFrom('#E07B24', '#ffffff'), fc.constantFrom('orange', '#1234567')),
  pageSize: oneOf(PAGE_SIZES),
  currency: mostly(fc.constantFrom(...COMMON_CURRENCIES), fc.constantFrom('XYZ', 'QQQ', 'usd', 'EURO', '')),
  locale: mostly(fc.constantFrom(...COMMON_LOCALES), fc.constantFrom('en_US', 'xx-invalid-tag-!', '', HUGE_TOKEN)),
  labourRateCents: money,
  markups: fields({ asset: percentage, initiativeOneTime: percentage, service: percentage, recurring: percentage }, ['asset', 'initiativeOneTime', 'service', 'recurring']),
  lifespans: fields(Object.fromEntries(ASSET_CATEGORIES.map((category) => [category, whole(1, 600)])), [...ASSET_CATEGORIES]),
  replacementCosts: fields(Object.fromEntries(ASSET_CATEGORIES.map((category) => [category, nullable(money)])), [...ASSET_CATEGORIES]),
  appearance: oneOf(APPEARANCES),
  confidentialityLine: text,
};
const goalModel: Record<string, Field> = { title: text, horizon: oneOf(GOAL_HORIZONS), measureOfSuccess: text, status: oneOf(GOAL_STATUSES) };
const block = oneOf(CANVASS_BLOCKS);
/** A new note's id: usually fresh, sometimes one that is already on a canvass. */
const newNoteId: Field = mostly(fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), entity('note').valid), fc.constantFrom('', 'a b', 'z'.repeat(65)));
const timeOfDay = mostly(fc.constantFrom('09:00', '13:30', '23:45'), fc.constantFrom('9:00', '24:00', '12:60', ''));
const agendaItem = fields({ id: mostly(fc.constantFrom('a1', 'a2', 'a3')), title: text, minutes: whole(0, 600), notes: text, question: text }, ['id', 'title', 'minutes', 'notes', 'question']);
const meetingModel: Record<string, Field> = {
  type: oneOf(MEETING_TYPES),
  title: text,
  date: isoDay,
  time: timeOfDay,
  durationMinutes: whole(5, 720),
  location: text,
  status: oneOf(MEETING_STATUSES),
  attendeeIds: listOf(entity('client'), { maxLength: 2 }, fc.constant([])),
  otherAttendees: text,
  agenda: listOf(agendaItem, { maxLength: 3 }),
  minutes: text,
  decisions: text,
  includeQuestionnaire: flag,
  budgetReviewed: flag,
};
const touchModel: Record<string, Field> = {
  kind: oneOf(TOUCH_KINDS),
  date: isoDay,
  channel: oneOf(TOUCH_CHANNELS),
  contactId: nullable(entity('client')),
  summary: text,
};
const actionItemModel: Record<string, Field> = {
  text,
  owner: text,
  dueDate: nullable(isoDay),
  status: oneOf(ACTION_ITEM_STATUSES),
  resolution: text,
  meetingId: nullable(entity('meeting')),
};
const objectives = fields(Object.fromEntries(PLAYBOOK_ACTIVITIES.map((activity) => [activity, nullable(whole(0, 10_000))])), [...PLAYBOOK_ACTIVITIES]);
const hours = mostly(fc.integer({ min: 0, max: 200 }), fc.constantFrom(1.234, -1, 100_001));
const quarter = fields({ fiscalYear: whole(2020, 2030), quarter: whole(1, 4) }, ['fiscalYear', 'quarter']);
const rowId = mostly(fc.constantFrom('row-1', 'row-2', 'row-3'), fc.constantFrom('', 'a b'));
const proposalModel: Record<string, Field> = {
  title: text,
  initiativeId: nullable(entity('initiative')),
  summary: text,
  steps: listOf(fields({ id: rowId, title: text, detail: text }, ['id', 'title', 'detail']), { maxLength: 3 }),
  time: fields({ projectManagementHours: hours, implementationHours: hours, standbyHours: hours, closeOutHours: hours }, ['projectManagementHours', 'implementationHours', 'standbyHours', 'closeOutHours']),
  lineItems: listOf(
    fields(
      {
        id: rowId,
        kind: oneOf(LINE_ITEM_KINDS),
        description: text,
        quantity: whole(1, 100),
        unitCostCents: money,
        markupPercent: nullable(percentage),
        billing: oneOf(LINE_ITEM_BILLINGS),
        catalogueItemId: nullable(mostly(fc.constantFrom('catalogue-firewall', 'catalogue-laptop-business'))),
      },
      ['id', 'kind', 'description', 'quantity', 'unitCostCents', 'markupPercent', 'billing', 'catalogueItemId'],
    ),
    { maxLength: 3 },
  ),
  resources: listOf(fields({ id: rowId, role: text, who: text }, ['id', 'role', 'who']), { maxLength: 2 }),
  assumptions: text,
  outOfScope: text,
  issueDate: isoDay,
  validUntil: isoDay,
  status: oneOf(['draft', 'sent', 'accepted']),
  internalNotes: text,
};
const sourceKinds = [
  fields({ kind: mostly(fc.constant('blank')), title: text }, ['kind']),
  fields({ kind: mostly(fc.constant('initiative')), initiativeId: entity('initiative') }, ['kind', 'initiativeId']),
  fields({ kind: mostly(fc.constant('proposal')), proposalId: entity('proposal') }, ['kind', 'proposalId']),
];
const proposalSource: Field = { valid: fc.oneof(...sourceKinds.map((kind) => kind.valid)), any: fc.oneof(...sourceKinds.map((kind) => kind.any)) };
const uploadedFile = (content: string) =>
  fields({ name: text, dataBase64: mostly(fc.constant(content), fc.base64String({ maxLength: 40 }), fc.constantFrom('not base64!', '', HUGE_TOKEN)) }, ['name', 'dataBase64']);
const importMapping = fields(
  {
    columns: mostly(fc.constant({ name: 'Name', category: 'Category', quantity: 'Quantity', unitCost: 'Unit cost', serial: 'Serial' }), fc.constant({ nonsense: 'Name' })),
    dateOrder: oneOf(['auto', 'MDY', 'DMY']),
    defaultCategory: oneOf(ASSET_CATEGORIES),
    categoryMap: mostly(fc.constant({ desktop: 'workstation', 'access point': 'wireless' }), fc.constant({ desktop: 'tablet' })),
  },
  ['columns', 'dateOrder', 'defaultCategory'],
);
const referenceModel = fields({ title: text, url: mostly(fc.constantFrom('https://www.cisa.gov', 'https://learn.microsoft.com/en-us/'), fc.constantFrom('http://example.com', 'ftp://x', '')) }, ['title', 'url']);
const standardModel: Record<string, Field> = {
  category: text,
  name: text,
  question: mostly(fc.constantFrom('Are backups tested?', 'Is MFA on?'), fc.constantFrom('How many?', '')),
  whyWeAsk: text,
  howToFind: text,
  references: listOf(referenceModel, { maxLength: 2 }),
  priority: oneOf(PRIORITIES),
  type: oneOf(['technology', 'compliance']),
  frequency: oneOf(['monthly', 'quarterly', 'semiannual', 'annual']),
  tags: listOf(text, { maxLength: 3 }),
  frameworks: listOf(mostly(fc.constantFrom('HIPAA', 'PCI DSS')), { maxLength: 2 }),
  active: flag,
};
const answerModel = fields(
  { standardId: entity('standard'), answer: nullable(oneOf(['aligned', 'misaligned', 'notApplicable'])), note: text, engineerNote: text },
  ['standardId'],
);
const importRequest = (mapping: Field) => input({ clientId: entity('client'), file: uploadedFile(VALID_CSV), sheet: nullable(text), mapping }, ['clientId', 'file', 'mapping']);
const idsOf = (kind: 'asset' | 'service' | 'initiative' | 'goal' | 'meeting' | 'touch' | 'actionItem' | 'proposal') => input({ ids: listOf(entity(kind), { minLength: 1, maxLength: 3 }, fc.constant([])) }, ['ids']);

/** Inputs shaped like the real ones, so that calls get past the first check and change the practice. */
const plausibleInputs: Record<FuzzedChannel, fc.Arbitrary<unknown>> = {
  'app.status': input({}),
  'app.retrySave': input({}),
  'app.openDataFolder': input({}),
  'app.openExternal': input({ url: mostly(fc.constantFrom('https://example.com', 'mailto:me@example.com'), fc.constantFrom('file:///etc/passwd', 'javascript:alert(1)')) }, ['url']),
  'app.openExport': input({ exportId: mostly(fc.constant('no-such-export'), fc.constantFrom('../../etc/passwd', '', 'a b')), action: oneOf(['open', 'showInFolder']) }, ['exportId', 'action']),
  'clients.list': input({ query: fields({ search: text, filter: oneOf(CLIENT_FILTERS), sort: oneOf(CLIENT_SORTS), descending: flag }) }),
  'clients.get': input({ id: entity('client') }, ['id']),
  'clients.create': input({ client: fields(clientModel, ['name']) }, ['client']),
  'clients.update': input({ id: entity('client'), changes: fields(clientModel) }, ['id', 'changes']),
  'clients.archive': input({ id: entity('client'), archived: flag }, ['id', 'archived']),
  'clients.delete': input({ id: entity('client') }, ['id']),
  'settings.get': input({}),
  'settings.update': input({ changes: fields(settingsModel) }, ['changes']),
  'settings.setLogo': input({ file: uploadedFile(TINY_PNG) }, ['file']),
  'settings.removeLogo': input({}),
  'assets.list': input({ clientId: entity('client') }, ['clientId']),
  'assets.create': input({ clientId: entity('client'), asset: fields(assetModel, ['name', 'category', 'unitCostCents']) }, ['clientId', 'asset']),
  'assets.update': input({ id: entity('asset'), changes: fields(assetModel) }, ['id', 'changes']),
  'assets.duplicate': input({ id: entity('asset') }, ['id']),
  'assets.delete': idsOf('asset'),
  'assets.importPreview': importRequest(nullable(importMapping)),
  'assets.importCommit': importRequest(importMapping),
  'assets.updateMany': input({ ids: listOf(entity('asset'), { minLength: 1, maxLength: 3 }, fc.constant([])), changes: fields(assetModel) }, ['ids', 'changes']),
  'services.list': input({ clientId: entity('client') }, ['clientId']),
  'services.create': input({ clientId: entity('client'), service: fields(serviceModel, ['name', 'unitCostCents', 'startDate']) }, ['clientId', 'service']),
  'services.update': input({ id: entity('service'), changes: fields(serviceModel) }, ['id', 'changes']),
  'services.duplicate': input({ id: entity('service') }, ['id']),
  'services.delete': idsOf('service'),
  'initiatives.list': input({ clientId: entity('client') }, ['clientId']),
  'initiatives.create': input({ clientId: entity('client'), initiative: fields(initiativeModel, ['title']) }, ['clientId', 'initiative']),
  'initiatives.update': input({ id: entity('initiative'), changes: fields(initiativeModel) }, ['id', 'changes']),
  'initiatives.delete': idsOf('initiative'),
  'budget.setPlan': input({ clientId: entity('client'), plan: fields({ startMonth: nullable(month), horizonYears: whole(1, 10), spendingLimitPerQuarterCents: nullable(money) }) }, ['clientId', 'plan']),
  'budget.forecast': input({ clientId: entity('client') }, ['clientId']),
  'canvass.get': input({ clientId: entity('client') }, ['clientId']),
  'canvass.addNote': input({ clientId: entity('client'), block, note: fields({ id: newNoteId, text }, ['id', 'text']), index: whole(0, 20) }, ['clientId', 'block', 'note']),
  'canvass.updateNote': input({ clientId: entity('client'), noteId: entity('note'), text }, ['clientId', 'noteId', 'text']),
  'canvass.moveNote': input({ clientId: entity('client'), noteId: entity('note'), toBlock: block, toIndex: whole(0, 20) }, ['clientId', 'noteId', 'toBlock', 'toIndex']),
  'canvass.removeNote': input({ clientId: entity('client'), noteId: entity('note') }, ['clientId', 'noteId']),
  'canvass.updateDiscovery': input(
    { clientId: entity('client'), answers: fields(Object.fromEntries(DISCOVERY_TOPICS.map((topic) => [topic, text]))), trajectory: nullable(oneOf(TRAJECTORIES)) },
    ['clientId'],
  ),
  'canvass.snapshot': input({ clientId: entity('client'), label: text }, ['clientId']),
  'canvass.snapshots': input({ clientId: entity('client') }, ['clientId']),
  'canvass.getSnapshot': input({ id: entity('snapshot') }, ['id']),
  'canvass.deleteSnapshot': input({ id: entity('snapshot') }, ['id']),
  'canvass.compare': input({ clientId: entity('client'), fromId: entity('snapshot'), toId: entity('snapshot') }, ['clientId']),
  'goals.list': input({ clientId: entity('client') }, ['clientId']),
  'goals.create': input({ clientId: entity('client'), goal: fields(goalModel, ['title']) }, ['clientId', 'goal']),
  'goals.update': input({ id: entity('goal'), changes: fields(goalModel) }, ['id', 'changes']),
  'goals.delete': idsOf('goal'),
  'standards.list': input({}),
  'standards.create': input({ standard: fields(standardModel, ['category', 'name', 'question']) }, ['standard']),
  'standards.update': input({ id: entity('standard'), changes: fields(standardModel) }, ['id', 'changes']),
  'standards.duplicate': input({ id: entity('standard') }, ['id']),
  'standards.bulkUpdate': input(
    { ids: listOf(entity('standard'), { minLength: 1, maxLength: 3 }), changes: fields({ category: text, priority: oneOf(PRIORITIES), active: flag }) },
    ['ids', 'changes'],
  ),
  'standards.delete': input({ ids: listOf(entity('standard'), { minLength: 1, maxLength: 2 }, fc.constant([])) }, ['ids']),
  'standards.importPreview': input({ file: uploadedFile(VALID_CSV) }, ['file']),
  'standards.importCommit': input({ file: uploadedFile(VALID_CSV) }, ['file']),
  'reviews.list': input({ clientId: entity('client') }, ['clientId']),
  'reviews.get': input({ id: entity('review') }, ['id']),
  'reviews.scope': input({ clientId: entity('client') }, ['clientId']),
  'reviews.start': input({ clientId: entity('client'), date: isoDay, title: text, fromPrevious: flag }, ['clientId', 'date']),
  'reviews.answer': input({ id: entity('review'), answers: listOf(answerModel, { minLength: 1, maxLength: 3 }) }, ['id', 'answers']),
  'reviews.update': input({ id: entity('review'), changes: fields({ date: isoDay, title: text, privateNotes: text }) }, ['id', 'changes']),
  'reviews.complete': input({ id: entity('review') }, ['id']),
  'reviews.reopen': input({ id: entity('review') }, ['id']),
  'reviews.delete': input({ ids: listOf(entity('review'), { minLength: 1, maxLength: 2 }, fc.constant([])) }, ['ids']),
  'reviews.createInitiative': input(
    {
      reviewId: entity('review'),
      standardId: entity('standard'),
      initiative: fields({ title: text, description: text, priority: oneOf(PRIORITIES), businessImpact: fields({ productivity: text, businessRisk: text, opportunityCost: text }, ['productivity', 'businessRisk', 'opportunityCost']) }, ['title', 'description', 'priority', 'businessImpact']),
    },
    ['reviewId', 'standardId', 'initiative'],
  ),
  'reviews.latestScores': input({}),
  'roadmap.board': input({ clientId: entity('client'), quartersAhead: whole(4, 40) }, ['clientId']),
  'roadmap.move': input(
    { id: entity('initiative'), toQuarter: nullable(fields({ fiscalYear: whole(2020, 2030), quarter: whole(1, 4) }, ['fiscalYear', 'quarter'])), beforeId: nullable(entity('initiative')) },
    ['id', 'toQuarter'],
  ),
  'roadmap.decide': input({ id: entity('initiative'), decision: oneOf(DECISIONS), date: isoDay, by: text, note: text }, ['id', 'decision', 'date']),
  'roadmap.decisionLog': input({ clientId: entity('client') }, ['clientId']),
  'roadmap.linkTargets': input({ clientId: entity('client') }, ['clientId']),
  'roadmap.replacementGroups': input({ clientId: entity('client') }, ['clientId']),
  'roadmap.fromReplacements': input({ clientId: entity('client'), assetIds: listOf(entity('asset'), { minLength: 1, maxLength: 3 }) }, ['clientId', 'assetIds']),
  'meetings.list': input({ clientId: entity('client'), from: isoDay, to: isoDay }),
  'meetings.get': input({ id: entity('meeting') }, ['id']),
  'meetings.create': input({ clientId: entity('client'), meeting: fields(meetingModel, ['type', 'date']) }, ['clientId', 'meeting']),
  'meetings.update': input({ id: entity('meeting'), changes: fields(meetingModel) }, ['id', 'changes']),
  'meetings.delete': idsOf('meeting'),
  'meetings.rhythm': input({ clientId: entity('client') }, ['clientId']),
  'meetings.planYearPreview': input(
    { clientId: entity('client'), pattern: fields({ startDate: isoDay, meetingsPerYear: whole(1, 12), weekday: whole(1, 7), weekOfMonth: whole(1, 5) }, ['startDate', 'meetingsPerYear', 'weekday', 'weekOfMonth']) },
    ['clientId', 'pattern'],
  ),
  'meetings.planYear': input({ clientId: entity('client'), dates: listOf(isoDay, { minLength: 1, maxLength: 4 }), time: timeOfDay, durationMinutes: whole(5, 720) }, ['clientId', 'dates', 'time', 'durationMinutes']),
  'meetings.sinceLast': input({ id: entity('meeting') }, ['id']),
  'meetings.prepPackPlan': input({ id: entity('meeting') }, ['id']),
  'touches.list': input({ clientId: entity('client') }, ['clientId']),
  'touches.create': input({ clientId: entity('client'), touch: fields(touchModel, ['date', 'channel']) }, ['clientId', 'touch']),
  'touches.update': input({ id: entity('touch'), changes: fields(touchModel) }, ['id', 'changes']),
  'touches.delete': idsOf('touch'),
  'actionItems.list': input({ clientId: entity('client'), meetingId: entity('meeting'), status: oneOf(['open', 'done', 'all']) }),
  'actionItems.create': input({ clientId: entity('client'), actionItem: fields(actionItemModel, ['text']) }, ['clientId', 'actionItem']),
  'actionItems.update': input({ id: entity('actionItem'), changes: fields(actionItemModel) }, ['id', 'changes']),
  'actionItems.delete': idsOf('actionItem'),
  'playbook.summary': input({ year: whole(1900, 2200) }, ['year']),
  'playbook.setObjectives': input({ year: whole(1900, 2200), objectives }, ['year', 'objectives']),
  'dashboard.summary': input({}),
  'budget.practiceGaps': input({}),
  'proposals.list': input({ clientId: entity('client') }, ['clientId']),
  'proposals.origins': input({}),
  'proposals.get': input({ id: entity('proposal') }, ['id']),
  'proposals.create': input({ clientId: entity('client'), from: proposalSource }, ['clientId', 'from']),
  'proposals.update': input({ id: entity('proposal'), changes: fields(proposalModel) }, ['id', 'changes']),
  'proposals.delete': idsOf('proposal'),
  'proposals.accept': input({ id: entity('proposal'), date: isoDay, by: text, note: text, startQuarter: nullable(quarter) }, ['id', 'date', 'startQuarter']),
  'proposals.decline': input({ id: entity('proposal'), date: isoDay, by: text, note: text, declineInitiative: flag }, ['id', 'date', 'note']),
};

const fuzzedChannel = fc.constantFrom(...FUZZED_CHANNELS);
const junkChannel: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', 'clients', 'clients.', '.list', 'CLIENTS.LIST', 'clients.list ', ' clients.list', 'clients.List', '__proto__', 'constructor', 'toString', 'clients.__proto__', HUGE_TOKEN),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
);
const anything = fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, withObjectString: true });

/** Creating is drawn more often and deleting a client less, so that the practice keeps entities to work on. */
function channelWeight(channel: FuzzedChannel): number {
  // The proposal channels are many; drawn less each, they leave the older channels their share of calls.
  if (channel.startsWith('proposals.')) return channel === 'proposals.create' ? 2 : 1;
  if (channel.endsWith('.create')) return 4;
  return channel === 'clients.delete' ? 1 : 2;
}
const plausibleCall: fc.Arbitrary<Call> = fc.oneof(
  ...FUZZED_CHANNELS.map((channel) => ({ weight: channelWeight(channel), arbitrary: plausibleInputs[channel].map((value): Call => ({ channel, input: value })) })),
);

const call: fc.Arbitrary<Call> = fc.oneof(
  { weight: 6, arbitrary: plausibleCall },
  { weight: 2, arbitrary: fc.record({ channel: fuzzedChannel as fc.Arbitrary<unknown>, input: anything }) },
  { weight: 1, arbitrary: fc.record({ channel: fuzzedChannel as fc.Arbitrary<unknown>, input: fc.dictionary(fc.string({ maxLength: 12 }), anything, { minKeys: 1, maxKeys: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ channel: junkChannel, input: anything }) },
);

// ---- running calls -------------------------------------------------------------------------------

/**
 * Replaces tokens by the 10 MB string and by ids of entities that exist now. Copies arrays and plain
 * objects only, keeping a null prototype (fast-check's records sometimes have one, which is good to feed in).
 */
function materialize(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value === HUGE_TOKEN) return HUGE;
    const match = ENTITY_TOKEN.exec(value);
    if (!match) return value;
    const data = practice.store.data;
    const notes = data.canvasses.flatMap((item) => Object.values(item.blocks).flat());
    const pools = { client: data.clients, asset: data.assets, service: data.services, initiative: data.initiatives, goal: data.goals, snapshot: data.canvassSnapshots, note: notes, standard: data.standards, review: data.reviews, meeting: data.meetings, touch: data.touches, actionItem: data.actionItems, proposal: data.proposals };
    const pool = pools[match[1] as EntityKind];
    return pool.length === 0 ? 'none-left' : pool[Number(match[2]) % pool.length]!.id;
  }
  if (Array.isArray(value)) return value.map(materialize);
  if (value !== null && typeof value === 'object') {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return value;
    const copy: Record<string, unknown> = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, materialize(inner)]));
    return prototype === null ? Object.assign(Object.create(null) as Record<string, unknown>, copy) : copy;
  }
  return value;
}

const ERROR_CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);

/** The result's shape, checked without trusting its type: `{ ok: true, value }` or `{ ok: false, error }`. */
function describeMalformed(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return `not an object: ${String(result)}`;
  const record = result as Record<string, unknown>;
  if (record.ok === true) return 'value' in record && Object.keys(record).length === 2 ? null : `ok without exactly a value: ${Object.keys(record).join(',')}`;
  if (record.ok !== false) return `ok is ${String(record.ok)}`;
  const error = record.error as Record<string, unknown> | undefined;
  if (typeof error !== 'object' || error === null) return 'no error object';
  if (typeof error.code !== 'string' || !ERROR_CODE_SET.has(error.code)) return `unknown error code ${String(error.code)}`;
  if (typeof error.message !== 'string' || error.message.trim() === '') return 'no message';
  if (error.issues !== undefined) {
    if (!Array.isArray(error.issues)) return 'issues is not a list';
    for (const issue of error.issues as unknown[]) {
      const entry = issue as Record<string, unknown> | null;
      if (typeof entry?.path !== 'string' || typeof entry.message !== 'string') return `malformed issue ${JSON.stringify(issue)}`;
    }
  }
  return null;
}

function describeCall(channel: unknown, input: unknown): string {
  let shown: string;
  try {
    shown = fc.stringify(input);
  } catch {
    shown = String(input);
  }
  return `${String(channel)}(${shown.slice(0, 300)})`;
}

const outcomes = new Map<string, number>();

/** Invokes one call and checks every property of a single step. */
async function checkCall({ channel, input }: Call): Promise<void> {
  const before = new Uint8Array(await nodeFs.readFile(dataFile()));
  const realInput = materialize(input);
  const where = describeCall(channel, input);
  let result: unknown;
  try {
    result = await practice.registry.invoke(materialize(channel), realInput);
  } catch (error) {
    throw new Error(`invoke threw for ${where}: ${String(error)}`, { cause: error });
  }
  const malformed = describeMalformed(result);
  if (malformed) throw new Error(`malformed result for ${where}: ${malformed}`);
  const answer = result as { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
  const outcome = answer.ok ? `${String(channel)} ok` : answer.error.code;
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

  const after = new Uint8Array(await nodeFs.readFile(dataFile()));
  const verdict = judgePracticeBytes(after);
  if (verdict.kind !== 'ok') throw new Error(`the data file is ${verdict.kind} after ${where}: ${verdict.reason}`);
  if (!answer.ok && !Buffer.from(before).equals(Buffer.from(after))) {
    throw new Error(`${answer.error.code} (${answer.error.message}) changed the data file: ${where}`);
  }
  // What the app holds in memory is what is on disk.
  expect(verdict.data, where).toEqual(practice.store.data);
}

describe('registry under random channels and inputs', () => {
  it(
    'never throws, always answers {ok,value} or {ok:false,error} with a known code, keeps the file valid, and a refused call writes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 8 }), async (calls) => {
          for (const single of calls) await checkCall(single);
        }),
        // All runs share one practice, so a shrunk replay would start from another state: report the first failure as it happened.
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
      console.log(
        'registry fuzz outcomes:',
        [...outcomes.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([key, count]) => `${key} ${count}`)
          .join(', '),
      );
      // Not vacuous: calls of every kind got through and changed the practice, and others were refused.
      for (const changed of ['clients.create ok', 'clients.update ok', 'settings.update ok', 'assets.create ok', 'services.create ok', 'initiatives.create ok', 'budget.setPlan ok', 'canvass.addNote ok', 'goals.create ok', 'proposals.create ok']) {
        expect(outcomes.get(changed) ?? 0, changed).toBeGreaterThan(0);
      }
      expect(outcomes.get('INVALID_INPUT') ?? 0).toBeGreaterThan(NUM_RUNS);
      expect(outcomes.get('UNKNOWN_CHANNEL') ?? 0).toBeGreaterThan(0);
      expect(loggedFailures).toEqual([]);
    },
    90_000,
  );
});

// ---- targeted refusals -------------------------------------------------------------------------

/** The data folder's files (and the backups) with sizes, to see that a refused call wrote nothing anywhere. */
async function folderSnapshot(): Promise<string[]> {
  const entries = await nodeFs.readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = path.join(entry.parentPath, entry.name);
        return `${path.relative(dataDir, full)} ${(await nodeFs.stat(full)).size}`;
      }),
  );
  return files.sort();
}

async function existingClientId(): Promise<string> {
  const created = await practice.registry.invoke('clients.create', { client: { name: 'Refusal Test Client' } });
  if (!created.ok || !('client' in created.value)) throw new Error(`could not create a client: ${JSON.stringify(created)}`);
  return created.value.client.id;
}

async function expectRefused(channel: ChannelName, input: unknown, issuePath: string): Promise<void> {
  const bytesBefore = await nodeFs.readFile(dataFile());
  const filesBefore = await folderSnapshot();
  const memoryBefore = structuredClone(practice.store.data);
  const result = await practice.registry.invoke(channel, input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('INVALID_INPUT');
  expect(result.error.message.length).toBeGreaterThan(10);
  expect(result.error.message.length).toBeLessThan(1_000);
  expect(result.error.issues?.length ?? 0).toBeGreaterThan(0);
  expect(result.error.issues?.map((issue) => issue.path)).toContain(issuePath);
  expect(result.error.issues?.every((issue) => issue.message.length > 0 && issue.message.length < 1_000)).toBe(true);
  expect((await nodeFs.readFile(dataFile())).equals(bytesBefore)).toBe(true);
  expect(await folderSnapshot()).toEqual(filesBefore);
  expect(practice.store.data).toEqual(memoryBefore);
}

describe('registry refuses bad inputs with INVALID_INPUT, a message, field issues, and nothing written', () => {
  it('refuses a client whose name is a 10 MB string', async () => {
    await expectRefused('clients.create', { client: { name: HUGE } }, 'client.name');
  });

  it.each([
    ['-1', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['1.5 (a fraction of a cent)', 1.5],
  ])('refuses a client with mrrCents %s', async (_label, mrrCents) => {
    await expectRefused('clients.create', { client: { name: 'Harbor Dental', mrrCents } }, 'client.mrrCents');
  });

  it('refuses a client with an unknown key', async () => {
    await expectRefused('clients.create', { client: { name: 'Harbor Dental', favouriteColour: 'teal' } }, 'client');
  });

  it('refuses a client whose contacts are a string', async () => {
    await expectRefused('clients.create', { client: { name: 'Harbor Dental', contacts: 'Dr. Maya Chen' } }, 'client.contacts');
  });

  it('refuses an asset with quantity 0', async () => {
    const clientId = await existingClientId();
    await expectRefused('assets.create', { clientId, asset: { name: 'Front desk PC', category: 'workstation', unitCostCents: 95_000, quantity: 0 } }, 'asset.quantity');
  });

  it('refuses the unknown currency XYZ in settings', async () => {
    await expectRefused('settings.update', { changes: { currency: 'XYZ' } }, 'changes.currency');
  });

  it('refuses a logo that is valid base64 but not an image', async () => {
    const notAnImage = Buffer.from('This is a text file, not a PNG or a JPEG.\n'.repeat(20)).toString('base64');
    await expectRefused('settings.setLogo', { file: { name: 'logo.png', dataBase64: notAnImage } }, 'file');
  });
});
