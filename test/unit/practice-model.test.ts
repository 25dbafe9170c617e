import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { folderPlatform } from '../harness/test-platform';

/**
 * A model-based test: random sequences of creating, updating and deleting clients, assets and
 * initiatives and of changing settings run against the real registry and against a small model in
 * memory. After every command the practice answers as the model says; at the end the practice is
 * closed, opened again from disk, and must still match the model and what it held before closing.
 */

interface Model {
  clients: Map<string, { name: string; users: number }>;
  assets: Map<string, { clientId: string; name: string; unitCostCents: number }>;
  initiatives: Map<string, { clientId: string; title: string }>;
  settings: { confidentialityLine: string; labourRateCents: number };
}

interface Real {
  practice: OpenPractice;
}

async function call<T>(real: Real, channel: string, input: unknown): Promise<T> {
  const result = await real.practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel} refused ${JSON.stringify(input)}: ${result.error.message}`);
  return result.value as T;
}

function pick<T>(map: Map<string, T>, index: number): string | null {
  const keys = [...map.keys()];
  return keys.length === 0 ? null : keys[index % keys.length]!;
}

/** What the practice holds, in the model's terms. */
function observed(practice: OpenPractice): Model {
  const data = practice.store.data;
  return {
    clients: new Map(data.clients.map((client) => [client.id, { name: client.name, users: client.users }])),
    assets: new Map(data.assets.map((asset) => [asset.id, { clientId: asset.clientId, name: asset.name, unitCostCents: asset.unitCostCents }])),
    initiatives: new Map(data.initiatives.map((initiative) => [initiative.id, { clientId: initiative.clientId, title: initiative.title }])),
    settings: { confidentialityLine: data.settings.confidentialityLine, labourRateCents: data.settings.labourRateCents },
  };
}

const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 &'.-]{0,30}[A-Za-z0-9]$/);
const cents = fc.integer({ min: 0, max: 10_000_000 });

type Command = fc.AsyncCommand<Model, Real>;
const RUNS = 60;

const commands: fc.Arbitrary<Command>[] = [
  fc.tuple(name, fc.integer({ min: 0, max: 500 })).map(([clientName, users]): Command => ({
    check: () => true,
    async run(model, real) {
      const { client } = await call<{ client: { id: string } }>(real, 'clients.create', { client: { name: clientName, users } });
      model.clients.set(client.id, { name: clientName, users });
    },
    toString: () => `createClient(${clientName})`,
  })),
  fc.tuple(fc.nat(), name, fc.integer({ min: 0, max: 500 })).map(([index, clientName, users]): Command => ({
    check: (model) => model.clients.size > 0,
    async run(model, real) {
      const id = pick(model.clients, index)!;
      await call(real, 'clients.update', { id, changes: { name: clientName, users } });
      model.clients.set(id, { name: clientName, users });
    },
    toString: () => `updateClient(${index}, ${clientName})`,
  })),
  fc.nat().map((index): Command => ({
    check: (model) => model.clients.size > 0,
    async run(model, real) {
      const id = pick(model.clients, index)!;
      await call(real, 'clients.delete', { id });
      model.clients.delete(id);
      for (const [assetId, asset] of model.assets) if (asset.clientId === id) model.assets.delete(assetId);
      for (const [initiativeId, initiative] of model.initiatives) if (initiative.clientId === id) model.initiatives.delete(initiativeId);
    },
    toString: () => `deleteClient(${index})`,
  })),
  fc.tuple(fc.nat(), name, cents).map(([index, assetName, unitCostCents]): Command => ({
    check: (model) => model.clients.size > 0,
    async run(model, real) {
      const clientId = pick(model.clients, index)!;
      const { asset } = await call<{ asset: { id: string } }>(real, 'assets.create', { clientId, asset: { name: assetName, category: 'workstation', unitCostCents } });
      model.assets.set(asset.id, { clientId, name: assetName, unitCostCents });
    },
    toString: () => `createAsset(${index}, ${assetName}, ${unitCostCents})`,
  })),
  fc.tuple(fc.nat(), name, cents).map(([index, assetName, unitCostCents]): Command => ({
    check: (model) => model.assets.size > 0,
    async run(model, real) {
      const id = pick(model.assets, index)!;
      await call(real, 'assets.update', { id, changes: { name: assetName, unitCostCents } });
      model.assets.set(id, { ...model.assets.get(id)!, name: assetName, unitCostCents });
    },
    toString: () => `updateAsset(${index}, ${assetName}, ${unitCostCents})`,
  })),
  fc.nat().map((index): Command => ({
    check: (model) => model.assets.size > 0,
    async run(model, real) {
      const id = pick(model.assets, index)!;
      await call(real, 'assets.delete', { ids: [id] });
      model.assets.delete(id);
    },
    toString: () => `deleteAsset(${index})`,
  })),
  fc.tuple(fc.nat(), name).map(([index, title]): Command => ({
    check: (model) => model.clients.size > 0,
    async run(model, real) {
      const clientId = pick(model.clients, index)!;
      const { initiative } = await call<{ initiative: { id: string } }>(real, 'initiatives.create', { clientId, initiative: { title } });
      model.initiatives.set(initiative.id, { clientId, title });
    },
    toString: () => `createInitiative(${index}, ${title})`,
  })),
  fc.tuple(fc.nat(), name).map(([index, title]): Command => ({
    check: (model) => model.initiatives.size > 0,
    async run(model, real) {
      const id = pick(model.initiatives, index)!;
      await call(real, 'initiatives.update', { id, changes: { title } });
      model.initiatives.set(id, { ...model.initiatives.get(id)!, title });
    },
    toString: () => `updateInitiative(${index}, ${title})`,
  })),
  fc.nat().map((index): Command => ({
    check: (model) => model.initiatives.size > 0,
    async run(model, real) {
      const id = pick(model.initiatives, index)!;
      await call(real, 'initiatives.delete', { ids: [id] });
      model.initiatives.delete(id);
    },
    toString: () => `deleteInitiative(${index})`,
  })),
  fc.tuple(name, cents).map(([confidentialityLine, labourRateCents]): Command => ({
    check: () => true,
    async run(model, real) {
      await call(real, 'settings.update', { changes: { confidentialityLine, labourRateCents } });
      model.settings = { confidentialityLine, labourRateCents };
    },
    toString: () => `updateSettings(${confidentialityLine}, ${labourRateCents})`,
  })),
];

/** After each command the practice in memory is the model. */
const checked = commands.map((arbitrary) =>
  arbitrary.map(
    (command): Command => ({
      check: command.check,
      async run(model, real) {
        await command.run(model, real);
        expect(observed(real.practice)).toEqual(model);
      },
      toString: command.toString,
    }),
  ),
);

describe('the practice against a model, through the registry and back from disk', () => {
  it('matches the model after every command and after reopening from disk', async () => {
    let commandsRun = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(checked, { maxCommands: 40, size: 'large' }), async (sequence) => {
        const folder = await mkdtemp(path.join(tmpdir(), 'vcio-model-'));
        const options = { dataDir: path.join(folder, 'data'), platform: folderPlatform(path.join(folder, 'exports')).platform, clock: () => new Date('2026-03-20T09:00:00Z') };
        const real: Real = { practice: await openPractice(options) };
        try {
          const initial = observed(real.practice);
          const model: Model = { clients: new Map(), assets: new Map(), initiatives: new Map(), settings: initial.settings };
          await fc.asyncModelRun(() => ({ model, real }), sequence);
          commandsRun += [...sequence].length;
          const held = structuredClone(real.practice.store.data);
          await real.practice.close();
          real.practice = await openPractice(options);
          expect(observed(real.practice)).toEqual(model);
          expect(real.practice.store.data).toEqual(held);
        } finally {
          await real.practice.close();
          await rm(folder, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`practice model: ${RUNS} sequences, ${commandsRun} commands, each reopened from disk`);
    expect(commandsRun).toBeGreaterThan(RUNS);
  }, 240_000);
});
