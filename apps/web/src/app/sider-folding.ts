const SIDER_FOLDED_KEY = 'safegrid.sider.folded';

/** Whether the side menu was left folded in this browser; anything but the stored 'true' reads as open. */
export function readSiderFolded(storage: Pick<Storage, 'getItem'>): boolean {
  try {
    return storage.getItem(SIDER_FOLDED_KEY) === 'true';
  } catch {
    return false;
  }
}

export function writeSiderFolded(storage: Pick<Storage, 'setItem'>, folded: boolean): void {
  try {
    storage.setItem(SIDER_FOLDED_KEY, String(folded));
  } catch {
    // Private windows may refuse storage; the menu then opens unfolded next time.
  }
}
