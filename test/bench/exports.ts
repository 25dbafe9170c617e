import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CHANNEL_NAMES } from '../../src-main/api/contract/channel-names';
import { openPractice } from '../../src-main/api/open-practice';
import type { PracticeData } from '../../src-main/domain/practice';
import { warmUpWorker } from '../../src-main/export/worker-pool';
import { folderPlatform, REPOSITORY_ROOT } from '../harness/test-platform';
import { EXPORT_INPUTS, NOT_A_DOCUMENT, type ExportVariant } from './export-inputs';
import { pdfFloor, pdfPageCount, workbookFloor, workbookShape } from './floors';
import { measure, type Figure } from './measure';
import { seedPractice } from './seed';

/**
 * Every export kind of the contract, for the largest client, as the consultant makes it: through
 * the registry (input check, forecast, the export worker, the durable save of the file). The floor
 * is the library's bare render of a plain document of the same size (pdfmake: the same number of
 * pages; exceljs: the same sheets, rows and columns), measured in the same run.
 */

export const EXPORT_TARGET_MS = 1000;
const SECTION = '3. Exports, largest client (through the registry, worker and save)';
const FONTS_DIR = path.join(REPOSITORY_ROOT, 'resources/fonts');

export async function benchExports(options: {
  dataDir: string;
  data: PracticeData;
  clientId: string;
  clientLabel: string;
  runs: number;
  warmup: number;
}): Promise<{ figures: Figure[]; notes: string[] }> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  await seedPractice(options.dataDir, options.data);
  const { platform, record } = folderPlatform(`${options.dataDir}.exports`);
  const practice = await openPractice({ dataDir: options.dataDir, platform });
  await warmUpWorker();
  const exportChannels = CHANNEL_NAMES.filter((name) => name.startsWith('export.') && !NOT_A_DOCUMENT.has(name));
  try {
    for (const channel of exportChannels) {
      const target = { clientId: options.clientId, data: practice.store.data, today: new Date() };
      const listed = EXPORT_INPUTS[channel];
      const variants: ExportVariant[] = listed ? listed(target) : [{ variant: '', input: { clientId: options.clientId } }];
      if (variants.length === 0) notes.push(`${channel}: not measured, the ${options.clientLabel} has no record this export is made from.`);
      for (const { variant, input } of variants) {
        const name = variant ? `${channel} (${variant})` : channel;
        const trial = await practice.registry.invoke(channel, input);
        if (!trial.ok) {
          const hint = listed ? '' : ' Add its input to test/bench/export-inputs.ts.';
          notes.push(`${name}: not measured, the call was refused: ${trial.error.message}${hint}`);
          continue;
        }
        const bytes = new Uint8Array(await readFile(record.saved.at(-1)!));
        const id = `${channel}${variant ? `.${variant.replace(/[^a-z0-9]+/gi, '')}` : ''}`;
        const floor = await floorOf(`${id}.floor`, bytes, options.runs);
        const figure = await measure(id, SECTION, `${name}: ${kb(bytes.length)}`, async () => {
          const result = await practice.registry.invoke(channel, input);
          if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
        }, { runs: options.runs, warmup: options.warmup, target: EXPORT_TARGET_MS, ...(floor ? { floor } : {}) });
        figures.push(figure);
        if (floor) figures.push(floor);
      }
    }
  } finally {
    await practice.close();
  }
  return { figures, notes };
}

function kb(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The bare render of a plain document of the same size, or null for a kind without one (calendar files). */
async function floorOf(id: string, bytes: Uint8Array, runs: number): Promise<Figure | null> {
  const text = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (text.startsWith('%PDF')) {
    const pages = pdfPageCount(bytes);
    return measure(id, SECTION, `  floor: pdfmake, ${pages} pages of plain text`, () => pdfFloor(pages, FONTS_DIR), { runs, warmup: 1 });
  }
  if (text.startsWith('PK')) {
    const shape = await workbookShape(bytes);
    const cells = shape.reduce((sum, sheet) => sum + sheet.rows * sheet.columns, 0);
    return measure(id, SECTION, `  floor: exceljs, ${shape.length} sheets, ${cells} plain cells`, () => workbookFloor(shape), { runs, warmup: 1 });
  }
  return null;
}
