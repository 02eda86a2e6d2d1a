import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFiles } from './board-helpers';
import { repoRoot, useQuarry } from './quarry-app';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);
const quarry = useQuarry();

interface Vector {
  title: string;
  payload: string;
}

const published = JSON.parse(readFileSync(join(repoRoot, '../shared/xss/dompurify-vectors.json'), 'utf8')) as Vector[];

/** Vectors aimed at Quarry's own import path: entity-encoded markup, mojibake, structured-data fields. */
const ownVectors: Vector[] = [
  {
    title: 'entity-encoded script in JSON-LD',
    payload: '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;',
  },
  { title: 'double-encoded handler', payload: '&amp;lt;img src=x onerror=alert(3)&amp;gt;' },
  {
    title: 'mis-encoded markup',
    payload: 'Weâ€™re <img src=x onerror="alert(4)">â€œhiringâ€\u009d <a href="jav&#x09;ascript:alert(5)">apply</a>',
  },
  { title: 'srcdoc frame', payload: '<iframe srcdoc="<script>parent.alert(6)</script>"></iframe>' },
  {
    title: 'data URI link and svg',
    payload: '<a href="data:text/html,<script>alert(7)</script>">x</a><svg><script>alert(8)</script></svg>',
  },
  {
    title: 'remote image and css',
    payload: '<img src="https://tracker.example/pixel.gif"><p style="background:url(https://tracker.example/bg)">styled</p>',
  },
];

const vectors = [...published, ...ownVectors];
const label = (index: number) => `XSS vector ${String(index).padStart(3, '0')}`;

/** A saved page whose JSON-LD JobPosting carries the vector as its description (HTML-in-JSON, as real pages do). */
function pageFor(vector: Vector, index: number): string {
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: label(index),
    hiringOrganization: { '@type': 'Organization', name: 'Vector Co' },
    url: `https://jobs.example/vectors/${index}`,
    description: vector.payload,
  };
  const json = JSON.stringify(posting).replace(/</gu, '\\u003c');
  return `<!doctype html><html><head><title>${label(index)}</title><script type="application/ld+json">${json}</script></head><body><h1>${label(index)}</h1></body></html>`;
}

test(`${vectors.length} XSS vectors imported as files never run, fire handlers or load anything`, async () => {
  const { page } = quarry.current;
  const origin = new URL(page.url()).origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  // Anything a payload could call to prove it ran.
  await page.addInitScript(() => {
    const fired = () =>
      ((window as unknown as { __xss: number }).__xss = ((window as unknown as { __xss?: number }).__xss ?? 0) + 1);
    window.alert = fired;
    window.confirm = () => (fired(), false);
    window.prompt = () => (fired(), null);
    window.print = fired;
  });
  await page.reload();
  // The trap itself works: a call is counted, then the count starts from zero.
  await page.evaluate(() => window.alert('self-test'));
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(1);
  await page.evaluate(() => ((window as unknown as { __xss: number }).__xss = 0));

  const dir = mkdtempSync(join(tmpdir(), 'quarry-xss-'));
  const files = vectors.map((vector, index) => {
    const file = join(dir, `vector-${index}.html`);
    writeFileSync(file, pageFor(vector, index));
    return file;
  });
  await importFiles(quarry.current, files);
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText(`${vectors.length} jobs imported`, { timeout: 60_000 });
  await report.getByRole('button', { name: 'Done' }).click();

  const filter = page.getByRole('searchbox', { name: 'Filter cards' });
  const panel = page.getByRole('complementary', { name: 'Job details' });
  for (let index = 0; index < vectors.length; index++) {
    await filter.fill(label(index));
    await filter.dispatchEvent('input');
    await page.getByRole('button', { name: label(index), exact: true }).click();
    await expect(panel.getByRole('heading', { name: label(index) })).toBeVisible();
    const dangerous = await panel.evaluate((element) => {
      const description = element.querySelector('.description');
      if (!description) return [];
      const found: string[] = [];
      for (const node of description.querySelectorAll('*')) {
        if (
          ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BASE', 'META', 'LINK', 'STYLE', 'SVG', 'MATH'].includes(
            node.tagName.toUpperCase(),
          )
        ) {
          found.push(node.tagName);
        }
        for (const attribute of node.attributes) {
          if (/^on/iu.test(attribute.name) || attribute.name === 'style' || attribute.name === 'srcdoc')
            found.push(`${node.tagName}[${attribute.name}]`);
          if (
            ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) &&
            !/^(https?:|mailto:)/iu.test(attribute.value)
          ) {
            found.push(`${node.tagName}[${attribute.name}=${attribute.value.slice(0, 30)}]`);
          }
        }
        if (node.tagName === 'IMG') found.push('IMG');
      }
      return found;
    });
    expect(dangerous, `${label(index)}: ${vectors[index]!.title}`).toEqual([]);
  }
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0)).toBe(0);
  expect(outside).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});
