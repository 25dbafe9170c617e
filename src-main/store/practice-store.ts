import { Low, type Adapter } from 'lowdb';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { AppState, BackupInfo, SaveState } from '../domain/app-state';
import { emptyPractice, type PracticeData } from '../domain/practice';
import { addDefaultLibrary, type DefaultLibrary } from '../domain/standards-library';
import { BackupShelf } from './backups';
import { realFileSystem, removeStaleTempFiles, SerialWriter, writeFileDurably, type FileSystem } from './durable-file';
import { describeWriteFailure, operationFailure, SaveFailedError, StoreNotWritableError } from './errors';
import { acquireFolderLock, lockForOpening } from './folder-lock';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { repairSentence } from '../domain/integrity';
import { judgePracticeBytes, serializePractice, type RestoreRecord } from './practice-file';

export const DATA_FILE_NAME = 'practice.json';
export const BACKUP_FOLDER_NAME = 'backups';
const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** lowdb's adapter over the durable writer (lowdb's own writer renames without fsync). */
class DurableJsonAdapter implements Adapter<PracticeData> {
  private readonly writer: SerialWriter;

  constructor(
    private readonly file: string,
    fs: FileSystem,
  ) {
    this.writer = new SerialWriter(file, fs);
  }

  read(): Promise<PracticeData | null> {
    throw new Error(`${this.file} is read through PracticeStore.open, which judges it first`);
  }

  /** What the next write will hold: lowdb passes the practice on each write, and a write that starts later writes the latest. */
  private latest: PracticeData | null = null;

  write(data: PracticeData): Promise<void> {
    this.latest = data;
    return this.writer.write(() => serializePractice(this.latest!));
  }
}

export interface StoreOptions {
  dataDir: string;
  fs?: FileSystem;
  clock?: () => Date;
  backupIntervalMs?: number;
  retryDelayMs?: number;
  onSaveState?: (state: SaveState) => void;
  /**
   * The default standards library, for a practice that never received it. Null (or a failure)
   * leaves the practice as it is: a missing library never stops the practice from opening.
   */
  defaultStandards?: () => Promise<DefaultLibrary | null>;
}

export interface StoreStatus {
  state: AppState;
  reason: string | null;
  dataDir: string;
  dataFile: string;
  fileSchemaVersion: number | null;
  unsaved: { message: string; since: string } | null;
  lastSavedAt: string | null;
  practiceEmpty: boolean;
  repairedAtOpen: string | null;
}

/**
 * The undo of the last restore, read from the data file's envelope at open. It counts only while the
 * very file the restore wrote is in place (its fingerprint), so once anything is saved, or the file is
 * replaced behind the app's back, no undo is offered.
 */
interface UndoRecord extends RestoreRecord {
  restoredSha256: string;
  restoredBytes: number;
}

const UPGRADE_NOT_KEPT = 'this practice, made by an earlier version, could not be upgraded: it is open for reading only and its file is unchanged. Free some space, then open vCIO Desk again.';

const REPAIR_NOT_KEPT =
  'this practice, which needs a repair of links to records that no longer exist, could not be repaired: it is open for reading only and its file is unchanged. Free some space, then open vCIO Desk again.';

/** Kept by releases before the undo moved into the data file; it no longer means anything. */
const LEGACY_UNDO_FILE_NAME = 'undo-restore.json';

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The practice on disk and in memory. Opening never overwrites a file it cannot fully read; every
 * change is validated by its caller, applied in memory, then written durably before it counts.
 */
export class PracticeStore {
  private dataDirValue: string;
  private shelf: BackupShelf;
  private db: Low<PracticeData> | null = null;
  private stateValue: AppState = 'recovery';
  private reasonValue: string | null = null;
  /** What the check of references at open repaired, for the consultant; null when nothing was. */
  private repairNotice: string | null = null;
  private fileVersion: number | null = null;
  private releaseLock: (() => Promise<void>) | null = null;
  private unsaved: { message: string; since: string } | null = null;
  private lastSavedAt: string | null = null;
  private lastBackupAt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private undoRecord: UndoRecord | null = null;
  /** What is under way that no change may overlap (a restore, its undo, a move); null when nothing is. */
  private exclusive: string | null = null;
  /** Writes that have started and not finished; an exclusive operation waits for them. */
  private readonly writing = new Set<Promise<unknown>>();
  private readonly fs: FileSystem;
  private readonly clock: () => Date;

  private constructor(private readonly options: StoreOptions) {
    this.fs = options.fs ?? realFileSystem;
    this.clock = options.clock ?? (() => new Date());
    this.dataDirValue = options.dataDir;
    this.shelf = this.shelfFor(options.dataDir);
  }

  static async open(options: StoreOptions): Promise<PracticeStore> {
    const store = new PracticeStore(options);
    await store.load();
    return store;
  }

  get state(): AppState {
    return this.stateValue;
  }

  get dataDir(): string {
    return this.dataDirValue;
  }

  get dataFile(): string {
    return path.join(this.dataDirValue, DATA_FILE_NAME);
  }

  get backups(): BackupShelf {
    return this.shelf;
  }

  private shelfFor(dataDir: string): BackupShelf {
    return new BackupShelf(path.join(dataDir, BACKUP_FOLDER_NAME), this.fs, this.clock);
  }

  status(): StoreStatus {
    return {
      state: this.stateValue,
      reason: this.reasonValue,
      dataDir: this.dataDirValue,
      dataFile: this.dataFile,
      fileSchemaVersion: this.fileVersion,
      unsaved: this.unsaved,
      lastSavedAt: this.lastSavedAt,
      practiceEmpty: this.db ? this.db.data.clients.length === 0 : true,
      repairedAtOpen: this.repairNotice,
    };
  }

  /** The practice for reading. Throws when no practice is loaded (recovery). */
  get data(): Readonly<PracticeData> {
    if (!this.db) throw new StoreNotWritableError(this.reasonValue ?? 'No practice is open.');
    return this.db.data;
  }

  /**
   * Applies a change and writes it. The change must only assign already-validated values, so that
   * nothing invalid reaches memory or disk. If the write fails the change stays in memory, the
   * consultant is told, and the write is retried.
   */
  async mutate<T>(change: (draft: PracticeData) => T): Promise<T> {
    this.refuseWhileExclusive();
    if (!this.db || this.stateValue !== 'ok') {
      throw new StoreNotWritableError(this.reasonValue ?? 'The practice cannot be changed right now.');
    }
    const result = change(this.db.data);
    await this.persist();
    return result;
  }

  /** Writes a change that is still only in memory; throws SaveFailedError, in words, while writing still fails. */
  async retrySave(): Promise<void> {
    if (!this.unsaved || !this.db) return;
    this.refuseWhileExclusive();
    await this.persist();
  }

  /** Backs up the practice in memory; `asWritten` is its file as read, when nothing has changed it since. */
  async createBackup(kind: 'manual' | 'open' | 'interval', asWritten?: Uint8Array): Promise<BackupInfo> {
    if (kind === 'manual') this.refuseWhileExclusive();
    const data = this.data;
    try {
      const info = await this.backups.create(kind, asWritten ?? serializePractice(data), { valid: true, schemaVersion: CURRENT_SCHEMA_VERSION, clientCount: data.clients.length });
      this.lastBackupAt = this.clock().getTime();
      return info;
    } catch (error) {
      throw operationFailure(error, 'the backup was not made. Your practice is as it was; try again once that is fixed.');
    }
  }

  async undoAvailable(): Promise<boolean> {
    return (await this.readUndoRecord()) !== null;
  }

  /**
   * Replaces the practice with a backup, in one step: what was there (even a damaged file) is kept
   * first as a pre-restore backup, then the restored file is put in place carrying its own undo, so
   * that no moment has the restored practice without its undo. Changes are refused while it runs, so
   * none can be acknowledged and lost. Null when there is no such backup.
   */
  async restore(backupId: string): Promise<BackupInfo | null> {
    return this.exclusively('A backup is being restored.', async () => {
      const bytes = await this.backups.read(backupId).catch(() => null);
      // No such backup (any more): null, and nothing changed.
      if (bytes === null) return null;
      const verdict = judgePracticeBytes(bytes);
      if (verdict.kind !== 'ok') throw new StoreNotWritableError(`That backup cannot be restored: ${verdict.reason}`);
      if (this.stateValue === 'readOnly') throw new StoreNotWritableError(this.reasonValue ?? 'The practice is read-only.');
      const current = this.db && this.stateValue === 'ok' ? this.db.data : null;
      // What the consultant has now: the practice in memory (saved or not), else the file as it is.
      const snapshot = current ? serializePractice(current) : await this.fs.readFile(this.dataFile).catch(() => null);
      try {
        let restoredFrom: RestoreRecord | undefined;
        if (snapshot !== null) {
          const known = current ? { valid: true, schemaVersion: CURRENT_SCHEMA_VERSION, clientCount: current.clients.length } : undefined;
          const preRestore = await this.backups.create('pre-restore', snapshot, known);
          restoredFrom = { preRestoreId: preRestore.id, restoredId: backupId, at: this.clock().toISOString() };
        }
        await writeFileDurably(this.dataFile, serializePractice(verdict.data, restoredFrom), this.fs);
      } catch (error) {
        throw operationFailure(error, 'the backup was not restored. Your practice is as it was.');
      }
      // What was unsaved is in the pre-restore backup now; the restored file replaces it.
      this.cancelRetry();
      await this.load();
      const restored = (await this.backups.list()).find((info) => info.id === backupId);
      if (!restored) throw new Error(`Backup ${backupId} disappeared during the restore`);
      return restored;
    });
  }

  /** Puts back exactly what the last restore replaced, if the restored file is still the one in place. */
  async undoRestore(): Promise<boolean> {
    return this.exclusively('The last restore is being undone.', async () => {
      const record = await this.readUndoRecord();
      if (!record) return false;
      const bytes = await this.backups.read(record.preRestoreId);
      try {
        await writeFileDurably(this.dataFile, bytes, this.fs);
      } catch (error) {
        throw operationFailure(error, 'the restore was not undone. Your practice is as it was.');
      }
      this.cancelRetry();
      await this.load();
      return true;
    });
  }

  /** Copies the practice into another folder and continues there; the old folder is left as it was. */
  async moveTo(targetDir: string): Promise<void> {
    if (this.unsaved) throw new StoreNotWritableError('Save your pending changes before moving the data folder.');
    if (path.resolve(targetDir) === path.resolve(this.dataDirValue)) return;
    await this.exclusively('The data folder is being moved.', async () => {
      const data = this.data;
      await this.fs.mkdir(targetDir, { recursive: true });
      const existing = await this.fs.readdir(targetDir);
      if (existing.includes(DATA_FILE_NAME)) {
        throw new StoreNotWritableError('That folder already holds a vCIO Desk practice. Choose an empty folder.');
      }
      const targetFile = path.join(targetDir, DATA_FILE_NAME);
      const targetShelf = this.shelfFor(targetDir);
      const lock = await acquireFolderLock(targetDir, this.fs);
      if (!lock.acquired) throw new StoreNotWritableError(`That folder is in use by ${lock.holder}.`);
      await writeFileDurably(targetFile, serializePractice(data), this.fs);
      for (const info of await this.backups.list()) {
        await this.fs.mkdir(targetShelf.folder, { recursive: true });
        await writeFileDurably(path.join(targetShelf.folder, info.id), await this.backups.read(info.id), this.fs);
      }
      const logo = data.settings.logo;
      if (logo) await writeFileDurably(path.join(targetDir, logo.fileName), await this.fs.readFile(path.join(this.dataDirValue, logo.fileName)), this.fs);
      await lock.release();
      await this.close();
      this.dataDirValue = targetDir;
      this.shelf = targetShelf;
      await this.load();
    });
  }

  async close(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    // A save under way (and the backup that may follow it) finishes before the folder is let go.
    await Promise.allSettled([...this.writing]);
    await this.releaseLock?.();
    this.releaseLock = null;
  }

  /** Reads a file kept beside the database (the logo). */
  readSideFile(name: string): Promise<Uint8Array> {
    return this.fs.readFile(path.join(this.dataDirValue, path.basename(name)));
  }

  async writeSideFile(name: string, bytes: Uint8Array): Promise<void> {
    this.refuseWhileExclusive();
    if (this.stateValue !== 'ok') throw new StoreNotWritableError(this.reasonValue ?? 'The practice cannot be changed right now.');
    await writeFileDurably(path.join(this.dataDirValue, path.basename(name)), bytes, this.fs);
  }

  /**
   * Reads the data file and makes it the practice. The practice in memory is replaced only once the
   * new one is judged, so that a restore never leaves a moment with nothing to read.
   */
  private async load(): Promise<void> {
    const dataDir = this.dataDirValue;
    await this.fs.mkdir(dataDir, { recursive: true });
    if (!this.releaseLock) {
      const lock = await lockForOpening(dataDir, this.fs);
      if (lock.acquired) this.releaseLock = lock.release;
      else this.setState('readOnly', lock.reason);
    }
    const lockedOut = !this.releaseLock;
    if (!lockedOut) {
      await removeStaleTempFiles(dataDir, DATA_FILE_NAME, this.fs);
      await this.backups.removeLeftovers();
      await this.fs.unlink(path.join(this.backups.folder, LEGACY_UNDO_FILE_NAME)).catch(() => undefined);
    }

    const bytes = await this.fs.readFile(this.dataFile).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    this.unsaved = null;
    this.undoRecord = null;
    this.repairNotice = null;
    if (bytes === null) {
      this.db = new Low(new DurableJsonAdapter(this.dataFile, this.fs), emptyPractice());
      this.fileVersion = null;
      if (lockedOut) return;
      await this.addDefaultStandards(this.db.data);
      this.setState('ok', null);
      await this.persist({ backup: false });
      this.fileVersion = CURRENT_SCHEMA_VERSION;
      return;
    }

    const verdict = judgePracticeBytes(bytes);
    this.fileVersion = verdict.fileVersion;
    if (verdict.kind !== 'ok') {
      this.db = null;
      this.setState('recovery', verdict.reason);
      return;
    }
    this.db = new Low(new DurableJsonAdapter(this.dataFile, this.fs), verdict.data);
    if (verdict.restoredFrom) this.undoRecord = { ...verdict.restoredFrom, restoredSha256: sha256(bytes), restoredBytes: bytes.length };
    if (lockedOut) return;
    const seeded = await this.addDefaultStandards(verdict.data);
    this.setState('ok', null);
    if (verdict.repairs.length > 0) {
      // The file as it was, dangling references and all, is kept before the repair is written; where it cannot be, the file is not repaired over.
      const kept = await this.backups.create('pre-repair', bytes, { valid: true, schemaVersion: verdict.fileVersion, clientCount: verdict.data.clients.length }).catch((error: unknown) => operationFailure(error, REPAIR_NOT_KEPT));
      if (kept instanceof Error) return this.setState('readOnly', kept.message);
      this.repairNotice = repairSentence(verdict.repairs);
    }
    if (verdict.migrated) {
      // Not kept as it was (a full disk), the old file is not written over: the upgraded practice is shown read-only.
      const kept = await this.backups.create('pre-migration', bytes, { valid: true, schemaVersion: verdict.fileVersion, clientCount: verdict.data.clients.length }).catch((error: unknown) => operationFailure(error, UPGRADE_NOT_KEPT));
      if (kept instanceof Error) return this.setState('readOnly', kept.message);
      await this.persist({ backup: false }).catch(() => undefined);
      if (!this.unsaved) this.fileVersion = CURRENT_SCHEMA_VERSION;
    } else if (seeded || verdict.repairs.length > 0) {
      // A failed write is kept in memory and retried; it must not stop the practice from opening.
      await this.persist({ backup: false }).catch(() => undefined);
    }
    // Unchanged at open, the bytes just read are the practice: the backup need not serialise it again.
    const unchanged = !verdict.migrated && !seeded && verdict.repairs.length === 0 && !verdict.restoredFrom;
    await this.createBackup('open', unchanged ? bytes : undefined).catch(() => undefined);
  }

  /** Loads the default standards library into a practice that never had it; true when it did. */
  private async addDefaultStandards(data: PracticeData): Promise<boolean> {
    if (data.defaultStandardsEdition !== null || !this.options.defaultStandards) return false;
    const library = await this.options.defaultStandards().catch(() => null);
    return library !== null && addDefaultLibrary(data, library) !== null;
  }

  private setState(state: AppState, reason: string | null): void {
    this.stateValue = state;
    this.reasonValue = reason;
  }

  /** Writes the practice; a change made by the consultant may also be backed up (`backup`). */
  private persist(options: { backup: boolean } = { backup: true }): Promise<void> {
    const write = this.write(options);
    this.writing.add(write);
    const forget = () => this.writing.delete(write);
    write.then(forget, forget);
    return write;
  }

  private async write(options: { backup: boolean }): Promise<void> {
    const db = this.db!;
    // The file written now no longer carries the restore, and so no longer its undo.
    this.undoRecord = null;
    this.emit('saving', null);
    try {
      await db.write();
    } catch (error) {
      const failure = describeWriteFailure(error);
      this.unsaved = { message: failure.message, since: this.unsaved?.since ?? this.clock().toISOString() };
      this.emit('failed', failure.message);
      this.scheduleRetry();
      throw new SaveFailedError(failure.message, failure.code);
    }
    this.unsaved = null;
    this.lastSavedAt = this.clock().toISOString();
    this.cancelRetry();
    this.emit('saved', null);
    // The first change of a session is backed up at once; later ones at most every 15 minutes.
    if (options.backup && this.clock().getTime() - this.lastBackupAt >= (this.options.backupIntervalMs ?? FIFTEEN_MINUTES)) {
      await this.createBackup('interval').catch(() => undefined);
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      // A failed write schedules the next try itself; one refused while a restore runs tries again later.
      this.retrySave().catch(() => {
        if (this.unsaved) this.scheduleRetry();
      });
    }, this.options.retryDelayMs ?? 15_000);
    this.retryTimer.unref?.();
  }

  private cancelRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private refuseWhileExclusive(): void {
    if (this.exclusive) throw new StoreNotWritableError(`${this.exclusive} Try again in a moment: this change was not made.`);
  }

  /** Runs an operation that no change may overlap: later changes are refused, earlier writes finish first. */
  private async exclusively<T>(what: string, operation: () => Promise<T>): Promise<T> {
    this.refuseWhileExclusive();
    this.exclusive = what;
    try {
      await Promise.allSettled([...this.writing]);
      return await operation();
    } finally {
      this.exclusive = null;
    }
  }

  private emit(state: SaveState['state'], message: string | null): void {
    this.options.onSaveState?.({ state, message, at: this.clock().toISOString() });
  }

  /** The undo of the last restore, if it still applies: its snapshot exists and the data file is the one the restore wrote. */
  private async readUndoRecord(): Promise<UndoRecord | null> {
    const record = this.undoRecord;
    // Undoing would drop a change that is only in memory, and a read-only copy changes nothing.
    if (!record || this.unsaved || !this.releaseLock) return null;
    // Only whether the snapshot is still there matters; no need to read (and judge) every backup.
    const snapshotExists = await this.fs.stat(path.join(this.backups.folder, path.basename(record.preRestoreId))).then(
      () => true,
      () => false,
    );
    if (!snapshotExists) return null;
    return (await this.dataFileDigest(record.restoredBytes)) === record.restoredSha256 ? record : null;
  }

  /** The SHA-256 of the data file, or null when its size is not `expectedSize` (then it cannot match). */
  private async dataFileDigest(expectedSize: number): Promise<string | null> {
    const stat = await this.fs.stat(this.dataFile).catch(() => null);
    if (!stat || stat.size !== expectedSize) return null;
    const bytes = await this.fs.readFile(this.dataFile).catch(() => null);
    return bytes && bytes.length === expectedSize ? sha256(bytes) : null;
  }
}
