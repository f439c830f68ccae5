import { benchEvaluate } from './evaluate.bench';

// `npm run bench`: every figure the issues ask for, printed. Sections are added per capability.
console.log(
  `Assistant Clas — bench on ${process.platform} ${process.arch}, Node ${process.version}`,
);
benchEvaluate();
