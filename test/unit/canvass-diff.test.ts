import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANVASS_BLOCKS, emptyCanvassContent, type CanvassBlock, type CanvassContent } from '../../src-main/domain/canvass';
import { blockChanged, diffCanvass } from '../../src-main/domain/canvass-diff';
import { addNote, moveNote, removeNote, updateDiscovery, updateNote } from '../../src-main/domain/canvass-edit';

/** What changed between two moments of a canvass, worked through on a dental practice's canvass. */

function canvass(notes: Partial<Record<CanvassBlock, Array<[id: string, text: string]>>>): CanvassContent {
  const content = emptyCanvassContent();
  for (const block of CANVASS_BLOCKS) content.blocks[block] = (notes[block] ?? []).map(([id, text]) => ({ id, text }));
  return content;
}

const LAST_YEAR = canvass({
  keyPartners: [
    ['p1', 'Dentrix support desk'],
    ['p2', 'Old answering service'],
  ],
  customerSegments: [
    ['s1', 'Families in the harbour district'],
    ['s2', 'Dental plan members'],
  ],
  channels: [
    ['c1', 'Referrals from patients'],
    ['c2', 'Online booking'],
    ['c3', 'Local newspaper'],
  ],
  revenueStreams: [['r1', 'Insurance claims']],
});

function blockOf(diff: ReturnType<typeof diffCanvass>, block: CanvassBlock) {
  return diff.blocks.find((entry) => entry.block === block)!;
}

describe('comparing a canvass with a snapshot', () => {
  it('finds nothing when nothing changed, and lists all nine blocks in canvas order', () => {
    const diff = diffCanvass(LAST_YEAR, structuredClone(LAST_YEAR));
    expect(diff.changeCount).toBe(0);
    expect(diff.blocks.map((entry) => entry.block)).toEqual([...CANVASS_BLOCKS]);
    expect(diff.blocks.some(blockChanged)).toBe(false);
    expect(blockOf(diff, 'channels').unchanged).toBe(3);
    expect(diff.answers).toEqual([]);
    expect(diff.trajectory).toBeNull();
  });

  it('reports added, removed and reworded notes block by block', () => {
    let now = addNote(LAST_YEAR, 'revenueStreams', { id: 'r2', text: 'Whitening packages' })!;
    now = removeNote(now, 'p2')!;
    now = updateNote(now, 's2', 'Dental plan members from the two big employers')!;
    const diff = diffCanvass(LAST_YEAR, now);

    expect(blockOf(diff, 'revenueStreams')).toMatchObject({ added: [{ id: 'r2', text: 'Whitening packages' }], removed: [], changed: [], unchanged: 1 });
    expect(blockOf(diff, 'keyPartners')).toMatchObject({ added: [], removed: [{ id: 'p2', text: 'Old answering service' }], unchanged: 1 });
    expect(blockOf(diff, 'customerSegments').changed).toEqual([{ id: 's2', before: 'Dental plan members', after: 'Dental plan members from the two big employers' }]);
    expect(blockChanged(blockOf(diff, 'channels'))).toBe(false);
    expect(diff.changeCount).toBe(3);
  });

  it('tells a note moved to another block from one removed and another added, and notes a rewording on the way', () => {
    const moved = updateNote(moveNote(LAST_YEAR, 'c3', 'keyPartners', 0)!, 'c3', 'Local newspaper ads')!;
    const diff = diffCanvass(LAST_YEAR, moved);
    expect(blockOf(diff, 'keyPartners').movedIn).toEqual([{ note: { id: 'c3', text: 'Local newspaper ads' }, from: 'channels', before: 'Local newspaper' }]);
    expect(blockOf(diff, 'channels').removed).toEqual([]);
    expect(blockOf(diff, 'keyPartners').added).toEqual([]);
    expect(diff.changeCount).toBe(1);
  });

  it('notices a new order of the notes that stayed, but not the gap a removed note leaves', () => {
    const reordered = moveNote(LAST_YEAR, 'c3', 'channels', 0)!;
    expect(reordered.blocks.channels.map((note) => note.id)).toEqual(['c3', 'c1', 'c2']);
    const diff = diffCanvass(LAST_YEAR, reordered);
    expect(blockOf(diff, 'channels').reordered).toBe(true);
    expect(diff.changeCount).toBe(1);

    const gap = diffCanvass(LAST_YEAR, removeNote(LAST_YEAR, 'c1')!);
    expect(blockOf(gap, 'channels').reordered).toBe(false);
    expect(blockOf(gap, 'channels').removed.map((note) => note.id)).toEqual(['c1']);
  });

  it('counts a note deleted and typed again word for word as the same note, in its block or another', () => {
    let retyped = removeNote(LAST_YEAR, 'c2')!;
    retyped = addNote(retyped, 'channels', { id: 'new-1', text: '  online   BOOKING ' })!;
    retyped = removeNote(retyped, 'r1')!;
    retyped = addNote(retyped, 'costStructure', { id: 'new-2', text: 'Insurance claims' })!;
    const diff = diffCanvass(LAST_YEAR, retyped);
    expect(blockOf(diff, 'channels')).toMatchObject({ added: [], removed: [], unchanged: 2 });
    expect(blockOf(diff, 'channels').changed).toEqual([{ id: 'new-1', before: 'Online booking', after: '  online   BOOKING ' }]);
    expect(blockOf(diff, 'costStructure').movedIn).toEqual([{ note: { id: 'new-2', text: 'Insurance claims' }, from: 'revenueStreams', before: null }]);
    expect(blockOf(diff, 'revenueStreams').removed).toEqual([]);
  });

  it('reports answers that changed, were given or cleared, and the trajectory', () => {
    const before = updateDiscovery(LAST_YEAR, { answers: { customers: 'Families', kpis: 'Chair hours', growth: 'Steady' }, trajectory: 'stable' });
    const after = updateDiscovery(before, { answers: { customers: 'Families and plan members', kpis: '', marketPosition: 'Only practice open on Saturdays', growth: '  Steady ' }, trajectory: 'growing' });
    const diff = diffCanvass(before, after);
    expect(diff.answers).toEqual([
      { topic: 'customers', before: 'Families', after: 'Families and plan members' },
      { topic: 'kpis', before: 'Chair hours', after: '' },
      { topic: 'marketPosition', before: '', after: 'Only practice open on Saturdays' },
    ]);
    expect(diff.trajectory).toEqual({ before: 'stable', after: 'growing' });
    expect(diff.changeCount).toBe(4);
  });

  it('agrees with itself: comparing a canvass with itself finds nothing, whatever the canvass', () => {
    const note = fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,8}$/), text: fc.string({ minLength: 1, maxLength: 20 }) });
    const anyCanvass = fc.uniqueArray(fc.tuple(fc.constantFrom(...CANVASS_BLOCKS), note), { selector: ([, value]) => value.id, maxLength: 30 }).map((entries) => {
      const content = emptyCanvassContent();
      for (const [block, value] of entries) content.blocks[block].push(value);
      return content;
    });
    fc.assert(fc.property(anyCanvass, (content) => diffCanvass(content, structuredClone(content)).changeCount === 0));
    // And every note of the newer canvass is accounted for exactly once.
    fc.assert(
      fc.property(anyCanvass, anyCanvass, (before, after) => {
        const diff = diffCanvass(before, after);
        const seen = diff.blocks.reduce((total, entry) => total + entry.added.length + entry.changed.length + entry.movedIn.length + entry.unchanged, 0);
        return seen === CANVASS_BLOCKS.reduce((total, block) => total + after.blocks[block].length, 0);
      }),
    );
  });
});
