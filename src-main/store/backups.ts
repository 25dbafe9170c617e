import path from 'node:path';
import type { BackupInfo } from '../domain/app-state';
import { isoDateOfLocalDate } from '../domain/months';
import { TEMP_SUFFIX, writeFileDurably, type FileSystem } from './durable-file';
import { judgePracticeBytes } from './practice-file';
import { backupsToDelete } from './retention';

/** The backups folder: dated copies of the data file, pruned by the retention rule. */

export type BackupKind = BackupInfo['kind'];

/** practice-<UTC stamp>[-<sequence within the millisecond>]-<kind>.json */
const NAME_PATTERN = /^practice-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?-(open|interval|manual|pre-migration|pre-restore|pre-repair)\.json$/;
/** What a write into this folder that was cut off leaves behind (see durable-file.ts). */
const LEFTOVER_TEMP = /\.(?:json|cache)\.\d+-[0-9a-f]{12}\.tmp$/;
/**
 * What each backup was found to hold, kept beside them so that opening the practice does not read
 * and check every backup of the day again (a full parse each). A file whose size or modification
 * time changed is checked again; a restore always checks the backup it reads.
 */
const VERDICTS_FILE = 'verdicts.cache';

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfStamp(stamp: string): Date {
  const [day, time] = stamp.split('T') as [string, string];
  const [hours, minutes, seconds, millis] = time.replace('Z', '').split('-');
  return new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
}

interface ParsedName {
  stamp: string;
  sequence: number;
  kind: BackupKind;
}

function parseName(name: string): ParsedName | undefined {
  const match = NAME_PATTERN.exec(name);
  if (!match || Number.isNaN(dateOfStamp(match[1]!).getTime())) return undefined;
  return { stamp: match[1]!, sequence: match[2] ? Number(match[2]) : 0, kind: match[3] as BackupKind };
}

interface CachedVerdict {
  sizeBytes: number;
  mtimeMs: number;
  schemaVersion: number | null;
  valid: boolean;
  clientCount: number | null;
}

function isCachedVerdict(value: unknown): value is CachedVerdict {
  const verdict = value as Partial<CachedVerdict> | null;
  return (
    typeof verdict === 'object' &&
    verdict !== null &&
    typeof verdict.sizeBytes === 'number' &&
    typeof verdict.mtimeMs === 'number' &&
    typeof verdict.valid === 'boolean' &&
    (verdict.schemaVersion === null || typeof verdict.schemaVersion === 'number') &&
    (verdict.clientCount === null || typeof verdict.clientCount === 'number')
  );
}

export class BackupShelf {
  private readonly verdicts = new Map<string, CachedVerdict>();
  private recalled: Promise<void> | null = null;

  constructor(
    readonly folder: string,
    private readonly fs: FileSystem,
    private readonly clock: () => Date,
  ) {}

  /**
   * Writes a backup. `known` says what the content holds when the caller has just judged or written
   * it, so the shelf does not read a whole practice back only to learn that again.
   */
  async create(kind: BackupKind, content: string | Uint8Array, known?: Omit<CachedVerdict, 'sizeBytes' | 'mtimeMs'>): Promise<BackupInfo> {
    await this.fs.mkdir(this.folder, { recursive: true });
    const now = this.clock();
    const stamp = stampOf(now);
    // Backups made within one millisecond are numbered, so the later one always sorts as newer.
    const sameStamp = (await this.fileNames()).map(parseName).filter((parsed) => parsed?.stamp === stamp);
    const sequence = sameStamp.length === 0 ? 0 : Math.max(...sameStamp.map((parsed) => parsed!.sequence)) + 1;
    const name = `practice-${stamp}${sequence > 0 ? `-${sequence}` : ''}-${kind}.json`;
    const file = path.join(this.folder, name);
    await writeFileDurably(file, content, this.fs);
    if (known) {
      const written = await this.fs.stat(file).catch(() => undefined);
      if (written) this.verdicts.set(name, { ...known, sizeBytes: written.size, mtimeMs: written.mtimeMs });
    }
    await this.prune(now, name);
    const info = await this.describe(name);
    if (!info) throw new Error(`Backup ${name} was written but cannot be read back`);
    await this.rememberVerdicts();
    return info;
  }

  async read(id: string): Promise<Uint8Array> {
    if (!parseName(id)) throw new Error(`There is no backup called ${id}`);
    return this.fs.readFile(path.join(this.folder, id));
  }

  /** Newest first; files that do not read back as a practice are listed too, marked not valid. */
  async list(): Promise<BackupInfo[]> {
    const infos = await Promise.all((await this.fileNames()).map((name) => this.describe(name)));
    return infos
      .filter((info): info is BackupInfo => info !== undefined)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || parseName(b.id)!.sequence - parseName(a.id)!.sequence || b.id.localeCompare(a.id));
  }

  async newestValid(): Promise<BackupInfo | null> {
    return (await this.list()).find((info) => info.valid) ?? null;
  }

  /**
   * Applies the retention rule (store/retention.ts). `keep` is the backup just made. Manual backups
   * are never deleted nor counted, so they are not read here.
   */
  async prune(now: Date = this.clock(), keep?: string): Promise<void> {
    const rotated = (await this.fileNames()).filter((name) => parseName(name)!.kind !== 'manual');
    const infos = (await Promise.all(rotated.map((name) => this.describe(name)))).filter((info): info is BackupInfo => info !== undefined);
    const shelf = infos.map((info) => {
      const createdAt = new Date(info.createdAt);
      return { id: info.id, kind: info.kind, valid: info.valid, createdAtMs: createdAt.getTime(), day: isoDateOfLocalDate(createdAt), sequence: parseName(info.id)!.sequence };
    });
    const doomed = backupsToDelete(shelf, { ms: now.getTime(), today: isoDateOfLocalDate(now) }, new Set(keep ? [keep] : []));
    for (const id of doomed) {
      await this.fs.unlink(path.join(this.folder, id)).catch(() => undefined);
      this.verdicts.delete(id);
    }
  }

  /** Removes what writes into this folder left when they were cut off (the process was killed). */
  async removeLeftovers(): Promise<void> {
    const names = await this.fs.readdir(this.folder).catch(() => [] as string[]);
    const leftovers = names.filter((name) => name.endsWith(TEMP_SUFFIX) && LEFTOVER_TEMP.test(name));
    await Promise.all(leftovers.map((name) => this.fs.unlink(path.join(this.folder, name)).catch(() => undefined)));
  }

  /** Reads what earlier sessions found the backups to hold, once. */
  private recallVerdicts(): Promise<void> {
    this.recalled ??= this.fs.readFile(path.join(this.folder, VERDICTS_FILE), 'utf8').then(
      (text) => {
        let stored: unknown;
        try {
          stored = JSON.parse(text);
        } catch {
          return;
        }
        if (typeof stored !== 'object' || stored === null) return;
        for (const [name, verdict] of Object.entries(stored)) if (parseName(name) && isCachedVerdict(verdict) && !this.verdicts.has(name)) this.verdicts.set(name, verdict);
      },
      () => undefined,
    );
    return this.recalled;
  }

  /** Keeps the verdicts of the backups still on the shelf; losing them only costs a slower open. */
  private async rememberVerdicts(): Promise<void> {
    const names = new Set(await this.fileNames());
    const kept = Object.fromEntries([...this.verdicts].filter(([name]) => names.has(name)));
    await writeFileDurably(path.join(this.folder, VERDICTS_FILE), JSON.stringify(kept), this.fs).catch(() => undefined);
  }

  private async fileNames(): Promise<string[]> {
    const names = await this.fs.readdir(this.folder).catch(() => [] as string[]);
    return names.filter((name) => parseName(name) !== undefined);
  }

  private async describe(name: string): Promise<BackupInfo | undefined> {
    const parsed = parseName(name);
    if (!parsed) return undefined;
    const file = path.join(this.folder, name);
    const stat = await this.fs.stat(file).catch(() => undefined);
    if (!stat) return undefined;
    await this.recallVerdicts();
    let verdict = this.verdicts.get(name);
    if (!verdict || verdict.sizeBytes !== stat.size || verdict.mtimeMs !== stat.mtimeMs) {
      const bytes = await this.fs.readFile(file).catch(() => null);
      const judged = bytes ? judgePracticeBytes(bytes) : null;
      verdict = {
        sizeBytes: stat.size,
        mtimeMs: stat.mtimeMs,
        schemaVersion: judged?.fileVersion ?? null,
        valid: judged?.kind === 'ok',
        clientCount: judged?.kind === 'ok' ? judged.data.clients.length : null,
      };
      this.verdicts.set(name, verdict);
    }
    return {
      id: name,
      kind: parsed.kind,
      createdAt: dateOfStamp(parsed.stamp).toISOString(),
      sizeBytes: verdict.sizeBytes,
      schemaVersion: verdict.schemaVersion,
      valid: verdict.valid,
      clientCount: verdict.clientCount,
    };
  }
}
