import { BATCH_MAX_ITEMS } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { nextSelection, withPageSelected } from './use-row-selection';

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

  it('selects a whole page on 选择本页, keeping rows of other pages', () => {
    const before = nextSelection(new Map(), ['x'], [row('x')]);
    const { selection, leftOut } = withPageSelected(before, [row('a'), row('x'), row('b')]);
    expect([...selection.keys()]).toEqual(['x', 'a', 'b']);
    expect(leftOut).toBe(0);
  });

  it('stops 选择本页 at one batch’s size and says how many rows stayed out', () => {
    const earlier = Array.from({ length: BATCH_MAX_ITEMS - 2 }, (_, index) => `old-${index}`);
    const before = nextSelection(new Map(), earlier, earlier.map(row));
    const { selection, leftOut } = withPageSelected(before, ['p1', 'p2', 'p3', 'p4', 'p5'].map(row));
    expect(selection.size).toBe(BATCH_MAX_ITEMS);
    expect([selection.has('p2'), selection.has('p3')]).toEqual([true, false]);
    expect(leftOut).toBe(3);
  });
});
