import type { PracticeData } from '../../src-main/domain/practice';
import { PracticeStore } from '../../src-main/store/practice-store';

/**
 * Writes a practice into an empty data folder as the app would have saved it, every collection at
 * once (so a collection added to the practice later is written too).
 */
export async function seedPractice(dataDir: string, data: PracticeData): Promise<void> {
  const store = await PracticeStore.open({ dataDir });
  try {
    await store.mutate((draft) => {
      Object.assign(draft, data);
    });
  } finally {
    await store.close();
  }
}
