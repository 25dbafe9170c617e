import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, '.eslint.config.js') });

async function boundaryMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'vcio/import-boundaries').map((message) => message.message);
}

describe('import boundaries of ARCHITECTURE.md, enforced by lint', () => {
  it('refuses node:fs in the domain', async () => {
    const messages = await boundaryMessages('src-main/domain/example.ts', "import { readFile } from 'node:fs/promises';\nexport const read = readFile;\n");
    expect(messages).toEqual([expect.stringContaining('the domain is pure')]);
  });

  it('refuses the domain reaching into the store, even by a relative path', async () => {
    const messages = await boundaryMessages('src-main/domain/example.ts', "import { PracticeStore } from '../store/practice-store';\nexport const Store = PracticeStore;\n");
    expect(messages).toHaveLength(1);
  });

  it('lets the domain import zod and its own modules', async () => {
    const messages = await boundaryMessages('src-main/domain/example.ts', "import { z } from 'zod';\nimport { cents } from './money';\nexport const value = z.object({ cents });\n");
    expect(messages).toEqual([]);
  });

  it('refuses the renderer importing the store', async () => {
    const messages = await boundaryMessages('src-renderer/src/features/example.ts', "import { PracticeStore } from '../../../src-main/store/practice-store';\nexport const Store = PracticeStore;\n");
    expect(messages).toEqual([expect.stringContaining('the renderer may import from src-main only domain/ and api/contract/')]);
  });

  it('lets the renderer import the domain and the contract', async () => {
    const messages = await boundaryMessages(
      'src-renderer/src/features/example.ts',
      "import { formatMoney } from '../../../src-main/domain/format';\nimport type { AppStatus } from '../../../src-main/api/contract';\nexport const shown: AppStatus | null = null;\nexport const format = formatMoney;\n",
    );
    expect(messages).toEqual([]);
  });

  it('refuses electron and the file system in the renderer', async () => {
    const messages = await boundaryMessages('src-renderer/src/features/example.ts', "import { ipcRenderer } from 'electron';\nimport fs from 'node:fs';\nexport const both = [ipcRenderer, fs];\n");
    expect(messages).toHaveLength(2);
  });

  it('keeps exceljs and pdfmake inside src-main/export and lowdb inside the store', async () => {
    expect(await boundaryMessages('src-main/api/handlers/example.ts', "import ExcelJS from 'exceljs';\nexport const Workbook = ExcelJS.Workbook;\n")).toHaveLength(1);
    expect(await boundaryMessages('src-main/export/xlsx/example.ts', "import ExcelJS from 'exceljs';\nexport const Workbook = ExcelJS.Workbook;\n")).toEqual([]);
    expect(await boundaryMessages('src-main/export/example.ts', "import { Low } from 'lowdb';\nexport const Database = Low;\n")).toHaveLength(1);
  });

  it('keeps electron out of handlers and the store', async () => {
    expect(await boundaryMessages('src-main/store/example.ts', "import { app } from 'electron';\nexport const application = app;\n")).toHaveLength(1);
    expect(await boundaryMessages('src-main/platform/example.ts', "import { app } from 'electron';\nexport const application = app;\n")).toEqual([]);
  });

  it('keeps the store and the platform from importing the contract', async () => {
    expect(await boundaryMessages('src-main/store/example.ts', "import type { BackupInfo } from '../api/contract';\nexport type Info = BackupInfo;\n")).toEqual([
      expect.stringContaining('imports the domain, never the contract'),
    ]);
    expect(await boundaryMessages('src-main/platform/example.ts', "import type { SaveState } from '../domain/app-state';\nexport type State = SaveState;\n")).toEqual([]);
  });

  it('finds no boundary crossing in the code as it is', async () => {
    const results = await eslint.lintFiles(['src-main', 'src-renderer/src']);
    const crossings = results.flatMap((result) => result.messages.filter((message) => message.ruleId === 'vcio/import-boundaries').map((message) => `${result.filePath}: ${message.message}`));
    expect(crossings).toEqual([]);
    // Linting the whole tree takes seconds alone and much longer on a loaded machine.
  }, 180_000);
});
