/** @jest-environment node */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { documentBodies, documentExports, replaceGraphqlCalls } from '../../vite-plugins/graphqlDocuments';
import { precompress } from '../../vite-plugins/precompress';

const generated = (file: string) => readFileSync(join(__dirname, '../generated', file), 'utf8');

describe('graphqlDocuments (each route carries only the documents it sends)', () => {
  const documents = documentExports(generated('gql.ts'));
  const bodies = documentBodies(generated('graphql.ts'));

  it('finds every document of the generated map and its AST', () => {
    expect(documents.size).toBeGreaterThan(10);
    // Every name the map gives has its own one-line export to load: a codegen format change fails here, not in a build.
    expect([...documents.values()].filter((name) => !bodies.has(name))).toEqual([]);
    expect(bodies.size).toBe(documents.size);
  });

  it('replaces a call by its own module and drops the import of the whole map', () => {
    const [text, name] = [...documents].find(([, n]) => n === 'LoginDocument')!;
    const source = `import { graphql } from '../../generated';\n\nexport const loginMutation = graphql(\`${text}\`);\n`;
    const result = replaceGraphqlCalls(source, documents);
    expect(result.missing).toEqual([]);
    expect(result.code).toBe(`import __gql_${name} from "virtual:lao-graphql/${name}";\n\nexport const loginMutation = __gql_${name};\n`);
  });

  it('leaves a call it does not know as it was (it still works through the map)', () => {
    const source = "import { graphql } from '../../generated';\nexport const q = graphql(`\n  query NotGenerated { me { id } }\n`);\n";
    const result = replaceGraphqlCalls(source, documents);
    expect(result.replaced).toBe(false);
    expect(result.code).toBe(source);
    expect(result.missing).toEqual(['query NotGenerated { me { id } }']);
  });
});

describe('precompress (brotli and gzip copies beside the built files)', () => {
  it('writes .br and .gz that decompress to the file, and none for small or binary files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    const js = 'export const messages = {' + Array.from({ length: 400 }, (_, i) => `m${i}: "ข้อความที่ ${i}"`).join(',') + '};';
    writeFileSync(join(dir, 'app.js'), js);
    writeFileSync(join(dir, 'tiny.js'), 'export {};');
    writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4000, 7));
    const plugin = precompress();
    const hook = (h: unknown) => (typeof h === 'function' ? h : (h as { handler: (...args: unknown[]) => unknown }).handler);
    hook(plugin.configResolved)({ root: dir, build: { outDir: '.' } });
    await hook(plugin.writeBundle).call({}, {}, { 'app.js': {}, 'tiny.js': {}, 'font.woff2': {} });

    expect(brotliDecompressSync(readFileSync(join(dir, 'app.js.br'))).toString()).toBe(js);
    expect(gunzipSync(readFileSync(join(dir, 'app.js.gz'))).toString()).toBe(js);
    expect(readFileSync(join(dir, 'app.js.br')).length).toBeLessThan(js.length / 4);
    expect(existsSync(join(dir, 'tiny.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'font.woff2.br'))).toBe(false);
  });
});
