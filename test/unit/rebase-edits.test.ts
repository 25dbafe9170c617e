import { describe, expect, it } from 'vitest';
import { rebaseEdits } from '../../src-renderer/src/components/rebase-edits';

const before = { company: 'Clearpath', labourRateCents: 15_000, lifespans: { laptop: 4, server: 6 } };

describe('a form whose stored record changed under it', () => {
  it('keeps a field typed while the save was on its way, and takes the saved value of the others', () => {
    const current = { ...before, company: 'Clearpath vCIO Partners', labourRateCents: 17_500 };
    const stored = { ...before, company: 'Clearpath vCIO Partners' };
    expect(rebaseEdits(current, before, stored)).toEqual({ company: 'Clearpath vCIO Partners', labourRateCents: 17_500, lifespans: { laptop: 4, server: 6 } });
  });

  it('takes a change made elsewhere to a field the consultant has not touched, nested ones included', () => {
    const stored = { ...before, lifespans: { laptop: 5, server: 6 } };
    expect(rebaseEdits(before, before, stored)).toEqual(stored);
  });

  it('keeps an edited nested field whole rather than mixing it with the stored one', () => {
    const current = { ...before, lifespans: { laptop: 3, server: 6 } };
    const stored = { ...before, lifespans: { laptop: 5, server: 7 } };
    expect(rebaseEdits(current, before, stored).lifespans).toEqual({ laptop: 3, server: 6 });
  });
});
