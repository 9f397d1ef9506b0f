// The tools a user would pick instead of factlight, each doing its closest equivalent of factlight's job
// on the same text. setup() loads the library once (not timed with the runs); the returned function
// analyses one text and returns how many things it found (so no work can be optimised away).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nodeModules = new URL('../../node_modules/', import.meta.url);

/** The installed version of an npm package (some packages do not export their package.json). */
export function installedVersion(name) {
  return JSON.parse(readFileSync(new URL(`${name}/package.json`, nodeModules), 'utf8')).version;
}

// recognizers-text has no sentence splitter of its own: its users split first. A plain splitter on
// sentence-final punctuation followed by white space, and on line breaks.
export function splitSentences(text) {
  return text.split(/(?<=[.!?]["'”’)]?)\s+|\n+/u).filter((s) => s.trim() !== '');
}

export const PEERS = {
  compromise: {
    package: 'compromise',
    job: 'nlp(text), then numbers, money, percentages and quotations as JSON',
    async setup() {
      const nlp = (await import('compromise')).default;
      return (text) => {
        const doc = nlp(text);
        return (
          doc.numbers().json().length +
          doc.money().json().length +
          doc.percentages().json().length +
          doc.quotations().json().length
        );
      };
    },
    version: () => installedVersion('compromise'),
  },
  'wink-nlp': {
    package: 'wink-nlp',
    job: 'readDoc(text) (tokens, sentences, POS tags, entities), then entities out with detail',
    async setup() {
      const winkNLP = require('wink-nlp');
      const nlp = winkNLP(require('wink-eng-lite-web-model'));
      const its = nlp.its;
      return (text) => {
        const doc = nlp.readDoc(text);
        return doc.entities().out(its.detail).length + doc.sentences().length();
      };
    },
    version: () =>
      `${installedVersion('wink-nlp')} + wink-eng-lite-web-model ${installedVersion('wink-eng-lite-web-model')}`,
  },
  recognizers: {
    package: '@microsoft/recognizers-text-suite',
    job: 'per sentence: number, ordinal, percentage, currency, dimension, age, temperature and datetime models',
    async setup() {
      const { Culture } = require('@microsoft/recognizers-text-suite');
      const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
      const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
      const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');
      // Recognizers and models are built once, as a careful user would, not per call.
      const num = new NumberRecognizer(Culture.English);
      const unit = new NumberWithUnitRecognizer(Culture.English);
      const date = new DateTimeRecognizer(Culture.English);
      const models = [
        num.getNumberModel(), num.getOrdinalModel(), num.getPercentageModel(),
        unit.getCurrencyModel(), unit.getDimensionModel(), unit.getAgeModel(), unit.getTemperatureModel(),
        date.getDateTimeModel(),
      ];
      return (text) => {
        let found = 0;
        for (const sentence of splitSentences(text)) for (const m of models) found += m.parse(sentence).length;
        return found;
      };
    },
    version: () => installedVersion('@microsoft/recognizers-text-suite'),
  },
};
