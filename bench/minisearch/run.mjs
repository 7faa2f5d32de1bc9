// Ranks the corpus exported by ../bleve (go run . -export FILE) with
// MiniSearch's defaults and prints one JSON line: recall@1 over the
// questions and over the held-out ones, and questions per second of wall time and of CPU time
// (indexing excluded).
//
//   node run.mjs FILE [rounds]
import { readFileSync } from 'node:fs'
import MiniSearch from 'minisearch'

const [file, roundsArg] = process.argv.slice(2)
if (!file) {
  console.error('usage: node run.mjs FILE [rounds]')
  process.exit(2)
}
const rounds = Number(roundsArg || 20)
const data = JSON.parse(readFileSync(file, 'utf8'))
const ms = new MiniSearch({ fields: ['text'], idField: 'id' })
ms.addAll(data.docs)

let hits = 0
let held = 0
let heldHits = 0
for (const q of data.questions) {
  const r = ms.search(q.text)
  const hit = r.length > 0 && q.gold.includes(r[0].id)
  if (hit) hits++
  if (q.held_out) {
    held++
    if (hit) heldHits++
  }
}
const start = process.hrtime.bigint()
const cpu = process.cpuUsage()
for (let i = 0; i < rounds; i++) {
  for (const q of data.questions) ms.search(q.text)
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9
const used = process.cpuUsage(cpu)
const cpuSeconds = (used.user + used.system) / 1e6
console.log(JSON.stringify({
  recall_at_1: hits / data.questions.length,
  recall_held_out: held > 0 ? heldHits / held : 0,
  qps: (rounds * data.questions.length) / seconds,
  cpu_qps: (rounds * data.questions.length) / cpuSeconds,
  questions: data.questions.length,
  docs: data.docs.length,
}))
