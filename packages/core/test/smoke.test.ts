import { describe, expect, it } from 'vitest';
import { joinPath } from '../src';

describe('joinPath', () => {
  it('builds JSON paths a developer can read', () => {
    expect(joinPath(joinPath('', 'people'), 3)).toBe('people[3]');
    expect(joinPath('people[3]', 'consent')).toBe('people[3].consent');
    expect(joinPath('extensions', 'com.example')).toBe('extensions["com.example"]');
  });
});
