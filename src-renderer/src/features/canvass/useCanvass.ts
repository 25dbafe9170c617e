import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import type { ChannelOutput } from '../../../../src-main/api/contract';
import type { CanvassBlock, CanvassContent, DiscoveryTopic, Trajectory } from '../../../../src-main/domain/canvass';
import { addNote, moveNote, removeNote, updateDiscovery, updateNote } from '../../../../src-main/domain/canvass-edit';
import { call, queryKey } from '../../api';

type CanvassView = ChannelOutput<'canvass.get'>;

/** A fresh note id, made here so the note can be shown and edited before the main side answers. */
export function newNoteId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface CanvassEdits {
  addNote(block: CanvassBlock, text: string, options?: { id?: string; index?: number }): Promise<string>;
  updateNote(noteId: string, text: string): Promise<void>;
  moveNote(noteId: string, toBlock: CanvassBlock, toIndex: number): Promise<void>;
  removeNote(noteId: string): Promise<void>;
  updateDiscovery(changes: { answers?: Partial<Record<DiscoveryTopic, string>>; trajectory?: Trajectory | null }): Promise<void>;
}

/**
 * Edits of one client's canvass. Each shows at once (the same pure edit the main side applies),
 * then goes to the main side in order, one after the other; the main side's answer replaces the
 * local copy once nothing else is waiting, and a refusal puts back what is stored.
 */
export function useCanvassEdits(clientId: string): CanvassEdits {
  const queryClient = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const waiting = useRef(0);

  return useMemo(() => {
    const key = queryKey('canvass.get', { clientId });

    function run(local: (content: CanvassContent) => CanvassContent | null, send: () => Promise<CanvassView>): Promise<void> {
      void queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<CanvassView>(key, (old) => {
        const next = old ? local(old.canvass) : null;
        return old && next ? { canvass: { ...old.canvass, ...next } } : old;
      });
      waiting.current += 1;
      const settled = () => {
        waiting.current -= 1;
        void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'canvass.compare' });
      };
      const task = queue.current.then(send).then(
        (answer) => {
          settled();
          if (waiting.current === 0) queryClient.setQueryData(key, answer);
        },
        (error: unknown) => {
          settled();
          void queryClient.invalidateQueries({ queryKey: key });
          throw error;
        },
      );
      queue.current = task.catch(() => undefined);
      return task;
    }

    return {
      async addNote(block, text, options = {}) {
        const id = options.id ?? newNoteId();
        const note = { id, text };
        await run(
          (content) => addNote(content, block, note, options.index),
          () => call('canvass.addNote', { clientId, block, note, ...(options.index === undefined ? {} : { index: options.index }) }),
        );
        return id;
      },
      updateNote: (noteId, text) =>
        run(
          (content) => updateNote(content, noteId, text),
          () => call('canvass.updateNote', { clientId, noteId, text }),
        ),
      moveNote: (noteId, toBlock, toIndex) =>
        run(
          (content) => moveNote(content, noteId, toBlock, toIndex),
          () => call('canvass.moveNote', { clientId, noteId, toBlock, toIndex }),
        ),
      removeNote: (noteId) =>
        run(
          (content) => removeNote(content, noteId),
          () => call('canvass.removeNote', { clientId, noteId }),
        ),
      updateDiscovery: (changes) =>
        run(
          (content) => updateDiscovery(content, changes),
          () => call('canvass.updateDiscovery', { clientId, ...changes }),
        ),
    };
  }, [clientId, queryClient]);
}
