// Validates DCAT-AP-SE catalogues (RDF/XML files named on the command line) against DIGG's shapes
// in test/fixtures/dcat-ap-se-shapes, the way DIGG's validator (DCAT-AP-SE-Processor) does: the EU
// DCAT-AP 3 shapes plus the Swedish additions, run over each catalogue together with the EU
// vocabularies, then the Swedish overrides filter the results. Prints JSON to stdout:
// [{ file, results: [{ severity, focusNode, path, component, message, value }] }], the results that
// remain after the overrides. A separate Node process because rdf-validate-shacl and @zazuko/env
// are ES modules, which Jest's CommonJS runtime cannot load.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';

const here = path.dirname(fileURLToPath(import.meta.url));
const shapesDir = path.join(here, '..', 'fixtures', 'dcat-ap-se-shapes');

async function load(file) {
  return rdf.dataset().import(rdf.fromFile(file));
}

const shapes = rdf.dataset();
for (const file of ['dcat-ap-SHACL.ttl', 'dcat-ap-se-additions.ttl']) shapes.addAll(await load(path.join(shapesDir, file)));
const vocabularies = rdf.dataset();
for (const file of fs.readdirSync(path.join(shapesDir, 'vocabularies')).sort()) {
  vocabularies.addAll(await rdf.dataset().import(rdf.fromFile(path.join(shapesDir, 'vocabularies', file), { implicitBaseIRI: true })));
}
const overrides = JSON.parse(fs.readFileSync(path.join(shapesDir, 'dcat-ap-se-overrides.json'), 'utf8')).overrides;
const SH = 'http://www.w3.org/ns/shacl#';
const ignored = (result) => {
  const p = result.path?.value;
  const component = result.sourceConstraintComponent?.value?.replace(SH, '');
  return overrides.some((o) => o.path === p && o.ignoreConstraints.includes(component));
};

const validator = new SHACLValidator(shapes, { factory: rdf });
const key = (result) => [result.focusNode?.value, result.path?.value, result.sourceConstraintComponent?.value, result.value?.value].join(' ');
// The vocabularies alone already give a few results (three EU concept schemes have no
// dcterms:title). They are properties of the EU files, not of a catalogue: a catalogue's results
// are those it adds to this baseline.
const baseline = new Set((await validator.validate(vocabularies)).results.map(key));
const out = [];
for (const file of process.argv.slice(2)) {
  const data = rdf.dataset();
  data.addAll(await rdf.dataset().import(rdf.fromFile(file, { mediaType: 'application/rdf+xml' })));
  data.addAll(vocabularies);
  const report = await validator.validate(data);
  out.push({
    file,
    baseline: baseline.size,
    results: report.results
      .filter((result) => !ignored(result) && !baseline.has(key(result)))
      .map((result) => ({
        severity: result.severity?.value.replace(SH, ''),
        focusNode: result.focusNode?.value,
        path: result.path?.value,
        component: result.sourceConstraintComponent?.value.replace(SH, ''),
        message: result.message.map((m) => m.value).join(' | '),
        value: result.value?.value,
      })),
    ignored: report.results.filter(ignored).length,
  });
}
process.stdout.write(JSON.stringify(out));
