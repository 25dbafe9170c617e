import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { checkZipContent, checkZipDirectory, MAX_UNPACKED_BYTES } from '../../src-main/export/xlsx/zip-limits';
import { folderPlatform } from '../harness/test-platform';

/**
 * Hostile and oversized import files: a zip bomb (a small .xlsx whose sheet unpacks to 500 MB), one
 * that lies about its sizes, one with too many rows, and a large honest workbook. Each is refused
 * (or read) on the export worker within bounds, while the thread that answers the screens keeps
 * answering.
 */

let folder = '';
let practice: OpenPractice;
let clientId = '';

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-import-limits-'));
  let counter = 0;
  practice = await openPractice({
    dataDir: folder,
    platform: folderPlatform(path.join(folder, 'exports')).platform,
    clock: () => new Date('2026-11-22T10:00:00Z'),
    newId: () => `id${(counter += 1)}`,
  });
  clientId = (await call<{ client: { id: string } }>('clients.create', { client: { name: 'Harbour Light Dental' } })).client.id;
  // The worker starts once, as it does in the app; the measurements below are of the file, not of that start.
  const warmUp = { name: 'warm-up.csv', dataBase64: Buffer.from('Name,Cost\nPC,10\n').toString('base64') };
  await call('assets.importPreview', { clientId, file: warmUp });
}, 120_000);

afterAll(async () => {
  await practice.close();
  await rm(folder, { recursive: true, force: true });
});

interface ZipPart {
  name: string;
  /** Raw deflate data, already compressed. */
  packed: Buffer;
  unpackedSize: number;
  crc: number;
  /** The size the directory claims; the real one unless a test wants it to lie. */
  declaredSize?: number;
}

function deflated(name: string, text: string): ZipPart {
  const bytes = Buffer.from(text, 'utf8');
  return { name, packed: deflateRawSync(bytes), unpackedSize: bytes.length, crc: crc32(bytes) };
}

/** A zip archive written by hand, so that a test can make one that unpacks to far more than it weighs. */
function zipOf(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const declared = part.declaredSize ?? part.unpackedSize;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.packed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(part.packed.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, part.packed);
    directory.push(entry, name);
    offset += local.length + name.length + part.packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

const SHEET_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

/** The parts around a sheet that make an .xlsx exceljs opens. */
function workbookParts(sheet: ZipPart): ZipPart[] {
  return [
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    deflated(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    deflated(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Devices" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    sheet,
  ];
}

/**
 * A sheet of `megabytes` MB of rows, compressed once per megabyte and repeated: deflate blocks
 * flushed on a byte boundary can be laid end to end, so 500 MB of XML weighs about a megabyte.
 */
function bombSheet(megabytes: number): ZipPart {
  const row = '<row><c t="inlineStr"><is><t>Workstation</t></is></c></row>';
  const block = Buffer.from(row.repeat(Math.ceil((1024 * 1024) / row.length)), 'utf8');
  const start = Buffer.from(SHEET_START, 'utf8');
  const end = Buffer.from(SHEET_END, 'utf8');
  const packedBlock = deflateRawSync(block, { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  const packed = Buffer.concat([deflateRawSync(start, { finishFlush: constants.Z_SYNC_FLUSH }), ...Array.from({ length: megabytes }, () => packedBlock), deflateRawSync(end)]);
  let crc = crc32(start);
  for (let index = 0; index < megabytes; index += 1) crc = crc32(block, crc);
  crc = crc32(end, crc);
  return { name: 'xl/worksheets/sheet1.xml', packed, unpackedSize: start.length + block.length * megabytes + end.length, crc };
}

/**
 * Samples the process memory and how long clients.list takes to answer while `work` runs. The work
 * is handed over first: receiving the upload (checking and copying its bytes) is the caller's part;
 * what is measured is whether reading the file holds up the thread that answers the screens.
 */
async function whileWatching<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; extraMegabytes: number; slowestListMs: number; lists: number }> {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  let slowestListMs = 0;
  let lists = 0;
  let running = true;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  const working = work();
  const lister = (async () => {
    // From the moment a call is due (a timer that fires late means the thread was busy) to its answer.
    let due = performance.now();
    while (running) {
      await practice.registry.invoke('clients.list', {});
      const now = performance.now();
      slowestListMs = Math.max(slowestListMs, now - due);
      lists += 1;
      due = now + 5;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  try {
    const result = await working;
    return { result, seconds: (performance.now() - started) / 1000, extraMegabytes: (peak - baseline) / (1024 * 1024), slowestListMs, lists };
  } finally {
    running = false;
    clearInterval(sampler);
    await lister;
  }
}

function fileOf(name: string, bytes: Buffer) {
  return { name, dataBase64: bytes.toString('base64') };
}

describe('a zip bomb', () => {
  const bomb = zipOf(workbookParts(bombSheet(500)));

  it('is a small file that unpacks to 500 MB of sheet XML', () => {
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const directory = checkZipDirectory(bomb);
    expect(directory).toMatchObject({ ok: false });
    expect(MAX_UNPACKED_BYTES).toBeLessThan(500 * 1024 * 1024);
  });

  it('is refused within 2 s and 300 MB while clients.list keeps answering within 100 ms', async () => {
    const watched = await whileWatching(() => practice.registry.invoke('assets.importPreview', { clientId, file: fileOf('devices.xlsx', bomb) }));
    console.log(
      `zip bomb: refused in ${watched.seconds.toFixed(2)} s, ${watched.extraMegabytes.toFixed(0)} MB extra memory, ` +
        `${watched.lists} clients.list calls meanwhile, slowest ${watched.slowestListMs.toFixed(1)} ms`,
    );
    expect(watched.result).toEqual({
      ok: false,
      error: { code: 'IMPORT_FAILED', message: 'The workbook unpacks to more than 80 MB; at most 80 MB can be imported. Save the sheet you need on its own as .xlsx or .csv.' },
    });
    expect(watched.seconds).toBeLessThan(2);
    expect(watched.extraMegabytes).toBeLessThan(300);
    expect(watched.slowestListMs).toBeLessThan(100);
  });

  it('that lies about its size in the directory is stopped as soon as it unpacks past what it declared', async () => {
    const liar = zipOf(workbookParts({ ...bombSheet(500), declaredSize: 2 * 1024 * 1024 }));
    expect(checkZipDirectory(liar).ok).toBe(true);
    const watched = await whileWatching(() => practice.registry.invoke('assets.importPreview', { clientId, file: fileOf('devices.xlsx', liar) }));
    console.log(`lying zip bomb: refused in ${watched.seconds.toFixed(2)} s, ${watched.extraMegabytes.toFixed(0)} MB extra memory, slowest clients.list ${watched.slowestListMs.toFixed(1)} ms`);
    expect(watched.result).toEqual({
      ok: false,
      error: { code: 'IMPORT_FAILED', message: 'The workbook unpacks to more than it says it holds (xl/worksheets/sheet1.xml); it cannot be imported safely.' },
    });
    expect(watched.seconds).toBeLessThan(2);
    expect(watched.extraMegabytes).toBeLessThan(300);
    expect(watched.slowestListMs).toBeLessThan(100);
  });
});

describe('row limits before parsing', () => {
  it('refuses a sheet of 12,000 rows without handing it to the spreadsheet reader', async () => {
    const rows = Array.from({ length: 12_000 }, (_unused, index) => `<row r="${index + 1}"><c r="A${index + 1}" t="inlineStr"><is><t>PC-${index}</t></is></c></row>`);
    const sheet = deflated('xl/worksheets/sheet1.xml', `${SHEET_START}${rows.join('')}${SHEET_END}`);
    const workbook = zipOf(workbookParts(sheet));
    const directory = checkZipDirectory(workbook);
    if (!directory.ok) throw new Error(directory.message);
    expect(checkZipContent(workbook, directory.value, 10_100)).toEqual({
      ok: false,
      message: 'A sheet of the workbook has 12,000 rows; at most 10,100 can be imported at once. Save the rows you need on their own and import that file.',
    });
    const result = await practice.registry.invoke('assets.importPreview', { clientId, file: fileOf('devices.xlsx', workbook) });
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED', message: expect.stringMatching(/^A sheet of the workbook has 12,000 rows/) } });
  });

  it('counts rows written with a namespace prefix once each', () => {
    const xml = '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c/></x:row><x:row r="2"></x:row></x:sheetData></x:worksheet>';
    const workbook = zipOf(workbookParts(deflated('xl/worksheets/sheet1.xml', xml)));
    const directory = checkZipDirectory(workbook);
    if (!directory.ok) throw new Error(directory.message);
    expect(checkZipContent(workbook, directory.value, 10)).toEqual({ ok: true, value: { largestSheetRows: 2 } });
  });
});

describe('a large honest workbook', () => {
  it('is read on the worker while clients.list keeps answering', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Devices');
    sheet.addRow(['Device Name', 'Serial Number', 'Purchase Date', 'Cost', 'Notes']);
    for (let index = 0; index < 8_000; index += 1) sheet.addRow([`PC-${index}`, `SN-${index}`, new Date(Date.UTC(2022, index % 12, 1 + (index % 27))), 900 + (index % 300), 'Front office workstation']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const watched = await whileWatching(() => call<{ counts: { new: number } }>('assets.importPreview', { clientId, file: fileOf('devices.xlsx', bytes) }));
    console.log(`8,000-row workbook: read in ${watched.seconds.toFixed(2)} s; ${watched.lists} clients.list calls meanwhile, slowest ${watched.slowestListMs.toFixed(1)} ms`);
    expect(watched.result.counts.new).toBe(8_000);
    expect(watched.lists).toBeGreaterThan(3);
  }, 120_000);
});

describe('a UTF-16 text file (Excel\'s "Unicode text")', () => {
  it('imports', async () => {
    const text = 'Device Name\tSerial Number\tCost\r\nRéception PC\tSN-1\t1200\r\nCore switch\tSN-2\t2500\r\n';
    const file = fileOf('devices.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const preview = await call<{ counts: { new: number }; headers: string[]; rows: Array<{ asset: { name: string } | null }> }>('assets.importPreview', { clientId, file });
    expect(preview.headers).toEqual(['Device Name', 'Serial Number', 'Cost']);
    expect(preview.counts.new).toBe(2);
    expect(preview.rows.map((row) => row.asset?.name)).toEqual(['Réception PC', 'Core switch']);
  });
});
