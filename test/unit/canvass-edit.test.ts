import { describe, expect, it } from 'vitest';
import { emptyCanvassContent, type CanvassContent } from '../../src-main/domain/canvass';
import { addNote, blockOfNote, moveNote, removeNote, updateDiscovery, updateNote } from '../../src-main/domain/canvass-edit';

/** The edits of a canvass as pure functions: what the main side stores and the screen shows at once. */

function withNotes(): CanvassContent {
  const content = emptyCanvassContent();
  content.blocks.channels = [
    { id: 'a', text: 'Referrals' },
    { id: 'b', text: 'Online booking' },
    { id: 'c', text: 'Newspaper' },
  ];
  content.blocks.keyPartners = [{ id: 'p', text: 'Dentrix support' }];
  return content;
}

const ids = (content: CanvassContent | null, block: keyof CanvassContent['blocks']) => content?.blocks[block].map((note) => note.id);

describe('canvass edits', () => {
  it('adds a note at the end, or at a place, clamped to the block', () => {
    const start = withNotes();
    expect(ids(addNote(start, 'channels', { id: 'd', text: 'Radio' }), 'channels')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(addNote(start, 'channels', { id: 'd', text: 'Radio' }, 1), 'channels')).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(addNote(start, 'channels', { id: 'd', text: 'Radio' }, 99), 'channels')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(addNote(start, 'channels', { id: 'd', text: 'Radio' }, -3), 'channels')).toEqual(['d', 'a', 'b', 'c']);
  });

  it('refuses a second note with an id already on the canvass, in any block', () => {
    expect(addNote(withNotes(), 'costStructure', { id: 'b', text: 'Twice' })).toBeNull();
  });

  it('rewords a note where it is', () => {
    const next = updateNote(withNotes(), 'b', 'Online booking on the website');
    expect(next?.blocks.channels[1]).toEqual({ id: 'b', text: 'Online booking on the website' });
    expect(updateNote(withNotes(), 'missing', 'x')).toBeNull();
  });

  it('moves a note down, up and into another block, counting the target without the note', () => {
    const start = withNotes();
    expect(ids(moveNote(start, 'a', 'channels', 1), 'channels')).toEqual(['b', 'a', 'c']);
    expect(ids(moveNote(start, 'c', 'channels', 0), 'channels')).toEqual(['c', 'a', 'b']);
    const across = moveNote(start, 'b', 'keyPartners', 0);
    expect(ids(across, 'channels')).toEqual(['a', 'c']);
    expect(ids(across, 'keyPartners')).toEqual(['b', 'p']);
    expect(blockOfNote(across!, 'b')).toBe('keyPartners');
    expect(moveNote(start, 'missing', 'channels', 0)).toBeNull();
  });

  it('removes a note, and says so when it is not there', () => {
    expect(ids(removeNote(withNotes(), 'a'), 'channels')).toEqual(['b', 'c']);
    expect(removeNote(withNotes(), 'missing')).toBeNull();
  });

  it('changes only the answers given, and the trajectory only when it is given', () => {
    const first = updateDiscovery(withNotes(), { answers: { customers: 'Families', kpis: 'Chair hours' }, trajectory: 'growing' });
    const second = updateDiscovery(first, { answers: { kpis: '', risksAndObstacles: undefined } });
    expect(second.discovery.customers).toBe('Families');
    expect(second.discovery.kpis).toBe('');
    expect(second.discovery.risksAndObstacles).toBe('');
    expect(second.trajectory).toBe('growing');
    expect(updateDiscovery(second, { trajectory: null }).trajectory).toBeNull();
  });

  it('never changes the canvass it was given', () => {
    const start = withNotes();
    const copy = structuredClone(start);
    addNote(start, 'channels', { id: 'd', text: 'Radio' });
    updateNote(start, 'a', 'Word of mouth');
    moveNote(start, 'a', 'keyPartners', 0);
    removeNote(start, 'c');
    updateDiscovery(start, { answers: { customers: 'x' }, trajectory: 'stable' });
    expect(start).toEqual(copy);
  });
});
