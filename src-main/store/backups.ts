import path from 'node:path';
import type { BackupInfo } from '../domain/app-state';
import { isoDateOfLocalDate } from '../domain/months';
import { writeFileDurably, type FileSystem } from './durable-file';
import { judgePracticeBytes } from './practice-file';
import { backupsToKeep } from './retention';

/** The backups folder: dated copies of the data file, pruned by the retention rule. */

export type BackupKind = BackupInfo['kind'];
const ROTATED: readonly BackupKind[] = ['open', 'interval', 'manual'];
const KEEP_PRE_RESTORE = 3;

const NAME_PATTERN = /^practice-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?-(open|interval|manual|pre-migration|pre-restore)\.json$/;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfStamp(stamp: string): Date {
  const [day, time] = stamp.split('T') as [string, string];
  const [hours, minutes, seconds, millis] = time.replace('Z', '').split('-');
  return new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
}

interface CachedVerdict {
  sizeBytes: number;
  schemaVersion: number | null;
  valid: boolean;
  clientCount: number | null;
}

export class BackupShelf {
  private readonly verdicts = new Map<string, CachedVerdict>();

  constructor(
    readonly folder: string,
    private readonly fs: FileSystem,
    private readonly clock: () => Date,
  ) {}

  /**
   * Writes a backup. `known` says what the content holds when the caller has just judged or written
   * it, so the shelf does not read a whole practice back only to learn that again.
   */
  async create(kind: BackupKind, content: string | Uint8Array, known?: Omit<CachedVerdict, 'sizeBytes'>): Promise<BackupInfo> {
    await this.fs.mkdir(this.folder, { recursive: true });
    const now = this.clock();
    const existing = new Set(await this.fileNames());
    let name = `practice-${stampOf(now)}-${kind}.json`;
    for (let counter = 1; existing.has(name); counter += 1) name = `practice-${stampOf(now)}-${counter}-${kind}.json`;
    await writeFileDurably(path.join(this.folder, name), content, this.fs);
    if (known) this.verdicts.set(name, { ...known, sizeBytes: typeof content === 'string' ? Buffer.byteLength(content) : content.length });
    if (ROTATED.includes(kind) || kind === 'pre-restore') await this.prune();
    const info = await this.describe(name);
    if (!info) throw new Error(`Backup ${name} was written but cannot be read back`);
    return info;
  }

  async read(id: string): Promise<Uint8Array> {
    if (!NAME_PATTERN.test(id)) throw new Error(`There is no backup called ${id}`);
    return this.fs.readFile(path.join(this.folder, id));
  }

  /** Newest first. */
  async list(): Promise<BackupInfo[]> {
    const infos = await Promise.all((await this.fileNames()).map((name) => this.describe(name)));
    return infos.filter((info): info is BackupInfo => info !== undefined).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  async newestValid(): Promise<BackupInfo | null> {
    return (await this.list()).find((info) => info.valid) ?? null;
  }

  /** Applies the retention rule; it needs only the names, so no backup is read. */
  async prune(): Promise<void> {
    const all = (await this.fileNames())
      .map((name) => ({ name, match: NAME_PATTERN.exec(name)! }))
      .map(({ name, match }) => ({ id: name, kind: match[3] as BackupKind, createdAt: dateOfStamp(match[1]!) }))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id));
    const rotated = all.filter((info) => ROTATED.includes(info.kind));
    const today = isoDateOfLocalDate(this.clock());
    const keep = backupsToKeep(
      rotated.map((info) => ({ id: info.id, createdAtMs: info.createdAt.getTime(), day: isoDateOfLocalDate(info.createdAt) })),
      today,
    );
    const preRestore = all.filter((info) => info.kind === 'pre-restore').slice(KEEP_PRE_RESTORE);
    const doomed = [...rotated.filter((info) => !keep.has(info.id)), ...preRestore];
    for (const info of doomed) {
      await this.fs.unlink(path.join(this.folder, info.id)).catch(() => undefined);
      this.verdicts.delete(info.id);
    }
  }

  private async fileNames(): Promise<string[]> {
    const names = await this.fs.readdir(this.folder).catch(() => [] as string[]);
    return names.filter((name) => NAME_PATTERN.test(name));
  }

  private async describe(name: string): Promise<BackupInfo | undefined> {
    const match = NAME_PATTERN.exec(name);
    if (!match) return undefined;
    const file = path.join(this.folder, name);
    const stat = await this.fs.stat(file).catch(() => undefined);
    if (!stat) return undefined;
    let verdict = this.verdicts.get(name);
    if (!verdict || verdict.sizeBytes !== stat.size) {
      const judged = judgePracticeBytes(await this.fs.readFile(file));
      verdict = {
        sizeBytes: stat.size,
        schemaVersion: judged.fileVersion,
        valid: judged.kind === 'ok',
        clientCount: judged.kind === 'ok' ? judged.data.clients.length : null,
      };
      this.verdicts.set(name, verdict);
    }
    return {
      id: name,
      kind: match[3] as BackupKind,
      createdAt: dateOfStamp(match[1]!).toISOString(),
      sizeBytes: verdict.sizeBytes,
      schemaVersion: verdict.schemaVersion,
      valid: verdict.valid,
      clientCount: verdict.clientCount,
    };
  }
}
