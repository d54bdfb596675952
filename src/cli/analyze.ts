/**
 * Evaluation CLI: reads JSON lines with at least {"id","text"} from a file (or stdin when the
 * argument is "-" or missing) and prints {"id","findings":[…]} for each, in order.
 * Bad lines get a message on stderr with their line number; the rest still run.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze } from '../analyzer';

async function main(path: string | undefined): Promise<number> {
  const input = !path || path === '-' ? process.stdin : createReadStream(path, 'utf8');
  let failed = 0;
  await new Promise<void>((resolve, reject) => {
    input.on('error', reject);
    let lineNo = 0;
    const lines = createInterface({ input, crlfDelay: Infinity });
    lines.on('line', (line) => {
      lineNo++;
      if (!line.trim()) return;
      const problem = processLine(line);
      if (problem) {
        failed++;
        process.stderr.write(`line ${lineNo}: ${problem}\n`);
      }
    });
    lines.on('close', resolve);
  });
  return failed ? 1 : 0;
}

function processLine(line: string): string | undefined {
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'expected a JSON object with "id" and "text"';
  const { id, text } = item as { id?: unknown; text?: unknown };
  if (id === undefined || id === null) return 'missing "id"';
  if (typeof text !== 'string') return `"text" must be a string (id ${JSON.stringify(id)})`;
  try {
    const findings = analyze(text).map(({ category, step, start, end, rule, message, rewrite, confidence }) => ({
      category, step, start, end, rule, message, ...(rewrite !== undefined ? { rewrite } : {}), confidence,
    }));
    process.stdout.write(`${JSON.stringify({ id, findings })}\n`);
    return undefined;
  } catch (error) {
    return `analysis failed (id ${JSON.stringify(id)}): ${(error as Error).message}`;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`amends analyze: ${error.message}\n`);
    process.exit(2);
  },
);
