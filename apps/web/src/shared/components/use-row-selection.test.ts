import { BATCH_MAX_ITEMS } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { nextSelection } from './use-row-selection';

const row = (id: string) => ({ id, title: `隐患${id}` });

describe('the selection of a list for batch actions', () => {
  it('keeps rows ticked on another page when the table reports them by key only', () => {
    const firstPage = nextSelection(new Map(), ['a', 'b'], [row('a'), row('b')]);
    // On page 2 the table knows a and b only by key (undefined rows) and adds c.
    const secondPage = nextSelection(firstPage, ['a', 'b', 'c'], [undefined, undefined, row('c')]);
    expect([...secondPage.values()]).toEqual([row('a'), row('b'), row('c')]);
  });

  it('drops a row that was unticked', () => {
    const before = nextSelection(new Map(), ['a', 'b'], [row('a'), row('b')]);
    expect([...nextSelection(before, ['b'], [row('b')]).keys()]).toEqual(['b']);
  });

  it('stops at one batch’s size', () => {
    const ids = Array.from({ length: BATCH_MAX_ITEMS + 5 }, (_, index) => `id-${index}`);
    const selection = nextSelection(new Map(), ids, ids.map(row));
    expect(selection.size).toBe(BATCH_MAX_ITEMS);
    expect(selection.has(`id-${BATCH_MAX_ITEMS}`)).toBe(false);
  });

  it('ignores a key it has no row for', () => {
    expect(nextSelection(new Map(), ['ghost'], [undefined]).size).toBe(0);
  });
});
