import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-main/api/contract';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { formatMoney } from '../../src-main/domain/format';
import type { Proposal } from '../../src-main/domain/proposal';
import { priceProposal } from '../../src-main/domain/proposal-pricing';
import { folderPlatform } from '../harness/test-platform';

/**
 * The proposal PDF read back as text (pdftotext), made through the real export channel. Marker lines
 * carry costs and markups no client price can produce, so finding one of them in the text would mean
 * an internal figure leaked. Set KEEP_PDFS=/some/folder to keep the file.
 */

const MONEY = { currency: 'USD', locale: 'en-US' };
const PRIVATE_NOTE = 'Distributor quote Q-1182 expires Friday';

let folder = '';
let practice: OpenPractice;
let saved: string[] = [];
let proposal: Proposal;
let text = '';

async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-proposal-pdf-'));
  const platform = folderPlatform(path.join(folder, 'exports'));
  saved = platform.record.saved;
  practice = await openPractice({ dataDir: path.join(folder, 'data'), platform: platform.platform, clock: () => new Date('2026-11-20T10:00:00') });
  await call('settings.update', { changes: { consultant: { name: 'Dana Whitfield', company: 'Northwind vCIO Partners', email: 'dana@northwind.example', phone: '', website: '', address: '' } } });
  const { client } = await call('clients.create', {
    client: { name: 'Harbour Light Dental', contacts: [{ name: 'Dr. Maya Chen', role: 'Owner', email: '', phone: '', decisionMaker: true }] },
  });
  const created = await call('proposals.create', { clientId: client.id, from: { kind: 'blank', title: 'Firewall and Wi-Fi refresh' } });
  proposal = (
    await call('proposals.update', {
      id: created.proposal.id,
      changes: {
        summary: 'Replace the unsupported firewall and add Wi-Fi coverage to the back office.\n\nThe work is done after hours so the practice keeps seeing patients.',
        steps: [
          { id: 's1', title: 'Survey the back office', detail: 'Measure the signal in every treatment room and agree where the access points go.' },
          { id: 's2', title: 'Install and configure the firewall', detail: 'Copy the rules, test the VPN for the imaging vendor, cut over at night.' },
          { id: 's3', title: 'Hand over', detail: '' },
        ],
        time: { projectManagementHours: 4, implementationHours: 16.75, standbyHours: 2.5, closeOutHours: 1.25 },
        lineItems: [
          { id: 'marker-a', kind: 'hardware', description: 'Next-generation firewall, 3-year services', quantity: 3, unitCostCents: 123_457, markupPercent: 37.5, billing: 'oneTime', catalogueItemId: null },
          { id: 'marker-b', kind: 'hardware', description: 'Wi-Fi 6 access point', quantity: 2, unitCostCents: 98_765, markupPercent: 42.42, billing: 'oneTime', catalogueItemId: null },
          { id: 'marker-c', kind: 'service', description: 'Firewall monitoring, per month', quantity: 1, unitCostCents: 4_321, markupPercent: 66.67, billing: 'monthly', catalogueItemId: null },
        ],
        resources: [
          { id: 'r1', role: 'Network engineer', who: 'Sam Ortiz' },
          { id: 'r2', role: 'Imaging vendor', who: '' },
        ],
        assumptions: 'The practice gives us after-hours access.',
        outOfScope: 'Cabling beyond the back office.',
        internalNotes: PRIVATE_NOTE,
        status: 'sent',
      },
    })
  ).proposal;
  await call('export.proposalPdf', { id: proposal.id });
  const file = saved[0]!;
  if (process.env.KEEP_PDFS) {
    await mkdir(process.env.KEEP_PDFS, { recursive: true });
    await copyFile(file, path.join(process.env.KEEP_PDFS, path.basename(file)));
  }
  text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
});

afterAll(async () => {
  await practice?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('the proposal PDF', () => {
  it('is saved under the client’s name and the proposal’s title', () => {
    expect(path.basename(saved[0]!)).toBe('Harbour Light Dental - Proposal - Firewall and Wi-Fi refresh - 2026-11-20.pdf');
  });

  it('has a cover, the summary, steps, timeline, investment, resources, assumptions, validity and a signature block', () => {
    for (const heading of ['PROPOSAL', 'Firewall and Wi-Fi refresh', 'Prepared for Harbour Light Dental', 'Summary', 'Steps', 'Timeline', 'Investment', 'Resources', 'Assumptions', 'Not included', 'Validity', 'Acceptance']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Survey the back office');
    expect(text).toContain('Week 4');
    expect(text).toContain('Valid until December 20, 2026');
    expect(text).toContain('Dr. Maya Chen');
    expect(text).toContain('For Northwind vCIO Partners');
  });

  it('finds the investment total and the client prices: per unit, per line and the labour', () => {
    const pricing = priceProposal(proposal, practice.store.data.settings);
    const money = (cents: number) => formatMoney(cents, MONEY);
    expect(text).toContain(money(pricing.firstYearTotalCents));
    expect(text).toContain(money(pricing.oneTimeTotalCents));
    expect(text).toContain(money(pricing.monthlyTotalCents));
    expect(text).toContain('$1,697.53');
    expect(text).toContain('$5,092.59');
    expect(text).toContain('24.5 h');
    expect(text).toContain('$3,675.00');
  });

  it('shows no cost, markup or margin figure and no internal note', () => {
    const pricing = priceProposal(proposal, practice.store.data.settings);
    const internal = [
      '1,234.57',
      '3,703.71',
      '987.65',
      '1,975.30',
      '43.21',
      '37.5',
      '42.42',
      '66.67',
      formatMoney(pricing.oneTimeItems.costCents, MONEY),
      formatMoney(pricing.oneTimeItems.marginCents, MONEY),
      formatMoney(pricing.firstYear.marginCents, MONEY),
      String(pricing.firstYear.marginPercent),
      PRIVATE_NOTE,
      'margin',
      'markup',
      'cost',
    ];
    for (const figure of internal) expect(text.toLowerCase(), figure).not.toContain(figure.toLowerCase());
  });

  it('writes every money figure with at most two decimals', () => {
    const figures = text.match(/\$[\d,]+(?:\.\d+)?/g) ?? [];
    expect(figures.length).toBeGreaterThan(8);
    expect(figures.filter((figure) => /\.\d{3,}/.test(figure))).toEqual([]);
  });
});
