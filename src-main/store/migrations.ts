import { DEFAULT_LIFESPANS } from '../domain/asset';
import { CLIENT_DEFAULTS, DEFAULT_BUDGET_PLAN } from '../domain/client';
import { INITIATIVE_STATUS_LABELS } from '../domain/initiative';
import { DEFAULT_SETTINGS } from '../domain/settings';

/**
 * Schema versions of the data file and the pure steps between them. A step takes the `data` of
 * version N and returns the `data` of version N + 1; it never reads the disk. Every step has a test
 * that migrates a fixture file of version N (test/fixtures/practice-vN.json).
 *
 * 1: settings and clients (the foundation).
 * 2: life-cycle budget: assets, services, initiatives, import mappings, a budget plan per client,
 *    default lifespans in settings.
 * 3: the strategy desk: standards and alignment reviews, goals and the business canvass, meetings,
 *    action items and touches, proposals; settings gain default replacement costs, a target margin,
 *    the product catalogue, the default agenda templates and the playbook's objectives; clients gain
 *    hidden standards categories and prep-pack sections; initiatives gain a rank on the roadmap, a
 *    history and their reviews; import mappings gain the consultant's device-type to category
 *    choices.
 * 4: each distinct wording of a standard asked in reviews is listed once (`reviewWordings`) and review
 *    items name it by its place (store/stored-practice.ts), which makes the file about ten times
 *    smaller. A wording written out in an item, as schema 3 has it, is still read; the first save
 *    lists it.
 */
export const CURRENT_SCHEMA_VERSION = 4;

type JsonObject = Record<string, unknown>;

function asObject(value: unknown, what: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} is not an object`);
  return value as JsonObject;
}

function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value;
}

/** A client decision recorded before schema 3 starts the initiative's history, so the decision log shows it. */
function recordedDecision(item: JsonObject): JsonObject[] {
  const decision = item.clientDecision;
  if (typeof decision !== 'object' || decision === null || Array.isArray(decision)) return [];
  const { date, by, note } = decision as JsonObject;
  if (typeof date !== 'string' || date === '' || (item.status !== 'approved' && item.status !== 'declined')) return [];
  return [
    {
      at: item.updatedAt,
      kind: item.status,
      from: '',
      to: INITIATIVE_STATUS_LABELS[item.status],
      note: typeof note === 'string' ? note : '',
      by: typeof by === 'string' ? by : '',
      date,
    },
  ];
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
  2: (data) => {
    const settings = asObject(data.settings, 'settings');
    const clients = asArray(data.clients, 'clients').map((entry, index) => ({
      ...asObject(entry, `client ${index + 1}`),
      hiddenStandardCategories: [...CLIENT_DEFAULTS.hiddenStandardCategories],
      prepPackSections: CLIENT_DEFAULTS.prepPackSections,
    }));
    const initiatives = asArray(data.initiatives, 'initiatives').map((entry, index) => {
      const item = asObject(entry, `initiative ${index + 1}`);
      return { ...item, why: { ...asObject(item.why, `initiative ${index + 1} why`), reviewIds: [] }, rank: index, history: recordedDecision(item) };
    });
    const importMappings = asArray(data.importMappings, 'importMappings').map((entry, index) => {
      const stored = asObject(entry, `import mapping ${index + 1}`);
      return { ...stored, mapping: { ...asObject(stored.mapping, `import mapping ${index + 1}`), categoryMap: {} } };
    });
    return {
      ...data,
      settings: {
        ...settings,
        replacementCosts: structuredClone(DEFAULT_SETTINGS.replacementCosts),
        targetMarginPercent: DEFAULT_SETTINGS.targetMarginPercent,
        catalogue: structuredClone(DEFAULT_SETTINGS.catalogue),
        agendaTemplates: structuredClone(DEFAULT_SETTINGS.agendaTemplates),
        playbookObjectives: structuredClone(DEFAULT_SETTINGS.playbookObjectives),
      },
      clients,
      initiatives,
      importMappings,
      standards: [],
      defaultStandardsEdition: null,
      reviews: [],
      goals: [],
      canvasses: [],
      canvassSnapshots: [],
      meetings: [],
      actionItems: [],
      touches: [],
      proposals: [],
    };
  },
  // Schema 3's written-out wordings stay readable (store/stored-practice.ts); the list starts empty.
  3: (data) => ({ ...data, reviewWordings: [] }),
};

/** Migrates step by step from `fromVersion` to `toVersion` (the current one unless a test asks). Throws on a malformed file. */
export function migrate(data: unknown, fromVersion: number, toVersion = CURRENT_SCHEMA_VERSION): unknown {
  let current = asObject(data, 'data');
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = STEPS[version];
    if (!step) throw new Error(`No migration from schema version ${version}`);
    current = step(current);
  }
  return current;
}
