import type { Asset } from '../../src-main/domain/asset';
import type { Client } from '../../src-main/domain/client';
import type { PracticeData } from '../../src-main/domain/practice';

/**
 * The practice states the durability test saves, each one a pure function of its counter, so that the
 * test can tell exactly which state a data file holds. This file has no runtime imports on purpose:
 * durability.test.ts transpiles it for the plain-JavaScript child (durability-child.js) as well.
 */

/** A valid practice to start from and one valid client and asset to copy, all built by the test. */
export interface StateTemplate {
  schemaVersion: number;
  practice: PracticeData;
  client: Client;
  asset: Asset;
}

export const CLIENTS_PER_STATE = 60;
export const ASSETS_PER_CLIENT = 8;

const COUNTER_PREFIX = 'Durability state ';

/** State `counter`: 60 clients with 8 assets each (a few hundred KB), names and amounts carrying the counter. */
export function practiceForCounter(template: StateTemplate, counter: number): PracticeData {
  const clients: Client[] = [];
  const assets: Asset[] = [];
  for (let clientIndex = 0; clientIndex < CLIENTS_PER_STATE; clientIndex += 1) {
    const clientId = `client-${clientIndex}`;
    clients.push({
      ...template.client,
      id: clientId,
      name: `Client ${clientIndex} of state ${counter}`,
      mrrCents: (counter % 1_000_000) * 100 + clientIndex,
      users: (counter + clientIndex) % 500,
    });
    for (let assetIndex = 0; assetIndex < ASSETS_PER_CLIENT; assetIndex += 1) {
      assets.push({
        ...template.asset,
        id: `asset-${clientIndex}-${assetIndex}`,
        clientId,
        name: `Workstation ${assetIndex} of client ${clientIndex}, state ${counter}`,
        quantity: 1 + ((counter + assetIndex) % 50),
        unitCostCents: 50_000 + ((counter * 7 + clientIndex + assetIndex) % 100_000),
        serial: `SN-${counter}-${clientIndex}-${assetIndex}`,
      });
    }
  }
  return {
    ...template.practice,
    settings: {
      ...template.practice.settings,
      consultant: { ...template.practice.settings.consultant, company: `${COUNTER_PREFIX}${counter}` },
    },
    clients,
    assets,
  };
}

/** The file's bytes for state `counter`, written the way the store writes a practice. */
export function envelopeText(template: StateTemplate, counter: number): string {
  return `${JSON.stringify({ schemaVersion: template.schemaVersion, data: practiceForCounter(template, counter) }, null, 1)}\n`;
}

/** Which state a practice is, read back from it. */
export function counterOf(data: PracticeData): number {
  const company = data.settings.consultant.company;
  if (!company.startsWith(COUNTER_PREFIX)) throw new Error(`Not a durability state: ${company.slice(0, 80)}`);
  const counter = Number(company.slice(COUNTER_PREFIX.length));
  if (!Number.isSafeInteger(counter) || counter < 0) throw new Error(`Not a durability counter: ${company.slice(0, 80)}`);
  return counter;
}
