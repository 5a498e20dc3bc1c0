import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Production code says what a value is by parsing it (zod at the boundaries), narrowing it (type
 * guards, `isOneOf`, `fieldOf`) or typing it where it is made (typed columns, typed i18n keys), not
 * by telling the compiler so with `as`. The ceiling only goes down: lower it when a cast goes.
 * `as const` is no cast and is not counted.
 */
const castCeiling = 35;

const root = resolve(import.meta.dirname, "../../..");
const productionFolders = ["server/src", "server/scripts", "shared/src", "shared/scripts", "client/src"];
/**
 * Tests and test data are not production code: fixtures, and `shared/src/testing/` (made-up
 * consultations and boards, exported as `@trilogue/shared/testing` to tests and benchmarks only).
 */
const notProduction = /\.test\.tsx?$|\/test\/|fixtures?|^shared\/src\/testing\//;

function sourceFiles(folder: string): string[] {
  const absolute = join(root, folder);
  let entries: string[];
  try {
    entries = readdirSync(absolute, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return entries
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith(".d.ts"))
    .map((name) => relative(root, join(absolute, name)).split("\\").join("/"))
    .filter((path) => !notProduction.test(path));
}

type Finding = { file: string; line: number; text: string };

function scan(): { casts: Finding[]; idFallbacks: Finding[] } {
  const casts: Finding[] = [];
  const idFallbacks: Finding[] = [];
  for (const file of productionFolders.flatMap(sourceFiles)) {
    const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(
      file,
      readFileSync(join(root, file), "utf8"),
      ts.ScriptTarget.Latest,
      true,
      kind,
    );
    const finding = (node: ts.Node): Finding => ({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      text: node.getText(source).replace(/\s+/g, " ").slice(0, 120),
    });
    const visit = (node: ts.Node) => {
      if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isAsConst(node))
        casts.push(finding(node));
      if (isIdFallback(node)) idFallbacks.push(finding(node));
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { casts, idFallbacks };
}

function isAsConst(node: ts.AsExpression | ts.TypeAssertion): boolean {
  return ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === "const";
}

/** `x.fooId ?? ""`, `id ?? ""`, `list[0]?.id ?? ""`: an id that may be missing, turned into one that matches nothing. */
function isIdFallback(node: ts.Node): boolean {
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken) return false;
  const right = skipParentheses(node.right);
  if (!ts.isStringLiteral(right) && !ts.isNoSubstitutionTemplateLiteral(right)) return false;
  if (right.text !== "") return false;
  const name = nameOf(skipParentheses(node.left));
  return name !== null && /(^id|Id)$/.test(name);
}

function skipParentheses(node: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(node) ? skipParentheses(node.expression) : node;
}

function nameOf(node: ts.Expression): string | null {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)) {
    return node.argumentExpression.text;
  }
  return null;
}

const listed = (findings: Finding[]) => findings.map(({ file, line, text }) => `${file}:${line}: ${text}`).join("\n");

describe("production code narrows instead of casting", () => {
  const { casts, idFallbacks } = scan();

  it("reads production sources", () => {
    expect(productionFolders.flatMap(sourceFiles).length).toBeGreaterThan(300);
  });

  it(`has at most ${castCeiling} \`as\` casts`, () => {
    expect(casts.length, `the casts:\n${listed(casts)}`).toBeLessThanOrEqual(castCeiling);
  });

  it('turns no missing id into "" (narrow it, or refuse)', () => {
    expect(idFallbacks, listed(idFallbacks)).toEqual([]);
  });
});

describe("the detectors", () => {
  const findIn = (code: string) => {
    const source = ts.createSourceFile("probe.ts", code, ts.ScriptTarget.Latest, true);
    let casts = 0;
    let fallbacks = 0;
    const visit = (node: ts.Node) => {
      if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isAsConst(node)) casts++;
      if (isIdFallback(node)) fallbacks++;
      ts.forEachChild(node, visit);
    };
    visit(source);
    return { casts, fallbacks };
  };

  it("count casts, double casts twice, and not `as const`", () => {
    expect(findIn("const a = b as string; const c = d as unknown as number; const e = [1] as const;").casts).toBe(3);
  });

  it('catch `?? ""` on ids and on `.id`, not on other names', () => {
    expect(
      findIn('f(me.delegationId ?? ""); f(items[0]?.id ?? ""); f(itemId ?? ``); f((x.pollId) ?? "")').fallbacks,
    ).toBe(4);
    expect(findIn('f(me.name ?? ""); f(paid ?? ""); f(me.delegationId ?? "none")').fallbacks).toBe(0);
  });
});
