import type { Situation } from '../../rules/dossier';
import type { FieldKey } from './fields';
import { deTown, fill, formatAmount, formatDate, formatLevels, type AmountStyle } from './format';
import type { BoolStyle, Control, Field, PageModel } from './model';
import { setPath } from './paths';
import type { Rng } from './rng';
import type { Truth } from './truth';
import type { CorpusDossier, Portal, Role } from './types';
import { LEVELS, NO, YES, FILE_NAMES } from './values';
import type { NoiseKey, SectionKey, Wordings } from './wordings/types';

/**
 * Builds a page's model from the truth, and records at the same time what the page shows
 * (`expected`) and which shown fields are empty (`blank`): the two can never disagree with
 * the page, because each value is recorded where it is displayed.
 */

/** Fields whose label lists run in parallel (row i of each list belongs together). */
const FAMILIES: string[][] = [
  ['axes.children', 'axes.parents', 'axes.school', 'axes.territory'],
  ['bonuses.children.requested', 'bonuses.parents.requested'],
  ['bonuses.children.justification', 'bonuses.parents.justification'],
];

export interface PageChoices {
  rng: Rng;
  w: Wordings;
  portal: Portal;
  role: Role;
  truth: Truth;
  sections: SectionKey[];
  /** `table`: the groups' name is a column; `repeated`: blocks titled by number or by name. */
  groupStyle: 'table' | 'repeated';
  budgetStyle: 'cerfa' | 'lines';
}

export interface Built {
  model: PageModel;
  expected: CorpusDossier;
  blank: string[];
}

export class PageBuilder {
  readonly expected: CorpusDossier;
  readonly blank: string[] = [];
  readonly rng: Rng;
  readonly w: Wordings;
  readonly role: Role;
  private readonly labelMemo = new Map<string, string>();
  readonly amountStyle: AmountStyle;
  /** Amounts the portal writes itself (totals): never in an input's raw `9000.5` form. */
  readonly staticAmountStyle: AmountStyle;
  private readonly numberInputs: boolean;
  private readonly boolStyles: BoolStyle[];
  private readonly requestWords: [string, string];
  readonly blankWord: string;
  private readonly blankRate: number;
  private readonly levelControl: 'text' | 'checkboxes' | 'select';
  private readonly situationWords: Record<Situation, string>;
  private readonly withUnits: boolean;

  constructor(c: PageChoices) {
    this.rng = c.rng;
    this.w = c.w;
    this.role = c.role;
    this.expected = { format: 'clas-dossier/1', portal: c.portal };
    const rng = c.rng;
    this.numberInputs = c.role === 'carrier' && rng.chance(0.3);
    this.amountStyle = this.numberInputs ? 'dot' : rng.pick(c.w.styles.amounts);
    this.staticAmountStyle =
      c.role === 'carrier' && this.amountStyle === 'dot' ? 'nbsp-cents-euro' : this.amountStyle;
    this.boolStyles = rng.sample<BoolStyle>(['checkbox', 'radio', 'select'], rng.int(1, 2));
    this.requestWords = rng.chance(0.4) ? rng.pick(c.w.words.request) : [YES, NO];
    this.blankWord = rng.pick(c.w.words.blank);
    this.blankRate = rng.pick([0, 0.04, 0.08, 0.12]);
    this.levelControl = rng.pick(['text', 'text', 'checkboxes', 'select']);
    this.withUnits = c.role === 'instructor' && rng.chance(0.3);
    this.situationWords = {
      'first-request': rng.pick(c.w.situations['first-request']),
      'renewal-unchanged': rng.pick(c.w.situations['renewal-unchanged']),
      'renewal-changed': rng.pick(c.w.situations['renewal-changed']),
    };
  }

  /**
   * One wording per concept and page, as a portal keeps its labels. Fields of one family (the
   * four axes, the two bonuses) take their wordings from the same row of their lists, so that a
   * page words them alike.
   */
  label(key: Exclude<FieldKey, 'portal'>): string {
    const options = this.w.labels[key];
    const family = FAMILIES.find((f) => f.includes(key));
    if (!family) return this.memo(`label:${key}`, options);
    const row = Number(this.memo(`family:${family[0]}`, ['0', '1', '2', '3']));
    return options[row % options.length]!;
  }
  noiseLabel(key: NoiseKey): string {
    return this.memo(`noise:${key}`, this.w.noise[key]);
  }
  memo(key: string, options: readonly string[]): string {
    let v = this.labelMemo.get(key);
    if (v === undefined) {
      v = this.rng.pick(options);
      this.labelMemo.set(key, v);
    }
    return v;
  }

  /** Records a value the page shows without a field of its own (a name in a title). */
  recordValue(path: string, value: unknown): void {
    this.record(path, value);
  }
  recordAxis(axis: string, value: boolean): void {
    this.record(`axes.${axis}`, value);
  }
  private record(path: string, value: unknown): void {
    setPath(this.expected as unknown as Record<string, unknown>, path, value);
  }
  private markBlank(path: string): void {
    this.blank.push(path);
  }
  private leaveBlank(): boolean {
    return this.rng.chance(this.blankRate);
  }
  private blankControl(multiline = false): Control {
    return this.role === 'carrier'
      ? { type: 'text', value: '', multiline }
      : { type: 'static', value: this.blankWord };
  }

  text(path: string, label: string, value: string | undefined, long = false): Field {
    if (value === undefined || this.leaveBlank()) {
      this.markBlank(path);
      return { key: path, label, control: this.blankControl(long) };
    }
    this.record(path, value);
    const control: Control =
      this.role === 'carrier'
        ? { type: 'text', value, multiline: long }
        : { type: 'static', value, long };
    return { key: path, label, control };
  }

  count(path: string, label: string, value: number | undefined, unit?: string[]): Field {
    if (value === undefined || this.leaveBlank()) {
      this.markBlank(path);
      return { key: path, label, control: this.blankControl() };
    }
    this.record(path, value);
    if (this.role === 'carrier') {
      return {
        key: path,
        label,
        control: {
          type: 'text',
          value: String(value),
          inputType: this.numberInputs ? 'number' : 'text',
        },
      };
    }
    const suffix = unit && this.withUnits ? ` ${this.memo(`unit:${unit[0]}`, unit)}` : '';
    return { key: path, label, control: { type: 'static', value: `${value}${suffix}` } };
  }

  /**
   * An amount. `zeroAsBlank`: a zero is shown as an empty cell (a blank field); `computed`: shown
   * as text even on a form (a total the portal computes); `mayBlank`: may be left blank.
   */
  amount(
    path: string,
    label: string,
    cents: number | undefined,
    opts: { zeroAsBlank?: boolean; computed?: boolean; mayBlank?: boolean } = {},
  ): Field {
    const noise = path.startsWith('noise:');
    if (
      cents === undefined ||
      (cents === 0 && opts.zeroAsBlank) ||
      (opts.mayBlank && this.leaveBlank())
    ) {
      if (!noise) this.markBlank(path);
      return {
        key: path,
        label,
        control: opts.computed ? { type: 'static', value: '' } : this.blankControl(),
      };
    }
    if (!noise) this.record(path, cents / 100);
    return { key: path, label, control: this.amountControl(cents, opts.computed) };
  }

  amountControl(cents: number, computed = false): Control {
    const value = formatAmount(cents, this.amountStyle);
    return this.role === 'carrier' && !computed
      ? { type: 'text', value, inputType: this.numberInputs ? 'number' : 'text' }
      : { type: 'static', value: computed ? formatAmount(cents, this.staticAmountStyle) : value };
  }

  bool(path: string, label: string, value: boolean | undefined, request = false): Field {
    const blank = value === undefined || this.leaveBlank();
    if (blank) this.markBlank(path);
    else this.record(path, value);
    const words: [string, string] = request ? this.requestWords : [YES, NO];
    if (this.role === 'instructor') {
      const text = blank ? this.blankWord : value ? words[0] : words[1];
      return { key: path, label, control: { type: 'static', value: text } };
    }
    // An unchecked checkbox says "no": an unanswered question needs radios or a select.
    const styles = blank ? this.boolStyles.filter((s) => s !== 'checkbox') : this.boolStyles;
    const style = styles.length
      ? this.rng.pick(styles)
      : this.rng.pick<BoolStyle>(['radio', 'select']);
    return {
      key: path,
      label,
      control: {
        type: 'bool',
        value: blank ? undefined : value,
        style,
        words: [YES, NO],
        prompt: this.memo('prompt', this.w.words.selectPrompt),
      },
    };
  }

  situation(path: string, label: string, value: Situation): Field {
    const blank = this.leaveBlank();
    if (blank) this.markBlank(path);
    else this.record(path, value);
    const order: Situation[] = ['first-request', 'renewal-unchanged', 'renewal-changed'];
    if (this.role === 'instructor') {
      return {
        key: path,
        label,
        control: { type: 'static', value: blank ? this.blankWord : this.situationWords[value] },
      };
    }
    return {
      key: path,
      label,
      control: {
        type: 'choice',
        options: order.map((s) => this.situationWords[s]),
        chosen: blank ? undefined : order.indexOf(value),
        style: this.rng.pick(['radio', 'select']),
        prompt: this.memo('prompt', this.w.words.selectPrompt),
      },
    };
  }

  levels(path: string, label: string, value: string[], inTable: boolean): Field {
    const blank = this.leaveBlank();
    if (blank) this.markBlank(path);
    else this.record(path, value);
    const style = this.memo(
      'levelStyle',
      this.w.styles.levels.map((_, i) => String(i)),
    );
    const text = blank ? '' : formatLevels(value, this.w.styles.levels[Number(style)]!);
    if (this.role === 'instructor') {
      return {
        key: path,
        label,
        control: { type: 'static', value: blank ? this.blankWord : text },
      };
    }
    if (inTable || this.levelControl === 'text') {
      return { key: path, label, control: { type: 'text', value: text } };
    }
    return {
      key: path,
      label,
      control: {
        type: 'multi',
        options: LEVELS,
        chosen: LEVELS.map((l) => !blank && value.includes(l)),
        style: this.levelControl,
      },
    };
  }

  attachment(path: string, label: string, present: boolean, which: keyof typeof FILE_NAMES): Field {
    this.record(path, present);
    const files = present ? [this.rng.pick(FILE_NAMES[which])] : [];
    if (this.role === 'carrier') {
      const sized = files.map((f) => `${f} (${this.rng.int(40, 900)} Ko)`);
      return {
        key: path,
        label,
        control: { type: 'files', files: sized, empty: this.memo('noFile', this.w.words.noFile) },
      };
    }
    const asName = this.rng.chance(0.3);
    const value = present
      ? asName
        ? files[0]!
        : this.memo('present', this.w.words.attachmentPresent)
      : asName
        ? this.memo('noFile', this.w.words.noFile)
        : this.memo('missing', this.w.words.attachmentMissing);
    return { key: path, label, control: { type: 'static', value } };
  }

  date(path: string, label: string, iso: string): Field {
    const style = this.memo('dateStyle', this.w.styles.dates);
    const value = formatDate(iso, style as Parameters<typeof formatDate>[1], this.rng);
    if (!path.startsWith('noise:')) this.record(path, iso);
    return { key: path, label, control: { type: 'static', value } };
  }

  /** A fixed value shown as text on any page (campaign, department). */
  code(path: string, label: string, shown: string, value: string): Field {
    this.record(path, value);
    return { key: path, label, control: { type: 'static', value: shown } };
  }

  /** A value that is not a dossier field, shown like one. */
  noise(key: NoiseKey, value: string, editable = true): Field {
    const control: Control =
      this.role === 'carrier' && editable ? { type: 'text', value } : { type: 'static', value };
    return { key: `noise:${key}`, label: this.noiseLabel(key), control };
  }

  /** The carrier's town in a financer template (« Commune d’Épinal », « Mairie de Golbey »). */
  financer(template: string, town: string): string {
    return fill(template, { deTown: deTown(town), town });
  }
}

export type { Field };
