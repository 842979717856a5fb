/**
 * The sheet import's memory in extension storage (KEYS.sheetMemory): read and repaired when a sheet
 * is picked, written after an import the user confirmed.
 */
import type { SheetMemory } from '../lib/sheet/mapping';
import { repairMemory } from '../lib/sheet/memory';
import { sheetMemoryItem } from '../lib/tracker/storage';

export interface SheetMemoryStore {
  load(): Promise<SheetMemory>;
  save(memory: SheetMemory): Promise<void>;
}

export const sheetMemoryStore: SheetMemoryStore = {
  async load() {
    try {
      return repairMemory(await sheetMemoryItem.getValue());
    } catch {
      return repairMemory(null);
    }
  },
  async save(memory) {
    await sheetMemoryItem.setValue(repairMemory(memory));
  },
};
