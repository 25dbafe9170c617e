import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientForecast } from '../../src-main/domain/budget-plan';
import { quarterSpend } from '../../src-main/domain/budget-views';
import { decisionMakers, type Client } from '../../src-main/domain/client';
import { replacementOutlook, replacingInitiatives, type Forecast } from '../../src-main/domain/forecast';
import { addMonths, type Month } from '../../src-main/domain/months';
import { emptyPractice, practiceData, type PracticeData } from '../../src-main/domain/practice';
import { expandSample, samplePracticeFile, type SamplePracticeFile } from '../../src-main/domain/sample-practice';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';

const SAMPLE_FILE = path.resolve(import.meta.dirname, '../../resources/sample-practice.json');
const LOADED_IN: Month = '2026-11';
const LOADED_AT = '2026-11-09T14:30:00.000Z';

/** The three rows of the meeting-cadence reference table (PRODUCT.md §7). */
const CADENCE_REFERENCES = [
  { mrrCents: 300_000, users: 24, complexity: 5 },
  { mrrCents: 650_000, users: 52, complexity: 3 },
  { mrrCents: 150_000, users: 12, complexity: 8 },
] as const;

function readSampleFile(): SamplePracticeFile {
  return samplePracticeFile.parse(JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')));
}

/** Loads the sample as the app does in a given month, then checks it as a whole practice. */
function loadSample(today: Month): PracticeData {
  const file = readSampleFile();
  let counter = 0;
  const newId = (): string => {
    counter += 1;
    return `id${counter}`;
  };
  const expanded = expandSample(file, today, newId, LOADED_AT);
  return practiceData.parse({
    ...emptyPractice(),
    settings: { ...DEFAULT_SETTINGS, consultant: file.consultant },
    clients: expanded.clients,
    assets: expanded.assets,
    services: expanded.services,
    initiatives: expanded.initiatives,
    importMappings: [],
  });
}

function forecastOf(practice: PracticeData, subject: Client, today: Month): Forecast {
  const belongs = (item: { clientId: string }): boolean => item.clientId === subject.id;
  return clientForecast(
    {
      client: subject,
      assets: practice.assets.filter(belongs),
      services: practice.services.filter(belongs),
      initiatives: practice.initiatives.filter(belongs),
      settings: DEFAULT_SETTINGS,
    },
    today,
  );
}

function overdueReplacements(forecast: Forecast) {
  return forecast.events.filter((event) => event.kind === 'replacement' && event.overdue);
}

/** Replacements falling due inside the plan's first year that were not already overdue. */
function replacementsDueThisYear(forecast: Forecast) {
  return forecast.events.filter((event) => event.kind === 'replacement' && !event.overdue && event.monthOffset < 12);
}

describe('sample practice file', () => {
  const practice = loadSample(LOADED_IN);

  it('introduces a complete consultant profile', () => {
    const consultant = practice.settings.consultant;
    for (const value of Object.values(consultant)) expect(value).not.toBe('');
  });

  it('has at least seven clients, mostly active and exactly one prospect', () => {
    expect(practice.clients.length).toBeGreaterThanOrEqual(7);
    const active = practice.clients.filter((subject) => subject.status === 'active');
    const prospects = practice.clients.filter((subject) => subject.status === 'prospect');
    expect(active.length).toBeGreaterThan(practice.clients.length / 2);
    expect(prospects).toHaveLength(1);
  });

  it.each(CADENCE_REFERENCES)('includes the cadence reference client with MRR $mrrCents, $users users, complexity $complexity', (reference) => {
    const matches = practice.clients.filter(
      (subject) => subject.mrrCents === reference.mrrCents && subject.users === reference.users && subject.complexity === reference.complexity,
    );
    expect(matches).toHaveLength(1);
  });

  it('has exactly one active client without a decision maker', () => {
    const withoutDecisionMaker = practice.clients.filter((subject) => subject.status === 'active' && decisionMakers(subject).length === 0);
    expect(withoutDecisionMaker).toHaveLength(1);
  });

  it('keeps sensitive context on two or three clients', () => {
    const withPrivateNotes = practice.clients.filter((subject) => subject.privateNotes !== '');
    expect(withPrivateNotes.length).toBeGreaterThanOrEqual(2);
    expect(withPrivateNotes.length).toBeLessThanOrEqual(3);
  });

  it('gives every client assets and services', () => {
    for (const subject of practice.clients) {
      const assetCount = practice.assets.filter((item) => item.clientId === subject.id).length;
      const serviceCount = practice.services.filter((item) => item.clientId === subject.id).length;
      expect(assetCount, `${subject.name} assets`).toBeGreaterThan(0);
      expect(serviceCount, `${subject.name} services`).toBeGreaterThan(0);
    }
  });

  it('gives every client an overdue replacement and one due in the first year of the plan', () => {
    for (const subject of practice.clients) {
      const forecast = forecastOf(practice, subject, LOADED_IN);
      expect(overdueReplacements(forecast).length, `${subject.name} overdue`).toBeGreaterThan(0);
      expect(replacementsDueThisYear(forecast).length, `${subject.name} due this year`).toBeGreaterThan(0);
    }
  });

  it('flags at least one asset whose age is unknown', () => {
    const ageUnknown = practice.clients.flatMap((subject) => forecastOf(practice, subject, LOADED_IN).ageUnknownAssetIds);
    expect(ageUnknown.length).toBeGreaterThan(0);
  });

  it('pushes at least one client over its quarterly spending limit, but not in every quarter', () => {
    const quartersOfLimitedClients = practice.clients
      .filter((subject) => subject.budgetPlan.spendingLimitPerQuarterCents !== null)
      .flatMap((subject) =>
        quarterSpend(forecastOf(practice, subject, LOADED_IN), subject.fiscalYearStartMonth, subject.budgetPlan.spendingLimitPerQuarterCents),
      );
    expect(quartersOfLimitedClients.some((quarter) => quarter.overLimit)).toBe(true);
    expect(quartersOfLimitedClients.some((quarter) => !quarter.overLimit)).toBe(true);
  });
});

describe('sample practice budgets that a client can trust', () => {
  const practice = loadSample(LOADED_IN);
  const named = (name: string) => practice.clients.find((subject) => subject.name.startsWith(name))!;

  it('links the initiatives that replace assets to them: Ridgeline’s rugged laptops and Brightwater’s firewall', () => {
    const linked = (clientName: string, title: string) => {
      const subject = named(clientName);
      const initiative = practice.initiatives.find((item) => item.clientId === subject.id && item.title === title)!;
      return initiative.why.assetIds.map((id) => practice.assets.find((item) => item.id === id)?.name);
    };
    expect(linked('Ridgeline', 'Replace the rugged laptops in the site trailers')).toEqual(['Panasonic Toughbook 40 rugged laptops']);
    expect(linked('Brightwater', 'Replace the end-of-life firewall')).toEqual(['SonicWall TZ370 firewall']);
  });

  it('never budgets an asset an initiative replaces before that initiative pays for it', () => {
    for (const subject of practice.clients) {
      const forecast = forecastOf(practice, subject, LOADED_IN);
      for (const replaced of forecast.replacedAssets) {
        const early = forecast.events.filter((event) => event.sourceId === replaced.assetId && event.month <= replaced.month);
        expect(early, `${subject.name}: ${replaced.assetName}`).toEqual([]);
      }
    }
  });

  it('counts the same overdue assets in the asset list and in the budget, for every client', () => {
    for (const subject of practice.clients) {
      const initiatives = practice.initiatives.filter((item) => item.clientId === subject.id);
      const replacedBy = replacingInitiatives(initiatives, subject.fiscalYearStartMonth);
      const listed = practice.assets
        .filter((item) => item.clientId === subject.id && replacementOutlook(item, DEFAULT_SETTINGS.lifespans, LOADED_IN, replacedBy).overdue)
        .map((item) => item.id)
        .sort();
      const budgeted = forecastOf(practice, subject, LOADED_IN)
        .events.filter((event) => event.overdue)
        .map((event) => event.sourceId)
        .sort();
      expect(budgeted, subject.name).toEqual(listed);
    }
  });

  it('shows estimated and unpriced replacements somewhere, so the sample demonstrates them', () => {
    const gaps = practice.clients.flatMap((subject) => forecastOf(practice, subject, LOADED_IN).events.filter((event) => event.estimated || event.unpriced));
    expect(gaps.length).toBeGreaterThan(0);
  });
});

describe('sample practice loaded in any month of the year', () => {
  // The dates are relative, so the overdue and due-soon replacements must survive every load month
  // and every fiscal-year start, not only the month used above.
  const loadMonths = Array.from({ length: 12 }, (_unused, index) => addMonths('2027-01', index));

  it.each(loadMonths)('still has overdue and due-this-year replacements for every client when loaded in %s', (today) => {
    const practice = loadSample(today);
    for (const subject of practice.clients) {
      const forecast = forecastOf(practice, subject, today);
      expect(overdueReplacements(forecast).length, `${subject.name} overdue`).toBeGreaterThan(0);
      expect(replacementsDueThisYear(forecast).length, `${subject.name} due this year`).toBeGreaterThan(0);
    }
  });
});
