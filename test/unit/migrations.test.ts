import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFESPANS } from '../../src-main/domain/asset';
import { DEFAULT_BUDGET_PLAN } from '../../src-main/domain/client';
import { expandStoredPractice, storedPracticeData } from '../../src-main/store/stored-practice';
import { DEFAULT_CATALOGUE } from '../../src-main/domain/proposal-catalogue';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';
import { CURRENT_SCHEMA_VERSION, migrate } from '../../src-main/store/migrations';
import { judgePracticeBytes, serializePractice } from '../../src-main/store/practice-file';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

type JsonObject = Record<string, unknown>;
interface SchemaTwo {
  settings: JsonObject & { lifespans: Record<string, number> };
  clients: Array<JsonObject & { id: string; budgetPlan: unknown; contacts: Array<{ id: string; name: string; decisionMaker: boolean }> }>;
  assets: unknown[];
  services: unknown[];
  initiatives: unknown[];
  importMappings: unknown[];
}

function readFixture(name: string): { bytes: Uint8Array; envelope: { schemaVersion: number; data: JsonObject } } {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, name)));
  return { bytes, envelope: JSON.parse(new TextDecoder().decode(bytes)) as { schemaVersion: number; data: JsonObject } };
}

describe('schema versions', () => {
  it('is at schema 4, and every older version has a fixture file that migrates (update this test with each new version)', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      const { envelope } = readFixture(`practice-v${version}.json`);
      expect(envelope.schemaVersion).toBe(version);
      expect(storedPracticeData.safeParse(migrate(envelope.data, version)).success, `practice-v${version}.json`).toBe(true);
    }
  });

  it('refuses to migrate from a version it has no step for', () => {
    expect(() => migrate({}, 0)).toThrow('No migration from schema version 0');
  });

  it('refuses data that is not an object', () => {
    expect(() => migrate(null, 1)).toThrow('data is not an object');
    expect(() => migrate([], 1)).toThrow('data is not an object');
  });
});

describe('migration 1 → 2: the life-cycle budget', () => {
  const { bytes, envelope } = readFixture('practice-v1.json');
  const original = structuredClone(envelope.data);
  const originalSettings = original.settings as JsonObject;
  const originalClients = original.clients as JsonObject[];

  it('starts from a realistic schema 1 file: settings without lifespans, clients without a budget plan', () => {
    expect(envelope.schemaVersion).toBe(1);
    expect(Object.keys(envelope.data).sort()).toEqual(['clients', 'settings']);
    expect(originalSettings).not.toHaveProperty('lifespans');
    expect(originalClients).toHaveLength(3);
    for (const client of originalClients) expect(client).not.toHaveProperty('budgetPlan');
    // A schema 1 file is not valid as schema 2: the migration is needed.
    expect(storedPracticeData.safeParse(envelope.data).success).toBe(false);
  });

  const result = storedPracticeData.safeParse(migrate(structuredClone(envelope.data), 1));

  it('gives data that validates against the current schema once the later steps have run', () => {
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  // What this step alone gives (the later steps add to it and are tested below).
  const migrated = migrate(structuredClone(envelope.data), 1, 2) as SchemaTwo;

  it('keeps every setting and adds the default lifespans', () => {
    const { lifespans, ...rest } = migrated.settings;
    expect(rest).toEqual(originalSettings);
    expect(lifespans).toEqual(DEFAULT_LIFESPANS);
    expect(lifespans.workstation).toBe(48);
    expect(lifespans.switch).toBe(84);
  });

  it('keeps every client field by field and adds the default budget plan', () => {
    expect(migrated.clients.map((client) => client.id)).toEqual(['cl_harbor_dental', 'cl_birch_accounting', 'cl_cedar_law']);
    migrated.clients.forEach((client, index) => {
      const { budgetPlan, ...rest } = client;
      const before = originalClients[index]!;
      for (const [field, value] of Object.entries(before)) {
        expect(rest[field as keyof typeof rest], `${client.id}.${field}`).toEqual(value);
      }
      expect(Object.keys(rest).sort()).toEqual(Object.keys(before).sort());
      expect(budgetPlan).toEqual(DEFAULT_BUDGET_PLAN);
      expect(budgetPlan).toEqual({ startMonth: null, horizonYears: 3, spendingLimitPerQuarterCents: null });
    });
  });

  it('keeps the details that matter most to the consultant: contacts, private notes, archive date, overrides', () => {
    const [harbor, birch, cedar] = migrated.clients;
    expect(harbor?.contacts.map((person) => [person.id, person.name, person.decisionMaker])).toEqual([
      ['ct_maya', 'Dr. Maya Chen', true],
      ['ct_sam', 'Sam Ortiz', false],
    ]);
    expect(harbor?.privateNotes).toBe('Maya is thinking about selling the practice within five years.');
    expect(harbor?.mrrCents).toBe(300_000);
    expect(birch?.cadenceOverride).toEqual({ strategyMeetingsPerYear: 4, touchesPerMonth: 1 });
    expect(birch?.fiscalYearStartMonth).toBe(7);
    expect(birch?.otherCompliance).toBe('IRS Publication 4557');
    expect(cedar?.archivedAt).toBe('2025-09-30T12:00:00.000Z');
  });

  it('gives each client its own budget plan and the settings their own lifespans, so an edit never changes the shipped defaults', () => {
    const raw = migrate(structuredClone(envelope.data), 1) as { settings: JsonObject; clients: Array<{ budgetPlan: JsonObject }> };
    const [first, second] = raw.clients;
    expect(first?.budgetPlan).not.toBe(second?.budgetPlan);
    expect(first?.budgetPlan).not.toBe(DEFAULT_BUDGET_PLAN);
    expect(raw.settings.lifespans).not.toBe(DEFAULT_LIFESPANS);
  });

  it('starts with no assets, services, initiatives or import mappings', () => {
    expect(migrated.assets).toEqual([]);
    expect(migrated.services).toEqual([]);
    expect(migrated.initiatives).toEqual([]);
    expect(migrated.importMappings).toEqual([]);
  });

  it('does not change the data it was given (a pure step)', () => {
    const input = structuredClone(envelope.data);
    migrate(input, 1);
    expect(input).toEqual(original);
  });

  it('reports the schema 1 file as readable and migrated when the app opens it', () => {
    const verdict = judgePracticeBytes(bytes);
    expect(verdict.kind).toBe('ok');
    if (verdict.kind !== 'ok') return;
    expect(verdict.migrated).toBe(true);
    expect(verdict.fileVersion).toBe(1);
    expect(verdict.data).toEqual(result.success ? expandStoredPractice(result.data) : null);
  });

  it('reports a schema 1 file whose clients are not a list as damaged, not as upgradable', () => {
    const broken = new TextEncoder().encode(JSON.stringify({ schemaVersion: 1, data: { settings: originalSettings, clients: {} } }));
    const verdict = judgePracticeBytes(broken);
    expect(verdict).toMatchObject({ kind: 'damaged', fileVersion: 1 });
    expect(verdict.kind === 'damaged' ? verdict.reason : '').toMatch(/clients is not a list/);
  });
});

describe('migration 2 → 3: the strategy desk', () => {
  const { bytes, envelope } = readFixture('practice-v2.json');
  const original = structuredClone(envelope.data);
  const originalSettings = original.settings as JsonObject;
  const originalClients = original.clients as JsonObject[];
  const originalInitiatives = original.initiatives as JsonObject[];

  it('starts from a realistic schema 2 file: sample clients with assets, services and initiatives', () => {
    expect(envelope.schemaVersion).toBe(2);
    expect(Object.keys(envelope.data).sort()).toEqual(['assets', 'clients', 'importMappings', 'initiatives', 'services', 'settings']);
    expect(originalClients).toHaveLength(2);
    expect((original.assets as unknown[]).length).toBeGreaterThan(0);
    expect(originalInitiatives.length).toBeGreaterThan(1);
    expect(storedPracticeData.safeParse(envelope.data).success).toBe(false);
  });

  const result = storedPracticeData.safeParse(migrate(structuredClone(envelope.data), 2));

  it('gives data that validates against the current schema', () => {
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  const migrated = result.success ? result.data : null;

  it('keeps every setting and adds replacement costs, target margin, the default catalogue, the default agenda templates and no playbook objectives', () => {
    const { replacementCosts, targetMarginPercent, catalogue, agendaTemplates, playbookObjectives, ...rest } = migrated!.settings;
    expect(rest).toEqual(originalSettings);
    expect(replacementCosts).toEqual(DEFAULT_SETTINGS.replacementCosts);
    expect(replacementCosts.workstation).toBe(120_000);
    expect(replacementCosts.laptop).toBe(150_000);
    expect(replacementCosts.server).toBe(800_000);
    expect(replacementCosts.firewall).toBe(200_000);
    expect(targetMarginPercent).toBe(DEFAULT_SETTINGS.targetMarginPercent);
    expect(catalogue).toEqual(DEFAULT_CATALOGUE);
    expect(catalogue.map((item) => item.kind)).toEqual(expect.arrayContaining(['hardware', 'software', 'service']));
    expect(catalogue.find((item) => item.id === 'catalogue-firewall')).toMatchObject({ unitCostCents: 189_000, markupPercent: 30, billing: 'oneTime' });
    expect(agendaTemplates).toEqual(DEFAULT_SETTINGS.agendaTemplates);
    expect(agendaTemplates.map((template) => template.meetingType).sort()).toEqual(['alignmentVisit', 'businessReview', 'checkIn', 'strategy']);
    const review = agendaTemplates.find((template) => template.meetingType === 'businessReview')!;
    expect(review.items.map((item) => item.title)).toEqual(
      expect.arrayContaining(['Recurring support issues', 'Upcoming projects', 'Alignment review', 'Proactivity metrics']),
    );
    expect(playbookObjectives).toEqual([]);
  });

  it('gives the migrated settings their own copy of the agenda templates, so an edit never changes the shipped defaults', () => {
    const raw = migrate(structuredClone(envelope.data), 2) as { settings: { agendaTemplates: unknown[] } };
    expect(raw.settings.agendaTemplates).toEqual(DEFAULT_SETTINGS.agendaTemplates);
    expect(raw.settings.agendaTemplates).not.toBe(DEFAULT_SETTINGS.agendaTemplates);
    expect(raw.settings.agendaTemplates[0]).not.toBe(DEFAULT_SETTINGS.agendaTemplates[0]);
  });

  it('gives the migrated settings their own copy of the catalogue, so an edit never changes the shipped defaults', () => {
    const raw = migrate(structuredClone(envelope.data), 2) as { settings: { catalogue: unknown[] } };
    expect(raw.settings.catalogue).toEqual(DEFAULT_CATALOGUE);
    expect(raw.settings.catalogue[0]).not.toBe(DEFAULT_CATALOGUE[0]);
    expect(raw.settings.catalogue[0]).not.toBe(DEFAULT_SETTINGS.catalogue[0]);
  });

  it('keeps every client field and hides no standards category', () => {
    migrated!.clients.forEach((client, index) => {
      const { hiddenStandardCategories, prepPackSections, ...rest } = client;
      expect(rest).toEqual(originalClients[index]);
      expect(hiddenStandardCategories).toEqual([]);
      expect(prepPackSections).toBeNull();
    });
  });

  it('keeps every initiative, ranks them in their stored order, and starts an empty history', () => {
    migrated!.initiatives.forEach((item, index) => {
      const { rank, history, why, ...rest } = item;
      const { why: originalWhy, ...originalRest } = originalInitiatives[index] as JsonObject & { why: JsonObject };
      expect(rest).toEqual(originalRest);
      expect(why).toEqual({ ...originalWhy, reviewIds: [] });
      expect(rank).toBe(index);
      expect(history).toEqual([]);
    });
  });

  it("starts an initiative's history with the client's decision when schema 2 recorded one, so the decision log shows it", () => {
    const data = structuredClone(envelope.data) as JsonObject & { initiatives: JsonObject[] };
    const decided = { date: '2026-09-30', by: 'Miriam Kessler', note: 'Clients prefer encrypted email for now.' };
    data.initiatives[0] = { ...data.initiatives[0], status: 'declined', clientDecision: decided };
    data.initiatives[1] = { ...data.initiatives[1], status: 'approved', clientDecision: { date: '2026-10-02', by: 'Dr. Osei', note: '' } };
    // A decision date on work that is only proposed is not a decision the log can name.
    data.initiatives[2] = { ...data.initiatives[2], status: 'proposed', clientDecision: { date: '2026-10-03', by: 'Dr. Osei', note: '' } };
    const parsed = storedPracticeData.parse(migrate(data, 2));
    expect(parsed.initiatives[0]!.history).toEqual([
      { at: data.initiatives[0]!.updatedAt, kind: 'declined', from: '', to: 'Declined', note: decided.note, by: decided.by, date: decided.date },
    ]);
    expect(parsed.initiatives[1]!.history).toMatchObject([{ kind: 'approved', to: 'Approved', by: 'Dr. Osei', date: '2026-10-02' }]);
    expect(parsed.initiatives[2]!.history).toEqual([]);
  });

  it('keeps assets, services and import mappings as they were, and starts every new collection empty', () => {
    expect(migrated!.assets).toEqual(original.assets);
    expect(migrated!.services).toEqual(original.services);
    const originalMappings = original.importMappings as Array<JsonObject & { mapping: JsonObject }>;
    expect(originalMappings.length).toBeGreaterThan(0);
    expect(migrated!.importMappings).toEqual(originalMappings.map((stored) => ({ ...stored, mapping: { ...stored.mapping, categoryMap: {} } })));
    for (const collection of ['standards', 'reviews', 'goals', 'canvasses', 'canvassSnapshots', 'meetings', 'actionItems', 'touches', 'proposals'] as const) {
      expect(migrated![collection], collection).toEqual([]);
    }
    expect(migrated!.defaultStandardsEdition).toBeNull();
  });

  it('does not change the data it was given (a pure step)', () => {
    const input = structuredClone(envelope.data);
    migrate(input, 2);
    expect(input).toEqual(original);
  });

  it('reports the schema 2 file as readable and migrated when the app opens it', () => {
    const verdict = judgePracticeBytes(bytes);
    expect(verdict).toMatchObject({ kind: 'ok', migrated: true, fileVersion: 2 });
    if (verdict.kind === 'ok') expect(verdict.data).toEqual(migrated && expandStoredPractice(migrated));
  });

  it('reports a schema 2 file whose initiatives are not a list as damaged', () => {
    const broken = new TextEncoder().encode(JSON.stringify({ schemaVersion: 2, data: { ...original, initiatives: 'none' } }));
    expect(judgePracticeBytes(broken)).toMatchObject({ kind: 'damaged', fileVersion: 2 });
  });
});

describe('migration 3 → 4: each review wording stored once', () => {
  const { bytes, envelope } = readFixture('practice-v3.json');
  type SchemaThreeReview = { id: string; items: Array<{ standardId: string; wording: JsonObject }> };
  const reviews = envelope.data.reviews as SchemaThreeReview[];

  it('starts from a realistic schema 3 file: two reviews of the same standards, each item with its wording written out', () => {
    expect(envelope.schemaVersion).toBe(3);
    expect(reviews).toHaveLength(2);
    expect(reviews[0]!.items.length).toBeGreaterThan(3);
    for (const review of reviews) for (const item of review.items) expect(item.wording).toHaveProperty('question');
  });

  const verdict = judgePracticeBytes(bytes);
  const opened = verdict.kind === 'ok' ? verdict.data : null;

  it('opens as migrated, with every item keeping the wording it was asked with', () => {
    expect(verdict).toMatchObject({ kind: 'ok', migrated: true, fileVersion: 3 });
    for (const [reviewIndex, review] of reviews.entries()) {
      expect(opened!.reviews[reviewIndex]!.items.map((item) => item.wording)).toEqual(review.items.map((item) => item.wording));
    }
  });

  it('shares one wording object between the reviews that asked the same question', () => {
    const [spring, autumn] = opened!.reviews;
    for (const [index, item] of spring!.items.entries()) expect(autumn!.items[index]!.wording).toBe(item.wording);
  });

  it('writes each distinct wording once and names it by its place; reading that back gives the same practice', () => {
    const written = serializePractice(opened!);
    const file = JSON.parse(written) as { schemaVersion: number; data: { reviewWordings: JsonObject[]; reviews: Array<{ items: Array<{ wording: unknown }> }> } };
    expect(file.schemaVersion).toBe(4);
    expect(file.data.reviewWordings).toHaveLength(reviews[0]!.items.length);
    expect(file.data.reviews.flatMap((review) => review.items.map((item) => item.wording))).toEqual([...reviews[0]!.items.keys(), ...reviews[1]!.items.keys()]);
    expect(written.length).toBeLessThan(new TextDecoder().decode(bytes).length);
    const again = judgePracticeBytes(new TextEncoder().encode(written));
    expect(again).toMatchObject({ kind: 'ok', migrated: false, fileVersion: 4 });
    if (again.kind === 'ok') expect(again.data).toEqual(opened);
  });

  it('reports an item that names a wording the file does not list as damaged, saying where', () => {
    const file = JSON.parse(serializePractice(opened!)) as { schemaVersion: number; data: { reviews: Array<{ items: Array<{ wording: unknown }> }> } };
    file.data.reviews[1]!.items[2]!.wording = 40;
    const judged = judgePracticeBytes(new TextEncoder().encode(JSON.stringify(file)));
    expect(judged).toMatchObject({ kind: 'damaged', fileVersion: 4 });
    if (judged.kind === 'damaged') expect(judged.reason).toContain('reviews.1.items.2.wording: Names wording 41, but the file lists 6');
  });
});
