import { describe, expect, it } from 'vitest';
import { nodeMajor, supportedNodeMajor } from './node-version.js';

describe('runtime', () => {
  it('the test suite itself runs on the supported Node.js major (the pinned npm package)', () => {
    expect(nodeMajor()).toBe(supportedNodeMajor);
  });
  it('reads the major from a version string', () => {
    expect(nodeMajor('v24.21.0')).toBe(24);
    expect(nodeMajor('v20.20.2')).toBe(20);
    expect(nodeMajor('garbage')).toBe(0);
  });
});
