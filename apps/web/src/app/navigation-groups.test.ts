import { ROLES, type Role, type UserResponse } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';
import { breadcrumbOf, GROUPED_MENU_MIN_ENTRIES, NAVIGATION_GROUPS, sectionsOf } from './navigation-groups';
import { readSiderFolded, writeSiderFolded } from './sider-folding';

function userOf(role: Role): UserResponse {
  return {
    id: `u-${role}`, username: role, displayName: role, role, districtCode: '320412',
    scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: role === 'enterprise' ? 'unit-1' : null }, permissions: [],
  };
}

describe('the grouped side menu', () => {
  it.each(ROLES)('keeps every entry of the %s menu exactly once, sections in their fixed order', (role) => {
    const entries = navigationFor(userOf(role));
    const sections = sectionsOf(entries);
    if (entries.length < GROUPED_MENU_MIN_ENTRIES) {
      expect(sections).toBeNull();
      return;
    }
    expect(sections).not.toBeNull();
    const keys = sections!.flatMap((section) => section.entries.map((item) => item.key));
    expect([...keys].sort()).toEqual(entries.map((item) => item.key).sort());
    const order = sections!.map((section) => NAVIGATION_GROUPS.indexOf(section.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(sections!.every((section) => section.entries.length > 0)).toBe(true);
  });

  it('groups the district office menu and leaves the grid worker and enterprise menus flat', () => {
    expect(sectionsOf(navigationFor(userOf('district')))?.map((section) => section.group)).toEqual(NAVIGATION_GROUPS);
    expect(sectionsOf(navigationFor(userOf('grid_worker')))).toBeNull();
    expect(sectionsOf(navigationFor(userOf('enterprise')))).toBeNull();
  });
});

describe('the breadcrumb', () => {
  const entries = navigationFor(userOf('district'));
  const entry = (key: string) => entries.find((item) => item.key === key);

  it('names the section and the entry on the entry’s own page', () => {
    expect(breadcrumbOf(entry('hazards'), '/hazards')).toEqual([{ label: 'navGroup.hazardWork' }, { label: 'nav.hazards' }]);
  });

  it('adds 详情 below the entry and links back to it', () => {
    expect(breadcrumbOf(entry('hazards'), '/hazards/h-1')).toEqual([
      { label: 'navGroup.hazardWork' }, { label: 'nav.hazards', path: '/hazards' }, { label: 'navGroup.detail' },
    ]);
  });

  it('is empty for a page outside the menu', () => {
    expect(breadcrumbOf(undefined, '/profile')).toEqual([]);
  });
});

describe('the folded side menu', () => {
  it('is remembered, and anything but the stored true reads as unfolded', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
    expect(readSiderFolded(storage)).toBe(false);
    writeSiderFolded(storage, true);
    expect(readSiderFolded(storage)).toBe(true);
    values.set('safegrid.sider.folded', 'yes');
    expect(readSiderFolded(storage)).toBe(false);
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(readSiderFolded(refusing)).toBe(false);
    expect(() => writeSiderFolded(refusing, true)).not.toThrow();
  });
});
