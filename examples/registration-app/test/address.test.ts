/**
 * One form of address in the app: "je/jouw", never "u/uw". Reads every string literal,
 * template text and JSX text of the client (src) and the server's messages (server) with
 * the TypeScript parser, so comments, code and regular expressions are not read as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const appDir = resolve(import.meta.dirname, '..');

/** "u", "uw", "uzelf" as whole words (any case); "uur", "uit", "duur" and "U+202E" are not. */
const FORMAL = /(?<![\p{L}\p{N}+-])(u|uw|uzelf)(?![\p{L}\p{N}+-])/iu;

function files(dir: string): string[] {
  return readdirSync(join(appDir, dir), { withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(appDir, dir, e.name));
}

/** The user-facing texts of a file: literals and JSX text with at least one letter and a space (a sentence, not a key). */
export function texts(file: string, source = readFileSync(file, 'utf8')): { text: string; line: number }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
      || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      const text = ts.isJsxText(node) ? node.getText() : node.text;
      // Import paths and SQL (`select u.* from users u`) are not shown to anyone.
      const inImport = ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent);
      const sql = /^\s*(select|insert|update|delete|create|alter|drop|with|lock)\s/i.test(text);
      if (!inImport && !sql && /\p{L}/u.test(text)) out.push({ text, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('form of address in examples/registration-app', () => {
  it('finds the formal words it is meant to find, and not "uur", "uit" or code points', () => {
    const found = (s: string) => texts('x.tsx', s).filter((t) => FORMAL.test(t.text)).map((t) => t.text.trim());
    expect(found('const a = <p>U ziet eerst een voorbeeld</p>;')).toEqual(['U ziet eerst een voorbeeld']);
    expect(found("const a = 'Download uw versie';")).toEqual(['Download uw versie']);
    expect(found('const a = `Kies wat ${x} u wilt`;')).toEqual(['u wilt']);
    expect(found("const a = 'Over een uur, uit huis, U+202E'; const r = /u/u; // u ziet")).toEqual([]);
    expect(found("db.query('select u.* from users u where u.id = $1')")).toEqual([]);
  });

  it.each([...files('src'), ...files('server')].map((f) => [f.slice(appDir.length + 1), f]))('%s says "je", not "u"', (_name, file) => {
    const formal = texts(file).filter((t) => FORMAL.test(t.text)).map((t) => `${t.line}: ${t.text.trim()}`);
    expect(formal).toEqual([]);
  });
});
