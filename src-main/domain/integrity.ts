import { CLIENT_COLLECTIONS } from './practice';

/**
 * References between records, checked when a practice is opened: a record whose client is gone is
 * removed (as deleting the client would have), and a reference to a record that no longer exists is
 * dropped from its list or cleared, so no screen or document meets a dangling id. It works on the
 * file's content before validation (which refuses records of a missing client), and says in the
 * consultant's words what it changed. The store takes a backup of the file before it writes a repair.
 */

export interface ReferenceRepair {
  /** Where, e.g. "assets" or "initiatives.why.assetIds". */
  where: string;
  count: number;
  what: string;
}

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const rowsOf = (data: Row, collection: string): Row[] => (Array.isArray(data[collection]) ? (data[collection] as unknown[]).filter(isRow) : []);
const idsOf = (rows: readonly Row[]) => new Set(rows.map((row) => row['id']).filter((id): id is string => typeof id === 'string'));

/** Lists of ids inside a record that must name existing records of a collection. */
const ID_LISTS = [
  { collection: 'initiatives', holder: 'why', key: 'assetIds', target: 'assets', what: 'links to assets that no longer exist' },
  { collection: 'initiatives', holder: 'why', key: 'standardIds', target: 'standards', what: 'links to standards that no longer exist' },
  { collection: 'initiatives', holder: 'why', key: 'goalIds', target: 'goals', what: 'links to goals that no longer exist' },
  { collection: 'initiatives', holder: 'why', key: 'reviewIds', target: 'reviews', what: 'links to alignment reviews that no longer exist' },
] as const;

/** Single ids that may be null, cleared when they name nothing. */
const NULLABLE_IDS = [
  { collection: 'actionItems', key: 'meetingId', target: 'meetings', what: 'action items whose meeting no longer exists, now on their own' },
  { collection: 'reviews', key: 'startedFromId', target: 'reviews', what: 'reviews started from a review that no longer exists' },
] as const;

/** The practice's content with dangling references repaired, and what was repaired (empty when nothing was). */
export function repairReferences(data: unknown): { data: unknown; repairs: ReferenceRepair[] } {
  if (!isRow(data) || !Array.isArray(data['clients'])) return { data, repairs: [] };
  const repaired: Row = { ...data };
  const repairs: ReferenceRepair[] = [];
  const clientIds = idsOf(rowsOf(data, 'clients'));

  for (const collection of CLIENT_COLLECTIONS) {
    const rows = repaired[collection];
    if (!Array.isArray(rows)) continue;
    const kept = rows.filter((row) => !isRow(row) || typeof row['clientId'] !== 'string' || clientIds.has(row['clientId']));
    if (kept.length < rows.length) {
      repairs.push({ where: collection, count: rows.length - kept.length, what: `${collection} of a client that no longer exists, removed` });
      repaired[collection] = kept;
    }
  }

  for (const rule of ID_LISTS) {
    const existing = idsOf(rowsOf(repaired, rule.target));
    let count = 0;
    const rows = repaired[rule.collection];
    if (!Array.isArray(rows)) continue;
    repaired[rule.collection] = rows.map((row) => {
      if (!isRow(row) || !isRow(row[rule.holder]) || !Array.isArray((row[rule.holder] as Row)[rule.key])) return row;
      const holder = row[rule.holder] as Row;
      const list = holder[rule.key] as unknown[];
      const kept = list.filter((id) => typeof id !== 'string' || existing.has(id));
      if (kept.length === list.length) return row;
      count += list.length - kept.length;
      return { ...row, [rule.holder]: { ...holder, [rule.key]: kept } };
    });
    if (count > 0) repairs.push({ where: `${rule.collection}.${rule.holder}.${rule.key}`, count, what: `${rule.collection} ${rule.what}, dropped` });
  }

  for (const rule of NULLABLE_IDS) {
    const existing = idsOf(rowsOf(repaired, rule.target));
    let count = 0;
    const rows = repaired[rule.collection];
    if (!Array.isArray(rows)) continue;
    repaired[rule.collection] = rows.map((row) => {
      if (!isRow(row) || typeof row[rule.key] !== 'string' || existing.has(row[rule.key] as string)) return row;
      count += 1;
      return { ...row, [rule.key]: null };
    });
    if (count > 0) repairs.push({ where: `${rule.collection}.${rule.key}`, count, what: rule.what });
  }
  repairContactLinks(repaired, repairs);
  return { data: repairs.length > 0 ? repaired : data, repairs };
}

/** Meeting attendees and touch contacts name people among their client's contacts. */
function repairContactLinks(repaired: Row, repairs: ReferenceRepair[]): void {
  const contactsOf = new Map<string, Set<string>>();
  for (const client of rowsOf(repaired, 'clients')) {
    if (typeof client['id'] === 'string' && Array.isArray(client['contacts'])) contactsOf.set(client['id'], idsOf((client['contacts'] as unknown[]).filter(isRow)));
  }
  const known = (row: Row, id: unknown) => typeof id !== 'string' || typeof row['clientId'] !== 'string' || (contactsOf.get(row['clientId'])?.has(id) ?? true);

  let attendees = 0;
  if (Array.isArray(repaired['meetings'])) {
    repaired['meetings'] = (repaired['meetings'] as unknown[]).map((row) => {
      if (!isRow(row) || !Array.isArray(row['attendeeIds'])) return row;
      const list = row['attendeeIds'] as unknown[];
      const kept = list.filter((id) => known(row, id));
      if (kept.length === list.length) return row;
      attendees += list.length - kept.length;
      return { ...row, attendeeIds: kept };
    });
  }
  if (attendees > 0) repairs.push({ where: 'meetings.attendeeIds', count: attendees, what: 'meeting attendees who are no longer contacts of their client, dropped' });

  let contacts = 0;
  if (Array.isArray(repaired['touches'])) {
    repaired['touches'] = (repaired['touches'] as unknown[]).map((row) => {
      if (!isRow(row) || known(row, row['contactId'])) return row;
      contacts += 1;
      return { ...row, contactId: null };
    });
  }
  if (contacts > 0) repairs.push({ where: 'touches.contactId', count: contacts, what: 'touches with a person who is no longer a contact of their client, now without one' });
}

/** One sentence for the consultant about what was repaired at open. */
export function repairSentence(repairs: readonly ReferenceRepair[]): string {
  const parts = repairs.map((repair) => `${repair.count} ${repair.what}`);
  return `vCIO Desk found records pointing at records that no longer exist and repaired them (${parts.join('; ')}). A backup of the file as it was is in the backups folder.`;
}
