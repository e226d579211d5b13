import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { main } from '../../src/cli/main.ts';
import { createMemoryIo } from './memory-io.ts';

describe('quizgen (no command)', () => {
  it('prints the usage of every command with --help and exits 0', async () => {
    const io = createMemoryIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const command of ['generate', 'audit', 'export'])
      expect(io.stdout()).toContain(`quizgen ${command}`);
  });

  it('prints the package version with --version', async () => {
    const io = createMemoryIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.stdout().trim()).toBe(packageJson.version);
  });

  it.each(['generate', 'audit', 'export'])(
    'prints the help of "%s" with "<command> --help"',
    async (command) => {
      const io = createMemoryIo();
      expect(await main([command, '--help'], io)).toBe(0);
      expect(io.stdout()).toContain(`quizgen ${command} <`);
      expect(io.stderr()).toBe('');
    },
  );

  it.each([
    [[], 'name a command'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['generate', 'a.txt', '--bogus'], "Unknown option '--bogus'"],
    [['generate', 'a.txt', '--mc'], "'--mc <value>' argument missing"],
  ])(
    'rejects the command line %j with exit code 2 and one clear message',
    async (argv, message) => {
      const io = createMemoryIo();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr()).toContain(message);
      expect(io.stderr().split('\n').filter(Boolean)).toHaveLength(2);
      expect(io.stdout()).toBe('');
    },
  );
});
