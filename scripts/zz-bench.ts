import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { storySentences } from './pipeline/extract/sentences.ts';
const articles = JSON.parse(readFileSync('/tmp/pipe-base/c1k/articles.json', 'utf8')).articles;
const sentences = storySentences(articles).slice(0, 3000);
const lens = sentences.map((s) => s.text.length);
console.log('avg len', lens.reduce((a, b) => a + b, 0) / lens.length, 'max', Math.max(...lens));
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  for (const s of sentences.slice(k * 1000, k * 1000 + 1000)) nlp(s.text);
  console.log('1000 nlp', performance.now() - t);
}
const slow = sentences.map((s) => { const t = performance.now(); nlp(s.text); return [performance.now() - t, s.text] as const; }).sort((a, b) => b[0] - a[0]).slice(0, 5);
console.log(slow);
