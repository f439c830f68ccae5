import { benchCorpus } from './corpus.bench';
import { benchEvaluate } from './evaluate.bench';
import { benchPanel } from './panel.bench';
import { benchReader } from './reader.bench';
import { benchSnapshots } from './snapshots.bench';

// `npm run bench`: every figure the issues ask for, printed. The browser figures use the built
// extension: `npm run bench` builds it first.
console.log(
  `Assistant Clas — bench on ${process.platform} ${process.arch}, Node ${process.version}`,
);
benchEvaluate();
await benchReader();
await benchCorpus();
await benchPanel();
await benchSnapshots();
