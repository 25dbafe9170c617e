import { DEFAULT_LIFESPANS } from '../domain/asset';
import { DEFAULT_BUDGET_PLAN } from '../domain/client';

/**
 * Schema versions of the data file and the pure steps between them. A step takes the `data` of
 * version N and returns the `data` of version N + 1; it never reads the disk. Every step has a test
 * that migrates a fixture file of version N (test/fixtures/practice-vN.json).
 *
 * 1: settings and clients (the foundation).
 * 2: life-cycle budget: assets, services, initiatives, import mappings, a budget plan per client,
 *    default lifespans in settings.
 */
export const CURRENT_SCHEMA_VERSION = 2;

type JsonObject = Record<string, unknown>;

function asObject(value: unknown, what: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} is not an object`);
  return value as JsonObject;
}

function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value;
}

const STEPS: Record<number, (data: JsonObject) => JsonObject> = {
  1: (data) => {
    const settings = asObject(data.settings, 'settings');
    const clients = asArray(data.clients, 'clients').map((entry, index) => ({
      ...asObject(entry, `client ${index + 1}`),
      budgetPlan: { ...DEFAULT_BUDGET_PLAN },
    }));
    return {
      ...data,
      settings: { ...settings, lifespans: { ...DEFAULT_LIFESPANS } },
      clients,
      assets: [],
      services: [],
      initiatives: [],
      importMappings: [],
    };
  },
};

/** Migrates step by step from `fromVersion` to the current version. Throws on a malformed file. */
export function migrate(data: unknown, fromVersion: number): unknown {
  let current = asObject(data, 'data');
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = STEPS[version];
    if (!step) throw new Error(`No migration from schema version ${version}`);
    current = step(current);
  }
  return current;
}
