import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ChannelName } from '../../src-main/api/contract/channel-names';
import { openPractice } from '../../src-main/api/open-practice';
import { folderPlatform } from './test-platform';

/**
 * `npm run demo:export -- --out DIR`: loads the sample practice into a temporary data folder and
 * writes every export the app can make into DIR, plus the database itself as DIR/practice.json.
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('Usage: npm run demo:export -- --out DIR');
  process.exit(2);
}
const outDir = path.resolve(values.out);
await mkdir(outDir, { recursive: true });
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-demo-'));
const { platform, record } = folderPlatform(outDir);
const practice = await openPractice({ dataDir, platform });

async function invoke(channel: ChannelName, input: unknown): Promise<unknown> {
  const result = await practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

try {
  await invoke('sample.load', {});
  const { clients } = (await invoke('clients.list', {})) as { clients: Array<{ id: string; name: string }> };
  for (const client of clients) {
    await invoke('export.clientProfilePdf', { clientId: client.id, includePrivateNotes: false });
    await invoke('export.budgetPdf', { clientId: client.id });
    await invoke('export.budgetWorkbook', { clientId: client.id, internal: false });
    await invoke('export.budgetWorkbook', { clientId: client.id, internal: true });
    await invoke('export.canvassPdf', { clientId: client.id, includePrivateNotes: false });
    await invoke('export.questionnairePdf', { clientId: client.id });
    await invoke('export.roadmapPdf', { clientId: client.id });
    console.log(`${client.name}: profile, budget report, budget workbook, internal workbook, business canvass, business questions, roadmap handout`);
    const { reviews } = (await invoke('reviews.list', { clientId: client.id })) as { reviews: Array<{ id: string; status: string }> };
    const latest = reviews.find((review) => review.status === 'completed');
    if (latest) {
      await invoke('export.alignmentPdf', { reviewId: latest.id, includePrivateNotes: false, includeEngineerNotes: false });
      console.log(`${client.name}: alignment summary`);
    }
    const { meetings, today } = (await invoke('meetings.list', { clientId: client.id })) as { meetings: Array<{ id: string; status: string; date: string }>; today: string };
    const next = meetings.find((meeting) => meeting.status === 'planned' && meeting.date >= today);
    const last = meetings.filter((meeting) => meeting.status === 'held').at(-1);
    if (next) {
      const { chosen } = (await invoke('meetings.prepPackPlan', { id: next.id })) as { chosen: string[] };
      await invoke('export.meetingAgendaPdf', { meetingId: next.id, includeQuestionnaire: true });
      await invoke('export.prepPackPdf', { meetingId: next.id, sections: chosen });
    }
    if (last) await invoke('export.meetingSummaryPdf', { meetingId: last.id });
    console.log(`${client.name}: ${next ? 'agenda and prep pack of the next meeting' : 'no meeting ahead'}, ${last ? 'summary of the last one' : 'none held'}`);
    const { proposals } = (await invoke('proposals.list', { clientId: client.id })) as { proposals: Array<{ id: string; title: string }> };
    for (const proposal of proposals) await invoke('export.proposalPdf', { id: proposal.id });
    if (proposals.length > 0) console.log(`${client.name}: ${proposals.length} ${proposals.length === 1 ? 'proposal' : 'proposals'}`);
  }
  await invoke('export.standardsWorkbook', {});
  console.log('standards library workbook');
  const year = new Date().getFullYear();
  await invoke('export.playbookWorkbook', { year });
  console.log(`Playbook ${year}`);
  await copyFile(practice.store.dataFile, path.join(outDir, 'practice.json'));
  console.log(`${record.saved.length} exports and practice.json written to ${outDir}`);
} finally {
  await practice.close();
  await rm(dataDir, { recursive: true, force: true });
}
